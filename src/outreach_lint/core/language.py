"""Which language a draft is written in: ``ja``, ``en``, or ``und`` (neither).

Kana decide Japanese: a Japanese draft full of English product names stays Japanese. Latin text
is English only when English function words make up a fair share of it, so a French or German
draft is ``und`` rather than linted with English phrase lists.
"""

from __future__ import annotations

import regex

__all__ = ["detect_language", "SUPPORTED_LANGUAGES"]

SUPPORTED_LANGUAGES = ("ja", "en")

_KANA = regex.compile(r"[\p{Hiragana}\p{Katakana}ー]")
_HAN = regex.compile(r"\p{Han}")
_LATIN_WORD = regex.compile(r"[A-Za-z']+")
_ENGLISH_FUNCTION_WORDS = frozenset(
    """a an the and or but if so to of in on at for from with by about as into over after before
    i me my we our you your he she it its they them their this that these those is are was were be
    been being am have has had do does did will would can could should may might must not no
    what which who when where why how hi hello hey dear thanks thank please best regards us let just
    like love would i'm i'd i've you're it's we're that's don't can't here there all very really
    up out off than then some any more only also get got""".split()
    # chat spellings no other language writes: "farrier outta Fredericksburg lol. ur data is legit, lets link up"
    + "u ur im lets gonna wanna gotta outta".split()
)


def detect_language(text: str) -> str:
    sample = text[:20000]
    kana = len(_KANA.findall(sample))
    han = len(_HAN.findall(sample))
    words = _LATIN_WORD.findall(sample)
    if kana >= 3 or (kana and kana + han >= len(words)):
        return "ja"
    if not words:
        return "und"
    function = sum(1 for w in words if w.lower() in _ENGLISH_FUNCTION_WORDS)
    if function >= 2 and function / len(words) >= 0.12:
        return "en"
    if len(words) <= 8 and function >= 1:
        return "en"
    return "und"
