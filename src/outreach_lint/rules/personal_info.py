"""A first message that gives away a home address, a personal phone number, a birth date or an ID.

## What it does
Looks for what a stranger could use to find or impersonate the writer:

- **phone numbers**, parsed with the ``phonenumbers`` library (Japanese and US formats, and any
  international ``+`` number): a mobile number (Japan's 070/080/090, or any number the library
  types as mobile), any number marked as personal (自宅, 個人の電話番号, 個人携帯, 携帯, "my mobile",
  "my cell", "home phone", "ring me at home on"), and a number on a line that names a messaging
  app ("Easier on WhatsApp, message me there on …"): those apps run on a mobile; eight digits, a whole
  number in Hong Kong or Singapore, only on a line that calls it a mobile or the writer's ("Mobile: 9123 4567");
- **addresses**: a street-level address marked as the writer's home ("my apartment is at …",
  "I live at 12 Elm Street", "pop by any afternoon", "Home: 9 Bishops Rd", 私の住まいは…, 自宅は…, 自宅：…), a residential one (号室,
  マンション, 一軒家, "Apt 4B", "the house with the green gate"), and any whole postal address that is not a business's: in Japanese a 〒
  postcode or 都道府県 + 市区町村 + 丁目/番地, or 市区町村 + 丁目 with its block and house numbers (「岡山市北区津高台2丁目14-6」), in English a street, its town (on the same line or the next
  line of a signature: "Flat 3, 18 Abingdon Road / Oxford OX1 4PD") and a full postcode or ZIP
  ("3 Kirkgate Cottages, Ripon HG4 1PB", "12 Oak Lane, Springfield, IL 62704", "27 Wattle Street, Carina
  QLD 4152", an Irish Eircode after the county: "14 Larkfield Road, Ballincollig, Co. Cork, P31 X2K8",
  a continental street named after its type, then a postcode and town: "7 Rue des Tanneurs, 67000
  Strasbourg", or a street with no type word: "22 Glan Y Môr, Bangor LL57 2QA", its words joined by a lower-case particle too:
  "14 Heol y Coed, Llanelli SA15 3PL");
- a **date of birth** (生年月日, 生年月日(1988年11月22日), 1990年5月3日生まれ, "date of birth", "my DOB is 3 June
  1958", "born on March 3, 1990");
- an **ID number**: マイナンバー (個人番号), a US Social Security number, a passport or driver's
  licence number (also a few words after its label: 免許証番号を記します：第 4410 2286 9031 号; its twelve
  digits however grouped, 第62 1234 5678 90号; "driving licence number is 62 1234 5678 90", not "a driving licence
  UK 2019"), and another country's national ID named before it (National Insurance number,
  Aadhaar, CPF, SIN, NRIC, 基礎年金番号, 在留カード番号), unless it is an order's or invoice's.

An office number or a company address (a signature with 株式会社, 本社, TEL, 直通, ビル 11階, "Suite
400", "Office:", a number named as the firm's just after it: "+90 532 000 0000 is our sales desk", or a
workplace: 窯・直売所, 工房, アトリエ, "Studio", "Workshop", or an institution and its public line: 病院, 図書館,
a public body named by its founder, 「富山市中央町1-1（県立文書館）」 (県立, 市立, 国立…), "Tasmanian Archives, 91 Murray Street",
"Midlands Artificial Eye Service, 40 Calthorpe Road", "Hospital", "Freephone:") is normal business practice and is not reported
unless marked as personal. A number's label is read from the start of its sentence: in "I run a bike shop in
Leeds. Mobile: 07911 482 617" and 「京都で自転車店を営んでいる堀と申します。携帯：090-…」 the shop is the
writer's trade, not the line's. A Japanese city may be written in kana (「自宅（つくば市竹園2-11-4）」).
A number with some digits hidden ("090-2277-3XXX", "07700 900XXX", even "080-3XXX-7XXX" after a
full prefix) is read as the number it is, and so is a Japanese street number or postcode with its
digits hidden (北千種2-X-X, 〒041-0XXX); a wholly masked number ("090-XXXX-XXXX") is a slot to fill,
not a number.
Numbers in URLs, order and invoice numbers (an order labelled "PO" or "P.O." in capitals; "Tai Po", a town,
labels nothing), postcodes, dates and prices are not phone numbers.
Every finding is marked sensitive: output formats mask the span, and no message repeats it.

A toll-free, shared-cost or premium line (0120, 0570, 1-800, 0906…) is nobody's own and never a
finding, unless the writer calls it theirs right after it ("0917 555 2041 (my personal number)": a
Philippine mobile that a British reading takes for a premium line) or just before it ("WhatsApp me on my
personal number 0300 555 2741": a Pakistani mobile that a British reading takes for a non-geographic line). A bare number is read first in the draft's own country (090… is a Japanese mobile in a
Japanese draft, a British premium line in an English one), and a number whose own line calls it a
mobile (携帯, "cell", "mob") is one, even in a range the numbering plan does not list as allocated.

Once the recipient has replied, a phone number or an address may be what they asked for: those
are findings in a first message only (an ID number or a birth date always is).

## Why is this bad?
The advice is never to publish a home address or phone number to strangers (002 §2): it invites
harassment, and a first message can be forwarded, screenshotted and kept. A birth date or an ID
number is what identity theft needs. Offer a business channel; share the rest once you know
the person.

## Example
Bad (English):

    Hi Dana, happy to meet in person: my apartment is at 42 Elm Street, Apt 4B. My cell is (415) 555-0132.

Better:

    Hi Dana, happy to meet in person. Would a video call or a coffee near your office suit you?

Bad (Japanese):

    はじめまして。近くに住んでおり、自宅は東京都世田谷区太子堂2-3-4です。携帯 090-1234-5678 にお電話ください。

Better:

    はじめまして。近くで働いております。よろしければLinkedInのメッセージでご連絡ください。
"""

