"""The fuzz campaign: generated and mutated inputs through ingest, in process, counting crashes and hangs.

Why in process: a crash is any exception that escapes, or any document the pipeline had to turn
into a "could not be cleaned/extracted" rejection (a defect caught by the batch's safety net, not
a bad input); a hang is an input that takes more than a second per 10 KB (at least one second) of
this process's CPU time (wall time on a shared machine would count other people's work).
Each failing input is saved with its reason, so it can become a test.

Inputs are files as a user would hand them over: plain text in any encoding, HTML, JSON Lines,
made from the development corpus by mutations (byte flips, truncation, other encodings,
decomposition, script mixing, control and format characters, markup, huge tokens, deep nesting,
broken JSON) or generated from nothing. The same seed always runs the same inputs.
"""

from __future__ import annotations

import json
import random
import resource
import signal
import tempfile
import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from peoplemoves.ingest import iter_documents
from peoplemoves.pipeline import ingest
from peoplemoves.store import Store

#: a hang: more than this many seconds per 10 KB of input (and at least one second)
SECONDS_PER_10KB = 1.0
#: an input still running after this long is stopped (and counted as a hang)
HARD_LIMIT_SECONDS = 30
DEFECT_REASONS = ("could not be cleaned", "could not be extracted")

SCRIPTS = {  # code point ranges of every script the program reads, and some it does not
    "latin": (0x41, 0x24F), "greek": (0x391, 0x3C9), "cyrillic": (0x410, 0x44F), "hebrew": (0x5D0, 0x5EA),
    "arabic": (0x621, 0x64A), "devanagari": (0x905, 0x939), "thai": (0xE01, 0xE2E), "hangul": (0xAC00, 0xD7A3),
    "jamo": (0x1100, 0x11FF), "hiragana": (0x3041, 0x3096), "katakana": (0x30A1, 0x30FA), "han": (0x4E00, 0x9FFF),
    "fullwidth": (0xFF01, 0xFF5E), "combining": (0x300, 0x36F), "emoji": (0x1F300, 0x1F64F),
    "math": (0x1D400, 0x1D7FF), "private": (0xE000, 0xE0FF),
}
SPECIALS = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u202e", "\u202d", "\u2066", "\u2069", "\u00ad",
            "\x00", "\x1b[31m", "\r", "\r\n", "\t", "\x0b", "\x0c", "\x85", "\u2028", "\u2029", "\ufffd", "\u3000",
            "\u00a0", "&amp;", "&#x0;", "&nbsp;", "Ã©", "â€™", "(chuàng)", "（zhǔ）", "...", "。", "！"]
ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "gb18030", "big5", "shift_jis",
             "euc-jp", "euc-kr", "cp1252", "cp1251", "koi8-r", "latin-1"]
MARKUP = ["<p>{}</p>", "<div><script>alert(1)</script>{}</div>", "<!-- {} -->", "<![CDATA[{}]]>",
          "<title>{}</title>", "<a href='javascript:x'>{}</a>", "<meta charset='gb2312'>{}", "<b>{}"]


@dataclass
class FuzzReport:
    inputs: int = 0
    documents: int = 0
    rejected: int = 0
    crashes: int = 0
    hangs: int = 0
    seconds: float = 0.0
    slowest_seconds: float = 0.0
    slowest_kib: float = 0.0
    peak_rss_mb: float = 0.0
    bytes_run: int = 0
    failures: list[str] = field(default_factory=list)

    def line(self) -> str:
        return (f"bench fuzz: {self.inputs} inputs ({self.bytes_run / 1e6:.1f} MB) in {self.seconds:.0f} s: "
                f"{self.documents} stored, {self.rejected} rejected with a reason, {self.crashes} crashes, "
                f"{self.hangs} hangs; slowest {self.slowest_seconds:.2f} s ({self.slowest_kib:.0f} KB); "
                f"peak RSS {self.peak_rss_mb:.0f} MB")

    def to_json(self) -> dict:
        return {k: v for k, v in self.__dict__.items()}


class _Timeout(BaseException):
    """Raised by the alarm; a BaseException so the pipeline's per-document safety net lets it through."""


def _alarm(signum: int, frame: object) -> None:
    raise _Timeout


