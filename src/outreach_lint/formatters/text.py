"""The ``text`` and ``concise`` formats: one line per finding; ``text`` adds the source line
with a caret under the span, and the suggestion."""

from __future__ import annotations

from typing import Sequence

from ..core.finding import Finding
from ..engine import Result, line_starts
from .common import Style, display, mask, width

__all__ = ["render_text"]

WINDOW = 100  # display columns of a source line shown around a finding


def _source_lines(result: Result, finding: Finding, starts: list[int], text: str, style: Style) -> list[str]:
    """The finding's first line with a caret under its span, cut to a window around it."""
    if not text or finding.end == 0:  # whole-draft notices (plugin failed to load, language) point nowhere
        return []
    line_no = finding.line or 1
    line_start = starts[line_no - 1]
    line_end = starts[line_no] if line_no < len(starts) else len(text)
    line = text[line_start:line_end].rstrip("\r\n")
    a = min(max(finding.start - line_start, 0), len(line))
    b = min(max(finding.end - line_start, a), len(line))
    if not line.strip():
        return []
    # a window of about WINDOW columns that shows the start of the span
    lo = a
    budget = WINDOW // 3 if sum(width(c) for c in line) > WINDOW else len(line) * 2
    while lo > 0 and budget > 0:
        lo -= 1
        budget -= width(line[lo])
    hi, used = lo, 0
    while hi < len(line) and used + width(line[hi]) <= WINDOW:
        used += width(line[hi])
        hi += 1
    shown = line[lo:hi].replace("\t", " ")
    prefix = "…" if lo > 0 else ""
    suffix = "…" if hi < len(line) else ""
    pad = width("…") * len(prefix) + sum(width(c) for c in line[lo:a])
    span = max(1, sum(width(c) for c in line[a : min(b, hi)])) if finding.end > finding.start else 1
    number = str(line_no)
    gutter = " " * len(number)
    return [
        f"  {style.dim(number + ' |')} {prefix}{shown}{suffix}",
        f"  {style.dim(gutter + ' |')} {' ' * pad}{style.severity(finding.severity, '^' * span)}",
    ]


def _head(result: Result, f: Finding, style: Style, fixable_mark: bool) -> str:
    mark = " [*]" if fixable_mark and f.fix is not None and f.fix.safe else ""
    return (
        f"{style.bold(display(result.path))}:{f.line}:{f.column}: "
        f"{style.severity(f.severity, f.code)}{mark} {f.rule}: {f.message}"
    )


def render_text(results: Sequence[Result], style: Style, concise: bool = False) -> str:
    out = []
    for result in results:
        if not result.findings:
            continue
        if concise:
            out.extend(_head(result, f, style, False) + "\n" for f in result.findings)
            continue
        starts = line_starts(result.text)
        shown = mask(result.text, result.findings)
        for f in result.findings:
            out.append(_head(result, f, style, True) + "\n")
            out.extend(line + "\n" for line in _source_lines(result, f, starts, shown, style))
            if f.suggestion:
                out.append(f"    {style.green('suggestion:')} {f.suggestion}\n")
    return "".join(out)
