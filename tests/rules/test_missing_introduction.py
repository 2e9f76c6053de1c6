"""missing-introduction: a first message that never says who is writing."""

import pytest

from outreach_lint.testing import RuleTester

tester = RuleTester("missing-introduction")


def test_english_first_message_without_introduction_fires_on_its_first_sentence():
    text = "Hi Dana, your PyCon talk on offline-first sync answered a question we had argued about for months. Would you be open to connecting?"
    found = tester.invalid(text, platform="linkedin", spans=["your PyCon talk on offline-first sync answered a question we had argued about for months."])
    assert found[0].message == "First message to a stranger without saying who you are or what you do"


def test_japanese_first_message_without_introduction_fires_and_names_the_recipient():
    text = "山田様\nPyConでのオフライン同期のご講演を拝見しました。競合解決の設計について伺えないでしょうか。"
    found = tester.invalid(
        text, recipient={"name": "山田 花子"}, spans=["PyConでのオフライン同期のご講演を拝見しました。"], locale="ja"
    )
    assert "山田 花子" in found[0].message


@pytest.mark.parametrize(
    "text",
    [
        "Hi Dana, I lead mobile at Fieldnote, and your PyCon talk answered a question we had argued about for months.",
        "Hi Dana, I'm Ken. Your PyCon talk answered a question we had argued about for months.",
        "Hi Dana, my name is Ken and your PyCon talk answered a question we had for months.",
        "Hi Dana, as a mobile lead I found your PyCon talk on offline sync very useful.",
        "Hi Dana, Nadia here, data engineer at Cobalt Labs. Your PyCon talk answered our questions.",
        "Hi Dana,\nYour PyCon talk answered a question we had argued about for months.\n\nKen Sato\nMobile Lead, Fieldnote",
    ],
)
def test_english_introductions_in_many_forms_are_found(text):
    tester.valid(text, platform="email")


@pytest.mark.parametrize(
    "text",
    [
        "山田様\nフィールドノートでモバイル開発を担当している佐藤と申します。ご講演を拝見しました。",
        "山田様\nはじめまして、デザイナーの小池です。ご講演を拝見しました。",
        "山田様\nフィールドノートに勤めております。ご講演を拝見しました。",
        "山田様\n弊社では同じ課題に取り組んでおり、ご講演を興味深く拝見しました。",
        "山田様\nご講演を拝見しました。\n\n株式会社フィールドノート\nモバイル開発部 佐藤",
    ],
)
def test_japanese_introductions_in_many_forms_are_found(text):
    tester.valid(text)


def test_x_needs_no_introduction_unless_configured():
    text = "Your thread on pricing a solo SaaS was gold. I went with the middle tier after reading it."
    tester.valid(text, platform="x")
    RuleTester("missing-introduction", options={"skip-platforms": []}).invalid(text, platform="x", count=1)
    RuleTester("missing-introduction", options={"skip-platforms": ["x", "facebook"]}).valid(text, platform="facebook")


def test_earlier_contact_in_the_thread_or_the_text_silences_it():
    text = "Hi Carlos, here is the write-up on re-slotting I promised."
    tester.invalid(text, count=1)
    tester.valid(text, thread=[{"from": "them", "text": "Send it over!"}])
    tester.valid("Hi Carlos, great meeting you at ProMat last week. Here is the write-up on re-slotting.")
    tester.valid("鈴木様\n先日はProMatでお会いでき、ありがとうございました。分析をお送りします。")
    tester.valid("小松様\nご無沙汰しております。勉強会でのご講演をお願いできないでしょうか。")


def test_a_stranger_being_thanked_in_general_is_not_earlier_contact():
    tester.invalid("中村様、はじめまして。つながり申請をお送りしました。承認いただけますと幸いです。", count=1)


def test_the_other_day_at_their_talk_is_not_a_meeting_of_the_two():
    # 「先日の…ご登壇」: the writer was in the audience; a first contact still needs a name.
    tester.invalid("荒木様\n\n先日の「需要予測モデルを現場に定着させるまで」のご登壇、拝聴しました。\n\nスライドの特徴量の一覧を送っていただけないでしょうか。", lang="ja", platform="email")
    # 「先日の交流会ではお話しでき」: they met.
    tester.valid("荒木様\n\n先日の交流会ではお話しできて嬉しかったです。お約束の資料をお送りします。", lang="ja", platform="email")


def test_the_business_greeting_alone_is_no_sign_of_an_earlier_contact():
    # お世話になっております opens cold sales mail too; "we talked" needs a past tense.
    tester.invalid("竹田様\n\nいつもお世話になっております。\n今月末までのお申し込みで初期費用が無料になります。先着5社限定です。", lang="ja", platform="email")
    # Between two who work together, the same greeting over a deliverable is no first contact.
    tester.valid("竹田様\n\nいつもお世話になっております。\n構成案を添付いたしましたので、ご確認をお願いいたします。", lang="ja", platform="email")
    tester.invalid("竹田様\n\nぜひ一度お話ししたくご連絡いたしました。", lang="ja", platform="email")
    tester.valid("竹田様\n\n先日の展示会でお話しした件、資料をお送りします。", lang="ja", platform="email")


def test_a_longer_role_then_here_is_an_introduction():
    tester.valid("Hey Aurélie!!\n\nChef-owner of Thyme & Tide in Brighton here 👩‍🍳 your menu engineering post hit different.", lang="en", platform="linkedin-message")
    tester.valid("Hi Sam, fellow realtor in Leeds here! Loved your staging tips.", lang="en", platform="linkedin")
    tester.invalid("Hi Dana, everyone in the office here loved your talk.", lang="en", platform="linkedin")


def test_a_noun_before_desu_deep_in_the_draft_is_no_name():
    text = ("川村様\n\n冷凍食品の記事、興味深く読みました。トレーの凹凸の発想は新鮮でした。"
            "電子レンジの出力の違いも気になりました。家庭用と業務用では差が出そうです。"
            "もう一つ気になったのは、トレーの素材です。")
    tester.invalid(text, lang="ja", platform="email")
    tester.valid("川村様\n\nデザイナーの森です。冷凍食品の記事、興味深く読みました。", lang="ja", platform="email")


def test_name_here_from_and_its_name_from_are_introductions():
    tester.valid("Alright Kieran,\n\nMikey here from DigRight Telematics. Saw your lads on the A6 bypass job.", lang="en", platform="email")
    tester.valid("Hey Duncan! civil eng grad here from Strathclyde lol. Your talk on sewer relining was great.", lang="en", platform="linkedin")
    tester.valid("Maggie! It's Aoife from the Cork Farmers' Market days. 200 members in the co-op is class.", lang="en", platform="linkedin-message")
    tester.invalid("Hi Dana, it's Monday again and I wanted to say your talk was great.", lang="en", platform="linkedin")


def test_a_familiar_address_shows_the_two_know_each_other():
    # 「〜くん」「〜ちゃん」 is how a former colleague or teacher addresses someone, not a stranger.
    tester.valid("河合くん、開店おめでとう！前の会社で隣の席だった頃から焙煎機の話ばっかりしてたもんね。", lang="ja", platform="facebook")
    tester.valid("太田くん、支店長就任おめでとう。仙台は冬が厳しいから体に気をつけて。", lang="ja", platform="facebook")
    # Said to be a first contact, it is one.
    tester.invalid("河合くん、はじめまして！開店の投稿を見ました。焙煎機の話を聞かせてください。", lang="ja", platform="facebook")
    # a nickname called: 大ちゃん、 as 河合くん、
    tester.valid("大ちゃん、アプリの試験運用おめでとう👏 署で一緒だった頃から言ってたやつ、本当に形にしたんだな。訓練で使ってみてもいい？",
                 lang="ja", platform="facebook")
    tester.invalid("大ちゃん、はじめまして！アプリの投稿を見ました。訓練で使ってみてもいい？", lang="ja", platform="facebook")
    # 「河合さん」 on its own says nothing of an earlier acquaintance.
    tester.invalid("河合さん、開店おめでとうございます！焙煎機の話を聞かせてください。", lang="ja", platform="facebook")


def test_its_and_a_full_name_is_an_introduction():
    tester.valid("Hiya Ciara! It's Sinéad Walsh, we did the first responder course together in Galway years ago. Saw your photos from the Connemara exercise.", lang="en", platform="facebook")
    tester.invalid("Hi Dana, it's Monday again and I wanted to say your talk was great.", lang="en", platform="linkedin")


def test_the_recipients_address_block_and_a_bare_we_introduce_nobody():
    # The organisation line above 「杉山様」 is the recipient's; 当社・当方 alone name no one.
    tester.invalid("NPO法人こどもラボ浜松\n杉山様\n\n廃材ロボット工作教室のご報告を拝見しました。出張開催をお願いできないでしょうか。", lang="ja", platform="email")
    tester.invalid("岡村様\n\nサプライヤー選定のご投稿を拝見しました。納期遵守率は、まさに当社が得意とするところです。", lang="ja", platform="linkedin-message")
    tester.valid("岡村様\n\n切削加工の山田精機で営業を担当している森です。サプライヤー選定のご投稿を拝見しました。", lang="ja", platform="linkedin-message")
    tester.invalid("Riverside Youth Trust\nDear Ms Grant,\n\nI read your report on the scrap-robot workshops. Could you run one for us?", lang="en", platform="email")


def test_accented_names_greetings_from_a_company_and_a_past_sign_off():
    tester.valid("Dear Ricardo,\n\nI'm Lucía Pardo, I plan incentive trips for pharmaceutical clients. Your courtyard's new 300-seat capacity fits our gala.", lang="en", platform="linkedin-inmail")
    tester.valid("Dear Ms Reyes,\n\nGreetings from BrightPath Solutions Cebu! Your article on night-shift hiring was spot on.", lang="en", platform="email")
    tester.valid("高野さん、投稿見ました。写真撮っておいたんで、よかったら参考に送ります。\n山田農園の高橋でした。", lang="ja", platform="linkedin")
    # 「救われる思いでした」 is a feeling, not a name signing off.
    tester.invalid("突然申し訳ありません。処遇改善加算の一本化の投稿、本当に救われる思いでした。つながっていただけますと幸いです。", lang="ja", platform="linkedin")


