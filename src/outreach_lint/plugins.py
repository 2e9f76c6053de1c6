"""Finding rules: built-in and third-party alike, through the ``outreach_lint.rules`` entry points.

The entry-point name is the rule's code (flake8 names its entry points after the code prefix the
same way). Loading order is deterministic: sorted by code. A plugin that fails to import, or that
does not define a valid rule, is reported by package name; the others still load.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from importlib.metadata import EntryPoint, entry_points

from .rule import Rule

__all__ = ["ENTRY_POINT_GROUP", "LoadedRule", "LoadError", "discover_rules"]

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
