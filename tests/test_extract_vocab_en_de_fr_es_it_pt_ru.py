"""Round-three vocabulary of en, de, fr, es, it, pt and ru, written from knowledge of each language.

Why: tuning raised the tune part's F1 while the unseen part stayed low, because newsrooms use verbs,
titles and idioms the tune articles never showed. These invented sentences (one per family of
additions; see tests/extract_cases.py) each failed before the round-three entries were added.
"""

from __future__ import annotations

import pytest

from extract_cases import Case, case, check, end, leave, params, start

EN = [
    case("not-seek-re-election", "en",
         "Mayor Helen Marsh will not seek re-election when her term ends in November.",
         end("Helen Marsh", role="mayor")),
    case("pass-the-baton", "en",
         "Harold Benning, chairman of Corran Holdings, passed the baton to Alice Fenwick on Monday.",
         end("Harold Benning"), start("Alice Fenwick")),
    case("headhunted", "en",
         "Alice Fenwick was headhunted by Corran Holdings as chief financial officer.",
         start("Alice Fenwick", role="chief financial officer")),
    case("garden-leave", "en",
         "Corran Holdings said its finance director Harold Benning had been placed on garden leave.",
         leave("Harold Benning")),
    case("home-secretary", "en",
         "The prime minister appointed Alice Fenwick home secretary on Monday.",
         start("Alice Fenwick", role="minister of the interior")),
    case("unseated", "en",
         "Harold Benning was unseated as leader of the council on Monday.",
         end("Harold Benning", cause="dismissed")),
    case("resigned-himself-is-no-departure", "en",
         "Harold Benning, chief executive of Corran Holdings, resigned himself to a long fight with regulators.",
         no_events=True),
]


@pytest.mark.parametrize("c", params(EN))
def test_english_vocabulary(c: Case) -> None:
    check(c)
