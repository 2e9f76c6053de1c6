"""Safe fixes: apply them to a draft's text, show them as a diff, write them back atomically.

Only :class:`~outreach_lint.rule.Fix` objects marked ``safe`` are applied; overlapping fixes are
left for the next pass. A file is written through a temporary file in its own folder and
``os.replace``, keeps its encoding (UTF-8, with or without BOM; UTF-16 with BOM), its line endings
and its permissions, and is not touched at all when nothing changes.
"""

from __future__ import annotations

import codecs
import difflib
import re
from pathlib import Path
from typing import Iterable

from .core.errors import InputError
from .core.finding import Finding
from .reportfile import write_atomically

__all__ = ["apply_fixes", "unified_diff", "write_fixed"]

_LONE_LF = re.compile(r"(?<!\r)\n")


def _line_ending(text: str) -> str:
    crlf = text.count("\r\n")
    lf = text.count("\n") - crlf
    cr = text.count("\r") - crlf
    if crlf > lf and crlf >= cr:
        return "\r\n"
    if cr > lf:
        return "\r"
    return "\n"


def apply_fixes(text: str, findings: Iterable[Finding]) -> tuple[str, int]:
    """``text`` with every safe, non-overlapping fix applied; and how many were applied."""
    fixes = sorted(
        {f.fix for f in findings if f.fix is not None and f.fix.safe and 0 <= f.fix.start <= f.fix.end <= len(text)},
        key=lambda x: (x.start, x.end, x.replacement),
    )
    newline = _line_ending(text)
    parts: list[str] = []
    pos = 0
    applied = 0
    for fix in fixes:
        if fix.start < pos:
            continue  # overlaps one already taken: the next pass sees it again
        replacement = fix.replacement
        if newline != "\n" and "\n" in replacement:
            replacement = _LONE_LF.sub(newline, replacement)
        if text[fix.start : fix.end] == replacement:
            continue
        parts.append(text[pos : fix.start])
        parts.append(replacement)
        pos = fix.end
        applied += 1
    parts.append(text[pos:])
    return "".join(parts), applied


def unified_diff(path: str, old: str, new: str) -> str:
    lines = difflib.unified_diff(
        old.splitlines(keepends=True), new.splitlines(keepends=True), fromfile=f"a/{path}", tofile=f"b/{path}"
    )
    out = []
    for line in lines:
        out.append(line if line.endswith(("\n", "\r")) else line + "\n\\ No newline at end of file\n")
    return "".join(out)


def _encoding_of(data: bytes) -> tuple[str, bytes]:
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            return encoding, bom
    return "utf-8", b""


def write_fixed(path: Path, old: str, new: str) -> bool:
    """Write ``new`` over the file whose text was ``old``; False when there was nothing to write.

    Raises :class:`InputError` when the file changed on disk since it was read.
    """
    if new == old:
        return False
    data = path.read_bytes()
    encoding, bom = _encoding_of(data)
    try:
        current = data[len(bom) :].decode(encoding)
    except UnicodeDecodeError:
        current = None
    if current != old:
        raise InputError(f"{path}: changed on disk while being checked; not fixed")
    write_atomically(path, bom + new.encode(encoding), path.stat().st_mode & 0o7777)
    return True
