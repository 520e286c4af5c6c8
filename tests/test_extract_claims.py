"""Who a verb claims, and how one sentence's changes are structured.

Why: the engine reads a change only where a trigger can claim a person. These cases pin the
claims it used to miss or misread: a second verb sharing the first one's subject, a departure
noun whose person follows "of"/"de", "replace A with B" and conditionals that report no change.
The sentences are invented newsroom prose (see tests/extract_cases.py).
"""

from __future__ import annotations

import pytest

from extract_cases import Case, case, check, end, params, start

CASES = [
    # 1. a second verb shares the first one's subject
    case("second-verb-shares-subject", "en",
         "Tom Harlan quit the council after being named Westland's new Transport Commissioner.",
         end("Tom Harlan"), start("Tom Harlan", role="commissioner")),
    case("second-verb-shares-subject", "zh-Hant",
         "林志成辭去政務委員職務，改接任瑞豐證券交易所董事長。",
         end("林志成"), start("林志成", role="chairman")),
    case("second-verb-shares-subject", "ja",
         "東邦銀行の山田一郎頭取は同日付で頭取を退き、取締役に就任する。",
         end("山田一郎", role="president"), start("山田一郎")),
    case("second-verb-shares-subject", "it",
         "Marco Vellani ha lasciato la carica di rettore dopo essere stato nominato ministro.",
         end("Marco Vellani"), start("Marco Vellani", role="minister")),
    # 3. a departure noun: the person follows "of", "de"
    case("departure-noun-of", "en",
         "Ridgeway Holdings named Anna Lowe chief executive following the resignation of Brett Cole.",
         start("Anna Lowe", role="chief executive officer"), end("Brett Cole", cause="resigned")),
    case("departure-noun-de", "fr",
         "Pierre Lemaire a été nommé président du conseil d'administration après le départ de Jean Morel.",
         start("Pierre Lemaire"), end("Jean Morel")),
    case("departure-noun-owner", "en",
         "Westfield Bank named Laura Stone chair after Paul Reed's contested exit.",
         start("Laura Stone"), end("Paul Reed"), exclusive=True),
    # 4. replace A with B
    case("replace-a-with-b", "it",
         "Il Veltra Calcio sostituì l'allenatore Paolo Rinaldi con Luca Ferri.",
         end("Paolo Rinaldi"), start("Luca Ferri")),
    case("replace-a-with-b", "en",
         "Westfield Bank replaced chief executive Paul Reed with Laura Stone.",
         end("Paul Reed"), start("Laura Stone")),
    case("successor-before-predecessor", "zh-Hans",
         "张明华接替赵立新出任光华银行行长。",
         start("张明华", role="president"), end("赵立新"), exclusive=True),
    # 5. verb-final languages: an object or recipient is not the one leaving (the title before a weak
    # verb, 新頭取となる, is in test_extract_cjk.py)
    case("object-is-not-leaving", "ko",
         "한결FC의 염민수 감독은 지난 25일 박정훈 단장을 찾아가 사임 의사를 밝혔다.",
         end("염민수", cause="resigned"), exclusive=True),
    # 8. moving up to chairman ends the presidency held
    case("president-moves-up-to-chair", "ja",
         "東邦銀行の山本修頭取が代表権を持つ会長に就く。",
         start("山本修", role="chairman"), end("山本修", role="president")),
    case("president-moves-up-to-chair", "en",
         "Westfield Bank said president Paul Reed was named chairman.",
         start("Paul Reed", role="chairman"), end("Paul Reed", role="president")),
    case("acting-chair-keeps-post", "zh-Hans",
         "华辰银行董事长李建国辞职，由行长洪立新暂代董事长职责。",
         end("李建国"), start("洪立新", role="chairman"), exclusive=True),
    # 7. conditionals report no change
    case("conditional-departure", "de",
         "Sollte Anna Berger eines Tages ausscheiden, rückt Jonas Kraus an die Spitze des Vorstands.",
         start("Jonas Kraus"), exclusive=True),
    case("conditional-departure", "en",
         "If Tom Hale leaves the bank, the board would look for a new chief executive.",
         no_events=True),
    case("conditional-departure", "it",
         "Se Paolo Rinaldi dovesse lasciare la presidenza, il consiglio sceglierebbe un successore.",
         no_events=True),
]


@pytest.mark.parametrize("c", params(CASES))
def test_claims(c: Case) -> None:
    check(c)
