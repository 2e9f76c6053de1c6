"""The pre-commit hook, for real: a throwaway git repository, `pre-commit try-repo` against this one.

pre-commit installs this project into its own environment the first time (a few minutes, from the
package index); the test is marked slow but runs in CI.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.slow


def git(repo: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True)


def try_repo(repo: Path, *files: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "PRE_COMMIT_COLOR")}
    # the committed state, by its hash: pre-commit then installs it once and reuses the environment
    head = subprocess.run(["git", "rev-parse", "HEAD"], cwd=ROOT, capture_output=True, text=True, check=True).stdout.strip()
    return subprocess.run(
        [sys.executable, "-m", "pre_commit", "try-repo", str(ROOT), "outreach-lint", "--ref", head, "--color", "never", "--files", *files],
        cwd=repo,
        env=env,
        capture_output=True,
        text=True,
        timeout=1800,
    )


@pytest.mark.skipif(shutil.which("git") is None or not (ROOT / ".git").exists(), reason="needs git and this repository's history")
def test_the_hook_fails_a_bad_draft_with_its_finding_and_passes_a_good_one(tmp_path):
    repo = tmp_path / "drafts"
    repo.mkdir()
    git(repo, "init", "-q")
    git(repo, "config", "user.email", "test@example.com")
    git(repo, "config", "user.name", "Test")
    # the hook finds the repository's own configuration by walking up from each draft
    (repo / ".outreach-lint.toml").write_text('select = ["unfilled-placeholder"]\n')
    (repo / "good.md").write_text("Hi Dana,\n\nYour PyCon talk on offline sync answered a question my team had for months.\n")
    (repo / "bad.txt").write_text("Hi {first_name},\n\nI came across your profile and would like to connect.\n")
    (repo / "notes.py").write_text("print('not a draft')\n")
    git(repo, "add", ".")

    bad = try_repo(repo, "bad.txt", "notes.py")
    shown = bad.stdout + bad.stderr
    assert bad.returncode == 1, shown
    assert "bad.txt:1:4: OL101 unfilled-placeholder" in shown
    assert "notes.py:" not in shown  # only drafts are handed to the hook

    good = try_repo(repo, "good.md", "notes.py")
    assert good.returncode == 0, good.stdout + good.stderr
    assert "Passed" in good.stdout
