"""What a draft says about its recipient: profile terms it mentions, and specific references.

A reference is specific when it names something only someone who looked would know: a title in
quotes, a link, a number, a name, a mutual contact, or enough topic words. The writer's own
introduction does not count (:func:`~outreach_lint.analysis.introductions.own_introduction`).
Profile terms and names are tokenized by the same pipeline as the draft.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
import enum
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Callable

import regex

from ..core.context import Context, Recipient
from ..core.document import Document, Sentence, Token, normalize, per_draft
from .acts import ACTS, document_acts
from .drafts import draft_judgements, sure_form_letter
from .introductions import introduction_sentences, own_introduction
from .layout import body_span, class_addressed_spans, signature_words, subject_span
from .placeholders import template_slots
from .phrases import PhraseList, analyzer_of, lazy_pattern, load_data
from .words import ADDRESSING, JA_CONTENT_POS, JA_NAME_HONORIFICS, LEARNED_EN, en_stop_words, is_content, is_word, lemma_key

__all__ = [
    "ProfileTerm", "Reference", "profile_terms", "mentioned_terms", "mentioned_profile_terms", "specific_reference",
    "anchored_reference", "shared_interest_terms", "reader_mention", "addresses_reader", "heard_about_them",
    "their_work_sentences", "boilerplate_sentences", "refers_to_recipient", "company_as_example", "THEIR_WORK", "BOILERPLATE",
]

_DATA = load_data("no-shared-interest.toml")
#: Stock praise of a person's career ("impressed by your background", 「ご活躍を拝見し」): the same
#: phrases generic-template counts as stock.
_PRAISE = PhraseList({lang: {"praise": groups.get("praise", [])} for lang, groups in load_data("generic-template.toml").items()})
_MUTUAL = PhraseList({lang: {"mutual": groups["mutual"]} for lang, groups in _DATA.items()})


def _words(lang: str, group: str) -> frozenset[str]:
    return frozenset(normalize(w) for w in _DATA[lang][group])


_GENERIC = {lang: _words(lang, "generic") for lang in _DATA}
_CUE = {lang: _words(lang, "cue") for lang in _DATA}
_WORK = {lang: _CUE[lang] | _words(lang, "work") for lang in _DATA}
_AUTHORED = {lang: _words(lang, "authored") for lang in _DATA}
_TITLE_GENERIC = {lang: _words(lang, "title_generic") for lang in _DATA}
_LEGAL = {lang: _words(lang, "legal_form") for lang in _DATA}
_PLATFORM = {lang: _words(lang, "platform_name") for lang in _DATA}

_HONORIFIC = JA_NAME_HONORIFICS
#: People who introduce one person to another (「知人の紹介で」); UniDic lemmas.
_PERSON_NOUNS = frozenset({
    "知人", "友人", "友達", "知り合い", "先輩", "後輩", "上司", "同僚", "恩師", "仲間", "教授", "社長", "部長",
    "課長", "先生", "方", "皆様", "担当", "担当者", "元同僚", "共通", "父", "母", "兄", "姉", "妻", "夫",
})
# A title quoted right after the reader's possessive: 御社の「…」, 山田様の『…』, your "…".
_OWNED_TITLE = lazy_pattern(
    r"(?:御社|貴社|貴店|貴院|貴校|様|さん|先生)の[「『][^」』\n]{2,60}[」』]|(?i:\byour\s)[\"“][^\"”\n]{3,80}[\"”]"
)
_QUOTED = regex.compile(r"「[^」\n]{2,60}」|『[^』\n]{2,60}』|\"[^\"\n]{3,80}\"|“[^”\n]{3,80}”|《[^》\n]{2,60}》")
# After a quotation, what makes it words said rather than a title: 「…」「…」といったお声, 「…」と言われ, 「…」とのご感想,
# 「…」、「…」など、大変ご好評をいただいております.
_SPEECH_AFTER = regex.compile(
    r"(?:[、，]?「[^」\n]{0,60}」)*\s*(?:(?:と|って|との|といった|という)\s*(?:お|ご|御)?(?:声|感想|言葉|意見|評価|コメント)"
    r"|(?:と|って)\s*(?:言|おっしゃ|仰)"
    r"|(?:など|等)[、，]?\s*(?:大変|多くの|たくさんの|数多くの)?\s*(?:お|ご|御)?(?:好評|声|感想|評価|反響))"
)
_LINK = regex.compile(r"https?://\S{3,200}|www\.\S{3,200}|(?<![\w@])[@#][A-Za-z0-9_]{2,30}")
_DIGIT = regex.compile(r"[0-9０-９]")
# 三割, 十四店舗, 二〇二三年: a kanji numeral with a counter is a number; 一度, 一緒 are not.
_KANJI_NUMBER = regex.compile(r"[一二三四五六七八九十百千万〇]{1,6}(?:年|月|日|人|名|社|店|件|回目|割|万|億|倍|号|章|位|期|週|時間|分|%|％)")


@dataclass(frozen=True)
class ProfileTerm:
    kind: str  # interest, company, title, post, work (a project their title names in brackets)
    label: str  # as the profile spells it
    keys: tuple[str, ...]  # content lemmas to look for
    names: tuple[str, ...] = ()  # (posts, companies) keys of names ("RabbitMQ", 「ゆずタルト」 as a proper noun): one is enough
    pairs: tuple[tuple[str, str], ...] = ()  # (posts) two words in a row ("line caught"): quoting them is enough


def _profile_terms(recipient: Recipient, lang: str, tokenizer: Any) -> list[ProfileTerm]:
    terms: list[ProfileTerm] = []

    def content_keys(text: str | list[Token], drop: frozenset[str] = frozenset()) -> tuple[str, ...]:
        out = []
        for tok in tokenizer.tokens(text) if isinstance(text, str) else text:
            key = lemma_key(tok, lang)
            if tok.norm in drop or key in drop or not is_word(tok.text):
                continue
            if is_content(tok, lang) or tok.pos2 == "固有名詞" or (lang == "ja" and tok.pos in ("記号", "")):
                out.append(key)
        return tuple(dict.fromkeys(out))

    for interest in recipient.interests:
        keys = content_keys(interest)
        if keys:
            terms.append(ProfileTerm("interest", interest, keys))
    if recipient.company:
        company = list(tokenizer.tokens(recipient.company))
        keys = content_keys(company, _LEGAL[lang])
        if keys:
            # the words that name it alone: English its first ("Santini" of Santini Wines), Japanese
            # its proper nouns (福来 of 中華料理 福来軒), not a common word of it ("wine", 料理)
            names = keys[:1] if lang == "en" else tuple(
                k for k in content_keys([t for t in company if t.pos2 == "固有名詞"]) if k in keys
            )
            terms.append(ProfileTerm("company", recipient.company, keys, tuple(_stem(k) for k in names)))
    if recipient.title:
        keys = content_keys(recipient.title, _TITLE_GENERIC[lang] | _LEGAL[lang])
        if keys:
            terms.append(ProfileTerm("title", recipient.title, keys))
        for work in _TITLE_WORK.findall(recipient.title):
            # "OSSメンテナ（wareki-py）", "Maintainer (pgtrace)": the project their title names is their work,
            # and naming it anywhere shows the writer looked, as an interest does
            keys = content_keys(work, _TITLE_GENERIC[lang] | _LEGAL[lang])
            if keys:
                terms.append(ProfileTerm("work", work, keys))
    if recipient.recent_post:
        post = list(tokenizer.tokens(recipient.recent_post))  # tokenized once, read twice
        keys = tuple(k for k in content_keys(post) if k not in _GENERIC[lang])
        if keys:
            names, pairs = _post_names_and_pairs(post, lang)
            terms.append(ProfileTerm("post", recipient.recent_post, keys, names, pairs))
    return terms


# A project named in brackets in a title, spelled as a name of code or product: "OSSメンテナ（wareki-py）",
# "Maintainer (pgtrace)"; not a place, school or licence (「記者（山形）」「（早稲田大学商学部OB）」「（介護福祉士）」).
_TITLE_WORK = regex.compile(r"[（(]\s*([A-Za-z][A-Za-z0-9]*(?:[._+-][A-Za-z0-9]+)*)\s*[）)]")
_MIXED_CASE = regex.compile(r"^(?:\p{L}+\p{Lu}\p{L}*|\p{L}*\d\p{L}*)$")  # RabbitMQ, DevOpsDays, iOS, K8s


_CALENDAR = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april june july august "
    "september october november december christmas easter".split()
)


def _post_names_and_pairs(post: list[Token], lang: str) -> tuple[tuple[str, ...], tuple[tuple[str, str], ...]]:
    """The names in a post (a mixed-case or lettered-number word, a proper noun of UniDic's) and its
    pairs of words in a row, not both function words: naming one, or quoting two, says the writer
    read it ("your RabbitMQ talk", "going line-caught")."""
    stop = en_stop_words() if lang == "en" else frozenset()
    names: list[str] = []
    words: list[tuple[str, bool]] = []  # (stemmed key, is a function word)
    after_break = True  # the post's first word, or one after . ! ? : is capitalised as a sentence's
    for tok in post:
        opens = after_break
        after_break = tok.text in (".", "!", "?", ":", "…") or not is_word(tok.text) and after_break
        if (
            lang == "en" and not opens and len(tok.text) >= 4 and tok.text[0].isupper() and tok.text[1:].islower()
            and is_word(tok.text) and tok.norm not in stop and tok.norm not in _CALENDAR
        ):
            names.append(_stem(lemma_key(tok, lang)))  # "Selling my old Kilnmaster top-loader": a name inside a sentence
        if not is_word(tok.text):
            continue
        key = lemma_key(tok, lang)
        if key in _GENERIC.get(lang, frozenset()):
            words.append((_stem(key), True))
            continue
        if (lang == "en" and len(tok.text) >= 3 and _MIXED_CASE.match(tok.text)) or (
            lang == "ja" and tok.pos2 == "固有名詞" and len(tok.text) >= 2
        ):
            names.append(_stem(key))
        function = (tok.norm in stop or key in stop) if lang == "en" else tok.pos in ("助詞", "助動詞", "接頭辞", "接尾辞")
        words.append((_stem(key), function))
    pairs = tuple(
        (a, b) for (a, fa), (b, fb) in zip(words, words[1:]) if not (fa or fb) and a != b
    )
    return tuple(dict.fromkeys(names)), tuple(dict.fromkeys(pairs))


def _name_keys(doc: Document, recipient: Recipient | None) -> frozenset[str]:
    if recipient is None or not recipient.name:
        return frozenset()
    return _name_keys_cached(recipient.name, doc.lang, analyzer_of(doc))


@lru_cache(maxsize=4096)
def _name_keys_cached(name: str, lang: str, tokenizer: Any) -> frozenset[str]:
    return frozenset(lemma_key(t, lang) for t in tokenizer.tokens(name)) | frozenset(
        normalize(w) for w in name.split()
    )


@lru_cache(maxsize=16384)
def _stem(key: str) -> str:
    """English keys lose a plural or -ing/-ed ending, so "dairy farms" meets "dairy farming".
    Japanese verbs of one row (一段) lose their る: their 連用形 is also a noun, so the 纏め of
    「新店まとめ楽しみにしてます」 meets the 纏める of a post 「今月の新店まとめ、来週公開します」."""
    if key.isascii():
        if len(key) > 5:
            for suffix in ("ing", "ed", "es", "s"):
                if key.endswith(suffix):
                    return key[: -len(suffix)]
        return key
    if len(key) >= 3 and key.endswith("る") and key[-2] in _ICHIDAN_STEM_END:
        return key[:-1]
    return key


# The kana an 一段 verb's stem ends with before る (纏める, 始める, 用いる): e- and i-row kana.
_ICHIDAN_STEM_END = frozenset("えけげせぜてでねへべぺめれいきぎしじちぢにひびぴみり")


def _contiguous(need: tuple[str, ...], keys: list[str]) -> bool:
    n = len(need)
    want = list(need)
    first, last_start = need[0], len(keys) - n
    i = -1
    while True:  # only where the first key is: most of a draft's words are not
        try:
            i = keys.index(first, i + 1)
        except ValueError:
            return False
        if i > last_start:
            return False
        if keys[i : i + n] == want:
            return True


def _term_found(
    term: ProfileTerm, key_set: set[str], everywhere: list[str], flat: str, lang: str, spelled: list[str], capital: set[str],
    by_a_post: frozenset[str] = frozenset(), capitalised: frozenset[str] = frozenset(), reply: bool = False,
    unowned: list[str] | None = None,
) -> bool:
    """Whether ``term`` is mentioned: ``key_set`` are the stemmed keys outside the writer's own
    introduction; ``everywhere`` includes it, where only the whole term counts (a writer at
    センサ社 is not talking about センサフュージョン), and ``unowned`` is ``everywhere`` without the
    writer's own things ("our realtime transcription platform"), which their post's words may still
    echo (「うちの定置網にも」); ``spelled`` are all the words in order, the recipient's name included,
    ``capital`` the English words capitalised inside a sentence, and ``by_a_post`` the keys in a
    sentence that names a post, a thread, an article (投稿, 記事)."""
    need = tuple(_stem(k) for k in term.keys)
    if term.kind == "post":
        # Words of their own post are theirs even inside the writer's introduction ("that yuzu
        # tart 😍 I'm a pastry chef too"): the writer read it. One of them beside a word for a post
        # names it: "this rarity thread is 🔥" answers "Hot take: rarity should follow the power curve".
        # A reply on X (``reply``) answers the post it is under: one word of it is enough there too
        # ("lol this explains my entire batch… is it straight to vinegar?" under a kombucha PSA).
        wanted = 1 if len(need) <= 3 else 2
        seen = set(everywhere)
        hits = sum(1 for k in need if k in seen)
        if reply and wanted == 2 and hits == 1:
            hits = sum(1 for k in need if k in seen and k not in _CALENDAR)  # "we launch friday" answers no "out Friday"
            wanted = 1
        # one word at least outside the writer's own things: "my seed shop" alone answers no post on seeds
        free = seen if unowned is None else set(unowned)
        if (hits >= wanted and any(k in free for k in need)) or any(k in free for k in term.names):
            return True
        if any(k in by_a_post for k in need):
            return True
        return any(_contiguous(pair, everywhere) for pair in term.pairs)
    # An interest or title of one word is met by it; one of two words or more by two of them
    # ("救急看護" is not met by the 看護 of a recruiter's 看護師の皆様, "Head of Data Science" not by
    # "head", nor "emergency nursing" by "nursing jobs"). A company of two words or more is named by
    # two of them, by a word that names it alone (its ``names``), by an English word of it
    # capitalised inside a sentence, or spelled out whole, the recipient's surname included
    # ("Kondo Precision's"): the "wine" of "the US wine market", the 料理 of 中華料理, name no company.
    hits = [k for k in need if k in key_set and k not in _GENERIC[lang] and (len(k) >= 3 or not k.isascii())]
    if hits and (len(need) < 2 or len(set(hits)) >= 2):
        return True
    if term.kind == "company" and (
        # in English a word that names the company alone names it capitalised: not "narrative series" for Narrative Pod Studios
        any((k in term.names and (lang != "en" or k in capitalised)) or k in capital for k in hits) or _contiguous(need, spelled)
    ):
        return True  # "Santini", "the Philharmonic", 福来軒様, 清水農園さん name them; "the US wine market" does not
    if _contiguous(need, everywhere if unowned is None else unowned):
        return True
    # MeCab may cut a compound differently inside a sentence: the written form still matches.
    label = "".join(normalize(term.label).split())
    return term.kind != "company" and len(label) >= 2 and not label.isascii() and label in flat


def mentioned_terms(doc: Document, ctx: Context, start: int, end: int) -> list[str]:
    """The recipient-profile terms the span ``[start, end)`` of the draft mentions."""
    recipient = ctx.recipient
    if recipient is None or recipient.is_empty or doc.lang not in _DATA:
        return []
    # generic-template asks about the same body span: worked out once per draft and profile. On X a
    # message to someone whose post is given answers it, and one word of it says so (:func:`_term_found`).
    return list(_mentioned_terms(doc, recipient, start, end, ctx.platform.name == "x"))


_POSSESSIVES = frozenset({"your", "my", "our", "their", "his", "her"})


@per_draft
def _mentioned_terms(doc: Document, recipient: Recipient, start: int, end: int, reply: bool = False) -> tuple[str, ...]:
    lang = doc.lang
    terms = profile_terms(doc, recipient)
    names = _name_keys(doc, recipient)
    own = own_introduction(doc)
    own_starts = [s for s, _ in own]  # sentence spans: sorted, disjoint
    scope: list[str] = []
    everywhere: list[str] = []
    unowned: list[str] = []
    spelled: list[str] = []  # every word, the recipient's name too: "Kondo Precision's" spells their company
    capital: set[str] = set()  # English words capitalised inside a sentence: "the Philharmonic's Weinberg cycle"
    capitalised: set[str] = set()  # English words capitalised anywhere, a sentence's first word too
    tokens = doc.tokens
    starts = doc.token_starts
    index = doc.sentence_index
    authored = _AUTHORED.get(lang, frozenset())
    post_sentences: set[int] = set()
    by_sentence: list[tuple[int, str]] = []
    owned = _owned_phrases(doc)
    named = _company_named(doc, terms)
    example = _company_example_span(doc, recipient) if named else None
    for n in range(bisect_left(starts, start), len(tokens)):
        tok = tokens[n]
        if tok.end > end:
            break  # tokens run in text order: none after this one is in the span
        if not is_word(tok.text):
            continue
        key = lemma_key(tok, lang)
        spelled.append(_stem(key))
        if n in named:
            # 「もりたピアノ・リトミック教室様のますますのご発展」: the words of their company's name name the
            # company, not their interest in リトミック (their post may name the company: "apply for the Lagos
            # Design Week exhibitor call"; not as the example of a class, "demolition companies like Hollis Demolition")
            if example is None or not example[0] <= tok.start < example[1] + 40:
                everywhere.append(_stem(key))
            continue
        if n in owned:
            # "our realtime transcription platform", 弊社の手話通訳サービス: the writer's own thing names no
            # interest of theirs, but the words of their post it echoes were read (「うちの定置網にも…」)
            everywhere.append(_stem(key))
            continue
        if lang == "en" and tok.text[0].isupper():
            capitalised.add(_stem(key))
            if n > doc.sentences[index[n]].first:
                capital.add(_stem(key))
        if key in names:
            continue
        if lang == "en" and n + 1 < len(tokens) and tokens[n + 1].norm in _POSSESSIVES and tok.text.islower() and tok.norm == tok.lnorm:
            continue  # a verb with its object ("claim your discount", "grow your sales"), not their claims or sales
        keys = [_stem(key)] + ([_stem(tok.norm)] if tok.norm != key else [])
        everywhere.append(keys[0])
        unowned.append(keys[0])
        if key in authored or tok.norm in authored:
            post_sentences.add(index[n])
        by_sentence.append((index[n], keys[0]))
        if own:
            k = bisect_right(own_starts, tok.start) - 1
            if k >= 0 and tok.start < own[k][1]:
                continue  # in the writer's own introduction
        scope.extend(keys)
    text = doc.text[start:end]
    for n in sorted(owned | named, reverse=True):  # the written form of the writer's own thing matches nothing either
        tok = tokens[n]
        if start <= tok.start and tok.end <= end:
            text = text[: tok.start - start] + "|" + text[tok.end - start :]
    flat = "".join(normalize(text).split())
    key_set = set(scope)
    by_a_post = frozenset(k for m, k in by_sentence if m in post_sentences and m >= 0)
    spelled_out = any(start <= tokens[n].start and tokens[n].end <= end for n in named)
    return tuple(
        term.label for term in terms
        if (term.kind == "company" and spelled_out)
        or _term_found(term, key_set, everywhere, flat, lang, spelled, capital, by_a_post, frozenset(capitalised), reply, unowned)
    )


@per_draft
def _company_named(doc: Document, terms: tuple[ProfileTerm, ...]) -> frozenset[int]:
    """The indexes of the tokens that spell their company's whole name of two words or more, in order
    (words only: 「もりたピアノ・リトミック教室」 is four, the dot between no word)."""
    company = next((t for t in terms if t.kind == "company"), None)
    if company is None or len(company.keys) < 2:
        return frozenset()
    need = [_stem(k) for k in company.keys]
    tokens = doc.tokens
    found: list[int] = []
    for i, tok in enumerate(tokens):
        if _stem(lemma_key(tok, doc.lang)) != need[0]:
            continue
        j, k = 1, i + 1
        # the words of the name in order; other words between (「もり」「た」), a dot or a hyphen, not a clause's end
        while j < len(need) and k < min(len(tokens), i + 3 * len(need) + 2) and tokens[k].text not in _NAME_BREAKS:
            if _stem(lemma_key(tokens[k], doc.lang)) == need[j]:
                j += 1
            k += 1
        if j == len(need):
            found.extend(range(i, k))
    return frozenset(found)


_NAME_BREAKS = frozenset("。、,.!?！？「」()（）\n")


# Words that end the noun phrase an English possessive opens: "our platform for court reporters".
_PHRASE_END_EN = frozenset(
    "to for in on at of with by from about as than and or but if so that which who whose where when is are was were be "
    "been will would can could should may might must do does did has have had 's ’s the a an this these those it they "
    "you your we i he she".split()
)
# After "our", the ground writer and reader share: "our shared love of sourdough", "our industry".
_SHARED_GROUND = frozenset("shared mutual common industry field profession community sector trade conversation chat call talk".split())


@per_draft
def _owned_phrases(doc: Document) -> frozenset[int]:
    """The indexes of the tokens of the noun phrases the writer calls their own: "our realtime
    transcription platform", "my CAT software course", 弊社の手話通訳サービス, 私の燗酒の器. A profile's
    interest in these words is the writer's product, not something of the reader's the writer looked
    at. Not "our shared love of sourdough", "our industry": ground both stand on."""
    toks = doc.tokens
    found: list[int] = []
    for k, tok in enumerate(toks):
        if doc.lang == "ja":
            if not (tok.text in _OWN or (tok.text in _SELF_JA and k + 1 < len(toks) and toks[k + 1].text == "の")):
                continue
            j = k + 1
            if j < len(toks) and toks[j].text == "の":
                j += 1
            while j < len(toks) and j < k + 8 and is_word(toks[j].text) and not toks[j].pos.startswith(("助詞", "助動詞", "動詞")):
                found.append(j)
                j += 1
        elif tok.norm in ("our", "my"):
            if k + 1 < len(toks) and toks[k + 1].norm in _SHARED_GROUND:
                continue
            for j in range(k + 1, min(k + 5, len(toks))):
                if not is_word(toks[j].text) or toks[j].norm in _PHRASE_END_EN:
                    break
                found.append(j)
    return frozenset(found)


def mentioned_profile_terms(doc: Document, ctx: Context, start: int, end: int) -> list[ProfileTerm]:
    """Like :func:`mentioned_terms`, the terms themselves (their ``kind`` included)."""
    labels = set(mentioned_terms(doc, ctx, start, end))
    if not labels or ctx.recipient is None:
        return []
    return [t for t in profile_terms(doc, ctx.recipient) if t.label in labels]


def shared_interest_terms(doc: Document, ctx: Context, start: int, end: int) -> list[ProfileTerm]:
    """The profile terms in ``[start, end)`` that show the writer looked at this person: an interest
    anywhere outside the writer's own introduction, their recent post anywhere; their title's topic or
    their company only in a sentence that speaks of them ("your work on treasury at Crestline"),
    since the writer's own pitch may share a word with either ("our sales tool" to a head of
    sales). Their employer's name alone is never enough: flattery is not a shared interest."""
    found = [t for t in mentioned_profile_terms(doc, ctx, start, end) if t.kind in ("interest", "post", "work")]
    if found:
        return found
    acts = document_acts(doc)
    for n, s in enumerate(doc.sentences):
        if s.end <= start or s.start >= end:
            continue
        row = acts.scores[n]
        if row[_TW] < _TW_WEAK and not addresses_reader(doc, n):
            continue
        if _speaks_to_a_class(doc, n):
            continue  # "help farmers like you": the title's word names the class written to
        if row[_BOILERPLATE] >= BOILERPLATE and row[_TW] < _TW_PRAISE and not _names_company(doc, ctx, s.start, s.end):
            # 「ご経歴を拝見し、バックエンドエンジニアとして大変魅力的なご経験」: their title alone in stock
            # praise; with their company beside it (「ペイロードでバックエンドエンジニアとして」) it is their role
            continue
        if max(row[_FAVOUR], row[_OFFER]) >= _ASKING and row[_TW] < _TW_ASKED:
            # "Could you introduce us to the partners in your healthcare practice?": a favour's words (a
            # question about their team, "How does your data science team decide…", is interest in them)
            continue
        for a, b in _clauses_without_a_job(doc, n):
            a, b = max(a, start), min(b, end)
            found = [t for t in mentioned_profile_terms(doc, ctx, a, b) if t.kind == "title"] if a < b else []
            if found:
                return found
    return _company_news(doc, ctx, start, end, acts)


