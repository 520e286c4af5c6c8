"""Latin names as people write them, per script and per world (names/written.py and its modules).

Users search for "Li Wenjun", "Kenji Yamamoto", "Kim Do-yun", "Nikolai"; a romanization that glues
the parts ("Liwenjun"), reads Japanese kanji as pinyin ("Shanben") or spells Russian as a library does
("Nikolay") finds nobody. The names here are invented.
"""

from __future__ import annotations

import pytest

from peoplemoves.names import NameStyle, style_for, written_name
from peoplemoves.names.chinese import hong_kong_name, pinyin_name, region_of, taiwan_name
from peoplemoves.names.japanese import japanese_name, kana_to_latin, name_length_before, names_nobody
from peoplemoves.names.korean import korean_name
from peoplemoves.names.russian import russian_name


@pytest.mark.parametrize(("native", "latin"), [
    ("李文军", "Li Wenjun"),          # family name first, given name run together, both capitalized
    ("欧阳明华", "Ouyang Minghua"),   # a two-character family name
    ("曾志远", "Zeng Zhiyuan"),       # a family name read otherwise than the everyday character (ceng)
    ("吕丽华", "Lu Lihua"),           # ü is written u
    ("張國華", "Zhang Guohua"),       # Traditional characters read like Simplified ones
])
def test_mainland_names_in_pinyin(native: str, latin: str) -> None:
    assert pinyin_name(native) == latin


@pytest.mark.parametrize(("native", "latin"), [
    ("王祥文", "Wang Hsiang-wen"),
    ("李紀珠", "Lee Chi-chu"),        # Taiwan writes 李 as Lee
    ("許璋瑤", "Hsu Chang-yao"),
    ("林建榮", "Lin Chien-jung"),
])
def test_taiwan_names_in_wade_giles(native: str, latin: str) -> None:
    assert taiwan_name(native) == latin


@pytest.mark.parametrize(("native", "latin"), [
    ("區慧玲", "Au Wai-ling"),
    ("傅小慧", "Fu Siu-wai"),
    ("張宜偉", "Cheung Yi-wai"),
    ("曾國衞", "Tsang Kwok-wai"),
])
def test_hong_kong_names_in_cantonese(native: str, latin: str) -> None:
    assert hong_kong_name(native) == latin


def test_traditional_chinese_articles_are_told_apart_by_the_places_they_name() -> None:
    assert region_of("香港特區政府今日宣布，常任秘書長將於下月退休。") == "hong_kong"
    assert region_of("宜蘭縣長今天宣布縣府小內閣名單，行政院同意。") == "taiwan"
    assert style_for("zh-Hant", "港府宣布人事任命").han == "hong_kong"
    assert style_for("zh-Hans", "香港").han == "pinyin"


@pytest.mark.parametrize(("native", "latin"), [
    ("山本健一", "Kenichi Yamamoto"),  # given name first, long vowels without marks
    ("佐藤浩二", "Koji Sato"),
    ("長谷川健太", "Kenta Hasegawa"),
    ("碇山浩美", "Hiromi Ikariyama"),  # a rare family name the dictionary cuts in two is read whole
    ("千草宗一郎", "Soichiro Chigusa"),
])
def test_japanese_kanji_names_are_read_as_japanese(native: str, latin: str) -> None:
    assert japanese_name(native) == latin


def test_katakana_names_of_foreigners_go_back_to_their_spelling() -> None:
    assert japanese_name("サム・ウェバー") == "Sam Weber"  # the dictionary knows the originals
    assert japanese_name("ヘンリク・キム").split()[-1] == "Kim"  # a final vowel the original lacks goes
    assert kana_to_latin("イッセイ") == "issei" and kana_to_latin("トオル") == "toru"


def test_a_japanese_name_before_a_title_is_found_with_the_dictionary() -> None:
    text = "発表した。碇山浩美"
    assert text[len(text) - name_length_before(text, len(text)):] == "碇山浩美"
    assert name_length_before("同社社長", 4) == 0  # "the same company's president" names nobody


