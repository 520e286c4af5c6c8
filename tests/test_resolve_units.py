"""The resolve layer on small hand-made inputs: each rule on its own."""

from __future__ import annotations

from peoplemoves.resolve import SourceDocument, resolve_documents
from peoplemoves.resolve.facts import dates_agree
from peoplemoves.resolve.records import SourceEntity, SourceEvent


def doc(doc_id: str, lang: str, published: str | None, events: list[tuple], people: list[tuple],
        orgs: list[str], ingested: str = "2025-01-01T00:00:00") -> SourceDocument:
    """events: (kind, person, org, role, date[, status[, cause]]); people: (name, native, mentions...)."""
    d = SourceDocument(doc_id, doc_id, published, [lang], ingested, 1000)
    for i, e in enumerate(events):
        kind, person, org, role, date = e[:5]
        status = e[5] if len(e) > 5 else "reported"
        cause = e[6] if len(e) > 6 else ("resigned" if kind == "end_position" else None)
        d.events.append(SourceEvent(i, doc_id, kind, person, org, role, cause, False, date, status,
                                    f"{person} {kind}", 10, 40, lang))
    for name, native, *mentions in people:
        d.entities.append(SourceEntity(doc_id, "person", name, native, tuple(mentions) or (name,)))
    for org in orgs:
        d.entities.append(SourceEntity(doc_id, "org", org, None, (org,)))
    return d


def person_names(res) -> dict[str, str]:
    return {name: res.entity(ident).name for (_, name), ident in res.person_of.items()}


def test_native_forms_with_a_latin_original_and_alone_are_one_person() -> None:
    docs = [
        doc("en1", "en", "2025-03-14", [("end_position", "Henrik Solberg", "Fjordcell", "chief executive officer",
                                         "2025-03-13")], [("Henrik Solberg", None, "Henrik Solberg", "Solberg")],
            ["Fjordcell"]),
        doc("zh1", "zh-Hans", "2025-03-15", [("end_position", "Henrik Solberg", "Fjordcell", None, "2025-03-13")],
            [("Henrik Solberg", "亨里克·索尔伯格", "亨里克·索尔伯格", "Henrik Solberg")], ["Fjordcell"]),
        doc("zh2", "zh-Hant", "2025-03-20", [("end_position", "Henglike Suoerboge", "Fjordcell", None, "2025-03")],
            [("Henglike Suoerboge", "亨里克·索爾伯格", "亨里克·索爾伯格")], ["Fjordcell"]),
        doc("ja1", "ja", "2025-03-18", [("end_position", "Henriku Soruberi", "Fjordcell", None, "2025-03-13")],
            [("Henriku Soruberi", "ヘンリク・ソルベリ", "ヘンリク・ソルベリ")], ["Fjordcell"]),
    ]
    res = resolve_documents(docs)
    assert set(person_names(res).values()) == {"Henrik Solberg"}
    facts = [f for f in res.facts if f.kind == "end_position"]
    assert len(facts) == 1 and len(facts[0].sources) == 4
    assert facts[0].date == "2025-03-13" and not facts[0].conflict  # 2025-03 agrees with the finer date


def test_same_name_at_different_companies_in_different_roles_stays_two_people() -> None:
    docs = [
        doc("a", "en", "2025-01-10", [("start_position", "Li Wei", "Acme Bank", "chief financial officer",
                                       "2025-01-09")], [("Li Wei", None, "Li Wei")], ["Acme Bank"]),
        doc("b", "en", "2025-06-10", [("end_position", "Li Wei", "Zenith Motors", "head coach", "2025-06-01")],
            [("Li Wei", None, "Li Wei")], ["Zenith Motors"]),
    ]
    res = resolve_documents(docs)
    assert len({ident for ident in res.person_of.values()}) == 2


def test_sources_that_disagree_keep_each_value_and_translations_count_once() -> None:
    same_day = "2025-05-02"
    events_it = [("end_position", "Anna Berg", "Nordlys", "chief research officer", "2025-04-30"),
                 ("start_position", "Ola Lund", "Nordlys", "chief executive officer", "2025-04-30")]
    events_de = [("end_position", "Anna Berg", "Nordlys", "chief research officer", "2025-04-30"),
                 ("start_position", "Ola Lund", "Nordlys", "chief executive officer", "2025-04-30")]
    docs = [
        doc("it", "it", same_day, events_it, [("Anna Berg", None), ("Ola Lund", None)], ["Nordlys"]),
        doc("de", "de", same_day, events_de, [("Anna Berg", None), ("Ola Lund", None)], ["Nordlys"]),
        doc("en", "en", "2025-05-03", [("end_position", "Anna Berg", "Nordlys", "chief researcher", "2025-05-01")],
            [("Anna Berg", None)], ["Nordlys"]),
    ]
    res = resolve_documents(docs)
    assert len(res.stories) == 1
    story = res.stories[0]
    assert story.article_of["it"] == story.article_of["de"] != story.article_of["en"]
    fact = next(f for f in res.facts if f.kind == "end_position")
    assert fact.articles == 2 and len(fact.sources) == 3
    assert fact.values["date"] == {"2025-04-30": ["it", "de"], "2025-05-01": ["en"]}
    assert "role" not in fact.values and fact.role == "chief research officer"  # one title, two wordings
    assert fact.date == "2025-05-01"  # one article each: the original beats the translated pair


