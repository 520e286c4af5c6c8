"""Find organizations: gazetteer names in any script, Latin names inside CJK text,
CamelCase and acronym names, names with a company suffix, and whatever follows a role
title and its preposition ("chief technology officer di openai", "CEO of Microsoft").
A name found once as an organization is an organization everywhere in the document.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from peoplemoves.extract.frequency import zipf
from peoplemoves.extract.lexicon import Hit
from peoplemoves.extract.namelist import names_pattern
from peoplemoves.extract.view import SentenceView
from peoplemoves.languages import pack_for
from peoplemoves.temporal import find_dates


def _upper_class() -> str:
    """Every upper-case letter of the alphabetic scripts as one character class: names begin with "Ö",
    "Ł" or "М" as well as with "A"; ``[A-Z]`` cut "ÖBB-Holding AG" to "Holding AG"."""
    ranges: list[list[int]] = []
    for code in range(0x3000):
        if chr(code).isupper():
            if ranges and ranges[-1][1] == code - 1:
                ranges[-1][1] = code
            else:
                ranges.append([code, code])
    return "[" + "".join(re.escape(chr(a)) + ("-" + re.escape(chr(b)) if b > a else "") for a, b in ranges) + "]"


UP = _upper_class()
# CamelCase (OpenAI, LinkedIn, xAI) and acronyms (IBM, CATL, ÖBB, МВД), but not surnames built on a
# particle (McEwan, MacLeod, VandeLinde, DiMaggio, LeBlanc, DuPont-the-person); an
# acronym glued by a hyphen to a word before it ("Atlético-PR") is that word's tail, not a name
_CAMEL = re.compile(
    r"(?<![\w@])(?!Mc[A-Z]|Mac[A-Z]|Van(?:de|der|den)?[A-Z]|Di[A-Z]|De[A-Z]|Le[A-Z]|Du[A-Z]|Da[A-Z])(?:[A-Z]*[a-z]+[A-Z][\w]*|[a-z]+[A-Z][A-Za-z]*|(?<![\w]-)UP{2,6}\d?)(?![\w])"
    .replace("UP", UP)
)
_LATIN_IN_CJK = re.compile(
    r"(?<![A-Za-z0-9@])[A-Za-z][A-Za-z0-9&.\-]*(?:\s[A-Za-z][A-Za-z0-9&.\-]*){0,3}(?![A-Za-z0-9])"
)
#: capitalized words in a row; a possessive inside the run stays in it ("St. Luke's Hospital"), and so does
#: an elided article before a capital after the first word ("Asl Avezzano-Sulmona-L'Aquila"; "L'US X" at a
#: sentence start keeps its article out)
_CAP_RUN = re.compile(
    r"(?<![\w@])UP(?:[\w&.\-]|['’]s(?=\s+UP))*(?:\s+(?:&\s+)?UP(?:[\w&.\-]|['’](?=UP)|['’]s(?=\s+UP))*){0,4}"
    .replace("UP", UP))
_DATELINE = re.compile(r"UP+(?:[\s.\-]+UP+)*(?=\s*[,—–-])".replace("UP", UP))
_URL = re.compile(r"(?:https?://|www\.)\S+|@\w+", re.I)
_PERSON_LIKE = re.compile(r"[A-Z][a-z]+(?:[A-Z][a-z]+)?(?:\s[A-Z][a-z]+(?:[A-Z][a-z]+)?){1,2}")


@dataclass
class OrgMention:
    start: int
    end: int
    surface: str
    canonical: str | None = None  # from the gazetteer
    sentence: int = 0


def _words_ok(view: SentenceView, words: str) -> bool:
    w = words.lower().strip(" .-")
    if len(w) < 2 and words.strip() != "X":
        return False
    lex, en = view.lexicon, view.english
    return not (
        w in lex.stopwords or w in en.stopwords or lex.roles.contains(w) or en.roles.contains(w)
        or w in view.month_words or lex.triggers.contains(w)
    )


def org_mentions(view: SentenceView, roles: list[Hit]) -> list[OrgMention]:
    """Organizations one sentence shows by itself; ``with_known`` adds names found elsewhere."""
    text = view.text
    found: list[OrgMention] = []
    taken: list[tuple[int, int]] = [(h.start, h.end) for h in roles]

    def add(start: int, end: int, canonical: str | None = None) -> None:
        if end <= start or any(start < e and s < end for s, e in taken):
            return
        found.append(OrgMention(start, end, view.segment.text[start:end], canonical, view.index))
        taken.append((start, end))

    for lex in (view.lexicon, view.english):
        for hit in lex.gazetteer.find(text):
            add(hit.start, hit.end, hit.value)
    for m in _URL.finditer(text):
        taken.append((m.start(), m.end()))
    dateline = _DATELINE.match(text)
    if dateline:  # "LONDON, March 3 —", "LÉVIS — Le …", "SÃO PAULO,": a dateline's city, not an acronym
        taken.append((dateline.start(), dateline.end()))
    # whole names where the sentence shows them as companies, before their pieces match as acronyms
    for span in _subjects_of_transitive_verbs(view):
        add(*span)
    for hit in roles:
        span = _before_title(view, hit)
        if span:
            add(*span)
    if not view.lexicon.spaced or view.lexicon.base == "ko":
        for hit in view.lexicon.org_suffixes.find(text):
            span = _native_org_before(view, hit)
            if span:
                add(*span)
        for m in _LATIN_IN_CJK.finditer(text):
            word = m.group()
            # "Anna Berg" inside Chinese text, "anna berg 氏" inside Japanese text: people, not organizations
            honored = view.lexicon.honorifics.contains(text[m.end() : m.end() + 3].lstrip()[:2])
            if honored or _PERSON_LIKE.fullmatch(word) or re.fullmatch(r"[\d.\-]+|[a-z]", word):
                continue
            if re.search(r"\d", word):
                continue  # "GPT-4o", "H100": products and models, not organizations
            if _words_ok(view, word):
                add(m.start(), m.end())
        span = _announcer(view)
        if span:
            add(*span)
        span = _acting_topic(view)
        if span:
            add(*span)
        for span in _before_speaker(view):
            add(*span)
        for hit in roles:
            span = _between_name_and_title(view, hit)
            if span:
                add(*span)
    else:
        for m in _GUILLEMETS.finditer(text):  # «Северная гавань», „Rheinflug“: names in quotes
            if _words_ok(view, m.group(1)):
                add(m.start(1), m.end(1))
        stop = view.both("stopwords")
        for m in _CAP_RUN.finditer(text):
            words = m.group().split()
            lead = 0
            prefixes = (view.lexicon.org_prefixes, view.english.org_prefixes)
            while (lead < len(words) - 1 and words[lead].lower() in stop
                   and not (words[lead].isupper() and len(words[lead]) > 1)  # "O Serrano FC": "O" is an article
                   and not any(x.contains(words[lead]) for x in prefixes)):  # "La Banque Armor": past the article
                lead += 1
            if lead:
                words = words[lead:]
                m_start = m.start() + m.group().index(words[0])
            else:
                m_start = m.start()
            lexicons = (view.lexicon, view.english)
            m_end = m.end()
            marked = any(lex.org_prefixes.contains(words[0]) or lex.org_suffixes.contains(words[-1])
                         for lex in lexicons)
            if marked and len(words) == 1 and not any(lex.org_prefixes.contains(words[0]) for lex in lexicons):
                marked = False  # "the Board of X Limited": a suffix standing alone names nothing of its own
            if marked:
                # "Banco de Portugal", "Banca Monte dei Paschi di Siena", "Caja Rural del Sur": lower-case links
                adjective = _LOWER_WORD.match(text, m_end) if len(words) == 1 else None
                if adjective and (after := _LINKED_RUN.match(text, adjective.end())) and _words_ok(
                        view, adjective.group(1)) and after.group(1).lower().replace("’", "'") in _links(view):
                    words.append(adjective.group(1))  # "Banca popolare dell'Emilia", "Banque cantonale de Fribourg"
                    m_end = adjective.end()
                link = _LINKED_RUN.match(text, m_end)
                while link and link.group(1).lower().replace("’", "'") in _links(view):
                    words += link.group(1).split() + link.group(2).split()
                    m_end = link.end()
                    link = _LINKED_RUN.match(text, m_end)
            named = len(words) >= 2 and (
                marked
                or re.fullmatch(UP + "{2,4}", words[0]) is not None  # "US Lagunare", "AC Milan"
                or "&" in words
            )
            if named:
                last = words[-1]
                if last.endswith(".") and "." not in last[:-1] and not (len(last) <= 5 and any(
                        lex.org_suffixes.contains(last) for lex in lexicons)):  # "Inc.", "Corp." keep theirs
                    m_end -= 1  # "… Cantieri Liguri.": the sentence's full stop, not "Inc." or "S.p.A."
                if marked and not any(lex.org_prefixes.contains(words[0]) for lex in lexicons):
                    m_start = _through_joined_nouns(view, m_start)
                add(m_start, m_end)
        # acronyms and CamelCase after whole names: "National AIDS Control Council" is one name, not "AIDS"
        for m in _CAMEL.finditer(text):
            if _words_ok(view, m.group()):
                add(m.start(), m.end())
        for span in _bare_after_article(view):
            add(*span)
        for span in _lower_prefix_names(view):
            add(*span)
        for m in _CAP_RUN.finditer(text):  # last, so "l'université Claude-Bernard Lyon 1" stays whole
            if _numbered(view, m.group().split()):
                add(m.start(), m.end())
        found[:] = [_through_number(view, o) for o in found]
    for hit in roles:
        span = _genitive_after_title(view, hit)
        if span:
            add(*span)
    for hit in roles:
        span = _after_preposition(view, hit.end)
        if span and not (view.lexicon.spaced and _looks_personal(view, span)):
            add(*span)
    return found


_NUMBER_AFTER = re.compile(r"\s+\d{1,2}(?![\d.,:/%°'’]|\s*(?:%|\d))")


_WORD_AND_SPACE = re.compile(r"(\w+)\s+")


def place_topic(view: SentenceView) -> tuple[int, int] | None:
    """"Em Santo Tirso, X renunciou à presidência da câmara": in an article about municipal posts, the
    town a sentence opens with ("In X,", "Já em X,") stands for its council, the organization of the
    changes told after it. Only a capitalized run right after one of the language's prepositions, closed
    by a comma; the caller decides whether the article is about such posts."""
    first = _WORD_AND_SPACE.match(view.text)
    if not first:
        return None
    opener = first if first.group(1).lower() in view.lexicon.prepositions else None
    if opener is None:  # "Já em X,": one word may come before the preposition
        second = _WORD_AND_SPACE.match(view.text, first.end())
        opener = second if second and second.group(1).lower() in view.lexicon.prepositions else None
    if opener is None:
        return None
    run = _CAP_RUN.match(view.text, opener.end())
    if not run or view.text[run.end() : run.end() + 1] != ",":
        return None
    if not _words_ok(view, run.group()):
        return None
    return run.start(), run.end()


def _numbered(view: SentenceView, words: list[str]) -> bool:
    """"Roma Tre", "Lyon Deux": a place numbered by a number word names one institution of several
    (universities, health authorities). Months and weekdays ("March Two") are no such names."""
    return (len(words) >= 2 and words[-1].lower() in view.lexicon.numbers
            and not any(w.lower() in view.month_words for w in words))


def _through_number(view: SentenceView, org: OrgMention) -> OrgMention:
    """"dell'Asl 1 imperiese", "Paris 8": a number right after an organization's name is part of it."""
    digit = _NUMBER_AFTER.match(view.text, org.end)
    if not digit or org.canonical:
        return org
    end = digit.end()
    return OrgMention(org.start, end, view.segment.text[org.start:end], None, org.sentence)


