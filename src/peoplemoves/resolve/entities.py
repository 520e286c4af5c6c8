"""One entity across scripts and documents.

Each document's people and organizations are nodes. Nodes are merged, in order of the
evidence's strength:
1. the same full name in Latin script, or the same native form (索尔伯格 = 索爾伯格 after t2s);
2. a native-only or one-word name and a Latin full name whose surnames share a consonant
   skeleton after romanization (ベルグ -> berugu -> brg = berg; 亨里克·索尔伯格 -> henglike suoerboge
   ~ henrik solberg), when the two share an organization or the match is unique;
3. (see ``align``) the people of translations of one article, event by event.
The same name at different organizations in different roles is not merged.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import cache

from rapidfuzz.distance import Levenshtein

from peoplemoves.names import fold, name_parts, romanize_name, skeleton
from peoplemoves.names.written import written_forms
from peoplemoves.resolve.records import ResolvedEntity, SourceDocument
from peoplemoves.resolve.unionfind import UnionFind

_LATIN = re.compile(r"^[\x00-\u024f\s'’.\-]+$")


def is_latin(text: str) -> bool:
    return bool(_LATIN.match(text)) and any(c.isalpha() for c in text)


@dataclass
class Node:
    ident: int
    doc_id: str
    kind: str
    name: str
    native: str | None
    mentions: tuple[str, ...]
    given: str | None = None  # a full Latin name the document itself writes
    orgs: set[int] = field(default_factory=set)
    roles: set[str] = field(default_factory=set)
    lang: str = "und"  # the document's main language: 山本 is read as Japanese only in Japanese text

    @property
    def romanized(self) -> str:
        return self.given or (romanize_name(self.native) if self.native else self.name)


def damaged(name: str) -> bool:
    """"Mira M i": letters dropped by a broken page; no use as a Latin original."""
    return any(len(p.strip(".")) == 1 for p in name_parts(name)[1:])


def _given_latin(name: str, mentions: tuple[str, ...]) -> str | None:
    if damaged(name):
        latin = [m for m in mentions if is_latin(m) and len(name_parts(m)) >= 2 and not damaged(m)]
        return max(latin, key=len) if latin else None
    folded = fold(name)
    for m in mentions:
        if is_latin(m) and fold(m) == folded:
            return name
    latin = [m for m in mentions if is_latin(m) and len(name_parts(m)) >= 2 and not damaged(m)]
    return max(latin, key=len) if latin else None


def build_nodes(docs: list[SourceDocument], kind: str) -> list[Node]:
    nodes = []
    for doc in docs:
        for ent in doc.entities:
            if ent.kind != kind:
                continue
            node = Node(len(nodes), doc.doc_id, kind, ent.name, ent.native, ent.mentions, lang=doc.lang)
            if kind == "person":
                node.given = _given_latin(ent.name, ent.mentions)
            nodes.append(node)
    return nodes


def compatible(a: Node, b: Node, known_orgs: set[int] | None = None) -> bool:
    """Same name, different organizations and different roles: not the same person blindly.

    ``known_orgs``: the organizations whose identity across scripts is settled (those with a Latin
    name); one written only in a native script (フィヨルドセル) may yet be the other one (Fjordcell), so
    it is no evidence of a different person.
    """
    a_orgs = a.orgs if known_orgs is None else a.orgs & known_orgs
    b_orgs = b.orgs if known_orgs is None else b.orgs & known_orgs
    return not (a_orgs and b_orgs and a_orgs.isdisjoint(b_orgs) and a.roles and b.roles
                and a.roles.isdisjoint(b.roles))


def merge_exact(nodes: list[Node], uf: UnionFind) -> None:
    by_key: dict[str, list[Node]] = defaultdict(list)
    for node in nodes:
        keys = set()
        if node.kind == "org":
            keys = {fold(node.name), *(fold(m) for m in node.mentions if len(fold(m)) >= 2)}
        else:
            if node.given and len(name_parts(node.given)) >= 2:
                keys.add("L:" + fold(node.given))
            for m in node.mentions:
                if not is_latin(m) and len(fold(m)) >= 2 and len(name_parts(m)) >= 2:
                    keys.add("N:" + fold(m))
                elif is_latin(m) and len(name_parts(m)) >= 2:
                    keys.add("L:" + fold(m))
            if node.native and len(fold(node.native)) >= 2:
                keys.add("N:" + fold(node.native))
            if node.native and not node.given and len(node.native.strip()) >= 2:
                # 區慧玲 here, "Au Wai-ling" in an English article: a Latin form the native name is written in
                keys |= {"L:" + fold(w) for w in written_forms(node.native, node.lang) if len(name_parts(w)) >= 2}
        for key in keys:
            if key:
                by_key[key].append(node)
    for members in by_key.values():
        first = members[0]
        for other in members[1:]:
            if other.kind == "org" or compatible(first, other):
                uf.union(first.ident, other.ident)
    _merge_short_native_orgs(nodes, uf)


def _merge_short_native_orgs(nodes: list[Node], uf: UnionFind) -> None:
    """港灣小輪 and 港灣小輪有限公司 in one document: a native company name and itself with a short legal
    ending are one organization (a Latin "Apple" beside "Apple Music" is not merged this way)."""
    by_doc: dict[str, list[Node]] = defaultdict(list)
    for node in nodes:
        if node.kind == "org" and not is_latin(node.name) and len(node.name) >= 2:
            by_doc[node.doc_id].append(node)
    for group in by_doc.values():
        for short in group:
            for long in group:
                rest = len(long.name) - len(short.name)
                if long is not short and 0 < rest <= 6 and fold(long.name).startswith(fold(short.name)):
                    uf.union(short.ident, long.ident)


def _surname_skeletons(node: Node) -> set[str]:
    forms = [node.given] if node.given else []
    forms += [romanize_name(m) if not is_latin(m) else m for m in node.mentions]
    return {skeleton(name_parts(f)[-1]) for f in forms if f and name_parts(f)} - {""}


def _given_initial(node: Node) -> str | None:
    parts = name_parts(node.romanized)
    return skeleton(parts[0])[:1] if len(parts) >= 2 else None


@cache
def _close(a: str, b: str, strict: bool = False) -> bool:
    """Consonant skeletons that differ by at most one sound (two for long ones, whose vowels scripts rewrite most).

    ``strict`` for a surname standing alone: short skeletons must then be equal (msk is not mst).
    """
    if not a or not b or a[0] != b[0]:
        return False
    shorter = min(len(a), len(b))
    limit = (0 if shorter < 5 else 1) if strict else 0 if shorter < 2 else 1 if shorter < 5 else 2
    return Levenshtein.distance(a, b) <= limit


def _deletions(skel: str) -> set[str]:
    """The skeleton and its forms with one letter (two for long skeletons) dropped, first letter kept."""
    out = {skel}
    frontier = {skel}
    for _ in range(2 if len(skel) >= 5 else 1):
        frontier = {s[:i] + s[i + 1 :] for s in frontier for i in range(1, len(s))}
        out |= frontier
    # one-letter keys would put every short name in one block
    return {k for k in out if len(k) >= 2}


def merge_by_sound(nodes: list[Node], uf: UnionFind, known_orgs: set[int] | None = None) -> None:
    """Native-only, one-word and re-spelled names join the Latin full name they sound like.

    Evidence from sound is weaker than a written name: a match must be the only one, or the
    only one at an organization the two share.
    """
    # Blocking by symmetric deletion (as SymSpell does): a surname skeleton is indexed under every
    # form with one or two letters dropped, so names within the allowed distance share a key and
    # each name is compared with a handful of candidates, never with all of them.
    anchors: dict[str, set[tuple[int, str, str]]] = defaultdict(set)
    for node in nodes:
        if node.given and len(name_parts(node.given)) >= 2:
            parts = name_parts(node.given)
            surname = skeleton(parts[-1])
            for key in _deletions(surname):
                anchors[key].add((uf.find(node.ident), skeleton(parts[0]), surname))
    by_root: dict[int, list[Node]] = defaultdict(list)
    root_orgs: dict[int, set[int]] = defaultdict(set)
    for node in nodes:
        by_root[uf.find(node.ident)].append(node)
        root_orgs[uf.find(node.ident)] |= node.orgs
    for node in nodes:
        root = uf.find(node.ident)
        if node.given and len(name_parts(node.given)) >= 2:
            forms = [node.given]  # a written full name is compared whole, never by its parts
        else:
            forms = [romanize_name(m) if not is_latin(m) else m for m in node.mentions if not damaged(m)]
        keys = {(skeleton(name_parts(f)[0]) if len(name_parts(f)) >= 2 else None, skeleton(name_parts(f)[-1]))
                for f in forms if f and name_parts(f)}
        candidates = set()
        for given, surname in keys:
            alone = given is None
            if alone and len(surname) < 3:
                continue
            pool = set().union(*(anchors.get(key, ()) for key in _deletions(surname)))
            for anchor_root, a_given, a_surname in pool:
                if anchor_root == root or (given is not None and not _close(given, a_given)):
                    continue
                if _close(surname, a_surname, strict=alone):
                    candidates.add(anchor_root)
        candidates = {uf.find(c) for c in candidates} - {root}
        if len(candidates) > 1 and node.orgs:
            shared = {r for r in candidates if node.orgs & root_orgs[r]}
            candidates = shared or candidates
        if len(candidates) == 1 and not _written_in_latin(node) and node.native and all(
                len(name_parts(f)) < 2 for f in forms):
            # one native word (서울시, 郡山) sounds like many names across a corpus: only a shared
            # organization makes it one of them
            candidates = {r for r in candidates if node.orgs & root_orgs[r]}
        if len(candidates) == 1 and _written_in_latin(node):
            # two names both written in Latin letters that differ are two people unless they share an
            # organization: "Guido Leoni" is not "Guido Lenz", "Carron" is not "Kapoor"
            candidates = {r for r in candidates if node.orgs & root_orgs[r]}
        if len(candidates) == 1:
            target = candidates.pop()
            if all(compatible(node, m, known_orgs) for m in by_root[target]):
                joined = uf.union(target, node.ident)
                # the group's members and organizations follow it to its root, whichever node that is:
                # a later name compared with this group must see all of it, in any document order
                for old in {target, root} - {joined}:
                    by_root[joined] += by_root.pop(old, [])
                    root_orgs[joined] |= root_orgs.pop(old, set())


def _written_in_latin(node: Node) -> bool:
    """The document writes this person's full name in Latin letters (not a romanization of a native form);
    a surname alone ("musk") still joins the one full name it sounds like."""
    written = node.given or (node.name if not node.native and is_latin(node.name) else None)
    return bool(written) and len(name_parts(written or "")) >= 2


def canonical_entities(
    nodes: list[Node], uf: UnionFind, kind: str, start: int
) -> tuple[list[ResolvedEntity], dict[int, int]]:
    """One entity per group; its name is the Latin form most documents give."""
    from peoplemoves.resolve.aliases import garbled_aliases  # it reads Node: imported here, not at the top

    entities: list[ResolvedEntity] = []
    entity_of: dict[int, int] = {}
    for members in uf.groups().values():
        members = [m for m in members if m < len(nodes)]
        if not members:
            continue
        group = [nodes[m] for m in members]
        latin = Counter(n.given or n.name for n in group if (n.given or is_latin(n.name)))
        if kind == "person":
            given = Counter(n.given for n in group if n.given)
            latin = given or latin
        if kind == "org":  # a company keeps its own name when no Latin form is known: no invented romanization
            names = latin or Counter(n.name for n in group)
        else:
            names = latin or Counter(romanize_name(n.native or n.name) for n in group)
        # Most documents, then the fuller form ("Henrik Solberg" over "Solberg"), then capitals ("OpenAI" over "Openai")
        name = max(names.items(), key=lambda kv: (len(name_parts(kv[0])) >= 2, kv[1], _has_inner_capital(kv[0])))[0]
        natives = Counter(n.native for n in group if n.native)
        ent = ResolvedEntity(start + len(entities), kind, name, natives.most_common(1)[0][0] if natives else None)
        ent.garbled = garbled_aliases(name, kind, group)
        for n in group:
            for surface in {n.name, *n.mentions, *([n.native] if n.native else [])}:
                ent.aliases.setdefault(surface, set()).add(n.doc_id)
            entity_of[n.ident] = ent.ident
        entities.append(ent)
    return entities, entity_of


def _has_inner_capital(name: str) -> bool:
    return any(c.isupper() for c in name[1:])
