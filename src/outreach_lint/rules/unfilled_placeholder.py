"""A mail-merge slot left unfilled: ``{first_name}``, ``[Company]``, ``○○様``, ``*|FNAME|*``.

## What it does
Finds template slots that were never replaced by real text, in the syntaxes mail-merge tools and
people use: braces (``{{first_name}}``, ``{Company}``, ``${name}``; any one or two words in single
braces, ``{restaurant}``, but not an abbreviation such as ``{fmt}``), square and angle brackets
around a slot word (``[Company Name]``, ``<FIRST NAME>``), percent and merge tags (``%LASTNAME%``,
``*|LNAME|*``, ``[[name]]``), and the Japanese conventions: repeated placeholder symbols (``●●様``,
``□□部長``, ``〇月〇日``) and bracketed slot words (``【お名前】``, ``＜貴社名＞``, any "name of …",
``[技術名]``, ``{作品名}``, and categories such as ``【関心分野】``).

It stays silent on citations (``[1]``), ``C++``, a brace or bracket aside in prose, template
syntax quoted as inline code (`` `${user.name}` ``), a bracketed label that opens a line with its value
after it (``【日時】3月10日``), the zero of kanji numerals (``二〇〇六年``), Markdown links,
e-mail addresses and HTML tags, emoticons, a single ``○`` or ``●`` used as a bullet, and decorative
rows of symbols (``★★``, ``■■■■■■``).

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

from ..analysis.phrases import find_pattern
from ..core.context import Context
from ..core.document import Document
from ..core.finding import Finding, Severity
from ..core.rule import ANY_LANGUAGE, Rule

# Words that make bracketed text a slot rather than an aside or a citation.
_SLOT_WORDS_EN = (
    r"(?:first|last|full|given|family|sur|nick|user|company|business|recipient|contact|prospect|your|my|their|his|her|sender)?"
    r"[\s_-]?(?:name|firstname|lastname|fname|lname|company|organi[sz]ation|org|firm|employer|business|title|"
    r"job|role|position|team|department|dept|city|location|country|school|university|college|industry|topic|"
    r"subject|detail|details|project|product|service|event|conference|webinar|article|post|blog|podcast|book|"
    r"link|url|website|email|e-mail|phone|number|date|day|time|amount|price|mutual|connection|referrer|"
    r"achievement|accomplishment|skill|field|insert|placeholder|here|recipient|contact|prospect|your\s+name|signature|"
    r"hospital|clinic|lab|laboratory|institution|institute|agency|startup|fund|program|programme|course|specialty|"
    r"speciality|area|region|venue|paper|publication|research|degree|major|interest|goal|challenge|result|metric)"
)
_SLOT_CONTENT_EN = regex.compile(
    rf"(?i)^(?:insert\b.*|.*\b{_SLOT_WORDS_EN}s?\b.*|.*\bhere)$",
)
_HTML_TAGS = frozenset(
    "a abbr b br div em h1 h2 h3 h4 h5 h6 hr i img li ol p pre small span strong sub sup table td th tr u ul "
    "html head body title meta link style script section header footer nav main article blockquote code".split()
)

# Tag syntaxes that are always template slots, whatever they contain.
_ALWAYS = regex.compile(
    r"""
      \{\{\{?[ \t]*[^{}\n]{1,60}?[ \t]*\}?\}\}     # {{first_name}}, {{{name}}}, {{ contact.firstname }}
    | \*\|[A-Za-z0-9_:-]{1,40}\|\*                  # *|FNAME|*  (Mailchimp)
    | \[\[[ \t]*[A-Za-z_][\w .-]{0,40}\]\]          # [[name]]
    | <<[ \t]*[A-Za-z_][\w .-]{0,40}>>              # <<Name>>
    | %[A-Za-z_][A-Za-z0-9_]{1,40}%                 # %LASTNAME%
    | \$\{[A-Za-z_][\w.]{0,40}\}                    # ${name}
    | \{![A-Za-z_][\w.]{0,60}\}                     # {!Contact.FirstName}  (Salesforce)
    """,
    regex.VERBOSE,
)
# A single pair of brackets around something that may be a slot: decided by its content.
_BRACKETED = regex.compile(
    r"""
      (?<![\w\]\[!])\[(?P<square>[^\[\]\n]{1,60})\](?![(\[:])   # [Company Name], not [1], [x](url), [^1]:
    | (?<![\w<])<(?P<angle>[^<>\n@/]{1,40})>(?!>)               # <FIRST NAME>, not <a@b.c>, <br/>, <<x>>
    | (?<![\w{$!])\{(?P<brace>[^{}\n]{1,60})\}(?!\})            # {first_name}, not an aside in prose
    """,
    regex.VERBOSE,
)
_WORDLIKE = regex.compile(r"(?i)[aeiouy]|[^\x00-\x7f]")  # a word, not an abbreviation such as fmt
_IDENTIFIER = regex.compile(r"^\s*(?:[A-Za-z]+_[A-Za-z0-9_]+|[a-z]+[A-Z][A-Za-z]*|[A-Z]{2,}(?:[ _][A-Z]{2,})*)\s*$")

# Japanese: runs of a placeholder symbol (2-6, or one before 月/日/時), and bracketed slot words.
_JA_SYMBOL_RUN = regex.compile(
    r"(?P<run>([○〇◯●□■△▲×✕＊◇◆]|[XＸ])\2{1,5})(?![○〇◯●□■△▲×✕＊◇◆XＸ])"
    r"|(?P<date>[○〇◯●□]{1,2}月[○〇◯●□]{1,2}日|[○〇◯●□]{1,2}[時日月])"
)
_JA_SLOT_WORD = (
    r"(?:お|ご|御|貴|相手の|先方の|自分の|あなたの)?"
    r"(?:名前|氏名|姓名|宛名|社名|会社名|企業名|貴社名|御社名|団体名|学校名|大学名|部署名?|役職名?|肩書き?|担当者名?|"
    r"名|日付|日時|日程|住所|電話番号|メールアドレス|アドレス|URL|商品名|サービス名|製品名|件名|"
    r"イベント名|セミナー名|記事名|記事タイトル|プロジェクト名|共通の知人|署名|ここに.{0,10}|.{0,10}を入力|"
    r"[\p{Han}\p{Katakana}ー]{0,4}(?:分野|技術|業界|業種|職種|地域|作品|趣味|実績|金額)|"  # 関心分野, 使用技術
    r"[\p{Han}\p{Katakana}ー]{1,8}名)(?:様|さん)?"  # 作品名, 店舗名, 技術名: "the name of …" is a slot
)
_JA_BRACKETED = regex.compile(
    rf"(?:【\s*{_JA_SLOT_WORD}\s*】|［\s*{_JA_SLOT_WORD}\s*］|\[\s*{_JA_SLOT_WORD}\s*\]|〔\s*{_JA_SLOT_WORD}\s*〕"
    rf"|＜\s*{_JA_SLOT_WORD}\s*＞|<\s*{_JA_SLOT_WORD}\s*>|《\s*{_JA_SLOT_WORD}\s*》|〈\s*{_JA_SLOT_WORD}\s*〉"
    rf"|｛\s*{_JA_SLOT_WORD}\s*｝|\{{\s*{_JA_SLOT_WORD}\s*\}}"
    r"|[（(][ 　]+(?:様|さん|殿)[）)])"  # "（　様）": a name left blank before the honorific
)
_INLINE_CODE = regex.compile(r"`[^`\n]{1,200}`")
_JA_CONTEXT_CHAR = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}ー]")
_DECORATIVE_LINE = regex.compile(r"^[\s\p{S}\p{P}]*$")


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
    枠を表す語を囲んだ角かっこ・山かっこ（``[Company Name]``、``<FIRST NAME>``）、
    ``%LASTNAME%`` や ``*|LNAME|*`` のような差し込みタグ、そして日本語の慣習である記号の繰り返し
    （``●●様``、``□□部長``、``〇月〇日``）と、かっこで囲んだ枠の語（``【お名前】``、``＜貴社名＞``、
    「〜名」すべて：``[技術名]``、``{作品名}``、分類の語：``【関心分野】``）です。

    引用番号 ``[1]``、``C++``、文中の補足のかっこ、インラインコードとして引用したテンプレート記法
    （`` `${user.name}` ``）、行頭で値を後ろに従える見出し（``【日時】3月10日``）、漢数字のゼロ（``二〇〇六年``）、
    Markdownのリンク、メールアドレス、HTMLタグ、
    顔文字、箇条書きの ``○`` や ``●`` 一つ、飾り罫（``★★``、``■■■■■■``）には反応しません。

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
        # Inline code (`${user.name}`) quotes template syntax on purpose: it is never an unfilled slot.
        taken: list[tuple[int, int]] = [m.span() for m in find_pattern(_INLINE_CODE, text)] if "`" in text else []

        def report(start: int, end: int) -> Finding | None:
            if any(s < end and start < e for s, e in taken):
                return None
            taken.append((start, end))
            slot = text[start:end]
            key = _fill_key(text[start : end + 2])  # "○○様": the honorific after the slot says it is a name
            return self.finding(ctx, start, end, self.say(ctx, "slot", slot=_quote(slot, ctx)), suggestion=self.say(ctx, key))

        for m in find_pattern(_ALWAYS, text):
            f = report(m.start(), m.end())
            if f:
                yield f
        for m in find_pattern(_BRACKETED, text):
            kind = m.lastgroup
            content = m.group(kind).strip()
            if not content or content.isdigit() or not _is_slot(content, kind):
                continue
            f = report(m.start(), m.end())
            if f:
                yield f
        if "\u3000" in text or _JA_CONTEXT_CHAR.search(text):
            for m in find_pattern(_JA_BRACKETED, text):
                if _is_heading(text, m.start(), m.end()):
                    continue  # 【日時】3月10日 19時: a label with its value, not a slot
                f = report(m.start(), m.end())
                if f:
                    yield f
            for m in find_pattern(_JA_SYMBOL_RUN, text):
                if m.group("run") is not None and not _symbol_run_is_slot(text, m.start(), m.end()):
                    continue
                if _is_kanji_numeral(text, m.start(), m.end()):
                    continue
                f = report(m.start(), m.end())
                if f:
                    yield f


_JA_AFTER_SLOT = regex.compile(r"[のにをがはとでへもや様さ殿、。）)」\s]|$")


def _is_heading(text: str, start: int, end: int) -> bool:
    """A bracket that opens its line and is followed on it by a value (【日時】3月10日, ［会場］渋谷)
    labels the value, as in an event notice; a slot runs on into the sentence (【関心分野】に…)."""
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip():
        return False
    return not _JA_AFTER_SLOT.match(text, end) and text[end : end + 1] not in ("\r",)


def _is_slot(content: str, kind: str) -> bool:
    if len(content.split()) > 6 or any(c in content for c in ".,;!?") and not _IDENTIFIER.match(content):
        return False
    if kind == "angle" and content.lower().split(" ")[0] in _HTML_TAGS and content == content.lower():
        return False
    if _IDENTIFIER.match(content) and (not content.isupper() or "_" in content):
        return True
    if kind == "brace" and len(content.split()) <= 2 and not any(c.isdigit() for c in content) and _WORDLIKE.search(content):
        # {restaurant}, {first name}, {作品名}: braces around one or two words are template syntax, not
        # prose; an abbreviation in braces ({fmt}, the C++ library) is a name, and stays.
        return True
    if content.isupper() and len(content) >= 2 and _SLOT_CONTENT_EN.match(content):
        return True
    return bool(_SLOT_CONTENT_EN.match(content))


_KANJI_DIGITS = "〇○一二三四五六七八九"


def _is_kanji_numeral(text: str, start: int, end: int) -> bool:
    """〇 as the zero of a kanji numeral (二〇〇六年, 一〇月), not a slot: a kanji digit stands beside it."""
    if not all(c in "〇○" for c in regex.sub(r"[時日月]", "", text[start:end])):
        return False
    before = text[start - 1] if start > 0 else ""
    after = text[end] if end < len(text) else ""
    return bool(before and before in _KANJI_DIGITS + "十百千") or bool(after and after in _KANJI_DIGITS)


def _symbol_run_is_slot(text: str, start: int, end: int) -> bool:
    """A run of ○/●/XX is a slot when it sits in Japanese words, not in a decorative row."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    if _DECORATIVE_LINE.match(line):
        return False
    before = text[start - 1] if start > 0 else ""
    after = text[end] if end < len(text) else ""
    run = text[start:end]
    if run[0] in "XＸ":  # "XX様", "XXさん": only next to Japanese, never inside an English word
        return bool(_JA_CONTEXT_CHAR.match(after) or _JA_CONTEXT_CHAR.match(before)) and not (
            before.isascii() and before.isalnum()
        )
    return bool(_JA_CONTEXT_CHAR.match(after) or _JA_CONTEXT_CHAR.match(before) or after in "様さ")


def _fill_key(slot: str) -> str:
    s = slot.lower()
    if any(w in s for w in ("company", "organi", "firm", "employer", "社名", "会社", "企業", "御社", "貴社", "団体")):
        return "fill_company"
    if "name" in s or "名前" in s or "氏名" in s or "様" in s or "さん" in s or s.strip("{}[]<>%*|$! ").startswith(("fname", "lname")):
        return "fill_name"
    return "fill"


def _quote(slot: str, ctx: Context) -> str:
    return f"「{slot}」" if ctx.locale == "ja" else f"'{slot}'"
