"""one-sided-ask (OL403): asking for a job, referral, introduction, favour or sale while offering nothing."""

from __future__ import annotations

import pytest

from outreach_lint.testing import RuleTester

tester = RuleTester("one-sided-ask")


@pytest.mark.parametrize(
    "text, spans",
    [
        (
            "Hi Dana, I'm applying to Fieldnote next month. Could you put in a word for me with your recruiter?",
            ["Could you put in a word"],
        ),
        ("Hi Ken, would you be able to introduce me to someone on your analytics team?", ["would you be able to introduce me"]),
        ("Hi Sarah, could you connect me with your design recruiter?", ["could you connect me with"]),
        ("Hi Ben, is there any chance you could refer me for the internship?", ["is there any chance you could refer me"]),
        ("Hi Marcus, I'm a QA engineer. Are you hiring? I'd love to hear about any QA openings at Monzo.", ["Are you hiring", "I'd love to hear about any QA openings"]),
        ("Hi Jordan, would you consider investing in our pre-seed round?", ["would you consider investing in"]),
        ("Hi Laura, please keep me in mind for any editing jobs.", ["please keep me in mind for"]),
        # A small ask fires when the draft is all about its writer.
        (
            "Hi Raj, I'm a marketer and I want to move into product, but I don't know where my skills fit. I would love to pick your brain.",
            ["I would love to pick your brain"],
        ),
    ],
)
def test_english_asks_with_nothing_back_fire(text, spans):
    tester.invalid(text, lang="en", spans=spans)


@pytest.mark.parametrize(
    "text",
    [
        # An offer or a benefit for the recipient.
        "Hi Priya, could you share how you size your collectors? In return, I can send you our load-test results.",
        "Hi Dana, could you introduce me to your CTO? Happy to share the edge cases we hit if useful for your team.",
        "Hi Jess, would you try our tool? It could save your team a day a month on reconciliations.",
        "Hi Raj, I made the same switch last year; would you be up for comparing notes sometime?",
        # No request, or the ask belongs to the past.
        "Hi Ken, Luis Ortega referred me to you after your Coalesce talk on dbt tests.",
        "Hi Olivia, congratulations on the new role at Shopify! Your talk stayed with me.",
        "Hi Tom, thanks for the introduction to Maria last week.",
        # A sending of my own résumé is not an offer, but here nothing is asked either.
        "Hi Anna, I can send you my resume whenever suits you.",
        # Questions about their job, programme or open source work are not asks for one.
        "Could you tell me how your team designed its internship program?",
        "Would you tell me how your new role is going?",
        "Do you have any open source projects you'd recommend?",
        "Could you pass my regards to Ken?",
        "Any thoughts on the opening keynote?",
        # A recruiter offering a job gives rather than asks.
        "Hi Dana, I'm a recruiter at Lumen and I have a role I think you'd be a great fit for. Would you be open to a quick call?",
        # A small ask in a draft about the recipient.
        "Hi Daniel, your piece on research ops is required reading for our team, and your point on consent stuck with us. Any advice on how you rolled it out?",
    ],
)
def test_english_reciprocal_or_past_or_small_asks_are_silent(text):
    tester.valid(text, lang="en")


def test_english_recipient_who_offered_help_may_be_asked():
    thread = [
        {"from": "me", "date": "2026-01-05", "text": "Hi Anna, I'm Luis, an SRE at Fastly."},
        {"from": "them", "date": "2026-01-07", "text": "We're hiring! Happy to refer you if you send me your resume."},
    ]
    tester.valid("Thanks, Anna! Could you refer me for the SRE role?", lang="en", thread=thread)
    tester.invalid("Thanks, Anna! Could you refer me for the SRE role?", lang="en", thread=thread[:1], spans=["Could you refer me"])


def test_english_message_counts_the_evidence():
    found = tester.invalid("I'm applying next month. Could you refer me?", lang="en")
    assert "a referral" in found[0].message and "I/my 2×, you/your 1×" in found[0].message
    assert "in return" in found[0].suggestion


@pytest.mark.parametrize(
    "text, spans",
    [
        ("山田様\n転職活動中のため、御社の人事の方をご紹介いただけないでしょうか。", ["ご紹介いただけないでしょうか"]),
        ("鈴木様\nもし御社で求人があれば教えてください。", ["求人があれば教えてください"]),
        ("高橋様\n来月選考を受けますので、採用担当の方に口利きをお願いできませんか。", ["口利きをお願いできませんか"]),
        ("松本様\n御社で働きたいと考えており、面接の機会をいただけないでしょうか。", ["面接の機会をいただけないでしょうか"]),
        ("阿部様\n弊社のシードラウンドへの出資をご検討いただけませんか。", ["出資をご検討いただけませんか"]),
        ("山田様\n人事の方をご紹介いただけると嬉しいです。", ["ご紹介いただけると嬉しいです"]),
        ("中村様\n御社のインターンに応募したく、ご推薦いただけますと幸いです。", ["ご推薦いただけますと幸いです"]),
        (
            "林様\n私は営業職ですが、私には経験がなく、自分だけでは判断できません。一度ご相談に乗っていただけないでしょうか。",
            ["ご相談に乗っていただけないでしょうか"],
        ),
    ],
)
def test_japanese_asks_with_nothing_back_fire(text, spans):
    tester.invalid(text, lang="ja", spans=spans)


@pytest.mark.parametrize(
    "text",
    [
        "山田様\n人事の方をご紹介いただけないでしょうか。何かお手伝いできることがあれば、お気軽にお申し付けください。",
        "田中様\n鈴木様からご紹介いただきました、高木と申します。",
        "森様\n先日は佐々木様をご紹介いただき、ありがとうございました。",
        "高橋様\nはじめまして。簡単に自己紹介させてください。伊藤と申します。",
        "渡辺様\n勉強会を主催している知人がおりますので、よろしければご紹介させていただきます。",
        "近藤様\n先日、個展で器を購入させていただきました。",
        "井上様\n訳語の揺れについて、一度情報交換させていただけませんか。",
        "松本様\n松本様のチームでのプロファイリングについて、アドバイスをいただけますと幸いです。",
        "弊社は私どものサービスを提供しております。何かあればお気軽にご相談ください。",
        "山田様\nお仕事の合間にご覧いただければ幸いです。",
        "山田様\n次回の勉強会で弊社の事例をご紹介いただけるとのこと、ありがとうございます。",
        "山田様\n山田様の転職体験記を拝読しました。どのように準備されたか教えていただけますか。",
    ],
)
def test_japanese_reciprocal_or_past_or_small_asks_are_silent(text):
    tester.valid(text, lang="ja")


def test_self_share_is_an_option():
    text = "Hi Daniel, your piece on research ops is great. I'm Sofia; any advice on rolling it out?"
    tester.valid(text, lang="en")
    RuleTester("one-sided-ask", options={"self-share": 0.3}).invalid(text, lang="en", spans=["any advice"])


def test_a_favour_worded_as_no_list_has_it_is_an_ask():
    # The act model reads these as asks that serve the writer; no phrase of the lists is in them.
    tester.invalid("Hi Dara, I'm Ola, I make folk records in Cork. Would you mind sharing my crowdfunder with your listeners on Friday's show?", lang="en")
    tester.invalid("近藤さん、アクセサリー作家の坂本です。私の新作のピアスを、ぜひフォロワーの皆さんに宣伝していただけないでしょうか。", lang="ja")
    # The same ask with something back is a trade, not a leech.
    tester.valid("Hi Dara, I'm Ola, I make folk records in Cork. Would you mind sharing my crowdfunder with your listeners? I'd gladly record a free session for the show in return.", lang="en")


def test_the_favour_itself_or_a_discount_under_pressure_is_not_something_back():
    tester.invalid("Hi Maya, I'm a junior analyst. I've attached my résumé, and it would mean a lot if you could pass it to the hiring manager on your team.", lang="en")
    tester.invalid("山田様\nはじめまして、経理職を探している佐藤です。履歴書を添付しましたので、採用担当の方にお渡しいただけると大変ありがたいです。", lang="ja")



def test_giving_hours_or_services_is_something_back():
    ask_en = "Could you introduce me to the clinic coordinator your programme works with?"
    intro_en = "Hi Olga, I'm Nadia, a medical interpreter in Edmonton. "
    tester.invalid(intro_en + ask_en, lang="en", platform="linkedin-message")
    tester.valid(intro_en + "I can give six volunteer hours a month. " + ask_en, lang="en", platform="linkedin-message")
    ask_ja = "クリニックのコーディネーターの方をご紹介いただけないでしょうか。"
    intro_ja = "オルガ様\nエドモントンで医療通訳をしているナディアです。"
    tester.invalid(intro_ja + ask_ja, lang="ja", platform="linkedin-message")
    tester.valid(intro_ja + "月に6時間、無償で通訳をお引き受けできます。" + ask_ja, lang="ja", platform="linkedin-message")


def test_a_sign_up_call_in_a_pitch_is_not_a_favour():
    # Signing up is taking the product offered; writers read such pitches as pushy or generic, not one-sided.
    tester.valid("大村様\n当館の岡田です。メディア関係者様限定の無料ご招待を実施しております。ご希望の方は下記フォームよりお申し込みください。", lang="ja", platform="email")
    tester.valid("Hi Ana, I'm Raj from Fieldnote. We run a free onboarding clinic for new users; sign up for our next session below.", lang="en", platform="email")
    # Asking a stranger to buy, with nothing for them, still is.
    tester.invalid("大村様\n当館の岡田です。当館の宿泊プランをぜひご購入いただけないでしょうか。", lang="ja", platform="email")


def test_wanting_them_to_work_for_you_is_a_job_offered_not_asked():
    tester.valid("金子さん、はじめまして。採用担当の森です。ぜひ弊社で一緒に働いていただきたいと思いご連絡しました。", lang="ja", platform="linkedin")
    tester.invalid("金子さん、はじめまして。看護師の森です。御社で働かせていただけないでしょうか。", lang="ja", platform="linkedin")
    tester.valid("Hi Kaneko, I'm Mori, a recruiter at Fieldnote. We'd love you to come and work with our team.", lang="en", platform="linkedin")
    tester.invalid("Hi Kaneko, I'm Mori, a nurse. Could you consider me for any openings on your team?", lang="en", platform="linkedin")


def test_writing_without_an_introduction_asks_for_none():
    # "introduction" after "without" is an apology for the cold message, not an ask for one.
    tester.valid("Dear Dr Obi, I'm Ama, a PhD student. Please forgive me for writing without an introduction. I loved your talk on soil carbon.", lang="en", platform="email")
    tester.invalid("Dear Dr Obi, I'm Ama, a PhD student. Please forgive me for writing. Could you give me an introduction to your editor?", lang="en", platform="email")
    tester.valid("小畑様\n博士課程の森です。ご紹介もなく突然ご連絡し、失礼いたします。土壌炭素のご講演を拝聴しました。", lang="ja", platform="email")


def test_thanks_promised_after_the_thing_asked_for_is_a_request():
    tester.invalid("Hi Maya, I'm Sam, a product designer. If an introduction to your head of design ever felt natural to you, "
                   "I'd be very grateful.", lang="en", platform="linkedin")
    tester.invalid("Hi Maya, I'm Sam. A referral to your recruiting team would mean a lot to me.", lang="en", platform="linkedin")
    # The same thanks for something offered back is no one-sided ask.
    tester.valid("Hi Maya, I'm Sam. If an introduction to your head of design ever felt natural, I'd be very grateful, "
                 "and I'd be glad to share our research on onboarding flows in return.", lang="en", platform="linkedin")
    # Japanese puts the thanks after the ask anyway.
    tester.invalid("山田様、デザイナーの佐藤です。もしデザイン部長の方をご紹介いただけたら、大変ありがたく存じます。", lang="ja", platform="linkedin")
    tester.valid("山田様、デザイナーの佐藤です。もしデザイン部長の方をご紹介いただけたら大変ありがたく存じます。"
                 "お礼に、オンボーディングの調査結果を喜んで共有いたします。", lang="ja", platform="linkedin")



def test_a_first_message_that_only_takes_is_one_sided_however_few_times_it_says_i():
    # The act model reads the ask as a favour for the writer; nothing is offered, nothing of theirs
    # named. "your", 様 outnumber "I": the share of I-words alone would let these pass.
    tester.invalid("Hey, could you RT our launch? We just released a family-tree app with OCR for old handwriting. "
                   "Would really help us get some traction this week.", lang="en", platform="x")
    tester.invalid("久保田様\n\n突然のご連絡失礼いたします。早稲田大学商学部三年の河野と申します。大学のOB名簿で久保田様のお名前を拝見し、"
                   "ご連絡いたしました。東洋海運様の事業に大変魅力を感じており、ぜひ実際に働かれている方のお話を伺いたいと考えております。"
                   "三十分ほどお時間をいただけないでしょうか。", lang="ja", platform="email")
    # Something offered back, or their work named: not one-sided by this reading.
    tester.valid("Hey, could you RT our launch? We just released a family-tree app with OCR for old handwriting. "
                 "Happy to give your followers free lifetime access in return.", lang="en", platform="x")
    tester.valid("久保田様\n\n突然のご連絡失礼いたします。早稲田大学商学部三年の河野と申します。大学のOB名簿で久保田様のお名前を拝見し、"
                 "ご連絡いたしました。三十分ほどお時間をいただけないでしょうか。お礼に、私がまとめた海運業界の研究資料をお送りします。",
                 lang="ja", platform="email")


