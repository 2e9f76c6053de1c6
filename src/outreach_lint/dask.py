"""Lint drafts on a Dask cluster: more drafts than one machine holds, mass-template across them all.

    pip install 'outreach-lint[dask]'

:func:`lint_dataframe` takes a Dask DataFrame with a column of texts and returns a Dask DataFrame
of findings, one row per finding, indexed by the draft's row index; :func:`lint_bag` takes a Bag
of texts or of ``lint_many`` mappings and returns a Bag of per-draft findings. Both are lazy: the
work runs when the result is computed or written (``.compute()``, ``.to_parquet()``).

The findings are those of one :meth:`Linter.lint_many` call over every draft of the collection, in
order, mass-template included:

1. each partition is checked on a worker with :meth:`Linter.check`, as ``lint_many``'s worker
   processes check drafts, by a :class:`Linter` built once per worker process and configuration:
   the per-draft rules run there, and mass-template's signature is taken
   (:func:`~outreach_lint.rules.mass_template.template_signature`: its digest and MinHash),
   then the LSH band keys of each distinct digest's MinHash
   (:func:`~outreach_lint.rules.mass_template.signature_minhash`, :func:`~outreach_lint.rules.mass_template.band_keys`).
   Documents stay on the worker; what leaves it is :class:`~outreach_lint.engine.Checked`
   records (findings, texts, signatures), digests and MinHashes;
2. the band keys (ten small rows per distinct message) are shuffled (a Bag ``groupby``), so
   drafts in different partitions that share a band meet, and digests linked by shared bands
   are grouped;
3. the digests are shuffled the same way, each with its signature, to count each message's
   copies and find its first two drafts; each group of linked digests is clustered with
   :func:`outreach_lint.rules.mass_template.cluster`, the function ``MassTemplate.judge`` (so
   ``lint_many``) itself uses, in batch order; a small table (digest → cluster size and first two
   drafts) goes back to every partition, where each draft's finding is made by
   ``MassTemplate.cluster_finding`` and placed with the others by :meth:`Linter.result`.

``docs/dask.md`` shows it on a real cluster, with Parquet or CSV in and Parquet out.
"""

from __future__ import annotations

import ast
import json
import math
import operator
import pickle
import threading
from dataclasses import dataclass, field
from typing import Any, Iterable, Mapping

try:
    import dask
    import dask.bag as db
    import dask.dataframe as dd
    import pandas as pd
except ImportError as exc:  # pragma: no cover - depends on the environment
    raise ImportError(
        "outreach_lint.dask needs Dask and pandas: pip install 'outreach-lint[dask]'"
    ) from exc

from .config import Config
from .core.finding import Finding
from .core.rule import BatchRule
from .engine import Checked, DraftInput, Linter, crash_finding
from .rules.mass_template import MassTemplate, band_keys, cluster, find_root, signature_minhash

__all__ = ["FINDING_COLUMNS", "lint_bag", "lint_dataframe"]

#: The columns of :func:`lint_dataframe`'s result: the JSON format's keys for one finding.
FINDING_COLUMNS = ["rule", "code", "severity", "message", "line", "column", "start", "end", "suggestion"]
_INT_COLUMNS = frozenset({"line", "column", "start", "end"})

Position = tuple[int, int]  # (partition number, row in the partition): sorts in batch order
Sighting = tuple[Position, "str | None"]  # a draft's position and its path


# -- one Linter per worker process -----------------------------------------------------------
_LINTERS: dict[bytes, Linter] = {}
_LINT_LOCK = threading.RLock()
linters_built = 0  # how many Linters this process built (the tests read it on each worker)


def _linter(config: Any) -> Linter:
    """The Linter of this process for ``config``, built on first use: tokenizers and rules load once."""
    global linters_built
    key = pickle.dumps(config)
    with _LINT_LOCK:
        linter = _LINTERS.get(key)
        if linter is None:
            linter = _LINTERS[key] = Linter(config)
            linters_built += 1
    return linter


