"""Moving the recipient onto a channel they never offered: "add me on WhatsApp", LINEで連絡ください.

## What it does
Finds a request or plan to continue the conversation somewhere the recipient did not suggest: a
messaging app (WhatsApp, Telegram, LINE — in English written in capitals, not shouting —, Signal — capitalised
inside a sentence, not "a strong signal" —, WeChat,
Messenger…), a work chat (Slack, Chatwork, Microsoft Teams), a phone call or text, a personal
e-mail address, their home address asked for ("Could you send me your home address?", 「ご自宅のご住所を教えていただけますか」), a text message (SMS, ショートメッセージ), FaceTime or Instagram ("Insta"). It fires on a move ("add me", "DM me", "hmu",
"let's continue", "Let's just move to WhatsApp", "send me your", "reply on WhatsApp", "I'll just WhatsApp you tonight", "I'll message you
there" (WhatsApp named in the sentence), "sent an invite to your
personal email", 「個人のGmailに今夜お送りしますね」, "I've added your number to our WhatsApp group", a move already made
("I've put you in a group chat", "sent a calendar invite there", "I've also sent the summary there by text",
"I've also added you to a WhatsApp group with my engineers", 「技術者とのLINEグループに追加しておきました」,
「ショートメッセージでお送りしておきました」), 連絡ください, お電話にてご連絡願います, 今夜電話できません？, LINEでお返事ください, お電話にて折り返しください, 追加してください, 交換しましょう, 教えていただけますか, a
proposal or request on the channel (「LINEで話そ！」「LINEでやり取りしましょう」「Instagramの方でお願いします」: で and a
volitional verb or a request; a request with もらえますか or いただけますか is no question left open), joining
the writer's server or group: サーバーに入ってもらえますか, 参加してください, "just join the Telegram group at t.me/…"; not a
firm's "Join our Discord community", a pitch's call to follow it; a move asked of them: 「Telegramに移ってもらえますか」,
LINEに移動してください, "please move over to Telegram", "could you move to WhatsApp?", not the writer's news "our crew
moved over to WhatsApp last year") in the same sentence as a channel, and
on phrases that carry their own channel ("text me", "text my personal cell", "ring my mobile", "just phone me tonight", "give me a call", "give me a holler",
友だち追加, LINE追加, LINE交換, 電話番号を教えてください). A move to "there" right after a sentence that names a channel
moves onto it too: "I followed you on Instagram. Let's continue over there.", "Easiest thing is
WhatsApp. I'll message you there this evening", 「Telegramのグループに招待しておきました。
以降はそちらで話しましょう」, 「続きはそっちのDMでお願いします」; so does そちら just before a move in the
sentence that names the channel: 「LINEグループを作ったので、まずはそちらに参加してください」.

A private line of the reader's that the writer holds or uses is a channel they never offered too:
"I found your personal Gmail on an old blog", "I found this personal Gmail of yours on the attendee list", "I found your personal Hotmail address on an old forum", "A colleague passed on your personal Gmail, so I've
copied this there too", "if I can't get you at the desk I'll try your mobile",
「小松様の個人のGmailを伺いましたので、こちらにお送りしております」「先生の携帯にショートメールでご連絡いたします」.
In English it is "your" and a line of its own (mobile, cell, personal e-mail or number, Gmail,
WhatsApp number) in a sentence with the writer in it, no "not" before it and no question; "your
mobile checkout" or "your WhatsApp diary-study method" names a thing of theirs, not a line ("your
mobile then" is the line: a function word or an adverb after it modifies nothing). In
Japanese it follows the reader's name (様の, 先生の, さんの; not お客様の, a customer's).

A call the writer announces ("I'll call you tomorrow", "I'll just call you tonight", 明日お電話いたします, said plainly
「明日の夜8時ごろ電話するから」; not on a condition, 「着いたら電話するね」, though a request in the clause after it,
「…お電話いたしますので、おつなぎいただけますと幸いです」, leaves nothing to them) is a meeting presumed,
which ``pushy`` reports; it is this rule's finding when it goes to a private line ("I'll call
your mobile", 携帯にお電話いたします).

A condition inside a reason clause that closes before the move (から、 or ので、) leaves the move
unconditioned: 「今度いいのが穫れたら分けてあげたいから、続きはLINEで話そう」 is a move.

It stays silent when the sentence leaves the choice to the recipient ("whichever you prefer",
"or here if that's easier", "feel free", "you're welcome to ring my mobile", "reach me at …", ご希望の連絡方法, どちらがよろしいでしょうか, お電話または
メールで, コメントでも電話でもOKです, a menu of ways that includes replying here: "call our office, text me,
or just reply YES", お電話・メール・フォーム、どれでも, or e-mail among the ways, "call or email us to order",
「お電話・FAX・メールでご注文ください」「お電話かメールで」; ways listed, then the reader asked in the next sentence which one suits:
「…Slackにゲストとして参加する形でも対応できます。ご都合のよい方法をお知らせください」), or offers a line for questions, an urgent case or a case that may come ("if you have any questions, give me a call", "If anything changes, ring me on the claims line below", 何かございましたらお電話ください,
ご不明点があればお電話ください, ご不明点がございましたらお電話にてご連絡願います, お急ぎの場合はお電話ください, a wish of the
reader's, "If you want to know more, … call my own phone", 詳しく知りたい場合はお電話ください, ご興味があれば, お電話でも受付中), on a channel
named without a move (a signature line with a phone number, "I work on WhatsApp's API", "have your
numbers ready", which are figures, a bulleted
topic of a pitch with no verb: 「・メールマガジンやLINE配信の改善」), on a follow asked for, which moves no
conversation ("follow me on Instagram", 「インスタもフォローしてください」; "message me on Instagram" does), on a
call among an English pitch's pile of imperatives, in a sentence the act model reads as pressure
("Apply now, call me today, and send your references ASAP!", which ``pushy`` reports; Japanese
labelers call 「…お電話いただき、ウェブサイトを見て、…」 a channel presumed all the same), on a Japanese
pitch's call to the seller's line in a sentence the act model reads as pressure (0.9 or more: 「本日中に下記の
番号までお電話ください！！」, as "Call us today on the number below!!"; not 「下記の携帯までお電話ください」, a
private line), on the contact details of people the writer asks to be introduced to (「…何名かご紹介いただけないでしょうか。お名前と
ご連絡先を教えていただければ」), on a place that is no channel (a home
address to send a parcel to, "Please send it to my home address: 42 Marmion Road", is personal-info's), and on
a channel the recipient brought up themselves earlier in the thread. After the recipient has
replied, asking which channel they prefer is the good form, and the suggestion says so.

A phone call the writer announces ("I'll ring you Tuesday", "I will also phone your centre on Monday at 10am", 明日お電話いたします) moves the reader
onto the phone, a channel they never offered (002 §9). A sentence the act model (the user guide's
*sentence-act layer*) reads as moving the talk elsewhere counts when it names a channel ("hmu on
WhatsApp, way easier than here", 「詳しい話はLINEでしよ」), also when the phrases in it stand too far
apart to be joined (「こっちのWhatsApp（+81 80-…）に連絡ください」), unless it asks, asks leave or sets a
condition (not a wish the writer reports: 「一緒にやれたらと思ってる」「出店とかできたら面白そう」 is no condition on the
move; nor is the move itself asked for: 「追加してもらえたら」「番号教えてもらえたら今晩かけます」; nor a guess:
「お手間かと存じますので」; nor the writer's fallback if the call finds no one: "and again Thursday if I miss
you", 「つながらなければ木曜にもう一度おかけします」, 「ご不在でしたら」, while "if I may" asks leave). A
modal leaves the choice to them only beside "you" or "I" ("you can send it to…");
"I've added you on Telegram so we can continue there" is the writer's plan for both.

## Why is this bad?
The advice is to ask which channel the person prefers once a conversation goes well (002 §9).
Pushing a stranger onto WhatsApp, LINE or the phone asks them to hand over a private channel
before any trust exists, and moves them off the platform where they chose to be reachable.

## Example
Bad (English), a first message on LinkedIn:

    Hi Dana, loved your talk on offline-first sync. Add me on WhatsApp so we can chat properly.

Better, once Dana has replied:

    Thanks, Dana! Happy to keep talking here, or would a call or e-mail suit you better?

Bad (Japanese):

    山田様
    先日のご講演、大変勉強になりました。今後はLINEでご連絡ください。

Better (after a reply):

    山田様
    ご返信ありがとうございます。今後のご連絡は、こちらのメッセージとメール、お電話のどれがよろしいでしょうか。

## Options
- ``extra-phrases`` (none): more phrases by language and group (``channel``, ``move``, ``direct``,
  ``call``, ``choice``); a plain list goes to ``channel`` (a company chat, a regional app).
"""

