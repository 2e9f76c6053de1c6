"""The README's configuration example, copied as a user would, does what the README says."""

from __future__ import annotations

import json
import re
from pathlib import Path

from ._cli import ROOT, err, out, run


def readme_toml() -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("## Configuration file", 1)[1]
    return re.search(r"```toml\n(.*?)```", section, re.S).group(1)


NOTE = "山田様\n\n" + "先日のPyConでのオフライン同期のご講演を拝見し、大変勉強になりました。" * 10 + "\n"  # 370 characters


def test_readme_configuration_example_runs_as_documented(tmp_path):
    (tmp_path / "pyproject.toml").write_text(readme_toml(), encoding="utf-8")
    drafts = {
        "drafts/en.md": "Hi Dana,\n\nI enjoyed your PyCon talk on offline sync. Could you decide by Friday?\n",
        "ja/ja.md": "山田様\n\n先日のご講演を拝見しました。金曜までにご決断ください。\n",
        "drafts/note.md": NOTE,
        "email/note.md": NOTE,
        "drafts/long.md": "Hi Dana, " + "your talk on offline sync changed how our team tests its mobile apps. " * 9 + "\n",
        "archive/old.md": "Hi {first_name}, let's connect!\n",
        "drafts/old-2024.md": "Hi {first_name}, let's connect!\n",
    }
    for name, text in drafts.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    proc = run("check", ".", "--format", "json", cwd=tmp_path)
    assert proc.returncode == 1, err(proc)
    rows = json.loads(out(proc))
    found = {(r["path"], r["rule"], r["severity"]) for r in rows}
    paths = {r["path"] for r in rows}
    assert not any(p.startswith("archive") or "old-2024" in p for p in paths)  # exclude
    # extra phrases for pushy, in both languages
    assert any(p == "drafts/en.md" and rule == "pushy" for p, rule, _ in found)
    assert any(p == "ja/ja.md" and rule == "pushy" for p, rule, _ in found)
    # too-long: over max-words = 100, raised to an error; platform linkedin makes it a cap error too
    long = [r for r in rows if r["path"] == "drafts/long.md" and r["rule"] == "too-long"]
    assert long and all(r["severity"] == "error" for r in long)
    # the override: drafts under email/ are e-mails, not LinkedIn notes capped at 300 characters
    assert ("drafts/note.md", "too-long", "error") in found
    assert not any(p == "email/note.md" and rule == "too-long" for p, rule, _ in found)