@dataclass
class _Settings:
    """What every task needs to know about the run: picklable, a few hundred bytes."""

    config: Any
    mass_index: int | None  # mass-template's place in Linter.batch_rules; None when the config leaves it out
    threshold: float = 0.0  # mass-template's


def _settings(config: Config | Mapping[str, Any] | None) -> _Settings:
    """Check the configuration on the client, before any task runs; find mass-template."""
    linter = Linter(config)  # tokenizers load lazily: this reads the config and the rule list only
    for k, rule in enumerate(linter.batch_rules):
        if not isinstance(rule, MassTemplate):
            raise ValueError(
                f"batch rule {rule.name} ({rule.code}) cannot run across a Dask cluster: only mass-template "
                f"can; leave it out with ignore = [{rule.name!r}] and run it with Linter.lint_many"
            )
        return _Settings(config=config, mass_index=k, threshold=rule.options.threshold)
    return _Settings(config=config, mass_index=None)


# -- stage 1, on the workers: per-draft rules and mass-template's signatures -------------------
@dataclass
class _Partition:
    """One partition once checked: no Document, no tokens."""

    number: int
    labels: list[Any]  # the input's row index labels (a Bag's: positions in the partition)
    checked: list[Checked]  # what lint_many's worker processes return, mass-template's signature included
    crashed: str | None = None  # the first error mass-template's signature raised here
    # per distinct digest: copies in this partition, its first two drafts here, its MinHash
    keys: dict[bytes, tuple[int, list[Sighting], Any]] = field(default_factory=dict)


def _stage(drafts: list[tuple[Any, Any]], number: int, settings: _Settings) -> _Partition:
    # One partition at a time per process: the work holds the GIL anyway, and a worker started
    # with several threads must not share one Linter's tokenizers between them.
    with _LINT_LOCK:
        return _stage_locked(drafts, number, settings)


def _stage_locked(drafts: list[tuple[Any, Any]], number: int, settings: _Settings) -> _Partition:
    linter = _linter(settings.config)
    k = settings.mass_index
    part = _Partition(number, [label for label, _ in drafts], [])
    for row, (label, draft) in enumerate(drafts):
        checked = linter.check(DraftInput.of_any(label, draft, None, None))
        part.checked.append(checked)
        if k is None:
            continue
        sig, _, error = checked.batch_signature(k)
        if error is not None and part.crashed is None:
            part.crashed = error
        if sig is None or sig.digest is None:
            continue  # crashed, or under min-words: never compared
        sighting = ((number, row), sig.path)
        seen = part.keys.get(sig.digest)
        if seen is None:
            part.keys[sig.digest] = (1, [sighting], signature_minhash(sig))
        else:
            count, firsts, mh = seen
            part.keys[sig.digest] = (count + 1, firsts if len(firsts) == 2 else firsts + [sighting], mh)
    return part


def _band_rows(part: _Partition, threshold: float) -> list[tuple[bytes, bytes]]:
    """(band key, digest) for each band of each distinct digest: 10 small rows per message."""
    return [(band, digest) for digest, (_, _, mh) in part.keys.items() for band in band_keys(mh, threshold)]


def _digest_rows(part: _Partition) -> list[tuple[bytes, int, list[Sighting], Any]]:
    """(digest, copies here, first two drafts here, signature): each signature travels once per partition."""
    return [(digest, count, firsts, sig) for digest, (count, firsts, sig) in part.keys.items()]


def _length(part: _Partition) -> int:
    return len(part.checked)


def _crash(part: _Partition) -> str | None:
    return part.crashed


def _first_crash(crashes: list[str | None]) -> str | None:
    """The error of the first signature that raised, in batch order (lint_many reports that one)."""
    return next((c for c in crashes if c is not None), None)


# -- stage 2: which digests share a band, each digest's copies -------------------------------
def _shared_band(group: tuple[bytes, list[tuple[bytes, bytes]]]) -> list[bytes]:
    """The distinct digests of one band bucket; [] for a lone digest."""
    digests = sorted({digest for _, digest in group[1]})
    return digests if len(digests) > 1 else []


