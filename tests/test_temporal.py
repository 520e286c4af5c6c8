"""The date engine: absolute and relative dates in all eleven tags, negatives, parse_date, data checks."""

from __future__ import annotations

import ast
import datetime as dt
import time
import unicodedata
from pathlib import Path

import pytest

from peoplemoves.languages import SUPPORTED, base_language, pack_for
from peoplemoves.temporal import DateMention, build_grammar, find_dates, parse_date
from peoplemoves.temporal.grammar import required_placeholders, trie_regex

ANCHOR = dt.date(2024, 9, 30)  # a Monday, the seed articles' publication date


def values(text: str, lang: str, anchor: dt.date | None = ANCHOR, tense: str | None = None) -> list[str | None]:
    return [m.value for m in find_dates(text, lang, anchor, tense)]


def only(text: str, lang: str, anchor: dt.date | None = ANCHOR) -> DateMention:
    mentions = find_dates(text, lang, anchor)
    assert len(mentions) == 1, (text, mentions)
    return mentions[0]


# (tag, text, expected value): every expression the brief names, plus the seed sentences.
MUST_RESOLVE = [
    ("it", "giovedì scorso, 26 settembre", "2024-09-26"),
    ("zh-Hans", "上周三", "2024-09-25"),
    ("zh-Hans", "上周四，也就是9月26日", "2024-09-26"),
    ("ja", "先週の木曜日", "2024-09-26"),
    ("zh-Hans", "今年5月", "2024-05"),
    ("it", "nel maggio di quest'anno", "2024-05"),
    ("it", "nel maggio di quest’anno", "2024-05"),
    ("es", "el domingo", "2024-09-29"),
    ("en", "last Wednesday", "2024-09-25"),
    ("en", "earlier this month", "2024-09"),
    ("en", "last month", "2024-08"),
    ("zh-Hans", "上个月", "2024-08"),
    ("ja", "先月", "2024-08"),
    ("ko", "지난달", "2024-08"),
    ("fr", "le mois dernier", "2024-08"),
    ("de", "im vergangenen Monat", "2024-08"),
    ("ru", "в прошлом месяце", "2024-08"),
    ("en", "at the end of last year", "2023"),
    ("zh-Hans", "去年年底", "2023"),
    ("ja", "昨年末", "2023"),
    ("it", "alla fine dello scorso anno", "2023"),
    ("en", "last year", "2023"),
    ("en", "this year", "2024"),
    ("fr", "jeudi dernier", "2024-09-26"),
    ("de", "letzten Donnerstag", "2024-09-26"),
    ("pt", "na quinta-feira passada", "2024-09-26"),
    ("ru", "в прошлый четверг", "2024-09-26"),
    ("ko", "지난 목요일", "2024-09-26"),
    ("en", "yesterday", "2024-09-29"),
    ("es", "ayer", "2024-09-29"),
    ("it", "ieri", "2024-09-29"),
    ("zh-Hans", "昨天", "2024-09-29"),
    ("ja", "昨日", "2024-09-29"),
    ("ko", "어제", "2024-09-29"),
    ("ru", "вчера", "2024-09-29"),
    ("es", "hace seis horas", "2024-09-30"),
    ("en", "two days ago", "2024-09-28"),
    ("it", "due giorni fa", "2024-09-28"),
    ("zh-Hans", "两天前", "2024-09-28"),
    ("ja", "2日前", "2024-09-28"),
    ("en", "in May", "2024-05"),
    ("en", "in 1985", "1985"),
    ("es", "en 1985", "1985"),
    ("zh-Hans", "1985年", "1985"),
    ("zh-Hans", "9月26日", "2024-09-26"),
    ("en", "November 2023", "2023-11"),
    ("zh-Hans", "2023年11月", "2023-11"),
    ("it", "novembre 2023", "2023-11"),
    ("fr", "novembre 2023", "2023-11"),
    ("en", "September 26, 2024", "2024-09-26"),
    ("de", "26. September 2024", "2024-09-26"),
    ("ko", "2024년 9월 26일", "2024-09-26"),
]


