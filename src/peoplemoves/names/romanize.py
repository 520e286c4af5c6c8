"""Latin-script forms of names written in other scripts, for canonical names.

Chinese through pypinyin (syllables of one name part run together: 索尔伯格 -> Suoerboge),
everything else through anyascii. Parts stay separate, so 亨里克·索尔伯格 -> "Henglike Suoerboge".
"""

from __future__ import annotations

import re
from functools import cache

from anyascii import anyascii
from pypinyin import lazy_pinyin

_PARTS = re.compile(r"[·・•‧∙\s]+")
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
_KANA = re.compile(r"[\u3040-\u30ff]")


@cache
def romanize_part(part: str) -> str:
    if _HAN.search(part) and not _KANA.search(part):
        text = "".join(lazy_pinyin(part, errors=lambda chars: anyascii(chars)))
    else:
        text = anyascii(part)
    text = re.sub(r"[^A-Za-z'\-]", "", text)
    return text[:1].upper() + text[1:].lower()


def romanize_name(name: str) -> str:
    parts = [romanize_part(p) for p in _PARTS.split(name.strip()) if p]
    return " ".join(p for p in parts if p)
