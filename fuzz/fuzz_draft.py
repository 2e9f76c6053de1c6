"""Fuzz draft-file reading: bytes -> decode_draft -> parse_draft.

    python fuzz/fuzz_draft.py -atheris_runs=1000000

Any bytes must either become a Draft whose body is the text after its front matter, or raise
InputError (a one-line message naming the file). Anything else is a bug.
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports(include=["outreach_lint"]):
    from outreach_lint.draft import decode_draft, parse_draft
    from outreach_lint.core.errors import InputError


def test_one_input(data: bytes) -> None:
    # Half the time put the bytes after a front-matter opener, so the YAML path is reached often.
    if data[:1] == b"\x01":
        data = b"---\n" + data[1:]
    try:
        text = decode_draft(data, "fuzz.md")
    except InputError as exc:
        assert str(exc).startswith("fuzz.md: ") and "\n" not in str(exc), str(exc)
        return
    try:
        draft = parse_draft(text, "fuzz.md")
    except InputError as exc:
        assert str(exc).startswith("fuzz.md"), str(exc)
        return
    assert draft.text == text
    assert 0 <= draft.body_offset <= len(text)
    assert draft.body == text[draft.body_offset :]
    if draft.body_offset:
        assert text.startswith("---")


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
