"""Round-3 vocabulary of leadership changes in Chinese, Japanese and Korean, from knowledge of the languages.

Why: newsrooms use verbs, titles and phrasings a small tuning corpus never shows (接手, 会长, 不寻求连任;
...). Each case is an invented sentence for one family of entries added to languages/data/{zh,ja,ko}.toml;
each failed before those entries were added (see tests/extract_cases.py for the helpers).
"""

from __future__ import annotations

import pytest

from extract_cases import Case, case, check, end, leave, params, start

ZH = [
    case("take-over-jieshou", "zh-Hans",
         "恒宇科技宣布，首席运营官王立新接手总经理一职。",
         start("王立新", org="恒宇科技")),
    case("association-president", "zh-Hans",
         "华南物流协会宣布，会长赵明远辞职。",
         end("赵明远", role="president", cause="resigned")),
    case("plant-manager", "zh-Hans",
         "远航汽车宣布，厂长陈永福将于下月退休。",
         end("陈永福", role="plant manager", cause="retired", status="planned")),
    case("institute-director", "zh-Hans",
         "东岭大学宣布，化学研究所所长孙启明卸任。",
         end("孙启明", role="director")),
    case("minister-by-portfolio", "zh-Hans",
         "该国政府周二宣布，教育部长李建国辞职。",
         end("李建国", role="minister of education", cause="resigned")),
    case("not-seeking-reelection", "zh-Hans",
         "海岸市市长黄国栋宣布不寻求连任。",
         end("黄国栋", role="mayor")),
    case("forced-to-resign", "zh-Hans",
         "云帆物流总经理赵明远被责令辞职。",
         end("赵明远", cause="dismissed")),
    case("term-ends", "zh-Hans",
         "华辰银行董事长李建国任期结束。",
         end("李建国", role="chairman")),
    case("unpaid-leave", "zh-Hant",
         "星河軟體技術總監林志明宣布留職停薪。",
         leave("林志明")),
    case("resignation-chengci", "zh-Hant",
         "海岸傳媒總經理黃國棟已向董事會呈辭。",
         end("黃國棟", cause="resigned")),
    case("denial-rumour-word", "zh-Hans",
         "云帆物流表示，首席执行官赵明远将辞职一事纯属捏造。",
         end("赵明远", status="denied"), never_reported=True),
    case("filing-cfo-title", "zh-Hans",
         "恒宇科技公告称，财务负责人王立新辞职。",
         end("王立新", role="chief financial officer", cause="resigned")),
    case("seat-won-with-title", "zh-Hans",
         "远航集团副总裁高志强上周坐上董事长宝座。",
         start("高志强", role="chairman")),
    case("failed-reelection", "zh-Hans",
         "海岸市市长黄国栋未能连任。",
         end("黄国栋", role="mayor")),
    case("taiwan-seal-of-office", "zh-Hant",
         "新任港灣銀行總經理林志明今日接篆。",
         start("林志明", role="general manager")),
    case("deputy-is-not-the-head", "zh-Hant",
         "星河軟體副執行長林志明宣布辭職。",
         end("林志明", role="deputy chief executive officer", cause="resigned")),
    case("vice-chair-of-council", "zh-Hans",
         "华南物流协会副理事长赵明远辞职。",
         end("赵明远", role="vice chairman", cause="resigned")),
    case("taiwan-field-chief-officer", "zh-Hant",
         "港灣電子宣布，行銷長陳國明辭職。",
         end("陳國明", role="chief marketing officer", cause="resigned")),
    case("hong-kong-short-title", "zh-Hant",
         "政府宣布，財政司長陳國明將於下月退休。",
         end("陳國明", role="financial secretary", cause="retired")),
]


@pytest.mark.parametrize("c", params(ZH))
def test_chinese_vocabulary(c: Case) -> None:
    check(c)

