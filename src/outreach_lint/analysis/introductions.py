"""Where the writer says who they are: 「ACMEの田中と申します」, "I'm Ken, a designer at Fieldnote".

missing-introduction asks whether a draft has such a sentence; no-shared-interest leaves those
sentences out when it looks for what the draft says about the recipient (a company the writer
names in their own introduction is theirs, not the recipient's).
"""

from __future__ import annotations

from bisect import bisect_left
from typing import Iterator

import regex

from ..core.document import Document, Sentence, Token, is_word, normalize, per_draft
from .acts import document_acts
from .drafts import sure_form_letter
from .layout import body_span, class_addressed, nobody_addressed
from .phrases import PhraseList, lazy_pattern, load_data
from .placeholders import template_slots
from .words import ADDRESSING as _ADDRESSING, LEARNED_EN, known_surname_ja, lemma_key

__all__ = [
    "INTRODUCTION_PHRASES", "introduction_sentences", "shows_earlier_contact", "own_introduction", "says_first_contact",
    "is_trade_word"]

INTRODUCTION_PHRASES = PhraseList.from_data("missing-introduction.toml")
_PROFILE_DATA = load_data("no-shared-interest.toml")
_AUTHORED = {lang: frozenset(normalize(w) for w in groups["authored"]) for lang, groups in _PROFILE_DATA.items()}
_QUOTED = regex.compile(r"「[^」\n]{2,60}」|『[^』\n]{2,60}』|\"[^\"\n]{3,80}\"|“[^”\n]{3,80}”|《[^》\n]{2,60}》")
_DIGIT = regex.compile(r"[0-9０-９]")

# "I'm Ken." / "I am Dana Park": a capitalised name right after "I'm".
# "Im Kev, freelance translator": casual writing drops the apostrophe. A handle may stand in quotes:
# "I'm \"Kurage\", a horror-game streamer" (「実況してる「くらげ坊」です」).
_IM_NAME_I = r"(?:\bI'm|\bI am|\bI’m|\bIm)\s{1,3}[\"“']?(?!I\b)[A-Z]\p{Ll}{1,20}\b"
_IM_NAME = lazy_pattern(
    # Every match starts at a capital: the lookahead spares the lookbehinds everywhere else.
    r"(?=[A-Z])(?:" + _IM_NAME_I
    + r"|(?:^|(?<=[.!?,]\s{1,3})|(?<=\n))(?!(?:Click|Tap|Read|See|Sign|Reply|Look|Come|Go|Start|Apply|Register|Join|Book|Shop|Download|Subscribe|Learn|Find|Check|Order|Buy|Vote|Enter|Details|More|Info)\b)"
    + r"[A-Z][a-z]{1,20}(?:\s[A-Z][a-z]{1,20})?\shere\b(?=\s?[,;:—–-]|\s(?:from|fae|frae|outta|at|with)\s)"  # "Nadia here, …", "Mikey here from DigRight", Scots "Smith here fae Govan"; not "Click here, …"
    + r"|(?:^|(?<=[.!?,]\s{1,3})|(?<=\n))(?:It's|It’s|This is)\s[A-Z][a-z]{1,20},?\s(?:from|at|here)\b"  # "It's Aoife from the Cork market", "It's Eleni, from the food science year"
    + r"|(?:^|(?<=[.!?,]\s{1,3})|(?<=\n))(?:It's|It’s|This is)\s(?:Mrs?|Ms|Dr)?\.?\s?[A-Z]\p{Ll}{1,20}\s[A-Z]\p{Ll}{1,20}(?=,|\s(?:here|from|at)\b))"  # "It's Sinéad Walsh, we did the course together"
)
# "Fellow coach here!", "new iOS grad here.", "MOF modeller at AUB here", "Chef-owner of Thyme &
# Tide in Brighton here 👩‍🍳": a role, then "here",
# opening its clause and ending it, with no verb or pronoun of its own ("click here", "I'm here").
# Where a clause opens: the start, after punctuation, a line break or an emoji (with its variation
# selector too: "⚓️ deckhand outta Saint John here").
_CLAUSE_OPENING = r"(?:^|(?<=[.!?,;:\p{So}\p{Sk}\uFE0F]\s{1,3})|(?<=\n))"
_ROLE_HERE = lazy_pattern(
    r"(?i)" + _CLAUSE_OPENING +
    r"(?!(?:click|tap|more|details|info|read|see|sign|reply|link|available|all|it|this|that|we|they|i|you|he|she|"
    r"everyone|nobody|someone|anyone|everything|nothing|thanks|thank|happy|glad|full|the|your|my|our|his|her|their|"
    r"a|an|any|some|same|just|only|also|still|not|no|agreed|done|ditto)\b)"
    r"(?![a-z]+ing\shere\b)"  # "Connecting here in the hope…", "Lurking here": what the writer is doing, no role
    r"[a-z][\w'’+&/.-]{0,24}(?:\s(?!(?:is|are|am|was|were|be|been|up|out(?!\sof\b)|to|for|by|with|about|it)\b)[\w'’+&/.{}-]{1,24}){0,7}"
    # "Dispatcher out of Darwin here and your article…", "window cleaner here in Perth, we gotta…"
    r"\shere(?:\s(?:too|as well))?\b(?=\s?[,;:!.—–(-]|\s*$|\s?[\p{So}\p{Sk}]|\s(?:from|at|in|and|lol|haha|lmao)\b)"  # "Food blogger here (Eat Leeds)", "ICU nurse here too (nights @ St Luke's)"
)
# "HR for restaurants here", "consultant for small dairies here": a role, whom it serves, then "here"; the role
# a trade word or a short acronym (HR, PR, QA), so "sorry for the noise here" introduces nobody.
_ROLE_FOR_HERE = lazy_pattern(
    _CLAUSE_OPENING + r"(?P<role>(?:[\w-]+\s)?(?P<head>[\w-]+))\sfor\s"
    r"[\w'’&-]+(?:\s[\w'’&-]+){0,2}\shere\b(?=\s?[,;:!.—–(-]|\s*$|\s?[\p{So}\p{Sk}])"
)


def _role_for_here(doc: Document) -> list[int]:
    out = []
    for m in _ROLE_FOR_HERE.finditer(doc.text):
        head = m.group("head")
        if is_trade_word(head) or (head.isupper() and 2 <= len(head) <= 3):
            out.append(m.start())
    return out


# Without " here" in the draft only the first alternative can match, and alone it is cheap.
_IM_ONLY = regex.compile(_IM_NAME_I)
_HERE = regex.compile(r"\shere\b")
_ITS = regex.compile(r"(?i)\b(?:it[’']s|this is)\s[A-Z]")
# "Josie!! It's Brenda, night nurse on Iona ward": a name, then a role of any trade in its next words
_ITS_NAME_ROLE = lazy_pattern(r"(?:^|(?<=[.!?,]\s{1,3})|(?<=\n))(?i:it[’']s|this is)\s[A-Z]\p{Ll}{1,20},\s([\w'’-]+(?:\s[\w'’-]+){0,4})")
# "Wendell, Sofia at Greenlink Seed.", "Hi Jo, Sam from Hollow Oak.": a sentence that is only a name and its firm
_NAME_AT_ORG = lazy_pattern(
    r"(?:(?:Hi|Hey|Hello|Dear|Hiya)\s)?(?:[A-Z]\p{Ll}{1,20},\s)?[A-Z]\p{Ll}{1,20}\s(?:at|from|with)\s"
    r"[A-Z][\w&'’.-]{0,30}(?:\s[A-Z&][\w&'’.-]{0,30}){0,4}(?:\s\([^()\n]{1,40}\))?[.!]?"
)  # "Hi Raj, Tom from BoxFrame Studio (container buildings).
# "Hiya Kev, it's Sam from Hackney Wick FC": after the greeting's comma, in lower case
_ITS_LOWER = regex.compile(r"(?<=,\s{1,3})(?:it's|it’s|this is)\s[A-Z]\p{Ll}{1,20},?\s(?:from|at|here)\b")



# "I'm with AgriSky, offering drone crop surveys": the writer's firm, named after "I'm with"
_IM_WITH = regex.compile(r"\b(?:I'm|I’m|I am|Im)\s(?:with|w/)\s(?:the\s)?[A-Z][\w&'’.-]")
# "Hello, this is Aoshima Surf Academy.", "This is Ken Tanaka!": the writer, or the writer's firm, by a name
# of two to five capitalised words that ends the sentence (as 「こんにちは、青島サーフアカデミーです。」).
_THIS_IS_NAMED = regex.compile(r"\b(?:[Tt]his|[Ii]t)(?:'s|’s|\sis)\s[A-Z][\w&'’.-]*(?:\s[A-Z][\w&'’.-]*){1,4}\s?[.!](?:\s|$)")
# A trade set after "I'm …" and a comma, humbly: "I know I'm nobody, just a lift trainee".
_IM_JUST_A = regex.compile(r"\b(?:I'm|I’m|I am|Im)\b[^.!?\n]{0,30}?,\s+(?:just|only|merely|simply)\s+(?:a|an)\s+((?:[\w-]+\s){0,2}([\w-]+))")
# How many years, in words, in the writer's years at a trade (:data:`_YEARS_DOING`, :data:`_YEARS_HELD`).
_YEAR_COUNTS = "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty"
# Years of the writer's own doing: "I've staffed the Hogback lookout for eleven seasons", "I have been
# shearing in Otago for 20 years", "I've been shooting weddings full time since 2022" (not "I've followed your
# work for years": nothing of the reader's between).
_YEARS_DOING = regex.compile(
    r"\b(?:I've|I’ve|I have|Ive)\s+(?:been\s+)?(?!(?:followed|admired|read|watched|known|loved|enjoyed|wanted|meant|hoped|tried|thought)\b)"
    r"[a-z]+(?:ed|en|ing|t)\b(?:(?!\byou\b|\byour\b)[^.!?\n]){0,60}?(?:\bfor\s+(?:over\s+|nearly\s+|almost\s+|about\s+)?"
    rf"(?:\d+|{_YEAR_COUNTS}|many|several)\s+"
    r"(?:years|seasons|decades|summers|winters)\b"
    # or since a year: "I've been shooting weddings full time since 2022"
    r"|\bsince\s+(?:19|20)\d\d\b)"
)

