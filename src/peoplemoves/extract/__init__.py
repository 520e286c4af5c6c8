"""Extract layer: people, organizations, roles, dates and leadership-change events per document.

Public interface: :func:`extract_document` and the records. Language knowledge comes
from ``peoplemoves.languages``; the engine here holds none.
"""

from peoplemoves.extract.document import extract_document
from peoplemoves.extract.records import DocumentExtraction, Entity, Event, Observation

__all__ = ["DocumentExtraction", "Entity", "Event", "Observation", "extract_document"]