from __future__ import annotations

from typing import Iterator

import regex

from ..analysis.acts import document_acts
from ..analysis.phrases import PhraseList, PhraseMatch, find_pattern
from ..analysis.words import is_content, ja_clause_end, joins_clause_ja
from ..core.context import Context
from ..core.document import Document, Token, normalize
from ..core.finding import Finding, Severity
from ..core.rule import Rule

_NEAR = 5  # tokens between a move and its channel
_PHONE_WORDS = ("phone", "call", "ring", "text", "number", "mobile", "cell", "電話", "携帯", "番号")
_CALL_ITSELF = frozenset({"phone", "電話"})
_PHONE_DIGITS = regex.compile(r"\+?\d[\d\- ()]{6,18}\d")


class PresumesChannel(Rule):
    code = "OL701"
    name = "presumes-channel"
    severity = Severity.WARNING
    advice = "002 §9"
    phrases = PhraseList.from_data("presumes-channel.toml")  # extended by ``extra-phrases``
    doc_ja = """
    ## 何をするか
    相手が示していない場所へ会話を移そうとする依頼や予定を見つけます。メッセージアプリ（LINE（英文では
    叫びではない大文字の LINE）、WhatsApp、Telegram、Signal（英文では文中の大文字始まり。"a strong signal" は除く）、WeChat、Messenger、FaceTime、インスタ など）、仕事用チャット（Slack、Chatwork、Microsoft Teams）、電話やショートメッセージ、個人のメールアドレス、尋ねた相手の自宅の住所（「ご自宅のご住所を教えていただけますか」"Could you send me your home address?"）です。
    同じ文の中に、移動を求める言い方（連絡ください、お電話にてご連絡願います、今夜電話できません？、LINEでお返事ください、お電話にて折り返しください、"reply on WhatsApp"、書き手が見つけた個人の連絡先に送る「個人のGmailに今夜お送りしますね」"I'll just WhatsApp you tonight"、"I'll message you there"（同じ文に WhatsApp）、「LINE追加してもらえたら」、追加してください、交換しましょう、教えていただけますか、
    書き手のサーバーやグループへの参加（サーバーに入ってもらえますか、参加してください、"just join the Telegram group at t.me/…"。会社のコミュニティを売り込む "Join our Discord community" は除く）、相手に頼む移動（「Telegramに移ってもらえますか」「LINEに移動してください」"please move over to Telegram"、"could you move to WhatsApp?"。書き手の近況 "our crew moved over to WhatsApp last year" は除く）、
    「add me」「let's continue」「Let's just move to WhatsApp」、済ませた追加 "I've added your number to our WhatsApp group"、「技術者とのLINEグループに追加しておきました」"I've also added you to a WhatsApp group with my engineers"、済ませた移動 "I've put you in a group chat"、"sent a calendar invite there"、
    「ショートメッセージでお送りしておきました」）と連絡手段が並んでいるとき、またはそれだけで手段を含む言い方
    （友だち追加、LINE交換、電話番号を教えてください、「text me」「ring my mobile」「just phone me tonight」「give me a holler」）に反応します。手段のあとの「で」に
    続く提案や依頼（「LINEの方でお願いします」。「もらえますか」「いただけますか」は問いではなく依頼です）も移動です。
    手段を挙げた同じ文の中で移動の直前にある「そちら」（「LINEグループを作ったので、まずはそちらに参加してください」）や、手段を挙げた文の直後の「そちらで話しましょう」「続きはそっちのDMでお願いします」"Let's continue over there" も
    その手段への移動として指摘します。

    書き手が手に入れた、相手の私的な連絡先を使うことも、相手が示していない手段への移動です
    （「小松様の個人のGmailを伺いましたので、こちらにお送りしております」「先生の携帯にショートメールでご連絡いたします」、
    "I found your personal Gmail on an old blog"、"this personal Gmail of yours"、"your personal Hotmail address"、"if I can't get you at the desk I'll try your mobile"）。日本語では相手の名前の
    あと（様の、先生の、さんの。お客様の、は顧客のもの）、英語では "your" と私的な連絡先そのもの（mobile、cell、個人の
    メールや番号、Gmail、WhatsApp の番号）が、書き手の登場する文にあり、直前に否定がなく、問いでないときです。
    "your mobile checkout" や "your WhatsApp diary-study method" は相手の作ったものの名前で、連絡先ではありません（"your mobile then" は連絡先です。後ろの副詞や機能語は何も修飾しません）。

    書き手が電話をかけると告げること（明日お電話いたします、「I'll call you tomorrow」）は面会の押し付けであり
    ``pushy`` が指摘します。私的な番号にかける場合（携帯にお電話いたします）はこのルールが指摘します。

    手段の選択を相手に委ねる文（ご希望の連絡方法、どちらがよろしいでしょうか、お電話またはメールで、コメントでも電話でもOKです、いつでもお気軽に、
    返信も含めた手段の一覧「お電話・メール・フォーム、どれでも」"call our office, text me, or just reply YES"、
    メールを含む手段の一覧「お電話・FAX・メールでご注文ください」「お電話かメールで」"call or email us to order"、
    手段を挙げた文の次の文で、どれがよいかを尋ねるもの（「…Slackにゲストとして参加する形でも対応できます。ご都合のよい方法をお知らせください」）、
    「whichever you prefer」、「you're welcome to ring my mobile」、「reach me at …」、「携帯…で連絡がつきます」）、質問や急ぎの場合、起こりうる場合の窓口としての案内（ご不明点があればお電話ください、お急ぎの場合はお電話ください、相手の望みに応じた案内「詳しく知りたい場合はお電話ください」「ご興味があれば」"If you want to know more, … call my own phone"、お電話でも受付中、何かございましたらお電話ください、"If anything changes, ring me on the claims line below"）、
    会話を移さないフォローのお願い（"follow me on Instagram"、「インスタもフォローしてください」。"message me on Instagram" は移動です）、英語の売り込みで急かしと読まれる文に命令が積み重なる中の電話（"Apply now, call me today, and send your references ASAP!"。pushy が指摘します。日本語の書き手は同じ積み重ねの「お電話」も手段の押しつけと見るので、日本語では指摘します）、急かしと読まれる（0.9 以上）文で売り手の番号への電話を求める売り込みの呼びかけ（「本日中に下記の番号までお電話ください！！」"Call us today on the number below!!"。pushy が指摘します。私用の「下記の携帯までお電話ください」は指摘します）、紹介を頼んだ人たちの連絡先（「…何名かご紹介いただけないでしょうか。お名前とご連絡先を教えていただければ」）、連絡手段ではなく場所であるもの（品物の送り先の自宅住所 "Please send it to my home address"。これは personal-info の指摘です）、移動を求めずに手段を書いただけのもの（署名の電話番号、「LINEのAPIを担当しています」、数字のことの "have your numbers ready"、動詞のない箇条書きの
    売り込みの項目「・メールマガジンやLINE配信の改善」）、
    相手自身がスレッドの中で先に挙げた手段には反応しません。相手から返信があった後は、
    どの手段がよいかを尋ねるのが良い形であり、修正案もそう提案します。

    書き手が告げる電話（「明日お電話いたします」"I'll ring you Tuesday"、"I will also phone your centre on Monday at 10am"、くだけた「明日の夜8時ごろ電話するから」。条件つきの「着いたら電話するね」は除く。ただし、条件が移動の前で閉じる理由の節（から、ので、）の中にあれば、移動は条件つきではありません：「今度いいのが穫れたら分けてあげたいから、続きはLINEで話そう」。後ろの節の依頼「…お電話いたしますので、おつなぎいただけますと幸いです」は相手に委ねていません）も、相手が示していない電話という
    手段への移動です（002 §9）。act モデル（利用ガイドの「文の行為（act）レイヤー」）が会話を別の場所へ
    移すと読む文も、連絡手段を名指ししていれば数えます（「詳しい話はLINEでしよ」）。文中の表現同士が離れていて
    結びつかない場合（「こっちのWhatsApp（+81 80-…）に連絡ください」）も同じです。尋ねる文、許しを請う文、
    条件つきの文は除きます（「一緒にやれたらと思ってる」「出店とかできたら面白そう」のように書き手が語る願いは、移動の条件では
    ありません。「追加してもらえたら」「番号教えてもらえたら今晩かけます」は移動そのものの依頼、「お手間かと存じますので」は推量で、
    どちらも相手に選ばせていません。電話がつながらなかったときの書き手の次の手「つながらなければ木曜にもう一度おかけします」
    「ご不在でしたら」"again Thursday if I miss you" も同じです。"if I may" は許しを請う表現です）。
    連絡手段に「で」と意志形の動詞が続く提案（「LINEで話そ！」「LINEでやり取りしましょう」）も移動です。英語の助動詞は "you" や "I" と並ぶとき（"you can send it to…"）だけ相手に
    選ばせる表現とみなし、"so we can continue there" のような二人についての書き手の予定は除外しません。

    ## なぜ問題か
    記事の助言は、やり取りがうまく進んでから相手の希望する連絡手段を尋ねること（002 §9）です。
    信頼関係ができる前に LINE や電話へ誘うのは、相手に私的な連絡先を差し出させることであり、
    相手が自分で選んだ窓口から引き離すことにもなります。

    ## 例
    悪い例：

        山田様
        先日のご講演、大変勉強になりました。今後はLINEでご連絡ください。

    より良い例（返信をいただいた後）：

        山田様
        ご返信ありがとうございます。今後のご連絡は、こちらのメッセージとメール、お電話のどれがよろしいでしょうか。

    悪い例（英語、LinkedIn での初回）： ``Hi Dana, loved your talk on offline-first sync. Add me on WhatsApp so we can chat properly.``

    より良い例（英語、返信の後）： ``Thanks, Dana! Happy to keep talking here, or would a call or e-mail suit you better?``

    ## オプション
    - ``extra-phrases``（なし）：言語・グループ（``channel``、``move``、``direct``、``call``、``choice``）ごとに
      表現を追加します。リストだけなら ``channel``（社内チャット、地域のアプリなど）に入ります。
    """
    messages = {
        "presumes": {
            "en": "{phrase}: moves the recipient onto a channel they never offered",
            "ja": "{phrase}：相手が示していない連絡手段に移ろうとしています",
        },
        "presumes_after_reply": {
            "en": "{phrase}: picks the channel for the recipient; they replied, so ask which one they prefer",
            "ja": "{phrase}：連絡手段をこちらで決めています。返信をいただいたので、相手の希望を尋ねましょう",
        },
        "fix_first": {
            "en": "Keep the conversation here for now, e.g. \"Happy to keep talking here whenever suits you.\"; once they reply, ask which channel they prefer.",
            "ja": "まずはこの場でのやり取りにとどめましょう。例：「引き続きこちらでお話しできれば幸いです。」返信をいただいてから、ご希望の連絡方法を伺います。",
        },
        "fix_after_reply": {
            "en": "Ask which channel they prefer, e.g. \"Happy to keep talking here, or would a call or e-mail suit you better?\"",
            "ja": "相手の希望を伺いましょう。例：「今後のご連絡は、こちらとメール、お電話のどれがよろしいでしょうか。」",
        },
    }

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        channels = self.phrases.matches(doc, ["channel"])
        if doc.lang == "en" and ("LINE" in doc.text or "Signal" in doc.text):
            taken = [(c.start, c.end) for c in channels]
            apps = [a for a in _line_app(doc) if not any(s < a.end and a.start < e for s, e in taken)]
            channels = sorted(channels + apps, key=lambda m: m.start)
        # "have your numbers ready", "get your numbers in": figures, not a phone number (the lists match lemmas)
        direct = [m for m in self.phrases.matches(doc, ["direct"]) if doc.tokens[m.last - 1].text.lower() != "numbers"]
        # 「お知り合いの方をご紹介いただけないでしょうか。お名前とご連絡先を教えていただければ」: the contact details of
        # the people introduced, not a line of the reader's
        direct = [m for m in direct if not _referrals_details(doc, m)]
        calls = self.phrases.matches(doc, ["call"])
        held = _held_lines(doc)
        if not channels and not direct and not calls and not held:
            return
        moves = self.phrases.matches(doc, ["move"])
        asks_for = self.phrases.matches(doc, ["ask_for"])
        choices = self.phrases.matches(doc, ["choice"])
        theirs = normalize(" ".join(m.text for m in ctx.thread if m.sender == "them"))
        where = doc.sentence_index
        by_sentence: dict[int, dict[str, list[PhraseMatch]]] = {}
        # 「オンライン」 is cut オン + ライン: that ライン is no LINE; "your mobile checkout" is an app, no line.
        channels = [c for c in channels if not (c.first > 0 and doc.tokens[c.first - 1].text == "オン") and not (doc.tokens[c.first].norm == "your" and _modifies_a_noun(doc, c.last))]
        for group, found in (("channel", channels), ("direct", direct), ("move", moves), ("call", calls), ("ask_for", asks_for), ("choice", choices)):
            for m in found:
                if where[m.first] >= 0 and where[m.first] == where[m.last - 1]:  # not across sentences
                    by_sentence.setdefault(where[m.first], {}).setdefault(group, []).append(m)
        # Moves the phrase lists never saw ("hmu on WhatsApp", 「詳しい話はLINEでしよ」, "I'll ring your
        # office line"): sentences the act model reads as a channel switch, naming a channel.
        # A question, a permission asked or a condition is left out: 「来週お電話してもよろしいでしょうか」,
        # "you can send it to …" leave the channel to them.
        read_as_moves = {
            n for n in document_acts(doc).sentences_with("channel_switch", CHANNEL_SWITCH)
            if not _asks_leave(doc, n) and _has_verb(doc, n)
        }
        # 「…Telegramグループに招待しておきました。以降はそちらで話しましょう！」, "I followed you on
        # Instagram. Let's continue over there.": the channel named in the sentence before
        for n in range(1, len(doc.sentences)):
            before = by_sentence.get(n - 1, {}).get("channel")
            here = by_sentence.get(n, {})
            if before and not here.get("channel") and not here.get("choice") and not _asks_leave(doc, n):
                there = _there_proposed(doc, n)
                if there is not None:
                    by_sentence[n] = {"there": [PhraseMatch(there[0], there[1], 0, 0, "there", doc.text[before[0].start : before[0].end])]}
        # "I found your personal Gmail on an old blog", "I'll try your mobile", 「小松様の個人のGmailを伺いましたので」:
        # a private line of theirs the writer holds or uses, which they never offered
        for n, start, end in held:
            if not by_sentence.get(n, {}).get("choice"):
                by_sentence.setdefault(n, {}).setdefault("held", []).append(PhraseMatch(start, end, 0, 0, "held", doc.text[start:end]))
        for n, groups in sorted(by_sentence.items()):
            if groups.get("choice"):
                continue  # the recipient is given the choice
            if doc.lang == "en" and not groups.get("held") and _piled_calls_to_action(doc, n):
                continue  # "Apply now, call me today, and send your references ASAP!": a pitch's pile, pushy's to report
            if groups.get("channel") and any(_WHICH.search(m.phrase) for m in by_sentence.get(n + 1, {}).get("choice", [])):
                # 「…TeamsやSlackにゲストとして参加する形でも対応できます。ご都合のよい方法をお知らせください」:
                # ways listed, then the reader asked which one
                continue
            if groups.get("there"):
                m = groups["there"][0]
                if not _they_offered(m.phrase, theirs):
                    yield self._report(doc, ctx, m.start, m.end)
                continue
            channels = groups.get("channel", [])
            spans: list[tuple[int, int, str]] = [(m.start, m.end, m.phrase) for m in groups.get("held", [])]
            for d in groups.get("direct", []):
                named = [c for c in channels if c.start < d.end and d.start < c.end]
                before = [c for c in channels if 0 <= d.first - c.last <= 1]  # LINEのID交換
                start = before[0].start if before else d.start
                spans.append((start, d.end, doc.text[(named or before or [d])[0].start : (named or before or [d])[0].end]))
            for ask in groups.get("ask_for", []):
                # "send me your WhatsApp", 個人のメールアドレスを教えて: the channel is the object, next to the verb.
                near = [c for c in channels if ask.first < c.first <= ask.last + 1 or 0 <= ask.first - c.last <= 2]  # "send me your mobile" shares "your"
                if near:
                    channel = near[0]
                    spans.append((min(ask.start, channel.start), max(ask.end, channel.end), doc.text[channel.start : channel.end]))
            pitch_call = doc.lang == "ja" and document_acts(doc).of(n, "pressure") >= PITCH_CALL
            pitched = False
            for move in groups.get("move", []):
                near = [c for c in channels if _distance(move, c) <= _NEAR]
                if pitch_call and move.phrase.endswith(_PLEASE_CALL) and all(c.phrase == "電話" for c in near):
                    # 「今すぐお電話ください！」「本日中に下記の番号までお電話ください！！」: a pitch's call to action to the
                    # seller's line, as "call us today" in English, pushy's to report; a call to the writer's
                    # mobile (下記の携帯にお電話ください) names a private channel
                    pitched = True
                    continue
                if not near and doc.lang == "ja" and any(t.text in _THERE for t in doc.tokens[max(0, move.first - 3) : move.first]):
                    # 「LINEグループを作ったので、そちらに参加してください」: そちら points back at the channel named before it
                    near = [c for c in channels if c.last <= move.first]
                if near:
                    # 携帯にお電話ください: a channel of its own beside the move names it best.
                    apart = [c for c in near if not (c.start < move.end and move.start < c.end)] or near
                    channel = min(apart, key=lambda c: _distance(move, c))
                    spans.append((min(move.start, channel.start), max(move.end, channel.end), doc.text[channel.start : channel.end]))
            for call in groups.get("call", []):
                # "I'll call you" presumes a meeting, not a channel; "I'll call your mobile" does.
                private = [
                    c for c in channels
                    if _distance(call, c) <= _NEAR and not (c.start < call.end and call.start < c.end)
                    and normalize(doc.text[c.start : c.end]) not in _CALL_ITSELF
                ]
                if private:
                    channel = min(private, key=lambda c: _distance(call, c))
                    spans.append((min(call.start, channel.start), max(call.end, channel.end), doc.text[channel.start : channel.end]))
                elif not _asks_leave(doc, where[call.first], _clause_end_ja(doc, call.last) if doc.lang == "ja" else None):
                    # "I'll ring you Tuesday", 明日お電話いたします: a phone call they never offered (002 §9)
                    spans.append((call.start, call.end, doc.text[call.start : call.end]))
            if doc.lang == "ja" and channels and not spans and not _asks_leave(doc, n):
                # 「LINEで話そ！」「LINEでやり取りしましょう」: a channel, で, and a verb of proposal
                for c in channels:
                    end = _proposed_on(doc.tokens, c.last, doc.sentences[n].last)
                    if end is not None:
                        spans.append((c.start, doc.tokens[end - 1].end, doc.text[c.start : c.end]))
                        break
            if n in read_as_moves and channels and not spans and not pitched:
                sentence = doc.sentences[n]  # no phrase of the lists names the move: the whole sentence
                spans.append((sentence.start, sentence.end, doc.text[channels[0].start : channels[0].end]))
            taken: list[tuple[int, int]] = []
            for start, end, channel_text in sorted(spans):
                if any(s < end and start < e for s, e in taken):
                    continue
                taken.append((start, end))
                if _they_offered(channel_text, theirs):
                    continue
                first = doc.token_at(start)
                if first is not None and first.i > 0 and doc.tokens[first.i - 1].pos == "接頭辞":
                    start = doc.tokens[first.i - 1].start  # お電話: the honorific prefix is part of the word
                last = doc.token_at(end - 1)
                if doc.lang == "ja" and last is not None:
                    end = _ja_request_end(doc, last.i + 1)
                yield self._report(doc, ctx, start, end)

    def _report(self, doc: Document, ctx: Context, start: int, end: int) -> Finding:
        phrase = doc.text[start:end]
        quoted = f"「{phrase}」" if ctx.locale == "ja" else f"'{phrase}'"
        after = ctx.they_replied
        lang = doc.lang if doc.lang in ("ja", "en") else "en"
        message = self.say(ctx, "presumes_after_reply" if after else "presumes", phrase=quoted)
        suggestion = self.messages["fix_after_reply" if after else "fix_first"][lang]
        return self.finding(ctx, start, end, message, suggestion=suggestion)


