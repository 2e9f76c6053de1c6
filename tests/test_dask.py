"""outreach_lint.dask: the same findings as one Linter.lint_many over every draft, on a cluster.

The cluster tests start a LocalCluster of two worker processes (one thread each) and take about a
minute together on two busy cores.
"""

from __future__ import annotations

import importlib.util
import json
import os
import pickle
import signal
import time
from collections import defaultdict
from pathlib import Path

import pytest

pytest.importorskip("dask.dataframe")
distributed = pytest.importorskip("distributed")

import dask  # noqa: E402
import dask.bag as db  # noqa: E402
import dask.dataframe as dd  # noqa: E402
import pandas as pd  # noqa: E402

from outreach_lint import Linter  # noqa: E402
from outreach_lint.dask import FINDING_COLUMNS, _settings, _stage, lint_bag, lint_dataframe  # noqa: E402
from outreach_lint.engine import DraftInput  # noqa: E402
from outreach_lint.rules.mass_template import MassTemplate  # noqa: E402

_BENCH = Path(__file__).resolve().parents[1] / "benchmarks" / "dask_scale.py"
_spec = importlib.util.spec_from_file_location("_dask_scale_bench", _BENCH)
bench = importlib.util.module_from_spec(_spec)  # type: ignore[arg-type]
_spec.loader.exec_module(bench)  # type: ignore[union-attr]

N_DRAFTS = 3200
N_PARTITIONS = 8


@pytest.fixture(scope="module")
def drafts():
    return bench.generate_drafts(N_DRAFTS)


@pytest.fixture(scope="module")
def expected(drafts):
    return [[_row(f.to_dict()) for f in r.findings] for r in Linter().lint_many(drafts)]


@pytest.fixture(scope="module")
def client():
    # Dask's nanny sets OMP_NUM_THREADS=1 and the like in this process's environment for its workers;
    # put the environment back, so the subprocesses later tests start (the draft model's --check among
    # them, whose liblinear fit follows the BLAS thread count) run as they would alone.
    saved = dict(os.environ)
    try:
        with distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0"
        ) as cluster, distributed.Client(cluster) as c:
            yield c
    finally:
        os.environ.clear()
        os.environ.update(saved)


def _row(finding: dict) -> tuple:
    return tuple(finding[c] for c in FINDING_COLUMNS)


def _by_label(frame: pd.DataFrame) -> dict:
    """Findings per draft label; a missing suggestion is None, as in the JSON format."""
    out = defaultdict(list)
    for label, *values in frame[FINDING_COLUMNS].itertuples(name=None):
        out[label].append(tuple(None if pd.isna(v) else v for v in values))
    return out


def _lint(drafts, npartitions=N_PARTITIONS, **kwargs):
    ddf = dd.from_pandas(bench.to_frame(drafts), npartitions=npartitions)
    return lint_dataframe(ddf, lang="lang", platform="platform", recipient="recipient", path="path", **kwargs)


def _partition_of(index: int, total: int = N_DRAFTS, parts: int = N_PARTITIONS) -> int:
    return index * parts // total


def test_the_batch_spreads_templates_and_near_duplicates_over_partitions(drafts, expected):
    """The data the cluster tests rely on: copies of a template in many partitions, and drafts
    flagged only through a near-duplicate (their masked text occurs once in the whole batch)."""
    linter = Linter()
    k = next(n for n, rule in enumerate(linter.batch_rules) if isinstance(rule, MassTemplate))
    digests = []
    for n, draft in enumerate(drafts):
        sig, _, _ = linter.check(DraftInput.of_any(n, draft, None, None)).batch_signature(k)
        digests.append(sig.digest)
    where = defaultdict(set)
    count = defaultdict(int)
    for n, d in enumerate(digests):
        if d is not None:
            where[d].add(_partition_of(n))
            count[d] += 1
    assert max(len(p) for p in where.values()) == N_PARTITIONS
    flagged = [n for n, found in enumerate(expected) if any(f[1] == "OL103" for f in found)]
    assert len(flagged) > N_DRAFTS // 3
    only_near = [n for n in flagged if count[digests[n]] == 1]
    assert len(only_near) > 50
    assert len({_partition_of(n) for n in only_near}) == N_PARTITIONS


