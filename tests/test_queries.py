"""``who``, ``moves``, ``person``, ``conflicts`` and ``export`` over a small resolved record.

The record (tests/serve_record.py) has the same person under Latin, Chinese (Simplified and
Traditional) and Japanese names, sources in eight languages, disputed dates, planned and
rumored moves, sources learned on different days, and one hostile article.
"""

from __future__ import annotations

import csv
import io
import json
import os
import sqlite3
from pathlib import Path

import pytest

from peoplemoves.cli.main import main
from peoplemoves.serve import names
from peoplemoves.serve import queries as q
from peoplemoves.serve.db import open_readonly
from serve_record import HOSTILE_EVIDENCE, HOSTILE_NAME, Record, build_record


@pytest.fixture(scope="module")
def record(tmp_path_factory: pytest.TempPathFactory) -> Record:
    return build_record(tmp_path_factory.mktemp("record") / "record.db")


def run(capsys: pytest.CaptureFixture[str], *argv: object) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def run_json(capsys: pytest.CaptureFixture[str], record: Record, *argv: object) -> dict | list:
    code, out, err = run(capsys, *argv, "--db", record.path, "--json")
    assert code == 0, err
    return json.loads(out)


# --- folding and look-up -------------------------------------------------------------------------


@pytest.mark.parametrize(("a", "b"), [
    ("奧特曼", "奥特曼"),  # Traditional -> Simplified
    ("Lucía  Ortega", "lucia ortega"),  # accents, case, spaces
    ("ヘンリク・ソルベリ", "ヘンリク ソルベリ"),  # Japanese middle dot
    ("亨里克·索尔伯格", "亨里克索尔伯格"),  # Chinese interpunct
    ("ＯｐｅｎＡＩ", "openai"),  # full-width (NFKC)
])
def test_fold_makes_surface_forms_of_one_name_equal(a: str, b: str) -> None:
    """Why: a name typed in any script, width or spacing must reach the stored folded alias."""
    assert names.fold(a) == names.fold(b)


@pytest.mark.parametrize(("query", "expected", "how"), [
    ("奥特曼", "Sam Altman", "exact"),
    ("奧特曼", "Sam Altman", "exact"),
    ("サム・アルトマン", "Sam Altman", "exact"),
    ("索爾伯格", "Henrik Solberg", "exact"),
    ("ヘンリク・ソルベリ", "Henrik Solberg", "exact"),
    ("lucia ortega", "Lucía Ortega", "exact"),
    ("Henrik Solbreg", "Henrik Solberg", "fuzzy"),
    ("Lindq", "Marta Lindqvist", "prefix"),
])
def test_people_are_found_from_any_surface_form(record: Record, query: str, expected: str, how: str) -> None:
    db = open_readonly(record.path)
    match, _ = q.find_entity(db, query, "person")
    assert (match.entity.name, match.how) == (expected, how)


def test_organizations_are_found_case_blind_and_by_native_name(record: Record) -> None:
    db = open_readonly(record.path)
    assert q.find_entity(db, "openai", "org")[0].entity.name == "OpenAI"
    assert q.find_entity(db, "峡湾电池", "org")[0].entity.name == "Fjordcell"
    assert q.find_entity(db, "フィヨルドセル", "org")[0].entity.name == "Fjordcell"
    with pytest.raises(q.NotFound):
        q.find_entity(db, "Henrik Solberg", "org")  # a person is not an organization


# --- who ------------------------------------------------------------------------------------------


def holders(answer: dict) -> set[tuple[str, str]]:
    return {(p["person"]["name"], p["role"]) for p in answer["holders"]}


def test_who_answers_for_a_date_from_a_chinese_name(capsys: pytest.CaptureFixture[str], record: Record) -> None:
    before = run_json(capsys, record, "who", "峡湾电池", "--at", "2024-01-01")
    assert before["org"]["name"] == "Fjordcell"
    assert before["matched"]["alias"] == "峡湾电池"
    assert holders(before) == {("Henrik Solberg", "chief executive officer"), ("Ingrid Aas", "chair"),
                               ("Marta Lindqvist", "chief financial officer")}
    after = run_json(capsys, record, "who", "Fjordcell", "--at", "2025-03-13")
    assert ("Henrik Solberg", "chief executive officer") not in holders(after)
    acting = [p for p in after["holders"] if p["role"] == "chief executive officer"]
    assert [p["person"]["name"] for p in acting] == ["Marta Lindqvist"] and acting[0]["interim"]
    # the position's start fact travels with it: its sources, languages and the disputed date
    fact = acting[0]["start_fact"]
    assert fact["languages"] == ["en", "zh-Hans"] and fact["conflict"]


