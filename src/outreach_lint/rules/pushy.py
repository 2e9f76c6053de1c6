"""Pressure on a stranger: urgency, scarcity, hard selling, a presumed meeting, shouting.

## What it does
Finds the words that push a stranger instead of inviting them:

- **urgency**: "decide immediately", "ASAP", "act now", 至急, 今すぐ, 早めにご決断を, ご注文はお早めに, a stranger told to
  act within hours ("Please add my username on Telegram by tonight", 「下記のユーザー名を今夜中に追加してください」) (urgency about
  an answer, "reply urgently", "need an answer by tomorrow", "We need this answered by Wednesday noon"
  (not with what follows if it misses: "…by Thursday at 6pm, or the slot goes to the next band", "…by
  Monday 9 a.m. After that the price goes up 15%", 「…それ以降は価格が上がります」), "reply ASAP", 至急ご返信ください, and in
  Japanese urgency on being told, 「至急、ご意向をお聞かせください」「至急教えてください」, is
  demands-reply's: one finding, not two; so is silence taken as a no, 「ご返答がない場合はお断りと判断いたします」,
  but not an opportunity passed to others on silence before a close deadline, 「明日中にお返事をいただけない場合は、別の方に
  お声がけします」, "If I don't hear back by tomorrow noon, the order goes to another maker", "by Thursday 5pm,
  otherwise the slot goes to another candidate", which is urgency and scarcity; before a date on the calendar,
  「3月13日（金）までにご返信ください。それまでにお返事がない場合は、別の案件をご紹介いたします」, "by 10 April", it only
  says what silence means);
- **scarcity** and deadlines: "only 3 spots left", "offer ends tonight", "the founding-partner rate ends
  tomorrow" (not "my contract ends tomorrow"), "Our quoted rate for the Kumbalangi corridor expires on 15 February",
  「お見積りの価格は2月15日で失効し」 (not "My visa expires in March"), "Seats are almost gone!",
  "tickets are going fast" (not "the jet lag is almost gone"), 期間限定, 先着10名様, 残りわずか, stock selling out
  ("before it sells out", 「完売の可能性が高い」), a count of what is left in any unit, in a sentence the act model reads
  as pressure (from 0.5), or beside one that is: "only 30 bottles left", 「今年の新酒は残り30本です！」, 「枠はもう1つだけなんです！明日までにお返事ください、埋まっちゃうので」 (not "I have only one question left", "only two
  boxes left to unpack", nor 「残り二本は再利用できます」, the rest of something as a topic), a price going back
  up after a date (「期限を過ぎますと通常価格となります」, "after the 20th it goes back to full price"; not the reader's
  own sale, 「長尾様のお店の春のセール、金曜を過ぎますと通常価格に戻るのですね」);
- **pressure**: "you have to see this", "you won't regret it", 必ずお会いしましょう, 損はさせません (a promise
  of value, 「必ずお役に立つ内容です」, is none); an
  ultimatum ("Book a slot this week or lose the launch rate", "Reply today or we'll give the slot to
  another clinic", "after that the vans go to the next caterer on my list", 今週中にご予約いただかないと、
  特別価格は失われます, 期限を過ぎますとモニター枠は他の牧場様へお回しいたします), "FINAL NOTICE";
- **hard selling** in a first message, when the ``hard-sell`` option asks for it: pricing, trials,
  demos, offers, "book a demo", "free trial", "$49 per month", 導入のご提案, 無料トライアル, お申し込み.
  Off by default: a pitch without pressure is not pushy as readers judge it (blind labelers left
  plain pitches alone, and お見積り is as often the writer asking for a quote as giving one);
- a **presumed meeting**: "let's hop on a call this afternoon", "I've sent you a calendar invite" (not an
  invite to a chat group, "sent you an invite to our WhatsApp group", 「LINEグループに招待を送っておきました」:
  a channel, presumes-channel's),
  "I'll call you tomorrow at 3", "I'll ring your mobile tomorrow at 10:00", "I'll just give you a ring on that this
  week" (an adverb between), "I'll send the files over and give you a ring tonight" (a message first, then the call), "I'll give you a ring tomorrow at 10:00 to walk you through how we
  could help" (a "could" after the plan is no condition; "…if that suits you" is), "I've put a
  meeting in for Sunday at 11:00", a plan with a time at their place ("We'll be recording on Thursday at
  10:00 sharp at your office"; not an answer needed by a time, "I'll need your answer by 5 pm tomorrow",
  demands-reply's), their time reserved for the writer's plan ("Keep the hour free",
  「お時間を空けておいてください」), 今週中にお時間をください, 明日10時からのZoomを設定しました,
  明日の昼に工房へ電話しますね (昼, 夕方, 朝 are times of day),
  「今夜8時にこちらからかけますね」, 「こちらから今晩かけます」, 「今日の夕方かけてください」 (their call set for a time),
  「明日の朝9時に、弊社Slackのハドルでお話ししましょう」, 「来週火曜の14時に直通番号へお電話を差し上げます」,
  来週土曜日の14時に港の前で待っています (waiting at a place, not 返事を待ってます; nor a plan to write, "I'll
  message you tonight", which is presumes-channel's when it names a channel, nor where the writer will
  be, "I'll be in Leeds for a site visit on the 14th": a plan presumes a meeting when it names the
  reader or calls, comes or waits for them; nor a plan with no day set, a month or later: "I'll visit
  your office next month", 「来月、御社に伺う予定です」),
  明日14時にお伺いします, 明日の午前10時にお電話差し上げます, 明日3月7日の17時に、御社の代表番号から大島様あてに
  お電話いたします (the time and, further on in its clause with no other verb between, the call; a verb
  in て leads on to it, 「午前10時に、ご挨拶を兼ねて御組合へお伺いします」, and so does a relative clause set
  off from the time by a comma, 「14時に、リハ科の方から伺った今井様の携帯へお電話いたします」; not the
  time of a thing named, 「5月のフォーラムの件、お伺いしたく」「週末のマルシェに伺いますね」, nor one in a title,
  『港の朝』, nor a wish, 「お話を伺いたく」, nor whenever they choose, 「平日でも週末でも、何時でも伺います」; 「今晩にでも
  電話します」 sets it),
  面談は明日14時で仮押さえしました (also after a
  reason: 文字だと伝わらないので、明日の夜八時にお電話しますね, casually 「これ文章だと伝わらないんで、今夜21時に電話しますね」; a condition in the clause after the plan,
  「…仮押さえしましたので、ご都合が悪い場合のみご連絡ください」, opts out and does not soften it);
- **shouting**: runs of exclamation marks (``!!``, ``！！``; a safe fix collapses them to one) and
  words in capitals that are not acronyms ("CALL ME NOW", "FREE"; AWS, SaaS, CEO, NASA, API are fine,
  and so is a template slot left in capitals, "[INSERT PERSONALISED LINE HERE]": unfilled-placeholder's,
  and capitals quoted from someone, 'the "DO NOT MICROWAVE" label on your post', and the writer's own firm
  signed with: "an organiser with UNITE HERE Local 11 … Organiser, UNITE HERE Local 11");
- **calls to action piled up**: more than ``max-calls-to-action`` imperative asks ("Book a time.
  Download the deck. Join our webinar."; ご予約ください、資料をダウンロードしてください).

A presumed meeting is only a finding until they have replied: after that, a call or a visit may
be what they proposed. A gentle, optional ask is never a finding: "whenever suits you", "no pressure", "would you be
open to a chat?", ご都合のよいときに, もしよろしければ. Questions and conditions ("if it helps, I could
call you Tuesday", もしよろしければ、明日お電話します) do not presume anything, and "no hurry" is not urgency, nor is urgency its clause denies further on ("nobody is asking you to act now", 「今すぐの転職をお勧めするつもりはありません」, 「今すぐ採用のご案内をしたいということではなく、…」; a negation inside the clause or before a comma leaves it: 「今すぐお申し込みいただかないと特別価格は失われます」, "Since email isn't working, I'll ring your mobile tomorrow at 9am"), nor a word inside a compound ("we offer end-to-end solutions" ends no offer), nor the writer's own step ("which associations should I join now?", 「どの協会に今すぐ入るべきでしょうか」),
nor "a call now and then", nor scarcity put as a condition on the writer's own plan (「枠が埋まっていたら、
また来月の告知を待ちますね」). Scarcity, urgency or a free offer of the reader's own ("saw your free weekend
bootcamp is back with limited seats", 山田様の店の数量限定の食パン: their "your" / 様の before it) is not the
writer's pressure when the act model hardly reads the sentence as pressure (< .5); "your seat is
reserved but only 3 left, book now!" it reads as pressure, and it stays one. "Don't miss out" with a
subject of its own ("so regulars don't miss out") says what someone else is spared, not an order to the reader.
A prize for acting is pressure: "Reply within 48 hours and you'll be entered to win an iPad Pro!",
「抽選で新茶をプレゼントします」 (not a charity's raffle, nor the writer's own award).
A condition in a clause of reason before the plan (文字だと…ので) is the reason's, not the plan's.
たら is "if" only after a wish, a quality, a state or a negation (ご興味がありましたら, よかったら,
ご不明点がございましたら, 会場が公民館でしたら); after a step someone takes it is "once", as in English, and
the call after it is set all the same (追加いただけましたら、その日の夜にこちらからお電話いたします, 番号わかったら今夜
こっちからかけますね; "Once you have added me, I will call you tonight").

Two readings of the act model (the user guide's *sentence-act layer*) add to the lists: in a
message to someone who has not written back (a first message, or a chaser), a sentence it reads as pressure ("Seats in the spring cohort are going fast and
the early price disappears on Friday") unless it is a deadline for an answer (demands-reply's),
a chase ("This is my fourth email about invoice #2041, now 22 days overdue": follow-up-chasing's), or
gives a way out in its own words ("Testimony is due on the 30th, so if the timing doesn't work, no problem
at all", 「締め切りは30日ですが、ご無理のない範囲で…」), or tells the reader's own story with no word of
the writer's ("Missing by 8% after a 30-day run is painful, and your point … rang true", 〜様のご投稿の…),
though a threat of the writer's action against the reader on a condition is pressure, answer or not,
read from a lower score ("If we have no answer by 5pm tomorrow, the union will protest outside your
head office", 「ご回答がない場合、…抗議行動を行い、…救済申立てに踏み切ります」);
and a call or visit the writer plans with a time, neither asked nor hedged ("I'll ring your office
line on Tuesday at 3pm"). A call set for them needs no reading of the model: "I'm calling your office line
tomorrow 9am sharp, and pls DM me your WhatsApp" (the progressive for the future), "I've messaged you on
Telegram and will ring your mobile tonight" (a second verb of the writer's), "I will also phone your centre on
Monday at 10am", "I've gone ahead and put a 20-minute slot in for Thursday at 9am" (a filler before the verb). Runs of exclamation marks only amplify other pressure: alone they are
enthusiasm, a matter of register.

## Why is this bad?
The advice (002 §5, §6) is to approach briefly, politely and without pressure: a first message
is an invitation a stranger may decline. Pressure and selling read as spam, make the writer look
like they see the reader as a sale, and get the message ignored or reported.

## Example
Bad (English):

    Hi Dana!!! Only 3 spots left in our pilot, book a demo today. Let's hop on a call this afternoon.

Better:

    Hi Dana, I lead mobile at Fieldnote and enjoyed your PyCon talk on sync. If it's ever useful,
    I'd be glad to compare notes, whenever suits you.

Bad (Japanese):

    山田様！！期間限定の無料トライアルです。今週中にお時間をください。必ずお会いしましょう。

Better:

    山田様、フィールドノートの佐藤です。PyConでのご講演に学びが多く、ご連絡しました。
    ご都合のよいときに、意見交換の機会をいただけましたら幸いです。

## Options
- ``max-calls-to-action`` (1): imperative calls to action a draft may make before the rest are findings.
- ``hard-sell`` (false): flag selling words (pricing, trials, demos) in a first message too.
- ``hard-sell-in-replies`` (false): with ``hard-sell``, also flag selling when the thread shows an
  ongoing conversation.
- ``extra-phrases`` (none): more phrases by language and group (``urgency``, ``scarcity``,
  ``pressure``, ``hard_sell``, ``presume``, ``cta``); a plain list goes to ``urgency``.
"""

