"""The ``sarif`` format: a SARIF 2.1.0 log for code scanning, with rule metadata and safe fixes."""

from __future__ import annotations

import json
from pathlib import Path, PurePath
from typing import Any, Sequence
from urllib.parse import quote

from ..core import __version__
from ..core.finding import Finding, Severity
from ..core.rule import Rule
from ..engine import Result, line_starts
from .common import end_position

__all__ = ["SarifLog", "sarif", "render_sarif"]


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


class SarifLog:
    """A SARIF log built one result at a time: :meth:`items` turns a result's findings into
    SARIF results (adding a descriptor for a code no rule declares), :meth:`document` wraps them."""

    def __init__(self, rules: Sequence[type[Rule]]) -> None:
        self.descriptors: list[dict[str, Any]] = []
        self.index: dict[str, int] = {}
        for rule in sorted({r.code: r for r in rules}.values(), key=lambda r: r.code):
            self.index[rule.code] = len(self.descriptors)
            self.descriptors.append(_descriptor(rule))

    def items(self, result: Result) -> list[dict[str, Any]]:
        out = []
        starts = line_starts(result.text)
        uri = _uri(result.path)
        for f in result.findings:
            if f.code not in self.index:
                name, text = _BUILTIN_NOTICES.get(f.code, (f.rule, f.rule))
                self.index[f.code] = len(self.descriptors)
                self.descriptors.append(
                    {
                        "id": f.code,
                        "name": name,
                        "shortDescription": {"text": text},
                        "help": {"text": text},
                        "defaultConfiguration": {"level": _SARIF_LEVEL[f.severity]},
                    }
                )
            out.append(_item(result, f, starts, uri, self.index[f.code]))
        return out

    def document(self, results: Any) -> dict[str, Any]:
        return {
            "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
            "version": "2.1.0",
            "runs": [
                {
                    "tool": {
                        "driver": {
                            "name": "outreach-lint", "version": __version__, "semanticVersion": __version__, "rules": self.descriptors,
                        }
                    },
                    "columnKind": "unicodeCodePoints",
                    "results": results,
                }
            ],
        }


def _item(result: Result, f: Finding, starts: list[int], uri: str, rule_index: int) -> dict[str, Any]:
    end_line, end_column = end_position(result, f, starts)
    text = f.message + (f"\nsuggestion: {f.suggestion}" if f.suggestion else "")
    item: dict[str, Any] = {
        "ruleId": f.code,
        "ruleIndex": rule_index,
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
    return item


def sarif(results: Sequence[Result], rules: Sequence[type[Rule]]) -> dict[str, Any]:
    """A SARIF 2.1.0 log: one run, rule metadata (with help) for code-scanning, one result per finding."""
    log = SarifLog(rules)
    items = [item for result in results for item in log.items(result)]
    return log.document(items)


def render_sarif(results: Sequence[Result], rules: Sequence[type[Rule]]) -> str:
    return json.dumps(sarif(results, rules), ensure_ascii=False, indent=2) + "\n"
