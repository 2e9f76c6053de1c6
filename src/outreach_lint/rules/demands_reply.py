"""Requiring or chasing an answer: a deadline for a reply, insisting on one, reproach for silence.

## What it does
Finds the sentences that make a reply an obligation rather than an option:

- a **deadline** for the answer: a way of answering (reply, respond, get back to me, let me know,
  confirm, "DM me back", "a response" or "a decision" when the writer wants one ("I'd appreciate a
  response", "give me a yes or no", "a reply is required by 30 April"), "I need to know by …"; 返事・返信・回答・
  連絡・ご一報) with a time limit (by/before/within/no later than/in the next, or "latest" as in "revert latest Wednesday", or a near
  time with no "by" right after the answer asked, "the courtesy of a reply this week", "let me know today" (not the writer's
  own "I will reply this week") + Monday, end of day, the
  15th, the next hour, 24 hours, seven days, or "before then" after a time just said: "the rate ends
  this Friday, so … hear back from you before then"; 明日までに, 4月20日（月）正午までに、今週中に、3営業日以内に、48時間以内に、3月13日（金）までに, 今週金曜日（4月17日）までに: a weekday or a date in brackets belongs to
  the date) and, in Japanese, a request (ください、お願いします、いただけますか、返信してください、
  casual 連絡してね, くれ or ちょうだい: 返事は3日以内にくれ, or a notice's plain instruction: 3月14日までに返信すること。;
  the deadline may be set off by a comma: 「本日17時までに、実施の可否をご回答ください」, and a clause without a verb
  may follow it: 「3月20日（金）までに、ご採否だけでも結構ですのでご返信ください」, and so may what to answer, a
  whether-clause: 「本日17時までに、お申し込みされるかどうかのご返答をお願いいたします」 ("your answer on whether
  you will sign up by 5pm today"); the deadline may also stand between
  the reply word and its request: 「ご回答は3月31日までに必ずお願いいたします」, after a comma or "without fail":
  「ご返答は、必ず今週金曜日までにお願いいたします」 ("even just a yes or no will
  do" still asks, where 「ご返信は結構です」 lets the answer go); an answer the writer needs done by a time
  ("We need this answered by Wednesday noon", "I'd like it confirmed by Friday", 「水曜正午までにご回答が必要です」;
  not "You answered by Friday last time");
  the limit before or after the reply word; "your written response", a receipt acknowledged ("Please acknowledge
  receipt of this email within 48 hours"), chat spelling "ur answer by tmrw", "within
  the week" count too; and where a comma or a long object cuts the limit off from
  the reply word, 今週中に、ご意向だけでもお聞かせください, the limit in a sentence the act model reads
  as demanding a reply, unless the sentence offers a way out, "if you have time");
- an **urgent** answer: "reply ASAP", "let me know today", 至急ご返信ください, お返事を必ずお願いします,
  必ずご一報ください, 絶対返してね, そろそろ返事ください (it is time it came), and with the verb left out: 今すぐこのDMに返信を！;
  contact pressed only by hurry is a pitch's call to action, pushy's to judge, as "contact us right now"
  is in English (今すぐご連絡ください, 至急お電話ください; blind writers labeled it so in 17 of 18 drafts), unless
  it is asked for on reading this message (DM見たらすぐ連絡ください), by a deadline or without fail;
- **insisting**: "I need your answer", "I expect a reply", "make sure to respond", "I must insist on
  a response by Wednesday", "please do reply, even just a line", "please just reply yes or no" (not "just reply to
  this email if you're curious"), "I will be waiting for your answer",
  "reply pls, I need you to confirm this", a deadline then 必ず (7月10日までに、お支払い予定日を必ずご返信ください; after a condition of
  the reader's interest too, 「ご興味があれば、今週金曜までに必ず返信ください」), or at least an answer, whatever it is ("could you at least let me
  know", 「リアクションだけでもください」, 「せめて無理なら無理って返してほしい」, 「ひと言でいいから返事ちょうだい」,
  "Just reply, even one word!"; not a chaser's polite 「一言だけでもお願いします」, follow-up-chasing's);
- an **ultimatum**: a condition on their silence with a deadline ("if we don't hear back by Friday
  we'll take the other offer", "If I have no answer by 5pm tomorrow, I'll take it as a no",
  48時間以内に返事なければこの話はなしで, 金曜までにご返信がない場合は…), unlike
  "if I don't hear back, no worries" or ご返信がない場合は without a deadline;
- **reproach** for silence: "still waiting on you", "you never replied", "I haven't heard back", "why no
  reply?" (not "I wondered why no reply came from the council"),
  まだ返信をいただけていませんが, ご返信がないのですが, 既読スルー, なぜご回答いただけないのでしょうか,
  なんで返事くれないの.

The span covers the words that demand: the reply word with its deadline or urgent adverb, or the
reproach. Soft closings stay silent: "I look forward to hearing from you", "whenever suits you",
"no need to reply", ご返信いただけますと幸いです, お返事をお待ちしております, 返信は不要です,
お返事はなくて大丈夫です (no reply is fine, not a reply missed), and a
sentence that offers a way out ("no rush", ご都合のよいときに, ご興味があれば). So does the writer's own promise
("I'll get back to you by Friday", 明日までにご連絡いたします), silence from someone else ("I haven't
heard back from the recruiter"), a condition ("if I don't hear back", ご返信がない場合は), a
negation ("I really don't expect an answer"), at least an answer only hoped for ("even a one-word reply would help", 「一言だけでも返事もらえたら助かります」; not
with a deadline asked right after it, 「…もらえると嬉しいです。今週中にお願いします！」), the demand set aside ("please treat this as an open offer
rather than a request that needs an answer soon", 「ご返答を必ずお願いするものではなく」「…わけではありません」), and leave to ignore the message (無視してください,
無視していただいても構いません; 無視しないでください still reproaches), nor something else being ignored
(「CSVの1行目が無視されるようです」: a subject with が/は that is neither the writer nor their message).
Once they have replied (a ``thread`` with a message from them), a date for an answer is
logistics between two people already talking: only insisting and reproach are findings then (a
deadline "without fail", 3月13日までに必ずご回答ください, insists), and a decision asked on a matter
of the work ("we still need your decision on whether contractors log in…") is not insisting. Two
messages of the writer's unanswered since their last reply end that conversation: a deadline is then
a demand again (明日中に採否をご回答ください after two follow-ups).
In a chaser (a thread ending in unanswered messages, even after an earlier reply of theirs, or a
sentence the act model reads as a follow-up),
noting the silence ("I still haven't heard back", まだお返事をいただけておりません) is the chase,
follow-up-chasing's to judge; asked as a question ("why haven't you replied?") it is a reproach here.

## Why is this bad?
The advice (002 §6) is not to ask for or expect a reply: a stranger owes the writer nothing, and
silence is normal. A deadline, an insistence or a reproach turns a request into a demand and
makes the writer look entitled; it lowers the chance of any reply at all.

## Example
Bad (English):

    Hi Dana, I'm a data engineer at Fieldnote. Please get back to me by Monday, I need your answer this week.

Better:

    Hi Dana, I'm a data engineer at Fieldnote. If this is of interest, I'd be glad to hear from you whenever suits you.

Bad (Japanese):

    山田様、フィールドノートの佐藤です。明日までにお返事をください。まだ返信をいただけていませんが、いかがでしょうか。

Better:

    山田様、フィールドノートの佐藤です。ご興味があれば、ご都合のよいときにお返事いただけますと幸いです。

## Options
- ``extra-phrases`` (none): more phrases, by language and group (``insist``, ``reproach``,
  ``reply``, ``urgent``, ``soft``, ``no_answer``: no answer had, read only as a condition with a deadline); a plain list goes to ``insist``: ``{en = ["awaiting your verdict"]}``.
"""

