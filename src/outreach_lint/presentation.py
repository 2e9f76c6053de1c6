"""What the editor, the HTML report and the local page share: a rule's docs page and explanation.

Used by :mod:`outreach_lint.lsp`, :mod:`outreach_lint.formatters.html` and :mod:`outreach_lint.webapp`,
so a rule reads the same wherever a finding is shown. It is also the one place those three reach
past the package's public API (configuration discovery, the JSON rows, masking): if the internals
move, only the imports below change.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from .config.files import Resolver
from .core.rule import Rule
from .formatters import json_rows, mask
from .registry import discover_rules, validate

__all__ = ["docs_url", "explanation", "rule_classes", "SUPPRESS_NEXT_LINE", "Resolver", "validate", "json_rows", "mask"]

# The rule reference as published with the source; used when the docs are not beside the package.
DOCS_BASE = "https://example.invalid/outreach-lint/blob/main/docs/rules/"
_LOCAL_DOCS = Path(__file__).resolve().parent.parent.parent / "docs" / "rules"
# The inline comment that silences one rule on the next line (see suppressions.py).
SUPPRESS_NEXT_LINE = "<!-- outreach-lint-disable-next-line {rule} -->"

_SECTIONS = {
    "en": ("## What it does", "## Why is this bad?"),
    "ja": ("## 何をするか", "## なぜ問題か"),
}


def docs_url(rule_name: str) -> str:
    """The rule's page in ``docs/rules/``: the local file in a source checkout, else the published one."""
    local = _LOCAL_DOCS / f"{rule_name}.md"
    if local.is_file():
        return local.as_uri()
    return f"{DOCS_BASE}{rule_name}.md"


@lru_cache(maxsize=1)
def rule_classes() -> dict[str, type[Rule]]:
    """Every installed rule by code and by name."""
    available, _ = discover_rules()
    table: dict[str, type[Rule]] = {}
    for lr in available:
        table[lr.rule.code] = lr.rule
        table[lr.rule.name] = lr.rule
    return table


def _section(doc: str, heading: str) -> str:
    if heading not in doc:
        return ""
    return doc.split(heading, 1)[1].split("\n## ", 1)[0].strip()


def explanation(rule: str, locale: str = "en") -> str:
    """The rule's *What it does* and *Why is this bad?* sections (Markdown), in ``locale`` when it has them."""
    cls = rule_classes().get(rule)
    if cls is None:
        return ""
    locale = locale if locale in _SECTIONS else "en"
    doc = cls.documentation(locale)
    parts = [_section(doc, heading) for heading in _SECTIONS[locale]]
    if not any(parts) and locale != "en":
        doc = cls.documentation("en")
        parts = [_section(doc, heading) for heading in _SECTIONS["en"]]
    text = "\n\n".join(p for p in parts if p)
    return text or (doc.strip().splitlines()[0] if doc.strip() else "")
