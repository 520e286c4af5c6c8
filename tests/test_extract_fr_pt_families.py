"""French and Portuguese phrasings from the second tuning pass of languages/data/{fr,pt}.toml.

Why: the first pass listed verbs form by form, so other tenses and persons of the same verbs
("nommera", "congédiement", "assumirá a diretoria", "vai ser substituído por") were missed; the
second pass writes them as families (README: an entry may end any word in `*`) and adds the
linking phrases newsrooms use ("en remplacement de", a participle without its auxiliary
"remplacé par"), month names with "prochain"/"próximo", "à la fin du mois", denial verbs
("rebater a notícia"), venues that read like names ("Arena das Dunas"), short weekdays after a
demonstrative ("nesta sexta") and surnames that are also common words ("Dias"). The sentences
are invented (see tests/extract_cases.py).
"""

from __future__ import annotations

import pytest

from extract_cases import Case, case, check, end, params, start

FR = [
    case("in-replacement-of", "fr",
         "Le conseil de la Mutuelle Armor a nommé Hélène Marchais directrice générale, en remplacement de "
         "Charles Morel.",
         start("Hélène Marchais", role="chief executive officer"), end("Charles Morel")),
    case("replaced-by-without-auxiliary", "fr",
         "Charles Morel, remplacé par Hélène Marchais à la tête du Groupe Arnaud, a quitté Paris.",
         end("Charles Morel"), start("Hélène Marchais")),
    case("month-next", "fr",
         "Hélène Marchais quittera la présidence du Groupe Arnaud en avril prochain.",
         end("Hélène Marchais", status="planned", date="2025-04")),
    case("future-appointment", "fr",
         "Le Groupe Arnaud nommera Hélène Marchais directrice générale.",
         start("Hélène Marchais", status="planned", role="chief executive officer")),
    case("dismissal-noun", "fr",
         "Le congédiement de Didier Lamarque par l'Olympique Vernon a surpris les supporters.",
         end("Didier Lamarque", cause="dismissed")),
    case("end-of-the-month", "fr",
         "Charles Morel quittera ses fonctions de directeur général du Groupe Arnaud à la fin du mois.",
         end("Charles Morel", status="planned", date="2025-03")),
    case("named-so-is-no-appointment", "fr",
         "Un homme nommé Charles Morel a été aperçu à Lyon.",
         no_events=True),
]

PT = [
    case("takes-the-directorate-future", "pt",
         "Maria Alves assumirá a diretoria financeira da Construtora Atlântica a partir de 1º de abril.",
         start("Maria Alves", role="chief financial officer", date="2025-04-01", status="planned")),
    case("to-be-replaced-by", "pt",
         "O presidente Pedro Alves vai ser substituído por Rui Lima na Construtora Atlântica.",
         end("Pedro Alves", status="planned"), start("Rui Lima", status="planned")),
    case("must-be-replaced", "pt",
         "Pedro Alves, que é vice-governador, terá de ser substituído em setembro.",
         end("Pedro Alves", status="planned", date="2025-09")),
    case("executive-director", "pt",
         "O diretor-executivo José Brunelli deixa o Esporte Clube Vitória.",
         end("José Brunelli", role="executive director")),
    case("rebuts-the-news", "pt",
         "O presidente-executivo Eduardo Lins enviou comunicado para rebater a notícia de que deixaria o "
         "comando do Grupo Sul.",
         end("Eduardo Lins", status="denied"), never_reported=True),
    case("this-friday-short-form", "pt",
         "O Clube Potiguar anunciou nesta sexta a demissão do técnico Carlos Dias.",
         end("Carlos Dias", cause="dismissed", date="2025-03-07")),
    case("venue-is-no-person", "pt",
         "O treinador Carlos Dias deixou o Clube Potiguar após a derrota na Arena das Dunas.",
         end("Carlos Dias"), exclusive=True),
]


@pytest.mark.parametrize("c", params(FR))
def test_french_families(c: Case) -> None:
    check(c)


@pytest.mark.parametrize("c", params(PT))
def test_portuguese_families(c: Case) -> None:
    check(c)
