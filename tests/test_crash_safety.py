"""Nothing is lost: the record is replaced atomically, and a run killed at any moment is finished by the next.

Before: SIGKILL while ``ingest`` rebuilt the record left every document stored and an empty record;
re-running the same ingest added nothing and did not rebuild, so ``who`` answered from nothing.
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from peoplemoves.cli.main import main
from peoplemoves.extract import extract_document
from peoplemoves.ingest import RawDocument, clean_document
from peoplemoves.resolve import resolve_documents
from peoplemoves.store import RECORD_TABLES, Store, record_is_current
from peoplemoves.store import sqlite as store_sqlite

ROOT = Path(__file__).resolve().parent.parent
FIRST = ["Anna", "Boris", "Clara", "David", "Elena", "Farid", "Greta", "Hugo", "Ines", "Jonas", "Karin", "Luis",
         "Marta", "Nils", "Olga", "Pavel", "Rosa", "Stefan", "Tilda", "Viktor"]
LAST = ["Berg", "Costa", "Dahl", "Engel", "Fischer", "Garcia", "Holm", "Ivanov", "Jensen", "Keller", "Lund",
        "Moreau", "Nagy", "Ortiz", "Petersen", "Quist", "Rossi", "Sato", "Toth", "Vidal"]
ORGS = ["Northwind Holdings", "Bluefjord Energy", "Castella Bank", "Dunmore Logistics", "Everhart Media",
        "Falkenrath Steel", "Greyhaven Insurance", "Halvorsen Shipping", "Ironbridge Capital", "Juniper Telecom"]
ROLES = ["chief executive officer", "chief financial officer", "chairman", "chief operating officer"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November"]
#: documents in the batch: thousands, as the crash test asks (PEOPLEMOVES_KILL_BATCH=3000 for a longer run)
BATCH = int(os.environ.get("PEOPLEMOVES_KILL_BATCH", "2000"))
KILLS_IN_DOCUMENTS = 8
KILLS_IN_REBUILD = 3


def article(i: int) -> str:
    """A small, distinct English article: an appointment or a resignation at one of ten companies."""
    r = random.Random(i)
    person, org, role = f"{r.choice(FIRST)} {r.choice(LAST)}", r.choice(ORGS), r.choice(ROLES)
    when = f"{i % 27 + 1} {MONTHS[i % 11]} {2015 + i % 10}"
    if i % 3:
        return f"{org} said on {when} that {person} was appointed {role}. The board met in the morning (ref {i}).\n"
    return f"{person} resigned as {role} of {org} on {when}, the company said (ref {i}).\n"


def env() -> dict[str, str]:
    variables = {k: v for k, v in os.environ.items() if k != "PEOPLEMOVES_DB"}
    variables["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT / "src"), variables.get("PYTHONPATH")) if p)
    return variables


def ingest_process(db: Path, folder: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "peoplemoves", "ingest", "--db", str(db), str(folder)],
                            env=env(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)


def state(db: Path) -> tuple[int, bool] | None:
    """(documents stored, record current) as another process sees them; None before the store exists."""
    if not db.exists():
        return None
    try:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        try:
            stored = con.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
            return stored, record_is_current(con)
        finally:
            con.close()
    except sqlite3.Error:
        return None


def table_counts(db: Path) -> dict[str, int]:
    with sqlite3.connect(db) as con:
        tables = ("documents", "segments", "events", "entities", "document_sources", *RECORD_TABLES)
        return {t: con.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in tables}


def who_answers(db: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, object]:
    """``who`` for every company (one the extractor took for a person answers 'no organization')."""
    answers: dict[str, object] = {}
    for org in ORGS:
        capsys.readouterr()
        status = main(["who", org, "--at", "2030-01-01", "--json", "--db", str(db)])
        captured = capsys.readouterr()
        if status:
            answers[org] = captured.err
            continue
        holders = json.loads(captured.out)["holders"]
        answers[org] = sorted((h["person"]["name"], h["role"], h.get("start_date") or "") for h in holders)
    return answers


def timed_rebuild(db: Path, folder: Path, probe: Path) -> float:
    """Seconds an ingest that only has to rebuild the record takes, run on a copy of the store."""
    with sqlite3.connect(db) as source, sqlite3.connect(probe) as copy:
        source.backup(copy)
    began = time.monotonic()
    done = subprocess.run([sys.executable, "-m", "peoplemoves", "ingest", "--db", str(probe), str(folder)],
                          env=env(), capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert state(probe) == (BATCH, True)
    return time.monotonic() - began


def check_whole(db: Path, sample: int, rng: random.Random) -> int:
    """Integrity, and every committed document whole: its segments and its events all there."""
    with sqlite3.connect(db) as con:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        for child in ("segments", "events", "entities", "document_sources"):
            orphans = con.execute(f"SELECT COUNT(*) FROM {child} WHERE doc_id NOT IN (SELECT id FROM documents)")
            assert orphans.fetchone()[0] == 0, child
        rows = con.execute("SELECT d.id, d.original, (SELECT COUNT(*) FROM segments s WHERE s.doc_id = d.id),"
                           " (SELECT COUNT(*) FROM events e WHERE e.doc_id = d.id) FROM documents d").fetchall()
    for doc_id, original, n_segments, n_events in rng.sample(rows, min(sample, len(rows))):
        doc = clean_document(RawDocument(name="x", source="x", text=original))
        assert doc.doc_id == doc_id
        assert n_segments == len(doc.segments) > 0
        assert n_events == len(extract_document(doc).events)
    return len(rows)


@pytest.mark.slow
def test_kill_9_at_random_moments_loses_nothing_and_a_rerun_matches_an_uninterrupted_run(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "batch"
    folder.mkdir()
    for i in range(BATCH):
        (folder / f"a{i:05d}.txt").write_text(article(i), encoding="utf-8")
    reference = tmp_path / "reference.db"
    uninterrupted = ingest_process(reference, folder)  # beside the killed runs: both cores work
    db = tmp_path / "killed.db"
    rng = random.Random(12)
    targets = sorted(rng.sample(range(20, BATCH - 20), KILLS_IN_DOCUMENTS))
    kills: list[tuple[str, int]] = []
    rebuild_run: float | None = None  # seconds a run takes to rebuild the record, measured on a copy
    deadline = time.monotonic() + 300
    while len(kills) < KILLS_IN_DOCUMENTS + KILLS_IN_REBUILD and time.monotonic() < deadline:
        if len(kills) > KILLS_IN_DOCUMENTS and rebuild_run is None:
            rebuild_run = timed_rebuild(db, folder, tmp_path / "probe.db")
        proc = ingest_process(db, folder)
        if len(kills) < KILLS_IN_DOCUMENTS:
            phase, target = "documents", targets[len(kills)]
        else:  # the batch is stored: the first run to see it all stored is killed as its rebuild begins,
            phase, target = "rebuild", BATCH  # later ones part-way through a run that only rebuilds
        started = time.monotonic()
        delay = rng.uniform(0.4, 0.85) * rebuild_run if rebuild_run else 0.0
        while proc.poll() is None:
            seen = state(db)
            ready = bool(seen) and seen[0] >= target and (phase == "documents" or not seen[1])
            if ready and time.monotonic() - started >= delay:
                break
            time.sleep(0.002)
        if proc.poll() is not None:  # finished before the kill: nothing left to interrupt
            proc.stderr.close()
            break
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
        proc.stderr.close()
        seen = state(db)
        assert seen is not None
        kills.append((phase, seen[0]))
        check_whole(db, sample=10, rng=rng)
    assert sum(1 for phase, _ in kills if phase == "documents") == KILLS_IN_DOCUMENTS, kills
    assert sum(1 for phase, _ in kills if phase == "rebuild") >= 2, kills
    assert len(kills) >= 10, kills
    stored = state(db)
    assert stored is not None and stored[0] == BATCH and not stored[1]  # the last kill interrupted a rebuild

    rerun = subprocess.run([sys.executable, "-m", "peoplemoves", "ingest", "--db", str(db), str(folder)],
                           env=env(), capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    assert f"ingest: 0 added, {BATCH} already stored" in rerun.stderr
    assert uninterrupted.wait(timeout=300) == 0, uninterrupted.stderr.read()
    uninterrupted.stderr.close()
    assert check_whole(db, sample=50, rng=rng) == BATCH
    assert table_counts(db) == table_counts(reference)
    assert state(db) == (BATCH, True)
    answers = who_answers(db, capsys)
    assert answers == who_answers(reference, capsys)
    assert sum(len(a) for a in answers.values() if isinstance(a, list)) >= len(ORGS)


# --- the mechanism, in-process -----------------------------------------------------------------


def _store_with(path: Path, texts: list[str]) -> Store:
    store = Store(path)
    for i, text in enumerate(texts):
        doc = clean_document(RawDocument(name=f"d{i}", source=f"d{i}", text=text))
        store.add_document(doc, extraction=extract_document(doc))
    return store


def test_a_failed_rebuild_keeps_the_old_record_and_the_next_command_redoes_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "s.db"
    with _store_with(db, [article(1), article(2)]) as store:
        store_sqlite.write_resolution(store, resolve_documents(store_sqlite.load_resolve_inputs(store)))
        assert record_is_current(store)
        before = table_counts(db)
        doc = clean_document(RawDocument(name="d3", source="d3", text=article(4)))
        store.add_document(doc, extraction=extract_document(doc))
        assert not record_is_current(store)  # a document came in: the record is stale until rebuilt

        def dies_half_way(db_: sqlite3.Connection, res: object) -> None:
            db_.execute("INSERT INTO r_entities(id, kind, name) VALUES (999, 'person', 'half')")
            raise KeyboardInterrupt  # as a kill would, after part of the new record was written

        monkeypatch.setattr(store_sqlite, "insert_resolution", dies_half_way)
        with pytest.raises(KeyboardInterrupt):
            store_sqlite.write_resolution(store, resolve_documents(store_sqlite.load_resolve_inputs(store)))
        monkeypatch.undo()
        assert {k: v for k, v in table_counts(db).items() if k in RECORD_TABLES} == \
            {k: v for k, v in before.items() if k in RECORD_TABLES}  # the old record, whole
        assert not record_is_current(store)
    capsys.readouterr()
    assert main(["who", "Everhart Media", "--json", "--db", str(db)]) in (0, 1)  # any reader repairs it first
    with Store(db) as store:
        assert record_is_current(store)


def test_a_store_from_before_the_counters_is_rebuilt_once(tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    with _store_with(db, [article(1)]) as store:
        store.db.execute("DROP TABLE store_state")  # as a store written before this version
    with Store(db) as store:
        assert not record_is_current(store)


def test_a_reader_leaves_the_rebuild_to_a_live_writer_and_does_it_after_a_killed_one(tmp_path: Path) -> None:
    """Why: during a long ingest every `who` would otherwise rebuild the whole record itself."""
    from peoplemoves.serve.db import ensure_record
    from peoplemoves.store import writer_active, writing

    db = tmp_path / "w.db"
    with _store_with(db, [article(1)]) as store:
        assert not record_is_current(store)
        with writing(db):
            assert writer_active(db)
            assert not ensure_record(store)  # an ingest is running: it will rebuild when done
            assert not record_is_current(store)
        assert not writer_active(db)  # the writer ended (or was killed: the kernel drops its lock)
        assert ensure_record(store)
        assert record_is_current(store)
