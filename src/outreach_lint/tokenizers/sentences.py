"""Sentence splitting shared by every tokenizer: punctuation and line structure."""

from __future__ import annotations

from ..core.document import Sentence, Token

__all__ = ["split_sentences"]


_FINAL = frozenset("。．！？!?")
_FINAL_LATIN = _FINAL | frozenset(".…")
_CLOSERS = frozenset("」』）)\"'”’】")


def split_sentences(text: str, tokens: list[Token], lang: str) -> list[Sentence]:
    """Sentences from sentence-final punctuation and line structure.

    A blank line always ends a sentence. A single line break ends one unless the line plainly
    continues (English: the next line starts in lower case; Japanese: the line ends in a comma,
    a particle or a continuative form), so hard-wrapped e-mail stays whole while a greeting line
    such as "Hi Anna," stands alone.
    """
    sentences: list[Sentence] = []
    n = len(tokens)
    first = 0
    i = 0
    ja = lang == "ja"
    final = _FINAL if ja else _FINAL_LATIN
    while i < n:
        tok = tokens[i]
        end_here = False
        word = tok.text
        if word and word[-1] in final and (ja or word[0] in final):
            # absorb runs of final punctuation and closing quotes
            while i + 1 < n and tokens[i + 1].start == tokens[i].end and (
                tokens[i + 1].text[0] in final or tokens[i + 1].text[0] in _CLOSERS
            ):
                i += 1
            end_here = True
        elif i + 1 < n:
            nxt = tokens[i + 1]
            if nxt.start > tok.end:  # only a gap between the two can hold a line break
                gap = text[tok.end : nxt.start]
                if "\n" in gap or "\r" in gap:
                    breaks = gap.count("\n") or gap.count("\r")
                    if breaks >= 2 or _line_ends_sentence(tok, nxt, lang):
                        end_here = True
        if end_here or i == n - 1:
            sentences.append(Sentence(first, i + 1, tokens[first].start, tokens[i].end))
            first = i + 1
        i += 1
    return sentences


def _line_ends_sentence(last: Token, nxt: Token, lang: str) -> bool:
    if lang == "ja":
        if last.text in ("、", "，", ",") or last.pos in ("助詞", "接頭辞"):
            return False
        if last.cform.startswith("連用形") and last.pos in ("動詞", "助動詞", "形容詞"):
            return False
        return True
    first_char = nxt.text[:1]
    return not (first_char.isalpha() and first_char.islower())
