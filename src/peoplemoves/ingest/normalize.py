"""Character-level repair of one paragraph, keeping offsets to the original.

Order matters: mojibake and width repair first (ftfy), so the later patterns see clean
characters; then inline pronunciation annotations; then white space.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from re import _constants as _c
from re import _parser

import ftfy
from ftfy.badness import BADNESS_RE, is_bad

from peoplemoves.ingest.mapped_text import MappedText, clusters, words

_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
_SYLLABLE = rf"[a-zü]*[{_TONED}][a-zü]*"
# A parenthesised run of tone-marked pinyin syllables right after a Han character, as left by
# converters that annotate readings: 創(chuàng)建 -> 創建. The tone mark and the Han character
# before it keep ordinary parentheses such as "(Anna Berg)" or "(yc)" untouched.
_PINYIN_NOTE = re.compile(
    rf"(?<=[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff])[(（]{_SYLLABLE}(?:[ ']{_SYLLABLE})*[)）]"
)
# Invisible characters that only steer display (bidirectional overrides and isolates, word
# joiner, a byte-order mark inside the text, soft hyphens): out, so "Ja\u00adne" reads "Jane" and
# a right-to-left override cannot make a name look like another.
_INVISIBLE = re.compile(r"[\u00ad\u202a-\u202e\u2060\u2066-\u2069\ufeff]+")
_SPACES = re.compile(r"[\s\u00a0\u3000]{2,}|[\t\n\r\f\v\u00a0\u3000]|\u200b")
# HTML entities, C1 control codes, ligatures and full-width Latin always go to ftfy; other text
# only when ftfy's own quick test sees mojibake in it (accented letters alone are no reason).
_ALWAYS_FIX = re.compile(r"[\u0080-\u009f\ufb00-\ufb06\uff01-\uff5e]|&[#a-z0-9]+;")
_FTFY_CONFIG = ftfy.TextFixerConfig(uncurl_quotes=False, fix_line_breaks=False, explain=False)


def repair_characters(piece: MappedText) -> MappedText:
    """Fix mojibake and normalize to NFC, adopting the changes into the offset map."""
    text = piece.text
    if _ALWAYS_FIX.search(text) or (not text.isascii() and _looks_bad(text)):
        piece = piece.rewrite_by_chunks(_fix_mojibake, words)
    if not unicodedata.is_normalized("NFC", piece.text):
        piece = piece.rewrite_by_chunks(_nfc, clusters)
    return piece


def _looks_bad(text: str) -> bool:
    """ftfy's ``is_bad``, answered at once for text with none of the characters its test needs."""
    needed = _mojibake_characters()
    return (needed is None or needed.search(text) is not None) and is_bad(text)


@cache
def _mojibake_characters() -> re.Pattern[str] | None:
    """One character class that every match of ftfy's badness expression has a character of.

    ``is_bad`` searched every non-ASCII paragraph with that expression (37 alternatives of character
    classes): a twentieth of all the work. Each alternative needs a character of each of its classes;
    taking from each alternative the class with the fewest characters common in articles (ASCII,
    accented Latin and Russian letters, typographic quotes), most text has none of them, and then no
    alternative can match. None when the expression is not of that shape.
    """
    if BADNESS_RE.flags & re.IGNORECASE:  # other case forms would match too: not read here
        return None
    try:
        parsed = _parser.parse(BADNESS_RE.pattern, BADNESS_RE.flags)
        chars = _needed_characters(list(parsed))
    except Exception:  # another ftfy: always ask is_bad
        return None
    if not chars:
        return None
    return re.compile("[" + "".join(re.escape(c) for c in sorted(chars)) + "]")


def _needed_characters(items: list) -> frozenset[str] | None:
    """Characters one of which every match of the sequence ``items`` contains, or None."""
    options = []
    for op, av in items:
        found = None
        if op is _c.LITERAL:
            found = frozenset(chr(av))
        elif op is _c.IN:
            found = _class_characters(av)
        elif op is _c.SUBPATTERN:
            found = _needed_characters(list(av[3]))
        elif op is _c.BRANCH:
            parts = [_needed_characters(list(alternative)) for alternative in av[1]]
            found = None if any(p is None for p in parts) else frozenset().union(*parts)
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT) and av[0] >= 1:
            found = _needed_characters(list(av[2]))
        if found:
            options.append(found)
    if not options:
        return None
    return min(options, key=lambda chars: sum(map(_how_common, chars)))


def _how_common(char: str) -> int:
    """A rough weight of how often articles have ``char``: ASCII most, then accented Latin and Russian
    letters and typographic quotes, then everything else (mojibake's symbols)."""
    code = ord(char)
    if code < 0x80:
        return 100
    if (0xC0 <= code <= 0x17F and char.isalpha()) or 0x410 <= code <= 0x451 or char in _TYPOGRAPHIC:
        return 10
    return 1


_TYPOGRAPHIC = frozenset("‘’‚“”„–—…·«»\u00a0")


def _class_characters(members: list) -> frozenset[str] | None:
    chars: set[str] = set()
    for op, av in members:
        if op is _c.LITERAL:
            chars.add(chr(av))
        elif op is _c.RANGE and av[1] - av[0] < 4096:
            chars.update(chr(c) for c in range(av[0], av[1] + 1))
        else:  # a negated class, a category (\w, \s) or a huge range: not a set worth naming
            return None
    return frozenset(chars)


def _fix_mojibake(text: str) -> str:
    return ftfy.fix_text(text, config=_FTFY_CONFIG)


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def strip_pronunciation_notes(piece: MappedText) -> MappedText:
    return piece.sub(_PINYIN_NOTE, "") if "(" in piece.text or "（" in piece.text else piece


def fold_spaces(piece: MappedText) -> MappedText:
    if _INVISIBLE.search(piece.text):
        piece = piece.sub(_INVISIBLE, "")
    return piece.sub(_SPACES, " ").strip()


def normalize_paragraph(piece: MappedText) -> MappedText:
    return fold_spaces(strip_pronunciation_notes(repair_characters(piece)))
