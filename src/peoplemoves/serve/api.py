"""The HTTP API and the web page: ``create_app(db_path, token)``.

Read endpoints answer the same questions as the CLI (through the same query functions),
from a read-only connection per request. One write endpoint, ``POST /api/ingest``, needs
``Authorization: Bearer <token>``; with no token configured every write is refused (403).

Every response carries a strict Content-Security-Policy: the page's own script is the only
one that may run, so even if article text were ever put into the page as markup it could
not execute. The page itself renders all article text through ``textContent`` only.
/docs is a local page over /openapi.json (FastAPI's default loads Swagger UI from a CDN,
and needs inline script, which the policy forbids).
"""

from __future__ import annotations

import dataclasses
import hmac
import inspect
import json
import os
import re
import sqlite3
import tempfile
import threading
from collections.abc import Iterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Annotated

import anyio
from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.responses import FileResponse, JSONResponse, Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from fastapi.staticfiles import StaticFiles

from peoplemoves import __version__
from peoplemoves.config import DEFAULT_MAX_BYTES
from peoplemoves.ingest import RawDocument, Rejection, content_id, iter_documents
from peoplemoves.pipeline import ingest
from peoplemoves.serve import names
from peoplemoves.serve import queries as q
from peoplemoves.serve.atom import moves_feed
from peoplemoves.serve.db import ensure_indexes, ensure_record, open_readonly
from peoplemoves.serve.resolve_hook import run_resolve
from peoplemoves.store import Store, record_is_current, writing

CSP = "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'"
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
}
#: the largest id SQLite can hold; a larger one is a 422, never a 500
MAX_ID = 2**63 - 1
#: a whole ingest request may be this large; each article within it is held to DEFAULT_MAX_BYTES
MAX_INGEST_BYTES = 50_000_000
NO_TOKEN = ("writes are disabled: this server has no ingest token configured "
            "(set PEOPLEMOVES_TOKEN or start it with --token-file)")

DESCRIPTION = """Who holds which position at which organization, and when that changed, read from news
in 11 languages. Every fact carries its sources: the document, its language and the evidence with its
offsets into the original text.

Names and organizations are found from any surface form in any script ("索尔伯格" finds Henrik Solberg,
"openai" finds OpenAI). `at` is a date in the world; `known_at` answers as the record stood on that
date (sources learned later are left out). Dates are YYYY-MM-DD (`since`/`until` also YYYY or YYYY-MM).
"""


@dataclass
class Suggestion:
    id: int
    kind: str
    name: str


@dataclass
class ErrorBody:
    detail: str
    suggestions: list[Suggestion] = field(default_factory=list)


@dataclass
class SearchAnswer:
    query: str
    matches: list[names.Match]


@dataclass
class RejectedInput:
    source: str
    reason: str


@dataclass
class IngestAnswer:
    added: int
    already_stored: int
    rejected: list[RejectedInput]
    doc_ids: list[str]  # the stored documents the request's articles are (new or already there), in order
    resolve: str | None  # the resolve step's summary; None when this build has no resolve layer


class _NotFoundError(Exception):
    def __init__(self, exc: q.NotFound):
        self.exc = exc


def _connection(request: Request) -> Iterator[sqlite3.Connection]:
    """The read-only connection of the thread answering this request (module level: FastAPI resolves
    annotations here).

    Each pool thread keeps its own connection: opening one per request cost more than most queries.
    A reader sees the record as of its query's start; WAL lets it run beside any write.
    """
    local = request.app.state.connections
    db = getattr(local, "db", None)
    if db is None:
        db = local.db = open_readonly(request.app.state.db_path)
    try:
        yield db
    finally:
        if db.in_transaction:
            db.rollback()


Db = Annotated[sqlite3.Connection, Depends(_connection)]
bearer = HTTPBearer(auto_error=False, description="the ingest token (PEOPLEMOVES_TOKEN or --token-file)")


def _warm(db_path: Path) -> None:
    """Build the fuzzy name index in the background, so no visitor waits for it."""
    try:
        db = open_readonly(db_path)
        try:
            names.warm(db)
        finally:
            db.close()
    except sqlite3.Error:
        pass  # only an optimization: the first fuzzy look-up builds it otherwise


def _static_dir() -> Path:
    return Path(str(resources.files("peoplemoves.serve").joinpath("static")))


