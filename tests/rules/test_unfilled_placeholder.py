"""unfilled-placeholder: every slot syntax fires with its exact span; citations, code and bullets stay silent."""

from __future__ import annotations

import pytest

from outreach_lint.testing import RuleTester

tester = RuleTester("unfilled-placeholder")


@pytest.mark.parametrize(
    "text, span",
    [
        ("Hi {{first_name}}, loved your talk.", "{{first_name}}"),
        ("Hi {{ contact.firstname }}, loved your talk.", "{{ contact.firstname }}"),
        ("Hi {first_name}, loved your talk.", "{first_name}"),
        ("I saw what [Company Name] shipped last week.", "[Company Name]"),
        ("Dear <FIRST NAME>, I read your post.", "<FIRST NAME>"),
        ("Dear %LASTNAME%, I read your post.", "%LASTNAME%"),
        ("Hi *|FNAME|*, quick note about your post.", "*|FNAME|*"),
        ("Hi ${name}, quick note about your post.", "${name}"),
        ("Hi [[name]], quick note about your post.", "[[name]]"),
        ("I loved your thoughts on [specific detail I liked].", "[specific detail I liked]"),
        ("Homes in [Neighborhood] are selling in days.", "[Neighborhood]"),
        ("Diners in [Town] keep asking for a ramen place.", "[Town]"),
    ],
)
def test_english_slots_fire_with_exact_spans(text, span):
    found = tester.invalid(text, spans=[span], severity="error")
    assert span in found[0].message


@pytest.mark.parametrize(
    "text, span",
    [
        ("●●様\nはじめまして。", "●●"),
        ("□□部長\nはじめまして。", "□□"),
        ("【お名前】様の記事を拝見しました。", "【お名前】"),
        ("＜貴社名＞の取り組みを拝見しました。", "＜貴社名＞"),
        ("カルテット運用チームの○○と申します。", "○○"),
        ("〇月〇日にお伺いします。", "〇月〇日"),
        ("XXさんの記事を拝見しました。", "XX"),
    ],
)
def test_japanese_slots_fire_with_exact_spans(text, span):
    tester.invalid(text, spans=[span], severity="error")


def test_messages_and_suggestions_follow_the_draft_language():
    ja = tester.invalid("○○様\nはじめまして。")[0]
    assert "差し込み忘れ" in ja.message and ja.suggestion == "相手の実際のお名前に置き換えてください。"
    en = tester.invalid("Hi {first_name}, hello.")[0]
    assert en.suggestion == "Write the recipient's actual name here."
    company = tester.invalid("I admire what [Company] does.")[0]
    assert "company" in company.suggestion


@pytest.mark.parametrize(
    "text",
    [
        "As shown in the benchmark [1], our C++ engine is faster.",
        "The survey (see [2] and [3]) covered 300 teams.",
        "We use {which I loved} braces as asides in prose sometimes.",
        "See [my write-up](https://example.com/post) for details.",
        "Reach me at <sam@tidepool.dev> any time. :-) {^_^}",
        "Use <b>bold</b> and <br> tags sparingly.",
        "Cost was 50% lower and 20% faster.",
        "- [x] read your paper\n- [ ] reply",
    ],
)
def test_english_near_misses_stay_silent(text):
    tester.valid(text)


@pytest.mark.parametrize(
    "text",
    [
        "○ 箇条書きの項目です。\n● もう一つの項目です。",
        "★★現在のステータス★★",
        "■■■■■■■■■■\nお知らせ\n■■■■■■■■■■",
        "【重要】来週の勉強会の件でご連絡しました。",
        "二〇〇六年に創業した会社です。",
        "「会社名」欄にご記入ください。",
    ],
)
def test_japanese_near_misses_stay_silent(text):
    tester.valid(text)


def test_slots_named_by_any_word_in_braces_or_any_name_of_something():
    # Blind writers' merge fields were not on any list: braces around a word, 〜名, a category.
    tester.invalid("Hudson Valley produce for {restaurant}. I loved your spring menu.", spans=["{restaurant}"])
    tester.invalid("丸山様のプロフィールで、[技術名]を使った[分野]の構築経験を拝見しました。", spans=["[技術名]", "[分野]"])
    tester.invalid("{作品名}のお知らせを拝見しました。", spans=["{作品名}"])
    tester.invalid("【関心分野】に関心をお持ちとのこと、プロフィールを拝見しました。", spans=["【関心分野】"])
    # An abbreviation in braces is a name; a label heading its value is a heading.
    tester.valid("Your post on the {fmt} library explained std::format well.")
    tester.valid("勉強会のご案内です。\n【日時】3月10日 19時\n【会場】渋谷")


