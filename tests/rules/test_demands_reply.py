"""demands-reply (OL202): deadlines, insistence and reproach; soft closings stay silent."""

from __future__ import annotations

import pytest

from outreach_lint.testing import RuleTester

tester = RuleTester("demands-reply")


@pytest.mark.parametrize(
    "text, spans",
    [
        ("Please get back to me by Monday.", ["get back to me by Monday"]),
        ("Thanks for getting back to me by Friday at noon.", ["getting back to me by Friday at noon"]),
        ("Can you let me know your thoughts by the end of the week?", ["let me know your thoughts by the end of the week"]),
        ("By Friday, please let me know if you can join.", ["By Friday, please let me know"]),
        ("Could you confirm by 5pm tomorrow?", ["confirm by 5pm tomorrow"]),
        ("Please reply ASAP.", ["reply ASAP"]),
        ("Let me know today.", ["Let me know today"]),
        ("Could you get back to me tonight?", ["get back to me tonight"]),
        ("I need your answer this week.", ["need your answer"]),
        ("Still waiting on you, Dana.", ["Still waiting on you"]),
        ("You never replied to my note.", ["You never replied"]),
        ("I haven't heard back from you yet.", ["haven't heard back"]),
    ],
)
def test_english_demands_fire_on_the_words(text, spans):
    tester.invalid(text, lang="en", spans=spans)


@pytest.mark.parametrize(
    "text, spans",
    [
        ("明日までにお返事をください。", ["明日までにお返事をください"]),
        ("お返事を必ずお願いします。", ["お返事を必ずお願いします"]),
        ("まだ返信をいただけていませんが、いかがでしょうか。", ["まだ返信をいただけていません"]),
        ("今週中にご回答をお願いいたします。", ["今週中にご回答をお願いいたします"]),
        ("金曜日までにご返信いただけますか。", ["金曜日までにご返信いただけますか"]),
        ("3営業日以内にご回答ください。", ["3営業日以内にご回答ください"]),
        ("至急ご返信ください。", ["至急ご返信ください"]),
        ("先日のメールにご返信がありませんが、いかがでしょうか。", ["ご返信がありません"]),
        ("まだご返信いただけないのでしょうか。", ["まだご返信いただけない"]),
    ],
)
def test_japanese_demands_fire_on_the_words(text, spans):
    tester.invalid(text, lang="ja", spans=spans)


@pytest.mark.parametrize(
    "text",
    [
        "I look forward to hearing from you.",
        "Let me know what you think whenever suits you.",
        "No need to reply; I just wanted to say thank you.",
        "I'll get back to you by Friday with the deck.",
        "We'll confirm by Friday and send you the draft first.",
        "I applied in May and haven't heard back from the recruiter.",
        "If I don't hear back, no worries at all.",
        "Please ignore my previous email; the link was wrong.",
        "Our team responds to incidents within 5 minutes, which is how I found your post.",
        "Let me know your thoughts by Friday if you have time.",
        "It was great to hear from you today!",
        "Thanks for getting back to me today; the slides are attached.",
    ],
)
def test_english_soft_closings_stay_silent(text):
    tester.valid(text, lang="en")


@pytest.mark.parametrize(
    "text",
    [
        "ご返信いただけますと幸いです。",
        "返信は不要です。",
        "お返事をお待ちしております。",
        "明日までにご連絡いたします。",
        "お返事がなくても大丈夫です。",
        "ご返信がない場合も、資料はご自由にお使いください。",
        "お返事できず申し訳ありません。",
        "ご都合のよいときにお返事いただければ幸いです。",
        "採用担当の方からはまだ返事がないのですが、御社への関心は変わりません。",
        "度重なるご連絡となり申し訳ありません。",
        "必ずしもご返信いただく必要はございません。",
        "もしよろしければ、おすすめの本を教えていただけないでしょうか。",
        "ご都合のよい日を折り返しご連絡いただけませんか。",
    ],
)
def test_japanese_soft_closings_stay_silent(text):
    tester.valid(text, lang="ja")


def test_extra_phrases_extend_the_list():
    tester.valid("Awaiting your verdict.", lang="en")
    extended = RuleTester("demands-reply", options={"extra-phrases": {"en": ["await your verdict"], "ja": ["ご 判断 を 求める"]}})
    extended.invalid("Awaiting your verdict.", lang="en", spans=["Awaiting your verdict"])
    extended.invalid("ご判断を求めます。", lang="ja", spans=["ご判断を求め"])


def test_message_and_suggestion_follow_the_locale():
    found = tester.invalid("明日までにお返事をください。", lang="ja")
    assert "期限" in found[0].message and "ご都合のよいとき" in found[0].suggestion


def test_a_date_is_logistics_once_they_have_replied():
    thread = [{"from": "me", "text": "Hi Dana, I'm Ken."}, {"from": "them", "text": "Happy to join the panel."}]
    tester.valid("Great! Could you confirm by Friday which slot suits you?", lang="en", thread=thread)
    tester.valid("ありがとうございます。金曜日までにご希望の枠をお知らせください。", lang="ja", thread=thread)
    tester.invalid("金曜日までにご希望の枠をお知らせください。", lang="ja", spans=["金曜日までにご希望の枠をお知らせください"])
    tester.invalid("Still waiting on you for the slot.", lang="en", thread=thread, spans=["Still waiting on you"])


