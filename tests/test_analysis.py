"""The analysis layer: facts computed once per draft, phrases tokenized by the draft's own
pipeline, and every phrase list extensible the same way."""

from __future__ import annotations

import pytest

from outreach_lint import Document, Linter, Token
from outreach_lint.analysis import PhraseList
from outreach_lint.analysis.layout import body_span
from outreach_lint.analysis.references import profile_terms
from outreach_lint.core.context import Recipient
from outreach_lint.core.document import per_draft
from outreach_lint.registry import discover_rules, phrase_lists
from outreach_lint.tokenizers import tokenize


def test_a_per_draft_fact_is_computed_once_per_document_and_arguments():
    calls = []

    @per_draft
    def words_between(doc: Document, start: int, end: int) -> int:
        calls.append((start, end))
        return sum(1 for t in doc.tokens if start <= t.start and t.end <= end)

    doc = tokenize("Hi Dana, your talk on sync was great.", "en")
    assert words_between(doc, 0, 8) == words_between(doc, 0, 8) == 3
    assert words_between(doc, 0, 100) == 10
    assert calls == [(0, 8), (0, 100)]
    other = tokenize("Hi Dana, your talk on sync was great.", "en")
    words_between(other, 0, 8)
    assert len(calls) == 3  # another document: its own facts
    assert not any(isinstance(k, str) for k in doc.facts)  # keyed by function, never by name


def test_shared_facts_are_cached_on_the_document():
    doc = tokenize("Hi Dana,\n\nYour talk helped.\n\nBest,\nKen", "en")
    assert body_span(doc) is body_span(doc)
    assert body_span.uncached in doc.facts


class _ShoutingTokenizer:
    """A stand-in pipeline whose lemmas are upper case: phrases must be tokenized by it too."""

    lang = "en"

    def tokens(self, text: str) -> list[Token]:
        out, pos = [], 0
        for word in text.split():
            start = text.index(word, pos)
            out.append(Token(word, start, lemma=word.upper(), i=len(out)))
            pos = start + len(word)
        return out

    def __call__(self, text: str) -> Document:
        tokens = self.tokens(text)
        return Document(text, "en", tokens, analyzer=self)


def test_phrases_are_tokenized_by_the_pipeline_that_tokenized_the_draft():
    phrases = PhraseList({"en": {"ask": ["reply soon"]}})
    shouting = _ShoutingTokenizer()
    doc = shouting("please reply soon thanks")
    (match,) = phrases.matches(doc)
    assert doc.text[match.start : match.end] == "reply soon"
    # each pipeline compiles its own copy of the phrases
    assert {key[1] for key in phrases._compiled} == {shouting}
    plain = tokenize("please reply soon thanks", "en")
    assert len(phrases.matches(plain)) == 1
    assert {key[1] for key in phrases._compiled} == {shouting, plain.analyzer}


def test_profile_terms_are_tokenized_by_the_drafts_pipeline():
    recipient = Recipient(interests=("offline sync",))
    shouting = _ShoutingTokenizer()
    (term,) = profile_terms(shouting("hello"), recipient)
    assert term.keys == ("offline", "sync")  # the stand-in's tokens, normalised like every lemma


def test_every_phrase_list_is_a_class_attribute_extensible_by_extra_phrases():
    rules = [lr.rule for lr in discover_rules()[0] if lr.origin == "outreach-lint"]
    with_phrases = [r for r in rules if phrase_lists(r)]
    assert {r.name for r in with_phrases} >= {"generic-template", "missing-introduction", "pushy", "demands-reply"}
    for rule in with_phrases:
        lists = phrase_lists(rule)
        attr, plist = next(iter(lists.items()))
        lang = next(lang for lang in ("en", "ja") if plist.groups(lang))
        group = plist.groups(lang)[0]
        linter = Linter({"select": [rule.name], "rules": {rule.name: {"extra-phrases": {lang: ["zzq extra phrase"]}}}})
        (built,) = linter.rules
        extended = getattr(built, attr)
        assert extended is not getattr(rule, attr)
        assert "zzq extra phrase" in extended._source[lang][group], rule.name


@pytest.mark.parametrize(
    "rule, draft, config_phrase",
    [
        # "bread is my trade" is no introduction the built-in list knows; configured, it is one.
        (
            "missing-introduction",
            "Hi Dana, bread is my trade, at the corner shop. Your PyCon talk on offline-first sync answered a question "
            "we had argued about for months. Would you be open to connecting?",
            "be my trade",
        ),
    ],
)
def test_extra_phrases_change_what_a_rule_sees(rule, draft, config_phrase):
    before = Linter({"select": [rule]}).lint(draft, lang="en", platform="linkedin")
    after = Linter({"select": [rule], "rules": {rule: {"extra-phrases": {"en": {"introduction": [config_phrase]}}}}}).lint(
        draft, lang="en", platform="linkedin"
    )
    assert [f.rule for f in before.findings] == [rule]
    assert after.findings == []


