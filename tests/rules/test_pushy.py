"""pushy (OL201): pressure, selling, presumed meetings and shouting; gentle asks stay silent."""

from __future__ import annotations

import pytest

from outreach_lint.testing import RuleTester

tester = RuleTester("pushy")


@pytest.mark.parametrize(
    "text, spans",
    [
        ("Only 3 spots left!!! Sign up soon.", ["Only 3 spots left", "!!!"]),
        ("Hi Marcus, only 3 spots left in our beta.", ["only 3 spots left"]),
        ("Please decide immediately about the role.", ["decide immediately"]),
        ("Let's hop on a call this afternoon.", ["Let's hop on a call"]),
        ("Let's meet Tuesday at 3pm to talk sync engines.", ["Let's meet Tuesday at 3pm"]),
        ("I've sent you a calendar invite for Thursday.", ["sent you a calendar invite"]),
        ("I've set up a call with you for Friday.", ["set up a call with you"]),
        ("CALL ME NOW about the offer.", ["CALL ME NOW"]),
        ("This is FREE for early teams.", ["FREE"]),
        ("You won't regret trying it.", ["You won't regret"]),
        ("Book a time here. Download our deck. Join our webinar.", ["Download", "Join"]),
    ],
)
def test_english_pressure_fires_on_the_words(text, spans):
    tester.invalid(text, lang="en", spans=spans)


@pytest.mark.parametrize(
    "text, spans",
    [
        ("期間限定です！！お早めに。", ["期間限定", "！！"]),
        ("期間限定のご案内です。", ["期間限定"]),
        ("早めにご決断を。", ["早めにご決断"]),
        ("今週中にお時間をください。", ["今週中にお時間をください"]),
        ("必ずお会いしましょう。", ["必ずお会いしましょう"]),
        ("明日14時にお伺いします。", ["明日14時にお伺いします"]),
        ("明日10時に打ち合わせを設定しました。", ["明日10時に打ち合わせを設定"]),
        ("弊社の検索エンジンなら損はさせません。", ["損はさせません"]),
        ("ぜひご予約ください。資料もダウンロードしてください。", ["ダウンロードしてください"]),
    ],
)
def test_japanese_pressure_fires_on_the_words(text, spans):
    tester.invalid(text, lang="ja", spans=spans)


@pytest.mark.parametrize(
    "text, lang, spans",
    [
        ("Our plans start at $49 per month.", "en", ["Our plans start", "$49 per month"]),
        ("弊社の無料トライアルをご案内します。", "ja", ["無料トライアル"]),
        ("弊社の監視サービスは月額5,000円からです。", "ja", ["月額5,000円"]),
        ("今なら20%割引いたします。", "ja", ["20%割引"]),
    ],
)
def test_selling_words_are_findings_with_the_hard_sell_option(text, lang, spans):
    tester.valid(text, lang=lang)
    RuleTester("pushy", options={"hard-sell": True}).invalid(text, lang=lang, spans=spans)


@pytest.mark.parametrize(
    "text",
    [
        "Hi Dana, your PyCon talk was great! Would you be open to connecting?",
        "No hurry at all; I'd enjoy comparing notes whenever suits you.",
        "We run on AWS, and our CEO loved your SaaS API talk at NASA.",
        "Would you be open to a short call next week?",
        "If it helps, I could call you Tuesday.",
        "I used your free trial last year and still recommend it.",
        "Check out the pattern I adapted from your talk, if you're curious.",
        "Don't miss a beat: your newsletter is the one I read first every Monday.",
        "We have 3 speaker slots left for June. No pressure, of course.",
        "Visiting Tokyo next week. Joined your webinar yesterday. Watched your talk twice.",
        "I set up a meeting with my team last week about your post.",
        "I know you're in a hurry, so I'll keep it short: I start today at Acme and your post helped.",
        "Your PyCon talk sold out fast, and things are going fast at my startup too.",
    ],
)
def test_english_gentle_asks_and_acronyms_stay_silent(text):
    tester.valid(text, lang="en")


@pytest.mark.parametrize(
    "text",
    [
        "ご都合のよいときに、お話しできれば幸いです。",
        "来週お伺いしてもよろしいでしょうか。",
        "急いではいませんので、機会があればお話を伺えれば嬉しいです。",
        "御社の無料トライアルを昨年使わせていただきました。",
        "AWSとGCPの両方でSREをしています。",
        "詳しくはこちらをご覧ください。",
        "インターンに申し込みました。",
        "至急の案件ではございませんので、ご放念ください。",
        "月額課金モデルについての記事を拝読しました。",
        "来週の打ち合わせで御社の事例を紹介しました。",
        "急いで書いたので読みにくいかもしれません。",
        "即日でご返信をいただき驚きました。",
        "ご決断を尊重します。",
        "先着順のイベントだったため、参加できずに残念でした。",
    ],
)
def test_japanese_gentle_asks_stay_silent(text):
    tester.valid(text, lang="ja")


def test_exclamation_marks_alone_are_enthusiasm_not_pressure():
    tester.valid("Hi Dana!!! Loved your PyCon talk.", lang="en")
    tester.valid("山田様！！ご講演に感銘を受けました。", lang="ja")


def test_pressure_worded_as_no_phrase_list_has_it():
    # The act model reads these; no urgency or scarcity phrase of the lists is in them.
    tester.invalid("Hi Sam, I'm Jo from Tallyroo. Seats in the spring cohort are going fast and the early price disappears on Friday.", lang="en")
    tester.valid("Hi Sam, I'm Jo from Tallyroo. Your post on cohort pricing was great; happy to share our numbers if useful.", lang="en")


def test_a_planned_call_with_a_time_is_presumed():
    tester.invalid("Hi Ana, I'm Colin at Ridely. I'll ring your office line on Tuesday at 3pm to go through it.", lang="en")
    tester.valid("Hi Ana, I'm Colin at Ridely. If it helps, I could call on Tuesday at 3pm.", lang="en")


def test_fix_collapses_runs_of_exclamation_marks_half_and_full_width():
    text = "Act now!!! 山田様、期間限定！！！ Great!!"
    found = [f for f in tester.invalid(text, lang="en") if f.fix]
    assert [(text[f.fix.start : f.fix.end], f.fix.replacement) for f in found] == [("!!!", "!"), ("！！！", "！"), ("!!", "!")]
    fixed = text
    for f in sorted(found, key=lambda f: f.fix.start, reverse=True):
        fixed = fixed[: f.fix.start] + f.fix.replacement + fixed[f.fix.end :]
    assert fixed == "Act now! 山田様、期間限定！ Great!"
    assert all(f.fix.safe for f in found)


def test_selling_is_only_a_finding_in_a_first_message():
    text = "Here is the free trial link you asked for."
    selling = RuleTester("pushy", options={"hard-sell": True})
    selling.invalid(text, lang="en", spans=["free trial"])
    selling.valid(text, lang="en", thread=[{"from": "me", "text": "Hi"}, {"from": "them", "text": "Send me the trial?"}])


def test_a_pitch_without_pressure_is_not_pushy_by_default():
    # Blind labelers left plain pitches alone; asking for a quote is buying, not selling.
    tester.valid("Hi Aisha, I'm Tom from Brightline. Book a demo of our replication tool and see how it fits.", lang="en")
    tester.valid("鈴木様\n浄円寺の住職の藤原です。本堂の畳替えのお見積りをいただけますでしょうか。", lang="ja")
    # Pressure on the same pitch still is.
    tester.invalid("Hi Aisha, I'm Tom from Brightline. Only 3 demo slots left this week, book now!", lang="en")


def test_more_calls_to_action_can_be_allowed():
    text = "Book a time here. Download our deck."
    RuleTester("pushy", options={"max-calls-to-action": 2}).valid(text, lang="en")


