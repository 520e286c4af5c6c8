"""A store the size 100,000 documents would give, written straight into the version-3 tables.

Running the whole pipeline over 100k articles takes hours on two cores and is not what the
query benchmark measures; this writes the *record* such a run would leave, in the same
proportions (per 100k documents: ~200k facts, ~60k people, ~15k organizations, ~300k
sources, several aliases per entity in several scripts), with a seeded RNG so every run
builds the same store. Organization sizes follow a heavy-tailed law, as in real news: a
few organizations have hundreds of facts, most have a handful.
"""

from __future__ import annotations

import itertools
import json
import random
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from peoplemoves.names import fold
from peoplemoves.store import Store

LANGS = ("en", "zh-Hans", "zh-Hant", "ja", "ko", "es", "it", "fr", "de", "pt", "ru")
ROLES = ("chief executive officer", "chief financial officer", "chief technology officer", "chair",
         "president", "chief operating officer", "head coach", "general counsel", "board member")
CAUSES = ("resigned", "dismissed", "retired", "died", None)
_ONSETS = ("b", "d", "f", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "br", "st", "tr", "kr")
_VOWELS = ("a", "e", "i", "o", "u", "ae", "io")
_CODAS = ("", "", "n", "r", "s", "l", "m")
_ORG_ENDS = ("cell", "tek", "ra", "dal", "vest", "lix", "cor", "nor", "mex", "line")
_HAN = "阿巴达德多费格哈卡克拉勒里罗洛马米纳尼诺帕萨斯塔特瓦维温西亚伊泽索尔伯亨"
_KANA = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモラリルレロ"
_HANGUL = "가나다라마바사아자차카타파하거너더러머버서어저"
_CYRILLIC = "бвгдклмнпрстз"
_CYR_VOWELS = "аеио"

#: per 100,000 documents
PER_100K = {"people": 60_000, "orgs": 15_000, "facts": 200_000}


@dataclass
class QueryStore:
    path: Path
    documents: int
    people: int
    orgs: int
    facts: int
    sources: int
    positions: int
    aliases: int
    person_names: list[str]  # one surface form per person, in varied scripts: what a user would type
    org_names: list[str]


def _syllables(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(_ONSETS) + rng.choice(_VOWELS) + rng.choice(_CODAS) for _ in range(n))


def _native(rng: random.Random, script: str, n: int) -> str:
    if script == "han":
        return "".join(rng.choice(_HAN) for _ in range(n))
    if script == "kana":
        return "".join(rng.choice(_KANA) for _ in range(n + 1))
    if script == "hangul":
        return "".join(rng.choice(_HANGUL) for _ in range(n))
    return "".join(rng.choice(_CYRILLIC) + rng.choice(_CYR_VOWELS) for _ in range(n)).capitalize()


def _date(rng: random.Random, lo: int = 1995, hi: int = 2025) -> str:
    year = rng.randint(lo, hi)
    precision = rng.random()
    if precision < 0.08:
        return f"{year}"
    if precision < 0.25:
        return f"{year}-{rng.randint(1, 12):02d}"
    return f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


