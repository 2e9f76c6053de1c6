"""A private voice where a professional one is due: mixed です・ます and だ・である, slang, emoji runs.

## What it does
Japanese: decides each sentence's register from its final predicate, the way textlint's
``no-mix-dearu-desumasu`` does but on UniDic's analysis: an ending whose auxiliaries include
``助動詞-マス``/``助動詞-デス`` (です, ました, ませんでした, ましょう) or ください is です・ます; the
copula だ／である, a plain verb or adjective in its 終止形 (読んだ, 思う, すごい) or ない is
だ・である. Noun endings (体言止め), a request cut short with ず (「どうぞお気になさらず。」), greetings, text in quotations (「…」, "…", （…）), headings and
list items (■, ・, ※, 1., 【…】) have no register and are skipped, and so is the signature block (a
name line such as 「割烹 きのした」, which UniDic may cut into a verb and た); so is an ending on the classical
copula なり, which UniDic finds in a shop's name after a contact block (「助産院なりた」). When a message has both, each
sentence in the minority register is reported, and the message says which register dominates
(です・ます wins a tie). One sentence in speech's plain form (「…と感じてしまう。」, not だ・である)
among five or more です・ます sentences is a slip readers forgive, and is not reported: blind
labelers never called it mixing.

On a professional platform (``linkedin*``, ``email``) it also reports casual endings and markers:
〜じゃん, 〜っす, マジ(で), ヤバい, 草, ｗ runs, (笑); and in English, slang and chat spelling
("tbh", "wanna", "gonna", "bro", "lol", "haha", "u" for "you"; a friendly "Hiya" is a greeting, not slang) and a string of three or more
emoji, or of two in a message that holds four or more (「土屋様🐝🐝 …平野です🌸🌸」: a chat's voice all
through it; one emoji here and there is fine). On ``x`` and ``facebook``, where a casual voice is normal, only the です/だ mixing is
reported, and there only the written plain style counts as だ・である (素晴らしいのである, 課題だ): a
spoken plain ending among polite sentences (読んだ, 聞きたい, 思ってたところなんだ: の contracted
to ん is speech) is how people talk there. Words inside
quotation marks are never reported.

## Why is this bad?
The advice is to keep the professional and the personal apart (002 §3) and to know each
platform's habits (002 §1): on LinkedIn or in a cold e-mail a private voice makes the writer
look careless, and a message that slides between です and だ reads as if pasted together.

## Example
Bad (Japanese):

    はじめまして、佐藤と申します。先日のご講演、とても勉強になった。ぜひつながりたいです。

Better:

    はじめまして、佐藤と申します。先日のご講演、とても勉強になりました。ぜひつながりたいです。

Bad (English), as a LinkedIn note:

    Hey Dana, tbh ur talk was great haha 🔥🔥🔥 wanna connect?

Better:

    Hi Dana, your talk on offline-first sync was the clearest I have heard. Would you be open to connecting?
"""

from __future__ import annotations

import re
from typing import Iterator

import regex

from ..analysis.layout import signature_start
from ..analysis.phrases import find_pattern, lazy_pattern, load_data
from ..core.context import Context
from ..core.document import Document, Sentence, Token, is_word
from ..core.finding import Finding, Severity
from ..core.rule import Rule

