"""The record as Wikidata-shaped statements, so it can be compared with or offered to Wikidata.

One item per person with clean labels per language (the canonical Latin name; in Chinese, Japanese,
Korean and Russian the native form its documents use) and clean aliases (garbled forms such as
"Henrik S lberg" or a translation's word for a name are never names: ``r_aliases.garbled``), and per position
two statements: P39 *position held* (the role, qualified by P108 *employer*, the organization:
P642 *of* is deprecated) and P108 *employer* (the organization), each with P580 *start time*, P582
*end time* and P1534 *end cause* when known, and one reference per source document: P854
reference URL, P1476 title, P577 publication date, P407 language of work (a Wikidata item, from
the language files), P813 retrieved (when peoplemoves learned it) and P1683 quote (the evidence).

The record has no Wikidata ids, so item values carry a label and the record's own id
(``{"label": ..., "peoplemoves_id": ...}``) instead of a ``wikibase-entityid``; times use
Wikidata's format (``+2025-03-13T00:00:00Z``, precision 9/10/11 for year/month/day).
Only reported positions are exported: planned, rumored and denied ones are not statements.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator

from peoplemoves.languages import pack_for
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


def _entity(qid: str) -> dict:
    """A real Wikidata item value (only for items whose id the project knows: languages)."""
    return {"type": "wikibase-entityid", "value": {"entity-type": "item", "numeric-id": int(qid[1:]), "id": qid}}


def language_item(tag: str) -> str | None:
    """The Wikidata item of a BCP-47 tag ("zh-Hant" -> Traditional Chinese), from its language file."""
    pack = pack_for(tag)
    table = pack.data.get("wikidata", {}) if pack else {}
    if not isinstance(table, dict):
        return None
    value = table.get(tag) or table.get(tag.split("-")[0].lower())
    return str(value) if value else None


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
    language = language_item(source.lang)
    if language:
        add("P407", _entity(language))
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
            qualifiers = {"P108": [_snak("P108", _item(p.org.name, p.org.id))], **times}
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


_NATIVE_LABELS = ("zh", "ja", "ko", "ru")  # languages whose readers write the name in their own script


def person_item(db: sqlite3.Connection, person: queries.EntityRef) -> dict:
    answer = queries.person(db, person)
    by_lang: dict[str, list[str]] = {}
    for alias, langs in names.aliases(db, person.id):  # clean aliases only: garbled forms are left out
        for lang in langs or ["mul"]:
            by_lang.setdefault(lang.split("-")[0].lower(), []).append(alias)
    labels = {"en": {"language": "en", "value": person.name}}
    for code, forms in by_lang.items():
        native = [f for f in forms if not _is_latin(f)]
        if code in _NATIVE_LABELS and native:
            labels[code] = {"language": code, "value": max(native, key=lambda f: (len(f), f))}
    aliases: dict[str, list[dict]] = {}
    for code, forms in by_lang.items():
        label = labels.get(code, labels["en"])["value"]
        for alias in forms:
            if alias in (label, person.name):
                continue
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
        "labels": labels,
        "aliases": aliases,
        "claims": claims,
    }


def _is_latin(text: str) -> bool:
    return all(ord(c) < 0x250 or not c.isalpha() for c in text)


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
