"""SQLite persistence: one transaction per document, so a killed run loses nothing committed."""

from __future__ import annotations

import datetime as dt
import fcntl
import json
import os
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path

from peoplemoves.extract import DocumentExtraction
from peoplemoves.ingest import CleanDocument, Segment
from peoplemoves.resolve.records import Resolution, SourceDocument, SourceEntity, SourceEvent, SourceObservation

SCHEMA_VERSION = 5
#: the resolve layer's tables, rebuilt together by ``write_resolution`` (children before parents)
RECORD_TABLES = ("r_observations", "positions", "fact_values", "fact_sources", "facts", "story_docs", "stories",
                 "r_aliases", "r_entities")
# Two counters tell whether the record is that of the stored documents: every stored document
# bumps ``documents``; a finished rebuild sets ``record_built_for`` to the ``documents`` it read.
# Kept outside the versioned schema (created IF NOT EXISTS on open) so any v3 store gains it.
_STATE = "CREATE TABLE IF NOT EXISTS store_state (key TEXT PRIMARY KEY, value INTEGER NOT NULL)"


class StoreError(Exception):
    """The database cannot be opened or is not a peoplemoves store."""


def utc_now() -> str:
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()


class Store:
    def __init__(self, path: Path | str):
        self.path = Path(path)
        self.loaded_generation: int | None = None  # the generation load_resolve_inputs last read
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.db = sqlite3.connect(self.path, timeout=30, isolation_level=None)
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=NORMAL")
            self.db.execute("PRAGMA foreign_keys=ON")
            self._migrate()
            self._ensure_state()
        except (sqlite3.DatabaseError, OSError) as exc:
            raise StoreError(f"cannot open database {self.path}: {exc}") from exc

    def _migrate(self) -> None:
        version = self.db.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise StoreError(f"database {self.path} was written by a newer peoplemoves (schema {version})")
        if version < SCHEMA_VERSION:  # every statement is IF NOT EXISTS: the script migrates any older store
            if 0 < version < 4:  # positions gained columns; the record is derived and rebuilt by the next resolve
                self.db.execute("DROP TABLE IF EXISTS positions")
            if 0 < version < 5:  # aliases gained the garbled flag; rebuilt by the next resolve likewise
                self.db.execute("DROP TABLE IF EXISTS r_aliases")
            script = resources.files("peoplemoves.store").joinpath("schema.sql").read_text(encoding="utf-8")
            self.db.executescript(script)
            self.db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")

    def _ensure_state(self) -> None:
        if self.db.execute("SELECT 1 FROM sqlite_master WHERE name = 'store_state'").fetchone():
            return
        with _transaction(self.db):
            self.db.execute(_STATE)
            # A store from before the counters may hold an interrupted rebuild: count it as stale once.
            has_docs = self.db.execute("SELECT EXISTS (SELECT 1 FROM documents)").fetchone()[0]
            self.db.executemany("INSERT OR IGNORE INTO store_state(key, value) VALUES (?, ?)",
                                [("documents", int(has_docs)), ("record_built_for", 0)])

    def generation(self) -> int:
        """How many times the stored documents have changed (the record must follow)."""
        return _state(self.db, "documents")

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- documents ---------------------------------------------------------------------------

    def has_document(self, doc_id: str) -> bool:
        return self.db.execute("SELECT 1 FROM documents WHERE id = ?", (doc_id,)).fetchone() is not None

    def note_source(self, doc_id: str, source: str, name: str) -> None:
        """Remember that an already stored article was seen again elsewhere."""
        self.db.execute(
            "INSERT OR IGNORE INTO document_sources(doc_id, source, name, seen_at) VALUES (?, ?, ?, ?)",
            (doc_id, source, name, utc_now()),
        )

    def add_document(
        self, doc: CleanDocument, encoding: str | None = None, extraction: DocumentExtraction | None = None
    ) -> bool:
        """Store a document, its segments and what was extracted from it, atomically.

        Returns False if the document was already there (then nothing changes but the
        list of places it was seen).
        """
        now = utc_now()
        with _transaction(self.db):
            inserted = self.db.execute(
                "INSERT OR IGNORE INTO documents(id, name, source, published, languages, title, url, encoding,"
                " original, removed, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (doc.doc_id, doc.name, doc.source, doc.published, json.dumps(doc.languages), doc.title,
                 doc.url, encoding, doc.original, json.dumps(doc.removed), now),
            ).rowcount
            if inserted:
                self.db.execute("UPDATE store_state SET value = value + 1 WHERE key = 'documents'")
                self.db.executemany(
                    "INSERT INTO segments(doc_id, idx, lang, text, start, end, paragraph)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?)",
                    [(doc.doc_id, i, s.lang, s.text, s.start, s.end, s.paragraph)
                     for i, s in enumerate(doc.segments)],
                )
                if extraction is not None:
                    self._write_extraction(doc.doc_id, extraction)
            self.db.execute(
                "INSERT OR IGNORE INTO document_sources(doc_id, source, name, seen_at) VALUES (?, ?, ?, ?)",
                (doc.doc_id, doc.source, doc.name, now),
            )
        return bool(inserted)

    def _write_extraction(self, doc_id: str, extraction: DocumentExtraction) -> None:
        self.db.executemany(
            "INSERT INTO events(doc_id, kind, person, org, role, cause, interim, date, status, evidence,"
            " evidence_start, evidence_end, lang, person_mentions, org_mentions)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(doc_id, e.kind, e.person, e.org, e.role, e.cause, int(e.interim), e.date, e.status, e.evidence,
              e.evidence_start, e.evidence_end, e.lang, json.dumps(e.person_mentions, ensure_ascii=False),
              json.dumps(e.org_mentions, ensure_ascii=False))
             for e in extraction.events],
        )
        self.db.executemany(
            "INSERT INTO observations(doc_id, person, org, role, tense, date, evidence, evidence_start,"
            " evidence_end, lang) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(doc_id, o.person, o.org, o.role, o.tense, o.date, o.evidence, o.evidence_start, o.evidence_end,
              o.lang) for o in extraction.observations],
        )
        self.db.executemany(
            "INSERT OR IGNORE INTO entities(doc_id, kind, name, native, mentions) VALUES (?, ?, ?, ?, ?)",
            [(doc_id, ent.kind, ent.name, ent.native, json.dumps(ent.mentions, ensure_ascii=False))
             for ent in [*extraction.people, *extraction.orgs]],
        )

    def document_ids(self) -> list[str]:
        return [r[0] for r in self.db.execute("SELECT id FROM documents ORDER BY ingested_at, id")]

    def document(self, doc_id: str) -> CleanDocument | None:
        row = self.db.execute(
            "SELECT id, name, source, original, published, languages, title, url, removed"
            " FROM documents WHERE id = ?",
            (doc_id,),
        ).fetchone()
        if row is None:
            return None
        segments = [
            Segment(lang=r[0], text=r[1], start=r[2], end=r[3], paragraph=r[4])
            for r in self.db.execute(
                "SELECT lang, text, start, end, paragraph FROM segments WHERE doc_id = ? ORDER BY idx", (doc_id,)
            )
        ]
        return CleanDocument(
            doc_id=row[0], name=row[1], source=row[2], original=row[3], published=row[4],
            languages=json.loads(row[5]), segments=segments, title=row[6], url=row[7],
            removed=json.loads(row[8]),
        )

    def documents(self) -> Iterator[CleanDocument]:
        for doc_id in self.document_ids():
            doc = self.document(doc_id)
            if doc is not None:
                yield doc

    def counts(self) -> dict[str, int]:
        one = self.db.execute
        return {
            "documents": one("SELECT COUNT(*) FROM documents").fetchone()[0],
            "segments": one("SELECT COUNT(*) FROM segments").fetchone()[0],
            "sources": one("SELECT COUNT(*) FROM document_sources").fetchone()[0],
            "events": one("SELECT COUNT(*) FROM events").fetchone()[0],
        }

    def language_counts(self) -> dict[str, int]:
        """Documents per main language."""
        rows = self.db.execute("SELECT json_extract(languages, '$[0]') AS lang, COUNT(*) FROM documents GROUP BY lang")
        return {str(lang): n for lang, n in rows}


