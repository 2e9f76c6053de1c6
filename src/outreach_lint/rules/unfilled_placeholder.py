"""A mail-merge slot left unfilled: ``{first_name}``, ``[Company]``, ``○○様``, ``*|FNAME|*``.

## What it does
Finds template slots that were never replaced by real text, in the syntaxes mail-merge tools and
people use: braces (``{{first_name}}``, ``{Company}``, ``${name}``; any one or two words in single
braces, ``{restaurant}``, but not an abbreviation such as ``{fmt}``), square and angle brackets
around a slot word (``[Company Name]``, ``<FIRST NAME>``, a place: ``[Neighborhood]``, ``[Town]``, and a copywriter's personal line:
``[recent news]``, ``[pain point]``, ``[main benefit]``) or standing as the addressee of a
greeting line (``Dear [Hiring Manager],``), a merge field's name left bare in capitals where a name
goes (``Dear NAME,``, ``a role at COMPANY.``; not capitals that shout), percent and merge tags (``%LASTNAME%``,
``*|LNAME|*``, ``[[name]]``), a name left blank in a greeting (``Dear ____,``, ``Hi ___!``; not a line to
sign on), and the Japanese conventions: repeated placeholder symbols (``●●様``,
``□□部長``, ``〇月〇日``, a space before the title too: ``〇〇　ご担当者様``) and bracketed slot words (``【お名前】``, ``＜貴社名＞``, any "name of …",
``[技術名]``, ``[OB名]`` (a Latin abbreviation before 名 too), an affiliation (``[所属]``, ``【所属先】``), ``【採用ご担当者様名】`` (an honorific inside), ``{作品名}``, and categories such as ``【関心分野】``, ``【回答期限】``, ``【投稿タイトル】``, ``[投稿テーマ]``,
or something recent of theirs: ``【最近のニュース】``, ``[最近の投稿]``, a count or a line of the writer's left to fill:
``【実績件数】``, ``【担当者の電話】``, or an instruction to the writer: ``[候補日を3つ入れる]``; not a heading such as ``【ニュース】`` or ``【速報】``),
and a description of their thing in brackets (``[his winery]``, ``[their latest release]``, ``[your studio]``, ``[彼のワイナリー]``,
``【相手の最近の投稿】``): what to write about them, never written. Round brackets hold asides, except an instruction to the
writer in them (``（ここに相手の取り組みを入れる）``, ``(insert their recent project here)``; not
``（会場に椅子を入れるほどの盛況でした）``).

A slot counts wherever it stands, right after Japanese text too (``こんにちは{first_name}さん``).
It stays silent on citations (``[1]``), ``C++``, a brace or bracket aside in prose, template
syntax quoted as inline code (`` `${user.name}` ``), a bracketed label that opens a line with its value
after it (``【日時】3月10日``; not a name slot the line's sentence runs on from, ``[エリア名]エリアでご活躍されている…ご連絡いたしました。``), brackets alone on their lines over their paragraphs, two or more, which section a message (``【人数】`` then ``【配置】``), a field of a format the draft spells out (``forecast_{store_id}.csv``, then
``{store_id}`` explained), the zero of kanji numerals (``二〇〇六年``), Markdown links,
e-mail addresses and HTML tags, emoticons, the masked town of an address whose number is written (``甲州市塩山〇〇町1234-5``, ``富山市XX町1-1``), a name masked on a line whose phone number is masked too (``〇〇島診療所（代表 0959-XX-2201）``: a line the writer redacted), the hidden digits of a street number (``丹原町XXX-X``,
``北千種2-X-X``: a masked address, which personal-info reads), a single ``○`` or ``●`` used as a bullet, decorative
rows of symbols (``★★``, ``■■■■■■``), and a slot quoted from the recipient's own recent post or
message (their post about an appeal that went out as ``'Dear *|FNAME|*'``, quoted back in quotation
marks: a mention, not a slot), and a slot quoted to report what someone else's mailing showed
(``the greeting read "Hi *|FNAME|*" instead of my name``, 「件名が「{会社名}様」と表示されていました」).

## Why is this bad?
A slot left in the text tells the recipient, in the first line they read, that they are one of
dozens receiving a form letter: the one impression the advice says never to make (002 §5: no
form letter mailed to dozens; research the person). It is the most certain sign of a mass
mailing, so the finding is an error.

## Example
Bad (English):

    Hi {first_name}, I came across your post at [company blog] and loved it.

Better:

    Hi Dana, I came across your post on the Fieldnote blog about offline-first sync and loved it.

Bad (Japanese):

    ○○様
    はじめまして。【お名前】様の記事を拝見しました。

Better:

    山田様
    はじめまして。山田様の「小さなチームのSRE」という記事を拝見しました。
"""

