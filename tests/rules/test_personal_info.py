"""personal-info (OL501): personal numbers, home addresses, birth dates and IDs; business details stay silent."""

from __future__ import annotations

import json

import pytest

from outreach_lint import Linter
from outreach_lint.testing import RuleTester

tester = RuleTester("personal-info")


@pytest.mark.parametrize(
    "text, spans",
    [
        ("お急ぎの際は携帯 090-1234-5678 までお電話ください。", ["090-1234-5678"]),
        ("お返事は080-2345-6789にいただいても構いません。", ["080-2345-6789"]),
        ("０７０－１１２２－３３４４までお電話いただけますと幸いです。", ["０７０－１１２２－３３４４"]),
        ("海外におりますので、+81 90-8765-4321までご連絡ください。", ["+81 90-8765-4321"]),
        ("個人の電話番号ですが、03-3456-7890にいつでもご連絡ください。", ["03-3456-7890"]),
        ("私の住まいは横浜市中区山下町12-3です。", ["横浜市中区山下町12-3"]),
        ("資料は自宅（東京都世田谷区太子堂2-3-4）宛にお送りください。", ["東京都世田谷区太子堂2-3-4"]),
        ("送付先：〒154-0004 東京都世田谷区太子堂4-5-6 コーポ太子堂203号室", ["〒154-0004 東京都世田谷区太子堂4-5-6 コーポ太子堂203号室"]),
        ("書類は大阪府豊中市本町3丁目4番5号までお送りください。", ["大阪府豊中市本町3丁目4番5号"]),
        ("自宅は茨城県つくば市ひばりが丘2-5-8です。", ["茨城県つくば市ひばりが丘2-5-8"]),
        ("生年月日：2003年4月15日", ["2003年4月15日"]),
        ("1995年8月20日生まれ、東京都出身です。", ["1995年8月20日"]),
        ("本人確認のため、マイナンバーは1234 5678 9012です。", ["1234 5678 9012"]),
        ("運転免許証番号 123456789012 をお伝えします。", ["123456789012"]),
    ],
)
def test_japanese_personal_details_fire_and_are_sensitive(text, spans):
    found = tester.invalid(text, lang="ja", spans=spans)
    assert all(f.sensitive for f in found)
    for f in found:  # the report never repeats what it masks
        assert text[f.start : f.end] not in f.message
        assert f.suggestion and text[f.start : f.end] not in f.suggestion


@pytest.mark.parametrize(
    "text, spans",
    [
        ("My cell is (415) 555-0132 if you'd like to chat.", ["(415) 555-0132"]),
        ("Text me at +1 646-555-0147 anytime, that's my personal number.", ["+1 646-555-0147"]),
        ("My home phone is (212) 555-0188.", ["(212) 555-0188"]),
        ("My mobile here is +81 90-2468-1357.", ["+81 90-2468-1357"]),
        ("My apartment is at 42 Elm Street, Apt 4B, near your office.", ["42 Elm Street, Apt 4B"]),
        ("I live at 1187 Lakeview Avenue in Oakland.", ["1187 Lakeview Avenue"]),
        ("Date of birth: 04/15/2001", ["04/15/2001"]),
        ("I was born on March 3, 1990, the day your company was founded.", ["March 3, 1990"]),
        ("For the background check, my SSN is 123-45-6789.", ["123-45-6789"]),
        ("My passport number is X12345678.", ["X12345678"]),
    ],
)
def test_english_personal_details_fire_and_are_sensitive(text, spans):
    found = tester.invalid(text, lang="en", spans=spans)
    assert all(f.sensitive for f in found)
    assert all(text[f.start : f.end] not in f.message for f in found)


def test_id_numbers_are_errors():
    tester.invalid("My SSN is 123-45-6789.", lang="en", severity="error")


def test_json_output_does_not_carry_the_number():
    result = Linter().lint("Hi Dana, I'm Sam at Fieldnote. My cell is (415) 555-0132.", lang="en")
    mine = [f for f in result.findings if f.rule == "personal-info"]
    assert mine and "555-0132" not in json.dumps([f.to_dict() for f in mine], ensure_ascii=False)


