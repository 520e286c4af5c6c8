"""``ingest``, ``clean`` and ``demo`` end to end: what a user sees on stdout/stderr and what is stored.

The CLI runs as a real subprocess where crossing a process boundary matters (re-ingest, kill -9,
TTY detection, tracebacks on the real stderr) and in-process through ``main`` elsewhere, which is
much faster. Every article here was written for these tests.
"""

from __future__ import annotations

import json
import os
import re
import select
import signal
import sqlite3
import subprocess
import sys
import time
import unicodedata
from pathlib import Path

import pytest

from peoplemoves.cli.main import main
from peoplemoves.extract import extract_document
from peoplemoves.ingest import RawDocument, clean_document, content_id, iter_documents

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "data" / "sample"
REJECTED = "peoplemoves: rejected "

# --- articles (one per language; main language -> text) -----------------------------------------

ARTICLES: dict[str, tuple[str, str]] = {
    "acme_en": (
        "en",
        "Acme Corp said on Monday that Jane Doe will become its chief executive on October 1.\n\n"
        "She succeeds John Smith, who is retiring after twelve years at the company. "
        "The board thanked him for his service.\n",
    ),
    "renault_fr": (
        "fr",
        "Le conseil d’administration de Vallauris Industries a nommé jeudi Claire Dubois au poste de "
        "directrice générale.\n\n« C’est une étape décisive pour l’entreprise », a-t-elle déclaré à l’issue "
        "de la réunion. Elle remplace Marc Lefèvre, qui quitte le groupe après neuf années.\n",
    ),
    "blume_de": (
        "de",
        "Der Aufsichtsrat der Nordhafen AG hat am Freitag Oliver Brandt zum neuen Vorstandsvorsitzenden "
        "ernannt.\n\nEr übernimmt das Amt von Herbert Dietz, der das Unternehmen „im gegenseitigen "
        "Einvernehmen“ verlässt. Die Entscheidung fiel einstimmig.\n",
    ),
    "banco_es": (
        "es",
        "El consejo de administración de Banco Azahar nombró el martes a Lucía Ortega como nueva "
        "consejera delegada de la entidad.\n\nOrtega sustituye a Javier Molina, que se jubila tras "
        "quince años en el banco. La decisión entrará en vigor el próximo mes.\n",
    ),
    "gazprom_ru": (
        "ru",
        "Совет директоров компании «Северный порт» в пятницу назначил нового генерального директора.\n\n"
        "Решение вступит в силу с 1 октября, сообщила пресс-служба компании. "
        "Прежний руководитель покинет пост по собственному желанию.\n",
    ),
    "huayu_zh-Hans": (
        "zh-Hans",
        "据新华社报道，华宇科技有限公司周二宣布，任命王晓明为公司首席执行官，任期三年。\n\n"
        "此前担任首席财务官的他将于4月1日起正式履职，前任首席执行官李建国将退休。\n",
    ),
    "taiji_zh-Hant": (
        "zh-Hant",
        "根據中央社報導，台積電子公司董事會週二通過人事案，由陳志明接任董事長。\n\n"
        "原董事長劉德華則將於股東會後正式退休，公司表示將繼續推動國際業務發展。\n",
    ),
    "toyo_ja": (
        "ja",
        "東洋精機は２６日、佐藤健一執行役員が４月１日付で社長に就任すると発表した。\n\n"
        "田中誠社長は代表権のある会長に就く。同社は新体制で海外事業の拡大を目指す。\n",
    ),
    "hanbit_ko": (
        "ko",
        "한빛전자는 27일 이사회를 열고 김민수 부사장을 대표이사로 선임했다고 밝혔다.\n\n"
        "새 대표이사는 다음 달 1일부터 업무를 시작한다. 전임 대표는 고문으로 물러난다.\n",
    ),
}

#: legacy encodings end to end: file name -> (codec, expected main language, a phrase that must read back)
LEGACY: dict[str, tuple[str, str, str]] = {
    "huayu_gb18030": ("gb18030", "zh-Hans", "首席执行官"),
    "taiji_big5": ("big5", "zh-Hant", "董事會"),
    "toyo_sjis": ("shift_jis", "ja", "代表権のある会長"),
    "hanbit_euckr": ("euc_kr", "ko", "대표이사로 선임"),
    "renault_cp1252": ("cp1252", "fr", "« C’est une étape décisive"),
    "blume_cp1252": ("cp1252", "de", "„im gegenseitigen Einvernehmen“ verlässt"),
}
_LEGACY_TEXT = {
    "huayu_gb18030": ARTICLES["huayu_zh-Hans"][1],
    "taiji_big5": ARTICLES["taiji_zh-Hant"][1],
    "toyo_sjis": ARTICLES["toyo_ja"][1],
    "hanbit_euckr": ARTICLES["hanbit_ko"][1],
    "renault_cp1252": ARTICLES["renault_fr"][1],
    "blume_cp1252": ARTICLES["blume_de"][1],
}

