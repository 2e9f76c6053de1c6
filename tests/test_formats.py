"""Output formats through the real command line: text with carets, concise, json, sarif, github,
statistics, quiet, colour only on a terminal, masking of sensitive spans, locales."""

from __future__ import annotations

import json
import os
import pty
import select
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from ._cli import err, install_test_rules, out, run

SCHEMA = Path(__file__).parent / "fixtures" / "sarif-schema-2.1.0.json"
EN = "Hi Dana!! Your talk on offline sync was great. Please reply asap about the meetup.\n"
JA = "山田様\n\nご講演すばらしかったです！！ぜひ一度お話を伺えればと存じます。\n"
PHONE = "Hi Dana, great talk on offline sync!! Call me at 0467-22-3344 any time this week.\n"


@pytest.fixture(scope="module")
def plugins(tmp_path_factory):
    return install_test_rules(tmp_path_factory.mktemp("plugins"))


@pytest.fixture()
def drafts(tmp_path):
    (tmp_path / "en.md").write_text(EN, encoding="utf-8")
    (tmp_path / "ja.md").write_text(JA, encoding="utf-8")
    return tmp_path


def test_text_shows_location_code_name_message_source_caret_and_suggestion(drafts, plugins):
    proc = run("check", "en.md", "--select", "test-exclaim", cwd=drafts, plugins=plugins)
    lines = out(proc).splitlines()
    assert lines[0] == "en.md:1:8: ZZ901 [*] test-exclaim: Exclamation run"
    assert lines[1] == "  1 | Hi Dana!! Your talk on offline sync was great. Please reply asap about the meetup."
    assert lines[2] == "    |        ^^"
    assert lines[3] == "    suggestion: Use one exclamation mark."
    assert lines[-2:] == ["Found 1 finding (0 error, 1 warning, 0 info) in 1 draft.", "1 fixable with --fix."]
    assert "\x1b[" not in out(proc)  # a pipe gets no colour


def test_caret_lines_up_under_wide_japanese_characters(drafts, plugins):
    lines = out(run("check", "ja.md", "--select", "test-exclaim", cwd=drafts, plugins=plugins)).splitlines()
    assert lines[0].startswith("ja.md:3:13: ZZ901 [*] test-exclaim: 感嘆符が続いています")
    source, caret = lines[1], lines[2]
    assert source == "  3 | ご講演すばらしかったです！！ぜひ一度お話を伺えればと存じます。"
    # 12 wide characters before the span: 24 columns; the span is two wide characters: 4 carets
    assert caret == "    | " + " " * 24 + "^^^^"


def test_concise_is_one_line_per_finding(drafts, plugins):
    proc = run("check", ".", "--format", "concise", "--select", "ZZ90", cwd=drafts, plugins=plugins)
    lines = out(proc).splitlines()
    assert lines[:3] == [
        "en.md:1:8: ZZ901 test-exclaim: Exclamation run",
        "en.md:1:55: ZZ903 test-urgent: Pressure: 'reply asap'",
        "ja.md:3:13: ZZ901 test-exclaim: 感嘆符が続いています",
    ]
    assert lines[3:] == ["Found 3 findings (0 error, 3 warning, 0 info) in 2 drafts.", "2 fixable with --fix."]


def test_json_keeps_the_documented_keys(drafts, plugins):
    rows = json.loads(out(run("check", "en.md", "--format", "json", "--select", "ZZ90", cwd=drafts, plugins=plugins)))
    first = rows[0]
    assert {"path", "rule", "code", "severity", "message", "line", "column", "start", "end", "suggestion"} <= set(first)
    assert (first["path"], first["code"], first["start"], first["end"], first["end_column"]) == ("en.md", "ZZ901", 7, 9, 10)
    assert first["fixable"] is True and first["fix"]["replacement"] == "!"


def test_sarif_is_valid_against_the_schema_and_carries_rule_help(drafts, plugins):
    proc = run("check", ".", "--format", "sarif", "--select", "ZZ90,OL101", cwd=drafts, plugins=plugins)
    log = json.loads(out(proc))
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.validate(log, schema, cls=jsonschema.Draft7Validator)
    run_ = log["runs"][0]
    assert log["version"] == "2.1.0" and run_["columnKind"] == "unicodeCodePoints"
    rules = run_["tool"]["driver"]["rules"]
    ids = [r["id"] for r in rules]
    assert "OL101" in ids and "ZZ901" in ids
    ol101 = rules[ids.index("OL101")]
    assert "## What it does" in ol101["help"]["text"] and ol101["defaultConfiguration"]["level"] == "error"
    results = run_["results"]
    assert len(results) == 3
    for result in results:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
    ja = next(r for r in results if r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "ja.md")
    assert ja["locations"][0]["physicalLocation"]["region"]["startLine"] == 3
    assert ja["locations"][0]["physicalLocation"]["region"]["startColumn"] == 13
    assert ja["fixes"][0]["artifactChanges"][0]["replacements"][0]["insertedContent"]["text"] == "！"


