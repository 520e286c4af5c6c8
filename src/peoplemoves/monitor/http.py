"""A polite HTTP client for feeds and article pages.

A good citizen of the web: a clear User-Agent, robots.txt honoured, one request at a time per
host with a minimum interval, conditional GET (ETag / Last-Modified), timeouts, a bounded number
of redirects, a size cap read as the body streams in, and retries with backoff on 5xx and 429
(honouring Retry-After, up to a ceiling). Every failure is a :class:`FetchError` with one line.
"""

from __future__ import annotations

import email.utils
import time
import urllib.robotparser
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

import httpx

from peoplemoves import __version__

USER_AGENT = f"peoplemoves/{__version__} (news monitor; +https://pypi.org/project/peoplemoves/)"
#: a page or feed larger than this is not read further
MAX_BYTES = 5_000_000
MAX_REDIRECTS = 5
#: the longest wait a Retry-After may impose within one poll; longer ones become the next poll time
MAX_RETRY_WAIT_S = 10.0


class FetchError(Exception):
    """A fetch that failed, in one line; ``retry_after`` when the server asked to come back later."""

    def __init__(self, message: str, retry_after: float | None = None):
        super().__init__(message)
        self.retry_after = retry_after


@dataclass
class Response:
    url: str  # the final URL after redirects
    status: int  # 200, or 304 when a conditional GET found nothing new
    body: bytes
    content_type: str
    etag: str | None
    last_modified: str | None


@dataclass
class Fetcher:
    timeout_s: float = 10.0
    min_interval_s: float = 1.0  # between two requests to one host
    retries: int = 2
    max_bytes: int = MAX_BYTES
    transport: httpx.BaseTransport | None = None
    _last: dict[str, float] = field(default_factory=dict)
    _robots: dict[str, urllib.robotparser.RobotFileParser | None] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.client = httpx.Client(
            headers={"User-Agent": USER_AGENT, "Accept-Encoding": "gzip, deflate"},
            timeout=httpx.Timeout(self.timeout_s), follow_redirects=False, transport=self.transport,
        )

    def close(self) -> None:
        self.client.close()

    def get(self, url: str, etag: str | None = None, last_modified: str | None = None) -> Response:
        if not url.startswith(("http://", "https://")):
            raise FetchError(f"{url}: not an http(s) URL")
        if not self.allowed(url):
            raise FetchError(f"{url}: disallowed by robots.txt")
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        attempt = 0
        while True:
            try:
                return self._follow(url, headers)
            except FetchError as exc:
                attempt += 1
                wait = exc.retry_after
                if wait is None or attempt > self.retries or wait > MAX_RETRY_WAIT_S:
                    raise
                time.sleep(wait)

    def _follow(self, url: str, headers: dict[str, str]) -> Response:
        seen = []
        for _ in range(MAX_REDIRECTS + 1):
            seen.append(url)
            response = self._request(url, headers)
            if response.status in (301, 302, 303, 307, 308):
                target = response.content_type  # the Location header, carried in this field for redirects
                if not target:
                    raise FetchError(f"{url}: redirect without a Location")
                url = urljoin(url, target)
                if url in seen:
                    raise FetchError(f"{seen[0]}: redirect loop ({len(seen)} steps)")
                if not self.allowed(url):
                    raise FetchError(f"{url}: disallowed by robots.txt")
                continue
            return response
        raise FetchError(f"{seen[0]}: more than {MAX_REDIRECTS} redirects")

    def _request(self, url: str, headers: dict[str, str]) -> Response:
        self._wait_turn(url)
        try:
            with self.client.stream("GET", url, headers=headers) as r:
                if r.status_code in (301, 302, 303, 307, 308):
                    return Response(url, r.status_code, b"", r.headers.get("location", ""), None, None)
                if r.status_code == 304:
                    return Response(url, 304, b"", "", r.headers.get("etag"), r.headers.get("last-modified"))
                if r.status_code == 429 or r.status_code >= 500:
                    wait = _retry_after(r.headers.get("retry-after"))
                    base = wait if wait is not None else 1.0
                    raise FetchError(f"{url}: HTTP {r.status_code}", retry_after=base)
                if r.status_code != 200:
                    raise FetchError(f"{url}: HTTP {r.status_code}")
                declared = r.headers.get("content-length", "")
                if declared.isdigit() and int(declared) > self.max_bytes:
                    raise FetchError(f"{url}: too large ({int(declared) // 1_000_000} MB > "
                                     f"{self.max_bytes // 1_000_000} MB)")
                body = bytearray()
                for chunk in r.iter_bytes():
                    body += chunk
                    if len(body) > self.max_bytes:
                        raise FetchError(f"{url}: too large (over {self.max_bytes // 1_000_000} MB)")
                return Response(url, 200, bytes(body), r.headers.get("content-type", ""), r.headers.get("etag"),
                                r.headers.get("last-modified"))
        except httpx.TimeoutException as exc:
            raise FetchError(f"{url}: timed out after {self.timeout_s:g} s") from exc
        except httpx.HTTPError as exc:
            raise FetchError(f"{url}: {type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}") from exc

    def _wait_turn(self, url: str) -> None:
        host = urlsplit(url).netloc
        last = self._last.get(host)
        if last is not None:
            gap = time.monotonic() - last
            if gap < self.min_interval_s:
                time.sleep(self.min_interval_s - gap)
        self._last[host] = time.monotonic()

    def allowed(self, url: str) -> bool:
        """robots.txt of the URL's host says we may fetch it (a missing or unreadable robots.txt allows)."""
        parts = urlsplit(url)
        host = f"{parts.scheme}://{parts.netloc}"
        if host not in self._robots:
            self._robots[host] = None
            try:
                response = self._request(host + "/robots.txt", {})
            except FetchError:
                response = None
            if response is not None and response.status == 200:
                parser = urllib.robotparser.RobotFileParser()
                parser.parse(response.body.decode("utf-8", "replace").splitlines())
                self._robots[host] = parser
        parser = self._robots[host]
        return parser is None or parser.can_fetch(USER_AGENT, url)


def _retry_after(value: str | None) -> float | None:
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())
