"""``ingest``, ``clean`` and ``demo``: documents in."""

from __future__ import annotations

import argparse
import itertools
import json
import sys
from pathlib import Path

from rich.table import Table

from peoplemoves.cli.console import error, out, progress
from peoplemoves.cli.demo_summary import add_demo_options, resolve_and_summarize
from peoplemoves.config import DB_ENV, DEFAULT_MAX_BYTES, default_db_path
from peoplemoves.ingest import CleanDocument, Rejection, iter_documents
from peoplemoves.pipeline import clean_all, ingest
from peoplemoves.resolve import resolve_changes
from peoplemoves.store import Store, record_is_current, writing


def add_db_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db", type=Path, default=None, help=f"SQLite database (default: ${DB_ENV} or {default_db_path()})"
    )


def open_store(args: argparse.Namespace) -> Store:
    """The store for a command that writes documents (creates it when there is none)."""
    return Store(args.db or default_db_path())


def open_existing_store(args: argparse.Namespace, repair: bool = True) -> Store:
    """The store for a command that only reads or rebuilds: a missing one is an error, never created."""
    from peoplemoves.serve.db import open_store as open_existing

    return open_existing(args.db or default_db_path(), repair=repair)


def _megabytes(value: str) -> int:
    try:
        mb = float(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a number of megabytes: {value!r}") from exc
    if mb <= 0:
        raise argparse.ArgumentTypeError("the size limit must be positive")
    return int(mb * 1_000_000)


def add_input_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="+", metavar="PATH", help="files or folders (.txt, .html, .jsonl)")
    parser.add_argument(
        "--max-size", type=_megabytes, default=DEFAULT_MAX_BYTES, metavar="MB",
        help="reject inputs larger than this many megabytes (default: 10; JSON Lines: per record)",
    )


def _jobs(value: str) -> int:
    try:
        jobs = int(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from exc
    if jobs < 1:
        raise argparse.ArgumentTypeError("at least one job")
    return jobs


def _seconds(value: str) -> float:
    try:
        seconds = float(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {value!r}") from exc
    if seconds < 0:
        raise argparse.ArgumentTypeError("the time budget cannot be negative")
    return seconds


def add_work_options(parser: argparse.ArgumentParser) -> None:
    """``--jobs`` and ``--time-budget``: how the per-document work runs."""
    from peoplemoves.parallel import default_jobs
    from peoplemoves.timebudget import DEFAULT_BUDGET

    cores = default_jobs()
    parser.add_argument("--jobs", "-j", type=_jobs, default=cores, metavar="N",
                        help=f"processes that clean and extract documents (default: the machine's cores, {cores})")
    parser.add_argument("--time-budget", type=_seconds, default=DEFAULT_BUDGET, metavar="S",
                        help=f"CPU seconds a document may take (per million characters, at least this) before "
                             f"it is left out with a reason (default: {DEFAULT_BUDGET:g}; 0: no limit)")


def register(commands: argparse._SubParsersAction) -> None:
    p = commands.add_parser("ingest", help="read, clean and store documents")
    add_input_options(p)
    add_work_options(p)
    add_db_option(p)
    p.set_defaults(run=run_ingest)

    p = commands.add_parser("clean", help="print cleaned, language-tagged documents (nothing is stored)")
    add_input_options(p)
    p.add_argument("--json", action="store_true", help="one JSON object per document (JSON Lines)")
    p.set_defaults(run=run_clean)

    p = commands.add_parser("demo", help="the main job: ingest the sample corpus and summarize")
    p.add_argument("paths", nargs="*", metavar="PATH", default=["data/sample"])
    add_db_option(p)
    add_demo_options(p)
    p.set_defaults(run=run_demo, max_size=DEFAULT_MAX_BYTES)


def _report_rejection(rejection: Rejection) -> None:
    error(rejection.line())


def run_ingest(args: argparse.Namespace) -> int:
    items = iter(progress(iter_documents(args.paths, max_bytes=args.max_size), "ingesting"))
    # A store is made only for real input: `ingest /nonexistent` or a typo must not leave an empty one.
    before: list[Rejection] = []
    first = next(items, None)
    while isinstance(first, Rejection):
        before.append(first)
        _report_rejection(first)
        first = next(items, None)
    path = args.db or default_db_path()
    if first is None and not path.is_file():
        print(f"ingest: nothing to store, {len(before)} rejected; no store created at {path}", file=sys.stderr)
        return 1 if before else 0
    with open_store(args) as store, writing(store.path):
        was_current = record_is_current(store)
        report = ingest(itertools.chain([first] if first else [], items), store, on_rejection=_report_rejection,
                        jobs=args.jobs, budget=args.time_budget)
        report.rejected[:0] = before
        if report.added or not was_current:
            # the record follows every change of the store, and catches up after an interrupted run: only
            # what documents not yet in it touch, or a full rebuild when that is not cheaper
            resolve_changes(store)
        counts = store.counts()
    print(f"{report.summary()}; the store at {store.path} holds {counts['documents']} documents", file=sys.stderr)
    return 1 if report.rejected else 0


def run_clean(args: argparse.Namespace) -> int:
    cleaned = rejected = 0
    for item in clean_all(args.paths, max_bytes=args.max_size):
        if isinstance(item, Rejection):
            rejected += 1
            _report_rejection(item)
            continue
        cleaned += 1
        if args.json:
            sys.stdout.write(json.dumps(item.to_json(), ensure_ascii=False) + "\n")
        else:
            _print_clean(item)
    sys.stdout.flush()
    summary = f"clean: {cleaned} cleaned" + (f", {rejected} rejected" if rejected else "")
    print(summary, file=sys.stderr)  # stderr, so --json output stays pure JSON Lines
    return 1 if rejected else 0


def _print_clean(doc: CleanDocument) -> None:
    langs = ", ".join(doc.languages) or "?"
    out.print(f"[bold]{doc.name}[/bold]  published {doc.published or 'unknown'}  languages {langs}")
    for seg in doc.segments:
        out.print(f"  [dim]{seg.start:>6}-{seg.end:<6} {seg.lang:<7}[/dim] {seg.text}", markup=True, highlight=False)
    if doc.removed:
        dropped = ", ".join(f"{n} {reason}" for reason, n in sorted(doc.removed.items()))
        out.print(f"  [dim]removed: {dropped}[/dim]")


def run_demo(args: argparse.Namespace) -> int:
    missing = [p for p in args.paths if not Path(p).exists()]
    if missing:
        error(f"sample corpus not found: {', '.join(missing)} (run from the repository root)")
        return 1
    with open_store(args) as store:
        report = ingest(progress(iter_documents(args.paths), "ingesting"), store, on_rejection=_report_rejection)
        table = Table(title=f"peoplemoves store: {store.path}")
        table.add_column("main language")
        table.add_column("documents", justify="right")
        for lang, n in sorted(store.language_counts().items(), key=lambda kv: (-kv[1], kv[0])):
            table.add_row(lang, str(n))
        counts = store.counts()
    out.print(report.summary())
    out.print(table)
    out.print(f"{counts['documents']} documents, {counts['segments']} segments stored")
    resolve_and_summarize(store.path, report.added, serve=args.serve, port=args.port)
    return 1 if report.rejected else 0