def test_a_field_of_a_format_the_draft_spells_out_is_no_slot():
    text = ("小池です。出力ファイル名は次の形式です。\nforecast_{store_id}_{yyyymmdd}.csv\n"
            "{store_id}は5桁の店舗ID、{yyyymmdd}は予測対象日です。")
    tester.valid(text, lang="ja")


def test_the_addressee_of_a_greeting_in_brackets_and_a_deadline_slot_are_unfilled():
    tester.invalid("Dear [Hiring Manager],\n\nI'm writing about your call for logisticians.", lang="en", spans=["[Hiring Manager]"])
    tester.invalid("Hi [Recruiter],\nI'm Sam, a data engineer.", lang="en", spans=["[Recruiter]"])
    tester.valid("Dear Maya,\n[As promised] here is the deck from Tuesday.", lang="en")
    tester.invalid("河合様\n\nお取り扱いの可否につきまして、【回答期限】までにご回答いただけますと幸いです。", lang="ja", spans=["【回答期限】"])
    # A deadline written out is no slot, nor a heading with its value.
    tester.valid("【本日締切】春の新作ご予約のご案内", lang="ja")
    tester.valid("【申込期限】3月1日（金）", lang="ja")


def test_a_bare_field_name_in_capitals_where_a_name_goes_is_unfilled():
    tester.invalid("Dear NAME,\n\nI hope you are doing well. I am writing about opportunities at COMPANY.", lang="en", spans=["NAME", "COMPANY"])
    tester.invalid("Hi FIRSTNAME, quick question about your roadmap.", lang="en", spans=["FIRSTNAME"])
    # Capitals that shout, a name that is a brand, a field talked about: no slot.
    tester.valid("PLEASE SEND YOUR NAME AND COMPANY TODAY!", lang="en")
    tester.valid("Our app is called NAME.com and I work at NAME & Co.", lang="en")
    tester.valid("Hi Dana, what's your team's NAME field called in Salesforce?", lang="en")


def test_a_title_slot_in_brackets_is_unfilled():
    tester.invalid("先日の【投稿タイトル】を拝読し、大変共感いたしました。", lang="ja", spans=["【投稿タイトル】"])
    tester.valid("【タイトル】春の新作展示会のお知らせ", lang="ja")


def test_a_theme_slot_in_brackets_is_unfilled():
    tester.invalid("[投稿テーマ]についてのご投稿、大変参考になりました。", lang="ja", spans=["[投稿テーマ]"])
    tester.valid("【テーマ】地域医療と在宅ケア", lang="ja")


def test_a_description_of_their_thing_in_brackets_is_a_slot():
    tester.invalid("Olá Pedro, I'm a cooper in Vila Nova de Gaia. Loved your tawny ageing trial at [his winery]. Happy to share our "
                   "barrel-toasting logs.", lang="en", platform="linkedin-free", spans=["[his winery]"])
    tester.invalid("ペドロさん、はじめまして。樽職人の森です。[彼のワイナリー]での熟成の試み、拝見しました。", lang="ja", platform="linkedin")
    # Written out, or in parentheses, it is prose.
    tester.valid("Olá Pedro, loved your tawny ageing trial at Quinta do Vale (his family's winery).", lang="en", platform="linkedin-free")
    tester.valid("ペドロさん、はじめまして。ワイナリー（彼のご家族の）での熟成の試み、拝見しました。", lang="ja", platform="linkedin")


def test_a_slot_right_after_japanese_text_is_still_a_slot():
    tester.invalid("こんにちは{first_name}さん。連絡帳アプリを紙に戻した理由の投稿、とても考えさせられました。", lang="ja",
                   platform="linkedin-free", spans=["{first_name}"])
    tester.invalid("大川様が担当された{recent_project}の現場レポート、大変興味深く読みました。", lang="ja", platform="linkedin-message")
    # A field of a file-name format joined to a Latin word stays part of it.
    tester.valid("毎朝 forecast_{store_id}.csv を送ります。{store_id} は店舗コードです。", lang="ja", platform="email")


def test_a_slot_quoted_from_the_recipients_own_post_is_a_mention():
    kwame = {"name": "Kwame Asante", "recent_post": "Our year-end appeal went out as 'Dear *|FNAME|*'. Lessons learned."}
    tester.valid("Hi Kwame,\nI'm Rosa, an email consultant for small charities. Your post about the appeal that greeted "
                 "4,000 donors with \"Dear *|FNAME|*\" made me wince in sympathy.", lang="en", platform="linkedin-inmail",
                 recipient=kwame)
    tester.invalid("Dear *|FNAME|*,\nI'm Rosa, an email consultant for small charities.", lang="en",
                   platform="email", recipient={"name": "Kwame Asante", "recent_post": "[Recent post]"})
    kenji = {"name": "佐藤 健二", "recent_post": "年末の寄付のお願いが「{姓}様」のまま届いてしまった件"}
    tester.valid("佐藤様\n小さな団体のメール配信を支援している森です。寄付のお願いが「{姓}様」のまま届いた件の投稿、身につまされました。",
                 lang="ja", platform="linkedin", recipient=kenji)
    tester.invalid("{姓}様\n小さな団体のメール配信を支援している森です。", lang="ja", platform="email", recipient=kenji)