def test_the_business_greeting_to_a_role_or_with_a_formal_self_introduction_is_cold_mail():
    # Between two who work together, いつもお世話になっております is a relationship …
    tester.valid("三浦様\n\nいつもお世話になっております。先日の資料、確認いたしました。", lang="ja", platform="email")
    # … but not to ご担当者様, nor when the writer introduces themselves with 〜と申します.
    tester.invalid("ご担当者様\n\nいつもお世話になっております。動画の企画・制作から運用まで、一貫してサポートいたします。ご興味がございましたら、お気軽にお問い合わせください。", lang="ja", platform="email")
    tester.valid("三浦様\n\nいつもお世話になっております。市役所環境課の佐藤と申します。情報交換のお願いでご連絡いたしました。", lang="ja", platform="email")


def test_a_role_here_after_an_emoji_is_an_introduction():
    tester.valid("yo Grzegorz 😎 refinery op from Płock here lol, saw ur flare-reduction post, legit.", lang="en", platform="linkedin")
    tester.invalid("hey Ana 👋 click here to see our spring deals!", lang="en", platform="linkedin")
    tester.invalid("Hi Ana 🙂 just wanted to connect here.", lang="en", platform="linkedin")


def test_a_greeting_that_ends_its_own_sentence_does_not_hide_the_body():
    tester.invalid("Hey hun!! 💕 Hope you're having an amazing week! I have an AMAZING opportunity that would be PERFECT for you.",
                   lang="en", platform="facebook")
    tester.invalid("こんにちは！！ 素敵なチャンスがあります！今月だけの募集なので、今すぐメッセージください！", lang="ja", platform="facebook")
    tester.valid("山田さん！！ はじめまして、パン屋を営んでいる佐藤です。", lang="ja", platform="facebook")


def test_what_the_writer_is_doing_is_an_introduction_but_the_purpose_of_the_message_is_not():
    tester.valid("Dear Gabriel,\n\nI'm co-chairing the carbon storage session at the SPE Brazil conference this November.",
                 lang="en", platform="linkedin-inmail")
    tester.valid("hey Chloe!! saw the pics of the new kids room, obsessed lol. we do wall murals for clinics, hmu if u want one.",
                 lang="en", platform="email")
    tester.invalid("Dear Gabriel,\n\nI'm writing to ask about your paper on CO2 reinjection.", lang="en", platform="email")
    tester.invalid("Hi Priya,\n\nI'm starting to look for my next role and thought I'd reach out.", lang="en", platform="linkedin-message")
    tester.invalid("Hi Ana,\n\nWe cover travel and a speaker fee for the panel.", lang="en", platform="email")


def test_a_role_here_before_a_bracket_and_its_name_after_the_greeting_introduce_the_writer():
    tester.valid("Heyyy Keiko!! Architecture grad here (Bartlett '25) and your CLT acoustics post was the best thing on my feed.",
                 lang="en", platform="linkedin")
    tester.valid("Hiya Kev, it's Sam from Hackney Wick FC. Saw your post asking for a friendly for the U12s.", lang="en", platform="facebook")
    tester.invalid("Hi Kev, it's great to see your post about the U12s.", lang="en", platform="facebook")
    tester.invalid("Hi Kev, click here (link below) for our spring deals.", lang="en", platform="facebook")


def test_what_was_said_on_their_stage_the_other_day_is_no_meeting_of_the_two():
    tester.invalid("柴田様、先日のリーガルテック・フォーラムでのご登壇、契約レビューのAIに「最終判断はしない」線引きをされているお話が"
                   "興味深かったです。ぜひつながってください。", lang="ja", platform="linkedin")
    tester.valid("柴田様、先日はフォーラムの懇親会でお話しできて嬉しかったです。ぜひつながってください。", lang="ja", platform="linkedin")
    tester.invalid("Hi Dana, your talk at the PyData meetup the other day on sparse arrays was the clearest I've heard. Would love to connect.",
                   lang="en", platform="linkedin")
    tester.valid("Hi Dana, great talking with you at the PyData meetup the other day. Would love to connect.", lang="en", platform="linkedin")


def test_a_search_for_work_says_nothing_of_who_is_writing():
    tester.invalid("Hello! I'm currently exploring new opportunities and would be very grateful if you could refer me to any open "
                   "roles at your organisation.", lang="en", platform="linkedin")
    tester.valid("Hello! I'm currently a nurse at St Mary's and would be very grateful if you could refer me to any open roles "
                 "at your organisation.", lang="en", platform="linkedin")
    tester.valid("Hello! I'm currently working with two fintech clients hiring backend engineers.", lang="en", platform="linkedin")
    # Japanese: the search alone introduces nobody; with a name it does.
    tester.invalid("はじめまして。現在転職活動中です。御社の求人をご紹介いただけないでしょうか。", lang="ja", platform="linkedin")
    tester.valid("はじめまして。現在転職活動中の西山と申します。御社の求人をご紹介いただけないでしょうか。", lang="ja", platform="linkedin")


def test_humble_and_casual_copulas_introduce_the_writer_in_japanese():
    tester.valid("服部様\n\nいつも大変お世話になっております。経営コンサルティングのビズアップでございます。補助金申請のご案内です。",
                 lang="ja", platform="email")
    tester.valid("はじめまして〜！同じ薬剤師の長田だよ😊 薬剤師仲間増やしたくて申請しちゃった笑", lang="ja", platform="linkedin-free")
    # だ joining clauses, a matter (件) and a judgement are nobody's name
    tester.invalid("斎藤様\n\nスキャンした請求書のissueのおかげで、フォークの不具合が見つかりました。", lang="ja", platform="email")
    tester.invalid("はじめまして。ご連絡したのは、御社の求人の件です。", lang="ja", platform="linkedin")
    tester.invalid("はじめまして！それは問題だよね。つながってください。", lang="ja", platform="linkedin")


def test_were_a_name_or_a_kind_introduces_the_writers():
    tester.valid("Hi Lorraine! We're The Salt Flats, a four-piece surf-rock band from Brighton. We'd love to play a support slot sometime.",
                 lang="en", platform="linkedin")
    tester.valid("Hi Lorraine! We're a two-person design studio in Leeds. Loved your poster series.", lang="en", platform="linkedin")
    tester.invalid("Hi Lorraine! We're hoping to book your venue in May.", lang="en", platform="linkedin")
    # Japanese: 私たちは … バンドです says who the writers are
    tester.valid("ロレインさん、はじめまして！私たちはブライトンで活動している4人組のバンドです。", lang="ja", platform="linkedin")


def test_a_company_naming_itself_and_to_iimasu_are_introductions():
    tester.valid("Hi Grace,\n\nWe're Brightpath Analytics, the forecasting platform for growing retailers. Our spring webinar is open.",
                 lang="en", platform="email")
    tester.valid("寺田さん、はじめまして。4月から尾道の造船所で働く溶接工の内田といいます。投稿の空き部屋を内見させてもらえないでしょうか。",
                 lang="ja", platform="facebook")
    tester.valid("寺田さん、はじめまして！溶接工の内田っていいます。", lang="ja", platform="facebook")
    # A name asked about, or a feeling, introduces nobody.
    tester.invalid("寺田さん、はじめまして。あのお店は何といいますか。教えてもらえると嬉しいです。", lang="ja", platform="facebook")
    tester.invalid("Hi Grace,\n\nWe're excited to invite you to our spring webinar on smarter inventory.", lang="en", platform="email")


def test_wishing_continued_success_is_no_sign_of_earlier_contact():
    # 「引き続きのご活躍をお祈り申し上げます」 is a stock closing; 「引き続きよろしくお願いいたします」 continues work.
    tester.invalid("はじめまして。素晴らしいご経歴を拝見し、ぜひつながりたいと思いました。引き続きのご活躍を心よりお祈り申し上げます。",
                   lang="ja", platform="linkedin")
    tester.valid("先日の打ち合わせの資料をお送りします。引き続きよろしくお願いいたします。", lang="ja", platform="linkedin")
    # 引き続き本メールアドレスにて承っております: a service already under way, not a first contact
    tester.valid("○○様\nいつもお世話になっております。広告の配信を開始いたしました。今後のご相談は引き続き本メールアドレスにて承っております。",
                 lang="ja", platform="email")


def test_a_draft_that_counts_the_messages_already_sent_is_no_first_contact():
    tester.valid("Subject: Fourth time asking: cargo bike samples\n\nHi Martin,\n\nFourth time asking, I'm afraid: did the samples "
                 "reach you? I've written on the 2nd and 14th of April.\n\nThanks", lang="en", platform="email")
    tester.valid("件名：4回目のご連絡です\n\n佐藤様\n\n3月にお送りしたサンプルは届きましたでしょうか。", lang="ja", platform="email")
    tester.invalid("Subject: Cargo bike samples\n\nHi Martin,\n\ndid the samples reach you?\n\nThanks", lang="en", platform="email")


def test_a_character_alone_introduces_nobody():
    # "a motivated individual" says what kind of person, not who the writer is or what they do
    tester.invalid("Dear Sir/Madam,\n\nI am a hard-working, motivated individual with a passion for success. I would be grateful "
                   "if you could consider me for any suitable position.\n\nYours faithfully,\nA. Kumar", lang="en", platform="email")
    # with a field, a place or a role it places the writer
    tester.valid("Dear Sir/Madam,\n\nI am a motivated individual working in supply chain planning at a Leeds wholesaler. I would be "
                 "grateful if you could consider me for any suitable position.", lang="en", platform="email")
    tester.valid("Dear Ms Hale,\n\nI am a hospice nurse with a passion for palliative care. Could we talk?", lang="en", platform="email")


def test_watashi_alone_introduces_nobody_but_a_shop_or_freelance_work_does():
    # 私も…考えている: the writer's thoughts, no name or work
    tester.invalid("井上様\n\nはじめまして。ご経歴を拝見し、大変感銘を受けました。私も今後のキャリアについて考えているところでして、"
                   "ぜひ一度お話を伺えれば幸いです。", lang="ja", platform="linkedin-inmail")
    tester.valid("美穂さん、料理教室の投稿見たよ！私いまフリーでフードフォトやってるから、メニュー写真とか必要になったら撮らせてね。",
                 lang="ja", platform="facebook")
    tester.valid("山本さん、突然ごめんなさい。まだパン屋を開いて半年ですが、4月のパン教室をうちの常連さんにも紹介したくてご連絡しました。",
                 lang="ja", platform="facebook")


