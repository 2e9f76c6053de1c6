"""A draft made of stock phrases, with nothing in it written for this recipient.

## What it does
Weighs the draft as a whole: of its content words (greeting line and signature left out), how
many belong to stock phrases of first messages. The phrases come in kinds, each a list in
``data/generic-template.toml``:

- the platform's default invitation ("I'd like to add you to my professional network",
  ネットワークに追加させていただきたく);
- praise of a profile or background in general terms ("your profile stood out to me",
  "impressed by your background", ご活躍を拝見し, 素晴らしいご経歴);
- a wish to meet people in general ("always happy to grow my network", 様々な方と交流したく,
  人脈を広げたい);
- filler openers ("To whom it may concern", "Trust you are well", "I hope this email finds you
  well");
- closing formulas (ご縁があれば, 今後ともよろしくお願いいたします, "Looking forward to connecting").

Phrases match on lemmas and normalised forms, so "came across your profile", "coming across your
profile" and ＬｉｎｋｅｄＩｎ all match. The rule fires once per draft when stock phrases make up at
least ``min-stock-share`` of the content words, and at least three content words are stock. A
draft that mentions the recipient's company, interests, title topic or recent post outside its
greeting is never a finding, and one courtesy opener in an otherwise specific draft
(突然のご連絡失礼いたします, はじめまして, いつもお世話になっております, "Hope you're well") never is
either: in Japanese especially, it is good manners.

## Why is this bad?
The advice's first impression (002 §5) is a message that could only have been written to this
person: research them, find a shared interest, say it briefly. A note assembled from the phrases
everyone sends tells the recipient they are one of dozens, and it is the note they ignore.

## Example
Bad (English):

    Hi Dana, I came across your profile and was impressed by your background. I'm always
    looking to expand my network with like-minded professionals. Looking forward to connecting!

Better:

    Hi Dana, your PyCon talk on offline-first sync answered a question my team had argued
    about for months. I lead mobile at Fieldnote; would you be open to connecting?

Bad (Japanese):

    山田様
    はじめまして。ご活躍を拝見し、ぜひつながりたいと思いご連絡いたしました。
    様々な方と交流したいと考えております。今後ともよろしくお願いいたします。

Better:

    山田様
    はじめまして。フィールドノートでモバイル開発を担当している佐藤と申します。
    PyConでのオフライン同期のご講演を拝見し、競合解決の設計について伺いたくご連絡しました。

## Options
- ``min-stock-share`` (0.6): share of the content words that must be stock phrases for a finding.
- ``stock-phrases`` (none): more stock phrases, in either language, matched like the built-in ones.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from typing import Callable, Iterator, TypeVar

import regex

from ..context import Context
from ..document import Document, Token, normalize
from ..kinds import PhraseList, PhraseMatch, load_data
from ..rule import Finding, Options, Rule, Severity

__all__ = ["GenericTemplate", "body_span", "is_content", "greeting_end", "signature_start", "subject_span"]


@dataclass(frozen=True)
class GenericTemplateOptions(Options):
    min_stock_share: float = 0.6
    stock_phrases: tuple[str, ...] = ()


_DATA = load_data("generic-template.toml")
_LIGHT = {lang: frozenset(normalize(w) for w in groups.pop("light", ())) for lang, groups in _DATA.items()}
_PHRASES = PhraseList(_DATA)
_MIN_STOCK_WORDS = 3  # one long stock phrase, or two short ones, before a draft can be judged

# -- where the body is: greeting line and signature are not what a draft says ---------------------
_GREETING_EN = regex.compile(r"(?i)^\s{0,8}(?:hi|hello|hey|dear|greetings|good (?:morning|afternoon|evening)|hiya|yo)\b")
_HONORIFIC_END = regex.compile(r"(?:様|さま|さん|殿|各位|御中|先生|くん|ちゃん|san|sama)[\s、,:：!！。]{0,3}$")
_HEADER = regex.compile(r"(?i)(?:subject|re|fwd?|件名|タイトル)[ \t]{0,3}[:：]")
_GREETING_JA_INLINE = regex.compile(r"^[^\s、,。！!？?]{1,24}(?:様|さま|さん|殿|先生|各位)[、,]")
_SIGN_OFF = regex.compile(
    r"(?i)^\s{0,8}(?:best|regards|kind regards|warm regards|best regards|warmly|cheers|thanks|thank you|many thanks|"
    r"sincerely|yours(?: truly| sincerely)?|all the best|talk soon|respectfully|take care|--|—|敬具|草々|以上)[\s,.!。、]{0,4}$"
)
_SENTENCE_END = regex.compile(r"[。．.!?！？]\s{0,4}$")
_RULE_LINE = regex.compile(r"^[\s\-—─━=_*#~]{3,}$")
_SALUTATION_END = regex.compile(r"[,!:—]")
_WORD_BREAK = regex.compile(r"[\s,/&()]+")


_T = TypeVar("_T")


def doc_cached(doc: Document, key: str, compute: Callable[[Document], _T]) -> _T:
    """``compute(doc)``, worked out once per document: several rules ask for the same layout."""
    cache = doc.__dict__.setdefault("_ol_rule_cache", {})
    try:
        return cache[key]
    except KeyError:
        value = cache[key] = compute(doc)
        return value


def has_alnum(text: str) -> bool:
    """Whether ``text`` has a letter or digit (the whole-word test first: most tokens are words)."""
    return text.isalnum() or any(c.isalnum() for c in text)


def _doc_lines(doc: Document) -> list[tuple[int, int]]:
    return doc_cached(doc, "lines", lambda d: _lines(d.text))


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-blank line, offsets into ``text`` without the line break."""
    out = []
    pos = 0
    for line in text.splitlines(keepends=True):
        stripped = line.rstrip("\r\n")
        if stripped.strip():
            lead = len(stripped) - len(stripped.lstrip())
            out.append((pos + lead, pos + len(stripped.rstrip())))
        pos += len(line)
    return out


