"""Worker processes and the result cache change nothing but speed: the same findings for any
``--jobs`` and with the cache on or off, and a cache that is never stale."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from outreach_lint import Linter
from outreach_lint.cache import ResultCache
from outreach_lint.cli import main

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
from run import generate  # noqa: E402  - the benchmark's corpus: templates, so mass-template fires

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


def _batch() -> list[str]:
    return generate(40, "en", seed=5) + generate(40, "ja", seed=5)


def _summary(results) -> list[list[tuple]]:
    return [[(f.code, f.start, f.end, f.line, f.column, f.message) for f in r.findings] for r in results]


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter()


@pytest.fixture(scope="module")
def expected(linter) -> list[list[tuple]]:
    return _summary(linter.lint_many(_batch(), jobs=1))


def test_mass_template_fires_on_the_batch(expected):
    assert sum(1 for draft in expected for f in draft if f[0] == "OL103") >= 10


def test_two_processes_find_the_same(linter, expected):
    assert _summary(linter.lint_many(_batch(), jobs=2)) == expected


def test_cached_run_finds_the_same(linter, expected, tmp_path):
    cache = ResultCache(tmp_path / "cache")
    assert _summary(linter.lint_many(_batch(), cache=cache)) == expected
    assert (cache.hits, cache.written) == (0, 80)
    again = ResultCache(tmp_path / "cache")
    assert _summary(linter.lint_many(_batch(), cache=again, jobs=2)) == expected
    assert (again.hits, again.written) == (80, 0)
    assert (tmp_path / "cache" / ".gitignore").read_text().strip().endswith("*")


def test_half_cached_batch_is_judged_whole(linter, expected, tmp_path):
    """Mass-template's clusters span cached and fresh drafts: judged from the signatures of both."""
    batch = _batch()
    linter.lint_many(batch[::2], cache=ResultCache(tmp_path))
    assert _summary(linter.lint_many(batch, cache=ResultCache(tmp_path), jobs=2)) == expected


def test_config_change_is_a_miss(tmp_path):
    batch = _batch()[:4]
    Linter().lint_many(batch, cache=ResultCache(tmp_path))
    other = ResultCache(tmp_path)
    results = Linter({"ignore": ["too-long"]}).lint_many(batch, cache=other)
    assert other.hits == 0 and other.written == 4
    assert all(f.rule != "too-long" for r in results for f in r.findings)


def test_trim_keeps_the_directory_bounded(linter, tmp_path):
    cache = ResultCache(tmp_path, max_bytes=4000)
    linter.lint_many(_batch()[:20], cache=cache)
    total = sum(p.stat().st_size for p in (tmp_path / "v1").rglob("*") if p.is_file())
    assert 0 < total <= 4000


def test_torn_entry_is_a_miss(linter, tmp_path):
    batch = _batch()[:2]
    linter.lint_many(batch, cache=ResultCache(tmp_path))
    for entry in (tmp_path / "v1").rglob("*"):
        if entry.is_file():
            entry.write_bytes(b"\x80 torn")
    cache = ResultCache(tmp_path)
    assert _summary(linter.lint_many(batch, cache=cache)) == _summary(linter.lint_many(batch))
    assert cache.hits == 0


@pytest.fixture
def drafts_dir(tmp_path) -> Path:
    folder = tmp_path / "drafts"
    folder.mkdir()
    for n, text in enumerate(_batch()):
        (folder / f"{n:03}.md").write_text(text, encoding="utf-8")
    return folder


def _check(capsys, *args: str) -> tuple[int, list]:
    code = main(["check", "--format", "json", *args])
    return code, json.loads(capsys.readouterr().out)


def test_cli_jobs_and_cache_find_the_same(capsys, drafts_dir, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    plain = _check(capsys, "--jobs", "1", "--no-cache", str(drafts_dir))
    assert not (tmp_path / ".outreach-lint-cache").exists()
    assert _check(capsys, "-j", "2", "--no-cache", str(drafts_dir)) == plain
    assert _check(capsys, "--jobs", "2", str(drafts_dir)) == plain  # fills the cache (here: no config file)
    assert (tmp_path / ".outreach-lint-cache" / ".gitignore").is_file()
    assert _check(capsys, "--jobs", "1", str(drafts_dir)) == plain  # all from the cache
    monkeypatch.setenv("OUTREACH_LINT_CACHE_DIR", str(tmp_path / "env-cache"))
    assert _check(capsys, str(drafts_dir)) == plain
    assert (tmp_path / "env-cache" / "v1").is_dir()
    assert _check(capsys, "--cache-dir", str(tmp_path / "flag-cache"), str(drafts_dir)) == plain
    assert (tmp_path / "flag-cache" / "v1").is_dir()


def test_cache_sits_beside_the_config_file(capsys, drafts_dir, tmp_path, monkeypatch):
    (tmp_path / ".outreach-lint.toml").write_text('ignore = ["too-long"]\n', encoding="utf-8")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    monkeypatch.delenv("OUTREACH_LINT_CACHE_DIR", raising=False)
    _check(capsys, "--jobs", "1", str(drafts_dir))
    assert (tmp_path / ".outreach-lint-cache").is_dir()
    assert not (elsewhere / ".outreach-lint-cache").exists()


def test_jobs_must_be_positive(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["check", "--jobs", "0", "x.md"])
    assert exc.value.code == 2
    assert "--jobs" in capsys.readouterr().err


@pytest.mark.slow
def test_fully_cached_run_imports_no_analyzer(drafts_dir, tmp_path):
    env = {**os.environ, "OUTREACH_LINT_CACHE_DIR": str(tmp_path / "cache")}
    command = [sys.executable, "-m", "outreach_lint", "check", "--jobs", "1", str(drafts_dir)]
    first = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    probe = (
        "import sys, runpy; sys.argv = ['outreach-lint', 'check', '--jobs', '1', %r]\n"
        "try:\n    runpy.run_module('outreach_lint', run_name='__main__')\n"
        "except SystemExit:\n    pass\n"
        "print([m for m in ('spacy', 'fugashi') if m in sys.modules], file=sys.stderr)" % str(drafts_dir)
    )
    second = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env, check=False)
    assert second.stderr.strip().splitlines()[-1] == "[]"
    assert second.stdout == first.stdout
