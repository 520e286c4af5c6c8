"""Dates of changes and of the articles that report them (invented text)."""

from __future__ import annotations

import datetime as dt

import pytest

from extract_cases import Case, case, check, end, params, start
from peoplemoves.ingest.pubdate import HeaderLine, publication_date, yearless_dateline
from peoplemoves.temporal import find_dates


def _header(lang: str, *lines: str) -> list[HeaderLine]:
    return [HeaderLine(line, lang) for line in lines]


def test_a_cue_inside_a_longer_word_is_no_cue() -> None:
    # "date" inside "Kandidaten": the paragraph's date is a start date, not the article's
    header = _header("de", "Musterstadt", "12.03.2021 | 09:10 Uhr | Von Erika Beispiel",
                     "Der Verein sucht Kandidaten für einen Posten, der am 1. Januar 2023 beginnen soll.")
    assert publication_date(header) == "2021-03-12"


def test_a_dateline_closed_by_a_dot_and_dash() -> None:
    header = _header("es", "Villaejemplo, Estado, 4 de marzo de 2020.- Juan Pérez Ejemplo fue designado de manera "
                     "oficial como director de la Fundación Ejemplo para el periodo 2020-2024.")
    assert publication_date(header) == "2020-03-04"


def test_a_dateline_with_its_agency_in_brackets() -> None:
    header = _header("de", "Musterstadt, 9. Juni 2020 (dpa/red) – Der Verein Beispiel hat seinen Trainer Max "
                     "Mustermann mit sofortiger Wirkung entlassen, teilte er am Dienstag mit.")
    assert publication_date(header) == "2020-06-09"


def test_an_updated_stamp_when_nothing_else_dates_the_page() -> None:
    assert publication_date(_header("en", "Business | Updated: Mar 3, 2022, 10:41 AM IST")) == "2022-03-03"
    # a real dateline still wins over the stamp
    header = _header("en", "Updated: Mar 5, 2022", "Published: Mar 3, 2022")
    assert publication_date(header) == "2022-03-03"


def test_a_cue_far_from_its_date_is_prose() -> None:
    header = _header("zh-Hans", "来源：示例日报  2016-03-15",
                     "3月14日晚间，示例银行发布公告，行长张三因工作调整辞去职务。")
    assert publication_date(header) == "2016-03-15"


DENIED_WITH_A_DAY = [
    case("es-denied-on-wednesday", "es",
         "Banco Cierzo desmintió el miércoles que su consejero delegado, Ernesto Lafuente, vaya a dimitir.",
         end("Ernesto Lafuente", status="denied", date=None), never_reported=True),
    case("de-denied-on-tuesday", "de",
         "Die Hansa Kreditbank AG hat am Dienstag Berichte dementiert, wonach Vorstandschef Jörg Lindemann "
         "zurücktreten werde.",
         end("Jörg Lindemann", status="denied", date=None), never_reported=True),
]


@pytest.mark.parametrize("c", params(DENIED_WITH_A_DAY))
def test_a_denied_change_has_no_date(c: Case) -> None:
    check(c)


BY_REFERENCE = [
    case("fr-that-day", "fr",
         "Le bal s'est ouvert le 9 octobre. Ce jour-là, les Assurances Armor ont limogé leur directeur "
         "général, Yannick Morvan.",
         end("Yannick Morvan", date="2024-10-09")),
    case("fr-next-day", "fr",
         "Le 5 mars, Paul Exemple a été réélu président de la Banque Armor. Le lendemain, les Laiteries "
         "Morvan ont nommé Claire Dupont directrice générale.",
         start("Claire Dupont", date="2025-03-06")),
    case("en-same-day-as-the-change", "en",
         "Harbour Bank chief executive Tom Sample resigned on February 20.\n\nHe had led the lender since 2019, "
         "and the bank had lost money since February 28.\n\nNorthern Mills fired its chairman, Mark Specimen, "
         "on the same day.",
         end("Mark Specimen", date="2025-02-20")),
]


@pytest.mark.parametrize("c", params(BY_REFERENCE))
def test_a_change_dated_by_reference_to_the_day_before(c: Case) -> None:
    check(c)


def test_the_end_of_this_or_next_year_is_its_december() -> None:
    anchor = dt.date(2021, 6, 14)
    for text, lang, value in [("die Ende nächsten Jahres in den Ruhestand tritt", "de", "2022-12"),
                              ("will step down at the end of the year", "en", "2021-12"),
                              ("将在今年底卸任", "zh-Hans", "2021-12"),
                              ("se jubilará a finales de este año", "es", "2021-12")]:
        assert [m.value for m in find_dates(text, lang, anchor=anchor)] == [value], text
    # the end of a past year stays a year: the text is vague about when it happened
    assert [m.value for m in find_dates("was ousted at the end of last year", "en", anchor=anchor)] == ["2020"]


TAKES_EFFECT = [
    case("es-effective-next-sentence", "es",
         "El consejo de Grupo Altamar ha nombrado consejera delegada a Lucía Ferrandis, en sustitución de "
         "Tomás Villaverde. El relevo será efectivo a finales de junio.",
         start("Lucía Ferrandis", date="2025-06"), end("Tomás Villaverde", date="2025-06")),
    case("ja-effective-next-sentence", "ja",
         "北海銀行は、佐藤浩二専務が副頭取に昇格する人事を発表した。いずれも4月1日付。",
         start("佐藤浩二", date="2025-04-01")),
    case("de-until-is-no-start", "de",
         "Die Rheinwerft AG hat ihren Trainer Max Beispiel entlassen. Sein Vertrag wäre bis zum 30. Juni "
         "2027 gelaufen.",
         end("Max Beispiel", date="2025-03-12")),
]


@pytest.mark.parametrize("c", params(TAKES_EFFECT))
def test_a_sentence_telling_when_the_change_takes_effect(c: Case) -> None:
    check(c)


def test_a_dateline_without_its_year_takes_the_latest_year_the_article_states() -> None:
    header = _header("zh-Hans", "示例网北京2月16日电（记者 张三）")
    assert yearless_dateline(header, [2010, 2013]) == "2013-02-16"
    assert yearless_dateline(header, []) is None
    # a weekday or "yesterday" in the first lines is no dateline
    assert yearless_dateline(_header("zh-Hans", "上周三，示例公司总裁张三辞职。"), [2013]) is None


STATED_OVER_GUESSED = [
    case("en-stated-day-over-news-day", "en",
         "Harbour Bank has named Ann Example as its chief executive. The lender did not give reasons. "
         "Its shares rose. Ann Example was appointed chief executive of Harbour Bank on February 20.",
         start("Ann Example", date="2025-02-20")),
]


@pytest.mark.parametrize("c", params(STATED_OVER_GUESSED))
def test_a_stated_date_beats_the_day_of_the_news(c: Case) -> None:
    check(c)
