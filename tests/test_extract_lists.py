"""Several people in one sentence: lists joined by commas and conjunctions, on either side of a verb.

Why: boards are elected and replaced in lists ("A, B et C ont été élus… Ils remplacent D, E et F"),
and a conjunction between two names must end the first name, never glue the two into one.
"""

from __future__ import annotations

import pytest

from extract_cases import Case, case, check, end, params, start

LISTS = [
    case("elected-and-replaced-lists", "fr",
         "Patrick Morand, Anja Keller et Edgar Vogt ont été élus au conseil d'administration de la Banque "
         "Armor. Ils remplacent Chantal Roux, Fernand Blanc et Ivan Meier.",
         start("Patrick Morand"), start("Anja Keller"), start("Edgar Vogt"),
         end("Chantal Roux"), end("Fernand Blanc"), end("Ivan Meier")),
    case("conjunction-ends-a-name", "en",
         "Marlow Water appointed Tom Reyes and Clara Voss to its board.",
         start("Tom Reyes"), start("Clara Voss")),
    case("short-link-word-ends-a-name", "it",
         "Il Pastificio Borrelli ha nominato Luigi Canepa e Diego Ferri nel consiglio di amministrazione.",
         start("Luigi Canepa"), start("Diego Ferri")),
]


@pytest.mark.parametrize("c", params(LISTS))
def test_lists_of_people(c: Case) -> None:
    check(c)