def test_the_writer_as_a_paying_customer_gives_something_back():
    tester.valid("Thabo, I run a knitwear label in Cape Town. We'd like to buy 200kg a season; could you point me to whoever handles orders?",
                 lang="en", platform="linkedin")
    tester.invalid("Thabo, I run a knitwear label in Cape Town. Could you point me to whoever could give us free samples?",
                   lang="en", platform="linkedin")
    tester.valid("土屋先生\n\nはじめまして。スタートアップ代表の中川と申します。契約書のレビューを有償でお願いできる弁護士の先生をご紹介いただけないでしょうか。",
                 lang="ja", platform="linkedin-message")
    tester.invalid("土屋先生\n\nはじめまして。スタートアップ代表の中川と申します。契約書を見ていただける弁護士の先生をご紹介いただけないでしょうか。",
                   lang="ja", platform="linkedin-message")


def test_a_humble_verb_done_for_the_reader_is_something_back_in_japanese():
    ask = "はじめまして。北辰大学理学部4年の小野と申します。先生の海氷のご論文を拝読しました。つきましては、研究室見学の機会をいただけないでしょうか。"
    tester.invalid(ask, lang="ja", platform="email")
    tester.valid(ask + "卒業研究で作成した流氷の衛星画像データセットについてもご説明できます。", lang="ja", platform="email")
    tester.valid(ask + "見学のあとに、感想をレポートにまとめてお出しします。", lang="ja", platform="email")
    # Contacting, sending the writer's own papers, a past deed or a wish give nothing back.
    tester.invalid(ask + "履歴書をお送りしますので、ご確認ください。", lang="ja", platform="email")
    tester.invalid(ask + "先日もご説明しました。", lang="ja", platform="email")
    tester.invalid(ask + "改めてご連絡いたします。", lang="ja", platform="email")


def test_a_meeting_proposed_beside_a_role_or_a_product_is_no_favour_asked():
    tester.valid("Hi Laura, I'm Derek, a technical recruiter at Apex Talent. I'm working with a fintech client that's hiring senior "
                 "backend engineers, with a competitive package and remote flexibility. Would you be open to a quick chat this week?",
                 lang="en", platform="linkedin-inmail")
    tester.invalid("Hi Laura, I'm Derek, a final-year student. I'm trying to break into fintech and I'm a bit lost. "
                   "Could I pick your brain over a quick chat this week?", lang="en", platform="linkedin-inmail")
    # In Japanese the act model reads a request for お時間 as a favour whoever asks: it still counts.
    tester.invalid("はじめまして。大学4年の佐藤です。私は今、私の今後のキャリアについて悩んでおります。"
                   "私のために一度お時間をいただき、ご相談させていただけませんか。", lang="ja", platform="linkedin-inmail")


def test_working_people_named_with_hataraku_ask_for_no_job():
    tester.valid("はじめまして。物流の現場で働く者として、佐藤様の記事に共感しました。ぜひつながっていただければ嬉しいです。",
                 lang="ja", platform="linkedin")
    tester.invalid("はじめまして。私は今、私の次の職場を探しております。ぜひ御社で働かせていただけないでしょうか。", lang="ja", platform="linkedin")
    tester.valid("Hi Sam, as someone who works in logistics too, I enjoyed your piece on cross-docking. Happy to connect.",
                 lang="en", platform="linkedin")


def test_picking_their_brain_and_lending_their_audience_are_favours_whoever_the_draft_is_about():
    # ADVICE 002 §8 names "to pick your brain" beside a job and a referral.
    tester.invalid("Hi Amelia, I'm a final-year CS student at Waterloo. Your post on testing idempotency keys was really insightful. "
                   "Could I pick your brain for 15 minutes about how you got into Stripe?", lang="en", platform="linkedin")
    tester.invalid("hey Barb, your co-op top 10 is basically my shelf. I've got a co-op lighthouse game on Kickstarter right now, "
                   "could you RT the campaign? would really help us hit the goal", lang="en", platform="x")
    tester.invalid("山田様、はじめまして。佐藤と申します。山田様の物流の記事を拝読しました。一度お知恵を拝借できないでしょうか。",
                   lang="ja", platform="linkedin")
    tester.invalid("はじめまして！クラファン挑戦中です。よかったら拡散していただけませんか？", lang="ja", platform="x")
    # The writer offering to share or promote theirs gives something back.
    tester.valid("hey Barb, your co-op top 10 is basically my shelf. happy to share it with our 5k-member board-game club.",
                 lang="en", platform="x")
    tester.valid("山田様の記事、弊社の勉強会でシェアさせていただいてもよろしいでしょうか。", lang="ja", platform="linkedin")


def test_sharing_with_their_followers_and_an_enquiry_about_vacancies_are_asks():
    tester.invalid("Hi Rosa, that sugar-skull cake for the 90th birthday was stunning! Could you share this page with your followers? "
                   "It would really help us get off the ground.", lang="en", platform="facebook")
    tester.invalid("Dear Sir/Madam,\n\nI am writing to enquire about any job vacancies you may currently have. Please find attached my CV "
                   "for your consideration.", lang="en", platform="email")
    tester.valid("Thanks so much for sharing my piece with your followers last week!", lang="en", platform="x")
    tester.valid("I'd be happy to share your guide with my followers.", lang="en", platform="x")
    tester.invalid("はじめまして！個人で家計簿アプリを作りました。フォロワーの皆さんにシェアしていただけないでしょうか？", lang="ja", platform="x")


def test_writing_to_request_an_internship_asks_for_one():
    tester.invalid("Dear Mr Okonkwo,\n\nMy name is Chiamaka Obi, a final-year accounting student. I am writing to request an internship "
                   "opportunity at your esteemed firm. I would be grateful for any consideration.", lang="en", platform="email")
    tester.valid("Dear Mr Okonkwo,\n\nMy name is Chiamaka Obi, a final-year accounting student. I am writing to request an internship "
                 "opportunity at your firm; in return I can digitise your 2019-2021 client files, which your post says are still on paper.",
                 lang="en", platform="email")
    tester.invalid("はじめまして。YouTubeで料理動画を作っています。よかったらチャンネル登録をお願いします！", lang="ja", platform="x")


def test_a_small_ask_that_names_the_writer_as_who_it_serves_is_a_favour_whoever_the_draft_is_about():
    # A request with the writer as the one given to: "get me", "lend me", "for me".
    tester.invalid("Hi Tomasz, your talk on cold-chain audits at LogiCon was great and your slides were so clear. "
                   "Could you get me a spot on the speaker list for your next meetup? Thanks!", lang="en", platform="linkedin",
                   spans=["Could you get me a spot on the speaker list for your next meetup?"])
    tester.invalid("Hey, can you loan me your kayak trailer for the regatta this weekend? Would be a huge help.",
                   lang="en", platform="facebook")
    # The same wording with no request form, or in a reply to their own message, asks no favour of a stranger.
    tester.valid("Hi Tomasz, your talk on cold-chain audits at LogiCon was great and your slides were so clear. "
                 "It got me a spot on our own speaker list, thanks to you. Would you be open to a chat?", lang="en", platform="linkedin")
    tester.valid("Could you get me a copy of the slides?", lang="en", platform="linkedin",
                 thread=[{"from": "me", "text": "Loved your talk on cold-chain audits."},
                         {"from": "them", "text": "Thanks! Glad it was useful, happy to help with anything."}])
    # 〜してもらえたら助かります: the writer says it would help them.
    tester.invalid("焚き火台の比較動画、ほんと参考になりました！自分の作ったランタンをフォロワーさんに紹介してもらえたらめちゃくちゃ助かります。",
                   lang="ja", platform="x")
    tester.valid("焚き火台の比較動画、ほんと参考になりました！また次の動画も楽しみにしています。", lang="ja", platform="x")


def test_the_time_of_someone_asked_by_a_job_seeker_serves_the_job_search():
    tester.invalid("中村様\n\nはじめまして。東都大学三年の小林と申します。中村様の「倉庫の動線を半分にした話」の記事を拝見し、"
                   "ピッキング順の工夫に驚きました。現在就職活動中で、30分ほどお時間をいただけないでしょうか。", lang="ja", platform="linkedin",
                   spans=["お時間をいただけないでしょうか"])
    tester.invalid("Hi Grace, your thread on hospital procurement was eye-opening, and you clearly know your field. I'm job hunting "
                   "after my MPH. Could you spare 20 minutes of your time to tell me how you moved into procurement?",
                   lang="en", platform="linkedin", spans=["Could you spare 20 minutes of your time"])
    # for a thesis, the grammar reads the time ask as modest; the draft model reads the draft as one-sided (0.80), as
    # blind labelers judged such asks (ADVICE 002 §8: "to pick your brain", offering nothing)
    thesis = ("Hi Grace, your thread on hospital procurement was eye-opening, and you clearly know your field. I'm writing "
              "a thesis on it after my MPH. Could you spare 20 minutes of your time to tell me how you moved into procurement?")
    RuleTester("one-sided-ask", {"sure-threshold": 1.1}).valid(thesis, lang="en", platform="linkedin")
    tester.invalid(thesis, lang="en", platform="linkedin", spans=["Could you spare 20 minutes of your time"])
    # Without the job search, the grammar reads a short time ask in a message about their work as modest;
    # the draft model is sure (0.94) such a draft is one-sided, as blind labelers judged drafts like it
    modest = ("中村様\n\nはじめまして。東都大学三年の小林と申します。中村様の「倉庫の動線を半分にした話」の記事を拝見し、"
              "ピッキング順の工夫に驚きました。その設計の考え方について、30分ほどお時間をいただけないでしょうか。")
    RuleTester("one-sided-ask", {"sure-threshold": 1.1}).valid(modest, lang="ja", platform="linkedin")
    tester.invalid(modest, lang="ja", platform="linkedin", spans=["お時間をいただけないでしょうか"])


def test_a_likeness_read_you_is_not_the_honorific_after_their_name():
    # 私のような者 is counted neither as 様 nor as the writer's own word.
    result = tester.invalid("田中様\n私のような者がご連絡するのは恐縮ですが、転職の件でご紹介いただけないでしょうか。",
                            lang="ja", platform="linkedin")
    assert "様/貴社 1回" in result[0].message


def test_let_me_help_in_the_causative_is_an_offer_not_an_ask():
    tester.valid("辻先生\nはじめまして。浅井と申します。審査員募集の投稿を拝見しました。ぜひ審査員として協力させてください。",
                 lang="ja", platform="linkedin")
    tester.valid("辻先生\nはじめまして。浅井と申します。大会の運営に力を貸させてください。", lang="ja", platform="linkedin")
    tester.invalid("辻先生\nはじめまして。浅井と申します。来月の大会の運営に、ぜひご協力ください。", lang="ja", platform="linkedin")
    # English says the same with "let me": an offer.
    tester.valid("Dear Dr Tsuji, I'm Asai, a consultant. I saw your call for debate judges; please let me help as a judge.",
                 lang="en", platform="linkedin")


def test_a_contract_document_is_no_contract_asked_for():
    # 契約書 is a document: asking about one is no contract asked for (ご契約いただけませんか is).
    tester.valid("野口先生、はじめまして。翻訳者の吉村です。フリーランス新法の投稿を拝読しました。契約書の件でお伺いさせていただきたく、"
                 "申請いたしました。", lang="ja", platform="linkedin")
    tester.invalid("野口様、はじめまして。翻訳会社の吉村です。弊社と年間契約をしていただけませんか。", lang="ja", platform="linkedin")


def test_a_career_change_or_a_move_sought_makes_the_time_asked_serve_the_job_search():
    tester.invalid("岡田様、はじめまして。営業職からマーケティングへの転職を目指している者です。「未経験者を採用して分かった3つのこと」を"
                   "拝読し、採用の観点がとても参考になりました。30分だけでもお話を伺えないでしょうか。", lang="ja", platform="linkedin")
    tester.invalid("Hello Ms. Park, I'm Jessica, a marketing coordinator at an agency, and I'm looking to transition into product "
                   "marketing. Your blog post about PMM career transitions and your own move from brand work really resonated with "
                   "you and me both. Would you be open to a 20-minute coffee chat?", lang="en", platform="email")


