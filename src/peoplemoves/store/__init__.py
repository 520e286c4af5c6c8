"""The embedded store: one SQLite file that every layer writes its results to."""

from peoplemoves.store.sqlite import Store, StoreError

__all__ = ["Store", "StoreError"]
