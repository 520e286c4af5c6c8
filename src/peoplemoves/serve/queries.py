"""Time-aware questions over the resolve layer's record (schema version 3).

Every answer is a typed dataclass built from one SQLite connection; the CLI, the HTTP API
and the web page all call these functions, so they always agree. Every fact comes with
its sources (document, language, evidence and its offsets into the original text).

Two times are kept apart:

* ``at`` — a date in the world ("who was chief executive on 1 May 2024");
* ``known_at`` — a date in the record's own history: only sources whose ``learned_at``
  is on or before it count, so the answer is the one the record would have given then.
  A fact all of whose sources came later is invisible; one whose sources partly came
  later shows the values its earlier sources gave.

Partial dates (``2025``, ``2025-03``) compare as their first day, which is how ISO
strings sort: a position that ended in ``2025-03`` is not held on ``2025-03-10``.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sqlite3
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field, replace

from peoplemoves.serve import names
from peoplemoves.serve.names import EntityRef, Match

KINDS = ("start_position", "end_position", "leave_of_absence")
HELD = "reported"  # only reported positions are held; planned/rumored are shown apart, denied never
UNCONFIRMED = ("planned", "rumored")

_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


class NotFound(LookupError):
    """Nothing in the record answers to a name or an id; ``suggestions`` are near misses."""

    def __init__(self, message: str, suggestions: Sequence[Match] = ()):
        super().__init__(message)
        self.message = message
        self.suggestions = list(suggestions)


def check_date(value: str, full: bool = False) -> str:
    """Validate YYYY, YYYY-MM or YYYY-MM-DD (``full``: only the last); return it unchanged."""
    value = value.strip()
    if not _DATE.match(value) or (full and len(value) != 10):
        raise ValueError(f"not a date: {value!r} (expected YYYY-MM-DD" + ("" if full else ", YYYY-MM or YYYY") + ")")
    parts = [int(p) for p in value.split("-")]
    try:
        dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError as exc:
        raise ValueError(f"not a date: {value!r} ({exc})") from exc
    return value


def today() -> str:
    return dt.date.today().isoformat()


# -- records ---------------------------------------------------------------------------------------


@dataclass
class Source:
    """One document telling a fact, with what it says and where it says it."""

    doc_id: str
    doc_name: str | None
    title: str | None
    url: str | None
    published: str | None
    lang: str
    article: str  # translation group: documents that are one article in several languages share it
    role: str | None
    cause: str | None
    date: str | None
    status: str
    evidence: str
    evidence_start: int  # offsets into the document's original text
    evidence_end: int
    learned_at: str
    event_id: int
    # why the record counts this source from ``learned_at``: the article's publication date (the world knew
    # it then), or, for an undated article, the day it was ingested
    learned_from: str = field(init=False, default="ingested")

    def __post_init__(self) -> None:
        dated = self.published and self.learned_at[:10] == self.published[:10]
        self.learned_from = "published" if dated else "ingested"


@dataclass
class DisputedValue:
    value: str | None
    sources: list[Source]


@dataclass
class Disputed:
    """A field the sources disagree on, with every value and who gives it."""

    field: str  # date | role | cause | status
    values: list[DisputedValue]


@dataclass
class Fact:
    """One change (arrival, departure, leave), told by one or more sources."""

    id: int
    kind: str  # start_position | end_position | leave_of_absence
    person: EntityRef
    org: EntityRef | None
    role: str | None
    cause: str | None
    interim: bool
    date: str | None
    status: str
    story_id: str | None
    documents: int
    articles: int
    conflict: bool
    learned_at: str
    languages: list[str]
    sources: list[Source]
    disputed: list[Disputed] = field(default_factory=list)


@dataclass
class Observation:
    """A source saying the person held (tense "current") or had held ("past") the post on its date."""

    person: EntityRef
    org: EntityRef | None
    role: str
    tense: str
    date: str | None
    doc_id: str
    doc_name: str | None
    title: str | None
    url: str | None
    published: str | None
    lang: str
    evidence: str
    evidence_start: int
    evidence_end: int
    learned_at: str
    position_id: int | None


@dataclass
class Position:
    """Who held what, where, from when to when, and the facts that say so."""

    id: int
    person: EntityRef
    org: EntityRef | None
    role: str | None
    start_date: str | None  # None: held before the record begins
    end_date: str | None  # None: still held as far as the record knows
    end_cause: str | None
    status: str
    interim: bool
    learned_at: str
    start_fact: Fact | None
    end_fact: Fact | None
    first_seen: str | None = None  # earliest date an observation shows the post held ("by D")
    last_seen: str | None = None  # latest such date ("still on D")
    observations: list[Observation] = field(default_factory=list)

    @property
    def scheduled(self) -> bool:
        """A planned move with an effective date: it takes effect then unless a later source says otherwise."""
        return self.status == "planned" and self.start_date is not None


@dataclass
class WhoAnswer:
    org: EntityRef
    at: str
    known_at: str | None
    role: str | None
    holders: list[Position]  # reported positions held on ``at``
    unconfirmed: list[Position]  # planned or rumored ones covering ``at``: shown, never counted as held
    matched: Match | None = None
    alternatives: list[EntityRef] = field(default_factory=list)


@dataclass
class MovesAnswer:
    org: EntityRef | None
    since: str | None
    until: str | None
    kind: str | None
    known_at: str | None
    total: int
    moves: list[Fact]
    matched: Match | None = None


@dataclass
class Alias:
    alias: str
    languages: list[str]


@dataclass
class PersonAnswer:
    person: EntityRef
    known_at: str | None
    aliases: list[Alias]
    positions: list[Position]  # the career timeline, earliest first
    facts: list[Fact]
    matched: Match | None = None
    alternatives: list[EntityRef] = field(default_factory=list)


@dataclass
class StorySummary:
    id: str
    label: str
    first_date: str | None
    documents: int
    articles: int
    languages: list[str]


@dataclass
class StoryDocument:
    doc_id: str
    name: str
    title: str | None
    published: str | None
    url: str | None
    lang: str
    article: str


@dataclass
class StoryLanguage:
    lang: str
    documents: list[StoryDocument]


@dataclass
class StoryAnswer:
    story: StorySummary
    languages: list[StoryLanguage]  # the story's documents grouped by main language
    facts: list[Fact]


@dataclass
class DocumentEvent:
    id: int
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
    fact_ids: list[int]


@dataclass
class DocumentAnswer:
    id: str
    name: str
    title: str | None
    url: str | None
    published: str | None
    languages: list[str]
    ingested_at: str
    original: str  # the text every offset points into; hostile input: render as text only
    events: list[DocumentEvent]
    stories: list[str]


@dataclass
class Summary:
    documents: int
    languages: dict[str, int]  # documents by main language
    people: int
    organizations: int
    facts: int
    positions: int
    conflicts: int
    stories: int


def summary(db: sqlite3.Connection) -> Summary:
    """What the store holds, in counts."""
    one = lambda sql: db.execute(sql).fetchone()[0]  # noqa: E731
    langs = db.execute(
        "SELECT json_extract(languages, '$[0]') AS lang, COUNT(*) FROM documents GROUP BY lang ORDER BY 2 DESC, 1")
    return Summary(
        documents=one("SELECT COUNT(*) FROM documents"),
        languages={str(k): v for k, v in langs},
        people=one("SELECT COUNT(*) FROM r_entities WHERE kind = 'person'"),
        organizations=one("SELECT COUNT(*) FROM r_entities WHERE kind = 'org'"),
        facts=one("SELECT COUNT(*) FROM facts"),
        positions=one("SELECT COUNT(*) FROM positions"),
        conflicts=one("SELECT COUNT(*) FROM facts WHERE conflict = 1"),
        stories=one("SELECT COUNT(*) FROM stories"),
    )


def busiest_orgs(db: sqlite3.Connection, limit: int = 5) -> list[tuple[EntityRef, int, int]]:
    """Organizations with the most facts: (organization, facts, distinct people)."""
    rows = db.execute(
        "SELECT e.id, e.kind, e.name, e.native, COUNT(*), COUNT(DISTINCT f.person_id) FROM facts f"
        " JOIN r_entities e ON e.id = f.org_id GROUP BY e.id ORDER BY 5 DESC, e.name LIMIT ?", (limit,))
    return [(EntityRef(r[0], r[1], r[2], r[3]), r[4], r[5]) for r in rows]


def to_json(value: object) -> object:
    """A dataclass answer as plain JSON-ready data."""
    return asdict(value) if hasattr(value, "__dataclass_fields__") else value  # type: ignore[arg-type]


# -- finding entities ------------------------------------------------------------------------------


def find_entity(db: sqlite3.Connection, name: str, kind: str) -> tuple[Match, list[EntityRef]]:
    """The entity a name means (best match) and the others it could mean; NotFound when none."""
    matches = names.lookup(db, name, kind=kind)
    if not matches:
        near = names.search(db, name, limit=5)
        what = "person" if kind == "person" else "organization"
        raise NotFound(f"no {what} matches {name!r}", near)
    best = matches[0]
    others = [m.entity for m in matches[1:] if m.how == best.how]
    return best, others


def entity_by_id(db: sqlite3.Connection, entity_id: int, kind: str) -> EntityRef:
    ref = names.entity(db, entity_id)
    if ref is None or ref.kind != kind:
        raise NotFound(f"no {'person' if kind == 'person' else 'organization'} with id {entity_id}")
    return ref


# -- who -------------------------------------------------------------------------------------------


def who(
    db: sqlite3.Connection, org: EntityRef, at: str | None = None, role: str | None = None,
    known_at: str | None = None,
) -> WhoAnswer:
    """Who held which position at ``org`` on ``at`` (default: today), as known at ``known_at``."""
    at = at or today()
    sql = "SELECT * FROM positions WHERE org_id = ? AND status != 'denied'"
    params: list = [org.id]
    if known_at is None:  # dates can only move when sources are hidden: filter in SQL when none are
        sql += (" AND (start_date IS NULL OR start_date <= ? OR status = 'planned')"
                " AND (end_date IS NULL OR end_date > ?)")
        params += [at, at]
    positions = positions_from_rows(db, db.execute(sql, params).fetchall(), known_at)
    # a post is a titled one: an arrival with no title known ("hires included X") says no post is held
    titled = [p for p in positions if p.role and (role is None or role_matches(p.role, role))]
    held = [p for p in titled if _covers(p, at)]
    upcoming = [p for p in titled if p.scheduled and not _covers(p, at) and (p.end_date is None or p.end_date > at)]
    held.sort(key=lambda p: (p.role or "~", p.start_date or "", p.person.name))
    return WhoAnswer(
        org=org, at=at, known_at=known_at, role=role,
        holders=[p for p in held if p.status == HELD or p.scheduled],
        unconfirmed=[p for p in held if p.status in UNCONFIRMED and not p.scheduled] + upcoming,
    )


def _covers(p: Position, at: str) -> bool:
    return (p.start_date is None or p.start_date <= at) and (p.end_date is None or p.end_date > at)


def role_matches(role: str | None, wanted: str) -> bool:
    """'CEO', 'chief executive' and 'Chief Executive Officer' all match 'chief executive officer'."""
    if role is None:
        return False
    have, want = names.loose(role), names.loose(wanted)
    if want in have:
        return True
    initials = "".join(w[0] for w in re.findall(r"\w+", role.casefold()) if w not in {"of", "the", "and"})
    return want == initials


# -- moves -----------------------------------------------------------------------------------------


def moves(
    db: sqlite3.Connection, org: EntityRef | None = None, since: str | None = None, until: str | None = None,
    kind: str | None = None, known_at: str | None = None, limit: int = 100,
) -> MovesAnswer:
    """Changes (arrivals, departures, leaves) dated within [since, until], newest first."""
    if kind is not None and kind not in KINDS:
        raise ValueError(f"unknown kind {kind!r} (one of {', '.join(KINDS)})")
    where, params = ["1 = 1"], []
    if org is not None:
        where.append("org_id = ?")
        params.append(org.id)
    if kind is not None:
        where.append("kind = ?")
        params.append(kind)
    if since is not None or until is not None:
        # A date (a period: 2024, 2024-06 or a day) overlaps [since, until] iff it is within
        # [since, until + "~"] as a string ("~" sorts after digits and "-", so every refinement
        # of ``until`` is inside), or it is a coarser prefix of ``since`` (2024 overlaps 2024-06-01).
        # Both terms are ranges on the date index.
        low = since or "0000"
        high = (until or "9999") + "~"
        prefixes = sorted({low[:4], low[:7]} - {low})
        where.append("((date >= ? AND date <= ?)" + "".join(" OR date = ?" for _ in prefixes) + ")")
        params += [low, high, *prefixes]
    if known_at is not None:
        where.append("substr(learned_at, 1, 10) <= ?")
        params.append(known_at)
    clause = " AND ".join(where)
    dated = since is not None or until is not None  # then every row has a date: the index gives the order
    order = " ORDER BY date DESC, id DESC" if dated else " ORDER BY date IS NULL, date DESC, id DESC"
    if known_at is None:
        ids = [r[0] for r in db.execute(f"SELECT id FROM facts WHERE {clause}{order} LIMIT ?", [*params, limit])]
        total = len(ids) if len(ids) < limit else \
            db.execute(f"SELECT COUNT(*) FROM facts WHERE {clause}", params).fetchone()[0]
        facts = load_facts(db, ids)
    else:  # dates may differ as known then: check the period again on what was known
        ids = [r[0] for r in db.execute(f"SELECT id FROM facts WHERE {clause}{order}", params)]
        facts = [f for f in load_facts(db, ids, known_at) if _in_period(f.date, since, until)]
        total = len(facts)
        facts = facts[:limit]
    return MovesAnswer(org=org, since=since, until=until, kind=kind, known_at=known_at, total=total, moves=facts)


def _in_period(date: str | None, since: str | None, until: str | None) -> bool:
    if since is None and until is None:
        return True
    if date is None:
        return False
    if since is not None and since[: len(date)] > date[: len(since)]:
        return False
    return not (until is not None and date[: len(until)] > until[: len(date)])


# -- person ----------------------------------------------------------------------------------------


def person(db: sqlite3.Connection, who_: EntityRef, known_at: str | None = None) -> PersonAnswer:
    """A person's career across organizations: positions (earliest first) and every fact about them."""
    rows = db.execute("SELECT * FROM positions WHERE person_id = ? AND status != 'denied'", (who_.id,)).fetchall()
    positions = positions_from_rows(db, rows, known_at)
    positions.sort(key=lambda p: (p.start_date or "", p.end_date or "9999", p.id))
    ids = [r[0] for r in db.execute("SELECT id FROM facts WHERE person_id = ?", (who_.id,))]
    facts = load_facts(db, ids, known_at)
    facts.sort(key=lambda f: (f.date or "9999", f.id))
    aliases = [Alias(a, langs) for a, langs in names.aliases(db, who_.id)]
    return PersonAnswer(person=who_, known_at=known_at, aliases=aliases, positions=positions, facts=facts)


