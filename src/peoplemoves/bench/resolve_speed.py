"""Benchmark of the resolve layer: entity resolution, story grouping, facts and positions over
N generated documents (default 100,000), measured in time and peak memory.

The documents are generated at the resolve layer's input (documents with their extracted
events and entities), because running extraction over 100,000 articles would measure
extraction. Each story is told by one to eight documents in several languages; people
appear under a Latin name, a native transliteration with the Latin original in brackets,
a native form alone, or a surname alone, as real multilingual coverage has them.
"""

from __future__ import annotations

import random
import resource
import sys
import time
from dataclasses import dataclass

from peoplemoves.resolve import SourceDocument, resolve_documents
from peoplemoves.resolve.records import SourceEntity, SourceEvent

_SYLLABLES = ["ka", "ri", "mo", "ten", "sa", "lo", "vi", "na", "dor", "bel", "ha", "gu", "min", "tor", "e", "li",
              "zan", "pe", "qui", "fa", "jo", "wen", "bra", "sto", "u", "del", "gri", "mar", "os", "chi", "lu", "ne"]
_HAN = "安贝卡德尔费格哈伊扬科拉马纳奥帕奇罗萨塔乌瓦西约泽"
_KANA = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモラリルレロ"
_LANGS = ["en", "zh-Hans", "ja", "es", "it", "fr", "de", "pt", "ko", "ru", "zh-Hant"]
_KINDS = ["start_position", "end_position", "end_position", "leave_of_absence"]
_ROLES = ["chief executive officer", "chief financial officer", "chief technology officer", "president", None]


@dataclass(frozen=True)
class Person:
    given: str
    family: str
    han: str
    kana: str

    @property
    def latin(self) -> str:
        return f"{self.given} {self.family}"


def _word(rng: random.Random, parts: int) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(parts)).capitalize()


def _person(rng: random.Random) -> Person:
    given, family = _word(rng, 2), _word(rng, rng.randint(2, 3))
    han = "".join(rng.choice(_HAN) for _ in range(2)) + "·" + "".join(rng.choice(_HAN) for _ in range(3))
    kana = "".join(rng.choice(_KANA) for _ in range(3)) + "・" + "".join(rng.choice(_KANA) for _ in range(4))
    return Person(given, family, han, kana)


def _forms(person: Person, lang: str, rng: random.Random) -> tuple[str, str | None, tuple[str, ...]]:
    """(extracted name, native form, mentions) the way a document in ``lang`` would give them."""
    if lang.startswith("zh"):
        if rng.random() < 0.6:
            return person.latin, person.han, (person.han, person.latin, person.han.split("·")[1])
        return person.han, person.han, (person.han, person.han.split("·")[1])
    if lang == "ja":
        return person.kana, person.kana, (person.kana,)
    if rng.random() < 0.1:
        return person.family, None, (person.family,)
    return person.latin, None, (person.latin, person.family)


def generate(n: int, seed: int = 0) -> list[SourceDocument]:
    rng = random.Random(seed)
    people = [_person(rng) for _ in range(max(10, n // 3))]
    orgs = [_word(rng, 3) + rng.choice(["", " Group", " Bank", " Motors", " Labs"]) for _ in range(max(5, n // 7))]
    docs: list[SourceDocument] = []
    day0 = 19_000  # days since 1970: 2022
    while len(docs) < n:
        person, org = rng.choice(people), rng.choice(orgs)
        kind, role = rng.choice(_KINDS), rng.choice(_ROLES)
        day = day0 + rng.randint(0, 900)
        background = [(rng.choice(people), rng.choice(orgs), rng.choice(_KINDS)) for _ in range(rng.randint(0, 3))]
        for lang in rng.sample(_LANGS, rng.randint(1, 8)):
            if len(docs) >= n:
                break
            doc_id = f"{len(docs):012x}"
            published = time.strftime("%Y-%m-%d", time.gmtime((day + rng.randint(0, 2)) * 86400))
            doc = SourceDocument(doc_id, f"doc-{len(docs)}", published, [lang], published + "T00:00:00", 3000)
            name, native, mentions = _forms(person, lang, rng)
            doc.entities.append(SourceEntity(doc_id, "person", name, native, mentions))
            doc.entities.append(SourceEntity(doc_id, "org", org, None, (org,)))
            # one source in ten dates the change a day off, as time zones and translations do
            shift = 1 if rng.random() < 0.1 else 0
            date = time.strftime("%Y-%m-%d", time.gmtime((day + shift) * 86400)) if rng.random() < 0.8 else None
            doc.events.append(SourceEvent(len(docs) * 10, doc_id, kind, name, org, role,
                                          "resigned" if kind == "end_position" else None, False, date, "reported",
                                          f"{name} ... {org}", 100, 180, lang))
            for k, (p, o, bkind) in enumerate(background):
                bname, bnative, bmentions = _forms(p, lang, rng)
                doc.entities.append(SourceEntity(doc_id, "person", bname, bnative, bmentions))
                doc.entities.append(SourceEntity(doc_id, "org", o, None, (o,)))
                doc.events.append(SourceEvent(len(docs) * 10 + k + 1, doc_id, bkind, bname, o, None, None, False,
                                              str(2000 + rng.randint(0, 20)), "reported", f"{bname} ... {o}",
                                              2000, 2050, lang))
            docs.append(doc)
    return docs


def _peak_mb() -> float:
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / (1024 * 1024) if sys.platform == "darwin" else rss / 1024


def run(n: int, seed: int = 0) -> dict[str, float | int]:
    start = time.perf_counter()
    docs = generate(n, seed)
    generated = time.perf_counter()
    res = resolve_documents(docs)
    resolved = time.perf_counter()
    return {
        "documents": n,
        "generate_s": round(generated - start, 2),
        "resolve_s": round(resolved - generated, 2),
        "documents_per_s": round(n / (resolved - generated), 1),
        "peak_rss_mb": round(_peak_mb(), 1),
        "people": sum(1 for e in res.entities if e.kind == "person"),
        "organizations": sum(1 for e in res.entities if e.kind == "org"),
        "stories": len(res.stories),
        "facts": len(res.facts),
        "conflicting_facts": sum(1 for f in res.facts if f.conflict),
        "positions": len(res.positions),
    }
