"""Find people and organizations from any surface form, in any script.

``fold`` is the key the resolve layer writes to ``r_aliases.folded``; a query is folded the
same way and looked up through the index, so "索爾伯格", "索尔伯格" and "FJORDCELL" find what
"索尔伯格" and "Fjordcell" were stored as. When nothing matches exactly, a prefix match and then
a fuzzy match (RapidFuzz over every alias, cached per store) are tried, so a typo or a
missing separator still finds the entity, and the answer says how it was found.
"""

from __future__ import annotations

import sqlite3
import threading
import unicodedata
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from peoplemoves.names import fold as _shared_fold

#: below this RapidFuzz score (0-100) a fuzzy candidate is not offered
FUZZY_CUTOFF = 82.0


def fold(text: str) -> str:
    """NFKC, casefold, accents and separators (spaces, · ・ - ') stripped, Traditional -> Simplified.

    Delegates to :func:`peoplemoves.names.fold`, the function the resolve layer folds
    aliases with, so a folded query is comparable with ``r_aliases.folded`` byte for byte.
    """
    return _shared_fold(unicodedata.normalize("NFKC", text).strip())


def loose(text: str) -> str:
    """``fold`` with every remaining punctuation mark or symbol dropped ("Halden Inc." ~ "halden inc")."""
    return _alnum(fold(text))


def _alnum(folded: str) -> str:
    return "".join(ch for ch in folded if unicodedata.category(ch)[0] in "LN")


@dataclass(frozen=True)
class EntityRef:
    """An entity of the record: a person or an organization."""

    id: int
    kind: str  # person | org
    name: str  # canonical, Latin script
    native: str | None = None


@dataclass(frozen=True)
class Match:
    """One answer to a name look-up, with how it was found (so a fuzzy guess is never silent)."""

    entity: EntityRef
    alias: str  # the surface form that matched, as written
    how: str  # exact | prefix | fuzzy
    score: float  # 100 for exact; RapidFuzz score otherwise
    facts: int  # how many facts the entity takes part in: ranks same-name candidates


def entity(db: sqlite3.Connection, entity_id: int) -> EntityRef | None:
    row = db.execute("SELECT id, kind, name, native FROM r_entities WHERE id = ?", (entity_id,)).fetchone()
    return EntityRef(*row) if row else None


def lookup(db: sqlite3.Connection, query: str, kind: str | None = None, limit: int = 10) -> list[Match]:
    """Entities a name may mean, best first: exact folded matches, else prefixes, else fuzzy ones."""
    key = fold(query)
    if not key:
        return []
    matches = _exact(db, key, kind, query)
    if not matches:
        matches = _prefix(db, key, kind, limit)
    if not matches:
        matches = _fuzzy(db, query, kind, limit)
    return _rank(db, matches)[:limit]


def search(db: sqlite3.Connection, query: str, limit: int = 20) -> list[Match]:
    """What a search box shows: exact matches first, then prefixes, then fuzzy guesses, one row per entity."""
    key = fold(query)
    if not key:
        return []
    seen: dict[int, Match] = {}
    for group in (_exact(db, key, None, query), _prefix(db, key, None, limit * 3)):
        for m in _rank(db, group):
            seen.setdefault(m.entity.id, m)
    if len(seen) < limit:
        for m in _rank(db, _fuzzy(db, query, None, limit)):
            seen.setdefault(m.entity.id, m)
    return list(seen.values())[:limit]


def aliases(db: sqlite3.Connection, entity_id: int) -> list[tuple[str, list[str]]]:
    """Every surface form of an entity with the main languages of the documents it was seen in; garbled
    forms ("Henrik S lberg", a translation's word for a name) are left out: they find the entity but are
    no name of it."""
    rows = db.execute(
        "SELECT a.alias, json_extract(d.languages, '$[0]') FROM r_aliases a"
        " LEFT JOIN documents d ON d.id = a.doc_id WHERE a.entity_id = ? AND a.garbled = 0 ORDER BY a.alias",
        (entity_id,),
    )
    langs: dict[str, set[str]] = {}
    for alias, lang in rows:
        langs.setdefault(alias, set())
        if lang:
            langs[alias].add(lang)
    return [(alias, sorted(ls)) for alias, ls in langs.items()]


# -- the three kinds of match --------------------------------------------------------------------

_ENTITY_COLUMNS = "e.id, e.kind, e.name, e.native"


