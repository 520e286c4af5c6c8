"""``bench``: speed benchmarks (commands, never tests) and the synthetic corpus they run on."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from peoplemoves.bench import TARGET_BYTES, iter_corpus, write_corpus
from peoplemoves.cli.console import error, progress

if TYPE_CHECKING:
    from peoplemoves.bench.extract_speed import BenchReport, RunResult
    from peoplemoves.bench.scaling import ScalingRow


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from exc
    if number <= 0:
        raise argparse.ArgumentTypeError("must be at least 1")
    return number


def _sizes(value: str) -> tuple[int, ...]:
    try:
        sizes = tuple(int(float(part) * 1000) for part in value.split(","))
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a list of sizes in KB: {value!r}") from exc
    if not sizes or min(sizes) <= 0:
        raise argparse.ArgumentTypeError("sizes must be positive")
    return sizes


def register(commands: argparse._SubParsersAction) -> None:
    bench = commands.add_parser("bench", help="speed benchmarks and the synthetic corpus they use")
    bench.set_defaults(run=lambda args: _help(bench))
    sub = bench.add_subparsers(dest="bench_command", metavar="BENCHMARK")

    p = sub.add_parser("corpus", help="write N synthetic multilingual articles (~3 KB each) as .txt files")
    p.add_argument("out_dir", type=Path, metavar="OUT_DIR")
    _corpus_options(p, default_n=1000)
    p.set_defaults(run=run_corpus)

    p = sub.add_parser("extract", help="documents per second of clean+extract, one process and all cores, "
                                       "on real and synthetic news, and seconds per MB as one document grows")
    _corpus_options(p, default_n=2000)
    p.add_argument("--corpus", choices=("dev", "synthetic", "both"), default="both",
                   help="the development corpus of real articles (data/dev) repeated to N, the synthetic one, "
                        "or both (default)")
    p.add_argument("--processes", "--jobs", "-j", type=_positive, default=None, metavar="K",
                   help="worker processes for the pool run (default: os.cpu_count())")
    p.add_argument("--no-scaling", dest="scaling", action="store_false",
                   help="skip the table of seconds per MB for one growing document")
    p.add_argument("--scaling-sizes", type=_sizes, default=None, metavar="KB,KB,...",
                   help="document sizes of the scaling table in KB (default: 10,100,1000,5000)")
    p.add_argument("--chunk-size", type=_positive, default=25, metavar="C",
                   help="documents handed to a worker at a time (default: 25)")
    p.add_argument("--no-single", dest="single", action="store_false", help="skip the one-process run")
    p.add_argument("--no-pool", dest="pool", action="store_false", help="skip the all-cores run")
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.set_defaults(run=run_extract_bench)

    p = sub.add_parser("resolve", help="time and peak memory of resolution and story grouping over N documents")
    p.add_argument("-n", type=_positive, default=100_000, metavar="N", help="number of documents (default: 100000)")
    p.add_argument("--seed", type=int, default=0, help="random seed; the same seed gives the same documents")
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.set_defaults(run=run_resolve_bench)

    p = sub.add_parser("watch", help="one poll's resolve: N new articles into a large store, incremental vs full")
    p.add_argument("-n", type=_positive, default=100_000, metavar="N", help="documents in the store (default: 100000)")
    p.add_argument("--new", type=_positive, default=50, metavar="K", help="new articles in the poll (default: 50)")
    p.add_argument("--db", type=Path, default=None, help="where to build the store (default: under /tmp)")
    p.add_argument("--fresh", action="store_true",
                   help="the new articles name only people and organizations not in the store (the best case)")
    p.add_argument("--seed", type=int, default=0, help="random seed; the same seed gives the same documents")
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.set_defaults(run=run_watch_bench)


def _corpus_options(parser: argparse.ArgumentParser, default_n: int) -> None:
    parser.add_argument("-n", type=_positive, default=default_n, metavar="N",
                        help=f"number of documents (default: {default_n})")
    parser.add_argument("--seed", type=int, default=0, help="random seed; the same seed gives the same corpus")
    parser.add_argument("--size", type=_positive, default=TARGET_BYTES, metavar="BYTES",
                        help=f"target size of a document in bytes of UTF-8 (default: {TARGET_BYTES})")


def _help(parser: argparse.ArgumentParser) -> int:
    parser.print_help()
    return 2


def run_resolve_bench(args: argparse.Namespace) -> int:
    from peoplemoves.bench.resolve_speed import run  # resource: only when run

    report = run(args.n, seed=args.seed)
    if args.json:
        print(json.dumps(report))
        return 0
    print(f"resolve benchmark over {report['documents']} generated documents "
          f"(generated in {report['generate_s']} s, not counted)")
    print(f"  resolution, stories, facts, positions: {report['resolve_s']} s "
          f"({report['documents_per_s']} documents/s), peak RSS {report['peak_rss_mb']} MB")
    print(f"  {report['people']} people, {report['organizations']} organizations, {report['stories']} stories, "
          f"{report['facts']} facts ({report['conflicting_facts']} disputed), {report['positions']} positions")
    return 0


def run_watch_bench(args: argparse.Namespace) -> int:
    from peoplemoves.bench.watch_speed import run

    report = run(args.n, args.new, args.db, args.seed, args.fresh,
                 show=lambda line: print(f"bench: {line}", file=sys.stderr, flush=True))
    if args.json:
        print(json.dumps(report.to_json()))
        return 0
    print(f"watch benchmark: {report.new} new articles into a store of {report.documents} documents")
    print(f"  incremental resolve: {report.incremental_s} s ({report.mode}, {report.closure} documents re-resolved"
          f"{', ' + report.reason if report.reason else ''})")
    print(f"  full resolve:        {report.full_s} s (+ {report.index_s} s to index every document's keys)")
    print(f"  ratio: {report.ratio:.1f}x")
    return 0


def run_corpus(args: argparse.Namespace) -> int:
    try:
        docs = progress(iter_corpus(args.n, seed=args.seed, target_bytes=args.size), "generating", total=args.n)
        count = write_corpus(docs, args.out_dir)
    except (OSError, ValueError) as exc:
        error(f"could not write the corpus to {args.out_dir}: {exc}")
        return 1
    print(f"bench corpus: {count} documents written to {args.out_dir}", file=sys.stderr)
    return 0


def run_extract_bench(args: argparse.Namespace) -> int:
    from peoplemoves.bench.extract_speed import run_benchmark  # resource and multiprocessing: only when run

    if not (args.single or args.pool):
        error("nothing to run: --no-single and --no-pool together")
        return 2
    corpora = ("dev", "synthetic") if args.corpus == "both" else (args.corpus,)
    status = lambda message: print(f"bench: {message}", file=sys.stderr, flush=True)  # noqa: E731
    reports = []
    for corpus in corpora:
        try:
            report = run_benchmark(
                n=args.n, processes=args.processes, chunk_size=args.chunk_size, seed=args.seed,
                target_bytes=args.size, single=args.single, pool=args.pool, status=status, show=progress,
                corpus=corpus,
            )
        except ValueError as exc:
            error(f"{corpus} corpus: {exc}")
            continue
        reports.append(report)
        if not args.json:
            _print_report(report)
            print()
    rows = []
    if args.scaling:
        from peoplemoves.bench.scaling import SIZES, run_scaling

        rows = run_scaling(sizes=args.scaling_sizes or SIZES, status=status)
        if not args.json:
            _print_scaling(rows)
    if args.json:
        print(json.dumps({"corpora": [r.to_json() for r in reports],
                          "scaling": [_scaling_json(r) for r in rows]}, ensure_ascii=False, indent=2))
    return 0


def _scaling_json(row: ScalingRow) -> dict:
    return {"shape": row.shape, "bytes": row.size, "cpu_seconds": round(row.seconds, 3),
            "seconds_per_mb": round(row.seconds_per_mb, 3), "events": row.events, "error": row.error}


def _print_scaling(rows: list[ScalingRow]) -> None:
    from peoplemoves.bench.scaling import SHAPES, flatness

    print("scaling: one document of each shape, clean+extract, CPU seconds (one process; no time budget)")
    print(f"{'shape':<9} {'size':>8} {'seconds':>8} {'s/MB':>7} {'events':>7}")
    for row in rows:
        size = f"{row.size / 1e6:g} MB" if row.size >= 1_000_000 else f"{row.size / 1000:g} KB"
        note = f"  ({row.error})" if row.error else ""
        print(f"{row.shape:<9} {size:>8} {row.seconds:>8.2f} {row.seconds_per_mb:>7.2f} {row.events:>7}{note}")
    for shape in SHAPES:
        if any(r.shape == shape for r in rows):
            ratio = flatness(rows, shape)
            verdict = "flat" if ratio <= 2.0 else "NOT flat"
            print(f"{shape}: seconds per MB of the largest / the smallest = {ratio:.2f} ({verdict}, goal ≤ 2)")


def _mb(kb: int) -> str:
    return f"{kb / 1024:.0f} MB"


def _run_label(run: RunResult) -> str:
    return "one process" if run.mode == "single" else f"pool of {run.processes}"


def _memory(run: RunResult) -> str:
    if run.mode == "single":
        return f"{_mb(run.memory_kb['parent'])} (this process)"
    return (f"{_mb(run.memory_kb['largest_worker'])} (largest worker), "
            f"{_mb(run.memory_kb['sum_of_workers'])} (sum of {run.memory_kb['workers']} workers)")


def _print_report(report: BenchReport) -> None:
    """Plain fixed-width lines: the report is read in logs and terminals of any width."""
    from peoplemoves.bench.extract_speed import MEMORY_NOTE

    mean = report.corpus_bytes / report.documents
    languages = report.runs[0].by_language()
    corpus = ("the development corpus of real articles" if report.corpus == "dev" else "the synthetic corpus")
    print(f"{corpus}: {report.distinct} distinct documents")
    print(f"clean+extract benchmark: {report.documents} documents, {report.corpus_bytes / 1e6:.1f} MB "
          f"(mean {mean:.0f} bytes), {len(languages)} languages, seed {report.seed}, {report.cpu_count} CPUs")
    print(f"corpus built in {report.corpus_seconds:.1f} s, warm-up {report.warmup_seconds:.1f} s (not counted)")
    print()
    print(f"{'run':<12} {'docs/s':>8} {'per core':>9} {'CPU/core':>9} {'KB/s':>7} {'mean ms':>8} {'p95 ms':>7} "
          f"{'events':>7} {'errors':>6}  peak memory (RSS)")
    for run in report.runs:
        data = run.to_json()
        print(f"{_run_label(run):<12} {run.docs_per_second:>8.1f} {run.docs_per_second_per_core:>9.1f} "
              f"{run.cpu_docs_per_second:>9.1f} "
              f"{run.kb_per_second:>7.0f} {data['mean_ms']:>8.1f} {data['p95_ms']:>7.1f} {run.events:>7} "
              f"{len(run.errors):>6}  {_memory(run)}")
    print()
    print("per language (docs/s = documents / time spent on them, per process):")
    header = f"{'language':<9} {'docs':>5}"
    for run in report.runs:
        label = "one process" if run.mode == "single" else "per worker"
        header += f" | {label + ' docs/s':>18} {'mean ms':>8} {'p95 ms':>7}"
    print(header + f" | {'events':>6}")
    by_run = [run.by_language() for run in report.runs]
    for lang, first in languages.items():
        line = f"{lang:<9} {first['documents']:>5}"
        for stats in by_run:
            row = stats.get(lang, {})
            line += f" | {row.get('docs_per_second', 0):>18.1f} {row.get('mean_ms', 0):>8.1f}"
            line += f" {row.get('p95_ms', 0):>7.1f}"
        print(line + f" | {first['events']:>6}")
    print()
    best = max(run.docs_per_second_per_core for run in report.runs)
    verdict = "met" if best >= report.goal_per_core else "NOT met"
    cpu = max(run.cpu_docs_per_second for run in report.runs)
    if report.distinct < report.documents:
        print(f"first round ({report.distinct} distinct documents, one process): "
              f"{report.first_round_cpu_docs_per_second:.1f} docs per second of CPU time")
    print(f"goal {report.goal_per_core:.0f} docs/s per core: {verdict} (best {best:.1f} per core by the clock, "
          f"{cpu:.1f} per second of CPU time)")
    print("CPU/core = documents per second of CPU time; it differs from per core when the machine is busy")
    print(f"memory: {MEMORY_NOTE}")
    for run in report.runs:
        for message in run.errors[:3]:
            error(f"{run.mode}: {message}")