from __future__ import annotations

import itertools

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import Iterator

import regex

from ..analysis.acts import document_acts
from ..analysis.introductions import shows_earlier_contact
from ..analysis.layout import signature_words
from ..analysis.phrases import PhraseList, find_pattern, load_data
from ..analysis.placeholders import template_slots
from ..analysis.times import en_time_at, en_time_spans, ja_time_run
from ..analysis.words import ADDRESSING, ja_clause_end as _ja_clause_end, ja_clause_start as _ja_clause_start
from ..core.context import Context
from ..core.document import Document, Token, per_draft
from ..core.finding import Finding, Fix, Severity
from ..core.rule import Options, Rule

__all__ = ["Pushy"]

_DATA = load_data("pushy.toml")
_PHRASES = PhraseList({lang: {g: ps for g, ps in groups.items() if g not in ("shout", "presume_verb")} for lang, groups in _DATA.items()})
# Japanese visit/call verbs (伺う, お電話する), in a list of their own: the other groups are matched together.
_VERBS = PhraseList({lang: {g: ps for g, ps in groups.items() if g == "presume_verb"} for lang, groups in _DATA.items()})
# Words in capitals that are shouting even alone; compared with the whole word, not its lemma.
_SHOUT_WORDS = frozenset(_DATA["en"]["shout"])
_AMPLIFIERS = frozenset({"exclaim"})
#: From this probability of ``pressure``, a sentence that counts what is left ("only 30 bottles left",
#: 「残り30本です」) is scarcity: the count alone may be anything's (「残り二本は再利用できます」, the rest
#: of some beams; "only two boxes left to unpack").
STOCK_PRESSURE = 0.5
# A count of what is left, of any unit: "only 30 bottles left", "just a few jars remaining", 「残り30本です」,
# 「残りあと3セットのみ」 (not 「残り二本は…」, the rest of something as a topic).
_COUNT_LEFT_EN = regex.compile(
    r"(?i)\b(?:only|just)\s+(?:\d[\d,]*|a\s+few|a\s+handful(?:\s+of)?|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"twelve|fifteen|twenty|thirty|fifty)\s+(?:[a-z][\w-]*\s+){0,2}?(?:left|remaining|remain)\b"
)
_COUNT_LEFT_JA = regex.compile(
    r"残り(?:あと)?\s*[0-9０-９一二三四五六七八九十百]+\s*[\p{Han}\p{Katakana}ー]{1,4}"
    r"(?=\s*(?:です|でございます|となりました|となります|になりました|のみ|だけ|限り|しか|を切|[！!。]))"
    # 「枠はもう1つだけなんです！」「席はあと2名分のみ」: what is left of the slots, seats or stock, counted
    r"|(?:枠|席|空き|在庫)は?(?:もう|あと)\s*[0-9０-９一二三四五六七八九十]+\s*(?:つ|枠|席|名|名分|組|個|本|点)?\s*(?:だけ|のみ|しか)"
)
# "I have only one question left", "we've only two boxes left": what the writer still has, no stock offered
_OURS_LEFT = regex.compile(r"(?i)\b(?:I|we)\s+(?:only\s+|just\s+)?(?:have|had|'ve|’ve)\b")
_LEFT_TO_DO = regex.compile(r"\s+to\s+[a-z]")  # "only two boxes left to unpack": a task, not stock
#: Probability of the ``pressure`` act from which a sentence is a finding of its own.
PRESSURE = 0.95
#: From this probability of ``pressure``, a sentence that threatens an action against the reader on a
#: condition (:func:`_threatens`) is pressure.
THREAT_PRESSURE = 0.5
#: Probability of the ``meeting`` act from which a planned call or visit with a time is presumed.
MEETING = 0.8
_EXCLAMATIONS = regex.compile(r"[!！]{2,}")  # linear: one character class, one repeat
_CAPS = regex.compile(r"^[A-Z][A-Z']*[A-Z]$")
_CAPS_ANYWHERE = regex.compile(r"[A-Z][A-Z']*[A-Z]")  # linear; no match in the text: no word in capitals
# Words in quotation marks on one line: "…", “…”, 「…」 (at most 80 characters between the marks).
_QUOTED = regex.compile(r'"[^"\n]{1,80}"|“[^”\n]{1,80}”|「[^」\n]{1,80}」')
_UPPER = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
_NEGATORS = frozenset({"no", "not", "n't", "never", "without", "none", "nothing", "nobody", "noone"})
_SOFT = frozenset({"whenever", "if", "would", "could", "might", "maybe", "perhaps", "happy", "glad", "pressure", "rush"})
# A planned meeting presumed on the reader names them, or calls or comes to them.
_READER_WORDS = frozenset({"you", "your", "yours", "ya", "u", "ur"})
_COMING = frozenset({"call", "ring", "phone", "visit", "drop", "stop", "swing", "pop", "come", "meet", "see", "wait", "join", "click"})
# Verbs of writing: a plan to write ("I'll message you tonight") presumes no meeting.
_CALLING = frozenset({"call", "ring", "phone", "visit", "buzz"})
_BE = frozenset({"'m", "’m", "am", "'re", "’re", "are"})
# A call (not a visit) the writer sets, in the plain form or the progressive.
_CALLS = frozenset({"call", "ring", "phone", "calling", "ringing", "phoning"})
_COMING_ING = frozenset({"calling", "ringing", "phoning", "visiting", "buzzing", "coming", "dropping", "popping", "swinging", "stopping"})
_WRITTEN = frozenset({"message", "text", "email", "e-mail", "dm", "send", "write", "ping", "whatsapp", "msg", "mail"})
# After a planned call or visit, the words that make it the reader's choice.
_SOFT_AFTER = frozenset({"whenever", "if", "unless", "pressure", "rush", "otherwise"})
_SKIP_FIRST = frozenset({"please", "just", "so", "and", "also", "simply", "then", "pls", "-", "*", "•", "p.s.", "ps", ":"})
# Function words that are never acronyms; two capitalised ones in a row is shouting ("CALL ME NOW").
_PLAIN_CAPS = frozenset(
    "you your me my this that now is are was will can don't do n't not all get here must need what why "
    "they them we our these those it's i'm you're let's".split()
)
# 〜いただけますと幸いです, 〜ば嬉しいです: a wish the reader may decline, not a plan made for them
_JA_CONDITION = frozenset({"ば", "なら", "場合", "もし", "よろしい", "宜しい", "可能", "都合", "いかが", "如何", "か", "幸い", "幸甚", "と"})
# Words of a wish before たら, which make it "if" (ご興味がありましたら; :func:`_ja_if`).
_JA_WISH = frozenset({"興味", "関心", "希望", "必要", "気", "差し支え", "支障"})
# Before たら, a state or a negation, not a step: ある, ござる, いる, ない, the copula (でしたら, だったら).
_JA_STATE = frozenset({"有る", "御座る", "居る", "無い", "ない", "ぬ", "だ", "です"})
_JA_REQUEST = frozenset({"下さる", "くださる", "願う"})
_DONE = frozenset({"put", "set", "sent", "made", "got", "blocked", "pencilled", "penciled"})
_JA_DURATION = frozenset({"営業", "週間", "日間", "時間", "か月", "ヶ月", "ヵ月", "カ月", "約", "程度", "ほど"})


