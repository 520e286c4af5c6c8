"""Find the people a document names, in any script, and tie their mentions together.

Two passes over a document. The first finds *strong* name mentions, whose shape or
context says "person": CJK transliterations with a middle dot (亨里克·索尔伯格, ヘンリク・ソルベリ),
a Latin original in parentheses after a native name, capitalized Latin sequences, names
carrying an honorific (マスク氏, 김 대표), names in apposition to a role title (also in
lower-cased text: "il direttore finanziario anna berg"). The second pass finds *short*
mentions of those people — a surname alone (索尔伯格, "Solberg") — and clusters everything
into one entity per person.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from functools import cache

from peoplemoves.extract.lexicon import Hit
from peoplemoves.extract.view import SentenceView
from peoplemoves.languages import pack_for
from peoplemoves.names import fold
from peoplemoves.names.folding import to_simplified
from peoplemoves.names.japanese import name_length_before

HAN = r"\u3400-\u4dbf\u4e00-\u9fff"
KATAKANA = r"\u30a0-\u30fa\u30fc"
HANGUL = r"\uac00-\ud7af"
_SEP = r"[·・•‧∙]"
_DOTTED = re.compile(rf"([{HAN}]{{1,8}}|[{KATAKANA}]{{1,12}}){_SEP}([{HAN}]{{1,8}}|[{KATAKANA}]{{1,12}})"
                     rf"(?:{_SEP}([{HAN}]{{1,8}}|[{KATAKANA}]{{1,12}}))?")
_PAREN_LATIN = re.compile(r"\s?[(（]([A-Za-zÀ-ÖØ-öø-ÿĀ-ž][A-Za-zÀ-ÖØ-öø-ÿĀ-ž .'’\-]{1,48}?)[)）]")
_CAP = r"(?:[A-Z][a-z]+(?:[A-Z][a-z]+)*|[A-Z]\.?|[A-Z][a-z]*['’][A-Z][a-z]+|[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+)"
_L = "A-Za-zÀ-ÖØ-öø-ÿĀ-ž"  # Latin letters only: \\w would run on into CJK text ("Anna Berg在任职")
_CAPITALIZED = re.compile(
    # a name may follow an elided article or preposition: "la succession d'Alain Bonmartin", "dell'Anna Berg"
    rf"(?:(?<![{_L}0-9@'’])|(?<=[dlDL]['’]))((?:[A-ZÀ-ÖØ-ÞĀ-Ž][{_L}'’]*(?:-[{_L}'’]+)?)"
    # a middle initial keeps its full stop: "Gary B. Wolter"
    rf"(?:\s+(?:(?:[a-z]{{1,3}}\s+){{0,2}})[A-ZÀ-ÖØ-ÞĀ-Ž](?:\.(?=\s+[A-ZÀ-ÖØ-ÞĀ-Ž][a-zà-öø-ÿ])|[{_L}'’]*(?:-[{_L}'’]+)?)){{1,4}})"
)
_CYRILLIC_WORD = r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?"
_CYRILLIC_RUN = re.compile(rf"(?<![\w-]){_CYRILLIC_WORD}(?:\s+{_CYRILLIC_WORD})+(?![\w-])")
_PATRONYMIC = re.compile(r"[А-ЯЁ][а-яё]+(?:ович|евич|овна|евна|ича|ны)[а-яё]*")
_KATAKANA_RUN = re.compile(rf"[{KATAKANA}]{{2,12}}")
_HAN_RUN = re.compile(rf"[{HAN}]{{2,4}}")
_HANGUL_RUN = re.compile(rf"[{HANGUL}]{{2,4}}")
_LATIN_WORDS = re.compile(r"[A-Za-z][A-Za-z'’\-]*(?:\s+[A-Za-z][A-Za-z'’\-]*){0,2}")


@dataclass
class NameMention:
    start: int
    end: int
    surface: str
    latin: str | None = None  # a Latin-script form the text gives for this name
    alias_span: tuple[int, int] | None = None  # where that Latin form stands (in parentheses)
    strong: bool = True
    sentence: int = 0
    entity: int = -1


@dataclass
class PersonEntity:
    ident: int
    surfaces: list[str] = field(default_factory=list)
    latin_forms: list[str] = field(default_factory=list)
    parts: set[str] = field(default_factory=set)


def _overlaps(a: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(a[0] < e and s < a[1] for s, e in spans)


def _trim_left(view: SentenceView, start: int, dot: int, stops: list[tuple[int, int]]) -> int:
    """Move a CJK name's start past a title, a lexicon word or a function character before its given name.

    Transliterated given names are short (鲍勃, 格雷格, 伊利亚): at most three characters are kept.
    """
    for s, e in stops:
        if s < dot and start < e <= dot:
            start = max(start, e)
    boundaries = view.lexicon_boundaries
    for i in range(dot - 1, start - 1, -1):
        if view.text[i] in boundaries:
            start = i + 1
            break
    if re.fullmatch(rf"[{HAN}]+", view.text[start:dot]):  # katakana runs end by themselves
        start = max(start, dot - 3)
    return start


def _trim_right(view: SentenceView, start: int, end: int, stops: list[tuple[int, int]] = ()) -> int:
    """End a CJK name before a function character or a word of the lexicon (索尔伯格|辞职)."""
    boundaries = view.lexicon_boundaries
    for s, _ in stops:
        if start < s < end:
            end = s
    for i in range(start + 1, end):
        if view.text[i] in boundaries:
            return i
    return end


def strong_mentions(view: SentenceView, roles: list[Hit], orgs: list[tuple[int, int]]) -> list[NameMention]:
    found: list[NameMention] = []
    taken: list[tuple[int, int]] = list(orgs)

    def add(start: int, end: int, latin: str | None = None, alias: tuple[int, int] | None = None) -> None:
        if view.text[end - 2 : end] in ("'s", "’s"):  # possessive: "Musk's"
            end -= 2
            latin = latin[:-2] if latin and latin[-2:] in ("'s", "’s") else latin
        if view.lexicon.base == "zh" and latin is None:
            # a native name neither starts inside a word of the lexicon (出|任財稅: 任 ends 出任, "takes
            # office") nor runs into one (洪崎|暫代: 暫代 "acting" starts inside): it stops before it
            for s_, e_ in words_of_lexicon:
                if s_ < start < e_:
                    return
                if start < s_ < end < e_:
                    end = s_
            if end - start < 2:
                return
            start, end = _married_name(view, start, end, words_of_lexicon)
        surface = view.segment.text[start:end].strip()
        if len(surface) < 2 or _overlaps((start, end), taken):
            return
        if not view.lexicon.spaced or view.lexicon.base == "ko":
            word = view.text[start:end]
            if view.lexicon.triggers.contains(word) or view.lexicon.roles.contains(word):
                return  # 신임 ("newly appointed") is a word of the lexicon, not a name
        found.append(NameMention(start, end, surface, latin=latin, alias_span=alias, sentence=view.index))
        taken.append((start, end))

    text = view.text
    stops = [(h.start, h.end) for h in view.lexicon.triggers.find(text)] + [(h.start, h.end) for h in roles]
    words_of_lexicon = stops + [(h.start, h.end) for m in view.lexicon.cues.values() for h in m.find(text)]
    # 1. CJK transliterations with a middle dot, and a Latin original in parentheses after them.
    for m in _DOTTED.finditer(text):
        end = m.end()
        dot = m.start() + re.search(_SEP, m.group()).start()
        start = _trim_left(view, m.start(), dot, stops)
        if start >= dot:
            continue
        last_dot = start + max(text.rfind(s, start, end) - start for s in "·・•‧∙")
        end = _trim_right(view, last_dot + 1, end, stops) if last_dot >= start else end
        paren = _PAREN_LATIN.match(text, end)
        if paren and _looks_like_name(view, paren.group(1)):
            add(start, end, paren.group(1).strip(), (paren.start(), paren.end()))
            taken.append((paren.start(), paren.end()))
        else:
            add(start, end)
    # 2. Latin names: capitalized runs (cased text), Cyrillic runs.
    if not view.lower_cased:
        pos = 0
        while (m := _CAPITALIZED.search(text, pos)) is not None:
            run_end, pos = _until_link(view, m.start(1), m.end(1))
            start, end = _clean_latin_run(view, m.start(1), run_end, roles)
            if end > start and " " in text[start:end].strip():
                taken[:] = [o for o in taken if not _surname_taken_for_org(view, o, start, end)]
                add(start, end, text[start:end])
        for m in _CYRILLIC_RUN.finditer(text):
            start, end = _clean_latin_run(view, *_cyrillic_name_in(m), roles)
            if end > start and " " in text[start:end]:
                add(start, end)
    # 3. A Latin name in parentheses after a bare native name: 曾毓群(Robin Zeng).
    for m in _PAREN_LATIN.finditer(text):
        if _overlaps((m.start(), m.end()), taken) or not _looks_like_name(view, m.group(1)):
            continue
        native = _native_before(text, m.start())
        if native:
            add(native[0], native[1], m.group(1).strip(), (m.start(), m.end()))
            taken.append((m.start(), m.end()))
    # 4. Names carrying an honorific, and names in apposition to a role title.
    for hit in view.lexicon.honorifics.find(text):
        span = _name_before(view, hit.start) or (_name_after(view, hit.end) if view.lexicon.spaced else None)
        if span:
            add(*span)
    for hit in [*roles, *view.lexicon.person_nouns.find(text)]:
        spans = [_name_after(view, hit.end, skip_org=True), _name_before_comma(view, hit.start)]
        if view.lexicon.base in {"ja", "ko", "zh"}:
            spans.append(_native_name_before_role(view, hit.start))
        for span in spans:
            if span:
                add(*span)
    for span in _korean_names_before_titles(view):
        add(*span)
    trigger_spans = [(h.start, h.end) for h in view.lexicon.triggers.find(text) if h.value]
    for span in _native_name_by_verb(view, trigger_spans):
        add(*span)
    for span in _names_before_bare_verbs(view, words_of_lexicon, roles, orgs):
        add(*span)
    return found


def _clause_opening_name(view: SentenceView, end: int, words: list[tuple[int, int]]) -> tuple[int, int] | None:
    """Two or three characters ending at ``end``, beginning with a family name, whose left edge is clear: a
    punctuation mark, a function character, a lexicon word or a common word (宣布) before them."""
    text, boundaries = view.text, view.lexicon_boundaries
    ends = {we for _, we in words}
    for k in (3, 2):
        start = end - k
        if start < 0 or not re.fullmatch(rf"[{HAN}]{{{k}}}", text[start:end]) or text[start] not in view.surnames:
            continue
        if any(c in boundaries for c in text[start + 1 : end]):
            continue
        before = text[start - 1] if start else ""
        if (not before or before in "，,、：:；;。（(「『" or before in boundaries or start in ends
                or _zipf(to_simplified(text[max(0, start - 2) : start]), "zh") >= 4.5):
            return start, end
    return None


@cache
def _bare_verbs(lang: str) -> tuple[str, ...]:
    pack = pack_for(lang)
    return tuple(pack.words("claims", "bare_verbs")) if pack else ()


def _names_before_bare_verbs(view: SentenceView, words: list[tuple[int, int]], roles: list[Hit],
                             orgs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """宣布张某某任华东大学党委书记, 刘某某同志任院长: a name opening its clause before a one-character verb
    (``[claims] bare_verbs``) that an organization or a title follows, the verb inside no longer word."""
    if view.lexicon.base != "zh" or not view.surnames:
        return []
    text, found = view.text, []
    honorifics = [(h.start, h.end) for h in view.lexicon.honorifics.find(text)]
    titled = {s for s, _ in orgs} | {h.start for h in roles}
    for verb in _bare_verbs(view.lexicon.base):
        for m in re.finditer(re.escape(verb), text):
            s, e = m.span()
            if e not in titled or any(ws < e and s < we for ws, we in words):
                continue
            end = next((hs for hs, he in honorifics if he == s), s)
            span = _clause_opening_name(view, end, words)
            if span:
                found.append(span)
    return found


def _married_name(view: SentenceView, start: int, end: int, words: list[tuple[int, int]]) -> tuple[int, int]:
    """陳李可欣, 楊何美玲: a Hong Kong married woman's name is her husband's family name, her own, and a given
    name of two characters. A three-character read that begins with two family names grows by the character
    beside it when the four stand alone: between punctuation, function characters or lexicon words."""
    if end - start != 3:
        return start, end
    for s, e in ((start, end + 1), (start - 1, end)):
        if s >= 0 and e <= len(view.text) and _stands_alone_married(view, s, e, words):
            return s, e
    return start, end


def _stands_alone_married(view: SentenceView, s: int, e: int, words: list[tuple[int, int]]) -> bool:
    text, boundaries = view.text, view.lexicon_boundaries
    four = text[s:e]
    if not re.fullmatch(rf"[{HAN}]{{4}}", four) or not (four[0] in view.surnames and four[1] in view.surnames):
        return False
    if any(c in boundaries for c in four[1:]) or _overlaps((s, e), words + view.org_spans):
        return False
    left = s == 0 or not re.match(rf"[{HAN}]", text[s - 1]) or text[s - 1] in boundaries
    left = left or any(we == s for _, we in words + view.org_spans)
    right = e == len(text) or not re.match(rf"[{HAN}]", text[e]) or text[e] in boundaries
    right = right or any(ws == e for ws, _ in words)
    return left and right


def _native_name_before_role(view: SentenceView, pos: int) -> tuple[int, int] | None:
    """山本健一社長, 吳建華總經理, 박서연 부사장, 김도윤 전 대표: a native name right before a title."""
    head = view.text[:pos].rstrip()
    # "남기일 제주 감독": the organization may stand between the name and its title
    head = next((head[:s].rstrip() for s, e in view.org_spans if e == len(head) and head[s - 1 : s].isspace()), head)
    if view.lexicon.base == "ko" and head == view.text[:pos] and pos - (head.rfind(" ") + 1) <= 8:
        # the title closes a word of its own (신한은행장, 행정1부시장, 수석코치): the name is the word before
        head = head[: head.rfind(" ") + 1].rstrip()
    # a former/current/newly-appointed marker may stand between the name and its title
    head = re.sub(r"(?:\s*(?:전|前|元|現任|现任|現|现|현|신임|新任|新))$", "", head).rstrip()
    if view.lexicon.base == "ja":
        span = _japanese_name_before(head)
        if span:
            return span
    script = HANGUL if view.lexicon.base == "ko" else HAN
    m = re.search(rf"[{script}]{{2,4}}$", head)
    if not m or not view.surnames:
        return None
    if view.lexicon.base == "ko" and m.start() > 0 and not head[m.start() - 1].isspace():
        return None  # "부사장을 대표": the tail of another word, not a name standing on its own
    if view.lexicon.base == "zh":
        # before a title a Chinese name is read as three characters beginning with a family name
        # (吳建華總經理); two would take adjectives for names (公司高階主管)
        m = re.search(rf"[{HAN}]{{3}}$", head)
        if not m or m.group()[0] not in view.surnames:
            return None
    start = m.start()
    if view.lexicon.base == "ko":
        if view.text[start] not in view.surnames:
            return None
    else:
        while start < m.end() - 1 and view.text[start] not in view.surnames:
            start += 1
    if m.end() - start < 2 or view.lexicon.roles.contains(view.text[start : m.end()]):
        return None
    return start, m.end()


_HANGUL_WORD = re.compile(rf"(?<![{HANGUL}\w])([{HANGUL}]{{3}})(?=\s+(?:(?:전|현|신임)\s+)?(\S+))")


def _korean_names_before_titles(view: SentenceView) -> list[tuple[int, int]]:
    """정경배 수석코치가, 나응찬 신한은행장이: a three-syllable word beginning with a family name, standing
    alone before a word that ends in a title (a title glued to its organization or rank)."""
    inside = view.lexicon.roles_inside
    if view.lexicon.base != "ko" or inside is None or not view.surnames:
        return []
    found = []
    for m in _HANGUL_WORD.finditer(view.text):
        word, nxt = m.group(1), m.group(2)
        if word[0] not in view.surnames or view.lexicon.roles.contains(word) or fold(word) in view.lexicon.not_names:
            continue
        if any(h.end - h.start >= 2 for h in inside.find(nxt)):
            found.append((m.start(1), m.end(1)))
    return found


def _japanese_name_before(head: str) -> tuple[int, int] | None:
    """A Japanese name ending where ``head`` ends, as the morphological dictionary reads it (碇山浩美頭取)."""
    length = name_length_before(head, len(head))
    return (len(head) - length, len(head)) if length else None


def _native_name_by_verb(view: SentenceView, stops: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """由郑雅文接替黄国栋: Chinese native names standing right beside a verb of change."""
    if view.lexicon.base != "zh" or not view.surnames:
        return []
    found = []
    text = view.text
    for s, e in stops:
        after = re.match(rf"[{HAN}]{{2,3}}", text[e : e + 3])
        if after and text[e] in view.surnames:
            end = _trim_right(view, e + 1, e + after.end(), stops)
            if end - e >= 2:
                found.append((e, end))
        before = re.search(rf"(?:^|[由和与及、，,）)」』])([{HAN}]{{2,3}})$", text[max(0, s - 5) : s])
        if before and before.group(1)[0] in view.surnames:
            found.append((s - len(before.group(1)), s))
        elif (apart := _name_apart_from_verb(view, s)) is not None:
            found.append(apart)
        # the verb's object told with a clause before it: 接替已展开退休前休假的傅小慧。
        told = _RELATIVE_OBJECT.match(text, e)
        # not a noun beginning with a family name's character (的高管们, 的全部职务)
        if told and told.group(1)[0] in view.surnames and _zipf(to_simplified(told.group(1)[:2]), "zh") < 3.4:
            found.append(told.span(1))
    return found


_FIGURE_DATE = re.compile(r"(?:于|在)?(?:\d{2,4}年)?(?:\d{1,2}月)?(?:\d{1,2}[日号])?(?:起|底|初)?$")


def _name_apart_from_verb(view: SentenceView, pos: int) -> tuple[int, int] | None:
    """王某此前担任, 王某2013年接替, 曾某上月被免去: a name opening its clause, then adverbs or a date
    (``[names] before_verb``, figures), then the verb. Only what stands between is stripped, so the name
    still needs a clause boundary, a date's end (上月曾某被免去) or the sentence's start before it."""
    text, head = view.text, pos
    while True:
        word = next((w for w in view.lexicon.before_verb if text.endswith(w, 0, head)), None)
        if word:
            head -= len(word)
            continue
        date = _FIGURE_DATE.search(text, 0, head)
        if date and re.search(r"\d", date.group()):
            head = date.start()
            continue
        break
    m = re.search(rf"(?:^|[由和与及、，,；;：:）)」』年月日号])([{HAN}]{{2,3}})$", text[max(0, head - 5) : head])
    if not m or m.group(1)[0] not in view.surnames:
        return None
    start, end = head - len(m.group(1)), head
    if any(c in view.lexicon_boundaries for c in text[start + 1 : end]):
        return None
    return start, end


# within the verb's clause, "…的" and three characters that close it: a name (two would take nouns, 的职务)
_RELATIVE_OBJECT = re.compile(rf"[^。，,；;：:！!？?\s]{{0,14}}?的([{HAN}]{{3}})(?=[。，,、；;！!？?）)」』\s]|$)")


def _cyrillic_name_in(run: re.Match[str]) -> tuple[int, int]:
    """The name at the end of a run of capitalized Cyrillic words: a given name, a patronymic perhaps, and
    a surname. A word before them is no part of the name ("министр России Владимир Колокольцев",
    "заместитель Колокольцева Виктор Золотов": a place, the one whose deputy he is)."""
    words = list(re.finditer(r"\S+", run.group()))
    keep = 3 if len(words) >= 3 and _PATRONYMIC.fullmatch(words[-2].group()) else 2
    if len(words) >= 3 and _PATRONYMIC.fullmatch(words[-1].group()):
        keep = 3  # "Колокольцев Владимир Александрович": surname first, as in documents
    first = words[max(0, len(words) - keep)]
    return run.start() + first.start(), run.end()


def _surname_taken_for_org(view: SentenceView, org: tuple[int, int], start: int, end: int) -> bool:
    """"Georges Pauget" where "Pauget" alone was read as a company elsewhere ("M. Pauget responsable"): an
    organization that is the last word of a full name, carrying no suffix and known to no gazetteer, is
    the person's surname."""
    word = view.text[org[0] : org[1]]
    if not (start < org[0] and org[1] == end) or " " in word or word.isupper():
        return False  # an acronym is a company's ("Garantizar SGR", "Bondo MP")
    lexicons = (view.lexicon, view.english)
    return not any(lex.org_suffixes.contains(word) or lex.gazetteer.contains(word) for lex in lexicons)


