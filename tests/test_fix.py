"""Safe fixes through the real command line: --fix writes, --diff shows, files keep their bytes' form."""

from __future__ import annotations

import codecs
import os
import stat

import pytest

from ._cli import err, install_test_rules, out, run

TEXT = "Hi Dana!!! Your talk on offline sync was amazing. See you at the meetup!!\n"
FIXED = "Hi Dana! Your talk on offline sync was amazing. See you at the meetup!\n"


@pytest.fixture(scope="module")
def plugins(tmp_path_factory):
    return install_test_rules(tmp_path_factory.mktemp("plugins"))


def test_fix_applies_only_safe_fixes_and_reports_what_remains(tmp_path, plugins):
    draft = tmp_path / "a.md"
    draft.write_text(TEXT)
    proc = run("check", "a.md", "--fix", "--select", "ZZ90", cwd=tmp_path, plugins=plugins)
    assert draft.read_text() == FIXED  # "amazing" has only an unsafe fix: left alone
    text = out(proc)
    assert "ZZ901" not in text and "a.md:1:40: ZZ902 test-hype: Hype word" in text
    assert "Fixed 2 findings." in text
    assert proc.returncode == 1  # the hype word is still a warning
    # nothing left to fix: a second run changes nothing and says so
    again = run("check", "a.md", "--fix", "--select", "ZZ901", cwd=tmp_path, plugins=plugins)
    assert again.returncode == 0 and "Fixed" not in out(again)


def test_fix_keeps_bom_crlf_and_permissions_and_replaces_atomically(tmp_path, plugins):
    draft = tmp_path / "a.txt"
    body = "---\r\nplatform: email\r\n---\r\nHi Dana!!\r\nThanks for the talk on offline sync!!\r\n"
    draft.write_bytes(codecs.BOM_UTF8 + body.encode("utf-8"))
    os.chmod(draft, 0o640)
    inode = draft.stat().st_ino
    proc = run("check", str(draft), "--fix", "--select", "ZZ901", plugins=plugins)
    assert proc.returncode == 0, out(proc) + err(proc)
    data = draft.read_bytes()
    assert data == codecs.BOM_UTF8 + body.replace("!!", "!").encode("utf-8")
    assert stat.S_IMODE(draft.stat().st_mode) == 0o640
    assert draft.stat().st_ino != inode  # written through a new file and a rename
    assert [p.name for p in tmp_path.iterdir()] == ["a.txt"]  # no temporary file left behind


def test_fix_keeps_utf16(tmp_path, plugins):
    draft = tmp_path / "ja.txt"
    text = "山田様\n\nご講演すばらしかったです！！ぜひお話を伺えればと存じます。\n"
    draft.write_bytes(text.encode("utf-16"))  # with its BOM
    run("check", str(draft), "--fix", "--select", "ZZ901", plugins=plugins)
    assert draft.read_bytes() == text.replace("！！", "！").encode("utf-16")


def test_a_file_with_nothing_to_fix_is_never_touched(tmp_path, plugins):
    draft = tmp_path / "clean.md"
    draft.write_text("Hi Dana, your talk on offline sync was amazing.\n")
    os.utime(draft, ns=(1_000_000_000_000_000_000, 1_000_000_000_000_000_000))
    before = draft.stat()
    proc = run("check", str(draft), "--fix", "--select", "ZZ90", plugins=plugins)
    after = draft.stat()
    assert proc.returncode == 1  # the unsafe-only finding is still reported
    assert (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns)


def test_diff_shows_the_fixes_and_writes_nothing(tmp_path, plugins):
    draft = tmp_path / "a.md"
    draft.write_text(TEXT)
    proc = run("check", "a.md", "--diff", "--select", "ZZ90", cwd=tmp_path, plugins=plugins)
    assert draft.read_text() == TEXT
    assert out(proc).splitlines() == [
        "--- a/a.md",
        "+++ b/a.md",
        "@@ -1 +1 @@",
        "-" + TEXT.rstrip("\n"),
        "+" + FIXED.rstrip("\n"),
    ]
    assert proc.returncode == 1
    clean = tmp_path / "b.md"
    clean.write_text(FIXED)
    nothing = run("check", "b.md", "--diff", "--select", "ZZ901", cwd=tmp_path, plugins=plugins)
    assert out(nothing) == "" and nothing.returncode == 0


def test_fix_from_stdin_prints_the_fixed_text(tmp_path, plugins):
    proc = run("check", "-", "--fix", "--select", "ZZ90", stdin=TEXT.encode(), plugins=plugins)
    assert out(proc) == FIXED
    assert "ZZ902" in err(proc)


def test_suppressed_findings_are_not_fixed(tmp_path, plugins):
    draft = tmp_path / "a.md"
    text = "<!-- outreach-lint-disable-next-line test-exclaim -->\nWow!!\nThanks for the talk on offline sync!!\n"
    draft.write_text(text)
    run("check", str(draft), "--fix", "--select", "ZZ901", plugins=plugins)
    assert draft.read_text() == text.replace("sync!!", "sync!")


def test_fix_and_diff_together_is_a_usage_error(tmp_path):
    proc = run("check", str(tmp_path), "--fix", "--diff")
    assert proc.returncode == 2 and "--fix and --diff" in err(proc)
