"""Do two versions of outreach-lint find exactly the same things? Exit 1 when they do not.

    python3 benchmarks/diff_findings.py [--base 58a5bf4] [--drafts 20000] [--seed 11]

Lints, with the code at git commit ``--base`` and with the working tree:

- every draft in ``corpora/`` (a ``batch*`` directory as one batch, as the evaluator does);
- every draft in ``../shared/external/`` (``.md``/``.txt``);
- ``--drafts`` fuzzed mixed drafts: sentences of the corpora and external drafts recombined, in
  mixed languages, with random platforms, recipients, threads and send dates, linted in batches of
  40 (so batch rules see them), half with a default configuration, half with one that extends a
  phrase list and reports unused suppressions. The seed makes them the same in both runs.

The base commit is checked out with ``git worktree add`` into a temporary directory and run in a
subprocess with ``PYTHONPATH=<tmp>/src``; both runs write one JSON line per draft (its language,
platform and every finding with its span, line, column, severity, message, suggestion and fix)
and the lines are compared. Each run takes a few minutes for 20,000 drafts.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXTERNAL = ROOT.parent / "shared" / "external"
if not EXTERNAL.is_dir():  # run from a worktree: /work/wt/<name> → /work/shared
    EXTERNAL = ROOT.parent.parent / "shared" / "external"
BATCH = 40
PLATFORMS = ["linkedin", "linkedin-free", "linkedin-inmail", "linkedin-message", "x", "facebook", "email", None]
NAMES = ["Dana", "Ken", "山田 花子", "佐藤", "Priya Raman", "Lee", None]
COMPANIES = ["ACME", "Fieldnote", "株式会社サンプル", "Globex", None]
INTERESTS = [["OSS", "Rust"], ["offline-first sync"], ["機械学習", "音声認識"], ["PyCon"], ["型推論"], []]
EXTENDED_CONFIG = {
    "report-unused-suppressions": True,
    "rules": {"pushy": {"extra-phrases": {"en": ["reply by Friday"], "ja": ["至急ご返信"]}}},
}
_SPLIT = re.compile(r"(?<=[。！？!?\.])\s*|\n+")
_FRONT = re.compile(r"\A---\n.*?\n---\n", re.S)


def draft_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix in (".md", ".txt"))


def sentences_of(paths: list[Path]) -> list[str]:
    out = []
    for path in paths:
        try:
            text = path.read_text(encoding="utf-8")
        except (UnicodeDecodeError, OSError):
            continue
        text = _FRONT.sub("", text)
        out.extend(s.strip() for s in _SPLIT.split(text) if s and s.strip())
    return out


def fuzzed(sentences: list[str], count: int, seed: int) -> list[dict]:
    """``count`` drafts as mappings for ``Linter.lint_many``, the same for a given seed."""
    rng = random.Random(seed)
    drafts = []
    for n in range(count):
        parts = [rng.choice(sentences) for _ in range(rng.randint(1, 9))]
        joiners = ["\n", " ", "\n\n", "", "。", ". "]
        text = parts[0]
        for part in parts[1:]:
            text += rng.choice(joiners) + part
        if rng.random() < 0.05:
            text += "\n<!-- outreach-lint: disable=pushy -->"
        draft: dict = {"text": text, "platform": rng.choice(PLATFORMS)}
        if rng.random() < 0.2:
            draft["lang"] = rng.choice(["ja", "en"])
        if rng.random() < 0.5:
            draft["recipient"] = {
                k: v
                for k, v in (
                    ("name", rng.choice(NAMES)),
                    ("company", rng.choice(COMPANIES)),
                    ("interests", rng.choice(INTERESTS)),
                    ("recent_post", rng.choice([None, rng.choice(sentences)])),
                )
                if v is not None
            }
        if rng.random() < 0.3:
            thread = []
            for k in range(rng.randint(1, 3)):
                thread.append(
                    {"from": rng.choice(["me", "me", "them"]), "text": rng.choice(sentences), "date": f"2026-0{rng.randint(1, 9)}-1{k}"}
                )
            draft["thread"] = thread
            draft["date"] = f"2026-10-{rng.randint(10, 28)}"
        drafts.append(draft)
    return drafts


def _record(label: str, result) -> str:
    return json.dumps(
        {"draft": label, "lang": result.lang, "platform": result.platform, "findings": [f.to_dict() for f in result.findings]},
        ensure_ascii=False,
        sort_keys=True,
    )


def emit(out: Path, count: int, seed: int) -> None:
    """Child process: lint everything with whatever ``outreach_lint`` is importable, write JSON lines."""
    import outreach_lint
    from outreach_lint import Linter, read_draft

    sys.stderr.write(f"linting with {outreach_lint.__file__}\n")
    default, extended = Linter(), Linter(EXTENDED_CONFIG)
    corpora, external = draft_files(ROOT / "corpora"), draft_files(EXTERNAL) if EXTERNAL.is_dir() else []
    with out.open("w", encoding="utf-8") as fh:
        groups: dict[Path, list[Path]] = {}
        for path in corpora:
            key = path.parent if path.parent.name.startswith("batch") else path
            groups.setdefault(key, []).append(path)
        for paths in list(groups.values()) + [[p] for p in external]:
            drafts = [read_draft(p) for p in paths]
            for path, result in zip(paths, default.lint_many(drafts)):
                fh.write(_record(str(path.relative_to(ROOT.parent) if ROOT.parent in path.parents else path), result) + "\n")
        drafts = fuzzed(sentences_of(corpora + external), count, seed)
        for start in range(0, len(drafts), BATCH):
            linter = extended if (start // BATCH) % 2 else default
            for k, result in enumerate(linter.lint_many(drafts[start : start + BATCH])):
                fh.write(_record(f"fuzz-{start + k}", result) + "\n")


def run(src: Path, out: Path, count: int, seed: int) -> None:
    env = dict(os.environ, PYTHONPATH=str(src), PYTHONHASHSEED="0")
    cmd = [sys.executable, str(Path(__file__).resolve()), "--emit", str(out), "--drafts", str(count), "--seed", str(seed)]
    subprocess.run(cmd, env=env, check=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--base", default="58a5bf4", help="git commit to compare the working tree with")
    parser.add_argument("--drafts", type=int, default=20000, help="fuzzed drafts (default 20000)")
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--emit", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.emit is not None:
        emit(args.emit, args.drafts, args.seed)
        return 0
    with tempfile.TemporaryDirectory(prefix="diff-findings-") as tmp:
        base = Path(tmp) / "base"
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", "-q", str(base), args.base], check=True)
        try:
            outputs = []
            for label, src in (("base", base / "src"), ("work", ROOT / "src")):
                began = time.perf_counter()
                out = Path(tmp) / f"{label}.jsonl"
                run(src, out, args.drafts, args.seed)
                print(f"{label}: {src} linted in {time.perf_counter() - began:.0f} s")
                outputs.append(out.read_text(encoding="utf-8").splitlines())
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(base)], check=False)
    before, after = outputs
    differences = 0
    if len(before) != len(after):
        print(f"different number of drafts: {len(before)} before, {len(after)} after")
        differences += 1
    for old, new in zip(before, after):
        if old != new:
            differences += 1
            if differences <= 20:
                print(f"- {old}\n+ {new}")
    findings = sum(len(json.loads(line)["findings"]) for line in before)
    print(f"{len(before)} drafts, {findings} findings before; {differences} drafts differ")
    return 1 if differences else 0


if __name__ == "__main__":
    sys.exit(main())
