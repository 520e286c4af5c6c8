"""Positions over time: intervals (person, organization, role, start, end, end cause).

Reported facts of one person at one organization are read in date order: a start opens
a post, an end closes the open post (or records one whose start the record never saw),
a leave keeps the post. Planned, rumoured and denied changes are kept apart as intervals
of their own status, so "who held the post" never rests on a rumour.
"""

from __future__ import annotations

from collections import defaultdict

from peoplemoves.resolve.records import Fact, Position

_ORDER = {"start_position": 0, "leave_of_absence": 1, "end_position": 2}


def _sort_key(fact: Fact) -> tuple[str, int]:
    # undated starts go first and undated ends last: the only order that makes an interval
    if fact.date:
        return fact.date.ljust(10, "0"), _ORDER[fact.kind]
    return ("0000" if fact.kind == "start_position" else "9999"), _ORDER[fact.kind]


def build_positions(facts: list[Fact]) -> list[Position]:
    reported: dict[tuple[int, int | None], list[Fact]] = defaultdict(list)
    positions: list[Position] = []
    for fact in facts:
        if fact.status == "reported":
            reported[(fact.person_id, fact.org_id)].append(fact)
        elif fact.kind != "leave_of_absence":
            positions.append(_single(fact))
    for (person, org), group in reported.items():
        open_posts: list[Position] = []
        for fact in sorted(group, key=_sort_key):
            if fact.kind == "start_position":
                open_posts.append(Position(person, org, fact.role, fact.date, None, None, "reported", fact.interim,
                                           fact.ident, None, fact.learned_at))
            elif fact.kind == "end_position":
                post = _matching(open_posts, fact.role)
                if post is None:
                    positions.append(Position(person, org, fact.role, None, fact.date, fact.cause, "reported", False,
                                              None, fact.ident, fact.learned_at))
                    continue
                open_posts.remove(post)
                post.end_date, post.end_cause, post.end_fact = fact.date, fact.cause, fact.ident
                post.role = post.role or fact.role
                post.learned_at = max(post.learned_at, fact.learned_at)
                positions.append(post)
        positions.extend(open_posts)
    return positions


def _matching(open_posts: list[Position], role: str | None) -> Position | None:
    """The open post an end closes: the same role if named, else the latest opened."""
    if not open_posts:
        return None
    same = [p for p in open_posts if role and p.role == role]
    return (same or open_posts)[-1]


def _single(fact: Fact) -> Position:
    start = fact.date if fact.kind == "start_position" else None
    end = fact.date if fact.kind == "end_position" else None
    return Position(fact.person_id, fact.org_id, fact.role, start, end, fact.cause, fact.status, fact.interim,
                    fact.ident if fact.kind == "start_position" else None,
                    fact.ident if fact.kind == "end_position" else None, fact.learned_at)
