"""Worker processes: a batch's drafts checked on every core, the batch judged in the parent.

As in Ruff, each draft is checked independently (tokenized, every per-draft rule run, each batch
rule's signature taken) in a pool of processes; the parent keeps only the :class:`Checked`
records, merges the batch rules' signatures in batch order and judges them, so findings are the
same for any number of processes. With a :class:`~outreach_lint.cache.ResultCache`, drafts
checked before are read from it and never reach a worker.
"""

from __future__ import annotations

import itertools
import os
import sys
from typing import Any, Callable, Iterable, Iterator, Sequence

# Typed loosely on purpose: the engine imports this module, so this one never imports the engine.
Linter = Checked = DraftInput = ResultCache = Any

__all__ = ["check_all", "check_iter", "default_jobs", "MIN_PARALLEL"]

MIN_PARALLEL = 64  # with jobs=None, fewer drafts to check than this stay in-process (a worker's start costs more)
PEEK = 1024  # drafts looked at ahead to decide whether to start workers
CHUNK = 32  # drafts per task sent to a worker: few enough round trips, an even spread at the end

# The linters of the running batch, by id: forked workers inherit them; spawned ones rebuild them.
_LINTERS: dict[int, Linter] = {}


def default_jobs() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # macOS, Windows
        return os.cpu_count() or 1


def check_all(
    tasks: Sequence[tuple[Linter, DraftInput]],
    *,
    jobs: int | None = None,
    cache: ResultCache = None,
    progress: Callable[[], None] | None = None,
) -> list[Checked]:
    """Each draft checked with its linter, in order: from the cache, in this process, or in workers.

    ``jobs``: processes to use (1: this one; None: every core, but in-process for fewer than
    :data:`MIN_PARALLEL` drafts to check). Errors in the input (:class:`InputError`) are raised as
    they would be in-process.
    """
    return list(check_iter(tasks, jobs=jobs, cache=cache, progress=progress))


def check_iter(
    tasks: Iterable[tuple[Linter, DraftInput]],
    *,
    jobs: int | None = None,
    cache: ResultCache = None,
    progress: Callable[[], None] | None = None,
    linters: Iterable[Linter] | None = None,
) -> Iterator[Checked]:
    """:func:`check_all` as a stream: ``tasks`` are taken as they come (a draft is read only when
    its turn is near) and each draft's :class:`Checked` is yielded in order as soon as it and
    those before it are done, so a caller that keeps nothing keeps memory flat. With
    workers, ``linters`` are every linter the tasks use (default: read from ``tasks``, a sequence)."""
    stream = ((i, linter, given, _cached(cache, linter, given)) for i, (linter, given) in enumerate(tasks))
    # As many drafts not in the cache as it takes to decide how many processes to start
    # (few drafts to check stay in this process), looking at most PEEK drafts ahead.
    threshold = MIN_PARALLEL if jobs is None else jobs
    peeked, misses = [], 0
    for item in stream:
        peeked.append(item)
        misses += item[3][1] is None
        if misses >= threshold or len(peeked) >= PEEK:
            break
    workers = _workers(jobs, misses if misses < threshold and len(peeked) < PEEK else max(misses, threshold))
    stream = itertools.chain(peeked, stream)
    try:
        if workers <= 1:
            for _, linter, given, (key, hit) in stream:
                if hit is None:
                    hit = linter.check(given)
                    _put(cache, key, hit)
                _tick(progress)
                yield hit
        else:
            if linters is None:
                linters = [linter for linter, _ in tasks]  # type: ignore[union-attr]
            yield from _in_workers(stream, workers, cache, progress, linters)
    finally:
        if cache is not None:
            cache.close()


def _cached(cache: ResultCache, linter: Linter, given: DraftInput) -> tuple[str | None, Checked | None]:
    if cache is None:
        return None, None
    key = cache.key(linter, given)
    return key, cache.get(key)


def _put(cache: ResultCache, key: str | None, checked: Checked) -> None:
    if cache is not None:
        cache.put(key, checked)


def _tick(progress: Callable[[], None] | None) -> None:
    if progress is not None:
        progress()  # twice per draft: it was tokenized, then checked
        progress()


