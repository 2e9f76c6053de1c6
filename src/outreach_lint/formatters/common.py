"""What every format shares: colours, masking of sensitive spans, display widths and positions."""

from __future__ import annotations

import unicodedata
from typing import Iterable, Sequence

from ..core.finding import Finding, Severity
from ..engine import Result, position

__all__ = ["KEEP", "Style", "mask", "secrets", "mask_strings", "width", "display", "end_position"]

KEEP = 2  # characters of a sensitive span left visible


class Style:
    """ANSI colours, or nothing (not a TTY, NO_COLOR set)."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled

    def _wrap(self, code: str, text: str) -> str:
        return f"\x1b[{code}m{text}\x1b[0m" if self.enabled and text else text

    def bold(self, text: str) -> str:
        return self._wrap("1", text)

    def dim(self, text: str) -> str:
        return self._wrap("2", text)

    def green(self, text: str) -> str:
        return self._wrap("32", text)

    def severity(self, severity: Severity, text: str) -> str:
        return self._wrap({Severity.ERROR: "1;31", Severity.WARNING: "1;33", Severity.INFO: "1;36"}[severity], text)


def mask(text: str, findings: Iterable[Finding]) -> str:
    """``text`` with every sensitive span reduced to its first characters and ``*``."""
    chars = None
    for f in findings:
        if not f.sensitive or f.end <= f.start:
            continue
        if chars is None:
            chars = list(text)
        for i in range(f.start + KEEP, min(f.end, len(chars))):
            if not chars[i].isspace():
                chars[i] = "*"
    return text if chars is None else "".join(chars)


def secrets(results: Iterable[Result]) -> list[str]:
    """The text of every sensitive span (to mask it in output that is not tied to offsets, a diff)."""
    out = {r.text[f.start : f.end] for r in results for f in r.findings if f.sensitive and f.end - f.start > KEEP}
    return sorted(out, key=len, reverse=True)


def mask_strings(text: str, hidden: Sequence[str]) -> str:
    for s in hidden:
        text = text.replace(s, s[:KEEP] + "".join(c if c.isspace() else "*" for c in s[KEEP:]))
    return text


def width(ch: str) -> int:
    if unicodedata.combining(ch):
        return 0
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


def display(path: str | None) -> str:
    return path or "-"


def end_position(result: Result, finding: Finding, starts: list[int]) -> tuple[int, int]:
    return position(starts, finding.end)