@cache
def _frequencies(lang: str) -> dict[str, float]:
    from wordfreq import get_frequency_dict  # looked up whole: no tokenizer needed for Korean or Chinese

    return get_frequency_dict(lang)


def _zipf(word: str, lang: str) -> float:
    frequency = _frequencies(lang).get(word, 0.0)
    return math.log10(frequency) + 9 if frequency else 0.0


def _looks_like_name(view: SentenceView, text: str) -> bool:
    words = text.split()
    if not (1 <= len(words) <= 4 and all(w[0].isalpha() for w in words) and len(text.strip()) >= 3):
        return False
    folded = text.strip().lower()
    lexicons = (view.lexicon, view.english)
    return not any(lex.roles.contains(folded) or folded in lex.stopwords for lex in lexicons)


def _native_before(text: str, end: int) -> tuple[int, int] | None:
    for run in (_KATAKANA_RUN, _HAN_RUN, _HANGUL_RUN):
        m = None
        for candidate in run.finditer(text, max(0, end - 12), end):
            m = candidate
        if m and m.end() == end:
            start = max(m.start(), end - 4) if run is _HAN_RUN else m.start()
            return start, end
    return None


def _until_link(view: SentenceView, start: int, end: int) -> tuple[int, int]:
    """Where a capitalized run stops being one name, and where to look for the next.

    A lower-case word inside a run is a name particle ("de", "van") or it ends the name: in
    "Anja Wyden Guelpa et Edgar Jeitziner", "passato da Luigi Delneri a Diego Lopez" the next name
    starts after the link word, and must be read whole from there.
    """
    particles = view.lexicon.particles | view.english.particles
    for w in re.finditer(r"\S+", view.text[start:end]):
        word = w.group()
        if word[:1].islower() and word.lower() not in particles:
            return start + w.start(), start + w.end()
    return end, end