from __future__ import annotations

from typing import Iterator, Sequence

import regex

from ..analysis.acts import document_acts
from ..analysis.conversation import follow_up_sentences
from ..analysis.introductions import shows_earlier_contact
from ..analysis.phrases import PhraseList, PhraseMatch, load_data
from ..analysis.times import LATER_GROUPS, TIME_PHRASES, en_time_at, en_time_spans, ja_time_run
from ..core.context import Context
from ..core.document import Document, Token
from ..core.finding import Finding, Severity
from ..core.rule import Rule

__all__ = ["DemandsReply"]

_DATA = load_data("demands-reply.toml")
_PHRASES = PhraseList({lang: {g: ps for g, ps in groups.items() if g not in LATER_GROUPS} for lang, groups in _DATA.items()})

# What makes "a reply" / "an answer" something the writer asks for ("I need a yes or no by Monday",
# "I'd appreciate a response by 15 March"), not something the writer sends or once got.
# Times near enough to press an answer asked for with no "by": "reply this week", "let me know today".
_NEAR_TIMES = frozenset({"today", "tonight", "tomorrow", "this"})
_JA_MUST = frozenset({"必ず", "絶対"})  # 必ず・絶対: without fail
_WANTING = frozenset({"need", "want", "expect", "appreciate", "like", "love", "require", "request", "please", "await", "insist", "gimme"})

# Reply verbs whose subject may be the writer ("I'll confirm by Friday" is a promise, not a demand).
_SELF_VERBS = frozenset({"reply", "respond", "answer", "confirm", "revert", "write", "rsvp"})
_FIRST_PERSON = frozenset({"i", "we", "i'll", "we'll"})
_CONDITION = frozenset({"if", "unless", "case", "whether"})
# Silence only counts when it is the recipient's: "haven't heard back from the recruiter" is news.
_FROM_OTHERS_OK = frozenset({"you", "your", "yours"})
#: Words that make "without a reply" acceptable: 「なくて大丈夫」「なくて結構」「なくていい」.
_JA_FINE = frozenset({"大丈夫", "結構", "構う", "良い", "いい", "宜しい", "よろしい", "問題"})
_JA_NEGATION = frozenset({"ない", "無い", "ず", "ぬ"})
_JA_REPLY_NOUNS = frozenset({"返事", "返信", "回答", "返答", "連絡", "折り返し", "レス", "答え"})
_JA_SILENCE_VERBS = frozenset({"頂く", "いただく", "戴く", "貰う", "もらう", "来る", "くる", "届く", "ある", "有る", "下さる"})
_JA_CONDITIONAL_AFTER = frozenset({"ても", "でも", "場合", "なら", "ば", "ように", "よう", "と", "限り", "時", "とき", "際"})


def _even_just(tokens: list[Token], i: int) -> bool:
    """Whether 結構 at ``tokens[i]`` follows だけでも / のみでも: "even just that will do", a smaller answer
    still asked for, not the answer let go (返信は結構です)."""
    return tokens[i].norm == "結構" and i >= 3 and tokens[i - 2].norm == "で" and tokens[i - 1].norm == "も" and tokens[i - 3].norm in ("だけ", "のみ")


