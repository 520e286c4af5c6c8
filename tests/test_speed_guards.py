"""What makes extraction fast must not change what it finds (issue 11).

The word-list automaton and the name automaton must give exactly the hits of the regular
expressions they replace; ``--jobs`` must not change the output or its order; long sentences
are cut, not lost; a document over its time budget is left out with a reason while the rest of
the batch is kept. Speed itself is measured by ``peoplemoves bench extract``, never here.
"""

from __future__ import annotations

import json
import re
import time
from pathlib import Path

import pytest

from peoplemoves.cli.main import main
from peoplemoves.extract.lexicon import PhraseMatcher, fold_for_match, lexicon_for
from peoplemoves.extract.namelist import names_pattern
from peoplemoves.ingest import RawDocument, Rejection, iter_documents
from peoplemoves.ingest.sentences import MAX_SENTENCE, split_sentences
from peoplemoves.parallel import ordered_map
from peoplemoves.pipeline import Processed, process
from peoplemoves.timebudget import BudgetExceeded, time_budget

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "data" / "sample"
LANGS = ("en", "de", "fr", "es", "it", "pt", "ru", "ja", "ko", "zh", "zh-Hant")


def _sample_sentences() -> list[str]:
    texts = [r.text for r in iter_documents([SAMPLE]) if not isinstance(r, Rejection)]
    return [line for text in texts for line in text.split("\n") if line.strip()]


def _regex_hits(matcher: PhraseMatcher, text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in matcher._regex.finditer(text)]


def test_word_list_automaton_finds_what_the_regex_finds() -> None:
    lines = _sample_sentences()
    words = [w for line in lines[:400] for w in line.split()]
    tricky = ["ſhare ΣΟΦΙΑ İstanbul CEO’s chief executive", "the\u00a0chief  executive officer", ""]
    for tag in LANGS:
        for matcher in lexicon_for(tag).matchers():
            for text in [*lines, *words[:2000], *tricky]:
                assert [(h.start, h.end) for h in matcher.find(text)] == _regex_hits(matcher, text), (tag, text)
                assert matcher.contains(text) == bool(matcher._regex.search(text))


def test_wildcards_and_odd_entries_still_match() -> None:
    matcher = PhraseMatcher({"direct*": "director", "chief executive": "ceo", "*x": "any"}, "en")
    text = "The Director and the chief   executive met; direction changed."
    assert [(h.start, h.end) for h in matcher.find(text)] == _regex_hits(matcher, text)
    assert fold_for_match("İSTANBUL") == "istanbul" and len(fold_for_match("İ")) == 1


def _old_names_regex(names: tuple[str, ...], ignore_case: bool) -> re.Pattern[str]:
    parts = [rf"(?<![\w@]){re.escape(n)}(?![\w]|-\w)" if n.isascii() else re.escape(n)
             for n in sorted(names, key=len, reverse=True)]
    return re.compile("|".join(parts), re.IGNORECASE if ignore_case else 0)


@pytest.mark.parametrize("ignore_case", [True, False])
def test_known_names_found_as_the_old_expression_found_them(ignore_case: bool) -> None:
    names = ("Solberg", "Henrik Solberg", "Berg", "李明", "明", "GPT", "Anna-Lena", "solberg")
    texts = ["Henrik Solberg met Berg and SOLBERG; gpt-4o is no GPT.", "李明和明说", "@Berg Bergen Berg-x Berg-",
             "Anna-Lena Berg, anna-lena", ""]
    pattern = names_pattern(names, ignore_case)
    old = _old_names_regex(names, ignore_case)
    for text in texts:
        assert [(m.start(), m.end(), m.group()) for m in pattern.finditer(text)] == \
               [(m.start(), m.end(), m.group()) for m in old.finditer(text)], text


def test_long_sentences_are_cut_and_nothing_is_lost() -> None:
    text = "CEO resigns " * 2000 + "下一句没有标点" * 400
    spans = split_sentences(text)
    assert all(end - start <= MAX_SENTENCE for start, end in spans)
    assert "".join(text[s:e] for s, e in spans).replace(" ", "") == text.replace(" ", "")
    normal = "Fjordcell named Henrik Solberg chief executive. He starts in May."
    assert split_sentences(normal) == [(0, 47), (48, 65)]