# -- conflicts -------------------------------------------------------------------------------------


def conflicts(db: sqlite3.Connection, known_at: str | None = None, limit: int = 500) -> list[Fact]:
    """Facts whose sources disagree (date, role, cause or status), each disputed field with its values."""
    ids = [r[0] for r in db.execute(
        "SELECT id FROM facts WHERE conflict = 1 ORDER BY date IS NULL, date DESC, id DESC LIMIT ?", (limit,))]
    return [f for f in load_facts(db, ids, known_at) if f.conflict]


# -- stories and documents -------------------------------------------------------------------------


def stories(db: sqlite3.Connection, limit: int = 200) -> list[StorySummary]:
    rows = db.execute(
        "SELECT s.id, s.label, s.first_date, s.documents, s.articles,"
        " (SELECT json_group_array(DISTINCT lang) FROM story_docs WHERE story_id = s.id)"
        " FROM stories s ORDER BY s.first_date IS NULL, s.first_date DESC, s.id LIMIT ?",
        (limit,),
    )
    return [StorySummary(r[0], r[1], r[2], r[3], r[4], sorted(json.loads(r[5] or "[]"))) for r in rows]


def story(db: sqlite3.Connection, story_id: str) -> StoryAnswer:
    row = db.execute("SELECT id, label, first_date, documents, articles FROM stories WHERE id = ?",
                     (story_id,)).fetchone()
    if row is None:
        raise NotFound(f"no story with id {story_id!r}")
    groups: dict[str, list[StoryDocument]] = {}
    for r in db.execute(
        "SELECT sd.doc_id, d.name, d.title, d.published, d.url, sd.lang, sd.article FROM story_docs sd"
        " JOIN documents d ON d.id = sd.doc_id WHERE sd.story_id = ? ORDER BY sd.lang, sd.article, d.published",
        (story_id,),
    ):
        groups.setdefault(r[5], []).append(StoryDocument(*r))
    summary = StorySummary(row[0], row[1], row[2], row[3], row[4], sorted(groups))
    ids = [r[0] for r in db.execute("SELECT id FROM facts WHERE story_id = ? ORDER BY date, id", (story_id,))]
    ordered = sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0]))
    languages = [StoryLanguage(lang, docs) for lang, docs in ordered]
    return StoryAnswer(story=summary, languages=languages, facts=load_facts(db, ids))


