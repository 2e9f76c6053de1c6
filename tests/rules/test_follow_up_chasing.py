"""follow-up-chasing (OL203): from the thread (streak, spacing) and from the text alone."""

from __future__ import annotations

import datetime as dt

import pytest

from outreach_lint.testing import RuleTester

tester = RuleTester("follow-up-chasing")
TODAY = dt.date.today()


def days_ago(n: int) -> str:
    return (TODAY - dt.timedelta(days=n)).isoformat()


TWO_UNANSWERED = [
    {"from": "me", "date": days_ago(20), "text": "Hi Dana, I'm Ken from Fieldnote."},
    {"from": "me", "date": days_ago(10), "text": "Just following up on my note."},
]


def test_third_message_in_a_row_fires_and_says_how_many_precede():
    text = "Hi Dana,\n\nAny thoughts on the deck? It has the sync numbers."
    found = tester.invalid(text, lang="en", thread=TWO_UNANSWERED, spans=["Any thoughts"])
    assert "2 messages" in found[0].message and "number 3" in found[0].message


def test_without_follow_up_words_the_span_is_the_first_sentence_after_the_greeting():
    text = "山田様\n\nフィールドノートの佐藤です。資料をお送りします。"
    tester.invalid(text, lang="ja", thread=TWO_UNANSWERED, spans=["フィールドノートの佐藤です。"])


def test_max_unanswered_option_allows_a_second_follow_up():
    text = "Any thoughts on the deck?"
    RuleTester("follow-up-chasing", options={"max-unanswered": 2}).valid(text, lang="en", thread=TWO_UNANSWERED)


def test_japanese_third_message_names_the_follow_up_words():
    text = "山田様、重ねてのご連絡失礼いたします。資料をお送りします。"
    found = tester.invalid(text, lang="ja", thread=TWO_UNANSWERED, spans=["重ねてのご連絡失礼"])
    assert "2通" in found[0].message


def test_one_follow_up_is_fine():
    thread = [{"from": "me", "date": days_ago(7), "text": "Hi Dana, I'm Ken from Fieldnote."}]
    tester.valid("Just bumping this in case it got buried.", lang="en", thread=thread)
    tester.valid("先日お送りした件、ご覧いただけましたでしょうか。", lang="ja", thread=thread)


def test_follow_up_too_soon_is_info_and_the_gap_is_an_option():
    thread = [{"from": "me", "date": days_ago(1), "text": "Hi Dana, I'm Ken from Fieldnote."}]
    found = tester.invalid("Following up on my note.", lang="en", thread=thread, severity="info")
    assert "1 day" in found[0].message
    RuleTester("follow-up-chasing", options={"min-days": 1}).valid("Following up on my note.", lang="en", thread=thread)


def test_after_their_reply_courtesy_is_not_chasing():
    thread = [{"from": "me", "text": "はじめまして。"}, {"from": "them", "text": "ありがとうございます。"}]
    tester.valid("たびたびすみません、もう一点だけ質問です。", lang="ja", thread=thread)


@pytest.mark.parametrize(
    "text, spans",
    [
        ("Hi Dana, following up yet again on my note.", ["following up yet again"]),
        ("I've written to you a few times now about the talk.", ["written to you a few times"]),
        ("As per my last three emails, the offer stands.", ["my last three emails"]),
        ("This is my third attempt to reach you.", ["my third attempt"]),
        ("Just bumping this to the top of your inbox.", ["bumping this to the top of your inbox"]),
        ("Sending one last follow-up about the podcast.", ["one last follow-up"]),
        # the writer's own mails counted, the reader left unsaid
        ("I've emailed twice already about the grain dryer and heard nothing.", ["I've emailed twice"]),
        ("I have messaged three times about the lease and still nothing.", ["I have messaged three times"]),
    ],
)
def test_english_text_alone_fires(text, spans):
    tester.invalid(text, lang="en", spans=spans)


def test_text_count_is_reported():
    found = tester.invalid("As per my last three emails, the offer stands.", lang="en")
    assert "3 messages" in found[0].message


