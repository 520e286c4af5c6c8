"""``who``, ``moves``, ``person``, ``conflicts`` and ``export``: questions to the record.

Each prints a table for people and, with ``--json``, the same answer the HTTP API gives.
Text from articles (names, roles, evidence) is printed as plain text: no console markup
is interpreted and control characters are dropped, so an article cannot drive the terminal.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

from rich.table import Table
from rich.text import Text

from peoplemoves.cli.console import error, out
from peoplemoves.config import default_db_path
from peoplemoves.serve import FORMATS, NotFound, export, fold, open_store
from peoplemoves.serve import queries as q
from peoplemoves.serve.names import EntityRef, Match

KIND_LABELS = {"start_position": "arrives", "end_position": "leaves", "leave_of_absence": "on leave"}
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _date(full: bool):
    def parse(value: str) -> str:
        try:
            return q.check_date(value, full=full)
        except ValueError as exc:
            raise argparse.ArgumentTypeError(str(exc)) from exc
    parse.__name__ = "date"
    return parse


def _common(p: argparse.ArgumentParser, known_at: bool = True) -> None:
    p.add_argument("--db", type=Path, default=None, help="SQLite database (default: $PEOPLEMOVES_DB or the user's)")
    p.add_argument("--json", action="store_true", help="print the answer as JSON (as the HTTP API gives it)")
    if known_at:
        p.add_argument("--known-at", type=_date(True), default=None, metavar="DATE",
                       help="answer as the record stood on DATE: sources learned later are left out")


def register(commands: argparse._SubParsersAction) -> None:
    p = commands.add_parser("who", help="who held which position at an organization on a date")
    p.add_argument("org", metavar="ORG", help="the organization, by any name in any script")
    p.add_argument("--role", default=None, help="only this role (e.g. 'CEO', 'chief executive')")
    p.add_argument("--at", type=_date(True), default=None, metavar="DATE", help="the date (default: today)")
    _common(p)
    p.set_defaults(run=run_who)

    p = commands.add_parser("moves", help="arrivals, departures and leaves in a period")
    p.add_argument("org", nargs="?", metavar="ORG", help="only this organization")
    p.add_argument("--since", type=_date(False), default=None, metavar="D", help="from D (YYYY, YYYY-MM or a date)")
    p.add_argument("--until", type=_date(False), default=None, metavar="D", help="to D, inclusive")
    p.add_argument("--kind", choices=q.KINDS, default=None, help="only this kind of change")
    p.add_argument("--limit", type=int, default=100, help="at most this many, newest first (default: 100)")
    _common(p)
    p.set_defaults(run=run_moves)

    p = commands.add_parser("person", help="a person's career across organizations, with sources")
    p.add_argument("name", metavar="NAME", help="the person, by any name in any script")
    _common(p)
    p.set_defaults(run=run_person)

    p = commands.add_parser("conflicts", help="facts whose sources disagree, with every value and its sources")
    _common(p)
    p.set_defaults(run=run_conflicts)

    p = commands.add_parser("export", help="the whole record as JSON, CSV or Wikidata-shaped statements")
    p.add_argument("--format", choices=FORMATS, default="json", help="output format (default: json)")
    p.add_argument("-o", "--output", type=Path, default=None, metavar="FILE", help="write here (default: stdout)")
    p.add_argument("--db", type=Path, default=None, help="SQLite database (default: $PEOPLEMOVES_DB or the user's)")
    p.set_defaults(run=run_export)


# -- running --------------------------------------------------------------------------------------


def _print_json(answer: object) -> None:
    sys.stdout.write(json.dumps(q.to_json(answer), ensure_ascii=False, indent=2) + "\n")


def _find(db, name: str, kind: str) -> tuple[Match, list[EntityRef]] | None:
    try:
        return q.find_entity(db, name, kind)
    except NotFound as exc:
        hint = "; did you mean " + ", ".join(f"{_plain(m.entity.name)} ({m.entity.kind})"
                                             for m in exc.suggestions[:5]) + "?" if exc.suggestions else ""
        error(exc.message + hint)
        return None


def _note_match(query: str, match: Match, others: list[EntityRef]) -> None:
    """Say how a name was understood when it was not literally the canonical name."""
    if match.how != "exact" or fold(match.entity.name) != fold(query):
        how = {"exact": "", "prefix": " (by prefix)", "fuzzy": f" (fuzzy, score {match.score:.0f})"}[match.how]
        out.print(Text(f"{query} → {_plain(match.entity.name)}{how}", style="dim"))
    if others:
        out.print(Text("also matches: " + ", ".join(f"{_plain(e.name)} (id {e.id})" for e in others), style="dim"))


def run_who(args: argparse.Namespace) -> int:
    with open_store(args.db or default_db_path()) as store:
        found = _find(store.db, args.org, "org")
        if found is None:
            return 1
        match, others = found
        answer = q.who(store.db, match.entity, at=args.at, role=args.role, known_at=args.known_at)
    answer.matched, answer.alternatives = match, others
    if args.json:
        _print_json(answer)
        return 0
    _note_match(args.org, match, others)
    title = f"{_plain(answer.org.name)} on {answer.at}"
    if answer.known_at:
        title += f", as known on {answer.known_at}"
    if not answer.holders and not answer.unconfirmed:
        out.print(Text(f"{title}: no position on record" + (f" matching role {args.role!r}" if args.role else "")))
        return 0
    table = Table(title=title, title_justify="left")
    table.add_column("role")
    table.add_column("person")
    table.add_column("since", no_wrap=True, min_width=10)
    table.add_column("")
    table.add_column("sources")
    for p in answer.holders + answer.unconfirmed:
        notes = [w for w in ("acting" if p.interim else "", _status_word(p)) if w]
        table.add_row(_t(p.role or "?"), _t(p.person.name), _t(since(p)),
                      _t(", ".join(notes)), _t(_sources_note(p.start_fact)))
    out.print(table)
    return 0


def since(p: q.Position, unknown: str = "before the record") -> str:
    """A start as the evidence bounds it: a date, "by D" (an observation shows it held on D), or unknown."""
    if p.start_date:
        return p.start_date
    return f"by {p.first_seen}" if p.first_seen else unknown


def until(p: q.Position) -> str:
    """An end: a date, "still on D" (the latest observation), "?" (an end with no date), or "now"."""
    if p.end_date:
        return p.end_date if p.end_fact is not None else f"by {p.end_date}"
    if p.end_fact is not None:
        return "?"
    return f"still on {p.last_seen}" if p.last_seen else "now"


def _status_word(p: q.Position) -> str:
    if p.scheduled:
        return "scheduled"
    return p.status if p.status != "reported" else ""


def run_moves(args: argparse.Namespace) -> int:
    if args.since and args.until and args.since[:len(args.until)] > args.until[:len(args.since)]:
        error(f"--since {args.since} is after --until {args.until}")
        return 2
    with open_store(args.db or default_db_path()) as store:
        match, others = None, []
        if args.org:
            found = _find(store.db, args.org, "org")
            if found is None:
                return 1
            match, others = found
        answer = q.moves(store.db, match.entity if match else None, since=args.since, until=args.until,
                         kind=args.kind, known_at=args.known_at, limit=max(args.limit, 0))
    answer.matched = match
    if args.json:
        _print_json(answer)
        return 0
    if match is not None:
        _note_match(args.org, match, others)
    period = " ".join(x for x in (f"from {args.since}" if args.since else "", f"to {args.until}" if args.until else "")
                      if x) or "all dates"
    where = _plain(answer.org.name) if answer.org else "all organizations"
    title = f"moves at {where}, {period}" + (f", as known on {args.known_at}" if args.known_at else "")
    if not answer.moves:
        out.print(Text(f"{title}: none on record"))
        return 0
    table = Table(title=f"{title} ({len(answer.moves)} of {answer.total})", title_justify="left")
    _fact_columns(table)
    for f in answer.moves:
        table.add_row(*_fact_cells(f))
    out.print(table)
    return 0


def _fact_columns(table: Table, person: bool = True) -> None:
    table.add_column("date", no_wrap=True, min_width=10)
    for column in ("change", *(("person",) if person else ()), "role", "organization", "cause", "sources"):
        table.add_column(column)


def _fact_cells(f: q.Fact, person: bool = True) -> list[Text]:
    change = KIND_LABELS.get(f.kind, f.kind) + (" (acting)" if f.interim else "")
    if f.status != "reported":
        change += f" [{f.status}]"
    cells = [_t(f.date or "undated"), _t(change), _t(f.person.name), _t(f.role or ""),
             _t(f.org.name if f.org else ""), _t(f.cause or ""), _t(_sources_note(f))]
    return cells if person else cells[:2] + cells[3:]


def _sources_note(f: q.Fact | None) -> str:
    if f is None:
        return ""
    note = f"{f.documents} ({', '.join(f.languages)})"
    if f.conflict:
        note += " ⚠ disputed: " + ", ".join(d.field for d in f.disputed)
    return note


def run_person(args: argparse.Namespace) -> int:
    with open_store(args.db or default_db_path()) as store:
        found = _find(store.db, args.name, "person")
        if found is None:
            return 1
        match, others = found
        answer = q.person(store.db, match.entity, known_at=args.known_at)
    answer.matched, answer.alternatives = match, others
    if args.json:
        _print_json(answer)
        return 0
    _note_match(args.name, match, others)
    head = _plain(answer.person.name) + (f" ({_plain(answer.person.native)})" if answer.person.native else "")
    out.print(Text(head, style="bold"))
    forms = [a.alias for a in answer.aliases if a.alias != answer.person.name]
    if forms:
        out.print(Text("also written: " + ", ".join(_plain(f) for f in forms)))
    if answer.positions:
        table = Table(title="career" + (f", as known on {args.known_at}" if args.known_at else ""),
                      title_justify="left")
        table.add_column("from", no_wrap=True, min_width=10)
        table.add_column("to", no_wrap=True, min_width=10)
        for column in ("role", "organization", "", "sources"):
            table.add_column(column)
        for p in answer.positions:
            notes = ", ".join(x for x in ("acting" if p.interim else "", p.end_cause or "", _status_word(p)) if x)
            facts = [f for f in (p.start_fact, p.end_fact) if f]
            seen = f"{len(p.observations)} observation(s)" if p.observations else ""
            table.add_row(_t(since(p, "…")), _t(until(p)), _t(p.role or "?"),
                          _t(p.org.name if p.org else "?"), _t(notes),
                          _t("; ".join([*(_sources_note(f) for f in facts), *([seen] if seen else [])])))
        out.print(table)
    observations = [o for p in answer.positions for o in p.observations]
    if observations:
        table = Table(title="held, as sources say in passing", title_justify="left")
        for column in ("date", "", "role", "organization", "lang", "evidence"):
            table.add_column(column)
        for o in sorted(observations, key=lambda o: o.date or ""):
            table.add_row(_t(o.date or "undated"), _t("former" if o.tense == "past" else "holds"), _t(o.role),
                          _t(o.org.name if o.org else "?"), _t(o.lang), _t(o.evidence))
        out.print(table)
    if answer.facts:
        table = Table(title="facts", title_justify="left")
        _fact_columns(table, person=False)
        for f in answer.facts:
            table.add_row(*_fact_cells(f, person=False))
        out.print(table)
    if not answer.positions and not answer.facts:
        out.print(Text("nothing on record" + (f" as known on {args.known_at}" if args.known_at else "")))
    return 0


def run_conflicts(args: argparse.Namespace) -> int:
    with open_store(args.db or default_db_path()) as store:
        facts = q.conflicts(store.db, known_at=args.known_at)
    if args.json:
        sys.stdout.write(json.dumps([q.to_json(f) for f in facts], ensure_ascii=False, indent=2) + "\n")
        return 0
    if not facts:
        out.print(Text("no conflicts: every fact's sources agree"))
        return 0
    for f in facts:
        change = KIND_LABELS.get(f.kind, f.kind)
        out.print(Text(f"{_plain(f.person.name)} {change} {_plain(f.org.name) if f.org else ''} "
                       f"(fact {f.id}, {f.documents} sources)", style="bold"))
        for d in f.disputed:
            for v in d.values:
                docs = ", ".join(f"{s.lang} {_plain(s.doc_name or s.doc_id)}" for s in v.sources)
                out.print(Text(f"  {d.field} = {_plain(str(v.value))}: {docs}"))
    return 0


def run_export(args: argparse.Namespace) -> int:
    with open_store(args.db or default_db_path()) as store:
        if args.output is None:
            count = export(store.db, args.format, sys.stdout)
        else:
            try:
                with open(args.output, "w", encoding="utf-8", newline="") as handle:
                    count = export(store.db, args.format, handle)
            except OSError as exc:
                error(f"cannot write {args.output}: {exc.strerror or exc}")
                return 1
    what = "items" if args.format == "wikidata" else "facts"
    print(f"export: {count} {what} as {args.format}" + (f" to {args.output}" if args.output else ""), file=sys.stderr)
    return 0


def _plain(text: str | None) -> str:
    """Article text for a terminal: no control characters, no bidi overrides."""
    return _CONTROL.sub("", text or "")


def _t(text: str) -> Text:
    return Text(_plain(text))
