"""Assemble leadership-change events from the mentions of one sentence.

Triggers cut a sentence into zones. A trigger claims the people of its own zone: the
text since the previous trigger ("Murati resigned") or, for verbs that act on someone
(appointing, firing) and for lists that follow a verb ("…resigned too: Zoph and
McGrew"), the text up to the next trigger. Of a zone's people the one nearest the
trigger is taken with those listed beside it. Role, organization, date, status and the
interim flag are then read from what stands nearest each person and trigger.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from peoplemoves.extract.lexicon import Hit
from peoplemoves.extract.orgs import OrgMention
from peoplemoves.extract.people import NameMention
from peoplemoves.extract.view import SentenceView
from peoplemoves.temporal import DateMention

EVIDENCE_MAX = 200
#: how far (characters) a person may stand from the trigger that claims them
REACH = 160
#: how close (characters) a negation must stand before a trigger to cancel it
NEGATION_REACH = 12


@dataclass(frozen=True)
class Trigger:
    start: int
    end: int
    kind: str  # start_position | end_position | leave_of_absence | succession
    cause: str | None

    @property
    def acts_on_someone(self) -> bool:
        """Appointing and firing name their object after the verb in SVO languages."""
        return self.kind == "start_position" or self.cause == "dismissed" or self.kind == "succession"


@dataclass
class Candidate:
    """One event as read from one sentence, before the document merges repeats."""

    kind: str
    person: int  # person entity id
    person_mention: NameMention
    org: OrgMention | None
    role: str | None
    cause: str | None
    interim: bool
    date: str | None
    status: str
    evidence: tuple[int, int]  # offsets in the sentence text
    sentence: int


def parse_trigger(hit: Hit) -> Trigger | None:
    kind, _, cause = hit.value.partition(":")
    if kind not in {"start_position", "end_position", "leave_of_absence", "succession"}:
        return None
    if kind == "end_position":
        cause = cause or "unknown"
    return Trigger(hit.start, hit.end, kind, cause or None)


def _gap_is_list(view: SentenceView, a: NameMention, b: NameMention, skip: list[tuple[int, int]]) -> bool:
    """Whether only commas, conjunctions, roles and organizations stand between two names."""
    lo, hi = (a.end, b.start) if a.end <= b.start else (b.end, a.start)
    gap = list(view.text[lo:hi])
    for s, e in skip:
        for i in range(max(s, lo), min(e, hi)):
            gap[i - lo] = " "
    rest = re.sub(r"[(（][^)）]*[)）]", " ", "".join(gap))
    if not view.lexicon.spaced:
        return len(re.sub(r"[\s,，、]", "", rest)) <= 2
    words = re.findall(r"[^\W\d_]+", rest)
    stop = view.lexicon.stopwords | view.english.stopwords
    return len(words) <= 3 and all(w.lower() in stop for w in words)


def claim_people(
    view: SentenceView,
    triggers: list[Trigger],
    people: list[NameMention],
    roles: list[Hit],
    orgs: list[OrgMention],
) -> list[list[NameMention]]:
    """For each trigger, the people it is about."""
    skip = [(h.start, h.end) for h in roles] + [(o.start, o.end) for o in orgs]
    claimed: list[list[NameMention]] = []
    bounds = [0] + [t.end for t in triggers]
    ends = [t.start for t in triggers] + [len(view.text)]
    subject_markers = view.subject_particles
    for i, trig in enumerate(triggers):
        before = [p for p in people if bounds[i] <= p.start and p.end <= trig.start and trig.start - p.end <= REACH]
        after = [p for p in people if trig.end <= p.start and p.end <= ends[i + 1] and p.start - trig.end <= REACH]
        if view.verb_final:
            zone = before
            if trig.acts_on_someone and len(zone) > 1 and subject_markers:
                zone = [p for p in zone if not view.text[p.end : p.end + 2].lstrip().startswith(subject_markers)]
        elif trig.acts_on_someone:
            zone = after or before
        else:
            zone = before or after
        if not zone:
            claimed.append([])
            continue
        nearest = min(zone, key=lambda p: min(abs(p.end - trig.start), abs(p.start - trig.end)))
        group = [nearest]
        ordered = sorted(zone, key=lambda p: p.start)
        k = ordered.index(nearest)
        for step in (-1, 1):
            j, prev = k + step, nearest
            while 0 <= j < len(ordered) and _gap_is_list(view, prev, ordered[j], skip):
                group.append(ordered[j])
                prev = ordered[j]
                j += step
        claimed.append(sorted({id(p): p for p in group}.values(), key=lambda p: p.start))
    return claimed


def _nearest(items: list, start: int, end: int, limit: int = REACH):
    best, best_d = None, limit + 1
    for item in items:
        d = item.start - end if item.start >= end else (start - item.end if item.end <= start else 0)
        if d < best_d:
            best, best_d = item, d
    return best


def pick_role(view: SentenceView, person: NameMention, trig: Trigger, roles: list[Hit]) -> Hit | None:
    """Start events take the role named after the verb ("named CEO"); others the role beside the name."""
    if trig.kind == "start_position" or trig.kind == "succession":
        after = [r for r in roles if r.start >= trig.end and r.start - trig.end <= 60]
        if after:
            return min(after, key=lambda r: r.start)
    return _nearest(roles, person.start, person.end, limit=50) or _nearest(roles, trig.start, trig.end, limit=30)


def pick_org(person: NameMention, role: Hit | None, trig: Trigger, orgs: list[OrgMention]) -> OrgMention | None:
    if role is not None:
        near_role = _nearest(orgs, role.start, role.end, limit=25)
        if near_role:
            return near_role
    return _nearest(orgs, person.start, person.end, limit=80) or _nearest(orgs, trig.start, trig.end, limit=120)


def pick_date(dates: list[DateMention], trig: Trigger) -> str | None:
    resolved = [d for d in dates if d.value]
    if not resolved:
        return None
    rank = {"day": 0, "month": 1, "year": 2}
    near = _nearest(resolved, trig.start, trig.end, limit=10_000)
    close = [d for d in resolved if abs(d.start - near.start) <= 40]
    return min(close, key=lambda d: rank.get(d.precision, 3)).value


def status_of(view: SentenceView, trig: Trigger, cues: dict[str, list[Hit]]) -> str | None:
    """reported / planned / rumored / denied, or None when the sentence says it did not happen."""
    if cues.get("denial"):
        return "denied"
    for neg in cues.get("negation", []):
        if neg.end <= trig.start and trig.start - neg.end <= NEGATION_REACH:
            return None
    if cues.get("rumor"):
        return "rumored"
    if any(f.end <= trig.start + 2 and trig.start - f.end <= 40 for f in cues.get("future", [])):
        return "planned"
    return "reported"


def is_interim(cues: dict[str, list[Hit]], role: Hit | None) -> bool:
    interim = cues.get("interim", [])
    if not interim:
        return False
    if role is None:
        return True
    return any(abs(c.start - role.end) <= 25 or abs(role.start - c.end) <= 25 for c in interim)


def evidence_span(view: SentenceView, pieces: list[tuple[int, int]]) -> tuple[int, int]:
    """The sentence, or a window of it around the trigger and people when it is too long."""
    n = len(view.text)
    if n <= EVIDENCE_MAX:
        return 0, n
    lo = min(s for s, _ in pieces)
    hi = max(e for _, e in pieces)
    if hi - lo >= EVIDENCE_MAX:
        return lo, lo + EVIDENCE_MAX
    pad = (EVIDENCE_MAX - (hi - lo)) // 2
    start = max(0, lo - pad)
    end = min(n, start + EVIDENCE_MAX)
    return max(0, end - EVIDENCE_MAX), end
