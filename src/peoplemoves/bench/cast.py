"""Swap one sample article's people and companies for an invented cast.

The gold file beside each sample article lists every person and organization with the
exact strings the text uses for them; those strings (and the words and name parts they
are made of) are the keys replaced. Latin and Cyrillic names are replaced word by word
(inflected forms share a stem: Волков / Волкова); CJK and Hangul names character by
character, keeping the family name of a Chinese or Korean name (so "박 대표" and
"馮先生" still refer to the right person) and the company suffix (银行, 株式会社, 그룹).
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from peoplemoves.bench.names import NameMaker, is_spaced_script, match_case, script_of
from peoplemoves.languages import all_packs

NAME_SEPARATORS = "·・•‧ 　"
_ANNOTATION = re.compile(r"\([^)]*\)")
_WORD = re.compile(r"\w+")
# a Latin or Cyrillic name must not continue a word of its own script; beside CJK text it may
_SPACED_WORD_CHAR = r"[0-9A-Za-z_\u00C0-\u024F\u0400-\u04FF]"
# Traditional-script forms the (Simplified) zh pack does not list; company suffixes kept as they are.
_EXTRA_CJK_SUFFIXES = (
    "有限公司", "公司", "集團", "銀行", "科技", "半導體", "半导体", "スタジオ", "精機", "新聞網", "财经网",
)


@dataclass(frozen=True)
class Entity:
    """One person or organization of a gold file: ``kind`` is 'person' or 'org'."""

    kind: str
    mentions: tuple[str, ...]


@cache
def _org_words() -> tuple[frozenset[str], tuple[str, ...]]:
    """Generic company words (kept in Latin/Cyrillic names) and CJK suffixes, from every language pack."""
    words: set[str] = set()
    cjk: set[str] = set(_EXTRA_CJK_SUFFIXES)
    for pack in all_packs():
        for entry in pack.words("orgs", "suffixes") + pack.words("orgs", "prefixes"):
            if is_spaced_script(entry):
                words.update(w.lower() for w in _WORD.findall(entry))
            elif len(entry) >= 2 and all(script_of(ch) != "other" for ch in entry):
                cjk.add(entry)
    return frozenset(words), tuple(sorted(cjk, key=len, reverse=True))


def _unannotated(mention: str) -> str:
    """陳(chén)怡君 -> 陳怡君: a CJK name without its inline pinyin; other names as they are."""
    bare = _ANNOTATION.sub("", mention)
    return bare if not is_spaced_script(bare) else mention


class Recaster:
    """Replacement plan for one source article; :meth:`cast` draws a fresh cast for it."""

    def __init__(self, entities: Iterable[Entity], lang: str):
        self.entities = tuple(entities)
        self.lang = lang
        keys = sorted(self.cast(random.Random(0)), key=lambda k: (-len(k), k))
        self._regex = re.compile("|".join(map(_pattern, keys))) if keys else None

    def apply(self, text: str, cast: dict[str, str]) -> str:
        if self._regex is None:
            return text
        return self._regex.sub(lambda m: cast.get(m.group(0), m.group(0)), text)

    def cast(self, rng: random.Random) -> dict[str, str]:
        """Original string -> invented replacement, for every key of this article."""
        maker = NameMaker(rng, self.lang)
        words: dict[str, str] = {}
        pieces: dict[str, str] = {}
        for kind in ("person", "org"):
            for entity in self.entities:
                if entity.kind != kind:
                    continue
                spaced = [m for m in entity.mentions if is_spaced_script(_unannotated(m))]
                dense = [m for m in entity.mentions if m not in spaced and len(_unannotated(m)) >= 2]
                self._recast_words(spaced, kind, maker, words)
                if dense:
                    self._recast_dense(dense, kind, maker, pieces)
        return {**words, **pieces}

    # Latin and Cyrillic: word by word, inflected forms of one word share an invented stem.
    def _recast_words(self, mentions: list[str], kind: str, maker: NameMaker, out: dict[str, str]) -> None:
        keep, _ = _org_words()
        roles: dict[str, str] = {}
        for mention in sorted(mentions, key=len, reverse=True):
            tokens = _WORD.findall(mention)
            lowered = mention.islower()
            for i, token in enumerate(tokens):
                if token in out or token in roles or len(token) < 2 or token.isdigit():
                    continue
                if kind == "org" and (token.lower() in keep or len(token) <= 3 or (token.islower() and not lowered)):
                    continue
                if kind == "person" and token.islower() and not lowered:
                    continue  # particles: de, van, da
                if kind == "org":
                    roles[token] = "org"
                else:
                    roles[token] = "given" if i == 0 and len(tokens) > 1 else "family"
        for stem, members in _lexemes(sorted(roles, key=len)):
            new_stem = maker.word(stem, roles[members[0]])
            for member in members:
                out[member] = match_case(new_stem, member) + member[len(stem):]

    # CJK and Hangul: character by character, same length and script.
    def _recast_dense(self, mentions: list[str], kind: str, maker: NameMaker, out: dict[str, str]) -> None:
        bases = {m: _unannotated(m) for m in mentions}
        full = max(bases.values(), key=len)
        if full not in out:
            out[full] = self._person(full, maker, out) if kind == "person" else self._org(full, maker)
        new_full = out[full]
        for mention, base in sorted(bases.items(), key=lambda kv: -len(kv[1])):
            if base not in out:
                cp = _common_prefix(full, base)
                if cp >= 2:
                    rest = base[cp:]
                    tail = maker.chars(rest, "given") if kind == "person" else self._org(rest, maker)
                    out[base] = new_full[:cp] + tail
                elif full.endswith(base):
                    out[base] = new_full[-len(base):]
                else:
                    out[base] = self._person(base, maker, out) if kind == "person" else self._org(base, maker)
            if mention != base:
                out[mention] = out[base]

    def _person(self, name: str, maker: NameMaker, out: dict[str, str]) -> str:
        parts = re.split(f"([{NAME_SEPARATORS}]+)", name)
        if len(parts) > 1:  # a foreign name written out: ヘンリク・ソルベリ, 亨里克·索尔伯格
            new = [p if i % 2 else maker.chars(p, "translit") for i, p in enumerate(parts)]
            for old, replacement in zip(parts[::2], new[::2], strict=True):
                if len(old) >= 2:
                    out.setdefault(old, replacement)
            return "".join(new)
        if self.lang == "ja":  # 山本健一: the two-character family name is used alone too (山本氏)
            if len(name) >= 3 and script_of(name[0]) == "han":
                family = out.setdefault(name[:2], maker.kanji_family())
                return family + maker.chars(name[2:], "given")
            return maker.chars(name, "given")
        return name[0] + maker.chars(name[1:], "given")  # 박서연 -> 박 + invented given name

    def _org(self, name: str, maker: NameMaker) -> str:
        _, suffixes = _org_words()
        if not name or name in suffixes:
            return name
        suffix = next((s for s in suffixes if name.endswith(s)), "")
        stem = name[: len(name) - len(suffix)]
        return maker.chars(stem, "org") + suffix


def _common_prefix(a: str, b: str) -> int:
    """Length of the longest common prefix of two strings."""
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def _pattern(key: str) -> str:
    before = f"(?<!{_SPACED_WORD_CHAR})" if is_spaced_script(key[0]) else ""
    after = f"(?!{_SPACED_WORD_CHAR})" if is_spaced_script(key[-1]) else ""
    return before + re.escape(key) + after


def _lexemes(tokens: list[str]) -> list[tuple[str, list[str]]]:
    """Group inflected forms of one word (Волков, Волкова; Андрея) under a shared stem, shortest first."""
    groups: list[tuple[str, list[str]]] = []
    for token in tokens:
        for i, (stem, members) in enumerate(groups):
            cp = _common_prefix(stem, token)
            if cp >= 4 and len(stem) - cp <= 2 and len(token) - cp <= 3:
                groups[i] = (stem[:cp], [*members, token])
                break
        else:
            groups.append((token, [token]))
    return groups