@pytest.mark.parametrize(
    "text, spans",
    [
        ("重ねてのご連絡失礼いたします。", ["重ねてのご連絡失礼"]),
        ("たびたびすみません。", ["たびたびすみません"]),
        ("再三のご連絡となり恐縮です。", ["再三"]),
        ("何度かご連絡しておりますが、いかがでしょうか。", ["何度かご連絡"]),
        ("三度目のご連絡となりますが、ご覧ください。", ["三度目のご連絡"]),
        ("先日のメールを再送いたします。", ["再送いたします"]),
    ],
)
def test_japanese_text_alone_fires(text, spans):
    tester.invalid(text, lang="ja", spans=spans)


@pytest.mark.parametrize(
    "text",
    [
        "Once again, thank you for the talk.",
        "In my previous email I mentioned the deck.",
        "I've written about privacy many times on my blog.",
        "I have written about leases many times in my column.",
        "I've emailed your team's support address about the invoice.",
        "I bumped into your post on Hacker News.",
        "I'll send you a few times that work for me.",
    ],
)
def test_english_near_misses_stay_silent(text):
    tester.valid(text, lang="en")


@pytest.mark.parametrize(
    "text",
    [
        "重ねてお礼申し上げます。",
        "3回目の来日です。",
        "いつもお世話になっております。",
        "何度も読み返している記事です。",
        "再送のご依頼をいただいた資料をお送りします。",
    ],
)
def test_japanese_near_misses_stay_silent(text):
    tester.valid(text, lang="ja")


def test_a_numbered_single_message_is_still_a_count():
    # "my previous email" is one message; "my third message" says two went unanswered before it.
    tester.invalid("Hey Darren, this is my third message now, not sure if the other two came through.", lang="en")
    tester.valid("Hi Darren, following up on my previous email about the CB360.", lang="en")


def test_a_numbered_message_counts_in_japanese_too():
    tester.invalid("田村さん、これで3回目のご連絡になります。前の2通は届いていますでしょうか。", lang="ja")


def test_a_message_the_day_after_ones_own_is_fine_once_they_have_written():
    thread = [
        {"from": "them", "date": "2026-08-12", "text": "Can you add the timeline from your side?"},
        {"from": "me", "date": "2026-08-12", "text": "On it, will have it by Friday."},
    ]
    tester.valid("Hi Anika, the timeline is in the doc under section 3.", lang="en", thread=thread, date="2026-08-14")
    cold = [{"from": "me", "date": "2026-08-12", "text": "Hi Anika, I'm Chris from Lumen; loved your SRE talk."}]
    tester.invalid("Hi Anika, just following up on my note.", lang="en", thread=cold, date="2026-08-14", severity="info")


def test_a_count_of_messages_already_sent_is_a_chaser_but_a_count_of_parts_to_send_is_not():
    tester.invalid("菊地様\n\n先月から三度メッセージをお送りしておりますが、念のため改めてご連絡いたします。", lang="ja", platform="linkedin-inmail")
    tester.invalid("これまで2回ご連絡していますが、お返事がありません。", lang="ja", platform="email")
    tester.valid("山田様\n\nはじめまして。資料が大きいため、二度に分けてお送りします。", lang="ja", platform="email")
    # The English count already reads the same way.
    tester.invalid("Hi Dana, I've written to you three times since March about the pilot.", lang="en", platform="email")


def test_sorry_again_in_one_message_is_no_chase_but_messages_counted_are():
    tester.valid("川口先生\n\n突然のご連絡、誠に申し訳ございません。石けん工房の三木と申します。不躾なお願いで重ねて申し訳ございません。",
                 lang="ja", platform="email")
    tester.invalid("山田様\n\n重ねてのご連絡失礼いたします。先日の件、いかがでしょうか。", lang="ja", platform="email")
    tester.invalid("何回かDMしてるんですが、届いてますかね？念のためもう一回上げときます！", lang="ja", platform="x")
    tester.invalid("Hi Sebastian, third InMail from me now. Could you just say yes or no?", lang="en", platform="linkedin-inmail")
    tester.valid("Hi Sebastian, my second InMail: just checking you saw the deck.", lang="en", platform="linkedin-inmail")


