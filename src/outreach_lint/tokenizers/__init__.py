"""Tokenizers: text in, :class:`~outreach_lint.document.Document` out.

Each language's analyzer is loaded once per process and only when a draft in that language is
seen, so a Japanese-only run never imports spaCy.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Protocol

from ..core.document import Document, Token
from .sentences import split_sentences

__all__ = ["Tokenizer", "get_tokenizer", "tokenize", "split_sentences"]


class Tokenizer(Protocol):
    lang: str

    def tokens(self, text: str) -> list[Token]: ...

    def __call__(self, text: str) -> Document: ...


@lru_cache(maxsize=None)
def get_tokenizer(lang: str, model: str | None = None) -> Tokenizer:
    if lang == "ja":
        from .japanese import JapaneseTokenizer

        return JapaneseTokenizer()
    if lang == "en":
        from .english import EnglishTokenizer

        return EnglishTokenizer(model)
    from .generic import GenericTokenizer

    return GenericTokenizer()


def tokenize(text: str, lang: str, model: str | None = None) -> Document:
    return get_tokenizer(lang, model)(text)
