"""no-shared-interest: nothing in the draft about the recipient."""

import pytest

from outreach_lint.testing import RuleTester

tester = RuleTester("no-shared-interest")

DANA = {"name": "Dana Whitfield", "company": "Loomworks", "interests": ["Rust", "observability"],
        "recent_post": "Tracing async Rust services without losing span context"}
YAMADA = {"name": "山田 花子", "company": "株式会社ルームワークス", "interests": ["機械学習", "可観測性"]}


def test_with_profile_fires_over_the_body_and_lists_what_was_available():
    text = "Hi Dana, I'm Ken, a backend engineer at Fieldnote. I'd love to connect and hear how you got started."
    found = tester.invalid(
        text, platform="linkedin", recipient=DANA,
        spans=["I'm Ken, a backend engineer at Fieldnote. I'd love to connect and hear how you got started"],
    )
    assert "Rust, observability, Loomworks" in found[0].message
    assert "Dana Whitfield" in found[0].message


def test_company_named_only_in_the_greeting_still_fires():
    text = "Dear Loomworks team,\n\nI'm Priya, a product manager. I'm thinking about what comes next in my career and would value a conversation."
    tester.invalid(text, recipient=DANA, count=1)


def test_japanese_company_only_in_greeting_fires_with_available_terms_in_japanese():
    text = "株式会社ルームワークス\n開発部 山田様\n\nはじめまして。センサ社の田中と申します。今後のキャリアについて、少しお話を伺えないでしょうか。"
    found = tester.invalid(text, recipient=YAMADA, locale="ja", count=1)
    assert "触れられる項目：機械学習、可観測性、株式会社ルームワークス" in found[0].message


@pytest.mark.parametrize(
    "text",
    [
        "Hi Dana, I'm Ken. Your OBSERVABILITY write-up made our on-call calmer.",  # case
        "Hi Dana, I'm Ken. Your tips on tracing async services saved my week.",  # words of the recent post
        "Hi Dana, I'm Ken. Your ＯＢＳＥＲＶＡＢＩＬＩＴＹ notes made our on-call calmer.",  # full width
    ],
)
def test_english_mentions_match_through_case_width_and_lemmas(text):
    tester.valid(text, platform="linkedin", recipient=DANA)


@pytest.mark.parametrize(
    "text",
    [
        "山田様\nはじめまして、佐藤と申します。ルームワークスさんの機械学習の取り組みを拝見しました。",  # honorific after the company
        "山田様\nはじめまして、佐藤と申します。可観測性についての山田さんの記事が参考になりました。",
        "山田様\nはじめまして、佐藤と申します。機械学習基盤の運用について伺いたくご連絡しました。",  # compound
    ],
)
def test_japanese_mentions_match_through_honorifics_and_compounds(text):
    tester.valid(text, recipient=YAMADA)


def test_naming_the_person_or_praising_them_is_not_a_shared_interest():
    text = "Hi Dana Whitfield, I'm Ken from Fieldnote. Dana, you have an amazing career and I admire you."
    tester.invalid(text, recipient=DANA, count=1)
    ja = "山田様\nはじめまして、田中と申します。山田様のご活躍をいつも拝見しております。"
    tester.invalid(ja, recipient=YAMADA, count=1)


def test_the_writers_own_company_sharing_a_word_with_an_interest_is_not_a_mention():
    recipient = {"name": "山田 太郎", "interests": ["センサフュージョン"]}
    text = "山田様\nはじめまして。センサ社でプロダクトマネージャーをしている田中と申します。今後のキャリアについてお話を伺えないでしょうか。"
    tester.invalid(text, recipient=recipient, count=1)


def test_without_profile_a_draft_with_no_reference_fires():
    text = "Hi Jess! Hope all is well. I stumbled upon your profile and it caught my eye. Would love to connect!"
    found = tester.invalid(text, platform="facebook", spans=["Hope all is well. I stumbled upon your profile and it caught my eye. Would love to connect"])
    assert "no post, talk, paper or project of theirs" in found[0].message
    tester.invalid("はじめまして。ご活躍を拝見し、ぜひつながりたいと思いました。よろしくお願いいたします。", count=1)


@pytest.mark.parametrize(
    "text",
    [
        "Hi Marta, I'm Jonas. Your issue #412 about CID fonts led us to a real bug.",  # number
        'Hi Lukas, we loved the "Signals without tears" talk and would host it in Berlin.',  # title, place
        "Hi Kofi, Dr. Mensah suggested I reach out to you about the cold-chain pilot.",  # mutual contact
        "Hi Ana, I'm Leo. Your thread on pricing bruised produce by weight changed how we stock bins.",  # topic
        "小松様\nVueConfでのご講演「シグナルを怖がらない」を、勉強会でもお願いできないでしょうか。",
        "森様\nメンサ先生から、ワクチン低温輸送の試験について森様に伺うよう勧められました。",
        "井上さん、はじめまして。在来種のトマトの種を集めていると伺いました。種が余っているのでお分けします。",
    ],
)
def test_without_profile_a_specific_reference_is_enough(text):
    tester.valid(text)


def test_a_conversation_under_way_is_not_judged():
    text = "Hi Dana, thanks for getting back to me. Here are the two templates I mentioned."
    thread = [{"from": "me", "text": "Hi Dana, I'm Ken."}, {"from": "them", "text": "Hi Ken, sure, send them over."}]
    tester.valid(text, recipient=DANA, thread=thread)


def test_without_profile_option_turns_the_guess_off():
    text = "Hi Jess! Hope all is well. I stumbled upon your profile and it caught my eye. Would love to connect!"
    RuleTester("no-shared-interest", options={"without-profile": False}).valid(text)


def test_their_post_named_in_the_same_breath_as_the_writers_introduction_counts():
    # The sentence is mostly the writer's introduction, but two words of her post say they read it.
    sophie = {"name": "Sophie Laurent", "company": "Atelier Laurent", "title": "Pastry Chef",
              "recent_post": "New yuzu tart for the spring menu"}
    tester.valid("Hi Sophie, that yuzu tart looked stunning and I'm a pastry chef in Brussels myself. Would love to connect.",
                 platform="linkedin", recipient=sophie)
    tester.invalid("Hi Sophie, I'm a pastry chef in Brussels. Would love to connect.", platform="linkedin", recipient=sophie)
    sato = {"name": "佐藤 花", "recent_post": "ゆずのタルトを春のメニューに加えました"}
    tester.valid("佐藤様、ゆずのタルトを拝見し、同じパティシエとしてご連絡しました。ブリュッセルの店で働いている森です。",
                 recipient=sato)


def test_news_of_their_company_is_about_them_but_its_name_in_praise_is_not():
    dana = {"name": "Dana Whitcombe", "company": "Brightpath Analytics", "title": "Office Manager"}
    tester.valid("Hi Dana,\n\nI'm Rob from Gather & Co, an events agency. I noticed Brightpath just opened a new office in Denver, congratulations!\n\nRob",
                 platform="email", recipient=dana)
    tester.invalid("Hi Dana,\n\nI'm Rob from Gather & Co, an events agency. I have heard great things about Brightpath.\n\nRob",
                   platform="email", recipient=dana)
    yamada = {"name": "山田 花子", "company": "オステリア・ヴェルデ", "title": "オーナーシェフ"}
    tester.valid("山田様\n\nシチリアのワインを輸入している森です。先月オステリア・ヴェルデで頂いたタコのグリルに、エトナの白がよく合うと思いました。",
                 platform="email", recipient=yamada)


def test_a_name_from_their_post_or_two_of_its_words_in_a_row_say_they_read_it():
    omar = {"name": "Omar Farouk", "company": "Tideline Payments",
            "recent_post": "Slides from my DevOpsDays talk: moving 400 services off RabbitMQ"}
    tester.valid("Hi Omar, I recruit for Finch Talent and your RabbitMQ-to-Kafka talk fits a lead role I'm filling.",
                 platform="linkedin", recipient=omar)
    tester.valid("Hi Omar, I recruit for Finch Talent; moving 400 services is no small feat.", platform="linkedin", recipient=omar)
    tester.invalid("Hi Omar, I recruit for Finch Talent and have a lead role I'm filling.", platform="linkedin", recipient=omar)


def test_a_name_capitalised_inside_their_post_is_enough_to_show_they_read_it():
    gwen = {"name": "Gwen Pryce", "title": "Potter",
            "recent_post": "Selling my old Kilnmaster top-loader, works perfectly, collection only from Machynlleth"}
    tester.valid("Hi Gwen, is the Kilnmaster still available? Could collect Saturday.", platform="facebook", recipient=gwen)
    # a day of the week is capitalised too, and names nothing of theirs
    tim = {"name": "Tim Berry", "recent_post": "Interview with the designers of Tidebound, out Friday"}
    tester.invalid("hey! mind giving my kickstarter a RT? we launch friday. link's in my bio!", platform="x", recipient=tim)
    # the post's first word is capitalised as a sentence's, no name
    tester.invalid("Hi Gwen, selling is hard these days. Could you share my shop page?", platform="facebook", recipient=gwen)


def test_a_quoted_title_in_a_sentence_not_about_the_writers_own_things_is_a_reference():
    tester.valid("こんにちは、いつも「月曜ジャズセッション」のレポ楽しみに見てます。自分は下北沢でピアノトリオをやっています。", platform="x")
    # The writer's own quoted product is not theirs.
    tester.invalid("こんにちは。弊社の新サービス「クラウド会計ゼロ」をご紹介します。", platform="email")


def test_their_employer_in_a_compliment_or_a_slot_in_place_of_their_work_is_nothing_of_theirs():
    tester.invalid("松井様\n\nはじめまして。人材紹介会社の岩田です。東京ガス様でのご活躍を拝見しました。ぜひ一度ご挨拶させていただきたくご連絡いたしました。",
                   platform="linkedin-inmail")
    tester.invalid("松井様\n\nはじめまして。人材紹介会社の岩田です。東京ガス様でのご活躍、いつも素晴らしいと感じております。ぜひ一度ご挨拶させていただければ幸いです。",
                   platform="linkedin-inmail")


def test_their_employer_in_a_compliment_joined_to_the_ask():
    # The model reads this joined praise-and-ask sentence as their work (0.62) more than as stock
    # praise (0.53); beside the stock praise, only their employer's name is left: no work of theirs.
    tester.invalid("松井様\n\nはじめまして。人材紹介会社の岩田です。東京ガス様でのご活躍を拝見し、ぜひ一度ご挨拶させていただきたくご連絡いたしました。",
                   platform="linkedin-inmail")
    profile = {"name": "吉田 健太", "company": "株式会社ソフトブリッジ", "interests": ["React", "アクセシビリティ"]}
    tester.invalid("吉田様、はじめまして。IT専門エージェントの中山です。株式会社ソフトブリッジでのご活躍を拝見し、ぜひご紹介したい求人がございます。",
                   lang="ja", platform="linkedin-free", recipient=profile)
    tester.valid("吉田様、はじめまして。IT専門エージェントの中山です。株式会社ソフトブリッジでのご活躍を拝見し、特にReactの"
                 "アクセシビリティ対応の記事に学びました。", lang="ja", platform="linkedin-free", recipient=profile)
    tester.invalid("Hi Laura, I'm Derek, a recruiter at Apex Talent. I came across your profile and was impressed by your "
                   "background at Stripe, and I'd love to tell you about a role.", lang="en", platform="linkedin-inmail")


