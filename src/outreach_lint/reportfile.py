"""Files written whole or not at all: ``check -o FILE`` reports, and drafts fixed in place."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path
from typing import IO, Iterator, TextIO

__all__ = ["write_atomically", "atomic_text_file"]


def write_atomically(path: str | os.PathLike[str], text: str | bytes, mode: int | None = None) -> None:
    """Write ``text`` (or bytes, as they are) to ``path`` through a temporary file and a rename:
    never a half-written file. ``mode`` defaults to the file's own, or a new file's."""
    payload = text if isinstance(text, bytes) else text.encode("utf-8")
    with _replacing(path, "wb", mode) as handle:
        handle.write(payload)


@contextlib.contextmanager
def atomic_text_file(path: str | os.PathLike[str]) -> Iterator[TextIO]:
    """A text file (UTF-8, line endings as written) to write ``path`` piece by piece: it is a
    temporary file beside ``path`` that replaces it when the block ends, and is removed if the
    block raises. Never a half-written file, and the text is never held whole in memory."""
    with _replacing(path, "w", None) as handle:
        yield handle  # type: ignore[misc]


@contextlib.contextmanager
def _replacing(path: str | os.PathLike[str], how: str, mode: int | None) -> Iterator[IO]:
    """A temporary file beside ``path``, opened ``how``; on a clean exit it is synced, given
    ``mode`` (the file's own, or a new file's) and renamed over ``path``; on an error, removed."""
    target = Path(path)
    fd, tmp = tempfile.mkstemp(dir=target.parent if str(target.parent) else ".", prefix=f".{target.name}.", suffix=".tmp")
    try:
        kwargs = {} if "b" in how else {"encoding": "utf-8", "newline": ""}
        with os.fdopen(fd, how, **kwargs) as handle:
            yield handle
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


def _umask() -> int:
    mask_ = os.umask(0)
    os.umask(mask_)
    return mask_