@dataclass(frozen=True)
class PushyOptions(Options):
    max_calls_to_action: int = 1
    hard_sell: bool = False
    hard_sell_in_replies: bool = False


class Pushy(Rule):
    code = "OL201"
    name = "pushy"
    languages = frozenset({"ja", "en"})
    severity = Severity.WARNING
    advice = "002 §5, §6"
    fixable = True
    options_class = PushyOptions
    phrases = _PHRASES  # extended per instance by the ``extra-phrases`` option
    verb_phrases = _VERBS  # likewise
    doc_ja = """
    ## 何をするか
    初対面の相手を招くのではなく押してしまう語を見つけます。

    - **急かす**：至急、今すぐ、早めにご決断を、ご注文はお早めに、見知らぬ相手に数時間のうちの行動を求めるもの（「下記のユーザー名を今夜中に追加してください」"Please add my username on Telegram by tonight"）、"decide immediately"、"ASAP"（返事を急かすもの、
      「至急ご返信ください」「至急お返事を」「至急、ご意向をお聞かせください」「至急教えてください」"reply ASAP"
      "need an answer by tomorrow"、「水曜正午までにご回答が必要です」（ただし「…さもなければ枠は次のバンドへ」「…それ以降は価格が上がります」"…by Monday 9 a.m. After that the price goes up 15%" のように、間に合わないときどうなるかを続けると急かしです）は demands-reply が判定します。
      返事がなければ断りとみなす「ご返答がない場合はお断りと判断いたします」も同じです。ただし近い期限までに返事がなければ他へ回す
      「明日中にお返事をいただけない場合は、別の方にお声がけします」"If I don't hear back by tomorrow noon, the order goes to another maker"
      "by Thursday 5pm, otherwise the slot goes to another candidate" は急かしと希少性の圧力なので、このルールが指摘します。
      暦の日付の期限「3月13日（金）までにご返信ください。それまでにお返事がない場合は、別の案件をご紹介いたします」"by 10 April" は
      返事がないときの扱いを伝えるだけです）
    - **限定・締め切り**：期間限定、先着10名様、残りわずか、"only 3 spots left"、売り切れの予告（「完売の可能性が高い」"before it sells out"）、act モデルが圧力と読む（0.5 以上）文かその次の文がそう読まれる文で残りを数えるもの（「今年の新酒は残り30本です！」「枠はもう1つだけなんです！明日までにお返事ください、埋まっちゃうので」"only 30 bottles left"。"I have only one question left"、"only two boxes left to unpack"、話題としての「残り二本は再利用できます」は除く）、"the founding-partner rate ends tomorrow"（"my contract ends tomorrow" は除く）、「お見積りの価格は2月15日で失効し」"Our quoted rate for the Kumbalangi corridor expires on 15 February"（「私の資格が3月で失効する」は除く）、"Seats are almost gone!"（"the jet lag is almost gone" は除く）、期日を過ぎると戻る価格（「期限を過ぎますと通常価格となります」"after the 20th it goes back to full price"。相手自身のセール「長尾様のお店の春のセール、金曜を過ぎますと通常価格に戻るのですね」は除く）
    - **圧力**：必ずお会いしましょう、損はさせません（価値の約束「必ずお役に立つ内容です」は含みません）、"you have to see this"、最後通告（「今週中にご予約いただかないと、特別価格は失われます」「期限を過ぎますとモニター枠は他の牧場様へお回しいたします」
      "Book a slot this week or lose the launch rate"、"after that the vans go to the next caterer on my list"）、"FINAL NOTICE"
    - 初回メッセージでの**売り込み**（``hard-sell`` オプションを有効にした場合）：導入のご提案、無料トライアル、
      お申し込み、料金、デモ、"free trial"、"$49 per month"。既定では無効です。圧力のない売り込みは、
      読み手の判断では押し付けではありません（ブラインドの判定者は単なる売り込みを指摘せず、「お見積り」は
      見積もりを出す側と同じくらい、書き手が依頼する側の言葉でもあります）。
    - **会う前提**：書き手の予定のために相手の時間を空けさせるもの（「お時間を空けておいてください」"Keep the hour free"）、「明日の昼に工房へ電話しますね」（昼・夕方・朝も時刻です）、今週中にお時間をください、明日10時からのZoomを設定しました、「今夜8時にこちらからかけますね」、「こちらから今晩かけます」、「今日の夕方かけてください」（相手の電話の時刻を決める）、「明日の朝9時に、弊社Slackのハドルでお話ししましょう」、「来週火曜の14時に直通番号へお電話を差し上げます」、来週土曜日の14時に港の前で待っています（書き手の居場所だけの "I'll be in Leeds for a site visit on the 14th" は除く。予定が相手を指すか、電話する・訪ねる・待つときだけです）
      （場所で待つこと。「返事を待ってます」や、書く予定 "I'll message you tonight"、日の決まっていない月単位の予定「来月、御社に伺う予定です」"I'll visit your office next month" は含みません）、間に副詞のある "I'll just give you a ring on that this week"、"I'll give you a ring tomorrow at 10:00 to walk you through how we could
      help"、"I'll send the files over and give you a ring tonight"（先にメッセージ、それから電話）（予定の後の "could" は条件ではありません。"…if that suits you" は条件です）、明日14時にお伺いします、明日の午前10時にお電話差し上げます、
      明日3月7日の17時に、御社の代表番号から大島様あてにお電話いたします（時刻のあと、ほかの動詞を挟まず同じ節の先にある電話。て形の動詞は先へつながります：「午前10時に、ご挨拶を兼ねて御組合へお伺いします」。時刻と読点で隔てた連体修飾の節も同じです：「14時に、リハ科の方から伺った今井様の携帯へお電話いたします」。「5月のフォーラムの件、お伺いしたく」「週末のマルシェに伺いますね」のように「の」で名詞にかかる時刻は、その名詞の時刻です。題名の中の時刻『港の朝』や、願望「お話を伺いたく」、相手の選ぶいつでもよい時「平日でも週末でも、何時でも伺います」も除きます。「今晩にでも電話します」は時を決めています）、
      面談は明日14時で仮押さえしました（理由の節の後でも：文字だと伝わらないので、
      明日の夜八時にお電話しますね。くだけた「これ文章だと伝わらないんで、今夜21時に電話しますね」も同じです。理由の節の「だと」は計画の条件ではありません。計画の後の節の条件
      「…仮押さえしましたので、ご都合が悪い場合のみご連絡ください」は断る手間を相手に負わせるもので、和らげません）、"let's hop on a call this afternoon"、
      "I've sent you a calendar invite"（チャットのグループへの招待「LINEグループに招待を送っておきました」"sent you an invite to our WhatsApp group" は連絡手段の話で、presumes-channel が判定します）、"I've put a meeting in for Sunday at 11:00"、相手の場所での時刻つきの計画
      "We'll be recording on Thursday at 10:00 sharp at your office"（時刻までに要る返事 "I'll need your answer by 5 pm tomorrow" は
      demands-reply の指摘で、面会ではありません）
    - **叫ぶ**：感嘆符の連続（``!!``、``！！``。安全な自動修正で一つにまとめます）、略語ではない大文字の語
      （"CALL ME NOW"、"FREE"。AWS、SaaS、CEO、NASA、API は対象外。大文字のまま残った差し込み枠
      "[INSERT PERSONALISED LINE HERE]" も unfilled-placeholder の指摘なので対象外。引用符の中の大文字
      'the "DO NOT MICROWAVE" label' も相手の言葉の引用なので対象外。署名にもある書き手自身の団体名
      "UNITE HERE Local 11" も名前なので対象外）
    - **行動の呼びかけの重ね掛け**：``max-calls-to-action`` を超える依頼（ご予約ください、資料をダウンロードしてください、
      セミナーにご参加ください）

    会う前提の指摘は相手から返信があるまでです（返信後は相手が提案した電話や訪問かもしれません）。
    ご都合のよいときに、もしよろしければ、"whenever suits you"、"no pressure" といった柔らかい任意の
    お願いには反応しません。質問や条件付きの提案（「ご都合がよろしければ火曜にお電話してもよろしいでしょうか」）も
    会う前提とはみなしません。"a call now and then" は頻度で、急かしではありません。節の述語が打ち消す急ぎ（「今すぐの転職をお勧めするつもりはありません」「今すぐ採用のご案内をしたいということではなく、…」"nobody is asking you to act now"）も急かしではありません。節の中の打ち消しや読点の前の打ち消しは別です（「今すぐお申し込みいただかないと特別価格は失われます」"Since email isn't working, I'll ring your mobile tomorrow at 9am"）。複合語の中の語（"we offer end-to-end solutions"）も期限ではありません。書き手自身の行動（"which associations should I join now?"、「どの協会に今すぐ入るべきでしょうか」）も急かしではありません。書き手自身の予定の条件としての限定（「枠が埋まっていたら、また来月の告知を待ちますね」）も急かしではありません。相手自身のものの限定・急ぎ・無料
    （「山田様の店の数量限定の食パン」"saw your free weekend bootcamp is back with limited seats"。その前に「様の」
    "your" がある）は、act モデルがその文をほとんど急かしと読まない（0.5 未満）とき、書き手の押しではありません。
    急かしと読む "your seat is reserved but only 3 left, book now!" は指摘します。"Don't miss out" に読み手以外の
    主語がある場合（"so regulars don't miss out"）は、ほかの人が逃さずに済むことを言っており、読み手への命令ではありません。
    行動への景品は急かしです："Reply within 48 hours and you'll be entered to win an iPad Pro!"、「抽選で新茶をプレゼントします」
    （慈善のくじ引きや書き手自身の受賞は除きます）。
    「たら」が条件になるのは、願い・性質・状態・打ち消しの後だけです（ご興味がありましたら、よかったら、
    ご不明点がございましたら、会場が公民館でしたら）。誰かが何かをした後の「たら」は英語の "once" と同じく
    「〜したら（その時点で）」で、その後の電話は決まった予定のままです（「追加いただけましたら、その日の夜に
    こちらからお電話いたします」「番号わかったら今夜こっちからかけますね」"Once you have added me, I will call you tonight"）。
    相手への電話を書き手が決めている文は、act モデルの読みを待たずに会う前提です：進行形の予定 "I'm calling your
    office line tomorrow 9am sharp"、書き手の二つ目の動詞 "I've messaged you on Telegram and will ring your mobile tonight"、動詞の前のつなぎの語 "I will also phone your centre on Monday at 10am"、"I've gone ahead and put a 20-minute slot in for Thursday at 9am"。

    act モデル（利用ガイドの「文の行為（act）レイヤー」）の読みを二つ加えます。まだ返信のない相手へのメッセージ
    （初回の連絡や追いかけ）で急かしと読める文（回答の期限は demands-reply が、同じ文の中で逃げ道を示すもの「締め切りは30日ですが、ご無理のない範囲で…」"Testimony is due on the 30th, so if the timing doesn't work, no problem at all" や、書き手の語がなく読み手自身の話をする文 "Missing by 8% after a 30-day run is painful, and your point … rang true"（〜様のご投稿の…）は急かしではありません。追いかけ「請求書の件で4回目のご連絡です」は follow-up-chasing が判定します。ただし条件つきで読み手への行動を脅す文は、回答の有無にかかわらず、より低い読みから急かしです：「ご回答がない場合、…抗議行動を行い、…救済申立てに踏み切ります」"If we have no answer by 5pm tomorrow, the union will protest outside your head office"）と、書き手が時刻つきで予定として告げる
    電話や訪問（尋ねても条件つきでもないもの）です。感嘆符の連続は、ほかの押しの強さを強めるときだけ
    指摘します。それだけなら熱意で、文体の問題です。

    ## なぜ問題か
    記事は、要領よく丁寧に、押し付けずに近づくよう勧めています（002 §5, §6）。初回のメッセージは相手が断ってもよい
    招待です。急かしや売り込みはスパムに見え、相手を「売り先」と見ている印象を与え、無視や報告につながります。

    ## 例
    悪い例：

        山田様！！期間限定の無料トライアルです。今週中にお時間をください。必ずお会いしましょう。

    より良い例：

        山田様、フィールドノートの佐藤です。PyConでのご講演に学びが多く、ご連絡しました。
        ご都合のよいときに、意見交換の機会をいただけましたら幸いです。

    悪い例（英語）： ``Hi Dana!!! Only 3 spots left in our pilot, book a demo today.``

    より良い例（英語）： ``Hi Dana, I enjoyed your PyCon talk; I'd be glad to compare notes, whenever suits you.``

    ## オプション
    - ``max-calls-to-action``（1）：一通で許す行動の呼びかけの数。超えた分が指摘されます。
    - ``hard-sell``（false）：初回メッセージの売り込みの語（料金、トライアル、デモ）も指摘します。
    - ``hard-sell-in-replies``（false）：``hard-sell`` と合わせて、やり取りが続いている場合（スレッドあり）も
      売り込みを指摘します。
    - ``extra-phrases``（なし）：言語・グループ（``urgency``、``scarcity``、``pressure``、``hard_sell``、``presume``、``cta``）
      ごとに表現を追加します。リストだけなら ``urgency`` に入ります。
    """
    messages = {
        "urgency": {
            "en": "Urgency ({words}) pressures a stranger who owes you no time",
            "ja": "急かす表現です（{words}）：相手にはあなたに時間を割く義務はありません",
        },
        "scarcity": {
            "en": "Scarcity or a deadline ({words}) reads as a sales pitch",
            "ja": "限定や締め切りの表現です（{words}）：売り込みに見えます",
        },
        "pressure": {
            "en": "Pressure ({words}): let the reader decide for themselves",
            "ja": "押し付ける表現です（{words}）：判断は相手に委ねましょう",
        },
        "pressure_act": {
            "en": "This sentence pushes the reader (urgency, scarcity or a deadline of yours): let them decide in their own time",
            "ja": "この文は相手を急かしています（緊急性・希少性・こちらの期限）：判断は相手のペースに委ねましょう",
        },
        "hard_sell": {
            "en": "Selling in a first message ({words}): offer something useful before a product",
            "ja": "初回のメッセージで売り込んでいます（{words}）：まずは相手の役に立つ話題を",
        },
        "presume": {
            "en": "Presumes a meeting the reader never agreed to ({words})",
            "ja": "相手が同意していない面会を前提にしています（{words}）",
        },
        "exclaim": {
            "en": "A run of exclamation marks ({words}) reads as shouting",
            "ja": "感嘆符の連続（{words}）は叫んでいるように見えます",
        },
        "shout": {
            "en": "Words in capitals ({words}) read as shouting",
            "ja": "大文字の語（{words}）は叫んでいるように見えます",
        },
        "cta": {
            "en": "Call to action number {n} ({words}): one clear, optional ask is enough",
            "ja": "{n}つ目の行動の呼びかけです（{words}）：お願いは一つ、任意の形で十分です",
        },
        "soft_fix": {
            "en": "Make it optional: \"If it's useful, I'd be glad to compare notes, whenever suits you.\"",
            "ja": "任意の形にしましょう：「ご都合のよいときに、意見交換の機会をいただけましたら幸いです。」",
        },
        "meet_fix": {
            "en": "Ask, and let them choose: \"Would you be open to a short call some time in the next few weeks?\"",
            "ja": "相手に選んでもらいましょう：「もしよろしければ、ご都合のよい日時に少しお話しできませんでしょうか。」",
        },
        "sell_fix": {
            "en": "Drop the offer; say why you are writing to this person and what might be useful to them.",
            "ja": "売り込みは省き、なぜこの方に連絡したのか、相手に役立ちそうな点を一つ伝えましょう。",
        },
        "exclaim_fix": {
            "en": "Use one exclamation mark at most.",
            "ja": "感嘆符は一つまでにしましょう。",
        },
        "shout_fix": {
            "en": "Write it in ordinary case: \"{lower}\".",
            "ja": "通常の大文字・小文字で書きましょう：「{lower}」。",
        },
        "cta_fix": {
            "en": "Keep the one ask that matters and phrase it as a question they can decline.",
            "ja": "一番大切なお願いだけを残し、断りやすい問いかけの形にしましょう。",
        },
    }

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        opts: PushyOptions = self.options
        selling = opts.hard_sell and (ctx.is_first_contact or opts.hard_sell_in_replies)
        found: list[tuple[int, int, str, dict]] = []
        found += self._exclamations(doc)
        found += self._capitals(doc)
        # once they have replied, a call or a visit may well be what they proposed
        meeting = not ctx.they_replied
        if doc.lang == "en":
            found += self._phrases_en(doc, selling, meeting)
        else:
            found += self._phrases_ja(doc, selling, meeting)
        found += self._calls_to_action(doc, opts.max_calls_to_action)
        found += _counts_left(doc)
        found = self._read_by_acts(doc, found)
        # In ongoing work (they have written, or the text shows an acquaintance) a date or a risk is
        # information, not pressure; a chaser to someone who never answered is still a cold message.
        if not ctx.they_replied and not shows_earlier_contact(doc):
            found += self._pressure_sentences(doc, found)
        # Exclamation marks amplify pressure; alone they are enthusiasm, a question of register
        # (mixed-register's), not pressure.
        if not any(key not in _AMPLIFIERS for _, _, key, _ in found):
            return
        reach = -1  # findings come sorted by start: one overlaps a kept one iff it starts before this
        for start, end, key, extra in sorted(found, key=lambda f: (f[0], -f[1])):
            if start < reach:
                continue
            reach = end
            words = doc.text[start:end]
            fix = None
            if key == "exclaim":
                fix = Fix(start, end, words[0])
                suggestion = self.say(ctx, "exclaim_fix")
            elif key == "shout":
                suggestion = self.say(ctx, "shout_fix", lower=words.capitalize() if len(words.split()) > 1 else words.lower())
            elif key == "presume":
                suggestion = self.say(ctx, "meet_fix")
            elif key == "hard_sell":
                suggestion = self.say(ctx, "sell_fix")
            elif key == "cta":
                suggestion = self.say(ctx, "cta_fix")
            else:
                suggestion = self.say(ctx, "soft_fix")
            yield self.finding(ctx, start, end, self.say(ctx, key, words=words, **extra), suggestion=suggestion, fix=fix)

    @staticmethod
    def _read_by_acts(doc: Document, found: list[tuple[int, int, str, dict]]) -> list[tuple[int, int, str, dict]]:
        """An urgency word in a sentence the act model reads as a demand for an answer ("kindly
        reply urgently", 至急ご返信ください) is demands-reply's to judge, as a deadline for an
        answer is: the pressure is on the reply, and one finding says so."""
        if not any(key == "urgency" for _, _, key, _ in found):
            return found
        acts = document_acts(doc)
        out = []
        for item in found:
            if item[2] == "urgency" and doc.sentences:
                n = max(0, _sentence_at(doc, item[0]))
                if acts.of(n, "reply_demand") >= 0.5 and acts.of(n, "pressure") < PRESSURE:
                    continue
                if _about_an_answer(doc, item[0], item[1]):
                    continue  # "need an answer by tomorrow": the urgency is the answer's, however pressing
            out.append(item)
        return out

    # -- pressure the phrase lists never saw --------------------------------------------
    def _pressure_sentences(self, doc: Document, found: list[tuple[int, int, str, dict]]) -> list[tuple[int, int, str, dict]]:
        """Sentences the act model reads as pressure (urgency, scarcity, an expiring offer), where no
        phrase of the lists already speaks for them."""
        out: list[tuple[int, int, str, dict]] = []
        acts = document_acts(doc)
        soft = None
        for n in acts.sentences_with("pressure", THREAT_PRESSURE):
            s = doc.sentences[n]
            toks = doc.tokens[s.first : s.last]
            if soft is None:
                soft = self._soft_sentences(doc, doc.sentence_bounds, previous=False)
            if (s.first, s.last) in soft:
                continue  # "Testimony is due on the 30th, so if the timing doesn't work, no problem at all": a way out
            # a threat of the writer's action against them, on a condition, answer or not, is pressure of its own
            # (read from a lower score): 「ご回答がない場合、御社本社前での抗議行動を行い…救済申立てに踏み切ります」,
            # "If we have no answer by 5pm tomorrow, the union will protest outside your head office"
            threat = _threatens(toks)
            if acts.of(n, "pressure") < PRESSURE and not threat:
                continue
            dated = _calendar_date(doc, n)
            passed_on = _passed_on(toks) and not dated
            if acts.of(n, "reply_demand") >= 0.5 and not threat and not passed_on:
                # a deadline for an answer is demands-reply's to judge; not when silence sends the chance to
                # someone else ("If I don't hear back by tomorrow noon, the order goes to another maker"):
                # that is scarcity, pushy's own
                continue
            if acts.of(n, "follow_up") >= 0.5 and not passed_on:
                continue  # "This is my fourth email about invoice #2041, now 22 days overdue": a chase, follow-up-chasing's
            if acts.of(n, "their_work") >= 0.5 and not threat and _of_the_reader(toks):
                continue  # "Missing by 8% after a 30-day run is painful, and your point … rang true": the reader's own story
            after = doc.tokens[s.last : doc.sentences[n + 1].last] if n + 1 < len(doc.sentences) else []
            if _an_answer_due([t.lemma.lower() for t in toks]) and not threat and not (_or_else(toks) or _or_else(after[:3])):
                # "We need this answered by Wednesday noon", 「水曜正午までにご回答が必要です」: the answer's deadline,
                # demands-reply's; not with what follows if it misses ("…by Thursday at 6pm, or the slot goes to
                # the next band"), which presses on its own
                continue
            if _without_an_answer(toks, dated) and not threat:
                continue  # 「ご返答がない場合はお断りと判断いたします」, "if I don't hear back by Friday…": the answer's ultimatum, demands-reply's

            if not any(a < s.end and b > s.start and key not in _AMPLIFIERS for a, b, key, _ in found):
                out.append((s.start, s.end, "pressure_act", {}))
        return out

    # -- shouting ----------------------------------------------------------------------
    def _exclamations(self, doc: Document) -> list[tuple[int, int, str, dict]]:
        return [(m.start(), m.end(), "exclaim", {}) for m in find_pattern(_EXCLAMATIONS, doc.text)]

    def _capitals(self, doc: Document) -> list[tuple[int, int, str, dict]]:
        out: list[tuple[int, int, str, dict]] = []
        if not _CAPS_ANYWHERE.search(doc.text):
            return out
        run: list[Token] = []
        tokens = doc.tokens + [Token("", len(doc.text))]
        for tok in tokens:
            text = tok.text
            if (text[:1] in _UPPER and _CAPS.match(text)) or (run and text in ("'", "N'T", "'S", "'M", "'RE", "'LL")):
                run.append(tok)
                continue
            if run:
                words = [t.text.lower() for t in run]
                plain = sum(1 for w in words if w in _PLAIN_CAPS or w.strip("'") in ("t", "s", "m", "re", "ll"))
                loud = any(w in _SHOUT_WORDS for w in words)
                if (len(run) >= 2 and plain) or (loud and len(run[0].text) >= 3):
                    out.append((run[0].start, run[-1].end, "shout", {}))
                run = []
        if out:
            # "[INSERT PERSONALISED LINE HERE]", "Dear FIRSTNAME": a template slot in capitals is unfilled, not loud;
            # the "DO NOT MICROWAVE" label of their post, quoted, is their words, not the writer raising a voice
            spans = list(template_slots(doc)) + [m.span() for m in find_pattern(_QUOTED, doc.text)]
            out = [o for o in out if not any(a <= o[0] and o[1] <= b for a, b in spans)]
        if out:
            # "an organiser with UNITE HERE Local 11 … Organiser, UNITE HERE Local 11": the writer's own firm,
            # signed with, is a name, not a raised voice
            signed = signature_words(doc)
            out = [o for o in out if not _all_signed(doc, o[0], o[1], signed)]
        return out

    # -- phrases -------------------------------------------------------------------
    def _phrases_en(self, doc: Document, selling: bool, meeting: bool) -> list[tuple[int, int, str, dict]]:
        tokens = doc.tokens
        groups = ["urgency", "scarcity", "pressure"] + (["presume", "meet"] if meeting else []) + (["hard_sell"] if selling else [])
        times = None
        bounds = doc.sentence_bounds
        soft = self._soft_sentences(doc, bounds)
        out: list[tuple[int, int, str, dict]] = []
        for m in self.phrases.matches(doc, groups):
            sentence = bounds[m.first]
            if m.group in ("urgency", "scarcity", "pressure") and sentence in soft:
                continue  # "3 speaker slots left for June. No pressure, of course."
            if _en_negated_before(tokens, m.first, sentence[0]):
                continue  # "no hurry", "not urgent", "none of this is urgent", "nobody is asking you to act now"
            if m.group == "pressure" and _someone_elses(tokens, m.first, sentence[0]):
                continue  # "so regulars don't miss out": what their customers are spared, not an order to the reader
            if m.group in ("urgency", "scarcity", "hard_sell") and _readers_own(doc, m.first, sentence, ("your", "yours")):
                continue  # "saw your free weekend bootcamp is back with limited seats": their event's seats
            if m.group == "urgency" and " ".join(t.norm for t in tokens[m.last : m.last + 2]) in ("and then", "and again"):
                continue  # "a call now and then": how often, not how soon
            if m.group == "urgency" and _writers_own_step(tokens, m.first, sentence[0]):
                continue  # "which associations should I join now?": the writer's own step, no pressure on the reader
            if m.group == "hard_sell" and any(t.norm in ("your", "you", "their", "his", "her") for t in tokens[max(sentence[0], m.first - 4) : m.first]):
                continue  # "I used your free trial": the reader's product, not a pitch
            if m.group in ("hard_sell", "urgency", "scarcity") and "-" in (doc.text[m.start - 1 : m.start], doc.text[m.end : m.end + 1]):
                continue  # "discount-rate", "peat-free trial", "we offer end-to-end solutions": part of a compound word
            if m.group in ("presume", "meet"):
                # a question or a condition does not presume; after the plan, only a condition or a
                # question softens it ("I'll ring you tomorrow at 10 to walk you through how we could
                # help" is still the writer's plan, "…if that suits" is not)
                upto = {t.norm for t in tokens[sentence[0] : m.last]}
                after = {t.norm for t in tokens[m.last : sentence[1]]}
                if upto & _SOFT or after & _SOFT_AFTER or "?" in after:
                    continue
                if "invite" in m.phrase and _group_invite(tokens, sentence[0], sentence[1]):
                    continue  # "sent you an invite" to a WhatsApp group: a channel, presumes-channel's, no meeting
                if m.group == "meet":
                    times = times if times is not None else en_time_spans(doc)
                    end = None
                    for j in range(m.last, min(sentence[1], m.last + 6)):
                        end = en_time_at(times, tokens, j)
                        if end is not None:
                            break
                    if end is None:
                        continue
                    out.append((m.start, tokens[end - 1].end, "presume", {}))
                    continue
                out.append((m.start, m.end, "presume", {}))
                continue
            out.append((m.start, m.end, m.group, {}))
        if meeting:
            times = times if times is not None else en_time_spans(doc)
            planned = self._planned_meetings(doc, times)
            out += [p for p in planned if not any(k == "presume" and a < p[1] and b > p[0] for a, b, k, _ in out)]
        return out

    @staticmethod
    def _planned_meetings(doc: Document, times: dict[int, int]) -> list[tuple[int, int, str, dict]]:
        """The writer's plan to meet, stated with a time in its sentence, neither asked nor hedged nor an
        answer's deadline ("I'll need your answer by 5 pm tomorrow", demands-reply's):

        - a sentence the act model reads as a meeting, stated as the writer's plan (I'll, I will, we'll) for
          them: "I'll ring your office line on Tuesday at 3pm";
        - a plan at the reader's place, however the model reads it: "We'll be recording on Thursday at
          10:00 sharp at your office"."""
        out: list[tuple[int, int, str, dict]] = []
        tokens = doc.tokens
        meetings = set(document_acts(doc).sentences_with("meeting", MEETING))
        for n, s in enumerate(doc.sentences):
            if not any(s.first <= i < s.last for i in times):
                continue
            words = [t.norm for t in tokens[s.first : s.last]]
            if "?" in words or set(words) & _SOFT or _an_answer_due(words):
                continue
            # where the writer's plan is stated: "I'll …", "we will …"
            # or a progressive for the future: "I'm calling your office line tomorrow 9am sharp"; or a second
            # verb of the writer's: "I've messaged you on Telegram and will ring your mobile tonight"
            wills = [k for k, w in enumerate(words) if k and (
                words[k - 1] in ("i", "we") and (w in ("'ll", "will", "’ll") or w in _BE and k + 1 < len(words) and words[k + 1] in _COMING_ING)
                or w == "will" and words[k - 1] == "and" and ("i" in words[: k - 1] or "we" in words[: k - 1]))]
            if n in meetings:
                # "I'll message you tonight": a message, not a call or a visit
                # ("I'll send the files there and give you a ring tonight": the call is planned too)
                will = any(not (k + 1 < len(words) and words[k + 1] in _WRITTEN) or "and" in words[k + 1 :] and set(words[k + 1 :]) & _CALLING for k in wills)
                # "I'll be in Leeds for a site visit on the 14th": where the writer will be, no meeting with them;
                # "I'll call at 3", "I'll wait there": the plan comes to them
                theirs = any(w in _READER_WORDS for w in words) or any(set(words[k + 1 : k + 3]) & _COMING for k in wills)
                plan = (will and theirs) or any(
                    # "I've put a meeting in for Sunday at 11:00", "we have booked …": done for them
                    w in ("'ve", "’ve", "have") and k and words[k - 1] in ("i", "we") and k + 1 < len(words)
                    and (_verb_after(words, k + 1).endswith("ed") or _verb_after(words, k + 1) in _DONE)
                    for k, w in enumerate(words)
                )
                if plan:
                    out.append((s.start, s.end, "presume", {}))
                    continue
            # a call to them, set by the writer, however the model reads the sentence (it may read the
            # channel in it first): "I'm calling your office line tomorrow 9am sharp, and pls DM me your WhatsApp"
            if any(_verb_after(words, k + 1) in _CALLS and set(words[k + 2 :]) & _READER_WORDS for k in wills):
                out.append((s.start, s.end, "presume", {}))
                continue
            if wills and _at_their_place(words):
                out.append((s.start, s.end, "presume", {}))
        return out

    def _phrases_ja(self, doc: Document, selling: bool, meeting: bool) -> list[tuple[int, int, str, dict]]:
        tokens = doc.tokens
        groups = ["urgency", "scarcity", "pressure"] + (["presume"] if meeting else []) + (["hard_sell"] if selling else [])
        bounds = doc.sentence_bounds
        soft = self._soft_sentences(doc, bounds)
        out: list[tuple[int, int, str, dict]] = []
        for m in self.phrases.matches(doc, groups):
            first, last = bounds[m.first]
            if m.group in ("urgency", "scarcity", "pressure") and (first, last) in soft:
                continue
            if m.group == "presume" and "招待" in m.phrase and _group_invite(tokens, first, last):
                continue  # 「LINEグループがあるので…招待を送っておきました」: a channel, presumes-channel's, no meeting
            if m.group == "presume" and self._ja_soft(tokens, first, _ja_clause_end(tokens, m.last, last)):
                continue  # 「面談は明日14時で仮押さえしましたので、ご都合が悪い場合のみ…」: the condition is the next clause's
            if m.group in ("urgency", "scarcity") and _ja_negated(tokens, m.last, last):
                continue  # 急いではいません: "no hurry"
            if m.group == "urgency" and any(t.lemma == "べし" for t in tokens[m.last : _ja_clause_end(tokens, m.last, last)]):
                continue  # 「どの協会に今すぐ入るべきでしょうか」: what the writer should do, asked, no pressure
            if m.group == "scarcity" and any(t.text in ("たら", "ば", "なら") for t in tokens[m.last : min(last, m.last + 4)]):
                continue  # 「枠が埋まっていたら、また来月の告知を待ちますね」: a condition on the writer's plan, no pressure
            if m.group in ("urgency", "scarcity", "hard_sell") and _readers_own(doc, m.first, (first, last), _JA_READER):
                continue  # 「山田様の限定ワークショップ、今年も開催されるのですね」: their event is limited, not the writer's offer
            if m.group == "hard_sell" and any(w in doc.text[max(0, m.start - 8) : m.start] for w in ("御社", "貴社", "貴店", "様の")):
                continue  # 御社の無料トライアル: the reader's product, not a pitch
            start = m.start
            if tokens[m.first].norm == "%" and m.first > first and tokens[m.first - 1].norm[:1].isdigit():
                start = tokens[m.first - 1].start  # 20%割引: the figure is part of the offer
            out.append((start, tokens[_ja_tail(tokens, m.last, last) - 1].end, m.group, {}))
        # A time expression followed by a visit/call verb (明日14時にお伺いします): only sentences
        # with a verb after their first token are searched.
        verbs = {v.first: v for v in self.verb_phrases.matches(doc, ["presume_verb"])} if meeting else {}
        starts = sorted(verbs)
        for sentence in doc.sentences if verbs else ():
            first, last = sentence.first, sentence.last
            k = bisect_right(starts, first)
            if k == len(starts) or starts[k] >= last:
                continue  # no verb after the sentence's first token: no time run can lead to one
            soft = self._ja_soft(tokens, first, last)
            # a time run at i ends by i + 11 (9 time tokens, まで, に) and its verb starts before
            # the run's end + 20 (_ja_verb_of): only i from the first verb - 31 to the last verb can lead to one
            for i in range(max(first, starts[k] - 31), starts[bisect_left(starts, last) - 1]):
                run = ja_time_run(tokens, i)
                if run is None or any(t.norm in _JA_DURATION for t in tokens[max(first, i - 1) : run[0]]):
                    continue  # 約3営業日お時間をいただきます: how long it takes, not a meeting
                if run[0] < last and tokens[run[0]].norm in ("の", "」", "』"):
                    continue  # 「5月のフォーラムの件、お伺いしたく」, 『港の朝』: the time of a thing named, not of the visit
                if run[0] + 1 < last and tokens[run[0]].norm == "で" and tokens[run[0] + 1].norm == "も" and tokens[run[0] - 1].norm != "に":
                    continue  # 「平日でも週末でも、何時でも伺います」: whenever they choose (「今晩にでも電話します」 sets it)
                if all(t.norm in _JA_VAGUE_TIMES or t.pos == "助詞" for t in tokens[i : run[0]]):
                    continue  # 「来月、別件で大阪に伺う予定があります」: a month, no time set, as "next month" is in English
                if soft and self._ja_soft(tokens, _ja_clause_start(tokens, first, i), last):
                    continue  # a question or a condition in the clause of the plan: it presumes nothing
                    # (文字だと伝わらないので、明日八時にお電話しますね: the condition is the reason's)
                verb = _ja_verb_of(tokens, verbs, run[0], last)
                if verb is not None:
                    end = _ja_tail(tokens, verb.last, last)
                    out.append((tokens[i].start, tokens[end - 1].end, "presume", {}))
                    break
        return out

    def _soft_sentences(self, doc: Document, bounds: list[tuple[int, int]], previous: bool = True) -> set[tuple[int, int]]:
        """Sentences next to a way out ("no pressure", ご無理のない範囲で): that one and, with
        ``previous``, the one before."""
        soft: set[tuple[int, int]] = set()
        for m in self.phrases.matches(doc, ["soft"]):
            first, last = bounds[m.first]
            soft.add((first, last))
            if previous and first > 0:
                soft.add(bounds[first - 1])
        return soft

    @staticmethod
    def _ja_soft(tokens: list[Token], first: int, last: int) -> bool:
        """A question or a condition (よろしければ、ご都合、でしょうか、ご興味がありましたら) asks rather
        than presumes; "once" (追加いただけましたら、今夜お電話します) does not."""
        for k in range(first, last):
            t = tokens[k]
            if t.norm == "たら":
                if _ja_if(tokens, first, k):
                    return True
            elif t.lemma in _JA_CONDITION or t.norm in _JA_CONDITION:
                return True
        return False

    # -- calls to action -----------------------------------------------------------
    def _calls_to_action(self, doc: Document, allowed: int) -> list[tuple[int, int, str, dict]]:
        tokens = doc.tokens
        calls: list[tuple[int, int]] = []
        starts = {m.first: m for m in self.phrases.matches(doc, ["cta"])}
        if len(starts) <= allowed:
            return []  # a call to action is one of these matches, at most one per match
        order = sorted(starts)
        for sentence in doc.sentences:
            first, last = sentence.first, sentence.last
            k = bisect_left(order, first)
            if k == len(order) or order[k] >= last:
                continue  # no call to action starts in this sentence
            if doc.lang == "en":
                i = first
                while i < last and (tokens[i].norm in _SKIP_FIRST or tokens[i].is_punct):
                    i += 1
                m = starts.get(i)
                if m is not None and tokens[i].norm != tokens[i].lemma:
                    m = None  # "Visiting Tokyo next week", "Joined your webinar": not an imperative
                if m is not None and m.last <= last and not _followed_by_question(tokens, m.last, last):
                    calls.append((m.start, m.end))
            else:
                if self._ja_soft(tokens, first, last):
                    continue
                for i in order[k : bisect_left(order, last)]:
                    m = starts[i]
                    for j in range(m.last, min(last, m.last + 4)):
                        if tokens[j].lemma in _JA_REQUEST:
                            end = j + 1
                            while end < last and tokens[end].pos == "助動詞" and end - j < 3:
                                end += 1
                            start = tokens[i - 1].start if i > first and tokens[i - 1].lemma == "御" else m.start
                            calls.append((start, tokens[end - 1].end))
                            break
        return [(s, e, "cta", {"n": n}) for n, (s, e) in enumerate(calls, 1) if n > allowed]