@pytest.mark.parametrize(("lang", "text", "expected"), MUST_RESOLVE)
def test_must_resolve(lang: str, text: str, expected: str) -> None:
    found = values(text, lang)
    assert found and all(v == expected for v in found), found


@pytest.mark.parametrize(("lang", "text", "expected"), MUST_RESOLVE)
def test_offsets_point_into_the_text(lang: str, text: str, expected: str) -> None:
    padded = "— " + text + " —"
    for m in find_dates(padded, lang, ANCHOR):
        assert padded[m.start : m.end] == m.text


def test_on_weekday_is_the_latest_on_or_before_the_anchor() -> None:
    assert values("The board met on Wednesday.", "en") == ["2024-09-25"]
    assert values("The board met on Monday.", "en") == ["2024-09-30"]
    assert values("on Wednesday", "en", dt.date(2024, 10, 2)) == ["2024-10-02"]


def test_explicit_day_beats_the_weekday() -> None:
    # 2024-09-27 is a Friday: "last Thursday" alone would say 09-26, the explicit day wins.
    assert values("giovedì scorso, 27 settembre", "it") == ["2024-09-27"]
    assert values("上周四，也就是9月27日", "zh-Hans") == ["2024-09-27"]
    assert values("上周六,9月28日,《华尔街日报》", "zh-Hans") == ["2024-09-28"]  # ASCII comma, not "1,000"
    mention = only("先週の木曜日、9月26日、最高技術責任者", "ja")
    assert (mention.text, mention.value, mention.precision) == ("先週の木曜日、9月26日", "2024-09-26", "day")


def test_month_only_keeps_month_precision() -> None:
    for lang, text in [("en", "in May"), ("zh-Hans", "今年5月"), ("it", "nel maggio di quest'anno"),
                       ("en", "November 2023"), ("ja", "今年 5 月"), ("ko", "올해 5월")]:
        m = only(text, lang)
        assert m.precision == "month" and m.value is not None and len(m.value) == 7, (text, m)


def test_in_month_is_the_latest_not_after_the_anchor() -> None:
    assert values("in May", "en") == ["2024-05"]
    assert values("in November", "en") == ["2023-11"]
    assert values("in September", "en") == ["2024-09"]
    assert values("last November", "en") == ["2023-11"]


def test_day_and_month_without_year_is_nearest_to_the_anchor() -> None:
    # News drops the year of dates close to the publication date, before or after it.
    assert values("9月26日", "zh-Hans") == ["2024-09-26"]
    assert values("12月26日", "zh-Hans") == ["2024-12-26"]
    assert values("übernimmt zum 1. Mai die Leitung", "de", dt.date(2025, 4, 28)) == ["2025-05-01"]
    assert values("à compter du 1er avril", "fr", dt.date(2025, 1, 15)) == ["2025-04-01"]
    assert values("10月5日", "ja", dt.date(2025, 2, 10)) == ["2024-10-05"]
    assert values("5 January", "en", dt.date(2024, 12, 28)) == ["2025-01-05"]


def test_tense_places_undirected_expressions() -> None:
    assert values("12月26日", "zh-Hans", tense="past") == ["2023-12-26"]
    assert values("in May", "en", tense="future") == ["2025-05"]
    assert values("on Wednesday", "en", tense="future") == ["2024-10-02"]
    assert values("on Monday", "en", tense="future") == ["2024-09-30"]
    assert values("last Wednesday", "en", tense="future") == ["2024-09-25"]  # the modifier decides
    with pytest.raises(ValueError):
        find_dates("in May", "en", ANCHOR, tense="soon")