_JOINED_BEFORE = re.compile(r"(?:^|\s)((?:UP[a-zß-ÿ]+\s+){1,2})(?:and|&|und|et|e|y|и)\s+$".replace("UP", UP))


def _through_joined_nouns(view: SentenceView, start: int) -> int:
    """"Pharmacy and Poisons Board", "Kenya Ports and Harbours Authority": a name with a suffix goes on
    back through a conjunction to capitalized common nouns before it (never to a person's name:
    only words the language's frequency list knows lower-cased as common words)."""
    m = _JOINED_BEFORE.search(view.text[max(0, start - 40) : start])
    if not m:
        return start
    words = m.group(1).split()
    lang = view.lexicon.base
    if not all(_common_word(w.lower(), lang) for w in words):
        return start
    return start - len(view.text[max(0, start - 40) : start]) + m.start(1)


@cache
def _common_word(word: str, lang: str) -> bool:
    """A common noun (Pharmacy, Poisons) and no very common word of every sentence (and, the)."""
    return 3.0 <= zipf(word, lang) < 5.0


@cache
def _bare_articles(base: str) -> re.Pattern[str] | None:
    """The ``[orgs] bare_after`` articles of a language as one pattern: "el", "il", "l'", "do"."""
    pack = pack_for(base)
    words = pack.data.get("orgs", {}).get("bare_after", []) if pack else []
    if not words:
        return None
    alts = sorted((re.escape(w) + ("" if w.endswith(("'", "’")) else r"\s+") for w in words), key=len, reverse=True)
    name = r"(UP[\w\-]*\w)".replace("UP", UP)
    return re.compile(r"(?<![\w'’])(?:" + "|".join(alts).replace("'", "['’]") + ")" + name + r"(?![\w'’])", re.I)


