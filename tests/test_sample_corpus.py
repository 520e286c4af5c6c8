"""Checks the bundled sample corpus in data/sample and its gold annotations.

The gold files follow shared/spec/GOLD-FORMAT.md. data/sample/README.md describes every file.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import defaultdict
from pathlib import Path

import pytest

SAMPLE = Path(__file__).resolve().parent.parent / "data" / "sample"
LEGACY = SAMPLE / "legacy"
FEED = SAMPLE / "feeds" / "wire.jsonl"
# A JSON array, not JSON Lines: ingesting the sample folder must not read gold as articles.
FEED_GOLD = SAMPLE / "feeds" / "wire.gold.json"

# The files in legacy/ are saved in these encodings (everything else is UTF-8).
LEGACY_ENCODINGS = {
    "031_qianjiang_chairman_gb18030.txt": "gb18030",
    "032_hongtai_bank_big5.txt": "big5",
    "033_hokuriku_hikari_bank_sjis.txt": "shift_jis",
    "034_daesung_denial_euckr.txt": "euc_kr",
}

FORBIDDEN = [
    "murati",
    "altman",
    "zoph",
    "mcgrew",
    "brockman",
    "sutskever",
    "schulman",
    "leike",
    "穆拉蒂",
    "奥特曼",
    "奧特曼",
    "アルトマン",
    "ムラティ",
    "ultraman",
]

GOLD_KEYS = {"doc_id", "published", "languages", "story", "events", "people", "orgs"}
EVENT_KEYS = {"kind", "person", "org", "role", "cause", "interim", "date", "status", "evidence"}
KINDS = {"start_position", "end_position", "leave_of_absence"}
CAUSES = {"resigned", "dismissed", "retired", "died", "unknown"}
STATUSES = {"reported", "planned", "rumored", "denied"}
LANGUAGES = {"en", "zh-Hans", "zh-Hant", "ja", "ko", "es", "it", "fr", "de", "pt", "ru"}
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")

MIN_PER_LANGUAGE = {
    "en": 2,
    "zh-Hans": 2,
    "zh-Hant": 2,
    "ja": 2,
    "es": 2,
    "it": 2,
    "fr": 2,
    "de": 2,
    "ko": 1,
    "ru": 1,
    "pt": 1,
}


def _articles() -> list[Path]:
    return sorted(p for p in SAMPLE.rglob("*") if p.suffix in {".txt", ".html"})


def _gold_files() -> list[Path]:
    return sorted(p for p in SAMPLE.rglob("*.json") if p != FEED_GOLD)


def _decode(path: Path) -> str:
    data = path.read_bytes()
    if path.parent == LEGACY:
        return data.decode(LEGACY_ENCODINGS[path.name])
    return data.decode("utf-8")


def _source_of(gold_path: Path) -> Path:
    for suffix in (".txt", ".html"):
        candidate = gold_path.with_suffix(suffix)
        if candidate.exists():
            return candidate
    raise AssertionError(f"{gold_path.name}: no .txt or .html beside it")


def _feed_items() -> list[dict]:
    return [json.loads(line) for line in FEED.read_text("utf-8").splitlines() if line.strip()]


def _feed_gold() -> list[dict]:
    return json.loads(FEED_GOLD.read_text("utf-8"))


def _all_gold() -> list[dict]:
    return [json.loads(p.read_text("utf-8")) for p in _gold_files()]


def _check_date(value: str) -> None:
    assert DATE_RE.match(value), value
    parts = [int(x) for x in value.split("-")]
    dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)


def _check_gold(gold: dict, text: str, where: str) -> None:
    assert set(gold) == GOLD_KEYS, f"{where}: keys {sorted(gold)}"
    if gold["published"] is not None:
        assert len(gold["published"]) == 10, where
        _check_date(gold["published"])
    assert gold["languages"] and set(gold["languages"]) <= LANGUAGES, where
    assert isinstance(gold["story"], str) and gold["story"], where
    for ev in gold["events"]:
        assert set(ev) == EVENT_KEYS, f"{where}: event keys {sorted(ev)}"
        assert ev["kind"] in KINDS, where
        assert isinstance(ev["person"], str) and ev["person"], where
        assert isinstance(ev["org"], str) and ev["org"], where
        assert ev["role"] is None or (isinstance(ev["role"], str) and ev["role"] == ev["role"].lower()), where
        if ev["kind"] == "end_position":
            assert ev["cause"] in CAUSES, f"{where}: cause {ev['cause']!r}"
        else:
            assert ev["cause"] is None, f"{where}: cause on a {ev['kind']}"
        assert isinstance(ev["interim"], bool), where
        assert not ev["interim"] or ev["kind"] == "start_position", f"{where}: interim on a {ev['kind']}"
        if ev["date"] is not None:
            _check_date(ev["date"])
        assert ev["status"] in STATUSES, where
        assert isinstance(ev["evidence"], str) and ev["evidence"], where
        assert len(ev["evidence"]) <= 200, f"{where}: evidence longer than 200: {ev['evidence'][:40]!r}"
        assert ev["evidence"] in text, f"{where}: evidence not in text: {ev['evidence']!r}"
    for key in ("people", "orgs"):
        for ent in gold[key]:
            assert set(ent) == {"name", "mentions"}, where
            assert isinstance(ent["name"], str) and ent["name"], where
            assert ent["mentions"], f"{where}: {ent['name']} has no mentions"
            for mention in ent["mentions"]:
                assert mention in text, f"{where}: mention not in text: {mention!r}"
        names = [ent["name"] for ent in gold[key]]
        assert len(names) == len(set(names)), f"{where}: duplicate {key}"


def test_every_article_has_gold_and_every_gold_has_an_article():
    articles = _articles()
    assert articles
    for path in articles:
        assert path.with_suffix(".json").exists(), f"{path.relative_to(SAMPLE)} has no gold .json"
    for gold_path in _gold_files():
        _source_of(gold_path)


def test_legacy_files_are_not_utf8_and_decode_with_their_encoding():
    files = sorted(p.name for p in LEGACY.glob("*.txt"))
    assert files == sorted(LEGACY_ENCODINGS)
    for name, encoding in LEGACY_ENCODINGS.items():
        data = (LEGACY / name).read_bytes()
        with pytest.raises(UnicodeDecodeError):
            data.decode("utf-8")
        data.decode(encoding)


@pytest.mark.parametrize("gold_path", _gold_files(), ids=lambda p: str(p.relative_to(SAMPLE)))
def test_gold_file(gold_path: Path):
    gold = json.loads(gold_path.read_text("utf-8"))
    assert gold["doc_id"] == gold_path.stem
    _check_gold(gold, _decode(_source_of(gold_path)), gold_path.name)


def test_corpus_size_and_languages():
    golds = _all_gold()
    assert len(golds) >= 32
    per_language: dict[str, int] = defaultdict(int)
    for gold in golds:
        per_language[gold["languages"][0]] += 1
    assert len(per_language) >= 8
    for language, minimum in MIN_PER_LANGUAGE.items():
        assert per_language[language] >= minimum, f"{language}: {per_language[language]} < {minimum}"


def test_one_story_is_told_in_five_languages_and_another_in_several():
    languages_by_story: dict[str, set[str]] = defaultdict(set)
    for gold in _all_gold():
        languages_by_story[gold["story"]].add(gold["languages"][0])
    sizes = sorted((len(v) for v in languages_by_story.values()), reverse=True)
    assert sizes[0] >= 5
    assert sizes[1] >= 2


def test_corpus_covers_the_schema():
    golds = _all_gold()
    events = [ev for gold in golds for ev in gold["events"]]
    assert {ev["kind"] for ev in events} == KINDS
    assert {ev["status"] for ev in events} == STATUSES
    assert {ev["cause"] for ev in events if ev["kind"] == "end_position"} == CAUSES
    assert any(ev["interim"] for ev in events)
    assert any(gold["published"] is None for gold in golds)
    assert sum(1 for gold in golds if not gold["events"]) >= 2


def test_feed():
    items = _feed_items()
    assert len(items) >= 5
    assert len({it["id"] for it in items}) == len(items)
    for it in items:
        assert {"id", "url", "title", "published"} <= set(it)
        assert ("text" in it) != ("html" in it), it["id"]
        _check_date(it["published"])
        assert len(it["published"]) == 10
    assert any("html" in it for it in items)

    by_id = {it["id"]: it for it in items}
    golds = _feed_gold()
    assert {g["doc_id"] for g in golds} == set(by_id)
    for gold in golds:
        item = by_id[gold["doc_id"]]
        assert gold["published"] == item["published"]
        _check_gold(gold, item.get("text") or item["html"], gold["doc_id"])
    assert len({g["languages"][0] for g in golds}) >= 4


def test_no_forbidden_names_anywhere():
    pattern = re.compile("|".join(re.escape(name) for name in FORBIDDEN), re.IGNORECASE)
    for path in sorted(SAMPLE.rglob("*")):
        if not path.is_file():
            continue
        text = _decode(path) if path.parent == LEGACY and path.suffix == ".txt" else path.read_text("utf-8")
        hit = pattern.search(text)
        assert hit is None, f"{path.relative_to(SAMPLE)} mentions {hit.group(0)!r}"
