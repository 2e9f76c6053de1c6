"""Suppressions: front matter ``outreach-lint: {ignore: [...]}`` and inline comments.

Inline comments work the same in ``.md`` and ``.txt`` drafts (and in text given to the API)::

    <!-- outreach-lint-disable pushy, OL301 -->   off from here…
    <!-- outreach-lint-enable pushy -->           …to here (no names: every rule disabled above)
    <!-- outreach-lint-disable-next-line pushy --> only the line below the comment
    <!-- outreach-lint-disable -->                 no names: every rule

Rules are named by name, code or code prefix, separated by commas or spaces. The comments stay in
the text (positions are never shifted) but the engine blanks them with spaces before tokenizing,
so the words inside a comment never trigger a rule. A suppression that suppresses nothing is
reported as ``OL001 unused-suppression`` with ``--report-unused-suppressions``.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Iterable

from .core.finding import Finding, Severity

__all__ = ["Suppression", "parse_comments", "front_matter_suppression", "blank", "UNUSED_SUPPRESSION"]

UNUSED_SUPPRESSION = ("OL001", "unused-suppression")
ALL = "*"

# One comment on one line; bounded, no nested quantifiers.
_COMMENT = re.compile(r"<!--[ \t]{0,20}outreach-lint-(disable-next-line|disable|enable)(?![\w-])([^\n>]{0,400}?)[ \t]{0,20}-->")
_LINE_BREAK = re.compile(r"\r\n|\r|\n")


@dataclass
class Suppression:
    kind: str  # "front-matter", "disable", "next-line"
    names: tuple[str, ...]  # rule names, codes or prefixes; (ALL,) for every rule
    start: int  # the directive's span in the file
    end: int
    line: int  # 1-based line of the directive
    ends: dict[str, int] = field(default_factory=dict)  # "disable": where each name's region stops
    target_line: int = 0  # "next-line": the line it covers
    used: set[str] = field(default_factory=set)

    def covers(self, finding: Finding) -> str | None:
        """The name under which this suppression covers ``finding`` (file offsets, line set), or None."""
        for name in self.names:
            if not _names_rule(name, finding):
                continue
            if self.kind == "front-matter":
                return name
            if self.kind == "next-line" and finding.line == self.target_line:
                return name
            if self.kind == "disable" and self.start <= finding.start < self.ends.get(name, 1 << 62):
                return name
        return None


def _names_rule(name: str, finding: Finding) -> bool:
    return (
        name == ALL
        or name == finding.rule
        or name == finding.code
        or (name.upper() == name and name[:1].isalpha() and finding.code.startswith(name))
    )


def _split_names(raw: str) -> tuple[str, ...]:
    names = tuple(n for n in re.split(r"[\s,]+", raw.strip()) if n)
    return names or (ALL,)


def _line_starts(text: str) -> list[int]:
    return [0] + [m.end() for m in _LINE_BREAK.finditer(text)]


def parse_comments(text: str, body_start: int = 0) -> list[Suppression]:
    """The comment suppressions in ``text[body_start:]``, with offsets into ``text``."""
    if "outreach-lint-" not in text:
        return []
    starts = _line_starts(text)
    found: list[Suppression] = []
    open_: dict[str, Suppression] = {}
    for m in _COMMENT.finditer(text, body_start):
        kind, names = m.group(1), _split_names(m.group(2))
        line = bisect.bisect_right(starts, m.start())
        if kind == "enable":
            for name in (list(open_) if names == (ALL,) else names):
                region = open_.pop(name, None)
                if region is not None:
                    region.ends[name] = m.start()
            continue
        sup = Suppression("next-line" if kind == "disable-next-line" else "disable", names, m.start(), m.end(), line)
        if sup.kind == "next-line":
            sup.target_line = bisect.bisect_right(starts, m.end()) + 1
        else:
            for name in names:
                open_.setdefault(name, sup)
        found.append(sup)
    return found


def front_matter_suppression(text: str, body_start: int, ignore: Iterable[str]) -> Suppression | None:
    names = tuple(ignore)
    if not names:
        return None
    where = text.find("outreach-lint", 0, body_start)
    where = max(where, 0)
    line = text.count("\n", 0, where) + 1
    return Suppression("front-matter", names, where, where + len("outreach-lint"), line)


def blank(text: str, suppressions: list[Suppression], offset: int) -> str:
    """``text`` (which starts at file offset ``offset``) with each comment replaced by spaces."""
    comments = [s for s in suppressions if s.kind != "front-matter"]
    if not comments:
        return text
    parts = []
    pos = 0
    for s in comments:
        a, b = s.start - offset, s.end - offset
        parts.append(text[pos:a])
        parts.append(" " * (b - a))
        pos = b
    parts.append(text[pos:])
    return "".join(parts)


def unused_findings(
    suppressions: list[Suppression], known: dict[str, str], enabled: set[str], locale: str
) -> list[Finding]:
    """One finding per name in a suppression that covered nothing.

    ``known`` maps every installed rule's name and code to its name; ``enabled`` holds the names
    of the rules that ran on this draft.
    """
    from .config import closest

    out = []
    for sup in suppressions:
        for name in sup.names:
            if name in sup.used:
                continue
            matching = [n for key, n in known.items() if key == name or (name.upper() == name and key.startswith(name))]
            label = "every rule" if name == ALL else repr(name)
            label_ja = "すべてのルール" if name == ALL else f"'{name}'"
            if name != ALL and not matching:
                hint = closest(name, list(known))
                en = f"Suppression names unknown rule {label}" + (f" (did you mean '{hint}'?)" if hint else "")
                ja = f"抑制コメントのルール名{label_ja}は存在しません" + (f"（'{hint}' のことですか？）" if hint else "")
            elif name != ALL and not enabled.intersection(matching):
                en = f"Suppression of {label} suppresses nothing: the rule is not enabled here"
                ja = f"{label_ja}の抑制は不要です：このルールはここでは有効になっていません"
            else:
                en = f"Suppression of {label} suppresses nothing: remove it"
                ja = f"{label_ja}の抑制は何も抑制していません。削除してください"
            code, rule = UNUSED_SUPPRESSION
            out.append(
                Finding(
                    rule=rule,
                    code=code,
                    severity=Severity.WARNING,
                    message=ja if locale == "ja" else en,
                    start=sup.start,
                    end=sup.end,
                )
            )
    return out
