"""Reusable check kinds: the matching logic rules share, so a rule module is mostly data.

- :class:`PhraseList`: phrases per language and group, matched on lemmas or normalised forms, so
  inflections, case, full/half width and spacing variants match ("looked" finds "look at",
  頂きました finds いただく).
- :func:`find_pattern`: a ``regex`` search with a timeout, for the few checks a pattern says best.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from importlib.resources import files
from typing import Iterable, Iterator, Mapping, Sequence

import regex

from .document import Document, Token, normalize

__all__ = ["PhraseList", "PhraseMatch", "find_pattern", "load_data"]

SKIP = "..."  # in a phrase: up to MAX_SKIP tokens of anything
ANY = "*"  # in a phrase: exactly one token of anything
MAX_SKIP = 4
PATTERN_TIMEOUT = 1.0  # seconds, per search


def load_data(name: str) -> dict:
    """A TOML data file shipped in ``outreach_lint/rules/data/``."""
    text = (files("outreach_lint.rules") / "data" / name).read_text(encoding="utf-8")
    return tomllib.loads(text)


@dataclass(frozen=True, slots=True)
class PhraseMatch:
    start: int  # character offsets into the document's text
    end: int
    first: int  # token indices [first, last)
    last: int
    group: str
    phrase: str


# A compiled pattern element: a set of acceptable keys, or a wildcard marker.
_Element = frozenset[str] | str


class PhraseList:
    """Phrases per language, each in a named group, matched token by token.

    A phrase token matches a draft token when their lemmas or their normalised surfaces agree.
    ``*`` stands for any one token and ``...`` for up to four. Phrases are tokenized with the same
    analyzer as drafts, lazily, the first time a draft in that language is checked.
    """

    def __init__(self, phrases: Mapping[str, Mapping[str, Sequence[str]]]) -> None:
        # phrases[lang][group] = [phrase, ...]
        self._source = {lang: {g: list(ps) for g, ps in groups.items()} for lang, groups in phrases.items()}
        self._compiled: dict[str, dict[str, list[tuple[tuple[_Element, ...], str, str]]]] = {}

    @classmethod
    def from_data(cls, name: str) -> "PhraseList":
        return cls(load_data(name))

    def extended(self, lang: str, group: str, phrases: Iterable[str]) -> "PhraseList":
        """A copy with more phrases (from configuration) in ``group``."""
        source = {l: {g: list(ps) for g, ps in groups.items()} for l, groups in self._source.items()}
        source.setdefault(lang, {}).setdefault(group, []).extend(phrases)
        return PhraseList(source)

    def groups(self, lang: str) -> list[str]:
        return list(self._source.get(lang, {}))

    def _compile(self, lang: str) -> dict[str, list[tuple[tuple[_Element, ...], str, str]]]:
        from .tokenizers import get_tokenizer

        index: dict[str, list[tuple[tuple[_Element, ...], str, str]]] = {}
        tokenizer = get_tokenizer(lang)
        for group, phrases in self._source.get(lang, {}).items():
            for phrase in phrases:
                elements: list[_Element] = []
                for part in phrase.split(" "):  # spaces separate words and wildcards
                    if part in (ANY, SKIP):
                        elements.append(part)
                    elif part:
                        elements.extend(_keys(t) for t in tokenizer.tokens(part))
                if not elements or isinstance(elements[0], str):
                    continue  # a phrase must start with a word
                pattern = tuple(elements)
                for key in pattern[0]:
                    index.setdefault(key, []).append((pattern, group, phrase))
        return index

    def _candidates(self, doc: Document) -> list[tuple[int, int, str, str]]:
        """Every ``(first, end, group, phrase)`` match in ``doc``, overlaps included.

        Computed once per document and phrase list: rules ask for several groups of one list.
        """
        cache = doc.__dict__.setdefault("_phrase_candidates", {})
        key = id(self)
        found = cache.get(key)
        if found is not None and found[0] is self:
            return found[1]
        index = self._compiled.get(doc.lang)
        if index is None:
            index = self._compiled[doc.lang] = self._compile(doc.lang)
        out: list[tuple[int, int, str, str]] = []
        if index:
            tokens = doc.tokens
            get = index.get
            for i, tok in enumerate(tokens):
                first = get(tok.lnorm)
                other = get(tok.norm) if tok.norm != tok.lnorm else None
                if first is None and other is None:
                    continue
                seen: set[int] | None = None
                for cands in (first, other):
                    if not cands:
                        continue
                    for pattern, group, phrase in cands:
                        end = _match_at(pattern, tokens, i)
                        if end is None:
                            continue
                        if other is not None and first is not None:  # one phrase may sit in both lists
                            seen = seen if seen is not None else set()
                            if id(pattern) in seen:
                                continue
                            seen.add(id(pattern))
                        out.append((i, end, group, phrase))
        cache[key] = (self, out)
        return out

    def matches(self, doc: Document, groups: Iterable[str] | None = None) -> list[PhraseMatch]:
        """Non-overlapping matches, leftmost and then longest first."""
        wanted = set(groups) if groups is not None else None
        tokens = doc.tokens
        out: list[PhraseMatch] = []
        best: tuple[int, int, str, str] | None = None
        position = -1  # tokens before this index are covered by an earlier match
        for cand in self._candidates(doc):  # ordered by first token
            i, end, group, _ = cand
            if i < position or (wanted is not None and group not in wanted):
                continue
            if best is not None and i != best[0]:
                out.append(PhraseMatch(tokens[best[0]].start, tokens[best[1] - 1].end, best[0], best[1], best[2], best[3]))
                position = best[1]
                best = None
                if i < position:
                    continue
            if best is None or end > best[1]:
                best = cand
        if best is not None:
            out.append(PhraseMatch(tokens[best[0]].start, tokens[best[1] - 1].end, best[0], best[1], best[2], best[3]))
        return out


def _keys(tok: Token) -> frozenset[str]:
    return frozenset({tok.lnorm, tok.norm})


def _match_at(pattern: tuple[_Element, ...], tokens: list[Token], i: int) -> int | None:
    """End index (exclusive) of a match of ``pattern`` starting at token ``i``, or None.

    The first element is known to match (the index found it). Plain patterns are checked in one
    loop; only patterns with ``...`` search (at most MAX_SKIP + 1 ways per ``...``).
    """
    n = len(tokens)
    t = i + 1
    for p in range(1, len(pattern)):
        element = pattern[p]
        if element == SKIP:
            for skip in range(MAX_SKIP + 1):
                if t + skip > n:
                    break
                end = _match_at((ANY,) + pattern[p + 1 :], tokens, t + skip - 1) if p + 1 < len(pattern) else t + skip
                if end is not None:
                    return end
            return None
        if t >= n:
            return None
        if element != ANY:
            tok = tokens[t]
            if tok.norm not in element and tok.lnorm not in element:  # type: ignore[operator]
                return None
        t += 1
    return t


def find_pattern(pattern: "regex.Pattern[str]", text: str, timeout: float = PATTERN_TIMEOUT) -> Iterator["regex.Match[str]"]:
    """Matches of ``pattern`` in ``text``; a search that runs past ``timeout`` seconds stops quietly.

    A draft is never worth a hung linter: a pathological input loses this check, not the run.
    """
    try:
        yield from pattern.finditer(text, timeout=timeout)
    except TimeoutError:
        return