FEED = [
    {"id": "wire-1", "published": "2025-03-04", "title": "Orion names CFO",
     "text": "Orion Systems said on Tuesday it had appointed Maria Lopez as chief financial officer."},
    {"id": "wire-2", "published": "2025-03-05",
     "text": "Kestrel Bank announced that its chairman, Peter Hall, will step down at the end of the year."},
]


def write_articles(folder: Path) -> dict[str, str]:
    """The multilingual articles as UTF-8 files plus a JSON Lines feed; returns doc_id -> main language."""
    folder.mkdir(parents=True, exist_ok=True)
    for stem, (_, text) in ARTICLES.items():
        (folder / f"{stem}.txt").write_text(text, encoding="utf-8")
    with (folder / "feed.jsonl").open("w", encoding="utf-8") as handle:
        for record in FEED:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return {**{stem: lang for stem, (lang, _) in ARTICLES.items()}, **{r["id"]: "en" for r in FEED}}


def many_articles(folder: Path, n: int) -> list[str]:
    """``n`` distinct small English articles (the index varies names, numbers and wording)."""
    folder.mkdir(parents=True, exist_ok=True)
    texts = []
    for i in range(n):
        text = (
            f"Northwind Holdings {i} said on Monday that Jane Doe{i} was appointed chief executive officer.\n\n"
            f"She replaces John Roe{i}, who resigned after {i % 17 + 2} years in the role. "
            f"The board met {i} times this year.\n"
        )
        (folder / f"a{i:04d}.txt").write_text(text, encoding="utf-8")
        texts.append(text)
    assert len(set(texts)) == n
    return texts


# --- running the CLI -----------------------------------------------------------------------------


def clean_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "PEOPLEMOVES_DB"}
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT / "src"), env.get("PYTHONPATH")) if p)
    env["PYTHONIOENCODING"] = "utf-8"
    return env


def run_cli(*args: str | Path, cwd: Path, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """The real command in its own process, stdout/stderr piped (so not a terminal)."""
    return subprocess.run(
        [sys.executable, "-m", "peoplemoves", *map(str, args)],
        cwd=cwd, env=clean_env(), capture_output=True, text=True, encoding="utf-8", timeout=timeout,
    )


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch):
    """In-process runner: (exit status, stdout, stderr)."""
    monkeypatch.delenv("PEOPLEMOVES_DB", raising=False)

    def run(*args: str | Path) -> tuple[int, str, str]:
        capsys.readouterr()
        status = main([str(a) for a in args])
        captured = capsys.readouterr()
        return status, captured.out, captured.err

    return run


def counts(db: Path) -> dict[str, int]:
    with sqlite3.connect(db) as con:
        return {t: con.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
                for t in ("documents", "segments", "events", "document_sources")}


def fold(text: str) -> str:
    """What cleaning may change without moving offsets: width forms, spacing."""
    return " ".join(unicodedata.normalize("NFKC", text).split())


def is_subsequence(small: str, big: str) -> bool:
    chars = iter(big)
    return all(c in chars for c in small)


def parse_jsonl(stdout: str) -> list[dict]:
    return [json.loads(line) for line in stdout.splitlines() if line.strip()]


# --- 1. clean --json ----------------------------------------------------------------------------