def test_suggestion_is_in_the_drafts_language():
    found = tester.invalid("今週中にお時間をください。", lang="ja")
    assert "ご都合" in found[0].suggestion


def test_a_call_they_proposed_is_not_presumed():
    thread = [{"from": "me", "text": "Hi Anna, I'm Luis from Fastly."}, {"from": "them", "text": "Call me Thursday afternoon."}]
    tester.valid("Thanks, Anna! I'll give you a call on Thursday afternoon.", lang="en", thread=thread)
    tester.invalid("Thanks, Anna! I'll give you a call on Thursday afternoon.", lang="en", spans=["I'll give you a call"])
    tester.valid("では、明日の午後にお電話いたします。", lang="ja", thread=thread)
    tester.invalid("では、明日の午後にお電話いたします。", lang="ja", spans=["明日の午後にお電話いたします"])


def test_how_long_something_takes_is_not_a_meeting():
    tester.valid("構成案の作成には約３営業日お時間をいただきます。", lang="ja")


def test_selling_in_replies_is_an_option():
    thread = [{"from": "me", "text": "Hi"}, {"from": "them", "text": "Tell me more."}]
    text = "Our plans start at $49 per month."
    tester.valid(text, lang="en", thread=thread)
    RuleTester("pushy", options={"hard-sell": True, "hard-sell-in-replies": True}).invalid(text, lang="en", thread=thread, count=2)


def test_a_planned_call_with_a_time_is_presumed_in_japanese_too():
    tester.invalid("はじめまして、リドリーの高橋です。火曜15時に事務所へお電話いたしますので、ご対応ください。", lang="ja")
    tester.valid("はじめまして、リドリーの高橋です。よろしければ、火曜15時にお電話してもよろしいでしょうか。", lang="ja")


def test_urgency_about_an_answer_is_left_to_demands_reply():
    # "reply urgently" presses for an answer: one finding (demands-reply's), not a second one here.
    tester.valid("Dear Prof. Ellison, I am Chinedu, a public health officer. Kindly reply me urgently, latest by Monday.", lang="en")
    tester.valid("伊藤様、デザイナーの加藤です。カラーパレットのご講演について、至急ご返信ください。", lang="ja")
    # Urgency about anything else is still pressure.
    tester.invalid("Dear Prof. Ellison, I am Chinedu, a public health officer. Please decide immediately about the grant.", lang="en")
    tester.invalid("伊藤様、デザイナーの加藤です。至急ご決断ください。", lang="ja")


def test_pressure_in_a_chaser_to_someone_who_never_answered_is_still_pressure():
    thread = [{"from": "me", "date": "2026-05-01", "text": "Hi Dr. Bakare, I'm Nina from VetScribe."}]
    text = "Dr. Bakare, our free pilot for exotics clinics closes tomorrow at noon and we will not be reopening it."
    tester.invalid(text, lang="en", thread=thread)
    # Once they have written back, a date is information.
    replied = thread + [{"from": "them", "date": "2026-05-02", "text": "Interesting, when does the pilot end?"}]
    tester.valid(text, lang="en", thread=replied)


def test_urgency_denied_is_no_urgency():
    tester.valid("Hi Ana, none of this is urgent; I'll send the first half as a clean draft in mid-May.", lang="en")


def test_urgency_the_clause_denies_further_on_is_no_urgency():
    # the predicate that ends the clause is negated, however many words after the urgent one
    tester.valid("渡部様\n\nはじめまして。シールドキャリアの長尾と申します。今すぐの転職をお勧めするつもりはありません。資料があり、よろしければお送りできます。", lang="ja", platform="linkedin-inmail")
    tester.valid("Hi Takumi, I'm Yosuke, a recruiter at ShieldCareer. Nobody is asking you to act now. I put together a market summary and could send it if useful.", lang="en", platform="linkedin-inmail")
    # a negation inside the clause, or before a comma, leaves the pressure where it was
    tester.invalid("はじめまして。長尾と申します。今すぐお申し込みいただかないと特別価格は失われます。", lang="ja", platform="linkedin-inmail")
    tester.invalid("Dear Margaret, this is my third email. Since email isn't working, I'll ring your mobile tomorrow at 9am sharp to go through the quote.", lang="en", platform="email")


def test_a_casual_planned_call_with_a_time_is_presumed():
    tester.invalid("ゆかり、保険の話だけど、今夜8時に電話するね！", lang="ja", platform="facebook")
    tester.valid("電話することもできますので、必要ならお知らせください。", lang="ja", platform="email")


def test_a_plan_after_a_reason_and_a_meeting_already_booked_presume():
    tester.invalid("宮原さん、はじめまして！畳屋の森です。文字だと細かいことが伝わらないので、明日の夜八時にお電話しますね。", lang="ja", platform="facebook")
    tester.valid("宮原さん、はじめまして！畳屋の森です。もしよろしければ、明日の夜八時にお電話します。", lang="ja", platform="facebook")
    tester.invalid("Dear Rashid,\n\nI'm the founder of Date & Co. I saw your interview about regional desserts.\n\n"
                   "I've put a meeting in for Sunday at 11:00 at your Doha office.\n\nNoor", lang="en", platform="linkedin-message")
    tester.invalid("Hi Rashid, I'm Noor, a confectioner in Muscat. We have booked a call for us on Sunday at 11:00.", lang="en", platform="linkedin-message")
    tester.valid("Hi Rashid, I'm Noor, a confectioner in Muscat. I've enjoyed your interviews since Sunday.", lang="en", platform="linkedin-message")


def test_urgency_about_an_answer_is_left_to_demands_reply():
    tester.valid("your helm chart mistakes thread was great. wrote a free linter that catches #3 and #5. would you share it? "
                 "need an answer by tomorrow so I know whether to launch on HN instead", lang="en", platform="x")
    tester.invalid("I need the signed form by tomorrow so I can book the venue.", lang="en", platform="email")
    tester.valid("Sorry to rush you, but could you reply ASAP? The printer closes at five.", lang="en", platform="email")
    tester.valid("急ぎなので、至急お返事をください。他の方にも声をかけています。", lang="ja", platform="x")
    tester.invalid("至急ご来店ください。", lang="ja", platform="x")


def test_a_slot_held_for_them_and_a_call_announced_humbly_presume_a_meeting():
    tester.invalid("面談は明日14時で仮押さえしましたので、ご都合が悪い場合のみご連絡ください。", lang="ja", platform="linkedin-inmail")
    tester.invalid("詳しくご説明したいので、明日の午前10時にお店へお電話差し上げます。", lang="ja", platform="email")
    tester.valid("明日14時で仮押さえしてもよろしいでしょうか。", lang="ja", platform="linkedin-inmail")
    tester.valid("ご都合のよい日時をお知らせいただければ、こちらからお電話差し上げます。", lang="ja", platform="email")
    # English has the same: a slot already put in for them
    tester.invalid("I've pencilled us in for a 15-minute call on Tuesday at 2pm.", lang="en", platform="email")
    tester.valid("Would Tuesday at 2pm work for a 15-minute call, if you're up for one?", lang="en", platform="email")


def test_capitals_inside_an_unfilled_slot_are_not_shouting():
    tester.valid("Dear FIRSTNAME,\n\n[INSERT PERSONALISED LINE HERE]\n\nWe think there could be a great opportunity for our two "
                 "organisations to work together.", lang="en", platform="email")
    tester.invalid("Dear Ana,\n\nSALE ENDS TONIGHT, DON'T MISS IT.", lang="en", platform="email")