# Years the writer has at a trade, said with "have": "I have nine years on broadcast drama for ITV", "I've
# got 12 years of experience in hospital pharmacy", "I have over 20 years as a sommelier" (not "I have two
# years left on my visa", "I have 3 years of records": what follows is no trade).
_YEARS_HELD = regex.compile(
    r"\b(?:I've|I’ve|I have|Ive)\s+(?:got\s+)?(?:over\s+|nearly\s+|almost\s+|about\s+|more than\s+|some\s+)?"
    rf"(?:\d+\+?|{_YEAR_COUNTS})\s+"
    r"(?:years|yrs|decades)(?:'|’)?\s+(?:of\s+(?:[a-z-]+\s+){0,2}?experience\s+)?(?:on|in|at|as|with|building|running|teaching|making|doing|working)\s+(?!(?:my|a|the)\s+(?:visa|row|lease|contract|mortgage)\b)"
)


# A sentence that is only a role and where it is held: "CFO of Harbourline, Rotterdam.", "Head of
# Data at Monzo." — a terse writer's introduction, with no verb.
_ROLE_WORDS = (
    r"CEO|CFO|CTO|COO|CMO|CIO|VP|SVP|EVP|Head|Founder|Co-?founder|Director|Manager|Partner|Owner|Chair|President|"
    r"Engineer|Designer|Developer|Editor|Professor|Lecturer|Researcher|Scientist|Analyst|Consultant|Chef|Nurse|"
    r"Student|Principal|Curator|Producer|Architect|Lead|Recruiter|Teacher|Lawyer|Attorney|Accountant"
)
_ROLE_OF_HINT = regex.compile(rf"(?i:\b(?:{_ROLE_WORDS})\b)[\w &-]{{0,30}}?\s(?:of|at)\s[A-Z]")
# The role may follow the greeting in the same sentence ("Hi Dana, product designer at Loomwork.") and
# be written in lower case with a word or two before it ("senior data engineer at Monzo"), though not
# one that makes it someone else's ("your Head of Data at Monzo", "congrats, new CTO of Vela").
_ROLE_OF = regex.compile(
    r"(?:(?:Hi|Hello|Hey|Hiya|Dear)\s[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?,\s+)?"
    r"(?:(?!(?i:your|his|her|their|the|new|our|my|congrats|congratulations|dear|hi|hello|hey)\b)[A-Za-z][\w-]*\s){0,2}?"
    rf"(?i:(?:(?:Senior|Junior|Chief|Former|Ex-|Deputy|Associate|Assistant)\s)?(?:{_ROLE_WORDS}))(?:\s[\w&-]+){{0,3}}?"
    r"\s(?:of|at)\s(?P<org>[A-Z][\w&'’.-]*(?:\s[A-Z][\w&'’.-]*){0,3})(?:,\s[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?)?[.!]?"
)
# A sentence that is only a role of any trade, where it is practised, and maybe an aside: "Hi Grace,
# community pharmacist in Northfield.", "Hi Omar, seismologist with the Cascadia network.", "Hi Mei,
# sound design student at Columbia College Chicago (your alma mater too).", "Beekeeper in Canterbury, 40
# hives." The role is a noun of an
# agent (-ist, -er, -or, -ian, -ant, -ent, -eer) or of the list above; where it is practised names no
# one else ("your", "who"), and nothing before the role makes it someone else's.
_ROLE_FRAGMENT = lazy_pattern(
    # the greeting, or the name alone: "Nathan, steel erector in Wollongong."
    # or a casual greeting with an emoji after the name: "yo Brett 🤙 farrier outta Fredericksburg lol."
    r"(?:(?:(?:Hi|Hello|Hey|Hiya|Dear|(?i:yo|hey|hi|hiya|howdy|g'day)(?=\s[A-Z]))\s)?[A-Z][\w'’.-]+(?:\s[A-Z][\w'’-]+)?(?:\s?[,!—–-]|\s?[\p{So}\p{Sk}]+\uFE0F?)\s*)?"
    r"(?P<mods>(?:(?!(?i:your|his|her|their|the|a|an|new|our|my|i|you|we|congrats|congratulations|dear|hi|hello|hey|big|huge|longtime|long-time|is|are|was|were|be|been|not|am|so|very|too|it|this|that"
    # praise makes it their thing: "great guide on home tests for kids"
    r"|great|amazing|awesome|brilliant|fantastic|lovely|nice|helpful|useful|excellent|superb|wonderful|fab|interesting|cool|insightful|thoughtful|terrific)\b)[A-Za-z][\w-]*\s){0,3}?)"
    r"(?P<role>[A-Za-z][\w-]*)(?:\s(?:up|down|out|over|based|working))?"  # "fellow locksmith up in Redruth", "physio working with…"
    # the place: up to six words, each set off by one space (an optional space between them would let
    # one long word split six ways, and a failing fullmatch try them all)
    r"\s(?:of|at|in|with|for|from|on|outta)\s(?P<place>(?!(?i:you|your|yours|who|which|that|me|my|i)\b)[\w&'’.-]+"
    r"(?:\s(?!(?i:you|your|yours|who|which|that|me|my|i)\b)[\w&'’.-]+){0,5}?)"
    r"(?:\s?\([^()]{0,60}\))?"
    # and a count of what the writer runs, after a comma: "Beekeeper in Canterbury, 40 hives."
    # or the writer's years at it: "G'day Shane, shearer from Quilpie, 15 yrs on merinos."
    r"(?:,\s(?:\d[\d,]{0,6}\+?|(?i:two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|forty|fifty|a hundred))\s[A-Za-z][\w-]*(?:\s[A-Za-z][\w-]*){0,2})?(?:\s(?:lol|haha|lmao))?[.!]?"
)
_AGENT_ENDINGS = ("ist", "er", "or", "ian", "ant", "ent", "eer", "smith", "wright", "sman", "swoman", "sperson")  # locksmith, shipwright, craftsman
_TRADES = frozenset(_ROLE_WORDS.lower().split("|")) | frozenset(
    "nurse chef student engineer grad graduate medic vet cook pilot doctor midwife paramedic intern apprentice trainee "
    # trades whose nouns have no agent's ending: "deckhand on the Aberdeen harbour tugs", "sleep tech at Ninewells"
    "deckhand farmhand deckie tech techie physio mechanic guide clerk chaplain coach barista dev rep gp vicar priest "
    "rabbi imam warden steward sparky chippy tradie skipper captain surgeon dentist lifeguard paralegal".split()
)
# Words with an agent's ending that name no trade: an audience, a thing, a time.
_NOT_A_TRADE = frozenset(
    "fan admirer follower reader listener subscriber viewer user customer member other better order letter matter number "
    "paper corner answer quarter offer center centre chapter winter summer after over under ever never whether together "
    "either neither rather further later easter fundraiser planner tender newsletter poster flyer sticker banner trailer "
    "cover water weather river power computer server printer error mirror door floor sensor monitor factor sector "
    "event comment moment content agent parent client patient talent present restaurant plant want reminder remainder "
    "folder border register voucher dinner wonder counter whatever however wherever whenever disaster cancer transfer".split()
)


# A message signed off inline with a name and a role: "Let's connect! Sam, Growth Consultant".
_SIGN_OFF_ROLE = lazy_pattern(
    r"(?:[-–—]\s*)?(?P<name>[A-Z][\w'’-]+)(?:\s[A-Z][\w'’-]+)?,\s+(?P<role>(?:[\w&-]+\s){0,3}(?P<last>[\w-]+))\.?"
)


def _signed_with_a_role(doc: Document) -> list[int]:
    """The start of the draft's last sentence when it is a name and a role ("Sam, Growth Consultant")."""
    if not doc.sentences:
        return []
    last = doc.sentences[-1]
    text = doc.text[last.start : last.end].strip()
    m = _SIGN_OFF_ROLE.fullmatch(text)
    if m is None:
        return []
    if is_trade_word(m.group("last")):
        return [last.start]
    # "Grace, VetBridge Locums": a name, then a firm of capitalised words (not "Thanks, Mary Jane": a closing first)
    words = m.group("role").split()
    firm = len(words) >= 2 and all(w[:1].isupper() for w in words) and any(_INNER_CAPITAL.search(w) or w.lower() in _FIRM_WORDS for w in words)
    return [last.start] if firm and m.group("name").lower() not in _CLOSINGS else []


_INNER_CAPITAL = regex.compile(r"^\p{Lu}\p{Ll}+\p{Lu}")  # VetBridge, AgriSky: a brand's inner capital
_FIRM_WORDS = frozenset(
    "ltd limited inc llc plc co company group studio studios agency locums recruitment consulting consultants "
    "partners associates solutions services labs clinic practice farm farms cidery brewery bakery".split()
)
_CLOSINGS = frozenset("thanks thank cheers best regards sincerely warmly love yours kind warm many all".split())


