"""``serve`` (the web page and HTTP API) and ``bench queries`` (query latency over a 100k-document record)."""

from __future__ import annotations

import argparse
import ipaddress
import json
import os
import socket
import sys
import tempfile
from pathlib import Path

from rich.table import Table

from peoplemoves.cli.console import error, out
from peoplemoves.config import default_db_path

TOKEN_ENV = "PEOPLEMOVES_TOKEN"
DEFAULT_PORT = 8000


def register(commands: argparse._SubParsersAction) -> None:
    p = commands.add_parser("serve", help="the web page and HTTP API over the store (127.0.0.1 by default)")
    p.add_argument("--db", type=Path, default=None, help="SQLite database (default: $PEOPLEMOVES_DB or the user's)")
    p.add_argument("--host", default="127.0.0.1",
                   help="address to listen on (default: 127.0.0.1, this machine only; 0.0.0.0 opens the reads "
                        "to the network)")
    p.add_argument("--port", type=int, default=DEFAULT_PORT, help=f"port (default: {DEFAULT_PORT})")
    p.add_argument("--token-file", type=Path, default=None, metavar="FILE",
                   help=f"file holding the token POST /api/ingest requires (default: ${TOKEN_ENV}; "
                        "with neither, writes are refused)")
    p.add_argument("--create", action="store_true",
                   help="start with an empty store when there is none at --db (else a missing store is an error)")
    p.add_argument("--workers", type=int, default=None, metavar="N",
                   help="threads answering reads at once, per process (default: 4 per core, at least 8)")
    p.add_argument("--processes", type=int, default=1, metavar="P",
                   help="server processes sharing the port (default: 1; the number of cores serves the most reads)")
    p.set_defaults(run=run_serve)
    _register_bench(commands)


def _register_bench(commands: argparse._SubParsersAction) -> None:
    """Add ``queries`` to the ``bench`` group another module defines (nothing if it is absent)."""
    bench = commands.choices.get("bench")
    if bench is None:
        return
    groups = [a for a in bench._actions if isinstance(a, argparse._SubParsersAction)]
    if not groups:
        return
    p = groups[0].add_parser("queries", help="who/moves/person latency (p50, p95) over a 100k-document record")
    p.add_argument("--documents", type=int, default=100_000, metavar="N",
                   help="size of the record, in documents it stands for (default: 100000)")
    p.add_argument("--calls", type=int, default=300, help="timed calls per query (default: 300)")
    p.add_argument("--seed", type=int, default=0, help="random seed (the same seed builds the same store)")
    p.add_argument("--db", type=Path, default=None,
                   help="build (or, with --reuse, read) the benchmark store here (default: a temporary file)")
    p.add_argument("--reuse", action="store_true", help="time an existing --db instead of building it again")
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.set_defaults(run=run_query_bench)


