"""English and German newsroom phrasings taught by languages/data/{en,de}.toml.

Why: local and regional news (councils, savings banks, public utilities, clubs, universities)
tells changes with words the first lexicons lacked: compound titles held as one post ("MD and
CEO"), "in succession to", British "stand down", "parted ways with"; German "Nachfolger von",
"trennt sich von", "aus Altersgründen", "den Vorsitz des Vorstands übernehmen". Some phrases look
like changes and are none ("put off his retirement", "unter Berufung auf", "Nachfolgeregelung").
The sentences are invented newsroom prose (see tests/extract_cases.py); xfail cases are engine
limitations.
"""

from __future__ import annotations

import pytest

from extract_cases import Case, case, check, end, params, start

EN = [
    case("compound-title-md-and-ceo", "en",
         "Rohan Mehta will take over as MD and CEO of Kestrel Bank with effect from April 1, the lender said.",
         start("Rohan Mehta", org="Kestrel Bank", role="managing director and chief executive officer",
               date="2025-04-01")),
    case("in-succession-to", "en",
         "Eastfield College has picked Anna Berg as its next principal in succession to Tom Hale, who retires "
         "in July.",
         end("Tom Hale", cause="retired")),
    case("stands-down", "en",
         "Harold Finch stands down as chairman of Norvale Water Services after nine years.",
         end("Harold Finch", org="Norvale Water Services", role="chair", cause="resigned")),
    case("parted-ways", "en",
         "Redhill Athletic parted ways with head coach Mark Dunne on Tuesday.",
         end("Mark Dunne", role="head coach", cause="dismissed", date="2025-03-11")),
    case("club-abbreviation-is-no-organization", "en",
         "FC Redhill dismissed head coach Mark Dunne on Tuesday.",
         end("Mark Dunne", org="FC Redhill", cause="dismissed")),
    case("retirement-put-off", "en",
         "Jim Carver has put off his retirement.",
         no_events=True),
    case("from-month-and-year", "en",
         "Lena Ruiz joined Ashdown Hospital as chief executive from March 2019.",
         start("Lena Ruiz", org="Ashdown Hospital", date="2019-03")),
]

DE = [
    case("successor-of", "de",
         "Thomas Keller wird Nachfolger von Vorstandschefin Anke Brandt, die im Sommer in den Ruhestand geht.",
         start("Thomas Keller"), end("Anke Brandt", role="chief executive officer", cause="retired")),
    case("parts-ways-with", "de",
         "Der SV Elbtal trennt sich von Trainer Jonas Riedel.",
         end("Jonas Riedel", role="head coach", cause="dismissed")),
    case("assistant-coach", "de",
         "Auch Co-Trainer Lars Henning muss gehen.",
         end("Lars Henning", role="assistant coach", cause="dismissed")),
    case("chair-of-the-board-taken-over", "de",
         "Der Verwaltungsrat hat entschieden, dass Vorstandsmitglied Karin Roth den Vorsitz des Vorstands "
         "der Sparkasse Talheim übernimmt.",
         start("Karin Roth", role="chief executive officer"),
         xfail="verb-last subordinate clause ('dass X den Vorsitz des Vorstands übernimmt'): the new title "
               "stands between the name and the verb, but the start takes the title right before the name "
               "(Vorstandsmitglied, the current post)"),
    case("retired-for-age", "de",
         "Er folgt auf Klaus Weber, der Ende August aus Altersgründen ausgeschieden ist.",
         end("Klaus Weber", cause="retired")),
    case("citing-is-no-appointment", "de",
         "Das Magazin berichtete unter Berufung auf Bankenkreise über Vorstandschef Peter Lorenz.",
         no_events=True),
    case("succession-plan-is-no-start", "de",
         "Aufsichtsratschef Bernd Vogel kündigte an, dass das Gremium über eine Nachfolgeregelung beraten werde.",
         no_events=True),
    case("future-auxiliary-keeps-the-subject", "de",
         "Wolfgang Strobel wird sein Amt als Vorstandschef der Brauerei Kellerhof zum Jahresende niederlegen.",
         end("Wolfgang Strobel", cause="resigned"), exclusive=True),
]


@pytest.mark.parametrize("c", params(EN))
def test_english_phrasings(c: Case) -> None:
    check(c)


@pytest.mark.parametrize("c", params(DE))
def test_german_phrasings(c: Case) -> None:
    check(c)
