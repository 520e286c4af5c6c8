"""Ask a store "who held role R at organization O on date D" as a user does, and score the answers.

A question file holds ``{"questions": [{"org", "role", "at", "expect": [...], "forbid": [...]}]}``:
every name in ``expect`` must be among the holders of that role on that date, no name in
``forbid`` may be. Names match by any surface form of the person (the record's look-up), roles
after the usual synonyms (the ``--role`` filter of ``who``).
"""

from __future__ import annotations

import contextlib
import io
import json
from dataclasses import dataclass, field
from pathlib import Path

from peoplemoves.cli.main import main
from peoplemoves.serve import queries as q
from peoplemoves.serve.db import open_readonly


@dataclass
class Answer:
    question: dict
    holders: list[str]
    problems: list[str] = field(default_factory=list)

    @property
    def right(self) -> bool:
        return not self.problems


def gold_forms(gold: dict) -> dict[str, list[str]]:
    """Every surface form a gold file gives each person and organization, by canonical name."""
    return {e["name"]: list(e.get("mentions", [])) for e in [*gold.get("people", []), *gold.get("orgs", [])]}


def who(db_path: Path, org: str, role: str, at: str) -> dict | None:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["who", org, "--role", role, "--at", at, "--json", "--db", str(db_path)])
    return json.loads(out.getvalue()) if code == 0 else None


def _person_id(db, name: str) -> int | None:
    try:
        match, _ = q.find_entity(db, name, "person")
    except q.NotFound:
        return None
    return match.entity.id if match.how in {"exact", "prefix"} else None


def ask(db_path: Path, question: dict, forms: dict[str, list[str]] | None = None) -> Answer:
    """``forms``: every surface form of a name (a gold file's mentions), tried as a user would try them."""
    forms = forms or {}
    answer = None
    for org in [question["org"], *forms.get(question["org"], [])]:
        answer = who(db_path, org, question["role"], question["at"])
        if answer is not None:
            break
    if answer is None:
        wanted = question.get("expect", [])
        return Answer(question, [], [f"no organization {question['org']!r}"] if wanted else [])
    holder_ids = {h["person"]["id"] for h in answer["holders"]}
    holders = [h["person"]["name"] for h in answer["holders"]]
    db = open_readonly(db_path)
    try:
        problems = []
        def ids(name: str) -> set[int]:
            return {i for i in (_person_id(db, f) for f in [name, *forms.get(name, [])]) if i is not None}

        for name in question.get("expect", []):
            if not ids(name) & holder_ids:
                problems.append(f"{name} missing")
        for name in question.get("forbid", []):
            if ids(name) & holder_ids:
                problems.append(f"{name} listed")
    finally:
        db.close()
    return Answer(question, holders, problems)
