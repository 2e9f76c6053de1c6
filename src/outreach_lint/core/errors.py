"""Errors outreach-lint raises. Every message names the bad value, and the file when there is one.

    OutreachLintError
    ├── InputError        a draft or its front matter cannot be read (CLI exit 2)
    ├── ConfigError       a configuration key, rule name or value is wrong (CLI exit 2)
    └── PluginError       a rule package cannot be loaded (reported as a finding, not raised, by the Linter)
"""

from __future__ import annotations

__all__ = ["OutreachLintError", "InputError", "ConfigError", "PluginError"]


class OutreachLintError(Exception):
    """Base class: catching it catches every error this package raises on purpose."""


class InputError(OutreachLintError, ValueError):
    """A draft, its front matter, a recipient or a thread is not what it must be."""


class ConfigError(OutreachLintError, ValueError):
    """A configuration is wrong: unknown key, unknown rule, bad value."""


class PluginError(OutreachLintError):
    """A rule plugin failed to import or does not define a valid rule."""
