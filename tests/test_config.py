"""Configuration files, through the real command line: discovery, selection, options, overrides, errors."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest

from ._cli import err, install_test_rules, out, run

PLACEHOLDER = "Hi {first_name},\n\nI read your article on sync engines and would value your view on ours.\n"
LONG = "Hi Dana, " + "your article about offline sync engines changed how our team tests mobile apps. " * 4 + "\n"


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def codes(proc) -> list[str]:
    return [row["code"] for row in json.loads(out(proc))]


@pytest.fixture(scope="module")
def plugins(tmp_path_factory):
    return install_test_rules(tmp_path_factory.mktemp("plugins"))


def test_pyproject_table_is_found_by_walking_up_from_the_draft(tmp_path):
    write(tmp_path / "pyproject.toml", '[project]\nname = "x"\n\n[tool.outreach-lint]\nignore = ["unfilled-placeholder"]\n')
    draft = write(tmp_path / "drafts" / "deep" / "a.md", PLACEHOLDER)
    assert codes(run("check", str(draft), "--format", "json", "--select", "OL1")) == []
    # run from elsewhere: the file's folder decides, not the current directory
    proc = run("check", str(draft), "--format", "json", cwd=Path("/"))
    assert "OL101" not in codes(proc)
    # the command line adds to the file's ignore list; --isolated drops the file
    assert "OL101" in codes(run("check", str(draft), "--format", "json", "--isolated"))


def test_own_file_wins_over_pyproject_and_a_nearer_file_wins(tmp_path):
    write(tmp_path / "pyproject.toml", '[tool.outreach-lint]\nselect = ["too-long"]\n')
    write(tmp_path / ".outreach-lint.toml", 'select = ["OL1"]\n')
    write(tmp_path / "a.md", PLACEHOLDER + LONG * 3)
    write(tmp_path / "sub" / ".outreach-lint.toml", 'select = ["too-long"]\n')
    write(tmp_path / "sub" / "b.md", PLACEHOLDER + LONG * 3)
    rows = json.loads(out(run("check", str(tmp_path), "--format", "json")))
    by_file = {(Path(r["path"]).name, r["code"]) for r in rows}
    assert ("a.md", "OL101") in by_file and ("a.md", "OL301") not in by_file
    assert ("b.md", "OL301") in by_file and ("b.md", "OL101") not in by_file


def test_pyproject_without_our_table_is_passed_over(tmp_path):
    write(tmp_path / ".outreach-lint.toml", 'ignore = ["OL101"]\n')
    write(tmp_path / "proj" / "pyproject.toml", '[project]\nname = "unrelated"\n')
    draft = write(tmp_path / "proj" / "a.md", PLACEHOLDER)
    assert "OL101" not in codes(run("check", str(draft), "--format", "json"))


def test_config_flag_chooses_the_file(tmp_path):
    config = write(tmp_path / "conf" / "strict.toml", 'fail-on = "error"\nselect = ["too-long"]\n')
    draft = write(tmp_path / "a.md", LONG * 3)
    plain = run("check", str(draft), "--select", "too-long")
    assert plain.returncode == 1  # a warning fails by default
    chosen = run("check", str(draft), "--config", str(config))
    assert chosen.returncode == 0 and "OL301" in out(chosen)  # still shown, no longer failing


def test_select_by_prefix_name_and_code_and_extend_select(tmp_path, plugins):
    draft = write(tmp_path / "a.md", "Hi {first_name}!! Please reply asap.\n")
    cfg = tmp_path / ".outreach-lint.toml"
    write(cfg, 'select = ["ZZ90"]\nignore = ["test-hype", "ZZ904"]\n')
    assert sorted(set(codes(run("check", str(draft), "--format", "json", plugins=plugins)))) == ["ZZ901", "ZZ903"]
    write(cfg, 'select = ["test-exclaim"]\nextend-select = ["OL101"]\n')
    assert sorted(set(codes(run("check", str(draft), "--format", "json", plugins=plugins)))) == ["OL101", "ZZ901"]
    # --select on the command line replaces the file's selection
    got = codes(run("check", str(draft), "--format", "json", "--select", "ZZ903", plugins=plugins))
    assert set(got) == {"ZZ903"}


def test_rule_severity_and_options(tmp_path):
    draft = write(tmp_path / "a.md", "Hi Dana, your talk on sync engines was the clearest I have heard on the subject all year.\n")
    write(
        tmp_path / "pyproject.toml",
        """\
        [tool.outreach-lint]
        select = ["too-long"]

        [tool.outreach-lint.rules.too-long]
        max-words = 10
        severity = "error"
        """,
    )
    rows = json.loads(out(run("check", str(draft), "--format", "json")))
    assert [(r["rule"], r["severity"]) for r in rows] == [("too-long", "error")]
    assert "10" in rows[0]["message"]


def test_default_platform_and_fail_on_from_config(tmp_path):
    draft = write(tmp_path / "a.md", LONG)  # about 330 characters
    write(tmp_path / ".outreach-lint.toml", 'platform = "linkedin"\nselect = ["too-long"]\n')
    rows = json.loads(out(run("check", str(draft), "--format", "json")))
    assert rows and rows[0]["severity"] == "error"  # over LinkedIn's 300-character cap
    # front matter still wins over the configured default
    write(tmp_path / "b.md", "---\nplatform: linkedin-inmail\n---\n" + LONG)
    assert json.loads(out(run("check", str(tmp_path / "b.md"), "--format", "json"))) == []


def test_per_path_overrides(tmp_path):
    write(
        tmp_path / ".outreach-lint.toml",
        """\
        select = ["OL101", "too-long"]

        [[overrides]]
        files = ["notes/**"]
        platform = "linkedin"
        ignore = ["unfilled-placeholder"]

        [[overrides]]
        files = ["mail/*.md"]
        [overrides.rules.too-long]
        max-words = 10
        """,
    )
    write(tmp_path / "notes" / "n.md", PLACEHOLDER + LONG)
    write(tmp_path / "mail" / "m.md", PLACEHOLDER)
    write(tmp_path / "other.md", PLACEHOLDER + LONG)
    rows = json.loads(out(run("check", str(tmp_path), "--format", "json")))
    got = {(Path(r["path"]).name, r["code"], r["severity"]) for r in rows}
    assert ("n.md", "OL301", "error") in got and not any(n == "n.md" and c == "OL101" for n, c, _ in got)
    assert ("m.md", "OL101", "error") in got and ("m.md", "OL301", "warning") in got  # 13 words > 10
    assert ("other.md", "OL101", "error") in got and not any(n == "other.md" and c == "OL301" for n, c, _ in got)


def test_include_and_exclude_globs_when_walking(tmp_path):
    write(
        tmp_path / "pyproject.toml",
        '[tool.outreach-lint]\ninclude = ["*.md", "*.draft"]\nexclude = ["archive", "drafts/old-*.md"]\n',
    )
    for name in ("drafts/a.md", "drafts/b.draft", "drafts/c.txt", "drafts/old-1.md", "archive/x.md", "archive/deep/y.md"):
        write(tmp_path / name, PLACEHOLDER)
    rows = json.loads(out(run("check", str(tmp_path), "--format", "json", "--select", "OL101")))
    assert sorted({Path(r["path"]).name for r in rows}) == ["a.md", "b.draft"]
    # a file named on the command line is checked even when excluded, unless --force-exclude
    old = str(tmp_path / "drafts" / "old-1.md")
    assert codes(run("check", old, "--format", "json", "--select", "OL101")) == ["OL101"]
    assert codes(run("check", old, "--format", "json", "--select", "OL101", "--force-exclude")) == []


def test_extra_phrases_extend_every_phrase_list_rule(tmp_path, plugins):
    write(
        tmp_path / ".outreach-lint.toml",
        """\
        select = ["test-urgent"]

        [rules.test-urgent]
        extra-phrases = { en = ["get back to me today"], ja = { urgency = ["本日中にご返信"] } }
        """,
    )
    en = write(tmp_path / "en.md", "Hi Dana, loved the talk. Please get back to me today about the role.\n")
    ja = write(tmp_path / "ja.md", "山田様\n\n先日のご講演を拝見しました。本日中にご返信いただけますと幸いです。\n")
    rows = json.loads(out(run("check", str(en), str(ja), "--format", "json", plugins=plugins)))
    spans = {(Path(r["path"]).name, r["start"], r["end"]) for r in rows}
    en_text, ja_text = en.read_text(encoding="utf-8"), ja.read_text(encoding="utf-8")
    # inflected forms match through lemmas: "get back to me today" in the list, the draft agrees
    assert ("en.md", en_text.index("get back"), en_text.index(" about")) in spans
    start = ja_text.index("本日中")
    assert ("ja.md", start, start + len("本日中にご返信")) in spans
    # without the option, neither draft fires
    (tmp_path / ".outreach-lint.toml").write_text('select = ["test-urgent"]\n')
    assert json.loads(out(run("check", str(en), str(ja), "--format", "json", plugins=plugins))) == []


@pytest.mark.parametrize(
    "content, expected",
    [
        ('selct = ["OL1"]\n', ["'selct'", "did you mean 'select'"]),
        ('select = ["pushyy-unfilled"]\n', ["select", "'pushyy-unfilled'"]),
        ('ignore = ["unfiled-placeholder"]\n', ["ignore", "did you mean 'unfilled-placeholder'"]),
        ("[rules.too-lng]\nmax-words = 3\n", ["rules.too-lng", "did you mean 'too-long'"]),
        ("[rules.too-long]\nmax-word = 3\n", ["rules.too-long", "'max-word'", "did you mean 'max-words'"]),
        ('[rules.too-long]\nmax-words = "many"\n', ["too-long", "max-words", "'many'"]),
        ('[rules.too-long]\nseverity = "fatal"\n', ["too-long", "severity", "'fatal'"]),
        ('fail-on = "sometimes"\n', ["fail-on", "'sometimes'"]),
        ('platform = "myspace"\n', ["myspace"]),
        ('[[overrides]]\nfiles = ["x/**"]\nignroe = ["OL101"]\n', ["overrides[0]", "'ignroe'", "did you mean 'ignore'"]),
        ('[[overrides]]\nfiles = ["x/**"]\n[overrides.rules.too-long]\nmax-chars = true\n', ["overrides[0]", "max-chars"]),
        ("[rules.too-long]\nextra-phrases = { en = ['x'] }\n", ["too-long", "extra-phrases", "no phrase list"]),
        ("select = [\n", ["invalid TOML"]),
    ],
)
def test_mistakes_are_one_clear_error_naming_the_file_and_key(tmp_path, content, expected):
    cfg = write(tmp_path / ".outreach-lint.toml", content)
    write(tmp_path / "a.md", PLACEHOLDER)
    proc = run("check", str(tmp_path / "a.md"))
    message = err(proc).strip()
    assert proc.returncode == 2, message
    assert "Traceback" not in message and len(message.splitlines()) == 1, message
    assert str(cfg) in message
    for part in expected:
        assert part in message, message


def test_mistake_in_pyproject_names_the_table(tmp_path):
    write(tmp_path / "pyproject.toml", '[tool.outreach-lint]\nselect = ["too-lon"]\n')
    write(tmp_path / "a.md", PLACEHOLDER)
    message = err(run("check", str(tmp_path))).strip()
    assert "pyproject.toml [tool.outreach-lint]" in message and "did you mean 'too-long'" in message


def test_unknown_phrase_group_names_the_groups(tmp_path, plugins):
    write(tmp_path / ".outreach-lint.toml", "[rules.test-urgent.extra-phrases.en]\nurgncy = ['now']\n")
    write(tmp_path / "a.md", PLACEHOLDER)
    proc = run("check", str(tmp_path), plugins=plugins)
    assert proc.returncode == 2
    assert "did you mean 'urgency'" in err(proc) and "deadline" in err(proc)