@pytest.mark.parametrize(("native", "latin"), [
    ("김도윤", "Kim Do-yun"),
    ("박서연", "Park Seo-yeon"),
    ("이영훈", "Lee Young-hoon"),
    ("최경수", "Choi Kyung-soo"),
    ("정혁", "Jung Hyuk"),
    ("남궁민수", "Namgung Min-soo"),  # a two-syllable family name
])
def test_korean_names_family_first_with_a_hyphenated_given_name(native: str, latin: str) -> None:
    assert korean_name(native) == latin


@pytest.mark.parametrize(("native", "forms", "latin"), [
    ("Николай Петров", [], "Nikolai Petrov"),
    ("Дмитрий Соколов", [], "Dmitry Sokolov"),
    ("Алексей Иванов", [], "Alexei Ivanov"),
    ("Евгений Сергеевич Орлов", [], "Yevgeny Orlov"),         # the patronymic is left out
    ("Андрея Волкова", [], "Andrei Volkov"),                   # genitive, both parts show it
    ("Олега Быкова", ["Быков"], "Oleg Bykov"),                 # the surname alone shows he is a man
    ("Азату Салимову", [], "Azat Salimov"),                    # an ending only a man's name takes
    ("Анна Петрова", ["Петрова"], "Anna Petrova"),             # a woman's nominative stays
    ("Юрий Колокольцев", [], "Yuri Kolokoltsev"),              # the soft sign goes
    ("Виктора Гончаренко", [], "Viktor Goncharenko"),          # a man's genitive beside a surname that stays
    ("Виктора Бланкова", [], "Viktor Blankov"),                # "Виктора" is rarer than "Виктор": a man's genitive
    ("Сергея Шойгу", [], "Sergei Shoygu"),                     # the surname ends otherwise: it does not decline
    ("Мария Петрова", [], "Mariya Petrova"),                   # "Мария" is commoner than "Марий": as written
    ("Юлия Соколова", [], "Yuliya Sokolova"),
])
def test_russian_names_in_the_press_transliteration(native: str, forms: list[str], latin: str) -> None:
    assert russian_name(native, forms) == latin


def test_written_name_chooses_by_script_and_style() -> None:
    assert written_name("山本健一", NameStyle("japanese")) == "Kenichi Yamamoto"
    assert written_name("李文军", NameStyle("pinyin")) == "Li Wenjun"
    assert written_name("李文軍", NameStyle("taiwan")) == "Lee Wen-chun"
    assert written_name("김도윤") == "Kim Do-yun"
    assert written_name("ムラティ") == "Murati"
    assert written_name("王祥文", NameStyle("taiwan")) == "Wang Hsiang-wen"
    assert written_name("Николай Петров") == "Nikolai Petrov"


def test_katakana_phrases_of_common_words_are_no_names() -> None:
    assert names_nobody("イタリア・テクノロジー・ウィーク")   # a place and two common words
    assert not names_nobody("ボブ・マグリュー")             # a name the dictionary partly knows
    assert not names_nobody("スリーラ・ヴェンカタラトナム")  # unknown words: likely a foreign name


def test_a_bilingual_article_gives_its_people_the_spelling_it_writes() -> None:
    """區慧玲 is "Au Wai-ling" when the English half of the release says so (not "Ou Huiling" or the Taiwan
    "Ou Hui-ling"), and the colleague it names only in Chinese is spelled the Hong Kong way too."""
    from tests.extract_cases import extract

    ex = extract("2025年11月3日 3 November 2025\n\n海濱電訊有限公司宣布，行政總裁區慧玲女士將於2025年12月31日退休。"
                 "營運總監蘇偉強先生將署理行政總裁。\n\nSeaside Telecom Limited announces that Ms Au Wai-ling, "
                 "Chief Executive Officer, will retire on 31 December 2025.", "bilingual-hk")
    names = {p.name: p.mentions for p in ex.people}
    assert set(names) == {"Au Wai-ling", "So Wai-keung"}, names
    assert {"區慧玲", "Au Wai-ling"} <= set(names["Au Wai-ling"])
