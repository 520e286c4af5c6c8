"""The document's own date: from a dateline or byline, never from the story.

Articles are full of dates that are not their publication date: event dates, the date
stamped on an embedded post ("— Name (@handle) September 26, 2024"), "updated" or
"reposted on" stamps. So only the page header is searched (the first few lines), a line
must be short or carry a publication cue ("published", "发布于"), and lines that quote
or carry a repost/update cue are passed over.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache

import ahocorasick

from peoplemoves.languages import all_packs
from peoplemoves.temporal import find_dates

#: how many leading lines form the page header
HEADER_LINES = 8
#: a line without a cue may hold a date and little else (a dateline, a byline)
DATELINE_MAX = 60
_QUOTED = re.compile(r"^\s*(?:[—–-]{1,2}|――|——)|\(@\w+\)|^\s*[\"“「『]")
#: "PLACE, DATE — The story begins…": a dateline that opens the first paragraph
_DATELINE_LEAD = re.compile(rf"^(.{{4,{DATELINE_MAX}}}?)\s+(?:—|–|--?)\s+\S")


@dataclass(frozen=True)
class HeaderLine:
    text: str
    lang: str


@dataclass(frozen=True)
class _Cues:
    published: tuple[str, ...]
    not_published: tuple[str, ...]


@cache
def _cues() -> _Cues:
    yes: set[str] = set()
    no: set[str] = set()
    for pack in all_packs():
        yes.update(w.casefold() for w in pack.words("publication", "cues"))
        no.update(w.casefold() for w in pack.words("publication", "not_cues"))
    return _Cues(tuple(sorted(yes)), tuple(sorted(no)))


@cache
def _automaton(words: tuple[str, ...]) -> ahocorasick.Automaton | None:
    """Every cue of every language in one automaton: one pass per header line, not one ``in`` per cue."""
    automaton = ahocorasick.Automaton()
    for word in words:
        automaton.add_word(word, word)
    if not len(automaton):
        return None
    automaton.make_automaton()
    return automaton


def _has(words: tuple[str, ...], folded: str) -> bool:
    """Whether any of ``words`` occurs in ``folded`` (as ``any(w in folded for w in words)``)."""
    if "" in words:
        return True
    automaton = _automaton(words)
    return automaton is not None and next(automaton.iter(folded), None) is not None


def _day_date(text: str, lang: str, at_end: bool = False) -> str | None:
    """The first absolute, plausible day in ``text`` (with ``at_end``: only one that closes it)."""
    for mention in find_dates(text, lang, anchor=None):
        if at_end and text[mention.end :].strip(" ,.:;"):
            continue
        if mention.value and mention.precision == "day" and not mention.relative and _plausible(mention.value):
            return mention.value
    return None


def _plausible(value: str) -> bool:
    try:
        day = dt.date.fromisoformat(value)
    except ValueError:
        return False
    return dt.date(1900, 1, 1) <= day <= dt.date.today() + dt.timedelta(days=2)


def publication_date(header: list[HeaderLine]) -> str | None:
    """The publication date from a document's leading lines, or None."""
    cues = _cues()
    fallback: str | None = None
    for line in header[:HEADER_LINES]:
        text = line.text.strip()
        folded = text.casefold()
        if not text or _QUOTED.search(text) or _has(cues.not_published, folded):
            continue
        cued = _has(cues.published, folded)
        lead = None if cued or len(text) <= DATELINE_MAX else _DATELINE_LEAD.match(text)
        if lead:  # only the dateline before the dash, and its date must close it
            value = _day_date(lead.group(1), line.lang, at_end=True)
        elif not cued and len(text) > DATELINE_MAX:
            continue
        else:
            value = _day_date(text, line.lang)
        if value is None:
            continue
        if cued:
            return value
        fallback = fallback or value
    return fallback
