"""Character-level repair of one paragraph, keeping offsets to the original.

Order matters: mojibake and width repair first (ftfy), so the later patterns see clean
characters; then inline pronunciation annotations; then white space.
"""

from __future__ import annotations

import re
import unicodedata

import ftfy
from ftfy.badness import is_bad

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
    if _ALWAYS_FIX.search(text) or (not text.isascii() and is_bad(text)):
        piece = piece.rewrite_by_chunks(_fix_mojibake, words)
    if not unicodedata.is_normalized("NFC", piece.text):
        piece = piece.rewrite_by_chunks(_nfc, clusters)
    return piece


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
