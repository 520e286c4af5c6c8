"""Tie a document's person mentions into entities and give each a canonical name.

A native form and the Latin original the text gives beside it are one person; a full
name and its surname or given name alone are one person (索尔伯格 after 亨里克·索尔伯格,
"Solberg" after "Henrik Solberg"). The canonical name is the Latin form when the document
gives one, else a romanization of the native form.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from peoplemoves.extract.namelist import names_pattern
from peoplemoves.extract.people import NameMention
from peoplemoves.extract.view import SentenceView
from peoplemoves.names import NameStyle, fold, name_parts, romanize_name, skeleton, written_name
from peoplemoves.names.folding import to_simplified
from peoplemoves.names.korean import split_family

_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")


@dataclass
class Person:
    ident: int
    mentions: list[NameMention] = field(default_factory=list)
    latin: Counter[str] = field(default_factory=Counter)
    native: Counter[str] = field(default_factory=Counter)

    def surfaces(self) -> list[str]:
        seen: dict[str, None] = {}
        for m in self.mentions:
            seen.setdefault(m.surface, None)
            if m.latin:
                seen.setdefault(m.latin, None)
        return list(seen)

    def canonical(self, style: NameStyle | None = None) -> str:
        """The Latin form the document writes, else the native form as its bearer's press writes it."""
        if self.latin:
            return _title(_fullest(self.latin))
        if self.native:
            best = max(self.native.items(), key=lambda kv: (len(kv[0]), kv[1]))[0]
            return written_name(best, style or NameStyle(), forms=list(self.native))
        return ""


def _parts(form: str) -> frozenset[str]:
    return frozenset(fold(p) for p in name_parts(form)) - {""}


def _fullest(latin: Counter[str]) -> str:
    """The full name the other forms are part of ("Olga Sánchez Cordero" over "Sánchez Cordero", "Gary B.
    Wolter" over "Gary Wolter"); else the most frequent form of two words or more."""
    full = [f for f in latin if len(_parts(f)) >= 2]
    covering = [f for f in full if all(_parts(g) <= _parts(f) for g in full)]
    if covering:
        return max(covering, key=lambda f: (latin[f], len(f)))
    return max(latin.items(), key=lambda kv: (len(name_parts(kv[0])) >= 2, kv[1], len(kv[0])))[0]


def _title(name: str) -> str:
    """Lower-cased text loses capitals: "anna berg" -> "Anna Berg"; keep names that have them."""
    if name != name.lower():
        return " ".join(name.split())
    return " ".join(w[:1].upper() + w[1:] for w in name.split())


def _is_latin(text: str) -> bool:
    return all(ord(c) < 0x250 or not c.isalpha() for c in text)


