"""``check`` without ``--fix``/``--diff``: drafts read, checked and reported one at a time.

Memory stays flat however many drafts a run checks. A draft is read when its turn comes (or a
little before, for worker processes); its :class:`~outreach_lint.engine.Checked` record goes to a
temporary file (the spill) and only its batch rules' signatures stay in memory. Once every draft
is checked, the batch rules judge each configuration's batch from the signatures; then the
records are read back in order, each draft's result is made (its findings and the batch
findings on it, placed and sorted as ever) and handed to the formatter, which writes it out.
Nothing is written before every draft is checked, so an error in the input still leaves no
output, and the report is byte for byte what the whole-list formatters write.
"""

from __future__ import annotations

import collections
import pickle
import sys
import tempfile
from array import array
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterator, TextIO

from ..core.errors import InputError
from ..draft import Draft, read_draft
from ..engine import Checked, DraftInput
from ..formatters.stream import report_writer
from ..formatters.summary import Tally
from ..workers import check_iter

if TYPE_CHECKING:
    from . import _Run

__all__ = ["Batches", "Spill", "check_streaming", "report_streaming"]

SPILL = 1 << 20  # bytes of records kept in memory before the spill goes to disk


class Spill:
    """Pickled records written in order to a temporary file, read back once in the same order."""

    def __init__(self) -> None:
        self.file = tempfile.SpooledTemporaryFile(SPILL)
        self.count = 0

    def write(self, record: Any) -> None:
        pickle.dump(record, self.file, protocol=pickle.HIGHEST_PROTOCOL)
        self.count += 1

    def read(self) -> Iterator[Any]:
        self.file.seek(0)
        for _ in range(self.count):
            yield pickle.load(self.file)

    def close(self) -> None:
        self.file.close()


class Batches(Sequence):
    """The batch tuples (signatures) of a configuration's drafts, pickled to a temporary file as
    they come and read back one by one when judging asks: a run keeps eight bytes a draft of
    them in memory, however many drafts it checks."""

    def __init__(self) -> None:
        self.file = tempfile.SpooledTemporaryFile(SPILL)
        self.offsets = array("Q")

    def append(self, batch: tuple[Any, ...]) -> None:
        self.file.seek(0, 2)
        self.offsets.append(self.file.tell())
        pickle.dump(batch, self.file, protocol=pickle.HIGHEST_PROTOCOL)

    def __len__(self) -> int:
        return len(self.offsets)

    def __getitem__(self, index):  # type: ignore[no-untyped-def]
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        self.file.seek(self.offsets[index])
        return pickle.load(self.file)

    def __iter__(self) -> Iterator[tuple[Any, ...]]:
        position = 0
        for _ in range(len(self.offsets)):
            self.file.seek(position)  # a read by index in between may have moved it
            batch = pickle.load(self.file)
            position = self.file.tell()
            yield batch

    def close(self) -> None:
        self.file.close()


def _tasks(run: "_Run", sources: list, keys: collections.deque, err: TextIO) -> Iterator[tuple[Any, DraftInput]]:
    """Each readable draft's (linter, input), read as it is asked for; unreadable ones reported."""
    args = run.args
    for source, config in zip(sources, run.configs):
        if isinstance(source, InputError):
            run.bad += 1
            print(f"outreach-lint: error: {source}", file=err)
            continue
        if not isinstance(source, Draft):
            try:
                source = read_draft(source)
            except InputError as exc:
                run.bad += 1
                print(f"outreach-lint: error: {exc}", file=err)
                continue
        if args.lang and not source.lang:
            source.lang = args.lang
        keys.append(id(config))
        yield run.linters[id(config)], DraftInput.of_draft(source, args.platform, None)


def check_streaming(run: "_Run", sources: list, spill: Spill, progress, err: TextIO) -> dict[int, dict[int, list]]:
    """Check every draft into ``spill`` as ``(configuration id, index in its batch, Checked)``;
    the batch findings of each configuration's batch, by configuration id and index."""
    keys: collections.deque[int] = collections.deque()
    batches: dict[int, Batches] = {}
    tasks = _tasks(run, sources, keys, err)
    try:
        for checked in check_iter(tasks, jobs=run.args.jobs, cache=run.cache, progress=progress, linters=run.linters.values()):
            key = keys.popleft()
            batch = batches.get(key)
            if batch is None:
                batch = batches[key] = Batches()
            batch.append(checked.batch)
            spill.write((key, len(batch) - 1, _without_batch(checked)))
        return {key: run.linters[key].judge_batch(batch) for key, batch in batches.items()}
    finally:
        for batch in batches.values():
            batch.close()


def _without_batch(checked: Checked) -> Checked:
    if checked.batch:
        checked.batch = ()
    return checked


def report_streaming(run: "_Run", spill: Spill, found: dict[int, dict[int, list]], out: TextIO, style) -> bool:
    """Write the report of the spilled drafts to ``out``; whether any reaches its ``fail-on``."""
    args = run.args
    fmt = args.format or "text"
    configs = {id(c): c for c in run.configs if c is not None}
    tally = Tally()
    writer = None if args.statistics else report_writer(fmt, out, style, run.rule_classes)
    failed = False
    for key, index, checked in spill.read():
        result = run.linters[key].result(checked, found[key].get(index, ()))
        tally.add(result)
        failed = failed or result.failed(configs[key].fail_on)
        if writer is not None:
            writer.add(result)
    if writer is None:
        out.write(tally.statistics(fmt))
    else:
        writer.close()
    if fmt in ("text", "concise") and not args.quiet:
        out.write(tally.summary(run.bad, args.locale))
    out.flush()
    return failed