def test_one_common_word_of_a_two_word_interest_is_not_that_interest():
    recipient = {"name": "佐藤 美香", "interests": ["救急看護", "トリアージ"]}
    tester.invalid("佐藤様\n\nはじめまして。看護師専門の人材紹介会社の小田と申します。看護師の皆様の理想の働き方を全力でサポートしております。ご興味がございましたら、お気軽にご相談ください。",
                   lang="ja", platform="linkedin-inmail", recipient=recipient)
    tester.valid("佐藤様\n\nはじめまして。看護師専門の人材紹介会社の小田と申します。救急看護のトリアージ研修を企画しており、ご意見を伺えれば幸いです。",
                 lang="ja", platform="linkedin-inmail", recipient=recipient)
    en = {"name": "Mia Ross", "interests": ["emergency nursing", "triage"]}
    tester.invalid("Hi Mia, I'm Oda from a nurse staffing agency. We help nurses find their ideal nursing jobs. Let me know if you're interested.",
                   lang="en", platform="linkedin-inmail", recipient=en)
    tester.valid("Hi Mia, I'm Oda from a nurse staffing agency. We're planning a workshop on emergency nursing and would value your view.",
                 lang="en", platform="linkedin-inmail", recipient=en)


def test_one_word_of_a_longer_title_is_not_their_title():
    recipient = {"name": "Rebecca Moss", "title": "Head of Data Science"}
    tester.invalid("Hi Rebecca, I'm Tom, a bootcamp graduate. As head of your team, could you get me an interview?",
                   lang="en", platform="linkedin-inmail", recipient=recipient)
    tester.valid("Hi Rebecca, I'm Tom, a bootcamp graduate. How does your data science team decide between causal and predictive work?",
                 lang="en", platform="linkedin-inmail", recipient=recipient)


def test_congratulating_them_on_something_named_speaks_of_them():
    tester.valid("Hi Denise, I own an auto repair shop in Nashua. Congratulations on the first EV certificate cohort.", lang="en", platform="email")
    tester.invalid("Hi Denise, I own an auto repair shop in Nashua. Congratulations! Hope to connect.", lang="en", platform="email")
    tester.valid("河合さん、焙煎士の森です。自家焙煎のお店の開店おめでとうございます！", lang="ja", platform="facebook")
    tester.invalid("河合さん、焙煎士の森です。おめでとうございます！ぜひつながりましょう。", lang="ja", platform="facebook")


def test_a_work_of_theirs_seen_or_owned_and_named_with_words_of_substance_is_a_reference():
    # Seen by the writer, with no "your": the clause says which work it is.
    tester.valid("Hi Martin, I'm Sneha, a legal translator in Pune. I saw the notice about expanding the Hindi legal panel and would like to be considered.",
                 lang="en", platform="email")
    tester.valid("森さん、香川で藍染めをしている森と申します。すくも作りの投稿、いつも拝見しています。", lang="ja", platform="facebook")
    tester.valid("杉浦様\n\nはじめまして。山梨で桃を育てている雨宮と申します。夏の果物フェアの出店者募集を拝見し、ご連絡いたしました。",
                 lang="ja", platform="email")
    # Owned: "your" before the work, even in a sentence the model reads as a favour.
    tester.valid("Hi Priscilla, I'm a hairdresser starting out in Tema. I've seen your Kumasi salon's braiding tutorials and would love to train with you.",
                 lang="en", platform="facebook")
    # A work seen in general terms names nothing; a work that is a slot names nothing either.
    tester.invalid("Hi Martin, I'm Sneha, a legal translator in Pune. I saw your post and would like to connect.", lang="en", platform="email")
    tester.invalid("佐藤様\n\nはじめまして。営業の藤田と申します。素敵な作品を拝見し、ご連絡いたしました。", lang="ja", platform="email")
    tester.invalid("<NAME>様\n\n先日公開された○○についての記事、大変興味深く拝読いたしました。ぜひ一度意見交換できればと存じます。", lang="ja", platform="linkedin-message")


def test_a_seen_work_must_be_named_in_its_own_clause_and_not_be_the_writers():
    # The praise is generic; the words of substance belong to the writer's own service in the next clause.
    tester.invalid("はじめまして！いつも素敵な作品を拝見しています✨ 現在、クリエイター向けのグッズ制作サービスのモニターを募集中です。",
                   lang="ja", platform="x")
    # The writer's own webinar, read about or not, is not theirs.
    tester.invalid("Hi Dana, I'm Ken from Fieldnote. Watch our webinar on warehouse robotics next Thursday.", lang="en", platform="email")
    tester.invalid("山田様\n\nはじめまして。営業の藤田と申します。弊社の物流ロボットの記事をぜひご覧ください。", lang="ja", platform="email")


def test_what_the_writers_own_clause_names_beside_a_your_is_not_theirs():
    tester.invalid("hey! we just put our cozy farming sim on Steam wishlist today 🌱 if you felt like giving it a quick RT or a mention "
                   "to your followers that would honestly make our week. link's in my bio!", lang="en", platform="x")
    tester.invalid("はじめまして、山田です。弊社のアプリをApp Storeで公開しました、ご担当の皆様にもぜひお使いいただきたいです。",
                   lang="ja", platform="email")
    # Their own thing, in a clause of its own beside the writer's, still counts.
    tester.valid("hey! loved your Steam page for Moonlit Roguelike 🌙 we just put our farming sim up too, happy to swap wishlist tips.",
                 lang="en", platform="x")


def test_words_of_a_compliment_are_no_topic_of_theirs():
    tester.invalid("Dear Aaliyah, I'm Rob, a consultant. I hope this note finds you thriving. Wishing you continued success in all "
                   "your endeavours, and I look forward to staying in touch.", lang="en", platform="email")
    tester.invalid("田中様\n\nはじめまして。営業の佐藤と申します。貴社の今後ますますのご発展と皆様のご健勝を心よりお祈り申し上げます。",
                   lang="ja", platform="email")
    # Words that name their work stay a reference, even in a sentence read as praise.
    tester.valid("Hey Owen, I'm an environment art student at Sheridan. Your flooded cathedral breakdown was amazing.",
                 lang="en", platform="linkedin")


def test_a_group_both_belong_to_is_something_shared():
    tester.valid("Hi Jennifer, I recently joined Acme as a data analyst and noticed we're both active in the NYC Data Science Meetup group. "
                 "Are you free for coffee next week?", lang="en", platform="linkedin")
    tester.invalid("Hi Jennifer, I recently joined Acme as a data analyst. Are you free for coffee next week?", lang="en", platform="linkedin")
    tester.valid("田中さん、はじめまして。データ分析をしている佐藤です。同じコミュニティのメンバーとして、ぜひお話ししたいです。",
                 lang="ja", platform="linkedin")
    tester.invalid("田中さん、はじめまして。データ分析をしている佐藤です。ぜひお話ししたいです。", lang="ja", platform="linkedin")


def test_what_a_named_work_did_to_the_writer_says_they_read_it():
    tester.valid("Hello Olumide, I run a small boat-repair yard in Ikorodu. I followed your jetty rebuild programme closely.",
                 lang="en", platform="linkedin")
    tester.valid("great thread. the stake-vs-drone comparison in tweet 6 surprised me, I assumed the drones would win everywhere.",
                 lang="en", platform="x")
    tester.valid("はじめまして、林業をしている佐藤です。間伐材のチップ化の記事、コストの内訳に驚きました。", lang="ja", platform="facebook")
    # A reaction to a work named in general terms still names nothing.
    tester.invalid("はじめまして、林業をしている佐藤です。記事に驚きました。", lang="ja", platform="facebook")


def test_a_profile_of_unfilled_slots_tells_nothing_and_the_draft_is_judged_without_one():
    slots = {"name": "{first_name}", "company": "[Company]"}
    tester.invalid("Hi {first_name},\n\nI've been following [Company] for a while and I'm impressed by what your team is doing. "
                   "I'm the founder of LedgerLeaf. I'd love to chat.", lang="en", platform="email", recipient=slots)
    tester.valid("Hi Dana,\n\nYour PyCon talk on offline-first sync answered a question my team had argued about for months.",
                 lang="en", platform="email", recipient=slots)
    ja_slots = {"name": "{氏名}", "company": "【会社名】"}
    tester.invalid("{氏名}様\n\n【会社名】様のご活躍を拝見し、ご連絡いたしました。営業の佐藤と申します。", lang="ja", platform="email", recipient=ja_slots)


def test_a_mutual_contact_behind_an_honorific_is_a_person_not_customers_in_general():
    tester.valid("佐藤様\n\nはじめまして。翻訳者の田中と申します。小林さんからお名前を伺い、ご連絡いたしました。", lang="ja", platform="email")
    tester.invalid("佐藤様\n\nはじめまして。翻訳会社の田中と申します。弊社は多くのお客様から高い評価をいただいております。", lang="ja", platform="email")
    tester.invalid("佐藤様\n\nはじめまして。人材紹介の田中と申します。現在、多数の優良企業様から求人をお預かりしております。", lang="ja", platform="email")
    tester.valid("Hi Sam, I'm Ana, a translator. Dr. Mensah suggested I reach out.", lang="en", platform="email")


def test_what_the_writer_has_to_introduce_is_no_mutual_contact():
    # 「…のご紹介」 is a go-between's only after a person
    tester.invalid("件名：【ご案内】非公開求人のご紹介\n\n岡田様\n\n人材会社の森と申します。ぜひお話しできれば幸いです。",
                   lang="ja", platform="email")
    tester.invalid("小山さん、はじめまして！人材エージェントの藤原です。いろんなお仕事のご紹介ができるので、気軽にお話ししましょう。",
                   lang="ja", platform="linkedin-message")
    tester.valid("岡田様\n\nはじめまして。翻訳者の森と申します。知人の紹介でご連絡いたしました。", lang="ja", platform="email")
    tester.valid("岡田様\n\nはじめまして。翻訳者の森と申します。山田様のご紹介でご連絡いたしました。", lang="ja", platform="email")
    tester.invalid("Hi Nao, I'm Fujiwara from a staffing agency. I can introduce you to lots of exciting roles, so let's chat!",
                   lang="en", platform="linkedin-message")
    tester.valid("Hi Nao, I'm Fujiwara, a translator. A friend of yours, Ken Mori, suggested I reach out.",
                 lang="en", platform="linkedin-message")


def test_an_ask_of_their_company_is_no_news_of_it():
    farm = {"name": "Karl Schulz", "company": "Schulz Landtechnik"}
    tester.invalid("Dear Mr. Schulz,\n\nMy name is Anja Weber and I run a small organic farm near Uelzen. I am writing to ask whether "
                   "Schulz Landtechnik would be willing to lend or donate a strip-till cultivator for the spring season.",
                   lang="en", platform="email", recipient=farm)
    tester.valid("Dear Mr. Schulz,\n\nMy name is Anja Weber and I run a small organic farm near Uelzen. I noticed Schulz Landtechnik "
                 "just opened a repair workshop in Uelzen for older strip-till machines.", lang="en", platform="email", recipient=farm)
    ja = {"name": "大成 太郎", "company": "大成設計"}
    tester.invalid("大成様\n\nはじめまして。建築学科の学生の佐藤と申します。大成設計様の選考で、どなたか人事の方にご紹介いただくことはできないでしょうか。",
                   lang="ja", platform="linkedin", recipient=ja)


def test_a_capital_after_an_emoji_opens_a_clause_and_names_nothing():
    tester.invalid("I just launched my first ebook on budgeting for students 📚 Could you share it with your followers?", lang="en", platform="x")
    tester.valid("Loved your Dolomites thread 🏔️ The Sella Ronda tips saved our trip.", lang="en", platform="x")