def _speaks_to_a_class(doc: Document, n: int) -> bool:
    """Whether sentence ``n`` holds the words that take the reader as one of a class (:func:`class_addressed`:
    "farmers like you", 「経営者の皆様」)."""
    if doc.lang != "en":
        return False  # 「スタッフの皆様のご尽力」: a Japanese 皆様 is as often their own people (measured: 9 false alarms)
    s = doc.sentences[n]
    return any(s.start <= a < s.end for a, _ in class_addressed_spans(doc))


def _names_company(doc: Document, ctx: Context, start: int, end: int) -> bool:
    """Whether ``[start, end)`` mentions their company (:func:`_term_found`'s test for a company)."""
    return any(t.kind == "company" for t in mentioned_profile_terms(doc, ctx, start, end))


#: Nouns of a job on offer: their title beside one names the job a recruiter fills ("a strong match
#: for a Platform Engineer role I'm working on"), not the recipient's own work.
_JOB_NOUNS = frozenset({"role", "position", "opening", "vacancy", "job", "求人", "ポジション", "募集", "案件", "職", "職種"})


_APPLYING = frozenset({"apply", "applying", "application", "advertise", "advertised", "応募"})


def _answers_their_advert(doc: Document, n: int) -> bool:
    """Whether sentence ``n`` applies to a job they advertised ("I am applying for the receptionist position
    advertised on …", 「募集されていた…に応募いたします」)."""
    s = doc.sentences[n]
    return any(t.norm in _APPLYING or t.lnorm in _APPLYING or t.lemma in _APPLYING for t in doc.tokens[s.first : s.last])


def _clauses_without_a_job(doc: Document, sentence: int) -> list[tuple[int, int]]:
    """The sentence's clauses that name no job on offer (:data:`_JOB_NOUNS`)."""
    s = doc.sentences[sentence]
    toks = doc.tokens[s.first : s.last]
    return [
        (toks[a].start, toks[b - 1].end)
        for a, b in _clause_runs(toks)
        if not any(t.lnorm in _JOB_NOUNS or t.norm in _JOB_NOUNS or t.lemma in _JOB_NOUNS for t in toks[a:b])
    ]


# Content words beside their company's name from which the sentence tells something of it.
_COMPANY_DETAIL = 3