def test_a_favour_short_of_certain_is_asked_with_a_request_form_in_english():
    # No request form and no question: a self-introduction the model reads faintly as a favour asks nothing.
    tester.valid("Hi Marisol, your post on backfilling dbt snapshots saved me a weekend. I'm a final-year stats student at UW "
                 "building a small pipeline for our campus food bank, and I'd be glad to keep following your writing.",
                 lang="en", platform="linkedin")
    # "pls" and "I'd really like to" are request forms.
    tester.invalid("Hi dear 😊 nice profile! I'm growing my page, pls follow back and share my pinned post with your followers, "
                   "thanks and have a blessed day 🙏", lang="en", platform="x")
    tester.invalid("Hi Ngozi,\n\nI'd really like to pick your brain about breaking into fintech product management. Could we get "
                   "on a 30-minute call next week? Any day works for me.\n\nThanks so much", lang="en", platform="linkedin-inmail")



def test_a_chaser_asking_again_for_a_look_is_the_chase_not_a_new_ask():
    # the text chases an earlier message: the favour is the earlier ask again, follow-up-chasing's to judge
    tester.valid("Hi Ros, following up on my last two emails about the mural quote. I'd really appreciate it if you could "
                 "take a look when you get a chance.", lang="en", platform="email")
    tester.valid("さすがに4回目なんで、このメッセージ上げときますね。ちょっとだけでいいんで見てもらえたら嬉しいです!",
                 lang="ja", platform="linkedin-message")
    # or the thread shows the writer's messages unanswered
    unanswered = [{"from": "me", "date": "2026-03-02", "text": "Could you review our grant draft?"},
                  {"from": "me", "date": "2026-03-16", "text": "Just checking in on the draft."}]
    tester.valid("Hi Sean, I'd really appreciate it if you could take a look at the draft when you get a chance.",
                 lang="en", platform="email", thread=unanswered)
    # a job or a referral asked in a chaser is still one
    tester.invalid("Hi Sean, following up on my note from last week. Could you refer me for the analyst opening on your team?",
                   lang="en", platform="email", thread=unanswered)
    # a first contact asking the same favour is an ask
    tester.invalid("Hi Sean, I'm Niamh, a second-year student. I'd really appreciate it if you could take a look at my CV "
                   "when you get a chance.", lang="en", platform="email")
    tester.invalid("早川さん、はじめまして。就職活動中の学生です。ちょっとだけでいいんで私のポートフォリオを見てもらえたら嬉しいです!",
                   lang="ja", platform="linkedin-message")


def test_once_they_have_replied_a_look_asked_is_ordinary_work():
    # a conversation in which the recipient answered: asking them to look at a deliverable is no one-sided ask
    replied = [{"from": "me", "date": "2026-02-10", "text": "Thanks for the brief. Draft logos attached."},
               {"from": "them", "date": "2026-02-12", "text": "Let's go with B. Could you tone the colours down?"}]
    tester.valid("Hi Hana, B it is. I also made one alternative font, I'd really appreciate it if you could take a look "
                 "when you get a chance.", lang="en", platform="email", thread=replied)
    replied_ja = [{"from": "me", "date": "2026-02-10", "text": "島田様 先日のコンペではありがとうございました。ロゴ案のご意見をいただけますと幸いです。"},
                  {"from": "them", "date": "2026-02-12", "text": "小山様 ロゴ案、B案で進めましょう。色味だけもう少し落ち着かせてください。"}]
    tester.valid("島田さん\n\nB案、了解です！\nついでにフォントも1個だけ別パターン作っといたんで、見てもらえたら嬉しいです。\n\n小山",
                 lang="ja", platform="email", thread=replied_ja)
    # a referral asked is one, replied or not
    tester.invalid("Hi Hana, B it is. Could you also refer me to your agency's recruiter for the senior designer opening?",
                   lang="en", platform="email", thread=replied)


def test_what_the_writer_will_share_is_no_promotion_asked():
    tester.valid("Hi Yusuf, I'm a mechatronics grad on a university rover team, and your post on tuning MPC on a budget saved us "
                 "weeks. I'd really like to connect and maybe share our results once the field trials wrap up.",
                 lang="en", platform="linkedin")
    tester.invalid("Hi Yusuf, I'm a mechatronics grad on a university rover team. Could you share our crowdfunding page with "
                   "your followers?", lang="en", platform="linkedin")
    # Japanese says who shares in the verb: シェアさせてください offers, シェアしてください asks
    tester.valid("はじめまして、ロボット部の学生です。ご投稿のMPCの調整法、とても参考になりました。実験結果がまとまったら、"
                 "こちらからもシェアさせてください！", lang="ja", platform="x")
    tester.invalid("はじめまして、ロボット部の学生です。クラウドファンディングのページをシェアしてください！", lang="ja", platform="x")


def test_a_sentence_that_asks_the_reader_to_act_gives_nothing_back_in_japanese():
    ask = ("永井様\n\nはじめまして。農業用ドローンのスタートアップ、スカイアグリ代表の原と申します。"
           "担当のキャピタリストの方をご紹介いただけないでしょうか。")
    # the attachment serves the ask: the reader is asked to forward it
    tester.invalid(ask + "弊社の資料を添付いたしますので、そのまま転送いただければ幸いです。", lang="ja", platform="email")
    # what the writer prepares for the reader's use, or a suggestion to try, is something back
    tester.valid(ask + "代わりに、弊社の圃場データを御社の分析にお使いいただけるよう、ご用意させていただきます。", lang="ja", platform="email")
    tester.valid(ask + "弊社の散布シミュレーターは無料で公開していますので、よろしければ試してみてください。", lang="ja", platform="email")


def test_the_writers_own_papers_sent_are_part_of_the_ask_in_japanese():
    ask = ("渡辺様\ndbtで夜間バッチが半分になったという投稿、拝読しました。データエンジニアの吉田と申します。"
           "現在御社で募集中のデータエンジニア職に、社員紹介で推薦していただけないでしょうか。")
    tester.invalid(ask + "職務経歴書はすぐにお送りできます。", lang="ja", platform="linkedin")
    tester.valid(ask + "代わりに、弊社で作ったdbtのテスト雛形をお送りできます。", lang="ja", platform="linkedin")
    # English has said so all along: "I can send you my résumé" gives nothing back
    en = "Hi Dana, loved your dbt post. I'm a data engineer. Could you refer me for the data engineer opening on your team?"
    tester.invalid(en + " I can send you my résumé right away.", lang="en", platform="linkedin")
    tester.valid(en + " I can send you our dbt test templates in return.", lang="en", platform="linkedin")


def test_results_sent_back_to_those_who_take_part_are_something_back():
    ask = "たけしさん、突然のDM失礼します。大学院で教員の働き方を研究しており、現役の先生方に10分ほどのアンケートをお願いしています。"
    tester.valid(ask + "結果のまとめは回答者の方全員にお送りします。ご協力いただけたら嬉しいです。", lang="ja", platform="x")
    tester.invalid(ask + "私の研究計画書もお送りします。ご協力いただけたら嬉しいです。", lang="ja", platform="x")
    en = "Hi Takeshi, I'm a grad student researching teachers' workloads. Could you fill in a 10-minute survey?"
    tester.valid(en + " I'll send the summary of results to everyone who takes part.", lang="en", platform="x")


def test_a_paid_commission_or_a_free_sample_is_something_back():
    tester.valid("舞ちゃん、久しぶり！高校の吹奏楽部の真希です。道の駅のロゴの投稿見たよ。実家のみかん農園の箱のラベルを作り直したくて、"
                 "ちゃんと仕事としてお願いしたいんだけど、今度話聞いてもらえないかな？", lang="ja", platform="facebook")
    tester.invalid("舞ちゃん、久しぶり！高校の吹奏楽部の真希です。今デザインの仕事を探してて、何か仕事を紹介してもらえないかな？",
                   lang="ja", platform="facebook")  # a job asked for, not one offered
    tester.valid("Hi Mai, it's Maki from school band! Saw your logo for the roadside station. I'm redoing the labels for our "
                 "family's orange farm and would like to hire you for it as a paid job; could we talk it over sometime?",
                 lang="en", platform="facebook")
    sample = ("川上様\nはじめまして。前橋で小麦農家をやっている新井です。県内産小麦の記事、読みました。{}"
              "感想を聞かせてもらえたら、それが一番ありがたいです。")
    tester.valid(sample.format("サンプルとして2kgほどお送りしますので、試しに焼いていただけないでしょうか。"), lang="ja", platform="email")
    tester.invalid(sample.format("うちの小麦で試しに焼いていただけないでしょうか。"), lang="ja", platform="email")


def test_the_writers_own_papers_or_a_denied_offer_give_nothing_back():
    tester.invalid("Dear Professor Solberg, I recently completed my MSc in Marine Biology. Could you introduce me to colleagues "
                   "who take PhD students? I can also provide three references on request.", lang="en", platform="email")
    tester.valid("Dear Professor Solberg, I recently completed my MSc in Marine Biology. Could you introduce me to colleagues "
                 "who take PhD students? I can also provide our cleaned pteropod dataset for your lab.", lang="en", platform="email")
    tester.invalid("菅原先生\n都内の病院で看護師をしている村田と申します。大学院出願の推薦状をお書きいただけないでしょうか。"
                   "私の職務経歴書はご承諾いただけ次第お送りいたします。", lang="ja", platform="email")
    tester.invalid("大塚様\n東京農業大学3年の酒井と申します。私などがお役に立てることは何もないのですが、"
                   "新卒採用のご担当の方をご紹介いただけますと大変ありがたいです。", lang="ja", platform="email")
    # a polite question about paying is still an offer to pay
    tester.valid("土屋先生\nはじめまして。スタートアップの代表、中川と申します。シードの契約書を見ていただける先生を探しており、"
                 "スポットでのご相談を有償でお願いできないかと考えております。", lang="ja", platform="linkedin-message")


def test_a_firm_asking_to_be_introduced_or_featured_asks_as_much_as_a_person():
    # "introduce us", "put us in touch": the writer's firm asks for an introduction, offering nothing
    tester.invalid("Dear Ms Ruiz,\n\nCongratulations on the new bottling plant in Mendoza.\n\nCould you introduce us to whoever "
                   "buys packaging for it?\n\nThanks.", lang="en", platform="linkedin-inmail", count=1)
    tester.invalid("Hi Ken, we make enterprise search software. Would you put us in touch with your CIO?", lang="en", platform="linkedin")
    # written casually, the ask is the same
    tester.invalid("yo Mia, I run a tiny synthwave label 🎹 would be sick if u could feature us on ur playlists", lang="en", platform="x")
    # with something given back, it is a fair ask
    tester.valid("Hi Ken, we make enterprise search software. Would you put us in touch with your CIO? In return I'm glad to "
                 "share our benchmark of five search engines with your team.", lang="en", platform="linkedin")


def test_what_the_writer_puts_at_their_disposal_is_given_back():
    text = ("Dear Dr Suarez,\n\nI'm Martin; my family runs 900 Hereford near Rivera, in the zone your paper on acaricide "
            "resistance mapped. Could you help me get my herd into your next trial?{offer}\n\nMartin\n")
    tester.invalid(text.format(offer=""), lang="en", platform="email")
    tester.valid(text.format(offer=" Our animals, pasture and crush are at your disposal, and my foreman can keep daily records."),
                 lang="en", platform="email")


def test_the_readers_willingness_or_the_writers_paid_plans_are_nothing_given_back():
    # "would you be willing to give me…" asks for their willingness; it offers nothing
    tester.invalid("Hi Gabriel, I'm a journalism student and I'd like to make radio documentaries like yours. Would you be willing "
                   "to give me an hour of your time to talk me through how you pitch? Could you introduce me to a commissioner?",
                   lang="en", platform="email")
    # the writer's customers moving to paid plans pay the writer, not the reader
    text = "河合様\n\nはじめまして。アグリテック企業の代表、永田です。実証中の農家のうち12戸が有償プランに移行しました。{tail}\n"
    tester.invalid(text.format(tail="お付き合いのあるVCに当社をご紹介いただけないでしょうか。"), lang="ja", platform="email")
    tester.valid(text.format(tail="有償でのアドバイザー契約として、事業計画へのご助言をお願いできないでしょうか。"), lang="ja", platform="email")
    # promotion asked of their customers
    tester.invalid("Hi Beatriz! Saw your post about the vegan nata, congrats. Could you share this page with your customers?",
                   lang="en", platform="facebook")


def test_a_firm_offers_as_a_person_does():
    # "share how we might be able to help": a firm's "we might be able to help" offers what an "I" would
    text = ("Hi Sam,\n\nI hope you're doing well! I'm Jessica from CloudNest, and I'm reaching out because I help companies "
            "like yours streamline operations.\n\nI'd love to learn more about your goals for this year{tail}\n\nJessica\n")
    tester.valid(text.format(tail=" and share how we might be able to help."), lang="en", platform="email")
    tester.invalid(text.format(tail=" and pick your brain over a quick call."), lang="en", platform="email", count=1)


