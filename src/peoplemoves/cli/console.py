"""What the commands print: one-line errors on stderr, progress bars, tables on stdout."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from typing import TypeVar

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
)

T = TypeVar("T")

out = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True, highlight=False)


def error(message: str) -> None:
    """One line on stderr, no traceback: ``peoplemoves: <message>``."""
    print(f"peoplemoves: {message}", file=sys.stderr, flush=True)


def progress(items: Iterable[T], label: str, total: int | None = None) -> Iterator[T]:
    """Wrap a long batch in a progress bar on stderr (only when stderr is a terminal)."""
    if not sys.stderr.isatty():
        yield from items
        return
    columns = [SpinnerColumn(), TextColumn(label), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn()]
    with Progress(*columns, console=err, transient=True) as bar:
        task = bar.add_task(label, total=total)
        for item in items:
            yield item
            bar.advance(task)
