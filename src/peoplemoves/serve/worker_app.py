"""The app each server process builds when ``serve --processes N`` runs several of them.

Why environment variables: uvicorn starts worker processes afresh and imports the app by name,
so the parent hands the store, the token and the thread count over this way (to its own children
only; nothing is written anywhere).
"""

from __future__ import annotations

import os

from fastapi import FastAPI

DB_VAR = "PEOPLEMOVES_SERVE_DB"
TOKEN_VAR = "PEOPLEMOVES_SERVE_TOKEN"
THREADS_VAR = "PEOPLEMOVES_SERVE_THREADS"


def app_from_environment() -> FastAPI:
    from peoplemoves.serve.api import create_app

    threads = os.environ.get(THREADS_VAR)
    return create_app(os.environ[DB_VAR], token=os.environ.get(TOKEN_VAR) or None,
                      workers=int(threads) if threads else None)
