"""Query latency over a 100k-document record: ``who``, ``moves`` and ``person``, p50 and p95.

Each timed call is what one CLI query or API request does after opening the store: find
the entity by a surface form (in whatever script the generator picked) and run the real
query function, sources included. Connections are opened once, so the figures are the
queries' own cost; a first, untimed pass warms SQLite's page cache as a running server's is.
"""

from __future__ import annotations

import random
import statistics
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path

from peoplemoves.bench.query_store import QueryStore, build_query_store
from peoplemoves.serve import queries as q
from peoplemoves.serve.db import open_readonly

GOAL_P95_MS = 50.0


@dataclass
class Timing:
    query: str
    calls: int
    p50_ms: float
    p95_ms: float
    max_ms: float
    mean_rows: float  # positions, moves or facts returned per call

    @property
    def met(self) -> bool:
        return self.p95_ms < GOAL_P95_MS


@dataclass
class QueryBenchReport:
    store: dict
    build_seconds: float
    seed: int
    timings: list[Timing] = field(default_factory=list)
    goal_p95_ms: float = GOAL_P95_MS

    def to_json(self) -> dict:
        data = asdict(self)
        for t, row in zip(self.timings, data["timings"], strict=True):
            row["met"] = t.met
        return data


def _percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(pct / 100 * len(ordered)) - 1))]


def _time(calls: list[Callable[[], int]]) -> tuple[list[float], list[int]]:
    times, rows = [], []
    for call in calls:
        start = time.perf_counter()
        n = call()
        times.append((time.perf_counter() - start) * 1000)
        rows.append(n)
    return times, rows


def run_query_benchmark(
    path: Path, documents: int = 100_000, calls: int = 300, seed: int = 0, rebuild: bool = True,
    status: Callable[[str], None] = lambda m: None,
) -> QueryBenchReport:
    started = time.perf_counter()
    if rebuild or not Path(path).exists():
        built = build_query_store(Path(path), documents=documents, seed=seed, status=status)
    else:
        built = _describe(Path(path))
    build_seconds = time.perf_counter() - started
    status(f"store ready in {build_seconds:.1f} s: {built.facts} facts, {built.people} people, {built.orgs} orgs")
    rng = random.Random(seed + 1)
    db = open_readonly(built.path)

    def who_call(name: str, at: str) -> Callable[[], int]:
        def run() -> int:
            match, _ = q.find_entity(db, name, "org")
            return len(q.who(db, match.entity, at=at).holders)
        return run

    def moves_call(name: str | None, since: str, until: str) -> Callable[[], int]:
        def run() -> int:
            org = q.find_entity(db, name, "org")[0].entity if name else None
            return len(q.moves(db, org, since=since, until=until).moves)
        return run

    def person_call(name: str) -> Callable[[], int]:
        def run() -> int:
            match, _ = q.find_entity(db, name, "person")
            return len(q.person(db, match.entity).facts)
        return run

    def at() -> str:
        return f"{rng.randint(1998, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"

    # the biggest organizations are asked about most, as users do; the rest at random
    orgs = built.org_names
    pick_org = lambda: orgs[min(int(rng.paretovariate(1.0)) - 1, len(orgs) - 1)] if rng.random() < 0.5 \
        else rng.choice(orgs)  # noqa: E731
    suites: dict[str, list[Callable[[], int]]] = {
        "who ORG --at DATE": [who_call(pick_org(), at()) for _ in range(calls)],
        "moves ORG --since --until (5 years)": [],
        "moves --since --until (1 month, all orgs)": [],
        "person NAME": [person_call(rng.choice(built.person_names)) for _ in range(calls)],
    }
    for _ in range(calls):
        year = rng.randint(1998, 2021)
        suites["moves ORG --since --until (5 years)"].append(moves_call(pick_org(), f"{year}", f"{year + 4}"))
        month = f"{rng.randint(1998, 2025)}-{rng.randint(1, 12):02d}"
        suites["moves --since --until (1 month, all orgs)"].append(moves_call(None, month, month))
    report = QueryBenchReport(store=_store_info(built), build_seconds=round(build_seconds, 1), seed=seed)
    for name, suite in suites.items():
        _time(suite[: max(1, len(suite) // 5)])  # warm-up: page cache, like a server that has been running
        times, rows = _time(suite)
        report.timings.append(Timing(
            query=name, calls=len(times), p50_ms=round(statistics.median(times), 2),
            p95_ms=round(_percentile(times, 95), 2), max_ms=round(max(times), 2),
            mean_rows=round(statistics.fmean(rows), 1),
        ))
        status(f"{name}: p50 {report.timings[-1].p50_ms} ms, p95 {report.timings[-1].p95_ms} ms")
    db.close()
    return report


def _store_info(built: QueryStore) -> dict:
    return {"path": str(built.path), "documents": built.documents, "people": built.people, "orgs": built.orgs,
            "facts": built.facts, "sources": built.sources, "positions": built.positions, "aliases": built.aliases}


def _describe(path: Path) -> QueryStore:
    """An existing benchmark store, counted, with look-up names drawn from its aliases."""
    db = open_readonly(path)
    one = lambda sql: db.execute(sql).fetchone()[0]  # noqa: E731
    people = [r[0] for r in db.execute(
        "SELECT alias FROM r_aliases a JOIN r_entities e ON e.id = a.entity_id WHERE e.kind = 'person'"
        " GROUP BY a.entity_id")]
    orgs = [r[0] for r in db.execute(
        "SELECT alias FROM r_aliases a JOIN r_entities e ON e.id = a.entity_id WHERE e.kind = 'org'"
        " GROUP BY a.entity_id ORDER BY a.entity_id")]
    built = QueryStore(path=path, documents=one("SELECT COUNT(*) FROM documents"), people=len(people), orgs=len(orgs),
                       facts=one("SELECT COUNT(*) FROM facts"), sources=one("SELECT COUNT(*) FROM fact_sources"),
                       positions=one("SELECT COUNT(*) FROM positions"), aliases=one("SELECT COUNT(*) FROM r_aliases"),
                       person_names=people, org_names=orgs)
    db.close()
    return built
