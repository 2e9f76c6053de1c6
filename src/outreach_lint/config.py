"""Configuration: which rules run, how severe they are, their options, defaults for drafts.

The same mapping comes from Python (``Linter({"ignore": ["pushy"]})``), from
``[tool.outreach-lint]`` in ``pyproject.toml`` or from ``.outreach-lint.toml``. Keys use ``-`` or
``_`` alike. Every mistake is a :class:`~outreach_lint.errors.ConfigError` that names the key and
where it came from.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from typing import Any, Iterable, Mapping

from .errors import ConfigError
from .rule import Rule, Severity

__all__ = ["Config", "select_rules", "closest"]

_TOP_KEYS = (
    "select",
    "ignore",
    "extend-select",
    "platform",
    "fail-on",
    "locale",
    "spacy-model",
    "rules",
)


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
                    from .platforms import get_platform

                    try:
                        get_platform(value)
                    except Exception as exc:
                        raise ConfigError(f"{source}: {exc}") from None
                values[key.replace("-", "_")] = value
            elif key == "rules":
                if not isinstance(value, Mapping) or not all(isinstance(v, Mapping) for v in value.values()):
                    raise ConfigError(f"{source}: rules must be a table of tables, one per rule")
                values["rules"] = {str(k): dict(v) for k, v in value.items()}
            else:
                extra[key] = value
        return cls(source=source, extra=extra, **values)


def _str_list(value: Any, what: str) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, (list, tuple)) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{what} must be a list of rule codes or names, got {value!r}")
    return tuple(value)


def closest(word: str, candidates: Iterable[str]) -> str | None:
    found = difflib.get_close_matches(word, list(candidates), n=1, cutoff=0.6)
    return found[0] if found else None


def _matches(selector: str, rule: type[Rule]) -> bool:
    s = selector.strip()
    return s == rule.name or (s.upper() == s and rule.code.startswith(s)) or s == "ALL"


def _check_selectors(selectors: Iterable[str], rules: list[type[Rule]], what: str, source: str) -> None:
    for s in selectors:
        if not any(_matches(s, r) for r in rules):
            names = [r.name for r in rules] + [r.code for r in rules]
            hint = closest(s, names)
            raise ConfigError(f"{source}: {what} names unknown rule {s!r}" + (f" (did you mean {hint!r}?)" if hint else ""))


def select_rules(config: Config, rules: list[type[Rule]]) -> list[type[Rule]]:
    """The rules ``config`` turns on, in code order."""
    _check_selectors(config.select or (), rules, "select", config.source)
    _check_selectors(config.ignore, rules, "ignore", config.source)
    _check_selectors(config.extend_select, rules, "extend-select", config.source)
    _check_selectors(config.rules, rules, "rules", config.source)
    chosen = []
    for rule in rules:
        on = config.select is None or any(_matches(s, rule) for s in config.select)
        on = on or any(_matches(s, rule) for s in config.extend_select)
        if on and not any(_matches(s, rule) for s in config.ignore):
            chosen.append(rule)
    return chosen


def rule_settings(config: Config, rule: type[Rule]) -> tuple[Any, Severity | None]:
    """The options object and configured severity for ``rule`` (by name or code)."""
    settings: dict[str, Any] = {}
    for key in (rule.code, rule.name):
        settings.update(config.rules.get(key, {}))
    severity = settings.pop("severity", None)
    sev = Severity.parse(severity, f"{config.source}: rules.{rule.name}.severity") if severity is not None else None
    options = rule.build_options(settings, f"{config.source}: rules.{rule.name}")
    return options, sev