def test_who_defaults_to_today_and_filters_by_role(capsys: pytest.CaptureFixture[str], record: Record) -> None:
    today = run_json(capsys, record, "who", "OpenAI")
    assert today["at"] == q.today()
    assert holders(today) == {("Sam Altman", "chief executive officer")}
    mid_crisis = run_json(capsys, record, "who", "openai", "--at", "2023-11-20", "--role", "CEO")
    assert holders(mid_crisis) == {("Mira Murati", "chief executive officer")}
    assert run_json(capsys, record, "who", "Fjordcell", "--at", "2024-01-01", "--role", "chair")["holders"][0][
        "person"]["name"] == "Ingrid Aas"


def test_who_shows_planned_positions_apart_from_held_ones(capsys: pytest.CaptureFixture[str], record: Record) -> None:
    """Why: a move announced for a date is listed apart as scheduled before it, and takes effect on it."""
    before = run_json(capsys, record, "who", "Verdier", "--at", "2026-06-01")
    assert before["holders"] == []
    assert [(p["person"]["name"], p["status"]) for p in before["unconfirmed"]] == [("Claire Fontaine", "planned")]
    start = before["unconfirmed"][0]["start_date"]
    after = run_json(capsys, record, "who", "Verdier", "--at", start)
    assert [(p["person"]["name"], p["status"]) for p in after["holders"]] == [("Claire Fontaine", "planned")]


def test_who_known_at_answers_as_the_record_stood(capsys: pytest.CaptureFixture[str], record: Record) -> None:
    """Why: "what did we know on 1 March" must not use sources ingested later."""
    then = run_json(capsys, record, "who", "Fjordcell", "--at", "2025-06-01", "--known-at", "2025-03-01")
    assert holders(then) == {("Henrik Solberg", "chief executive officer")}
    assert then["holders"][0]["end_date"] is None  # the resignation was not known yet
    now = run_json(capsys, record, "who", "Fjordcell", "--at", "2025-06-01")
    assert ("Henrik Solberg", "chief executive officer") not in holders(now)


def test_who_prints_a_table(capsys: pytest.CaptureFixture[str], record: Record) -> None:
    code, out, _ = run(capsys, "who", "峡湾电池", "--at", "2025-06-01", "--db", record.path)
    assert code == 0
    assert "峡湾电池 → Fjordcell" in out
    assert "Lindqvist" in out and "acting" in out and "disputed" in out  # table cells may wrap


# --- moves ----------------------------------------------------------------------------------------


def test_moves_in_a_month_across_organizations(capsys: pytest.CaptureFixture[str], record: Record) -> None:
    answer = run_json(capsys, record, "moves", "--since", "2023-11", "--until", "2023-11")
    got = [(f["date"], f["kind"], f["person"]["name"]) for f in answer["moves"]]
    assert got == [("2023-11-22", "start_position", "Sam Altman"), ("2023-11-17", "start_position", "Mira Murati"),
                   ("2023-11-17", "end_position", "Sam Altman")]
    assert answer["total"] == 3
    assert {s["lang"] for f in answer["moves"] for s in f["sources"]} == {"en", "zh-Hans", "es", "ja", "zh-Hant"}


def test_moves_filters_by_organization_kind_and_period(capsys: pytest.CaptureFixture[str], record: Record) -> None:
    leaves = run_json(capsys, record, "moves", "openai", "--kind", "end_position")
    assert [f["person"]["name"] for f in leaves["moves"]] == ["Sam Altman"]
    year = run_json(capsys, record, "moves", "--since", "2024", "--until", "2024")
    assert {f["person"]["name"] for f in year["moves"]} == {"Lucía Ortega", "Jonas Kessler", HOSTILE_NAME}
    day = run_json(capsys, record, "moves", "--since", "2024-06-01", "--until", "2024-06-01")
    assert [f["person"]["name"] for f in day["moves"]] == ["Lucía Ortega"]
    none = run_json(capsys, record, "moves", "Fjordcell", "--since", "2020", "--until", "2024-12-31")
    assert none["moves"] == [] and none["total"] == 0