def test_a_fee_for_the_work_asked_is_given_back():
    # 「ギャラはちゃんと出ます」: the work asked for is paid for
    ja = ("青山様\n\nはじめまして。映像ディレクターの片山と申します。来月のMV撮影で、空間オーディオのミックスについて"
          "ご相談に乗っていただけないでしょうか。{offer}\n\n片山\n")
    tester.invalid(ja.format(offer=""), lang="ja", platform="linkedin-inmail", count=1)
    tester.valid(ja.format(offer="ギャラはちゃんと出ます。"), lang="ja", platform="linkedin-inmail")
    tester.invalid(ja.format(offer="ギャラなしでお願いできれば嬉しいです。"), lang="ja", platform="linkedin-inmail", count=1)


def test_the_writers_own_papers_sent_in_support_of_the_ask_give_nothing_back():
    text = ("Hi Hannah,\n\nI'm Jordan, a recent graduate of a data analytics bootcamp in Toronto. I saw your post that your team "
            "is hiring data analysts. Could you please refer me for the Data Analyst role?{tail}\n\nJordan\n")
    tester.invalid(text.format(tail=" I can send my resume whenever you like."), lang="en", platform="linkedin-inmail", count=1)
    tester.valid(text.format(tail=" I can send you the churn dashboard I built for a local gym, in case it helps your team."),
                 lang="en", platform="linkedin-inmail")
    ja = ("榊原様\n\nはじめまして。株式会社トモシビの代表、梅田と申します。高齢者施設向けの見守りセンサーを開発しております。\n\n"
          "榊原様のお知り合いでヘルスケア領域に投資されている方を、何名かご紹介いただけないでしょうか。{tail}\n\n梅田\n")
    tester.invalid(ja.format(tail="資料はすぐにお送りできます。"), lang="ja", platform="linkedin-message", count=1)
    tester.valid(ja.format(tail="お礼に、施設での実証データを共有させていただきます。"), lang="ja", platform="linkedin-message")


def test_what_the_writer_can_do_stated_is_no_ask_of_the_reader():
    text = ("山田さん、はじめまして。介護専門の人材紹介、ケアブリッジの小島です。「夜勤明けの申し送り、5分で終わる工夫」の投稿を"
            "拝見しました。{tail}")
    # 「ご紹介もできます」 is the writer's offer; the request after it is to connect
    tester.valid(text.format(tail="いまより夜勤の負担が少ない施設のご紹介もできますので、よろしければつながってください。"),
                 lang="ja", platform="linkedin")
    # asked as a question, it is an ask of the reader
    tester.invalid(text.format(tail="夜勤の負担が少ない施設をご存じでしたら、ご紹介いただけないでしょうか。"),
                   lang="ja", platform="linkedin", count=1)
    tester.valid("Hi Yamada, I'm Kojima, a care recruiter at CareBridge; your post on five-minute night handovers was "
                 "spot on. I can also introduce you to homes with lighter night shifts, so feel free to connect.",
                 lang="en", platform="linkedin")


def test_their_things_or_their_work_for_the_writer_free_is_a_favour():
    tester.invalid("Hello Father,\n\nWould it be possible to use the parish hall on Saturday mornings this autumn, free of "
                   "charge? Please let me know.\n\nThanks", lang="en", platform="email")
    tester.invalid("Dear Mr Nakamura,\n\nI'm Emma, I tune pianos for friends. I read about your restoration of the 1912 "
                   "Bechstein. Would you let me watch you work for a few weeks so I can learn regulation properly?\n\nEmma",
                   lang="en", platform="email")
    tester.invalid("Hi Rosa, I'm Mia from the allotments. Saw your post about the seed swap. Can you save me a few packets "
                   "of the tepary beans?", lang="en", platform="facebook")
    # something given back makes it fair
    tester.valid("Dear Mr Nakamura,\n\nI'm Emma, I tune pianos for friends. I read about your restoration of the 1912 "
                 "Bechstein. Would you let me watch you work for a few weeks? In return I'm glad to help with the heavy "
                 "lifting and the cleaning.\n\nEmma", lang="en", platform="email")


def test_data_asked_for_is_a_favour_and_credit_is_given_back():
    text = ("村田先生\n\n東京海洋大学大学院 修士1年の高橋と申します。噴火湾のホタテ稚貝のへい死に関する先生の論文を拝読しました。\n"
            "つきましては、論文で用いられた水温とへい死率の元データをご提供いただけないでしょうか。{tail}\n\n高橋\n")
    tester.invalid(text.format(tail=""), lang="ja", platform="email", count=1)
    tester.valid(text.format(tail="論文化の際は共著者として先生のお名前を入れさせていただきます。"), lang="ja", platform="email")
    tester.valid("Dear Dr Murata,\n\nI'm a master's student in Tokyo working on scallop spat mortality. Could you share the "
                 "raw water-temperature data from your paper? We would list you as a co-author on anything we publish.\n\n"
                 "Takahashi", lang="en", platform="email")


STUDENT_EN = ("Dear Ms. Alvarez,\n\nMy name is Tom Reyes, and I'm a second-year Baylor accounting student who found your details in "
              "the alumni directory. May I have 15 minutes of your time to ask you about your experience with forensic audits at "
              "Deloitte? I'm trying to learn more about careers in forensic accounting and your insights would be very helpful.{x}"
              "\n\nThank you for your time,\nTom")
LECTURE_JA = ("件名：物流DXのご講演を拝聴して\n\n西村 智子 様\n\nはじめまして。食品メーカーで物流管理を4年担当しております、川口と申します。"
              "\n\n先月のロジスティクス展でのご講演「冷凍倉庫の自動化はどこまで進むか」を拝聴しました。\n\n実は私も、将来は物流"
              "コンサルタントに転身したいと考えております。つきましては、一度1時間ほどお時間をいただき、コンサルタントになるまでのご経緯や、"
              "必要な資格、業界の実情などを色々と教えていただけないでしょうか。{x}\n\n川口 翔太")


def test_a_modest_ask_in_a_draft_the_model_is_sure_is_one_sided_is_a_finding():
    tester.invalid(STUDENT_EN.format(x=""), lang="en", platform="email", spans=["May I have 15 minutes of your time"])
    # something offered back, said in words the rule knows: the ask stays passed
    tester.valid(STUDENT_EN.format(x=" In return, I'd be glad to share the survey of 200 audit juniors I ran for my thesis; your "
                                     "team might find it useful for hiring."), lang="en", platform="email")
    # the threshold is the user's: the same Japanese ask (read by the model between 0.28 and 0.84 as it is
    # refitted) passes with the threshold above any probability and is a finding with it lowered
    japanese = LECTURE_JA.format(x="")
    RuleTester("one-sided-ask", {"sure-threshold": 1.1}).valid(japanese, lang="ja", platform="email")
    lowered = RuleTester("one-sided-ask", {"sure-threshold": 0.1})
    lowered.invalid(japanese, lang="ja", platform="email")
    lowered.valid(LECTURE_JA.format(x="お礼に、ゼミで集めた物流職200人のアンケート結果をお送りします。採用のご参考になれば幸いです。"),
                  lang="ja", platform="email")
    RuleTester("one-sided-ask", {"sure-threshold": 1.1}).valid(STUDENT_EN.format(x=""), lang="en", platform="email")


def test_what_only_the_act_model_reads_as_given_back_does_not_outweigh_a_sure_one_sided_draft(monkeypatch):
    # 「フォロワーさんに届いたら一気に埋まる」 is read as an offer (0.90), yet it says what the repost does for the writer
    tester.invalid("下北沢シェルターでブッキングしてます。\nお願いなんですが、うちの4/12のイベントの告知ツイート、リポストしてもらえないでしょうか？"
                   "\nツバメさんのフォロワーさんに届いたら一気に埋まると思うので…！\nついでにメンバーさんのアカウントでも一言紹介してもらえたら最高です。",
                   lang="ja", platform="x", spans=["リポストしてもらえないでしょうか"])
    # below SURE_DESPITE_OFFER, what the act model reads as given back still counts (the draft below reads at
    # 0.83 to 0.99 as the draft model is refitted: the test sets the bound above any probability)
    import outreach_lint.rules.one_sided_ask as osa

    monkeypatch.setattr(osa, "SURE_DESPITE_OFFER", 1.01)
    tester.valid("Hi Tomás,\n\nI'm Ines Varga, founder of Shelfwise, a stock-count app for independent pharmacies. I really enjoyed your "
                 "podcast episode on how small pharmacies handle shortages.\n\nCould you introduce me to your COO? I'd like to pitch him "
                 "on a partnership between Farmacia Lume and Shelfwise, and a warm introduction from you would open the door.\n\nBest,\nInes",
                 lang="en", platform="email")


def test_a_mention_in_their_column_or_a_review_is_promotion_asked():
    intro = "Hi Lorna, I'm Mateo, chef-owner of Brasa in Fairhaven. I loved your column on the fermentation scene. "
    tester.invalid(intro + "Could you mention Brasa in your next column? It would help our bookings.", lang="en", platform="email",
                   spans=["Could you mention Brasa in your"])
    tester.invalid(intro + "Could you come in and review us? It would help our bookings.", lang="en", platform="email")
    tester.valid(intro + "You mentioned garum in your last piece: we have made our own for two years, happy to send you a jar.",
                 lang="en", platform="email")


def test_what_is_delivered_to_them_in_return_is_something_back():
    ask = ("三好様\n\nはじめてご連絡申し上げます。市立東が丘小学校の校長、青木と申します。工場見学の受け入れを始められたとのご投稿を拝見しました。"
           "\n\nつきましては、本校五年生の社会科見学として、貴社工場を見学させていただけないでしょうか。")
    tester.valid(ask + "見学後は、児童の感想文を冊子にしてお届けいたします。", lang="ja", platform="email")
    tester.invalid(ask + "よろしくお願いいたします。", lang="ja", platform="email")
    en = ("Dear Mr Miyoshi, I'm the head of Eastfield Primary. I saw your post about opening the factory to school visits. "
          "Could our Year 5 class visit your factory in May?")
    tester.valid(en + " Afterwards we'll send you a booklet of the children's essays about the visit.", lang="en", platform="email")


def test_a_guest_spot_on_their_show_is_promotion_asked():
    pitch = ("Hi Alex,\n\nLove your podcast! I'm Sam Whitaker, founder of Quillo, an AI note-taking app. I think your listeners "
             "would love to hear my story.\n\n{ask}\n\nThanks so much,\nSam")
    tester.invalid(pitch.format(ask="Would you have me on as a guest in the next few weeks?"), lang="en", platform="email")
    tester.valid(pitch.format(ask="If you ever want a guest on note-taking for solo founders, I'd be glad to share the "
                                  "numbers from our 2,000-user survey with your listeners, free to use."), lang="en", platform="email")


def test_availability_put_under_their_own_need_is_no_ask():
    intro = "Hi Ken, I'm a Japanese-English interpreter in Osaka, and I saw your post about the Kansai trade fair. "
    tester.valid(intro + "If you need an interpreter for the fair, I'd love to be considered.", lang="en", platform="linkedin-message")
    tester.invalid(intro + "Could you refer me to the organisers of the fair?", lang="en", platform="linkedin-message")
    ja = "健さん、はじめまして。大阪で通訳をしている森です。関西の見本市のご投稿を拝見しました。"
    tester.valid(ja + "通訳が必要でしたら、ぜひお声がけください。", lang="ja", platform="linkedin-message")
    tester.invalid(ja + "見本市の主催者の方をご紹介いただけないでしょうか。", lang="ja", platform="linkedin-message")


def test_a_look_asked_under_its_use_to_them_is_no_ask():
    # 「もし参考になれば」, "if it's any use": what the writer made is given for the reader's sake
    ja = "コンビニ補食のスレッド、わかりやすすぎて保存しました！\n私も学校給食の現場で管理栄養士やってて、部活生向けに似たプリント作ってるんです。"
    tester.valid(ja + "もし参考になれば見てもらえたら嬉しいです〜", lang="ja", platform="x")
    tester.invalid(ja + "フォロワーさんに拡散してもらえませんか？", lang="ja", platform="x")
    en = "Your snack thread was so clear I saved it! I'm a school dietitian too and made a similar handout for club kids. "
    tester.valid(en + "If it is any use, could you take a look at my handout?", lang="en", platform="x")
    tester.invalid(en + "Could you take a look at my handout?", lang="en", platform="x")


def test_a_referral_link_asked_for_is_a_referral():
    text = ("Hi Ben,\n\nI'm Priyesh Nair, a mechatronics graduate from Loughborough. Your post about the robots mapping in the "
            "dark is the reason I want to work at Thornfield.\n\n{tail}\n\nPriyesh\n")
    tester.invalid(text.format(tail="Please send me your internal referral link for the junior controls engineer role."),
                   lang="en", platform="email")
    # a referral link of the writer's, given, asks nothing
    tester.valid(text.format(tail="Our alumni group has a referral link for the robotics meetup; happy to pass it on if useful."),
                 lang="en", platform="email")