def _bare_after_article(view: SentenceView) -> list[tuple[int, int]]:
    """"El Sevilla destituye…", "la Cremonese sostituì…", "deixou o Atlético-PR": in languages that put
    no article before a person's or a city's name, one capitalized word after a definite article is a
    club or a company. A longer capitalized run is left to the other rules."""
    pattern = _bare_articles(view.lexicon.base)
    if pattern is None or view.lower_cased:
        return []
    spans = []
    for m in pattern.finditer(view.text):
        word, rest = m.group(1), view.text[m.end(1) :]
        if not word[0].isupper() or len(word) < 3:
            continue
        if re.match(r"\s+(?:&\s+)?" + UP, rest) or _LINKED_RUN.match(rest) or not _words_ok(view, word):
            continue  # "il Monte dei Paschi", "el Real Madrid": a longer name, found (or not) as a whole
        spans.append((m.start(1), m.end(1)))
    return spans


@cache
def _title_genitive(base: str) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """``[orgs] genitive_after_title`` (the nouns a capitalized adjective names a region with:
    "области", "края") and the endings of declined surnames (``[names] case_surname``), or None
    when the language does not name organizations in the genitive right after a title."""
    pack = pack_for(base)
    nouns = pack.data.get("orgs", {}).get("genitive_after_title") if pack else None
    if nouns is None:
        return None
    endings = tuple(str(pair[0]) for pair in pack.data.get("names", {}).get("case_surname", []))
    return tuple(str(n) for n in nouns), endings


