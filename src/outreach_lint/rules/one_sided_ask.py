"""Asking a stranger for something while offering nothing: "put in a word for me", 口利きをお願いできませんか.

## What it does
Finds asks: a request form ("could you", "I'd appreciate", "let me know if", a question, thanks
promised after the thing asked for: "an introduction to her, I'd be very grateful", "would mean a lot";
〜ください, 〜いただけませんか, casual 〜もらえません？ with its か left out, 〜いただければ幸いです, お願い, the formal "I request
you to kindly …") together with something the writer wants
from the recipient:

- a job ("any openings on your team", "consider me for", "an opportunity as a pharmacist", a place on their list of suppliers: "I would like to be
  listed as one of your accredited photographers", 求人があれば教えてください, 面接の機会, a student's
  placement: 「夏の臨床実習の受け入れについて伺えないでしょうか」; a performer's gig, "can u get me a real gig at
  the Lilypad", "book us for a Friday", 「金曜の枠で演奏の仕事をいただけませんか」 (in Japanese 出演させてもらえませんか was
  tried too, and blind writers labeled three of its four drafts in corpora without the ask);
  not 弊社で働いていただきたい, where the job is the writer's to give, nor 同じ業界で働く者として, working people, nor a request already made of someone else, 「園長に購入をお願いしました」,
  nor the words of a title quoted: 「「実習で見てほしい3つのこと」を読み」);
- a referral or an introduction ("refer me", "put in a word for me", "connect me with your
  recruiter", a firm's "introduce us to whoever buys packaging", "put us in touch with your CIO",
  ご紹介いただけませんか, casual 紹介してもらえませんか, roundabout 「ご紹介いただくことはできないでしょうか」, 口利き, 推薦; not what the writer says they can do, 「施設のご紹介もできますので、
  よろしければつながってください」, whose request is to connect);
- their things or their work for the writer, free ("use the parish hall … free of charge", "let me watch you
  work for a few weeks", "save me a few packets", 元データをご提供いただけないでしょうか, 「楽譜を無償でご提供いただけないでしょうか」
  (無償 under the reader's giving, or asked, 「無償でお願いできれば」, is no gift of the writer's), 「招待券を2枚お譲りいただけないでしょうか」: handed or lent to the writer);
- a favour, a purchase or promotion ("do me a favour", "can u sort me out with the subtitling gig?", "pick your brain", which ADVICE 002 §8 names
  beside a job and a referral, "book a demo", "invest in", "RT the campaign", "a mention in your
  newsletter", "mention Brasa in your next column", "come in and review us", "have me on as a guest", "shout us out",
  the writer's goods carried or published, "stock our tea", "publish my picture book", 「弊園の新茶を取り扱っていただけないでしょうか」, 「うちのシードルもぜひ置いてほしい」,
  「御社から出版していただきたい」, a sponsorship
("could Summit sponsor our comp"), "share this page with your followers" or "with your customers" (not a question on how their own show "landed with your audience"), お知恵を拝借できないでしょうか, ご購入, ご契約
  (not 契約書, a document asked about, nor a customer's own 「10部ほど購入できますでしょうか」, which brings a sale), ご導入, 拡散・シェア・チャンネル登録のお願い); "I am writing to enquire about any vacancies" and "I am
  writing to request an internship" (a kind of one too: "offer me a vacation internship") ask as "could you" does, and so does a casual "if u could feature us";
- advice on the writer's own problem or their time ("feedback on my résumé",
  "15 minutes of your time", ご相談, アドバイス, お時間をいただけ).

It fires when the draft offers nothing back: no offer ("happy to share our benchmark data", what the
writer would bring their team: "how my thesis work could contribute to your team", 「チームに貢献できればと考えております」, the
writer as a paying customer: "we'd like to buy 200kg a season" (from the reader: "I would like to buy directly from
them", their supplier, pays the reader nothing), 有償でお願いできる, a commission,
"as a paid job", 仕事としてお願いしたい, a fee (「ギャラはちゃんと出ます」, 「もちろん通常の料金でお願いします」), credit (共著者として
お名前を入れさせていただきます, "we would list you as a co-author"), an exchange said as one ("in exchange
for your logo on my kit", 「ロゴ掲載を条件に」「使用レポートと引き換えに」), the reader's giving made the
condition of what the writer will do for them ("If you send a key, I'll stream it to my 21k subscribers",
「いただけたら配信でがっつり紹介させてもらいます」, in the polite form too: 「ご登壇いただけましたら、チラシに御社名を掲載いたします」; not a wish after it: 「いただければと存じます」「…いただければ、大きな
励みになります」, "if you could, I'd appreciate it"),
"I can send you", a firm's "share how we might be able to help", "glad to return the favour", "our pasture and crush are at your disposal",
something done free for them ("I'd happily do a free evening reading"), the writer's time or skill
("I could take a Saturday cohort", "we can run a workshop", お手伝いできます), free use of the writer's
product ("Early testers get it free for a year", 「プロフのリンクから無料で使えます」), a gift (「掲載誌を進呈いたします」,
something sent free before the ask: 「新作のかるかん饅頭を無料でお送りしますので、感想をポストしていただけませんか」, not
「無料でお送りいただけませんか」, free for the writer) or one handed over (「データはこちらから差し上げますね」,
「カレー差し入れするわ」; not ご連絡を差し上げます, a contact),
何かお手伝いできることがあれば, 情報交換), no
benefit for the recipient ("could save your team", "might be useful for you", 貴社のお役に立てる; the writer's goods
said to suit the reader's own business, in a sentence that asks nothing: "I'm sure it would pair well with your
seafood dishes", 「貴店のお料理にもきっと合うものと存じます」, 「貴社の売場にも必ずやご満足いただける商品と自負しております」;
not the letter's stock wish, 「貴社のますますのご発展にお役立ていただける」, nor the writer praising themselves as
a fit, "I believe I would be a great fit for your team"),
and, in a reply, the recipient did not offer help first. An offer of the writer's own papers ("I can
also provide three references", "I can send my resume whenever you like", a seller's papers in English, part of
the sale ("I will send you our price list", a catalogue, a brochure, a quote; a Japanese カタログ sent still reads as
given back to labelers), 職務経歴書はご承諾いただけ次第お送りいたします,
資料はすぐにお送りできます; more of them, "My CV is attached and I can provide anything else you need"; the writer's
own questions brought, "a call where I can bring my questions") is part of the ask, however the act model reads it, and one
denied (私などがお役に立てることは何もないのですが, 「謝礼をお支払いする余裕はございませんが」, or called difficult:
「使用料をお支払いするのは難しい状況です」) gives nothing; a polite question about paying
(有償でお願いできないかと考えております) still offers to pay, while the writer's own customers moving to a
paid plan (有償プランに移行しました) pay the writer, and "would you be willing to give me an hour" asks for
the reader's willingness, not the writer's. Jobs, referrals, introductions, favours
and purchases are findings on their own; the writer's own firm's selection or opening (「ぜひ当社の選考に
お進みいただきたく」) is a job offered, not asked for; a place where people can connect (「いろんな業界の方と
繋がれる場なんで」) asks no introduction, and an ask wrapped as "whether" (「ご発注いただけるかどうかを…お知らせ
ください」) asks to be told a decision, demands-reply's to judge. The writer's labour given counts as
something back: "I'd happily work unpaid weekends"; what the writer says they need ("We would need the
sprung floor uncovered, access to the piano…", 「…を置く場所が必要です」) is more of the ask, however the act
model reads it, and their files sent to the writer ("could you send me the full-resolution scans?") are a
favour. Advice and time are small asks, so they are findings
only when the act model reads their sentence as at least a faint favour for the writer ("Would you
be open to a quick chat?" after a recruiter's role or a seller's pitch proposes a meeting; "could I
pick your brain over a quick chat?" asks a favour) and the draft is mostly about its writer: the share of "I/me/my" among "I/my" and
"you/your" words (私/僕/弊社 against 様/さん/貴社) is at least ``self-share``. The share is
evidence, not the verdict: a draft full of "you" that asks for a referral and offers nothing
still fires, and one full of "I" that offers help does not. Nor is the share needed for a first
message that only takes: one the act model reads as asking a favour for the writer (from 0.99),
with no sentence read even weakly as an offer and none as about the recipient's own work
("Hey, could you RT our launch? … Would really help us get some traction", an OB訪問 request that
asks 三十分ほどお時間をいただけないでしょうか and says nothing else). Nor is it needed for a first
message that says whom the small ask serves: a request that names the writer as the one given to
("could you get me a spot on the speaker list", "can you lend me your trailer", "write one for me",
〜してもらえたら助かります: it would help me), or a writer who says they are looking for work or
a career change ("I'm job hunting", "looking to transition into product marketing", 就職活動中,
転職を目指している, OB訪問), whose ask for time serves the job search. In counting "you"
words, 様 read よう (私のような者) is a likeness, not the honorific.

In a chaser (the thread ends in the writer's unanswered messages, or a sentence other than the ask
follows up the writer's earlier one: "following up on my last two emails…"), a favour or advice
asked ("if you could take a look when you get a chance", 「見てもらえたら嬉しいです」) is the earlier
ask again, and follow-up-chasing's to judge; a job, referral, introduction or sale asked in it still
counts. The same holds once the recipient has replied in the thread: asking them to look at a
deliverable is ordinary work. A promotion verb whose subject in its clause is the writer ("I'd
really like to connect and maybe share our results") is what the writer will do, not an ask.
A Japanese sentence the act model reads as an offer gives nothing back when it asks the reader to
act (「弊社の資料を添付いたしますので、そのまま転送いただければ幸いです」: the attachment serves the ask);
what the writer prepares for the reader's use (お使いいただけるよう、ご用意させていただきます) or a
suggestion to try (試してみてください) still does.

Favours worded as no list has them count too: a sentence the act model (the user guide's
*sentence-act layer*) reads as an ask that serves the writer ("Could you share my crowdfunder
with your listeners?", 「私の新作をご購入いただけませんか」, RT・拡散のお願い) is a favour: on its
own when the model is all but certain (not a question for information, "Could you tell me whether you take on
consultations?", which is a small ask however sure the model is), and otherwise like a small ask, by who the draft is about,
and only when its sentence asks: a request form ("could you", "pls", "I'd really like to") or a
question, in Japanese a request in the inflection (ください, いただけますか, もらえたら嬉しい). A sentence it
reads at least as much, and surely (0.9), as a demand for a reply asks for the reply, which is
demands-reply's: "can you answer me by tonight?"; one it reads so as a channel switch asks for a move of
channel, which is presumes-channel's: 「ID送るので追加お願いします、電話番号も教えてもらえると早いです」.
A sentence it reads more as the favour than as an offer ("it would mean a lot if you could pass
my CV on"), or a discount under pressure (「先着3名様だけ半額」), is not something back. And a sentence it reads as an offer ("I'd be glad to send a few ideas with rough
budgets") is something back, as the listed offers are. In Japanese, so is a humble verb of the
writer's done for the reader and not yet done (協力させてください and 力を貸させてください, let me help, as
"let me help" is in English; ご説明できます, 感想をレポートにまとめてお出しします,
ご用意いたします): 謙譲語 is the writer acting for the person addressed. Contacting, visiting,
meeting, proposing, guiding, perceiving (幅広い人脈をお持ちの方とお見受けし), a courtesy's prayer for their
success (貴社のご発展をお祈りするとともに) and sending the writer's own papers (ご連絡いたします, お伺いします, ご案内いたします, 履歴書をお送りします, 職務経歴書はすぐにお送りできます; but results sent back to those who
take part are something: 結果のまとめは回答者の方全員にお送りします, 見学後は、児童の感想文を冊子にしてお届けいたします,
"I'll send the summary of results",
and so is a sample sent to try: サンプルとして2kgほどお送りします), a past deed (ご説明しました), a wish (ご説明したい) or the writer's own situation told (当館の状況を少しご説明します, the ask's preface) give nothing.

When none of that finds an ask, the draft model (the user guide's *draft model*) judges the draft
as a whole: a first contact of more than one sentence that it reads as one-sided with a
probability of at least ``learned-threshold``, that offers nothing the lists or the act model know
as given back, is a finding over its sentence read most as a favour or an ask ("Could you pass it along to
your subscribers next week?"), provided the act model reads that sentence as one or the other at .5 or more
(a permission asked, 「様式を、私の学校でも使わせていただけないでしょうか」, it reads as an ask more than as a
favour; on thirty blind batches held out from the draft model, b72 to b101, reading either changed no finding).
An ask put under the reader's own need earlier in its sentence is the writer's availability, not
an ask: "If you ever need an extra guitarist for a tribute set, I'd love to be considered",
「通訳が必要でしたら、ぜひお声がけください」; the reader decides whether there is anything to ask. So is
a look asked at what the writer made under its use to the reader: "If it is any use, could you take
a look at my handout?", 「もし参考になれば見てもらえたら嬉しいです」. Time asked to be kept free
(「30分ほどお時間を空けておいてください」, "Please keep 15 minutes free") is room for a meeting the writer
has planned: pushy's finding (a meeting presumed), not an ask. A sentence that wishes for the reader's
work free of charge ("We would also love a free 45-minute virtual visit") asks, however much the act
model reads an offer in it; so does one that asks the reader to give to the writer ("I'd like you to give
me a job on the team", "could you send us your rota"; in Japanese the request form after the reader's verb
says so already: 「私に仕事をいただくか、…ご紹介ください」), or to act for the writer ("Kindly introduce
me to your investment committee and share our proposal with them": sharing is the reader's work here;
not "Please feel free to share our data"). A receiving verb that opens a sentence's request is asked
with it (「皆様にご紹介いただき、提案書を共有してください」; 「ご紹介いただき、ありがとうございました」
thanks). An offer's word capitalised inside a sentence is a name ("an internship at Old Mutual"), not
a benefit to both. Nor is an offer's word in a sentence the act model reads as networking's stock
line (from 0.75) and not as an offer ("I'd love to explore synergies for mutual benefit", 「今後いろいろと情報交換
できれば嬉しいです」, a pitch's 「御社のご発展に少しでも貢献させていただければ幸いです」; a follow back, 「相互フォローしていただけると嬉しいです」, is still given), nor someone
else's willingness ("whether any of your authors might be willing to donate signed copies"), nor a
preface (「経歴を簡単にお伝えしますと」), nor help the writer has given others, in the past, in a sentence the
act model reads as no offer at all ("I have helped about twenty families with housework", 「…お世話などを
お手伝いしてまいりました」): the writer's record. A humble verb that describes a noun promises nothing
(「退院時にお渡しする資料」).

An ask the grammar found and let pass because something is offered back stays passed. On
four blind batches it never saw (b45 to b48), this found 2 more of the 116 one-sided asks there and
nothing else: recall .80 → .82, precision .95.

An ask the grammar found and let pass as modest ("May I have 15 minutes of your time to ask you
about …", 「30分ほどお時間をいただき、…お話を伺えないでしょうか」) is a finding all the same in a first
contact of more than one sentence that offers nothing the lists or the act model know as given back,
when the draft model reads it as one-sided with a probability of at least ``sure-threshold``:
labelers judged such drafts asks that give nothing back. On twelve blind batches the model had not
been fitted on (b49 to b60, 3,036 drafts), the default 0.7 found 11 such drafts, all labeled
one-sided-ask (at 0.9, 5; at 0.4, a first false alarm).
From a probability of 0.95 the same holds beside what only the act model, not the lists, reads as
given back ("I know Michael Chen … advises several of your portfolio companies", read as an offer
at 0.81); on those batches, the 3 such drafts were all labeled one-sided-ask. What the lists know as
given back (volunteer hours, paid work, the writer's dashboard shared) always counts.

The other way round, an ask the grammar found is let pass when the draft model is sure (below
``cleared-threshold``) that the first contact is not one-sided, and some sentence gives something:
the act model reads it as an offer (at 0.3 or more) or as a pitch's pressure (at 0.5 or more). A
farmer's order form beside a product and its discount (「今すぐ下のフォームから注文してください」), a
recruiter's reply deadline beside a role, the writer's own data offered before a chat: labelers
did not call those one-sided. On ten blind batches the model had not been fitted on (b60 to b69,
2,493 drafts), this took away 8 of the rule's 17 false alarms and 2 of its 229 findings (precision
.931 → .962, recall .877 → .870). A bare ask beside a reference ("any advice on rolling it out?",
「一度お知恵を拝借できないでしょうか」) gives nothing, and stays a finding however the model reads it; so
does an ask that tells the reader to give to the writer ("pls give me a job in it"; in Japanese the
request form says so, 「私に仕事をください」).

## Why is this bad?
The advice is to build relationships, not connections (002 §7), and not to be a leech: a
relationship needs value both ways, so help without being asked (002 §8). A first message that
only asks tells the recipient they are a stepping stone.

## Example
Bad (English):

    Hi Dana, I'm applying to Fieldnote next month. Could you put in a word for me with your
    recruiter? I'd really appreciate it.

Better:

    Hi Dana, your post on offline-first sync helped me fix our conflict resolution. I wrote up
    the edge cases we hit; happy to send them over if they'd be useful for your team.

Bad (Japanese):

    山田様
    来月、御社の選考を受ける予定です。人事の方に口利きをお願いできませんか。

Better:

    山田様
    オフライン同期の記事を参考に、当社でも競合解決を実装しました。検証で見つかった事例を
    まとめましたので、ご参考になればお送りいたします。

## Options
- ``self-share`` (0.6): share of I/my words (私/弊社) among I/my and you/your words (様/貴社) from
  which a small ask (advice, time) is a finding.
- ``learned-threshold`` (0.8): the draft model's probability from which a draft no phrase found
  is judged one-sided; above 1 turns the draft model off for this rule.
- ``sure-threshold`` (0.7): the draft model's probability from which an ask the grammar let pass
  as modest, in a first contact that offers nothing back, is a finding all the same; above 1 turns this off.
- ``cleared-threshold`` (0.05): the draft model's probability below which an ask the grammar found,
  in a first contact that gives something (an offer or a pitch, as the act model reads it), is let
  pass; 0 turns this off.
- ``extra-phrases`` (none): more phrases by language and group (``ask_favour``, ``ask_job``,
  ``ask_referral``, ``ask_introduction``, ``ask_purchase``, ``ask_advice``, ``offer``,
  ``not_offer``, ``request``, ``self``, ``other``, ``for_me``, ``job_seeking``); a plain list goes to ``ask_favour``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

import regex

from ..analysis.acts import document_acts
from ..analysis.conversation import follow_up_sentences, is_first_contact
from ..analysis.drafts import draft_judgements
from ..analysis.layout import in_quotes
from ..analysis.phrases import PhraseList, PhraseMatch, load_data
from ..core.context import Context
from ..core.document import Document, Token, is_word, normalize, per_draft
from ..core.finding import Finding, Severity
from ..core.rule import Options, Rule

_STRONG = ("ask_job", "ask_referral", "ask_introduction", "ask_favour", "ask_purchase")
_MILD = ("ask_advice",)
_WINDOW = 12  # tokens between a request form and its object
# Japanese request forms after the object (lemmas): ください, お願い, 幸い, 欲しい, 賜る
_JA_REQUEST = frozenset({"下さる", "願う", "幸い", "欲しい", "賜る"})
_JA_RECEIVE = frozenset({"頂く", "貰う", "頂ける", "貰える", "頂戴"})
# Verbs of handing a thing over: under a receiving request, the thing goes to the writer.
_JA_HANDED = frozenset({"譲る", "貸す"})  # not 分ける: 「少量から分けていただけないでしょうか」 is a purchase
_JA_REQUEST_ENDINGS = frozenset({"か", "幸い", "嬉しい", "有り難い", "助かる", "光栄", "願う", "存じる"})
_JA_AUXILIARY_VERBS = frozenset({"出来る", "致す", "為る", "申し上げる"})  # お願いできませんか, お願いいたします
# Nouns that may stand between a Japanese ask object and its request (面接の機会をいただけ…).
_JA_FILLER_NOUNS = frozenset({"機会", "事", "こと", "件", "方", "際", "場", "席", "枠", "情報", "詳細", "可能", "担当", "者", "検討", "受け入れ", "受入れ"})
# 紹介させていただきます: the writer introduces, recommends or sells; that is not an ask.
_JA_CAUSATIVE_NOT_ASK = ("ask_introduction", "ask_referral", "ask_purchase")
# A Japanese sentence asks when one of these is in it: ください, お願い, いただけますか, もらえたら, ほしい, 幸い, 嬉しい.
_JA_ASKED = _JA_REQUEST | _JA_RECEIVE | frozenset({"か", "嬉しい", "有り難い", "助かる", "幸い", "貰える", "呉れる", "たい"})
# The writer's own firm: its selection, its opening (当社の選考, 弊社の求人) is a job offered, not asked for.
_OUR_FIRM_JA = frozenset({"当社", "弊社", "弊店", "当店", "弊院", "当院", "弊所", "当事務所", "弊事務所", "私ども", "弊法人", "当法人"})
# 協力させてください, 力を貸させてください: let me help, the writer gives (ご協力ください asks).
_JA_HELP = frozenset({"協力", "力 を 貸す"})
# In the recipient's earlier messages: they offered help first, so asking is answering.
_INVITED = ("happy to", "glad to", "feel free", "let me know", "send me your", "喜んで", "お気軽", "遠慮なく", "お送りください", "ご連絡ください")


@dataclass(frozen=True)
class OneSidedAskOptions(Options):
    self_share: float = 0.6
    learned_threshold: float = 0.8
    sure_threshold: float = 0.7
    cleared_threshold: float = 0.05


#: The act model's favour score from which a sentence is the ask a draft-model finding spans.
JUDGED_FAVOUR = 0.5
#: From this probability the draft model outweighs what only the act model reads as given back beside
#: an ask ("I know Michael Chen … advises several of your portfolio companies"): on the blind batches
#: it was not fitted on, labelers called every such draft one-sided.
SURE_DESPITE_OFFER = 0.95
#: Where the draft model may clear an ask the grammar found (``cleared-threshold``): a draft with a
#: sentence the act model reads as an offer, or as a pitch's pressure, at least this surely: it gives
#: something, and the model weighs that. A bare ask beside a reference ("any advice on rolling it
#: out?", 「一度お知恵を拝借できないでしょうか」) gives nothing, however the model reads it.
CLEARED_OFFER = 0.3
CLEARED_PITCH = 0.5


def _with_grammar(data: dict) -> dict:
    """The phrase data with the offer grammar spelled out: "happy to share", "I can … send you"."""
    for groups in data.values():
        willing, verbs = groups.pop("offer_willing", []), groups.pop("offer_verb", [])
        groups.setdefault("offer", []).extend(f"{w}{gap}{v}" for w in willing for v in verbs for gap in (" ", " * "))
    return data


_DATA = _with_grammar(load_data("one-sided-ask.toml"))
_OFFER_GROUPS = ("offer", "not_offer")
_CONTEXT_GROUPS = ("request", "self", "other", "for_me", "job_seeking")


def _groups(data: dict, wanted: tuple[str, ...]) -> dict:
    """The phrases of the ``wanted`` groups only (each kept in the data file's order)."""
    return {lang: {g: ps for g, ps in groups.items() if g in wanted} for lang, groups in data.items()}


@dataclass(frozen=True)
class _Ask:
    start: int
    end: int
    group: str
    sentence: int
    small: bool = False  # read by the act model short of certainty: judged like advice or time


class OneSidedAsk(Rule):
    code = "OL403"
    name = "one-sided-ask"
    severity = Severity.WARNING
    advice = "002 §7, §8"
    options_class = OneSidedAskOptions
    doc_ja = """
    ## 何をするか
    依頼の形（〜ください、〜いただけませんか、「か」を省いたくだけた「〜もらえません？」、〜いただければ幸いです、お願い、「could you」、改まった "I request you to kindly …"、疑問文、
    頼んだ後に添える感謝 "I'd be very grateful"・"would mean a lot"）と、
    書き手が相手から得たいものの組み合わせを見つけます。

    - 仕事（求人があれば教えてください、面接の機会、「any openings on your team」「an opportunity as a pharmacist」、種類を添えたインターン "offer me a vacation internship"、取引先の名簿への登録 "I would like to be listed as one of your accredited photographers"、学生の実習先「夏の臨床実習の受け入れについて伺えないでしょうか」、演奏者の出演の仕事「金曜の枠で演奏の仕事をいただけませんか」"can u get me a real gig at the Lilypad" "book us for a Friday"。「弊社で働いていただきたい」や
      「ぜひ当社の選考にお進みいただきたく」は書き手が仕事を差し出す側なので、「同じ業界で働く者として」は働く人のことなので、過去にほかの人にした依頼「園長に購入をお願いしました」は読み手への依頼ではないので、引用した題名の語「「実習で見てほしい3つのこと」を読み」は依頼ではないので含みません）
    - 紹介・推薦（ご紹介いただけませんか、くだけた「紹介してもらえませんか」、遠回しな「ご紹介いただくことはできないでしょうか」、口利き、推薦、「put in a word for me」、会社としての "introduce us to …"
      "put us in touch with …"。書き手ができることを述べる「施設のご紹介もできますので、よろしければつながってください」は
      頼み事ではなく、その後の依頼はつながることです）
    - 相手の持ち物や仕事を書き手のために無償で（「楽譜を無償でご提供いただけないでしょうか」「無償でお願いできれば」。書き手が無償で手伝うのはお返しです。
      「招待券を2枚お譲りいただけないでしょうか」「機材を貸していただけませんか」、"use the parish hall … free of charge"、"let me watch you work for a few weeks"、
      「元データをご提供いただけないでしょうか」）
    - 頼み事・購入・宣伝（「お知恵を拝借できないでしょうか」（"pick your brain"。ADVICE 002 §8 は仕事や紹介と並べて
      挙げています）、くだけた "can u sort me out with the subtitling gig?"、ご購入、ご契約（書類の「契約書」や、客として買えるかを尋ねる「10部ほど購入できますでしょうか」は除く）、ご導入、拡散・シェア・チャンネル登録のお願い、書き手の品を扱う・置く・出版するお願い（「弊園の新茶を取り扱っていただけないでしょうか」「うちのシードルもぜひ置いてほしい」「御社から出版していただきたい」"stock our tea"。「個人情報の取り扱い」は除く）、「book a demo」「shout us out」「RT the campaign」「share this page with your followers」（自分の公演が「land with your audience」したかという質問は除く）「mention Brasa in your next column」「review us」「have me on as a guest」、スポンサーの依頼「スポンサーになっていただけないでしょうか」"could Summit sponsor our comp"）
    - 書き手自身の問題への助言や相手の時間（ご相談、アドバイス、お時間をいただけ、「feedback on my résumé」）

    場の説明（「いろんな業界の方と繋がれる場なんで」）は紹介の依頼ではなく、「ご発注いただけるかどうかを…お知らせください」
    のように「かどうか」で包んだ依頼は決定を知らせてほしいという依頼（demands-reply が判断します）で、ここでは数えません。
    書き手が必要とするもの（「…を置く場所が必要です」"We would need the sprung floor uncovered"）は、act モデルの読みに
    かかわらず依頼の続きで、お返しではありません。相手のファイルを書き手に送ってもらうこと（"could you send me the
    full-resolution scans?"）は頼み事です。

    お返しが何もないときに指摘します。申し出（何かお手伝いできることがあれば、情報交換、
    「happy to share our benchmark data」「our pasture and crush are at your disposal」「I'd happily work unpaid weekends」。書き手がチームにもたらすもの（「チームに貢献できればと考えております」"how my thesis work could contribute to your team"）も。代価を払う客としての依頼も含む：有償でお願いできる、仕事としてお願いしたい、「ギャラはちゃんと出ます」、「もちろん通常の料金でお願いします」、"we'd like to buy 200kg a season"（読み手から買う場合。読み手の仕入れ先から買う "I would like to buy directly from them" は読み手に何も払いません）。クレジット「共著者としてお名前を入れさせていただきます」も。無料でする何か（"I'd happily do a free evening reading"）、書き手の時間や技能（"I could take a Saturday cohort"、お手伝いできます）、書き手の製品の無料での利用（「プロフのリンクから無料で使えます」"Early testers get it free for a year"）、贈り物（「掲載誌を進呈いたします」、頼みの前に無料で送るもの「新作のかるかん饅頭を無料でお送りしますので、感想をポストしていただけませんか」。書き手のための無料「無料でお送りいただけませんか」は除く）、渡す品（「データはこちらから差し上げますね」「カレー差し入れするわ」。連絡の「ご連絡を差し上げます」は除く）も。交換の申し出（「ロゴ掲載を条件に」「使用レポートと引き換えに」"in exchange for"）も、相手がくれることを条件に書き手がすることも（「いただけたら配信でがっつり紹介させてもらいます」、丁寧な「ご登壇いただけましたら、チラシに御社名を掲載いたします」、"If you send a key, I'll stream it to my 21k subscribers"。条件の後が願いのもの「いただければと存じます」「…いただければ、大きな励みになります」は除く）も。会社としての "share how we might be able to help" も）も、
    相手にとっての利点（貴社のお役に立てる、ご参考になれば。頼み事をしていない文で、書き手の商品が相手の商売に合うと
    述べるもの「貴店のお料理にもきっと合うものと存じます」「貴社の売場にも必ずやご満足いただける商品と自負しております」
    "I'm sure it would pair well with your seafood dishes" も利点です。ただし手紙の決まり文句
    「貴社のますますのご発展にお役立ていただける」や、書き手自身が合うという "I believe I would be a great fit for your team" は除く）もなく、
    返信の場合は相手が先に手助けを申し出てもいないときです。書き手自身の書類の提供（英語では売り手の価格表・カタログ・見積もりも販売の一部："I will send you our price list"。日本語の「カタログをお送りいたします」は判定者がお返しと読むため除きます。"I can also provide three references"、
    「職務経歴書はご承諾いただけ次第お送りいたします」「資料はすぐにお送りできます」"I can send my resume whenever you like"。その続き "My CV is attached and I can provide anything else you need" や、書き手自身の質問を持ってくる "a call where I can bring my questions" も）は、act モデルの読みにかかわらず依頼の一部で、打ち消した申し出（「私などがお役に立てることは何もないのですが」「謝礼をお支払いする余裕はございませんが」、難しいとするもの「使用料をお支払いするのは難しい状況です」）は
    何も返しません。支払いについての丁寧な問い（「有償でお願いできないかと考えております」）は支払いの申し出のままです。書き手の顧客が有償プランに
    移ったこと（有償プランに移行しました）は書き手への支払いで、"would you be willing to give me an hour" は相手の意向を尋ねる依頼で、
    どちらも申し出ではありません。仕事・紹介・頼み事・購入はそれだけで
    指摘します。助言や時間は小さな依頼なので、act モデルがその文を書き手のための頼み事と少しでも読み
    （求人や商品を示したあとの "Would you be open to a quick chat?" は面会の提案で、頼み事ではありません）、
    文面が書き手中心のとき、つまり「私/僕/弊社」の語が
    「私」と「様/さん/貴社」の語の合計に占める割合が ``self-share`` 以上のときだけ指摘します。
    この割合は判断材料であって結論ではありません。「様」ばかりでも、紹介を頼んで何も申し出なければ
    指摘し、「私」ばかりでも手助けを申し出ていれば指摘しません。受け取るだけの初めての連絡にも割合は
    要りません：act モデルが書き手のための依頼と読み（0.99 以上）、申し出と少しでも読める文も、相手の仕事に
    ついての文もないもの（「三十分ほどお時間をいただけないでしょうか」だけの OB 訪問の依頼、
    "Hey, could you RT our launch? … Would really help us get some traction"）です。小さな依頼が誰のためかを
    言っている初めての連絡にも割合は要りません：書き手を受け手とする依頼（「フォロワーさんに紹介してもらえたら
    助かります」、"could you get me a spot on the speaker list"、"can you lend me your trailer"）や、仕事を探している
    と書く書き手（就職活動中、転職を目指している、OB訪問、"I'm job hunting"、"looking to transition into …"）の時間の依頼は、就職活動のための頼み事です。「様」の数には、
    「私のような者」のように「よう」と読む「様」は入れません。

    催促の下書き（スレッドが返信のない書き手のメッセージで終わる、または依頼の文とは別の文が以前のメッセージを
    追いかけている："following up on my last two emails…"、「さすがに4回目なんで」）で頼む頼み事や助言
    （「見てもらえたら嬉しいです」、"if you could take a look when you get a chance"）は以前の依頼の繰り返しで、
    follow-up-chasing が判断します。催促の中でも、仕事・推薦・紹介・購入の依頼は数えます。相手が返信している
    やり取りでも同じで、成果物を見てほしいと頼むのは普通の仕事です。英語で、宣伝の動詞の主語が節の中で書き手で
    あるもの（"I'd really like to connect and maybe share our results"）は書き手がすることで、依頼ではありません。
    act モデルが申し出と読む日本語の文でも、相手に動いてもらうことを頼む文（「弊社の資料を添付いたしますので、そのまま
    転送いただければ幸いです」：添付は依頼のため）はお返しになりません。相手が使えるよう書き手が用意するもの
    （「お使いいただけるよう、ご用意させていただきます」）や試してみる提案（「試してみてください」）はお返しです。

    リストにない言い方の頼み事も数えます。act モデル（利用ガイドの「文の行為（act）レイヤー」）が
    書き手のための依頼（``favour``）と読む文（「私の新作をご購入いただけませんか」、RT・拡散のお願い、
    "Could you share my crowdfunder with your listeners?"）は頼み事です。モデルがほぼ確実とするときはそれだけで（情報を尋ねる英語の問い "Could you tell me whether you take on consultations?" は、モデルの確かさにかかわらず小さな依頼です）、
    そうでなければ小さな依頼と同じく、文面が書き手中心かどうかで判断します（その文に依頼の形があるときだけ：
    ください、いただけますか、もらえたら嬉しい、英語では "could you"、"pls"、"I'd really like to"、または疑問文）。返信の要求と頼み事以上に、かつ確かに（0.9）読む文は
    返信そのものを求めていて、demands-reply の扱いです（"can you answer me by tonight?"）。同じように連絡手段の移動と確かに読む文は
    手段の移動を求めていて、presumes-channel の扱いです（「ID送るので追加お願いします、電話番号も教えてもらえると早いです」）。申し出よりも頼み事として読める文や、
    急かしを伴う割引（「先着3名様だけ半額」）はお返しではありません。モデルが申し出（``offer``）と読む文
    （「概算つきのアイデアをいくつかお送りできます」）は、リストの申し出と同じくお返しとして数えます。
    「協力させてください」「力を貸させてください」（手伝わせてほしい、英語の "let me help" と同じ）や、
    まだしていない、相手のための書き手の謙譲表現（「ご説明できます」「感想をレポートにまとめてお出しします」
    「ご用意いたします」）もお返しです。謙譲語は書き手が相手のために動くことを表すからです。連絡・訪問・面会・
    提案・案内、見てとること（「幅広い人脈をお持ちの方とお見受けし」）、挨拶としての「貴社のご発展をお祈りするとともに」や、書き手自身の書類の送付（「ご連絡いたします」「お伺いします」「ご案内いたします」
    「履歴書をお送りします」「職務経歴書はすぐにお送りできます」。ただし協力者に返す結果「結果のまとめは回答者の方全員にお送りします」「見学後は、児童の感想文を冊子にしてお届けいたします」
    "I'll send the summary of results" や、試してもらうサンプルの送付「サンプルとして2kgほどお送りします」はお返しです）、済んだこと（「ご説明しました」）、願望（「ご説明したい」）、書き手自身の状況の説明（「当館の状況を少しご説明します」。頼み事の前置きです）は何も返しません。

    以上のどれも依頼を見つけないときは、下書きモデル（利用ガイドの「下書きモデル」）が下書き全体を判定します。
    2文以上の初めての連絡で、モデルが一方的な依頼と読む確率が ``learned-threshold`` 以上、かつリストや act
    モデルが知るお返しが何もないとき、最も頼み事（favour）か依頼（ask）と読める文（act モデルでどちらかが 0.5 以上。許可を求める「様式を、私の学校でも使わせていただけないでしょうか」は favour より ask と読まれます）を範囲として
    指摘します。モデルが見ていないブラインドの4バッチ（b45〜b48）では、一方的な依頼116件のうち2件を
    新たに見つけ、それ以外には指摘しませんでした（再現率 .80 → .82、適合率 .95）。相手自身の必要を条件とする依頼（"If you ever need an extra guitarist for a tribute set, I'd love to be considered"、
    「通訳が必要でしたら、ぜひお声がけください」）は書き手が手を空けているという申し出で、依頼ではありません。相手の役に立つことを条件に自作のものを見てほしいという頼み（"If it is any use, could you take a look at my handout?"「もし参考になれば見てもらえたら嬉しいです」）も同じです。空けておいてほしいという時間（「30分ほどお時間を空けておいてください」"Please keep 15 minutes free"）は書き手が決めた面会のためのもので、pushy の指摘（会う前提）です。依頼としては扱いません。読み手の無償の仕事を望む文（"We would also love a free 45-minute virtual visit"）や、読み手に書き手へ与えるよう頼む文（"I'd like you to give me a job on the team"「私に仕事をいただくか、…ご紹介ください」）や、書き手のために動くよう頼む文（"Kindly introduce me to your investment committee and share our proposal with them"。ここで共有するのは読み手です。"Please feel free to share our data" は除く）は、act モデルがお返しと読んでも依頼です。文末の依頼の前にある受け身の動詞も依頼のうちです（「皆様にご紹介いただき、提案書を共有してください」。「ご紹介いただき、ありがとうございました」はお礼）。文中で大文字で始まるお返しの語は名前です（"an internship at Old Mutual"）。act モデルが申し出ではなく決まり文句と読む文のお返しの語（「今後いろいろと情報交換できれば嬉しいです」"I'd love to explore synergies for mutual benefit"、売り込みの決まり文句「御社のご発展に少しでも貢献させていただければ幸いです」（決まり文句と読む度合い 0.75 から）。フォローを返す「相互フォローしていただけると嬉しいです」は除く）、ほかの人の意向（"whether any of your authors might be willing to donate signed copies"）、前置き（「経歴を簡単にお伝えしますと」）、act モデルが申し出とまったく読まない文で書き手がこれまでにほかの人へした手助け（「…お世話などをお手伝いしてまいりました」"I have helped about twenty families with housework"。書き手の実績です）もお返しではありません。名詞を説明する謙譲の動詞（「退院時にお渡しする資料」）も何も約束していません。
    お返しがあるとして文法が見逃した依頼は、見逃したままです。

    文法が見つけて控えめとして見逃した依頼（"May I have 15 minutes of your time to ask you about …"、
    「30分ほどお時間をいただき、…お話を伺えないでしょうか」）も、リストや act モデルが知るお返しがない2文以上の
    初めての連絡で、下書きモデルが一方的と読む確率が ``sure-threshold`` 以上なら指摘します。判定者はそのような
    下書きを、何も返さない依頼としていました。モデルの学習に使っていないブラインドの12バッチ（b49〜b60、
    3,036件）では、既定の 0.7 で11件を見つけ、すべて one-sided-ask とラベル付けされていました（0.9 では5件、
    0.4 で初めて誤りが出ます）。
    確率 0.95 以上なら、リストではなく act モデルだけがお返しと読むもの（"I know Michael Chen … advises several of
    your portfolio companies" を 0.81 でお返しと読む）があっても同じです。それらのバッチでは、該当する3件がすべて
    one-sided-ask とラベル付けされていました。リストが知るお返し（ボランティアの時間、有償の依頼、書き手の
    ダッシュボードの共有）は常に数えます。

    逆に、文法が見つけた依頼でも、下書きモデルが一方的ではないと確かに読み（``cleared-threshold`` 未満）、
    どこかの文が何かを差し出しているとき（act モデルが申し出と 0.3 以上、または売り込みの急かしと 0.5 以上で
    読む）は指摘しません。商品と割引を添えた農家の注文フォーム（「今すぐ下のフォームから注文してください」）、
    求人を添えた採用担当の返信期限、話を聞く前に書き手のデータを差し出す下書きは、判定者が一方的とは
    しませんでした。モデルの学習に使っていないブラインドの10バッチ（b60〜b69、2,493件）で、このルールの
    誤検出17件のうち8件が消え、正しい指摘229件のうち2件を失いました（適合率 .931 → .962、再現率 .877 → .870）。
    参照のそばの頼みだけ（"any advice on rolling it out?"、「一度お知恵を拝借できないでしょうか」）は何も
    差し出しておらず、モデルがどう読んでも指摘します。読み手に書き手へ与えるよう告げる依頼（"pls give me a job in it"、「私に仕事をください」）も同じです。

    ## なぜ問題か
    記事の助言は、つながりではなく関係を築くこと（002 §7）、そして「寄生」しないこと、つまり関係には
    双方向の価値が必要で、頼まれる前に手を貸すこと（002 §8）です。頼むだけの初回メッセージは、
    相手に「踏み台にされている」と感じさせます。

    ## 例
    悪い例：

        山田様
        来月、御社の選考を受ける予定です。人事の方に口利きをお願いできませんか。

    より良い例：

        山田様
        オフライン同期の記事を参考に、当社でも競合解決を実装しました。検証で見つかった事例を
        まとめましたので、ご参考になればお送りいたします。

    悪い例（英語）： ``Hi Dana, I'm applying to Fieldnote next month. Could you put in a word for me with your recruiter?``

    より良い例（英語）： ``Hi Dana, your post on offline-first sync helped me fix our conflict resolution. I wrote up the edge cases we hit; happy to send them over if they'd be useful for your team.``

    ## オプション
    - ``self-share``（0.6）：「私/弊社」の語が「私」と「様/貴社」の語の合計に占める割合。これ以上のとき、
      小さな依頼（助言、時間）も指摘します。
    - ``learned-threshold``（0.8）：フレーズで見つからない下書きを一方的な依頼と判定する、下書きモデルの
      確率の下限。1 より大きくすると、このルールでは下書きモデルを使いません。
    - ``sure-threshold``（0.7）：お返しのない初めての連絡で、文法が控えめとして見逃した依頼を、それでも
      指摘する下書きモデルの確率の下限。1 より大きくすると使いません。
    - ``cleared-threshold``（0.05）：何かを差し出している（act モデルが申し出か売り込みと読む）初めての連絡で、
      文法が見つけた依頼を見逃す下書きモデルの確率の上限。0 で使いません。
    - ``extra-phrases``（なし）：言語・グループ（``ask_favour``、``ask_job``、``ask_referral``、``ask_introduction``、
      ``ask_purchase``、``ask_advice``、``offer``、``not_offer``、``request``、``self``、``other``、``for_me``、``job_seeking``）ごとに
      表現を追加します。リストだけなら ``ask_favour`` に入ります。
    """
    messages = {
        "ask": {
            "en": "{phrase}: asks for {what} and offers nothing in return (I/my {mine}×, you/your {yours}×)",
            "ja": "{phrase}：{what}を頼んでいますが、お返しの申し出がありません（私/弊社 {mine}回、様/貴社 {yours}回）",
        },
        "judged": {
            "en": "Asks for something and offers nothing back: drafts worded like this one were judged one-sided ({p}% by the draft model)",
            "ja": "頼み事だけでお返しの申し出がありません：このような書き方の下書きは一方的な依頼と判定されています（下書きモデルで{p}%）",
        },
        "ask_job": {"en": "a job", "ja": "仕事"},
        "ask_referral": {"en": "a referral", "ja": "推薦・口利き"},
        "ask_introduction": {"en": "an introduction", "ja": "紹介"},
        "ask_favour": {"en": "a favour", "ja": "頼み事"},
        "ask_purchase": {"en": "a purchase or promotion", "ja": "購入・契約や宣伝"},
        "ask_advice": {"en": "advice or their time", "ja": "助言や時間"},
        "fix": {
            "en": "Offer something back or say what is in it for them, e.g. \"Happy to share our benchmark data in return.\"",
            "ja": "お返しや相手の利点を添えましょう。例：「何かお手伝いできることがあれば、お気軽にお申し付けください。」",
        },
    }

    # Three lists, so a draft that asks for nothing is only matched against the ask objects, and
    # the costly offer grammar only in a draft that asks for something.
    phrases = PhraseList(_groups(_DATA, _STRONG + _MILD))  # extended by ``extra-phrases``
    context_phrases = PhraseList(_groups(_DATA, _CONTEXT_GROUPS))  # likewise
    offer_phrases = PhraseList(_groups(_DATA, _OFFER_GROUPS))  # likewise

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        asks = self._asks(doc)
        if asks:
            found = list(self._read(doc, ctx, asks))
            if found and self._cleared(doc, ctx) and not _reader_gives_writer(doc, asks):
                return
            if not found:
                # an ask the grammar saw and let pass (a modest one, one with something back) stays passed,
                # unless the draft model is sure the draft as a whole is one-sided
                sure = self._surely_one_sided(doc, ctx, asks)
                found = [sure] if sure is not None else []
            yield from found
            return
        judged = self._judged(doc, ctx)
        if judged is not None:
            yield judged

    def _judged(self, doc: Document, ctx: Context) -> Finding | None:
        """An ask the draft model (trained on labeled drafts) judges one-sided, though the phrases and
        grammar above found none (an ask they found and let pass stays passed): the draft reads, as
        a whole, like those labelers called so. Only in a first contact of more than one sentence that offers nothing the rule knows as given
        back, and with a sentence the act model reads as a favour for the writer, which the
        finding spans."""
        if not self._model_may_judge(doc, ctx):
            return None
        p = draft_judgements(doc)["one_sided_ask"]
        if p < self.options.learned_threshold:
            return None
        if self._offers(doc) or _offers_by_acts(doc):
            return None  # what is offered back counts as above
        acts = document_acts(doc)
        favour, _, n = max((max(acts.of(n, "favour"), acts.of(n, "ask")), -n, n) for n in range(len(doc.sentences)))
        if favour < JUDGED_FAVOUR:
            return None
        s = doc.sentences[n]  # a sentence's span starts and ends on a token: no space to trim
        return self._judged_finding(doc, ctx, s.start, s.end, p)

    def _cleared(self, doc: Document, ctx: Context) -> bool:
        """Whether the draft model is sure (below ``cleared-threshold``) that a first contact whose ask the
        grammar found is not one-sided as a whole: what the draft gives or says of its reader, in wording
        no list knows, outweighs the ask for labelers. Measured on ten blind batches the model was not
        fitted on (b60 to b69): 8 of the rule's 17 false alarms went, and 2 of its 229 findings."""
        if not self._model_may_judge(doc, ctx) or draft_judgements(doc)["one_sided_ask"] >= self.options.cleared_threshold:
            return False
        acts = document_acts(doc)
        return acts.max("offer") >= CLEARED_OFFER or acts.max("pressure") >= CLEARED_PITCH

    def _model_may_judge(self, doc: Document, ctx: Context) -> bool:
        """Where the draft model is heard: a first contact of more than one sentence (a one-line question
        is no draft it learned from), not invited by the reader, with the model on (``learned-threshold``
        at most 1). An ask in a conversation, or a chaser's ask again, is judged above or by
        follow-up-chasing."""
        return self.options.learned_threshold <= 1 and len(doc.sentences) >= 2 and is_first_contact(doc, ctx) and not _invited(ctx)

    def _judged_finding(self, doc: Document, ctx: Context, start: int, end: int, p: float) -> Finding:
        lang = doc.lang if doc.lang in ("ja", "en") else "en"
        return self.finding(ctx, start, end, self.say(ctx, "judged", p=round(p * 100)), suggestion=self.messages["fix"][lang])

    def _surely_one_sided(self, doc: Document, ctx: Context, asks: list[_Ask]) -> Finding | None:
        """An ask the grammar found and let pass, in a first contact the draft model is sure (at
        ``sure-threshold``) reads as one-sided as a whole, with nothing offered back that the offer
        phrases know, nor (below :data:`SURE_DESPITE_OFFER`) that the act model reads so: labelers
        judged its modest wording no less an ask. The finding spans the ask."""
        if not self._model_may_judge(doc, ctx):
            return None
        p = draft_judgements(doc)["one_sided_ask"]
        if p < self.options.sure_threshold:
            return None
        if self._offers(doc):
            return None  # what the lists know as given back ("I can give six volunteer hours a month") counts
        if _offers_by_acts(doc) and p < max(self.options.sure_threshold, SURE_DESPITE_OFFER):
            return None  # 「代わりに、弊社の圃場データを…ご用意させていただきます」 (0.91): what is offered back counts
        return self._judged_finding(doc, ctx, asks[0].start, asks[0].end, p)

    def _asks(self, doc: Document) -> list[_Ask]:
        objects = self.phrases.matches(doc, _STRONG + _MILD)
        asks = (self._ja_asks(doc, objects) if doc.lang == "ja" else self._en_asks(doc, objects)) if objects else []
        return asks + _favours_by_acts(doc, {a.sentence for a in asks}, self.context_phrases)

    def _read(self, doc: Document, ctx: Context, asks: list[_Ask]) -> Iterator[Finding]:
        if _invited(ctx) or self._offers(doc) or _offers_by_acts(doc):
            return
        mine = len(self.context_phrases.matches(doc, ["self"]))
        # 様 read よう (私のような者, そのように) is a likeness, and サマ (オシラサマ) part of a name, not the honorific
        yours = sum(doc.tokens[m.first].text not in ("よう", "サマ") for m in self.context_phrases.matches(doc, ["other"]))
        share = mine / (mine + yours) if mine + yours else 0.5
        lang = doc.lang if doc.lang in ("ja", "en") else "en"
        reported: set[int] = set()
        bare = seeking = None  # computed once, for the first small ask that needs it
        acts = document_acts(doc)
        chases = set(follow_up_sentences(doc))
        if ctx.they_replied or ctx.unanswered_streak or chases - {a.sentence for a in asks}:
            # "if you could find a minute to look at it", 「見てもらえたら嬉しい」 in a chaser: the earlier ask
            # again, follow-up-chasing's to judge; a job, referral, introduction or sale asked still counts
            asks = [a for a in asks if a.group not in ("ask_favour", "ask_advice")]
        for ask in asks:
            if _if_they_need(doc, ask):
                continue  # "If you ever need an extra guitarist, I'd love to be considered": available, not asking
            if ask.group in _MILD and ask.sentence >= 0 and acts.of(ask.sentence, "favour") < NOT_A_FAVOUR:
                continue  # "Would you be open to a quick chat?" after a recruiter's role or a pitch: a meeting proposed, no favour
            if (ask.group in _MILD or ask.small) and share < self.options.self_share:
                if seeking is None:
                    seeking = is_first_contact(doc, ctx) and bool(self.context_phrases.matches(doc, ["job_seeking"]))
                if not (seeking or self._for_writer(doc, ctx, ask)):
                    if bare is None:
                        bare = _bare_favour(doc, ctx)
                    if not bare:
                        continue
            if ask.sentence in reported:
                continue  # one finding per sentence
            reported.add(ask.sentence)
            phrase = doc.text[ask.start : ask.end]
            quoted = f"「{phrase}」" if ctx.locale == "ja" else f"'{phrase}'"
            message = self.say(ctx, "ask", phrase=quoted, what=self.say(ctx, ask.group), mine=mine, yours=yours)
            yield self.finding(ctx, ask.start, ask.end, message, suggestion=self.messages["fix"][lang])

    def _for_writer(self, doc: Document, ctx: Context, ask: _Ask) -> bool:
        """A small ask whose request names the writer as who it serves, in a first contact: "could
        you get me an interview", "can you lend me your PA system", "write one for me" (a request
        form, then the writer as the one given to), 〜していただけると助かります (it would help me)."""
        if ask.sentence < 0 or not is_first_contact(doc, ctx):
            return False
        sentence = doc.sentences[ask.sentence]
        if doc.lang == "ja":
            tokens = doc.tokens[sentence.first : sentence.last]
            return any(
                (t.lemma == "助かる" and any(u.lemma in _JA_RECEIVE for u in tokens[max(0, k - 4) : k]))
                # 「招待券を2枚お譲りいただけないでしょうか」「機材を貸していただけませんか」: handed to the writer
                or (t.lemma in _JA_HANDED and any(u.lemma in _JA_RECEIVE for u in tokens[k + 1 : k + 4]))
                for k, t in enumerate(tokens)
            )
        requests = doc.fact(_requests_by_sentence, self.context_phrases).get(ask.sentence, [])
        return any(
            any(r.last <= m.first and m.first - r.last <= _WINDOW for r in requests)
            for m in self.context_phrases.matches(doc, ["for_me"])
            if sentence.first <= m.first < sentence.last
        )

    def _offers(self, doc: Document) -> bool:
        offers = self.offer_phrases.matches(doc, ["offer"])
        cancelled = self.offer_phrases.matches(doc, ["not_offer"]) if offers else []
        for offer in offers:
            if any(c.start < offer.end and offer.start < c.end for c in cancelled):
                continue
            if any(normalize(t.lemma) in ("not", "never", "ない", "ず") for t in doc.tokens[offer.first : offer.last]):
                continue  # "I can't share", 共有できない
            if _negated_after(doc.tokens, offer.last):
                # 「お役に立てることは何もないのですが」「謝礼をお支払いする余裕はございませんが」: nothing to give, said humbly
                continue
            if doc.lang == "en" and any(t.norm == "you" for t in doc.tokens[max(0, offer.first - 2) : offer.first]):
                continue  # "Would you be willing to give me an hour": the reader's willingness asked, not the writer's
            if doc.lang == "en" and _someone_elses(doc.tokens, offer.first):
                continue  # "whether any of your authors might be willing to donate signed copies": theirs, not the writer's
            if _own_papers(doc, offer.first, offer.last):
                continue  # "I can also provide three references", 「職務経歴書はご承諾いただけ次第お送りいたします」: part of the ask
            if _record_not_offer(doc, offer.first):
                continue  # 「…お世話などをお手伝いしてまいりました」: the writer's record, which the act model reads as no offer
            if _stock_line(doc, offer.first):
                continue  # 「今後いろいろと情報交換できれば嬉しいです」: networking's stock line, nothing given
            if doc.lang == "en" and _in_a_name(doc, offer.first, offer.last):
                continue  # "an internship at Old Mutual": a firm's name, not a benefit to both
            if offer.phrase.startswith(("無償", "無料")) and _received_after(doc, offer.last):
                continue  # 「楽譜を無償でご提供いただけないでしょうか」: free of charge for the writer, the reader gives
            return True
        return (doc.lang == "ja" and _ja_humble_offer(doc)) or _conditional_exchange(doc) or _benefit_claimed(doc)

    def _en_asks(self, doc: Document, objects: list[PhraseMatch]) -> list[_Ask]:
        where = doc.sentence_index
        requests = doc.fact(_requests_by_sentence, self.context_phrases)
        asks = []
        for obj in objects:
            if any(t.lnorm == "without" for t in doc.tokens[max(0, obj.first - 2) : obj.first]):
                continue  # "forgive me for writing without an introduction": nothing is asked for
            n = where[obj.first]
            if obj.group == "ask_purchase" and n >= 0 and _writer_does(doc.tokens[doc.sentences[n].first : obj.first]):
                continue  # "Would you mind if I followed along and shared our scenarios?": the writer shares
            last = doc.sentences[n].last if n >= 0 else len(doc.tokens)
            mine = requests.get(n, []) if n >= 0 else []
            before = [r for r in mine if r.last <= obj.first + 1 and obj.first - r.last <= _WINDOW]
            if before:
                request = before[-1]
                asks.append(_Ask(min(request.start, obj.start), obj.end, obj.group, n))
            elif mine or any(t.text == "?" for t in doc.tokens[obj.last : last]):
                asks.append(_Ask(obj.start, obj.end, obj.group, n))
        return asks

    def _ja_asks(self, doc: Document, objects: list[PhraseMatch]) -> list[_Ask]:
        tokens = doc.tokens
        where = doc.sentence_index
        asks = []
        for obj in objects:
            if obj.group == "ask_introduction" and obj.first > 0 and tokens[obj.first - 1].text.endswith("自己"):
                continue  # 自己紹介: the writer introduces themselves
            if obj.group == "ask_introduction" and obj.last < len(tokens) and tokens[obj.last].lemma in ("れる", "られる", "る"):
                continue  # 「いろんな業界の方と繋がれる場なんで」: a place where people can connect, no introduction asked
            if obj.group == "ask_purchase" and obj.last < len(tokens) and tokens[obj.last].text in ("書", "書類"):
                continue  # 契約書の件でお伺いしたく: the document, not a contract asked for
            if tokens[obj.last - 1].lemma == "働く" and obj.last < len(tokens) and tokens[obj.last].lemma in ("て", "で"):
                continue  # 弊社で働いていただきたい: they would work, the writer offers the job (働かせて… asks for one)
            if tokens[obj.last - 1].lemma == "働く" and obj.last < len(tokens) and tokens[obj.last].lemma in ("者", "人", "方", "仲間", "皆さん", "皆様"):
                continue  # 「同じ業界で働く者として」: working people, no job asked for
            if obj.group == "ask_job" and any(t.lemma in _OUR_FIRM_JA or t.text in _OUR_FIRM_JA for t in tokens[max(0, obj.first - 3) : obj.first]):
                continue  # 「ぜひ当社の選考にお進みいただきたく」: the writer's own firm's hiring, a job offered
            if in_quotes(doc.text, tokens[obj.first].start, tokens[obj.last - 1].end):
                continue  # 「「実習で見てほしい3つのこと」を読み」: words of a title quoted, not the writer's ask
            n = where[obj.first]
            last = doc.sentences[n].last if n >= 0 else len(tokens)
            causative_is_offer = obj.group in _JA_CAUSATIVE_NOT_ASK or obj.phrase in _JA_HELP
            end = _ja_request_end(tokens, obj.last, min(last, obj.last + _WINDOW), causative_is_offer,
                                   # ご購入 / ご契約 is the reader's doing; a bare 購入 may be the writer's
                                   obj.group == "ask_purchase" and not (obj.first > 0 and tokens[obj.first - 1].pos == "接頭辞"))
            if end is None:
                continue
            if any(t.lemma == "た" and t.pos == "助動詞" for t in tokens[max(obj.last, end - 1) : min(last, end + 1)]):
                continue  # 「園長に購入をお願いしました」: a request made, in the past, of someone else
            if _whether(tokens, end, last):
                continue  # 「ご発注いただけるかどうかを必ずご返信ください」: a decision asked to be told, demands-reply's
            if obj.group == "ask_advice" and _time_kept_free(tokens[obj.first : end]):
                continue  # 「お時間を空けておいてください」: time kept free for the writer's planned call, pushy's (a meeting presumed)
            start = obj.first - 1 if obj.first > 0 and tokens[obj.first - 1].pos == "接頭辞" else obj.first
            asks.append(_Ask(tokens[start].start, tokens[end - 1].end, obj.group, n))
        return asks


# The writer's own papers: sent or provided in support of the ask, they give the reader nothing.
_OWN_PAPERS = frozenset(
    "cv résumé resume references reference transcript transcripts portfolio deck 履歴書 経歴書 履歴 経歴 ポートフォリオ 推薦状 成績 成績証明書 資料 "
    # and a seller's papers, part of the sale asked for: "I will send you our price list", カタログをお送りします
    "price prices pricelist catalogue catalog catalogues brochure brochures quote quotation".split()
)


# What more of something offers after an offer verb: "provide anything else you need", "send any other documents".
_MORE_OF_IT = frozenset({"anything", "any", "everything", "whatever", "more", "further", "additional", "other"})
# The writer's needs, brought or shared to be met: "bring my questions".
_WRITERS_NEEDS = frozenset({"question", "questions", "problem", "problems", "doubts", "worries", "struggles"})


def _own_papers(doc: Document, first: int, last: int) -> bool:
    """Whether the offer's clause names the writer's papers: before it in Japanese (back to a mark, at
    most 12 tokens: 職務経歴書は…お送りいたします), right after it in English ("provide three references")."""
    tokens = doc.tokens
    if doc.lang == "en" and last + 1 < len(tokens) and tokens[last].lnorm == "my" and tokens[last + 1].lnorm in _WRITERS_NEEDS:
        return True  # "a call where I can bring my questions": the writer's needs, brought to be met
    if doc.lang == "ja" or (last < len(tokens) and tokens[last].lnorm in _MORE_OF_IT):
        # 職務経歴書は…お送りいたします; "My CV is attached and I can provide anything else you need": the
        # papers named before the offer
        around = list(reversed(tokens[max(0, first - 12) : first]))
    else:
        around = tokens[last : last + 4]
    for t in around:
        if t.pos == "補助記号" or t.text in (".", ";", "!", "?", "。", ","):
            return False
        if _is_own_paper(t):
            return True
    return False


_NEED_EN = frozenset({"need", "needs", "want", "wants", "looking"})
_NEED_JA = regex.compile(
    r"(?:必要|お探し|お困り|ご入用)(?:でしたら|であれば|な際は|の際は|な時は|なときは|になりましたら)"
    # of use to them: 「もし参考になれば見てもらえたら嬉しいです」「お役に立つようでしたら」
    r"|(?:参考|お役|役)に(?:でも)?(?:なれば|なるなら|なるようでしたら|なるようであれば|立てば|立つなら|立つようでしたら|立つようであれば)"
)
# "if it's any use", "if this helps", "if that would be useful": of use to the reader
_OF_USE_EN = frozenset({"use", "useful", "help", "helps", "helpful"})


def _whether(tokens: list[Token], end: int, last: int) -> bool:
    """Whether a Japanese request form ending at ``end`` is embedded as "whether" (かどうか): what is
    asked is an answer about it."""
    return any(
        tokens[k].text == "か" and tokens[k + 1].text == "どう" and tokens[k + 2].text == "か"
        for k in range(max(0, end - 1), min(last - 2, end + 2))
    )


def _received_after(doc: Document, i: int) -> bool:
    """Whether the Japanese clause after ``tokens[i]`` ends in the writer receiving (いただく, もらう,
    頂戴する) under a request: what came before it is done by the reader for the writer."""
    n = doc.sentence_index[i - 1] if i > 0 else -1
    first = doc.sentences[n].first if n >= 0 else 0
    tokens = doc.tokens[first : doc.sentences[n].last] if n >= 0 else doc.tokens  # read within the sentence
    for k in range(i - first, min(len(tokens), i - first + 8)):
        t = tokens[k]
        if t.text in ("、", "。", "，"):
            return False
        if t.lemma in _JA_RECEIVE and _ends_in_request(tokens, k + 1):
            return True
        if t.lemma == "願う" and k > 0 and tokens[k - 1].lemma == "御":
            return True  # 「無償でお願いできれば」: asked of the reader, free for the writer
    return False


def _if_they_need(doc: Document, ask: _Ask) -> bool:
    """Whether the ask is the writer's availability put under the reader's own need, earlier in its
    sentence: "If you ever need a DSM who can follow both scripts, I'd love to be considered",
    「通訳が必要でしたら、ぜひお声がけください」. The reader decides whether there is anything to ask."""
    if ask.sentence < 0:
        return False
    s = doc.sentences[ask.sentence]
    if doc.lang == "ja":
        return _NEED_JA.search(doc.text, s.start, min(ask.end, s.end)) is not None  # up to the ask's end: 「…必要でしたら、ぜひお声がけください」 is one ask
    # before the ask, or anywhere in it when the ask is the whole sentence (read by the act model)
    toks = [t for t in doc.tokens[s.first : s.last] if t.end <= ask.start] or doc.tokens[s.first : s.last]
    for k, t in enumerate(toks[:-2]):
        if t.norm == "if" and toks[k + 1].norm in ("you", "u"):
            rest = [x.norm for x in toks[k + 2 : k + 5]]
            if any(w in _NEED_EN for w in rest):
                return True
        if t.norm in ("if", "case") and toks[k + 1].norm in ("it", "this", "that", "useful", "helpful"):
            if toks[k + 1].norm in ("useful", "helpful") or any(x.norm in _OF_USE_EN for x in toks[k + 2 : k + 6]):
                return True
    return False


def _is_own_paper(t: Token) -> bool:
    return t.lnorm in _OWN_PAPERS or t.lemma in _OWN_PAPERS


#: Tokens after a Japanese offer in which its clause may deny it: 「謝礼をお支払いする余裕はございませんが」.
_DENIAL_REACH = 12


def _negated_after(tokens: list[Token], last: int) -> bool:
    """Whether a Japanese offer is denied further on in its clause (up to a punctuation mark, within
    :data:`_DENIAL_REACH` tokens): 役に立てることは何もない, 「謝礼をお支払いする余裕はございませんが」. A
    polite question or request ending in ないか or ないでしょうか (「有償でお願いできないかと考えております」,
    「ご検討いただけないでしょうか」) denies nothing."""
    for k in range(last, min(len(tokens), last + _DENIAL_REACH)):
        t = tokens[k]
        if t.pos == "補助記号":
            return False
        if t.pos in ("形容詞", "助動詞") and t.lemma in ("無い", "ない", "ぬ", "ず"):
            if any(x.lemma == "か" or x.text == "でしょう" for x in tokens[k + 1 : k + 3]):
                continue
            return True
        if t.lemma in _HARD_JA:
            return True  # 「使用料をお支払いするのは難しい状況です」: no payment, said as a difficulty
    return False


# Words by which a Japanese writer declines politely: what is "difficult" is not done.
_HARD_JA = frozenset({"難しい", "厳しい", "困難"})


def _writer_does(before: list[Token]) -> bool:
    """Whether the last subject pronoun in the clause before a verb is the writer's ("I'd like to
    connect and maybe share our results"), not the reader's ("could you share our launch")."""
    for t in reversed(before[-10:]):
        if t.norm in ("i", "we"):
            return True
        if t.norm == "you" or t.is_punct:
            return False  # the reader, or another clause ("I'd like to be booked on your show, …, to promote our")
    return False


def _ja_request_end(tokens: list[Token], i: int, stop: int, causative_is_offer: bool, purchase: bool = False) -> int | None:
    """Token index just past the request form that follows an ask object, or None. ``purchase``: the
    object is a purchase or a contract, which the writer makes when they ask whether they can
    (「10部ほど購入できますでしょうか」: a customer, who brings the reader a sale)."""
    j = i
    while j < stop:
        tok = tokens[j]
        lemma = tok.lemma
        if tok.pos == "名詞" and lemma not in _JA_FILLER_NOUNS and lemma not in _JA_REQUEST:
            return None  # another noun: the object belongs to some other clause
        if tok.text in ("。", "！", "？", "!", "?"):
            return None
        if lemma == "せる" and causative_is_offer:
            return None  # ご紹介させていただきます: the writer gives, not asks
        if lemma in _JA_REQUEST:
            return _chain_end(tokens, j + 1, stop)
        if lemma == "出来る" and j > 0 and tokens[j - 1].pos == "名詞":
            if purchase:
                return None  # 「購入できますか」「注文できますか」: may the writer buy; no purchase of theirs asked
            # 「お知恵を拝借できないでしょうか」「ご相談できますか」: can I …? asks (and ご相談できれば幸いです, below)
            ending = _request_ending(tokens, j + 1, min(j + 6, len(tokens)))
            if ending is not None and tokens[ending].lemma == "か":
                return _chain_end(tokens, ending + 1, stop)
        if lemma == "伺う" and tok.text.startswith(("伺え", "うかがえ")):
            # 「夏の臨床実習の受け入れについて伺えないでしょうか」: may I ask about it, asked
            ending = _request_ending(tokens, j + 1, min(j + 6, len(tokens)))
            if ending is not None and tokens[ending].lemma == "か":
                return _chain_end(tokens, ending + 1, stop)
        if lemma == "出来る" and j > 0 and tokens[j - 1].lemma in ("も", "は") and not tok.cform.startswith(("仮定形", "未然形")):
            # 「施設のご紹介もできますので、よろしければつながってください」: what the writer can do, stated;
            # the request that follows is another clause's (before a question's か the scan goes on)
            ending = _request_ending(tokens, j + 1, min(j + 6, len(tokens)))
            if ending is None or tokens[ending].lemma != "か":
                return None
        if lemma in _JA_RECEIVE:
            rest = [t.lemma for t in tokens[j + 1 : j + 4]]
            if "た" in rest[:2] or rest[:2] == ["ます", "た"]:
                return None  # ご紹介いただきました: thanks for the past, not an ask
            if "たい" in rest[:1]:
                return _chain_end(tokens, j + 1, stop)  # ご紹介いただきたく
            potential = tok.cform.startswith(("未然形", "仮定形")) or tok.text.startswith(("いただけ", "頂け", "もらえ", "貰え"))
            if not potential and [t.lemma for t in tokens[j + 1 : j + 3]] in (["事", "は"], ["事", "が"]) and j + 3 < len(tokens) and tokens[j + 3].lemma in ("出来る", "可能"):
                potential, j = True, j + 3  # 「ご紹介いただくことはできないでしょうか」: can it be done, asked
            ending = _request_ending(tokens, j + 1, min(j + 7, len(tokens))) if potential else None
            if ending is not None:
                return _chain_end(tokens, ending + 1, stop)  # いただけますか, いただければ幸いです
            if tok.cform.startswith("連用形") and j + 1 < len(tokens) and tokens[j + 1].text in ("、", "，"):
                # 「皆様にご紹介いただき、提案書を共有してください」: the first of two things asked, when the
                # sentence ends in a request (not 「ご紹介いただき、ありがとうございます」, thanks)
                return _later_request(tokens, j + 2)
            return None  # ご紹介いただき…: the verb is a statement, not a request
        j += 1
    return None


def _later_request(tokens: list[Token], j: int) -> int | None:
    """Token index past a request that ends the sentence from ``tokens[j]`` on (ください, お願いします,
    幸いです, いただけますか), or None: the sentence ends otherwise, or the request is in the past."""
    k, stop = j, min(len(tokens), j + 40)  # a sentence's end, or as far as one sentence goes
    while k < stop and tokens[k].text not in ("。", "！", "？", "!", "?", "\n"):
        k += 1
    for m in range(k - 1, j - 1, -1):
        tok = tokens[m]
        if tok.lemma == "た" and tok.pos == "助動詞":
            return None
        if tok.lemma in _JA_REQUEST or (tok.lemma in _JA_RECEIVE and tok.text.startswith(("いただけ", "頂け", "もらえ", "貰え")) and _request_ending(tokens, m + 1, min(m + 7, len(tokens))) is not None):
            return _chain_end(tokens, m + 1, k)
        if tok.pos not in ("助動詞", "助詞", "補助記号") and tok.lemma not in _JA_AUXILIARY_VERBS and tok.lemma not in _JA_REQUEST_ENDINGS:
            if m < k - 6:
                return None  # the request must end the sentence, not sit in a clause before it
    return None


def _request_ending(tokens: list[Token], j: int, stop: int) -> int | None:
    """The token that makes いただける a request (か, 幸い, 嬉しい…), or None for news (いただけるとのこと)."""
    for k in range(j, stop):
        if tokens[k].text in ("？", "?"):
            return k  # 「インターンさせてもらえません？」: a casual question, its か left out
        if tokens[k].pos == "補助記号":
            return None
        if tokens[k].lemma in _JA_REQUEST_ENDINGS:
            return k
    return None


def _chain_end(tokens: list[Token], j: int, stop: int) -> int:
    """Extend a request over its endings (ませんか, でしょうか, です) up to the punctuation."""
    while j < len(tokens) and j < stop + 4 and (
        tokens[j].pos in ("助動詞", "助詞") and tokens[j].lemma not in ("が", "けれど", "ので", "と", "ば", "て")
        or tokens[j].lemma in _JA_AUXILIARY_VERBS
    ):
        j += 1
    return j


#: Probability of the ``favour`` act from which a sentence asks for something that serves the writer.
FAVOUR = 0.9
#: … and from which it is a favour on its own, whoever the draft is about (below, a small ask).
CERTAIN_FAVOUR = 0.995
#: Below this probability of the ``favour`` act, a sentence with a small ask ("Would you be open to
#: a quick chat?") proposes a meeting, as a recruiter with a role or a seller with a product does,
#: rather than asks a favour for the writer ("could I pick your brain over a quick chat?").
NOT_A_FAVOUR = 0.1
#: Probability of the ``offer`` act from which a sentence offers something back.
OFFER = 0.8


def _requests_by_sentence(doc: Document, phrases: PhraseList) -> dict[int, list[PhraseMatch]]:
    """The request forms of ``phrases`` ("could you", "please", "pls") by sentence index: read by the
    English asks, the favours the act model finds, and the test of whom a small ask serves."""
    where = doc.sentence_index
    out: dict[int, list[PhraseMatch]] = {}
    for r in phrases.matches(doc, ["request"]):
        out.setdefault(where[r.first], []).append(r)
    return out


_TOLD = regex.compile(r"(?i)\b(?:could|can|would)\s+you\s+(?:please\s+)?(?:tell|let)\s+me\s+(?:know\s+)?(?:whether|if|when|where|how|what|which)\b")


def _asks_to_be_told(doc: Document, n: int) -> bool:
    """Whether an English sentence asks to be told something ("Could you tell me whether…", "can you let me
    know when…"): a question for information."""
    s = doc.sentences[n]
    return _TOLD.search(doc.text, s.start, s.end) is not None


def _favours_by_acts(doc: Document, taken: set[int], requests: PhraseList) -> list[_Ask]:
    """Sentences the act model reads as a favour for the writer ("Could you share my crowdfunder
    with your listeners?", 「私の新作をご購入いただけませんか」) that no phrase of the lists found."""
    acts = document_acts(doc)
    out = []
    for n in acts.sentences_with("favour", FAVOUR):
        if n in taken:
            continue
        sentence = doc.sentences[n]
        if acts.of(n, "reply_demand") >= REPLY_OVER_FAVOUR and acts.of(n, "reply_demand") >= acts.of(n, "favour"):
            continue  # "can you answer me by tonight?": the reply itself is asked, demands-reply's to judge
        if _time_kept_free(doc.tokens[sentence.first : sentence.last]):
            continue  # 「30分ほどお時間を空けておいてください」, "keep 15 minutes free": for the writer's planned call, pushy's
        if acts.of(n, "channel_switch") >= CHANNEL_OVER_FAVOUR and acts.of(n, "channel_switch") >= acts.of(n, "favour"):
            continue  # 「ID送るので追加お願いします、電話番号も教えてもらえると早いです」: a move of channel asked, presumes-channel's
        # "Could you tell me whether entries will be open to apprentices?": a question about something, asked;
        # information is a small ask however surely the model reads a favour in it
        small = acts.of(n, "favour") < CERTAIN_FAVOUR or (doc.lang == "en" and _asks_to_be_told(doc, n))
        if small:
            # short of certainty, a favour is asked: a request form or a question in its sentence ("I'm a
            # stats student …, and I'd be glad to keep following your writing" asks nothing; in Japanese
            # the request is in the inflection: ください, いただけますか, もらえたら嬉しい, お願い)
            toks = doc.tokens[sentence.first : sentence.last]
            if doc.lang == "ja":
                asked = any(t.lemma in _JA_ASKED or t.text in ("?", "？") for t in toks)
            else:
                asked = n in doc.fact(_requests_by_sentence, requests) or any(t.text == "?" for t in toks)
            if not asked:
                continue
        out.append(_Ask(sentence.start, sentence.end, "ask_favour", n, small))
    return out


def _time_kept_free(toks: list[Token]) -> bool:
    """Whether the words ask for time kept free (「お時間を空けておいてください」, "keep 15 minutes free",
    "keep Thursday open"): room for a meeting the writer has planned, which presses (pushy) rather than asks."""
    lemmas = [t.lemma.lower() for t in toks]
    if "空ける" in lemmas or "開ける" in lemmas:
        return "時間" in lemmas or "予定" in lemmas
    return any(a == "keep" and b in ("free", "open", "clear") for a, b in zip(lemmas, lemmas[2:]))


#: A sentence the act model reads as a demand for a reply this surely, and at least as much as a favour,
#: asks for the reply, not a favour: "can you answer me by tonight?" (demands-reply's).
REPLY_OVER_FAVOUR = 0.9
#: Likewise a sentence read as a channel switch this surely asks for a move of channel, not a favour
#: (presumes-channel's): "add me on LINE", 「電話番号も教えてもらえると早いです」.
CHANNEL_OVER_FAVOUR = 0.9
#: A small ask counts whoever the draft is about when the act model reads some sentence as a favour
#: from this probability, no sentence even weakly as an offer (below OFFER_NONE), and none as
#: about the recipient's own work: a first message that only takes.
BARE_FAVOUR = 0.99
OFFER_NONE = 0.1


def _bare_favour(doc: Document, ctx: Context) -> bool:
    """A first contact whose ask the model reads as a favour for the writer, with nothing offered and
    nothing said of the recipient's work ("Could you spare 15 minutes to tell me how you broke into
    consulting?" and no more): one-sided, whether or not its sentences say "I"."""
    acts = document_acts(doc)
    n = len(doc.sentences)
    if not n or max(acts.of(k, "favour") for k in range(n)) < BARE_FAVOUR:
        return False
    if any(acts.of(k, "offer") >= OFFER_NONE or acts.of(k, "their_work") >= 0.5 for k in range(n)):
        return False
    return is_first_contact(doc, ctx)


#: Below this probability of the ``offer`` act, the act model reads a sentence as no offer at all.
NO_OFFER = 0.05


def _record_not_offer(doc: Document, first: int) -> bool:
    """Whether the offer phrase at ``tokens[first]`` stands in a sentence the act model reads as no offer
    at all (below :data:`NO_OFFER`): what the writer has done for others (「これまでに二十組ほどのご家庭に伺い、
    …お手伝いしてまいりました」) names the writer's record, not something given to this reader."""
    n = doc.sentence_index[first]
    if n < 0 or document_acts(doc).of(n, "offer") >= NO_OFFER:
        return False
    tokens, last = doc.tokens, doc.sentences[n].last
    if doc.lang == "ja":
        # the offer's clause ends in the past: 「お手伝いしてまいりました」
        for t in tokens[first : min(last, first + 8)]:
            if t.is_punct:
                return False
            if t.lemma == "た" and t.pos == "助動詞":
                return True
        return False
    word = tokens[first]
    before = {t.norm for t in tokens[max(0, first - 3) : first]}
    return word.norm.endswith("ed") or bool(before & {"have", "'ve", "’ve", "has", "had"})


#: Probability of the ``boilerplate`` act from which a sentence is a stock line whose offer words give
#: nothing, unless the act model also reads an offer in it (below :data:`OFFER`).
STOCK = 0.75


def _stock_line(doc: Document, first: int) -> bool:
    """Whether the offer phrase at ``tokens[first]`` stands in a sentence the act model reads as
    networking's stock phrases, not as an offer ("I'd love to exchange ideas sometime", 「今後いろいろと
    情報交換できれば嬉しいです」): labelers found nothing given back in such a line."""
    n = doc.sentence_index[first]
    if n < 0:
        return False
    acts = document_acts(doc)
    if acts.of(n, "boilerplate") < STOCK or acts.of(n, "offer") >= 0.5:
        return False
    # 「相互フォローしていただけると嬉しいです」: a follow back is given, however stock the line
    s = doc.sentences[n]
    return not any(t.lnorm in ("フォロー", "follow") for t in doc.tokens[s.first : s.last])


_OTHERS_EN = frozenset({"your", "their", "his", "her", "they", "he", "she", "anyone", "someone", "anybody", "somebody", "who"})
_WRITER_EN = frozenset({"i", "we", "me", "us", "my", "our"})


def _someone_elses(tokens: list[Token], first: int) -> bool:
    """Whether the clause before an English offer at ``tokens[first]`` has someone else as its subject
    and no word of the writer's ("any of your authors might be willing to donate", "if they'd be happy
    to share"): the willingness is theirs, asked for."""
    k = first - 1
    others = False
    while k >= 0 and first - k <= 6 and is_word(tokens[k].text) and tokens[k].norm not in ("and", "but", "or", "so"):
        if tokens[k].norm in _WRITER_EN:
            return False
        others = others or tokens[k].norm in _OTHERS_EN
        k -= 1
    return others


def _reader_gives_writer(doc: Document, asks: list[_Ask]) -> bool:
    """Whether an ask's sentence has the reader give to the writer outright ("pls give me a job in it",
    "could you send us your rota"): no reading of the draft as a whole softens that."""
    return doc.lang == "en" and any(
        a.sentence >= 0 and _READER_GIVES.search(doc.text, doc.sentences[a.sentence].start, doc.sentences[a.sentence].end)
        for a in asks
    )


def _in_a_name(doc: Document, first: int, last: int) -> bool:
    """Whether the words ``tokens[first:last]`` are capitalised inside a sentence, as a proper name's
    are ("Old Mutual", "Mutual of Omaha"), so they name a firm, not what it means."""
    words = [t for t in doc.tokens[first:last] if t.text[:1].isalpha()]
    n = doc.sentence_index[first]
    opens = n >= 0 and doc.sentences[n].first == first
    return bool(words) and not opens and all(t.text[:1].isupper() for t in words)


def _offers_by_acts(doc: Document) -> bool:
    """Whether some sentence offers something back, as the act model reads it: not one it reads
    more as the favour itself ("it would mean a lot if you could pass my CV on"), nor a sales
    pitch's discount under pressure (「先着3名様だけ半額」), which is the ask, not a gift, nor one
    that asks the reader to act (「弊社の資料を添付いたしますので、そのまま転送いただければ幸いです」:
    the attachment serves the ask)."""
    acts = document_acts(doc)
    return any(
        acts.of(n, "favour") < acts.of(n, "offer") and acts.of(n, "pressure") < 0.5 and not _asks_reader(doc, n)
        and not _sends_own_papers(doc, n) and not _writers_needs(doc, n)
        for n in acts.sentences_with("offer", OFFER)
    )


def _writers_needs(doc: Document, n: int) -> bool:
    """Whether sentence ``n`` says what the writer needs ("We would need the sprung floor uncovered,
    access to the piano…", 「…の保管場所が必要です」): more of the ask, not something given back."""
    s = doc.sentences[n]
    toks = doc.tokens[s.first : s.last]
    if doc.lang == "ja":
        return any(
            t.lemma == "必要" and any(u.lemma in ("だ", "です", "成る", "有る", "ある") for u in toks[k + 1 : k + 4])
            for k, t in enumerate(toks)
        )
    return any(
        t.norm in ("i", "we") and any(u.norm in ("need", "needs", "require", "requires") for u in toks[k + 1 : k + 4])
        for k, t in enumerate(toks)
    )


def _sends_own_papers(doc: Document, n: int) -> bool:
    """Whether sentence ``n`` offers only the writer's own papers, sent in support of the ask: "I can
    send my resume whenever you like", 「履歴書はすぐにお送りできます」. They give the reader nothing."""
    s = doc.sentences[n]
    toks = doc.tokens[s.first : s.last]
    for k, t in enumerate(toks):
        if _is_own_paper(t):
            if doc.lang == "ja" or any(x.norm in ("my", "our") for x in toks[max(0, k - 3) : k]):
                return True
    return False


_FREE_WISHED = regex.compile(
    r"(?i)\b(?:I|we)(?:'d|’d|\s+would)\s+(?:also\s+|really\s+|so\s+)?(?:love|like|appreciate|welcome|be grateful for)\s+"
    r"(?:\w+\s+){0,2}?(?:free|complimentary|unpaid|pro\s+bono)\b"
)


# The reader asked to give to the writer: "I'd like you to give me a job on the team", "could you send us
# your rota": the model reads the giving as an offer; the one who receives is the writer.
_READER_GIVES = regex.compile(
    r"(?i)\b(?:you\s+(?:to\s+)?|(?:could|can|would|will)\s+(?:you|u)\s+(?:please\s+|pls\s+|kindly\s+|just\s+)?|(?:please|pls|plz)\s+)"
    r"(?:give|send|offer|lend|grant|find|get)\s+(?:me|us)\b"
)

# The reader asked to act for the writer: "Kindly introduce me to the relevant members of your investment
# committee and share our proposal with them", "Could you forward my note to…". Sharing and introducing
# are the reader's work here, whatever an offer's words in the sentence. Not a request that gives
# ("Please feel free to use our data", "let me know", "would you like me to…", "join us").
_READER_ACTS_FOR_US = regex.compile(
    r"(?i)(?:^|(?<=[.!?,:;]\s{0,3})|(?<=\n))(?:(?:could|can|would|will)\s+you\s+)?(?:please\s+|kindly\s+)"
    r"(?!(?:let|feel|find|like|enjoy|accept|join|come|visit|see|note|keep|use|be|do|don't|take|check|have|consider)\b)"
    r"[a-z]+\b(?:\s+[\w'’-]+){0,5}?\s+(?:me|us|my|our)\b"
)


def _asks_reader(doc: Document, n: int) -> bool:
    """Whether sentence ``n`` holds a request for the reader to act, in Japanese: a receiving or
    request form after the reader's verb (転送いただければ, ご確認ください), not after a causative, where
    the writer acts (お送りさせていただきます, つながらせてください), nor 〜てみてください, a suggestion.
    (An English sentence that offers and asks at once, "we'd gladly share our data … I'd like to
    compare protocols", mostly offers; one that wishes for their work free of charge, "We would also
    love a free 45-minute virtual visit", asks.)"""
    s = doc.sentences[n]
    toks = doc.tokens[s.first : s.last]
    if doc.lang != "ja":
        # "We would also love a free 45-minute virtual visit": the writer wishing for the reader's unpaid work
        return (
            _FREE_WISHED.search(doc.text, s.start, s.end) is not None
            or _READER_GIVES.search(doc.text, s.start, s.end) is not None
            or _READER_ACTS_FOR_US.search(doc.text, s.start, s.end) is not None
        )
    return any(
        (t.lemma in _JA_REQUEST or (t.lemma in _JA_RECEIVE and _ends_in_request(toks, k + 1)))
        and k > 0
        and not any(x.lemma in ("せる", "させる") for x in toks[max(0, k - 3) : k])
        and not (toks[k - 1].lemma == "て" and k > 1 and toks[k - 2].lemma == "見る" and toks[k - 2].pos2 == "非自立可能")
        for k, t in enumerate(toks)
    )


def _ends_in_request(toks: list[Token], k: int) -> bool:
    """Whether a receiving form ends in a request (転送いただければ幸いです, ご確認いただけますか), not
    in a purpose or a manner (お使いいただけるよう, 同行いただく形で)."""
    for x in toks[k : k + 5]:
        if x.lemma in ("よう", "様", "形", "為", "場合"):
            return False
        if x.lemma in _JA_REQUEST_ENDINGS or x.lemma in ("ば", "たら"):
            return True
    return False


#: Humble verbs that are no gift: contacting, asking, visiting, meeting, greeting, proposing or
#: guiding (a pitch's own words), answering, and sending or showing, which in a first message is
#: mostly the writer's own CV, catalogue or flyer: part of the ask.
_HUMBLE_NOT_OFFER = frozenset(
    "連絡 願い 願う 伺い 伺う 挨拶 相談 邪魔 迷惑 案内 提案 返信 返事 訪問 電話 面談 打ち合わせ 尋ねる 聞く 待つ 会う 話す "
    "掛ける 送る 送付 見せる 届ける 祈る 祈り 喜ぶ 慶ぶ 見受ける".split()  # お見受けし: the writer's perceiving
)


# What a survey or a study sends back to those who took part: 結果のまとめ, 報告書, データ; and what
# a maker sends to try: サンプルとして2kgほどお送りします.
_RESULTS = frozenset({"結果", "纏め", "まとめ", "報告", "報告書", "レポート", "データ", "成果", "集計", "分析",
                      "サンプル", "試供品", "見本", "試作品"})


def _clause_before(tokens: list[Token], k: int, reach: int) -> list[Token]:
    """The tokens before ``tokens[k]`` back to the last punctuation, at most ``reach`` of them."""
    first = k
    while first > max(0, k - reach) and tokens[first - 1].pos != "補助記号":
        first -= 1
    return tokens[first:k]


def _results_before(tokens: list[Token], k: int) -> bool:
    """Whether the clause before token ``k`` names results sent back (結果のまとめは…お送りします)."""
    return any(x.lemma in _RESULTS for x in _clause_before(tokens, k, 12))


def _ja_humble_offer(doc: Document) -> bool:
    """A humble verb of the writer's, done for the reader and not yet done: ご説明できます,
    レポートにまとめてお出しします, 資料をお送りします, ご用意いたします (お/ご + a verb + する, いたす or
    できる, not past, negated, asked or wished). 謙譲語 is the writer acting for the person addressed:
    in a message that asks, it is the something back. Contacting, asking, visiting, greeting,
    proposing, guiding and sending (ご連絡いたします, お伺いします, ご提案いたします, ご案内いたします,
    履歴書をお送りします: the writer's own papers) give nothing."""
    tokens = doc.tokens
    n = len(tokens)
    for k in range(n - 2):
        t = tokens[k]
        if t.lemma != "御" or t.pos != "接頭辞":
            continue
        verb, aux = tokens[k + 1], tokens[k + 2]
        if verb.pos not in ("名詞", "動詞"):
            continue
        if (verb.lemma in _HUMBLE_NOT_OFFER or verb.text in _HUMBLE_NOT_OFFER) and not (
            verb.lemma in ("送る", "送付", "届ける") and _results_before(tokens, k)
        ):
            continue  # 履歴書をお送りします sends the writer's papers; 結果のまとめはお送りします sends them something
        if aux.lemma not in ("為る", "致す", "出来る"):
            continue
        tail = tokens[k + 3 : min(n, k + 6)]
        if any(x.lemma in ("た", "ない", "無い", "ぬ", "ず", "たい", "ば", "か", "て", "事", "こと", "様", "よう") for x in tail[:2]):
            continue  # ご説明しました, できません, したい, できますか, して…, すること, できるような
        if any(x.text == "と" and x.pos == "助詞" for x in tail[:2]):
            continue  # 「経歴を簡単にお伝えしますと」: a preface to what follows, nothing given
        if tail and tail[0].pos == "名詞" and aux.lemma == "為る":
            continue  # 「退院時にお渡しする資料」: a clause that describes a noun, no act of the writer's promised
        if _negated_after(tokens, k + 3):
            continue  # 「委嘱料をお支払いする余裕はございませんが」: no payment, said humbly
        if _own_situation_before(tokens, k):
            continue  # 「当館の状況を少しご説明します」: the writer's circumstances, the ask's preface
        return True
    return False


# What the writer tells of their own side before an ask: 「当館の状況を少しご説明します」「弊社の事情をお伝えします」.
_SITUATION_JA = frozenset({"状況", "事情", "現状", "経緯", "背景", "近況", "実情"})
_OURS_JA = _OUR_FIRM_JA | frozenset({"当館", "弊館", "当園", "弊園", "当方", "私", "自分", "うち", "我々", "私共"})


def _own_situation_before(tokens: list[Token], k: int) -> bool:
    """Whether the clause before the humble verb at ``tokens[k]`` names the writer's own situation as its
    object (当館の状況を…ご説明します): telling it is the preface to an ask, nothing done for the reader."""
    clause = _clause_before(tokens, k, 8)
    return any(
        x.lemma in _SITUATION_JA and j >= 2 and clause[j - 1].lemma == "の" and clause[j - 2].text in _OURS_JA
        for j, x in enumerate(clause)
    )


# The reader's giving, made a condition: 「いただけたら」「くれれば」, "if you send", "if you could lend".
_RECEIVING_JA = frozenset({"頂く", "貰う", "呉れる", "下さる"})
_GIVING_EN = frozenset("send give share lend let provide grant donate offer loan sponsor mail post forward refer introduce recommend".split())
# What ends a clause as a wish or a request, not the writer's act: 幸いです, 助かります, ください, "I'd appreciate".
_WISH_JA = frozenset({"幸い", "助かる", "嬉しい", "有り難い", "ありがたい", "光栄", "下さる", "か", "でしょう", "存じる"})
_WISH_EN = frozenset(
    "be appreciate love like need call ring phone text follow chase assume have get ask hope send attach forward".split()
)
_WILL_EN = frozenset({"'ll", "’ll", "will"})


@per_draft
def _conditional_exchange(doc: Document) -> bool:
    """Whether a sentence makes the reader's giving the condition of something the writer will do for
    them: 「いただけたら配信でがっつり紹介させてもらいます」, 「ご提供いただければ、報告書に貴社のお名前を掲載いたします」,
    "If you send a review key, I'll stream it to my 21k subscribers". The exchange is the something
    back. Not a wish or a request after the condition (「ご検討いただければ幸いです」, 「いただけたらすぐに
    お送りください」, "if you could send it, I'd appreciate it"), a call or a chaser ("I'll call"), nor the
    writer's own papers sent with the ask."""
    tokens = doc.tokens
    for s in doc.sentences:
        toks = tokens[s.first : s.last]
        if doc.lang == "ja":
            for k in range(len(toks) - 1):
                if toks[k].lemma not in _RECEIVING_JA:
                    continue
                # 「ご登壇いただけましたら」: the condition in the polite form, ます before たら
                polite = k + 2 < len(toks) and toks[k + 1].lemma == "ます" and toks[k + 2].text == "たら"
                if toks[k + 1].text not in ("たら", "ば") and not polite:
                    continue
                rest = toks[k + 3 :] if polite else toks[k + 2 :]
                if rest and rest[0].text == "と":
                    continue  # 「お時間をいただければと存じます」: a wish
                if not any(t.lemma == "ます" for t in rest) or any(t.lemma in _WISH_JA or t.text in _WISH_JA for t in rest):
                    continue
                if not _writer_acts_for_reader(rest):
                    continue  # 「…いただければ、大きな励みになります」「こちらで進めます」: the writer's gain or plan
                acts = [t for t in rest if t.pos == "動詞"]
                if any(t.lemma in _RECEIVING_JA for t in acts) and not any(t.lemma in ("せる", "させる") for t in rest):
                    continue  # 「いただけたら、ご連絡いただけますか」: a second ask
                if any(t.lemma in _HUMBLE_NOT_OFFER or t.text in _HUMBLE_NOT_OFFER for t in rest):
                    continue  # 「いただければ、お電話いたします」: a call, no gift
                if any(_is_own_paper(t) for t in rest):
                    continue
                return True
            continue
        for k in range(len(toks) - 2):
            if toks[k].norm != "if" or toks[k + 1].norm != "you":
                continue
            j = k + 2
            if j < len(toks) and toks[j].norm in ("could", "can", "would", "will"):
                j += 1
            if j >= len(toks) or toks[j].lnorm not in _GIVING_EN:
                continue
            if any(t.lnorm in ("appreciate", "grateful", "thankful", "glad", "happy") for t in toks[:k]):
                continue  # "I would appreciate it if you could share the raw data": a wish
            for m in range(j + 1, len(toks) - 2):
                if toks[m].norm in ("i", "we") and toks[m + 1].norm in _WILL_EN and toks[m - 1].text == ",":
                    verb = toks[m + 2]
                    if verb.norm in ("happily", "gladly", "also", "then"):
                        verb = toks[m + 3] if m + 3 < len(toks) else verb
                    if verb.lnorm not in _WISH_EN and verb.norm not in ("not", "n't", "be"):
                        return True
                    break
    return False


# The reader's own business, in Japanese: 貴社, 御社, 貴店 (貴 + 店), 貴院.
_THEIR_FIRM_JA = frozenset({"貴社", "御社", "貴", "御店", "貴店", "貴院", "貴館", "貴校", "貴園", "貴所"})
# What the writer's goods do for it: suit it, satisfy it, serve it.
_SUITS_JA = frozenset({"合う", "似合う", "満足", "役立つ", "役立てる"})
_SUITS_EN = frozenset({"suit", "fit", "pair", "complement", "benefit"})
_MODALS_EN = frozenset({"would", "will", "'d", "'ll", "’d", "’ll", "could", "should", "might"})
_SURELY = frozenset({"really", "also", "surely", "definitely", "certainly", "truly", "nicely"})
# 「貴社のますますのご発展」: a letter's stock wish for the reader's firm.
_STOCK_WISHES = frozenset({"発展", "繁栄", "活躍", "清栄", "隆盛"})
#: From this probability of the ``ask`` act, a sentence asks rather than claims.
CLAIM_NOT_ASK = 0.5


@per_draft
def _benefit_claimed(doc: Document) -> bool:
    """Whether a sentence, not itself an ask, claims the writer's goods suit the reader's own business:
    「貴店のお料理にもきっと合うものと存じます」, 「貴社の売場にも必ずやご満足いただける商品と自負しております」,
    「貴社のさらなるご発展にお役に立てるものと存じます」, "I'm sure it would pair well with your seafood
    dishes", "it would suit your range". That says what is in it for the recipient (002 §8). Not the
    reader's audience told what it would love ("your listeners would love to hear my story"), nor a
    fit for the writer ("a great fit for what we do")."""
    acts = document_acts(doc)
    tokens = doc.tokens
    for n, s in enumerate(doc.sentences):
        if acts.of(n, "ask") >= CLAIM_NOT_ASK:
            continue
        toks = tokens[s.first : s.last]
        if any(t.lemma in ("ない", "無い", "ず") or t.lnorm in ("not", "n't", "never") for t in toks):
            continue
        if doc.lang == "ja":
            firm = next((k for k, t in enumerate(toks) if t.text in _THEIR_FIRM_JA), None)
            if firm is None or any(t.lemma in _STOCK_WISHES for t in toks[firm + 1 : firm + 7]):
                continue  # 「貴社のさらなるご発展にお役立ていただける」: the letter's stock wish, nothing of theirs
            if any(
                t.lemma in _SUITS_JA or (t.lemma in ("立つ", "立てる") and k >= 2 and toks[k - 2].text == "役")
                for k, t in enumerate(toks[firm + 1 :], firm + 1)
            ):
                return True
        elif any(_suits_yours(toks, k) for k, t in enumerate(toks) if t.lnorm in _SUITS_EN):
            return True
    return False


def _suits_yours(toks: list[Token], k: int) -> bool:
    """Whether the English verb at ``toks[k]`` follows a modal ("would pair well with your", "I think it will
    suit your menu") with the writer's goods for its subject, and "your" comes within a few words: not "I
    would be a great fit for your team" (a noun, the writer praising themselves), nor "we could fit your
    schedule" (the writer fitting in)."""
    modal = k - 1 if k > 0 and toks[k - 1].norm in _MODALS_EN else k - 2
    if modal < 0 or toks[modal].norm not in _MODALS_EN or (modal == k - 2 and toks[k - 1].norm not in _SURELY):
        return False
    subject = toks[modal - 1].norm if modal > 0 else ""
    return subject not in ("i", "we", "you") and any(u.norm == "your" for u in toks[k + 1 : k + 5])


def _writer_acts_for_reader(toks: list[Token]) -> bool:
    """Whether the clause's verb is the writer acting for the reader: a causative (紹介させてもらいます),
    a humble いたす (掲載いたします), or お/ご + verb + する (お送りします)."""
    for k, t in enumerate(toks):
        if t.lemma in ("せる", "させる", "致す"):
            return True
        if t.lemma == "御" and t.pos == "接頭辞" and k + 2 < len(toks) and toks[k + 2].lemma in ("為る", "出来る"):
            return True
    return False


def _invited(ctx: Context) -> bool:
    theirs = normalize(" ".join(m.text for m in ctx.thread if m.sender == "them"))
    return bool(theirs) and any(phrase in theirs for phrase in _INVITED)
