"""A sentence as the extractor reads it: its text, language, lexicon and word tokens.

Traditional Chinese is read through OpenCC's t2s table so one Simplified word list serves
both variants; the conversion is character for character, so offsets still hold.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import cache

import opencc

from peoplemoves.extract.lexicon import Lexicon, lexicon_for
from peoplemoves.ingest import Segment

_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


@cache
def _t2s() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    text: str

    @property
    def lower(self) -> str:
        return self.text.lower()


def _start(token: Token) -> int:
    return token.start


@dataclass
class SentenceView:
    segment: Segment
    index: int
    lang: str
    text: str  # what is matched (t2s for zh-Hant); same length as the segment text
    lexicon: Lexicon
    english: Lexicon
    tokens: list[Token] = field(default_factory=list)
    lower_cased: bool = False
    _dates: dict = field(default_factory=dict, repr=False)
    _roles: list | None = field(default=None, repr=False)  # document.role_hits, found once

    def dates(self, anchor) -> list:
        """The sentence's date expressions read against ``anchor``, found once however many rules ask."""
        if anchor not in self._dates:
            from peoplemoves.temporal import find_dates

            self._dates[anchor] = find_dates(self.segment.text, self.lang, anchor)
        return self._dates[anchor]

    @classmethod
    def of(cls, segment: Segment, index: int, lower_cased_doc: bool) -> SentenceView:
        text = segment.text
        if segment.lang == "zh-Hant":
            converted = _t2s().convert(text)
            if len(converted) == len(text):
                text = converted
        tokens = [Token(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]
        return cls(
            segment=segment,
            index=index,
            lang=segment.lang,
            text=text,
            lexicon=lexicon_for(segment.lang),
            english=lexicon_for("en"),
            tokens=tokens,
            lower_cased=lower_cased_doc,
        )

    org_spans: list[tuple[int, int]] = field(default_factory=list)
    person_spans: list[tuple[int, int]] = field(default_factory=list)

    def tokens_from(self, pos: int) -> list[Token]:
        """The tokens that start at ``pos`` or later, found by bisection (tokens are in text order),
        not by testing every token for every title or trigger of a long sentence."""
        return self.tokens[bisect_left(self.tokens, pos, key=_start) :]

    def original_span(self, start: int, end: int) -> str:
        return self.segment.text[start:end]

    @property
    def lexicon_boundaries(self) -> str:
        return self.lexicon.boundary_chars

    @property
    def surnames(self) -> frozenset[str]:
        return self.lexicon.surnames

    @property
    def copulas(self) -> tuple[str, ...]:
        """Words that say "the post is X" between a title and a name (zh 是, 为)."""
        return self.lexicon.copulas

    @property
    def verb_final(self) -> bool:
        return self.lexicon.verb_final

    @property
    def subject_particles(self) -> tuple[str, ...]:
        return self.lexicon.subject_particles

    @property
    def month_words(self) -> frozenset[str]:
        return self.both("months")

    def both(self, words: str) -> frozenset[str]:
        """A word set of the sentence's language and of English together (``stopwords``, ``particles``,
        ``months``), united once per pair of languages, not once per word asked about."""
        key = (self.lexicon.base, words)
        united = _UNITED.get(key)
        if united is None:
            united = _UNITED[key] = getattr(self.lexicon, words) | getattr(self.english, words)
        return united


_UNITED: dict[tuple[str, str], frozenset[str]] = {}


def is_lower_cased(segments: list[Segment]) -> bool:
    """True for a text written without capitals (some machine translations): names lose their shape."""
    # counted by C loops (map), not a Python loop per character: this reads the whole document
    upper = sum(sum(map(str.isupper, s.text)) for s in segments)
    lower = sum(sum(map(str.islower, s.text)) for s in segments)
    return lower > 200 and upper < 0.005 * lower