def test_the_nth_message_counted_in_the_text_or_the_subject_is_a_chase():
    tester.invalid("先月から数えて4回目のご連絡となりますが、改めてお送りいたします。", lang="ja", platform="email")
    tester.invalid("件名：【4回目】共同出展のご相談\n\n小池様\n\nご確認いただけましたでしょうか。", lang="ja", platform="email")
    tester.invalid("5通目になります。", lang="ja", platform="email")
    # a second message is the one follow-up allowed; a fifth exhibition is no fifth message
    tester.valid("2回目のご連絡です。", lang="ja", platform="email")
    tester.valid("5回目の展示会のご案内です。", lang="ja", platform="email")
    tester.invalid("This is my fourth email about the booth.", lang="en", platform="email")
    tester.valid("This is the fourth edition of the fair.", lang="en", platform="email")


def test_a_circled_number_before_kaime_is_read_without_crashing():
    # ① passes str.isdigit() but is no decimal number: the rule reads it as no count at all.
    draft = "件名：ご提案①回目の修正\n\n佐藤様\n\n修正案をお送りします。①回目のご指摘を反映しました。"
    assert not [f for f in tester.findings(draft, lang="ja", platform="email") if "crashed" in f.message]
    tester.valid(draft, lang="ja", platform="email")
    tester.invalid("件名：【4回目】ご確認のお願い\n\n佐藤様\n\n先日の件、いかがでしょうか。", lang="ja", platform="email")


def test_fourth_time_asking_counts_the_messages_before_it():
    (finding,) = tester.invalid("Subject: Fourth time asking: cargo bike samples\n\nHi Martin,\n\nFourth time asking, I'm afraid: "
                                "did the samples reach you?\n\nThanks", lang="en", platform="email")[:1]
    assert "3" in finding.message


def test_a_repeated_apology_in_a_message_that_says_it_is_the_first_is_no_chase():
    tester.valid("大川様\n\n突然のご連絡、誠に申し訳ございません。松江で和食店を営んでおります今村と申します。連載を拝読し、大変感動いたしました。"
                 "\n\n度々失礼いたしました。", lang="ja", platform="email")
    tester.invalid("大川様\n\n松江で和食店を営んでおります今村です。先日お送りしたご案内の件、いかがでしょうか。\n\n度々失礼いたしました。",
                   lang="ja", platform="email")
    # a count still says how many came before
    tester.invalid("大川様\n\n突然のご連絡失礼いたします。今村です。これで3回目のご連絡となりますが、ご検討いただけましたでしょうか。",
                   lang="ja", platform="email")


@pytest.mark.parametrize(
    "text, lang",
    [
        ("hey, this is my 4th DM about the bug in your parser. why are you ignoring these??", "en"),
        ("Subject: FIFTH REQUEST: bookkeeping trial\n\nSandra,\nThe migration offer is still open.\n\nRay", "en"),
        ("Hi Omar, this is my sixth email about the warehouse lease, and I still have no answer.", "en"),
        ("島崎様\n前回、前々回のメールでもご案内しました、省エネ診断の件で再度ご連絡いたします。", "ja"),
        ("島崎様\n前々回のご連絡でもお伝えしましたが、診断の枠が残りわずかです。", "ja"),
    ],
)
def test_the_writers_nth_message_counts_the_ones_before_it(text, lang):
    found = tester.invalid(text, lang=lang, platform="email", count=1)
    assert "2" in found[0].message or "3" in found[0].message or "4" in found[0].message or "5" in found[0].message


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Hi Sam, our fifth annual summit is in May and I'd love you to speak on pricing.", "en"),
        ("Hi Sam, I read your 3rd post on pricing and it changed how we bill.", "en"),
        ("Hi Sam, this is the third edition of our guide; your chapter on churn is in it.", "en"),
        ("島崎様\n前々回の展示会でお会いした際のお話の件でご連絡いたしました。", "ja"),
    ],
)
def test_an_ordinal_of_something_else_is_no_chase(text, lang):
    tester.valid(text, lang=lang, platform="email")