from __future__ import annotations

from typing import Iterator

import regex

from ..analysis.layout import in_quotes, line_bounds
from ..analysis.placeholders import template_slots
from ..core.context import Context
from ..core.document import Document
from ..core.finding import Finding, Severity
from ..core.rule import ANY_LANGUAGE, Rule


class UnfilledPlaceholder(Rule):
    code = "OL101"
    name = "unfilled-placeholder"
    languages = frozenset({"ja", "en", ANY_LANGUAGE})
    severity = Severity.ERROR
    advice = "002 §5"
    doc_ja = """
    ## 何をするか
    差し込み印刷の枠が埋められないまま残っている箇所を見つけます。波かっこ（``{{first_name}}``、
    ``{Company}``。一重の波かっこは一、二語なら ``{restaurant}`` も。ただし ``{fmt}`` のような略語は名前）、
    枠を表す語を囲んだ角かっこ・山かっこ（``[Company Name]``、``<FIRST NAME>``、場所の ``[Neighborhood]``・``[Town]``、書き手が個別に埋めるはずの
    ``[recent news]``、``[pain point]``、``[main benefit]``）や挨拶の宛名の位置にあるかっこ
    （``Dear [Hiring Manager],``）、名前の入る位置にかっこなしで残った大文字の差し込み項目名（``Dear NAME,``、
    ``a role at COMPANY.``。叫んでいる大文字は除く）、
    ``%LASTNAME%`` や ``*|LNAME|*`` のような差し込みタグ、挨拶で空欄のまま残った名前（``Dear ____,``、``Hi ___!``。署名欄の下線は除く）、
    そして日本語の慣習である記号の繰り返し（``●●様``、``□□部長``、``〇月〇日``、敬称との間に空白があっても：``〇〇　ご担当者様``）と、かっこで囲んだ枠の語（``【お名前】``、``＜貴社名＞``、
    「〜名」すべて：``[技術名]``、``[OB名]``（名の前がローマ字の略語でも）、``【採用ご担当者様名】``（中に敬語があっても）、``{作品名}``、所属（``[所属]``、``【所属先】``）、分類の語：``【関心分野】``、``【回答期限】``、``【投稿タイトル】``、``[投稿テーマ]``、
    相手の最近の何か：``【最近のニュース】``、``[最近の投稿]``、書き手が埋めるはずの数や連絡先：``【実績件数】``、``【担当者の電話】``、書き手への指示：``[候補日を3つ入れる]``、丸かっこの中の指示も ``（ここに相手の取り組みを入れる）`` ``(insert their recent project here)``。丸かっこの余談 ``（会場に椅子を入れるほどの盛況でした）`` は除く。``【ニュース】`` や ``【速報】`` のような見出しは除く）、
    そして括弧の中の相手のものの説明（``[彼のワイナリー]``、``【相手の最近の投稿】``、``[his winery]``、``[your studio]``）です。書くべき内容が書かれていません。
    日本語の直後にあっても枠は枠です（``こんにちは{first_name}さん``）。

    引用番号 ``[1]``、``C++``、文中の補足のかっこ、インラインコードとして引用したテンプレート記法
    （`` `${user.name}` ``）、行頭で値を後ろに従える見出し（``【日時】3月10日``。ただし「…名」の枠にその行の文が続くもの、``[エリア名]エリアでご活躍されている…ご連絡いたしました。`` は見出しではなく差し込み忘れです）、一行に一つだけ置かれ次の行に段落が続く、二つ以上の見出し（``【人数】`` と ``【配置】`` で区切った連絡）、
    下書き自身が示す書式の項目（``forecast_{store_id}.csv`` と書いたうえでの ``{store_id}`` の説明）、漢数字のゼロ（``二〇〇六年``）、
    Markdownのリンク、メールアドレス、HTMLタグ、
    顔文字、番号が書かれた住所の伏せた町名（``甲州市塩山〇〇町1234-5``、``富山市XX町1-1``）、電話番号も伏せた行の伏せた名前（``〇〇島診療所（代表 0959-XX-2201）``：書き手が伏せた行）、番地の伏せた桁（``丹原町XXX-X``、``北千種2-X-X``：伏せ字の住所で、personal-info が読みます）、箇条書きの ``○`` や ``●`` 一つ、飾り罫（``★★``、``■■■■■■``）、相手自身の最近の投稿やメッセージから
    かぎかっこや引用符で引いた枠（「{姓}様」のまま届いた寄付のお願いについての投稿を引く場合。言及であって枠ではありません）、ほかの人の一斉配信に
    出ていたものとして引用符で引いて知らせる枠（``the greeting read "Hi *|FNAME|*" instead of my name``、「件名が「{会社名}様」と表示されていました」）には反応しません。

    ## なぜ問題か
    枠が残っていると、相手は最初の一行で「何十人にも送られた定型文だ」と気づきます。記事が
    最も避けるよう勧める第一印象です（002 §5：定型文を何十人にも送らない、相手を調べてから連絡する）。
    一斉送信の最も確かな証拠なので、重大度は error です。

    ## 例
    悪い例：

        ○○様
        はじめまして。【お名前】様の記事を拝見しました。

    より良い例：

        山田様
        はじめまして。山田様の「小さなチームのSRE」という記事を拝見しました。

    悪い例（英語）： ``Hi {first_name}, I came across your post at [company blog].``

    より良い例（英語）： ``Hi Dana, I came across your post on the Fieldnote blog about offline-first sync.``
    """
    messages = {
        "slot": {
            "en": "Unfilled template slot {slot}: the recipient will see a form letter",
            "ja": "差し込み忘れ {slot}：定型文の一斉送信だと一目で分かってしまいます",
        },
        "fill_name": {
            "en": "Write the recipient's actual name here.",
            "ja": "相手の実際のお名前に置き換えてください。",
        },
        "fill_company": {
            "en": "Write the actual company or organisation here.",
            "ja": "実際の会社名・団体名に置き換えてください。",
        },
        "fill": {
            "en": "Replace it with the real detail, or delete it.",
            "ja": "具体的な内容に置き換えるか、削除してください。",
        },
    }

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        text = doc.text
        theirs = _their_words(ctx)
        for start, end in template_slots(doc):
            slot = text[start:end]
            if theirs and in_quotes(text, start, end) and any(slot in words and len(words.strip()) > len(slot) + 10 for words in theirs):
                # 'Your post about the appeal that greeted donors with "Dear *|FNAME|*"': quoted from them (a
                # profile whose post is itself an unfilled slot, "[Recent post]", quotes nothing)
                continue
            if in_quotes(text, start, end) and _REPORTED.search(_line_of(text, start, end)):
                # 'the greeting read "Hi *|FNAME|*" instead of my name', 「件名が「{会社名}様」と表示されていました」:
                # a broken tag of someone else's mailing, quoted to report it
                continue
            key = _fill_key(text[start : end + 2])  # "○○様": the honorific after the slot says it is a name
            yield self.finding(ctx, start, end, self.say(ctx, "slot", slot=_quote(text[start:end], ctx)), suggestion=self.say(ctx, key))


