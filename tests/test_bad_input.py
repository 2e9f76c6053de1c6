"""Bad input through the command line: each case is handled, or is one line on stderr naming the
file and the problem, exit status 2, no traceback; a batch goes on past the bad file.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from outreach_lint import lint

pytestmark = pytest.mark.slow

GOOD = "Hi {first_name}, I'm Sam from Fieldnote.\n"  # one finding we can count on: OL101 at 1:4


def run(*args: str, stdin: bytes | None = None, cwd: Path | None = None, env: dict | None = None, prefix=()) -> subprocess.CompletedProcess:
    return subprocess.run(
        [*prefix, sys.executable, "-m", "outreach_lint", *args],
        input=stdin,
        capture_output=True,
        cwd=cwd,
        env=env,
        timeout=300,
    )


def check(*paths: Path, extra=(), **kw) -> tuple[int, str, list[str]]:
    proc = run("check", "--format", "concise", "--select", "OL101", *extra, *map(str, paths), **kw)
    out, err = proc.stdout.decode("utf-8", "replace"), proc.stderr.decode("utf-8", "replace")
    assert "Traceback" not in out + err, err
    return proc.returncode, out, err.strip().splitlines()


def error_about(lines: list[str], path: Path, *words: str) -> str:
    mine = [line for line in lines if str(path) in line]
    assert len(mine) == 1, f"expected one error line naming {path}, got {lines}"
    line = mine[0]
    assert line.startswith("outreach-lint: error: "), line
    for word in words:
        assert word in line, f"{word!r} not in {line!r}"
    return line


@pytest.fixture
def good(tmp_path):
    path = tmp_path / "good.md"
    path.write_text(GOOD, encoding="utf-8")
    return path


def test_missing_file(tmp_path, good):
    code, out, err = check(tmp_path / "nope.md", good)
    assert code == 2
    error_about(err, tmp_path / "nope.md", "no such file")
    assert f"{good}:1:4: OL101" in out  # the batch went on


def _without_root_privileges() -> tuple[str, ...]:
    """Root reads any file: drop the capabilities that let it, when we can."""
    if os.geteuid() != 0:
        return ()
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root without setpriv: permissions cannot be tested")
    caps = "-dac_override,-dac_read_search"
    return (setpriv, f"--inh-caps={caps}", f"--bounding-set={caps}", "--")


def test_folder_with_unreadable_file_and_unlistable_subfolder(tmp_path):
    folder = tmp_path / "drafts"
    (folder / "locked").mkdir(parents=True)
    (folder / "locked" / "x.md").write_text(GOOD, encoding="utf-8")
    (folder / "a.md").write_text(GOOD, encoding="utf-8")
    secret = folder / "b.md"
    secret.write_text(GOOD, encoding="utf-8")
    secret.chmod(0)
    (folder / "locked").chmod(0)
    try:
        code, out, err = check(folder, prefix=_without_root_privileges())
    finally:
        (folder / "locked").chmod(0o755)
        secret.chmod(0o644)
    assert code == 2
    error_about(err, secret, "permission denied")
    error_about(err, folder / "locked", "cannot list folder")
    assert f"{folder / 'a.md'}:1:4: OL101" in out


def test_invalid_utf8_names_the_byte_offset(tmp_path, good):
    bad = tmp_path / "latin1.md"
    bad.write_bytes("Hi Zoë {first_name}".encode("latin-1"))
    code, out, err = check(bad, good)
    assert code == 2
    error_about(err, bad, "UTF-8", "0xeb", "offset 5")
    assert str(good) in out


def test_utf16_with_bom_is_decoded_and_positions_are_in_characters(tmp_path):
    path = tmp_path / "utf16.md"
    path.write_bytes("\ufeffはじめまして。\r\n{first_name}様\r\n".encode("utf-16-le"))
    code, out, _ = check(path)
    assert code == 1
    assert f"{path}:2:1: OL101" in out


def test_utf16_without_bom_is_rejected_clearly(tmp_path):
    path = tmp_path / "nobom.md"
    path.write_bytes("Hi {first_name}, I'm Sam from Fieldnote.\n".encode("utf-16-le"))
    code, _, err = check(path)
    assert code == 2
    error_about(err, path, "UTF-16 without a byte-order mark")


def test_binary_file(tmp_path, good):
    image = tmp_path / "photo.md"
    image.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00" * 20)
    code, out, err = check(image, good)
    assert code == 2
    error_about(err, image, "binary file")
    assert str(good) in out


def test_empty_file_is_a_draft_with_nothing_to_report(tmp_path):
    empty = tmp_path / "empty.md"
    empty.write_bytes(b"")
    proc = run("check", str(empty))
    assert proc.returncode == 0 and proc.stderr == b""
    assert b"1 draft" in proc.stdout


def test_ten_megabyte_file_is_refused_in_one_line(tmp_path, good):
    big = tmp_path / "big.md"
    big.write_bytes(b"Hi Dana, I'm Sam from Fieldnote. " * (10 * 1024 * 1024 // 33))
    code, out, err = check(big, good)
    assert code == 2
    error_about(err, big, "too large")
    assert str(good) in out


def test_ten_megabytes_on_stdin_are_refused_too():
    proc = run("check", "-", "--stdin-filename", "piped.md", stdin=b"x" * (10 * 1024 * 1024 + 1))
    assert proc.returncode == 2 and b"Traceback" not in proc.stderr
    assert b"piped.md" in proc.stderr and b"too large" in proc.stderr


def test_nul_bytes_in_a_text_draft_are_linted_with_columns_kept(tmp_path):
    path = tmp_path / "nul.md"
    path.write_bytes(b"Hi Dana,\x00 I read your {post_title}\n")
    code, out, err = check(path)
    assert code == 1 and not err
    assert f"{path}:1:23: OL101" in out


def test_lone_surrogates_through_the_api_keep_offsets():
    text = "Hi \ud800 Dana \udfff, {first_name} here"
    result = lint(text)
    slot = next(f for f in result.findings if f.rule == "unfilled-placeholder")
    assert text[slot.start : slot.end] == "{first_name}"
    assert not [f for f in result.findings if "crashed" in f.message]


def test_surrogates_encoded_in_a_file_are_invalid_utf8(tmp_path):
    path = tmp_path / "cesu.md"
    path.write_bytes(b"Hi \xed\xa0\x80 {first_name}")
    code, _, err = check(path)
    assert code == 2
    error_about(err, path, "UTF-8", "offset 3")


@pytest.mark.parametrize(
    ("raw", "line", "column"),
    [
        (b"Hello Dana,\r\nI read it.\r\nThanks {first_name}\r\n", 3, 8),
        (b"Hello Dana,\rI read it.\rThanks {first_name}\r", 3, 8),
        (b"Hello Dana,\r\nI read it.\nThe end\rThanks {first_name}\n", 4, 8),
        (b"---\r\nplatform: x\r\n---\r\nHello\r\n\r\nThanks {first_name}\r\n", 6, 8),
    ],
    ids=["crlf", "cr", "mixed", "crlf-front-matter"],
)
def test_line_endings_keep_lines_and_columns_right(tmp_path, raw, line, column):
    path = tmp_path / "endings.md"
    path.write_bytes(raw)
    code, out, err = check(path)
    assert code == 1 and not err
    assert f"{path}:{line}:{column}: OL101" in out


@pytest.mark.parametrize(
    ("front", "words"),
    [
        ("platform: [unclosed", ("front matter", "line")),
        ("- just\n- a list", ("front matter", "mapping")),
        ("platform: myspace", ("myspace",)),
        ("lang: fr", ("lang",)),
        ("recipient: Dana Smith", ("recipient", "mapping", "str")),
        ("recipient: [Dana, ACME]", ("recipient", "mapping", "list")),
        ("recipient: 42", ("recipient", "int")),
        ("recipient: {name: Dana, age: 40}", ("recipient", "age")),
        ("recipient: {name: [Dana]}", ("recipient name", "text")),
        ("thread: hello", ("thread", "list")),
        ("thread: [{from: someone}]", ("thread", "from")),
        ("thread: [{from: me, date: yesterday}]", ("date",)),
        ("outreach-lint: [pushy]", ("outreach-lint",)),
        ("key: !!python/object/apply:os.system ['echo hacked']", ("front matter",)),
    ],
)
def test_malformed_front_matter_is_one_line_naming_the_file(tmp_path, good, front, words):
    bad = tmp_path / "bad.md"
    bad.write_text(f"---\n{front}\n---\nHi Dana\n", encoding="utf-8")
    code, out, err = check(bad, good)
    assert code == 2
    error_about(err, bad, *words)
    assert str(good) in out


def test_an_unclosed_front_matter_is_body_text(tmp_path):
    path = tmp_path / "rule.md"
    path.write_text("---\nHi {first_name}, no closing line here\n", encoding="utf-8")
    code, out, err = check(path)
    assert code == 1 and not err
    assert f"{path}:2:4: OL101" in out


def test_broken_config_is_one_line_naming_the_config_file(tmp_path):
    (tmp_path / ".outreach-lint.toml").write_text("select = [unclosed\n", encoding="utf-8")
    (tmp_path / "a.md").write_text(GOOD, encoding="utf-8")
    proc = run("check", str(tmp_path / "a.md"), cwd=tmp_path)
    err = proc.stderr.decode()
    assert proc.returncode == 2 and "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and ".outreach-lint.toml" in lines[0], err


def test_config_naming_an_unknown_rule_is_one_line(tmp_path):
    (tmp_path / ".outreach-lint.toml").write_text('ignore = ["no-such-rule"]\n', encoding="utf-8")
    (tmp_path / "a.md").write_text(GOOD, encoding="utf-8")
    proc = run("check", str(tmp_path / "a.md"), cwd=tmp_path)
    err = proc.stderr.decode()
    assert proc.returncode == 2 and "Traceback" not in err
    assert "no-such-rule" in err and len(err.strip().splitlines()) == 1


RAISING_RULE = '''
from outreach_lint import Rule, Severity


class Exploding(Rule):
    """Raises on every draft.

    ## What it does
    Nothing good.

    ## Why is this bad?
    It raises.

    ## Example
    Any draft.
    """

    code = "XPL101"
    name = "exploding"
    languages = frozenset({"ja", "en"})
    severity = Severity.WARNING
    advice = "002 §5"
    doc_ja = "## 何をするか\\n例外を投げます。\\n## なぜ問題か\\n例外。\\n## 例\\nすべて。"
    messages = {"x": {"en": "x", "ja": "x"}}

    def check(self, doc, ctx):
        raise RuntimeError("boom from a plugin")
        yield
'''


def test_a_plugin_that_raises_is_reported_and_the_other_rules_still_run(tmp_path):
    site = tmp_path / "site"
    site.mkdir()
    (site / "exploding_rule.py").write_text(textwrap.dedent(RAISING_RULE), encoding="utf-8")
    info = site / "outreach_lint_exploding-0.1.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: outreach-lint-exploding\nVersion: 0.1\n", encoding="utf-8")
    (info / "entry_points.txt").write_text("[outreach_lint.rules]\nXPL101 = exploding_rule:Exploding\n", encoding="utf-8")
    draft = tmp_path / "a.md"
    draft.write_text(GOOD, encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(site), os.environ.get("PYTHONPATH", "")]))
    proc = run("check", "--format", "concise", str(draft), env=env)
    out, err = proc.stdout.decode(), proc.stderr.decode()
    assert "Traceback" not in out + err
    assert proc.returncode in (1, 2)
    crash = [line for line in (out + err).splitlines() if "exploding" in line]
    assert crash and "boom from a plugin" in crash[0], out + err
    assert f"{draft}:1:4: OL101" in out  # the built-in rules still ran


def test_a_directory_given_as_a_file_and_a_fifo_in_a_folder(tmp_path, good):
    folder = tmp_path / "folder.md"
    folder.mkdir()
    (folder / "inner.md").write_text(GOOD, encoding="utf-8")
    if hasattr(os, "mkfifo"):
        os.mkfifo(folder / "pipe.md")  # reading it would block for ever
    code, out, err = check(folder, good)
    assert code == 1 and not err
    assert f"{folder / 'inner.md'}:1:4: OL101" in out
