"""Run the layers in order over a batch: read, clean, extract, store.

Every document is handled on its own: a bad one becomes a rejection and the batch goes
on; a stored one is committed before the next is read. Cleaning and extraction of a
document (:func:`process`) run on ``jobs`` processes, under a CPU-time budget per document;
reading the files and writing the store stay in this process (one writer).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import partial
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
from peoplemoves.parallel import ordered_map
from peoplemoves.store import Store
from peoplemoves.timebudget import DEFAULT_BUDGET, BudgetExceeded, time_budget


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


@dataclass(frozen=True)
class Processed:
    """A document cleaned and extracted: what a worker sends back."""

    doc: CleanDocument
    extraction: DocumentExtraction


def process(raw: RawDocument, budget: float | None = DEFAULT_BUDGET) -> Processed | Rejection:
    """Clean and extract one document within its budget; any failure is a rejection.

    ``budget`` is CPU seconds per million characters (at least ``budget``): the work is linear, so a
    5 MB report gets five times a short article's allowance and only a runaway document hits it.
    """
    allowance = budget * max(1.0, len(raw.text) / 1e6) if budget else None
    try:
        with time_budget(allowance):
            doc = safe_clean(raw)
            if isinstance(doc, Rejection):
                return doc
            extraction = safe_extract(doc)
    except BudgetExceeded as exc:
        return Rejection(raw.source, f"left out: {exc} to clean and extract (the per-document time budget)")
    return extraction if isinstance(extraction, Rejection) else Processed(doc, extraction)


def process_all(
    items: Iterable[RawDocument | Rejection], jobs: int = 1, budget: float | None = DEFAULT_BUDGET
) -> Iterator[tuple[RawDocument | Rejection, Processed | Rejection]]:
    """Every item with its result, in input order, on ``jobs`` processes; rejections pass through."""
    return ordered_map(partial(process, budget=budget), items, jobs,
                       skip=lambda item: item if isinstance(item, Rejection) else None)


_STORED = Rejection("", "already stored")  # the answer for an input the store already holds


def ingest(
    items: Iterable[RawDocument | Rejection],
    store: Store,
    on_rejection: Callable[[Rejection], None] = lambda r: None,
    jobs: int = 1,
    budget: float | None = DEFAULT_BUDGET,
) -> IngestReport:
    report = IngestReport()

    def stored(item: RawDocument | Rejection) -> Rejection | None:
        # read here, in the writer's thread, before any work is sent out
        if isinstance(item, Rejection):
            return item
        doc_id = content_id(item.text)
        if store.has_document(doc_id):
            store.note_source(doc_id, item.source, item.name)
            return _STORED
        return None

    for item, result in ordered_map(partial(process, budget=budget), items, jobs, skip=stored):
        if result is _STORED:
            report.already_stored += 1
            continue
        if isinstance(result, Rejection):
            report.rejected.append(result)
            on_rejection(result)
            continue
        assert isinstance(item, RawDocument)
        if store.add_document(result.doc, encoding=item.encoding, extraction=result.extraction):
            report.added += 1
        else:
            report.already_stored += 1
    return report
