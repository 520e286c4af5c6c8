"""Compile a language's word lists into fast matchers.

Each list becomes one regular expression (longest entries first, so the longest phrase
wins at a position). Languages written without spaces match entries as substrings;
Korean attaches particles to the right of words, so only the left edge is a boundary;
the others match whole words, with ``*`` at an entry's end standing for any ending.

Running a list's regex over a sentence tries every entry at every character, and the
extractor asks a dozen lists about each sentence: that was the largest cost of extraction.
So a language's lists share one Aho–Corasick automaton (:class:`LexiconScan`) of the
entries' first words, folded as ``re.IGNORECASE`` folds them; one pass over a sentence
gives every list the few places an entry can start, and the list's own regex is tried
only there. The hits are exactly those of ``regex.finditer`` (same leftmost, first-
alternative-wins, non-overlapping order), only found without trying every position.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, cached_property

import ahocorasick

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


def _case_classes() -> dict[int, str]:
    """Characters ``re.IGNORECASE`` treats as one beyond simple lower case (ſ = s, ς = σ), to one of them."""
    try:
        from re._casefix import _EXTRA_CASES  # the table re's compiler itself uses
    except ImportError:  # pragma: no cover - other Pythons: lower case alone
        return {}
    table: dict[int, str] = {}
    for low, others in _EXTRA_CASES.items():
        group = [low, *others]
        table.update({c: chr(min(group)) for c in group})
    return table


_FOLD = _case_classes() | {ord("’"): "'"}


def fold_for_match(text: str) -> str:
    """``text`` as ``re.IGNORECASE`` compares it, character for character (same length, same offsets)."""
    low = text.lower()
    if len(low) != len(text):  # only İ lower-cases to two characters; its simple lower case is i
        low = "".join(c.lower()[0] for c in text)
    return low.translate(_FOLD)


class LexiconScan:
    """One Aho–Corasick automaton over the first words of every list of a language.

    ``starts(text)`` is one pass over the folded text: for each list, the sorted offsets
    where one of its entries may begin. The answers of the last sentences are kept, since
    one sentence is asked about by many lists, several times.
    """

    CACHE = 512

    def __init__(self, matchers: Sequence[PhraseMatcher]):
        stems: dict[str, list[int]] = {}
        for slot, matcher in enumerate(matchers):
            matcher._attach(self, slot)
            for stem in matcher._stems:
                stems.setdefault(stem, []).append(slot)
        self._automaton = ahocorasick.Automaton()
        for stem, slots in stems.items():
            self._automaton.add_word(stem, (len(stem), tuple(slots)))
        self._empty = not stems
        if stems:
            self._automaton.make_automaton()
        # per sentence: where each list's entries may start, and each list's hits once found
        self._cache: dict[str, tuple[dict[int, list[int]], dict[int, list[Hit]]]] = {}

    def _scan(self, text: str) -> dict[int, list[int]]:
        found: dict[int, set[int]] = {}
        if not self._empty and text:
            for end, (length, slots) in self._automaton.iter(fold_for_match(text)):
                start = end - length + 1
                for slot in slots:
                    found.setdefault(slot, set()).add(start)
        return {slot: sorted(places) for slot, places in found.items()}

    def _entry(self, text: str) -> tuple[dict[int, list[int]], dict[int, list[Hit]]]:
        entry = self._cache.get(text)
        if entry is None:
            if len(self._cache) >= self.CACHE:
                self._cache.clear()
            entry = self._cache[text] = (self._scan(text), {})
        return entry

    def starts(self, text: str, remember: bool = True) -> dict[int, list[int]]:
        """For each list, the sorted offsets where one of its entries may begin."""
        if not remember and text not in self._cache:
            return self._scan(text)
        return self._entry(text)[0]

    def hits(self, text: str) -> dict[int, list[Hit]]:
        """The hits each list has found in ``text`` so far (a list asks for a sentence several times)."""
        return self._entry(text)[1]


#: matched forms whose value a word list remembers (bounded: a hostile text may match endless forms)
VALUE_CACHE_SIZE = 4096


class PhraseMatcher:
    """Find the entries of one word list in a text, each with the value it maps to."""

    def __init__(self, entries: dict[str, str], base: str):
        self._exact: dict[str, str] = {}
        self._stems: set[str] = set()  # each entry's first word up to a wildcard, folded
        self._scan: LexiconScan | None = None
        self._slot = 0
        self._wild_sources: list[tuple[str, str]] = []
        self._values: dict[str, str] = {}  # matched text -> value, see _value
        alternatives: list[str] = []
        for raw, value in entries.items():
            entry = " ".join(str(raw).lower().replace("’", "'").split())
            if not entry.strip("* "):
                continue
            pattern = r"\s+".join(_word_pattern(word) for word in entry.split(" "))
            stem = fold_for_match(entry.split(" ")[0].rstrip("*"))
            if stem:
                self._stems.add(stem)
            else:  # an entry that starts with a wildcard can start anywhere: no automaton for this list
                self._stems.add("")
            if "*" in entry:
                self._wild_sources.append((pattern, value))
            else:
                self._exact[entry] = value
            alternatives.append(pattern)
        self._wild_sources.sort(key=lambda p: len(p[0]), reverse=True)
        alternatives.sort(key=len, reverse=True)
        if base in NO_SPACES:
            left, right = "", ""
        elif base in LEFT_EDGE_ONLY:
            left, right = r"(?<!\w)", ""
        else:
            left, right = r"(?<!\w)", r"(?!\w)"
        body = "|".join(alternatives) if alternatives else r"(?!x)x"
        self._source = f"{left}(?:{body}){right}"
        self._seen: dict[str, bool] = {}

    # Compiled on first use: compiling every list of a language took most of a short run's start-up,
    # and with the automaton in front, many lists never need their expression in a document.
    @cached_property
    def _regex(self) -> re.Pattern[str]:
        return re.compile(self._source, re.IGNORECASE)

    @cached_property
    def _wild(self) -> list[tuple[re.Pattern[str], str]]:
        return [(re.compile(pattern, re.IGNORECASE), value) for pattern, value in self._wild_sources]

    def __bool__(self) -> bool:
        return bool(self._exact or self._wild_sources)

    def _value(self, matched: str) -> str:
        # the same words come back sentence after sentence; the wildcard entries are tried once per form
        known = self._values.get(matched)
        if known is not None:
            return known
        key = " ".join(matched.lower().replace("’", "'").split())
        value = self._exact.get(key)
        if value is None:
            value = next((v for pattern, v in self._wild if pattern.fullmatch(matched)), "")
        if len(self._values) < VALUE_CACHE_SIZE:
            self._values[matched] = value
        return value

    def _attach(self, scan: LexiconScan, slot: int) -> None:
        if "" not in self._stems:
            self._scan, self._slot = scan, slot
        self._stems.discard("")

    def _matches(self, text: str, remember: bool) -> list[re.Match[str]]:
        """``self._regex.finditer(text)``, tried only where the automaton says an entry may start."""
        if self._scan is None:
            return list(self._regex.finditer(text))
        matches = []
        reached = 0
        match = self._regex.match
        for start in self._scan.starts(text, remember).get(self._slot, ()):
            if start < reached:
                continue
            m = match(text, start)
            if m:
                matches.append(m)
                reached = m.end()
        return matches

    def find(self, text: str) -> list[Hit]:
        if self._scan is None:
            return [Hit(m.start(), m.end(), m.group(), self._value(m.group())) for m in self._regex.finditer(text)]
        done = self._scan.hits(text)
        hits = done.get(self._slot)
        if hits is None:
            hits = done[self._slot] = [Hit(m.start(), m.end(), m.group(), self._value(m.group()))
                                       for m in self._matches(text, True)]
        return list(hits)  # a copy: callers extend the list they get

    def contains(self, text: str) -> bool:
        # asked about the same words again and again (is "chief" a role?): remembered per matcher
        known = self._seen.get(text)
        if known is None:
            known = self._seen[text] = bool(self._matches(text, False))
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
    # (zh) adverbs and time words that may stand between a name and its verb (王某此前担任, 王某上月辞任)
    before_verb: tuple[str, ...] = ()
    not_names: frozenset[str] = frozenset()  # folded: words and places read as names that name nobody
    not_orgs: frozenset[str] = frozenset()  # folded: departments, publications, generic words read as companies
    numbers: frozenset[str] = frozenset()  # number words up to twelve ("tre", "deux"): "Roma Tre" names a university

    @property
    def spaced(self) -> bool:
        return self.base not in NO_SPACES

    def matchers(self) -> list[PhraseMatcher]:
        """Every word list, for the one automaton they share."""
        return [self.roles, self.triggers, *self.cues.values(), self.honorifics, self.org_suffixes,
                self.org_prefixes, self.org_announce, self.gazetteer, self.person_nouns]


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
    lexicon = Lexicon(
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
        before_verb=tuple(sorted((str(w) for w in names.get("before_verb", [])), key=len, reverse=True)),
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
        numbers=frozenset(str(k).lower() for k, v in data.get("dates", {}).get("numbers", {}).items()
                          if isinstance(v, int) and 1 <= v <= 12),
    )
    LexiconScan(lexicon.matchers())
    return lexicon


@cache
def lexicon_for(tag: str) -> Lexicon:
    base = base_language(tag)
    return _build(pack_for(base), base)
