"""One role vocabulary across languages: variants of a title fold onto one canonical role.

The vocabulary is data (``data/roles.toml``); each language's titles reach it through the
English role names its own file gives them.
"""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources


@cache
def _vocabulary() -> tuple[dict[str, str], frozenset[str]]:
    path = resources.files("peoplemoves.languages") / "roles.toml"
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    canonical = {str(k).lower(): str(v) for k, v in data.get("canonical", {}).items()}
    seats = frozenset(str(r) for r in data.get("single_seat", {}).get("roles", []))
    return canonical, seats


def canonical_role(role: str | None) -> str | None:
    """The canonical name of a role ("chief researcher" -> "chief research officer"); None stays None."""
    if not role:
        return role
    key = " ".join(role.lower().split())
    return _vocabulary()[0].get(key, key)


def single_seat(role: str | None) -> bool:
    """A post one person holds at a time, so that a successor's start ends the predecessor's tenure."""
    return bool(role) and canonical_role(role) in _vocabulary()[1]