def test_in_a_chaser_noting_the_silence_is_the_chase_but_asking_why_demands_an_answer():
    thread = [{"from": "me", "date": "2026-03-01", "text": "Hi Andrea, I'm Sam from Tallyroo."}]
    tester.valid("Hi Andrea, bumping this again as I haven't heard back after my last note.", lang="en", thread=thread)
    tester.invalid("Hi Andrea, why haven't you replied to my last note?", lang="en", thread=thread)
    ja_thread = [{"from": "me", "date": "2026-03-01", "text": "山田様、はじめまして。佐藤です。"}]
    tester.valid("山田様\n再三のご連絡となり恐縮ですが、まだお返事をいただけておりません。", lang="ja", thread=ja_thread)


def test_no_need_for_the_product_is_not_no_need_to_reply():
    # 「ご不要の場合も」 is about the offer; 必ずご返信ください still insists on an answer.
    tester.invalid("ご不要の場合もその旨必ずご返信ください。", lang="ja", spans=["必ずご返信ください"])
    tester.valid("ご返信は不要です。", lang="ja")


def test_a_date_with_its_weekday_in_brackets_is_still_a_deadline():
    tester.invalid("山田様\nはじめまして、研究員の佐藤です。修士論文の日程の都合上、3月13日（金）までにご返信ください。", lang="ja", platform="email")
    tester.invalid("山田様\nはじめまして、編集者の森です。取材のご希望の有無を1月20日(火曜)までにご回答ください。", lang="ja", platform="email")
    # The writer's own plan on a date, and an aside in brackets that is no weekday, are no deadline.
    tester.valid("山田様\nはじめまして、研究員の佐藤です。3月13日（金）までに資料をお送りいたします。", lang="ja", platform="email")
    tester.valid("Hi Dana, I'm Sam, a researcher. I'll send the slides by Friday (13 March).", lang="en", platform="email")
    tester.invalid("Hi Dana, I'm Sam, a researcher. Please reply by Friday (13 March).", lang="en", platform="email")


def test_at_least_an_answer_whatever_it_is_insists():
    tester.invalid("山田さん、3回目のDMすみません。リアクションだけでもください！", lang="ja", platform="x")
    tester.invalid("山田様\n再三のご連絡失礼いたします。ご検討が難しい場合は、その旨だけでもお知らせください。", lang="ja", platform="email")
    tester.invalid("Hi Dana, third time writing. Could you at least let me know either way?", lang="en", platform="email")
    tester.valid("Hi Dana, no need to reply; I'll keep the seat for you either way.", lang="en", platform="email")
    tester.valid("山田さん、お返事は不要です。資料だけでもご覧いただければ嬉しいです。", lang="ja", platform="x")


def test_english_deadlines_worded_many_ways():
    for text in ("I need a yes or no from you by Monday, please.",
                 "I would appreciate a response by 15 March at the latest.",
                 "Kindly respond at your earliest convenience and no later than Friday.",
                 "REPLY IN THE NEXT HOUR or I give the slot away.",
                 "DM me back TODAY if you want it."):
        tester.invalid("Hi Ravi, I'm Sam, a booker in Sacramento. " + text, lang="en", platform="email")
    # The writer's own answer, or a reply wanted with no deadline, is no demand.
    tester.valid("Hi Ravi, I'm Sam, a booker in Sacramento. I will send an answer by Friday.", lang="en", platform="email")
    tester.valid("Hi Ravi, I'm Sam, a booker in Sacramento. A reply would be lovely, no rush.", lang="en", platform="email")


def test_japanese_sugu_before_a_reply_request_is_urgent():
    tester.invalid("山田さん、DM見たらすぐ連絡ください！", lang="ja", platform="x")
    tester.valid("山田さん、資料はすぐお送りします。ご返信はいつでも大丈夫です。", lang="ja", platform="x")


def test_noting_the_silence_is_the_chase_even_after_an_earlier_reply_of_theirs():
    thread = [{"from": "me", "text": "Hi Yusuf, I'm Lea from Parcelbox. Would Trendyol be open to a pickup pilot?"},
              {"from": "them", "text": "Interesting. Send me a short deck."},
              {"from": "me", "text": "Great, deck attached."},
              {"from": "me", "text": "Just checking whether you had a chance to look at the deck?"}]
    tester.valid("Hi Yusuf, bumping this once more as I haven't heard back since February.", lang="en", thread=thread)
    tester.invalid("Hi Yusuf, why haven't you replied to my messages?", lang="en", thread=thread)
    ja_thread = [{"from": "me", "text": "飯島さん、はじめまして。SREの桐山です。"}, {"from": "them", "text": "資料をお送りください。"},
                 {"from": "me", "text": "資料をお送りしました。"}, {"from": "me", "text": "先日の件いかがでしょうか。"}]
    tester.valid("飯島さん、何度も失礼します。まだお返事をいただけておりませんが、引き続きよろしくお願いいたします。", lang="ja", thread=ja_thread)
    tester.invalid("飯島さん、なぜご返信いただけないのでしょうか。", lang="ja", thread=ja_thread)


