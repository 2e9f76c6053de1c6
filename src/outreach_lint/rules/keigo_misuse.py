"""Honorifics done wrong: 二重敬語, 謙譲語 stacked on させていただく, させていただく piled up.

## What it does
Reads the Japanese draft's verbs by their UniDic lemma and conjugation, so every inflected form
is caught (ご覧になられる, ご覧になられました, ご覧になられて, ご覧になられない), and reports:

- **二重敬語**, an honorific verb given a second honorific ending: ご覧になられる (→ ご覧になる),
  お越しになられる, お読みになられる and every other お／ご〜になられる, おっしゃられる (→ おっしゃる),
  いらっしゃられる, 召し上がられる, なさられる; with the ``title-sama`` option, a job title given
  様 (社長様 → 社長).
- **謙譲語 stacked on させていただく**: 拝見させていただく (→ 拝見する), 拝読させていただく,
  伺わせていただく / お伺いさせていただく (→ 伺う), 申し上げさせていただく, 参らせていただく.
- **a humble verb used for the other person's act**: 申される (→ おっしゃる), 拝見される (→ ご覧になる).
- **させていただく piled up**: three or more (the ``sasete-itadaku`` option) within about 400
  characters. The first one stays; each later one is reported with a plainer humble form
  (担当させていただきます → 担当いたします, 送らせていただきます → 送ります).

Each finding carries the corrected form, conjugated to match the draft (ご覧になられました →
ご覧になりました, 拝見させていただいて → 拝見して), as a safe fix. お伺いする, お見えになる and
お召し上がりになる are accepted usage (文化庁「敬語の指針」) and are not reported; nor is one
ご連絡させていただきます on its own. Japanese only.

## Why is this bad?
The advice is to approach politely (002 §5), and over-polite is not polite: a reader who knows
keigo reads 二重敬語 as a mistake and a run of させていただきます as servile and wordy, the
opposite of the confident, brief first impression the message is meant to make.

## Example
Bad (Japanese):

    先日のご講演資料を拝見させていただきました。山田様がおっしゃられていた設計の話が印象的でした。

Better:

    先日のご講演資料を拝見しました。山田様がおっしゃっていた設計の話が印象的でした。

English has no keigo: the rule does not run on English drafts. The nearest English fault,
stacked formulas such as "I would humbly like to kindly request", belongs to ``over-apologetic``.

## Options
- ``sasete-itadaku`` (3): how many させていただく within about 400 characters make a pile-up.
- ``title-sama`` (false): also report a job title given 様 (田中社長様 → 田中社長). Manuals call it
  二重敬語, but it is common and accepted in letters and mail: none of the blind labelers, native
  readers, called 社長様, 部長様 or 院長様 a fault (0 of 7 drafts), so it is off by default.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

import regex

from ..analysis.phrases import load_data
from ..core.context import Context
from ..core.document import Document, Token
from ..core.finding import Finding, Fix, Severity
from ..core.rule import Options, Rule

_DATA = load_data("keigo-misuse.toml")["ja"]
_HONORIFIC_VERBS = frozenset(_DATA["honorific_verbs"])
_HUMBLE_VERBS = frozenset(_DATA["humble_verbs"])
_HUMBLE_NOUNS = frozenset(_DATA["humble_nouns"])
_HUMBLE_TO_HONORIFIC: dict[str, str] = dict(_DATA["humble_to_honorific"])
_TITLES = frozenset(_DATA["titles"])
_VERBAL_NOUN = regex.compile(r"^[\p{Han}\p{Katakana}ー]+$")  # 担当, 連絡, ヒアリング: take いたす
_WINDOW = 400  # characters: "one short message" (too-long's sensible length for Japanese)


@dataclass(frozen=True)
class KeigoMisuseOptions(Options):
    sasete_itadaku: int = 3
    title_sama: bool = False


class KeigoMisuse(Rule):
    code = "OL603"
    name = "keigo-misuse"
    languages = frozenset({"ja"})
    severity = Severity.WARNING
    advice = "002 §5"
    fixable = True
    options_class = KeigoMisuseOptions
    doc_ja = """
    ## 何をするか
    日本語の下書きの動詞をUniDicの見出し語と活用で読み、活用形がどうであっても（ご覧になられる、
    ご覧になられました、ご覧になられて、ご覧になられない）次のものを報告します。

    - **二重敬語**：尊敬語にさらに尊敬の「れる・られる」を重ねたもの。ご覧になられる（→ご覧になる）、
      お越しになられる・お読みになられるなど「お／ご〜になられる」全般、おっしゃられる（→おっしゃる）、
      いらっしゃられる、召し上がられる、なさられる。``title-sama`` オプションを有効にすると、役職に「様」を付けたもの（社長様→社長）も。
    - **謙譲語＋させていただく**：拝見させていただく（→拝見する）、拝読させていただく、
      伺わせていただく・お伺いさせていただく（→伺う）、申し上げさせていただく、参らせていただく。
    - **相手の行為に謙譲語**：申される（→おっしゃる）、拝見される（→ご覧になる）。
    - **させていただくの重ねすぎ**：約400文字の中に3回以上（``sasete-itadaku`` オプション）。
      最初の一つは残し、二つ目以降をより簡素な謙譲表現（担当させていただきます→担当いたします、
      送らせていただきます→送ります）とともに報告します。

    どの指摘にも、下書きの活用に合わせた正しい形（ご覧になられました→ご覧になりました、
    拝見させていただいて→拝見して）を安全な自動修正として付けます。お伺いする・お見えになる・
    お召し上がりになるは文化庁「敬語の指針」で定着した言い方とされるため報告しません。
    一度だけの「ご連絡させていただきます」も報告しません。日本語のみが対象です。

    ## なぜ問題か
    記事は丁寧に、好印象を与えるよう勧めています（002 §5）。しかし丁寧すぎは丁寧ではありません。
    敬語を知る読み手には二重敬語は誤りに、させていただきますの連続はへりくだりすぎで冗長に映り、
    自信のある簡潔な第一印象とは逆の効果になります。

    ## 例
    悪い例：

        先日のご講演資料を拝見させていただきました。山田様がおっしゃられていた設計の話が印象的でした。

    より良い例：

        先日のご講演資料を拝見しました。山田様がおっしゃっていた設計の話が印象的でした。

    英語には敬語がないため、英語の下書きには適用しません。

    ## オプション
    - ``sasete-itadaku``（3）：約400文字の中でいくつの「させていただく」を重ねすぎとみなすか。
    - ``title-sama``（false）：役職に「様」を付けたもの（田中社長様→田中社長）も報告します。マナー本では二重敬語と
      されますが、手紙やメールでは広く使われ許容されています。ブラインドのラベル付けでは誰もこれを誤りとしなかった
      （7件中0件）ため、既定では無効です。
    """
    messages = {
        "double": {
            "en": "二重敬語: 「{found}」 gives an honorific verb a second honorific ending",
            "ja": "二重敬語：「{found}」は尊敬語に尊敬の「れる・られる」を重ねています",
        },
        "title": {
            "en": "二重敬語: 「{found}」: a job title is already an honorific; drop 様",
            "ja": "二重敬語：「{found}」役職名はそれ自体が敬称です。「様」は不要です",
        },
        "humble_stack": {
            "en": "二重敬語: 「{found}」 stacks させていただく on a humble (謙譲) verb",
            "ja": "二重敬語：「{found}」は謙譲語にさらに「させていただく」を重ねています",
        },
        "humble_for_them": {
            "en": "「{found}」 uses a humble (謙譲) verb for the other person's act",
            "ja": "「{found}」は相手の行為に謙譲語を使っています",
        },
        "pile": {
            "en": "させていただく used {count} times within {window} characters: it reads servile and wordy",
            "ja": "「させていただく」が{window}文字の中に{count}回あり、へりくだりすぎで冗長です",
        },
        "fix": {"en": "Write 「{fixed}」.", "ja": "「{fixed}」としてください。"},
        "fix_plain": {
            "en": "Say it plainly: 〜します or 〜いたします instead of 〜させていただきます.",
            "ja": "「〜させていただきます」を「〜します」「〜いたします」に言い換えてください。",
        },
        "fix_request": {
            "en": "Ask plainly: 「{fixed}もよろしいでしょうか」.",
            "ja": "「{fixed}もよろしいでしょうか」のように言い換えてください。",
        },
    }

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        tokens = doc.tokens
        taken: set[int] = set()  # token indices already reported
        findings: list[Finding] = []
        sasete: list[_Sasete] = []
        for i, tok in enumerate(tokens):
            if tok.pos == "助動詞" and tok.lemma in ("れる", "られる") and i > 0:
                f = self._double_or_humble(doc, ctx, i)
                if f is not None:
                    findings.append(f)
                    taken.update(range(_index_at(doc, f.start), i + 1))
            elif self.options.title_sama and tok.lemma == "様" and tok.pos == "接尾辞" and i > 0 and tokens[i - 1].lemma in _TITLES:
                first = tokens[i - 1].start
                if i >= 2 and tokens[i - 2].pos == "接頭辞" and tokens[i - 2].end == first:
                    first = tokens[i - 2].start  # 副社長様
                title = doc.text[first : tokens[i - 1].end]
                findings.append(
                    self.finding(
                        ctx, first, tok.end, self.say(ctx, "title", found=title + tok.text),
                        suggestion=self.say(ctx, "fix", fixed=title),
                        fix=Fix(first, tok.end, title),
                    )
                )
            elif tok.lemma == "頂く" and tok.pos == "動詞":
                s = _sasete_at(tokens, i)
                if s is not None:
                    sasete.append(s)
        for s in sasete:
            if s.humble:
                findings.append(self._sasete_finding(doc, ctx, s, "humble_stack"))
                taken.update(range(s.first, s.itadaku + 1))
        limit = max(1, self.options.sasete_itadaku)
        reported: set[int] = set()
        for k in range(len(sasete) - limit + 1):
            window = sasete[k : k + limit]
            if tokens[window[-1].itadaku].end - tokens[window[0].first].start > _WINDOW:
                continue
            origin = tokens[window[0].first].start
            cluster = [s for s in sasete if 0 <= tokens[s.first].start - origin <= _WINDOW]
            for s in cluster[1:]:
                if s.itadaku in reported or s.itadaku in taken:
                    continue
                reported.add(s.itadaku)
                f = self._sasete_finding(doc, ctx, s, "pile", count=len(cluster))
                findings.append(f)
        findings.sort(key=lambda f: (f.start, f.end))
        yield from findings

    # -- 二重敬語 and humble-for-them: a verb + れる/られる ---------------------------------
    def _double_or_humble(self, doc: Document, ctx: Context, i: int) -> Finding | None:
        tokens = doc.tokens
        aux = tokens[i]
        verb = tokens[i - 1]
        start_i: int | None = None
        target = ctype = ""
        key = "double"
        if verb.pos == "動詞" and verb.lemma in _HONORIFIC_VERBS:
            start_i, target, ctype = i - 1, verb.base, verb.ctype  # おっしゃられる → おっしゃる
        elif verb.pos == "動詞" and verb.lemma == "成る" and i >= 3 and tokens[i - 2].text == "に":
            head = tokens[i - 3]
            if head.lemma == "御覧":
                start_i = i - 3
            elif i >= 4 and tokens[i - 4].pos == "接頭辞" and tokens[i - 4].lemma == "御" and head.pos in ("動詞", "名詞"):
                start_i = i - 4  # お越しになられる, ご出席になられる
            if start_i is None:
                return None
            target, ctype = verb.base, verb.ctype
            replace_from = i - 1
        elif verb.pos == "動詞" and verb.lemma in _HUMBLE_TO_HONORIFIC:
            start_i, target, key = i - 1, _HUMBLE_TO_HONORIFIC[verb.lemma], "humble_for_them"  # 申される
            ctype = "五段-ラ行"
        elif verb.lemma == "為る" and i >= 2 and tokens[i - 2].lemma in _HUMBLE_TO_HONORIFIC:
            start_i, key = i - 2, "humble_for_them"  # 拝見される → ご覧になる
            target, ctype = _HUMBLE_TO_HONORIFIC[tokens[i - 2].lemma], "五段-ラ行"
        else:
            return None
        if key == "humble_for_them" or verb.lemma in _HONORIFIC_VERBS:
            replace_from = start_i
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        conjugated = conjugate(target, ctype, aux.cform, nxt)
        if conjugated is None:
            return None
        end_i = _chain_end(tokens, i)
        start, end = tokens[start_i].start, tokens[end_i].end
        text = doc.text
        fixed = text[start : tokens[replace_from].start] + conjugated + text[aux.end : end]
        found = text[start:end]
        return self.finding(
            ctx, start, end, self.say(ctx, key, found=found),
            suggestion=self.say(ctx, "fix", fixed=fixed), fix=Fix(start, end, fixed),
        )

    def _sasete_finding(self, doc: Document, ctx: Context, s: "_Sasete", key: str, count: int = 0) -> Finding:
        tokens = doc.tokens
        text = doc.text
        itadaku = tokens[s.itadaku]
        end_i = _chain_end(tokens, s.itadaku)
        start, end = tokens[s.first].start, tokens[end_i].end
        found = text[start:end]
        fields = {"found": found, "count": count, "window": _WINDOW}
        plain = self.say(ctx, "fix_plain")
        if not s.target:
            return self.finding(ctx, start, end, self.say(ctx, key, **fields), suggestion=plain)
        if itadaku.ctype.startswith("下一段"):  # いただける: asking permission; rephrase, no automatic fix
            te = te_form("する" if s.target in ("する", "いたす") else s.target, "サ行変格" if s.target in ("する", "いたす") else s.ctype)
            if te is None:
                return self.finding(ctx, start, end, self.say(ctx, key, **fields), suggestion=plain)
            request = text[start : tokens[s.replace_from].start] + te
            return self.finding(ctx, start, end, self.say(ctx, key, **fields), suggestion=self.say(ctx, "fix_request", fixed=request))
        nxt = tokens[s.itadaku + 1] if s.itadaku + 1 < len(tokens) else None
        conjugated = conjugate(s.target, s.ctype, itadaku.cform, nxt)
        if conjugated is None:
            return self.finding(ctx, start, end, self.say(ctx, key, **fields), suggestion=plain)
        fixed = text[start : tokens[s.replace_from].start] + conjugated + text[itadaku.end : end]
        return self.finding(
            ctx, start, end, self.say(ctx, key, **fields),
            suggestion=self.say(ctx, "fix", fixed=fixed), fix=Fix(start, end, fixed),
        )


@dataclass(frozen=True)
class _Sasete:
    first: int  # first token of the expression (ご of ご連絡, 拝見, 送ら)
    replace_from: int  # first token the corrected verb replaces
    itadaku: int  # the いただく token
    target: str  # the verb that replaces tokens[replace_from..itadaku], dictionary form
    humble: bool  # 謙譲語 + させていただく: 二重敬語
    ctype: str  # UniDic conjugation type of target


def _sasete_at(tokens: list[Token], i: int) -> _Sasete | None:
    """させていただく ending at token ``i`` (頂く), with what replaces it."""
    if i < 3 or tokens[i - 1].text != "て" or tokens[i - 2].lemma not in ("せる", "させる"):
        return None
    causer = i - 2
    verb = tokens[causer - 1]
    if verb.lemma == "為る" and causer >= 2:  # 拝見さ-せ, 担当さ-せ, ご連絡さ-せ
        noun_i = causer - 2
        if tokens[noun_i].text == "を" and noun_i > 0:  # ご案内をさせていただく
            noun_i -= 1
        noun = tokens[noun_i]
        if noun.pos not in ("名詞", "接尾辞"):
            return None
        first = noun_i - 1 if noun_i > 0 and tokens[noun_i - 1].lemma == "御" and tokens[noun_i - 1].pos == "接頭辞" else noun_i
        humble = noun.lemma in _HUMBLE_NOUNS
        if not humble and not _VERBAL_NOUN.match(noun.text):
            return _Sasete(first, causer - 1, i, "", False, "")  # まとめさせて: no safe rewrite known
        if humble:
            return _Sasete(first, causer - 1, i, "する", True, "サ行変格")
        return _Sasete(first, causer - 1, i, "いたす", False, "五段-サ行")
    if verb.pos != "動詞":
        return None
    verb_i = causer - 1
    first = verb_i - 1 if verb_i > 0 and tokens[verb_i - 1].lemma == "御" and tokens[verb_i - 1].pos == "接頭辞" else verb_i
    humble = verb.lemma in _HUMBLE_VERBS
    return _Sasete(first, first, i, verb.base, humble, verb.ctype)


def _chain_end(tokens: list[Token], i: int) -> int:
    """The last token of the auxiliary chain after token ``i`` (ます, た, たい, ない, う)."""
    j = i
    while j + 1 < len(tokens) and tokens[j + 1].start == tokens[j].end:
        nxt = tokens[j + 1]
        if nxt.pos == "助動詞" and nxt.lemma in ("ます", "た", "たい", "ない", "ぬ", "う", "ん"):
            j += 1
        elif nxt.pos == "助詞" and nxt.lemma in ("て", "ば"):  # おっしゃられて → おっしゃって
            return j + 1
        else:
            break
    return j


def _index_at(doc: Document, offset: int) -> int:
    tok = doc.token_at(offset)
    return tok.i if tok is not None else 0


# -- conjugation --------------------------------------------------------------------------
# 五段 rows by the dictionary form's last kana: (未然, 連用, 仮定/命令, 意志, 音便 before て/た).
_GODAN = {
    "う": ("わ", "い", "え", "お", "っ"),
    "く": ("か", "き", "け", "こ", "い"),
    "ぐ": ("が", "ぎ", "げ", "ご", "い"),
    "す": ("さ", "し", "せ", "そ", "し"),
    "つ": ("た", "ち", "て", "と", "っ"),
    "ぬ": ("な", "に", "ね", "の", "ん"),
    "ぶ": ("ば", "び", "べ", "ぼ", "ん"),
    "む": ("ま", "み", "め", "も", "ん"),
    "る": ("ら", "り", "れ", "ろ", "っ"),
}
# Honorific verbs whose 連用形 before ます and 命令形 end in い (おっしゃいます, いらっしゃい).
_I_HONORIFICS = ("おっしゃる", "仰る", "いらっしゃる", "なさる", "為さる", "くださる", "下さる", "ござる")


def conjugate(verb: str, ctype: str, cform: str, following: Token | None) -> str | None:
    """``verb`` (dictionary form, UniDic conjugation type ``ctype``) in the form ``cform``.

    ``cform`` is the conjugation form of the word being replaced and ``following`` the token
    after it: before て/た a 五段 verb takes its 音便 form (なられて → なって). Returns None for a
    form this table does not know; the finding then carries no fix.
    """
    if verb.endswith("になる") and verb != "になる":  # ご覧になる: conjugate なる
        out = conjugate("なる", "五段-ラ行", cform, following)
        return None if out is None else verb[:-2] + out
    kind = cform.split("-")[0]
    before_te = following is not None and following.lemma in ("て", "た", "たり") and following.text[:1] in "てたでだ"
    if ctype == "サ行変格" and verb.endswith("する"):
        stem = verb[:-2]
        forms = {"未然形": "し", "連用形": "し", "終止形": "する", "連体形": "する", "仮定形": "すれ", "命令形": "しろ", "意志推量形": "しよ"}
        return None if kind not in forms else stem + forms[kind]
    if ctype.startswith(("上一段", "下一段")) and verb.endswith("る"):
        stem = verb[:-1]
        forms = {"未然形": stem, "連用形": stem, "終止形": verb, "連体形": verb, "仮定形": stem + "れ", "命令形": stem + "ろ", "意志推量形": stem + "よ"}
        return forms.get(kind)
    row = _GODAN.get(verb[-1:])
    if not ctype.startswith("五段") or row is None:
        return None
    stem = verb[:-1]
    a, i, e, o, onbin = row
    if kind == "連用形":
        if before_te:
            return stem + ("っ" if verb.endswith(("行く", "いく")) else onbin)
        return stem + ("い" if verb in _I_HONORIFICS else i)
    if kind == "命令形":
        return stem + ("い" if verb in _I_HONORIFICS else e)
    return {"未然形": stem + a, "終止形": verb, "連体形": verb, "仮定形": stem + e, "意志推量形": stem + o}.get(kind)


def te_form(verb: str, ctype: str) -> str | None:
    """The て-form (送って, 読んで, 拝見して), for a rephrased request."""
    stem = conjugate(verb, ctype, "連用形", Token("て", 0, "て"))
    if stem is None:
        return None
    return stem + ("で" if ctype.startswith("五段") and verb[-1:] in "ぐぬぶむ" else "て")
