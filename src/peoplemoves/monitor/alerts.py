"""Watch rules and the alerts they raise when the record gains a matching move.

A rule names an organization, a person and/or a role (any script, as queries take them) and
optionally a kind of change. An alert is keyed by the move as the record tells it (person,
organization, kind, role, date, status): the same move learned again from another poll or a
translation raises nothing; a new source that changes its date, role or status raises a new one.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import asdict, dataclass

from peoplemoves.languages import canonical_role
from peoplemoves.monitor.state import MonitorStore
from peoplemoves.serve import queries as q


@dataclass(frozen=True)
class AlertRule:
    id: int
    org: str | None
    person: str | None
    role: str | None
    kind: str | None
    webhook: str | None

    def describe(self) -> str:
        parts = [f"{k} {v!r}" for k, v in (("org", self.org), ("person", self.person), ("role", self.role),
                                            ("kind", self.kind)) if v]
        return ", ".join(parts) or "every move"


@dataclass
class Alert:
    rule_id: int
    rule: str
    kind: str
    person: str
    org: str | None
    role: str | None
    date: str | None
    status: str
    cause: str | None
    sources: list[dict]  # document, language, URL, evidence

    def key(self) -> str:
        return json.dumps([self.person, self.org, self.kind, canonical_role(self.role), self.date, self.status],
                          ensure_ascii=False)

    def to_json(self) -> dict:
        return asdict(self)


def _entity_id(db: sqlite3.Connection, name: str | None, kind: str) -> int | bool | None:
    """The entity a rule names; False when the record does not know it (yet)."""
    if not name:
        return None
    try:
        match, _ = q.find_entity(db, name, kind)
    except q.NotFound:
        return False
    return match.entity.id if match.how != "fuzzy" else False


def _matching_facts(db: sqlite3.Connection, rule: AlertRule) -> list[q.Fact]:
    org = _entity_id(db, rule.org, "org")
    person = _entity_id(db, rule.person, "person")
    if org is False or person is False:
        return []
    sql, params = "SELECT id FROM facts WHERE 1 = 1", []
    if org is not None:
        sql += " AND org_id = ?"
        params.append(org)
    if person is not None:
        sql += " AND person_id = ?"
        params.append(person)
    if rule.kind:
        sql += " AND kind = ?"
        params.append(rule.kind)
    facts = q.load_facts(db, [r[0] for r in db.execute(sql, params)])
    if rule.role:
        facts = [f for f in facts if q.role_matches(f.role, rule.role)]
    return facts


def _alert(rule: AlertRule, fact: q.Fact) -> Alert:
    sources = [{"document": s.doc_name or s.doc_id, "lang": s.lang, "url": s.url, "published": s.published,
                "evidence": s.evidence} for s in fact.sources]
    return Alert(rule.id, rule.describe(), fact.kind, fact.person.name, fact.org.name if fact.org else None,
                 fact.role, fact.date, fact.status, fact.cause, sources)


def match_alerts(monitor: MonitorStore, db: sqlite3.Connection, baseline: bool = False) -> list[Alert]:
    """Record an alert for every matching move not alerted before; the new ones are returned.

    ``baseline``: record what matches now without raising it (a new rule starts from today's record).
    """
    new = []
    for row in monitor.rules():
        rule = AlertRule(*row)
        for fact in _matching_facts(db, rule):
            alert = _alert(rule, fact)
            payload = {**alert.to_json(), "baseline": baseline}
            if monitor.record_alert(f"{rule.id}:{alert.key()}", rule.id, payload):
                if baseline:
                    monitor.mark_delivered(f"{rule.id}:{alert.key()}")
                else:
                    new.append(alert)
    return new