_JA_READER = ("様", "さん", "御社", "貴社", "貴店", "先生")
#: Below this pressure score a sentence that names the reader's own thing before a pressure word speaks of theirs.
READERS_OWN = 0.5


# Words that may stand before an imperative "don't miss out" without being its subject.
_BEFORE_IMPERATIVE = frozenset({"so", "and", "but", "then", "just", "now", "today", "really", "seriously", "also", "or",
                                "oh", "hey", "hurry", "please", "definitely", "absolutely", "honestly", "again", "therefore", "you"})


def _someone_elses(tokens: list[Token], first: int, sentence_first: int) -> bool:
    """Whether a "do n't …" phrase ("don't miss out") has a subject of its own other than the reader:
    "so regulars don't miss out", "so they don't miss it". Said to the reader, it is an imperative at
    the head of its clause ("Don't miss out!", "Register today and don't miss out") or has "you"."""
    if first <= sentence_first or tokens[first].norm not in ("do", "does"):
        return False
    before = tokens[first - 1]
    return before.text.isalpha() and before.norm not in _BEFORE_IMPERATIVE


def _readers_own(doc: Document, first: int, sentence: tuple[int, int], marks: tuple[str, ...]) -> bool:
    """Whether a pressure word at token ``first`` speaks of the reader's own thing: their "your …" /
    様の… stands before it in its sentence, and the act model hardly reads the sentence as pressure
    ("saw your free weekend bootcamp is back with limited seats"; not "grab your seat, only 3 left!",
    which it reads as pressure)."""
    if not any(t.norm in marks for t in doc.tokens[sentence[0] : first]):
        return False
    n = doc.sentence_index[first]
    return n >= 0 and document_acts(doc).of(n, "pressure") < READERS_OWN


