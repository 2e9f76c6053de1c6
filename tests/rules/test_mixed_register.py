"""mixed-register (OL602): です・ます vs だ・である per sentence; casual words on professional platforms."""

from __future__ import annotations

import pytest

from outreach_lint.testing import RuleTester

tester = RuleTester("mixed-register")


@pytest.mark.parametrize(
    "text, span",
    [
        ("はじめまして、佐藤と申します。先日のご講演、とても勉強になった。ぜひつながりたいです。", "先日のご講演、とても勉強になった。"),
        ("御社の設計資料を拝読しました。御社の請求書APIは業界で一歩先を行っている。ぜひお話を伺いたいです。", "御社の請求書APIは業界で一歩先を行っている。"),
        ("私は分散システムを研究しています。専門はコンセンサスアルゴリズムである。よろしくお願いいたします。林様の記事を拝見しました。", "専門はコンセンサスアルゴリズムである。"),
        ("記事を拝見しました。設計がとても参考になります。次回の勉強会にも参加する予定だ。", "次回の勉強会にも参加する予定だ。"),
    ],
)
def test_japanese_plain_sentence_in_a_polite_message(text, span):
    tester.invalid(text, lang="ja", platform="linkedin", spans=[span], message="です・ます")


def test_polite_sentence_in_a_plain_message_names_the_dominant_register():
    text = "連載、全部読んだ。めちゃくちゃわかりやすかった。次の回も楽しみにしています。"
    tester.invalid(text, lang="ja", platform="email", spans=["次の回も楽しみにしています。"], message="だ・である")


def test_on_lenient_platforms_only_the_written_plain_style_is_mixing():
    # 「聞きたい」「読んだ」 among polite sentences is how people talk on X and Facebook (002 §1) ...
    tester.valid("写真展の投稿を見ました。光の使い方が素晴らしいです。今度撮影の話を聞きたい。", lang="ja", platform="facebook")
    tester.valid("連載、全部読んだ。めちゃくちゃわかりやすかった。次の回も楽しみにしています。", lang="ja", platform="x")
    # ... but です・ます beside だ・である is a mixed register anywhere.
    tester.invalid(
        "新刊のお知らせ拝見しました。装丁の紙選びがいつも素晴らしいのである。楽しみにしています。",
        lang="ja", platform="x", spans=["装丁の紙選びがいつも素晴らしいのである。"],
    )
    tester.invalid("写真展の投稿を見ました。光の使い方が素晴らしいです。今度撮影の話を聞きたい。", lang="ja", platform="linkedin")


@pytest.mark.parametrize(
    "text, spans",
    [
        ("記事を拝見しました。マジで参考になりました。", ["マジで"]),
        ("記事を拝見しました。最高でしたｗｗ", ["ｗｗ"]),
        ("解約率が半分になった話には驚きました(笑)", ["(笑)"]),
        ("あの記事、完全に神じゃん。ぜひつながりたいです。", ["じゃん"]),
        ("インフラエンジニアの松本っす。よろしくお願いします。", ["っす"]),
        ("倉庫の自動化の失敗談、笑いすぎて草\nぜひお話を伺えませんか。", ["草"]),
        ("本当に感動しました🙏🙏🙏", ["🙏🙏🙏"]),
    ],
)
def test_japanese_casual_markers_on_a_professional_platform(text, spans):
    tester.invalid(text, lang="ja", platform="email", spans=spans)


@pytest.mark.parametrize(
    "text, spans",
    [
        ("Hi Dana, tbh your offline-sync talk was the best one.", ["tbh"]),
        ("I wanna learn more about your dbt tests.", ["wanna"]),
        ("Hey bro, your talk on async cancellation was great.", ["bro"]),
        ("Your thread made me laugh haha, so familiar.", ["haha"]),
        ("Your post was so good lol. We tried the same.", ["lol"]),
        ("Thank u for the incident-review template.", ["u"]),
        ("I read ur write-up on passkeys.", ["ur"]),
        ("Loved your gRPC post. r u speaking at the next meetup?", ["r u"]),
        ("Your panel was amazing 🔥🔥🔥 I'd love to connect.", ["🔥🔥🔥"]),
    ],
)
def test_english_slang_on_a_professional_platform(text, spans):
    tester.invalid(text, lang="en", platform="linkedin", spans=spans)


