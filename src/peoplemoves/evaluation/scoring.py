"""Event matching and the figures of GOLD-FORMAT's Scoring section.

An output event matches a gold event when kind, person and organization agree after
canonicalisation: case, accents and spacing folded, and aliases folded through the gold
file's own entity lists (a person's every surface form in the document) and through the
surface forms the program reports for its entities. Triples are compared as sets per
document; role, date and cause are then scored on the matched pairs.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from peoplemoves.languages import canonical_role
from peoplemoves.names import fold

Triple = tuple[str, str, str]


_QUOTES = "«»„“”\"'‘’「」『』《》〈〉"


def _key(form: str) -> str:
    """A name folded for comparison, without the quotation marks a newsroom puts around it («Анжи», 「…」)."""
    return fold(form.strip().strip(_QUOTES))


def _alias_table(entities: list[dict]) -> dict[str, str]:
    table: dict[str, str] = {}
    for entity in entities or []:
        name = str(entity.get("name", ""))
        for form in [name, *entity.get("mentions", [])]:
            key = _key(str(form))
            if key:
                table.setdefault(key, fold(name))
    return table


def _canonical(name: str | None, own_forms: list[str], gold_aliases: dict[str, str]) -> str:
    for form in [name or "", *own_forms]:
        key = _key(form)
        if key in gold_aliases:
            return gold_aliases[key]
    return fold(name or "")


def _forms_by_name(entities: list[dict]) -> dict[str, list[str]]:
    return {fold(str(e.get("name", ""))): [str(m) for m in e.get("mentions", [])] for e in entities or []}


def roles_agree(gold: str | None, output: str | None) -> bool:
    """Variants of one title are one role ("chairman" = "chair", "chief researcher" = "chief research officer")."""
    return canonical_role(gold) == canonical_role(output)


def _date_matches(gold: str | None, output: str | None) -> bool:
    if gold is None or output is None:
        return gold == output
    return output[: len(gold)] == gold


@dataclass
class Pair:
    gold: dict
    output: dict


@dataclass
class DocScore:
    doc_id: str
    language: str
    true_positives: int
    gold_total: int
    output_total: int
    pairs: list[Pair] = field(default_factory=list)
    misses: list[dict] = field(default_factory=list)
    false_alarms: list[dict] = field(default_factory=list)


def score_document(gold: dict, output: dict) -> DocScore:
    people = _alias_table(gold.get("people", []))
    orgs = _alias_table(gold.get("orgs", []))
    own_people = _forms_by_name(output.get("people", []))
    own_orgs = _forms_by_name(output.get("orgs", []))

    def gold_key(e: dict) -> Triple:
        return (e["kind"], fold(e["person"]), fold(e.get("org") or ""))

    def out_key(e: dict) -> Triple:
        person = _canonical(e.get("person"), own_people.get(fold(e.get("person") or ""), []), people)
        org = _canonical(e.get("org"), own_orgs.get(fold(e.get("org") or ""), []), orgs)
        return (e["kind"], person, org)

    gold_by: dict[Triple, list[dict]] = defaultdict(list)
    for e in gold.get("events", []):
        gold_by[gold_key(e)].append(e)
    out_by: dict[Triple, list[dict]] = defaultdict(list)
    for e in output.get("events", []):
        out_by[out_key(e)].append(e)
    matched = set(gold_by) & set(out_by)
    pairs = [Pair(_best(gold_by[t], out_by[t])[0], _best(gold_by[t], out_by[t])[1]) for t in sorted(matched)]
    return DocScore(
        doc_id=str(gold.get("doc_id", output.get("doc_id", "?"))),
        language=(gold.get("languages") or ["und"])[0],
        true_positives=len(matched),
        gold_total=len(gold_by),
        output_total=len(out_by),
        pairs=pairs,
        misses=[gold_by[t][0] for t in sorted(set(gold_by) - matched)],
        false_alarms=[out_by[t][0] for t in sorted(set(out_by) - matched)],
    )


def _best(golds: list[dict], outputs: list[dict]) -> tuple[dict, dict]:
    """Of several events sharing a triple, the gold/output pair that agree most."""
    def agreement(g: dict, o: dict) -> int:
        return (
            roles_agree(g.get("role"), o.get("role"))
            + _date_matches(g.get("date"), o.get("date"))
            + (g.get("cause") == o.get("cause"))
        )

    return max(((g, o) for g in golds for o in outputs), key=lambda go: agreement(*go))


@dataclass
class Prf:
    tp: int = 0
    gold: int = 0
    output: int = 0

    @property
    def precision(self) -> float:
        return self.tp / self.output if self.output else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_json(self) -> dict:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4),
                "true_positives": self.tp, "gold": self.gold, "output": self.output}


@dataclass
class EvalReport:
    overall: Prf
    by_language: dict[str, Prf]
    accuracy: dict[str, tuple[int, int]]  # field -> (right, matched)
    documents: list[DocScore]

    def to_json(self, errors: bool = False) -> dict:
        data: dict = {
            "overall": self.overall.to_json(),
            "by_language": {k: v.to_json() for k, v in sorted(self.by_language.items())},
            "accuracy": {k: {"accuracy": round(r / n, 4) if n else 0.0, "right": r, "matched": n}
                         for k, (r, n) in self.accuracy.items()},
            "documents": len(self.documents),
        }
        if errors:
            data["errors"] = []
            for d in self.documents:
                wrong = [w for w in (_wrong_fields(p) for p in d.pairs) if w["fields"]]
                if d.misses or d.false_alarms or wrong:
                    data["errors"].append(
                        {"doc_id": d.doc_id, "misses": d.misses, "false_alarms": d.false_alarms, "wrong_fields": wrong}
                    )
        return data


def _wrong_fields(pair: Pair) -> dict:
    g, o = pair.gold, pair.output
    wrong = {}
    if not roles_agree(g.get("role"), o.get("role")):
        wrong["role"] = {"gold": g.get("role"), "output": o.get("role")}
    if not _date_matches(g.get("date"), o.get("date")):
        wrong["date"] = {"gold": g.get("date"), "output": o.get("date")}
    if g.get("cause") != o.get("cause"):
        wrong["cause"] = {"gold": g.get("cause"), "output": o.get("cause")}
    return {"kind": g["kind"], "person": g["person"], "org": g.get("org"), "fields": wrong}


def summarize(scores: list[DocScore]) -> EvalReport:
    overall = Prf()
    by_language: dict[str, Prf] = defaultdict(Prf)
    accuracy = {"role": [0, 0], "date": [0, 0], "cause": [0, 0]}
    for s in scores:
        for bucket in (overall, by_language[s.language]):
            bucket.tp += s.true_positives
            bucket.gold += s.gold_total
            bucket.output += s.output_total
        for p in s.pairs:
            wrong = _wrong_fields(p)["fields"]
            for name in accuracy:
                accuracy[name][1] += 1
                accuracy[name][0] += name not in wrong
    return EvalReport(overall, dict(by_language), {k: (v[0], v[1]) for k, v in accuracy.items()}, scores)