class _transaction:
    """BEGIN IMMEDIATE ... COMMIT/ROLLBACK around a block (the connection is in autocommit mode)."""

    def __init__(self, db: sqlite3.Connection):
        self.db = db

    def __enter__(self) -> None:
        self.db.execute("BEGIN IMMEDIATE")

    def __exit__(self, exc_type: object, *_: object) -> None:
        self.db.execute("ROLLBACK" if exc_type else "COMMIT")


def _state(db: sqlite3.Connection, key: str) -> int:
    try:
        row = db.execute("SELECT value FROM store_state WHERE key = ?", (key,)).fetchone()
    except sqlite3.OperationalError:  # a store from before the counters, opened read-only
        return 0
    return int(row[0]) if row else 0


def record_is_current(store: Store | sqlite3.Connection) -> bool:
    """Whether the record was built from the documents as they are now.

    False after documents were added without a finished rebuild, for instance when a run was
    killed while resolving: the next command that needs the record rebuilds it then.
    """
    db = store.db if isinstance(store, Store) else store
    return _state(db, "record_built_for") == _state(db, "documents")


def _writer_file(path: Path) -> str:
    return f"{path}-writer"


@contextmanager
def writing(path: Path | str) -> Iterator[None]:
    """Mark the store as being written while the block runs (several writers may hold it at once).

    A shared ``flock`` on ``<db>-writer``: the kernel drops it when the process ends, even by
    SIGKILL, so a reader can tell a rebuild still in progress from one a killed run left behind.
    """
    try:
        fd = os.open(_writer_file(Path(path)), os.O_RDWR | os.O_CREAT, 0o600)
    except OSError:  # a folder we cannot write to: nobody can write the store there either
        yield
        return
    try:
        fcntl.flock(fd, fcntl.LOCK_SH)
        yield
    finally:
        os.close(fd)