from __future__ import annotations

import re
from typing import Iterator

import regex

from ..analysis.phrases import find_pattern, lazy_pattern, load_data
from ..core.context import Context
from ..core.document import Document
from ..core.finding import Finding, Severity
from ..core.rule import ANY_LANGUAGE, Rule

_MARKERS = load_data("personal-info.toml")["markers"]


def _alternatives(group: str) -> "regex.Pattern[str]":
    return lazy_pattern("(?i)" + "|".join(f"(?:{p})" for p in _MARKERS[group]))


_PERSONAL = _alternatives("personal")
_MOBILE = _alternatives("mobile")
_MESSAGING = _alternatives("messaging")
_BUSINESS = _alternatives("business")
_RESIDENTIAL = _alternatives("residential")
_REFERENCE = _alternatives("reference")

_URL = regex.compile(r"(?i)(?:https?://|www\.)[^\s<>「」（）()]{1,500}|[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,5}")
_D = "[0-9０-９]"
_DASH = "[-－‐ー−―]"
# Japanese street-level addresses.
_JA_POSTCODE = regex.compile(rf"〒[ \t　]{{0,2}}{_D}{{3}}{_DASH}{_D}{{4}}")
_JA_STREET = lazy_pattern(
    rf"(?:{_D}{{1,4}}|[一二三四五六七八九十]{{1,3}})丁目|{_D}{{1,5}}番地?"
    rf"|{_D}{{1,4}}{_DASH}{_D}{{1,4}}(?:{_DASH}{_D}{{1,4}})?"
    r"(?![0-9０-９人名件年月日時分個社回%％割倍歳才万億円ヶか])"  # 2-3人, 10-15分: counts, not a street number
)
# Between a city and its street number: a town name, not a clause (品川区に住んでいて、2-3…).
_HOUSE_AFTER_CHOME = regex.compile(rf"[ \t　]{{0,2}}{_D}{{1,4}}(?:番地?{_D}{{1,4}}号?|{_DASH}{_D}{{1,4}})")
_TOWN = regex.compile(r"[\p{Han}\p{Katakana}ー0-9０-９ 　]{0,20}(?:[\p{Hiragana}]{1,4}[\p{Han}\p{Katakana}ー0-9０-９ 　]{0,12})?")
_JA_PREFECTURE_CITY = regex.compile(
    r"(?:東京都|北海道|大阪府|京都府|[\p{Han}]{2,3}県)[ \t　]{0,2}[\p{Han}\p{Hiragana}\p{Katakana}ー]{1,10}?[市区町村郡]"
)
# a city written in kana is one too: つくば市, さいたま市, あきる野市
_JA_CITY = regex.compile(r"[\p{Han}\p{Katakana}ー]{1,8}?[市区町村郡]|(?<!\p{Hiragana})\p{Hiragana}{2,5}\p{Han}?市")
_ADDRESS_TAIL = regex.compile(rf"[ \t　]{{0,2}}[^\s、。,，「」]{{0,24}}?(?:号室|{_D}{{1,3}}(?:階|F)|号)")
# English street addresses: "42 Elm Street", "1600 Pennsylvania Ave NW", then "Apt 4B".
_EN_NUMBER = regex.compile(r"(?<![\w#/.$€£¥-])\d{1,5}[A-Za-z]?[ \t]{1,3}(?=[A-Z])")
_STREET_TYPES = frozenset(
    "street st avenue ave road rd boulevard blvd lane ln drive dr court ct way place pl terrace ter circle cir "
    "parkway pkwy highway hwy square sq alley crescent close grove gardens cottages mews row rise hill green walk "
    "parade wharf".split()
)
# a lower-case particle may join its words: "Heol y Coed", "Rue de la Paix", "Calle del Sol"
_STREET_NAME = regex.compile(
    r"\p{Lu}[\p{L}'’-]{0,24}(?:[ \t](?:(?:y|yr|de|la|le|du|des|del|di|da|van|von|der|den)[ \t]){0,2}\p{Lu}[\p{L}'’-]{0,24}){0,3}"
)
# After a street: a town, then a full British postcode or a US state and ZIP ("3 Kirkgate Cottages,
# Ripon HG4 1PB", the town on the next line of a signature too, "12 Oak Lane, Springfield, IL 62704", "27 Wattle Street, Carina QLD 4152"): a whole
# postal address, as 〒 makes one in Japanese.
_EN_POSTCODE_AFTER = regex.compile(
    r"(?:,?(?:[ \t]{1,2}|[ \t]*\n[ \t]*)(?:Co\.?[ \t])?[A-Z][\w'’-]{1,24}(?:[ \t][A-Z][\w'’-]{1,24}){0,2}){0,2},?[ \t]{1,2}"
    r"(?:[A-Z]{1,2}[0-9][A-Z0-9]?[ \t][0-9][A-Z]{2}|[A-Z]{2}[ \t]{1,2}[0-9]{5}(?:-[0-9]{4})?"
    r"|(?:NSW|VIC|QLD|WA|SA|TAS|ACT|NT)[ \t]{1,2}[0-9]{4}"  # … Carina QLD 4152
    r"|[AC-FHKNPRTV-Y][0-9][0-9W][ \t][AC-FHKNPRTV-Y0-9]{4})\b"  # Irish Eircode: … Ballincollig, Co. Cork, P31 X2K8
)
# A continental street, its type before its name, then a five-digit postcode and a town: "7 Rue des
# Tanneurs, 3e étage, 67000 Strasbourg", "12 Via Roma, 20121 Milano", "Calle Mayor 5, 28013 Madrid".
_CONTINENTAL = regex.compile(
    r"(?<![\w#/.$€£¥-])(?P<before>\d{1,4}[a-z]?,?[ \t]{1,2})?(?:Rue|Avenue|Boulevard|Place|Chemin|Allée|Quai|Impasse|Via|Viale|Piazza|"
    r"Corso|Calle|Carrer|Avenida|Rua|Praça|Plaza|Paseo)[ \t][\p{L}'’ -]{2,40}?(?P<after>[ \t]\d{1,4}[a-z]?)?,"
    r"(?:[^,\n]{1,20},)?[ \t]{1,2}\d{5}[ \t][A-Z\p{Lu}][\p{L}-]{2,30}"
)
_EN_UNIT = regex.compile(r"(?i),?[ \t]{0,2}(?:apt\.?|apartment|unit|flat|#)[ \t]{0,2}#?[0-9A-Z]{1,6}\b")
# A number with some digits hidden, as people share one in a template or a screenshot
# ("090-2277-3XXX", "080-3XXX-7XXX", "07700 900XXX", 第6120XXXXXX07号): it is still a real number. At
# least four digits and two masked characters in a row in a run of nine or more; a wholly masked one
# ("090-XXXX-XXXX") is a slot.
_MASKED_RUN = regex.compile(r"[0-9０-９][0-9０-９Xx×＊*\- ‐－]{7,}[0-9０-９Xx×＊*]")
_MASK_CHARS = regex.compile(r"[Xx×＊*Ｘ]")
_PREFIX = regex.compile(r"[0-9０-９]{3}")
_MASK_BLOCK = regex.compile(r"[Xx×＊*Ｘ]{2,}")
# A Japanese street number or postcode with digits hidden, after the town's name or 〒:
# 北千種2-X-X, 丹原町XXX-X, 〒041-0XXX. A whole address is still given.
_MASKED_JA_STREET = regex.compile(
    r"(?:(?<=〒[ \t　]?)|(?<=\p{Han}))[0-9０-９XＸ]{1,4}(?:[-－‐][0-9０-９XＸ]{1,4}){1,2}(?![0-9０-９XＸA-Za-z])"
)


