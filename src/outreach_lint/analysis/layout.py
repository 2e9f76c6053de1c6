"""Where the parts of a draft are: subject line, greeting, body, signature.

The greeting ("Hi Dana,", 「株式会社ACME\n山田様」) and the signature say who is writing to whom;
the body, between them, is what the draft says. Rules that judge what a draft says read
:func:`body_span`.
"""

from __future__ import annotations

from bisect import bisect_left

import regex

from ..core.document import Document, is_word, per_draft
from .phrases import lazy_pattern

__all__ = [
    "line_spans", "greeting_end", "subject_span", "signature_start", "body_span", "signature_words", "nobody_addressed",
    "class_addressed", "class_addressed_spans", "line_bounds", "in_quotes",
]

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


@per_draft
def line_spans(doc: Document) -> list[tuple[int, int]]:
    """(start, end) of each non-blank line, offsets into the text without the line break."""
    out = []
    pos = 0
    for line in doc.text.splitlines(keepends=True):
        stripped = line.rstrip("\r\n")
        if stripped.strip():
            lead = len(stripped) - len(stripped.lstrip())
            out.append((pos + lead, pos + len(stripped.rstrip())))
        pos += len(line)
    return out


@per_draft
def greeting_end(doc: Document) -> int:
    """Where the greeting ("Hi Dana,", "株式会社ACME\\n山田様") ends, or 0 without one."""
    lines = line_spans(doc)
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


@per_draft
def subject_span(doc: Document) -> tuple[int, int] | None:
    """The text of a leading "Subject: …" / 件名： line, without its label, if the draft has one."""
    lines = line_spans(doc)
    if lines:
        s, e = lines[0]
        m = _HEADER.match(doc.text, s)
        if m and m.end() < e:
            return m.end(), e
    return None


#: The longest line a signature holds: an English title with its firm and town ("Business Development,
#: Straits Clearance, Port Klang") runs past 50 characters; a Japanese line that long is prose.
_SIGNATURE_LINE = {"en": 70, "ja": 50}


@per_draft
def signature_start(doc: Document) -> int:
    """Where the sign-off and signature block start, or ``len(text)`` without one."""
    text = doc.text
    lines = line_spans(doc)
    start = len(text)
    for s, e in reversed(lines[-6:]):
        line = text[s:e]
        if _SIGN_OFF.match(line) or _RULE_LINE.match(line):
            start = s
            continue
        if len(line) > _SIGNATURE_LINE.get(doc.lang, 50) or _SENTENCE_END.search(line):
            break
        if not _looks_like_signature(doc, s, e, line):
            break
        start = s
    return start


_JA_SPACED = regex.compile(r"[^\s\x00-\x7f][ 　]+[^\s\x00-\x7f]")


def _looks_like_signature(doc: Document, s: int, e: int, line: str) -> bool:
    """A name, a title, a company, contact details: no verb, no sentence."""
    if "@" in line or "|" in line or "http" in line or "TEL" in line.upper():
        return True
    if doc.lang == "ja":
        if _JA_SPACED.search(line):
            return True  # 「割烹 きのした」「木下 宗一郎」: Japanese prose has no spaces; a signature's name parts do
        starts = doc.token_starts
        tokens = doc.tokens
        for i in range(bisect_left(starts, s), bisect_left(starts, e)):
            if tokens[i].pos in ("動詞", "助動詞"):
                return False
        return True
    if _LEGAL_LINE.match(line):
        return True  # "Registered in Scotland, company no. SC412889": the firm's legal line
    words = [w for w in _WORD_BREAK.split(line) if any(c.isalpha() for c in w)]
    return 0 < len(words) <= 6 and all(w[0].isupper() or not w[0].isalpha() for w in words)


# A firm's legal line under a signature: where it is registered and its number.
_LEGAL_LINE = regex.compile(
    r"(?i)\s*(?:registered\s+(?:in|office|charity|company)|(?:company|charity|vat|gst|tax)\s+(?:no|number|reg|registration|id)\b|"
    r"reg(?:istration)?\.?\s*no\b|abn\b|acn\b|ein\b|cin\b)"
)


