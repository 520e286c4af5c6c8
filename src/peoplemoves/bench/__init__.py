"""Benchmarks (issue 3 §9): commands that measure speed, never part of the test suite's pass/fail.

:mod:`corpus` builds a deterministic multilingual corpus from the sample articles;
:mod:`extract_speed` times clean + extract over it in one process and on all cores.
"""

from peoplemoves.bench.corpus import (
    LANGUAGES,
    TARGET_BYTES,
    BenchDocument,
    generate_corpus,
    iter_corpus,
    write_corpus,
)

__all__ = ["LANGUAGES", "TARGET_BYTES", "BenchDocument", "generate_corpus", "iter_corpus", "write_corpus"]