def _exact(db: sqlite3.Connection, key: str, kind: str | None, query: str) -> list[Match]:
    """Aliases folding to the query's key; the alias reported is the query itself when it is one."""
    sql = (f"SELECT {_ENTITY_COLUMNS}, COALESCE(MAX(CASE WHEN a.alias = ? THEN a.alias END), MIN(a.alias))"
           " FROM r_aliases a JOIN r_entities e ON e.id = a.entity_id"
           " WHERE a.folded = ?" + (" AND e.kind = ?" if kind else "") + " GROUP BY e.id")
    rows = db.execute(sql, (query.strip(), key, kind) if kind else (query.strip(), key))
    return [Match(EntityRef(r[0], r[1], r[2], r[3]), r[4], "exact", 100.0, 0) for r in rows]


def _prefix(db: sqlite3.Connection, key: str, kind: str | None, limit: int) -> list[Match]:
    """Aliases starting with the query ("fjord" finds Fjordcell); a range scan on the folded index."""
    sql = (f"SELECT {_ENTITY_COLUMNS}, MIN(a.alias) FROM r_aliases a JOIN r_entities e ON e.id = a.entity_id"
           " WHERE a.folded >= ? AND a.folded < ? AND a.garbled = 0" + (" AND e.kind = ?" if kind else "")
           + " GROUP BY e.id LIMIT ?")
    params: tuple = (key, key + "\U0010ffff", *((kind,) if kind else ()), limit)
    out = []
    for r in db.execute(sql, params):
        score = 100.0 * len(key) / max(len(fold(r[4])), 1)
        out.append(Match(EntityRef(r[0], r[1], r[2], r[3]), r[4], "prefix", round(score, 1), 0))
    return sorted(out, key=lambda m: -m.score)


def _fuzzy(db: sqlite3.Connection, query: str, kind: str | None, limit: int) -> list[Match]:
    index = _alias_index(db)
    key = loose(query)
    if not key or not index.keys:
        return []
    # QRatio (normalized edit distance) is ~20x faster than WRatio over 200k+ aliases and catches what a
    # look-up needs: typos, doubled or dropped letters, transposed ones
    found = process.extract(key, index.keys, scorer=fuzz.QRatio, score_cutoff=FUZZY_CUTOFF, limit=limit * 5)
    best: dict[int, Match] = {}
    for _, score, i in found:
        entity_id, alias = index.rows[i]
        if entity_id in best:
            continue
        ref = entity(db, entity_id)
        if ref is None or (kind and ref.kind != kind):
            continue
        best[entity_id] = Match(ref, alias, "fuzzy", round(float(score), 1), 0)
    return sorted(best.values(), key=lambda m: -m.score)


def _rank(db: sqlite3.Connection, matches: list[Match]) -> list[Match]:
    """Among equally good matches, the entity with more facts first (the famous Li Wei before the other)."""
    ranked = []
    for m in matches:
        column = "person_id" if m.entity.kind == "person" else "org_id"
        n = db.execute(f"SELECT COUNT(*) FROM facts WHERE {column} = ?", (m.entity.id,)).fetchone()[0]
        ranked.append(Match(m.entity, m.alias, m.how, m.score, n))
    order = {"exact": 0, "prefix": 1, "fuzzy": 2}
    return sorted(ranked, key=lambda m: (order[m.how], -m.score, -m.facts, m.entity.name, m.entity.id))


@dataclass
class _AliasIndex:
    stamp: tuple
    keys: list[str]
    rows: list[tuple[int, str]]


_INDEXES: dict[str, _AliasIndex] = {}
_INDEX_LOCK = threading.Lock()


def warm(db: sqlite3.Connection) -> None:
    """Build the fuzzy index ahead of the first query that needs it (a server calls this at start)."""
    _alias_index(db)


def _alias_index(db: sqlite3.Connection) -> _AliasIndex:
    """Every alias, loosely folded, for fuzzy matching; rebuilt only when the aliases change."""
    path = db.execute("PRAGMA database_list").fetchone()[2] or f"memory:{id(db)}"
    stamp = db.execute("SELECT COUNT(*), MAX(rowid) FROM r_aliases").fetchone()
    with _INDEX_LOCK:
        cached = _INDEXES.get(path)
        if cached is not None and cached.stamp == stamp:
            return cached
        keys: list[str] = []
        rows: list[tuple[int, str]] = []
        # garbled aliases are no suggestion: a typo near "Henrik S lberg" should find Henrik Solberg by his names
        for entity_id, alias, folded in db.execute("SELECT entity_id, MIN(alias), folded FROM r_aliases"
                                                   " WHERE garbled = 0 GROUP BY entity_id, folded"):
            k = _alnum(folded)  # already folded by the resolve layer: only punctuation is left to drop
            if k:
                keys.append(k)
                rows.append((entity_id, alias))
        index = _AliasIndex(tuple(stamp), keys, rows)
        _INDEXES[path] = index
        return index