# Endings that finish a Japanese request or plan: 教えて|ください, 追加して|いただけますか, お電話|いたします.
_JA_ENDINGS = frozenset({"て", "下さる", "頂く", "頂ける", "ます", "ず", "か", "です", "たい", "致す", "出来る", "願う", "御", "為る", "ましょう", "う"})


_LEAVE = frozenset({"?", "？", "if", "can", "could", "would", "may", "happy", "welcome", "か", "よろしい", "宜しい", "構う", "幸い", "ば", "たら", "なら"})


# A choice phrase that asks which way: after a sentence listing channels, it leaves the pick to them.
_WHICH = regex.compile(r"方法|どちら|どれ|どの|希望|好み|prefer|whichever|which|easiest for you|best for you")


#: From this probability of pressure (the act model) a Japanese 「お電話ください」 with no private line named is a
#: pitch's call to action ("call us today"), not a channel presumed.
PITCH_CALL = 0.9
_PLEASE_CALL = ("ください", "下さい")
#: Imperatives in one English sentence from which a call among them is one of a pitch's calls to action.
PILED_CALLS = 3
#: From this probability of pressure (the act model) a pile of imperatives is a pitch's.
PILE_PRESSURE = 0.5
_CLAUSE_JOINS = frozenset({",", "and", "or", "—", "–", "-", "then", ";"})
_NOT_IMPERATIVE = frozenset(
    "i you we they he she it my your our their his her its the a an this that these those so but then just please "
    "if when as also and or not no to for of in on at by with from all any some more".split()
)


