"""A draft longer than the platform allows, or than a stranger will read.

## What it does
Measures the draft against its platform (``platform`` in front matter, ``--platform``, default
``email``):

- over the platform's hard cap (LinkedIn connection note 300 characters, 200 on a free account,
  InMail 2,000, LinkedIn message 3,000, X DM 10,000) is an **error**: the platform will not send it;
- over the sensible length for e-mail and messages (English: about 125 words; Japanese: about 400
  characters, whitespace not counted) is a **warning**;
- one sentence far too long (English: over 50 words; Japanese: over 120 characters) is **info**. A run
  of emoji ends a thought as a full stop does in chat writing ("so real lmao 💀💀 had a council leader…",
  「まじ最高😭 来月も行く」): the words on each side are counted apart (on the blind batches, every
  sentence found long only across emoji was one its labeler did not call too long).

Japanese lengths leave out links and e-mail addresses (they are clicked, not read); the hard cap
counts every character, as the platform does.

Connection notes are judged by their cap alone. Drafts in neither language get the cap check.
Once the recipient has answered in the thread, the draft is ongoing work (the detail they asked
for, a promised write-up) and only the hard cap applies.

## Why is this bad?
The articles' advice is to approach briefly and concisely (002 §5: 要領よく、簡潔に) and to know each
platform's habits (002 §1): a note over the cap cannot be sent at all, and replies to cold
e-mail fall off past about 125 words. A wall of text asks a stranger for time they have not offered.

## Example
Bad (English), as a LinkedIn note: a 420-character paragraph covering the writer's whole career.

Better:

    Hi Dana, your talk at PyCon on offline-first sync answered a question my team had for months.
    I lead mobile at Fieldnote; would you be open to connecting?

Bad (Japanese), as an e-mail: 経歴・会社紹介・提案を一通に詰め込んだ800文字の初回メール。

Better:

    山田様
    はじめまして、フィールドノートでモバイル開発を担当している佐藤と申します。
    先日のPyConでのオフライン同期のご講演を拝見し、ご連絡いたしました。

## Options
- ``max-words`` (125): English words before the sensible-length warning.
- ``slack`` (0.08): the share of ``max-words`` past it that still reads as "about 125": the warning
  comes past 135 words and spans from the 126th (blind labelers called none of the corpus's 126- to
  135-word first messages too long; in Japanese they did call 401 to 425 characters so, and
  ``max-chars`` has no slack).
- ``max-chars`` (400): Japanese characters before the sensible-length warning.
- ``sentence-words`` (50): English words in one sentence before the info finding.
- ``sentence-chars`` (120): Japanese characters in one sentence before the info finding (blind
  labelers called none of 101 to 110 characters too long).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

import regex

from ..analysis.phrases import find_pattern, lazy_pattern
from ..analysis.words import word_flags
from ..core.context import Context
from ..core.document import Document
from ..core.finding import Finding, Severity
from ..core.rule import ANY_LANGUAGE, Options, Rule


@dataclass(frozen=True)
class TooLongOptions(Options):
    max_words: int = 125
    slack: float = 0.08
    max_chars: int = 400
    sentence_words: int = 50
    sentence_chars: int = 120


class TooLong(Rule):
    code = "OL301"
    name = "too-long"
    languages = frozenset({"ja", "en", ANY_LANGUAGE})
    severity = Severity.WARNING
    advice = "002 §1, §5"
    options_class = TooLongOptions
    doc_ja = """
    ## 何をするか
    下書きの長さを送信先のプラットフォーム（front matter の ``platform``、``--platform``、既定は ``email``）
    と照らし合わせます。

    - プラットフォームの上限（LinkedInのつながり申請メモ300文字、無料アカウントは200文字、InMail 2,000文字、
      LinkedInメッセージ3,000文字、XのDM 10,000文字）を超えると **error**：そのままでは送れません。
    - メールやメッセージとして読まれる目安（日本語は空白を除いて約400文字、英語は約125語）を超えると **warning**。
    - 一文が長すぎる（日本語120文字超、英語50語超）と **info**。チャットの文では絵文字が句点の代わりに文を終えるので（「まじ最高😭 来月も行く」"so real lmao 💀💀 had a council leader…"）、絵文字の前後は別々に数えます（ブラインドのバッチで、絵文字をまたいで初めて長くなる文を長すぎるとしたラベルはありませんでした）。

    日本語の文字数にはURLとメールアドレスを含めません（読むものではなく開くものなので）。上限の判定は
    プラットフォームと同じく、すべての文字を数えます。

    つながり申請のメモは上限だけで判定します。どちらの言語でもない下書きには上限だけを適用します。
    相手がスレッドで返信している場合は進行中のやり取り（頼まれた詳細、約束した資料）とみなし、上限だけを適用します。

    ## なぜ問題か
    記事は「要領よく、簡潔に」（002 §5）と、各プラットフォームの作法を知ること（002 §1）を勧めています。
    上限を超えたメモは送信すらできず、初対面の相手に長文を読む時間を求めるのは負担です。

    ## 例
    悪い例：経歴・会社紹介・提案を一通に詰め込んだ800文字の初回メール。

    より良い例：

        山田様
        はじめまして、フィールドノートでモバイル開発を担当している佐藤と申します。
        先日のPyConでのオフライン同期のご講演を拝見し、ご連絡いたしました。

    悪い例（英語）：LinkedInのメモに経歴全体を詰め込んだ420文字の段落。

    より良い例（英語）： ``Hi Dana, your PyCon talk on offline-first sync answered a question my team had for months.``

    ## オプション
    - ``max-words``（125）：英語で目安の警告を出す語数。
    - ``slack``（0.08）：``max-words`` を超えても「約125語」と読める割合。警告は135語を超えると出し、範囲は126語目からです
      （ブラインドのラベル付けでは126〜135語の初めての連絡を長すぎるとした人はいませんでした。日本語では401〜425文字も
      長すぎるとされたので、``max-chars`` に余裕はありません）。
    - ``max-chars``（400）：日本語で目安の警告を出す文字数。
    - ``sentence-words``（50）：英語の一文の語数の目安。
    - ``sentence-chars``（120）：日本語の一文の文字数の目安（ブラインドのラベル付けでは101〜110文字の文を長すぎるとした人はいませんでした）。
    """
    messages = {
        "cap": {
            "en": "{count} characters: over the {cap}-character cap of {platform}; it will not send",
            "ja": "{count}文字：{platform}の上限{cap}文字を超えているため送信できません",
        },
        "cap_fix": {
            "en": "Cut {over} characters: keep one reason for writing and one line about yourself.",
            "ja": "{over}文字削ってください。連絡の理由と自己紹介を一文ずつに絞りましょう。",
        },
        "words": {
            "en": "{count} words: replies fall off past about {limit}; a stranger will not read all of it",
            "ja": "{count}語：{limit}語を超えると返信率が下がります",
        },
        "chars": {
            "en": "{count} characters: replies fall off past about {limit} in Japanese",
            "ja": "{count}文字：初めての相手には長すぎます（目安は{limit}文字まで）",
        },
        "short_fix": {
            "en": "Keep who you are, why this person, and one easy question; move the rest to a later message.",
            "ja": "自己紹介・連絡の理由・お願いを一つずつに絞り、残りは次の機会に回しましょう。",
        },
        "sentence_words": {
            "en": "This sentence runs {count} words (over {limit}); split it",
            "ja": "この文は{count}語あります（目安{limit}語）。分けてください",
        },
        "sentence_chars": {
            "en": "This sentence runs {count} characters (over {limit}); split it",
            "ja": "一文が{count}文字あります（目安{limit}文字）。二つに分けましょう",
        },
    }

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        opts: TooLongOptions = self.options
        text = doc.text
        lead = len(text) - len(text.lstrip())
        length = len(text.strip())
        platform = ctx.platform
        over_cap = platform.hard_cap is not None and length > platform.hard_cap
        if over_cap:
            start = lead + platform.hard_cap
            yield self.finding(
                ctx,
                start,
                lead + length,
                self.say(ctx, "cap", count=length, cap=platform.hard_cap, platform=platform.describe(ctx.locale)),
                suggestion=self.say(ctx, "cap_fix", over=length - platform.hard_cap),
                severity=Severity.ERROR,
            )
        # Once they have answered, a long message is ongoing work (the detail they asked for, a
        # promised write-up), no cold pitch: only the platform's hard cap applies.
        if doc.lang == "und" or ctx.they_replied:
            return
        if platform.sensible and not over_cap:
            yield from self._sensible(doc, ctx, opts)
        yield from self._long_sentences(doc, ctx, opts)

    def _long_sentences(self, doc: Document, ctx: Context, opts: TooLongOptions) -> Iterator[Finding]:
        """Sentences a stranger has to read twice (information only)."""
        words = word_flags(doc) if doc.lang != "ja" else None
        tokens = doc.tokens
        for sentence in doc.sentences:
            if words is None:
                text = doc.sentence_text(sentence)
                # an emoji ends a thought as a full stop does (「まじ最高😭 来月も行く」): a run of them splits the count
                count = max(map(_ja_chars, _EMOJI.split(text)))
                limit, key = opts.sentence_chars, "sentence_chars"
            else:
                count = run = 0
                for k in range(sentence.first, sentence.last):
                    if _EMOJI.fullmatch(tokens[k].text):
                        run = 0  # "sooo real lmao 💀💀 had a council leader…": the emoji ends one thought
                    else:
                        run += words[k]
                        count = max(count, run)
                limit, key = opts.sentence_words, "sentence_words"
            if count > limit:
                yield self.finding(
                    ctx, sentence.start, sentence.end, self.say(ctx, key, count=count, limit=limit), severity=Severity.INFO
                )

    def _sensible(self, doc: Document, ctx: Context, opts: TooLongOptions) -> Iterator[Finding]:
        if doc.lang == "ja":
            seen = _ja_chars(doc.text)
            if seen > opts.max_chars:
                start = _nth_readable(doc.text, opts.max_chars + 1)
                yield self.finding(
                    ctx,
                    start,
                    len(doc.text.rstrip()),
                    self.say(ctx, "chars", count=seen, limit=opts.max_chars),
                    suggestion=self.say(ctx, "short_fix"),
                    severity=Severity.WARNING,
                )
            return
        flags = word_flags(doc)
        words = [t for t, is_word in zip(doc.tokens, flags) if is_word]
        if len(words) > int(opts.max_words * (1 + max(0.0, opts.slack))):
            yield self.finding(
                ctx,
                words[opts.max_words].start,
                words[-1].end,
                self.say(ctx, "words", count=len(words), limit=opts.max_words),
                suggestion=self.say(ctx, "short_fix"),
                severity=Severity.WARNING,
            )


# A link or address is clicked or copied, not read: Japanese lengths leave it out (English counts it as one word).
_LINK = lazy_pattern(r"(?:https?://|www\.)[^\s<>\"'「」『』（）()、。]{1,2000}|[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}", regex.ASCII)


# A run of emoji (with their modifiers and joiners): in chat writing it ends a sentence as often as a full stop.
_EMOJI = regex.compile(r"[\p{Extended_Pictographic}\p{Emoji_Modifier}\uFE0F\u200D]+")


def _readable(text: str) -> Iterator[tuple[int, str]]:
    """(offset, character) of the text outside links."""
    pos = 0
    if "/" in text or "@" in text:
        for m in find_pattern(_LINK, text):
            yield from enumerate(text[pos : m.start()], pos)
            pos = m.end()
    yield from enumerate(text[pos:], pos)


def _ja_chars(text: str) -> int:
    """Characters a reader reads: whitespace and links left out."""
    if "/" not in text and "@" not in text:  # no link: count without walking the characters
        return len("".join(text.split()))
    return sum(1 for _, c in _readable(text) if not c.isspace())


def _nth_readable(text: str, n: int) -> int:
    """Offset of the n-th character a reader reads (1-based)."""
    seen = 0
    for i, c in _readable(text):
        if not c.isspace():
            seen += 1
            if seen == n:
                return i
    return len(text)