def _genitive_after_title(view: SentenceView, hit: Hit) -> tuple[int, int] | None:
    """"президента Росбанка", "Глава Катав-Ивановска", "Губернатор Свердловской области": a language
    that declines names puts the organization right after the title, without a preposition. One
    capitalized word (or an adjective and a region noun) is the organization, also before a person's
    two-word name; two capitalized words alone, or a word declined like a surname
    ("вице-губернатора Горлова"), are a person."""
    table = _title_genitive(view.lexicon.base)
    if table is None or view.lower_cased:
        return None
    nouns, endings = table
    m = re.compile(r"\s(UP[\w\-]*\w)".replace("UP", UP)).match(view.text, hit.end)
    if not m or not _words_ok(view, m.group(1)):
        return None
    rest = view.text[m.end() :]
    region = re.match(r"\s+(\w+)", rest)
    if region and region.group(1).lower() in nouns:
        return m.start(1), m.end() + region.end()
    following = re.match(r"(?:\s+UP[\w\-]*)*".replace("UP", UP), rest).group().split()
    if len(following) == 1 or rest.lstrip().startswith("«") or m.group(1).lower().endswith(endings):
        return None  # "президента Владимира Орлова"; but "Глава Катав-Ивановска Андрей Елисеев"
    return m.start(1), m.end(1)


_LOWER_PREFIX = re.compile(r"(?<![\w\-])([a-zà-ÿ]{4,})\s+(UP[\w\-]*\w(?:\s+UP[\w\-]*\w){0,2}(?:\s+\d{1,2}\b)?)"
                           .replace("UP", UP))


def _lower_prefix_names(view: SentenceView) -> list[tuple[int, int]]:
    """"l'université Jean-Monnet", "le groupe Valcourt": an organization word written in lower case
    inside a sentence, then the capitalized name, is one organization (the word is part of its name)."""
    if view.lower_cased:
        return []
    spans = []
    described = {d for d in view.lexicon.org_descriptors if " " not in d} if view.lexicon.spaced else set()
    for m in _LOWER_PREFIX.finditer(view.text):
        prefix = any(lex.org_prefixes.contains(m.group(1)) for lex in (view.lexicon, view.english))
        if not prefix and m.group(1) not in described:
            continue
        words = m.group(2).split()
        if _name_shaped(words) or not all(_words_ok(view, w) for w in words if not w.isdigit()):
            continue  # "le groupe Anna Berg": a person's name after the word is no part of it
        # "sportswear maker Puma": a describing noun ([orgs] descriptors) is no part of the name after it
        spans.append((m.start(1) if prefix else m.start(2), m.end(2)))
    return spans


#: short words that may stand between a subject and its verb ("a limogé", "has named", "ha nombrado")
_AUX = re.compile(r"(?:\s+[a-zà-ÿ]{1,5}){0,2}\s*$")
_OBJECT_NAME = re.compile(r"\s*(?:(?:a|à|al|ad)\s+)?[A-ZÀ-ÖØ-Þ][\w\-]+")


def _subjects_of_transitive_verbs(view: SentenceView) -> list[tuple[int, int]]:
    """"El Sevilla destituye a Eduardo Berizzo", "le groupe Valcourt a nommé Hélène Marchais": who appoints
    or fires someone named right after the verb is the organization."""
    if not view.lexicon.spaced or view.lower_cased or view.verb_final or view.lexicon.base == "ko":
        return []
    spans = []
    for hit in view.lexicon.triggers.find(view.text):
        kind, _, cause = hit.value.partition(":")
        if not (kind == "start_position" or cause == "dismissed") or not _OBJECT_NAME.match(view.text, hit.end):
            continue
        before = view.text[max(0, hit.start - 80) : hit.start]
        aux = _AUX.search(before)
        head = before[: aux.start()] if aux else before
        m = _RUN_BEFORE.search(head + " ")
        if not m:
            continue
        offset = hit.start - len(before)
        after = offset + m.end(1) + 1
        fake = Hit(after, after, "", "")  # the run stands where a title would follow it
        span = _before_title(view, fake, subject=True)
        if span:
            spans.append(span)
    return spans


#: a lower-case link and the capitalized words after it; an elided link ("dell'Emilia", "d'Italia") is
#: glued to the next word by its apostrophe
_LINKED_RUN = re.compile(
    r"\s+([a-zà-ÿ]{1,4}(?:\s+[a-zà-ÿ']{1,3})?(?=\s)|[a-zà-ÿ]{1,4}['’](?=\S))\s*"
    r"([A-ZÀ-ÖØ-Þ][\w&.\-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w&.\-]*){0,3})"
)