def test_a_call_at_a_set_time_further_on_in_its_clause_is_presumed():
    tester.invalid("大島様\nお返事ありがとうございます！明日3月7日の17時に、御社の代表番号から大島様あてにお電話いたします。",
                   lang="ja", platform="linkedin-message")
    tester.invalid("大塚様\nはじめまして。関口です。明日の午前10時にこちらからお掛けします。", lang="ja", platform="linkedin-message")
    # The time belongs to another predicate, or the visit was made.
    tester.valid("野口様\n篠原です。明日10時に会議があるので、そのあとお電話します。", lang="ja", platform="linkedin-message")
    tester.valid("小林様\n3月5日の展示会で小林様のブースに伺いました。", lang="ja", platform="linkedin-message")
    tester.invalid("Hi Owen, I'm Priya from The Foundry. I'll call you on Thursday at 3pm on your office line.", lang="en", platform="linkedin-message")


def test_an_ultimatum_do_it_or_lose_it_is_pressure():
    tester.invalid("Hi Ayesha, I run growth at Churnly. Book a slot this week or lose the launch rate.", lang="en",
                   platform="linkedin-inmail")
    tester.invalid("Hi Angela,\n\nFINAL NOTICE: about our Tuesday route. Reply today or we'll give Westside's pickup slot to "
                   "another clinic.", lang="en", platform="email")
    tester.valid("Hi Ayesha, I run growth at Churnly. If a slot this week suits you, the launch rate still applies.", lang="en",
                 platform="linkedin-inmail")
    tester.invalid("綾香様、チャーンリーの佐藤です。今週中にご予約いただかないと、特別価格は失われます。", lang="ja", platform="linkedin-inmail")
    tester.invalid("綾香様、チャーンリーの佐藤です。ご返信がない場合は、この枠を他の方にご案内いたします。", lang="ja", platform="linkedin-inmail")
    tester.valid("綾香様、チャーンリーの佐藤です。ご予約がなくても、資料はお送りします。", lang="ja", platform="linkedin-inmail")


def test_silence_taken_as_a_no_is_the_answers_ultimatum_not_pressure():
    # demands-reply judges a deadline for an answer; pushy stays out unless the opportunity goes to others
    tester.valid("土屋様\n当方の秋の挙式プランで、ドライフラワーのブーケを取り扱いたいと考えております。"
                 "お取引が可能かどうか、3日以内にご返答ください。ご返答がない場合はお断りと判断いたします。",
                 lang="ja", platform="email")
    tester.invalid("土屋様\n当方の秋の挙式プランで、ドライフラワーのブーケを取り扱いたいと考えております。"
                   "人気の枠なので、24時間以内にお返事がなければ他の方にお声がけします。", lang="ja", platform="email")
    tester.valid("Hi Dana, we'd like to stock your bouquets for our autumn weddings. If I don't hear back by Friday, "
                 "I'll assume it's a no.", lang="en", platform="email")
    # the others named as 別の…, then pointed back at (そちら): still the opportunity passed on
    tester.invalid("土屋様\n当方の秋の挙式プランで、ドライフラワーのブーケを取り扱いたいと考えております。"
                   "別の農園からもお問い合わせがあり、3日以内にご回答がない場合は、そちらにご案内させていただきます。",
                   lang="ja", platform="email")


@pytest.mark.parametrize(
    "text, lang, platform",
    [
        # capitals quoted from their post are their words
        ('the "DO NOT MICROWAVE" before/after is so good. curious what typeface you used for the warning line?', "en", "x"),
        # their event's scarcity, in a sentence the act model does not read as pressure
        ("Hi Kofi, saw your free weekend Python bootcamp is back with limited seats. I'm a backend engineer in Kumasi "
         "and would be glad to mentor for a weekend if you need hands. Ama", "en", "linkedin"),
        ("山田様、はじめまして。パン職人の佐藤です。山田様の店の数量限定の食パン、毎朝すぐ売り切れると聞きました。", "ja", "linkedin"),
        # "now and then" says how often
        ("Glad it helped, Naomi! What's the best way to keep in touch: here, email, or a call now and then?", "en", "linkedin"),
    ],
)
def test_their_own_words_and_things_are_no_pressure(text, lang, platform):
    tester.valid(text, lang=lang, platform=platform)


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Hi Kofi, your seat is reserved but only 3 seats left, so book now!", "en"),
        ("Hi Kofi, I'm Ama. CALL NOW, this offer ends TODAY.", "en"),
        ("山田様、はじめまして。パン職人の佐藤です。先着10名様限定です、今すぐお申し込みください。", "ja"),
    ],
)
def test_the_writers_own_pressure_still_is(text, lang):
    tester.invalid(text, lang=lang, platform="linkedin")


def test_a_call_or_meeting_set_for_them_at_a_time_is_presumed():
    tester.invalid("Hi Gabriel, I'm Helena from TraceLeaf. I'll give you a ring tomorrow at 10:00 to walk you through how we "
                   "could help.", lang="en", platform="email")
    # a condition after the plan leaves it to them
    tester.valid("Hi Gabriel, I'm Helena from TraceLeaf. I'll give you a ring tomorrow at 10:00 if that suits you.",
                 lang="en", platform="email")
    tester.invalid("永井様\nはじめまして。午睡センサーを開発している小川です。ご提案したく、明日10時からのZoomを設定しました。",
                   lang="ja", platform="linkedin")
    tester.invalid("はじめまして、改修の投稿を拝見した谷口です。来週土曜日の14時に港の待合所の前で待っています。", lang="ja",
                   platform="facebook")
    tester.invalid("はじめまして、生産管理クラウドの竹内です。来週火曜日の14時に工場のお電話へご連絡いたします。", lang="ja",
                   platform="linkedin-inmail")
    # waiting for an answer is no meeting
    tester.valid("はじめまして、改修の投稿を拝見した谷口です。お返事、気長に待ってます。", lang="ja", platform="facebook")


def test_a_plan_to_write_at_a_time_is_no_meeting():
    tester.valid("your metro thread is the best thing I've read on BRT in years. I'm writing a long piece on our own lanes. "
                 "let's move this to WhatsApp, send me your number and I'll message you tonight", lang="en", platform="x")
    tester.invalid("your BRT thread is the best thing I've read in years. I'll call you tonight at 8 to go through my draft",
                   lang="en", platform="x")


def test_what_is_on_offer_running_out_or_going_to_someone_else_is_pressure():
    text = ("Dear Dr Achebe,\n\nI'm Kemi, events lead at the Nigerian Retail Council. Your keynote on mobile money was quoted "
            "by everyone, so we'd love you at our dinner on 7 May.{tail}\n\nKemi\n")
    tester.invalid(text.format(tail=" Seats are almost gone!"), lang="en", platform="email", count=1)
    tester.invalid(text.format(tail=" Tickets are going fast."), lang="en", platform="email", count=1)
    tester.invalid(text.format(tail=" Let me know within 48 hours; after that your seat goes to the next guest on my list."),
                   lang="en", platform="email")
    # something else almost gone is no scarcity
    tester.valid(text.format(tail=" The jet lag is almost gone, so I'm finally writing."), lang="en", platform="email")


def test_a_call_announced_from_the_writers_side_at_a_time_is_pushy():
    text = "大島さん、はじめまして！吉祥寺で雑貨屋をやってる松岡です。窯出しの青、めちゃくちゃいい色ですね！{tail}"
    tester.invalid(text.format(tail="電話番号を教えてください、今夜8時にこちらからかけますね！"), lang="ja", platform="facebook")
    tester.invalid(text.format(tail="明日の10時にお電話をかけます。"), lang="ja", platform="facebook")
    # a call left to them is none
    tester.valid(text.format(tail="ご都合のよい時間を教えていただければ、こちらからおかけします。"), lang="ja", platform="facebook")


