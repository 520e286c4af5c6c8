"""What resolution reads (documents with their extractions) and what it produces."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class SourceEvent:
    """One extracted event, as stored, with its id in the store (0 when not stored)."""

    event_id: int
    doc_id: str
    kind: str
    person: str
    org: str | None
    role: str | None
    cause: str | None
    interim: bool
    date: str | None
    status: str
    evidence: str
    evidence_start: int
    evidence_end: int
    lang: str


@dataclass(frozen=True)
class SourceObservation:
    """One holding observation as extracted ("CEO X said…"), with its id in the store."""

    observation_id: int
    doc_id: str
    person: str
    org: str | None
    role: str
    tense: str  # current | past
    date: str | None
    evidence: str
    evidence_start: int
    evidence_end: int
    lang: str


@dataclass(frozen=True)
class SourceEntity:
    doc_id: str
    kind: str  # person | org
    name: str
    native: str | None
    mentions: tuple[str, ...]


@dataclass
class SourceDocument:
    doc_id: str  # content id
    name: str
    published: str | None
    languages: list[str]
    ingested_at: str
    length: int = 0
    events: list[SourceEvent] = field(default_factory=list)
    entities: list[SourceEntity] = field(default_factory=list)
    observations: list[SourceObservation] = field(default_factory=list)

    @property
    def learned_at(self) -> str:
        """When the world knew what it says: its publication date, else when it was ingested."""
        return self.published or self.ingested_at

    @property
    def lang(self) -> str:
        return self.languages[0] if self.languages else "und"


@dataclass
class ResolvedEntity:
    ident: int
    kind: str
    name: str
    native: str | None
    aliases: dict[str, set[str]] = field(default_factory=dict)  # surface -> documents it was seen in
    garbled: set[str] = field(default_factory=set)  # aliases kept for look-up only (resolve/aliases.py)


@dataclass
class Story:
    ident: str
    label: str
    first_date: str | None
    doc_ids: list[str]
    article_of: dict[str, str]  # doc_id -> translation group (article) id

    @property
    def articles(self) -> int:
        return len(set(self.article_of.values()))


@dataclass
class FactSource:
    event: SourceEvent
    article: str
    learned_at: str


@dataclass
class Fact:
    ident: int
    kind: str
    person_id: int
    org_id: int | None
    role: str | None
    cause: str | None
    interim: bool
    date: str | None
    status: str
    story_id: str | None
    sources: list[FactSource]
    values: dict[str, dict[str | None, list[str]]]  # field -> value -> doc ids, only for disputed fields
    learned_at: str
    returns_after: bool = False  # an undated start its sources tell after a departure from the same post (a return)

    @property
    def conflict(self) -> bool:
        return bool(self.values)

    @property
    def articles(self) -> int:
        return len({s.article for s in self.sources})


@dataclass
class HeldObservation:
    """An observation resolved to entities: the person held (current) or had held (past) the post on ``date``."""

    person_id: int
    org_id: int | None
    role: str
    tense: str
    date: str | None
    source: SourceObservation
    article: str
    learned_at: str


@dataclass
class Position:
    person_id: int
    org_id: int | None
    role: str | None
    start_date: str | None
    end_date: str | None
    end_cause: str | None
    status: str
    interim: bool
    start_fact: int | None
    end_fact: int | None
    learned_at: str
    first_seen: str | None = None  # earliest date an observation shows it held
    last_seen: str | None = None  # latest such date
    observations: list[HeldObservation] = field(default_factory=list)


@dataclass
class Resolution:
    entities: list[ResolvedEntity]
    person_of: dict[tuple[str, str], int]  # (doc_id, extracted person name) -> entity id
    org_of: dict[tuple[str, str], int]
    stories: list[Story]
    story_of: dict[str, str]  # doc_id -> story id
    facts: list[Fact]
    positions: list[Position]
    observations: list[HeldObservation] = field(default_factory=list)

    def entity(self, ident: int) -> ResolvedEntity:
        return self.entities[ident]
