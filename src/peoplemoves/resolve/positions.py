"""Positions over time: intervals (person, organization, role, start, end, end cause).

A position is one post: (person, organization, canonical role), an interim post apart from
the permanent one. It is built from evidence:
- reported starts open a post; an end closes only the post of the same role (or, with no
  role named, the one post left open); a leave keeps the post (so it shows the post was held);
- a successor's start closes the previous holder's open tenure of a post one person holds at
  a time (``single_seat``): an interim post closes only interim ones;
- holding observations ("CEO X said…") prove the post was held on the document's date: they
  give bounds ("by D", "still on D") and make a post of their own when nothing else tells it;
  "former CEO X" closes an open post by that date;
- planned moves with an effective date are intervals of their own ("scheduled"); rumoured and
  denied ones too, so "who held the post" never rests on a rumour.
Events of one day or of a coarser date are ordered by what the texts say: when a later
observation shows the person in the post, a departure comes before a start (a return).
"""

from __future__ import annotations

from collections import defaultdict

from peoplemoves.languages import canonical_role, single_seat
from peoplemoves.resolve.records import Fact, HeldObservation, Position

PostKey = tuple[int, int | None]  # (person, organization)


def _day(date: str | None) -> str:
    """A comparable day: a coarse date counts from its first day ("2023-11" -> "2023-11-01")."""
    if not date:
        return ""
    parts = date.split("-")
    return "-".join([parts[0], *(parts[1:] or ["01"]), *([] if len(parts) > 2 else ["01"])])[:10]


def _covers(p: Position, day: str) -> bool:
    return (p.start_date is None or _day(p.start_date) <= day) and (p.end_date is None or day < _day(p.end_date))


def build_positions(facts: list[Fact], observations: list[HeldObservation] = ()) -> list[Position]:
    reported: dict[PostKey, list[Fact]] = defaultdict(list)
    positions: list[Position] = []
    for fact in facts:
        if fact.status == "reported":
            reported[(fact.person_id, fact.org_id)].append(fact)
        elif fact.kind != "leave_of_absence":
            positions.append(_single(fact))
    seen_later: dict[tuple[int, int | None, str | None], str] = {}
    for o in observations:
        if o.tense == "current" and o.date:
            key = (o.person_id, o.org_id, canonical_role(o.role))
            seen_later[key] = max(seen_later.get(key, ""), _day(o.date))
    for (person, org), group in reported.items():
        positions.extend(_intervals(person, org, group, seen_later))
    _apply_planned_ends(positions, facts)
    _attach_observations(positions, observations)
    _close_by_successors(positions)
    return positions


def _intervals(person: int, org: int | None, group: list[Fact], seen_later: dict) -> list[Position]:
    ends = [_day(f.date) for f in group if f.kind == "end_position" and f.date]

    def order(fact: Fact) -> tuple[str, int]:
        if fact.returns_after and not fact.date:  # a return: after the latest departure the record dates
            return (max(ends) if ends else "9999"), 3
        later = seen_later.get((person, org, canonical_role(fact.role)), "")
        returned = bool(later) and later >= _day(fact.date)  # the person is seen in the post afterwards
        rank = {"end_position": 0, "start_position": 1, "leave_of_absence": 2} if returned else \
            {"start_position": 0, "leave_of_absence": 1, "end_position": 2}
        if not fact.date:  # undated starts go first and undated ends last: the only order that makes an interval
            return ("0000" if fact.kind == "start_position" else "9999"), rank[fact.kind]
        return _day(fact.date), rank[fact.kind]

    out: list[Position] = []
    open_posts: list[Position] = []
    for fact in sorted(group, key=order):
        role = canonical_role(fact.role)
        if fact.kind == "start_position":
            same = [p for p in open_posts if p.role == role and p.interim == fact.interim and role]
            if same:  # told again (a second source dated apart): the post is already open
                continue
            open_posts.append(Position(person, org, role, fact.date, None, None, "reported", fact.interim,
                                       fact.ident, None, fact.learned_at))
        elif fact.kind == "end_position":
            post = _matching(open_posts, role)
            if post is None:
                out.append(Position(person, org, role, None, fact.date, fact.cause, "reported", False,
                                    None, fact.ident, fact.learned_at))
                continue
            open_posts.remove(post)
            post.end_date, post.end_cause, post.end_fact = fact.date, fact.cause, fact.ident
            post.role = post.role or role
            post.learned_at = min(post.learned_at, fact.learned_at)
            out.append(post)
        elif role and not _matching(open_posts, role, strict=True):
            # on leave from a post is holding it: the post was held before the record
            open_posts.append(Position(person, org, role, None, None, None, "reported", False, None, None,
                                       fact.learned_at))
    return out + open_posts


