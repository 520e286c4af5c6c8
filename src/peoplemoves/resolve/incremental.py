"""Incremental resolve: bring a few new documents into the record without rebuilding it.

Resolution is a function of connected components: two documents influence each other's record
only through a shared key (see ``incremental_keys``). So the record of the new documents'
*closure* (every document they can reach through such keys) is ``resolve_documents`` of that
closure alone, and the rest of the record stays as it is. This module finds the closure through
the key index, resolves it, and replaces just its rows (entities, aliases, stories, facts with
sources and values, positions, observations), keeping entity and fact ids stable where the entity
or fact already existed, so rules and links that hold ids keep pointing at the same thing.

Correctness comes first: when the closure is large (or the record was never indexed, or an old
entity turns out to reach outside the closure) it falls back to a full rebuild.
"""

from __future__ import annotations

from dataclasses import dataclass

from peoplemoves.resolve.incremental_index import (
    closure,
    document_count,
    ensure_tables,
    index_documents,
    load_documents,
    unresolved_ids,
)
from peoplemoves.resolve.incremental_write import replace_closure
from peoplemoves.resolve.records import Resolution
from peoplemoves.resolve.resolver import resolve_documents

#: above this share of the store, a closure is resolved by a full rebuild (it is no cheaper)
MAX_SHARE = 0.3


@dataclass
class IncrementalReport:
    """What one incremental resolve did, for the CLI and the benchmark."""

    mode: str  # "none" | "incremental" | "full"
    new_documents: int
    closure: int  # documents re-resolved
    total: int  # documents in the store
    reason: str = ""
    resolution: Resolution | None = None

    def line(self) -> str:
        if self.mode == "none":
            return "resolve: nothing new"
        what = f"resolve ({self.mode}): {self.new_documents} new documents, {self.closure} of {self.total} re-resolved"
        return what + (f" ({self.reason})" if self.reason else "")


def full_rebuild(store) -> Resolution:
    """``resolve_store`` plus the key index, so the next resolve can be incremental."""
    from peoplemoves.resolve import resolve_store

    return resolve_store(store)


def index_after_full(store, docs) -> None:
    """Hook for ``resolve_store``: the record now reflects exactly ``docs``."""
    db = store.db
    ensure_tables(db)
    db.execute("BEGIN IMMEDIATE")
    try:
        db.execute("DELETE FROM inc_docs")
        db.execute("DELETE FROM inc_keys")
        index_documents(db, docs)
    except BaseException:
        db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")


def resolve_incremental(store, max_share: float = MAX_SHARE) -> IncrementalReport:
    """Resolve only what the unresolved documents touch; a full rebuild when that is not cheaper."""
    db = store.db
    ensure_tables(db)
    total = document_count(db)
    new_ids = unresolved_ids(db)
    if not new_ids:
        return IncrementalReport("none", 0, 0, total)
    limit = int(max_share * total)
    if not db.execute("SELECT 1 FROM inc_docs LIMIT 1").fetchone():
        return _full(store, len(new_ids), total, "the record has no index yet")
    if len(new_ids) > limit:
        return _full(store, len(new_ids), total, "too many new documents")
    new_docs = load_documents(db, new_ids)
    members = closure(db, new_docs, limit)
    if members is None:
        return _full(store, len(new_ids), total, f"their closure exceeds {limit} documents")
    docs = load_documents(db, members)
    resolution = resolve_documents(docs)
    if not replace_closure(store, docs, new_docs, resolution):
        return _full(store, len(new_ids), total, "an old entity reaches outside the closure")
    return IncrementalReport("incremental", len(new_ids), len(docs), total, resolution=resolution)


def _full(store, new: int, total: int, reason: str) -> IncrementalReport:
    resolution = full_rebuild(store)
    return IncrementalReport("full", new, total, total, reason, resolution)