def test_a_call_set_on_a_line_of_theirs_is_pushy():
    text = ("Hello Aino,\n\nI'm Mikko, an HR consultant in Tampere. Your post on four-day weeks and attrition is the most honest "
            "one I've seen.\n\n{tail}\n\nMikko\n")
    tester.invalid(text.format(tail="I'll ring your mobile tomorrow at 10:00 to walk you through our retention survey."),
                   lang="en", platform="linkedin-inmail")
    tester.valid(text.format(tail="If a call is easier for you than writing, tell me a time that suits you."),
                 lang="en", platform="linkedin-inmail")
    ja = "金子様\n\nはじめまして。医療系システム会社メディリンクの坂本と申します。電子カルテの更新のご予定を伺いご連絡しました。\n{tail}\n\n坂本\n"
    tester.invalid(ja.format(tail="来週火曜の14時に事務長様の直通番号へお電話を差し上げます。"), lang="ja", platform="email")
    tester.valid(ja.format(tail="ご都合のよい日時を教えていただければ、お電話を差し上げます。"), lang="ja", platform="email")


def test_the_pressure_of_a_chase_is_follow_up_chasings():
    # the chase is follow-up-chasing's to report, and the deadline for a reply demands-reply's: no third finding
    chase = "Ben,\n\nThis is my fourth email about invoice #2041, now 22 days overdue. Please reply today with a payment date.\n\nSipho\n"
    tester.valid(chase, lang="en", platform="email")
    ja = "佐藤様\n\n請求書2041番の件で4回目のご連絡です。お支払い期日から22日が過ぎております。本日中にお支払い日をご返信ください。\n\n山本\n"
    tester.valid(ja, lang="ja", platform="email")
    # pressure that is no chase is still pushy
    tester.invalid("Hi Ben,\n\nOur spring offer ends tonight and only two installation slots are left, so book now!\n\nSipho\n",
                   lang="en", platform="email")


def test_their_time_reserved_for_the_writers_plan_is_a_presumed_meeting():
    tester.invalid("川口様\n\nはじめまして。株式会社ハーバーエステートの金子です。外壁塗装でお悩みとの投稿を拝見しました。\n\n"
                   "つきましては、明日13時に物件の前で査定を行います。お時間を空けておいてください。", lang="ja", platform="email",
                   spans=["お時間を空け"])
    tester.invalid("Hi Dana, I'm Raj from Fieldnote. I'll take you through the numbers tomorrow. Keep the hour free.",
                   lang="en", platform="linkedin-message", spans=["Keep the hour free"])
    # a time of day is a time: 明日の昼に
    tester.invalid("オーダー再開の投稿見ました！カフェ開業予定で、一枚板を探してます。明日の昼に工房へ電話しますね。", lang="ja", platform="x")
    # asked, not presumed
    tester.valid("川口様\n\nはじめまして。金子です。もしよろしければ、来週どこかでお時間を空けていただけますでしょうか。", lang="ja",
                 platform="email")
    tester.valid("Hi Dana, I'm Raj from Fieldnote. If a call would help, which hour suits you next week?", lang="en",
                 platform="linkedin-message")


def test_missing_out_said_of_someone_else_is_no_pressure():
    text = ("Hi Beth,\n\nI'm Leo, founder of Tillr, a pre-order app for bakeries. I saw the queue for your cardamom buns; "
            "bakeries like yours use Tillr so {tail}\n\nLeo\n")
    tester.valid(text.format(tail="regulars don't miss out and nothing goes to waste."), lang="en", platform="email")
    tester.valid(text.format(tail="they don't miss out on the weekend bake."), lang="en", platform="email")
    # said to the reader, it is pressure
    tester.invalid(text.format(tail="book a demo today and don't miss out on the launch price."), lang="en", platform="email",
                   spans=["don't miss out"])
    tester.invalid("Hi Beth, our launch price ends Friday. Don't miss out!", lang="en", platform="email")
    ja = "田中様\n\nはじめまして。パン屋向け予約アプリを作っている佐野です。{tail}\n\n佐野\n"
    tester.valid(ja.format(tail="常連さんが買い逃さないよう、週末分を事前に予約できます。"), lang="ja", platform="email")
    tester.invalid(ja.format(tail="今だけ半額です。この機会をお見逃しなく！"), lang="ja", platform="email")


def test_a_prize_for_acting_is_pressure():
    text = "Hi Victor,\n\nI'm Lina from Calora Ovens. Saw you're rebuilding the pastry section; our deck ovens suit it. {tail}\n\nLina\n"
    tester.invalid(text.format(tail="Reply within 48 hours and you'll be entered to win an iPad Pro!"), lang="en", platform="email")
    tester.invalid(text.format(tail="Book a tasting this month for a chance to win a free oven service."), lang="en", platform="email")
    # a prize of theirs, or the writer's own award, presses nobody
    tester.valid(text.format(tail="We won a regional design award for it last year."), lang="en", platform="email")
    ja = "三宅様\n\nはじめまして。静岡で茶農家をしている増田です。抹茶ラテのブログを拝見しました。{tail}\n\n増田\n"
    tester.invalid(ja.format(tail="今月中にご注文いただいた方の中から抽選で新茶をプレゼントします。"), lang="ja", platform="email")
    tester.valid(ja.format(tail="品評会で特賞が当たったとの投稿も拝見しました。"), lang="ja", platform="email")


def test_a_promise_of_value_is_no_pressure():
    ja = ("宮崎工業株式会社\n宮崎 一郎 様\n\n突然のご連絡失礼いたします。税理士法人みらい会計の石橋と申します。"
          "事業承継の無料セミナーを6月12日に開催いたします。{tail}\n\n石橋\n")
    tester.valid(ja.format(tail="経営者様にとって必ずお役に立つ内容となっておりますので、ぜひご参加ください。"), lang="ja", platform="email")
    # pressed on them, it is pressure
    tester.invalid(ja.format(tail="必ずご参加ください。"), lang="ja", platform="email")
    en = "Hi Ian, I'm Sam from Fieldwise Tax. We're running a free succession-planning seminar on 12 June. {tail}"
    tester.valid(en.format(tail="It will be genuinely useful for owners planning a handover."), lang="en", platform="email")
    tester.invalid(en.format(tail="You absolutely have to attend, seats are filling fast!"), lang="en", platform="email")


def test_a_time_set_for_their_talk_or_their_call_is_a_presumed_meeting_in_japanese():
    ja = "松田様\n\nはじめまして。熊本で農業用ドローンの会社を経営している有村です。創業支援プログラムの募集を拝見しました。{tail}\n\n有村\n"
    tester.invalid(ja.format(tail="明日の朝9時に、弊社Slackのハドルでお話ししましょう。"), lang="ja", platform="email")
    tester.invalid(ja.format(tail="詳しくは電話で説明したいので、こちらから今晩かけます！"), lang="ja", platform="email")
    tester.invalid(ja.format(tail="電話で話したいので、今日の夕方かけてください！"), lang="ja", platform="email")
    # asked, or no time set: nothing presumed
    tester.valid(ja.format(tail="ご都合がよろしければ、来週どこかでお話ししましょうか。"), lang="ja", platform="email")
    tester.valid(ja.format(tail="お手数をおかけしますが、資料をご覧いただけますと幸いです。"), lang="ja", platform="email")


def test_a_meeting_booked_for_them_with_an_adverb_between_is_presumed():
    tester.invalid("Zoe! Bike mechanic here. Saw your e-bike tech post. I've already booked 30 mins in your calendar for Thurs 9am.",
                   lang="en", platform="linkedin")
    tester.invalid("佐藤様\n\nリーズ大学4年の山田です。すでに木曜9時にカレンダーへ30分の予定を入れておきました。", lang="ja", platform="email")
    # the writer's own booking is no meeting presumed
    tester.valid("Hi Nele, sorry for the short notice. I have to book the train, so I'll come to the workshop on Thursday if that suits.",
                 lang="en", platform="email")