def _opening_sentences(doc: Document) -> Iterator[Sentence]:
    """The opening sentences of the body: the first three that end inside it."""
    body_start, body_end = body_span(doc)
    seen = 0
    for sentence in doc.sentences:
        if sentence.end <= body_start:
            continue
        if sentence.end > body_end or seen == 3:
            return
        seen += 1
        yield sentence


def _role_fragments(doc: Document) -> list[int]:
    """Starts of the opening sentences of the body that are only a role and where it is practised
    ("Hi Grace, community pharmacist in Northfield.") or the writer's years at a trade."""
    out = []
    for sentence in _opening_sentences(doc):
        text = doc.text[sentence.start : sentence.end].strip()
        if _role_fragment(text) or _experience_fragment(text) or _role_years(text):
            out.append(sentence.start)
    return out


# "Thatcher, 22 yrs.", "Tower crane op, 15 years in the cab.": a trade and the writer's years at it.
_ROLE_YEARS = regex.compile(
    r"(?P<role>[A-Za-z][\w-]*(?:\s[A-Za-z][\w-]*){0,2}),\s(?:\d{1,2}\+?|ten|twelve|fifteen|twenty|thirty|forty)\s"
    r"(?:years?|yrs?)(?:\s(?:in|on|at|with)\s[\w'’ -]{1,30})?[.!]?"
)


def _role_years(text: str) -> bool:
    """Whether the sentence is only a trade and the writer's years at it (:data:`_ROLE_YEARS`)."""
    m = _ROLE_YEARS.fullmatch(text)
    return m is not None and is_trade_word(m.group("role").split()[-1].lower())


# "15 yrs on Liebherr towers, CPCS blue card.", "Twenty years in hospital pharmacy.": the writer's years at a
# trade, said as a fragment; not "Two years in a row your team won", "Ten years ago…", "Fifteen years on, your book…".
_EXPERIENCE = regex.compile(
    r"(?i)(?:\d{1,2}\+?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty)\s+"
    r"(?:years?|yrs?)\s+(?:of|in|on|at|with|as|building|running|doing|making|working|teaching|fixing|repairing|selling|"
    r"designing|driving|flying|nursing|cooking|coding)\s+(?!a\s+row\b)\w"
)
_YOU = regex.compile(r"(?i)\b(?:you|your|yours|u|ur)\b")


# 「大工歴15年、在来工法が専門です」「タワークレーン一筋15年。」: the writer's years at a trade, in Japanese.
# A kana ending between two kanji is part of the trade's name: 「茅葺き歴22年」.
_EXPERIENCE_JA = regex.compile(
    r"(?:[\p{Han}\p{Katakana}ー]|(?<=\p{Han})\p{Hiragana}(?=\p{Han})){1,12}(?:歴|一筋)\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*年"
)


def _name_iimasu(doc: Document) -> list[int]:
    """「古い家具のリメイクしとる杉本いいます」: a name, then いいます with と left out, as casual and western
    speech drops it (「杉本と言います」 is the phrase list's); the name a proper noun or one UniDic knows for a
    surname, not 「何ていいますか」. UniDic cuts a bare いいます three ways, so the text is read."""
    if "います" not in doc.text:
        return []
    text = doc.text
    return [
        t.start for t in doc.tokens
        if t.pos == "名詞" and text.startswith(("いいます", "言います"), t.end)
        and (t.pos2 == "固有名詞" or known_surname_ja(doc, t.text))
    ]


def _ja_experience(doc: Document) -> list[int]:
    """Starts of the opening sentences of the body that begin with the writer's years at a trade
    (:data:`_EXPERIENCE_JA`)."""
    body_start = body_span(doc)[0]
    out = []
    for sentence in _opening_sentences(doc):
        start = max(sentence.start, body_start)
        if _EXPERIENCE_JA.match(doc.text, start, sentence.end):
            out.append(start)
    return out


# Verbs of keeping at a post or a trade, said with the years: 「見張り台に11シーズン詰めています」「15年勤めてきました」.
_KEPT_AT_JA = frozenset({"詰める", "勤める", "務める", "働く", "携わる", "営む", "続ける", "遣る", "教える", "担当", "従事", "経営"})
_SPAN_UNITS_JA = frozenset({"年", "年間", "シーズン", "季", "期"})


def _ja_years_at(doc: Document) -> list[int]:
    """Starts of sentences where the writer tells years kept at a post ("11シーズン詰めています",
    「現場で15年働いてきました」): a count of years or seasons, then within a few words a verb of working
    in the progressive or perfect (ている, てきた, ております), in a sentence with no word of the reader's."""
    tokens = doc.tokens
    out = []
    for sentence in doc.sentences:
        toks = tokens[sentence.first : sentence.last]
        if any(t.norm in _READER_JA for t in toks):
            continue
        for k, t in enumerate(toks[:-1]):
            if not (t.norm[:1].isdigit() or t.norm[:1] in "一二三四五六七八九十") or toks[k + 1].norm not in _SPAN_UNITS_JA:
                continue
            for j in range(k + 2, min(len(toks) - 2, k + 8)):
                v = toks[j]
                if v.lemma in _KEPT_AT_JA and toks[j + 1].lemma in ("て", "で") and toks[j + 2].lemma in ("居る", "いる", "おる", "来る", "くる", "参る"):
                    out.append(sentence.start)
                    break
            else:
                continue
            break
    return out


def _experience_fragment(text: str) -> bool:
    """Whether a sentence opens with the writer's years at something (:data:`_EXPERIENCE`) and says nothing of "you"."""
    return _EXPERIENCE.match(text) is not None and _YOU.search(text) is None


def is_trade_word(word: str) -> bool:
    """Whether an English noun names a trade or a role: a noun of an agent (pharmacist, perfumer,
    seismologist, roofer) or a word of the role list, not an audience or a thing (listener, reminder)."""
    role = word.lower()
    return role not in _NOT_A_TRADE and (role in _TRADES or (len(role) > 4 and role.endswith(_AGENT_ENDINGS)))


def _role_fragment(text: str) -> bool:
    """Whether a sentence is only a role and where it is practised (:data:`_ROLE_FRAGMENT`)."""
    m = _ROLE_FRAGMENT.fullmatch(text)
    if m is None:
        return False
    if m.group("place").split()[0].lower() in _DEPARTMENTS:
        return False  # "Director of Operations": a department, not where the writer works
    return is_trade_word(m.group("role"))


# "Director of Operations" names a department, not where the writer works.
_DEPARTMENTS = frozenset(
    "operations sales marketing engineering product data design finance growth people hr research talent partnerships "
    "communications technology strategy business development photography content community customer".split()
)


#: Probability of the ``intro`` act from which a sentence counts as the writer saying who they are.
INTRO = 0.7


def introduction_sentences(doc: Document, phrases: PhraseList = INTRODUCTION_PHRASES) -> set[int]:
    """Indices of the sentences in which the writer says who they are: a phrase or pattern of the
    list ("My name is", 〜と申します), or a sentence the act model reads as an introduction
    ("Fellow Rust developer here", "10+ years building payment systems", "I maintain …")."""
    # The address lines above the greeting (「NPO法人こどもラボ浜松\n杉山様」) name the recipient's
    # organisation, not the writer's: a sentence ending before the body is nobody's introduction.
    body = body_span(doc)[0]
    read = {
        n for n in document_acts(doc).sentences_with("intro", INTRO)
        if doc.sentences[n].end > body and not _question_of_theirs(doc, n) and not _only_learned(doc, n)
    }
    found = set(_introduction_sentences(doc, phrases)) | read
    if doc.lang == "en" and found and _TRAITS_HINT.search(doc.text):
        found -= _traits_only(doc)
    if found and template_slots(doc):
        found -= _slots_only(doc, found)
    return found


# What the writer is or has, said in a sentence: "I'm", "my", "we're", "our".
_LEARNED_OR_CAME = LEARNED_EN | {"came", "see"}  # "I came across …", "I see you're …"
_ONLY_LEARNED_FILLERS = frozenset({"just", "recently", "also", "have", "'ve", "’ve"})
_BEING_EN = frozenset({"'m", "’m", "am", "my", "our", "'re", "’re", "me", "us", "mine", "ours"})


def _only_learned(doc: Document, n: int) -> bool:
    """Whether every "I" or "we" of English sentence ``n`` only learned something ("I noticed there's a Survey
    Engineer opening at Tata Projects"), with nothing the writer is or has: no introduction, however the
    act model reads it."""
    if doc.lang != "en":
        return False
    s = doc.sentences[n]
    toks = doc.tokens[s.first : s.last]
    subjects = 0
    for k, t in enumerate(toks):
        if t.norm in _BEING_EN:
            return False
        if t.norm in ("i", "we"):
            j = k + 1
            while j < len(toks) and toks[j].norm in _ONLY_LEARNED_FILLERS:
                j += 1
            if j >= len(toks) or toks[j].norm not in _LEARNED_OR_CAME:
                return False
            subjects += 1
    return subjects > 0


# The words of the formula of an introduction, around the name and the firm it presents.
_FORMULA_EN = frozenset("i am 'm ’m my name is 's ’s from at and with of the a an here this it i’m work working based".split())
_FORMULA_JA = frozenset({"申す", "私", "わたくし", "名前", "です", "だ", "致す", "ござる", "為る", "おる", "居る", "始める", "はじめまして", "初めまして"})