#: one lower-case adjective after a name's first word ("Banca popolare", "Banque cantonale")
_LOWER_WORD = re.compile(r"\s+([a-zà-ÿ]{5,14})(?=\s)")


def _links(view: SentenceView) -> frozenset[str]:
    """Link words inside names ("de", "del", "dei", "di la", "of"): the language's prepositions and articles."""
    words = view.lexicon.prepositions | view.english.prepositions | view.lexicon.articles
    return frozenset(words) | frozenset(f"{a} {b}" for a in view.lexicon.prepositions for b in view.lexicon.articles)


_RUN_BEFORE = re.compile(
    r"(?<![\w@])(UP[\w&.\-]*(?:\s+(?:&\s+)?UP(?:[\w&.\-]|['’](?=UP))*){0,3})(?:['’]s)?\s+$".replace("UP", UP)
)
#: a capitalized word before a title is a company unless it is a common word ("German chancellor",
#: "Outgoing CEO" at a sentence start): Zipf frequency limits in the text's language or English
COMMON_BEFORE_TITLE_ZIPF = 4.2
COMMON_AT_START_ZIPF = 2.5


def _name_shaped(words: list[str]) -> bool:
    """Two or three words in title case ("Hélène Marchais"): how a person's name looks."""
    return 2 <= len(words) <= 3 and all(w[:1].isupper() and w[1:].replace("-", "").islower() for w in words)


def _before_title(view: SentenceView, hit: Hit, subject: bool = False) -> tuple[int, int] | None:
    """"Fjordcell chief executive X", "Veltra's chairman": the name written right before a title."""
    if not view.lexicon.spaced or view.lower_cased or view.lexicon.base == "ko":
        return None
    m = _RUN_BEFORE.search(view.text, max(0, hit.start - 60), hit.start)
    if not m:
        return None
    start = m.start(1)
    words = m.group(1).split()
    lexicons = (view.lexicon, view.english)
    while words and not any(lex.org_prefixes.contains(words[0]) for lex in lexicons) and (
            not _words_ok(view, words[0])
            or any(matcher.contains(words[0].lower()) for lex in lexicons for matcher in lex.cues.values())):
        start = view.text.index(words[0], start) + len(words[0])
        start += len(view.text[start:]) - len(view.text[start:].lstrip())
        words = words[1:]
    if not words or any(not _words_ok(view, w) for w in words):
        return None
    if len(words) == 1:
        word = words[0].lower()
        limit = COMMON_AT_START_ZIPF if not view.text[:start].strip() else COMMON_BEFORE_TITLE_ZIPF
        if max(zipf(word, view.lexicon.base), zipf(word, "en")) >= limit:
            return None
    possessive = bool(re.search(r"['’]s\s*$", view.text[m.start(1) : hit.start]))
    marked = any(lex.org_suffixes.contains(words[-1]) or lex.org_prefixes.contains(words[0]) for lex in lexicons)
    if len(words) >= 2 and not possessive and not marked and (not subject or _name_shaped(words)):
        # "Hélène Marchais directrice générale", "Anna Berg chairman": a person before a title; as the
        # subject of "appointed", two title-case words are a person's name as often as a company's
        return None
    end = start + len(view.text[start:m.end(1)].rstrip())
    return start, end


_NATIVE_HEAD = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7afA-Za-z0-9]{1,10}$")


def _add_known(view: SentenceView, known: dict[str, str], add) -> None:
    pattern = names_pattern(tuple(known), view.lower_cased)
    if pattern is None:
        return
    folded = {k.casefold(): v for k, v in known.items()} if view.lower_cased else known
    for m in pattern.finditer(view.text):
        add(m.start(), m.end(), folded.get(m.group().casefold() if view.lower_cased else m.group()))


def with_known(view: SentenceView, found: list[OrgMention], known: dict[str, str]) -> list[OrgMention]:
    """A sentence's organizations plus every other place a name found elsewhere in the document recurs."""
    out = list(found)
    taken = [(o.start, o.end) for o in out]

    def add(start: int, end: int, canonical: str | None = None) -> None:
        if end > start and not any(start < e and s < end for s, e in taken):
            out.append(OrgMention(start, end, view.segment.text[start:end], canonical, view.index))
            taken.append((start, end))

    _add_known(view, known, add)
    return sorted(out, key=lambda o: o.start)


def bare_name(view: SentenceView, org: OrgMention) -> str | None:
    """"上海申花俱乐部" … "申花在声明中写道": text without spaces names a club or company by its own two
    characters once it has named it in full (a two-character place, those two, a suffix). The bare
    name is kept only when it is no suffix, title or stop word itself (招商银行股份有限公司 → no "银行")."""
    if view.lexicon.spaced or org.canonical:
        return None
    suffixes = [h for h in view.lexicon.org_suffixes.find(view.text) if h.end == org.end and h.start > org.start]
    if not suffixes:
        return None
    stem = view.text[org.start : min(h.start for h in suffixes)]
    if len(stem) != 4 or not all("\u4e00" <= ch <= "\u9fff" for ch in stem):
        return None
    tail = stem[2:]
    lex = view.lexicon
    if lex.org_suffixes.contains(tail) or lex.roles.contains(tail) or tail in lex.stopwords or tail[0] in lex.surnames:
        return None
    return tail


