"""The record as Wikidata-shaped statements, so it can be compared with or offered to Wikidata.

One item per person with labels and aliases (every script the record saw), and per position
two statements: P39 *position held* (the role, qualified by P642 *of* the organization) and
P108 *employer* (the organization), each with P580 *start time*, P582 *end time* and P1534
*end cause* when known, and one reference per source document: P854 reference URL, P1476
title, P577 publication date, P407 language of work, P813 retrieved (when peoplemoves
learned it) and P1683 quote (the evidence).

The record has no Wikidata ids, so item values carry a label and the record's own id
(``{"label": ..., "peoplemoves_id": ...}``) instead of a ``wikibase-entityid``; times use
Wikidata's format (``+2025-03-13T00:00:00Z``, precision 9/10/11 for year/month/day).
Only reported positions are exported: planned, rumored and denied ones are not statements.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator

from peoplemoves.serve import names, queries
from peoplemoves.serve.queries import Fact, Position, Source

GREGORIAN = "http://www.wikidata.org/entity/Q1985727"
END_CAUSES = {"resigned": "resignation", "dismissed": "dismissal", "retired": "retirement", "died": "death"}
_PRECISION = {4: 9, 7: 10, 10: 11}


def time_value(date: str) -> dict:
    """A Wikidata time datavalue for YYYY, YYYY-MM or YYYY-MM-DD (missing parts are 00)."""
    parts = [*date.split("-"), "00", "00"][:3]
    return {
        "type": "time",
        "value": {"time": f"+{parts[0]}-{parts[1]}-{parts[2]}T00:00:00Z", "timezone": 0, "before": 0, "after": 0,
                  "precision": _PRECISION.get(len(date), 9), "calendarmodel": GREGORIAN},
    }


def _snak(prop: str, datavalue: dict) -> dict:
    return {"snaktype": "value", "property": prop, "datavalue": datavalue}


def _item(label: str, ident: int | None = None) -> dict:
    value: dict = {"label": label}
    if ident is not None:
        value["peoplemoves_id"] = ident
    return {"type": "peoplemoves-item", "value": value}


def _text(text: str, lang: str) -> dict:
    return {"type": "monolingualtext", "value": {"text": text, "language": lang.split("-")[0].lower() or "und"}}


def _string(text: str) -> dict:
    return {"type": "string", "value": text}


def reference(source: Source) -> dict:
    snaks: dict[str, list[dict]] = {}

    def add(prop: str, datavalue: dict) -> None:
        snaks.setdefault(prop, []).append(_snak(prop, datavalue))

    if source.url and source.url.lower().startswith(("http://", "https://")):
        add("P854", _string(source.url))
    if source.title:
        add("P1476", _text(source.title, source.lang))
    if source.published:
        add("P577", time_value(source.published))
    add("P407", _string(source.lang))
    add("P813", time_value(source.learned_at[:10]))
    add("P1683", _text(source.evidence, source.lang))
    return {"snaks": snaks, "snaks-order": list(snaks), "peoplemoves_document": source.doc_id}


def _statement(prop: str, value: dict, qualifiers: dict[str, list[dict]], sources: list[Source]) -> dict:
    return {
        "type": "statement",
        "rank": "normal",
        "mainsnak": _snak(prop, value),
        "qualifiers": qualifiers,
        "qualifiers-order": list(qualifiers),
        "references": [reference(s) for s in sources],
    }


def position_statements(p: Position) -> list[dict]:
    """P39 and P108 statements for one reported position (empty for any other status)."""
    if p.status != "reported":
        return []
    times: dict[str, list[dict]] = {}
    if p.start_date:
        times["P580"] = [_snak("P580", time_value(p.start_date))]
    if p.end_date:
        times["P582"] = [_snak("P582", time_value(p.end_date))]
    if p.end_cause and p.end_cause in END_CAUSES:
        times["P1534"] = [_snak("P1534", _item(END_CAUSES[p.end_cause]))]
    sources = _sources(p.start_fact, p.end_fact)
    out = []
    if p.role:
        qualifiers = dict(times)
        if p.org is not None:
            qualifiers = {"P642": [_snak("P642", _item(p.org.name, p.org.id))], **times}
        out.append(_statement("P39", _item(p.role), qualifiers, sources))
    if p.org is not None:
        out.append(_statement("P108", _item(p.org.name, p.org.id), dict(times), sources))
    return out


def _sources(*facts: Fact | None) -> list[Source]:
    seen, out = set(), []
    for fact in facts:
        for s in fact.sources if fact else []:
            if s.doc_id not in seen:
                seen.add(s.doc_id)
                out.append(s)
    return out


def person_item(db: sqlite3.Connection, person: queries.EntityRef) -> dict:
    answer = queries.person(db, person)
    aliases: dict[str, list[dict]] = {}
    for alias, langs in names.aliases(db, person.id):
        if alias == person.name:
            continue
        for lang in langs or ["mul"]:
            code = lang.split("-")[0].lower()
            entries = aliases.setdefault(code, [])
            if all(a["value"] != alias for a in entries):
                entries.append({"language": code, "value": alias})
    claims: dict[str, list[dict]] = {}
    for p in answer.positions:
        for statement in position_statements(p):
            claims.setdefault(statement["mainsnak"]["property"], []).append(statement)
    return {
        "type": "item",
        "peoplemoves_id": person.id,
        "labels": {"en": {"language": "en", "value": person.name}},
        "aliases": aliases,
        "claims": claims,
    }


def items(db: sqlite3.Connection) -> Iterator[dict]:
    """One item per person that holds at least one reported position."""
    rows = db.execute(
        "SELECT DISTINCT e.id, e.kind, e.name, e.native FROM r_entities e JOIN positions p ON p.person_id = e.id"
        " WHERE p.status = 'reported' ORDER BY e.name, e.id"
    )
    for row in rows.fetchall():
        item = person_item(db, queries.EntityRef(*row))
        if item["claims"]:
            yield item
