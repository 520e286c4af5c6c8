"""Files, folders, HTML pages and JSON Lines in, ``RawDocument`` or ``Rejection`` out.

A batch must survive any bad input: every problem with one file (or one JSON Lines record)
becomes a ``Rejection`` with a one-sentence reason, and the iteration goes on. Size limits are
checked from ``stat`` before reading, and JSON Lines files are streamed record by record, so a
huge or endless file never lands in memory whole.
"""

from __future__ import annotations

import json
import os
import re
import stat
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import BinaryIO

from .decode import LEGACY_ENCODINGS, binary_kind, decode_bytes
from .html import extract_html, normalize_date
from .records import InputRejected, RawDocument, Rejection

__all__ = ["SUPPORTED_SUFFIXES", "iter_documents"]

_KINDS = {
    ".txt": "text",
    ".text": "text",
    ".md": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
}
SUPPORTED_SUFFIXES = frozenset(_KINDS)
# Markdown is read when named, but not picked up from folders, where it is a corpus's README.
_NOT_FROM_FOLDERS = frozenset({".md"})

Item = RawDocument | Rejection


def iter_documents(paths: Sequence[str | Path], max_bytes: int = 10_000_000) -> Iterator[Item]:
    """Read every path in turn: files by extension, folders recursively in sorted order."""
    if isinstance(paths, str | Path):
        paths = [paths]  # a lone path, not a sequence of one-letter paths
    for path in paths:
        yield from _read_path(Path(path), max_bytes)


def _read_path(path: Path, max_bytes: int) -> Iterator[Item]:
    try:
        info = path.stat()
    except OSError as exc:
        yield Rejection(str(path), _os_reason(exc))
        return
    if stat.S_ISDIR(info.st_mode):
        yield from _read_folder(path, max_bytes)
    elif not stat.S_ISREG(info.st_mode):
        yield Rejection(str(path), "not a regular file")
    elif path.suffix.lower() not in _KINDS:
        shown = f"'{path.suffix}'" if path.suffix else "(no extension)"
        yield Rejection(str(path), f"unsupported file type {shown} (expected .txt, .html or .jsonl)")
    else:
        yield from _read_file(path, info.st_size, max_bytes)


def _read_folder(folder: Path, max_bytes: int) -> Iterator[Item]:
    for found in _walk(folder):
        if isinstance(found, Rejection):
            yield found
            continue
        try:
            size = found.stat().st_size
        except OSError as exc:
            yield Rejection(str(found), _os_reason(exc))
            continue
        yield from _read_file(found, size, max_bytes)


def _walk(root: Path) -> Iterator[Path | Rejection]:
    """Supported files under ``root``, depth first in name order.

    Dot-names are skipped, other extensions passed over (gold .json files sit beside the
    articles), symlink loops cut. An explicit stack: folder depth must not hit the recursion limit.
    """
    seen: set[tuple[int, int]] = set()
    stack: list[Iterator[os.DirEntry[str]]] = []

    def enter(folder: Path) -> Rejection | None:
        try:
            info = folder.stat()
            if (info.st_dev, info.st_ino) not in seen:
                seen.add((info.st_dev, info.st_ino))
                with os.scandir(folder) as scan:
                    stack.append(iter(sorted(scan, key=lambda e: e.name)))
        except OSError as exc:
            return Rejection(str(folder), _os_reason(exc))
        return None

    problem = enter(root)
    if problem:
        yield problem
    while stack:
        entry = next(stack[-1], None)
        if entry is None:
            stack.pop()
            continue
        if entry.name.startswith("."):
            continue
        path = Path(entry.path)
        try:
            is_dir = entry.is_dir()
        except OSError:
            is_dir = False
        if is_dir:
            problem = enter(path)
            if problem:
                yield problem
        elif path.suffix.lower() in _KINDS and path.suffix.lower() not in _NOT_FROM_FOLDERS:
            try:
                regular = entry.is_file()
            except OSError:
                regular = False
            yield path if regular else Rejection(str(path), "not a regular file")  # a FIFO would block


