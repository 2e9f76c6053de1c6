"""over-apologetic (OL601): two or more apologies or self-deprecations; one courtesy phrase is manners."""

from __future__ import annotations

import pytest

from outreach_lint.testing import RuleTester

tester = RuleTester("over-apologetic")


@pytest.mark.parametrize(
    "text, spans",
    [
        (
            "Hi Dana, sorry to bother you, and forgive the intrusion. I'm Marco from Lumen.",
            ["sorry to bother you", "forgive the intrusion"],
        ),
        (
            "Hi Dana, I'm only an intern, so this is probably a stupid question: how do you shard?",
            ["I'm only an intern", "stupid question"],
        ),
        (
            "Hi Ken, I hate to impose, and I'm so sorry for the long message.",
            ["I hate to impose", "I'm so sorry"],
        ),
        (
            # The grammar, not a list: a hedge, a few words, then a modest role.
            "Hi Mei, I'm just a self-taught hobbyist developer. I don't want to waste your time.",
            ["I'm just a self-taught hobbyist", "I don't want to waste your time"],
        ),
        (
            "Hi Raj, apologies for the cold message; I know I'm not qualified to comment on this.",
            ["apologies for the cold", "I know I'm not"],
        ),
    ],
)
def test_english_stacked_apologies_each_fire(text, spans):
    tester.invalid(text, lang="en", spans=spans)


@pytest.mark.parametrize(
    "text",
    [
        "Hi Dana, sorry for the cold message. I'm Marco, a mobile developer at Lumen.",
        "Hi Dana, forgive the intrusion: your post on offline-first sync fixed our conflict resolution.",
        "Hi Priya, I was so sorry to hear about the layoffs; I'm sorry to bother you with this.",
        "Hi Sam, I'm a student at Waterloo and your compiler notes are the clearest I've found.",
        "Hi Greg, I'm just finishing our launch retro and your notes were our playbook.",
        "Hi Anna, I know you're busy, so just one line: your talk got our burn-rate alerts right.",
    ],
)
def test_english_one_courtesy_phrase_or_sympathy_is_silent(text):
    tester.valid(text, lang="en")


@pytest.mark.parametrize(
    "text, spans",
    [
        (
            "鈴木様\nお手を煩わせてしまい申し訳ありません。ご迷惑をおかけしてすみません。",
            ["お手を煩わせ", "申し訳ありません", "ご迷惑を", "すみません"],
        ),
        ("中村様\n若輩者の身で誠に申し訳ございませんが、一点質問させてください。", ["若輩者", "申し訳ございません"]),
        (
            # Courtesy formulas weigh half: 恐縮 piled up four times is a finding.
            "渡辺様\n突然のご連絡失礼いたします。ご多忙のところ大変恐縮ですが、不躾なお願いで恐縮ですが、大変恐縮ですがよろしくお願いいたします。",
            ["突然のご連絡失礼", "ご多忙のところ大変恐縮", "不躾", "恐縮", "恐縮"],
        ),
        ("高橋様\n私ごときがご連絡するのはおこがましいのですが、拙い文章で失礼いたしました。", ["私ごとき", "拙い", "失礼いたしました"]),
    ],
)
def test_japanese_stacked_apologies_each_fire(text, spans):
    tester.invalid(text, lang="ja", spans=spans)


@pytest.mark.parametrize(
    "text",
    [
        "山田様\n突然のご連絡失礼いたします。佐藤と申します。お忙しいところ恐縮ですが、よろしくお願いいたします。",
        "山田様\n突然のご連絡、申し訳ございません。佐藤と申します。記事を拝見しご連絡いたしました。",
        "山田様\nいつもお世話になっております。お手数ですが、恐れ入りますが、資料をご確認ください。",
        "山田様\n不躾なお願いで恐縮ですが、データの出典を教えていただけないでしょうか。",
        "山田様\nまだまだ未熟ではございますが、今後ともよろしくお願いいたします。",
        "山田様\n記事を拝読しました。取り急ぎ御礼まで。それでは失礼いたします。",
        "山田様\nご迷惑でなければ、一度お話を伺えますと幸いです。",
    ],
)
def test_japanese_courtesy_formulas_stay_silent(text):
    tester.valid(text, lang="ja")


def test_min_count_is_an_option():
    strict = RuleTester("over-apologetic", options={"min-count": 3})
    strict.valid("Hi Dana, sorry to bother you, and forgive the intrusion.", lang="en")
    strict.invalid("Hi Dana, sorry to bother you, forgive the intrusion, I'm only an intern.", lang="en", count=3)
    lenient = RuleTester("over-apologetic", options={"min-count": 1})
    lenient.invalid("Hi Dana, sorry to bother you.", lang="en", spans=["sorry to bother you"])
    lenient.valid("山田様\n突然のご連絡失礼いたします。佐藤と申します。", lang="ja")  # half an apology


def test_extra_phrases_extend_the_apologies():
    custom = RuleTester("over-apologetic", options={"extra-phrases": {"en": ["mea culpa"]}})
    custom.invalid("Mea culpa for the cold message, and forgive the intrusion.", lang="en", spans=["Mea culpa", "forgive the intrusion"])


def test_suggestion_is_in_the_drafts_language():
    found = tester.invalid("鈴木様\n申し訳ありません。すみません。", lang="ja", locale="en")
    assert found[0].message.startswith("'申し訳ありません'")
    assert "ご連絡" in (found[0].suggestion or "")


def test_a_hedge_before_any_trade_and_a_fear_of_wasting_their_time_are_self_deprecation():
    tester.invalid("Hi Yara, I'm just a hobby perfumer and probably wasting your time, but your iris diary was brilliant.",
                   lang="en", platform="linkedin", count=2)
    tester.invalid("Hi Yara, I'm only a second-year pharmacist and I know I'm no expert, but your iris diary was brilliant.",
                   lang="en", platform="linkedin", count=2)
    # "just a … away" runs nobody down
    tester.valid("Hi Yara, I'm just a click away if you need anything. Your iris diary was brilliant.", lang="en", platform="linkedin")


def test_calling_ones_own_message_rude_and_apologising_again_and_again_stack_up():
    tester.invalid("岩崎様\n何度も本当に申し訳ございません。福田です。共同観測の件で、四度目のご連絡になってしまいました。しつこくて大変失礼なのは承知しておりますが、"
                   "ご覧いただけていますでしょうか。お忙しいところ、重ね重ね申し訳ございません。", lang="ja", platform="email")
    # one chaser's courtesy, and thanks said again, are no pile of apologies
    tester.valid("岩崎様\n福田です。共同観測の件、しつこくてすみません。ご覧いただけていますでしょうか。", lang="ja", platform="email")
    tester.valid("岩崎様\n福田です。先日はありがとうございました。重ね重ねお礼申し上げます。", lang="ja", platform="email")