def _no_telemetry() -> dict:
    """Recent FastAPI versions can export OpenTelemetry data; this program sends nothing anywhere."""
    if "telemetry" in inspect.signature(FastAPI.__init__).parameters:
        return {"telemetry": {"tracing": False, "metrics": False, "logs": False, "auto_configure": False}}
    return {}


def create_app(db_path: Path | str, token: str | None = None, max_ingest_bytes: int = MAX_INGEST_BYTES,
               workers: int | None = None) -> FastAPI:
    """The API and page over the store at ``db_path``; ``token`` enables POST /api/ingest.

    Reads run on a pool of ``workers`` threads (default: 4 per core, at least 8), each over its
    own read-only connection; the event loop only parses requests and sends answers, and ingest
    (HTML extraction included) runs on a thread of its own, so a write never stalls the reads.
    """
    db_path = Path(db_path)
    with Store(db_path) as store:  # create or migrate once, so read-only connections find the v3 tables
        ensure_indexes(store.db)
        ensure_record(store)  # a rebuild a killed run left unfinished is redone before serving
    threading.Thread(target=_warm, args=(db_path,), name="peoplemoves-warm", daemon=True).start()
    token = token or None
    write_lock = threading.Lock()
    ingest_limiter = anyio.CapacityLimiter(2)
    threads = workers or max(8, 4 * (os.cpu_count() or 1))

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        anyio.to_thread.current_default_thread_limiter().total_tokens = threads
        yield

    app = FastAPI(
        title="peoplemoves", version=__version__, description=DESCRIPTION, lifespan=lifespan,
        docs_url=None, redoc_url=None, openapi_url="/openapi.json", **_no_telemetry(),
    )
    app.state.db_path = db_path
    app.state.connections = threading.local()

    @app.exception_handler(Exception)
    async def server_error(request: Request, exc: Exception) -> JSONResponse:
        """A defect answers 500 with one line and the same security headers as every other answer."""
        return JSONResponse({"detail": f"internal error ({type(exc).__name__}); the request changed nothing"},
                            status_code=500, headers={**SECURITY_HEADERS, "Cache-Control": "no-store"})

    app.add_middleware(SecurityHeaders)

    @app.exception_handler(_NotFoundError)
    async def not_found(request: Request, error: _NotFoundError) -> JSONResponse:
        body = ErrorBody(error.exc.message, [Suggestion(m.entity.id, m.entity.kind, m.entity.name)
                                             for m in error.exc.suggestions[:5]])
        return JSONResponse(dataclasses.asdict(body), status_code=404)

    not_found_doc = {404: {"model": ErrorBody, "description": "nothing in the record answers to that"}}

    def date(value: str | None, name: str, full: bool = True) -> str | None:
        if value is None or value == "":
            return None
        try:
            return q.check_date(value, full=full)
        except ValueError as exc:
            raise HTTPException(422, f"{name}: {exc}") from exc

    def entity(db: sqlite3.Connection, name: str | None, ident: int | None, kind: str, param: str):
        if ident is not None:
            try:
                return None, [], q.entity_by_id(db, ident, kind)
            except q.NotFound as exc:
                raise _NotFoundError(exc) from exc
        if not name or not name.strip():
            raise HTTPException(422, f"give {param} (a name in any script) or {param}_id")
        try:
            match, others = q.find_entity(db, name, kind)
        except q.NotFound as exc:
            raise _NotFoundError(exc) from exc
        return match, others, match.entity

    # -- read endpoints ------------------------------------------------------------------------

    @app.get("/api/who", response_model=q.WhoAnswer, responses=not_found_doc, tags=["record"])
    def api_who(
        db: Db,
        org: Annotated[str | None, Query(description="organization, by any name in any script")] = None,
        org_id: Annotated[int | None, Query(ge=0, le=MAX_ID, description="organization by id (instead of org)")] = None,
        role: Annotated[str | None, Query(description="only this role ('CEO', 'chief executive')")] = None,
        at: Annotated[str | None, Query(description="date in the world (default: today)")] = None,
        known_at: Annotated[str | None, Query(description="answer as the record stood on this date")] = None,
    ):
        """Who held which position at an organization on a date."""
        match, others, ref = entity(db, org, org_id, "org", "org")
        answer = q.who(db, ref, at=date(at, "at"), role=role or None, known_at=date(known_at, "known_at"))
        answer.matched, answer.alternatives = match, others
        return answer

    @app.get("/api/moves", response_model=q.MovesAnswer, responses=not_found_doc, tags=["record"])
    def api_moves(
        db: Db,
        org: Annotated[str | None, Query(description="only this organization (any name, any script)")] = None,
        org_id: Annotated[int | None, Query(ge=0, le=MAX_ID, description="only this organization, by id")] = None,
        since: Annotated[str | None, Query(description="from (YYYY, YYYY-MM or YYYY-MM-DD)")] = None,
        until: Annotated[str | None, Query(description="to, inclusive")] = None,
        kind: Annotated[str | None, Query(description="start_position | end_position | leave_of_absence")] = None,
        known_at: Annotated[str | None, Query(description="answer as the record stood on this date")] = None,
        limit: Annotated[int, Query(ge=1, le=5000)] = 100,
    ):
        """Arrivals, departures and leaves dated in a period, newest first."""
        match, ref = None, None
        if org or org_id is not None:
            match, _, ref = entity(db, org, org_id, "org", "org")
        if kind and kind not in q.KINDS:
            raise HTTPException(422, f"kind: one of {', '.join(q.KINDS)}")
        answer = q.moves(db, ref, since=date(since, "since", full=False), until=date(until, "until", full=False),
                         kind=kind or None, known_at=date(known_at, "known_at"), limit=limit)
        answer.matched = match
        return answer

    @app.get("/api/alerts", tags=["monitor"])
    def api_alerts(db: Db, limit: Annotated[int, Query(ge=1, le=500)] = 50) -> list[dict]:
        """The latest alerts raised by `peoplemoves watch`, newest first."""
        from peoplemoves.monitor.state import recent_alerts

        return recent_alerts(db, limit)

    @app.get("/feeds/moves.atom", tags=["feeds"], response_class=Response,
             responses={200: {"content": {"application/atom+xml": {}}, "description": "an Atom feed"}})
    def feed_moves(
        request: Request,
        db: Db,
        org: Annotated[str | None, Query(description="only this organization (any name, any script)")] = None,
        person: Annotated[str | None, Query(description="only this person (any name, any script)")] = None,
        role: Annotated[str | None, Query(description="only this role ('CEO', 'chair')")] = None,
        limit: Annotated[int, Query(ge=1, le=1000)] = 100,
    ):
        """The moves of the record as an Atom feed: one entry per fact, with its sources and evidence."""
        title = "peoplemoves: moves"
        if person:
            _, _, ref = entity(db, person, None, "person", "person")
            answer = q.person(db, ref)
            facts = sorted(answer.facts, key=lambda f: f.date or "", reverse=True)
            title += f" of {ref.name}"
        else:
            ref = entity(db, org, None, "org", "org")[2] if org else None
            facts = q.moves(db, ref, limit=limit if not role else 5000).moves
            title += f" at {ref.name}" if ref else ""
        if role:
            facts = [f for f in facts if q.role_matches(f.role, role)]
            title += f", {role}"
        body = moves_feed(facts[:limit], title, str(request.url))
        return Response(body, media_type="application/atom+xml; charset=utf-8")

    @app.get("/api/person", response_model=q.PersonAnswer, responses=not_found_doc, tags=["record"])
    def api_person(
        db: Db,
        name: Annotated[str | None, Query(description="the person, by any name in any script")] = None,
        id: Annotated[int | None, Query(ge=0, le=MAX_ID, description="the person by id (instead of name)")] = None,
        known_at: Annotated[str | None, Query(description="answer as the record stood on this date")] = None,
    ):
        """A person's career across organizations, with every fact and its sources."""
        match, others, ref = entity(db, name, id, "person", "name")
        answer = q.person(db, ref, known_at=date(known_at, "known_at"))
        answer.matched, answer.alternatives = match, others
        return answer

    @app.get("/api/conflicts", response_model=list[q.Fact], tags=["record"])
    def api_conflicts(
        db: Db,
        known_at: Annotated[str | None, Query(description="as the record stood on this date")] = None,
    ):
        """Facts whose sources disagree: each disputed field, its values, and the sources behind each value."""
        return q.conflicts(db, known_at=date(known_at, "known_at"))

    @app.get("/api/search", response_model=SearchAnswer, tags=["record"])
    def api_search(
        db: Db,
        q_: Annotated[str, Query(alias="q", min_length=1, max_length=200, description="a name in any script")],
        limit: Annotated[int, Query(ge=1, le=100)] = 20,
    ):
        """People and organizations by any surface form: exact, then prefix, then fuzzy matches."""
        return SearchAnswer(q_, names.search(db, q_, limit=limit))

    @app.get("/api/stories", response_model=list[q.StorySummary], tags=["record"])
    def api_stories(db: Db, limit: Annotated[int, Query(ge=1, le=5000)] = 200):
        """Stories (documents telling the same event, in any language), newest first."""
        return q.stories(db, limit=limit)

    @app.get("/api/story/{story_id}", response_model=q.StoryAnswer, responses=not_found_doc, tags=["record"])
    def api_story(db: Db, story_id: str):
        """One story: its documents grouped by language, and the facts it tells."""
        try:
            return q.story(db, story_id)
        except q.NotFound as exc:
            raise _NotFoundError(exc) from exc

    @app.get("/api/document/{doc_id}", response_model=q.DocumentAnswer, responses=not_found_doc, tags=["record"])
    def api_document(db: Db, doc_id: str):
        """A document's original text and its events, each with the evidence offsets into that text.

        The text is the article as received: hostile input. Show it as text, never as markup."""
        try:
            return q.document(db, doc_id)
        except q.NotFound as exc:
            raise _NotFoundError(exc) from exc

    @app.get("/api/summary", response_model=q.Summary, tags=["record"])
    def api_summary(db: Db):
        """What the store holds: documents by language, entities, facts, conflicts, stories."""
        return q.summary(db)

    # -- the one write endpoint ----------------------------------------------------------------

    ingest_body = {
        "requestBody": {
            "required": True,
            "description": "Articles as JSON Lines records (a list, {\"articles\": [...]}, or one record) "
                           "with `text` or `html` and optional `id`, `url`, `title`, `published`; or plain text.",
            "content": {
                "application/json": {"schema": {"oneOf": [
                    {"type": "array", "items": {"$ref": "#/components/schemas/Article"}},
                    {"type": "object", "properties": {
                        "articles": {"type": "array", "items": {"$ref": "#/components/schemas/Article"}}}},
                    {"$ref": "#/components/schemas/Article"},
                ]}},
                "text/plain": {"schema": {"type": "string"}},
            },
        },
    }

    @app.post(
        "/api/ingest", response_model=IngestAnswer, tags=["write"], openapi_extra=ingest_body,
        responses={401: {"model": ErrorBody, "description": "missing or wrong token"},
                   403: {"model": ErrorBody, "description": "no token configured: writes are disabled"},
                   413: {"model": ErrorBody, "description": "request too large"}},
    )
    async def api_ingest(
        request: Request,
        credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
    ):
        """Ingest articles (then resolve, when this build has a resolve layer). Needs the bearer token."""
        if token is None:
            raise HTTPException(403, NO_TOKEN)
        given = credentials.credentials if credentials else ""
        if not hmac.compare_digest(given.encode("utf-8"), token.encode("utf-8")):
            raise HTTPException(401, "missing or wrong ingest token", headers={"WWW-Authenticate": "Bearer"})
        body = await _read_body(request, max_ingest_bytes)
        content_type = request.headers.get("content-type", "")

        def work() -> IngestAnswer:
            items = _articles(body, content_type)  # HTML extraction is slow: never on the event loop
            with write_lock, Store(db_path) as store, writing(db_path):
                report = ingest(items, store)
                ids = [content_id(i.text) for i in items if isinstance(i, RawDocument)]
                stored = [d for d in dict.fromkeys(ids) if store.has_document(d)]
                resolved = run_resolve(store) if report.added or not record_is_current(store) else None
            return IngestAnswer(report.added, report.already_stored,
                                [RejectedInput(r.source, r.reason) for r in report.rejected], stored, resolved)

        # Its own thread, outside the read pool: a long ingest never takes a reader's place.
        return await anyio.to_thread.run_sync(work, limiter=ingest_limiter)

    _add_article_schema(app)

    # -- the page ------------------------------------------------------------------------------

    static = _static_dir()
    app.mount("/static", StaticFiles(directory=static), name="static")

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(static / "index.html", media_type="text/html; charset=utf-8")

    @app.get("/docs", include_in_schema=False)
    def docs() -> FileResponse:
        return FileResponse(static / "docs.html", media_type="text/html; charset=utf-8")

    return app


