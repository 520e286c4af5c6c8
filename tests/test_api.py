"""The HTTP API through FastAPI's TestClient: the read endpoints, the page's headers, /docs offline,
and the token-guarded ingest endpoint."""

from __future__ import annotations

import re
import sqlite3
import warnings
from pathlib import Path

import pytest

from serve_record import HOSTILE_EVIDENCE, HOSTILE_TEXT, Record, build_record

pytest.importorskip("httpx", reason="the API tests need httpx (pip install -e .[test])")
with warnings.catch_warnings():  # recent Starlette prefers httpx2 (not packaged here); httpx works
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from peoplemoves.cli.main import build_parser
from peoplemoves.cli.serve_commands import is_loopback, read_token
from peoplemoves.serve import create_app
from peoplemoves.serve.api import CSP
from peoplemoves.serve.db import open_readonly

TOKEN = "correct horse battery staple"
SAMPLE_EN = Path(__file__).resolve().parent.parent / "data" / "sample" / "001_fjordcell_ceo_en.txt"


@pytest.fixture(scope="module")
def record(tmp_path_factory: pytest.TempPathFactory) -> Record:
    return build_record(tmp_path_factory.mktemp("api") / "record.db")


@pytest.fixture(scope="module")
def client(record: Record) -> TestClient:
    return TestClient(create_app(record.path))


# --- read endpoints -------------------------------------------------------------------------------


def test_who_from_any_script_and_by_id(client: TestClient, record: Record) -> None:
    answer = client.get("/api/who", params={"org": "フィヨルドセル", "at": "2024-01-01"}).json()
    assert answer["org"]["name"] == "Fjordcell"
    assert {p["person"]["name"] for p in answer["holders"]} == {"Henrik Solberg", "Ingrid Aas", "Marta Lindqvist"}
    by_id = client.get("/api/who", params={"org_id": record.entities["fjordcell"], "at": "2025-06-01",
                                           "role": "chief executive"}).json()
    assert [(p["person"]["name"], p["interim"]) for p in by_id["holders"]] == [("Marta Lindqvist", True)]
    known = client.get("/api/who", params={"org": "Fjordcell", "at": "2025-06-01", "known_at": "2025-03-01"}).json()
    assert [p["person"]["name"] for p in known["holders"]] == ["Henrik Solberg"]


def test_moves_person_conflicts(client: TestClient, record: Record) -> None:
    moves = client.get("/api/moves", params={"org": "openai", "since": "2023-11-01", "until": "2023-11-30"}).json()
    assert [f["person"]["name"] for f in moves["moves"]] == ["Sam Altman", "Mira Murati", "Sam Altman"]
    person = client.get("/api/person", params={"name": "奧特曼"}).json()
    assert person["person"]["name"] == "Sam Altman"
    assert person["matched"] == {"entity": person["person"], "alias": "奧特曼", "how": "exact", "score": 100.0,
                                 "facts": 2}
    conflicts = client.get("/api/conflicts").json()
    assert {f["id"] for f in conflicts} == {record.facts[k] for k in ("solberg-end", "lindqvist-start",
                                                                      "altman-return")}
    disputed = next(f for f in conflicts if f["id"] == record.facts["altman-return"])["disputed"][0]
    assert {v["value"]: [s["lang"] for s in v["sources"]] for v in disputed["values"]} == {
        "2023-11-22": ["ja", "zh-Hant"], "2023-11-21": ["es"]}


def test_search_any_script(client: TestClient) -> None:
    for query, name in (("索尔伯格", "Henrik Solberg"), ("ソルベリ", "Henrik Solberg"), ("openai", "OpenAI"),
                        ("LUCIA", "Lucía Ortega"), ("Mira Muratti", "Mira Murati")):
        matches = client.get("/api/search", params={"q": query}).json()["matches"]
        assert matches and matches[0]["entity"]["name"] == name, query
    assert client.get("/api/search", params={"q": "qqqqzzzz"}).json()["matches"] == []
    assert client.get("/api/search", params={"q": ""}).status_code == 422