def _piled_calls_to_action(doc: Document, n: int) -> bool:
    """Whether English sentence ``n``, read as pressure, piles up imperatives, clause after clause ("Call me today, visit
    our website, follow our page and tell your sous chef", "Apply now, call me today, or send your
    résumé tonight"): a call among them is one of a pitch's calls to action, which ``pushy`` reports
    (blind labelers call such a sentence pushy, not a channel presumed). Japanese labelers call
    「…お電話いたします」 in such a pile a channel presumed all the same: 3 findings lost when tried."""
    if document_acts(doc).of(n, "pressure") < PILE_PRESSURE:
        return False  # "ring me, lol, hmu": a casual run of clauses, no pitch
    s = doc.sentences[n]
    toks = doc.tokens[s.first : s.last]
    heads = 0
    for k, t in enumerate(toks):
        start = k == 0 or toks[k - 1].text in _CLAUSE_JOINS
        if not start or k + 1 >= len(toks) or not t.text.isalpha() or t.norm in _NOT_IMPERATIVE:
            continue
        if (k == 0 or t.text.islower()) and t.norm == t.lemma.lower():
            heads += 1
    return heads >= PILED_CALLS


def _clause_end_ja(doc: Document, i: int) -> int:
    """Where the Japanese clause holding token ``i`` ends (:func:`~outreach_lint.analysis.words.ja_clause_end`):
    「お電話いたしますので、おつなぎいただけますと幸いです」 ends its call at ので."""
    n = doc.sentence_index[min(i, len(doc.tokens) - 1)]
    return ja_clause_end(doc.tokens, i, doc.sentences[n].last if n >= 0 else len(doc.tokens))


