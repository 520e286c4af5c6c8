"""``peoplemoves`` command line: parse arguments, dispatch, turn failures into one line.

A command imports only the module that holds it: ``extract`` never loads the web stack,
the query layer or the benchmarks, so a short command starts in well under a second.
Help without a command registers them all.
"""

from __future__ import annotations

import argparse
import importlib
import sys

from peoplemoves import __version__
from peoplemoves.cli.console import error

#: command modules in the order help lists them, each with the commands it registers
MODULES: dict[str, tuple[str, ...]] = {
    "ingest_commands": ("ingest", "clean", "demo"),
    "extract_commands": ("extract", "eval"),
    "resolve_commands": ("resolve", "stories"),
    "bench_commands": ("bench",),
    "query_commands": ("who", "moves", "person", "conflicts", "export"),
    "serve_commands": ("serve",),
    "monitor_commands": ("sources", "watch", "alerts"),
    "reliability_commands": ("bench",),  # adds ``bench load`` and ``bench fuzz`` to the bench group
}


def _modules_for(argv: list[str]) -> list[str]:
    """The modules that hold the command named first in ``argv``; all of them when none is."""
    first = next((a for a in argv if not a.startswith("-")), None)
    holding = [module for module, names in MODULES.items() if first in names]
    return holding or list(MODULES)


def build_parser(argv: list[str] | None = None) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="peoplemoves",
        description="Who holds which position at which organization, and when that changed, read from news.",
    )
    parser.add_argument("--version", action="version", version=f"peoplemoves {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in _modules_for(argv) if argv is not None else MODULES:
        importlib.import_module(f"peoplemoves.cli.{module}").register(commands)
    return parser


def main(argv: list[str] | None = None) -> int:
    from peoplemoves.store import StoreError

    argv = sys.argv[1:] if argv is None else argv
    parser = build_parser(argv)
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