def _linked(buckets: list[list[bytes]]) -> dict[bytes, bytes]:
    """Digest → its group: digests linked through shared band buckets, for ``cluster``."""
    parent: dict[bytes, bytes] = {}

    def root(key: bytes) -> bytes:
        return find_root(parent, key)

    for bucket in buckets:
        for digest in bucket:
            parent.setdefault(digest, digest)
        head = root(bucket[0])
        for digest in bucket[1:]:
            parent[root(digest)] = head
    return {digest: root(digest) for digest in parent}


def _merge_digest(group: tuple[bytes, list[tuple[bytes, int, list[Sighting], Any]]]) -> tuple[bytes, int, list[Sighting], Any]:
    digest, rows = group
    count = sum(r[1] for r in rows)
    firsts = sorted(s for r in rows for s in r[2])[:2]
    return digest, count, firsts, rows[0][3]


# -- stage 3: clusters ------------------------------------------------------------------------
def _to_cluster(rows: list[tuple[bytes, int, list[Sighting], Any]], groups: dict[bytes, bytes]) -> list[tuple[bytes, bytes, Position, Any]]:
    """(group, digest, first position, signature) of the digests that share a band with another."""
    return [(groups[d], d, firsts[0][0], sig) for d, _, firsts, sig in rows if d in groups]


def _near_duplicates(rows: list[tuple[bytes, bytes, Position, Any]], threshold: float) -> dict[bytes, bytes]:
    """Digest → its cluster's name, for digests clustered with another digest.

    Groups of digests linked through shared bands never interact in ``cluster``: each group is
    clustered alone, its digests in batch order, as ``lint_many`` takes them.
    """
    groups: dict[bytes, list[tuple[Position, bytes, Any]]] = {}
    for group, digest, first, sig in rows:
        groups.setdefault(group, []).append((first, digest, sig))
    names: dict[bytes, bytes] = {}
    for members in groups.values():
        members.sort(key=operator.itemgetter(0))
        signatures = {digest: sig for _, digest, sig in members}
        for found in cluster([digest for _, digest, _ in members], signatures, threshold):
            if len(found) > 1:
                for digest in found:
                    names[digest] = found[0]
    return names


def _in_clusters(rows: list[tuple[bytes, int, list[Sighting], Any]], names: dict[bytes, bytes]) -> list[tuple[bytes, bytes, int, list[Sighting]]]:
    """The digests that belong to a cluster of two drafts or more, with their cluster's name."""
    return [(names.get(d, d), d, count, firsts) for d, count, firsts, _ in rows if count > 1 or d in names]


def _clusters(rows: list[tuple[bytes, bytes, int, list[Sighting]]], lengths: list[int]) -> dict[bytes, tuple[int, tuple, tuple]]:
    """Digest → (cluster size, first draft, second draft), drafts as (batch index, path)."""
    offsets = [0]
    for n in lengths:
        offsets.append(offsets[-1] + n)
    size: dict[bytes, int] = {}
    firsts: dict[bytes, list[Sighting]] = {}
    for name, _, count, seen in rows:
        size[name] = size.get(name, 0) + count
        firsts[name] = sorted(firsts.get(name, []) + seen)[:2]
    out = {}
    for name, digest, _, _ in rows:
        if size[name] > 1:
            first, second = (((offsets[p] + row), path) for (p, row), path in firsts[name])
            out[digest] = (size[name], first, second)
    return out


