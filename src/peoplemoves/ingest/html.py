"""Main text and metadata of a news page, via trafilatura, safe on hostile markup.

We parse the page ourselves first (lxml, with the parser's default limits), so that we can
(1) remove every script, style and embedded document before trafilatura sees the tree,
which guarantees no code ends up in the text, (2) read the publication date only from the
page's metadata (trafilatura's htmldate would guess from copyright lines and URLs), and
(3) defuse pathological input: nesting deeper than libxml2's 256 levels silently drops the
content, and multi-megabyte attributes (inline images) make extraction slow.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass

import lxml.html
from lxml import etree

from .records import InputRejected

__all__ = ["HtmlArticle", "extract_html", "normalize_date"]

NO_TEXT = "no article text found in the HTML"


@dataclass(frozen=True)
class HtmlArticle:
    text: str  # main text, one paragraph per line
    title: str | None = None
    published: str | None = None  # YYYY-MM-DD, from the page's metadata only
    url: str | None = None


def extract_html(html: str, source: str) -> HtmlArticle:
    """Extract the article; raise ``InputRejected`` if there is none or the page is unusable.

    ``source`` names the input for the caller's records; nothing is ever fetched from it.
    """
    try:
        return _extract(html, source)
    except InputRejected:
        raise
    except Exception as exc:  # lxml and trafilatura raise many kinds; none may escape
        raise InputRejected(f"could not parse the HTML ({type(exc).__name__})") from exc


def _extract(html: str, source: str) -> HtmlArticle:
    tree = _parse(html)
    published = _metadata_date(tree)
    boilerplate = _boilerplate_text(tree)
    _strip_active_content(tree)
    import trafilatura  # a quarter of a second to load: only when a page comes

    doc = trafilatura.bare_extraction(
        tree,
        url=None,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        include_links=False,
        favor_precision=True,
        deduplicate=False,
        # htmldate's answer is not used (see _metadata_date); keep its search cheap.
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    text = _clean_text(doc.text if doc is not None else "")
    if not _has_article_text(text, boilerplate):
        raise InputRejected(NO_TEXT)
    title = _clean_line(doc.title) if doc is not None and doc.title else None
    url = doc.url if doc is not None and _is_web_url(doc.url) else None
    return HtmlArticle(text=text, title=title or None, published=published, url=url)


# --- parsing ----------------------------------------------------------------------------------

_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
# Quoted or bare attribute values over 2000 characters: data: URIs, junk, attacks. The leading
# whitespace and name keep the scan linear on hostile runs such as "a=a=a=...".
_LONG_ATTRIBUTE = re.compile(r"""(\s[\w:.-]{1,100})\s*=\s*(?:"[^"]{2000,}"|'[^']{2000,}'|[^\s"'>]{2000,})""")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f]")  # dropped; \v and \f become spaces
_MAX_DEPTH = 200  # libxml2 drops everything below depth 256


def _parse(html: str) -> lxml.html.HtmlElement:
    html = _XML_DECLARATION.sub("", html, count=1)  # lxml refuses str with an encoding declaration
    html = _CONTROL.sub("", html).replace("\x0b", " ").replace("\x0c", " ")
    html = _LONG_ATTRIBUTE.sub(r'\1=""', html)
    if not html.strip():
        raise InputRejected(NO_TEXT)
    tree, too_deep = _parse_once(html)
    if too_deep:
        tree, _ = _parse_once(_limit_depth(html, _MAX_DEPTH))
    return tree


def _parse_once(html: str) -> tuple[lxml.html.HtmlElement, bool]:
    parser = lxml.html.HTMLParser(remove_comments=True, remove_pis=True, collect_ids=False)
    try:
        tree = lxml.html.document_fromstring(html, parser=parser)
    except etree.ParserError as exc:  # "Document is empty"
        raise InputRejected(NO_TEXT) from exc
    too_deep = any("depth" in entry.message.lower() for entry in parser.error_log)
    return tree, too_deep


# Bounded and stopping at "<", so that unterminated tags cannot make the scan quadratic.
_TAG = re.compile(r"<(/?)([a-zA-Z][\w:-]{0,100})\b[^<>]{0,4000}?(/?)>")
_VOID = frozenset(
    ("area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "wbr")
)


def _limit_depth(html: str, max_depth: int) -> str:
    """Drop start and end tags nested deeper than ``max_depth``; keep all text.

    A tag-level scan, not a parser: good enough to flatten 10 000 nested <div>s so that
    libxml2 does not throw away everything inside them.
    """
    out: list[str] = []
    stack: list[tuple[str, bool]] = []  # (tag, kept)
    open_count: dict[str, int] = {}
    last = 0
    for m in _TAG.finditer(html):
        name = m.group(2).lower()
        closing, self_closing = m.group(1) == "/", m.group(3) == "/"
        keep = True
        if not closing and name not in _VOID and not self_closing:
            keep = len(stack) < max_depth
            stack.append((name, keep))
            open_count[name] = open_count.get(name, 0) + 1
        elif closing and open_count.get(name):
            while stack:  # pop implied closes until the matching start tag
                top, top_kept = stack.pop()
                open_count[top] -= 1
                if top == name:
                    keep = top_kept
                    break
        if not keep:
            out.append(html[last : m.start()])
            last = m.end()
    out.append(html[last:])
    return "".join(out)


# --- cleaning the tree ------------------------------------------------------------------------

_ACTIVE = ("script", "style", "noscript", "template", "iframe", "frame", "object", "embed", "svg", "math")


def _strip_active_content(tree: lxml.html.HtmlElement) -> None:
    """Remove code and embedded documents, keeping the text that follows each of them."""
    for element in list(tree.iter(*_ACTIVE, "{*}svg", "{*}math")):
        if element.getparent() is not None:
            element.drop_tree()  # drop_tree keeps the tail text


_BOILERPLATE_XPATH = (
    "//nav | //header | //footer | //aside | //menu"
    " | //*[@role='navigation' or @role='banner' or @role='contentinfo']"
    " | //*[not(self::html or self::body or self::main or self::article)]"
    "[contains(translate(@class, 'COKIE', 'cokie'), 'cookie')"
    " or contains(translate(@id, 'COKIE', 'cokie'), 'cookie')]"
)


def _boilerplate_text(tree: lxml.html.HtmlElement) -> str:
    """Whitespace-normalised text of navigation, headers, footers and cookie banners.

    Used only to recognise a page without an article, where trafilatura's fallback returns
    the menu. Long "cookie" elements are skipped: some sites put that class on a wrapper.
    """
    parts = []
    for element in tree.xpath(_BOILERPLATE_XPATH):
        if isinstance(element, lxml.html.HtmlElement):
            text = " ".join(element.text_content().split())
            if element.tag in _SECTIONS or element.get("role") or len(text) < 2000:
                parts.append(text)
    return "\n".join(parts)


_SECTIONS = frozenset(("nav", "header", "footer", "aside", "menu"))


def _clean_text(text: str) -> str:
    lines = (line.strip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))
    return "\n".join(line for line in lines if line)


