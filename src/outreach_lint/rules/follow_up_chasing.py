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
now", "I've DM'd you three times now", "as per my last three emails", "as my two previous emails have gone
unanswered", "this is my third attempt", "Fourth time asking", "I'm resending this for the third time"; 重ねてのご連絡失礼します,
たびたびすみません, 再三のご連絡, 何度かご連絡しておりますが, 先月から三度メッセージをお送りしておりますが
(a count of messages already sent, not 資料を二度に分けてお送りします; "sent you two DMs this week … and nothing??",
"I've sent you a couple of emails", not "I'll send you two files"), 前々回のメール (the one before the
last), 4回目のご連絡, 5通目, the writer's own Nth message ("this is my 4th DM", "my fifth email", a
subject's "FIFTH REQUEST"; not "our fifth annual summit" or "your 3rd post", nor a counted message of
someone else's, "your second reminder", "sending the second reminder the evening before was clever"),
the Nth time beside a verb
of contacting ("circling back for the third time", "3rd time pinging u"; not "the third time I've watched
your talk"), a
subject line's 【4回目】 (not 5回目の展示会, nor 試作12回目の投稿, a count of the thing named before it), 何回かDMしてるんですが,
"third InMail from me now" (a warning); 重ねて申し訳ございません alone may apologise twice in one
message and is not read as a chase, nor is 度々失礼いたしました in a Japanese draft that says it is the first
(はじめまして, 突然のご連絡): only a count (3回目のご連絡) still tells there. A bare bump ("bumping this",
"resurfacing this", 再送いたします) may be the one allowed follow-up, so alone it is **info**. With a thread,
the thread decides: after a reply from them, たびたびすみません is ordinary courtesy, and "bumping
this" as the one follow-up is fine.

A draft that chases so is no first contact: missing-introduction, no-shared-interest and
generic-template judge it as the follow-up it is (the reading lives in ``analysis/chasers.py``).

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

from ..analysis.chasers import CHASER_PHRASES, chaser_markers, told_chases
from ..core.context import Context
from ..core.document import Document
from ..core.finding import Finding, Severity
from ..core.rule import Options, Rule

__all__ = ["FollowUpChasing"]

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
    phrases = CHASER_PHRASES  # extended per instance by the ``extra-phrases`` option
    doc_ja = """
    ## 何をするか
    それまでのやり取り（front matter や API の ``thread``、古い順）があれば、末尾に続く「返信のない自分の
    メッセージ」を数えます。

    - 返信のないまま3通目以降になる（返信のないメッセージが2通先行する。フォローアップは1回まで、
      2回目は追いかけ）と **warning**。何通返信がないかを伝えます。
    - 相手から一度も返信がないまま、直前のメッセージから ``min-days`` 日も空けずに送る（スレッドの日付と送信日、
      既定は今日）と **info**。相手が一度でも書いてくれた後は、二人のペースに任せます。

    スレッドがなければ本文から判断します：重ねてのご連絡失礼します、たびたびすみません、再三のご連絡、"I've DM'd you three
    times now"、"as my two previous emails have gone unanswered"、"I'm resending this for the third time"、
    何度かご連絡しておりますが、先月から三度メッセージをお送りしておりますが（送った回数。資料を二度に分けてお送りします
    は違います。"sent you two DMs this week … and nothing??"、"I've sent you a couple of emails"。これから送る "I'll send you two files" は違います）、前々回のメール（前回の前のメール。前々回の展示会は違います）、4回目のご連絡、5通目、件名の【4回目】（5回目の展示会や、直前の名詞の回数「試作12回目の投稿」は違います）、
    書き手自身の N 通目（"this is my 4th DM"、"my fifth email"、件名の "FIFTH REQUEST"。"our fifth annual summit" や "your 3rd post"、他人の N 通目 "your second reminder" "sending the second reminder the evening before was clever" は違います）、連絡の動詞のそばの N 回目（"circling back for the third time"、"3rd time pinging u"。"the third time I've watched your talk" は違います）、何回かDMしてるんですが、"third InMail from me now"、"Fourth time asking"（「重ねて申し訳ございません」だけなら一通の中で
    謝罪を重ねていることもあり、追いかけとは読みません。「はじめまして」「突然のご連絡」と初めての連絡だと書いた下書きの
    「度々失礼いたしました」も同じで、そこでは「3回目のご連絡」のような回数だけが追いかけを示します）、"following up yet again"、"I've written a few times now"（warning）。
    "bumping this"、再送いたします のような単なる再送は一度目のフォローアップかもしれないため **info** です。
    スレッドがあればスレッドで判断します。相手から返信があった後の「たびたびすみません」は普通の気遣いで、
    1回目のフォローアップとしての "bumping this" も問題ありません。

    このように催促していると読める下書きは初めての連絡ではないので、missing-introduction・no-shared-interest・
    generic-template はフォローアップとして判定します（読み取りは ``analysis/chasers.py`` にあります）。

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
        markers = chaser_markers(doc, self.phrases)
        if ctx.thread:
            yield from self._from_thread(doc, ctx, markers, opts)
            return
        for m, count in told_chases(doc, markers):  # not 「突然のご連絡…度々失礼いたしました」, an apology in a first message
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
