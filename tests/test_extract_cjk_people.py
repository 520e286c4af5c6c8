"""Chinese and Japanese people the engine must find and tie to the verb of change.

Why: Hong Kong married names (陳李可欣: husband's family name, her own, a given name of two), names
after a date before the verb, and other ways CJK news writes people were read short or not at all, so
no event, or an event for a wrong name, was made. The sentences are invented (see tests/extract_cases.py).
"""

from __future__ import annotations

import pytest

from extract_cases import Case, case, check, end, params, start

CASES = [
    case("hk-married-name-after-title", "zh-Hant",
         "政府宣布，現任運輸署署長陳李可欣將於4月1日出任保安局常任秘書長。",
         start("陳李可欣", org="保安局", role="permanent secretary"), exclusive=True),
    case("hk-married-name-before-verb", "zh-Hant",
         "保安局常任秘書長楊何美玲辭職。",
         end("楊何美玲", org="保安局", role="permanent secretary"), exclusive=True),
    case("hk-married-name-before-expected", "zh-Hant",
         "消息指，新聞處處長陳李可欣料升任保安局常任秘書長。",
         start("陳李可欣", org="保安局", role="permanent secretary")),
    case("bare-ren-between-name-and-title", "zh-Hans",
         "教育部宣布张明远任华东大学党委书记，陈晓东任华东大学副校长。",
         start("张明远", org="华东大学", role="party secretary"),
         start("陈晓东", org="华东大学", role="vice president"), exclusive=True),
    case("bare-ren-after-honorific-owns-its-clause", "zh-Hans",
         "经研究决定：刘海涛同志任华东医院院长；孙立新不再担任华东医院院长职务。",
         start("刘海涛", org="华东医院"), end("孙立新", org="华东医院"), exclusive=True),
    case("bare-ren-inside-words-is-no-change", "zh-Hans",
         "李建国曾任华东大学校长，现任华东医院院长。",
         no_events=True),
    case("current-post-at-another-org-ends", "zh-Hant",
         "政府宣布，現任商務及經濟發展局常任秘書長黃志強將於4月1日出任保安局常任秘書長。",
         start("黃志強", org="保安局", role="permanent secretary"),
         end("黃志強", org="商務及經濟發展局", role="permanent secretary")),
    case("chair-of-one-company-keeps-it", "zh-Hans",
         "华辰集团董事长郭立新将出任东岭银行董事长。",
         start("郭立新", org="东岭银行", role="chairman"), exclusive=True),
    case("ja-negated-relative-clause-before-verb", "ja",
         "東岭ホールディングスは、山田太郎社長が代表権を持たない会長に就く人事を決めた。",
         start("山田太郎", role="chairman")),
    case("ja-negation-after-verb-still-negates", "ja",
         "東岭ホールディングスの山田太郎社長は、会長に就任しないと述べた。",
         no_events=True),
    case("name-then-date-then-verb", "zh-Hans",
         "东岭证券公告，上月冯志刚被免去东岭证券总经理职务。",
         end("冯志刚", org="东岭证券", role="general manager"), exclusive=True),
    case("name-then-adverb-then-verb", "zh-Hans",
         "华辰银行公告，陈晓东已辞去华辰银行董事长职务。",
         end("陈晓东", org="华辰银行", role="chairman"), exclusive=True),
    case("name-before-verb-owns-it-over-next-clause", "zh-Hant",
         "東岭縣政府宣布，由前議員林建華出任副縣長，縣府秘書長由陳志明擔任。",
         start("林建華", role="deputy county magistrate")),
]


@pytest.mark.parametrize("c", params(CASES))
def test_cjk_people(c: Case) -> None:
    check(c)