def _company_news(doc: Document, ctx: Context, start: int, end: int, acts: Any) -> list[ProfileTerm]:
    """Their company named in a sentence that tells something of it ("I noticed Brightpath just
    opened a new office in Denver", "I had dinner at Osteria Verde and the grilled octopus…"): not
    stock praise (the act model's ``boilerplate``), not the writer's own introduction, and with at
    least a few content words besides the name. "Your work at BigCo impressed us" stays flattery."""
    recipient = ctx.recipient
    if recipient is None or not recipient.company:
        return []
    company = [t for t in profile_terms(doc, recipient) if t.kind == "company"]
    if not company:
        return []
    keys = {_stem(k) for k in company[0].keys}
    names = _name_keys(doc, recipient)
    own = own_introduction(doc)
    subject = subject_span(doc)
    lang = doc.lang
    generic = _GENERIC.get(lang, frozenset())
    for n, s in enumerate(doc.sentences):
        if s.end <= start or s.start >= end:
            continue
        a, b = max(s.start, start), min(s.end, end)
        if acts.scores[n][_BOILERPLATE] < BOILERPLATE and n in _team_sentences(doc) and _names_company(doc, ctx, a, b):
            return company  # "saw you're on the payments team at Nordbank", "I saw you lead the BI team at Northwind; could you…"
        if acts.scores[n][_BOILERPLATE] >= BOILERPLATE or acts.scores[n][_ASK] >= 0.5:
            continue  # stock praise, or an ask of their company ("whether Schulz Landtechnik would lend…"): no news of it
        if not _names_company(doc, ctx, a, b):
            continue
        if not _answers_their_advert(doc, n) and not any(
            _names_company(doc, ctx, max(c0, a), min(c1, b)) for c0, c1 in _clauses_without_a_job(doc, n) if c0 < b and c1 > a
        ):
            # "I noticed there's a Survey Engineer opening at Tata Projects. Could you refer me?": a job on offer there
            # is no news of them ("I am applying for the position advertised on Hotel Nordstjärnan's careers page"
            # answers their own advert, to the one who placed it)
            continue
        # the writer's own introduction, unless it names their company: a visit to it ("I had dinner at
        # Osteria Verde last month and the grilled octopus…") is no part of who the writer is
        if any(a <= s.start and s.end <= b for a, b in own) and not _visited(doc, n, keys):
            continue
        if subject is not None and subject[0] <= a and b <= subject[1] and (
            _company_only_addressed(doc.text[a:b], recipient.company) or _company_as_recipient_en(doc, s, keys)
        ):
            # 件名：坂田食品様 フードビジネス展 出展のご案内, "Subject: Archival humidity loggers for the Wellcome":
            # their name as the addressee of the writer's news
            continue
        detail = 0
        # the writer's own clauses beside the one naming their company (「…様の素敵な挙式に、私どもの装花で
        # お力添えできれば」) tell nothing of it
        own_clauses = [(c0, c1) for c0, c1, mine in _clauses(doc, n, _at_a_comma) if mine and not _names_company(doc, ctx, c0, c1)]
        for t in doc.tokens[s.first : s.last]:
            if not is_word(t.text) or not is_content(t, lang):
                continue
            if any(c0 <= t.start < c1 for c0, c1 in own_clauses):
                continue
            key = lemma_key(t, lang)
            if _stem(key) in keys or key in names or key in generic:
                continue
            detail += 1
        if detail >= _COMPANY_DETAIL:
            return company
    return []


_COMMAS = frozenset({",", "、", "，", ";", "；", ":", "：", "—", "–"})


def _at_a_comma(tok: Token) -> bool:
    """A comma, semicolon, colon or dash: a break of :func:`_clauses` coarser than any punctuation, so
    that "Coimbatore Textiles' GOTS-certified jersey" is one stretch."""
    return tok.text in _COMMAS


# Verbs of going to a place, and eating or drinking there: the writer's visit to their company.
_VISIT_EN = frozenset("visit visited eat ate dine dined stay stayed drop dropped stop stopped have had go went pop popped".split())


def _visited(doc: Document, sentence: int, keys: set[str]) -> bool:
    """Whether the writer's sentence tells of a visit to their company: "I had dinner at Osteria
    Verde last month", "we stayed at the Harbour Inn", 「先月オステリア・ヴェルデで頂いた」: a verb of visiting,
    eating or staying, then "at" or "in" (で, に) and the company's name."""
    s = doc.sentences[sentence]
    toks = doc.tokens[s.first : s.last]
    for k, t in enumerate(toks[:-1]):
        if _stem(lemma_key(t, doc.lang)) not in keys:
            continue
        j = k - 1 if k and toks[k - 1].norm == "the" else k  # "at The Copper Pan"
        before = toks[max(0, j - 4) : j]
        if doc.lang == "en":
            if before and before[-1].norm in ("at", "in", "to") and any(x.norm in _VISIT_EN for x in before):
                return True
        elif toks[k + 1].text in ("で", "に", "さん", "様") and any(x.lemma in ("行く", "伺う", "頂く", "食べる", "泊まる", "訪れる", "訪問") for x in toks[k + 1 : k + 8]):
            return True
    return False


_TEAM_NOUNS = frozenset({"team", "squad", "desk", "lab", "unit", "チーム", "班", "研究室", "ラボ", "部門"})
# Teams a job-seeker asks to be put before, which anyone's company has: "refer me to your hiring team".
_ASKED_TEAMS = frozenset({"hiring", "recruitment", "recruiting", "talent", "hr", "people", "acquisition", "採用", "人事"})


@per_draft
def _team_sentences(doc: Document) -> frozenset[int]:
    """The sentences that name the reader's team (:func:`_their_team`), read once per draft:
    :func:`_company_news` is asked of many spans."""
    return frozenset(n for n in range(len(doc.sentences)) if _their_team(doc, n))


def _their_team(doc: Document, sentence: int) -> bool:
    """Whether the sentence names the reader's team by what it does: "you're on the payments team",
    "you're a PM on Stripe's Billing team", 「御社の決済チームで」「様の研究室では」. Which team, beside
    their company, shows the writer looked further than the company's name."""
    s = doc.sentences[sentence]
    toks = doc.tokens[s.first : s.last]
    lang = doc.lang
    generic = _GENERIC.get(lang, frozenset())
    for k in range(1, len(toks)):
        if toks[k].lnorm not in _TEAM_NOUNS and toks[k].text not in _TEAM_NOUNS:
            continue
        mod = toks[k - 1]
        if not is_word(mod.text) or lemma_key(mod, lang) in generic or mod.norm in generic or mod.norm in _ASKED_TEAMS:
            continue
        if lang == "ja":
            if mod.pos == "名詞" and reader_mention(doc, sentence) >= 1:
                return True
        elif is_content(mod, lang) and mod.norm not in _NOT_NOUN_EN and any(t.norm == "you" or t.norm in _YOUR for t in toks[:k]):
            return True
    return False


_ADDRESSEE_MARKS = ("様", "さま", "御中", "各位", "殿")


def _pitched_for_you(doc: Document, sentence: int) -> int | None:
    """Where "your" begins in an English subject line that offers something "for your …" or "to your
    …" ("New scaler inserts for your hygiene team"): the words before it name the writer's offer, and
    only what follows is the reader's. None for any other sentence."""
    subject = subject_span(doc)
    s = doc.sentences[sentence]
    if doc.lang != "en" or subject is None or not (s.start < subject[1] and subject[0] < s.end):
        return None
    toks = doc.tokens[s.first : s.last]
    for k in range(1, len(toks)):
        if toks[k].norm == "your" and toks[k - 1].norm in ("for", "to"):
            return toks[k].start
    return None


def _company_as_recipient_en(doc: Document, s: Sentence, keys: set[str]) -> bool:
    """Whether an English subject line names their company only after "for", "to" or "with" ("humidity
    loggers for the Wellcome", "a proposal to Brightpath"): the one the writer's offer is for."""
    if doc.lang != "en":
        return False
    toks = doc.tokens[s.first : s.last]
    hits = [k for k, t in enumerate(toks) if _stem(lemma_key(t, "en")) in keys]
    if not hits:
        return False
    after = hits[-1] + 1
    if after < len(toks) and toks[after].norm in ("'s", "’s", "'"):
        return False  # "Sicilian whites for Osteria Moretti's summer menu": a thing of theirs
    k = hits[0] - 1
    while k >= 0 and toks[k].norm == "the":
        k -= 1
    return k >= 0 and toks[k].norm in ("for", "to", "with")


def _company_only_addressed(text: str, company: str) -> bool:
    """Whether every mention of the company in ``text`` is one addressed (坂田食品様, 坂田食品 御中):
    a name to whom the sentence is sent, which tells nothing of the company."""
    name = normalize(company).strip()
    text = normalize(text)
    k, seen = text.find(name), False
    while name and k >= 0:
        seen = True
        if not text[k + len(name) :].lstrip().startswith(_ADDRESSEE_MARKS):
            return False
        k = text.find(name, k + 1)
    return seen


#: Probability of the ``their_work`` act from which a sentence refers to the recipient's own work, per
#: language: Japanese leaves the owner implicit more often (「先週の写真展の投稿を見ました」), and its
#: scores run lower for the same certainty.
THEIR_WORK = {"en": 0.5, "ja": 0.3}
# Words by which a sentence addresses its reader: a quoted title or a link in such a sentence is theirs.
_YOUR = frozenset({"your", "ur", "あなた", "貴殿"})
_NOUN_PARTICLES = frozenset({"の", "を", "に", "は", "が", "で", "も", "へ", "や", "と"})
_ADDRESSING_JA = frozenset({"様", "さん", "先生", "御社", "貴社", "氏", "さま"})  # followed by a particle


_TW = ACTS.index("their_work")
_INTRO = ACTS.index("intro")
_SURE_INTRO = 0.9
_BOILERPLATE = ACTS.index("boilerplate")
_PRESSURE = ACTS.index("pressure")
_ASK = ACTS.index("ask")
_FAVOUR = ACTS.index("favour")
_OFFER = ACTS.index("offer")
#: From this probability of being a form letter, a sentence without a word of the reader's that the
#: act model reads at least as much as the writer's offer as about their work is the offer.
FORM_LETTER_LIKELY = 0.5
_TW_WEAK = 0.15
#: A sentence the model reads as the writer asking or offering (at least _ASKING) and hardly as about
#: their work (below _TW_ASKED) names the reader's things as the ask's or the pitch's objects: "share it
#: on your firm's social pages", "discuss matters of mutual interest", 「貴社の業務効率化に貢献」.
_ASKING = 0.5
_TW_ASKED = 0.5
#: A sentence the model reads as pressure ("ACT NOW … book your demo and claim your discount") speaks
#: of the reader's own things only when it reads it as about their work more surely than this.
_TW_UNDER_PRESSURE = 0.9
_SURE_PRESSURE = 0.9
_TW_PRAISE = 0.35  # below it, topic words in a sentence read as stock praise are the praise's own ("your endeavours")
_TW_TITLED = 0.1  # with a quoted title in a sentence not about the writer's own things, no "your" is needed
_ELSEWHERE = tuple(ACTS.index(a) for a in ("ask", "meeting", "boilerplate", "pressure", "channel_switch", "offer", "reply_demand"))  # weak evidence of their work: enough beside a name or a title that speaks of them


@per_draft
def their_work_sentences(doc: Document) -> tuple[int, ...]:
    """Indices of the sentences that refer to something of the recipient's own (their post, talk,
    paper, product, project, a result of theirs), as the act model reads them. Japanese sentences
    count from a lower probability. One that the model reads at least as much as stock praise
    (「東京ガス様でのご活躍を拝見し」, "I've been really impressed by the great work coming out of
    Cardiff Digital") is praise; one it reads at least as much as pressure ("only a few onboarding
    slots remain, so book your demo today!") is a pitch. One whose object is an unfilled slot
    ("your recent post about {topic}", 「{{company}}でのご経験を拝見し」) names nothing. A Japanese one the
    model surely reads as the writer's introduction and hardly as theirs (「留学生のインターンシップを支援
    しているNPO法人グローカル・ブリッジの、劉と申します」) is the writer's own."""
    acts = document_acts(doc)
    out = []
    for n in acts.sentences_with("their_work", THEIR_WORK.get(doc.lang, 0.5)):
        row = acts.scores[n]
        if row[_INTRO] >= _SURE_INTRO and row[_TW] < 0.5:
            continue  # 「留学生のインターンシップを支援しているNPO法人グローカル・ブリッジの、劉と申します」: surely the writer's introduction, hardly theirs
        if row[_BOILERPLATE] >= row[_TW] or row[_PRESSURE] >= row[_TW]:
            # read at least as much as stock praise (「東京ガス様でのご活躍を拝見し」, "impressed by the great work
            # coming out of Cardiff Digital") or as pressure ("only a few onboarding slots remain, so book your demo today!")
            continue
        if _holds_slot(doc, n):
            continue
        if row[_OFFER] >= row[_TW] and reader_mention(doc, n) == 0 and draft_judgements(doc)["form_letter"] >= FORM_LETTER_LIKELY:
            # 「協賛金は1口3万円からで、…ブース出展の特典がございます」 in a draft that reads like a form letter:
            # the writer's offer, naming nothing of theirs
            continue
        if _writers_own_making(doc, n):
            continue
        if n in _career_only(doc):
            continue
        if row[_FAVOUR] >= _ASKING and reader_mention(doc, n) and _nothing_of_theirs_seen_ja(doc, n):
            continue  # 「ユニフォームにお店のロゴを入れられます」: their logo in the writer's ask for a sponsor
        out.append(n)
    return tuple(out)


def _nothing_of_theirs_seen_ja(doc: Document, sentence: int) -> bool:
    """A Japanese sentence with no work word (投稿, 記事), no verb of seeing or hearing (拝見, 読む) and no
    honorific verb of theirs (される, なさる): whatever of the reader's it names is not a work of theirs
    the writer saw, but a thing in the writer's own ask (「ユニフォームにお店のロゴを入れられます」)."""
    if doc.lang != "ja":
        return False
    s = doc.sentences[sentence]
    see = _SEE["ja"]
    toks = doc.tokens[s.first : s.last]
    return not any(
        t.text in _SEEN_WORKS or lemma_key(t, "ja") in _SEEN_WORKS or t.lemma in see or t.lemma in _HEARD
        # れる, られる: the writer's potential as often as their respect (「ロゴを入れられます」), but
        # never a potential after する (「御社が新設されたチーム」: theirs)
        or (t.lemma in _RESPECT_JA and (t.lemma not in ("れる", "られる") or (k > 0 and toks[k - 1].lemma == "為る")))
        for k, t in enumerate(toks)
    )


# Words for someone's whole working life: seen, they name nothing of theirs ("I came across your
# background", 「物流業界でのご経験を拝見し」) unless a name, a number or a work stands beside them.
_CAREER = frozenset({"経験", "経歴", "活躍", "実績", "キャリア", "プロフィール", "職歴",
                     "background", "experience", "career", "profile", "track", "expertise"})


