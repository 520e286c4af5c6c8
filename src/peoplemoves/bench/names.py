"""Invented person and company names, built from small per-script syllable tables.

The benchmark corpus recombines the sample articles; every person and company named
there is swapped for a made-up one, so the corpus names nobody real and each generated
article has its own cast. The tables are syllables and characters, never whole names.
"""

from __future__ import annotations

import random
import unicodedata

# Latin: consonant-vowel syllables plus a per-language family ending (always consonant-first,
# so the endings join cleanly and the results read as names of that language).
LATIN_ONSETS = ("b", "d", "f", "g", "k", "l", "n", "p", "r", "s", "t", "v", "z", "br", "dr", "gr", "tr", "st")
LATIN_VOWELS = ("a", "e", "i", "o")
LATIN_CODAS = ("", "", "n", "r", "s", "l")
LATIN_FAMILY_ENDINGS = {
    "en": ("ton", "well", "ford", "by", "wick", "ham", "ley"),
    "de": ("mann", "berg", "ler", "stein", "dorf", "hold"),
    "fr": ("lard", "nier", "chet", "zac", "ssier", "lon"),
    "es": ("rez", "llo", "nez", "dal", "rra", "nte"),
    "it": ("lli", "ni", "tti", "rdi", "ne", "zzi"),
    "pt": ("lho", "nha", "res", "ves", "ira", "do"),
}
LATIN_ORG_ENDINGS = ("ra", "tis", "ven", "dal", "mex", "nor", "lix", "cor")

CYRILLIC_ONSETS = ("б", "в", "г", "д", "к", "л", "м", "н", "п", "р", "с", "т", "з")
CYRILLIC_VOWELS = ("а", "е", "и", "о")
CYRILLIC_GIVEN_ENDINGS = ("н", "р", "й", "л", "слав")
CYRILLIC_FAMILY_ENDINGS = ("ов", "ин", "ев", "цев")
CYRILLIC_ORG_ENDINGS = ("ра", "тех", "лон", "вест")

# Characters, one per syllable, by script and by what they name.
HAN_TRANSLIT = {"zh-Hans": "阿巴达德多费格哈卡克拉勒里罗洛马米纳尼诺帕萨斯塔特瓦维温西亚伊泽",
                "zh-Hant": "阿巴達德多費格哈卡克拉勒里羅洛馬米納尼諾帕薩斯塔特瓦維溫西亞伊澤"}
HAN_GIVEN = {"zh-Hans": "立新俊晓彤毅可建斌嘉文思远慧玲明哲宇欣婷峰杰涛岚",
             "zh-Hant": "立新俊曉彤毅可建斌嘉文思遠慧玲明哲宇欣婷峰傑濤嵐",
             "ja": "健正誠浩美香真由智和一人二子穂織樹紀也奈"}
HAN_ORG = {"zh-Hans": "瑞恒嘉泰华远星源晨峰海川达信德鼎丰盛汇锦澜翎",
           "zh-Hant": "瑞恆嘉泰華遠星源晨峰海川達信德鼎豐盛匯錦瀾翎",
           "ja": "東西北南光星山川和精明新大日栄豊昭陽"}
KANJI_FAMILY = ("森高小石松青竹宮岡坂西大", "川野原井田島木村口本沢谷")
HIRAGANA = "あいかきくさしすたちなにのはひふまみらりるわ"
KATAKANA = "アイカキクサシスタテトナノハフマミラリルレロ"
HANGUL_GIVEN = "서도민지현재윤하준수영태은혜성진우경호란"
HANGUL_OTHER = "가나다라마바사아자하누리한성대진미래온새빛"

SCRIPTS = ("latin", "cyrillic", "han", "hiragana", "katakana", "hangul")


def script_of(ch: str) -> str:
    """The writing system of one character, or 'other' (digits, punctuation, marks)."""
    if not ch.isalpha():
        return "other"
    name = unicodedata.name(ch, "")
    for script, prefix in (("latin", "LATIN"), ("cyrillic", "CYRILLIC"), ("han", "CJK UNIFIED"),
                           ("hiragana", "HIRAGANA"), ("katakana", "KATAKANA"), ("hangul", "HANGUL")):
        if name.startswith(prefix):
            return script
    return "other"


def is_spaced_script(text: str) -> bool:
    """True for Latin and Cyrillic text, whose names are whole words (CJK and Hangul are not)."""
    return any(script_of(ch) in ("latin", "cyrillic") for ch in text)


def match_case(word: str, like: str) -> str:
    """Give ``word`` the capitalization of ``like`` (the 007 sample is all lower case)."""
    if like.islower():
        return word.lower()
    if like.isupper() and len(like) > 1:
        return word.upper()
    return word[:1].upper() + word[1:].lower()


class NameMaker:
    """Draws invented words for one language from the tables, with a caller-owned RNG."""

    def __init__(self, rng: random.Random, lang: str):
        self.rng = rng
        self.lang = lang

    def _syllables(self, onsets: tuple[str, ...], vowels: tuple[str, ...], count: int) -> str:
        return "".join(self.rng.choice(onsets) + self.rng.choice(vowels) for _ in range(count))

    def latin(self, kind: str) -> str:
        """kind: 'given', 'family' or 'org'."""
        if kind == "given":
            return self._syllables(LATIN_ONSETS, LATIN_VOWELS, 2) + self.rng.choice(LATIN_CODAS)
        family = LATIN_FAMILY_ENDINGS.get(self.lang, LATIN_FAMILY_ENDINGS["en"])
        endings = LATIN_ORG_ENDINGS if kind == "org" else family
        return self._syllables(LATIN_ONSETS, LATIN_VOWELS, 2) + self.rng.choice(endings)

    def cyrillic(self, kind: str) -> str:
        endings = {"given": CYRILLIC_GIVEN_ENDINGS, "family": CYRILLIC_FAMILY_ENDINGS}.get(kind, CYRILLIC_ORG_ENDINGS)
        return self._syllables(CYRILLIC_ONSETS, CYRILLIC_VOWELS, 2) + self.rng.choice(endings)

    def word(self, like: str, kind: str) -> str:
        """An invented word to stand where ``like`` (one Latin or Cyrillic word) stood."""
        script = "cyrillic" if any(script_of(ch) == "cyrillic" for ch in like) else "latin"
        word = self.cyrillic(kind) if script == "cyrillic" else self.latin(kind)
        return match_case(word, like)

    def chars(self, like: str, kind: str) -> str:
        """Same length and script, character for character, as ``like`` (CJK, kana or Hangul).

        kind: 'translit' (a foreign name in Han characters), 'given', 'org'. Characters of
        other scripts (separators, long-vowel marks, Latin letters) are kept as they are.
        """
        out = []
        for ch in like:
            table = self._table(script_of(ch), kind)
            out.append(self.rng.choice(table) if table else ch)
        return "".join(out)

    def _table(self, script: str, kind: str) -> str:
        zh = "zh-Hant" if self.lang == "zh-Hant" else "zh-Hans"
        if script == "han":
            if self.lang == "ja":
                return HAN_GIVEN["ja"] if kind == "given" else HAN_ORG["ja"]
            return {"translit": HAN_TRANSLIT, "given": HAN_GIVEN}.get(kind, HAN_ORG)[zh]
        if script == "hangul":
            return HANGUL_GIVEN if kind == "given" else HANGUL_OTHER
        return {"hiragana": HIRAGANA, "katakana": KATAKANA}.get(script, "")

    def kanji_family(self) -> str:
        return self.rng.choice(KANJI_FAMILY[0]) + self.rng.choice(KANJI_FAMILY[1])