@pytest.mark.parametrize(
    "text",
    [
        # an office number and a company address in a signature
        "ご連絡いたしました。\n\n--\n株式会社ノースフィールド 開発部 佐藤 一郎\n〒150-0002 東京都渋谷区渋谷2-21-1 渋谷ヒカリエ11階\nTEL：03-5778-4117（代表）",
        "よろしくお願いいたします。\n━━━━━━━━\n株式会社メディカルリンク\n〒460-0003 愛知県名古屋市中区錦2-4-15 ORE錦二丁目ビル11階\nTEL：052-684-5843（直通）",
        "記事（https://example.com/posts/20240115/09012345678）を拝読しました。",
        "注文番号 09012345678 の商品を本日発送いたしました。",
        "2026年3月5日の展示会で伺いました。書籍は3,000円でした。",
        "1990年生まれのエンジニアの森と申します。",
        "勉強会の会場は東京都千代田区丸の内1-9-1 グラントウキョウノースタワー 5階のホールです。",
        "渋谷区在住で、都内の大学で研究をしております。",
        "品川区に住んでいて、2-3人のチームで働いています。",  # a count, not a street number
        "マイナンバーカードの普及に関する論考を拝読しました。",
        "弊社の窓口は0120-123-456です。",
        "社用携帯：090-1111-2222（平日9時〜18時）",
        "お問い合わせ番号 080-1234-5678-99 の件でご連絡しました。",
    ],
)
def test_japanese_business_details_and_near_misses_stay_silent(text):
    tester.valid(text, lang="ja")


@pytest.mark.parametrize(
    "text",
    [
        "Best,\nAlex Moreno\nTidewater Inc.\n100 Market Street, Suite 400, San Francisco, CA 94105\nOffice: (415) 555-0100",
        "I wrote it up at https://harbor.example.com/blog/2024/05/17/roadmap-4155550132 in case it helps.",
        "Your order #4412-8890-1234 shipped today and should arrive on 2026-03-05.",
        "The conference ticket was $1,299.00, so I'm glad the talk is online.",
        "Our meetup is at 500 Howard Street, 3rd floor, next Thursday.",
        "I was born in 1990 and have watched passkeys come a long way.",
        "Your company was born on March 3, 1990, the same week as the web.",
        "Please reach our main line at (212) 555-0100.",
        "Zoom meeting ID: 812 3456 7890 for Tuesday's call.",
        "Invoice ref 123-45-6789 covers the workshop fee.",
        "Finch Ltd, 1 Canada Square, London E14 5AB\nWork mobile: +44 7911 123456",
    ],
)
def test_english_business_details_and_near_misses_stay_silent(text):
    tester.valid(text, lang="en")


def test_runs_on_drafts_in_neither_language():
    tester.invalid("Mein Handy: +81 90-8765-4321. Bis bald!", spans=["+81 90-8765-4321"])


@pytest.mark.parametrize(
    "text",
    [
        "URGENT! You have won a 1 week FREE membership. Call 09061743806 now, personal prize code 81010.",
        "Call us toll-free at 1-800-555-0199, our customer line is open 24/7.",
        "お問い合わせはフリーダイヤル0120-123-456（個人のお客様窓口）まで。",
        "ナビダイヤル0570-000-123までお電話ください。",
    ],
)
def test_premium_toll_free_and_service_lines_are_nobodys_own(text):
    tester.valid(text)


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Best,\nWill Trevenna\nPersonal mobile: 07734 219 660", "en"),  # a British mobile
        ("My cell: 090-1234-5678", "en"),  # a Japanese mobile in an English draft, named as one
        ("Best,\nElsa Lund\nPassport no. 88412739", "en"),  # a passport number of digits only
    ],
)
def test_own_lines_and_ids_in_other_national_formats(text, lang):
    tester.invalid(text, lang=lang)


