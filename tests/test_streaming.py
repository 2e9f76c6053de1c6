"""``check`` reports as it goes: the same bytes as a report of the whole list, valid JSON and
SARIF, a report file never half written, drafts read as they are checked."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from outreach_lint import Linter
from outreach_lint.cli import main
from outreach_lint.draft import parse_draft, read_draft
from outreach_lint.engine import DraftInput
from outreach_lint.formatters import FORMATS, Style, render
from outreach_lint.formatters.stream import report_writer
from outreach_lint.registry import discover_rules
from outreach_lint.workers import check_iter

ROOT = Path(__file__).resolve().parent.parent
MASS = ROOT / "corpora" / "mass-template" / "en" / "batch-01"


@pytest.fixture(scope="module")
def results():
    paths = sorted(MASS.glob("*.md"))[:6] + sorted((ROOT / "samples").glob("*"))
    drafts = [read_draft(p) for p in paths]
    drafts.append(parse_draft("Hi {first_name},\r\nCall me at 090-1234-5678!!\r\nBest", "crlf.md"))
    drafts.append(parse_draft("Thanks for the talk on offline-first sync at PyCon.", "clean.md"))
    return Linter().lint_many(drafts)


def _streamed(fmt, results, rules):
    out = io.StringIO()
    writer = report_writer(fmt, out, Style(False), rules)
    for result in results:
        writer.add(result)
    writer.close()
    return out.getvalue()


@pytest.mark.parametrize("fmt", FORMATS)
def test_streamed_report_is_byte_for_byte_the_whole_report(fmt, results):
    rules = [lr.rule for lr in discover_rules()[0]]
    assert any(r.findings for r in results) and any(not r.findings for r in results)
    for subset in (results, results[:1], [], [r for r in results if not r.findings]):
        assert _streamed(fmt, subset, rules) == render(fmt, subset, Style(False), rules)


@pytest.mark.parametrize("fmt", ["json", "sarif"])
def test_streamed_json_and_sarif_are_valid_documents(fmt, results):
    rules = [lr.rule for lr in discover_rules()[0]]
    for subset in (results, []):
        data = json.loads(_streamed(fmt, subset, rules))
        rows = data if fmt == "json" else data["runs"][0]["results"]
        assert len(rows) == sum(len(r.findings) for r in subset)


def _check(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "outreach_lint", "check", "--no-cache", *args], capture_output=True, cwd=cwd, timeout=300)


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_check_json_matches_lint_many_with_batch_findings_in_place(tmp_path, jobs):
    """A folder with a mass-template batch: the streamed report and -o file equal the whole-list one."""
    proc = _check("--format", "json", "--jobs", jobs, str(MASS))
    assert proc.returncode == 1, proc.stderr
    paths = sorted(MASS.glob("*.md"))
    expected = render("json", Linter().lint_many([read_draft(p) for p in paths]), Style(False))
    assert proc.stdout.decode() == expected
    assert any(row["rule"] == "mass-template" for row in json.loads(proc.stdout))
    proc = _check("--format", "json", "--jobs", jobs, "-o", str(tmp_path / "r.json"), str(MASS))
    assert proc.returncode == 1 and proc.stdout == b""
    assert (tmp_path / "r.json").read_text(encoding="utf-8") == expected


def test_output_file_is_untouched_when_the_report_fails_half_way(tmp_path, monkeypatch):
    from outreach_lint.formatters import stream

    for n in range(3):
        (tmp_path / f"{n}.md").write_text("Hi {first_name}, let's connect!!\n", encoding="utf-8")
    report = tmp_path / "out" / "report.json"
    report.parent.mkdir()
    report.write_text("the previous report\n", encoding="utf-8")
    added = []

    def add(self, result):
        added.append(result)
        if len(added) == 2:
            raise RuntimeError("disk on fire")
        return original(self, result)

    original = stream._Json.add
    monkeypatch.setattr(stream._Json, "add", add)
    with pytest.raises(RuntimeError):
        main(["check", "--no-cache", "--jobs", "1", "--format", "json", "-o", str(report), str(tmp_path)])
    assert len(added) == 2
    assert report.read_text(encoding="utf-8") == "the previous report\n"
    assert [p.name for p in report.parent.iterdir()] == ["report.json"]  # no temporary file left


def test_drafts_are_read_as_they_are_checked():
    """check_iter takes its tasks lazily: memory does not hold the batch's drafts."""
    linter = Linter()
    taken = []

    def tasks():
        for n in range(50):
            taken.append(n)
            yield linter, DraftInput.of_any(n, f"Hi Dana, draft number {n}.", None, None)

    stream = check_iter(tasks(), jobs=1)
    next(stream)
    assert len(taken) <= 2
    assert len(list(stream)) == 49


def test_batches_on_disk_read_back_in_any_order_and_judge_as_a_list_does():
    """check keeps a run's signatures in a temporary file; judging reads them by index and in
    order, interleaved, and finds what it finds on the same signatures in a list."""
    from outreach_lint import Linter
    from outreach_lint.cli.stream import Batches
    from outreach_lint.engine import DraftInput

    linter = Linter()
    body = "I noticed your great work at {co} and would love to connect and learn more about what you are building there with the team."
    texts = [f"Hi {n},\n\n" + body.format(co=c) for n, c in [("Dana", "Acme"), ("Ken", "Globex"), ("Lee", "Initech")]]
    texts.append("Hi Ana,\n\nYour talk on query planning answered a question my team had argued about for months, thank you.")
    checked = [linter.check(DraftInput(t, lang="en", path=f"d{i}.md")) for i, t in enumerate(texts)]
    batches = Batches()
    for c in checked:
        batches.append(c.batch)
    try:
        assert len(batches) == 4 and batches[-1] == checked[-1].batch and batches[1:3] == [c.batch for c in checked[1:3]]
        seen = []
        for n, batch in enumerate(batches):
            assert batches[3 - n] == checked[3 - n].batch  # a read by index in between
            seen.append(batch)
        assert seen == [c.batch for c in checked]
        on_disk = linter.judge_batch(batches)
        assert on_disk == linter.judge_batch([c.batch for c in checked])
        assert sorted(on_disk) == [0, 1, 2]
    finally:
        batches.close()