class PersonIndex:
    """Union of mentions into people, built from strong mentions, queried for short ones."""

    def __init__(self, family_of: Callable[[str], str | None] | None = None) -> None:
        self.people: list[Person] = []
        self._by_key: dict[str, int] = {}
        self._by_part: dict[str, set[int]] = {}
        # the family name inside a native name written without a separator (郡山明久 -> 郡山), so that
        # "郡山頭取" further on is the same person
        self._family_of = family_of

    def _new(self) -> Person:
        person = Person(len(self.people))
        self.people.append(person)
        return person

    def add_strong(self, mention: NameMention) -> Person:
        keys = [fold(mention.surface)] + ([fold(mention.latin)] if mention.latin else [])
        person = next((self.people[self._by_key[k]] for k in keys if k in self._by_key), None)
        if person is None:
            person = self._match_by_parts(mention)
        if person is None:
            person = self._new()
        self._attach(person, mention)
        for k in keys:
            self._by_key.setdefault(k, person.ident)
        return person

    def _match_by_parts(self, mention: NameMention) -> Person | None:
        """"Henrik Solberg", "henrik solberg" and "Solberg, Henrik" share their parts."""
        form = mention.latin or mention.surface
        parts = _parts(form)
        if len(parts) < 2:
            return None
        for person in self.people:
            for other in person.surfaces():
                other_parts = _parts(other)
                if len(other_parts) >= 2 and parts == other_parts:
                    return person
        if not _is_latin(form):
            return None
        # one full name inside another: "Sánchez Cordero" and "Olga Sánchez Cordero", "Gary Wolter" and
        # "Gary B. Wolter" (only when one person alone has it)
        owners = {person.ident for person in self.people for other in person.surfaces()
                  if _is_latin(other) and len(_parts(other)) >= 2 and (parts < _parts(other) or _parts(other) < parts)}
        return self.people[owners.pop()] if len(owners) == 1 else None

    def _attach(self, person: Person, mention: NameMention) -> None:
        mention.entity = person.ident
        person.mentions.append(mention)
        forms = [mention.surface] + ([mention.latin] if mention.latin else [])
        for form in forms:
            if _is_latin(form):
                person.latin[" ".join(form.split())] += 1
            else:
                person.native[form] += 1
            parts = name_parts(form)
            if len(parts) >= 2:
                for part in (parts[0], parts[-1]):
                    if len(fold(part)) >= 2:
                        self._by_part.setdefault(fold(part), set()).add(person.ident)
            elif self._family_of and not _is_latin(form):
                family = self._family_of(form)
                if family and family != form and form.startswith(family):
                    for part in (family, form[len(family) :]):
                        if len(part) >= 2:
                            self._by_part.setdefault(fold(part), set()).add(person.ident)

    def absorb_short(self) -> None:
        """A surname met alone before its full name (トナー氏 ... ヘレン・トナー) is that person too."""
        for person in self.people:
            if not person.mentions or any(len(name_parts(s)) >= 2 for s in person.surfaces()):
                continue
            owners = {o.ident for s in person.surfaces() for o in [self.part_owner(s)] if o is not None}
            if not owners:  # "berk 氏" beside "Anna Berg": a surname as a translation spelled it
                owners = {o.ident for s in person.surfaces() if _is_latin(s) for o in [self.sounds_like(s)] if o}
            owners.discard(person.ident)
            if len(owners) != 1:
                continue
            owner = self.people[owners.pop()]
            for m in person.mentions:
                m.entity = owner.ident
                owner.mentions.append(m)
            owner.latin.update(person.latin)
            owner.native.update(person.native)
            person.mentions, person.latin, person.native = [], Counter(), Counter()

    def add_bare(self, token: str) -> Person:
        """A one-word name found only by its behaviour in text without capitals ("solberg")."""
        person = self._new()
        person.latin[token] += 1
        self._by_part.setdefault(fold(token), set()).add(person.ident)
        return person

    def sounds_like(self, token: str) -> Person | None:
        """The one known person whose surname sounds like ``token`` (a mistransliteration)."""
        key = skeleton(token)
        if len(key) < 3:
            return None
        owners = set()
        for person in self.people:
            for surface in person.surfaces():
                parts = name_parts(surface)
                if len(parts) < 2:
                    continue
                last = parts[-1] if _is_latin(parts[-1]) else romanize_name(parts[-1])
                if skeleton(last) == key:
                    owners.add(person.ident)
        return self.people[next(iter(owners))] if len(owners) == 1 else None

    def part_owner(self, part: str) -> Person | None:
        """The one person a surname or given name alone refers to, if unambiguous."""
        owners = self._by_part.get(fold(part), set())
        return self.people[next(iter(owners))] if len(owners) == 1 else None

    def short_forms(self) -> dict[str, Person]:
        """Native full names, and surnames and given names (length >= 2) that point at exactly one person."""
        forms: dict[str, Person] = {}
        for person in self.people:
            for surface in person.surfaces():
                hangul = _is_hangul(surface)
                if hangul and 3 <= len(surface) <= 4:
                    # "남기일 … 남 감독은": a Korean name comes back as its family name before a title
                    family = split_family(surface)[0]
                    holders = {p.ident for p in self.people for f in p.surfaces()
                              if _is_hangul(f) and 3 <= len(f) <= 4
                              and split_family(f)[0] == family}
                    if holders == {person.ident}:
                        forms.setdefault(family, person)
                parts = name_parts(surface)
                if len(parts) == 1 and len(surface) >= 3 and _repeatable(surface):
                    # a native name written without separators, met again in another sentence (鄭鍾偉)
                    owner = self.part_owner(surface) or person
                    if owner is person:
                        forms.setdefault(surface, person)
                if len(parts) < 2:
                    continue
                for part in (parts[-1], parts[0]):
                    owner = self.part_owner(part)
                    if owner is person and (len(part) >= 2 if not _is_latin(part) else len(part) >= 3):
                        forms.setdefault(part, person)
        return forms


def _is_hangul(text: str) -> bool:
    return any("\uac00" <= ch <= "\ud7af" for ch in text)


def _title_follows(view: SentenceView, end: int) -> bool:
    if view.text[end : end + 1] != " ":
        return False
    return any(h.start == end + 1 for h in view.lexicon.roles.find(view.text[: end + 12]))
def _repeatable(surface: str) -> bool:
    """A native name to look for again in every sentence: not Latin, and not beginning with a common
    Chinese word (陆续有 "one after another" was once read as a name: its repeats would be more junk)."""
    if _is_latin(surface) or not surface.isalpha():
        return False
    if not _HAN.match(surface):
        return True
    from wordfreq import get_frequency_dict  # a plain lookup: no Chinese tokenizer needed

    return get_frequency_dict("zh").get(to_simplified(surface[:2]), 0.0) < 10 ** (4.5 - 9)


def _glued_before_name(text: str, end: int, taken: list[tuple[int, int]]) -> bool:
    """A capitalized surname right before another name, one space between: a modifier of the noun before."""
    rest = text[end : end + 2]
    return rest[:1] == " " and rest[1:2].isupper() and any(s == end + 1 for s, _ in taken)


def short_mentions(view: SentenceView, forms: dict[str, Person], taken: list[tuple[int, int]]) -> list[NameMention]:
    """Surnames or given names alone, of people already known in the document."""
    found: list[NameMention] = []
    text = view.text
    pattern = names_pattern(tuple(forms), True)
    if pattern is None:
        return found
    by_form = {form.casefold(): person for form, person in forms.items()}
    for m in pattern.finditer(text):
        person = by_form.get(m.group().casefold())
        span = (m.start(), m.end())
        if person is None or any(span[0] < e and s < span[1] for s, e in taken):
            continue
        if _is_latin(m.group()) and not view.lower_cased and not m.group()[0].isupper():
            continue
        if len(m.group()) == 1 and not _title_follows(view, m.end()):
            continue  # a Korean family name alone is that person only before a title (남 감독)
        if view.lexicon.spaced and _glued_before_name(text, span[1], taken):
            continue  # "заместитель Волкова Сергей Климов": the one whose deputy he is, named as a modifier
        mention = NameMention(m.start(), m.end(), view.segment.text[m.start() : m.end()], strong=False,
                              sentence=view.index, entity=person.ident)
        person.mentions.append(mention)
        found.append(mention)
        taken.append(span)
    return found
