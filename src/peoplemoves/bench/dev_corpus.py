"""The development corpus of real articles (``data/dev``), repeated, as benchmark documents.

The synthetic corpus is made of the sample articles with invented names; this one is real
multilingual news as it was written (headlines, bylines, teasers, ~1.4 KB on average), so
the figure it gives is the one a user reading a day of news would see. Repeating it to N
documents keeps the per-process caches (word-list answers, folded names) as warm as a long
batch would; the benchmark also reports the first, all-distinct round on its own.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from peoplemoves.bench.corpus import BenchDocument

DEV_DIR = Path(__file__).resolve().parents[3] / "data" / "dev"


@cache
def dev_articles(dev_dir: Path = DEV_DIR) -> tuple[BenchDocument, ...]:
    """Every ``.txt`` of the tuning and final sets, in a fixed order, with its language folder."""
    docs = []
    for part in ("tune", "final"):
        for path in sorted((dev_dir / part).glob("*/*.txt")):
            docs.append(BenchDocument(name=f"{part}-{path.stem}", lang=path.parent.name,
                                      text=path.read_text(encoding="utf-8")))
    return tuple(docs)


def dev_corpus(n: int, dev_dir: Path = DEV_DIR) -> list[BenchDocument]:
    """``n`` documents: the development corpus over and over (empty when the folder is absent)."""
    articles = dev_articles(dev_dir)
    if not articles:
        return []
    return [articles[i % len(articles)] for i in range(n)]
