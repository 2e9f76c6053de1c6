"""English through spaCy.

By default a blank ``English()`` pipeline: spaCy's rule-based tokenizer, with lemmas from spaCy's
English lookup table (``spacy-lookups-data``), so nothing is downloaded. When the user names an
installed trained pipeline (``OUTREACH_LINT_SPACY_MODEL=en_core_web_sm`` or the ``spacy-model``
config key), its lemmas and part-of-speech tags are used instead.
"""

from __future__ import annotations

import heapq
import os
import re
from typing import Sequence

import regex

from ..core.document import Document, Token, normalize
from ..core.errors import ConfigError
from .sentences import split_sentences


_EDGE = 16  # punctuation characters spaCy may strip from one end of a word before it gets slow
_LONG_RUN = 1000  # characters without whitespace: longer than any word or link
_RUN = regex.compile(r"\S+")
_PIECE = regex.compile(r"\w+|[^\w\s]+")
_WORDS = re.compile(r"\S+")  # runs of what str.isspace() is not, as spaCy splits them
_PIECES = 50_000  # runs of text whose tokens are kept (then the memo starts again: memory stays flat)


# What makes spaCy slow: a long run of punctuation (stripped one character at a time) or a
# "word" longer than any word. Anchored at the start of a run, so the search stays linear.
_SLOW = regex.compile(rf"(?<![^\w\s])[^\w\s]{{{_EDGE + 1}}}|(?<!\w)\w{{{_LONG_RUN + 1}}}|(?<!\S)\S{{{_LONG_RUN * 4}}}")


