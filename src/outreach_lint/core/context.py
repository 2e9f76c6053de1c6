"""What a rule knows beside the text: platform, recipient profile, earlier messages."""

from __future__ import annotations

import dataclasses
import datetime as _dt
from dataclasses import dataclass, field
from typing import Any, Iterable, Mapping

from .errors import InputError
from .platforms import Platform, get_platform

__all__ = ["Recipient", "ThreadMessage", "Context", "coerce_recipient", "coerce_thread", "coerce_date"]


@dataclass(frozen=True, slots=True)
class Recipient:
    """The person the draft is for. Every field is optional."""

    name: str | None = None
    company: str | None = None
    title: str | None = None
    interests: tuple[str, ...] = ()
    recent_post: str | None = None

    @property
    def is_empty(self) -> bool:
        return not (self.name or self.company or self.title or self.interests or self.recent_post)


@dataclass(frozen=True, slots=True)
class ThreadMessage:
    """One earlier message in the conversation, oldest first in a thread."""

    sender: str  # "me" or "them"
    text: str = ""
    date: _dt.date | None = None


_RECIPIENT_FIELDS = ("name", "company", "title", "interests", "recent_post")


def _optional_str(value: Any, what: str) -> str | None:
    if value is None:
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    if not isinstance(value, str):
        raise InputError(f"{what} must be text, got {type(value).__name__} {value!r}")
    return value


def coerce_recipient(value: Any) -> Recipient | None:
    """Accept a :class:`Recipient`, a mapping, or any object with the same attributes."""
    if value is None or isinstance(value, Recipient):
        return value
    if isinstance(value, (str, bytes, int, float, list, tuple)):  # str has .title: not a profile
        raise InputError(
            f"recipient must be a mapping with keys {', '.join(_RECIPIENT_FIELDS)}, got {type(value).__name__} {value!r:.60}"
        )
    if isinstance(value, Mapping):
        unknown = sorted(set(map(str, value)) - set(_RECIPIENT_FIELDS))
        if unknown:
            raise InputError(
                f"recipient has unknown key {unknown[0]!r}; known keys: {', '.join(_RECIPIENT_FIELDS)}"
            )
        get = value.get
    elif dataclasses.is_dataclass(value) or any(hasattr(value, f) for f in _RECIPIENT_FIELDS):
        def get(key: str, default: Any = None) -> Any:
            return getattr(value, key, default)
    else:
        raise InputError(f"recipient must be a mapping with keys {', '.join(_RECIPIENT_FIELDS)}, got {type(value).__name__}")
    interests = get("interests") or ()
    if isinstance(interests, str):
        interests = [interests]
    if not isinstance(interests, Iterable) or isinstance(interests, Mapping):
        raise InputError(f"recipient interests must be a list of text, got {type(interests).__name__}")
    clean = tuple(s for s in (_optional_str(i, "recipient interest") for i in interests) if s)
    return Recipient(
        name=_optional_str(get("name"), "recipient name"),
        company=_optional_str(get("company"), "recipient company"),
        title=_optional_str(get("title"), "recipient title"),
        interests=clean,
        recent_post=_optional_str(get("recent_post"), "recipient recent_post"),
    )


def coerce_date(value: Any, what: str = "thread message date") -> _dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    if isinstance(value, str):
        try:
            return _dt.date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise InputError(f"{what} must be YYYY-MM-DD, got {value!r}")


def coerce_thread(value: Any) -> tuple[ThreadMessage, ...]:
    """Accept a list of :class:`ThreadMessage` or of mappings ``{from, date, text}``."""
    if value is None:
        return ()
    if isinstance(value, (str, bytes, Mapping)) or not isinstance(value, Iterable):
        raise InputError(f"thread must be a list of messages, got {type(value).__name__}")
    out: list[ThreadMessage] = []
    for n, item in enumerate(value, 1):
        if isinstance(item, ThreadMessage):
            out.append(item)
            continue
        if not isinstance(item, Mapping):
            raise InputError(f"thread message {n} must be a mapping with from/date/text, got {type(item).__name__}")
        sender = item.get("from", item.get("sender"))
        if sender not in ("me", "them"):
            raise InputError(f"thread message {n}: 'from' must be \"me\" or \"them\", got {sender!r}")
        text = _optional_str(item.get("text", ""), f"thread message {n} text") or ""
        out.append(ThreadMessage(sender=sender, text=text, date=coerce_date(item.get("date"))))
    return tuple(out)


@dataclass(slots=True)
class Context:
    """Everything a rule reads beside the :class:`~outreach_lint.document.Document`."""

    platform: Platform = field(default_factory=lambda: get_platform(None))
    recipient: Recipient | None = None
    thread: tuple[ThreadMessage, ...] = ()
    locale: str = "en"  # language of messages and suggestions
    path: str | None = None
    today: _dt.date | None = None  # the draft's send date; None means today

    @property
    def is_first_contact(self) -> bool:
        """No earlier message in either direction."""
        return not self.thread

    @property
    def they_replied(self) -> bool:
        return any(m.sender == "them" for m in self.thread)

    @property
    def unanswered_streak(self) -> int:
        """How many of my messages stand at the end of the thread with no reply after them."""
        count = 0
        for message in reversed(self.thread):
            if message.sender != "me":
                break
            count += 1
        return count