def test_a_cta_for_the_writers_own_demo_and_a_shared_slot_name_nothing_of_theirs():
    shop = {"name": "Harriet Lowe", "company": "Lowe's Books, Ludlow", "recent_post": "Our poetry shelf now outsells thrillers. Who knew?"}
    tester.invalid("Hi Harriet,\n\nI came across Lowe's Books and love what you're doing! I'm Callum from ShelfSense, the stock app "
                   "for independent bookshops. Book your demo today so you don't miss out!", lang="en", platform="linkedin-inmail", recipient=shop)
    tester.invalid("Hi {first_name}, I see we both work in [Industry]. I'm Raj, a fintech consultant, and always keen to connect.",
                   lang="en", platform="linkedin")
    # Their own work, seen, still counts.
    tester.valid("Hi Harriet, I'm Callum from ShelfSense. I saw your post about the poetry shelf outselling thrillers.",
                 lang="en", platform="linkedin-inmail", recipient=shop)


def test_a_thing_pointed_at_as_one_the_reader_knows_is_theirs():
    # At the start of a first message, "that"/"those"/あの point at something the reader showed.
    tester.valid("that lambing cam is brilliant. we run 400 Texels in Powys and lose sleep every March.", lang="en", platform="x")
    tester.valid("@lina_frames those Lisbon morning shots have the most beautiful light. Was that Portra 400?", lang="en", platform="x")
    tester.valid("that palm-wine sample is beautiful bro. I play guitar in Cape Coast.", lang="en", platform="x")
    tester.valid("はじめまして、パン屋の森です。あの天然酵母の食パン、いつか食べてみたいです。", lang="ja", platform="facebook")
    # A pronoun, a conjunction, a filler or the writer's own thing points at nothing of theirs.
    tester.invalid("Hi Ana, I'm Raj, a fintech consultant. That makes sense for growing teams. Happy to connect.", lang="en", platform="linkedin")
    tester.invalid("Hi Ana, I'm Raj. I think that networking matters, so I'd love to connect.", lang="en", platform="linkedin")
    tester.invalid("that planner app I made for nurses is free this month, give it a try.", lang="en", platform="x")
    tester.invalid("はじめまして、営業の佐藤です。あの〜、弊社のサービスのご案内です。ぜひご検討ください。", lang="ja", platform="facebook")
    # Further into a message, "that" points back at what the writer just said.
    tester.invalid("Hi Ana, I'm Raj, a fintech consultant in Pune. I spent ten years at a bank. I moved to a startup. "
                   "That startup work is my passion now. Happy to connect.", lang="en", platform="linkedin")


def test_a_sentence_read_at_least_as_much_as_stock_praise_is_praise_not_their_work():
    tester.invalid("Hi Owen,\n\nI'm Lauren, a tech recruiter at Northbridge Talent. I've been really impressed by the great work coming "
                   "out of Cardiff Digital, and your background looks like a strong match for a Senior Backend role I'm working on "
                   "with a fast-growing fintech client.\n\nWould you be open to a quick chat this week?", lang="en", platform="linkedin-inmail")
    tester.invalid("Dear Ms. Rodriguez,\n\nI'm a consultant at Bain. I came across your profile through the alumni directory and was "
                   "impressed by your progression to Partner at McKinsey. Would you be available for a brief call?", lang="en", platform="email")
    # Praise of a work of theirs named with words of substance stays a reference.
    tester.valid("Hey Owen, I'm an environment art student at Sheridan. Your flooded cathedral breakdown was amazing.",
                 lang="en", platform="linkedin")
    tester.invalid("丸山様\n\nはじめてご連絡いたします。株式会社ファブリンク代表の田口と申します。サクラ・グロース・パートナーズ様の素晴らしい"
                   "投資実績を拝見し、ぜひ弊社の成長にもお力添えいただきたく、ご連絡いたしました。", lang="ja", platform="email")


def test_their_title_beside_a_job_on_offer_names_the_job_not_their_work():
    en = {"name": "Anya Novak", "company": "Bristol Energy Tech", "title": "Platform Engineer"}
    tester.invalid("Hi Anya,\n\nI'm Lauren, a tech recruiter at Northbridge Talent. Your background looks like a strong match for a "
                   "Platform Engineer role I'm working on with a fintech client. Would you be open to a quick chat?",
                   lang="en", platform="linkedin-inmail", recipient=en)
    tester.valid("Hi Anya,\n\nI'm Lauren, a tech recruiter at Northbridge Talent. Your background as a Platform Engineer on grid "
                 "telemetry caught my eye. Would you be open to a quick chat?", lang="en", platform="linkedin-inmail", recipient=en)
    ja = {"name": "田中 健", "company": "ノヴァシステムズ", "title": "バックエンドエンジニア"}
    tester.invalid("田中様\n\nはじめまして。人材紹介の佐藤と申します。バックエンドエンジニアの求人をお預かりしており、ご経験がぴったりだと思い"
                   "ご連絡しました。", lang="ja", platform="linkedin-inmail", recipient=ja)
    tester.valid("田中様\n\nはじめまして。人材紹介の佐藤と申します。バックエンドエンジニアとして決済基盤を作られてきたご経験に惹かれ、"
                 "ご連絡しました。", lang="ja", platform="linkedin-inmail", recipient=ja)


def test_a_work_noun_in_the_writers_own_state_is_not_a_work_seen_in_the_next_clause():
    tester.invalid("フォレストリンク 人事部 ご担当者様\n\nはじめまして。東都大学経済学部4年の高木と申します。現在就職活動中で、貴社の企業理念に深く"
                   "共感いたしました。30分ほどお時間をいただけましたら幸いです。", lang="ja", platform="email")
    tester.valid("森さん、香川で藍染めをしている森と申します。すくも作りの投稿は、いつも拝見しています。", lang="ja", platform="facebook")


def test_a_sentence_read_at_least_as_much_as_pressure_is_a_pitch_not_their_work():
    tester.invalid("Hi Helen,\n\nI'm Will from ChairFill, an online booking tool for dental practices. Our spring rate ends on Friday "
                   "and only a few onboarding slots remain, so book your demo today!", lang="en", platform="email")
    tester.invalid("はじめまして。山形市でクラフトビールの醸造所を立ち上げようとしている渡部です。いまクラウドファンディングに挑戦中で、"
                   "残り十日で目標の六割です。記事にしていただくか、せめてシェアだけでもしてもらえないでしょうか。", lang="ja", platform="facebook")


def test_a_mere_kisha_and_its_business_need_nouns_of_substance():
    base = "人事部 ご担当者様\n\nはじめまして。東都大学4年の森と申します。"
    tester.invalid(base + "貴社の事業に強い関心を持っており、実際に働いている方のお話を伺いたくご連絡いたしました。", lang="ja", platform="email")
    tester.valid(base + "貴社の介護記録の音声入力サービスを祖母の施設で使っており、お話を伺いたくご連絡いたしました。", lang="ja", platform="email")
    # English keeps its topic words: "your" with words of substance still names something of theirs
    tester.valid("Hi Anna, I'm Ben, a nurse in Leeds. Your night-shift handover checklist changed how our ward works.",
                 lang="en", platform="linkedin")


def test_a_service_notice_that_continues_at_this_address_is_no_first_contact():
    # 引き続き本メールアドレスにて承っております: work already under way (a published service notice)
    notice = ("件名: 運用開始のご連絡\n\n○○様\n\nいつもお世話になっております。運用チームの○○です。\n\n"
              "ご入金を確認いたしましたので、本日から広告を開始させて頂いた事をご報告いたします。\n"
              "※実際に配信が開始されお客様が広告をご覧頂けるまでには数時間レベルでタイムラグがございます。\n\n"
              "今後の修正依頼やご相談などにつきましては、引き続き本メールアドレスにて承っております。\n")
    tester.valid(notice, lang="ja", platform="email")


def test_what_the_writer_made_said_without_a_subject_is_the_writers_not_theirs():
    # A Japanese declarative with no subject said and no honorific has the writer as its subject.
    rec = {"name": "@tabi_no_shiori", "interests": ["ひとり旅", "温泉"]}
    tester.invalid("はじめまして!個人開発で旅行の持ち物チェックリストアプリを作りました。よかったら使ってみてください!",
                   lang="ja", platform="x", recipient=rec)
    # Their keynote named beside what the writer then started, or their work read, is about them.
    tester.valid("はじめまして!若手育成についての基調講演をきっかけに、社内でメンター制度を始めました。", lang="ja", platform="x")
    tester.valid("はじめまして!旅の持ち物チェックリストを作られたんですね。温泉の回、何度も読み返しました。", lang="ja", platform="x", recipient=rec)


def test_a_title_the_writer_released_or_is_recruiting_for_is_the_writers():
    # 「…「ヨヤクル」の新プランをリリースいたしました」: the writer's product, quoted; 治療院様向け is a kind of
    # customer, not the reader; 「「SNS運用講座」の特別枠を募集しています」 is the writer's own offer.
    tester.invalid("はじめまして。株式会社メディカルリンクの高橋です。このたび、治療院様向けの予約管理システム「ヨヤクル」の"
                   "新プランをリリースいたしました。15分ほどご説明のお時間をいただけないでしょうか。", lang="ja", platform="email")
    tester.invalid("はじめまして！今、副業で月30万円を目指す「SNS運用講座」の特別枠を募集しています！", lang="ja", platform="x")
    # a title of theirs quoted, or a title whose own words hold a verb of making, is still theirs
    tester.valid("はじめまして。将棋教室の講師です。詰将棋アプリの「ヒントを3段階で出す」機能、生徒たちにとても好評です。",
                 lang="ja", platform="x")
    tester.valid("はじめまして。御社の「ヨヤクル」の新プランを拝見しました。", lang="ja", platform="email")


def test_an_introduction_asked_for_is_no_mutual_contact():
    # 「ご紹介いただける企業様がいらっしゃいましたら」: an introduction they could make is an ask, not someone both know
    tester.invalid("斉藤様\n\n突然のご連絡失礼いたします。社労士事務所の営業を担当しております田村です。"
                   "ぜひ斉藤様のお取引先をご紹介いただきたく、ご連絡いたしました。"
                   "ご紹介いただける企業様がいらっしゃいましたら、ご一報いただけますと幸いです。", lang="ja", platform="email")
    tester.invalid("Hi Sam, I'm Lee, a data analyst in Leeds. Could you refer me to someone on your data team? Thanks!",
                   lang="en", platform="linkedin")
    # one who sent the writer is a mutual contact
    tester.valid("斉藤様\n\n社労士事務所の田村です。山本様からご紹介いただき、ご連絡いたしました。", lang="ja", platform="email")
    tester.valid("Hi Sam, I'm Lee, a data analyst in Leeds. Dr. Mensah suggested I reach out to you.", lang="en", platform="linkedin")


def test_a_pitch_under_pressure_is_no_thing_of_theirs():
    # "book your demo and claim your discount before it's gone": the writer's offer, in the reader's "your"
    harold = {"name": "Harold Finch", "company": "Meridian Insurance", "title": "Claims Director"}
    tester.invalid("Dear Harold,\n\nI'm Tess from Rostra, scheduling software for insurers. This offer expires at midnight. "
                   "ACT NOW, click the link below, book your demo and claim your discount before it's gone!\n\nTess",
                   lang="en", platform="email", recipient=harold)
    # their own work named beside the same pressure still counts
    tester.valid("Dear Harold,\n\nI'm Tess from Rostra. Your claims triage write-up in Insurance Times was sharp. "
                 "This offer expires at midnight, so claim your discount before it's gone!\n\nTess",
                 lang="en", platform="email", recipient=harold)
    # Japanese: a countdown and a first-come offer to someone described only as nice
    tester.invalid("はじめまして！素敵な方だなと思ってメッセージしました✨ 実は今、すごくいいお話があって…今夜23時までの限定募集なんです！"
                   "先着5名様だけなので、興味あったらすぐ返事ください！", lang="ja", platform="facebook", recipient={"name": "菅原 直美"})


