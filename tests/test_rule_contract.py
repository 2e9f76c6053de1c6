"""Every installed rule ships what the project promises: docs in fixed sections, both languages."""

from __future__ import annotations

import re

import pytest

from outreach_lint import ANY_LANGUAGE, Linter

RULES = [lr.rule for lr in Linter().available if lr.origin == "outreach-lint"]
SECTIONS = ("## What it does", "## Why is this bad?", "## Example")
JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.name)
def test_docstring_has_sections_and_examples_in_both_languages(rule):
    doc = rule.documentation()
    for section in SECTIONS:
        assert section in doc, f"{rule.name}: docstring lacks {section!r}"
    example = doc.split("## Example", 1)[1]
    assert "Bad" in example and "Better" in example
    assert JAPANESE.search(example), f"{rule.name}: no Japanese example"
    assert re.search(r"[A-Za-z]{4,} [A-Za-z]{2,} [A-Za-z]{2,}", example), f"{rule.name}: no English example"
    if rule.option_fields():
        assert "## Options" in doc
        for field in rule.option_fields():
            assert field.name.replace("_", "-") in doc, f"{rule.name}: option {field.name} undocumented"


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.name)
def test_messages_exist_in_english_and_japanese(rule):
    assert rule.messages, f"{rule.name} has no messages"
    for key, variants in rule.messages.items():
        assert variants.get("en") and variants.get("ja"), f"{rule.name}: message {key!r} lacks en or ja"
        assert JAPANESE.search(variants["ja"]), f"{rule.name}: message {key!r} 'ja' is not Japanese"


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.name)
def test_rule_carries_an_advice_point(rule):
    assert re.match(r"^(000|002) §\d+", rule.advice), f"{rule.name}: advice {rule.advice!r}"
    assert rule.languages - {ANY_LANGUAGE}


JA_SECTIONS = ("## 何をするか", "## なぜ問題か", "## 例")


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.name)
def test_japanese_documentation_has_the_same_sections(rule):
    doc = rule.documentation("ja")
    for section in JA_SECTIONS:
        assert section in doc, f"{rule.name}: doc_ja lacks {section!r}"
    if rule.option_fields():
        assert "## オプション" in doc
