"""Tenures told as spans of dates, with no verb of change.

Career summaries say "von 2016 bis 2021 als Vizepräsidentin", "2020年12月至2023年2月任副秘书长",
"De 2009 à 2012, il a occupé la vice-présidence", "has led the university since 1992": a span of
two dates beside a title is a start at the first and an end at the second; "since D" beside a title
is a start at D. The words that join or open such spans are each language's data
(``[dates.ranges]`` in ``languages/data/<code>.toml``).
"""

from __future__ import annotations

import re
from functools import cache
from itertools import pairwise

from peoplemoves.extract.events import Candidate, evidence_span
from peoplemoves.extract.lexicon import Hit
from peoplemoves.extract.orgs import OrgMention
from peoplemoves.extract.people import NameMention
from peoplemoves.extract.view import SentenceView
from peoplemoves.languages import pack_for
from peoplemoves.temporal import DateMention

#: how far (characters) a title may stand from the span of dates it belongs to
TITLE_REACH = 80
CJK_TITLE_REACH = 30
#: how far an organization may stand from that title
ORG_REACH = 40
_GAP_PUNCTUATION = " ,，、()（）"


@cache
def _range_words(lang: str) -> tuple[frozenset[str], tuple[str, ...]]:
    pack = pack_for(lang)
    ranges = pack.section("dates").get("ranges", {}) if pack else {}
    connectors = frozenset(str(w).lower() for w in ranges.get("connectors", []))
    since = tuple(str(w).lower() for w in ranges.get("since", []))
    return connectors, since


@cache
def _holding_words(lang: str) -> tuple[str, ...]:
    """``[dates.tenure] holding``: verbs and phrases of holding a post ("leads", "leitet", "preside",
    "alla guida di", "возглавляет", "执掌"), which stand for a title before "since D"."""
    pack = pack_for(lang)
    tenure = pack.section("dates").get("tenure", {}) if pack else {}
    return tuple(sorted({str(w).lower() for w in tenure.get("holding", [])}, key=len, reverse=True))


def holding_hits(view: SentenceView) -> list[Hit]:
    """Where the sentence says someone holds a post, by a verb rather than a title."""
    words = _holding_words(view.lang)
    if not words:
        return []
    text = view.text.lower()
    out: list[Hit] = []
    for w in words:
        start = text.find(w)
        while start >= 0:
            end = start + len(w)
            bounded = not view.lexicon.spaced or (
                (start == 0 or not text[start - 1].isalnum()) and (end == len(text) or not text[end].isalnum()))
            if bounded and not any(h.start < end and start < h.end for h in out):
                out.append(Hit(start, end, view.text[start:end], ""))
            start = text.find(w, end)
    return out


_YEAR = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)")


def _bare_years(text: str, dates: list[DateMention]) -> list[DateMention]:
    """Years standing alone ("von 2016"), which the date grammar leaves to their context."""
    out = []
    for m in _YEAR.finditer(text):
        if not any(d.start <= m.start() < d.end for d in dates):
            out.append(DateMention(m.start(), m.end(), m.group(), m.group(), "year", False))
    return out


def _nearest(items: list, start: int, end: int, reach: int):
    def distance(x) -> int:
        return max(0, x.start - end, start - x.end)

    close = [x for x in items if distance(x) <= reach]
    return min(close, key=distance, default=None)


def tenure_candidates(
    view: SentenceView,
    roles: list[Hit],
    orgs: list[OrgMention],
    people: list[NameMention],
    dates: list[DateMention],
    antecedent: NameMention | None,
    has_trigger: bool,
) -> list[Candidate]:
    """Starts and ends a sentence states as a tenure: a span of dates (or "since D") beside a title."""
    connectors, since = _range_words(view.lang)
    holding = holding_hits(view)
    if not (roles or holding) or not (connectors or since) or not (people or antecedent):
        return []
    dated = sorted([d for d in dates if d.value] + _bare_years(view.text, dates), key=lambda d: d.start)
    if not dated:
        return []
    spans: list[tuple[DateMention, DateMention | None]] = []
    used: set[int] = set()
    for a, b in pairwise(dated):
        gap = view.text[a.end : b.start].strip(_GAP_PUNCTUATION).lower()
        # the date grammar may take the joining word into the second date ("bis 2021")
        joined = gap in connectors or (not gap and any(b.text.lower().startswith(c) for c in connectors))
        if joined and a.value <= b.value:
            spans.append((a, b))
            used |= {id(a), id(b)}
    for d in dated:
        # "since D" is a tenure only where no verb tells a change ("appointed since July 1"), unless a
        # verb of holding stands right before it ("leitet die Universität seit 2011 und wurde wiedergewählt")
        if has_trigger and not any(0 <= d.start - h.end <= 30 for h in holding):
            continue
        before = view.text[max(0, d.start - 12) : d.start].rstrip().lower()
        opened = any(re.search(rf"(?:^|\W){re.escape(w)}$", before) or d.text.lower().startswith(w + " ") or
                     (not view.lexicon.spaced and (before.endswith(w) or d.text.startswith(w))) for w in since)
        if id(d) not in used and opened:
            spans.append((d, None))
    reach = TITLE_REACH if view.lexicon.spaced else CJK_TITLE_REACH
    out: list[Candidate] = []
    for first, last in spans:
        lo, hi = first.start, (last or first).end
        role = _nearest(roles, lo, hi, reach)
        held_by_verb = None
        if role is None and last is None:
            # "leitet die Universität seit 2011", "preside la entidad desde 2008": a verb of holding
            # stands for the title; the article's title for the person fills the role later
            held_by_verb = _nearest(holding, lo, hi, reach)
        if role is None and held_by_verb is None:
            continue
        own = [p for p in people if p.entity >= 0]
        before = [p for p in own if p.end <= lo]
        # the subject, which opens the clause ("Obergfell lehrt … wo sie von 2016 bis 2021 …"), else the nearest
        person = before[0] if before else _nearest(own, lo, hi, len(view.text)) if own else antecedent
        if person is None:
            continue
        anchor_hit = role or held_by_verb
        org = _nearest(orgs, anchor_hit.start, anchor_hit.end, ORG_REACH)
        pieces = [(lo, hi), (anchor_hit.start, anchor_hit.end)]
        if person.sentence == view.index:
            pieces.append((person.start, person.end))
        evidence = evidence_span(view, pieces)
        common = {"person": person.entity, "person_mention": person, "org": org, "org_strong": org is not None,
                  "role": role.value if role else None, "interim": False, "status": "reported", "evidence": evidence,
                  "sentence": view.index}
        out.append(Candidate(kind="start_position", cause=None, date=first.value, **common))
        if last is not None:
            out.append(Candidate(kind="end_position", cause="unknown", date=last.value, **common))
    return out