# Words that report what a quoted text showed: a slot inside it is mentioned, not left unfilled.
_REPORTED = regex.compile(
    r"\b(?:instead of|showed|shows|appeared|came out as|displayed)\b|と表示|のまま届",
    regex.IGNORECASE,
)


def _line_of(text: str, start: int, end: int) -> str:
    a, b = line_bounds(text, start, end)
    return text[a:b]


def _their_words(ctx: Context) -> list[str]:
    """The recipient's own words the draft may quote: their recent post and their messages in the thread."""
    parts = [ctx.recipient.recent_post or ""] if ctx.recipient is not None else []
    parts += [m.text for m in ctx.thread if m.sender == "them"]
    return [p for p in parts if p]


def _fill_key(slot: str) -> str:
    s = slot.lower()
    if any(w in s for w in ("company", "organi", "firm", "employer", "社名", "会社", "企業", "御社", "貴社", "団体")):
        return "fill_company"
    if "name" in s or "名前" in s or "氏名" in s or "様" in s or "さん" in s or s.strip("{}[]<>%*|$! ").startswith(("fname", "lname")):
        return "fill_name"
    return "fill"


def _quote(slot: str, ctx: Context) -> str:
    return f"「{slot}」" if ctx.locale == "ja" else f"'{slot}'"
