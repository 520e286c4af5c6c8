"""Extraction per event kind in Spanish, Italian, French and Portuguese news.

Why: these languages name companies with a common noun first (Bodegas X, Cantieri X, Laiteries X,
Construtora X), put the title in apposition after the name ("X, presidente de Y,"), write the future
in the verb ending (dejará, lascerà, quittera) and date by weekday ("el domingo", "giovedì scorso",
"jeudi dernier"); each is matched by words in languages/data/{es,it,fr,pt}.toml. The sentences are
invented newsroom prose (see tests/extract_cases.py); xfail cases are engine limitations.
"""

from __future__ import annotations

import pytest

from extract_cases import Case, case, check, end, leave, params, start

FUTURE_TENSE = ("a trigger written in the future tense (dejará, lascerà, quittera, deixará, покинет) is also "
                "a future cue, but cues inside a matched trigger are dropped, so the change reads 'reported'")
LEADING_ARTICLE = ("a sentence-initial article before an organization ('La Banque Armor', 'A Construtora "
                   "Ipanema', 'Les Laiteries Morvan') hides its prefix word: the run is checked for org "
                   "prefixes before the article is stripped, so the company becomes a person")

ES = [
    case("appointment", "es",
         "Grupo Altamar ha nombrado a Lucía Ferrandis nueva consejera delegada de la compañía.",
         start("Lucía Ferrandis", org="Grupo Altamar", role="chief executive officer", interim=False,
               status="reported")),
    case("resignation-on-sunday", "es",
         "Tomás Villaverde ha dimitido como presidente de Textiles Arangua, según informó la empresa el domingo.",
         end("Tomás Villaverde", org="Textiles Arangua", role="president", cause="resigned", date="2025-03-09")),
    case("dismissal", "es",
         "El consejo de administración de Banco Cierzo destituyó el domingo a su director financiero, "
         "Ernesto Lafuente.",
         end("Ernesto Lafuente", org="Banco Cierzo", role="chief financial officer", cause="dismissed",
             date="2025-03-09")),
    case("retirement", "es",
         "Ramón Iturbe, presidente de Conservas Cantábricas, se jubilará en junio.",
         end("Ramón Iturbe", org="Conservas Cantábricas", role="president", cause="retired", date="2025-06")),
    case("death-in-office", "es",
         "Amparo Solís, presidenta de Bodegas Riomar, falleció el domingo a los 74 años.",
         end("Amparo Solís", org="Bodegas Riomar", role="president", cause="died", date="2025-03-09")),
    case("interim", "es",
         "Farmacias Lumen ha nombrado consejero delegado interino a su director financiero, Julián Cabrera.",
         start("Julián Cabrera", org="Farmacias Lumen", role="chief executive officer", interim=True)),
    case("interim-title-after-name", "es",
         "Farmacias Lumen ha nombrado a su director financiero, Julián Cabrera, consejero delegado interino.",
         start("Julián Cabrera", role="chief executive officer", interim=True)),
    case("medical-leave", "es",
         "La consejera delegada de Farmacias Lumen, Beatriz Otero, está de baja médica desde el lunes.",
         leave("Beatriz Otero", org="Farmacias Lumen", role="chief executive officer", date="2025-03-10")),
    case("b-replaces-a", "es",
         "Marta Quiroga sustituye a Andrés Beltrán como consejero delegado de Naviera Austral, "
         "informó la empresa.",
         start("Marta Quiroga", org="Naviera Austral", role="chief executive officer"),
         end("Andrés Beltrán", org="Naviera Austral", role="chief executive officer")),
    case("historic-in-passing", "es",
         "Tomás Villaverde preside la patronal textil desde 2021. Villaverde ya había sido destituido como "
         "consejero delegado de Hispalia Motor en 2016.",
         end("Tomás Villaverde", org="Hispalia Motor", role="chief executive officer", cause="dismissed",
             date="2016")),
    case("no-event", "es",
         "Textiles Arangua elevó su beneficio un 8% en 2024 gracias a las exportaciones.",
         no_events=True),
    case("denial", "es",
         "Banco Cierzo desmintió que su consejero delegado, Ernesto Lafuente, vaya a dimitir.",
         end("Ernesto Lafuente", status="denied"), never_reported=True),
    case("rumour", "es",
         "Según fuentes del sector, Ramón Iturbe podría dejar la presidencia de Conservas Cantábricas este año.",
         end("Ramón Iturbe", org="Conservas Cantábricas", role="president", status="rumored"),
         never_reported=True),
    case("planned", "es",
         "Grupo Altamar anunció que su presidente, Jorge Elizalde, va a dejar el cargo el próximo mes de junio.",
         end("Jorge Elizalde", org="Grupo Altamar", role="president", status="planned", date="2025-06")),
    case("planned-future-tense", "es",
         "Grupo Altamar anunció que su presidente, Jorge Elizalde, dejará el cargo el próximo mes de junio.",
         end("Jorge Elizalde", status="planned", date="2025-06")),
    case("layoffs-and-count", "es",
         "Textiles Arangua despidió a 300 trabajadores. En lo que va de año, doce directivos han abandonado "
         "la compañía.",
         no_events=True),
    case("organization-with-lower-case-link", "es",
         "Marta Quiroga sustituye a Andrés Beltrán como consejero delegado de Navieras del Sur, informó la empresa.",
         start("Marta Quiroga", org="Navieras del Sur"),
         xfail="an organization name with a lower-case link word ('Navieras del Sur', 'Banco de Santander') "
               "is cut at the link: 'Navieras'"),
    case("dateline-city-is-no-org", "es",
         "Amparo Solís falleció el domingo a los 74 años tras una larga enfermedad.",
         end("Amparo Solís", cause="died", org=None)),
    # newsroom phrasings the language file must know
    case("takes-the-chair", "es",
         "Elena Pardo asumirá la presidencia de Grupo Tajo en abril.",
         start("Elena Pardo", org="Grupo Tajo", role="president", date="2025-04")),
    case("leave-without-pay", "es",
         "Elena Pardo, consejera delegada de Grupo Tajo, ha pedido una excedencia.",
         leave("Elena Pardo", org="Grupo Tajo", role="chief executive officer")),
]