@pytest.mark.parametrize(
    "text",
    [
        "はじめまして、佐藤と申します。先日のご講演、大変勉強になりました。ぜひつながらせてください。",
        "木村様が引用されていた「計測できないものは改善できない、だ」という一文が印象に残っています。ぜひお話を伺いたいです。",
        "鈴木様の資料が社内で「マジで神資料」と紹介されていて、拝見しました。とても参考になりました。",
        "お世話になっております。\n■導入の流れ\n・管理画面でAPIキーを発行する\n・テスト環境で連携を確認する\nご不明点がございましたらお問い合わせください。",
        "ご返信ありがとうございます。\n> ログの圧縮は後回しで十分だ\nご助言のとおり、まずは複製だけを実装してみます。",
        "草の根のコミュニティ活動を支えるツールについて、記事を拝見しました。",
        "先日の発表で皆さんと笑顔で話されていたのが印象的でした。",
        "詳しくはwww.example.co.jpをご覧ください。よろしくお願いいたします。",
        "前田様の資料を拝見しました。私も同じ仕組みを作っています🙂",
        "お世話になっております。先日お送りした\n資料についてご連絡いたしました。",  # a hard-wrapped clause
        "ひとつ質問があります。なぜその設計にしたのか。ぜひ教えてください。",  # a rhetorical question
    ],
)
def test_japanese_polite_drafts_stay_silent(text):
    tester.valid(text, lang="ja", platform="linkedin")


def test_casual_but_consistent_japanese_on_x_stays_silent():
    tester.valid("はじめまして！フロントエンドやってる高橋。連載、全部読んだよ。最高だったｗ 次も楽しみにしてる！", lang="ja", platform="x")


@pytest.mark.parametrize(
    "text",
    [
        "Hi Dana, I'm Sam at Fieldnote. Your offline-sync talk answered a question my team had for months.",
        "Your post quoted an intern saying \"we're gonna need more tests\" and it made the case.",
        "Your paper (Section U of the appendix especially) changed how we benchmark. Best, U Thant",
        "Thank you for the template; we adopted it last sprint 🙂",
        "Your essay reminded me of Yo-Yo Ma's recordings in the U.S. last year.",
        "Hi Ha, your talk on Ha Long Bay's tourism apps was fascinating.",
        "Your proof that the vectors u and v stay orthogonal was elegant.",
    ],
)
def test_english_professional_drafts_stay_silent(text):
    tester.valid(text, lang="en", platform="linkedin")


@pytest.mark.parametrize("platform", ["x", "facebook"])
def test_slang_is_fine_on_casual_platforms(platform):
    tester.valid("hey! tbh your thread was the best thing I read all week haha 🔥🔥🔥 wanna grab coffee?", lang="en", platform=platform)


def test_a_signature_name_the_tokenizer_reads_as_a_verb_is_no_plain_sentence():
    body = ("山内様\n\nはじめまして。大阪で和食店を営んでおります、料理人の木下と申します。御工房の藻塩に驚きました。"
            "業務用の卸をお願いすることは可能でしょうか。\n\n")
    tester.valid(body + "木下 宗一郎\n割烹 きのした\n", lang="ja", platform="email")
    # The same words in the body, ending a sentence, are still a plain ending among polite ones.
    tester.invalid(body + "昨日は店で天ぷらを揚げ、藻塩を試した。\n\n木下 宗一郎\n", lang="ja", platform="email")


def test_a_contracted_explanatory_nda_is_speech_on_facebook():
    # 「…ところなんだ」: の contracted to ん is how people talk; 「…なのだ」 would be the written plain style
    tester.valid("けんちゃん久しぶり！高校の吹奏楽部で一緒だった真由です。クラフトビールの投稿、すごく気になってます。"
                 "実は今、駅前で小さなカフェをやってて、地元のお酒を置きたいと思ってたところなんだ。", lang="ja", platform="facebook")
    tester.invalid("けんちゃん久しぶり！高校の吹奏楽部で一緒だった真由です。クラフトビールの投稿、すごく気になってます。"
                   "地元のお酒を置くことこそ、小さな店の使命なのだ。", lang="ja", platform="facebook")