def _asks_leave(doc: Document, sentence: int, end: int | None = None) -> bool:
    """A question, a permission asked or a condition: the recipient is left to decide. A modal
    counts beside "you" or "I" ("you can send it to…", "could I call you"), not in the writer's
    plan for both ("so we can continue there"); 「LINEか携帯に」: a か that lists is no question.
    With ``end``, only the tokens before it count: a request in the clause after the plan
    (「…お電話いたしますので、おつなぎいただけますと幸いです」) leaves the plan as it is."""
    s = doc.sentences[sentence]
    toks = doc.tokens[s.first : s.last if end is None else min(s.last, max(end, s.first))]
    for k, t in enumerate(toks):
        if not (t.norm in _LEAVE or t.lemma in _LEAVE):
            continue
        if t.norm == "か" and (t.pos2 != "終助詞" or _not_asking(toks, k)):
            continue
        if t.norm in ("か", "?", "？") and any(u.lemma in _JA_RECEIVING for u in toks[max(0, k - 4) : k]):
            continue  # 追加してもらえますか, 送っていただけますか: a request, not a question left open
        if (t.norm in _JA_IF or t.lemma in _JA_IF) and _reason_clause_after(toks, k):
            # 「今度いいのが穫れたら分けてあげたいから、続きはLINEで話そう」: the condition is the reason
            # clause's; the move after から、 is made whatever happens
            continue
        if (t.norm in _JA_IF or t.lemma in _JA_IF) and (_quoted_wish(toks, k) or _wished(toks, k) or _requested(toks, k)):
            # 「一緒にやれたらと思ってる」「出店とかできたら面白そう」: a wish the writer reports, no condition on
            # the move; 「追加してもらえたら」「番号教えてもらえたら今晩かけます」: the move itself asked for
            continue
        if t.norm in _MODALS:
            near = {toks[j].norm for j in (k - 1, k + 1) if 0 <= j < len(toks)}
            if not near & {"you", "i", "u"}:
                continue
        if (t.norm == "if" and _writers_fallback(toks, k)) or (
            (t.norm in _JA_IF or t.lemma in _JA_IF) and any(u.lemma in _UNREACHED_JA for u in toks[max(0, k - 4) : k])
        ):
            # "and again Thursday if I miss you", 「つながらなければ木曜にもう一度おかけします」「ご不在でしたら」:
            # the writer's own fallback if the call finds no one, nothing left to them
            continue
        return True
    return False