def test_a_secretariat_in_the_signature_says_who_writes():
    text = "水野様\n\nこの度、オフィスコーヒーサービスのご案内をお送りいたします。初期費用ゼロで本格的なコーヒーをお楽しみいただけます。"
    tester.valid(text + "\n\nBeanBox運営事務局", lang="ja", platform="email")
    tester.invalid(text, lang="ja", platform="email")


def test_its_a_name_then_a_comma_and_where_from_introduces_the_writer():
    tester.valid("Heyyy Dimitri! It's Eleni, from the food science year at AUTh, haha, long time. Just saw the photos of your "
                 "bakery in Ano Poli 😍", lang="en", platform="facebook")
    tester.invalid("Heyyy Dimitri! Just saw the photos of your bakery in Ano Poli 😍 the koulouri look amazing.",
                   lang="en", platform="facebook")


def test_a_role_and_where_it_is_held_is_a_terse_introduction():
    tester.valid("Ms Chua,\n\nCFO of Harbourline, Rotterdam. Your year-one shore-power figures were notable. Would you compare "
                 "notes for twenty minutes?\n\nRegards,\nJan de Vries", lang="en", platform="linkedin-inmail")
    tester.valid("Hi Sam,\n\nHead of Data at Monzo. Loved your dbt post. Open to a chat?", lang="en", platform="linkedin-inmail")
    # a department is not where one works, and a bare greeting line introduces nobody
    tester.invalid("Dear Esteemed Partner,\n\nI have a confidential business proposal of immense benefit to you.\n\n"
                   "Yours faithfully,\nDirector of Operations", lang="en", platform="email")


def test_a_surname_cut_in_two_or_written_in_latin_letters_still_names_the_writer():
    body = "\nテレビとWebメディアへの一括プレスリリース配信を、今月末まで特別価格でご案内しております。"
    tester.valid("大西様\n\nいつもお世話になっております。PRエージェンシー「ブーストワン」の今村です。" + body, lang="ja", platform="email")
    tester.valid("はじめまして！次世代Web3プロジェクト「NOVA CHAIN」のコミュニティマネージャー、Kentaです。" + body,
                 lang="ja", platform="linkedin-inmail")
    tester.invalid("はじめまして！次世代Web3プロジェクト「NOVA CHAIN」のご案内です。" + body, lang="ja", platform="linkedin-inmail")


def test_judging_the_message_a_question_and_a_link_introduce_nobody():
    tester.invalid("Hi Joan, sorry if this is cheeky, but I saw your post about the spare eggs. Could I take 3 dozen at £3?",
                   lang="en", platform="facebook")
    tester.invalid("Hi Renée, saw your laser-cutter post. Could you cut 40 coasters for me? It's for a charity quiz so I can't "
                   "really pay for them.", lang="en", platform="facebook")
    tester.invalid("Congratulations! Click here, confirm your details and reply CLAIM to lock in your reward.", lang="en",
                   platform="email")
    tester.invalid("Subject: Quick question\n\nHi [Name],\n\nAre you the right person to speak with about selling your business?"
                   "\n\nIf not, who should I be talking to?", lang="en", platform="email")
    # the same shapes with a name or a trade still introduce
    tester.valid("Hi Joan, this is Maggie, from the allotment two plots down. Could I take 3 dozen eggs at £3?", lang="en",
                 platform="facebook")
    tester.valid("Hi Renée, I run the Saturday charity quiz at the Croix-Rousse hall. Could you cut 40 coasters?", lang="en",
                 platform="facebook")


def test_a_role_after_the_greeting_or_in_a_compound_is_a_terse_introduction():
    tester.valid("Hi Dana, product designer at Loomwork. Your Figma variables post saved me a week. Happy to share our "
                 "token naming doc in return if it's useful!", lang="en", platform="linkedin-free")
    tester.valid("佐藤さん、ロームワークのプロダクトデザイナーです。Figma変数の記事で一週間助かりました。よければ命名ルールの資料を"
                 "お送りします。", lang="ja", platform="linkedin")
    # someone else's role is not the writer's
    tester.invalid("Hi Dana, your Head of Data at Monzo shared your Figma post. Could you send me the naming doc?",
                   lang="en", platform="linkedin")
    tester.invalid("佐藤さん、御社の新しいプロダクトデザイナーの記事を拝見しました。命名ルールの資料をいただけませんか。",
                   lang="ja", platform="linkedin")


def test_casual_introductions_without_apostrophe_or_with_too_or_kocchi():
    tester.valid("heyyy Svetlana!! Im Kev, freelance translator (RU>EN), keen to work with your legal team.",
                 lang="en", platform="email")
    tester.valid("omg Ayesha your 12-hour shift post 💀 sooo real. ICU nurse here too (nights @ St Luke's), we had no breaks "
                 "last week. def connecting!!", lang="en", platform="linkedin")
    tester.invalid("omg Ayesha your 12-hour shift post 💀 sooo real. we had no breaks last week. def connecting!!",
                   lang="en", platform="linkedin")
    tester.valid("アイシャさん、12時間勤務の投稿ほんとそれ💀 こっちもICU看護師で、先週まじで休憩ゼロでした。つながりましょ！",
                 lang="ja", platform="linkedin")
    tester.valid("大地、セミナー満席おめでとう！こっちは今、東京でクラウド会計の営業してる。事業承継の話、今度聞かせてな",
                 lang="ja", platform="facebook")
    tester.invalid("アイシャさん、12時間勤務の投稿ほんとそれ💀 先週まじで休憩ゼロでした。つながりましょ！",
                   lang="ja", platform="linkedin")


def test_what_keeps_happening_or_a_noun_after_a_clause_introduces_nobody():
    tester.invalid("Hi Ahmed, noticed you've been writing a lot about IFRS 16 lately. The discount-rate question is one I keep "
                   "running into too. Would be great to connect.", lang="en", platform="linkedin")
    tester.valid("Dr. Kos, I keep 240 Carniolan hives near Kamnik and read your post on resistant lines twice.",
                 lang="en", platform="linkedin")
    tester.invalid("吉村さん、敬語の採点の記事、とても面白く読みました。私もずっと気になっていた問題です。ぜひつながらせてください。",
                   lang="ja", platform="linkedin")
    tester.valid("吉村さん、はじめまして。品質保証を担当している森です。敬語の採点の記事、とても面白く読みました。",
                 lang="ja", platform="linkedin")


def test_osewa_ni_narimasu_alone_is_no_earlier_relationship():
    tester.invalid("お世話になります。\n御社に大変興味があり、ご連絡いたしました。もし現在募集中のポジションがございましたら、"
                   "ご紹介いただけますと幸いです。\n何卒よろしくお願いいたします。", lang="ja", platform="linkedin")
    tester.valid("いつもお世話になっております。\n先日の打ち合わせの議事録をお送りします。ご確認のほどよろしくお願いいたします。",
                 lang="ja", platform="email")


def test_work_for_a_named_place_introduces_the_writer():
    tester.valid("Hi Martina, I plan cycle routes for Lübeck's transport office and your one-year bike-lane counts "
                 "from Kiel were really useful to us. Glad to connect.", lang="en", platform="linkedin-free")
    # an intention with no work of the writer's named is none
    tester.invalid("Hi Martina, I plan to visit Kiel next month and your bike-lane counts were really useful. Glad to connect.",
                   lang="en", platform="linkedin-free")
    tester.invalid("Hi Martina, I plan on visiting Kiel next month and your bike-lane counts were really useful. Glad to connect.",
                   lang="en", platform="linkedin-free")


def test_a_clause_describing_the_readers_is_no_introduction_of_the_writer():
    text = "島田様\n\n突然のご連絡失礼いたします。\n{clause}幅広く情報交換をさせていただきたく、ご連絡いたしました。\n"
    tester.invalid(text.format(clause="製造業に携わる皆様と"), lang="ja", platform="email", count=1)
    tester.invalid(text.format(clause="金型の設計に携わっている方々と"), lang="ja", platform="email", count=1)
    # the same verb said of the writer introduces them
    tester.valid(text.format(clause="金型の設計に携わっている者として、"), lang="ja", platform="email")


def test_what_the_reader_does_said_in_honorific_form_introduces_nobody():
    # 担当されている: a verb of respect tells what the reader does, not who is writing
    text = "橋本様、メディカルノートで採用を{verb}と拝見しました。現場の方をご紹介いただけませんか。"
    tester.invalid(text.format(verb="担当されている"), lang="ja", platform="linkedin-free", count=1)
    tester.invalid(text.format(verb="ご担当なさっている"), lang="ja", platform="linkedin-free", count=1)
    # the writer's own 担当 introduces them
    tester.valid("橋本様、メディカルノートで採用を担当しております森です。現場の方をご紹介いただけませんか。",
                 lang="ja", platform="linkedin-free")


def test_an_ordinal_before_the_role_still_introduces_the_writer():
    text = ("Dr. Mensah, sorry to bother you. I'm just a {year} student so this is probably a silly message, sorry! "
            "Your cassava mosaic paper is why I chose plant science.")
    tester.valid(text.format(year="2nd-year"), lang="en", platform="linkedin")
    tester.valid(text.format(year="3rd year"), lang="en", platform="linkedin")
    tester.invalid("Dr. Mensah, sorry to bother you. Your cassava mosaic paper is why I chose plant science.",
                   lang="en", platform="linkedin", count=1)


def test_a_question_about_their_work_says_nothing_of_who_asks():
    # the act model reads this question as an introduction; it has no word of the writer's
    text = ("Dear Dr Okafor,\n\nYour 2025 paper on mapping breeding sites with drones in Kisumu is excellent.\n\n"
            "One small question: did the rainfall covariate in the model come from CHIRPS or from the local station records?\n\n"
            "Thank you,\nM.\n")
    tester.invalid(text, lang="en", platform="email", count=1)
    tester.valid(text.replace("One small question:", "I map malaria vectors for KEMRI, and one small question:"),
                 lang="en", platform="email")