def test_a_future_word_before_a_month_puts_it_ahead() -> None:
    jan = dt.date(2025, 1, 15)
    assert values("Alain Verdier prendra sa retraite fin mars", "fr", jan) == ["2025-03"]
    assert values("She will take a six-month sabbatical from September", "en", dt.date(2025, 8, 4)) == ["2025-09"]
    assert values("He left in April and will join the board", "en", dt.date(2025, 7, 21)) == ["2025-04"]
    assert values("The company said on Wednesday that it will cut jobs", "en") == ["2024-09-25"]
    # verb-final languages: the tense word comes after the date
    assert values("6月に就任する予定", "ja", jan) == ["2025-06"]
    assert values("6月に就任した", "ja", jan) == ["2024-06"]


def test_day_of_month_alone_in_cjk_news() -> None:
    assert values("東和精機は10日、社長が8日に死去したと発表した", "ja", dt.date(2025, 2, 10)) == [
        "2025-02-10", "2025-02-08"]
    assert values("昨（19）日宣布", "zh-Hant", dt.date(2025, 8, 20)) == ["2025-08-19"]
    assert values("新华社北京8日电", "zh-Hans", dt.date(2025, 3, 9)) == ["2025-03-08"]
    assert values("누리페이가 선임했다고 8일 밝혔다", "ko", dt.date(2025, 4, 8)) == ["2025-04-08"]
    assert values("지난 28일 발표했다", "ko", dt.date(2025, 4, 8)) == ["2025-03-28"]
    # counts of days are not dates
    assert values("3日間の会議、10日以内に", "ja") == []
    assert values("24日内完成", "zh-Hans") == []
    assert values("3일간 회의, 5일 동안", "ko") == []


def test_spans_do_not_end_in_whitespace() -> None:
    for m in find_dates("2018년 대표이사에 올랐다", "ko", ANCHOR):
        assert m.text == m.text.strip() and m.value == "2018"


def test_without_anchor_relative_is_none_but_absolute_resolves() -> None:
    for lang, text in [("en", "last Wednesday"), ("zh-Hans", "上周三"), ("en", "two days ago"),
                       ("ja", "先月"), ("it", "nel maggio di quest'anno"), ("zh-Hans", "9月26日")]:
        m = only(text, lang, None)
        assert m.value is None and m.relative, (text, m)
    for lang, text, expected in [("en", "September 26, 2024", "2024-09-26"), ("zh-Hans", "2023年11月", "2023-11"),
                                 ("es", "en 1985", "1985"), ("de", "30.09.2024", "2024-09-30")]:
        m = only(text, lang, None)
        assert (m.value, m.relative) == (expected, False), (text, m)