def _reason_clause_after(toks: list, k: int) -> bool:
    """Whether a reason clause closes after the condition at ``k``: a joining から or ので, then 、."""
    return any(
        joins_clause_ja(toks[j]) and toks[j].lemma in ("から", "ので") and toks[j + 1].text in ("、", "，")
        for j in range(k + 1, len(toks) - 1)
    )


def _referrals_details(doc: Document, m: PhraseMatch) -> bool:
    """Whether a Japanese 連絡先 asked for belongs to people the writer asks to be introduced to: an
    introduction (紹介) asked in its sentence or the one before."""
    if doc.lang != "ja" or "連絡先" not in m.phrase:
        return False
    n = doc.sentence_index[m.first]
    if n < 0:
        return False
    lo = doc.sentences[max(0, n - 1)].first
    return any(t.lemma == "紹介" for t in doc.tokens[lo : m.first])


def _writers_fallback(toks: list[Token], k: int) -> bool:
    """Whether the English "if" at ``k`` opens a condition on the writer ("if I miss you", "if we can't
    reach you"), not leave asked ("if I may", "if that suits you")."""
    rest = [t.norm for t in toks[k + 1 : k + 4]]
    return bool(rest) and rest[0] in ("i", "we") and not any(w in ("may", "might", "could") for w in rest[1:])