def test_clean_json_is_one_object_per_document_with_offsets_into_the_original(tmp_path: Path, cli) -> None:
    """Why: downstream tools read ``clean --json`` line by line and trust start/end to point at the source."""
    expected = write_articles(tmp_path / "news")
    status, out, err = cli("clean", "--json", tmp_path / "news")
    assert status == 0, err
    assert "Traceback" not in err
    docs = parse_jsonl(out)
    assert len(docs) == len(out.splitlines()) == len(expected)
    by_id = {d["doc_id"]: d for d in docs}
    assert set(by_id) == set(expected)

    originals = {stem: text for stem, (_, text) in ARTICLES.items()} | {r["id"]: r["text"] for r in FEED}
    for doc_id, doc in by_id.items():
        assert {"doc_id", "published", "languages", "segments"} <= set(doc)
        assert doc["languages"][0] == expected[doc_id], doc_id
        assert doc["segments"], doc_id
        original = originals[doc_id]
        previous_end = 0
        for seg in doc["segments"]:
            assert {"lang", "text", "start", "end"} <= set(seg)
            assert previous_end <= seg["start"] < seg["end"] <= len(original), (doc_id, seg)
            assert fold(original[seg["start"]:seg["end"]]) == fold(seg["text"]), (doc_id, seg)
            previous_end = seg["end"]
        assert {s["lang"] for s in doc["segments"]} >= {doc["languages"][0]}
    assert by_id["wire-1"]["published"] == "2025-03-04"
    assert by_id["wire-1"]["title"] == "Orion names CFO"


def test_clean_json_on_the_sample_corpus_matches_its_gold(cli) -> None:
    """Why: the sample's gold gives every document's id, languages (main first) and publication date."""
    gold: dict[str, dict] = {}
    for path in SAMPLE.rglob("*.json"):
        value = json.loads(path.read_text(encoding="utf-8"))
        for item in value if isinstance(value, list) else [value]:
            gold[item["doc_id"]] = item
    status, out, err = cli("clean", "--json", SAMPLE)
    assert status == 0, err
    docs = parse_jsonl(out)
    assert sorted(d["doc_id"] for d in docs) == sorted(gold)
    originals = {}
    for raw in iter_documents([SAMPLE]):
        assert isinstance(raw, RawDocument)
        originals[raw.name] = raw.text
    for doc in docs:
        want = gold[doc["doc_id"]]
        assert (doc["languages"], doc["published"]) == (want["languages"], want["published"]), doc["doc_id"]
        original = originals[doc["doc_id"]]
        for seg in doc["segments"]:
            # cleaning only drops (pinyin notes) or normalizes (width, spaces) inside a segment's span
            assert is_subsequence(fold(seg["text"]), fold(original[seg["start"]:seg["end"]])), (doc["doc_id"], seg)


# --- 5. legacy encodings ----------------------------------------------------------------------


def test_legacy_encodings_clean_to_readable_text_in_the_right_language(tmp_path: Path, cli) -> None:
    """Why: news arrives in GB18030, Big5, Shift-JIS, EUC-KR and windows-1252; none of it is UTF-8."""
    folder = tmp_path / "legacy"
    folder.mkdir()
    for stem, (codec, _, _) in LEGACY.items():
        data = _LEGACY_TEXT[stem].encode(codec)
        with pytest.raises(UnicodeDecodeError):
            data.decode("utf-8")
        (folder / f"{stem}.txt").write_bytes(data)
    status, out, err = cli("clean", "--json", folder)
    assert status == 0, err
    by_id = {d["doc_id"]: d for d in parse_jsonl(out)}
    assert set(by_id) == set(LEGACY)
    for stem, (_, lang, phrase) in LEGACY.items():
        doc = by_id[stem]
        assert doc["languages"][0] == lang, stem
        text = "".join(s["text"] for s in doc["segments"])
        assert fold(phrase) in fold(text), (stem, text)
        assert "\ufffd" not in text, stem


# --- 2. bad inputs ------------------------------------------------------------------------------

GOOD_A = "Orion Systems said on Tuesday it had appointed Maria Lopez as chief financial officer.\n"
GOOD_B = "Kestrel Bank announced that its chairman, Peter Hall, will step down at the end of the year.\n"


def _bad_input(kind: str, folder: Path) -> tuple[Path, str, str, int]:
    """(path to pass, source named in the message, words of the reason, good documents it holds)."""
    if kind == "empty":
        path = folder / "empty.txt"
        path.write_bytes(b"")
        return path, str(path), "empty", 0
    if kind == "binary":
        path = folder / "photo.txt"
        path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))  # under the 1 KB limit used below
        return path, str(path), "PNG", 0
    if kind == "undecodable":
        path = folder / "noise.txt"
        path.write_bytes(bytes(range(0x80, 0x100)) * 4)
        return path, str(path), "decode", 0
    if kind == "pdf":
        path = folder / "report.pdf"
        path.write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n")
        return path, str(path), "unsupported file type '.pdf'", 0
    if kind == "too_big":
        path = folder / "long.txt"
        path.write_text("The board met again on Friday to discuss the succession. " * 40, encoding="utf-8")
        assert path.stat().st_size > 2000
        return path, str(path), "limit", 0
    if kind == "malformed_json":
        path = folder / "feed.jsonl"
        lines = [json.dumps(FEED[0]), '{"id": "broken", "text": "unterminated', json.dumps(FEED[1])]
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        return path, f"{path}:2", "malformed JSON", 2
    if kind == "missing":
        path = folder / "does-not-exist.txt"
        return path, str(path), "no such file", 0
    raise AssertionError(kind)