def _slots_only(doc: Document, found: set[int]) -> set[int]:
    """Introduction sentences whose name and firm are unfilled template slots, with no word of their
    own beside the formula: 「[所属]の[氏名]と申します」, "I am [Name] from [Organisation]". Nobody has said
    who writes yet ("I'm [Name], a night nurse in Leeds" has)."""
    slots = template_slots(doc)
    out = set()
    for n in found:
        s = doc.sentences[n]
        if not any(s.start <= a < s.end for a, _ in slots):
            continue
        if not any(
            is_word(t.text) and not _in_slot(doc, t.start)
            and not (t.norm in _FORMULA_EN if doc.lang == "en" else (t.lemma in _FORMULA_JA or t.pos.startswith(("助詞", "助動詞"))))
            for t in doc.tokens[s.first : s.last]
        ):
            out.add(n)
    return out


# The tokenizer splits "I'm", "Im" and "we're" into "I"/"we" and the verb: the pronouns are enough.
_FIRST_PERSON_EN = frozenset({"i", "me", "my", "mine", "myself", "we", "us", "our", "ours"})


def _question_of_theirs(doc: Document, n: int) -> bool:
    """An English question with no word of the writer's ("did the rainfall covariate come from CHIRPS?"):
    it asks about something, and says nothing of who is asking."""
    if doc.lang != "en":
        return False
    s = doc.sentences[n]
    if not doc.text[s.start : s.end].rstrip().endswith("?"):
        return False
    return not any(t.norm in _FIRST_PERSON_EN for t in doc.tokens[s.first : s.last])


# "I am a hard-working, motivated individual with a passion for success": character traits of a
# person, no work, field or place. Blind labelers found no introduction in such a sentence (the
# job-seeker's form letter), though it has the shape of one.
_TRAITS_HINT = regex.compile(r"(?i)\b(?:individual|person)\b")
_TRAITS = regex.compile(
    r"(?i)\bI(?:\s+am|'m|’m)\s+(?:a|an)\s+(?:[\w-]+,?\s+(?:and\s+)?){0,5}?(?:individual|person)\b(?P<rest>[^.!?\n]*)"
)
# What would place the writer after all: where, since when, for whom, as what.
_PLACED = regex.compile(r"\b(?:at|from|in|as|based|years?|experience|working|work|studying|student)\b|\d|(?<!^)(?<![.!?]\s)\b(?!I\b)[A-Z]")


def _traits_only(doc: Document) -> set[int]:
    """Sentences whose only self-description is a character ("a motivated individual")."""
    out: set[int] = set()
    text = doc.text
    for n, s in enumerate(doc.sentences):
        m = _TRAITS.search(text, s.start, s.end)
        if m is None:
            continue
        before = text[s.start : m.start()]
        if _PLACED.search(m.group("rest")) or _PLACED.search(before.strip()):
            continue
        out.add(n)
    return out


@per_draft
def _introduction_sentences(doc: Document, phrases: PhraseList) -> frozenset[int]:
    tokens = doc.tokens
    # "I'm writing to ask", "I'm starting to look for": the purpose of this message, not the writer's work
    # "I'm currently exploring new opportunities": the writer's search, not who they are
    starts = [
        m.start for m in phrases.matches(doc, groups=["introduction"])
        if not (m.last < len(tokens) and tokens[m.last].norm in _PURPOSE and tokens[m.last - 1].norm.endswith("ing"))
        and not (m.last < len(tokens) and tokens[m.last - 1].norm in _NOW_ADVERBS and tokens[m.last].norm in _SEARCHING)
        # "an amazing opportunity I'm part of 💰": a preposition left at the clause's end belongs to
        # the noun before the clause (a relative clause), which is the writer's offer, not the writer
        and not (doc.lang == "en" and _stranded(tokens, m.last))
        # 「あの駅は何といいますか」 asks a name; 「内田といいます」 gives one
        and not (m.phrase.endswith("言う ます") and ((m.first and tokens[m.first - 1].lemma == "何") or (m.last < len(tokens) and tokens[m.last].norm == "か")))
        # "I'm a big fan", "I'm a longtime reader of your newsletter": how the writer sees them, not who the writer is
        and not (doc.lang == "en" and _audience_of_theirs(tokens, m.last))
        # "This is Ken, …" names someone; "this is cheeky, and sorry…" judges the message
        and not (m.phrase.startswith("this be") and m.first + 2 < len(tokens) and not tokens[m.first + 2].text[:1].isupper())
        # 「製造業に携わる皆様と」: the verb describes the readers it goes before, not the writer
        and not (doc.lang == "ja" and _describes_others(tokens, m.last))
        # 「採用を担当されていると拝見しました」: an honorific form tells what the reader does
        and not (doc.lang == "ja" and m.last < len(tokens) and tokens[m.last].lemma in _HONORIFIC_AUX_JA)
    ]
    if doc.lang == "en":
        here = _HERE.search(doc.text) is not None or _ITS.search(doc.text) is not None
        starts += [m.start() for m in (_IM_NAME if here else _IM_ONLY).finditer(doc.text)]
        if here:
            starts += [m.start() for m in _ROLE_HERE.finditer(doc.text)]
            starts += _role_for_here(doc)
            starts += [m.start() for m in _ITS_LOWER.finditer(doc.text)]
            starts += [m.start() for m in _ITS_NAME_ROLE.finditer(doc.text) if any(is_trade_word(w) for w in m.group(1).split())]
        starts += [t.start for t in _i_do_something(doc)]
        starts += [m.start() for m in _IM_WITH.finditer(doc.text)]
        starts += [m.start() for m in _THIS_IS_NAMED.finditer(doc.text)]
        starts += [m.start() for m in _IM_JUST_A.finditer(doc.text) if is_trade_word(m.group(2))]
        starts += [m.start() for m in _YEARS_DOING.finditer(doc.text)]
        starts += [m.start() for m in _YEARS_HELD.finditer(doc.text)]
        if _ROLE_OF_HINT.search(doc.text):
            body_start, body_end = body_span(doc)
            for sentence in doc.sentences:
                if sentence.end <= body_start or sentence.end > body_end:
                    continue  # a signature's "Director of Operations" is the signature's to tell
                m = _ROLE_OF.fullmatch(doc.text[sentence.start : sentence.end].strip())
                if m and m.group("org").split()[0].lower() not in _DEPARTMENTS:
                    starts.append(sentence.start)  # "CFO of Harbourline, Rotterdam.": who writes, without a verb
        starts += _role_fragments(doc)
        starts += [x.start for x in doc.sentences[:3] if _NAME_AT_ORG.fullmatch(doc.text[x.start : x.end].strip())]
        starts += _signed_with_a_role(doc)
    if doc.lang == "ja":
        starts += [t.start for t in _name_desu(doc)]
        starts += [t.start for t in _doing_a_trade(doc)]
        starts += _ja_experience(doc)
        starts += _ja_years_at(doc)
        starts += _name_iimasu(doc)
    if not starts:
        return frozenset()
    starts.sort()
    out: set[int] = set()
    for n, sentence in enumerate(doc.sentences):
        k = bisect_left(starts, sentence.start)
        if k < len(starts) and starts[k] < sentence.end:
            out.add(n)
    return frozenset(out)


# Whom a Japanese relative clause may describe instead of the writer: 「…に携わる皆様」「…を営む方々」.
_OTHERS_JA = frozenset({"皆様", "皆さま", "皆さん", "皆", "方", "方々", "人", "人々", "企業", "会社", "事業者", "経営者"})
# Auxiliaries of respect right after a verb: 担当される, 勤めていらっしゃる (て first), 担当なさる.
_HONORIFIC_AUX_JA = frozenset({"れる", "られる", "なさる", "為さる"})
_AUXILIARY_JA = frozenset({"て", "で", "いる", "居る", "おる", "れる", "られる", "た", "だ"})


def _describes_others(tokens: list[Token], last: int) -> bool:
    """Whether the clause ending at ``tokens[last]`` modifies a word for other people (皆様, 方々)."""
    k = last
    while k < len(tokens) and k < last + 4 and (tokens[k].lemma in _AUXILIARY_JA or tokens[k].text in _AUXILIARY_JA):
        k += 1
    if k < len(tokens) and tokens[k].lemma == "御" and tokens[k].pos == "接頭辞":
        k += 1
    return k < len(tokens) and (tokens[k].text in _OTHERS_JA or tokens[k].lemma in _OTHERS_JA)


# "I teach", "I import wines", "I'm just an intern": the writer's habitual work or identity. A verb
# in its base form right after "I" is present simple, what one does; these verbs say what one thinks,
# wants, perceives or is doing now with this message instead, and introduce nobody.
_NOT_WHAT_I_DO = frozenset(
    "think hope want wish would 'd love like know believe feel wonder see read follow use have do get mean guess "
    "promise agree understand realise realize look need appreciate apologise apologize am 'm will 'll can could "
    "should might may must just really also recently noticed came saw thought enjoy admire write am hear find "
    "notice bet reckon suppose assume imagine remember forget trust expect try let am totally definitely "
    "completely always never still currently already truly personally sincerely genuinely kindly humbly respectfully "
    "stumble came come am'm figured figure cannot can't don't didn't won't couldn't wouldn't ca wo sha".split()
)
_INVERTING = frozenset("could can may might should would shall will do did does must".split())
_NOW_ADVERBS = frozenset({"also", "currently", "now", "mostly", "mainly", "actually", "still", "mostly", "primarily"})
# "I'm a big fan of your work" says how the writer sees the recipient, not who the writer is.
_AUDIENCE = frozenset({"fan", "admirer", "follower", "reader", "listener", "subscriber", "viewer", "big", "huge", "longtime", "long-time", "great"})
_AUDIENCE_NOUNS = frozenset({"fan", "fans", "admirer", "follower", "reader", "listener", "subscriber", "viewer", "supporter"})


