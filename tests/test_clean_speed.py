"""Cleaning takes time linear in the size of its input, and keeps offsets exact while it rewrites.

Before: the map from cleaned text back to the original was rebuilt by aligning whole paragraphs
(quadratic): 2 KB of decomposed accents took 10 s, 4 KB 56 s, floods of combining marks minutes.
"""

from __future__ import annotations

import random
import re
import time
import unicodedata
from collections import defaultdict
from difflib import SequenceMatcher
from pathlib import Path

import pytest
from ftfy.badness import is_bad

from peoplemoves.ingest import (
    RawDocument,
    Rejection,
    chrome,
    clean_document,
    dedupe,
    iter_documents,
    langid,
    mapped_text,
    normalize,
)
from peoplemoves.ingest.cleaning import _lines
from peoplemoves.ingest.mapped_text import _COMPOSES_BACKWARDS, MappedText, clusters
from peoplemoves.ingest.normalize import normalize_paragraph

SAMPLE = Path(__file__).resolve().parent.parent / "data" / "sample"
DEV = SAMPLE.parent / "dev" / "tune"

#: generous: each case cleans in about a second on the 2-core development machine
BOUND_SECONDS = 15.0

_ZH = "华宇科技有限公司周二宣布任命王晓明为公司首席执行官任期三年"
CASES = {
    "decomposed accents, 40 KB": "e\u0301 " * 14_000,
    "Chinese without a line break, 200 KB": (_ZH * 8_000)[:200_000],
    "zero-width flood, 80 KB": "a" + "\u200b" * 80_000 + "b",
    "right-to-left overrides, 80 KB": "\u202e" * 80_000 + "x",
    "combining flood, 80 KB": "a" + "\u0301" * 80_000,
    "mojibake, 40 KB": "Ã©tÃ© " * 7_000,
}


@pytest.mark.parametrize("name", list(CASES))
def test_cleaning_is_linear_in_size(name: str) -> None:
    clean_document(RawDocument("warm", "warm", "Warm up the language models once. " * 3))
    started = time.perf_counter()
    doc = clean_document(RawDocument("x", "x", CASES[name]))
    elapsed = time.perf_counter() - started
    assert elapsed < BOUND_SECONDS, f"{name}: {elapsed:.1f} s"
    for seg in doc.segments:
        assert 0 <= seg.start < seg.end <= len(doc.original)


def test_decomposed_text_composes_with_exact_offsets() -> None:
    original = ("Jose\u0301 Garci\u0301a fue nombrado director. " * 300).strip()
    para = normalize_paragraph(MappedText.of(original))
    assert para.text == unicodedata.normalize("NFC", original)
    for i, char in enumerate(para.text):  # every composed character points at its base letter
        start, end = para.span(i, i + 1)
        assert unicodedata.normalize("NFC", original[start:end + (1 if char in "éí" else 0)]) == char


def test_clusters_normalize_like_the_whole_text() -> None:
    text = "e\u0301\u0327 \u1100\u1161\u11a8 \u0b47\u0b3e a\u0323\u0302 \u0301x \uac00\u11a8"
    assert "".join(unicodedata.normalize("NFC", c) for c in clusters(text)) == unicodedata.normalize("NFC", text)


def test_the_backward_composing_starters_are_those_of_unicodedata() -> None:
    found = set()
    for code in range(0x110000):
        parts = unicodedata.decomposition(chr(code)).split()
        if len(parts) == 2 and not parts[0].startswith("<") and not unicodedata.combining(chr(int(parts[1], 16))):
            found.add(chr(int(parts[1], 16)))
    assert found - {chr(c) for c in range(0x1161, 0x11C3)} == set(_COMPOSES_BACKWARDS)


def test_invisible_steering_characters_leave_the_cleaned_text() -> None:
    para = normalize_paragraph(MappedText.of("Ja\u00adne \u202eDoe\u202c was named"))
    assert para.text == "Jane Doe was named"
    assert para.span(5, 8) == (7, 10)


def _all_characters() -> str:
    return "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)


def test_chrome_words_fold_as_ignorecase_matches_them() -> None:
    """The chrome prefilter may skip a pattern only when no match of it can be in the line: every
    character a needed word's letter matches under re.IGNORECASE must fold like that letter."""
    everything = _all_characters()
    assert all(chrome.fold_like_ignorecase(chr(c)) == chr(chrome._FOLD[c]) == chr(c).lower() for c in range(128))
    letters = {ch for p in chrome.rules().line_patterns for w in chrome.needed_words(p.pattern) or () for ch in w}
    letters |= set("abcdefghijklmnopqrstuvwxyzſ")
    for letter in letters:
        want = chrome.fold_like_ignorecase(letter)
        for m in re.compile(re.escape(letter), re.I).finditer(everything):
            assert chrome.fold_like_ignorecase(m.group()) == want, (letter, m.group())