def test_a_business_greeting_in_a_sure_form_letter_is_no_relationship():
    # the draft model is sure this is a form letter: お世話になっております is the mailing's formula
    tester.invalid("佐藤様\n\n平素より大変お世話になっております。\n\nこのたび、貴社のますますのご発展に寄与できるサービスをご案内"
                   "したくご連絡いたしました。業務効率化やコスト削減にお悩みの企業様に多くご好評をいただいております。\n\n"
                   "ぜひ一度、資料をご覧いただけますと幸いです。", lang="ja", platform="email")


def test_a_question_about_talking_now_recalls_no_earlier_exchange():
    # "you tell me", "we talk" recall an exchange only in the past tense
    ask = "Hello Daniel,\n\nI'd like to join Verbatim's vendor pool for Spanish legal work. {q}\n\nBest regards,\nLucía"
    tester.invalid(ask.format(q="Could you tell me how to apply?"), lang="en", platform="linkedin-inmail")
    tester.invalid(ask.format(q="Could we talk next week about how to apply?"), lang="en", platform="linkedin-inmail")
    tester.valid("Hello Daniel,\n\nAs you told me last week, Verbatim's vendor pool for Spanish legal work is open again. "
                 "Could you send me the form?\n\nBest regards,\nLucía", lang="en", platform="linkedin-inmail")


@pytest.mark.parametrize(
    "opening",
    [
        "Hi Grace, community pharmacist in Northfield.",
        "Hi Omar, seismologist with the Cascadia network.",
        "Hi Mei, sound design student at Columbia College Chicago (your alma mater too).",
        "Hi Pete, slate roofer in Keswick.",
        "Hi Greg, I look after lubrication programs for mills in the Fox Valley.",
    ],
)
def test_a_role_of_any_trade_and_where_it_is_practised_introduces_the_writer(opening):
    tester.valid(opening + " Your post on sensor adhesion matched what we see. Glad to share our handout.", lang="en",
                 platform="linkedin")


@pytest.mark.parametrize(
    "opening",
    [
        "Hi Grace, big fan of your work in Northfield.",
        "Hi Grace, longtime listener from Ohio.",
        "Hi Grace, reminder for Friday.",
        "Hi Grace, LinkedIn is not convenient for this.",
        "Hi Grace, I look forward to your next post.",
    ],
)
def test_an_audience_a_thing_or_a_judgement_after_the_greeting_introduces_nobody(opening):
    tester.invalid(opening + " Your post on sensor adhesion matched what we see. Glad to share our handout.", lang="en",
                   platform="linkedin")


@pytest.mark.parametrize(
    "text",
    [
        # a signature with a line of what the writer does
        "Hello,\n\nBusinesses like yours lose 5% of revenue to fraud. Book a free assessment.\n\nJordan Wexley\n"
        "Business Development, FraudShield Advisory\n",
        # a degree just completed
        "Dear Mr. Penrose,\n\nI saw your post about hiring two graduate surveyors. I've just finished a BSc in Geography at "
        "Plymouth, with 300 hours of fieldwork.\n\nKind regards,\nEllie\n",
        # casual lower-case "i'm", a hedge, then the role
        "Hi Professor Hunt,\n\ni'm literally just a first-year in bio, but your octopus opening the jar is the coolest thing "
        "i've seen. was it the same octopus every time?\n\nMaya\n",
        # signed off inline with a name and a role
        "Hi Chloe, your post on plant-based snack branding was sharp. Let's connect! Sam, Growth Consultant",
    ],
)
def test_a_titled_signature_a_degree_a_lowercase_i_or_an_inline_sign_off_says_who_writes(text):
    tester.valid(text, lang="en", platform="email")


def test_a_team_or_a_closing_in_the_signature_says_nobody():
    tester.invalid("Hi there,\n\nYour website is not ranking on Google. We can get you to #1 in 30 days.\n\nBest Regards\nSEO Team\n",
                   lang="en", platform="email")
    tester.invalid("Hi Chloe, your post on plant-based snack branding was sharp. Let's connect! Sam, Thanks", lang="en",
                   platform="linkedin")


def test_an_invoice_and_its_deadline_under_the_business_greeting_are_work_together():
    # the deadline of a payment reads like pressure, but an invoice sent and a payment asked for are a deal under way
    tester.valid("竹田様\n\nいつもお世話になっております。\n本日は、広告運用の請求書を添付させて頂きました。内容をご確認いただき、ご入金をお願いいたします。\n"
                 "開始予定日までにご入金が確認できないと広告配信ができない旨、ご了承ください。", lang="ja", platform="email")
    # a cold pitch with the same greeting and a deadline is still a first contact
    tester.invalid("竹田様\n\nいつもお世話になっております。\n今月末までのお申し込みで初期費用が無料になります。先着5社限定です。", lang="ja", platform="email")


def test_a_work_handed_in_to_the_client_under_the_business_greeting_is_work_together():
    # a deliverable submitted with a deadline for checking it: the client's agency writes, no stranger
    tester.valid("○○様\n\nいつもお世話になっております。\n目標設定確認書を元に作成した構成案をご提出致します。\n"
                 "お忙しい中恐縮ですが内容を２営業日以内にご確認頂き、ご返信をお願いいたします。\n"
                 "※２営業日以内のご確認が難しい場合はご相談下さい。", lang="ja", platform="email")
    # the same greeting over a pitch that hands in nothing is still a first contact
    tester.invalid("○○様\n\nいつもお世話になっております。\n広告運用の新プランをご案内いたします。\n"
                   "※２営業日以内のお申し込みが難しい場合はご相談下さい。", lang="ja", platform="email")


def test_a_subject_that_begins_with_re_and_a_hyphen_is_no_reply():
    # "Re-tempering" is a word, not "Re:": the draft is still a first message
    tester.invalid("Subject: Re-tempering the Philharmonie organ\n\nDear Ms Achterberg,\n\n"
                   "Your question about returning the organ to 1875 is one I'd love to help answer.\n\nThomas",
                   lang="en", platform="email")
    tester.valid("Subject: Re: the Philharmonie organ\n\nDear Ms Achterberg,\n\n"
                 "Your question about returning the organ to 1875 is one I'd love to help answer.\n\nThomas",
                 lang="en", platform="email")



@pytest.mark.parametrize(
    "text, lang",
    [
        # a name, then a role of any trade
        ("Josie!! It's Brenda, night nurse on Iona ward, we did a hundred Christmas shifts together 😂 Saw your post and had a little cry.", "en"),
        # a role, a comma, a surname UniDic reads as a common noun (大橋: a big bridge)
        ("はじめまして！下北沢の書店「ことのは堂」の書店員、大橋です。『遠い潮騒』の投稿を見てご連絡しました！", "ja"),
        # casual: what the writer does, then a surname (小池: a small pond)
        ("はじめまして！ブックカバーとかのデザインやってる小池です。こないだの文庫カバーのポップアップ、めっちゃよかった。", "ja"),
    ],
)
def test_a_name_beside_a_role_or_a_casual_job_says_who_writes(text, lang):
    tester.valid(text, lang=lang, platform="facebook" if lang == "en" else "linkedin")


@pytest.mark.parametrize(
    "text, lang",
    [
        # the western progressive (博多, 広島): しよる, とる in place of している
        ("末永さん、先週の安全大会で発表ば聞かせてもらった、福岡の山下建設で安全管理しよる古川です。脚立の工夫、うちの現場でもすぐ真似しました。", "ja"),
        ("末永さん、安全大会の発表よかったです。山下建設の現場で働いとる古川です。脚立の工夫、うちでも真似しました。", "ja"),
        # the same in a casual English voice, the g dropped
        ("Hi Sue, caught your talk at the safety day last week. Kev here, workin' site safety for Yamashita Construction. We copied your ladder trick straight away.", "en"),
    ],
)
def test_a_dialect_progressive_before_a_name_says_who_writes(text, lang):
    tester.valid(text, lang=lang, platform="facebook")


def test_a_laugh_after_the_name_still_ends_the_introduction():
    # 笑 and ｗ after です close the sentence as an emoji does; "lol" after the name in English
    tester.valid("青木さん、いきなりすみません！売れてない芸人のちくわ山田です笑 「研修に笑いを入れると」の投稿、刺さりました。つながってください！", lang="ja", platform="linkedin-free")
    tester.valid("Hi Naomi, sorry for barging in! I am Chikuwa Yamada lol, a comedian nobody has heard of. Your post on laughs in training hit home.", lang="en", platform="linkedin-free")
    # a state is no name, laugh or not
    tester.invalid("青木さん、いきなりすみません！ずっと気になってた問題です笑 「研修に笑いを入れると」の投稿、刺さりました。", lang="ja", platform="linkedin-free")


def test_a_dialect_progressive_state_is_no_job():
    # 「ずっと気になっとる問題です」: being bothered, in the western progressive, is still no work
    tester.invalid("末永さん、先週の安全大会の発表、ずっと気になっとる問題です。脚立の工夫、うちでも真似しました。", lang="ja", platform="facebook")


def test_a_state_before_a_noun_is_no_job_and_no_name():
    # 「ずっと気になっている問題です」: being bothered is no work, 問題 no surname
    tester.invalid("はじめまして。ずっと気になっている問題です。物流の記事を拝読しました。", lang="ja", platform="linkedin")
    tester.invalid("Hi Tom, it's Friday, so here is the question: how do you plan night shifts?", lang="en", platform="linkedin")


def test_old_friends_and_old_colleagues_are_no_first_contact():
    ryota = {"name": "山内 亮太", "recent_post": "独立して一年、やっと自分の名前で舞台の仕事が来た"}
    # a given name called bare: only friends and old colleagues greet so
    tester.valid("亮太、独立一年おめでとう！🎉 前の劇場のとき、毎晩二人で揉めてたの思い出したわ笑 公演、観に行くね",
                 lang="ja", platform="facebook", recipient=ryota)
    # with an honorific, or in a first meeting, it is a first contact all the same
    tester.invalid("亮太さん、独立一年おめでとうございます！公演、観に行きます。", lang="ja", platform="facebook", recipient=ryota)
    tester.invalid("亮太、はじめまして！独立一年おめでとう！公演、観に行くね", lang="ja", platform="facebook", recipient=ryota)
    tester.valid("Hey Chris! Long time since the galley on the Aurora. Saw you've opened the Bakehouse in Whitby, nice one.",
                 lang="en", platform="facebook")


