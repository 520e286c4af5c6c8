"""Benchmark of one monitor poll's resolve: 50 new articles into a large store, incremental vs full.

The store is written straight at the resolve layer's input (documents, events, entities), from
``resolve_speed.generate``, because extracting 100,000 articles would take hours and measure
extraction. It is fully resolved once (setup, not counted); then the new articles are added and
resolved incrementally (timed), and the same store is rebuilt in full (timed), which is what every
poll cost before. Figures only: nothing here passes or fails.

By default the new articles come from the same generator, so they name people and organizations
already in the store, drawn uniformly at random; with ``fresh`` they name only newcomers, the
best case. The generator's names are few syllables drawn from a small set and its background
mentions are random across the whole population, so its documents form one connected component:
the default case measures the fallback. Measured at 5,000 documents (2026-12-07): one new article's
closure is 5,019 documents (4,719 through person keys alone), and the fallback is no artefact of the
key index: the full record itself joins 5,017 documents through shared people, organizations and stories
(4,222 through people and stories). The entities the 20 new articles name appear in only 311 documents,
so only a closure of entities rather than of whole documents could stay incremental here.
"""

from __future__ import annotations

import json
import random
import time
from dataclasses import dataclass
from pathlib import Path

from peoplemoves.bench.resolve_speed import generate
from peoplemoves.resolve import resolve_documents, resolve_store
from peoplemoves.resolve.incremental import index_after_full, resolve_incremental
from peoplemoves.resolve.records import SourceDocument, SourceEntity, SourceEvent
from peoplemoves.store import Store
from peoplemoves.store.sqlite import load_resolve_inputs, write_resolution


@dataclass
class WatchBench:
    documents: int
    new: int
    build_s: float
    setup_resolve_s: float
    incremental_s: float
    full_s: float  # load, resolve_documents, write_resolution: a rebuild without the key index
    index_s: float  # what indexing every document's keys adds to a full rebuild
    mode: str
    closure: int
    reason: str

    @property
    def ratio(self) -> float:
        return self.full_s / self.incremental_s if self.incremental_s else float("inf")

    def to_json(self) -> dict:
        return {**self.__dict__, "ratio": round(self.ratio, 1)}


def write_documents(store: Store, docs: list[SourceDocument], ingested_at: str) -> None:
    """Documents with their extraction, as ``Store.add_document`` leaves them, in one transaction.

    The original text is blank of the document's length: resolution reads only its length.
    """
    db = store.db
    db.execute("BEGIN")
    db.executemany(
        "INSERT INTO documents(id, name, source, published, languages, original, ingested_at)"
        " VALUES (?, ?, 'bench', ?, ?, ?, ?)",
        [(d.doc_id, d.name, d.published, json.dumps(d.languages), " " * d.length, ingested_at) for d in docs])
    db.executemany(
        "INSERT INTO events(id, doc_id, kind, person, org, role, cause, interim, date, status, evidence,"
        " evidence_start, evidence_end, lang) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(e.event_id + 1, e.doc_id, e.kind, e.person, e.org, e.role, e.cause, int(e.interim), e.date, e.status,
          e.evidence, e.evidence_start, e.evidence_end, e.lang) for d in docs for e in d.events])
    db.executemany(
        "INSERT OR IGNORE INTO entities(doc_id, kind, name, native, mentions) VALUES (?, ?, ?, ?, ?)",
        [(x.doc_id, x.kind, x.name, x.native, json.dumps(x.mentions, ensure_ascii=False))
         for d in docs for x in d.entities])
    db.execute("COMMIT")


def fresh_documents(count: int, first_event: int, seed: int = 0) -> list[SourceDocument]:
    """Articles about people and organizations the store has never seen (names in letters the
    generator's names never start with, so no name, sound or organization key is shared)."""
    rng = random.Random(seed)
    docs = []
    for i in range(count):
        doc_id = f"f{i:011x}"
        person = f"Xa{rng.randrange(10**6)} Xo{rng.randrange(10**6)}"
        org = f"Yq{rng.randrange(10**6)} Labs"
        doc = SourceDocument(doc_id, f"fresh-{i}", "2025-01-02", ["en"], "2025-01-02T00:00:00", 3000)
        doc.entities += [SourceEntity(doc_id, "person", person, None, (person,)),
                         SourceEntity(doc_id, "org", org, None, (org,))]
        doc.events.append(SourceEvent(first_event + i, doc_id, "start_position", person, org,
                                      "chief executive officer", None, False, "2025-01-02", "reported",
                                      f"{person} ... {org}", 100, 180, "en"))
        docs.append(doc)
    return docs


def run(n: int = 100_000, new: int = 50, path: Path | None = None, seed: int = 0, fresh: bool = False,
        show=lambda line: None) -> WatchBench:
    path = path or Path(f"/tmp/peoplemoves-bench-watch-{n}.db")
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    start = time.perf_counter()
    docs = generate(n, seed) + fresh_documents(new, 10 * n + 10, seed) if fresh else generate(n + new, seed)
    with Store(path) as store:
        write_documents(store, docs[:n], "2025-01-01T00:00:00+00:00")
        built = time.perf_counter()
        show(f"built a store of {n} documents in {built - start:.1f} s; resolving it in full (setup)")
        resolve_store(store)
        setup = time.perf_counter()
        write_documents(store, docs[n:], "2025-01-02T00:00:00+00:00")
        show(f"setup resolve {setup - built:.1f} s; {new} new documents: incremental resolve")
        t0 = time.perf_counter()
        report = resolve_incremental(store)
        t1 = time.perf_counter()
        show(f"incremental {t1 - t0:.2f} s ({report.line()}); full rebuild of the same store")
        # the rebuild as it was before the incremental path existed, then the index it now adds
        write_resolution(store, resolve_documents(inputs := load_resolve_inputs(store)))
        t2 = time.perf_counter()
        index_after_full(store, inputs)
        t3 = time.perf_counter()
    return WatchBench(n, new, round(built - start, 1), round(setup - built, 1), round(t1 - t0, 2),
                      round(t2 - t1, 2), round(t3 - t2, 2), report.mode, report.closure, report.reason)
