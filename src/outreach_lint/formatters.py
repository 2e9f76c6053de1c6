"""Output formats for ``outreach-lint check``: text, concise, json, sarif, github, html; statistics.

Every format reads the same :class:`~outreach_lint.engine.Result` objects. Findings marked
``sensitive`` (a phone number, an address) are never echoed: wherever a format shows source text,
their span keeps its first characters and the rest becomes ``*``.
"""

from __future__ import annotations

import json
import unicodedata
from collections import Counter
from pathlib import Path, PurePath
from typing import Any, Iterable, Sequence
from urllib.parse import quote

from . import __version__
from .engine import Result, line_starts, position
from .rule import Finding, Rule, Severity

__all__ = ["FORMATS", "mask", "render", "statistics", "summary", "Style"]

FORMATS = ("text", "concise", "json", "sarif", "github", "html")
KEEP = 2  # characters of a sensitive span left visible
WINDOW = 100  # display columns of a source line shown around a finding


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


# -- masking -------------------------------------------------------------------------------
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


# -- helpers -------------------------------------------------------------------------------
def _width(ch: str) -> int:
    if unicodedata.combining(ch):
        return 0
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


def _display(path: str | None) -> str:
    return path or "-"


def _end_position(result: Result, finding: Finding, starts: list[int]) -> tuple[int, int]:
    return position(starts, finding.end)


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
    budget = WINDOW // 3 if sum(_width(c) for c in line) > WINDOW else len(line) * 2
    while lo > 0 and budget > 0:
        lo -= 1
        budget -= _width(line[lo])
    hi, used = lo, 0
    while hi < len(line) and used + _width(line[hi]) <= WINDOW:
        used += _width(line[hi])
        hi += 1
    shown = line[lo:hi].replace("\t", " ")
    prefix = "…" if lo > 0 else ""
    suffix = "…" if hi < len(line) else ""
    pad = _width("…") * len(prefix) + sum(_width(c) for c in line[lo:a])
    span = max(1, sum(_width(c) for c in line[a : min(b, hi)])) if finding.end > finding.start else 1
    number = str(line_no)
    gutter = " " * len(number)
    return [
        f"  {style.dim(number + ' |')} {prefix}{shown}{suffix}",
        f"  {style.dim(gutter + ' |')} {' ' * pad}{style.severity(finding.severity, '^' * span)}",
    ]


def _head(result: Result, f: Finding, style: Style, fixable_mark: bool) -> str:
    mark = " [*]" if fixable_mark and f.fix is not None and f.fix.safe else ""
    return (
        f"{style.bold(_display(result.path))}:{f.line}:{f.column}: "
        f"{style.severity(f.severity, f.code)}{mark} {f.rule}: {f.message}"
    )


# -- formats -------------------------------------------------------------------------------
def render(fmt: str, results: Sequence[Result], style: Style, rules: Sequence[type[Rule]] = ()) -> str:
    if fmt == "json":
        return json.dumps(json_rows(results), ensure_ascii=False, indent=2) + "\n"
    if fmt == "sarif":
        return json.dumps(sarif(results, rules), ensure_ascii=False, indent=2) + "\n"
    if fmt == "html":  # one self-contained page: html_report.py
        from .html_report import render_html

        return render_html(results)
    if fmt == "github":
        return "".join(github_line(r, f) + "\n" for r in results for f in r.findings)
    out = []
    for result in results:
        if not result.findings:
            continue
        if fmt == "concise":
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


def json_rows(results: Sequence[Result]) -> list[dict[str, Any]]:
    rows = []
    for result in results:
        starts = line_starts(result.text)
        for f in result.findings:
            row: dict[str, Any] = {"path": _display(result.path)}
            row.update(f.to_dict())
            end_line, end_column = _end_position(result, f, starts)
            row["end_line"], row["end_column"] = end_line, end_column
            row["fixable"] = f.fix is not None and f.fix.safe
            if f.sensitive:
                row["fix"] = None
            rows.append(row)
    return rows


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


_GITHUB_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def github_line(result: Result, f: Finding) -> str:
    """A GitHub Actions workflow command: shown as an annotation on the file's line."""
    end_line, end_column = _end_position(result, f, line_starts(result.text))
    props = [
        f"file={_escape_property(_display(result.path))}",
        f"line={f.line}",
        f"col={f.column}",
        f"endLine={end_line}",
        f"endColumn={end_column}" if end_line == f.line else None,
        f"title={_escape_property(f'outreach-lint ({f.code} {f.rule})')}",
    ]
    message = f.message + (f"\nsuggestion: {f.suggestion}" if f.suggestion else "")
    return f"::{_GITHUB_LEVEL[f.severity]} {','.join(p for p in props if p)}::{_escape_data(message)}"


