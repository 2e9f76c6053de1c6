"""Text in neither supported language: words and symbols split on Unicode classes, no lemmas."""

from __future__ import annotations

import regex

from ..core.document import Document, Token
from .sentences import split_sentences

_TOKEN = regex.compile(r"[\p{L}\p{M}\p{N}_']+|[^\s\p{L}\p{M}\p{N}_']")


class GenericTokenizer:
    lang = "und"

    def tokens(self, text: str) -> list[Token]:
        return [Token(m.group(), m.start(), i=i) for i, m in enumerate(_TOKEN.finditer(text))]

    def __call__(self, text: str) -> Document:
        tokens = self.tokens(text)
        return Document(text=text, lang="und", tokens=tokens, sentences=split_sentences(text, tokens, "und"), analyzer=self)