def test_the_writers_own_firms_selection_is_a_job_offered():
    text = ("橋本 陸 様\n\nはじめまして。株式会社ミナトデジタル人事部の清水です。先日のハッカソンで拝見したバス混雑予測アプリ、"
            "欠損を補う工夫が印象に残りました。{tail}\n\n清水\n")
    tester.valid(text.format(tail="ぜひ当社の選考にお進みいただきたく、ご案内いたします。"), lang="ja", platform="email")
    # their firm's selection, asked for by the writer, is a job asked for
    asker = ("橋本様\n\nはじめまして。多摩情報大学4年の清水です。御社のバス混雑予測アプリに感銘を受けました。"
             "ぜひ御社の選考を受けさせていただけないでしょうか。\n\n清水\n")
    tester.invalid(asker, lang="ja", platform="email")


def test_free_of_charge_for_the_writer_a_payment_said_to_be_impossible_and_a_thing_handed_over_are_asks():
    head = "高橋先生\n\nはじめまして。大阪の社会人合唱団で指揮をしている坂田と申します。新作『風の地図』の初演の投稿を拝見しました。"
    tester.invalid(head + "11月の演奏会で演奏したいので、楽譜を無償でご提供いただけないでしょうか。", lang="ja", platform="linkedin-inmail")
    tester.invalid(head + "謝礼をお支払いする余裕はございませんが、客演指揮の方をご紹介いただけないでしょうか。",
                   lang="ja", platform="linkedin-inmail")
    tester.invalid(head + "演奏会の招待券を2枚お譲りいただけないでしょうか。", lang="ja", platform="linkedin-inmail")
    # the writer's own work for free, or a fee paid, is something back
    tester.valid(head + "団の広報は無償でお手伝いします。楽譜をご提供いただけないでしょうか。", lang="ja", platform="linkedin-inmail")
    tester.valid(head + "謝礼はお支払いいたします。客演指揮の方をご紹介いただけないでしょうか。", lang="ja", platform="linkedin-inmail")


def test_a_place_to_connect_a_decision_asked_to_be_told_and_unpaid_work_offered_are_no_one_sided_asks():
    meetup = "石井さん、はじめまして！地方×クリエイターの交流会を主催してる中野です。{tail}"
    tester.valid(meetup.format(tail="いろんな業界の方とゆる〜く繋がれる場なんで、ぜひ遊びに来てほしいです。"), lang="ja", platform="linkedin")
    tester.invalid(meetup.format(tail="ことのはの代表の方に繋いでいただけませんか。"), lang="ja", platform="linkedin")
    quote = "田島様\n\nロックサービス大和の大和田です。2月にお送りした鍵交換のお見積もりの件です。{tail}\n\n大和田\n"
    tester.valid(quote.format(tail="理事会でご発注いただけるかどうかを、4月3日までにお知らせください。"), lang="ja", platform="email")
    tester.invalid(quote.format(tail="ぜひご発注いただけないでしょうか。"), lang="ja", platform="email")
    stage = "Dear Chef Martin, I'm a sous chef in Lyon. I saw your post about the new fermentation room: could you take me on as an intern this summer?{tail}"
    tester.valid(stage.format(tail=" I'd happily work unpaid weekends."), lang="en", platform="linkedin-message")
    tester.invalid(stage.format(tail=""), lang="en", platform="linkedin-message")


def test_their_files_sent_to_the_writer_and_the_writers_needs_are_asks_not_gifts():
    tester.invalid("Hi Maureen, I'm a local historian. Saw your post with your grandad's photos of the Ribble mill strike. "
                   "Could you send me the full-resolution scans?", lang="en", platform="facebook")
    hall = ("Dear Gillian,\n\nI'm Yasmin, a choreographer in Lincoln. I saw your post that the main hall is free on weekday mornings. "
            "{needs}Would you be able to let us have the hall free of charge for eight weeks?\n\nYasmin\n")
    tester.invalid(hall.format(needs="We would need the sprung floor uncovered, access to the piano and somewhere to store a little set. "),
                   lang="en", platform="email")
    # something given back still counts
    tester.valid(hall.format(needs="In return we'd happily run a free family workshop for the centre in October. "),
                 lang="en", platform="email")
    ja = ("田中様\n\nはじめまして。リンカーンで振付をしている山本です。平日午前にホールが空いているとの投稿を拝見しました。"
          "{needs}8週間、ホールを無償でお貸しいただけないでしょうか。\n\n山本\n")
    tester.invalid(ja.format(needs="ピアノと、セットを置く場所が必要です。"), lang="ja", platform="email")


def test_an_ask_in_a_pitch_the_draft_model_is_sure_is_not_one_sided_is_let_pass():
    # The grammar reads a farmer's order form as an ask for the writer; the draft model (labeled drafts)
    # is sure a product pitched, with its offer and its pressure, is no one-sided ask.
    farmer = ("件名：【数量限定】新米、今だけ特別価格！\n\n食堂こもれび\n佐野様\n\nはじめまして！新潟の魚沼で米農家をやっている石田です。\n"
              "お店で土鍋ご飯を始めたってインスタ見ました。うちのコシヒカリは土鍋向きなんで、ぜひ使ってほしいです。\n"
              "今年の分は残り30kgだけ！今月中の注文なら1割引きです。今すぐ下のフォームから注文してください！\n\n石田 翔")
    # (the model reads it at about 0.05, on the default's edge: the test sets a threshold clear of it)
    RuleTester("one-sided-ask", {"cleared-threshold": 0.2}).valid(farmer, lang="ja", platform="email")
    # cleared-threshold 0 turns the clearance off: the grammar's finding stands
    RuleTester("one-sided-ask", {"cleared-threshold": 0.0}).invalid(farmer, lang="ja", platform="email")
    # A bare ask beside a reference gives nothing, however low the model's probability: it stays found.
    tester.invalid("山田様、はじめまして。佐藤と申します。山田様の物流の記事を拝読しました。一度お知恵を拝借できないでしょうか。",
                   lang="ja", platform="linkedin")
    tester.invalid("Hello Ms. Park, I'm Jessica, a marketing coordinator at an agency, and I'm looking to move into product "
                   "marketing. Your blog post about PMM career transitions really resonated. Would you be open to a 20-minute coffee chat?",
                   lang="en", platform="linkedin")


def test_a_reply_demanded_is_demands_replys_not_a_favour():
    # "can you answer me by tonight?": the act model reads the reply itself as what is asked
    text = ("saw your Juno-60 died mid-gig 😭 I repair vintage Rolands in Glasgow, and two dead voices are usually the "
            "voice chips. can you answer me by tonight? I need to know whether I'm ordering parts tomorrow")
    tester.valid(text, lang="en", platform="x")
    RuleTester("demands-reply").invalid(text, lang="en", platform="x")


def test_a_customer_asking_whether_they_may_buy_brings_a_sale():
    # 購入できますか: the writer buys; ご購入いただけませんか: the reader is asked to
    tester.valid("米田様\nはじめまして。さくら鍼灸院の西村と申します。次号も待合室に置きたく、10部ほど購入できますでしょうか。",
                 lang="ja", platform="email")
    tester.invalid("米田様\nはじめまして。出版社の西村と申します。私の新刊をご購入いただけませんでしょうか。", lang="ja", platform="email")
    tester.valid("Hi Ann, I run a clinic in Leeds. Could I buy 10 copies of the next issue for our waiting room?",
                 lang="en", platform="email")
    tester.invalid("Hi Ann, I run a booking startup in Leeds. Would you buy our new booking software?", lang="en", platform="email")


def test_a_casual_or_roundabout_japanese_request_for_an_introduction_is_an_ask():
    # もらえませんか (casual), いただくことはできないでしょうか (can it be done): both ask
    tester.invalid("村田様\nはじめまして。製麺所の佐伯です。東京で就職しようかと考えています。会社の人事の方、紹介してもらえませんか？",
                   lang="ja", platform="facebook")
    tester.invalid("高島先生\nはじめまして。看護師の佐伯と申します。西川先生の研究室に関心があり、先生からご紹介いただくことはできないでしょうか。",
                   lang="ja", platform="email")
    # thanks for an introduction given, in the past, ask nothing
    tester.valid("高島先生\nはじめまして。看護師の佐伯と申します。西川先生に紹介してもらえて、研究室の見学が叶いました。",
                 lang="ja", platform="email")


def test_free_for_the_writer_or_a_courtesy_is_nothing_given_back():
    # free of charge for the reader to give is the writer's gain in English too; a fee offered is something back
    tester.invalid("Hi Ann, I'm a student in Leeds. Could you send me a copy of your thesis for free?", lang="en", platform="email")
    tester.valid("Hi Ann, I'm a student in Leeds. Could you send me a copy of your thesis? I'd gladly pay the printing costs.",
                 lang="en", platform="email")
    # 無償でお願い: free for the writer; お祈りする: a courtesy, no gift
    tester.invalid("小田切様\nはじめまして。棚田保全会の佐野と申します。写真集を拝見しました。チラシ用に写真データをご提供いただけないでしょうか。"
                   "予算が少ないため、無償でお願いできればと思っております。", lang="ja", platform="email")
    tester.invalid("小田切様\nはじめまして。棚田保全会の佐野と申します。チラシの撮影を無償でお願いできないでしょうか。", lang="ja", platform="email")
    tester.invalid("ご担当者様\n東京湾製氷の西川でございます。貴社のますますのご発展をお祈りするとともに、ぜひ弊社の氷をご購入いただきたく、"
                   "お願い申し上げます。", lang="ja", platform="email")


def test_a_question_about_how_their_work_met_its_audience_asks_for_no_promotion():
    # "with your audience" is where their show landed, not an audience lent to the writer's thing
    tester.valid("ok your thread on running the Doctor scene with blank titles — I did the surtitles for the Linz revival. "
                 "did the silence actually land with your audience or did people just go for their phones?", lang="en", platform="x")
    tester.valid("字幕なしで医師の場面を上演したスレッド、拝見しました。私もリンツ公演の字幕を担当しました。"
                 "あの沈黙は観客の皆さんに届きましたか？", lang="ja", platform="x")
    tester.invalid("Hi Mia, I'm a potter in Leeds. Would you post my kiln video to your audience this week?", lang="en", platform="x")
    tester.invalid("はじめまして、リーズの陶芸家です。窯の動画をフォロワーの皆さんに紹介していただけませんか？", lang="ja", platform="x")


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Dear Ms Matsuoka, I'm Takuma, a keirin rider in Gifu. In exchange for your logo on my kit and a usage report on "
         "social media, would you consider supplying my cranks this season?", "en"),
        ("松岡様\n\nはじめまして。岐阜支部所属の競輪選手、平田と申します。ウェアへのロゴ掲載とSNSでの使用レポートを条件に、"
         "機材のご提供をご検討いただけないかと思いご連絡しました。", "ja"),
        ("松岡様\n\nはじめまして。競輪選手の平田と申します。機材のご提供と引き換えに、レースでの使用レポートを毎月お送りします。"
         "ご検討いただけないでしょうか。", "ja"),
    ],
)
def test_an_ask_on_the_condition_of_something_given_back_is_an_exchange(text, lang):
    tester.valid(text, lang=lang, platform="email")
    tester.invalid(text.split("In exchange")[0] + "Would you consider supplying my cranks this season?" if lang == "en"
                   else "松岡様\n\nはじめまして。競輪選手の平田と申します。機材のご提供をご検討いただけないかと思いご連絡しました。",
                   lang=lang, platform="email")


def test_perceiving_them_humbly_gives_nothing_back():
    # お見受けし is the writer's seeing, said humbly, not something done for them
    tester.invalid("はじめまして。ITコンサルタントの高野と申します。\n幅広い人脈をお持ちの方とお見受けし、ご連絡いたしました。\n"
                   "現在、新規事業のパートナーを探しております。どなたかよい方がいらっしゃいましたら、ぜひご紹介いただけますと助かります。",
                   lang="ja", platform="linkedin")
    tester.invalid("Hello, I'm Takano, an IT consultant. You seem to have a wide network, so I'm writing. We're looking for a partner "
                   "for a new venture. If you know anyone good, could you introduce me?", lang="en", platform="linkedin")
    tester.valid("はじめまして。ITコンサルタントの高野と申します。\n幅広い人脈をお持ちの方とお見受けし、ご連絡いたしました。\n"
                 "どなたかよい方をご紹介いただけましたら、弊社の市場調査レポートをお送りいたします。", lang="ja", platform="linkedin")


