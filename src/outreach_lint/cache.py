"""The result cache: a draft checked before, with the same configuration and rules, is not checked again.

As Ruff's: one entry per draft, keyed by everything its findings depend on, so an entry is never
stale, only unused:

- the draft's bytes and everything said about it (path, language, platform, recipient, thread,
  locale, the front matter's ignores, the date it will be sent: today's when not given);
- the effective configuration (every setting, the rules' options and severities);
- the installed rules, their classes, modules and distributions' versions;
- outreach-lint's version, the versions of the analyzers (spaCy, fugashi, UniDic...), the
  Python version, and a hash of the shipped act-model files; the size and modification time of
  every file of the package and of each rule's module (an edited checkout invalidates too).

An entry is the draft's :class:`~outreach_lint.engine.Checked` record: its per-draft findings and
each batch rule's signature, so mass-template is judged again from signatures over the whole
batch. A run whose drafts are all cached imports neither spaCy nor fugashi.

Entries live under ``.outreach-lint-cache/`` (a ``.gitignore`` inside keeps it out of git), one
file each, written to a temporary file and renamed (two runs may share the directory). The
directory is kept under :data:`MAX_BYTES`: after a run that wrote entries, the least recently
used are removed. Entries are pickles, as ``.pyc`` files are code: the directory is trusted like
the checkout it sits in.
"""

from __future__ import annotations

import datetime
import hashlib
import os
import pickle
import sys
from pathlib import Path
from typing import Any

# Typed loosely on purpose: the engine imports this module, so this one never imports the engine.
Linter = Checked = DraftInput = Any

__all__ = ["ResultCache", "CACHE_DIR_NAME", "ENV_VAR", "MAX_BYTES", "cache_dir_for"]

CACHE_DIR_NAME = ".outreach-lint-cache"
ENV_VAR = "OUTREACH_LINT_CACHE_DIR"
MAX_BYTES = 256 * 1024 * 1024
_FORMAT = "1"  # bump when the entry layout changes
_ANALYZERS = ("spacy", "spacy-lookups-data", "fugashi", "unidic-lite", "unidic", "regex", "datasketch", "phonenumbers")


def cache_dir_for(explicit: str | os.PathLike | None, config_root: Path | None) -> Path:
    """``--cache-dir``, else ``$OUTREACH_LINT_CACHE_DIR``, else ``.outreach-lint-cache`` beside the
    configuration file (``config_root``), else in the current directory."""
    if explicit:
        return Path(explicit)
    if os.environ.get(ENV_VAR):
        return Path(os.environ[ENV_VAR])
    return (config_root or Path.cwd()) / CACHE_DIR_NAME


class ResultCache:
    """Checked drafts on disk, keyed by :meth:`key`."""

    def __init__(self, directory: str | os.PathLike, max_bytes: int = MAX_BYTES) -> None:
        self.directory = Path(directory)
        self.max_bytes = max_bytes
        self.entries = self.directory / f"v{_FORMAT}"
        self.hits = self.misses = self.written = 0
        self._fingerprints: dict[int, bytes] = {}
        self._ready = False

    # -- keys ----------------------------------------------------------------------------
    def key(self, linter: Linter, given: DraftInput) -> str:
        """The entry name of ``given`` checked by ``linter``."""
        fingerprint = self._fingerprints.get(id(linter))
        if fingerprint is None:
            fingerprint = self._fingerprints[id(linter)] = linter_fingerprint(linter)
        h = hashlib.blake2b(fingerprint, digest_size=20)
        date = given.date if given.date is not None else datetime.date.today()  # "today" moves
        about = (
            given.offset, given.lang, given.platform, given.recipient, given.thread, given.locale,
            given.path, given.ignore, str(date),
        )
        h.update(repr(about).encode("utf-8", "surrogatepass"))
        for text in (given.body, given.full):
            h.update(b"\x00" if text is None else b"\x01" + repr(text).encode("utf-8", "surrogatepass"))
        return h.hexdigest()

    # -- entries -------------------------------------------------------------------------
    def get(self, key: str) -> Checked:
        path = self._path(key)
        try:
            with open(path, "rb") as fh:
                checked = pickle.load(fh)
            os.utime(path)  # recently used: kept when the directory is trimmed
        except FileNotFoundError:
            self.misses += 1
            return None
        except Exception:  # noqa: BLE001 - a torn or foreign entry is a miss, never an error
            self.misses += 1
            return None
        self.hits += 1
        return checked

    def put(self, key: str, checked: Checked) -> None:
        try:
            self._prepare()
            path = self._path(key)
            path.parent.mkdir(exist_ok=True)
            import tempfile  # only a run that writes pays for it

            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
            try:
                with os.fdopen(fd, "wb") as fh:
                    pickle.dump(checked, fh, protocol=pickle.HIGHEST_PROTOCOL)
                os.replace(tmp, path)  # atomic: a reader sees the old entry or the new, never half
            except BaseException:
                with _quiet():
                    os.unlink(tmp)
                raise
            self.written += 1
        except OSError:
            pass  # a read-only or full disk costs speed, not correctness

    def close(self) -> None:
        """After a run: trim the directory to :attr:`max_bytes` if this run wrote to it."""
        if self.written:
            self.trim()

    def trim(self, keep: float = 0.75) -> int:
        """Remove least recently used entries until the directory holds ``keep`` of the bound; how many."""
        entries = []
        total = 0
        for sub in _scandir(self.directory):
            if not sub.is_dir():
                continue
            for shard in _scandir(Path(sub.path)):
                if not shard.is_dir():
                    continue
                for entry in _scandir(Path(shard.path)):
                    with _quiet():
                        st = entry.stat()
                        entries.append((st.st_mtime, st.st_size, entry.path))
                        total += st.st_size
        if total <= self.max_bytes:
            return 0
        removed = 0
        for _, size, path in sorted(entries):
            if total <= self.max_bytes * keep:
                break
            with _quiet():
                os.unlink(path)
                total -= size
                removed += 1
        return removed

    def _path(self, key: str) -> Path:
        return self.entries / key[:2] / key

    def _prepare(self) -> None:
        if self._ready:
            return
        self.entries.mkdir(parents=True, exist_ok=True)
        ignore = self.directory / ".gitignore"
        if not ignore.exists():
            _write_atomic(ignore, "# Automatically created by outreach-lint.\n*\n")
        tag = self.directory / "CACHEDIR.TAG"
        if not tag.exists():
            _write_atomic(tag, "Signature: 8a477f597d28d172789f06886806bc55\n# outreach-lint's result cache\n")
        self._ready = True


