"""Chasers read from the text alone: a draft that says it is another follow-up ("bumping this",
"as per my last three emails", "third time I'm DMing you", 再三のご連絡, 「4回目のご連絡」).

A fact more than one rule reads: follow-up-chasing reports it, and a draft that chases is no first
contact (:func:`.conversation.continues_conversation`), so missing-introduction, no-shared-interest
and generic-template judge it as the follow-up it is.
"""

from __future__ import annotations

from ..core.document import Document, Token, per_draft
from .introductions import says_first_contact
from .phrases import PhraseList, PhraseMatch, load_data

__all__ = ["CHASER_PHRASES", "chaser_markers", "chases", "merge_by_sentence", "told_chases"]

def _with_spellings(data: dict) -> dict:
    """"follow up" is also written "follow-up" and "followup": list each phrase once, match all three."""
    out: dict = {}
    for lang, groups in data.items():
        out[lang] = {}
        for group, phrases in groups.items():
            more = [p.replace("follow up", v) for p in phrases if "follow up" in p for v in ("follow-up", "followup")]
            out[lang][group] = list(phrases) + more
    return out


CHASER_PHRASES = PhraseList(_with_spellings(load_data("follow-up-chasing.toml")))
_MESSAGE_NOUNS = frozenset({"email", "message", "note", "mail", "dm"})
_JA_VERB_TAIL = frozenset({"為る", "致す", "せる", "させる", "頂く", "いただく", "て"})
_ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5}



def chaser_markers(doc: Document, phrases: PhraseList = CHASER_PHRASES) -> list[tuple[PhraseMatch, int]]:
    """Phrases that say this is another follow-up ("bumping this", "as per my last three emails", 再三の
    ご連絡, 「4回目のご連絡」), with the unanswered count when the text gives one. ``phrases``: the
    default list (read once per draft), or one a rule extended (follow-up-chasing's ``extra-phrases``)."""
    if phrases is CHASER_PHRASES:
        return list(_default_markers(doc))
    return _markers(doc, phrases)


@per_draft
def _default_markers(doc: Document) -> tuple[tuple[PhraseMatch, int], ...]:
    return tuple(_markers(doc, CHASER_PHRASES))


def _markers(doc: Document, phrases: PhraseList) -> list[tuple[PhraseMatch, int]]:
    tokens = doc.tokens
    out: list[tuple[PhraseMatch, int]] = []
    matches = phrases.matches(doc, ["repeat", "contact", "times", "nudge"])
    for n, m in enumerate(matches):
        if m.group in ("repeat", "nudge"):
            if doc.lang == "ja" and _sent_count_not_done(tokens, m):
                continue  # 資料を二度に分けてお送りします: a count of what is yet to be sent
            last = tokens[m.last - 1]
            ordinal = any(t.norm in _ORDINALS for t in tokens[m.first : m.last])  # "my third message"
            if last.lemma in _MESSAGE_NOUNS and not last.norm.endswith("s") and not ordinal:
                continue  # "my previous email" is one message, not several; "my third message" is the third
            if ordinal and _someone_elses(tokens, m.first):
                continue  # "sending the second reminder the evening before was clever", "your second reminder"
            if doc.lang == "ja" and last.pos == "動詞":  # 再送|いたします, 再送|させていただきます
                end = m.last
                while end < len(tokens) and end - m.last < 5 and (
                    tokens[end].pos == "助動詞" or tokens[end].lemma in _JA_VERB_TAIL
                ):
                    end += 1
                m = PhraseMatch(m.start, tokens[end - 1].end, m.first, end, m.group, m.phrase)
            out.append((m, _count(doc, m)))
        elif m.group == "contact":
            # a count of times after the contact verb, in the same sentence: "written to you a few times"
            for t in matches[n + 1 : n + 3]:
                if t.group == "times" and t.first - m.last <= 4 and not _sentence_break(doc, m.last, t.first):
                    out.append((PhraseMatch(m.start, t.end, m.first, t.last, "repeat", m.phrase), _count(doc, t)))
                    break
    out += _nth_message_ja(doc) if doc.lang == "ja" else (_nth_message_en(doc) + _sent_you_several_en(doc)) if doc.lang == "en" else []
    return out