def run_campaign(n: int, seed: int = 0, corpus: Path = Path("data/sample"), out: Path = Path("fuzz-failures"),
                 max_bytes: int = 80_000, status: Callable[[str], None] = lambda line: None) -> FuzzReport:
    """Run ``n`` inputs through ingest into a scratch store; save each failing input under ``out``."""
    rng = random.Random(seed)
    seeds = _load_corpus(corpus)
    report = FuzzReport()
    started = time.monotonic()
    previous = signal.signal(signal.SIGALRM, _alarm)
    try:
        with tempfile.TemporaryDirectory(prefix="peoplemoves-fuzz-") as tmp, Store(Path(tmp) / "fuzz.db") as store:
            _warm_up(seeds, store, Path(tmp))
            for index in range(n):
                suffix, data = make_input(rng, seeds, max_bytes)
                path = Path(tmp) / f"input{suffix}"
                path.write_bytes(data)
                _run_one(index, path, data, store, report, out)
                path.unlink()
                if status and (index + 1) % 1000 == 0:
                    status(f"fuzz: {index + 1}/{n} inputs, {report.crashes} crashes, {report.hangs} hangs")
    finally:
        signal.signal(signal.SIGALRM, previous)
        signal.alarm(0)
    report.seconds = time.monotonic() - started
    report.peak_rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return report


def _warm_up(seeds: list[str], store: Store, tmp: Path) -> None:
    """Load the language models once, outside any input's time."""
    warm = tmp / "warm.txt"
    warm.write_text(seeds[0], encoding="utf-8")
    ingest(iter_documents([warm]), store)


def _run_one(index: int, path: Path, data: bytes, store: Store, report: FuzzReport, out: Path) -> None:
    report.inputs += 1
    report.bytes_run += len(data)
    problem = None
    began = time.process_time()
    signal.alarm(HARD_LIMIT_SECONDS)
    try:
        result = ingest(iter_documents([path], max_bytes=1_000_000), store)
        report.documents += result.added + result.already_stored
        report.rejected += len(result.rejected)
        defects = [r for r in result.rejected if r.reason.startswith(DEFECT_REASONS)]
        if defects:
            problem = ("crash", defects[0].reason)
        for r in result.rejected:
            if "\n" in r.line():
                problem = ("crash", f"rejection is not one line: {r.line()!r}")
    except _Timeout:
        problem = ("hang", f"still running after {HARD_LIMIT_SECONDS} s")
    except Exception as exc:  # the point: anything escaping ingest is a crash
        problem = ("crash", f"{type(exc).__name__}: {exc}")
    finally:
        signal.alarm(0)
    elapsed = time.process_time() - began
    if elapsed > report.slowest_seconds:
        report.slowest_seconds, report.slowest_kib = elapsed, len(data) / 1024
    if problem is None and elapsed > max(1.0, SECONDS_PER_10KB * len(data) / 10_000):
        problem = ("hang", f"{elapsed:.1f} s for {len(data) / 1000:.1f} KB")
    if problem is None:
        return
    kind, reason = problem
    if kind == "crash":
        report.crashes += 1
    else:
        report.hangs += 1
    out.mkdir(parents=True, exist_ok=True)
    saved = out / f"{index:06d}-{kind}{path.suffix}"
    saved.write_bytes(data)
    saved.with_name(saved.name + ".reason.txt").write_text(reason + "\n", encoding="utf-8")
    report.failures.append(f"{saved}: {reason}")


def _load_corpus(corpus: Path) -> list[str]:
    texts = []
    if corpus.is_dir():
        for path in sorted(corpus.iterdir()):
            if path.suffix in (".txt", ".html", ".jsonl") and path.is_file():
                texts.append(path.read_text(encoding="utf-8", errors="replace"))
    return texts or ["Jane Doe was appointed chief executive of Acme Corp on 3 March 2025."]


# --- generating inputs ------------------------------------------------------------------------------


def random_text(rng: random.Random, size: int) -> str:
    """Text from random scripts, words and special characters."""
    parts: list[str] = []
    while sum(map(len, parts)) < size:
        choice = rng.random()
        if choice < 0.6:
            low, high = SCRIPTS[rng.choice(list(SCRIPTS))]
            parts.append("".join(chr(rng.randint(low, high)) for _ in range(rng.randint(1, 12))))
            parts.append(rng.choice([" ", " ", "", ". ", ", ", "\n", "\n\n"]))
        elif choice < 0.85:
            parts.append(rng.choice(SPECIALS))
        else:
            parts.append(rng.choice(["Jane Doe", "appointed", "chief executive", "2025-03-17", "3 March 2025",
                                     "索尔伯格", "首席执行官", "社長に就任", "대표이사", "генеральный директор"]))
    return "".join(parts)[:size]