class EnglishTokenizer:
    lang = "en"

    def __init__(self, model: str | None = None) -> None:
        import spacy

        model = model or os.environ.get("OUTREACH_LINT_SPACY_MODEL") or None
        self.model = model
        if model:
            try:
                self._nlp = spacy.load(model, exclude=["ner", "textcat"])
            except OSError as exc:
                raise ConfigError(f"spaCy pipeline {model!r} is not installed (pip install {model})") from exc
            self._lookup: dict[str, str] | None = None
        else:
            from spacy.lang.en import English

            self._nlp = English()
            self._lookup = _load_lemma_table()
        self._cache: dict[str, tuple[str, str, str, str]] = {}  # word -> (word, lemma, norm, normalised lemma)
        # run of non-space characters -> its tokens as (offset in the run, word, lemma, norm, lnorm)
        self._pieces: dict[str, tuple[tuple[int, str, str, str, str], ...]] = {}
        self._specials = _special_pieces(self._nlp.tokenizer) if self._lookup is not None else ({}, {}, {})

    def tokens(self, text: str) -> list[Token]:
        out: list[Token] = []
        if not _SLOW.search(text):
            self._spacy_tokens(text, 0, out)
            return out
        # spaCy strips prefixes and suffixes one character at a time, quadratic in a run such as
        # "!!!!…" (10,000 of them took 40 s). Each such run becomes one space for a single spaCy
        # pass (offsets shifted back after) and is split by a linear pattern instead.
        runs = [m for m in _RUN.finditer(text) if m.end() - m.start() > _EDGE and _SLOW.search(m.group())]
        parts, pos = [], 0
        for m in runs:
            parts += [text[pos : m.start()], " "]
            pos = m.end()
        parts.append(text[pos:])
        self._spacy_tokens("".join(parts), 0, out)
        shift, k = 0, 0
        for token in out:  # a token after the k-th blanked run moves right by the runs' lengths - 1
            while k < len(runs) and runs[k].start() - shift <= token.start:
                shift += runs[k].end() - runs[k].start() - 1
                k += 1
            token.start += shift
            token.end += shift
        plain = [
            Token(p.group(), m.start() + p.start(), p.group().lower())
            for m in runs
            for p in _PIECE.finditer(m.group())
        ]
        out = list(heapq.merge(out, plain, key=lambda t: t.start))
        for i, token in enumerate(out):
            token.i = i
        return out

    def tokens_each(self, texts: Sequence[str]) -> list[list[Token]]:
        """``[self.tokens(t) for t in texts]``, the same tokens, with every text that is one run of
        non-space characters not seen before tokenized in a single spaCy call: what a phrase list
        asks when it is compiled (thousands of words at start-up, otherwise a call each)."""
        if self._lookup is None:
            return [self.tokens(t) for t in texts]
        pieces = self._pieces
        new = [t for t in dict.fromkeys(texts) if t not in pieces and _WORDS.fullmatch(t) and not _SLOW.search(t)]
        if new and len(new) <= _PIECES - len(pieces):  # all kept (no clearing of the memo half-way)
            self._tokenize_runs([(0, t) for t in new], [None] * len(new))
        out = []
        for t in texts:
            # A remembered run is one that tokens() would read back from the memo, as here.
            entry = pieces.get(t)
            if entry is None:
                out.append(self.tokens(t))
            else:
                out.append([Token(word, rel, lemma, "", "", "", "", lemma, k, norm, lnorm) for k, (rel, word, lemma, norm, lnorm) in enumerate(entry[0])])
        return out

    def _spacy_tokens(self, text: str, offset: int, out: list[Token]) -> None:
        append = out.append
        if self._lookup is None:
            doc = self._nlp(text)
            for t in doc:
                if t.is_space:
                    continue
                append(Token(t.text, t.idx + offset, t.lemma_, t.pos_, t.tag_, i=len(out)))
            return
        pieces = self._pieces
        runs = [(m.start(), m.group()) for m in _WORDS.finditer(text)]
        found = [pieces.get(run) for _, run in runs]
        if not self._independent(runs, found):
            self._spacy_tokens_whole(text, offset, out)
            return
        if None in found:
            self._tokenize_runs(runs, found)
        for (at, _), (tokens, _, _) in zip(runs, found):
            at += offset
            for rel, word, lemma, norm, lnorm in tokens:
                append(Token(word, at + rel, lemma, "", "", "", "", lemma, len(out), norm, lnorm))

    def _tokenize_runs(self, runs: list[tuple[int, str]], found: list) -> None:
        """Fill in ``found`` for the runs of non-space characters not tokenized before.

        spaCy tokenizes each such run on its own (prefixes, suffixes, infixes and exceptions
        never look past a space), so a run's tokens, lemmas and forms are the same wherever it
        occurs and are kept in :attr:`_pieces` (bounded), with the special-case pieces it starts
        and ends with (see :meth:`_independent`).
        """
        known, keep = self._known, self._keep
        made: dict[str, tuple] = {}
        new = list(dict.fromkeys(run for (_, run), entry in zip(runs, found) if entry is None))
        # One spaCy call for them all, a line break between two: no special case spans one
        # (see _independent), so each run is tokenized as it is alone.
        doc = self._nlp.tokenizer("\n".join(new))
        k, at, tokens = 0, 0, []
        for t in doc:
            if t.is_space:
                continue
            while t.idx >= at + len(new[k]):
                made[new[k]] = keep(new[k], tokens)
                at += len(new[k]) + 1
                k, tokens = k + 1, []
            tokens.append((t.idx - at, *known(t.text)))
        made[new[k]] = keep(new[k], tokens)
        for n, (_, run) in enumerate(runs):
            if found[n] is None:
                found[n] = made[run]

    def _keep(self, run: str, tokens: list) -> tuple:
        """Remember a run's tokens, with the special-case pieces it starts and ends with."""
        if len(self._pieces) >= _PIECES:
            self._pieces.clear()
        entry = self._pieces[run] = (tuple(tokens), *self._edges(run))
        return entry

    def _edges(self, run: str) -> tuple[tuple[str, ...] | None, tuple[str, ...] | None]:
        """The pieces of special cases (see :func:`_special_pieces`) that ``run`` starts and ends with."""
        _, heads, tails = self._specials
        head = tuple(y for y in heads.get(run[0], ()) if run.startswith(y)) or None
        tail = tuple(x for x in tails.get(run[-1], ()) if run.endswith(x)) or None
        return head, tail

    def _independent(self, runs: list[tuple[int, str]], found: list) -> bool:
        """Whether spaCy tokenizes each run of the text as it does alone.

        Its special cases with affixes (emoticons, 'em, a.m.) are matched over the whole text, by
        their pieces, across spaces too; a match across a space changes nothing itself but can
        stop another from applying ("'' ''"). None can when no two runs side by side hold the
        pieces of one such case on either side of the space (:func:`_across`).
        """
        pairs = self._specials[0]
        tail = None
        for n, entry in enumerate(found):
            head, next_tail = self._edges(runs[n][1]) if entry is None else entry[1:]
            if tail is not None and head is not None:
                for x in tail:
                    for y in head:
                        if (x, y) in pairs and _across(pairs[(x, y)], runs[n - 1][1], runs[n][1]):
                            return False
            tail = next_tail
        return True

    def _known(self, word: str) -> tuple[str, str, str, str]:
        """``(word, lemma, norm, normalised lemma)`` from the lookup table."""
        cache = self._cache
        known = cache.get(word)
        if known is None:
            get = self._lookup.get
            lemma = get(word) or get(word.lower()) or word.lower()
            known = (word, lemma, normalize(word), normalize(lemma))
            if len(cache) < 200_000:
                cache[word] = known
        return known

    def _spacy_tokens_whole(self, text: str, offset: int, out: list[Token]) -> None:
        append, known = out.append, self._known
        for t in self._nlp.tokenizer(text):
            if t.is_space:
                continue
            word, lemma, norm, lnorm = known(t.text)
            append(Token(word, t.idx + offset, lemma, "", "", "", "", lemma, len(out), norm, lnorm))

    def __call__(self, text: str) -> Document:
        tokens = self.tokens(text)
        return Document(text=text, lang="en", tokens=tokens, sentences=split_sentences(text, tokens, "en"), analyzer=self)


