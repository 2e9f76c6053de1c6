"""Helpers for the command-line tests: run the real command, install test-only rules as a plugin."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Rules that exist only for these tests, registered through the real entry-point group, so the
# CLI sees them exactly as it sees a third-party plugin.
TEST_RULES = r'''
import regex
from outreach_lint import Fix, Rule, Severity
from outreach_lint.analysis.phrases import PhraseList, find_pattern

_BANG = regex.compile(r"!{2,10}|！{2,10}")
_HYPE = regex.compile(r"\bamazing\b")
_PHONE = regex.compile(r"\b0[0-9]{1,3}-[0-9]{2,4}-[0-9]{4}\b")


class Exclaim(Rule):
    """Exclamation runs (test rule with a safe fix)."""
    code = "ZZ901"
    name = "test-exclaim"
    severity = Severity.WARNING
    advice = "002 §5"
    fixable = True
    messages = {
        "m": {"en": "Exclamation run", "ja": "感嘆符が続いています"},
        "s": {"en": "Use one exclamation mark.", "ja": "感嘆符は一つにしましょう。"},
    }

    def check(self, doc, ctx):
        for m in find_pattern(_BANG, doc.text):
            yield self.finding(ctx, m.start(), m.end(), self.say(ctx, "m"), suggestion=self.say(ctx, "s"),
                               fix=Fix(m.start(), m.end(), m.group()[0]))


class Hype(Rule):
    """Hype words (test rule whose fix is unsafe)."""
    code = "ZZ902"
    name = "test-hype"
    advice = "002 §5"
    fixable = True
    messages = {"m": {"en": "Hype word", "ja": "誇張表現です"}}

    def check(self, doc, ctx):
        for m in find_pattern(_HYPE, doc.text):
            yield self.finding(ctx, m.start(), m.end(), self.say(ctx, "m"), fix=Fix(m.start(), m.end(), "good", safe=False))


class Urgent(Rule):
    """Urgency phrases (test rule built on a PhraseList)."""
    code = "ZZ903"
    name = "test-urgent"
    advice = "002 §6"
    phrases = PhraseList({"en": {"urgency": ["reply asap"], "deadline": ["by end of day"]}, "ja": {"urgency": ["至急"]}})
    messages = {"m": {"en": "Pressure: '{phrase}'", "ja": "急かす表現：「{phrase}」"}}

    def check(self, doc, ctx):
        for m in self.phrases.matches(doc):
            yield self.finding(ctx, m.start, m.end, self.say(ctx, "m", phrase=doc.text[m.start:m.end]))


class Phone(Rule):
    """Phone numbers (test rule with sensitive findings)."""
    code = "ZZ904"
    name = "test-phone"
    advice = "002 §2"
    messages = {"m": {"en": "A phone number in a first message", "ja": "初回のメッセージに電話番号"}}

    def check(self, doc, ctx):
        for m in find_pattern(_PHONE, doc.text):
            yield self.finding(ctx, m.start(), m.end(), self.say(ctx, "m"), sensitive=True)
'''


def install_test_rules(root: Path) -> Path:
    """A fake installed distribution under ``root`` (put it on PYTHONPATH) registering the test rules."""
    site = root / "site"
    dist = site / "zz_testrules-0.1.dist-info"
    dist.mkdir(parents=True, exist_ok=True)
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: zz-testrules\nVersion: 0.1\n")
    (dist / "entry_points.txt").write_text(
        "[outreach_lint.rules]\n"
        "ZZ901 = zz_testrules:Exclaim\nZZ902 = zz_testrules:Hype\nZZ903 = zz_testrules:Urgent\nZZ904 = zz_testrules:Phone\n"
    )
    (site / "zz_testrules.py").write_text(textwrap.dedent(TEST_RULES))
    return site


def run(
    *args: str,
    cwd: Path | None = None,
    stdin: bytes | None = None,
    plugins: Path | None = None,
    env: dict[str, str] | None = None,
) -> subprocess.CompletedProcess:
    """``python -m outreach_lint ARGS`` as a user runs it; stdout and stderr decoded as UTF-8."""
    environ = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR")}
    if plugins is not None:
        environ["PYTHONPATH"] = str(plugins) + os.pathsep + environ.get("PYTHONPATH", "")
    environ.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "outreach_lint", *args],
        input=stdin,
        capture_output=True,
        cwd=cwd,
        env=environ,
        timeout=300,
        text=False,
    )


def out(proc: subprocess.CompletedProcess) -> str:
    return proc.stdout.decode("utf-8")


def err(proc: subprocess.CompletedProcess) -> str:
    return proc.stderr.decode("utf-8")