_MODALS = frozenset({"can", "could", "would", "may"})
_JA_RECEIVING = frozenset({"貰う", "貰える", "頂く", "頂ける", "呉れる", "下さる"})


def _line_app(doc: Document) -> list[PhraseMatch]:
    """"add me on LINE", "Let's move this to Signal": the app, written in capitals (LINE) or capitalised
    inside a sentence (Signal) in a sentence that is not shouting (the word "line" in any case is a
    line, "a strong signal" a sign; "THE BOTTOM LINE" is shouting)."""
    tokens = doc.tokens
    firsts = {s.first for s in doc.sentences}
    out = []
    for k, t in enumerate(tokens):
        if t.text != "LINE" and not (t.text == "Signal" and k not in firsts):
            continue
        near = [tokens[j].text for j in (k - 1, k + 1) if 0 <= j < len(tokens) and tokens[j].text.isalpha()]
        if any(w.isupper() and len(w) > 1 for w in near):
            continue
        out.append(PhraseMatch(t.start, t.end, k, k + 1, "channel", t.text))
    return out


def _proposed_on(tokens: list, i: int, last: int) -> int | None:
    """After a channel at ``i`` (or its 方, ほう, DM: 「Instagramのほう」「そっちのDM」): で and, within
    the clause, a verb in its volitional form (話そう, しましょう, 続けよう: "let's … on it") or a
    request (でお願いします, でご連絡ください, で送ってもらえますか). The index after it, or None."""
    while i < last and (tokens[i].norm == "の" or tokens[i].text in _ON_IT):
        i += 1  # LINEの方で, そっちのDMで
    if i >= last or tokens[i].norm != "で":
        return None
    for j in range(i + 1, min(last, i + 6)):
        t = tokens[j]
        if t.is_punct:
            return None
        if t.cform.startswith("意志推量形") or t.lemma in _JA_ASKING:
            return j + 1
    return None


_ON_IT = frozenset({"方", "ほう", "DM", "ＤＭ", "メッセージ", "アカウント", "グループ", "チャット"})
_JA_ASKING = frozenset({"願う", "下さる", "頂ける", "貰える", "呉れる"})  # お願いします, ください, いただけますか, もらえますか, くれる?
# 「そちらで話しましょう」「続きはそっちのDMでお願いします」: the channel named in the sentence before.
_THERE = frozenset({"そちら", "そっち", "あちら", "あっち", "向こう"})
# "Let's continue there", "we can talk there", "I'll message you there": the writer proposes or plans it
_OPENERS = frozenset({"let", "let's", "we", "please", "i", "'ll", "will"})
_GO_ON = frozenset({"talk", "continue", "chat", "carry", "message", "dm", "reply", "keep", "move", "over", "on", "discuss", "catch"})


_JA_IF = frozenset({"ば", "たら", "なら"})
_UNREACHED_JA = frozenset({"繋がる", "不在", "留守", "捕まる"})  # the call finding no one: a condition on the writer's try


# Words after a condition that make it a wish: 「できたら面白そう」「話せたら嬉しい」.
_WISHED = frozenset({"面白い", "嬉しい", "うれしい", "楽しい", "助かる", "有り難い", "ありがたい"})


def _wished(toks: list, k: int) -> bool:
    """Whether the condition at ``k`` is a wish: a word of gladness right after it (「出店とかできたら面白そう」)."""
    return any(t.lemma in _WISHED or t.text in _WISHED for t in toks[k + 1 : k + 3])


def _requested(toks: list, k: int) -> bool:
    """Whether the condition at ``k`` follows a receiving verb (「追加してもらえたら」「教えていただければ」): the
    reader asked to act, as 〜てもらえますか is, not a choice left to them."""
    return any(t.lemma in _JA_RECEIVING for t in toks[max(0, k - 2) : k])


def _not_asking(toks: list, k: int) -> bool:
    """Whether the か at ``k`` asks nothing: 何か (something) or かと (「お手間かと存じます」, a guess)."""
    return (k > 0 and toks[k - 1].lemma in ("何", "誰", "何処", "何時")) or (k + 1 < len(toks) and toks[k + 1].norm == "と")


def _quoted_wish(toks: list, k: int) -> bool:
    """Whether the condition at ``k`` ends a wish quoted with と思う / と考える (「…やれたらと思って」)."""
    rest = toks[k + 1 : k + 3]
    return len(rest) == 2 and rest[0].norm == "と" and rest[1].lemma in ("思う", "考える", "存ずる")


# The reader's own private line: "your (personal) mobile", "your cell number", "your personal Gmail",
# "your WhatsApp number"; in Japanese, after the reader's name: 「小松様の個人のGmail」「先生の携帯」.
_HELD_EN = regex.compile(
    r"\byour\s+(?:(?:own|private|personal|home)\s+)?(?:mobile|cell|cellphone|gmail|whatsapp)(?:\s+(?:phone\s+)?number)?\b"
    r"|\byour\s+(?:own\s+)?(?:private|personal|home)\s+(?:(?:hotmail|yahoo|outlook|icloud|proton(?:mail)?|gmail)\s+)?(?:e-?mail|email\s+address|address|number|phone(?:\s+number)?|line|landline)\b"
    # "this personal Gmail of yours": the same line, owned after it
    r"|\b(?:(?:private|personal|home)\s+)?(?:mobile|cell|cellphone|gmail|whatsapp|e-?mail(?:\s+address)?|address|number|line|landline)(?:\s+number)?\s+of\s+yours\b",
    regex.IGNORECASE,
)
_HELD_JA = regex.compile(
    r"(?<![客皆方])(?:様|さま|さん|先生|くん|君|ちゃん|氏)の(?:(?:個人|私用|プライベート)の?(?:携帯(?:電話)?(?:番号)?|スマホ|Gmail|LINE|"
    r"メール(?:アドレス)?|アドレス|(?:電話)?番号|連絡先|電話)|携帯(?:電話)?(?:番号)?|スマホ|Gmail)"
)
# After "your mobile": a noun it modifies ("your mobile checkout", "your mobile money paper") is no line;
# these words, which continue the line ("your mobile number") or the sentence, are not such nouns.
_LINE_ENDS = frozenset(
    "on from at in and or so to through by with for about if when whenever which that this tonight today tomorrow "
    "later now instead too as is was since because number phone account handle id line".split()
)
_NEGATIONS = frozenset({"not", "n't", "never", "no", "don't", "won't", "didn't", "can't", "haven't"})
_WRITER_EN = frozenset({"i", "me", "my", "we", "us", "i'll", "i've", "i'd", "we'll", "we've"})


