"""``check --format html``: one self-contained page to read a run's findings in a browser.

Everything is inline (CSS, a little JavaScript for the filters, the SVG chart); a Content Security
Policy with the script's hash forbids any other resource, so the page works offline and loads
nothing from anywhere. The drafts are shown with their findings highlighted where they are
(colour by severity; message and suggestion on hover or keyboard focus, and listed below each
draft). Sensitive spans (phone numbers, addresses) are masked as in every other format.
"""

from __future__ import annotations

import base64
import hashlib
import html
import io
from collections import Counter
from importlib import resources
from typing import Sequence, TextIO

from ..core import __version__
from ..core.finding import Finding, Severity
from ..engine import Result
from .common import mask

__all__ = ["HtmlReport", "render_html", "page_asset", "csp"]

SEVERITIES = (Severity.ERROR, Severity.WARNING, Severity.INFO)
_LABEL = {"en": "Suggestion", "ja": "提案"}


def page_asset(name: str) -> str:
    """A file from ``outreach_lint/web/`` (CSS and JavaScript inlined into the pages)."""
    return resources.files("outreach_lint").joinpath("web", name).read_text(encoding="utf-8")


def csp(script: str, connect: str = "'none'", header: bool = False) -> str:
    """A policy that allows the inline style and exactly this inline script, and nothing from elsewhere.

    ``header``: the policy goes in an HTTP header, where ``frame-ancestors`` also works.
    """
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
    policy = (
        f"default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-{digest}'; "
        f"img-src data:; connect-src {connect}; base-uri 'none'; form-action 'none'"
    )
    return policy + "; frame-ancestors 'none'" if header else policy


# -- pieces ----------------------------------------------------------------------------------------
def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _tip(f: Finding, locale: str) -> str:
    tip = f"{f.code} {f.rule}: {f.message}"
    if f.suggestion:
        tip += f"\n{_LABEL.get(locale, 'Suggestion')}: {f.suggestion}"
    return tip


def highlighted(text: str, findings: Sequence[Finding], prefix: str, locale: str) -> str:
    """``text`` as HTML, each span with findings in a ``<mark>`` coloured by its most severe finding."""
    spans = [(i, f) for i, f in enumerate(findings) if f.end > f.start]
    cuts = sorted({0, len(text)} | {f.start for _, f in spans} | {f.end for _, f in spans})
    out = []
    for a, b in zip(cuts, cuts[1:]):
        piece = text[a:b]
        over = [(i, f) for i, f in spans if f.start <= a and b <= f.end]
        if not over:
            out.append(_e(piece))
            continue
        worst = max((f for _, f in over), key=lambda f: f.severity.rank)
        ids = " ".join(f"{prefix}-{i}" for i, _ in over)
        tip = "\n\n".join(_tip(f, locale) for _, f in over)
        out.append(
            f'<mark class="finding sev-{worst.severity.value}" tabindex="0" data-ids="{ids}" '
            f'aria-describedby="{ids}" data-tip="{_e(tip)}">{_e(piece)}</mark>'
        )
    return "".join(out)


def _finding_item(f: Finding, fid: str, locale: str) -> str:
    where = f"{f.line}:{f.column}" if f.end > f.start or f.line else ""
    suggestion = (
        f'<span class="suggestion">{_e(_LABEL.get(locale, "Suggestion"))}: {_e(f.suggestion)}</span>' if f.suggestion else ""
    )
    return (
        f'<li id="{fid}" class="sev-{f.severity.value}" data-rule="{_e(f.code)}" data-severity="{f.severity.value}">'
        f'<span class="badge sev-{f.severity.value}">{f.severity.value}</span>'
        f'<span class="where">{_e(where)}</span><span class="code">{_e(f.code)} {_e(f.rule)}</span> '
        f"{_e(f.message)}{suggestion}</li>"
    )


def _draft_section(n: int, result: Result) -> str:
    locale = result.lang if result.lang in ("ja", "en") else "en"
    shown = mask(result.text, result.findings)
    prefix = f"f{n}"
    items = "".join(_finding_item(f, f"{prefix}-{i}", locale) for i, f in enumerate(result.findings))
    rules = " ".join(sorted({f.code for f in result.findings}))
    count = len(result.findings)
    listing = f'<ol class="findings">{items}</ol>' if items else '<p class="empty">No findings.</p>'
    return (
        f'<section class="card draft" id="draft-{n}" data-rules="{_e(rules)}">'
        f"<h2>{_e(result.path or '-')}</h2>"
        f'<p class="meta">{count} finding{"s" * (count != 1)} · language {_e(result.lang)} · platform {_e(result.platform)}</p>'
        f'<pre class="draft-text" lang="{_e(result.lang if result.lang in ("ja", "en") else "und")}">'
        f"{highlighted(shown, result.findings, prefix, locale)}</pre>"
        f'<div lang="{_e(locale)}">{listing}</div></section>'
    )


def chart(results: Sequence[Result]) -> str:
    """A horizontal bar per rule, split by severity, most frequent first (inline SVG)."""
    per_rule: dict[tuple[str, str], Counter] = {}
    for r in results:
        for f in r.findings:
            per_rule.setdefault((f.code, f.rule), Counter())[f.severity] += 1
    return _chart(per_rule)


