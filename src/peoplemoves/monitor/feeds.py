"""What a source lists: the article URLs of an RSS/Atom feed, a JSON Feed, a news sitemap, or one page.

Feeds are parsed by ``feedparser`` (RSS 0.9x/1.0/2.0, Atom); JSON Feed is plain JSON; news
sitemaps (``<urlset>`` with ``<news:news>``) are read with lxml with entities, DTDs and network
access switched off. A document that declares entities is refused before any parser sees it:
an "XML bomb" expands a few hundred bytes into gigabytes.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit, urlunsplit

import feedparser
from lxml import etree

from peoplemoves.ingest.html import normalize_date


class FeedError(Exception):
    """A source whose listing cannot be read, in one line."""


@dataclass(frozen=True)
class Item:
    url: str
    title: str | None = None
    published: str | None = None  # ISO date when the listing gives one
    summary: str | None = None


_SAFE_XML = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
_ENTITY = re.compile(rb"<!ENTITY", re.IGNORECASE)
_TRACKING = re.compile(r"^(utm_[a-z]+|fbclid|gclid|mc_[a-z]+|ref|cmpid)$", re.IGNORECASE)


def canonical_url(url: str) -> str:
    """One URL per article: scheme and host lower-cased, fragment and tracking parameters dropped."""
    parts = urlsplit(url.strip())
    query = "&".join(p for p in parts.query.split("&") if p and not _TRACKING.match(p.split("=", 1)[0]))
    path = parts.path or "/"
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), path, query, ""))


def list_items(body: bytes, content_type: str, base_url: str) -> tuple[str, list[Item]]:
    """(kind, items) for a source's body: kind is "feed", "json feed", "sitemap" or "page"."""
    head = body[:2048].lstrip().lower()
    if "json" in content_type or head.startswith(b"{"):
        return "json feed", _json_feed(body, base_url)
    looks_xml = head.startswith(b"<?xml") or b"<rss" in head or b"<feed" in head or b"<urlset" in head \
        or b"<rdf:rdf" in head or "xml" in content_type
    if looks_xml:
        if _ENTITY.search(body[:65536]):
            raise FeedError("refused: the XML declares entities (possible entity-expansion bomb)")
        if b"<urlset" in body[:4096]:
            return "sitemap", _sitemap(body, base_url)
        return "feed", _feed(body, base_url)
    return "page", [Item(canonical_url(base_url))]


def _feed(body: bytes, base_url: str) -> list[Item]:
    parsed = feedparser.parse(body, sanitize_html=False, resolve_relative_uris=False)
    items = []
    for entry in parsed.entries:
        link = entry.get("link") or next((x.get("href") for x in entry.get("links", []) if x.get("href")), None)
        if not link:
            continue
        published = normalize_date(entry.get("published") or entry.get("updated") or "")
        items.append(Item(canonical_url(urljoin(base_url, link)), entry.get("title"), published,
                          entry.get("summary")))
    if not items:
        # an empty feed is fine; a broken one is a failure to report (feedparser forgives too much to tell)
        try:
            etree.fromstring(body, _SAFE_XML)
        except etree.XMLSyntaxError as exc:
            raise FeedError(f"invalid XML: {str(exc).splitlines()[0][:120]}") from exc
        if parsed.bozo:
            reason = str(getattr(parsed, "bozo_exception", "")).splitlines()[0][:120] or "not a feed"
            raise FeedError(f"invalid feed: {reason}")
    return items


def _json_feed(body: bytes, base_url: str) -> list[Item]:
    try:
        data = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise FeedError(f"invalid JSON Feed: {type(exc).__name__}") from exc
    if not isinstance(data, dict) or not isinstance(data.get("items"), list):
        raise FeedError("invalid JSON Feed: no items list")
    items = []
    for entry in data["items"]:
        if not isinstance(entry, dict):
            continue
        link = entry.get("url") or entry.get("external_url")
        if isinstance(link, str) and link:
            items.append(Item(canonical_url(urljoin(base_url, link)), entry.get("title"),
                              normalize_date(str(entry.get("date_published") or "")), entry.get("summary")))
    return items


_SITEMAP_NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9",
               "news": "http://www.google.com/schemas/sitemap-news/0.9"}


def _sitemap(body: bytes, base_url: str) -> list[Item]:
    try:
        root = etree.fromstring(body, _SAFE_XML)
    except etree.XMLSyntaxError as exc:
        raise FeedError(f"invalid sitemap: {str(exc).splitlines()[0][:120]}") from exc
    items = []
    for url in root.findall("s:url", _SITEMAP_NS):
        loc = url.findtext("s:loc", namespaces=_SITEMAP_NS)
        if not loc:
            continue
        title = url.findtext("news:news/news:title", namespaces=_SITEMAP_NS)
        date = url.findtext("news:news/news:publication_date", namespaces=_SITEMAP_NS)
        items.append(Item(canonical_url(urljoin(base_url, loc.strip())), title, normalize_date(date or "")))
    return items
