"""Records the ingest layer hands on: raw input, cleaned documents, rejections."""

from __future__ import annotations

from dataclasses import dataclass, field

from .outside import printable_name, program_text


@dataclass(frozen=True)
class RawDocument:
    """One article as read from disk, decoded but not cleaned.

    ``text`` is the *original text*: every offset the later layers report points into it.
    For HTML input it is the main text the extractor pulled out of the page.
    """

    name: str  # file stem, or the JSON Lines ``id``
    source: str  # path, or path:line for JSON Lines
    text: str
    published: str | None = None  # ISO date given by the container (JSON Lines, HTML metadata)
    title: str | None = None
    url: str | None = None
    encoding: str | None = None

    def __post_init__(self) -> None:
        # Every reader makes its documents here, so this is where outside text becomes ours.
        _set(self, "text", program_text(self.text))
        _set(self, "name", printable_name(self.name))
        _set(self, "source", printable_name(self.source))
        for key in ("title", "url"):
            value = getattr(self, key)
            if value is not None:
                _set(self, key, printable_name(program_text(value)))


@dataclass(frozen=True)
class Rejection:
    """An input that could not be read; ``reason`` is one human sentence."""

    source: str
    reason: str

    def __post_init__(self) -> None:
        # A file name (or an exception message quoting one) must not split or forge a line.
        _set(self, "source", printable_name(self.source))
        _set(self, "reason", printable_name(self.reason))

    def line(self) -> str:
        return f"rejected {self.source}: {self.reason}"


def _set(record: object, key: str, value: object) -> None:
    if getattr(record, key) != value:
        object.__setattr__(record, key, value)


class InputRejected(Exception):
    """Raised by readers for a bad input; carries the reason only, the caller knows the source."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class Segment:
    """A sentence-sized piece of cleaned text in one language.

    ``start``/``end`` are character offsets into the original text, so
    ``original[start:end]`` is what the cleaned ``text`` was made from.
    """

    lang: str
    text: str
    start: int
    end: int
    paragraph: int


@dataclass
class CleanDocument:
    """A cleaned, language-tagged, dated document: what the extract layer consumes."""

    doc_id: str  # stable, derived from the content
    name: str
    source: str
    original: str
    published: str | None
    languages: list[str]
    segments: list[Segment] = field(default_factory=list)
    title: str | None = None
    url: str | None = None
    removed: dict[str, int] = field(default_factory=dict)  # what cleaning dropped, by reason

    def to_json(self) -> dict:
        return {
            "doc_id": self.name,
            "id": self.doc_id,
            "source": self.source,
            "published": self.published,
            "languages": self.languages,
            "title": self.title,
            "url": self.url,
            "segments": [
                {"lang": s.lang, "text": s.text, "start": s.start, "end": s.end, "paragraph": s.paragraph}
                for s in self.segments
            ],
            "removed": self.removed,
        }
