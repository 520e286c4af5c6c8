"""What the monitor keeps between polls, in the store's database: sources, fetched URLs, rules, alerts.

The tables belong to the monitor (created here, ``IF NOT EXISTS``), so the record's schema is
untouched and a store without them is simply a store nobody watches.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sqlite3
from dataclasses import dataclass

TABLES = """
CREATE TABLE IF NOT EXISTS m_sources (
    id            INTEGER PRIMARY KEY,
    url           TEXT NOT NULL UNIQUE,
    name          TEXT NOT NULL,
    lang          TEXT,
    every_s       INTEGER NOT NULL,      -- poll interval in seconds
    etag          TEXT,                  -- conditional GET validators of the last 200 answer
    last_modified TEXT,
    last_polled   TEXT,
    next_poll     TEXT,                  -- not before this (backoff after failures, Retry-After)
    failures      INTEGER NOT NULL DEFAULT 0,
    last_status   TEXT NOT NULL DEFAULT 'new'  -- one line: what the last poll did
);
CREATE TABLE IF NOT EXISTS m_fetched (
    url        TEXT PRIMARY KEY,           -- canonical URL
    content    TEXT,                       -- content hash of the article read from it
    fetched_at TEXT NOT NULL,
    status     TEXT NOT NULL               -- ingested | already stored | rejected: reason
);
CREATE TABLE IF NOT EXISTS m_rules (
    id      INTEGER PRIMARY KEY,
    org     TEXT,
    person  TEXT,
    role    TEXT,
    kind    TEXT,
    webhook TEXT
);
CREATE TABLE IF NOT EXISTS m_alerts (
    key        TEXT PRIMARY KEY,           -- the move as told (person, org, kind, role, date, status): once
    rule_id    INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    payload    TEXT NOT NULL,              -- the alert as JSON
    delivered  INTEGER NOT NULL DEFAULT 0
);
"""

_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_every(text: str) -> int:
    """"15m", "2h", "90s", "1d" -> seconds (at least 60)."""
    m = re.fullmatch(r"\s*(\d+)\s*([smhd]?)\s*", text or "")
    if not m:
        raise ValueError(f"not an interval: {text!r} (use e.g. 15m, 2h, 1d)")
    seconds = int(m.group(1)) * _UNITS[m.group(2) or "m"]
    return max(60, seconds)


def now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


@dataclass
class Source:
    id: int
    url: str
    name: str
    lang: str | None
    every_s: int
    etag: str | None
    last_modified: str | None
    last_polled: str | None
    next_poll: str | None
    failures: int
    last_status: str

    def due(self, at: dt.datetime) -> bool:
        return self.next_poll is None or self.next_poll <= at.isoformat()


class MonitorStore:
    """The monitor's tables over an open SQLite connection (the store's own, autocommit)."""

    def __init__(self, db: sqlite3.Connection):
        self.db = db
        db.executescript(TABLES)

    # -- sources ---------------------------------------------------------------------------------

    def add_source(self, url: str, name: str | None = None, lang: str | None = None, every_s: int = 900) -> Source:
        self.db.execute(
            "INSERT INTO m_sources(url, name, lang, every_s) VALUES (?, ?, ?, ?)"
            " ON CONFLICT(url) DO UPDATE SET name = excluded.name, lang = excluded.lang, every_s = excluded.every_s",
            (url, name or url, lang, every_s),
        )
        return self.source(url)

    def source(self, url_or_id: str | int) -> Source | None:
        column = "id" if isinstance(url_or_id, int) or str(url_or_id).isdigit() else "url"
        row = self.db.execute(f"SELECT * FROM m_sources WHERE {column} = ?", (url_or_id,)).fetchone()
        return Source(*row) if row else None

    def sources(self) -> list[Source]:
        return [Source(*r) for r in self.db.execute("SELECT * FROM m_sources ORDER BY id")]

    def remove_source(self, url_or_id: str | int) -> bool:
        found = self.source(url_or_id)
        if found is None:
            return False
        self.db.execute("DELETE FROM m_sources WHERE id = ?", (found.id,))
        return True

    def record_poll(self, source: Source, status: str, *, ok: bool, etag: str | None = None,
                    last_modified: str | None = None, wait_s: int | None = None) -> None:
        at = now()
        failures = 0 if ok else source.failures + 1
        # a source that keeps failing is polled less often (up to a day apart), never dropped
        delay = wait_s if wait_s is not None else source.every_s * (2 ** min(failures, 6))
        delay = min(max(delay, 1 if not ok else source.every_s), 86400)
        self.db.execute(
            "UPDATE m_sources SET last_polled = ?, next_poll = ?, failures = ?, last_status = ?,"
            " etag = COALESCE(?, etag), last_modified = COALESCE(?, last_modified) WHERE id = ?",
            (at.isoformat(), (at + dt.timedelta(seconds=delay)).isoformat(), failures, status, etag, last_modified,
             source.id),
        )

    # -- fetched articles ------------------------------------------------------------------------

    def fetched(self, url: str) -> bool:
        return self.db.execute("SELECT 1 FROM m_fetched WHERE url = ?", (url,)).fetchone() is not None

    def note_fetched(self, url: str, content: str | None, status: str) -> None:
        self.db.execute("INSERT OR REPLACE INTO m_fetched(url, content, fetched_at, status) VALUES (?, ?, ?, ?)",
                        (url, content, now().isoformat(), status))

    # -- rules and alerts ------------------------------------------------------------------------

    def add_rule(self, org: str | None, person: str | None, role: str | None, kind: str | None,
                 webhook: str | None = None) -> int:
        cur = self.db.execute("INSERT INTO m_rules(org, person, role, kind, webhook) VALUES (?, ?, ?, ?, ?)",
                              (org, person, role, kind, webhook))
        return int(cur.lastrowid)

    def rules(self) -> list[tuple]:
        return self.db.execute("SELECT id, org, person, role, kind, webhook FROM m_rules ORDER BY id").fetchall()

    def remove_rule(self, rule_id: int) -> bool:
        return self.db.execute("DELETE FROM m_rules WHERE id = ?", (rule_id,)).rowcount > 0

    def record_alert(self, key: str, rule_id: int, payload: dict) -> bool:
        """Keep an alert once: False when this move was already alerted (another poll, a translation)."""
        cur = self.db.execute(
            "INSERT OR IGNORE INTO m_alerts(key, rule_id, created_at, payload) VALUES (?, ?, ?, ?)",
            (key, rule_id, now().isoformat(), json.dumps(payload, ensure_ascii=False)),
        )
        return cur.rowcount > 0

    def mark_delivered(self, key: str) -> None:
        self.db.execute("UPDATE m_alerts SET delivered = 1 WHERE key = ?", (key,))

    def alerts(self, limit: int = 100) -> list[dict]:
        rows = self.db.execute("SELECT payload, delivered FROM m_alerts ORDER BY created_at DESC, key LIMIT ?",
                               (limit,))
        return [{**json.loads(p), "delivered": bool(d)} for p, d in rows]


def recent_alerts(db: sqlite3.Connection, limit: int = 50) -> list[dict]:
    """The latest alerts (newest first) through any connection, read-only ones too; none when nobody watches."""
    if db.execute("SELECT 1 FROM sqlite_master WHERE name = 'm_alerts'").fetchone() is None:
        return []
    rows = db.execute("SELECT payload, delivered FROM m_alerts WHERE payload NOT LIKE '%\"baseline\": true%'"
                      " ORDER BY created_at DESC, key LIMIT ?", (limit,))
    return [{**json.loads(p), "delivered": bool(d)} for p, d in rows]