def _ja_tail(tokens: list[Token], i: int, last: int) -> int:
    """Index after the auxiliaries that finish a Japanese phrase: お伺い|します, 損はさせ|ません."""
    end = i
    if i == 0 or tokens[i - 1].pos not in ("動詞", "助動詞"):
        return end  # a noun (無料トライアル) ends where it ends; です is not part of it
    while end < last and end - i < 4 and (tokens[end].pos == "助動詞" or tokens[end].lemma in ("為る", "致す", "頂く")):
        end += 1
    return end


# Times too loose to set a meeting at: a month, a year, "later".
_JA_VAGUE_TIMES = frozenset({"来月", "今月", "再来月", "年内", "年度", "今期", "後日", "中", "内"})


# Chat groups and apps: an invite to one is to a channel, not to a meeting.
# (Not "chat": "an invite for a quick chat on Tuesday at 3" is a meeting.)
_GROUPS = frozenset(
    "whatsapp telegram slack discord signal group groupchat channel server "
    "グループ ライン オープンチャット サーバー チャンネル".split()
)


def _group_invite(tokens: list[Token], first: int, last: int) -> bool:
    """Whether the sentence ``[first, last)`` names a chat group or app (WhatsApp, LINE, a group): an
    invite there joins a channel, which is presumes-channel's to judge, and sets no meeting."""
    return any(t.norm in _GROUPS or t.lnorm in _GROUPS or t.text == "LINE" for t in tokens[first:last])


