"""The record answers "who held which post, when" right (issue: a record you can trust).

The seed questions (../shared/data/seeds/questions.json) are asked through ``who ORG --role R
--at D --json`` on a store holding the five seed articles, as a user would ask them.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from peoplemoves.ingest import iter_documents
from peoplemoves.pipeline import ingest
from peoplemoves.resolve import resolve_store
from peoplemoves.serve import queries as q
from peoplemoves.serve.db import open_readonly
from peoplemoves.store import Store
from record_questions import ask, gold_forms


@pytest.fixture(scope="module")
def seed_db(seeds_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("answers") / "seeds.db"
    with Store(path) as store:
        report = ingest(iter_documents([seeds_dir]), store)
        assert report.added == 5 and not report.rejected
        resolve_store(store)
    return path


def _questions(seeds_dir: Path) -> dict:
    return json.loads((seeds_dir / "questions.json").read_text(encoding="utf-8"))


@pytest.mark.seeds
def test_every_seed_question_is_answered_right(seeds_dir: Path, seed_db: Path) -> None:
    """Why: a position is (person, organization, role); interim posts, role variants and a return after
    a dismissal must not blur who held which post on a date."""
    wrong = []
    for question in _questions(seeds_dir)["questions"]:
        answer = ask(seed_db, question)
        if not answer.right:
            wrong.append(f"{question['role']} at {question['at']}: {'; '.join(answer.problems)} "
                         f"(holders: {answer.holders})")
    assert not wrong, "\n".join(wrong)


@pytest.mark.seeds
def test_no_junk_or_garbled_person_in_the_seed_record(seeds_dir: Path, seed_db: Path) -> None:
    db = open_readonly(seed_db)
    try:
        names = {n for (n,) in db.execute("SELECT name FROM r_entities WHERE kind = 'person'")}
    finally:
        db.close()
    assert not names & set(_questions(seeds_dir)["no_such_person"])


@pytest.mark.seeds
def test_holding_observations_back_a_post_with_their_sentence(seed_db: Path) -> None:
    """Why: "OpenAI CEO Sam Altman" in a September 2024 article proves he held the post then."""
    db = open_readonly(seed_db)
    try:
        match, _ = q.find_entity(db, "Sam Altman", "person")
        answer = q.person(db, match.entity)
    finally:
        db.close()
    ceo = [p for p in answer.positions if p.role == "chief executive officer" and p.org and p.org.name == "OpenAI"]
    observed = [o for p in ceo for o in p.observations]
    assert observed, [(p.role, p.start_date, p.end_date) for p in answer.positions]
    for o in observed:
        assert o.tense == "current" and o.date == "2024-09-30"
        original = open_readonly(seed_db).execute("SELECT original FROM documents WHERE id = ?", (o.doc_id,))
        text = original.fetchone()[0]
        # the offsets frame the sentence in the original, pronunciation notes ("創(chuàng)建") included
        quoted = text[o.evidence_start : o.evidence_end]
        assert quoted.startswith(o.evidence[:6]) and quoted.endswith(o.evidence[-4:]), (quoted, o.evidence)


DEV = Path(__file__).resolve().parent.parent / "data" / "dev"
#: the share of the development corpus's who-held-what questions answered right, measured; the issue asks 85 %
DEV_ANSWERS_FLOOR = 0.33  # measured 47/123 (38.2 %) on 2026-12-08; the goal is 0.85


@pytest.fixture(scope="module")
def dev_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("answers") / "dev.db"
    with Store(path) as store:
        # both parts: a question is asked of a store that holds the article it is about
        ingest(iter_documents([DEV / "tune", DEV / "final"]), store)
        resolve_store(store)
    return path


def _gold_of(lang: str, doc: str) -> tuple[str, Path | None]:
    for part in ("tune", "final"):
        gold = DEV / part / lang / f"{doc}.json"
        if gold.is_file():
            return part, gold
    return "tune", None


def test_dev_corpus_questions(dev_db: Path) -> None:
    """Why: questions about real-news-shaped articles in every language, as users ask them."""
    results: dict[str, list[bool]] = {}
    parts: dict[str, list[bool]] = {}
    for path in sorted((DEV / "questions").glob("*.json")):
        for question in json.loads(path.read_text(encoding="utf-8"))["questions"]:
            part, gold = _gold_of(path.stem, question["doc"])
            forms = gold_forms(json.loads(gold.read_text(encoding="utf-8"))) if gold else {}
            right = ask(dev_db, question, forms).right
            results.setdefault(path.stem, []).append(right)
            parts.setdefault(part, []).append(right)
    every = [r for rs in results.values() for r in rs]
    share = sum(every) / len(every)
    by_lang = ", ".join(f"{lang} {sum(rs)}/{len(rs)}" for lang, rs in results.items())
    by_part = ", ".join(f"{part} {sum(rs)}/{len(rs)}" for part, rs in sorted(parts.items()))
    print(f"\ndev corpus who-held-what questions: {sum(every)}/{len(every)} right ({share:.1%}); {by_part}; {by_lang}")
    assert len(every) >= 40 and len(results) >= 8
    assert share >= DEV_ANSWERS_FLOOR


@pytest.mark.seeds
def test_archived_news_counts_from_its_publication_date(seed_db: Path) -> None:
    """Why: news ingested today but published in 2024 was known in 2024; undated news counts from its ingestion."""
    db = open_readonly(seed_db)
    try:
        match, _ = q.find_entity(db, "OpenAI", "org")
        then = q.who(db, match.entity, at="2024-10-15", role="chief executive officer", known_at="2024-10-15")
        person, _ = q.find_entity(db, "Mira Murati", "person")
        facts = q.person(db, person.entity).facts
    finally:
        db.close()
    assert [p.person.name for p in then.holders] == ["Sam Altman"]
    sources = [s for f in facts for s in f.sources]
    assert {s.learned_from for s in sources if s.published} == {"published"}
    assert all(s.learned_at[:10] == s.published for s in sources if s.published)
    assert {s.learned_from for s in sources if not s.published} <= {"ingested"}


@pytest.mark.seeds
def test_a_garble_finds_its_person_but_is_never_offered_as_a_name(seed_db: Path) -> None:
    """Why: "ultraman" (the Italian translation's word for 奥特曼) and "Mira M i" (dropped letters) lead a
    user to the right person, but no answer, suggestion or export calls anybody by them."""
    from peoplemoves.serve import names

    db = open_readonly(seed_db)
    try:
        match, _ = q.find_entity(db, "Ultraman", "person")
        assert match.entity.name == "Sam Altman"
        offered = {a.alias for a in q.person(db, match.entity).aliases}
        assert "ultraman" not in {a.lower() for a in offered} and "Altman" in offered
        murati, _ = q.find_entity(db, "Mira Murati", "person")
        assert "Mira M i" not in {a.alias for a in q.person(db, murati.entity).aliases}
        assert all(m.alias != "Mira M i" for m in names.search(db, "Mira M"))
        garbled = {a.lower() for (a,) in db.execute("SELECT alias FROM r_aliases WHERE garbled = 1")}
        assert {"mira m i", "ultraman"} <= garbled, garbled
    finally:
        db.close()