def test_a_number_the_writer_calls_their_mobile_is_one_even_outside_the_allocated_ranges():
    # Fictional-looking UK numbers that the numbering plan does not list as allocated.
    tester.invalid("Hi Imogen, I'm a retired engineer. My personal mobile is 07911 482 617.", lang="en", platform="linkedin")
    tester.invalid("Cheers,\nKev Mulligan\nMulligan Plumbing\nMobile: 07700 914 362", lang="en", platform="email")
    # Unlabelled, or labelled as an order number, it is not read as a phone.
    tester.valid("Your order no. 07911 482 617 shipped today.", lang="en", platform="email")


def test_once_they_have_replied_a_number_they_asked_for_is_not_a_finding():
    thread = [
        {"from": "me", "date": "2026-10-01", "text": "Hi Ms Green, could my class visit your allotment?"},
        {"from": "them", "date": "2026-10-03", "text": "Yes please! Could you give me a number to call you on?"},
    ]
    tester.valid("Wonderful, thank you! My mobile is 07700 900412; I'm free after 3:45.", lang="en", platform="email", thread=thread)


def test_a_number_followed_by_my_mobile_and_a_bare_born_date():
    tester.invalid("Best,\nKev\n07700 914 338 (my personal mob)", lang="en", platform="email")
    tester.invalid("My details: born 02/11/2004, happy to send more.", lang="en", platform="email")
    tester.valid("I was born in Leeds and moved to Lyon in 2019.", lang="en", platform="email")


def test_other_countries_national_ids_named_before_the_number():
    tester.invalid("For your records: National Insurance number QQ 12 34 56 C.", lang="en", platform="email")
    tester.invalid("May I apply for your summer field posting? My details: Aadhaar 4821 7730 5196.", lang="en", platform="email")
    tester.invalid("Olá Marina, I'm a driver from Campinas. CPF 123.456.789-09, in case you need it.", lang="en", platform="linkedin-inmail")
    tester.invalid("西田様\nはじめまして、介護職の森です。基礎年金番号は1234-567890です。", lang="ja", platform="email")
    # An order's ID number, or a pan on a kitchen shelf, is nobody's identity.
    tester.valid("Your order ID number 12345678 shipped today.", lang="en", platform="email")
    tester.valid("The pan 12345 set sold out, sorry.", lang="en", platform="email")
    tester.valid("西田様\n先日の注文番号は1234-567890です。", lang="ja", platform="email")


def test_a_number_to_reach_on_a_messaging_app_or_at_home_is_personal():
    # Messaging apps run on a mobile number, wherever it was issued.
    tester.invalid("Hi Bryn, I farm sheep past Rhayader. Easier on WhatsApp, message me there on 07700 914 382.", lang="en", platform="facebook")
    tester.invalid("Hi Sipho, I'm Zanele, I supply flour to bakeries. Way easier to chat on WhatsApp, hmu there on 072 614 0098", lang="en", platform="linkedin-message")
    tester.invalid("Dear Archdeacon, I'm a stonemason. Ring me at home on 01568 612 447, evenings are best.", lang="en", platform="linkedin-inmail")
    # A business's WhatsApp line is not the writer's own.
    tester.valid("Hi Bryn, for orders our office WhatsApp line is +44 20 7946 0321.", lang="en", platform="facebook")


def test_a_licence_number_a_few_words_after_its_label_is_an_id():
    tester.invalid("本多様\n小田原で個人タクシーをしている杉山です。身元の証明として免許証番号を記します：第 4410 2286 9031 号。", lang="ja", platform="linkedin")
    tester.valid("免許証番号は不要です。お問い合わせ番号は 1234 5678 9012 です。", lang="ja", platform="linkedin")
    tester.invalid("Hi Tom, for the background check my driver's licence number is D1234567.", lang="en", platform="email")