def _special_pieces(tokenizer) -> tuple[dict[tuple[str, str], list[tuple[tuple[str, ...], int]]], dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]:
    """spaCy's special cases that its tokenizer matches over the whole text (those with a prefix,
    suffix or infix: ``:-)``, ``'s``), split as it splits them before matching: the pairs of
    consecutive pieces, and the pieces that follow another (by first character) and that are
    followed by another (by last character)."""
    from spacy.tokenizer import Tokenizer

    plain = Tokenizer(
        tokenizer.vocab,
        rules={},
        prefix_search=tokenizer.prefix_search,
        suffix_search=tokenizer.suffix_search,
        infix_finditer=tokenizer.infix_finditer,
        token_match=tokenizer.token_match,
        url_match=tokenizer.url_match,
    )
    pairs: dict[tuple[str, str], list[tuple[tuple[str, ...], int]]] = {}
    for case in tokenizer.rules:
        if not tokenizer.faster_heuristics or tokenizer.find_prefix(case) or tokenizer.find_infix(case) or tokenizer.find_suffix(case) or " " in case:
            words = tuple(t.text for t in plain(case))
            for j in range(len(words) - 1):
                pairs.setdefault((words[j], words[j + 1]), []).append((words, j))
    heads: dict[str, set[str]] = {}
    tails: dict[str, set[str]] = {}
    for x, y in pairs:
        tails.setdefault(x[-1], set()).add(x)
        heads.setdefault(y[0], set()).add(y)
    return pairs, {c: tuple(sorted(v)) for c, v in heads.items()}, {c: tuple(sorted(v)) for c, v in tails.items()}


def _across(cases: list[tuple[tuple[str, ...], int]], before: str, after: str) -> bool:
    """Whether a special case's pieces ``words`` could be matched with ``words[j]`` ending the run
    ``before`` and ``words[j + 1]`` starting the run ``after``: the pieces before the space end
    ``before`` (or, begun in an earlier run, are all of it), those after start ``after`` (or, going
    on into a later run, are all of it). Whatever the tokens, they are pieces of the run's text."""
    for words, j in cases:
        if not (before.endswith("".join(words[: j + 1])) or any(before == "".join(words[i : j + 1]) for i in range(1, j + 1))):
            continue
        if after.startswith("".join(words[j + 1 :])) or any(after == "".join(words[j + 1 : k]) for k in range(j + 2, len(words))):
            return True
    return False


def _load_lemma_table() -> dict[str, str]:
    """spaCy's English lemma lookup table, read straight from spacy-lookups-data as a plain dict.

    A dict ``get`` is several times cheaper per token than spaCy's hashed ``Table`` and the
    ``lemmatizer`` pipe; the table itself is the one spaCy's lookup lemmatizer uses.
    """
    import gzip
    import json
    from importlib.resources import files

    try:
        data = files("spacy_lookups_data") / "data" / "en_lemma_lookup.json.gz"
        with gzip.open(str(data), "rt", encoding="utf8") as fh:
            table = json.load(fh)
    except (ImportError, OSError) as exc:  # a declared dependency: its absence is a broken install
        raise ImportError(
            "English lemmas need spaCy's lookup tables: pip install spacy-lookups-data"
        ) from exc
    return table if isinstance(table, dict) else {}