def test_a_name_and_its_firm_after_the_greeting_say_who_writes():
    tester.valid("Wendell, Sofia at Greenlink Seed. Saw your greens made it through the frost; our fescue blend would "
                 "thicken them up for spring.", lang="en", platform="linkedin-message")
    tester.valid("Hi Jo, Sam from Hollow Oak Orchard. Loved your cider post. Fancy trying our Kingston Blacks?",
                 lang="en", platform="linkedin")
    # "I'm with <firm>" / 「〜の者です」: the firm the writer works for
    tester.valid("Hi Gareth, I'm with AgriSky, offering drone crop surveys to farms across Powys.", lang="en", platform="linkedin")
    tester.valid("田中様\nはじめまして。アグリスカイの者です。ドローンで圃場を測量するサービスをご案内しています。", lang="ja", platform="linkedin")
    # being with someone on a point, or with them in spirit, names no firm
    tester.invalid("Hi Gareth, I'm with you on herbal leys. Would love to connect.", lang="en", platform="linkedin")
    # a greeting that welcomes them, or thanks, names no writer
    tester.invalid("Hi Jo, Welcome to Brighton. Loved your cider post. Fancy trying our apples?", lang="en", platform="linkedin")


def test_a_role_said_alone_with_desu_says_who_writes():
    # 刑務官 / 看護師: a noun and a role suffix (官, 師), the whole sentence
    tester.valid("長谷川様\n面会室の椅子の向きの投稿、現場で毎日見ている光景でした。刑務官です。学ばせてください。", lang="ja", platform="linkedin")
    tester.valid("はじめまして。看護師です！夜勤明けに投稿を拝見しました。", lang="ja", platform="linkedin")
    # a remark on their work, with no role of the writer's, says nothing of who writes
    tester.invalid("はじめまして。大変なお仕事ですね。投稿を拝見しました。", lang="ja", platform="linkedin")


def test_a_casual_trade_done_says_who_writes():
    # a trade or a workshop and やってる / やってて: the writer's work, casually
    tester.valid("棟方さん、お疲れっす!仕口の投稿、鳥肌でした 自分も千葉で在来工法の大工やってるんで、刺さりました", lang="ja", platform="linkedin")
    tester.valid("林さん、投稿見たよ〜!うちは京都で着物の悉皆屋やってて、洗い張りの体験とかウケると思う", lang="ja", platform="linkedin")
    tester.valid("吉川さん、投稿読んだよ！うちもフィンテック系アプリのUIデザイナーやってて、同じとこで悩んだ", lang="ja", platform="linkedin")
    # a hobby, the reader's trade, or a question: nothing of who writes
    tester.invalid("投稿見たよ〜! 最近ずっと筋トレやってて、楽しい。", lang="ja", platform="linkedin")
    tester.invalid("投稿見たよ〜! 林さんは京都で悉皆屋やってるんですね。", lang="ja", platform="linkedin")
    tester.invalid("投稿見たよ〜! どこで悉皆屋やってるんですか？", lang="ja", platform="linkedin")


def test_a_role_held_with_suru_or_after_a_long_no_phrase_says_who_writes():
    tester.valid("大塚様、看取りのあとのご家族の言葉についての投稿を拝読しました。寺で副住職をしており、ご遺族と話す機会が多くあります。",
                 lang="ja", platform="linkedin")
    tester.valid("突然申し訳ありません。学童保育の指導員です。『ほうかごのまど』が本当にうれしくて。", lang="ja", platform="linkedin")
    # preparing something is no role
    tester.invalid("大塚様、投稿を拝読しました。今は論文の準備をしており、ご意見を伺いたいです。", lang="ja", platform="linkedin")


def test_a_memory_of_them_is_an_earlier_acquaintance():
    tester.valid("DANNY!! Just saw you opened the ramen bar. Still remember you making tonkotsu broth in our dorm kitchen at 3am 😂 "
                 "So proud of you man!", lang="en", platform="facebook")
    # remembering their post is no acquaintance
    tester.invalid("Hi Danny, saw you opened the ramen bar. I remember your tonkotsu post from last year, it was great.",
                   lang="en", platform="facebook")


@pytest.mark.parametrize(
    "text, lang",
    [
        # a department of the writer's firm says who writes
        ("はじめまして。キャリア支援サービス「ネクステップ」事務局です。無料セミナーのご案内です。", "ja"),
        ("はじめまして。クラウド会計「ベルブックス」営業部です。特別キャンペーンのご案内です。", "ja"),
        # "Name from Org" with a word on what the org does, in brackets, after the greeting
        ("Hi Raj, Tom from BoxFrame Studio (container buildings). Congrats on the 40 micro-homes on the car park.", "en"),
    ],
)
def test_a_department_or_a_bracketed_trade_beside_the_firm_is_an_introduction(text, lang):
    tester.valid(text, lang=lang, platform="email")


def test_a_department_deep_in_the_message_is_no_introduction():
    tester.invalid("山田様\nはじめまして。先日のご講演を拝見しました。資料の送付先について伺いたいです。"
                   "ご担当は営業部ですか。お返事お待ちしております。", lang="ja", platform="email")


def test_years_at_a_trade_said_as_a_fragment_is_an_introduction():
    tester.valid("Graham, saw you're hiring crane ops for Battersea. 15 yrs on Liebherr towers, CPCS blue card. Happy to chat.",
                 lang="en", platform="linkedin")
    # years that count something else, or ago, say nothing of the writer
    tester.invalid("Hi Dana, two years in a row your team won the cup. Congrats on the final.", lang="en", platform="linkedin")
    tester.invalid("Hi Dana, ten years ago I read your first paper. Still think about it.", lang="en", platform="linkedin")


def test_years_at_a_trade_in_japanese_is_an_introduction():
    tester.valid("田中さん、はじめまして。大工歴15年、在来工法が専門です。先日の古民家の投稿を拝見しました。", lang="ja", platform="linkedin")
    tester.valid("田中さん、はじめまして。タワークレーン一筋15年。先日の現場の投稿を拝見しました。", lang="ja", platform="linkedin")
    # the reader's years are theirs
    tester.invalid("田中さん、はじめまして。田中さんの大工歴15年の記事を拝見しました。", lang="ja", platform="linkedin")


def test_a_handle_in_quotes_after_what_the_writer_does_introduces_them():
    tester.valid("平井さま\n\nはじめまして！YouTubeでホラーゲーム中心に実況してる「くらげ坊」です🪼 登録者は4.2万人くらいです。",
                 platform="email")
    tester.valid("はじめまして！ゲーム実況者の「ねこまる」です。トレーラー見ました、めっちゃ面白そうです！", platform="linkedin")
    # a quoted thing the writer likes, or their own, says nothing of who writes
    tester.invalid("はじめまして！これが私の一番好きな「夜明け」です。トレーラー見ました、めっちゃ面白そうです！", platform="linkedin")
    tester.valid("Hi Ryo, I'm \"Kurage\", a horror-game streamer on YouTube. Loved the Deep Sea Radio trailer!", platform="linkedin")


def test_a_common_noun_before_desu_is_a_name_only_if_people_bear_it():
    # 森, 林, 大橋 are surnames as well as common nouns: a name where one is given
    tester.valid("川村様\n\nデザイナーの林です。冷凍食品の記事、興味深く読みました。", lang="ja", platform="email")
    tester.valid("川村様\n\n編集部の大橋です。冷凍食品の記事、興味深く読みました。", lang="ja", platform="email")
    # 「5分ほどの距離です」 describes a place: the writer still has not said who they are
    tester.invalid("そらみる御中\n\nお世話になります。屋根点検のお見積もりをお願いします。場所は所沢市内で、2棟は歩いて5分ほどの距離です。",
                   lang="ja", platform="email")


def test_a_preposition_left_at_the_end_of_a_relative_clause_introduces_nobody():
    # "an opportunity I'm part of": the clause describes the offer, not the writer
    tester.invalid("Hey hun!! I came across your profile and thought you'd be PERFECT for an amazing opportunity I'm part of 💰 "
                   "Work from home, be your own boss!!", lang="en", platform="facebook")
    tester.valid("Hi Lena, I'm part of the stage crew at the Gaiety. Loved your post on quick changes.", lang="en", platform="facebook")
    # an object still to fill in is no stranded preposition
    tester.valid("Hi [Name], I've been in [your field] for [N] years and the role looks like a strong match.", lang="en", platform="email")


def test_what_they_said_to_the_writer_in_person_shows_an_earlier_contact():
    tester.valid("Hi Lucia,\n\nWe stood next to each other at the Etna table at Vinitaly in April, and you said the Santo Spirito "
                 "red was the only thing worth the queue. That grower is now my first producer.\n\nMia", lang="en", platform="email")
    # in the present, it is no memory of a meeting
    tester.invalid("Hi Lucia,\n\nIf what you say about volcanic whites is right, our carricante would suit your list.\n\nMia",
                   lang="en", platform="email")


def test_having_sat_side_by_side_shows_an_earlier_contact_in_japanese():
    tester.valid("杉浦さん、こんにちは！先週の講習でとなりの席だったんですが、二等の実地合格おめでとうございます！",
                 lang="ja", platform="facebook")
    tester.valid("杉浦さん、こんにちは！ヴィニタリーのエトナのブースで隣に並んでいたとき、赤だけは並ぶ価値があるとおっしゃっていましたね。",
                 lang="ja", platform="facebook")
    # a neighbouring prefecture is no meeting
    tester.invalid("杉浦さん、こんにちは！二等の実地合格おめでとうございます！隣の県でドローンの講習を受けています。",
                   lang="ja", platform="facebook")


def test_a_name_after_a_space_inside_a_long_casual_sentence_still_introduces():
    tester.valid("福井先生、投稿見たよ！歩様スコア、うちの牛舎でもやってみたらマジで蹄病見つけるのが早くなったわ笑 中標津で酪農やってる佐藤っす。",
                 lang="ja", platform="linkedin")
    tester.valid("Fukui-sensei, saw your post! Gait scoring caught hoof problems way earlier in our barn lol. Dairy farmer in Nakashibetsu here.",
                 lang="en", platform="linkedin")
    # the reader's name at the end of a long sentence is no introduction
    tester.invalid("福井先生、投稿見たよ！歩様スコア、うちの牛舎でもやってみたらマジで蹄病見つけるのが早くなったんだけど、これって福井先生の考えた方法です？",
                   lang="ja", platform="linkedin")


