"""Names as people write them, measured on the development corpus (data/dev/tune).

Of the people taking part in gold events, the share whose canonical name (all articles resolved
together, as ``peoplemoves extract`` does) equals the gold Latin name word for word. The figure is
printed (run with ``-s``); the floors are what the program reaches, so a regression fails.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from peoplemoves.cli.extract_commands import apply_resolution, gold_pairs
from peoplemoves.evaluation.names import NameReport, same_written_name, score_names
from peoplemoves.ingest import CleanDocument, Rejection
from peoplemoves.names import fold
from peoplemoves.pipeline import clean_all, safe_extract

TUNE = Path(__file__).resolve().parents[1] / "data" / "dev" / "tune"
CJK = ("zh-Hans", "zh-Hant", "ja", "ko")


def test_same_written_name_is_word_for_word() -> None:
    assert same_written_name("Kim Do-yun", "kim doyun")
    assert same_written_name("Jesús Gimeno", "Jesus Gimeno")
    assert not same_written_name("Li Wenjun", "Liwenjun")
    assert not same_written_name("Kenji Yamamoto", "Yamamoto Kenji")


@pytest.fixture(scope="module")
def corpus() -> list[tuple[dict, dict]]:
    """(gold, output) per article of data/dev/tune, all articles extracted and resolved together."""
    pairs = gold_pairs(TUNE)
    done = []
    for item in clean_all([text for text, _ in pairs]):
        assert isinstance(item, CleanDocument), item
        result = safe_extract(item)
        assert not isinstance(result, Rejection), result
        done.append((item, result))
    apply_resolution(done)
    outputs = {ex.doc_id: ex.to_json() for _, ex in done}
    golds = [json.loads(gold.read_text(encoding="utf-8")) for _, gold in pairs]
    return [(g, outputs.get(str(g.get("doc_id")), {"people": [], "events": []})) for g in golds]


@pytest.fixture(scope="module")
def report(corpus: list[tuple[dict, dict]]) -> NameReport:
    return score_names(corpus)


def test_people_and_organizations_of_events_are_the_articles_own(corpus: list[tuple[dict, dict]]) -> None:
    """Of the people and organizations the program's events name, the share that is none of the article's
    annotated entities: junk ("Kenya Ports Authority" as a person, "FC" as a company) or a misreading."""
    stray, total = 0, 0
    for gold, output in corpus:
        forms = {kind: {fold(f) for e in gold.get(kind, []) for f in [e["name"], *e.get("mentions", [])]}
                 for kind in ("people", "orgs")}
        own = {kind: {e["name"]: {fold(e["name"]), *map(fold, e.get("mentions", []))} for e in output.get(kind, [])}
               for kind in ("people", "orgs")}
        seen = {("people", e["person"]) for e in output.get("events", [])}
        seen |= {("orgs", e["org"]) for e in output.get("events", []) if e.get("org")}
        for kind, name in seen:
            total += 1
            stray += not (own[kind].get(name, {fold(name)}) & forms[kind])
    print(f"\nevent people and organizations that are none of the article's entities: {stray / total:.1%} "
          f"({stray}/{total})")
    assert stray / total <= 0.24  # 29.6 % before names and junk were worked on


def test_people_in_events_carry_their_usual_latin_name(report: NameReport) -> None:
    cjk_right = sum(report.by_language[lang][0] for lang in CJK)
    cjk_total = sum(report.by_language[lang][1] for lang in CJK)
    print(f"\nnames as people write them on data/dev/tune: {report.share:.1%} ({report.right}/{report.total})")
    print(f"  CJK articles: {cjk_right / cjk_total:.1%} ({cjk_right}/{cjk_total})")
    for lang, (right, total) in sorted(report.by_language.items()):
        print(f"  {lang:8} {right / total:.1%} ({right}/{total})")
    assert report.share >= 0.85
    assert cjk_right / cjk_total >= 0.66
    assert report.language_share("ja") >= 0.75 and report.language_share("ru") >= 0.88
    assert report.language_share("ko") >= 0.70 and report.language_share("zh-Hant") >= 0.55