def _clean_latin_run(view: SentenceView, start: int, end: int, roles: list[Hit]) -> tuple[int, int]:
    """Cut role titles, sentence-initial function words and month names off a capitalized run."""
    words = [(m.start() + start, m.end() + start) for m in re.finditer(r"\S+", view.text[start:end])]
    role_spans = [(h.start, h.end) for h in roles]
    org_spans = [o for o in view.org_spans if not (words and words[0][1] <= o[0] and o[1] in {e for _, e in words}
                                                    and _surname_taken_for_org(view, o, start, o[1]))]

    def bad(span: tuple[int, int]) -> bool:
        word = view.text[span[0] : span[1]].lower().strip("'’")
        return (
            _overlaps(span, role_spans)
            or _overlaps(span, org_spans)
            or word.endswith(view.lexicon.noun_endings or ("\0",))
            or word in view.lexicon.stopwords
            or word in view.english.stopwords
            or word in view.month_words
        )

    # lower-case words inside a run must be name particles ("de", "van"); anything else splits it
    pieces: list[list[tuple[int, int]]] = [[]]
    for i, span in enumerate(words):
        word = view.text[span[0] : span[1]]
        if word[:1].islower() and word.lower() not in view.both("particles"):
            pieces.append([])
        elif word.endswith(("'s", "’s")) and i < len(words) - 1:
            pieces.append([])  # "Bath's David VandeLinde": a possessive ends what comes before the name
        else:
            pieces[-1].append(span)
    words = max(pieces, key=len)
    stop = view.both("stopwords")
    lexicons = (view.lexicon, view.english)
    leading = [w for w in words if view.text[w[0] : w[1]].lower() not in stop
               or any(lex.org_prefixes.contains(view.text[w[0] : w[1]]) for lex in lexicons)]  # "La Banque Armor"
    if leading:
        first = view.text[leading[0][0] : leading[0][1]]
        last = view.text[words[-1][0] : words[-1][1]]
        lexicons = (view.lexicon, view.english)
        if any(lex.org_prefixes.contains(first) or lex.org_suffixes.contains(last) for lex in lexicons):
            return start, start  # "Banco Meridiano", "Halden Motors": an organization
    given = None  # "releva a Julio Rodríguez": a month's name before a surname is a given name
    while words and (bad(words[0]) or _is_honorific(view, words[0])):
        if len(words) == 2 and _month_as_given_name(view, words):
            given = words[0]
            break
        words.pop(0)
    title_after = None
    while words and bad(words[-1]) and words[-1] != given:
        title_after = words[-1] if _overlaps(words[-1], role_spans) else None
        words.pop()
    if title_after and words and title_after[0] == words[-1][1] + 1 and view.text[words[-1][0]].isupper():
        return start, start  # "Victoria's new Cross Border Commissioner": capitals run into a title, no name
    # a role or stop word inside the run splits it: keep the part nearest the end
    for i in range(len(words) - 1, -1, -1):
        if bad(words[i]) and words[i] != given:
            words = words[i + 1 :]
            break
    particles = view.both("particles")
    # particles are no words of their own: "Carlos Alberto Pereira de Oliveira" has four
    if len(words) < 2 or sum(view.text[s:e].lower() not in particles for s, e in words) > 4:
        return start, start
    return words[0][0], words[-1][1]


