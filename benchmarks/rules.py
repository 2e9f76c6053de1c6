"""Time each rule alone on the benchmark corpus: microseconds per draft, per language.

    python3 benchmarks/rules.py [--drafts 300] [--rule NAME ...]

Documents are tokenized before timing, so the figures are the rules' own cost. Useful to find the
rule that holds ``benchmarks/run.py``'s throughput down.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from run import generate  # noqa: E402

from outreach_lint import Linter  # noqa: E402
from outreach_lint.core.context import Context  # noqa: E402
from outreach_lint.core.platforms import get_platform  # noqa: E402
from outreach_lint.tokenizers import get_tokenizer  # noqa: E402


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--drafts", type=int, default=300)
    parser.add_argument("--rule", action="append", help="only these rules")
    args = parser.parse_args(argv)
    linter = Linter()
    for lang in ("en", "ja"):
        drafts = generate(args.drafts, lang)
        tokenizer = get_tokenizer(lang)
        t0 = time.perf_counter()
        docs = [tokenizer(d) for d in drafts]
        print(f"{lang} {'(tokenize)':<22} {(time.perf_counter() - t0) / len(docs) * 1e6:8.0f} us/draft")
        ctx = Context(platform=get_platform("email"), locale=lang)
        total = 0.0
        for rule in linter.rules:
            if (args.rule and rule.name not in args.rule) or not rule.applies_to(docs[0], ctx):
                continue
            list(rule.check(docs[0], ctx))  # compile phrase lists first
            fresh = [tokenizer(d) for d in drafts]  # no per-document caches from other rules
            t0 = time.perf_counter()
            for doc in fresh:
                list(rule.check(doc, ctx))
            us = (time.perf_counter() - t0) / len(fresh) * 1e6
            total += us
            print(f"{lang} {rule.name:<22} {us:8.0f} us/draft")
        print(f"{lang} {'(all rules)':<22} {total:8.0f} us/draft")
    return 0


if __name__ == "__main__":
    sys.exit(main())
