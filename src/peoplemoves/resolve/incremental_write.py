"""Replace the record of one closure of documents, leaving every other row as it is.

Rows are written as ``store.sqlite.write_resolution`` writes them (same tables, same columns), but
only for the closure: the old rows of its entities, facts, stories, positions and observations
are deleted and the new ones inserted in one transaction. Entity and fact ids are kept where the
entity or fact already existed (an entity keeps the id most of its aliases had; a fact the id most
of its sources had), new ones take ids past the largest in use.

Before writing, the old rows are checked to lie inside the closure (an entity whose documents
reach outside it would lose rows); if not, nothing is written and the caller rebuilds in full.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Iterable

from peoplemoves.resolve.incremental_index import chunks, index_documents
from peoplemoves.resolve.records import Resolution, SourceDocument


def _select(db: sqlite3.Connection, sql: str, values: Iterable) -> list[tuple]:
    """``sql`` with one ``{marks}`` placeholder for a long IN list, run in chunks."""
    values = sorted(set(values), key=str)
    out: list[tuple] = []
    for part in chunks(values):
        out.extend(db.execute(sql.format(marks=",".join("?" * len(part))), part))
    return out


def _delete(db: sqlite3.Connection, sql: str, values: Iterable) -> None:
    values = sorted(set(values), key=str)
    for part in chunks(values):
        db.execute(sql.format(marks=",".join("?" * len(part))), part)


def _assign(wanted: list[Counter], taken_start: int) -> list[int]:
    """One id per new item: the old id most of its parts had, unless another item took it first."""
    used: set[int] = set()
    out: list[int] = []
    fresh = taken_start
    for votes in wanted:
        choice = next((old for old, _ in sorted(votes.items(), key=lambda kv: (-kv[1], kv[0])) if old not in used),
                      None)
        if choice is None:
            choice, fresh = fresh, fresh + 1
        used.add(choice)
        out.append(choice)
    return out


def replace_closure(store, docs: list[SourceDocument], new_docs: list[SourceDocument], res: Resolution) -> bool:
    """Write ``res`` (the resolution of ``docs``) over the closure's old rows; False if unsafe."""
    db = store.db
    members = {d.doc_id for d in docs}
    db.execute("BEGIN IMMEDIATE")
    try:
        done = _replace(db, members, res)
        if done:
            index_documents(db, new_docs)
            # the record now follows every stored document: its generation says so (see store.record_is_current)
            built_for = getattr(store, "loaded_generation", None)
            db.execute("UPDATE store_state SET value = ? WHERE key = 'record_built_for'",
                       (store.generation() if built_for is None else built_for,))
    except BaseException:
        db.execute("ROLLBACK")
        raise
    db.execute("COMMIT" if done else "ROLLBACK")
    return done


def _replace(db: sqlite3.Connection, members: set[str], res: Resolution) -> bool:
    alias_rows = _select(db, "SELECT a.entity_id, a.alias, a.doc_id, e.kind FROM r_aliases a"
                             " JOIN r_entities e ON e.id = a.entity_id WHERE a.doc_id IN ({marks})", members)
    old_entities = {r[0] for r in alias_rows}
    reach = _select(db, "SELECT DISTINCT doc_id FROM r_aliases WHERE entity_id IN ({marks})"
                        " AND doc_id IS NOT NULL", old_entities)
    if any(r[0] not in members for r in reach):
        return False
    old_facts = {r[0] for r in _select(db, "SELECT DISTINCT fact_id FROM fact_sources WHERE doc_id IN ({marks})",
                                       members)}
    old_facts |= {r[0] for r in _select(db, "SELECT id FROM facts WHERE person_id IN ({marks})", old_entities)}
    fact_events = _select(db, "SELECT fact_id, event_id, doc_id FROM fact_sources WHERE fact_id IN ({marks})",
                          old_facts)
    if any(r[2] not in members for r in fact_events):
        return False
    stray = _select(db, "SELECT person_id FROM positions WHERE org_id IN ({marks})", old_entities)
    if any(r[0] not in old_entities for r in stray):
        return False
    old_stories = {r[0] for r in _select(db, "SELECT DISTINCT story_id FROM story_docs WHERE doc_id IN ({marks})",
                                         members)}
    story_docs = _select(db, "SELECT doc_id FROM story_docs WHERE story_id IN ({marks})", old_stories)
    if any(r[0] not in members for r in story_docs):
        return False

    entity_id = _entity_ids(db, res, alias_rows)
    fact_id = _fact_ids(db, res, fact_events)
    _delete(db, "DELETE FROM r_observations WHERE doc_id IN ({marks})", members)
    _delete(db, "DELETE FROM r_observations WHERE person_id IN ({marks})", old_entities)
    _delete(db, "DELETE FROM positions WHERE person_id IN ({marks})", old_entities)
    for table, column in (("fact_values", "fact_id"), ("fact_sources", "fact_id"), ("facts", "id")):
        _delete(db, f"DELETE FROM {table} WHERE {column} IN ({{marks}})", old_facts)
    _delete(db, "DELETE FROM story_docs WHERE story_id IN ({marks})", old_stories)
    _delete(db, "DELETE FROM stories WHERE id IN ({marks})", old_stories)
    _delete(db, "DELETE FROM r_aliases WHERE entity_id IN ({marks})", old_entities)
    _delete(db, "DELETE FROM r_entities WHERE id IN ({marks})", old_entities)
    _insert(db, res, entity_id, fact_id, members)
    return True


def _entity_ids(db: sqlite3.Connection, res: Resolution, alias_rows: list[tuple]) -> dict[int, int]:
    old_of = {(doc_id, alias, kind): entity for entity, alias, doc_id, kind in alias_rows}
    votes = []
    for e in res.entities:
        counted: Counter = Counter()
        for surface, doc_ids in e.aliases.items():
            for doc_id in doc_ids:
                old = old_of.get((doc_id, surface, e.kind))
                if old is not None:
                    counted[old] += 1
        votes.append(counted)
    start = (db.execute("SELECT MAX(id) FROM r_entities").fetchone()[0] or 0) + 1
    return {e.ident: new for e, new in zip(res.entities, _assign(votes, start), strict=True)}


def _fact_ids(db: sqlite3.Connection, res: Resolution, fact_events: list[tuple]) -> dict[int, int]:
    old_of = {event: fact for fact, event, _ in fact_events}
    votes = [Counter(old_of[s.event.event_id] for s in f.sources if s.event.event_id in old_of) for f in res.facts]
    start = (db.execute("SELECT MAX(id) FROM facts").fetchone()[0] or 0) + 1
    return {f.ident: new for f, new in zip(res.facts, _assign(votes, start), strict=True)}


def _insert(db: sqlite3.Connection, res: Resolution, entity_id: dict[int, int], fact_id: dict[int, int],
            members: set[str]) -> None:
    """The rows a full rebuild writes (``store.sqlite.insert_resolution``), with ids mapped."""
    from peoplemoves.store.sqlite import insert_resolution

    langs = dict(_select(db, "SELECT id, json_extract(languages, '$[0]') FROM documents WHERE id IN ({marks})",
                         members))
    start = (db.execute("SELECT MAX(id) FROM positions").fetchone()[0] or 0) + 1
    insert_resolution(db, res, entity_id, fact_id, start, langs)