# -- stage 4, on the workers: each draft's findings ------------------------------------------
def _finish(
    part: _Partition,
    clusters: dict[bytes, tuple[int, tuple, tuple]],
    lengths: list[int],
    crashed: str | None,
    settings: _Settings,
) -> list[list[Finding]]:
    """Each draft's findings, as ``Linter.finish`` would place them after judging the whole batch."""
    linter = _linter(settings.config)
    k = settings.mass_index
    mass = linter.batch_rules[k] if k is not None else None
    judged = mass is not None and sum(lengths) >= mass.min_batch
    offset = sum(lengths[: part.number])
    out = []
    for row, checked in enumerate(part.checked):
        batch = []
        if judged and crashed is not None:
            batch.append(crash_finding(mass, RuntimeError(crashed)))  # as lint_many: on every draft
        elif judged:
            sig, applies, _ = checked.batch_signature(k)  # type: ignore[arg-type]
            found = clusters.get(sig.digest) if sig is not None and sig.digest is not None else None
            if found is not None and applies:
                size, first, second = found
                batch.append(mass.cluster_finding(sig, offset + row, size, first, second))  # type: ignore[union-attr]
        out.append(linter.result(checked, batch).findings)
    return out


def _findings(staged: list, settings: _Settings, npartitions: int) -> list:
    """Per partition, a delayed list of each draft's findings (stages 2 to 4)."""
    lengths = [dask.delayed(_length)(p) for p in staged]
    if settings.mass_index is None or not staged:
        return [dask.delayed(_finish)(p, {}, lengths, None, settings) for p in staged]
    threshold = settings.threshold
    crashed = dask.delayed(_first_crash)([dask.delayed(_crash)(p) for p in staged])
    split = max(1, npartitions)
    # optimize_graph=False below: an optimised (fused) bag graph would carry its own copy of each
    # partition's stage task, and every partition would be linted once per consumer
    bands = db.from_delayed([dask.delayed(_band_rows)(p, threshold) for p in staged])
    shared = bands.groupby(operator.itemgetter(0), shuffle="tasks", npartitions=split).map(_shared_band)
    buckets = dask.delayed(_concat)([dask.delayed(_non_empty)(d) for d in shared.to_delayed(optimize_graph=False)])
    groups = dask.delayed(_linked)(buckets)
    digests = db.from_delayed([dask.delayed(_digest_rows)(p) for p in staged])
    merged = digests.groupby(operator.itemgetter(0), shuffle="tasks", npartitions=split).map(_merge_digest)
    merged_parts = merged.to_delayed(optimize_graph=False)
    linked = dask.delayed(_concat)([dask.delayed(_to_cluster)(d, groups) for d in merged_parts])
    names = dask.delayed(_near_duplicates)(linked, threshold)
    kept = [dask.delayed(_in_clusters)(d, names) for d in merged_parts]
    clusters = dask.delayed(_clusters)(dask.delayed(_concat)(kept), lengths)
    return [dask.delayed(_finish)(p, clusters, lengths, crashed, settings) for p in staged]


def _non_empty(buckets: list[list]) -> list[list]:
    return [b for b in buckets if b]


def _concat(lists: list[list]) -> list:
    return [x for part in lists for x in part]


# -- public --------------------------------------------------------------------------------
def lint_bag(bag: db.Bag, config: Config | Mapping[str, Any] | None = None) -> db.Bag:
    """Lint a Bag of texts or of mappings with :meth:`Linter.lint_many`'s keys.

    Returns a Bag with, for each draft in order, the list of its findings as dictionaries (the JSON
    format's keys), as ``Linter.lint_many`` over the whole Bag would find them.
    """
    settings = _settings(config)
    parts = bag.to_delayed()
    staged = [dask.delayed(_stage)(dask.delayed(_numbered)(p), n, settings) for n, p in enumerate(parts)]
    out = [dask.delayed(_as_dicts)(f) for f in _findings(staged, settings, len(parts))]
    return db.from_delayed(out)


def _numbered(items: Iterable[Any]) -> list[tuple[int, Any]]:
    return list(enumerate(items))


def _as_dicts(findings: list[list[Finding]]) -> list[list[dict[str, Any]]]:
    return [[f.to_dict() for f in draft] for draft in findings]


