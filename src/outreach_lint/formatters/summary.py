"""Counts instead of findings: ``--statistics`` and the closing summary line."""

from __future__ import annotations

import json
from collections import Counter
from typing import Sequence

from ..core.finding import Severity
from ..engine import Result

__all__ = ["statistics", "summary"]


def statistics(results: Sequence[Result], fmt: str) -> str:
    """Findings counted per rule, most frequent first."""
    counts: Counter[tuple[str, str]] = Counter()
    fixable: Counter[tuple[str, str]] = Counter()
    for r in results:
        for f in r.findings:
            counts[(f.code, f.rule)] += 1
            fixable[(f.code, f.rule)] += f.fix is not None and f.fix.safe
    rows = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0][0]))
    if fmt == "json":
        data = [{"code": c, "name": n, "count": k, "fixable": fixable[(c, n)]} for (c, n), k in rows]
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    width = max((len(str(k)) for _, k in rows), default=1)
    names = max((len(n) for (_, n), _ in rows), default=1)
    return "".join(
        f"{k:>{width}}  {c}  {n:<{names}}{'  [*]' if fixable[(c, n)] else ''}".rstrip() + "\n" for (c, n), k in rows
    )


def summary(results: Sequence[Result], unreadable: int, locale: str | None) -> str:
    counts = Counter(f.severity for r in results for f in r.findings)
    total = sum(counts.values())
    fixable = sum(1 for r in results for f in r.findings if f.fix is not None and f.fix.safe)
    files = len(results) + unreadable
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
