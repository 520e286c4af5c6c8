"""Resolution, start to end: organizations, people, stories, translation alignment, facts, positions."""

from __future__ import annotations

from collections import Counter

from peoplemoves.languages import canonical_role
from peoplemoves.resolve.entities import (
    Node,
    build_nodes,
    canonical_entities,
    is_latin,
    merge_by_sound,
    merge_exact,
)
from peoplemoves.resolve.facts import build_facts
from peoplemoves.resolve.misread import drop_misread
from peoplemoves.resolve.positions import build_positions
from peoplemoves.resolve.records import (
    HeldObservation,
    Resolution,
    ResolvedEntity,
    SourceDocument,
    SourceEvent,
    Story,
)
from peoplemoves.resolve.stories import Signature, group_stories, label_story
from peoplemoves.resolve.unionfind import UnionFind


def resolve_documents(docs: list[SourceDocument]) -> Resolution:
    org_nodes = build_nodes(docs, "org")
    org_uf = UnionFind(len(org_nodes))
    merge_exact(org_nodes, org_uf)
    orgs, org_entity = canonical_entities(org_nodes, org_uf, "org", 0)
    org_of = {(n.doc_id, n.name): org_entity[n.ident] for n in org_nodes}

    people = drop_misread(build_nodes(docs, "person"), org_nodes)
    node_of = {(n.doc_id, n.name): n for n in people}
    _attach_context(docs, node_of, org_of)
    uf = UnionFind(len(people))
    merge_exact(people, uf)
    merge_by_sound(people, uf, {o.ident for o in orgs if is_latin(o.name)})

    persons, person_entity = canonical_entities(people, uf, "person", len(orgs))
    signatures = _signatures(docs, node_of, person_entity, org_of)
    stories = group_stories(docs, signatures)
    article_of = {doc_id: art for s in stories for doc_id, art in s.article_of.items()}

    if _align_translations(docs, stories, article_of, node_of, org_of, uf):
        persons, person_entity = canonical_entities(people, uf, "person", len(orgs))
        signatures = _signatures(docs, node_of, person_entity, org_of)

    if _align_organizations(docs, stories, article_of, node_of, person_entity, org_nodes, org_of, org_uf):
        orgs, org_entity = canonical_entities(org_nodes, org_uf, "org", 0)
        org_of = {(n.doc_id, n.name): org_entity[n.ident] for n in org_nodes}
        persons, person_entity = canonical_entities(people, uf, "person", len(orgs))
        signatures = _signatures(docs, node_of, person_entity, org_of)

    person_of = {key: person_entity[n.ident] for key, n in node_of.items()}
    entities: list[ResolvedEntity] = [*orgs, *persons]
    names = {e.ident: e.name for e in entities}
    by_id = {d.doc_id: d for d in docs}
    for story in stories:
        story.label = label_story(story, by_id, signatures, names)
    story_of = {doc_id: s.ident for s in stories for doc_id in s.doc_ids}
    facts = build_facts(docs, person_of, org_of, article_of, story_of)
    observations = held_observations(docs, person_of, org_of, article_of)
    return Resolution(
        entities=entities,
        person_of=person_of,
        org_of=org_of,
        stories=stories,
        story_of=story_of,
        facts=facts,
        positions=build_positions(facts, observations),
        observations=observations,
    )


def held_observations(
    docs: list[SourceDocument], person_of: dict, org_of: dict, article_of: dict[str, str]
) -> list[HeldObservation]:
    out = []
    for doc in docs:
        for o in doc.observations:
            person = person_of.get((doc.doc_id, o.person))
            if person is None:
                continue
            org = org_of.get((doc.doc_id, o.org)) if o.org else None
            out.append(HeldObservation(person, org, canonical_role(o.role) or o.role, o.tense, o.date, o,
                                       article_of.get(doc.doc_id, doc.doc_id), doc.learned_at))
    return out


def _attach_context(docs: list[SourceDocument], node_of: dict[tuple[str, str], Node], org_of: dict) -> None:
    """What each person node did where: the organizations and roles of its events."""
    for doc in docs:
        for e in doc.events:
            node = node_of.get((doc.doc_id, e.person))
            if node is None:
                continue
            if e.org and (doc.doc_id, e.org) in org_of:
                node.orgs.add(org_of[(doc.doc_id, e.org)])
            if e.role:
                node.roles.add(canonical_role(e.role))
        for o in doc.observations:
            node = node_of.get((doc.doc_id, o.person))
            if node is None or o.tense != "current":
                continue
            if o.org and (doc.doc_id, o.org) in org_of:
                node.orgs.add(org_of[(doc.doc_id, o.org)])
            node.roles.add(canonical_role(o.role))


