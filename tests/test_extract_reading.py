"""What a reader fills in that the sentence leaves out: the organization of a change named in the
sentence before, the day of the news for a change told without a date, the title the article gives
the person elsewhere, a verb of holding before "since D", and a surname that is no company.

Why: in real news about one change in three names its organization, title or date only in a
neighbouring sentence; an event without them cannot be matched or answered in `who`.
"""

from __future__ import annotations

import pytest

from extract_cases import Case, case, check, end, extract, params, start

READING = [
    case("org-from-sentence-before", "en",
         "Ms Ida Lunde joined the Osterby Water Authority in 2019.\n\n"
         "The Harwick Dental Council also gets new leadership. Dr Ole Brandt becomes its board chair.",
         start("Ole Brandt", org="Harwick Dental Council")),
    case("name-with-and-before-suffix", "en",
         "President Lyle Okafor named Dr Ruth Amari chair of the Seeds and Fertiliser Authority.",
         start("Ruth Amari", org="Seeds and Fertiliser Authority")),
    case("undated-change-takes-news-day", "es",
         "Cervecera Norte SA informó ayer de la dimisión de Julián Ortega.\n\n"
         "El consejo nombró presidenta a Marta Ribas.",
         start("Marta Ribas", date="2025-03-11")),
    case("role-from-elsewhere-in-article", "pt",
         "O Serrano Futebol Clube anunciou a contratação de Rui Vasco.\n\n"
         "O técnico Rui Vasco, do Serrano Futebol Clube, estreia no domingo.",
         start("Rui Vasco", role="head coach")),
    case("holding-verb-since", "de",
         "Die Rektorin Karin Albers wird die Hochschule Nordmark verlassen. Sie leitet die Hochschule seit 2014 "
         "und war 2019 wiedergewählt worden.",
         start("Karin Albers", date="2014")),
    case("holding-verb-since-es", "es",
         "Antonio Ferrer, que preside la Caja Rural del Segura desde 2008, inauguró una oficina en Murcia.",
         start("Antonio Ferrer", date="2008")),
]


@pytest.mark.parametrize("c", params(READING))
def test_what_a_reader_fills_in(c: Case) -> None:
    check(c)


def test_a_surname_is_no_organization() -> None:
    """'Ribas ocupaba la vicepresidencia' reads like a company acting; 'Marta Ribas' shows a surname."""
    text = ("MADRID, 12 de marzo de 2025\n\nEl Gobierno designa a Marta Ribas al frente del Banco del Segura. "
            "Ribas ocupaba la vicepresidencia del banco desde 2021.")
    ex = extract(text, "surname")
    assert "Ribas" not in {o.name for o in ex.orgs}
    assert any(e.person == "Marta Ribas" and e.kind == "start_position" for e in ex.events), ex.events


NATIVE_NAMES = [
    case("no-number-inside-a-chinese-name", "zh-Hant",
         "年滿60歲的港灣電力公司總經理陳志明宣布退休。",
         end("陳志明", org="港灣電力公司")),
    case("no-possessive-inside-a-chinese-name", "zh-Hans",
         "去年获延任一年的华东电力公司董事长王建平明年1月将卸任。",
         end("王建平", org="华东电力公司")),
]


@pytest.mark.parametrize("c", params(NATIVE_NAMES))
def test_where_a_native_name_starts(c: Case) -> None:
    """Why: "滿60歲的公務員事務局" and "的兆豐投信" are no organizations anyone writes."""
    check(c)


def test_the_korean_subject_that_fires_is_the_club() -> None:
    """Why: "최하위 누리는 … 박정우 감독을 경질했다": the subject that sacks the coach is the club, and no
    person; a three-syllable subject headed by a family name (김병수는) is a person and no club."""
    ex = extract("2025년 3월 12일\n\n최하위 누리는 같은 날 박정우 감독을 경질했다.", "ko-topic")
    ends = [e for e in ex.events if e.kind == "end_position"]
    assert ends and ends[0].org == "누리", ends
    ex = extract("2025년 3월 12일\n\n김병수는 같은 날 감독직에서 사퇴했다.", "ko-person-topic")
    assert "김병수" not in {o.name for o in ex.orgs}


NAME_SHAPES = [
    case("possessive-before-a-name", "en",
         "Harlow's Nina Petrakis named next chief executive of Dunmore Water.",
         start("Nina Petrakis", org="Dunmore Water")),
    case("particle-surname-is-no-company", "en",
         "Dunmore University has appointed Professor Alan VanderBeek as vice-chancellor.",
         start("Alan VanderBeek", org="Dunmore University")),
]


@pytest.mark.parametrize("c", params(NAME_SHAPES))
def test_name_shapes(c: Case) -> None:
    """Why: "Bath's David VandeLinde" became a person "Bath's David" and a company "VandeLinde"."""
    check(c)


def test_a_party_in_brackets_is_no_employer() -> None:
    """Why: "Joaquim Couto (PS) renunciou à presidência da câmara": the mayor left the council, not his party."""
    ex = extract("SÃO PAULO, 12 de março de 2025\n\nEm Vila Serrana, Rui Tavares (PSD) renunciou ao cargo "
                 "de presidente da câmara.", "pt-party")
    ends = [e for e in ex.events if e.kind == "end_position"]
    assert ends and all(e.org != "PSD" for e in ends), ends


def test_the_one_named_in_the_passive_is_appointed() -> None:
    """Why: "Assistant Tom Reyes, 29, was named interim head coach … when the Harbour Rovers visit Elm Park":
    the name before "was named" is the one appointed, not a name after the verb."""
    ex = extract("LONDON, March 12, 2025\n\nAssistant Tom Reyes, 29, was named interim head coach and will lead "
                 "the team on Saturday when the Harbour Rovers visit Elm Park.", "en-passive")
    starts = [e for e in ex.events if e.kind == "start_position"]
    assert [e.person for e in starts] == ["Tom Reyes"], starts


