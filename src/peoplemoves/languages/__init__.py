"""Per-language knowledge, one TOML file per language in ``data/``.

The engines (cleaning, date resolution, extraction) are language-blind; everything that
differs between languages (chrome words, month and weekday names, role titles, trigger
words, honorifics, hedging cues) is read from here. Adding a language means adding
``data/<tag>.toml`` and its tests; nothing else changes.
"""

from peoplemoves.languages.packs import (
    SUPPORTED,
    LanguagePack,
    all_packs,
    base_language,
    pack_for,
)
from peoplemoves.languages.roles import canonical_role, single_seat

__all__ = ["SUPPORTED", "LanguagePack", "all_packs", "base_language", "canonical_role", "pack_for", "single_seat"]
