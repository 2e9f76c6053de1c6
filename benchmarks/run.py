"""Throughput, cold start, worker processes, the result cache and memory of outreach-lint.

    python3 benchmarks/run.py                     # every figure, about five minutes on 2 cores
    python3 benchmarks/run.py --drafts 500 --large 0 --runs 1 --cold-runs 3   # a quick look

On one deterministic corpus of realistic Japanese and English drafts (``--drafts`` per language,
plus the published drafts in ``shared/external`` when that folder is found above the checkout),
it reports, with Python's own timers (``time.perf_counter``) and ``resource``, medians throughout:

- **throughput**: drafts per second of ``Linter.lint`` with every installed rule (the sentence-act
  layer included), per language, in this one process; the bare tokenizer on the same drafts in the
  same passes, and the ratios (see :data:`BASELINES`: the Japanese target is measured against a
  bare fugashi ``Tagger()`` call that yields the nodes with their features, which is what any
  analysis of the tokens needs; the ratio to ``Tagger.parse``, a string that no analysis can use
  as it is, is printed too). The act model keeps the scores of recurring sentences (greetings,
  closings, a template's lines), so the same figure is also given with that memo turned off;
- **cold start**: ``outreach-lint check --no-cache`` on one draft per language in a fresh process,
  and a bare ``import spacy; spacy.blank("en")`` process, with the English ratio. The package is
  byte-compiled first, as ``pip install`` leaves it and as spaCy is (an editable install under
  ``PYTHONDONTWRITEBYTECODE=1`` would otherwise compile every module at each start);
- **check**: ``outreach-lint check`` over the corpus per language with ``--jobs 1`` and with the
  default (every core), wall time and the largest process's peak RSS; then the same run again
  from a warm result cache;
- **memory**: peak RSS of ``check --jobs 1`` over ``--drafts`` and over ``--large`` Japanese drafts
  and the growth per 1,000 drafts between them (``check`` keeps the batch rules' signatures in
  a temporary file, eight bytes a draft in memory; what still grows is mass-template's judging,
  some 30 bytes a draft and 500 a cluster representative, its findings being made as each draft
  is reported, and the list of paths; everything else is streamed);
- mass-template over a generated ``--batch`` through ``Linter.lint_many``.

Whole-process figures run each command in a fresh child of a small helper process, so
``RUSAGE_CHILDREN`` reports that command alone (for ``--jobs N``, its largest process).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# The shared folder sits beside the main checkout; a worktree is one or two levels further down.
EXTERNAL = next((p / "shared" / "external" for p in ROOT.parents if (p / "shared" / "external").is_dir()), ROOT / "missing")

EN_GREETINGS = ["Hi {name},", "Hello {name},", "Dear {name},", "Hi {name} —", "{name},"]
EN_INTROS = [
    "I'm {me}, a {role} at {org}.",
    "I lead the {team} team at {org}.",
    "My name is {me} and I work on {topic} at {org}.",
    "I'm a {role} at {org}, where we build tools for {topic}.",
]
EN_HOOKS = [
    "Your talk at {event} on {topic} answered a question my team had argued about for months.",
    "I read your post about {topic} last week and tried the approach on our {thing}; it cut our build time by {n}%.",
    "{mutual} mentioned you were the person to ask about {topic}.",
    "Your comment on the {topic} thread made me rethink how we test our {thing}.",
    "I noticed {company} just open-sourced its {thing}, congratulations on the launch!",
]
EN_ASKS = [
    "Would you be open to a 15-minute call sometime next month? No pressure if not.",
    "If it is useful, I'm happy to share the benchmark numbers we gathered.",
    "I'd love to hear whether you ran into the same problem with {thing}.",
    "Let me know if you'd like the write-up; I can send it over.",
    "Sign up before the 30th!! Only 3 spots left, so reply today.",
    "I'd like to add you to my professional network.",
]
EN_CLOSINGS = ["Best,\n{me}", "Thanks,\n{me}", "Cheers,\n{me}", "Kind regards,\n{me}\n{org}", "Best regards,\n{me}"]

JA_GREETINGS = ["{name}様", "{company}\n{name}様", "{name}さん", "{company} {name}様"]
JA_INTROS = [
    "はじめまして、{org}で{topic_ja}を担当している{me}と申します。",
    "突然のご連絡失礼いたします。{org}の{me}と申します。",
    "{org}で{role_ja}をしております{me}です。",
]
JA_HOOKS = [
    "先日の{event}での{topic_ja}に関するご講演を拝見し、ご連絡いたしました。",
    "{name}様が書かれた{topic_ja}の記事を拝読し、弊社の{thing_ja}でも試したところ、処理時間が{n}%短くなりました。",
    "{mutual_ja}さんから、{topic_ja}については{name}様に伺うのが一番だとお聞きしました。",
    "御社が{thing_ja}を公開されたと伺い、大変興味深く拝見しました。",
]
JA_ASKS = [
    "もしよろしければ、ご都合のよいときに情報交換させていただけますと幸いです。",
    "弊社で集めた計測結果もお役に立てればお送りいたします。",
    "今週中にお時間をください！！必ずご返信ください。",
    "ご覧になられましたら、ぜひご意見をお聞かせください。",
    "ぜひつながっていただけますと嬉しいです。",
]
JA_CLOSINGS = ["今後ともよろしくお願いいたします。\n{me}", "何卒よろしくお願い申し上げます。\n{org} {me}", "よろしくお願いいたします。"]

NAMES_EN = ["Dana", "Priya", "Marcus", "Yuki", "Olivia", "Tomás", "Aisha", "Chen", "Noah", "Fatima", "{first_name}"]
NAMES_JA = ["山田", "佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "中村", "小林", "加藤", "○○"]
FILL = {
    "me": ["Sam", "Alex", "Jordan", "Riya", "Kenji"],
    "org": ["Tidepool", "Fieldnote", "Northwind", "Brightline Labs", "Kumo Systems"],
    "role": ["mobile engineer", "product designer", "data scientist", "engineering manager", "recruiter"],
    "team": ["platform", "data", "growth", "infrastructure"],
    "topic": ["offline-first sync", "feature flags", "query planning", "design systems", "on-call rotations"],
    "event": ["PyCon", "KubeCon", "RustConf", "a local meetup", "SRECon"],
    "thing": ["CI pipeline", "mobile app", "data warehouse", "design tokens", "test suite"],
    "company": ["Fieldnote", "Acme", "Globex", "Initech"],
    "mutual": ["Maria Chen", "our colleague Tom", "Kei from Tidepool"],
    "n": ["12", "30", "45", "60"],
    "topic_ja": ["オフライン同期", "機能フラグ", "クエリ最適化", "デザインシステム", "障害対応"],
    "role_ja": ["エンジニア", "デザイナー", "データ分析", "採用担当"],
    "thing_ja": ["CI基盤", "モバイルアプリ", "データ基盤", "テスト環境"],
    "mutual_ja": ["田村", "木村", "森"],
}


#: What each throughput ratio compares ``Linter.lint`` with, printed with the figures.
BASELINES = {
    "en_ratio_lint_to_bare": "spaCy blank('en') called on each draft: its tokenizer, the whole of a blank pipeline",
    "ja_ratio_lint_to_parse_with_features": (
        "the target's baseline: a bare fugashi Tagger() (UniDic) called on each draft, reading node.feature "
        "of every node, the least any analysis of the tokens does"
    ),
    "ja_ratio_lint_to_bare_parse": "fugashi Tagger.parse: MeCab's output as one string, nothing read from it (for reference)",
}


def _fill(rng: random.Random, template: str, name: str) -> str:
    values = {k: rng.choice(v) for k, v in FILL.items()}
    values["name"] = name
    return template.format(**values)


def generate(n: int, lang: str, seed: int = 7) -> list[str]:
    """``n`` drafts in ``lang``, the same every run."""
    rng = random.Random(f"{seed}-{lang}")
    drafts = []
    for _ in range(n):
        if lang == "en":
            name = rng.choice(NAMES_EN)
            parts = [rng.choice(EN_GREETINGS), "", rng.choice(EN_INTROS)]
            parts += [rng.choice(EN_HOOKS) for _ in range(rng.randint(1, 3))]
            parts += [rng.choice(EN_ASKS), "", rng.choice(EN_CLOSINGS)]
            sep = " "
        else:
            name = rng.choice(NAMES_JA)
            parts = [rng.choice(JA_GREETINGS), rng.choice(JA_INTROS)]
            parts += [rng.choice(JA_HOOKS) for _ in range(rng.randint(1, 3))]
            parts += [rng.choice(JA_ASKS), rng.choice(JA_CLOSINGS)]
            sep = "\n"
        drafts.append(_fill(rng, sep.join(parts).replace(" \n", "\n").replace("\n ", "\n"), name))
    return drafts


def external(lang: str) -> list[str]:
    if not EXTERNAL.is_dir():
        return []
    return [p.read_text(encoding="utf-8") for p in sorted(EXTERNAL.glob(f"*/{lang}_*.txt"))]


def corpus(n: int, lang: str) -> list[str]:
    return generate(n, lang) + external(lang)


def paired_rates(fns: dict, items: list, repeat: int) -> dict[str, float]:
    """Median drafts/second of each function, passes interleaved so load on the machine hits all alike."""
    seen: dict[str, list[float]] = {name: [] for name in fns}
    for _ in range(repeat):
        for name, fn in fns.items():
            t0 = time.perf_counter()
            for item in items:
                fn(item)
            seen[name].append(len(items) / (time.perf_counter() - t0))
    return {name: statistics.median(v) for name, v in seen.items()}


# Runs argv in a fresh child and prints its wall time and peak RSS (RUSAGE_CHILDREN: that child
# and the processes it waited for, the largest of them).
_MEASURE = (
    "import resource, subprocess, sys, time\n"
    "t0 = time.perf_counter()\n"
    "subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)\n"
    "print(time.perf_counter() - t0, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)\n"
)


def measure(argv: list[str], runs: int, env: dict | None = None) -> tuple[float, float]:
    """Median wall seconds and median peak RSS (MB) of ``argv`` over ``runs`` fresh processes."""
    walls, peaks = [], []
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", _MEASURE, *argv], capture_output=True, text=True, env=env, check=True)
        wall, peak = map(float, out.stdout.split())
        walls.append(wall)
        peaks.append(peak)
    return statistics.median(walls), statistics.median(peaks)


def write_drafts(folder: Path, drafts: list[str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for n, text in enumerate(drafts):
        (folder / f"{n:06}.md").write_text(text, encoding="utf-8")
    return folder


CHECK = [sys.executable, "-m", "outreach_lint", "check", "--quiet"]


def compile_bytecode() -> bool:
    """Byte-compile the installed package, as ``pip install`` does for a regular install, so a cold
    start reads bytecode as spaCy's does. Without it an editable install under
    ``PYTHONDONTWRITEBYTECODE=1`` compiles every module from source at each start (some 70 ms here).
    Returns whether the bytecode is in place (False when the package folder is read-only)."""
    import compileall

    import outreach_lint

    return compileall.compile_dir(str(Path(outreach_lint.__file__).parent), quiet=1, force=False)


def cold_starts(figures: dict, tmp: Path, runs: int) -> None:
    figures["cold_start_bytecode_compiled"] = compile_bytecode()
    env = {**os.environ, "OUTREACH_LINT_CACHE_DIR": str(tmp / "unused-cache")}
    for lang in ("ja", "en"):
        draft = write_drafts(tmp / f"one-{lang}", generate(1, lang, seed=99)) / "000000.md"
        measure(CHECK + ["--no-cache", str(draft)], 1, env)  # warms the disk cache
        wall, peak = measure(CHECK + ["--no-cache", str(draft)], runs, env)
        figures[f"cold_start_{lang}_s"] = round(wall, 3)
        figures[f"cold_start_{lang}_peak_rss_mb"] = round(peak, 1)
    bare, _ = measure([sys.executable, "-c", "import spacy; spacy.blank('en')"], runs)
    figures["cold_start_bare_spacy_blank_en_s"] = round(bare, 3)
    figures["cold_start_en_ratio_to_bare_spacy"] = round(figures["cold_start_en_s"] / bare, 3)


def throughput(figures: dict, corpora: dict, repeat: int) -> None:
    from outreach_lint import Linter

    t0 = time.perf_counter()
    linter = Linter()
    figures["linter_init_s"] = round(time.perf_counter() - t0, 3)
    figures["rules"] = len(linter.rules)
    import fugashi
    from spacy.lang.en import English

    tagger = fugashi.Tagger()
    blank = English()
    for lang, drafts in corpora.items():
        linter.lint(drafts[0], lang=lang)  # load the tokenizer and the act model first
        figures[f"{lang}_drafts"] = len(drafts)
        fns = {"lint": lambda t, lang=lang: linter.lint(t, lang=lang)}
        if lang == "en":
            fns["bare"] = blank
        else:
            fns["bare"] = tagger
            fns["features"] = lambda t: [node.feature for node in tagger(t)]
        rates = paired_rates(fns, drafts, repeat)
        figures[f"{lang}_lint_per_s"] = round(rates["lint"])
        figures[f"{lang}_lint_per_s_no_sentence_memo"] = round(_without_memo(linter, lang, drafts, repeat))
        if lang == "en":
            figures["en_bare_spacy_blank_per_s"] = round(rates["bare"])
            figures["en_ratio_lint_to_bare"] = round(rates["lint"] / rates["bare"], 3)
        else:
            figures["ja_bare_fugashi_parse_per_s"] = round(rates["bare"])
            figures["ja_fugashi_parse_with_features_per_s"] = round(rates["features"])
            figures["ja_ratio_lint_to_bare_parse"] = round(rates["lint"] / rates["bare"], 3)
            figures["ja_ratio_lint_to_parse_with_features"] = round(rates["lint"] / rates["features"], 3)
    figures["throughput_process_peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def _without_memo(linter, lang: str, drafts: list[str], repeat: int) -> float:
    """Drafts/second of ``Linter.lint`` with the act model's memo of recurring sentences off."""
    from outreach_lint.analysis import acts

    model, memo = acts.load_model(lang), acts.MEMO
    acts.MEMO = 0
    try:
        if model is not None:
            model._memo.clear()
        return paired_rates({"lint": lambda t: linter.lint(t, lang=lang)}, drafts, repeat)["lint"]
    finally:
        acts.MEMO = memo


