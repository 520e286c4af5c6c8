"""The per-language extraction lexicons in ``peoplemoves/languages/data/*.toml``.

Checks the schema of ``languages/README.md``: every file parses and loads, table values are of the
right kind, regexes compile, no person names, and each table has a realistic size.
"""

from __future__ import annotations

import json
import re
import tomllib
from pathlib import Path

import pytest

from peoplemoves.languages import SUPPORTED, all_packs, base_language, pack_for

DATA = Path(__file__).resolve().parents[1] / "src" / "peoplemoves" / "languages" / "data"
SEEDS = Path(__file__).resolve().parents[2] / "shared" / "data" / "seeds"

LANGS = ("en", "zh", "ja", "ko", "es", "it", "fr", "de", "pt", "ru")
#: written with spaces between words: entries match whole words (plus `*` prefixes)
SPACED = ("en", "es", "it", "fr", "de", "pt", "ru", "ko")
#: stopwords are required where lower-cased text must be told apart from names
STOPWORD_LANGS = ("en", "es", "it", "fr", "de", "pt", "ru")

KINDS = {"start_position", "end_position", "leave_of_absence"}
# "B replaces A" (new person first) and "A is replaced by B" (outgoing first): an end and a start
SUCCESSION = {"succession", "succession_passive"}
CAUSES = {"resigned", "dismissed", "retired", "died", "unknown"}
CUE_KEYS = ("interim", "negation", "denial", "rumor", "future", "former")

FORBIDDEN_NAMES = (
    "murati", "altman", "zoph", "mcgrew", "brockman", "sutskever", "schulman", "leike",
    "穆拉蒂", "穆拉提", "奥特曼", "奧特曼", "アルトマン", "ムラティ", "ultraman", "ウルトラマン", "mulati",
)

MIN_SIZE = {"roles": 60, "triggers": 40, "gazetteer": 30, "line_patterns": 10, "block_headings": 5,
            "stopwords": 150, "suffixes": 5, "prepositions": 1, "honorifics": 3}


def load(lang: str) -> dict:
    with (DATA / f"{lang}.toml").open("rb") as fh:
        return tomllib.load(fh)


@pytest.fixture(scope="module", params=LANGS)
def lang_data(request) -> tuple[str, dict]:
    return request.param, load(request.param)


def entries(data: dict) -> dict[str, list[str]]:
    """Every word entry of the extraction tables, by the place it comes from."""
    out: dict[str, list[str]] = {
        "roles": list(data["roles"]),
        "triggers": list(data["triggers"]),
        "gazetteer": list(data["orgs"]["gazetteer"]),
    }
    for key in CUE_KEYS:
        out[f"cues.{key}"] = list(data["cues"][key])
    for key in ("honorifics", "particles", "stopwords"):
        out[f"names.{key}"] = list(data["names"][key])
    for key in ("suffixes", "prepositions"):
        out[f"orgs.{key}"] = list(data["orgs"][key])
    out["chrome.block_headings"] = list(data["chrome"]["block_headings"])
    out["publication.cues"] = list(data["publication"]["cues"])
    out["publication.not_cues"] = list(data["publication"]["not_cues"])
    return out


def matches(entry: str, word: str) -> bool:
    """Does a one-word entry (maybe ending in `*`) match a single word?"""
    if entry.endswith("*"):
        return word.startswith(entry[:-1])
    return word == entry


# --- files and loading --------------------------------------------------------------------------


def test_every_file_parses():
    files = sorted(p.stem for p in DATA.glob("*.toml"))
    assert set(LANGS) <= set(files)
    for lang in files:
        assert load(lang)["code"] == lang


@pytest.mark.parametrize("tag", SUPPORTED)
def test_every_supported_tag_loads(tag):
    pack = pack_for(tag)
    assert pack is not None
    assert pack.code == base_language(tag)
    for section in ("roles", "triggers", "cues", "names", "orgs", "chrome", "publication"):
        assert pack.section(section), f"{tag}: [{section}] missing"
    assert pack.words("cues", "interim")
    assert pack.words("chrome", "line_patterns")


def test_all_packs_cover_the_ten_files():
    assert sorted(p.code for p in all_packs()) == sorted(LANGS)


# --- tables ----------------------------------------------------------------------------------------


