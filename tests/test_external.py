"""Real published drafts (../shared/external): every rule runs on each without crashing, and every
template that still carries bracketed or ○○ slots is caught by unfilled-placeholder.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

from outreach_lint import Linter
from outreach_lint.core.platforms import PLATFORMS
from outreach_lint.draft import read_draft

EXTERNAL = Path(__file__).resolve().parents[2] / "shared" / "external"
if not EXTERNAL.is_dir():  # a git worktree one level deeper (/work/wt/<name>) shares the same folder
    EXTERNAL = Path(__file__).resolve().parents[3] / "shared" / "external"
FILES = sorted(EXTERNAL.glob("*/*.txt")) if EXTERNAL.is_dir() else []

pytestmark = pytest.mark.skipif(not FILES, reason=f"no published drafts at {EXTERNAL} (the shared folder is not checked out)")

# What a person reading the template would call a slot: "[Your Name]", "[specific topic]", "○○様".
# Single letters ([A], [N]) and the Japanese manual's bracketed button names ([追加]) are not.
SLOT = re.compile(r"\[[A-Za-z][A-Za-z /'-]{2,40}\]|[○●〇]{2}")


def _platform(path: Path) -> str | None:
    index = path.parent / "index.csv"
    if not index.exists():
        return None
    with index.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            if row.get("file") == path.name:
                name = (row.get("platform") or row.get("channel") or "").strip().lower()
                return name if name in PLATFORMS else None
    return None


@pytest.fixture(scope="module")
def results():
    linter = Linter()
    out = {}
    for path in FILES:
        draft = read_draft(path)
        out[path] = (draft, linter.lint_draft(draft, platform=_platform(path)))
    return out


def test_every_rule_runs_on_every_published_draft(results):
    crashes = [
        f"{path.relative_to(EXTERNAL)}: {f.message}"
        for path, (_, result) in results.items()
        for f in result.findings
        if "crashed" in f.message or "failed to load" in f.message
    ]
    assert not crashes, "\n".join(crashes)
    for path, (draft, result) in results.items():
        for f in result.findings:
            assert 0 <= f.start <= f.end <= len(draft.text), (path, f)


def test_every_template_with_slots_is_caught(results):
    templates = {path for path, (draft, _) in results.items() if SLOT.search(draft.text)}
    assert templates, "the published drafts should include templates with slots"
    missed = [
        str(path.relative_to(EXTERNAL))
        for path in sorted(templates)
        if not any(f.rule == "unfilled-placeholder" for f in results[path][1].findings)
    ]
    assert not missed, f"unfilled-placeholder missed slots in: {missed}"


def test_the_slots_found_are_slots(results):
    """Every unfilled-placeholder finding on the published drafts covers bracket or symbol slot text."""
    wrong = []
    for path, (draft, result) in results.items():
        for f in result.findings:
            if f.rule == "unfilled-placeholder":
                span = draft.text[f.start : f.end]
                if not re.search(r"[\[\]{}<>%|○●〇◯□■△×XＸ【】（）()＜＞［］｛｝《》〈〉〔〕]", span):
                    wrong.append(f"{path.name}: {span!r}")
    assert not wrong, wrong
