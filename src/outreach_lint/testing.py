"""A valid/invalid test harness for rules, the one the built-in rules' own tests use.

    from outreach_lint.testing import RuleTester

    tester = RuleTester("too-long")                     # by name, code, or Rule class
    tester.valid("Hi Dana, loved your PyCon talk.", platform="linkedin")
    tester.invalid("x" * 301, platform="linkedin", spans=["x"], severity="error")

``valid`` asserts the rule stays silent; ``invalid`` asserts it fires and returns the findings.
``spans`` lists the exact text each finding must cover (in order); ``count``, ``severity`` and
``message`` (a substring) narrow it further. Context keywords are those of ``Linter.lint``.
"""

from __future__ import annotations

from typing import Any, Iterable, Mapping

from .core.finding import Finding, Severity
from .core.rule import Rule
from .engine import Linter, Result
from .registry import discover_rules

__all__ = ["RuleTester"]


class RuleTester:
    def __init__(self, rule: str | type[Rule], options: Mapping[str, Any] | None = None) -> None:
        if isinstance(rule, type):
            rule_cls = rule
            rules: list[type[Rule]] | None = [rule]
        else:
            loaded, _ = discover_rules()
            matches = [lr.rule for lr in loaded if rule in (lr.rule.name, lr.rule.code)]
            if not matches:
                raise LookupError(f"no installed rule named {rule!r}; installed: {', '.join(lr.rule.name for lr in loaded)}")
            rule_cls = matches[0]
            rules = [rule_cls]
        self.rule = rule_cls
        config: dict[str, Any] = {}
        if options:
            config["rules"] = {rule_cls.name: dict(options)}
        self.linter = Linter(config, rules=rules)

    def findings(self, text: str, **context: Any) -> list[Finding]:
        result: Result = self.linter.lint(text, **context)
        crashed = [f for f in result.findings if "crashed" in f.message and f.code == self.rule.code and f.start == f.end == 0]
        if crashed:
            raise AssertionError(crashed[0].message)
        return [f for f in result.findings if f.code == self.rule.code]

    def valid(self, text: str, **context: Any) -> None:
        found = self.findings(text, **context)
        if found:
            shown = "; ".join(f"{text[f.start:f.end]!r}: {f.message}" for f in found)
            raise AssertionError(f"{self.rule.name} fired on a valid draft: {shown}\n--- draft ---\n{text}")

    def invalid(
        self,
        text: str,
        *,
        spans: Iterable[str] | None = None,
        count: int | None = None,
        severity: str | Severity | None = None,
        message: str | None = None,
        **context: Any,
    ) -> list[Finding]:
        found = self.findings(text, **context)
        if not found:
            raise AssertionError(f"{self.rule.name} did not fire on an invalid draft:\n{text}")
        got = [text[f.start : f.end] for f in found]
        if spans is not None and got != list(spans):
            raise AssertionError(f"{self.rule.name}: expected spans {list(spans)!r}, got {got!r}")
        if count is not None and len(found) != count:
            raise AssertionError(f"{self.rule.name}: expected {count} findings, got {len(found)}: {got!r}")
        if severity is not None:
            want = Severity.parse(severity)
            if any(f.severity is not want for f in found):
                raise AssertionError(f"{self.rule.name}: expected severity {want}, got {[str(f.severity) for f in found]}")
        if message is not None and not any(message in f.message for f in found):
            raise AssertionError(f"{self.rule.name}: no message contains {message!r}: {[f.message for f in found]}")
        return found