def document(db: sqlite3.Connection, doc_id: str) -> DocumentAnswer:
    row = db.execute(
        "SELECT id, name, title, url, published, languages, ingested_at, original FROM documents WHERE id = ?",
        (doc_id,),
    ).fetchone()
    if row is None:
        raise NotFound(f"no document with id {doc_id!r}")
    fact_ids: dict[int, list[int]] = {}
    for event_id, fact_id in db.execute("SELECT event_id, fact_id FROM fact_sources WHERE doc_id = ?", (doc_id,)):
        fact_ids.setdefault(event_id, []).append(fact_id)
    events = [
        DocumentEvent(r[0], r[1], r[2], r[3], r[4], r[5], bool(r[6]), r[7], r[8], r[9], r[10], r[11], r[12],
                      sorted(fact_ids.get(r[0], [])))
        for r in db.execute(
            "SELECT id, kind, person, org, role, cause, interim, date, status, evidence, evidence_start,"
            " evidence_end, lang FROM events WHERE doc_id = ? ORDER BY evidence_start, id",
            (doc_id,),
        )
    ]
    story_ids = [r[0] for r in db.execute("SELECT story_id FROM story_docs WHERE doc_id = ?", (doc_id,))]
    return DocumentAnswer(id=row[0], name=row[1], title=row[2], url=row[3], published=row[4],
                          languages=json.loads(row[5]), ingested_at=row[6], original=row[7], events=events,
                          stories=story_ids)


