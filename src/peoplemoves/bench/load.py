"""Load on a running server: many clients reading every endpoint while token-guarded writes happen.

Used by ``peoplemoves bench load`` (the README's figures) and by the load test, so both measure
the same thing. Each client is a thread with its own keep-alive connection, asking the read
endpoints in turn as fast as answers come; a writer posts a small batch of articles every
``write_every`` seconds. Latencies are per request, from send to the last byte of the answer.
"""

from __future__ import annotations

import http.client
import json
import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote


@dataclass
class LoadReport:
    clients: int
    seconds: float
    requests: int = 0
    errors: int = 0  # connection failures and 5xx answers
    statuses: dict[int, int] = field(default_factory=dict)
    latencies_ms: list[float] = field(default_factory=list)
    writes: int = 0
    write_errors: int = 0
    slowest_read_during_write_ms: float = 0.0
    failures: list[str] = field(default_factory=list)  # the first few, for the message

    @property
    def rate(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0

    def percentile(self, p: float) -> float:
        if not self.latencies_ms:
            return 0.0
        ordered = sorted(self.latencies_ms)
        return ordered[min(len(ordered) - 1, int(p / 100 * len(ordered)))]

    def line(self) -> str:
        return (f"{self.clients} clients x {self.seconds:.0f} s: {self.requests} requests, {self.rate:.0f} requests/s, "
                f"p50 {self.percentile(50):.0f} ms, p95 {self.percentile(95):.0f} ms, "
                f"p99 {self.percentile(99):.0f} ms, max {max(self.latencies_ms, default=0):.0f} ms, "
                f"{self.errors} errors; {self.writes} writes ({self.write_errors} failed), slowest read during a "
                f"write {self.slowest_read_during_write_ms:.0f} ms")

    def to_json(self) -> dict:
        return {"clients": self.clients, "seconds": self.seconds, "requests": self.requests,
                "requests_per_second": round(self.rate, 1), "p50_ms": round(self.percentile(50), 1),
                "p95_ms": round(self.percentile(95), 1), "p99_ms": round(self.percentile(99), 1),
                "errors": self.errors, "statuses": self.statuses, "writes": self.writes,
                "write_errors": self.write_errors,
                "slowest_read_during_write_ms": round(self.slowest_read_during_write_ms, 1)}


def read_paths(host: str, port: int) -> list[str]:
    """Every read endpoint, with arguments taken from the record the server holds."""
    summary_conn = http.client.HTTPConnection(host, port, timeout=30)
    try:
        stories = _get_json(summary_conn, "/api/stories?limit=5")
        story = stories[0]["id"] if stories else "none"
        doc = "none"
        if stories:
            members = _get_json(summary_conn, f"/api/story/{quote(story)}")
            groups = members.get("languages") or members.get("groups") or []
            doc = _first_doc(members) or _first_doc(groups) or "none"
        search = _get_json(summary_conn, "/api/search?q=a&limit=5").get("matches", [])
    finally:
        summary_conn.close()
    org = next((m["entity"]["name"] for m in search if m.get("entity", {}).get("kind") == "org"), "fjordcell")
    person = next((m["entity"]["name"] for m in search if m.get("entity", {}).get("kind") == "person"), "solberg")
    return [
        f"/api/who?org={quote(org)}", f"/api/who?org={quote(org)}&at=2024-01-01",
        "/api/moves?limit=20", f"/api/moves?org={quote(org)}&since=2020",
        f"/api/person?name={quote(person)}", "/api/conflicts", "/api/search?q=fjord", "/api/search?q=solbreg",
        "/api/stories", f"/api/story/{quote(story)}", f"/api/document/{quote(doc)}", "/api/summary",
        "/", "/static/app.js",
    ]


def _first_doc(value: object) -> str | None:
    """The first document id found anywhere in a story answer."""
    if isinstance(value, dict):
        for key in ("id", "doc_id"):
            if isinstance(value.get(key), str) and len(value[key]) == 16:
                return value[key]
        values = list(value.values())
    elif isinstance(value, list):
        values = value
    else:
        return None
    for item in values:
        found = _first_doc(item)
        if found:
            return found
    return None


def _get_json(conn: http.client.HTTPConnection, path: str) -> dict | list:
    conn.request("GET", path)
    response = conn.getresponse()
    body = response.read()
    return json.loads(body) if response.status == 200 else {}


def run_load(host: str, port: int, clients: int, seconds: float, token: str | None = None,
             write_every: float = 1.0, articles_per_write: int = 3) -> LoadReport:
    """Run ``clients`` readers for ``seconds`` (and a writer, with ``token``); the report of it all."""
    paths = read_paths(host, port)
    report = LoadReport(clients=clients, seconds=seconds)
    lock = threading.Lock()
    writing = threading.Event()
    stop = time.monotonic() + seconds
    start_gate = threading.Barrier(clients + (1 if token else 0) + 1)

    def reader(number: int) -> None:
        conn = http.client.HTTPConnection(host, port, timeout=60)
        latencies, statuses, failures, errors, slow = [], {}, [], 0, 0.0
        start_gate.wait()
        i = number
        while time.monotonic() < stop:
            path = paths[i % len(paths)]
            i += 1
            during_write = writing.is_set()
            began = time.perf_counter()
            try:
                conn.request("GET", path)
                response = conn.getresponse()
                response.read()
                status = response.status
            except (OSError, http.client.HTTPException) as exc:
                conn.close()
                conn = http.client.HTTPConnection(host, port, timeout=60)
                status = 0
                failures.append(f"{path}: {type(exc).__name__}: {exc}")
            elapsed = (time.perf_counter() - began) * 1000
            latencies.append(elapsed)
            statuses[status] = statuses.get(status, 0) + 1
            if status == 0 or status >= 500:
                errors += 1
                if status:
                    failures.append(f"{path}: {status}")
            if during_write or writing.is_set():
                slow = max(slow, elapsed)
        conn.close()
        with lock:
            report.requests += len(latencies)
            report.latencies_ms.extend(latencies)
            report.errors += errors
            for status, n in statuses.items():
                report.statuses[status] = report.statuses.get(status, 0) + n
            report.failures.extend(failures[:3])
            report.slowest_read_during_write_ms = max(report.slowest_read_during_write_ms, slow)

    def writer() -> None:
        conn = http.client.HTTPConnection(host, port, timeout=120)
        start_gate.wait()
        batch = 0
        while time.monotonic() < stop - write_every:
            time.sleep(write_every)
            batch += 1
            body = json.dumps([{"id": f"load-{batch}-{k}", "text": _article(batch, k)}
                               for k in range(articles_per_write)]).encode()
            writing.set()
            try:
                conn.request("POST", "/api/ingest", body=body, headers={
                    "Authorization": f"Bearer {token}", "Content-Type": "application/json"})
                response = conn.getresponse()
                response.read()
                ok = response.status == 200
            except (OSError, http.client.HTTPException):
                conn.close()
                conn = http.client.HTTPConnection(host, port, timeout=120)
                ok = False
            finally:
                writing.clear()
            with lock:
                report.writes += 1
                report.write_errors += 0 if ok else 1
        conn.close()

    threads = [threading.Thread(target=reader, args=(n,), daemon=True) for n in range(clients)]
    if token:
        threads.append(threading.Thread(target=writer, daemon=True))
    for thread in threads:
        thread.start()
    start_gate.wait()
    began = time.monotonic()
    for thread in threads:
        thread.join(timeout=seconds + 180)
    report.seconds = max(time.monotonic() - began, 1e-9)
    return report


def _article(batch: int, k: int) -> str:
    return (f"Load Test Industries {batch} said on Monday that Erika Lasttest{batch}x{k} was appointed chief "
            f"executive officer.\n\nShe succeeds Olaf Previous{batch}x{k}, who resigned.\n")


@contextmanager
def served(db: Path, token: str | None = None, host: str = "127.0.0.1", workers: int | None = None,
           processes: int = 1, ready_timeout: float = 120) -> Iterator[int]:
    """Run the real ``peoplemoves serve`` on a free port in its own process; yields the port."""
    with socket.socket() as probe:
        probe.bind((host, 0))
        port = probe.getsockname()[1]
    env = {k: v for k, v in os.environ.items() if k not in ("PEOPLEMOVES_TOKEN", "PEOPLEMOVES_DB")}
    if token:
        env["PEOPLEMOVES_TOKEN"] = token
    command = [sys.executable, "-m", "peoplemoves", "serve", "--db", str(db), "--host", host, "--port", str(port)]
    if workers:
        command += ["--workers", str(workers)]
    if processes > 1:
        command += ["--processes", str(processes)]
    proc = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + ready_timeout
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"serve exited with status {proc.returncode}: {proc.stderr.read().strip()}")
            try:
                probe = http.client.HTTPConnection(host, port, timeout=5)
                probe.request("GET", "/api/summary")
                probe.getresponse().read()
                probe.close()
                break
            except (OSError, http.client.HTTPException):
                if time.monotonic() > deadline:
                    raise RuntimeError(f"serve did not listen on {host}:{port} within {ready_timeout:.0f} s") from None
                time.sleep(0.1)
        yield port
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        proc.stderr.close()
