"""Compile a language's word lists into fast matchers.

Each list becomes one regular expression (longest entries first, so the longest phrase
wins at a position). Languages written without spaces match entries as substrings;
Korean attaches particles to the right of words, so only the left edge is a boundary;
the others match whole words, with ``*`` at an entry's end standing for any ending.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from peoplemoves.languages import LanguagePack, base_language, pack_for
from peoplemoves.names import fold

NO_SPACES = frozenset({"zh", "ja"})
LEFT_EDGE_ONLY = frozenset({"ko"})


@dataclass(frozen=True)
class Hit:
    start: int
    end: int
    text: str
    value: str


class PhraseMatcher:
    """Find the entries of one word list in a text, each with the value it maps to."""

    def __init__(self, entries: dict[str, str], base: str):
        self._exact: dict[str, str] = {}
        self._wild: list[tuple[re.Pattern[str], str]] = []
        alternatives: list[str] = []
        for raw, value in entries.items():
            entry = " ".join(str(raw).lower().replace("’", "'").split())
            if not entry.strip("* "):
                continue
            pattern = r"\s+".join(_word_pattern(word) for word in entry.split(" "))
            if "*" in entry:
                self._wild.append((re.compile(pattern, re.IGNORECASE), value))
            else:
                self._exact[entry] = value
            alternatives.append(pattern)
        self._wild.sort(key=lambda p: len(p[0].pattern), reverse=True)
        alternatives.sort(key=len, reverse=True)
        if base in NO_SPACES:
            left, right = "", ""
        elif base in LEFT_EDGE_ONLY:
            left, right = r"(?<!\w)", ""
        else:
            left, right = r"(?<!\w)", r"(?!\w)"
        body = "|".join(alternatives) if alternatives else r"(?!x)x"
        self._regex = re.compile(f"{left}(?:{body}){right}", re.IGNORECASE)
        self._seen: dict[str, bool] = {}

    def __bool__(self) -> bool:
        return bool(self._exact or self._wild)

    def _value(self, matched: str) -> str:
        key = " ".join(matched.lower().replace("’", "'").split())
        if key in self._exact:
            return self._exact[key]
        for pattern, value in self._wild:
            if pattern.fullmatch(matched):
                return value
        return ""

    def find(self, text: str) -> list[Hit]:
        return [Hit(m.start(), m.end(), m.group(), self._value(m.group())) for m in self._regex.finditer(text)]

    def contains(self, text: str) -> bool:
        # asked about the same words again and again (is "chief" a role?): remembered per matcher
        known = self._seen.get(text)
        if known is None:
            known = self._seen[text] = self._regex.search(text) is not None
            if len(self._seen) > 200_000:
                self._seen.clear()
        return known


def _word_pattern(word: str) -> str:
    """One word of an entry: ``*`` at its end stands for any ending; both apostrophes match."""
    wildcard = word.endswith("*")
    stem = re.escape(word.rstrip("*")).replace("'", "['’]")
    return stem + (r"\w*" if wildcard else "")


def _as_mapping(value: object) -> dict[str, str]:
    if isinstance(value, dict):
        return {str(k): str(v) for k, v in value.items()}
    if isinstance(value, list):
        return {str(v): str(v) for v in value}
    return {}


@dataclass(frozen=True)
class Lexicon:
    """Everything the extractor knows about one language, compiled."""

    base: str
    roles: PhraseMatcher
    triggers: PhraseMatcher
    cues: dict[str, PhraseMatcher]
    honorifics: PhraseMatcher
    org_suffixes: PhraseMatcher
    org_prefixes: PhraseMatcher
    org_announce: PhraseMatcher  # verbs of announcing, whose subject is the company (CJK news)
    org_descriptors: tuple[str, ...]  # nouns that describe a company right before its name
    org_determiners: tuple[str, ...]  # "该", "同": words that point at an organization without naming it
    gazetteer: PhraseMatcher
    stopwords: frozenset[str]
    particles: frozenset[str]
    prepositions: frozenset[str]
    separators: str
    boundary_chars: str  # characters that cannot be inside a name written without spaces (的, 是, ...)
    surnames: frozenset[str]  # family names of languages that write names without separators
    months: frozenset[str]  # month and weekday words, which look like names when capitalized
    person_nouns: PhraseMatcher  # "founder", "创始人": not a post, but a name follows
    noun_endings: tuple[str, ...]  # languages that capitalize nouns: endings that mark a word as no name
    conjunctions: frozenset[str]  # words that join names in a list
    articles: frozenset[str]  # a word never seen after one may be a name (text without capitals)
    verb_final: bool  # SOV languages: the people a verb is about stand before it
    subject_particles: tuple[str, ...]  # particles marking the subject (the one who acts) in SOV languages
    copulas: tuple[str, ...] = ()  # (zh) "the post is X": 是, 为 between a title and a name
    roles_inside: PhraseMatcher | None = None  # (ko) titles closing a longer word: 수석코치, 신한은행장
    not_names: frozenset[str] = frozenset()  # folded: words and places read as names that name nobody
    not_orgs: frozenset[str] = frozenset()  # folded: departments, publications, generic words read as companies

    @property
    def spaced(self) -> bool:
        return self.base not in NO_SPACES


CUE_KINDS = ("interim", "negation", "denial", "rumor", "future", "former", "collective")


def _build(pack: LanguagePack | None, base: str) -> Lexicon:
    data = pack.data if pack else {}

    def matcher(section: str, key: str | None = None) -> PhraseMatcher:
        table = data.get(section, {})
        value = table.get(key, []) if key and isinstance(table, dict) else table
        return PhraseMatcher(_as_mapping(value), base)

    names = data.get("names", {}) if isinstance(data.get("names"), dict) else {}
    orgs = data.get("orgs", {}) if isinstance(data.get("orgs"), dict) else {}
    grammar = data.get("grammar", {}) if isinstance(data.get("grammar"), dict) else {}
    return Lexicon(
        base=base,
        roles=matcher("roles"),
        triggers=matcher("triggers"),
        cues={kind: matcher("cues", kind) for kind in CUE_KINDS},
        honorifics=matcher("names", "honorifics"),
        # Korean writes company suffixes glued to the name (태양건설): match them anywhere in a word
        org_suffixes=PhraseMatcher(_as_mapping(orgs.get("suffixes", [])), "zh" if base == "ko" else base),
        org_prefixes=matcher("orgs", "prefixes"),
        org_announce=matcher("orgs", "announce"),
        org_descriptors=tuple(str(w) for w in orgs.get("descriptors", [])),
        org_determiners=tuple(sorted((str(w) for w in orgs.get("determiners", [])), key=len, reverse=True)),
        gazetteer=matcher("orgs", "gazetteer"),
        stopwords=frozenset(str(w).lower() for w in names.get("stopwords", [])),
        particles=frozenset(str(w).lower() for w in names.get("particles", [])),
        prepositions=frozenset(str(w).lower() for w in orgs.get("prepositions", [])),
        separators="".join(str(s) for s in names.get("name_separators", [])) or "·・•‧",
        boundary_chars="".join(str(s) for s in names.get("boundary_chars", [])),
        surnames=frozenset(str(s) for s in names.get("surnames", [])),
        months=frozenset(
            str(k).lower() for table in ("months", "weekdays") for k in data.get("dates", {}).get(table, {})
        ),
        person_nouns=matcher("names", "person_nouns"),
        noun_endings=tuple(str(w).lower() for w in names.get("noun_endings", [])),
        conjunctions=frozenset(str(w).lower() for w in names.get("conjunctions", [])),
        articles=frozenset(str(w).lower() for w in names.get("articles", [])),
        verb_final=bool(grammar.get("verb_final", False)),
        subject_particles=tuple(str(p) for p in grammar.get("subject_particles", [])),
        copulas=tuple(str(w) for w in names.get("copulas", [])),
        roles_inside=PhraseMatcher(_as_mapping(data.get("roles", {})), "zh") if base == "ko" else None,
        not_names=frozenset(fold(str(w)) for w in names.get("not_names", [])),
        not_orgs=frozenset(fold(str(w)) for w in orgs.get("not_orgs", [])),
    )


@cache
def lexicon_for(tag: str) -> Lexicon:
    base = base_language(tag)
    return _build(pack_for(base), base)