def _audience_of_theirs(tokens: list[Token], k: int) -> bool:
    """Whether "I'm a" before ``tokens[k]`` goes on to make the writer the reader's audience: a noun of
    following ("big fan", "longtime reader") then the sentence's end or "of"; not a post ("a Reader in
    Law at UCL")."""
    for j in range(k, min(k + 3, len(tokens))):
        t = tokens[j]
        if t.norm in _AUDIENCE_NOUNS:
            after = tokens[j + 1] if j + 1 < len(tokens) else None
            return after is None or after.is_punct or after.norm in ("of", "and", "since", "here")
        if not (t.text.isalpha() and t.text.islower()):
            return False
    return False


_HEDGE = frozenset({"just", "only", "also", "currently", "now", "actually", "still", "basically", "merely", "simply", "literally", "honestly"})


# "I'm writing", "I'm reaching out", "I'm hoping": about this message, not what the writer does.
_THIS_MESSAGE = frozenset(
    "writing reaching contacting hoping looking wondering getting trying sending following messaging "
    "asking interested keen excited happy glad sorry thinking planning going coming emailing dropping "
    "curious available free based from".split()
)
# "I'm currently seeking / exploring / between roles": a search for work, no work of the writer's.
_SEARCHING = _THIS_MESSAGE | frozenset(
    "seeking exploring searching considering applying hunting job-hunting transitioning between open unemployed".split()
)
_NOT_DONE = frozenset({"not", "n't", "think", "believe", "hope", "know", "feel", "want", "need", "have", "love", "like", "appreciate", "understand"})


# Prepositions of where a role is held: "purser on a Danube river cruiser", "librarian at a school".
_HELD_AT = frozenset({"on", "at", "in", "with", "for", "aboard"})


def _trade_noun(role: Token) -> bool:
    """A lower-case noun of a trade in its base form (a comparative, "closer", has another lemma)."""
    word = role.text
    return word.isalpha() and word.islower() and role.norm == role.lnorm and is_trade_word(word)


def _bare_role(role: Token, after: Token) -> bool:
    """"I'm purser on a Danube river cruiser": a noun of a trade with no article, then a preposition of
    where it is held."""
    return (
        _trade_noun(role)
        # adjectives share the agent's endings: "I'm confident in", "I'm Canadian", "I'm eager for"
        and not role.text.endswith(("ant", "ent", "ian")) and role.text not in _ER_ADJECTIVES
        and after.norm in _HELD_AT
    )


def _the_role(role: Token, after: Token) -> bool:
    """"I'm the librarian at …", "I'm the organiser of …": after "the", a noun of a trade and a preposition
    of where it is held (no adjective stands there: "the Canadian in …" is rare)."""
    return _trade_noun(role) and (after.norm in _HELD_AT or after.norm == "of")


# Words of rank before a role with no article: "chief engineer", "head chef", "senior nurse".
_RANKS = frozenset("chief head senior junior lead principal deputy assistant staff charge sous executive managing acting".split())
_ER_ADJECTIVES = frozenset("eager sober clever proper bitter super upper lower inner outer former latter slender".split())


def _ongoing_work(verb: Token, obj: Token) -> bool:
    """"running a bakery", "co-chairing the session": a participle of work, then its object."""
    text = verb.text.lower()
    return text.endswith("ing") and len(text) > 5 and text not in _THIS_MESSAGE and obj.norm in _OBJECT_START


_OBJECT_START = frozenset({"a", "an", "the", "our"})  # not "my": "I'm expanding my network" is no work
_OPENING = "[({<\"'“‘「『"  # "I've been in [your field]": an object to fill in, not a stranded preposition


def _stranded(tokens: list[Token], end: int) -> bool:
    """Whether the phrase ending before ``tokens[end]`` ends in a preposition with no object after it."""
    if tokens[end - 1].norm not in _PREPOSITIONS_EN:
        return False
    return end == len(tokens) or not (is_word(tokens[end].text) or tokens[end].text[:1] in _OPENING)


_PREPOSITIONS_EN = frozenset({"of", "with", "on", "in", "at", "for", "from", "to"})
_PURPOSE = frozenset({"to", "because", "about", "regarding", "re", "in", "on", "with", "as", "after", "for"})


def _names_us(tokens: list[Token], k: int) -> bool:
    """After "we're": a name in capitals followed by ", a/an/the …" ("The Salt Flats, a four-piece band",
    "Brightpath Analytics, the forecasting platform for small grocers"),
    or "a/an" and a noun ("a two-person studio in Leeds"), not "we're hoping" or "we're a bit late"."""
    t = tokens[k]
    if t.norm in ("a", "an"):
        nxt = tokens[k + 1]
        return nxt.text.isalpha() and nxt.norm not in ("bit", "little", "lot", "few", "couple", "big", "huge", "fan", "fans")
    j = k
    while j < len(tokens) and j - k < 5 and (
        (tokens[j].text[:1].isupper() and tokens[j].text.isalpha()) or (tokens[j].text == "&" and j > k)
    ):
        j += 1
    if j == k:
        return False
    if j + 1 < len(tokens) and tokens[j].text == "," and tokens[j + 1].norm in ("a", "an", "the"):
        return True
    # "We're JingleWorks, and we write jingles", "We're Fire & Cane, Barbados' boldest pepper sauce makers",
    # "we're Harbour Lights.": a name, then a comma or the sentence's end; not "We're Hiring!", "We're Back."
    if j - k == 1 and (tokens[k].norm in _STATES or tokens[k].norm.endswith(("ing", "ed"))):
        return False
    # "We're Ballyhoura Cider from up the road": a name, then where the writers are
    return j == len(tokens) or tokens[j].text in (",", ".", "!") or (j - k >= 2 and tokens[j].norm in ("from", "in", "based", "here", "out"))


# Words of a state, capitalised in a firm's shout, after "we're": "We're Open!", "We're Back."
_STATES = frozenset("back open live here ready happy official sold free home online hiring".split())


def _i_do_something(doc: Document) -> Iterator[Token]:
    tokens = doc.tokens
    n = len(tokens)
    for k, tok in enumerate(tokens):
        we = tok.text in ("We", "we") and (k == 0 or not tokens[k - 1].text.isalpha())  # "we do wall murals"
        # casual writing drops the capital: "i'm literally just a first-year in bio"
        me = tok.text == "I" or (tok.text == "i" and k + 1 < n and tokens[k + 1].norm in ("'m", "’m", "am"))
        if (not me and not we) or k + 1 >= n:
            continue
        if k and tokens[k - 1].norm in _INVERTING:
            continue  # "Could I take 3 dozen?", "do we need…": a question, not what the writer does
        j = k + 1
        while j < n and tokens[j].norm in _NOW_ADVERBS:
            j += 1
        if j >= n:
            continue
        verb = tokens[j]
        if verb.norm in ("'m", "am", "’m") and not we:  # "I'm (just) a/an …": who the writer is
            j += 1
            while j < n and tokens[j].norm in _HEDGE:
                j += 1
            # "I'm just a 2nd-year student": an ordinal is a word of the role too
            if j + 1 < n and tokens[j].norm in ("a", "an") and _ROLE_WORD.fullmatch(tokens[j + 1].text):
                if not {t.norm for t in tokens[j + 1 : j + 4]} & _AUDIENCE:
                    yield tok
            elif j + 1 < n and _bare_role(tokens[j], tokens[j + 1]):
                yield tok  # "I'm purser on a Danube river cruiser": a role without its article, then where
            elif j + 2 < n and tokens[j].norm == "the" and _the_role(tokens[j + 1], tokens[j + 2]):
                yield tok  # "I'm only the librarian at a small national school in Ennis"
            elif j + 2 < n and tokens[j].norm in _RANKS and _bare_role(tokens[j + 1], tokens[j + 2]):
                yield tok  # "I'm chief engineer on the Rossaveal run": a rank before the role
            elif j + 1 < n and _ongoing_work(tokens[j], tokens[j + 1]):
                yield tok  # "I'm running a bakery in Leeds": what the writer is doing
            elif j + 3 < n and tokens[j + 1].text in ("-", "‐") and _ongoing_work(tokens[j + 2], tokens[j + 3]):
                yield tok  # "I'm co-chairing the carbon storage session"
            continue
        follower = tokens[j + 1].norm if j + 1 < n else ""
        if we:
            if verb.norm == "do" and tokens[j + 1 : j + 2] and tokens[j + 1].text.isalpha() and follower not in _NOT_DONE:
                yield tok  # "we do wall murals for clinics": a trade, not "we do think" nor "we cover travel"
            elif verb.norm in ("'re", "’re", "are") and j + 2 < n and _names_us(tokens, j + 1):
                yield tok  # "We're The Salt Flats, a four-piece surf-rock band": who the writers are
            continue
        if (
            verb.text.isalpha()
            and verb.text.islower()
            and verb.norm == verb.lnorm  # base form: present simple
            # "I look after lubrication programs for mills": looking after is work ("I look forward" is not)
            and (verb.norm not in _NOT_WHAT_I_DO or (verb.norm == "look" and follower == "after"))
            and follower not in ("you", "your", "to", "that", "if", "whether", "")
            # "one I keep running into": what keeps happening to the writer; "I keep 240 hives" is a trade
            and not (verb.norm in ("keep", "kept") and follower.endswith("ing"))
            # "I plan on visiting" is an intention ("I plan to" is ruled out above); "I plan cycle
            # routes for Lübeck's transport office" is the writer's work
            and not (verb.norm == "plan" and follower in ("on", "ahead", "for", "a", "an"))
        ):
            yield tok


