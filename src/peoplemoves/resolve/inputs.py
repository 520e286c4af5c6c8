"""Resolution input from extraction results that are not (yet) in a store."""

from __future__ import annotations

from peoplemoves.extract import DocumentExtraction
from peoplemoves.ingest import CleanDocument
from peoplemoves.resolve.records import SourceDocument, SourceEntity, SourceEvent, SourceObservation


def source_document(doc: CleanDocument, extraction: DocumentExtraction, learned_at: str = "") -> SourceDocument:
    events = [
        SourceEvent(0, doc.doc_id, e.kind, e.person, e.org, e.role, e.cause, e.interim, e.date, e.status, e.evidence,
                    e.evidence_start, e.evidence_end, e.lang)
        for e in extraction.events
    ]
    entities = [
        SourceEntity(doc.doc_id, ent.kind, ent.name, ent.native, tuple(ent.mentions))
        for ent in [*extraction.people, *extraction.orgs]
    ]
    observations = [
        SourceObservation(0, doc.doc_id, o.person, o.org, o.role, o.tense, o.date, o.evidence, o.evidence_start,
                          o.evidence_end, o.lang)
        for o in extraction.observations
    ]
    return SourceDocument(doc.doc_id, doc.name, doc.published, list(doc.languages), learned_at, len(doc.original),
                          events, entities, observations)
