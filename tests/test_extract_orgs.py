"""Organization detection (extract/orgs.py) across languages.

Why: an event without its organization is lost for the evaluation and for the record, and the
shapes organizations take differ by script and language: names that begin with "Ö" or "М", acronyms
in Cyrillic, clubs named by one word after an article, elided links ("dell'"), CJK conjunctions
inside a name. The sentences are invented newsroom prose (see tests/extract_cases.py).
"""

from __future__ import annotations

import pytest

from extract_cases import Case, case, check, end, params, start
from peoplemoves.extract.orgs import OrgMention, tie_forms

CASES = [
    # capitalized words are any script's upper-case letters, not only A-Z
    case("umlaut-initial-company", "de",
         "Der Aufsichtsrat der Ölwerke Rhön AG hat Jonas Falkner zum Vorstandsvorsitzenden bestellt.",
         start("Jonas Falkner", org="Ölwerke Rhön AG")),
    case("cyrillic-acronym", "ru",
         "ОЗТК назначило Ивана Петрова генеральным директором.",
         start("Ивана Петрова", org="ОЗТК")),
    # one capitalized word after a definite article is a club or company ([orgs] bare_after)
    case("bare-club-after-article", "es",
         "Tomás Herrera dejó el banquillo del Olímpico el jueves.",
         end("Tomás Herrera", org="Olímpico")),
    case("bare-club-feminine-article", "it",
         "In autunno la Valdarnese ha esonerato l'allenatore Marco Fini.",
         end("Marco Fini", org="Valdarnese")),
    case("bare-club-with-state-acronym", "pt",
         "O técnico Carlos Mota deixou o Tapajós-PA na quinta-feira.",
         end("Carlos Mota", org="Tapajós-PA")),
    # an elided link glued to the next word by its apostrophe stays inside the name
    case("elided-link-inside-name", "it",
         "Il presidente della Banca Popolare dell'Alta Valmora, Marco Fini, si è dimesso ieri.",
         end("Marco Fini", org="Banca Popolare dell'Alta Valmora")),
    # Russian names the organization in the genitive right after a title ([orgs] genitive_after_title)
    case("genitive-after-title", "ru",
         "Михаил Орлов объявил, что уходит с поста президента Листбанка.",
         end("Михаил Орлов", org="Листбанка")),
    case("genitive-region-after-title", "ru",
         "Губернатор Северной области Иван Петров подал в отставку.",
         end("Иван Петров", org="Северной области")),
    case("genitive-town-before-person", "ru",
         "Глава Верхнеозёрска Андрей Елисеев подал в отставку.",
         end("Андрей Елисеев", org="Верхнеозёрска")),
    case("person-after-title-is-no-org", "ru",
         "Совет в четверг избрал ректором Дмитрия Бокова.",
         start("Дмитрия Бокова", org=None)),
    # Korean: who speaks for an organization is no part of its name ([orgs] speakers)
    case("spokesman-is-no-part-of-name", "ko",
         "한빛시 관계자는 김민수 부시장이 사의를 표명했다고 밝혔다.",
         end("김민수", org="한빛시")),
    case("according-to-official", "ko",
         "9일 한빛시 관계자에 따르면 김민수 부시장은 사의를 표명했다.",
         end("김민수", org="한빛시")),
    # Korean: a bare place or club between a person's name and the title ([orgs] org_between_name_and_title)
    case("club-between-name-and-title", "ko",
         "김민수 한빛 감독은 지난 26일 사퇴했다.",
         end("김민수", org="한빛")),
    case("person-before-title-is-no-org", "ko",
         "구단은 김민수 수석코치를 감독으로 선임했다.",
         start("김민수", org=None)),
    # CJK: 及 and 暨 may stand inside one name ([orgs] inner_conjunctions), or join two names
    case("conjunction-inside-name", "zh-Hans",
         "文教及体育事务局局长王明远昨日宣布辞职。",
         end("王明远", org="文教及体育事务局")),
    case("conjunction-between-two-names", "zh-Hans",
         "东岳金控暨东岳银行董事长王明远昨日宣布辞职。",
         end("王明远", org="东岳银行")),
    # one lower-case adjective may follow a name's first word before the link ("Banca popolare di …")
    case("lower-case-adjective-inside-name", "it",
         "Il presidente della Banca popolare dell'Alta Valmora, Marco Fini, si è dimesso ieri.",
         end("Marco Fini", org="Banca popolare dell'Alta Valmora")),
    # a lower-case organization word before a capitalized name is part of it
    case("lower-case-org-word-before-name", "fr",
         "Le président sortant de l'université Jean-Valmont, Paul Morin, a démissionné jeudi dernier.",
         end("Paul Morin", org="université Jean-Valmont")),
    case("dateline-city-with-accent", "fr",
         "LÉVIS — Le Groupe Valmont a nommé Hélène Marchais directrice générale.",
         start("Hélène Marchais", org="Groupe Valmont")),
]


@pytest.mark.parametrize("c", params(CASES))
def test_orgs(c: Case) -> None:
    check(c)


# --- forms of one organization in one document (orgs.tie_forms) ---------------------------------


def _tied(*surfaces: str) -> list[str]:
    """The name each mention gets once the document's forms are tied (one mention per surface)."""
    found = [[OrgMention(0, len(s), s)] for s in surfaces]
    tie_forms(found, lambda m: m.canonical or m.surface)
    return [m.canonical or m.surface for mentions in found for m in mentions]


def test_inflected_form_is_the_same_org():
    got = _tied("Sparkassenverbands Nordmark", "Sparkassenverband Nordmark", "Sparkassenverband Nordmark")
    assert set(got) == {"Sparkassenverband Nordmark"}


def test_short_form_is_the_same_org():
    assert set(_tied("Kelso", "Kelso Shire Council", "Kelso Shire Council")) == {"Kelso Shire Council"}


def test_cjk_short_form_is_the_same_org():
    assert set(_tied("东岳金", "东岳金控")) == {"东岳金控"}


def test_described_form_is_the_same_org():
    assert set(_tied("supermercados Valcorán", "Valcorán", "Valcorán")) == {"Valcorán"}


def test_short_form_of_two_orgs_stays_apart():
    got = _tied("Sparkasse", "Sparkasse Nordmark", "Sparkasse Südheide")
    assert got == ["Sparkasse", "Sparkasse Nordmark", "Sparkasse Südheide"]