def _unmasked(text: str) -> str:
    """``text`` with the hidden digits of partly masked numbers read as zeros (same length, same offsets)."""
    if not _MASK_BLOCK.search(text) and not ("X-" in text or "Ｘ" in text or "-X" in text):
        # only a run with two hidden digits in a row, or a street number's X beside a dash (北千種2-X-X),
        # is read: an "x" alone is in most English drafts
        return text
    out = text
    for m in _MASKED_RUN.finditer(text):
        run = m.group()
        digits = sum(c.isdecimal() for c in run)
        masked = len(_MASK_CHARS.findall(run))
        # not 1920x1080; more hidden than shown when a full prefix opens it (080-3XXX-7XXX)
        if _MASK_BLOCK.search(run) and digits >= 4 and (digits > masked or _PREFIX.match(run)):
            out = out[: m.start()] + _MASK_CHARS.sub("0", run) + out[m.end() :]
    for m in _MASKED_JA_STREET.finditer(out):
        run = m.group()
        if _MASK_CHARS.search(run):
            out = out[: m.start()] + _MASK_CHARS.sub("0", run) + out[m.end() :]
    return out


# Dates of birth.
_JA_DATE = rf"(?:{_D}{{4}}|(?:昭和|平成|令和)(?:{_D}{{1,2}}|元))[ \t]{{0,1}}(?:年{_D}{{1,2}}月{_D}{{1,2}}日|[/／.]{_D}{{1,2}}[/／.]{_D}{{1,2}})"
_EN_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\.?"
_EN_DATE = (
    rf"(?:{_EN_MONTH}[ \t]{{1,2}}\d{{1,2}}(?:st|nd|rd|th)?,?[ \t]{{1,2}}\d{{4}}|\d{{1,2}}(?:st|nd|rd|th)?[ \t]{{1,2}}(?:of[ \t]{{1,2}})?{_EN_MONTH},?[ \t]{{1,2}}\d{{4}}"
    r"|\d{1,2}/\d{1,2}/\d{4}|\d{4}-\d{2}-\d{2})"
)
_DOB = lazy_pattern(
    rf"(?:生年月日|誕生日)[ \t　]{{0,2}}[:：は（(]?[ \t　]{{0,2}}(?P<d1>{_JA_DATE})"
    rf"|(?P<d2>{_JA_DATE})[ \t　]{{0,2}}(?:生まれ|生)"
    rf"|(?i:\b(?:date[ \t]of[ \t]birth|d\.?o\.?b\.?|birth[ \t]?date|born:?|i[ \t](?:was|am)[ \t]born(?:[ \t]on)?|my[ \t]birthday[ \t]is)[ \t:,-]{{0,3}}(?:is[ \t]{{1,2}})?(?P<d3>{_EN_DATE}))"
)
# ID numbers.
_ID = lazy_pattern(
    rf"(?:マイナンバー|個人番号)(?:カード)?(?:の番号)?[ \t　]{{0,2}}[:：は]?[ \t　]{{0,2}}(?P<mynumber>{_D}{{4}}[ \t　-]?{_D}{{4}}[ \t　-]?{_D}{{4}})"
    # 免許証番号：441022869031, 免許証番号を記します：第 4410 2286 9031 号 (a few words, 第 and 号 around it)
    # (twelve digits, however grouped: 第62 1234 5678 90号)
    rf"|(?:運転免許証?番号|免許証番号)[^0-9０-９\n。]{{0,10}}?(?:第[ \t　]?)?(?P<licence_ja>(?:{_D}[ \t　-]?){{11}}{_D})(?![0-9０-９])"
    rf"|(?:パスポート|旅券)番号[ \t　]{{0,2}}[:：は]?[ \t　]{{0,2}}(?P<passport_ja>[A-Z]{{1,2}}{_D}{{7}})"
    r"|(?i:\b(?:ssn|social[ \t]security(?:[ \t](?:number|no\.?|#))?|ss#)[ \t:#]{0,3}(?:is[ \t]{1,2})?)(?P<ssn>\d{3}[- ]?\d{2}[- ]?\d{4})\b"
    r"|(?i:\bpassport(?:[ \t](?:number|no\.?|#))?[ \t:#]{0,3}(?:is[ \t]{1,2})?)(?P<passport>[A-Z]{0,2}\d{6,9}[A-Z]?)\b"
    # "driver's license", "driving licence"; the number grouped or not, six digits at least: "62 1234 5678 90"
    r"|(?i:\b(?:driver'?s|driving)[ \t]licen[cs]e(?:[ \t](?:number|no\.?|#))?[ \t:#]{0,3}(?:is[ \t]{1,2})?)"
    r"(?P<licence>(?=(?:[A-Z]*[ \t-]?[0-9]){6})[A-Z0-9]{2,15}(?:[ \t-][0-9]{2,6}){0,4})\b"
    # Other countries' national IDs, named before the number: "National Insurance number QQ 12 34 56 C",
    # "Aadhaar 4821 7730 5196", "CPF 123.456.789-09", 基礎年金番号, 在留カード番号. The number has five digits or more.
    r"|(?:(?i:\b(?:national[ \t]insurance|aadhaa?r|pesel|personnummer|national[ \t]id(?:entity)?|identity(?:[ \t]card)?(?=[ \t](?:number|no))|tax[ \t]file(?=[ \t](?:number|no))))"
    r"|\b(?:CPF|PAN|SIN|NRIC|NIN|NI|TFN|BSN|DNI))"
    r"(?i:(?:[ \t](?:card[ \t])?(?:number|no\.?|#))?[ \t:#]{0,3}(?:is[ \t]{1,2})?)"
    r"(?P<national_id>[A-Z]{0,2}[ \t]?(?=(?:[ \t./-]?\d){5})\d[0-9 ./-]{3,20}\d(?:[ \t][A-Z]\b)?)"
    rf"|(?:基礎年金番号|在留カード番号|住民票コード|保険証(?:の)?番号|被保険者番号)[ \t　]{{0,2}}[:：は]?[ \t　]{{0,2}}(?P<national_id_ja>[A-Z0-9０-９]{{0,2}}{_D}[0-9０-９ \t　-]{{3,16}}{_D})"
    r"|(?<![\w$#/.-])(?P<bare_ssn>(?!000|666|9\d\d)\d{3}-(?!00)\d{2}-(?!0000)\d{4})(?![\w-]|\.\d)"
)
_SEPARATOR_OR_CLOSING = lazy_pattern(
    r"(?im)^[ \t　]{0,4}(?:[━─\-_=＝*~〜]{2,}.*|(?:よろしくお願い|以上|best|regards|kind regards|thanks|thank you|cheers|sincerely|warmly).{0,40})$"
)
# Cheap tests that rule a pattern out before it is run over the whole draft. Each names text that
# every match must contain; they are checked on the lower-cased draft, which is exact for ASCII
# words unless the draft has İ or ſ (which the case-insensitive patterns equate with i and s but
# str.lower() does not), and then every pattern is run.
_ODD_CASE = ("\u0130", "\u017f")
_ID_WORDS_JA = ("マイナンバー", "個人番号", "免許", "パスポート", "旅券", "基礎年金番号", "在留カード", "住民票コード", "番号")
_ID_WORDS_EN = ("ssn", "social", "ss#", "passport", "driver", "driving", "insurance", "ni ", "aadha", "cpf", "pan", "sin", "nric", "nin", "tfn", "bsn", "dni", "pesel", "personnummer", "national", "identity", "tax")
_SSN_SHAPE = regex.compile(r"\d{3}-\d{2}-\d{4}")  # bare_ssn
_DOB_WORDS_EN = ("birth", "born")
_DOB_ABBREVIATION = re.compile(r"d\.?o\.?b")
_DIGIT = regex.compile(r"\d")
_JA_DIGIT_OR_CHOME = regex.compile(r"[0-9０-９]|丁目|番地")  # every Japanese street number has one
# A valid phone number has at least five digits: a country code digit and a four-digit national
# number (Japanese and US numbers without it have eight or ten). phonenumbers finds them in runs of
# \d digits with at most four separators between two digits (nine between an opening "(" or "+"
# and the next), and in a number spelled with letters its "x" separators may become digits: no five
# such characters that close together, no number.
_PHONE_SHAPE = re.compile(r"[\dxX](?:[^\dxX]{0,9}[\dxX]){4}")
_MOBILE_TYPE_NAMES = ("MOBILE", "PAGER", "PERSONAL_NUMBER")  # phonenumbers.PhoneNumberType members