def test_a_greeting_addressed_to_no_one_is_one_fact_for_both_rules_that_read_it():
    from outreach_lint.analysis.layout import nobody_addressed
    from outreach_lint.engine import DraftInput, Linter

    linter = Linter()

    def doc(text, lang):
        return linter._prepare(DraftInput(body=text, lang=lang)).doc

    for text, lang, words in [("Dear Sir/Madam,\n\nI run a bakery.", "en", "Dear Sir/Madam"),
                              ("株式会社ACME\nご担当者様\n\nいつもお世話になっております。", "ja", "ご担当者様"),
                              ("関係者各位\n\nお世話になっております。", "ja", "関係者各位"),
                              # one of many: any "valued" reader, a neighbour, a club's coach with no name
                              ("Dear Valued Farmer,\n\nEvery season brings uncertainty.", "en", "Dear Valued Farmer"),
                              ("Hi neighbor! Dale here with Prairie Shield.", "en", "Hi neighbor"),
                              ("緑ヶ丘サッカークラブ 指導者様\n\nはじめまして。", "ja", "緑ヶ丘サッカークラブ 指導者様")]:
        d = doc(text, lang)
        span = nobody_addressed(d)
        assert span is not None and d.text[span[0]:span[1]] == words
    # A named addressee, or the words in the body, are not a greeting to no one.
    assert nobody_addressed(doc("Dear Ms Patel,\n\nI run a bakery.", "en")) is None
    assert nobody_addressed(doc("Dear Mr Valued,\n\nI run a bakery.", "en")) is None
    assert nobody_addressed(doc("山田様\n\nご担当者様にもよろしくお伝えください。", "ja")) is None


def test_japanese_lemmas_lose_unidics_gloss_so_word_lists_match_them():
    # UniDic writes the lemma of a loanword with its source (サンプル-sample) and of some pronouns with
    # a tag (私-代名詞); a rule's word list holds サンプル, so the token's lemma must too
    from outreach_lint.tokenizers import tokenize

    doc = tokenize("サンプルのデータを私がお送りします", "ja")
    lemmas = {t.text: t.lemma for t in doc.tokens}
    assert lemmas["サンプル"] == "サンプル" and lemmas["データ"] == "データ"
    assert "-" not in lemmas["私"]


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Hi Rosa,\n\nI'm Mark from Clearpath. Whatever your goals for customer retention, our experts help you reach them.\n\n"
         "Open to a quick call?\n\nMark", "en"),
        ("山口様\n\nはじめまして。ネクストリンクの佐藤です。貴社の人材育成への取り組みを拝見し、大変共感いたしました。"
         "一度お話しできれば幸いです。\n\n佐藤", "ja"),
    ],
)
def test_a_weak_reference_counts_for_nothing_once_the_draft_model_leans_to_a_form_letter(monkeypatch, text, lang):
    # from references.WEAK_REFERENCE_SURE (0.4) the draft model's judgement outweighs topic words or the act
    # model's reading of a sentence as theirs; below it, they stay a reference
    from outreach_lint.analysis import references as R
    from outreach_lint.core.context import Context
    from outreach_lint.core.platforms import get_platform

    doc = tokenize(text, lang)
    ctx = Context(platform=get_platform("email"))
    start, end = body_span(doc)
    assert R.anchored_reference(doc, ctx, start, end) is not None
    monkeypatch.setattr(R, "draft_judgements", lambda d: {"form_letter": 0.3, "one_sided_ask": 0.0})
    assert R.refers_to_recipient(doc, ctx, start, end)
    monkeypatch.setattr(R, "draft_judgements", lambda d: {"form_letter": 0.5, "one_sided_ask": 0.0})
    assert not R.refers_to_recipient(doc, ctx, start, end)


def test_a_work_named_stays_a_reference_below_the_sure_form_letter(monkeypatch):
    from outreach_lint.analysis import references as R
    from outreach_lint.core.context import Context
    from outreach_lint.core.platforms import get_platform

    doc = tokenize("前田様\n\nはじめまして、コミュニティ運営をしている阿部と申します。若手育成の基調講演に感銘を受けました。"
                   "ぜひつながりたいと思いご連絡いたしました。", "ja")
    ctx = Context(platform=get_platform("linkedin"))
    start, end = body_span(doc)
    assert R.anchored_reference(doc, ctx, start, end) is not None
    monkeypatch.setattr(R, "draft_judgements", lambda d: {"form_letter": 0.7, "one_sided_ask": 0.0})
    assert R.refers_to_recipient(doc, ctx, start, end)  # the keynote on youth development is named