def greeting_end(doc: Document) -> int:
    """Where the greeting ("Hi Dana,", "株式会社ACME\\n山田様") ends, or 0 without one."""
    return doc_cached(doc, "greeting_end", _greeting_end)


def _greeting_end(doc: Document) -> int:
    lines = _doc_lines(doc)
    header = 0
    while header < len(lines) and _HEADER.match(doc.text, lines[header][0]):
        header += 1  # "Subject: …" is the envelope, not the greeting or the message
    after_header = lines[header - 1][1] if header else 0
    for n, (s, e) in enumerate(lines[header : header + 3]):
        line = doc.text[s:e]
        inline = _GREETING_JA_INLINE.match(line) if n == 0 else None
        if inline and len(line) > inline.end() + 2:
            return s + inline.end()  # 「中村様、はじめまして。…」: the address, then the message
        if _GREETING_EN.match(line) and len(line) > 40:
            # "Hi Dana, I loved your talk": only the salutation up to the first comma is greeting
            comma = _SALUTATION_END.search(line[:30])
            return s + comma.end() if comma else 0
        if len(line) > 60:
            break
        if _HONORIFIC_END.search(line) or (_GREETING_EN.match(line) and (n == 0 or line.rstrip()[-1:] in ",:!")):
            return e
        if _SENTENCE_END.search(line):
            break
    return after_header


def subject_span(doc: Document) -> tuple[int, int] | None:
    """The text of a leading "Subject: …" / 件名： line, without its label, if the draft has one."""
    return doc_cached(doc, "subject_span", _subject_span)


def _subject_span(doc: Document) -> tuple[int, int] | None:
    lines = _doc_lines(doc)
    if lines:
        s, e = lines[0]
        m = _HEADER.match(doc.text, s)
        if m and m.end() < e:
            return m.end(), e
    return None


def signature_start(doc: Document) -> int:
    """Where the sign-off and signature block start, or ``len(text)`` without one."""
    return doc_cached(doc, "signature_start", _signature_start)


def _signature_start(doc: Document) -> int:
    text = doc.text
    lines = _doc_lines(doc)
    start = len(text)
    for s, e in reversed(lines[-6:]):
        line = text[s:e]
        if _SIGN_OFF.match(line) or _RULE_LINE.match(line):
            start = s
            continue
        if len(line) > 50 or _SENTENCE_END.search(line):
            break
        if not _looks_like_signature(doc, s, e, line):
            break
        start = s
    return start


def _looks_like_signature(doc: Document, s: int, e: int, line: str) -> bool:
    """A name, a title, a company, contact details: no verb, no sentence."""
    if "@" in line or "|" in line or "http" in line or "TEL" in line.upper():
        return True
    if doc.lang == "ja":
        starts = doc_cached(doc, "token_starts", lambda d: [t.start for t in d.tokens])
        tokens = doc.tokens
        for i in range(bisect_left(starts, s), bisect_left(starts, e)):
            if tokens[i].pos in ("動詞", "助動詞"):
                return False
        return True
    words = [w for w in _WORD_BREAK.split(line) if any(c.isalpha() for c in w)]
    return 0 < len(words) <= 6 and all(w[0].isupper() or not w[0].isalpha() for w in words)


