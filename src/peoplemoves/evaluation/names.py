"""How often a person taking part in a gold event carries the Latin name people write for them.

Users search for "Kenji Yamamoto" and "Li Wenjun", not "Shanben" or "Liwenjun"; the event score
cannot see that (it folds spaces and case away and matches through mentions), so names are
measured apart. The program's person for a gold person is the one sharing a surface form with
the gold mentions; its canonical name must then equal the gold name word for word, ignoring only
case, accents and hyphens inside a word ("Kim Do-yun" = "Kim Doyun", "Liwenjun" != "Li Wenjun").
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field

from peoplemoves.names import fold


def same_written_name(gold: str, given: str) -> bool:
    """Word-for-word equal after case, accents and in-word hyphens are set aside."""
    def words(name: str) -> list[str]:
        text = unicodedata.normalize("NFKD", name.casefold())
        text = "".join(c for c in text if not unicodedata.combining(c))
        return [w.replace("-", "").replace("'", "").replace("’", "") for w in text.split()]

    return words(gold) == words(given)


@dataclass
class NameMiss:
    doc_id: str
    language: str
    gold: str
    given: str | None  # None: no person of the output shares a form with the gold mentions


@dataclass
class NameReport:
    right: int = 0
    total: int = 0
    by_language: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    misses: list[NameMiss] = field(default_factory=list)

    @property
    def share(self) -> float:
        return self.right / self.total if self.total else 0.0

    def language_share(self, lang: str) -> float:
        right, total = self.by_language.get(lang, (0, 0))
        return right / total if total else 0.0

    def to_json(self) -> dict:
        return {
            "share": round(self.share, 4), "right": self.right, "total": self.total,
            "by_language": {k: {"share": round(r / n, 4) if n else 0.0, "right": r, "total": n}
                            for k, (r, n) in sorted(self.by_language.items())},
        }


def _person_for(gold_person: dict, output_people: list[dict]) -> str | None:
    forms = {fold(str(f)) for f in [gold_person.get("name", ""), *gold_person.get("mentions", [])]} - {""}
    best: tuple[int, str] | None = None
    for person in output_people:
        own = {fold(str(f)) for f in [person.get("name", ""), *person.get("mentions", [])]} - {""}
        shared = len(forms & own)
        if shared and (best is None or shared > best[0]):
            best = (shared, str(person.get("name", "")))
    return best[1] if best else None


def score_names(pairs: list[tuple[dict, dict]], report: NameReport | None = None) -> NameReport:
    """``pairs``: (gold document, program output document) in GOLD-FORMAT."""
    report = report or NameReport()
    for gold, output in pairs:
        language = (gold.get("languages") or ["und"])[0]
        in_events = {str(e.get("person")) for e in gold.get("events", [])}
        for person in gold.get("people", []):
            if person.get("name") not in in_events:
                continue
            given = _person_for(person, output.get("people", []))
            right = given is not None and same_written_name(str(person["name"]), given)
            report.total += 1
            report.right += right
            report.by_language[language][1] += 1
            report.by_language[language][0] += right
            if not right:
                report.misses.append(NameMiss(str(gold.get("doc_id", "?")), language, str(person["name"]), given))
    return report
