"""A first message with nothing in it about the recipient: no shared interest, no reference.

## What it does
With a recipient profile (``recipient`` in front matter or the API), looks in the draft for the
recipient's interests, company, the topic of their title and the words of their recent post,
matched by lemma (Japanese content words through UniDic lemmas, English through spaCy lemmas), so
inflections, plurals, case, full/half width and the honorifics and particles around a name
(``ACMEさんの``, ``山田様``) do not hide a mention. The greeting line does not count: a company named
only in "株式会社ACME 山田様" is an address, not an interest. Naming the person, or praising them in
general terms, is not a shared interest either; neither is a word the writer's own introduction
happens to share with an interest (a writer at センサ社 is not talking about センサフュージョン),
though a whole term counts wherever it is. The finding lists what was available to mention. A
draft that names something specific the profile does not list (a talk, a number, a place, a
person) is left alone, since a profile is rarely complete; so is a conversation the recipient has
already answered.

Without a profile, looks for any specific reference at all: a named post, talk, event or
project, a number, a quoted title, a link, a mutual contact, a person or a place, or at least two
words on a topic beyond the vocabulary every first message uses (``data/no-shared-interest.toml``).
The writer's own introduction does not count as a reference to the recipient. A subject line
("Subject: your talk on CRDTs") counts like the body.

## Why is this bad?
The advice (002 §5) is to research the person and find a shared interest before writing: it is
what makes a stranger's message worth answering. A note with nothing about them could have been
sent to anyone, and reads that way.

## Example
Bad (English), to a recipient whose interests are Rust and observability:

    Hi Dana, I'm a backend engineer at Fieldnote. I'd love to connect and learn from your
    experience.

Better:

    Hi Dana, I'm a backend engineer at Fieldnote. Your post on tracing async Rust services
    was the clearest explanation of span context I have read; we are moving to it next month.

Bad (Japanese), 関心が「Rust」「可観測性」の相手へ：

    山田様
    フィールドノートの佐藤と申します。ご活躍を拝見し、ぜひつながりたいと思いました。

Better:

    山田様
    フィールドノートの佐藤と申します。Rustの非同期処理でのトレーシングについての記事を拝見し、
    可観測性の設計について伺いたくご連絡しました。

## Options
- ``without-profile`` (true): also judge drafts that come with no recipient profile, by looking
  for any specific reference.
- ``min-topic-words`` (2): without a profile, how many distinct topic words (beyond the stock
  vocabulary) count as a specific reference.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator

import regex

from ..context import Context, Recipient
from ..document import Document, Token, normalize
from ..kinds import PhraseList, load_data
from ..rule import Finding, Options, Rule, Severity
from .generic_template import _JA_CONTENT_POS, body_span, doc_cached, has_alnum, is_content, subject_span

__all__ = ["NoSharedInterest", "mentioned_terms", "lemma_key"]

_DATA = load_data("no-shared-interest.toml")
_MUTUAL = PhraseList({lang: {"mutual": groups["mutual"]} for lang, groups in _DATA.items()})


def _words(lang: str, group: str) -> frozenset[str]:
    return frozenset(normalize(w) for w in _DATA[lang][group])


_GENERIC = {lang: _words(lang, "generic") for lang in _DATA}
_CUE = {lang: _words(lang, "cue") for lang in _DATA}
_AUTHORED = {lang: _words(lang, "authored") for lang in _DATA}
_TITLE_GENERIC = {lang: _words(lang, "title_generic") for lang in _DATA}
_LEGAL = {lang: _words(lang, "legal_form") for lang in _DATA}
_PLATFORM = {lang: _words(lang, "platform_name") for lang in _DATA}

_HONORIFIC = frozenset({"様", "さま", "さん", "殿", "先生", "氏", "くん", "君", "ちゃん"})
_QUOTED = regex.compile(r"「[^」\n]{2,60}」|『[^』\n]{2,60}』|\"[^\"\n]{3,80}\"|“[^”\n]{3,80}”|《[^》\n]{2,60}》")
_LINK = regex.compile(r"https?://\S{3,200}|www\.\S{3,200}|(?<![\w@])[@#][A-Za-z0-9_]{2,30}")
_DIGIT = regex.compile(r"[0-9０-９]")
# 三割, 十四店舗, 二〇二三年: a kanji numeral with a counter is a number; 一度, 一緒 are not.
_KANJI_NUMBER = regex.compile(r"[一二三四五六七八九十百千万〇]{1,6}(?:年|月|日|人|名|社|店|件|回目|割|万|億|倍|号|章|位|期|週|時間|分|%|％)")


def lemma_key(tok: Token, lang: str) -> str:
    """The lemma used for matching; UniDic's ``データ-data`` and ``私-代名詞`` lose their gloss."""
    key = tok.lnorm  # normalize(tok.lemma), computed once by the tokenizer
    if lang == "ja" and "-" in key[1:]:
        key = key.split("-", 1)[0]
    return key


