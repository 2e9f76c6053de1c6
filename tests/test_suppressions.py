"""Suppressions through the real command line: front matter, inline comments, unused ones reported."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ._cli import err, install_test_rules, out, run


@pytest.fixture(scope="module")
def plugins(tmp_path_factory):
    return install_test_rules(tmp_path_factory.mktemp("plugins"))


def rows(proc) -> list[dict]:
    return json.loads(out(proc))


@pytest.mark.parametrize("suffix", [".md", ".txt"])
def test_disable_enable_region_in_markdown_and_text(tmp_path, plugins, suffix):
    text = (
        "Hi Dana!! Thanks for the talk.\n"
        "<!-- outreach-lint-disable test-exclaim -->\n"
        "We loved it!!\n"
        "<!-- outreach-lint-enable test-exclaim -->\n"
        "Let's talk soon!!\n"
    )
    draft = tmp_path / f"a{suffix}"
    draft.write_text(text, encoding="utf-8")
    found = rows(run("check", str(draft), "--format", "json", "--select", "test-exclaim", plugins=plugins))
    # the findings outside the region stay, at their exact place in the file
    assert [(r["line"], r["column"], r["start"]) for r in found] == [
        (1, 8, text.index("!!")),
        (5, 16, text.rindex("!!")),
    ]


def test_disable_without_names_and_enable_without_names(tmp_path, plugins):
    text = "<!-- outreach-lint-disable -->\nHi {first_name}!! Reply asap.\n<!-- outreach-lint-enable -->\nSee you!!\n"
    draft = tmp_path / "a.md"
    draft.write_text(text)
    found = rows(run("check", str(draft), "--format", "json", "--select", "ZZ90,OL101", plugins=plugins))
    assert [(r["code"], r["line"]) for r in found] == [("ZZ901", 4)]


def test_disable_next_line_covers_only_the_next_line(tmp_path, plugins):
    text = "Hi Dana!!\n<!-- outreach-lint-disable-next-line ZZ901, test-urgent -->\nWow!! Reply asap.\nWow again!!\n"
    draft = tmp_path / "a.txt"
    draft.write_text(text)
    found = rows(run("check", str(draft), "--format", "json", "--select", "ZZ90", plugins=plugins))
    assert [(r["code"], r["line"]) for r in found] == [("ZZ901", 1), ("ZZ901", 4)]


def test_code_prefix_in_a_comment(tmp_path, plugins):
    draft = tmp_path / "a.md"
    draft.write_text("<!-- outreach-lint-disable-next-line ZZ9 -->\nWow, what a talk!! Please reply asap.\nI would love to hear how your team tests sync.\n")
    assert rows(run("check", str(draft), "--format", "json", "--select", "ZZ90", plugins=plugins)) == []


def test_front_matter_ignore(tmp_path, plugins):
    draft = tmp_path / "a.md"
    draft.write_text("---\noutreach-lint: {ignore: [test-exclaim]}\n---\nWhat a talk!! Could you please reply asap about the meetup?\n")
    found = rows(run("check", str(draft), "--format", "json", "--select", "ZZ90", plugins=plugins))
    assert [r["code"] for r in found] == ["ZZ903"]


def test_the_words_of_a_comment_never_trigger_a_rule(tmp_path, plugins):
    # "asap" after "reply" would fire test-urgent; inside the comment it must not
    (tmp_path / ".outreach-lint.toml").write_text('[rules.test-urgent]\nextra-phrases = { en = ["disable next line"] }\n')
    text = "<!-- outreach-lint-disable-next-line test-exclaim -->\nGreat talk!!\nPlease disable next line wrapping in the demo.\n"
    draft = tmp_path / "a.md"
    draft.write_text(text)
    found = rows(run("check", str(draft), "--format", "json", "--select", "ZZ90", plugins=plugins))
    # the phrase fires once, in the text, not in the comment before it
    assert [(r["code"], r["start"]) for r in found] == [("ZZ903", text.index("disable next line wrapping"))]


def test_unused_suppressions_are_reported_on_request(tmp_path, plugins):
    text = (
        "---\noutreach-lint: {ignore: [test-hype]}\n---\n"
        "Hi Dana!!\n"
        "<!-- outreach-lint-disable-next-line test-exclaim -->\n"
        "Nothing to see here.\n"
        "<!-- outreach-lint-disable test-exclam -->\n"
        "Bye.\n"
    )
    draft = tmp_path / "a.md"
    draft.write_text(text)
    quiet = run("check", str(draft), "--format", "json", "--select", "ZZ90", plugins=plugins)
    assert [r["code"] for r in rows(quiet)] == ["ZZ901"]
    proc = run("check", str(draft), "--format", "json", "--select", "ZZ90", "--report-unused-suppressions", plugins=plugins)
    unused = [r for r in rows(proc) if r["code"] == "OL001"]
    assert [(r["line"], r["rule"]) for r in unused] == [(2, "unused-suppression"), (5, "unused-suppression"), (7, "unused-suppression")]
    assert "test-hype" in unused[0]["message"]
    assert "did you mean 'test-exclaim'" in unused[2]["message"]
    assert proc.returncode == 1
    # the same through the configuration file
    (tmp_path / ".outreach-lint.toml").write_text("report-unused-suppressions = true\n")
    again = run("check", str(draft), "--format", "json", "--select", "ZZ90", plugins=plugins)
    assert sum(r["code"] == "OL001" for r in rows(again)) == 3


def test_a_used_suppression_is_not_reported(tmp_path, plugins):
    draft = tmp_path / "a.txt"
    draft.write_text("<!-- outreach-lint-disable-next-line test-exclaim -->\nThank you for the talk, it was great!!\n")
    proc = run("check", str(draft), "--select", "ZZ90", "--report-unused-suppressions", plugins=plugins)
    assert proc.returncode == 0, out(proc) + err(proc)
    assert "All clear" in out(proc)
