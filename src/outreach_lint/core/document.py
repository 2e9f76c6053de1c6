"""The document every rule reads: the draft tokenized once.

A :class:`Document` holds the original text, its language, and the tokens with
exact character offsets into that text (``text[token.start:token.end] ==
token.text`` always holds), each with a lemma, a part of speech, a normalised
form for matching and, for Japanese, UniDic's conjugation type and form.
Sentences are spans of token indices. Rules never tokenize again.
"""

from __future__ import annotations

import functools
import unicodedata
from dataclasses import dataclass, field
from typing import Any, Callable, Hashable, Iterator, TypeVar

__all__ = ["Token", "Sentence", "Document", "normalize", "strip_gloss", "is_word", "per_draft"]


_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2032": "'"})


def normalize(text: str) -> str:
    """The form used for matching: NFKC (full/half width folded), case-folded, curly quotes straightened."""
    return unicodedata.normalize("NFKC", text).casefold().translate(_QUOTES)


def strip_gloss(key: str, lang: str = "ja") -> str:
    """UniDic lemmas of loanwords and some pronouns carry a gloss: ``データ-data``, ``私-代名詞`` are
    ``データ`` and ``私``."""
    if lang == "ja" and "-" in key[1:]:
        return key.split("-", 1)[0]
    return key


def is_word(text: str) -> bool:
    """Whether ``text`` is a word: it has a letter or a digit (the whole-word test first: most tokens are)."""
    return text.isalnum() or any(c.isalnum() for c in text)


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
        return self.pos in ("補助記号", "PUNCT") or (not self.pos and not is_word(self.text))

    def __repr__(self) -> str:
        return f"Token({self.text!r}, {self.start}, lemma={self.lemma!r}, pos={self.pos!r})"


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence: tokens ``[first, last)`` of the document and its character span."""

    first: int
    last: int
    start: int
    end: int


_T = TypeVar("_T")


@dataclass(eq=False)
class Document:
    """A draft, tokenized once, in one language (``"ja"``, ``"en"`` or ``"und"``).

    Every fact worked out from it (layout, content words, introductions, phrase matches...) is
    computed once and kept in :attr:`facts` through :meth:`fact`: the one cache for per-draft facts.
    """

    text: str
    lang: str
    tokens: list[Token] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    # Set when the body sits inside a larger file (front matter before it): offsets
    # stay relative to ``text``; the engine adds this to report positions in the file.
    offset: int = 0
    # The tokenizer that made this document: phrases and profile terms matched against it are
    # tokenized by the same pipeline (same spaCy model), so their lemmas agree with the draft's.
    analyzer: Any = field(default=None, repr=False)
    facts: dict[Any, Any] = field(default_factory=dict, repr=False)  # see :meth:`fact`

    def fact(self, compute: Callable[..., _T], *args: Hashable) -> _T:
        """``compute(self, *args)``, worked out once per document and arguments.

        The key is the function itself (with its arguments): no string names to collide.
        """
        key = (compute, args) if args else compute
        facts = self.facts
        try:
            return facts[key]
        except KeyError:
            value = facts[key] = compute(self, *args)
            return value

    def sentence_text(self, sentence: Sentence) -> str:
        return self.text[sentence.start : sentence.end]

    def iter_sentences(self) -> Iterator[tuple[Sentence, list[Token]]]:
        for sentence in self.sentences:
            yield sentence, self.tokens[sentence.first : sentence.last]

    @property
    def sentence_index(self) -> list[int]:
        """For each token, the index of its sentence (-1 for a token outside every sentence)."""
        return self.fact(_sentence_index)

    @property
    def sentence_bounds(self) -> list[tuple[int, int]]:
        """For each token, the token range ``[first, last)`` of its sentence (all tokens outside one)."""
        return self.fact(_sentence_bounds)

    @property
    def lemmas(self) -> list[str]:
        """Each token's normalised lemma (``Token.lnorm``)."""
        return self.fact(_lemmas)

    @property
    def token_starts(self) -> list[int]:
        """Each token's start offset, for bisecting a character span into token indices."""
        return self.fact(_token_starts)

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


def per_draft(compute: Callable[..., _T]) -> Callable[..., _T]:
    """Decorate ``compute(doc, *args)`` so it runs once per document and arguments (:meth:`Document.fact`)."""

    @functools.wraps(compute)
    def cached(doc: Document, *args: Hashable) -> _T:
        return doc.fact(compute, *args)

    cached.uncached = compute  # type: ignore[attr-defined]
    return cached


def _sentence_index(doc: Document) -> list[int]:
    where = [-1] * len(doc.tokens)
    for n, sentence in enumerate(doc.sentences):
        where[sentence.first : sentence.last] = [n] * (sentence.last - sentence.first)
    return where


def _sentence_bounds(doc: Document) -> list[tuple[int, int]]:
    n = len(doc.tokens)
    bounds = [(0, n)] * n
    for sentence in doc.sentences:
        first, last = sentence.first, min(sentence.last, n)
        if first < last:
            bounds[first:last] = [(sentence.first, sentence.last)] * (last - first)
    return bounds


def _lemmas(doc: Document) -> list[str]:
    return [t.lnorm for t in doc.tokens]


def _token_starts(doc: Document) -> list[int]:
    return [t.start for t in doc.tokens]