def writer_active(path: Path | str) -> bool:
    """Whether some process is ingesting into or rebuilding the store at ``path`` right now."""
    try:
        fd = os.open(_writer_file(Path(path)), os.O_RDONLY)
    except OSError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    finally:
        os.close(fd)
    return False


def load_resolve_inputs(store: Store) -> list[SourceDocument]:
    """Every stored document with its events and entities, as the resolve layer reads them.

    Read in one transaction, so the documents and the generation they belong to agree; the
    generation is kept on the store object for ``write_resolution``.
    """
    db = store.db
    docs: dict[str, SourceDocument] = {}
    db.execute("BEGIN")
    try:
        store.loaded_generation = store.generation()
        _load_into(db, docs)
    finally:
        db.execute("COMMIT")
    return list(docs.values())


def _load_into(db: sqlite3.Connection, docs: dict[str, SourceDocument], ids: Iterable[str] | None = None) -> None:
    """Read every stored document (or only ``ids``) with its rows into ``docs``, in resolution order.

    In content order, not arrival order: the record is a function of the stored documents, so a
    batch finished after a crash (other arrival times) resolves exactly as an uninterrupted one.
    The order is part of the result (merge_exact keeps the first node of a key, union-find roots
    are the earliest nodes), so the incremental resolve reads its closure here too, through the
    same statements: a subset comes in the relative order of the full load.
    """
    only, args = "", ()
    if ids is not None:
        only, args = " WHERE {} IN (SELECT value FROM json_each(?))", (json.dumps(sorted(set(ids))),)
    for row in db.execute(
        "SELECT id, name, published, languages, ingested_at, length(original) FROM documents"
        + only.format("id") + " ORDER BY id", args
    ):
        docs[row[0]] = SourceDocument(row[0], row[1], row[2], json.loads(row[3]), row[4], row[5] or 0)
    for r in db.execute(
        "SELECT id, doc_id, kind, person, org, role, cause, interim, date, status, evidence, evidence_start,"
        " evidence_end, lang FROM events" + only.format("doc_id") + " ORDER BY doc_id, id", args
    ):
        doc = docs.get(r[1])
        if doc is not None:
            doc.events.append(SourceEvent(r[0], r[1], r[2], r[3], r[4], r[5], r[6], bool(r[7]), r[8], r[9], r[10],
                                          r[11], r[12], r[13]))
    for r in db.execute(
        "SELECT id, doc_id, person, org, role, tense, date, evidence, evidence_start, evidence_end, lang"
        " FROM observations" + only.format("doc_id") + " ORDER BY id", args
    ):
        doc = docs.get(r[1])
        if doc is not None:
            doc.observations.append(SourceObservation(*r))
    # in the order they were written (a filtered read could otherwise follow the (doc_id, kind, name) key)
    for r in db.execute(
        "SELECT doc_id, kind, name, native, mentions FROM entities" + only.format("doc_id") + " ORDER BY rowid", args
    ):
        doc = docs.get(r[0])
        if doc is not None:
            doc.entities.append(SourceEntity(r[0], r[1], r[2], r[3], tuple(json.loads(r[4]))))


def load_documents(db: sqlite3.Connection, ids: Iterable[str]) -> list[SourceDocument]:
    """The documents ``ids`` as ``load_resolve_inputs`` reads them, in the same relative order."""
    docs: dict[str, SourceDocument] = {}
    _load_into(db, docs, ids)
    return list(docs.values())


def write_resolution(store: Store, res: Resolution, built_for: int | None = None) -> None:
    """Replace the record (every table of ``RECORD_TABLES``) with a new resolution, atomically.

    One transaction: readers (WAL) see the old record until the new one is complete, and a run
    killed half-way leaves the old record and its stale generation, so the next command redoes it.
    ``built_for`` is the documents' generation the resolution was made from (default: the one
    ``load_resolve_inputs`` read, else the current one).
    """
    db = store.db
    if built_for is None:
        built_for = store.loaded_generation
    with _transaction(db):
        for table in RECORD_TABLES:
            db.execute(f"DELETE FROM {table}")
        insert_resolution(db, res)
        db.execute("UPDATE store_state SET value = ? WHERE key = 'record_built_for'",
                   (store.generation() if built_for is None else built_for,))


