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
    """Feed paragraphs in reading order; ``seen`` says whether one repeats an earlier one.

    While no more than ``MAX_POSTINGS`` paragraphs are kept, no gram can be in more of them than
    that, so the inverted index would answer every sampled gram: the candidates are then counted
    against each kept paragraph's grams directly (a set intersection each, in C), and the index,
    whose filling cost a Python step per gram of every paragraph, is built only for longer pages.
    The candidates, their counts and their order are the index's.
    """

    def __init__(self) -> None:
        self._exact: set[str] = set()
        self._grams: list[set[str]] = []
        self._index: dict[str, list[int]] | None = None

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
        if self._index is not None:
            for g in grams:
                self._index[g].append(ident)
        elif len(self._grams) > MAX_POSTINGS:
            self._index = defaultdict(list)
            for kept, kept_grams in enumerate(self._grams):
                for g in kept_grams:
                    self._index[g].append(kept)
        return False

    def _mostly_inside_earlier(self, grams: set[str]) -> bool:
        # Candidates come from a sample of the grams (a repeat shares nearly all of them, so any
        # sample finds it); the full overlap is then counted for those few candidates only.
        sample = list(grams)[::SAMPLE_STEP]
        need = CONTAINED * len(grams)
        if self._index is None:
            best = _best_three(sample, self._grams)
        else:
            # postings gathered into one list and counted once (same counts, same first-seen order)
            found: list[int] = []
            index = self._index
            for g in sample:
                postings = index.get(g)
                if postings and len(postings) <= MAX_POSTINGS:  # a gram in every paragraph tells nothing
                    found.extend(postings)
            best = [c for c, _ in Counter(found).most_common(3)]
        return any(len(grams & self._grams[c]) >= need for c in best)


def _best_three(sample: list[str], kept: list[set[str]]) -> list[int]:
    """The three kept paragraphs sharing most of ``sample``, as ``Counter.most_common(3)`` over the
    index's postings ranks them: by count, ties by the first sampled gram met, then by position."""
    wanted = set(sample)
    counts = [(len(wanted.intersection(grams)), c) for c, grams in enumerate(kept)]
    counts = [(n, c) for n, c in counts if n]
    if len(counts) <= 3:
        return [c for _, c in counts]
    counts.sort(key=lambda nc: -nc[0])  # stable: positions stay in order within a count
    third = counts[2][0]
    above = [c for n, c in counts if n > third]
    tied = [c for n, c in counts if n == third]
    if len(above) + len(tied) > 3:
        def first_met(c: int) -> int:
            grams = kept[c]
            return next(i for i, g in enumerate(sample) if g in grams)

        tied.sort(key=first_met)  # stable: by position among grams met first together
    return above + tied[: 3 - len(above)]
