"""Every rule holds precision >= 0.95 and recall >= 0.9 on the labeled corpora, and has them."""

from __future__ import annotations

import pytest

from outreach_lint import ANY_LANGUAGE, Linter
from outreach_lint.evaluate import evaluate, load_corpus

from .conftest import CORPORA

MIN_PRECISION = 0.95
MIN_RECALL = 0.9
RULES = [r for r in Linter().rules]


@pytest.fixture(scope="module")
def evaluation():
    return evaluate(CORPORA)


@pytest.mark.parametrize("rule", [r.name for r in RULES])
def test_rule_meets_precision_and_recall(evaluation, rule):
    score = evaluation.scores[rule]
    detail = "\n".join(["false alarms:", *score.false_alarms, "misses:", *score.misses])
    assert score.precision >= MIN_PRECISION, f"{rule} precision {score.precision:.3f}\n{detail}"
    assert score.recall >= MIN_RECALL, f"{rule} recall {score.recall:.3f}\n{detail}"


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.name)
def test_rule_has_labeled_drafts_in_each_language(rule):
    """At least 15 drafts that must fire and 15 that must stay silent, per supported language."""
    folder = CORPORA / rule.name
    for lang in sorted(l for l in rule.languages if l != ANY_LANGUAGE):
        fire = list((folder / lang).glob("fire-*.md")) + list((folder / lang).glob("batch*/fire-*.md"))
        silent = list((folder / lang).glob("silent-*.md")) + list((folder / lang).glob("batch*/silent-*.md"))
        assert len(fire) >= 15, f"{rule.name}/{lang}: {len(fire)} firing drafts"
        assert len(silent) >= 15, f"{rule.name}/{lang}: {len(silent)} silent drafts"


def test_every_corpus_draft_is_labeled():
    unlabeled = [str(d.path) for batch in load_corpus(CORPORA) for d in batch if d.expect is None]
    assert not unlabeled