def insert_resolution(
    db: sqlite3.Connection, res: Resolution, entity_id: dict[int, int] | None = None,
    fact_id: dict[int, int] | None = None, position_start: int = 1, langs: dict[str, str] | None = None,
) -> None:
    """Insert a resolution's rows (every table of ``RECORD_TABLES``).

    A full rebuild writes the resolution's own ids; an incremental one (``resolve.incremental_write``)
    maps entity and fact ids onto the ones already in use and numbers positions from ``position_start``.
    ``langs`` (document -> main language) defaults to every stored document's.
    """
    from peoplemoves.names import fold

    def same(x):
        return x

    ent = entity_id.get if entity_id is not None else same
    fid = fact_id.get if fact_id is not None else same
    db.executemany("INSERT INTO r_entities(id, kind, name, native) VALUES (?, ?, ?, ?)",
                   [(ent(e.ident), e.kind, e.name, e.native) for e in res.entities])
    alias_rows = set()
    for e in res.entities:
        for alias, doc_ids in e.aliases.items():
            for doc_id in doc_ids or {None}:
                alias_rows.add((ent(e.ident), alias, fold(alias), doc_id, int(alias in e.garbled)))
        alias_rows.add((ent(e.ident), e.name, fold(e.name), None, 0))
    db.executemany("INSERT OR IGNORE INTO r_aliases(entity_id, alias, folded, doc_id, garbled)"
                   " VALUES (?, ?, ?, ?, ?)", sorted(alias_rows, key=lambda r: (r[0], r[2], r[3] or "", r[1])))
    if langs is None:
        langs = dict(db.execute("SELECT id, json_extract(languages, '$[0]') FROM documents"))
    for s in res.stories:
        db.execute("INSERT INTO stories(id, label, first_date, documents, articles) VALUES (?, ?, ?, ?, ?)",
                   (s.ident, s.label, s.first_date, len(s.doc_ids), s.articles))
        db.executemany("INSERT INTO story_docs(story_id, doc_id, lang, article) VALUES (?, ?, ?, ?)",
                       [(s.ident, d, langs.get(d) or "und", s.article_of.get(d, d)) for d in s.doc_ids])
    for f in res.facts:
        db.execute(
            "INSERT INTO facts(id, kind, person_id, org_id, role, cause, interim, date, status, story_id, sources,"
            " articles, conflict, learned_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (fid(f.ident), f.kind, ent(f.person_id), ent(f.org_id), f.role, f.cause, int(f.interim), f.date,
             f.status, f.story_id, len({s.event.doc_id for s in f.sources}), f.articles, int(f.conflict),
             f.learned_at),
        )
        db.executemany(
            "INSERT OR IGNORE INTO fact_sources(fact_id, event_id, doc_id, lang, article, role, cause, date,"
            " status, evidence, evidence_start, evidence_end, learned_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(fid(f.ident), s.event.event_id, s.event.doc_id, s.event.lang, s.article, s.event.role,
              s.event.cause, s.event.date, s.event.status, s.event.evidence, s.event.evidence_start,
              s.event.evidence_end, s.learned_at) for s in f.sources],
        )
        db.executemany(
            "INSERT INTO fact_values(fact_id, field, value, doc_ids) VALUES (?, ?, ?, ?)",
            [(fid(f.ident), name, value, json.dumps(doc_ids)) for name, vals in f.values.items()
             for value, doc_ids in vals.items()],
        )
    db.executemany(
        "INSERT INTO positions(id, person_id, org_id, role, start_date, end_date, end_cause, status, interim,"
        " start_fact, end_fact, learned_at, first_seen, last_seen, observed)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(position_start + i, ent(p.person_id), ent(p.org_id), p.role, p.start_date, p.end_date, p.end_cause,
          p.status, int(p.interim), fid(p.start_fact), fid(p.end_fact), p.learned_at, p.first_seen, p.last_seen,
          len(p.observations)) for i, p in enumerate(res.positions)],
    )
    position_of = {id(o): position_start + i for i, p in enumerate(res.positions) for o in p.observations}
    db.executemany(
        "INSERT INTO r_observations(person_id, org_id, role, tense, date, doc_id, observation_id, lang, evidence,"
        " evidence_start, evidence_end, learned_at, position_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(ent(o.person_id), ent(o.org_id), o.role, o.tense, o.date, o.source.doc_id, o.source.observation_id,
          o.source.lang, o.source.evidence, o.source.evidence_start, o.source.evidence_end, o.learned_at,
          position_of.get(id(o))) for o in res.observations],
    )