def test_a_full_postal_address_a_mob_label_and_an_invitation_to_pop_by():
    # A street with its town and full postcode is a whole postal address, as 〒 makes one in Japanese.
    tester.invalid("Dear Professor Ellis,\nI'm a local historian; the transcription is attached.\n\nWith best wishes,\n"
                   "Geoffrey Hale\n3 Kirkgate Cottages, Ripon HG4 1PB", lang="en", platform="email",
                   spans=["3 Kirkgate Cottages, Ripon HG4 1PB"])
    tester.invalid("Dear Ms Park,\nI'm a retired teacher and volunteer archivist.\n\nBest,\nJune Ross\n12 Oak Lane, Springfield, IL 62704",
                   lang="en", platform="email")
    tester.invalid("小野様\nはじめまして、郷土史を調べている原と申します。\n\n原 健一\n〒960-8031 福島市栄町1-25", lang="ja", platform="email")
    # The same address in a company's signature is the office's.
    tester.valid("Dear Professor Ellis,\nThe transcription is attached.\n\nWith best wishes,\nGeoffrey Hale\nHale & Co Archives Ltd\n"
                 "3 Kirkgate Cottages, Ripon HG4 1PB", lang="en", platform="email")
    # "mob" is a mobile, as 携帯 is.
    tester.invalid("Happy to connect. - Ravi Patel, mob 07700 900461", lang="en", platform="linkedin")
    tester.invalid("よろしくお願いします。森 ラヴィ（携帯 090-3311-4826）", lang="ja", platform="linkedin")
    tester.valid("Happy to connect. - Ravi Patel, office 020 7946 0321", lang="en", platform="linkedin")
    # A street the writer asks them to pop by is where the writer is.
    tester.invalid("Hi Ewa, I'm Dev, a retired engineer. If you want to see my kit, I'm at 41 Lavender Grove, E8, pop by any afternoon.",
                   lang="en", platform="facebook")
    tester.valid("Hi Ewa, the Repair Café is at 41 Lavender Grove, E8 this month.", lang="en", platform="facebook")


def test_a_partly_masked_number_is_still_a_number_and_a_birth_date_in_brackets():
    tester.invalid("今村さん、はじめまして。輸入商社の柏木です。私の個人携帯(090-2277-3XXX)はいつでもつながります。", lang="ja", platform="linkedin")
    tester.invalid("Hi Meera, I'm a fermentation consultant. Happy to connect. - Ravi, mobile 07700 900XXX", lang="en", platform="linkedin")
    tester.invalid("本人確認のため、生年月日(1988年11月22日)を記載いたします。", lang="ja", platform="email")
    # A wholly masked number is a slot to fill, and a screen size is no number.
    tester.valid("今村さん、はじめまして。輸入商社の柏木です。携帯：090-XXXX-XXXX", lang="ja", platform="linkedin")
    tester.valid("Hi Meera, the mock-ups are 1920x1080 and 2560x1440, mobile ones to follow.", lang="en", platform="linkedin")


def test_the_address_of_a_workshop_kiln_or_studio_is_the_business_not_the_home():
    tester.valid("西川先生\n\nご相談させてください。\n\n今村窯 今村 和弘\n〒844-0004 佐賀県西松浦郡有田町大樽1丁目（窯・直売所）\n"
                 "TEL：0955-00-1234（代表）", lang="ja", platform="email")
    tester.valid("Dear Ms Park,\nHappy to send samples.\n\nBest,\nJune Ross\nRoss Ceramics Studio, 12 Oak Lane, Springfield, IL 62704",
                 lang="en", platform="email")
    # The same address given as the writer's own home is personal.
    tester.invalid("西川先生\n\nご相談させてください。\n\n今村 和弘\n自宅：〒844-0004 佐賀県西松浦郡有田町大樽1丁目", lang="ja", platform="email")