# -- loading facts and positions -------------------------------------------------------------------


def _chunks(ids: Sequence, size: int = 500) -> Iterable[Sequence]:
    for i in range(0, len(ids), size):
        yield ids[i:i + size]


def _entities(db: sqlite3.Connection, ids: Iterable[int | None]) -> dict[int, EntityRef]:
    wanted = sorted({i for i in ids if i is not None})
    out: dict[int, EntityRef] = {}
    for chunk in _chunks(wanted):
        marks = ",".join("?" * len(chunk))
        for r in db.execute(f"SELECT id, kind, name, native FROM r_entities WHERE id IN ({marks})", chunk):
            out[r[0]] = EntityRef(*r)
    return out


def _unknown(entity_id: int) -> EntityRef:
    return EntityRef(entity_id, "?", f"#{entity_id}")


def load_facts(db: sqlite3.Connection, ids: Sequence[int], known_at: str | None = None) -> list[Fact]:
    """Facts by id, in the order given, with sources and disputed values; as known at ``known_at``."""
    if not ids:
        return []
    rows: dict[int, tuple] = {}
    sources: dict[int, list[Source]] = {}
    values: dict[int, list[tuple[str, str | None, list[str]]]] = {}
    for chunk in _chunks(list(ids)):
        marks = ",".join("?" * len(chunk))
        for r in db.execute(
            "SELECT id, kind, person_id, org_id, role, cause, interim, date, status, story_id, sources, articles,"
            f" conflict, learned_at FROM facts WHERE id IN ({marks})", chunk,
        ):
            rows[r[0]] = r
        for r in db.execute(
            "SELECT s.fact_id, s.doc_id, d.name, d.title, d.url, d.published, s.lang, s.article, s.role, s.cause,"
            " s.date, s.status, s.evidence, s.evidence_start, s.evidence_end, s.learned_at, s.event_id"
            f" FROM fact_sources s LEFT JOIN documents d ON d.id = s.doc_id WHERE s.fact_id IN ({marks})"
            " ORDER BY s.learned_at, s.lang, s.doc_id", chunk,
        ):
            sources.setdefault(r[0], []).append(Source(*r[1:]))
        for fact_id, name, value, doc_ids in db.execute(
            f"SELECT fact_id, field, value, doc_ids FROM fact_values WHERE fact_id IN ({marks})"
            " ORDER BY fact_id, field, value", chunk,
        ):
            values.setdefault(fact_id, []).append((name, value, json.loads(doc_ids)))
    entities = _entities(db, [x for r in rows.values() for x in (r[2], r[3])])
    facts = []
    for fact_id in ids:
        r = rows.get(fact_id)
        if r is None:
            continue
        fact = Fact(
            id=r[0], kind=r[1], person=entities.get(r[2]) or _unknown(r[2]),
            org=None if r[3] is None else entities.get(r[3]) or _unknown(r[3]),
            role=r[4], cause=r[5], interim=bool(r[6]), date=r[7], status=r[8], story_id=r[9], documents=r[10],
            articles=r[11], conflict=bool(r[12]), learned_at=r[13], languages=[], sources=sources.get(fact_id, []),
        )
        fact.disputed = _disputed(fact.sources, values.get(fact_id, []))
        if known_at is not None:
            fact = as_known(fact, known_at)
            if fact is None:
                continue
        fact.languages = sorted({s.lang for s in fact.sources})
        facts.append(fact)
    return facts