BAD_KINDS = ["empty", "binary", "undecodable", "pdf", "too_big", "malformed_json", "missing"]


def _check_one_rejection(err: str, source: str, reason: str, summary_prefix: str) -> None:
    lines = err.splitlines()
    assert "Traceback" not in err
    rejected = [line for line in lines if line.startswith(REJECTED)]
    assert rejected == [line for line in lines if "rejected" in line and not line.startswith(summary_prefix)]
    assert len(rejected) == 1, err
    assert rejected[0].startswith(f"{REJECTED}{source}: "), err
    assert reason.casefold() in rejected[0].casefold(), err
    assert lines[-1].startswith(summary_prefix) and "1 rejected" in lines[-1], err
    assert len(lines) == 2, err  # the rejection and the summary, nothing else


@pytest.mark.parametrize("kind", BAD_KINDS)
def test_clean_reports_a_bad_input_in_one_line_and_goes_on(kind: str, tmp_path: Path, cli) -> None:
    """Why: one bad file in a folder of thousands must cost one line, not the batch."""
    (tmp_path / "a.txt").write_text(GOOD_A, encoding="utf-8")
    (tmp_path / "b.txt").write_text(GOOD_B, encoding="utf-8")
    bad, source, reason, good_inside = _bad_input(kind, tmp_path)
    status, out, err = cli("clean", "--json", "--max-size", "0.001", tmp_path / "a.txt", bad, tmp_path / "b.txt")
    assert status == 1
    _check_one_rejection(err, source, reason, "clean: ")
    docs = parse_jsonl(out)
    assert (docs[0]["doc_id"], docs[-1]["doc_id"]) == ("a", "b")
    assert len(docs) == 2 + good_inside


@pytest.mark.parametrize("kind", BAD_KINDS)
def test_ingest_reports_a_bad_input_in_one_line_and_keeps_what_is_stored(kind: str, tmp_path: Path, cli) -> None:
    """Why: a batch with a bad file must neither stop early nor lose documents stored by earlier runs."""
    db = tmp_path / "store.db"
    write_articles(tmp_path / "base")
    status, _, err = cli("ingest", "--db", db, tmp_path / "base")
    assert status == 0, err
    before = counts(db)
    assert before["documents"] == len(ARTICLES) + len(FEED)

    batch = tmp_path / "batch"
    batch.mkdir()
    (batch / "a.txt").write_text(GOOD_A + "Lopez joins from a rival.\n", encoding="utf-8")
    (batch / "b.txt").write_text(GOOD_B + "Hall will remain an adviser.\n", encoding="utf-8")
    bad, source, reason, good_inside = _bad_input(kind, batch)
    status, _, err = cli("ingest", "--db", db, "--max-size", "0.001", batch / "a.txt", bad, batch / "b.txt")
    assert status == 1
    _check_one_rejection(err, source, reason, "ingest: ")
    # the feed's good records were stored by the base run already: they count as already stored
    assert f"ingest: 2 added, {good_inside} already stored, 1 rejected" in err
    after = counts(db)
    assert after["documents"] == before["documents"] + 2
    assert after["segments"] > before["segments"]


