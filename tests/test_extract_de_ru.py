"""Extraction per event kind in German and Russian news.

Why: German capitalizes every noun, glues titles into compounds (Finanzvorständin,
Aufsichtsratsvorsitzender) and puts the verb of a perfect or passive last ("hat … ernannt");
Russian declines names and companies (назначил Ирину Волкову, директор «Сибмаша») and marks the
future in the verb (покинет). Each is matched by words from languages/data/{de,ru}.toml. The
sentences are invented newsroom prose (see tests/extract_cases.py); xfail cases are engine limitations.
"""

from __future__ import annotations

import pytest

from extract_cases import Case, case, check, end, leave, params, start

DE = [
    case("appointment", "de",
         "Der Aufsichtsrat der Nordlicht Energie AG hat Katrin Oberhuber zur neuen Finanzvorständin ernannt.",
         start("Katrin Oberhuber", org="Nordlicht Energie AG", role="chief financial officer", interim=False,
               status="reported")),
    case("resignation-last-thursday", "de",
         "Der Vorstandschef der Rheinwerft AG, Matthias Kiefer, ist am vergangenen Donnerstag zurückgetreten.",
         end("Matthias Kiefer", org="Rheinwerft AG", role="chief executive officer", cause="resigned",
             date="2025-03-06")),
    case("resignation-letzten-donnerstag", "de",
         "Der Vorstandschef der Rheinwerft AG, Matthias Kiefer, ist letzten Donnerstag zurückgetreten.",
         end("Matthias Kiefer", cause="resigned", date="2025-03-06")),
    case("dismissal", "de",
         "Der Aufsichtsrat der Hansa Kreditbank AG hat Vorstandschef Jörg Lindemann mit sofortiger Wirkung "
         "abberufen.",
         end("Jörg Lindemann", org="Hansa Kreditbank AG", role="chief executive officer", cause="dismissed")),
    case("retirement-planned", "de",
         "Der Aufsichtsratsvorsitzende der Brauerei Kellerhof, Wolfgang Strobel, wird im Juni in den Ruhestand "
         "gehen.",
         end("Wolfgang Strobel", org="Brauerei Kellerhof", role="chairman", cause="retired", status="planned",
             date="2025-06")),
    case("death-in-office", "de",
         "Der Vorstandsvorsitzende der Alpenstahl AG, Dieter Hainbuch, ist am Sonntag im Alter von 63 Jahren "
         "gestorben.",
         end("Dieter Hainbuch", org="Alpenstahl AG", role="chief executive officer", cause="died",
             date="2025-03-09")),
    case("interim", "de",
         "Finanzvorstand Markus Brenner übernimmt kommissarisch den Vorstandsvorsitz der Datenwerk AG, teilte "
         "das Unternehmen mit.",
         start("Markus Brenner", org="Datenwerk AG", role="chief executive officer", interim=True)),
    case("interim-verb-last", "de",
         "Der Aufsichtsrat der Datenwerk AG hat Finanzvorstand Markus Brenner zum kommissarischen Vorstandschef "
         "ernannt.",
         start("Markus Brenner", role="chief executive officer", interim=True),
         xfail="verb-last clause ('hat X zum Vorstandschef ernannt'): no title follows the verb, so the "
               "start takes the title beside the name (Finanzvorstand, his current post) instead of the "
               "one after 'zum'"),
    case("leave", "de",
         "Die Vorstandschefin der Datenwerk AG, Sabine Kröger, nimmt eine krankheitsbedingte Auszeit.",
         leave("Sabine Kröger", org="Datenwerk AG", role="chief executive officer")),
    case("b-replaces-a", "de",
         "Jana Vogt ersetzt Helmut Kranz als Vorstandschefin der Medienhaus Elbe GmbH, teilte der Verlag mit.",
         start("Jana Vogt", org="Medienhaus Elbe GmbH", role="chief executive officer"),
         end("Helmut Kranz", org="Medienhaus Elbe GmbH", role="chief executive officer")),
    case("historic-in-passing", "de",
         "Matthias Kiefer führt die Rheinwerft AG seit 2020. Im Jahr 2017 war Kiefer als Chef der Weserbau "
         "GmbH entlassen worden.",
         end("Matthias Kiefer", org="Weserbau GmbH", cause="dismissed", date="2017")),
    case("no-event", "de",
         "Die Rheinwerft AG steigerte ihren Umsatz im vergangenen Jahr um acht Prozent.",
         no_events=True),
    case("denial", "de",
         "Die Hansa Kreditbank AG hat Berichte dementiert, wonach Vorstandschef Jörg Lindemann zurücktreten werde.",
         end("Jörg Lindemann", status="denied"), never_reported=True),
    case("rumour", "de",
         "Informierten Kreisen zufolge könnte Vorstandschef Jörg Lindemann die Hansa Kreditbank AG verlassen.",
         end("Jörg Lindemann", org="Hansa Kreditbank AG", status="rumored"), never_reported=True),
    case("planned", "de",
         "Wolfgang Strobel wird sein Amt als Vorstandschef der Brauerei Kellerhof zum Jahresende niederlegen.",
         end("Wolfgang Strobel", org="Brauerei Kellerhof", role="chief executive officer", cause="resigned",
             status="planned", date="2025-12")),
    case("layoffs-and-count", "de",
         "Die Rheinwerft AG baut 500 Stellen ab. In diesem Jahr haben bereits zwölf Führungskräfte das "
         "Unternehmen verlassen.",
         no_events=True),
    case("organization-after-leading-article", "de",
         "Die Nordlicht Energie AG hat Katrin Oberhuber zur neuen Finanzvorständin ernannt.",
         start("Katrin Oberhuber", org="Nordlicht Energie AG")),
    case("organization-at-sentence-end", "de",
         "Finanzvorstand Markus Brenner übernimmt kommissarisch den Vorstandsvorsitz der Datenwerk AG.",
         start("Markus Brenner", org="Datenwerk AG"),
         xfail="a capitalized organization name at the end of a sentence keeps the full stop ('Datenwerk AG.')"),
    # newsroom phrasings the language file must know
    case("announced-withdrawal", "de",
         "Karl Mertens hat seinen Rückzug als Vorstandschef der Nordwerk AG angekündigt.",
         end("Karl Mertens", org="Nordwerk AG", role="chief executive officer", cause="resigned")),
    case("relieved-of-duties", "de",
         "Der Aufsichtsrat hat Vorstandschef Karl Mertens von seinen Aufgaben entbunden.",
         end("Karl Mertens", role="chief executive officer", cause="dismissed")),
    case("office-rests", "de",
         "Eva Pohl, Vorstandschefin der Nordwerk AG, lässt ihr Amt vorübergehend ruhen.",
         leave("Eva Pohl", org="Nordwerk AG", role="chief executive officer")),
    case("company-hat-person", "de",
         "Die Nordwerk AG hat Eva Pohl zur Vorstandschefin berufen.",
         start("Eva Pohl", role="chief executive officer")),
    case("separable-verb", "de",
         "Karl Mertens legt sein Amt als Vorstandschef der Nordwerk AG nieder.",
         end("Karl Mertens", cause="resigned"),
         xfail="German separable verbs with words between the parts ('legt sein Amt als … nieder', 'gibt den "
               "Vorsitz … ab') cannot be written as one trigger entry"),
    # de.toml, second pass: "bislang" marks the post held until now, "der Aufsichtsrat" is the body and no
    # seat on it, "für eine weitere Amtszeit nicht zur Verfügung" ends a tenure
    case("former-post-until-now", "de",
         "Der Aufsichtsrat hat Anna Berg, bislang Finanzvorständin, zur Vorstandsvorsitzenden bestellt.",
         start("Anna Berg", role="chief executive officer")),
    case("not-standing-again", "de",
         "Karl Weber hatte erklärt, dass er für eine weitere Amtszeit nicht zur Verfügung stehe.",
         end("Karl Weber", cause="resigned")),
    case("supervisory-board-is-no-seat", "de",
         "Der Aufsichtsrat der Nordbank AG hat Jens Ohlsen mit sofortiger Wirkung abberufen.",
         end("Jens Ohlsen", org="Nordbank AG", cause="dismissed", role=None)),
]