def checks(figures: dict, corpora: dict, tmp: Path, runs: int) -> None:
    for lang, drafts in corpora.items():
        folder = write_drafts(tmp / f"batch-{lang}", drafts)
        cache = tmp / f"cache-{lang}"
        env = {**os.environ, "OUTREACH_LINT_CACHE_DIR": str(cache)}
        for label, jobs in (("jobs1", ["--jobs", "1"]), ("all_cores", [])):
            wall, peak = measure(CHECK + ["--no-cache", *jobs, str(folder)], runs, env)
            figures[f"check_{lang}_{len(drafts)}_{label}_s"] = round(wall, 2)
            figures[f"check_{lang}_{len(drafts)}_{label}_peak_rss_mb"] = round(peak, 1)
        measure(CHECK + [str(folder)], 1, env)  # fills the cache
        wall, peak = measure(CHECK + [str(folder)], runs, env)
        figures[f"check_{lang}_{len(drafts)}_cached_s"] = round(wall, 2)
        figures[f"check_{lang}_{len(drafts)}_cached_peak_rss_mb"] = round(peak, 1)
        shutil.rmtree(cache, ignore_errors=True)


def memory(figures: dict, sizes: list[int], tmp: Path) -> None:
    for n in sizes:
        folder = write_drafts(tmp / f"memory-{n}", corpus(n, "ja"))
        wall, peak = measure(CHECK + ["--no-cache", "--jobs", "1", str(folder)], 1)
        figures[f"memory_ja_{n}_jobs1_s"] = round(wall, 2)
        figures[f"memory_ja_{n}_jobs1_peak_rss_mb"] = round(peak, 1)
        shutil.rmtree(folder, ignore_errors=True)
    if len(sizes) == 2 and sizes[1] != sizes[0]:
        small, large = (figures[f"memory_ja_{n}_jobs1_peak_rss_mb"] for n in sizes)
        figures["memory_ja_growth_mb_per_1000_drafts"] = round((large - small) / (sizes[1] - sizes[0]) * 1000, 2)


