"""Run a function over a stream of items on several processes, answers in input order.

The per-document work (cleaning, extraction) is pure and CPU-bound, so it scales with
processes, not threads. The stream is read here, in the caller's thread, a bounded window
ahead (memory stays flat on a folder of any size, and the caller may read a database while
producing it); items go to the workers in small chunks (one message per few documents);
answers come back in the order the items came in, so output does not depend on ``jobs``.
Workers are forked where the platform allows, so they start with what the parent loaded.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from multiprocessing.pool import AsyncResult
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")

CHUNK = 4  # documents per message to a worker
AHEAD = 4  # chunks in flight per worker


def default_jobs() -> int:
    """The machine's cores (those this process may use, where the platform says)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - macOS, Windows
        return max(1, os.cpu_count() or 1)


def _context() -> multiprocessing.context.BaseContext:
    if "fork" in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context()  # pragma: no cover


def _run_chunk(func: Callable[[T], R], chunk: list[T]) -> list[R]:
    return [func(item) for item in chunk]


def ordered_map(func: Callable[[T], R], items: Iterable[T], jobs: int = 1,
                skip: Callable[[T], R | None] = lambda item: None) -> Iterator[tuple[T, R]]:
    """``(item, func(item))`` for every item, in order; ``skip(item)``, when not None, answers without a worker.

    With ``jobs`` 1, or a stream of a single item, everything runs in this process (no pool to start).
    """
    stream = iter(items)
    first: list[T] = []
    for item in stream:
        first.append(item)
        if len(first) == 2:
            break
    if jobs <= 1 or len(first) < 2:
        for item in [*first, *stream]:
            answer = skip(item)
            yield item, (func(item) if answer is None else answer)
        return
    yield from _pooled(func, [*first], stream, jobs, skip)


def _pooled(func: Callable[[T], R], first: list[T], stream: Iterator[T], jobs: int,
            skip: Callable[[T], R | None]) -> Iterator[tuple[T, R]]:
    # the window holds, in input order: answered items (skipped) and chunks sent to a worker
    window: deque[tuple[list[T], AsyncResult | list[R]]] = deque()
    chunk: list[T] = []
    pool = _context().Pool(jobs)
    try:
        def send() -> None:
            if chunk:
                window.append((list(chunk), pool.apply_async(_run_chunk, (func, list(chunk)))))
                chunk.clear()

        def ready() -> Iterator[tuple[T, R]]:
            sent, answer = window.popleft()
            answers = answer if isinstance(answer, list) else answer.get()
            yield from zip(sent, answers, strict=True)

        for item in [*first, *stream]:
            answer = skip(item)
            if answer is not None:
                send()
                window.append(([item], [answer]))
            else:
                chunk.append(item)
                if len(chunk) >= CHUNK:
                    send()
            while len(window) > AHEAD * jobs:
                yield from ready()
        send()
        while window:
            yield from ready()
        pool.close()
    except BaseException:
        pool.terminate()
        raise
    finally:
        pool.join()
