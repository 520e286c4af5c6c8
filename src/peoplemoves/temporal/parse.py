"""One absolute calendar day from a short string: a dateline, a byline, a JSON 'published' field.

Own rules first (fast, and they know the eleven languages); dateparser only as a last
resort, because it is slow and, on free text, happy to return dates that are not there.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache
from typing import Any

from peoplemoves.languages import SUPPORTED, base_language
from peoplemoves.temporal.engine import find_dates

#: order in which languages are tried when the string's language is unknown or yields nothing
_ORDER: tuple[str, ...] = tuple(dict.fromkeys(base_language(t) for t in ("en", *SUPPORTED)))
#: dateparser is only asked about short strings; long ones are sentences, not date fields
_FALLBACK_MAX = 80
_YEAR = re.compile(r"(?<!\d)(?:1[6-9]|20)\d\d(?!\d)")


def _first_day(text: str, lang: str) -> str | None:
    for mention in find_dates(text, lang, anchor=None):
        if mention.value is not None and mention.precision == "day" and not mention.relative:
            return mention.value
    return None


def parse_date(text: str, lang: str | None = None) -> str | None:
    """The first absolute day in ``text`` as 'YYYY-MM-DD', or None.

    ``lang`` is tried first; then every supported language (so an English RFC 2822 stamp
    on a Chinese page still parses). ISO forms work whatever the language.
    """
    if not text or not text.strip():
        return None
    first = base_language(lang) if lang else None
    for base in ([first] if first else []) + [b for b in _ORDER if b != first]:
        value = _first_day(text, base)
        if value is not None:
            return value
    return _dateparser(text, first)


@cache
def _dateparser_module() -> Any:
    try:
        import dateparser  # slow import (~0.3 s), so only when the own rules failed
    except ImportError:  # pragma: no cover - dateparser is a declared dependency
        return None
    return dateparser


def _dateparser(text: str, base: str | None) -> str | None:
    """dateparser on short strings, kept only when the year it found is written in the text."""
    if len(text) > _FALLBACK_MAX or not _YEAR.search(text):
        return None
    module = _dateparser_module()
    if module is None:
        return None
    settings = {"PREFER_DATES_FROM": "past", "REQUIRE_PARTS": ["day", "month", "year"]}
    try:
        parsed = module.parse(text, languages=[base] if base else None, settings=settings)
    except Exception:  # dateparser raises on unknown languages and odd input alike
        return None
    if not isinstance(parsed, dt.datetime) or str(parsed.year) not in _YEAR.findall(text):
        return None
    return parsed.date().isoformat()