@pytest.mark.slow
def test_every_bad_input_at_once_through_the_real_commands(tmp_path: Path) -> None:
    """Why: the real process must print no traceback and exit 1, with good files around bad ones kept."""
    db = tmp_path / "store.db"
    write_articles(tmp_path / "base")
    first = run_cli("ingest", "--db", db, tmp_path / "base", cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    before = counts(db)

    batch = tmp_path / "batch"
    batch.mkdir()
    (batch / "a.txt").write_text(GOOD_A + "Lopez joins from a rival.\n", encoding="utf-8")
    bads = [_bad_input(kind, batch) for kind in BAD_KINDS]
    args = [batch / "a.txt", *(b[0] for b in bads)]
    for command, prefix in (("clean", "clean: "), ("ingest", "ingest: ")):
        extra = ["--db", db] if command == "ingest" else ["--json"]
        done = run_cli(command, *extra, "--max-size", "0.001", *args, cwd=tmp_path)
        assert done.returncode == 1, done.stderr
        assert "Traceback" not in done.stderr
        lines = done.stderr.splitlines()
        assert [line.removeprefix(REJECTED).split(": ", 1)[0] for line in lines[:-1]] == [b[1] for b in bads]
        assert all(line.startswith(REJECTED) for line in lines[:-1])
        assert all(b[2].casefold() in line.casefold() for b, line in zip(bads, lines, strict=False))
        assert lines[-1].startswith(prefix) and f"{len(bads)} rejected" in lines[-1]
    after = counts(db)
    assert after["documents"] == before["documents"] + 1


# --- 3. re-ingest -------------------------------------------------------------------------------


@pytest.mark.slow
def test_reingest_adds_nothing_and_a_renamed_copy_is_another_source(tmp_path: Path, cli) -> None:
    """Why: feeds are re-read daily; the store must not grow with repeats, but should remember where they came from."""
    folder = tmp_path / "news"
    write_articles(folder)
    (folder / "acme_en_copy.txt").write_text(ARTICLES["acme_en"][1], encoding="utf-8")
    db = tmp_path / "store.db"
    n = len(ARTICLES) + len(FEED)

    first = run_cli("ingest", "--db", db, folder, cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    assert f"ingest: {n} added, 1 already stored" in first.stderr
    stored = counts(db)
    assert stored["documents"] == n
    assert stored["document_sources"] == n + 1
    assert stored["events"] > 0

    second = run_cli("ingest", "--db", db, folder, cwd=tmp_path)
    assert second.returncode == 0, second.stderr
    assert f"ingest: 0 added, {n + 1} already stored" in second.stderr
    assert counts(db) == stored

    elsewhere = tmp_path / "mirror" / "acme-renamed.txt"
    elsewhere.parent.mkdir()
    elsewhere.write_text(ARTICLES["acme_en"][1], encoding="utf-8")
    status, _, err = cli("ingest", "--db", db, elsewhere)
    assert status == 0, err
    assert "ingest: 0 added, 1 already stored" in err
    assert counts(db) == {**stored, "document_sources": stored["document_sources"] + 1}
    with sqlite3.connect(db) as con:
        doc_id = content_id(ARTICLES["acme_en"][1])
        names = {r[0] for r in con.execute("SELECT name FROM document_sources WHERE doc_id = ?", (doc_id,))}
    assert names == {"acme_en", "acme_en_copy", "acme-renamed"}


# --- 4. kill -9 -----------------------------------------------------------------------------------

KILL_BATCH = 400


def _stored(db: Path) -> int | None:
    """Committed documents, read the way another process would (read-only); None while not ready."""
    try:
        con = sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True, timeout=0.5)
        try:
            return con.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
        finally:
            con.close()
    except sqlite3.Error:
        return None


@pytest.mark.slow
def test_kill_9_mid_ingest_loses_no_committed_document_and_a_rerun_completes(tmp_path: Path) -> None:
    """Why: a crash or OOM kill must leave only whole documents, and rerunning must finish the job exactly once."""
    folder = tmp_path / "many"
    texts = many_articles(folder, KILL_BATCH)
    db = tmp_path / "store.db"
    proc = subprocess.Popen(
        [sys.executable, "-m", "peoplemoves", "ingest", "--db", str(db), str(folder)],
        cwd=tmp_path, env=clean_env(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )
    killed_at = None
    try:
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline and proc.poll() is None:
            n = _stored(db)
            if n is not None and n >= 10:
                os.kill(proc.pid, signal.SIGKILL)
                killed_at = n
                break
            time.sleep(0.005)
    finally:
        if proc.poll() is None and killed_at is None:
            proc.kill()
        proc.wait(timeout=30)
        proc.stderr.close()
    if killed_at is None:
        pytest.skip(f"the ingest of {KILL_BATCH} files ended before it could be killed (rc {proc.returncode})")
    assert proc.returncode == -signal.SIGKILL

    with sqlite3.connect(db) as con:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        rows = con.execute(
            "SELECT d.id, d.original, (SELECT COUNT(*) FROM segments s WHERE s.doc_id = d.id),"
            " (SELECT COUNT(*) FROM events e WHERE e.doc_id = d.id),"
            " (SELECT COUNT(*) FROM document_sources x WHERE x.doc_id = d.id) FROM documents d"
        ).fetchall()
        orphans = con.execute("SELECT COUNT(*) FROM segments WHERE doc_id NOT IN (SELECT id FROM documents)")
        assert orphans.fetchone()[0] == 0
    assert killed_at <= len(rows) < KILL_BATCH, "kill -9 came too late to test a half-done batch"
    for doc_id, original, n_segments, n_events, n_sources in rows:
        doc = clean_document(RawDocument(name="x", source="x", text=original))
        assert doc.doc_id == doc_id
        assert n_segments == len(doc.segments) > 0, doc_id
        assert n_events == len(extract_document(doc).events), doc_id
        assert n_sources == 1

    rerun = run_cli("ingest", "--db", db, folder, cwd=tmp_path)
    assert rerun.returncode == 0, rerun.stderr
    assert f"ingest: {KILL_BATCH - len(rows)} added, {len(rows)} already stored" in rerun.stderr
    assert "\x1b" not in rerun.stderr and "\r" not in rerun.stderr  # piped: no progress bar
    final = counts(db)
    assert final["documents"] == final["document_sources"] == KILL_BATCH
    with sqlite3.connect(db) as con:
        stored = {r[0] for r in con.execute("SELECT original FROM documents")}
        assert con.execute("SELECT COUNT(*) FROM documents d WHERE NOT EXISTS"
                           " (SELECT 1 FROM segments s WHERE s.doc_id = d.id)").fetchone()[0] == 0
    assert stored == set(texts)


# --- 6. progress bar only on a terminal ------------------------------------------------------


@pytest.mark.slow
def test_progress_bar_only_when_stderr_is_a_terminal(tmp_path: Path) -> None:
    """Why: logs and pipes must not fill with cursor codes; a person at a terminal should see progress."""
    folder = tmp_path / "many"
    many_articles(folder, 120)
    piped = run_cli("ingest", "--db", tmp_path / "piped.db", folder, cwd=tmp_path)
    assert piped.returncode == 0, piped.stderr
    assert re.search(r"[\x1b\r\x08]", piped.stderr) is None
    assert piped.stderr.splitlines() == [line for line in piped.stderr.splitlines() if line.startswith("ingest: ")]

    pty = pytest.importorskip("pty")
    master, slave = pty.openpty()
    env = clean_env() | {"TERM": "xterm-256color", "COLUMNS": "100"}
    for name in ("NO_COLOR", "TTY_INTERACTIVE", "TTY_COMPATIBLE"):  # settings that would turn rich's bar off
        env.pop(name, None)
    proc = subprocess.Popen(
        [sys.executable, "-m", "peoplemoves", "ingest", "--db", str(tmp_path / "tty.db"), str(folder)],
        cwd=tmp_path, env=env, stdout=subprocess.DEVNULL, stderr=slave,
    )
    os.close(slave)
    chunks = []
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if not select.select([master], [], [], 1.0)[0]:
            continue
        try:
            chunk = os.read(master, 65536)
        except OSError:  # EIO once the child has closed its end
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(master)
    if proc.poll() is None:
        proc.kill()
    assert proc.wait(timeout=120) == 0
    shown = b"".join(chunks).decode("utf-8", "replace")
    assert "\x1b[" in shown and "ingesting" in shown
    assert "ingest: 120 added" in shown


# --- 7. demo --------------------------------------------------------------------------------------


@pytest.mark.slow
def test_demo_ingests_the_sample_corpus_and_summarizes(tmp_path: Path) -> None:
    """Why: ``demo`` is the first thing a new user runs; from the repository root it needs no arguments."""
    db = tmp_path / "demo.db"
    done = run_cli("demo", "--db", db, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    n = sum(len(v) if isinstance(v := json.loads(p.read_text(encoding="utf-8")), list) else 1
            for p in SAMPLE.rglob("*.json"))
    assert f"ingest: {n} added, 0 already stored" in done.stdout
    assert re.search(rf"\b{n} documents, \d+ segments stored", done.stdout)
    for lang in ("en", "zh-Hans", "zh-Hant", "ja", "ko", "ru"):
        assert re.search(rf"(?m)^\W+{re.escape(lang)}\s+\W\s+\d+\s+\W+$", done.stdout), lang
    assert counts(db)["documents"] == n
