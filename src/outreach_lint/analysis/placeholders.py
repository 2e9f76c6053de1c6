"""Template slots left unfilled in a draft: ``{first_name}``, ``[Company]``, ``○○様``, ``*|FNAME|*``.

Where the slots are is a fact about the draft that more than one rule reads: unfilled-placeholder
reports each one, and generic-template takes a draft with one as a form letter.
"""

from __future__ import annotations

import regex

from ..core.document import Document, per_draft
from .phrases import find_pattern, lazy_pattern

__all__ = ["template_slots"]

# Words that make bracketed text a slot rather than an aside or a citation.
_SLOT_WORDS_EN = (
    r"(?:first|last|full|given|family|sur|nick|user|company|business|recipient|contact|prospect|your|my|their|his|her|sender)?"
    r"[\s_-]?(?:name|firstname|lastname|fname|lname|company|organi[sz]ation|org|firm|employer|business|title|"
    r"job|role|position|team|department|dept|city|location|country|school|university|college|industry|topic|"
    r"subject|detail|details|project|product|service|event|conference|webinar|article|post|blog|podcast|book|"
    r"link|url|website|email|e-mail|phone|number|date|day|time|amount|price|mutual|connection|referrer|"
    r"achievement|accomplishment|skill|field|insert|placeholder|here|recipient|contact|prospect|your\s+name|signature|"
    r"hospital|clinic|lab|laboratory|institution|institute|agency|startup|fund|program|programme|course|specialty|"
    r"speciality|area|region|venue|paper|publication|research|degree|major|interest|goal|challenge|result|metric|"
    r"news|update|milestone|announcement|award|launch|promotion|funding|pain[\s_-]?point|benefit|feature|compliment|"
    r"personali[sz]ation|observation|neighbou?rhood|town|street|suburb|district|county|state|store|shop|restaurant|"
    r"brand|client|customer|competitor)"
)
_SLOT_CONTENT_EN = lazy_pattern(
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
      (?<![A-Za-z0-9_\]\[!])\[(?P<square>[^\[\]\n]{1,60})\](?![(\[:])   # [Company Name], not [1], [x](url), [^1]:
    | (?<![A-Za-z0-9_<])<(?P<angle>[^<>\n@/]{1,40})>(?!>)               # <FIRST NAME>, not <a@b.c>, <br/>, <<x>>
    | (?<![A-Za-z0-9_{$!])\{(?P<brace>[^{}\n]{1,60})\}(?!\})            # {first_name}, not an aside in prose
    # (a letter of a Latin word before the bracket joins it to that word, forecast_{store_id}; a
    # Japanese one does not: こんにちは{first_name}さん)
    """,
    regex.VERBOSE,
)
# "Dear [Hiring Manager],": whatever stands in brackets where the greeting names its addressee is a slot.
_GREETING_BEFORE = regex.compile(r"(?i)(?:^|\n)[ \t]*(?:dear|hi|hello|hey|greetings|to)[ \t]+$")
_GREETING_AFTER = regex.compile(r"[ \t]*(?:[,:!]|\n|$)")


def _greets(text: str, start: int, end: int) -> bool:
    """Whether the bracket stands as the addressee of a greeting line ("Dear [Hiring Manager],")."""
    return bool(_GREETING_BEFORE.search(text[max(0, start - 20) : start])) and bool(_GREETING_AFTER.match(text, end))


# A merge field's name left bare, in capitals, in mixed-case text where a name goes: the greeting's
# addressee ("Dear NAME,", "Hi FIRSTNAME") or an organisation after a preposition ("a role at COMPANY.").
_BARE_CAPS = lazy_pattern(
    r"(?i:(?:^|\n)[ \t]*(?:dear|hi|hello|hey)[ \t]+)(?P<field>(?:FIRST_?NAME|FULL_?NAME|FNAME|NAME|RECIPIENT|CONTACT_?NAME))(?=[ \t]*[,:!\n])"
    r"|(?i:\b(?:at|for|with|of|to|join|joining|from|about)[ \t]+)(?P<org>COMPANY(?:_?NAME)?|ORGANI[SZ]ATION)(?=[ \t]*(?:[,;:!?]|\.(?!\w)|\n|$|[ \t]+[a-z]))"
)
_CAPS_WORD = regex.compile(r"\b[A-Z]{2,}\b")
_BARE_HINT = regex.compile(r"NAME|COMPANY|ORGANI|RECIPIENT")  # every bare field holds one: a cheap test first


def _shouting_around(text: str, start: int, end: int) -> bool:
    """Whether the capitals are the draft shouting ("SEND IT TO COMPANY NOW") rather than a bare
    field: a word in capitals stands next to it on either side."""
    before = regex.findall(r"[\w']+", text[max(0, start - 30) : start])
    after = regex.findall(r"[\w']+", text[end : end + 30])
    near = (before[-1:] or []) + (after[:1] or [])
    return any(_CAPS_WORD.fullmatch(w) for w in near)


_WORDLIKE = regex.compile(r"(?i)[aeiouy]|[^\x00-\x7f]")  # a word, not an abbreviation such as fmt
_IDENTIFIER = regex.compile(r"^\s*(?:[A-Za-z]+_[A-Za-z0-9_]+|[a-z]+[A-Z][A-Za-z]*|[A-Z]{2,}(?:[ _][A-Z]{2,})*)\s*$")

# Japanese: runs of a placeholder symbol (2-6, or one before 月/日/時), and bracketed slot words.
_JA_SYMBOL_RUN = lazy_pattern(
    r"(?P<run>([○〇◯●□■△▲×✕＊◇◆]|[XＸ])\2{1,5})(?![○〇◯●□■△▲×✕＊◇◆XＸ])"
    r"|(?P<date>[○〇◯●□]{1,2}月[○〇◯●□]{1,2}日|[○〇◯●□]{1,2}[時日月])"
)
_JA_SLOT_WORD = (
    r"(?:お|ご|御|貴|相手の|先方の|自分の|あなたの)?"
    r"(?:名前|氏名|姓名|宛名|社名|会社名|企業名|貴社名|御社名|団体名|学校名|大学名|部署名?|役職名?|肩書き?|担当者名?|所属(?:先|名)?|"
    r"名|日付|日時|日程|住所|電話番号|メールアドレス|アドレス|URL|商品名|サービス名|製品名|件名|"
    r"イベント名|セミナー名|記事名|記事タイトル|プロジェクト名|共通の知人|署名|ここに.{0,10}|.{0,10}を入力|"
    r".{0,10}を.{0,4}(?:入れる|入れて|記入|挿入|書く|書いて)|(?:担当者?の)?(?:電話|連絡先)|"  # [候補日を3つ入れる], 【担当者の電話】
    r"[\p{Han}\p{Katakana}ー]{0,4}(?:分野|技術|業界|業種|職種|地域|作品|趣味|実績|金額|期限|期日|タイトル|題名|テーマ|"
    r"件数|人数|数値|年数|候補日)|"  # 関心分野, 回答期限, 投稿タイトル, 投稿テーマ, 【実績件数】, 【候補日】
    r"(?:最近|直近|近頃)の?(?:ニュース|話題|投稿|ご活躍|活躍|取り組み|取組)|"  # 【最近のニュース】: the personal line left to fill
    # 作品名, 店舗名, 技術名, OB名: "the name of …" is a slot; an honorific inside too: 【採用ご担当者様名】
    r"(?:[\p{Han}\p{Katakana}ーA-Za-zＡ-Ｚａ-ｚ・]{0,6}[ごお])?[\p{Han}\p{Katakana}ーA-Za-zＡ-Ｚａ-ｚ・]{1,8}名)(?:様|さん)?"
)
_JA_BRACKETED = lazy_pattern(
    rf"(?:【\s*{_JA_SLOT_WORD}\s*】|［\s*{_JA_SLOT_WORD}\s*］|\[\s*{_JA_SLOT_WORD}\s*\]|〔\s*{_JA_SLOT_WORD}\s*〕"
    rf"|＜\s*{_JA_SLOT_WORD}\s*＞|<\s*{_JA_SLOT_WORD}\s*>|《\s*{_JA_SLOT_WORD}\s*》|〈\s*{_JA_SLOT_WORD}\s*〉"
    rf"|｛\s*{_JA_SLOT_WORD}\s*｝|\{{\s*{_JA_SLOT_WORD}\s*\}}"
    r"|[（(][ 　]+(?:様|さん|殿)[）)])"  # "（　様）": a name left blank before the honorific
)
# Round brackets hold asides, but one that tells the writer what to put there is a slot left unfilled:
# 「（ここに相手の取り組みを入れる）」, "(insert their recent project here)", "(add a line about their talk)".
_INSTRUCTION = regex.compile(
    r"[（(][ 　]*(?:ここに[^（）()\n]{0,20}|[^（）()\n]{1,20}を)(?:入れる|入れて|記入|挿入|書く|書いて|入力)[^（）()\n]{0,6}[ 　]*[）)]"
    r"|(?i:\([ ]*(?:insert|add|put|mention)\b[^()\n]{1,50}?\b(?:here|in)?[ ]*\))"
)
# A name left blank in the greeting: "Dear ____,", "Hi ___!" (a form to fill by hand, as 「〇〇　様」).
_BLANK_NAME = regex.compile(r"(?im)^[ \t]*(?:dear|hi|hello|hey|good (?:morning|afternoon|evening))[ \t]+(?P<blank>_{3,})[ \t]*[,!:.\n]")
_INLINE_CODE = regex.compile(r"`[^`\n]{1,200}`")
_JA_CONTEXT_CHAR = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}ー]")
_DECORATIVE_LINE = regex.compile(r"^[\s\p{S}\p{P}]*$")


@per_draft
def template_slots(doc: Document) -> tuple[tuple[int, int], ...]:
    """(start, end) of every unfilled template slot, in the order found: always-slot syntaxes,
    bracketed slot words, then the Japanese conventions. Inline code is never a slot."""
    text = doc.text
    # Inline code (`${user.name}`) quotes template syntax on purpose: it is never an unfilled slot.
    taken: list[tuple[int, int]] = [m.span() for m in find_pattern(_INLINE_CODE, text)] if "`" in text else []
    out: list[tuple[int, int]] = []

    def add(start: int, end: int) -> None:
        if any(s < end and start < e for s, e in taken):
            return
        taken.append((start, end))
        out.append((start, end))

    for m in find_pattern(_ALWAYS, text):
        add(m.start(), m.end())
    for m in find_pattern(_BRACKETED, text):
        kind = m.lastgroup
        content = m.group(kind).strip()
        if content and not content.isdigit() and (_is_slot(content, kind) or _greets(text, m.start(), m.end())):
            if kind == "brace" and _spelled_in_a_format(text, m.group()):
                continue  # forecast_{store_id}_{yyyymmdd}.csv: the draft explains a format's fields
            add(m.start(), m.end())
    if "(" in text or "（" in text:
        for m in find_pattern(_INSTRUCTION, text):
            add(m.start(), m.end())
    if "___" in text:
        for m in find_pattern(_BLANK_NAME, text):
            add(m.start("blank"), m.end("blank"))
    for m in find_pattern(_BARE_CAPS, text) if _BARE_HINT.search(text) else ():
        field = m.lastgroup or "field"
        if not _shouting_around(text, m.start(field), m.end(field)):
            add(m.start(field), m.end(field))
    if "\u3000" in text or _JA_CONTEXT_CHAR.search(text):
        bracketed = list(find_pattern(_JA_BRACKETED, text))
        # 【人数】, 【配置】 each alone on a line over its paragraph: the sections of a message, two or more
        sections = bool(bracketed) and sum(_heads_a_section(text, m.start(), m.end()) for m in _ANY_BRACKETED.finditer(text)) >= 2
        for m in bracketed:
            if not _is_heading(text, m.start(), m.end()) and not (sections and _heads_a_section(text, m.start(), m.end())):
                add(m.start(), m.end())  # 【日時】3月10日 19時: a label with its value
        for m in find_pattern(_JA_SYMBOL_RUN, text):
            if m.group("run") is not None and not _symbol_run_is_slot(text, m.start(), m.end()):
                continue
            if not _is_kanji_numeral(text, m.start(), m.end()):
                add(m.start(), m.end())
    return tuple(out)


_JA_AFTER_SLOT = regex.compile(r"[のにをがはとでへもや様さ殿、。）)」\s]|$")


def _is_heading(text: str, start: int, end: int) -> bool:
    """A bracket that opens its line and is followed on it by a value (【日時】3月10日, ［会場］渋谷)
    labels the value, as in an event notice; a slot runs on into the sentence (【関心分野】に…)."""
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip():
        return False
    if text[start + 1 : end - 1].strip().endswith("名") and _SENTENCE_ON_LINE.search(text, end, _line_end(text, end)):
        return False  # 「[エリア名]エリアでご活躍されている…ご連絡いたしました。」: a name left out of a sentence, no label
    return not _JA_AFTER_SLOT.match(text, end) and text[end : end + 1] not in ("\r",)


# A polite predicate or a full stop: the line goes on as a sentence, not as a label's value (【日時】3月10日).
_SENTENCE_ON_LINE = regex.compile(r"。|(?:ます|です|ました|でした)(?:[。！!？?]|$)")


def _line_end(text: str, i: int) -> int:
    end = text.find("\n", i)
    return len(text) if end < 0 else end


_ANY_BRACKETED = regex.compile(r"【[^】\n]{1,20}】|［[^］\n]{1,20}］")


def _heads_a_section(text: str, start: int, end: int) -> bool:
    """A bracket alone on its line with its paragraph on the next line (「【人数】\n3ステージ×2日間で…」)."""
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip():
        return False
    line_end = text.find("\n", end)
    if line_end < 0 or text[end:line_end].strip():
        return False
    next_end = text.find("\n", line_end + 1)
    return bool(text[line_end + 1 : next_end if next_end >= 0 else len(text)].strip())


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
    if kind != "angle" and _THEIR_THING.match(content):
        return True  # [his winery], [their latest release]: what to write about them, not written
    return bool(_SLOT_CONTENT_EN.match(content))


# "[his winery]", "[her latest book]": a description of the recipient's thing, left for the writer to fill.
_THEIR_THING = regex.compile(
    r"(?i)^(?:his|her|their|your|the recipient's|recipient's)\s+[a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,2}$"
    r"|^(?:彼|彼女|相手|先方|ご本人|その方)の[^\s、。]{1,12}$"  # [彼のワイナリー], 【相手の最近の投稿】
)


_KANJI_DIGITS = "〇○一二三四五六七八九"


def _is_kanji_numeral(text: str, start: int, end: int) -> bool:
    """〇 as the zero of a kanji numeral (二〇〇六年, 一〇月), not a slot: a kanji digit stands beside it."""
    if not all(c in "〇○" for c in regex.sub(r"[時日月]", "", text[start:end])):
        return False
    before = text[start - 1] if start > 0 else ""
    after = text[end] if end < len(text) else ""
    return bool(before and before in _KANJI_DIGITS + "十百千") or bool(after and after in _KANJI_DIGITS)


_MASKED_NUMBER_AFTER = regex.compile(r"[-－‐][0-9０-９XＸ]")
_MASKED_NUMBER_BEFORE = regex.compile(r"[0-9０-９XＸ][-－‐]$")


def _symbol_run_is_slot(text: str, start: int, end: int) -> bool:
    """A run of ○/●/XX is a slot when it sits in Japanese words, not in a decorative row."""
    line_start = text.rfind("\n", 0, start) + 1
    line = text[line_start : _line_end(text, end)]
    if _DECORATIVE_LINE.match(line):
        return False
    before = text[start - 1] if start > 0 else ""
    after = text[end] if end < len(text) else ""
    run = text[start:end]
    if any(c in _ADDRESS_UNITS for c in text[max(line_start, start - 6) : start]) and _MASKED_ADDRESS_AFTER.match(text, end):
        return False  # 甲州市塩山〇〇町1234-5, 富山市XX町1-1: a part of an address masked, its number written
    if _MASKED_PHONE.search(line):
        return False  # 「〇〇島診療所（代表 0959-XX-2201）」: a line the writer redacted, its number masked too
    if run[0] in "XＸ":  # "XX様", "XXさん": only next to Japanese, never inside an English word
        if _MASKED_NUMBER_AFTER.match(text, end) or _MASKED_NUMBER_BEFORE.search(text, max(0, start - 6), start):
            return False  # 丹原町XXX-X, 北千種2-X-X: a street number with its digits hidden, not a slot
        return bool(_JA_CONTEXT_CHAR.match(after) or _JA_CONTEXT_CHAR.match(before)) and not (
            before.isascii() and before.isalnum()
        )
    if _JA_CONTEXT_CHAR.match(after) or _JA_CONTEXT_CHAR.match(before) or after in "様さ":
        return True
    # 「〇〇　ご担当者様」: a space between the slot and the title after it, on the slot's line
    spaced = _SPACED_TITLE.match(text, end)
    return spaced is not None and line_start <= spaced.start() < spaced.end() <= line_start + len(line)


# A title after spaces: 「〇〇　ご担当者様」, 「○○ 様」, 「○○　御中」.
_SPACED_TITLE = regex.compile(r"[ \u3000]+(?:ご担当者?様|ご担当者|様|御中|殿|さん|先生)")


# A phone number with some digits hidden (0959-XX-2201, 090-1234-XXXX): the line it stands on was redacted.
_MASKED_PHONE = regex.compile(r"[0-9０-９]{2,5}[-－‐][0-9０-９]{0,3}[XＸxｘ]{2,4}[-－‐]?[0-9０-９XＸxｘ]{0,4}")


# A town's name masked inside an address whose number is written: the writer hid it, no merge left it.
_ADDRESS_UNITS = frozenset("都道府県市区郡町村")
_MASKED_ADDRESS_AFTER = regex.compile(r"[町村区]?[0-9０-９]{1,4}[-－‐丁番]")


def _spelled_in_a_format(text: str, slot: str) -> bool:
    """Whether the brace ``slot`` also stands glued inside a longer word of the draft (a file-name
    or URL pattern such as ``forecast_{store_id}.csv``): then the draft names a format's field."""
    start = text.find(slot)
    while start >= 0:
        end = start + len(slot)
        before, after, beyond = text[start - 1 : start], text[end : end + 1], text[end + 1 : end + 2]
        if before.isascii() and (before.isalnum() or before == "_"):
            return True
        if after.isascii() and (after.isalnum() or after == "_" or (after in "-/." and beyond.isascii() and beyond.isalnum())):
            return True
        start = text.find(slot, start + 1)
    return False

