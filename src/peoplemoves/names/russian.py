"""Russian (and other Cyrillic) names in the usual English transliteration: "Николай Лукашенко" ->
"Nikolai Lukashenko", "Дмитрия Бокова" -> "Dmitry Bokov".

anyascii writes "Nikolay", "Dmitriy", "Kolokol'tsev": a library's system, not the press's. The letter
table, the word endings and the given names with a spelling of their own live in
``languages/data/ru.toml`` [romanization]; oblique cases go back to the nominative first.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from peoplemoves.names.romanize import nominative


@cache
def _table() -> dict[str, Any]:
    from peoplemoves.languages import pack_for

    pack = pack_for("ru")
    return pack.section("romanization") if pack else {}


def cyrillic_word(word: str) -> str:
    """One word: a known given name, else letter by letter with the endings' own spellings."""
    table = _table()
    lower = word.lower()
    known = table.get("given_names", {}).get(lower)
    if known:
        return str(known)
    letters = table.get("letters", {})
    tail = ""
    for ending, spelled in table.get("endings", []):
        if lower.endswith(ending) and len(lower) > len(ending):
            lower, tail = lower[: -len(ending)], str(spelled)
            break
    text = "".join(str(letters.get(c, c)) for c in lower) + tail
    return "-".join(p[:1].upper() + p[1:] for p in text.split("-"))


def _strip(word: str, rules: list[list[str]]) -> str:
    lower = word.lower()
    for ending, nominative_ending in rules:
        if lower.endswith(ending) and len(lower) > len(ending) + 2:
            return word[: -len(ending)] + nominative_ending
    return word


def _case_letter(word: str) -> str:
    last = word[-1:].lower()
    return {"я": "а", "ю": "у"}.get(last, last)


def _commoner_as_stem(given: str, stem: str) -> bool:
    """"Виктора" is rarer than "Виктор": a man's given name in an oblique case (and so beside an
    indeclinable surname too: "Виктора Гончаренко"); "Анна" is commoner than "Анн": a woman's nominative."""
    if stem == given or len(stem) < 3:
        return False
    from wordfreq import zipf_frequency

    return zipf_frequency(stem.lower(), "ru") > zipf_frequency(given.lower(), "ru")


def nominative_of(forms: list[str], vocabulary: frozenset[str] = frozenset()) -> str:
    """The nominative full name of a person from every form an article gives them.

    "Владимира Тунгусова" becomes "Владимир Тунгусов" when "Тунгусов" stands alone somewhere, or when
    an ending only a man's name takes shows it ("Азату Салихову"); without such evidence a final -а
    may be a woman's nominative (Анна Петрова) and only the safe rules apply.
    """
    table = _table()
    patronymic = tuple(table.get("patronymic_endings", []))
    full = [f.split() for f in forms if len(f.split()) >= 2]
    if not full:
        return nominative(forms[0]) if forms else ""
    words = full[0] if len(full) == 1 else max(full, key=lambda p: (len(p) >= 2, forms.count(" ".join(p))))
    if len(words) == 3 and words[1].lower().endswith(patronymic):
        words = [words[0], words[2]]
    seen = {w.lower() for f in forms for w in f.split()} | vocabulary
    given, surname = words[0], words[-1]
    surname_rules = table.get("masculine_surname", [])
    stem = _strip(surname, surname_rules)
    given_stem = _strip(given, table.get("masculine_given", []))
    masculine = (
        (stem != surname and stem.lower() in seen)
        or (given_stem != given and given_stem.lower() in seen)
        or surname.lower().endswith(tuple(table.get("masculine_only", [])))
    )
    if not masculine and _commoner_as_stem(given, given_stem):
        # a man's given name in an oblique case: the surname shares the case only when it ends alike
        # ("Виктора Бланка"; not "Сергея Шойгу", "Виктора Гончаренко", which do not decline)
        if _case_letter(given) != _case_letter(surname):
            stem = surname
        masculine = True
    if masculine:
        return " ".join([_strip(given, table.get("masculine_given", [])), *words[1:-1], stem])
    if surname.lower() in seen and any(len(f.split()) == 1 and f.lower() == surname.lower() for f in forms):
        return " ".join(words)  # the surname stands alone as written: already the nominative
    read = nominative(" ".join(words))
    if _commoner_as_stem(read.split()[0], given):
        return " ".join(words)  # "Мария Петрова": a woman's name as written, not "Марий Петров"
    return read


def russian_name(name: str, forms: list[str] | None = None, vocabulary: frozenset[str] = frozenset()) -> str:
    """"Андрея Волкова" -> "Andrei Volkov"; ``forms``: the person's other forms in the article,
    ``vocabulary``: the article's words (lower case)."""
    return " ".join(cyrillic_word(w) for w in nominative_of([name, *(forms or [])], vocabulary).split())