def test_a_business_greeting_to_a_class_of_readers_is_a_mailing_not_a_relationship():
    # いつもお世話になっております opens every mailing; 皆様のビジネス takes the reader as one of a list
    tester.invalid("水野様\n\nいつも大変お世話になっております。\n\nこの度、弊社では皆様のビジネスをさらに加速させる新サービスの提供を"
                   "開始いたしました。詳細は下記URLよりご確認いただけます。\n\n今後ともよろしくお願い申し上げます。",
                   lang="ja", platform="email")
    # between two who work together it still is one
    tester.valid("水野様\n\nいつも大変お世話になっております。\n\n先日お送りした見積書の件、社内で確認が取れましたので、来週から"
                 "作業を開始いたします。\n\n今後ともよろしくお願い申し上げます。", lang="ja", platform="email")


def test_a_slot_in_the_greeting_does_not_hide_the_work_named_after_it():
    ruth = {"name": "Ruth Adebayo", "company": "Civic Charts", "title": "Data Visualisation Lead"}
    tester.valid("Hi {first_name}, I caught your csv,conf session on accessible colour scales and have been testing our "
                 "dashboards against it ever since. I design dashboards for county public health teams.",
                 lang="en", platform="linkedin", recipient=ruth)
    tester.valid("{name}様、PyConでのオフライン同期のご講演を拝見し、競合解決の設計がとても参考になりました。モバイル開発を担当している佐藤と申します。",
                 lang="ja", platform="linkedin")


def test_what_they_are_doing_now_with_their_organisation_named_is_about_them():
    # "you're running <the organisation in their title>": their doing, with its auxiliary
    grower = {"name": "Joanna Pryce", "title": "Coordinator, Lewes Growers Co-op", "interests": ["farmers markets"]}
    tester.valid("Hey Jo!! It's Becca from Mr Hale's chem class, long time! Just saw you're running the Lewes growers co-op "
                 "now. I started pressing cider last year and would love to hear how you got stallholders on board.",
                 lang="en", platform="facebook", recipient=grower)
    # a pitch that only supposes what they might be doing names nothing of theirs
    tester.invalid("Hi Jo, I run Orchard Ads, a marketing agency. Whether you're running a growers co-op or a farm shop, "
                   "we can bring you more customers. Free to talk this week?", lang="en", platform="facebook", recipient=grower)
    ja = {"name": "今井 純", "title": "コーディネーター、ルイス生産者組合", "interests": ["朝市"]}
    tester.valid("純さん久しぶり！高校の化学で一緒だったベッカです。ルイス生産者組合を運営されていると知りました。"
                 "去年からシードルを作っていて、出店者さんの集め方を聞けたら嬉しいです。", lang="ja", platform="facebook", recipient=ja)


ONO = {"name": "小野 正", "company": "小野会計事務所", "title": "所長"}
MOSS = {"name": "Diane Moss", "company": "Moss Family Law", "title": "Partner"}


def test_topic_words_of_a_pitch_are_not_a_thing_of_theirs():
    # The sentence the act model reads as the writer's offer, hardly as about their work: 経験, サービス
    # beside 小野様 are the pitch's words, and the slot where their work should be says so.
    pitch = ("小野様\n\nはじめまして。会計ソフトのクラウドブックスで営業をしております森と申します。\n"
             "小野様の{{専門分野}}でのご経験を拝見し、ぜひ弊社のサービスをご紹介させていただきたくご連絡いたしました。\n\n森 健太\n")
    tester.invalid(pitch, platform="email", recipient=ONO, count=1)
    # the same pitch with a work of theirs named is a reference, pitch or not
    tester.valid(pitch.replace("{{専門分野}}でのご経験", "インボイス対応の連載"), platform="email", recipient=ONO)
    tester.valid("Hi Diane,\n\nI'm Greg from Splitwise. Having read your guide to dividing pensions, I'd love to show "
                 "you how our app could save your team hours on each case.\n\nGreg\n", platform="email", recipient=MOSS)


SAKATA = {"name": "坂田 修", "company": "坂田食品", "title": "営業部長"}


def test_their_company_as_the_subjects_addressee_tells_nothing_of_it():
    pitch = ("件名：【締切間近】{subject} フードビジネス展2026 出展のご案内\n\n坂田食品 営業部長 坂田様\n\n"
             "突然のご連絡失礼いたします。フードビジネス展実行委員会の竹田と申します。\n\n"
             "今秋開催のフードビジネス展2026へのご出展をご案内いたします。出展枠は残りわずかです。\n\n竹田\n")
    tester.invalid(pitch.format(subject="坂田食品様"), platform="email", recipient=SAKATA, count=1)
    # the subject telling news of their company is a reference still
    tester.valid(pitch.format(subject="坂田食品さんの新しい冷凍餃子ライン拡張について"), platform="email", recipient=SAKATA)


def test_a_common_word_of_their_companys_name_does_not_name_it():
    roberto = {"name": "Roberto Santini", "company": "Santini Wines", "title": "Export Director"}
    pitch = ("Dear Roberto,\n\nI'm Kevin, founder of Vintage Bridge Imports. {news}\n\n"
             "We handle label approval and distributor relationships for you.\n\nKevin\n")
    # "wine" of "the US wine market" is no mention of Santini Wines
    tester.invalid(pitch.format(news="The US wine market is worth over $70 billion and growing every year."),
                   platform="email", recipient=roberto, count=1)
    # the company spelled out, the recipient's surname included, or a capitalised word of it, names it
    tester.valid(pitch.format(news="I tasted Santini Wines' new Etna rosso at ProWein and it sold out at our stand."),
                 platform="email", recipient=roberto)
    fuku = {"name": "中井 早苗", "company": "中華料理 福来軒", "title": "女将"}
    body = "中井様\n\nはじめまして。モバイルオーダーを提供しているスマートダイニングの斉藤と申します。\n\n{news}\n\n斉藤\n"
    # 料理 is a common word of 中華料理 福来軒; its proper noun 福来 names it
    tester.invalid(body.format(news="料理の注文を受ける時間は、お店の負担になりがちです。"), platform="email", recipient=fuku, count=1)
    tester.valid(body.format(news="名物の焼き餃子が人気の福来軒様のランチ行列を、先週の情報誌で拝見しました。"),
                 platform="email", recipient=fuku)


def test_what_the_writer_learned_of_them_from_a_source_is_a_reference():
    text = ("荒木様\n\nはじめまして。中古印刷機の買取をしている戸田です。"
            "御社が来春4色機を入れ替えられると{source}知り、ご連絡しました。\n\n戸田\n")
    tester.valid(text.format(source="業界紙で"), platform="email")
    tester.valid(text.format(source=""), platform="email")
    # what the writer learned of themselves is no reference to the reader
    tester.invalid("荒木様\n\nはじめまして。中古印刷機の買取をしている戸田です。私が独立したと業界紙で知った方も多いと思います。\n\n戸田\n",
                   platform="email", count=1)


def test_a_quoted_title_left_as_a_slot_names_no_work_of_theirs():
    oda = {"name": "小田 涼子", "title": "フードライター"}
    text = "小田様\n\n観光協会で広報を担当している三島です。小田様の記事『{title}』を拝読し、ご連絡いたしました。\n\n三島\n"
    tester.invalid(text.format(title="[記事タイトル]"), platform="email", recipient=oda, count=1)
    tester.valid(text.format(title="米どころを歩く 第8回：魚沼"), platform="email", recipient=oda)
    tester.invalid('Hi Ana,\n\nI\'m Leo, a tour planner. Your article "{post_title}" made me write.\n\nLeo\n', platform="email", count=1)


def test_their_title_alone_in_stock_praise_or_as_a_job_sought_is_not_about_them(monkeypatch):
    yama = {"name": "山口 智也", "company": "株式会社ミナトシステム", "title": "バックエンドエンジニア"}
    text = "山口様、はじめまして。人材紹介の小林です。{praise}ご紹介したい求人がございます。"
    tester.invalid(text.format(praise="ご経歴を拝見し、バックエンドエンジニアとして大変魅力的なご経験をお持ちだと感じました。"),
                   platform="linkedin", recipient=yama, count=1)
    # with their company beside it, it is their role at their company, in a draft the draft model does not lean
    # to reading as a form letter (from references.WEAK_REFERENCE_SURE, 0.4, a company merged in counts for nothing)
    import outreach_lint.analysis.references as refs

    monkeypatch.setattr(refs, "draft_judgements", lambda d: {"form_letter": 0.3, "one_sided_ask": 0.0})
    tester.valid(text.format(praise="ミナトシステムでバックエンドエンジニアとしてご活躍されているご経歴を拝見しました。"),
                 platform="linkedin", recipient=yama)
    nakamura = {"name": "中村 優子", "company": "株式会社アオゾラ物流", "title": "営業部長"}
    tester.invalid("中村様、はじめまして。転職活動中の田中です。御社の営業職にとても興味があります。", platform="linkedin",
                   recipient=nakamura, count=1)


def test_their_title_in_the_writers_ask_is_the_asks_words():
    sarah = {"name": "Sarah Whitfield", "company": "McKinsey & Company", "title": "Partner, Healthcare Practice"}
    tester.invalid("Dear Dr Whitfield,\n\nI'm Oliver, founder of a triage start-up in Leeds. Could you introduce us to the "
                   "partners in your healthcare practice who advise hospital trusts?\n\nOliver\n",
                   platform="email", recipient=sarah, count=1)
    # said of them, the same words are their role
    tester.valid("Dear Dr Whitfield,\n\nI'm Oliver, founder of a triage start-up in Leeds. Your healthcare practice's "
                 "report on discharge delays in hospital trusts is the best I have read.\n\nOliver\n",
                 platform="email", recipient=sarah)
    kudo = {"name": "工藤 真理", "company": "北星物流株式会社", "title": "物流企画部 部長"}
    tester.invalid("工藤様\n\n倉庫管理システムを販売している森です。物流企画部のご担当者様をご紹介いただけないでしょうか。\n\n森\n",
                   platform="email", recipient=kudo, count=1)


def test_the_writers_own_introduction_is_no_work_of_theirs():
    rec = {"name": "北村 浩二", "company": "株式会社北辰工業", "title": "人事部長", "interests": ["技術者採用", "海外工場"],
           "recent_post": "タイ工場の立ち上げで学んだ、現地リーダーの育て方"}
    text = ("株式会社北辰工業 人事部長 北村様\n留学生のインターンシップを支援しているNPO法人グローカル・ブリッジの、劉と申します。\n"
            "{middle}\nぜひ一度、インターンの受け入れについてご検討いただけますと幸いです。\nNPO法人グローカル・ブリッジ 劉 美玲\n")
    tester.invalid(text.format(middle="貴社の国際的なご活躍に、かねてより感銘を受けております。"), lang="ja",
                   platform="linkedin-message", recipient=rec, count=1)
    tester.valid(text.format(middle="タイ工場の立ち上げで現地リーダーを育てられたご投稿を拝読しました。"), lang="ja",
                 platform="linkedin-message", recipient=rec)