@dataclass(frozen=True)
class NoSharedInterestOptions(Options):
    without_profile: bool = True
    min_topic_words: int = 2


@dataclass(frozen=True)
class _Term:
    kind: str  # interest, company, title, post
    label: str  # as the profile spells it
    keys: tuple[str, ...]  # content lemmas to look for


def _profile_terms(recipient: Recipient, lang: str) -> list[_Term]:
    from ..tokenizers import get_tokenizer

    tokenizer = get_tokenizer(lang)
    terms: list[_Term] = []

    def content_keys(text: str, drop: frozenset[str] = frozenset()) -> tuple[str, ...]:
        out = []
        for tok in tokenizer.tokens(text):
            key = lemma_key(tok, lang)
            if tok.norm in drop or key in drop or not any(c.isalnum() for c in tok.text):
                continue
            if is_content(tok, lang) or tok.pos2 == "固有名詞" or (lang == "ja" and tok.pos in ("記号", "")):
                out.append(key)
        return tuple(dict.fromkeys(out))

    for interest in recipient.interests:
        keys = content_keys(interest)
        if keys:
            terms.append(_Term("interest", interest, keys))
    if recipient.company:
        keys = content_keys(recipient.company, _LEGAL[lang])
        if keys:
            terms.append(_Term("company", recipient.company, keys))
    if recipient.title:
        keys = content_keys(recipient.title, _TITLE_GENERIC[lang] | _LEGAL[lang])
        if keys:
            terms.append(_Term("title", recipient.title, keys))
    if recipient.recent_post:
        keys = tuple(k for k in content_keys(recipient.recent_post) if k not in _GENERIC[lang])
        if keys:
            terms.append(_Term("post", recipient.recent_post, keys))
    return terms


def _name_keys(recipient: Recipient | None, lang: str) -> frozenset[str]:
    if recipient is None or not recipient.name:
        return frozenset()
    return _name_keys_cached(recipient.name, lang)


@lru_cache(maxsize=4096)
def _name_keys_cached(name: str, lang: str) -> frozenset[str]:
    from ..tokenizers import get_tokenizer

    return frozenset(lemma_key(t, lang) for t in get_tokenizer(lang).tokens(name)) | frozenset(
        normalize(w) for w in name.split()
    )


@lru_cache(maxsize=16384)
def _stem(key: str) -> str:
    """English keys lose a plural or -ing/-ed ending, so "dairy farms" meets "dairy farming"."""
    if key.isascii() and len(key) > 5:
        for suffix in ("ing", "ed", "es", "s"):
            if key.endswith(suffix):
                return key[: -len(suffix)]
    return key


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


def _term_found(term: _Term, key_set: set[str], everywhere: list[str], flat: str, lang: str) -> bool:
    """Whether ``term`` is mentioned: ``key_set`` are the stemmed keys outside the writer's own
    introduction; ``everywhere`` includes it, where only the whole term counts (a writer at
    センサ社 is not talking about センサフュージョン)."""
    need = tuple(_stem(k) for k in term.keys)
    if term.kind == "post":
        wanted = 1 if len(need) <= 3 else 2
        return sum(1 for k in need if k in key_set) >= wanted
    # "film photography" is met by "shooting film": any distinctive word of the term will do.
    if any(k in key_set and k not in _GENERIC[lang] and (len(k) >= 3 or not k.isascii()) for k in need):
        return True
    if _contiguous(need, everywhere):
        return True
    # MeCab may cut a compound differently inside a sentence: the written form still matches.
    label = "".join(normalize(term.label).split())
    return term.kind != "company" and len(label) >= 2 and not label.isascii() and label in flat


