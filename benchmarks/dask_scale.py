"""Throughput and memory of outreach_lint.dask on a local cluster of one and of two workers.

    python benchmarks/dask_scale.py [--drafts 100000] [--partitions 32] [--workers 1 2]

Each run starts a ``LocalCluster`` of N worker processes (one thread each), lints the generated
drafts with ``lint_dataframe`` (mass-template across all partitions included) and reports drafts
per second (wall clock, from the graph's submission to the last finding counted, cluster start
excluded), each worker's peak resident memory (sampled every 0.2 s) and each worker's CPU time:
on a machine shared with other jobs the wall clock counts waiting for a core, and drafts per CPU
second of the busiest worker is what the run would reach with a free core per worker. ``generate_drafts`` is
shared with the tests: templates sent to many recipients, near-duplicate variants of them (a word
added, so their masked text differs but is still the same message), unique drafts, some with a
recipient profile or an inline suppression, shuffled so every template spreads over partitions.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import random
import sys
import threading
import time
from pathlib import Path

_BENCH = Path(__file__).resolve().parent / "mass_template.py"
_spec = importlib.util.spec_from_file_location("_mass_template_bench", _BENCH)
_mt = importlib.util.module_from_spec(_spec)  # type: ignore[arg-type]
_spec.loader.exec_module(_mt)  # type: ignore[union-attr]

PATHS = ["crm/alice.md", "crm/bob.md", None, None, None]


def generate_drafts(size: int, seed: int = 7) -> list[dict]:
    """``size`` drafts for ``Linter.lint_many`` (mappings), shuffled."""
    rng = random.Random(seed)
    base, _ = _mt.generate_batch(size, seed=seed, unique_share=0.25)
    drafts = []
    for n, draft in enumerate(base):
        draft = dict(draft)
        roll = rng.random()
        if draft["lang"] == "en" and roll < 0.3:
            words = draft["text"].split(" ")
            # a near-duplicate: one word more, so another masked text (digest), but the same message
            words.insert(rng.randrange(3, len(words) - 3), rng.choice(_mt._VOCABULARY))
            draft["text"] = " ".join(words)
        elif roll < 0.33:
            draft["text"] = "<!-- outreach-lint-disable mass-template -->\n" + draft["text"]
        elif roll < 0.36:
            draft["platform"] = "email"
        if rng.random() < 0.1:
            draft["path"] = f"drafts/{n:06d}.md"
        drafts.append(draft)
    rng.shuffle(drafts)
    return drafts


def to_frame(drafts: list[dict]):
    """The drafts as a pandas DataFrame: text, lang, platform, recipient (JSON), path."""
    import json

    import pandas as pd

    return pd.DataFrame(
        {
            "text": [d["text"] for d in drafts],
            "lang": [d["lang"] for d in drafts],
            "platform": [d.get("platform") for d in drafts],
            "recipient": [json.dumps(d["recipient"], ensure_ascii=False) if "recipient" in d else None for d in drafts],
            "path": [d.get("path") for d in drafts],
        }
    )


def _peak_rss(pids: list[int], stop: threading.Event, peaks: dict[int, int]) -> None:
    import psutil

    procs = {pid: psutil.Process(pid) for pid in pids}
    while not stop.is_set():
        for pid, proc in procs.items():
            try:
                peaks[pid] = max(peaks.get(pid, 0), proc.memory_info().rss)
            except psutil.Error:
                pass
        time.sleep(0.2)


def run(frame, workers: int, partitions: int) -> tuple[float, int, list[int], list[float]]:
    """(seconds, findings, peak RSS of each worker in bytes, CPU seconds of each worker) of one
    lint on ``workers`` processes."""
    import dask.dataframe as dd
    from distributed import Client, LocalCluster

    from outreach_lint.dask import lint_dataframe

    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=":0") as cluster:
        with Client(cluster) as client:
            pids = list(client.run(os.getpid).values())
            client.run(_warm)  # tokenizers loaded before the clock starts, as on a long-lived cluster
            ddf = dd.from_pandas(frame, npartitions=partitions)
            found = lint_dataframe(ddf, lang="lang", platform="platform", recipient="recipient", path="path")
            stop, peaks = threading.Event(), {}
            watcher = threading.Thread(target=_peak_rss, args=(pids, stop, peaks), daemon=True)
            watcher.start()
            cpu0 = _cpu_seconds(pids)
            t0 = time.perf_counter()
            count = int(found.map_partitions(len).compute().sum())
            elapsed = time.perf_counter() - t0
            cpu = [after - before for before, after in zip(cpu0, _cpu_seconds(pids))]
            stop.set()
            watcher.join()
    return elapsed, count, [peaks.get(pid, 0) for pid in pids], cpu


def _cpu_seconds(pids: list[int]) -> list[float]:
    import psutil

    return [sum(psutil.Process(pid).cpu_times()[:2]) for pid in pids]


def _warm() -> None:
    from outreach_lint.dask import _linter

    _linter(None).lint_many([{"text": "Hi there, a warm-up draft.", "lang": "en"}, {"text": "はじめまして。", "lang": "ja"}])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--drafts", type=int, default=100_000)
    parser.add_argument("--partitions", type=int, default=32)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    args = parser.parse_args(argv)
    frame = to_frame(generate_drafts(args.drafts))
    print(f"{args.drafts} drafts, {args.partitions} partitions, {os.cpu_count()} CPUs on this machine")
    base = None
    for workers in args.workers:
        elapsed, count, peaks, cpu = run(frame, workers, args.partitions)
        rate = args.drafts / elapsed
        base = base or rate
        peak = ", ".join(f"{p / 2**20:.0f} MiB" for p in peaks)
        busy = ", ".join(f"{c:.0f} s" for c in cpu)
        # what the same work would do with a free core per worker: drafts per CPU second of the
        # busiest worker (on a shared machine the wall clock also counts waiting for a core)
        print(
            f"{workers} worker(s): {elapsed:7.1f} s  {rate:7.0f} drafts/s  ({rate / base:.2f}x)  "
            f"{count} findings  peak RSS per worker: {peak}  CPU per worker: {busy}  "
            f"=> {args.drafts / max(cpu):.0f} drafts per CPU-second of the busiest worker"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