class PersonalInfo(Rule):
    code = "OL501"
    name = "personal-info"
    languages = frozenset({"ja", "en", ANY_LANGUAGE})
    severity = Severity.WARNING
    advice = "002 §2"
    doc_ja = """
    ## 何をするか
    見知らぬ相手に居場所を知られたり、なりすましに使われたりする情報を探します。

    - **電話番号**（``phonenumbers`` ライブラリで日本・米国の形式と ``+`` から始まる国際形式を解析）：
      携帯電話番号（日本の070／080／090、またはライブラリが携帯と判定する番号）と、個人のものと
      明示された番号（自宅、個人の電話番号、個人携帯、携帯、"my mobile"、"my cell"、"home phone"、"ring me at home on"）、
      そしてメッセージアプリの名前が同じ行の前にある番号（"Easier on WhatsApp, message me there on …"）。
      これらのアプリは携帯番号で使うものです。香港やシンガポールで番号の全体になる八桁は、その行が携帯や書き手のものと
      言うときだけ番号として読みます（"Mobile: 9123 4567"）。
    - **住所**：自宅と明示された番地までの住所（私の住まいは…、自宅は…、"my apartment is at …"、
      "I live at 12 Elm Street"、"pop by any afternoon"、ラベルで自宅と示すもの「自宅：…」"Home: 9 Bishops Rd"）、住宅のもの（号室、マンション、一軒家、"Apt 4B"、"the house with the green gate"）、
      そして企業のものでない郵便の宛先としての住所全体：日本語では〒郵便番号つきの住所や都道府県＋市区町村＋
      丁目・番地の住所、番地と号まで書いた市区町村＋丁目の住所（「岡山市北区津高台2丁目14-6」）、英語では通り・町名と完全な郵便番号や ZIP（"3 Kirkgate Cottages, Ripon HG4 1PB"、
      "12 Oak Lane, Springfield, IL 62704"、署名で町と郵便番号が次の行にあるもの "Flat 3, 18 Abingdon Road / Oxford OX1 4PD"、"27 Wattle Street, Carina QLD 4152"、県の後のアイルランドの Eircode "14 Larkfield Road, Ballincollig, Co. Cork, P31 X2K8"、種類の語が先に来る大陸式の通りと郵便番号・町 "7 Rue des Tanneurs, 67000 Strasbourg"、通りの種類の語のない "22 Glan Y Môr, Bangor LL57 2QA"、小文字の小辞でつながる通りの名 "14 Heol y Coed, Llanelli SA15 3PL"）。
    - 番号のラベルはその文の始めから読みます。「京都で自転車店を営んでいる堀と申します。携帯：090-…」や
      "I run a bike shop in Leeds. Mobile: 07911 482 617" の店は書き手の仕事で、その番号の回線ではありません。
      かなで書いた市名も市です（「自宅（つくば市竹園2-11-4）」）。
    - **生年月日**（生年月日、生年月日(1988年11月22日)、1990年5月3日生まれ、"date of birth"、"born on March 3, 1990"）。
    - **ID番号**：マイナンバー（個人番号）、米国の社会保障番号、パスポート番号、運転免許証番号（12桁の区切り方は問いません：
      第62 1234 5678 90号、"driving licence number is 62 1234 5678 90"。"a driving licence UK 2019" は番号ではありません。見出しの後に
      数語あっても：免許証番号を記します：第 4410 2286 9031 号）、そして
      番号の前に名前が書かれた他国の国民ID（National Insurance number、Aadhaar、CPF、SIN、NRIC）や
      基礎年金番号・在留カード番号（注文番号・請求書番号などは除きます）。

    署名の会社の電話番号や住所（株式会社、本社、TEL、直通、ビル11階、"Suite 400"、"Office:"、直後で会社のものと言う番号 "+90 532 000 0000 is our sales desk"、窯・直売所・工房・アトリエ
    などの仕事場、"Studio"、"Workshop"、病院・図書館・協会などの施設やその公開番号、設置者で名乗る公の機関（「富山市中央町1-1（県立文書館）」の県立・市立・国立など、"Tasmanian Archives, 91 Murray Street"）（"Midlands Artificial Eye Service, 40 Calthorpe Road"、
    フリーダイヤル、"Freephone:"））は
    通常のビジネスの作法なので、個人のものと明示されていない限り報告しません。URL中の数字、
    注文番号・請求書番号（英語の注文番号のラベルは大文字の "PO"・"P.O." だけで、町の名 "Tai Po" はラベルではありません）、郵便番号、日付、金額は電話番号として扱いません。一部の桁を伏せた番号（「090-2277-3XXX」
    "07700 900XXX"、先頭の三桁があれば「080-3XXX-7XXX」も）はその番号として読み、番地や郵便番号の桁を伏せた住所
    （北千種2-X-X、〒041-0XXX）も住所として読みます。すべて伏せた「090-XXXX-XXXX」は埋めるべき枠として番号とは扱いません。
    すべての指摘は機密扱いで、出力形式はその範囲を伏せ字にし、メッセージにも値を含めません。

    フリーダイヤル・ナビダイヤル・有料の番号（0120、0570、1-800、0906…）は誰個人のものでもなく、
    指摘しません。ただし書き手が直後や直前で自分のものと言う番号は除きます（"0917 555 2041 (my personal number)"
    はフィリピンの携帯、"WhatsApp me on my personal number 0300 555 2741" はパキスタンの携帯で、英国の読みでは
    有料番号や非地理番号に見えます）。番号だけのときは下書きの言語の国の形式で先に読み（日本語の下書きの090…は携帯、英語では
    英国の有料番号）、同じ行に「携帯」"cell"、"mob" とあれば携帯の番号とみなします（番号計画で未割り当ての範囲でも）。

    相手から返信があった後は、電話番号や住所は相手が求めたものかもしれません。これらは初回の連絡でだけ
    指摘します（ID番号と生年月日は常に指摘します）。

    ## なぜ問題か
    記事は、自宅の住所や電話番号を見知らぬ人に公開しないよう勧めています（002 §2）。嫌がらせを招き、
    最初のメッセージは転送もスクリーンショットもされ得ます。生年月日やID番号はなりすましに必要な
    情報そのものです。仕事用の連絡手段を示し、それ以外は相手を知ってから伝えましょう。

    ## 例
    悪い例：

        はじめまして。近くに住んでおり、自宅は東京都世田谷区太子堂2-3-4です。携帯 090-1234-5678 にお電話ください。

    より良い例：

        はじめまして。近くで働いております。よろしければLinkedInのメッセージでご連絡ください。

    悪い例（英語）： ``My apartment is at 42 Elm Street, Apt 4B. My cell is (415) 555-0132.``

    より良い例（英語）： ``Would a video call or a coffee near your office suit you?``
    """
    messages = {
        "mobile": {
            "en": "A mobile phone number in a message to a stranger: it reaches you personally and can be passed on",
            "ja": "携帯電話の番号が書かれています。見知らぬ相手に個人へ直接つながる番号を渡すことになります",
        },
        "personal_phone": {
            "en": "A personal phone number in a message to a stranger",
            "ja": "個人の電話番号が書かれています",
        },
        "address": {
            "en": "A home or street-level address in a message to a stranger",
            "ja": "自宅や番地までの住所が書かれています",
        },
        "dob": {
            "en": "A date of birth: with your name it is what identity theft needs",
            "ja": "生年月日が書かれています。氏名と合わせるとなりすましに使われ得ます",
        },
        "id": {
            "en": "An ID number (national ID, social security, passport or licence): never send it in outreach",
            "ja": "マイナンバーなどのID番号が書かれています。初めての連絡で送るものではありません",
        },
        "phone_fix": {
            "en": "Remove it; offer the platform's messages or a work number, and share a personal one once you know the person.",
            "ja": "削除し、プラットフォームのメッセージや仕事用の連絡先を案内しましょう。個人の番号は関係ができてからで十分です。",
        },
        "address_fix": {
            "en": "Remove it; name a neighbourhood or suggest a public place instead.",
            "ja": "削除し、地域名だけにするか、公共の場所での待ち合わせを提案しましょう。",
        },
        "dob_fix": {
            "en": "Remove it; your age or birth date is not needed in a first message.",
            "ja": "削除してください。初回の連絡に生年月日は必要ありません。",
        },
        "id_fix": {
            "en": "Remove it at once; no legitimate contact needs it in a message.",
            "ja": "すぐに削除してください。正当な相手がメッセージでID番号を求めることはありません。",
        },
    }

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        text = _unmasked(doc.text)
        low = text.lower()
        odd_case = any(c in text for c in _ODD_CASE)  # then every pattern runs
        if odd_case or "@" in text or "://" in text or "www." in low:
            excluded = [(m.start(), m.end()) for m in find_pattern(_URL, text)]
        else:
            excluded = []
        taken: list[tuple[int, int]] = []
        out: list[Finding] = []

        def add(start: int, end: int, key: str, fix_key: str, severity: Severity | None = None) -> None:
            if any(s < end and start < e for s, e in taken + excluded):
                return
            taken.append((start, end))
            out.append(
                self.finding(ctx, start, end, self.say(ctx, key), suggestion=self.say(ctx, fix_key), severity=severity, sensitive=True)
            )

        may_id = (
            odd_case
            or any(w in text for w in _ID_WORDS_JA)
            or any(w in low for w in _ID_WORDS_EN)
            or ("-" in text and _SSN_SHAPE.search(text) is not None)
        )
        for m in find_pattern(_ID, text) if may_id else ():
            group = m.lastgroup or ""
            if group in ("bare_ssn", "national_id", "national_id_ja") and _REFERENCE.search(_before(text, m.start(), 30)):
                continue
            add(m.start(group), m.end(group), "id", "id_fix", Severity.ERROR)
        may_dob = odd_case or "生" in text or any(w in low for w in _DOB_WORDS_EN) or _DOB_ABBREVIATION.search(low) is not None
        for m in find_pattern(_DOB, text) if may_dob else ():
            group = m.lastgroup or "d1"
            add(m.start(group), m.end(group), "dob", "dob_fix")
        # Once they have replied, a phone number or an address may be what they asked for (002 §9
        # is to ask which channel they prefer): the advice is about a first message to a stranger.
        if not ctx.they_replied:
            if _PHONE_SHAPE.search(text):
                for start, end, key in _phones(text, doc.lang):
                    add(start, end, key, "phone_fix")
            for start, end in _addresses(text):
                add(start, end, "address", "address_fix")
        out.sort(key=lambda f: (f.start, f.end))
        yield from out


