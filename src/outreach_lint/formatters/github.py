"""The ``github`` format: GitHub Actions workflow commands, shown as annotations on the file's lines."""

from __future__ import annotations

from typing import Sequence

from ..core.finding import Finding, Severity
from ..engine import Result, line_starts
from .common import display, end_position

__all__ = ["github_line", "render_github"]


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


_GITHUB_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def github_line(result: Result, f: Finding) -> str:
    """A GitHub Actions workflow command: shown as an annotation on the file's line."""
    end_line, end_column = end_position(result, f, line_starts(result.text))
    props = [
        f"file={_escape_property(display(result.path))}",
        f"line={f.line}",
        f"col={f.column}",
        f"endLine={end_line}",
        f"endColumn={end_column}" if end_line == f.line else None,
        f"title={_escape_property(f'outreach-lint ({f.code} {f.rule})')}",
    ]
    message = f.message + (f"\nsuggestion: {f.suggestion}" if f.suggestion else "")
    return f"::{_GITHUB_LEVEL[f.severity]} {','.join(p for p in props if p)}::{_escape_data(message)}"


def render_github(results: Sequence[Result]) -> str:
    return "".join(github_line(r, f) + "\n" for r in results for f in r.findings)
