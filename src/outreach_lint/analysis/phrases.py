"""Reusable check kinds: the matching logic rules share, so a rule module is mostly data.

- :class:`PhraseList`: phrases per language and group, matched on lemmas or normalised forms, so
  inflections, case, full/half width and spacing variants match ("looked" finds "look at",
  頂きました finds いただく).
- :func:`find_pattern`: a ``regex`` search with a timeout, for the few checks a pattern says best.
- :func:`lazy_pattern`: a ``regex`` pattern compiled when first used, for the large patterns only
  some drafts need (``regex`` parses a pattern in Python: the large ones cost milliseconds each).
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from importlib.resources import files
from typing import Any, Callable, Iterable, Iterator, Mapping, Sequence

import regex

from ..core.document import Document, Token

__all__ = ["PhraseList", "PhraseMatch", "analyzer_of", "find_pattern", "lazy_pattern", "load_data"]

SKIP = "..."  # in a phrase: up to MAX_SKIP tokens of anything
ANY = "*"  # in a phrase: exactly one token of anything
MAX_SKIP = 4
PATTERN_TIMEOUT = 1.0  # seconds, per search


def load_data(name: str) -> dict:
    """A TOML data file shipped in ``outreach_lint/rules/data/``."""
    text = (files("outreach_lint.rules") / "data" / name).read_text(encoding="utf-8")
    return tomllib.loads(text)


def analyzer_of(doc: Document) -> Any:
    """The tokenizer that made ``doc`` (the default one for its language when built by hand).

    Phrases, profile terms and names matched against ``doc`` are tokenized by it, so that their
    lemmas come from the same pipeline (the same spaCy model) as the draft's.
    """
    if doc.analyzer is not None:
        return doc.analyzer
    from ..tokenizers import get_tokenizer

    return get_tokenizer(doc.lang)


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


LOOKED = 8192  # token pairs whose candidate phrases a compiled phrase list remembers (bounded: memory stays flat)


class _Index:
    """Compiled phrases, looked up by their first word and, when it is a word, their second.

    Most draft tokens start no phrase; common first words ("I", 御) start hundreds, but the next
    token rules out nearly all of them, so phrases are indexed by their first two words.
    Candidates come back in compile order, so the leftmost-longest choice stays deterministic.
    """

    def __init__(self) -> None:
        self.slot = -1  # this list's number among the lists of its language and analyzer (see _Shared)
        self.firsts: set[str] = set()
        self.single: dict[str, list[tuple]] = {}  # one-word phrases and "word *"/"word ..." ones
        self.pairs: dict[tuple[str, str], list[tuple]] = {}
        self._looked: dict[tuple[str, ...], list[tuple]] = {}  # lookup's answers by the tokens' keys

    def add(self, pattern: tuple, group: str, phrase: str, seq: int) -> None:
        entry = (seq, pattern, group, phrase)
        second = pattern[1] if len(pattern) > 1 else None
        for first in pattern[0]:
            self.firsts.add(first)
            if isinstance(second, frozenset):
                for key in second:
                    self.pairs.setdefault((first, key), []).append(entry)
            else:
                self.single.setdefault(first, []).append(entry)

    def lookup(self, tok: Token, nxt: Token | None) -> Sequence[tuple]:
        """The ``(pattern, group, phrase)`` entries that may start at ``tok`` followed by ``nxt``.

        They depend on the two tokens' lemmas and surfaces only: a pair met before (a draft's
        common words, the same words in the next draft) is answered from :attr:`_looked`."""
        key = (tok.lnorm, tok.norm, nxt.lnorm, nxt.norm) if nxt is not None else (tok.lnorm, tok.norm)
        entries = self._looked.get(key)
        if entries is None:
            entries = self._lookup(tok, nxt) or ()
            if len(self._looked) < LOOKED:
                self._looked[key] = entries
        return entries

    def _lookup(self, tok: Token, nxt: Token | None) -> list[tuple]:
        found: dict[int, tuple] = {}
        firsts = (tok.lnorm,) if tok.lnorm == tok.norm else (tok.lnorm, tok.norm)
        for first in firsts:
            for entry in self.single.get(first, ()):
                found[entry[0]] = entry
            if nxt is not None:
                for second in (nxt.lnorm,) if nxt.lnorm == nxt.norm else (nxt.lnorm, nxt.norm):
                    for entry in self.pairs.get((first, second), ()):
                        found[entry[0]] = entry
        return [entry[1:] for _, entry in sorted(found.items())] if len(found) > 1 else [e[1:] for e in found.values()]


SHARED_LISTS = 256  # phrase lists per language and analyzer that share one pass over a draft's tokens


class _Shared:
    """The words that start a phrase of any compiled list of one language and analyzer, each with
    the lists (their :attr:`_Index.slot`) it starts a phrase of: one pass over a draft's tokens finds
    where every list may match (:func:`_list_starts`), instead of one pass per list. A list compiled
    after that pass (or past :data:`SHARED_LISTS`) looks for itself."""

    def __init__(self) -> None:
        self.by_first: dict[str, list[int]] = {}
        self.count = 0

    def add(self, index: "_Index") -> None:
        if self.count >= SHARED_LISTS:
            return
        index.slot = self.count
        self.count += 1
        for first in index.firsts:
            self.by_first.setdefault(first, []).append(index.slot)


_SHARED: dict[tuple[str, object], _Shared] = {}


class PhraseList:
    """Phrases per language, each in a named group, matched token by token.

    A phrase token matches a draft token when their lemmas or their normalised surfaces agree.
    ``*`` stands for any one token and ``...`` for up to four. Phrases are tokenized with the same
    analyzer as drafts, lazily, the first time a draft in that language is checked.
    """

    def __init__(self, phrases: Mapping[str, Mapping[str, Sequence[str]]]) -> None:
        # phrases[lang][group] = [phrase, ...]
        self._source = {lang: {g: list(ps) for g, ps in groups.items()} for lang, groups in phrases.items()}
        self._compiled: dict[tuple[str, object], _Index] = {}  # by language and tokenizer

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

    def _compile(self, doc: Document) -> "_Index":
        """The phrases of ``doc``'s language, tokenized by the pipeline that tokenized ``doc``."""
        analyzer = analyzer_of(doc)
        key = (doc.lang, analyzer)
        index = self._compiled.get(key)
        if index is not None:
            return index
        index = _Index()
        seq = 0
        source = self._source.get(doc.lang, {})
        words = [part for phrases in source.values() for phrase in phrases for part in phrase.split(" ") if part and part not in (ANY, SKIP)]
        tokens_each = getattr(analyzer, "tokens_each", None)  # all the words in one go, where the analyzer can
        tokenized = iter(tokens_each(words) if tokens_each is not None else [analyzer.tokens(w) for w in words])
        for group, phrases in source.items():
            for phrase in phrases:
                elements: list[_Element] = []
                for part in phrase.split(" "):  # spaces separate words and wildcards
                    if part in (ANY, SKIP):
                        elements.append(part)
                    elif part:
                        elements.extend(_keys(t) for t in next(tokenized))
                if not elements or isinstance(elements[0], str):
                    continue  # a phrase must start with a word
                index.add(tuple(elements), group, phrase, seq)
                seq += 1
        if index.firsts:
            shared = _SHARED.get(key)
            if shared is None:
                shared = _SHARED[key] = _Shared()
            shared.add(index)
        self._compiled[key] = index
        return index

    def _candidates(self, doc: Document) -> list[tuple[int, int, str, str]]:
        """Every ``(first, end, group, phrase)`` match in ``doc``, overlaps included.

        Computed once per document and phrase list: rules ask for several groups of one list.
        """
        return doc.fact(_candidates, self)

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


