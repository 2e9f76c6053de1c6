"""Draft judgements: how people who label drafts judged drafts like this one, learned from them.

Some advice is about the draft as a whole, not about any phrase in it: a note that "could have
gone to anyone" (generic-template), an ask that "gives nothing back" (one-sided-ask). The rules
judge these with grammars and phrase lists first; what those never saw still looks, as a whole,
like the drafts the labelers judged so. This module gives each draft a probability for each of
:data:`JUDGEMENTS`, from a logistic regression per language over features of the draft:

- the acts of its body's sentences (:mod:`.acts`), as bins of their highest and mean scores
  ("some sentence reads as boilerplate at .9 or more", "on average a quarter of an ask");
- the lemmas of its body's content words (greeting and signature left out), and again, marked
  apart, those of the sentences the act model reads as an ask or a favour: what is asked (a job, a
  sponsorship, their data) weighs apart from what the draft is about. Fitted without each of
  thirty blind batches in turn (b72 to b101) and scored on it, one-sided-ask found 5 more drafts
  and raised 8 fewer false alarms than without them, generic-template 1 more;
- its length in sentences.

The features are the draft's text alone (no platform, thread or profile): the rules decide where
a judgement applies (a first contact, a draft with an ask) and from which probability it is a
finding. Weights ship inside the package (``data/drafts-<lang>.bin.gz``, the act model's file
format) and are fitted by ``python -m outreach_lint.train_drafts`` from the labeled drafts of
``corpora/``; scoring is a few dozen additions, once per draft.
"""

from __future__ import annotations

from contextlib import contextmanager
from functools import lru_cache
from importlib.resources import as_file
from typing import Iterator

from ..core.document import Document, per_draft
from .acts import ACTS, ActModel, document_acts, model_path
from .layout import body_span
from .words import content_tokens, lemma_key

__all__ = ["JUDGEMENTS", "FORM_LETTER_SURE", "draft_features", "draft_judgements", "load_draft_model", "sure_form_letter", "unjudged"]

#: What the draft model judges, in the column order of its weights, with the rule whose labels it learns.
JUDGEMENTS: dict[str, str] = {
    "form_letter": "generic-template",  # written for anyone: nothing in it for this reader
    "one_sided_ask": "one-sided-ask",  # asks for something and gives nothing back
}
#: From this probability the draft model's judgement that a draft is a form letter is sure enough to
#: outweigh weak signs against it: a weak reference (:mod:`.references`), a business greeting taken
#: for work together (:mod:`.introductions`). On eleven blind batches it was not fitted on (b49 to
#: b59), every draft it judged so, where such a sign alone had stood against it, was labeled a form letter.
FORM_LETTER_SURE = 0.9
_MAX_BINS = (0.5, 0.9, 0.99)
_MEAN_BINS = (0.25, 0.5)
#: From this probability of ``ask`` or ``favour`` a sentence's words are also features of what is asked.
_ASKED = 0.5


def draft_features(doc: Document) -> list[str]:
    """The features of a whole draft (see the module's description)."""
    start, end = body_span(doc)
    acts = document_acts(doc)
    rows = [acts.scores[n] for n, s in enumerate(doc.sentences) if s.start < end and s.end > start]
    feats = [f"nsent:{min(len(rows) // 3, 4)}"]
    if rows:
        count = len(rows)
        for act, column in zip(ACTS, zip(*rows)):
            top, mean = max(column), sum(column) / count
            feats.extend(f"max:{act}>={b}" for b in _MAX_BINS if top >= b)
            feats.extend(f"mean:{act}>={b}" for b in _MEAN_BINS if mean >= b)
    lang = doc.lang
    words = list(content_tokens(doc, start, end))
    feats.extend(sorted({"w:" + lemma_key(t, lang) for t in words}))
    # what is asked: the words of the sentences read as an ask or a favour ("aw:job", "aw:データ")
    asked = {n for n, s in enumerate(doc.sentences) if acts.of(n, "ask") >= _ASKED or acts.of(n, "favour") >= _ASKED}
    if asked:
        where = doc.sentence_index
        feats.extend(sorted({"aw:" + lemma_key(t, lang) for t in words if where[t.i] in asked}))
    return feats


@lru_cache(maxsize=None)
def load_draft_model(lang: str) -> ActModel | None:
    """The draft model for ``lang`` (one's own first, as for the act model), or None without one."""
    path = model_path(lang, "drafts")
    if not path.is_file():
        return None
    with as_file(path) as real:
        return ActModel.load(real, tuple(JUDGEMENTS))


_UNJUDGED = [False]


@contextmanager
def unjudged() -> Iterator[None]:
    """Within it, documents analysed get no judgements (all zero): what the draft model's training reads
    (which drafts are first contacts) must not depend on the model it fits."""
    _UNJUDGED[0] = True
    try:
        yield
    finally:
        _UNJUDGED[0] = False


@per_draft
def draft_judgements(doc: Document) -> dict[str, float]:
    """The probability of each of :data:`JUDGEMENTS` for ``doc`` (all zero without a model)."""
    model = None if _UNJUDGED[0] else load_draft_model(doc.lang)
    if model is None:
        return dict.fromkeys(JUDGEMENTS, 0.0)
    return dict(zip(JUDGEMENTS, model.score(draft_features(doc))))


def sure_form_letter(doc: Document) -> bool:
    """Whether the draft model judges ``doc`` a form letter at :data:`FORM_LETTER_SURE` or more."""
    return draft_judgements(doc)["form_letter"] >= FORM_LETTER_SURE