def _matching(open_posts: list[Position], role: str | None, strict: bool = False) -> Position | None:
    """The open post an end closes: the same role; with no role named, the only or latest open post."""
    if not open_posts:
        return None
    same = [p for p in open_posts if role and p.role == role]
    if same:
        return same[-1]
    if strict:
        return None
    if role is None or any(p.role is None for p in open_posts):
        untitled = [p for p in open_posts if p.role is None]
        return (untitled or open_posts)[-1]
    return None


def _apply_planned_ends(positions: list[Position], facts: list[Fact]) -> None:
    """A departure announced for a date takes effect then, unless a later source says otherwise."""
    for fact in facts:
        if fact.status != "planned" or fact.kind != "end_position" or not fact.date:
            continue
        role = canonical_role(fact.role)
        open_posts = [p for p in positions if p.status == "reported" and p.end_date is None
                      and (p.person_id, p.org_id) == (fact.person_id, fact.org_id) and (role is None or p.role == role)]
        if open_posts:
            post = open_posts[-1]
            post.end_date, post.end_cause, post.end_fact = fact.date, fact.cause, fact.ident


def _attach_observations(positions: list[Position], observations: list[HeldObservation]) -> None:
    """Bounds from observations, and a post of its own for one that nothing else tells."""
    by_post: dict[tuple[int, int | None, str], list[Position]] = defaultdict(list)
    for p in positions:
        if p.status == "reported" and p.role:
            by_post[(p.person_id, p.org_id, p.role)].append(p)
    for o in sorted(observations, key=lambda o: (_day(o.date), o.tense)):
        key = (o.person_id, o.org_id, canonical_role(o.role) or o.role)
        posts = by_post[key]
        day = _day(o.date)
        if o.tense == "past":
            if not day:
                continue
            for p in posts:  # "former CEO X" on D: an open tenure had ended by D
                if p.end_date is None and (p.start_date is None or _day(p.start_date) < day) and \
                        (p.last_seen is None or _day(p.last_seen) < day):
                    p.end_date, p.end_cause = o.date, None
                    p.observations.append(o)
            continue
        home = next((p for p in posts if not day or _covers(p, day)), None)
        if home is None and day:
            # held on D, and no known tenure says otherwise: a post of its own
            if any(p.start_date is None or _day(p.start_date) > day for p in posts if p.end_date) or \
                    any(p.end_date and _day(p.end_date) <= day for p in posts):
                continue  # the record tells this tenure ended before D: the change wins over a stale title
            home = Position(o.person_id, o.org_id, key[2], None, None, None, "reported", False, None, None,
                            o.learned_at)
            posts.append(home)
            positions.append(home)
        if home is None:
            continue
        home.observations.append(o)
        if o.date:
            home.first_seen = min(filter(None, [home.first_seen, o.date]), key=_day)
            home.last_seen = max(filter(None, [home.last_seen, o.date]), key=_day)
        home.learned_at = min(home.learned_at, o.learned_at)


def _close_by_successors(positions: list[Position]) -> None:
    """A new holder's start ends the previous holder's open tenure of a post one person holds at a time."""
    seats: dict[tuple[int | None, str], list[Position]] = defaultdict(list)
    for p in positions:
        if p.status == "reported" and p.org_id is not None and single_seat(p.role):
            seats[(p.org_id, p.role)].append(p)
    for posts in seats.values():
        starts = sorted((p for p in posts if p.start_date and p.start_fact is not None),
                        key=lambda p: _day(p.start_date))
        for p in posts:
            if p.end_date is not None:
                continue
            begun = _day(p.start_date) if p.start_date else ""
            seen = _day(p.last_seen) if p.last_seen else ""
            successor = next(
                (q for q in starts if q.person_id != p.person_id and _day(q.start_date) > max(begun, seen)
                 and (p.interim or not q.interim)),
                None,
            )
            if successor is not None:
                p.end_date, p.end_cause, p.end_fact = successor.start_date, "succeeded", successor.start_fact


def _single(fact: Fact) -> Position:
    start = fact.date if fact.kind == "start_position" else None
    end = fact.date if fact.kind == "end_position" else None
    return Position(fact.person_id, fact.org_id, canonical_role(fact.role), start, end, fact.cause, fact.status,
                    fact.interim, fact.ident if fact.kind == "start_position" else None,
                    fact.ident if fact.kind == "end_position" else None, fact.learned_at)
