"""Where a draft will be sent, and what that platform allows (ADVICE 002 §1).

Caps are hard limits the platform enforces; the sensible length is where replies fall off.
"""

from __future__ import annotations

from dataclasses import dataclass

from .errors import InputError

__all__ = ["Platform", "PLATFORMS", "DEFAULT_PLATFORM", "get_platform"]


@dataclass(frozen=True, slots=True)
class Platform:
    name: str
    description: str
    hard_cap: int | None  # characters the platform accepts at most
    sensible: bool  # whether the e-mail-like sensible length applies (notes are judged by their cap)
    professional: bool  # a professional register is expected
    introduction_expected: bool  # strangers are expected to say who they are (not on X, 002 §1)
    description_ja: str = ""

    def describe(self, locale: str) -> str:
        """The platform's description in the reader's language."""
        return self.description_ja if locale == "ja" and self.description_ja else self.description


PLATFORMS: dict[str, Platform] = {
    p.name: p
    for p in (
        Platform("linkedin", "LinkedIn connection note (premium, 300 characters)", 300, False, True, True, "LinkedInのつながり申請メモ（プレミアム、300文字）"),
        Platform("linkedin-free", "LinkedIn connection note (free account, 200 characters)", 200, False, True, True, "LinkedInのつながり申請メモ（無料アカウント、200文字）"),
        Platform("linkedin-inmail", "LinkedIn InMail (2,000 characters)", 2000, True, True, True, "LinkedInのInMail（2,000文字）"),
        Platform("linkedin-message", "LinkedIn message (about 3,000 characters)", 3000, True, True, True, "LinkedInのメッセージ（約3,000文字）"),
        Platform("x", "X (Twitter) direct message (10,000 characters)", 10000, True, False, False, "X（Twitter）のDM（10,000文字）"),
        Platform("facebook", "Facebook / Messenger message", None, True, False, True, "Facebook・Messengerのメッセージ"),
        Platform("email", "cold e-mail (no cap)", None, True, True, True, "初回の営業・挨拶メール（上限なし）"),
    )
}

DEFAULT_PLATFORM = "email"


def get_platform(name: str | Platform | None) -> Platform:
    if name is None:
        return PLATFORMS[DEFAULT_PLATFORM]
    if isinstance(name, Platform):
        return name
    key = str(name).strip().lower()
    try:
        return PLATFORMS[key]
    except KeyError:
        valid = ", ".join(PLATFORMS)
        raise InputError(f"unknown platform {name!r}; valid platforms: {valid}") from None