RU = [
    case("appointment-oblique-case", "ru",
         "Совет директоров компании «Ладога-Энерго» назначил Ирину Волкову финансовым директором.",
         start("Ирину Волкову", org="Ладога-Энерго", role="chief financial officer", interim=False,
               status="reported")),
    case("appointment-canonical-name", "ru",
         "Совет директоров компании «Ладога-Энерго» назначил Ирину Волкову финансовым директором.",
         start("Ирину Волкову", name="Irina Volkova"),
         xfail="oblique Russian names reach the nominative only for the endings in ru.toml [names] case_given/"
               "case_surname, whose given and surname rules are applied independently: a feminine accusative "
               "(Ирину Волкову, Наталью Сергееву) needs the given name's gender to pick '-ова' over '-ов', and "
               "consonant-stem masculine genitives (Игоря Быкова, Олега Сомова) clash with feminine nominatives "
               "(Анна Петрова), so both stay 'Irinu Volkovu', 'Igorya Bykova'"),
    case("resignation-last-thursday", "ru",
         "Генеральный директор компании «Балтлес» Олег Сомов ушел в отставку в прошлый четверг.",
         end("Олег Сомов", org="Балтлес", role="chief executive officer", cause="resigned", date="2025-03-06")),
    case("dismissal", "ru",
         "Совет директоров банка «Приокский» уволил председателя правления Андрея Зуева.",
         end("Андрея Зуева", org="Приокский", cause="dismissed")),
    case("retirement", "ru",
         "Председатель совета директоров «Камнефти» Виктор Громов уйдет на пенсию в июне.",
         end("Виктор Громов", role="chairman", cause="retired", date="2025-06")),
    case("death-in-office", "ru",
         "В воскресенье на 68-м году жизни скончался генеральный директор компании «Сибмаш» Геннадий Пахомов.",
         end("Геннадий Пахомов", org="Сибмаш", role="chief executive officer", cause="died", date="2025-03-09")),
    case("interim", "ru",
         "Финансовый директор «Сибмаша» Павел Рябов назначен временно исполняющим обязанности генерального "
         "директора компании.",
         start("Павел Рябов", role="chief executive officer", interim=True)),
    case("interim-title-before-verb", "ru",
         "Временно исполняющим обязанности генерального директора «Сибмаша» назначен финансовый директор "
         "Павел Рябов.",
         start("Павел Рябов", role="chief executive officer", interim=True),
         xfail="inverted word order: the new post stands before the verb ('временно исполняющим обязанности "
               "генерального директора … назначен'), the current one after it ('финансовый директор Павел "
               "Рябов'); the start takes the title after the verb"),
    case("sick-leave", "ru",
         "Генеральный директор «Волгателекома» Наталья Сергеева ушла в отпуск по болезни.",
         leave("Наталья Сергеева", org="Волгателекома", role="chief executive officer")),
    case("b-replaces-a", "ru",
         "Светлана Орлова сменила Игоря Быкова на посту генерального директора «Ладога-Энерго».",
         start("Светлана Орлова", org="Ладога-Энерго", role="chief executive officer"),
         end("Игоря Быкова", org="Ладога-Энерго", role="chief executive officer")),
    case("historic-in-passing", "ru",
         "Олег Сомов возглавляет «Балтлес» с 2020 года. В 2016 году Сомов был уволен с поста главы «Севморпути».",
         end("Олег Сомов", org="Севморпути", cause="dismissed", date="2016")),
    case("no-event", "ru",
         "Выручка «Балтлеса» в 2024 году выросла на 8%.",
         no_events=True),
    case("denial", "ru",
         "Пресс-служба банка «Приокский» опровергла слухи об отставке председателя правления Андрея Зуева.",
         end("Андрея Зуева", status="denied"), never_reported=True),
    case("rumour", "ru",
         "По данным источников, Виктор Громов может покинуть пост председателя совета директоров «Камнефти».",
         end("Виктор Громов", org="Камнефти", role="chairman", status="rumored"), never_reported=True),
    case("planned-future-tense", "ru",
         "Виктор Громов покинет пост председателя совета директоров «Камнефти» в конце года.",
         end("Виктор Громов", status="planned")),
    case("layoffs-and-count", "ru",
         "«Балтлес» сократил 300 сотрудников. С начала года компанию покинули двенадцать топ-менеджеров.",
         no_events=True),
    case("last-week", "ru",
         "На прошлой неделе Олег Сомов покинул пост генерального директора «Балтлеса».",
         end("Олег Сомов", cause="resigned", date="2025-03"),
         xfail="week expressions are not resolved by design (temporal README: spans and weeks): 'на прошлой "
               "неделе' (3-9 March, all in one month) could give the month, 2025-03"),
    case("organization-in-oblique-case", "ru",
         "Временно исполняющим обязанности генерального директора «Сибмаша» назначен финансовый директор "
         "Павел Рябов. «Сибмаш» выпускает дорожную технику.",
         start("Павел Рябов", org="Сибмаш"),
         xfail="organization names keep their case ending ('Сибмаша', genitive) and are not tied to the "
               "nominative form the same document uses ('Сибмаш')"),
    # newsroom phrasings the language file must know
    case("confirmed-in-post", "ru",
         "Елену Панову утвердили в должности финансового директора «Северполимера».",
         start("Елену Панову", role="chief financial officer")),
    case("laid-down-powers", "ru",
         "Кирилл Малов сложил с себя полномочия генерального директора «Северполимера».",
         end("Кирилл Малов", role="chief executive officer", cause="resigned")),
    case("removed-from-post", "ru",
         "Кирилла Малова сняли с должности генерального директора «Северполимера».",
         end("Кирилла Малова", role="chief executive officer", cause="dismissed")),
    case("relieved-of-duties", "ru",
         "Губернатор освободил от должности первого вице-губернатора Олега Сомова.",
         end("Олега Сомова", role="first deputy governor", cause="dismissed")),
    case("lost-the-post", "ru",
         "Олег Сомов лишился поста генерального директора «Балтлеса» в прошлый четверг.",
         end("Олег Сомов", org="Балтлеса", cause="dismissed", date="2025-03-06")),
    case("new-head-became", "ru",
         "Новым генеральным директором «Балтлеса» стал Виктор Громов.",
         start("Виктор Громов", role="chief executive officer")),
    case("re-elected-is-no-change", "ru",
         "Виктор Громов переизбран председателем совета директоров «Камнефти».",
         no_events=True),
]


@pytest.mark.parametrize("c", params(DE))
def test_german(c: Case) -> None:
    check(c)


@pytest.mark.parametrize("c", params(RU))
def test_russian(c: Case) -> None:
    check(c)
