"""``export``: the whole record out, as JSON, CSV or Wikidata-shaped statements.

Written as a stream (facts are loaded a chunk at a time), so a large store exports in
bounded memory. JSON and Wikidata output is one JSON document; in both, every fact or
statement carries its sources.
"""

from __future__ import annotations

import csv
import json
import sqlite3
from collections.abc import Iterator
from dataclasses import asdict
from typing import TextIO

from peoplemoves.serve import names, queries, wikidata

FORMATS = ("json", "csv", "wikidata")
CSV_COLUMNS = ("fact_id", "kind", "person", "person_id", "org", "org_id", "role", "cause", "interim", "date",
               "status", "story_id", "documents", "articles", "conflict", "learned_at", "languages", "doc_ids",
               "disputed")
_CHUNK = 2000


def export(db: sqlite3.Connection, fmt: str, out: TextIO) -> int:
    """Write the record to ``out``; returns how many top-level records (facts or items) were written."""
    if fmt == "json":
        return _json(db, out)
    if fmt == "csv":
        return _csv(db, out)
    if fmt == "wikidata":
        return _wikidata(db, out)
    raise ValueError(f"unknown format {fmt!r} (one of {', '.join(FORMATS)})")


def iter_facts(db: sqlite3.Connection) -> Iterator[queries.Fact]:
    ids = [r[0] for r in db.execute("SELECT id FROM facts ORDER BY date IS NULL, date, id")]
    for i in range(0, len(ids), _CHUNK):
        yield from queries.load_facts(db, ids[i:i + _CHUNK])


def _dump(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=False)


def _json(db: sqlite3.Connection, out: TextIO) -> int:
    out.write('{"format": "peoplemoves-export", "version": 1,\n "entities": [')
    first = True
    for ident, kind, name, native in db.execute("SELECT id, kind, name, native FROM r_entities ORDER BY id").fetchall():
        entity = {"id": ident, "kind": kind, "name": name, "native": native,
                  "aliases": [{"alias": a, "languages": langs} for a, langs in names.aliases(db, ident)]}
        out.write(("\n  " if first else ",\n  ") + _dump(entity))
        first = False
    out.write('\n ],\n "positions": [')
    rows = db.execute("SELECT * FROM positions ORDER BY person_id, start_date, id").fetchall()
    for i in range(0, len(rows), _CHUNK):
        for j, p in enumerate(queries.positions_from_rows(db, rows[i:i + _CHUNK], None)):
            data = asdict(p)
            data["start_fact"] = p.start_fact.id if p.start_fact else None
            data["end_fact"] = p.end_fact.id if p.end_fact else None
            out.write(("\n  " if i + j == 0 else ",\n  ") + _dump(data))
    out.write('\n ],\n "facts": [')
    count = 0
    for fact in iter_facts(db):
        out.write(("\n  " if count == 0 else ",\n  ") + _dump(asdict(fact)))
        count += 1
    out.write('\n ],\n "stories": [')
    for i, s in enumerate(queries.stories(db, limit=10**9)):
        out.write(("\n  " if i == 0 else ",\n  ") + _dump(asdict(s)))
    out.write("\n ]\n}\n")
    return count


def _csv(db: sqlite3.Connection, out: TextIO) -> int:
    """One row per fact; languages and documents joined with ';', disputed values as JSON."""
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    count = 0
    for f in iter_facts(db):
        disputed = {d.field: {str(v.value): sorted({s.doc_id for s in v.sources}) for v in d.values}
                    for d in f.disputed}
        writer.writerow([
            f.id, f.kind, f.person.name, f.person.id, f.org.name if f.org else "", f.org.id if f.org else "",
            f.role or "", f.cause or "", int(f.interim), f.date or "", f.status, f.story_id or "", f.documents,
            f.articles, int(f.conflict), f.learned_at, ";".join(f.languages),
            ";".join(dict.fromkeys(s.doc_id for s in f.sources)), _dump(disputed) if disputed else "",
        ])
        count += 1
    return count


def _wikidata(db: sqlite3.Connection, out: TextIO) -> int:
    """Like Wikidata's JSON dumps: an array with one item per line."""
    out.write("[\n")
    count = 0
    for item in wikidata.items(db):
        out.write(("" if count == 0 else ",\n") + _dump(item))
        count += 1
    out.write("\n]\n")
    return count
