"""What counts as a word, a content word and a word's lemma key: one definition each.

- :func:`is_word`: a token with a letter or a digit ("2026", "ACME", 田中), not punctuation;
- :func:`counts_as_word`: a word as a reader counts it (the ``'d`` of "I'd" belongs to "I");
- :func:`is_content`: a word that carries meaning: not a particle, auxiliary, pronoun or stop word;
- :func:`content_tokens`: the content words of a span, in text order;
- :func:`lemma_key`: the lemma matched on, UniDic's gloss stripped (``データ-data`` → ``データ``).
"""

from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache
from itertools import islice
from typing import Iterator

from ..core.document import Document, Token, is_word, per_draft, strip_gloss
from .phrases import analyzer_of

__all__ = [
    "ADDRESSING", "JA_CONTENT_POS", "JA_NAME_HONORIFICS", "is_word", "counts_as_word", "word_flags", "is_content", "content_tokens", "lemma_key",
    "strip_gloss", "en_stop_words", "known_surname_ja", "ja_clause_end", "LEARNED_EN",
]

JA_CONTENT_POS = frozenset({"名詞", "動詞", "形容詞", "形状詞", "副詞"})
#: English verbs of having learned of something, in the past: "I read about…", "we noticed…", "I saw…".
LEARNED_EN = frozenset({"read", "saw", "heard", "noticed", "learned", "learnt", "spotted"})
#: Words that speak to or of the reader: you, 様, 御社, あなた.
ADDRESSING = frozenset({"you", "your", "yours", "様", "さん", "先生", "御社", "貴社", "貴殿", "あなた"})
#: What follows a Japanese person's name: 山田様, 小林さん, 田中先生, 健太くん.
JA_NAME_HONORIFICS = frozenset({"様", "さま", "さん", "殿", "先生", "氏", "くん", "君", "ちゃん"})
_CONTRACTION_TAILS = ("n't", "n’t")


def counts_as_word(text: str) -> bool:
    """A word as a reader counts it: contractions split off by the tokenizer ("'d", "n't") are
    part of the word before them."""
    if text[:1] in ("'", "’"):
        return False
    return is_word(text) and text.lower() not in _CONTRACTION_TAILS


@per_draft
def word_flags(doc: Document) -> list[bool]:
    """Per token: whether a reader counts it as a word."""
    return [counts_as_word(t.text) for t in doc.tokens]


def lemma_key(tok: Token, lang: str) -> str:
    """The lemma used for matching: the normalised lemma without its UniDic gloss."""
    return strip_gloss(tok.lnorm, lang)  # lnorm is normalize(tok.lemma), computed once by the tokenizer


_EN_STOP: frozenset[str] | None = None


def en_stop_words() -> frozenset[str]:
    """spaCy's English stop words and the contraction pieces and greetings that say nothing."""
    global _EN_STOP
    if _EN_STOP is None:
        from spacy.lang.en.stop_words import STOP_WORDS

        _EN_STOP = frozenset(STOP_WORDS) | {"'s", "'m", "'re", "'ve", "'d", "'ll", "n't", "hi", "hello", "hey", "dear"}
    return _EN_STOP


def is_content(tok: Token, lang: str) -> bool:
    """A word that carries meaning: not a particle, auxiliary, pronoun, punctuation or stop word."""
    if lang == "ja":
        return tok.pos in JA_CONTENT_POS and tok.pos2 != "非自立可能"
    if not is_word(tok.text):
        return False
    stop = en_stop_words()
    return tok.norm not in stop and tok.lnorm not in stop


def content_tokens(doc: Document, start: int, end: int) -> Iterator[Token]:
    """The tokens of ``[start, end)`` that :func:`is_content` keeps, in text order: read from the
    first token at ``start`` (found by bisection) to the first past ``end``, the English stop
    words fetched once rather than per token."""
    lang = doc.lang
    first = bisect_left(doc.token_starts, start)
    if lang == "en":
        stop = en_stop_words()
        for t in islice(doc.tokens, first, None):
            if t.end > end:
                return
            if t.norm not in stop and t.lnorm not in stop and is_word(t.text):
                yield t
        return
    for t in islice(doc.tokens, first, None):
        if t.end > end:
            return
        if is_content(t, lang):
            yield t


def known_surname_ja(doc: Document, word: str) -> bool:
    """Whether UniDic knows ``word`` as a name: put before さん, MeCab tags it a proper noun.

    A common noun beside です is a surname only if people bear it: 森, 林, 小池 and 大橋 are tagged
    common nouns before です but names before さん (「森さん」); 距離, 問題 and 様子 stay common nouns
    (「歩いて5分ほどの距離です」 names nobody)."""
    return _known_surname(analyzer_of(doc), word)


@lru_cache(maxsize=4096)
def _known_surname(analyzer: object, word: str) -> bool:
    tokens = analyzer.tokens(word + "さん")  # type: ignore[attr-defined]
    return len(tokens) >= 2 and tokens[0].text == word and tokens[0].pos2 == "固有名詞"


#: Particles that join a Japanese clause to the next: reason or contrast (ので, から, けど, が) and listing (し).
JA_CLAUSE_JOIN = frozenset({"ので", "から", "けれど", "けど", "が", "し"})


def joins_clause_ja(t: Token) -> bool:
    """Whether ``t`` is a particle joining its clause to the next (:data:`JA_CLAUSE_JOIN`, as a
    conjunctive particle): not the case particles が and から (「ご返答が必要な」「東京から」)."""
    return t.pos == "助詞" and t.pos2 == "接続助詞" and t.lemma in JA_CLAUSE_JOIN


def ja_clause_end(tokens: list[Token], i: int, last: int) -> int:
    """Where the Japanese clause holding token ``i`` ends: after a particle that joins it to the next
    (:func:`joins_clause_ja`) from ``i`` on, or at ``last``, the end of its sentence."""
    for j in range(i, last):
        t = tokens[j]
        if joins_clause_ja(t):
            return j + 1
        if t.norm == "の" and j + 1 < last and tokens[j + 1].norm == "で":
            return j + 2  # ので, as UniDic splits it
    return last


def ja_clause_start(tokens: list[Token], first: int, i: int) -> int:
    """Where the Japanese clause holding token ``i`` starts, ``first`` being its sentence's first token:
    after the last particle before it that joins a clause to the next (:func:`joins_clause_ja`). A comma
    alone does not end a condition (もしよろしければ、…)."""
    for k in range(i - 1, first - 1, -1):
        t = tokens[k]
        if joins_clause_ja(t):
            return k + 1
        if t.text == "で" and t.lemma == "だ" and k > first and tokens[k - 1].text in ("の", "ん"):
            return k + 1  # 伝わらないので, casual 伝わらないんで: UniDic cuts ので into の and で
    return first
