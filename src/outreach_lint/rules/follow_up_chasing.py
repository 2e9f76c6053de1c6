"""Chasing one person: a second unanswered follow-up, or a follow-up sent too soon.

## What it does
With the conversation so far (``thread`` in front matter or the API, oldest first), it counts the
writer's messages at the end of the thread that got no reply:

- the draft would be the third or later message in a row with no reply (two unanswered before
  it: one follow-up is fine, a second is chasing): a **warning** that says how many unanswered
  messages precede it;
- the draft follows the last unanswered message sooner than ``min-days`` days, before they have
  ever replied (by the thread's dates and the send date, today by default): an **info** finding.
  Once they have written, the two keep their own pace.

Without a thread, it reads the text: "following up yet again", "I've written to you a few times
now", "as per my last three emails", "this is my third attempt", "Fourth time asking"; 重ねてのご連絡失礼します,
たびたびすみません, 再三のご連絡, 何度かご連絡しておりますが, 先月から三度メッセージをお送りしておりますが
(a count of messages already sent, not 資料を二度に分けてお送りします), 前々回のメール (the one before the
last), 4回目のご連絡, 5通目, the writer's own Nth message ("this is my 4th DM", "my fifth email", a
subject's "FIFTH REQUEST"; not "our fifth annual summit" or "your 3rd post"), the Nth time beside a verb
of contacting ("circling back for the third time", "3rd time pinging u"; not "the third time I've watched
your talk"), a
subject line's 【4回目】 (not 5回目の展示会, nor 試作12回目の投稿, a count of the thing named before it), 何回かDMしてるんですが,
"third InMail from me now" (a warning); 重ねて申し訳ございません alone may apologise twice in one
message and is not read as a chase, nor is 度々失礼いたしました in a Japanese draft that says it is the first
(はじめまして, 突然のご連絡): only a count (3回目のご連絡) still tells there. A bare bump ("bumping this",
"resurfacing this", 再送いたします) may be the one allowed follow-up, so alone it is **info**. With a thread,
the thread decides: after a reply from them, たびたびすみません is ordinary courtesy, and "bumping
this" as the one follow-up is fine.

The span is the words that say it is another follow-up; when the thread alone tells, the words
that make it a follow-up ("circling back", その後いかがでしょうか) or else the draft's first sentence
after the greeting.

## Why is this bad?
The advice (002 §6, §10) is that a follow-up rarely helps and, if that is ignored too, to let it
go: one person's silence is not everyone's, and chasing turns a stranger's polite silence into
annoyance, on a platform where they can block or report you.

## Example
Bad (English), with two unanswered messages in the thread:

    Hi Dana, following up yet again on my note about offline-first sync. Did you get a chance to read it?

Better: send nothing to Dana; write to someone else on her team, or share something useful in
public and let her find it.

Bad (Japanese), with two unanswered messages in the thread:

    山田様、重ねてのご連絡失礼いたします。先日お送りした件、ご確認いただけましたでしょうか。

Better: 返信がなければそれ以上は送らず、別の機会（勉強会やイベント）に改めてご挨拶する。

## Options
- ``min-days`` (3): fewest days between an unanswered message and the follow-up to it.
- ``max-unanswered`` (1): unanswered messages of yours a draft may follow (1: one follow-up).
- ``extra-phrases`` (none): more phrases that say "another follow-up", by language; a plain list
  goes to the ``repeat`` group: ``{en = ["pinging you once more"], ja = ["再々のご連絡"]}``.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass
from typing import Iterator

from ..analysis.phrases import PhraseList, PhraseMatch, load_data
from ..analysis.introductions import says_first_contact
from ..core.context import Context
from ..core.document import Document, Token
from ..core.finding import Finding, Severity
from ..core.rule import Options, Rule

__all__ = ["FollowUpChasing"]

def _with_spellings(data: dict) -> dict:
    """"follow up" is also written "follow-up" and "followup": list each phrase once, match all three."""
    out: dict = {}
    for lang, groups in data.items():
        out[lang] = {}
        for group, phrases in groups.items():
            more = [p.replace("follow up", v) for p in phrases if "follow up" in p for v in ("follow-up", "followup")]
            out[lang][group] = list(phrases) + more
    return out


_PHRASES = PhraseList(_with_spellings(load_data("follow-up-chasing.toml")))
_MESSAGE_NOUNS = frozenset({"email", "message", "note", "mail", "dm"})
_JA_VERB_TAIL = frozenset({"為る", "致す", "せる", "させる", "頂く", "いただく", "て"})
_ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5}


@dataclass(frozen=True)
class FollowUpChasingOptions(Options):
    min_days: int = 3
    max_unanswered: int = 1


class FollowUpChasing(Rule):
    code = "OL203"
    name = "follow-up-chasing"
    languages = frozenset({"ja", "en"})
    severity = Severity.WARNING
    advice = "002 §6, §10"
    options_class = FollowUpChasingOptions
    phrases = _PHRASES  # extended per instance by the ``extra-phrases`` option
    doc_ja = """
    ## 何をするか
    それまでのやり取り（front matter や API の ``thread``、古い順）があれば、末尾に続く「返信のない自分の
    メッセージ」を数えます。

    - 返信のないまま3通目以降になる（返信のないメッセージが2通先行する。フォローアップは1回まで、
      2回目は追いかけ）と **warning**。何通返信がないかを伝えます。
    - 相手から一度も返信がないまま、直前のメッセージから ``min-days`` 日も空けずに送る（スレッドの日付と送信日、
      既定は今日）と **info**。相手が一度でも書いてくれた後は、二人のペースに任せます。

    スレッドがなければ本文から判断します：重ねてのご連絡失礼します、たびたびすみません、再三のご連絡、
    何度かご連絡しておりますが、先月から三度メッセージをお送りしておりますが（送った回数。資料を二度に分けてお送りします
    は違います）、前々回のメール（前回の前のメール。前々回の展示会は違います）、4回目のご連絡、5通目、件名の【4回目】（5回目の展示会や、直前の名詞の回数「試作12回目の投稿」は違います）、
    書き手自身の N 通目（"this is my 4th DM"、"my fifth email"、件名の "FIFTH REQUEST"。"our fifth annual summit" や "your 3rd post" は違います）、連絡の動詞のそばの N 回目（"circling back for the third time"、"3rd time pinging u"。"the third time I've watched your talk" は違います）、何回かDMしてるんですが、"third InMail from me now"、"Fourth time asking"（「重ねて申し訳ございません」だけなら一通の中で
    謝罪を重ねていることもあり、追いかけとは読みません。「はじめまして」「突然のご連絡」と初めての連絡だと書いた下書きの
    「度々失礼いたしました」も同じで、そこでは「3回目のご連絡」のような回数だけが追いかけを示します）、"following up yet again"、"I've written a few times now"（warning）。
    "bumping this"、再送いたします のような単なる再送は一度目のフォローアップかもしれないため **info** です。
    スレッドがあればスレッドで判断します。相手から返信があった後の「たびたびすみません」は普通の気遣いで、
    1回目のフォローアップとしての "bumping this" も問題ありません。

    範囲は「再度の連絡」を示す語です。スレッドだけから分かる場合は、フォローアップであることを示す語
    （その後いかがでしょうか、"circling back"）、なければ宛名の後の最初の一文です。

    ## なぜ問題か
    記事は、フォローアップはあまり効果がなく、それも無視されたら諦めるよう勧めています（002 §6, §10）。
    一人に断られても全員ではありません。追いかけると、相手の礼儀正しい沈黙が不快感に変わり、
    ブロックや報告につながることもあります。

    ## 例
    悪い例（返信のないメッセージが2通ある状態で）：

        山田様、重ねてのご連絡失礼いたします。先日お送りした件、ご確認いただけましたでしょうか。

    より良い例：それ以上は送らず、別の機会（勉強会やイベント）に改めてご挨拶する。

    悪い例（英語）： ``Hi Dana, following up yet again on my note about offline-first sync.``

    より良い例（英語）：Dana さんにはもう送らず、同じチームの別の方に連絡するか、役立つ情報を公開の場で共有する。

    ## オプション
    - ``min-days``（3）：返信のないメッセージからフォローアップまでに空ける最短の日数。
    - ``max-unanswered``（1）：下書きの前に許す、返信のない自分のメッセージの数（1ならフォローアップ1回まで）。
    - ``extra-phrases``（なし）：「再度の連絡」を示す表現を言語ごとに追加します（リストは ``repeat`` グループに入ります）。
    """
    messages = {
        "streak": {
            "en": "{count} messages of yours already went unanswered; this would be number {next} in a row",
            "ja": "返信のないメッセージがすでに{count}通あります。これで{next}通目になります",
        },
        "too_soon": {
            "en": "Only {days} day(s) after your last unanswered message ({count} unanswered before this); wait at least {min_days}",
            "ja": "返信のない前回のメッセージ（返信なし{count}通）から{days}日しか経っていません（目安は{min_days}日以上）",
        },
        "text": {
            "en": "The draft says it is another follow-up ({words}): at least {count} unanswered before it; chasing one person rarely helps",
            "ja": "再度の催促であることが本文から分かります（{words}）：返信のないメッセージが少なくとも{count}通先行しています",
        },
        "text_count": {
            "en": "The draft says {count} messages already went unanswered ({words}): chasing one person rarely helps",
            "ja": "返信のないメッセージが{count}通あると本文にあります（{words}）：一人を追いかけても逆効果です",
        },
        "nudge": {
            "en": "Pushing an unanswered message back up ({words}): at least 1 unanswered before it; one follow-up is the most to send",
            "ja": "返信のないメッセージを再送・催促しています（{words}）：返信なしが少なくとも1通あります。フォローアップは一度までに",
        },
        "nudge_fix": {
            "en": "If this is already your second follow-up, let it go; otherwise add one new, useful detail instead of a bump.",
            "ja": "二度目のフォローアップなら送らずに見送りましょう。一度目なら、催促ではなく新しい情報を一つ添えましょう。",
        },
        "let_go": {
            "en": "Let this one go; if you write again later, bring something new (a result, an article) and no reference to the silence.",
            "ja": "今回は送らずに見送りましょう。後日連絡するなら、新しい話題（成果や記事）を添え、返信がないことには触れないようにします。",
        },
        "wait": {
            "en": "Wait a few more days, then send one short follow-up that adds something new.",
            "ja": "あと数日待ってから、新しい情報を一つ添えた短いフォローアップを一度だけ送りましょう。",
        },
    }

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        opts: FollowUpChasingOptions = self.options
        markers = self._markers(doc)
        if ctx.thread:
            yield from self._from_thread(doc, ctx, markers, opts)
            return
        for m, count in _merge_by_sentence(doc, markers):
            if not count and says_first_contact(doc):
                continue  # 「突然のご連絡…度々失礼いたしました」: an apology in a first message, no earlier one chased
            words = doc.text[m.start : m.end]
            if m.group == "nudge" and not count:
                # "bumping this" alone may be the one follow-up the advice allows: a note, not a warning
                yield self.finding(
                    ctx, m.start, m.end, self.say(ctx, "nudge", words=words), suggestion=self.say(ctx, "nudge_fix"),
                    severity=Severity.INFO,
                )
                continue
            if count:
                message = self.say(ctx, "text_count", count=count, words=words)
            else:  # "yet again", 重ねて: two or more before it
                message = self.say(ctx, "text", count=2, words=words)
            yield self.finding(ctx, m.start, m.end, message, suggestion=self.say(ctx, "let_go"))

    def _from_thread(self, doc: Document, ctx: Context, markers, opts: FollowUpChasingOptions) -> Iterator[Finding]:
        streak = ctx.unanswered_streak
        if streak == 0:
            return
        if markers:
            span: tuple[int, int] | None = (markers[0][0].start, markers[0][0].end)
        else:  # the words that make it a follow-up ("circling back", その後いかがでしょうか), else its opening
            cue = self.phrases.matches(doc, ["follow_up"])
            span = (cue[0].start, cue[0].end) if cue else _first_sentence(doc)
        if span is None:
            return
        if streak > opts.max_unanswered:
            yield self.finding(
                ctx, *span, self.say(ctx, "streak", count=streak, next=streak + 1), suggestion=self.say(ctx, "let_go")
            )
            return
        last = ctx.thread[-1].date
        today = ctx.today or _dt.date.today()
        # Once they have written, the two are working together and keep their own pace: a message
        # the day after one's own ("On it, will have it by Friday") is delivery, not impatience.
        if last is not None and not ctx.they_replied and 0 <= (today - last).days < opts.min_days:
            days = (today - last).days
            yield self.finding(
                ctx,
                *span,
                self.say(ctx, "too_soon", days=days, count=streak, min_days=opts.min_days),
                suggestion=self.say(ctx, "wait"),
                severity=Severity.INFO,
            )

    def _markers(self, doc: Document) -> list[tuple[PhraseMatch, int]]:
        """Phrases that say this is another follow-up, with the unanswered count when the text gives one."""
        tokens = doc.tokens
        out: list[tuple[PhraseMatch, int]] = []
        matches = self.phrases.matches(doc, ["repeat", "contact", "times", "nudge"])
        for n, m in enumerate(matches):
            if m.group in ("repeat", "nudge"):
                if doc.lang == "ja" and _sent_count_not_done(tokens, m):
                    continue  # 資料を二度に分けてお送りします: a count of what is yet to be sent
                last = tokens[m.last - 1]
                ordinal = any(t.norm in _ORDINALS for t in tokens[m.first : m.last])  # "my third message"
                if last.lemma in _MESSAGE_NOUNS and not last.norm.endswith("s") and not ordinal:
                    continue  # "my previous email" is one message, not several; "my third message" is the third
                if doc.lang == "ja" and last.pos == "動詞":  # 再送|いたします, 再送|させていただきます
                    end = m.last
                    while end < len(tokens) and end - m.last < 5 and (
                        tokens[end].pos == "助動詞" or tokens[end].lemma in _JA_VERB_TAIL
                    ):
                        end += 1
                    m = PhraseMatch(m.start, tokens[end - 1].end, m.first, end, m.group, m.phrase)
                out.append((m, _count(doc, m)))
            elif m.group == "contact":
                # a count of times after the contact verb, in the same sentence: "written to you a few times"
                for t in matches[n + 1 : n + 3]:
                    if t.group == "times" and t.first - m.last <= 4 and not _sentence_break(doc, m.last, t.first):
                        out.append((PhraseMatch(m.start, t.end, m.first, t.last, "repeat", m.phrase), _count(doc, t)))
                        break
        out += _nth_message_ja(doc) if doc.lang == "ja" else _nth_message_en(doc) if doc.lang == "en" else []
        return out


_EN_NTH = {"third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10}
#: Verbs of contacting someone, beside "the third time" ("circling back for the third time").
_EN_CONTACT = frozenset({"ping", "write", "reach", "email", "e-mail", "message", "circle", "follow", "ask", "try", "contact", "nudge", "bump", "chase", "dm", "dming", "pm", "pming", "text", "inmail"})
_EN_SENT = frozenset({"email", "e-mail", "mail", "message", "note", "dm", "inmail", "request", "attempt", "reminder", "ping", "try", "text", "letter"})


def _on_subject_line(doc: Document, offset: int) -> bool:
    """Whether ``offset`` is on a line that starts "Subject" or 件名."""
    return doc.text.startswith(("件名", "Subject"), doc.text.rfind("\n", 0, offset) + 1)


def _nth_message_en(doc: Document) -> list[tuple[PhraseMatch, int]]:
    """"this is my 4th DM", "my fifth email about the trial", a subject's "FIFTH REQUEST": the Nth
    message (N ≥ 3) of the writer's, so N − 1 went before it. The ordinal names the writer's own
    message ("my fifth email") or stands in a subject line; "our fifth annual summit" counts summits."""
    tokens = doc.tokens
    out: list[tuple[PhraseMatch, int]] = []
    for k, t in enumerate(tokens):
        norm = t.norm
        n = _EN_NTH.get(norm) or (int(norm[:-2]) if norm[:-2].isdecimal() and norm[-2:] in ("rd", "th") else 0)
        if n < 3 or k + 1 >= len(tokens):
            continue
        j = k + 1
        if tokens[j].norm in ("follow", "-") or tokens[j].norm.startswith("follow"):
            continue  # "third follow-up" is the phrase list's (a follow-up count, not a message count)
        if tokens[j].norm == "time" and any(x.lnorm in _EN_CONTACT for x in tokens[max(0, k - 4) : j + 4]):
            # "circling back for the third time", "3rd time pinging u": the writer's Nth try
            out.append((PhraseMatch(t.start, tokens[j].end, k, j + 1, "repeat", "Nth time"), n - 1))
            continue
        if tokens[j].norm not in _EN_SENT:
            continue
        before = [x.norm for x in tokens[max(0, k - 3) : k]]
        if "my" in before or _on_subject_line(doc, t.start):
            out.append((PhraseMatch(t.start, tokens[j].end, k, j + 1, "repeat", "Nth message"), n - 1))
    return out


_JA_NUMERALS = {"三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
_JA_MESSAGE = frozenset({"連絡", "メール", "メッセージ", "送る", "送信", "DM", "案内", "お便り", "便り", "投稿", "送付", "ご連絡"})


def _nth_message_ja(doc: Document) -> list[tuple[PhraseMatch, int]]:
    """「4回目のご連絡」「四度目のメール」「5通目」, 件名の【4回目】: the Nth message (N ≥ 3) in a row, so
    N − 1 went before it: the count names the message itself (4回目のご連絡, 5通目), or stands in a
    subject line. 「5回目の展示会のご案内」 counts exhibitions, not messages, and 「試作12回目の投稿」 trials."""
    tokens = doc.tokens
    out: list[tuple[PhraseMatch, int]] = []
    for k in range(len(tokens) - 2):
        t = tokens[k]
        if t.pos2 != "数詞":
            continue
        n = int(t.text) if t.text.isdecimal() else _JA_NUMERALS.get(t.text, 0)  # not ①, which isdigit() but int() refuses
        unit, nth = tokens[k + 1], tokens[k + 2]
        if n < 3 or unit.text not in ("回", "度", "通") or nth.text != "目":
            continue
        before = tokens[k - 1] if k else None
        if before is not None and before.end == t.start and before.pos == "名詞" and before.pos2 != "数詞" and not (
            before.lemma in _JA_MESSAGE or before.text in _JA_MESSAGE
        ):
            continue  # 「鹿肉ソーセージ試作12回目の投稿」: the count of the trial named before it, not of messages
        subject = _on_subject_line(doc, t.start)
        j = k + 3
        while j < len(tokens) and j - k < 6 and (tokens[j].text == "の" or tokens[j].lemma == "御"):
            j += 1  # 4回目の|ご|連絡
        said = unit.text == "通" or (j < len(tokens) and (tokens[j].lemma in _JA_MESSAGE or tokens[j].text in _JA_MESSAGE))
        if subject or said:
            last = j + 1 if said and unit.text != "通" else k + 3  # 4回目のご連絡: the message word too
            out.append((PhraseMatch(t.start, tokens[last - 1].end, k, last, "repeat", "N 回 目"), n - 1))
    return out


def _sent_count_not_done(tokens: list[Token], m: PhraseMatch) -> bool:
    """三度メッセージをお送りしております counts messages already sent; 二度に分けてお送りします does not:
    a count of times (N度, N回, not N度目) counts sent messages only when the verb after it is done
    (た) or ongoing (ております, ています)."""
    words = m.phrase.split()
    if len(words) < 3 or words[1] not in ("度", "回") or words[2] == "目":
        return False
    for k in range(m.last, min(len(tokens), m.last + 8)):
        t = tokens[k]
        if t.pos == "補助記号":
            break
        if t.lemma in ("た", "てる", "とる") or (t.lemma == "て" and k + 1 < len(tokens) and tokens[k + 1].lemma in ("居る", "いる", "おる", "有る")):
            return False  # 送りました, 送っております, DMしてる
    return True


def _count(doc: Document, m: PhraseMatch) -> int:
    """Unanswered messages the words imply: "my last three emails" -> 3, "my third attempt" -> 2."""
    numbers = {"two": 2, "three": 3, "four": 4, "five": 5, "twice": 2, "2": 2, "3": 3, "4": 4, "5": 5}
    for tok in doc.tokens[m.first : m.last]:
        if tok.norm in _ORDINALS:
            follow = any(t.norm.startswith(("follow", "reminder")) for t in doc.tokens[m.first : m.last])
            return _ORDINALS[tok.norm] if follow else _ORDINALS[tok.norm] - 1
        if tok.norm in numbers:
            return numbers[tok.norm]
    return 0


def _merge_by_sentence(doc: Document, markers: list[tuple[PhraseMatch, int]]) -> list[tuple[PhraseMatch, int]]:
    """One finding per sentence: "bumping this to the top of your inbox" is one signal, not two."""
    out: list[tuple[PhraseMatch, int]] = []
    for m, count in markers:
        if out and not _sentence_break(doc, out[-1][0].last, m.first):
            prev, prev_count = out[-1]
            end, last = max((prev.end, prev.last), (m.end, m.last))
            out[-1] = (PhraseMatch(min(prev.start, m.start), end, min(prev.first, m.first), last, prev.group, prev.phrase), max(prev_count, count))
        else:
            out.append((m, count))
    return out


def _sentence_break(doc: Document, a: int, b: int) -> bool:
    return any(t.norm in (".", "!", "?", "。") for t in doc.tokens[a:b])


def _first_sentence(doc: Document) -> tuple[int, int] | None:
    """The draft's first sentence after the salutation ("Hi Dana," / 山田様), or the salutation alone."""
    first: tuple[int, int] | None = None
    for sentence, tokens in doc.iter_sentences():
        words = [t for t in tokens if t.text.strip() and not t.is_punct]
        if not words:
            continue
        span = (sentence.start, sentence.end)
        if first is None:
            first = span
            if len(words) <= 3 and (tokens[-1].norm in (",", "、") or words[-1].norm in ("様", "さん", "殿", "先生")):
                continue  # a salutation line
        return span
    return first
