"""A first message with nothing in it about the recipient: no shared interest, no reference.

## What it does
Judges a first contact only: a draft with a thread, one whose text follows up an earlier message
of the writer's (a sentence the act model reads as a follow-up), or one that speaks of an
acquaintance already made (先日はありがとうございました, 「休憩室で話せてよかったです」, "great meeting you at …", "good talking in the break room Thursday", "Thank you for showing me around", 「ご案内いただきありがとうございました」) is left to
follow-up-chasing. いつもお世話になっております in a mailing that takes its reader as one of a class
(皆様のビジネス), or in a draft the draft model is sure (0.9 or more) is a form letter, is no acquaintance.

Looks for a reference **anchored to the recipient**:

- a sentence the act model (the user guide's *sentence-act layer*) reads as about their own work:
  their post, talk, paper, product, project, a result of theirs ("Loved the dbt tests post"), but
  not one it reads at least as much as stock praise ("impressed by the great work coming out of
  Cardiff Digital", 「サクラ様の素晴らしい投資実績を拝見し」), which is praise of their employer or career,
  or as pressure ("only a few onboarding slots remain, so book your demo today!"), which is a pitch,
  nor one it surely reads as the writer's own introduction and hardly as theirs (「留学生のインターンシップを
  支援しているNPO法人グローカル・ブリッジの、劉と申します」),
  nor one whose object is an unfilled slot ("your recent post about {topic}"; a slot in a greeting
  that shares the sentence's line, "Hi {first_name}, I caught your csv,conf session…", hides nothing),
  or that holds stock praise of their career (generic-template's phrases) and, beside it, nothing
  but their employer's name (「株式会社ソフトブリッジでのご活躍を拝見し、ぜひご紹介したい求人がございます」,
  "impressed by your background at Stripe", "Your work at the Wellcome Collection has long impressed our team"), nor, in Japanese, one that tells what was made or is
  provided with no subject said, no honorific and no word of the reader's (「個人開発で旅行の持ち物
  チェックリストアプリを作りました」, 「一貫したサポートを提供しております」; 様 in 「治療院様向け」 is a kind of
  customer, not the reader): its subject is the writer, and so is a title it quotes (「治療院様向けの予約管理
  システム「ヨヤクル」の新プランをリリースいたしました」, 「「SNS運用講座」の特別枠を募集しています」); with the
  writer's firm named (弊社では), a passive is no honorific (「弊社では、…最適化された演習を…リリースいたしました」);
  and what others did for the writer (「すでに全国300教室以上でご導入いただき」) is the writer's record;
  nor their career in general with nothing named beside it (「物流業界でのご経験を拝見し」, "your experience
  in the logistics industry"; not "your experience rolling out AutoStore at the Sendai centre");
- a work of theirs that the writer saw, read, heard, followed or was struck by ("… surprised me",
  in Japanese also what it did to them: 「…の投稿、ガチで救われました」「何度も読み返しています」; news of
  theirs, a report or press release on them, and a case of theirs are works: 「資金調達のニュースを拝見しました」,
  「貴院の新NICU開設の報道を拝見し」, where 貴 before their organisation, 貴院, 貴店, 貴協会, speaks of them as 貴社 does),
  or that is plainly theirs ("your …"),
  named in its own clause with words that say which one ("I saw the notice about expanding the
  Hindi legal panel", "your Kumasi salon's braiding tutorials", 「すくも作りの投稿、いつも拝見しています」: in
  Japanese the work may end its clause as a topic and be seen in the next, but 「現在就職活動中で、…共感しました」
  is the writer's own state);
  a work named in general terms ("I saw your post", 素敵な作品を拝見し) names nothing, the
  writer's own ("watch our webinar on …", 弊社の記事) is not theirs, and neither is a "your" work in
  a pitch the model reads as no work of theirs ("Book your demo today"), nor one in a sentence it
  reads as pressure but not surely as about their work ("ACT NOW, book your demo and claim your
  discount before it's gone!");
- in the first three sentences, a thing pointed at with "that"/"those"/あの as one the reader
  knows, named with words of substance ("that lambing cam is brilliant", "@lina_frames those
  Lisbon morning shots", 「あの天然酵母の食パン」): nothing else a stranger can point at that way is
  theirs. Not a pronoun ("That makes sense"), a conjunction ("I think that …"), the filler
  あの〜, nor the writer's own ("that planner app I made"); further in, "that" points back at what
  the writer just said;
- to someone with a recent post, a first sentence that opens by pointing at it with a pronoun
  (「それ、うちの気象APIで一発解決します」, 「あれはマルタイですね」, "Those are tampers, they pack the ballast",
  "lol this explains my entire batch"), by agreeing with it ("Same here in Tucson", "Me too", "agree on 14ac",
  "100% this", "Yes!", 「わかります笑」), or that speaks of "the same" thing with nothing in it to be the same as
  ("I got the exact same request last month", 「うちでも全く同じことがありました」): a first message has nothing
  earlier for それ or "that" to point back at, nor to agree with or match. Not "That's why I'm writing",
  "This is Jade from …", "Yes, I'm a nurse", "the same town as you", "our paths cross in the same circles";
- a mutual contact, a person ("Dr. Mensah suggested I reach out", 小林さんから伺いました; not
  お客様から or 企業様から, which name nobody; 「知人の紹介で」, but not 「求人のご紹介」 or 「お仕事のご紹介が
  できます」, which the writer has to introduce, nor an introduction asked of them: "could you refer
  me to …", 「お取引先をご紹介いただきたく」, 「ご紹介いただける企業様がいらっしゃいましたら」) or a group both belong to, not a slot ("we're both
  active in the NYC Data Science Meetup", 同じコミュニティ), or what the writer heard of their doings
  (「在来種のトマトの種を集めていると伺いました」, 「来春4色機を入れ替えられると業界紙で知り」, "Saw you just opened your
  third clinic!", "I heard Rao Dental Group is expanding into Leicester", "I noticed Oakridge now runs six
  clinics", and what their farm or site does, even inside a pitch: "I see your cooperative grows corn", "I
  know Gwynt y Môr runs Siemens SWT-3.6s"; not "your business needs a boost"; not what they are, "I noticed you're based
  in Leeds", nor stock praise of growth, "I noticed Fenwick Foods is growing fast"), but not a compliment
  put as news of them, naming nothing, in a draft the draft model reads as a form letter (「素晴らしいお店を経営されていると拝見し」);
- a name (a capitalised word inside a sentence; after an emoji a capital opens a new clause and
  names nothing), a quoted title, a link or a topic of substance in a sentence that speaks of them: by name
  (渡辺様のデザインシステムの記事), or with "your …" / ご講演 where the model gives the sentence at
  least a small chance of being about their work (a pitch's "your brand" is turned away; in
  Japanese, where the model reads such a sentence as hardly about their work, two nouns of
  substance are needed: 「貴社の事業に強い関心を持っており」 names nothing; and topic words in a
  sentence it reads as the writer's ask or offer, and as about their work at less than even odds,
  are the ask's or the pitch's words: 「小野様の{{専門分野}}でのご経験を拝見し、ぜひ弊社のサービスを
  ご紹介させていただきたく」, "discuss matters of mutual interest"; a name, title or link there still counts; and a
  Japanese sentence the model reads as the writer's ask that names a thing of theirs with no work of
  theirs, no verb of seeing or hearing and no honorific of theirs in it names nothing of theirs,
  however surely the model reads it as about them: 「ユニフォームにお店のロゴを入れられます」), or by
  congratulating them on it ("Congratulations on the first EV cohort", 「開店おめでとうございます」); a title
  quoted as theirs (御社の「丘の上 甲州 シュール・リー」, your "Hilltop Koshu") counts however the model reads its sentence.
  In a sentence that also speaks of the writer's own things, only the clauses free of them count
  ("we just put our farming sim on Steam 🌱 … a mention to your followers" names nothing of
  theirs), and the words of a sentence read as stock praise are the praise's own ("Wishing you
  continued success in all your endeavours").

With a recipient profile (``recipient`` in front matter or the API), their interests, a project their
title names in brackets ("Maintainer (pgtrace)", 「OSSメンテナ（wareki-py）」; not a place or a school,
「記者（山形）」) and their recent post count wherever the draft mentions them outside the writer's own introduction (a
sentence in which the writer read, saw or heard of a thing named is none, however much of the writer it holds: "I read
about Leith Walk Housing Co-operative's pilot…, and it made a real difference to a family I work with", 拝読・拝見・拝聴; the words of
their post count inside it too: "that yuzu tart 😍 I'm a pastry chef too" read it; so does one name
from the post, "your RabbitMQ talk" or a word capitalised inside its sentence, "is the Kilnmaster still
available?" (not a day or a month), or two of its words in a row, or one beside a word for a post, "this
rarity thread is 🔥"; on X, where a message to someone whose post is given is a reply under it, one word
of the post, however long the post, other than a day or a month; a Japanese verb of the post met as its noun, まとめる / まとめ; an interest or title of two words or
more needs two of them, so the "nursing" of "nursing jobs" is not "emergency nursing"; a verb with its
object, "claim your discount", is not a Claims Director's claims), matched by
lemma, so inflections, plurals, case, full/half width and the honorifics and particles around a
name (``ACMEさんの``, ``山田様``) do not hide a mention; their company as the example of a class
("Community practices like Yamaguchi Dental", 「山口歯科クリニック様のように地域に根ざしたクリニック様に」) is the merge's,
no mention; their title's topic and their company count
only in a sentence that speaks of them ("your …", "you wrote", "you're running the Lewes growers
co-op now", "I know you work on surge staffing for MSF"; not "whether you're looking to grow" nor "thought
you might be interested in how we help HR teams", a pitch's supposition), and the title not in a clause that names a job on offer (a
recruiter's "a strong match for a Platform Engineer role I'm working on", 「バックエンドエンジニアの求人」
names the job, not their work), nor in a sentence the act model reads as the writer's favour or offer
and hardly as about their work ("Could you introduce us to the partners in your healthcare practice?"
to a healthcare partner; "How does your data science team decide…" asks about them): their employer's name alone ("your work at BigCo impressed
us", "I noticed your impressive experience at Harbor Logistics", 「北浜銀行様の事業に大変魅力を感じております」: only in
sentences of stock praise, without their title beside it) is flattery, not a shared interest, and the words of their
company's name are the name only ("Riverside Afrobeats Weekend" names no interest in Afrobeats, 「もりたピアノ・リトミック教室様」
none in リトミック). Their company named in a sentence that tells something of
it ("I noticed Brightpath just opened a new office in Denver", "I had dinner at Osteria Verde last
month and the grilled octopus…") counts, when the words name the company: two of its words, one that
names it alone (the "Santini" of Santini Wines, the 福来 of 中華料理 福来軒), an English word of it
capitalised ("the Philharmonic's Weinberg cycle"), not a common word of its name ("the US wine
market", 料理): not stock praise, not a job open there that the writer does not apply for ("I noticed there's a Survey
Engineer opening at Tata Projects. Could you refer me?"; "I am applying for the receptionist position advertised on
Hotel Nordstjärnan's careers page" answers their own advert), not the writer's own clause beside it ("If this might suit Evans Harries Solicitors, I'd be
glad to send our brochure", 「…様の素敵な挙式に、私どもの装花でお力添えできれば」), not an ask of it ("whether Schulz
Landtechnik would lend us a cultivator"), not the writer's own introduction (a visit to it is no part of
who the writer is: "I had dinner at Osteria Verde last month", "we ate at The Copper Pan"), not a subject line
that names them only as its addressee (件名：坂田食品様 フードビジネス展2026 出展のご案内; "Subject:
Archival humidity loggers for the Wellcome", but not "…for Osteria Moretti's summer menu"), and
at least three content words besides the name, or their team named by what it does beside it ("saw you're on
the fraud detection team at Nordbank", 「ノルド銀行の不正検知チームに」; not the team a job-seeker asks to be put
before, "your hiring team"). In an English subject line that offers something
"for your …" or "to your …", only the words after "your" can be theirs: "New scaler inserts for your
hygiene team" names the writer's product ("Scaler inserts for your new sedation referral centre" still
names theirs). The finding lists what was available to mention.
A profile made only of unfilled slots (``company: "[Company]"``) tells nothing of them: the draft is
judged as one without a profile.

Their title counts neither alone inside stock praise of their career (「ご経歴を拝見し、バックエンド
エンジニアとして大変魅力的なご経験」; with their company beside it, 「ミナトシステムでバックエンドエンジニア
として」, it is their role) nor as a job the writer wants (「御社の営業職に興味があります」). The words of
an unfilled slot name nothing: a quoted title that is a slot (『[記事タイトル]』, "{post_title}") is no
title, nor is one quoted in the writer's own introduction with no word of the reader's in it: it is
their firm or shop (「味噌蔵「丸一醸造」で、家業を継いだ五代目の上原と申します」). Nor are words someone said,
quoted (「月次の締めが早くなった」といったお声, 「助かった」と言われ, 「…」など、大変ご好評をいただいております): a
customer's praise in a pitch is no title.

Where the draft model (the user guide's *draft model*) reads the draft as a form letter, weak signs
of the reader do not count, as for generic-template (its page gives the measurements): from 0.4 (below
0.9, a sentence that names a work of theirs or a number always counts), a reference that is only topic words or a reading below 0.85 as about their work naming nothing by a
proper noun ("Whatever your goals, we have the expertise to help you achieve them"), or read from 0.85
as about their work but naming no work of theirs and no number ("In today's fast-paced digital landscape
… connect with your target audience"), or only their
company or title merged in ("I noticed Bluebird Bakery is growing fast and thought you'd be
interested in …"); from 0.5, a sentence with no word of theirs read at least as much as the
writer's offer ("We help restaurants like yours get more bookings", 「協賛金は1口3万円からで、…特典が
ございます」). A title, a link, a number, a name (not the writer's own, as the signature spells it: "I'm Tom
from BrightReach Digital", nor where the writer studies or works: "I am a recent Physiotherapy graduate from the
University of Salford"), a mutual contact (not the reader, greeted by that name: 「岸本様から多くを学ばせて
いただきたく」; someone's word on them counts: "My brother said you're the underwriter who actually explains
things"), what the writer heard of them, an interest or their recent post always counts. In English a
word that names their company alone names it capitalised: "mixing narrative series" is no mention of
Narrative Pod Studios.

The writer's own numbers, dates, times, city, company and events never count: "are you free for a
call tomorrow at 3pm?" refers to nothing of theirs, nor does a name in a phrase the writer owns ("our exclusive
Cheese Masterclass in London"), nor their interest in the words of the writer's own thing ("benefit from our
realtime transcription platform", "my first picture book just came out", 弊社の手話演劇ワークショップ; not "our
shared love of sourdough", nor a thing of theirs only compared with the writer's, "Your Volta repainting project
looks a lot like ours"; the words of their post there still echo it beside one of theirs elsewhere:
「マンボウの搬入お疲れさまでした…うちの定置網にも」). A subject line ("Subject: your talk on CRDTs")
counts like the body.

## Why is this bad?
The advice (002 §5) is to research the person and find a shared interest before writing: it is
what makes a stranger's message worth answering. A note with nothing about them could have been
sent to anyone, and reads that way.

## Example
Bad (English), to a recipient whose interests are Rust and observability:

    Hi Dana, I'm a backend engineer at Fieldnote. I'd love to connect and learn from your
    experience.

Better:

    Hi Dana, I'm a backend engineer at Fieldnote. Your post on tracing async Rust services
    was the clearest explanation of span context I have read; we are moving to it next month.

Bad (Japanese), 関心が「Rust」「可観測性」の相手へ：

    山田様
    フィールドノートの佐藤と申します。ご活躍を拝見し、ぜひつながりたいと思いました。

Better:

    山田様
    フィールドノートの佐藤と申します。Rustの非同期処理でのトレーシングについての記事を拝見し、
    可観測性の設計について伺いたくご連絡しました。

## Options
- ``without-profile`` (true): also judge drafts that come with no recipient profile, by looking
  for a reference anchored to the recipient.
- ``min-topic-words`` (2): how many distinct topic words (beyond the stock vocabulary) a sentence
  that speaks of the recipient needs to count as a reference to their work.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

from ..analysis.conversation import is_first_contact
from ..analysis.layout import body_span, subject_span
from ..analysis.references import profile_terms, refers_to_recipient
from ..core.context import Context
from ..core.document import Document
from ..core.finding import Finding, Severity
from ..core.rule import Options, Rule

__all__ = ["NoSharedInterest"]

@dataclass(frozen=True)
class NoSharedInterestOptions(Options):
    without_profile: bool = True
    min_topic_words: int = 2



class NoSharedInterest(Rule):
    code = "OL401"
    name = "no-shared-interest"
    severity = Severity.WARNING
    advice = "002 §5"
    options_class = NoSharedInterestOptions
    doc_ja = """
    ## 何をするか
    初めての連絡だけを判定します。スレッドのある下書き、書き手の以前のメッセージを追いかける文（act
    モデルが追いかけと読む文）のある下書き、すでに面識があることを示す下書き（先日はありがとうございました、「休憩室で話せてよかったです」、"good talking in the break room Thursday"、"Thank you for showing me around"、「ご案内いただきありがとうございました」、
    「先日はありがとうございました」）は follow-up-chasing に任せます。読み手を集団の一人として扱う一斉配信（「皆様のビジネス」）や、
    下書きモデルが 0.9 以上の確率で定型文と読む下書きの「いつもお世話になっております」は面識のしるしではありません。

    探すのは **相手に結びついた言及** です：

    - act モデル（利用ガイドの「文の行為（act）レイヤー」）が相手自身の仕事についての文と読むもの：
      投稿・登壇・論文・製品・プロジェクト・相手の成果（「先週の写真展の投稿を見ました」）。ただし、モデルが
      決まり文句の賛辞と同じかそれ以上に読む文（「サクラ様の素晴らしい投資実績を拝見し」"impressed by the great work
      coming out of Cardiff Digital"）は勤務先や経歴への賛辞、急かしと同じかそれ以上に読む文（「残り十日で目標の六割です」
      "only a few onboarding slots remain, so book your demo today!"）は売り込み、書き手自身の自己紹介と確かに読み相手の仕事とはほとんど読まない文（「留学生のインターンシップを支援しているNPO法人グローカル・ブリッジの、劉と申します」）は書き手のもの、目的語が未記入の差し込み欄の文
      （"your recent post about {topic}"。同じ行の宛名の差し込み "Hi {first_name}, I caught your csv,conf session…" は何も隠しません）は
      何も指さず、経歴への決まり文句の賛辞
      （generic-template の表現）のほかに勤務先の名前しかない文（「株式会社ソフトブリッジでのご活躍を拝見し、
      ぜひご紹介したい求人がございます」、"Your work at the Wellcome Collection has long impressed our team"）は賛辞です。主語を言わず、敬語も相手を指す語もなく、作った・提供している
      ことを述べる文（「個人開発で旅行の持ち物チェックリストアプリを作りました」「一貫したサポートを提供しております」。
      「治療院様向け」の様は客層で、相手ではありません）は主語が書き手で、書き手自身のものです。そこに引用された題名も
      書き手のものです（「予約管理システム「ヨヤクル」の新プランをリリースいたしました」「「SNS運用講座」の特別枠を募集しています」）。
      「弊社では」と書き手の会社を名乗る文の受け身は敬語ではなく（「弊社では、…最適化された演習を…リリースいたしました」）、
      ほかの人が書き手のためにしたこと（「すでに全国300教室以上でご導入いただき」）は書き手の実績です。
      何も名指さない経歴一般（「物流業界でのご経験を拝見し」）も相手のものを指していません；
    - 書き手が見た・読んだ・聞いた・参考にした・驚かされた・救われた・笑った・読み返した相手の作品や発信（相手の
      ニュース・報道・プレスリリースや事例も含みます：「資金調達のニュースを拝見しました」「貴院の新NICU開設の報道を拝見し」。
      貴院・貴店・貴協会のように組織の前の「貴」は、貴社と同じく相手を指します）、あるいは明らかに相手のもの（"your …"）を、
      それがどれかを示す語とともに同じ節の中で挙げるもの（「夏の果物フェアの出店者募集を拝見し」
      "your Kumasi salon's braiding tutorials"。作品が主題として節を終え、次の節で見たと述べる
      「すくも作りの投稿、いつも拝見しています」も含みます。「現在就職活動中で、…共感いたしました」は書き手自身の状況です）。一般的な言い方
      （「素敵な作品を拝見し」"I saw your post"）は何も挙げておらず、書き手自身のもの（弊社の記事、
      "watch our webinar on …"）や、モデルが相手の仕事と読まない売り込みの "your …"（"Book your demo today"）や、急かしと読み、相手の仕事とは確かに読まない文の "your …"（"ACT NOW, book your demo and claim your discount before it's gone!"）は相手のものではありません；
    - 最初の三文のうちで、相手が知っているものとして「あの」"that" "those" で指し、それがどれかを示す語で挙げるもの
      （「あの天然酵母の食パン」"that lambing cam is brilliant"）：見知らぬ相手がこう指せるのは相手のものだけです。
      フィラーの「あの〜」「あの、」、代名詞（"That makes sense"）、接続詞（"I think that …"）、書き手自身のもの
      （「あの、私が作った…」"that planner app I made"）は除きます。それより後の「その」"that" は書き手が直前に
      書いたことを指します；
    - 最近の投稿がある相手に、最初の文が代名詞でそれを指して始まるもの（「それ、うちの気象APIで一発解決します」、
      「あれはマルタイですね」、"Those are tampers, they pack the ballast"、"lol this explains my entire batch"）や、
      同意で始まるもの（「わかります笑」、"Same here in Tucson"、"Me too"、"agree on 14ac"、"100% this"、"Yes!"）、
      比べる相手が文中にない「同じ」を語るもの（「うちでも全く同じことがありました」、"I got the exact same request
      last month"）：初めてのメッセージには、「それ」「あれ」が指し戻せる前の話も、同意したり同じだと言えたりする
      相手の発言もありません。"That's why I'm writing"、"This is Jade from …"、"Yes, I'm a nurse"、"the same town as
      you"、"our paths cross in the same circles" は除きます；
    - 共通の知人、つまり人（「メンサ先生から伺うよう勧められました」「小林さんから伺いました」、誰かの評判
      "My brother said you're the underwriter who actually explains things"。誰も指さない
      「お客様から」「企業様から」は除く。「知人の紹介で」は数え、書き手が紹介するもの「求人のご紹介」
      「お仕事のご紹介ができます」、相手に頼む紹介 "could you refer me to …"「お取引先をご紹介いただきたく」
      「ご紹介いただける企業様がいらっしゃいましたら」は数えません）や共に属する集まり（差し込み欄ではないもの。同じコミュニティ、
      "we're both active in the NYC Data Science Meetup"）、相手の活動について伺ったこと
      （「在来種のトマトの種を集めていると伺いました」「来春4色機を入れ替えられると業界紙で知り」、英語の "Saw you just opened
      your third clinic!" "I heard Rao Dental Group is expanding into Leicester"、売り込みの中でも相手の農場や現場が何をしているか "I see your cooperative grows corn" "I know Gwynt y Môr runs Siemens SWT-3.6s"（"your business needs a boost" は除きます）。相手が何であるか "I noticed you're based
      in Leeds" や、成長への決まり文句 "I noticed Fenwick Foods is growing fast" は除きます）。ただし、下書きモデルが定型文と読む下書きで、
      何も名指さない褒め言葉を伝聞の形にしたもの（「素晴らしいお店を経営されていると拝見し」）は除きます；
    - 相手について語る文の中の名前（英語では文中の大文字で始まる語。絵文字の後の大文字は新しい節の始まりで、
      名前ではありません）・引用された題名・リンク・具体的な話題：名前で語る文
      （渡辺様のデザインシステムの記事）や、「ご講演」"your …" のある文のうち、モデルが相手の仕事に
      ついての文である可能性を少しでも認めるもの（売り込みの "your brand" は除かれます。モデルが相手の仕事の文とは
      ほとんど読まない文では、名詞の話題語が二つ必要です：「貴社の事業に強い関心を持っており」は何も挙げていません。
      モデルが書き手の依頼や申し出と読み、相手の仕事の文とは五分未満にしか読まない文の話題語は、依頼や売り込みの
      言葉です：「小野様の{{専門分野}}でのご経験を拝見し、ぜひ弊社のサービスをご紹介させていただきたく」、
      "discuss matters of mutual interest"。そこでも名前・題名・リンクは数えます。モデルが書き手の依頼と読む日本語の文で、
      相手の作品も、見た・聞いたの動詞も、相手への尊敬語もないまま相手のものを挙げる文は、モデルが相手の仕事の文と
      強く読んでも何も挙げていません：「ユニフォームにお店のロゴを入れられます」）、あるいはそれを
      祝う文（「開店おめでとうございます」"Congratulations on the first EV cohort"）。相手のものとして引用された題名
      （御社の「丘の上 甲州 シュール・リー」、your "Hilltop Koshu"）は、モデルの読みにかかわらず数えます。書き手自身のもの
      にも触れる文では、それを含まない節だけを数えます（「弊社のアプリをApp Storeで公開しました、ご担当の
      皆様にも…」は相手の何にも触れていません）。決まり文句の賛辞と読まれる文の語は賛辞の語です
      （「貴社の今後ますますのご発展をお祈り申し上げます」"Wishing you continued success in all your endeavours"）。

    相手のプロフィール（front matter や API の ``recipient``）があるときは、関心事、役職に括弧で書かれたプロジェクト名
    （「OSSメンテナ（wareki-py）」"Maintainer (pgtrace)"。地名や学校「記者（山形）」は除く）と最近の投稿は、
    書き手自身の自己紹介の外ならどこに出てきても数えます（書き手が名前のあるものを読んだ・見た・聞いたと言う文は、書き手のことを
    多く含んでいても自己紹介ではありません：「みなと住宅協同組合の…試みを拝読し、私が担当している家族にも…」"I read about Leith Walk
    Housing Co-operative's pilot…, and it made a real difference to a family I work with"。投稿の語は自己紹介の中でも数えます：
    「あのゆずのタルト最高でした、私もパティシエです」は投稿を読んでいます。X では投稿への返信なので、投稿がどれだけ長くても曜日や月でない一語で足ります。投稿の中の固有名詞ひとつ（英語では文の途中で大文字で始まる語："is the Kilnmaster still available?"。曜日や月の名は除く）や、
    連続する二語の引用でも、投稿を指す語と同じ文にある一語（"this rarity thread is 🔥"）でも数えます。投稿の動詞
    「まとめる」は名詞「まとめ」と同じ語です。二語以上の関心事や役職は二語が必要で、「看護師の皆様」の「看護」は
    「救急看護」ではありません。目的語を取る動詞 "claim your discount" は Claims Director の claims ではありません）。見出し語で照合するので、活用・複数形・
    大文字小文字・全角半角、名前のまわりの敬称や助詞（``ACMEさんの``、``山田様``）があっても見落としません。層の例に挙げた相手の会社（"Community practices like Yamaguchi Dental"、「山口歯科クリニック様のように地域に根ざしたクリニック様に」）は差し込みで、言及ではありません。
    役職のテーマと会社は、相手について語る文（"your …"、"you wrote"、"you're running the Lewes growers co-op now"、"I know you work on surge staffing for MSF"。
    売り込みの仮定 "whether you're looking to grow" や "thought you might be interested in how we help HR teams" は除く）の中でだけ数えます。役職は、募集中の仕事を挙げる節
    （「バックエンドエンジニアの求人をお預かりしており」"a Platform Engineer role I'm working on"）では、
    相手の仕事ではなく求人の名前なので数えません。act モデルが書き手の頼み事や申し出と読み、相手の仕事とはほとんど読まない文
    （「物流企画部のご担当者様をご紹介いただけないでしょうか」）の役職の語も、頼み事の言葉なので数えません。勤務先の名前だけ（「BigCo でのご活躍に
    感銘を受けました」「北浜銀行様の事業に大変魅力を感じております」"I noticed your impressive experience at Harbor Logistics"。
    決まり文句の賛辞の文にだけあり、役職が並ばないもの）はお世辞であって共通の関心ではありません。会社名の中の語は会社名にすぎません
    （「もりたピアノ・リトミック教室様」はリトミックへの関心ではありません）。会社の名前の横にある書き手自身の節（「…様の素敵な挙式に、
    私どもの装花でお力添えできれば」"If this might suit Evans Harries Solicitors, I'd be glad to send our brochure"）は会社について
    何も伝えません。そこで募集している仕事（"I noticed there's a Survey Engineer opening at Tata Projects. Could you refer me?"）も、
    応募するのでなければ会社についての話ではありません（相手の出した募集への応募 "I am applying for the receptionist position
    advertised on …" は相手のものです）。ただし、会社について何かを伝える文
    （「ブライトパスが新しくデンバーに事務所を開いたと知りました」「先月オステリア・ヴェルデで頂いたタコのグリル」）
    は数えます。会社の名前で挙げている場合に限ります：名前の二語、それだけで会社を指す語（中華料理 福来軒の「福来」、
    Santini Wines の "Santini"）、英語では文中で大文字で始まる語（"the Philharmonic's Weinberg cycle"）。名前の中の
    普通の語（「料理」、"the US wine market" の "wine"）は会社を指しません。決まり文句の賛辞でも、会社への頼み事（「大成設計様の選考でご紹介いただけないでしょうか」）でも、書き手自身の自己紹介でもなく（その会社を訪ねた話「先月オステリア・ヴェルデで頂いた」"I had dinner at Osteria Verde last month" は書き手が誰かの話ではありません）、宛先として社名を挙げるだけの件名（件名：坂田食品様 フードビジネス展2026 出展のご案内、"Archival humidity loggers for the Wellcome"。"…for Osteria Moretti's summer menu" は相手のもの）でもなく、社名以外に内容語が三つ以上ある文、または社名のそばで何をするチームかを名指す文です（"saw you're on the fraud detection team at Nordbank"、「ノルド銀行の不正検知チームに」。求職者が取り次ぎを頼む「採用チーム」"your hiring team" は除きます）。英語の件名で "for your …" "to your …" と何かを差し出すものは、"your" より後の語だけが相手のものです（"New scaler inserts for your hygiene team" は書き手の商品の名前で、"Scaler inserts for your new sedation referral centre" は相手のものを名指します）。指摘には、触れられる項目の一覧を添えます。
    未記入の差し込み欄だけのプロフィール（``company: "【会社名】"``）は相手について何も伝えないので、プロフィールの
    ない下書きとして判定します。

    相手の役職は、経歴への決まり文句の賛辞の中にそれだけがある場合（「ご経歴を拝見し、バックエンドエンジニアとして
    大変魅力的なご経験」。会社名が並べば「ミナトシステムでバックエンドエンジニアとして」は相手の役割です）や、書き手が
    求める職として挙げる場合（「御社の営業職に興味があります」）は数えません。未記入の差し込み欄の語は何も指さず、
    差し込み欄のままの引用題名（『[記事タイトル]』"{post_title}"）は題名ではありません。相手の語のない書き手自身の
    名乗りの文で引用された題名も、書き手の会社や店の名前です（「味噌蔵「丸一醸造」で、家業を継いだ五代目の上原と申します」）。
    誰かの言ったことの引用（「月次の締めが早くなった」といったお声、「助かった」と言われ、「…」など、大変ご好評を
    いただいております）も題名ではありません。

    下書きモデル（利用ガイドの「下書きモデル」）が定型文と読む下書きでは、相手についての弱いしるしを数えません
    （generic-template と同じで、測定はそのページにあります）。0.4 以上なら（確かな 0.9 未満では、相手の作品や
    数字を名指す文は常に数えます）、話題の語だけ、または相手の仕事に
    ついての文と読む確率が 0.85 未満で固有名詞を何も名指さない言及（"Whatever your goals, we have the expertise to
    help you achieve them"）、0.85 以上で相手の仕事と読んでも相手の作品も数字も名指さない文（"In today's fast-paced
    digital landscape … connect with your target audience"）や、差し込まれた相手の会社名・役職だけ（"I noticed Bluebird Bakery is growing fast and
    thought you'd be interested in …"）。0.5 以上なら、相手を指す語がなく書き手の申し出と読む以上に相手の仕事とは
    読まない文（"We help restaurants like yours get more bookings"、「協賛金は1口3万円からで、…特典がございます」）。
    題名・リンク・数字・名前（署名にある書き手自身の名前や会社名 "I'm Tom from BrightReach Digital"、書き手の学校や勤め先
    "I am a recent Physiotherapy graduate from the University of Salford" は除く）・共通の知人
    （宛名で呼んだ相手自身は除く：「岸本様から多くを学ばせていただきたく」）・相手について伺ったこと・関心事・最近の投稿は
    常に数えます。英語で会社名の固有の一語は、大文字で書かれたときだけ会社を指します（"mixing narrative series" は
    Narrative Pod Studios への言及ではありません）。

    書き手自身の数字・日付・時刻・地名・会社・イベントは数えません（"our exclusive Cheese Masterclass in London" のように書き手のものとして書かれた名前も、書き手自身のものを言う語にある相手の関心事も：「弊社の手話演劇ワークショップ」"benefit from our realtime transcription platform"。"our shared love of sourdough" や、書き手のものと比べただけの相手のもの "Your Volta repainting project looks a lot like ours" は除きます。そこにある相手の投稿の語は、ほかの所に投稿の語がもう一つあれば投稿への言及です：「マンボウの搬入お疲れさまでした…うちの定置網にも」）。「明日15時にお電話できますか」は相手の
    何にも触れていません。件名の行（「件名：PyConでのご講演について」）も本文と同じく数えます。

    ## なぜ問題か
    記事の助言（002 §5）は、連絡の前に相手を調べ、共通の関心を見つけることです。それが見知らぬ相手の
    メッセージに返事をする理由になります。相手について何もない文面は誰にでも送れるもので、そう読まれます。

    ## 例
    悪い例（関心が「Rust」「可観測性」の相手へ）：

        山田様
        フィールドノートの佐藤と申します。ご活躍を拝見し、ぜひつながりたいと思いました。

    より良い例：

        山田様
        フィールドノートの佐藤と申します。Rustの非同期処理でのトレーシングについての記事を拝見し、
        可観測性の設計について伺いたくご連絡しました。

    悪い例（英語、関心が Rust と observability の相手へ）：

        Hi Dana, I'm a backend engineer at Fieldnote. I'd love to connect and learn from your
        experience.

    より良い例（英語）：

        Hi Dana, I'm a backend engineer at Fieldnote. Your post on tracing async Rust services
        was the clearest explanation of span context I have read; we are moving to it next month.

    ## オプション
    - ``without-profile``（true）：プロフィールのない下書きも、相手に結びついた言及の有無で判定します。
    - ``min-topic-words``（2）：相手について語る文が、相手の仕事への言及とみなされるのに必要な話題の語
      （決まった語彙以外）の数。
    """
    messages = {
        "profile": {
            "en": "Nothing here is about {who}: looked for their interests, company, title topic and recent post; available to mention: {available}",
            "ja": "{who}についての内容がありません。関心事・会社・役職のテーマ・最近の投稿を探しました。触れられる項目：{available}",
        },
        "no_profile": {
            "en": "Nothing here is about the recipient: no post, talk, paper or project of theirs, no mutual contact (your own numbers, dates and places do not count)",
            "ja": "相手についての内容がありません。相手の投稿・登壇・論文・プロジェクトや共通の知人への言及がありません（こちらの数字・日付・地名は数えません）",
        },
        "suggest_profile": {
            "en": "Mention one of these in a sentence that shows you looked: what in it interested you, and why.",
            "ja": "このうち一つに触れ、何に関心を持ったのか、なぜなのかを一文で書いてください。",
        },
        "suggest": {
            "en": "Add one concrete thing about them: a post or talk by name, a project, a mutual contact, and why it made you write.",
            "ja": "相手についての具体的な一点（投稿や登壇の名前、プロジェクト、共通の知人）と、それが連絡の理由になったことを書いてください。",
        },
        "them": {"en": "the recipient", "ja": "相手"},
    }

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        start, end = body_span(doc)
        tokens = doc.tokens
        head = next((t for t in tokens if start <= t.start and t.end <= end and not t.is_punct), None)
        if head is None:
            return
        tail = next(t for t in reversed(tokens) if start <= t.start and t.end <= end and not t.is_punct)
        first, last = head.start, tail.end
        # A subject line ("Subject: your talk on CRDTs") speaks to the recipient as much as the body.
        spans = [(start, end)] + ([subject] if (subject := subject_span(doc)) else [])
        if not is_first_contact(doc, ctx):
            return  # a follow-up is judged as one (follow-up-chasing), not as a first contact
        # Their employer's name alone ("your work at BigCo impressed us") is flattery, not a shared interest.
        if any(refers_to_recipient(doc, ctx, s, e, self.options.min_topic_words) for s, e in spans):
            return
        recipient = ctx.recipient
        # a profile with neither interests, company, title nor post has no terms: judged as none
        terms = profile_terms(doc, recipient) if recipient is not None else ()
        if terms:
            assert recipient is not None
            sep = "、" if ctx.locale == "ja" else ", "
            available = sep.join(dict.fromkeys(_shorten(t.label) for t in terms))
            who = recipient.name or self.say(ctx, "them")
            yield self.finding(
                ctx, first, last, self.say(ctx, "profile", who=who, available=available),
                suggestion=self.say(ctx, "suggest_profile"),
            )
            return
        # no profile, or one of unfilled slots only ("[Company]"), which tells nothing of them
        if self.options.without_profile:
            yield self.finding(ctx, first, last, self.say(ctx, "no_profile"), suggestion=self.say(ctx, "suggest"))


def _shorten(label: str) -> str:
    label = " ".join(label.split())
    return label if len(label) <= 40 else label[:39] + "…"
