"""outreach-lint: check a connection-request draft before it is sent.

>>> from outreach_lint import lint
>>> result = lint("Hi {first_name}, I'd like to add you to my professional network.")
>>> result.findings[0].code
'OL101'
"""

from .config import Config
from .core.context import Context, Recipient, ThreadMessage
from .core.document import Document, Sentence, Token, normalize
from .draft import Draft, parse_draft, read_draft
from .engine import Linter, Result, lint
from .core.errors import ConfigError, InputError, OutreachLintError, PluginError
from .core.platforms import PLATFORMS, Platform
from .core.rule import ANY_LANGUAGE, BatchRule, Options, Rule
from .core.finding import Finding, Fix, Severity

__version__ = "0.1.0"

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