@per_draft
def body_span(doc: Document) -> tuple[int, int]:
    """The part of the draft that says something: after the greeting, before the signature."""
    start = greeting_end(doc)
    end = signature_start(doc)
    if end <= start:
        return 0, len(doc.text)
    return start, end


@per_draft
def signature_words(doc: Document) -> frozenset[str]:
    """The words of the signature block after the body: the writer's own name and firm ("Tom Whitaker,
    BrightReach Digital", "Organiser, UNITE HERE Local 11"), which the body may name again."""
    end = body_span(doc)[1]
    return frozenset(t.norm for t in doc.tokens if t.start >= end and is_word(t.text))


# Addressees that name no one: the greeting of a letter sent to whoever it reaches.
_NOBODY = lazy_pattern(
    r"(?i)\b(?:dear|hi|hello|hey|greetings|attention)[ \t,]+(?:sir(?:\s*(?:/|or)\s*madam)?|madam|friend|there|all|"
    r"business owner|(?:hiring|property|store|shop|office) manager|homeowner|neighbou?rs?|colleagues?|"
    r"valued [a-z]+(?: [a-z]+)?|"  # "Dear Valued Farmer", "Dear valued small business owner": one of many
    r"(?:website|site|shop|store|restaurant|practice|clinic|salon|farm|hotel|property|account|page) owner|"
    r"to whom it may concern)\b|\bto whom it may concern\b"
    r"|ご?担当者(?:様|さま|各位)|ご担当の方|関係者(?:様|各位)|各位|[\p{Han}\p{Katakana}ー]{1,10}の皆(?:様|さま)(?:へ|に)?$"
    # a role with no name, alone on its line: 「代表取締役 様」, 「院長様」, "Dear Owner,", "Dear CEO"
    r"|(?<![^\n])[ \t　]*(?:[^\s様]{0,20}(?:株式会社|有限会社|合同会社|法人|医院|病院|クリニック|事務所|商店|工業|製作所|精工|クラブ|協会|組合)[^\s様]{0,20}[ \t　]+)?(?:代表取締役(?:社長)?|代表者?|社長|院長|店長|オーナー|理事長|校長|園長|所長|支店長|"
    r"工場長|部長|課長|人事部長|経営者|責任者|指導者|監督|保護者)[ \t　]*(?:様|さま|殿)[ \t　]*$"
    r"|(?i:\b(?:dear|hi|hello)[ \t]+(?:owner|ceo|founder|director|principal|recruiter|(?:practice|general|clinic|sales) manager)\b)"
)


@per_draft
def nobody_addressed(doc: Document) -> tuple[int, int] | None:
    """The span of the greeting's addressee when it names no one in particular ("Dear Sir/Madam",
    "Hi there", ご担当者様, 関係者各位, 介護職の皆様へ): a letter written for whoever it reaches."""
    g_end = greeting_end(doc)
    if not g_end:
        return None
    for s, e in line_spans(doc):
        if s >= g_end:
            break
        if _HEADER.match(doc.text, s):
            continue  # 「件名：購買ご担当者様へのご紹介のお願い」: whom the message is about, not whom it is to
        m = _NOBODY.search(doc.text, s, min(e, g_end))
        if m:
            return m.span()
    return None