def test_moves_known_at_hides_facts_learned_later(capsys: pytest.CaptureFixture[str], record: Record) -> None:
    early = run_json(capsys, record, "moves", "Fjordcell", "--known-at", "2025-03-17")
    resignation = next(f for f in early["moves"] if f["kind"] == "end_position")
    assert sorted(s["lang"] for s in resignation["sources"]) == ["en", "fr"]
    assert not resignation["conflict"]  # the dissenting Chinese source came on the 19th
    late = run_json(capsys, record, "moves", "Fjordcell", "--known-at", "2025-03-19")
    resignation = next(f for f in late["moves"] if f["kind"] == "end_position")
    assert resignation["conflict"] and len(resignation["sources"]) == 4
    before = run_json(capsys, record, "moves", "Fjordcell", "--known-at", "2025-01-01")
    assert before["moves"] == []


def test_moves_rejects_bad_dates_and_inverted_periods(capsys: pytest.CaptureFixture[str], record: Record) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["moves", "--since", "2024-13-01", "--db", str(record.path)])
    assert exit_info.value.code == 2
    assert "not a date" in capsys.readouterr().err
    code, _, err = run(capsys, "moves", "--since", "2025", "--until", "2024", "--db", record.path)
    assert code == 2 and "after --until" in err


# --- person ---------------------------------------------------------------------------------------


def test_person_career_from_a_chinese_name(capsys: pytest.CaptureFixture[str], record: Record) -> None:
    answer = run_json(capsys, record, "person", "奥特曼")
    assert answer["person"]["name"] == "Sam Altman"
    spans = [(p["start_date"], p["end_date"], p["end_cause"]) for p in answer["positions"]]
    assert spans == [(None, "2023-11-17", "dismissed"), ("2023-11-22", None, None)]
    aliases = {a["alias"]: a["languages"] for a in answer["aliases"]}
    assert aliases["奧特曼"] == ["zh-Hant"] and aliases["サム・アルトマン"] == ["ja"]


def test_person_facts_carry_evidence_offsets_into_the_original(
    capsys: pytest.CaptureFixture[str], record: Record
) -> None:
    """Why: every fact must be checkable against its source text, in every language."""
    answer = run_json(capsys, record, "person", "ヘンリク・ソルベリ")
    db = open_readonly(record.path)
    sources = [s for f in answer["facts"] for s in f["sources"]]
    assert {s["lang"] for s in sources} == {"en", "fr", "ja", "zh-Hans"}
    for s in sources:
        original = db.execute("SELECT original FROM documents WHERE id = ?", (s["doc_id"],)).fetchone()[0]
        assert original[s["evidence_start"]:s["evidence_end"]] == s["evidence"]


def test_person_known_at_and_fuzzy_names(capsys: pytest.CaptureFixture[str], record: Record) -> None:
    then = run_json(capsys, record, "person", "Henrik Solberg", "--known-at", "2025-03-01")
    assert [(p["start_date"], p["end_date"]) for p in then["positions"]] == [("2019-01-07", None)]
    code, out, _ = run(capsys, "person", "Henrik Solbreg", "--db", record.path)
    assert code == 0 and "Henrik Solbreg → Henrik Solberg (fuzzy" in out


def test_unknown_names_fail_with_suggestions(capsys: pytest.CaptureFixture[str], record: Record) -> None:
    code, out, err = run(capsys, "person", "Nobody Atall", "--db", record.path)
    assert code == 1 and out == ""
    assert "no person matches 'Nobody Atall'" in err
    code, _, err = run(capsys, "who", "Henrik Solberg", "--db", record.path)  # a person, not an organization
    assert code == 1 and "no organization matches" in err and "did you mean Henrik Solberg (person)?" in err
    code, out, _ = run(capsys, "who", "Fjordcelll", "--at", "2024-01-01", "--db", record.path)  # a typo still works
    assert code == 0 and "Fjordcelll → Fjordcell (fuzzy" in out