@pytest.mark.parametrize(
    "text, lang",
    [
        ("すずめさん、こんにちは。保護猫カフェの桑原です。今月の依頼枠、もし空きがあればお願いしたいです。老猫の絵をお願いできればと"
         "思っています。もちろん通常の料金でお願いします。", "ja"),
        ("Hi Suzume, I'm Kuwabara from a cat cafe. If there's room in this month's commissions, could you paint our old cat? "
         "At your usual rate, of course.", "en"),
    ],
)
def test_their_usual_fee_paid_is_something_back(text, lang):
    tester.valid(text, lang=lang, platform="x")
    if lang == "ja":
        tester.invalid(text.replace("もちろん通常の料金でお願いします。", ""), lang=lang, platform="x")


def test_a_payment_called_difficult_is_none_given_back():
    text = ("篠原様\n\n横浜で振付師をしております、堀と申します。そこでお願いがございます。作品の最後の場面に、三分ほどの短い曲を"
            "新しく書いていただけないかと考えております。なお、自主公演で予算がほとんどなく、使用料をお支払いするのは難しい状況です。")
    tester.invalid(text, lang="ja", platform="email")
    tester.valid(text.replace("なお、自主公演で予算がほとんどなく、使用料をお支払いするのは難しい状況です。", "使用料は規定どおりお支払いいたします。"),
                 lang="ja", platform="email")
    tester.invalid("Dear Mr Shinohara, I'm Hori, a choreographer in Yokohama. Could you do me a favour and write a short "
                   "piece for the final scene? It's self-funded, so paying a fee would be difficult.", lang="en", platform="email")


def test_a_casual_question_without_ka_still_asks():
    tester.invalid("吉川さん、はじめまして！帯広畜産大2年の平野です。春休みに工房でインターンさせてもらえません？", lang="ja", platform="linkedin")
    tester.valid("吉川さん、はじめまして！帯広畜産大2年の平野です。先月のインターン、受け入れてもらえたんですね？", lang="ja", platform="linkedin")
    tester.invalid("Hi Yoshikawa, I'm Hirano, a 2nd-year at Obihiro. Could I intern at your workshop over spring break?", lang="en",
                   platform="linkedin")


def test_a_students_placement_asked_for_is_a_job_asked():
    tester.invalid("林様\n\n視能訓練士を目指している2年の中山と申します。夏の臨床実習の受け入れについて伺えないでしょうか。", lang="ja", platform="email")
    tester.valid("林様\n\n視能訓練士を目指している2年の中山と申します。先月の実習では大変お世話になりました。", lang="ja", platform="email")
    tester.invalid("Dear Ms Hayashi, I'm Nakayama, a second-year orthoptics student in Osaka. Could you consider me for an "
                   "internship at your clinic this summer?", lang="en", platform="email")


def test_ask_words_inside_a_quoted_title_ask_nothing():
    tester.valid("林様\n\n視能訓練士を目指している2年の中山と申します。「実習で見てほしい3つのこと」を読み、声かけの大切さが心に残りました。",
                 lang="ja", platform="email")
    tester.valid("Dear Ms Hayashi, I'm Nakayama, an orthoptics student. Your piece \"Three things to look for in an internship\" "
                 "stayed with me.", lang="en", platform="email")


def test_a_place_on_their_list_of_suppliers_is_asked_like_a_job():
    tester.invalid("Dear Ms. Bautista, I am a wedding photographer from Quezon City and saw the plantation grounds are now open "
                   "for weddings. I would like to be listed as one of your accredited photographers.", lang="en", platform="email")
    tester.valid("Dear Ms. Bautista, I am one of your accredited photographers; here are the galleries from Saturday's wedding.",
                 lang="en", platform="email")
    tester.invalid("バウティスタ様\n\nケソン市でウェディングフォトグラファーをしております。指定カメラマンの募集があれば、ぜひ登録させていただけないでしょうか。",
                   lang="ja", platform="email")


def test_the_readers_giving_made_the_condition_of_the_writers_act_is_an_exchange():
    # what the writer will do for them once they give: something back, in either language
    ask_en = "Hi! I'm Nekomaru, I stream indie games. Could you refer me to your producer for a job?"
    tester.valid(ask_en + " If you refer me, I'll stream your next game to my 21k subscribers.", platform="linkedin")
    tester.invalid(ask_en + " If you could refer me, I'd appreciate it.", platform="linkedin")
    tester.invalid(ask_en + " If you don't refer me, I'll ask someone else.", platform="linkedin")
    ask_ja = "はじめまして。ゲーム実況者のねこまるです。御社の採用担当の方をご紹介いただけないでしょうか。"
    tester.valid(ask_ja + "ご紹介いただけたら、私の配信で御社のゲームを紹介させていただきます。", platform="linkedin")
    tester.valid(ask_ja + "ご紹介いただければ、報告書に貴社のお名前を掲載いたします。", platform="linkedin")
    # a wish, or the writer's own gain, after the condition gives nothing
    tester.invalid(ask_ja + "ご紹介いただければと存じます。", platform="linkedin")
    tester.invalid(ask_ja + "ご紹介いただければ、大きな励みになります。", platform="linkedin")
    tester.invalid(ask_ja + "ご紹介いただければ、あとはこちらで進めます。", platform="linkedin")


def test_a_gift_handed_over_or_something_done_free_is_given_back():
    ask_ja = ("石井さん、はじめまして。富山県の町役場で子育て支援の担当をしている前川です。先月、補助の使い方を1枚にまとめたチラシを"
              "作りました。よかったら見てもらって、わかりにくいところがあれば教えていただけると助かります。")
    tester.valid(ask_ja + "データはこちらから差し上げますね。", platform="facebook")
    tester.valid("亮、久しぶり！うちの保育園でも職員向けに救命講習をやりたいって話が出てて、もし亮のとこで頼めるならお願いしたいんだけど、"
                 "どこに申し込めばいい？当日はうちの給食の先生のカレー差し入れするわ。", platform="facebook")
    # 差し上げる of a contact gives nothing
    tester.invalid(ask_ja + "来週メールを差し上げます。", platform="facebook")
    tester.invalid(ask_ja + "明日お電話差し上げます。", platform="facebook")
    ask_en = "Hi Aditi, I'm a poet from Hebden Bridge. Would you consider stocking a few copies of my pamphlet?"
    tester.valid(ask_en + " I'd happily do a free evening reading in the shop.", platform="email")
    tester.valid(ask_en + " If it suits, I'd love to do one for free.", platform="email")
    tester.invalid(ask_en + " Could you do a reading of it for me?", platform="email")


def test_the_writers_time_or_skill_offered_is_given_back():
    ask = "Hi Gloria, I'm a data engineer at a Nairobi bank and saw your call for Python mentors."
    tester.valid(ask + " I could take a Saturday cohort remotely in April. Could you point me to the sign-up form?",
                 platform="linkedin")
    tester.valid(ask + " Could you refer me to the organisers? We can run a workshop for your students in return.",
                 platform="linkedin")
    # the reader's willingness asked is not the writer's offer
    tester.invalid(ask + " Would you be willing to take a look at my CV and refer me for the analyst role?", platform="linkedin")


def test_a_gift_or_free_use_given_is_given_back():
    ask_en = "Hi Maya, I'm building Tandem, a tool for async standups, and I'd really value your feedback on our beta."
    tester.valid(ask_en + " Early testers get it free for a year.", platform="linkedin")
    tester.invalid(ask_en + " Early testers tell me it saves them a lot of time.", platform="linkedin")
    ask_ja = ("佐藤様\n\nはじめまして。「月刊ふるさと工房」編集部の山根と申します。次号の特集にて、ぜひ佐藤様の工房をご紹介したく、"
              "取材をお願いできないかと思いご連絡いたしました。取材は2時間程度です。")
    tester.valid(ask_ja + "掲載誌を進呈いたします。", platform="email")
    tester.invalid(ask_ja + "ご検討のほど、よろしくお願い申し上げます。", platform="email")
    tester.valid("サブ4達成おめでとうございます！ランナー向けの栄養管理アプリを作っている者です。よかったら使ってみて感想をもらえると"
                 "嬉しいです！プロフのリンクから無料で使えます🏃", platform="x")


def test_a_formal_request_and_a_sponsorship_are_asks():
    tester.invalid("Respected Madam,\n\nI am Suresh Kumar, a B.Pharm graduate from Mysuru. I request you to kindly give me an "
                   "opportunity as a pharmacist in the new oncology wing.\n\nYours faithfully,\nSuresh Kumar", platform="email")
    tester.invalid("Hi Laura,\n\nI own Boulder Barn, a climbing gym in Fort Collins. We're holding our spring comp on May 9 and "
                   "could Summit sponsor our comp with $2,000 plus 20 ropes for the prize table?\n\nMarcus", platform="email")
    tester.valid("Hi Laura,\n\nI own Boulder Barn, a climbing gym in Fort Collins. We'd like Summit to sponsor our spring comp; "
                 "in return your logo goes on every bib and the stream.\n\nMarcus", platform="email")
    tester.invalid("早坂様\n\nクライミングジムを営む遠藤です。春の大会のスポンサーになっていただけないでしょうか。", platform="email")


def test_more_of_the_writers_papers_or_their_own_questions_give_nothing_back():
    # "anything else you need" after the CV, "bring my questions" to a mentoring call: part of the ask
    tester.invalid("Dear Mrs Lawal,\n\nI graduated from Ibadan last year with a first in Statistics. I saw that Kestrel is hiring "
                   "graduate analysts. Could you refer me for the role? My CV is attached and I can provide anything else you need.\n\n"
                   "Thank you,\nChukwuemeka", lang="en", platform="email")
    tester.invalid("Dear Ms Adeleke,\n\nI am Tolu, a final-year pastry student. Would you consider mentoring me? What I have in mind "
                   "is a one-hour call once a month, where I can bring my questions.\n\nTolu", lang="en", platform="email")
    # something of the writer's for the reader still counts
    tester.valid("Dear Mrs Lawal,\n\nI graduated from Ibadan last year with a first in Statistics. I saw that Kestrel is hiring "
                 "graduate analysts. Could you refer me for the role? In return I can provide a free audit of your fraud dashboards.\n\n"
                 "Thank you,\nChukwuemeka", lang="en", platform="email")
    tester.valid("Dear Ms Adeleke,\n\nI am Tolu, a final-year pastry student. Would you consider mentoring me? I can bring my camera "
                 "and shoot your new menu in return.\n\nTolu", lang="en", platform="email")
    # in Japanese, the papers named before the offer (「職務経歴書は…お送りいたします」) are part of the ask
    tester.invalid("山本様\n\nはじめまして。物流の現場で5年働いている大橋と申します。御社の物流企画職にご推薦いただけないでしょうか。"
                   "職務経歴書はご承諾いただけ次第お送りいたします。\n\n大橋", lang="ja", platform="email")


def test_a_polite_condition_on_the_readers_giving_is_an_exchange():
    # 「ご登壇いただけましたら」 is いただけたら in the polite form
    tester.valid("和田様\n\n県議会議員の事務所で秘書をしております岩崎です。避難所協定の投稿を拝見しました。フォーラムで御社の事例を"
                 "ご紹介いただけないかと考えております。ご登壇いただけましたら、チラシに御社名を掲載いたします。\n\n岩崎",
                 lang="ja", platform="email")
    tester.valid("Dear Ms Wada,\n\nI am Iwasaki, secretary to councillor Morimoto. I read your post on the shelter agreement. "
                 "Could you present your case at our forum in May? If you speak, we will print your company's name on the flyer.\n\nIwasaki",
                 lang="en", platform="email")


def test_a_request_already_made_of_someone_else_asks_the_reader_nothing():
    tester.valid("たなか先生、はじめまして！保育園で2歳児クラスを担当してます。大判が出たと知って、さっそく園長に購入をお願いしました。"
                 "素敵な絵本をありがとうございます！", lang="ja", platform="x")
    tester.valid("Hi Ms Tanaka! I teach the two-year-olds at a nursery. When I heard about the big-book edition I asked our head "
                 "to buy it straight away. Thank you for such a lovely book!", lang="en", platform="x")
    # asked of the reader, it is an ask
    tester.invalid("たなか先生、はじめまして！保育園で2歳児クラスを担当してます。先生から園に絵本を寄贈していただけないでしょうか。",
                   lang="ja", platform="email")


def test_a_question_for_information_is_a_small_ask():
    # "Could you tell me whether …": information asked, judged as a small ask, not a favour the model is sure of
    tester.valid("Dear Ms Goldberg,\n\nI'm a nurse from Kerala moving to the US on an EB-3 visa, and your blog series on visa "
                 "retrogression for nurses was the clearest explanation I've found.\n\nCould you tell me whether you take on "
                 "consultations for nurses in my situation, and your fee?\n\nSincerely,\nAnjali", lang="en", platform="email")
    tester.valid("ゴールドバーグ様\n\nEB-3ビザで渡米予定のケララ出身の看護師です。看護師のビザ待ちについてのブログ連載が一番わかりやすい"
                 "説明でした。\n\n私のような看護師の相談をお受けいただけるかどうか、また料金を教えていただけますか。\n\nアンジャリ",
                 lang="ja", platform="email")
    # a favour stays one
    tester.invalid("Dear Ms Goldberg,\n\nI'm a nurse from Kerala moving to the US on an EB-3 visa. Could you introduce me to a "
                   "hospital that sponsors nurses?\n\nSincerely,\nAnjali", lang="en", platform="email")


