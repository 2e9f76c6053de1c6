"""A greeting that names someone other than the recipient: ``Hi Maria,`` in a draft for Dana.

## What it does
When the recipient's name is known (``recipient: {name: ...}`` in the draft's front matter, or
``recipient=`` from Python), reads the greeting on the draft's first line (``Hi Maria,``,
``Dear Dr. Chen,``, ``佐藤様``, ``佐藤 一郎さん、``) and flags the name in it when it shares no part
with the recipient's name or company.

It stays silent when no recipient name is known; when the greeting names nobody in particular
(``Hi there``, ``Dear Hiring Manager``, ``ご担当者様``, ``皆様``); when one name starts the other
(``Dan`` for Daniel); and when the two are written in different scripts (``Hanako`` or
``はなこさん`` for 山田 花子), since a reading cannot be checked. A nickname it cannot know (``Bob``
for Robert) is accepted once the recipient's name lists it: ``name: Robert (Bob) Smith``.

## Why is this bad?
A draft copied from the previous one and sent with the previous person's name tells the
recipient, in the first word they read, that they are one of many and that nobody read the
message before sending it: the opposite of researching the person and writing to them (002 §5).

## Example
Bad (English), with ``recipient: {name: Dana Whitfield}``:

    Hi Maria, your PyCon talk on offline-first sync answered a question my team had for months.

Better:

    Hi Dana, your PyCon talk on offline-first sync answered a question my team had for months.

Bad (Japanese), with ``recipient: {name: 山田 花子}``:

    佐藤様
    はじめまして、タイドプールの佐藤と申します。

Better:

    山田様
    はじめまして、タイドプールの佐藤と申します。

## Options
- ``extra-greetings`` (none): more English words that open a greeting, such as ``["Howdy"]``.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import Iterator

import regex

from outreach_lint import Context, Document, Finding, Options, Rule, Severity
from outreach_lint.analysis.phrases import find_pattern

_EN_GREETINGS = ("hi", "hello", "hey", "dear", "greetings", "good morning", "good afternoon", "good evening")
_EN_TITLE = r"(?:(?i:mr|mrs|ms|mx|dr|prof|professor)\.?[ \t]+)?"
_EN_WORD = r"\p{Lu}[\p{L}'’-]{0,30}"
# Names nobody in particular: the generic-template rule's business, not this one's.
_GENERIC_EN = frozenset(
    "there all everyone everybody team folks friend friends sir madam hiring manager recruiter recruiting "
    "colleague colleagues guys people world admissions committee".split()
)
_JA_CHARS = r"[\p{Han}\p{Katakana}\p{Hiragana}ー々ヶA-Za-zＡ-Ｚａ-ｚ]"
# The first line: optional company or department chunks, then a name of one or two chunks, then an honorific.
_JA_GREETING = regex.compile(
    rf"^[ \t　]*(?:\S{{1,30}}[ \t　]+){{0,3}}?(?P<name>{_JA_CHARS}{{1,10}}(?:[ 　]{_JA_CHARS}{{1,10}})?)"
    r"[ \t　]*(?:様|さま|さん|殿|先生|氏)[ \t　]*(?:[、。,.！!:：]|$)"
)
_GENERIC_JA = ("担当", "皆", "みな", "各位", "客", "関係者", "採用", "人事", "御中", "株式会社", "有限会社")
_SUBJECT = regex.compile(r"^[ \t]*(?i:subject|件名)[ \t]*[:：]")


@dataclass(frozen=True)
class GreetingNameMismatchOptions(Options):
    extra_greetings: tuple[str, ...] = ()


class GreetingNameMismatch(Rule):
    code = "EX101"
    name = "greeting-name-mismatch"
    languages = frozenset({"ja", "en"})
    severity = Severity.WARNING
    advice = "002 §5"
    options_class = GreetingNameMismatchOptions
    doc_ja = """
    ## 何をするか
    相手の名前が分かっているとき（下書きの front matter の ``recipient: {name: ...}``、Python からは
    ``recipient=``）、下書き一行目の宛名（``佐藤様``、``佐藤 一郎さん、``、``Hi Maria,``、``Dear Dr. Chen,``）
    を読み、その名前が相手の氏名とも会社名とも一部も一致しないときに指摘します。

    相手の名前が分からないとき、宛名が特定の人を指さないとき（``ご担当者様``、``皆様``、``Hi there``、
    ``Dear Hiring Manager``）、一方の名前がもう一方の先頭部分であるとき（Daniel に ``Dan``）、二つの
    名前の文字種が違うとき（山田 花子 に ``はなこさん`` や ``Hanako``：読みは確かめられないため）は
    何も言いません。愛称（Robert に ``Bob``）は、相手の名前に ``name: Robert (Bob) Smith`` と書けば
    一致として扱います。

    ## なぜ問題か
    前の相手あての下書きを流用し、前の相手の名前のまま送ると、相手は最初の一語で「大勢の一人で、
    送る前に誰も読み返していない」と受け取ります。相手を調べ、その人に向けて書くという助言（002 §5）
    の正反対です。

    ## 例
    悪い例（``recipient: {name: 山田 花子}`` のとき）：

        佐藤様
        はじめまして、タイドプールの佐藤と申します。

    より良い例：

        山田様
        はじめまして、タイドプールの佐藤と申します。

    悪い例（英語、``recipient: {name: Dana Whitfield}`` のとき）： ``Hi Maria, your PyCon talk answered a question we had.``

    より良い例（英語）： ``Hi Dana, your PyCon talk answered a question we had.``

    ## オプション
    - ``extra-greetings``（なし）：英語の宛名の前に来る挨拶語を追加します（例 ``["Howdy"]``）。
    """
    messages = {
        "mismatch": {
            "en": "The greeting names {greeted}, but this draft is for {recipient}",
            "ja": "宛名が「{greeted}」になっていますが、この下書きの相手は{recipient}さんです",
        },
        "fix": {
            "en": "Check that this is the right draft for {recipient}, then greet them by their own name.",
            "ja": "{recipient}さんあての下書きで合っているか確かめ、宛名を相手の名前に直してください。",
        },
    }

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        recipient = ctx.recipient
        if recipient is None or not recipient.name:
            return
        line_start, line = _first_line(doc.text)
        if line is None:
            return
        span = self._greeted_name(line)
        if span is None:
            return
        start, end = span
        greeted = line[start:end]
        if _mismatch(greeted, recipient.name, recipient.company or ""):
            yield self.finding(
                ctx,
                line_start + start,
                line_start + end,
                self.say(ctx, "mismatch", greeted=greeted, recipient=recipient.name),
                suggestion=self.say(ctx, "fix", recipient=recipient.name),
            )

    def _greeted_name(self, line: str) -> tuple[int, int] | None:
        opts: GreetingNameMismatchOptions = self.options
        words = _EN_GREETINGS + tuple(w.lower() for w in opts.extra_greetings)
        alternatives = "|".join(regex.escape(w).replace(r"\ ", r"[ \t]+") for w in sorted(words, key=len, reverse=True))
        english = regex.compile(
            rf"^[ \t]*(?i:{alternatives})[ \t,]+{_EN_TITLE}(?P<name>{_EN_WORD}(?:[ \t]+{_EN_WORD}){{0,2}})"
            r"[ \t]*(?:[,!:;.—–-]|$)"
        )
        for pattern in (english, _JA_GREETING):
            for m in find_pattern(pattern, line):
                return m.span("name")
        return None


def _first_line(text: str) -> tuple[int, str | None]:
    """The first non-empty line that is not a subject line, with its offset."""
    pos = 0
    for raw in text.splitlines(keepends=True):
        line = raw.rstrip("\r\n")
        if line.strip() and not _SUBJECT.match(line):
            return pos, line
        pos += len(raw)
    return pos, None


def _parts(name: str) -> list[str]:
    """Casefolded words of a name, accents stripped: ``Renée (René) O'Neil`` → renee, rene, o'neil."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    return [p.casefold() for p in regex.split(r"[^\p{L}'’]+", unicodedata.normalize("NFKC", plain)) if p.strip("'’")]


def _script(word: str) -> str:
    if regex.search(r"\p{Latin}", word):
        return "latin"
    return "han" if regex.search(r"\p{Han}", word) else "kana"


def _related(a: str, b: str) -> bool:
    if a == b:
        return True
    if _script(a) == "latin" and _script(b) == "latin":
        short, long = sorted((a, b), key=len)
        return len(short) >= 3 and long.startswith(short)
    return a in b or b in a  # Japanese names are written with or without the space: 山田花子 / 山田 花子


def _mismatch(greeted: str, name: str, company: str) -> bool:
    wanted = _parts(name)
    wanted_joined = "".join(w for w in wanted if _script(w) != "latin")
    employer = _parts(company)
    rest = []
    for part in _parts(greeted):
        if part in _GENERIC_EN or any(g in part for g in _GENERIC_JA):
            return False  # "Dear Hiring Manager", "ご担当者様": nobody in particular
        if any(_related(part, e) for e in employer):
            continue  # "株式会社ACME 山田様": the company is not the name
        rest.append(part)
    if not rest or not wanted:
        return False
    if any(_related(part, w) for part in rest for w in wanted):
        return False
    if wanted_joined and any(_script(p) != "latin" and _related(p, wanted_joined) for p in rest):
        return False
    # A reading cannot be checked: "Hanako" or "はなこ" for 山田 花子 stays silent.
    return any(_script(p) == _script(w) for p in rest for w in wanted)