def build_query_store(
    path: Path, documents: int = 100_000, seed: int = 0, status: Callable[[str], None] = lambda m: None,
) -> QueryStore:
    """Write a synthetic record for ``documents`` documents into a fresh store at ``path``."""
    rng = random.Random(seed)
    scale = documents / 100_000
    n_people = max(10, int(PER_100K["people"] * scale))
    n_orgs = max(5, int(PER_100K["orgs"] * scale))
    n_facts = max(20, int(PER_100K["facts"] * scale))
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    store = Store(path)
    db = store.db
    db.execute("PRAGMA synchronous=OFF")
    db.execute("BEGIN")

    status(f"documents: {documents}")
    doc_ids = [f"{i:016x}" for i in range(documents)]
    doc_lang = [rng.choice(LANGS) for _ in range(documents)]
    doc_learned = [f"20{rng.randint(15, 25):02d}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T08:00:00+00:00"
                   for _ in range(documents)]
    db.executemany(
        "INSERT INTO documents(id, name, source, published, languages, title, url, encoding, original, ingested_at)"
        " VALUES (?, ?, 'bench', ?, ?, ?, NULL, 'utf-8', ?, ?)",
        ((doc_ids[i], f"bench-{i}", doc_learned[i][:10], json.dumps([doc_lang[i]]), f"Article {i}",
          f"Article {i}: a leadership change reported in {doc_lang[i]}.", doc_learned[i])
         for i in range(documents)),
    )

    status(f"entities: {n_people} people, {n_orgs} organizations")
    entity_rows, alias_rows = [], []
    person_names, org_names = [], []
    scripts = ("han", "kana", "hangul", "cyrillic")
    for i in range(n_people):
        given, family = _syllables(rng, rng.randint(1, 2)).capitalize(), _syllables(rng, 2).capitalize()
        name = f"{given} {family}"
        script = rng.choice(scripts)
        native = _native(rng, script, 2) + ("·" if script == "han" else "・" if script == "kana" else " ") \
            + _native(rng, script, 3)
        entity_rows.append((i, "person", name, native))
        doc = doc_ids[rng.randrange(documents)]
        forms = [(name, doc), (family, doc), (native, doc_ids[rng.randrange(documents)])]
        if rng.random() < 0.5:
            forms.append((name.upper(), None))
        alias_rows += [(i, form, fold(form), d) for form, d in forms]
        person_names.append(rng.choice([name, native, name.lower()]))
    for j in range(n_orgs):
        ident = n_people + j
        name = _syllables(rng, rng.randint(1, 2)).capitalize() + rng.choice(_ORG_ENDS)
        native = _native(rng, rng.choice(scripts), 3)
        entity_rows.append((ident, "org", name, native))
        forms = [(name, doc_ids[rng.randrange(documents)]), (native, doc_ids[rng.randrange(documents)]),
                 (f"{name} Group", None)]
        alias_rows += [(ident, form, fold(form), d) for form, d in forms]
        org_names.append(rng.choice([name, name.lower(), native]))
    db.executemany("INSERT INTO r_entities(id, kind, name, native) VALUES (?, ?, ?, ?)", entity_rows)
    db.executemany("INSERT OR IGNORE INTO r_aliases(entity_id, alias, folded, doc_id) VALUES (?, ?, ?, ?)",
                   alias_rows)

    status(f"facts: {n_facts}, with sources, disputed values and positions")
    # heavy-tailed organization sizes (weight ~ 1/(rank + 50)): the largest has a few hundred positions
    # over the thirty years, as a large company or a government would in 100k articles
    org_cum = list(itertools.accumulate(1.0 / (k + 50) for k in range(n_orgs)))
    org_range = range(n_orgs)
    fact_rows, source_rows, event_rows, value_rows, position_rows = [], [], [], [], []
    fact_id = event_id = careers = 0
    while fact_id < n_facts:
        person = careers if careers < n_people else rng.randrange(n_people)  # everyone first, then at random
        careers += 1
        org = n_people + rng.choices(org_range, cum_weights=org_cum)[0] if rng.random() < 0.7 \
            else n_people + rng.randrange(n_orgs)
        role = rng.choice(ROLES)
        start = _date(rng)
        ended = rng.random() < 0.6
        end = None
        if ended:
            end_year = int(start[:4]) + rng.randint(0, 8)
            end = f"{min(end_year, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            if end < start:
                end = start
        status_ = "reported" if rng.random() < 0.93 else rng.choice(("planned", "rumored", "denied"))
        cause = rng.choice(CAUSES) if ended else None
        ids = {}
        for kind, date in (("start_position", start), ("end_position", end)):
            if date is None or fact_id >= n_facts:
                continue
            n_sources = rng.choices((1, 2, 3, 4), weights=(55, 25, 12, 8))[0]
            docs = [rng.randrange(documents) for _ in range(n_sources)]
            conflict = n_sources > 1 and rng.random() < 0.08
            learned = min(doc_learned[d] for d in docs)
            fact_rows.append((fact_id, kind, person, org, role, cause if kind == "end_position" else None, 0, date,
                              status_, None, n_sources, n_sources, int(conflict), learned))
            for k, d in enumerate(docs):
                said = date if not (conflict and k == n_sources - 1) else _date(rng, int(date[:4]), int(date[:4]))
                evidence = f"{entity_rows[person][2]} {kind.replace('_', ' ')} {role} at {entity_rows[org][2]}"
                event_rows.append((event_id, doc_ids[d], kind, entity_rows[person][2], entity_rows[org][2], role,
                                   None, 0, said, status_, evidence, 0, len(evidence), doc_lang[d]))
                source_rows.append((fact_id, event_id, doc_ids[d], doc_lang[d], doc_ids[d], role, None, said,
                                    status_, evidence, 0, len(evidence), doc_learned[d]))
                event_id += 1
            if conflict:
                other = source_rows[-1][7]
                value_rows.append((fact_id, "date", date, json.dumps([doc_ids[d] for d in docs[:-1]])))
                if other != date:
                    value_rows.append((fact_id, "date", other, json.dumps([doc_ids[docs[-1]]])))
            ids[kind] = (fact_id, learned)
            fact_id += 1
        if "start_position" in ids:
            learned = min(v[1] for v in ids.values())
            position_rows.append((person, org, role, start, end if "end_position" in ids else None,
                                  cause if "end_position" in ids else None, status_, 0, ids["start_position"][0],
                                  ids.get("end_position", (None,))[0], learned))
    db.executemany("INSERT INTO events(id, doc_id, kind, person, org, role, cause, interim, date, status, evidence,"
                   " evidence_start, evidence_end, lang) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", event_rows)
    db.executemany("INSERT INTO facts(id, kind, person_id, org_id, role, cause, interim, date, status, story_id,"
                   " sources, articles, conflict, learned_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                   fact_rows)
    db.executemany("INSERT OR IGNORE INTO fact_sources(fact_id, event_id, doc_id, lang, article, role, cause, date,"
                   " status, evidence, evidence_start, evidence_end, learned_at)"
                   " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", source_rows)
    db.executemany("INSERT OR IGNORE INTO fact_values(fact_id, field, value, doc_ids) VALUES (?, ?, ?, ?)", value_rows)
    db.executemany("INSERT INTO positions(person_id, org_id, role, start_date, end_date, end_cause, status, interim,"
                   " start_fact, end_fact, learned_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", position_rows)
    db.execute("COMMIT")
    store.close()
    return QueryStore(path=Path(path), documents=documents, people=n_people, orgs=n_orgs, facts=len(fact_rows),
                      sources=len(source_rows), positions=len(position_rows), aliases=len(alias_rows),
                      person_names=person_names, org_names=org_names)