def _en_negated_before(tokens: list[Token], i: int, first: int) -> bool:
    """A negator in the six words before ``tokens[i]``, in its clause: "not urgent", "none of this is
    urgent", "nobody is asking you to act now"; not across a comma or "but" ("No worries, but act now")."""
    for t in reversed(tokens[max(first, i - 6) : i]):
        if t.norm in (",", ";", ":", "—", "–", "but"):
            return False
        if t.norm in _NEGATORS:
            return True
    return False


def _ja_negated(tokens: list[Token], i: int, last: int) -> bool:
    """A negation later in the clause: 急いではいません, 至急の案件ではございません; further on, the
    clause's own predicate negated (「今すぐの転職をお勧めするつもりはありません」), not a negation
    inside it (「今すぐお申し込みいただかないと特別価格は失われます」)."""
    end = _ja_clause_end(tokens, i, last)
    for k in range(i, end):
        t = tokens[k]
        if t.norm in ("、", ",", "，", "。"):
            return False
        if t.lemma in ("ない", "無い", "ず", "ぬ") and t.pos in ("助動詞", "形容詞"):
            # the clause's end: the tokens after it are only endings, up to a comma (「…お願いではなく、」) or the end
            tail = itertools.takewhile(lambda u: u.norm not in ("、", ",", "，"), tokens[k + 1 : end])
            if k < i + 8 or all(u.pos in ("助動詞", "助詞", "補助記号") for u in tail):
                return True
    return False