def _clean_line(text: str) -> str:
    return " ".join(text.split())


_MIN_LETTERS = 10


def _has_article_text(text: str, boilerplate: str) -> bool:
    """Enough letters, and not merely the page's navigation or footer (trafilatura's fallback)."""
    if sum(1 for ch in text if ch.isalpha()) < _MIN_LETTERS:
        return False
    lines = [" ".join(line.split()) for line in text.split("\n")]
    return not all(line in boilerplate for line in lines if line)


def _is_web_url(url: str | None) -> bool:
    return bool(url) and re.match(r"https?://[^\s/]+", url, re.IGNORECASE) is not None


# --- publication date from metadata -----------------------------------------------------------

# <meta> names/properties that mean "published", best first.
_DATE_META = (
    "article:published_time",
    "og:article:published_time",
    "og:published_time",
    "datepublished",
    "publishdate",
    "publish-date",
    "publish_date",
    "pubdate",
    "publication_date",
    "sailthru.date",
    "parsely-pub-date",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date",
    "dcterms.date",
    "dcterms.created",
    "citation_publication_date",
    "date",
)


def _metadata_date(tree: lxml.html.HtmlElement) -> str | None:
    """The publication date the page declares: <meta>, JSON-LD, microdata, <time pubdate>."""
    found: dict[str, str] = {}
    for meta in tree.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").strip().lower()
        value = meta.get("content")
        if key in _DATE_META and value and key not in found:
            date = normalize_date(value)
            if date:
                found[key] = date
    for key in _DATE_META:
        if key in found:
            return found[key]
    for value in _json_ld_dates(tree):
        date = normalize_date(value)
        if date:
            return date
    for element in tree.xpath("//*[@itemprop='datePublished'] | //time[@pubdate]"):
        date = normalize_date(element.get("datetime") or element.get("content") or element.text_content())
        if date:
            return date
    return None


def _json_ld_dates(tree: lxml.html.HtmlElement) -> Iterator[str]:
    for script in tree.xpath("//script[contains(translate(@type, 'JSONLD', 'jsonld'), 'ld+json')]"):
        try:
            data = json.loads(script.text or "")
        except (ValueError, RecursionError):
            continue
        yield from _find_key(data, "datePublished", depth=0)


def _find_key(data: object, key: str, depth: int) -> Iterator[str]:
    if depth > 20:
        return
    if isinstance(data, dict):
        value = data.get(key)
        if isinstance(value, str):
            yield value
        for item in data.values():
            if isinstance(item, dict | list):
                yield from _find_key(item, key, depth + 1)
    elif isinstance(data, list):
        for item in data[:100]:
            yield from _find_key(item, key, depth + 1)


_ISO_START = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T\s_]|[+-]\d\d:?\d\d$|Z$)")
_SLASHED = re.compile(r"^(\d{4})[/.](\d{1,2})[/.](\d{1,2})\b")
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})(?:$|T)")


_ENGLISH_FORMS = ("%B %d, %Y", "%b %d, %Y", "%d %B %Y", "%d %b %Y", "%B %d %Y", "%b %d %Y")


def normalize_date(value: str | None) -> str | None:
    """An ISO date (YYYY-MM-DD) from common machine forms, or None.

    Accepts ISO dates and datetimes ("2024-09-30T10:00:00Z" → "2024-09-30", the date as written,
    not converted to UTC), "2024/09/30", "20240930", RFC 2822 ("Mon, 30 Sep 2024 10:00:00 GMT")
    and "September 30, 2024" / "30 Sep 2024". Prose dates in other languages are left to the
    multilingual date parser. Years outside 1900-2100 are taken for placeholders.
    """
    if not value or len(value) > 100:
        return None
    value = value.strip()
    date = _match_date(value)
    return date.isoformat() if date is not None and 1900 <= date.year <= 2100 else None


def _match_date(value: str) -> dt.date | None:
    for pattern in (_ISO_START, _SLASHED, _COMPACT):
        m = pattern.match(value)
        if m:
            try:
                return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            except ValueError:
                return None
    for form in _ENGLISH_FORMS:
        try:
            return dt.datetime.strptime(value, form).date()
        except ValueError:
            continue
    try:
        return email.utils.parsedate_to_datetime(value).date()
    except (TypeError, ValueError, IndexError, AttributeError):
        return None