def _read_file(path: Path, size: int, max_bytes: int) -> Iterator[Item]:
    kind = _KINDS[path.suffix.lower()]
    if kind == "jsonl":
        yield from _read_jsonl(path, max_bytes)
        return
    source = str(path)
    if size > max_bytes:
        yield Rejection(source, f"file is {_size(size)}, over the {_limit(max_bytes)} limit")
        return
    try:
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)  # the file may have grown since stat
        if len(data) > max_bytes:
            raise InputRejected(f"file is over the {_limit(max_bytes)} limit")
        yield _text_document(data, path.stem, source, html=kind == "html")
    except InputRejected as exc:
        yield Rejection(source, exc.reason)
    except OSError as exc:
        yield Rejection(source, _os_reason(exc))


def _text_document(data: bytes, name: str, source: str, html: bool) -> RawDocument:
    """A plain-text or HTML file's bytes as a document (HTML also when a .txt holds a page)."""
    text, encoding = decode_bytes(data, declared=_declared_charset(data) if html else None)
    if not html and _looks_like_html(text):
        html = True
        declared = _declared_charset(data)
        if declared and encoding != "utf-8":
            text, encoding = decode_bytes(data, declared=declared)
    if not html:
        return RawDocument(name=name, source=source, text=text, encoding=encoding)
    article = extract_html(text, source)
    return RawDocument(
        name=name,
        source=source,
        text=article.text,
        published=article.published,
        title=article.title,
        url=article.url,
        encoding=encoding,
    )


