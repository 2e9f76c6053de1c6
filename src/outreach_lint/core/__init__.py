"""The nouns every other layer speaks: the tokenized :class:`Document`, the :class:`Context` beside
it, the :class:`Rule` contract, the :class:`Finding` a rule reports, platforms and errors.

Nothing here imports another layer of the package.
"""

from .context import Context, Recipient, ThreadMessage
from .document import Document, Sentence, Token, normalize
from .errors import ConfigError, InputError, OutreachLintError, PluginError
from .finding import Finding, Fix, Severity
from .platforms import PLATFORMS, Platform, get_platform
from .rule import ANY_LANGUAGE, BatchRule, Options, Rule

__version__ = "0.1.0"

__all__ = [
    "Context",
    "Recipient",
    "ThreadMessage",
    "Document",
    "Sentence",
    "Token",
    "normalize",
    "ConfigError",
    "InputError",
    "OutreachLintError",
    "PluginError",
    "Finding",
    "Fix",
    "Severity",
    "PLATFORMS",
    "Platform",
    "get_platform",
    "ANY_LANGUAGE",
    "BatchRule",
    "Options",
    "Rule",
    "__version__",
]
