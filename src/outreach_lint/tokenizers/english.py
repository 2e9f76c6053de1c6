"""English through spaCy.

By default a blank ``English()`` pipeline: spaCy's rule-based tokenizer, with lemmas from spaCy's
English lookup table (``spacy-lookups-data``), so nothing is downloaded. When the user names an
installed trained pipeline (``OUTREACH_LINT_SPACY_MODEL=en_core_web_sm`` or the ``spacy-model``
config key), its lemmas and part-of-speech tags are used instead.
"""

from __future__ import annotations

import heapq
import os

import regex

from ..core.document import Document, Token, normalize
from ..core.errors import ConfigError
from .sentences import split_sentences


_EDGE = 16  # punctuation characters spaCy may strip from one end of a word before it gets slow
_LONG_RUN = 1000  # characters without whitespace: longer than any word or link
_RUN = regex.compile(r"\S+")
_PIECE = regex.compile(r"\w+|[^\w\s]+")


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
        self._cache: dict[str, tuple[str, str, str]] = {}  # word -> (lemma, norm, normalised lemma)

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

    def _spacy_tokens(self, text: str, offset: int, out: list[Token]) -> None:
        append = out.append
        if self._lookup is None:
            doc = self._nlp(text)
            for t in doc:
                if t.is_space:
                    continue
                append(Token(t.text, t.idx + offset, t.lemma_, t.pos_, t.tag_, i=len(out)))
            return
        get = self._lookup.get
        cache = self._cache
        for t in self._nlp.tokenizer(text):
            if t.is_space:
                continue
            word = t.text
            known = cache.get(word)
            if known is None:
                lemma = get(word) or get(word.lower()) or word.lower()
                known = (lemma, normalize(word), normalize(lemma))
                if len(cache) < 200_000:
                    cache[word] = known
            append(Token(word, t.idx + offset, known[0], "", "", "", "", known[0], len(out), known[1], known[2]))

    def __call__(self, text: str) -> Document:
        tokens = self.tokens(text)
        return Document(text=text, lang="en", tokens=tokens, sentences=split_sentences(text, tokens, "en"), analyzer=self)


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
