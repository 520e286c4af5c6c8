"""One polling round: the due sources, their new articles, ingest, resolve, alerts.

Nothing is fetched twice: an article URL (canonical) already fetched is skipped, and an
article whose text is already stored (the same story under another URL) adds only a source.
A source that fails is reported and backed off; the others go on.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field

from peoplemoves.ingest import RawDocument, Rejection, content_id, document_from_bytes
from peoplemoves.monitor.feeds import FeedError, Item, list_items
from peoplemoves.monitor.http import Fetcher, FetchError
from peoplemoves.monitor.state import MonitorStore, Source, now
from peoplemoves.pipeline import ingest
from peoplemoves.store import Store


@dataclass
class SourceReport:
    source: str
    status: str  # one line
    ok: bool
    listed: int = 0
    new: int = 0
    ingested: int = 0


@dataclass
class PollReport:
    sources: list[SourceReport] = field(default_factory=list)
    added: int = 0
    events: int = 0
    failures: list[str] = field(default_factory=list)  # one line each: a source or an article that failed


def _name(url: str) -> str:
    return "web-" + hashlib.sha256(url.encode("utf-8")).hexdigest()[:12]


def _article(fetcher: Fetcher, item: Item, body: bytes | None = None, content_type: str = "") -> RawDocument:
    if body is None:
        response = fetcher.get(item.url)
        body, content_type = response.body, response.content_type
    doc = document_from_bytes(body, _name(item.url), item.url, content_type)
    return RawDocument(name=doc.name, source=item.url, text=doc.text, published=item.published or doc.published,
                       title=item.title or doc.title, url=item.url, encoding=doc.encoding)


def poll_source(source: Source, fetcher: Fetcher, monitor: MonitorStore, store: Store,
                progress: Callable[[str], None]) -> SourceReport:
    try:
        response = fetcher.get(source.url, source.etag, source.last_modified)
    except FetchError as exc:
        wait = int(exc.retry_after) + 1 if exc.retry_after is not None else None
        monitor.record_poll(source, f"failed: {exc}", ok=False, wait_s=wait)
        return SourceReport(source.url, f"failed: {exc}", ok=False)
    if response.status == 304:
        monitor.record_poll(source, "not modified", ok=True)
        return SourceReport(source.url, "not modified (304)", ok=True)
    try:
        kind, items = list_items(response.body, response.content_type, response.url)
    except FeedError as exc:
        monitor.record_poll(source, f"failed: {exc}", ok=False)
        return SourceReport(source.url, f"failed: {exc}", ok=False)
    fresh = list({i.url: i for i in items if not monitor.fetched(i.url)}.values())
    report = SourceReport(source.url, "", ok=True, listed=len(items), new=len(fresh))
    docs: list[RawDocument | Rejection] = []
    urls: list[str] = []
    for n, item in enumerate(fresh, 1):
        progress(f"  [{n}/{len(fresh)}] {item.url}")
        try:
            page = (response.body, response.content_type) if kind == "page" else (None, "")
            docs.append(_article(fetcher, item, *page))
            urls.append(item.url)
        except FetchError as exc:
            monitor.note_fetched(item.url, None, f"rejected: {exc}")
            docs.append(Rejection(item.url, str(exc)))
    result = ingest(iter(docs), store)
    report.ingested = result.added
    rejected = {r.source: r.reason for r in result.rejected}
    for doc in docs:
        if isinstance(doc, RawDocument):
            status = f"rejected: {rejected[doc.source]}" if doc.source in rejected else "fetched"
            monitor.note_fetched(doc.source, content_id(doc.text), status)
    report.status = f"{kind}: {len(items)} listed, {len(fresh)} new, {result.added} ingested" + (
        f", {len(rejected)} rejected" if rejected else "")
    monitor.record_poll(source, report.status, ok=True, etag=response.etag, last_modified=response.last_modified)
    return report


def poll(store: Store, monitor: MonitorStore, fetcher: Fetcher, force: bool = False,
         progress: Callable[[str], None] = lambda line: None) -> PollReport:
    """Poll every due source (all of them with ``force``) once; ingest what is new."""
    report = PollReport()
    at = now()
    for source in monitor.sources():
        if not force and not source.due(at):
            continue
        progress(f"polling {source.name}")
        one = poll_source(source, fetcher, monitor, store, progress)
        report.sources.append(one)
        report.added += one.ingested
        if not one.ok:
            report.failures.append(f"{source.url}: {one.status}")
    return report
