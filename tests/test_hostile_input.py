"""Defects found by trying the program as a hostile or unlucky user would (issue 12).

Each test here failed before its fix: lone surrogates in JSON Lines and API bodies, file names
that are not UTF-8 or hold a newline, stores created by typos, a banner before a busy port
fails, out-of-range ids answering 500, and 500 answers without the security headers.
"""

from __future__ import annotations

import json
import os
import socket
import warnings
from pathlib import Path

import pytest

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from peoplemoves.cli.main import main
from peoplemoves.ingest import RawDocument, Rejection, content_id
from peoplemoves.ingest.outside import printable_name, program_text
from peoplemoves.serve import create_app
from peoplemoves.serve.api import CSP
from peoplemoves.store import Store

ARTICLE = "Jane Doe was appointed chief executive of Acme Corp on Monday, the company said."
TOKEN = "t0ken-for-tests"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main([str(a) for a in argv])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def assert_every_line_is_ours(err: str) -> None:
    """Every stderr line is a message of the program: a name cannot forge a line of its own."""
    for line in err.splitlines():
        assert line.startswith(("peoplemoves: ", "ingest: ", "clean: ", "extract: ")), line


# --- one place where outside text becomes program text ---------------------------------------------


def test_program_text_keeps_length_so_offsets_hold() -> None:
    text = "a\ud800b\x00c\x1bd\ue000 é\u0301\t\n"
    clean = program_text(text)
    assert len(clean) == len(text) and clean.encode("utf-8")
    assert clean == "a\ufffdb\ufffdc\ufffdd\ue000 é\u0301\t\n"
    assert program_text("\ufeffhello") == "hello"


def test_printable_name_is_one_encodable_line() -> None:
    name = os.fsdecode(b"bad\xff\nperson: fake line") + "\u202e.txt"
    shown = printable_name(name)
    assert shown == "bad\\xff\\nperson: fake line\\u202e.txt"
    assert "\n" not in shown and shown.encode("utf-8")
    assert Rejection(name, "no\nway").line() == "rejected bad\\xff\\nperson: fake line\\u202e.txt: no\\nway"


def test_raw_documents_are_always_encodable() -> None:
    doc = RawDocument(name="x\udcff", source="s\n", text="\ud800 " + ARTICLE, title="t\ud800")
    assert content_id(doc.text)  # used to raise UnicodeEncodeError
    assert doc.text == "\ufffd " + ARTICLE and doc.name == "x\\xff" and doc.source == "s\\n"


def test_jsonl_lone_surrogate_is_stored_not_a_traceback(tmp_path: Path, capsys) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text('{"id": "s1", "text": "\\ud800 ' + ARTICLE + '"}\n{"id": "s2", "text": "' + ARTICLE
                    + ' Again."}\n', encoding="utf-8")
    status, _, err = run(capsys, "ingest", feed, "--db", tmp_path / "s.db")
    assert status == 0, err
    assert "2 added" in err
    with Store(tmp_path / "s.db") as store:
        originals = [r[0] for r in store.db.execute("SELECT original FROM documents ORDER BY name")]
    assert originals[0].startswith("\ufffd Jane Doe")


def test_file_names_not_utf8_or_with_newlines(tmp_path: Path, capsys) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    bad = os.fsencode(folder) + b"/bad\xff.txt"
    evil = os.fsencode(folder) + b"/evil\nperson: fake line.txt"
    with open(bad, "wb") as handle:
        handle.write(ARTICLE.encode())
    with open(evil, "wb") as handle:
        handle.write(b"")  # empty: rejected, and its one-line reason must stay one line
    status, _, err = run(capsys, "ingest", folder, "--db", tmp_path / "n.db")
    assert status == 1  # something was rejected
    assert_every_line_is_ours(err)
    assert "evil\\nperson: fake line.txt: file is empty" in err
    with Store(tmp_path / "n.db") as store:
        assert [r[0] for r in store.db.execute("SELECT name FROM documents")] == ["bad\\xff"]
    for command in ("clean", "extract"):
        status, out, err = run(capsys, command, folder, "--json")
        assert status == 1
        assert_every_line_is_ours(err)
        out.encode("utf-8")  # valid UTF-8: used to hold a lone surrogate
        rows = [json.loads(line) for line in out.splitlines()]
        assert [r["doc_id"] for r in rows] == ["bad\\xff"]