_DATA = load_data("mixed-register.toml")
_SLANG = lazy_pattern(
    r"(?i)(?<![\w@#/.'’-])(?:" + "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in _DATA["en"]["slang"]) + r")(?![\w@/'’-])"
)
_LAUGH = regex.compile(r"(?i)(?<![\w@#/.'’-])(?:a?(?:ha){2,8}h?|(?:he){2,8}h?|lo{1,5}l)(?![\w@/'’-])")
_CHAT_YOU = lazy_pattern(
    r"(?<=[A-Za-z][ \t]{1,3})(?:" + "|".join(regex.escape(w) for w in _DATA["en"]["chat_you"]) + r")(?=[ \t]{1,3}[A-Za-z]|[ \t]{0,3}[?!,.](?![\w.]))"
    r"|(?<![\w.'’-])r[ \t]{1,3}u(?![\w'’.-])"
)
# Every match of _SLANG, _LAUGH or _CHAT_YOU is a whole run of ASCII letters (the lookarounds
# exclude a letter on either side), so a draft none of whose lower-cased letter runs is one of
# these words cannot match them: a cheap test that spares the three scans on most drafts.
_TRIGGER_WORDS = frozenset(
    [w.split()[0].lower() for w in _DATA["en"]["slang"]]
    + [w.lower() for w in _DATA["en"]["chat_you"]]
    + [a + "ha" * n + h for a in ("", "a") for n in range(2, 9) for h in ("", "h")]
    + ["he" * n + h for n in range(2, 9) for h in ("", "h")]
    + ["l" + "o" * n + "l" for n in range(1, 6)]
)
_LETTER_RUN = re.compile(r"[a-z]+")
# Characters the case-insensitive patterns equate with an ASCII letter but str.lower() does not
# turn into that letter alone (İ → i̇, ſ): with them the test is skipped.
_ODD_CASE = ("\u0130", "\u017f")
_PREFILTER = all(_LETTER_RUN.fullmatch(w) for w in _TRIGGER_WORDS)  # a word with a digit or a dot: no shortcut
_VARIABLES = frozenset("bcdefghjklmnopqstvwxyz")  # one-letter words that are not "a", "I", "r", "u"
_EMOJI = regex.compile(r"\p{Extended_Pictographic}|\p{Regional_Indicator}")
_GRAPHEME = regex.compile(r"\X")
_JA_W = regex.compile(r"(?<=[\p{Han}\p{Hiragana}\p{Katakana}ー!！?？…。、])[wｗＷ]{1,12}(?![\w.\-/])")
_JA_LAUGH = regex.compile(r"[（(]\s{0,2}(?:笑|爆笑|汗)\s{0,2}[)）]")
# Quotations and asides: their words are someone else's or an aside, not the writer's register.
_QUOTED = regex.compile(
    r"「[^「」]{0,300}」|『[^『』]{0,300}』|\"[^\"\n]{0,300}\"|“[^“”]{0,300}”|‘[^‘’\n]{0,300}’"
)
_ASIDE = regex.compile(r"（[^（）\n]{0,200}）|\([^()\n]{0,200}\)|【[^【】\n]{0,100}】")
# A line that is a heading, a list item, a note or quoted mail has no sentence register.
_LABEL_LINE = lazy_pattern(
    r"(?m)^[ \t\u3000]{0,8}(?:[■□◆◇●○◎・※#＃>＞\-*•★☆▼▽▶►→【\[〔]|[0-9０-９]{1,3}[.)）．、:]|[（(][0-9０-９一二三四五六七八九十]{1,3}[)）]"
    r"|[①-⑳]|(?:件名|Subject|Re|Fwd|宛先|差出人)[ \t]{0,2}[:：])"
)
_CASUAL_LEMMAS = frozenset(_DATA["ja"]["casual_lemmas"])
_CASUAL_COPULAS = frozenset(_DATA["ja"]["casual_copulas"])
_CASUAL_SURFACES = _CASUAL_COPULAS | {"笑", "草"}
_NOT_WORD = frozenset({"補助記号", "PUNCT", "空白", "記号"})
_SKIP_AT_END = frozenset({"終助詞", "接続助詞", "準体助詞", "副助詞"})
_POLITE, _PLAIN = "polite", "plain"


class MixedRegister(Rule):
    code = "OL602"
    name = "mixed-register"
    languages = frozenset({"ja", "en"})
    severity = Severity.WARNING
    advice = "002 §1, §3"
    doc_ja = """
    ## 何をするか
    日本語では、各文の文末の述語からその文の文体を判定します（textlintの ``no-mix-dearu-desumasu``
    と同じ考え方を、UniDicの解析で行います）。文末の助動詞に ``助動詞-マス``・``助動詞-デス``
    （です、ました、ませんでした、ましょう）が含まれるか「ください」で終われば「です・ます」、
    だ・である、動詞や形容詞の終止形（読んだ、思う、すごい）、「ない」で終われば「だ・である」です。
    体言止め、「ず」で言いさした依頼（「どうぞお気になさらず。」）、あいさつ、引用（「…」、"…"、（…））の中、見出しや箇条書き（■、・、※、1.、【…】）、署名（UniDic が動詞と「た」に切ることのある「割烹 きのした」のような名前の行）、UniDic が古語の助動詞「なり」と読む語尾（連絡先の後の屋号「助産院なりた」）は
    判定しません。一通の中に両方があると、少数派の文体の文をそれぞれ報告し、どちらの文体が
    優勢かを伝えます（同数なら「です・ます」を優勢とします）。五文以上の「です・ます」の中に話し言葉の常体の文
    （「…と感じてしまう。」。だ・であるではない）が一文だけあるのは、読み手が気にしない揺れなので報告しません。

    ビジネス向けのプラットフォーム（``linkedin*``、``email``）では、くだけた語尾や表現も報告します：
    〜じゃん、〜っす、マジ(で)、ヤバい、草、ｗの連続、(笑)。英語ではスラングやチャット表記
    （"tbh"、"wanna"、"gonna"、"bro"、"lol"、"haha"、you の意味の "u"。親しげな挨拶 "Hiya" は俗語ではありません）と3つ以上続く絵文字（絵文字が4つ以上ある文面では2つ続くものも：「土屋様🐝🐝 …平野です🌸🌸」。ところどころに一つずつなら問題ありません）です。
    くだけた文体が普通の ``x`` と ``facebook`` では、です／だの混在だけを報告します。そこでは書き言葉の
    「だ・である」（素晴らしいのである、課題だ）だけを常体とみなし、丁寧な文の中の話し言葉の常体
    （読んだ、聞きたい、「の」が「ん」に縮んだ「思ってたところなんだ」）は報告しません。
    かぎかっこや引用符の中の語は報告しません。

    ## なぜ問題か
    記事は仕事とプライベートを分けること（002 §3）、各プラットフォームの作法を知ること（002 §1）を
    勧めています。LinkedInやビジネスメールでの私的な口調は雑な印象を与え、です・だが入り混じった
    文章は寄せ集めのように読めます。

    ## 例
    悪い例：

        はじめまして、佐藤と申します。先日のご講演、とても勉強になった。ぜひつながりたいです。

    より良い例：

        はじめまして、佐藤と申します。先日のご講演、とても勉強になりました。ぜひつながりたいです。

    悪い例（英語、LinkedInのメモ）： ``Hey Dana, tbh ur talk was great haha 🔥🔥🔥 wanna connect?``

    より良い例（英語）： ``Hi Dana, your talk on offline-first sync was the clearest I have heard.``
    """
    messages = {
        "minority_plain": {
            "en": "This sentence ends in the plain だ・である style, but the message is mostly です・ます ({major} of {total} sentences)",
            "ja": "この文は「だ・である」調ですが、本文は「です・ます」調が中心です（{total}文中{major}文）",
        },
        "minority_polite": {
            "en": "This sentence ends in です・ます, but the message is mostly in the plain だ・である style ({major} of {total} sentences)",
            "ja": "この文は「です・ます」調ですが、本文は「だ・である」調が中心です（{total}文中{major}文）",
        },
        "to_polite": {
            "en": "End it in です・ます like the rest of the message.",
            "ja": "ほかの文に合わせて「です・ます」で結んでください。",
        },
        "to_plain": {
            "en": "End it in the same plain style as the rest, or rewrite the whole message in です・ます.",
            "ja": "ほかの文に合わせるか、全体を「です・ます」に統一してください。",
        },
        "casual_ja": {
            "en": "「{word}」 is casual chat language; {platform} expects a professional voice",
            "ja": "「{word}」はくだけた表現です。{platform}ではビジネスの文体が期待されます",
        },
        "slang": {
            "en": "'{word}' is slang or chat spelling; {platform} expects a professional voice",
            "ja": "'{word}' はスラング・チャット表記です。{platform}ではビジネスの文体が期待されます",
        },
        "emoji": {
            "en": "A string of emoji reads as a private chat on {platform}",
            "ja": "絵文字の連続は{platform}では私的なチャットのように見えます",
        },
        "casual_fix": {
            "en": "Say it in plain professional words, or leave it out.",
            "ja": "ビジネスにふさわしい言葉に言い換えるか、削除してください。",
        },
        "emoji_fix": {
            "en": "Keep at most one emoji, or none.",
            "ja": "絵文字は使わないか、一つまでにしてください。",
        },
    }

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        text = doc.text
        quoted = [(m.start(), m.end()) for m in find_pattern(_QUOTED, text)] if _has_any(text, "「『\"“‘") else []
        findings: list[Finding] = []
        if doc.lang == "ja":
            asides = quoted + ([(m.start(), m.end()) for m in find_pattern(_ASIDE, text)] if _has_any(text, "（(【") else [])
            findings.extend(self._mixing(doc, ctx, asides))
        if ctx.platform.professional:
            findings.extend(self._casual(doc, ctx, quoted))
        findings.sort(key=lambda f: (f.start, f.end))
        yield from findings

    # -- です・ます vs だ・である --------------------------------------------------------
    def _mixing(self, doc: Document, ctx: Context, quoted: list[tuple[int, int]]) -> Iterator[Finding]:
        registers: list[tuple[str, int, int]] = []
        written = 0  # plain sentences in the written style, だ・である
        text = doc.text
        signature = signature_start(doc)
        for sentence, tokens in doc.iter_sentences():
            if sentence.start >= signature:
                break  # 「割烹 きのした」: a signature's name is no sentence, whatever the tokenizer makes of it
            line_start = text.rfind("\n", 0, sentence.start) + 1
            if _LABEL_LINE.match(text, line_start) or _inside(sentence.start, quoted):
                continue
            own = [t for t in tokens if not _inside(t.start, quoted)] if quoted else tokens
            register = sentence_register(own)
            if register == _PLAIN and _continues_on_next_line(doc, sentence):
                continue  # 先日お送りした / 資料について: a hard-wrapped clause, not a sentence end
            is_written = register == _PLAIN and _written_plain(own)
            if register == _PLAIN and not ctx.platform.professional and not is_written:
                continue  # on X or Facebook 「全部読んだ」 among polite sentences is the platform's voice (002 §1)
            if register is not None:
                registers.append((register, sentence.start, sentence.end))
                written += is_written
        polite = sum(1 for r, _, _ in registers if r == _POLITE)
        plain = len(registers) - polite
        if not polite or not plain:
            return
        dominant = _POLITE if polite >= plain else _PLAIN
        major = max(polite, plain)
        if dominant == _POLITE and plain == 1 and polite >= 5 and not written:
            return  # one spoken plain sentence among five or more polite ones: a slip readers forgive
        for register, start, end in registers:
            if register == dominant:
                continue
            key = "minority_plain" if register == _PLAIN else "minority_polite"
            fix_key = "to_polite" if dominant == _POLITE else "to_plain"
            yield self.finding(
                ctx, start, end, self.say(ctx, key, major=major, total=len(registers)), suggestion=self.say(ctx, fix_key)
            )

    # -- casual words on a professional platform ---------------------------------------------
    def _casual(self, doc: Document, ctx: Context, quoted: list[tuple[int, int]]) -> Iterator[Finding]:
        text = doc.text
        platform = _short(ctx.platform.describe(ctx.locale))
        taken: list[tuple[int, int]] = []

        def report(start: int, end: int, key: str, **fields: str) -> Finding | None:
            if _inside(start, quoted) or any(s < end and start < e for s, e in taken):
                return None
            taken.append((start, end))
            fix = "emoji_fix" if key == "emoji" else "casual_fix"
            return self.finding(ctx, start, end, self.say(ctx, key, platform=platform, **fields), suggestion=self.say(ctx, fix))

        hits: list[Finding | None] = []
        # three in a row, or pairs all through a message that holds many (「土屋様🐝🐝 …平野です🌸🌸 …見ました✨✨」)
        least = 2 if _emoji_count(text) >= _MANY_EMOJI else 3
        for start, end in emoji_runs(text, least):
            hits.append(report(start, end, "emoji"))
        if doc.lang == "ja":
            for pattern, marks in ((_JA_LAUGH, "笑汗"), (_JA_W, "wｗＷ")):
                if not _has_any(text, marks):
                    continue  # every match holds one of these
                for m in find_pattern(pattern, text):
                    hits.append(report(m.start(), m.end(), "casual_ja", word=m.group()))
            for start, end in _casual_ja(doc):
                hits.append(report(start, end, "casual_ja", word=text[start:end]))
        elif _may_have_slang(text):
            for pattern in (_SLANG, _LAUGH, _CHAT_YOU):
                for m in find_pattern(pattern, text):
                    if pattern is _CHAT_YOU and _beside_variables(text, m.start(), m.end()):
                        continue  # "vectors u and v": a variable, not "you"
                    hits.append(report(m.start(), m.end(), "slang", word=m.group()))
        yield from (h for h in hits if h is not None)


def _written_plain(tokens: list[Token]) -> bool:
    """A sentence ending in the written plain style, だ・である (素晴らしいのである, 課題だ), not in
    speech's plain forms (読んだ, 最高だった, 聞きたい)."""
    words = [t for t in tokens if is_word(t.text)]
    if not words:
        return False
    last = words[-1]
    if last.lemma == "有る" and len(words) > 1 and words[-2].text == "で":
        return True  # である
    # 「…ところなんだ」: the explanatory の contracted to ん is speech; 「…なのだ」 is written
    return last.lemma == "だ" and last.text == "だ" and not (len(words) > 1 and words[-2].text == "ん")


def sentence_register(tokens: list[Token]) -> str | None:
    """``"polite"`` (です・ます), ``"plain"`` (だ・である) or None, from the sentence's final predicate."""
    j = len(tokens) - 1
    question = False  # なぜそうしたのか。: a plain question is rhetoric, not a change of register
    while j >= 0:
        t = tokens[j]
        if t.pos in ("補助記号", "記号", "空白", ""):
            j -= 1
            continue
        if t.pos == "助詞" and t.pos2 in _SKIP_AT_END:
            if t.pos2 == "接続助詞" and t.lemma == "て":
                return None  # はじめまして。: a て-form leaves the sentence without a final predicate
            question = question or t.lemma in ("か", "かしら")
            j -= 1
            continue
        break
    if j < 0:
        return None
    register = _predicate_register(tokens, j, question)
    if register is not None and _is_formula(tokens[: j + 1]):
        return None  # checked last: most sentences are not set phrases, and it only ever clears
    return register


def _predicate_register(tokens: list[Token], j: int, question: bool) -> str | None:
    """The register of the predicate ending at ``tokens[j]``."""
    last = tokens[j]
    plain = None if question else _PLAIN
    if last.pos == "助動詞":
        k = j
        while k >= 0 and tokens[k].pos == "助動詞":
            aux = tokens[k]
            if aux.ctype in ("助動詞-マス", "助動詞-デス"):
                return None if aux.text in _CASUAL_COPULAS else _POLITE
            if aux.lemma == "なり":
                return None  # 「助産院なりた」: UniDic's classical copula after a noun is a name's ending, no register
            k -= 1
        if k >= 0 and tokens[k].lemma == "下さる":  # くださいませ
            return _POLITE
        if last.ctype == "助動詞-ダ" and not last.cform.startswith("終止形"):
            return None  # で, な: the sentence is cut off, not ended
        if last.text == "ず":
            return None  # 「どうぞお気になさらず。」「ご無理なさらず。」: a request cut short (〜ずに), not だ・である
        if last.cform.startswith(("終止形", "連体形")) or last.cform == "":
            return plain
        return None
    if last.pos == "動詞":
        if last.lemma in ("下さる", "御座る", "為さる", "いらっしゃる") and last.cform.startswith("命令形"):
            return _POLITE  # ください, くださいませ
        if last.cform.startswith("終止形"):
            return plain
        return None
    if last.pos == "形容詞" and last.cform.startswith("終止形"):
        return plain
    return None


def _continues_on_next_line(doc: Document, sentence: Sentence) -> bool:
    """The sentence stops at a line break, unpunctuated, and the next line opens with a noun or particle."""
    if sentence.last >= len(doc.tokens) or doc.tokens[sentence.last - 1].text[-1:] in "。．！？!?」』)）":
        return False
    gap = doc.text[sentence.end : doc.tokens[sentence.last].start]
    if gap.count("\n") != 1:
        return False
    return doc.tokens[sentence.last].pos in ("名詞", "助詞", "接尾辞", "助動詞", "代名詞")


def _is_formula(tokens: list[Token]) -> bool:
    """A set phrase (ありがとうございます, よろしくお願いします) is polite in any register."""
    words: list[Token] = []
    for t in tokens:
        pos = t.pos
        if pos in _NOT_WORD or (not pos and not is_word(t.text)):
            continue  # punctuation (Token.is_punct), a space or a symbol
        if not words and (pos == "感動詞" or t.lemma not in ("宜しく", "御")):
            return pos == "感動詞"  # the set phrases below open with 宜しく or 御
        words.append(t)
        if len(words) > 6:
            return False  # too long for either set phrase below
    if not words:
        return True
    lemmas = [t.lemma for t in words]
    return lemmas[:1] == ["宜しく"] and "願う" in lemmas and len(words) <= 6 or lemmas[:2] == ["御", "願う"] and len(words) <= 5


def _casual_ja(doc: Document) -> Iterator[tuple[int, int]]:
    tokens = doc.tokens
    # Case-fold all lemmas in one call (NUL never occurs in a casual lemma, so splitting on it
    # keeps each of those whole): no surface or lemma below, no need for the token walk.
    if {t.text for t in tokens}.isdisjoint(_CASUAL_SURFACES) and _CASUAL_LEMMAS.isdisjoint(
        "\0".join({t.lemma for t in tokens}).casefold().split("\0")
    ):
        return
    for i, t in enumerate(tokens):
        if t.lemma.casefold() in _CASUAL_LEMMAS or (t.pos == "助動詞" and t.text in _CASUAL_COPULAS):  # normalize_lemma
            end = t.end
            if t.lemma == "まじ" and i + 1 < len(tokens) and tokens[i + 1].text == "で" and tokens[i + 1].start == t.end:
                end = tokens[i + 1].end  # マジで
            yield t.start, end
        elif t.text == "笑" or t.text == "草":
            if _is_laugh(tokens, i):
                yield t.start, t.end


def normalize_lemma(t: Token) -> str:
    return t.lemma.casefold()


def _is_laugh(tokens: list[Token], i: int) -> bool:
    """草 or 笑 used as "lol": ending a sentence after a predicate, not the grass or a smile."""
    prev = tokens[i - 1] if i > 0 else None
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if nxt is not None and nxt.start == tokens[i].end and not (nxt.is_punct or nxt.pos == "記号" or nxt.text[:1] in "wｗＷ"):
        return tokens[i].text == "草" and nxt.lemma == "生える"  # 草生える
    if prev is None or prev.end != tokens[i].start:
        return False
    if tokens[i].text == "笑":
        return prev.pos in ("助動詞", "動詞", "形容詞", "補助記号") or prev.pos2 == "終助詞"
    return prev.pos in ("助動詞", "動詞", "形容詞") or prev.text in ("で", "て", "は", "まじ", "マジ")


def _may_have_slang(text: str) -> bool:
    """False only when no slang, laugh or chat-"u" pattern can match ``text``."""
    if not _PREFILTER or any(c in text for c in _ODD_CASE):
        return True
    return not _TRIGGER_WORDS.isdisjoint(_LETTER_RUN.findall(text.lower()))


def _beside_variables(text: str, start: int, end: int) -> bool:
    """Another one-letter word within two words of the match ("u and v", "x, y and u")."""
    before = text[max(0, start - 40) : start].split()[-2:]
    after = text[end : end + 40].split()[:2]
    return any(w.strip(",.;:()") in _VARIABLES for w in before + after)


#: Emoji in one message from which a pair of them is a run too: a chat's voice all through it.
_MANY_EMOJI = 4


def _emoji_count(text: str) -> int:
    return 0 if text.isascii() else len(_EMOJI.findall(text))


def emoji_runs(text: str, least: int = 3) -> Iterator[tuple[int, int]]:
    """Spans of ``least`` or more emoji in a row (spaces between them allowed), one grapheme each."""
    # Each emoji grapheme starts with an emoji code point: fewer of those than ``least``, no run.
    if text.isascii() or len(_EMOJI.findall(text)) < least:
        return
    run_start = run_end = -1
    count = 0
    for m in find_pattern(_GRAPHEME, text):
        g = m.group()
        if _EMOJI.match(g):
            if count == 0:
                run_start = m.start()
            count += 1
            run_end = m.end()
        elif g in (" ", "\t", "\u3000") and count:
            continue
        else:
            if count >= least:
                yield run_start, run_end
            count = 0
    if count >= least:
        yield run_start, run_end


def _has_any(text: str, chars: str) -> bool:
    return any(c in text for c in chars)


def _inside(offset: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= offset < e for s, e in spans)


def _short(description: str) -> str:
    """The platform's name without its limits: "LinkedIn connection note (…)" -> "LinkedIn connection note"."""
    for mark in (" (", "（"):
        description = description.split(mark)[0]
    return description