def _chart(per_rule: dict[tuple[str, str], Counter]) -> str:
    if not per_rule:
        return '<p class="empty">No findings.</p>'
    rows = sorted(per_rule.items(), key=lambda kv: (-sum(kv[1].values()), kv[0][0]))
    top = max(sum(c.values()) for _, c in rows)
    label_w, bar_w, row_h = 230, 420, 26
    height = row_h * len(rows) + 8
    parts = [
        f'<svg class="chart" role="img" aria-labelledby="chart-title" width="{label_w + bar_w + 60}" height="{height}" '
        f'viewBox="0 0 {label_w + bar_w + 60} {height}" xmlns="http://www.w3.org/2000/svg">'
        '<title id="chart-title">Findings per rule</title>'
    ]
    for row, ((code, name), counts) in enumerate(rows):
        y = 4 + row * row_h
        total = sum(counts.values())
        parts.append(f'<g class="chart-row" data-rule="{_e(code)}">')
        parts.append(f'<text x="{label_w - 8}" y="{y + 17}" text-anchor="end">{_e(code)} {_e(name)}</text>')
        x = float(label_w)
        for sev in SEVERITIES:
            if not counts[sev]:
                continue
            w = bar_w * counts[sev] / top
            parts.append(
                f'<rect class="bar bar-{sev.value}" x="{x:.1f}" y="{y + 3}" width="{w:.1f}" height="{row_h - 8}" '
                f'data-count="{counts[sev]}"><title>{_e(code)} {_e(name)}: {counts[sev]} {sev.value}</title></rect>'
            )
            x += w
        parts.append(f'<text class="count" x="{x + 6:.1f}" y="{y + 17}">{total}</text></g>')
    parts.append("</svg>")
    return "".join(parts)


def _filters(rules: list[tuple[str, str]]) -> str:
    sev = "".join(
        f'<label><input type="checkbox" class="filter-severity" value="{s.value}" checked> '
        f'<span class="badge sev-{s.value}">{s.value}</span></label>'
        for s in SEVERITIES
    )
    rule = "".join(
        f'<label><input type="checkbox" class="filter-rule" value="{_e(code)}" checked> '
        f'<span class="code">{_e(code)}</span> {_e(name)}</label>'
        for code, name in rules
    )
    return (
        f'<fieldset><legend>Severity</legend>{sev}</fieldset>'
        f'<fieldset><legend>Rule</legend>{rule or "<span class=empty>none</span>"}</fieldset>'
        '<label><input type="checkbox" id="only-with-findings"> Only drafts with findings shown</label>'
    )


class HtmlReport:
    """The page built one result at a time: each draft's section is written to ``sections`` (a
    file) as it comes; the totals, chart and filters above them are counts, written at the end."""

    def __init__(self, sections: TextIO) -> None:
        self.sections = sections
        self.drafts = 0
        self.all_ja = True
        self.per_rule: dict[tuple[str, str], Counter] = {}

    def add(self, result: Result) -> None:
        self.sections.write(_draft_section(self.drafts, result))
        self.drafts += 1
        self.all_ja = self.all_ja and result.lang == "ja"
        for f in result.findings:
            self.per_rule.setdefault((f.code, f.rule), Counter())[f.severity] += 1

    def head(self) -> str:
        """The page up to the first draft's section."""
        counts: Counter = Counter()
        for per_severity in self.per_rule.values():
            counts.update(per_severity)
        total = sum(counts.values())
        totals = "".join(
            f'<li class="sev-{s.value}" data-severity="{s.value}"><strong>{counts[s]}</strong>{s.value}</li>' for s in SEVERITIES
        )
        script = page_asset("report.js")
        lang = "ja" if self.drafts and self.all_ja else "en"
        n = self.drafts
        return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="{_e(csp(script))}">
<meta name="generator" content="outreach-lint {_e(__version__)}">
<title>outreach-lint report: {total} finding{"s" * (total != 1)} in {n} draft{"s" * (n != 1)}</title>
<style>{page_asset("style.css")}</style>
</head>
<body>
<header lang="en"><h1>outreach-lint report</h1>
<p class="meta">{total} finding{"s" * (total != 1)} in {n} draft{"s" * (n != 1)} · outreach-lint {_e(__version__)}</p>
</header>
<main>
<section class="card" lang="en" aria-label="Totals"><ul class="totals">{totals}</ul></section>
<section class="card" lang="en" aria-label="Findings per rule"><h2>Findings per rule</h2>{_chart(self.per_rule)}</section>
<section class="card" lang="en" aria-label="Filters"><h2>Filters</h2>{_filters(sorted(self.per_rule))}</section>
"""

    @staticmethod
    def tail() -> str:
        return f"""
</main>
<script>{page_asset("report.js")}</script>
</body>
</html>
"""


def render_html(results: Sequence[Result]) -> str:
    """The whole report page."""
    sections = io.StringIO()
    report = HtmlReport(sections)
    for result in results:
        report.add(result)
    return report.head() + sections.getvalue() + report.tail()
