"""The document every rule reads: the draft tokenized once.

A :class:`Document` holds the original text, its language, and the tokens with
exact character offsets into that text (``text[token.start:token.end] ==
token.text`` always holds), each with a lemma, a part of speech, a normalised
form for matching and, for Japanese, UniDic's conjugation type and form.
Sentences are spans of token indices. Rules never tokenize again.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from functools import cached_property
from typing import Iterator

__all__ = ["Token", "Sentence", "Document", "normalize"]


_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2032": "'"})


def normalize(text: str) -> str:
    """The form used for matching: NFKC (full/half width folded), case-folded, curly quotes straightened."""
    return unicodedata.normalize("NFKC", text).casefold().translate(_QUOTES)


class Token:
    """One token with its character span in the original text.

    ``pos`` is the coarse part of speech (UniDic ``pos1`` such as ``動詞`` for
    Japanese; for English the Universal POS tag when a trained spaCy pipeline is
    installed, otherwise ``""``). ``pos2`` is UniDic's second level (``固有名詞``).
    ``ctype``/``cform`` are UniDic's conjugation type and form (``助動詞-マス``,
    ``終止形-一般``), empty for English. ``lemma`` is UniDic's lemma (``致す``) or the
    English lemma (``look`` for ``looking``); ``base`` is the dictionary form as
    written (UniDic ``orthBase``; the lemma for English).
    """

    __slots__ = ("text", "start", "end", "lemma", "base", "pos", "pos2", "ctype", "cform", "norm", "lnorm", "i")

    def __init__(
        self,
        text: str,
        start: int,
        lemma: str = "",
        pos: str = "",
        pos2: str = "",
        ctype: str = "",
        cform: str = "",
        base: str = "",
        i: int = 0,
        norm: str | None = None,
        lnorm: str | None = None,
    ) -> None:
        self.text = text
        self.start = start
        self.end = start + len(text)
        self.lemma = lemma or text
        self.base = base or self.lemma
        self.pos = pos
        self.pos2 = pos2
        self.ctype = ctype
        self.cform = cform
        self.norm = normalize(text) if norm is None else norm
        if lnorm is None:
            lnorm = self.norm if lemma in ("", text) else normalize(self.lemma)
        self.lnorm = lnorm
        self.i = i

    @property
    def is_punct(self) -> bool:
        return self.pos in ("補助記号", "PUNCT") or (not self.pos and not any(c.isalnum() for c in self.text))

    def __repr__(self) -> str:
        return f"Token({self.text!r}, {self.start}, lemma={self.lemma!r}, pos={self.pos!r})"


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence: tokens ``[first, last)`` of the document and its character span."""

    first: int
    last: int
    start: int
    end: int


@dataclass(eq=False)
class Document:
    """A draft, tokenized once, in one language (``"ja"``, ``"en"`` or ``"und"``)."""

    text: str
    lang: str
    tokens: list[Token] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    # Set when the body sits inside a larger file (front matter before it): offsets
    # stay relative to ``text``; the engine adds this to report positions in the file.
    offset: int = 0

    def sentence_tokens(self, sentence: Sentence) -> list[Token]:
        return self.tokens[sentence.first : sentence.last]

    def sentence_text(self, sentence: Sentence) -> str:
        return self.text[sentence.start : sentence.end]

    def iter_sentences(self) -> Iterator[tuple[Sentence, list[Token]]]:
        for sentence in self.sentences:
            yield sentence, self.tokens[sentence.first : sentence.last]

    @cached_property
    def norm_text(self) -> str:
        """NFKC + case-folded text. Not offset-aligned: use for cheap prefilters only."""
        return normalize(self.text)

    @cached_property
    def word_count(self) -> int:
        """Words as a reader counts them: tokens with a letter or digit (English)."""
        return sum(1 for t in self.tokens if any(c.isalnum() for c in t.text) and t.text[:1] != "'")

    @cached_property
    def char_count(self) -> int:
        """Characters as a platform counts them: code points, whitespace included."""
        return len(self.text.strip())

    @cached_property
    def sentence_index(self) -> list[int]:
        """For each token, the index of its sentence (-1 for a token outside every sentence)."""
        where = [-1] * len(self.tokens)
        for n, sentence in enumerate(self.sentences):
            where[sentence.first : sentence.last] = [n] * (sentence.last - sentence.first)
        return where

    @cached_property
    def lemmas(self) -> list[str]:
        return [t.lnorm for t in self.tokens]

    def token_at(self, offset: int) -> Token | None:
        """The token covering character ``offset``, if any (binary search)."""
        lo, hi = 0, len(self.tokens)
        while lo < hi:
            mid = (lo + hi) // 2
            tok = self.tokens[mid]
            if tok.end <= offset:
                lo = mid + 1
            elif tok.start > offset:
                hi = mid
            else:
                return tok
        return None