def test_where_the_writer_will_be_presumes_no_meeting_with_them():
    # "I'll be in Leeds … on the 14th": the writer's whereabouts, offered as an optional coffee
    tester.valid("Dear Dr Adeleke,\n\nI'm Bethany, a trial coordinator at Meridian CRO. Your NIHR talk on visit schedules hit home.\n\n"
                 "I'll be in Leeds for a site visit on the 14th. If a coffee near the hospital suited you, I'd love to hear more; "
                 "if not, no worries at all.\n\nBethany", lang="en", platform="email")
    # a plan that comes to them stays presumed
    tester.invalid("Dear Dr Adeleke,\n\nI'm Bethany, a trial coordinator at Meridian CRO. Your NIHR talk on visit schedules hit home.\n\n"
                   "I'll be at your office on the 14th at 10am to walk you through our scheduling tool.\n\nBethany",
                   lang="en", platform="email")


@pytest.mark.parametrize(
    "text",
    [
        "浜田様\n株式会社シーサイド企画の望月です。南浜しらすのPR企画の件です。至急、ご意向をお聞かせください。",
        "戸田様\nブログで桜の根元のキノコの記事を拝見しました。伐ったほうがいいのか、至急教えてください。",
    ],
)
def test_urgency_on_being_told_is_about_an_answer_in_japanese(text):
    # asking to be told (意向, 聞かせる, 教える, 連絡) urgently asks for the answer: demands-reply's, one finding
    tester.valid(text, lang="ja", platform="email")


def test_the_time_of_a_thing_named_is_not_a_visit_presumed():
    tester.valid("西村様\n\n再三のご連絡となり恐縮です。5月のフォーラムの手話通訳の件、もう一度だけお伺いしたくご連絡しました。", lang="ja", platform="linkedin")
    tester.valid("小川様\n\nトラットリア・ソーレの松井です。また週末のマルシェに伺いますね。", lang="ja", platform="email")
    tester.invalid("小川様\n\nトラットリア・ソーレの松井です。週末の14時に厨房へ伺います。", lang="ja", platform="email")
    tester.valid("Hi Ms Nishimura, sorry to write again. About the sign-language interpreting for the May forum, may I ask once more?",
                 lang="en", platform="linkedin")


def test_the_writers_own_firm_in_capitals_signed_with_is_a_name_not_shouting():
    tester.valid("Dear Marguerite,\n\nI'm an organiser with UNITE HERE Local 11 in Los Angeles. Your post on the workload cap across "
                 "fourteen Paris hotels is the campaign we have been trying to run here.\n\nIn solidarity,\nRosa Delgado\n"
                 "Organiser, UNITE HERE Local 11", lang="en", platform="email")
    tester.invalid("Dear Marguerite,\n\nI'm Rosa from Local 11. CALL ME NOW about the campaign.\n\nBest,\nRosa Delgado\nLocal 11",
                   lang="en", platform="email")
    tester.valid("マルグリット様\n\nロサンゼルスの労働組合 UNITE HERE Local 11 でオルグをしているデルガドです。パリのホテル14軒での"
                 "作業量上限の投稿、拝読しました。\n\nロサ・デルガド\nUNITE HERE Local 11", lang="ja", platform="email")


def test_scarcity_as_a_condition_on_the_writers_own_plan_is_no_pressure():
    tester.valid("すずめさん、こんにちは。保護猫カフェ「ねこのま」の桑原です。今月の依頼枠、もし空きがあればお願いしたいです。"
                 "枠が埋まっていたら、また来月の告知を待ちますね。", lang="ja", platform="x")
    tester.invalid("すずめさん、こんにちは。保護猫カフェ「ねこのま」の桑原です。譲渡会の枠が埋まってしまう前に、今すぐお申し込みください！",
                   lang="ja", platform="x")
    tester.valid("Hi Suzume, I'm Kuwabara from the Nekonoma cat cafe. If this month's commission slots are full, I'll just wait "
                 "for next month's call.", lang="en", platform="x")


def test_a_price_that_runs_out_and_a_slot_handed_on_are_pressure():
    tester.invalid("Hi Imogen, I'm Rick at ClaimScope. The founding-partner rate ends tomorrow and after that it's full price.",
                   lang="en", platform="email")
    tester.valid("Hi Imogen, I'm Rick, a patent examiner. My contract ends tomorrow, so I'm looking for what's next.",
                 lang="en", platform="email")
    tester.invalid("杉浦様\n\n北海道アグリサポートの土屋です。期限を過ぎますとモニター枠は他の牧場様へお回しいたします。",
                   lang="ja", platform="email")
    tester.valid("杉浦様\n\n北海道アグリサポートの土屋です。締切を過ぎると他の方の作品も見られなくなるそうです。", lang="ja", platform="email")


def test_a_visit_set_for_a_time_further_on_in_its_clause_is_presumed():
    # a verb in て (兼ねて) leads on to the visit; the call may come many words after its time
    tester.invalid("松本課長\nはじめまして。みどり種苗の北村と申します。来週火曜日（10月6日）の午前10時に、ご挨拶を兼ねて御組合へお伺いします。",
                   lang="ja", platform="email")
    tester.invalid("坂口様\nはじめまして。メディブリッジの永井と申します。詳細はお電話のほうが早いので、明日（木）15時に、"
                   "ご勤務先の湘南中央病院の代表番号へこちらからお電話いたします。", lang="ja", platform="email")
    tester.invalid("Dear Mr Matsumoto, I am Kei Kitamura from Midori Seeds. I read your post on clubroot. Next Tuesday "
                   "(6 October) at 10am I will come by your co-op to introduce myself and bring the trial data.", lang="en", platform="email")


def test_a_time_inside_a_title_or_a_wish_to_visit_presumes_nothing():
    tester.valid("上田様\nはじめまして。佐々木と申します。『港の朝』の制作裏話を拝読し、どうしてもお話を伺いたくなりました。",
                 lang="ja", platform="email")
    tester.valid("Dear Ms Ueda, I am Haruka Sasaki, a student at Osaka. Reading about the making of Harbour Morning, I would love to hear more someday.",
                 lang="en", platform="email")


def test_a_plan_with_a_time_at_their_place_presumes_a_meeting():
    tester.invalid("Dear Dr Nkosi,\n\nI'm a producer at SABC's science desk. Your trial result is a story we want on air.\n\n"
                   "We'll be recording on Thursday at 10:00 sharp at your office; our crew is already booked.", lang="en", platform="email")
    tester.invalid("ンコシ様\n\nSABC科学部のプロデューサーです。治験の結果をぜひ放送したく存じます。木曜10時に御社へお伺いします。",
                   lang="ja", platform="email")
    # a question leaves it to them
    tester.valid("Dear Dr Nkosi,\n\nI'm a producer at SABC's science desk. Your trial result is a story we want on air.\n\n"
                 "Could we record on Thursday at 10:00 at your office?", lang="en", platform="email")


def test_an_answer_needed_by_a_time_is_no_meeting_and_a_compound_word_no_deadline():
    # a deadline for the answer is demands-reply's to judge
    tester.valid("Dear Dr Okonjo,\n\nI'm a conservation stonemason at Lincoln Cathedral. The Chapter would consider lending a font "
                 "bowl for your Reformation exhibition.\n\nI'll need your answer by 5 pm tomorrow, your time, because the Chapter "
                 "meets on Thursday.", lang="en", platform="email")
    # "end-to-end" is no "offer ends"
    tester.valid("Dear Ms Rao,\n\nI'm the founder of EchoBridge Media. At EchoBridge, we offer end-to-end solutions for podcasts, "
                 "and I enjoyed your episode on grant writing.", lang="en", platform="email")
    tester.invalid("Dear Ms Rao,\n\nI'm the founder of EchoBridge Media. Our launch offer ends on Friday, so book today.",
                   lang="en", platform="email")


