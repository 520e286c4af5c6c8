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


def family_name(name: str) -> str | None:
    """The family name inside a kanji name (郡山明久 -> 郡山), as the dictionary splits it; None if unsplit."""
    if _SEPARATORS.search(name) or not name.strip():
        return None
    words = list(_tagger()(name.strip()))
    given_at = next((i for i, w in enumerate(words) if i > 0 and w.feature.pos4 == "名"), None)
    if given_at is None:
        return None
    return "".join(w.surface for w in words[:given_at])


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


_KANJI = re.compile(r"^[\u3400-\u4dbf\u4e00-\u9fff々]+$")


def name_length_before(text: str, end: int) -> int:
    """How many characters before ``end`` form a Japanese personal name (0 if none).

    The dictionary tags family and given names (人名); a rare name may be cut into common words
    (碇|山|浩美, 樹|森|大介, 三浦|文|丈, 柴戸|隆成), so kanji words glued to a name word, with
    nothing but kanji between them, belong to the name too. Used where a title or honorific follows.
    """
    head = text[max(0, end - 12) : end]
    words = list(_tagger()(head))
    if not words or "".join(w.surface for w in words) != head:
        return 0

    def is_name(w: Any) -> bool:
        return w.feature.pos3 == "人名"

    def kanji(w: Any) -> bool:
        return bool(_KANJI.match(w.surface or ""))

    last = next((i for i in range(len(words) - 1, -1, -1) if is_name(words[i])), None)
    if last is None:
        return 0
    tail = words[last + 1 :]
    if tail and words[last].feature.pos4 == "名":
        return 0  # the given name is found: what follows it is no part of the name
    if not all(kanji(w) and len(w.surface) == 1 for w in tail) or len(tail) > 2:
        return 0
    start = last
    while start > 0 and (is_name(words[start - 1]) or (kanji(words[start - 1]) and start - 1 > 0
                                                       and words[start - 2].feature.pos4 == "姓")):
        start -= 1
    # a kanji word right before the name, itself after a boundary (、樹|森大介; 。柴戸|隆成)
    if start > 0 and kanji(words[start - 1]) and len(words[start - 1].surface) <= 2 and (
        words[start].feature.pos4 == "名" or len(words[start - 1].surface) == 1
    ) and (start - 1 == 0 or not kanji(words[start - 2])):
        start -= 1
    length = sum(len(w.surface) for w in words[start:])
    return length if 2 <= length <= 7 else 0


def names_nobody(form: str) -> bool:
    """A katakana "name" whose every part is a common word or a place (ゲーム・オブ・スローンズ,
    イタリア・テクノロジー・ウィーク): a title or a phrase, not a person. Parts the dictionary
    knows as names (人名) keep it a name."""
    parts = [p for p in _SEPARATORS.split(form.strip()) if p]
    if len(parts) < 2 or not all(_KATAKANA.match(p) for p in parts):
        return False
    if any(w.feature.pos3 == "人名" for w in _tagger()(form)):
        return False
    for part in parts:
        words = list(_tagger()(part))
        if len(words) != 1 or words[0].is_unk or words[0].feature.pos3 == "人名":
            return False  # an unknown word is more likely a foreign name than a phrase
        if words[0].feature.pos2 not in ("普通名詞", "固有名詞"):
            return False
    return True
