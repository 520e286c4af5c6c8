"""Resolve layer: one truth across documents and languages.

Public interface: :func:`resolve_documents` (pure: documents with their extractions in,
a :class:`Resolution` out) and :func:`resolve_store` (read the store, resolve, write the
record back). Reads the extract layer's results only through the store or its records.
"""

from peoplemoves.resolve.inputs import source_document
from peoplemoves.resolve.records import Fact, Position, Resolution, ResolvedEntity, SourceDocument, Story
from peoplemoves.resolve.resolver import resolve_documents


def resolve_store(store) -> Resolution:
    from peoplemoves.store.sqlite import load_resolve_inputs, write_resolution

    resolution = resolve_documents(load_resolve_inputs(store))
    write_resolution(store, resolution)
    return resolution


__all__ = [
    "Fact",
    "Position",
    "Resolution",
    "ResolvedEntity",
    "SourceDocument",
    "Story",
    "resolve_documents",
    "resolve_store",
    "source_document",
]
