"""`python -m outreach_lint.evaluate` as a script: its report, its exit status, a reader that stops early."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

DRAFT = """---
platform: linkedin
lang: en
expect: [{expect}]
---
{body}
"""


def _corpus(root: Path) -> Path:
    (root / "en").mkdir(parents=True)
    (root / "en" / "001-linkedin.md").write_text(
        DRAFT.format(expect="", body="Hi Dana, I'm a backend engineer at Fieldnote. Your post on tracing async Rust was the clearest I have read."),
        encoding="utf-8",
    )
    (root / "en" / "002-linkedin.md").write_text(
        DRAFT.format(expect="pushy", body="Hi Dana, I'm Sam from Orbit. ACT NOW, ONLY 3 SEATS LEFT, the price doubles at midnight!!!"),
        encoding="utf-8",
    )
    return root


def test_a_reader_that_stops_early_gets_no_traceback(tmp_path):
    # `… | head -1`: the reader's end of the pipe is closed before the report is written
    corpus = _corpus(tmp_path / "corpus")
    p = subprocess.Popen([sys.executable, "-m", "outreach_lint.evaluate", str(corpus), "--min-precision", "0", "--min-recall", "0"],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert p.stdout is not None and p.stderr is not None
    p.stdout.close()
    err = p.stderr.read().decode()
    assert p.wait() == 0  # the evaluation passed its (zero) thresholds
    assert "Traceback" not in err and "BrokenPipeError" not in err


def test_the_report_scores_each_rule_and_the_status_follows_the_thresholds(tmp_path):
    corpus = _corpus(tmp_path / "corpus")
    ok = subprocess.run([sys.executable, "-m", "outreach_lint.evaluate", str(corpus), "--min-precision", "0", "--min-recall", "0"],
                        capture_output=True, text=True)
    assert ok.returncode == 0
    assert "pushy" in ok.stdout and "2 drafts" in ok.stdout
    strict = subprocess.run([sys.executable, "-m", "outreach_lint.evaluate", str(corpus), "--rule", "pushy", "--min-recall", "1.01"],
                            capture_output=True, text=True)
    assert strict.returncode == 1
    assert "BELOW THRESHOLD pushy" in strict.stderr