class DemandsReply(Rule):
    code = "OL202"
    name = "demands-reply"
    languages = frozenset({"ja", "en"})
    severity = Severity.WARNING
    advice = "002 §6"
    phrases = _PHRASES  # extended per instance by the ``extra-phrases`` option
    time_phrases = TIME_PHRASES  # likewise
    doc_ja = """
    ## 何をするか
    返信を「お願い」ではなく「義務」にしてしまう文を見つけます。

    - 返信の**期限**：返事・返信・回答・連絡・ご一報（reply, get back to me, let me know, "DM me back"、書き手が求める
      "a response"・"a decision"（"a reply is required by 30 April" のような受け身も）、"I need to know by …"）に期限（"no later than"、"in the next hour"、"revert latest Wednesday" の "latest"、"within seven days"、直前に述べた時を指す "before then"、"by" のない近い時 "the courtesy of a reply this week" "let me know today"（書き手自身の "I will reply this week" は除く）も含む）
      （明日までに、今週中に、3営業日以内に、48時間以内に、3月13日（金）までに、今週金曜日（4月17日）までに（括弧の曜日や日付は日付の一部）、by Monday）と依頼（ください、お願いします、いただけますか、返信してください、くだけた「連絡してね」「くれ」「ちょうだい」、通知のような言い切りの「3月14日までに返信すること。」。期限は返信の語の前でも後でも：「返事は3日以内にくれ」。期限の直後に読点があっても：「本日17時までに、実施の可否をご回答ください」。返信の語と依頼の間に期限があっても：「ご回答は3月31日までに必ずお願いいたします」（読点や「必ず」が先に来ても：「ご返答は、必ず今週金曜日までにお願いいたします」）。動詞のない節を挟んでも：「3月20日（金）までに、ご採否だけでも結構ですのでご返信ください」（「だけでも結構」は求める答えを小さくするだけで、「ご返信は結構です」のように返事を免じてはいません）。答える内容の「かどうか」の節を挟んでも：「本日17時までに、お申し込みされるかどうかのご返答をお願いいたします」。書き手が期限までに必要とする答え：「水曜正午までにご回答が必要です」"We need this answered by Wednesday noon"（"You answered by Friday last time" は過去のことで要求ではありません）。"your written response"、受け取りの返事 "Please acknowledge receipt of this email within 48 hours"、チャット表記の "ur answer by tmrw"、"within the week" も数えます）が付いたもの
    - **急かす**返信：至急ご返信ください、お返事を必ずお願いします、「DM見たらすぐ連絡ください」、必ずご一報ください、絶対返してね、「そろそろ返事ください」、動詞を省いた「今すぐこのDMに返信を！」（急ぎの言葉だけで促す連絡やお電話、「今すぐご連絡ください」「至急お電話ください」は売り込みの行動喚起で、英語の "contact us right now" と同じく pushy が判断します。このメッセージを見たら、期限まで、必ず、と求めるときは返信の要求です）、"reply ASAP"
    - **最後通告**：期限付きの、返事がない場合の条件（「48時間以内に返事なければこの話はなしで」「金曜までにご返信がない場合は…」
      "if we don't hear back by Friday we'll take the other offer"、"If I have no answer by 5pm tomorrow, I'll take it as a no"。期限のない「ご返信がない場合は」や
      "if I don't hear back, no worries" は違います）
    - **要求**："I need your answer"、"I expect a reply"、"I must insist on a response by Wednesday"、"please do reply, even just a line"、"please just reply yes or no"（"just reply to this email if you're curious" は除く）、"I will be waiting for your answer"、期限の後の「必ず」（「7月10日までに、お支払い予定日を必ずご返信ください」。関心を条件にしても同じ：「ご興味があれば、今週金曜までに必ず返信ください」）、
      内容を問わず返事だけは求めるもの（「リアクションだけでもください」「せめて無理なら無理って返してほしい」「ひと言でいいから返事ちょうだい」"Just reply, even one word!"。追いかけの丁寧な「一言だけでもお願いします」は follow-up-chasing の指摘です。
      "could you at least let me know"）
    - 返信がないことへの**非難**：まだ返信をいただけていませんが、ご返信がないのですが、既読スルー、なぜご回答いただけないのでしょうか、なんで返事くれないの、
      "still waiting on you"、"you never replied"、"why no reply?"（"I wondered why no reply came from the council" は除く）

    範囲は要求している語（返信の語と期限・副詞、または非難の表現）です。ご返信いただけますと幸いです、
    お返事をお待ちしております、返信は不要です、お返事はなくて大丈夫です（返事がなくてよいという意味で、返事がないことへの非難ではありません）、ご都合のよいときに、ご興味があれば、といった柔らかい結びには反応しません。
    自分の約束（明日までにご連絡いたします）、第三者の沈黙（採用担当から返事がない）、条件（ご返信がない場合は）、
    否定（"I really don't expect an answer"）、「せめて一言」を望むだけの言い方（「一言だけでも返事もらえたら助かります」"even a one-word reply would help"。直後に期限を求める「…もらえると嬉しいです。今週中にお願いします！」は除く）、求めること自体を打ち消す言い方（「ご返答を必ずお願いするものではなく」「…わけではありません」、
    "please treat this as an open offer rather than a request that needs an answer soon"）、無視してよいという断り（無視してください、無視していただいても
    構いません。無視しないでください は非難です）、ほかのものが無視されること（「CSVの1行目が無視されるようです」：
    が・は で示す主語が書き手でもそのメッセージでもない）にも反応しません。相手から返信があった後（``thread`` に相手のメッセージがある）は、期限は会話中の段取りなので
    対象外とし、要求と非難だけを指摘します（「3月13日までに必ずご回答ください」のように「必ず」の付いた期限は要求です。
    仕事の事柄についての判断を求める "we still need your decision on whether contractors log in…" は要求ではありません）。ただし相手の最後の返信のあと、書き手のメッセージが2通続けて返信のないままなら会話は途切れており、期限は再び要求です
    （追いかけ2通のあとの「明日中に採否をご回答ください」）。
    追いかけのメッセージ（返信のないメッセージで終わるスレッド（以前に相手の返信があっても）や、act モデルが
    追いかけと読む文があるもの）では、返信がないと
    書くこと（「まだお返事をいただけておりません」）は追いかけそのもので、follow-up-chasing が判定します。
    「なぜご返信いただけないのでしょうか」のように問いただすと、ここでの指摘になります。

    ## なぜ問題か
    記事は返信を求めない・期待しないよう勧めています（002 §6）。初対面の相手に返信の義務はなく、
    返事がないのは普通のことです。期限や催促、非難は依頼を要求に変え、送り手を厚かましく見せ、
    返信の可能性をかえって下げます。

    ## 例
    悪い例：

        山田様、フィールドノートの佐藤です。明日までにお返事をください。まだ返信をいただけていませんが、いかがでしょうか。

    より良い例：

        山田様、フィールドノートの佐藤です。ご興味があれば、ご都合のよいときにお返事いただけますと幸いです。

    悪い例（英語）： ``Please get back to me by Monday, I need your answer this week.``

    より良い例（英語）： ``If this is of interest, I'd be glad to hear from you whenever suits you.``

    ## オプション
    - ``extra-phrases``（なし）：言語・グループ（``insist``、``reproach``、``reply``、``urgent``、``soft``、``no_answer``：期限つきの条件としてだけ読む「答えがない」）ごとに表現を
      追加します。リストだけなら ``insist`` に入ります：``{ja = ["返信を求める"]}``。原形で書けば活用形にも一致します。
    """
    messages = {
        "deadline": {
            "en": "A deadline for a reply ({words}): a stranger owes you no answer, let alone by a date",
            "ja": "返信に期限を付けています（{words}）：初対面の相手に返信の義務はありません",
        },
        "urgent": {
            "en": "Pressing for a quick reply ({words}): silence is normal, do not rush a stranger",
            "ja": "返信を急かしています（{words}）：返事がないのは普通のことです",
        },
        "insist": {
            "en": "Insisting on a reply ({words}): it reads as a demand, not a request",
            "ja": "返信を強く求めています（{words}）：お願いではなく要求に聞こえます",
        },
        "reproach": {
            "en": "Reproach for silence ({words}): it makes a reply less likely, not more",
            "ja": "返信がないことを責めています（{words}）：かえって返信が遠のきます",
        },
        "soft_fix": {
            "en": "Leave the answer to them: \"If this is of interest, I'd be glad to hear from you whenever suits you.\"",
            "ja": "返信は相手に委ねましょう：「ご興味があれば、ご都合のよいときにお返事いただけますと幸いです。」",
        },
        "reproach_fix": {
            "en": "Drop the reproach and add something new: \"In case it is useful, here is the benchmark I mentioned.\"",
            "ja": "非難は削り、新しい情報を一つ添えましょう：「ご参考までに、先日お話しした資料をお送りします。」",
        },
    }

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        found = self._check_en(doc) if doc.lang == "en" else self._check_ja(doc)
        found += self._deadline_by_acts(doc, ctx, found)
        if ctx.they_replied and ctx.unanswered_streak < 2:
            # Two of the writer's messages unanswered since their last reply end the conversation: a
            # deadline is then a stranger's demand again (明日中に採否をご回答ください after two follow-ups).
            # in a conversation they joined, "could you confirm by Friday?" is logistics, not a demand, and so
            # is "we still need your decision on whether contractors log in…": a decision on a matter of the work
            found = [f for f in found if f[2] in ("insist", "reproach") and not _on_a_matter(doc, f)]
        if ctx.unanswered_streak or follow_up_sentences(doc):
            # In a chaser, "I still haven't heard back" states the chase (follow-up-chasing's to judge);
            # asked as a question ("why haven't you replied?", なぜご返信いただけないのでしょうか) it
            # demands an answer.
            found = [f for f in found if f[2] != "reproach" or _asked(doc, f[0])]
        reach = -1  # sorted by start: a finding overlaps a kept one iff it starts before this
        for start, end, key in sorted(found, key=lambda f: (f[0], -f[1])):
            if start < reach:
                continue
            reach = end
            words = doc.text[start:end]
            fix = "reproach_fix" if key == "reproach" else "soft_fix"
            yield self.finding(ctx, start, end, self.say(ctx, key, words=words), suggestion=self.say(ctx, fix))

    def _deadline_by_acts(self, doc: Document, ctx: Context, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """Deadlines the grammar could not tie to their reply word, in sentences the act model reads
        as demanding a reply (:data:`REPLY_DEMAND`): 「今週中に、ご意向だけでもお聞かせください」,
        「3月10日までに、ご依頼いただけるかどうかだけでもお返事をお願いいたします」, "by Friday, whatever you
        decide, please let me know", where a comma or a long object stands between them. The span
        is the deadline. Not in mail the text shows to be between two who already work together."""
        demands = document_acts(doc).sentences_with("reply_demand", REPLY_DEMAND)
        if not demands or (not ctx.thread and shows_earlier_contact(doc)):
            return []  # most drafts: no sentence read as a demand, and no time spans to look for
        tokens = doc.tokens
        times = en_time_spans(doc, self.time_phrases) if doc.lang == "en" else {}
        soft = {doc.sentence_index[m.first] for m in self.phrases.matches(doc, ["soft"])}
        out: list[tuple[int, int, str]] = []
        for n in demands:
            sentence = doc.sentences[n]
            if n in soft or any(sentence.start <= f[0] < sentence.end for f in found):
                continue  # "by Friday if you have time", ご都合がよろしければ: a way out offered
            for k in range(sentence.first, sentence.last):
                if doc.lang == "ja":
                    run = ja_time_run(tokens, k)
                    end = run[0] if run and run[1] else None
                else:
                    end = en_time_at(times, tokens, k + 1) if tokens[k].lnorm in _EN_BY else None
                if end is not None:
                    out.append((tokens[k].start, tokens[end - 1].end, "deadline"))
                    break
        return out

    # -- English ---------------------------------------------------------------------
    def _check_en(self, doc: Document) -> list[tuple[int, int, str]]:
        tokens = doc.tokens
        phrases = self.phrases
        times: dict[int, int] | None = None
        soft_tokens = {m.first for m in phrases.matches(doc, ["soft"])}
        matches = phrases.matches(doc, ["reply", "insist", "reproach", "no_answer"])
        urgent = {u.first: u for u in phrases.matches(doc, ["urgent"])}
        bounds = doc.sentence_bounds
        soft_sentences = {bounds[i] for i in soft_tokens}
        out: list[tuple[int, int, str]] = []
        for m in matches:
            first, last = bounds[m.first]
            soft = (first, last) in soft_sentences
            if m.group == "reproach":
                if _silence_of_others(tokens, m.last, last):
                    continue
                if (
                    tokens[m.first].norm == "why" and tokens[m.first + 1].norm in ("no", "the") and m.last < last
                    and tokens[m.last].norm not in ("yet", "from", "to", "?", "!", ".", ",")
                ):
                    continue  # "I wondered why no reply came": the silence a clause tells of, not asked of them
            if m.group in ("no_answer", "reproach") and self._conditional_before(tokens, m.first, first):
                # silence as a condition: "if I don't hear back, no worries" leaves it to them; with a deadline,
                # "if we don't hear back by Friday we'll take the other offer", "If I have no answer by 5pm
                # tomorrow, I'll take it as a no", it is an ultimatum
                if times is None:
                    times = en_time_spans(doc, self.time_phrases)
                hit = self._deadline_after(tokens, times, m, last)
                if hit:
                    out.append(hit)
                continue
            if m.group == "no_answer":
                continue  # "I have no answer to that yet": no answer had counts only as a condition
            if m.group == "reproach":
                out.append((m.start, m.end, "reproach"))
            elif m.group == "insist" and not soft:
                if self._conditional_before(tokens, m.first, first) or _negated_before(tokens, m.first, first):
                    continue  # "if you need an answer", "I really don't expect an answer"
                out.append((m.start, m.end, "insist"))
            elif m.group == "reply" and not soft:
                before = tokens[max(first, m.first - 5) : m.first]
                give_me = any(t.lemma == "give" and k + 1 < len(before) and before[k + 1].norm == "me" for k, t in enumerate(before))
                # "A reply is required by 30 April": wanted in the passive
                passive = m.last + 1 < last and tokens[m.last].lemma == "be" and tokens[m.last + 1].lemma.lower() in _WANTING
                if passive and tokens[m.last + 1].lemma.lower() == "require" and not _negated_before(tokens, m.last + 1, first):
                    out.append((m.start, tokens[m.last + 1].end, "insist"))  # "A reply is required."
                if tokens[m.first].norm in ("a", "an") and not give_me and not passive and not any(t.lemma.lower() in _WANTING for t in before):
                    continue  # "a response by Friday" is asked for only when wanted: "I'd appreciate a response"
                verb = tokens[m.first].norm
                # "We need this answered by Wednesday noon": a participle the writer wants done is asked of them
                wanted = verb.endswith("ed") and _wanted_done(tokens, m.first, first)
                if tokens[m.first].lemma in _SELF_VERBS and not wanted and any(
                    t.norm in _FIRST_PERSON for t in tokens[max(first, m.first - 3) : m.first]
                ):
                    continue
                if m.phrase == "need to know" and (m.last >= last or tokens[m.last].norm not in _KNOW_BY):
                    continue  # "I need to know by Friday" demands; "we need to know more about the site" asks nothing
                if verb != tokens[m.first].lemma and verb.endswith(("s", "ed")) and tokens[m.first].lemma in _SELF_VERBS and not wanted:
                    continue  # "our team responds within 5 minutes", "you replied by Friday": not a request
                if times is None:
                    times = en_time_spans(doc, self.time_phrases)
                hit = self._deadline_after(tokens, times, m, last) or self._deadline_before(tokens, times, m, first)
                if not hit:
                    hit = self._urgent_after(tokens, urgent, m, last)
                    if hit and urgent[_first_after(urgent, m.last)].phrase in _WHEN_WORDS and not _requested(tokens, m.first, first):
                        hit = None  # "great to hear from you today" is news; "please reply today" asks
                if hit:
                    out.append(hit)
        return out

    @staticmethod
    def _conditional_before(tokens: list[Token], i: int, first: int) -> bool:
        return any(t.norm in _CONDITION for t in tokens[max(first, i - 4) : i])

    @staticmethod
    def _deadline_after(tokens, times, m: PhraseMatch, last: int) -> tuple[int, int, str] | None:
        # a near time with no "by" right after the answer asked of them: "the courtesy of a reply this week",
        # "get back to me today" (not the writer's own "I'll reply this week")
        if m.last < last and tokens[m.last].norm in _NEAR_TIMES and not tokens[m.first].norm.endswith("ing") and not (
            m.first > 0 and tokens[m.first - 1].norm in ("i", "will", "'ll", "’ll", "we", "to", "for")
        ):  # ("Thanks for getting back to me today": an answer had, not asked)
            end = en_time_at(times, tokens, m.last)
            if end is not None:
                return tokens[m.first].start, tokens[end - 1].end, "deadline"
        for j in range(m.last, min(last, m.last + 9)):
            norm = tokens[j].norm
            no_later = norm == "no" and j + 2 < last and tokens[j + 1].norm == "later" and tokens[j + 2].norm == "than"
            in_the_next = norm == "in" and j + 2 < last and tokens[j + 1].norm == "the" and tokens[j + 2].norm == "next"
            # "revert latest Wednesday", "reply latest by Friday": by then at the latest (West African English)
            latest = norm == "latest" and tokens[j - 1].norm not in ("the", "our", "your", "my", "its")
            if norm in ("by", "before", "within", "until") or no_later or in_the_next or latest:
                k = j + 3 if no_later else j + 1
                end = en_time_at(times, tokens, k)
                if end is None and k < last and tokens[k].norm == "then" and norm != "within":
                    # "Our rate ends this Friday, so … hear back from you before then": the time said just before
                    end = k + 1 if any(m.first - 30 <= t < m.first for t in times) else None
                if end is not None:
                    return tokens[m.first].start, tokens[end - 1].end, "deadline"
            if norm == "and" and j + 1 < last and tokens[j + 1].norm in ("no", "by", "before", "within"):
                continue  # "respond at your earliest convenience and no later than Friday"
            if norm in (".", "?", "!", ";", "and", "but", "so", "if"):
                break
        return None

    @staticmethod
    def _deadline_before(tokens, times, m: PhraseMatch, first: int) -> tuple[int, int, str] | None:
        for j in range(max(first, m.first - 6), m.first):
            if tokens[j].norm in ("by", "before", "within"):
                end = en_time_at(times, tokens, j + 1)
                if end is not None and end <= m.first and m.first - end <= 3:
                    return tokens[j].start, tokens[m.last - 1].end, "deadline"
        return None

    @staticmethod
    def _urgent_after(tokens, urgent: dict[int, PhraseMatch], m: PhraseMatch, last: int) -> tuple[int, int, str] | None:
        for j in range(m.last, min(last, m.last + 5)):
            if j in urgent:
                return tokens[m.first].start, urgent[j].end, "urgent"
            if tokens[j].norm in (".", "?", "!", ";", "and", "but", "if"):
                break
        return None

    # -- Japanese --------------------------------------------------------------------
    def _check_ja(self, doc: Document) -> list[tuple[int, int, str]]:
        tokens = doc.tokens
        phrases = self.phrases
        replies = phrases.matches(doc, ["reply"])
        urgent = phrases.matches(doc, ["urgent"])
        # 「ご採否だけでも結構ですので」: "even just a yes or no will do" lowers the bar, and still asks
        soft_tokens = {m.first for m in phrases.matches(doc, ["soft"]) if not _even_just(tokens, m.first)}
        fixed = phrases.matches(doc, ["reproach", "insist"])
        bounds = doc.sentence_bounds
        soft_sentences = {bounds[i] for i in soft_tokens}
        urgent_at = {u.first: u for u in urgent}
        out: list[tuple[int, int, str]] = []
        for m in fixed:
            if m.group == "reproach" and _permits(tokens, m.last, bounds[m.first][1]):
                continue  # 無視してくださって大丈夫です: leave to ignore, the opposite of a reproach
            if m.group == "reproach" and _something_else_ignored(tokens, bounds[m.first][0], m.first):
                continue  # 「1行目が無視されるっぽいです」「警報が多すぎると現場で無視される」: not the writer's message
            if m.group == "insist" and _hoped_for(tokens, m.last, bounds[m.first][1]) and not _deadline_next(tokens, bounds[m.first][1]):
                # 「一言だけでも返事もらえたら助かります」: hoped for, as "even a one-word reply would help"; not with a
                # deadline asked right after it: 「…返事もらえると嬉しいです。今週中にお願いします！」
                continue
            if m.group == "reproach" or bounds[m.first] not in soft_sentences:
                out.append((m.start, m.end, m.group))
        for m in replies:
            first, last = bounds[m.first]
            soft = (first, last) in soft_sentences
            if soft and any(t.lemma in _JA_MUST for t in tokens[max(first, m.first - 3) : m.first]) and (
                self._ja_deadline_before(tokens, m.first, first) is not None
            ):
                soft = False  # 「ご興味があれば、今週金曜までに必ず返信ください」: the condition is the interest's; the answer is due
            if m.first > first and tokens[m.first - 1].pos == "接頭辞" and tokens[m.first - 1].lemma == "御":
                prefix = tokens[m.first - 1]  # お返事, ご返信: the honorific belongs to the word
                m = PhraseMatch(prefix.start, m.end, m.first - 1, m.last, m.group, m.phrase)
            request = None if soft else self._ja_request(tokens, m.last, last)
            if request is None and not soft:
                # 48時間以内に返事なければこの話はなしで: no answer by a deadline, and a consequence
                ultimatum = self._ja_ultimatum(tokens, m, self._ja_deadline_before(tokens, m.first, first), last)
                if ultimatum:
                    out.append(ultimatum)
                    continue
            silence = self._ja_silence(tokens, m, first, last)
            if silence:
                out.append(silence)
                continue
            if soft:
                continue
            if request is None:
                if tokens[m.last - 1].lemma in _JA_REPLY_NOUNS and _ends_bare(tokens, m.last, last):
                    # 「今すぐこのDMに返信を！！」: the request left unsaid, pressed by an urgent word
                    u = _urgent_near(urgent_at, max(first, m.first - 5), m.first, m)
                    if u is not None and not _call_to_action_ja(tokens, m, u, first):
                        out.append((u.start, tokens[m.last].end, "urgent"))
                continue
            while request < last and (tokens[request].pos == "助動詞" or tokens[request].norm == "か"):
                request += 1
            if _set_aside_ja(tokens, request, last):
                continue  # 「ご返答を必ずお願いするものではなく、いつでも使えるご提案です」: the demand denied
            start = self._ja_deadline_before(tokens, m.first, first)
            if start is not None:
                # 3月13日までに必ずご回答ください: a deadline with "without fail" insists, even in a conversation
                key = "insist" if any(t.lemma in _JA_MUST for t in tokens[max(first, start - 2) : m.first]) else "deadline"
                out.append((tokens[start].start, tokens[request - 1].end, key))
                continue
            if any((run := ja_time_run(tokens, k)) and run[1] for k in range(m.last, request)):
                out.append((m.start, tokens[request - 1].end, "deadline"))  # 返事は3日以内にくれ
                continue
            u = _urgent_near(urgent_at, max(first, m.first - 5), request, m)
            if u is not None and not _call_to_action_ja(tokens, m, u, first):
                # 7月10日（金）までに、お支払い予定日を必ずご返信ください: "without fail" after a deadline insists
                must = tokens[u.first].lemma in _JA_MUST and any(ja_time_run(tokens, k) for k in range(first, u.first))
                out.append((min(u.start, m.start), tokens[request - 1].end, "insist" if must else "urgent"))
        return out

    @staticmethod
    def _ja_request(tokens: list[Token], i: int, last: int) -> int | None:
        """Index after the request (ください、お願い、いただけますか) following a reply word, if any; a
        deadline right after the word may stand between (「ご回答は3月31日までに必ずお願いいたします」), and
        before it a comma or "without fail" (「ご返答は、必ず今週金曜日までにお願いいたします」)."""
        reach = i + 6
        k = i + 1 if i < last and tokens[i].norm in ("は", "を") else i
        while k < last and k - i <= 3 and (tokens[k].text in ("、", "，") or tokens[k].lemma in _JA_MUST):
            k += 1
        run = ja_time_run(tokens, k) if k < last else None
        if run is not None and run[1]:
            reach = run[0] + 6
        for j in range(i, min(last, reach)):
            t = tokens[j]
            if t.lemma in ("下さる", "願う", "頂く", "いただく", "欲しい", "求める", "待つ", "貰う", "もらう", "呉れる", "頂戴"):
                if t.lemma in ("頂く", "いただく", "貰う", "もらう", "呉れる") and j + 1 < last and tokens[j + 1].lemma == "た":
                    return None  # いただいた, くれた: they already did
                end = j + 1
                if t.lemma == "願う":  # お願い + します/いたします
                    while end < last and end - j < 3 and tokens[end].pos in ("動詞", "助動詞"):
                        end += 1
                return end
            if t.lemma == "必要" and j == i + 1 and tokens[i].norm in ("が", "は"):
                return j + 1  # 「水曜正午までにご回答が必要です」: the answer needed, by a time
            if t.norm == "ね" and j > i and tokens[j - 1].lemma in ("て", "で"):
                return j + 1  # 返してね, 連絡してね: a casual request
            if t.lemma == "為る" and j + 1 < last and tokens[j + 1].lemma in ("て", "で"):
                continue  # 返信してください, 連絡してほしい: して before the request
            if t.lemma == "為る" and j + 1 < last and tokens[j + 1].lemma == "事" and (
                j + 2 >= last or tokens[j + 2].norm in ("。", "!", "！", "\n")
            ):
                return j + 2  # 返信すること。: an instruction, as a notice gives one
            if t.norm in ("。", "!", "！", "?", "？", "\n") or t.lemma in ("為る", "致す", "差し上げる", "出来る"):
                return None  # "ご連絡いたします", 「返信します」: the writer's own promise
        return None

    @staticmethod
    def _ja_ultimatum(tokens: list[Token], m: PhraseMatch, deadline: int | None, last: int) -> tuple[int, int, str] | None:
        """48時間以内に返事なければこの話はなしで, 金曜までにご返信がない場合は…: no answer by a
        deadline, and a consequence: an ultimatum. Without a deadline (ご返信がない場合は) it is a
        condition, left alone."""
        if deadline is None:
            return None
        for j in range(m.last, min(last - 1, m.last + 3)):
            t = tokens[j]
            if t.lemma in ("無い", "ない") or (t.lemma == "ぬ" and t.pos == "助動詞"):
                after = tokens[j + 1]
                if after.lemma in ("ば", "場合", "なら") or (after.lemma == "た" and after.norm == "たら"):
                    return tokens[deadline].start, after.end, "deadline"
                return None
            if t.pos != "助詞":
                return None
        return None

    @staticmethod
    def _ja_deadline_before(tokens: list[Token], i: int, first: int) -> int | None:
        for s in range(max(first, i - 20), i):  # 4月20日（月）正午までに|必ず|お見積もりを|ご返信ください
            run = ja_time_run(tokens, s)
            if not (run and run[1]):
                continue
            # 金曜日までに|ご希望の枠を|お知らせください: a short object may sit between;
            # 「本日17時までに、実施の可否をご回答ください」: a comma right after the deadline sets it off
            gap = tokens[run[0] : i]
            comma_after = bool(gap) and gap[0].norm in ("、", "，")
            marks = [t for t in gap if t.norm in ("。", "、", "，")]
            # 「3月20日（金）までに、ご採否だけでも結構ですのでご返信ください」: a clause with no verb of its own
            # (a concession) may stand between as well
            verbless = not any(t.pos == "動詞" for t in gap)
            # 「本日17時までに、お申し込みされるかどうかのご返答を」: what to answer, a whether-clause, may stand between too
            whether = any(gap[k].text == "か" and gap[k + 1].text == "どう" and gap[k + 2].text == "か" for k in range(len(gap) - 2))
            if (i - run[0] <= 6 and not marks) or (
                comma_after and len(marks) == 1 and (i - run[0] <= 8 or ((verbless or whether) and i - run[0] <= 12 + 2 * whether))
            ):
                return s
        return None

    @staticmethod
    def _ja_silence(tokens: list[Token], m: PhraseMatch, first: int, last: int) -> tuple[int, int, str] | None:
        """ご返信がない / まだお返事をいただけていません: the recipient's silence, noted as a reproach."""
        if tokens[m.last - 1].lemma not in _JA_REPLY_NOUNS:
            return None  # 教えていただけないでしょうか is a request, not silence
        verb_seen = False
        before = "".join(t.text for t in tokens[max(first, m.first - 4) : m.first])
        if "から" in before and not any(w in before for w in ("様", "さん", "先生", "あなた", "貴社", "御社")):
            return None  # 採用担当の方からまだ返事がない: someone else's silence
        for j in range(m.last, min(last, m.last + 8)):
            t = tokens[j]
            if t.norm in ("。", "!", "！", "?", "？", "\n") or t.lemma in ("必要", "不要", "出来る", "できる", "為る", "致す"):
                return None
            if t.lemma in _JA_SILENCE_VERBS:
                verb_seen = True
            elif not verb_seen and t.pos not in ("助詞", "副詞", "接頭辞") and not (t.lemma in _JA_NEGATION):
                return None  # ご連絡となり申し訳ありません: the negation is not about a reply
            negation = (t.lemma in _JA_NEGATION and t.pos in ("助動詞", "形容詞")) and (verb_seen or t.lemma in ("ない", "無い"))
            if not negation:
                continue
            if t.lemma in ("ない", "無い") and not verb_seen and tokens[j - 1].norm not in ("が", "は", "も"):
                return None
            still = any(x.lemma in ("未だ", "まだ") for x in tokens[max(first, m.first - 4) : j])
            if not still and any(x.norm in ("か", "かな", "かしら") for x in tokens[j + 1 : min(last, j + 5)]):
                return None  # ご返信いただけないでしょうか / いただけませんか: a polite request
            rest = "".join(x.norm for x in tokens[j + 1 : min(last, j + 4)])
            if any(rest.startswith(c) for c in _JA_CONDITIONAL_AFTER) or rest.startswith(("て も", "くても", "ければ", "けれ")):
                return None
            if j + 1 < last and tokens[j + 1].lemma in ("ば", "て") and j + 2 < last and tokens[j + 2].norm == "も":
                return None
            if j + 2 < last and tokens[j + 1].lemma in ("て", "で") and tokens[j + 2].lemma in _JA_FINE:
                return None  # 「お返事はなくて大丈夫です」: no reply is fine, the opposite of a reproach
            start = m.start
            for k in range(max(first, m.first - 4), m.first):
                if tokens[k].lemma in ("未だ", "まだ"):
                    start = tokens[k].start
                    break
            return start, t.end, "reproach"
        return None


#: How surely the act model must read a sentence as demanding a reply for a deadline in it to be
#: one for the reply (corpora: +12 found, 2 labeled otherwise, both pressing for a same-day answer;
#: at 0.9, +15 and 3).
REPLY_DEMAND = 0.99
_EN_BY = frozenset({"by", "before", "within", "until", "till"})


# Contacting, not answering: 「今すぐご連絡ください」「至急お電話を」 in a pitch is a call to action, as
# "contact us right now" or "call us today" is in English, pushy's to judge; 「今すぐご返信ください」 asks
# for an answer. A deadline (本日中に) or "without fail" (必ず) still demands one, whatever the word.
_JA_CONTACT = frozenset({"連絡", "電話"})
_JA_INSISTENT = _JA_MUST | {"そろそろ"}


_JA_SEEING = frozenset({"見る", "読む", "御覧", "確認"})


def _call_to_action_ja(tokens: Sequence[Token], reply: PhraseMatch, urgent: PhraseMatch, first: int) -> bool:
    """Whether a Japanese reply word pressed only by an adverb of hurry is a word of contacting
    (連絡, 電話), which a pitch asks for as its call to action; not when it is asked for on reading
    this message (「DM見たらすぐ連絡ください」「ご確認次第お電話ください」): that is a reply to it."""
    if urgent.phrase.split()[0] in _JA_INSISTENT:
        return False
    if not any(t.lemma in _JA_CONTACT for t in tokens[reply.first : reply.last]):
        return False
    for k in range(first, urgent.first):
        if tokens[k].lemma in _JA_SEEING:
            after = tokens[k + 1 : k + 4]
            if any(t.text in ("たら", "だら", "次第") for t in after):
                return False
    return True


def _wanted_done(tokens: list[Token], i: int, first: int) -> bool:
    """Whether the participle at ``i`` is what the writer wants done: "We need this answered by
    Wednesday noon", "I'd like it confirmed by Friday", "I need the form returned" (want, need… then
    its object: a pronoun, or a noun after the/your/this; not "I want to say I answered by Friday")."""
    for j in range(max(first, i - 3), i - 1):
        if tokens[j].lemma.lower() in _WANTING:
            between = [t.norm for t in tokens[j + 1 : i]]
            if between[0] in _OBJECT_HEADS and "to" not in between and all(w.isalpha() for w in between):
                return True
    return False


_OBJECT_HEADS = frozenset({"it", "this", "that", "them", "these", "those", "the", "your", "everything", "all"})


def _urgent_near(urgent_at: dict[int, PhraseMatch], lo: int, hi: int, reply: PhraseMatch) -> PhraseMatch | None:
    """The first urgent word (至急, 必ず, 今すぐ) starting in tokens ``[lo, hi)`` outside the reply word."""
    for k in range(lo, hi):
        u = urgent_at.get(k)
        if u is not None and not (reply.first <= k < reply.last):
            return u
    return None


_MATTER = regex.compile(r"(?i)[ \t]+(?:on|about|regarding|re|for)[ \t]+\S")


def _on_a_matter(doc: Document, finding: tuple[int, int, str]) -> bool:
    """An insisted decision or answer followed by its matter ("your decision on whether…", "your answer
    about the venue"): the work's, not a reply to the message."""
    start, end, key = finding
    return key == "insist" and doc.lang == "en" and _MATTER.match(doc.text, end) is not None


def _ends_bare(tokens: list[Token], i: int, last: int) -> bool:
    """Whether the reply word is followed by を and the sentence's end (返信を！, ご連絡を。): an
    imperative with its verb left out."""
    return i + 1 < len(tokens) and i < last and tokens[i].norm == "を" and (i + 1 >= last or tokens[i + 1].is_punct)


_KNOW_BY = frozenset({"by", "before", "within", "until", "no", "asap", "today", "tonight", "immediately", "now"})
_WHEN_WORDS = frozenset({"today", "tonight", "first thing tomorrow"})
_REQUEST_WORDS = frozenset({"please", "pls", "can", "could", "would", "will", "need", "must", "should", "kindly"})


_NEGATORS_EN = frozenset({"not", "n't", "never", "no"})


_HOPES_JA = frozenset({"助かる", "嬉しい", "うれしい", "幸い", "有り難い", "ありがたい"})


def _hoped_for(tokens: list[Token], k: int, last: int) -> bool:
    """Whether the words ending at ``k`` go on into a hope on a condition, not a request: 「返事もらえたら
    助かります」「お返事いただけると嬉しいです」 (たら, ば or と, then a word of relief or gladness)."""
    for j in range(k, min(last, k + 5)):
        t = tokens[j]
        if t.norm in ("。", "！", "!", "？", "?") or t.lemma in ("下さる", "願う"):
            return False
        if (t.text in ("たら", "ば", "と") or (t.lemma == "た" and t.cform.startswith("仮定形"))) and any(
            u.lemma in _HOPES_JA for u in tokens[j + 1 : min(last, j + 3)]
        ):
            return True
    return False


def _deadline_next(tokens: list[Token], k: int) -> bool:
    """Whether the sentence starting at ``k`` opens with a deadline and asks for it: 「今週中にお願いします！」."""
    run = ja_time_run(tokens, k)
    return bool(run and run[1]) and any(t.lemma in ("願う", "下さる") for t in tokens[run[0] : run[0] + 4])


def _set_aside_ja(tokens: list[Token], k: int, last: int) -> bool:
    """Whether the request ending at ``k`` is denied as a whole: 「…お願いするものではなく」「…というわけではありません」,
    as "rather than a request that needs an answer" is in English."""
    for j in range(k, min(last, k + 3)):
        if tokens[j].lemma in ("物", "もの", "訳", "わけ"):
            return any(t.lemma in _JA_NEGATION for t in tokens[j + 1 : min(last, j + 7)])
    return False


def _negated_before(tokens: list[Token], i: int, first: int) -> bool:
    """'I really don't expect an answer', 'you never need to reply': the insisting words negated; or set
    aside: 'treat this as an open offer rather than a request that needs an answer soon'."""
    if any(t.norm in _NEGATORS_EN or t.lemma in _NEGATORS_EN for t in tokens[max(first, i - 3) : i]):
        return True
    near = [t.norm for t in tokens[max(first, i - 7) : i]]
    return any((a, b) in (("rather", "than"), ("instead", "of")) for a, b in zip(near, near[1:]))


#: What a reproach of being ignored is about: the writer or their messages.
_IGNORED_MINE = frozenset({"メール", "メッセージ", "連絡", "DM", "私", "僕", "自分", "返信", "返事", "申請", "依頼", "質問", "お願い", "提案", "問い合わせ"})


def _something_else_ignored(tokens: list[Token], first: int, at: int) -> bool:
    """Whether the ignoring at ``at`` has a subject said with が/は (the nearest before it in the
    sentence) that is neither the writer nor their message: 「1行目が無視される」 tells a fact."""
    if tokens[at].lemma != "無視":
        return False
    for k in range(at - 1, first, -1):
        t = tokens[k]
        if t.text in ("が", "は") and t.pos2 in ("格助詞", "係助詞"):
            subject = tokens[k - 1]
            return subject.lemma not in _IGNORED_MINE and subject.text not in _IGNORED_MINE
    return False


def _permits(tokens: list[Token], after: int, last: int) -> bool:
    """無視してください, 無視していただいて構いません, 無視しても大丈夫: leave to ignore, given (a て form
    with no negation), not 無視しないでください or 無視されるのは, which reproach."""
    window = tokens[after : min(last, after + 3)]
    if not window or window[0].lemma not in ("て", "で"):
        return False
    return not any(t.lemma in _JA_NEGATION for t in window)


def _first_after(urgent: dict[int, PhraseMatch], i: int) -> int:
    return min(k for k in urgent if k >= i)


def _requested(tokens: list[Token], i: int, first: int) -> bool:
    """The reply is asked for: an imperative at the start of the sentence, or please/can you/need."""
    before = [t for t in tokens[first:i] if not t.is_punct]
    return not before or any(t.norm in _REQUEST_WORDS for t in before[-4:])


def _silence_of_others(tokens: list[Token], after: int, last: int) -> bool:
    """'haven't heard back from the recruiter': someone else's silence, not the reader's."""
    if after < last and tokens[after].norm == "from":
        return after + 1 >= last or tokens[after + 1].norm not in _FROM_OTHERS_OK
    return False


_WHY = frozenset({"why", "なぜ", "何故", "どうして", "なんで"})


def _asked(doc: Document, offset: int) -> bool:
    """Whether the sentence at ``offset`` is a question: a question mark, why, or a closing か."""
    token = doc.token_at(offset)
    if token is None:
        return False
    first, last = doc.sentence_bounds[token.i]
    toks = doc.tokens[first:last]
    if any(t.text in ("?", "？") or t.norm in _WHY for t in toks):
        return True
    return any(t.norm == "か" and t.pos2 == "終助詞" for t in toks)
