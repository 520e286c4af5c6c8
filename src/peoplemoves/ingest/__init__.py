"""Ingest layer: read files, folders, HTML and JSON Lines in any encoding; clean, tag, date.

Public interface: :func:`iter_documents` (raw input, never raising for bad input),
:func:`clean_document` and the records. Later layers use nothing else from here.
"""

from peoplemoves.ingest.cleaning import clean_document, content_id, original_span
from peoplemoves.ingest.records import CleanDocument, RawDocument, Rejection, Segment


def document_from_bytes(*args, **kwargs):
    from peoplemoves.ingest.sources import document_from_bytes as _from_bytes

    return _from_bytes(*args, **kwargs)


def iter_documents(*args, **kwargs):
    from peoplemoves.ingest.sources import iter_documents as _iter

    return _iter(*args, **kwargs)


__all__ = [
    "CleanDocument",
    "RawDocument",
    "Rejection",
    "Segment",
    "clean_document",
    "content_id",
    "document_from_bytes",
    "iter_documents",
    "original_span",
]