def test_sarif_uri_of_a_japanese_file_name_is_encoded(tmp_path, plugins):
    (tmp_path / "下書き.md").write_text(EN)
    log = json.loads(out(run("check", ".", "--format", "sarif", "--select", "ZZ901", cwd=tmp_path, plugins=plugins)))
    uri = log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    assert uri == "%E4%B8%8B%E6%9B%B8%E3%81%8D.md"
    jsonschema.validate(log, json.loads(SCHEMA.read_text()), cls=jsonschema.Draft7Validator)


def test_github_annotations(drafts, plugins):
    proc = run("check", "en.md", "--format", "github", "--select", "ZZ90", cwd=drafts, plugins=plugins)
    lines = out(proc).splitlines()
    assert lines[0] == (
        "::warning file=en.md,line=1,col=8,endLine=1,endColumn=10,title=outreach-lint (ZZ901 test-exclaim)"
        "::Exclamation run%0Asuggestion: Use one exclamation mark."
    )
    assert lines[1].startswith("::warning file=en.md,line=1,col=55,")
    assert len(lines) == 2 and proc.returncode == 1


def test_statistics_count_per_rule(drafts, plugins):
    (drafts / "more.md").write_text("Thanks for the talk!! Really!! See you at the meetup next week.\n")
    proc = run("check", ".", "--statistics", "--select", "ZZ90", cwd=drafts, plugins=plugins)
    lines = out(proc).splitlines()
    assert lines[0].split() == ["4", "ZZ901", "test-exclaim", "[*]"]
    assert lines[1].split() == ["1", "ZZ903", "test-urgent"]
    data = json.loads(out(run("check", ".", "--statistics", "--format", "json", "--select", "ZZ90", cwd=drafts, plugins=plugins)))
    assert data[0] == {"code": "ZZ901", "name": "test-exclaim", "count": 4, "fixable": 4}


def test_quiet_prints_findings_and_nothing_else(drafts, plugins):
    proc = run("check", "en.md", "-q", "--format", "concise", "--select", "ZZ901", cwd=drafts, plugins=plugins)
    assert out(proc) == "en.md:1:8: ZZ901 test-exclaim: Exclamation run\n"
    clean = run("check", "-q", "-", "--select", "ZZ901", stdin=b"Thanks for the talk on sync engines.", plugins=plugins)
    assert out(clean) == "" and clean.returncode == 0


def test_output_file(drafts, plugins):
    proc = run("check", "en.md", "--format", "json", "-o", "report.json", "--select", "ZZ901", cwd=drafts, plugins=plugins)
    assert out(proc) == "" and proc.returncode == 1
    assert json.loads((drafts / "report.json").read_text())[0]["code"] == "ZZ901"


def _on_a_terminal(args: list[str], cwd: Path, env: dict[str, str], stream: str = "stdout") -> tuple[str, str]:
    """Run the command with ``stream`` on a pseudo-terminal; (terminal text, the other stream)."""
    master, slave = pty.openpty()
    kwargs = {"stdout": subprocess.PIPE, "stderr": subprocess.PIPE, stream: slave}
    proc = subprocess.Popen([sys.executable, "-m", "outreach_lint", *args], cwd=cwd, env=env, **kwargs)
    os.close(slave)
    chunks = []
    while True:
        ready, _, _ = select.select([master], [], [], 0.2)
        if ready:
            try:
                data = os.read(master, 65536)
            except OSError:
                break
            if not data:
                break
            chunks.append(data)
        elif proc.poll() is not None:
            break
    other = (proc.stderr if stream == "stdout" else proc.stdout).read()
    proc.wait(timeout=300)
    os.close(master)
    return b"".join(chunks).decode("utf-8", "replace"), other.decode("utf-8")


