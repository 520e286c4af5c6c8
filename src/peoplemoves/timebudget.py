"""A per-document limit on CPU time: the last guard, not the way to be fast.

Cleaning and extraction are linear in a document's size, but articles are hostile input
and a rule added tomorrow may not be. A document that takes more than its budget is given
up with a one-line reason and the batch goes on. CPU time (``ITIMER_PROF``), not the
clock, so a busy machine does not reject documents an idle one would keep. Where there is
no such timer (Windows) or the caller is not the main thread (the API's workers), the
document runs without a limit.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager

DEFAULT_BUDGET = 30.0  # CPU seconds per document of up to a million characters, and per million beyond


class BudgetExceeded(BaseException):  # not an Exception: the engines' "except Exception" must not swallow it
    """Raised inside the work when its CPU-time budget runs out."""


def _usable() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextmanager
def time_budget(seconds: float | None) -> Iterator[None]:
    """Run the body with at most ``seconds`` of CPU time (no limit for None or 0)."""
    if not seconds or not _usable():
        yield
        return

    def expire(signum: int, frame: object) -> None:
        raise BudgetExceeded(f"took more than {seconds:g} s of CPU time")

    previous = signal.signal(signal.SIGPROF, expire)
    signal.setitimer(signal.ITIMER_PROF, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)
