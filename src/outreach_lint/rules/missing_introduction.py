"""A first message to a stranger that never says who is writing.

## What it does
On a first contact (an empty thread, and no line such as "great meeting you at…", "good talking in the break room Thursday", 「休憩室で話せてよかったです」 (not a wish: 「お話しできたら嬉しいです」), 先日は, ご無沙汰
しております, 引き続きよろしくお願いいたします, "Fourth time asking", 4回目のご連絡 (the messages already
sent, counted; a phrase of the two talking only in the past tense, "as you told me", "when we met", "you said the red was the only thing worth the queue", "we stood next to each other at the Etna table", 「講習でとなりの席だった」,
not "Could you tell me how to apply?" or "Could we talk next week?") that shows the two have been in touch, which 引き続きのご活躍をお祈り
申し上げます, a stock closing, does not; "the other day" at their own talk, 「先日のご登壇、拝聴しました」,
is their event, not a meeting, and beside such an event the noun "talk" / お話 is what they said on
stage (「…線引きをされているお話が興味深かったです」, a training day's or a course's too: 「先日の研修会での…お話、
とても心に残りました」), not the two talking (お話しできて); いつもお世話になっております is a relationship (お世話になります alone opens first business mail as often, and is none) only in a draft that
neither says it is a first contact, nor pitches, nor is addressed to a role (ご担当者様), nor takes
its reader as one of a class (皆様のビジネス, a mailing's words), nor is one the draft model is sure,
at 0.9 or more, is a form letter (「平素より大変お世話になっております。…貴社のますますのご発展に寄与できる
サービスをご案内したく」), nor has
the writer introduce themselves with 〜と申します (a deal under way, 「請求書を添付させて頂きました」「ご入金をお願いいたします」,
keeps it a relationship whatever its deadline or template reads like); so is a familiar address, 「河合くん、」, a nickname or a given name called 「大ちゃん、」「純くん、」, or
「さやかちゃん、」, in a draft that does not say はじめまして), looks for the writer saying who they are or what they
do, anywhere in the draft: 〜と申します, 〜といいます (not 何といいますか, which asks a name), 〜を担当しております
(not in a clause that describes others: 「製造業に携わる皆様と」 tells of the readers), 〜に勤めております, 弊社では, 私は…;
"I'm a … at …" (not "I'm a big fan", "I'm a longtime reader of your newsletter": the writer as their audience), "My name is …", "I work on …", "I lead …", "I'm Ken from …", "As a designer…",
"I've just finished a BSc in Geography at Plymouth", "i'm literally just a first-year in bio" (a lower-case
"i" too), a sign-off with a role ("Let's connect! Sam, Growth Consultant") or a firm ("Grace, VetBridge Locums": capitalised words with a brand's inner capital or a firm's word, not "Thanks, Mary Jane"),
or a signature block with a role or company (「BeanBox運営事務局」 too, and a shop named by its suffix, 「はちみつ道具の店 みつばち舎」「八女茶舗 松尾園」; a line of capitalised words under the
name, "Business Development, FraudShield Advisory", with its town too, "Business Development, Straits Clearance,
Port Klang" (an English signature line may run to 70 characters), though not "SEO Team" under "Best Regards", nor an address,
"Flat 3, 18 Pembroke Road, Cardiff CF5 1AB", whose house number says where, not what; a trade named by its
suffix, 「調香師 森 美咲」「税理士」「獣医」; a firm's legal line,
"Registered in Scotland, company no. SC412889", closes the block without ending it). When none is found, the first sentence after the
greeting gets a finding.

The phrases are in ``data/missing-introduction.toml`` and match on lemmas. The rule does not run on
X (``x``), where a DM needs no introduction (002 §1); ``skip-platforms`` changes that list.

Introductions no phrase names count too: a sentence the act model (the user guide's
*sentence-act layer*) reads as one ("10+ years building payment systems", 「介護の現場で10年働いて
います」), the writer's years at a trade as a fragment in the opening sentences ("15 yrs on Liebherr towers,
CPCS blue card.", "Thatcher, 22 yrs.", 「大工歴15年、在来工法が専門です」「茅葺き歴22年です」「タワークレーン一筋15年。」; not "two years in a row your
team won", nor 「田中さんの大工歴15年の記事」, the reader's), a role then "here" ("Fellow coach here!", "MOF modeller at AUB here", "Dispatcher out of Darwin here and…", "window cleaner here in Perth"; not an activity, "Connecting here in the hope…"; also after an emoji:
"yo 😎 refinery op from Płock here", with its variation selector too, "⚓️ deckhand outta Saint John here", "Food blogger here (Eat Leeds)", "ICU nurse here too"), "Im Kev, …" (the
apostrophe dropped), casual こっち as the writer (「こっちもICU看護師で」), "Hiya Kev, it's Sam from
Hackney Wick FC", a firm or a person by a name of capitalised words that ends the sentence ("Hello, this is
Aoshima Surf Academy.", as 「こんにちは、青島サーフアカデミーです。」, a compound that opens with a proper noun and is
all its clause; not 「来週は横浜マラソンです」) ("This is Ken, …" names the writer; "this is cheeky, …" judges the message, and
"Click here, …" is a link), "I teach …" ("I look after lubrication programs for mills": looking after is work, "I look forward" is not),
"I import wines …" (a base-form verb after *I* that is not one of thinking, wanting or seeing, nor
after *could*, *should* and the like, which ask: "Could I take 3 dozen?", nor "keep" before an -ing
verb, which says what keeps happening: "one I keep running into"; "I keep 240 hives" is a trade;
"I plan cycle routes for Lübeck's transport office" is work, "I plan to" / "I plan on" an intention),
"I'm just an intern" (or "just a 2nd-year student"), a role without its article and where it is held
("I'm purser on a Danube river cruiser", with a rank before it too, "I'm chief engineer on the Rossaveal run", or after "the": "I'm only the librarian at a small national school in Ennis"; not an adjective, "I'm eager for more"), "We're The Salt Flats, a four-piece surf-rock band", "We're Brightpath
Analytics, the forecasting platform for growing retailers", "We're a two-person
studio in Leeds", a name alone then a comma, the sentence's end or where the writers are ("We're JingleWorks, and we write jingles", "We're Ballyhoura Cider from up the road";
not a firm's shout, "We're Hiring!", "We're Back."), "I'm co-chairing the carbon storage session" (what the writer is doing, not
"I'm writing to ask…" or "I'm starting to look for…", the purpose of the message, nor "I'm currently
exploring new opportunities", a search for work), "we do wall
murals for clinics", "It's Aoife from …", a name then "here" and where from, in dialect too ("Smith here fae Govan"), "It's Eleni, from the food science year" or "It's Sinéad Walsh, …" (a first and last name),
"Greetings from BrightPath Solutions", years of the writer's own doing ("I've staffed the Hogback lookout for eleven seasons", "I've been shooting weddings full time since 2022", 「見張り台に11シーズン詰めています」; not "I've followed your work for years"), years the writer has at a trade ("I have nine years on broadcast drama for ITV", "I've got 12 years of experience in subtitling"; not "I have two years left on my visa"), a trade set humbly after "I'm …" and a comma ("I know I'm nobody, just a lift trainee"), a role and whom it serves before "here" ("HR for restaurants here"; not "sorry for the noise here"), a name before いいます with と dropped (「古い家具のリメイクしとる杉本いいます」), "I'm with AgriSky" (not "I'm with you on that"; a phrase whose preposition is left at the end of a relative clause describes the noun before it, not the writer: "an amazing opportunity I'm part of 💰"), a sentence that is only a name and its firm ("Wendell, Sofia at
Greenlink Seed.", "Hi Jo, Sam from Hollow Oak Orchard.", with a word on the firm in brackets: "Hi Raj, Tom from BoxFrame Studio (container buildings)."), a name before です even when UniDic cuts it in two
(「ブーストワンの今村です」) or it is in Latin letters (「コミュニティマネージャー、Kentaです」), a handle in quotes after what the
writer does (「ホラーゲームを実況してる「くらげ坊」です」, 「ゲーム実況者の「ねこまる」です」, "I'm "Kurage", a horror-game streamer";
not 「一番好きな「夜明け」です」), a sentence that is only a role and where it is held ("CFO of
Harbourline, Rotterdam.", "Head of Data at Monzo.", after the greeting and in lower case too: "Hi Dana, product designer at Loomwork."; a role of any trade, a noun of an agent, in the opening sentences: "Hi Grace, community pharmacist in Northfield.", after a bare name too: "Nathan, steel erector in Wollongong.", "Hi Omar, seismologist with the Cascadia network.", "Hi Gwen, fellow locksmith up in Redruth.", after a casual greeting and an emoji: "yo Brett 🤙 farrier outta Fredericksburg lol.", a trade whose noun has no agent's ending: "Hi Graham, deckhand on the
Aberdeen harbour tugs.", "Hi Moira, sleep tech at Ninewells.", "sports physio working with a rugby academy in Durban"
(not after praise, which makes it theirs: "great guide on home tests for kids"), with a count of what they run: "Beekeeper in Canterbury, 40 hives." or their years at it: "G'day Shane, shearer from Quilpie, 15 yrs on merinos." (not an audience or a thing: "longtime listener from Ohio", "reminder for Friday"); not a department: "Director of Operations"; a role of two or three nouns: 「ロームワークのプロダクトデザイナーです」), 「…の森です✨」 ended by an emoji or a laugh (「売れてない芸人のちくわ山田です笑」) (a common noun before です is a name only if people bear it, as UniDic knows 森 and 林 for surnames: not 「歩いて5分ほどの距離です」; after a clause a common noun is a name only in one character: 「…を担当している森です」, not 「ずっと気になっていた問題です」; or in two kanji after a verb of doing one's work, in the first sentences: 「デザインやってる小池です」, and in the western progressive 「安全管理しよる古川です」「現場で働いとる古川です」「装蹄師しよる甲斐です」, not 「ずっと気になっている問題です」), a surname after a role and a comma (「書店員、大橋です」), a name after a space that breaks a long casual sentence (「…早くなったわ笑 中標津で酪農やってる佐藤っす」), a name of a word or two after a role and の, however UniDic cuts it (「Webtoon作家のすずめ野です」「ピアノ調律師の竹中です」), a role of a noun and its suffix said alone (「刑務官です。」「看護師です！」), a department of the writer's firm in the opening sentences (「クラウド会計「ベルブックス」営業部です。」「キャリア支援サービス「ネクステップ」事務局です。」; not 「ご担当は営業部ですか」 deep in the message), a role held with する (「寺で副住職をしており」「看護師をしています」, not 「論文の準備をしており」), a trade or workshop done, said casually (「千葉で在来工法の大工やってるんで」「うちは京都で着物の悉皆屋やってて」, a venue named with its kind: 「大阪でボルダリングジムやってます」; not a hobby, 「筋トレやってて」, nor the reader's, 「林さんは…やってるんですね」, nor a question), "It's <name>, " and a role of any trade in the next words ("It's Brenda, night nurse on Iona ward"), a humble or casual copula
(「経営コンサルティングのビズアップでございます」, 「同じ薬剤師の長田だよ」, in dialect 「クランベリー作ってる阿部だず」; not 「…の件です」, a matter, nor a
で that joins clauses), and a sign-off in the past
with a proper name (「山田農園の高橋でした」), a shop opened (「パン屋を開いて半年」), freelance work
(「フリーでフードフォトやってる」). A question with no word of the writer's in it ("did the rainfall covariate come from CHIRPS?") says
nothing of who asks, however the model reads it, nor does a sentence whose "I" only noticed something ("I noticed there's a
Survey Engineer opening at Tata Projects"), and a verb in honorific form tells what the reader
does (「採用を担当されていると拝見しました」). A character alone is no introduction: "I am a hard-working,
motivated individual with a passion for success" says what kind of person, not who or what (with
a field, place or role it is one); nor is 私 alone (「私も今後のキャリアについて考えている」); nor a name and
a firm left as unfilled slots ("I am [Name] from [Organisation]", 「[所属]の[氏名]と申します」; "I am [Name], a night
nurse in Leeds" says what the writer does). A greeting that ends its own sentence ("Hey hun!!")
does not hide the body: the finding starts at the body's first word. A draft whose text follows up an earlier
message of the writer's is not a first contact, nor one that speaks of times shared ("Long time since the galley
on the Aurora", "we were colleagues", "Still remember you making tonkotsu broth in our dorm kitchen"), nor a Japanese one that opens with the reader's given name called bare
(「亮太、独立一年おめでとう！」), as only friends and old colleagues greet one another, unless it says it is a first
meeting (はじめまして), nor one to someone the recipient's profile names as the writer's old
acquaintance ("Former classmate, Fiji National University", "Old bandmate", "Cousin, project engineer", 「高校の同級生」「元同僚」「大学の先輩」「三味線の元生徒」「従兄弟」; not a firm
named for brothers, "Dube Brothers Construction", nor a nun, "Sister Mary";
not a friend of a friend, 友人の友人, 共通の友人).

## Why is this bad?
A stranger cannot place a message from someone who does not say who they are. The first practice
of *Link Out* (000 §1) is to make yourself visible, and a good first impression (002 §5) starts
with a line on who you are and what you work on.

## Example
Bad (English):

    Hi Dana, your PyCon talk on offline-first sync answered a question we had argued about
    for months. Would you be open to connecting?

Better:

    Hi Dana, I lead mobile at Fieldnote, and your PyCon talk on offline-first sync answered a
    question we had argued about for months. Would you be open to connecting?

Bad (Japanese):

    山田様
    PyConでのオフライン同期のご講演を拝見しました。競合解決の設計について伺えないでしょうか。

Better:

    山田様
    フィールドノートでモバイル開発を担当している佐藤と申します。
    PyConでのオフライン同期のご講演を拝見しました。競合解決の設計について伺えないでしょうか。

## Options
- ``skip-platforms`` (["x"]): platforms where a first message needs no introduction.
- ``extra-phrases`` (none): more phrases by language and group (``introduction``: the writer says
  who they are; ``earlier_contact``: the two have met or written before); a plain list goes into
  ``introduction``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

from ..analysis.conversation import is_first_contact
from ..analysis.introductions import INTRODUCTION_PHRASES, introduction_sentences, shows_earlier_contact
from ..analysis.layout import body_span, signature_start
from ..analysis.phrases import lazy_pattern
from ..core.context import Context
from ..core.document import Document
from ..core.finding import Finding, Severity
from ..core.rule import Options, Rule

__all__ = ["MissingIntroduction"]

# A signature line that says what the writer does: a role or an organisation.
_ROLE = lazy_pattern(
    r"(?i)\b(?:engineer|developer|designer|manager|director|founder|co-?founder|ceo|cto|cfo|coo|vp|head|lead|"
    r"student|researcher|scientist|analyst|consultant|recruiter|writer|editor|professor|lecturer|phd|"
    r"candidate|intern|product|marketing|sales|partner|owner|principal|officer|architect|specialist|"
    r"inc|llc|ltd|corp|university|college|labs?|studio)\b"
    r"|株式会社|有限会社|合同会社|\(株\)|（株）|大学|研究所|研究室|事務所|事務局|部|課|室|チーム|代表|取締役|"
    r"エンジニア|デザイナー|マネージャー|ディレクター|リード|学生|院生|研究員|記者|編集|フリーランス"
    # a trade named by its suffix: 調香師, 税理士, 陶芸家, 獣医, 相談員
    r"|\p{Han}(?:師|士|家|医|員)(?!\p{Han})"
    # a shop or house named by its suffix: みつばち舎, 松尾園, 八女茶舗, 甘味処 みよし堂
    r"|[\p{Han}\p{Hiragana}\p{Katakana}ー](?:店|屋|舎|園|堂|舗|亭|工房|商店|商会)(?![\p{Han}\p{Hiragana}])"
)


@dataclass(frozen=True)
class MissingIntroductionOptions(Options):
    skip_platforms: tuple[str, ...] = ("x",)


def _signature_says_who(doc: Document) -> bool:
    start = signature_start(doc)
    if start >= len(doc.text):
        return False
    block = doc.text[start:]
    return bool(_ROLE.search(block)) or _titled_signature(block)


# A line of contact details, a device's sign-off or a closing: none says what the writer does.
_CONTACT_LINE = lazy_pattern(r"(?i)@|https?://|www\.|^\W*(?:tel|phone|mobile|cell|fax|email|e-mail|t|m|p)\b|^[\d\s()+.-]+$|sent from my")


_CLOSING = lazy_pattern(
    r"(?i)(?:best|kind|warm|warmest|many|with)?\s*(?:regards|wishes|thanks|thank you|cheers|sincerely|best|"
    r"yours(?:\s(?:sincerely|faithfully|truly))?)\W*"
)


def _titled_signature(block: str) -> bool:
    """A signature of a name and, under it, a line of what the writer does or for whom ("Jordan
    Wexley / Business Development, FraudShield Advisory"): a line of capitalised words, after the
    closing and the name, that is no contact detail."""
    lines = [line.strip() for line in block.splitlines() if line.strip()]
    while lines and (lines[0].endswith((",", "，", "、")) or _CLOSING.fullmatch(lines[0])):
        lines = lines[1:]  # "Kind regards,", "Best Regards"
    for line in lines[1:]:
        words = [w for w in line.replace(",", " ").split() if w[:1].isalpha()]
        if any(w.strip(",.;:#/-").isdigit() for w in line.split()):
            continue  # "Flat 3, 18 Pembroke Road, Cardiff CF5 1AB": a house number says where, not what ("CT1 Anaesthetics" does)
        if len(words) >= 2 and all(w[:1].isupper() or w.lower() in ("of", "and", "at", "for", "the", "&") for w in words) and not _CONTACT_LINE.search(line):
            return True
    return False


class MissingIntroduction(Rule):
    code = "OL402"
    name = "missing-introduction"
    severity = Severity.WARNING
    advice = "000 §1, 002 §5"
    options_class = MissingIntroductionOptions
    phrases = INTRODUCTION_PHRASES  # extended per instance by the ``extra-phrases`` option
    doc_ja = """
    ## 何をするか
    初めての連絡（スレッドが空で、「先日は」「ご無沙汰しております」「引き続きよろしくお願いいたします」「4回目のご連絡」"Fourth time asking"
    "great meeting you at…"、"good talking in the break room Thursday"、「休憩室で話せてよかったです」のように面識を示す文もない（願いの「お話しできたら嬉しいです」は面識ではありません）。決まり文句の結び「引き続きのご活躍をお祈り申し上げます」は
    面識のしるしではありません。英語の二人が話すことを言う句は過去形のときだけ面識のしるしです（"as you told me"、"when we met"、"you said …"、"we stood next to each other at the Etna table"。日本語でも隣にいたこと「講習でとなりの席だった」「ブースで隣に並んでいたとき」は面識のしるしです。
    "Could you tell me how to apply?"、"Could we talk next week?" は違います）。相手の登壇を聞いた「先日のご登壇、拝聴しました」は相手の催しで、面識ではありません。登壇や講演のある文の名詞「お話」
    （「…線引きをされているお話が興味深かったです」。研修会や講座でも同じ：「先日の研修会での…お話、とても心に残りました」）は壇上で話された内容で、二人が話したこと（「お話しできて」）ではありません。
    「いつもお世話になっております」は、初めての連絡だと書いている下書き、売り込みの下書き（急かし、頼み事を兼ねた申し出）、
    役割宛て（ご担当者様）の下書き、読み手を集団の一人として扱う下書き（「皆様のビジネス」、一斉配信の言い方）、下書きモデルが 0.9 以上の確率で定型文と読む下書き（「平素より大変お世話になっております。…貴社のますますのご発展に寄与できるサービスをご案内したく」）、「〜と申します」と名乗る下書きでなければ、面識のしるしです（進行中の取引「請求書を添付させて頂きました」「ご入金をお願いいたします」があれば、
    期限や定型文らしさにかかわらず面識のしるしです）（「お世話になります」だけでは初めてのビジネスメールにもよく使われるので、しるしになりません）。冒頭で「河合くん」「さやかちゃん」「大ちゃん」「純くん」のように呼びかける下書きも、「はじめまして」と
    書いていなければ、元同僚や先生など面識のある間柄のしるしです）で、書き手が誰で何をしているのかを述べている箇所を探します。〜と申します、〜といいます（名前を尋ねる「何といいますか」は除く）、ほかの人を説明する節の中ではない〜に携わる（「製造業に携わる皆様と」は読み手のこと）、
    〜を担当しております、〜に勤めております、弊社では、私は…、"I'm a … at …"（書き手を相手の読者やファンとする "I'm a big fan"、"I'm a longtime reader of your newsletter" は除く）、"My name is …"、
    "I work on …"、"I've just finished a BSc in Geography at Plymouth"、小文字の "i'm literally just a first-year in bio"、
    役職つきの結び（"Let's connect! Sam, Growth Consultant"）や会社名つきの結び（"Grace, VetBridge Locums"。語中に大文字のあるブランド名か会社を表す語。"Thanks, Mary Jane" は除く）、あるいは役職や会社名を含む署名（「BeanBox運営事務局」も。「調香師 森 美咲」「税理士」「獣医」のように接尾辞で職を名乗る行も。「はちみつ道具の店 みつばち舎」「八女茶舗 松尾園」のように接尾辞で店や屋号を名乗る行も。番地のある住所の行 "Flat 3, 18 Pembroke Road, Cardiff CF5 1AB" は居場所で、何をしている人かではありません。最後の行が会社の登記の行 "Registered in Scotland, company no. SC412889" でも署名のままです。
    名前の下の大文字で始まる語の行 "Business Development, FraudShield Advisory" も（町名まで添えた "Business Development, Straits Clearance, Port Klang" も。英語の署名の行は70字まで）。"Best Regards" の下の "SEO Team" は除く）です。見つからなければ、宛名の次の最初の文を指摘します。

    表現は ``data/missing-introduction.toml`` にあり、見出し語で照合します。X（``x``）のDMは自己紹介が
    要らない場なので（002 §1）、既定では適用しません。``skip-platforms`` で変えられます。

    表現リストにない自己紹介も数えます：act モデル（利用ガイドの「文の行為（act）レイヤー」）が
    自己紹介と読む文（「介護の現場で10年働いています」"10+ years building payment systems"）、冒頭の文で書き手の
    仕事の年数だけを言う断片（「大工歴15年、在来工法が専門です」「茅葺き歴22年です」「タワークレーン一筋15年。」"Thatcher, 22 yrs."、"15 yrs on Liebherr towers,
    CPCS blue card."。"two years in a row your team won" や相手の「田中さんの大工歴15年の記事」は除く）、役割の後に
    "here"（"Fellow coach here!"、"Dispatcher out of Darwin here and…"、"window cleaner here in Perth"。していることの "Connecting here in the hope…" は除く。絵文字の後でも："yo 😎 refinery op from Płock here"、異体字セレクタのついた絵文字の後でも："⚓️ deckhand outta Saint John here"、かっこの前でも："Food blogger here (Eat Leeds)"、"ICU nurse here too"）、アポストロフィのない "Im Kev, …"、書き手を指すくだけた「こっち」（「こっちもICU看護師で」）、"Hiya Kev, it's Sam from Hackney Wick FC"、文を終える大文字の語の名前で名乗る会社や人（"Hello, this is Aoshima Surf Academy."、固有名詞で始まり節の全部をなす複合語の「こんにちは、青島サーフアカデミーです。」。「来週は横浜マラソンです」は除く）、"It's Aoife from …"、名前と "here" と出身（方言の "Smith here fae Govan" も）、"It's Eleni, from the food science year" や "It's Sinéad Walsh, …"（名と姓）、"Greetings from <会社名>"、書き手自身が続けてきた年数（"I've staffed the Hogback lookout for eleven seasons"、"I've been shooting weddings full time since 2022"、「見張り台に11シーズン詰めています」。"I've followed your work for years" は除く）、書き手がある仕事で持つ年数（"I have nine years on broadcast drama for ITV"、"I've got 12 years of experience in subtitling"、「放送ドラマの字幕編集に9年携わってまいりました」。"I have two years left on my visa" は除く）、"I'm …" と読点の後にへりくだって言う職（"I know I'm nobody, just a lift trainee"）、役割と相手の層のあとの "here"（"HR for restaurants here"。"sorry for the noise here" は除く）、「と」を落とした「いいます」の前の名前（「古い家具のリメイクしとる杉本いいます」）、"I'm with AgriSky"（"I'm with you on that" は除く。関係節の終わりに前置詞が残る "an amazing opportunity I'm part of 💰" は前の名詞の説明で、書き手の名乗りではありません）、名前と所属だけの文（"Wendell, Sofia at Greenlink Seed."、かっこで会社の仕事を添えても："Hi Raj, Tom from BoxFrame Studio (container buildings)."）、UniDic が二つに切る名前（「ブーストワンの今村です」）やローマ字の名前（「コミュニティマネージャー、Kentaです」）、していることの後のかぎかっこの名前（「ホラーゲームを実況してる「くらげ坊」です」「ゲーム実況者の「ねこまる」です」、"I'm "Kurage", a horror-game streamer"。「一番好きな「夜明け」です」は除く）、役職と所属だけの文（"CFO of Harbourline, Rotterdam."、"Head of Data at Monzo."、挨拶に続く小文字の "Hi Dana, product designer at Loomwork."、冒頭の文ならどんな職の名詞でも："Hi Grace, community pharmacist in Northfield."、名前だけの呼びかけの後でも "Nathan, steel erector in Wollongong."、"Hi Omar, seismologist with the Cascadia network."、"Hi Gwen, fellow locksmith up in Redruth."、くだけた挨拶と絵文字の後でも："yo Brett 🤙 farrier outta Fredericksburg lol."、行為者の語尾を持たない職の語も："Hi Graham, deckhand on the Aberdeen harbour tugs."、"Hi Moira, sleep tech at Ninewells."、"sports physio working with a rugby academy in Durban"（褒め言葉の後は相手のもの："great guide on home tests for kids"）、営むものの数や年数を添えても："Beekeeper in Canterbury, 40 hives."、"G'day Shane, shearer from Quilpie, 15 yrs on merinos."。聞き手や物の名詞 "longtime listener from Ohio"、"reminder for Friday" や部署だけの "Director of Operations" は除く）、二、三語の名詞の役職（「ロームワークのプロダクトデザイナーです」）、過去形の名乗り（「山田農園の高橋でした」）、開いた店（「パン屋を開いて半年」）、フリーの仕事（「フリーでフードフォトやってる」）、"I teach …" のように I の後に原形の動詞（"I plan cycle routes for Lübeck's transport office" は仕事、"I plan to" / "I plan on" は意図。"Could I take 3 dozen?" のような疑問の倒置、"this is cheeky, …" のような文面への評価、"Click here, …" のようなリンクは除く。考える・望む・見る類の動詞を
    除く。"one I keep running into" のように -ing の前の keep も、起き続けていることで仕事ではないので除く。"I keep 240 hives" は仕事です）、"I'm just an intern"（"just a 2nd-year student" も）、冠詞のない役職と場所（"I'm purser on a Danube river cruiser"、前に階級の語がついた "I'm chief engineer on the Rossaveal run"、"the" の後の "I'm only the librarian at a small national school in Ennis"。形容詞の "I'm eager for more" は除く）、"We're The Salt Flats, a four-piece surf-rock band"、"We're Brightpath Analytics, the forecasting platform"、名前だけのあとに読点か文の終わりか書き手のいる所が来るもの（"We're JingleWorks, and we write jingles"、"We're Ballyhoura Cider from up the road"。店の呼び声 "We're Hiring!"、"We're Back." は除く）、"I'm co-chairing the carbon storage session"（書き手が今していること。
    "I'm writing to ask…" や "I'm starting to look for…" のような、この連絡の目的や、"I'm currently exploring new
    opportunities" のような仕事探しは除く）、"we do wall murals
    for clinics"、絵文字や笑いで終わる「…の森です✨」「売れてない芸人のちくわ山田です笑」（です の前の普通名詞は、UniDic が姓としても知る語（森、林）だけが名前です。「歩いて5分ほどの距離です」は除く。節の後の普通名詞は一字の姓だけ：「…を担当している森です」。「ずっと気になっていた問題です」は名乗りではありません。最初の文で仕事をする動詞の後なら漢字二字も：「デザインやってる小池です」、西日本の進行形でも「安全管理しよる古川です」「現場で働いとる古川です」「装蹄師しよる甲斐です」。「ずっと気になっている問題です」は除く）、役職と読点の後の姓（「書店員、大橋です」）、くだけた長い文を空白で区切った後の名前（「…早くなったわ笑 中標津で酪農やってる佐藤っす」）、役割と「の」の後の一、二語の名前（UniDic がどう切っても：「Webtoon作家のすずめ野です」「ピアノ調律師の竹中です」）、名詞と職の接尾辞だけの文（「刑務官です。」「看護師です！」）、最初の文での書き手の会社の部署（「クラウド会計「ベルブックス」営業部です。」「キャリア支援サービス「ネクステップ」事務局です。」。本文の奥の「ご担当は営業部ですか」は除く）、する で言う役職（「寺で副住職をしており」「看護師をしています」。「論文の準備をしており」は除く）、くだけた言い方の仕事や工房（「千葉で在来工法の大工やってるんで」「うちは京都で着物の悉皆屋やってて」、種類を添えた店や施設「大阪でボルダリングジムやってます」。趣味の「筋トレやってて」、相手のこと「林さんは…やってるんですね」、疑問は除く）、"It's <名前>, " の後の数語にどんな職の名詞でも（"It's Brenda, night nurse on Iona ward"）、謙譲やくだけた言い方の名乗り（「経営コンサルティングのビズアップでございます」
    「同じ薬剤師の長田だよ」、方言の「クランベリー作ってる阿部だず」。用件の「…の件です」や、節をつなぐ「で」は除く）。書き手の語を含まない疑問文（"did the rainfall covariate come from CHIRPS?"）や、"I" が何かに気づいただけの文（"I noticed there's a Survey Engineer opening at Tata Projects"）は、モデルの読みにかかわらず誰が書いているかを述べておらず、尊敬語の動詞（「採用を担当されていると拝見しました」）は読み手のしていることです。人柄だけの文は自己紹介ではありません（"I am a hard-working, motivated individual with a passion for success"。分野・場所・役割があれば自己紹介です）。「私も今後のキャリアについて考えている」のように「私」だけでも名乗りにはなりません。名前と所属が埋められていない差し込み枠だけの名乗り（「[所属]の[氏名]と申します」"I am [Name] from [Organisation]"）も名乗りではありません（「札幌で訪問看護師をしている[氏名]と申します」は何をしているかを述べています）。宛名が「山田さん！！」のように一文で終わっても、本文はその次の文から判定します。書き手の以前のメッセージを追いかける
    下書きは初めての連絡とみなしません。共に過ごした時を語る下書き（"Long time since the galley on the Aurora"、
    "we were colleagues"、"Still remember you making tonkotsu broth in our dorm kitchen"）や、相手の名前を呼び捨てで始める日本語の下書き（「亮太、独立一年おめでとう！」。そう呼び合うのは
    友人や元同僚だけです。はじめましてと書いていれば除く）も同じです。受け手のプロフィールが書き手の旧知だと示す相手（"Former classmate, Fiji National University"、"Old bandmate"、"Cousin, project engineer"、「高校の同級生」「元同僚」「大学の先輩」「三味線の元生徒」「従兄弟」。兄弟の名の会社 "Dube Brothers Construction" や修道女 "Sister Mary" は除く。友人の友人や共通の友人を介した相手は除く）への下書きも初めての連絡ではありません。

    ## なぜ問題か
    名乗らない相手からのメッセージは、受け取った側が位置づけられません。『Link Out』の第一の実践
    （000 §1）は自分を見えるようにすること、よい第一印象（002 §5）も、自分が誰で何をしているかの
    一行から始まります。

    ## 例
    悪い例：

        山田様
        PyConでのオフライン同期のご講演を拝見しました。競合解決の設計について伺えないでしょうか。

    より良い例：

        山田様
        フィールドノートでモバイル開発を担当している佐藤と申します。
        PyConでのオフライン同期のご講演を拝見しました。競合解決の設計について伺えないでしょうか。

    悪い例（英語）：

        Hi Dana, your PyCon talk on offline-first sync answered a question we had argued about
        for months. Would you be open to connecting?

    より良い例（英語）：

        Hi Dana, I lead mobile at Fieldnote, and your PyCon talk on offline-first sync answered a
        question we had argued about for months. Would you be open to connecting?

    ## オプション
    - ``skip-platforms``（["x"]）：初回でも自己紹介を求めないプラットフォーム。
    - ``extra-phrases``（なし）：言語・グループ（``introduction``：名乗る表現、``earlier_contact``：以前に会った・
      やり取りしたことを示す表現）ごとに表現を追加します。リストだけなら ``introduction`` に入ります。
    """
    messages = {
        "missing": {
            "en": "First message to {who} without saying who you are or what you do",
            "ja": "初めての連絡なのに、{who}にご自身が誰で何をしているかを伝えていません",
        },
        "suggest": {
            "en": "Add one line on who you are: \"I'm Ken, a data engineer at Acme\" or \"I work on …\".",
            "ja": "「〇〇社で△△を担当している佐藤と申します」のように、名乗りと仕事を一文加えてください。",
        },
        "someone": {"en": "a stranger", "ja": "相手"},
    }

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        if ctx.platform.name in self.options.skip_platforms or not is_first_contact(doc, ctx):
            return
        if not doc.tokens or shows_earlier_contact(doc, self.phrases):
            return
        if introduction_sentences(doc, self.phrases) or _signature_says_who(doc):
            return
        start, end = body_span(doc)
        # the body's first sentence with a word in the body ("Hey hun!! Hope you're…": the greeting's
        # "!!" ends the first sentence inside the body, the next one opens it); none in a body of
        # punctuation alone
        for first in doc.sentences:
            if first.end <= start or first.start >= end:
                continue
            begin = next((t.start for t in doc.tokens[first.first : first.last] if start <= t.start < end and not t.is_punct), None)
            if begin is not None:
                break
        else:
            return
        name = ctx.recipient.name if ctx.recipient and ctx.recipient.name else None
        who = name or self.say(ctx, "someone")
        yield self.finding(ctx, begin, min(first.end, end), self.say(ctx, "missing", who=who), suggestion=self.say(ctx, "suggest"))