def mass_template(figures: dict, size: int) -> None:
    from outreach_lint import Linter

    linter = Linter()
    if not any(r.name == "mass-template" for r in linter.rules):
        return
    batch = generate(size // 2, "en", seed=3) + generate(size - size // 2, "ja", seed=3)
    t0 = time.perf_counter()
    linter.lint_many(batch)
    elapsed = time.perf_counter() - t0
    figures["batch_drafts"] = len(batch)
    figures["batch_lint_many_s"] = round(elapsed, 2)
    figures["batch_per_s"] = round(len(batch) / elapsed)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--drafts", type=int, default=2000, help="generated drafts per language (default 2000)")
    parser.add_argument("--large", type=int, default=20000, help="Japanese drafts of the second memory run; 0 skips it")
    parser.add_argument("--repeat", type=int, default=3, help="passes per throughput figure (median kept)")
    parser.add_argument("--runs", type=int, default=3, help="fresh processes per check figure (median kept)")
    parser.add_argument("--cold-runs", type=int, default=5, help="fresh processes per cold-start figure")
    parser.add_argument("--batch", type=int, default=4000, help="drafts in the mass-template batch; 0 skips it")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)

    figures: dict[str, object] = {"cores": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()}
    corpora = {lang: corpus(args.drafts, lang) for lang in ("en", "ja")}
    with tempfile.TemporaryDirectory(prefix="outreach-lint-bench-") as name:
        tmp = Path(name)
        # Fresh processes first, while this one is small.
        cold_starts(figures, tmp, args.cold_runs)
        checks(figures, corpora, tmp, args.runs)
        memory(figures, [args.drafts] + ([args.large] if args.large else []), tmp)
    throughput(figures, corpora, args.repeat)
    if args.batch:
        mass_template(figures, args.batch)

    if args.json:
        print(json.dumps({**figures, "baselines": {k: v for k, v in BASELINES.items() if k in figures}}, indent=2))
    else:
        width = max(map(len, figures))
        for key, value in figures.items():
            print(f"{key:<{width}}  {value}")
        print("\nRatios compare Linter.lint, in one process on the same drafts, with:")
        for key, what in BASELINES.items():
            if key in figures:
                print(f"  {key}: {what}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