def _workers(jobs: int | None, todo: int) -> int:
    if jobs is not None and jobs < 1:
        raise ValueError(f"jobs must be at least 1, got {jobs}")
    if jobs is None:
        return 1 if todo < MIN_PARALLEL else min(default_jobs(), todo)
    return min(jobs, todo)


def _in_workers(
    stream: Iterator[Any], workers: int, cache: ResultCache, progress: Callable[[], None] | None, linters: Iterable[Linter]
) -> Iterator[Checked]:
    """Each draft's ``Checked``, in order; the drafts not in the cache checked in worker
    processes, a bounded number of chunks in flight (so drafts are read as they are needed)."""
    from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait

    context, initargs = _context(linters)
    window = 4 * workers  # chunks in flight: every worker busy, a few chunks' worth of drafts in memory
    ready: dict[int, Any] = {}  # checked drafts by batch index, until those before them are yielded
    keys: dict[int, str | None] = {}
    pending: dict[Any, list[int]] = {}
    chunk: list[tuple[int, Linter, DraftInput]] = []
    following, exhausted = 0, False
    try:
        with ProcessPoolExecutor(workers, mp_context=context, initializer=_start, initargs=initargs) as pool:
            while True:
                while not exhausted and len(pending) < window and following not in ready:
                    item = next(stream, None)
                    exhausted = item is None
                    if item is not None:
                        i, linter, given, (key, hit) = item
                        if hit is not None:
                            ready[i] = hit
                        else:
                            keys[i] = key
                            chunk.append((i, linter, given))
                    if chunk and (exhausted or len(chunk) == CHUNK):
                        pending[pool.submit(_check_chunk, _groups(chunk))] = _order(chunk)
                        chunk = []
                while following in ready:
                    _tick(progress)
                    yield ready.pop(following)
                    following += 1
                if pending:
                    done, _ = wait(pending, return_when=FIRST_COMPLETED)
                    for future in done:
                        for i, checked in zip(pending.pop(future), future.result()):
                            _put(cache, keys.pop(i), checked)
                            ready[i] = checked
                elif exhausted and not chunk and not ready:
                    break
    finally:
        _LINTERS.clear()


def _context(linters: Iterable[Linter]) -> tuple[Any, tuple[Any, ...]]:
    """The start method and the initializer's arguments: forked workers inherit the batch's
    linters (:data:`_LINTERS`, never pickled); spawned ones rebuild each from its spec."""
    import multiprocessing

    by_id = {id(linter): linter for linter in linters}
    if "fork" in multiprocessing.get_all_start_methods() and sys.platform != "darwin":
        _LINTERS.clear()
        _LINTERS.update(by_id)
        return multiprocessing.get_context("fork"), ({},)
    specs = {key: (type(linter), *linter.spec) for key, linter in by_id.items()}
    return multiprocessing.get_context("spawn"), (specs,)


def _groups(chunk: list[tuple[int, Linter, DraftInput]]) -> list[tuple[int, list[DraftInput]]]:
    groups: dict[int, list[Any]] = {}
    for _, linter, given in chunk:
        groups.setdefault(id(linter), []).append(given)
    return list(groups.items())


def _order(chunk: list[tuple[int, Linter, DraftInput]]) -> list[int]:
    """The batch indexes of a chunk in the order :func:`_check_chunk` returns them (grouped by linter)."""
    order: dict[int, list[int]] = {}
    for i, linter, _ in chunk:
        order.setdefault(id(linter), []).append(i)
    return [i for indexes in order.values() for i in indexes]


def _start(specs: dict[int, Any]) -> None:
    """A worker's start: rebuild the linters when they were not inherited (spawned workers)."""
    for key, (linter_class, config, rules) in specs.items():
        _LINTERS[key] = linter_class(config, rules=rules)


def _check_chunk(groups: list[tuple[int, list[DraftInput]]]) -> list[Checked]:
    out = []
    for key, inputs in groups:
        linter = _LINTERS[key]
        out.extend(linter.check(given) for given in inputs)
    return out
