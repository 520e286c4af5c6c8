"""Compile one language's ``[dates]`` table into regex rules, once per language.

The code here knows only placeholder names (``{year}``, ``{month}``, ``{weekday}``, ...) and
what each means on the calendar; every word of every language comes from the TOML file. That
is the HeidelTime split: adding or fixing a language is a data change.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from peoplemoves.languages import pack_for

#: shifts written in the data as "<unit><signed n>", e.g. "day-1", "month+0", "year-1"; "yearend+1" is
#: the last month of a year ("the end of next year": a change planned for then happens in its December)
SHIFT = re.compile(r"^(day|week|month|yearend|year)([+-]\d+)$")
UNITS = frozenset({"year", "month", "week", "day", "hour", "minute"})
MODS = frozenset({"past", "last", "next", "this", "future"})
BOUNDARIES = frozenset({"word", "left", "none"})

# Placeholders for numbers. No look-behinds here: a pattern that begins with a plain character
# or class lets ``re`` skip ahead in C, which is most of the speed (~10x). The left edge of a
# match is checked in Python instead (Rule.reject_before); ranges (month 1-12, day 1-31) are
# checked when the match is read.
_YEAR = r"(?P<year>(?:1[6-9]|20)\d\d)(?!\d)"
_MM = r"(?P<mm>\d\d?)(?!\d)"
_DAY = r"(?P<day>\d\d?)(?!\d)"
_NUM_DIGITS = tuple(rf"{d}\d?(?!\d)" for d in "0123456789")  # literal first characters, see above
_DIGIT_PLACEHOLDERS = ("{year}", "{mm}", "{day}", "{num}")
# Rule edges: a date with a number in it must not be glued to a decimal, a thousands separator,
# a clock time or a percentage ("6.5 years", "100,000", "10:00", "5%").
_DIGIT_NEIGHBOURS = "0123456789.,:/"
_RIGHT_GUARD = r"(?![.,:/]\d|\s?%)"

# Text normalization that keeps offsets: one character in, one character out.
_NORMALIZE = str.maketrans(
    {**{chr(0xFF10 + i): str(i) for i in range(10)}, "’": "'", "‘": "'", "ʼ": "'", "\u00a0": " "}
)
_PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")
#: placeholder -> the word class that must occur in the text for it to match
PROBES: dict[str, str] = {
    "year": "digit", "mm": "digit", "day": "digit",
    "month": "month", "monthname": "monthname", "weekday": "weekday", "weekdayname": "weekdayname",
    "unit": "unit", "yearref": "yearref", "weekref": "weekref",
}


def required_placeholders(template: str) -> set[str]:
    """Placeholders a template cannot match without: those outside optional groups and branches.

    A small scan of the template, not a regex parser; when unsure (a top-level ``|``) it
    answers "none required", which only costs speed.
    """
    optional: list[tuple[int, int]] = []
    stack: list[tuple[int, bool]] = []  # (start, has_branch)
    i, n, top_branch = 0, len(template), False
    while i < n:
        ch = template[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":  # skip a character class, which may hold "(" or "|"
            i += 1
            while i < n and template[i] != "]":
                i += 2 if template[i] == "\\" else 1
        elif ch == "(":
            stack.append((i, False))
        elif ch == "|":
            if stack:
                stack[-1] = (stack[-1][0], True)
            else:
                top_branch = True
        elif ch == ")" and stack:
            start, branch = stack.pop()
            if branch or template[i + 1 : i + 2] in ("?", "*") or template[i + 1 : i + 3] == "{0":
                optional.append((start, i))
            elif template[start + 1 : start + 3] in ("?=", "?!", "?<"):
                optional.append((start, i))  # look-arounds consume nothing
        i += 1
    if top_branch:
        return set()
    return {
        m.group(1)
        for m in _PLACEHOLDER.finditer(template)
        if not any(a < m.start() < b for a, b in optional)
    }


def normalize(text: str) -> str:
    """Lower-case and fold full-width digits and curly apostrophes, keeping every offset."""
    low = text.lower()
    if len(low) != len(text):  # e.g. "İ" lower-cases to two characters
        low = "".join(ch.lower()[:1] or ch for ch in text)
    return low.translate(_NORMALIZE)


def key(word: str) -> str:
    """Dictionary form of a vocabulary entry or of matched text: normalized, no whitespace."""
    return "".join(normalize(word).split())


@dataclass(frozen=True)
class Vocab:
    """Words mapped to values; an entry ending in ``*`` is a stem matching any word it starts."""

    exact: Mapping[str, Any]
    stems: tuple[tuple[str, Any], ...] = ()
    source: tuple[str, ...] = ()  # the entries as written, for building regexes

    @classmethod
    def build(cls, table: Mapping[str, Any] | Iterable[str]) -> Vocab:
        items = table.items() if isinstance(table, Mapping) else ((w, True) for w in table)
        exact: dict[str, Any] = {}
        stems: list[tuple[str, Any]] = []
        for word, value in items:
            word = str(word)
            if word.endswith("*") and len(word) > 1:
                stems.append((key(word[:-1]), value))
            else:
                exact[key(word)] = value
        stems.sort(key=lambda s: -len(s[0]))
        source = tuple(str(w) for w in (table.keys() if isinstance(table, Mapping) else table))
        return cls(exact, tuple(stems), source)

    def get(self, text: str) -> Any:
        """Value of matched text; the text is already normalized (it comes from a match)."""
        k = "".join(text.split())
        if k in self.exact:
            return self.exact[k]
        for stem, value in self.stems:
            if k.startswith(stem):
                return value
        return None

    def __bool__(self) -> bool:
        return bool(self.exact or self.stems)


def trie_regex(words: Iterable[str], sep: str) -> str:
    """One alternation for many words, factored by shared prefixes.

    Python's ``re`` tries the branches of ``a|b|c`` one by one at every position; a trie
    shape lets it reject a position after one character, which keeps big vocabularies cheap.
    ``*`` at the end of a word becomes ``\\w*``; a space becomes ``sep``.
    """
    alternatives = trie_alternatives(words, sep)
    if not alternatives:
        return r"(?!x)x"
    return alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"


def trie_alternatives(words: Iterable[str], sep: str) -> list[str]:
    """The top-level branches of :func:`trie_regex`, each starting with a literal character."""
    trie: dict[str, Any] = {}
    for word in words:
        word = normalize(" ".join(str(word).split()))
        stem = word.endswith("*") and len(word) > 1
        if stem:
            word = word[:-1]
        if not word:
            continue
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node["*" if stem else ""] = True

    def emit(node: dict[str, Any]) -> str:
        if "*" in node:
            return r"\w*"
        kids = [
            (sep if ch == " " else re.escape(ch)) + emit(sub)
            for ch, sub in sorted(node.items(), key=lambda kv: kv[0])
            if ch not in ("", "*")
        ]
        if not kids:
            return ""
        body = kids[0] if len(kids) == 1 else "(?:" + "|".join(kids) + ")"
        return f"(?:{body})?" if "" in node else body

    return [
        (sep if ch == " " else re.escape(ch)) + emit(sub)
        for ch, sub in sorted(trie.items(), key=lambda kv: kv[0])
    ]


@dataclass(frozen=True)
class Rule:
    """One compiled template and what its match means when a group does not say it."""

    regex: re.Pattern[str]
    source: str
    left_word: bool = False  # a letter or digit may not precede the match (spaced languages)
    left_chars: str = ""  # nor may these (digits and separators, for rules with numbers)
    needs: frozenset[str] = frozenset()  # word classes the rule cannot match without (see PROBES)
    mod: str = "past"  # placement of what names no year/week: past|last|next|this|future (see engine)
    sign: int = -1  # direction of "<num> <unit>": -1 for "ago", +1 for "in ... time"
    shift: tuple[str, int] | None = None  # a fixed shift of the anchor ("day", -1)


@dataclass(frozen=True)
class Grammar:
    """Everything needed to find dates in one language, compiled once and cached."""

    lang: str
    rules: tuple[Rule, ...]
    trigger: re.Pattern[str]  # any digit or date word: sentences without one are skipped
    left_word: bool  # matches must start a word (spaced languages)
    months: Vocab
    weekdays: Vocab
    numbers: Vocab
    units: Vocab
    year_words: Vocab
    week_words: Vocab
    relative: Vocab
    connectors: frozenset[str] = field(default_factory=frozenset)
    future_after: bool = False  # verb-final language: a future word after a month counts too
    #: one cheap search per word class, so rules whose class is absent are never run
    probes: Mapping[str, re.Pattern[str]] = field(default_factory=dict)
    #: month/weekday words that are dates only when capitalized as written ("May", not "may"),
    #: unless the whole text is lower case; keyed by dictionary form
    case_sensitive: Mapping[str, frozenset[str]] = field(default_factory=dict)


def parse_shift(value: Any) -> tuple[str, int] | None:
    """'day-1' -> ('day', -1); None when the value is not a shift."""
    m = SHIFT.match(value.strip()) if isinstance(value, str) else None
    return (m.group(1), int(m.group(2))) if m else None


# Templates every language gets: ISO 8601 and its slash/dot variants are not language knowledge.
UNIVERSAL_TEMPLATES: tuple[str, ...] = (
    r"{year}(?P<sep>[-/.])(?P<mm>0?[1-9]|1[0-2])(?P=sep)(?P<day>0?[1-9]|[12]\d|3[01])(?!\d)"
    r"(?:t\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:z|[+-]\d\d:?\d\d)?)?",
)


class _Checker:
    """Collects data problems; a bad entry is skipped so one typo never stops ingest."""

    def __init__(self, lang: str, section: Mapping[str, Any]) -> None:
        self.where = f"{lang}.toml [dates]"
        self.section = section
        self.problems: list[str] = []

    def note(self, message: str) -> None:
        self.problems.append(f"{self.where} {message}")

    def table(self, name: str) -> dict[str, Any]:
        value = self.section.get(name, {})
        if not isinstance(value, Mapping):
            self.note(f"{name}: want a table")
            return {}
        return dict(value)

    def ints(self, name: str, lo: int, hi: int) -> dict[str, int]:
        out: dict[str, int] = {}
        for word, value in self.table(name).items():
            if isinstance(value, int) and not isinstance(value, bool) and lo <= value <= hi:
                out[word] = value
            else:
                self.note(f"{name}: {word!r} = {value!r} is not an integer in {lo}..{hi}")
        return out

    def words(self, name: str) -> list[str]:
        value = self.section.get(name, [])
        if not isinstance(value, list) or not all(isinstance(w, str) for w in value):
            self.note(f"{name}: want a list of strings")
            return []
        return value


def build_grammar(lang: str, section: Mapping[str, Any], strict: bool = False) -> Grammar:
    """Turn a ``[dates]`` table into compiled rules.

    Malformed entries are skipped with a warning (``strict=True``, used by the tests, raises
    ValueError listing all of them instead).
    """
    check = _Checker(lang, section)
    boundary = section.get("boundary", "word")
    if boundary not in BOUNDARIES:
        check.note(f"boundary: {boundary!r} is not one of {sorted(BOUNDARIES)}")
        boundary = "word"
    sep = r"\s+" if boundary == "word" else r"\s*"

    months_t = check.ints("months", 1, 12)
    weekdays_t = check.ints("weekdays", 1, 7)
    numbers_t = check.ints("numbers", 0, 100)
    units_t: dict[str, str] = {}
    for word, unit in check.table("units").items():
        if unit in UNITS:
            units_t[word] = unit
        else:
            check.note(f"units: {word!r} = {unit!r} is not one of {sorted(UNITS)}")
    year_t = check.ints("year_words", -100, 100)
    week_t = check.ints("week_words", -10, 10)
    relative_t: dict[str, tuple[str, int]] = {}
    for word, value in check.table("relative").items():
        if (shift := parse_shift(value)) is not None:
            relative_t[word] = shift
        else:
            check.note(f"relative: {word!r} = {value!r} is not a shift like 'day-1' or 'month+0'")
    for word, offset in year_t.items():  # "last year" alone is a date too
        relative_t.setdefault(word, ("year", offset))
    abbreviations = {key(w) for w in check.words("abbreviations")}

    def full(table: Mapping[str, int]) -> list[str]:
        return [w for w in table if key(w.rstrip("*")) not in abbreviations]

    num_alternatives = [*_NUM_DIGITS, *trie_alternatives(numbers_t, sep)]
    expansions: dict[str, str] = {
        "year": _YEAR,
        "mm": _MM,
        "day": _DAY,
        "num": "(?P<num>" + "|".join(num_alternatives) + ")",
        "month": f"(?P<month>{trie_regex(months_t, sep)})",
        "monthname": f"(?P<month>{trie_regex(full(months_t), sep)})",
        "weekday": f"(?P<weekday>{trie_regex(weekdays_t, sep)})",
        "weekdayname": f"(?P<weekday>{trie_regex(full(weekdays_t), sep)})",
        "unit": f"(?P<unit>{trie_regex(units_t, sep)})",
        "yearref": f"(?P<yearref>{trie_regex(year_t, sep)})",
        "weekref": f"(?P<weekref>{trie_regex(week_t, sep)})",
    }
    word_edge = boundary in ("word", "left")
    right_edge = r"(?!\w)" if boundary == "word" else ""

    def expand(template: str) -> str:
        def repl(m: re.Match[str]) -> str:
            name = m.group(1)
            if name in expansions:
                return expansions[name]
            words = section.get(name)
            if isinstance(words, list) and words and all(isinstance(w, str) for w in words):
                return trie_regex(words, sep)
            raise ValueError(f"unknown placeholder {{{name}}} (no such word list in [dates])")

        body = _PLACEHOLDER.sub(repl, template.replace(" ", sep))
        if any(p in template for p in _DIGIT_PLACEHOLDERS):
            body += _RIGHT_GUARD
        return body + right_edge

    rules: list[Rule] = []
    for template in UNIVERSAL_TEMPLATES:
        body = template.replace("{year}", _YEAR) + _RIGHT_GUARD
        rules.append(
            Rule(re.compile(body), template, True, _DIGIT_NEIGHBOURS + "-+", frozenset({"digit"}))
        )
    patterns = section.get("patterns", [])
    for n, spec in enumerate(patterns if isinstance(patterns, list) else []):
        if isinstance(spec, str):
            spec = {"re": spec}
        template = spec.get("re") if isinstance(spec, Mapping) else None
        if not isinstance(template, str):
            check.note(f"patterns[{n}]: want a string or a table with 're'")
            continue
        mod, sign = spec.get("mod", "past"), spec.get("sign", -1)
        shift = parse_shift(spec["value"]) if "value" in spec else None
        if mod not in MODS or sign not in (-1, 1) or ("value" in spec and shift is None):
            check.note(f"patterns[{n}]: mod must be one of {sorted(MODS)}, sign -1 or 1, value a shift")
            continue
        try:
            regex = re.compile(expand(template))
        except (ValueError, re.error) as exc:
            check.note(f"patterns[{n}] {template!r}: {exc}")
            continue
        needs = frozenset(PROBES[p] for p in required_placeholders(template) if p in PROBES)
        left_chars = _DIGIT_NEIGHBOURS if any(p in template for p in _DIGIT_PLACEHOLDERS) else ""
        rules.append(Rule(regex, template, word_edge, left_chars, needs, mod=mod, sign=sign, shift=shift))
    relative = Vocab.build(relative_t)
    if relative:
        rel = f"(?P<rel>{trie_regex(relative.source, sep)})" + right_edge
        rules.append(Rule(re.compile(rel), "[dates.relative]", word_edge))

    if check.problems:
        if strict:
            raise ValueError("\n".join(check.problems))
        warnings.warn("; ".join(check.problems), stacklevel=2)

    def probe(words: Iterable[str]) -> re.Pattern[str]:
        return re.compile(trie_regex(words, sep) + right_edge)

    # Abbreviations only count beside a number, and a digit already passes the pre-check.
    trigger_words = [
        *full(months_t), *full(weekdays_t), *units_t, *year_t, *week_t, *relative_t,
        *(str(w) for w in check.words("triggers")),
    ]
    return Grammar(
        lang=lang,
        rules=tuple(rules),
        trigger=re.compile(r"\d|" + trie_regex(trigger_words, sep) + right_edge),
        left_word=word_edge,
        future_after=section.get("future_after") is True,
        months=Vocab.build(months_t),
        weekdays=Vocab.build(weekdays_t),
        numbers=Vocab.build(numbers_t),
        units=Vocab.build(units_t),
        year_words=Vocab.build(year_t),
        week_words=Vocab.build(week_t),
        relative=relative,
        connectors=frozenset(key(w) for w in check.words("connectors")),
        probes={
            "digit": re.compile(r"\d"),
            "month": probe(months_t),
            "monthname": probe(full(months_t)),
            "weekday": probe(weekdays_t),
            "weekdayname": probe(full(weekdays_t)),
            "unit": probe(units_t),
            "yearref": probe(year_t),
            "weekref": probe(week_t),
            "future": probe(check.words("future")),
        },
        case_sensitive=_case_forms(check.words("case_sensitive")),
    )


def _case_forms(words: Iterable[str]) -> dict[str, frozenset[str]]:
    forms: dict[str, set[str]] = {}
    for word in words:
        forms.setdefault(key(word), set()).add(" ".join(str(word).split()))
    return {k: frozenset(v) for k, v in forms.items()}


@cache
def grammar_for(base: str) -> Grammar:
    """The compiled grammar of a base language code; only universal rules if it has no data."""
    pack = pack_for(base) if base else None
    section = pack.section("dates") if pack is not None else {}
    return build_grammar(base or "und", section)
