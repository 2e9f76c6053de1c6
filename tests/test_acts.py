"""The sentence-act layer: what a user of the rules relies on, and the shipped model's provenance."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from outreach_lint.analysis.acts import ACTS, ActModel, document_acts, load_model
from outreach_lint.tokenizers import tokenize

ROOT = Path(__file__).resolve().parents[1]


def acts_of(text: str, lang: str) -> list[dict[str, float]]:
    doc = tokenize(text, lang)
    return [dict(zip(ACTS, row)) for row in document_acts(doc).scores]


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_a_model_ships_for_each_language(lang):
    model = load_model(lang)
    assert model is not None and len(model.vocabulary) > 1000


def test_one_row_per_sentence_and_a_probability_per_act():
    rows = acts_of("Hi Dana,\n\nI'm Ken, a nurse in Leeds. Could we talk on Friday?", "en")
    assert len(rows) == 3
    assert all(0.0 <= p <= 1.0 for row in rows for p in row.values())


# Sentences written for this test, not taken from corpora/acts: the model must carry what it
# learned to wording it never saw.
@pytest.mark.parametrize(
    "text, lang, act",
    [
        ("I'm a paediatric nurse at a hospital in Bristol.", "en", "intro"),
        ("Your talk at the ward managers' conference about night-shift handovers was superb.", "en", "their_work"),
        ("Could you refer me to someone on your hiring team?", "en", "ask"),
        ("Sorry to bother you, and apologies again for writing out of the blue.", "en", "apology"),
        ("Only two places left, book before midnight or lose the discount!", "en", "pressure"),
        ("Add me on WhatsApp so we can chat there instead.", "en", "channel_switch"),
        ("都内の介護施設で生活相談員をしている森と申します。", "ja", "intro"),
        ("紹介していただける方がいらっしゃいましたら、お繋ぎいただけないでしょうか。", "ja", "ask"),
        ("LINEのIDをお送りしますので、そちらで連絡を取り合いませんか。", "ja", "channel_switch"),
        ("本日中に必ずご返信ください。", "ja", "reply_demand"),
        ("Would you mind sharing my Kickstarter with your newsletter readers?", "en", "favour"),
        ("私の個展のチラシを、教室に置いていただけないでしょうか。", "ja", "favour"),
        ("先日の地域防災のご講演、資料まで読み込みました。", "ja", "their_work"),
    ],
)
def test_acts_of_unseen_sentences(text, lang, act):
    (row,) = acts_of(text, lang)
    assert row[act] >= 0.5, row


@pytest.mark.parametrize(
    "text, lang, act",
    [
        ("Best regards,", "en", "ask"),
        ("Tel (office): +44 20 7946 0018", "en", "channel_switch"),
        ("Thanks again for the samples last week.", "en", "apology"),
        ("よろしくお願いいたします。", "ja", "pressure"),
        ("代表電話：03-1234-5678（平日9時〜18時）", "ja", "channel_switch"),
        ("Would you be open to comparing notes on sourdough starters sometime?", "en", "favour"),
        ("ご都合のよい連絡手段を教えていただけますか。", "ja", "favour"),
    ],
)
def test_no_act_where_there_is_none(text, lang, act):
    (row,) = acts_of(text, lang)
    assert row[act] < 0.5, row


def test_a_language_without_a_model_scores_zero():
    doc = tokenize("Hola, soy Ana. ¿Podemos hablar?", "und")
    scores = document_acts(doc).scores
    assert scores and all(p == 0.0 for row in scores for p in row)


def test_acts_computed_once_per_document():
    doc = tokenize("Hi Ana, I'm Ken.", "en")
    assert document_acts(doc) is document_acts(doc)


def test_model_round_trips_through_its_file(tmp_path):
    model = ActModel(["u:hello", "b:<s> hello"], [0.5] * len(ACTS) + [-1.0] * len(ACTS), [0.1] * len(ACTS))
    model.save(tmp_path / "m.bin.gz")
    again = ActModel.load(tmp_path / "m.bin.gz")
    assert again.vocabulary == model.vocabulary and again.rows == model.rows and again.bias == pytest.approx(model.bias)
    assert again.score(["u:hello"]) == pytest.approx(model.score(["u:hello"]))


def test_japanese_linting_does_not_import_numpy():
    code = "import sys; from outreach_lint import lint; lint('山田様 はじめまして。佐藤と申します。'); print('numpy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


@pytest.mark.slow
def test_shipped_model_is_what_the_training_command_fits():
    pytest.importorskip("sklearn")
    proc = subprocess.run(
        [sys.executable, "-m", "outreach_lint.train_acts", str(ROOT / "corpora" / "acts"), "--check"],
        capture_output=True, text=True,
    )
    assert proc.returncode == 0, proc.stderr


def test_own_models_are_read_from_the_folder_the_environment_names(tmp_path):
    # A model of one's own, trained elsewhere: here one that reads every English sentence as an apology.
    vocab = ["len:short", "len:mid", "len:long"]
    weights = [0.0] * (len(vocab) * len(ACTS))
    bias = [-9.0] * len(ACTS)
    bias[ACTS.index("apology")] = 9.0
    ActModel(vocab, weights, bias).save(tmp_path / "acts-en.bin.gz")
    code = (
        "from outreach_lint.analysis.acts import document_acts; from outreach_lint.tokenizers import tokenize;"
        "print(round(document_acts(tokenize('Your talk was great.', 'en')).max('apology'), 2),"
        " round(document_acts(tokenize('ご講演を拝見しました。', 'ja')).max('apology'), 2))"
    )
    env = {**__import__("os").environ, "OUTREACH_LINT_ACT_MODELS": str(tmp_path)}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env).stdout.split()
    assert out[0] == "1.0"  # the folder's English model
    assert float(out[1]) < 0.5  # no Japanese model there: the shipped one
