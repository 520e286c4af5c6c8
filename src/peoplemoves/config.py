"""Where things live and how big they may be; every default can be overridden."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

DB_ENV = "PEOPLEMOVES_DB"
#: a single input larger than this is rejected unread (a JSON Lines file: per record)
DEFAULT_MAX_BYTES = 10_000_000


def default_db_path() -> Path:
    """``$PEOPLEMOVES_DB``, else ``peoplemoves.db`` in the user's data directory."""
    env = os.environ.get(DB_ENV)
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_data_dir("peoplemoves", appauthor=False)) / "peoplemoves.db"