def _month_as_given_name(view: SentenceView, words: list[tuple[int, int]]) -> bool:
    """"Julio Rodríguez", "Abril Pérez": a month's name, capitalized, before a name word and after no
    number (not "7 de Julio", "3. März")."""
    first = view.text[words[0][0] : words[0][1]].lower()
    second = view.text[words[1][0] : words[1][1]]
    if len(first) <= 3 or first not in view.month_words or not _is_name_word(view, second) or not second[:1].isupper():
        return False
    if any(first in lex.stopwords or lex.roles.contains(first) for lex in (view.lexicon, view.english)):
        return False
    return not re.search(r"\d[.º°]?\s*(?:\w{1,3}\s+)?$", view.text[: words[0][0]])


def _is_honorific(view: SentenceView, span: tuple[int, int]) -> bool:
    word = view.text[span[0] : span[1]].rstrip(".")
    return view.lexicon.honorifics.contains(word) or view.english.honorifics.contains(word)


def _is_name_word(view: SentenceView, word: str) -> bool:
    w = word.lower().strip("'’")
    if len(w) < 2 or not w.isalpha():
        return False
    lex = view.lexicon
    if any(w.endswith(e) and len(w) >= len(e) + 4 for e in lex.noun_endings):
        return False  # a capitalized noun ("des Batterieherstellers Fjordcell"), not a name
    return not (
        w in lex.stopwords
        or w in view.english.stopwords
        or w in lex.prepositions
        or (w in view.month_words and len(w) > 3)  # "jan", "mar" are names as often as months
        or lex.roles.contains(w)
        or view.english.roles.contains(w)
        or lex.triggers.contains(w)
    )


