"""``peoplemoves`` command line: parse arguments, dispatch, turn failures into one line."""

from __future__ import annotations

import argparse
import sys

from peoplemoves import __version__
from peoplemoves.cli import (
    bench_commands,
    extract_commands,
    ingest_commands,
    monitor_commands,
    query_commands,
    reliability_commands,
    resolve_commands,
    serve_commands,
)
from peoplemoves.cli.console import error
from peoplemoves.store import StoreError


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="peoplemoves",
        description="Who holds which position at which organization, and when that changed, read from news.",
    )
    parser.add_argument("--version", action="version", version=f"peoplemoves {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    ingest_commands.register(commands)
    extract_commands.register(commands)
    resolve_commands.register(commands)
    bench_commands.register(commands)
    query_commands.register(commands)
    serve_commands.register(commands)
    monitor_commands.register(commands)
    reliability_commands.register(commands)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "run", None):
        parser.print_help()
        return 2
    try:
        return int(args.run(args) or 0)
    except StoreError as exc:
        error(str(exc))
        return 1
    except KeyboardInterrupt:
        error("interrupted; everything committed so far is kept")
        return 130
    except BrokenPipeError:
        sys.stderr.close()  # output piped into `head` and closed: not an error
        return 0


if __name__ == "__main__":
    sys.exit(main())
