"""Run the layers in order over a batch: read, clean, extract, store.

Every document is handled on its own: a bad one becomes a rejection and the batch goes
on; a stored one is committed before the next is read.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from peoplemoves.config import DEFAULT_MAX_BYTES
from peoplemoves.extract import DocumentExtraction, extract_document
from peoplemoves.ingest import (
    CleanDocument,
    RawDocument,
    Rejection,
    clean_document,
    content_id,
    iter_documents,
)
from peoplemoves.store import Store


@dataclass
class IngestReport:
    added: int = 0
    already_stored: int = 0
    rejected: list[Rejection] = field(default_factory=list)

    def summary(self) -> str:
        parts = [f"{self.added} added", f"{self.already_stored} already stored"]
        if self.rejected:
            parts.append(f"{len(self.rejected)} rejected")
        return "ingest: " + ", ".join(parts)


def clean_all(
    paths: Sequence[str | Path], max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[CleanDocument | Rejection]:
    """Clean every readable document; unreadable or uncleanable ones come out as rejections."""
    for item in iter_documents(paths, max_bytes=max_bytes):
        if isinstance(item, Rejection):
            yield item
            continue
        yield safe_clean(item)


def safe_clean(raw: RawDocument) -> CleanDocument | Rejection:
    try:
        return clean_document(raw)
    except Exception as exc:  # a defect on one article must not stop a batch
        return Rejection(raw.source, f"could not be cleaned ({type(exc).__name__}: {exc})")


def safe_extract(doc: CleanDocument) -> DocumentExtraction | Rejection:
    try:
        return extract_document(doc)
    except Exception as exc:  # one article's defect must not stop a batch
        return Rejection(doc.source, f"could not be extracted ({type(exc).__name__}: {exc})")


def ingest(
    items: Iterable[RawDocument | Rejection],
    store: Store,
    on_rejection: Callable[[Rejection], None] = lambda r: None,
) -> IngestReport:
    report = IngestReport()
    for item in items:
        if isinstance(item, Rejection):
            report.rejected.append(item)
            on_rejection(item)
            continue
        doc_id = content_id(item.text)
        if store.has_document(doc_id):
            store.note_source(doc_id, item.source, item.name)
            report.already_stored += 1
            continue
        doc = safe_clean(item)
        extraction = safe_extract(doc) if not isinstance(doc, Rejection) else doc
        if isinstance(extraction, Rejection):
            report.rejected.append(extraction)
            on_rejection(extraction)
            continue
        assert not isinstance(doc, Rejection)
        if store.add_document(doc, encoding=item.encoding, extraction=extraction):
            report.added += 1
        else:
            report.already_stored += 1
    return report