def test_time_kept_free_for_a_planned_call_is_pushys_not_an_ask():
    ja = "今井様\n\nメディリハの佐野と申します。ご発表を拝聴しました。\n\n{x}\n\n佐野"
    tester.valid(ja.format(x="明日14時にお電話いたします。15分ほどお時間を空けておいていただけますと助かります。"), lang="ja", platform="email")
    tester.invalid(ja.format(x="つきましては、15分ほどお時間をいただけますと助かります。"), lang="ja", platform="email")
    en = "Dear Ms Imai,\n\nI'm Sano from MediRehab. I heard your talk.\n\n{x}\n\nSano"
    tester.valid(en.format(x="I will call you tomorrow at 2pm. Please keep 15 minutes free."), lang="en", platform="email")
    tester.invalid(en.format(x="Could you spare me 15 minutes?"), lang="en", platform="email")


def test_the_readers_work_wished_for_free_is_no_offer():
    b = ("Dear Ms. Okafor-Bell,\n\nI'm the teacher-librarian at Riverside Middle School. Our Grade 7s devoured The Salt Road this "
         "winter.\n\nWould you be willing to send us a set of signed copies for our prize table? {x}\n\nJanelle")
    tester.invalid(b.format(x="We would also love a free 45-minute virtual visit in May, if you could fit it in."), lang="en", platform="email")
    tester.valid(b.format(x="In return we would love to give you a free stall at our book fair."), lang="en", platform="email")
    ja = ("岡本様\n\nリバーサイド中学校の学校司書をしております、ティボドーと申します。『塩の道』は生徒に大人気でした。\n\n"
          "サイン本を数冊お送りいただけないでしょうか。{x}\n\nティボドー")
    tester.invalid(ja.format(x="5月に45分ほど、無償でオンライン講演もしていただけますと幸いです。"), lang="ja", platform="email")


def test_the_reader_asked_to_give_to_the_writer_is_no_offer():
    # "give" reads as an offer to a model of words; whoever receives it here is the writer
    en = ("Dear Dr Kowalczyk,\n\nI'm a qualified BSL/English interpreter in Bristol, eight years in practice. I saw your post "
          "that Signapse is growing its BSL team.\n\n{x}\n\nJoel")
    tester.invalid(en.format(x="I'd like you to give me a job on the team, or refer me to the hiring manager directly."),
                   lang="en", platform="linkedin-inmail")
    tester.valid(en.format(x="I could give you a hand with the glossary review on the team, free of charge, if that helps."),
                 lang="en", platform="linkedin-inmail")
    ja = ("工藤様\n\nブリストルで手話通訳をしております、フェアベアンと申します。経験は8年です。Signapseが手話チームを拡大中との投稿を"
          "拝見しました。\n\n{x}\n\nフェアベアン")
    tester.invalid(ja.format(x="そのチームで私に仕事をいただくか、採用担当の方に直接ご紹介ください。"), lang="ja", platform="linkedin-inmail")
    tester.valid(ja.format(x="用語集の確認作業を無償でお手伝いできます。お役に立てれば幸いです。"), lang="ja", platform="linkedin-inmail")


def test_a_draft_judged_one_sided_needs_a_sentence_read_as_an_ask_or_a_favour():
    # with the draft model heard from a low threshold, the finding needs a sentence the act model reads as
    # asking: a permission asked for (「使わせていただけないでしょうか」, "May we use the same form?") is one,
    # though the model reads it as an ask more than as a favour
    judged = RuleTester("one-sided-ask", {"learned-threshold": 0.001})
    ja = ("河野先生\n\n群馬県の小学校で養護教諭をしております新井と申します。\n\n{x}\n\n何卒よろしくお願いいたします。\n\n新井 さくら")
    judged.invalid(ja.format(x="先日の研修会で先生が紹介されていた「来室カード」の様式を、私の学校でも使わせていただけないでしょうか。"),
                   lang="ja", platform="email")
    judged.valid(ja.format(x="先日の研修会で先生が紹介されていた「来室カード」の様式が、とても印象に残りました。"), lang="ja", platform="email")
    en = ("Dear Dr Kono,\n\nI'm Sakura Arai, a school nurse at a primary school in Gunma.\n\n{x}\n\nWith many thanks,\nSakura Arai")
    judged.invalid(en.format(x="At last week's training session you showed your 'visit card' form. May we use the same form at our school?"),
                   lang="en", platform="email")
    judged.valid(en.format(x="At last week's training session you showed your 'visit card' form. It stayed with me all week."),
                 lang="en", platform="email")


def test_goods_carried_published_or_shouted_out_are_a_sale_or_promotion_asked():
    en = "Hi Megan,\n\nI'm Tyler; I produce a true-crime podcast in Sioux Falls. Your Fargo diner episode was so good.\n\n{x}\n\nTyler"
    tester.invalid(en.format(x="Any chance you could shout us out on Main Street Mornings?"), lang="en", platform="email")
    tester.invalid(en.format(x="Would you consider stocking our tea in your shop?"), lang="en", platform="email")
    tester.valid(en.format(x="We always shout out the shows that inspired an episode, and yours is next week's."),
                 lang="en", platform="email")
    ja = "吉岡様\n\n宇治田原の茶師、森田と申します。「春の京都展」の投稿を拝見しました。\n\n{x}\n\n森田"
    tester.invalid(ja.format(x="弊園の新茶を京都展で取り扱っていただけないでしょうか。"), lang="ja", platform="linkedin")
    tester.invalid(ja.format(x="私の絵本を、ぜひ御社から出版していただきたいです。"), lang="ja", platform="linkedin")
    tester.valid(ja.format(x="個人情報の取り扱いについては、弊園のサイトに載せております。"), lang="ja", platform="linkedin")


def test_a_performers_gig_asked_for_is_a_job_asked_for():
    en = "Hi Victor,\n\nI'm Sam, a jazz drummer in Hobart. Saw the Tuesday jam is back at the Lilypad.\n\n{x}\n\nSam"
    tester.invalid(en.format(x="Can u get me a real gig there, like a Friday slot?"), lang="en", platform="facebook")
    tester.invalid(en.format(x="Can you book us for a Friday in March?"), lang="en", platform="facebook")
    tester.valid(en.format(x="We'd love to book you for our winter festival, with a fee, if you're free."), lang="en", platform="facebook")
    ja = "ヴィクターさん\n\nホバートでジャズドラムを叩いている森です。火曜のジャムが復活したと拝見しました。\n\n{x}\n\n森"
    tester.invalid(ja.format(x="金曜の枠で演奏の仕事をいただけませんか。"), lang="ja", platform="facebook")
    tester.valid(ja.format(x="冬のフェスにぜひお呼びしたいです。出演料はこちらでご用意します。"), lang="ja", platform="facebook")


def test_what_the_writer_would_bring_their_team_is_something_offered():
    en = ("Dear Ms Ito,\n\nI'm Maria Santos, a recent Environmental Science graduate. I read your climate impact report. "
          "Could you consider me for an entry-level role on your sustainability team?{x}\n\nMaria")
    tester.invalid(en.format(x=""), lang="en", platform="email")
    tester.valid(en.format(x=" I would welcome the chance to show how my thesis work on sustainability metrics could "
                              "contribute to your team."), lang="en", platform="email")
    ja = ("伊藤様\n\n環境科学を専攻し、この春卒業したサントスと申します。御社の気候影響レポートを拝読しました。"
          "サステナビリティ部門の求人があれば教えていただけないでしょうか。{x}\n\nサントス")
    tester.invalid(ja.format(x=""), lang="ja", platform="email")
    tester.valid(ja.format(x="卒業論文で扱った排出量の指標づくりの経験で、チームに貢献できればと考えております。"), lang="ja", platform="email")


def test_buying_from_someone_else_pays_the_reader_nothing():
    en = ("Dear Mr Ferraro,\n\nI make bows in Northumberland and I saw the photos of the old-stock pernambuco that arrived "
          "at your workshop.\n\nWould you introduce me to your supplier? {x}\n\nAlasdair")
    tester.invalid(en.format(x="I would like to buy directly from them."), lang="en", platform="email")
    tester.valid(en.format(x="I would like to buy two sticks from you as well, at your price."), lang="en", platform="email")
    ja = ("フェラーロ様\n\nノーサンバーランドで弓を作っております、ヒュームと申します。工房に届いたペルナンブーコの写真を拝見しました。\n\n"
          "仕入れ先の方をご紹介いただけないでしょうか。{x}\n\nヒューム")
    tester.invalid(ja.format(x="その方から直接仕入れたいと考えております。"), lang="ja", platform="email")
    tester.valid(ja.format(x="ご紹介の謝礼はお支払いいたします。"), lang="ja", platform="email")


def test_the_reader_asked_to_introduce_and_share_for_the_writer_is_asked_not_offered():
    en = ("Dear Anke,\n\nI am a loan officer at Mbarara Savings, and I read your post on tier-3 lenders.\n\n"
          "We are seeking a debt facility. {x}\n\nThank you in advance.\nPatience")
    tester.invalid(en.format(x="Kindly introduce me to the members of your investment committee and share our proposal with them."),
                   lang="en", platform="email")
    tester.valid(en.format(x="Please feel free to share our repayment data with your investment committee if it helps them."),
                 lang="en", platform="email")
    ja = ("アンケ様\n\nムバララ信用組合で融資を担当しております、パシェンスと申します。ティア3の金融機関についてのご投稿を拝見しました。\n\n"
          "現在、融資枠を探しております。{x}\n\nよろしくお願いいたします。")
    tester.invalid(ja.format(x="投資委員会の皆様にご紹介いただき、弊社の提案書を共有してください。"), lang="ja", platform="email")
    # thanks for an introduction already made asks nothing
    tester.valid(ja.format(x="先日は投資委員会の皆様にご紹介いただき、ありがとうございました。"), lang="ja", platform="email")


def test_an_offer_word_inside_a_firms_name_offers_nothing():
    en = ("Dear Ms Ndlovu,\n\nMy name is Thandeka and I am an actuarial student at UCT. I read your note on reserving at {firm}.\n\n"
          "I am writing to ask if you could offer me a vacation internship at {firm} in June.\n\nThank you for your time.\nThandeka")
    tester.invalid(en.format(firm="Old Mutual"), lang="en", platform="email")
    tester.invalid(en.format(firm="Sanlam"), lang="en", platform="email")
    ja = ("ンドロヴ様\n\nケープタウン大学でアクチュアリーを学んでいるタンデカと申します。{firm}での準備金についてのご投稿を拝見しました。\n\n"
          "6月に{firm}で短期インターンをさせていただけないでしょうか。\n\nタンデカ")
    tester.invalid(ja.format(firm="オールド・ミューチュアル"), lang="ja", platform="email")


def test_networkings_stock_line_gives_nothing_back():
    ja = "はじめまして。プロフィールを拝見し、大変ご活躍されていると感じました。\n\n{x}もしよろしければ、お知り合いの方をご紹介いただけないでしょうか。\n\nよろしくお願いいたします。"
    tester.invalid(ja.format(x="私も同じ業界で頑張っておりますので、今後いろいろと情報交換できれば嬉しいです。"), lang="ja", platform="linkedin-message")
    tester.valid(ja.format(x="代わりに、私が集めた業界の求人動向のデータを共有いたします。"), lang="ja", platform="linkedin-message")
    en = "Hi Sam, I came across your profile and was really impressed. {x} Could you introduce me to someone on your hiring team?"
    tester.valid(en.format(x="In return I can share the salary survey data I collected for our sector."), lang="en", platform="linkedin-message")
    # a follow back is given, however stock the line
    tester.valid("はじめまして！同じ釣り好きとして投稿いつも楽しく見てます。相互フォローしていただけると嬉しいです！", lang="ja", platform="x")


