"""The layout's invariants, enforced: layers and rule independence (import-linter contracts in
pyproject.toml), one cache for per-draft facts, one definition of a word, short functions where
the plumbing is."""

from __future__ import annotations

import ast
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "src" / "outreach_lint"
SOURCES = sorted(PACKAGE.rglob("*.py"))


def _text(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def test_import_contracts_hold():
    """`lint-imports`: layers, no rule importing a rule, analysis below rules, no cycles."""
    pytest.importorskip("importlinter")
    done = subprocess.run(
        [sys.executable, "-c", "import sys; from importlinter.cli import lint_imports; sys.exit(lint_imports())"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env=dict(os.environ, PYTHONPATH=str(ROOT / "src")),
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "0 broken" in done.stdout


def test_the_contracts_cover_what_the_layout_promises():
    import tomllib

    contracts = tomllib.loads(_text(ROOT / "pyproject.toml"))["tool"]["importlinter"]["contracts"]
    kinds = {c["id"]: c["type"] for c in contracts}
    assert kinds == {
        "layers": "layers",
        "rules-independent": "independence",
        "rules-read-core-and-analysis": "forbidden",
        "analysis-below-rules": "forbidden",
        "acyclic": "acyclic_siblings",
    }


def test_no_string_keyed_caches_on_documents():
    """Per-draft facts go through Document.fact (or @per_draft): nothing stashed in ``__dict__``."""
    offenders = [
        f"{p.relative_to(PACKAGE)}:{n}"
        for p in SOURCES
        for n, line in enumerate(_text(p).splitlines(), 1)
        if re.search(r"\bdoc\w*\.__dict__|setdefault\(\"_", line)
    ]
    assert offenders == []


@pytest.mark.parametrize(
    "pattern, home",
    [
        (r"isalnum\(\) for c in", "core/document.py"),  # is_word
        (r"\[t\.start for t in (?:doc|d)\.tokens\]", "core/document.py"),  # token_starts
        (r"split\(\"-\", 1\)", "core/document.py"),  # the UniDic gloss: strip_gloss
        (r"get_tokenizer\(", "analysis/phrases.py"),  # phrases and profile terms: the draft's pipeline
    ],
)
def test_one_definition(pattern, home):
    found = {str(p.relative_to(PACKAGE)) for p in SOURCES if re.search(pattern, _text(p))}
    found -= {"engine.py", "tokenizers/__init__.py", "cli/__init__.py"} if "tokenizer" in pattern else set()
    assert found == {home}


def _long_functions(path: Path, limit: int) -> list[str]:
    tree = ast.parse(_text(path))
    out = []
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            length = node.end_lineno - node.lineno + 1  # type: ignore[operator]
            if length > limit:
                out.append(f"{path.relative_to(PACKAGE)}:{node.lineno} {node.name} ({length} lines)")
    return out


def test_plumbing_functions_are_short():
    """engine, registry, config and cli: no function longer than about 50 lines."""
    paths = [PACKAGE / "engine.py", PACKAGE / "registry.py", *sorted((PACKAGE / "config").glob("*.py")), *sorted((PACKAGE / "cli").glob("*.py"))]
    assert [f for p in paths for f in _long_functions(p, 52)] == []


def test_every_rule_module_is_one_rule_reading_core_and_analysis():
    for path in sorted((PACKAGE / "rules").glob("*.py")):
        if path.name == "__init__.py":
            continue
        tree = ast.parse(_text(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.level:
                assert (node.module or "").split(".")[0] in ("core", "analysis"), f"{path.name} imports {node.module}"
