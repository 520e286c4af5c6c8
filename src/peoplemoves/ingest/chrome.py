"""Recognise site chrome: lines that belong to the page, not to the article.

Language-blind shapes (e-mail lines, bare URLs, date-only lines, language menus) are
recognised here; the words of share/donate/disclaimer prompts and the headings of
reference lists come from each language's ``[chrome]`` table. Chrome words of every
language are applied to every document, because a page's chrome is often in another
language than its body.
"""

from __future__ import annotations

import _sre
import re
from dataclasses import dataclass
from functools import cache
from re import _constants as _c
from re import _parser

import ahocorasick
import opencc

from peoplemoves.languages import all_packs

# Shapes that are chrome whatever the language.
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+|\[email\s*protected\]", re.I)
_URL_ONLY = re.compile(r"^(?:https?://|www\.)\S+$", re.I)
_NO_LETTERS = re.compile(r"^[\W\d_]*$")
_LIST_ITEM = re.compile(r"^(?:\d{1,3}[.、)]|[-*•·▪●]|\[\d+\])\s*")
_SENTENCE_END = re.compile(r"[.!?。！？」”\"']\s*$")

_HAN = re.compile(r"[\u4e00-\u9fff]")
#: longest line that a chrome word alone may condemn; longer lines need the pattern at their start
SHORT_LINE = 120
#: chrome patterns are tried on this many characters at the start of a line at most
CHROME_HEAD = 300
_POSSESSIVE_REPEAT = getattr(_c, "POSSESSIVE_REPEAT", None)


@dataclass(frozen=True)
class ChromeRules:
    line_patterns: tuple[re.Pattern[str], ...]
    block_headings: frozenset[str]
    endonyms: tuple[str, ...]


@cache
def rules() -> ChromeRules:
    patterns: list[re.Pattern[str]] = []
    headings: set[str] = set()
    endonyms: set[str] = set()
    seen: set[str] = set()
    for pack in all_packs():
        for source in pack.words("chrome", "line_patterns"):
            if source in seen:
                continue  # the same pattern in several files is tried once
            seen.add(source)
            try:
                patterns.append(re.compile(source, re.I))
            except re.error:
                continue  # a broken pattern in a data file must not stop ingest; tests catch it
        headings.update(_heading_key(h) for h in pack.words("chrome", "block_headings"))
        endonyms.update(str(e).casefold() for e in pack.data.get("endonyms", []))
    return ChromeRules(tuple(patterns), frozenset(headings), tuple(sorted(endonyms, key=len, reverse=True)))


def _heading_key(line: str) -> str:
    return _HEADING_MARKS.sub(" ", line.casefold()).strip()


_HEADING_MARKS = re.compile(r"[\s:：#*]+")


def is_language_menu(line: str) -> bool:
    """Three or more language names in one line (a site's language switcher)."""
    folded = line.casefold()
    found = 0
    for name in rules().endonyms:
        if name in folded:
            folded = folded.replace(name, " ")
            found += 1
            if found >= 3:
                return True
    return False


def chrome_reason(line: str) -> str | None:
    """Why a stripped paragraph is chrome, or None when it is article text."""
    if _NO_LETTERS.match(line):
        return "no text"
    if _URL_ONLY.match(line):
        return "link"
    if len(line) <= SHORT_LINE and ("@" in line or "[" in line) and _EMAIL.search(line):  # it needs one
        return "contact"
    if is_language_menu(line):
        return "language menu"
    # The Chinese patterns are written in Simplified characters; read Traditional lines through t2s.
    variants = (line, _t2s().convert(line)) if _HAN.search(line) else (line,)
    for variant in variants:
        # A long line is chrome only when it opens with a pattern: try the patterns on its head only.
        # Why: some patterns backtrack quadratically on long runs ("^[\d\s.,]+\s*..." on 2,000 dots
        # took minutes; found by the fuzz campaign), and no chrome line is this long anyway.
        head = variant[:CHROME_HEAD]
        short = len(variant) <= SHORT_LINE
        for pattern, anchored in _candidates(head):
            if pattern.match(head) or (short and not anchored and pattern.search(variant)):
                return "chrome"
    return None


# Trying every language's ~190 chrome patterns on every line cost a quarter of cleaning (an
# alternation under re.IGNORECASE is entered branch by branch at every character). Nearly every
# pattern needs a word of its own ("cookies", "newsletter", "扫码"), so one Aho-Corasick pass over
# the line, folded as re.IGNORECASE folds it, tells which patterns can match; only those are tried.
# The answer is the same: a pattern is skipped only when no match of it can be in the line.


