"""Group documents that tell the same story, across languages, and find translations.

Character shingles are useless across scripts, so documents are compared on what they
assert: the *headline events* of each document (changes dated near the document's own
date, or told in its opening part) as (kind, person, organization) with resolved ids.
Documents sharing a headline event within a few weeks are one story. An inverted index
on those signatures keeps this linear in practice (no pair-by-pair comparison).

Within a story, documents whose whole event sets nearly coincide and whose dates agree
are translations of one article: they count once.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
from collections import Counter, defaultdict

from peoplemoves.resolve.records import SourceDocument, Story
from peoplemoves.resolve.unionfind import UnionFind

Signature = tuple[str, int, int | None]
#: an event dated this close to the document's own date is news, not background
HEADLINE_DAYS = 92
#: the opening share of a document whose undated events are its news
LEAD_SHARE = 0.4
#: documents more than this far apart are not one story even when they share an event
STORY_DAYS = 45
#: two documents whose event sets overlap this much (Jaccard) are one article: less when both
#: carry the same publication date (machine translations lose and garble events), more when undated
TRANSLATION_JACCARD_SAME_DAY = 0.4
TRANSLATION_JACCARD = 0.6

KIND_WORDS = {"start_position": "joins", "end_position": "leaves", "leave_of_absence": "takes leave from"}


def _day(value: str | None) -> dt.date | None:
    if not value:
        return None
    parts = value.split("-")
    try:
        year = int(parts[0])
        month = int(parts[1]) if len(parts) > 1 else 6
        day = int(parts[2]) if len(parts) > 2 else 15
        return dt.date(year, month, day)
    except (ValueError, IndexError):
        return None


def document_anchor(doc: SourceDocument) -> dt.date | None:
    """The document's own date: published, else its latest day-precise event date."""
    if doc.published:
        return _day(doc.published)
    days = [_day(e.date) for e in doc.events if e.date and len(e.date) == 10]
    days = [d for d in days if d]
    return max(days) if days else None


def headline_signatures(doc: SourceDocument, sig: dict[int, Signature]) -> set[Signature]:
    anchor = document_anchor(doc)
    out: set[Signature] = set()
    for e in doc.events:
        when = _day(e.date)
        if when and anchor:
            if abs((anchor - when).days) <= HEADLINE_DAYS:
                out.add(sig[id(e)])
        elif not e.date and doc.length and e.evidence_start <= LEAD_SHARE * doc.length:
            out.add(sig[id(e)])
    return out


def group_stories(docs: list[SourceDocument], sig: dict[int, Signature]) -> list[Story]:
    index = {d.doc_id: i for i, d in enumerate(docs)}
    anchors = [document_anchor(d) for d in docs]
    uf = UnionFind(len(docs))
    postings: dict[Signature, list[int]] = defaultdict(list)
    for i, doc in enumerate(docs):
        for s in headline_signatures(doc, sig):
            postings[s].append(i)
    for members in postings.values():
        # sort by date so each document need only be compared with its neighbour in time
        dated = sorted((m for m in members if anchors[m]), key=lambda m: anchors[m])
        undated = [m for m in members if not anchors[m]]
        for a, b in itertools.pairwise(dated):
            if (anchors[b] - anchors[a]).days <= STORY_DAYS:
                uf.union(a, b)
        if undated:
            for m in undated[1:]:
                uf.union(undated[0], m)
            if dated:
                uf.union(undated[0], dated[0])
    stories = []
    for members in uf.groups().values():
        group = [docs[m] for m in members]
        stories.append(_story(group, sig, anchors, index))
    stories.sort(key=lambda s: (s.first_date or "9999", s.ident))
    return stories


def _story(group: list[SourceDocument], sig: dict[int, Signature], anchors: list, index: dict[str, int]) -> Story:
    first = min(group, key=lambda d: (d.published or "9999", d.ingested_at, d.doc_id))
    ident = "s-" + hashlib.sha1(first.doc_id.encode()).hexdigest()[:10]
    dates = [a for a in (anchors[index[d.doc_id]] for d in group) if a]
    return Story(
        ident=ident,
        label="",
        first_date=min(dates).isoformat() if dates else None,
        doc_ids=[d.doc_id for d in group],
        article_of=_articles(group, sig),
    )


def _articles(group: list[SourceDocument], sig: dict[int, Signature]) -> dict[str, str]:
    """Translation groups inside a story: same events, same date, different language.

    Events are compared on what a translation keeps (kind, organization, role, date), not on
    the person, whose name a machine translation may garble.
    """
    sets = [{(e.kind, sig[id(e)][2], e.role, e.date) for e in d.events} for d in group]
    uf = UnionFind(len(group))
    for i in range(len(group)):
        for j in range(i + 1, len(group)):
            a, b = group[i], group[j]
            if a.published != b.published or a.lang == b.lang or not sets[i] or not sets[j]:
                continue
            jaccard = len(sets[i] & sets[j]) / len(sets[i] | sets[j])
            if jaccard >= (TRANSLATION_JACCARD_SAME_DAY if a.published else TRANSLATION_JACCARD):
                uf.union(i, j)
    out = {}
    for members in uf.groups().values():
        lead = min((group[m] for m in members), key=lambda d: d.doc_id)
        for m in members:
            out[group[m].doc_id] = "a-" + lead.doc_id[:12]
    return out


def label_story(story: Story, docs: dict[str, SourceDocument], sig: dict[int, Signature], names: dict[int, str]) -> str:
    counts: Counter[Signature] = Counter()
    for doc_id in story.doc_ids:
        # in the order the document tells them, so a tie goes to the first told, not to hash order
        told = [sig[id(e)] for e in docs[doc_id].events]
        heads = headline_signatures(docs[doc_id], sig)
        for s in dict.fromkeys([t for t in told if t in heads] or told):
            counts[s] += 1
    if not counts:
        return docs[story.doc_ids[0]].name
    kind, person, org = counts.most_common(1)[0][0]
    where = f" {names.get(org, '')}" if org is not None else ""
    return f"{names.get(person, '?')} {KIND_WORDS.get(kind, kind)}{where}".strip()
