"""Japanese through fugashi + unidic-lite (MeCab with UniDic).

Features are cut from ``feature_raw`` (one string split) rather than ``node.feature`` (a named
tuple per token): about 1.7x cheaper per token, and only the fields rules use are kept.
"""

from __future__ import annotations

from ..document import Document, Token
from . import split_sentences

try:
    import fugashi
except ImportError as exc:  # pragma: no cover - fugashi is a hard dependency
    raise ImportError("Japanese needs fugashi and unidic-lite: pip install fugashi unidic-lite") from exc


class JapaneseTokenizer:
    lang = "ja"

    def __init__(self) -> None:
        self._tagger = fugashi.Tagger()

    def tokens(self, text: str) -> list[Token]:
        # MeCab works on C strings: a NUL would end the text early, so parse a copy where each NUL
        # is a same-length symbol (kept as a token, like any other non-space character).
        source = text.replace("\0", "\ufffd") if "\0" in text else text
        out: list[Token] = []
        pos = 0
        append = out.append
        for node in self._tagger(source):
            surface = node.surface
            if not surface:
                continue
            start = source.find(surface, pos)
            if start < 0:
                continue  # MeCab changed the text; the gap check below keeps coverage
            if start > pos and not source[pos:start].isspace():
                _gap_tokens(source, pos, start, out)
            raw = node.feature_raw
            if '"' in raw[:120]:
                f = node.feature
                fields = (f.pos1, f.pos2, f.pos3, f.pos4, f.cType, f.cForm, f.lForm, f.lemma, f.orth, f.pron, f.orthBase)
            else:
                fields = raw.split(",", 11)
            if len(fields) > 10:
                lemma = fields[7]
                base = fields[10]
                tok = Token(
                    surface,
                    start,
                    lemma if lemma != "*" else surface,
                    fields[0],
                    fields[1],
                    fields[4] if fields[4] != "*" else "",
                    fields[5] if fields[5] != "*" else "",
                    base if base != "*" else surface,
                    len(out),
                )
            else:  # unknown word: UniDic gives only the POS
                tok = Token(surface, start, surface, fields[0], fields[1] if len(fields) > 1 else "", i=len(out))
            append(tok)
            pos = start + len(surface)
        if pos < len(source) and not source[pos:].isspace():
            _gap_tokens(source, pos, len(source), out)
        if "\0" in text:
            for tok in out:
                if "\0" in text[tok.start : tok.end]:
                    tok.text = text[tok.start : tok.end]
        return out

    def __call__(self, text: str) -> Document:
        tokens = self.tokens(text)
        return Document(text=text, lang="ja", tokens=tokens, sentences=split_sentences(text, tokens, "ja"))


def _gap_tokens(text: str, start: int, end: int, out: list[Token]) -> None:
    """Characters MeCab skipped that are not whitespace become one token per run."""
    i = start
    while i < end:
        while i < end and text[i].isspace():
            i += 1
        j = i
        while j < end and not text[j].isspace():
            j += 1
        if j > i:
            out.append(Token(text[i:j], i, pos="記号", i=len(out)))
        i = j