# Per tag: one of each expression type. (tag, text, expected)
PER_LANGUAGE = {
    "en": [("On September 26, 2024 she left", "2024-09-26"), ("in November 2023", "2023-11"),
           ("Mon, 30 Sep 2024 10:00:00 GMT", "2024-09-30"), ("the 26th of September 2024", "2024-09-26"),
           ("Sept. 26", "2024-09-26"), ("since 2015", "2015"), ("May of this year", "2024-05"),
           ("a year ago", "2023"), ("Wednesday of last week", "2024-09-25"), ("next Friday", "2024-10-04"),
           ("09/30/2024", "2024-09-30"), ("in mid-2024", "2024"), ("the end of this year", "2024-12")],
    "zh-Hans": [("2024年9月30日", "2024-09-30"), ("回望2018年", "2018"), ("上个星期四", "2024-09-26"),
                ("今年5月14日", "2024-05-14"), ("去年11月", "2023-11"), ("三个月前", "2024-06"),
                ("今年年底", "2024-12"), ("周日", "2024-09-29"), ("心灵探险家 2024-09-30 153", "2024-09-30")],
    "zh-Hant": [("上週四，也就是9月26日", "2024-09-26"), ("上個月", "2024-08"), ("兩天前", "2024-09-28"),
                ("去年年底", "2023"), ("上個禮拜三", "2024-09-25"), ("2023年11月22日", "2023-11-22"),
                ("這個月", "2024-09"), ("星期天", "2024-09-29")],
    "ja": [("２０２４年９月３０日", "2024-09-30"), ("9月26日(木)", "2024-09-26"), ("先週土曜日、9月28日", "2024-09-28"),
           ("今年 5 月", "2024-05"), ("昨年11月", "2023-11"), ("三年前", "2021"), ("1か月前", "2024-08"),
           ("今年", "2024"), ("木曜日", "2024-09-26")],
    "ko": [("지난주 목요일", "2024-09-26"), ("지난달에", "2024-08"), ("올해 5월", "2024-05"), ("이틀 전", "2024-09-28"),
           ("두 달 전", "2024-07"), ("2일 전", "2024-09-28"), ("지난해 말", "2023"), ("1985년", "1985"),
           ("2023년 11월", "2023-11"), ("9월 26일", "2024-09-26")],
    "es": [("26 de septiembre de 2024", "2024-09-26"), ("noviembre de 2023", "2023-11"),
           ("en mayo de este año", "2024-05"),
           ("el jueves pasado", "2024-09-26"), ("hace un año", "2023"), ("el año pasado", "2023"),
           ("el mes pasado", "2024-08"), ("a finales del año pasado", "2023"), ("30/09/2024", "2024-09-30"),
           ("el sábado", "2024-09-28")],
    "it": [("30 settembre 2024", "2024-09-30"), ("rilasciato il 14 maggio di quest'anno", "2024-05-14"),
           ("nell’agosto di quest'anno", "2024-08"), ("sabato scorso, 28 settembre", "2024-09-28"),
           ("un anno fa", "2023"), ("il mese scorso", "2024-08"), ("nel 1985", "1985"), ("a maggio", "2024-05"),
           ("il giovedì della settimana scorsa", "2024-09-26"), ("30.09.2024", "2024-09-30")],
    "fr": [("le 26 septembre 2024", "2024-09-26"), ("1er octobre 2023", "2023-10-01"), ("en mai dernier", "2024-05"),
           ("il y a deux jours", "2024-09-28"), ("à la fin de l'année dernière", "2023"), ("depuis 2015", "2015"),
           ("hier", "2024-09-29"), ("cette année", "2024"), ("mi-mai", "2024-05"),
           ("jeudi de la semaine dernière", "2024-09-26")],
    "de": [("Donnerstag, den 26. September 2024", "2024-09-26"), ("am 26. September", "2024-09-26"),
           ("im September 2023", "2023-09"), ("im Mai dieses Jahres", "2024-05"), ("vor zwei Tagen", "2024-09-28"),
           ("Ende letzten Jahres", "2023"), ("seit 2015", "2015"), ("gestern", "2024-09-29"),
           ("am Donnerstag vergangener Woche", "2024-09-26"), ("30.09.2024", "2024-09-30")],
    "pt": [("26 de setembro de 2024", "2024-09-26"), ("na última quinta-feira", "2024-09-26"), ("em maio", "2024-05"),
           ("no mês passado", "2024-08"), ("há dois dias", "2024-09-28"), ("ontem", "2024-09-29"),
           ("no final do ano passado", "2023"), ("em 1985", "1985"), ("novembro de 2023", "2023-11")],
    "ru": [("26 сентября 2024 года", "2024-09-26"), ("26 сентября", "2024-09-26"), ("в сентябре 2023 года", "2023-09"),
           ("в мае", "2024-05"), ("в 1985 году", "1985"), ("два дня назад", "2024-09-28"), ("год назад", "2023"),
           ("в конце прошлого года", "2023"), ("в четверг на прошлой неделе", "2024-09-26"),
           ("в мае этого года", "2024-05"), ("30.09.2024", "2024-09-30")],
}


@pytest.mark.parametrize(
    ("lang", "text", "expected"), [(lang, t, e) for lang, cases in PER_LANGUAGE.items() for t, e in cases]
)
def test_per_language(lang: str, text: str, expected: str) -> None:
    assert values(text, lang) == [expected]


def test_every_supported_tag_is_covered() -> None:
    covered = {lang for lang in PER_LANGUAGE} | {lang for lang, _, _ in MUST_RESOLVE}
    assert set(SUPPORTED) <= covered


