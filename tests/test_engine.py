"""The spine: language detection, documents, plugins through entry points, the public API."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import outreach_lint
from outreach_lint import Finding, InputError, Linter, Recipient, Severity, lint
from outreach_lint.core.language import detect_language
from outreach_lint.tokenizers import tokenize


# -- language ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, lang",
    [
        ("突然のご連絡失礼いたします。株式会社ABCの山田と申します。", "ja"),
        ("AWSのre:InventでDeep Learningのtalkを拝見しました", "ja"),  # English words, still Japanese
        ("Hi Dana, I saw your talk on offline-first sync at PyCon.", "en"),
        ("Hi {first_name}, let's connect", "en"),
        # chat English, with few of the function words of edited prose
        ("yo Brett 🤙 farrier outta Fredericksburg lol. ur hoof boots vs steel data is legit fire 🔥🔥🔥 lets link up fr", "en"),
        ("Bonjour Anne, j'ai lu votre article sur la gouvernance des données.", "und"),
        ("Hola Ana, yo leí tu artículo sobre datos y me gustó mucho, un saludo", "und"),
        ("Hallo Anna, ich habe deinen Artikel über Daten gelesen und fand ihn super", "und"),
        ("你好，我看了你的文章", "und"),
        ("", "und"),
    ],
)
def test_detects_the_language_of_a_draft(text, lang):
    assert detect_language(text) == lang


def test_lang_override_wins_over_detection():
    result = lint("Hi Dana", lang="ja")
    assert result.lang == "ja"


def test_unknown_language_gets_the_language_free_rules_and_one_notice():
    result = lint("Bonjour {{prenom}}, j'ai lu votre article sur la gouvernance des données. " * 3)
    rules = [f.rule for f in result.findings]
    assert rules.count("unsupported-language") == 1
    assert "unfilled-placeholder" in rules
    notice = next(f for f in result.findings if f.rule == "unsupported-language")
    assert notice.severity is Severity.INFO


# -- documents -----------------------------------------------------------------------------
def test_japanese_tokens_carry_unidic_lemma_pos_and_conjugation():
    doc = tokenize("ご覧になられましたか？", "ja")
    by_text = {t.text: t for t in doc.tokens}
    assert by_text["なら"].lemma == "成る" and by_text["なら"].pos == "動詞"
    assert by_text["まし"].ctype == "助動詞-マス" and by_text["まし"].cform.startswith("連用形")
    assert by_text["ご覧"].lemma == "御覧"


def test_english_tokens_carry_lookup_lemmas():
    doc = tokenize("We were looking at your talks.", "en")
    lemmas = {t.text: t.lemma for t in doc.tokens}
    assert lemmas["looking"] == "look" and lemmas["talks"] == "talk" and lemmas["were"] == "be"


def test_sentences_follow_punctuation_and_lines():
    doc = tokenize("Hi Anna,\n\nI loved your talk. It helped!\nBest,\nSam", "en")
    assert [doc.sentence_text(s) for s in doc.sentences] == ["Hi Anna,", "I loved your talk.", "It helped!", "Best,", "Sam"]
    wrapped = tokenize("I would still love to connect\nabout sync engines.", "en")
    assert len(wrapped.sentences) == 1
    ja = tokenize("お忙しい中恐縮ですが内容をご確認頂き、\n本メールへのご返信をお願い致します。次の文です。", "ja")
    assert [ja.sentence_text(s) for s in ja.sentences] == [
        "お忙しい中恐縮ですが内容をご確認頂き、\n本メールへのご返信をお願い致します。",
        "次の文です。",
    ]


def test_an_abbreviation_before_a_number_ends_no_sentence():
    # "House No. 14", "Vol. 3": the full stop belongs to the abbreviation; "I said no. 14 people came." has two
    doc = tokenize("Find me at House No. 14, Ahodwo Lane, or call me. I said no. 14 people came. See Vol. 3 for it.", "en")
    assert [doc.sentence_text(s) for s in doc.sentences] == [
        "Find me at House No. 14, Ahodwo Lane, or call me.", "I said no.", "14 people came.", "See Vol. 3 for it.",
    ]
    ja = tokenize("自宅はHouse No. 14です。次の文です。", "ja")
    assert [ja.sentence_text(s) for s in ja.sentences] == ["自宅はHouse No. 14です。", "次の文です。"]


def test_a_japanese_quotation_keeps_its_own_full_stops():
    # a title quoted with a 。 inside is one sentence with the verb after it, not "処理場を作って五年。" alone
    ja = tokenize("大橋様\n「処理場を作って五年。採算が合うまでの話」を拝読しました。とても具体的でした。", "ja")
    assert [ja.sentence_text(s) for s in ja.sentences] == [
        "大橋様", "「処理場を作って五年。採算が合うまでの話」を拝読しました。", "とても具体的でした。",
    ]
    # a bracket never closed on its line does not swallow the sentences after it
    open_ = tokenize("「閉じない括弧。次の文です。\n別の行。", "ja")
    assert [open_.sentence_text(s) for s in open_.sentences] == ["「閉じない括弧。", "次の文です。", "別の行。"]


def test_a_japanese_sentence_end_before_an_ascii_symbol_still_ends_it():
    # MeCab reads 「。[」 and 「!-」 as one symbol; the sentence ends at the 。 all the same
    ja = tokenize("はじめまして。[会社名]の山田です。よろしくお願いします!-以上", "ja")
    assert [ja.sentence_text(s) for s in ja.sentences] == ["はじめまして。", "[会社名]の山田です。", "よろしくお願いします!", "-以上"]
    assert [t.i for t in ja.tokens] == list(range(len(ja.tokens)))
    assert all(ja.text[t.start : t.end] == t.text for t in ja.tokens)


def test_normalised_form_folds_width_and_case():
    doc = tokenize("ＡＷＳ and Ｐｙｔｈｏｎ", "en")
    assert [t.norm for t in doc.tokens] == ["aws", "and", "python"]


def _check_tokens_cover(text: str, lang: str) -> None:
    doc = tokenize(text, lang)
    pos = 0
    for tok in doc.tokens:
        assert text[tok.start : tok.end] == tok.text
        assert tok.start >= pos and text[pos : tok.start].strip() == ""
        pos = tok.end
    assert text[pos:].strip() == ""


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text())
def test_offsets_round_trip_on_any_unicode(text):
    for lang in ("ja", "en", "und"):
        _check_tokens_cover(text, lang)


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=st.sampled_from("あいうえおかきくけこ漢字変換テスト。、！？ 　\nABCabc123{}[]○●※\r\t")))
def test_offsets_round_trip_on_japanese_heavy_text(text):
    _check_tokens_cover(text, "ja")


# -- public API ----------------------------------------------------------------------------
def test_public_api_names():
    for name in ("lint", "Linter", "Result", "Finding", "Rule", "Severity", "Recipient", "ThreadMessage", "Config"):
        assert name in outreach_lint.__all__
        assert hasattr(outreach_lint, name)


def test_finding_fields_and_positions():
    text = "Hello Dana,\n\nHi {first_name}, great to meet you."
    finding = next(f for f in lint(text).findings if f.rule == "unfilled-placeholder")
    assert (finding.code, finding.severity) == ("OL101", Severity.ERROR)
    assert text[finding.start : finding.end] == "{first_name}"
    assert (finding.line, finding.column) == (3, 4)
    assert finding.suggestion


def test_columns_stay_right_with_crlf_and_cr_line_endings():
    text = "Hello Dana,\r\n\r\nHi {first_name},\rthanks."
    finding = next(f for f in lint(text).findings if f.rule == "unfilled-placeholder")
    assert (finding.line, finding.column) == (3, 4)


def test_findings_are_sorted_by_position():
    text = "Hi {first_name} from [Company Name], see %LASTNAME% and {{ city }}."
    starts = [f.start for f in lint(text).findings]
    assert starts == sorted(starts) and len(starts) >= 4


def test_recipient_and_thread_accept_dicts_and_own_dataclasses():
    from dataclasses import dataclass

    @dataclass
    class Contact:  # a CRM's own type
        name: str
        company: str
        interests: list

    linter = Linter()
    a = linter.lint("Hi Dana", recipient=Contact("Dana", "Fieldnote", ["sync"]))
    b = linter.lint("Hi Dana", recipient={"name": "Dana", "interests": ["sync"]},
                    thread=[{"from": "them", "date": "2026-01-02", "text": "Thanks!"}])
    assert a.findings is not None and b.findings is not None
    with pytest.raises(InputError, match="interests"):
        linter.lint("Hi", recipient={"interests": 5})
    with pytest.raises(InputError, match="from"):
        linter.lint("Hi", thread=[{"from": "someone", "text": "x"}])
    with pytest.raises(InputError, match="YYYY-MM-DD"):
        linter.lint("Hi", thread=[{"from": "me", "date": "yesterday", "text": "x"}])


def test_unknown_platform_names_the_valid_ones():
    with pytest.raises(InputError) as exc:
        lint("Hi Dana", platform="myspace")
    assert "linkedin-free" in str(exc.value) and "myspace" in str(exc.value)


def test_lint_many_keeps_order_and_accepts_texts_and_dicts():
    results = Linter().lint_many(["Hi {name}", {"text": "○○様 はじめまして。", "platform": "x"}, "Hello Dana, nice talk."])
    assert [r.lang for r in results] == ["en", "ja", "en"]
    assert results[1].platform == "x"
    assert [any(f.rule == "unfilled-placeholder" for f in r.findings) for r in results] == [True, True, False]


def test_lone_surrogates_through_the_api_do_not_crash():
    result = lint("Hi \ud800 {first_name}")
    assert any(f.rule == "unfilled-placeholder" for f in result.findings)


def test_config_selects_and_ignores_rules_by_code_prefix_and_name():
    assert [r.name for r in Linter({"select": ["OL3"]}).rules] == ["too-long"]
    assert "too-long" not in [r.name for r in Linter({"ignore": ["too-long"]}).rules]
    from outreach_lint import ConfigError

    with pytest.raises(ConfigError, match="too-long"):
        Linter({"ignore": ["too-lnog"]})


def test_rule_options_and_severity_from_config():
    text = "I would like to tell you about the work we do. " * 6  # 66 words
    assert not [f for f in lint(text).findings if f.rule == "too-long" and f.severity is Severity.WARNING]
    linter = Linter({"rules": {"too-long": {"max-words": 50, "severity": "error"}}})
    found = [f for f in linter.lint(text).findings if f.rule == "too-long"]
    assert found and all(f.severity is Severity.ERROR for f in found)


# -- plugins -------------------------------------------------------------------------------
def _install_fake_distribution(root: Path, name: str, entry_points: str, modules: dict[str, str]) -> None:
    dist = root / f"{name}-0.1.dist-info"
    dist.mkdir(parents=True)
    (dist / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {name}\nVersion: 0.1\n")
    (dist / "entry_points.txt").write_text(entry_points)
    for module, source in modules.items():
        (root / f"{module}.py").write_text(textwrap.dedent(source))


PLUGIN_SOURCE = '''
from outreach_lint import Rule, Severity

class ShoutingSubject(Rule):
    """Flags SUBJECT: lines in capitals."""
    code = "ZZ101"
    name = "shouting-subject"
    severity = Severity.WARNING
    advice = "002 §5"
    messages = {"m": {"en": "subject in capitals", "ja": "件名がすべて大文字です"}}

    def check(self, doc, ctx):
        i = doc.text.find("URGENT")
        if i >= 0:
            yield self.finding(ctx, i, i + 6, self.say(ctx, "m"))

class Broken(Rule):
    code = "ZZ102"
    name = "always-raises"
    messages = {}

    def check(self, doc, ctx):
        raise RuntimeError("boom")
'''


def test_a_third_party_rule_registers_through_the_entry_point_group(tmp_path, monkeypatch):
    _install_fake_distribution(
        tmp_path,
        "zz_rules",
        "[outreach_lint.rules]\nZZ101 = zz_rules:ShoutingSubject\nZZ102 = zz_rules:Broken\n",
        {"zz_rules": PLUGIN_SOURCE},
    )
    _install_fake_distribution(tmp_path, "yy_broken", "[outreach_lint.rules]\nYY101 = yy_missing_module:Rule\n", {})
    monkeypatch.syspath_prepend(str(tmp_path))
    linter = Linter()
    origins = {lr.rule.code: lr.origin for lr in linter.available}
    assert origins["ZZ101"] == "zz_rules" and origins["OL101"] == "outreach-lint"
    result = linter.lint("URGENT: Hi {first_name}")
    by_rule = {f.rule: f for f in result.findings}
    assert by_rule["shouting-subject"].message == "subject in capitals"
    # the rule that raises becomes one error finding; the broken package one more; others still ran
    assert "crashed" in by_rule["always-raises"].message and by_rule["always-raises"].severity is Severity.ERROR
    assert any(f.rule == "yy_broken" and "failed to load" in f.message for f in result.findings)
    assert "unfilled-placeholder" in by_rule


# -- the two spine rules -------------------------------------------------------------------
def test_too_long_levels_follow_the_platform():
    note = "Hi Dana, " + "I really enjoyed your article about sync engines. " * 7
    found = [f for f in lint(note, platform="linkedin").findings if f.rule == "too-long"]
    assert [f.severity for f in found] == [Severity.ERROR]
    assert found[0].start == 300
    assert not [f for f in lint(note, platform="linkedin-inmail").findings if f.rule == "too-long"]


def test_results_serialise_to_json_friendly_dicts():
    import json

    result = lint("Hi {first_name}")
    data = json.loads(json.dumps(result.to_dict()))
    assert "OL101" in [f["code"] for f in data["findings"]]
    assert all(isinstance(f, Finding) for f in result.findings)


def test_send_date_from_the_api_and_front_matter_reaches_follow_up_timing():
    from outreach_lint import parse_draft

    thread = [{"from": "me", "date": "2026-03-01", "text": "Hi Dana, I'm Sam from Tidepool; loved your sync talk."}]
    text = "Hi Dana, following up on my note about your sync talk. I'm Sam from Tidepool."
    linter = Linter({"select": ["follow-up-chasing"]})
    soon = linter.lint(text, thread=thread, date="2026-03-02").findings
    later = linter.lint(text, thread=thread, date="2026-03-20").findings
    assert [f.severity for f in soon] == [Severity.INFO] and later == []
    draft = parse_draft(
        "---\ndate: 2026-03-02\nthread:\n  - {from: me, date: 2026-03-01, text: hello}\n---\n" + text, "d.md"
    )
    assert [f.rule for f in linter.lint_draft(draft).findings] == ["follow-up-chasing"]
    with pytest.raises(InputError, match="date must be YYYY-MM-DD"):
        linter.lint(text, date="soon")


def test_sentence_index_maps_each_token_to_its_sentence():
    doc = tokenize("Hi Anna,\n\nI loved your talk. It helped!", "en")
    index = doc.sentence_index
    assert len(index) == len(doc.tokens)
    for n, sentence in enumerate(doc.sentences):
        assert all(index[i] == n for i in range(sentence.first, sentence.last))


def test_checked_drafts_finished_one_by_one_equal_finish():
    """Linter.result(checked, batch findings) and Checked.batch_signature: a batch judged outside
    lint_many (outreach_lint.dask) places findings as Linter.finish does."""
    from outreach_lint.engine import DraftInput

    drafts = [
        "Hi {first_name}, let's connect!",
        {"text": "<!-- outreach-lint-disable pushy -->\nHi Dana, loved your talk on CRDTs.", "lang": "en", "path": "a.md"},
    ]
    linter = Linter({"report-unused-suppressions": True, "ignore": ["mass-template"]})
    checked = [linter.check(DraftInput.of_any(n, d, None, None)) for n, d in enumerate(drafts)]
    assert [r.to_dict() for r in (linter.result(c) for c in checked)] == [r.to_dict() for r in linter.lint_many(drafts)]
    mass = Linter()
    k = [r.name for r in mass.batch_rules].index("mass-template")
    sig, applies, error = mass.check(DraftInput.of_any(0, drafts[0], None, None)).batch_signature(k)
    assert applies and error is None and sig.span[0] == 0
