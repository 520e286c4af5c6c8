"""Load and cache the per-language TOML resource files."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

#: BCP-47 tags the project supports; each has ``data/<file>.toml`` (zh-Hans/zh-Hant share ``zh``).
SUPPORTED: tuple[str, ...] = (
    "en", "zh-Hans", "zh-Hant", "ja", "ko", "es", "it", "fr", "de", "pt", "ru",
)


def base_language(tag: str) -> str:
    """'zh-Hant' -> 'zh': the file a tag's knowledge lives in."""
    return tag.split("-", 1)[0].lower()


@dataclass(frozen=True)
class LanguagePack:
    """One language's resources; sections are plain TOML tables read by the engines."""

    code: str
    name: str
    data: dict[str, Any] = field(repr=False)

    def section(self, name: str) -> dict[str, Any]:
        value = self.data.get(name, {})
        return value if isinstance(value, dict) else {}

    def words(self, section: str, key: str) -> list[str]:
        """A list of strings at ``[section] key``; empty when absent."""
        value = self.section(section).get(key, [])
        return [str(v) for v in value] if isinstance(value, list) else []


@cache
def _load(base: str) -> LanguagePack | None:
    path = resources.files("peoplemoves.languages") / "data" / f"{base}.toml"
    if not path.is_file():
        return None
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    return LanguagePack(code=str(data.get("code", base)), name=str(data.get("name", base)), data=data)


def pack_for(tag: str) -> LanguagePack | None:
    """The pack for a BCP-47 tag, or None for a language without a resource file."""
    return _load(base_language(tag))


@cache
def all_packs() -> tuple[LanguagePack, ...]:
    seen: dict[str, LanguagePack] = {}
    for tag in SUPPORTED:
        pack = pack_for(tag)
        if pack is not None:
            seen.setdefault(pack.code, pack)
    return tuple(seen.values())
