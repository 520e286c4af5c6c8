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

DE = [
    case("staffelstab-handover", "de",
         "Klaus Brenner, Vorstandschef der Halder AG, gibt den Staffelstab zum Jahresende weiter.",
         end("Klaus Brenner", role="chief executive officer")),
    case("not-running-again", "de",
         "Oberbürgermeister Klaus Brenner kandidiert nicht mehr für das Amt.",
         end("Klaus Brenner", role="mayor")),
    case("suspended", "de",
         "Der Finanzvorstand der Halder AG, Klaus Brenner, wurde am Montag suspendiert.",
         leave("Klaus Brenner")),
    case("contract-runs-out", "de",
         "Der FC Halder und Cheftrainer Klaus Brenner haben sich auf eine Vertragsauflösung geeinigt.",
         end("Klaus Brenner", role="head coach")),
    case("throws-in-the-towel", "de",
         "Cheftrainer Klaus Brenner wirft beim FC Halder das Handtuch.",
         end("Klaus Brenner", cause="resigned")),
    case("party-leader", "de",
         "Jana Roth wurde am Montag zur Parteivorsitzenden gewählt.",
         start("Jana Roth", role="party leader")),
    case("sworn-in", "de",
         "Jana Roth wurde am Montag als Bürgermeisterin vereidigt.",
         start("Jana Roth", role="mayor")),
    case("calls-for-resignation-are-no-resignation", "de",
         "Die Rücktrittsforderungen gegen Vorstandschef Klaus Brenner von der Halder AG werden lauter.",
         no_events=True),
]


@pytest.mark.parametrize("c", params(EN))
def test_english_vocabulary(c: Case) -> None:
    check(c)


@pytest.mark.parametrize("c", params(DE))
def test_german_vocabulary(c: Case) -> None:
    check(c)