def test_one_spoken_plain_sentence_in_a_long_polite_message_is_a_slip_readers_forgive():
    polite = ("山下さん\n\nはじめまして。ケアステップでプロダクトマネージャーをしている大塚と申します。記事を拝読しました。"
              "弊社では見守りアプリを開発中です。ご家族とご本人とで、求めるものが食い違うことに悩んでいます。")
    tester.valid(polite + "ご家族は細かい通知を求め、ご本人は見張られていると感じてしまう。一度ご意見を伺えないでしょうか。",
                 lang="ja", platform="linkedin-inmail")
    # the written plain style, or two plain sentences, is a change of register
    tester.invalid(polite + "通知の設計こそが課題である。一度ご意見を伺えないでしょうか。", lang="ja", platform="linkedin-inmail")
    tester.invalid(polite + "ご家族は通知を求める。ご本人は見張られていると感じてしまう。一度ご意見を伺えないでしょうか。",
                   lang="ja", platform="linkedin-inmail")


def test_a_request_cut_short_with_zu_is_not_the_plain_style():
    polite = ("平田さん、はじめまして。大阪のグループホームでユニットリーダーをしている岡本です。音声入力の記事、夜勤明けに"
              "読んで思わず声が出ました。方言の認識の工夫があれば知りたいです。{}")
    tester.valid(polite.format("お返事はどうぞお気になさらず。"), lang="ja", platform="linkedin")
    tester.invalid(polite.format("方言の認識は本当に難しい課題だ。"), lang="ja", platform="linkedin")


def test_pairs_of_emoji_all_through_a_message_are_a_chats_voice():
    tester.invalid("土屋様🐝🐝\n\nはじめまして！銀座のビルの屋上で養蜂をしている、NPOの平野です🌸🌸\n蜜源マップ、さっそく屋上チームで見ました✨✨"
                   "採蜜量の記録でよければ共有できますので、ぜひつながってください🙏🙏", lang="ja", platform="linkedin")
    tester.invalid("Hi Sam 🐝🐝 I'm Ana, I keep bees on a Leeds rooftop 🌸🌸 Your forage map helped us loads ✨✨ happy to share our "
                   "yield logs, let's connect 🙏🙏", lang="en", platform="linkedin")
    # one here and there, or a single pair, is fine
    tester.valid("土屋様\n\nはじめまして。銀座のビルの屋上で養蜂をしている、NPOの平野です🐝 蜜源マップ、屋上チームで拝見しました🌸"
                 "採蜜量の記録でよければ共有できます。", lang="ja", platform="linkedin")
    tester.valid("Hi Sam, I'm Ana, I keep bees on a Leeds rooftop 🐝🐝 Your forage map helped us a lot; happy to share our yield logs.",
                 lang="en", platform="linkedin")


def test_a_friendly_greeting_is_no_slang_on_linkedin():
    text = ("Hiya Joanne, I'm a lift engineer in Liverpool, mostly old traction lifts in council blocks. Your post on Moorfields "
            "escalators tripping on wet days rang true. Would be good to connect{x}.")
    tester.valid(text.format(x=""), lang="en", platform="linkedin")
    tester.invalid(text.format(x=" lol"), lang="en", platform="linkedin")
    ja = "浅野様、こんにちは！リバプールで昇降機の保守をしている森です。濡れた日のエスカレーター停止の投稿、とても共感しました。{x}"
    tester.valid(ja.format(x="ぜひつながってください。"), lang="ja", platform="linkedin")
    tester.invalid(ja.format(x="ぜひつながってください（笑）"), lang="ja", platform="linkedin")


def test_a_shop_name_ending_like_the_classical_copula_has_no_register():
    # 「助産院なりた」: UniDic reads the shop's name as 助産院 + なり + た, the classical copula.
    tester.valid("藤田様\n\nはじめまして。青森市で開業助産師をしております成田と申します。ご投稿を拝見し、ご連絡いたしました。"
                 "試作品のモニターでしたら、喜んでご協力いたします。\n\n念のため、私の情報を記載いたします。\n住所：青森県青森市浜田2丁目\n助産院なりた",
                 lang="ja", platform="linkedin-inmail")
    # the written plain style after its polite sentences is still mixed
    tester.invalid("藤田様\n\nはじめまして。青森市で開業助産師をしております成田と申します。ご投稿を拝見し、ご連絡いたしました。"
                   "授乳の姿勢は、クッションの高さで決まるのである。",
                   lang="ja", platform="linkedin-inmail")
    tester.valid("Dear Ms Fujita,\n\nI'm Keiko Narita, a midwife in Aomori. I read your post and would be glad to help with trials.\n\nNarita Midwifery",
                 lang="en", platform="linkedin-inmail")