def test_leave_to_ignore_and_not_expecting_an_answer_are_no_demand():
    tester.valid("Sorry, I know you must be busy, and I really don't expect an answer to something so basic.", lang="en")
    tester.invalid("I expect an answer to this by Friday.", lang="en")
    tester.valid("ご迷惑でしたら無視してください。申し訳ありません。", lang="ja")
    tester.valid("お忙しければ、無視していただいても構いません。", lang="ja")
    tester.invalid("無視しないでください。", lang="ja")
    tester.invalid("なぜ無視するんですか。", lang="ja")


def test_a_limit_in_hours_is_a_deadline():
    tester.invalid("田村様\n\n非公開求人をご紹介します。48時間以内にご返答ください。", lang="ja", platform="linkedin-inmail")
    tester.invalid("Please reply within 48 hours.", lang="en")
    tester.valid("弊社は24時間対応しております。", lang="ja")


def test_an_ultimatum_and_insisting_on_a_response_by_a_date_demand_a_reply():
    tester.invalid("We have another venue interested, so if we don't hear back by Friday we'll have to take their offer.", lang="en")
    tester.valid("If I don't hear back, no worries at all.", lang="en")
    tester.valid("If I don't hear back from the venue by Friday, I'll book the hall.", lang="en")
    tester.invalid("I must insist on a response by Wednesday, as our board needs to know.", lang="en")
    tester.invalid("あの〜、取材の件、せめて無理なら無理って返してほしいです！", lang="ja")
    tester.valid("ご無理のないよう、せめてお体に気をつけてください。", lang="ja")


def test_a_deadline_in_words_and_a_need_to_know_by_a_date_demand_an_answer():
    tester.invalid("I must insist on a reply within seven days.", lang="en", platform="email")
    tester.invalid("I need to know by end of day today whether you want in.", lang="en", platform="email")
    tester.invalid("gimme a yes or no by Friday pls so I can plan my pipeline", lang="en", platform="x")
    tester.valid("We need to know more about the site before Friday's visit.", lang="en", platform="email")
    tester.valid("I'll know by Friday whether the grant came through, and will write then.", lang="en", platform="email")
    tester.valid("Our team usually takes two days to prepare the samples.", lang="en", platform="email")


def test_japanese_requests_with_shite_and_a_casual_ne_and_ichiho_are_reply_words():
    tester.invalid("今週中に返信してください。", lang="ja", platform="email")
    tester.invalid("至急返信してください。", lang="ja", platform="email")
    tester.invalid("お返事待ってまーす！絶対返してね！", lang="ja", platform="x")
    tester.invalid("お受けいただけるかどうか、いずれの場合も必ずご一報ください。", lang="ja", platform="email")
    # the writer's own promise, and a soft request, are not demands
    tester.valid("来週中に返信します。", lang="ja", platform="email")
    tester.valid("お借りした本は必ず返します。", lang="ja", platform="email")
    tester.valid("ご都合のよいときに返信してくださいね。", lang="ja", platform="email")


def test_no_answer_by_a_deadline_with_a_consequence_is_an_ultimatum_in_japanese():
    tester.invalid("48時間以内に返事なければこの話はなしで！", lang="ja", platform="x")
    tester.invalid("金曜までにご返信がない場合は、他の方にお願いします。", lang="ja", platform="email")
    # without a deadline it is a plain condition
    tester.valid("ご返信がない場合は、こちらで進めますのでご安心ください。", lang="ja", platform="email")


def test_more_japanese_demands_kure_a_deadline_after_the_reply_word_a_bare_imperative_and_why_no_answer():
    tester.invalid("返事は3日以内にくれ。待っているからな。", lang="ja", platform="email")
    tester.invalid("本日23:59で締切なので今すぐこのDMに返信を！！", lang="ja", platform="x")
    tester.invalid("こちらもスケジュールが迫っておりますので、4月20日（月）正午までに必ずお見積もりをご返信ください。", lang="ja", platform="email")
    tester.invalid("「来週中に」とのことでしたが、なぜご回答いただけないのでしょうか。", lang="ja", platform="email")
    # thanks for a reply, a call to action and an offer of help if they want it are no demands
    tester.valid("先日はお返事をくれてありがとう。", lang="ja", platform="facebook")
    tester.valid("今すぐお電話を！無料相談受付中です。", lang="ja", platform="x")
    tester.valid("ご興味があればぜひお早めにご連絡ください。", lang="ja", platform="linkedin")


def test_give_me_a_yes_or_no_by_a_date_is_wanted():
    tester.invalid("Can you confirm you got this and give me a yes or no by tomorrow noon?", lang="en", platform="linkedin-message")
    tester.valid("I'll give you an answer by Friday.", lang="en", platform="email")
    tester.invalid("明日の正午までに可否のお返事をください。", lang="ja", platform="email")


