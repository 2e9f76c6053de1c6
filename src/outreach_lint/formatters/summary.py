"""Counts instead of findings: ``--statistics`` and the closing summary line."""

from __future__ import annotations

import json
from collections import Counter
from typing import Sequence

from ..core.finding import Severity
from ..engine import Result

__all__ = ["Tally", "statistics", "summary"]


class Tally:
    """The counts ``--statistics`` and the summary line need, added up one result at a time
    (so a streamed report keeps counts, not findings)."""

    def __init__(self) -> None:
        self.results = 0
        self.per_rule: Counter[tuple[str, str]] = Counter()
        self.fixable_per_rule: Counter[tuple[str, str]] = Counter()
        self.severities: Counter[Severity] = Counter()
        self.fixable = 0

    def add(self, result: Result) -> None:
        self.results += 1
        for f in result.findings:
            fixable = f.fix is not None and f.fix.safe
            self.per_rule[(f.code, f.rule)] += 1
            self.fixable_per_rule[(f.code, f.rule)] += fixable
            self.severities[f.severity] += 1
            self.fixable += bool(fixable)

    @classmethod
    def of(cls, results: Sequence[Result]) -> "Tally":
        tally = cls()
        for r in results:
            tally.add(r)
        return tally

    def statistics(self, fmt: str) -> str:
        """Findings counted per rule, most frequent first."""
        fixable = self.fixable_per_rule
        rows = sorted(self.per_rule.items(), key=lambda kv: (-kv[1], kv[0][0]))
        if fmt == "json":
            data = [{"code": c, "name": n, "count": k, "fixable": fixable[(c, n)]} for (c, n), k in rows]
            return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
        width = max((len(str(k)) for _, k in rows), default=1)
        names = max((len(n) for (_, n), _ in rows), default=1)
        return "".join(
            f"{k:>{width}}  {c}  {n:<{names}}{'  [*]' if fixable[(c, n)] else ''}".rstrip() + "\n" for (c, n), k in rows
        )

    def summary(self, unreadable: int, locale: str | None) -> str:
        counts = self.severities
        total = sum(counts.values())
        fixable = self.fixable
        files = self.results + unreadable
        e, w, i = counts[Severity.ERROR], counts[Severity.WARNING], counts[Severity.INFO]
        if locale == "ja":
            if not total:
                return f"問題なし：下書き{files}件を確認しました。\n"
            text = f"下書き{files}件に{total}件の指摘があります（error {e}、warning {w}、info {i}）。\n"
            return text + (f"うち{fixable}件は --fix で修正できます。\n" if fixable else "")
        if not total:
            return f"All clear: {files} draft{'s' * (files != 1)} checked, no findings.\n"
        text = (
            f"Found {total} finding{'s' * (total != 1)} ({e} error, {w} warning, {i} info) "
            f"in {files} draft{'s' * (files != 1)}.\n"
        )
        return text + (f"{fixable} fixable with --fix.\n" if fixable else "")


def statistics(results: Sequence[Result], fmt: str) -> str:
    """Findings counted per rule, most frequent first."""
    return Tally.of(results).statistics(fmt)


def summary(results: Sequence[Result], unreadable: int, locale: str | None) -> str:
    return Tally.of(results).summary(unreadable, locale)