def _chrome_by_alternation(line: str) -> bool:
    """What chrome_reason's pattern test was before the prefilter: every pattern, as two alternations."""
    sources = [p.pattern for p in chrome.rules().line_patterns]
    anchored = re.compile("|".join(f"(?:{s})" for s in sources if s.startswith("^")), re.I)
    floating = re.compile("|".join(f"(?:{s})" for s in sources if not s.startswith("^")), re.I)
    variants = (line, chrome._t2s().convert(line)) if chrome._HAN.search(line) else (line,)
    for variant in variants:
        head = variant[: chrome.CHROME_HEAD]
        if anchored.match(head) or floating.match(head):
            return True
        if len(variant) <= chrome.SHORT_LINE and floating.search(variant):
            return True
    return False


def test_chrome_prefilter_decides_as_every_pattern_would() -> None:
    texts = [r.text for r in iter_documents([SAMPLE]) if not isinstance(r, Rejection)]
    lines = [line.strip() for text in texts for line in text.split("\n")]
    lines = [line for line in lines if line]
    for p in chrome.rules().line_patterns:
        for word in chrome.needed_words(p.pattern) or ():
            lines += [word, word.upper(), word.title(), f"{word} us", f"© {word}", f"12 {word}", f"x {word}: y"]
    lines += ["ſhare", "SUBſCRIBE", "\u212aontakt", "ALL RIGHTS RESERVED", "(C) 2020", "İmpressum", "Ⓒ 2020"]
    for line in lines:
        skipped = [p for p in chrome.rules().line_patterns if (p, p.pattern.startswith("^")) not in
                   chrome._candidates(line[: chrome.CHROME_HEAD])]
        reason = chrome.chrome_reason(line)
        if reason in (None, "chrome"):
            assert (reason == "chrome") == _chrome_by_alternation(line), line
        assert not any(p.search(line[: chrome.CHROME_HEAD]) for p in skipped), line


def test_document_language_put_together_from_paragraph_walks_is_the_joined_texts() -> None:
    """The document's Latin language is read from its paragraphs' own automaton walks, joined:
    the answer and its probability must be py3langid's for the joined text, bit for bit."""
    identifier = langid._latin_identifier()
    texts = [r.text for r in iter_documents([SAMPLE, DEV]) if not isinstance(r, Rejection)]
    texts.append("Die Bank beruft einen neuen Vorstand.\n" + "e\u0301 " * 5 + "\nAnna Berg wird Chefin.")
    compared = 0
    for text in texts:
        paragraphs = [p.text for p in map(normalize_paragraph, _lines(text)) if p.text]
        for k in range(1, len(paragraphs) + 1):
            walks = langid._walk_paragraphs(paragraphs[:k])
            if walks is None:
                continue
            size = sum(len(w.data) for w in walks) + len(walks) - 1
            lang, p = identifier.classify(" ".join(paragraphs[:k]))
            assert langid._classify(langid._document_features(walks), size) == (lang, float(p))
            lang, p = identifier.classify(paragraphs[k - 1])
            assert langid._classify(walks[-1].features(), len(walks[-1].data)) == (lang, float(p))
            compared += 1
    assert compared > 1000


class _IndexedRepeatFinder(dedupe.RepeatFinder):
    """The repeat finder as it was: every kept paragraph's grams in the inverted index from the start."""

    def __init__(self) -> None:
        super().__init__()
        self._index = defaultdict(list)


