"""How fast clean + extract runs, in one process and on all cores (issue 3 §9).

Goal: at least 100 documents of about 3 KB per second per core. The corpus is built in
memory first (timed apart); one document per language is then run untimed, so lazy
loading of language packs and models is reported as warm-up, not as throughput. The
pool is forked after that warm-up, so its workers start warm too.

Peak memory is the resident set size from ``getrusage``: ``RUSAGE_SELF`` for this
process (it holds the whole corpus), ``RUSAGE_CHILDREN`` for the largest pool worker,
and each worker's own ``RUSAGE_SELF`` summed (an upper bound: pages shared after fork
are counted in every worker).
"""

from __future__ import annotations

import math
import multiprocessing
import os
import resource
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from time import perf_counter, process_time

from peoplemoves.bench.corpus import LANGUAGES, TARGET_BYTES, BenchDocument, generate_corpus
from peoplemoves.ingest import Rejection
from peoplemoves.pipeline import safe_clean, safe_extract

GOAL_PER_CORE = 150.0  # documents per second per core (issue 11)

#: wraps a long iteration in a progress display: (items, label, total) -> items
Show = Callable[[Iterable, str, int], Iterator]


def _no_progress(items: Iterable, label: str, total: int) -> Iterator:
    return iter(items)


@dataclass(frozen=True)
class DocTiming:
    lang: str
    size: int  # bytes of UTF-8
    seconds: float  # wall clock
    cpu_seconds: float  # this process's CPU time: what the document costs on a busy machine too
    events: int
    error: str | None = None


@dataclass(frozen=True)
class ChunkResult:
    pid: int
    peak_rss_kb: int
    timings: list[DocTiming]


def rss_kb(who: int = resource.RUSAGE_SELF) -> int:
    """Peak resident set size in KB (Linux reports KB, macOS bytes)."""
    peak = resource.getrusage(who).ru_maxrss
    return peak // 1024 if sys.platform == "darwin" else peak


def run_document(doc: BenchDocument) -> DocTiming:
    """Clean and extract one document the way the pipeline does, timing both together."""
    start, cpu_start = perf_counter(), process_time()
    clean = safe_clean(doc.to_raw())
    result = clean if isinstance(clean, Rejection) else safe_extract(clean)
    elapsed, cpu = perf_counter() - start, process_time() - cpu_start
    if isinstance(result, Rejection):
        return DocTiming(doc.lang, doc.size, elapsed, cpu, 0, result.reason)
    return DocTiming(doc.lang, doc.size, elapsed, cpu, len(result.events))


def run_chunk(chunk: list[BenchDocument]) -> ChunkResult:
    """Worker entry point: a chunk in, its timings and this worker's peak memory out."""
    timings = [run_document(doc) for doc in chunk]
    return ChunkResult(os.getpid(), rss_kb(), timings)


def percentile(values: list[float], q: float) -> float:
    """Nearest-rank percentile (q in 0..100); 0.0 for no values."""
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[max(0, math.ceil(q / 100 * len(ordered)) - 1)]


