"""Where a draft stands in a conversation: a first contact, or a message that continues one.

A thread given in the context settles it. Without one, the draft's own text can: a sentence whose
act is ``follow_up`` ("circling back on my note from last week", 先日お送りしたメールの件) says the
writer has written before, and an earlier-contact phrase (先日はありがとうございました, "great meeting
you at PyCon") says the two already know each other; either way the draft is not a first contact. So does a
recipient profile that names the reader as the writer's classmate, former colleague or old friend.
"""

from __future__ import annotations

import regex

from ..core.context import Context
from ..core.document import Document, per_draft
from .acts import document_acts
from .chasers import chases
from .introductions import shows_earlier_contact
from .words import JA_NAME_HONORIFICS

__all__ = ["FOLLOW_UP", "follow_up_sentences", "continues_conversation", "is_first_contact"]

#: Probability from which a sentence counts as referring back to the writer's earlier message.
FOLLOW_UP = 0.95


@per_draft
def follow_up_sentences(doc: Document) -> tuple[int, ...]:
    """Indices of the sentences that refer back to an earlier message of the writer's, or chase one."""
    return tuple(document_acts(doc).sentences_with("follow_up", FOLLOW_UP))


def continues_conversation(doc: Document, ctx: Context) -> bool:
    """An earlier message in the thread, a draft that says it follows one up or chases one ("third time
    I'm DMing you", :func:`.chasers.chases`), or one that speaks of an acquaintance already made
    ("great meeting you at …", 先日は, ご無沙汰しております).
    お世話になっております is one between two who work together, but not in a draft that says it is a
    first contact (はじめまして) or pitches (pressure, or an offer that is also the ask): cold sales
    mail opens with the same greeting."""
    return (
        bool(ctx.thread) or bool(follow_up_sentences(doc)) or bool(chases(doc)) or shows_earlier_contact(doc)
        or _called_by_given_name(doc, ctx) or known_from_profile(ctx)
    )


# Whom the writer already knows, as the recipient's profile puts it: a classmate, a former colleague,
# an old friend, a cousin, 高校の同級生, 元同僚, 大学の先輩, 従兄弟. Not a friend of a friend (友人の友人, 共通の友人),
# who is still a stranger, nor "Friends of Highfield Park", a charity, nor a former trade ("Former
# Chemistry Teacher"), which is the reader's past, not the two's.
_KNOWN_EN = regex.compile(
    r"(?i)\b(?:class|school|team|flat|room|band|crew|ship|course|work)-?\s?mates?\b|\bco-?workers?\b|\bcolleagues?\b(?!\s(?:of|via)\b)"
    r"|\b(?:old|family|school|childhood|close|best|uni|university|college|long-?time|longstanding)\s(?:school\s)?friends?\b(?!\s(?:of|via)\b)"
)
# Family, in the title and not inside a name ("Cousin, runs a piano school in Ginowan", "my uncle"; not
# "Dube Brothers Construction", a firm, nor "Sister Mary", a nun).
_FAMILY_EN = regex.compile(
    r"(?<!(?-i:[A-Z])[\w'’.-]*\s)\b(?i:cousin|uncle|aunt|auntie|nephew|niece|brother|sister|sibling|"
    r"(?:brother|sister|father|mother|son|daughter)-in-law)s?\b(?!\s(?:of|via)\b|\s[A-Z])"
)
_STILL_STRANGERS = regex.compile(r"(?i)共通の|友人の友人|友達の友達|面識(?:な|の)|\bfriend of a friend\b|\bmutual\b|\bnever met\b")
_KNOWN_JA = regex.compile(r"同級生|同窓生?|同僚|同期|先輩|後輩|教え子|元生徒|従兄弟|従姉妹|いとこ|親戚|親類|叔父|叔母|伯父|伯母|甥|姪|幼なじみ|幼馴染|元上司|元部下|元取引先|(?<!共通の|友人の|友達の)(?:友人|友達)(?!の(?:友人|友達|紹介))")


def known_from_profile(ctx: Context) -> bool:
    """Whether the recipient's profile says the two already know each other ("Former classmate, Fiji
    National University", 「元同僚（現在は地方で農業）」): a message to them is no first contact."""
    r = ctx.recipient
    if r is None:
        return False
    said = " ".join(x for x in (r.title, r.company) if x)
    if not said or _STILL_STRANGERS.search(said):
        return False
    family = bool(r.title) and _FAMILY_EN.search(r.title) is not None
    return family or _KNOWN_EN.search(said) is not None or _KNOWN_JA.search(said) is not None


#: Honorifics and the like that a Japanese name takes before a stranger (and friends too, often).
_NAME_SUFFIXES_JA = JA_NAME_HONORIFICS | {"先輩", "社長", "部長", "課長"}
_FIRST_MEETING_JA = ("はじめまして", "初めまして", "はじめてご連絡", "初めてご連絡", "突然")


def _called_by_given_name(doc: Document, ctx: Context) -> bool:
    """Whether a Japanese draft opens with the reader's given name and nothing after it (「亮太、独立一年
    おめでとう！」「拓也、上棟おめでとう！」): a name called bare, as only friends, classmates and old colleagues
    call one another; nobody greets a stranger so. Not when the draft says it is a first meeting."""
    if doc.lang != "ja" or ctx.recipient is None or not ctx.recipient.name:
        return False
    parts = ctx.recipient.name.split()
    if len(parts) < 2:
        return False
    given = parts[-1]
    text = doc.text.lstrip()
    if not text.startswith(given) or any(w in doc.text for w in _FIRST_MEETING_JA):
        return False
    rest = text[len(given) :]
    return rest[:1] in ("、", "！", "!", "，", ",", "\n") and not any(rest.startswith(h) for h in _NAME_SUFFIXES_JA)


def is_first_contact(doc: Document, ctx: Context) -> bool:
    """The writer's first message to this person: no thread, and no sign in the text of an earlier one."""
    return not continues_conversation(doc, ctx)