def test_an_urgency_phrase_of_the_writers_own_step_presses_nobody():
    tester.valid("Dear Mrs O'Connell,\n\nI'm Carlo, a final-year mortuary science student in Manila. I read your post about forty "
                 "years in funeral service. What should I read, and which associations should I join now?", lang="en", platform="email")
    tester.invalid("Dear Mrs O'Connell,\n\nI'm Carlo from the Manila Funeral Guild. Our guild has three seats left for Ohio directors. "
                   "Join now before they go!", lang="en", platform="email")
    tester.valid("オコネル様\n\nマニラで葬祭学を学んでいるカルロと申します。どの協会に今すぐ入るべきでしょうか。", lang="ja", platform="email")


def test_a_visit_with_only_a_month_set_presumes_no_meeting():
    ja = "小林様\n\nはじめまして。関と申します。投稿を拝見しました。\n\n{when}、御社に伺う予定です。\n\n関"
    tester.valid(ja.format(when="来月"), lang="ja", platform="linkedin-message")
    tester.valid(ja.format(when="来月中に"), lang="ja", platform="linkedin-message")
    tester.invalid(ja.format(when="来月10日に"), lang="ja", platform="linkedin-message")
    en = "Hi Naoto,\n\nI'm Seki, an analyst at a venture debt fund. I read your post on bank-fund partnerships.\n\nI will visit your office {when}.\n\nSeki"
    tester.valid(en.format(when="next month"), lang="en", platform="linkedin-message")
    tester.invalid(en.format(when="tomorrow"), lang="en", platform="linkedin-message")


def test_urgency_denied_before_a_comma_is_no_urgency():
    # 「…ということではなく、」: the clause's predicate, negated, then a comma and the real aim
    tester.valid("上野さん、人事の岡本と申します。「色のコントラスト比だけでは足りない理由」を拝読しました。今すぐ採用のご案内をしたいということではなく、"
                 "今後も発信を追いかけたく、つながりをお願いできればと思っております。", lang="ja", platform="linkedin")
    tester.valid("Hi Ueno, I'm Okamoto in HR. I read your piece on contrast ratios. It's not that I want to pitch you a job right now, "
                 "I'd just like to follow your writing.", lang="en", platform="linkedin")
    tester.invalid("上野さん、人事の岡本と申します。今すぐ採用のご案内をしたいので、お時間をください。", lang="ja", platform="linkedin")


def test_a_relative_clause_after_the_time_leads_on_to_the_call():
    ja = "今井様\n\nメディリハの佐野と申します。ご発表を拝聴しました。\n\n{x}\n\n佐野"
    tester.invalid(ja.format(x="明日3月4日（水）14時に、リハ科の方から伺った今井様の携帯へお電話いたします。"), lang="ja", platform="email")
    # the time the relative clause's own: no call set for it
    tester.valid(ja.format(x="明日10時に決まった件について、後ほどお電話します。"), lang="ja", platform="email")
    tester.invalid("Dear Ms Imai,\n\nI'm Sano from MediRehab. I heard your talk.\n\nTomorrow at 2pm, I will call the mobile number the rehab "
                   "ward gave me.\n\nSano", lang="en", platform="email")


def test_a_threat_on_a_condition_is_pressure_answer_or_not():
    tester.invalid("北村様\n\nひろばユニオンの土屋です。\n\n明日3月31日17時までにご回答がない場合、当組合として御社本社前での抗議行動を行い、"
                   "あわせて労働委員会への救済申立てに踏み切ります。\n\n土屋", lang="ja", platform="email")
    tester.invalid("Dear Mr Kitamura,\n\nThis is Tsuchiya from Hiroba Union.\n\nIf we have no answer by 5pm tomorrow, the union will protest "
                   "outside your head office and file a complaint with the labour board.\n\nTsuchiya", lang="en", platform="email")
    # a complaint told of, on no condition, threatens nothing
    tester.valid("Dear Mr Kitamura,\n\nThis is Tsuchiya from Hiroba Union. We filed a complaint with the labour board last year about a "
                 "different site.\n\nTsuchiya", lang="en", platform="email")


def test_an_invite_to_a_chat_group_sets_no_meeting():
    en = "Hi Hamada, I'm Nakanishi, a piano tuner in Kitakyushu. Your flange post was great. {x}"
    tester.valid(en.format(x="There's a WhatsApp group for Kyushu tuners, so I sent you an invite. Let's talk there from now on!"),
                 lang="en", platform="facebook")
    tester.invalid(en.format(x="I've sent you a calendar invite for Tuesday at 3."), lang="en", platform="facebook")
    ja = "浜田さん、はじめまして。北九州で調律をしている中西といいます。フレンジ交換の投稿、拝見しました。{x}"
    tester.valid(ja.format(x="九州の調律師のLINEグループがあるので、招待を送っておきました。今後の話はそちらでしましょう！"), lang="ja", platform="facebook")
    tester.invalid(ja.format(x="火曜15時の打ち合わせの招待を送っておきました。"), lang="ja", platform="facebook")


def test_a_deadline_for_the_answer_needed_is_demands_replys_unless_a_consequence_follows():
    en = ("Dr Siddiqui,\n\nI coordinate transplants in Auckland. Regarding your 10-year ABO-incompatible outcomes paper: "
          "what rituximab dose did you settle on?\n\n{x}\n\nTom")
    tester.valid(en.format(x="We need this answered by Wednesday noon."), lang="en", platform="email")
    tester.invalid(en.format(x="I need your decision by Thursday at 6pm, or the slot goes to the next band on our list."),
                   lang="en", platform="email")
    ja = "シディキ先生\n\n移植コーディネーターの田中です。先生の10年成績の論文を拝読しました。リツキシマブの用量はどうされましたか。\n\n{x}\n\n田中"
    tester.valid(ja.format(x="水曜正午までにご回答が必要です。"), lang="ja", platform="email")
    tester.invalid(ja.format(x="水曜正午までにサンプルが必要です。"), lang="ja", platform="email")


def test_an_offer_running_out_with_its_object_between():
    en = "Dear Mr. Pillai,\n\nI'm Vivek from AeroMap Surveys in Kochi; I saw your tender for the Kumbalangi corridor. {x}\n\nVivek"
    tester.invalid(en.format(x="Our quoted rate for the Kumbalangi corridor expires on 15 February and will not be extended."),
                   lang="en", platform="email")
    tester.valid(en.format(x="My visa expires in March, so I'm looking at roles in Kochi."), lang="en", platform="email")
    ja = "ピライ様\n\nコーチのエアロマップ測量のメノンです。クンバランギ回廊の入札公告を拝見しました。{x}\n\nメノン"
    tester.invalid(ja.format(x="お見積りの価格は2月15日で失効し、延長はいたしません。"), lang="ja", platform="email")
    tester.valid(ja.format(x="私の資格が3月で失効するため、価格の話は後日にします。"), lang="ja", platform="email")


def test_a_deadline_read_by_the_model_is_no_pressure_with_a_way_out_in_its_sentence():
    en = "Hi Gabriel, I'm Ana from the tenants' union, about the rent data. {x}"
    tester.valid(en.format(x="Testimony is due on the 30th, so if the timing doesn't work, no problem at all, and the data offer stands regardless."),
                 lang="en", platform="linkedin-message")
    tester.invalid(en.format(x="Testimony is due on the 30th, so we need your numbers before then or we lose the slot."),
                   lang="en", platform="linkedin-message")
    ja = "ガブリエルさん\n\n借家人組合のアナです。家賃データの件でご連絡しました。\n\n{x}\n\nアナ"
    tester.valid(ja.format(x="証言の締め切りは30日ですが、ご無理のない範囲で、日程が合わなければ見送っていただいて構いません。"),
                 lang="ja", platform="email")
    tester.invalid(ja.format(x="証言の締め切りは30日なので、それまでに数字をいただかないと枠を失います。"), lang="ja", platform="email")