def test_stories_story_and_document(client: TestClient, record: Record) -> None:
    stories = client.get("/api/stories").json()
    assert stories[0]["id"] == "story-fjordcell" and stories[0]["languages"] == ["en", "fr", "ja", "zh-Hans"]
    story = client.get("/api/story/story-fjordcell").json()
    assert [g["lang"] for g in story["languages"]] == ["en", "fr", "ja", "zh-Hans"]
    assert {d["article"] for g in story["languages"] for d in g["documents"]} == {"a-fj-en", "a-fj-ja", "a-fj-zh"}
    assert {f["kind"] for f in story["facts"]} == {"start_position", "end_position"}
    doc = client.get(f"/api/document/{record.docs['fj-zh']}").json()
    assert doc["languages"] == ["zh-Hans"]
    (first, second) = doc["events"]
    for event in (first, second):
        assert doc["original"][event["evidence_start"]:event["evidence_end"]] == event["evidence"]
    assert first["fact_ids"] == [record.facts["solberg-end"]]
    assert doc["stories"] == ["story-fjordcell"]


def test_not_found_and_bad_input(client: TestClient) -> None:
    missing = client.get("/api/person", params={"name": "Fjordcell"})  # an organization, not a person
    assert missing.status_code == 404
    assert missing.json()["suggestions"][0]["name"] == "Fjordcell"
    assert client.get("/api/story/nope").status_code == 404
    assert client.get("/api/document/nope").json()["detail"] == "no document with id 'nope'"
    assert client.get("/api/who", params={"org": "OpenAI", "at": "yesterday"}).status_code == 422
    assert client.get("/api/who").status_code == 422
    assert client.get("/api/moves", params={"kind": "promoted"}).status_code == 422


def test_reads_go_through_a_read_only_connection(record: Record) -> None:
    db = open_readonly(record.path)
    with pytest.raises(sqlite3.OperationalError):
        db.execute("DELETE FROM facts")


# --- the page, its headers, the API description ---------------------------------------------------


