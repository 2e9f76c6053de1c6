"""The speed-ups that remember answers across drafts give exactly the answers they replace."""

from __future__ import annotations

from outreach_lint import Linter
from outreach_lint.analysis import acts, phrases
from outreach_lint.analysis.acts import load_model, sentence_features

DRAFTS = {
    "en": [
        "Hi Dana,\n\nI'm Sam, a data scientist at Tidepool. Your talk at PyCon on feature flags helped us!\n\nWould you be open to a call? Best,\nSam",
        "Hello Priya, let's connect! Sign up before the 30th!! Only 3 spots left, so reply today.",
        "Hi Dana,\n\nI'm Sam, a data scientist at Tidepool. I'd love to hear whether you ran into the same problem.\n\nBest,\nSam",
    ],
    "ja": [
        "山田様\nはじめまして、Tidepoolの佐藤と申します。先日のご講演を拝見し、ご連絡いたしました。\nよろしくお願いいたします。",
        "鈴木さん\n今週中にお時間をください！！必ずご返信ください。\nよろしくお願いいたします。",
        "山田様\n突然のご連絡失礼いたします。○○の佐藤と申します。\nよろしくお願いいたします。",
    ],
}


def test_remembered_sentence_scores_are_the_computed_ones():
    linter = Linter()
    for lang, drafts in DRAFTS.items():
        model = load_model(lang)
        for _ in range(2):  # the second round is answered from the memo
            for text in drafts:
                doc = linter.lint(text, lang=lang).document
                for s in doc.sentences:
                    tokens = doc.tokens[s.first : s.last]
                    assert model.sentence_scores(tokens, lang) == model.score(sentence_features(tokens, lang))
        assert model._memo


def test_findings_do_not_depend_on_the_memos(monkeypatch):
    texts = [(lang, t) for lang, drafts in DRAFTS.items() for t in drafts]
    warm = Linter()
    for lang, text in texts:
        warm.lint(text, lang=lang)
    remembered = [warm.lint(text, lang=lang).findings for lang, text in texts]
    monkeypatch.setattr(acts, "MEMO", 0)
    monkeypatch.setattr(phrases, "LOOKED", 0)
    for lang in DRAFTS:
        load_model(lang)._memo.clear()
    for rule in warm.rules:
        for value in vars(type(rule)).values():
            if isinstance(value, phrases.PhraseList):
                for index in value._compiled.values():
                    index._looked.clear()
    assert [warm.lint(text, lang=lang).findings for lang, text in texts] == remembered


def test_sentences_whose_fields_would_join_alike_are_told_apart():
    """The memo's key keeps each token's fields apart: one token "you\0you" and two tokens "you"
    would make the same string joined with NULs, but are different sentences with different scores."""
    from outreach_lint.core.document import Token

    model = load_model("en")
    model._memo.clear()
    one, two = [Token("you\0you", 0)], [Token("you", 0), Token("you", 4)]
    for _ in range(2):  # the second round is answered from the memo
        for sentence in (one, two):
            assert model.sentence_scores(sentence, "en") == model.score(sentence_features(sentence, "en"))
    assert model.sentence_scores(one, "en") != model.sentence_scores(two, "en")
