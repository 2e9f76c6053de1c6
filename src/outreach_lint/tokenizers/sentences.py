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
    depth = 0  # open Japanese quotation brackets: 「処理場を作って五年。採算が合うまでの話」 is one title
    while i < n:
        tok = tokens[i]
        end_here = False
        word = tok.text
        if ja and word and (word[0] in _QUOTES_JA or word[-1] in _QUOTES_JA):
            depth = max(0, depth + sum(c in _OPENERS_JA for c in word) - sum(c in _CLOSERS_JA for c in word))
        if (
            word and word[-1] in final and (ja or word[0] in final) and not (depth and _closed_on_line(text, tok.end))
            and (ja or not _before_a_number(text, tokens, i))
        ):
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


# Abbreviations that stand before a number: "House No. 14", "Vol. 3", "Apt. 4B", "Fig. 2", "ext. 210".
_NUMBER_ABBREVIATIONS = frozenset({"no", "nos", "vol", "ch", "pt", "fig", "rm", "apt", "ste", "flr", "bldg", "ext", "approx", "tel", "p", "pp"})


def _before_a_number(text: str, tokens: list[Token], i: int) -> bool:
    """Whether the full stop at ``tokens[i]`` ends an abbreviation written before a number ("House No. 14")."""
    tok = tokens[i]
    if tok.text != "." or i == 0 or i + 1 >= len(tokens):
        return False
    prev, nxt = tokens[i - 1], tokens[i + 1]
    if prev.end != tok.start or prev.text.lower() not in _NUMBER_ABBREVIATIONS or "\n" in text[tok.end : nxt.start]:
        return False
    if prev.text in ("no", "nos"):
        return False  # "I said no. 14 people came": lower-case, the word no ends the sentence
    return nxt.text[:1].isdigit()


_OPENERS_JA = frozenset("「『")
_CLOSERS_JA = frozenset("」』")
_QUOTES_JA = _OPENERS_JA | _CLOSERS_JA
_QUOTE_REACH = 80  # characters within which a quotation's closing bracket is looked for


def _closed_on_line(text: str, offset: int) -> bool:
    """Whether a closing bracket follows ``offset`` on its line, close by: the mark before it is inside a
    quotation, not the end of the sentence (an unclosed bracket does not swallow the rest)."""
    stop = text.find("\n", offset, offset + _QUOTE_REACH)
    rest = text[offset : stop if stop >= 0 else offset + _QUOTE_REACH]
    return any(c in rest for c in _CLOSERS_JA)


def _line_ends_sentence(last: Token, nxt: Token, lang: str) -> bool:
    if lang == "ja":
        if last.text in ("、", "，", ",") or last.pos in ("助詞", "接頭辞"):
            return False
        if last.cform.startswith("連用形") and last.pos in ("動詞", "助動詞", "形容詞"):
            return False
        return True
    first_char = nxt.text[:1]
    return not (first_char.isalpha() and first_char.islower())
