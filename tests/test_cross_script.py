"""The README's cross-script examples on the bundled sample corpus: one person, one organization,
whatever script or spelling a user types, and no junk in what ``demo`` shows first.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from peoplemoves.ingest import iter_documents
from peoplemoves.pipeline import ingest
from peoplemoves.resolve import resolve_store
from peoplemoves.serve import queries as q
from peoplemoves.serve.db import open_readonly
from peoplemoves.store import Store

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "sample"


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("sample") / "record.db"
    with Store(path) as store:
        ingest(iter_documents([SAMPLE]), store)
        resolve_store(store)
    return path


@pytest.mark.parametrize(("query", "kind", "name"), [
    ("索尔伯格", "person", "Henrik Solberg"),
    ("索爾伯格", "person", "Henrik Solberg"),
    ("ヘンリク・ソルベリ", "person", "Henrik Solberg"),  # once a second "Henriku Soruberi"
    ("henrik solberg", "person", "Henrik Solberg"),
    ("區慧玲", "person", "Au Wai-ling"),                 # once "Quhuiling" beside her own English name
    ("馮家豪", "person", "Fung Ka-ho"),
    ("fjordcell", "org", "Fjordcell"),
    ("フィヨルドセル", "org", "Fjordcell"),               # once a second organization
    ("港灣小輪有限公司", "org", "Harbourline Ferries Limited"),
    ("港灣小輪", "org", "Harbourline Ferries Limited"),
])
def test_every_script_finds_the_one_entity(sample_db: Path, query: str, kind: str, name: str) -> None:
    db = open_readonly(sample_db)
    try:
        match, _ = q.find_entity(db, query, kind)
        assert match is not None and match.entity.name == name, (query, match)
        same = db.execute("SELECT COUNT(*) FROM r_entities WHERE kind = ? AND name = ?", (kind, name)).fetchone()[0]
        assert same == 1
    finally:
        db.close()


def test_no_junk_among_the_people_and_organizations_of_moves(sample_db: Path) -> None:
    db = open_readonly(sample_db)
    try:
        rows = db.execute(
            "SELECT p.name, o.name FROM facts f JOIN r_entities p ON p.id = f.person_id"
            " LEFT JOIN r_entities o ON o.id = f.org_id").fetchall()
    finally:
        db.close()
    people = {p for p, _ in rows}
    orgs = {o for _, o in rows if o}
    assert not people & {"Kessler Antriebstechnik", "Brightwell Health", "Minera Cordillera Austral"}, people
    assert not orgs & {"Operations", "Computer Science", "Middle East"}, orgs
    assert not any(p.lower() == p or (p.replace(" ", "").isalpha() and " " not in p and len(p) > 9) for p in people
                   if not p.isascii() or p.istitle()), people  # nothing glued like "Quhuiling"