def lint_dataframe(
    ddf: dd.DataFrame,
    text: str = "text",
    platform: str | None = None,
    lang: str | None = None,
    recipient: str | None = None,
    thread: str | None = None,
    config: Config | Mapping[str, Any] | None = None,
    *,
    path: str | None = None,
) -> dd.DataFrame:
    """Lint the drafts of a Dask DataFrame; one row per finding, indexed by the draft's row index.

    ``text``, ``recipient``, ``thread`` and ``path`` name columns. ``platform`` and ``lang`` name a
    column when the frame has one of that name, else give one value for every draft (``"email"``,
    ``"ja"``). A recipient is a mapping (name, company, title, interests, recent_post) and a thread
    a list of ``{from, date, text}`` mappings, or either as a JSON string (a CSV's cell). Columns:
    :data:`FINDING_COLUMNS`. A draft without findings has no row.
    """
    columns = {"text": text, "recipient": recipient, "thread": thread, "path": path}
    constants = {}
    for key, value in (("platform", platform), ("lang", lang)):
        if value is not None and value in ddf.columns:
            columns[key] = value
        elif value is not None:
            constants[key] = value
    for key, column in columns.items():
        if column is not None and column not in ddf.columns:
            raise ValueError(f"{key}: no column {column!r} in the frame (columns: {', '.join(map(str, ddf.columns))})")
    columns = {k: v for k, v in columns.items() if v is not None}
    settings = _settings(config)
    parts = ddf.to_delayed()
    staged = [
        dask.delayed(_stage)(dask.delayed(_frame_drafts)(p, columns, constants), n, settings) for n, p in enumerate(parts)
    ]
    labels = [dask.delayed(_labels)(p) for p in staged]
    out = [dask.delayed(_frame)(f, l) for f, l in zip(_findings(staged, settings, len(parts)), labels)]
    meta = _frame([], [])
    meta.index = meta.index.astype(ddf.index.dtype)
    divisions = ddf.divisions if ddf.known_divisions else None
    return dd.from_delayed(out, meta=meta, divisions=divisions, verify_meta=False)


def _frame_drafts(frame: pd.DataFrame, columns: dict[str, str], constants: dict[str, str]) -> list[tuple[Any, dict]]:
    series = {key: frame[column].tolist() for key, column in columns.items()}
    drafts = []
    for row, label in enumerate(frame.index):
        draft: dict[str, Any] = dict(constants)
        for key, values in series.items():
            value = _cell(values[row], key)
            if value is not None:
                draft[key] = value
        drafts.append((label, draft))
    return drafts


def _cell(value: Any, key: str) -> Any:
    """A cell as ``lint_many`` takes it: missing values are None, JSON strings are parsed."""
    if value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NA:
        return None
    if key in ("recipient", "thread") and isinstance(value, str):
        if not value.strip():
            return None
        try:
            return json.loads(value)
        except json.JSONDecodeError:
            # dd.from_pandas turns an object column of dicts into their repr (dataframe.convert-string)
            return ast.literal_eval(value)
    if key == "thread" and not isinstance(value, (list, tuple)) and hasattr(value, "tolist"):
        return value.tolist()  # a Parquet list column arrives as a numpy array
    if key == "recipient" and isinstance(value, Mapping):
        return {k: (v.tolist() if hasattr(v, "tolist") else v) for k, v in value.items()}
    return value


def _labels(part: _Partition) -> list[Any]:
    return part.labels


def _frame(findings: list[list[Finding]], labels: list[Any]) -> pd.DataFrame:
    index = [label for label, draft in zip(labels, findings) for _ in draft]
    rows = {c: [getattr(f, c) for draft in findings for f in draft] for c in FINDING_COLUMNS}
    rows["severity"] = [s.value for s in rows["severity"]]
    frame = pd.DataFrame(rows, index=pd.Index(index), columns=FINDING_COLUMNS)
    for column in FINDING_COLUMNS:
        frame[column] = frame[column].astype("int64" if column in _INT_COLUMNS else "object")
    return frame
