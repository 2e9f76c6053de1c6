"""Configuration files: ``.outreach-lint.toml`` or ``[tool.outreach-lint]`` in ``pyproject.toml``.

Each draft gets the configuration nearest to it, found by walking up from its folder (as Ruff
does); ``--config PATH`` picks one file for every draft. In one folder ``.outreach-lint.toml``
wins over ``pyproject.toml``, and a ``pyproject.toml`` without ``[tool.outreach-lint]`` is passed
over. Globs (``include``, ``exclude``, ``overrides.files``) are relative to the file's folder.
"""

from __future__ import annotations

import fnmatch
import os
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Mapping

from ..core.errors import ConfigError
from .settings import Config, merge

__all__ = ["ConfigFile", "load_config_file", "find_config_file", "Resolver", "glob_match"]

OWN_FILE = ".outreach-lint.toml"


@dataclass(frozen=True)
class ConfigFile:
    path: Path | None  # None: no file, the defaults
    root: Path  # globs are relative to this folder
    config: Config


def load_config_file(path: Path) -> ConfigFile:
    """Read and check one configuration file (either kind, told apart by its name)."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ConfigError(f"{path}: no such configuration file") from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read ({exc.strerror or exc})") from None
    try:
        data = tomllib.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path}: not valid UTF-8 (offset {exc.start})") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from None
    if path.name == "pyproject.toml":
        table: Any = data.get("tool", {}).get("outreach-lint")
        if table is None:
            table = {}
        source = f"{path} [tool.outreach-lint]"
    else:
        table = data
        source = str(path)
    if not isinstance(table, Mapping):
        raise ConfigError(f"{source}: must be a table")
    return ConfigFile(path, path.resolve().parent, Config.from_mapping(table, source))


def _has_own_table(pyproject: Path) -> bool:
    try:
        data = tomllib.loads(pyproject.read_bytes().decode("utf-8-sig"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        # a broken pyproject.toml that is not ours is not our error, unless it mentions us
        try:
            return "[tool.outreach-lint" in pyproject.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return False
    return isinstance(data.get("tool"), dict) and "outreach-lint" in data["tool"]


@lru_cache(maxsize=4096)
def find_config_file(folder: Path) -> Path | None:
    """The configuration file that applies to drafts in ``folder`` (absolute), or None."""
    for candidate in (folder, *folder.parents):
        own = candidate / OWN_FILE
        if own.is_file():
            return own
        pyproject = candidate / "pyproject.toml"
        if pyproject.is_file() and _has_own_table(pyproject):
            return pyproject
    return None


def glob_match(pattern: str, relpath: str) -> bool:
    """Whether ``relpath`` (``/``-separated, relative to the config's folder) matches ``pattern``.

    ``*`` and ``?`` stay inside one path segment, ``**`` spans any number of segments; a pattern
    without ``/`` matches the name at any depth (``*.txt``, ``archive``), as in ``.gitignore``.
    """
    pattern = pattern.strip().replace(os.sep, "/")
    if pattern.startswith("./"):
        pattern = pattern[2:]
    parts = [p for p in relpath.split("/") if p not in ("", ".")]
    if "/" not in pattern.rstrip("/"):
        return bool(parts) and fnmatch.fnmatchcase(parts[-1], pattern.rstrip("/"))
    pat = [p for p in pattern.strip("/").split("/") if p != ""]
    return _match_segments(tuple(pat), tuple(parts))


@lru_cache(maxsize=65536)
def _match_segments(pat: tuple[str, ...], parts: tuple[str, ...]) -> bool:
    if not pat:
        return not parts
    head = pat[0]
    if head == "**":
        return any(_match_segments(pat[1:], parts[i:]) for i in range(len(parts) + 1))
    return bool(parts) and fnmatch.fnmatchcase(parts[0], head) and _match_segments(pat[1:], parts[1:])


class Resolver:
    """The effective :class:`Config` for each draft: its file's settings, the overrides that match
    its path, then the command line on top."""

    def __init__(self, explicit: Path | None, cli_settings: Mapping[str, Any], isolated: bool = False) -> None:
        self.cli_settings = dict(cli_settings)
        self.isolated = isolated
        self._explicit = load_config_file(explicit) if explicit is not None else None
        self._files: dict[Path, ConfigFile] = {}
        self._effective: dict[tuple[Path | None, tuple[int, ...]], Config] = {}
        self.default = ConfigFile(None, Path.cwd().resolve(), Config(source="defaults"))

    def file_for(self, folder: Path) -> ConfigFile:
        if self._explicit is not None:
            return self._explicit
        if self.isolated:
            return self.default
        found = find_config_file(folder.resolve())
        if found is None:
            return self.default
        if found not in self._files:
            self._files[found] = load_config_file(found)
        return self._files[found]

    def loaded(self) -> list[ConfigFile]:
        files = list(self._files.values())
        return ([self._explicit] if self._explicit else []) + files

    @staticmethod
    def relative(cf: ConfigFile, path: Path) -> str | None:
        try:
            return path.resolve().relative_to(cf.root).as_posix()
        except ValueError:
            try:
                return Path(os.path.relpath(path.resolve(), cf.root)).as_posix()
            except ValueError:  # another drive
                return None

    def excluded(self, path: Path, cf: ConfigFile | None = None) -> bool:
        cf = cf or self.file_for(path.parent)
        rel = self.relative(cf, path)
        if rel is None or not cf.config.exclude:
            return False
        parts = rel.split("/")
        # a file is excluded when it, or any folder above it (below the root), matches
        return any(glob_match(p, "/".join(parts[: i + 1])) for p in cf.config.exclude for i in range(len(parts)))

    def included(self, path: Path, cf: ConfigFile | None = None) -> bool:
        cf = cf or self.file_for(path.parent)
        rel = self.relative(cf, path) or path.name
        return any(glob_match(p, rel) for p in cf.config.include)

    def config_for(self, path: Path | None) -> Config:
        """The settings for a draft at ``path`` (None: stdin without a name, from the current folder)."""
        folder = (path.parent if path is not None else Path.cwd()).resolve()
        cf = self.file_for(folder)
        matched: tuple[int, ...] = ()
        if path is not None and cf.config.overrides:
            rel = self.relative(cf, path)
            if rel is not None:
                matched = tuple(
                    i for i, o in enumerate(cf.config.overrides) if any(glob_match(p, rel) for p in o.files)
                )
        key = (cf.path, matched)
        if key not in self._effective:
            config = cf.config
            for i in matched:
                config = merge(config, cf.config.overrides[i].settings, cf.config.overrides[i].source)
            if self.cli_settings:
                config = merge(config, self.cli_settings, "command line", rename=False)
            self._effective[key] = config
        return self._effective[key]