def test_chodai_asks_and_nande_reproaches_in_casual_japanese():
    tester.invalid("既読ついてるのになんで返事くれないの？さすがに困るんだけど…今日の夜までに絶対返事ちょうだい。", lang="ja", platform="facebook")
    tester.valid("資料を頂戴しました。ありがとうございます。", lang="ja", platform="email")
    tester.valid("なんでこの返事になったのか説明しますね。", lang="ja", platform="facebook")
    tester.invalid("Why haven't you replied? I need an answer by tonight.", lang="en", platform="facebook")


def test_a_reply_required_in_the_passive_a_decision_and_a_deadline_said_just_before():
    tester.invalid("Dear Mr Chu,\nI'm a director at Coastline Stone. A reply is required by 30 April so that we can reserve stock.",
                   lang="en", platform="email", spans=["A reply is required by 30 April"])
    tester.invalid("Dear Mr Chu,\nI'm a director at Coastline Stone. A reply is required.", lang="en", platform="email")
    tester.invalid("Vanessa,\nI need a decision from you by Friday, or we'll give your slot away.", lang="en", platform="email")
    tester.invalid("Dear Dr Karimi,\nOur early-bird rate ends this Friday, so it would be great to hear back from you before then.",
                   lang="en", platform="email", spans=["hear back from you before then"])
    # Someone else's reply or decision, a negation, or "then" with no time before it.
    tester.valid("Dear Mr Chu,\nA decision is expected in May from the council. No reply is required.", lang="en", platform="email")
    tester.valid("Dear Mr Chu,\nI'm travelling for a while; let me know before then if the samples suit you.", lang="en", platform="email")


def test_a_deadline_with_kanarazu_insists_even_in_a_conversation():
    thread = [{"from": "them", "date": "2026-03-06", "text": "企画書、受け取りました。社内で回覧しておきます。"}]
    tester.invalid("内藤課長\n\nいつもお世話になっております。講師の手配の都合上、実施の可否を3月13日（金）までに必ずご回答いただけますようお願いいたします。",
                   lang="ja", platform="email", thread=thread, date="2026-03-09")
    # Without 必ず, a date for the answer is logistics once they have replied.
    tester.valid("内藤課長\n\nいつもお世話になっております。講師の手配の都合上、実施の可否を3月13日（金）までにご回答いただけますようお願いいたします。",
                 lang="ja", platform="email", thread=thread, date="2026-03-09")


def test_a_written_response_a_chat_spelling_deadline_and_a_plain_instruction_demand_a_reply():
    tester.invalid("Dear Councillor Whitby, I chair the Lincoln Green Tenants Association. I expect your written response within "
                   "48 hours, setting out when inspections will begin.", lang="en", platform="email")
    tester.invalid("hey prof, im a 2nd yr doing my paper on ur book. quick q: which census is chapter 4 based on?? need ur answer "
                   "by tmrw bc its due friday", lang="en", platform="email")
    tester.invalid("Dear Victor, I would appreciate a reply within the week at the latest, as we finalise our catalogue.",
                   lang="en", platform="email")
    tester.valid("Dear Victor, thanks for the price list. I'll send our written response within the week.", lang="en", platform="email")
    tester.invalid("はじめまして、工藤と申します。3月14日までに受任の可否を返信すること。", lang="ja", platform="email")
    tester.valid("はじめまして、工藤と申します。当社では、届いたお問い合わせには3日以内に返信することにしています。", lang="ja", platform="email")


def test_a_decision_on_a_matter_of_the_work_is_no_demand_once_they_have_replied():
    thread = [{"from": "them", "text": "Could you send the plan for the repairs portal?"}, {"from": "me", "text": "Will do."}]
    tester.valid("Hi Helen, here is the plan. We still need your decision on whether contractors log in with their own "
                 "accounts or a shared depot login.", lang="en", platform="email", thread=thread)
    tester.invalid("Hi Helen, here is the plan. I still need your decision, and I need it today.", lang="en", platform="email",
                   thread=thread)
    thread_ja = [{"from": "them", "text": "修繕ポータルの計画をお送りください。"}, {"from": "me", "text": "承知しました。"}]
    tester.valid("ヘレン様、計画をお送りします。業者のログイン方法について、ご判断をいただく必要があります。", lang="ja", platform="email",
                 thread=thread_ja)


