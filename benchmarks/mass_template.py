"""Throughput of the mass-template batch rule on generated batches.

    python benchmarks/mass_template.py [--sizes 10000 100000] [--end-to-end]

A batch is a few templates sent to many recipients (names, companies and numbers swapped, half of
the Japanese ones with a recipient profile) mixed with drafts that are each unique. Documents are
tokenized first; the timed part is ``MassTemplate.check_batch`` alone (masking, shingling, MinHash,
LSH, clustering), measured with ``time.perf_counter``. ``--end-to-end`` also times
``Linter.lint_many`` with only this rule, tokenization included. ``generate_batch`` is shared with
the rule's tests.
"""

from __future__ import annotations

import argparse
import random
import sys
import time

FIRST = ["Dana", "Marcus", "Sophie", "Priya", "Tom", "Alex", "Grace", "Kevin", "Aisha", "Diego", "Mei", "Oliver",
         "Hannah", "Lukas", "Rosa", "Kofi", "Ines", "Paul", "Wen", "Felix", "Sara", "Yusuf", "Elif", "Mateo"]
LAST = ["Whitfield", "Lee", "Martin", "Nair", "Baker", "Moore", "Kim", "Park", "Rahman", "Alvarez", "Lin", "Grant",
        "Osei", "Braun", "Diaz", "Mensah", "Duarte", "Reyes", "Zhao", "Novak", "Okafor", "Tanaka", "Silva", "Berg"]
ORG = ["Loomworks", "Brightwave", "Quill", "Ledgerly", "Cobalt Labs", "Northwind", "Fieldnote", "Harbor Market",
       "Tidewater Foods", "Quarry Data", "Mapwise", "Paperkite", "Greenleaf", "Routewise", "Kestrel Capital"]
SEI = ["佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "山本", "中村", "小林", "加藤", "吉田", "山田", "佐々木", "山口", "松本", "井上"]
SHA = ["ルームワークス", "ブライトウェーブ", "クイル", "レジャリー", "コバルトラボ", "ノースウィンド", "マップワイズ", "ペーパーカイト"]

EN_TEMPLATES = [
    "Hi {first}, I'm Ken, a product designer at Fieldnote. I noticed the work your team at {org} is doing and "
    "would love to connect and learn how you approach it.",
    "Dear {first} {last},\n\nMy name is Hannah Lee, a PhD student in soil ecology at the University of Guelph. "
    "I am applying for a summer research visit and your lab's work is closely aligned with my thesis. "
    "Would you consider hosting me for {n} weeks?\n\nSincerely,\nHannah Lee",
    "Hi {first},\n\nI'm Sam Ortiz, head of operations at Greenleaf Grocers. I read about how {org} reduced "
    "spoilage across its {n} stores and I'd love to compare notes on markdown timing.\n\n"
    "Would you have 20 minutes next week?\n\nSam",
]
JA_TEMPLATES = [
    "{sei}様\nはじめまして。フィールドノートでデザインを担当している佐藤と申します。{sha}さんでの取り組みを拝見し、"
    "どのように進めていらっしゃるのか伺えればと思いご連絡しました。",
    "{sei}様\n\nグリーンリーフ青果で物流を担当しております石井と申します。{sha}さんが{n}店舗で青果の廃棄を減らされたという"
    "記事を拝読し、値引きのタイミングについて情報交換できればと思いご連絡いたしました。\n\n石井",
]
SYLLABLES = ["ka", "ri", "to", "ne", "mo", "sa", "lu", "vi", "den", "bar", "qua", "zel", "pon", "tri", "ash", "el",
             "or", "um", "ix", "fen", "gal", "hor", "jun", "kel", "mar", "nov", "pel", "rus", "sor", "tam"]


_WORDS = random.Random(0)
_VOCABULARY = sorted({"".join(_WORDS.choice(SYLLABLES) for _ in range(_WORDS.randint(2, 4))) for _ in range(4000)})


def _unique_text(rng: random.Random) -> str:
    """A draft-shaped text of words drawn at random from a fixed vocabulary, as real drafts reuse
    words: no two such drafts share a run of four words."""
    words = [rng.choice(_VOCABULARY) for _ in range(rng.randint(25, 45))]
    return "Hi there, " + " ".join(words) + "."


def generate_batch(size: int, seed: int = 1, unique_share: float = 0.2) -> tuple[list[dict], dict[int, int]]:
    """``size`` drafts for ``Linter.lint_many`` and, for each templated draft, its template's number.

    Unique drafts are not in the returned mapping.
    """
    rng = random.Random(seed)
    templates = [("en", t) for t in EN_TEMPLATES] + [("ja", t) for t in JA_TEMPLATES]
    drafts: list[dict] = []
    template_of: dict[int, int] = {}
    for i in range(size):
        if rng.random() < unique_share:
            drafts.append({"text": _unique_text(rng), "lang": "en"})
            continue
        k = rng.randrange(len(templates))
        lang, template = templates[k]
        fields = {
            "first": rng.choice(FIRST), "last": rng.choice(LAST), "org": rng.choice(ORG), "n": rng.randint(2, 40),
            "sei": rng.choice(SEI), "sha": rng.choice(SHA),
        }
        draft = {"text": template.format(**fields), "lang": lang}
        if lang == "ja" and rng.random() < 0.5:
            draft["recipient"] = {"name": fields["sei"], "company": fields["sha"]}
        drafts.append(draft)
        template_of[i] = k
    return drafts, template_of


def prepare(drafts: list[dict]):
    """(Document, Context) pairs, as the engine hands them to a batch rule."""
    from outreach_lint.core.context import Context, coerce_recipient
    from outreach_lint.tokenizers import get_tokenizer

    return [(get_tokenizer(d["lang"])(d["text"]), Context(recipient=coerce_recipient(d.get("recipient")))) for d in drafts]


def time_rule(size: int, seed: int = 1) -> tuple[float, int]:
    """Seconds ``check_batch`` takes on a generated batch of ``size``, and how many findings it made."""
    from outreach_lint.rules.mass_template import MassTemplate

    drafts, _ = generate_batch(size, seed)
    items = prepare(drafts)
    rule = MassTemplate()
    t0 = time.perf_counter()
    found = list(rule.check_batch(items))
    return time.perf_counter() - t0, len(found)


def time_end_to_end(size: int, seed: int = 1) -> float:
    from outreach_lint.engine import Linter
    from outreach_lint.rules.mass_template import MassTemplate

    drafts, _ = generate_batch(size, seed)
    linter = Linter(rules=[MassTemplate])
    t0 = time.perf_counter()
    linter.lint_many(drafts)
    return time.perf_counter() - t0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10000, 100000])
    parser.add_argument("--end-to-end", action="store_true", help="also time lint_many, tokenization included")
    args = parser.parse_args(argv)
    t0 = time.perf_counter()
    import datasketch  # noqa: F401 - the rule imports it lazily; its import is timed apart

    print(f"datasketch import (once per process, on the first batch)  {time.perf_counter() - t0:.2f} s")
    for size in args.sizes:
        elapsed, findings = time_rule(size)
        print(f"mass-template check_batch  {size:>7} drafts  {elapsed:8.2f} s  {size / elapsed:>9.0f} drafts/s  ({findings} findings)")
        if args.end_to_end:
            elapsed = time_end_to_end(size)
            print(f"mass-template lint_many    {size:>7} drafts  {elapsed:8.2f} s  {size / elapsed:>9.0f} drafts/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