@cache
def _inner_conjunctions(base: str) -> tuple[str, ...]:
    """``[orgs] inner_conjunctions``: conjunctions that may stand inside one name ("政制及内地事务局")."""
    pack = pack_for(base)
    return tuple(str(w) for w in pack.data.get("orgs", {}).get("inner_conjunctions", [])) if pack else ()


def _through_inner_conjunction(view: SentenceView, start: int) -> int:
    """"政制及内地事务局": a name cut at 及 or 暨 goes on to the words before the conjunction, unless those
    words are an organization of their own ("台湾金控暨台湾银行": two organizations)."""
    text, lex = view.text, view.lexicon
    conj = next((c for c in _inner_conjunctions(lex.base) if text.endswith(c, 0, start)), None)
    if conj is None:
        return start
    k = start - len(conj)
    i = k
    while i > 0 and k - i < 8 and _NATIVE_HEAD.match(text[i - 1]) and text[i - 1] not in lex.boundary_chars:
        i -= 1
    before = text[i:k]
    if len(before) < 2 or lex.org_suffixes.find(before[-2:]) or lex.roles.contains(before):
        return start
    if any(before.endswith(w) for w in lex.org_descriptors if w.strip()):
        return start
    return i


#: counters that follow a number and end a phrase before a name: "年滿60歲的…局", "1982년 …"
_COUNTERS = "歲岁年月日号號名位个個届屆년월일세"


def _past_numbers_and_particles(view: SentenceView, start: int, end: int) -> int:
    """"年滿60歲的公務員事務局", "去年已獲延任一年的兆豐投信": a native name starts after a number (and
    its counter) and, in Chinese, after the possessive 的, which no company name contains."""
    text = view.text
    last_digit = max((i for i in range(start, end) if text[i].isdigit()), default=-1)
    if last_digit >= 0:
        start = last_digit + 1
        if start < end and text[start] in _COUNTERS:
            start += 1
    if view.lexicon.base == "zh":
        k = text.rfind("的", start, end)
        if k >= 0:
            start = k + 1
    while start < end and text[start] in " 　":
        start += 1
    return start


def _native_org_before(view: SentenceView, suffix: Hit) -> tuple[int, int] | None:
    """东和精机公司, フィヨルドセル社, 누리페이 그룹: a name written before a company suffix."""
    before = view.text[: suffix.start]
    head = _NATIVE_HEAD.search(before.rstrip() if view.lexicon.base == "ko" else before)
    if not head:
        return None
    start = head.start()
    boundaries = view.lexicon.boundary_chars
    for i in range(head.end() - 1, head.start() - 1, -1):
        if view.text[i] in boundaries:
            start = i + 1
            break
    for word in view.lexicon.org_descriptors:  # "食品大廠聯宏食品": the name starts after its description
        k = view.text.rfind(word, start, head.end())
        if word.strip() and k >= 0 and k + len(word) < head.end() - 1:
            start = k + len(word)
    start = _through_inner_conjunction(view, start)
    start = _past_numbers_and_particles(view, start, head.end())
    name = view.text[start : head.end()]
    latin = re.search(r"[A-Za-z][A-Za-z0-9&.\-]+$", name)
    if latin and latin.start() > 0 and not name[latin.start() - 1].isascii():
        # "…創建者OpenAI公司": a Latin company name right before the suffix stands alone
        start += latin.start()
        name = name[latin.start() :]
    for word in view.lexicon.org_determiners:
        if name.startswith(word):
            return None
    if len(name) < 2 or view.lexicon.roles.contains(name) or view.lexicon.triggers.contains(name):
        return None
    return start, suffix.end


_GUILLEMETS = re.compile(r"[«„]([A-ZА-ЯЁ][^»“”\n]{1,40}?)[»“”]")
_PAREN = re.compile(r"[(（][^)）]{0,20}[)）]")


@cache
def _speakers(base: str) -> tuple[str, ...]:
    """``[orgs] speakers``: nouns for who speaks for an organization ("관계자", "대변인", "측")."""
    pack = pack_for(base)
    return tuple(str(w) for w in pack.data.get("orgs", {}).get("speakers", [])) if pack else ()


def _without_speaker(base: str, name: str) -> str:
    """"서울시 관계자는 … 밝혔다": the official speaks, the organization is the city, not "서울시 관계자"."""
    for word in _speakers(base):
        if name.endswith(" " + word):
            return name[: -len(word)].rstrip()
    return name