def mentioned_terms(doc: Document, ctx: Context, start: int, end: int) -> list[str]:
    """The recipient-profile terms the span ``[start, end)`` of the draft mentions."""
    recipient = ctx.recipient
    if recipient is None or recipient.is_empty or doc.lang not in _DATA:
        return []
    # generic-template asks about the same body span: worked out once per draft and profile
    cache = doc_cached(doc, "mentioned_terms", lambda d: {})
    found = cache.get((recipient, start, end))
    if found is None:
        found = cache[(recipient, start, end)] = _mentioned_terms(doc, recipient, start, end)
    return list(found)


def _mentioned_terms(doc: Document, recipient: Recipient, start: int, end: int) -> tuple[str, ...]:
    lang = doc.lang
    terms = _profile_terms_cached(recipient, lang)
    names = _name_keys(recipient, lang)
    own = own_introduction(doc)
    own_starts = [s for s, _ in own]  # sentence spans: sorted, disjoint
    scope: list[str] = []
    everywhere: list[str] = []
    tokens = doc.tokens
    starts = doc_cached(doc, "token_starts", lambda d: [t.start for t in d.tokens])
    for n in range(bisect_left(starts, start), len(tokens)):
        tok = tokens[n]
        if tok.end > end:
            break  # tokens run in text order: none after this one is in the span
        if not has_alnum(tok.text):
            continue
        key = lemma_key(tok, lang)
        if key in names:
            continue
        keys = [_stem(key)] + ([_stem(tok.norm)] if tok.norm != key else [])
        everywhere.append(keys[0])
        if own:
            k = bisect_right(own_starts, tok.start) - 1
            if k >= 0 and tok.start < own[k][1]:
                continue  # in the writer's own introduction
        scope.extend(keys)
    flat = "".join(normalize(doc.text[start:end]).split())
    key_set = set(scope)
    return tuple(term.label for term in terms if _term_found(term, key_set, everywhere, flat, lang))


@lru_cache(maxsize=4096)
def _profile_terms_cached(recipient: Recipient, lang: str) -> tuple[_Term, ...]:
    return tuple(_profile_terms(recipient, lang))


_ADDRESSING = frozenset({"you", "your", "yours", "様", "さん", "先生", "御社", "貴社", "貴殿", "あなた"})


def own_introduction(doc: Document) -> list[tuple[int, int]]:
    """Spans of the sentences in which the writer introduces themselves and says nothing of the
    recipient: what they name is about the writer (``センサ社の田中です``), not a reference."""
    return list(doc_cached(doc, "own_introduction", _own_introduction))


def _own_introduction(doc: Document) -> tuple[tuple[int, int], ...]:
    from .missing_introduction import introduction_sentences

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
        spans.append((s.start, s.end))
    return tuple(spans)


