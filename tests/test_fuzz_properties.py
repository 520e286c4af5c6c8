"""Property-based tests (Hypothesis) over each layer's public functions, with hostile generators.

Generators cover every script the program reads, mixed scripts, decomposed text, lone surrogates,
control and format characters, markup, huge tokens, deep nesting, malformed JSON Lines and broken
encodings. Each test's budget is small (the whole file runs in well under a minute on 2 cores);
``bench fuzz`` is the long campaign. The properties: never an exception, offsets always inside
the original, rejections one line, the API never answers 500.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
import warnings
from pathlib import Path

import pytest

hypothesis = pytest.importorskip("hypothesis", reason="the property tests need hypothesis (pip install -e .[test])")
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from peoplemoves.bench.fuzz import ENCODINGS, SCRIPTS, SPECIALS  # noqa: E402
from peoplemoves.extract import extract_document  # noqa: E402
from peoplemoves.ingest import RawDocument, Rejection, clean_document, content_id, iter_documents  # noqa: E402
from peoplemoves.ingest.mapped_text import MappedText  # noqa: E402
from peoplemoves.ingest.normalize import normalize_paragraph  # noqa: E402
from peoplemoves.names import fold, name_parts, romanize_name, skeleton, sound_key  # noqa: E402
from peoplemoves.serve import create_app  # noqa: E402
from peoplemoves.temporal import find_dates, parse_date  # noqa: E402

FAST = settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
LANGS = ["en", "fr", "de", "es", "it", "pt", "ru", "zh-Hans", "zh-Hant", "ja", "ko"]

# --- generators ------------------------------------------------------------------------------------

script_chars = st.one_of(*[st.characters(min_codepoint=lo, max_codepoint=hi) for lo, hi in SCRIPTS.values()])
any_char = st.one_of(script_chars, st.characters(), st.sampled_from([c for c in SPECIALS if len(c) == 1]),
                     st.sampled_from(["\ud800", "\udfff", "\x00", "\x1b", "\x7f"]))
words = st.one_of(
    st.text(any_char, min_size=1, max_size=15),
    st.sampled_from(SPECIALS),
    st.sampled_from(["Jane Doe", "appointed", "chief executive", "resigned", "CEO", "3 March 2025", "2025-03-17",
                     "索尔伯格", "首席执行官", "社長に就任", "대표이사", "генеральный директор",
                     "directrice générale"]),
    st.builds(lambda c, n: c * n, st.sampled_from("xé字\u0301\u200b-"), st.integers(100, 3_000)),  # huge tokens
)
texts = st.builds(lambda ws, seps: "".join(w + s for w, s in zip(ws, seps, strict=False)),
                  st.lists(words, max_size=40), st.lists(st.sampled_from([" ", "", ". ", "\n", "\n\n", "\r\n", ", "]),
                                                         max_size=40))
hostile_texts = st.one_of(texts, texts.map(lambda t: unicodedata.normalize("NFD", t)),
                          st.builds(lambda t, m: m.format(t), texts,
                                    st.sampled_from(["<p>{}</p>", "<div>" * 50 + "{}", "<script>{}</script>",
                                                     "&amp;{}&#0;", "<!-- {}"])))


def encodable(text: str) -> str:
    return text.encode("utf-8", "replace").decode("utf-8")


# --- clean and extract -----------------------------------------------------------------------------


@FAST
@given(hostile_texts)
def test_clean_never_fails_and_offsets_point_into_the_original(text: str) -> None:
    doc = clean_document(RawDocument(name="x", source="x", text=text))
    original = doc.original
    original.encode("utf-8")  # encodable, always
    assert doc.doc_id == content_id(original)
    previous_end = 0
    for seg in doc.segments:
        assert seg.text and seg.text == seg.text.strip()
        assert 0 <= seg.start < seg.end <= len(original)
        assert seg.start >= previous_end - 1
        previous_end = seg.end
    json.dumps(doc.to_json(), ensure_ascii=False).encode("utf-8")


@FAST
@given(hostile_texts)
def test_normalizing_keeps_a_map_for_every_character(text: str) -> None:
    for line in encodable(text).split("\n"):
        para = normalize_paragraph(MappedText.of(line))
        assert len(para.origin) == len(para.text) + 1
        assert all(0 <= o <= len(line) for o in para.origin)
        assert list(para.origin) == sorted(para.origin)  # rewrites never reorder the text
        if para.text:
            start, end = para.span(0, len(para.text))
            assert 0 <= start < end <= len(line)


@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
@given(hostile_texts, st.sampled_from(["2025-03-17", None]))
def test_extract_never_fails_and_evidence_is_in_the_original(text: str, published: str | None) -> None:
    doc = clean_document(RawDocument(name="x", source="x", text=text, published=published))
    extraction = extract_document(doc)
    for event in extraction.events:
        assert 0 <= event.evidence_start < event.evidence_end <= len(doc.original)


names_any_script = st.one_of(st.text(script_chars, min_size=1, max_size=12),
                             st.sampled_from(["Jane Doe", "Henrik Solberg", "索尔伯格", "ヘンリク・ソルベリ", "김민수",
                                              "Андрей Волков", "José Garci\u0301a", "A\u200bB", "\ud800x"]))
stories = st.builds(
    lambda person, org, verb, date, noise: f"{noise} {org} said that {person} {verb} chief executive on {date}.",
    names_any_script, names_any_script, st.sampled_from(["was appointed", "resigned as", "was fired as"]),
    st.sampled_from(["3 March 2025", "2025-03-17", "Monday", "9999-99-99", "March"]), st.text(any_char, max_size=20))


@settings(max_examples=12, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
@given(st.lists(st.tuples(stories, st.sampled_from(["2025-03-17", None, "2025-03-18"])), min_size=1, max_size=6))
def test_resolve_never_fails_and_every_fact_cites_given_documents(batch: list[tuple[str, str | None]]) -> None:
    from peoplemoves.resolve import resolve_documents, source_document

    sources = []
    for i, (text, published) in enumerate(batch):
        doc = clean_document(RawDocument(name=f"d{i}", source=f"d{i}", text=text, published=published))
        sources.append(source_document(doc, extract_document(doc), learned_at="2025-03-20T00:00:00+00:00"))
    resolution = resolve_documents(sources)
    given_ids = {d.doc_id for d in sources}
    entity_ids = {e.ident for e in resolution.entities}
    for fact in resolution.facts:
        assert {s.event.doc_id for s in fact.sources} <= given_ids
        assert fact.person_id in entity_ids
    for story in resolution.stories:
        assert set(story.doc_ids) <= given_ids


# --- reading files: encodings, JSON Lines, names ---------------------------------------------------


@FAST
@given(hostile_texts, st.sampled_from(ENCODINGS), st.binary(max_size=64), st.sampled_from([".txt", ".html", ".jsonl"]))
def test_any_bytes_in_any_file_are_a_document_or_a_one_line_rejection(
    tmp_path_factory: pytest.TempPathFactory, text: str, encoding: str, noise: bytes, suffix: str
) -> None:
    data = text.encode(encoding, errors="replace" if not encoding.startswith("utf") else "surrogatepass")
    data = data[: len(data) // 2] + noise + data[len(data) // 2 :]
    path = tmp_path_factory.mktemp("bytes") / f"in\udcff\n{suffix}"
    path.write_bytes(data)
    for item in iter_documents([path]):
        if isinstance(item, Rejection):
            assert "\n" not in item.line() and item.line().encode("utf-8")
        else:
            assert content_id(item.text) and item.name.encode("utf-8") and "\n" not in item.source


json_values = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), st.text(any_char, max_size=30)),
    lambda children: st.one_of(st.lists(children, max_size=4), st.dictionaries(st.text(max_size=8), children,
                                                                                max_size=4)),
    max_leaves=30,
)
records = st.one_of(
    st.fixed_dictionaries({"text": hostile_texts}, optional={"id": json_values, "published": json_values,
                                                              "title": json_values, "url": json_values}),
    st.fixed_dictionaries({"html": hostile_texts}),
    json_values,
)


@FAST
@given(st.lists(st.one_of(records.map(json.dumps), st.text(any_char, max_size=50)), min_size=1, max_size=6))
def test_malformed_json_lines_are_rejected_record_by_record(tmp_path_factory: pytest.TempPathFactory,
                                                            lines: list[str]) -> None:
    path = tmp_path_factory.mktemp("jsonl") / "feed.jsonl"
    path.write_bytes("\n".join(lines).encode("utf-8", "surrogatepass"))
    for item in iter_documents([path]):
        if isinstance(item, Rejection):
            assert "\n" not in item.line()
        else:
            item.text.encode("utf-8")


# --- names and dates -------------------------------------------------------------------------------


@FAST
@given(st.text(any_char, max_size=60))
def test_name_folding_is_total_and_stable(name: str) -> None:
    folded = fold(name)
    assert isinstance(folded, str)
    assert fold(name) == folded  # deterministic
    sound_key(name)
    for part in name_parts(name):
        skeleton(part)
    romanize_name(name)


@FAST
@given(st.text(st.one_of(any_char, st.sampled_from("0123456789-/.年月日 ")), max_size=60),
       st.sampled_from(LANGS), st.sampled_from([None, dt.date(2025, 3, 17)]), st.sampled_from([None, "past", "future"]))
def test_the_date_grammar_is_total(text: str, lang: str, anchor: dt.date | None, tense: str | None) -> None:
    for mention in find_dates(text, lang, anchor=anchor, tense=tense):
        assert 0 <= mention.start <= mention.end <= len(text)
        if mention.value is not None:
            assert re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", mention.value), mention
    value = parse_date(text, lang)
    assert value is None or dt.date.fromisoformat(value)


# --- the API ---------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def api(tmp_path_factory: pytest.TempPathFactory) -> TestClient:
    from serve_record import build_record

    record = build_record(tmp_path_factory.mktemp("fuzz-api") / "record.db")
    return TestClient(create_app(record.path, token="fuzz-token", max_ingest_bytes=100_000),
                      raise_server_exceptions=False)


query_values = st.one_of(st.text(any_char.filter(lambda c: not "\ud800" <= c <= "\udfff"), max_size=40),
                         st.integers().map(str), st.sampled_from(["", "2025", "2025-02-30", "9" * 30, "-1"]))


@FAST
@given(st.sampled_from(["/api/who", "/api/moves", "/api/person", "/api/conflicts", "/api/search", "/api/stories"]),
       st.dictionaries(st.sampled_from(["org", "org_id", "at", "role", "known_at", "since", "until", "kind", "limit",
                                        "name", "id", "q"]), query_values, max_size=4))
def test_the_read_api_never_answers_500(api: TestClient, path: str, params: dict[str, str]) -> None:
    response = api.get(path, params=params)
    assert response.status_code < 500, (path, params, response.text[:200])


@settings(max_examples=30, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
@given(st.one_of(st.lists(records, max_size=3).map(lambda v: json.dumps(v).encode()), st.binary(max_size=200),
                 records.map(lambda v: json.dumps(v).encode())),
       st.sampled_from(["application/json", "text/plain", "application/x-ndjson", ""]))
def test_the_ingest_api_never_answers_500(api: TestClient, body: bytes, content_type: str) -> None:
    response = api.post("/api/ingest", content=body,
                        headers={"Authorization": "Bearer fuzz-token", "Content-Type": content_type})
    assert response.status_code < 500, (body[:200], response.text[:200])


def test_generators_cover_every_script_the_program_reads() -> None:
    assert {"latin", "cyrillic", "han", "hiragana", "katakana", "hangul", "combining"} <= set(SCRIPTS)
    assert Path(__file__).exists()
