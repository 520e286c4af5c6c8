"""SQLite persistence: one transaction per document, so a killed run loses nothing committed."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterator
from importlib import resources
from pathlib import Path

from peoplemoves.extract import DocumentExtraction
from peoplemoves.ingest import CleanDocument, Segment

SCHEMA_VERSION = 3


class StoreError(Exception):
    """The database cannot be opened or is not a peoplemoves store."""


def utc_now() -> str:
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()


class Store:
    def __init__(self, path: Path | str):
        self.path = Path(path)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.db = sqlite3.connect(self.path, timeout=30, isolation_level=None)
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=NORMAL")
            self.db.execute("PRAGMA foreign_keys=ON")
            self._migrate()
        except (sqlite3.DatabaseError, OSError) as exc:
            raise StoreError(f"cannot open database {self.path}: {exc}") from exc

    def _migrate(self) -> None:
        version = self.db.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise StoreError(f"database {self.path} was written by a newer peoplemoves (schema {version})")
        if version < SCHEMA_VERSION:  # every statement is IF NOT EXISTS: the script migrates any older store
            script = resources.files("peoplemoves.store").joinpath("schema.sql").read_text(encoding="utf-8")
            self.db.executescript(script)
            self.db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")

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
