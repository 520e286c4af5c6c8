"""Compare names across case, accents, spacing, separators, scripts and sound."""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

import opencc

_SEPARATORS = re.compile(r"[·・•‧∙\s]+")


@cache
def _t2s() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> str:
    """Traditional characters read as Simplified, character for character (offsets hold)."""
    return _t2s().convert(text) if any("\u4e00" <= ch <= "\u9fff" for ch in text) else text


@lru_cache(maxsize=1 << 16)
def fold(name: str) -> str:
    """Compare names ignoring case, accents, spaces, separators and Traditional/Simplified writing.

    Remembered: the same few names are folded again and again while a document is read.
    """
    if any("\u4e00" <= ch <= "\u9fff" for ch in name):
        name = _t2s().convert(name)
    text = unicodedata.normalize("NFKD", name.casefold())
    text = "".join(c for c in text if not unicodedata.combining(c))
    return _SEPARATORS.sub("", text).replace("-", "").replace("'", "").replace("’", "")


_SOUNDS = [("ph", "f"), ("ck", "k"), ("th", "t"), ("l", "r"), ("d", "t"), ("v", "b"), ("z", "s"), ("c", "k")]


def sound_key(name: str) -> str:
    """A rough phonetic key that survives transliteration round trips (berk ~ berg, solbert ~ solberg)."""
    key = fold(name)
    for a, b in _SOUNDS:
        key = key.replace(a, b)
    out = []
    for ch in key:
        if not out or out[-1] != ch:
            out.append(ch)
    return "".join(out)


def name_parts(surface: str) -> list[str]:
    return [p for p in _SEPARATORS.split(surface.strip()) if p]


_VOWELS = re.compile(r"[aeiouy]+")


@cache
def skeleton(part: str) -> str:
    """First letter and consonants of a name part's sound key: survives vowel-inserting scripts
    (ベルグ -> berugu -> brg = berg; ソルベリ -> srbr, one sound from solberg -> srbrg)."""
    key = sound_key(part)
    if not key:
        return ""
    return key[0] + _VOWELS.sub("", key[1:])