def _followed_by_question(tokens: list[Token], i: int, last: int) -> bool:
    return any(t.norm == "?" for t in tokens[i:last])


#: Words of an answer: urgency about one ("need an answer by tomorrow", 至急お返事を) is a demand
#: for a reply, demands-reply's finding.
_ANSWER_WORDS = frozenset({"answer", "reply", "response", "decision", "confirmation", "返事", "返信", "回答", "返答"})
# In Japanese, asking to be told is asking for the answer: 至急、ご意向をお聞かせください, 至急教えてください, 至急ご連絡ください.
_ANSWER_WORDS_JA = _ANSWER_WORDS | frozenset({"意向", "聞かせる", "知らせる", "教える", "連絡"})


_NO_ANSWER_EN = frozenset({"hear", "reply", "response", "answer", "word"})


# The writer's action against the reader: a protest, a complaint, the law, going public.
_THREATS = frozenset(
    "抗議 法的 訴訟 提訴 申立て 申し立て 申立 告発 通報 告訴 公表 晒す legal lawyer lawyers solicitor solicitors court sue "
    "lawsuit tribunal complaint protest picket escalate expose".split()
)


def _threatens(toks: list[Token]) -> bool:
    """Whether the sentence names an action against the reader (:data:`_THREATS`) on a condition
    (if, unless, 場合, なければ)."""
    if not any(t.lemma in _THREATS or t.text in _THREATS or t.lnorm in _THREATS for t in toks):
        return False
    return _on_a_condition(toks)


_IF = ("if", "unless")
_IF_OTHERWISE = ("if", "unless", "otherwise")


def _on_a_condition(toks: list[Token], words: tuple[str, ...] = _IF) -> bool:
    """Whether a sentence sets a condition: "if", "unless" (or the other ``words``), 場合, なければ."""
    return any(t.lnorm in words or t.lemma == "場合" or t.text in ("なければ", "ないと", "なきゃ") for t in toks)


def _to_others(toks: list[Token]) -> bool:
    """Whether a sentence names someone else: 他の方, 別の医院, "another maker", "someone else"."""
    return any(t.lemma in ("他", "外", "別") or t.lnorm in ("other", "another", "someone", "else", "others") for t in toks)


def _passed_on(toks: list[Token]) -> bool:
    """Whether a sentence passes the writer's offer to someone else, on a condition: "If I don't hear back
    by tomorrow noon, the order goes to another maker", 「明日中にお返事をいただけない場合は、別の方にお声がけする
    ことになります」. (Before a date on the calendar, :func:`_calendar_date`, it only says what silence
    means: the answer's deadline, demands-reply's.)"""
    return _to_others(toks) and _on_a_condition(toks, _IF_OTHERWISE)


# A date on the calendar: 4月10日, 3月13日（金）, 4月末, "April 10", "10 April", "the end of April" (a month's
# name or its abbreviation, whole: not "market 12", "decide 3").
_MONTH_EN = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
_CALENDAR_DATE = regex.compile(
    r"\d{1,2}\s*月\s*(?:\d{1,2}\s*日|末|中|上旬|中旬|下旬)|[０-９]{1,2}月(?:[０-９]{1,2}日|末)"
    rf"|(?i:\b{_MONTH_EN}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b"
    rf"|\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH_EN}\b"
    rf"|\bend\s+of\s+{_MONTH_EN}\b)"
)


def _calendar_date(doc: Document, n: int) -> bool:
    """Whether sentence ``n`` or the one before names a date on the calendar as its deadline (「3月13日（金）までに
    ご返信ください。それまでにお返事がない場合は、別の案件をご紹介いたします」): silence before it passing the chance to
    someone else says what silence means, as labelers read it (demands-reply's). A close, relative deadline
    ("by tomorrow noon", 明日中, "by Thursday 5pm, otherwise the slot goes to another candidate") presses."""
    first = doc.sentences[n - 1].start if n > 0 else doc.sentences[n].start
    return _CALENDAR_DATE.search(doc.text, first, doc.sentences[n].end) is not None


def _without_an_answer(toks: list[Token], dated: bool = False) -> bool:
    """Whether the sentence makes the absence of an answer its condition and only takes it as a no:
    「ご返答がない場合はお断りと判断いたします」, "if I don't hear back, I'll assume it's a no". An
    opportunity passed to others on silence (「お返事がなければ他の方にお声がけします」, 「別の医院からもお問い合わせが
    あり、3日以内にご回答がない場合はそちらにご案内させていただきます」, "…or it goes to someone else") is
    scarcity, pushy's own, unless the deadline is a date on the calendar (``dated``): then it says what
    silence means."""
    if _to_others(toks) and not dated:
        return False
    for k, t in enumerate(toks):
        if t.lemma in _ANSWER_WORDS or t.lemma == "連絡":
            rest = toks[k + 1 : k + 4]
            if any(x.lemma in ("無い", "ない") for x in rest) and not any(x.lemma == "か" for x in rest):
                return True
        elif t.lnorm in ("n't", "not", "no") and any(x.lnorm in _NO_ANSWER_EN for x in toks[k + 1 : k + 3]):
            if any(x.lnorm in ("if", "unless") or x.norm in ("no",) for x in toks[max(0, k - 3) : k + 1]):
                return True
    return False


def _all_signed(doc: Document, start: int, end: int, signed: frozenset[str]) -> bool:
    """Whether every word of ``[start, end)`` stands in the signature block too."""
    words = [t.norm for t in doc.tokens if start <= t.start and t.end <= end and t.text.isalpha()]
    return bool(signed) and bool(words) and all(w in signed for w in words)