def test_someone_elses_willingness_is_asked_not_offered():
    en = ("Dear Ms Linden,\n\nI teach adult basic education at the Stillwater prison. I saw that Graywolf donated 2,000 books "
          "to libraries this year.\n\nI'd be grateful if Graywolf could send us a box of poetry titles. {x}\n\nEllen")
    tester.invalid(en.format(x="I also wondered whether any of your authors might be willing to donate signed copies."), lang="en", platform="email")
    tester.valid(en.format(x="We would be willing to share our students' responses with your authors."), lang="en", platform="email")
    ja = ("青木工場長\n\nはじめまして。長崎の造船所で溶接工として十五年勤めております、浜崎と申します。\n\n"
          "{x}もし御社で溶接工の募集があれば、ぜひ採用をご検討いただけないでしょうか。\n\n浜崎")
    # 「お伝えしますと」 prefaces the writer's own career; it gives nothing
    tester.invalid(ja.format(x="これまでの経歴を簡単にお伝えしますと、船殻ブロックの突合せ溶接を多く経験しました。"), lang="ja", platform="email")
    tester.valid(ja.format(x="溶接の品質記録の付け方は、御社の若手の方々にもご説明いたします。"), lang="ja", platform="email")


def test_the_reader_told_to_give_the_writer_a_job_is_one_sided_whatever_the_draft_model_reads():
    en = ("Subject: job in home HD programme\n\nhi doc,\n\nI'm Sahan, dialysis tech 5 yrs at a private unit in Kandy. saw ur new "
          "home-haemo programme starting in April. {x} I really need to move to Colombo asap lol.\n\n"
          "need ur answer by end of today pls as I have to decide on another offer.\n\nthx\nSahan")
    tester.invalid(en.format(x="pls give me a job in it,"), lang="en", platform="email")
    tester.valid(en.format(x="happy to cover weekend shifts for you while it starts up if that helps,"), lang="en", platform="email")
    ja = ("件名：在宅血液透析の件\n\n先生\n\nキャンディの民間クリニックで透析技士を5年やってるサハンです。4月からの在宅血液透析の新プログラムを拝見しました。"
          "{x}コロンボに早く移りたいんです笑\n\nサハン")
    tester.invalid(ja.format(x="そこで私に仕事をください、"), lang="ja", platform="email")


def test_a_move_of_channel_asked_is_presumes_channels_not_a_favour():
    # Asking to be added on LINE or for a phone number moves the talk; presumes-channel judges it.
    tester.valid("雨音48トラック、震えました…！フォーリーやってる者です。ここだとやり取りしづらいので、LINEでやりましょう！"
                 "ID送るので追加お願いします、電話番号も教えてもらえると早いです！", lang="ja", platform="x")
    tester.valid("Loved the 48-track rain cue! I'm a foley artist. It's hard to talk here, so add me on WhatsApp, "
                 "and could you send me your mobile number too?", lang="en", platform="x")
    # an introduction asked is still one-sided
    tester.invalid("雨音48トラック、震えました…！フォーリーやってる者です。一緒に仕事してる音響監督さんを紹介してもらえませんか？",
                   lang="ja", platform="x")
    tester.invalid("Loved the 48-track rain cue! I'm a foley artist. Could you introduce me to the sound supervisors you work with?",
                   lang="en", platform="x")


def test_help_the_writer_gave_others_is_a_record_not_an_offer():
    # What the writer has helped others with tells their record; it gives this reader nothing.
    tester.invalid("久保様\n\nはじめてご連絡いたします。秋田市でドゥーラとして活動しております、佐藤と申します。これまでに二十組ほどのご家庭に伺い、"
                   "産後の家事や上のお子さんのお世話などをお手伝いしてまいりました。貴院で出産される方がいらっしゃいましたら、ぜひ私をご紹介いただけないでしょうか。",
                   lang="ja", platform="email")
    tester.invalid("Dear Ms Kubo,\n\nI'm Akiko Sato, a postpartum doula in Akita. I have helped about twenty families with housework and "
                   "older siblings after a birth. Could you refer any of your new mothers who need support to me?",
                   lang="en", platform="email")
    # help offered to this reader still counts
    tester.valid("久保様\n\nはじめてご連絡いたします。秋田市でドゥーラとして活動しております、佐藤と申します。母親学級の準備など、"
                 "お手伝いできることがあれば喜んで伺います。貴院で産後の手助けが必要な方がいらっしゃいましたら、ご紹介いただけないでしょうか。",
                 lang="ja", platform="email")
    tester.valid("Dear Ms Kubo,\n\nI'm Akiko Sato, a postpartum doula in Akita. I'd be glad to help with your antenatal classes "
                 "free of charge. Could you refer any of your new mothers who need support to me?", lang="en", platform="email")


def test_a_humble_verb_that_describes_a_noun_promises_nothing():
    # 「退院時にお渡しする資料」 says which papers; 「資料をお渡しします」 promises them.
    ask = "久保様\n\nはじめてご連絡いたします。秋田市でドゥーラとして活動しております、佐藤と申します。貴院で産後の手助けが必要な方がいらっしゃいましたら、ぜひ私をご紹介いただけないでしょうか。"
    tester.invalid(ask + "退院時にお渡しする資料の中に、私のチラシを一枚入れていただくだけでも構いません。", lang="ja", platform="email")
    tester.valid(ask + "代わりに、母親学級で使える産後ケアの資料をお作りします。", lang="ja", platform="email")
    # parity: an English relative clause of the reader's handing promises nothing either
    ask_en = "Dear Ms Kubo,\n\nI'm Akiko Sato, a postpartum doula in Akita. Could you refer any of your new mothers who need support to me? "
    tester.invalid(ask_en + "Even one flyer in the pack you hand out at discharge would do.", lang="en", platform="email")
    tester.valid(ask_en + "In return, I'll write a free postpartum-care handout for your antenatal classes.", lang="en", platform="email")


def test_something_sent_free_before_the_ask_is_given_back():
    ja = "あんこ日記さん、はじめまして！鹿児島で和菓子を作っている菓子処 さつま屋です。{x}"
    tester.valid(ja.format(x="新作のかるかん饅頭を無料でお送りしますので、よかったら感想をポストしていただけませんか？よろしくお願いします！"),
                 lang="ja", platform="x")
    tester.invalid(ja.format(x="新作のかるかん饅頭を店頭で買って、よかったら感想をポストしていただけませんか？"), lang="ja", platform="x")
    # parity: the English gift was read before
    en = "Hi! We are Satsuma-ya, a sweets shop in Kagoshima. {x}"
    tester.valid(en.format(x="We will send you a box of our new karukan buns for free, so could you post a review?"), lang="en", platform="x")
    tester.invalid(en.format(x="Could you buy our new karukan buns and post a review?"), lang="en", platform="x")


def test_a_stock_wish_to_contribute_gives_nothing_back():
    # 「御社のご発展に少しでも貢献させていただければ幸いです」 is a mailing's stock line (the act model reads it as
    # boilerplate at .82): the introduction asked for has nothing given for it
    ja = ("杉本様\n\nはじめまして。太陽光パネルの施工会社を経営しております、株式会社ハレルの岡田と申します。\n\n{x}\n\n"
          "つきましては、調達部門のご担当者様をご紹介いただけないでしょうか。\n\n岡田 誠")
    tester.invalid(ja.format(x="御社のご発展に少しでも貢献させていただければ幸いです。"), lang="ja", platform="linkedin-inmail")
    tester.valid(ja.format(x="弊社が昨年施工した40件の発電量データを共有し、御社の調達のご検討に貢献できればと考えております。"),
                 lang="ja", platform="linkedin-inmail")
    # parity: the English stock line was read as one before
    en = ("Dear Mr Sugimoto,\n\nI run Halle Solar, a panel installer in Kanazawa.\n\n{x}\n\n"
          "Could you introduce me to the person in charge of procurement?\n\nMakoto Okada")
    tester.invalid(en.format(x="We would be delighted to contribute to the continued growth and success of your esteemed company."),
                   lang="en", platform="linkedin-inmail")
    tester.valid(en.format(x="I can share output data from the 40 arrays we installed last year, which may help your procurement review."),
                 lang="en", platform="linkedin-inmail")


def test_a_sellers_price_list_sent_is_part_of_the_sale_in_english():
    en = ("Dear Ruth,\n\nMy name is Peter Kiprono and I sell honey from our co-operative in Baringo. Congratulations on getting "
          "your yoghurt into Naivas.\n\nWhat I would like is for you to stock our jars in your farm shop and introduce me to "
          "the buyer at Naivas. {x}\n\nPeter")
    tester.invalid(en.format(x="I will send you our price list."), lang="en", platform="email")
    tester.valid(en.format(x="I will send you a free box of both honeys to try with your yoghurt."), lang="en", platform="email")
    # measured and kept: in Japanese a catalogue sent still reads as given back (labelers judged three near
    # copies with 「カタログをお送りします」 not one-sided: b61 ja/batch-02)
    ja = ("ルース様\n\nバリンゴで蜂蜜を扱っておりますピーターと申します。ナイバスへのヨーグルトの納品、おめでとうございます。\n\n"
          "当組合の蜂蜜をお取り扱いいただけないでしょうか。カタログをお送りいたします。\n\nピーター")
    tester.valid(ja, lang="ja", platform="email")


def test_a_favour_sorted_or_goods_stocked_in_chat_words_is_an_ask():
    en = "yo Marcus 👋\n\nsaw u wrapped the grade on the new short 🔥 I'm a subtitle editor in Bristol, 4 yrs.\n\n{x}\n\nKwame"
    tester.invalid(en.format(x="can u sort me out with the subtitling gig on it? cheers bruv"), lang="en", platform="email")
    tester.valid(en.format(x="if u need subs on it I can sort u out, no charge. cheers bruv"), lang="en", platform="email")
    ja = "福田さん、はじめまして！秋田でシードル造ってる佐藤です🍎\n\n東北クラフト飲料コーナー拡大の投稿、見ました！{x}\n\n佐藤 圭"
    tester.invalid(ja.format(x="うちのシードルもぜひ置いてほしいっす笑 棚ひとつ分でいいので、よろしくお願いします！"), lang="ja", platform="linkedin-inmail")
    tester.valid(ja.format(x="うちのシードル、試飲用に一本無料でお送りしますね。気に入ったら教えてください！"), lang="ja", platform="linkedin-inmail")


def test_telling_the_writers_own_situation_gives_nothing_back():
    # 「当館の状況を少しご説明します」 is a humble verb, but of the writer's own circumstances: the ask's preface
    ja = ("大野先生\n\n鹿児島の小さな植物標本館で学芸員をしております、西郷と申します。ネットワーク構想を拝読しました。\n\n"
          "{x}収蔵標本は約八万点ですが、データベース化は一割に満たない状況です。\n\n"
          "つきましては、当館の標本デジタル化を優先的に進めていただけないでしょうか。"
          "あわせて、先生の研究室の大学院生を数名、夏の間だけでも派遣していただけますと大変助かります。\n\n西郷 美穂")
    tester.invalid(ja.format(x="当館の状況を少しご説明します。"), lang="ja", platform="email")
    tester.valid(ja.format(x="当館の標本画像は、先生の研究室でも自由にお使いいただけるようご用意いたします。"), lang="ja", platform="email")
    # parity: in English the writer's own situation was never an offer
    en = ("Dear Professor Ono,\n\nI am the curator of a small herbarium in Kagoshima and read your network proposal.\n\n"
          "{x}We hold about 80,000 sheets, and fewer than a tenth are databased.\n\n"
          "Could you put our herbarium's digitisation first in the programme? It would also help us a great deal if you "
          "could send two of your graduate students to us for the summer.\n\nMiho Saigo")
    tester.invalid(en.format(x="Let me explain our situation briefly."), lang="en", platform="email")
    tester.valid(en.format(x="We would gladly make all our images free for your lab's research."), lang="en", platform="email")


def test_a_sale_that_says_how_the_goods_suit_the_readers_business_says_whats_in_it_for_them():
    ja = "三上様\n\nはじめまして。新潟の酒蔵、雪里酒造で営業を担当しております小林と申します。この冬、新酒「越の初雪」を発売いたしました。{x}ぜひお取り扱いをご検討いただけますと幸いです。\n\n小林 健太"
    tester.invalid(ja.format(x=""), lang="ja", platform="email")
    tester.valid(ja.format(x="貴店のお料理にもきっと合うものと存じます。"), lang="ja", platform="email")
    # the letter's stock wish for their firm says nothing of what the goods do for it
    tester.invalid(ja.format(x="貴社のますますのご発展にお役立ていただけるものと存じます。"), lang="ja", platform="email")
    en = "Dear Mr Mikami,\n\nI sell for Yukisato, a sake brewery in Niigata, and we've just released our winter sake. {x}Could you buy our winter sake for your bar?\n\nKenta"
    tester.invalid(en.format(x=""), lang="en", platform="email")
    tester.valid(en.format(x="I'm sure it would pair well with your seafood dishes. "), lang="en", platform="email")
    tester.valid(en.format(x="I think it will suit your menu. "), lang="en", platform="email")  # the writer's opinion, the goods its subject
    tester.invalid(en.format(x="We could fit your schedule. "), lang="en", platform="email")  # the writer fitting in gives nothing
    # the writer praising themselves as a fit is no benefit to the reader
    tester.invalid(en.format(x="I believe I would be a great fit for your team. "), lang="en", platform="email")
