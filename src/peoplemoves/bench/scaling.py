"""Seconds per MB of clean+extract as one document grows: the test of linear time.

Three shapes, each built at 10 KB, 100 KB, 1 MB and 5 MB from files in the repository:

- ``normal``: paragraphs of three to six sentences drawn (seeded) from the development corpus's
  English articles, so the page does not repeat itself (cleaning drops repeated paragraphs);
- ``one-line``: "CEO resigns " repeated on one line, with no sentence punctuation at all;
- ``cjk``: the Chinese articles' characters with every punctuation mark and line break removed.

Cost per MB should stay flat (within 2× from the smallest to the largest) whatever the shape.
Times are CPU seconds of this process, so a busy machine does not blur them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from time import process_time

from peoplemoves.ingest import RawDocument, Rejection, clean_document
from peoplemoves.pipeline import safe_extract

DEV_DIR = Path(__file__).resolve().parents[3] / "data" / "dev"
SIZES = (10_000, 100_000, 1_000_000, 5_000_000)
SHAPES = ("normal", "one-line", "cjk")
_PUNCT = re.compile(r"[\s\W\d_]+")


def _dev_texts(lang: str) -> list[str]:
    texts = []
    for part in ("tune", "final"):
        folder = DEV_DIR / part / lang
        texts += [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))] if folder.is_dir() else []
    return texts


_SENTENCE = re.compile(r"(?<=[.!?])\s+")


def _normal(size: int) -> str:
    import random

    sentences = [s for t in _dev_texts("en") for line in t.split("\n") for s in _SENTENCE.split(line)
                 if len(s) > 40] or ["Fjordcell named Henrik Solberg chief executive on Monday."]
    rng = random.Random(size)
    parts: list[str] = []
    total = 0
    while total < size:
        paragraph = " ".join(rng.sample(sentences, min(len(sentences), rng.randint(3, 6))))
        parts.append(paragraph)
        total += len(paragraph.encode("utf-8")) + 2
    return "\n\n".join(parts)


@cache
def _unit(shape: str) -> str:
    if shape == "one-line":
        return "CEO resigns "
    if shape == "cjk":
        return "".join(_PUNCT.sub("", t) for t in _dev_texts("zh-Hans")) or "华东重工任命李明为总裁"
    texts = _dev_texts("en") or ["Fjordcell named Henrik Solberg chief executive."]
    return "\n\n".join(texts) + "\n\n"


def make_document(shape: str, size: int) -> str:
    """About ``size`` bytes of UTF-8 of one shape (cut at a character boundary)."""
    if shape == "normal":
        return _normal(size).encode("utf-8")[:size].decode("utf-8", errors="ignore")
    unit = _unit(shape)
    per_unit = len(unit.encode("utf-8"))
    text = unit * (size // per_unit + 1)
    return text.encode("utf-8")[:size].decode("utf-8", errors="ignore")


@dataclass(frozen=True)
class ScalingRow:
    shape: str
    size: int  # bytes
    seconds: float  # CPU seconds of clean+extract
    events: int
    error: str | None = None

    @property
    def seconds_per_mb(self) -> float:
        return self.seconds / (self.size / 1e6)


def run_one(shape: str, size: int) -> ScalingRow:
    text = make_document(shape, size)
    raw = RawDocument(name=f"{shape}-{size}", source=f"bench:{shape}-{size}", text=text, encoding="utf-8")
    start = process_time()
    try:
        clean = clean_document(raw)
    except Exception as exc:  # reported in the table, never raised
        return ScalingRow(shape, size, process_time() - start, 0, f"{type(exc).__name__}: {exc}")
    result = safe_extract(clean)
    seconds = process_time() - start
    if isinstance(result, Rejection):
        return ScalingRow(shape, size, seconds, 0, result.reason)
    return ScalingRow(shape, size, seconds, len(result.events))


def run_scaling(shapes: Iterable[str] = SHAPES, sizes: Iterable[int] = SIZES,
                status: Callable[[str], None] = lambda message: None) -> list[ScalingRow]:
    rows = []
    for shape in shapes:
        for size in sizes:
            status(f"scaling: {shape}, {size / 1000:.0f} KB")
            rows.append(run_one(shape, size))
    return rows


def flatness(rows: list[ScalingRow], shape: str) -> float:
    """Seconds per MB of the largest document over that of the smallest (1.0 is perfectly linear)."""
    mine = sorted((r for r in rows if r.shape == shape), key=lambda r: r.size)
    if len(mine) < 2 or not mine[0].seconds_per_mb:
        return 1.0
    return mine[-1].seconds_per_mb / mine[0].seconds_per_mb
