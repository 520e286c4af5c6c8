"""The record as an Atom feed a reader can follow: one entry per move, with its sources.

Built with ElementTree, so every value from an article is escaped as text; identifiers are
tag URIs stable across rebuilds of the record (they name the move, not a row number).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import xml.etree.ElementTree as ET

from peoplemoves.serve import queries as q

ATOM = "http://www.w3.org/2005/Atom"
KIND_WORDS = {"start_position": "joins", "end_position": "leaves", "leave_of_absence": "takes leave from"}


def _stamp(value: str | None) -> str:
    """An RFC 3339 time for a date of any precision (Atom needs full timestamps)."""
    if not value:
        return "1970-01-01T00:00:00Z"
    parts = (value[:10] + "-01-01"[len(value[:10]) - 4:])[:10] if len(value) < 10 else value[:10]
    try:
        day = dt.date.fromisoformat(parts)
    except ValueError:
        return "1970-01-01T00:00:00Z"
    return f"{day.isoformat()}T00:00:00Z"


def _title(f: q.Fact) -> str:
    where = f" {f.org.name}" if f.org else ""
    role = f" as {f.role}" if f.role else ""
    status = "" if f.status == "reported" else f" ({f.status})"
    return f"{f.person.name} {KIND_WORDS.get(f.kind, f.kind)}{where}{role}{status}"


def _id(f: q.Fact) -> str:
    key = "|".join([f.person.name, f.org.name if f.org else "", f.kind, f.date or "", f.role or ""])
    return "tag:peoplemoves,2024:move:" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:24]


def moves_feed(facts: list[q.Fact], title: str, self_url: str) -> bytes:
    ET.register_namespace("", ATOM)
    feed = ET.Element(f"{{{ATOM}}}feed")
    ET.SubElement(feed, f"{{{ATOM}}}title").text = title
    ET.SubElement(feed, f"{{{ATOM}}}id").text = "tag:peoplemoves,2024:feed:" + hashlib.sha256(
        self_url.encode("utf-8")).hexdigest()[:24]
    ET.SubElement(feed, f"{{{ATOM}}}link", rel="self", href=self_url)
    learned = max((f.learned_at for f in facts), default="")
    ET.SubElement(feed, f"{{{ATOM}}}updated").text = _stamp(learned[:10]) if learned else _stamp(None)
    author = ET.SubElement(feed, f"{{{ATOM}}}author")
    ET.SubElement(author, f"{{{ATOM}}}name").text = "peoplemoves"
    for f in facts:
        entry = ET.SubElement(feed, f"{{{ATOM}}}entry")
        ET.SubElement(entry, f"{{{ATOM}}}title").text = _title(f)
        ET.SubElement(entry, f"{{{ATOM}}}id").text = _id(f)
        ET.SubElement(entry, f"{{{ATOM}}}updated").text = _stamp(f.learned_at[:10] if f.learned_at else f.date)
        if f.date:
            ET.SubElement(entry, f"{{{ATOM}}}published").text = _stamp(f.date)
        lines = [f"{_title(f)}, {f.date or 'undated'}; {f.articles} article(s) in {', '.join(f.languages)}."]
        for s in f.sources:
            lines.append(f"[{s.lang}] {s.doc_name or s.doc_id}: “{s.evidence}”" + (f" {s.url}" if s.url else ""))
            if s.url and s.url.startswith(("http://", "https://")):
                ET.SubElement(entry, f"{{{ATOM}}}link", rel="related", href=s.url)
        ET.SubElement(entry, f"{{{ATOM}}}content", type="text").text = "\n".join(lines)
    return ET.tostring(feed, encoding="utf-8", xml_declaration=True)
