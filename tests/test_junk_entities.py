"""No junk entities: a department, a place, a generic word, a product or a phrase is no person or
organization, decided from what the word lists say (per language, as data) and from what the name
does across documents. The articles are invented; each one gave a junk entity before (noted).
"""

from __future__ import annotations

import pytest
from tests.extract_cases import extract
from tests.test_resolve_units import doc, person_names

from peoplemoves.resolve import resolve_documents

ARTICLES = {
    # "Operations" was the organization of both changes
    "en": "March 3, 2025\n\nAnna Berg, Director of Operations at Fjordcell, resigned on Monday. "
          "Fjordcell named Tom Reed as chief executive officer.",
    # "Medio Oriente" and "Silicon Valley" were people
    "es": "3 de marzo de 2025\n\nLa empresa Fjordcell nombró a Tomás Ruiz director ejecutivo. Medio Oriente "
          "dimitió, según la prensa, y Silicon Valley reaccionó.",
    "it": "3 marzo 2025\n\nIl Medio Oriente ha nominato Marco Rossi amministratore delegato di Fjordcell. "
          "Marco Rossi si è dimesso.",
    # the company was a person who resigned, and the organization of no change
    "en-company": "March 3, 2025\n\nThe chairman of Kenya Ports Authority, Peter Mwangi, resigned on Monday. "
                  "Kenya Ports Authority appointed Amina Odhiambo as acting managing director.",
    "de": "Magdeburg, 3. März 2025 – Der Geschäftsführer des Klinikums, Klinikum Magdeburg, hat seinen Rücktritt "
          "erklärt. Klinikum Magdeburg beruft Anna Weber zur neuen Geschäftsführerin.",
    # 차기 ("next") and 현직 ("incumbent") were people
    "ko": "2025년 3월 3일\n\n태양건설은 차기 대표이사로 김도윤 부사장을 선임했다고 밝혔다. 현직 대표는 물러났다.",
    # a katakana phrase of a place and two common words was a person
    "ja": "2025年3月3日\n\nイタリア・テクノロジー・ウィーク氏が辞任した。"
          "北辰物流は、佐藤浩二社長が辞任したと発表した。",
}
JUNK = {"Operations", "Medio Oriente", "Silicon Valley", "Chagi", "Hyeonjig", "Itaria Tekunoroji Uiku",
        "Kessler Antriebstechnik", "Kenya Ports Authority", "Klinikum Magdeburg"}


@pytest.mark.parametrize("lang", sorted(ARTICLES))
def test_no_junk_person_or_organization(lang: str) -> None:
    ex = extract(ARTICLES[lang], f"junk-{lang}")
    people = {p.name for p in ex.people} | {e.person for e in ex.events}
    assert not people & JUNK, people
    assert not {o.name for o in ex.orgs} & {"Operations"}
    assert ex.people, "the real people are still found"


def test_a_name_more_documents_give_an_organization_is_no_person() -> None:
    # lower-cased machine translation: "chatbot" reads like a person beside a verb of change
    docs = [
        doc("a", "en", "2024-09-30", [("start_position", "Ana Lind", "Vega", "chief executive officer", "2024")],
            [("Ana Lind", None)], ["Vega", "Skybot"]),
        doc("b", "en", "2024-09-30", [], [], ["Skybot"]),
        doc("c", "it", "2024-09-30", [("start_position", "Skybot", "Vega", None, "2024")],
            [("Skybot", None)], ["Vega"]),
    ]
    res = resolve_documents(docs)
    people = {e.name for e in res.entities if e.kind == "person"}
    assert "Skybot" not in people and "Ana Lind" in people
    assert all(res.entity(f.person_id).name != "Skybot" for f in res.facts)


def test_two_written_names_that_sound_alike_at_other_organizations_stay_two_people() -> None:
    docs = [
        doc("fr", "fr", "2010-02-25", [("end_position", "René Carron", "Crédit Agricole", "chairman", "2010")],
            [("René Carron", None)], ["Crédit Agricole"]),
        doc("en", "en", "2019-05-01", [("end_position", "Rene Karon", "Yes Bank", "chairman",
                                        "2019")], [("Rene Karon", None)], ["Yes Bank"]),
    ]
    names = person_names(resolve_documents(docs))
    assert names["René Carron"] == "René Carron" and names["Rene Karon"] == "Rene Karon"


def test_a_garble_joins_its_person_through_the_translation_by_title_when_no_date_is_given() -> None:
    # the Italian machine translation writes a word for the name; the title at the same company ties them
    docs = [
        doc("orig", "zh-Hans", "2024-09-30", [("start_position", "Carl Mora", "Vega", "chief executive officer",
                                               None), ("end_position", "Tina Holt", "Vega", "president",
                                                       "2024-09-26")],
            [("Carl Mora", None), ("Tina Holt", None)], ["Vega"]),
        doc("mt", "it", "2024-09-30", [("start_position", "Superhero", "Vega", "chief executive officer", None),
                                       ("end_position", "Tina Holt", "Vega", "president", "2024-09-26")],
            [("Superhero", None), ("Tina Holt", None)], ["Vega"]),
    ]
    assert person_names(resolve_documents(docs))["Superhero"] == "Carl Mora"