def _before(text: str, start: int, width: int) -> str:
    """Up to ``width`` characters before ``start``, on its line and the line above."""
    lo = max(0, start - width)
    first_nl = text.rfind("\n", lo, start)
    if first_nl >= 0:
        second = text.rfind("\n", lo, first_nl)
        if second >= 0:
            lo = second + 1
    return text[lo:start]


def _line_before(text: str, start: int, width: int, sentence: bool = True) -> str:
    """Up to ``width`` characters before ``start`` on its own line, from the start of its sentence: a
    number's label (「携帯：」, "Office:"); in 「自転車店を営んでいる堀と申します。携帯：090-…」 and "I run a
    bike shop in Leeds. Mobile: 07911 …" the line is no shop's. With ``sentence`` false, the whole
    line: the messaging app a number is given for ("let's move this to WhatsApp. Add me on …")."""
    lo = max(text.rfind("\n", 0, start) + 1, start - width)
    if sentence:
        for m in _SENTENCE_END.finditer(text, lo, start):
            lo = m.end()
    return text[lo:start]


_SENTENCE_END = regex.compile(r"[。！？]|[.!?][ \t]+(?=[A-Z])")


def _after(text: str, end: int, width: int) -> str:
    nl = text.find("\n", end, end + width)
    return text[end : nl if nl >= 0 else end + width]