def specific_reference(
    doc: Document, ctx: Context, start: int, end: int, min_topic_words: int, hard_only: bool = False
) -> str | None:
    """What in ``[start, end)`` is a specific reference (a number, a name, a title…), or None.

    ``hard_only``: only what names something (a number, a title, a link, a person or place, a
    mutual contact), not topic words, which a self-centred pitch has plenty of.
    """
    lang = doc.lang
    if lang not in _DATA:
        return "language"
    text = doc.text
    skip = own_introduction(doc)
    skip_starts = [s for s, _ in skip]  # sentence spans: sorted, disjoint

    def skipped(a: int) -> bool:
        k = bisect_right(skip_starts, a) - 1
        return k >= 0 and a < skip[k][1]

    def kept(a: int, b: int) -> bool:
        return start <= a and b <= end and not (skip and skipped(a))

    for pattern, what in ((_QUOTED, "title"), (_LINK, "link")):
        for m in pattern.finditer(text, start, end):
            if kept(m.start(), m.end()):
                return what
    mutual = _MUTUAL.matches(doc)
    if mutual and any(kept(m.start, m.end) for m in mutual):
        return "mutual"
    greeting_names = {t.norm for t in doc.tokens if t.end <= start}
    names = _name_keys(ctx.recipient, lang) | greeting_names
    generic, cue, platform = _GENERIC[lang], _CUE[lang], _PLATFORM[lang]
    topics: set[str] = set()
    cue_seen = False
    sentence_first = {s.first for s in doc.sentences}
    tokens = doc.tokens
    n_tokens = len(tokens)
    ja = lang == "ja"
    digits = _DIGIT.search(text, start, end) is not None  # no digit in the span: no token has one
    for tok in tokens:
        if tok.end > end:
            break  # tokens run in text order: none after this one is in the span
        a = tok.start
        if a < start or (skip and skipped(a)) or not has_alnum(tok.text):
            continue
        key = tok.lnorm  # lemma_key(tok, lang)
        if ja and "-" in key[1:]:
            key = key.split("-", 1)[0]
        norm = tok.norm
        # A token that can be none of number, cue, name or topic changes nothing below: most are not.
        if ja:
            pos2 = tok.pos2
            useful = pos2 == "数詞" or pos2 == "固有名詞" or (
                tok.pos in _JA_CONTENT_POS and pos2 != "非自立可能" and key not in generic and norm not in generic
            )
        else:
            useful = tok.text[:1].isupper() or (key not in generic and norm not in generic and is_content(tok, lang))
        if not (useful or key in cue or norm in cue or (digits and _DIGIT.search(tok.text))):
            continue
        if norm in names or key in names:
            continue
        i = tok.i
        following = tokens[i + 1].text if i + 1 < n_tokens else ""
        if following in _HONORIFIC:
            continue  # 山田様, 田中さん: the person addressed, not a reference
        if _names_the_writer(tokens, i):
            continue  # 「徳永です」「井上と申します」, "I'm Ken": the writer's own name
        if (digits and _DIGIT.search(tok.text)) or (ja and tok.pos2 == "数詞" and _KANJI_NUMBER.match(text, a)):
            return "number"
        if key in cue or norm in cue:
            cue_seen = True
            continue
        if not ja:
            if (
                tok.text[:1].isupper()
                and i not in sentence_first
                and norm not in platform
                and key not in generic
                and tokens[i - 1].text not in (".", "!", "?", ":", "\n", '"')
            ):
                return "name"
        elif tok.pos2 == "固有名詞" and norm not in platform and key not in generic:
            return "name"
        if is_content(tok, lang) and key not in generic and norm not in generic:
            topics.add(key)
    if hard_only:
        return None
    if len(topics) >= min_topic_words or (cue_seen and topics):
        return "topic"
    return None


def _names_the_writer(tokens: list[Token], i: int) -> bool:
    n = len(tokens)
    if i + 1 < n:
        lemma = tokens[i + 1].lemma
        if lemma == "です" or (lemma == "と" and i + 2 < n and tokens[i + 2].lemma == "申す"):
            return True
    return i >= 2 and tokens[i - 2].lnorm == "i" and tokens[i - 1].lnorm == "be"  # lnorm: normalize(lemma)


