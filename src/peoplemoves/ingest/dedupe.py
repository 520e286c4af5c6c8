"""Find paragraphs a page prints more than once (whole bodies repeated, abridged reprints).

Copies of one paragraph rarely match byte for byte: a mojibake falls in another place, a
sentence is cut. So paragraphs are compared on folded letters, as sets of character
4-grams, through an inverted index so a long page is not compared pair by pair.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

_NOT_WORD = re.compile(r"[\W_]+")
NGRAM = 4
#: share of a paragraph's 4-grams found in one earlier paragraph that makes it a repeat
CONTAINED = 0.8
SAMPLE_STEP = 4
MAX_POSTINGS = 40


def _key(text: str) -> str:
    return _NOT_WORD.sub("", text.casefold())


def _grams(key: str) -> set[str]:
    if len(key) <= NGRAM:
        return {key}
    return {key[i : i + NGRAM] for i in range(len(key) - NGRAM + 1)}


class RepeatFinder:
    """Feed paragraphs in reading order; ``seen`` says whether one repeats an earlier one."""

    def __init__(self) -> None:
        self._exact: set[str] = set()
        self._grams: list[set[str]] = []
        self._index: dict[str, list[int]] = defaultdict(list)

    def seen(self, text: str) -> bool:
        key = _key(text)
        if not key:
            return False
        if key in self._exact:
            return True
        grams = _grams(key)
        if len(key) >= 12 and self._mostly_inside_earlier(grams):
            return True
        self._exact.add(key)
        ident = len(self._grams)
        self._grams.append(grams)
        for g in grams:
            self._index[g].append(ident)
        return False

    def _mostly_inside_earlier(self, grams: set[str]) -> bool:
        # Candidates come from a sample of the grams (a repeat shares nearly all of them, so any
        # sample finds it); the full overlap is then counted for those few candidates only.
        # postings gathered into one list and counted once (same counts, same first-seen order)
        found: list[int] = []
        index = self._index
        for g in list(grams)[:: SAMPLE_STEP]:
            postings = index.get(g)
            if postings and len(postings) <= MAX_POSTINGS:  # a gram in every paragraph tells nothing
                found.extend(postings)
        candidates = Counter(found)
        need = CONTAINED * len(grams)
        return any(len(grams & self._grams[c]) >= need for c, _ in candidates.most_common(3))
