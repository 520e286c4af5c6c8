"""Japanese names in the Latin form the press uses: "山本健一" -> "Kenichi Yamamoto".

Kanji names are read as Japanese with a morphological dictionary that ships its data (fugashi with
UniDic-lite, 250 MB installed): it tags family names (人名,姓) and given names (人名,名) and gives
their readings; pinyin would read 山本 as "Shanben". The Latin form puts the given name first.
Katakana names of foreigners take the original spelling UniDic records for them (ウェバー -> Weber),
else a Hepburn spelling of the kana. The kana table lives in ``languages/data/ja.toml``.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

_SEPARATORS = re.compile(r"[·・•‧∙=＝\s]+")
_KATAKANA = re.compile(r"^[\u30a0-\u30ff]+$")


@cache
def _table() -> dict[str, Any]:
    from peoplemoves.languages import pack_for

    pack = pack_for("ja")
    return pack.section("romanization") if pack else {}


@cache
def _tagger() -> Any:
    import fugashi  # loaded on first use: 0.1 s, the dictionary is memory-mapped

    return fugashi.Tagger()


@cache
def _kana_pattern() -> re.Pattern[str]:
    keys = sorted(_table().get("kana", {}), key=len, reverse=True)
    return re.compile("|".join(re.escape(k) for k in keys) + "|ッ|ー|.")


@cache
def _long_vowels() -> tuple[re.Pattern[str], dict[str, str]]:
    pairs = {str(a): str(b) for a, b in _table().get("long_vowels", [])}
    return re.compile("|".join(re.escape(k) for k in sorted(pairs, key=len, reverse=True))), pairs


def kana_to_latin(kana: str) -> str:
    """"ソウイチロウ" -> "soichiro", "イッセイ" -> "issei"; hiragana is read as katakana."""
    text = "".join(chr(ord(c) + 0x60) if "\u3041" <= c <= "\u3096" else c for c in kana)
    table = _table().get("kana", {})
    out: list[str] = []
    double = False
    for m in _kana_pattern().finditer(text):
        piece = m.group()
        if piece == "ッ":
            double = True
            continue
        if piece == "ー":
            continue  # a long mark adds nothing to a name's Latin spelling
        latin = str(table.get(piece, piece if piece.isascii() else ""))
        if double and latin:
            latin = ("t" if latin.startswith("ch") else latin[0]) + latin
        double = False
        out.append(latin)
    pattern, pairs = _long_vowels()
    return pattern.sub(lambda m: pairs[m.group()], "".join(out))


def _foreign_spelling(lemma: str) -> str | None:
    """UniDic writes a loanword's origin after a hyphen: "ウェーバー-Weber"."""
    _, _, origin = lemma.partition("-")
    return origin if origin.isascii() and origin.isalpha() else None


def _katakana_part(part: str) -> str:
    words = list(_tagger()(part))
    if len(words) == 1:
        origin = _foreign_spelling(words[0].feature.lemma or "")
        if origin:
            return origin[:1].upper() + origin[1:]
    latin = kana_to_latin(part)
    for ending, original in _table().get("foreign_endings", []):
        if latin.endswith(ending) and len(latin) > len(ending) + 1:
            latin = latin[: -len(ending)] + original
            break
    return latin.capitalize()


def _reading(word: Any) -> str:
    kana = word.feature.kana
    return kana if kana and kana != "*" else word.surface


def _read_alone(chunk: str) -> str:
    """A family or given name read by itself: inside a full name 碇山 reads イカリ+サン, alone イカリ+ヤマ."""
    return "".join(kana_to_latin(_reading(w)) for w in _tagger()(chunk)).capitalize() if chunk else ""


def japanese_name(name: str) -> str:
    """A Japanese or foreign name written in kanji or kana, in Latin script, given name first."""
    parts = [p for p in _SEPARATORS.split(name.strip()) if p]
    if not parts:
        return ""
    if all(_KATAKANA.match(p) for p in parts):
        return " ".join(_katakana_part(p) for p in parts)
    if len(parts) > 1:
        return " ".join(japanese_name(p) for p in parts)
    words = list(_tagger()(parts[0]))
    # the family name: the words before the first given-name word (or, untagged, the first word)
    given_at = next((i for i, w in enumerate(words) if i > 0 and w.feature.pos4 == "名"), None)
    if given_at is None:
        surname_end = next((i + 1 for i, w in enumerate(words) if w.feature.pos4 == "姓"), None)
        given_at = surname_end if surname_end is not None and surname_end < len(words) else None
    if given_at is None:
        given_at = 1 if len(words) > 1 else len(words)
    family = _read_alone("".join(w.surface for w in words[:given_at]))
    given = _read_alone("".join(w.surface for w in words[given_at:]))
    return " ".join(p for p in (given, family) if p)
