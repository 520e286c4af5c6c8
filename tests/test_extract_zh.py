"""Chinese newsroom phrasings that languages/data/zh.toml must know (Simplified and Traditional).

Why: bank, club, university and civil-service news words its changes with acting verbs
(暂代, 代为履行), Hong Kong and Taiwan terms (退任, 退休前休假, 金控, 董座), organization words
(大学, 俱乐部, 票券) and age-limit retirements (因年龄原因辞去); each is a word of the language
file, not of the engine. The sentences are invented newsroom prose (see tests/extract_cases.py).
"""

from __future__ import annotations

import pytest

from extract_cases import Case, case, check, end, params, start

CASES = [
    case("acting-chair-performs-duties", "zh-Hans",
         "华辰银行董事长李建国辞职，由副董事长洪立新代为履行董事长职责。",
         end("李建国", org="华辰银行", role="chairman", cause="resigned"),
         start("洪立新", org="华辰银行", role="chairman")),
    case("acting-verb-is-interim", "zh-Hans",
         "华辰银行董事长李建国辞职，由副董事长洪立新代为履行董事长职责。",
         start("洪立新", interim=True)),
    case("retires-for-age", "zh-Hans",
         "东岭证券董事长邱明远因年龄原因辞去董事长职务。",
         end("邱明远", org="东岭证券", role="chairman", cause="retired")),
    case("university-president", "zh-Hans",
         "教育部宣布，任命许文东为江城大学校长。",
         start("许文东", org="江城大学", role="president")),
    case("club-name-with-shang", "zh-Hans",
         "上海东岭足球俱乐部宣布，主教练崔明浩辞职。",
         end("崔明浩", org="上海东岭足球俱乐部", role="head coach", cause="resigned")),
    case("future-is-no-negation", "zh-Hans",
         "恒宇集团董事长郭立新可能在未来三年内出任华辰银行董事长。",
         start("郭立新", org="华辰银行", role="chairman", status="rumored"), never_reported=True),
    case("contract-not-renewed", "zh-Hans",
         "主教练吴明远合同期满后将不再续约。",
         end("吴明远", role="head coach", status="planned")),
    case("financial-holding-chair", "zh-Hant",
         "瑞豐金控董事會上週四決議解任董事長蕭文彬。",
         end("蕭文彬", org="瑞豐金控", role="chairman", cause="dismissed", date="2025-03-06")),
    case("bills-finance-acting", "zh-Hant",
         "董事長職務由瑞豐票券總經理林志豪暫代。",
         start("林志豪", org="瑞豐票券")),
    case("hong-kong-retires-from-post", "zh-Hant",
         "恒港房託行政總裁王志成將於今年6月退任。",
         end("王志成", role="chief executive officer", cause="retired", status="planned", date="2025-06")),
    case("pre-retirement-leave", "zh-Hant",
         "保安局常任秘書長傅文慧上週三展開退休前休假。",
         end("傅文慧", org="保安局", role="permanent secretary", cause="retired", date="2025-03-05")),
    case("acting-title-keeps-interim", "zh-Hant",
         "凱崴科技宣布，由營運長黃淑芬出任代理執行長。",
         start("黃淑芬", role="chief executive officer", interim=True)),
    # second pass
    case("applies-to-resign", "zh-Hans",
         "华辰银行发布公告称，李建国申请辞去该行董事长职务。",
         end("李建国", org="华辰银行", role="chairman", cause="resigned")),
    case("reason-with-bu-is-no-negation", "zh-Hans",
         "远航集团总裁高志强因身体不适辞职。",
         end("高志强", org="远航集团", role="president", cause="resigned")),
    case("tense-marker-before-verb", "zh-Hans",
         "远航集团宣布，高志强将卸任集团总裁。",
         end("高志强", status="planned")),
    case("board-elects-name-ending-in-hua", "zh-Hans",
         "华辰银行董事会同意选举李明华为公司董事长。",
         start("李明华", org="华辰银行", role="chairman")),
    case("future-day-and-month", "zh-Hans",
         "远航集团宣布，总裁高志强将于10月20日卸任。",
         end("高志强", org="远航集团", status="planned", date="2025-10-20")),
    case("date-in-parentheses-before-qi", "zh-Hant",
         "政府今日（12日）宣布，現任保安局常任秘書長傅文慧明日（3月13日）起出任政制及內地事務局常任秘書長。",
         start("傅文慧", org="政制及內地事務局", role="permanent secretary", date="2025-03-13")),
    case("county-government-word", "zh-Hant",
         "縣府今天公布小內閣名單，由前立法委員林文雄出任副縣長。",
         start("林文雄", org="County Government", role="deputy county magistrate")),
    case("stays-on-is-no-change", "zh-Hant",
         "瑞豐創投董事長則決定由金控副總林瑞芬續任。",
         no_events=True),
]


@pytest.mark.parametrize("c", params(CASES))
def test_chinese_phrasings(c: Case) -> None:
    check(c)