_EN_NTH = {"third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10}
#: Verbs of contacting someone, beside "the third time" ("circling back for the third time").
_EN_CONTACT = frozenset({"ping", "write", "reach", "email", "e-mail", "message", "circle", "follow", "ask", "try", "contact", "nudge", "bump", "chase", "dm", "dming", "pm", "pming", "text", "inmail", "resend", "remind"})
_EN_SENT = frozenset({"email", "e-mail", "mail", "message", "note", "dm", "inmail", "request", "attempt", "reminder", "ping", "try", "text", "letter"})


def _on_subject_line(doc: Document, offset: int) -> bool:
    """Whether ``offset`` is on a line that starts "Subject" or 件名."""
    return doc.text.startswith(("件名", "Subject"), doc.text.rfind("\n", 0, offset) + 1)


def _nth_message_en(doc: Document) -> list[tuple[PhraseMatch, int]]:
    """"this is my 4th DM", "my fifth email about the trial", a subject's "FIFTH REQUEST": the Nth
    message (N ≥ 3) of the writer's, so N − 1 went before it. The ordinal names the writer's own
    message ("my fifth email") or stands in a subject line; "our fifth annual summit" counts summits."""
    tokens = doc.tokens
    out: list[tuple[PhraseMatch, int]] = []
    for k, t in enumerate(tokens):
        norm = t.norm
        n = _EN_NTH.get(norm) or (int(norm[:-2]) if norm[:-2].isdecimal() and norm[-2:] in ("rd", "th") else 0)
        if n < 3 or k + 1 >= len(tokens):
            continue
        j = k + 1
        if tokens[j].norm in ("follow", "-") or tokens[j].norm.startswith("follow"):
            continue  # "third follow-up" is the phrase list's (a follow-up count, not a message count)
        if tokens[j].norm == "time" and any(x.lnorm in _EN_CONTACT for x in tokens[max(0, k - 4) : j + 4]):
            # "circling back for the third time", "3rd time pinging u": the writer's Nth try
            out.append((PhraseMatch(t.start, tokens[j].end, k, j + 1, "repeat", "Nth time"), n - 1))
            continue
        if tokens[j].norm not in _EN_SENT:
            continue
        before = [x.norm for x in tokens[max(0, k - 3) : k]]
        if "my" in before or _on_subject_line(doc, t.start):
            out.append((PhraseMatch(t.start, tokens[j].end, k, j + 1, "repeat", "Nth message"), n - 1))
    return out


# What was sent, as the lemma table gives a plural: "DMs" stays "dms".
_EN_SENT_PLURAL = _EN_SENT | {"dms", "pm", "pms"}
_EN_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "2": 2, "3": 3, "4": 4, "5": 5}
_EN_COUNTS = {**_EN_NUMBERS, "twice": 2}  # "my last three emails", "I've written twice"
_EN_SEVERAL = {**_EN_NUMBERS, "several": 2, "multiple": 2, "few": 2, "couple": 2}


def _sent_you_several_en(doc: Document) -> list[tuple[PhraseMatch, int]]:
    """"sent you two DMs this week about … and nothing??", "I've sent you several emails": messages
    of the writer's already sent to them, more than one, in the past tense (not "I'll send you two
    files"), so this one follows them."""
    tokens = doc.tokens
    out: list[tuple[PhraseMatch, int]] = []
    for k, t in enumerate(tokens):
        if t.norm != "sent" or k + 3 >= len(tokens) or tokens[k + 1].norm not in ("you", "u"):
            continue
        j = k + 2
        if tokens[j].norm == "a" and j + 1 < len(tokens) and tokens[j + 1].norm in ("few", "couple"):
            j += 1
        n = _EN_SEVERAL.get(tokens[j].norm, 0)
        j += 1
        if j < len(tokens) and tokens[j].norm == "of":
            j += 1  # "a couple of emails"
        if n and j < len(tokens) and tokens[j].lemma in _EN_SENT_PLURAL and tokens[j].norm.endswith("s"):
            out.append((PhraseMatch(t.start, tokens[j].end, k, j + 1, "repeat", "sent you several"), n))
    return out


