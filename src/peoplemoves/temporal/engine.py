"""Find date expressions in a sentence and put them on the calendar.

Language-blind: the rules come from :mod:`peoplemoves.temporal.grammar`, built from the
``[dates]`` table of each language file. Relative expressions ("last Thursday", "上周四",
"two days ago") are resolved against an anchor, normally the article's publication date;
without one they are still found, with ``value=None``, so callers can tell "no date here"
from "a date we cannot place".
"""

from __future__ import annotations

import datetime as dt
import re
from calendar import isleap
from collections.abc import Iterator
from dataclasses import dataclass, field

from peoplemoves.languages import base_language
from peoplemoves.temporal.grammar import Grammar, Rule, grammar_for, key, normalize

#: what ``tense`` may say about expressions that carry no direction of their own
TENSES = (None, "past", "future")


@dataclass(frozen=True)
class DateMention:
    """One date expression: where it is, what it means, and whether that depended on the anchor."""

    start: int  # character offsets into the text passed in
    end: int
    text: str
    value: str | None  # 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'; None if relative and no anchor
    precision: str  # 'year' | 'month' | 'day'
    relative: bool  # True when the value depended on the anchor


@dataclass(frozen=True)
class _Reading:
    """A rule match resolved to the calendar, before overlaps are settled."""

    start: int
    end: int
    order: int
    value: str | None
    precision: str
    relative: bool
    kind: str  # 'weekday' (placed by weekday only), 'calendar' (explicit day), 'other'


@dataclass
class _Context:
    """One call's state: the text in both forms, the anchor, and answers computed at most once."""

    g: Grammar
    text: str
    norm: str
    anchor: dt.date | None
    tense: str | None
    mixed_case: bool | None  # None: the language has no case-sensitive words
    present: dict[str, bool] = field(default_factory=dict)
    future_at: list[int] | None = None  # where future words start, found on first need

    def has(self, word_class: str) -> bool:
        found = self.present.get(word_class)
        if found is None:
            found = self.present[word_class] = _occurs(self.g.probes[word_class], self.norm, self.g.left_word)
        return found

    def future_around(self, start: int) -> bool:
        """A future word before ``start`` ("will take a sabbatical from September"), or anywhere
        in the sentence for verb-final languages, where the tense comes last ("6月に就任する予定")."""
        if self.future_at is None:
            self.future_at = _starts(self.g.probes["future"], self.norm, self.g.left_word)
        return any(at < start for at in self.future_at) or (self.g.future_after and bool(self.future_at))

    def mode(self, rule: Rule, what: str, start: int) -> str:
        """How to place an expression that names no year (or week) of its own.

        A modifier in the rule ("last", "next") decides. Otherwise ``tense`` does, and when the
        caller gave none: an explicit day and month ("26 settembre", "1er avril") is taken
        nearest to the anchor, as news omits the year of dates close to it; a month alone is
        in the past ("in May") unless the sentence has a future word ("prendra ... fin mars");
        a weekday alone is in the past ("said on Wednesday that it will ..."). The future word
        must come before the month in most languages: "left in April, will join" stays past.
        """
        if rule.mod != "past":
            return rule.mod
        if self.tense is not None:
            return self.tense
        if what == "day":
            return "near"
        if what == "month":
            return "future" if self.future_around(start) else "past"
        return "past"


# Gap between "last Thursday" and the explicit date that restates it: punctuation and spaces
# only, plus the language's connector words ("也就是", "cioè"); kept short on purpose.
_GAP_MAX = 16
_NON_WORD = re.compile(r"[\W_]+")


def _format(year: int, month: int | None = None, day: int | None = None) -> str:
    if month is None:
        return f"{year:04d}"
    if day is None:
        return f"{year:04d}-{month:02d}"
    return f"{year:04d}-{month:02d}-{day:02d}"


