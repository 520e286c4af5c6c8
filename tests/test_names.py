"""Shared name utilities: folding, sound keys, skeletons, romanization."""

from __future__ import annotations

from peoplemoves.names import fold, nominative, romanize_name, skeleton, sound_key


def test_fold_ignores_case_accents_separators_and_chinese_variants() -> None:
    assert fold("Hélène  Dupré") == fold("helene dupre")
    assert fold("亨里克·索尔伯格") == fold("亨里克・索尔伯格") == fold("亨里克 索尔伯格")
    assert fold("索爾伯格") == fold("索尔伯格")  # Traditional and Simplified


def test_skeletons_survive_vowel_inserting_scripts() -> None:
    assert skeleton(romanize_name("ベルグ")) == skeleton("Berg")
    assert sound_key("Zoff") == sound_key("zof")  # doubled letters fold
    assert skeleton("Solberg") != skeleton("Halvorsen")


def test_romanization_keeps_name_parts_apart() -> None:
    assert romanize_name("亨里克·索尔伯格") == "Henglike Suoerboge"
    assert romanize_name("마크 저커버그").count(" ") == 1


def test_russian_names_in_oblique_cases_come_back_to_the_nominative() -> None:
    assert nominative("Андрея Волкова") == "Андрей Волков"
    assert nominative("Сергея Климова") == "Сергей Климов"
    assert nominative("Анна Петрова") == "Анна Петрова"  # a feminine nominative stays as it is
    assert romanize_name("Андрея Волкова") == "Andrey Volkov"