def _list_starts(doc: Document, shared: _Shared) -> tuple[int, dict[int, list[int]]]:
    """For each phrase list of ``shared`` (by slot), the indexes of the tokens of ``doc`` that start
    one of its phrases, ascending: one pass over the tokens for every list of the language. Also
    the number of lists known then: one compiled later is not in the answer."""
    get = shared.by_first.get
    starts: dict[int, list[int]] = {}
    for i, tok in enumerate(doc.tokens):
        slots = get(tok.lnorm)
        if tok.norm != tok.lnorm:
            other = get(tok.norm)
            if other:
                slots = sorted(set(slots).union(other)) if slots else other
        if slots:
            for k in slots:
                at = starts.get(k)
                if at is None:
                    starts[k] = [i]
                else:
                    at.append(i)
    return shared.count, starts


def _starts_alone(doc: Document, index: _Index) -> list[int]:
    """The tokens of ``doc`` that start a phrase of ``index``, for a list outside the shared pass."""
    return [i for i, tok in enumerate(doc.tokens) if tok.lnorm in index.firsts or tok.norm in index.firsts]


def _candidates(doc: Document, phrases: PhraseList) -> list[tuple[int, int, str, str]]:
    index = phrases._compile(doc)
    out: list[tuple[int, int, str, str]] = []
    if not index.firsts:
        return out
    slot = index.slot
    shared = _SHARED.get((doc.lang, analyzer_of(doc))) if slot >= 0 else None
    if shared is not None:
        known, every = doc.fact(_list_starts, shared)
        starts = every.get(slot, ()) if slot < known else _starts_alone(doc, index)
    else:
        starts = _starts_alone(doc, index)
    tokens = doc.tokens
    n = len(tokens)
    lookup = index.lookup
    for i in starts:
        for pattern, group, phrase in lookup(tokens[i], tokens[i + 1] if i + 1 < n else None):
            end = _match_at(pattern, tokens, i)
            if end is not None:
                out.append((i, end, group, phrase))
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
        if element.__class__ is str:  # a wildcard
            if element == SKIP:
                if p + 1 == len(pattern):
                    return t if t <= n else None
                head = pattern[p + 1]
                word = head.__class__ is not str
                for skip in range(MAX_SKIP + 1):
                    s = t + skip
                    if s > n:
                        break
                    if word and (s >= n or (tokens[s].norm not in head and tokens[s].lnorm not in head)):
                        continue  # the word after "..." is not here: no need to search further from it
                    end = _match_at((ANY,) + pattern[p + 1 :], tokens, s - 1)
                    if end is not None:
                        return end
                return None
            if t >= n:
                return None
        else:
            if t >= n:
                return None
            tok = tokens[t]
            if tok.norm not in element and tok.lnorm not in element:
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