@dataclass(frozen=True)
class _Prefilter:
    patterns: tuple[tuple[re.Pattern[str], bool], ...]  # (pattern, anchored at the line's start)
    always: tuple[int, ...]  # patterns no needed word was found for: tried on every line
    automaton: ahocorasick.Automaton | None  # folded needed word -> the patterns that need it


@cache
def _prefilter() -> _Prefilter:
    patterns = tuple((p, p.pattern.startswith("^")) for p in rules().line_patterns)
    by_needle: dict[str, list[int]] = {}
    always = []
    for k, (pattern, _) in enumerate(patterns):
        needles = needed_words(pattern.pattern)
        if needles is None:
            always.append(k)
            continue
        for needle in needles:
            by_needle.setdefault(fold_like_ignorecase(needle), []).append(k)
    automaton = None
    if by_needle:
        automaton = ahocorasick.Automaton()
        for needle, ks in by_needle.items():
            automaton.add_word(needle, tuple(ks))
        automaton.make_automaton()
    return _Prefilter(patterns, tuple(always), automaton)


def _candidates(head: str) -> list[tuple[re.Pattern[str], bool]]:
    """The chrome patterns that may match in ``head``, in their order."""
    pre = _prefilter()
    found = set(pre.always)
    if pre.automaton is not None:
        for _, ks in pre.automaton.iter(fold_like_ignorecase(head)):
            found.update(ks)
    return [pre.patterns[k] for k in sorted(found)]


def needed_words(source: str) -> frozenset[str] | None:
    """Literal strings one of which every match of ``source`` contains, or None when none is known.

    Read from the parsed expression: a run of literal characters in a sequence, or one such
    set from every alternative of a group that must match; of the candidates, the one whose
    shortest word is longest. Look-arounds, optional parts and classes give nothing.
    """
    try:
        parsed = _parser.parse(source, re.I)
    except Exception:  # a pattern we cannot read is simply always tried
        return None
    return _needed_in_sequence(list(parsed))


def _needed_in_sequence(items: list) -> frozenset[str] | None:
    options: list[frozenset[str]] = []
    run: list[str] = []
    for op, av in [*items, (None, None)]:
        if op is _c.LITERAL:
            run.append(chr(av))
            continue
        if run:
            options.append(frozenset({"".join(run)}))
            run = []
        found = None
        if op is _c.SUBPATTERN:
            found = _needed_in_sequence(list(av[3]))
        elif op is _c.BRANCH:
            found = _needed_in_branches(av[1])
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _POSSESSIVE_REPEAT) and av[0] >= 1:
            found = _needed_in_sequence(list(av[2]))
        if found is not None:
            options.append(found)
    options = [o for o in options if o and min(map(len, o)) > 0]
    if not options:
        return None
    return max(options, key=lambda o: (min(map(len, o)), -len(o)))


def _needed_in_branches(alternatives: list) -> frozenset[str] | None:
    words: set[str] = set()
    for alternative in alternatives:
        found = _needed_in_sequence(list(alternative))
        if found is None:
            return None
        words |= found
    return frozenset(words)


def _ignorecase_classes() -> dict[int, int]:
    """Characters re.IGNORECASE treats as one beyond simple lower case (ſ = s, K = k), to one of them."""
    try:
        from re._casefix import _EXTRA_CASES  # the table re's compiler itself uses
    except ImportError:  # pragma: no cover - other Pythons: lower case alone
        return {}
    table: dict[int, int] = {}
    for low, others in _EXTRA_CASES.items():
        group = [low, *others]
        table.update({c: min(group) for c in group})
    return table


class _FoldTable(dict):
    """str.translate table: each character to its simple lower case (as re's matcher lowers it),
    then to one representative of its re.IGNORECASE class; filled as characters come."""

    def __missing__(self, code: int) -> int:
        low = _sre.unicode_tolower(code)
        folded = _EXTRA.get(low, low)
        self[code] = folded
        return folded


_EXTRA = _ignorecase_classes()
_FOLD = _FoldTable()


def fold_like_ignorecase(text: str) -> str:
    """``text`` as re.IGNORECASE compares it, character for character: two characters fold alike
    whenever an expression's literal of one matches the other under re.IGNORECASE."""
    if text.isascii():  # ASCII letters fold to their lower case (ſ, K and ı are the others in their class)
        return text.lower()
    return text.translate(_FOLD)


@cache
def _t2s() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


def is_block_heading(line: str) -> bool:
    return _heading_key(line) in rules().block_headings


def is_list_like(line: str) -> bool:
    """Reference-list entries: numbered or bulleted, or short lines that are no sentence."""
    if _LIST_ITEM.match(line):
        return True
    return len(line) < 60 and not _SENTENCE_END.search(line)