def test_a_verb_of_their_post_met_as_a_noun_counts():
    # 「まとめ」: the 連用形 of まとめる in their post, a noun in the reply; the same word
    ryo = {"name": "麺喰いライター・リョウ", "title": "フードライター", "recent_post": "今月の新店まとめ、来週公開します"}
    tester.valid("新店まとめ楽しみにしてます！先月、高円寺に煮干しラーメンの店を開いた者です。", platform="x", recipient=ryo)
    tester.invalid("はじめまして！先月、高円寺に煮干しラーメンの店を開いた者です。よろしくお願いします。", platform="x", recipient=ryo)
    # and in English, inflections meet as they did: "rounding up" / "round-up"
    ryo_en = {"name": "Ryo", "title": "Food writer", "recent_post": "Rounding up this month's new ramen shops next week"}
    tester.valid("Looking forward to your new ramen shops round-up! I opened a niboshi ramen place in Koenji last month.",
                 platform="x", recipient=ryo_en)


def test_one_word_of_their_post_beside_a_word_for_a_post_names_it():
    jess = {"name": "Jess Moreau", "title": "Card game designer",
            "recent_post": "Hot take: rarity should follow the power curve, not the art budget"}
    tester.valid("this rarity thread is 🔥 we did the exact opposite on our last set and spent three patches undoing it.",
                 platform="x", recipient=jess)
    # the same word without the post named is the writer's own topic, but in a reply under it on X
    tester.invalid("we make card games too and rarity is always hard for us. follow back?", platform="facebook", recipient=jess)
    kamogawa = {"name": "鴨川", "title": "音響監督", "recent_post": "新作アニメのオーディション、本日無事に終わりました"}
    tester.valid("オーディションの投稿見ました！声優の養成所に通ってる者です。", platform="x", recipient=kamogawa)
    tester.invalid("はじめまして！声優の養成所に通ってる者です。オーディション、いつか受けたいです。", platform="facebook", recipient=kamogawa)


def test_a_title_quoted_as_theirs_names_their_work_inside_a_pitch():
    ja = ("丘の上ワイナリー\n代表 大久保 様\n\nはじめまして。農業資材メーカー、グリーンシールドの杉本と申します。\n\n{ref}"
          "弊社の防鳥ネットが、今月末までのご注文に限り20％オフ、しかも先着5園様限定です！今すぐご注文ください。\n\n杉本\n")
    tester.valid(ja.format(ref="御社の「丘の上 甲州 シュール・リー」を先日いただきました。\n\n"), lang="ja", platform="email")
    tester.invalid(ja.format(ref="弊社の「バードガード」を先日発売しました。\n\n"), lang="ja", platform="email")
    en = ("Dear Ms Okafor,\n\nI'm Sam from GreenShield Netting. {ref}Our bird nets are 20% off for the first five vineyards "
          "this month only, so order now!\n\nSam\n")
    tester.valid(en.format(ref='I opened a bottle of your "Hilltop Koshu Sur Lie" last week. '), lang="en", platform="email")
    tester.invalid(en.format(ref='We have just launched our "BirdGuard Pro" range. '), lang="en", platform="email")


def test_their_employer_named_only_in_praise_is_flattery_but_beside_their_title_it_is_their_role():
    dana = {"name": "Dana Kowalczyk", "company": "Harbor Logistics", "title": "Warehouse Operations Manager",
            "interests": ["cold-chain storage"]}
    text = ("Hi Dana,\n\nI noticed your impressive experience {where} and think you'd be a great fit for a Senior Operations "
            "role with my client, a 3PL in the Midlands. Are you open to a quick chat?\n\nGavin\nKeystone Search")
    tester.invalid(text.format(where="at Harbor Logistics"), lang="en", platform="linkedin-inmail", recipient=dana)
    tester.valid(text.format(where="running the Felixstowe cold-chain storage at Harbor Logistics"), lang="en",
                 platform="linkedin-inmail", recipient=dana)
    azuma = {"name": "東 雅人", "company": "北浜銀行", "title": "法人営業部"}
    ja = "東様\n\nはじめまして。南山大学経済学部3年の田所と申します。\n現在就職活動をしており、{what}\nよろしくお願いいたします。\n\n田所"
    tester.invalid(ja.format(what="北浜銀行様の事業に大変魅力を感じております。"), lang="ja", platform="email", recipient=azuma)


def test_a_word_of_their_company_name_in_lower_case_is_no_mention_of_it():
    marta = {"name": "Marta Kowalczyk", "company": "Narrative Pod Studios", "title": "Head of Audio",
             "interests": ["binaural sound", "audio drama"]}
    text = ("Hi Marta, I'm a podcast sound engineer with 8 years mixing {x} and would be glad to help "
            "if you ever need freelance support. Let's connect!")
    tester.invalid(text.format(x="narrative series"), lang="en", platform="linkedin", recipient=marta)
    tester.valid("Hi Marta, I'm a podcast sound engineer. Narrative Pod's Saltmarsh finale was superb, and I'd be glad to help "
                 "if you ever need freelance support.", lang="en", platform="linkedin", recipient=marta)


def test_the_reader_greeted_by_name_is_no_mutual_contact():
    # 「岸本様から多くを学ばせていただきたく」: learning from the reader; 「山本様からご紹介いただき」: someone both know
    text = "岸本様\n\nはじめまして。素晴らしいご経歴を拝見し、ご連絡いたしました。{x}から多くを学ばせていただきたく存じます。"
    tester.invalid(text.format(x="岸本様"), lang="ja", platform="linkedin")
    tester.valid("株式会社ソラリス 岸本様\n\nはじめまして。経営企画の佐藤と申します。山本様からご紹介いただき、ご連絡いたしました。",
                 lang="ja", platform="linkedin")


def test_the_writers_own_university_and_firm_are_no_names_of_theirs():
    # "I am a recent Physiotherapy graduate from the University of Salford": the writer's own; "your clinic" beside it names nothing
    text = ("Dear Sir/Madam,\n\nI am a recent Physiotherapy graduate from the University of Salford, and I am writing to enquire "
            "about any job opportunities at your clinic. I am passionate about sports rehabilitation and eager to learn.\n\n"
            "Kind regards,\nAisha Khan")
    tester.invalid(text, lang="en", platform="email")
    # their event, named where the writer saw it, is theirs
    tester.valid("Dear Dr Ellery,\n\nI am a recent physiotherapy graduate. Your talk at the Salford Running Clinic on gait "
                 "retraining changed how I assess runners.\n\nKind regards,\nAisha Khan", lang="en", platform="email")


def test_a_name_in_a_phrase_the_writer_owns_is_the_writers():
    chef = {"name": "Rosalind Tembo", "company": "Ember & Salt", "title": "Head Chef", "interests": ["fermentation", "fire cooking"]}
    tester.invalid("Hi Rosalind,\n\nAs a leader in the culinary world, you know that great cheese makes great dishes. That's why "
                   "we're inviting a select few chefs to our exclusive Cheese Masterclass in London.\n\nRegister today!\n\n"
                   "The Fromagerie Academy team", platform="email", recipient=chef)
    tester.valid("Hi Rosalind,\n\nAs a leader in the culinary world, you know that great cheese makes great dishes. I loved your "
                 "Cheese Masterclass in London last month.\n\nThe Fromagerie Academy team", platform="email", recipient=chef)
    yoshimura = {"name": "吉村 千佳", "title": "料理研究家", "interests": ["発酵食", "麹料理"]}
    tester.invalid("吉村様\n\nはじめまして。月浦酒造の大橋と申します。料理の世界で活躍される皆様に、弊社の「月浦チーズ講座」をご案内して"
                   "おります。ぜひお申し込みください。", platform="email", recipient=yoshimura)
    tester.valid("吉村様\n\nはじめまして。月浦酒造の大橋と申します。吉村様の「月浦チーズ講座」に先月参加しました。", platform="email",
                 recipient=yoshimura)


def test_a_first_sentence_that_points_at_their_post_answers_it():
    fan = {"name": "Sam Reed", "title": "Rail fan", "recent_post": "What's the yellow machine glowing on the tracks at midnight?"}
    tester.valid("Those are tampers, they pack the ballast so the rails sit true. I maintain track for a living.",
                 platform="x", recipient=fan)
    # "that" pointing forward at the writer's own purpose answers nothing
    tester.invalid("That's why I'm writing: I inspect bridges for a living. Want to connect?", platform="x", recipient=fan)
    tester.invalid("I inspect bridges for a living, mostly on night shifts. Want to connect?", platform="x", recipient=fan)
    suki = {"name": "夜行列車すきお", "title": "鉄道ファン", "recent_post": "深夜の線路で光ってる黄色い車両、あれ何？"}
    tester.valid("あれはマルタイですね。線路のゆがみを直す機械です。保線の仕事してます。", platform="x", recipient=suki)
    tester.invalid("保線の仕事してます。夜中の作業が多いです。", platform="x", recipient=suki)


def test_on_x_a_reply_with_one_word_of_their_post_answers_it():
    setter = {"name": "Ishimaru", "title": "建設DXの研究者", "recent_post": "ドローン点群、植生が濃い法面だと地表が拾えない問題、みんなどうしてる？"}
    text = "測量屋です。うちは葉が落ちた冬に取り直して、夏のデータと差分で補ってます。地表点の密度は段違いでした。"
    tester.valid(text, platform="x", recipient=setter)
    # one word of a long post is not enough in a message that is no reply under it
    tester.invalid(text, platform="linkedin", recipient=setter)
    carmen = {"name": "Carmen Ruiz", "recent_post": "Bed bug call-outs in our city doubled since September. Anyone seeing this?"}
    tester.valid("Heat treatments worked for us in Tucson, mostly in short-term rentals; bugs die at 50°C.", platform="x", recipient=carmen)
    tester.invalid("Heat treatments worked for us in Tucson, mostly in short-term rentals; bugs die at 50°C.",
                   platform="linkedin", recipient=carmen)


def test_a_reply_that_opens_by_agreeing_or_pointing_answers_their_post():
    carmen = {"name": "Carmen Ruiz", "recent_post": "Call-outs in our city doubled since September. Anyone else seeing it?"}
    tester.valid("Same here in Tucson, up about 80% since fall. Entomologist by training, happy to swap notes.",
                 platform="x", recipient=carmen)
    tester.valid("lol been there. Invalidate the live ones and store only a hash; happy to look over the fix.", platform="x",
                 recipient=carmen)
    tester.valid("lol this explains my entire summer 🫠 the brewhouse hit 29°C. Any rescuing it?", platform="x", recipient=carmen)
    tester.invalid("This is Jade from Mother SCOBY Co. Want to try our starter kits?", platform="x", recipient=carmen)
    tester.invalid("Entomologist by training, happy to swap notes on heat treatments.", platform="x", recipient=carmen)
    kin = {"name": "Kin", "recent_post": "金木犀の香水、どれも最初だけ強くて30分で消える問題"}
    tester.valid("@osmanthus_diary わかります笑 調香の仕事をしてますが、ムスク系を少しだけ重ねると残り香が伸びますよ", platform="x", recipient=kin)
    tester.invalid("@osmanthus_diary 調香の仕事をしてます。新作のムスク、よかったら見てください", platform="x", recipient=kin)


