"""What links one document to another for resolution: the keys the incremental resolve indexes.

A new document can change the resolution of an old one only through something they share:
a person's name key (folded Latin full name, native form), a surname sound that
``entities.merge_by_sound`` would compare, an organization key, or an event with no known
person (its story signature). These keys are a *superset* of the comparisons ``entities.py``
makes: a spurious link only makes the closure larger, a missing one would make the incremental
record differ from a full rebuild, so every doubt is resolved towards linking.

Sound keys carry their detail (anchor or query, given-name and surname skeletons) so the closure
can keep only pairs that ``merge_by_sound`` would actually take as candidates; plain key
sharing on short skeletons would chain almost every person into one component.
"""

from __future__ import annotations

from dataclasses import dataclass

from peoplemoves.names import fold, name_parts, romanize_name, skeleton
from peoplemoves.resolve.entities import _close, _deletions, _given_latin, is_latin
from peoplemoves.resolve.entities import damaged as _damaged
from peoplemoves.resolve.records import SourceDocument

SOUND = "s:"  # prefix of sound keys; their detail says anchor (A) or query (Q) and the skeletons


@dataclass(frozen=True)
class SoundForm:
    """One name form as merge_by_sound sees it: an anchor (a written Latin full name) or a query."""

    role: str  # "A" | "Q"
    given: str  # skeleton of the given name ("" when the surname stands alone)
    surname: str

    def detail(self) -> str:
        return f"{self.role}\t{self.given}\t{self.surname}"

    @staticmethod
    def parse(detail: str) -> SoundForm:
        role, given, surname = detail.split("\t")
        return SoundForm(role, given, surname)


def candidates(query: SoundForm, anchor: SoundForm) -> bool:
    """Would merge_by_sound take ``anchor`` as a candidate for ``query``? (roots aside)."""
    alone = not query.given
    if alone and len(query.surname) < 3:
        return False
    if not alone and not _close(query.given, anchor.given):
        return False
    return _close(query.surname, anchor.surname, strict=alone)


def linked(a: SoundForm, b: SoundForm) -> bool:
    """Sound forms of two nodes that one of them could compare with the other."""
    if a.role == "Q" and b.role == "A":
        return candidates(a, b)
    if a.role == "A" and b.role == "Q":
        return candidates(b, a)
    return False


def _person_keys(name: str, native: str | None, mentions: tuple[str, ...]) -> tuple[set[str], set[SoundForm]]:
    given = _given_latin(name, mentions)
    forms = {name, *mentions, *([native] if native else []), *([given] if given else [])}
    exact = {"p:" + fold(f) for f in forms if fold(f)}
    sound: set[SoundForm] = set()
    if given and len(name_parts(given)) >= 2:
        parts = name_parts(given)
        sound.add(SoundForm("A", skeleton(parts[0]), skeleton(parts[-1])))
    # the forms merge_by_sound queries with: a written full name whole, else every mention
    if given and len(name_parts(given)) >= 2:
        queries = [given]
    else:
        queries = [romanize_name(m) if not is_latin(m) else m for m in mentions if not _damaged(m)]
    for f in queries:
        parts = name_parts(f) if f else []
        if parts:
            sound.add(SoundForm("Q", skeleton(parts[0]) if len(parts) >= 2 else "", skeleton(parts[-1])))
    return exact, {s for s in sound if s.surname}


def document_keys(doc: SourceDocument) -> set[tuple[str, str]]:
    """(key, detail) rows for one document; detail is empty but for sound keys."""
    rows: set[tuple[str, str]] = set()
    people = set()
    for ent in doc.entities:
        if ent.kind == "org":
            rows |= {("o:" + fold(f), "") for f in {ent.name, *ent.mentions} if fold(f)}
            continue
        people.add(ent.name)
        exact, sound = _person_keys(ent.name, ent.native, ent.mentions)
        rows |= {(k, "") for k in exact}
        for form in sound:
            rows |= {(SOUND + k, form.detail()) for k in _deletions(form.surname)}
    for e in doc.events:
        if e.person not in people:  # its story signature has no person: documents meet on kind alone
            rows.add(("x:" + e.kind, ""))
    return rows