def test_words_someone_said_in_quotes_are_no_title_of_theirs():
    # a customer's words quoted in a pitch name no work of the reader's; a title quoted as a post still does
    from outreach_lint.analysis import references as R
    from outreach_lint.core.context import Context
    from outreach_lint.core.platforms import get_platform

    ctx = Context(platform=get_platform("email"))
    said = tokenize("お客様からは「月次の締めが早くなった」「経営の数字が見えるようになった」といったお声をいただいております。", "ja")
    assert R.specific_reference(said, ctx, 0, len(said.text), 2) is not R.Reference.TITLE
    told = tokenize("担当者様からは「とても助かった」と言われました。", "ja")
    assert R.specific_reference(told, ctx, 0, len(told.text), 2) is not R.Reference.TITLE
    praised = tokenize("導入いただいたお客様からは、「業務時間が大幅に削減できた」「テレワークにもスムーズに対応できた」など、"
                       "大変ご好評をいただいております。", "ja")
    assert R.specific_reference(praised, ctx, 0, len(praised.text), 2) is not R.Reference.TITLE
    title = tokenize("大橋様の「処理場を作って五年」という記事を拝読しました。", "ja")
    assert R.specific_reference(title, ctx, 0, len(title.text), 2) is R.Reference.TITLE


_LINE_OF_DOING = [
    ("東埼プラスチック工業株式会社\n総務部 小野様\n\nはじめまして。埼玉県三郷市で産業廃棄物の収集運搬を行っております、"
     "株式会社丸高環境サービスの石田と申します。\n\n貴社の環境への積極的なお取り組みを拝見し、ぜひ一度ご挨拶申し上げたく"
     "ご連絡いたしました。\n\n当社では、廃プラスチック・木くず・金属くずなど幅広い品目に対応しております。\n\n石田 亮介",
     "ja", ("環境への積極的な", "2025年の環境への")),
    ("Hi Brendan,\n\nI'm Chloe, Head of Growth at Elevate Creative, a full-service digital agency.\n\nOur data-driven approach "
     "means every campaign is tailored to your unique goals, and we've helped brands of all sizes grow.\n\nChloe",
     "en", ("every campaign is", "your 2025 campaign was")),
]


@pytest.mark.parametrize("text, lang, numbered", _LINE_OF_DOING)
def test_a_whole_line_of_doing_is_no_work_named_in_a_sure_form_letter(monkeypatch, text, lang, numbered):
    # 取り組み, 事業, "campaign" fit any company: in a draft the model is sure is a form letter they save nothing,
    # however surely the act model reads the sentence as theirs; a number beside them still names one
    from outreach_lint.analysis import references as R
    from outreach_lint.core.context import Context
    from outreach_lint.core.platforms import get_platform

    ctx = Context(platform=get_platform("email"))
    monkeypatch.setattr(R, "draft_judgements", lambda d: {"form_letter": 0.98, "one_sided_ask": 0.0})
    doc = tokenize(text, lang)
    start, end = body_span(doc)
    assert not R.refers_to_recipient(doc, ctx, start, end)
    other = tokenize(text.replace(*numbered), lang)
    start, end = body_span(other)
    assert R.refers_to_recipient(other, ctx, start, end)


def test_a_sellers_case_studies_button_names_no_work_of_theirs(monkeypatch):
    # 「▶ 導入事例を見る」 in a pitch the model leans to reading as a form letter: the seller's cases, not the reader's
    from outreach_lint.analysis import references as R
    from outreach_lint.core.context import Context
    from outreach_lint.core.platforms import get_platform

    text = ("片桐様\n\nスタジオの売上を伸ばしたいとお考えではありませんか?\n\n今だけ、集客支援パッケージを通常価格の半額で"
            "ご提供しております!!\n\n今すぐ下記のボタンからお申し込みください!\n▶ 無料相談を予約する\n▶ 導入事例を見る\n\n"
            "このチャンスを絶対にお見逃しなく!\n")
    doc = tokenize(text, "ja")
    ctx = Context(platform=get_platform("linkedin-inmail"))
    monkeypatch.setattr(R, "draft_judgements", lambda d: {"form_letter": 0.59, "one_sided_ask": 0.0})
    monkeypatch.setattr(R, "sure_form_letter", lambda d: False)  # likely, not sure: below 0.9 a work named counts
    start, end = body_span(doc)
    assert not R.refers_to_recipient(doc, ctx, start, end)
