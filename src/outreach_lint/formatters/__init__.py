"""Output formats for ``outreach-lint check``, one module each: text (and concise), json, sarif,
github, html; and the statistics and summary lines.

Every format reads the same :class:`~outreach_lint.engine.Result` objects. Findings marked
``sensitive`` (a phone number, an address) are never echoed: wherever a format shows source text,
their span keeps its first characters and the rest becomes ``*``.
"""

from __future__ import annotations

from typing import Sequence

from ..core.rule import Rule
from ..engine import Result
from .common import Style, mask, mask_strings, secrets
from .github import render_github
from .json import json_rows, render_json
from .sarif import render_sarif, sarif
from .summary import statistics, summary
from .text import render_text

__all__ = ["FORMATS", "Style", "mask", "mask_strings", "secrets", "render", "json_rows", "sarif", "statistics", "summary"]

FORMATS = ("text", "concise", "json", "sarif", "github", "html")


def render(fmt: str, results: Sequence[Result], style: Style, rules: Sequence[type[Rule]] = ()) -> str:
    if fmt == "json":
        return render_json(results)
    if fmt == "sarif":
        return render_sarif(results, rules)
    if fmt == "github":
        return render_github(results)
    if fmt == "html":  # one self-contained page
        from .html import render_html

        return render_html(results)
    return render_text(results, style, concise=fmt == "concise")