def _shift(unit: str, n: int, anchor: dt.date | None) -> tuple[str | None, str]:
    """Move the anchor by n units; precision follows the unit (a month shift names a month)."""
    if unit in ("day", "week"):
        if anchor is None:
            return None, "day"
        try:
            return (anchor + dt.timedelta(days=n * (7 if unit == "week" else 1))).isoformat(), "day"
        except OverflowError:
            return None, "day"
    if unit == "yearend":
        return (_format(anchor.year + n, 12), "month") if anchor is not None else (None, "month")
    if unit == "month":
        if anchor is None:
            return None, "month"
        total = anchor.year * 12 + anchor.month - 1 + n
        return _format(total // 12, total % 12 + 1), "month"
    if anchor is None:
        return None, "year"
    return _format(anchor.year + n), "year"


def _pick(candidates: list[dt.date], anchor: dt.date, mode: str) -> dt.date | None:
    """Choose among dates near the anchor: 'past' is on or before it, 'last' strictly before, etc."""
    if mode == "near":
        return min(candidates, key=lambda d: (abs((d - anchor).days), d > anchor), default=None)
    tests = {
        "past": lambda d: d <= anchor,
        "last": lambda d: d < anchor,
        "future": lambda d: d >= anchor,
        "next": lambda d: d > anchor,
    }
    chosen = [d for d in candidates if tests[mode](d)]
    if not chosen:
        return None
    return max(chosen) if mode in ("past", "last") else min(chosen)


_MONTH_DAYS = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _days_in(year: int, month: int) -> int:
    """calendar.monthrange without its weekday computation (this is on the hot path)."""
    return 29 if month == 2 and isleap(year) else _MONTH_DAYS[month]


def _valid(year: int, month: int, day: int) -> dt.date | None:
    return dt.date(year, month, day) if 1 <= month <= 12 and 1 <= day <= _days_in(year, month) else None


def _place_month(month: int, day: int | None, anchor: dt.date, mode: str) -> int | None:
    """The year of a month (and day) written without one."""
    if mode == "this":
        return anchor.year
    if day is None:  # compare months only: "in September" said in September is this September
        candidates = [dt.date(y, month, 1) for y in (anchor.year - 1, anchor.year, anchor.year + 1)]
        chosen = _pick(candidates, anchor.replace(day=1), "past" if mode == "near" else mode)
    else:
        years = (anchor.year - 1, anchor.year, anchor.year + 1)
        chosen = _pick([d for y in years if (d := _valid(y, month, day))], anchor, mode)
    return chosen.year if chosen else None


def _place_day(day: int, anchor: dt.date, mode: str) -> dt.date | None:
    """A day of the month written alone ("8日", "昨（19）日"): in this month or the one beside it."""
    if mode == "this":
        return _valid(anchor.year, anchor.month, day)
    total = anchor.year * 12 + anchor.month - 1
    candidates = [d for t in (total - 1, total, total + 1) if (d := _valid(t // 12, t % 12 + 1, day))]
    return _pick(candidates, anchor, mode)


def _place_weekday(weekday: int, anchor: dt.date, mode: str, week_offset: int | None) -> dt.date:
    """A weekday near the anchor: in a given week ("上周四"), or the nearest one by ``mode``."""
    today = anchor.isoweekday()
    if week_offset is not None:
        monday = anchor - dt.timedelta(days=today - 1) + dt.timedelta(weeks=week_offset)
        return monday + dt.timedelta(days=weekday - 1)
    if mode == "this":
        return anchor + dt.timedelta(days=weekday - today)
    if mode == "next":
        return anchor + dt.timedelta(days=(weekday - today - 1) % 7 + 1)
    if mode == "future":
        return anchor + dt.timedelta(days=(weekday - today) % 7)
    if mode == "last":
        return anchor - dt.timedelta(days=(today - weekday - 1) % 7 + 1)
    return anchor - dt.timedelta(days=(today - weekday) % 7)


def _number(g: Grammar, text: str | None) -> int | None:
    if text is None:
        return 1  # "год назад", "an hour ago": the unit alone means one
    if text.isdigit():
        return int(text)
    value = g.numbers.get(text)
    return int(value) if value is not None else None


def _case_ok(g: Grammar, m: re.Match[str], text: str) -> bool:
    """"may" is a verb and "May" a month (only asked when the text has capitals at all)."""
    for group in ("month", "weekday"):
        word = m.group(group) if group in m.re.groupindex else None
        if word is not None and (forms := g.case_sensitive.get(key(word))):
            written = " ".join(text[m.start(group) : m.end(group)].split())
            if written not in forms:
                return False
    return True


def _read(ctx: _Context, rule: Rule, m: re.Match[str], order: int) -> _Reading | None:
    """What one match means, or None when it is not a real date (31 February, unknown word)."""
    g, anchor = ctx.g, ctx.anchor
    gd = m.groupdict()
    if ctx.mixed_case and not _case_ok(g, m, ctx.text):
        return None

    def done(value: str | None, precision: str, relative: bool, kind: str = "other") -> _Reading:
        start, end = m.span()
        while end > start and ctx.norm[end - 1].isspace():  # "2018년 " (an optional part's space)
            end -= 1
        return _Reading(start, end, order, value, precision, relative, kind)

    if gd.get("rel") is not None:
        shift = g.relative.get(gd["rel"])
        if shift is None:
            return None
        return done(*_shift(shift[0], shift[1], anchor), True)
    if rule.shift is not None:
        return done(*_shift(rule.shift[0], rule.shift[1], anchor), True)
    if gd.get("unit") is not None:
        unit, n = g.units.get(gd["unit"]), _number(g, gd.get("num"))
        if unit is None or n is None:
            return None
        n *= rule.sign
        if unit in ("hour", "minute"):  # the anchor has no clock: whole days only
            unit, n = "day", int(n / (24 if unit == "hour" else 1440))
        return done(*_shift(unit, n, anchor), True)

    year: int | None = int(gd["year"]) if gd.get("year") else None
    relative = False
    if year is None and gd.get("yearref") is not None:
        offset = g.year_words.get(gd["yearref"])
        if offset is None:
            return None
        relative = True
        year = anchor.year + offset if anchor is not None else None
    month: int | None = None
    if gd.get("month") is not None:
        month = g.months.get(gd["month"])
        if month is None:
            return None
    elif gd.get("mm") is not None:
        month = int(gd["mm"])
    day = int(gd["day"]) if gd.get("day") else None
    if (month is not None and not 1 <= month <= 12) or (day is not None and not 1 <= day <= 31):
        return None

    if month is not None:
        precision = "day" if day is not None else "month"
        kind = "calendar" if day is not None else "other"
        if year is None and not relative:
            relative = True
            if anchor is not None:
                year = _place_month(month, day, anchor, ctx.mode(rule, precision, m.start()))
        if day is not None and day > _days_in(year if year is not None else 2000, month):
            return None
        return done(_format(year, month, day) if year is not None else None, precision, relative, kind)
    if day is not None and year is None:  # a day of the month alone
        if anchor is None:
            return done(None, "day", True, "calendar")
        placed = _place_day(day, anchor, ctx.mode(rule, "day", m.start()))
        return done(placed.isoformat(), "day", True, "calendar") if placed else None
    if gd.get("weekday") is not None:
        weekday = g.weekdays.get(gd["weekday"])
        if weekday is None:
            return None
        week_offset: int | None = None
        if gd.get("weekref") is not None:
            week_offset = g.week_words.get(gd["weekref"])
            if week_offset is None:
                return None
        if anchor is None:
            return done(None, "day", True, "weekday")
        placed = _place_weekday(weekday, anchor, ctx.mode(rule, "weekday", m.start()), week_offset)
        return done(placed.isoformat(), "day", True, "weekday")
    if year is not None or relative:
        return done(_format(year) if year is not None else None, "year", relative)
    return None


def _starts(probe: re.Pattern[str], norm: str, left_word: bool) -> list[int]:
    """Where the probe matches with no letter before it."""
    return [
        m.start()
        for m in probe.finditer(norm)
        if not left_word or m.start() == 0 or not norm[m.start() - 1].isalpha()
    ]


def _occurs(probe: re.Pattern[str], norm: str, left_word: bool) -> bool:
    """Does the probe match where no letter precedes it? ("ore" in "direttore" is not the unit)."""
    pos = 0
    while (m := probe.search(norm, pos)) is not None:
        start = m.start()
        if not left_word or start == 0 or not norm[start - 1].isalpha():
            return True
        pos = start + 1
    return False


def _glued(rule: Rule, prev: str, norm: str, start: int) -> bool:
    """Is the match stuck to what precedes it? A letter (spaced languages), a digit, or a
    separator that follows a digit ("100,000", "6.5", "10:00"); "上周六,9月28日" is fine."""
    if rule.left_word and (prev.isalnum() or prev == "_"):
        return True
    if prev not in rule.left_chars:
        return False
    return prev.isdigit() or (start >= 2 and norm[start - 2].isdigit())


def _matches(rule: Rule, norm: str) -> Iterator[re.Match[str]]:
    """Non-overlapping matches whose left edge is clean; a bad edge retries one character on."""
    search, pos, end = rule.regex.search, 0, len(norm)
    while pos <= end and (m := search(norm, pos)) is not None:
        start = m.start()
        prev = norm[start - 1] if start else ""
        if m.end() == start or (prev and _glued(rule, prev, norm, start)):
            pos = start + 1
            continue
        yield m
        pos = m.end()


def _select(readings: list[_Reading]) -> list[_Reading]:
    """Settle overlaps: the longest match wins, then the earliest, then the first rule."""
    chosen: list[_Reading] = []
    for r in sorted(readings, key=lambda r: (r.start - r.end, r.start, r.order)):
        if all(r.end <= c.start or r.start >= c.end for c in chosen):
            chosen.append(r)
    chosen.sort(key=lambda r: r.start)
    return chosen


def _joinable(g: Grammar, gap: str) -> bool:
    if len(gap) > _GAP_MAX:
        return False
    words = key(_NON_WORD.sub(" ", gap))
    return not words or words in g.connectors


def _merge(g: Grammar, norm: str, readings: list[_Reading]) -> list[_Reading]:
    """"giovedì scorso, 26 settembre" is one date: the explicit day wins over the weekday."""
    out: list[_Reading] = []
    for r in readings:
        prev = out[-1] if out else None
        if (
            prev is not None
            and {prev.kind, r.kind} == {"weekday", "calendar"}
            and _joinable(g, norm[prev.end : r.start])
        ):
            explicit = r if r.kind == "calendar" else prev
            out[-1] = _Reading(prev.start, r.end, prev.order, explicit.value, "day", explicit.relative, "calendar")
            continue
        out.append(r)
    return out


def _grammar(lang: str | None) -> Grammar:
    return grammar_for(base_language(lang) if lang else "")


def find_dates(
    text: str, lang: str, anchor: dt.date | None = None, tense: str | None = None
) -> list[DateMention]:
    """Every date expression in a sentence-sized text, resolved against ``anchor``.

    ``anchor`` is the publication date; relative expressions get ``value=None`` without it.
    ``tense`` ('past' or 'future') tells how to place expressions with no direction of their
    own ("on Wednesday", "in May", "26 settembre"); callers that know a change is planned
    pass 'future'. Left as None, see ``_Context.mode``. Month-only and year-only expressions
    keep their precision (no invented day).
    """
    if tense not in TENSES:
        raise ValueError(f"tense must be one of {TENSES}, not {tense!r}")
    if not text:
        return []
    g = _grammar(lang)
    norm = normalize(text)
    if not _occurs(g.trigger, norm, g.left_word):
        return []
    # Case only speaks when the text has capitals ("may" vs "May"); None = no such words.
    ctx = _Context(g, text, norm, anchor, tense, (text != text.lower()) if g.case_sensitive else None)
    readings: list[_Reading] = []
    for order, rule in enumerate(g.rules):
        runnable = True
        for word_class in rule.needs:  # skip rules whose words are absent (a plain loop: hot path)
            if not ctx.has(word_class):
                runnable = False
                break
        if not runnable:
            continue
        for m in _matches(rule, norm):
            reading = _read(ctx, rule, m, order)
            if reading is not None:
                readings.append(reading)
    if not readings:
        return []
    return [
        DateMention(r.start, r.end, text[r.start : r.end], r.value, r.precision, r.relative)
        for r in _merge(g, norm, _select(readings))
    ]