class NoSharedInterest(Rule):
    code = "OL401"
    name = "no-shared-interest"
    severity = Severity.WARNING
    advice = "002 §5"
    options_class = NoSharedInterestOptions
    doc_ja = """
    ## 何をするか
    相手のプロフィール（front matter や API の ``recipient``）があるときは、相手の関心事・会社・役職の
    テーマ・最近の投稿の語が下書きに出てくるかを、見出し語で調べます（日本語の内容語は UniDic の見出し語、
    英語は spaCy の見出し語）。活用・複数形・大文字小文字・全角半角、名前のまわりの敬称や助詞
    （``ACMEさんの``、``山田様``）があっても見落としません。宛名の行は数えません。「株式会社ACME 山田様」
    とだけ書いた会社名は宛先であって関心ではありません。名前を呼ぶこと、一般的な言葉でほめることも
    共通の関心ではありません。書き手自身の自己紹介がたまたま関心事と同じ語を含んでいても（センサ社の田中と
    センサフュージョン）言及とはみなしません（語全体が出てくればどこでも数えます）。指摘には、触れられる項目の
    一覧を添えます。プロフィールにない具体的なもの（登壇、数字、地名、人名）に触れている下書きは、
    プロフィールが完全とは限らないので指摘しません。相手から返信のある会話も判定しません。

    プロフィールがないときは、具体的な言及があるかを調べます。名前のある投稿・登壇・イベント・
    プロジェクト、数字、引用された題名、リンク、共通の知人、人名や地名、あるいは初回メッセージの
    決まった語彙（``data/no-shared-interest.toml``）以外の話題の語が二つ以上。書き手自身の自己紹介は
    相手への言及に数えません。件名の行（「件名：PyConでのご講演について」）も本文と同じく数えます。

    ## なぜ問題か
    記事の助言（002 §5）は、連絡の前に相手を調べ、共通の関心を見つけることです。それが見知らぬ相手の
    メッセージに返事をする理由になります。相手について何もない文面は誰にでも送れるもので、そう読まれます。

    ## 例
    悪い例（関心が「Rust」「可観測性」の相手へ）：

        山田様
        フィールドノートの佐藤と申します。ご活躍を拝見し、ぜひつながりたいと思いました。

    より良い例：

        山田様
        フィールドノートの佐藤と申します。Rustの非同期処理でのトレーシングについての記事を拝見し、
        可観測性の設計について伺いたくご連絡しました。

    悪い例（英語、関心が Rust と observability の相手へ）：

        Hi Dana, I'm a backend engineer at Fieldnote. I'd love to connect and learn from your
        experience.

    より良い例（英語）：

        Hi Dana, I'm a backend engineer at Fieldnote. Your post on tracing async Rust services
        was the clearest explanation of span context I have read; we are moving to it next month.

    ## オプション
    - ``without-profile``（true）：プロフィールのない下書きも、具体的な言及の有無で判定します。
    - ``min-topic-words``（2）：プロフィールがないとき、具体的な言及とみなす話題の語（決まった語彙以外）の数。
    """
    messages = {
        "profile": {
            "en": "Nothing here is about {who}: looked for their interests, company, title topic and recent post; available to mention: {available}",
            "ja": "{who}についての内容がありません。関心事・会社・役職のテーマ・最近の投稿を探しました。触れられる項目：{available}",
        },
        "no_profile": {
            "en": "No specific reference to the recipient: looked for a named post, talk, event, project, number, mutual contact or place and found none",
            "ja": "相手についての具体的な言及がありません。投稿・登壇・イベント・プロジェクトの名前、数字、共通の知人、地名などを探しましたが見つかりませんでした",
        },
        "suggest_profile": {
            "en": "Mention one of these in a sentence that shows you looked: what in it interested you, and why.",
            "ja": "このうち一つに触れ、何に関心を持ったのか、なぜなのかを一文で書いてください。",
        },
        "suggest": {
            "en": "Add one concrete thing about them: a post or talk by name, a project, a mutual contact, and why it made you write.",
            "ja": "相手についての具体的な一点（投稿や登壇の名前、プロジェクト、共通の知人）と、それが連絡の理由になったことを書いてください。",
        },
        "them": {"en": "the recipient", "ja": "相手"},
    }

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        start, end = body_span(doc)
        tokens = doc.tokens
        head = next((t for t in tokens if start <= t.start and t.end <= end and not t.is_punct), None)
        if head is None:
            return
        tail = next(t for t in reversed(tokens) if start <= t.start and t.end <= end and not t.is_punct)
        first, last = head.start, tail.end
        # A subject line ("Subject: your talk on CRDTs") speaks to the recipient as much as the body.
        spans = [(start, end)] + ([subject] if (subject := subject_span(doc)) else [])
        recipient = ctx.recipient
        has_profile = recipient is not None and bool(
            recipient.company or recipient.title or recipient.interests or recipient.recent_post
        )
        if has_profile:
            assert recipient is not None
            if ctx.they_replied or any(mentioned_terms(doc, ctx, s, e) for s, e in spans):
                return
            # Something named that the profile does not list (a talk, a number, a place): the
            # profile may be incomplete, and the draft plainly was written for someone.
            min_topics = self.options.min_topic_words
            if any(specific_reference(doc, ctx, s, e, min_topics, hard_only=True) for s, e in spans):
                return
            terms = _profile_terms_cached(recipient, doc.lang)
            if not terms:
                return
            sep = "、" if ctx.locale == "ja" else ", "
            available = sep.join(dict.fromkeys(_shorten(t.label) for t in terms))
            who = recipient.name or self.say(ctx, "them")
            yield self.finding(
                ctx, first, last, self.say(ctx, "profile", who=who, available=available),
                suggestion=self.say(ctx, "suggest_profile"),
            )
            return
        if not self.options.without_profile:
            return
        if not any(specific_reference(doc, ctx, s, e, self.options.min_topic_words) for s, e in spans):
            yield self.finding(ctx, first, last, self.say(ctx, "no_profile"), suggestion=self.say(ctx, "suggest"))


def _shorten(label: str) -> str:
    label = " ".join(label.split())
    return label if len(label) <= 40 else label[:39] + "…"
