"""generic-template and no-shared-interest alike: where the draft model (trained on labeled drafts) reads a
draft as a form letter, a weak sign against it (a weak reference, a company name merged in, a mailing's
お世話になっております, the writer's offer read as about their work) does not make it personal. The analysis
layer decides it once for both rules."""

import pytest

from outreach_lint.testing import RuleTester

RULES = ["generic-template", "no-shared-interest"]
TESTERS = [RuleTester(rule) for rule in RULES]

# A sure form letter (the draft model, trained on labeled drafts) whose only "reference" is a weak one:
# the pitch's "your goals", stock praise of "the care you give your students".
FORM_LETTER_EN = ("Dear Ms. Ortiz,\n\nI hope this email finds you well. I'm Dan, Head of Growth at Peakline Digital, a "
                  "results-driven marketing agency.\n\nWe help businesses like yours unlock their full potential. {ref}Whatever "
                  "your goals, we have the expertise to help you achieve them. Our clients consistently see measurable results."
                  "\n\nWould you be open to a short call at your convenience?\n\nBest regards,\nDan")
FORM_LETTER_JA = ("山本様\n\n突然のご連絡失礼いたします。株式会社スクールワークスの村田と申します。\n\n{ref}"
                  "弊社は月謝管理のサービスを提供しております。\n\nぜひ一度、オンラインにてご説明の機会をいただけますと幸いです。"
                  "\n\n何卒よろしくお願い申し上げます。")
STOCK_PRAISE_JA = "日々、多くの生徒さんに質の高いレッスンを提供されているご様子を拝見し、大変感銘を受けております。"


@pytest.mark.parametrize("tester", TESTERS, ids=RULES)
def test_a_sure_form_letter_is_not_saved_by_a_weak_reference(tester):
    tester.invalid(FORM_LETTER_EN.format(ref=""), lang="en", platform="email")
    tester.invalid(FORM_LETTER_JA.format(ref=STOCK_PRAISE_JA), lang="ja", platform="email")
    # something of theirs, named: no form letter, however stock the rest
    tester.valid(FORM_LETTER_EN.format(ref="I read your Medium post on bakery pricing during the egg shortage. "), lang="en", platform="email")
    tester.valid(FORM_LETTER_JA.format(ref="山本様が日経新聞で語られていた、十勝の音楽教室の生徒募集のお話を拝読しました。"), lang="ja", platform="email")


BLUEBIRD = {"name": "Ana Ortiz", "company": "Bluebird Bakery", "title": "Owner", "interests": ["sourdough", "wholesale"]}
YOSHIKAWA = {"name": "吉川 健", "company": "吉川歯科医院", "title": "院長", "interests": ["予防歯科", "インプラント"]}
MERGED_EN = ("Subject: Saving Bluebird Bakery's front office 10 hours a week\n\nHi Ana,\n\nI'm Dev Sharma, an account executive "
             "at Ledgerly. I noticed Bluebird Bakery {news}thought you'd be interested in Ledgerly, the invoicing platform that "
             "saves small businesses like yours 10 hours a week.\n\nDo you have 15 minutes this week for a quick demo?\n\n"
             "Best,\nDev Sharma\nLedgerly")
MERGED_JA = ("吉川歯科医院 院長 吉川様\n\n突然のご連絡失礼いたします。株式会社メディカルリンクの営業担当、石井と申します。\n\n{news}"
             "弊社は歯科医院様向けの予約管理システムを提供しており、多くの医院様にご利用いただいております。\n\n"
             "ぜひ一度、オンラインにてご説明の機会をいただけますと幸いです。\n\n何卒よろしくお願い申し上げます。")


@pytest.mark.parametrize("tester", TESTERS, ids=RULES)
def test_their_company_merged_into_a_sure_form_letter_is_the_merges(tester):
    tester.invalid(MERGED_EN.format(news="is growing fast and "), lang="en", platform="email", recipient=BLUEBIRD)
    tester.invalid(MERGED_JA.format(news="吉川歯科医院様におかれましては、地域の皆様の健康を日々支えていらっしゃることと存じます。"),
                   lang="ja", platform="email", recipient=YOSHIKAWA)
    # an interest of theirs, named: the writer looked at them
    tester.valid(MERGED_EN.format(news="now sells its sourdough wholesale to cafés across Leeds, and "), lang="en", platform="email",
                 recipient=BLUEBIRD)
    tester.valid(MERGED_JA.format(news="吉川様が学会誌に書かれていた予防歯科の定期健診の記事を拝読しました。"), lang="ja", platform="email",
                 recipient=YOSHIKAWA)


@pytest.mark.parametrize("tester", TESTERS, ids=RULES)
def test_a_business_greeting_in_a_sure_form_letter_is_a_mailings_not_work_together(tester):
    # お世話になっております opens cold mailings too: in a draft the draft model is sure is a form letter,
    # it says nothing of an earlier relationship
    tester.invalid("佐藤様\n\n平素より大変お世話になっております。業務用クラウドサービスのネクストワン株式会社でございます。\n\n"
                   "このたび、貴社のますますのご発展に寄与できるサービスをご案内したくご連絡いたしました。業務効率化やコスト削減に"
                   "お悩みの企業様に多くご好評をいただいております。\n\nぜひ一度、資料をご覧いただけますと幸いです。\n\n"
                   "ネクストワン株式会社 営業部", lang="ja", platform="email")
    # between two who work together, it still is one
    tester.valid("佐藤様\n\nいつもお世話になっております。ネクストワンの田村です。\n\n先週の打ち合わせでご相談いただいた請求書の"
                 "一括発行の件、来週火曜までに設定手順をまとめてお送りします。経理の皆様向けの説明会も、ご希望の日程を伺えれば"
                 "調整いたします。\n\n引き続きよろしくお願いいたします。", lang="ja", platform="email")