def test_queries_never_create_a_store(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    missing = tmp_path / "none.db"
    code, _, err = run(capsys, "who", "OpenAI", "--db", missing)
    assert code == 1 and "no store at" in err
    assert not missing.exists()


def test_article_text_cannot_drive_the_terminal(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """Why: names come from hostile articles; escape sequences and console markup must print inert."""
    record = build_record(tmp_path / "r.db")
    db = sqlite3.connect(record.path)
    db.execute("UPDATE r_entities SET name = ? WHERE id = ?",
               ("Henrik \x1b[2J\x1b]0;owned\x07[bold red]Solberg[/]", record.entities["solberg"]))
    db.commit()
    db.close()
    code, out, _ = run(capsys, "person", "索尔伯格", "--db", record.path)
    assert code == 0
    assert "\x1b[2J" not in out and "\x07" not in out
    assert "[bold red]Solberg[/]" in out  # shown as written, not interpreted


# --- conflicts and export -------------------------------------------------------------------------


def test_conflicts_list_every_value_with_its_sources(capsys: pytest.CaptureFixture[str], record: Record) -> None:
    facts = run_json(capsys, record, "conflicts")
    by_id = {f["id"]: f for f in facts}
    assert set(by_id) == {record.facts["solberg-end"], record.facts["lindqvist-start"], record.facts["altman-return"]}
    disputed = by_id[record.facts["solberg-end"]]["disputed"]
    assert [d["field"] for d in disputed] == ["date"]
    values = {v["value"]: sorted(s["lang"] for s in v["sources"]) for v in disputed[0]["values"]}
    assert values == {"2025-03-13": ["en", "fr", "ja"], "2025-03-14": ["zh-Hans"]}
    code, out, _ = run(capsys, "conflicts", "--db", record.path)
    assert code == 0 and "date = 2025-03-14: zh-Hans fjordcell_ceo_zh" in out


def test_export_json_has_entities_positions_facts_and_stories(capsys: pytest.CaptureFixture[str],
                                                               record: Record) -> None:
    code, out, err = run(capsys, "export", "--format", "json", "--db", record.path)
    assert code == 0 and "export: 11 facts as json" in err
    data = json.loads(out)
    assert len(data["facts"]) == 11 and len(data["positions"]) == 11 and len(data["stories"]) == 5
    solberg = next(e for e in data["entities"] if e["name"] == "Henrik Solberg")
    assert {"亨里克·索尔伯格", "ヘンリク・ソルベリ"} <= {a["alias"] for a in solberg["aliases"]}
    assert all(f["sources"] for f in data["facts"])


def test_export_csv_one_row_per_fact(capsys: pytest.CaptureFixture[str], record: Record, tmp_path: Path) -> None:
    target = tmp_path / "facts.csv"
    code, out, _ = run(capsys, "export", "--format", "csv", "-o", target, "--db", record.path)
    assert code == 0 and out == ""
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8"))))
    assert len(rows) == 11
    resignation = next(r for r in rows if r["fact_id"] == str(record.facts["solberg-end"]))
    assert resignation["languages"] == "en;fr;ja;zh-Hans" and resignation["conflict"] == "1"
    assert json.loads(resignation["disputed"])["date"]["2025-03-14"] == [record.docs["fj-zh"]]


def test_export_wikidata_statements(capsys: pytest.CaptureFixture[str], record: Record) -> None:
    """Why: the record should line up with Wikidata's model (P39/P108 with P580, P582, P1534, sourced)."""
    code, out, _ = run(capsys, "export", "--format", "wikidata", "--db", record.path)
    assert code == 0
    items = {i["labels"]["en"]["value"]: i for i in json.loads(out)}
    assert "Claire Fontaine" not in items  # a planned position is not a statement
    solberg = items["Henrik Solberg"]
    assert solberg["labels"]["zh"]["value"] == "亨里克·索尔伯格"  # the native form its documents use
    assert {a["value"] for a in solberg["aliases"]["zh"]} == {"索尔伯格"}
    (p39,) = solberg["claims"]["P39"]
    assert p39["mainsnak"]["datavalue"]["value"]["label"] == "chief executive officer"
    q = p39["qualifiers"]
    assert "P642" not in q  # deprecated: the organization is the employer qualifier
    assert q["P108"][0]["datavalue"]["value"]["label"] == "Fjordcell"
    assert q["P580"][0]["datavalue"]["value"]["time"] == "+2019-01-07T00:00:00Z"
    assert q["P580"][0]["datavalue"]["value"]["precision"] == 11
    assert q["P582"][0]["datavalue"]["value"]["time"] == "+2025-03-13T00:00:00Z"
    assert q["P1534"][0]["datavalue"]["value"]["label"] == "resignation"
    (p108,) = solberg["claims"]["P108"]
    assert p108["mainsnak"]["datavalue"]["value"]["label"] == "Fjordcell"
    refs = p39["references"]
    # P407 takes an item: English, French, Japanese, Simplified Chinese
    assert {r["snaks"]["P407"][0]["datavalue"]["value"]["id"] for r in refs} == {"Q1860", "Q150", "Q5287",
                                                                                  "Q13414913"}
    quotes = [r["snaks"]["P1683"][0]["datavalue"]["value"] for r in refs]
    assert {"text": "峡湾电池公司首席执行官亨里克·索尔伯格于3月14日辞职", "language": "zh"} in quotes
    assert any(r["snaks"].get("P854", [{}])[0].get("datavalue", {}).get("value") == "https://news.example/fjordcell-ceo"
               for r in refs)
    mallory = next(i for name, i in items.items() if name.startswith("Mallory"))
    assert all("P854" not in r["snaks"] for s in mallory["claims"]["P39"] for r in s["references"])  # javascript: URL
    quotes = [r["snaks"]["P1683"][0]["datavalue"]["value"]["text"] for s in mallory["claims"]["P39"]
              for r in s["references"]]
    assert quotes == [HOSTILE_EVIDENCE]  # data, kept as written


# --- the benchmark store ---------------------------------------------------------------------------


def test_benchmark_store_is_a_consistent_record(tmp_path: Path) -> None:
    """Why: the query benchmark times the real query functions; its synthetic record must be queryable."""
    from peoplemoves.bench.query_store import build_query_store

    built = build_query_store(tmp_path / "bench.db", documents=500, seed=3)
    assert (built.people, built.orgs) == (300, 75)
    assert built.facts == 1000
    db = open_readonly(built.path)
    assert db.execute("SELECT COUNT(*) FROM fact_sources s LEFT JOIN documents d ON d.id = s.doc_id"
                      " WHERE d.id IS NULL").fetchone()[0] == 0
    for name in built.person_names[:20]:
        match, _ = q.find_entity(db, name, "person")
        assert q.person(db, match.entity).facts
    org = q.find_entity(db, built.org_names[0], "org")[0].entity
    assert q.moves(db, org, since="1995", until="2025").moves
    again = build_query_store(tmp_path / "again.db", documents=500, seed=3)
    assert again.person_names == built.person_names  # seeded: the same store every time


# --- demo -----------------------------------------------------------------------------------------


@pytest.mark.slow
def test_demo_resolves_summarizes_and_serves(tmp_path: Path) -> None:
    """Why: the README's main job must end with results a person can see, and --serve must show them."""
    import socket
    import subprocess
    import sys
    import time
    import urllib.request

    root = Path(__file__).resolve().parent.parent
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    db = tmp_path / "demo.db"
    proc = subprocess.Popen([sys.executable, "-m", "peoplemoves", "demo", "--db", str(db), "--serve", "--port",
                             str(port)], cwd=root, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                            env={**os.environ, "COLUMNS": "200"})
    try:
        summary = None
        deadline = time.monotonic() + 120
        while summary is None and time.monotonic() < deadline and proc.poll() is None:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/summary", timeout=2) as response:
                    summary = json.loads(response.read())
            except OSError:
                time.sleep(0.2)
        assert summary is not None, "demo --serve never answered"
        assert summary["documents"] >= 39 and summary["facts"] > 0 and summary["people"] > 0
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=5) as response:
            assert b"/static/app.js" in response.read()
    finally:
        proc.terminate()
        output = proc.communicate(timeout=30)[0]
    assert "ingest: " in output and "documents, " in output  # the ingest summary is kept
    assert "the record" in output and "organizations" in output and "conflicts" in output
    assert "latest moves" in output
    assert f"serving the page at http://127.0.0.1:{port}/" in output


def test_demo_without_serve_says_how_to_see_the_page(capsys: pytest.CaptureFixture[str], record: Record) -> None:
    from peoplemoves.cli.demo_summary import resolve_and_summarize

    resolve_and_summarize(record.path, added=0)  # a record exists: nothing is resolved again
    out = capsys.readouterr().out
    assert "resolve:" not in out
    assert "the record" in out and "Fjordcell" in out and "latest moves" in out
    assert f"peoplemoves serve --db {record.path}" in out and "http://127.0.0.1:8000/" in out