def test_dataframe_findings_equal_lint_many(client, drafts, expected):
    result = _lint(drafts)
    assert list(result.columns) == FINDING_COLUMNS
    assert result.npartitions == N_PARTITIONS
    frame = result.compute()
    got = _by_label(frame)
    assert sum(map(len, expected)) == len(frame)
    mismatched = [n for n in range(N_DRAFTS) if got.get(n, []) != expected[n]]
    assert mismatched == []
    # each worker process built one Linter for the run and reused it on every partition
    built = list(client.run(_linters_built).values())
    assert max(built) == 1 and min(built) >= 0


def _linters_built() -> int:
    import outreach_lint.dask

    return outreach_lint.dask.linters_built


def test_bag_of_mappings_and_of_texts(client, drafts, expected):
    subset = drafts[:1000]
    want = [[_row(f.to_dict()) for f in r.findings] for r in Linter().lint_many(subset)]
    got = lint_bag(db.from_sequence(subset, npartitions=N_PARTITIONS)).compute()
    assert [[_row(f) for f in found] for found in got] == want
    texts = [d["text"] for d in subset]
    want = [[f.to_dict() for f in r.findings] for r in Linter().lint_many(texts)]
    assert lint_bag(db.from_sequence(texts, npartitions=N_PARTITIONS)).compute() == want
    # a mass-template suppression is unused exactly where lint_many finds it unused
    config = {"report-unused-suppressions": True, "ignore": ["too-long"]}
    want = [[f.to_dict() for f in r.findings] for r in Linter(config).lint_many(subset)]
    assert any(f["code"] == "OL001" for found in want for f in found)
    assert lint_bag(db.from_sequence(subset, npartitions=N_PARTITIONS), config=config).compute() == want


def test_a_killed_worker_leaves_the_same_findings(drafts, expected):
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0"
    ) as cluster, distributed.Client(cluster) as client:
        pids = client.run(os.getpid)
        future = client.compute(_lint(drafts, npartitions=12))
        deadline = time.monotonic() + 120
        # wait until some partitions are linted and held by a worker, then kill that worker
        while time.monotonic() < deadline:
            holding = {w: [k for k in keys if "stage" in str(k)] for w, keys in client.has_what().items()}
            victim = max(holding, key=lambda w: len(holding[w]), default=None)
            if victim is not None and len(holding[victim]) >= 2:
                break
            time.sleep(0.05)
        assert not future.done()
        os.kill(pids[victim], signal.SIGKILL)
        frame = future.result(timeout=300)
        assert victim not in client.scheduler_info()["workers"]  # the worker did die
    got = _by_label(frame)
    assert [n for n in range(N_DRAFTS) if got.get(n, []) != expected[n]] == []


def test_near_duplicates_alone_in_two_partitions_are_found(monkeypatch):
    """One draft in the first partition, its near-duplicate in the last: they must still meet.
    Each draft is linted once (a fused graph would lint a partition once per consumer)."""
    template = (
        "Hi {name}, I'm Ken, a product designer at Fieldnote. I noticed the work your team is doing on "
        "routing and would love to connect and learn how you approach it{extra}."
    )
    unique = bench._mt._unique_text
    import random

    rng = random.Random(3)
    texts = [unique(rng) for _ in range(16)]
    texts[0] = template.format(name="Dana", extra="")
    texts[15] = template.format(name="Kenji", extra=" these days")
    drafts = [{"text": t, "lang": "en"} for t in texts]
    want = [[_row(f.to_dict()) for f in r.findings] for r in Linter().lint_many(drafts)]
    assert any(f[1] == "OL103" for f in want[15])
    linted = []
    check = Linter.check

    def counting(self, given):
        linted.append(given.body)
        return check(self, given)

    monkeypatch.setattr(Linter, "check", counting)
    with dask.config.set(scheduler="sync"):
        got = lint_bag(db.from_sequence(drafts, npartitions=8)).compute()
    assert [[_row(f) for f in found] for found in got] == want
    assert sorted(linted) == sorted(texts)


