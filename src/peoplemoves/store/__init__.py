"""The embedded store: one SQLite file that every layer writes its results to."""

from peoplemoves.store.sqlite import RECORD_TABLES, Store, StoreError, record_is_current, writer_active, writing

__all__ = ["RECORD_TABLES", "Store", "StoreError", "record_is_current", "writer_active", "writing"]
