"""The web page in a real headless Chromium (Debian's), against a real ``peoplemoves serve`` process.

A person searches a name in another script, opens the career timeline, follows a source to
the original article and sees the evidence highlighted; an organization's leadership changes
with the date; a hostile article (script tags, event handlers, javascript: links) shows as
literal text and runs nothing. Screenshots go to artifacts/screenshots/.

Skips with a reason when Chromium or Playwright is missing (``python3 scripts/dev.py test``
installs Debian's chromium when run as root). Playwright drives the system browser through
``executable_path``; it never downloads one.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from serve_record import HOSTILE_EVIDENCE, HOSTILE_TEXT, Record, build_record

ROOT = Path(__file__).resolve().parent.parent
SHOTS = ROOT / "artifacts" / "screenshots"
# $PEOPLEMOVES_CHROMIUM names another Chromium build (e.g. on a laptop); by default Debian's
CHROMIUM = Path(os.environ.get("PEOPLEMOVES_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]
TOKEN = "e2e-token"

if not CHROMIUM.exists():
    pytest.skip(f"no Chromium at {CHROMIUM} (as root, `python3 scripts/dev.py test` installs Debian's chromium)",
                allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="Playwright for Python is not installed (pip install "
                                                             "-e .[test])")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Server:
    base: str
    record: Record
    process: subprocess.Popen


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    record = build_record(tmp_path_factory.mktemp("e2e") / "record.db")
    port = _free_port()
    env = {**os.environ, "PEOPLEMOVES_TOKEN": TOKEN}
    process = subprocess.Popen(
        [sys.executable, "-m", "peoplemoves", "serve", "--db", str(record.path), "--port", str(port)],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            with urllib.request.urlopen(f"{base}/api/summary", timeout=2) as response:
                if response.status == 200:
                    break
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                output = process.stdout.read().decode() if process.stdout else ""
                process.kill()
                pytest.fail(f"peoplemoves serve did not start: {output}")
            time.sleep(0.1)
    yield Server(base, record, process)
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()


@dataclass
class Browser:
    context: object
    base: str
    dialogs: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    offsite: list[str] = field(default_factory=list)

    def page(self):
        page = self.context.new_page()
        page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        page.on("pageerror", lambda e: self.errors.append(f"page error: {e}"))
        page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        return page

    def open(self, page, fragment: str) -> None:
        """Load the page at a route and wait until it is drawn (a new document each time: no stale state)."""
        page.goto("about:blank")
        page.goto(f"{self.base}/{fragment}")
        page.wait_for_selector("body[data-state=ready]")

    def check_clean(self) -> None:
        assert self.dialogs == [], self.dialogs
        assert self.errors == [], self.errors
        assert self.offsite == [], self.offsite


@pytest.fixture(scope="module")
def browser(server: Server, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Browser]:
    SHOTS.mkdir(parents=True, exist_ok=True)
    with sync_api.sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            str(tmp_path_factory.mktemp("chromium-profile")), executable_path=str(CHROMIUM), headless=True,
            args=FLAGS, viewport={"width": 1200, "height": 900}, locale="en-US",
        )
        state = Browser(context, server.base)

        def only_this_server(route) -> None:  # the page must need nothing from anywhere else
            if route.request.url.startswith(server.base + "/"):
                route.continue_()
            else:
                state.offsite.append(route.request.url)
                route.abort()

        context.route("**/*", only_this_server)
        try:
            yield state
        finally:
            context.close()


@pytest.fixture
def fresh(browser: Browser) -> Iterator[Browser]:
    """Each test starts with no dialogs, errors or off-site requests recorded, and checks none happened."""
    browser.dialogs.clear()
    browser.errors.clear()
    browser.offsite.clear()
    yield browser
    browser.check_clean()


def shot(page, name: str) -> None:
    page.screenshot(path=str(SHOTS / name), full_page=True)


# --- a person's journey ---------------------------------------------------------------------------


def test_search_in_another_script_then_timeline_then_evidence(fresh: Browser, server: Server) -> None:
    page = fresh.page()
    fresh.open(page, "")
    page.fill("#search-input", "索爾伯格")  # Traditional Chinese; the record has the Simplified 索尔伯格
    page.press("#search-input", "Enter")
    page.wait_for_selector("body[data-page=search][data-state=ready]")
    first = page.locator("li.result").first
    assert "Henrik Solberg" in first.inner_text() and "索尔伯格" in first.inner_text()
    shot(page, "01-search-cjk.png")

    first.get_by_role("link", name="Henrik Solberg").click()
    page.wait_for_selector("body[data-page=person][data-state=ready]")
    assert page.locator("h1").inner_text() == "Henrik Solberg"
    assert page.locator(".timeline .bar").count() == 1
    assert "2019-01-07 → 2025-03-13" in page.locator(".position .span").inner_text()
    aliases = page.locator(".aliases").inner_text()
    assert "ヘンリク・ソルベリ" in aliases and "亨里克·索尔伯格" in aliases
    shot(page, "02-person-timeline.png")

    source = page.locator(".facts li.source").filter(has=page.locator(".badge.lang", has_text="zh-Hans")).first
    evidence = source.locator("blockquote.evidence").inner_text()
    assert evidence == "峡湾电池公司首席执行官亨里克·索尔伯格于3月14日辞职"
    source.locator("a").first.click()
    page.wait_for_selector("body[data-page=doc][data-state=ready]")
    focus = page.locator("mark.evidence.focus")
    assert focus.count() == 1 and focus.inner_text() == evidence
    background = focus.evaluate("el => getComputedStyle(el).backgroundColor")
    assert background not in ("rgba(0, 0, 0, 0)", "transparent")
    assert page.locator("pre.original").inner_text().startswith("新华社奥斯陆3月18日电")
    shot(page, "03-document-evidence.png")
    page.close()


def test_evidence_offsets_survive_characters_outside_the_bmp(fresh: Browser, server: Server) -> None:
    """Why: offsets are code points (Python); JavaScript indexes UTF-16, so 🔋 or 𝐍 before a span shifts it."""
    record = server.record
    page = fresh.page()
    doc = json.loads(urllib.request.urlopen(f"{server.base}/api/document/{record.docs['fj-en']}").read())
    assert doc["original"].startswith("🔋𝐍𝐄𝐖𝐒")
    marks = []
    for event in doc["events"]:
        fresh.open(page, f"#/doc/{record.docs['fj-en']}?hl={event['evidence_start']}-{event['evidence_end']}")
        marks.append(page.locator("mark.evidence.focus").inner_text())
        assert marks[-1] == event["evidence"]
    assert len(marks) == 2
    page.close()


def test_organization_leadership_changes_with_the_date(fresh: Browser, server: Server) -> None:
    page = fresh.page()
    org = server.record.entities["fjordcell"]
    fresh.open(page, f"#/org/{org}?at=2024-01-01")
    holders = page.locator("#leadership td.holder").all_inner_texts()
    assert holders == ["Ingrid Aas", "Henrik Solberg", "Marta Lindqvist"]
    history = page.locator("ol.history li.move")
    assert history.count() == 3
    assert "arrives" in history.first.inner_text() and "Marta Lindqvist" in history.first.inner_text()
    assert "leaves" in history.nth(1).inner_text()

    page.fill("#at", "2025-06-01")
    page.dispatch_event("#at", "change")
    page.wait_for_function("""() => {
        const box = document.getElementById('leadership');
        return box.dataset.state === 'ready' && !box.innerText.includes('Henrik Solberg');
    }""")
    rows = page.locator("#leadership tbody tr").all_inner_texts()
    assert any("chief executive officer" in r and "Marta Lindqvist" in r and "acting" in r for r in rows)
    assert page.evaluate("location.hash").endswith("at=2025-06-01")
    shot(page, "04-organization.png")
    page.close()


def test_story_groups_articles_by_language_and_conflicts_show_every_value(fresh: Browser, server: Server) -> None:
    page = fresh.page()
    fresh.open(page, "#/story/story-fjordcell")
    groups = page.locator(".lang-group")
    assert [groups.nth(i).get_attribute("data-lang") for i in range(groups.count())] == ["en", "fr", "ja", "zh-Hans"]
    assert "Japanese" in groups.nth(2).locator("h2").inner_text()
    shot(page, "05-story.png")

    fresh.open(page, "#/conflicts")
    conflicts = page.locator(".conflict-item")
    assert conflicts.count() == 3
    resignation = conflicts.filter(has=page.locator(".fact-line", has_text="leaves Henrik Solberg"))
    values = resignation.locator("td.value").all_inner_texts()
    assert values == ["2025-03-13", "2025-03-14"]
    assert resignation.locator("tbody tr").nth(1).locator(".badge.lang").all_inner_texts() == ["zh-Hans"]
    shot(page, "06-conflicts.png")
    page.close()


def test_api_docs_page_works_offline(fresh: Browser) -> None:
    page = fresh.page()
    page.goto(f"{fresh.base}/docs")
    page.wait_for_selector("body[data-state=ready]")
    paths = page.locator("#docs .endpoint .path").all_inner_texts()
    assert {"/api/who", "/api/person", "/api/ingest", "/api/document/{doc_id}"} <= set(paths)
    shot(page, "07-api-docs.png")
    page.close()


# --- hostile input --------------------------------------------------------------------------------

NOTHING_INJECTED = """() => {
    const scripts = [...document.querySelectorAll('script')].map((s) => s.getAttribute('src'));
    const handlers = [...document.querySelectorAll('*')].filter(
        (el) => [...el.attributes].some((a) => a.name.toLowerCase().startsWith('on')));
    const links = [...document.querySelectorAll('a[href]')].filter(
        (a) => !/^(#|\\/|https?:)/i.test(a.getAttribute('href')));
    return {
        scripts,
        injected: document.querySelectorAll('main img, main iframe, main svg, main object, main embed, main style,'
            + ' main script, main form, main h1 ~ h1, body > h1').length,
        handlers: handlers.length,
        links: links.map((a) => a.getAttribute('href')),
        bodyVisible: getComputedStyle(document.body).display !== 'none',
    };
}"""


def _post_hostile(server: Server) -> str:
    body = json.dumps([{"id": "hostile-e2e", "text": HOSTILE_TEXT, "url": "javascript:alert('url')",
                        "title": "<img src=x onerror=alert('title')>"}]).encode()
    request = urllib.request.Request(f"{server.base}/api/ingest", data=body, method="POST", headers={
        "Content-Type": "application/json", "Authorization": f"Bearer {TOKEN}"})
    with urllib.request.urlopen(request, timeout=120) as response:
        answer = json.loads(response.read())
    assert answer["added"] == 1, answer
    return answer["doc_ids"][0]


def test_hostile_article_shows_as_text_and_runs_nothing(fresh: Browser, server: Server) -> None:
    """Why: articles are hostile input; none of their markup may run or even become an element."""
    record = server.record
    page = fresh.page()

    def visit(fragment: str, name: str | None = None) -> None:
        fresh.open(page, fragment)
        page.wait_for_timeout(150)  # give an injected onerror/onload the chance to fire
        found = page.evaluate(NOTHING_INJECTED)
        assert found == {"scripts": ["/static/app.js"], "injected": 0, "handlers": 0, "links": [],
                         "bodyVisible": True}, fragment
        assert page.locator(".error").count() == 0, fragment
        assert page.evaluate("typeof window.pwned") == "undefined"
        if name:
            shot(page, name)

    visit(f"#/doc/{record.docs['hx-en']}", "08-hostile-document.png")
    text = page.locator("pre.original").inner_text()
    assert "<script>alert('pwned')</script>" in text and "<img src=x onerror=alert('name')>" in text
    assert page.locator("mark.evidence").inner_text() == HOSTILE_EVIDENCE
    assert page.locator("h1").inner_text() == "<script>alert('title')</script>Hostile"
    assert "javascript:alert('url')" in page.locator("main").inner_text()  # shown as text, not as a link
    visit(f"#/person/{record.entities['mallory']}", "09-hostile-person.png")
    assert page.locator("h1").inner_text() == "Mallory <img src=x onerror=alert('name')>"
    assert HOSTILE_EVIDENCE in page.locator(".facts blockquote.evidence").all_inner_texts()
    for fragment in (f"#/org/{record.entities['evil']}?at=2024-06-01", "#/story/story-hostile", "#/search/Mallory",
                     "#/conflicts", "#/"):
        visit(fragment)

    # last, because the server then resolves its whole store again (the fixture record gives way)
    ingested = _post_hostile(server)
    visit(f"#/doc/{ingested}", "10-hostile-ingested.png")
    assert "<iframe src=\"javascript:alert('frame')\"></iframe>" in page.locator("pre.original").inner_text()
    assert page.locator("h1").inner_text() == "<img src=x onerror=alert('title')>"
    page.close()