def body_span(doc: Document) -> tuple[int, int]:
    """The part of the draft that says something: after the greeting, before the signature."""
    return doc_cached(doc, "body_span", _body_span)


def _body_span(doc: Document) -> tuple[int, int]:
    start = greeting_end(doc)
    end = signature_start(doc)
    if end <= start:
        return 0, len(doc.text)
    return start, end


# -- content words -----------------------------------------------------------------------------
_JA_CONTENT_POS = frozenset({"名詞", "動詞", "形容詞", "形状詞", "副詞"})


def _en_stop_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS) | {"'s", "'m", "'re", "'ve", "'d", "'ll", "n't", "hi", "hello", "hey", "dear"}


_EN_STOP: frozenset[str] | None = None


def is_content(tok: Token, lang: str) -> bool:
    """A word that carries meaning: not a particle, auxiliary, pronoun, punctuation or stop word."""
    global _EN_STOP
    if lang == "ja":
        return tok.pos in _JA_CONTENT_POS and tok.pos2 != "非自立可能"
    if not has_alnum(tok.text):
        return False
    if _EN_STOP is None:
        _EN_STOP = _en_stop_words()
    return tok.norm not in _EN_STOP and tok.lnorm not in _EN_STOP  # lnorm is normalize(lemma)


def profile_mentioned(doc: Document, ctx: Context, start: int, end: int) -> bool:
    """Whether the recipient's company, interests, title topic or post are named in the span."""
    from .no_shared_interest import mentioned_terms

    return bool(mentioned_terms(doc, ctx, start, end))


class GenericTemplate(Rule):
    code = "OL102"
    name = "generic-template"
    severity = Severity.WARNING
    advice = "002 §5"
    options_class = GenericTemplateOptions
    doc_ja = """
    ## 何をするか
    下書き全体を見て、内容語（宛名の行と署名は除く）のうち、どれだけが初回メッセージの決まり文句で
    できているかを測ります。決まり文句は種類ごとに ``data/generic-template.toml`` にあります。

    - プラットフォームの既定の招待文（「ネットワークに追加させていただきたく」、
      "I'd like to add you to my professional network"）
    - プロフィールや経歴への一般的な賛辞（ご活躍を拝見し、素晴らしいご経歴、"your profile stood out to me"）
    - 誰とでもつながりたいという願い（様々な方と交流したく、人脈を広げたい、"always happy to grow my network"）
    - 中身のない書き出し（"To whom it may concern"、"Trust you are well"）
    - 他に何も言っていないときの結びの定型句（ご縁があれば、今後ともよろしくお願いいたします）

    見出し語と正規化した表記で照合するので、活用や全角・半角、空白の違いがあっても一致します。
    内容語のうち決まり文句の割合が ``min-stock-share`` 以上で、決まり文句の内容語が三語以上
    あるとき、下書きごとに一度だけ指摘します。宛名以外の箇所で相手の会社・関心・役職のテーマ・最近の投稿に
    触れている下書きは指摘しません。具体的な下書きの中の挨拶ひとつ（突然のご連絡失礼いたします、
    はじめまして、いつもお世話になっております）も指摘しません。特に日本語では礼儀です。

    ## なぜ問題か
    記事が勧める第一印象（002 §5）は、その人にしか書けないメッセージです。相手を調べ、共通の関心を見つけ、
    簡潔に伝える。誰もが送る決まり文句を並べた文面は「何十人のうちの一人」だと相手に伝え、読み流されます。

    ## 例
    悪い例：

        山田様
        はじめまして。ご活躍を拝見し、ぜひつながりたいと思いご連絡いたしました。
        様々な方と交流したいと考えております。今後ともよろしくお願いいたします。

    より良い例：

        山田様
        はじめまして。フィールドノートでモバイル開発を担当している佐藤と申します。
        PyConでのオフライン同期のご講演を拝見し、競合解決の設計について伺いたくご連絡しました。

    悪い例（英語）：

        Hi Dana, I came across your profile and was impressed by your background. I'm always
        looking to expand my network with like-minded professionals. Looking forward to connecting!

    より良い例（英語）：

        Hi Dana, your PyCon talk on offline-first sync answered a question my team had argued
        about for months. I lead mobile at Fieldnote; would you be open to connecting?

    ## オプション
    - ``min-stock-share``（0.6）：指摘に必要な、内容語のうち決まり文句が占める割合。
    - ``stock-phrases``（なし）：追加の決まり文句（どちらの言語でも可）。組み込みのものと同じ方法で照合します。
    """
    messages = {
        "generic": {
            "en": "Reads as a form letter: {stock} of {total} content words are stock phrases ({examples}) and nothing is about this recipient",
            "ja": "定型文に見えます：内容語{total}語のうち{stock}語が決まり文句（{examples}）で、この相手に向けた内容がありません",
        },
        "suggest": {
            "en": "Replace the stock lines with one concrete thing about them (a post, talk, project or shared interest) and why you are writing.",
            "ja": "決まり文句の代わりに、相手についての具体的な一点（投稿・登壇・プロジェクト・共通の関心）と連絡の理由を書いてください。",
        },
    }

    def __init__(self, options=None, severity=None) -> None:
        super().__init__(options, severity)
        phrases = _PHRASES
        if self.options.stock_phrases:
            for lang in ("en", "ja"):
                phrases = phrases.extended(lang, "configured", self.options.stock_phrases)
        self.phrases = phrases

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        start, end = body_span(doc)
        stock = [m for m in self.phrases.matches(doc) if start <= m.start and m.end <= end]
        if not stock or all(m.group == "courtesy" for m in stock):
            return
        covered = _covered(stock)
        if len(covered) < _MIN_STOCK_WORDS:
            return  # stock words are covered tokens: too few of them, whatever the rest says
        content = _content_words(doc, start, end)
        if not content:
            return
        stock_words = sum(1 for t in content if t.i in covered)
        if stock_words < _MIN_STOCK_WORDS or stock_words / len(content) < self.options.min_stock_share:
            return
        if ctx.recipient is not None and profile_mentioned(doc, ctx, start, end):
            return
        judged = [m for m in stock if m.group != "courtesy"]
        examples = ", ".join(_quote(doc.text[m.start : m.end], ctx) for m in judged[:3])
        yield self.finding(
            ctx,
            stock[0].start,
            stock[-1].end,
            self.say(ctx, "generic", stock=stock_words, total=len(content), examples=examples),
            suggestion=self.say(ctx, "suggest"),
        )