def _double(x: int) -> int:
    return 2 * x


def test_ordered_map_keeps_the_input_order_on_several_processes() -> None:
    items = list(range(103))
    out = list(ordered_map(_double, items, jobs=2, skip=lambda x: -1 if x % 10 == 0 else None))
    assert [item for item, _ in out] == items
    assert [answer for _, answer in out] == [-1 if x % 10 == 0 else 2 * x for x in items]
    assert list(ordered_map(_double, [5], jobs=4)) == [(5, 10)]


def test_extract_output_does_not_depend_on_jobs(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    outputs = []
    for jobs in ("1", "2"):
        assert main(["extract", str(SAMPLE), "--json", "--jobs", jobs]) == 0
        outputs.append(capsys.readouterr().out)
    assert outputs[0] == outputs[1]
    assert len(outputs[0].splitlines()) >= len(list(SAMPLE.glob("*.txt")))


def test_time_budget_interrupts_runaway_work() -> None:
    start = time.process_time()
    with pytest.raises(BudgetExceeded), time_budget(0.2):
        while True:
            pass
    assert time.process_time() - start < 5
    with time_budget(0):  # no limit
        assert sum(range(1000)) == 499500


def test_a_document_over_its_budget_is_left_out_with_a_reason() -> None:
    raw = RawDocument(name="long", source="long.txt", text="CEO resigns " * 200_000, encoding="utf-8")
    result = process(raw, budget=0.05)
    assert isinstance(result, Rejection)
    assert "time budget" in result.reason and "\n" not in result.reason
    short = RawDocument(name="s", source="s.txt", text="Fjordcell named Henrik Solberg chief executive.",
                        encoding="utf-8")
    assert isinstance(process(short, budget=30), Processed)


def test_a_short_extract_needs_no_web_stack(tmp_path: Path) -> None:
    import subprocess
    import sys

    one = tmp_path / "one.txt"
    one.write_text("Fjordcell named Henrik Solberg chief executive on Monday.", encoding="utf-8")
    code = ("import sys; from peoplemoves.cli.main import main; rc = main(['extract', sys.argv[1], '--json']); "
            "heavy = [m for m in ('fastapi', 'uvicorn', 'trafilatura', 'peoplemoves.serve.queries', "
            "'peoplemoves.bench.corpus') if m in sys.modules]; print(heavy, file=sys.stderr); sys.exit(rc)")
    done = subprocess.run([sys.executable, "-c", code, str(one)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["events"]
    assert done.stderr.strip().splitlines()[-1] == "[]"


@pytest.mark.slow
def test_a_huge_single_line_document_does_not_stall_a_folder(tmp_path: Path) -> None:
    """7 MB on one line with 100 normal articles: the articles are all stored (issue 11)."""
    import sqlite3
    import subprocess
    import sys

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "huge.txt").write_text("CEO resigns " * (7_000_000 // 12), encoding="utf-8")
    sentences = [s for s in _sample_sentences() if len(s) > 60][:200]
    for i in range(100):
        body = "\n\n".join(sentences[(i + k) % len(sentences)] for k in range(0, 12, 3))
        (folder / f"a{i:03}.txt").write_text(f"Article {i}\n\n{body}\n", encoding="utf-8")
    db = tmp_path / "store.db"
    done = subprocess.run([sys.executable, "-m", "peoplemoves.cli.main", "ingest", str(folder), "--db", str(db),
                           "--jobs", "2"], capture_output=True, text=True, timeout=900)
    with sqlite3.connect(db) as con:
        names = {row[0] for row in con.execute("SELECT name FROM documents")}
    assert {f"a{i:03}" for i in range(100)} <= names, done.stderr
    if "huge" not in names:  # left out by the budget: one line that says why
        lines = [line for line in done.stderr.splitlines() if "huge.txt" in line]
        assert len(lines) == 1 and "time budget" in lines[0]
