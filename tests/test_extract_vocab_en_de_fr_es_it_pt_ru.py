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
    case("assumed-the-chairmanship", "en",
         "Alice Fenwick assumed the chairmanship of Corran Holdings on Monday.",
         start("Alice Fenwick", date="2025-03-10")),
    case("lost-his-seat", "en",
         "Councillor Harold Benning lost his seat in the local elections on Thursday.",
         end("Harold Benning", cause="dismissed")),
    case("to-be-succeeded-by", "en",
         "Harold Benning, chief executive of Corran Holdings, is to be succeeded by Alice Fenwick.",
         end("Harold Benning"), start("Alice Fenwick")),
    case("refused-to-resign-is-no-departure", "en",
         "Harold Benning, chief executive of Corran Holdings, refused to resign on Monday.",
         no_events=True),
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
    case("vacates-the-chief-chair", "de",
         "Klaus Brenner räumt den Chefsessel bei der Halder AG.",
         end("Klaus Brenner", cause="resigned")),
    case("head-teacher", "de",
         "Jana Roth wurde zur neuen Schulleiterin des Goethe-Gymnasiums ernannt.",
         start("Jana Roth", role="head teacher")),
    case("calls-for-resignation-are-no-resignation", "de",
         "Die Rücktrittsforderungen gegen Vorstandschef Klaus Brenner von der Halder AG werden lauter.",
         no_events=True),
]

FR = [
    case("hands-over-the-torch", "fr",
         "Après douze ans, le président du Groupe Arnaud, Charles Morel, passe le flambeau.",
         end("Charles Morel", role="president")),
    case("hands-in-his-apron", "fr",
         "L'entraîneur de l'Olympique Vernon, Didier Lamarque, a rendu son tablier dimanche.",
         end("Didier Lamarque", role="head coach", cause="resigned")),
    case("not-running-again", "fr",
         "La maire de Vernon, Hélène Marchais, ne briguera pas un troisième mandat.",
         end("Hélène Marchais", role="mayor")),
    case("term-expires", "fr",
         "Le recteur Charles Morel, dont le mandat arrive à échéance en septembre, a salué les étudiants.",
         end("Charles Morel", role="rector")),
    case("confirmed-in-office", "fr",
         "Hélène Marchais a été confirmée dans ses fonctions de préfète lundi.",
         start("Hélène Marchais", role="prefect")),
    case("sidelined", "fr",
         "Le directeur financier du Groupe Arnaud, Charles Morel, a été mis à l'écart.",
         end("Charles Morel", cause="dismissed")),
    case("takes-the-helm", "fr",
         "Hélène Marchais a pris la barre de la Mutuelle Armor lundi.",
         start("Hélène Marchais", date="2025-03-10")),
    case("benched", "fr",
         "Le directeur sportif de l'Olympique Vernon, Didier Lamarque, a été mis sur la touche.",
         end("Didier Lamarque", cause="dismissed")),
    case("refuses-to-resign", "fr",
         "Le président du Groupe Arnaud, Charles Morel, refuse de démissionner.",
         no_events=True),
    case("withdraws", "fr",
         "Charles Morel, président du Groupe Arnaud, se retire après vingt ans.",
         end("Charles Morel", role="president", cause="resigned")),
]

ES = [
    case("not-running-for-re-election", "es",
         "La alcaldesa de Toledo, Marta Ruiz, no se presentará a la reelección en mayo.",
         end("Marta Ruiz", role="mayor")),
    case("says-goodbye", "es",
         "El entrenador Jorge Salas se despide del Club Deportivo Tormes tras tres temporadas.",
         end("Jorge Salas", role="head coach", cause="resigned")),
    case("takes-charge", "es",
         "Marta Ruiz se hizo cargo del Grupo Tajo el lunes.",
         start("Marta Ruiz", date="2025-03-10")),
    case("steps-aside", "es",
         "El presidente de Grupo Tajo, Jorge Salas, da un paso al lado.",
         end("Jorge Salas", role="president", cause="resigned")),
    case("suspended-without-pay", "es",
         "El director financiero de Grupo Tajo, Jorge Salas, ha sido suspendido de empleo y sueldo.",
         leave("Jorge Salas")),
    case("regional-minister", "es",
         "Marta Ruiz fue nombrada consejera de Sanidad el lunes.",
         start("Marta Ruiz", role="regional minister")),
    case("takes-the-helm", "es",
         "Marta Ruiz tomó el timón de Grupo Tajo el lunes.",
         start("Marta Ruiz", date="2025-03-10")),
    case("puts-post-at-disposal", "es",
         "El consejero delegado de Grupo Tajo, Jorge Salas, puso su cargo a disposición del consejo.",
         end("Jorge Salas", role="chief executive officer", cause="resigned")),
    case("future-tense-is-planned", "es",
         "Marta Ruiz, directora financiera, se pondrá al frente de Grupo Tajo.",
         start("Marta Ruiz", status="planned")),
    case("renouncing-a-salary-is-no-resignation", "es",
         "El presidente de Grupo Tajo, Jorge Salas, renuncia a su sueldo durante un año.",
         no_events=True),
]

