"""Train the draft model (whole-draft judgements) from labeled drafts, deterministically.

    python -m outreach_lint.train_drafts [corpora] [--hold-out GLOB ...]
                                         [--out src/outreach_lint/analysis/data]
                                         [--report docs/drafts-report.md] [--check]

Reads every labeled draft (front matter ``expect:``) under the corpus folder, analyses it with the
linter's own tokenizers and act model, and fits one L2-regularised logistic regression per
judgement and language (scikit-learn's liblinear solver: no randomness) on the features of
:func:`outreach_lint.analysis.drafts.draft_features`. Each judgement learns from the drafts it is
about: ``form_letter`` from first contacts (no thread, no sign of an earlier message), labeled
generic-template or not; ``one_sided_ask`` from every draft, labeled one-sided-ask or not.

The folders matched by ``--hold-out`` (relative to the corpus, e.g. the latest blind batches) are
left out of a first fit, which the report scores on them: drafts the model never saw, written by
people who never saw the rules. The model that ships is then fitted on every draft. The act model
must be trained first (its scores are features here). ``--check`` exits 1 if the shipped weights
differ from what the command would write. Needs ``pip install 'outreach-lint[train]'``.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .analysis.acts import ActModel
from .analysis.conversation import is_first_contact
from .analysis.drafts import JUDGEMENTS, draft_features, load_draft_model, unjudged
from .core.context import Context
from .core.language import detect_language
from .core.platforms import get_platform
from .draft import DRAFT_SUFFIXES, read_draft
from .tokenizers import tokenize

LANGS = ("en", "ja")
MIN_COUNT = 2  # a feature of one draft is a name or a topic, not a signal
C = 1.0
THRESHOLDS = (0.5, 0.8, 0.9)  # the report's operating points


@dataclass(frozen=True)
class Example:
    path: str
    lang: str
    features: tuple[str, ...]
    first_contact: bool
    labels: frozenset[str]


def read_examples(root: Path) -> list[Example]:
    """Every labeled draft under ``root``, analysed (unlabeled drafts teach nothing)."""
    out = []
    for path in sorted(p for p in root.rglob("*") if p.suffix in DRAFT_SUFFIXES and p.is_file() and p.name != "README.md"):
        draft = read_draft(path)
        if draft.expect is None:
            continue
        lang = draft.lang or detect_language(draft.body)
        if lang not in LANGS:
            continue
        ctx = Context(platform=get_platform(draft.platform), recipient=draft.recipient, thread=draft.thread)
        with unjudged():  # the pool of first contacts must not depend on the model being fitted
            doc = tokenize(draft.body, lang)
            first = is_first_contact(doc, ctx)
        out.append(Example(path.relative_to(root).as_posix(), lang, tuple(draft_features(doc)), first, frozenset(draft.expect)))
    return out


def _pool(examples: list[Example], judgement: str) -> list[Example]:
    return [e for e in examples if e.first_contact] if judgement == "form_letter" else examples


def fit(examples: list[Example]) -> ActModel:
    from scipy.sparse import csr_matrix
    from sklearn.linear_model import LogisticRegression

    counts = Counter(f for e in examples for f in set(e.features))
    vocab = sorted(f for f, c in counts.items() if c >= MIN_COUNT)
    index = {f: n for n, f in enumerate(vocab)}
    weights = np.zeros((len(vocab), len(JUDGEMENTS)), dtype=np.float32)
    bias = np.zeros(len(JUDGEMENTS), dtype=np.float32)
    for k, (judgement, rule) in enumerate(JUDGEMENTS.items()):
        pool = _pool(examples, judgement)
        indptr, indices = [0], []
        for e in pool:
            indices.extend(sorted({index[f] for f in e.features if f in index}))
            indptr.append(len(indices))
        X = csr_matrix((np.ones(len(indices)), indices, indptr), shape=(len(pool), len(vocab)))
        y = np.array([rule in e.labels for e in pool], dtype=np.int8)
        if not len(y) or y.min() == y.max():
            bias[k] = 10.0 if len(y) and y[0] else -10.0
            continue
        clf = LogisticRegression(C=C, solver="liblinear", max_iter=1000).fit(X, y)
        weights[:, k] = clf.coef_[0]
        bias[k] = clf.intercept_[0]
    keep = np.abs(weights).max(axis=1) > 1e-3  # a feature that moves no judgement is dead weight
    vocab = [f for f, k in zip(vocab, keep) if k]
    return ActModel(vocab, weights[keep].ravel().tolist(), bias.tolist(), tuple(JUDGEMENTS))


def measure(model: ActModel, examples: list[Example]) -> dict[str, list[tuple[float, int, int, int]]]:
    """Per judgement, at each of :data:`THRESHOLDS`: (threshold, found right, found wrong, labeled)."""
    out = {}
    for k, (judgement, rule) in enumerate(JUDGEMENTS.items()):
        pool = _pool(examples, judgement)
        probs = np.array([model.score(e.features)[k] for e in pool])
        gold = np.array([rule in e.labels for e in pool], dtype=bool)
        out[judgement] = [(t, int(((probs >= t) & gold).sum()), int(((probs >= t) & ~gold).sum()), int(gold.sum())) for t in THRESHOLDS]
    return out


def _held_out(example: Example, patterns: list[str]) -> bool:
    folders = [q for q in Path(example.path).parents if q.parts]
    return any(q.match(p) for p in patterns for q in folders)


def render_report(results: dict[str, tuple[dict, int, int]], patterns: list[str]) -> str:
    lines = [
        "# Draft model: training report",
        "",
        "Generated by `python -m outreach_lint.train_drafts`; do not edit. Each judgement of a model",
        f"fitted without the held-out folders ({', '.join(f'`{p}`' for p in patterns) or 'none'}), scored on",
        "them: how many of the drafts labeled with its rule it finds, and how many it finds that are not,",
        "at each probability. The rules use it only beside their own reading (see each rule's page).",
        "",
    ]
    for lang, (report, trained, held) in results.items():
        lines += [f"## {lang}: {trained} labeled drafts, {held} held out", "", "| judgement | from | right | wrong | labeled | precision | recall |", "|---|---|---|---|---|---|---|"]
        for judgement, rows in report.items():
            for t, right, wrong, labeled in rows:
                p = right / (right + wrong) if right + wrong else 1.0
                r = right / labeled if labeled else 1.0
                lines.append(f"| {judgement} | {t:.1f} | {right} | {wrong} | {labeled} | {p:.2f} | {r:.2f} |")
        lines.append("")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m outreach_lint.train_drafts", description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", nargs="?", default="corpora")
    ap.add_argument("--hold-out", action="append", default=[], metavar="GLOB", help="folders left out of the report's fit")
    ap.add_argument("--out", default=str(Path(__file__).parent / "analysis" / "data"))
    ap.add_argument("--report", default="docs/drafts-report.md")
    ap.add_argument("--check", action="store_true", help="exit 1 if the shipped model differs from a fresh training")
    args = ap.parse_args(argv)
    root = Path(args.corpus)
    if not root.is_dir():
        print(f"{root}: not a folder of labeled drafts", file=sys.stderr)
        return 2
    examples = read_examples(root)
    results, differs = {}, []
    for lang in LANGS:
        mine = [e for e in examples if e.lang == lang]
        model = fit(mine)
        if args.check:
            shipped = load_draft_model(lang)
            same = shipped is not None and shipped.same_as(model)
            if not same:
                differs.append(lang)
            continue
        held = [e for e in mine if _held_out(e, args.hold_out)]
        if held:
            report = measure(fit([e for e in mine if not _held_out(e, args.hold_out)]), held)
            results[lang] = (report, len(mine) - len(held), len(held))
        out = Path(args.out)
        out.mkdir(parents=True, exist_ok=True)
        tmp = out / f".drafts-{lang}.bin.gz.tmp"
        model.save(tmp)
        tmp.replace(out / f"drafts-{lang}.bin.gz")
    if args.check:
        if differs:
            print(f"shipped draft model differs from a fresh training for: {', '.join(differs)}", file=sys.stderr)
            return 1
        print("shipped draft models match a fresh training")
        return 0
    if results:
        text = render_report(results, args.hold_out)
        Path(args.report).write_text(text + "\n", encoding="utf-8")
        print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