_HTML_START = re.compile(r"\A\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>])", re.IGNORECASE | re.DOTALL)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_:.-]{2,40})""", re.IGNORECASE)


def _looks_like_html(text: str) -> bool:
    return _HTML_START.match(text[:2000]) is not None


def _declared_charset(data: bytes) -> str | None:
    """The charset a page declares in its first 4 KB (``<meta charset>`` or http-equiv)."""
    m = _META_CHARSET.search(data[:4096])
    return m.group(1).decode("ascii") if m else None


# --- JSON Lines -------------------------------------------------------------------------------


def _read_jsonl(path: Path, max_bytes: int) -> Iterator[Item]:
    """One record per line, streamed; a bad record is rejected and the file goes on."""
    try:
        handle = path.open("rb")
    except OSError as exc:
        yield Rejection(str(path), _os_reason(exc))
        return
    with handle:
        try:
            head = handle.read(4096)
            handle.seek(0)
        except OSError as exc:
            yield Rejection(str(path), _os_reason(exc))
            return
        kind = binary_kind(head)
        if kind or (b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff"))):
            yield Rejection(str(path), f"binary file ({kind or 'contains NUL bytes'}), not text")
            return
        if head.startswith((b"\xff\xfe", b"\xfe\xff")):
            yield Rejection(str(path), "JSON Lines must be UTF-8 or an ASCII-compatible encoding, not UTF-16")
            return
        records = 0
        hint: str | None = None  # a legacy encoding found on one line is tried first on the next
        try:
            for number, line in _lines(handle, max_bytes):
                if isinstance(line, int):
                    records += 1
                    reason = f"record is {_size(line)}, over the {_limit(max_bytes)} limit"
                    yield Rejection(f"{path}:{number}", reason)
                    continue
                line = line.rstrip(b"\r\n")
                if number == 1:
                    line = line.removeprefix(b"\xef\xbb\xbf")
                if not line.strip():
                    continue
                records += 1
                item = _jsonl_record(line, path, number, hint)
                if isinstance(item, RawDocument) and item.encoding in LEGACY_ENCODINGS:
                    hint = item.encoding
                yield item
        except OSError as exc:
            yield Rejection(str(path), _os_reason(exc))
            return
        if not records:
            yield Rejection(str(path), "file is empty")


def _lines(handle: BinaryIO, max_bytes: int) -> Iterator[tuple[int, bytes | int]]:
    """(line number, bytes) per line; for a line over ``max_bytes``, its size instead.

    The long line is skipped in 1 MB reads, never held whole.
    """
    number = 0
    while True:
        line = handle.readline(max_bytes + 1)
        if not line:
            return
        number += 1
        if len(line.rstrip(b"\r\n")) > max_bytes:
            size = len(line)
            while line and not line.endswith(b"\n"):
                line = handle.readline(1 << 20)
                size += len(line)
            yield number, size - (2 if line.endswith(b"\r\n") else 1 if line.endswith(b"\n") else 0)
            continue
        yield number, line


def _jsonl_record(line: bytes, path: Path, number: int, hint: str | None = None) -> Item:
    source = f"{path}:{number}"
    try:
        try:
            text, encoding = line.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            text, encoding = decode_bytes(line, declared=hint)
        return _record_document(_parse_object(text), path.stem, number, source, encoding)
    except InputRejected as exc:
        return Rejection(source, exc.reason)


def _parse_object(text: str) -> dict:
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputRejected(f"malformed JSON: {exc.msg} (column {exc.colno})") from exc
    except RecursionError as exc:
        raise InputRejected("malformed JSON: nested too deeply") from exc
    if not isinstance(value, dict):
        raise InputRejected(f"expected a JSON object, got {_json_type(value)}")
    return value


def _record_document(record: dict, stem: str, number: int, source: str, encoding: str) -> RawDocument:
    """A record's body is ``text`` if it has any, else the article extracted from ``html``;
    the record's own title/url/published win over the page's."""
    text, html = record.get("text"), record.get("html")
    for key, value in (("text", text), ("html", html)):
        if value is not None and not isinstance(value, str):
            raise InputRejected(f"'{key}' must be a string, got {_json_type(value)}")
    if text is None and html is None:
        raise InputRejected("record has neither 'text' nor 'html'")
    record_id = record.get("id")
    usable_id = isinstance(record_id, str | int) and not isinstance(record_id, bool)
    name = str(record_id).strip() if usable_id else None
    title = _string(record.get("title"))
    url = _string(record.get("url"))
    published = normalize_date(record["published"]) if isinstance(record.get("published"), str) else None
    if text is not None and text.strip():
        body = text.replace("\r\n", "\n").replace("\r", "\n")
    elif html is not None and html.strip():
        article = extract_html(html, source)
        body = article.text
        title = title or article.title
        url = url or article.url
        published = published or article.published
    else:
        raise InputRejected(f"'{'text' if text is not None else 'html'}' is empty")
    return RawDocument(
        name=name or f"{stem}-{number}",
        source=source,
        text=body,
        published=published,
        title=title,
        url=url,
        encoding=encoding,
    )


def _string(value: object) -> str | None:
    return (value.strip() or None) if isinstance(value, str) else None


def _json_type(value: object) -> str:
    names = {list: "an array", str: "a string", bool: "a boolean", int: "a number", float: "a number"}
    return "null" if value is None else names.get(type(value), type(value).__name__)


# --- small helpers ----------------------------------------------------------------------------


def _size(size: int) -> str:
    """12_400_000 → '12.4 MB', 1_500 → '1.5 KB' (decimal units, as the limit is given)."""
    if size >= 100_000:
        return f"{size / 1_000_000:.1f} MB"
    return f"{size / 1_000:.1f} KB" if size >= 1_000 else f"{size} bytes"


def _limit(size: int) -> str:
    """10_000_000 → '10 MB', 2_000 → '2 KB': a limit prints without needless decimals."""
    if size >= 100_000:
        return f"{size / 1_000_000:g} MB"
    return f"{size / 1_000:g} KB" if size >= 1_000 else f"{size} bytes"


def _os_reason(exc: OSError) -> str:
    if isinstance(exc, FileNotFoundError):
        return "no such file or directory"
    if isinstance(exc, PermissionError):
        return "permission denied"
    if isinstance(exc, NotADirectoryError):
        return "not a directory"
    return f"cannot read: {exc.strerror or type(exc).__name__}".lower()


def document_from_bytes(data: bytes, name: str, source: str, content_type: str = "") -> RawDocument:
    """A fetched page or text as a document, decoded by its declared charset or its bytes (the monitor's door).

    A page says it is HTML by its Content-Type or by its first bytes.
    """
    html = "html" in content_type.lower() or _looks_like_html(data[:2000].decode("latin-1"))
    return _text_document(data, name, source, html)
