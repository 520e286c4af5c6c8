"""The incremental resolve's own tables: which documents the record reflects, and their link keys.

Kept apart from the store's schema (created here, IF NOT EXISTS) so the store module stays as it
is; a store without them simply has no document marked as resolved, and the first incremental
resolve rebuilds everything once.

Invariant: the resolve tables (r_*, facts, positions, stories…) are what a full resolution of
exactly the documents in ``inc_docs`` gives. ``inc_docs`` is only ever written in the same
transaction as the record, or right after a full rebuild.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence

from peoplemoves.resolve.incremental_keys import SoundForm, document_keys, linked
from peoplemoves.resolve.records import SourceDocument

SCHEMA = """
CREATE TABLE IF NOT EXISTS inc_docs (doc_id TEXT PRIMARY KEY);
CREATE TABLE IF NOT EXISTS inc_keys (
    key    TEXT NOT NULL,
    doc_id TEXT NOT NULL,
    detail TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (key, doc_id, detail)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS inc_keys_doc ON inc_keys(doc_id);
"""


def ensure_tables(db: sqlite3.Connection) -> None:
    db.executescript(SCHEMA)


def chunks(items: Sequence, size: int = 900) -> Iterable[Sequence]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


def unresolved_ids(db: sqlite3.Connection) -> list[str]:
    """Documents in the store that the record does not reflect yet, in resolution order."""
    return [r[0] for r in db.execute(
        "SELECT id FROM documents WHERE id NOT IN (SELECT doc_id FROM inc_docs) ORDER BY ingested_at, id")]


def document_count(db: sqlite3.Connection) -> int:
    return db.execute("SELECT COUNT(*) FROM documents").fetchone()[0]


def index_documents(db: sqlite3.Connection, docs: Iterable[SourceDocument]) -> None:
    """Record documents' link keys and mark them resolved (call inside the record's transaction)."""
    rows, ids = [], []
    for doc in docs:
        ids.append((doc.doc_id,))
        rows.extend((key, doc.doc_id, detail) for key, detail in document_keys(doc))
    db.executemany("INSERT OR IGNORE INTO inc_keys(key, doc_id, detail) VALUES (?, ?, ?)", rows)
    db.executemany("INSERT OR IGNORE INTO inc_docs(doc_id) VALUES (?)", ids)


def closure(db: sqlite3.Connection, new: list[SourceDocument], limit: int) -> set[str] | None:
    """Every document a full rebuild would resolve together with the new ones; None above ``limit``.

    Breadth-first over shared keys: exact keys link every document that has them, sound keys
    only the pairs merge_by_sound would compare (an anchor and a query close enough).
    """
    members = {d.doc_id for d in new}
    seen_keys: set[str] = set()
    seen_sound: set[tuple[str, str]] = set()
    pending: set[tuple[str, str]] = {row for d in new for row in document_keys(d)}
    while pending:
        plain = sorted({k for k, detail in pending if not detail and k not in seen_keys})
        sound = sorted({(k, detail) for k, detail in pending if detail and (k, detail) not in seen_sound})
        seen_keys.update(plain)
        seen_sound.update(sound)
        found: set[str] = set()
        for part in chunks(plain):
            marks = ",".join("?" * len(part))
            found.update(r[0] for r in db.execute(f"SELECT doc_id FROM inc_keys WHERE key IN ({marks})", part))
        by_key: dict[str, list[SoundForm]] = {}
        for key, detail in sound:
            by_key.setdefault(key, []).append(SoundForm.parse(detail))
        keys = sorted(by_key)
        for part in chunks(keys):
            marks = ",".join("?" * len(part))
            for key, doc_id, detail in db.execute(
                    f"SELECT key, doc_id, detail FROM inc_keys WHERE key IN ({marks})", part):
                other = SoundForm.parse(detail)
                if any(linked(form, other) for form in by_key[key]):
                    found.add(doc_id)
        fresh = sorted(found - members)
        members.update(fresh)
        if len(members) > limit:
            return None
        pending = set()
        for part in chunks(fresh):
            marks = ",".join("?" * len(part))
            pending.update(db.execute(f"SELECT key, detail FROM inc_keys WHERE doc_id IN ({marks})", part))
    return members


def load_documents(db: sqlite3.Connection, ids: Iterable[str]) -> list[SourceDocument]:
    """The given documents as ``store.sqlite.load_resolve_inputs`` reads them, in the same relative order.

    Order matters (merge_exact keeps the first node of a key, union-find roots are the earliest nodes),
    so the subset is read by the full load's own statements, never by a copy of them.
    """
    from peoplemoves.store.sqlite import load_documents as load

    return load(db, ids)