class SecurityHeaders:
    """Put the security headers on every answer (a plain ASGI middleware: no extra task per request)."""

    def __init__(self, app) -> None:
        self.app = app
        self.headers = [(k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in SECURITY_HEADERS.items()]
        self.names = {k for k, _ in self.headers}

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        extra = self.headers + ([(b"cache-control", b"no-store")] if scope["path"].startswith("/api/") else [])
        names = {k for k, _ in extra}

        async def send_with_headers(message) -> None:
            if message["type"] == "http.response.start":
                kept = [(k, v) for k, v in message.get("headers", []) if k.lower() not in names]
                message = {**message, "headers": kept + extra}
            await send(message)

        await self.app(scope, receive, send_with_headers)


def _add_article_schema(app: FastAPI) -> None:
    """Put the Article schema (used by /api/ingest's hand-written body) into the OpenAPI components."""
    original = app.openapi

    def openapi() -> dict:
        if app.openapi_schema:
            return app.openapi_schema
        schema = original()
        schema.setdefault("components", {}).setdefault("schemas", {})["Article"] = {
            "type": "object",
            "description": "One article, as a JSON Lines record: `text` or `html` is required.",
            "properties": {
                "id": {"type": "string"}, "text": {"type": "string"}, "html": {"type": "string"},
                "url": {"type": "string"}, "title": {"type": "string"},
                "published": {"type": "string", "description": "ISO date"},
            },
        }
        return schema

    app.openapi = openapi  # type: ignore[method-assign]


async def _read_body(request: Request, limit: int) -> bytes:
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise HTTPException(413, f"request larger than {limit} bytes")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise HTTPException(413, f"request larger than {limit} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


def _articles(body: bytes, content_type: str) -> list[RawDocument | Rejection]:
    """The posted articles as the ingest layer reads JSON Lines (same checks, same limits)."""
    if not body.strip():
        raise HTTPException(422, "empty request: post JSON articles or plain text")
    if "json" not in content_type.lower():
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise HTTPException(422, "plain text must be UTF-8") from exc
        return list(_records([{"text": text}]))
    try:
        value = json.loads(body)
    except (json.JSONDecodeError, UnicodeDecodeError, RecursionError) as exc:
        raise HTTPException(422, f"malformed JSON: {exc}") from exc
    if isinstance(value, dict) and isinstance(value.get("articles"), list):
        value = value["articles"]
    records = value if isinstance(value, list) else [value]
    if not records:
        raise HTTPException(422, "no articles in the request")
    return list(_records(records))


_LINE = re.compile(r":(\d+)$")


def _records(records: list) -> Iterator[RawDocument | Rejection]:
    """Write the records to a temporary JSON Lines file and read them back with ``iter_documents``.

    ASCII escapes keep a lone surrogate (legal in JSON) writable; the reader turns it into U+FFFD.
    A record too deeply nested to write again is rejected in its place (its line is left blank).
    """
    unwritable: dict[int, Rejection] = {}
    with tempfile.TemporaryDirectory(prefix="peoplemoves-api-") as tmp:
        path = Path(tmp) / "api.jsonl"
        with path.open("w", encoding="utf-8") as handle:
            for number, record in enumerate(records, start=1):
                try:
                    line = json.dumps(record)
                except (RecursionError, ValueError):
                    unwritable[number] = Rejection(f"api:{number}", "malformed JSON: nested too deeply")
                    line = ""
                handle.write(line + "\n")
        items: list[tuple[int, RawDocument | Rejection]] = list(unwritable.items())
        for item in iter_documents([path], max_bytes=DEFAULT_MAX_BYTES):
            line_no = _LINE.search(item.source)
            if line_no is None and unwritable:
                continue  # "file is empty": every record was unwritable, and each says so already
            source = f"api:{line_no.group(1)}" if line_no else "api"
            items.append((int(line_no.group(1)) if line_no else 0, dataclasses.replace(item, source=source)))
    for _, item in sorted(items, key=lambda pair: pair[0]):
        yield item