def test_a_reply_that_assents_or_speaks_of_the_same_thing_answers_their_post():
    wren = {"name": "Wren Ali", "recent_post": "Customers keep asking me to tune their pianos sharper so they sound happier."}
    tester.valid("lol I got the exact same request last month, they wanted it brighter. I voiced the hammers a touch instead.",
                 platform="x", recipient=wren)
    tester.valid("100% this 🍷 the Alvarinho from Monção ages beautifully, had a 2016 last week.", platform="x", recipient=wren)
    tester.valid("agree on the hammers, though I'd argue voicing is only half of it. still lovely.", platform="x", recipient=wren)
    tester.valid("Yes! I voice the hammers instead and they come back thrilled.", platform="x", recipient=wren)
    # "the same" with something in the sentence to be the same as, or the ground both stand on, is no reply
    tester.invalid("I live in the same town as you. Want to try our new app for musicians?", platform="x", recipient=wren)
    tester.invalid("Feels like our paths keep crossing in the same circles, so I thought I'd make it official.",
                   platform="x", recipient=wren)
    tester.invalid("Yes, I'm a musician too. Want to try our new app for musicians?", platform="x", recipient=wren)
    kin = {"name": "Kin", "recent_post": "金木犀の香水、どれも最初だけ強くて30分で消える問題"}
    tester.valid("うちの店でも全く同じことがありました。ムスク系を少しだけ重ねると残り香が伸びますよ", platform="x", recipient=kin)
    tester.invalid("うちの店でも同じ石けんを扱っています。新作の石けん、よかったら見てください", platform="x", recipient=kin)


def test_their_interest_in_the_words_of_the_writers_own_product_is_no_shared_interest():
    gareth = {"name": "Gareth Powys", "company": "Powys Court Reporting", "interests": ["realtime transcription", "sourdough"]}
    tester.invalid("Hi Gareth, I'm Dana from StenoSync. I think you might benefit from our realtime transcription platform. "
                   "Open to a quick call next week?", platform="email", recipient=gareth)
    tester.invalid("Hi! My first sourdough cookbook just came out. Could you post about it?", platform="x", recipient=gareth)
    tester.valid("Hi Gareth, I'm Dana from StenoSync. Your post on realtime transcription in Welsh courts was sharp; "
                 "I'd be glad to compare notes.", platform="email", recipient=gareth)
    tester.valid("Hi Gareth, Dana here, a court reporter in Bristol. Our shared love of sourdough aside, I'd value your take "
                 "on CAT software.", platform="email", recipient=gareth)
    rei = {"name": "中島 れい", "interests": ["手話演劇", "ろう文化"]}
    tester.invalid("中島様\nはじめまして。弊社の手話演劇ワークショップのご案内です。ぜひ一度ご参加ください。",
                   platform="email", recipient=rei)
    tester.valid("中島様\nはじめまして。春の手話演劇の公演、字幕との重ね方に感動しました。手話通訳をしている森と申します。",
                 platform="email", recipient=rei)


def test_a_subject_line_offering_something_for_your_team_names_only_whom_it_is_for():
    rhian = {"name": "Rhian Hughes", "company": "Hughes Family Dental", "interests": ["paediatric dentistry", "sedation"]}
    body = ("\n\nDear Dr. Hughes,\n\nMy name is Carla Benn and I'm territory manager at PearlLine Dental Supplies. "
            "I'd welcome 15 minutes to show you our new range.")
    tester.invalid("Subject: New ultrasonic scaler inserts for your hygiene team" + body, platform="email", recipient=rhian)
    tester.valid("Subject: Question about your sedation referral centre" + body, platform="email", recipient=rhian)
    tester.valid("Subject: Scaler inserts for your new sedation referral centre" + body, platform="email", recipient=rhian)
    rie = {"name": "ヒューズ 理恵", "company": "ヒューズ歯科", "interests": ["小児歯科", "鎮静法"]}
    tester.invalid("件名：貴院の衛生士チーム向け 新型スケーラーチップのご案内\n\nヒューズ様\n\nはじめまして。パールライン歯科商事の"
                   "ベンと申します。15分ほどご説明のお時間をいただけますと幸いです。", platform="email", recipient=rie)


def test_news_of_theirs_the_writer_saw_or_heard_is_a_reference_in_both_languages():
    sunita = {"name": "Sunita Rao", "company": "Rao Dental Group", "title": "Owner", "interests": ["practice management"]}
    pitch = " I'm a CPA who works only with dental practices. Happy to share how we plan tax for multi-site groups."
    tester.valid("Hi Sunita, saw you just opened your third clinic!" + pitch, platform="linkedin", recipient=sunita)
    tester.valid("Hi Sunita, I heard Rao Dental Group is expanding into Leicester." + pitch, platform="linkedin", recipient=sunita)
    tester.valid("Hi Sunita, I noticed Rao Dental Group now runs six clinics." + pitch, platform="linkedin", recipient=sunita)
    # what they are, or stock praise of their growth, is no news of theirs
    tester.invalid("Hi Sunita, I noticed you're based in Leeds." + pitch, platform="linkedin", recipient=sunita)
    tester.invalid("Hi Sunita, I noticed Rao Dental Group is doing great things." + pitch, platform="linkedin", recipient=sunita)
    rao = {"name": "ラオ スニタ", "company": "ラオ歯科グループ", "title": "院長", "interests": ["医院経営"]}
    tester.valid("ラオ様\nはじめまして。歯科医院専門の税理士、森と申します。3院目を開業されたと伺いました。", platform="linkedin", recipient=rao)
    tester.invalid("ラオ様\nはじめまして。歯科医院専門の税理士、森と申します。ご活躍を拝見しました。", platform="linkedin", recipient=rao)


def test_their_team_named_beside_their_company_shows_the_writer_looked():
    lena = {"name": "Lena Berg", "company": "Nordbank", "title": "Payments Engineer"}
    hi = "Hi Lena, I'm a data engineer in Oslo. "
    ask = " Can you refer me for the Data Engineer opening?"
    tester.valid(hi + "Saw you're on the fraud detection team at Nordbank." + ask, platform="linkedin", recipient=lena)
    tester.valid(hi + "I saw you lead the BI team at Nordbank; could you refer me for the analyst opening?",
                 platform="linkedin", recipient=lena)
    # their company alone, or the team a job-seeker asks to be put before, names nothing of theirs
    tester.invalid(hi + "Saw you're at Nordbank." + ask, platform="linkedin", recipient=lena)
    tester.invalid(hi + "Could you refer me to your hiring team at Nordbank?", platform="linkedin", recipient=lena)
    berg = {"name": "ベルグ レナ", "company": "ノルド銀行", "title": "決済エンジニア"}
    hi_ja = "ベルグ様\nはじめまして。オスロでデータエンジニアをしている森です。"
    tester.valid(hi_ja + "ノルド銀行の不正検知チームにいらっしゃると拝見しました。データエンジニアの求人にご推薦いただけないでしょうか。",
                 platform="linkedin", recipient=berg)
    tester.invalid(hi_ja + "ノルド銀行の採用チームにご紹介いただけないでしょうか。", platform="linkedin", recipient=berg)


def test_the_writers_visit_to_their_company_is_news_of_it_not_the_writers_introduction():
    giulia = {"name": "Giulia Conti", "company": "Osteria Verde", "title": "Owner & Sommelier"}
    hi = "Hi Giulia, I import small-grower wines from Sicily and Campania. "
    tester.valid(hi + "I had dinner at Osteria Verde last month and the grilled octopus would sing with an Etna Bianco. "
                 "Happy to drop off a few samples whenever suits.", platform="linkedin", recipient=giulia)
    tester.valid(hi + "We ate at The Copper Pan on Friday and the lamb shoulder would suit an Aglianico.", platform="linkedin",
                 recipient={"name": "Ben Harlow", "company": "The Copper Pan"})
    tester.invalid(hi + "I love what Osteria Verde is doing. Happy to drop off a few samples whenever suits.",
                   platform="linkedin", recipient=giulia)
    conti = {"name": "コンティ ジュリア", "company": "オステリア・ヴェルデ", "title": "オーナー"}
    tester.valid("コンティ様\nはじめまして。シチリアのワインを輸入している森です。先月オステリア・ヴェルデで頂いたタコのグリルが、"
                 "エトナ・ビアンコにきっと合うと思いました。", platform="linkedin", recipient=conti)
    tester.invalid("コンティ様\nはじめまして。シチリアのワインを輸入している森です。ぜひサンプルをお持ちします。",
                   platform="linkedin", recipient=conti)


def test_a_title_quoted_in_the_writers_own_introduction_is_their_firm():
    koike = {"name": "小池 明", "company": "信州食品", "title": "バイヤー", "interests": ["発酵食品", "地域産品"]}
    tester.invalid("小池様\n\nはじめまして。長野県佐久市の味噌蔵「丸一醸造」で、家業を継いだ五代目の上原と申します。\n"
                   "弊社の味噌をぜひ一度ご紹介させてください。", platform="email", recipient=koike)
    tester.valid("小池様\n\nはじめまして。長野県佐久市の味噌蔵の上原と申します。小池様が手がけた「信州発酵フェア」を拝見しました。",
                 platform="email", recipient=koike)
    mia = {"name": "Mia Cole", "company": "Fresh Basket", "title": "Buyer", "interests": ["fermented foods"]}
    tester.invalid("Hi Mia,\n\nI'm Ken, fifth generation at the miso brewery \"Maruichi\" in Saku.\nI'd love to introduce our miso.",
                   platform="email", recipient=mia)


@pytest.mark.parametrize(
    "text",
    [
        # what a post of theirs did to the writer names it as seen: saved them, read again
        "情報系の大学3年の山口です🙇 コードレビューで落ち込まない方法の投稿、ガチで救われました笑 自分もゼミでボコボコにされてるんでｗ ぜひつながってください〜",
        "前田様 はじめまして、デブルーツの阿部と申します。若手育成の基調講演は、何度も読み返しているメモの一つです。",
        # news of theirs is a work named
        "林様 はじめまして、スタックレーン株式会社の清水と申します。資金調達のニュースを拝見しました。弊社の監視サービスは月額5,000円からです。",
        "岡田様 はじめまして、コンサルタントの橋本と申します。リスボンの路面電車の事例に感銘を受けました。",
    ],
)
def test_japanese_work_seen_by_what_it_did_or_named_as_news_or_a_case_is_a_reference(text):
    tester.valid(text, lang="ja", platform="linkedin")


def test_japanese_news_or_a_case_without_words_of_substance_still_fires():
    tester.invalid("林様 はじめまして、スタックレーン株式会社の清水と申します。ニュースを拝見しました。ぜひつながりたいです。",
                   lang="ja", platform="linkedin")


def test_the_writers_product_and_its_customers_are_no_work_of_theirs():
    # 「最適化された」 is a passive in the writer's firm's sentence, 「ご導入いただき」 what others did for the writer
    text = ("松永様\n\n株式会社エデュネクスト営業部の柏木でございます。\n\nさて、この度弊社では、生徒一人ひとりに最適化された演習を自動で"
            "出題するデジタル教材「ネクストドリル」をリリースいたしました。すでに全国300教室以上でご導入いただき、定期テストの平均点向上に"
            "役立てていただいております。\n\nご興味がございましたら、ぜひお気軽にお問い合わせくださいませ。")
    tester.invalid(text, lang="ja", platform="email")
    tester.valid(text.replace("さて、この度", "松永様のブログ「夏期講習の時間割を変えた話」を拝読しました。この度"), lang="ja", platform="email")
    text = ("Dear Mr Matsunaga,\n\nI'm Kashiwagi from EduNext's sales team. We have just released NextDrill, digital drills tailored to "
            "each student. It is already used in over 300 schools and has raised average test scores.\n\nIf you're interested, "
            "please get in touch.")
    tester.invalid(text, lang="en", platform="email")
    tester.valid(text.replace("We have just released", "I read your blog post on changing the summer timetable. We have just released"),
                 lang="en", platform="email")