# The reader taken as one of a class: "businesses like yours", "small businesses like [Company]" (the
# class's example left a slot), 「経営者の皆様」, 「家庭菜園を楽しまれている方にだけ」, 「法人オーナー様向け」,
# or a message the writer says goes to several: "I'm reaching out to a handful of owners in Portland",
# 「近隣の数店舗様にご案内しております」.
_CLASS = lazy_pattern(
    r"(?i)\b(?:businesses|companies|professionals|people|leaders|founders|owners|firms|teams|brands|agencies|"
    r"practices|clinics|schools|creators|folks|organisations|organizations|restaurants|shops|stores|hotels) like "
    r"(?:you\b|yours\b|\[[^\]\n]{1,30}\]|\{[^}\n]{1,30}\})"
    # any trade in the plural: "farmers like you", "florists like yourself", "others like you"
    r"|(?i:\b[a-z]{2,}(?:ers|ors|ists|ians|eurs|ees)\s+like\s+(?:you|yours|yourself)\b)"
    # "I'm reaching out to farms in your area": a mailing to a trade in a place
    r"|(?i:\b(?:reaching out|writing|reach out|contacting)\s(?:to\s)?(?:[\w-]+\s){0,2}?[\w-]+s\s(?:in|across|around)\s"
    r"(?:your|the)\s(?:area|region|county|district|neighbourhood|neighborhood|community)\b)"
    r"|(?i:\b(?:reaching out|writing|reach out|sending this|contacting|messaging)\s(?:to\s)?(?:a handful of|a few|a number of|several|"
    r"a small number of|a couple of|selected|other|many|dozens of)\s[\w-]+)"
    # "a free seminar aimed at owners of small manufacturing firms": the reader as one of a trade's members
    r"|(?i:\b(?:aimed at|designed for|tailored to|tailored for|exclusively for|specially for)\s(?:\w+\s){0,2}?"
    r"(?:business owners|owners|founders|ceos|directors|managers|leaders|professionals|practitioners|entrepreneurs)\b)"
    r"|皆様|皆さま|皆さん|方々|先生方|方にだけ|の方へ|様向け"
    # 「中小企業の経営者様を対象に」「経営者様にとって」: the reader as one of a trade's members
    r"|(?:経営者|事業者|オーナー|企業|法人|店舗|医院|病院|教室|施設|農家|生産者|個人事業主|社長)様(?:を対象|にとって|方)"
    # 「業務効率化にお悩みのすべての企業様に」: every member of a class
    r"|(?:すべて|全て|あらゆる)の[\p{Han}\p{Katakana}ー]{1,8}(?:様|の皆様|の方)"
    r"|の方を対象"
    r"|(?:数社|数店|何社|数名|複数の|いくつかの|他の)[^。\n]{0,12}(?:ご連絡|ご案内|お送り|お声がけ)"
)
_CLASS_HINTS = ("皆", "方々", "先生方", "方に", "方へ", "様向け", "数社", "数店", "何社", "数名", "複数の", "いくつかの", "他の", "様を対象", "様にとって", "様方", "を対象", "すべての", "全ての", "あらゆる")
_CLASS_HINTS_EN = ("like you", "your area", "the area", "your region", "your county", "your district", "your neighbo", "your community", "like [", "like {", "a handful", "a few", "a number of", "several", "a couple of", "selected", "other", "many", "dozens", "aimed at", "designed for", "tailored", "exclusively for", "specially for")


@per_draft
def class_addressed(doc: Document) -> tuple[int, int] | None:
    """The span where the body takes its reader as one of a class ("businesses like yours",
    「経営者の皆様」, 「家庭菜園を楽しまれている方にだけご案内しています」): a message written for a segment."""
    text = doc.text
    # cheap tests first: every match holds "like you" or one of these
    lowered = text.lower()
    if not any(w in lowered for w in _CLASS_HINTS_EN) and not any(w in text for w in _CLASS_HINTS):
        return None
    start, end = body_span(doc)
    m = _CLASS.search(text, start, end)
    return m.span() if m else None


@per_draft
def class_addressed_spans(doc: Document) -> tuple[tuple[int, int], ...]:
    """Every span of the body that takes its reader as one of a class (:func:`class_addressed` finds the first)."""
    if class_addressed(doc) is None:
        return ()
    start, end = body_span(doc)
    return tuple(m.span() for m in _CLASS.finditer(doc.text, start, end))


def line_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Start and end of the line that holds ``[start, end)``."""
    line_end = text.find("\n", end)
    return text.rfind("\n", 0, start) + 1, len(text) if line_end < 0 else line_end


_QUOTES = regex.compile(r"「[^」\n]{1,120}」|『[^』\n]{1,120}』|\"[^\"\n]{1,120}\"|“[^”\n]{1,120}”|'[^'\n]{1,120}'")


def in_quotes(text: str, start: int, end: int) -> bool:
    """Whether ``[start, end)`` lies inside quotation marks on its line: words said or a title quoted
    (「実習で見てほしい3つのこと」, 'the "[Company]" in your last mail'), not the writer's own."""
    return any(m.start() < start and end < m.end() for m in _QUOTES.finditer(text, *line_bounds(text, start, end)))