def test_the_readers_own_hurried_story_is_no_pressure_of_the_writers():
    text = ("Hi Daniel,\n\nI read your post-mortem on the Pinewood Kickstarter. {x}\n\nI'm a crowdfunding consultant; I help "
            "tabletop studios plan their launches. If you relaunch, I'd be happy to send you my pre-launch checklist, no strings.\n\nTamsin")
    tester.valid(text.format(x="Missing by 8% after a 30-day run is painful, and your point about launching without an email list rang true."),
                 lang="en", platform="email")


def test_an_answers_deadline_with_what_follows_if_it_is_missed_presses():
    text = ("Neil, I'm Travis with Great Plains Roofing. Sorry to see the hail damage at your Omaha sites.\n\n"
            "I can hold our crew and current pricing, but I need your decision by Monday 9 a.m. {x}\n\nTravis")
    tester.invalid(text.format(x="After that the price goes up 15% and the crew moves to another job."), lang="en", platform="email")
    tester.valid(text.format(x="Thanks for considering it."), lang="en", platform="email")


def test_a_call_planned_after_a_casual_reason_or_a_message_is_still_a_presumed_meeting():
    ja = "みなみさん！塩漬けの投稿見ました、うちは3.5％派です！大分でキムチ工房やってます。\n{x}"
    tester.invalid(ja.format(x="これ文章だと伝わらないんで、今夜21時に電話しますね！"), lang="ja", platform="facebook")
    tester.valid(ja.format(x="これ文章だと伝わらないんで、もしよければ今度お電話でお話しできたら嬉しいです！"), lang="ja", platform="facebook")
    en = ("Hi Mehreen,\n\nI'm Usman, I mix podcasts for a couple of Karachi shows. Loved the season 3 trailer. "
          "I'd be glad to do a free pass on it.\n\n{x}\n\nUsman")
    tester.invalid(en.format(x="I'll send the files over and give you a ring tonight to walk you through them."),
                   lang="en", platform="linkedin-message")
    tester.valid(en.format(x="I'll send the files over tonight, and if it helps we could talk them through some time."),
                 lang="en", platform="linkedin-message")


def test_a_plan_that_names_the_reader_in_chat_spelling_presumes_a_meeting():
    text = "hey Sam! saw ur post on the Tuesday jam, I'm a drummer in Hobart. {x}"
    tester.invalid(text.format(x="I'll be seeing u at the bar tomorrow at 9 to chat."), lang="en", platform="facebook")
    tester.valid(text.format(x="I'll be at the bar tomorrow at 9 anyway."), lang="en", platform="facebook")
    ja = "サムさん！火曜のジャムの投稿見ました、ホバートでドラム叩いてる森です。{x}"
    tester.invalid(ja.format(x="明日の夜9時にバーで待ってますね。"), lang="ja", platform="facebook")


def test_a_call_announced_with_an_adverb_between_is_presumed():
    intro = "Hey Jonah, I'm a licensed forager out of Boone. Saw your post lookin' for spring suppliers. "
    tester.invalid(intro + "I got your number off a buddy, so I'll just give you a ring this week and we can talk prices.",
                   lang="en", platform="linkedin-inmail")
    tester.valid(intro + "If it helps, I'll happily give you a call whenever suits you.", lang="en", platform="linkedin-inmail")
    # parity: the Japanese plan with an adverb between was read before
    tester.invalid("ジョナさん、はじめまして。ブーンできのこを採っている者です。春の仕入れ先募集の投稿を見ました。明日の15時にとりあえずお電話しますね。",
                   lang="ja", platform="facebook")
    tester.valid("ジョナさん、はじめまして。ブーンできのこを採っている者です。春の仕入れ先募集の投稿を見ました。ご都合がよければ、お電話でもお話しできます。",
                 lang="ja", platform="facebook")


def test_a_visit_whenever_they_choose_sets_no_time():
    # 「平日でも週末でも、何時でも伺います」 leaves the time to them; 「今晩にでも電話します」 sets it.
    intro = "安藤様\n\nはじめてご連絡いたします。フォーリーアーティストの水野と申します。御社の新しいフォーリーステージを業界誌で拝見しました。"
    tester.valid(intro + "ご都合のよい日時をいくつかお知らせいただけましたら、私のほうで合わせます。平日でも週末でも、何時でも伺います。",
                 lang="ja", platform="email")
    tester.invalid(intro + "今晩にでもお電話いたします。", lang="ja", platform="facebook")
    # parity: the English "any day" sets no time either
    intro_en = "Dear Mr Ando,\n\nI'm Aya Mizuno, a foley artist. I read about your new foley stage in the trade press. "
    tester.valid(intro_en + "If you send me a few dates that suit you, I'll fit around them; weekdays or weekends, I can come any time.",
                 lang="en", platform="email")
    tester.invalid(intro_en + "I'll call you tonight at 8.", lang="en", platform="email")


def test_a_call_set_once_a_step_is_taken_is_presumed_but_one_on_their_wish_is_not():
    # たら after a step taken (追加いただけましたら, 番号わかったら) is "once": the call after it is set all the same;
    # after a wish, a state or a negation (ご興味がありましたら, ご不明点がございましたら) it is "if"
    ja = "森本様\n\nはじめまして。地方銀行で不正取引の調査を担当しております野口と申します。協会の事例集を拝読しました。\n{x}\n\n野口"
    tester.invalid(ja.format(x="LINEのIDを下に記載しております。追加いただけましたら、その日の夜にこちらからお電話いたします。"), lang="ja", platform="email")
    tester.invalid(ja.format(x="番号わかったら今夜こっちからかけますね。"), lang="ja", platform="email")
    tester.valid(ja.format(x="ご興味がありましたら、明日の夜にこちらからお電話いたします。"), lang="ja", platform="email")
    tester.valid(ja.format(x="会場が公民館でしたら、平日の夜でも伺うことができます。"), lang="ja", platform="email")
    # parity: English "once" already set the call, and "if" leaves it to them
    en = "Dear Ms Morimoto,\n\nI'm Tsuyoshi Noguchi, a fraud investigator at a regional bank. I read your casebook.\n\n{x}\n\nTsuyoshi"
    tester.invalid(en.format(x="Once you have added me on LINE, I will call you tonight."), lang="en", platform="email")
    tester.valid(en.format(x="If you are interested, I will call you tonight."), lang="en", platform="email")


def test_a_call_set_in_the_progressive_or_as_a_second_verb_is_presumed():
    intro = "Congrats on the ten Kaduna schools! I install panels in Zaria and want to join the next round. "
    tester.invalid(intro + "I'm calling your office line tomorrow 9am sharp, and pls DM me your WhatsApp so we can plan there.",
                   lang="en", platform="x")
    tester.invalid(intro + "I've messaged you on Telegram and will ring your mobile tonight; please pick up.", lang="en", platform="x")
    tester.valid(intro + "I'm visiting Kaduna on Friday at 10 for a site survey.", lang="en", platform="x")
    tester.valid(intro + "If a call suits you, I could ring your office some time next week.", lang="en", platform="x")
    # parity: a Japanese call set after a message was read before
    tester.invalid("カドゥナの学校10校、おめでとうございます！ザリアでパネルを施工している者です。Telegramでメッセージを送りましたので、今夜こちらからお電話します。",
                   lang="ja", platform="x")