IT = [
    case("appointment", "it",
         "Vetreria Adriatica ha nominato Giulia Ferraresi nuova amministratrice delegata, ha comunicato la società.",
         start("Giulia Ferraresi", org="Vetreria Adriatica", role="chief executive officer", interim=False,
               status="reported")),
    case("resignation-last-thursday", "it",
         "Paolo Sanvitale, presidente di Cantieri Liguri, si è dimesso giovedì scorso.",
         end("Paolo Sanvitale", org="Cantieri Liguri", role="president", cause="resigned", date="2025-03-06")),
    case("resignation-title-far-after-verb", "it",
         "Paolo Sanvitale si è dimesso giovedì scorso dalla carica di presidente di Cantieri Liguri dopo sei anni.",
         end("Paolo Sanvitale", org="Cantieri Liguri", role="president", date="2025-03-06"),
         xfail="end role: a title more than 30 characters after the verb ('si è dimesso giovedì scorso dalla "
               "carica di presidente', 'a démissionné jeudi dernier de son poste de PDG') is not taken"),
    case("dismissal", "it",
         "Il consiglio di amministrazione di Banca Padana ha revocato l'amministratore delegato Franco Melis.",
         end("Franco Melis", org="Banca Padana", role="chief executive officer", cause="dismissed")),
    case("retirement-planned", "it",
         "Il presidente di Pastificio Borrelli, Ennio Caruso, andrà in pensione a giugno.",
         end("Ennio Caruso", org="Pastificio Borrelli", role="president", cause="retired", status="planned",
             date="2025-06")),
    case("death-in-office", "it",
         "Vittorio Lanzi, presidente di Acciaierie Valtrompia, è morto domenica all'età di 78 anni.",
         end("Vittorio Lanzi", org="Acciaierie Valtrompia", role="president", cause="died", date="2025-03-09")),
    case("interim", "it",
         "Il direttore finanziario Marco Tellini è stato nominato amministratore delegato ad interim di "
         "Laboratori Serena, ha comunicato la società.",
         start("Marco Tellini", org="Laboratori Serena", role="chief executive officer", interim=True)),
    case("leave", "it",
         "L'amministratrice delegata di Edizioni Venturi, Chiara Donati, ha chiesto un periodo di aspettativa "
         "per motivi di salute.",
         leave("Chiara Donati", org="Edizioni Venturi", role="chief executive officer")),
    case("b-replaces-a", "it",
         "Lorenzo Fabbri sostituisce Daniela Rinaldi come amministratore delegato di Edizioni Sirena, "
         "ha annunciato la società.",
         start("Lorenzo Fabbri", org="Edizioni Sirena", role="chief executive officer"),
         end("Daniela Rinaldi", org="Edizioni Sirena", role="chief executive officer")),
    case("historic-in-passing", "it",
         "Paolo Sanvitale guida da un anno Cantieri Liguri. Sanvitale era stato licenziato da Cantieri Tirreni "
         "nel 2012.",
         end("Paolo Sanvitale", org="Cantieri Tirreni", cause="dismissed", date="2012")),
    case("no-event", "it",
         "Cantieri Liguri ha chiuso il 2024 con ricavi in crescita del 6%.",
         no_events=True),
    case("denial", "it",
         "Banca Padana ha smentito le indiscrezioni secondo cui l'amministratore delegato Franco Melis sarebbe "
         "pronto a lasciare.",
         end("Franco Melis", status="denied"), never_reported=True),
    case("rumour", "it",
         "Secondo indiscrezioni, Ennio Caruso potrebbe lasciare la presidenza di Pastificio Borrelli entro l'estate.",
         end("Ennio Caruso", org="Pastificio Borrelli", role="president", status="rumored"), never_reported=True),
    case("planned-future-tense", "it",
         "Pastificio Borrelli ha annunciato che Ennio Caruso lascerà la presidenza a fine anno.",
         end("Ennio Caruso", status="planned")),
    case("layoffs-and-count", "it",
         "Cantieri Liguri ha licenziato 200 dipendenti. Quest'anno dodici dirigenti hanno lasciato l'azienda.",
         no_events=True),
    case("organization-at-sentence-end", "it",
         "Vittorio Lanzi è morto domenica. Era presidente di Acciaierie Valtrompia.",
         end("Vittorio Lanzi", org="Acciaierie Valtrompia")),
    # newsroom phrasings the language file must know
    case("is-the-new", "it",
         "Elena Parodi è la nuova amministratrice delegata di Gruppo Arno, ha comunicato la società.",
         start("Elena Parodi", org="Gruppo Arno", role="chief executive officer")),
    case("chose", "it",
         "Gruppo Arno ha scelto Elena Parodi come nuova presidente, ha comunicato la società.",
         start("Elena Parodi", org="Gruppo Arno", role="president")),
    case("takes-office", "it",
         "Elena Parodi assume la carica di amministratrice delegata di Gruppo Arno da lunedì.",
         start("Elena Parodi", org="Gruppo Arno", role="chief executive officer")),
]