@pytest.mark.parametrize("lang", SUPPORTED)
def test_iso_forms_work_in_every_language(lang: str) -> None:
    assert values("2024-09-30", lang, None) == ["2024-09-30"]
    assert values("updated 2024-09-30T10:00:00Z", lang, None) == ["2024-09-30"]
    assert values("2024/9/30", lang, None) == ["2024-09-30"]


NOT_DATES = [
    ("zh-Hans", "OpenAI估值1500亿美元，已有13位高管离开，员工每天工作20个小时，为特斯拉效力11年。"),
    ("zh-Hans", "GPT-4o在10:00发布，电话010-12345678，11位联合创始人，一个月就失去10人。"),
    ("ja", "1500億ドル、13人の幹部、1か月以内に10人の上級幹部が辞任、11年間テスラで働いていた。"),
    ("ja", "従業員は 1 日あたり 20 時間も働いた"),
    ("ko", "13명의 임원, 1500억 달러, 11명의 공동 창업자"),
    ("en", "The company lost 13 executives and is valued at $150 billion."),
    ("en", "It runs 100,000 processors after 6.5 years; GPT-4 shipped at 10:00."),
    ("en", "Call +1 415 555 2012 or 020 7946 0958; 11 cofounders remain; the last 6.5 years."),
    ("en", "He may 5 times say so."),
    ("it", "ha già perso 13 dirigenti, 1500 miliardi, salito a 2000 dipendenti alle 10:00"),
    ("es", "ingresos de 2000 millones, 11 cofundadores, 6,5 años"),
    ("de", "Er ist 13 Jahre alt und verdient 1500 Euro um 10.00 Uhr."),
    ("pt", "a quinta maior empresa, 13 executivos"),
    ("fr", "13 dirigeants, 100 000 processeurs, 6,5 ans"),
    ("ru", "13 руководителей, 1500 миллиардов, экологическая среда"),
]


@pytest.mark.parametrize(("lang", "text"), NOT_DATES)
def test_numbers_that_are_not_dates(lang: str, text: str) -> None:
    assert find_dates(text, lang, ANCHOR) == []


def test_no_text_no_language() -> None:
    assert find_dates("", "en", ANCHOR) == []
    assert find_dates("yesterday", "xx", ANCHOR) == []  # unknown language: only universal forms
    assert values("2024-09-30", "xx") == ["2024-09-30"]


def test_case_sensitive_words_count_in_lower_case_text() -> None:
    assert values("he may 5 times say so", "en") == ["2024-05-05"]  # all lower case: no signal
    assert values("He may 5 times say so", "en") == []
    assert values("In May, he left", "en") == ["2024-05"]


# parse_date: one absolute day in a short string.
PARSE = [
    ("2024-09-30", None, "2024-09-30"),
    ("2024-09-30T10:00:00Z", None, "2024-09-30"),
    ("September 26, 2024", None, "2024-09-26"),
    ("30 settembre 2024", None, "2024-09-30"),
    ("30 settembre 2024", "it", "2024-09-30"),
    ("2024年9月30日", None, "2024-09-30"),
    ("2024年9月30日", "zh-Hant", "2024-09-30"),
    ("2024년 9월 30일", None, "2024-09-30"),
    ("30.09.2024", None, "2024-09-30"),
    ("30.09.2024", "de", "2024-09-30"),
    ("26 сентября 2024", None, "2024-09-26"),
    ("Mon, 30 Sep 2024 10:00:00 GMT", None, "2024-09-30"),
    ("Mon, 30 Sep 2024 10:00:00 GMT", "zh-Hans", "2024-09-30"),
    ("Publicado el 26 de septiembre de 2024", "es", "2024-09-26"),
    ("30-Sep-2024", None, "2024-09-30"),  # dateparser fallback
]


@pytest.mark.parametrize(("text", "lang", "expected"), PARSE)
def test_parse_date(text: str, lang: str | None, expected: str) -> None:
    assert parse_date(text, lang) == expected


@pytest.mark.parametrize("text", ["", "   ", "yesterday", "hello world", "2024", "September 2024", "上周四", "GPT-4"])
def test_parse_date_refuses(text: str) -> None:
    assert parse_date(text) is None


