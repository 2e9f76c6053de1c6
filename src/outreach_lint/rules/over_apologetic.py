"""Apologies and self-deprecation piled up: "forgive the intrusion… I'm only an intern, but…".

## What it does
Counts the apologies ("sorry to bother you", "forgive the intrusion", "I hate to impose",
お手を煩わせてしまい申し訳ありません, ご迷惑をおかけしてすみません) and self-deprecations ("I'm only an
intern", "I'm just a hobby perfumer": a hedge before a noun of any trade, "probably wasting your time",
"probably a stupid question", 未熟者ですが, 私ごときが, 「しつこくて大変失礼なのは承知しておりますが」) in a draft.
When there are two or more,
each one is a finding. One courtesy phrase ("sorry for the cold message", 突然のご連絡失礼いたします,
お忙しいところ恐縮ですが) is good manners and is never a finding on its own.

Japanese business mail is built from cushion phrases, so in Japanese a conventional courtesy
formula (突然のご連絡失礼いたします, お忙しいところ恐縮ですが, 失礼を承知で) weighs half an apology:
an opener plus 恐縮ですが stays silent, 恐縮 piled up three or four times does not. お手数ですが
and 恐れ入りますが, which only soften a request, are not counted at all. Sympathy ("sorry to hear
about the layoffs") is not an apology.

## Why is this bad?
The advice is not to be shy or stiff but to reach out with confidence (002 §4). One apology for
writing out of the blue is polite; a message that keeps apologising, or runs its writer down,
reads as unsure of its own worth and makes the reader do the work of reassuring a stranger.

## Example
Bad (English):

    Hi Dana, sorry to bother you, and forgive the intrusion. I'm only an intern, so this is
    probably a stupid question, but how did you scale your on-call rotation?

Better:

    Hi Dana, sorry for the cold message. I'm an SRE intern at Fieldnote and your post on
    on-call rotations answered half my questions. How did you handle the hand-offs?

Bad (Japanese):

    山田様
    突然のご連絡、大変申し訳ございません。まだ未熟者で恐縮ですが、お手を煩わせてしまい申し訳ありません。

Better:

    山田様
    突然のご連絡失礼いたします。フィールドノートでSREをしております佐藤と申します。
    山田様のオンコール体制についての記事を拝見し、ご連絡いたしました。

## Options
- ``min-count`` (2): apologies and self-deprecations in one draft from which each is a finding.
- ``courtesy-weight-ja`` (0.5): what a conventional Japanese courtesy formula (突然のご連絡失礼いたします,
  恐縮ですが) counts for toward ``min-count``.
- ``extra-phrases`` (none): more phrases by language and group (``apology``, ``courtesy``,
  ``self_deprecation``, ``not_apology``); a plain list goes to ``apology``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

from ..analysis.introductions import is_trade_word
from ..analysis.phrases import PhraseList, PhraseMatch, analyzer_of, load_data
from ..core.context import Context
from ..core.document import Document
from ..core.finding import Finding, Severity
from ..core.rule import Options, Rule

_COUNTED = ("courtesy", "apology", "self_deprecation")


def _with_grammar(data: dict) -> dict:
    """The phrase data with the small grammar spelled out: "I'm only a … intern" is a hedge, up to
    four words, then a modest role."""
    for groups in data.values():
        hedges, roles = groups.pop("self_deprecation_hedge", []), groups.pop("self_deprecation_role", [])
        groups.setdefault("self_deprecation", []).extend(f"{h} ... {r}" for h in hedges for r in roles)
    return data


def _without_grammar(data: dict) -> dict:
    for groups in data.values():
        groups.pop("self_deprecation_hedge", None), groups.pop("self_deprecation_role", None)
    return data


# The same list without the grammar, for a draft in which no hedge or no role word occurs: the
# grammar's ~140 phrases start with "I" and would be tried at every "I" for nothing. Not a class
# attribute, so ``extra-phrases`` never lands here.
_PLAIN = PhraseList(_without_grammar(load_data("over-apologetic.toml")))
_GRAMMAR = {
    lang: (groups.get("self_deprecation_hedge", []), groups.get("self_deprecation_role", []))
    for lang, groups in load_data("over-apologetic.toml").items()
}
_HEDGES = PhraseList({lang: {"hedge": hedges} for lang, (hedges, _) in _GRAMMAR.items()})
_role_keys: dict[tuple[str, object], frozenset[str]] = {}  # by language and tokenizer


def _grammar_possible(doc: Document) -> bool:
    """Whether a hedge ("I'm just") and a role word both occur in ``doc``: else no grammar phrase matches."""
    analyzer = analyzer_of(doc)
    roles = _role_keys.get((doc.lang, analyzer))
    if roles is None:
        tokens = analyzer.tokens
        # roles are single words: a token matches one when its lemma or surface is the word's
        roles = _role_keys[(doc.lang, analyzer)] = frozenset(
            key for role in _GRAMMAR.get(doc.lang, ((), ()))[1] for t in tokens(role) for key in (t.lnorm, t.norm)
        )
    if not roles or roles.isdisjoint(doc.lemmas) and roles.isdisjoint([t.norm for t in doc.tokens]):
        return False
    return bool(_HEDGES.matches(doc))


def _hedged_trades(doc: Document, hits: list[PhraseMatch]) -> list[PhraseMatch]:
    """"I'm just a hobby perfumer", "I'm only a second-year pharmacist": a hedge, "a", up to three words
    and a noun of any trade (:func:`~outreach_lint.analysis.introductions.is_trade_word`) the role list
    does not hold."""
    tokens, out = doc.tokens, []
    for m in _HEDGES.matches(doc):
        if m.last >= len(tokens) or tokens[m.last].norm not in ("a", "an") or any(h.start <= m.start < h.end for h in hits):
            continue
        for k in range(m.last + 1, min(len(tokens), m.last + 7)):
            t = tokens[k]
            if t.text in ("-", "‐"):
                continue  # "second-year", split by the tokenizer
            if not t.text.isalpha():
                break  # punctuation ends the phrase: "I'm just a click away."
            if is_trade_word(t.text):
                out.append(PhraseMatch(m.start, t.end, m.first, k + 1, "self_deprecation", "hedge + trade"))
                break
    return out


@dataclass(frozen=True)
class OverApologeticOptions(Options):
    min_count: int = 2
    courtesy_weight_ja: float = 0.5


class OverApologetic(Rule):
    code = "OL601"
    name = "over-apologetic"
    severity = Severity.WARNING
    advice = "002 §4"
    options_class = OverApologeticOptions
    doc_ja = """
    ## 何をするか
    下書きの中のお詫び（「sorry to bother you」、「forgive the intrusion」、お手を煩わせてしまい
    申し訳ありません、ご迷惑をおかけしてすみません、重ね重ね申し訳ございません）と自己卑下（「I'm only an intern」、
    どんな職の名詞でも前に hedge がある「I'm just a hobby perfumer」、「probably wasting your time」、未熟者ですが、
    私ごときが、「しつこくて大変失礼なのは承知しておりますが」）を数えます。二つ以上あれば、その一つ一つを指摘します。礼儀としての一言
    （突然のご連絡失礼いたします、お忙しいところ恐縮ですが、「sorry for the cold message」）は
    マナーであり、それだけでは決して指摘しません。

    日本語のビジネスメールはクッション言葉でできているため、日本語の定型の挨拶（突然のご連絡失礼
    いたします、お忙しいところ恐縮ですが、失礼を承知で）はお詫び半分として数えます。書き出しの一言と
    「恐縮ですが」は指摘せず、「恐縮」が三つ四つと重なれば指摘します。依頼を和らげるだけの
    「お手数ですが」「恐れ入りますが」は数えません。「sorry to hear」のようなお見舞いはお詫びではありません。

    ## なぜ問題か
    記事の助言は、遠慮しすぎず堅くなりすぎず、自信を持って連絡すること（002 §4）です。突然の連絡を
    一言詫びるのは礼儀ですが、何度も謝ったり自分を下げたりする文面は自信がなさそうに読め、
    初対面の相手に「気にしないでください」と励ます手間をかけさせます。

    ## 例
    悪い例：

        山田様
        突然のご連絡、大変申し訳ございません。まだ未熟者で恐縮ですが、お手を煩わせてしまい申し訳ありません。

    より良い例：

        山田様
        突然のご連絡失礼いたします。フィールドノートでSREをしております佐藤と申します。
        山田様のオンコール体制についての記事を拝見し、ご連絡いたしました。

    悪い例（英語）： ``Hi Dana, sorry to bother you, and forgive the intrusion. I'm only an intern, so this is probably a stupid question.``

    より良い例（英語）： ``Hi Dana, sorry for the cold message. I'm an SRE intern at Fieldnote and your post on on-call rotations answered half my questions.``

    ## オプション
    - ``min-count``（2）：この数以上のお詫び・自己卑下があれば、それぞれを指摘します。
    - ``courtesy-weight-ja``（0.5）：日本語の定型の挨拶（突然のご連絡失礼いたします、恐縮ですが）を
      ``min-count`` に対していくつと数えるか。
    - ``extra-phrases``（なし）：言語・グループ（``apology``、``courtesy``、``self_deprecation``、
      ``not_apology``）ごとに表現を追加します。リストだけなら ``apology`` に入ります。
    """
    messages = {
        "courtesy": {
            "en": "{phrase}: one of {count} apologies in this draft; one courtesy phrase is enough",
            "ja": "{phrase}：この下書きのお詫び{count}つのうちの一つです。礼儀の一言は一つで十分です",
        },
        "apology": {
            "en": "{phrase}: one of {count} apologies in this draft; write with confidence",
            "ja": "{phrase}：この下書きのお詫び{count}つのうちの一つです。自信を持って書きましょう",
        },
        "self_deprecation": {
            "en": "{phrase}: self-deprecation, one of {count} apologies in this draft",
            "ja": "{phrase}：自己卑下です（この下書きのお詫び・へりくだり{count}つのうちの一つ）",
        },
        "fix_courtesy": {
            "en": "Keep a single courtesy line, e.g. \"Sorry for the cold message.\", and drop the other apologies.",
            "ja": "「突然のご連絡失礼いたします。」のような一言を一つだけ残し、ほかのお詫びは削ってください。",
        },
        "fix_apology": {
            "en": "Drop it and say why you are writing, e.g. \"I'm writing because your post on X answered a question my team had.\"",
            "ja": "削って、連絡の理由を書きましょう。例：「○○の記事を拝見し、ぜひお話を伺いたくご連絡いたしました。」",
        },
        "fix_self_deprecation": {
            "en": "Say what you do instead, e.g. \"I'm a second-year CS student working on distributed systems.\"",
            "ja": "へりくだる代わりに自分のしていることを書きましょう。例：「大学院で分散システムを研究している佐藤と申します。」",
        },
    }

    phrases = PhraseList(_with_grammar(load_data("over-apologetic.toml")))  # extended by ``extra-phrases``

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        opts: OverApologeticOptions = self.options
        phrases = self.phrases
        if phrases is OverApologetic.phrases and not _grammar_possible(doc):
            phrases = _PLAIN  # the same matches: no grammar phrase can match this draft
        hits = phrases.matches(doc, _COUNTED)
        if doc.lang == "en":
            hits = hits + _hedged_trades(doc, hits)
        cancelled = phrases.matches(doc, ["not_apology"])
        hits = [h for h in hits if not any(c.start < h.end and h.start < c.end for c in cancelled)]
        if not hits:
            return
        courtesy = opts.courtesy_weight_ja if doc.lang == "ja" else 1.0
        weight = sum(courtesy if h.group == "courtesy" else 1.0 for h in hits)
        if weight < opts.min_count or len(hits) < min(2, opts.min_count):
            return
        for hit in hits:
            yield self._report(doc, ctx, hit, len(hits))

    def _report(self, doc: Document, ctx: Context, hit: PhraseMatch, count: int) -> Finding:
        start = hit.start
        if hit.first > 0 and doc.tokens[hit.first - 1].pos == "接頭辞":
            start = doc.tokens[hit.first - 1].start  # ご迷惑, お手: the honorific prefix is part of the word
        end = hit.end
        if hit.last < len(doc.tokens) and doc.tokens[hit.last].pos == "接尾辞":
            end = doc.tokens[hit.last].end  # 若輩者: the suffix belongs to the word
        phrase = doc.text[start:end]
        quoted = f"「{phrase}」" if ctx.locale == "ja" else f"'{phrase}'"
        # The better phrasing is in the draft's language, whatever the reader's locale.
        lang = doc.lang if doc.lang in ("ja", "en") else "en"
        suggestion = self.messages[f"fix_{hit.group}"][lang]
        return self.finding(ctx, start, end, self.say(ctx, hit.group, phrase=quoted, count=count), suggestion=suggestion)