@pytest.mark.parametrize("path", ["/", "/docs", "/static/app.js", "/static/app.css", "/api/stories", "/openapi.json"])
def test_every_response_has_the_security_headers(client: TestClient, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 200
    assert response.headers["content-security-policy"] == CSP
    assert "script-src 'self'" in CSP and "object-src 'none'" in CSP and "frame-ancestors 'none'" in CSP
    assert response.headers["x-content-type-options"] == "nosniff"


def test_page_and_docs_load_nothing_from_elsewhere(client: TestClient) -> None:
    """Why: the page must work with no network: no CDN, no web font, no inline script (the CSP forbids it)."""
    for path in ("/", "/docs", "/static/app.js", "/static/docs.js", "/static/app.css"):
        body = client.get(path).text
        assert not re.search(r"(src|href)\s*=\s*[\"']?(https?:)?//", body), path
        assert "@import" not in body and "url(http" not in body
        assert not re.search(r"\.(inner|outer)HTML\s*=|insertAdjacentHTML|document\.write|\beval\(|new Function", body)
    index = client.get("/").text
    assert re.findall(r"<script[^>]*>", index) == ['<script src="/static/app.js" defer>']
    assert "<script>" not in client.get("/docs").text


def test_openapi_describes_every_endpoint(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    assert set(spec["paths"]) >= {"/api/who", "/api/moves", "/api/person", "/api/conflicts", "/api/search",
                                  "/api/stories", "/api/story/{story_id}", "/api/document/{doc_id}", "/api/ingest"}
    ingest = spec["paths"]["/api/ingest"]["post"]
    assert ingest["security"] and {"401", "403"} <= set(ingest["responses"])
    assert "Article" in spec["components"]["schemas"]
    who_params = {p["name"] for p in spec["paths"]["/api/who"]["get"]["parameters"]}
    assert who_params == {"org", "org_id", "role", "at", "known_at"}


# --- ingest ---------------------------------------------------------------------------------------


def test_ingest_refused_without_a_configured_token(client: TestClient) -> None:
    response = client.post("/api/ingest", json=[{"text": "x"}], headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 403
    assert "no ingest token configured" in response.json()["detail"]


@pytest.fixture
def writer(tmp_path: Path) -> tuple[TestClient, Path]:
    db = tmp_path / "write.db"
    return TestClient(create_app(db, token=TOKEN)), db


def auth(token: str = TOKEN) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def test_ingest_wrong_or_missing_token_is_401(writer: tuple[TestClient, Path]) -> None:
    client, db = writer
    for headers in ({}, auth("wrong"), {"Authorization": "Basic abc"}, auth(TOKEN + "x")):
        response = client.post("/api/ingest", json=[{"text": "hello"}], headers=headers)
        assert response.status_code == 401, headers
        assert response.headers["www-authenticate"] == "Bearer"
    assert open_readonly(db).execute("SELECT COUNT(*) FROM documents").fetchone()[0] == 0


@pytest.mark.slow
def test_ingest_stores_articles_and_resolves(writer: tuple[TestClient, Path]) -> None:
    client, _ = writer
    article = SAMPLE_EN.read_text(encoding="utf-8")
    body = [{"id": "fjordcell-en", "text": article, "published": "2025-03-17", "url": "https://example.org/a"},
            {"id": "empty", "text": ""}, {"title": "no body"}, "not an object"]
    answer = client.post("/api/ingest", json=body, headers=auth()).json()
    assert answer["added"] == 1 and answer["already_stored"] == 0 and len(answer["doc_ids"]) == 1
    assert [r["source"] for r in answer["rejected"]] == ["api:2", "api:3", "api:4"]
    assert "neither 'text' nor 'html'" in answer["rejected"][1]["reason"]
    stored = client.get(f"/api/document/{answer['doc_ids'][0]}").json()
    assert stored["original"] == article and stored["url"] == "https://example.org/a"
    if answer["resolve"] is not None:  # this build has a resolve layer: the record answers at once
        person = client.get("/api/person", params={"name": "Henrik Solberg"}).json()
        assert person["person"]["name"] == "Henrik Solberg"
        assert any(s["doc_id"] == answer["doc_ids"][0] for f in person["facts"] for s in f["sources"])
    again = client.post("/api/ingest", json={"articles": [{"text": article}]}, headers=auth()).json()
    assert (again["added"], again["already_stored"], again["doc_ids"]) == (0, 1, answer["doc_ids"])


def test_ingest_plain_text_and_malformed_json(writer: tuple[TestClient, Path]) -> None:
    client, _ = writer
    text = "Ada Lovelace was named chief executive of Analytical Engines Ltd on Monday.\n"
    answer = client.post("/api/ingest", content=text.encode(), headers={**auth(), "Content-Type": "text/plain"}).json()
    assert answer["added"] == 1
    bad = client.post("/api/ingest", content=b"{not json", headers={**auth(), "Content-Type": "application/json"})
    assert bad.status_code == 422 and "malformed JSON" in bad.json()["detail"]
    assert client.post("/api/ingest", json=[], headers=auth()).status_code == 422


def test_ingest_limits_the_request_size(tmp_path: Path) -> None:
    client = TestClient(create_app(tmp_path / "small.db", token=TOKEN, max_ingest_bytes=1000))
    response = client.post("/api/ingest", json=[{"text": "x" * 5000}], headers=auth())
    assert response.status_code == 413


def test_hostile_article_comes_back_as_data(writer: tuple[TestClient, Path]) -> None:
    """Why: the API hands article text to a page; it must arrive byte for byte, as JSON data, never as HTML."""
    client, _ = writer
    answer = client.post("/api/ingest", json=[{"text": HOSTILE_TEXT, "url": "javascript:alert(1)"}],
                         headers=auth()).json()
    assert answer["added"] == 1
    response = client.get(f"/api/document/{answer['doc_ids'][0]}")
    assert response.headers["content-type"].startswith("application/json")
    assert response.json()["original"].replace("\r\n", "\n") == HOSTILE_TEXT
    assert HOSTILE_EVIDENCE in response.json()["original"]


# --- serve command configuration ------------------------------------------------------------------


def test_serve_listens_on_loopback_by_default(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    args = build_parser().parse_args(["serve"])
    assert args.host == "127.0.0.1" and args.port == 8000
    assert is_loopback("127.0.0.1") and is_loopback("localhost") and is_loopback("::1")
    assert not is_loopback("0.0.0.0") and not is_loopback("192.168.1.5")
    monkeypatch.delenv("PEOPLEMOVES_TOKEN", raising=False)
    assert read_token(None) is None
    monkeypatch.setenv("PEOPLEMOVES_TOKEN", " from-env \n")
    assert read_token(None) == "from-env"
    token_file = tmp_path / "token"
    token_file.write_text("from-file\n", encoding="utf-8")
    assert read_token(token_file) == "from-file"
    token_file.write_text("  \n", encoding="utf-8")
    with pytest.raises(ValueError, match="empty"):
        read_token(token_file)
