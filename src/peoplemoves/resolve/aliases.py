"""Which of an entity's aliases are garbled: kept for look-up, never offered as its names.

A page that dropped letters ("Henrik S lberg", "Fjordc ll"), a machine translation that wrote a
word for a name ("superman" for a name that is also a word), a romanization the program made itself
from a native form ("Henglike Suoerboge"): a user typing one still finds the entity, but search suggestions, the
aliases of an answer and the exports give only the forms people write.
"""

from __future__ import annotations

from peoplemoves.names import fold, name_parts, skeleton
from peoplemoves.resolve.entities import Node, damaged, is_latin


def _written_variant(alias: str, canonical: str) -> bool:
    """The canonical name itself, a part of it ("Solberg"), or a spelling of it ("Aleksei" for "Alexei")."""
    parts, own = [fold(p) for p in name_parts(alias)], [fold(p) for p in name_parts(canonical)]
    if fold(alias) == fold(canonical) or set(parts) <= set(own):
        return True
    if len(parts) == len(own) and parts:
        return all(skeleton(a)[:1] == skeleton(b)[:1] and _near(skeleton(a), skeleton(b))
                   for a, b in zip(parts, own, strict=True))
    return False


def _near(a: str, b: str) -> bool:
    from rapidfuzz.distance import Levenshtein

    return Levenshtein.distance(a, b) <= (1 if min(len(a), len(b)) < 5 else 2)


def garbled_aliases(canonical: str, kind: str, group: list[Node]) -> set[str]:
    """The aliases of one entity (made of ``group``'s nodes) that are no name anybody writes."""
    mentions = {m for n in group for m in n.mentions}
    out = set()
    for n in group:
        for alias in {n.name, *n.mentions}:
            if not is_latin(alias) or alias == canonical:
                continue
            if damaged(alias) and len(name_parts(alias)) > 1:
                out.add(alias)
            elif kind == "person" and alias not in mentions:
                out.add(alias)  # the program's own romanization of a native form
            elif kind == "person" and not _written_variant(alias, canonical):
                out.add(alias)
    return out