def test_an_australian_postal_address_a_dob_is_and_a_passport_number_ending_in_a_letter():
    tester.invalid("Hi there, I'm Kylie. You can come look any time at 27 Wattle Street, Carina QLD 4152.", lang="en", platform="facebook")
    tester.invalid("Hi there, I'm Kylie, and my DOB is 3 June 1958 if you need it for the paperwork.", lang="en", platform="facebook")
    tester.invalid("Apologies again,\nRamon Dela Cruz\nPassport no. P1234567A", lang="en", platform="email")
    tester.valid("Hi there, I'm Kylie. The rally meets at the QLD 4152 depot sign on Wattle Street.", lang="en", platform="facebook")


def test_a_street_with_no_type_word_is_known_by_its_town_and_postcode():
    tester.invalid("Hi Pete, slate roofer in Bangor. Come by for a brew: 22 Glan Y Môr, Bangor LL57 2QA. Glad to connect.",
                   lang="en", platform="linkedin-free")
    tester.valid("Hi Pete, slate roofer in Bangor. Your work at 22 Glan Y Môr was tidy. Glad to connect.", lang="en", platform="linkedin-free")


def test_an_irish_eircode_with_its_county_and_a_continental_street_are_whole_addresses():
    tester.invalid("Dear Siobhán, I'm an illustrator working in gouache. Could I send you six spreads?\n\nThank you,\nAoife Brennan\n"
                   "Illustrator\n14 Larkfield Road, Ballincollig, Co. Cork, P31 X2K8", lang="en", platform="email")
    tester.invalid("Bonjour Léa, I'm a pastry chef opening a patisserie in Strasbourg. Could you send a small sample? Until the shop "
                   "is fitted out, please post it to my home: 7 Rue des Tanneurs, 3e étage, 67000 Strasbourg.", lang="en", platform="email")
    # a company's address stays a company's: "Co." after a name is a company, and a shop's street is the shop's
    tester.valid("Dear Siobhán, could I send you six spreads?\n\nThank you,\nAoife Brennan\nBrennan Print Co.\n14 Larkfield Road, "
                 "Ballincollig, P31 X2K8", lang="en", platform="email")
    tester.valid("Bonjour Léa, we are Maison Klein SARL. Please post the samples to our shop: 7 Rue des Tanneurs, 67000 Strasbourg.",
                 lang="en", platform="email")


def test_a_number_named_as_the_firms_just_after_it_is_a_business_line():
    tester.valid("Hi Fatima, I'm Selin, export manager at an organic cotton mill in Denizli. +90 532 000 0000 is our sales desk, "
                 "if a call is ever easier.", lang="en", platform="linkedin-message")
    tester.invalid("Hi Fatima, I'm Selin, export manager at an organic cotton mill in Denizli. +90 532 000 0000 is my own number, "
                   "if a call is ever easier.", lang="en", platform="linkedin-message")
    # Japanese said so already: 「090-1234-5678は弊社の営業窓口です」
    tester.valid("はじめまして、デニズリの綿紡績の営業、セリンです。090-1234-5678は弊社の営業窓口です。", lang="ja", platform="linkedin-message")


def test_a_number_or_home_address_with_most_digits_hidden_is_still_given():
    # a full mobile prefix, then more digits hidden than shown: still the writer's mobile
    tester.invalid("はじめまして、農機具の修理をしている村田です。\n\n村田 健\n携帯：070-4XXX-8XXX", lang="ja", platform="email")
    # a home address whose street number is masked is still a whole address
    tester.invalid("はじめまして、陶芸をしている村田です。\n\n村田 健\n〒791-0XXX 愛媛県松山市道後町XX-X", lang="ja", platform="email")
    tester.invalid("はじめまして、陶芸をしている村田です。\n\n村田 健\n住所：静岡県浜松市中区城北3-X-X", lang="ja", platform="email")
    # a wholly masked number is still a slot, and a masked count is no address
    tester.valid("はじめまして、陶芸をしている村田です。\n\n村田 健\n携帯：090-XXXX-XXXX", lang="ja", platform="linkedin")