@per_draft
def _career_only(doc: Document) -> frozenset[int]:
    """The sentences that speak of the reader's career in general (:data:`_CAREER`) and name nothing
    else: no work, no number, no proper noun, no quoted title. A recruiter's 「物流業界でのご経験を拝見し、
    ぜひご紹介したい非公開求人がございます」 fits anyone in the trade (a job on offer, 求人, is the
    recruiter's own); "your experience with Westrace interlocking design at Siemens Mobility" names
    something. Worked out once per draft: their_work_sentences and every anchored_reference read it."""
    out = []
    ja = doc.lang == "ja"
    for n, s in enumerate(doc.sentences):
        toks = doc.tokens[s.first : s.last]
        if not any(lemma_key(t, doc.lang) in _CAREER or t.norm in _CAREER for t in toks):
            continue
        if _work_or_number(doc, n, besides=_JOB_NOUNS) or _QUOTED.search(doc.text, s.start, s.end):
            continue
        if not any(t.text != "I" and _is_name(t, doc.tokens, ja, {s.first}) for t in toks):
            out.append(n)
    return frozenset(out)


# Verbs of making and providing: with the writer as subject, the thing made is the writer's own.
_MAKING_JA = frozenset({"作る", "開発", "提供", "公開", "リリース", "販売", "立ち上げる", "制作", "出品", "開業", "創業", "発売", "運営", "始める", "出す", "募集", "開催", "主催", "開講"})
# Words that bring the reader into a Japanese sentence: their name's honorific, their company, an
# honorific verb (られる, なさる, いらっしゃる, お〜になる).
_READER_JA = frozenset({"様", "さん", "先生", "貴社", "御社", "貴殿", "あなた", "貴店", "君", "ちゃん"})
_RESPECT_JA = frozenset({"れる", "られる", "なさる", "為さる", "いらっしゃる", "御座る"})
# A work of someone's that the writer read, heard or saw: 「基調講演をきっかけにメンター制度を始めました」
# names their keynote, whatever the writer then made.
_SEEN_WORKS = frozenset(
    "記事 投稿 講演 基調講演 登壇 発表 書籍 著書 本 ブログ 連載 ポッドキャスト 動画 論文 配信 ツイート ポスト 寄稿 "
    "インタビュー スライド 番組 コラム 特集 作品 展示 個展".split()
)


def _names_own_firm(doc: Document, sentence: int) -> bool:
    """Whether the sentence is the writer's own introduction, with no word of the reader's in it: a
    title it quotes is the writer's firm or shop (「味噌蔵「丸一醸造」で、家業を継いだ五代目の上原と申します」),
    not a work of the reader's."""
    if sentence not in introduction_sentences(doc):
        return False
    s = doc.sentences[sentence]
    toks = doc.tokens[s.first : s.last]
    authored = _AUTHORED.get(doc.lang, frozenset())
    return not any(
        t.norm in ADDRESSING or (t.lemma == "御" and t.pos == "接頭辞") or t.norm in authored or lemma_key(t, doc.lang) in authored
        for t in toks
    )


def _writers_own_making(doc: Document, sentence: int) -> bool:
    """A Japanese sentence that tells what the writer made or provides, with nothing of the reader's in
    it: 「個人開発で旅行の持ち物チェックリストアプリを作りました」 (a declarative with no subject said, no
    honorific and no word of the reader's has the speaker for its subject), 「一貫したサポートを提供して
    おります」, 「治療院様向けの予約管理システム「ヨヤクル」の新プランをリリースいたしました」 (様向け is a
    kind of customer, not the reader; a verb inside a quoted title is the title's). The act model reads
    such a sentence as a work of the reader's named, and a title it quotes as theirs; both are the
    writer's. 「あの記事、何度も読み返しました」 (read, not made) and a sentence naming a talk or post of
    theirs are untouched. English says its subject ("I built a packing-list app"), and the model
    reads those sentences right (their_work ≤ 0.05 on the ones tried), so only Japanese needs this."""
    if doc.lang != "ja":
        return False
    s = doc.sentences[sentence]
    toks = doc.tokens[s.first : s.last]
    if any(t.text in _SEEN_WORKS or _reader_word(toks, k) for k, t in enumerate(toks)):
        return False
    firm = any(t.text in _WRITERS_FIRM_JA for t in toks)  # 「この度弊社では、…最適化された演習を…」: a passive, no respect
    if not firm and any(t.lemma in _RESPECT_JA for t in toks):
        return False
    received = [k for k, t in enumerate(toks) if t.lemma == "御" and t.pos == "接頭辞" and k + 2 < len(toks) and toks[k + 2].lemma == "頂く"]
    if received and not any(_made_for_them(toks, k) for k in received):
        # 「すでに全国300教室以上でご導入いただき」: what others did for the writer, with nothing of the reader's
        return True
    if not firm and any(t.lemma == "御" and t.pos == "接頭辞" for t in toks):
        return False  # ご活躍, お作りになる: honorific, theirs
    # the words of a title quoted in the sentence (「ヒントを3段階で出す」機能) are not its verbs
    quoted = [(m.start(), m.end()) for m in _QUOTED.finditer(doc.text, s.start, s.end)]
    verbs = [
        t for t in toks
        if (t.pos == "動詞" or (t.pos == "名詞" and t.lemma in _MAKING_JA)) and not any(a <= t.start < b for a, b in quoted)
    ]
    return any(t.lemma in _MAKING_JA for t in verbs[-3:])


# The writer's firm named as such: a sentence about it is the writer's, however politely put.
_WRITERS_FIRM_JA = frozenset({"弊社", "当社", "弊店", "当店", "弊所", "当所", "弊院", "当院", "弊塾", "当塾", "私ども", "わたくしども", "弊団体", "当法人"})


def _made_for_them(toks: list[Token], k: int) -> bool:
    """Whether the 御〜頂く at ``k`` is a work of theirs received: ご講演いただいた, ご寄稿いただいた (a work word)."""
    return toks[k + 1].text in _SEEN_WORKS or lemma_key(toks[k + 1], "ja") in _SEEN_WORKS


def _reader_word(toks: list[Token], k: int) -> bool:
    """Whether token ``k`` brings the reader in: 様, 貴社, あなた…, but not the 様 of a kind of customer
    the writer serves (「治療院様向けの予約管理システム」)."""
    if toks[k].text not in _READER_JA:
        return False
    return not (k + 1 < len(toks) and toks[k + 1].text in ("向け", "向き"))


def _holds_slot(doc: Document, sentence: int) -> bool:
    """Whether an unfilled template slot stands in the sentence's body: not in a greeting that shares its
    line ("Hi {first_name}, I caught your csv,conf session…" names her session all the same)."""
    s = doc.sentences[sentence]
    body = body_span(doc)[0]
    start = s.start if s.end <= body else max(s.start, body)  # a subject line stays whole: 「件名：【投稿タイトル】を拝読しました」
    return any(start <= a < s.end for a, _ in template_slots(doc))


#: Probability of the ``boilerplate`` act from which a sentence counts as stock networking wording.
BOILERPLATE = 0.5


@per_draft
def boilerplate_sentences(doc: Document) -> tuple[int, ...]:
    """Indices of the sentences the act model reads as generic praise or networking stock phrases."""
    return tuple(document_acts(doc).sentences_with("boilerplate", BOILERPLATE))


def addresses_reader(doc: Document, sentence: int) -> bool:
    """Whether the sentence speaks of something of its reader's (see :func:`reader_mention`)."""
    return reader_mention(doc, sentence) > 0


def reader_mention(doc: Document, sentence: int) -> int:
    """How plainly the sentence speaks of something of its reader's: 2 for a name and its honorific
    owning something (渡辺様の記事); 1 for "your …", "you wrote/gave …", 御社の, or ご/お and
    a noun used as a noun (ご講演を, ご著書の), which a pitch uses too ("your brand", ご興味を); 0 for
    none, nor a humble verb (ご案内いたします, ご返信ください), nor "companies like yours", 企業様に."""
    s = doc.sentences[sentence]
    toks = doc.tokens[s.first : s.last]
    if _congratulates(doc, toks):
        return 2  # "Congratulations on the first EV cohort", 「開店おめでとうございます」: their doing
    found = 0
    for k, t in enumerate(toks):
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        if nxt is None:
            continue
        if t.norm in _ADDRESSING_JA and nxt.text == "の":
            prev = toks[k - 1] if k else None
            if prev is not None and prev.pos2 == "固有名詞":
                return 2  # 渡辺様の記事: something the reader, by name, owns
        if t.norm in _YOUR and is_word(nxt.text):
            found = 1
        elif t.norm in ("you", "u") and nxt.norm != nxt.lnorm and nxt.text.isalpha() and nxt.norm not in _MODALS:
            found = 1  # "you wrote", "you shared": a past deed of theirs (not "you might be interested", a pitch's supposition)
        elif t.norm in ("you", "u") and k and toks[k - 1].norm in _KNOWING and nxt.text.isalpha() and nxt.text.islower() and nxt.norm not in _MODALS:
            found = 1  # "I know you work on surge staffing", "I see you run the co-op": what they do, known
        elif (
            t.norm in ("you", "u") and nxt.norm in _YOU_AUX and _inflected(toks[k + 2] if k + 2 < len(toks) else None)
            and not any(x.norm in _SUPPOSING for x in toks[max(0, k - 2) : k])
        ):
            found = 1  # "you're running the co-op now", "you've built": their doing ("whether you're looking to…" supposes)
        elif t.norm in _READER_ORGS_JA or (t.text == "貴" and t.pos == "接頭辞" and nxt.pos in ("名詞", "接尾辞")):
            found = 1  # 御社の, 貴校の, and 貴 before any body: 貴院, 貴店, 貴協会, 貴事務所
        elif t.lemma == "御" and t.pos == "接頭辞" and nxt.pos == "名詞":
            after = toks[k + 2] if k + 2 < len(toks) else None
            if after is not None and after.text in _NOUN_PARTICLES:
                found = 1
    return found


#: The reader's organisation, honoured: what UniDic keeps as one word (貴院, 貴店 are 貴 and a body).
_READER_ORGS_JA = frozenset({"御社", "貴社", "貴校", "御校", "貴行", "御行", "貴学", "貴会", "貴所"})
_YOU_AUX = frozenset({"'re", "’re", "are", "were", "'ve", "’ve", "have"})
_KNOWING = frozenset({"know", "see", "saw", "noticed", "heard", "hear", "gather", "understand", "read", "notice"})
# Modals the lemma table maps to another form (might → may, could → can): no deed of the reader's.
_MODALS = frozenset({"might", "could", "would", "should", "must", "may", "can", "will", "shall", "'d", "’d", "'ll", "’ll"})
_SUPPOSING = frozenset({"whether", "if", "when", "once", "unless"})


def _inflected(tok: Token | None) -> bool:
    """Whether ``tok`` is an inflected English verb form ("running", "built"): its lemma differs."""
    return tok is not None and tok.text.isalpha() and tok.norm != tok.lnorm


_CONGRATS_EN = frozenset({"congratulations", "congrats", "congratulation", "kudos"})


def _congratulates(doc: Document, toks) -> bool:
    """Whether the sentence congratulates the reader on something it names: "Congratulations on the
    first EV cohort", "congrats on the launch", 「開店おめでとうございます」 (a noun before おめでとう),
    not a bare "Congratulations!" or 「おめでとうございます！」."""
    if doc.lang == "ja":
        for k, t in enumerate(toks):
            if t.text.startswith("おめでとう") or t.lemma == "御目出度い":
                return any(u.pos == "名詞" for u in toks[max(0, k - 4) : k])
        return False
    for k, t in enumerate(toks):
        if t.lnorm in _CONGRATS_EN and k + 2 < len(toks) and toks[k + 1].lnorm in ("on", "for", "to"):
            return True
    return False


_HEARD = frozenset({"伺う", "聞く", "知る", "拝見", "拝聴", "承る", "耳"})
_WRITER_JA = frozenset({"私", "弊社", "当社", "僕", "わたくし", "当方", "小生"})


#: What a Japanese request puts after its verb: ご紹介いただきたく, ご紹介いただければ, ご紹介いただけませんか.
_REQUESTING_JA = frozenset({"たい", "ば", "ください", "下さい", "ない", "ぬ", "ず"})


def _introduction_asked(doc: Document, m) -> bool:  # type: ignore[no-untyped-def]
    """Whether an introduction named in ``m`` is asked for, not had: in a sentence the act model reads
    as an ask ("could you refer me to …"), or, in Japanese, in a request's form: 「ご紹介いただける企業様が
    いらっしゃいましたら」 (いただける, the potential: could you), 「ご紹介いただきたく」, 「ご紹介いただければ」.
    "Dr. Mensah suggested I reach out", 「田中様からご紹介いただき」 say a mutual contact sent the writer."""
    if document_acts(doc).scores[doc.sentence_index[m.first]][_ASK] >= 0.5:
        return True
    if doc.lang != "ja":
        return False
    tokens = doc.tokens
    for t in tokens[m.first : min(m.last + 3, len(tokens))]:
        if t.lemma == "頂く" and t.text.startswith(("いただけ", "頂け")):
            return True  # いただける, いただけませんか: what they could do
    return any(t.lemma in _REQUESTING_JA for t in tokens[m.last : min(m.last + 2, len(tokens))])


_GREETED = lazy_pattern(r"([\p{Han}\p{Hiragana}\p{Katakana}ー]{1,8})(?:様|さま|さん|先生|殿)")


@per_draft
def _greeted_name(doc: Document) -> str | None:
    """The name a Japanese draft greets its reader by in its first two lines (「岸本様」, 「株式会社ソラリス
    岸本様」, 「山田さん、はじめまして」), or None."""
    head = "\n".join(doc.text.lstrip().split("\n", 2)[:2])
    m = _GREETED.search(head)
    return m.group(1) if m else None