_SARIF_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
_BUILTIN_NOTICES = {
    "OL000": ("unsupported-language", "The draft is neither Japanese nor English; only language-independent rules ran."),
    "OL001": ("unused-suppression", "A suppression comment or front-matter ignore that suppresses nothing."),
}


def _uri(path: str | None) -> str:
    if not path or path == "-":
        return "stdin"
    p = PurePath(path)
    if p.is_absolute():
        return Path(path).as_uri()
    return quote(p.as_posix())


def _doc_summary(doc: str) -> tuple[str, str]:
    """(first line, the 'What it does' section) of a rule's documentation."""
    first = doc.strip().splitlines()[0].strip() if doc.strip() else ""
    what = ""
    if "## What it does" in doc:
        what = doc.split("## What it does", 1)[1].split("\n## ", 1)[0].strip()
    return first, what or first


def _descriptor(rule: type[Rule]) -> dict[str, Any]:
    doc = rule.documentation()
    first, what = _doc_summary(doc)
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": first or rule.name},
        "fullDescription": {"text": what or rule.name},
        "help": {"text": doc or rule.name, "markdown": doc or rule.name},
        "defaultConfiguration": {"level": _SARIF_LEVEL[rule.severity]},
        "properties": {"tags": ["outreach"], "advice": rule.advice, "fixable": rule.fixable},
    }


def sarif(results: Sequence[Result], rules: Sequence[type[Rule]]) -> dict[str, Any]:
    """A SARIF 2.1.0 log: one run, rule metadata (with help) for code-scanning, one result per finding."""
    descriptors: list[dict[str, Any]] = []
    index: dict[str, int] = {}
    for rule in sorted({r.code: r for r in rules}.values(), key=lambda r: r.code):
        index[rule.code] = len(descriptors)
        descriptors.append(_descriptor(rule))
    sarif_results = []
    for result in results:
        starts = line_starts(result.text)
        uri = _uri(result.path)
        for f in result.findings:
            if f.code not in index:
                name, text = _BUILTIN_NOTICES.get(f.code, (f.rule, f.rule))
                index[f.code] = len(descriptors)
                descriptors.append(
                    {
                        "id": f.code,
                        "name": name,
                        "shortDescription": {"text": text},
                        "help": {"text": text},
                        "defaultConfiguration": {"level": _SARIF_LEVEL[f.severity]},
                    }
                )
            end_line, end_column = _end_position(result, f, starts)
            text = f.message + (f"\nsuggestion: {f.suggestion}" if f.suggestion else "")
            item: dict[str, Any] = {
                "ruleId": f.code,
                "ruleIndex": index[f.code],
                "level": _SARIF_LEVEL[f.severity],
                "message": {"text": text},
                "locations": [
                    {
                        "physicalLocation": {
                            "artifactLocation": {"uri": uri},
                            "region": {
                                "startLine": max(f.line, 1),
                                "startColumn": max(f.column, 1),
                                "endLine": max(end_line, 1),
                                "endColumn": max(end_column, 1),
                                "charOffset": f.start,
                                "charLength": f.end - f.start,
                            },
                        }
                    }
                ],
                "properties": {"rule": f.rule},
            }
            if f.fix is not None and f.fix.safe and not f.sensitive:
                item["fixes"] = [
                    {
                        "description": {"text": f.suggestion or f"{f.rule}: safe fix"},
                        "artifactChanges": [
                            {
                                "artifactLocation": {"uri": uri},
                                "replacements": [
                                    {
                                        "deletedRegion": {"charOffset": f.fix.start, "charLength": f.fix.end - f.fix.start},
                                        "insertedContent": {"text": f.fix.replacement},
                                    }
                                ],
                            }
                        ],
                    }
                ]
            sarif_results.append(item)
    return {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [
            {
                "tool": {"driver": {"name": "outreach-lint", "version": __version__, "semanticVersion": __version__, "rules": descriptors}},
                "columnKind": "unicodeCodePoints",
                "results": sarif_results,
            }
        ],
    }


# -- summaries -----------------------------------------------------------------------------
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