def test_repeat_finder_answers_as_the_inverted_index_does() -> None:
    rng = random.Random(7)
    texts = [r.text for r in iter_documents([SAMPLE]) if not isinstance(r, Rejection)]
    words = [w for text in texts for w in text.split()]
    repeats = 0
    for _ in range(150):
        paragraphs: list[str] = []
        for _ in range(rng.choice([5, 20, 40, 41, 60])):
            r = rng.random()
            if paragraphs and r < 0.2:
                paragraphs.append(rng.choice(paragraphs))
            elif paragraphs and r < 0.4:  # an abridged copy
                earlier = rng.choice(paragraphs).split()
                paragraphs.append(" ".join(earlier[rng.randint(0, len(earlier) // 4):]))
            elif r < 0.5:  # short look-alikes, so counts tie
                paragraphs.append(" ".join(rng.choice(["ab", "abc", "abcd", "bcd"]) for _ in range(rng.randint(1, 6))))
            else:
                paragraphs.append(" ".join(rng.choice(words) for _ in range(rng.randint(2, 40))))
        fast, indexed = dedupe.RepeatFinder(), _IndexedRepeatFinder()
        for paragraph in paragraphs:
            answer = indexed.seen(paragraph)
            assert fast.seen(paragraph) == answer, paragraph
            repeats += answer
    assert repeats > 500


def _aligned_by_edit_script(old: str, new: str, origin: tuple[int, ...]) -> list[int]:
    out: list[int] = []
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, old, new, autojunk=False).get_opcodes():
        out.extend(origin[i1:i2] if tag == "equal" else mapped_text._spread(origin, i1, i2, j2 - j1, len(old)))
    return out


def test_an_in_place_rewrite_aligns_as_the_edit_script_does() -> None:
    """Full-width punctuation made ASCII is aligned one to one without SequenceMatcher: the offsets
    must be the ones its edit script gives, also where changed characters repeat nearby."""
    rng = random.Random(3)
    in_place = 0
    for _ in range(20_000):
        alphabet = rng.choice(["ab", "abc", "abcd，,", "xy，,（(", "华宇，,"])
        old = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 30)))
        new = list(old)
        for _ in range(rng.randint(1, 4)):
            new[rng.randrange(len(old))] = rng.choice(alphabet + "XY,(")
        origin = tuple(range(100, 102 + len(old)))[: len(old) + 1]
        expected = _aligned_by_edit_script(old, "".join(new), origin)
        assert mapped_text._align(old, "".join(new), origin) == expected, (old, new)
        in_place += len(old) == len(new) and mapped_text._in_place(old, "".join(new)) and old != "".join(new)
    assert in_place > 1000


def test_the_mojibake_prefilter_answers_as_ftfy_is_bad() -> None:
    """``is_bad`` is skipped for text with none of the characters its expression needs: the answer
    must be ftfy's wherever mojibake's characters stand, alone or beside others."""
    assert normalize._mojibake_characters() is not None
    pool = sorted(set(normalize._mojibake_characters().pattern[1:-1].replace("\\", "")))
    pool += list("aZ é ÃÂ€™œ×²°√≈‚вЂГўВРС«»“”„华한ё\u00a0\u0080\u009f\t.,;:!?-(")
    rng = random.Random(11)
    bad = 0
    for _ in range(60_000):
        text = "".join(rng.choice(pool) for _ in range(rng.randint(1, 7)))
        answer = is_bad(text)
        assert normalize._looks_bad(text) == answer, text
        bad += answer
    texts = [r.text for r in iter_documents([SAMPLE, DEV]) if not isinstance(r, Rejection)]
    texts += ["CafÃ© Ã  la carte", "â€œquotedâ€\x9d", "РџСЂРёРІРµС‚", "ĐžĐ´Đ¸Đ½", "Ã\u00a0 demain"]
    for line in (line for text in texts for line in text.split("\n")):
        assert normalize._looks_bad(line) == is_bad(line), line
    assert bad > 1000


def _script_counts_by_expressions(text: str) -> tuple[int, ...]:
    """ScriptCounts.of as it was: one regular-expression pass per script."""
    text = langid._NOT_LANGUAGE.sub(" ", text)
    latin = len(langid._ASCII_LETTER.findall(text))
    other = 0
    for ch in langid._REST.findall(text):
        if ch.isalpha():
            if ord(ch) <= 0x024F or 0x1E00 <= ord(ch) <= 0x1EFF:
                latin += 1
            else:
                other += 1
    return (len(langid._HAN.findall(text)), len(langid._KANA.findall(text)), len(langid._HANGUL.findall(text)),
            len(langid._CYRILLIC.findall(text)), latin, other)


def test_script_counts_in_one_pass_are_the_expressions_counts() -> None:
    rng = random.Random(5)
    ranges = [(0x20, 0x2000), (0x3000, 0x3200), (0x4E00, 0x4F00), (0xAC00, 0xAC80), (0xFF00, 0xFFA0), (0x1E00, 0x1F00)]
    pool = [chr(c) for lo, hi in ranges for c in range(lo, hi)] + ["\U0001f600", "\U00020000"]
    texts = [r.text for r in iter_documents([SAMPLE]) if not isinstance(r, Rejection)]
    tails = ["", " https://x.y/é", " @hañdle"]
    texts += ["".join(rng.choice(pool) for _ in range(rng.randint(1, 40))) + rng.choice(tails) for _ in range(20_000)]
    for text in texts:
        counts = langid.ScriptCounts.of(text)
        assert (counts.han, counts.kana, counts.hangul, counts.cyrillic, counts.latin, counts.other) == \
            _script_counts_by_expressions(text), text