@dataclass
class RunResult:
    """One way of running the corpus: 'single' (this process) or 'pool' (K worker processes)."""

    mode: str
    processes: int
    wall_seconds: float
    timings: list[DocTiming]
    memory_kb: dict[str, int] = field(default_factory=dict)

    @property
    def documents(self) -> int:
        return len(self.timings)

    @property
    def docs_per_second(self) -> float:
        return self.documents / self.wall_seconds if self.wall_seconds else 0.0

    @property
    def docs_per_second_per_core(self) -> float:
        return self.docs_per_second / self.processes

    @property
    def cpu_docs_per_second(self) -> float:
        """Documents per second of CPU time of one process: the per-core figure a busy machine cannot blur."""
        cpu = sum(t.cpu_seconds for t in self.timings)
        return self.documents / cpu if cpu else 0.0

    @property
    def kb_per_second(self) -> float:
        return sum(t.size for t in self.timings) / 1000 / self.wall_seconds if self.wall_seconds else 0.0

    @property
    def events(self) -> int:
        return sum(t.events for t in self.timings)

    @property
    def errors(self) -> list[str]:
        return [t.error for t in self.timings if t.error]

    def by_language(self) -> dict[str, dict[str, float]]:
        """Per language: documents, docs/s of one process's time (sum of per-document times), mean and p95 ms."""
        table = {}
        for lang in LANGUAGES:
            seconds = [t.seconds for t in self.timings if t.lang == lang]
            if seconds:
                table[lang] = _stats(seconds) | {"events": sum(t.events for t in self.timings if t.lang == lang)}
        return table

    def to_json(self) -> dict:
        per_doc = _stats([t.seconds for t in self.timings])
        return {
            "mode": self.mode,
            "processes": self.processes,
            "documents": self.documents,
            "wall_seconds": round(self.wall_seconds, 3),
            "docs_per_second": round(self.docs_per_second, 2),
            "docs_per_second_per_core": round(self.docs_per_second_per_core, 2),
            "cpu_docs_per_second_per_core": round(self.cpu_docs_per_second, 2),
            "kb_per_second": round(self.kb_per_second, 1),
            "mean_ms": per_doc["mean_ms"],
            "p95_ms": per_doc["p95_ms"],
            "events": self.events,
            "errors": len(self.errors),
            "peak_rss_kb": self.memory_kb,
            "by_language": self.by_language(),
        }


def _stats(seconds: list[float]) -> dict[str, float]:
    total = sum(seconds)
    return {
        "documents": len(seconds),
        "docs_per_second": round(len(seconds) / total, 2) if total else 0.0,
        "mean_ms": round(1000 * total / len(seconds), 2) if seconds else 0.0,
        "p95_ms": round(1000 * percentile(seconds, 95), 2),
    }


@dataclass
class BenchReport:
    corpus: str  # "synthetic" or "dev"
    distinct: int  # documents before the corpus repeats
    documents: int
    seed: int
    target_bytes: int
    corpus_bytes: int
    corpus_seconds: float
    warmup_seconds: float
    cpu_count: int
    runs: list[RunResult]
    goal_per_core: float = GOAL_PER_CORE

    def to_json(self) -> dict:
        return {
            "benchmark": "clean+extract",
            "corpus": self.corpus,
            "distinct_documents": self.distinct,
            "first_round_cpu_docs_per_second": round(self.first_round_cpu_docs_per_second, 2),
            "documents": self.documents,
            "seed": self.seed,
            "target_bytes": self.target_bytes,
            "corpus_bytes": self.corpus_bytes,
            "corpus_seconds": round(self.corpus_seconds, 3),
            "warmup_seconds": round(self.warmup_seconds, 3),
            "cpu_count": self.cpu_count,
            "goal_docs_per_second_per_core": self.goal_per_core,
            "runs": [run.to_json() for run in self.runs],
            "memory_note": MEMORY_NOTE,
        }


    @property
    def first_round_cpu_docs_per_second(self) -> float:
        """One process, the first round of distinct documents only (no cache has seen them)."""
        single = [run for run in self.runs if run.mode == "single"]
        if not single:
            return 0.0
        first = single[0].timings[: self.distinct]
        cpu = sum(t.cpu_seconds for t in first)
        return len(first) / cpu if cpu else 0.0


MEMORY_NOTE = (
    "peak resident set (getrusage ru_maxrss): single.parent = RUSAGE_SELF of the benchmark process "
    "(includes the in-memory corpus); pool.largest_worker = RUSAGE_CHILDREN (the largest single worker); "
    "pool.sum_of_workers = sum of each worker's own RUSAGE_SELF (over-counts pages shared after fork)"
)


def _load_word_frequencies() -> None:
    """Load each language's word-frequency list (wordfreq) as part of the warm-up.

    Why: extraction asks them lazily, the first time a language's name or organization test needs one,
    about a second for all the languages together; a warm-up document per language does not always ask,
    so the load fell inside the timed run (7 % of the development-corpus figure). A long batch pays it
    once, as it pays the language packs.
    """
    from wordfreq import get_frequency_dict

    for lang in sorted({lang.split("-")[0] for lang in LANGUAGES} | {"en"}):
        try:  # both spellings of the call: lru_cache keys keyword and positional arguments apart
            get_frequency_dict(lang)
            get_frequency_dict(lang, "best")
        except (ImportError, LookupError, ValueError):
            continue


