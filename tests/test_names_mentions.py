"""Where a name's mention starts and ends, and which of a person's forms is their name (extract/people.py,
extract/coref.py). A name cut short or lost is a person without the Latin name people search for.
The names here are invented.
"""

from __future__ import annotations

import re

import pytest

from extract_cases import extract
from peoplemoves.extract.document import role_hits
from peoplemoves.extract.people import strong_mentions
from peoplemoves.extract.view import SentenceView
from peoplemoves.ingest import Segment


def people_of(text: str) -> list[str]:
    return [p.name for p in extract(text).people]


@pytest.mark.parametrize(("text", "name"), [
    # a month's name before a surname is a given name (Spanish months are written in lower case)
    ("Talleres Brisa cambia de primer ejecutivo: Ana Ferrer releva a Julio Castañeda.", "Julio Castañeda"),
    # an elided preposition before the name: d'Alain
    ("Élu président, il prend la succession d'Alain Morvennec, qui ne se représentait pas.", "Alain Morvennec"),
    # name particles do not count among a name's four words
    ("A empresa nomeou Ana Paula Ribeiro de Almeida como diretora financeira.",
     "Ana Paula Ribeiro de Almeida"),
    # a title and four names: the run is read whole, the title cut off
    ("The president named Dr Samuel Okoth Mwangi Baraza to lead the board.", "Samuel Okoth Mwangi Baraza"),
])
def test_latin_names_found_whole(text: str, name: str) -> None:
    assert name in people_of(text)


def test_a_month_abbreviation_before_a_company_is_no_given_name() -> None:
    people = people_of("Tanvir Rosslyn, 46, joined Northwind in 1992 from Sun Microsystems and stayed.")
    assert not any(p.startswith("Sun") for p in people)


@pytest.mark.parametrize(("text", "name"), [
    ("Ramírez Olmedo niega su renuncia. La secretaria, Lucía Ramírez Olmedo, rechazó las versiones.",
     "Lucía Ramírez Olmedo"),
    ("Harlan Quist retires. Harlan J. Quist, chief executive of the league, will retire in June.",
     "Harlan J. Quist"),
])
def test_a_name_inside_a_fuller_one_is_one_person_named_fully(text: str, name: str) -> None:
    people = people_of(text)
    assert name in people and len(people) == 1, people


@pytest.mark.parametrize(("text", "name"), [
    # the object of a change verb, told with a clause before it
    ("新華科技今日宣布，譚嘉豪接替已展開退休前休假的郁曉嵐。", "郁曉嵐"),
    ("复旦精工迎来新总裁 贺明远接替到龄卸任的杜振华", "杜振华"),
    # a name right after a closing bracket, before the verb
    ("現由副署長（基建）邵一帆署任署長。", "邵一帆"),
])
def test_chinese_names_beside_a_verb_of_change(text: str, name: str) -> None:
    ex = extract(text)
    assert any(name in p.mentions for p in ex.people), [(p.name, p.mentions) for p in ex.people]


@pytest.mark.parametrize(("text", "noun"), [
    ("董事会决定由陈立新接替其担任的董事长职务。", "董事长"),
    ("公司宣布，由李明华接任总裁的高管们已到位。", "高管们"),   # 高 is a family name, 高管 a common word
])
def test_a_noun_after_de_is_no_name(text: str, noun: str) -> None:
    ex = extract(text)
    assert not any(noun in m for p in ex.people for m in p.mentions)


@pytest.mark.parametrize(("text", "name"), [
    ("Исполняющим обязанности назначен первый заместитель Волкова Сергей Климов.", "Sergei Klimov"),
    ("Об этом сообщил министр внутренних дел России Владимир Колокольцев.", "Vladimir Kolokoltsev"),
    ("Об этом сообщил Игорь Петрович Сомов.", "Igor Somov"),
])
def test_a_cyrillic_name_is_the_end_of_a_capitalized_run(text: str, name: str) -> None:
    assert name in people_of(text)


@pytest.mark.parametrize(("text", "name"), [
    ("Das Trainerteam um Fußballlehrer Konrad Wessel übernimmt.", "Konrad Wessel"),
    ("Sie setzte sich gegen die Leipziger Afrikanistin Anna Luise Brandt durch.", "Anna Luise Brandt"),
    ("Er unterlag dem Göttinger Chemiker Jonas Wiegand knapp.", "Jonas Wiegand"),
])
def test_glued_german_nouns_are_no_part_of_the_name(text: str, name: str) -> None:
    assert name in people_of(text)


def test_a_surname_read_as_a_company_is_a_surname_inside_a_full_name() -> None:
    """"Wasserman" taken for a company elsewhere in the article: after a given name it is a surname; a
    company the gazetteer or a suffix marks stays one."""
    text = "El Gobierno designa a Darío Wasserlind al frente del Banco Austral."
    view = SentenceView.of(Segment(lang="es", text=text, start=0, end=len(text), paragraph=0), 0, False)
    surname = (text.index("Wasserlind"), text.index("Wasserlind") + len("Wasserlind"))
    view.org_spans = [surname]
    assert [m.surface for m in strong_mentions(view, role_hits(view), [surname])] == ["Darío Wasserlind"]
    text = "Entre 2016 y 2020 estuvo al frente de Fondo Austral SGR y de Garantía Móvil SGR."
    view = SentenceView.of(Segment(lang="es", text=text, start=0, end=len(text), paragraph=0), 0, False)
    acronyms = [(m.start(), m.end()) for m in re.finditer("SGR", text)]
    view.org_spans = acronyms
    assert not [m.surface for m in strong_mentions(view, role_hits(view), acronyms) if "SGR" in m.surface]


@pytest.mark.parametrize(("text", "name"), [
    ("국립과학원 신임 원장에 한도윤 교수", "한도윤"),   # a particle closes the title before the name
    ("누리페이는 대표이사 김서진을 선임했다.", "김서진"),
])
def test_korean_names_after_a_title(text: str, name: str) -> None:
    ex = extract(text)
    assert any(name in p.mentions for p in ex.people), [(p.name, p.mentions) for p in ex.people]


@pytest.mark.parametrize("text", [
    "창업자인 김도윤 전 대표가 지난달 건강상의 이유로 사임했다.",   # the title is the subject
    "5대 은행 행장들의 임기가 12월 31일 끝난다.",                    # a word and its particle
    "비게 된 감독석은 당분간 수석코치가 채울 예정이다.",              # the title inside a longer word
    "이 후보는 주주총회 승인을 거쳐 정식으로 행장에 오르게 된다.",    # a verb after the title
])
def test_no_korean_name_from_the_word_after_a_title(text: str) -> None:
    ex = extract(text)
    assert not any(m.startswith(("지난", "임기", "석은", "오르"))
                   for p in ex.people for m in p.mentions), [(p.name, p.mentions) for p in ex.people]


def test_a_native_name_is_found_again_in_every_sentence() -> None:
    ex = extract("政府宣布，蔡志明接替退休的鄭鍾和。談到即將退休的鄭鍾和，局長表示感謝。鄭鍾和於1989年加入政務職系。")
    person = next(p for p in ex.people if "鄭鍾和" in p.mentions)
    # found again in the second sentence, which tells of the retirement by the name alone
    assert any(e.person == person.name and "談到" in e.evidence for e in ex.events), ex.events


def test_a_common_word_read_as_a_name_is_not_looked_for_again() -> None:
    from peoplemoves.extract.coref import _repeatable

    assert _repeatable("鄭鍾和") and _repeatable("양한광")
    assert not _repeatable("陆续有") and not _repeatable("Anna Berg")
