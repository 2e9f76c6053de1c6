"""Near misses the corpora found: kanji numerals with 〇, template syntax quoted as inline code."""

from __future__ import annotations

import pytest

from outreach_lint.testing import RuleTester

tester = RuleTester("unfilled-placeholder")


@pytest.mark.parametrize(
    "text",
    [
        "弊社は二〇〇六年に創業しました。",
        "二〇二六年一〇月の勉強会でお会いしました。",
        "創業は二○○六年です。",  # ○ (U+25CB) typed for 〇, as many people do
    ],
)
def test_kanji_numeral_zero_is_not_a_slot(text):
    tester.valid(text, lang="ja")


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("平成〇〇年にご入社されたと伺いました。", "〇〇"),
        ("〇〇万円のご予算でいかがでしょうか。", "〇〇"),
        ("〇月〇日に伺います。", "〇月〇日"),
        ("会議は〇時からです。", "〇時"),
    ],
)
def test_circle_slots_next_to_non_digits_still_fire(text, span):
    tester.invalid(text, lang="ja", spans=[span])


@pytest.mark.parametrize(
    "text",
    [
        "Hi Dana, I'm Sam from Fieldnote. The bug in your issue was `${user.name}` rendering empty; we hit it too.",
        "Your Jinja tip about `{{ user.name }}` inside macros saved me an afternoon.",
        "We set `{project_name}` in the config, as your README suggests.",
    ],
)
def test_template_syntax_in_inline_code_is_quoted_not_unfilled(text):
    tester.valid(text, lang="en")


def test_slot_outside_the_code_span_still_fires():
    text = "Hi {first_name}, your note on `${user.name}` rendering empty helped us."
    tester.invalid(text, lang="en", spans=["{first_name}"])


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("I am writing about fellowship opportunities in pediatric cardiology at [Hospital].", "[Hospital]"),
        ("Your work at [Startup] on [specialty] caught my eye.", "[Startup]"),
        ("I loved your [paper] on sampling.", "[paper]"),
    ],
)
def test_institution_and_topic_slots_fire(text, span):
    """Found in published templates (../shared/external): '[Hospital]' went unnoticed."""
    found = tester.invalid(text, lang="en")
    assert span in [text[f.start : f.end] for f in found]


@pytest.mark.parametrize(
    "text, span",
    [
        ("Congrats on [recent news] at Doyle Family Dentistry.", "[recent news]"),
        ("Teams like yours often struggle with [pain point].", "[pain point]"),
        ("It lets you [main benefit] in a week.", "[main benefit]"),
    ],
)
def test_a_copywriters_slot_words_make_a_slot(text, span):
    tester.invalid(text, lang="en", spans=[span])


@pytest.mark.parametrize("text, span", [("【最近のニュース】を拝見しました。", "【最近のニュース】"), ("[最近の投稿]、とても参考になりました。", "[最近の投稿]")])
def test_a_recent_thing_of_theirs_left_in_brackets_is_a_slot_in_japanese(text, span):
    tester.invalid(text, lang="ja", spans=[span])


def test_an_editorial_bracket_is_no_slot():
    tester.valid("He said the launch was [sic] on time.", lang="en")
    tester.valid("【速報】新しいニュースをお届けします。", lang="ja")
    tester.valid("【ニュース】新商品を発売しました。", lang="ja")


def test_hidden_digits_of_a_street_number_are_no_slot():
    tester.valid("はじめまして、陶芸をしている村田です。\n\n村田 健\n〒791-0XXX 愛媛県松山市道後町XX-X", lang="ja", platform="email")
    tester.valid("村田 健\n住所：静岡県浜松市中区城北XXX-X", lang="ja", platform="email")
    # a name left as XX is a slot still
    tester.invalid("XX様\n\nはじめまして、陶芸をしている村田です。", lang="ja", platform="email")


def test_a_name_masked_on_a_line_whose_number_is_masked_is_redaction():
    tester.valid("長谷川先生\n\n宮下と申します。ご寄稿を拝読しました。\n\n宮下 隆\n五島市 〇〇島診療所（代表 0959-XX-2201）", lang="ja", platform="email")
    tester.valid("Dear Dr Hasegawa,\n\nI'm Miyashita, the only doctor on a small island. I read your article.\n\nMiyashita\n"
                 "XX Island Clinic (main line 0959-XX-2201)", lang="en", platform="email")
    # with the number written out, the name is a slot left; so is a greeting's ○○ whatever the signature hides
    tester.invalid("長谷川先生\n\n宮下と申します。ご寄稿を拝読しました。\n\n宮下 隆\n五島市 〇〇島診療所（代表 0959-22-2201）", lang="ja", platform="email")
    tester.invalid("〇〇様\n\n宮下と申します。ご寄稿を拝読しました。\n\n宮下 隆\n（代表 0959-XX-2201）", lang="ja", platform="email")
