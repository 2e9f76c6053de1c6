"""Adversarial time: a 10 MB draft of brackets or exclamation marks, or one 1-million-character
"word", is linted in seconds, in either language. The bound is generous (a slow CI machine must
not flake); on failure the message names the rules that took the time.
"""

from __future__ import annotations

import time

import pytest

from outreach_lint import Linter
from outreach_lint.core.context import Context
from outreach_lint.core.rule import BatchRule
from outreach_lint.tokenizers import get_tokenizer

MB = 10 * 1024 * 1024
BOUND = 30.0  # seconds; each case takes about a second on a laptop

CASES = {
    "brackets": "[" * (MB // 2) + "]" * (MB // 2),
    "bracket-pairs": "[]{}<>" * (MB // 6),
    "exclamation-marks": "!" * MB,
    "full-width-exclamation-marks": "！" * (MB // 3),
    "one-million-character-word": "a" * 1_000_000,
    "one-million-character-katakana-word": "ア" * 1_000_000,
    # a role, then one long word where the place should be: missing-introduction's role pattern once let
    # the word split six ways and tried them all (2.7 s at 60 letters, growing as the fifth power)
    "role-then-a-long-word": "Hi Dana, engineer at " + "a" * 120 + ",",
    # "It's <Name>, " then words, and "<Name> at <Org>": the session-16 introduction patterns, on long words
    "its-name-then-a-long-word": "Josie!! It's Brenda, " + "a" * 5000 + " " + "b" * 5000,
    "name-at-org-long": "Wendell, Sofia at " + "G" + "g" * 5000 + " " + "S" * 3000 + "!",
}

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def linter():
    return Linter()


def _slowest_rules(linter: Linter, text: str, lang: str) -> str:
    doc = get_tokenizer(lang)(text)
    ctx = Context()
    times = []
    for rule in linter.rules:
        start = time.perf_counter()
        if isinstance(rule, BatchRule):
            list(rule.check_batch([(doc, ctx)]))
        else:
            list(rule.check(doc, ctx))
        times.append((time.perf_counter() - start, rule.name))
    return ", ".join(f"{name} {seconds:.1f}s" for seconds, name in sorted(times, reverse=True)[:4])


@pytest.mark.parametrize("lang", ["en", "ja"])
@pytest.mark.parametrize("name", sorted(CASES))
def test_pathological_draft_is_linted_in_seconds(linter, name, lang):
    text = CASES[name]
    linter.lint("warm up the analyzers", lang=lang)
    start = time.perf_counter()
    result = linter.lint(text, lang=lang)
    elapsed = time.perf_counter() - start
    assert not [f for f in result.findings if "crashed" in f.message], [f.message for f in result.findings]
    assert all(0 <= f.start <= f.end <= len(text) for f in result.findings)
    if elapsed > BOUND:
        pytest.fail(f"{name} ({lang}) took {elapsed:.1f}s (bound {BOUND:.0f}s); slowest rules: {_slowest_rules(linter, text, lang)}")


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_tokens_of_a_pathological_run_still_cover_the_text(lang):
    text = "Hi Dana" + "!" * 5000 + " see [[[[" + "[" * 3000 + " ok アア" + "ア" * 2000 + " 佐藤です。"
    document = get_tokenizer(lang)(text)
    pos = 0
    for token in document.tokens:
        assert text[token.start : token.end] == token.text
        assert token.start >= pos and text[pos : token.start].strip() == ""
        pos = token.end
    assert text[pos:].strip() == ""
    assert [t.i for t in document.tokens] == list(range(len(document.tokens)))


def test_a_million_characters_of_japanese_do_not_crash_the_analyzer():
    """MeCab segfaults on about a million characters in one call; the tokenizer feeds it in pieces."""
    text = "山田様、はじめまして。佐藤と申します。\n" * 60_000  # 1.2 million characters
    document = get_tokenizer("ja")(text)
    assert document.tokens[-1].end == len(text.rstrip())
    assert sum(1 for t in document.tokens if t.text == "申し") == 60_000