def test_pleading_or_waiting_for_an_answer_insists_and_a_deadline_without_fail_insists_in_a_conversation():
    tester.invalid("Dear Professor Gupta, your membrane paper describes our effluent exactly. Please do reply, even just a line.",
                   lang="en", platform="email")
    tester.invalid("Dear Dr Varga, we could share our coded data. Please write back either way; I will be waiting for your "
                   "answer before I plan our next grant round.", lang="en", platform="email")
    tester.invalid("found two duplicate stop IDs in your bus-stop dataset. reply pls, I need you to confirm this before I publish",
                   lang="en", platform="x")
    tester.valid("Dear Dr Varga, we could share our coded data. If it's of use, I'd be glad to hear from you whenever suits.",
                 lang="en", platform="email")
    thread = [{"from": "me", "text": "5月分の請求書をお送りいたします。"}, {"from": "them", "text": "受領しました。社内で確認します。"}]
    tester.invalid("大谷様\n7月10日（金）までに、お支払い予定日を必ずご返信ください。", lang="ja", platform="email", thread=thread)
    tester.valid("大谷様\n7月10日（金）までに、お支払い予定日をご返信いただけますと幸いです。", lang="ja", platform="email", thread=thread)


def test_a_deadline_after_two_unanswered_follow_ups_is_a_demand_again():
    # They answered once, then went silent through two follow-ups: no conversation is going on any more.
    thread = [{"from": "them", "date": "2026-02-05", "text": "Thanks, we'll review the proposal and get back to you."},
              {"from": "me", "date": "2026-03-02", "text": "Hi Tomoko, any news on the proposal?"},
              {"from": "me", "date": "2026-03-16", "text": "Hi Tomoko, just checking whether you had a chance to look."}]
    tester.invalid("Hi Tomoko, please give me your decision by tomorrow.", lang="en", thread=thread)
    tester.valid("Hi Tomoko, please give me your decision by tomorrow.", lang="en", thread=thread[:2])
    ja = [{"from": "them", "date": "2026-02-05", "text": "長尾様　企画書を拝受しました。社内で検討のうえ、改めてご連絡いたします。"},
          {"from": "me", "date": "2026-03-02", "text": "大野様　企画書の件、その後のご検討状況はいかがでしょうか。"},
          {"from": "me", "date": "2026-03-16", "text": "大野様　度々失礼いたします。企画書の件、ご確認いただけましたでしょうか。"}]
    tester.invalid("大野様\n他社への持ち込みも検討しておりますので、明日中に採否をご回答ください。", lang="ja", thread=ja)
    tester.valid("大野様\n他社への持ち込みも検討しておりますので、明日中に採否をご回答ください。", lang="ja", thread=ja[:2])


def test_a_deadline_cut_off_from_its_reply_word_still_demands_one():
    # A comma or a long object between the deadline and the reply word: the act model reads the demand (and
    # the grammar, over a whether-clause, reads the words from the deadline to the request).
    tester.invalid("青木様\nSREリードのポジションの件でご連絡しました。今週中に、ご意向だけでもお聞かせください。",
                   lang="ja", platform="linkedin-message", spans=["今週中に"])
    tester.invalid("野口様\nお忙しいとは思いますが、3月10日までに、ご依頼いただけるかどうかだけでもお返事をお願いいたします。",
                   lang="ja", platform="linkedin-message", spans=["3月10日までに、ご依頼いただけるかどうかだけでもお返事をお願いいたします"])
    # the writer's own deadline, with the answer left to the reader
    tester.valid("野口様\n今週中に、資料をお送りいたします。ご都合のよいときにご覧いただければ幸いです。",
                 lang="ja", platform="linkedin-message")
    # English: the grammar ties "By Friday, … let me know" together already
    tester.invalid("Hi Dana, by Friday, whatever you decide, please let me know.", lang="en", platform="email")


def test_something_else_being_ignored_is_no_reproach():
    from outreach_lint.testing import RuleTester

    dr = RuleTester("demands-reply")
    dr.valid("v2.3ありがとうございます！辞書のCSVにBOMが付いていると先頭の行が無視されるようです。再現ファイルを添えますね。", lang="ja", platform="x")
    dr.valid("過去の導入では、通知が多すぎると現場で無視されるようになるのが一番の失敗でした。", lang="ja", platform="linkedin-message")
    # the writer's messages or the writer being ignored is one
    dr.invalid("先月から三度メールをお送りしています。私のメッセージが無視されるのは悲しいです。", lang="ja", platform="email")
    dr.invalid("何度もご連絡していますが、無視されるのはつらいです。", lang="ja", platform="email")


def test_no_reply_said_to_be_fine_is_no_reproach():
    text = "内田様\n\n税理士の菅原です。税務調査の投稿を拝読し、説明メモのひな形を添付いたします。{tail}"
    tester.valid(text.format(tail="顧問契約のご案内ではありませんので、お返事はなくて大丈夫です。"), lang="ja", platform="email")
    tester.valid(text.format(tail="お返事はなくて結構です。"), lang="ja", platform="email")
    tester.invalid(text.format(tail="先週もお送りしましたが、お返事がないのですが、いかがでしょうか。"), lang="ja", platform="email")
    # the same in English
    tester.valid("Hi Ms Uchida, I'm a tax accountant in Shibuya; after your post on audits I attached a memo template. "
                 "No need to reply.", lang="en", platform="email")


