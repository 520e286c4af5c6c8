"""Run the resolve layer after new documents arrive, if this installation has one.

Imported lazily: the serve layer works on whatever record is in the store, and a build
without ``peoplemoves.resolve`` (or with an older one) still ingests and answers.
"""

from __future__ import annotations

import importlib

from peoplemoves.store import Store


def run_resolve(store: Store) -> str | None:
    """Rebuild the record from the store's documents; returns a one-line summary, None if unavailable."""
    try:
        module = importlib.import_module("peoplemoves.resolve")
    except ImportError:
        return None
    resolve_store = getattr(module, "resolve_store", None)
    if resolve_store is None:
        return None
    resolution = resolve_store(store)
    parts = []
    for label, attr in (("entities", "entities"), ("stories", "stories"), ("facts", "facts"),
                        ("positions", "positions")):
        value = getattr(resolution, attr, None)
        if value is not None:
            parts.append(f"{len(value)} {label}")
    return "resolve: " + (", ".join(parts) if parts else "done")
