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
from peoplemoves.temporal import DateMention, find_dates

#: how many leading lines form the page header
HEADER_LINES = 8
#: a line without a cue may hold a date and little else (a dateline, a byline)
DATELINE_MAX = 60
#: a line with a cue is a byline only when short: a paragraph of prose that says "dated" or "发布" is story
CUED_MAX = 120
#: "Sinsheim, 9. Juni 2020 (dpa/red) – …": the agency in brackets after a dateline's date
_AGENCY = re.compile(r"^\s*\([^()]{1,30}\)")
#: how far before its date a cue ("Published:", "发布时间：") stands in a byline
CUE_REACH = 30
_QUOTED = re.compile(r"^\s*(?:[—–-]{1,2}|――|——)|\(@\w+\)|^\s*[\"“「『]")
#: "PLACE, DATE — The story begins…", "Guadalajara, 11 de febrero de 2019.- Ricardo…": a dateline that
#: opens the first paragraph
_DATELINE_LEAD = re.compile(rf"^(.{{4,{DATELINE_MAX}}}?)(?:\s+(?:—|–|--?)|\.[-–—])\s+\S")


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
    """Whether any of ``words`` occurs in ``folded`` as a word of its own: "date" is no cue inside
    "kandidaten" or "mandate" (words of unspaced scripts may stand anywhere)."""
    if "" in words:
        return True
    automaton = _automaton(words)
    if automaton is None:
        return False
    for end, word in automaton.iter(folded):
        start = end - len(word) + 1
        if _bounded(folded, start, end + 1, word):
            return True
    return False


def _bounded(text: str, start: int, end: int, word: str) -> bool:
    """``text[start:end]`` (= ``word``) is no piece of a longer word of a spaced script."""
    def joins(edge: str, neighbour: str) -> bool:
        return edge.isalnum() and neighbour.isalnum() and edge < "\u2e80" and neighbour < "\u2e80"
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not joins(word[0], before) and not joins(word[-1], after)


def _day_date(text: str, lang: str, at_end: bool = False) -> str | None:
    """The first absolute, plausible day in ``text`` (with ``at_end``: only one that closes it)."""
    mention = _day_mention(text, lang, at_end)
    return mention.value if mention else None


def _day_mention(text: str, lang: str, at_end: bool = False) -> DateMention | None:
    for mention in find_dates(text, lang, anchor=None):
        if at_end and _AGENCY.sub("", text[mention.end :]).strip(" ,.:;"):
            continue
        if mention.value and mention.precision == "day" and not mention.relative and _plausible(mention.value):
            return mention
    return None


def _plausible(value: str) -> bool:
    try:
        day = dt.date.fromisoformat(value)
    except ValueError:
        return False
    return dt.date(1900, 1, 1) <= day <= dt.date.today() + dt.timedelta(days=2)


def _cued_date(text: str, folded: str, lang: str, cues: _Cues) -> str | None:
    """The date a publication cue introduces ("Published: 12 May 2020", "来源：… 2016-01-15" is none): the
    cue must stand just before it, so a sentence that merely says "发布公告" dates nothing."""
    mention = _day_mention(text, lang)
    if mention is None:
        return None
    return mention.value if _has(cues.published, folded[max(0, mention.start - CUE_REACH) : mention.start]) else None


def publication_date(header: list[HeaderLine]) -> str | None:
    """The publication date from a document's leading lines, or None."""
    cues = _cues()
    fallback: str | None = None
    stamped: str | None = None  # an "updated" stamp: a few hours or days late, better than no date
    for line in header[:HEADER_LINES]:
        text = line.text.strip()
        folded = text.casefold()
        if not text or _QUOTED.search(text):
            continue
        if _has(cues.not_published, folded):
            if len(text) <= CUED_MAX:
                stamped = stamped or _day_date(text, line.lang)
            continue
        if len(text) <= CUED_MAX and (cued := _cued_date(text, folded, line.lang, cues)):
            return cued
        lead = None if len(text) <= DATELINE_MAX else _DATELINE_LEAD.match(text)
        if lead:  # only the dateline before the dash, and its date must close it
            value = _day_date(lead.group(1), line.lang, at_end=True)
        elif len(text) > DATELINE_MAX:
            continue
        else:
            value = _day_date(text, line.lang)
        fallback = fallback or value
    return fallback or stamped


def yearless_dateline(header: list[HeaderLine], years: list[int]) -> str | None:
    """"中新网北京2月16日电", "MOSCÚ, 28 de julio (EFE) –": a dateline without its year, read in the latest
    year the article states (its news is of that year or later; none stated, no date). Only when no
    full date dates the page."""
    latest = max((y for y in years if 1900 <= y <= dt.date.today().year), default=None)
    if latest is None:
        return None
    for line in header[:HEADER_LINES]:
        text = line.text.strip()
        if not text or _QUOTED.search(text) or len(text) > DATELINE_MAX:
            lead = _DATELINE_LEAD.match(text) if text and not _QUOTED.search(text) else None
            if lead is None:
                continue
            text = lead.group(1)
        for mention in find_dates(text, line.lang, anchor=dt.date(latest, 12, 31), tense="past"):
            # a month and day in figures or words ("2月16日", "28 de julio"), not "上周三" or "昨日"
            calendar = any(ch.isdigit() for ch in mention.text)
            if calendar and mention.precision == "day" and mention.relative and mention.value \
                    and _plausible(mention.value):
                return mention.value
    return None