def test_years_of_the_writers_own_doing_introduce_them():
    tester.valid("Dear Dr Delgado,\n\nI've staffed the Hogback lookout in the Bridger-Teton for eleven seasons and just read your paper "
                 "on lightning ignitions.\n\nCarla", lang="en", platform="email")
    tester.valid("デルガド様\n\nブリッジャー・ティトンの見張り台に11シーズン詰めています。落雷による出火の論文を拝読しました。\n\nカーラ",
                 lang="ja", platform="email")
    # years of following their work say nothing of who writes
    tester.invalid("Dear Dr Delgado,\n\nI've followed your work on lightning ignitions for years and just read your new paper.\n\nCarla",
                   lang="en", platform="email")


def test_a_firms_legal_line_under_the_signature_keeps_the_signature():
    text = ("Dear Dr Lamont,\n\nI saw the appeal to save your 1887 Forster & Andrews organ. If it helps, we can do a free condition "
            "report for the donors.\n\nYours sincerely,\nIsla Gunn\nTweed Organ Workshop Ltd\nWorkshop: 01896 555 740\n"
            "Registered in Scotland, company no. SC412889")
    tester.valid(text, lang="en", platform="email")
    tester.valid("ラモント様\n\nオルガン修復の募金の件、拝見しました。無償で状態調査を行えます。\n\nツイード・オルガン工房株式会社\nイスラ・ガン\n登録番号 T1234567890123",
                 lang="ja", platform="email")


def test_a_name_cut_in_two_after_a_role_and_no_introduces():
    # UniDic cuts すずめ野 and 竹中 into a noun and a suffix: after 作家の, 調律師の they are still names
    tester.valid("松下様　はじめまして。Webtoon作家のすずめ野です。縦読み新人賞の告知を拝見しました。", lang="ja", platform="linkedin")
    tester.valid("森本様\n\nはじめまして。ピアノ調律師の竹中です。大ホールのハンマー交換の投稿を拝見しました。", lang="ja", platform="linkedin")
    tester.valid("Dear Mr Matsushita, I'm Suzumeno, a webtoon artist. I saw the call for the vertical-scroll newcomer prize.",
                 lang="en", platform="linkedin")
    # a deadline after の is no name
    tester.invalid("松下様　はじめまして。縦読み新人賞の締切は来月の末です。告知を拝見しました。", lang="ja", platform="linkedin")


@pytest.mark.parametrize(
    "text, lang, platform",
    [
        # a role, where, and a count of what the writer runs
        ("Hiya Olivia! Beekeeper in Canterbury, 40 hives. ur hornet post was bang on, had 3 hawking my apiary yday.", "en", "linkedin"),
        # years of the writer's own doing, counted from a year
        ("Zoé!! The barn looks incredible. I've been shooting weddings full time since 2022 and I'd love to do a styled shoot in there.", "en", "linkedin"),
        # a trade set humbly after "I'm …" and a comma
        ("Sorry to bother you, Mr Osei. Sorry, I know I'm nobody, just a lift trainee. Your five-faults post helped me a lot.", "en", "linkedin-free"),
        # a venue run, named with its kind
        ("中川さん、再生樹脂ホールドの投稿見たよ！うちのジム（大阪でボルダリングジムやってます）でも試してみたい〜", "ja", "linkedin-free"),
        ("中川さん、投稿見ました。神戸でワインバーやってて、試してみたいです。", "ja", "linkedin-free"),
    ],
)
def test_terse_humble_and_counted_introductions_say_who_writes(text, lang, platform):
    tester.valid(text, lang=lang, platform=platform)


def test_look_alikes_of_those_introductions_introduce_nobody():
    tester.invalid("Zoé!! The barn looks incredible. I've wanted to see it since 2022 and I'd love to visit.", lang="en", platform="linkedin")
    tester.invalid("Sorry to bother you, Mr Osei. I know I'm late to this, just a thought. Your five-faults post helped me a lot.",
                   lang="en", platform="linkedin-free")
    tester.invalid("Hiya Olivia! Hornets in Canterbury, 40 sightings. ur post was bang on.", lang="en", platform="linkedin")
    # ジム alone may be working out
    tester.invalid("中川さん、投稿見ました。ジムやってて、試してみたいです。", lang="ja", platform="linkedin-free")


def test_a_talk_wished_for_is_no_earlier_contact():
    # 「お話しできたら」: た in its conditional form, a wish, not a talk the two had
    tester.invalid("はじめまして！いつも素敵な投稿を拝見しています。色々とお話しできたら嬉しいです。これからよろしくお願いします！",
                   lang="ja", platform="linkedin")
    tester.invalid("Hi! I always enjoy your lovely posts. It would be great if we could talk about all sorts of things.",
                   lang="en", platform="linkedin")
    # a talk they had still is one
    tester.valid("田中様、先日はお話しできてよかったです。資料をお送りします。", lang="ja", platform="linkedin")


def test_a_role_for_someone_here_and_a_name_before_iimasu_say_who_writes():
    ben = "Ben!! the 4-day week thing is absolutely mint. {x} Would love to connect"
    tester.valid(ben.format(x="HR for restaurants here, been banging on about this for ages."), lang="en", platform="linkedin")
    tester.invalid(ben.format(x="Sorry for the noise here, just wanted to say."), lang="en", platform="linkedin")
    kita = "北川さん、はじめまして。{x}水屋箪笥の投稿見て、つい連絡してしもたわ。"
    tester.valid(kita.format(x="金沢の野町で古い家具のリメイクしとる杉本いいます。"), lang="ja", platform="facebook")
    tester.invalid(kita.format(x="これ何ていいますか。"), lang="ja", platform="facebook")


def test_an_address_under_the_signature_says_where_not_who():
    body = ("Dear Dr Achterberg,\n\nYour paper on upcycling spent vetiver roots was a pleasure to read. Did the second "
            "extraction keep any of the khusimol?\n\nBest,\nMia Lloyd\n{x}\n")
    tester.invalid(body.format(x="Flat 3, 18 Pembroke Road, Cardiff CF5 1AB"), lang="en", platform="email")
    tester.valid(body.format(x="Perfumer, Vetiver House Cardiff"), lang="en", platform="email")
    tester.valid(body.format(x="CT1 Anaesthetics, Salford Royal"), lang="en", platform="email")
    ja = "アハターベルク先生\n\nベチバーの蒸留残渣の再利用についての論文、興味深く拝読しました。二回目の抽出でクシモールは残りましたか。\n\nM\n{x}\n"
    tester.invalid(ja.format(x="〒150-0001 東京都渋谷区神宮前1-2-3"), lang="ja", platform="email")
    tester.valid(ja.format(x="調香師 森 美咲（ベチバーハウス）"), lang="ja", platform="email")


def test_a_recipient_the_profile_calls_an_old_classmate_or_colleague_is_no_stranger():
    text = "Bula Ropate! Saw your photos from the Savusavu geothermal survey. Next time you're in NZ, kava's on me."
    tester.invalid(text, platform="facebook", recipient={"name": "Ropate Naivalu", "title": "Geothermal surveyor"}, count=1)
    tester.valid(text, platform="facebook", recipient={"name": "Ropate Naivalu", "title": "Former classmate, Fiji National University"})
    tester.valid(text, platform="facebook", recipient={"name": "Ropate Naivalu", "title": "Old school friend, now a surveyor"})
    # a friend of a friend is still a stranger, and "Friends of …" is a charity
    tester.invalid(text, platform="facebook", recipient={"name": "Ropate Naivalu", "title": "Friend of a friend, surveyor"}, count=1)
    tester.invalid(text, platform="facebook", recipient={"name": "Ropate Naivalu", "title": "Chair | Friends of Fort Nelson"}, count=1)
    ja = "前田さん、お店の写真見ました！今度寄らせてください。"
    tester.invalid(ja, platform="facebook", recipient={"name": "前田 優", "title": "カフェ経営"}, count=1)
    tester.valid(ja, platform="facebook", recipient={"name": "前田 優", "title": "高校時代の部活の先輩（カフェ経営）"})
    tester.valid(ja, platform="facebook", recipient={"name": "前田 優", "title": "元同僚、現在はカフェ経営"})
    tester.invalid(ja, platform="facebook", recipient={"name": "前田 優", "title": "カフェ店主（友人の友人）"}, count=1)
    tester.invalid(ja, platform="facebook", recipient={"name": "前田 優", "title": "運送会社経営（共通の友人は元同僚の三好さん）"}, count=1)


def test_a_given_name_unidic_reads_as_an_adjective_called_with_kun_or_a_former_pupil_is_known():
    text = "{name}くん、こんばんは。三味線の皮の張り替え終わったよ〜。取りに来るのはいつでもどうぞ。"
    tester.valid(text.format(name="純"), platform="facebook")  # UniDic: 純 形状詞
    tester.invalid("こんばんは。三味線の皮の張り替え終わったよ〜。取りに来るのはいつでもどうぞ。", platform="facebook", count=1)
    tester.valid("こんばんは。三味線の皮の張り替え終わったよ〜。取りに来るのはいつでもどうぞ。", platform="facebook",
                 recipient={"name": "桑原 純", "title": "三味線の元生徒・いまは大学生"})


def test_a_fellow_of_a_trade_up_somewhere_and_a_trade_done_in_western_dialect_introduce_the_writer():
    en = "Hi Gwen, {x}Your post on non-rated euro cylinders was bang on, I've snapped three this winter. Glad to connect."
    tester.valid(en.format(x="fellow locksmith up in Redruth. "), platform="linkedin-free")
    tester.valid(en.format(x="shipwright down in Appledore. "), platform="linkedin-free")
    tester.invalid(en.format(x=""), platform="linkedin-free", count=1)
    ja = "後藤さん、こんにちは。{x}ポニーの投稿見ました。春先は草が伸びるけん、蹄も一緒に伸びるんよね。"
    tester.valid(ja.format(x="由布院で装蹄師しよる甲斐です。"), platform="facebook")  # UniDic: し 助詞, よる 因る
    tester.invalid(ja.format(x=""), platform="facebook", count=1)


