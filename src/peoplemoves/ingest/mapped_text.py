"""Text that remembers, for every character, where it came from in the original.

Cleaning rewrites text (pinyin annotations out, mojibake fixed, spaces folded), yet every
fact must point back to the exact span of the article it came from; carrying an offset
per character through each rewrite keeps that exact.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from difflib import SequenceMatcher

#: a rewrite is applied and aligned chunk by chunk, chunks about this long, so cleaning is linear
CHUNK = 256
#: a chunk is cut here even inside a run with no safe place (a flood of combining marks)
HARD_CHUNK = 4 * CHUNK
# Safe places to cut: after white space, or before a Han, kana or Hangul syllable character
# (none of which is ever the second part of a composition or of a mojibake sequence).
_CUT = re.compile(r"(?<=\s)(?=\S)|(?=[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3])")
_WORD = re.compile(r"\S*\s*")
# Starters (combining class 0) that compose with the character before them: the second parts of
# canonical decompositions that are not combining marks (Indic and Tibetan vowel signs, and in
# ``clusters`` the Hangul vowel and final jamo U+1161..U+11C2); tests check it against unicodedata.
_COMPOSES_BACKWARDS = frozenset(chr(c) for c in (
    0x09BE, 0x09D7, 0x0B3E, 0x0B56, 0x0B57, 0x0BBE, 0x0BD7, 0x0CC2, 0x0CD5, 0x0CD6, 0x0D3E, 0x0D57, 0x0DCF,
    0x0DDF, 0x0FB5, 0x0FB7, 0x102E, 0x1B35, 0x11127, 0x1133E, 0x11357, 0x114B0, 0x114BA, 0x114BD, 0x115AF,
    0x11930))
#: an alignment by edit script costs the product of the lengths; above this, prefix/suffix/spread
_EXACT_ALIGN = 64 * 1024


@dataclass(frozen=True)
class MappedText:
    text: str
    origin: tuple[int, ...]  # origin[i] = offset in the original of text[i]; len == len(text) + 1

    @classmethod
    def of(cls, text: str, start: int = 0) -> MappedText:
        return cls(text, tuple(range(start, start + len(text) + 1)))

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original offsets of ``text[start:end]``."""
        if end <= start:
            return self.origin[start], self.origin[start]
        return self.origin[start], self.origin[end - 1] + 1

    def slice(self, start: int, end: int) -> MappedText:
        return MappedText(self.text[start:end], (*self.origin[start:end], self.span(start, end)[1]))

    def sub(self, pattern: re.Pattern[str], repl: str) -> MappedText:
        """Regex replacement; inserted characters map to the start of what they replace."""
        pieces: list[str] = []
        origin: list[int] = []
        last = 0
        for m in pattern.finditer(self.text):
            pieces.append(self.text[last : m.start()])
            origin.extend(self.origin[last : m.start()])
            new = m.expand(repl)
            pieces.append(new)
            origin.extend([self.origin[m.start()]] * len(new))
            last = m.end()
        if last == 0 and not pieces:
            return self
        pieces.append(self.text[last:])
        origin.extend(self.origin[last:])
        return MappedText("".join(pieces), tuple(origin))

    def rewrite(self, new_text: str) -> MappedText:
        """Adopt a rewrite made by a library that gives no offsets, by aligning old and new."""
        if new_text == self.text:
            return self
        return MappedText(new_text, (*_align(self.text, new_text, self.origin), self.origin[-1]))

    def rewrite_by_chunks(self, fix: Callable[[str], str], units: Callable[[str], Iterator[str]]) -> MappedText:
        """Apply a local rewrite (mojibake repair, NFC) chunk by chunk, adopting each change.

        Why: aligning a whole rewritten paragraph with its original costs the product of their
        lengths (4 KB of decomposed accents took a minute). Rewrites of this kind never reach across
        a safe cut (see ``_CUT``), so each chunk is fixed alone; a changed chunk is then aligned
        unit by unit (``units`` splits it into words or clusters the rewrite keeps apart), so the
        whole costs time linear in size and offsets stay as exact as a whole-text alignment.
        """
        text = self.text
        pieces: list[str] = []
        origin: list[int] = []
        start = 0
        changed = False
        for end in _chunk_ends(text):
            old = text[start:end]
            new = fix(old)
            pieces.append(new)
            if new == old:
                origin.extend(self.origin[start:end])
            else:
                changed = True
                origin.extend(_align_units(old, new, self.origin[start : end + 1], fix, units))
            start = end
        if not changed:
            return self
        origin.append(self.origin[-1])
        return MappedText("".join(pieces), tuple(origin))

    def strip(self) -> MappedText:
        left = len(self.text) - len(self.text.lstrip())
        right = len(self.text.rstrip())
        return self.slice(left, right) if (left or right != len(self.text)) else self


