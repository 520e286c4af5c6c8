"""``bench load`` and ``bench fuzz``: the reliability campaigns, run by hand (their figures go in the README)."""

from __future__ import annotations

import argparse
import json
import secrets
import sys
from pathlib import Path

from peoplemoves.cli.console import error
from peoplemoves.config import default_db_path


def register(commands: argparse._SubParsersAction) -> None:
    """Add ``load`` and ``fuzz`` to the ``bench`` group another module defines (nothing if it is absent)."""
    bench = commands.choices.get("bench")
    groups = [a for a in bench._actions if isinstance(a, argparse._SubParsersAction)] if bench else []
    if not groups:
        return
    p = groups[0].add_parser("load", help="requests/s and latency of the real server under concurrent clients")
    p.add_argument("--db", type=Path, default=None, help="the store to serve (default: $PEOPLEMOVES_DB or the user's)")
    p.add_argument("--clients", type=int, default=200, help="concurrent clients (default: 200)")
    p.add_argument("--seconds", type=float, default=30, help="how long they ask (default: 30)")
    p.add_argument("--write-every", type=float, default=1.0, metavar="S",
                   help="a token-guarded ingest every S seconds; 0 for reads only (default: 1)")
    p.add_argument("--write-size", type=int, default=3, metavar="N",
                   help="articles per ingest request (default: 3; 300 shows whether a big ingest stalls reads)")
    p.add_argument("--workers", type=int, default=None, help="serve --workers (threads answering reads)")
    p.add_argument("--processes", type=int, default=1, help="serve --processes (server processes, default: 1)")
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.set_defaults(run=run_load_bench)

    p = groups[0].add_parser("fuzz", help="N generated and mutated inputs through ingest: crashes, hangs, memory")
    p.add_argument("-n", type=int, default=2000, metavar="N", help="inputs to run (default: 2000)")
    p.add_argument("--seed", type=int, default=0, help="random seed (the same seed runs the same inputs)")
    p.add_argument("--corpus", type=Path, default=Path("data/sample"), help="files to mutate (default: data/sample)")
    p.add_argument("--out", type=Path, default=Path("fuzz-failures"),
                   help="folder for each failing input (default: ./fuzz-failures)")
    p.add_argument("--max-bytes", type=int, default=80_000, help="largest generated input (default: 80000)")
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.set_defaults(run=run_fuzz_bench)


def run_load_bench(args: argparse.Namespace) -> int:
    from peoplemoves.bench.load import run_load, served

    db = args.db or default_db_path()
    if not db.is_file():
        error(f"no store at {db} (ingest documents first: `peoplemoves ingest data/sample --db {db}`)")
        return 1
    if args.clients < 1 or args.seconds <= 0:
        error("--clients must be at least 1 and --seconds positive")
        return 2
    token = secrets.token_hex(16) if args.write_every > 0 else None
    with served(db, token=token, workers=args.workers, processes=args.processes) as port:
        report = run_load("127.0.0.1", port, args.clients, args.seconds, token=token,
                          write_every=args.write_every or 1.0, articles_per_write=args.write_size)
    if args.json:
        print(json.dumps(report.to_json(), indent=2))
    else:
        print(f"bench load on {db}: {report.line()}")
    for failure in report.failures[:5]:
        print(f"  failed: {failure}", file=sys.stderr)
    return 1 if report.errors or report.write_errors else 0


def run_fuzz_bench(args: argparse.Namespace) -> int:
    from peoplemoves.bench.fuzz import run_campaign

    if args.n < 1:
        error("-n must be at least 1")
        return 2
    report = run_campaign(args.n, seed=args.seed, corpus=args.corpus, out=args.out, max_bytes=args.max_bytes,
                          status=lambda line: print(line, file=sys.stderr, flush=True))
    if args.json:
        print(json.dumps(report.to_json(), indent=2))
    else:
        print(report.line())
    return 1 if report.crashes or report.hangs else 0
