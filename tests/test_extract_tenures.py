"""Tenures told as spans of dates, with no verb of change (career summaries), in several languages.

Why: real news summarises careers ("von 2016 bis 2021 als Vizepräsidentin", "2017年9月至2020年12月出任…")
far more often than it narrates each step; each step is a start and an end with its date.
"""

from __future__ import annotations

import pytest

from extract_cases import Case, case, check, end, params, start

TENURES = [
    case("span-with-pronoun", "de",
         "Anna Keller leitet künftig die Hochschule Brandt. Zuvor war sie von 2016 bis 2021 als Vizepräsidentin "
         "der Universität Halden tätig.",
         start("Anna Keller", date="2016", role="vice president"), end("Anna Keller", date="2021")),
    case("span-from-to", "en",
         "Tom Reyes served as chief financial officer of Marlow Water from 2009 to 2014.",
         start("Tom Reyes", role="chief financial officer", date="2009"),
         end("Tom Reyes", role="chief financial officer", date="2014")),
    case("since", "en",
         "The university, which Clara Voss has led as rector since 2011, opened a new campus.",
         start("Clara Voss", role="rector", date="2011")),
    case("span-in-chinese", "zh-Hans",
         "华东重工总经理陈建国2017年9月至2020年12月在任。",
         start("陈建国", date="2017-09", role="general manager"), end("陈建国", date="2020-12")),
    case("span-in-french", "fr",
         "De 2009 à 2012, Paul Girard a été directeur financier de la Banque Armor.",
         start("Paul Girard", date="2009"), end("Paul Girard", date="2012")),
    case("no-title-no-tenure", "en",
         "Tom Reyes lived in Leeds from 2009 to 2014 before moving to Oslo.",
         no_events=True),
]


@pytest.mark.parametrize("c", params(TENURES))
def test_tenure_spans(c: Case) -> None:
    check(c)


EFFECTIVE = [
    case("effective-date-wins", "en",
         "Marlow Water said on Monday that Tom Reyes will become chief executive with effect from July 1, 2025.",
         start("Tom Reyes", date="2025-07-01", status="planned")),
    case("effective-date-ja", "ja",
         "東和精機は11日、山本健二専務が4月1日付で社長に昇格する人事を発表した。",
         start("山本健二", date="2025-04-01")),
]


@pytest.mark.parametrize("c", params(EFFECTIVE))
def test_the_date_a_change_takes_effect(c: Case) -> None:
    """Why: "with effect from 1 July" beside an announcement date: the change happens on 1 July."""
    check(c)