def test_a_cousin_in_the_profile_is_no_stranger_and_a_name_then_a_trade_introduces_the_writer():
    ja = "浩二にーにー、元気してる？教室のピアノ、そろそろ位置替えしたいって言ってたさーね。来月うちのトラックで動かそうか？"
    tester.valid(ja, platform="facebook", recipient={"name": "新里 浩二", "title": "宜野湾のピアノ教室の先生（従兄弟）"})
    tester.invalid(ja, platform="facebook", recipient={"name": "新里 浩二", "title": "宜野湾のピアノ教室の先生"}, count=1)
    en = "Saw your bracing plan for the hospital atrium. I've got a crew free in November if it helps."
    tester.valid(en, platform="facebook", recipient={"name": "Nathan Briggs", "title": "Cousin, project engineer"})
    # a firm named for brothers, or a nun, is no relative
    tester.invalid(en, platform="facebook", recipient={"name": "Sipho Dube", "company": "Dube Brothers Construction"}, count=1)
    tester.invalid(en, platform="facebook", recipient={"name": "Mary Kane", "title": "Sister Mary, St Anne's"}, count=1)
    tester.valid("Nathan, steel erector in Wollongong. " + en, platform="linkedin")


def test_a_role_without_its_article_then_where_it_is_held_introduces_the_writer():
    en = "Hi Marta, {x}read your post on calming guests at 2 a.m. Would be glad to connect. Tomasz"
    tester.valid(en.format(x="I'm purser on a Danube river cruiser and "), platform="linkedin")
    tester.invalid(en.format(x="I'm eager for more and "), platform="linkedin", count=1)
    tester.invalid(en.format(x="I "), platform="linkedin", count=1)
    ja = "マルタ様、{x}深夜2時のお客様対応の投稿を拝読しました。ぜひつながってください。"
    tester.valid(ja.format(x="ドナウ川のクルーズ船でパーサーをしております。"), platform="linkedin")
    tester.invalid(ja.format(x=""), platform="linkedin", count=1)


def test_a_rank_before_a_role_without_its_article_introduces_the_writer():
    en = "Dear Ms Solberg,\n\n{x}I read your case studies on air-seal retrofits. Would one of your seals suit a 38 m hull?\n\nThanks,\nPádraig"
    tester.valid(en.format(x="I'm chief engineer on the Rossaveal to Inis Mór run. "), platform="email")
    tester.invalid(en.format(x="I'm chief among your readers on the west coast. "), platform="email", count=1)
    ja = "ソルベルグ様\n\n{x}小型旅客船のエアシール改修の事例を拝読しました。38 mの船体に合う製品はございますか。\n\nパードリグ"
    tester.valid(ja.format(x="アラン諸島航路のフェリーで機関長をしております。"), platform="email")
    tester.invalid(ja.format(x=""), platform="email", count=1)


def test_a_name_with_a_dialects_copula_introduces_the_writer():
    ja = "斎藤さん、はじめまして。{x}農業体験の受け入れの投稿みで、うちも来年からやってみっかと思ってて。"
    tester.valid(ja.format(x="クランベリー作ってる阿部だず。"), platform="facebook")
    tester.valid(ja.format(x="クランベリー作ってる阿部だべ。"), platform="facebook")
    tester.invalid(ja.format(x=""), platform="facebook", count=1)
    en = "Awright Karen, {x}saw yer post aboot the frigate welders, gies a shout if yer keen."
    tester.valid(en.format(x="Jamie here, coded welder at Govan, "), platform="email")
    tester.invalid(en.format(x=""), platform="email", count=1)


def test_a_fan_of_theirs_says_nothing_of_who_the_writer_is():
    # "I'm a big fan" makes the writer the reader's audience; a post called Reader is a role.
    tester.invalid("Dear Dr. Reyes,\n\nI've been following your work and I'm a big fan. I'd love to pick your brain over "
                   "a 30-minute call.\n\nBest,\nKyle", lang="en", platform="email")
    tester.valid("Dear Dr. Reyes,\n\nI'm a Reader in Law at UCL, and I'd love to pick your brain over a 30-minute call.\n\nBest,\nKyle Moss",
                 lang="en", platform="email")
    # parity: the Japanese fan was read so before
    tester.invalid("レイエス先生\n\nいつも発信を拝見していて、先生の大ファンです。30分ほどお話を伺えないでしょうか。\n\nカイル", lang="ja", platform="email")
    tester.valid("レイエス先生\n\n大学で海洋生物学を教えている者で、先生の大ファンです。30分ほどお話を伺えないでしょうか。\n\nカイル", lang="ja", platform="email")


def test_a_firm_named_alone_introduces_its_mailing():
    # 「こんにちは、青島サーフアカデミーです。」, "Hello, this is Aoshima Surf Academy.": the writer's firm, by its name
    tester.valid("山田様\n\nこんにちは、青島サーフアカデミーです。この夏、新しいことを始めてみませんか？初心者の方でも安心のレッスンをご用意しております。",
                 lang="ja", platform="email")
    tester.valid("Dear Ms Yamada,\n\nHello, this is Aoshima Surf Academy. Why not try something new this summer? Our lessons suit beginners.",
                 lang="en", platform="email")
    # an event named after something else in the clause names no writer
    tester.invalid("山田様\n\nはじめまして。来週は横浜マラソンです。一緒に走りませんか？", lang="ja", platform="email")
    tester.invalid("Dear Ms Yamada,\n\nNext week is the Yokohama Marathon. Would you like to run with me?", lang="en", platform="email")


def test_a_signature_line_of_title_firm_and_town_says_who():
    # "Business Development, Straits Clearance, Port Klang" runs past fifty characters and is still a signature
    body = "Dear Mr Tan,\n\nI would welcome the chance to discuss how we could help with your exports.\n\nBest regards,\nNicholas Ong\n"
    tester.valid(body + "Business Development, Straits Clearance, Port Klang", lang="en", platform="email")
    tester.invalid(body.replace("\n\nBest regards,\nNicholas Ong\n", "\n\nBest regards,\nNicholas Ong"), lang="en", platform="email")
    # parity: a Japanese signature with title and firm was read before
    ja = "田中様\n\n輸出のお手伝いについて、一度お話しできればと存じます。\n\n"
    tester.valid(ja + "ストレイツ通関株式会社 営業開発部 ポートクラン支店\n王 ニコラス", lang="ja", platform="email")
    tester.invalid(ja + "王", lang="ja", platform="email")


def test_a_trade_and_its_years_as_a_fragment_introduce_the_writer():
    # "Thatcher, 22 yrs.": a trade, a comma, the writer's years at it
    post = "Morwenna, your post on imported reed failing early rang true. {x} Happy to share photos if useful. Jory"
    tester.valid(post.format(x="Thatcher, 22 yrs."), lang="en", platform="linkedin-free")
    tester.invalid(post.format(x="Amazing, 22 yrs."), lang="en", platform="linkedin-free")
    # parity: the Japanese years at a trade were read before
    ja = "モルウェナさん、輸入の葦が早く傷むという投稿、本当にその通りです。{x}よければ写真をお送りします。"
    tester.valid(ja.format(x="茅葺き歴22年です。"), lang="ja", platform="linkedin-free")
    tester.invalid(ja.format(x="すごい、22年ですね。"), lang="ja", platform="linkedin-free")


def test_a_firm_named_after_we_are_introduces_the_writers():
    en = "Hi Linda,\n\n{x}Your shop's new awning caught our eye on the high street. Would a thirty-second jingle suit your spring sale?"
    tester.valid(en.format(x="We're JingleWorks, and we write radio jingles for small shops. "), platform="email")
    tester.valid(en.format(x="We're Fire & Cane, Barbados' pepper sauce makers. "), platform="email")
    tester.invalid(en.format(x="We're Hiring! "), platform="email", count=1)
    tester.invalid(en.format(x="We're Back, and better than ever. "), platform="email", count=1)
    ja = "リンダ様\n\n{x}商店街の新しい日よけが目に留まりました。春のセールに30秒のジングルはいかがでしょうか。"
    tester.valid(ja.format(x="ジングルワークスの者です。小さなお店向けにラジオCMの歌を作っています。"), platform="email")
    tester.invalid(ja.format(x="ただいま採用中です！"), platform="email", count=1)


def test_a_shop_named_by_its_suffix_in_the_signature_says_who_writes():
    ja = "{{FNAME}}様\n\n春の分蜂シーズンに向けて、新商品を多数入荷いたしました。詳しくはウェブサイトをご覧ください。\n\n{x}\n"
    tester.valid(ja.replace("{{FNAME}}", "高田").format(x="はちみつ道具の店 みつばち舎"), platform="email")
    tester.valid(ja.replace("{{FNAME}}", "高田").format(x="八女茶舗 松尾園　松尾 紀子"), platform="email")
    tester.invalid(ja.replace("{{FNAME}}", "高田").format(x="松尾 紀子"), platform="email", count=1)
    en = "Dear Mr Takada,\n\nNew spring stock has arrived for the swarming season. See our website for details.\n\n{x}\n"
    tester.valid(en.format(x="Kind regards,\nNoriko Matsuo\nMitsubachi Beekeeping Supplies"), platform="email")
    tester.invalid(en.format(x="Kind regards,\nNoriko"), platform="email", count=1)


def test_a_role_here_then_where_or_and_introduces_the_writer():
    en = "Heya Olivia!! {x} your article on marginal departures is the best thing I've read all year. We should chat about the weather bit."
    tester.valid(en.format(x="Dispatcher out of Darwin here and"), platform="linkedin-inmail")
    tester.valid(en.format(x="Fellow rope-access window cleaner here in Perth, and"), platform="linkedin-inmail")
    tester.invalid(en.format(x="Connecting here in the hope"), platform="linkedin-inmail", count=1)
    tester.invalid(en.format(x="Lurking here and"), platform="linkedin-inmail", count=1)
    ja = "オリビアさん！{x}限界気象での出発前の会話についての記事、今年読んだ中で一番でした。天気の部分、ぜひ話しましょう。"
    tester.valid(ja.format(x="ダーウィンで運航管理をしている者です。"), platform="linkedin-inmail")
    tester.invalid(ja.format(x=""), platform="linkedin-inmail", count=1)