def test_columns_constants_and_nested_values(tmp_path):
    """platform/lang as one value for all; recipient and thread as JSON strings (a CSV), as
    nested values (Parquet structs and lists) or as dicts from pandas; the input's row index is
    the findings' index."""
    pytest.importorskip("pyarrow")
    text = "Hi {first_name}, please reply by Friday!! I need an answer ASAP. Dana, Acme and routing."
    recipients = [{"name": "Dana", "company": "Acme", "interests": ["routing"]}, {"name": "Dana"}]
    threads = [[{"from": "me", "date": "2026-01-02", "text": "Hello"}], []]
    frame = pd.DataFrame({"body": [text, text], "recipient": recipients, "thread": threads}, index=[17, 42])
    want = {
        label: [_row(f.to_dict()) for f in Linter().lint(text, lang="en", platform="email", recipient=r, thread=t).findings]
        for label, r, t in zip([17, 42], recipients, threads)
    }
    frame.to_parquet(tmp_path / "drafts.parquet")
    as_json = frame.assign(recipient=[json.dumps(r) for r in recipients], thread=[json.dumps(t) for t in threads])
    inputs = [
        dd.read_parquet(tmp_path / "drafts.parquet"),
        dd.from_pandas(as_json, npartitions=2),
        dd.from_pandas(frame, npartitions=2),
    ]
    for ddf in inputs:
        with dask.config.set(scheduler="sync"):
            got = lint_dataframe(
                ddf, text="body", platform="email", lang="en", recipient="recipient", thread="thread"
            ).compute()
        assert dict(_by_label(got)) == want
    with pytest.raises(ValueError, match="no column 'nope'"):
        lint_dataframe(inputs[1], text="nope")


def test_findings_written_to_parquet(tmp_path, drafts):
    pytest.importorskip("pyarrow")
    with dask.config.set(scheduler="sync"):
        _lint(drafts[:200], npartitions=2).to_parquet(tmp_path / "findings")
        back = dd.read_parquet(tmp_path / "findings").compute()
    assert list(back.columns) == FINDING_COLUMNS
    assert len(back) == sum(len(r.findings) for r in Linter().lint_many(drafts[:200]))


def test_no_document_leaves_the_worker(drafts):
    """What a partition task returns pickles without a Document or a token."""
    part = _stage(list(enumerate(drafts[:50])), 0, _settings(None))
    data = pickle.dumps(part)
    assert b"outreach_lint.core.document" not in data and b"Document" not in data and b"Token" not in data
    assert len(part.checked) == 50 and part.keys  # the Checked records and mass-template's MinHashes


def test_each_draft_is_linted_once_however_the_frame_is_used(monkeypatch, tmp_path, drafts):
    """compute, to_parquet and map_partitions each lint every draft once (no fused copies)."""
    linted = [0]
    check = Linter.check

    def counting(self, given):
        linted[0] += 1
        return check(self, given)

    monkeypatch.setattr(Linter, "check", counting)
    found = _lint(drafts[:64])
    with dask.config.set(scheduler="sync"):
        for run in (found.compute, lambda: found.to_parquet(tmp_path / "f"), found.map_partitions(len).compute):
            linted[0] = 0
            run()
            assert linted[0] == 64


def test_a_signature_that_raises_is_reported_as_lint_many_reports_it(monkeypatch, drafts):
    """mass-template's signature raising on one draft, in one partition: every draft reports the
    rule as crashed, with that error, as lint_many does."""
    original = MassTemplate.signature

    def flaky(self, doc, ctx):
        if "BOOM" in doc.text:
            raise RuntimeError("a broken signature")
        return original(self, doc, ctx)

    monkeypatch.setattr(MassTemplate, "signature", flaky)
    subset = [dict(d) for d in drafts[:40]]
    subset[27]["text"] = "BOOM " + subset[27]["text"]
    want = [[f.to_dict() for f in r.findings] for r in Linter().lint_many(subset)]
    # on every draft but those whose suppression comment turns mass-template off
    assert sum(any("a broken signature" in f["message"] for f in found) for found in want) > 30
    with dask.config.set(scheduler="sync"):
        got = lint_bag(db.from_sequence(subset, npartitions=4)).compute()
    assert got == want
