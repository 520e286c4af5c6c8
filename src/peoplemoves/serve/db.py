"""Connections for reading the record: the CLI opens the store once, the API once per request."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from urllib.request import pathname2url

from peoplemoves.store import Store, StoreError


class MissingStore(StoreError):
    """There is no database at the path: queries never create an empty one."""


def open_store(path: Path) -> Store:
    """The store at ``path`` (migrated to the current schema), or MissingStore if there is none."""
    if not Path(path).is_file():
        raise MissingStore(f"no store at {path} (ingest documents first: `peoplemoves demo` or `peoplemoves ingest`)")
    return Store(path)


def open_readonly(path: Path) -> sqlite3.Connection:
    """A read-only connection (the page and API never write through it), usable from any thread."""
    uri = f"file:{pathname2url(str(Path(path).resolve()))}?mode=ro"
    db = sqlite3.connect(uri, uri=True, timeout=30, check_same_thread=False)
    db.execute("PRAGMA query_only = ON")
    return db