def _chunk_ends(text: str) -> Iterator[int]:
    """Ends of chunks of about ``CHUNK`` characters, cut at safe places (``HARD_CHUNK`` at most)."""
    start = 0
    size = len(text)
    while size - start > CHUNK:
        cut = None
        for m in _CUT.finditer(text, start + CHUNK // 2, min(start + HARD_CHUNK, size)):
            cut = m.start()
            if cut >= start + CHUNK:
                break
        if cut is None or cut <= start:
            if start + HARD_CHUNK >= size:
                break
            cut = _starter_before(text, start + HARD_CHUNK)
        yield cut
        start = cut
    if start < size:
        yield size


def _starter_before(text: str, limit: int) -> int:
    """Where to cut a run with no safe place: before a base character near ``limit`` if any."""
    for i in range(limit, limit - CHUNK, -1):
        if not unicodedata.combining(text[i]):
            return i
    return limit


def _align_units(old: str, new: str, old_origin: tuple[int, ...], fix: Callable[[str], str],
                 units: Callable[[str], Iterator[str]]) -> list[int]:
    """Align a rewritten chunk unit by unit when fixing the units alone gives the same text."""
    origin: list[int] = []
    pieces: list[str] = []
    at = 0
    for unit in units(old):
        fixed = new if len(unit) == len(old) else fix(unit)  # a chunk of one unit (CJK): fixed already
        pieces.append(fixed)
        end = at + len(unit)
        if fixed == unit:
            origin.extend(old_origin[at:end])
        else:
            origin.extend(_align(unit, fixed, old_origin[at : end + 1]))
        at = end
    if "".join(pieces) != new:  # the rewrite did reach across units: align the chunk as a whole
        return _align(old, new, old_origin)
    return origin


def words(text: str) -> Iterator[str]:
    """Runs of non-space characters with the white space after them."""
    for m in _WORD.finditer(text):
        if m.group():
            yield m.group()


def clusters(text: str) -> Iterator[str]:
    """Canonical clusters: a starter with the characters that may compose with or reorder after it."""
    start = 0
    for i in range(1, len(text)):
        char = text[i]
        if not unicodedata.combining(char) and char not in _COMPOSES_BACKWARDS and not "\u1161" <= char <= "\u11c2":
            yield text[start:i]
            start = i
    if start < len(text):
        yield text[start:]


def _align(old: str, new: str, old_origin: tuple[int, ...] | list[int]) -> list[int]:
    """Original offset of each character of ``new``, a rewrite of ``old`` (``old_origin`` has len(old)+1)."""
    if len(old) * len(new) > _EXACT_ALIGN:
        return _align_spread(old, new, old_origin)
    if len(old) == len(new) and _in_place(old, new):
        return list(old_origin[: len(new)])  # what the edit script below gives, without its cost
    origin: list[int] = []
    matcher = SequenceMatcher(None, old, new, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            origin.extend(old_origin[i1:i2])
        else:
            origin.extend(_spread(old_origin, i1, i2, j2 - j1, len(old)))
    return origin


def _in_place(old: str, new: str) -> bool:
    """Whether the edit script maps ``new`` onto ``old`` character for character (equal lengths).

    True when no character that changed occurs on the other side (full-width punctuation made
    ASCII in Chinese text, say): then no matching block can hold a changed place, so every block
    lies in a run left unchanged, which sits at the same place in both; the longest block, the first
    in ``old`` and then in ``new`` (SequenceMatcher's choice), is such a run in place, and so is every
    block of the parts left on either side; the gaps between them are replacements of equal length,
    which ``_spread`` maps one to one.
    """
    removed: set[str] = set()
    added: set[str] = set()
    for a, b in zip(old, new, strict=True):
        if a != b:
            removed.add(a)
            added.add(b)
    return removed.isdisjoint(new) and added.isdisjoint(old)


def _align_spread(old: str, new: str, old_origin: tuple[int, ...] | list[int]) -> list[int]:
    """Linear alignment: the common prefix and suffix map exactly, the middle spreads evenly."""
    limit = min(len(old), len(new))
    head = 0
    while head < limit and old[head] == new[head]:
        head += 1
    tail = 0
    while tail < limit - head and old[-1 - tail] == new[-1 - tail]:
        tail += 1
    origin = list(old_origin[:head])
    origin.extend(_spread(old_origin, head, len(old) - tail, len(new) - tail - head, len(old)))
    origin.extend(old_origin[len(old) - tail : len(old)])
    return origin


def _spread(old_origin: tuple[int, ...] | list[int], i1: int, i2: int, count: int, size: int) -> list[int]:
    """``count`` new characters replacing ``old[i1:i2]`` map evenly over what they replace."""
    if i2 <= i1:
        anchor = old_origin[i1] if i1 < size else old_origin[-1]
        return [anchor] * count
    width = i2 - i1
    return [old_origin[min(i1 + k * width // max(count, 1), size)] for k in range(count)]