def _name_after(view: SentenceView, pos: int, skip_org: bool = False) -> tuple[int, int] | None:
    """Up to three name words right after ``pos`` (after a role: "ceo di fjordcell anna berg")."""
    text = view.text
    if not view.lexicon.spaced or view.lexicon.base == "ko":  # Hangul has no capitals to go by
        return _cjk_name_after(view, pos)
    tokens = view.tokens_from(pos)
    if not tokens or tokens[0].start - pos > 3:
        return None
    i = 0
    if skip_org and tokens[0].lower in view.lexicon.prepositions | view.english.prepositions:
        i = min(2, len(tokens))  # "ceo di fjordcell anna berg": past the preposition and the organization
    picked: list = []
    # without capitals nothing marks where a name ends: two words ("anna berg ad assumersi")
    for tok in tokens[i : i + (2 if view.lower_cased else 3)]:
        if picked and tok.start - picked[-1].end > 2:
            break
        gap = text[picked[-1].end : tok.start] if picked else ""
        if gap.strip() not in ("", "-"):
            break
        if not _is_name_word(view, tok.text):
            break
        if not view.lower_cased and not tok.text[0].isupper():
            break
        picked.append(tok)
    if len(picked) >= 2:
        return picked[0].start, picked[-1].end
    return None


def _name_before(view: SentenceView, pos: int) -> tuple[int, int] | None:
    """The name right before an honorific: マスク氏, anna berg 氏, 김철수 씨, Tanaka-san."""
    text = view.text
    head = text[:pos].rstrip()
    for run in (_KATAKANA_RUN, _HANGUL_RUN, _LATIN_WORDS):
        m = None
        for candidate in run.finditer(head, max(0, len(head) - 40)):
            m = candidate
        if m and m.end() == len(head):
            if run is _LATIN_WORDS:
                words = [w for w in m.group().split() if _is_name_word(view, w)]
                if not words:
                    return None
                start = head.rfind(words[-min(len(words), 2)] if len(words) > 1 else words[-1])
                return start, len(head)
            return m.start(), m.end()
    if view.lexicon.base == "ja":
        span = _japanese_name_before(head)
        if span:
            return span
    m = re.search(rf"[{HAN}]{{2,4}}$", head) if view.lexicon.base == "ja" else re.search(rf"[{HAN}]{{2,3}}$", head)
    if m and view.lexicon.base in {"ja", "zh"}:
        start = m.start()
        if view.surnames:  # "同社社長" is no name: a native name starts with a family name
            while start < m.end() - 1 and view.text[start] not in view.surnames:
                start += 1
            if m.end() - start < 2:
                return None
        return start, m.end()
    return None