def test_a_slot_quoted_to_report_someone_elses_mailing_is_a_mention():
    tester.valid('Dear Ruth,\n\nI volunteer at the Inverness shop. A heads-up on the spring newsletter: in the copy I received, the '
                 'greeting read "Hi *|FNAME|*" instead of my name. The fix is a default value in the merge tag settings.\n\nMoira',
                 lang="en", platform="email")
    tester.valid("佐藤様\n\n先ほど届いたメルマガの件名が「{会社名}様 新製品のご案内」と表示されていました。差し込みの設定をご確認ください。",
                 lang="ja", platform="email")
    # quoted, but the writer's own slot left unfilled
    tester.invalid('Dear Dr. Villaluz,\n\nI have read your paper "[PAPER TITLE]" and I am very interested in your research.',
                   lang="en", platform="email")


def test_a_name_slot_after_a_latin_abbreviation_is_a_slot():
    tester.invalid("[OB名]様\nはじめまして。早稲田大学商学部3年の吉川と申します。", lang="ja", platform="linkedin-free", spans=["[OB名]"])
    tester.invalid("【OB・OG名】様\nはじめまして。吉川と申します。", lang="ja", platform="email")
    # a name written in, with a Latin abbreviation, is no slot
    tester.valid("大橋様（OB）\nはじめまして。早稲田大学商学部3年の吉川と申します。", lang="ja", platform="linkedin-free")


def test_a_town_masked_in_an_address_with_its_number_is_no_slot():
    tester.valid("長谷部様\n\n個展を拝見しました。\n\n柏木 陽介\n自宅：山梨県甲州市塩山〇〇町1234-5", lang="ja", platform="email")
    tester.valid("岩崎 颯太\n住所：埼玉県川口市〇〇2-14-6 メゾン川口203", lang="ja", platform="email")
    # a template's address left to fill, with no number written, is a slot
    tester.invalid("長谷部様\n\n会場：東京都〇〇区〇〇ホール\nお待ちしております。", lang="ja", platform="email")


@pytest.mark.parametrize(
    "text, lang, slot",
    [
        ("松田様\n\n社会保険労務士の平野と申します。当事務所ではこれまで【実績件数】件の保育園で加算の申請をお手伝いしてきました。", "ja", "【実績件数】"),
        ("松田様\n\n社会保険労務士の平野と申します。ひな形を無料でお送りします。\n\n平野社会保険労務士事務所\n【担当者の電話】", "ja", "【担当者の電話】"),
        ("今井さん\n\n岩城と申します。[候補日を3つ入れる]のいずれかで30分ほどお話しできたら嬉しいです。", "ja", "[候補日を3つ入れる]"),
        ("Hi Imai, I'm Iwaki. Could we talk for 30 minutes on [insert 3 dates]?", "en", "[insert 3 dates]"),
    ],
)
def test_a_count_a_phone_line_or_an_instruction_left_in_brackets_is_a_slot(text, lang, slot):
    tester.invalid(text, lang=lang, platform="email", spans=[slot])


def test_a_bracketed_label_with_its_value_is_no_slot():
    tester.valid("田中様\n\nセミナーのご案内です。\n【電話】03-1234-5678\n【日時】3月10日 19時", lang="ja", platform="email")


def test_brackets_that_head_the_sections_of_a_message_are_no_slots():
    text = ("江口さん\n\n構成表ありがとうございます。通訳の体制をご提案します。\n\n【人数】\n各ステージ2名、計6名を基本とします。\n\n"
            "【配置】\nメインステージは下手側の袖に立ち位置を作っていただけると助かります。\n\n渡部")
    tester.valid(text, lang="ja", platform="email")
    # a slot alone on its line, in a message with no other section, is still a slot
    tester.invalid("江口さん\n\nはじめまして。\n\n【人数】\n名で伺います。\n\n渡部", lang="ja", platform="email")
    tester.invalid("Hi Mayu,\n\nThanks for the running order. [number] interpreters will cover the main stage.\n\nSatomi",
                   lang="en", platform="email")


