"""The draft model: whole-draft judgements learned from labeled drafts, and the findings they add."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from outreach_lint.analysis.acts import ActModel
from outreach_lint.analysis.drafts import JUDGEMENTS, draft_judgements, load_draft_model
from outreach_lint.rules.generic_template import GenericTemplateOptions
from outreach_lint.rules.one_sided_ask import OneSidedAskOptions
from outreach_lint.testing import RuleTester
from outreach_lint.tokenizers import tokenize

ROOT = Path(__file__).resolve().parents[1]

# Stock pitches no phrase list names: nothing in them reads as a known stock phrase or a slot.
EN_BROCHURE = (
    "Hello,\n\nWe deliver premium cleaning services at unbeatable prices with a dedication to quality. "
    "Our catalogue is attached for your consideration.\n\nWe hope to build a lasting business relationship.\n\n"
    "Warm regards,\nCustomer Team\n"
)
JA_PITCH = (
    "はじめまして！在宅でお小遣いを増やしたい方に朗報です✨ スマホ1台で毎月15万円の収入が得られる方法、"
    "今だけ無料でお教えしています！！先着5名様限定です！今すぐコメントください！！"
)
EN_PROMOTION = (
    "Hi Marta,\n\nI'm Leon, and last month I launched a podcast on indie board game design.\n\n"
    "Could you pass it along to your subscribers next week? It would give us a real start.\n\nCheers,\nLeon\n"
)

#: Where each judgement's rule acts on it alone: the rules' default learned-threshold.
ACTS_FROM = {
    "form_letter": GenericTemplateOptions().learned_threshold,
    "one_sided_ask": OneSidedAskOptions().learned_threshold,
}

generic = RuleTester("generic-template")
generic_unlearned = RuleTester("generic-template", {"learned-threshold": 1.1})
one_sided = RuleTester("one-sided-ask")
one_sided_unlearned = RuleTester("one-sided-ask", {"learned-threshold": 1.1})


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_a_draft_model_ships_for_each_language(lang):
    model = load_draft_model(lang)
    assert model is not None and model.columns == tuple(JUDGEMENTS) and len(model.vocabulary) > 500


@pytest.mark.parametrize(
    "text, lang, judgement, high",
    [
        (EN_BROCHURE, "en", "form_letter", True),
        (JA_PITCH, "ja", "form_letter", True),
        ("Hi Dana, your PyCon talk on offline-first sync answered a question my team had argued about for months. "
         "I lead mobile at Fieldnote; would you be open to connecting?", "en", "form_letter", False),
        ("山田様\nはじめまして。フィールドノートでモバイル開発を担当している佐藤と申します。"
         "PyConでのオフライン同期のご講演を拝見し、競合解決の設計について伺いたくご連絡しました。", "ja", "form_letter", False),
        (EN_PROMOTION, "en", "one_sided_ask", True),
        ("佐藤様\nはじめまして。来春、焼き菓子の店を開く山本と申します。\n店のSNSを、佐藤様のアカウントでシェアしていただけないでしょうか。", "ja", "one_sided_ask", True),
        ("Hi Marta, I'm Leon. I run a podcast on indie board game design and would love to have you on as a guest "
         "to talk about your new game; we'd send you the edit before it goes out.", "en", "one_sided_ask", False),
        ("佐藤様\nはじめまして。製菓材料の卸をしている山本です。新しい店の開業準備で、仕入れの見積もりが必要でしたら"
         "無料でお作りします。", "ja", "one_sided_ask", False),
    ],
)
def test_judgements_of_unseen_drafts(text, lang, judgement, high):
    # high: at or above where the judgement's rule acts on it alone (its learned-threshold), so the
    # user sees the finding; low: below half. A refit moves the figures, not what the user sees.
    p = draft_judgements(tokenize(text, lang))[judgement]
    acts_from = ACTS_FROM[judgement]
    assert (p >= acts_from) if high else (p < 0.5), (p, acts_from)


@pytest.mark.parametrize("text, platform", [(EN_BROCHURE, "email"), (JA_PITCH, "facebook")])
def test_a_form_letter_no_phrase_names_is_found_by_the_draft_model(text, platform):
    generic_unlearned.valid(text, platform=platform)  # the phrases and signs alone say nothing
    found = generic.invalid(text, platform=platform, count=1)
    assert "draft model" in found[0].message or "下書きモデル" in found[0].message


def test_the_learned_form_letter_speaks_the_writers_language():
    found = generic.findings(JA_PITCH, platform="facebook")
    assert found[0].message.startswith("定型文に見えます")
    assert generic.findings(EN_BROCHURE, platform="email", locale="ja")[0].message.startswith("定型文に見えます")


@pytest.mark.parametrize("text, platform", [(EN_BROCHURE, "email"), (JA_PITCH, "facebook")])
def test_the_draft_model_does_not_judge_a_reply_in_a_thread(text, platform):
    thread = [{"sender": "them", "text": "Send me your catalogue, please. / カタログを送ってください。"}]
    generic.valid(text, platform=platform, thread=thread)


def test_the_draft_model_does_not_overrule_a_reference_to_the_recipients_work():
    # the same pitch, with the recipient's own recent post named: no form letter, whatever the model says
    text = EN_BROCHURE.replace("Our catalogue", "Your post about the new Fremont office said you were looking for a cleaner. Our catalogue")
    generic.valid(text, platform="email", recipient={"name": "Ana", "recent_post": "Our new Fremont office opens in May"})


def test_a_one_sided_ask_no_grammar_names_is_found_by_the_draft_model():
    one_sided_unlearned.valid(EN_PROMOTION, platform="email")
    found = one_sided.invalid(EN_PROMOTION, platform="email", count=1)
    assert found[0].message.endswith("% by the draft model)")
    span = EN_PROMOTION[found[0].start : found[0].end]
    assert span.startswith("Could you pass it along")  # the ask, not the whole draft
    assert one_sided.findings(EN_PROMOTION, platform="email", locale="ja")[0].message.startswith("頼み事だけで")


def test_the_draft_model_does_not_judge_an_ask_they_answered():
    thread = [{"sender": "me", "text": "Hi Marta!"}, {"sender": "them", "text": "Hi Leon, what's up?"}]
    one_sided.valid(EN_PROMOTION, platform="email", thread=thread)


def test_own_draft_models_are_read_from_the_folder_the_environment_names(tmp_path):
    # a model of one's own that judges every English draft a form letter
    vocab = ["nsent:0", "nsent:1"]
    ActModel(vocab, [0.0] * (len(vocab) * len(JUDGEMENTS)), [9.0, -9.0], tuple(JUDGEMENTS)).save(tmp_path / "drafts-en.bin.gz")
    code = (
        "from outreach_lint.analysis.drafts import draft_judgements; from outreach_lint.tokenizers import tokenize;"
        "print(round(draft_judgements(tokenize('Your talk on sparse arrays was great.', 'en'))['form_letter'], 2))"
    )
    env = {**os.environ, "OUTREACH_LINT_ACT_MODELS": str(tmp_path)}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env).stdout.split()
    assert out == ["1.0"]


def test_a_model_file_of_other_columns_is_refused(tmp_path):
    ActModel(["x"], [0.0] * 12, [0.0] * 12).save(tmp_path / "acts.bin.gz")  # an act model, not a draft model
    with pytest.raises(ValueError, match="not a model of this version"):
        ActModel.load(tmp_path / "acts.bin.gz", tuple(JUDGEMENTS))


def test_training_on_a_missing_folder_is_one_line_and_status_2(tmp_path):
    proc = subprocess.run(
        [sys.executable, "-m", "outreach_lint.train_drafts", str(tmp_path / "nope"), "--check"], capture_output=True, text=True
    )
    assert proc.returncode == 2 and proc.stderr.count("\n") == 1 and "nope" in proc.stderr


@pytest.mark.slow
def test_shipped_draft_model_is_what_the_training_command_fits():
    pytest.importorskip("sklearn")
    proc = subprocess.run(
        [sys.executable, "-m", "outreach_lint.train_drafts", str(ROOT / "corpora"), "--check"], capture_output=True, text=True
    )
    assert proc.returncode == 0, proc.stderr


def test_a_fresh_fit_matches_the_shipped_model_only_within_the_tolerance():
    a = ActModel(["x", "y"], [0.5, -0.5, 0.25, 0.0], [0.1, -0.1], tuple(JUDGEMENTS))
    assert a.same_as(ActModel(["x", "y"], [0.5004, -0.5, 0.25, 0.0], [0.1, -0.1], tuple(JUDGEMENTS)))  # a release's last digits
    assert not a.same_as(ActModel(["x", "y"], [0.52, -0.5, 0.25, 0.0], [0.1, -0.1], tuple(JUDGEMENTS)))  # a changed corpus
    assert not a.same_as(ActModel(["x", "z"], [0.5, -0.5, 0.25, 0.0], [0.1, -0.1], tuple(JUDGEMENTS)))  # another vocabulary
    # a feature one fit keeps at the pruning edge (1e-3) and another drops: BLAS threads, not the corpus
    edge = ActModel(["x", "y", "w"], [0.5, -0.5, 0.25, 0.0, 0.0015, 0.0], [0.1, -0.1], tuple(JUDGEMENTS))
    assert a.same_as(edge) and edge.same_as(a)
    far = ActModel(["x", "y", "w"], [0.5, -0.5, 0.25, 0.0, 0.01, 0.0], [0.1, -0.1], tuple(JUDGEMENTS))
    assert not a.same_as(far) and not far.same_as(a)


def test_the_training_pool_does_not_read_the_model_it_fits():
    # お世話になっております in a sure form letter is a mailing's greeting (the model says so); the training
    # command decides which drafts are first contacts without the model, so its pool is the same whatever it ships
    from outreach_lint.analysis.conversation import is_first_contact
    from outreach_lint.analysis.drafts import unjudged
    from outreach_lint.core.context import Context

    text = ("佐藤様\n\n平素より大変お世話になっております。\n\nこのたび、貴社のますますのご発展に寄与できるサービスをご案内"
            "したくご連絡いたしました。業務効率化やコスト削減にお悩みの企業様に多くご好評をいただいております。\n\n"
            "ぜひ一度、資料をご覧いただけますと幸いです。")
    assert is_first_contact(tokenize(text, "ja"), Context())
    with unjudged():
        doc = tokenize(text, "ja")
        assert set(draft_judgements(doc).values()) == {0.0}
        assert not is_first_contact(doc, Context())
    assert draft_judgements(tokenize(text, "ja"))["form_letter"] >= 0.9