def _names_someone(doc: Document, m) -> bool:  # type: ignore[no-untyped-def]
    """「小林さんから」 names a person; 「お客様から」「他社様から」「企業様から」 name nobody in particular:
    a mutual contact behind an honorific is a proper noun. 「…のご紹介」 is a mutual contact's only
    after a person (「山田様のご紹介で」「知人の紹介で」): 「求人のご紹介」「お仕事のご紹介ができる」 are
    what the writer has to introduce."""
    tokens = doc.tokens
    if doc.lang != "ja":
        return True
    first = tokens[m.first]
    greeted = _greeted_name(doc) if first.lemma in _HONORIFIC and m.first > 0 else None
    if greeted and greeted.endswith(tokens[m.first - 1].text):
        return False  # 「岸本様から多くを学ばせていただきたく」: the reader, greeted by that name, is no one both know
    if first.text == "の" and first.pos == "助詞":
        if m.first == 0:
            return False
        before = tokens[m.first - 1]
        return before.pos2 == "固有名詞" or before.lemma in _HONORIFIC or before.lemma in _PERSON_NOUNS
    if first.lemma not in _HONORIFIC:
        return True
    return m.first > 0 and tokens[m.first - 1].pos2 == "固有名詞"


def heard_about_them(doc: Document, sentence: int) -> bool:
    """「トマトの種を集めていると伺いました」「オフィスを移転されると聞きました」: the writer learned
    something of the reader's (a quoted clause, then a verb of hearing or seeing, or first where it was
    learned: 「…入れ替えられると業界紙で知り」), a reference to their doings; not when the clause is
    about the writer (私が…と知り)."""
    if doc.lang == "en":
        return _heard_about_them_en(doc.tokens[doc.sentences[sentence].first : doc.sentences[sentence].last])
    if doc.lang != "ja":
        return False
    s = doc.sentences[sentence]
    toks = doc.tokens[s.first : s.last]
    for k, t in enumerate(toks[:-1]):
        if t.text == "と" and t.pos == "助詞" and k >= 2 and _heard_after(toks, k + 1):
            return not any(lemma_key(x, "ja") in _WRITER_JA for x in toks[:k])
    return False


# English verbs of learning news: "Saw you're opening a café", "I heard you just opened", "Noticed Dahl Marine is expanding".
_HEARD_EN = LEARNED_EN | {"see", "hear", "know", "understand", "gather"}
_ADVERBS_EN = frozenset({"just", "recently", "now", "finally", "also", "have", "'ve", "’ve", "has"})
_BE_EN = frozenset({"'re", "’re", "are", "is", "was", "were", "'s", "’s"})
_VAGUE_ING = frozenset({"doing", "growing", "thriving", "making", "killing", "crushing", "going", "working", "scaling"})
# -ed words that say what they are, not what they did: "I saw you're based in Leeds", "interested in AI".
_STATE_ED = frozenset(
    "based located interested experienced qualified skilled employed involved passionate focused specialized "
    "specialised certified licensed registered listed connected associated named called known".split()
)


def _heard_about_them_en(toks: list[Token], facts_only: bool = False) -> bool:
    """Whether the sentence tells news of the reader's that the writer learned: a verb of seeing or
    hearing, then "you" (or "your …", or a capitalised name), then what they did or are doing ("Saw
    you're opening a café in West Asheville", "I heard you just opened your third clinic", "Noticed
    Dahl Marine is expanding its antifouling range"). Not what they are ("saw you're a PM at
    Stripe", "noticed you're based in Leeds", "you have experience in …"), nor the writer's news
    ("I saw our numbers")."""
    for k, t in enumerate(toks):
        if t.norm not in _HEARD_EN or (k > 0 and toks[k - 1].norm in ("you", "your")):
            continue  # "as you saw": theirs, not the writer's
        j = k + 1
        if j < len(toks) and toks[j].norm == "that":
            j += 1
        if j >= len(toks):
            return False
        if toks[j].norm == "you":
            j += 1
        elif toks[j].norm == "your" or toks[j].text[:1].isupper():
            named = toks[j].norm != "your"
            j += 1
            while j < len(toks) and j < k + 7 and (
                toks[j].text[:1].isupper() or toks[j].norm in ("&", "'s", "’s")
                # "Gwynt y Môr": a lower-case particle inside a name
                or (named and toks[j].norm in _NAME_PARTICLES_EN and j + 1 < len(toks) and toks[j + 1].text[:1].isupper())
            ):
                j += 1  # "Dahl Marine", "Kumasi Auto Hub"
            if not named and j < len(toks) and _fact_of_theirs(toks, j + 1 if toks[j].text.isalpha() and toks[j].text.islower() else j):
                return True  # "I see your cooperative grows corn"
            if named and _fact_of_theirs(toks, j):
                return True  # "I know Gwynt y Môr runs Siemens SWT-3.6s"
        else:
            continue
        if facts_only:
            continue
        news = False  # "now", "just", "recently": a change, whatever verb follows ("Kumasi Auto Hub now does Aquas")
        while j < len(toks) and toks[j].norm in _ADVERBS_EN:
            news = news or toks[j].norm in ("now", "just", "recently")
            j += 1
        if j >= len(toks):
            return False
        verb = toks[j]
        if news and verb.text.isalpha() and verb.text.islower() and verb.norm not in _BE_EN and verb.norm not in _VAGUE_ING:
            return True
        if verb.norm in _BE_EN and j + 1 < len(toks):
            m = j + 1
            if m + 1 < len(toks) and toks[m].norm in ("just", "now", "finally", "also"):
                m += 1  # "you're now opening"
            nxt = toks[m]
            # "you're opening", not "you're a PM", nor the stock "you're doing great things", "is growing fast"
            return nxt.norm.endswith("ing") and nxt.norm != nxt.lnorm and nxt.norm not in _VAGUE_ING
        if verb.norm.endswith("ed") and verb.norm != verb.lnorm and verb.norm not in _STATE_ED:
            return True  # "you backed Furbo", "you just opened"
    return False


_NAME_PARTICLES_EN = frozenset({"y", "de", "la", "le", "of", "and", "van", "von", "der", "du", "del", "da"})
# Present-tense verbs that say nothing particular of anyone: "your team does great work", "needs a boost".
_VAGUE_PRESENT = frozenset({"does", "needs", "wants", "deserves", "has", "is", "seems", "looks", "gets", "goes", "makes", "keeps", "sounds"})
_VAGUE_OBJECT = frozenset({"fast", "quickly", "rapidly", "well", "so", "really", "great", "amazing", "a", "an", "the", "more", "too", "very", "fine"})


def _fact_of_theirs(toks: list[Token], j: int) -> bool:
    """A verb of the present tense at ``toks[j]`` with an object of substance after it: what the
    reader's farm, shop or site does, learned by the writer ("…your cooperative grows corn", "…Gwynt y
    Môr runs Siemens SWT-3.6s"); not "your team does great work", "your business needs a boost"."""
    if j + 1 >= len(toks):
        return False
    verb, obj = toks[j], toks[j + 1]
    word = verb.norm
    present = verb.text.isalpha() and verb.text.islower() and word in (verb.lnorm + "s", verb.lnorm + "es")
    if not present or word in _VAGUE_PRESENT:
        return False
    return obj.text.isalnum() and obj.norm not in _VAGUE_OBJECT and obj.norm not in ("you", "your", "me", "my", "us", "our", "it")


def _heard_after(toks: list[Token], k: int) -> bool:
    """A verb of hearing at ``toks[k]``, or after its source (業界紙で, 知人から, ニュースにて)."""
    for x in toks[k : k + 5]:
        if x.lemma in _HEARD:
            return True
        if not (x.pos in ("名詞", "接尾辞") or x.text in ("で", "から", "にて", "の")):
            return False
    return False


def anchored_reference(
    doc: Document, ctx: Context, start: int, end: int, min_topic_words: int = 2
) -> Reference | None:
    """A reference in ``[start, end)`` anchored to the recipient, or None: a sentence the act model
    reads as about their own work, a mutual contact, what the writer heard of their doings
    (「…と伺いました」), or a name, title, link or topic of substance in a sentence that speaks of
    them. The writer's own numbers, dates, city, company and events are not references to the
    recipient, and do not count here."""
    praised = _praise_spans(doc)
    for n in their_work_sentences(doc):
        s = doc.sentences[n]
        if _speaks_to_a_class(doc, n):
            continue  # "our testing packages help farmers like you make smarter decisions": the class's work, not theirs
        if s.start < end and s.end > start and not _only_praise(doc, ctx, n, praised, min_topic_words):
            return Reference.THEIR_WORK
    acts = document_acts(doc)
    for m in _MUTUAL.matches(doc):
        # "Dr. Mensah suggested I reach out", not "could you refer me to …", which is an ask
        if start <= m.start and m.end <= end and _names_someone(doc, m) and not _introduction_asked(doc, m):
            # "we both work in [Industry]": the shared thing is a slot left unfilled
            if not any(m.start <= a <= m.end + 12 for a, _ in template_slots(doc)):
                return Reference.MUTUAL
    opening = 0  # sentences of the span read so far, up to _OPENING
    for n, s in enumerate(doc.sentences):
        if s.end <= start or s.start >= end:
            continue
        if heard_about_them(doc, n) and not (
            doc.lang == "en" and acts.scores[n][_BOILERPLATE] >= BOILERPLATE and not _heard_about_them_en(doc.tokens[s.first : s.last], facts_only=True)
        ):
            return Reference.HEARSAY  # not the stock "I noticed Fenwick Foods is growing fast"
        # A sentence that speaks of them — by name, or else with some chance of being about their work
        # by the model — and names something or a topic of substance: 渡辺様のデザインシステムの記事,
        # "your dbt tests post". A pitch's "your brand", "your goals" is turned away by the model.
        mention = reader_mention(doc, n)
        tw = acts.scores[n][_TW]
        writers = _speaks_of_writer(doc, n)
        if opening == 0 and _answers_their_post(doc, ctx, n):
            return Reference.REPLY  # 「それ、うちの気象APIで一発解決します」, "That's a tamper, it packs the ballast"
        if opening < _OPENING:
            opening += 1
            # "that lambing cam is brilliant", 「あの茶葉の線画、めっちゃいい」: a thing pointed at as one
            # the reader knows, at the start of a first message, is a thing of theirs
            for a, b in _pointed_works(doc, n):
                found = specific_reference(doc, ctx, max(a, start), min(b, end), min_topic_words, numbers=False)
                if found is not None:
                    return found
        if not writers:
            # "I've seen your Kumasi salon's braiding tutorials", 「すくも作りの投稿、いつも拝見しています」:
            # a work of theirs, owned by them or seen by the writer, named with words of substance
            for a, b, owned, seen in _named_works(doc, n):
                if not seen and (tw < _TW_WEAK or _pitch_under_pressure(acts.scores[n])):
                    continue  # "Book your demo today": a work "yours" in a pitch, which the model reads as no work of theirs
                # "your rollout write-up": theirs, and one word of substance says which; a work only
                # seen ("a great article on caching") may be anyone's, and needs two
                found = specific_reference(doc, ctx, max(a, start), min(b, end), min_topic_words, numbers=False, strict=not owned)
                if found is not None:
                    return found
        if mention == 0 and tw >= _TW_TITLED and not writers and not _writers_own_making(doc, n) and not _names_own_firm(doc, n):
            # 'we loved the "Signals without tears" talk': a quoted title the model leans towards
            # reading as theirs names their work without a "your"
            found = specific_reference(doc, ctx, max(s.start, start), min(s.end, end), min_topic_words, numbers=False)
            if found is Reference.TITLE:
                return found
            continue
        if mention and _OWNED_TITLE.search(doc.text, max(s.start, start), min(s.end, end)):
            # 「御社の「丘の上 甲州 シュール・リー」を先日いただきました」, 'your "Signals without tears" talk':
            # a title quoted as theirs names their work however the model reads the sentence
            return Reference.TITLE
        if mention == 0 or (mention == 1 and tw < _TW_WEAK):
            continue
        if mention == 1 and _pitch_under_pressure(acts.scores[n]):
            continue  # "claim your discount before it's gone": the writer's offer, not a thing of theirs
        if mention == 1 and acts.scores[n][_FAVOUR] >= _ASKING and _nothing_of_theirs_seen_ja(doc, n):
            continue  # 「ユニフォームにお店のロゴを入れられます」: their logo in the writer's ask for a sponsor
        if mention == 1 and _only_praise(doc, ctx, n, praised, min_topic_words):
            continue  # 「株式会社ソフトブリッジでのご活躍を拝見し」: stock praise and their employer's name
        if n in _career_only(doc):
            continue  # 「物流業界でのご経験を拝見し」, "I came across your background in logistics": their career, nothing named
        if mention == 1 and writers:
            # "we just put our farming sim on Steam 🌱 … a mention to your followers": what is named
            # is the writer's; only the clauses free of the writer's own things can name theirs
            spans = [(a, b) for a, b, own in _clauses(doc, n) if not own]
        elif mention == 1 and (pitched := _pitched_for_you(doc, n)) is not None:
            spans = [(pitched, s.end)]  # "Subject: New scaler inserts for your hygiene team": only "your hygiene team" is theirs
        else:
            spans = [(s.start, s.end)]
        boilerplate = acts.scores[n][_BOILERPLATE]
        for a, b in spans:
            # 「貴社の事業に強い関心を持っており、実際に働いている方の…」: a mere 貴社 in a sentence the model
            # hardly reads as about their work needs two nouns of substance, not any words beside 事業
            weak = mention == 1 and tw < 0.5
            found = specific_reference(doc, ctx, max(a, start), min(b, end), min_topic_words, numbers=False, nouns=weak, strict=weak and doc.lang == "ja")
            if found is Reference.NAME and (boilerplate > tw or _praise_in(praised, s.start, s.end)):
                continue  # 「東京ガス様でのご活躍を拝見し」: their employer's name in a compliment is flattery
            if found is Reference.TOPIC and boilerplate > max(tw, BOILERPLATE) and tw < _TW_PRAISE:
                continue  # "Wishing you continued success in all your endeavours": words of a compliment
            if found is Reference.TOPIC and tw < _TW_ASKED and _asks_or_pitches(acts.scores[n]):
                continue  # "I'd love for you to recommend us to your clients": the ask's words, not a thing of theirs
            if found is not None:
                return found
    return None