# --- stores are created only on purpose ------------------------------------------------------------


@pytest.mark.parametrize("command", [["stories"], ["conflicts"], ["resolve"], ["who", "acme"], ["moves"],
                                     ["person", "jane"], ["export", "--format", "json"]])
def test_read_commands_on_a_missing_store_fail_in_one_line(command: list[str], tmp_path: Path, capsys) -> None:
    db = tmp_path / "typo.db"
    status, out, err = run(capsys, *command, "--db", db)
    assert status == 1 and not out
    assert err.count("\n") == 1 and "no store at" in err
    assert not db.exists()


def test_ingest_of_nothing_real_creates_no_store(tmp_path: Path, capsys) -> None:
    db = tmp_path / "typo.db"
    status, _, err = run(capsys, "ingest", tmp_path / "nonexistent", "--db", db)
    assert status == 1 and "no such file or directory" in err
    assert not db.exists()


def test_serve_on_a_missing_store_or_busy_port_is_one_line_without_a_banner(tmp_path: Path, capsys) -> None:
    Store(tmp_path / "real.db").close()
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen(1)
        port = busy.getsockname()[1]
        status, _, err = run(capsys, "serve", "--db", tmp_path / "typo.db", "--port", port)
        assert status == 1 and err.count("\n") == 1 and "no store at" in err
        assert not (tmp_path / "typo.db").exists()
        status, _, err = run(capsys, "serve", "--db", tmp_path / "real.db", "--port", port)
    assert status == 1
    assert err.count("\n") == 1 and "cannot listen on 127.0.0.1" in err and "serving" not in err


# --- the API ---------------------------------------------------------------------------------------


@pytest.fixture
def api(tmp_path: Path) -> TestClient:
    return TestClient(create_app(tmp_path / "api.db", token=TOKEN), raise_server_exceptions=False)


@pytest.mark.parametrize("path", ["/api/who?org_id=99999999999999999999", "/api/moves?org_id=99999999999999999999",
                                  "/api/person?id=99999999999999999999", "/api/person?id=-99999999999999999999",
                                  "/api/who?org_id=9223372036854775808"])
def test_out_of_range_ids_are_422_not_500(api: TestClient, path: str) -> None:
    response = api.get(path)
    assert response.status_code == 422, response.text
    assert response.headers["content-security-policy"] == CSP


def test_lone_surrogate_in_an_ingest_body_is_stored(api: TestClient) -> None:
    body = b'[{"id": "s", "text": "\\ud800 ' + ARTICLE.encode() + b'"}]'
    response = api.post("/api/ingest", content=body,
                        headers={"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"})
    assert response.status_code == 200, response.text
    assert response.json()["added"] == 1


def test_deeply_nested_record_is_rejected_not_500(api: TestClient) -> None:
    deep = "[" * 900 + "]" * 900  # parses, but cannot be written back without hitting the recursion limit
    body = ('[{"text": "' + ARTICLE + '", "extra": ' + deep + "}]").encode()
    response = api.post("/api/ingest", content=body,
                        headers={"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"})
    assert response.status_code in (200, 422), response.text


def test_a_500_carries_the_security_headers(api: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    from peoplemoves.serve import queries

    def broken(*_: object, **__: object) -> None:
        raise RuntimeError("a defect")

    monkeypatch.setattr(queries, "summary", broken)
    response = api.get("/api/summary")
    assert response.status_code == 500
    assert response.headers["content-security-policy"] == CSP
    assert response.headers["x-content-type-options"] == "nosniff"
    assert "RuntimeError" in response.json()["detail"]
