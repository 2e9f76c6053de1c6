"""keigo-misuse (OL603): 二重敬語 and stacked させていただく, found in every inflection, fixed to match."""

from __future__ import annotations

import pytest

from outreach_lint.testing import RuleTester

tester = RuleTester("keigo-misuse")


@pytest.mark.parametrize(
    "text, span, fixed",
    [
        ("資料はもうご覧になられましたか。", "ご覧になられました", "ご覧になりました"),
        ("資料をご覧になられる際はご連絡ください。", "ご覧になられる", "ご覧になる"),
        ("資料をご覧になられて、ご意見をください。", "ご覧になられて", "ご覧になって"),
        ("まだご覧になられないようでしたら再送します。", "ご覧になられない", "ご覧にならない"),
        ("ご覧になられれば分かります。", "ご覧になられれば", "ご覧になれば"),
        ("山田様がおっしゃられていた設計の話です。", "おっしゃられて", "おっしゃって"),
        ("先日おっしゃられました件です。", "おっしゃられました", "おっしゃいました"),
        ("来月の会合にはお越しになられますか。", "お越しになられます", "お越しになります"),
        ("新刊をお読みになられたと伺いました。", "お読みになられた", "お読みになった"),
        ("昨年の交流会にご出席になられた方です。", "ご出席になられた", "ご出席になった"),
        ("学会にはいらっしゃられますか。", "いらっしゃられます", "いらっしゃいます"),
        ("試食会で召し上がられた新商品です。", "召し上がられた", "召し上がった"),
        ("講演で申されました内容について伺います。", "申されました", "おっしゃいました"),
        ("草稿は拝見されましたでしょうか。", "拝見されました", "ご覧になりました"),
        ("ブログ記事を拝見させていただきました。", "拝見させていただきました", "拝見しました"),
        ("資料を拝見させていただいて、ご連絡しました。", "拝見させていただいて", "拝見して"),
        ("著書を拝読させていただきます。", "拝読させていただきます", "拝読します"),
        ("明日、御社へ伺わせていただきます。", "伺わせていただきます", "伺います"),
        ("研究室にお伺いさせていただきたく存じます。", "お伺いさせていただきたく", "伺いたく"),
    ],
)
def test_double_honorifics_fire_with_a_conjugated_fix(text, span, fixed):
    (finding,) = tester.invalid(text, lang="ja", spans=[span])
    assert finding.fix is not None and finding.fix.safe
    assert text[finding.fix.start : finding.fix.end] == span
    assert finding.fix.replacement == fixed
    assert fixed in finding.suggestion


def test_applying_the_fix_gives_correct_keigo():
    text = "先日の資料をご覧になられましたか。山田様がおっしゃられていた件です。"
    found = tester.invalid(text, lang="ja", count=2)
    for f in sorted(found, key=lambda f: f.start, reverse=True):
        text = text[: f.fix.start] + f.fix.replacement + text[f.fix.end :]
    assert text == "先日の資料をご覧になりましたか。山田様がおっしゃっていた件です。"
    tester.valid(text, lang="ja")


def test_permission_request_gets_a_rephrasing_but_no_automatic_fix():
    (finding,) = tester.invalid("資料を拝見させていただけますか。", lang="ja", spans=["拝見させていただけます"])
    assert finding.fix is None
    assert "拝見してもよろしいでしょうか" in finding.suggestion


def test_piled_up_sasete_itadaku_reports_all_but_the_first():
    text = (
        "山本様の学校のご支援を担当させていただくことになりました。"
        "来週、現状のヒアリングをさせていただき、改善案をまとめさせていただきます。"
    )
    found = tester.invalid(text, lang="ja", spans=["ヒアリングをさせていただき", "まとめさせていただきます"])
    assert [f.fix.replacement for f in found] == ["ヒアリングをいたし", "まとめます"]


def test_pile_up_threshold_is_an_option():
    text = "資料を送付させていただきます。後ほどご連絡させていただきます。"
    RuleTester("keigo-misuse").valid(text, lang="ja")
    strict = RuleTester("keigo-misuse", options={"sasete-itadaku": 2})
    strict.invalid(text, lang="ja", spans=["ご連絡させていただきます"])


@pytest.mark.parametrize(
    "text",
    [
        "資料はもうご覧になりましたか。",
        "山田様がおっしゃっていた設計の話です。",
        "来月の会合にはお越しになりますか。",
        "ブログ記事を拝見しました。",
        "明日、御社へお伺いします。",  # お伺いする: accepted usage (敬語の指針)
        "来週、前田様がお見えになります。",  # お見えになる: accepted usage
        "どうぞお召し上がりになってください。",  # accepted usage
        "中村様が部長になられたと伺いました。",  # なる + れる: one honorific, correct
        "代表取締役社長 田中様",
        "資料を添付させていただきました。",  # one させていただく is fine
        "ご案内をさせていただきたく、ご連絡させていただきました。",  # two are fine
        "お手すきの際にご覧いただけますと幸いです。",
    ],
)
def test_correct_keigo_stays_silent(text):
    tester.valid(text, lang="ja")


def test_english_drafts_are_not_checked():
    tester.valid("I would be honoured to humbly request that you kindly review it.", lang="en")


@pytest.mark.parametrize(
    "text, span, fixed",
    [
        ("田中社長様にはお世話になっております。", "社長様", "社長"),
        ("副社長様にもよろしくお伝えください。", "副社長様", "副社長"),
    ],
)
def test_a_job_title_given_sama_is_reported_only_when_asked_for(text, span, fixed):
    # Common, accepted usage: no blind labeler called 社長様 a fault, so it is off by default.
    tester.valid(text, lang="ja")
    (finding,) = RuleTester("keigo-misuse", {"title-sama": True}).invalid(text, lang="ja", spans=[span])
    assert finding.fix is not None and finding.fix.replacement == fixed
