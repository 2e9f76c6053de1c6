"""outreach-lint: check a connection-request draft before it is sent.

>>> from outreach_lint import lint
>>> result = lint("Hi {first_name}, I'd like to add you to my professional network.")
>>> result.findings[0].code
'OL101'
"""

from .config import Config
from .core import (
    ANY_LANGUAGE,
    PLATFORMS,
    BatchRule,
    ConfigError,
    Context,
    Document,
    Finding,
    Fix,
    InputError,
    Options,
    OutreachLintError,
    Platform,
    PluginError,
    Recipient,
    Rule,
    Sentence,
    Severity,
    ThreadMessage,
    Token,
    __version__,
    normalize,
)
from .draft import Draft, parse_draft, read_draft
from .engine import Linter, Result, lint


__all__ = [
    "lint",
    "Linter",
    "Result",
    "Finding",
    "Fix",
    "Severity",
    "Rule",
    "BatchRule",
    "Options",
    "ANY_LANGUAGE",
    "Config",
    "Context",
    "Recipient",
    "ThreadMessage",
    "Platform",
    "PLATFORMS",
    "Document",
    "Token",
    "Sentence",
    "normalize",
    "Draft",
    "parse_draft",
    "read_draft",
    "OutreachLintError",
    "InputError",
    "ConfigError",
    "PluginError",
    "__version__",
]