def _env(plugins: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR")}
    env["PYTHONPATH"] = str(plugins)
    env.update(extra)
    return env


def test_colour_only_on_a_terminal_and_never_with_no_color(drafts, plugins):
    args = ["check", "en.md", "--select", "ZZ901"]
    coloured, _ = _on_a_terminal(args, drafts, _env(plugins))
    assert "\x1b[" in coloured and "Exclamation run" in coloured
    plain, _ = _on_a_terminal(args, drafts, _env(plugins, NO_COLOR="1"))
    assert "\x1b[" not in plain and "Exclamation run" in plain


def test_progress_bar_on_a_terminal_for_a_big_batch_and_nothing_on_a_pipe(tmp_path, plugins):
    for i in range(210):
        (tmp_path / f"d{i:03}.txt").write_text(f"Hi Dana, thanks for talk number {i}!! See you at the meetup.\n")
    args = ["check", ".", "--select", "ZZ901", "--format", "concise"]
    bar, report = _on_a_terminal(args, tmp_path, _env(plugins), stream="stderr")
    assert "Checking [" in bar and "210/210 drafts" in bar
    assert "Checking" not in report and report.count("ZZ901") == 210  # stdout stayed clean
    piped = run(*args, cwd=tmp_path, plugins=plugins)
    assert err(piped) == ""
    small, _ = _on_a_terminal(["check", "d000.txt", "--select", "ZZ901"], tmp_path, _env(plugins), stream="stderr")
    assert "Checking" not in small


def test_sensitive_spans_are_masked_wherever_source_is_echoed(tmp_path, plugins):
    (tmp_path / "p.md").write_text(PHONE)
    text = out(run("check", "p.md", "--select", "ZZ90", cwd=tmp_path, plugins=plugins))
    assert "ZZ904 test-phone" in text
    assert "22-3344" not in text and "04**" in text
    diff = out(run("check", "p.md", "--diff", "--select", "ZZ90", cwd=tmp_path, plugins=plugins))
    assert diff.startswith("--- a/p.md") and "22-3344" not in diff
    for fmt in ("json", "sarif", "github", "concise", "html"):
        assert "22-3344" not in out(run("check", "p.md", "--format", fmt, "--select", "ZZ90", cwd=tmp_path, plugins=plugins))


def test_messages_follow_the_draft_language_unless_locale_is_forced(drafts, plugins):
    rows = json.loads(out(run("check", ".", "--format", "json", "--select", "ZZ901", cwd=drafts, plugins=plugins)))
    assert {r["path"]: r["message"] for r in rows} == {"en.md": "Exclamation run", "ja.md": "感嘆符が続いています"}
    ja = run("check", "en.md", "--locale", "ja", "--select", "ZZ901", cwd=drafts, plugins=plugins)
    assert "感嘆符が続いています" in out(ja) and "感嘆符は一つにしましょう。" in out(ja)
    assert "下書き1件に1件の指摘があります" in out(ja)
    en = json.loads(out(run("check", "ja.md", "--locale", "en", "--format", "json", "--select", "ZZ901", cwd=drafts, plugins=plugins)))
    assert en[0]["message"] == "Exclamation run" and en[0]["suggestion"] == "Use one exclamation mark."


def test_explain_shows_the_rule_docs_in_english_or_japanese():
    en = run("explain", "too-long")
    assert en.returncode == 0 and out(en).startswith("OL301 too-long")
    assert "## What it does" in out(en) and "## Options" in out(en) and "max-words" in out(en)
    ja = run("explain", "OL301", "--locale", "ja")
    assert "## 何をするか" in out(ja) and "既定の重大度" in out(ja)
    bad = run("explain", "too-lnog")
    assert bad.returncode == 2 and "did you mean 'too-long'" in err(bad) and "Traceback" not in err(bad)


def test_rules_json_lists_every_rule_with_its_metadata(plugins):
    rows = json.loads(out(run("rules", "--format", "json", plugins=plugins)))
    by_code = {r["code"]: r for r in rows}
    assert by_code["OL301"]["name"] == "too-long" and "max-words" in by_code["OL301"]["options"]
    assert by_code["ZZ901"]["fixable"] is True and by_code["ZZ901"]["origin"] == "zz-testrules"
    table = out(run("rules", plugins=plugins))
    assert any(line.startswith("ZZ901") and "[*] fixable" in line for line in table.splitlines())


def test_stdin_filename_names_the_draft_and_finds_its_configuration(tmp_path, plugins):
    (tmp_path / "team").mkdir()
    (tmp_path / "team" / ".outreach-lint.toml").write_text('ignore = ["test-urgent"]\n')
    proc = run(
        "check", "-", "--stdin-filename", str(tmp_path / "team" / "note.md"), "--format", "concise", "--select", "ZZ90",
        stdin=EN.encode(), plugins=plugins,
    )
    lines = out(proc).splitlines()
    assert lines[0] == f"{tmp_path / 'team' / 'note.md'}:1:8: ZZ901 test-exclaim: Exclamation run"
    assert "ZZ903" not in out(proc)


def test_python_dash_m_and_the_installed_command_agree(drafts, plugins):
    script = Path(sys.executable).with_name("outreach-lint")
    if not script.exists():
        pytest.skip("the outreach-lint script is not installed next to this interpreter")
    env = _env(plugins)
    via_script = subprocess.run([str(script), "check", ".", "--select", "ZZ90"], cwd=drafts, env=env, capture_output=True)
    via_module = run("check", ".", "--select", "ZZ90", cwd=drafts, plugins=plugins)
    assert via_script.returncode == via_module.returncode == 1
    assert via_script.stdout == via_module.stdout
