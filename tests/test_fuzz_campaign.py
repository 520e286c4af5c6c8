"""The short fuzz campaign CI runs: 2,000 generated and mutated inputs through ingest, no crash, no hang.

The long campaign (``peoplemoves bench fuzz -n 100000``) is run by hand; its figure is in the README.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from peoplemoves.bench.fuzz import run_campaign

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_two_thousand_inputs_through_ingest_without_a_crash_or_a_hang(tmp_path: Path,
                                                                    capsys: pytest.CaptureFixture[str]) -> None:
    report = run_campaign(2_000, seed=2026, corpus=ROOT / "data" / "sample", out=tmp_path / "failures",
                          max_bytes=12_000)
    with capsys.disabled():
        print(f"\n{report.line()}")
    assert report.inputs == 2_000
    assert report.crashes == 0 and report.hangs == 0, report.failures[:10]
    assert report.documents > 500 and report.rejected > 100  # both paths were exercised
    assert not (tmp_path / "failures").exists()


def test_a_failing_input_is_saved_with_its_reason(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Why: a campaign is only useful if each failure can be replayed and become a test."""
    import peoplemoves.bench.fuzz as fuzz

    def broken(items, store):
        raise RuntimeError("planted defect")

    monkeypatch.setattr(fuzz, "ingest", lambda items, store: None if store is None else broken(items, store))
    monkeypatch.setattr(fuzz, "_warm_up", lambda seeds, store, tmp: None)
    report = run_campaign(3, seed=1, corpus=ROOT / "data" / "sample", out=tmp_path / "failures", max_bytes=2_000)
    assert report.crashes == 3
    saved = sorted((tmp_path / "failures").iterdir())
    assert len(saved) == 6
    assert "RuntimeError: planted defect" in saved[1].read_text(encoding="utf-8")


REGRESSIONS = ROOT / "tests" / "fuzz_regressions"


@pytest.mark.parametrize("path", sorted(REGRESSIONS.iterdir()), ids=lambda p: p.name)
def test_every_input_a_campaign_found_now_ingests(path: Path, tmp_path: Path) -> None:
    """Each input the long campaign saved (a crash or a hang) stays fixed.

    wordfreq-mecab-ja-bare-name: a Latin word in a Japanese document asked wordfreq for its
    Japanese frequency, which needs MeCab (not installed): the document was lost to an ImportError.
    chrome-pattern-backtracking-dots: 2,000 dots then Arabic and Thaana letters (UTF-16); a Russian
    chrome pattern backtracked over the whole line: minutes to clean 25 KB.
    """
    import time

    from peoplemoves.bench.fuzz import DEFECT_REASONS, SECONDS_PER_10KB
    from peoplemoves.ingest import iter_documents
    from peoplemoves.pipeline import ingest
    from peoplemoves.store import Store

    with Store(tmp_path / "r.db") as store:
        ingest(iter_documents([ROOT / "data" / "sample" / "001_fjordcell_ceo_en.txt"]), store)  # load models
        began = time.process_time()
        report = ingest(iter_documents([path]), store)
        elapsed = time.process_time() - began
    assert not [r.line() for r in report.rejected if r.reason.startswith(DEFECT_REASONS)]
    allowed = 3 * max(1.0, SECONDS_PER_10KB * path.stat().st_size / 10_000)  # the campaign's bound, thrice
    assert elapsed < allowed, f"{elapsed:.1f} s of CPU for {path.stat().st_size} bytes"
