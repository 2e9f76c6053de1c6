"""The documentation is true: the rule reference is complete and current, and the guides' examples run."""

from __future__ import annotations

import argparse
import dataclasses
import importlib.util
import os
import re
import shlex
import subprocess
import sys
import types
from pathlib import Path

import pytest

from outreach_lint import Options, Rule
from outreach_lint.cli import build_parser
from outreach_lint.registry import phrase_lists
from outreach_lint.docs import (
    ADVICE,
    advice_points,
    documented_options,
    problems,
    render_all,
    render_rule,
    rules_from,
    sections,
    stale,
    write,
)

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
GUIDES = [DOCS / "guide.md", DOCS / "guide.ja.md"]
PROSE = sorted(p for p in DOCS.rglob("*.md") if "rules" not in p.relative_to(DOCS).parts)
BUILTIN, ORIGINS = rules_from()


# -- the rule reference ---------------------------------------------------------------------------
def test_generated_reference_is_current(tmp_path):
    """docs/rules/ is what `python -m outreach_lint.docs` writes today (regenerate it when this fails)."""
    pages = render_all(BUILTIN, ORIGINS)
    assert stale(DOCS / "rules", pages) == []
    assert {r.name for r in BUILTIN} <= {p.stem for p in (DOCS / "rules").glob("*.md")}


@pytest.mark.parametrize("rule", BUILTIN, ids=lambda r: r.name)
def test_every_rule_is_fully_documented(rule):
    assert problems(rule) == []


@pytest.mark.parametrize("rule", BUILTIN, ids=lambda r: r.name)
def test_every_rule_page_shows_its_metadata_and_both_languages(rule):
    page = (DOCS / "rules" / f"{rule.name}.md").read_text(encoding="utf-8")
    assert f"| Code / コード | `{rule.code}` |" in page
    assert f"| Default severity / 既定の重大度 | {rule.severity.value} |" in page
    assert "## English" in page and "## 日本語" in page and "### 何をするか" in page and "### What it does" in page
    for point in advice_points(rule.advice):
        assert ADVICE[point].title_en in page
    for field in rule.option_fields():
        assert f"| `{field.name.replace('_', '-')}` |" in page
    if phrase_lists(rule):  # the configuration lets users extend these lists: the page says how
        assert "`extra-phrases`" in page and "# extra-phrases = {" in page
    index = (DOCS / "rules" / "README.md").read_text(encoding="utf-8")
    assert f"[`{rule.name}`]({rule.name}.md)" in index


def _fake_rule(doc: str, doc_ja: str, options: type | None = None, advice: str = "002 §5") -> type[Rule]:
    return type(
        "Fake",
        (Rule,),
        {"__doc__": doc, "doc_ja": doc_ja, "code": "ZZ999", "name": "fake", "options_class": options, "advice": advice,
         "check": lambda self, doc, ctx: ()},
    )


GOOD_EN = """Flags something.

## What it does
Flags it.

## Why is this bad?
Because (002 §5).

## Example
Bad: ``Hi {name}, let's connect``. Better: ``Hi Dana, your talk helped us``. 悪い例もあります。

## Options
- ``max-words`` (125): how many.
"""
GOOD_JA = """
## 何をするか
指摘します。

## なぜ問題か
理由です。

## 例
悪い例とより良い例。

## オプション
- ``max-words``（125）：語数。
"""


@dataclasses.dataclass(frozen=True)
class _Opts(Options):
    max_words: int = 125


@dataclasses.dataclass(frozen=True)
class _TwoOpts(Options):
    max_words: int = 125
    strict: bool = False


def test_checker_accepts_complete_docs():
    assert problems(_fake_rule(GOOD_EN, GOOD_JA, _Opts)) == []


def test_checker_reports_a_missing_section():
    found = problems(_fake_rule(GOOD_EN.replace("## Why is this bad?", "## Rationale"), GOOD_JA, _Opts))
    assert found == ["fake: docstring lacks the section '## Why is this bad?'"]
    found = problems(_fake_rule(GOOD_EN, GOOD_JA.replace("## 例", "## サンプル"), _Opts))
    assert found == ["fake: doc_ja lacks the section '## 例'"]
    assert problems(_fake_rule(GOOD_EN, "", _Opts)) == ["fake: has no doc_ja (Japanese documentation)"]