def _before_speaker(view: SentenceView) -> list[tuple[int, int]]:
    """"서울시 관계자에 따르면", "구단 측은": the word right before a spokesman noun names the organization,
    unless it only describes one (구단, 회사) or points at one (해당, 이)."""
    lex = view.lexicon
    spans = []
    for word in _speakers(lex.base):
        for m in re.finditer(r"(?<!\S)(\S{2,12})\s+" + re.escape(word) + r"(?!\w{0,1}\w\w)", view.text):
            name = m.group(1)
            if name in lex.org_descriptors or name in lex.org_determiners or not _words_ok(view, name):
                continue
            if re.search(r"[\d.,:;\"'“”‘’()]", name):
                continue
            spans.append((m.start(1), m.end(1)))
    return spans


@cache
def _org_between_name_and_title(base: str) -> bool:
    """``[orgs] org_between_name_and_title``: the language writes "PERSON ORG TITLE" ("남기일 제주 감독")."""
    pack = pack_for(base)
    return bool(pack.data.get("orgs", {}).get("org_between_name_and_title", False)) if pack else False


def _between_name_and_title(view: SentenceView, hit: Hit) -> tuple[int, int] | None:
    """"남기일 제주 감독은": a bare place or club between a person's name (a family name and one or two
    syllables) and the title is where the person holds it."""
    lex = view.lexicon
    if not lex.surnames or not _org_between_name_and_title(lex.base):
        return None
    m = re.search(r"(?<!\S)(\w{2,4})\s+(\w{2,10})\s+$", view.text[: hit.start])
    if not m or m.group(1)[0] not in lex.surnames or not m.group(1).isalpha():
        return None
    name = m.group(2)
    if len(m.group(1)) != 3 or (len(name) == 3 and name[0] in lex.surnames):
        return None  # "구단은 김민수 수석코치를": the word before the title is the person
    if name in lex.org_descriptors or name in lex.org_determiners or not _words_ok(view, name):
        return None
    if lex.roles.contains(name) or lex.triggers.contains(name) or not name.isalpha():
        return None
    return m.start(2), m.end(2)


def _announcer(view: SentenceView) -> tuple[int, int] | None:
    """フィヨルドセルは…発表した, 云翎科技上周三…宣布, 누리페이가…밝혔다: who announces is the company."""
    lex = view.lexicon
    if not lex.org_announce:
        return None
    verbs = lex.org_announce.find(view.text)
    if not verbs:
        return None
    text = view.text
    end = verbs[0].start
    if lex.subject_particles:
        # a particle ends a word: in Korean a space follows it (the 이 inside 누리페이 is no particle)
        tail = r"(?=\s)" if lex.spaced else ""
        marks = [m.start() for p in lex.subject_particles for m in re.finditer(re.escape(p) + tail, text[:end])]
        marks = [m for m in marks if m > 0]
        if not marks:
            return None
        end = min(marks)
    # stop before a date ("昨（19）日", "上周三") or a place in parentheses
    for m in find_dates(text[:end], view.lang, None):
        end = min(end, m.start)
    paren = _PAREN.search(text, 0, end)
    if paren:
        end = min(end, paren.start())
    start = 0
    for word in lex.org_descriptors:
        k = text.rfind(word, 0, end)
        if k >= 0:
            start = max(start, k + len(word))
    for i in range(end - 1, start - 1, -1):
        if text[i] in lex.boundary_chars or text[i] in "の、,，":
            start = max(start, i + 1)
            break
    name = _without_speaker(lex.base, text[start:end].strip())
    if not (2 <= len(name) <= 12) or any(name.startswith(d) for d in lex.org_determiners):
        return None
    if lex.roles.contains(name) or lex.triggers.contains(name) or re.search(r"\d", name):
        return None
    offset = text.index(name, start)
    return offset, offset + len(name)


_HANGUL_WORD = re.compile(r"[\uac00-\ud7af]{2,8}")


def _acting_topic(view: SentenceView) -> tuple[int, int] | None:
    """"최하위 수원은 같은 날 김병수 감독을 경질하고", "구단은 …": in a Korean sentence that tells a change,
    the subject opening it, when it is no person, is the club or company that acts. A three-syllable
    word headed by a family name reads as a person and is left alone, as are titles and common words.
    """
    if view.lexicon.base != "ko" or not view.lexicon.subject_particles:
        return None
    if not view.lexicon.triggers.find(view.text):
        return None
    particles = sorted(view.lexicon.subject_particles, key=len, reverse=True)
    pos = 0
    for token in view.text.split()[:2]:
        start = view.text.index(token, pos)
        pos = start + len(token)
        particle = next((p for p in particles if token.endswith(p) and len(token) > len(p)), None)
        if particle is None:
            continue
        stem = token[: -len(particle)]
        if not _HANGUL_WORD.fullmatch(stem) or len(stem) > 6:
            return None
        if len(stem) == 3 and stem[0] in _korean_family_initials():
            return None  # 김병수는: a person
        if stem in _speakers(view.lexicon.base):
            return None  # "한빛시 관계자는": the one speaking for the organization, which _before_speaker finds
        if (view.lexicon.roles.contains(stem) or stem in view.lexicon.stopwords
                or any(stem == d.strip() for d in view.lexicon.org_descriptors) or stem in view.lexicon.not_orgs):
            return None
        return start, start + len(stem)
    return None