def _disputed(sources: list[Source], rows: list[tuple[str, str | None, list[str]]]) -> list[Disputed]:
    by_doc: dict[str, list[Source]] = {}
    for s in sources:
        by_doc.setdefault(s.doc_id, []).append(s)
    fields: dict[str, list[DisputedValue]] = {}
    for name, value, doc_ids in rows:
        backing = [s for d in doc_ids for s in by_doc.get(d, [])]
        fields.setdefault(name, []).append(DisputedValue(value, backing))
    for vals in fields.values():
        vals.sort(key=lambda v: (-len(v.sources), v.value or ""))
    return [Disputed(name, vals) for name, vals in sorted(fields.items())]


def visible(learned_at: str, known_at: str) -> bool:
    """Was this learned on or before ``known_at`` (a date; the whole day counts)?"""
    return learned_at[:10] <= known_at


def as_known(fact: Fact, known_at: str) -> Fact | None:
    """The fact as the record stood on ``known_at``: None if no source had been learned yet."""
    shown = [s for s in fact.sources if visible(s.learned_at, known_at)]
    if not shown:
        return None
    if len(shown) == len(fact.sources):
        return fact
    keep = {id(s) for s in shown}
    disputed = []
    for d in fact.disputed:
        vals = [DisputedValue(v.value, [s for s in v.sources if id(s) in keep]) for v in d.values]
        vals = [v for v in vals if v.sources]
        if len(vals) > 1:
            disputed.append(Disputed(d.field, vals))
    changed: dict[str, object] = {}
    for name in ("role", "cause", "status", "date"):
        said = [getattr(s, name) for s in shown if getattr(s, name) is not None]
        if name == "date":
            agreed = [d for d in said if fact.date and fact.date.startswith(d)]
            changed[name] = max(agreed, key=len) if agreed else _most_common(said)
        elif any(d.field == name for d in fact.disputed) or not said:
            changed[name] = _most_common(said) if said else (fact.status if name == "status" else None)
    return replace(
        fact, sources=shown, disputed=disputed, conflict=bool(disputed), documents=len({s.doc_id for s in shown}),
        articles=len({s.article for s in shown}), learned_at=min(s.learned_at for s in shown), **changed,
    )