JA = [
    case("posted-to", "ja",
         "青葉銀行は、田中誠氏が支店長として大阪に赴任したと発表した。",
         start("田中誠")),
    case("return-to-post", "ja",
         "三光製薬は、中村修氏が社長に返り咲いたと発表した。",
         start("中村修", role="president")),
    case("not-running-again", "ja",
         "港南市の伊藤誠一市長は、次の市長選に不出馬を表明した。",
         end("伊藤誠一", role="mayor")),
    case("term-expires", "ja",
         "大和精機の小林直樹会長は10日、任期を終えた。",
         end("小林直樹", role="chairman")),
    case("suspension", "ja",
         "北斗ソフトは、高橋亮常務を停職処分にしたと発表した。",
         leave("高橋亮", role="managing director")),
    case("vice-minister", "ja",
         "政府は、渡辺拓也副大臣が辞任したと発表した。",
         end("渡辺拓也", role="vice minister", cause="resigned")),
    case("speaker", "ja",
         "山本健一衆院議長は11日、辞任した。",
         end("山本健一", role="speaker", cause="resigned")),
    case("made-to-resign", "ja",
         "青葉銀行は11日、田中誠頭取を辞任させたと発表した。",
         end("田中誠", role="president", cause="dismissed")),
    case("contract-not-renewed", "ja",
         "北辰FCは、山本健一監督と契約を更新しないと発表した。",
         end("山本健一", role="head coach")),
    case("deputy-is-not-the-head", "ja",
         "東和電機は、研究所の山本健一副所長が退任したと発表した。",
         end("山本健一", role="deputy director")),
    case("resignation-withdrawn", "ja",
         "北辰物流は、佐藤浩二社長が辞任を撤回したと発表した。",
         never_reported=True),
]


@pytest.mark.parametrize("c", params(JA))
def test_japanese_vocabulary(c: Case) -> None:
    check(c)

KO = [
    case("used-as-coach", "ko",
         "대성FC는 이서연 수석코치를 감독으로 기용했다고 밝혔다.",
         start("이서연", role="head coach")),
    case("acclaimed-as-chair", "ko",
         "동해상공회의소는 최영수 부회장을 회장으로 추대했다고 밝혔다.",
         start("최영수", role="chairman")),
    case("vice-president-of-university", "ko",
         "청운대학교는 박정호 부총장이 사임했다고 밝혔다.",
         end("박정호", role="vice president", cause="resigned")),
    case("minister-by-ministry", "ko",
         "정태식 교육부 장관이 사퇴했다고 대통령실이 밝혔다.",
         end("정태식", role="minister of education", cause="resigned")),
    case("not-running-again", "ko",
         "한지훈 군수는 다음 선거에 불출마한다고 밝혔다.",
         end("한지훈", role="county magistrate")),
    case("contract-terminated", "ko",
         "대성FC는 윤지원 감독과 계약을 해지했다고 밝혔다.",
         end("윤지원", role="head coach")),
    case("died-idiom", "ko",
         "서해중공업은 정태식 회장이 지난 9일 숨을 거뒀다고 밝혔다.",
         end("정태식", role="chairman", cause="died")),
    case("removed-from-duties", "ko",
         "누리소프트는 한지훈 본부장을 직무에서 배제했다고 밝혔다.",
         leave("한지훈", role="division head")),
    case("failed-another-term", "ko",
         "청운은행 박정호 행장이 연임에 실패했다.",
         end("박정호", role="chief executive officer")),
    case("joined-cabinet", "ko",
         "한지훈 차관이 통일부 장관으로 입각했다고 대통령실이 밝혔다.",
         start("한지훈", role="minister of unification")),
    case("resignation-returned", "ko",
         "청운은행은 박정호 행장의 사표를 반려했다고 밝혔다.",
         never_reported=True),
]


@pytest.mark.parametrize("c", params(KO))
def test_korean_vocabulary(c: Case) -> None:
    check(c)