def test_sections_have_their_keys(lang_data):
    lang, data = lang_data
    assert set(CUE_KEYS) <= set(data["cues"]), lang
    assert {"honorifics", "particles", "stopwords", "name_separators"} <= set(data["names"]), lang
    assert {"suffixes", "prepositions", "gazetteer"} <= set(data["orgs"]), lang
    assert {"line_patterns", "block_headings"} <= set(data["chrome"]), lang
    assert {"cues", "not_cues"} <= set(data["publication"]), lang
    for section, key in [(s, k) for s in ("cues", "names", "chrome", "publication") for k in data[s]]:
        value = data[section][key]
        if key.startswith("case_"):  # [oblique ending, nominative ending] pairs
            assert all(isinstance(v, list) and len(v) == 2 for v in value), (lang, section, key)
            continue
        assert isinstance(value, list) and all(isinstance(v, str) for v in value), (lang, section, key)


def test_minimum_sizes(lang_data):
    lang, data = lang_data
    assert len(data["roles"]) >= MIN_SIZE["roles"], lang
    assert len(data["triggers"]) >= MIN_SIZE["triggers"], lang
    assert len(data["orgs"]["gazetteer"]) >= MIN_SIZE["gazetteer"], lang
    assert len(data["orgs"]["suffixes"]) >= MIN_SIZE["suffixes"], lang
    assert len(data["orgs"]["prepositions"]) >= MIN_SIZE["prepositions"], lang
    assert len(data["names"]["honorifics"]) >= MIN_SIZE["honorifics"], lang
    assert len(data["chrome"]["line_patterns"]) >= MIN_SIZE["line_patterns"], lang
    assert len(data["chrome"]["block_headings"]) >= MIN_SIZE["block_headings"], lang
    for key in CUE_KEYS:
        assert len(data["cues"][key]) >= (2 if key == "former" else 3), (lang, key)
    assert len(data["publication"]["cues"]) >= 3, lang
    assert len(data["publication"]["not_cues"]) >= 3, lang
    if lang in STOPWORD_LANGS:
        assert len(data["names"]["stopwords"]) >= MIN_SIZE["stopwords"], lang


def test_every_trigger_has_a_valid_kind_and_cause(lang_data):
    lang, data = lang_data
    kinds_seen = set()
    causes_seen = set()
    for word, value in data["triggers"].items():
        assert isinstance(value, str), (lang, word)
        if value == "":  # a blocker: a longer phrase ("就任後", after taking office) that is no event
            continue
        kind, _, cause = value.partition(":")
        assert kind in KINDS | SUCCESSION, (lang, word, value)
        if cause == "with_role":  # weak verbs ("became", 成为) count only with a role title after them
            assert kind == "start_position", (lang, word, value)
        elif cause:
            assert kind == "end_position", f"{lang}: only end_position carries a cause: {word!r}={value!r}"
            assert cause in CAUSES, (lang, word, value)
            causes_seen.add(cause)
        kinds_seen.add(kind)
    assert kinds_seen - SUCCESSION == KINDS, lang
    assert {"resigned", "dismissed", "retired", "died"} <= causes_seen, lang


def test_roles_map_to_lower_case_english(lang_data):
    lang, data = lang_data
    for title, role in data["roles"].items():
        assert isinstance(role, str), (lang, title)
        if role == "":  # a blocker: the word is not a role and hides the shorter title inside it
            continue
        assert re.fullmatch(r"[a-z][a-z -]*[a-z]", role), f"{lang}: {title!r} -> {role!r}"
        assert "founder" not in role and "founder" not in title, (lang, title)
    values = set(data["roles"].values())
    for needed in ("chief executive officer", "chief technology officer", "chief financial officer",
                   "president", "chairman", "board member"):
        assert needed in values, (lang, needed)


def test_entries_are_lower_case_and_wildcards_well_formed(lang_data):
    lang, data = lang_data
    for where, words in entries(data).items():
        for entry in words:
            assert entry == entry.strip() and entry, (lang, where, entry)
            assert entry == entry.lower(), f"{lang} {where}: {entry!r} is not lower case"
            if "*" in entry:
                for word in entry.split():
                    assert "*" not in word[:-1] and word != "*", f"{lang} {where}: bad wildcard {entry!r}"


def test_gazetteer_maps_to_names(lang_data):
    lang, data = lang_data
    for key, name in data["orgs"]["gazetteer"].items():
        assert isinstance(name, str) and name.strip() == name and name, (lang, key)
        assert name != name.lower() or name[0].isdigit(), f"{lang}: canonical name {name!r} looks unformatted"


def test_chrome_regexes_compile(lang_data):
    lang, data = lang_data
    for pattern in data["chrome"]["line_patterns"]:
        try:
            rx = re.compile(pattern, re.IGNORECASE)
        except re.error as exc:  # pragma: no cover - the assertion message is the point
            pytest.fail(f"{lang}: {pattern!r}: {exc}")
        assert not rx.search(""), f"{lang}: {pattern!r} matches an empty line"


