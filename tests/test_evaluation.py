"""The GOLD-FORMAT scorer, and issue 3's quality bar on the seed articles."""

from __future__ import annotations

import json

import pytest

from peoplemoves.cli.main import main
from peoplemoves.evaluation import score_document, summarize

GOLD = {
    "doc_id": "x",
    "languages": ["it"],
    "events": [
        {"kind": "end_position", "person": "Anna Berg", "org": "Twitter", "role": "chief executive officer",
         "cause": "dismissed", "date": "2024", "status": "reported"},
        {"kind": "start_position", "person": "Ola Lund", "org": "Nordlys", "role": None, "cause": None,
         "date": "2024-05-02", "status": "reported"},
    ],
    "people": [{"name": "Anna Berg", "mentions": ["anna berg", "安娜·贝格"]}, {"name": "Ola Lund", "mentions": []}],
    "orgs": [{"name": "Twitter", "mentions": ["X", "推特"]}, {"name": "Nordlys", "mentions": []}],
}


def test_aliases_from_the_gold_and_from_the_output_fold_names_together() -> None:
    output = {
        "events": [
            {"kind": "end_position", "person": "Anbei Ge", "org": "X", "role": "chief executive officer",
             "cause": "dismissed", "date": "2024-11-03"},
            {"kind": "start_position", "person": "Ola Lund", "org": "Nordlys", "role": "president", "date": "2024-05",
             "cause": None},
            {"kind": "start_position", "person": "Per Holm", "org": "Nordlys", "role": None, "date": None,
             "cause": None},
        ],
        "people": [{"name": "Anbei Ge", "mentions": ["安娜·贝格"]}],
    }
    score = score_document(GOLD, output)
    assert (score.true_positives, score.gold_total, score.output_total) == (2, 2, 3)
    report = summarize([score])
    assert report.overall.precision == pytest.approx(2 / 3) and report.overall.recall == 1.0
    # dates compared at the gold's precision: 2024-11-03 counts for "2024", 2024-05 does not for 2024-05-02
    assert report.accuracy["date"] == (1, 2)
    assert report.accuracy["role"] == (1, 2) and report.accuracy["cause"] == (2, 2)
    assert [e["person"] for e in score.false_alarms] == ["Per Holm"]


def test_quotation_marks_around_a_name_do_not_make_it_another_name() -> None:
    """Why: Russian and Chinese news quote organization names («Анжи», 「港灣」); the name is the same."""
    gold = {"doc_id": "q", "languages": ["ru"],
            "events": [{"kind": "end_position", "person": "Юрий Красножан", "org": "FC Anzhi", "role": None,
                        "cause": "dismissed", "date": None, "status": "reported"}],
            "people": [{"name": "Юрий Красножан", "mentions": []}],
            "orgs": [{"name": "FC Anzhi", "mentions": ["«Анжи»"]}]}
    output = {"events": [{"kind": "end_position", "person": "Юрий Красножан", "org": "Анжи", "role": None,
                          "cause": "dismissed", "date": None}]}
    assert score_document(gold, output).true_positives == 1


def test_duplicate_output_events_count_once() -> None:
    event = {"kind": "end_position", "person": "anna berg", "org": "twitter", "role": None, "cause": "resigned",
             "date": None}
    score = score_document(GOLD, {"events": [event, dict(event)]})
    assert (score.true_positives, score.output_total) == (1, 1)


@pytest.mark.seeds
def test_the_seed_articles_meet_the_quality_bar(seeds_dir, capsys) -> None:
    assert main(["eval", str(seeds_dir), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["overall"]["f1"] >= 0.85, report["overall"]
    for field in ("role", "date", "cause"):
        assert report["accuracy"][field]["accuracy"] >= 0.80, (field, report["accuracy"][field])


def test_eval_on_the_sample_corpus_reports_every_language(sample_dir, capsys) -> None:
    assert main(["eval", str(sample_dir), "--json", "--errors"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["documents"] >= 32
    assert {"en", "zh-Hans", "zh-Hant", "ja", "ko", "es", "it", "fr", "de", "pt", "ru"} <= set(report["by_language"])
    assert report["overall"]["f1"] >= 0.45  # a floor against regressions, not a goal
    assert "errors" in report
    # the people of gold events carry their usual Latin name ("Au Wai-ling", "Kenichi Yamamoto", "Kim Do-yun")
    assert report["names"]["share"] >= 0.74, report["names"]


def test_eval_rejects_a_folder_without_gold(tmp_path, capsys) -> None:
    (tmp_path / "a.txt").write_text("nothing to score", encoding="utf-8")
    assert main(["eval", str(tmp_path)]) == 1
    assert "no X.txt with an X.json beside it" in capsys.readouterr().err
