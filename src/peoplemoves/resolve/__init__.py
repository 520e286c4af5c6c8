"""Resolve layer: one truth across documents and languages.

Public interface: :func:`resolve_documents` (pure: documents with their extractions in,
a :class:`Resolution` out) and :func:`resolve_store` (read the store, resolve, write the
record back). Reads the extract layer's results only through the store or its records.
"""

from peoplemoves.resolve.inputs import source_document
from peoplemoves.resolve.records import Fact, Position, Resolution, ResolvedEntity, SourceDocument, Story
from peoplemoves.resolve.resolver import resolve_documents


def resolve_store(store) -> Resolution:
    from peoplemoves.resolve.incremental import index_after_full
    from peoplemoves.store.sqlite import load_resolve_inputs, write_resolution

    docs = load_resolve_inputs(store)
    resolution = resolve_documents(docs)
    write_resolution(store, resolution)
    index_after_full(store, docs)  # the next resolve may then be incremental
    return resolution


def resolve_changes(store):
    """Resolve only what documents not yet in the record touch (a full rebuild when that is not cheaper)."""
    from peoplemoves.resolve.incremental import resolve_incremental

    return resolve_incremental(store)


__all__ = [
    "Fact",
    "Position",
    "Resolution",
    "ResolvedEntity",
    "SourceDocument",
    "Story",
    "resolve_changes",
    "resolve_documents",
    "resolve_store",
    "source_document",
]