FR = [
    case("appointment", "fr",
         "Le conseil d'administration des Laboratoires Valcourt a nommé Hélène Marchais directrice financière.",
         start("Hélène Marchais", org="Laboratoires Valcourt", role="chief financial officer", interim=False,
               status="reported")),
    case("appointment-passive", "fr",
         "Hélène Marchais a été nommée directrice financière des Laboratoires Valcourt, a annoncé le groupe.",
         start("Hélène Marchais", org="Laboratoires Valcourt", role="chief financial officer", interim=False,
               status="reported")),
    case("resignation-last-thursday", "fr",
         "Bruno Lacoste, PDG des Laiteries Morvan, a démissionné jeudi dernier.",
         end("Bruno Lacoste", org="Laiteries Morvan", role="chief executive officer", cause="resigned",
             date="2025-03-06")),
    case("resignation-title-far-after-verb", "fr",
         "Bruno Lacoste a démissionné jeudi dernier de son poste de PDG des Laiteries Morvan, a annoncé "
         "l'entreprise.",
         end("Bruno Lacoste", role="chief executive officer", date="2025-03-06"),
         xfail="end role: a title more than 30 characters after the verb ('a démissionné jeudi dernier de son "
               "poste de PDG') is not taken"),
    case("dismissal", "fr",
         "Le conseil d'administration des Assurances Armor a limogé son directeur général, Yannick Morvan.",
         end("Yannick Morvan", org="Assurances Armor", role="chief executive officer", cause="dismissed")),
    case("retirement-planned", "fr",
         "Le président des Cristalleries Duval, Gérard Fontaine, prendra sa retraite en juin.",
         end("Gérard Fontaine", org="Cristalleries Duval", role="president", cause="retired", status="planned",
             date="2025-06")),
    case("death-in-office", "fr",
         "Le PDG des Transports Garnier, Jean-Luc Mercadier, est décédé dimanche à l'âge de 66 ans.",
         end("Jean-Luc Mercadier", org="Transports Garnier", role="chief executive officer", cause="died",
             date="2025-03-09")),
    case("interim", "fr",
         "Le directeur financier de Textiles Vauban, Antoine Roussel, a été nommé directeur général par intérim.",
         start("Antoine Roussel", org="Textiles Vauban", role="chief executive officer", interim=True)),
    case("sick-leave", "fr",
         "La directrice générale de Parfums Sorel, Claire Vasseur, est en congé maladie depuis lundi.",
         leave("Claire Vasseur", org="Parfums Sorel", role="chief executive officer", date="2025-03-10")),
    case("b-replaces-a", "fr",
         "Sophie Delorme remplace Michel Arnaud au poste de directeur général des Éditions Kerlan, a annoncé "
         "le groupe.",
         start("Sophie Delorme", org="Éditions Kerlan", role="chief executive officer"),
         end("Michel Arnaud", org="Éditions Kerlan", role="chief executive officer")),
    case("historic-in-passing", "fr",
         "Bruno Lacoste dirige les Laiteries Morvan depuis 2019. Lacoste avait été évincé de la présidence des "
         "Fromageries Vercors en 2014.",
         end("Bruno Lacoste", org="Fromageries Vercors", role="president", cause="dismissed", date="2014")),
    case("no-event", "fr",
         "Les Laiteries Morvan ont publié un chiffre d'affaires en hausse de 5 % pour 2024.",
         no_events=True),
    case("denial", "fr",
         "Les Assurances Armor ont démenti les rumeurs de départ de leur directeur général, Yannick Morvan.",
         end("Yannick Morvan", status="denied"), never_reported=True),
    case("denial-mid-sentence", "fr",
         "Dans un communiqué, les Assurances Armor ont démenti les rumeurs de départ de leur directeur "
         "général, Yannick Morvan.",
         end("Yannick Morvan", status="denied"), never_reported=True),
    case("rumour", "fr",
         "Selon plusieurs sources, Gérard Fontaine pourrait quitter la présidence des Cristalleries Duval d'ici "
         "l'été.",
         end("Gérard Fontaine", org="Cristalleries Duval", role="president", status="rumored"),
         never_reported=True),
    case("planned-future-tense", "fr",
         "Gérard Fontaine quittera ses fonctions de président des Cristalleries Duval à la fin de l'année.",
         end("Gérard Fontaine", org="Cristalleries Duval", status="planned")),
    case("layoffs-and-count", "fr",
         "Les Laiteries Morvan ont supprimé 400 emplois. Douze cadres dirigeants ont quitté le groupe cette année.",
         no_events=True),
    case("name-with-capitalized-particle", "fr",
         "Le conseil d'administration des Assurances Armor a limogé son directeur général, Yannick Le Goff.",
         end("Yannick Le Goff", cause="dismissed"),
         xfail="a capitalized name particle ('Le Goff', 'De Luca', 'Da Silva') is a stop word, so the run "
               "splits and the name is lost"),
    case("organization-after-leading-article", "fr",
         "La Banque Armor a nommé Hélène Marchais directrice financière, a annoncé la banque.",
         start("Hélène Marchais", org="Banque Armor"), exclusive=True),
    case("organization-after-lower-case-descriptor", "fr",
         "Le groupe Valcourt a nommé Hélène Marchais au poste de directrice financière, a-t-il annoncé.",
         start("Hélène Marchais", org="Valcourt")),
    # newsroom phrasings the language file must know
    case("passed-away", "fr",
         "Charles Morel, président du Groupe Arnaud, s'est éteint dimanche.",
         end("Charles Morel", org="Groupe Arnaud", role="president", cause="died", date="2025-03-09")),
    case("threw-in-the-towel", "fr",
         "Charles Morel a jeté l'éponge à la tête du Groupe Arnaud.",
         end("Charles Morel", cause="resigned")),
]

