"""Newsroom phrasings in English and Russian that the language files must know.

Why: a change is often told by an idiom rather than by "appointed"/"resigned" ("ушёл из жизни" is a
death, not a departure; "расстался с тренером" is a dismissal told politely; "returned to profit" is
no one's return; "dismissed rumours" denies a firing). Each is matched by words from
languages/data/{en,ru}.toml. The sentences are invented newsroom prose (see tests/extract_cases.py).
"""

from __future__ import annotations

import pytest

from extract_cases import Case, case, check, end, leave, params, start

EN = [
    case("returned-to-profit-is-no-return", "en",
         "Halden Motors returned to profit last year under chief executive Tom Whitcombe.",
         no_events=True),
    case("dismissed-rumours-is-a-denial", "en",
         "Halden Motors dismissed rumours that chief executive Tom Whitcombe would step down.",
         end("Tom Whitcombe", status="denied"), never_reported=True),
    case("take-the-helm", "en",
         "Tom Whitcombe will take the helm of Halden Motors as chief executive in June.",
         start("Tom Whitcombe", org="Halden Motors", role="chief executive officer", status="planned",
               date="2025-06")),
    case("may-the-month-is-no-rumour", "en",
         "Tom Whitcombe will step down as chief executive of Halden Motors in May.",
         end("Tom Whitcombe", org="Halden Motors", cause="resigned", status="planned", date="2025-05")),
    case("will-join", "en",
         "Tom Whitcombe will join Halden Motors as chief financial officer in March.",
         start("Tom Whitcombe", org="Halden Motors", role="chief financial officer", status="planned")),
    case("company-joining-is-no-start", "en",
         "Halden Motors chief executive Tom Whitcombe said the company was in talks to join a consortium.",
         no_events=True),
    case("suspended-is-a-leave", "en",
         "Tom Whitcombe has been suspended as chief executive of Halden Motors pending an investigation.",
         leave("Tom Whitcombe", org="Halden Motors", role="chief executive officer")),
    case("head-of-state-is-no-title", "en",
         "The head of state named Tom Whitcombe chairman of Halden Motors.",
         start("Tom Whitcombe", role="chair")),
]

RU = [
    case("passed-away", "ru",
         "Генеральный директор компании «Балтлес» Олег Сомов ушёл из жизни в прошлый четверг.",
         end("Олег Сомов", org="Балтлес", role="chief executive officer", cause="died", date="2025-03-06")),
    case("parted-ways-with-coach", "ru",
         "Футбольный клуб «Балтика» расстался с главным тренером Олегом Сомовым.",
         end("Олегом Сомовым", org="Балтика", role="head coach", cause="dismissed")),
    case("could-head-is-a-rumour", "ru",
         "По данным источников, компанию «Балтлес» мог бы возглавить финансовый директор Виктор Громов.",
         start("Виктор Громов", org="Балтлес", status="rumored"), never_reported=True),
    case("count-of-departures-is-no-start", "ru",
         "Министр транспорта Олег Сомов покинул свой пост — он стал уже вторым министром, ушедшим в отставку "
         "за неделю.",
         end("Олег Сомов", role="minister of transport", cause="resigned"), exclusive=True),
    case("contract-not-renewed", "ru",
         "«Балтика» не стала продлевать контракт с главным тренером Олегом Сомовым.",
         end("Олегом Сомовым", org="Балтика", role="head coach", cause="unknown")),
    case("able-to-lead-is-no-start", "ru",
         "Олег Сомов умеет руководить большими коллективами, считают в «Балтлесе».",
         no_events=True),
    case("removed-from-office", "ru",
         "Губернатор отстранил от должности министра экономики Олега Сомова.",
         end("Олега Сомова", role="minister of economy", cause="dismissed")),
    case("relieved-of-the-post-held", "ru",
         "Виктор Громов освобожден от занимаемой должности заместителя министра финансов.",
         end("Виктор Громов", role="deputy minister", cause="dismissed")),
]


@pytest.mark.parametrize("c", params(EN))
def test_english(c: Case) -> None:
    check(c)


@pytest.mark.parametrize("c", params(RU))
def test_russian(c: Case) -> None:
    check(c)
