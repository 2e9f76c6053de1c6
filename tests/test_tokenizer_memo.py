"""The tokenizers' memos (runs of text for English, MeCab's output lines for Japanese) give the
same tokens as tokenizing from scratch, in every context a run or a word can recur in."""

from __future__ import annotations

import pytest

from outreach_lint.tokenizers import get_tokenizer


def _fields(tokens):
    return [(t.text, t.start, t.end, t.lemma, t.base, t.norm, t.lnorm, t.i, t.pos, t.pos2, t.ctype, t.cform) for t in tokens]


# spaCy matches its special cases with affixes (emoticons, 'em, a.m.) over the whole text, even
# across a space, and such a match stops another one from applying: "'' ''" is not "''" twice.
TRICKY_EN = [
    "Cantve'' ''whatdMayn't\nmightnt ",
    "7p.m.:-] =]Should’ve ",
    "those'll:’-) :*doesntve he’d  ",
    "See you at 5p.m. :-) or 'bout then, y'all!!",
    "Hi Dana,\n\nI'm Sam (a.k.a. \"the sync guy\") — don't worry: it's https://example.com/a?b=c.",
    "\u00a0tabs\tand\u3000ideographic spaces\x1cseparators",
]


@pytest.mark.parametrize("text", TRICKY_EN)
def test_english_runs_memo_matches_spacy_on_the_whole_text(text):
    tokenizer = get_tokenizer("en")
    whole: list = []
    tokenizer._spacy_tokens_whole(text, 0, whole)
    for _ in range(2):  # the second time from the memo
        assert _fields(tokenizer.tokens(text)) == _fields(whole)


def test_english_memo_starts_again_when_full(monkeypatch):
    from outreach_lint.tokenizers import english

    monkeypatch.setattr(english, "_PIECES", 3)
    tokenizer = english.EnglishTokenizer()
    text = "one two three four five six, seven."
    first = _fields(tokenizer.tokens(text))
    assert len(tokenizer._pieces) <= 3
    assert _fields(tokenizer.tokens(text)) == first


def test_japanese_lines_memo_gives_the_same_tokens():
    tokenizer = get_tokenizer("ja")
    texts = ["山田様\nはじめまして、弊社の田中と申します。", "田中と申します\0。!!!", "ご確認ください。ご確認ください。"]
    first = [_fields(tokenizer.tokens(t)) for t in texts]
    tokenizer._lines.clear()
    assert [_fields(tokenizer.tokens(t)) for t in reversed(texts)] == list(reversed(first))
    assert "\ufffd" not in "".join(t.text for t in tokenizer.tokens(texts[1]))