def _modifies_a_noun(doc: Document, i: int) -> bool:
    """Whether the English word before token ``i`` modifies the word at ``i``, inside its sentence: "your mobile
    checkout", "your WhatsApp diary-study method" name a thing, not a line; "your mobile then" names the line."""
    if doc.lang == "ja" or i >= len(doc.tokens) or i == 0:
        return False
    t, before = doc.tokens[i], doc.tokens[i - 1]
    if before.norm not in ("mobile", "cell", "whatsapp") or doc.sentence_index[i] != doc.sentence_index[i - 1]:
        return False
    # a function word or an adverb ("your mobile then", "your cell first") modifies nothing: only a content word can be the head
    return t.start == before.end + 1 and t.text.isalpha() and t.norm not in _LINE_ENDS and is_content(t, doc.lang)


def _held_lines(doc: Document) -> list[tuple[int, int, int]]:
    """``(sentence, start, end)`` of each private line of the reader's that the writer holds or uses: "I
    found your personal Gmail on an old blog", "if I can't get you at the desk I'll try your mobile",
    "A colleague passed me your mobile number", 「小松様の個人のGmailを伺いましたので、こちらにお送りしております」.
    In English the sentence has the writer in it (I, me, we) and asks nothing, no "not" stands in the five
    words before the line ("I don't have your mobile"), and the line is a noun of its own ("your mobile
    checkout" is an app); in Japanese the sentence asks nothing and leaves nothing to them (:func:`_asks_leave`)."""
    pattern = _HELD_JA if doc.lang == "ja" else _HELD_EN
    out = []
    for m in pattern.finditer(doc.text):
        first = doc.token_at(m.start() if doc.lang != "ja" else m.end() - 1)
        if first is None:
            continue
        n = doc.sentence_index[first.i]
        if n < 0:
            continue
        s = doc.sentences[n]
        toks = doc.tokens[s.first : s.last]
        if doc.lang == "ja":
            if _asks_leave(doc, n):
                continue
            start = m.start() + m.group().index("の") + 1
        else:
            nxt = next((t for t in doc.tokens[first.i :] if t.start >= m.end()), None)
            if nxt is not None and _modifies_a_noun(doc, nxt.i):
                continue  # "your mobile money paper"
            norms = {t.norm for t in toks}
            if not norms & _WRITER_EN or any(t.text == "?" for t in toks):
                continue
            if any(t.norm in _NEGATIONS for t in doc.tokens[max(s.first, first.i - 5) : first.i]):
                continue  # "I don't have your mobile", not "if I can't get you at the desk I'll try your mobile"
            start = m.start()
        out.append((n, start, m.end()))
    return out


#: Probability of the ``channel_switch`` act from which a sentence naming a channel moves the talk there.
CHANNEL_SWITCH = 0.9


def _ja_request_end(doc: Document, i: int) -> int:
    """End offset of a match ending before token ``i``, stretched over the request ending there."""
    end = doc.tokens[i - 1].end
    while i < len(doc.tokens) and doc.tokens[i].lemma in _JA_ENDINGS:
        end = doc.tokens[i].end
        i += 1
    return end


def _distance(a: PhraseMatch, b: PhraseMatch) -> int:
    """Tokens between two matches (0 when they touch or overlap)."""
    return max(0, b.first - a.last, a.first - b.last)


def _they_offered(channel: str, theirs: str) -> bool:
    """Whether the recipient's own messages brought up this channel (or gave a phone number)."""
    if not theirs:
        return False
    channel = normalize(channel)
    if channel and channel in theirs:
        return True
    if any(w in channel for w in _PHONE_WORDS):
        return any(w in theirs for w in _PHONE_WORDS) or any(True for _ in find_pattern(_PHONE_DIGITS, theirs))
    return False


def _has_verb(doc: Document, n: int) -> bool:
    """Whether a sentence could move anyone: a bulleted item without a verb (「・メールマガジンやLINE配信の
    改善」, "• WhatsApp and SMS campaigns") lists topics of a pitch, and moves nobody."""
    s = doc.sentences[n]
    tokens = [t for t in doc.tokens[s.first : s.last] if t.text.strip()]
    if not tokens or tokens[0].text not in _BULLETS:
        return True
    if doc.lang != "ja":
        return False  # English is not tagged: a bulleted line is taken for a list item
    return any(t.pos in ("動詞", "助動詞") for t in tokens)


_BULLETS = frozenset("・•-*‐–—●○■□▪▶►")


def _there_proposed(doc: Document, n: int) -> tuple[int, int] | None:
    """「以降はそちらで話しましょう」「続きはそっちのDMでお願いします」: そちら (there), で, and a proposal or a
    request, early in the sentence; "Let's continue over there", "we can talk there": a proposal to
    go on talking, then "there". The span of it, or None."""
    s = doc.sentences[n]
    tokens = doc.tokens
    if doc.lang != "ja":
        words = tokens[s.first : s.last]
        norms = [t.norm for t in words]
        for k, t in enumerate(words):
            if t.norm != "there" or k < 2:
                continue
            verb = next((j for j in range(k - 1, max(-1, k - 4), -1) if norms[j] in _GO_ON), None)
            if verb is None:
                continue
            opener = next((j for j in range(verb - 1, max(-1, verb - 4), -1) if norms[j] in _OPENERS), None)
            if opener is not None:
                return words[opener].start, t.end
        return None
    for k in range(s.first, min(s.last, s.first + 6)):
        if tokens[k].text in _THERE:
            end = _proposed_on(tokens, k + 1, s.last)
            if end is not None:
                return tokens[k].start, _ja_request_end(doc, end)
    return None
