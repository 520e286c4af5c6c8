"""The seed articles through cleaning: chrome, repeats, pinyin notes, languages, dates, offsets."""

from __future__ import annotations

import re
from collections import Counter
from functools import cache
from pathlib import Path

import pytest

from peoplemoves.ingest import CleanDocument, RawDocument, clean_document
from peoplemoves.ingest.mapped_text import MappedText
from peoplemoves.ingest.normalize import normalize_paragraph

pytestmark = pytest.mark.seeds


@cache
def _clean(path: Path) -> CleanDocument:
    return clean_document(RawDocument(name=path.stem, source=str(path), text=path.read_text(encoding="utf-8")))


def seed(seeds_dir: Path, prefix: str) -> CleanDocument:
    return _clean(next(seeds_dir.glob(f"{prefix}_*.txt")))


def all_text(doc: CleanDocument) -> str:
    return "\n".join(s.text for s in doc.segments)


@pytest.mark.parametrize(
    ("prefix", "published", "languages"),
    [
        ("000", "2024-09-30", ["it"]),
        ("001", "2024-09-30", ["ja"]),
        ("002", "2024-09-30", ["zh-Hans"]),
        ("003", None, ["es", "zh-Hans"]),
        ("004", None, ["zh-Hant", "en"]),
    ],
)
def test_publication_date_and_languages(seeds_dir, prefix, published, languages):
    doc = seed(seeds_dir, prefix)
    assert doc.published == published
    assert doc.languages == languages


def test_004_traditional_chinese_segments_come_before_english(seeds_dir):
    langs = [s.lang for s in seed(seeds_dir, "004").segments]
    first_en = langs.index("en")
    assert set(langs[:first_en]) == {"zh-Hant"}
    assert Counter(langs[first_en:])["en"] >= 0.9 * len(langs[first_en:])


def test_chinese_sentence_inside_spanish_article_is_simplified(seeds_dir):
    doc = seed(seeds_dir, "003")
    taylor = [s for s in doc.segments if "Bret Taylor" in s.text and "Salesforce" in s.text]
    assert [s.lang for s in taylor] == ["zh-Hans"]


@pytest.mark.parametrize(
    ("prefix", "paragraph_starts"),
    [
        ("004", ["ChatGPT創建者OpenAI", "譯者:珠珠", "現在看來,這是一種衰老現象", "A rash of senior staff departures"]),
        ("003", ["Greg Brockman, otro fundador", "La tabla se asa al fuego", "Como todos sabemos, Steve Jobs"]),
    ],
)
def test_repeated_bodies_come_out_once(seeds_dir, prefix, paragraph_starts):
    doc = seed(seeds_dir, prefix)
    for start in paragraph_starts:
        assert sum(1 for s in doc.segments if s.text.startswith(start)) == 1, start
    texts = [s.text for s in doc.segments if len(s.text) > 20]
    assert len(texts) == len(set(texts))


def test_pinyin_annotations_are_stripped_and_parentheses_kept(seeds_dir):
    text = all_text(seed(seeds_dir, "004"))
    assert "創建" in text and "(chuàng)" not in text
    assert not re.search(r"[\u4e00-\u9fff]\([a-zāáǎàēéěèīíǐìōóǒòūúǔù]+\)", text)
    assert "(Sam Altman)" in text and "(Mira Murati)" in text
    assert "(barret zoph)" in all_text(seed(seeds_dir, "000"))


@pytest.mark.parametrize(
    ("prefix", "gone"),
    [
        ("000", ["informazioni di contatto", "[email", "Русский", "riferimenti:", "jiemian news"]),
        ("001", ["Русский", "日本語Deutsch"]),
        ("002", ["打赏", "扫一扫", "参考资料", "界面新闻:"]),
        ("003", ["Esta página puede contener", "Ver originales"]),
    ],
)
def test_site_chrome_is_removed(seeds_dir, prefix, gone):
    text = all_text(seed(seeds_dir, prefix))
    for fragment in gone:
        assert fragment not in text, fragment


def test_offsets_point_into_the_original(seeds_dir):
    for path in sorted(seeds_dir.glob("*.txt")):
        doc = _clean(path)
        for s in doc.segments:
            assert 0 <= s.start < s.end <= len(doc.original)
            redone = normalize_paragraph(MappedText.of(doc.original[s.start : s.end], s.start)).text
            assert redone == s.text, (path.name, s.start)


def _expected_language(line: str, file_lang: str) -> str:
    """The language a reader gives a line: by script, links and @handles aside; one stray kana is mojibake."""
    line = re.sub(r"https?://\S+|@\w+", " ", line)
    if len(re.findall(r"[\u3041-\u30fa]", line)) >= 2:
        return "ja"
    if file_lang == "ja" and re.search(r"[\u4e00-\u9fff]", line):
        return "ja"
    if len(re.findall(r"[\u4e00-\u9fff]", line)) * 3 >= len(re.findall(r"[A-Za-z]", line)):
        return "zh-Hans"
    return file_lang


def test_at_least_98_percent_of_lines_get_their_language(seeds_dir):
    file_lang = {"000": "it", "001": "ja", "002": "zh-Hans", "003": "es", "004": "en"}
    right = total = 0
    misses = []
    for path in sorted(seeds_dir.glob("*.txt")):
        doc = _clean(path)
        lang_of_file = file_lang[path.name[:3]]
        offset = 0
        for line in doc.original.split("\n"):
            line_start, line_end = offset, offset + len(line)
            offset = line_end + 1
            weight: Counter[str] = Counter()
            for s in doc.segments:
                if s.start < line_end and s.end > line_start:
                    weight[s.lang] += s.end - s.start
            if not weight:
                continue  # removed as chrome or repeat
            expected = _expected_language(line, lang_of_file)
            if path.name.startswith("004") and expected.startswith("zh"):
                expected = "zh-Hant"
            total += 1
            if weight.most_common(1)[0][0] == expected:
                right += 1
            else:
                misses.append((path.name[:3], expected, dict(weight), line[:60]))
    assert total > 350
    assert right / total >= 0.98, misses
