"""A deterministic synthetic news corpus for the benchmarks, made from the sample articles.

Each generated article is in one of the 11 supported languages (round robin): the
headline, byline and lead of one sample article of that language, then paragraphs of all
the sample articles of that language in a seeded random order, until about
``target_bytes`` of UTF-8. Every person and company is replaced by an invented one
(:mod:`peoplemoves.bench.cast`), drawn afresh for each article, so no two articles
repeat each other and the corpus names nobody real. Only files in the repository are read.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from peoplemoves.bench.cast import Entity, Recaster
from peoplemoves.bench.names import script_of
from peoplemoves.ingest import RawDocument, Rejection, iter_documents
from peoplemoves.languages import SUPPORTED

SAMPLE_DIR = Path(__file__).resolve().parents[3] / "data" / "sample"
LANGUAGES: tuple[str, ...] = SUPPORTED
TARGET_BYTES = 3000
SIZE_TOLERANCE = 0.1  # every article is within ±10 % of the target size
_SENTENCE_END = tuple('.。!?！？"»」”』)）')


@dataclass(frozen=True)
class BenchDocument:
    """One generated article; ``lang`` is the language it was built in."""

    name: str
    lang: str
    text: str

    @property
    def size(self) -> int:
        """Size in bytes of UTF-8."""
        return len(self.text.encode("utf-8"))

    def to_raw(self) -> RawDocument:
        return RawDocument(name=self.name, source=f"bench:{self.name}", text=self.text, encoding="utf-8")


@dataclass(frozen=True)
class SourceArticle:
    """A sample article cut into header lines, lead paragraph and body paragraphs."""

    name: str
    lang: str
    header: tuple[str, ...]
    lead: str | None
    body: tuple[tuple[str, str], ...]  # (language, paragraph)
    recaster: Recaster


@dataclass(frozen=True)
class _Paragraph:
    source: SourceArticle
    text: str


def _family(text: str) -> str:
    scripts = {script_of(ch) for ch in text}
    if scripts & {"han", "hiragana", "katakana", "hangul"}:
        return "cjk"
    return "cyrillic" if "cyrillic" in scripts else "latin"


def _lang_family(lang: str) -> str:
    return "cjk" if lang.split("-")[0] in ("zh", "ja", "ko") else "cyrillic" if lang == "ru" else "latin"


def _is_body(line: str) -> bool:
    """Body paragraphs end a sentence and are long; headlines, bylines and datelines are not."""
    long_enough = len(line) >= (25 if _family(line) == "cjk" else 60)
    return long_enough and line.rstrip().endswith(_SENTENCE_END)


def _source_article(raw: RawDocument, gold: dict) -> SourceArticle | None:
    languages = [lang for lang in gold.get("languages", []) if lang in LANGUAGES]
    if not languages:
        return None
    lines = [line.strip() for line in raw.text.splitlines() if line.strip()]
    first_body = next((i for i, line in enumerate(lines) if _is_body(line)), len(lines))
    header, rest = lines[:first_body], lines[first_body:]
    body = []
    for paragraph in rest[1:]:
        family = _family(paragraph)
        lang = next((tag for tag in languages if _lang_family(tag) == family), languages[0])
        body.append((lang, paragraph))
    entities = [Entity("person", tuple(p.get("mentions", []))) for p in gold.get("people", [])]
    entities += [Entity("org", tuple(o.get("mentions", []))) for o in gold.get("orgs", [])]
    return SourceArticle(
        name=raw.name, lang=languages[0], header=tuple(header), lead=rest[0] if rest else None,
        body=tuple(body), recaster=Recaster(entities, languages[0]),
    )


@cache
def load_sources(sample_dir: Path = SAMPLE_DIR) -> tuple[SourceArticle, ...]:
    """Every ``.txt`` sample article with a gold file beside it (legacy encodings decoded by ingest)."""
    paths = sorted(sample_dir.rglob("*.txt"))
    sources = []
    for item in iter_documents(paths):
        if isinstance(item, Rejection):
            continue
        gold_path = Path(item.source).with_suffix(".json")
        if not gold_path.is_file():
            continue
        source = _source_article(item, json.loads(gold_path.read_text(encoding="utf-8")))
        if source is not None:
            sources.append(source)
    missing = set(LANGUAGES) - {s.lang for s in sources}
    if missing:
        raise ValueError(f"no sample article in {', '.join(sorted(missing))} under {sample_dir}")
    return tuple(sources)


class CorpusGenerator:
    """Builds articles one by one from a seeded RNG: the same seed gives the same corpus."""

    def __init__(self, seed: int = 0, target_bytes: int = TARGET_BYTES, sample_dir: Path = SAMPLE_DIR):
        self.rng = random.Random(seed)
        self.target = target_bytes
        sources = load_sources(sample_dir)
        self.templates = {lang: [s for s in sources if s.lang == lang] for lang in LANGUAGES}
        self.pools = {lang: [_Paragraph(s, p) for s in sources for tag, p in s.body if tag == lang]
                      for lang in LANGUAGES}

    def article(self, index: int) -> BenchDocument:
        lang = LANGUAGES[index % len(LANGUAGES)]
        rng = self.rng
        template = rng.choice(self.templates[lang])
        casts: dict[tuple[str, int], dict[str, str]] = {}

        def recast(source: SourceArticle, text: str, round_: int = 0) -> str:
            key = (source.name, round_)
            if key not in casts:
                casts[key] = source.recaster.cast(rng)
            return source.recaster.apply(text, casts[key])

        parts = [recast(template, line) for line in template.header]
        if template.lead:
            parts.append(recast(template, template.lead))
        size = len("\n\n".join(parts).encode("utf-8"))
        low, high = self.target * (1 - SIZE_TOLERANCE), self.target * (1 + SIZE_TOLERANCE)
        pool = self.pools[lang]
        order = list(range(len(pool)))
        rng.shuffle(order)
        seen = set(parts)
        idle = 0
        for k in range(len(pool) * 50):
            if size >= low and idle >= 5:
                break
            paragraph = pool[order[k % len(pool)]]
            text = recast(paragraph.source, paragraph.text, k // len(pool))
            grown = size + len(text.encode("utf-8")) + 2
            closer = size < low or abs(grown - self.target) < abs(size - self.target)
            fresh = text not in seen or k >= 3 * len(pool)  # a small pool may have to repeat itself
            if grown <= high and closer and fresh:
                parts.append(text)
                seen.add(text)
                size, idle = grown, 0
            else:
                idle += 1
        return BenchDocument(name=f"bench-{index:05d}-{lang}", lang=lang, text="\n\n".join(parts) + "\n")


def iter_corpus(n: int, seed: int = 0, target_bytes: int = TARGET_BYTES,
                sample_dir: Path = SAMPLE_DIR) -> Iterator[BenchDocument]:
    generator = CorpusGenerator(seed, target_bytes, sample_dir)
    for index in range(n):
        yield generator.article(index)


def generate_corpus(n: int, seed: int = 0, target_bytes: int = TARGET_BYTES,
                    sample_dir: Path = SAMPLE_DIR) -> list[BenchDocument]:
    """``n`` articles of about ``target_bytes`` each, the languages in turn."""
    return list(iter_corpus(n, seed, target_bytes, sample_dir))


def write_corpus(documents: Iterator[BenchDocument] | list[BenchDocument], out_dir: Path) -> int:
    """Write each article as ``OUT_DIR/<name>.txt`` (UTF-8); returns how many were written."""
    out_dir.mkdir(parents=True, exist_ok=True)
    count = 0
    for doc in documents:
        (out_dir / f"{doc.name}.txt").write_text(doc.text, encoding="utf-8")
        count += 1
    return count