# Where the reader works or lives: a plan with a time "at your office" comes to them.
_THEIR_PLACES = frozenset("office offices shop store farm clinic house home door site studio restaurant lab premises workshop yard school".split())


def _at_their_place(words: list[str]) -> bool:
    """Whether a sentence's words go "at your office", "to your farm": the reader's place."""
    return any(w in ("at", "to") and words[k + 1] == "your" and words[k + 2] in _THEIR_PLACES for k, w in enumerate(words[:-2]))


def _writers_own_step(tokens: list[Token], first: int, sentence_first: int) -> bool:
    """Whether an urgency phrase's verb has the writer for its subject, right before it: "should I join
    now?", "we can start today", "I'll decide by Friday"."""
    return any(t.norm in ("i", "we") for t in tokens[max(sentence_first, first - 2) : first])


# What follows if the writer's terms are not met: "…, or the slot goes to the next band", "otherwise …".
_OR_ELSE = frozenset({"or", "otherwise", "else", "さもなければ", "でなければ", "さもないと"})


# The writer in a sentence: whose terms, offer or deadline it speaks of.
_WRITER_WORDS = frozenset({"i", "we", "me", "us", "my", "our", "'m", "私", "弊社", "当社", "僕", "わたし", "こちら"})


# The reader in a sentence, in either language: "your", "ur", 様, 貴社.
_OF_READER = _READER_WORDS | ADDRESSING


def _of_the_reader(toks: list[Token]) -> bool:
    """Whether a sentence speaks of the reader (your, 様, ご投稿: an honorific prefix on a noun) and has no
    word of the writer's: its hurry is the reader's own story, not the writer's pressure."""
    if any(t.norm in _WRITER_WORDS for t in toks):
        return False
    return any(
        t.norm in _OF_READER or (t.lemma == "御" and t.pos == "接頭辞" and k + 1 < len(toks) and toks[k + 1].pos == "名詞")
        for k, t in enumerate(toks)
    )


def _or_else(toks: list[Token]) -> bool:
    """Whether a sentence says what follows if the writer's terms are not met: "…, or the slot goes to the
    next band", "otherwise …", "After that the price goes up 15%", 「それ以降は料金が上がります」 (the
    next sentence's opening words are enough: "… by Monday at 9. After that the price goes up.")."""
    for k, t in enumerate(toks):
        if t.norm in _OR_ELSE:
            return True
        if t.norm == "after" and k + 1 < len(toks) and toks[k + 1].norm in ("that", "which", "this", "then"):
            return True
        if t.text in ("以降", "過ぎる", "過ぎ") and k > 0 and toks[k - 1].text in ("それ", "日", "期限", "を"):
            return True
    return False


def _an_answer_due(words: list[str]) -> bool:
    """Whether a planned sentence is about an answer the writer needs ("I'll need your answer by 5 pm
    tomorrow"): a deadline for a reply, demands-reply's, no meeting."""
    return any(w in _ANSWER_WORDS for w in words) and any(w in ("need", "expect", "require", "必要") for w in words)


def _about_an_answer(doc: Document, start: int, end: int) -> bool:
    """Whether the urgency words in ``[start, end)`` speak of an answer (:data:`_ANSWER_WORDS`):
    inside them ("need an answer by tomorrow") or right beside them in the same clause ("reply
    ASAP", 至急お返事ください)."""
    tokens = doc.tokens
    first = bisect_left(doc.token_starts, start)
    last = first
    while last < len(tokens) and tokens[last].end <= end:
        last += 1
    lo, hi = first, last
    while lo > 0 and first - lo < 2 and not tokens[lo - 1].is_punct:
        lo -= 1
    if doc.lang == "ja" and hi < len(tokens) and tokens[hi].text in ("、", "，"):
        hi += 1  # 「至急、ご意向をお聞かせください」: the adverb set off by a comma still bears on what follows
    reach = hi + 2 if doc.lang != "ja" else hi + 4
    while hi < len(tokens) and hi < reach and not tokens[hi].is_punct:
        hi += 1
    words = _ANSWER_WORDS_JA if doc.lang == "ja" else _ANSWER_WORDS
    return any(t.lnorm in words or t.lemma in words for t in tokens[lo:hi])


# Words between the writer's "will" or "have" and the verb of the plan: "I will also phone your centre",
# "I've gone ahead and put a slot in for Thursday".
_PLAN_FILLERS = frozenset({"also", "just", "then", "already", "definitely", "personally", "gone", "ahead", "and", "went"})


def _verb_after(words: list[str], i: int) -> str:
    """The first word from ``words[i]`` on that is not a filler of the plan ("also", "gone ahead and"), or ""."""
    while i < len(words) and words[i] in _PLAN_FILLERS:
        i += 1
    return words[i] if i < len(words) else ""


def _ja_if(tokens: list[Token], first: int, k: int) -> bool:
    """Whether the たら at ``tokens[k]`` says "if" (ご興味がありましたら, よかったら, ご不明点がございましたら,
    会場が公民館でしたら, 難しくなかったら) rather than "once" (追加いただけましたら, 番号わかったら): a
    wish, a quality, a state or a negation stands before it, not a step someone takes."""
    j = k - 1
    while j > first and tokens[j].lemma == "ます":
        j -= 1  # ありましたら: the verb before the polite ending
    before = tokens[j] if j >= first else None
    if before is not None and (before.pos == "形容詞" or before.lemma in _JA_STATE):
        return True
    return any(u.lemma in _JA_WISH for u in tokens[max(first, k - 5) : k])


def _te_form(tokens: list[Token], k: int, last: int) -> bool:
    """Whether the verb ``tokens[k]`` goes on in て (兼ねて, 持って), subordinate to the verb after it."""
    return k + 1 < last and tokens[k + 1].text in ("て", "で") and tokens[k + 1].pos == "助詞"


def _modifies_a_noun(tokens: list[Token], k: int, last: int) -> bool:
    """Whether the verb at ``k`` ends a relative clause: its endings (た, ている) run into a noun
    (「伺った今井様の携帯」「聞いた番号」「使っている携帯」)."""
    if tokens[k].pos != "動詞":
        return False
    j = k + 1
    while j < last and j - k <= 4 and (tokens[j].pos == "助動詞" or tokens[j].lemma in ("て", "で", "居る", "いる")):
        j += 1
    return j > k + 1 and tokens[j - 1].lemma in ("た", "いる", "居る", "てる") and j < last and tokens[j].pos in ("名詞", "接頭辞", "代名詞")


def _ja_verb_of(tokens: list[Token], verbs: dict, start: int, last: int):  # type: ignore[no-untyped-def]
    """The visit or call verb a time run at ``start`` leads to: within 5 tokens, or further in its
    clause when no other verb comes between (「明日3月7日の17時に、御社の代表番号から大島様あてにお電話
    いたします」; not 「明日10時に会議があるので、お電話します」, where the time is the meeting's)."""
    for k in range(start, min(last, start + 20)):
        if _modifies_a_noun(tokens, k, last) and any(t.norm in ("、", ",", "，") for t in tokens[start:k]):
            # 「14時に、リハ科の方から伺った今井様の携帯へ」: set off from the time, a relative clause on the noun
            # is no predicate of its own (「明日10時に決まった件」: the time is the clause's own)
            continue
        if k in verbs:
            tail = tokens[verbs[k].last : min(last, verbs[k].last + 3)]
            if tail and tail[0].lemma == "たい":
                return None  # 「お話を伺いたく」: a wish, which presumes nothing
            if k >= start + 5 and any(t.lemma == "た" for t in tail):
                return None  # 3月5日の展示会で小林様のブースに伺いました: a visit made, not one presumed
            return verbs[k]
        t = tokens[k]
        if t.text in ("。", "！", "？") or (t.pos == "動詞" and t.lemma not in ("為る", "致す", "居る", "掛ける") and not _te_form(tokens, k, last)):
            return None  # another predicate: the time is its (not a verb in て, which leads on to the
            # plan: 「午前10時に、ご挨拶を兼ねて御組合へお伺いします」)
    return None


def _counts_left(doc: Document) -> list[tuple[int, int, str, dict]]:
    """Counts of what is left (:data:`_COUNT_LEFT_EN`, :data:`_COUNT_LEFT_JA`) in sentences the act model
    reads as pressure from :data:`STOCK_PRESSURE`: stock running out, said to hurry the reader."""
    pattern = _COUNT_LEFT_JA if doc.lang == "ja" else _COUNT_LEFT_EN
    matches = list(find_pattern(pattern, doc.text))
    if not matches:
        return []
    acts = document_acts(doc)
    out = []
    for m in matches:
        n = _sentence_at(doc, m.start())
        # the pressure may be the next sentence's: 「枠はもう1つだけなんです！明日までにお返事ください、埋まっちゃうので」
        near = [k for k in (n, n + 1) if 0 <= k < len(doc.sentences)]
        if n < 0 or max(acts.of(k, "pressure") for k in near) < STOCK_PRESSURE:
            continue
        if doc.lang == "en" and (
            _OURS_LEFT.search(doc.text, doc.sentences[n].start, m.start()) or _LEFT_TO_DO.match(doc.text, m.end())
        ):
            continue  # "I have only one question left", "only two boxes left to unpack": the writer's, or a task
        out.append((m.start(), m.end(), "scarcity", {}))
    return out


@per_draft
def _sentence_starts(doc: Document) -> list[int]:
    return [s.start for s in doc.sentences]


def _sentence_at(doc: Document, offset: int) -> int:
    """The index of the sentence that holds character ``offset`` (-1 before the first)."""
    return bisect_right(_sentence_starts(doc), offset) - 1