def linter_fingerprint(linter: Linter) -> bytes:
    """Everything about ``linter`` and this installation that findings depend on."""
    import dataclasses

    from .core import __version__

    parts: list[Any] = [_FORMAT, __version__, sys.version, _installation()]
    parts.append(repr(dataclasses.replace(linter.config, source="")))
    parts.append(os.environ.get("OUTREACH_LINT_SPACY_MODEL", ""))
    for lr in linter.available:
        parts.append((lr.rule.code, lr.rule.name, lr.rule.__module__, lr.rule.__qualname__, lr.origin, _version(lr.origin)))
    for rule in linter.rules:
        parts.append((type(rule).__module__, type(rule).__qualname__, repr(rule.options), repr(rule.configured_severity)))
        parts.append(_stat(sys.modules.get(type(rule).__module__)))
    return hashlib.blake2b(repr(parts).encode("utf-8", "surrogatepass"), digest_size=20).digest()


_INSTALLATION: str | None = None


def _installation() -> str:
    """The analyzers' versions, the act models' hash, and the package's files (computed once)."""
    global _INSTALLATION
    if _INSTALLATION is None:
        package = Path(__file__).resolve().parent
        h = hashlib.blake2b(digest_size=20)
        for name in _ANALYZERS:
            h.update(f"{name}={_version(name)};".encode())
        for model in sorted((package / "analysis" / "data").glob("acts-*")):
            h.update(model.name.encode() + model.read_bytes())
        for root, dirs, files in os.walk(package):
            dirs[:] = sorted(d for d in dirs if d != "__pycache__")
            for name in sorted(files):
                if name.endswith((".py", ".toml", ".json", ".txt", ".gz", ".bin")):
                    st = os.stat(os.path.join(root, name))
                    h.update(f"{root}/{name}:{st.st_size}:{st.st_mtime_ns};".encode("utf-8", "surrogatepass"))
        _INSTALLATION = h.hexdigest()
    return _INSTALLATION


def _version(distribution: str) -> str:
    from importlib import metadata

    try:
        return metadata.version(distribution)
    except Exception:  # noqa: BLE001 - not installed, or no metadata
        return ""


def _stat(module: Any) -> str:
    path = getattr(module, "__file__", None)
    if not path:
        return ""
    try:
        st = os.stat(path)
    except OSError:
        return path
    return f"{path}:{st.st_size}:{st.st_mtime_ns}"


def _scandir(path: Path):
    try:
        with os.scandir(path) as it:
            return list(it)
    except OSError:
        return []


def _write_atomic(path: Path, text: str) -> None:
    import tempfile

    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(text)
    os.replace(tmp, path)


class _quiet:
    """``with _quiet():`` ignores a file that vanished or cannot be touched (another run trimmed it)."""

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind, value, tb) -> bool:
        return kind is not None and issubclass(kind, OSError)
