"""The rules there are and the rules a configuration builds.

Discovery: built-in and third-party rules alike, through the ``outreach_lint.rules`` entry points.

The entry-point name is the rule's code (flake8 names its entry points after the code prefix the
same way). Loading order is deterministic: sorted by code. A plugin that fails to import, or that
does not define a valid rule, is reported by package name; the others still load.

Selection and construction: which discovered rules a :class:`~outreach_lint.config.Config` turns
on, and each one built with its options, severity and ``extra-phrases``.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from importlib.metadata import EntryPoint, entry_points
from typing import Any, Iterable, Mapping

from .analysis.phrases import PhraseList
from .config import Config, closest, merge
from .core.errors import ConfigError
from .core.finding import Severity
from .core.rule import Rule

__all__ = [
    "ENTRY_POINT_GROUP",
    "EXTRA_PHRASES",
    "LoadedRule",
    "LoadError",
    "discover_rules",
    "select_rules",
    "rule_settings",
    "phrase_lists",
    "build_rule",
    "validate",
]

ENTRY_POINT_GROUP = "outreach_lint.rules"


@dataclass(frozen=True, slots=True)
class LoadedRule:
    rule: type[Rule]
    origin: str  # distribution name that registered it ("outreach-lint" for built-ins)


@dataclass(frozen=True, slots=True)
class LoadError:
    entry_point: str  # e.g. "XY100 = pkg.mod:Cls"
    origin: str
    message: str


def _origin(ep: EntryPoint) -> str:
    dist = getattr(ep, "dist", None)
    return dist.name if dist is not None else ep.value.split(":")[0].split(".")[0]


_DISCOVERED: dict[tuple[str, ...], tuple[list[LoadedRule], list[LoadError]]] = {}


def discover_rules() -> tuple[list[LoadedRule], list[LoadError]]:
    """Installed rules and the plugins that failed, remembered per ``sys.path``.

    Scanning every installed distribution's metadata costs about a quarter of a second; a
    process that builds several Linters (one per configuration) pays it once. A change to
    ``sys.path`` (a plugin added at run time) is seen.
    """
    key = tuple(sys.path)
    cached = _DISCOVERED.get(key)
    if cached is None:
        cached = _DISCOVERED[key] = _discover()
    return list(cached[0]), list(cached[1])


def _discover() -> tuple[list[LoadedRule], list[LoadError]]:
    loaded: dict[str, LoadedRule] = {}
    errors: list[LoadError] = []
    seen_values: set[tuple[str, str]] = set()
    for ep in sorted(entry_points(group=ENTRY_POINT_GROUP), key=lambda e: (e.name, e.value)):
        if (ep.name, ep.value) in seen_values:  # the same distribution found twice on sys.path
            continue
        seen_values.add((ep.name, ep.value))
        origin = _origin(ep)
        try:
            obj = ep.load()
            if not (isinstance(obj, type) and issubclass(obj, Rule)):
                raise TypeError(f"{ep.value} is not a subclass of outreach_lint.Rule")
            obj.validate_class()
            if obj.code != ep.name:
                raise TypeError(f"entry point {ep.name} loads rule {obj.code}; the names must agree")
        except Exception as exc:  # noqa: BLE001 - any failure in a plugin is reported, not raised
            errors.append(LoadError(f"{ep.name} = {ep.value}", origin, f"{type(exc).__name__}: {exc}"))
            continue
        if obj.code in loaded and loaded[obj.code].rule is not obj:
            errors.append(
                LoadError(f"{ep.name} = {ep.value}", origin, f"code {obj.code} is already used by {loaded[obj.code].origin}")
            )
            continue
        loaded[obj.code] = LoadedRule(obj, origin)
    names: dict[str, str] = {}
    for lr in list(loaded.values()):
        if lr.rule.name in names:
            errors.append(LoadError(lr.rule.code, lr.origin, f"rule name {lr.rule.name!r} is already used by {names[lr.rule.name]}"))
            del loaded[lr.rule.code]
        else:
            names[lr.rule.name] = lr.rule.code
    return sorted(loaded.values(), key=lambda lr: lr.rule.code), errors


EXTRA_PHRASES = "extra-phrases"  # rule option every rule with a PhraseList attribute accepts


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
    for key in config.rules:
        if not any(key in (r.name, r.code) for r in rules):
            hint = closest(key, [r.name for r in rules] + [r.code for r in rules])
            raise ConfigError(
                f"{config.source}: [rules.{key}] names unknown rule {key!r}" + (f" (did you mean {hint!r}?)" if hint else "")
            )
    chosen = []
    for rule in rules:
        on = config.select is None or any(_matches(s, rule) for s in config.select)
        on = on or any(_matches(s, rule) for s in config.extend_select)
        if on and not any(_matches(s, rule) for s in config.ignore):
            chosen.append(rule)
    return chosen


def rule_settings(config: Config, rule: type[Rule]) -> tuple[Any, Severity | None]:
    """The options object and configured severity for ``rule`` (by name or code)."""
    settings = _settings_for(config, rule)
    settings.pop(EXTRA_PHRASES, None)
    severity = settings.pop("severity", None)
    where = f"{config.source}: [rules.{rule.name}]"
    sev = Severity.parse(severity, f"{where} severity") if severity is not None else None
    fields = {f.name.replace("_", "-") for f in rule.option_fields()}
    for key in settings:
        if str(key).replace("_", "-") not in fields:
            hint = closest(str(key).replace("_", "-"), fields | {"severity", EXTRA_PHRASES})
            known = ", ".join(sorted(fields | {"severity"} | ({EXTRA_PHRASES} if phrase_lists(rule) else set())))
            raise ConfigError(
                f"{where} unknown option {key!r} for rule {rule.name!r}"
                + (f" (did you mean {hint!r}?)" if hint else "")
                + f"; it takes: {known}"
            )
    options = rule.build_options(settings, where)
    return options, sev


def _settings_for(config: Config, rule: type[Rule]) -> dict[str, Any]:
    settings: dict[str, Any] = {}
    for key in (rule.code, rule.name):
        settings.update(config.rules.get(key, {}))
    return settings


def phrase_lists(rule: type[Rule] | Rule) -> dict[str, PhraseList]:
    """The :class:`~outreach_lint.analysis.PhraseList` class attributes of a rule, by name, in
    declaration order; for an instance, its own (possibly extended) copies."""
    klass = rule if isinstance(rule, type) else type(rule)
    names: dict[str, None] = {}
    for base in reversed(klass.__mro__):
        for attr, value in vars(base).items():
            if isinstance(value, PhraseList):
                names[attr] = None
    return {attr: getattr(rule, attr) for attr in names}


def _extra_phrases(rule: Rule, value: Any, where: str) -> list[tuple[str, str, str, list[str]]]:
    """(attribute, lang, group, phrases) for each part of an ``extra-phrases`` value."""
    lists = phrase_lists(rule)
    if not lists:
        raise ConfigError(f"{where} {EXTRA_PHRASES}: rule {rule.name!r} has no phrase list to extend")
    if not isinstance(value, Mapping):
        raise ConfigError(f"{where} {EXTRA_PHRASES} must be a table by language, such as {{en = [\"...\"], ja = [\"...\"]}}, got {value!r}")
    out = []
    for lang, phrases in value.items():
        if lang not in ("en", "ja"):
            raise ConfigError(f"{where} {EXTRA_PHRASES}: language must be 'en' or 'ja', got {lang!r}")
        groups_by_attr = {attr: pl.groups(lang) for attr, pl in lists.items()}
        if isinstance(phrases, (list, tuple)):
            attr = next((a for a, g in groups_by_attr.items() if g), None)
            if attr is None:
                raise ConfigError(f"{where} {EXTRA_PHRASES}.{lang}: rule {rule.name!r} has no {lang} phrases to extend")
            by_group = {groups_by_attr[attr][0]: phrases}
        elif isinstance(phrases, Mapping):
            by_group = dict(phrases)
        else:
            raise ConfigError(f"{where} {EXTRA_PHRASES}.{lang} must be a list of phrases or a table of groups, got {phrases!r}")
        for group, items in by_group.items():
            if not isinstance(items, (list, tuple)) or not all(isinstance(p, str) and p.strip() for p in items):
                raise ConfigError(f"{where} {EXTRA_PHRASES}.{lang}.{group} must be a list of phrases, got {items!r}")
            attr = next((a for a, g in groups_by_attr.items() if group in g), None)
            if attr is None:
                known = sorted({g for gs in groups_by_attr.values() for g in gs})
                hint = closest(str(group), known)
                raise ConfigError(
                    f"{where} {EXTRA_PHRASES}.{lang}: rule {rule.name!r} has no phrase group {group!r}"
                    + (f" (did you mean {hint!r}?)" if hint else "")
                    + f"; groups: {', '.join(known) or 'none'}"
                )
            out.append((attr, lang, str(group), [p.strip() for p in items]))
    return out


def build_rule(config: Config, rule: type[Rule]) -> Rule:
    """An instance of ``rule`` with its configured options, severity and extra phrases."""
    options, severity = rule_settings(config, rule)
    instance = rule(options, severity)
    extra = _settings_for(config, rule).get(EXTRA_PHRASES)
    if extra is not None:
        for attr, lang, group, phrases in _extra_phrases(instance, extra, f"{config.source}: [rules.{rule.name}]"):
            setattr(instance, attr, getattr(instance, attr).extended(lang, group, phrases))
    return instance


def validate(config: Config, rules: list[type[Rule]]) -> None:
    """Raise the first :class:`ConfigError` in ``config`` and its overrides against ``rules``,
    so a mistake shows up even when no draft reaches the part that holds it."""
    configs = [config] + [merge(config, o.settings, o.source) for o in config.overrides]
    for layer in configs:
        select_rules(layer, rules)
        for rule in rules:
            if any(_matches(key, rule) for key in layer.rules):
                build_rule(layer, rule)
