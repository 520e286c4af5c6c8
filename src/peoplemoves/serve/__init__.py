"""Serve layer: time-aware questions over the resolved record, for the CLI, an HTTP API and a web page.

Public interface: the query functions and answers in :mod:`peoplemoves.serve.queries`
(who, moves, person, conflicts, stories, story, document), name look-up in
:mod:`peoplemoves.serve.names`, :func:`export` and :func:`create_app` (FastAPI; imported
lazily so the CLI does not pay for it). Everything reads the store's version-3 tables.
"""

from peoplemoves.serve.db import MissingStore, open_readonly, open_store
from peoplemoves.serve.export import FORMATS, export
from peoplemoves.serve.names import EntityRef, Match, fold, lookup, search
from peoplemoves.serve.queries import NotFound


def create_app(*args, **kwargs):
    from peoplemoves.serve.api import create_app as _create_app

    return _create_app(*args, **kwargs)


__all__ = ["FORMATS", "EntityRef", "Match", "MissingStore", "NotFound", "create_app", "export", "fold", "lookup",
           "open_readonly", "open_store", "search"]
