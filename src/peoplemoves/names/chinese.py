"""Chinese names in the Latin form their bearers' press uses.

Mainland names are written in pinyin, family name first, the given name run together
("李文军" -> "Li Wenjun"); Taiwanese names in Wade-Giles with a hyphenated given name
("王祥文" -> "Wang Hsiang-wen"); Hong Kong names in the government's Cantonese romanization
("傅小慧" -> "Fu Siu-wai"). Which of the three a document's people use is decided by the
caller (``names.written``); every table lives in ``languages/data/zh.toml`` [romanization].
"""

from __future__ import annotations

from functools import cache
from typing import Any

from pypinyin import lazy_pinyin

from peoplemoves.names.folding import to_simplified


@cache
def _table() -> dict[str, Any]:
    from peoplemoves.languages import pack_for

    pack = pack_for("zh")
    return pack.section("romanization") if pack else {}


def split_family(name: str) -> tuple[str, str]:
    """(family, given): a two-character family name when the table knows it, else the first character."""
    simplified = to_simplified(name)
    if len(name) >= 3 and simplified[:2] in _table().get("double_surnames", []):
        return name[:2], name[2:]
    return name[:1], name[1:]


def _pinyin(chars: str, family: bool = False) -> list[str]:
    simplified = to_simplified(chars)
    if family:
        reading = _table().get("surname_pinyin", {}).get(simplified)
        if reading:
            return [str(reading)]
    return [s for s in lazy_pinyin(simplified) if s.isalpha()]


def pinyin_name(name: str) -> str:
    """"李文军" -> "Li Wenjun", "欧阳修" -> "Ouyang Xiu"."""
    family, given = split_family(name)
    # ü is written u in names (吕 -> Lu); pypinyin spells it v
    parts = ["".join(_pinyin(family, family=True)).replace("v", "u").capitalize(),
             "".join(_pinyin(given)).replace("v", "u").capitalize()]
    return " ".join(p for p in parts if p)


def _wade(syllable: str) -> str:
    table = _table()
    whole = table.get("wade_syllables", {})
    if syllable in whole:
        return str(whole[syllable])
    initials = table.get("wade_initials", {})
    finals = table.get("wade_finals", {})
    initial = next((i for i in sorted(initials, key=len, reverse=True) if syllable.startswith(i)), "")
    final = syllable[len(initial) :]
    return str(initials.get(initial, initial)) + str(finals.get(final, final))


def taiwan_name(name: str) -> str:
    """"王祥文" -> "Wang Hsiang-wen": Wade-Giles, family names as Taiwan writes them ("Lee")."""
    family, given = split_family(name)
    known = _table().get("taiwan_surnames", {}).get(to_simplified(family))
    family_latin = str(known) if known else "".join(_wade(s) for s in _pinyin(family, family=True)).capitalize()
    given_latin = "-".join(_wade(s) for s in _pinyin(given)).capitalize()
    return " ".join(p for p in (family_latin, given_latin) if p)


@cache
def _cantonese() -> Any:
    from cantoroman import Cantonese

    return Cantonese()


def _jyut(char: str) -> str:
    """One character's Hong Kong romanization: of the readings, the one the government spelling uses
    (ch/k rather than j/g, the shorter of "yee"/"yi")."""
    options = [o for group in _cantonese().getRoman(char) for o in group]
    if not options:
        return "".join(_pinyin(char))
    return min(options, key=lambda o: (o[:1] in "jg", len(o), o))


def hong_kong_name(name: str) -> str:
    """"傅小慧" -> "Fu Siu-wai", "區慧玲" -> "Au Wai-ling"."""
    family, given = split_family(name)
    known = _table().get("hong_kong_surnames", {}).get(to_simplified(family))
    family_latin = str(known) if known else "-".join(_jyut(c) for c in family).capitalize()
    given_latin = "-".join(_jyut(c) for c in given).capitalize()
    return " ".join(p for p in (family_latin, given_latin) if p)


def region_of(text: str) -> str:
    """"hong_kong" or "taiwan" for a Traditional-Chinese text, by the places and bodies it names."""
    simplified = to_simplified(text)
    table = _table()
    hk = sum(simplified.count(w) for w in table.get("hong_kong_cues", []))
    tw = sum(simplified.count(w) for w in table.get("taiwan_cues", []))
    return "hong_kong" if hk > tw else "taiwan"