def test_their_employer_as_the_one_a_pitch_is_for_and_praise_that_impressed_us_say_nothing_of_them():
    tanaka = {"name": "Dr. Yuki Tanaka", "company": "Wellcome Collection", "title": "Paper Conservator",
              "interests": ["Japanese paper repair", "wheat starch paste"]}
    text = ("Subject: Archival humidity loggers for the Wellcome\n\nDear Dr. Tanaka,\n\nYour work at the Wellcome Collection has "
            "long impressed our team.\n\nI'm the sales manager at Hygrosense in Leeds. Our new HS-40 logger records humidity every "
            "five minutes for three years on one battery.\n\nKind regards,\nMartin Hale")
    tester.invalid(text, lang="en", platform="email", recipient=tanaka)
    tester.valid(text.replace("Your work at the Wellcome Collection has long impressed our team.",
                              "Your post on tengujo tissue for hinge repairs has long impressed our team."),
                 lang="en", platform="email", recipient=tanaka)
    tanaka_ja = {"name": "田中 由紀", "company": "ウェルカム・コレクション", "title": "紙資料修復士", "interests": ["和紙の補修", "小麦でんぷん糊"]}
    text = ("件名：ウェルカム・コレクション様向け 保存環境ロガーのご案内\n\n田中様\n\nウェルカム・コレクション様でのご活躍に、弊社一同かねてより"
            "感銘を受けております。\n\nハイグロセンスの営業担当、ヘイルと申します。新しいロガーは五分ごとに湿度を記録し、電池一本で三年もちます。")
    tester.invalid(text, lang="ja", platform="email", recipient=tanaka_ja)


def test_someones_word_on_them_is_a_mutual_contact():
    okeke = {"name": "Jennifer Okeke", "company": "Stanbic IBTC", "title": "Senior Mortgage Underwriter"}
    tester.valid("Hi Jennifer, I'm a freelance sound engineer in Abuja applying for my first mortgage. My brother said you're the "
                 "underwriter who actually explains things. Do you count irregular gig income with 2 years of statements?",
                 lang="en", platform="email", recipient=okeke)
    tester.invalid("Hi Jennifer, I'm a freelance sound engineer in Abuja applying for my first mortgage. Do you count irregular "
                   "gig income with 2 years of statements?", lang="en", platform="email", recipient=okeke)
    okeke_ja = {"name": "岡家 ジェニファー", "company": "スタンビック銀行", "title": "住宅ローン審査担当"}
    tester.valid("岡家様\n\nアブジャで音響エンジニアをしているダポと申します。兄から、説明が一番わかりやすい審査担当の方だと伺いました。"
                 "不規則な収入でも2年分の通帳があれば審査の対象になりますか。", lang="ja", platform="email", recipient=okeke_ja)


def test_a_draft_that_chases_an_earlier_message_is_no_first_contact():
    # judged as the chaser it is (follow-up-chasing), not as a first message with nothing of theirs
    dana = {"name": "Dana Price", "company": "Loop Records", "interests": ["remixes"]}
    tester.valid("third time I'm DMing you about the stems. why haven't you replied??", platform="x", recipient=dana)
    tester.valid("田中様\n\nケストレルの中村です。何度かご連絡しておりますが、障害対応の勉強会についてご意見を伺えればと思っております。",
                 platform="email")
    tester.invalid("Hi Dana, I'm Sam, a producer in Leeds. Could you send me the stems?", platform="email", recipient=dana)
    tester.invalid("田中様\n\nケストレルの中村です。障害対応の勉強会についてご意見を伺えればと思っております。", platform="email")


def test_the_project_their_title_names_in_brackets_is_their_work():
    wei = {"name": "Wei Zhang", "title": "Maintainer (pgtrace)"}
    tester.valid("Hi Wei, I'm a DBA at a logistics firm. Does pgtrace support PostgreSQL 17 yet?", platform="email", recipient=wei)
    tester.invalid("Hi Wei, I'm a DBA at a logistics firm. Could we set up a quick call about tracing?", platform="email",
                   recipient=wei)
    nakagawa = {"name": "中川 悠", "title": "OSSメンテナ（wareki-py）"}
    tester.valid("中川様\n\nwareki-py をいつも便利に使わせてもらっています。令和元年の扱いについて、今後のご予定を教えていただければ幸いです。",
                 platform="email", recipient=nakagawa)
    # a place or a school in brackets names no work of theirs
    ueno = {"name": "上野 雄一", "title": "地方紙の記者（山形）"}
    tester.invalid("上野さん、はじめまして。山形市でクラフトビールの醸造所を立ち上げる渡部です。記事にしていただけないでしょうか。",
                   platform="facebook", recipient=ueno)


def test_their_posts_words_in_the_writers_own_thing_still_echo_it_beside_a_word_of_theirs():
    miyamoto = {"name": "宮本 紗季", "company": "しまね海洋館アクアス", "recent_post": "定置網に入ったマンボウ、無事に展示水槽へ"}
    tester.valid("宮本さん、マンボウの搬入お疲れさまでした。浜田の漁協職員の岡です。うちの定置網にも毎年何尾か入るので、"
                 "次に入ったらご連絡しましょうか。", platform="linkedin-free", recipient=miyamoto)
    erin = {"name": "Erin Walsh", "interests": ["seed dormancy"], "recent_post": "Thread: why some seeds wait 100 years to germinate"}
    # the post's one word only in the writer's own thing answers nothing
    tester.invalid("hiii can u follow back and share my seed shop with ur followers pls 🙏", platform="x", recipient=erin)


def test_their_company_as_the_example_of_a_class_described_after_noyouni():
    recipient = {"name": "山口 達也", "company": "山口歯科クリニック", "title": "院長", "interests": ["小児歯科", "予防歯科"]}
    tester.invalid("山口 達也 先生\n\nクリニック向け予約管理システム「ヨヤクル」の営業を担当しております、石川と申します。"
                   "山口歯科クリニック様のように地域に根ざしたクリニック様にこそ、ヨヤクルをご活用いただきたいと考えております。",
                   lang="ja", platform="email", recipient=recipient)
    recipient_en = {"name": "Tatsuya Yamaguchi", "company": "Yamaguchi Dental", "title": "Director", "interests": ["paediatric dentistry"]}
    tester.invalid("Dear Dr Yamaguchi,\n\nI'm Ryo from Yoyakuru, a booking system for clinics. Community practices like Yamaguchi "
                   "Dental are exactly who we built Yoyakuru for.", lang="en", platform="email", recipient=recipient_en)
    # their own interest named still counts
    tester.valid("山口 達也 先生\n\nクリニック向け予約管理システム「ヨヤクル」の営業を担当しております、石川と申します。"
                 "先生の小児歯科での予防の取り組みを拝見し、ご連絡いたしました。", lang="ja", platform="email", recipient=recipient)


def test_their_project_compared_with_the_writers_is_still_theirs():
    recipient = {"name": "Kwabena Asare", "company": "Ghana Highway Authority", "title": "Bridge Maintenance Engineer",
                 "interests": ["steel truss bridges"]}
    # "looks a lot like ours": the writer's only in a comparison, the project named is theirs
    tester.valid("Hello Kwabena, I'm a bridge engineer in Cardiff working on old steel trusses too. Your Volta repainting project "
                 "looks a lot like ours. Glad to connect and swap lessons.", lang="en", platform="linkedin", recipient=recipient)
    # the writer's own project says nothing of theirs
    tester.invalid("Hello Kwabena, I'm a bridge engineer in Cardiff. Our repainting project is ahead of schedule. Glad to connect.",
                   lang="en", platform="linkedin", recipient=recipient)


def test_a_talk_the_two_already_had_makes_no_first_contact():
    luis = {"name": "Luis Ortega", "title": "Picker, Eastgate fulfilment centre"}
    en = "Hey Luis, {x} We're putting the card count together and I'd love to hear where you stand.\n\nDele, Warehouse Workers United"
    tester.valid(en.format(x="good talking in the break room Thursday."), lang="en", platform="facebook", recipient=luis)
    tester.valid(en.format(x="good seeing you Thursday."), lang="en", platform="facebook", recipient=luis)
    # hoped for, not had
    tester.invalid(en.format(x="I think it'd be nice chatting soon."), lang="en", platform="facebook", recipient=luis)
    ja = "ルイスさん、{x}署名の集計をしているので、考えを聞かせてもらえたら嬉しいです。\n\nデレ"
    luis_ja = {"name": "ルイス", "title": "ピッカー"}
    tester.valid(ja.format(x="木曜は休憩室で話せてよかったです。"), lang="ja", platform="facebook", recipient=luis_ja)
    tester.invalid(ja.format(x="いつか話せたら嬉しいです。"), lang="ja", platform="facebook", recipient=luis_ja)


def test_thanks_for_a_visit_already_had_makes_no_first_contact():
    en = ("Dear Mr Naidoo,\n\nI'm Sipho Dlamini, the fire-safety inspector who visited Block C on 3 March. {x}\n\nTwo items need "
          "attention: the fire door does not self-close, and the extinguisher tags expired in January.\n\nSipho")
    tester.valid(en.format(x="Thank you for showing me around."), lang="en", platform="email")
    tester.invalid(en.format(x=""), lang="en", platform="email")
    ja = ("内藤様\n\n3月3日にC棟を点検しました消防設備点検員の佐藤です。{x}\n\n4階階段の防火戸が自動で閉まらないことについて、"
          "ご確認をお願いいたします。\n\n佐藤")
    tester.valid(ja.format(x="ご案内いただきありがとうございました。"), lang="ja", platform="email")
    tester.invalid(ja.format(x=""), lang="ja", platform="email")


def test_a_pitchs_you_might_be_interested_is_no_deed_of_theirs_but_what_they_do_known_is():
    prof = {"name": "Ayesha Khalid", "company": "Gul Ahmed Textiles", "title": "HR Manager",
            "interests": ["employee engagement", "HR analytics"]}
    text = ("Hi Ayesha,\n\nI'm Hamza, founder of Tankhwah, payroll software for Pakistani businesses. {x}\n\n"
            "Would you be open to a quick 15-minute chat next week?\n\nBest,\nHamza")
    tester.invalid(text.format(x="I noticed Gul Ahmed Textiles is growing fast and thought you might be interested in how we "
                                 "help HR teams save hours on payroll every month."), recipient=prof, platform="linkedin-message")
    tester.valid(text.format(x="I know you work on HR analytics at Gul Ahmed Textiles, and your team's attrition dashboards "
                               "are what our customers ask about most."), recipient=prof, platform="linkedin-message")
    ja = ("カリド様\n\n給与計算ソフト「タンクワー」を運営しているハムザと申します。{x}\n\n来週15分ほどお話しできませんか。\n\nハムザ")
    # the Japanese pitch has no modal to misread; its merged company alone still names nothing of theirs
    tester.invalid(ja.format(x="御社の給与計算を効率化するお手伝いができればと思い、ご連絡いたしました。"),
                   recipient={"name": "アイシャ・カリド", "company": "グル・アフメド・テキスタイル", "title": "人事部長",
                              "interests": ["従業員エンゲージメント", "人事データ分析"]}, platform="linkedin-message")
    tester.valid(ja.format(x="カリド様が人事データ分析に取り組まれていると伺い、離職率のダッシュボードについてぜひお話を伺いたいと思いました。"),
                 recipient={"name": "アイシャ・カリド", "company": "グル・アフメド・テキスタイル", "title": "人事部長",
                            "interests": ["従業員エンゲージメント", "人事データ分析"]}, platform="linkedin-message")


