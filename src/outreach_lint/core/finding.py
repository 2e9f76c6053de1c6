"""What a rule reports: a :class:`Finding` with its :class:`Severity` and, when safe, a :class:`Fix`."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Any

from .errors import ConfigError

__all__ = ["Severity", "Fix", "Finding"]


class Severity(str, enum.Enum):
    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        return _RANK[self]

    @classmethod
    def parse(cls, value: "str | Severity", what: str = "severity") -> "Severity":
        try:
            return cls(str(value.value if isinstance(value, Severity) else value).lower())
        except ValueError:
            raise ConfigError(f"{what} must be one of error, warning, info; got {value!r}") from None

    def __str__(self) -> str:
        return self.value


_RANK = {Severity.INFO: 0, Severity.WARNING: 1, Severity.ERROR: 2}


@dataclass(frozen=True, slots=True)
class Fix:
    """Replace ``text[start:end]`` with ``replacement``. Only ``safe`` fixes are applied by ``--fix``."""

    start: int
    end: int
    replacement: str
    safe: bool = True


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem in a draft.

    ``start``/``end`` are character offsets into the linted text (the whole file for the CLI);
    ``line``/``column`` are 1-based and count characters. ``sensitive`` marks a span that must not
    be echoed in reports (a phone number, an address): formatters mask it.
    """

    rule: str
    code: str
    severity: Severity
    message: str
    start: int
    end: int
    line: int = 0
    column: int = 0
    suggestion: str | None = None
    fix: Fix | None = None
    sensitive: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "code": self.code,
            "severity": self.severity.value,
            "message": self.message,
            "line": self.line,
            "column": self.column,
            "start": self.start,
            "end": self.end,
            "suggestion": self.suggestion,
            "fix": None
            if self.fix is None
            else {"start": self.fix.start, "end": self.fix.end, "replacement": self.fix.replacement, "safe": self.fix.safe},
        }