@cache
def _korean_family_initials() -> frozenset[str]:
    from peoplemoves.names.korean import family_names
    return frozenset(name[0] for name in family_names())


def _looks_personal(view: SentenceView, span: tuple[int, int]) -> bool:
    """"presidente de la junta de Anna Berg": a name-shaped span after a role is a person."""
    words = view.text[span[0] : span[1]].split()
    if not _PERSON_LIKE.fullmatch(" ".join(words)):
        return False
    return not any(s.contains(words[-1]) for s in (view.lexicon.org_suffixes, view.english.org_suffixes))


def _after_preposition(view: SentenceView, pos: int) -> tuple[int, int] | None:
    """The organization in "ROLE of ORG"; along a chain ("head of launches of tesla") the last link."""
    tokens = view.tokens_from(pos)[:12]
    if not tokens or tokens[0].start - pos > 2:
        return None
    preps = view.lexicon.prepositions | view.english.prepositions
    best: tuple[int, int] | None = None
    i = 0
    for _ in range(4):
        j = i
        while j < len(tokens) and tokens[j].lower in preps and j - i < 2:
            j += 1
        if j == i or j >= len(tokens) or view.text[tokens[j - 1].end : tokens[j].start].strip():
            break
        head = tokens[j]
        if not _words_ok(view, head.text) or (not view.lower_cased and not head.text[0].isupper()):
            break
        end = head.end
        k = j + 1
        while k < len(tokens) and k <= j + 2 and not view.lower_cased:
            tok = tokens[k]
            if view.text[end : tok.start].strip() or not tok.text[0].isupper():
                break
            end = tok.end
            k += 1
        best = (head.start, end)
        if not view.lower_cased:
            break  # in cased text the first capitalized name is the organization
        i = k
    return best


#: how many letters an inflected form may add to a word ("Sparkassenverband|s", "Росбанк|а")
INFLECTION_LETTERS = 2
#: how many characters a CJK short form may leave off its full name ("新光金" for "新光金控")
CJK_SHORT_FORM_GAP = 2


def _inflected(a: str, b: str) -> bool:
    """Two words that differ only by an ending: "Sparkassenverbands"/"Sparkassenverband", "Росбанка"/"Росбанк"."""
    short, long = sorted((a, b), key=len)
    return short == long or (
        len(short) >= 4 and long.startswith(short) and len(long) - len(short) <= INFLECTION_LETTERS
    )


def _variant_of(a: str, b: str) -> bool:
    """Is name ``a`` a short or inflected form of name ``b`` in the same text?

    "Moyne" of "Moyne Shire Council" (the first words), "supermercados Covirán" of "Covirán" (a describing
    word before it), "Sparkassenverbands Rheinland-Pfalz" of
    "Sparkassenverband Rheinland-Pfalz" (word by word, endings apart), 新光金 of 新光金控 (a CJK prefix)."""
    if a == b:
        return False
    wa, wb = a.split(), b.split()
    if len(wa) == len(wb) and all(_inflected(x, y) for x, y in zip(wa, wb, strict=True)):
        return len(a) != len(b) or a < b
    if len(wa) < len(wb) and wb[: len(wa)] == wa:
        return True
    if len(wa) == len(wb) + 1 and wa[0].islower() and wa[1:] == wb:
        return True  # "supermercados Covirán" of "Covirán": a lower-case word that describes it
    cjk = re.fullmatch(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]{2,}", a) is not None
    return cjk and b.startswith(a) and len(b) - len(a) <= CJK_SHORT_FORM_GAP


def tie_forms(found: list[list[OrgMention]], name_of: Callable[[OrgMention], str]) -> None:
    """Give every form of one organization the name of its main form, so that counting names (the
    article's main organization) and matching events see one organization, not two.

    A short or inflected form and the one name it is a variant of are named by the form the article
    uses most (then the longest); a form that could belong to two different names ("Sparkasse" of
    two savings banks) stays as it is."""
    counts = Counter(name_of(m) for mentions in found for m in mentions)
    target: dict[str, str] = {}
    for name in counts:
        fuller = {min(_family(f, counts), key=len) for f in counts if _variant_of(name, f)}
        if len(fuller) != 1:
            continue
        group = {name, *_family(name, counts), *_family(next(iter(fuller)), counts)}
        # the form the article uses most, never one led by a describing lower-case word ("supermercados X")
        head = min(group, key=lambda x: (x[:1].islower(), -counts[x], -len(x)))
        for form in group - {head}:
            target[form] = head
    for mentions in found:
        for m in mentions:
            name = name_of(m)
            if name in target:
                m.canonical = target[name]


def _family(name: str, counts: Counter[str]) -> list[str]:
    """A name and its inflected forms among the document's names (word by word, endings apart)."""
    words = name.split()
    return [o for o in counts if len(o.split()) == len(words)
            and all(_inflected(x, y) for x, y in zip(o.split(), words, strict=True))]