def test_an_introduction_made_only_of_unfilled_slots_says_nobody():
    ja = "藤田様\n\nはじめまして。{x}と申します。\n\n貴協会の活動にかねてより関心を持っており、ご連絡させていただきました。\n\n[氏名]"
    tester.invalid(ja.format(x="[所属]の[氏名]"), lang="ja", platform="email")
    tester.valid(ja.format(x="札幌で訪問看護師をしている[氏名]"), lang="ja", platform="email")
    en = "Dear Ms Fujita,\n\n{x}.\n\nI have long been interested in your association and wanted to get in touch.\n\n[Name]"
    tester.invalid(en.format(x="I am [Name] from [Organisation]"), lang="en", platform="email")
    tester.valid(en.format(x="I am [Name], a night nurse in Leeds"), lang="en", platform="email")


def test_their_talk_heard_at_a_training_day_is_no_acquaintance():
    # 先日 with their talk (お話) at a 研修会 or a 講座 is their stage, the writer in the audience; talking together is an acquaintance
    tester.invalid("宮崎様、先日の研修会での小児在宅ケアのお話、とても心に残りました。これからも学ばせていただきたく、つながりをお願いできれば幸いです。",
                   lang="ja", platform="linkedin-free")
    tester.valid("宮崎様、先日の研修会ではお話しできて嬉しかったです。これからもよろしくお願いします。", lang="ja", platform="linkedin-free")
    # parity: the English talk at a workshop was read as their stage before
    tester.invalid("Dear Ms Miyazaki, your talk at the workshop the other day on home care for children stayed with me. I would be glad to connect.",
                   lang="en", platform="linkedin-free")
    tester.valid("Dear Ms Miyazaki, it was lovely talking with you at the workshop the other day. I would be glad to connect.",
                 lang="en", platform="linkedin-free")


@pytest.mark.parametrize(
    "text",
    [
        "Hi Graham, deckhand on the Aberdeen harbour tugs. Saw Skerry Lass arrived in Lerwick; fine-looking boat. Would be good to connect.",
        "Hi Moira, sleep tech at Ninewells. Your post on dropping home tests for kids mirrored our audit: 1 in 4 failed. Keen to connect.",
        "Hi Nomvula, sports physio working with a rugby academy in Durban. Your cupping evidence summary is the one I'll send to players.",
    ],
)
def test_a_trade_whose_noun_has_no_agents_ending_is_a_role(text):
    tester.valid(text, lang="en", platform="linkedin-free")


def test_praise_before_a_trade_word_makes_it_the_readers():
    tester.invalid("Hi Moira, great guide on home tests for kids. Keen to connect.", lang="en", platform="linkedin-free")
    # parity: the Japanese role before です was read before, and praise of their guide is no introduction
    tester.valid("グラハムさん、アバディーン港でタグボートの甲板員をしている者です。スケリー・ラス号の入港、見ました。", lang="ja", platform="linkedin-free")
    tester.invalid("モイラさん、子どもの在宅検査のガイド、素晴らしかったです。つながれたら嬉しいです。", lang="ja", platform="linkedin-free")


def test_a_role_then_here_after_an_emoji_with_its_variation_selector_introduces_the_writer():
    # ⚓️ is ⚓ and U+FE0F: the selector, not the emoji, stands before the space
    tester.valid("Skipper!! that tanker escort vid was sick 🌊⚓️ deckhand outta Saint John here, wild stuff. hmu if ur ever hiring",
                 lang="en", platform="linkedin")
    tester.invalid("Skipper!! that tanker escort vid was sick 🌊⚓️ wild stuff, ngl. hmu if ur ever hiring", lang="en", platform="linkedin")
    # parity: the Japanese role after an emoji was read before
    tester.valid("スキッパーさん！タンカー護衛の動画すごかった🌊⚓️ セントジョンで甲板員やってる佐藤です。", lang="ja", platform="linkedin")


def test_the_role_after_im_and_where_it_is_held_introduces_the_writer():
    en = "Dear Ms Dwyer,\n\nI'm terribly sorry to bother you out of the blue. {x}\n\nCongratulations on The Lighthouse Hare winning. Would you visit our school for World Book Day?\n\nMáire"
    tester.valid(en.format(x="I'm only the librarian at a small national school in Ennis, so I completely understand if you haven't time for this, and sorry if it's a cheek."), platform="email")
    tester.invalid(en.format(x="I'm the reader of every book of yours, so I completely understand if you haven't time for this, and sorry if it's a cheek."), platform="email", count=1)
    ja = "ドワイヤー様\n\n{x}『灯台のうさぎ』の受賞、おめでとうございます。読書週間に本校へお越しいただけないでしょうか。\n\nモイラ"
    tester.valid(ja.format(x="エニスの小さな小学校で司書をしております。"), platform="email")
    tester.invalid(ja.format(x=""), platform="email", count=1)


def test_a_firm_named_after_we_are_then_where_it_is_introduces_the_writers():
    en = "Gerry, congrats on the beer garden. {x}Would a keg of dry cider suit your Saturday opening?"
    tester.valid(en.format(x="We're Ballyhoura Cider from up the road. "), platform="facebook")
    tester.invalid(en.format(x="We're Open from nine on Saturdays. "), platform="facebook", count=1)
    ja = "ジェリーさん、ビアガーデン開店おめでとうございます。{x}土曜の開店にドライシードルを一樽いかがでしょうか。"
    tester.valid(ja.format(x="近所のバリホウラ・サイダーです。"), platform="facebook")
    tester.invalid(ja.format(x=""), platform="facebook", count=1)


def test_a_trade_outta_a_town_after_a_casual_greeting_introduces_the_writer():
    en = "yo Brett 🤙 {x} ur hoof boots vs steel data is legit fire 🔥🔥🔥 lets link up fr"
    tester.valid(en.format(x="farrier outta Fredericksburg lol."), lang="en", platform="linkedin-free")
    tester.invalid(en.format(x="big fan outta nowhere lol."), lang="en", platform="linkedin-free", count=1)
    ja = "ブレットさん🤙 {x}蹄鉄とフーフブーツ比べたデータ、まじ神でした🔥 つながりましょ"
    tester.valid(ja.format(x="鹿児島で装蹄師やってる佐藤です。"), lang="ja", platform="linkedin-free")
    tester.invalid(ja.format(x=""), lang="ja", platform="linkedin-free", count=1)


def test_a_sentence_that_only_says_what_the_writer_noticed_introduces_nobody():
    # "I noticed there's a Survey Engineer opening at Tata Projects": the act model read it as an introduction
    en = "Hi Ravi, I noticed there's a Survey Engineer opening at Tata Projects in Hyderabad. Could you please refer me for it?{x}"
    tester.invalid(en.format(x=" It would mean a lot."), lang="en", platform="linkedin", recipient={"name": "Ravi Menon"})
    tester.valid(en.format(x=" I'm a survey engineer with six years on metro corridors."), lang="en", platform="linkedin",
                 recipient={"name": "Ravi Menon"})
    # a name and a firm of capitalised words, signed inline, say who writes
    tester.valid(en.format(x=" It would mean a lot. Grace, GeoBridge Surveys"), lang="en", platform="linkedin",
                 recipient={"name": "Ravi Menon"})
    ja = "メノン様、ハイデラバードで測量技師の募集があると拝見しました。ご紹介いただけないでしょうか。{x}"
    tester.invalid(ja.format(x=""), lang="ja", platform="linkedin", recipient={"name": "ラヴィ・メノン"})
    tester.valid(ja.format(x="地下鉄の路線測量に6年携わってきた測量技師です。"), lang="ja", platform="linkedin",
                 recipient={"name": "ラヴィ・メノン"})


def test_a_name_here_in_scots_and_a_trade_with_its_years_after_a_greeting_introduce_the_writer():
    tester.valid("Awright Fraser! Smith here fae Govan, dae a lot ae railing repairs. Pure buzzin at yer Kelvingrove castings post",
                 lang="en", platform="linkedin")
    tester.invalid("Awright Fraser! Pure buzzin at yer Kelvingrove castings post, gonnae connect?", lang="en", platform="linkedin")
    tester.valid("G'day Shane, shearer from Quilpie, 15 yrs on merinos. Saw Durham Downs shearing's coming up. Keen to connect.",
                 lang="en", platform="linkedin-free")
    tester.invalid("G'day Shane, saw Durham Downs shearing's coming up. Keen to connect.", lang="en", platform="linkedin-free")
    # parity: the Japanese casual name and trade with its years were read before
    tester.valid("フレイザーさん！ゴバンで手すりの修理やっとるスミスです。ケルビングローブの鋳物の投稿、最高でした", lang="ja", platform="linkedin")
    tester.valid("シェーンさん、キルピーで毛刈り歴15年です。ダーラムダウンズの毛刈り、もうすぐですね。つながれたら嬉しいです。",
                 lang="ja", platform="linkedin-free")
    tester.invalid("シェーンさん、ダーラムダウンズの毛刈り、もうすぐですね。つながれたら嬉しいです。", lang="ja", platform="linkedin-free")


def test_years_the_writer_has_at_a_trade_say_what_they_do():
    profile = {"name": "Helen Ashby", "company": "Pinewood"}
    en = "Dear Helen,\n\nI saw Pinewood is recruiting SDH editors for drama. {x} I've attached my CV and two sample files.\n\nRegards,\nSimon"
    tester.valid(en.format(x="I have nine years on broadcast drama for ITV and Channel 4."), lang="en", platform="email", recipient=profile)
    tester.invalid(en.format(x="I have two years left on my visa."), lang="en", platform="email", recipient=profile)
    ja = "アシュビー様\n\nパインウッドで字幕編集者を募集されていると拝見しました。{x}履歴書とサンプルを添付いたします。\n\nサイモン"
    tester.valid(ja.format(x="放送ドラマの字幕編集に9年携わってまいりました。"), lang="ja", platform="email", recipient=profile)
    tester.invalid(ja.format(x="ビザの期限があと2年残っております。"), lang="ja", platform="email", recipient=profile)