def test_stopwords_do_not_hide_roles_or_triggers(lang_data):
    lang, data = lang_data
    if lang not in SPACED:
        return
    stop = data["names"]["stopwords"]
    assert all(" " not in w for w in stop), lang
    needed = [e for e in (*data["roles"], *data["triggers"]) if " " not in e]
    clashes = sorted({w for w in stop for e in needed if matches(e, w)})
    assert not clashes, f"{lang}: stopwords that are role/trigger words: {clashes}"


def test_zh_entries_are_simplified():
    opencc = pytest.importorskip("opencc")
    t2s = opencc.OpenCC("t2s")
    data = load("zh")
    for where, words in entries(data).items():
        for entry in words:
            assert t2s.convert(entry) == entry, f"zh {where}: {entry!r} is not Simplified"


def test_no_person_names_anywhere():
    for lang in LANGS:
        text = (DATA / f"{lang}.toml").read_text(encoding="utf-8").lower()
        for name in FORBIDDEN_NAMES:
            assert name not in text, f"{lang}.toml mentions {name!r}"


# --- behaviour on known lines ----------------------------------------------------------------------


def chrome_hits(line: str) -> list[tuple[str, str]]:
    hits = []
    for lang in LANGS:
        for pattern in load(lang)["chrome"]["line_patterns"]:
            if re.search(pattern, line.strip(), re.IGNORECASE):
                hits.append((lang, pattern))
    return hits


@pytest.mark.parametrize("line", [
    "支付宝扫一扫打赏", "觉得文章有用就打赏一下文章作者", "阅读 1.2万", "分享", "le mie informazioni di contatto",
    "posta[email protected]", "Ver originales", "Share on Twitter", "All rights reserved.", "Buy me a coffee",
    "Esta página puede contener contenido de terceros, que se proporciona únicamente con fines informativos",
    "Lesen Sie auch: Der neue Chef", "À lire aussi", "Читайте также", "관련 기사", "続きを読む",
    "한어Русский языкEnglishFrançaisIndonesianSanskrit日本語DeutschPortuguês",
])
def test_chrome_lines_are_recognised(line):
    heading = line.strip().rstrip(":：").lower()
    in_headings = any(heading in load(lang)["chrome"]["block_headings"] for lang in LANGS)
    assert chrome_hits(line) or in_headings, line


@pytest.mark.parametrize("line", [
    "OpenAI首席技术官米拉·穆拉蒂也宣布离职",
    "giovedì scorso, 26 settembre, anche la chief technology officer di openai ha annunciato le sue dimissioni",
    "The board said it had appointed a new chief executive, effective next month.",
    "Der Vorstandschef tritt zum Jahresende zurück, teilte das Unternehmen mit.",
    "La directora de tecnología ha sido nombrada directora ejecutiva interina.",
    "Генеральный директор компании ушёл в отставку.",
    "社長が辞任を発表した。", "대표이사가 사임했다.",
])
def test_article_lines_are_not_chrome(line):
    assert not chrome_hits(line), chrome_hits(line)


@pytest.mark.parametrize("heading", ["参考资料:", "参考文献:", "Recursos:", "riferimenti", "lesen sie auch",
                                     "à lire aussi", "関連記事", "관련 기사", "читайте также", "references"])
def test_block_headings(heading):
    norm = heading.strip().rstrip(":：").lower()
    assert any(norm in load(lang)["chrome"]["block_headings"] for lang in LANGS), heading


@pytest.mark.seeds
@pytest.mark.skipif(not SEEDS.is_dir(), reason="seed folder not available")
def test_seed_evidence_lines_are_not_chrome():
    """No line that carries a gold event's evidence may be dropped as chrome."""
    checked = 0
    for gold in sorted(SEEDS.glob("*.json")):
        if not gold.with_suffix(".txt").is_file():
            continue  # not a gold file (the folder also holds questions.json)
        text = gold.with_suffix(".txt").read_text(encoding="utf-8")
        lines = [ln.strip() for ln in text.splitlines()]
        for event in json.loads(gold.read_text(encoding="utf-8"))["events"]:
            first = event["evidence"].split("\n")[0].strip()
            for line in (ln for ln in lines if first and first in ln):
                assert not chrome_hits(line), (gold.name, line[:80], chrome_hits(line))
                checked += 1
    assert checked >= 50
