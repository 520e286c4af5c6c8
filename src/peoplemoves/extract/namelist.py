"""Find any of a document's known names in a sentence with one compiled expression."""

from __future__ import annotations

import re
from functools import lru_cache


@lru_cache(maxsize=64)
def names_pattern(names: tuple[str, ...], ignore_case: bool) -> re.Pattern[str] | None:
    """Longest names first; Latin names as whole words (not inside "gpt-4o"), CJK names anywhere."""
    if not names:
        return None
    parts = []
    for name in sorted(names, key=len, reverse=True):
        escaped = re.escape(name)
        parts.append(rf"(?<![\w@]){escaped}(?![\w]|-\w)" if name.isascii() else escaped)
    return re.compile("|".join(parts), re.IGNORECASE if ignore_case else 0)
