"""French and Italian newsroom phrasings that languages/data/{fr,it}.toml must know.

Why: the development corpus (data/dev/tune/{fr,it}) showed changes told with verbs and idioms the
word lists lacked: "se sépare de", "a congédié", "prend la relève de", "a été reconduit",
"président et chef de la direction" (Québec), "passa il testimone a", "andrà a dirigere",
Italian health-agency names (Asl, Asst) and "la scelta potrebbe cadere su" (a rumour). The
sentences are invented (see tests/extract_cases.py); xfail cases are engine limitations.
"""

from __future__ import annotations

import pytest

from extract_cases import Case, case, check, end, params, start

FR = [
    case("parts-ways-with", "fr",
         "Le Groupe Arnaud se sépare de Charles Morel, son directeur général.",
         end("Charles Morel", org="Groupe Arnaud", cause="dismissed")),
    case("sacked-coach", "fr",
         "L'Olympique Vernon a congédié Didier Lamarque mardi.",
         end("Didier Lamarque", cause="dismissed", date="2025-03-11")),
    case("takes-over-from", "fr",
         "Hélène Marchais prend la relève de Charles Morel à la tête du Groupe Arnaud.",
         start("Hélène Marchais"), end("Charles Morel")),
    case("succeeds-with-words-between", "fr",
         "Hélène Marchais succédera en juin à Charles Morel.",
         start("Hélène Marchais", status="planned"), end("Charles Morel", status="planned"), exclusive=True),
    case("re-elected", "fr",
         "Hélène Marchais a été reconduite à la présidence de la Mutuelle Armor pour trois ans.",
         start("Hélène Marchais", org="Mutuelle Armor")),
    case("quebec-chief-executive", "fr",
         "Guy Lebel a été élu président et chef de la direction du Mouvement Laurentide samedi.",
         start("Guy Lebel", org="Mouvement Laurentide", role="chief executive officer")),
    case("object-pronoun-is-no-new-name", "fr",
         "Les délégués l'ont choisi dès le premier tour, devant Daniel Perrot.",
         no_events=True),
    case("hands-over", "fr",
         "Charles Morel passe le relais à Hélène Marchais à la tête de la Mutuelle Armor.",
         end("Charles Morel"), start("Hélène Marchais")),
]

IT = [
    case("hands-over", "it",
         "Mario Bassi ha passato il testimone a Giulia Ferri alla guida di Banca Tirrena.",
         end("Mario Bassi"), start("Giulia Ferri")),
    case("will-run", "it",
         "Luca Bassani andrà a dirigere l'Asst Brianza dal primo aprile.",
         start("Luca Bassani", org="Asst Brianza", status="planned")),
    case("health-agency-name", "it",
         "Alla guida della Asl Valdarno è stato nominato Roberto Conti.",
         start("Roberto Conti", org="Asl Valdarno")),
    case("rumoured-pick", "it",
         "Secondo indiscrezioni, la scelta potrebbe cadere su Fabio Marchetti.",
         start("Fabio Marchetti", status="rumored"), never_reported=True),
    case("plural-title-is-no-company", "it",
         "Tra i direttori generali nominati ieri, Roberto Conti è stato nominato alla guida dell'Asl Valdarno "
         "per tre anni.",
         start("Roberto Conti", org="Asl Valdarno")),
    case("stays-put", "it",
         "Il direttore sportivo Fabio Sereni resta al suo posto.",
         no_events=True),
    case("co-opted", "it",
         "Il consiglio di Banca Tirrena ha cooptato Giulia Ferri.",
         start("Giulia Ferri", org="Banca Tirrena")),
]


@pytest.mark.parametrize("c", params(FR))
def test_french_phrasings(c: Case) -> None:
    check(c)


@pytest.mark.parametrize("c", params(IT))
def test_italian_phrasings(c: Case) -> None:
    check(c)
