"""A pre-send check: render drafts from a CSV, lint them in one batch, send only the clean ones.

    python docs/examples/pre_send_check.py [contacts.csv]

Each row of the CSV is one recipient. The draft is rendered from a template in the row's
language, linted with ``Linter.lint_many`` (one batch, so batch rules such as ``mass-template``
see every draft together), and any draft with an *error* finding is held back with its findings;
warnings are shown but do not stop the send. This example only prints what it would send.
Exit status 1 when a draft was held back.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

from outreach_lint import Linter

TEMPLATES = {
    "en": (
        "Hi {first_name},\n\n"
        "I'm Sam, a mobile engineer at Tidepool. {hook}\n\n"
        "If it is useful, I'm happy to share the benchmark numbers we gathered on older Android phones.\n\n"
        "Best,\nSam\n"
    ),
    "ja": "{family_name}様\nはじめまして、タイドプールでモバイル開発を担当している佐藤と申します。{hook}\n",
}


class _LeaveMissing(dict):
    """A mail merge that leaves ``{first_name}`` in place when the CSV has no value: the classic mistake."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def render(row: dict[str, str]) -> str:
    fields = _LeaveMissing({k: v for k, v in row.items() if v})
    if row.get("name"):
        parts = row["name"].split()
        fields["first_name"] = parts[0]
        fields["family_name"] = parts[0]  # Japanese names are written family name first
    return TEMPLATES[row["lang"]].format_map(fields)


def send(address: str, text: str) -> None:
    print(f"SEND {address} ({len(text)} characters)")  # a real script would call the mail or CRM API here


def main(csv_path: Path) -> int:
    with csv_path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    drafts = [
        {
            "text": render(row),
            "platform": row["platform"],
            "lang": row["lang"],
            "recipient": {"name": row["name"] or None, "company": row["company"] or None, "interests": [row["interest"]]},
            "path": row["email"],
        }
        for row in rows
    ]
    linter = Linter()  # loads the analyzers and rules once, for the whole batch
    held = 0
    for row, draft, result in zip(rows, drafts, linter.lint_many(drafts)):
        if result.errors:
            held += 1
            for f in result.errors:
                print(f"HOLD {row['email']}: {f.line}:{f.column} {f.code} {f.rule}: {f.message}")
            continue
        for f in result.findings:  # warnings and info: worth a look, not a reason to hold the draft
            print(f"  note {row['email']}: {f.code} {f.rule}: {f.message}")
        send(row["email"], draft["text"])
    return 1 if held else 0


if __name__ == "__main__":
    default = Path(__file__).with_name("contacts.csv")
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else default))
