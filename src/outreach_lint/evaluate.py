"""Precision and recall of every rule on labeled corpora.

    python -m outreach_lint.evaluate corpora/ [--min-precision 0.95] [--min-recall 0.9] [--rule NAME]
                                     [--lang ja] [--max-clean-alarms 0.03]

A corpus is a tree of draft files whose front matter lists ``expect: [rule names]``: the rules
that must fire on that draft. A rule that fires on a draft not listing it is a false alarm; a
listed rule that stays silent is a miss. Drafts are linted one at a time, except that the files
of a directory whose name starts with ``batch`` are linted together as one batch (for
``mass-template``). It also reports the share of clean drafts (``expect: []``) that get any
finding at all. Exit status 1 when a rule falls below the thresholds (or the clean drafts are
noisier than ``--max-clean-alarms``), 2 on bad input.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Sequence

from .core.errors import OutreachLintError
from .draft import DRAFT_SUFFIXES, Draft, read_draft
from .engine import Linter

__all__ = ["Score", "Evaluation", "evaluate", "load_corpus"]


@dataclass
class Score:
    rule: str
    tp: int = 0
    fp: int = 0
    fn: int = 0
    false_alarms: list[str] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0


@dataclass
class Evaluation:
    scores: dict[str, Score]
    drafts: int
    unlabeled: list[str]
    unknown: list[str] = field(default_factory=list)  # "path: name" for expect entries naming no installed rule
    clean: int = 0  # drafts labeled ``expect: []``
    noisy_clean: list[str] = field(default_factory=list)  # those of them with any finding at all

    @property
    def clean_alarm_rate(self) -> float:
        """The share of clean drafts on which the linter says anything: what a user sees as crying wolf."""
        return len(self.noisy_clean) / self.clean if self.clean else 0.0

    def failing(self, min_precision: float, min_recall: float) -> list[Score]:
        return [s for s in self.scores.values() if s.precision < min_precision or s.recall < min_recall]


def load_corpus(root: str | Path) -> list[list[Draft]]:
    """Batches of drafts: one per ``batch*`` directory, one per draft elsewhere."""
    root = Path(root)
    batches: list[list[Draft]] = []
    files = sorted(p for p in root.rglob("*") if p.suffix in DRAFT_SUFFIXES and p.is_file() and p.name != "README.md")
    grouped: dict[Path, list[Draft]] = defaultdict(list)
    for path in files:
        draft = read_draft(path)
        if path.parent.name.startswith("batch"):
            grouped[path.parent].append(draft)
        else:
            batches.append([draft])
    batches.extend(grouped[k] for k in sorted(grouped))
    return batches


def evaluate(
    root: str | Path, linter: Linter | None = None, rules: Iterable[str] | None = None, lang: str | None = None
) -> Evaluation:
    """Score every rule on the labeled drafts under ``root`` (only those in ``lang``, if given)."""
    linter = linter or Linter()
    names = [r.name for r in linter.rules]
    wanted = set(rules) if rules else set(names)
    scores = {n: Score(n) for n in names if n in wanted}
    unlabeled: list[str] = []
    unknown: list[str] = []
    count = 0
    clean = 0
    noisy_clean: list[str] = []
    for batch in load_corpus(root):
        results = linter.lint_many(batch)
        for draft, result in zip(batch, results):
            if lang is not None and result.lang != lang:
                continue
            count += 1
            if draft.expect is None:
                unlabeled.append(str(draft.path))
                continue
            fired = {f.rule for f in result.findings}
            if not draft.expect:
                clean += 1
                if fired:
                    noisy_clean.append(f"{draft.path}: {', '.join(sorted(fired))}")
            if not rules:  # a misspelt name in expect would silently expect nothing
                unknown.extend(f"{draft.path}: {name}" for name in draft.expect if name not in names)
            for name, score in scores.items():
                expected = name in draft.expect
                if name in fired and expected:
                    score.tp += 1
                elif name in fired:
                    score.fp += 1
                    first = next(f for f in result.findings if f.rule == name)
                    score.false_alarms.append(f"{draft.path}:{first.line}:{first.column}: {first.message}")
                elif expected:
                    score.fn += 1
                    score.misses.append(str(draft.path))
    return Evaluation(scores, count, unlabeled, unknown, clean, noisy_clean)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m outreach_lint.evaluate", description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="?", default="corpora")
    parser.add_argument("--min-precision", type=float, default=0.95)
    parser.add_argument("--min-recall", type=float, default=0.9)
    parser.add_argument("--rule", action="append", help="only these rules")
    parser.add_argument("--lang", choices=("en", "ja"), help="only the drafts in this language")
    parser.add_argument(
        "--max-clean-alarms", type=float, default=1.0, metavar="SHARE",
        help="fail when more than this share of the clean drafts (expect: []) get any finding (default: no limit)",
    )
    args = parser.parse_args(argv)
    try:
        ev = evaluate(args.corpus, rules=args.rule, lang=args.lang)
    except OutreachLintError as exc:
        print(f"outreach-lint: error: {exc}", file=sys.stderr)
        return 2
    failing = ev.failing(args.min_precision, args.min_recall)
    noisy = ev.clean_alarm_rate > args.max_clean_alarms
    try:
        _report(ev, failing, noisy)
        sys.stdout.flush()  # inside the try: a closed pipe fails here, not in the interpreter's exit
    except BrokenPipeError:
        # the reader stopped early (`… | head`): no traceback, and the status the evaluation earned
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return 1 if failing or ev.unknown or noisy else 0


def _report(ev: Evaluation, failing: list[Score], noisy: bool) -> None:
    print(f"{'rule':<22} {'tp':>4} {'fp':>4} {'fn':>4} {'precision':>9} {'recall':>7}")
    for s in sorted(ev.scores.values(), key=lambda s: s.rule):
        print(f"{s.rule:<22} {s.tp:>4} {s.fp:>4} {s.fn:>4} {s.precision:>9.3f} {s.recall:>7.3f}")
    print(f"{ev.drafts} drafts")
    print(f"clean drafts with any finding: {len(ev.noisy_clean)} of {ev.clean} ({ev.clean_alarm_rate:.1%})")
    for s in sorted(ev.scores.values(), key=lambda s: s.rule):
        for line in s.false_alarms:
            print(f"false alarm  {s.rule}: {line}")
        for line in s.misses:
            print(f"miss         {s.rule}: {line}")
    for line in ev.noisy_clean:
        print(f"noisy clean  {line}")
    for path in ev.unlabeled:
        print(f"unlabeled    {path} (no 'expect' in front matter)")
    for line in ev.unknown:
        print(f"unknown rule {line} (expected, but no installed rule has that name)", file=sys.stderr)
    for s in failing:
        print(f"BELOW THRESHOLD {s.rule}: precision {s.precision:.3f}, recall {s.recall:.3f}", file=sys.stderr)
    if noisy:
        print(f"TOO NOISY: {ev.clean_alarm_rate:.1%} of the clean drafts get a finding", file=sys.stderr)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