_ROLE_WORD = regex.compile(r"\d{0,2}\p{L}+")


# Nouns that end 「〜です」 sentences without being anyone's name: 幸いです, 楽しみです.
_NOT_A_NAME = frozenset({"件", "幸い", "楽しみ", "光栄", "幸甚", "本当", "以上", "大丈夫", "結構", "必要", "予定", "所存", "次第", "事", "物", "方", "為", "所", "訳", "筈", "積もり", "通り", "頃", "限り"})  # formal nouns (形式名詞): 「得意とするところです」


# A common noun before です is read as a surname only in the first sentences (the greeting line
# counts): 「デザイナーの森です」 opens a message, 「…トレーの素材です」 deep in it is no name.
_NAME_SENTENCES = 4


def _in_slot(doc: Document, offset: int) -> bool:
    return any(a <= offset < b for a, b in template_slots(doc))


def _name_desu(doc: Document) -> Iterator[Token]:
    """「ACMEの田中です。」「デザイナーの小池です」: a short sentence ending in a name and です."""
    tokens = doc.tokens
    desu = [n for n, t in enumerate(tokens) if t.lemma == "です" or (t.lemma == "だ" and _plain_copula(tokens, n))]
    if not desu:
        return
    for number, (sentence, toks) in enumerate(doc.iter_sentences()):
        k = bisect_left(desu, sentence.first)
        if k == len(desu) or desu[k] >= sentence.last:
            continue  # the pair below needs a です: most sentences are done without the word filter
        words = [t for t in toks if not t.is_punct]
        if len(words) < 2:
            continue
        slot_name = next((t for t in toks if t.lemma == "です" and t.start and _in_slot(doc, t.start - 1)), None)
        if slot_name is not None:
            yield slot_name  # 「運用チームの○○です」: the writer's name is a template slot; the line still introduces
            continue
        if number < _NAME_SENTENCES:
            quoted = next((t for t in toks if t.lemma == "です" and _quoted_name_before(tokens, t.i)), None)
            if quoted is not None:
                yield quoted  # 「ホラーゲームを実況してる「くらげ坊」です」「ゲーム実況者の「ねこまる」です」: a handle in quotes
                continue
        opened = 0  # where the clause opens: a space inside a Japanese sentence breaks it (「…早くなったわ笑 中標津で…佐藤っす」)
        for i, (a, b) in enumerate(zip(words, words[1:])):
            if i and doc.text[words[i - 1].end : a.start].isspace():
                opened = i
            copula = b.lemma == "です" or (b.lemma == "だ" and _plain_copula(tokens, b.i))
            if not copula or a.pos not in ("名詞", "接尾辞") or i - opened >= 24:
                continue  # a name comes early: 「…を担当している佐藤です」, not the end of a long sentence
            # です must end its clause: the sentence's end, a mark or an emoji (「森です✨ 月次決算…」), or が/けど;
            # a sign-off may put it in the past (「東地区の小池でした。」)
            nxt = b.i + 1
            if b.lemma == "だ":
                nxt += 2 if nxt < len(tokens) and tokens[nxt].lemma == "御座る" else 0  # でございます
                nxt += 1 if nxt < len(tokens) and tokens[nxt].text in _CASUAL_TAIL else 0  # だよ
            after = doc.tokens[nxt] if nxt < sentence.last else None
            if after is not None and is_word(after.text) and after.text not in ("が", "けれど", "けど", "た") and after.text not in _LAUGH_JA:
                continue  # a laugh ends the clause as an emoji does (「売れてない芸人のちくわ山田です笑」)
            prev = words[i - 1] if i else None
            if (
                a.pos == "接尾辞" and a.text in _ROLE_SUFFIXES_JA and prev is not None and prev.pos == "名詞"
                and i <= 6 and number < _NAME_SENTENCES and (after is None or after.text != "た")
            ):
                yield a  # 「刑務官です。」「看護師です！」: a role of a noun and its suffix, the writer's, said alone
                continue
            if (
                a.pos == "名詞" and a.text in _DEPARTMENTS_JA and prev is not None and (prev.pos == "名詞" or prev.text in "」』")
                and i <= 10 and number < _NAME_SENTENCES and (after is None or after.text != "た")
            ):
                yield a  # 「クラウド会計「ベルブックス」営業部です。」「キャリア支援サービス「ネクステップ」事務局です。」: who writes, a department
                continue
            if number < _NAME_SENTENCES and a.lemma not in _NOT_A_NAME and _name_after_role_no(words, i) and (after is None or after.text != "た"):
                yield a  # 「Webtoon作家のすずめ野です」: a role, の, and a name of a word or two
                continue
            if a.pos != "名詞":
                continue
            if a.lemma in _NOT_A_NAME or a.pos2 not in ("固有名詞", "普通名詞"):
                continue
            if after is not None and after.text == "た" and a.pos2 != "固有名詞":
                continue  # 「救われる思いでした」: in the past, only a proper name is a signing-off name
            if a.pos2 == "固有名詞":
                yield a
            elif (
                (prev is None or prev.text == "の" or (prev.cform.startswith("連体形") and len(a.text) == 1))
                and number < _NAME_SENTENCES and known_surname_ja(doc, a.text)
            ):
                # a common noun may be a surname (森, 林) where a name is given: near the top, one people
                # bear (not 「歩いて5分ほどの距離です」); after a clause only a one-character one
                # (「…を担当している森です」), not 「ずっと気になっていた問題です」
                yield a
            elif number < _NAME_SENTENCES and i >= 2 and prev.pos == "名詞" and words[i - 2].text == "の" and len(prev.text) == 1:
                yield a  # 「ブーストワンの今村です」: UniDic cuts the surname in two (今 + 村)
            elif number < _NAME_SENTENCES and _compound_after_no(words, i):
                yield a  # 「ロームワークのプロダクトデザイナーです」: a role in two or three nouns, where it is held
            elif number < _NAME_SENTENCES and a.text.isascii() and a.text.isalpha() and a.text[:1].isupper():
                yield a  # 「コミュニティマネージャー、Kentaです」: a name in Latin letters
            elif number < _NAME_SENTENCES and _after_a_role(tokens, a.i):
                yield a  # 「下北沢の書店「ことのは堂」の書店員、大橋です」: a role, a comma, a surname
            elif number < 2 and prev is not None and (prev.lemma in _PROGRESSIVE_JA or prev.text in _PROGRESSIVE_JA) and _surname_like(a) and _works_at(tokens, prev.i):
                yield a  # 「ブックカバーとかのデザインやってる小池です」: what the writer does, then a surname
            elif number < _NAME_SENTENCES and _named_compound_alone(doc, words, i):
                yield a  # 「こんにちは、青島サーフアカデミーです。」: the writer's firm or school by its name, alone


def _named_compound_alone(doc: Document, words: list[Token], i: int) -> bool:
    """Whether ``words[i]`` ends a compound of two to five nouns that opens with a proper noun and makes
    the whole clause before です (after a greeting or a mark): 「こんにちは、青島サーフアカデミーです。」 names
    the writer's firm or school; 「来週は横浜マラソンです」 opens with 来週は."""
    k = i
    while k > 0 and i - k < 4 and words[k - 1].pos == "名詞":
        k -= 1
    if k == i or words[k].pos2 != "固有名詞":
        return False
    if k == 0:
        return True
    before = words[k - 1]  # a greeting, or a mark between (words holds no punctuation)
    return before.pos == "感動詞" or bool(doc.text[before.end : words[k].start].strip(" \t　"))


def _name_after_role_no(words: list[Token], i: int) -> bool:
    """Whether ``words[i]`` ends a name of one to three nouns or suffixes after a role and の
    (「Webtoon作家のすずめ野です」「漁師の浜ちゃんです」): a role (作家, 看護師, 担当) names who the writer is."""
    k = i
    while k > 0 and i - k < 3 and words[k - 1].pos in ("名詞", "接尾辞") and words[k - 1].text != "の":
        k -= 1
    if k < 2 or words[k - 1].text != "の":
        return False
    role = words[k - 2]
    return role.pos in ("名詞", "接尾辞") and (
        role.text in _ROLE_NOUNS_JA  # 担当, 講師
        or (len(role.text) >= 2 and role.text[-1] in _ROLE_SUFFIXES_JA)  # 作家, 調律師: a noun ending in a role
        or (role.pos == "接尾辞" and role.text in _ROLE_SUFFIXES_JA)  # 師 after its noun
    )


def _quoted_name_before(tokens: list[Token], i: int) -> bool:
    """Whether a short quoted name stands right before ``tokens[i]`` (です), after what the writer
    does: a role and の (「ゲーム実況者の「ねこまる」です」) or a verb of doing (「実況してる「くらげ坊」です」).
    Not a thing of theirs they like (「一番好きな「夜明け」です」), nor 「私の「夜明け」です」."""
    if i < 3 or tokens[i - 1].text not in ("」", "』"):
        return False
    j = i - 2
    while j > 0 and i - j <= 8 and tokens[j].text not in ("「", "『"):
        j -= 1
    if tokens[j].text not in ("「", "『") or j == 0 or tokens[j - 1].end != tokens[j].start:
        return False
    before = tokens[j - 1]
    if before.text == "の":
        owner = tokens[j - 2] if j >= 2 else None
        return owner is not None and owner.pos in ("名詞", "接尾辞") and owner.pos2 != "代名詞"
    return before.lemma in _PROGRESSIVE_JA | {"為る", "やる", "遣る"} or (before.pos == "動詞" and before.cform.startswith("連体形"))