def read_token(token_file: Path | None) -> str | None:
    """The ingest token: --token-file, else $PEOPLEMOVES_TOKEN, else None (writes refused)."""
    if token_file is not None:
        token = token_file.read_text(encoding="utf-8").strip()
        if not token:
            raise ValueError(f"the token file {token_file} is empty")
        return token
    return os.environ.get(TOKEN_ENV, "").strip() or None


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def listen(host: str, port: int) -> socket.socket:
    """Bind the listening socket before anything is printed: a busy port is one line, no banner."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # IPPROTO_TCP, not 0: asyncio sets TCP_NODELAY only on sockets that say they are TCP, and without
    # it every keep-alive answer waits out a delayed ACK (40 ms).
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host.strip("[]"), port))
        sock.listen(2048)
    except OSError:
        sock.close()
        raise
    sock.set_inheritable(True)
    return sock


def run_serve(args: argparse.Namespace) -> int:
    import uvicorn

    from peoplemoves.serve import create_app

    try:
        token = read_token(args.token_file)
    except (OSError, ValueError) as exc:
        error(f"cannot read the token: {exc}")
        return 1
    db = args.db or default_db_path()
    if not db.is_file() and not args.create:
        error(f"no store at {db} (ingest documents first, or pass --create to start with an empty one)")
        return 1
    try:
        sock = listen(args.host, args.port)
    except OSError as exc:
        error(f"cannot listen on {args.host}:{args.port}: {exc.strerror or exc}")
        return 1
    processes = max(1, getattr(args, "processes", 1) or 1)
    app = create_app(db, token=token, workers=args.workers)  # also migrates, and redoes an unfinished rebuild
    shown = f"[{args.host}]" if ":" in args.host else args.host
    print(f"serving {db} at http://{shown}:{args.port}/ (API: /api, description: /docs, /openapi.json)",
          file=sys.stderr, flush=True)
    if token is None:
        print(f"POST /api/ingest is disabled: no token (set {TOKEN_ENV} or --token-file)", file=sys.stderr, flush=True)
    if not is_loopback(args.host):
        print(f"note: listening on {args.host}: anyone who can reach it can read the record", file=sys.stderr,
              flush=True)
    if processes > 1:
        return _run_processes(sock, db, token, args.workers, processes)
    config = uvicorn.Config(app, log_level="warning", server_header=False, timeout_keep_alive=30,
                            backlog=2048)
    with sock:
        uvicorn.Server(config).run(sockets=[sock])
    return 0


def _run_processes(sock: socket.socket, db: Path, token: str | None, threads: int | None, processes: int) -> int:
    """Several server processes on one listening socket: reads use every core, not one GIL's worth."""
    import uvicorn
    from uvicorn.supervisors import Multiprocess

    from peoplemoves.serve import worker_app

    os.environ[worker_app.DB_VAR] = str(Path(db).resolve())
    os.environ[worker_app.TOKEN_VAR] = token or ""
    if threads:
        os.environ[worker_app.THREADS_VAR] = str(threads)
    config = uvicorn.Config("peoplemoves.serve.worker_app:app_from_environment", factory=True, workers=processes,
                            log_level="warning", server_header=False, timeout_keep_alive=30, backlog=2048)
    with sock:
        Multiprocess(config, sockets=[sock]).run()
    return 0


def run_query_bench(args: argparse.Namespace) -> int:
    from peoplemoves.bench.query_speed import run_query_benchmark

    if args.documents < 100 or args.calls < 1:
        error("--documents must be at least 100 and --calls at least 1")
        return 2
    if args.reuse and (args.db is None or not args.db.exists()):
        error("--reuse needs an existing --db")
        return 2
    status = lambda message: print(f"bench: {message}", file=sys.stderr, flush=True)  # noqa: E731
    with tempfile.TemporaryDirectory(prefix="peoplemoves-bench-") as tmp:
        path = args.db or Path(tmp) / "queries.db"
        report = run_query_benchmark(path, documents=args.documents, calls=args.calls, seed=args.seed,
                                     rebuild=not args.reuse, status=status)
    if args.json:
        print(json.dumps(report.to_json(), indent=2))
        return 0
    s = report.store
    out.print(f"record for {s['documents']} documents: {s['facts']} facts, {s['sources']} sources, "
              f"{s['people']} people, {s['orgs']} organizations, {s['positions']} positions, {s['aliases']} aliases "
              f"(built in {report.build_seconds:.1f} s, seed {report.seed})")
    table = Table(title=f"query latency (goal: p95 under {report.goal_p95_ms:.0f} ms)", title_justify="left")
    for column in ("query", "calls", "p50 ms", "p95 ms", "max ms", "rows/call", "goal"):
        table.add_column(column, justify="left" if column in ("query", "goal") else "right")
    for t in report.timings:
        table.add_row(t.query, str(t.calls), f"{t.p50_ms:.2f}", f"{t.p95_ms:.2f}", f"{t.max_ms:.2f}",
                      f"{t.mean_rows:.1f}", "met" if t.met else "NOT met")
    out.print(table)
    return 0
