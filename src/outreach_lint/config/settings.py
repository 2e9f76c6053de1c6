"""Configuration: which rules run, how severe they are, their options, defaults for drafts.

The same mapping comes from Python (``Linter({"ignore": ["pushy"]})``), from
``[tool.outreach-lint]`` in ``pyproject.toml`` or from ``.outreach-lint.toml``. Keys use ``-`` or
``_`` alike. Every mistake is a :class:`~outreach_lint.errors.ConfigError` that names the key and
where it came from.
"""

from __future__ import annotations

import dataclasses
import difflib
from dataclasses import dataclass, field
from typing import Any, Iterable, Mapping

from ..core.errors import ConfigError
from ..core.finding import Severity

__all__ = ["Config", "Override", "closest", "merge", "DEFAULT_INCLUDE"]

_TOP_KEYS = (
    "select",
    "ignore",
    "extend-select",
    "platform",
    "fail-on",
    "locale",
    "spacy-model",
    "rules",
    "include",
    "exclude",
    "overrides",
    "report-unused-suppressions",
)
# What a per-path override may change: which rules run, how, and the drafts' defaults.
_OVERRIDE_KEYS = ("files", "select", "ignore", "extend-select", "platform", "locale", "fail-on", "rules")
DEFAULT_INCLUDE = ("*.md", "*.txt")
@dataclass(frozen=True)
class Config:
    select: tuple[str, ...] | None = None  # codes, code prefixes ("OL2") or names; None: every rule
    ignore: tuple[str, ...] = ()
    extend_select: tuple[str, ...] = ()
    platform: str | None = None
    fail_on: Severity = Severity.WARNING
    locale: str | None = None
    spacy_model: str | None = None
    rules: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)  # rule -> {severity, options}
    source: str = "configuration"
    extra: Mapping[str, Any] = field(default_factory=dict)  # keys later layers understand
    include: tuple[str, ...] = DEFAULT_INCLUDE  # globs of files to check inside a directory
    exclude: tuple[str, ...] = ()  # globs of files and directories to skip
    overrides: tuple["Override", ...] = ()  # per-path settings, applied in order
    report_unused_suppressions: bool = False

    @classmethod
    def coerce(cls, value: "Config | Mapping[str, Any] | None") -> "Config":
        if value is None:
            return cls()
        if isinstance(value, Config):
            return value
        if isinstance(value, Mapping):
            return cls.from_mapping(value)
        raise ConfigError(f"config must be a Config or a mapping, got {type(value).__name__}")

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any], source: str = "configuration", extra_keys: Iterable[str] = ()) -> "Config":
        known = set(_TOP_KEYS) | set(extra_keys)
        values: dict[str, Any] = {}
        extra: dict[str, Any] = {}
        for raw_key, value in data.items():
            key = str(raw_key).replace("_", "-")
            if key not in known:
                hint = closest(key, known)
                raise ConfigError(f"{source}: unknown key {raw_key!r}" + (f" (did you mean {hint!r}?)" if hint else ""))
            if key in ("select", "ignore", "extend-select"):
                values[key.replace("-", "_")] = _str_list(value, f"{source}: {key}")
            elif key == "fail-on":
                values["fail_on"] = Severity.parse(value, f"{source}: fail-on")
            elif key in ("platform", "locale", "spacy-model"):
                if value is not None and not isinstance(value, str):
                    raise ConfigError(f"{source}: {key} must be text, got {value!r}")
                if key == "locale" and value not in (None, "en", "ja"):
                    raise ConfigError(f"{source}: locale must be 'en' or 'ja', got {value!r}")
                if key == "platform" and value is not None:
                    from ..core.platforms import get_platform

                    try:
                        get_platform(value)
                    except Exception as exc:
                        raise ConfigError(f"{source}: {exc}") from None
                values[key.replace("-", "_")] = value
            elif key == "rules":
                values["rules"] = _rule_tables(value, f"{source}: rules")
            elif key in ("include", "exclude"):
                values[key] = _glob_list(value, f"{source}: {key}")
            elif key == "report-unused-suppressions":
                if not isinstance(value, bool):
                    raise ConfigError(f"{source}: report-unused-suppressions must be true or false, got {value!r}")
                values["report_unused_suppressions"] = value
            elif key == "overrides":
                if isinstance(value, Mapping):
                    value = [value]
                if not isinstance(value, (list, tuple)) or not all(isinstance(v, Mapping) for v in value):
                    raise ConfigError(f"{source}: overrides must be a list of tables ([[overrides]] with files = [...])")
                values["overrides"] = tuple(Override.from_mapping(v, f"{source}: overrides[{i}]") for i, v in enumerate(value))
            else:
                extra[key] = value
        return cls(source=source, extra=extra, **values)