def test_a_form_to_come_back_by_a_date_is_a_reply_demanded():
    tester.invalid("Dear Ms Farah, could you fill in the attached survey? Please send it back by Wednesday at the latest.",
                   lang="en", platform="email")
    tester.invalid("佐藤様\n\nリーズ大学4年の山田です。アンケートにご回答のうえ、水曜日までにご返送ください。", lang="ja", platform="email")
    # without a deadline, returning a form is no demand
    tester.valid("Dear Ms Farah, could you fill in the attached survey? Send it back whenever suits you.", lang="en", platform="email")


def test_why_no_reply_asked_of_them_reproaches():
    tester.invalid("hello?? third time messaging, why no reply? just need a yes or no on the May shoot", lang="en", platform="x")
    tester.invalid("Hi Sam, why the silence? I sent the quote a week ago.", lang="en", platform="email")
    # a silence the sentence tells of, someone else's, is no reproach of the reader
    tester.valid("Hi Sam, I wondered why no reply came from the council, so I checked their site. Your map helped.",
                 lang="en", platform="email")


def test_a_deadline_set_off_by_a_comma_still_bounds_the_answer():
    tester.invalid("藤本様\n\nはじめまして。登山ガイドの山田と申します。本日17時までに、実施の可否をご回答ください。", lang="ja", platform="email")
    # the writer's own deadline, then a soft request: no demand
    tester.valid("藤本様\n\nはじめまして。登山ガイドの山田と申します。明日までに資料を作ります、ご都合のよいときにご返信ください。",
                 lang="ja", platform="email")


def test_just_a_reply_insisted_on_is_demanded():
    tester.invalid("Hi Ana, did you see my messages? Please just reply yes or no about the honey stall so I can plan.", lang="en",
                   platform="facebook")
    tester.valid("Hi Ana, if you're curious, just reply to this email and I'll send the schedule.", lang="en", platform="email")
    # そろそろ: it is time the answer came
    tester.invalid("アナさん、はちみつの出店の件、そろそろ返事ください！", lang="ja", platform="facebook")
    tester.valid("アナさん、はちみつの出店の件、そろそろ寒くなりますね。お返事はいつでも大丈夫です。", lang="ja", platform="facebook")


def test_a_deadline_with_its_date_in_brackets_is_still_a_deadline():
    # 今週金曜日（4月17日）までに: the bracketed date belongs to the day, as a bracketed weekday does
    tester.invalid("原田様\n\n甲州みなみ銀行の望月です。今週金曜日（4月17日）までに、ご返信をお願いいたします。\n\n望月",
                   lang="ja", platform="email")
    tester.invalid("Dear Ms Harada,\n\nI am Mochizuki from Koshu Minami Bank. Please reply by this Friday (17 April).\n\nMochizuki",
                   lang="en", platform="email")
    # a date that is no deadline for an answer
    tester.valid("原田様\n\n甲州みなみ銀行の望月です。今週金曜日（4月17日）に、ご提案の説明会があります。\n\n望月", lang="ja", platform="email")


def test_a_deadline_then_what_to_answer_is_a_demanded_reply():
    # a whether-clause, the answer's content, between the deadline and the reply word
    tester.invalid("杉山様\n\nソラテックの村井です。\n\nお手数ですが、本日17時までに、お申し込みされるかどうかのご返答をお願いいたします。\n\n村井",
                   lang="ja", platform="email")
    tester.invalid("Dear Ms Sugiyama,\n\nThis is Murai from Soratec.\n\nPlease give me your answer on whether you will sign up by 5pm today."
                   "\n\nMurai", lang="en", platform="email")
    # a deadline on something else, and the reply left free
    tester.valid("杉山様\n\nソラテックの村井です。\n\n本日17時までに、資料を読んでから参加するかどうか考えてみてください。ご返信はいつでも結構です。\n\n村井",
                 lang="ja", platform="email")


def test_even_just_a_yes_or_no_by_a_deadline_is_still_demanded():
    # 「ご採否だけでも結構ですので」 lowers the bar; the answer is still asked for by the date
    tester.invalid("西村様\n\nホープ保険の井上です。3月20日（金）までに、ご採否だけでも結構ですのでご返信くださいますようお願いいたします。\n\n井上",
                   lang="ja", platform="email")
    tester.invalid("Dear Ms Nishimura,\n\nThis is Inoue from Hope Insurance. By Friday 20 March, even just a yes or no is fine, please reply.\n\nInoue",
                   lang="en", platform="email")
    # the answer let go is no demand
    tester.valid("西村様\n\nホープ保険の井上です。資料をお送りします。ご返信は結構です。\n\n井上", lang="ja", platform="email")


def test_revert_latest_a_day_is_a_deadline():
    # "revert latest Wednesday": by Wednesday at the latest, as written in West African English
    tester.invalid("Dear Dr Sule,\n\nI am a hydrologist with NIHSA in Kano, and we would like to support your Hadejia pilot free "
                   "of charge. Kindly revert latest Wednesday 6 May with your decision.\n\nMusa", lang="en", platform="email")
    tester.invalid("スレ様\n\nカノで水文観測をしている者です。遅くとも5月6日（水）までにご回答ください。\n\nムサ", lang="ja", platform="email")
    # "the latest Wednesday bulletin" is an issue of something, no deadline
    tester.valid("Dear Dr Sule,\n\nI am a hydrologist with NIHSA in Kano. Do reply to the latest Wednesday bulletin whenever "
                 "suits you.\n\nMusa", lang="en", platform="email")