def test_an_institutions_address_in_the_signature_is_no_home():
    tester.valid("Dear Sister Pike,\n\nI'm an ocularist; I saw your post about the family leaflets and would be glad to draft a section."
                 "\n\nKind regards,\nRhys Morgan\nMidlands Artificial Eye Service, 40 Calthorpe Road, Birmingham B15 1TH\n"
                 "Freephone: 0800 555 0177", lang="en", platform="email")
    tester.valid("佐藤様\n\n義眼を作っております森と申します。ご投稿を拝見し、ご連絡いたしました。\n\n森 健一\n市立中央病院 眼科\n"
                 "〒460-0001 名古屋市中区三の丸1-2-3", lang="ja", platform="email")
    # the same address said to be where the writer lives is a home
    tester.invalid("Dear Sister Pike,\n\nI'm an ocularist. Do drop by, I live at 40 Calthorpe Road, Birmingham B15 1TH.",
                   lang="en", platform="email")


def test_a_home_address_over_two_signature_lines_is_an_address():
    tester.invalid("Dear Ilse,\n\nI saw your call for freelance répétiteurs. CV attached.\n\nWith best wishes,\nTobias Wren\n"
                   "Flat 3, 18 Abingdon Road\nOxford OX1 4PD", lang="en", platform="email")
    tester.valid("Dear Ilse,\n\nI saw your call for freelance répétiteurs. CV attached.\n\nWith best wishes,\nTobias Wren\n"
                 "Hygrosense Ltd\nUnit 4, 18 Abingdon Road\nOxford OX1 4PD", lang="en", platform="email")
    tester.invalid("イルゼ様\n\nフリーのコレペティトゥアの募集を拝見しました。経歴書を添付いたします。\n\nトビアス・レン\n"
                   "〒150-0001\n東京都渋谷区神宮前3-18-4", lang="ja", platform="email")


def test_a_number_labeled_in_its_own_sentence_is_read_from_that_sentence():
    # the shop is the writer's trade, said in the sentence before: the mobile is still theirs
    tester.invalid("酒井様、はじめまして。京都で自転車店を営んでいる堀と申します。携帯：090-7715-3362", lang="ja", platform="linkedin")
    tester.invalid("Hi Ann, I run a bike shop in Leeds. Mobile: 07911 482 617", lang="en", platform="linkedin")
    # the shop's own mobile, in the same sentence, is the business's
    tester.valid("Hi Ann, I run a bike shop in Leeds. Shop mobile: 07911 482 617", lang="en", platform="linkedin")
    # a messaging app in the sentence before still runs on the number
    tester.invalid("Hi Ayesha, I'm Tom from Physiolink. Email is slow for me, so let's move this to WhatsApp. Add me on "
                   "+44 7700 900461.", lang="en", platform="email")


def test_a_personal_mobile_and_a_home_in_a_kana_city_are_given():
    tester.invalid("酒井様、京都で自転車店を営んでいる堀と申します。店は不定休なので、個人携帯の090-7715-3362のほうが確実につながります。",
                   lang="ja", platform="linkedin")
    tester.invalid("小川さん、筑波大で薬理学を研究している田村です。自宅（つくば市竹園2-11-4）で月1回の抄読会を開いています。",
                   lang="ja", platform="linkedin")
    tester.valid("小川さん、筑波大で薬理学を研究している田村です。研究室（つくば市天王台1-1-1）で月1回の抄読会を開いています。",
                 lang="ja", platform="linkedin")
    tester.invalid("Hi Ann, I'm Kevin, I run a bike shop in Kyoto. The shop keeps odd hours, so my personal mobile "
                   "090-7715-3362 is the surest way to reach me.", lang="en", platform="linkedin")


