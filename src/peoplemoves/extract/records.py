"""What the extract layer hands on: per-document entities and leadership-change events."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

KINDS = ("start_position", "end_position", "leave_of_absence")
CAUSES = ("resigned", "dismissed", "retired", "died", "unknown")
STATUSES = ("reported", "planned", "rumored", "denied")


@dataclass
class Entity:
    """A person or organization as one document names it."""

    name: str  # canonical: Latin script where the document gives it, else a romanization
    kind: str  # "person" | "org"
    mentions: list[str] = field(default_factory=list)  # every surface form, as written
    native: str | None = None  # the fullest form in the document's own script, when not Latin


@dataclass
class Event:
    kind: str
    person: str
    org: str | None
    role: str | None
    cause: str | None
    interim: bool
    date: str | None
    status: str
    evidence: str
    evidence_start: int  # offsets into the original text
    evidence_end: int
    lang: str
    person_mentions: list[str] = field(default_factory=list)
    org_mentions: list[str] = field(default_factory=list)

    def to_json(self) -> dict:
        data = asdict(self)
        data.pop("person_mentions")
        data.pop("org_mentions")
        return data


@dataclass
class Observation:
    """A person the text says holds (or held) a post, without telling a change.

    "Fjordcell's chief executive Henrik Solberg said…", "前总裁李明": news states who holds
    what far more often than it reports a change. An observation proves the post was held on
    the document's date (``tense`` "current") or had been held before it ("past": former,
    ex-, 前, 元, ehemalig…). It is never an event.
    """

    person: str
    org: str | None
    role: str
    tense: str  # "current" | "past"
    date: str | None  # the document's own date: when the text says it held
    evidence: str
    evidence_start: int  # offsets into the original text
    evidence_end: int
    lang: str
    person_mentions: list[str] = field(default_factory=list)

    def to_json(self) -> dict:
        data = asdict(self)
        data.pop("person_mentions")
        return data


@dataclass
class DocumentExtraction:
    doc_id: str  # the document's name (file stem), as GOLD-FORMAT wants
    content_id: str
    published: str | None
    languages: list[str]
    events: list[Event] = field(default_factory=list)
    people: list[Entity] = field(default_factory=list)
    orgs: list[Entity] = field(default_factory=list)
    story: str | None = None
    observations: list[Observation] = field(default_factory=list)

    def to_json(self) -> dict:
        return {
            "doc_id": self.doc_id,
            "id": self.content_id,
            "published": self.published,
            "languages": self.languages,
            "story": self.story,
            "events": [e.to_json() for e in self.events],
            "people": [{"name": p.name, "mentions": p.mentions} for p in self.people],
            "orgs": [{"name": o.name, "mentions": o.mentions} for o in self.orgs],
            "observations": [o.to_json() for o in self.observations],
        }
