"""Fuzz lint(): arbitrary text, language, platform and recipient through every rule.

    python fuzz/fuzz_lint.py -atheris_runs=200000

No rule may crash (the engine turns a rule's exception into a finding: that counts as a crash
here), every span lies inside the text, and findings are sorted.
"""

from __future__ import annotations

import os
import sys

import atheris

with atheris.instrument_imports(include=["outreach_lint"]):
    from outreach_lint import Linter
    from outreach_lint.core.platforms import PLATFORMS

LINTER = Linter()
# Rules whose crash is already known and reported, so the run goes on to find others:
# OL_FUZZ_KNOWN=missing-introduction python fuzz/fuzz_lint.py ...
KNOWN = set(filter(None, os.environ.get("OL_FUZZ_KNOWN", "").split(",")))
LANGS = [None, "ja", "en"]
PLATFORM_NAMES = sorted(PLATFORMS)
WORDS = ["{first_name}", "○○様", "と申します", "です。", "!!", "拝見させていただき", "LINE", "090-1234-5678", "\n", "\r\n", "　"]


def test_one_input(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    lang = LANGS[fdp.ConsumeIntInRange(0, 2)]
    platform = PLATFORM_NAMES[fdp.ConsumeIntInRange(0, len(PLATFORM_NAMES) - 1)]
    recipient = None
    if fdp.ConsumeBool():
        recipient = {"name": fdp.ConsumeUnicodeNoSurrogates(12), "interests": [fdp.ConsumeUnicodeNoSurrogates(10)]}
    parts = []
    for _ in range(fdp.ConsumeIntInRange(0, 12)):
        if fdp.ConsumeBool():
            parts.append(WORDS[fdp.ConsumeIntInRange(0, len(WORDS) - 1)])
        else:
            parts.append(fdp.ConsumeUnicode(24))  # may hold lone surrogates
    text = "".join(parts)
    result = LINTER.lint(text, lang=lang, platform=platform, recipient=recipient)
    keys = []
    for f in result.findings:
        if "crashed" in f.message and f.rule not in KNOWN:
            raise RuntimeError(f"{f.message}\ntext={text!r} lang={lang} platform={platform} recipient={recipient!r}")
        assert 0 <= f.start <= f.end <= len(text), (f, text)
        keys.append((f.start, f.end, f.code, f.message))
    assert keys == sorted(keys)


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