def test_a_number_called_the_writers_own_and_a_house_are_given():
    tester.invalid("Hi Jun! I'm Teacher Liza, I own Little Sampaguita Kindergarten in BF Homes. Just message me on Viber instead, it's "
                   "faster: 0917 555 2041 (my personal number).", lang="en", platform="facebook")
    tester.valid("Hi Ann, for results call 0906 555 2041 now.", lang="en", platform="facebook")
    tester.invalid("Hi Ayesha! Riaan here, I upcycle furniture. Come have a look any evening this week, I'm at 18 Kensington Drive, "
                   "Durban North, the house with the green gate.", lang="en", platform="facebook")
    tester.invalid("綾さん、家具リメイクのリアンです。夕方ならいつでも見に来てください、福岡市中央区大名2-3-4の、緑の門の一軒家です。",
                   lang="ja", platform="facebook")
    tester.valid("綾さん、家具リメイクのリアンです。夕方ならいつでも見に来てください、福岡市中央区大名2-3-4の工房です。", lang="ja", platform="facebook")


def test_a_public_bodys_address_in_the_signature_is_its_work_address():
    ja = ("工藤様\n\n県立文書館でアーキビストをしております斎藤です。企画に掲載された港の写真の撮影台帳がございます。写しをお送りできます。\n\n"
          "斎藤 陽子\n{x}")
    tester.valid(ja.format(x="〒930-0000 富山県富山市中央町1-1（県立文書館）"), lang="ja", platform="email")
    tester.invalid(ja.format(x="〒930-0000 富山県富山市中央町1-1 コーポ中央102"), lang="ja", platform="email")
    en = ("Dear Ms Kudo,\n\nI'm Yoko Saito, an archivist. Your series ran our harbour picture, and our ledger records the "
          "photographer. I can send a copy of the page.\n\nYoko Saito\n{x}")
    tester.valid(en.format(x="Tasmanian Archives, 91 Murray Street, Hobart TAS 7000"), lang="en", platform="email")
    tester.invalid(en.format(x="Flat 2, 91 Murray Street, Hobart TAS 7000"), lang="en", platform="email")


def test_an_eight_digit_mobile_and_an_address_labelled_home_are_personal():
    # Hong Kong and Singapore numbers have eight digits: a line that calls it a mobile makes it one.
    intro = "Dear Ms Yip,\n\nI make rice paper by hand in a small workshop in Tai Po.\n\nBest regards,\nKenneth Lau\n"
    tester.invalid(intro + "Mobile: 9123 4567", lang="en", platform="email")
    tester.invalid("G'day Will, crane operator from Devonport here, 8 years on the Franna.\n\nCheers, Dazza\nHome: 9 Bishops Rd, Devonport",
                   lang="en", platform="linkedin-message")
    tester.valid(intro + "Office: 9123 4567", lang="en", platform="email")
    tester.valid(intro + "Order ref: 9123 4567", lang="en", platform="email")
    tester.invalid("矢野様\n\n宇和島でクレーンの運転士をしております二宮です。\n\n二宮 健\n自宅：愛媛県宇和島市丸之内4丁目3-18",
                   lang="ja", platform="email")
    tester.valid("矢野様\n\n宇和島でクレーンの運転士をしております二宮です。\n\n二宮 健\n注文番号：9123 4567", lang="ja", platform="email")


def test_a_street_joined_by_a_lower_case_particle_is_an_address():
    # "14 Heol y Coed, Llanelli SA15 3PL": Welsh "y" joins the street's words; so do "de la", "del".
    tester.invalid("Hi Huw, I'm secretary of Côr Meibion Llanelli. Saw your St David's Day call. Post is best: 14 Heol y Coed, Llanelli SA15 3PL.",
                   lang="en", platform="linkedin-free")
    tester.invalid("Bonjour Claire, I'm a harp technician in Lyon. Drop the harp at 3 Rue de la Paix, 69002 Lyon any evening.",
                   lang="en", platform="facebook")
    tester.valid("Hi Huw, I'm secretary of Côr Meibion Llanelli. Saw your St David's Day call. We sang Calon Lân at 14 venues last year.",
                 lang="en", platform="linkedin-free")
    # parity: a Japanese street address was read before
    tester.invalid("はじめまして。ラネリーの合唱団の事務局の者です。郵送がいちばんです：愛知県名古屋市中区栄3-14-6", lang="ja", platform="linkedin-free")
    tester.valid("はじめまして。ラネリーの合唱団の事務局の者です。昨年は14か所で歌いました。", lang="ja", platform="linkedin-free")