def _most_common(values: list) -> object:
    """The value most sources give; a tie goes to the more precise (longer), then the first learned."""
    if not values:
        return None
    counts = Counter(values)
    return max(values, key=lambda v: (counts[v], len(str(v)), -values.index(v)))


def positions_from_rows(db: sqlite3.Connection, rows: list[tuple], known_at: str | None) -> list[Position]:
    """Position rows (SELECT * FROM positions) with their facts, as known at ``known_at``."""
    fact_ids = sorted({i for r in rows for i in (r[9], r[10]) if i is not None})
    observed: dict[int, list[Observation]] = defaultdict(list)
    ids = [r[0] for r in rows if r[14]]
    for chunk in _chunks(ids):
        marks = ",".join("?" * len(chunk))
        for o in load_observations(db, f"o.position_id IN ({marks})", chunk, known_at):
            observed[o.position_id].append(o)
    facts = {f.id: f for f in load_facts(db, fact_ids, known_at)}
    entities = _entities(db, [x for r in rows for x in (r[1], r[2])])
    out = []
    for r in rows:
        (pid, person_id, org_id, role, start, end, end_cause, status, interim, start_fact, end_fact,
         learned_at, first_seen, last_seen, _observed) = r
        sf = facts.get(start_fact) if start_fact is not None else None
        ef = facts.get(end_fact) if end_fact is not None else None
        if known_at is not None:
            if start_fact is None and end_fact is None:
                if not visible(learned_at, known_at) or (r[14] and not observed.get(pid)):
                    continue
            elif sf is None and ef is None:
                continue  # nothing that supports it had been learned yet
            if start_fact is not None:
                start = sf.date if sf else None
                if sf is not None and sf.status != status:
                    status = sf.status
                role = (sf.role if sf else None) or role
            if end_fact is not None and ef is None:
                end, end_cause = None, None
            elif ef is not None:
                end, end_cause = ef.date, ef.cause or end_cause
            learned_at = min([f.learned_at for f in (sf, ef) if f] or [learned_at])
        out.append(Position(
            id=pid, person=entities.get(person_id) or _unknown(person_id),
            org=None if org_id is None else entities.get(org_id) or _unknown(org_id),
            role=role, start_date=start, end_date=end, end_cause=end_cause, status=status, interim=bool(interim),
            learned_at=learned_at, start_fact=sf, end_fact=ef, first_seen=first_seen, last_seen=last_seen,
            observations=observed.get(pid, []),
        ))
    return out


def load_observations(db: sqlite3.Connection, where: str, params: Sequence, known_at: str | None = None
                      ) -> list[Observation]:
    """Holding observations (``where`` over r_observations as ``o``), with their documents, as known at ``known_at``."""
    rows = db.execute(
        "SELECT o.person_id, o.org_id, o.role, o.tense, o.date, o.doc_id, d.name, d.title, d.url, d.published,"
        " o.lang, o.evidence, o.evidence_start, o.evidence_end, o.learned_at, o.position_id"
        f" FROM r_observations o JOIN documents d ON d.id = o.doc_id WHERE {where} ORDER BY o.date, o.id",
        params,
    ).fetchall()
    entities = _entities(db, [x for r in rows for x in (r[0], r[1])])
    out = []
    for r in rows:
        if known_at is not None and not visible(r[14], known_at):
            continue
        out.append(Observation(entities.get(r[0]) or _unknown(r[0]),
                               None if r[1] is None else entities.get(r[1]) or _unknown(r[1]), *r[2:]))
    return out