def test_checker_reports_an_option_that_does_not_exist_and_one_left_out():
    extra = GOOD_EN + "- ``max-lines`` (3): lines.\n"
    assert problems(_fake_rule(extra, GOOD_JA, _Opts)) == ["fake: docstring names option 'max-lines', which the rule does not have"]
    found = problems(_fake_rule(GOOD_EN, GOOD_JA, _TwoOpts))
    assert found == ["fake: docstring does not document option 'strict'", "fake: doc_ja does not document option 'strict'"]
    no_section = problems(_fake_rule(GOOD_EN.split("## Options")[0], GOOD_JA, _Opts))
    assert no_section == ["fake: docstring lacks the section '## Options' (the rule has options)"]
    phrases = GOOD_EN + "- ``extra-phrases`` (none): more phrases.\n"
    assert problems(_fake_rule(phrases, GOOD_JA, _Opts)) == [
        "fake: docstring names option 'extra-phrases', which the rule does not have"  # it has no phrase list
    ]
    without_options = problems(_fake_rule(GOOD_EN, GOOD_JA, None))
    assert "fake: docstring names option 'max-words', which the rule does not have" in without_options


def test_checker_reports_a_wrong_default_and_an_unknown_advice_point():
    found = problems(_fake_rule(GOOD_EN.replace("(125)", "(100)"), GOOD_JA, _Opts))
    assert found == ["fake: docstring says option 'max-words' defaults to 100; it is 125"]
    assert problems(_fake_rule(GOOD_EN, GOOD_JA, _Opts, advice="002 §11")) == ["fake: advice point '002 §11' does not exist"]


def test_option_lines_are_read_in_both_languages():
    assert documented_options("- ``max-words`` (125): x\n- ``sentence-chars``（100）：y\n* `flag`: z") == {
        "max-words": "125",
        "sentence-chars": "100",
        "flag": None,
    }
    assert advice_points("000 §1, 002 §5") == ["000 §1", "002 §5"]
    assert advice_points("002 §1, §5") == ["002 §1", "002 §5"]
    assert advice_points("002 §5 (polite, done right)") == ["002 §5"]


def test_stale_pages_are_detected_and_leftovers_removed(tmp_path):
    pages = render_all(BUILTIN, ORIGINS)
    assert stale(tmp_path, pages)  # nothing written yet
    write(tmp_path, pages)
    assert stale(tmp_path, pages) == []
    page = tmp_path / f"{BUILTIN[0].name}.md"
    page.write_text(page.read_text(encoding="utf-8").replace("## English", "## Englsh"), encoding="utf-8")
    (report,) = stale(tmp_path, pages)
    assert report.startswith(f"{page}: stale")
    leftover = tmp_path / "retired-rule.md"
    leftover.write_text(pages["README.md"], encoding="utf-8")  # carries the generated marker
    (tmp_path / "notes.md").write_text("hand-written, not generated\n", encoding="utf-8")
    assert any("retired-rule.md: left over" in line for line in stale(tmp_path, pages))
    write(tmp_path, pages)
    assert not leftover.exists() and (tmp_path / "notes.md").exists()
    assert stale(tmp_path, pages) == []


def test_one_command_builds_and_checks_the_reference(tmp_path):
    out = tmp_path / "rules"
    cmd = [sys.executable, "-m", "outreach_lint.docs", "--out", str(out)]
    check = subprocess.run(cmd + ["--check"], capture_output=True, text=True, cwd=ROOT)
    assert check.returncode == 1 and "missing" in check.stderr
    build = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)
    assert build.returncode == 0, build.stderr
    assert sorted(p.name for p in out.iterdir()) == sorted(render_all(BUILTIN, ORIGINS))
    again = subprocess.run(cmd + ["--check"], capture_output=True, text=True, cwd=ROOT)
    assert again.returncode == 0, again.stderr