def test_a_place_named_po_is_not_a_purchase_order_label():
    # "Tai Po" on the line above the mobile is a town; only "PO" or "P.O." in capitals labels an order.
    intro = "Dear Ms Yip,\n\nI make rice paper by hand in a small workshop in Tai Po.\n\nBest regards,\nKenneth Lau\n"
    tester.invalid(intro + "Flat 12B, Block 3, Wan Tau Tong Estate, Tai Po, N.T.\nMobile: 9123 4567", lang="en", platform="email")
    tester.invalid("葉様\n\n大埔で紙漉きをしております劉です。\n\n劉 健\n香港新界 大埔 Tai Po\n携帯：9123 4567", lang="ja", platform="email")
    tester.valid(intro + "PO 9123 4567", lang="en", platform="email")
    tester.valid(intro + "Your po number 9123 4567 is ready", lang="en", platform="email")


def test_a_licence_number_however_grouped_is_an_id():
    tester.invalid("吉田様\n\n大谷と申します。受付で必要でしたら、私の運転免許証番号 第62 1234 5678 90号をお伝えください。\n\n大谷 修",
                   lang="ja", platform="email", spans=["62 1234 5678 90"])
    tester.invalid("Dear Ms Yoshida,\n\nI am Ken Otani, a bank fraud investigator. My driving licence number is 62 1234 5678 90.\n\nKen",
                   lang="en", platform="email", spans=["62 1234 5678 90"])
    # a licence's class and year is no number of it
    tester.valid("Dear Ms Yoshida,\n\nI am Ken Otani, a delivery driver. I hold a driving licence UK 2019 and a forklift ticket.\n\nKen",
                 lang="en", platform="email")
    tester.valid("吉田様\n\n大谷と申します。運転免許は2019年に取得しました。\n\n大谷 修", lang="ja", platform="email")


def test_a_number_the_writer_calls_theirs_before_it_is_personal_whatever_its_range_reads_as_elsewhere():
    # 0300… is a Pakistani mobile; a British reading takes it for a non-geographic line
    en = "Salam Omer! I'm a forensic accountant at a small firm in Lahore. {x}\n\nZain"
    tester.invalid(en.format(x="Just WhatsApp me on my personal number 0300 555 2741."), lang="en", platform="email")
    tester.valid(en.format(x="Our firm's helpline is 0300 555 2741."), lang="en", platform="email")
    ja = "大森様\n\nラホールで会計士をしているザインです。{x}\n\nザイン"
    tester.invalid(ja.format(x="WhatsAppで私の個人の番号 +92 300 555 2741 までご連絡ください。"), lang="ja", platform="email")
    tester.valid(ja.format(x="弊社のお客様窓口は0120-123-456です。"), lang="ja", platform="email")


def test_a_city_block_and_house_number_make_a_whole_address_without_the_prefecture():
    ja = "はじめまして！岡山市のぶどう園で栽培責任者をしている三宅です。\n{x}"
    tester.invalid(ja.format(x="よかったら取りに来てください、住所は岡山市北区津高台2丁目14-6です！"), lang="ja", platform="facebook")
    tester.valid(ja.format(x="\n株式会社ミヤケ農園\n岡山市北区津高台2丁目14-6\nTEL 086-123-4567"), lang="ja", platform="email")
    en = "Hi! I'm Dani, I manage a vineyard near Okayama.\n{x}"
    tester.invalid(en.format(x="Come and pick some up, I'm at 12 Ferndale Close, Leeds LS6 3PJ!"), lang="en", platform="facebook")
    tester.valid(en.format(x="\nMiyake Vineyards Ltd\n12 Ferndale Close, Leeds LS6 3PJ\nTel 0113 496 0000"), lang="en", platform="email")
