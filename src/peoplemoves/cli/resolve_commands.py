"""``resolve`` and ``stories``: the record across documents."""

from __future__ import annotations

import argparse
import json
import sys

from rich.table import Table

from peoplemoves.cli.console import out
from peoplemoves.cli.ingest_commands import add_db_option, open_existing_store
from peoplemoves.resolve import resolve_changes, resolve_store
from peoplemoves.store import writing


def register(commands: argparse._SubParsersAction) -> None:
    p = commands.add_parser("resolve", help="rebuild the record: entities across scripts, stories, facts, positions")
    add_db_option(p)
    p.add_argument("--incremental", action="store_true",
                   help="resolve only what documents new since the last resolve touch"
                        " (a full rebuild when that is not cheaper)")
    p.set_defaults(run=run_resolve)

    p = commands.add_parser("stories", help="documents grouped by story, across languages")
    add_db_option(p)
    p.add_argument("--json", action="store_true", help="one JSON object per story")
    p.set_defaults(run=run_stories)


def run_resolve(args: argparse.Namespace) -> int:
    with open_existing_store(args, repair=False) as store, writing(store.path):
        if getattr(args, "incremental", False):
            report = resolve_changes(store)
            print(report.line(), file=sys.stderr)
            return 0
        res = resolve_store(store)
    people = sum(1 for e in res.entities if e.kind == "person")
    conflicts = sum(1 for f in res.facts if f.conflict)
    print(f"resolve: {people} people, {len(res.entities) - people} organizations, {len(res.stories)} stories, "
          f"{len(res.facts)} facts ({conflicts} with conflicting sources), {len(res.positions)} positions",
          file=sys.stderr)
    return 0


def stories_of(store) -> list[dict]:
    db = store.db
    rows = db.execute("SELECT id, label, first_date, documents, articles FROM stories ORDER BY first_date, id")
    result = []
    for story_id, label, first_date, documents, articles in rows.fetchall():
        docs = [
            {"doc_id": name, "id": doc_id, "lang": lang, "article": article, "published": published}
            for doc_id, name, lang, article, published in db.execute(
                "SELECT d.id, d.name, s.lang, s.article, d.published FROM story_docs s JOIN documents d"
                " ON d.id = s.doc_id WHERE s.story_id = ? ORDER BY s.article, s.lang, d.name",
                (story_id,),
            )
        ]
        result.append({"story": story_id, "label": label, "first_date": first_date, "documents": documents,
                       "articles": articles, "languages": sorted({d["lang"] for d in docs}), "members": docs})
    return result


def run_stories(args: argparse.Namespace) -> int:
    with open_existing_store(args) as store:
        stories = stories_of(store)
    if args.json:
        for s in stories:
            sys.stdout.write(json.dumps(s, ensure_ascii=False) + "\n")
        return 0
    table = Table(title="stories", title_justify="left")
    for column in ("story", "label", "date", "articles", "documents (language, article)"):
        table.add_column(column, overflow="fold")
    for s in stories:
        members = ", ".join(f"{d['doc_id']} ({d['lang']}, {d['article']})" for d in s["members"])
        table.add_row(s["story"], s["label"], s["first_date"] or "", str(s["articles"]), members)
    out.print(table)
    return 0