def _load_example_rule() -> type[Rule]:
    path = ROOT / "examples" / "outreach-lint-example" / "src" / "outreach_lint_example" / "greeting_name_mismatch.py"
    spec = importlib.util.spec_from_file_location("greeting_name_mismatch_for_docs", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look the module up while building the options class
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module.GreetingNameMismatch


def test_third_party_rule_documents_itself_with_the_same_generator():
    rule = _load_example_rule()
    assert problems(rule) == []
    page = render_rule(rule, "outreach-lint-example")
    assert "| Package / パッケージ | `outreach-lint-example` |" in page
    assert "extra-greetings = []" in page


# -- the guides -----------------------------------------------------------------------------------
def _blocks(path: Path, lang: str) -> list[tuple[int, str]]:
    """``(line number, code)`` of each fenced block of ``lang`` in the Markdown file."""
    out, lines = [], path.read_text(encoding="utf-8").splitlines()
    i = 0
    while i < len(lines):
        if lines[i].strip() == f"```{lang}":
            start = i + 1
            j = start
            while lines[j].strip() != "```":
                j += 1
            out.append((start + 1, "\n".join(lines[start:j])))
            i = j
        i += 1
    return out


PYTHON_BLOCKS = [(p, n, code) for p in PROSE for n, code in _blocks(p, "python")]
CONSOLE_BLOCKS = [(p, n, code) for p in PROSE for n, code in _blocks(p, "console")]


def test_the_guides_have_examples_to_run():
    assert len(PYTHON_BLOCKS) >= 4 and len(CONSOLE_BLOCKS) >= 4
    assert set(GUIDES) <= {p for p, _, _ in PYTHON_BLOCKS}


@pytest.mark.parametrize("path, line, code", PYTHON_BLOCKS, ids=[f"{p.name}:{n}" for p, n, _ in PYTHON_BLOCKS])
def test_python_examples_run(path, line, code, monkeypatch):
    monkeypatch.chdir(ROOT)
    compiled = compile(code, f"{path.relative_to(ROOT)}:{line}", "exec")
    module = types.ModuleType("docs_example")  # a real module: dataclasses defined in an example look it up
    monkeypatch.setitem(sys.modules, module.__name__, module)
    exec(compiled, module.__dict__)  # the examples assert what they show


def _console_commands(code: str) -> list[tuple[str, list[str]]]:
    """``$ outreach-lint ...`` commands and the output lines shown under each."""
    out: list[tuple[str, list[str]]] = []
    for line in code.splitlines():
        if line.startswith("$ "):
            out.append((line[2:], []))
        elif out:
            out[-1][1].append(line)
    return out


def _matches(expected: list[str], actual: list[str]) -> bool:
    """Line by line; a line ``...`` stands for any number of lines."""
    if not expected:
        return not actual
    if expected[0] == "...":
        return any(_matches(expected[1:], actual[i:]) for i in range(len(actual) + 1))
    return bool(actual) and expected[0] == actual[0] and _matches(expected[1:], actual[1:])


@pytest.mark.parametrize("path, line, code", CONSOLE_BLOCKS, ids=[f"{p.name}:{n}" for p, n, _ in CONSOLE_BLOCKS])
def test_console_examples_print_what_they_show(path, line, code):
    env = {k: v for k, v in os.environ.items() if k != "NO_COLOR"}
    for command, expected in _console_commands(code):
        argv = shlex.split(command)
        if argv[0] != "outreach-lint" or any(c in command for c in "|<>;&"):
            continue  # other tools' commands are shown for completeness, not run
        done = subprocess.run([sys.executable, "-m", "outreach_lint", *argv[1:]], capture_output=True, text=True, cwd=ROOT, env=env)
        shown = [l.rstrip() for l in expected]
        actual = [l.rstrip() for l in (done.stdout + done.stderr).splitlines()]
        assert _matches(shown, actual), f"{path.name}:{line}: `{command}` printed:\n" + "\n".join(actual)


def _cli_flags() -> dict[str, set[str]]:
    parser = build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    flags = {"": {o for a in parser._actions for o in a.option_strings if o.startswith("--") and o != "--help"}}
    for name, p in sub.choices.items():
        flags[name] = {o for a in p._actions for o in a.option_strings if o.startswith("--") and o != "--help"}
    return flags


def _section(text: str, heading: str) -> str:
    body = sections(text)[1].get(heading)
    assert body, f"no section '## {heading}'"
    return body


@pytest.mark.parametrize("guide, heading", [(GUIDES[0], "Command line"), (GUIDES[1], "コマンドライン")], ids=["en", "ja"])
def test_guide_documents_every_command_line_option_and_no_other(guide, heading):
    section = _section(guide.read_text(encoding="utf-8"), heading)
    flags = _cli_flags()
    every = set().union(*flags.values())
    for command, options in flags.items():
        if command:
            assert f"outreach-lint {command}" in section, f"{guide.name} does not show `outreach-lint {command}`"
        for option in options:
            assert re.search(rf"{re.escape(option)}(?![\w-])", section), f"{guide.name} does not document {option}"
    named = set(re.findall(r"(?<![\w-])--[a-z][a-z-]*[a-z]", section))
    assert named <= every, f"{guide.name} documents options that do not exist: {sorted(named - every)}"
    formats = next(a for a in build_parser()._subparsers._group_actions[0].choices["check"]._actions if "--format" in a.option_strings)  # noqa: SLF001
    for fmt in formats.choices:
        assert f"`{fmt}`" in section, f"{guide.name} does not describe --format {fmt}"


def test_pre_send_script_refuses_drafts_with_errors(tmp_path):
    script = DOCS / "examples" / "pre_send_check.py"
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, cwd=tmp_path)
    assert done.returncode == 1, done.stdout + done.stderr  # some drafts were held back
    sent = [l for l in done.stdout.splitlines() if l.startswith("SEND")]
    held = [l for l in done.stdout.splitlines() if l.startswith("HOLD")]
    assert [l.split()[1] for l in sent] == ["dana@fieldnote.example", "hanako.yamada@example.jp"]
    assert sorted({l.split()[1].rstrip(":") for l in held}) == ["lee@example.com", "sato@example.jp"]
    assert any("OL101" in l for l in held) and any("OL301" in l for l in held)
    assert list(tmp_path.iterdir()) == []  # a dry run writes nothing