def _name_before_comma(view: SentenceView, pos: int) -> tuple[int, int] | None:
    """"anna berg, chief financial officer": two name words before a comma and a role."""
    if not view.lexicon.spaced:
        return None
    head = view.text[:pos]
    if not re.search(r",\s*(?:\w+\s+){0,2}$", head):
        return None
    tokens = [t for t in view.tokens if t.end <= len(head.rstrip().rsplit(",", 1)[0])]
    picked: list = []
    for tok in reversed(tokens[-3:]):
        if not _is_name_word(view, tok.text) or (not view.lower_cased and not tok.text[0].isupper()):
            break
        picked.insert(0, tok)
        if len(picked) == 3:
            break
    if len(picked) >= 2:
        return picked[0].start, picked[-1].end
    return None


def _cjk_name_after(view: SentenceView, pos: int) -> tuple[int, int] | None:
    """A native name right after a role title: 董事长曾毓群, 대표이사 김철수."""
    text = view.text
    rest = text[pos : pos + 6].lstrip()
    offset = pos + (len(text[pos : pos + 6]) - len(rest))
    copula = next((c for c in view.copulas if rest.startswith(c)), None)
    if copula:  # 教育处长是王泓翔, 卫生局长为徐迺维: "the post is X"
        rest, offset = rest[len(copula) :], offset + len(copula)
    stops = [(h.start, h.end) for h in view.lexicon.triggers.find(text[offset : offset + 8])]
    stops = [(s + offset, e + offset) for s, e in stops]
    if view.lexicon.base == "zh":
        m = re.match(rf"[{HAN}]{{2,3}}", rest)
        if m and m.group()[0] in view.surnames:
            end = _trim_right(view, offset + 1, offset + m.end(), stops)
            if end - offset >= 2:
                return offset, end
    if view.lexicon.base == "ko":
        # "원장에 양한광": a particle (no subject's) may close the title before the name
        glued = re.match(rf"([{HANGUL}]{{1,2}})\s+", rest)
        if glued and glued.group(1) in view.lexicon.stopwords and glued.group(1) not in view.subject_particles:
            rest, offset = rest[glued.end() :], offset + glued.end()
        if text[:pos].endswith(view.subject_particles) or not text[pos : pos + 1].isspace():
            # "대표가 지난달 사임": the title is the subject, what follows tells what it did; "감독석은",
            # "행장들의": the title is inside a longer word
            return None
        # the next word: a three-syllable name, perhaps with a particle ("대표이사 김도윤은")
        m = re.match(rf"([{HANGUL}]{{3}})([{HANGUL}]?)(?![{HANGUL}])", rest)
        if m and m.group(1)[0] in view.surnames and (not m.group(2) or m.group(2) in view.lexicon.stopwords):
            word = m.group(1)
            # a common word is no name ("지난해"; "전원이", "임기가": a word and its particle; "오르게": a verb)
            head = _zipf(word[:2], "ko")
            if _zipf(word, "ko") < 3.5 and head < 4 and not (word[2] in view.lexicon.stopwords and head >= 3):
                return offset, offset + 3
    return None
