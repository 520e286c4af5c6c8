"""Find any of a document's known names in a sentence in one pass.

The names a document has shown so far are looked for again in every later sentence. One
regular expression of all of them had to be compiled anew whenever a name was added (a few
milliseconds each, hundreds of times in a long article) and tried at every character; an
Aho–Corasick automaton is built in microseconds and reads the sentence once. The matches
are those the expression gave: leftmost first, the longest name at a place, no overlaps;
Latin names as whole words (not inside "gpt-4o"), CJK names anywhere.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

import ahocorasick

from peoplemoves.extract.lexicon import fold_for_match

_BEFORE = re.compile(r"[\w@]")
_AFTER = re.compile(r"\w|-\w")


@dataclass(frozen=True)
class NameMatch:
    """What a match of the old expression offered: ``start()``, ``end()``, ``group()``."""

    begin: int
    finish: int
    text: str

    def start(self) -> int:
        return self.begin

    def end(self) -> int:
        return self.finish

    def group(self) -> str:
        return self.text


class NamesPattern:
    """Every name of a list, longest first at a place; Latin ones only between word boundaries."""

    def __init__(self, names: tuple[str, ...], ignore_case: bool):
        self._fold = fold_for_match if ignore_case else None
        self._automaton = ahocorasick.Automaton()
        for name in names:
            if name:
                key = self._fold(name) if self._fold else name
                if len(key) == len(name):  # folding keeps lengths (the İ case is handled inside)
                    self._automaton.add_word(key, (len(name), name.isascii()))
        self._empty = len(self._automaton) == 0
        if not self._empty:
            self._automaton.make_automaton()

    def finditer(self, text: str) -> Iterator[NameMatch]:
        if self._empty or not text:
            return
        folded = self._fold(text) if self._fold else text
        at: dict[int, list[tuple[int, bool]]] = {}
        for end, (length, ascii_name) in self._automaton.iter(folded):
            at.setdefault(end - length + 1, []).append((length, ascii_name))
        reached = 0
        for start in sorted(at):
            if start < reached:
                continue
            for length, ascii_name in sorted(at[start], reverse=True):
                end = start + length
                if ascii_name and ((start > 0 and _BEFORE.match(text, start - 1)) or _AFTER.match(text, end)):
                    continue
                yield NameMatch(start, end, text[start:end])
                reached = end
                break


@lru_cache(maxsize=64)
def names_pattern(names: tuple[str, ...], ignore_case: bool) -> NamesPattern | None:
    """The matcher of a list of names (None for none), kept for the next sentence that asks."""
    if not any(names):
        return None
    return NamesPattern(names, ignore_case)