def test_a_deadline_between_the_reply_word_and_its_request_still_demands():
    tester.invalid("中川様\n\nはじめまして。古書店を営んでおります高田と申します。店の棚卸しの都合がありますので、"
                   "ご回答は3月31日までに必ずお願いいたします。\n\n高田", lang="ja", platform="email")
    tester.invalid("Dear Mr Abdalla,\n\nI am Fatma, a cargo broker in Mombasa. Please acknowledge receipt of this email within "
                   "48 hours so that I can keep the quotes open.\n\nFatma", lang="en", platform="email")
    # the writer's own promise to answer is none
    tester.valid("中川様\n\nはじめまして。古書店を営んでおります高田と申します。ご回答は3月31日までにこちらからいたします。\n\n高田",
                 lang="ja", platform="email")


def test_a_demand_set_aside_is_no_demand():
    en = ("Dear Professor Whitfield,\n\nMy name is Mariela, a court interpreter. I read your article on interpreter access twice. "
          "I would be glad to share my notes with your clinic.\n\n{x}\n\nMariela")
    tester.valid(en.format(x="I realise the semester is busy, so please treat this as an open offer rather than a request that "
                             "needs an answer soon."), lang="en", platform="email")
    tester.invalid(en.format(x="I need an answer soon."), lang="en", platform="email")
    ja = "ウィットフィールド先生\n\n法廷通訳のドゥアルテと申します。先生の論文を二度拝読しました。記録をクリニックと共有できれば幸いです。\n\n{x}\n\nドゥアルテ"
    tester.valid(ja.format(x="ご返答を必ずお願いするものではなく、いつでも使えるご提案です。"), lang="ja", platform="email")
    tester.valid(ja.format(x="ご返答を必ずお願いするわけではありません。"), lang="ja", platform="email")
    tester.invalid(ja.format(x="ご返答を必ずお願いします。"), lang="ja", platform="email")


def test_at_least_an_answer_only_hoped_for_is_no_demand():
    x = "これで4回目のDMなんやけど、ほんまに見てへん？練習会、毎週木曜やってるんで、{x}"
    tester.valid(x.format(x="一言だけでも返事もらえたら助かります！"), lang="ja", platform="x")
    tester.invalid(x.format(x="一言だけでも返事ください！"), lang="ja", platform="x")
    tester.invalid(x.format(x="一言だけでも返事もらえると嬉しいです。今週中にお願いします！"), lang="ja", platform="x")
    tester.valid("This is my 4th DM, have you really not seen them? We practise every Thursday. Even a one-word reply would really help!",
                 lang="en", platform="x")


def test_no_answer_had_by_a_deadline_as_a_condition_is_an_ultimatum():
    b = "Dear Mr Kitamura,\n\nThis is Tsuchiya from the union.\n\n{x}\n\nTsuchiya"
    tester.invalid(b.format(x="If I have no answer by 5pm tomorrow, I will take it as a no."), lang="en", platform="email")
    tester.valid(b.format(x="I have no answer to that yet, but I will by Friday."), lang="en", platform="email")
    tester.valid(b.format(x="If I have no answer, no worries at all."), lang="en", platform="email")
    j = "北村様\n\nひろばユニオンの土屋です。\n\n{x}\n\n土屋"
    tester.invalid(j.format(x="明日17時までにご回答がない場合は、お断りと判断いたします。"), lang="ja", platform="email")
    tester.valid(j.format(x="ご回答がない場合も、どうぞお気になさらず。"), lang="ja", platform="email")


def test_contact_pressed_only_by_hurry_is_a_call_to_action_not_a_reply_demand():
    # 「今すぐご連絡ください」 in a pitch asks the reader to get in touch, as "contact us right now" does
    # in English: pushy's to judge. An answer asked for in a hurry, or contact by a deadline or without
    # fail, is still a reply demanded.
    ja = "上野様\n\nはじめまして。中古トレーニング機器を扱うリユースマッスルの岩田です。スミスマシンが最大60%OFFです。\n\n{x}\n\n岩田"
    for x in ("お見逃しなく、今すぐご連絡ください！", "至急お電話ください。", "今すぐご連絡を！"):
        tester.valid(ja.format(x=x), lang="ja", platform="facebook")
    for x in ("今すぐご返信ください！", "本日中にご連絡ください。", "必ずご連絡ください。", "すぐに折り返しお電話ください。"):
        tester.invalid(ja.format(x=x), lang="ja", platform="facebook")
    en = ("Hi Tom,\n\nI'm Iwata from Reuse Muscle; we resell gym machines, and our Smith machines are 60% off this month."
          "\n\n{x}\n\nIwata")
    tester.valid(en.format(x="Don't miss out, contact us right now!"), lang="en", platform="facebook")
    tester.invalid(en.format(x="Please reply ASAP!"), lang="en", platform="facebook")
    # asked for on reading this very message, contact is its reply
    tester.invalid(ja.format(x="このメールをご覧になったら至急ご連絡ください。"), lang="ja", platform="facebook")