_JA_NUMERALS = {"三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
_JA_MESSAGE = frozenset({"連絡", "メール", "メッセージ", "送る", "送信", "DM", "案内", "お便り", "便り", "投稿", "送付", "ご連絡"})


def _nth_message_ja(doc: Document) -> list[tuple[PhraseMatch, int]]:
    """「4回目のご連絡」「四度目のメール」「5通目」, 件名の【4回目】: the Nth message (N ≥ 3) in a row, so
    N − 1 went before it: the count names the message itself (4回目のご連絡, 5通目), or stands in a
    subject line. 「5回目の展示会のご案内」 counts exhibitions, not messages, and 「試作12回目の投稿」 trials."""
    tokens = doc.tokens
    out: list[tuple[PhraseMatch, int]] = []
    for k in range(len(tokens) - 2):
        t = tokens[k]
        if t.pos2 != "数詞":
            continue
        n = int(t.text) if t.text.isdecimal() else _JA_NUMERALS.get(t.text, 0)  # not ①, which isdigit() but int() refuses
        unit, nth = tokens[k + 1], tokens[k + 2]
        if n < 3 or unit.text not in ("回", "度", "通") or nth.text != "目":
            continue
        before = tokens[k - 1] if k else None
        if before is not None and before.end == t.start and before.pos == "名詞" and before.pos2 != "数詞" and not (
            before.lemma in _JA_MESSAGE or before.text in _JA_MESSAGE
        ):
            continue  # 「鹿肉ソーセージ試作12回目の投稿」: the count of the trial named before it, not of messages
        subject = _on_subject_line(doc, t.start)
        j = k + 3
        while j < len(tokens) and j - k < 6 and (tokens[j].text == "の" or tokens[j].lemma == "御"):
            j += 1  # 4回目の|ご|連絡
        said = unit.text == "通" or (j < len(tokens) and (tokens[j].lemma in _JA_MESSAGE or tokens[j].text in _JA_MESSAGE))
        if subject or said:
            last = j + 1 if said and unit.text != "通" else k + 3  # 4回目のご連絡: the message word too
            out.append((PhraseMatch(t.start, tokens[last - 1].end, k, last, "repeat", "N 回 目"), n - 1))
    return out


def _sent_count_not_done(tokens: list[Token], m: PhraseMatch) -> bool:
    """三度メッセージをお送りしております counts messages already sent; 二度に分けてお送りします does not:
    a count of times (N度, N回, not N度目) counts sent messages only when the verb after it is done
    (た) or ongoing (ております, ています)."""
    words = m.phrase.split()
    if len(words) < 3 or words[1] not in ("度", "回") or words[2] == "目":
        return False
    for k in range(m.last, min(len(tokens), m.last + 8)):
        t = tokens[k]
        if t.pos == "補助記号":
            break
        if t.lemma in ("た", "てる", "とる") or (t.lemma == "て" and k + 1 < len(tokens) and tokens[k + 1].lemma in ("居る", "いる", "おる", "有る")):
            return False  # 送りました, 送っております, DMしてる
    return True


def _count(doc: Document, m: PhraseMatch) -> int:
    """Unanswered messages the words imply: "my last three emails" -> 3, "my third attempt" -> 2."""
    for tok in doc.tokens[m.first : m.last]:
        if tok.norm in _ORDINALS:
            follow = any(t.norm.startswith(("follow", "reminder")) for t in doc.tokens[m.first : m.last])
            return _ORDINALS[tok.norm] if follow else _ORDINALS[tok.norm] - 1
        if tok.norm in _EN_COUNTS:
            return _EN_COUNTS[tok.norm]
    return 0


def merge_by_sentence(doc: Document, markers: list[tuple[PhraseMatch, int]]) -> list[tuple[PhraseMatch, int]]:
    """One finding per sentence: "bumping this to the top of your inbox" is one signal, not two."""
    out: list[tuple[PhraseMatch, int]] = []
    for m, count in markers:
        if out and not _sentence_break(doc, out[-1][0].last, m.first):
            prev, prev_count = out[-1]
            end, last = max((prev.end, prev.last), (m.end, m.last))
            out[-1] = (PhraseMatch(min(prev.start, m.start), end, min(prev.first, m.first), last, prev.group, prev.phrase), max(prev_count, count))
        else:
            out.append((m, count))
    return out


def _sentence_break(doc: Document, a: int, b: int) -> bool:
    return any(t.norm in (".", "!", "?", "。") for t in doc.tokens[a:b])


def _someone_elses(tokens: list[Token], first: int) -> bool:
    """Whether the counted message before ``first`` is not the writer's: "your second reminder", or
    "the second reminder" after anything but "this is", "my" or a sentence's start ("sending the
    second reminder the evening before": reminders in general)."""
    before = tokens[first - 1].norm if first else ""
    if before in ("your", "their", "his", "her"):
        return True
    if before != "the" or first < 2:
        return False
    return tokens[first - 2].norm not in ("is", "'s", "’s", "was", "this", "my", "our", ":", ".", "!", "—", "-", ",")


def told_chases(doc: Document, markers: list[tuple[PhraseMatch, int]]) -> list[tuple[PhraseMatch, int]]:
    """The markers merged one per sentence, without those an apology in a first message can be: no
    count, in a draft that says it is a first contact (「突然のご連絡…度々失礼いたしました」)."""
    first = says_first_contact(doc)
    return [(m, count) for m, count in merge_by_sentence(doc, markers) if count or not first]


@per_draft
def chases(doc: Document) -> tuple[PhraseMatch, ...]:
    """The sentences (one marker each) in which the draft says it chases an earlier message of the
    writer's, with the default phrases (:func:`told_chases`)."""
    return tuple(m for m, _ in told_chases(doc, chaser_markers(doc)))
