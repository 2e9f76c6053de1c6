"""Settings: parsed and checked here, from Python mappings, ``pyproject.toml`` or ``.outreach-lint.toml``.

Which rules those settings build is the registry's business (:mod:`outreach_lint.registry`).
"""

from .settings import DEFAULT_INCLUDE, Config, Override, closest, merge

__all__ = ["Config", "Override", "closest", "merge", "DEFAULT_INCLUDE"]