IT = [
    case("throws-in-the-sponge", "it",
         "L'allenatore della Virtus Lario, Paolo Ferri, ha gettato la spugna domenica.",
         end("Paolo Ferri", role="head coach", cause="resigned")),
    case("steps-aside", "it",
         "Il presidente di Lario Costruzioni, Paolo Ferri, si fa da parte.",
         end("Paolo Ferri", role="president", cause="resigned")),
    case("hands-over-the-helm", "it",
         "Paolo Ferri cede il timone di Lario Costruzioni dopo vent'anni.",
         end("Paolo Ferri")),
    case("not-running-again", "it",
         "La sindaca di Lecco, Giulia Rinaldi, non sarà ricandidata.",
         end("Giulia Rinaldi", role="mayor")),
    case("self-suspension", "it",
         "L'assessore Paolo Ferri si autosospende dopo l'inchiesta.",
         leave("Paolo Ferri")),
    case("sworn-in", "it",
         "Giulia Rinaldi ha giurato lunedì come viceministra.",
         start("Giulia Rinaldi", role="deputy minister")),
    case("shown-the-door", "it",
         "L'allenatore della Virtus Lario, Paolo Ferri, è stato messo alla porta.",
         end("Paolo Ferri", role="head coach", cause="dismissed")),
    case("head-teacher", "it",
         "Giulia Rinaldi è stata nominata dirigente scolastica del liceo Volta.",
         start("Giulia Rinaldi", role="head teacher")),
    case("future-tense-is-planned-it", "it",
         "Paolo Ferri cederà il timone di Lario Costruzioni a giugno.",
         end("Paolo Ferri", status="planned")),
    case("threatens-to-resign", "it",
         "Il presidente di Lario Costruzioni, Paolo Ferri, minaccia di dimettersi.",
         no_events=True),
    case("term-expires", "it",
         "Paolo Ferri, rettore dell'Università di Lario, il cui mandato scade a ottobre, ha parlato agli studenti.",
         end("Paolo Ferri", role="rector")),
]

PT = [
    case("not-running-for-re-election", "pt",
         "A prefeita de Campinas, Ana Moreira, não vai disputar a reeleição.",
         end("Ana Moreira", role="mayor")),
    case("throws-in-the-towel", "pt",
         "O técnico do Clube Atlético Serrano, Rui Lima, jogou a toalha no domingo.",
         end("Rui Lima", role="head coach", cause="resigned")),
    case("passes-the-baton", "pt",
         "O presidente da Construtora Atlântica, Pedro Alves, passou o bastão após vinte anos.",
         end("Pedro Alves", role="president")),
    case("takes-the-reins", "pt",
         "Ana Moreira assumiu as rédeas da Construtora Atlântica na segunda-feira.",
         start("Ana Moreira")),
    case("let-go", "pt",
         "O diretor financeiro da Construtora Atlântica, Pedro Alves, foi desligado da empresa.",
         end("Pedro Alves", cause="dismissed")),
    case("suspended-from-office", "pt",
         "O vereador Pedro Alves foi suspenso do cargo por noventa dias.",
         leave("Pedro Alves")),
    case("asks-for-the-bill", "pt",
         "O diretor financeiro da Construtora Atlântica, Pedro Alves, pediu as contas na sexta-feira.",
         end("Pedro Alves", role="chief financial officer", cause="resigned")),
    case("takes-the-reins-pt", "pt",
         "Ana Moreira tomou as rédeas do Clube Atlético Serrano na segunda-feira.",
         start("Ana Moreira", date="2025-03-10")),
    case("term-expires", "pt",
         "O reitor Pedro Alves, cujo mandato termina em junho, discursou na cerimônia.",
         end("Pedro Alves", role="rector")),
]

RU = [
    case("hands-over-the-reins", "ru",
         "Генеральный директор компании «Северсталькон» Игорь Лаптев передал бразды правления.",
         end("Игорь Лаптев", role="chief executive officer")),
    case("will-not-run-again", "ru",
         "Мэр Твери Игорь Лаптев не будет баллотироваться на новый срок.",
         end("Игорь Лаптев", role="mayor")),
    case("joins-the-board", "ru",
         "Ольга Сомова вошла в состав совета директоров компании «Северсталькон».",
         start("Ольга Сомова")),
    case("powers-suspended", "ru",
         "Губернатор Игорь Лаптев приостановил полномочия на время проверки.",
         leave("Игорь Лаптев")),
    case("sworn-in", "ru",
         "Ольга Сомова была приведена к присяге как губернатор области в понедельник.",
         start("Ольга Сомова", role="governor")),
    case("takes-the-chair", "ru",
         "Ольга Сомова заняла кресло генерального директора компании «Северсталькон».",
         start("Ольга Сомова", role="chief executive officer")),
    case("calls-for-resignation", "ru",
         "Депутаты требуют отставки губернатора Игоря Лаптева.",
         no_events=True),
    case("dodging-a-question-is-no-departure", "ru",
         "Губернатор Игорь Лаптев ушел от ответа на вопрос журналистов.",
         no_events=True),
]


@pytest.mark.parametrize("c", params(EN))
def test_english_vocabulary(c: Case) -> None:
    check(c)


@pytest.mark.parametrize("c", params(DE))
def test_german_vocabulary(c: Case) -> None:
    check(c)


@pytest.mark.parametrize("c", params(FR))
def test_french_vocabulary(c: Case) -> None:
    check(c)


@pytest.mark.parametrize("c", params(ES))
def test_spanish_vocabulary(c: Case) -> None:
    check(c)


@pytest.mark.parametrize("c", params(IT))
def test_italian_vocabulary(c: Case) -> None:
    check(c)


@pytest.mark.parametrize("c", params(PT))
def test_portuguese_vocabulary(c: Case) -> None:
    check(c)


@pytest.mark.parametrize("c", params(RU))
def test_russian_vocabulary(c: Case) -> None:
    check(c)
