"""Shared helpers for the per-language extraction tests (tests/test_extract_*.py).

A case is one short invented article (a dateline with the publication date, then one or two
sentences of newsroom prose) run through the real pipeline: ``clean_document`` then
``extract_document``. It states the events it must yield, field by field; fields left out are
not checked. People are compared after ``names.fold`` with the event's canonical name and with
every surface form the document gives that person, so a test can name a person the way the text
writes them (赵明远, 佐藤浩二, Ирину Волкову).

All cases are dated Wednesday 12 March 2025, so "last Thursday" is 2025-03-06, "on Sunday"
2025-03-09, 上周三 2025-03-05, 지난달 2025-02.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

import pytest

from peoplemoves.extract import DocumentExtraction, Event, extract_document
from peoplemoves.ingest import RawDocument, clean_document
from peoplemoves.languages import canonical_role
from peoplemoves.names import fold

PUBLISHED = "2025-03-12"

#: the dateline each language's cases open with (all give 12 March 2025)
DATELINES = {
    "en": "LONDON, March 12, 2025",
    "zh-Hans": "【本报讯】2025年3月12日",
    "zh-Hant": "【記者報導】2025年3月12日",
    "ja": "2025年3月12日",
    "ko": "2025년 3월 12일",
    "es": "MADRID, 12 de marzo de 2025",
    "it": "MILANO, 12 marzo 2025",
    "fr": "PARIS, 12 mars 2025",
    "de": "FRANKFURT, 12. März 2025",
    "pt": "SÃO PAULO, 12 de março de 2025",
    "ru": "МОСКВА, 12 марта 2025 г.",
}

@dataclass(frozen=True)
class Want:
    """One event the article must yield; only the fields given are compared."""

    kind: str
    person: str
    fields: tuple[tuple[str, Any], ...] = ()


def want(kind: str, person: str, **fields: Any) -> Want:
    """``want("end_position", "Anna Berg", cause="resigned", date="2025-03-06")``."""
    return Want(kind, person, tuple(sorted(fields.items())))


def start(person: str, **fields: Any) -> Want:
    return want("start_position", person, **fields)


def end(person: str, **fields: Any) -> Want:
    return want("end_position", person, **fields)


def leave(person: str, **fields: Any) -> Want:
    return want("leave_of_absence", person, **fields)


@dataclass(frozen=True)
class Case:
    """An article, what it must yield, and what it must not."""

    name: str
    lang: str
    body: str
    wants: tuple[Want, ...] = ()
    no_events: bool = False  # the article states no leadership change at all
    never_reported: bool = False  # denials and rumours: no event may come out as "reported"
    exclusive: bool = False  # every event must be one of the wanted ones (no phantom people)
    xfail: str | None = None  # an engine limitation, stated precisely
    dateline: bool = True

    @property
    def text(self) -> str:
        head = DATELINES[self.lang] + "\n\n" if self.dateline else ""
        return head + self.body


def case(
    name: str,
    lang: str,
    body: str,
    *wants: Want,
    no_events: bool = False,
    never_reported: bool = False,
    exclusive: bool = False,
    xfail: str | None = None,
) -> Case:
    return Case(name, lang, body, wants, no_events, never_reported, exclusive, xfail)


@cache
def extract(text: str, name: str = "case") -> DocumentExtraction:
    """Clean and extract one article (cached: each text runs through the pipeline once)."""
    return extract_document(clean_document(RawDocument(name=name, source=f"{name}.txt", text=text)))


def mentions_of(ex: DocumentExtraction, event: Event) -> set[str]:
    """Every folded surface form of the event's person in this document."""
    forms = {fold(event.person), *(fold(m) for m in event.person_mentions)}
    for person in ex.people:
        if person.name == event.person:
            forms.update(fold(m) for m in person.mentions)
    return forms


def is_person(ex: DocumentExtraction, event: Event, person: str) -> bool:
    return fold(person) in mentions_of(ex, event)


def describe(ex: DocumentExtraction) -> str:
    """The events of a document, one a line, for assertion messages."""
    if not ex.events:
        return f"no events; people={[p.name for p in ex.people]} orgs={[o.name for o in ex.orgs]}"
    rows = [
        f"{e.kind} {e.person!r} {e.person_mentions} org={e.org!r} role={e.role!r} cause={e.cause} "
        f"interim={e.interim} date={e.date} status={e.status}"
        for e in ex.events
    ]
    return "\n  ".join(["events:", *rows])


def _agree(event: Event, fields: tuple[tuple[str, Any], ...]) -> list[str]:
    wrong = []
    for key, expected in fields:
        got = event.person if key == "name" else getattr(event, key)  # name: the canonical name, exactly
        if key == "org" and expected is not None and got is not None:
            same = fold(got) == fold(expected)
        elif key == "role":
            same = canonical_role(got) == canonical_role(expected)  # "chairman" and "chair" are one role
        else:
            same = got == expected
        if not same:
            wrong.append(f"{key}={got!r} (want {expected!r})")
    return wrong


def check(c: Case) -> None:
    """Assert the article yields what the case wants, and nothing it rules out."""
    ex = extract(c.text, c.name)
    if c.dateline:
        assert ex.published == PUBLISHED, f"published={ex.published}"
    assert ex.languages and ex.languages[0] == c.lang, f"languages={ex.languages}"
    if c.no_events:
        assert not ex.events, describe(ex)
    if c.never_reported:
        assert all(e.status != "reported" for e in ex.events), describe(ex)
    if c.exclusive:
        stray = [e for e in ex.events if not any(e.kind == w.kind and is_person(ex, e, w.person) for w in c.wants)]
        assert not stray, f"unexpected events; {describe(ex)}"
    for w in c.wants:
        candidates = [e for e in ex.events if e.kind == w.kind and is_person(ex, e, w.person)]
        assert candidates, f"no {w.kind} of {w.person}; {describe(ex)}"
        problems = [_agree(e, w.fields) for e in candidates]
        best = min(problems, key=len)
        assert not best, f"{w.kind} of {w.person}: {', '.join(best)}; {describe(ex)}"


def params(cases: list[Case]) -> list[Any]:
    """pytest parameters, one per case, with the engine limitations marked xfail (strict)."""
    out = []
    for c in cases:
        marks = [pytest.mark.xfail(reason=c.xfail, strict=True)] if c.xfail else []
        out.append(pytest.param(c, id=f"{c.lang}-{c.name}", marks=marks))
    return out