_PATTERN_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subf", "subn", "subfn", "split", "splititer", "scanner")


class _LazyPattern:
    """A ``regex`` pattern compiled the first time one of its methods is called. The compiled
    pattern's bound methods then sit on the instance, in front of the class's stand-ins: later
    calls go straight to them (no ``__getattr__`` hook, so attribute reads stay fast)."""

    def __init__(self, pattern: str, flags: int) -> None:
        self._source = (pattern, flags)
        self._compiled: Any = None

    def _compile(self) -> Any:
        compiled = self._compiled
        if compiled is None:
            compiled = self._compiled = regex.compile(*self._source)
            for name in _PATTERN_METHODS:
                setattr(self, name, getattr(compiled, name))
        return compiled

    pattern = property(lambda self: self._compile().pattern)
    flags = property(lambda self: self._compile().flags)
    groups = property(lambda self: self._compile().groups)
    groupindex = property(lambda self: self._compile().groupindex)

    def __repr__(self) -> str:
        return f"lazy_pattern({self._source[0]!r}, {self._source[1]})"


def _stand_in(name: str) -> Callable[..., Any]:
    def method(self: _LazyPattern, *args: Any, **kwargs: Any) -> Any:
        return getattr(self._compile(), name)(*args, **kwargs)

    method.__name__ = name
    return method


for _name in _PATTERN_METHODS:
    setattr(_LazyPattern, _name, _stand_in(_name))
del _name


def lazy_pattern(pattern: str, flags: int = 0) -> "regex.Pattern[str]":
    """``regex.compile(pattern, flags)``, done when the pattern is first used: a run whose drafts
    never need it (a Japanese pattern in an English run, a date of birth in a draft with no
    digits) never pays for it. Use it like the compiled pattern (its methods and attributes),
    not as an argument to the ``regex`` module's functions."""
    return _LazyPattern(pattern, flags)  # type: ignore[return-value]
