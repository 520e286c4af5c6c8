"""Korean names as the press writes them: "김도윤" -> "Kim Do-yun".

Family name first in its usual spelling (Kim, Lee, Park, Choi, Jung), then the given name's
syllables joined by a hyphen. A syllable is spelled from its initial, vowel and final with the
conventions of personal names (영 young, 경 kyung, 훈 hoon) rather than the Revised Romanization
of place names (yeong, gyeong, hun). All spellings live in ``languages/data/ko.toml`` [romanization].
"""

from __future__ import annotations

from functools import cache
from typing import Any

_FIRST, _LAST = 0xAC00, 0xD7A3


@cache
def _table() -> dict[str, Any]:
    from peoplemoves.languages import pack_for

    pack = pack_for("ko")
    return pack.section("romanization") if pack else {}


def is_hangul(text: str) -> bool:
    return any(_FIRST <= ord(c) <= _LAST for c in text)


def syllable(char: str) -> str:
    """One Hangul syllable in the spelling of names (경 -> kyung); other characters pass unchanged."""
    table = _table()
    whole = table.get("syllables", {})
    if char in whole:
        return str(whole[char])
    code = ord(char) - _FIRST
    if not 0 <= code <= _LAST - _FIRST:
        return char
    initial, vowel, final = code // 588, (code % 588) // 28, code % 28
    vowel_text = str(table["vowels"][vowel])
    final_text = str(table["finals"][final])
    if final_text == "ng":
        vowel_text = str(table.get("vowels_before_ng", {}).get(vowel_text, vowel_text))
    elif final_text:
        vowel_text = str(table.get("vowels_closed", {}).get(vowel_text, vowel_text))
    initial_text = str(table["initials"][initial])
    if not initial_text and vowel_text.startswith("oo"):
        vowel_text = "w" + vowel_text  # 우 woo, 운 woon
    return initial_text + vowel_text + final_text


def family_names() -> tuple[str, ...]:
    """The family names the romanization table knows (김, 이, 남궁…)."""
    return tuple(str(k) for k in _table().get("surnames", {}))


def split_family(name: str) -> tuple[str, str]:
    """(family, given): two-syllable family names (남궁, 황보) when the table knows them."""
    surnames = _table().get("surnames", {})
    if len(name) >= 4 and name[:2] in surnames:
        return name[:2], name[2:]
    return name[:1], name[1:]


def korean_name(name: str) -> str:
    """"김도윤" -> "Kim Do-yun"; a name written with a space ("김 도윤") likewise."""
    compact = "".join(name.split())
    if not (2 <= len(compact) <= 5):
        return " ".join("-".join(syllable(c) for c in part).capitalize() for part in name.split())
    family, given = split_family(compact)
    known = _table().get("surnames", {}).get(family)
    family_latin = str(known) if known else "".join(syllable(c) for c in family).capitalize()
    given_latin = "-".join(syllable(c) for c in given).capitalize()
    return " ".join(p for p in (family_latin, given_latin) if p)