# A sentence with no word of the reader's that the act model reads at least as much as the writer's offer
# as about their work, in a draft that reads like a form letter (0.5 or more): the offer, not a reference.
SPONSOR_JA = ("株式会社ミナトパン\n広報ご担当者様\n\nはじめまして。信州学院大学 学園祭実行委員会 渉外局の北原 優斗と申します。\n\n"
              "このたび、第58回「紅葉祭」（10月24日・25日開催、来場者数 約1万2千人）の協賛企業様を募集しております。\n\n"
              "貴社のますますのご発展を心よりお祈り申し上げるとともに、ぜひ本祭へのご協賛をご検討いただけますと幸いです。\n\n"
              "協賛金は1口3万円からで、パンフレットへのロゴ掲載と会場内でのブース出展の特典がございます。\n\n"
              "詳細は添付の資料をご覧ください。\n\n信州学院大学 学園祭実行委員会 渉外局 北原 優斗")
GROWTH_EN = ("Hi Marco,\n\nHope you're doing well! I'm Lena from Tablefill Growth. I came across Trattoria Bellini and absolutely "
             "loved what you're doing.\n\nWe help restaurants like yours get more bookings through Instagram and Google, and our "
             "clients typically see great results within the first few months.\n\nWould you be open to a quick call this week to "
             "see if we'd be a good fit?\n\nCheers,\nLena")
BELLINI = {"name": "Marco Bellini", "company": "Trattoria Bellini, Leeds", "title": "Owner", "interests": ["fresh pasta", "natural wine"]}


@pytest.mark.parametrize("tester", TESTERS, ids=RULES)
def test_the_writers_offer_read_as_their_work_is_no_reference_in_a_form_letter(tester):
    tester.invalid(SPONSOR_JA, lang="ja", platform="email")
    tester.invalid(GROWTH_EN, lang="en", platform="email", recipient=BELLINI)
    # a thing of theirs, named, is still one
    tester.valid(GROWTH_EN.replace("absolutely loved what you're doing", "loved the nettle ravioli on your spring menu"),
                 lang="en", platform="email", recipient=BELLINI)


@pytest.mark.parametrize("tester", TESTERS, ids=RULES)
def test_a_sentence_surely_about_them_that_names_no_work_of_theirs_is_the_form_letters(tester):
    # the act model reads the pitch's picture of the reader's world as about them; it names nothing of theirs
    tester.invalid(FORM_LETTER_EN.format(ref="In today's fast-paced, ever-changing digital landscape, it's more important than ever "
                                             "to stand out from the competition and connect with your target audience in meaningful ways. "),
                   lang="en", platform="email")
    tester.invalid(FORM_LETTER_JA.format(ref="変化の激しい時代の中で、教室運営にはこれまで以上に生徒さんとの丁寧な関係づくりが求められています。"
                                             "貴教室のますますのご発展を心よりお祈り申し上げます。"), lang="ja", platform="email")
    # a work of theirs named (a report, 記事) is a reference, however stock the rest
    tester.valid(FORM_LETTER_EN.format(ref="I read your recent climate impact report and your commitment to helping organizations cut "
                                           "their footprint. "), lang="en", platform="email")
    tester.valid(FORM_LETTER_JA.format(ref="変化の激しい時代の中で、山本様が書かれた生徒募集のブログ記事を拝読し、大変勉強になりました。"),
                 lang="ja", platform="email")


@pytest.mark.parametrize("tester", TESTERS, ids=RULES)
def test_a_work_whose_subject_is_an_unfilled_slot_names_nothing(tester):
    tester.invalid("Hi {first_name}, I loved your recent post about {topic}! I'm always looking to connect with inspiring "
                   "professionals in {industry}. Let's connect! Sam, Growth Consultant", lang="en", platform="linkedin")
    tester.invalid("{name}様\n\nはじめまして。人材紹介のリンクスの佐藤と申します。{記事名}についての投稿を拝見し、ご連絡いたしました。"
                   "ぜひ一度ご挨拶させてください。", lang="ja", platform="linkedin")
    # the same work with its subject written in is a reference, the slot in the greeting notwithstanding
    tester.valid("Hi {first_name}, I loved your recent post about pricing sourdough during the egg shortage! I'm always looking "
                 "to connect with bakers. Let's connect! Sam, Growth Consultant", lang="en", platform="linkedin")


@pytest.mark.parametrize("tester", TESTERS, ids=RULES)
def test_how_the_writer_liked_it_and_when_name_no_subject(tester):
    tester.invalid("Hi {first_name}, I really enjoyed your recent talk on [TOPIC]. As a municipal planner I'm always keen to connect "
                   "with thought leaders in the space. Let's connect!", lang="en", platform="linkedin")
    # the subject written in names it
    tester.valid("Hi Tomás, I really enjoyed your recent talk on school streets in Leuven. As a municipal planner I'm always keen "
                 "to connect with people doing this well. Let's connect!", lang="en", platform="linkedin")