_DIGITS_ONLY = regex.compile(r"\D")
_OURS_AFTER = regex.compile(r"(?i)[ \t]{1,2}(?:is|be)[ \t]{1,2}(?:our|the)[ \t]{1,2}[\w -]{1,24}")
_MINE_AFTER = lazy_pattern(r"(?i)[ \t]{0,3}[(（\-–—,][ \t]{0,2}my[ \t]+(?:own[ \t]+|personal[ \t]+|private[ \t]+)*(?:mob|mobile|cell|phone|number|line)\b|[ \t]{0,3}[(（][ \t]{0,2}(?:携帯|私用|自宅|個人)")


def _phones(text: str, lang: str) -> Iterator[tuple[int, int, str]]:
    seen: list[tuple[int, int]] = []
    # phonenumbers costs 0.15 s to import: only drafts with a run of digits pay for it
    import phonenumbers

    mobile_types = {getattr(phonenumbers.PhoneNumberType, name) for name in _MOBILE_TYPE_NAMES}
    service_types = {getattr(phonenumbers.PhoneNumberType, name) for name in ("TOLL_FREE", "PREMIUM_RATE", "SHARED_COST", "UAN")}
    # The draft's language decides how a bare number reads first: 090… is a Japanese mobile in a
    # Japanese draft, a British premium line (0906…) in an English one.
    for region in ("JP", "US", "GB") if lang == "ja" else ("US", "GB", "JP"):
        for match in phonenumbers.PhoneNumberMatcher(text, region):
            start, end = match.start, match.end
            if any(s < end and start < e for s, e in seen):
                continue
            before = _before(text, start, 40)
            near = before + " " + _after(text, end, 20)
            line = _line_before(text, start, 25)
            label = line + " " + _after(text, end, 12)  # "携帯：", "(直通)", "Office:" on the number's own line
            # "+90 532 000 0000 is our sales desk": the number named as the firm's just after it
            ours = _OURS_AFTER.match(text, end)
            if _REFERENCE.search(before[-20:]) or before.rstrip().endswith(("〒", "ZIP", "zip")):
                continue
            personal = _PERSONAL.search(near)
            business = _BUSINESS.search(label) or (ours is not None and _BUSINESS.search(ours.group()))
            mobile_label = _MOBILE.search(label)
            kind = phonenumbers.number_type(match.number)
            if kind in service_types:
                # 0120, 0570, 1-800, 0906…: a toll-free, shared-cost or premium line is nobody's own;
                # another country's reading may still find a mobile, if its own line says so (携帯, cell),
                # or one the writer calls theirs ("0917 555 2041 (my personal number)", a Philippine mobile)
                # or called theirs before it ("WhatsApp me on my personal number 0300 555 2741", a Pakistani
                # mobile that a British reading takes for a non-geographic line)
                if not mobile_label and not _MINE_AFTER.match(text, end) and not _PERSONAL.search(before[-30:]):
                    seen.append((start, end))
                continue
            seen.append((start, end))
            if personal:
                yield start, end, "personal_phone"
            elif business:
                continue
            elif kind in mobile_types or mobile_label:
                yield start, end, "mobile"
    # A number the writer calls their mobile or personal line ("My personal mobile is 07911 482 617")
    # is one, even when its range is one the numbering plan does not list as allocated.
    possible = phonenumbers.Leniency.POSSIBLE
    for region in ("JP",) if lang == "ja" else ("GB", "US", "AU", "IN"):
        for match in phonenumbers.PhoneNumberMatcher(text, region, leniency=possible):
            start, end = match.start, match.end
            if any(s < end and start < e for s, e in seen):
                continue
            digits = len(_DIGITS_ONLY.sub("", match.raw_string))
            if digits < 8:
                continue
            before = _before(text, start, 40)
            label = _line_before(text, start, 25)
            said_personal = _PERSONAL.search(before[-30:])  # "my personal mobile is …"
            mobile = _MOBILE.search(label)
            # eight digits make a whole number in Hong Kong, Singapore, Denmark: one only where its own
            # line calls it a mobile or the writer's ("Mobile: 9123 4567"), not a bare eight-digit figure
            if digits == 8 and not (mobile or said_personal):
                continue
            if _REFERENCE.search(before[-20:]) or _BUSINESS.search(label + " " + _after(text, end, 12)):
                continue
            # or after it: "07700 914 338 (my personal mob)"
            personal = said_personal or _MINE_AFTER.match(text, end)
            # A messaging app named earlier on the number's line runs on a mobile number.
            messaging = _MESSAGING.search(_line_before(text, start, 70, sentence=False))
            if personal or mobile or messaging:
                seen.append((start, end))
                yield start, end, "personal_phone" if personal else "mobile"


