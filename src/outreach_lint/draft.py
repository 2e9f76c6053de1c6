"""Draft files: ``.txt`` or ``.md``, UTF-8, with optional YAML front matter.

    ---
    platform: linkedin
    lang: ja
    recipient: {name: 山田 花子, company: ACME, interests: [OSS, Rust]}
    thread:
      - {from: me, date: 2026-01-10, text: "..."}
    outreach-lint: {ignore: [pushy]}
    ---
    Body of the draft…

Front matter is split by hand and parsed with PyYAML's safe loader: the libraries that split it
(python-frontmatter) strip the body, and offsets into the original file must stay exact so that
line and column point at the right character. Keys other tools put there (title, tags) are left alone.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


from .core.context import Recipient, ThreadMessage, coerce_recipient, coerce_thread
from .core.errors import InputError
from .core.platforms import get_platform

__all__ = ["Draft", "parse_draft", "read_draft", "decode_draft", "DRAFT_SUFFIXES"]

DRAFT_SUFFIXES = (".md", ".txt")
MAX_BYTES = 1024 * 1024  # no outreach message comes near it; past it, a file is not a draft


@dataclass
class Draft:
    """A draft as read from a file: the whole text, where the body starts, and its front matter."""

    text: str  # the whole file, front matter included
    body_offset: int = 0
    path: str | None = None
    platform: str | None = None
    lang: str | None = None
    recipient: Recipient | None = None
    thread: tuple[ThreadMessage, ...] = ()
    ignore: tuple[str, ...] = ()
    expect: tuple[str, ...] | None = None  # corpora only: the rules that must fire
    date: Any = None  # when the draft will be sent (front matter ``date: YYYY-MM-DD``)
    meta: dict[str, Any] = field(default_factory=dict)

    @property
    def body(self) -> str:
        return self.text[self.body_offset :]


def decode_draft(data: bytes, path: str = "<stdin>") -> str:
    """Bytes to text: UTF-8 (a BOM is dropped), UTF-16 with a BOM; anything else is an InputError.

    A stray NUL in a text draft is kept (the analyzers take it as a symbol); NULs in bulk, or
    with bytes that are not UTF-8, mean a binary file or UTF-16 saved without its BOM.
    """
    if len(data) > MAX_BYTES:
        raise InputError(f"{path}: {len(data)} bytes is too large for a draft (at most {MAX_BYTES} bytes)")
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError(f"{path}: invalid UTF-16 at byte {exc.start}") from None
    head = data[:8192]
    nuls = head.count(b"\0")
    if nuls and nuls * 8 > len(head):
        even, odd = head[0::2].count(b"\0"), head[1::2].count(b"\0")
        if max(even, odd) * 4 > len(head) and min(even, odd) * 8 < max(even, odd):
            raise InputError(f"{path}: looks like UTF-16 without a byte-order mark; save it as UTF-8")
        raise InputError(f"{path}: binary file, not a text draft")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        if b"\0" in data:
            raise InputError(f"{path}: binary file, not a text draft (byte 0x{data[exc.start]:02x} at offset {exc.start} is not UTF-8)") from None
        raise InputError(f"{path}: not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start})") from None


def read_draft(path: str | Path) -> Draft:
    p = Path(path)
    try:
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise InputError(f"{p}: {size} bytes is too large for a draft (at most {MAX_BYTES} bytes)")
        data = p.read_bytes()
    except InputError:
        raise
    except FileNotFoundError:
        raise InputError(f"{p}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{p}: is a directory") from None
    except PermissionError:
        raise InputError(f"{p}: permission denied") from None
    except OSError as exc:
        raise InputError(f"{p}: cannot read ({exc.strerror or exc})") from None
    return parse_draft(decode_draft(data, str(p)), str(p))


def _split_front_matter(text: str) -> tuple[str | None, int]:
    """(YAML source or None, offset of the body)."""
    if not text.startswith("---"):
        return None, 0
    first_nl = text.find("\n")
    if first_nl < 0 or text[3:first_nl].strip():
        return None, 0
    pos = first_nl + 1
    while pos <= len(text):
        nl = text.find("\n", pos)
        line_end = len(text) if nl < 0 else nl
        line = text[pos:line_end].rstrip("\r")
        if line in ("---", "..."):
            return text[first_nl + 1 : pos], (len(text) if nl < 0 else nl + 1)
        if nl < 0:
            break
        pos = nl + 1
    return None, 0  # an opening '---' with no closing one is a horizontal rule, not front matter


def parse_draft(text: str, path: str | None = None) -> Draft:
    where = path or "<draft>"
    source, offset = _split_front_matter(text)
    draft = Draft(text=text, body_offset=offset, path=path)
    if source is None:
        return draft
    import yaml  # only drafts with front matter pay for it (a tenth of a Japanese cold start)

    try:
        meta = yaml.safe_load(source)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f" line {mark.line + 2}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or "invalid YAML"
        raise InputError(f"{where}: front matter{line}: {problem}") from None
    if meta is None:
        return draft
    if not isinstance(meta, dict):
        raise InputError(f"{where}: front matter must be a mapping of keys, got {type(meta).__name__}")
    draft.meta = meta
    try:
        if meta.get("platform") is not None:
            draft.platform = get_platform(str(meta["platform"])).name
        if meta.get("lang") is not None:
            lang = str(meta["lang"])
            if lang not in ("ja", "en"):
                raise InputError(f"lang must be 'ja' or 'en', got {lang!r}")
            draft.lang = lang
        draft.recipient = coerce_recipient(meta.get("recipient"))
        draft.thread = coerce_thread(meta.get("thread"))
        settings = meta.get("outreach-lint") or {}
        if not isinstance(settings, dict):
            raise InputError(f"'outreach-lint' must be a mapping such as {{ignore: [pushy]}}, got {settings!r}")
        ignore = settings.get("ignore", ())
        if isinstance(ignore, str):
            ignore = [ignore]
        if not isinstance(ignore, (list, tuple)) or not all(isinstance(x, str) for x in ignore):
            raise InputError(f"'outreach-lint: ignore' must be a list of rule names or codes, got {ignore!r}")
        draft.ignore = tuple(ignore)
        if meta.get("date") is not None:
            from .core.context import coerce_date

            draft.date = coerce_date(meta["date"], "date")
        if "expect" in meta:
            expect = meta["expect"] or []
            if not isinstance(expect, (list, tuple)) or not all(isinstance(x, str) for x in expect):
                raise InputError(f"'expect' must be a list of rule names, got {expect!r}")
            draft.expect = tuple(expect)
    except InputError as exc:
        raise InputError(f"{where}: front matter: {exc}") from None
    return draft