def test_a_mistranslated_name_is_resolved_through_its_translation() -> None:
    # The Italian machine translation calls the person by a word; the original names him.
    shared = [("start_position", "Carl Mora", "Vega", "chief executive officer", "2018"),
              ("end_position", "Tina Holt", "Vega", "president", "2024-09-26")]
    docs = [
        doc("orig", "en", "2024-09-30", shared, [("Carl Mora", None), ("Tina Holt", None)], ["Vega"]),
        doc("mt", "it", "2024-09-30", [("start_position", "Superhero", "Vega", "chief executive officer", "2018"),
                                        shared[1]], [("Superhero", None), ("Tina Holt", None)], ["Vega"]),
    ]
    res = resolve_documents(docs)
    assert person_names(res)["Superhero"] == "Carl Mora"


def test_rumours_and_denials_are_facts_of_their_own_and_not_held_positions() -> None:
    docs = [
        doc("r", "en", "2025-02-01", [("start_position", "Mia Dahl", "Orbit", "chief executive officer", None,
                                       "rumored")], [("Mia Dahl", None)], ["Orbit"]),
        doc("p", "en", "2025-03-01", [("start_position", "Mia Dahl", "Orbit", "chief executive officer",
                                       "2025-02-28")], [("Mia Dahl", None)], ["Orbit"]),
        doc("d", "en", "2025-04-01", [("end_position", "Mia Dahl", "Orbit", "chief executive officer", None,
                                       "denied")], [("Mia Dahl", None)], ["Orbit"]),
    ]
    res = resolve_documents(docs)
    statuses = sorted(f.status for f in res.facts)
    assert statuses == ["denied", "reported", "rumored"]
    held = [p for p in res.positions if p.status == "reported"]
    assert len(held) == 1 and held[0].start_date == "2025-02-28" and held[0].end_date is None


def test_positions_pair_starts_and_ends_in_date_order() -> None:
    events = [("start_position", "Jo Kim", "Helix", "chief executive officer", "2015"),
              ("end_position", "Jo Kim", "Helix", "chief executive officer", "2019-06"),
              ("start_position", "Jo Kim", "Helix", "chairman", "2021-01-04")]
    res = resolve_documents([doc("x", "en", "2021-01-05", events, [("Jo Kim", None)], ["Helix"])])
    spans = sorted((p.role, p.start_date, p.end_date) for p in res.positions)
    assert spans == [("chair", "2021-01-04", None), ("chief executive officer", "2015", "2019-06")]


def test_date_agreement() -> None:
    assert dates_agree("2024", "2024-09-26")
    assert dates_agree("2024-09-25", "2024-09-26")
    assert dates_agree(None, "2024-09-26")
    assert not dates_agree("2023", "2024")
    assert not dates_agree("2024-01-02", "2024-03-02")


def test_a_sound_merge_sees_the_whole_group_it_joins_whatever_the_document_order() -> None:
    """The Japanese article comes first: its name joins "Marta Lindqvist" by sound and, the earlier node, becomes
    the group's root. The Chinese romanization compared next must see that group's organizations (Fjordcell),
    not only the Japanese article's (フィヨルドセル, not yet known to be Fjordcell), to choose it over a
    sound-alike elsewhere ("Martin Lundstedt"); it saw the groups as they stood before the loop and stayed
    apart, so the record depended on document order (and an incremental closure's order could differ)."""
    ceo = "chief executive officer"
    docs = [
        doc("a-ja", "ja", "2025-03-18", [("start_position", "Malta Rindokuvisuto", "フィヨルドセル", ceo, None)],
            [("Malta Rindokuvisuto", "マルタ・リンドクヴィスト", "マルタ・リンドクヴィスト")], ["フィヨルドセル"]),
        doc("b-zh", "zh-Hans", "2025-03-15", [("start_position", "Maerta Lindekuisite", "Fjordcell", ceo, None)],
            [("Maerta Lindekuisite", "玛尔塔·林德奎斯特", "玛尔塔·林德奎斯特")], ["Fjordcell"]),
        doc("c-en", "en", "2025-03-14", [("start_position", "Marta Lindqvist", "Fjordcell", ceo, "2025-03-13")],
            [("Marta Lindqvist", None, "Marta Lindqvist", "Lindqvist", "Marta")], ["Fjordcell"]),
        doc("d-en", "en", "2024-10-20", [("start_position", "Martin Lundstedt", "Volvo", ceo, None)],
            [("Martin Lundstedt", None, "Martin Lundstedt")], ["Volvo"]),
    ]
    for order in (docs, docs[::-1], [docs[2], docs[0], docs[3], docs[1]]):
        names = person_names(resolve_documents(order))
        assert names["Maerta Lindekuisite"] == names["Malta Rindokuvisuto"] == "Marta Lindqvist"
        assert names["Martin Lundstedt"] == "Martin Lundstedt"
