"""Latin-script forms of names written in other scripts, for canonical names.

Chinese through pypinyin (syllables of one name part run together: 索尔伯格 -> Suoerboge),
everything else through anyascii. Parts stay separate, so 亨里克·索尔伯格 -> "Henglike Suoerboge".
"""

from __future__ import annotations

import re
from functools import cache

from anyascii import anyascii

_PARTS = re.compile(r"[·・•‧∙\s]+")
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
_KANA = re.compile(r"[\u3040-\u30ff]")


@cache
def romanize_part(part: str) -> str:
    if _HAN.search(part) and not _KANA.search(part):
        from pypinyin import lazy_pinyin  # half a second to load its tables: only when Chinese comes

        text = "".join(lazy_pinyin(part, errors=lambda chars: anyascii(chars)))
    else:
        text = anyascii(part)
    text = re.sub(r"[^A-Za-z'\-]", "", text)
    return text[:1].upper() + text[1:].lower()


_CYRILLIC = re.compile(r"[\u0400-\u04ff]")


@cache
def _case_rules() -> tuple[tuple[tuple[str, str], ...], tuple[tuple[str, str], ...]]:
    from peoplemoves.languages import pack_for  # the endings are Russian knowledge, kept in ru.toml

    pack = pack_for("ru")
    names = pack.section("names") if pack else {}
    given = tuple((str(a), str(b)) for a, b in names.get("case_given", []))
    surname = tuple((str(a), str(b)) for a, b in names.get("case_surname", []))
    return given, surname


def nominative(name: str) -> str:
    """"Андрея Волкова" -> "Андрей Волков": a Cyrillic name in an oblique case, when both parts show it."""
    parts = _PARTS.split(name.strip())
    if len(parts) != 2 or not _CYRILLIC.search(name):
        return name
    given_rules, surname_rules = _case_rules()
    given = next(((a, b) for a, b in given_rules if parts[0].endswith(a)), None)
    surname = next(((a, b) for a, b in surname_rules if parts[1].endswith(a)), None)
    if not (given and surname):
        return name
    return parts[0][: -len(given[0])] + given[1] + " " + parts[1][: -len(surname[0])] + surname[1]


def romanize_name(name: str) -> str:
    parts = [romanize_part(p) for p in _PARTS.split(nominative(name).strip()) if p]
    return " ".join(p for p in parts if p)