def _signatures(
    docs: list[SourceDocument], node_of: dict, person_entity: dict[int, int], org_of: dict
) -> dict[int, Signature]:
    sig: dict[int, Signature] = {}
    for doc in docs:
        for e in doc.events:
            node = node_of.get((doc.doc_id, e.person))
            person = person_entity[node.ident] if node else -1
            sig[id(e)] = (e.kind, person, org_of.get((doc.doc_id, e.org)) if e.org else None)
    return sig


def _align_translations(
    docs: list[SourceDocument],
    stories: list[Story],
    article_of: dict[str, str],
    node_of: dict,
    org_of: dict,
    uf: UnionFind,
) -> bool:
    """In translations of one article, the same event in the same place names the same person.

    A machine translation may turn a name into a word ("superman" for a name that is also a word); the original
    beside it, event for event, says who it is.
    """
    by_id = {d.doc_id: d for d in docs}
    changed = False
    for story in stories:
        groups: dict[str, list[SourceDocument]] = {}
        for doc_id in story.doc_ids:
            groups.setdefault(article_of[doc_id], []).append(by_id[doc_id])
        for members in groups.values():
            if len(members) < 2:
                continue
            keyed = [_unique_events(d, org_of) for d in members]
            first = keyed[0]
            for other in keyed[1:]:
                for key, event in first.items():
                    match = other.get(key) or _undated_counterpart(key, other)
                    if match is None:
                        continue
                    a = node_of.get((event.doc_id, event.person))
                    b = node_of.get((match.doc_id, match.person))
                    if a and b and uf.find(a.ident) != uf.find(b.ident):
                        uf.union(a.ident, b.ident)
                        changed = True
    return changed


def _align_organizations(
    docs: list[SourceDocument],
    stories: list[Story],
    article_of: dict[str, str],
    node_of: dict,
    person_entity: dict[int, int],
    org_nodes: list[Node],
    org_of: dict,
    org_uf: UnionFind,
) -> bool:
    """One organization across scripts: in one article (a bilingual press release, or translations of one
    article) the same change of the same person in the same post, and across the articles of one story
    the same change of the same person on the same date, names one organization, whether the text
    writes 港灣小輪有限公司 or Harbourline Ferries Limited, フィヨルドセル or Fjordcell."""
    by_id = {d.doc_id: d for d in docs}
    node_by = {(n.doc_id, n.name): n for n in org_nodes}
    seen: dict[tuple, set[tuple[str, str]]] = {}
    story_docs = [doc_id for story in stories for doc_id in story.doc_ids]
    for doc_id in story_docs:
        d = by_id[doc_id]
        for e in d.events:
            person = node_of.get((d.doc_id, e.person))
            if person is None or not e.org or (d.doc_id, e.org) not in node_by:
                continue
            who = person_entity.get(person.ident)
            # within one article the title says enough; across articles the day of the change must agree
            seen.setdefault(("article", article_of.get(doc_id, doc_id), e.kind, who, canonical_role(e.role),
                             e.status), set()).add((d.doc_id, e.org))
            if e.date and len(e.date) == 10:
                seen.setdefault(("day", e.kind, who, e.date), set()).add((d.doc_id, e.org))
    changed = False
    for forms in seen.values():
        nodes = [node_by[f] for f in forms]
        latin = {org_of[(n.doc_id, n.name)]: n for n in nodes if is_latin(n.name)}
        native = {org_of[(n.doc_id, n.name)]: n for n in nodes if not is_latin(n.name)}
        if len(latin) == 1 and len(native) == 1:
            (a,), (b,) = latin.values(), native.values()
            if org_uf.find(a.ident) != org_uf.find(b.ident):
                org_uf.union(a.ident, b.ident)
                changed = True
    return changed


def _undated_counterpart(key: tuple, other: dict[tuple, SourceEvent]) -> SourceEvent | None:
    """The one event of another translation with the same kind, organization and title, where one of the two
    lost its date in translation ("divenne amministratore delegato" beside "2018年成为CEO")."""
    kind, org, role, date = key
    if role is None:
        return None
    found = [e for (k, o, r, d), e in other.items() if (k, o, r) == (kind, org, role) and (d is None or date is None)]
    return found[0] if len(found) == 1 else None


def _unique_events(doc: SourceDocument, org_of: dict) -> dict[tuple, SourceEvent]:
    """Events keyed by what a translation keeps (kind, organization, role, date), when unambiguous."""
    keys = [(e.kind, org_of.get((doc.doc_id, e.org)), e.role, e.date) for e in doc.events]
    counts = Counter(keys)
    # a date or a title pins the change down; kind and organization alone do not
    return {k: e for k, e in zip(keys, doc.events, strict=True)
            if counts[k] == 1 and (k[3] or k[2]) and k[1] is not None}