def test_an_answer_the_writer_needs_done_by_a_time_is_a_deadline():
    en = ("Dr Siddiqui,\n\nI coordinate transplants in Auckland. Regarding your 10-year ABO-incompatible outcomes paper: "
          "what rituximab dose did you settle on?\n\n{x}\n\nTom")
    tester.invalid(en.format(x="We need this answered by Wednesday noon."), lang="en", platform="email",
                   spans=["answered by Wednesday noon"])
    tester.invalid(en.format(x="I'd like it confirmed by Friday."), lang="en", platform="email")
    tester.valid(en.format(x="I want to say I answered by Friday."), lang="en", platform="email")
    tester.valid(en.format(x="You answered by Friday last time."), lang="en", platform="email")
    ja = "シディキ先生\n\n移植コーディネーターの田中です。先生の10年成績の論文を拝読しました。リツキシマブの用量はどうされましたか。\n\n{x}\n\n田中"
    tester.invalid(ja.format(x="水曜正午までにご回答が必要です。"), lang="ja", platform="email")
    tester.valid(ja.format(x="ご回答が必要な場合はお知らせください。"), lang="ja", platform="email")


def test_a_comma_or_without_fail_between_the_reply_word_and_its_deadline():
    ja = "佐藤様\n\nはじめまして。プランナーの村上と申します。Instagramで拝見したドライフラワーのアーチが素敵でした。\n\n{x}\n\n村上"
    tester.invalid(ja.format(x="お見積りへのご返答は、必ず今週金曜日までにお願いいたします。"), lang="ja", platform="email")
    tester.valid(ja.format(x="ご返答は、いつでも構いません。金曜日までに資料をお送りします。"), lang="ja", platform="email")
    en = "Dear Ms Sato,\n\nI'm Aya Murakami, a wedding planner in Fukuoka. Your dried-flower arch on Instagram is lovely.\n\n{x}\n\nAya"
    tester.invalid(en.format(x="Please reply to the quote, without fail, by this Friday."), lang="en", platform="email")


def test_a_word_of_answer_at_least_insisted_on_demands_a_reply():
    tester.invalid("須藤先生\n\n講座のことがどうしても知りたくて。見てたらひと言でいいから返事ちょうだい！\n\n今井", lang="ja", platform="linkedin-message")
    tester.invalid("Mr Sudo,\n\nI really want to know about the course. Just reply, even one word!\n\nImai", lang="en", platform="linkedin-message")
    # a word asked for politely in a chase is follow-up-chasing's, and a word of praise is no answer
    tester.valid("またまたすみません！BGMの件、やっぱり諦めきれなくて…見てたら一言だけでもお願いします🙏", lang="ja", platform="x")
    tester.valid("Mr Sudo,\n\nI teach a course where even one word of praise changes a pupil. I would love to connect.\n\nImai",
                 lang="en", platform="linkedin-message")


def test_without_fail_and_a_deadline_insist_whatever_the_condition_before_them():
    ja = "丸山様\n\nはじめまして。長岡で積算事務所をやっております、小島と申します。{x}\n\n小島"
    tester.invalid(ja.format(x="ご興味があれば、今週金曜までに必ず返信ください。"), lang="ja", platform="email")
    tester.valid(ja.format(x="ご興味があれば、今週金曜までにご返信いただけると助かります。"), lang="ja", platform="email")
    # parity: the English "must" with a deadline after a condition was read before
    en = "Dear Mr Maruyama,\n\nI run a quantity-surveying office in Nagaoka. {x}\n\nKojima"
    tester.invalid(en.format(x="If you are interested, you must reply by this Friday."), lang="en", platform="email")


def test_a_near_time_right_after_the_answer_asked_is_a_deadline():
    en = "Tom,\n\nI am a locksmith in Bristol and quoted for the Redcliffe master-key system. {x}\n\nLee"
    tester.invalid(en.format(x="I'd appreciate the courtesy of a reply this week, even if it's a no."), lang="en", platform="email")
    tester.invalid(en.format(x="Let me know today if the quote works."), lang="en", platform="email")
    # the writer's own reply, and a time further off, set no deadline for theirs
    tester.valid(en.format(x="I will reply this week with the revised quote."), lang="en", platform="email")
    tester.valid(en.format(x="Let me know what you think whenever suits."), lang="en", platform="email")
    # parity: the Japanese near deadline (今週中に) was read before
    ja = "トム様\n\nブリストルで鍵屋をしております。レッドクリフのマスターキーのお見積りをお送りしました。{x}\n\nリー"
    tester.invalid(ja.format(x="今週中にご返信ください。"), lang="ja", platform="email")
    tester.valid(ja.format(x="ご都合のよいときにご返信いただければ幸いです。"), lang="ja", platform="email")
