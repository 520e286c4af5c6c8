"""Spanish and Italian newsroom phrasings that the language files (languages/data/es.toml, it.toml) must know.

Why: tenures told by the verb beside a span of dates ("que preside la federación desde 2015", "que presidió X
entre 2015 y 2019"), the coach's bench standing for the post ("el banquillo", "la panchina"), a post left told
as a noun phrase ("incarico lasciato lo scorso giugno"), competitions that are no employer ("tercero en
LaLiga"), and blockers for phrases that only look like a departure ("procedente de un despacho", "ha
lasciato scadere il termine", "pidió además la salida"). The sentences are invented newsroom prose (see
tests/extract_cases.py); xfail cases are engine limitations.
"""

from __future__ import annotations

import pytest

from extract_cases import Case, case, check, end, params, start

ES = [
    case("presides-since", "es",
         "Conservas Cantábricas celebra su asamblea. Ramón Iturbe, que preside la entidad desde 2012, "
         "opta a un nuevo mandato.",
         start("Ramón Iturbe", role="president", date="2012")),
    case("presided-between", "es",
         "Elena Pardo, que presidió Bodegas Riomar entre 2015 y 2019, se incorporó después a Grupo Tajo.",
         start("Elena Pardo", org="Bodegas Riomar", role="president", date="2015"),
         end("Elena Pardo", org="Bodegas Riomar", role="president", date="2019")),
    case("bench-is-the-post", "es",
         "El Deportivo Arenal ha decidido apartar a Julián Cabrera del banquillo tras la derrota del domingo.",
         end("Julián Cabrera", role="head coach", cause="dismissed", date="2025-03-09")),
    case("left-the-team-in-the-league", "es",
         "El Arenal destituye a Julián Cabrera, que deja al equipo tercero en LaLiga.",
         end("Julián Cabrera", org="Arenal", cause="dismissed"), exclusive=True),
    case("coming-from-an-unnamed-firm", "es",
         "Lucía Ferrandis, que se incorporó a Naviera Austral en 2011 procedente de un despacho de abogados, "
         "dirige hoy su área legal.",
         start("Lucía Ferrandis", org="Naviera Austral", date="2011"), exclusive=True),
    case("calls-for-a-departure", "es",
         "La plantilla pidió además la salida del director comercial, Andrés Beltrán.",
         no_events=True),
    case("ceases-as", "es",
         "Andrés Beltrán cesa como consejero delegado de Naviera Austral, informó la empresa el domingo.",
         end("Andrés Beltrán", org="Naviera Austral", role="chief executive officer", date="2025-03-09")),
    case("takes-the-reins", "es",
         "Marta Quiroga tomó las riendas de Textiles Arangua el pasado diciembre.",
         start("Marta Quiroga", org="Textiles Arangua", date="2024-12")),
    case("becomes-by-title", "es",
         "Marta Quiroga pasa a ser directora general de Textiles Arangua.",
         start("Marta Quiroga", org="Textiles Arangua", role="director general")),
]

IT = [
    case("post-left-last-june", "it",
         "Paolo Sanvitale ha guidato Cantieri Liguri come amministratore delegato, incarico lasciato lo scorso "
         "giugno.",
         end("Paolo Sanvitale", org="Cantieri Liguri", cause="resigned", date="2024-06")),
    case("lets-a-deadline-pass", "it",
         "Il sindaco di Borgoventoso, Ennio Caruso, ha lasciato scadere il termine per il ricorso: le sue "
         "dimissioni, presentate il 3 marzo, sono definitive.",
         end("Ennio Caruso", role="mayor", cause="resigned", date="2025-03-03")),
    case("benches-fall", "it",
         "Saltano le panchine di Borgoventoso: il presidente ha esonerato Marco Tellini.",
         end("Marco Tellini", cause="dismissed")),
    case("first-citizen", "it",
         "Il primo cittadino di Borgoventoso, Ennio Caruso, si è dimesso giovedì scorso.",
         end("Ennio Caruso", role="mayor", cause="resigned", date="2025-03-06")),
    case("league-is-no-person", "it",
         "Serie B, l'Arenal Calcio ha esonerato l'allenatore Marco Tellini.",
         end("Marco Tellini", role="head coach", cause="dismissed"), exclusive=True),
]


@pytest.mark.parametrize("c", params(ES))
def test_spanish_phrasings(c: Case) -> None:
    check(c)


@pytest.mark.parametrize("c", params(IT))
def test_italian_phrasings(c: Case) -> None:
    check(c)
