"""EX101 greeting-name-mismatch, tested with the same harness the built-in rules use."""

import pytest

from outreach_lint.docs import problems
from outreach_lint.testing import RuleTester
from outreach_lint_example import GreetingNameMismatch

DANA = {"name": "Dana Whitfield", "company": "Fieldnote"}
YAMADA = {"name": "山田 花子", "company": "フィールドノート"}


@pytest.fixture(scope="module")
def tester():
    # By name: proves the entry point is installed, exactly as outreach-lint will find it.
    return RuleTester("greeting-name-mismatch")


def test_registered_under_its_own_code(tester):
    assert tester.rule is GreetingNameMismatch
    assert tester.rule.code == "EX101"


def test_documentation_is_complete():
    assert problems(GreetingNameMismatch) == []


@pytest.mark.parametrize(
    "text, span",
    [
        ("Hi Maria, your PyCon talk on offline-first sync answered a question we had.", "Maria"),
        ("Dear Dr. Maria Lopez,\n\nI read your post on CRDTs.", "Maria Lopez"),
        ("Hello, Maria!\nI read your post on CRDTs.", "Maria"),
        ("Subject: your PyCon talk\n\nGood morning Maria,\nI read your post.", "Maria"),
    ],
)
def test_english_greeting_for_someone_else(tester, text, span):
    tester.invalid(text, recipient=DANA, spans=[span], severity="warning", message="Dana Whitfield")


@pytest.mark.parametrize(
    "text, span",
    [
        ("佐藤様\nはじめまして、タイドプールの佐藤と申します。", "佐藤"),
        ("佐藤 一郎様、はじめまして。タイドプールの田中と申します。", "佐藤 一郎"),
        ("\n  鈴木さん\n先日のご講演、拝見しました。", "鈴木"),
    ],
)
def test_japanese_greeting_for_someone_else(tester, text, span):
    tester.invalid(text, recipient=YAMADA, spans=[span], message="山田 花子")


def test_message_in_the_readers_language(tester):
    (f,) = tester.invalid("佐藤様\nはじめまして。", recipient=YAMADA)
    assert f.message.startswith("宛名が「佐藤」")
    (f,) = tester.invalid("佐藤様\nはじめまして。", recipient=YAMADA, locale="en")
    assert f.message == "The greeting names 佐藤, but this draft is for 山田 花子"


@pytest.mark.parametrize(
    "text",
    [
        "Hi Dana, your PyCon talk answered a question we had.",
        "Dear Ms. Whitfield,\nI read your post.",
        "Hi Dan, quick note about your talk.",  # a short form of the name
        "Hi there, I read your post.",
        "Dear Hiring Manager,\nI am writing about the role.",
        "Hi Fieldnote team, I read your post.",  # the company, not a person
        "Hi Fieldnote, loved the release notes.",
        "I read your post on CRDTs. Hi to Maria from me!",  # not a greeting on the first line
        "Hi, I read your post on CRDTs.",
    ],
)
def test_english_silent(tester, text):
    tester.valid(text, recipient=DANA)


@pytest.mark.parametrize(
    "text",
    [
        "山田様\nはじめまして。",
        "山田花子様\nはじめまして。",
        "花子さん、先日はありがとうございました。",
        "フィールドノート 山田様\nはじめまして。",
        "ご担当者様\nはじめまして。",
        "皆様、はじめまして。",
        "はなこさん、先日はありがとうございました。",  # a reading: cannot be checked
        "Hanako-san, thank you for the talk.",
        "先日は佐藤さんのご紹介でご連絡いたしました。",  # 佐藤 is not the addressee
    ],
)
def test_japanese_silent(tester, text):
    tester.valid(text, recipient=YAMADA)


def test_silent_without_a_recipient_name(tester):
    tester.valid("Hi Maria, I read your post.")
    tester.valid("Hi Maria, I read your post.", recipient={"company": "Fieldnote"})


def test_nickname_listed_in_the_recipient_name(tester):
    tester.invalid("Hi Bob, I read your post.", recipient={"name": "Robert Smith"}, spans=["Bob"])
    tester.valid("Hi Bob, I read your post.", recipient={"name": "Robert (Bob) Smith"})


def test_extra_greetings_option():
    tester = RuleTester(GreetingNameMismatch, {"extra-greetings": ["Howdy"]})
    tester.invalid("Howdy Maria, I read your post.", recipient=DANA, spans=["Maria"])
    RuleTester(GreetingNameMismatch).valid("Howdy Maria, I read your post.", recipient=DANA)
