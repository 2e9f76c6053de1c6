"""Throughput, cold start and memory of outreach-lint.

    python3 benchmarks/run.py [--drafts 2000] [--repeat 3] [--json]

Prints, for a deterministic corpus of realistic Japanese and English drafts (plus the published
drafts in ../shared/external when that folder is present):

- drafts per second of ``Linter.lint`` with every installed rule, per language;
- the bare tokenizer's drafts per second in the same run (fugashi parse; spaCy blank English,
  also with its sentencizer), and the ratio between lint and bare tokenizer;
- cold start of ``outreach-lint check`` on one Japanese and one English draft (a fresh process
  each time, median of several);
- peak memory (max RSS) of this process after linting everything, and of the cold-start runs;
- mass-template on a generated batch, when that rule is installed.

Only Python's own timers (time.perf_counter) and resource accounting are used.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXTERNAL = ROOT.parent / "shared" / "external"

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


def rate(fn, items, repeat: int) -> float:
    """Best drafts/second over ``repeat`` passes (the least disturbed pass)."""
    best = 0.0
    for _ in range(repeat):
        t0 = time.perf_counter()
        for item in items:
            fn(item)
        best = max(best, len(items) / (time.perf_counter() - t0))
    return best


def cold_start(lang: str, runs: int) -> tuple[float, float]:
    """Median wall seconds and max RSS (MB) of ``outreach-lint check`` on one draft, fresh process."""
    text = generate(1, lang, seed=99)[0]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"draft-{lang}.md"
        path.write_text(text, encoding="utf-8")
        times = []
        for _ in range(runs + 1):
            t0 = time.perf_counter()
            subprocess.run([sys.executable, "-m", "outreach_lint", "check", str(path)], capture_output=True, check=False)
            times.append(time.perf_counter() - t0)
        rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024  # the largest child so far
        return statistics.median(times[1:]), rss  # the first run warms the disk cache


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--drafts", type=int, default=2000, help="generated drafts per language")
    parser.add_argument("--repeat", type=int, default=3, help="passes per measurement (best is kept)")
    parser.add_argument("--cold-runs", type=int, default=5)
    parser.add_argument("--batch", type=int, default=10000, help="drafts in the mass-template batch")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)

    figures: dict[str, object] = {}
    # Cold starts first, while this process is small: a child's peak memory is read from the
    # kernel's accounting of finished children, which a large parent would distort.
    for lang in ("ja", "en"):
        wall, rss = cold_start(lang, args.cold_runs)
        figures[f"cold_start_{lang}_s"] = round(wall, 3)
        figures[f"cold_start_{lang}_peak_rss_mb"] = round(rss, 1)

    from outreach_lint import Linter

    corpora = {lang: generate(args.drafts, lang) + external(lang) for lang in ("en", "ja")}
    t0 = time.perf_counter()
    linter = Linter()
    figures["linter_init_s"] = round(time.perf_counter() - t0, 3)
    figures["rules"] = len(linter.rules)
    for lang, drafts in corpora.items():
        linter.lint(drafts[0], lang=lang)  # load the tokenizer and compile phrase lists first
        figures[f"{lang}_drafts"] = len(drafts)
        figures[f"{lang}_lint_per_s"] = round(rate(lambda t: linter.lint(t, lang=lang), drafts, args.repeat))

    import fugashi

    tagger = fugashi.Tagger()
    figures["ja_bare_fugashi_per_s"] = round(rate(tagger, corpora["ja"], args.repeat))
    figures["ja_fugashi_features_per_s"] = round(rate(lambda t: [n.feature for n in tagger(t)], corpora["ja"], args.repeat))
    from spacy.lang.en import English

    blank = English()
    figures["en_bare_spacy_per_s"] = round(rate(blank, corpora["en"], args.repeat))
    with_sents = English()
    with_sents.add_pipe("sentencizer")
    figures["en_spacy_sentencizer_per_s"] = round(rate(with_sents, corpora["en"], args.repeat))
    figures["ja_ratio_lint_to_bare"] = round(figures["ja_lint_per_s"] / figures["ja_bare_fugashi_per_s"], 3)
    figures["en_ratio_lint_to_bare"] = round(figures["en_lint_per_s"] / figures["en_bare_spacy_per_s"], 3)
    figures["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)

    if any(r.name == "mass-template" for r in linter.rules):
        batch = generate(args.batch // 2, "en", seed=3) + generate(args.batch - args.batch // 2, "ja", seed=3)
        t0 = time.perf_counter()
        linter.lint_many(batch)
        elapsed = time.perf_counter() - t0
        figures["batch_drafts"] = len(batch)
        figures["batch_lint_many_s"] = round(elapsed, 2)
        figures["batch_per_s"] = round(len(batch) / elapsed)

    if args.json:
        print(json.dumps(figures, indent=2))
    else:
        width = max(map(len, figures))
        for key, value in figures.items():
            print(f"{key:<{width}}  {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
