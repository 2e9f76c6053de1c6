"""Files written whole or not at all: ``check -o FILE`` reports, and drafts fixed in place."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path
from typing import Iterator, TextIO

__all__ = ["write_atomically", "atomic_text_file"]


def write_atomically(path: str | os.PathLike[str], text: str | bytes, mode: int | None = None) -> None:
    """Write ``text`` (or bytes, as they are) to ``path`` through a temporary file and a rename:
    never a half-written file. ``mode`` defaults to the file's own, or a new file's."""
    target = Path(path)
    payload = text if isinstance(text, bytes) else text.encode("utf-8")
    fd, tmp = tempfile.mkstemp(dir=target.parent if str(target.parent) else ".", prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        if mode is None:
            mode = target.stat().st_mode & 0o7777 if target.exists() else 0o666 & ~_umask()
        os.chmod(tmp, mode)
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


@contextlib.contextmanager
def atomic_text_file(path: str | os.PathLike[str]) -> Iterator[TextIO]:
    """A text file (UTF-8, line endings as written) to write ``path`` piece by piece: it is a
    temporary file beside ``path`` that replaces it when the block ends, and is removed if the
    block raises. Never a half-written file, and the text is never held whole in memory."""
    target = Path(path)
    fd, tmp = tempfile.mkstemp(dir=target.parent if str(target.parent) else ".", prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        mode = target.stat().st_mode & 0o7777 if target.exists() else 0o666 & ~_umask()
        os.chmod(tmp, mode)
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def _umask() -> int:
    mask_ = os.umask(0)
    os.umask(mask_)
    return mask_