def _after_a_role(tokens: list[Token], i: int) -> bool:
    """Whether ``tokens[i]`` follows a role and a comma: 「書店員、大橋です」「エンジニア、佐藤です」."""
    if i < 2 or tokens[i - 1].text not in ("、", ","):
        return False
    role = tokens[i - 2]
    return (role.pos == "接尾辞" and role.text in _ROLE_SUFFIXES_JA) or (role.pos == "名詞" and role.pos2 == "普通名詞" and role.text in _ROLE_NOUNS_JA)


# Suffixes and nouns that make a role: 書店員, 看護師, 税理士, 陶芸家, 運転手; 担当, 代表, 講師.
_ROLE_SUFFIXES_JA = frozenset({"員", "師", "士", "家", "手", "者", "長", "官"})
# A department or office of the writer's firm, said as who writes: 営業部, 人事課, 事務局 (事務 + 局), 広報室.
_DEPARTMENTS_JA = frozenset({"部", "課", "室", "局", "係", "窓口", "事務局", "編集部", "本部", "支店", "支社", "営業所", "事務所"})
_ROLE_NOUNS_JA = frozenset({"担当", "代表", "講師", "店主", "院長", "園長", "社長", "所長", "職人", "学生", "教員", "記者", "編集", "作家", "農家"})


# Verbs of doing one's work: デザインやってる, 経理をしている, 木工所を営んでいる, 教えている.
_WORKING_JA = frozenset({"遣る", "為る", "営む", "働く", "勤める", "務める", "教える", "作る", "書く", "描く", "撮る", "育てる"})


# The reader as the subject (「林さんは」「あなたも」), or a question word: then "…やってる" is not the writer's.
_READER_JA = frozenset({"様", "さん", "さま", "先生", "あなた", "貴方", "君", "御社", "貴社"})
_QUESTION_JA = frozenset({"何", "どこ", "誰", "いつ", "どう"})
_TRADE_SUFFIXES_JA = _ROLE_SUFFIXES_JA | {"屋", "店", "工"}
# Workplaces and trades said alone (「工房やってて」「大工やってる」); any noun after の names one (「着物の悉皆屋」).
_TRADES_JA = frozenset({"工房", "店", "お店", "会社", "事務所", "教室", "農家", "大工", "漁師", "農園", "牧場", "食堂", "商店", "サロン", "カフェ", "工務店", "医院", "薬局", "民宿", "旅館"})


# Laughs written after a sentence, as marks: 笑, ｗ, w, 草.
_LAUGH_JA = frozenset({"笑", "（笑）", "(笑)", "ｗ", "w", "ｗｗ", "ww", "ｗｗｗ", "www", "草"})
# A venue run, named with what kind it is (「ボルダリングジムやってます」「ワインバーやってて」); alone, ジムやってる may be working out.
_VENUES_JA = frozenset({"ジム", "バー", "ショップ", "スタジオ", "ホテル", "ゲストハウス", "道場", "塾"})
_DOING_JA = frozenset({"遣る", "営む", "為る"})
# The progressive after a verb: てる and いる, and the western よる and とる (博多・広島: 「安全管理しよる」「現場で働いとる」).
_PROGRESSIVE_JA = frozenset({"てる", "いる", "居る", "よる", "とる"})
_BEING_JA = frozenset({"いる", "居る", "おる"})


def _doing_a_trade(doc: Document) -> Iterator[Token]:
    """「千葉で在来工法の大工やってるんで」「うちも鋳物の工房やってて」「京都で着物の悉皆屋やってて」: a
    casual writer's trade or workshop, a noun and やる in the progressive (やってる, やってます), in a
    sentence with no word of the reader's and no question (「林さんは何やってるんですか？」)."""
    tokens = doc.tokens
    # the verbs in the progressive first (やってる, しております: what one does, not やってみる, やってくれる);
    # most sentences have none, and skip the rest
    verbs = {
        k for k, t in enumerate(tokens)
        if t.lemma in _DOING_JA and t.pos == "動詞" and k + 1 < len(tokens)
        and (tokens[k + 1].lemma in ("てる", "よる", "とる") or (tokens[k + 1].lemma == "て" and k + 2 < len(tokens) and tokens[k + 2].lemma in _BEING_JA))
    }
    if not verbs:
        return
    for sentence, toks in doc.iter_sentences():
        if not any(sentence.first <= k < sentence.last for k in verbs):
            continue
        words = [t for t in toks if is_word(t.text)]
        if doc.text[sentence.start : sentence.end].rstrip().endswith(("？", "?")) or (words and words[-1].lemma == "か"):
            continue
        if any(t.text in _READER_JA and k + 1 < len(toks) and toks[k + 1].text in ("は", "が", "も") for k, t in enumerate(toks)):
            continue
        for k, t in enumerate(toks):
            if sentence.first + k not in verbs or k == 0:
                continue
            j = k - 1
            if toks[j].text == "を" and j > 0:
                j -= 1
            noun = toks[j]
            if any(u.lemma in _QUESTION_JA for u in toks[max(0, j - 2) : k]):
                continue
            if t.lemma == "為る":
                # 「寺で副住職をしており」「看護師をしています」: する takes a role only (not 準備をしています)
                if toks[k - 1].text == "を" and (
                    (noun.pos == "接尾辞" and noun.text in _ROLE_SUFFIXES_JA) or (noun.pos == "名詞" and noun.text.endswith("職"))
                ):
                    yield noun
                continue
            first = j  # the compound the noun ends: 「アプリのUIデザイナー」
            while first > 0 and j - first < 3 and toks[first - 1].pos == "名詞":
                first -= 1
            if (noun.pos == "接尾辞" and noun.text in _TRADE_SUFFIXES_JA) or (
                noun.pos == "名詞" and noun.pos2 == "普通名詞" and (
                    noun.text in _TRADES_JA or (first > 0 and toks[first - 1].text == "の") or any(noun.text.endswith(v) and (len(noun.text) > len(v) or first < j) for v in _VENUES_JA)
                )
            ):
                yield noun


def _works_at(tokens: list[Token], aux: int) -> bool:
    """Whether the progressive auxiliary ``tokens[aux]`` (てる, いる) follows a verb of doing one's work:
    「デザインやってる小池です」, not 「ずっと気になっている問題です」."""
    k = aux - 1
    if k >= 0 and tokens[k].text in ("て", "で"):
        k -= 1
    if k >= 1 and tokens[k].text == "し" and tokens[aux].text in ("よる", "とる") and tokens[k - 1].pos in ("名詞", "接尾辞"):
        return True  # 「装蹄師しよる甲斐です」: UniDic reads the し of する as a particle and よる as 因る
    return k >= 0 and tokens[k].pos == "動詞" and tokens[k].lemma in _WORKING_JA


def _surname_like(tok: Token) -> bool:
    """A noun of two kanji, as most surnames are (小池, 大橋), that UniDic tagged as a common noun."""
    return len(tok.text) == 2 and all("\u4e00" <= c <= "\u9fff" for c in tok.text) and tok.lemma not in _NOT_A_NAME


def _compound_after_no(words: list[Token], i: int) -> bool:
    """Whether ``words[i]`` ends a compound of two or three common nouns that follows の
    (「ロームワークのプロダクトデザイナー」「市立病院の病棟看護師」): a role and where it is held."""
    k = i
    while k > 0 and i - k < 2 and words[k - 1].pos == "名詞" and words[k - 1].pos2 == "普通名詞":
        k -= 1
    return k < i and k > 0 and words[k - 1].text == "の"


# … and the dialects' sentence-final particles after だ: 山形・東北 だず, だべ, 仙台 だっちゃ, だぞ
_CASUAL_TAIL = frozenset({"よ", "よー", "よ〜", "ね", "っす", "ず", "べ", "べさ", "っちゃ", "ぞ"})


def _plain_copula(tokens: list[Token], n: int) -> bool:
    """だ as the copula of a self-introduction: humble でございます (「…のビズアップでございます」), or
    casual だ ending the sentence or followed by よ/ね (「薬剤師の長田だよ」); not だ inside a clause."""
    nxt = tokens[n + 1] if n + 1 < len(tokens) else None
    if nxt is not None and nxt.lemma == "御座る":
        return n + 2 < len(tokens) and tokens[n + 2].lemma == "ます"
    if tokens[n].text != "だ":
        return False  # 「issueのおかげで、」: で joining clauses
    return nxt is None or nxt.text in _CASUAL_TAIL or (not is_word(nxt.text) and nxt.text not in ("、", ","))


def shows_earlier_contact(doc: Document, phrases: PhraseList = INTRODUCTION_PHRASES) -> bool:
    """Whether the draft says the two have been in touch before ("as we discussed", 先日は).

    "The other day" in a sentence the act model reads as about the recipient's own work, with no
    word of meeting or talking in it (「先日のご登壇、拝聴しました」), is their event, not a meeting
    of the two: the writer was in the audience.

    Worked out once per draft and phrase list: four or five rules ask (through
    :func:`~outreach_lint.analysis.conversation.is_first_contact`)."""
    return doc.fact(_shows_earlier_contact, phrases)