# The data: every language file's [dates] table compiles cleanly and is complete.
@pytest.mark.parametrize("tag", SUPPORTED)
def test_dates_table_is_valid_and_complete(tag: str) -> None:
    pack = pack_for(tag)
    assert pack is not None
    section = pack.section("dates")
    build_grammar(base_language(tag), section, strict=True)
    assert set(section["months"].values()) == set(range(1, 13))
    assert set(section["weekdays"].values()) == set(range(1, 8))
    assert set(range(1, 13)) <= set(section["numbers"].values())
    assert {"year", "month", "day"} <= set(section["units"].values())


def test_bad_data_is_reported() -> None:
    bad = {"months": {"x": 13}, "relative": {"y": "fortnight-1"}, "patterns": [{"re": "{nosuch}"}]}
    with pytest.raises(ValueError, match="months"):
        build_grammar("xx", bad, strict=True)
    with pytest.warns(UserWarning):
        grammar = build_grammar("xx", bad)
    assert grammar.months.get("x") is None


def test_required_placeholders() -> None:
    assert required_placeholders("{monthname} (?:del )?{year}") == {"monthname", "year"}
    assert required_placeholders("{day} {monthname}(?: (?:{of})\\s*{yearref})?") == {"day", "monthname"}
    assert required_placeholders("{mm} 月 (?:{day} [日号號])?") == {"mm"}
    assert required_placeholders("{a}|{b}") == set()


def test_trie_regex_matches_exactly_its_words() -> None:
    import re

    words = ["sep", "sept", "september", "settembre", "set", "stem*"]
    rx = re.compile(f"(?:{trie_regex(words, ' ')})$")
    for w in [*words[:-1], "stem", "stemmed"]:
        assert rx.match(w), w
    for w in ["se", "septe", "settemb", "ste"]:
        assert not rx.match(w), w


def test_engine_code_holds_no_language_words() -> None:
    """HeidelTime split: string literals in the code are ASCII (comments and docstrings may quote)."""
    for path in Path(__file__).resolve().parent.parent.joinpath("src/peoplemoves/temporal").glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docstrings = {
            id(node.body[0].value)
            for node in ast.walk(tree)
            if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef)
            and node.body and isinstance(node.body[0], ast.Expr) and isinstance(node.body[0].value, ast.Constant)
        }
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings:
                letters = [  # modifier letters (the ʼ apostrophe) are punctuation in practice
                    c for c in node.value if not c.isascii() and unicodedata.category(c) in ("Lu", "Ll", "Lo")
                ]
                assert not letters, (path.name, node.value)


def test_speed_of_a_sentence() -> None:
    """Extraction budget: well under 0.3 ms for a 200-character sentence (loose bound for CI)."""
    sentences = [
        ("it", "Il consiglio ha annunciato giovedì scorso, 26 settembre, che il direttore tecnico lascerà "
               "l'azienda alla fine dello scorso anno; nel maggio di quest'anno ne erano usciti altri due."),
        ("zh-Hans", "上周四，也就是9月26日，OpenAI首席技术官宣布离职。今年5月，前安全主管也离开了公司，"
                    "这个问题自去年年底突然被前董事会革职时凸显出来。" * 2),
        ("en", "The chief technology officer said last Wednesday, September 25, that she would leave; the "
               "company had lost its safety chief in May and a cofounder as of last month."),
        ("en", "The company, valued at about one hundred and fifty billion dollars, said that several senior "
               "researchers would leave to start their own companies, according to people familiar."),
    ]
    for lang, s in sentences:
        find_dates(s, lang, ANCHOR)
    n = 200
    start = time.perf_counter()
    for _ in range(n):
        for lang, s in sentences:
            find_dates(s, lang, ANCHOR)
    per_call = (time.perf_counter() - start) / (n * len(sentences))
    assert per_call < 1e-3, f"{per_call * 1e6:.0f} µs per sentence"
