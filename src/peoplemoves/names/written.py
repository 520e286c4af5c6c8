"""A native name in the Latin form people write it, chosen by script and by the document's world.

Hangul is Korean ("Kim Do-yun"), kana Japanese ("Kenji Yamamoto", foreigners back to their spelling),
Cyrillic Russian ("Nikolai", nominative); Han characters depend on the document: Japanese in Japanese
articles, Wade-Giles in Taiwan articles, Cantonese in Hong Kong ones, pinyin otherwise. Other scripts
fall back to anyascii. ``NameStyle`` carries the document's choice from extract to the canonical name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from peoplemoves.names.chinese import hong_kong_name, pinyin_name, region_of, taiwan_name
from peoplemoves.names.korean import is_hangul, korean_name
from peoplemoves.names.romanize import romanize_name

_KANA = re.compile(r"[\u3040-\u30ff]")
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_SEPARATORS = re.compile(r"[·・•‧∙\s]+")
_CYRILLIC_WORD = re.compile(r"[\u0400-\u04ff]+")


@dataclass(frozen=True)
class NameStyle:
    """How Han-character names of one document are read: "pinyin", "taiwan", "hong_kong" or "japanese"."""

    han: str = "pinyin"
    # the document's Cyrillic words, lower case: "Тунгусов" standing somewhere is evidence that
    # "Владимира Тунгусова" is a man's name in the genitive
    vocabulary: frozenset[str] = frozenset()


def style_for(language: str, text: str = "") -> NameStyle:
    """The style of a document from its main language and, for Traditional Chinese, the places it names."""
    if language.startswith("ja"):
        return NameStyle("japanese")
    if language == "zh-Hant":
        return NameStyle(region_of(text))
    vocabulary = frozenset(w.lower() for w in _CYRILLIC_WORD.findall(text))
    return NameStyle("pinyin", vocabulary)


def written_name(native: str, style: NameStyle = NameStyle(), forms: list[str] | None = None) -> str:
    """``native`` in Latin script as its bearer's press writes it; ``forms``: the person's other forms."""
    name = native.strip()
    if not name:
        return ""
    if is_hangul(name):
        return korean_name(name)
    if _KANA.search(name) or (style.han == "japanese" and _HAN.search(name)):
        from peoplemoves.names.japanese import japanese_name  # the dictionary loads only when needed

        return japanese_name(name)
    if _HAN.search(name) and not _SEPARATORS.search(name):
        if style.han == "taiwan":
            return taiwan_name(name)
        if style.han == "hong_kong":
            return hong_kong_name(name)
        return pinyin_name(name)
    if _CYRILLIC.search(name):
        from peoplemoves.names.russian import russian_name

        return russian_name(name, forms, style.vocabulary)
    return romanize_name(name)


def written_forms(native: str, language: str) -> set[str]:
    """Every Latin form a native name may be written in, for matching a Latin name written elsewhere.

    A Han name outside Japanese text may be a mainland, Taiwan or Hong Kong name: 區慧玲 is "Ou Huiling",
    "Ou Hui-ling" or "Au Wai-ling", and an English article writing "Au Wai-ling" says which.
    """
    name = native.strip()
    if not name:
        return set()
    if _HAN.search(name) and not _KANA.search(name) and not language.startswith("ja"):
        if _SEPARATORS.search(name):
            return set()  # a transliterated foreign name (亨里克·索尔伯格): sound matching deals with it
        return {pinyin_name(name), taiwan_name(name), hong_kong_name(name)}
    style = NameStyle("japanese" if language.startswith("ja") else "pinyin")
    return {written_name(name, style)}