@dataclass(frozen=True)
class Override:
    """Settings for the drafts whose path matches one of ``files`` (globs relative to the config file)."""

    files: tuple[str, ...]
    settings: Mapping[str, Any]  # the override's other keys, normalised to ``-``
    source: str = "override"

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any], source: str) -> "Override":
        settings: dict[str, Any] = {}
        files: tuple[str, ...] | None = None
        for raw_key, value in data.items():
            key = str(raw_key).replace("_", "-")
            if key not in _OVERRIDE_KEYS:
                hint = closest(key, _OVERRIDE_KEYS)
                raise ConfigError(f"{source}: unknown key {raw_key!r}" + (f" (did you mean {hint!r}?)" if hint else ""))
            if key == "files":
                files = _glob_list(value, f"{source}: files")
            else:
                settings[key] = value
        if not files:
            raise ConfigError(f"{source}: an override needs files = [\"glob\", ...]")
        Config.from_mapping(settings, source)  # the values are checked now, not when a file matches
        return cls(files, settings, source)


def merge(base: Config, settings: Mapping[str, Any], source: str, rename: bool = True) -> Config:
    """``base`` with ``settings`` on top: ``select`` and single values replace, ``ignore`` and
    ``extend-select`` add, rule tables merge option by option. Used for overrides and the command line.
    With ``rename`` the result's errors name ``source`` (an override), else ``base``'s file."""
    layer = Config.from_mapping(settings, source)
    given = {str(k).replace("_", "-") for k in settings}
    changes: dict[str, Any] = {"source": source} if rename else {}
    if "select" in given:
        changes["select"] = layer.select
        changes["extend_select"] = ()
    if "ignore" in given:
        changes["ignore"] = base.ignore + layer.ignore
    if "extend-select" in given:
        changes["extend_select"] = changes.get("extend_select", base.extend_select) + layer.extend_select
    for key in ("platform", "locale", "spacy-model", "fail-on", "report-unused-suppressions"):
        if key in given:
            attr = key.replace("-", "_")
            changes[attr] = getattr(layer, attr)
    if "rules" in given:
        rules = {k: dict(v) for k, v in base.rules.items()}
        for name, table in layer.rules.items():
            rules.setdefault(name, {}).update(table)
        changes["rules"] = rules
    return dataclasses.replace(base, **changes)


def _rule_tables(value: Any, what: str) -> dict[str, dict[str, Any]]:
    if not isinstance(value, Mapping) or not all(isinstance(v, Mapping) for v in value.values()):
        raise ConfigError(f"{what} must be a table of tables, one per rule ([rules.too-long] max-words = 100)")
    return {str(k): dict(v) for k, v in value.items()}


def _glob_list(value: Any, what: str) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, (list, tuple)) or not all(isinstance(v, str) and v.strip() for v in value):
        raise ConfigError(f"{what} must be a list of glob patterns such as [\"drafts/**/*.md\"], got {value!r}")
    return tuple(v.strip() for v in value)


def _str_list(value: Any, what: str) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, (list, tuple)) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{what} must be a list of rule codes or names, got {value!r}")
    return tuple(value)


def closest(word: str, candidates: Iterable[str]) -> str | None:
    found = difflib.get_close_matches(word, list(candidates), n=1, cutoff=0.6)
    return found[0] if found else None


