"""The API against a hostile client: tokens, bodies, ids and every parameter, never a 500.

Every parameter listed in /openapi.json gets injection-looking values; ids get path traversal and
numbers out of SQLite's range; bodies are oversized, deeply nested, malformed or not UTF-8. Every
answer must be a 2xx/4xx with the security headers, and markup sent in must never come back as HTML.
"""

from __future__ import annotations

import json
import warnings
from pathlib import Path
from urllib.parse import quote

import pytest

from serve_record import Record, build_record

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from peoplemoves.serve import create_app
from peoplemoves.serve.api import CSP

TOKEN = "s3cret-token-for-security-tests"
HOSTILE = [
    "' OR 1=1 --", "\"; DROP TABLE documents; --", "<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
    "../../../../etc/passwd", "..%2F..%2Fetc%2Fpasswd", "%00", "\x00", "\u202eevil", "{{7*7}}", "${jndi:ldap://x/a}",
    "9" * 40, "-9223372036854775809", "1e309", "NaN", "", " ", "a" * 5000, "索尔伯格' UNION SELECT *", "%", "_", "*",
    "2025-13-45", "0000-00-00", "9999-12-31T99:99", "null", "[]", "{}", "\\", "\ufffd", "🔋" * 100,
]


@pytest.fixture(scope="module")
def record(tmp_path_factory: pytest.TempPathFactory) -> Record:
    return build_record(tmp_path_factory.mktemp("security") / "record.db")


@pytest.fixture(scope="module")
def client(record: Record) -> TestClient:
    return TestClient(create_app(record.path, token=TOKEN, max_ingest_bytes=200_000), raise_server_exceptions=False)


def check(response, hostile: str = "") -> None:
    assert response.status_code < 500, (response.request.url, response.status_code, response.text[:300])
    assert response.headers.get("content-security-policy") == CSP, response.request.url
    assert response.headers.get("x-content-type-options") == "nosniff"
    if "<script>" in response.text or "<img" in response.text:  # data, never markup
        assert response.headers["content-type"].startswith("application/json"), response.request.url


def test_every_parameter_of_every_endpoint_with_hostile_values(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    tried = 0
    for path, methods in spec["paths"].items():
        operation = methods.get("get")
        if operation is None:
            continue
        params = operation.get("parameters", [])
        for value in HOSTILE:
            if "{" in path:  # path parameters: the value as an id, traversal included
                url = path
                for p in params:
                    if p["in"] == "path":
                        url = url.replace("{" + p["name"] + "}", quote(value, safe="") or "x")
                check(client.get(url), value)
                tried += 1
            for p in params:
                if p["in"] != "query":
                    continue
                check(client.get(path, params={p["name"]: value}), value)
                tried += 1
    assert tried > 300


@pytest.mark.parametrize("path", ["/api/document/../../etc/passwd", "/api/document/..%2F..%2Fetc%2Fpasswd",
                                  "/api/story/%2e%2e%2f%2e%2e%2f", "/static/../../../../etc/passwd",
                                  "/static/%2e%2e/%2e%2e/etc/passwd", "/api/document/%00"])
def test_path_traversal_finds_nothing(client: TestClient, path: str) -> None:
    response = client.get(path)
    check(response)
    assert response.status_code in (404, 422)
    assert "root:" not in response.text


def test_tokens(client: TestClient) -> None:
    body = [{"text": "Jane Doe was appointed chief executive of Acme Corp."}]
    for headers in ({}, {"Authorization": "Bearer wrong"}, {"Authorization": "Basic " + TOKEN},
                    {"Authorization": "Bearer"}, {"Authorization": "Bearer " + TOKEN + "x"},
                    {"Authorization": b"Bearer \xc3\xa9\xff"}, {"X-Token": TOKEN}):
        response = client.post("/api/ingest", json=body, headers=headers)
        check(response)
        assert response.status_code == 401, headers
    for query in ({"token": TOKEN}, {"access_token": TOKEN}, {"Authorization": f"Bearer {TOKEN}"}):
        response = client.post("/api/ingest", json=body, params=query)  # a token in the URL is never accepted
        check(response)
        assert response.status_code == 401


def auth() -> dict[str, str]:
    return {"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"}


@pytest.mark.parametrize("body", [
    b"{not json", b"[1, 2", b'{"text": "\\ud800\\udfff\\ud800"}', b"\xff\xfe\x00garbage", b"null", b"[]", b"{}",
    b"[" * 100_000 + b"]" * 100_000, b'{"articles": ' + b"[" * 50_000 + b"]" * 50_000 + b"}",
    b'[{"text": ' + b"[" * 2_000 + b"]" * 2_000 + b"}]", b'{"text": 1e999999}', b'{"text": "x", "id": {"a": []}}',
    b'[{"html": "<html><body>' + b"<div>" * 5_000 + b'x</body></html>"}]',
])
def test_malformed_nested_and_odd_bodies(client: TestClient, body: bytes) -> None:
    response = client.post("/api/ingest", content=body, headers=auth())
    check(response)


def test_oversized_bodies(client: TestClient) -> None:
    response = client.post("/api/ingest", content=json.dumps([{"text": "x" * 300_000}]).encode(), headers=auth())
    check(response)
    assert response.status_code == 413
    lying = client.post("/api/ingest", content=b"[" + b" " * 300_000 + b"]",
                        headers={**auth(), "Content-Length": "10"})
    check(lying)


def test_hostile_markup_ingested_comes_back_only_as_json(client: TestClient) -> None:
    text = "<script>alert('x')</script> Mallory <img src=x onerror=alert(1)> was appointed chief executive of Evil."
    answer = client.post("/api/ingest", json=[{"text": text, "title": "<script>t</script>"}], headers=auth())
    check(answer)
    doc_id = answer.json()["doc_ids"][0]
    stored = client.get(f"/api/document/{doc_id}")
    check(stored)
    assert stored.json()["original"] == text
    for path in ("/", "/docs"):
        page = client.get(path)
        check(page)
        assert "alert('x')" not in page.text


def test_wrong_methods_and_unknown_paths(client: TestClient, record: Record) -> None:
    for method, path in (("DELETE", "/api/summary"), ("PUT", "/api/ingest"), ("GET", "/api/ingest"),
                         ("POST", "/api/who"), ("GET", "/api/nothing"), ("GET", "/" + "a/" * 2000)):
        check(client.request(method, path))
    assert Path(record.path).exists()