def test_the_nth_time_of_contacting_is_a_chase_the_nth_time_of_anything_else_is_not():
    tester.invalid("Hi Bongani, circling back for the third time on the installer-training proposal. Did you get a chance "
                   "to look at the deck I sent?", lang="en", platform="linkedin-message")
    tester.invalid("hey Deepa, 3rd time pinging u about the booth sponsorship, did u see my last msgs? still keen!",
                   lang="en", platform="linkedin-message")
    tester.invalid("third time I'm DMing you about the remix stems, any news?", lang="en", platform="x")
    # the third time of watching, running or visiting chases nobody
    tester.valid("Hi Bongani, this is the third time I've watched your talk on installer training, and it keeps getting "
                 "better. I'm a solar trainer in Durban.", lang="en", platform="linkedin-message")
    tester.valid("Hi Bongani, I'm running the Joburg marathon for the third time this year, and your post on training plans "
                 "helped.", lang="en", platform="linkedin-message")
    # the same in Japanese: the count of messages, not of visits
    tester.invalid("佐藤様\n\n3度目のご連絡となり恐縮です。先日お送りした研修のご提案について、ご検討いただけましたでしょうか。",
                   lang="ja", platform="email")
    tester.valid("佐藤様\n\nはじめまして。3度目の来日で、御社の工房を訪ねたいと思いご連絡しました。旅行会社の森と申します。",
                 lang="ja", platform="email")


def test_a_counted_chase_is_no_first_contact():
    # "I've emailed twice already" says the writer has written before: no first-contact rule judges it
    from outreach_lint import lint

    chase = ("Owen,\n\nI've emailed twice already about the grain dryer and heard nothing. The price holds until Friday.\n\n"
             "Steve Pollard\nAgriDry Sales\n")
    rules = {f.rule for f in lint(chase, lang="en", platform="email").findings}
    assert "follow-up-chasing" in rules and "no-shared-interest" not in rules and "missing-introduction" not in rules
    ja = "斎藤様\n\n乾燥機の件で、これまで2度ご連絡しましたがお返事がありません。価格は金曜日まで据え置きです。\n\n農機販売 山本\n"
    rules = {f.rule for f in lint(ja, lang="ja", platform="email").findings}
    assert "follow-up-chasing" in rules and "no-shared-interest" not in rules


def test_the_count_of_a_trial_named_before_it_counts_no_messages():
    tester.valid("野村さん、ジビエ料理人の矢吹です！鹿肉ソーセージ試作12回目の投稿、分かりすぎて笑いました。うちは猪の背脂を2割混ぜてます。",
                 lang="ja", platform="linkedin")
    tester.invalid("野村さん、ジビエ料理人の矢吹です。今回で4回目のご連絡になります。鹿肉ソーセージの件、いかがでしょうか。",
                   lang="ja", platform="linkedin")
    tester.valid("Hi Nomura, I'm Yabuki, a game chef. Your post on the 12th venison-sausage trial made me laugh: we add 20% boar fat.",
                 lang="en", platform="linkedin")


def test_a_counted_message_that_is_not_the_writers_chases_nothing():
    tester.valid("Hi Sam, loved your post on SMS reminders; sending the second reminder the evening before was clever.",
                 platform="linkedin")
    tester.valid("Hi Sam, your second reminder text cut our no-shows too.", platform="linkedin")
    tester.invalid("Hi Sam, this is the second reminder about the invoice I sent in March.", platform="email")


@pytest.mark.parametrize(
    "text",
    [
        "Priya I've DM'd you three times now about my carbon-credit story. Please just answer me.",
        "Good day, I'm resending this for the third time. Invoice WCED-2291 was due on 30 April.",
        "Good day, as my two previous emails have gone unanswered, I am writing about invoice WCED-2291 again.",
    ],
)
def test_more_spellings_of_an_earlier_message_chased(text):
    tester.invalid(text, platform="email")


def test_messages_already_sent_counted_are_a_chase():
    tester.invalid("hey, sent you two DMs this week about sevoflurane vaporisers and nothing?? pls get back to me", lang="en", platform="x")
    tester.invalid("Hi Dana, I've sent you a couple of emails about the vaporiser service.", lang="en", platform="email")
    tester.valid("Hi Dana, I'm a vet anaesthetist in Kumasi. I'll send you two files on the vaporiser service if useful.",
                 lang="en", platform="email")
    # parity: the Japanese count of messages sent was read before
    tester.invalid("ねえ、今週DMを2回送ったんですが、返事がないですね？気化器の件です。", lang="ja", platform="x")
    tester.valid("はじめまして、クマシの獣医麻酔医です。気化器の整備の資料を2回に分けてお送りします。", lang="ja", platform="email")
