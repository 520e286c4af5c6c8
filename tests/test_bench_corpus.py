"""The benchmark corpus generator: deterministic, every language, ~3 KB, and nobody real named."""

from __future__ import annotations

import pytest

from peoplemoves.bench import LANGUAGES, TARGET_BYTES, generate_corpus

REAL_NAMES = ("Murati", "Altman", "Zoph", "McGrew", "Brockman", "Sutskever", "Schulman", "Leike")
N = 55  # five documents per language


@pytest.fixture(scope="module")
def corpus():
    return generate_corpus(N, seed=7)


def test_same_seed_same_corpus(corpus):
    assert generate_corpus(N, seed=7) == corpus
    assert [d.text for d in generate_corpus(N, seed=8)] != [d.text for d in corpus]


def test_count_languages_and_names(corpus):
    assert len(corpus) == N
    assert {d.lang for d in corpus} == set(LANGUAGES)
    assert len({d.name for d in corpus}) == N
    assert len({d.text for d in corpus}) == N


def test_documents_are_about_3_kb(corpus):
    for doc in corpus:
        assert 0.85 * TARGET_BYTES <= doc.size <= 1.15 * TARGET_BYTES, (doc.name, doc.size)


def test_no_real_names(corpus):
    for doc in corpus:
        found = [name for name in REAL_NAMES if name.lower() in doc.text.lower()]
        assert not found, (doc.name, found)
