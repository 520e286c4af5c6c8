"""What ``demo`` shows after ingesting: the record (organizations, people, moves, conflicts) and where to see it.

Kept apart from ingest_commands so the demo's ingest part stays as it was; this module
only reads the store (and resolves it first, when the build has a resolve layer).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from rich.table import Table
from rich.text import Text

from peoplemoves.cli.console import error, out

if TYPE_CHECKING:
    from peoplemoves.serve import queries as q

KIND_LABELS = {"start_position": "arrives", "end_position": "leaves", "leave_of_absence": "on leave"}


def add_demo_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--serve", action="store_true",
                        help="then start the web page and API on 127.0.0.1 (default: print the command to run)")
    parser.add_argument("--port", type=int, default=8000, help="port for --serve (default: 8000)")


def resolve_and_summarize(db_path: Path, added: int, serve: bool = False, port: int = 8000) -> None:
    """Resolve (when new documents came in or no record exists yet), print the record, say where to see it."""
    from peoplemoves.serve import queries as q  # the query layer: only for the demo, not for every ingest
    from peoplemoves.serve.db import open_store
    from peoplemoves.serve.resolve_hook import run_resolve

    with open_store(db_path) as store:
        empty = store.db.execute("SELECT COUNT(*) FROM facts").fetchone()[0] == 0
        if added or empty:
            line = run_resolve(store)
            out.print(Text(line or "resolve: not available in this build (the record is left as it is)"))
        db = store.db
        summary = q.summary(db)
        latest = q.moves(db, limit=5)
        conflicts = q.conflicts(db, limit=3)
        busiest = q.busiest_orgs(db, limit=5)
    _print(summary, latest, conflicts, busiest)
    command = f"peoplemoves serve --db {db_path}" + (f" --port {port}" if port != 8000 else "")
    if not serve:
        out.print(Text(f"see it in a browser: run `{command}` and open http://127.0.0.1:{port}/"))
        return
    from peoplemoves.cli.serve_commands import run_serve

    out.print(Text(f"serving the page at http://127.0.0.1:{port}/ (Ctrl+C to stop)"))
    code = run_serve(argparse.Namespace(db=db_path, host="127.0.0.1", port=port, token_file=None, create=False,
                                        workers=None))
    if code:
        error(f"could not serve; try `{command}` with another --port")


def _print(summary: q.Summary, latest: q.MovesAnswer, conflicts: list[q.Fact],
           busiest: list[tuple[q.EntityRef, int, int]]) -> None:
    table = Table(title="the record", title_justify="left")
    table.add_column("what")
    table.add_column("count", justify="right")
    for label, n in (("organizations", summary.organizations), ("people", summary.people),
                     ("moves (facts)", summary.facts), ("positions", summary.positions),
                     ("conflicts", summary.conflicts), ("stories", summary.stories)):
        table.add_row(label, str(n))
    out.print(table)
    if busiest:
        table = Table(title="organizations with the most moves", title_justify="left")
        for column in ("organization", "moves", "people"):
            table.add_column(column, justify="left" if column == "organization" else "right")
        for org, facts, people in busiest:
            table.add_row(Text(org.name), str(facts), str(people))
        out.print(table)
    if latest.moves:
        table = Table(title="latest moves", title_justify="left")
        table.add_column("date", no_wrap=True)
        for column in ("change", "person", "role", "organization", "sources"):
            table.add_column(column)
        for f in latest.moves:
            change = KIND_LABELS.get(f.kind, f.kind) + ("" if f.status == "reported" else f" ({f.status})")
            table.add_row(Text(f.date or "undated"), Text(change), Text(f.person.name), Text(f.role or ""),
                          Text(f.org.name if f.org else ""), Text(f"{f.documents} ({', '.join(f.languages)})"))
        out.print(table)
    if conflicts:
        table = Table(title="conflicts (sources disagree)", title_justify="left")
        for column in ("fact", "field", "values (languages)"):
            table.add_column(column)
        for f in conflicts:
            what = f"{f.person.name} {KIND_LABELS.get(f.kind, f.kind)} {f.org.name if f.org else ''}".strip()
            for d in f.disputed:
                values = "; ".join(f"{v.value} ({', '.join(sorted({s.lang for s in v.sources}))})" for v in d.values)
                table.add_row(Text(what), Text(d.field), Text(values))
        out.print(table)