@pytest.mark.slow
@pytest.mark.skipif(importlib.util.find_spec("pre_commit") is None, reason="pre-commit is not installed")
@pytest.mark.parametrize("guide", GUIDES, ids=["en", "ja"])
def test_local_pre_commit_hook_from_the_guide_refuses_a_bad_draft(guide, tmp_path):
    """The guide's `repo: local` configuration, run by the real pre-commit in a throwaway repository."""
    (config,) = [code for _, code in _blocks(guide, "yaml") if "repo: local" in code]
    repo = tmp_path / "repo"
    (repo / "drafts").mkdir(parents=True)
    (repo / ".pre-commit-config.yaml").write_text(config + "\n", encoding="utf-8")
    (repo / "README.md").write_text("Hi {first_name}: not a draft, outside drafts/.\n", encoding="utf-8")
    good = "Hi Dana,\n\nI'm Sam, a mobile engineer at Tidepool. Your PyCon talk on offline-first sync answered a question my team had for months.\n\nBest,\nSam\n"
    (repo / "drafts" / "good.md").write_text(good, encoding="utf-8")
    env = dict(os.environ, PRE_COMMIT_HOME=str(tmp_path / "cache"), PATH=os.path.dirname(sys.executable) + os.pathsep + os.environ.get("PATH", ""))
    env.pop("NO_COLOR", None)

    def git(*args: str) -> None:
        subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@example.com", *args], cwd=repo, check=True, capture_output=True, env=env)

    def hook() -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "pre_commit", "run", "--color", "never"], cwd=repo, capture_output=True, text=True, env=env)

    git("init", "-q")
    git("add", ".")
    passed = hook()
    assert passed.returncode == 0, passed.stdout + passed.stderr  # README.md is not under drafts/
    (repo / "drafts" / "bad.md").write_text("---\nplatform: linkedin\n---\nHi {first_name}, let's connect!\n", encoding="utf-8")
    git("add", ".")
    failed = hook()
    assert failed.returncode == 1, failed.stdout + failed.stderr
    assert "drafts/bad.md:4:4: OL101 unfilled-placeholder" in failed.stdout