def _addresses(text: str) -> Iterator[tuple[int, int]]:
    spans: list[tuple[int, int, bool]] = []  # (start, end, strong: a full postal address)
    # A Japanese address needs a city suffix or 〒 and a street number; an English one, digits.
    japanese = any(c in text for c in "市区町村郡〒") and _JA_DIGIT_OR_CHOME.search(text) is not None
    english = _DIGIT.search(text) is not None
    if not japanese and not english:
        return
    for m in find_pattern(_JA_PREFECTURE_CITY, text) if japanese else ():
        street = _JA_STREET.search(text, m.end(), min(len(text), m.end() + 30))
        if street and _TOWN.fullmatch(text, m.end(), street.start()):
            start = m.start()
            post = _JA_POSTCODE.search(text, max(0, start - 14), start)
            spans.append(((post.start() if post else start), _address_end(text, street.end()), True))
    for m in find_pattern(_JA_POSTCODE, text) if japanese else ():
        street = _JA_STREET.search(text, m.end(), min(len(text), m.end() + 40))
        if street and "\n" not in text[m.end() : street.start()]:
            spans.append((m.start(), _address_end(text, street.end()), True))
    for m in find_pattern(_JA_CITY, text) if japanese else ():
        street = _JA_STREET.search(text, m.end(), min(len(text), m.end() + 20))
        if street and _TOWN.fullmatch(text, m.end(), street.start()):
            # 「岡山市北区津高台2丁目14-6」: a 丁目 with its block and house numbers after it is a whole postal
            # address, as one with its prefecture is
            house = _HOUSE_AFTER_CHOME.match(text, street.end()) if street.group().endswith("丁目") else None
            end = house.end() if house else street.end()
            spans.append((m.start(), _address_end(text, end), house is not None))
    for m in find_pattern(_EN_NUMBER, text) if english else ():
        end = _en_street_end(text, m.end())
        if end is not None:
            unit = _EN_UNIT.match(text, end)
            end = unit.end() if unit else end
            postcode = _EN_POSTCODE_AFTER.match(text, end)
            spans.append((m.start(), postcode.end() if postcode else end, postcode is not None))
        else:
            # "22 Glan Y Môr, Bangor LL57 2QA": a street with no type word, known by its town and postcode
            name = _STREET_NAME.match(text, m.end())
            postcode = _EN_POSTCODE_AFTER.match(text, name.end()) if name and text.startswith(",", name.end()) else None
            if postcode:
                spans.append((m.start(), postcode.end(), True))
    if english:
        spans += [(m.start(), m.end(), True) for m in _CONTINENTAL.finditer(text) if m.group("before") or m.group("after")]
    merged: list[tuple[int, int, bool]] = []
    for start, end, strong in sorted(spans, key=lambda s: (s[0], -s[1])):
        if merged and start < merged[-1][1]:
            s0, e0, st0 = merged[-1]
            merged[-1] = (s0, max(e0, end), st0 or strong)
        else:
            merged.append((start, end, strong))
    for start, end, strong in merged:
        if _is_personal_address(text, start, end, strong):
            yield start, end


