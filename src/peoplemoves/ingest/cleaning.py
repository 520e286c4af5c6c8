"""Turn one raw document into a cleaned, language-tagged, dated document.

Paragraph by paragraph: repair characters, drop chrome and reference lists, drop what
the page repeats, split into sentences, tag languages, then read the publication date
from the header. Segments keep offsets into the original text throughout.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import Counter
from collections.abc import Iterator
from functools import lru_cache

from peoplemoves.ingest.chrome import chrome_reason, is_block_heading, is_list_like
from peoplemoves.ingest.dedupe import RepeatFinder
from peoplemoves.ingest.langid import UNDETERMINED, Piece, label_pieces
from peoplemoves.ingest.mapped_text import MappedText
from peoplemoves.ingest.normalize import normalize_paragraph
from peoplemoves.ingest.pubdate import HEADER_LINES, HeaderLine, publication_date, yearless_dateline
from peoplemoves.ingest.records import CleanDocument, RawDocument, Segment
from peoplemoves.ingest.sentences import split_sentences

MIN_LANGUAGE_CHARS = 12


def content_id(text: str) -> str:
    """Stable id of an article's content: the same text always gets the same id."""
    canonical = unicodedata.normalize("NFC", text).strip()
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:16]


def _lines(text: str) -> Iterator[MappedText]:
    start = 0
    for line in text.split("\n"):
        yield MappedText.of(line, start)
        start += len(line) + 1


def clean_document(raw: RawDocument) -> CleanDocument:
    removed: Counter[str] = Counter()
    repeats = RepeatFinder()
    header: list[str] = []
    kept: list[MappedText] = []
    in_reference_block = False
    for line in _lines(raw.text):
        para = normalize_paragraph(line)
        if not para.text:
            continue
        if len(header) < HEADER_LINES:
            header.append(para.text)
        if in_reference_block:
            if is_list_like(para.text) or chrome_reason(para.text):
                removed["references"] += 1
                continue
            in_reference_block = False
        if is_block_heading(para.text):
            in_reference_block = True
            removed["references"] += 1
            continue
        reason = chrome_reason(para.text)
        if reason:
            removed[reason] += 1
            continue
        if repeats.seen(para.text):
            removed["repeat"] += 1
            continue
        kept.append(para)

    pieces: list[Piece] = []
    spans: list[MappedText] = []
    for number, para in enumerate(kept):
        for start, end in split_sentences(para.text):
            sentence = para.slice(start, end)
            pieces.append(Piece(sentence.text, number))
            spans.append(sentence)
    labels = label_pieces(pieces)
    segments = []
    for piece, sentence, lang in zip(pieces, spans, labels, strict=True):
        start, end = sentence.span(0, len(sentence.text))
        segments.append(Segment(lang=lang, text=piece.text, start=start, end=end, paragraph=piece.paragraph))

    languages = _languages_by_weight(segments)
    published = raw.published or _published_from_text(header, languages) or _yearless(header, languages, segments)
    return CleanDocument(
        doc_id=content_id(raw.text),
        name=raw.name,
        source=raw.source,
        original=raw.text,
        published=published,
        languages=languages,
        segments=segments,
        title=raw.title,
        url=raw.url,
        removed=dict(removed),
    )


def _languages_by_weight(segments: list[Segment]) -> list[str]:
    weight: Counter[str] = Counter()
    for s in segments:
        if s.lang != UNDETERMINED:
            weight[s.lang] += _information(s.text)
    # A language counts when it carries a sentence of its own, not a stray word.
    return [lang for lang, w in weight.most_common() if w >= MIN_LANGUAGE_CHARS]


_WIDE = re.compile(r"[\u2e80-\U0010ffff]")
_SPACE = re.compile(r"\s")


def _information(text: str) -> int:
    """Rough amount of text: a CJK character says about as much as three Latin letters."""
    return len(text) - len(_SPACE.findall(text)) + 2 * len(_WIDE.findall(text))


def _published_from_text(header: list[str], languages: list[str]) -> str | None:
    for lang in [*languages[:2], "en"]:
        value = publication_date([HeaderLine(text, lang) for text in header])
        if value:
            return value
    return None


_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _yearless(header: list[str], languages: list[str], segments: list[Segment]) -> str | None:
    """The day of a dateline written without its year, in the latest year the article states."""
    years = [int(y) for seg in segments for y in _YEAR.findall(seg.text)]  # "2025赛季" states a year too
    for lang in [*languages[:2], "en"]:
        value = yearless_dateline([HeaderLine(text, lang) for text in header], years)
        if value:
            return value
    return None


def original_span(original: str, segment: Segment, start: int, end: int) -> tuple[int, int]:
    """Offsets in the original text of ``segment.text[start:end]``.

    Cleaning is deterministic per span, so re-cleaning the segment's original span
    rebuilds its character map; used by later layers to point evidence at the source.
    """
    mapped = _renormalized(original[segment.start : segment.end], segment.start)
    if mapped.text != segment.text:  # cannot happen for segments made here; degrade to the whole segment
        return segment.start, segment.end
    return mapped.span(start, end)


@lru_cache(maxsize=64)
def _renormalized(text: str, start: int) -> MappedText:
    """A segment's original span cleaned again: extraction asks about a segment once per event or
    observation it gives evidence for, and the map is the same each time."""
    return normalize_paragraph(MappedText.of(text, start))
