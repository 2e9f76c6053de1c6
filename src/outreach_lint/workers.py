"""Worker processes: a batch's drafts checked on every core, the batch judged in the parent.

As in Ruff, each draft is checked independently (tokenized, every per-draft rule run, each batch
rule's signature taken) in a pool of processes; the parent keeps only the :class:`Checked`
records, merges the batch rules' signatures in batch order and judges them, so findings are the
same for any number of processes. With a :class:`~outreach_lint.cache.ResultCache`, drafts
checked before are read from it and never reach a worker.
"""

from __future__ import annotations

import os
import sys
from typing import Any, Callable, Sequence

# Typed loosely on purpose: the engine imports this module, so this one never imports the engine.
Linter = Checked = DraftInput = ResultCache = Any

__all__ = ["check_all", "default_jobs", "MIN_PARALLEL"]

MIN_PARALLEL = 64  # with jobs=None, fewer drafts to check than this stay in-process (a worker's start costs more)
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
    results: list[Any] = [None] * len(tasks)
    keys: list[str | None] = [None] * len(tasks)
    todo: list[int] = []
    for i, (linter, given) in enumerate(tasks):
        if cache is not None:
            keys[i] = cache.key(linter, given)
            hit = cache.get(keys[i])
            if hit is not None:
                results[i] = hit
                _tick(progress)
                continue
        todo.append(i)
    workers = _workers(jobs, len(todo))
    if workers <= 1:
        for i in todo:
            linter, given = tasks[i]
            results[i] = linter.check(given)
            _tick(progress)
            if cache is not None:
                cache.put(keys[i], results[i])
    else:
        for i, checked in _in_workers(tasks, todo, workers, progress):
            results[i] = checked
            if cache is not None:
                cache.put(keys[i], checked)
    if cache is not None:
        cache.close()
    return results  # type: ignore[return-value]


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
    tasks: Sequence[tuple[Linter, DraftInput]], todo: list[int], workers: int, progress: Callable[[], None] | None
):
    """``(index, Checked)`` pairs as worker processes finish their chunks."""
    import multiprocessing
    from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait

    linters = {id(linter): linter for linter, _ in tasks}
    fork = "fork" in multiprocessing.get_all_start_methods() and sys.platform != "darwin"
    if fork:
        _LINTERS.clear()
        _LINTERS.update(linters)  # inherited by the forked workers, never pickled
        context, initargs = multiprocessing.get_context("fork"), ({},)
    else:
        specs = {key: (type(linter), *linter.spec) for key, linter in linters.items()}
        context, initargs = multiprocessing.get_context("spawn"), (specs,)
    chunks = [todo[n : n + CHUNK] for n in range(0, len(todo), CHUNK)]
    try:
        with ProcessPoolExecutor(workers, mp_context=context, initializer=_start, initargs=initargs) as pool:
            pending = {}
            for chunk in chunks:
                groups: dict[int, list[Any]] = {}
                for i in chunk:
                    groups.setdefault(id(tasks[i][0]), []).append(tasks[i][1])
                future = pool.submit(_check_chunk, [(key, inputs) for key, inputs in groups.items()])
                pending[future] = [i for key in groups for i in chunk if id(tasks[i][0]) == key]
            while pending:
                done, _ = wait(pending, return_when=FIRST_COMPLETED)
                for future in done:
                    order = pending.pop(future)
                    for i, checked in zip(order, future.result()):
                        _tick(progress)
                        yield i, checked
    finally:
        _LINTERS.clear()


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