def _address_end(text: str, end: int) -> int:
    tail = _ADDRESS_TAIL.match(text, end)
    return tail.end() if tail else end


def _en_street_end(text: str, pos: int) -> int | None:
    """End of "Elm Street" after a house number at ``pos``: up to four capitalised words, then a street type."""
    i = pos
    for _ in range(5):
        m = regex.match(r"[A-Za-z][A-Za-z'’-]{0,24}\.?", text[i : i + 27])
        if not m:
            return None
        word = m.group().rstrip(".").lower()
        if word in _STREET_TYPES and i > pos:
            return i + len(m.group())
        if not m.group()[:1].isupper():
            return None
        i += len(m.group())
        gap = regex.match(r"[ \t]{1,2}", text[i : i + 2])
        if not gap:
            return None
        i += len(gap.group())
    return None


_COUNTY = regex.compile(r",[ \t]{0,2}Co\.?[ \t]+(?=[A-Z])")


def _is_personal_address(text: str, start: int, end: int, strong: bool) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    context = _before(text, start, 80) + " " + text[end:line_end]
    if _PERSONAL.search(context):
        return True
    # ", Co. Cork": an Irish county, not a company (Acme Co.)
    address = _COUNTY.sub(", ", text[start:end])
    if _BUSINESS.search(context) or _BUSINESS.search(address) or _in_business_signature(text, line_start):
        return False
    if _RESIDENTIAL.search(text[start:end]) or _RESIDENTIAL.search(text[end:line_end]):
        return True
    return strong


def _in_business_signature(text: str, line_start: int) -> bool:
    """The address sits in a signature block (after a closing line or a rule) that names a company."""
    closings = [m for m in find_pattern(_SEPARATOR_OR_CLOSING, text[:line_start])]
    if not closings:
        return False
    block = _COUNTY.sub(", ", text[closings[-1].start() :])
    return bool(_BUSINESS.search(block))