def test_a_price_going_back_up_after_a_date_is_an_offer_running_out():
    ja = "長尾様\n\nはじめまして。公認会計士の平田と申します。{x}\n\n平田 聡"
    tester.invalid(ja.format(x="不正リスク診断のサービスを現在特別価格でご案内しております。期限を過ぎますと通常価格となります。"), lang="ja", platform="email")
    tester.valid(ja.format(x="長尾様のお店の春のセール、金曜を過ぎますと通常価格に戻るのですね。"), lang="ja", platform="email")
    en = "Dear Mr Nagao,\n\nI am Satoshi Hirata, a chartered accountant. {x}\n\nSatoshi"
    tester.invalid(en.format(x="Our fraud-risk review is on a special rate now; after the 20th it goes back to full price."),
                   lang="en", platform="email")
    tester.valid(en.format(x="Our fraud-risk review is £400 at full price, and charities pay half."), lang="en", platform="email")


def test_a_plan_with_a_filler_before_its_verb_is_still_set_for_them():
    en = "Dear Ms Wong,\n\nI am a kindergarten music teacher in Bedok, and I saw your Tampines opening. {x}\n\nAisyah"
    tester.invalid(en.format(x="I will also phone your centre on Monday at 10am to arrange the interview."), lang="en", platform="email")
    tester.invalid(en.format(x="I've gone ahead and put a 20-minute slot in for you on Thursday at 9am."), lang="en", platform="email")
    tester.valid(en.format(x="I will also send my CV and two references on Monday at 10am."), lang="en", platform="email")
    tester.valid(en.format(x="I've gone ahead and booked my own flight home for Thursday at 9am."), lang="en", platform="email")
    # parity: the Japanese plan with a word between was read before
    ja = "王様\n\nベドックで幼稚園の音楽教諭をしております。タンピネスの求人を拝見しました。{x}\n\nアイシャ"
    tester.invalid(ja.format(x="月曜の10時に、改めて園へお電話いたします。"), lang="ja", platform="email")


def test_a_count_of_stock_left_read_as_pressure_is_scarcity():
    ja = "坂口様\n\nはじめまして。仁木町でシードル醸造所をやっている大西です。余市のシードルをグラスで出されていると拝見しました。\n\n{x}\n\n大西 潤"
    tester.invalid(ja.format(x="今年の新酒は残り30本です！"), lang="ja", platform="email")
    tester.invalid(ja.format(x="完売の可能性が高いので、ご注文はお早めにお願いします。"), lang="ja", platform="email")
    # the rest of something, as a topic: 「残り二本は…」 counts beams, not stock
    tester.valid(ja.format(x="柱四本のうち二本は継ぎ直しが必要ですが、残り二本は再利用できます。"), lang="ja", platform="email")
    en = "Hi Sam,\n\nI run a small cidery up the road and saw your post about the new cider list.\n\n{x}\n\nJun"
    tester.invalid(en.format(x="This year's batch has only 30 bottles left."), lang="en", platform="email")
    tester.invalid(en.format(x="Order a case soon, before it sells out."), lang="en", platform="email")
    tester.valid(en.format(x="I have only one question left: do you pour by the glass?"), lang="en", platform="email")
    tester.valid(en.format(x="We moved the press last week and there are only two boxes left to unpack."), lang="en", platform="email")


def test_a_stranger_told_to_add_the_writer_within_hours_is_pressed():
    ja = "加藤様\n\nはじめまして。札幌で雪崩予報を担当している吉田と申します。参加者募集を拝見しました。\n\n{x}\n\n吉田 拓真"
    tester.invalid(ja.format(x="下記のユーザー名を今夜中に追加してください。"), lang="ja", platform="email")
    tester.valid(ja.format(x="よろしければ、ご都合のよいときにご連絡ください。"), lang="ja", platform="email")
    en = "Hi Ms Kato,\n\nI'm Takuma, an avalanche forecaster in Sapporo, and saw your call for field testers.\n\n{x}\n\nTakuma"
    tester.invalid(en.format(x="Please add my username on Telegram by tonight."), lang="en", platform="email")
    tester.valid(en.format(x="If it suits you, I'm happy to talk whenever you like."), lang="en", platform="email")


def test_a_count_left_beside_a_pressing_sentence_is_scarcity():
    # the count's own sentence reads calm; the pressure is in the next one
    ja = "白石さん、はじめまして！福井でハープ講師をしている北野です。音楽療法にハープを取り入れておられると知ってご連絡しました。来月のミニコンサートの共演者を探していて、枠はもう1つだけなんです！{x}"
    tester.invalid(ja.format(x="明日までにお返事ください、埋まっちゃうので🙏"), lang="ja", platform="facebook")
    tester.valid(ja.format(x="ご興味があれば、いつでも気軽に声をかけてください。"), lang="ja", platform="facebook")
    en = "Hi Ms Shiraishi, I teach harp in Fukui and read about your music therapy work. I'm looking for a duo partner for a hospital concert next month, and there's only one slot left! {x}"
    tester.invalid(en.format(x="Answer me by tomorrow, it'll be gone after that 🙏"), lang="en", platform="facebook")
    tester.valid(en.replace(" and there's only one slot left!", " and one slot on the programme is still open.").format(
        x="If it interests you, get in touch whenever suits."), lang="en", platform="facebook")


def test_silence_passing_the_offer_to_someone_else_within_a_day_is_pressure():
    # the deadline is for an answer (demands-reply's), but missing it by tomorrow loses the chance to another
    en = "Dear Colm,\n\nI teach harp in Cebu and want to order five of your 34-string lever harps for my studio.\n{x}\n\nRia"
    tester.invalid(en.format(x="If I don't hear back by tomorrow noon, the order goes to another maker."), lang="en", platform="email")
    # a later date only says what silence means: the answer's deadline, demands-reply's to judge
    tester.valid(en.format(x="If I don't hear back by the end of April, I'll ask another maker."), lang="en", platform="email")
    ja = "田中様\n\nはじめまして。高知でハープ教室を開いている佐藤です。34弦のレバーハープを教室用に5台注文したいと考えています。\n{x}\n\n佐藤"
    tester.invalid(ja.format(x="明日中にお返事をいただけない場合は、別の工房にお願いすることになります。"), lang="ja", platform="email")
    tester.valid(ja.format(x="4月末までにお返事がない場合は、別の工房にお願いすることになります。"), lang="ja", platform="email")


def test_silence_passing_the_chance_on_before_a_calendar_date_only_says_what_silence_means():
    ja = "松本様\n\nはじめてご連絡いたします。金沢で特許事務所を営んでおります、弁理士の能村と申します。貴本部の技術移転案件を拝見しました。\n{x}\n\n能村 隆"
    tester.valid(ja.format(x="お手数ですが、3月13日（金）までにご返信ください。それまでにお返事がない場合は、別の案件をご紹介いたします。"), lang="ja", platform="email")
    tester.invalid(ja.format(x="お手数ですが、明日中にご返信ください。それまでにお返事がない場合は、別の事務所にお願いいたします。"), lang="ja", platform="email")
    en = "Hi Olga,\n\nI'm Ben, a recruiter at Tessellate, and I enjoyed your talk on exactly-once payouts.\n{x}\n\nBen"
    tester.invalid(en.format(x="I need your answer by Thursday 5pm, otherwise the slot goes to another candidate."), lang="en", platform="email")
    tester.valid(en.format(x="I need your answer by 10 April, otherwise the slot goes to another candidate."), lang="en", platform="email")
    # a month's name whole, not a word that starts like one: "market 12" is no date
    tester.invalid(en.format(x="I need your answer by tonight, otherwise the slot goes to another candidate from the market 12 team."), lang="en", platform="email")
