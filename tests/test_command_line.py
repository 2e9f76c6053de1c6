"""The command as a script uses it: files, folders, stdin, JSON, exit status, bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run(*args: str, stdin: bytes | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "outreach_lint", *args],
        input=stdin,
        capture_output=True,
        cwd=cwd,
        timeout=120,
    )


def test_check_prints_one_line_per_finding_and_a_summary(tmp_path):
    (tmp_path / "a.md").write_text("Hi {first_name},\n\nLoved your talk on sync engines at PyCon.\n")
    proc = run("check", str(tmp_path / "a.md"), "--format", "concise")
    out = proc.stdout.decode()
    assert proc.returncode == 1
    assert f"{tmp_path / 'a.md'}:1:4: OL101 unfilled-placeholder:" in out
    assert out.strip().splitlines()[-1].startswith("Found ")


def test_json_output_has_the_documented_keys(tmp_path):
    (tmp_path / "a.txt").write_text("○○様\nはじめまして。\n", encoding="utf-8")
    proc = run("check", str(tmp_path), "--format", "json")
    rows = json.loads(proc.stdout)
    assert proc.returncode == 1
    row = next(r for r in rows if r["code"] == "OL101")
    assert {"path", "rule", "code", "severity", "message", "line", "column", "start", "end", "suggestion"} <= set(row)
    assert (row["line"], row["column"], row["start"], row["end"]) == (1, 1, 0, 2)
    assert "差し込み" in row["message"]  # a Japanese draft is reported in Japanese


def test_front_matter_sets_platform_and_positions_count_from_the_file(tmp_path):
    body = "Hi Dana, " + "your article about sync engines changed how we test. " * 6
    (tmp_path / "note.md").write_text(f"---\nplatform: linkedin\n---\n{body}\n")
    rows = json.loads(run("check", str(tmp_path / "note.md"), "--format", "json").stdout)
    cap = next(r for r in rows if r["rule"] == "too-long")
    assert cap["severity"] == "error" and cap["line"] == 4
    text = (tmp_path / "note.md").read_text()
    assert cap["start"] == text.index("Hi Dana") + 300


def test_platform_flag_is_the_default_for_drafts_without_one(tmp_path):
    (tmp_path / "a.md").write_text("Hi Dana, " + "your article about sync engines changed how we test. " * 5)
    assert run("check", str(tmp_path), "--platform", "linkedin-free", "--select", "too-long").returncode == 1
    assert run("check", str(tmp_path), "--platform", "x", "--select", "too-long").returncode == 0


def test_stdin_and_clean_exit(tmp_path):
    proc = run("check", "-", "--select", "unfilled-placeholder", stdin="Hi Dana, loved your PyCon talk.".encode())
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_fail_on_error_ignores_warnings(tmp_path):
    (tmp_path / "long.md").write_text("I would like to tell you about the work we do every day. " * 14)
    assert run("check", str(tmp_path), "--select", "too-long").returncode == 1
    assert run("check", str(tmp_path), "--select", "too-long", "--fail-on", "error").returncode == 0


def test_bad_input_is_one_line_naming_the_file_with_exit_2(tmp_path):
    bad = tmp_path / "bad.md"
    bad.write_bytes(b"Hi Dana \xff\xfe there")
    good = tmp_path / "good.md"
    good.write_text("Hi {first_name}")
    proc = run("check", str(bad), str(good), str(tmp_path / "missing.md"))
    err = proc.stderr.decode().strip().splitlines()
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr.decode()
    assert any(str(bad) in line and "UTF-8" in line and "offset 8" in line for line in err)
    assert any("missing.md" in line and "no such file" in line for line in err)
    assert "OL101" in proc.stdout.decode()  # the batch went on past the bad files


def test_bad_front_matter_is_an_input_error(tmp_path):
    (tmp_path / "a.md").write_text("---\nplatform: [unclosed\n---\nHi Dana\n")
    (tmp_path / "b.md").write_text("---\nplatform: myspace\n---\nHi Dana\n")
    proc = run("check", str(tmp_path))
    err = proc.stderr.decode()
    assert proc.returncode == 2 and "Traceback" not in err
    assert "a.md: front matter" in err and "b.md" in err and "myspace" in err


def test_usage_error_exits_2():
    proc = run("check", "x.md", "--platform", "myspace")
    assert proc.returncode == 2 and "Traceback" not in proc.stderr.decode()


def test_rules_lists_code_name_languages_severity_origin():
    out = run("rules").stdout.decode()
    line = next(l for l in out.splitlines() if l.startswith("OL301"))
    assert "too-long" in line and "ja" in line and "en" in line and "warning" in line and "outreach-lint" in line


def test_readme_sample_folder_has_findings_in_both_languages():
    rows = json.loads(run("check", str(ROOT / "samples"), "--format", "json").stdout)
    langs = {("ja" if "ja-" in Path(r["path"]).name else "en") for r in rows}
    assert langs == {"ja", "en"}