def _shows_earlier_contact(doc: Document, phrases: PhraseList) -> bool:
    matches = phrases.matches(doc, groups=["earlier_contact"])
    if matches:
        acts = document_acts(doc)
        index = doc.sentence_index
        for m in matches:
            if m.phrase == "引き続き" and _wishes_success(doc.tokens, m.last):
                continue  # 「引き続きのご活躍をお祈り申し上げます」: a stock closing of cold notes, not work together
            if _not_past(doc.tokens, m):
                continue  # "Could you tell me how to apply?", "Could we talk next week?": asked now, not recalled
            n = index[m.first]
            if n >= 0 and acts.of(n, "their_work") >= 0.5:
                s = doc.sentences[n]
                toks = doc.tokens[s.first : s.last]
                on_stage = any(t.lemma in _STAGE or t.lnorm in _STAGE for t in toks)
                if not any(lemma_key(t, doc.lang) in _MET and not (on_stage and _a_talk_heard(t)) for t in toks):
                    continue
            return True
    return _business_greeting_between_colleagues(doc, phrases) or _familiar_address(doc) or _had_a_talk(doc)


# "good talking in the break room Thursday", "nice chatting at the meetup", "good seeing you Thursday":
# an exchange the two had, in the gerund; not "it would be great talking with you" (hoped for).
_HAD_A_TALK = lazy_pattern(
    r"(?i)(?<!\bbe\s)(?<!\bbe\s(?:so|really|very)\s)\b(?:good|great|nice|lovely|fun|a pleasure|so good|so nice)\s+"
    r"(?:talking|chatting|speaking|seeing you|catching up|meeting you|bumping into you|running into you)\b"
)


def _had_a_talk(doc: Document) -> bool:
    return doc.lang == "en" and _HAD_A_TALK.search(doc.text, *body_span(doc)) is not None


_SUCCESS = frozenset({"活躍", "健勝", "発展", "成功", "繁栄", "清栄", "隆盛", "多幸"})


def _not_past(tokens: list[Token], m) -> bool:  # type: ignore[no-untyped-def]
    """Whether an English phrase of the two talking ("you tell me", "we meet") has its verb in a form
    other than the past: the phrase recalls an earlier exchange only as "you told me", "we met". In
    Japanese, た in its conditional form (「お話しできたら嬉しいです」) is a wish, not a past."""
    if m.last > m.first and tokens[m.last - 1].lemma == "た" and tokens[m.last - 1].cform.startswith("仮定形"):
        return True
    toks = tokens[m.first : m.last + 1]
    if not toks or toks[0].norm not in ("you", "we", "when"):
        return False
    k = 2 if toks[0].norm == "when" else 1
    if k >= len(toks):
        return False
    verb = toks[k]
    text = verb.text.lower()
    return text == verb.lemma.lower() or text.endswith(("ing", "s"))


def _wishes_success(tokens: list[Token], i: int) -> bool:
    """引き続き|の ご 活躍: "continued success" wished, within three tokens."""
    return any(t.lemma in _SUCCESS or t.text in _SUCCESS for t in tokens[i : i + 4])


#: Their events on a stage: beside one, "the talk" (お話, "your talk") is what they said there.
_STAGE = frozenset({"登壇", "講演", "基調講演", "発表", "セミナー", "ウェビナー", "フォーラム", "カンファレンス", "勉強会", "パネル",
                    "研修", "研修会", "講座", "講習", "講習会", "学会", "シンポジウム", "ワークショップ",
                    "keynote", "panel", "webinar", "conference", "forum", "session", "summit", "meetup",
                    "workshop", "symposium", "lecture", "seminar", "course"})


def _a_talk_heard(tok: Token) -> bool:
    """「…線引きをされているお話が興味深かった」, "your talk at the summit": the noun 話 / "talk" (what
    was said on their stage), not the verb of the two talking (お話しできて, "we talked")."""
    return (tok.lemma == "話" and tok.pos == "名詞") or tok.norm == "talk"


_FIRST_CONTACT_JA = ("はじめまして", "初めまして", "はじめて", "初めて", "突然")


def says_first_contact(doc: Document) -> bool:
    """Whether the text says it is a first contact: はじめまして, 突然のご連絡, 初めてご連絡いたします."""
    return doc.lang == "ja" and any(w in doc.text for w in _FIRST_CONTACT_JA)


_FAMILIAR = frozenset({"君", "ちゃん"})


def _familiar_address(doc: Document) -> bool:
    """「河合くん、開店おめでとう！」: a name with くん or ちゃん in the opening sentence is how people
    who know each other address one another (a former colleague, a teacher), unless the draft says
    it is a first contact (「はじめまして」)."""
    if doc.lang != "ja" or not doc.sentences or says_first_contact(doc):
        return False
    first = doc.sentences[0]
    tokens = doc.tokens[first.first : first.last]
    return any(
        t.pos == "接尾辞" and t.lemma in _FAMILIAR and k > 0 and (tokens[k - 1].pos2 == "固有名詞" or _called_by_nickname(tokens, k))
        for k, t in enumerate(tokens[:6])
    )


def _called_by_nickname(tokens: list[Token], k: int) -> bool:
    """「大ちゃん、」「純くん、」: a nickname or given name with ちゃん or くん that opens the message and is set
    off by punctuation, as a name is called."""
    # UniDic reads some given names as adjectival nouns (純, 誠: 形状詞)
    return k == 1 and tokens[0].pos in ("名詞", "形状詞") and k + 1 < len(tokens) and tokens[k + 1].pos == "補助記号"



def _business_greeting_between_colleagues(doc: Document, phrases: PhraseList) -> bool:
    """お世話になっております: an earlier relationship, unless the draft says it is a first contact
    (はじめまして, 突然のご連絡) or pitches (a sentence the act model reads as an offer or as
    pressure): cold sales mail opens with the same greeting."""
    if not phrases.matches(doc, groups=["business_greeting"]):
        return False
    if says_first_contact(doc):
        return False
    # Addressed to a role, not a person (ご担当者様): the greeting is the formula of cold mail; and
    # between two who work together nobody introduces themselves with 〜と申します.
    if nobody_addressed(doc) is not None or "と申します" in doc.text:
        return False
    # A reader taken as one of a class (皆様のビジネス): a mailing, which opens with the same greeting
    # to every address on its list
    if class_addressed(doc) is not None:
        return False
    # A draft the draft model is sure is a form letter (「平素より大変お世話になっております。…貴社のますますの
    # ご発展に寄与できるサービスをご案内したく」): the greeting is a mailing's
    # A transaction of theirs under way (「請求書を添付させて頂きました」「ご入金をお願いいたします」): work
    # together, whatever its deadline reads like, and however much a template it is
    if any(w in doc.text for w in _TRANSACTION_JA):
        return True
    if sure_form_letter(doc):
        return False
    acts = document_acts(doc)
    return not any(acts.of(n, "pressure") >= 0.5 or (acts.of(n, "offer") >= 0.5 and acts.of(n, "favour") >= 0.5) for n in range(len(doc.sentences)))


# The papers and payments of a deal between the two: an invoice sent, a payment, a delivery, a work
# handed in to the client (構成案をご提出致します), an order.
_TRANSACTION_JA = ("ご入金", "請求書を添付", "請求書をお送り", "納品いたし", "納品致し", "ご提出いたし", "ご提出致し", "ご発注いただ", "ご注文いただ", "ご契約いただいており")


# Words of two people meeting or talking: with one, "the other day" is a meeting, whatever else the sentence says.
_MET = frozenset({"会う", "話", "話す", "打ち合わせ", "打合せ", "面談", "電話", "連絡", "メール", "会話", "挨拶", "名刺",
                  "隣り", "meet", "met", "talk", "chat", "call", "spoke", "speak", "discuss", "email", "remember"})


def own_introduction(doc: Document) -> list[tuple[int, int]]:
    """Spans of the sentences in which the writer introduces themselves and says nothing of the
    recipient: what they name is about the writer (``センサ社の田中です``), not a reference."""
    return list(_own_introduction(doc))


@per_draft
def _own_introduction(doc: Document) -> tuple[tuple[int, int], ...]:
    spans = []
    for n in sorted(introduction_sentences(doc)):
        s = doc.sentences[n]
        toks = doc.tokens[s.first : s.last]
        if any(t.norm in _ADDRESSING for t in toks) or any(t.lemma == "御" and t.pos == "接頭辞" for t in toks):
            continue  # 「ご講演を拝見した佐藤です」 speaks of the recipient too
        if _QUOTED.search(doc.text, s.start, s.end) or _DIGIT.search(doc.text, s.start, s.end):
            continue
        authored = _AUTHORED.get(doc.lang, frozenset())
        if any(t.norm in authored or lemma_key(t, doc.lang) in authored for t in toks):
            continue  # 「ベクトル検索の連載は、私たちの計測と一致」: the sentence is about their work
        if _learned_of_a_name(doc, toks):
            continue  # "I read about Leith Walk Housing Co-operative's pilot…, a family I work with": what they read of
        spans.append((s.start, s.end))
    return tuple(spans)


# Humble verbs of reading, seeing or hearing: their object is someone else's.
_LEARNED_JA = frozenset({"拝見", "拝読", "拝聴"})


def _learned_of_a_name(doc: Document, toks: list[Token]) -> bool:
    """Whether the writer says they read, saw or heard of a thing named (capitalised further on in
    English: "I read about Leith Walk Housing Co-operative's pilot"; 拝見・拝読・拝聴 in Japanese, whose
    object is someone else's): the sentence is about that thing, however much of the writer it holds."""
    if doc.lang == "ja":
        return any(t.lemma in _LEARNED_JA or t.text in _LEARNED_JA for t in toks)
    for k, t in enumerate(toks):
        if t.norm in LEARNED_EN and k and toks[k - 1].norm in ("i", "we", "just", "recently"):
            return any(u.text[:1].isupper() and u.norm != "i" for u in toks[k + 1 :])
    return False
