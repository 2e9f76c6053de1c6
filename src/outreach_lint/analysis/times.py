"""Time expressions: "by Friday", "next Monday at 5pm", 明日までに, 今週中, 3営業日以内.

A reply demanded by a time (demands-reply) and a meeting pressed for a time (pushy) both read
them. English ones come from the ``time`` phrases of ``demands-reply.toml`` and from digits with
their units; Japanese ones are runs of time words.
"""

from __future__ import annotations

import regex

from ..core.document import Document, Token
from .phrases import PhraseList, load_data

__all__ = ["TIME_PHRASES", "LATER_GROUPS", "en_time_spans", "en_time_at", "ja_time_run"]

# English time expressions ("next Friday", "the 15th") are matched only in a draft with a reply
# word to attach a deadline to; `deadline` (en) and `request` (ja) are read by the code from its
# own word lists, so they are never matched.
LATER_GROUPS = ("time", "deadline", "request")
TIME_PHRASES = PhraseList(
    {lang: {g: ps for g, ps in groups.items() if g in LATER_GROUPS} for lang, groups in load_data("demands-reply.toml").items()}
)

_EN_UNITS = frozenset({"am", "pm", "a.m.", "p.m.", "hours", "hour", "hrs", "days", "day", "business", "working", "minutes", "mins", "th", "st", "nd", "rd", "o'clock", "est", "pst", "cet", "jst", "utc", "gmt"})
_EN_NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten eleven twelve fourteen twenty thirty forty-eight".split())
_EN_SPELLED_UNITS = frozenset({"hours", "hour", "days", "day", "weeks", "week", "business", "working"})
_EN_TIME_PREFIX = frozenset({"this", "next", "the", "coming", "on", "end"})

# Japanese time words; a run of them (with digits) followed by まで/中/以内 is a deadline.
_JA_TIME_ANCHOR = frozenset(
    "明日 明後日 本日 今日 今週 来週 再来週 今月 来月 月末 週末 週明け 今晩 今夜 明朝 今朝 午前 午後 夕方 正午 朝 夜 "
    "月曜 火曜 水曜 木曜 金曜 土曜 日曜 年内 年末 年度 月中 今期 期限 締め切り 締切 早朝 後日 数日 昼 昼過ぎ 昼前 夕刻 晩".split()
)
_JA_TIME_GLUE = frozenset("の 中 日 月 時 分 半 営業 週 週間 時間 日間 以内 末 頃 ごろ 迄 内 曜日 曜 正午".split())
_JA_NUMERALS = frozenset("一二三四五六七八九十百〇両")

def en_time_spans(doc: Document, phrases: PhraseList = TIME_PHRASES) -> dict[int, int]:
    """English time expressions: token index where one starts -> index after it."""
    spans = {m.first: m.last for m in phrases.matches(doc, ["time"])}
    tokens = doc.tokens
    for i, tok in enumerate(tokens):
        if i in spans:
            continue
        if tok.norm in _EN_NUMBER_WORDS:
            # "within seven days", "in two hours": a number in words counts with its unit only
            if i + 1 < len(tokens) and tokens[i + 1].norm in _EN_SPELLED_UNITS:
                spans[i] = i + 2
            continue
        if tok.text.isalpha() or not any(c.isdigit() for c in tok.text):  # a word has no digit
            continue
        end = i + 1
        while end < len(tokens) and end - i < 4 and tokens[end].norm in _EN_UNITS:
            end += 1
        spans[i] = end
    return spans


def en_time_at(spans: dict[int, int], tokens: list[Token], i: int) -> int | None:
    """End of a time expression starting at token ``i`` ("the 15th", "next Friday at 5pm")."""
    end = _one_time(spans, tokens, i)
    if end is None:
        return None
    for _ in range(3):  # "March 3", "5pm tomorrow", "Friday at noon"
        nxt = end + 1 if end < len(tokens) and tokens[end].norm in ("at", ",") else end
        more = _one_time(spans, tokens, nxt)
        if more is None:
            break
        end = more
    return end


def _one_time(spans: dict[int, int], tokens: list[Token], i: int) -> int | None:
    if i in spans:
        return spans[i]
    j = i
    while j < len(tokens) and j - i < 3 and tokens[j].norm in _EN_TIME_PREFIX | {"of"}:
        j += 1
        if j in spans:
            return spans[j]
    return None


def _is_numeral(text: str) -> bool:
    head = text[:1]
    if not (head.isdigit() or head in _JA_NUMERALS):
        return False  # most tokens: decided by their first character
    return all(c.isdigit() or c in _JA_NUMERALS for c in text)


_OPEN = frozenset("（(")
_CLOSE = frozenset("）)")
_BRACKETED_WEEKDAYS = frozenset(d + e for d in "月火水木金土日" for e in ("", "曜", "曜日"))  # 金, 金曜, 金曜日


# A date in brackets after a day named otherwise: 今週金曜日（4月17日）, 明日（3/7）.
_BRACKETED_DATE = regex.compile(r"\d{1,2}(?:月\d{1,2}日?|[/／.]\d{1,2})|\d{1,2}日")


def _weekday_in_brackets(tokens: list[Token], j: int) -> int:
    """How many tokens a bracketed weekday or date after a day takes (（金）, (火曜), （水曜日）,
    （4月17日）), or 0."""
    if tokens[j].text not in _OPEN:
        return 0
    k = j + 1
    inner = ""
    while k < len(tokens) and k - j <= 6 and tokens[k].text not in _CLOSE:
        inner += tokens[k].norm
        k += 1
    if k < len(tokens) and tokens[k].text in _CLOSE and (inner in _BRACKETED_WEEKDAYS or _BRACKETED_DATE.fullmatch(inner)):
        return k + 1 - j
    return 0


def ja_time_run(tokens: list[Token], i: int) -> tuple[int, bool] | None:
    """A Japanese time expression at token ``i``: (index after it, whether it is a deadline).

    A deadline ends in まで(に), 中に or 以内: 明日までに, 今週中に, 3営業日以内に, 金曜日の午前中まで.
    """
    t = tokens[i] if i < len(tokens) else None
    if t is None or not (t.lemma in _JA_TIME_ANCHOR or t.norm in _JA_TIME_ANCHOR or _is_numeral(t.norm)):
        return None  # a time expression starts with a time word or a numeral
    j = i
    anchored = False
    while j < len(tokens):
        t = tokens[j]
        lemma = t.lemma
        weekday = _weekday_in_brackets(tokens, j) if j > i else 0
        if weekday:
            j += weekday  # 3月13日（金）までに: the weekday in brackets belongs to the date
            continue
        if lemma in _JA_TIME_ANCHOR or t.norm in _JA_TIME_ANCHOR:
            anchored = True
        elif _is_numeral(t.norm):
            anchored = anchored or j + 1 < len(tokens) and tokens[j + 1].norm in ("日", "月", "時", "営業", "週間", "日間", "時間")
        elif not (j > i and (t.norm in _JA_TIME_GLUE or lemma in _JA_TIME_GLUE)):
            break
        j += 1
        if j - i > 8:
            break
    if not anchored or j == i:
        return None
    last = tokens[j - 1].norm
    if last == "の":  # "明日の" before a noun that is not a time: not part of the expression
        j -= 1
        last = tokens[j - 1].norm
    deadline = last in ("中", "以内", "内")
    if j < len(tokens) and tokens[j].norm in ("まで", "迄"):
        deadline = True
        j += 1
    if j < len(tokens) and tokens[j].norm == "に":
        j += 1
    return j, deadline