def mutate_text(rng: random.Random, text: str, max_chars: int) -> str:
    """One to four text mutations of an article."""
    for _ in range(rng.randint(1, 4)):
        op = rng.randrange(11)
        at = rng.randint(0, len(text))
        if op == 0:
            text = unicodedata.normalize("NFD", text)
        elif op == 1:
            text = text[:at] + random_text(rng, rng.randint(1, 200)) + text[at:]
        elif op == 2:
            text = text[:at] + rng.choice(SPECIALS) * rng.randint(1, 5_000) + text[at:]
        elif op == 3:
            text = text[:at] + rng.choice("xé字\u0301\u200b-") * rng.randint(100, 20_000) + text[at:]  # huge token
        elif op == 4:
            text = text.replace("\n", rng.choice(["", " ", "\r", "\r\n", "\u2028"]))
        elif op == 5:
            text = rng.choice(MARKUP).format(text)
        elif op == 6:
            depth = rng.randint(10, 3_000)
            text = text[:at] + "<div>" * depth + "x" + "</div>" * rng.randint(0, depth) + text[at:]
        elif op == 7:
            text = text[at:] + text[:at]
        elif op == 8:
            text = text + "\n" + text[: rng.randint(0, len(text))]
        elif op == 9:
            text = "".join(c.upper() if rng.random() < 0.3 else c for c in text)
        else:
            text = text[: rng.randint(0, len(text))]
    return text[:max_chars]


def encode(rng: random.Random, text: str) -> bytes:
    """The text in a random encoding, sometimes with flipped or cut bytes."""
    encoding = rng.choice(ENCODINGS)
    data = text.encode(encoding, errors=rng.choice(["replace", "ignore", "surrogatepass"]) if encoding.startswith(
        "utf") else rng.choice(["replace", "ignore"]))
    roll = rng.random()
    if roll < 0.15 and data:
        data = bytearray(data)
        for _ in range(rng.randint(1, 20)):
            data[rng.randrange(len(data))] = rng.randrange(256)
        data = bytes(data)
    elif roll < 0.25:
        data = data[: rng.randint(0, len(data))]
    elif roll < 0.3:
        data = bytes(rng.randrange(256) for _ in range(rng.randint(0, 2_000)))
    return data


def jsonl(rng: random.Random, texts: list[str]) -> bytes:
    """JSON Lines records, some malformed: wrong types, lone surrogates, deep nesting, broken syntax."""
    lines = []
    for text in texts:
        record: object = {"id": rng.choice(["a", 1, None, True, "x\ny", "\ud800"]), rng.choice(["text", "html"]): text,
                          "published": rng.choice(["2025-03-17", "yesterday", "", 17, "9999-99-99", None])}
        roll = rng.random()
        if roll < 0.1:
            record = rng.choice([[], "text", 3, None, {"text": 5}, {"html": ["x"]}, {}])
        elif roll < 0.2:
            nest: object = text
            for _ in range(rng.randint(10, 5_000)):
                nest = [nest]
            record = {"text": "x", "deep": nest} if rng.random() < 0.5 else nest
        try:
            line = json.dumps(record, ensure_ascii=rng.random() < 0.5)
        except (RecursionError, ValueError):
            line = "[" * 10_000
        if rng.random() < 0.1:
            line = line[: rng.randint(0, len(line))]
        if rng.random() < 0.05:
            line = line.replace('"', "'")
        lines.append(line)
    return "\n".join(lines).encode("utf-8", errors="surrogatepass" if rng.random() < 0.5 else "replace")


def make_input(rng: random.Random, seeds: list[str], max_bytes: int) -> tuple[str, bytes]:
    """(file suffix, bytes) of one input: mostly mutated articles, some generated from nothing.

    Sizes spread over orders of magnitude (most inputs small, as most articles are, a few up to
    ``max_bytes``), so a campaign is many inputs rather than a few big ones.
    """
    max_bytes = min(max_bytes, int(10 ** rng.uniform(1.5, 4.9 if rng.random() < 0.1 else 3.7)))
    max_chars = max(16, max_bytes // 2)
    base = rng.choice(seeds) if rng.random() < 0.8 else random_text(rng, rng.randint(0, min(4_000, max_chars)))
    text = mutate_text(rng, base, max_chars)
    kind = rng.random()
    if kind < 0.55:
        return ".txt", encode(rng, text)[:max_bytes]
    if kind < 0.8:
        page = f"<html><head><title>{text[:40]}</title></head><body><article>{text}</article></body></html>"
        return rng.choice([".html", ".htm"]), encode(rng, page)[:max_bytes]
    texts = [mutate_text(rng, rng.choice(seeds), max_chars // 4) for _ in range(rng.randint(1, 4))]
    return ".jsonl", jsonl(rng, [text, *texts])[:max_bytes]