def test_a_chinese_full_name_is_found_again_without_its_title() -> None:
    """Why: "华东电力董事长王建平请辞 … 王建平因工作变动原因申请辞去董事长职务 … 他加入华东电力出任副总裁":
    the name given once beside a title is the same person where the article repeats it bare, and
    that sentence's person is the "他" of the next one."""
    text = ("【本报讯】2025年3月12日\n\n华东电力董事长王建平请辞。\n\n"
            "王建平生于1960年，早年在北方银行任职。1996年2月，他加入华东电力出任副总裁。")
    ex = extract(text, "zh-full-name-again")
    starts = [e for e in ex.events if e.kind == "start_position" and e.person_mentions]
    assert any("王建平" in e.person_mentions or e.person == "Wang Jianping" for e in starts), ex.events


def test_a_korean_name_comes_back_as_family_name_and_title() -> None:
    """Why: "남기일 제주 감독은 … 물러났다. 남 감독은 2020년 … 감독으로 부임한 뒤": the second sentence's
    start belongs to 남기일."""
    text = ("2025년 3월 12일\n\n한빛 유나이티드의 박정우 감독은 11일 성적 부진의 책임을 지고 물러났다. "
            "박 감독은 2020년 한빛의 제16대 감독으로 부임했다.")
    ex = extract(text, "ko-family-title")
    starts = [e for e in ex.events if e.kind == "start_position"]
    assert any("박정우" in [*e.person_mentions, e.person] or e.person == "Park Jung-woo"
               for e in starts), ex.events


def test_the_organization_that_appoints_is_the_one_joined() -> None:
    """Why: "The University of Harwick has picked Professor Ann Lowe, currently Vice-Chancellor of the
    University of Osterby, as its next Vice-Chancellor": she joins Harwick, the subject of the verb."""
    ex = extract("LONDON, March 12, 2025\n\nThe University of Harwick has picked Professor Ann Lowe, currently "
                 "Vice-Chancellor of the University of Osterby, as its next Vice-Chancellor.", "en-subject-org")
    starts = [e for e in ex.events if e.kind == "start_position" and e.person == "Ann Lowe"]
    assert starts and starts[0].org in {"University of Harwick", "Harwick"}, ex.events


def test_a_long_iberian_name_is_one_person() -> None:
    """Why: "Carlos Alberto Pereira de Oliveira" has four names and a particle; a limit of four words lost him."""
    ex = extract("SÃO PAULO, 12 de março de 2025\n\nFernando Borges assume a diretoria de Produção da Petroleira "
                 "Serrana, no lugar de Carlos Alberto Pereira de Oliveira.", "pt-long-name")
    assert "Carlos Alberto Pereira de Oliveira" in {p.name for p in ex.people}, ex.people


def test_a_name_after_an_elided_article() -> None:
    """Why: "il prend la succession d'Alain Brunet": the apostrophe of d' kept the name from being found."""
    ex = extract("PARIS, 12 mars 2025\n\nÉlu mardi, Paul Girard prend la succession d'Alain Brunet à la tête de "
                 "l'Université de Valmont.", "fr-elided")
    assert "Alain Brunet" in {p.name for p in ex.people}, ex.people


def test_names_listed_after_a_chinese_name() -> None:
    """Why: "聘任赵宏伟、钱丽华、周国平为公司副总经理" appoints three people; only the first stood beside the verb."""
    ex = extract("【本报讯】2025年3月12日\n\n华东集团董事会同意聘任赵宏伟、钱丽华、周国平为公司副总经理。", "zh-list")
    starts = {m for e in ex.events if e.kind == "start_position" for m in e.person_mentions}
    assert {"赵宏伟", "钱丽华", "周国平"} <= starts, ex.events


def test_capitals_that_run_into_a_title_are_no_name() -> None:
    """Why: "named Victoria's new Cross Border Commissioner" made a person "Cross Border"."""
    ex = extract("LONDON, March 12, 2025\n\nMr Tom Reyes quit after being named the state's new Cross Border "
                 "Commissioner.", "en-title-run")
    assert "Cross Border" not in {p.name for p in ex.people}, ex.people


def test_its_title_belongs_to_the_organization_opening_the_sentence() -> None:
    """Why: "Harbour Motors has not yet named a successor to Tom Reyes, its chief executive, who is due to
    leave" — "its" is Harbour Motors, not another company the article names."""
    ex = extract("LONDON, March 12, 2025\n\nNordic Foods Group said on Monday it would stay independent.\n\n"
                 "Harbour Motors has not yet named a successor to Tom Reyes, its chief executive, who is due "
                 "to leave at the end of March.", "en-its")
    ends = [e for e in ex.events if e.kind == "end_position" and e.person == "Tom Reyes"]
    assert ends and ends[0].org == "Harbour Motors", ex.events


def test_talk_of_a_sacking_is_a_rumour() -> None:
    """Why: "윤 감독의 경질설이 나오고 있다" is talk of a sacking: the verb's wildcard (경질*) takes in the
    rumour noun 경질설, whose rumour cue must still count; a denial of it stays denied."""
    ex = extract("2025년 3월 12일\n\n대성FC 윤지원 감독의 경질설이 나오고 있다.", "ko-rumour-noun")
    assert ex.events and all(e.status == "rumored" for e in ex.events), ex.events
    ex = extract("2025년 3월 12일\n\n대성물류는 이서연 대표의 사임설을 부인했다.", "ko-denied-rumour")
    assert ex.events and all(e.status == "denied" for e in ex.events), ex.events