def _content_words(doc: Document, start: int, end: int) -> list[Token]:
    """The content words in ``[start, end)`` that are not light (``is_content`` and not ``light``)."""
    global _EN_STOP
    lang = doc.lang
    light = _LIGHT.get(lang, frozenset())
    tokens = doc.tokens
    starts = doc_cached(doc, "token_starts", lambda d: [t.start for t in d.tokens])
    out: list[Token] = []
    if lang == "ja":
        for n in range(bisect_left(starts, start), len(tokens)):
            t = tokens[n]
            if t.end > end:
                break  # tokens run in text order
            if t.pos in _JA_CONTENT_POS and t.pos2 != "非自立可能":
                key = t.lnorm
                if "-" in key[1:]:
                    key = key.split("-", 1)[0]
                if key not in light:
                    out.append(t)
        return out
    if lang != "en":
        return [t for t in tokens if start <= t.start and t.end <= end and is_content(t, lang) and _lemma(t, lang) not in light]
    if _EN_STOP is None:
        _EN_STOP = _en_stop_words()
    stop = _EN_STOP
    for n in range(bisect_left(starts, start), len(tokens)):
        t = tokens[n]
        if t.end > end:
            break
        text = t.text
        if (text.isalnum() or any(c.isalnum() for c in text)) and t.norm not in stop:
            key = t.lnorm
            if key not in stop and key not in light:
                out.append(t)
    return out


def _lemma(tok: Token, lang: str) -> str:
    key = tok.lnorm  # normalize(tok.lemma)
    return key.split("-", 1)[0] if lang == "ja" and "-" in key[1:] else key


def _covered(matches: list[PhraseMatch]) -> set[int]:
    covered: set[int] = set()
    for m in matches:
        covered.update(range(m.first, m.last))
    return covered


def _quote(text: str, ctx: Context) -> str:
    text = " ".join(text.split())
    return f"「{text}」" if ctx.locale == "ja" else f"'{text}'"
