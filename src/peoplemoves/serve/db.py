"""Connections for reading the record: the CLI opens the store once, the API once per request."""

from __future__ import annotations

import re
import sqlite3
from importlib import resources
from pathlib import Path
from urllib.request import pathname2url

from peoplemoves.store import Store, StoreError, record_is_current, writer_active, writing


class MissingStore(StoreError):
    """There is no database at the path: queries never create an empty one."""


def open_store(path: Path, repair: bool = True) -> Store:
    """The store at ``path`` (migrated to the current schema), or MissingStore if there is none.

    With ``repair``, a record left behind by an interrupted rebuild is rebuilt first, so no
    command answers from a record that does not match the stored documents.
    """
    if not Path(path).is_file():
        raise MissingStore(f"no store at {path} (ingest documents first: `peoplemoves demo` or `peoplemoves ingest`)")
    store = Store(path)
    ensure_indexes(store.db)
    if repair:
        ensure_record(store)
    return store


def ensure_record(store: Store) -> bool:
    """Rebuild the record if it is not that of the stored documents; True if it was rebuilt.

    Not while another process writes the store: an ingest in progress rebuilds the record itself
    when its batch is done, and a reader must not redo that work on every question meanwhile.
    """
    if record_is_current(store) or writer_active(store.path):
        return False
    from peoplemoves.serve.resolve_hook import run_resolve

    try:
        with writing(store.path):
            return run_resolve(store) is not None
    except sqlite3.OperationalError:  # a read-only store: answer from the record it has
        return False


def ensure_indexes(db: sqlite3.Connection) -> None:
    """Create any index of schema.sql the store lacks (indexes added after a store was made at this version).

    The store migrates only when its schema version is older, so an index appended to
    schema.sql for the serve layer would never reach an existing version-3 store otherwise.
    A store that cannot be written (read-only file) is simply queried without them.
    """
    script = resources.files("peoplemoves.store").joinpath("schema.sql").read_text(encoding="utf-8")
    for statement in re.findall(r"CREATE INDEX IF NOT EXISTS [^;]+;", script):
        try:
            db.execute(statement)
        except sqlite3.OperationalError:
            return


def open_readonly(path: Path) -> sqlite3.Connection:
    """A read-only connection (the page and API never write through it), usable from any thread."""
    uri = f"file:{pathname2url(str(Path(path).resolve()))}?mode=ro"
    db = sqlite3.connect(uri, uri=True, timeout=30, check_same_thread=False)
    db.execute("PRAGMA query_only = ON")
    return db
