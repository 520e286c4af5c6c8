"""The news monitor against a real HTTP server on 127.0.0.1 started by the tests.

The server serves feeds of several kinds, article pages in several languages and encodings, a
feed that changes between polls and answers 304 to a conditional GET, a 429 with Retry-After, a
slow answer, a redirect loop, a 50 MB page, an XML bomb, invalid XML, a robots.txt that disallows
a path, and a webhook receiver that checks signatures. Nothing may crash, nothing may be fetched
twice, every failure must be one line, and each alert must arrive once.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import threading
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import feedparser
import pytest

from peoplemoves.cli.main import main
from peoplemoves.monitor.feeds import canonical_url
from peoplemoves.monitor.http import Fetcher, FetchError

SECRET = b"s3cret-for-tests"


def page(title: str, body: str, charset: str = "utf-8", published: str = "2025-05-12") -> bytes:
    html = (f'<!doctype html><html><head><meta charset="{charset}"><title>{title}</title>'
            f'<meta property="article:published_time" content="{published}"></head><body>'
            f"<nav>Home | News | Contact</nav><article><h1>{title}</h1><p>{body}</p></article>"
            "<footer>© Example News</footer></body></html>")
    return html.encode(charset)


ARTICLES = {
    "/a/1.html": page("Fjordline Group names new chief executive",
                      "OSLO, 12 May 2025 — Fjordline Group has appointed Kari Nygaard as chief executive officer, "
                      "the Norwegian pump maker said on Monday. She succeeds Henrik Aas, who retired after "
                      "eleven years at the helm of the company."),
    "/a/2.html": page("Fjordline Group : Kari Nygaard nommée directrice générale",
                      "OSLO, 12 mai 2025 - Le fabricant de pompes Fjordline Group a nommé Kari Nygaard au "
                      "poste de directrice générale. Elle succède à Henrik Aas, parti à la retraite.",
                      charset="iso-8859-1"),
    "/a/3.html": page("峡湾泵业任命新总裁", "【本报讯】2025年5月12日，峡湾泵业宣布任命卡丽·尼高为总裁。",
                      charset="gb18030"),
    "/a/4.html": page("Veltra Cement chair steps down",
                      "BERGEN, 14 May 2025 — Tomas Berg has resigned as chair of Veltra Cement, the company said on "
                      "Wednesday.", published="2025-05-14"),
    "/private/secret.html": page("secret", "Nobody may read this."),
}


def rss(paths: list[str]) -> bytes:
    items = "".join(f"<item><title>item {p}</title><link>{{base}}{p}?utm_source=feed</link>"
                    f"<pubDate>Mon, 12 May 2025 08:00:00 GMT</pubDate></item>" for p in paths)
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Wire</title>'
            f"{items}</channel></rss>").encode()


BOMB = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;">'
        b'<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;">]><rss><channel><item><title>&lol3;</title></item></channel></rss>')


class QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address) -> None:
        pass  # a client that hung up (timeout, size cap) is the point of the test, not a failure


class Server:
    def __init__(self) -> None:
        self.hits: Counter[str] = Counter()
        self.version = 1
        self.hooks: list[tuple[bytes, str]] = []
        self.retry_once = True
        handler = self._handler()
        self.httpd = QuietServer(("127.0.0.1", 0), handler)
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def feed(self) -> bytes:
        paths = ["/a/1.html", "/a/2.html", "/a/3.html", "/private/secret.html"]
        if self.version >= 2:
            paths.append("/a/4.html")
        return rss(paths).replace(b"{base}", self.base.encode())

    def _handler(self):
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args) -> None:
                pass

            def send(self, status: int, body: bytes = b"", ctype: str = "text/html", headers: dict | None = None):
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                for k, v in (headers or {}).items():
                    self.send_header(k, v)
                self.end_headers()
                if body:
                    self.wfile.write(body)

            def do_GET(self) -> None:
                path = self.path.split("?")[0]
                server.hits[path] += 1
                if path == "/robots.txt":
                    return self.send(200, b"User-agent: *\nDisallow: /private/\n", "text/plain")
                if path == "/feed.xml":
                    etag = f'"v{server.version}"'
                    if self.headers.get("If-None-Match") == etag:
                        return self.send(304, headers={"ETag": etag})
                    return self.send(200, server.feed(), "application/rss+xml", {"ETag": etag})
                if path == "/busy.xml":
                    if server.retry_once:
                        server.retry_once = False
                        return self.send(429, b"slow down", "text/plain", {"Retry-After": "1"})
                    return self.send(200, rss([]), "application/rss+xml")
                if path == "/slow.xml":
                    time.sleep(2)
                    return self.send(200, rss([]), "application/rss+xml")
                if path in ("/loop1", "/loop2"):
                    return self.send(302, headers={"Location": "/loop2" if path == "/loop1" else "/loop1"})
                if path == "/big.html":
                    self.send_response(200)
                    self.send_header("Content-Type", "text/html")
                    self.end_headers()
                    try:
                        for _ in range(50):
                            self.wfile.write(b"<p>" + b"x" * 1_000_000 + b"</p>")
                    except (BrokenPipeError, ConnectionResetError):
                        pass
                    return None
                if path == "/bomb.xml":
                    return self.send(200, BOMB, "application/xml")
                if path == "/invalid.xml":
                    return self.send(200, b"<?xml version='1.0'?><rss><channel><item><link>", "application/xml")
                if path == "/feed.json":
                    data = {"version": "https://jsonfeed.org/version/1.1", "title": "J",
                            "items": [{"id": "4", "url": server.base + "/a/4.html", "title": "Veltra"}]}
                    return self.send(200, json.dumps(data).encode(), "application/feed+json")
                if path in ARTICLES:
                    charset = "iso-8859-1" if path == "/a/2.html" else "gb18030" if path == "/a/3.html" else "utf-8"
                    return self.send(200, ARTICLES[path], f"text/html; charset={charset}")
                return self.send(404, b"not found", "text/plain")

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length", "0"))
                body = self.rfile.read(length)
                server.hooks.append((body, self.headers.get("X-Peoplemoves-Signature", "")))
                self.send(204)

        return Handler


@pytest.fixture()
def server():
    s = Server()
    yield s
    s.close()


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def watch(capsys, db: Path, server: Server, *extra) -> tuple[int, str, str]:
    return run(capsys, "watch", "--once", "--host-interval", "0", "--timeout", "1", "--db", db,
               "--webhook", server.base + "/hook", "--secret-file", db.parent / "secret", *extra)


def test_two_polls_fetch_nothing_twice_and_alert_once(tmp_path: Path, server: Server, capsys) -> None:
    db = tmp_path / "m.db"
    (tmp_path / "secret").write_bytes(SECRET)
    assert run(capsys, "sources", "add", server.base + "/feed.xml", "--name", "wire", "--db", db)[0] == 0
    assert run(capsys, "alerts", "add", "--org", "Fjordline Group", "--db", db)[0] == 0
    code, out, err = watch(capsys, db, server)
    assert code == 0, err
    alerts = [json.loads(line)["alert"] for line in out.splitlines() if line.strip()]
    assert alerts, err
    assert {a["person"] for a in alerts} >= {"Kari Nygaard"}
    assert all(a["org"] == "Fjordline Group" for a in alerts)
    assert server.hits["/private/secret.html"] == 0  # robots.txt said no
    first = dict(server.hits)
    # the same sources again: a 304 for the feed, no article fetched twice, no alert twice
    code, out, err = watch(capsys, db, server)
    assert code == 0 and not out.strip(), out
    assert "not modified" in err
    assert all(server.hits[p] == first[p] for p in ARTICLES if p in first)
    # the feed changes: only the new article is fetched
    server.version = 2
    code, out, err = watch(capsys, db, server)
    assert code == 0, err
    assert server.hits["/a/4.html"] == 1 and server.hits["/a/1.html"] == 1
    # each alert reached the webhook once, signed with the shared secret
    bodies = [b for b, _ in server.hooks]
    assert len(bodies) == len(set(bodies)) == len(alerts)
    for body, signature in server.hooks:
        assert signature == "sha256=" + hmac.new(SECRET, body, hashlib.sha256).hexdigest()
    code, out, _ = run(capsys, "alerts", "list", "--json", "--db", db)
    listed = json.loads(out)["alerts"]
    assert len(listed) == len(alerts) and all(a["delivered"] for a in listed)
    # the page's recent alerts come from the API
    from fastapi.testclient import TestClient

    from peoplemoves.serve.api import create_app

    served = TestClient(create_app(db, None)).get("/api/alerts").json()
    assert {a["person"] for a in served} == {a["person"] for a in alerts}


def test_failing_sources_are_one_line_each_and_never_stop_the_others(tmp_path: Path, server: Server,
                                                                      capsys) -> None:
    db = tmp_path / "m.db"
    (tmp_path / "secret").write_bytes(SECRET)
    for path in ("/bomb.xml", "/invalid.xml", "/loop1", "/big.html", "/slow.xml", "/busy.xml", "/feed.json"):
        assert run(capsys, "sources", "add", server.base + path, "--db", db)[0] == 0
    code, out, err = watch(capsys, db, server)
    assert code == 1  # some sources failed
    assert "Traceback" not in err
    lines = {line for line in err.splitlines() if line.startswith("peoplemoves:")}
    for path, reason in (("/bomb.xml", "entities"), ("/invalid.xml", "invalid"), ("/loop1", "redirect loop"),
                         ("/big.html", "too large"), ("/slow.xml", "timed out")):
        assert any(path in line and reason in line for line in lines), (path, lines)
    # the 429 was retried after its Retry-After, and the JSON Feed's article was ingested
    assert server.hits["/busy.xml"] == 2
    assert server.hits["/a/4.html"] == 1
    code, out, _ = run(capsys, "sources", "list", "--json", "--db", db)
    status = {s["url"].rsplit("/", 1)[1]: s for s in json.loads(out)}
    assert status["bomb.xml"]["failures"] == 1 and status["bomb.xml"]["last_status"].startswith("failed:")
    assert status["feed.json"]["failures"] == 0 and "1 ingested" in status["feed.json"]["last_status"]


def test_fetcher_honours_robots_and_caps_size(server: Server) -> None:
    fetcher = Fetcher(timeout_s=2, min_interval_s=0, max_bytes=1_000_000)
    try:
        with pytest.raises(FetchError, match="robots"):
            fetcher.get(server.base + "/private/secret.html")
        with pytest.raises(FetchError, match="too large"):
            fetcher.get(server.base + "/big.html")
        assert fetcher.get(server.base + "/a/1.html").status == 200
    finally:
        fetcher.close()


def test_canonical_urls_drop_tracking_and_fragments() -> None:
    assert canonical_url("HTTPS://News.Example/a?utm_source=x&id=3#top") == "https://news.example/a?id=3"


def test_moves_are_served_as_a_valid_atom_feed(tmp_path: Path) -> None:
    from fastapi.testclient import TestClient

    from peoplemoves.serve.api import create_app
    from serve_record import build_record

    path = tmp_path / "record.db"
    build_record(path)
    client = TestClient(create_app(path, None))
    r = client.get("/feeds/moves.atom", params={"org": "Fjordcell"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/atom+xml")
    parsed = feedparser.parse(r.content)
    assert not parsed.bozo and parsed.feed.title.endswith("Fjordcell")
    assert parsed.entries and all(e.id.startswith("tag:peoplemoves") for e in parsed.entries)
    by_person = feedparser.parse(client.get("/feeds/moves.atom", params={"person": "Henrik Solberg"}).content)
    assert by_person.entries and all("Henrik Solberg" in e.title for e in by_person.entries)
    assert client.get("/feeds/moves.atom", params={"org": "no such company at all"}).status_code == 404