PT = [
    case("appointment", "pt",
         "O conselho da Construtora Ipanema nomeou Fernanda Albuquerque como nova diretora financeira.",
         start("Fernanda Albuquerque", org="Construtora Ipanema", role="chief financial officer", interim=False,
               status="reported")),
    case("resignation-last-thursday", "pt",
         "Rodrigo Valadares renunciou ao cargo de presidente-executivo da Transportes Serrano na quinta-feira "
         "passada.",
         end("Rodrigo Valadares", org="Transportes Serrano", role="chief executive officer", cause="resigned",
             date="2025-03-06")),
    case("dismissal", "pt",
         "O conselho de administração do Banco Cerrado demitiu o diretor-presidente Otávio Lacerda.",
         end("Otávio Lacerda", org="Banco Cerrado", role="chief executive officer", cause="dismissed")),
    case("retirement-planned", "pt",
         "O presidente do conselho da Laticínios Mantiqueira, Sebastião Prado, vai se aposentar em junho.",
         end("Sebastião Prado", org="Laticínios Mantiqueira", role="chairman", cause="retired", status="planned",
             date="2025-06")),
    case("death-in-office", "pt",
         "O presidente da Siderúrgica Paranaense, Heitor Bastos, morreu no domingo, aos 70 anos.",
         end("Heitor Bastos", org="Siderúrgica Paranaense", role="president", cause="died", date="2025-03-09")),
    case("interim", "pt",
         "O diretor financeiro Caio Menezes foi nomeado presidente-executivo interino da Farmácias Aurora, "
         "informou a empresa.",
         start("Caio Menezes", org="Farmácias Aurora", role="chief executive officer", interim=True)),
    case("medical-leave", "pt",
         "A presidente-executiva da Farmácias Aurora, Letícia Moura, entrou em licença médica.",
         leave("Letícia Moura", org="Farmácias Aurora", role="chief executive officer")),
    case("b-replaces-a", "pt",
         "Beatriz Lins substitui Paulo Rezende como presidente-executivo da Editora Atlântica, informou a empresa.",
         start("Beatriz Lins", org="Editora Atlântica", role="chief executive officer"),
         end("Paulo Rezende", org="Editora Atlântica", role="chief executive officer")),
    case("historic-in-passing", "pt",
         "Rodrigo Valadares comanda a Transportes Serrano desde 2020. Valadares foi demitido da Frigoríficos "
         "Pampa em 2016.",
         end("Rodrigo Valadares", org="Frigoríficos Pampa", cause="dismissed", date="2016")),
    case("no-event", "pt",
         "O Banco Cerrado registrou lucro de R$ 200 milhões em 2024.",
         no_events=True),
    case("denial", "pt",
         "O Banco Cerrado negou que o diretor-presidente Otávio Lacerda vá deixar o cargo.",
         end("Otávio Lacerda", status="denied"), never_reported=True),
    case("rumour", "pt",
         "Segundo fontes próximas, Sebastião Prado poderia deixar a presidência da Laticínios Mantiqueira "
         "ainda este ano.",
         end("Sebastião Prado", org="Laticínios Mantiqueira", role="president", status="rumored"),
         never_reported=True),
    case("planned", "pt",
         "Sebastião Prado vai deixar a presidência da Laticínios Mantiqueira no fim do ano.",
         end("Sebastião Prado", org="Laticínios Mantiqueira", role="president", status="planned")),
    case("planned-future-tense", "pt",
         "Sebastião Prado deixará a presidência da Laticínios Mantiqueira no fim do ano.",
         end("Sebastião Prado", status="planned")),
    case("layoffs-and-count", "pt",
         "No ano passado, o Banco Cerrado demitiu 300 funcionários. Neste ano, doze executivos deixaram o banco.",
         no_events=True),
    case("organization-after-leading-article", "pt",
         "A Transportes Serrano demitiu 300 funcionários. Neste ano, doze executivos deixaram a empresa.",
         no_events=True),
    case("name-that-is-a-common-word", "pt",
         "Beatriz Lins substitui Paulo Fontes como presidente-executivo da Editora Atlântica, informou a empresa.",
         # passes since pt.toml no longer lists "fontes" (nor "dias") as a stop word
         end("Paulo Fontes")),
    # newsroom phrasings the language file must know
    case("removed-by-the-board", "pt",
         "O conselho do Grupo Tietê destituiu o presidente Carlos Moreira.",
         end("Carlos Moreira", org="Grupo Tietê", role="president", cause="dismissed")),
    case("announced-as", "pt",
         "Elisa Pires foi anunciada como nova presidente-executiva do Grupo Tietê, informou a empresa.",
         start("Elisa Pires", org="Grupo Tietê", role="chief executive officer")),
    case("took-leave", "pt",
         "Elisa Pires, presidente-executiva do Grupo Tietê, se licenciou do cargo.",
         leave("Elisa Pires", org="Grupo Tietê", role="chief executive officer")),
]


@pytest.mark.parametrize("c", params(ES))
def test_spanish(c: Case) -> None:
    check(c)


@pytest.mark.parametrize("c", params(IT))
def test_italian(c: Case) -> None:
    check(c)


@pytest.mark.parametrize("c", params(FR))
def test_french(c: Case) -> None:
    check(c)


@pytest.mark.parametrize("c", params(PT))
def test_portuguese(c: Case) -> None:
    check(c)