def test_news_coverage_of_their_organisation_honoured_with_ki_is_theirs():
    # 貴院, 貴店, 貴協会: 貴 before the body of their organisation speaks of them as 貴社 does, and a
    # news report (報道, press release) of theirs that the writer saw is a work of theirs.
    hospital = {"name": "田中 恵", "company": "四国中央市立病院", "title": "看護部長"}
    tester.valid("田中様\n\n愛媛県助産師会で派遣調整を担当しております菅です。貴院の新NICU開設の報道を拝見し、ご連絡いたしました。",
                 lang="ja", platform="email", recipient=hospital)
    tester.invalid("田中様\n\n愛媛県助産師会で派遣調整を担当しております菅です。貴院のますますのご発展をお祈り申し上げます。",
                   lang="ja", platform="email", recipient=hospital)
    hospital_en = {"name": "Megumi Tanaka", "company": "Shikokuchuo City Hospital", "title": "Director of Nursing"}
    tester.valid("Dear Ms Tanaka,\n\nI coordinate midwife placements for the Ehime Midwives' Association. I saw the press release "
                 "about your new neonatal unit opening in May, and I am writing about staffing it.",
                 lang="en", platform="email", recipient=hospital_en)
    tester.invalid("Dear Ms Tanaka,\n\nI coordinate midwife placements for the Ehime Midwives' Association. I saw the news and "
                   "wanted to reach out.", lang="en", platform="email", recipient=hospital_en)


def test_a_fact_of_their_farm_or_site_the_writer_learned_is_about_them():
    # "I see your cooperative grows corn", "I know Gwynt y Môr runs Siemens turbines": a present-tense
    # fact of theirs, learned, even inside a pitch; not "your business needs a boost".
    coop = {"name": "Lorna Villareal", "company": "Bukidnon Farmers Multi-Purpose Cooperative", "title": "Chairperson"}
    en = "Good day Ma'am Lorna! I'm a loan officer at Bayanihan Microfinance. {x}, and we have a harvest-cycle loan that could fit your members. Hope we can connect!"
    tester.valid(en.format(x="I see your cooperative grows corn"), platform="linkedin", recipient=coop)
    tester.invalid(en.format(x="I see your business needs a boost"), platform="linkedin", recipient=coop)
    farm = {"name": "Neil Cartwright", "company": "RWE Renewables", "title": "O&M Manager, Gwynt y Môr"}
    site = "Hi Neil,\n\nI'm a wind turbine technician with six years on Siemens turbines. {x} and I'd be glad to support your blade campaigns this summer."
    tester.valid(site.format(x="I know Gwynt y Môr runs Siemens SWT-3.6s"), platform="linkedin-inmail", recipient=farm)
    tester.invalid(site.format(x="I know the sector is busy"), platform="linkedin-inmail", recipient=farm)
    ja = "大城様、はじめまして。マイクロファイナンスの融資担当の比嘉です。{x}、収穫期に合わせた融資をご案内できればと思います。"
    okinawa = {"name": "大城 ロルナ", "company": "ブキドノン農業協同組合", "title": "組合長"}
    tester.valid(ja.format(x="組合ではトウモロコシを栽培されていると伺いました"), platform="linkedin", recipient=okinawa)
    tester.invalid(ja.format(x="貴組合のますますのご発展をお祈りしつつ"), platform="linkedin", recipient=okinawa)


def test_their_logo_in_the_writers_ask_for_a_sponsor_is_nothing_of_theirs():
    # 「ユニフォームにお店のロゴを入れられます」: the reader's shop named as a thing in the writer's ask,
    # with no work of theirs seen, says nothing about them; their roaster post, seen, does.
    cafe = {"name": "大城 健二", "title": "那覇のカフェ「うみかぜ珈琲」店主", "recent_post": "新しい焙煎機が届きました"}
    ja = ("大城さん、はじめまして！那覇のローラーダービーチームでコーチをしている宮里です。{x}"
          "今シーズン、チームのスポンサーを募集していて、ユニフォームにお店のロゴを入れられます。ぜひご検討ください！")
    tester.invalid(ja.format(x=""), platform="facebook", recipient=cafe)
    tester.valid(ja.format(x="新しい焙煎機の投稿、拝見しました！"), platform="facebook", recipient=cafe)
    kenji = {"name": "Kenji Oshiro", "title": "Owner, Umikaze Coffee, Naha", "recent_post": "Our new roaster arrived today"}
    en = ("Hi Kenji! I coach the Naha roller derby team. {x}We're looking for sponsors this season, and we can put "
          "your shop's logo on our jerseys. Would you consider it?")
    tester.invalid(en.format(x=""), platform="facebook", recipient=kenji)
    tester.valid(en.format(x="Saw the new roaster arrived, congrats! "), platform="facebook", recipient=kenji)


def test_a_work_of_their_firm_the_writer_read_about_is_about_them_however_much_of_the_writer_the_sentence_holds():
    # "…and it made a real difference to a family I work with" made the sentence read as the writer's
    # own introduction, where a profile's company names nothing of theirs
    profile = {"name": "Siobhán Kerr", "company": "Leith Walk Housing Co-operative", "title": "Lettings Coordinator",
               "interests": ["co-operative housing", "tenant support"]}
    text = ("Dear Siobhán,\n\nI'm a caseworker with a refugee resettlement charity in Edinburgh. {x}\n\n"
            "We can offer tenancy-readiness sessions and interpreters at no cost to the co-op.\n\nHamid")
    tester.valid(text.format(x="I read about Leith Walk Housing Co-operative's pilot holding two flats a year for people leaving "
                               "asylum accommodation, and it made a real difference to a family I work with."),
                 lang="en", platform="email", recipient=profile)
    tester.invalid(text.format(x="I work with many families who need flats, and it is a hard year for all of us."),
                   lang="en", platform="email", recipient=profile)
    # parity: 拝読 of their firm's work was read as about them before
    ja_profile = {"name": "佐藤 浩", "company": "みなと住宅協同組合", "title": "入居担当", "interests": ["協同組合住宅", "入居支援"]}
    ja = "佐藤様\n\n札幌の難民支援団体でケースワーカーをしている者です。{x}\n\n講座と通訳を無償でご用意できます。\n\n大野"
    tester.valid(ja.format(x="みなと住宅協同組合の、難民の方に毎年二部屋を用意する試みを拝読し、私が担当している家族にも大きな助けになりました。"),
                 lang="ja", platform="email", recipient=ja_profile)
    tester.invalid(ja.format(x="私が担当している家族は皆さん札幌で暮らしており、大変な一年でした。"), lang="ja", platform="email",
                   recipient=ja_profile)


def test_an_interest_inside_their_company_name_is_only_the_name():
    # 「もりたピアノ・リトミック教室様のますますのご発展」 spells their company; リトミック there is no interest of theirs read
    ja_profile = {"name": "森田 陽子", "company": "もりたピアノ・リトミック教室", "title": "主宰", "interests": ["リトミック", "幼児教育"]}
    ja = ("森田 陽子 様\n\nはじめまして。金沢市でピアノ調律をしております、北野と申します。\n\n"
          "秋の調律キャンペーンのご案内をお送りいたします。{x}\n\n北野 透")
    tester.invalid(ja.format(x="もりたピアノ・リトミック教室様のますますのご発展を心よりお祈りいたします。"), lang="ja", platform="email",
                   recipient=ja_profile)
    tester.valid(ja.format(x="教室のリトミックでは、ピアノの音の立ち上がりが大切だと伺いました。"), lang="ja", platform="email",
                 recipient=ja_profile)
    profile = {"name": "Yoko Morita", "company": "Morita Piano Eurhythmics", "title": "Owner", "interests": ["eurhythmics", "early years music"]}
    en = "Dear Ms Morita,\n\nI tune pianos in Kanazawa, and I'm writing with our autumn tuning offer. {x}\n\nToru Kitano"
    tester.invalid(en.format(x="Wishing Morita Piano Eurhythmics continued success."), lang="en", platform="email", recipient=profile)
    tester.valid(en.format(x="In eurhythmics classes a bright, even attack on every key matters more than most people think."),
                 lang="en", platform="email", recipient=profile)


def test_their_company_named_beside_the_writers_own_pitch_tells_nothing_of_it():
    # 「…様の素敵な挙式に、私どもの装花でお力添えできれば」: the words after the name are the writer's pitch
    ja_profile = {"name": "松本 恵", "company": "ホテルグランヴェール鹿児島", "title": "ブライダル課 マネージャー",
                  "interests": ["チャペル挙式", "和装ウェディング"]}
    ja = ("松本様\n\nはじめまして。鹿児島市でブライダルフラワーを手がけております、アトリエ・ソレイユの川路と申します。\n\n"
          "{x}お客様に寄り添ったご提案を心がけております。\n\nぜひ一度、提携についてご検討いただけますと幸いです。\n\n川路 真央")
    tester.invalid(ja.format(x="ホテルグランヴェール鹿児島様の素敵な挙式に、私どもの装花でお力添えできればと思い、ご連絡いたしました。"),
                   lang="ja", platform="linkedin-message", recipient=ja_profile)
    tester.valid(ja.format(x="ホテルグランヴェール鹿児島様が今春から始められた和装の前撮りプランを拝見し、ご連絡いたしました。"),
                 lang="ja", platform="linkedin-message", recipient=ja_profile)
    profile = {"name": "Rhodri Evans", "company": "Evans Harries Solicitors", "title": "Practice Manager",
               "interests": ["legal practice management", "conveyancing"]}
    en = "Dear Rhodri,\n\nI'm Sian from Cardiff Office Supplies, and we deliver stationery across South Wales. {x}\n\nBest,\nSian"
    tester.invalid(en.format(x="If this might suit Evans Harries Solicitors, I'd be glad to send our brochure and price list."),
                   lang="en", platform="email", recipient=profile)
    tester.valid(en.format(x="I saw Evans Harries Solicitors opened a second conveyancing office in Pontypridd this spring."),
                 lang="en", platform="email", recipient=profile)


def test_a_job_open_at_their_company_is_no_news_of_them_unless_applied_for():
    profile = {"name": "Ravi Menon", "company": "Tata Projects", "title": "Head of Geospatial", "interests": ["LiDAR", "corridor mapping"]}
    en = "Hi Ravi, I'm a survey engineer in Pune. {x} Could you please refer me for it? It would mean a lot."
    tester.invalid(en.format(x="I noticed there's a Survey Engineer opening at Tata Projects in Hyderabad."),
                   lang="en", platform="linkedin", recipient=profile)
    tester.valid(en.format(x="I noticed Tata Projects flew LiDAR over the whole Hyderabad metro corridor this spring."),
                 lang="en", platform="linkedin", recipient=profile)
    ja_profile = {"name": "田中 浩", "company": "東都プロジェクト", "title": "測量部長", "interests": ["レーザー測量", "道路台帳"]}
    ja = "田中様\n\n八王子で測量技師をしている佐藤と申します。{x}ご紹介いただけないでしょうか。よろしくお願いいたします。"
    # in Japanese the act model reads 「…で測量技師の募集があると拝見しました」 as about their work (left: skipping a job's
    # sentence there lost 8 findings on mail merges); a job applied for, and their own work, stay references
    tester.valid(ja.format(x="東都プロジェクト様が今春、環状線全体をレーザー測量されたと拝見しました。"), lang="ja", platform="linkedin",
                 recipient=ja_profile)
    tester.valid(ja.format(x="東都プロジェクト様の測量技師の募集に応募いたします。"), lang="ja", platform="linkedin", recipient=ja_profile)