def test_your_thing_in_brackets_and_a_name_slot_opening_a_sentence_are_slots():
    tester.invalid("Hi Femi, I'm a game composer in Lagos. Saw [your studio] is licensing Afrobeat for games. Connect?",
                   lang="en", platform="linkedin", spans=["[your studio]"])
    tester.valid("Hi Femi, I'm a game composer in Lagos. Your studio [Kora Games] is licensing Afrobeat for games. Connect?",
                 lang="en", platform="linkedin")
    tester.invalid("森下様\n\n住宅ローン仲介の岡と申します。\n[エリア名]エリアでご活躍されている不動産会社様と提携させていただきたくご連絡いたしました。",
                   lang="ja", platform="email", spans=["[エリア名]"])
    # a label over its value in a notice stays a label
    tester.valid("森下様\n\n住宅ローン仲介の岡と申します。勉強会のご案内です。\n【会場名】渋谷ホール\n【日時】3月10日 19時\nぜひお越しください。",
                 lang="ja", platform="email")


def test_a_town_masked_as_xx_before_its_street_number_is_no_slot():
    base = "工藤様\n\nアーキビストの斎藤です。撮影台帳の写しをお送りできます。\n\n斎藤\n{x}"
    tester.valid(base.format(x="〒930-0000 富山県富山市XX町1-1（県立文書館）"), lang="ja", platform="email")
    tester.invalid("XX様\n\nアーキビストの斎藤です。撮影台帳の写しをお送りできます。", lang="ja", platform="email")
    tester.valid("Dear Ms Kudo,\n\nI'm Yoko, an archivist; I can send the ledger page.\n\nYoko\n91 XX Street, Hobart TAS 7000",
                 lang="en", platform="email")


def test_a_bracketed_name_slot_with_an_honorific_inside_is_a_slot():
    # 【採用ご担当者様名】様: the slot's words carry ご and 様 themselves
    tester.invalid("東洋アクチュアリーコンサルティング株式会社\n【採用ご担当者様名】様\n\nはじめてご連絡いたします。", lang="ja", platform="email")
    tester.valid("東洋アクチュアリーコンサルティング株式会社\n採用ご担当者様\n\nはじめてご連絡いたします。", lang="ja", platform="email")
    # parity: the English bracketed name slot was read before
    tester.invalid("Dear [Hiring Manager Name],\n\nI am writing about the senior consultant post.", lang="en", platform="email")
    tester.valid("Dear Hiring Manager,\n\nI am writing about the senior consultant post.", lang="en", platform="email")


def test_an_affiliation_left_in_brackets_is_a_slot():
    tester.invalid("藤田様\n\nはじめまして。[所属]の山田と申します。貴協会の活動に関心を持っております。", lang="ja", platform="email",
                   spans=["[所属]"])
    # parity: the English affiliation slot was read before
    tester.invalid("Dear Ms Fujita,\n\nI am Ken Yamada from [Organisation]. I follow your association's work.", lang="en",
                   platform="email", spans=["[Organisation]"])


def test_an_instruction_to_the_writer_in_round_brackets_is_an_unfilled_slot():
    tester.invalid("岡田様\n\n病院でボランティアコーディネーターをしている河野と申します。（ここに相手の取り組みを入れる）を拝見し、ご連絡いたしました。",
                   lang="ja", platform="linkedin-message")
    tester.valid("岡田様\n\n病院でボランティアコーディネーターをしている河野と申します。先日のご講演（会場に椅子を入れるほどの盛況でした）を拝見しました。",
                 lang="ja", platform="linkedin-message")
    tester.invalid("Hi Ana,\n\nI coordinate volunteers at a hospital in Nichinan. I loved (insert their recent project here) and would like to connect.",
                   lang="en", platform="linkedin-message")
    tester.valid("Hi Ana,\n\nI coordinate volunteers at a hospital in Nichinan. I loved your talk (we had to add chairs at the back) and would like to connect.",
                 lang="en", platform="linkedin-message")


def test_a_name_left_blank_in_the_greeting_is_a_slot():
    # a space between the slot and the title after it: 「〇〇　ご担当者様」
    ja = "{x}\n\n突然のご連絡失礼いたします。新潟の酒蔵で営業を担当しております小林と申します。"
    tester.invalid(ja.format(x="〇〇\u3000ご担当者様"), lang="ja", platform="email")
    tester.invalid(ja.format(x="○○ 様"), lang="ja", platform="email")
    tester.valid(ja.format(x="〇〇\u3000お知らせ"), lang="ja", platform="email")  # a decorated heading, no title after it
    en = "{x}\n\nI'm Kenta and I sell for a sake brewery in Niigata.\n\nKenta"
    tester.invalid(en.format(x="Dear ____,"), lang="en", platform="email")
    tester.invalid(en.format(x="Hi ___!"), lang="en", platform="email")
    tester.valid(en.format(x="Dear Ms Naito,") + "\nSigned: ________", lang="en", platform="email")  # a line to sign on