def _asks_or_pitches(row: Any) -> bool:
    """A sentence the model reads as an ask, a favour or an offer of the writer's."""
    return max(row[_ASK], row[_FAVOUR], row[_OFFER]) >= _ASKING


def _pitch_under_pressure(row: Any) -> bool:
    """A sentence the model reads surely as pressure and not surely as about their work: its "your" is
    the writer's offer ("claim your discount before it's gone"), not a thing of theirs."""
    return row[_PRESSURE] >= _SURE_PRESSURE and row[_TW] < _TW_UNDER_PRESSURE


def _praise_spans(doc: Document) -> list[tuple[int, int]]:
    """Where stock praise of their career stands ("impressed by your background", 「ご活躍を拝見し」)."""
    return [(m.start, m.end) for m in _PRAISE.matches(doc)] if doc.lang in ("en", "ja") else []


def _praise_in(praised: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(start <= a and b <= end for a, b in praised)


def _only_praise(doc: Document, ctx: Context, sentence: int, praised: list[tuple[int, int]], min_topic_words: int) -> bool:
    """Whether a sentence read as about their work holds stock praise of their career and, beside
    it, nothing that names a work of theirs but their employer's name: 「株式会社ソフトブリッジでの
    ご活躍を拝見し、ぜひご紹介したい求人がございます」, "impressed by your background at Stripe"."""
    s = doc.sentences[sentence]
    inside = [(a, b) for a, b in praised if s.start <= a and b <= s.end]
    if not inside:
        return False
    employer = set()
    if ctx.recipient is not None:
        for term in profile_terms(doc, ctx.recipient):
            if term.kind == "company":
                employer |= {_stem(k) for k in term.keys}
    cuts = [s.start] + [x for a, b in sorted(inside) for x in (a, b)] + [s.end]
    for a, b in zip(cuts[::2], cuts[1::2]):
        if a >= b:
            continue
        found = specific_reference(doc, ctx, a, b, min_topic_words, numbers=False, strict=True)
        if found is None or found is Reference.NAME:
            continue
        if found is Reference.TOPIC and employer:
            _, topics, _ = _word_reference(doc, ctx, a, b, None, False)
            legal = _LEGAL.get(doc.lang, frozenset())
            if len({t for t in topics if _stem(t) not in employer and t not in legal}) < min_topic_words:
                continue  # 「株式会社ソフトブリッジでの」: their employer's name, word by word
        return False
    return True


def _clause_runs(toks: list[Token], breaks: Callable[[Token], bool] | None = None) -> list[tuple[int, int]]:
    """The clauses of a sentence's tokens: ``(first, last)`` index runs of words between punctuation
    or symbols such as an emoji (:func:`_clause_break`), or between the tokens ``breaks`` names."""
    is_break = breaks or _clause_break
    runs, k0 = [], 0
    for k, t in enumerate(toks):
        if is_break(t):
            if k > k0:
                runs.append((k0, k))
            k0 = k + 1
    if k0 < len(toks):
        runs.append((k0, len(toks)))
    return runs


def _clauses(doc: Document, sentence: int, breaks: Callable[[Token], bool] | None = None) -> list[tuple[int, int, bool]]:
    """The sentence's clauses (:func:`_clause_runs`) as ``(start, end, own)``: ``own`` when the
    clause speaks of the writer's own things (our, my, 弊社)."""
    s = doc.sentences[sentence]
    toks = doc.tokens[s.first : s.last]
    out = []
    for a, b in _clause_runs(toks, breaks):
        run = toks[a:b]
        out.append((run[0].start, run[-1].end, _owns(run)))
    return out


_SEE = {
    # seen, read, heard, followed, and what a work did to its reader: surprised, struck, stayed with
    "en": frozenset({"see", "read", "watch", "hear", "listen", "attend", "enjoy", "love", "learn", "follow",
                     "surprise", "impress", "inspire", "strike", "resonate", "stick", "convince", "remind"}),
    "ja": frozenset({"拝見", "拝読", "拝聴", "読む", "見る", "聞く", "聴く", "視聴", "見入る", "参考", "感銘", "共感", "勉強",
                     "驚く", "刺激", "感動", "響く", "納得", "感心", "学ぶ",
                     # what it did to the writer: 「…の投稿、ガチで救われました」「…寝かせる話、笑いました」「刺さりました」
                     "救う", "笑う", "泣く", "励ます", "癒す", "刺さる", "沁みる", "染みる", "唸る", "読み返す"}),
}


def _named_works(doc: Document, sentence: int) -> list[tuple[int, int, bool, bool]]:
    """The clauses of the sentence that name a work (a post, talk, listing: a cue noun) that the
    reader owns ("your … tutorials") or that the writer saw, read or heard (「…の投稿を拝見し」):
    the stretch between punctuation around each such noun, where the words that say which work
    it is stand."""
    lang = doc.lang
    cue = _WORK.get(lang)
    if not cue:
        return []
    if _holds_slot(doc, sentence):
        return []  # 「先日公開された○○についての記事」: the work is a slot left unfilled
    s = doc.sentences[sentence]
    toks = doc.tokens[s.first : s.last]
    cues = [k for k, t in enumerate(toks) if t.norm in cue or lemma_key(t, lang) in cue]
    if not cues:
        return []
    see = _SEE.get(lang, frozenset())
    clauses = _clause_runs(toks)
    clause_of = [-1] * len(toks)
    for c, (a, b) in enumerate(clauses):
        clause_of[a:b] = [c] * (b - a)
    seen_in = {c for k, t in enumerate(toks) if (c := clause_of[k]) >= 0 and (lemma_key(t, lang) in see or t.lemma in see)}
    spans = []
    for k in cues:
        c = clause_of[k]
        if c < 0:
            continue
        # seen in its own clause, or in the next in Japanese when the work ends its clause as a topic
        # (「すくも作りの投稿、いつも拝見しています」; not 「現在就職活動中で、…共感いたしました」: the writer's state)
        seen = c in seen_in or (lang == "ja" and c + 1 in seen_in and _ends_clause(toks, k, clauses[c][1]))
        owned = lang == "en" and any(t.norm in _YOUR for t in toks[max(clauses[c][0], k - 5) : k])
        if seen or owned:
            a, b = clauses[c]
            spans.append((toks[a].start, toks[b - 1].end, owned, seen))
    return spans


#: How many sentences open a message: where a demonstrative points at what the reader knows
#: rather than back at what the writer just said ("… a 40-vehicle fleet. That role involved …").
_OPENING = 3
_DISTAL = frozenset({"that", "those", "あの"})
#: Words after "that"/"those" that make it a pronoun or a conjunction, not a determiner.
_NOT_NOUN_EN = frozenset(
    "is was are were be been being 's ’s am would will can could should might may must do does did have has had "
    "who which what where when why how whom whose i you we they he she it me us them my our your his her their its "
    "in on at for of to with by from about as than and or but if so the a an this that these those there here not "
    "just really all one ones said way kind sort same time day".split()
)


# A pronoun that points at what the reader said: それ / あれ, "that" / "those".
_POINTING_PRONOUNS = frozenset({"それ", "あれ", "that", "those", "this"})
# After "that" as a pronoun that answers: a verb of being or seeming ("That's a tamper", "that looks
# like frost damage"), not "that's why I'm writing".
_ANSWERING_EN = frozenset("is 's ’s are 're ’re was were looks look sounds sound seems seem must would could might will 'll".split())
_ANSWERING_JA = frozenset({"は", "、", "って", "も", "なら", "ね", "は、", "！", "!"})
# Words that may come before it: a greeting, an interjection, the reader's handle.
_BEFORE_ANSWER = frozenset("hi hey hello oh ah ooh yes yeah yep no nope haha lol lmao omg ha wow ああ おお ええ うわ あー おー えっ え はい いえ".split())


def _answers_their_post(doc: Document, ctx: Context, sentence: int) -> bool:
    """Whether the first sentence of a message to someone with a recent post opens by pointing at it
    with a pronoun: 「それ、うちの気象APIで一発解決します」 answers 「今年は天候読めなすぎて…」, 「あれは
    マルタイですね」 answers 「…黄色い車両、あれ何？」, "That's a tamper" answers "what's that yellow
    machine?". A first message has nothing earlier for それ or "that" to point back at."""
    recipient = ctx.recipient
    if recipient is None or not recipient.recent_post:
        return False
    s = doc.sentences[sentence]
    toks = doc.tokens[s.first : s.last]
    names = _name_keys(doc, recipient)
    handles = [m.span() for m in _HANDLE.finditer(doc.text, s.start, min(s.end, s.start + 80))]  # MeCab cuts "@osmanthus_diary" up
    k = 0
    while k < len(toks) and k < 8:
        if is_word(toks[k].text) and _agrees(toks, k, doc.lang):
            return True  # "Yes!", "lol agreed", "@sam 100% this"
        if not (
            not is_word(toks[k].text) or any(a <= toks[k].start < b for a, b in handles) or toks[k].norm in _BEFORE_ANSWER
            or toks[k].norm in names or lemma_key(toks[k], doc.lang) in names or toks[k].text in JA_NAME_HONORIFICS
        ):
            break
        k += 1
    if k >= len(toks):
        return False
    if _same_as_theirs(toks, doc.lang):
        return True
    if k + 1 >= len(toks) or toks[k].norm not in _POINTING_PRONOUNS:
        return False
    after = toks[k + 1]
    if doc.lang == "ja":
        return toks[k].pos == "代名詞" and after.text in _ANSWERING_JA
    if toks[k].norm == "this":
        # "this explains my entire batch": a verb of its own, not "This is Tom" nor "This is a quick note"
        return after.norm.endswith("s") and after.lnorm != after.norm and after.norm not in ("is", "'s", "’s")
    return after.norm in _ANSWERING_EN and not (k + 2 < len(toks) and toks[k + 2].norm in ("why", "all", "it", "how"))


_HANDLE = regex.compile(r"@[\w.]+")
# Words that agree with what was said, opening a reply: "Same here in Tucson", "Agreed,", "Been there", 「わかります笑」.
_AGREEING_EN = frozenset({"same", "agreed", "agree", "exactly", "totally", "true", "ditto", "+1"})
_AGREEING_JA = frozenset({"分かる", "同感", "確か", "同じく", "それな"})


def _agrees(toks: list[Token], k: int, lang: str) -> bool:
    """Whether the reply opens at ``toks[k]`` by agreeing with what the reader said ("Same here",
    "Agreed, …", "Me too", 「わかります」「同感です」): a first message agrees only with something of theirs."""
    tok, after = toks[k], toks[k + 1] if k + 1 < len(toks) else None
    if lang == "ja":
        if tok.lemma in _AGREEING_JA or tok.text in _AGREEING_JA:
            return after is None or after.lemma in ("ます", "です", "だ", "に", "！", "!", "笑", "、", "。") or not is_word(after.text)
        return tok.text in ("うち", "私", "僕", "こっち") and after is not None and after.text == "も" and k + 2 < len(toks) and toks[k + 2].text in ("です", "！", "、", "同じ")
    if after is not None and (tok.norm, after.norm) in (("me", "too"), ("been", "there")):
        return True  # "Me too", "lol been there": the same happened to the writer
    if tok.norm in ("agree", "agreed") and after is not None and after.norm in ("on", "with", "about"):
        return True  # "agree on 14ac, though …": agrees with a point of theirs
    if tok.norm in ("100%", "this", "yes", "yep") or (tok.norm == "100" and after is not None and after.text == "%"):
        # "100% this 🍷", "This.", "Yes!": a word of assent standing alone, not "This is Tom", "yes, I'm …"
        j = k + (2 if tok.norm == "100" else 1)
        nxt = toks[j] if j < len(toks) else None
        if tok.norm.startswith("100") and nxt is not None and nxt.norm in ("this", "agree", "agreed"):
            return True
        return tok.norm != "100" and (nxt is None or nxt.text in (".", "!", "!!", "‼"))
    return tok.norm in _AGREEING_EN and (after is None or after.norm == "here" or not is_word(after.text))


_SAME_EN = frozenset({"exact", "very", "exactly"})
#: After "the same", the ground writer and reader are said to share, not a thing of the reader's:
#: "our paths keep crossing in the same circles", "we're in the same field".
_SAME_SHARED = frozenset("circle boat field industry space sector area page world network profession line trade scene".split())


def _same_as_theirs(toks: list[Token], lang: str) -> bool:
    """Whether the first sentence speaks of "the same" thing with nothing in it to be the same as:
    "lol I got the exact same request last month", 「うちの店でも全く同じことがありました」. A first
    message has nothing earlier to compare with but the reader's post. Not "the same field as you"."""
    if lang == "ja":
        return any(
            t.text in ("全く", "まったく", "まさに") and k + 1 < len(toks) and toks[k + 1].lemma == "同じ"
            for k, t in enumerate(toks)
        )
    for k, t in enumerate(toks):
        if t.norm != "same" or k == 0:
            continue
        j = k - 1
        if toks[j].norm in _SAME_EN and j > 0:
            j -= 1
        if toks[j].norm != "the" or k + 1 >= len(toks) or not is_word(toks[k + 1].text):
            continue
        if toks[k + 1].lemma.lower() not in _SAME_SHARED and not any(u.norm == "as" for u in toks[k + 1 :]):
            return True
    return False


def _pointed_works(doc: Document, sentence: int) -> list[tuple[int, int]]:
    """The clauses of the sentence that open with a distal demonstrative used as a determiner ("that
    lambing cam", "those Lisbon morning shots", 「あの茶葉の線画」) and name nothing of the writer's:
    the demonstrative points at a thing the reader is expected to know. Not a pronoun ("that
    matches …", "that made my week": an inflected verb follows), a conjunction ("that the …"), nor
    the filler あの〜 / あの、."""
    s = doc.sentences[sentence]
    toks = doc.tokens[s.first : s.last]
    ja = doc.lang == "ja"
    spans = []
    for k, det in enumerate(toks[:-1]):
        if det.norm not in _DISTAL:
            continue
        head = toks[k + 1]
        if ja:
            if det.text != "あの" or _clause_break(head):
                continue  # あの〜, あのー, あの、: a filler
        else:
            j = k - 1
            while j >= 0 and toks[j].text.startswith("@"):
                j -= 1  # "@lina_frames those Lisbon morning shots"
            if j >= 0 and not _clause_break(toks[j]):
                continue  # "I think that …", "so that …": inside a clause
            inflected = head.lnorm != head.norm and not head.norm.endswith("ing")
            if head.norm in _NOT_NOUN_EN or not head.text[:1].isalnum() or (det.norm == "that" and inflected):
                continue  # "that matches what we heard", "that the bottleneck was …", "those who …"
        end = k + 1
        while end < len(toks) and (not _clause_break(toks[end]) or toks[end].text in _JOINERS):
            end += 1  # "that palm-wine sample": a hyphen joins words and ends no clause
        run = toks[k:end]
        if not _owns(run) and not any(t.norm in _WRITER_SUBJECT for t in run):
            spans.append((det.start, run[-1].end))  # not "that tool we built", 「あの、私が作った…」
    return spans


_JOINERS = frozenset({"-", "/", "%", "'", "’", "&", "."})


def _ends_clause(toks: list[Token], k: int, end: int) -> bool:
    """Whether the noun at ``k`` ends its clause, but for a topic or case particle (投稿、 投稿は、)."""
    return all(t.text in ("は", "も", "を", "が", "の") for t in toks[k + 1 : end])


def _clause_break(tok: Token) -> bool:
    """Punctuation or a symbol (an emoji) between clauses."""
    return not is_word(tok.text) and not tok.text.isdigit()


_OWN = frozenset({"my", "our", "mine", "ours", "弊社", "当社", "弊店", "当店", "当方", "うち"})
_SELF_JA = frozenset({"私", "僕", "自分", "わたくし", "我々", "俺"})
_WRITER_SUBJECT = frozenset({"i", "we", "i've", "we've", "i'd", "we'd"}) | _SELF_JA


def _speaks_of_writer(doc: Document, sentence: int) -> bool:
    """Whether the sentence speaks of the writer's own things: "our new service 'X'", "my talk",
    弊社の「X」, 私の「X」 (not "we loved the 'X' talk": a subject is not an owner)."""
    s = doc.sentences[sentence]
    return _owns(doc.tokens[s.first : s.last])


def _owns(toks: list[Token]) -> bool:
    """Whether the tokens name something of the writer's own (our, my, 弊社, 私の); not one only
    compared with ("Your Volta repainting project looks a lot like ours": the project is theirs)."""
    return any(
        (t.norm in _OWN and not (t.norm in _COMPARED_OWN and k and toks[k - 1].norm in _COMPARING))
        or (t.norm in _SELF_JA and k + 1 < len(toks) and toks[k + 1].text in ("の", "たち", "達"))
        # 私どもの, わたくし共の: the writer's firm, humbly
        or (t.norm in _SELF_JA and k + 2 < len(toks) and toks[k + 1].lemma == "共" and toks[k + 2].text == "の")
        for k, t in enumerate(toks)
    )


_COMPARED_OWN = frozenset({"ours", "mine"})
_COMPARING = frozenset({"like", "as", "than", "to"})


# "Teams like Greyfriars Forensic use our platform", "restaurants like Sato Ramen Bar": the reader's
# company as the example of a class the writer sells to, a mail merge's "businesses like yours".
_CLASS_EXAMPLE = lazy_pattern(
    r"(?i:\b(?:businesses|companies|firms|teams|brands|agencies|practices|clinics|schools|organisations|organizations|"
    r"restaurants|cafes|bars|hotels|labs|studios|farms|startups|hospitals|retailers|manufacturers|shops|stores|"
    r"salons|gyms|venues|wineries|breweries|bakeries|charities|councils|departments|offices|producers)\s(?:such as|like))\s"
    r"(?P<name>[A-Z][\w&'’.-]*)"
)


def company_as_example(doc: Document, ctx: Context) -> tuple[int, int] | None:
    """The span where a draft names the reader's company as the example of a class it sells to
    ("Teams like Greyfriars Forensic use our platform", 「湘南総合病院様のような病院で」): a merge field
    in "businesses like yours", no sign that the writer looked at them."""
    return _company_example_span(doc, ctx.recipient)


def _company_example_span(doc: Document, recipient: Recipient | None) -> tuple[int, int] | None:
    """:func:`company_as_example` for a recipient."""
    if recipient is None or not recipient.company:
        return None
    if doc.lang == "ja":
        return _company_as_example_ja(doc, recipient.company)
    if doc.lang != "en" or " like " not in doc.text and "such as" not in doc.text:
        return None
    first = normalize(recipient.company.split()[0])
    start, end = body_span(doc)
    for m in _CLASS_EXAMPLE.finditer(doc.text, start, end):
        # not "practices like Greenleaf's four clinics": their own things, named
        if normalize(m.group("name")) == first:
            return m.start(), m.end("name")
    return None


# 「湘南総合病院様のような病院様」「ペイロード社のような企業」: their company as the example of a class
_CLASS_JA = lazy_pattern(
    # 「山口歯科クリニック様のように地域に根ざしたクリニック様にこそ」: a few words may describe the class
    r"(?:様|さん|社)?の(?:ような|ように)[^。、！？\n]{0,15}?(?:企業|会社|病院|医院|クリニック|店舗|お店|事業者|施設|学校|教室|農園|工務店|事務所|法人|"
    r"酒蔵|旅館|ホテル|飲食店|レストラン|メーカー|団体|自治体|現場|チーム)"
)
_LEGAL_JA = regex.compile(r"株式会社|有限会社|合同会社|（株）|\(株\)|㈱|一般社団法人|社会福祉法人|医療法人(?:社団)?")


def _company_as_example_ja(doc: Document, company: str) -> tuple[int, int] | None:
    """「<company>様のような病院」「<company>様のように地域に根ざしたクリニック」: the company's name, its legal form
    left out, right before のような (のように) and, a few words on, a class."""
    core = "".join(_LEGAL_JA.sub("", normalize(company)).split())
    if len(core) < 2 or "のよう" not in doc.text:
        return None
    start, end = body_span(doc)
    for m in _CLASS_JA.finditer(doc.text, start, end):
        before = "".join(normalize(doc.text[max(start, m.start() - len(core) - 2) : m.start()]).split())
        if before.endswith(core):
            return m.start() - len(core), m.end()
    return None


def refers_to_recipient(doc: Document, ctx: Context, start: int, end: int, min_topic_words: int = 2) -> bool:
    """Whether ``[start, end)`` speaks of something of the recipient's: a reference anchored to them
    (:func:`anchored_reference`) or a term of their profile that shows the writer looked at them
    (:func:`shared_interest_terms`). What no-shared-interest asks of a first contact, and what
    makes a draft of stock wording no form letter."""
    found = anchored_reference(doc, ctx, start, end, min_topic_words)
    if found is not None and not _form_letters_words(doc, ctx, start, end, found, min_topic_words):
        return True
    if ctx.recipient is None:
        return False
    terms = shared_interest_terms(doc, ctx, start, end)
    if terms and all(t.kind in ("company", "title") for t in terms):
        if _likely_form_letter(doc):
            return False  # their company or title merged into a sure form letter (「吉川歯科医院様の…」) is the merge's
        example = company_as_example(doc, ctx)
        if example is not None and not any(
            shared_interest_terms(doc, ctx, max(s.start, start), min(s.end, end))
            for s in doc.sentences if s.start < end and s.end > start and not (s.start <= example[0] < s.end)
        ):
            return False  # "Teams like Greyfriars Forensic use our platform": the merge's example of a class
        if all(t.kind == "company" for t in terms) and _only_in_praise(doc, ctx, start, end):
            # "I noticed your impressive experience at Harbor Logistics": flattery of their employer's name
            # (with their title beside it, 「ペイロードでバックエンドエンジニアとして」, it is their role)
            return False
    return bool(terms)


def _only_in_praise(doc: Document, ctx: Context, start: int, end: int) -> bool:
    """Whether every sentence in ``[start, end)`` that names their company or title holds stock praise
    ("your impressive experience at Harbor Logistics", 「北浜銀行様の事業に大変魅力を感じております」): a
    flattering mention of their employer's name is no shared interest (the issue's own words)."""
    praised = _praise_spans(doc)
    if not praised:
        return False
    named = False
    for s in doc.sentences:
        a, b = max(s.start, start), min(s.end, end)
        if a >= b or not shared_interest_terms(doc, ctx, a, b):
            continue
        named = True
        if not any(s.start <= x < s.end for x, _ in praised):
            return False  # no stock praise begins in this sentence
    return named


#: From this probability the draft model's judgement that a draft is a form letter outweighs a weak
#: reference, or their company or title merged into it. It was the draft model's "sure" 0.9; a sweep with a
#: draft model fitted without twenty blind batches (b49 to b68), on those and b69 and b70 (5,017 drafts),
#: found 6 more form letters and 6 more drafts that say nothing of their reader at 0.6, with no false alarm.
#: A second sweep, with a draft model fitted without b69 to b83, on those 3,909 drafts, found 4 more drafts
#: at 0.4 (3 form letters, 4 that say nothing of their reader) and no false alarm; 2 more at 0.5.
WEAK_REFERENCE_SURE = 0.4


def _likely_form_letter(doc: Document) -> bool:
    return draft_judgements(doc)["form_letter"] >= WEAK_REFERENCE_SURE


#: A sentence the act model reads as about their work at least this surely is a reference whatever
#: the draft around it looks like.
_TW_SURE_REFERENCE = 0.85


def _form_letters_words(doc: Document, ctx: Context, start: int, end: int, found: Reference, min_topic_words: int) -> bool:
    """Whether the reference found in ``[start, end)`` is only a form letter's own words: the draft
    model (trained on labeled drafts) is sure the draft is a form letter, and every sentence with a
    reference holds only a weak one — topic words or the act model's reading, naming nothing by a
    proper name, and either not surely about their work or naming no work of theirs and no number.
    "Whatever your goals, we have the expertise to help you achieve them", "I noticed your impressive
    background at [Company] and would love to discuss exciting opportunities", 「生徒募集や月謝管理の
    お悩みを解決するサービスで、多くの教室様に…」, and, however surely the act model reads it as theirs,
    "In today's fast-paced digital landscape, it's more important than ever to … connect with your
    target audience". A title, a link, a number, a name, a mutual contact or what the writer heard of
    them always counts, as does a sentence surely about their work that names one ("your recent
    climate impact report")."""
    if found not in (Reference.THEIR_WORK, Reference.TOPIC, Reference.HEARSAY) or not _likely_form_letter(doc):
        return False
    sure = sure_form_letter(doc)
    acts = document_acts(doc)
    for n, s in enumerate(doc.sentences):
        if s.end <= start or s.start >= end:
            continue
        a, b = max(s.start, start), min(s.end, end)
        kind = anchored_reference(doc, ctx, a, b, min_topic_words)
        if kind is None:
            continue
        if kind is Reference.HEARSAY and _praised_hearsay(doc, n):
            continue  # 「素晴らしいお店を経営されていると拝見し」: a compliment put as news of them, merged
        if kind not in (Reference.THEIR_WORK, Reference.TOPIC):
            return False
        if _names_a_work(doc, n) and (acts.scores[n][_TW] >= _TW_SURE_REFERENCE or not sure):
            return False  # below the sure judgement, any work or number named counts: 「若手育成の基調講演に感銘を受けました」
        if n < _OPENING and _pointed_works(doc, n):
            return False  # 「あの天然酵母の食パン」, "that lambing cam": a thing of theirs pointed at, no mail merge's word
        if _proper_noun(doc, ctx, n):
            return False
    return True


# Words of praise: what the writer heard of them, put with one, is a compliment (「素晴らしいお店を経営されていると拝見し」).
_PRAISE_JA = frozenset({"素晴らしい", "素敵", "立派", "見事", "凄い", "すごい", "魅力的", "ご立派", "素晴らしさ"})


def _praised_hearsay(doc: Document, n: int) -> bool:
    """Whether what the writer heard of them (:func:`heard_about_them`) is a compliment: a word of praise
    in the clause heard, and nothing named in it, no number, no work: 「素晴らしいお店を経営されていると拝見し」,
    not 「トマトの種を集めていると伺いました」."""
    s = doc.sentences[n]
    toks = doc.tokens[s.first : s.last]
    return any(t.lemma in _PRAISE_JA or t.text in _PRAISE_JA for t in toks) and not _names_a_work(doc, n) and not any(
        t.pos2 == "固有名詞" for t in toks
    )


# Words for a whole line of doing (取り組み, 事業, "initiative"): a work of theirs only with a number or a
# name beside them; 「貴社の環境への積極的なお取り組みを拝見し」 fits any company.
_ABSTRACT_WORK = frozenset({"取り組み", "取組", "取り組む", "活動", "事業", "サービス", "製品", "プロダクト", "事例",
                            "initiative", "initiatives", "program", "programme", "scheme", "campaign", "product", "products"})


def _names_a_work(doc: Document, n: int) -> bool:
    """Whether sentence ``n`` names a work (a post, a report, a talk, 記事, 講演: the cue and work words)
    or holds a number: what a sentence about someone's own work speaks of, and a mailing's
    sentence about "your business", "your goals", "your target audience" does not. A word for a whole
    line of doing (取り組み, 事業, "initiative") is no work named by itself."""
    return _work_or_number(doc, n)


def _work_or_number(doc: Document, n: int, besides: frozenset[str] = frozenset()) -> bool:
    """Whether sentence ``n`` holds a number or a work word (:data:`_WORK`) that is no whole line of doing
    (:data:`_ABSTRACT_WORK`), no verb ("noticed") and not one of ``besides``."""
    s = doc.sentences[n]
    work = _WORK.get(doc.lang, frozenset())
    for t in doc.tokens[s.first : s.last]:
        if any(c.isdigit() for c in t.text):
            return True
        key = lemma_key(t, doc.lang)
        if (key in work or t.norm in work) and key not in _ABSTRACT_WORK and t.norm not in _ABSTRACT_WORK and key not in besides and not _verb_form(t):
            return True
    return False


def _verb_form(tok: Token) -> bool:
    """Whether an English work word is inflected as a verb: "I noticed your impressive background",
    "we posted", "featuring you" name no notice, post or feature."""
    text = tok.norm
    return tok.lnorm != text and text.endswith(("ed", "ing")) and not tok.lnorm.endswith(("ed", "ing"))


def _proper_noun(doc: Document, ctx: Context, n: int) -> bool:
    """Whether sentence ``n`` names something by a proper noun (Business Insider, 北海道), other
    than the reader by their name or their company's whole name (a merge field as much as their name:
    「ホテルグランヴェール鹿児島様の素敵な挙式に」), a slot left unfilled, or a platform ("not ranking on Google")."""
    s = doc.sentences[n]
    slots = template_slots(doc)
    company = _company_named(doc, profile_terms(doc, ctx.recipient)) if ctx.recipient is not None else frozenset()
    names = _name_keys(doc, ctx.recipient)
    platform = _PLATFORM.get(doc.lang, frozenset())
    signed = signature_words(doc)
    tokens, ja, sentence_first = doc.tokens, doc.lang == "ja", {x.first for x in doc.sentences}
    return any(
        t.text != "I" and t.norm not in platform and t.norm not in signed and t.i not in company and _is_name(t, tokens, ja, sentence_first)
        and not (any(a <= t.start < b for a, b in slots) or lemma_key(t, doc.lang) in names or t.norm in names)
        and not (not ja and _owned_by_writer(tokens, t.i, s.first))
        for t in tokens[s.first : s.last]
    )


def _owned_by_writer(tokens: list[Token], i: int, first: int) -> bool:
    """Whether the English name at ``tokens[i]`` is in a phrase the writer owns: "our exclusive Cheese
    Masterclass in London", "my Etsy shop": "our" or "my" a few words before, with only words (no
    punctuation, no "your") between."""
    for k in range(i - 1, max(first, i - 6) - 1, -1):
        tok = tokens[k]
        if tok.norm in ("our", "my"):
            return True
        if not is_word(tok.text) or tok.norm in ("your", "you", "yours", "their", "his", "her"):
            return False
    return False


@per_draft
def profile_terms(doc: Document, recipient: Recipient) -> tuple[ProfileTerm, ...]:
    """The recipient's interests, company, title and recent post as content lemmas, tokenized by
    the pipeline that tokenized ``doc``."""
    return _profile_terms_cached(recipient, doc.lang, analyzer_of(doc))


@lru_cache(maxsize=4096)
def _profile_terms_cached(recipient: Recipient, lang: str, tokenizer: Any) -> tuple[ProfileTerm, ...]:
    return tuple(_profile_terms(recipient, lang, tokenizer))


class Reference(str, enum.Enum):
    """The kind of specific reference :func:`specific_reference` found (equal to its name as text)."""

    LANGUAGE = "language"  # a draft in neither language: never judged
    TITLE = "title"  # a title in quotes
    LINK = "link"  # a link or handle
    MUTUAL = "mutual"  # a mutual contact
    NUMBER = "number"
    NAME = "name"  # a person, place or product
    TOPIC = "topic"  # enough content words that are not stock
    THEIR_WORK = "their_work"  # a sentence the act model reads as about the recipient's own work
    HEARSAY = "hearsay"  # 「…と伺いました」: what the writer heard of the recipient's doings
    REPLY = "reply"  # 「それ、…」, "That's a tamper": a first sentence that points at their post


def specific_reference(
    doc: Document, ctx: Context, start: int, end: int, min_topic_words: int, hard_only: bool = False,
    numbers: bool = True, strict: bool = False, nouns: bool = False,
) -> Reference | None:
    """What in ``[start, end)`` is a specific reference (a number, a name, a title…), or None.

    ``hard_only``: only what names something (a number, a title, a link, a person or place, a
    mutual contact), not topic words, which a self-centred pitch has plenty of. ``numbers=False``:
    a number is no reference (a time offered for a call, a price, the writer's own figures).
    ``nouns``: in Japanese, only nouns are topic words (「実際に働いている方」 names no topic). The
    writer's own introduction is left out.
    """
    if doc.lang not in _DATA:
        return Reference.LANGUAGE
    skip = own_introduction(doc)
    skip_starts = [s for s, _ in skip]  # sentence spans: sorted, disjoint
    # the words of an unfilled slot (『[記事タイトル]』, [specific project]) name nothing
    slots = [(a, b) for a, b in template_slots(doc) if a < end and b > start]

    def skipped(a: int) -> bool:
        k = bisect_right(skip_starts, a) - 1
        return (k >= 0 and a < skip[k][1]) or any(x <= a < y for x, y in slots)

    marked = _marked_reference(doc, start, end, skipped if skip or slots else None)
    if marked is not None:
        return marked
    found, topics, cue_seen = _word_reference(doc, ctx, start, end, skipped if skip or slots else None, numbers, nouns)
    if found is not None or hard_only:
        return found
    if len(topics) >= min_topic_words or (cue_seen and topics and not strict):
        return Reference.TOPIC
    return None


def _marked_reference(doc: Document, start: int, end: int, skipped: Callable[[int], bool] | None) -> Reference | None:
    """A title in quotes, a link or a mutual contact in the span."""

    def kept(a: int, b: int) -> bool:
        return start <= a and b <= end and not (skipped is not None and skipped(a))

    slots = template_slots(doc)
    for pattern, what in ((_QUOTED, Reference.TITLE), (_LINK, Reference.LINK)):
        for m in pattern.finditer(doc.text, start, end):
            if what is Reference.TITLE and _SPEECH_AFTER.match(doc.text, m.end()):
                continue  # 「お客様からは「月次の締めが早くなった」といったお声を…」: words someone said, no title
            if kept(m.start(), m.end()) and not any(m.start() <= a < m.end() for a, _ in slots):
                return what  # 『[記事タイトル]』 names no title: the slot where one should be
    mutual = _MUTUAL.matches(doc)
    if mutual and any(kept(m.start, m.end) and _names_someone(doc, m) and not _introduction_asked(doc, m) for m in mutual):
        return Reference.MUTUAL
    return None


def _cue_of_a_slot(doc: Document, i: int) -> bool:
    """Whether an unfilled template slot follows the cue word ``tokens[i]`` within three tokens."""
    slots = template_slots(doc)
    if not slots:
        return False
    tokens = doc.tokens
    last = tokens[min(i + 3, len(tokens) - 1)].end
    return any(tokens[i].end <= a < last for a, _ in slots)


def _word_reference(
    doc: Document, ctx: Context, start: int, end: int, skipped: Callable[[int], bool] | None, numbers: bool = True,
    nouns: bool = False,
) -> tuple[Reference | None, set[str], bool]:
    """A number or a name among the span's words; else its topic words and whether a cue
    ("your post", ご講演) was seen."""
    lang, text, tokens = doc.lang, doc.text, doc.tokens
    # greeting names too ("Hi Maya," before the span); of a subject line above it, only its capitalised
    # or Japanese words (a lowercase "comment" in "Subject: Your comment on cold emailing" names no one)
    subject = subject_span(doc)
    after = subject[1] if subject is not None and subject[1] <= start else 0
    names = _name_keys(doc, ctx.recipient) | {
        t.norm for t in tokens if t.end <= start and (after <= t.start or not t.text.isascii() or t.text[:1].isupper())
    }
    generic, cue, platform = _GENERIC[lang], _CUE[lang], _PLATFORM[lang]
    topics: set[str] = set()
    cue_seen = False
    sentence_first = {s.first for s in doc.sentences}
    ja = lang == "ja"
    digits = _DIGIT.search(text, start, end) is not None  # no digit in the span: no token has one
    for tok in tokens:
        if tok.end > end:
            break  # tokens run in text order: none after this one is in the span
        a = tok.start
        if a < start or (skipped is not None and skipped(a)) or not is_word(tok.text):
            continue
        key, norm = lemma_key(tok, lang), tok.norm
        if not (_may_refer(tok, key, lang, generic) or key in cue or norm in cue or (digits and _DIGIT.search(tok.text))):
            continue
        if norm in names or key in names or _addressed_or_writer(tokens, tok.i):
            continue
        if (digits and _DIGIT.search(tok.text)) or (ja and tok.pos2 == "数詞" and _KANJI_NUMBER.match(text, a)):
            if numbers:
                return Reference.NUMBER, topics, cue_seen
            continue
        if key in cue or norm in cue:
            # "your recent post about {topic}", "your paper on [PAPER TITLE]": the work's subject is a
            # slot left unfilled, so the cue names nothing
            cue_seen = cue_seen or not _cue_of_a_slot(doc, tok.i)
            continue
        if norm not in platform and key not in generic and _is_name(tok, tokens, ja, sentence_first):
            return Reference.NAME, topics, cue_seen
        if is_content(tok, lang) and key not in generic and norm not in generic:
            if ja and (tok.pos in ("副詞", "形容詞", "形状詞") or norm in _ADDRESSING_JA or key in _ADDRESSING_JA):
                continue  # 「強い関心」「とても」「貴社」: how much, or whom: no topic of substance
            if nouns and ja and tok.pos != "名詞":
                continue
            topics.add(key)
    return None, topics, cue_seen


def _may_refer(tok: Token, key: str, lang: str, generic: frozenset[str]) -> bool:
    """Whether ``tok`` could be a number, a name or a topic word: most tokens cannot."""
    norm = tok.norm
    if lang == "ja":
        pos2 = tok.pos2
        return pos2 == "数詞" or pos2 == "固有名詞" or (
            tok.pos in JA_CONTENT_POS and pos2 != "非自立可能" and key not in generic and norm not in generic
        )
    return tok.text[:1].isupper() or (key not in generic and norm not in generic and is_content(tok, lang))


def _addressed_or_writer(tokens: list[Token], i: int) -> bool:
    following = tokens[i + 1].text if i + 1 < len(tokens) else ""
    if following in _HONORIFIC:
        return True  # 山田様, 田中さん: the person addressed, not a reference
    return _names_the_writer(tokens, i)  # 「徳永です」「井上と申します」, "I'm Ken": the writer's own name


def _is_name(tok: Token, tokens: list[Token], ja: bool, sentence_first: set[int]) -> bool:
    """A proper noun (Japanese), or a capitalised word that does not start a sentence (English)."""
    if ja:
        return tok.pos2 == "固有名詞"
    i = tok.i
    return (
        tok.text[:1].isupper()
        and i not in sentence_first
        and tokens[i - 1].text not in (".", "!", "?", ":", "\n", '"')
        and not _EMOJI.fullmatch(tokens[i - 1].text)  # "… for students 📚 Could you share it": a new clause
    )


_EMOJI = regex.compile(r"[\p{So}\p{Sk}\p{Cf}\uFE0F]+")


def _names_the_writer(tokens: list[Token], i: int) -> bool:
    n = len(tokens)
    if i + 1 < n:
        lemma = tokens[i + 1].lemma
        if lemma == "です" or (lemma == "と" and i + 2 < n and tokens[i + 2].lemma == "申す"):
            return True
    if i >= 2 and tokens[i - 2].lnorm == "i" and tokens[i - 1].lnorm == "be":  # lnorm: normalize(lemma)
        return True
    return _writers_affiliation(tokens, i)


#: Verbs that tie the writer to a place or a firm: "I'm a graduate from …", "I work at …", "we're based in …".
_AFFILIATION_VERBS = frozenset({"be", "work", "graduate", "study", "come", "live", "base", "intern", "train", "volunteer"})
_AFFILIATION_PREPOSITIONS = frozenset({"from", "at", "of", "in", "with", "for"})
_CLAUSE_BREAKS = frozenset({"and", "but", "you", "your", "yours", "because", "so", "where", "when"})


_PLACED = frozenset({"based", "located", "trained", "qualified", "graduated", "headquartered"})


def _self_description(tokens: list[Token], k: int) -> bool:
    """Whether ``tokens[k]`` ends the start of the writer's description of themselves, "I am a recent" in
    "I am a recent Physiotherapy graduate": back to "I am" over words that are neither verbs in -ing nor
    prepositions ("I am writing about the Kafka Summit" is not one)."""
    for j in range(k, max(-1, k - 6), -1):
        t = tokens[j]
        if t.is_punct or t.lnorm in _CLAUSE_BREAKS or t.lnorm in _AFFILIATION_PREPOSITIONS or t.lnorm in ("about", "on", "to", "by"):
            return False
        if t.lnorm == "be":
            return j > 0 and tokens[j - 1].lnorm in ("i", "we")
        if t.lnorm.endswith("ing"):
            return False
    return False


def _writers_affiliation(tokens: list[Token], i: int) -> bool:
    """Whether the English name at ``tokens[i]`` is where the writer works, studies or comes from, in a
    clause of theirs: "I am a recent graduate from the University of Salford", "I'm Tom from BrightReach",
    "we're a studio based in Leeds". Not "I loved your talk at PyCon" (their talk), nor "I saw the Kafka
    Summit keynote" (no tie of the writer's)."""
    if not tokens[i].text[:1].isascii():
        return False  # English only: a Japanese name's writer is told by です and と申します
    k = i - 1
    # back over "the" and the name's own capitalised words ("the University of …", "Leeds Beckett") to its preposition
    while k >= 0 and (tokens[k].lnorm in ("the", "a", "an") or (k > i - 4 and tokens[k].text[:1].isupper() and tokens[k].lnorm != "i")):
        k -= 1
    if k >= 0 and tokens[k].lnorm not in _AFFILIATION_PREPOSITIONS:
        return _self_description(tokens, k)  # "I am a recent Physiotherapy graduate": the writer's own noun
    if k < 0:
        return False
    before = tokens[k - 1].norm if k else ""
    if before.endswith(("ed", "ing")) and before not in _PLACED:
        return False  # "I'm interested in the Kafka Summit", "I'm speaking at PyCon": no tie of the writer's
    verb = False
    for j in range(k - 1, max(-1, k - 12), -1):
        t = tokens[j]
        if t.is_punct or t.lnorm in _CLAUSE_BREAKS:
            return False
        if t.lnorm in _AFFILIATION_VERBS:
            verb = True
        elif t.lnorm in ("i", "we") and verb:
            return True
    return False
