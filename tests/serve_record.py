"""A small, realistic resolved record (schema v3) written straight into a store, for the serve tests.

Three stories in eight languages: Fjordcell's chief executive resigns (en, fr, ja, zh-Hans;
the Chinese source dates it a day later: a date conflict), OpenAI fires and rehires its chief
executive (en, zh-Hans, zh-Hant, es, ja; the return date is disputed), Banco Meridiano names a
chief executive (es, it, pt), a planned and a rumored move, a leave of absence (de), and one
hostile article whose text, names and evidence are full of markup and script.

Offsets are computed from the texts, so ``original[start:end] == evidence`` always holds; the
English Fjordcell article starts with characters outside the BMP (🔋𝐍𝐄𝐖𝐒), where Python's
code-point offsets and JavaScript's UTF-16 indices part ways.
Ingest times (``learned_at``) are spread out so ``--known-at`` has something to show.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from peoplemoves.names import fold
from peoplemoves.store import Store

HOSTILE_NAME = "Mallory <img src=x onerror=alert('name')>"
HOSTILE_ORG = "Evil<script>alert('org')</script>Corp"
HOSTILE_EVIDENCE = (
    "<script>alert('pwned')</script>Mallory <img src=x onerror=alert('name')> was named chief executive of "
    "Evil<script>alert('org')</script>Corp <a href=\"javascript:alert('link')\">read more</a>"
)
HOSTILE_TEXT = (
    "<html><body onload=\"alert('body')\"><h1>Breaking</h1>\n"
    + HOSTILE_EVIDENCE
    + " on 1 February 2024.\n<iframe src=\"javascript:alert('frame')\"></iframe>"
    "<svg><script>alert('svg')</script></svg><style>body{display:none}</style>\n"
)

# (key, name, lang, published, learned_at, title, url, text)
DOCUMENTS = [
    ("fj-en", "fjordcell_ceo_en", "en", "2025-03-17", "2025-03-17T09:00:00+00:00",
     "Fjordcell chief executive Henrik Solberg resigns", "https://news.example/fjordcell-ceo",
     "🔋𝐍𝐄𝐖𝐒 TRONDHEIM, March 17, 2025\n\nHenrik Solberg has resigned as chief executive of Fjordcell, the Norwegian "
     "battery-cell maker said last Thursday, after two years of delays at its flagship factory.\n\n"
     "The board has named chief financial officer Marta Lindqvist acting chief executive while it looks for "
     "a permanent successor.\n"),
    ("fj-fr", "fjordcell_ceo_fr", "fr", "2025-03-17", "2025-03-17T12:00:00+00:00",
     "Fjordcell : Henrik Solberg démissionne", None,
     "TRONDHEIM, 17 mars 2025\n\nHenrik Solberg a démissionné de son poste de directeur général de Fjordcell "
     "jeudi dernier, a annoncé le fabricant norvégien de cellules de batteries.\n"),
    ("fj-ja", "fjordcell_ceo_ja", "ja", "2025-03-18", "2025-03-18T03:00:00+00:00",
     "フィヨルドセルのソルベリCEOが辞任", None,
     "【トロンハイム＝3月18日】ノルウェーの電池メーカー、フィヨルドセルは、最高経営責任者のヘンリク・ソルベリ氏が"
     "13日に辞任したと発表した。後任が決まるまで、マルタ・リンドクヴィスト最高財務責任者がCEO代行を務める。\n"),
    ("fj-zh", "fjordcell_ceo_zh", "zh-Hans", "2025-03-18", "2025-03-19T08:00:00+00:00",
     "峡湾电池首席执行官亨里克·索尔伯格辞职", None,
     "新华社奥斯陆3月18日电 挪威电池制造商峡湾电池公司首席执行官亨里克·索尔伯格于3月14日辞职。"
     "公司董事会任命首席财务官玛尔塔·林德奎斯特为代理首席执行官。\n"),
    ("fj-old", "fjordcell_2019_en", "en", "2019-01-07", "2025-02-01T10:00:00+00:00",
     "Fjordcell names Henrik Solberg chief executive", None,
     "OSLO, January 7, 2019\n\nFjordcell has appointed Henrik Solberg as chief executive, effective today. "
     "Solberg joins from the grid operator Statnord.\n"),
    ("oa-en", "openai_fired_en", "en", "2023-11-17", "2023-11-17T22:00:00+00:00",
     "OpenAI board removes Sam Altman", "https://news.example/openai-altman",
     "SAN FRANCISCO, Nov 17, 2023\n\nOpenAI's board said on Friday that Sam Altman will depart as chief "
     "executive after a review found he was not consistently candid. Chief technology officer Mira Murati "
     "will serve as interim chief executive, effective immediately.\n"),
    ("oa-zh", "openai_fired_zh", "zh-Hans", "2023-11-18", "2023-11-18T02:00:00+00:00",
     "OpenAI董事会解除山姆·奥特曼的职务", None,
     "11月18日消息，OpenAI董事会17日宣布解除山姆·奥特曼的首席执行官职务，首席技术官米拉·穆拉蒂出任临时首席执行官。\n"),
    ("oa-es", "openai_return_es", "es", "2023-11-22", "2023-11-22T09:00:00+00:00",
     "Sam Altman vuelve a OpenAI", "https://noticias.example/altman-vuelve",
     "MADRID, 22 de noviembre de 2023\n\nSam Altman vuelve a OpenAI como consejero delegado, anunció la "
     "empresa el martes, tras cinco días de crisis.\n"),
    ("oa-ja", "openai_return_ja", "ja", "2023-11-22", "2023-11-23T01:00:00+00:00",
     "サム・アルトマン氏がOpenAIのCEOに復帰", None,
     "【サンフランシスコ＝11月22日】米OpenAIは22日、サム・アルトマン氏が最高経営責任者に復帰すると発表した。\n"),
    ("oa-tw", "openai_return_zh_hant", "zh-Hant", "2023-11-22", "2023-11-24T05:00:00+00:00",
     "奧特曼重返OpenAI", None,
     "OpenAI於22日宣布，奧特曼將重返公司擔任執行長。\n"),
    ("bm-es", "banco_meridiano_es", "es", "2024-06-03", "2024-06-03T08:00:00+00:00",
     "Banco Meridiano nombra a Lucía Ortega consejera delegada", None,
     "Banco Meridiano nombró el lunes a Lucía Ortega consejera delegada, con efecto desde el 1 de junio.\n"),
    ("bm-it", "banco_meridiano_it", "it", "2024-06-03", "2024-06-04T08:00:00+00:00",
     "Banco Meridiano, Lucia Ortega nuova amministratrice delegata", None,
     "Banco Meridiano ha nominato Lucia Ortega amministratrice delegata dal primo giugno.\n"),
    ("bm-pt", "banco_meridiano_pt", "pt", "2024-06-04", "2024-06-05T08:00:00+00:00",
     "Banco Meridiano escolhe Lucía Ortega", None,
     "O Banco Meridiano escolheu Lucía Ortega como diretora executiva a partir de 1 de junho.\n"),
    ("vd-fr", "verdier_planned_fr", "fr", "2025-01-10", "2025-01-10T08:00:00+00:00",
     "Verdier : Claire Fontaine prendra la présidence", None,
     "Claire Fontaine deviendra présidente de Verdier le 1er juillet 2026, a indiqué le groupe.\n"),
    ("sk-ja", "seikan_rumour_ja", "ja", "2025-02-02", "2025-02-02T08:00:00+00:00",
     "青函重工、社長交代か", None,
     "関係者によると、青函重工の田中健一社長が退任する見通しだ。\n"),
    ("ks-de", "kessler_leave_de", "de", "2024-09-02", "2024-09-02T08:00:00+00:00",
     "Rheinflug-Chef Kessler nimmt Auszeit", None,
     "Der Rheinflug-Vorstandschef Jonas Kessler nimmt ab sofort eine Auszeit aus gesundheitlichen Gründen.\n"),
    ("hx-en", "hostile_en", "en", "2024-02-01", "2024-02-01T08:00:00+00:00",
     "<script>alert('title')</script>Hostile", "javascript:alert('url')", HOSTILE_TEXT),
]

# (key, kind, name, native, [(alias, doc key or None)])
ENTITIES = [
    ("solberg", "person", "Henrik Solberg", None, [
        ("Henrik Solberg", "fj-en"), ("Solberg", "fj-en"), ("Henrik Solberg", "fj-fr"), ("Henrik Solberg", "fj-old"),
        ("ヘンリク・ソルベリ", "fj-ja"), ("ソルベリ", "fj-ja"), ("亨里克·索尔伯格", "fj-zh"), ("索尔伯格", "fj-zh")]),
    ("lindqvist", "person", "Marta Lindqvist", None, [
        ("Marta Lindqvist", "fj-en"), ("Lindqvist", "fj-en"), ("マルタ・リンドクヴィスト", "fj-ja"),
        ("玛尔塔·林德奎斯特", "fj-zh")]),
    ("altman", "person", "Sam Altman", "山姆·奥特曼", [
        ("Sam Altman", "oa-en"), ("Altman", "oa-en"), ("山姆·奥特曼", "oa-zh"), ("奥特曼", "oa-zh"),
        ("Sam Altman", "oa-es"), ("サム・アルトマン", "oa-ja"), ("奧特曼", "oa-tw")]),
    ("murati", "person", "Mira Murati", None, [("Mira Murati", "oa-en"), ("米拉·穆拉蒂", "oa-zh")]),
    ("ortega", "person", "Lucía Ortega", None, [
        ("Lucía Ortega", "bm-es"), ("Lucia Ortega", "bm-it"), ("Lucía Ortega", "bm-pt")]),
    ("fontaine", "person", "Claire Fontaine", None, [("Claire Fontaine", "vd-fr")]),
    ("tanaka", "person", "Kenichi Tanaka", "田中健一", [("田中健一", "sk-ja")]),
    ("kessler", "person", "Jonas Kessler", None, [("Jonas Kessler", "ks-de")]),
    ("aas", "person", "Ingrid Aas", None, [("Ingrid Aas", None)]),
    ("mallory", "person", HOSTILE_NAME, None, [(HOSTILE_NAME, "hx-en")]),
    ("fjordcell", "org", "Fjordcell", None, [
        ("Fjordcell", "fj-en"), ("Fjordcell", "fj-fr"), ("フィヨルドセル", "fj-ja"), ("峡湾电池", "fj-zh"),
        ("峡湾电池公司", "fj-zh")]),
    ("openai", "org", "OpenAI", None, [
        ("OpenAI", "oa-en"), ("OpenAI", "oa-zh"), ("OpenAI", "oa-es"), ("OpenAI", "oa-ja"), ("OpenAI", "oa-tw")]),
    ("meridiano", "org", "Banco Meridiano", None, [
        ("Banco Meridiano", "bm-es"), ("Banco Meridiano", "bm-it"), ("Banco Meridiano", "bm-pt")]),
    ("verdier", "org", "Verdier", None, [("Verdier", "vd-fr")]),
    ("seikan", "org", "Seikan Heavy Industries", "青函重工", [("青函重工", "sk-ja")]),
    ("rheinflug", "org", "Rheinflug", None, [("Rheinflug", "ks-de")]),
    ("statnord", "org", "Statnord", None, [("Statnord", "fj-old")]),
    ("evil", "org", HOSTILE_ORG, None, [(HOSTILE_ORG, "hx-en")]),
]

STORIES = [
    # (id, label, first_date, [(doc key, article group)])
    ("story-fjordcell", "Henrik Solberg resigns as chief executive of Fjordcell", "2025-03-13",
     [("fj-en", "a-fj-en"), ("fj-fr", "a-fj-en"), ("fj-ja", "a-fj-ja"), ("fj-zh", "a-fj-zh")]),
    ("story-openai-fired", "OpenAI removes Sam Altman", "2023-11-17", [("oa-en", "a-oa-en"), ("oa-zh", "a-oa-zh")]),
    ("story-openai-return", "Sam Altman returns to OpenAI", "2023-11-21",
     [("oa-es", "a-oa-es"), ("oa-ja", "a-oa-ja"), ("oa-tw", "a-oa-tw")]),
    ("story-meridiano", "Banco Meridiano names Lucía Ortega chief executive", "2024-06-01",
     [("bm-es", "a-bm-es"), ("bm-it", "a-bm-es"), ("bm-pt", "a-bm-pt")]),
    ("story-hostile", "<b>Hostile</b> story", "2024-02-01", [("hx-en", "a-hx")]),
]

# (key, kind, person, org, role, cause, interim, date, status, story,
#  [(doc key, evidence, role, cause, date, status)], {field: {value: [doc keys]}})
CEO = "chief executive officer"
FACTS = [
    ("solberg-start", "start_position", "solberg", "fjordcell", CEO, None, False, "2019-01-07", "reported", None,
     [("fj-old", "Fjordcell has appointed Henrik Solberg as chief executive, effective today.", CEO, None,
       "2019-01-07", "reported")], {}),
    ("solberg-end", "end_position", "solberg", "fjordcell", CEO, "resigned", False, "2025-03-13", "reported",
     "story-fjordcell",
     [("fj-en", "Henrik Solberg has resigned as chief executive of Fjordcell, the Norwegian battery-cell maker said "
       "last Thursday", CEO, "resigned", "2025-03-13", "reported"),
      ("fj-fr", "Henrik Solberg a démissionné de son poste de directeur général de Fjordcell jeudi dernier", CEO,
       "resigned", "2025-03-13", "reported"),
      ("fj-ja", "フィヨルドセルは、最高経営責任者のヘンリク・ソルベリ氏が13日に辞任したと発表した", CEO, "resigned",
       "2025-03-13", "reported"),
      ("fj-zh", "峡湾电池公司首席执行官亨里克·索尔伯格于3月14日辞职", CEO, "resigned", "2025-03-14", "reported")],
     {"date": {"2025-03-13": ["fj-en", "fj-fr", "fj-ja"], "2025-03-14": ["fj-zh"]}}),
    ("lindqvist-start", "start_position", "lindqvist", "fjordcell", CEO, None, True, "2025-03-13", "reported",
     "story-fjordcell",
     [("fj-en", "The board has named chief financial officer Marta Lindqvist acting chief executive while it looks "
       "for a permanent successor.", CEO, None, "2025-03-13", "reported"),
      ("fj-zh", "公司董事会任命首席财务官玛尔塔·林德奎斯特为代理首席执行官。", CEO, None, "2025-03-14", "reported")],
     {"date": {"2025-03-13": ["fj-en"], "2025-03-14": ["fj-zh"]}}),
    ("altman-end", "end_position", "altman", "openai", CEO, "dismissed", False, "2023-11-17", "reported",
     "story-openai-fired",
     [("oa-en", "OpenAI's board said on Friday that Sam Altman will depart as chief executive", CEO, "dismissed",
       "2023-11-17", "reported"),
      ("oa-zh", "OpenAI董事会17日宣布解除山姆·奥特曼的首席执行官职务", CEO, "dismissed", "2023-11-17", "reported")],
     {}),
    ("murati-start", "start_position", "murati", "openai", CEO, None, True, "2023-11-17", "reported",
     "story-openai-fired",
     [("oa-en", "Chief technology officer Mira Murati will serve as interim chief executive, effective immediately.",
       CEO, None, "2023-11-17", "reported"),
      ("oa-zh", "首席技术官米拉·穆拉蒂出任临时首席执行官", CEO, None, "2023-11-17", "reported")], {}),
    ("altman-return", "start_position", "altman", "openai", CEO, None, False, "2023-11-22", "reported",
     "story-openai-return",
     [("oa-es", "Sam Altman vuelve a OpenAI como consejero delegado, anunció la empresa el martes", CEO, None,
       "2023-11-21", "reported"),
      ("oa-ja", "サム・アルトマン氏が最高経営責任者に復帰すると発表した", CEO, None, "2023-11-22", "reported"),
      ("oa-tw", "OpenAI於22日宣布，奧特曼將重返公司擔任執行長", CEO, None, "2023-11-22", "reported")],
     {"date": {"2023-11-21": ["oa-es"], "2023-11-22": ["oa-ja", "oa-tw"]}}),
    ("ortega-start", "start_position", "ortega", "meridiano", CEO, None, False, "2024-06-01", "reported",
     "story-meridiano",
     [("bm-es", "Banco Meridiano nombró el lunes a Lucía Ortega consejera delegada, con efecto desde el 1 de junio",
       CEO, None, "2024-06-01", "reported"),
      ("bm-it", "Banco Meridiano ha nominato Lucia Ortega amministratrice delegata dal primo giugno", CEO, None,
       "2024-06-01", "reported"),
      ("bm-pt", "O Banco Meridiano escolheu Lucía Ortega como diretora executiva a partir de 1 de junho", CEO,
       None, "2024-06-01", "reported")], {}),
    ("fontaine-start", "start_position", "fontaine", "verdier", "chair", None, False, "2026-07-01", "planned", None,
     [("vd-fr", "Claire Fontaine deviendra présidente de Verdier le 1er juillet 2026", "chair", None,
       "2026-07-01", "planned")], {}),
    ("tanaka-end", "end_position", "tanaka", "seikan", "president", None, False, None, "rumored", None,
     [("sk-ja", "青函重工の田中健一社長が退任する見通しだ", "president", None, None, "rumored")], {}),
    ("kessler-leave", "leave_of_absence", "kessler", "rheinflug", CEO, None, False, "2024-09-02", "reported", None,
     [("ks-de", "Der Rheinflug-Vorstandschef Jonas Kessler nimmt ab sofort eine Auszeit", CEO, None,
       "2024-09-02", "reported")], {}),
    ("mallory-start", "start_position", "mallory", "evil", CEO, None, False, "2024-02-01", "reported",
     "story-hostile", [("hx-en", HOSTILE_EVIDENCE, CEO, None, "2024-02-01", "reported")], {}),
]

# (person, org, role, start, end, end_cause, status, interim, start fact, end fact, learned_at)
POSITIONS = [
    ("solberg", "fjordcell", CEO, "2019-01-07", "2025-03-13", "resigned", "reported", False, "solberg-start",
     "solberg-end", None),
    ("lindqvist", "fjordcell", "chief financial officer", None, None, None, "reported", False, None, None,
     "2025-03-17T09:00:00+00:00"),
    ("lindqvist", "fjordcell", CEO, "2025-03-13", None, None, "reported", True, "lindqvist-start", None, None),
    ("aas", "fjordcell", "chair", None, None, None, "reported", False, None, None, "2025-03-17T09:00:00+00:00"),
    ("altman", "openai", CEO, None, "2023-11-17", "dismissed", "reported", False, None, "altman-end", None),
    ("murati", "openai", CEO, "2023-11-17", "2023-11-22", None, "reported", True, "murati-start", "altman-return",
     None),
    ("altman", "openai", CEO, "2023-11-22", None, None, "reported", False, "altman-return", None, None),
    ("ortega", "meridiano", CEO, "2024-06-01", None, None, "reported", False, "ortega-start", None, None),
    ("fontaine", "verdier", "chair", "2026-07-01", None, None, "planned", False, "fontaine-start", None, None),
    ("tanaka", "seikan", "president", None, None, None, "rumored", False, None, "tanaka-end", None),
    ("mallory", "evil", CEO, "2024-02-01", None, None, "reported", False, "mallory-start", None, None),
]


@dataclass
class Record:
    """Ids of what was written, by the keys above, so tests can name things."""

    path: Path
    docs: dict[str, str]  # key -> documents.id
    entities: dict[str, int]
    facts: dict[str, int]
    events: dict[tuple[str, str], int]  # (fact key, doc key) -> events.id


def build_record(path: Path) -> Record:
    """Write the record into a fresh store at ``path`` (documents, events, and every v3 table)."""
    texts = {d[0]: d[7] for d in DOCUMENTS}
    with Store(path) as store:
        db = store.db
        db.execute("BEGIN")
        docs = {}
        for i, (key, name, lang, published, learned, title, url, text) in enumerate(DOCUMENTS):
            doc_id = f"{i:02d}{key.replace('-', '')}" + "0" * 8
            docs[key] = doc_id
            db.execute(
                "INSERT INTO documents(id, name, source, published, languages, title, url, encoding, original,"
                " ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'utf-8', ?, ?)",
                (doc_id, name, f"fixtures/{name}.txt", published, json.dumps([lang]), title, url, text, learned),
            )
        entities = {}
        for i, (key, kind, name, native, aliases) in enumerate(ENTITIES):
            entities[key] = i  # ids start at 0, as the resolve layer numbers them
            db.execute("INSERT INTO r_entities(id, kind, name, native) VALUES (?, ?, ?, ?)", (i, kind, name, native))
            for alias, doc in [*aliases, (name, None)]:
                db.execute("INSERT OR IGNORE INTO r_aliases(entity_id, alias, folded, doc_id) VALUES (?, ?, ?, ?)",
                           (i, alias, fold(alias), docs[doc] if doc else None))
        lang_of = {d[0]: d[2] for d in DOCUMENTS}
        learned_of = {d[0]: d[4] for d in DOCUMENTS}
        for sid, label, first, members in STORIES:
            db.execute("INSERT INTO stories(id, label, first_date, documents, articles) VALUES (?, ?, ?, ?, ?)",
                       (sid, label, first, len(members), len({a for _, a in members})))
            for doc, article in members:
                db.execute("INSERT INTO story_docs(story_id, doc_id, lang, article) VALUES (?, ?, ?, ?)",
                           (sid, docs[doc], lang_of[doc], article))
        article_of = {doc: a for _, _, _, members in STORIES for doc, a in members}
        facts, events = {}, {}
        for n, (key, kind, who, org, role, cause, interim, date, status, story, sources, values) in enumerate(FACTS):
            fact_id = 100 + n
            facts[key] = fact_id
            learned = min(learned_of[s[0]] for s in sources)
            db.execute(
                "INSERT INTO facts(id, kind, person_id, org_id, role, cause, interim, date, status, story_id, sources,"
                " articles, conflict, learned_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (fact_id, kind, entities[who], entities[org], role, cause, int(interim), date, status, story,
                 len(sources), len({article_of.get(s[0], s[0]) for s in sources}), int(bool(values)), learned),
            )
            for doc, evidence, s_role, s_cause, s_date, s_status in sources:
                start = texts[doc].index(evidence)
                event_id = db.execute(
                    "INSERT INTO events(doc_id, kind, person, org, role, cause, interim, date, status, evidence,"
                    " evidence_start, evidence_end, lang) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (docs[doc], kind, ENTITIES[entities[who]][2], ENTITIES[entities[org]][2], s_role, s_cause,
                     int(interim), s_date, s_status, evidence, start, start + len(evidence), lang_of[doc]),
                ).lastrowid
                events[(key, doc)] = event_id
                db.execute(
                    "INSERT INTO fact_sources(fact_id, event_id, doc_id, lang, article, role, cause, date, status,"
                    " evidence, evidence_start, evidence_end, learned_at)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (fact_id, event_id, docs[doc], lang_of[doc], article_of.get(doc, doc), s_role, s_cause, s_date,
                     s_status, evidence, start, start + len(evidence), learned_of[doc]),
                )
            for name, vals in values.items():
                for value, doc_keys in vals.items():
                    db.execute("INSERT INTO fact_values(fact_id, field, value, doc_ids) VALUES (?, ?, ?, ?)",
                               (fact_id, name, value, json.dumps([docs[d] for d in doc_keys])))
        fact_learned = {FACTS[i][0]: min(learned_of[s[0]] for s in FACTS[i][10]) for i in range(len(FACTS))}
        for who, org, role, start, end, cause, status, interim, sf, ef, learned in POSITIONS:
            learned = learned or min(fact_learned[f] for f in (sf, ef) if f)
            db.execute(
                "INSERT INTO positions(person_id, org_id, role, start_date, end_date, end_cause, status, interim,"
                " start_fact, end_fact, learned_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (entities[who], entities[org], role, start, end, cause, status, int(interim),
                 facts.get(sf), facts.get(ef), learned),
            )
        db.execute("COMMIT")
    return Record(path=path, docs=docs, entities=entities, facts=facts, events=events)