def run_single(docs: list[BenchDocument], show: Show = _no_progress) -> RunResult:
    start = perf_counter()
    timings = [run_document(doc) for doc in show(docs, "one process", len(docs))]
    wall = perf_counter() - start
    return RunResult("single", 1, wall, timings, {"parent": rss_kb()})


def _pool_context() -> multiprocessing.context.BaseContext:
    """fork where it exists, so workers start with the parent's warm caches; else the platform default."""
    if "fork" in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context()


def run_pool(docs: list[BenchDocument], processes: int, chunk_size: int,
             show: Show = _no_progress) -> RunResult:
    chunk_size = max(1, min(chunk_size, len(docs) // (4 * processes)))  # small runs still reach every worker
    chunks = [docs[i:i + chunk_size] for i in range(0, len(docs), chunk_size)]
    timings: list[DocTiming] = []
    worker_peaks: dict[int, int] = {}
    pool = _pool_context().Pool(processes)
    try:
        start = perf_counter()
        for result in show(pool.imap_unordered(run_chunk, chunks), "pool", len(chunks)):
            timings.extend(result.timings)
            worker_peaks[result.pid] = max(worker_peaks.get(result.pid, 0), result.peak_rss_kb)
        wall = perf_counter() - start
        pool.close()
    except BaseException:
        pool.terminate()
        raise
    finally:
        pool.join()  # reaped workers are what RUSAGE_CHILDREN counts
    memory = {
        "largest_worker": rss_kb(resource.RUSAGE_CHILDREN),
        "sum_of_workers": sum(worker_peaks.values()),
        "workers": len(worker_peaks),
    }
    return RunResult("pool", processes, wall, timings, memory)


def run_benchmark(n: int = 5000, processes: int | None = None, chunk_size: int = 25, seed: int = 0,
                  target_bytes: int = TARGET_BYTES, single: bool = True, pool: bool = True,
                  status: Callable[[str], None] = lambda message: None,
                  show: Show = _no_progress, corpus: str = "synthetic") -> BenchReport:
    """Build the corpus, warm up, then time one process and a pool over the same documents.

    ``corpus`` "dev" is the development corpus of real articles repeated to ``n`` documents;
    its warm-up runs synthetic documents, so no timed document has been seen before.
    """
    processes = processes or os.cpu_count() or 1
    start = perf_counter()
    if corpus == "dev":
        from peoplemoves.bench.dev_corpus import dev_articles, dev_corpus

        status(f"the development corpus ({len(dev_articles())} real articles) repeated to {n} documents")
        docs = dev_corpus(n)
        if not docs:
            raise ValueError("the development corpus (data/dev) is not there")
        distinct = min(n, len(dev_articles()))
        warm = generate_corpus(len(LANGUAGES), seed=seed + 1, target_bytes=target_bytes)
    else:
        status(f"building {n} documents of about {target_bytes} bytes")
        docs = generate_corpus(n, seed=seed, target_bytes=target_bytes)
        distinct = n
        warm = docs[: len(LANGUAGES)]
    corpus_seconds = perf_counter() - start

    status("warming up (one document per language, not timed)")
    start = perf_counter()
    for doc in warm:
        run_document(doc)
    _load_word_frequencies()
    warmup = perf_counter() - start

    runs = []
    if single:
        status(f"clean+extract over {n} documents in one process")
        runs.append(run_single(docs, show))
    if pool:
        status(f"clean+extract over {n} documents with {processes} worker processes")
        runs.append(run_pool(docs, processes, chunk_size, show))
    return BenchReport(
        corpus=corpus, distinct=distinct, documents=n, seed=seed, target_bytes=target_bytes,
        corpus_bytes=sum(d.size for d in docs),
        corpus_seconds=corpus_seconds, warmup_seconds=warmup, cpu_count=os.cpu_count() or 1, runs=runs,
    )
