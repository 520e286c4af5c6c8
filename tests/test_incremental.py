"""Incremental resolve gives the record a full rebuild gives, on the same documents.

A store is built in two parts (the sample corpus, then the development corpus's tune part); after
the second part one copy is resolved incrementally, the other rebuilt in full, and every answer
the serve layer gives (who held which post on every date the record names, every person's career,
the moves of every organization and of all, the stories) must be the same, as must the row counts
of every table of the record. Ids are the only thing allowed to differ: an incremental resolve
keeps old ids and gives new things new ones, a rebuild numbers everything afresh.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from peoplemoves.ingest import iter_documents
from peoplemoves.pipeline import ingest
from peoplemoves.resolve import resolve_changes, resolve_store
from peoplemoves.resolve.incremental import resolve_incremental
from peoplemoves.serve import queries
from peoplemoves.serve.names import EntityRef
from peoplemoves.store import Store

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "data" / "sample"
TUNE = ROOT / "data" / "dev" / "tune"
TABLES = ("r_entities", "r_aliases", "stories", "story_docs", "facts", "fact_sources", "fact_values", "positions",
          "r_observations")
IDS = {"id", "position_id"}


def _ingest(path: Path, paths: list[Path]) -> None:
    with Store(path) as store:
        report = ingest(iter_documents([str(p) for p in paths]), store)
        assert report.added


def _copy(src: Path, dst: Path) -> Path:
    with sqlite3.connect(src) as a, sqlite3.connect(dst) as b:
        a.backup(b)
    return dst


@pytest.fixture(scope="module")
def first_part(tmp_path_factory) -> Path:
    """A store holding the sample corpus, fully resolved."""
    path = tmp_path_factory.mktemp("inc") / "first.db"
    _ingest(path, [SAMPLE])
    with Store(path) as store:
        resolve_store(store)
    return path


def _canonical(value: object) -> object:
    """An answer with ids dropped and lists in a fixed order (ids break ties in some orders)."""
    if isinstance(value, dict):
        return {k: _canonical(v) for k, v in value.items() if k not in IDS}
    if isinstance(value, list):
        items = [_canonical(v) for v in value]
        return sorted(items, key=lambda v: json.dumps(v, sort_keys=True, ensure_ascii=False))
    return value


def _entity_keys(db: sqlite3.Connection) -> dict[tuple, EntityRef]:
    """Each entity by what it is made of (its surface forms in their documents), not by its id."""
    made_of: dict[int, set] = {}
    for entity, alias, doc_id in db.execute("SELECT entity_id, alias, doc_id FROM r_aliases"):
        made_of.setdefault(entity, set()).add((alias, doc_id or ""))
    refs = {r[0]: EntityRef(*r) for r in db.execute("SELECT id, kind, name, native FROM r_entities")}
    return {(refs[e].kind, tuple(sorted(parts))): refs[e] for e, parts in made_of.items()}


def _answers(db: sqlite3.Connection) -> dict[str, object]:
    out: dict[str, object] = {}
    dates = sorted({d for row in db.execute("SELECT start_date, end_date, first_seen, last_seen FROM positions")
                    for d in row if d and len(d) == 10} | {"2000-01-01", "2024-06-30", "2030-01-01"})
    for key, ref in _entity_keys(db).items():
        name = json.dumps(key, ensure_ascii=False)
        if ref.kind == "org":
            out["who " + name] = [queries.to_json(queries.who(db, ref, at=at)) for at in dates]
            out["moves " + name] = queries.to_json(queries.moves(db, org=ref, limit=100_000))
        else:
            out["person " + name] = queries.to_json(queries.person(db, ref))
    out["moves"] = queries.to_json(queries.moves(db, limit=100_000))
    out["stories"] = [queries.to_json(s) for s in queries.stories(db, limit=100_000)]
    out["counts"] = {t: db.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in TABLES}
    return {k: _canonical(v) for k, v in out.items()}


def _compare(incremental: Path, full: Path) -> None:
    a, b = sqlite3.connect(incremental), sqlite3.connect(full)
    try:
        got, want = _answers(a), _answers(b)
    finally:
        a.close()
        b.close()
    assert got.keys() == want.keys()
    for key in want:
        assert got[key] == want[key], key


def _second_part(first: Path, tmp: Path, paths: list[Path]) -> tuple[Path, Path]:
    inc = _copy(first, tmp / "incremental.db")
    _ingest(inc, paths)
    return inc, _copy(inc, tmp / "full.db")


def test_tune_after_sample_gives_the_full_rebuilds_answers(first_part: Path, tmp_path: Path) -> None:
    inc, full = _second_part(first_part, tmp_path, [TUNE])
    with Store(inc) as store:
        report = resolve_incremental(store, max_share=1.0)  # the tune part outnumbers the sample: force it
    assert report.mode == "incremental"
    assert report.new_documents > 100
    with Store(full) as store:
        resolve_store(store)
    _compare(inc, full)


def test_a_few_new_articles_re_resolve_only_their_closure(first_part: Path, tmp_path: Path) -> None:
    inc = _copy(first_part, tmp_path / "base.db")
    _ingest(inc, [TUNE / lang for lang in ("en", "fr", "de", "es", "ja", "zh-Hans")])
    with Store(inc) as store:
        resolve_store(store)
    inc, full = _second_part(inc, tmp_path, [TUNE / "it"])
    with Store(inc) as store:
        report = resolve_changes(store)
    assert report.mode == "incremental", report.line()
    assert report.closure < report.total
    with Store(full) as store:
        resolve_store(store)
    _compare(inc, full)


def test_a_closure_is_resolved_in_content_order_whatever_the_arrival_order(tmp_path: Path) -> None:
    """The full rebuild reads documents in content order (by id); a closure read in arrival order resolved
    apart from it whenever the two orders disagreed (ingested_at has whole seconds, so a batch's documents
    fall into a different order depending on where the clock ticked). Here the Chinese article came first, so
    Henrik Solberg and Marta Lindqvist took its native names, not the Japanese article's as in the rebuild;
    over the tune corpus a sound merge (玛尔塔·林德奎斯特 = Marta Lindqvist) was missed the same way."""
    from peoplemoves.resolve.incremental_index import load_documents
    from peoplemoves.store.sqlite import load_resolve_inputs

    inc = tmp_path / "inc.db"
    _ingest(inc, sorted(SAMPLE.glob("00[1-4]_fjordcell_*.txt")))
    with Store(inc) as store:
        resolve_store(store)
    _ingest(inc, [SAMPLE / "005_fjordcell_ceo_zh-Hans.txt"])
    with sqlite3.connect(inc) as db:  # arrival order: the reverse of content order
        ids = [r[0] for r in db.execute("SELECT id FROM documents ORDER BY id DESC")]
        db.executemany("UPDATE documents SET ingested_at = ? WHERE id = ?",
                       [(f"2025-01-01T00:00:{i:02d}+00:00", doc) for i, doc in enumerate(ids)])
    full = _copy(inc, tmp_path / "full.db")
    with Store(inc) as store:
        want = [(d.doc_id, [e.name for e in d.entities]) for d in load_resolve_inputs(store)]
        got = [(d.doc_id, [e.name for e in d.entities]) for d in load_documents(store.db, ids)]
        assert got == want
        report = resolve_incremental(store, max_share=1.0)
    assert (report.mode, report.closure) == ("incremental", 5), report.line()
    with Store(full) as store:
        resolve_store(store)
    _compare(inc, full)


def test_nothing_new_changes_nothing(first_part: Path, tmp_path: Path) -> None:
    path = _copy(first_part, tmp_path / "same.db")
    with Store(path) as store:
        before = _answers(store.db)
        report = resolve_changes(store)
        assert report.mode == "none"
        assert _answers(store.db) == before


def test_a_store_never_indexed_is_rebuilt_in_full(tmp_path: Path) -> None:
    path = tmp_path / "fresh.db"
    _ingest(path, [SAMPLE / name for name in sorted(p.name for p in SAMPLE.glob("00*"))[:6]])
    with Store(path) as store:
        report = resolve_changes(store)
        assert report.mode == "full"
        assert store.db.execute("SELECT COUNT(*) FROM facts").fetchone()[0] > 0
        assert resolve_changes(store).mode == "none"


@pytest.mark.parametrize("seed", [1, 2])
def test_generated_documents_in_two_parts_give_the_full_rebuilds_answers(tmp_path: Path, seed: int) -> None:
    """Many names in several scripts, sound-alike surnames, translations: no extraction, many merges."""
    from peoplemoves.bench.resolve_speed import generate
    from peoplemoves.bench.watch_speed import fresh_documents, write_documents

    docs = generate(400, seed)
    inc = tmp_path / "inc.db"
    with Store(inc) as store:
        write_documents(store, docs[:360], "2025-01-01T00:00:00+00:00")
        resolve_store(store)
        write_documents(store, docs[360:] + fresh_documents(5, 10_000, seed), "2025-01-02T00:00:00+00:00")
    full = _copy(inc, tmp_path / "full.db")
    with Store(inc) as store:
        report = resolve_incremental(store, max_share=1.0)
    assert report.mode == "incremental", report.line()
    with Store(full) as store:
        resolve_store(store)
    _compare(inc, full)


def test_articles_about_newcomers_re_resolve_only_themselves(tmp_path: Path) -> None:
    from peoplemoves.bench.resolve_speed import generate
    from peoplemoves.bench.watch_speed import fresh_documents, write_documents

    path = tmp_path / "store.db"
    with Store(path) as store:
        write_documents(store, generate(300, 3), "2025-01-01T00:00:00+00:00")
        resolve_store(store)
        write_documents(store, fresh_documents(4, 10_000, 3), "2025-01-02T00:00:00+00:00")
        report = resolve_changes(store)
        assert (report.mode, report.closure, report.new_documents) == ("incremental", 4, 4)
        names = {r[0] for r in store.db.execute("SELECT name FROM r_entities")}
        assert sum(name.startswith("Xa") for name in names) == 4


def test_resolve_incremental_on_the_command_line(tmp_path: Path, capsys) -> None:
    from peoplemoves.bench.resolve_speed import generate
    from peoplemoves.bench.watch_speed import fresh_documents, write_documents
    from peoplemoves.cli.main import main

    path = tmp_path / "store.db"
    with Store(path) as store:
        write_documents(store, generate(100, 4), "2025-01-01T00:00:00+00:00")
    assert main(["resolve", "--incremental", "--db", str(path)]) == 0
    assert "resolve (full)" in capsys.readouterr().err  # never indexed: one full rebuild
    with Store(path) as store:
        write_documents(store, fresh_documents(2, 10_000, 4), "2025-01-02T00:00:00+00:00")
    assert main(["resolve", "--incremental", "--db", str(path)]) == 0
    assert "resolve (incremental): 2 new documents, 2 of 102 re-resolved" in capsys.readouterr().err
    assert main(["resolve", "--incremental", "--db", str(path)]) == 0
    assert "nothing new" in capsys.readouterr().err
