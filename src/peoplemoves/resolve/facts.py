"""Merge events that describe the same change into facts, keeping every source and every
disagreement.

Events with the same (kind, person, organization) are one fact when their dates agree:
equal, one a coarser form of the other (2024 / 2024-09-26), days within a week (a
Wednesday/Thursday discrepancy is a conflict to show, not a second departure), or one of
them undated. Disputed fields keep each value with the documents behind it; the fact's
own value is the one most *articles* support (translations of one article count once).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass, replace

from peoplemoves.languages import canonical_role
from peoplemoves.resolve.records import Fact, FactSource, SourceDocument, SourceEvent

#: day-precise dates this close are one change told with a discrepancy
SAME_CHANGE_DAYS = 7
STATUS_RANK = {"reported": 0, "planned": 1, "rumored": 2, "denied": 3}


def _parse(value: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


def dates_agree(a: str | None, b: str | None) -> bool:
    """Compatible: one is missing or coarser, or both are days within a week."""
    if not a or not b:
        return True
    if a.startswith(b) or b.startswith(a):
        return True
    if len(a) == 10 and len(b) == 10:
        da, db = _parse(a), _parse(b)
        return bool(da and db and abs((da - db).days) <= SAME_CHANGE_DAYS)
    return False


def dates_conflict(a: str, b: str) -> bool:
    return not (a.startswith(b) or b.startswith(a))


def build_facts(
    docs: list[SourceDocument],
    person_of: dict[tuple[str, str], int],
    org_of: dict[tuple[str, str], int],
    article_of: dict[str, str],
    story_of: dict[str, str],
) -> list[Fact]:
    learned = {d.doc_id: d.learned_at for d in docs}
    published = {d.doc_id: d.published or "9999" for d in docs}
    group_size = Counter(article_of.get(d.doc_id, d.doc_id) for d in docs)
    # a document one of several in a translation group may be a machine translation; a lone one is an original
    translated = {d.doc_id for d in docs if group_size[article_of.get(d.doc_id, d.doc_id)] > 1}
    votes = Votes(translated, published)
    # A rumour, a denial or a plan is never merged into a reported change: it stays a fact of its own.
    groups: dict[tuple[str, int, int | None, bool], list[SourceEvent]] = defaultdict(list)
    for doc in docs:
        for e in doc.events:
            person = person_of.get((doc.doc_id, e.person))
            if person is None:
                continue
            org = org_of.get((doc.doc_id, e.org)) if e.org else None
            if e.role and canonical_role(e.role) != e.role:  # variants of one title are one role, not a conflict
                e = replace(e, role=canonical_role(e.role))
            groups[(e.kind, person, org, e.status == "reported")].append(e)
    returns = _returns(docs, person_of, org_of)
    facts: list[Fact] = []
    ordered = sorted(groups.items(), key=lambda kv: (kv[0][1], kv[0][0], kv[0][2] or -1, not kv[0][3]))
    for (kind, person, org, _), events in ordered:
        told_after = [e for e in events if id(e) in returns]
        for cluster in _by_date([e for e in events if id(e) not in returns]) + ([told_after] if told_after else []):
            fact = _fact(len(facts), kind, person, org, cluster, article_of, story_of, learned, votes)
            fact.returns_after = cluster is told_after
            facts.append(fact)
    return facts


def _returns(docs: list[SourceDocument], person_of: dict, org_of: dict) -> set[int]:
    """Undated starts a document tells after a departure of the same person from the same organization.

    "The board ousted her… the next day it had to bring her back": with no date of its own, such a
    start is a return, never the start of the tenure the departure ended; it must not merge with it.
    """
    out: set[int] = set()
    for doc in docs:
        ends = [(person_of.get((doc.doc_id, e.person)), e.org, e.evidence_start) for e in doc.events
                if e.kind == "end_position" and e.status == "reported"]
        for e in doc.events:
            if e.kind != "start_position" or e.date or e.status != "reported":
                continue
            person = person_of.get((doc.doc_id, e.person))
            if any(p == person and o == e.org and start < e.evidence_start for p, o, start in ends):
                out.add(id(e))
    return out


def _by_date(events: list[SourceEvent]) -> list[list[SourceEvent]]:
    """Split one (kind, person, org) group into separate changes by incompatible dates."""
    clusters: list[list[SourceEvent]] = []
    for e in sorted(events, key=lambda e: (e.date is None, e.date or "")):
        home = next((c for c in clusters if all(dates_agree(e.date, o.date) for o in c)), None)
        if home is None:
            near = (c for c in clusters if any(e.date and o.date and dates_agree(e.date, o.date) for o in c))
            home = next(near, None)
        if home is None:
            clusters.append([e])
        else:
            home.append(e)
    return clusters


def _fact(
    ident: int,
    kind: str,
    person: int,
    org: int | None,
    events: list[SourceEvent],
    article_of: dict[str, str],
    story_of: dict[str, str],
    learned: dict[str, str],
    votes: Votes,
) -> Fact:
    sources = [FactSource(e, article_of.get(e.doc_id, e.doc_id), learned.get(e.doc_id, "")) for e in events]
    values: dict[str, dict[str | None, list[str]]] = {}
    chosen: dict[str, str | None] = {}
    for name in ("date", "role", "cause"):
        chosen[name], disputed = _settle(name, sources, votes)
        if disputed:
            values[name] = disputed
    statuses = {s.event.status for s in sources}
    status = min(statuses, key=lambda s: STATUS_RANK.get(s, 9))
    if len(statuses) > 1:
        values["status"] = _supporters(sources, lambda s: s.event.status)
    stories = [story_of.get(s.event.doc_id) for s in sources]
    story = max(set(stories), key=stories.count) if stories else None
    return Fact(
        ident=ident,
        kind=kind,
        person_id=person,
        org_id=org,
        role=chosen["role"],
        cause=chosen["cause"] if kind == "end_position" else None,
        interim=any(s.event.interim for s in sources),
        date=chosen["date"],
        status=status,
        story_id=story,
        sources=sources,
        values=values,
        learned_at=min(s.learned_at for s in sources),
    )


def _earlier(value: str) -> tuple[int, ...]:
    """Sort key preferring the earlier of two otherwise equally supported dates."""
    return tuple(-int(p) for p in value.split("-") if p.isdigit())


def _supporters(sources: list[FactSource], get) -> dict[str | None, list[str]]:
    out: dict[str | None, list[str]] = {}
    for s in sources:
        docs = out.setdefault(get(s), [])
        if s.event.doc_id not in docs:
            docs.append(s.event.doc_id)
    return out


@dataclass(frozen=True)
class Votes:
    """How disagreeing sources are weighed: independent articles first (translations of one
    article and copies count once), then an original over a machine translation, then the
    earliest publication."""

    translated: set[str]
    published: dict[str, str]

    def key(self, articles: set[str], documents: set[str]) -> tuple:
        original = any(d not in self.translated for d in documents)
        earliest = min((self.published.get(d, "9999") for d in documents), default="9999")
        return len(articles), original, tuple(-ord(c) for c in earliest)


def _settle(
    name: str, sources: list[FactSource], votes: Votes
) -> tuple[str | None, dict[str | None, list[str]]]:
    """The value of one field, and all its values when the sources truly disagree."""
    given = [s for s in sources if getattr(s.event, name)]
    if name == "cause":
        known = [s for s in given if s.event.cause != "unknown"]
        given = known or given
    if not given:
        return None, {}
    support: dict[str, set[str]] = defaultdict(set)  # value -> articles
    documents: dict[str, set[str]] = defaultdict(set)
    for s in given:
        support[getattr(s.event, name)].add(s.article)
        documents[getattr(s.event, name)].add(s.event.doc_id)
    values = list(support)
    if name == "date":
        # a coarser date agrees with a finer one: count its articles for every finer value it contains
        for v in values:
            for w in values:
                if v != w and w.startswith(v):
                    support[w] |= support[v]
        finest = [v for v in values if not any(w != v and w.startswith(v) for w in values)]
        disputed = len(finest) > 1 and any(dates_conflict(a, b) for a in finest for b in finest if a != b)
        # documents behind a finer date include those of the coarser dates it refines
        behind = {v: set().union(*(documents[w] for w in values if v.startswith(w))) for v in finest}
        best = max(finest, key=lambda v: (*votes.key(support[v], behind[v]), len(v), _earlier(v)))
    else:
        disputed = len(values) > 1
        best = max(values, key=lambda v: (*votes.key(support[v], documents[v]), v))
    if not disputed:
        return best, {}
    return best, _supporters(given, lambda s: getattr(s.event, name))
