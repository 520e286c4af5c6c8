"""Language of each segment, as a BCP-47 tag.

Scripts decide what a model would guess badly: kana means Japanese, Hangul Korean,
Cyrillic Russian, Han without kana Chinese, and OpenCC's conversion tables tell
Simplified from Traditional. Only Latin-script text goes to the statistical model
(py3langid), ranked among the supported Latin languages; short Latin fragments
("Ver originales", a name) take the language of their paragraph or document.
"""

from __future__ import annotations

import math
import operator
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import cache, lru_cache

import numpy as np
import opencc
import py3langid.langid as _langid

LATIN_LANGUAGES = ("en", "es", "it", "fr", "de", "pt")
#: letters a Latin fragment needs before its own classification is trusted
MIN_LETTERS = 40
MIN_CONFIDENCE = 0.8
MIN_FRAGMENT_LETTERS = 4
UNDETERMINED = "und"
# Links and social handles are written in Latin letters whatever the language around them.
_NOT_LANGUAGE = re.compile(r"(?:https?://|www\.)\S+|@\w+", re.I)


@dataclass(frozen=True)
class ScriptCounts:
    han: int = 0
    kana: int = 0
    hangul: int = 0
    cyrillic: int = 0
    latin: int = 0
    other: int = 0

    @classmethod
    def of(cls, text: str) -> ScriptCounts:
        text = _NOT_LANGUAGE.sub(" ", text)
        if text.isascii():  # no other script to count (most pieces of English text)
            return cls(latin=len(_ASCII_LETTER.findall(text)))
        # One C-level pass marks each character with its script (see _ScriptMarks), then each mark is counted.
        marks = text.translate(_SCRIPT_MARKS)
        if len(_SCRIPT_MARKS) > 200_000:  # a table of most of Unicode: kept bounded, refilled as needed
            _SCRIPT_MARKS.clear()
        return cls(marks.count("h"), marks.count("k"), marks.count("g"), marks.count("c"), marks.count("l"),
                   marks.count("o"))


_ASCII_LETTER = re.compile(r"[A-Za-z]")
_HAN = re.compile(r"[\u4e00-\u9fff\u3400-\u4dbf\uf900-\ufaff]")
# the middle dot (30FB) and long-vowel mark (30FC) also appear in Chinese: no kana, and no other script
_KANA = re.compile(r"[\u3040-\u30fa\u30fd-\u30ff\u31f0-\u31ff\uff66-\uff9d]")
_HANGUL = re.compile(r"[\uac00-\ud7af\u1100-\u11ff\u3130-\u318f]")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_REST = re.compile(
    r"[^\x00-\x7f\u4e00-\u9fff\u3400-\u4dbf\uf900-\ufaff\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9d"
    r"\uac00-\ud7af\u1100-\u11ff\u3130-\u318f\u0400-\u04ff]"
)


class _ScriptMarks(dict):
    """``str.translate`` table, filled as characters come: each character to the mark of the script it
    counts for (h Han, k kana, g Hangul, c Cyrillic, l Latin letter, o a letter of another script),
    or to nothing. The classes are the expressions above, so the counts are theirs: ASCII letters
    and any letter outside every listed range that lies in the Latin blocks are Latin."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        if _ASCII_LETTER.match(char):
            mark = "l"
        elif _HAN.match(char):
            mark = "h"
        elif _KANA.match(char):
            mark = "k"
        elif _HANGUL.match(char):
            mark = "g"
        elif _CYRILLIC.match(char):
            mark = "c"
        elif _REST.match(char) and char.isalpha():
            mark = "l" if code <= 0x024F or 0x1E00 <= code <= 0x1EFF else "o"
        else:
            mark = ""
        self[code] = mark
        return mark


_SCRIPT_MARKS = _ScriptMarks()


@cache
def _identifier() -> _langid.LanguageIdentifier:
    return _langid.LanguageIdentifier.from_model_file(_langid.MODEL_FILE, norm_probs=True)


@cache
def _converters() -> tuple[opencc.OpenCC, opencc.OpenCC]:
    return opencc.OpenCC("t2s"), opencc.OpenCC("s2t")


@cache
def _latin_identifier() -> _langid.LanguageIdentifier:
    from peoplemoves.ingest.langid_model import latin_identifier  # the model without a second of LZMA

    return latin_identifier(LATIN_LANGUAGES)


@lru_cache(maxsize=256)
def latin_language(text: str) -> tuple[str, float]:
    """Best supported Latin language and its probability among the supported Latin languages.

    Remembered for a while: a one-paragraph article asks about the same text as document and as paragraph.
    """
    lang, p = _latin_identifier().classify(text)
    return lang, float(p)


def other_script_language(text: str) -> str:
    """For scripts we do not support: the unrestricted model's guess."""
    return _identifier().classify(text)[0] or UNDETERMINED


def han_variant_votes(text: str) -> tuple[int, int]:
    """(Traditional-only, Simplified-only) character counts, by OpenCC's tables."""
    t2s, s2t = _converters()
    simplified = t2s.convert(text)
    traditional = s2t.convert(text)
    # characters that differ, counted in C (map stops at the shorter text, as zip did)
    trad_only = 0 if simplified == text else sum(map(operator.ne, text, simplified))
    simp_only = 0 if traditional == text else sum(map(operator.ne, text, traditional))
    return trad_only, simp_only


def script_label(counts: ScriptCounts) -> str:
    """A first, script-only label: ja, ko, ru, han, latin, other or und."""
    cjk = counts.han + counts.kana
    if counts.kana >= 2 or (counts.kana and counts.kana * 10 >= cjk):
        return "ja"
    if counts.hangul >= 2 and counts.hangul >= counts.han:
        return "ko"
    # A Han character carries about as much as three Latin letters.
    if counts.han >= 2 and counts.han * 3 >= counts.latin:
        return "han"
    if counts.cyrillic and counts.cyrillic >= counts.latin:
        return "ru"
    if counts.latin:
        return "latin"
    if counts.other:
        return "other"
    if counts.han or counts.kana or counts.hangul:
        return "ja" if counts.kana else ("ko" if counts.hangul else "han")
    return UNDETERMINED


@dataclass(frozen=True)
class Piece:
    text: str
    paragraph: int


def label_pieces(pieces: list[Piece]) -> list[str]:
    """Language tags for a document's sentence-sized pieces, in order."""
    labels = [script_label(ScriptCounts.of(p.text)) for p in pieces]
    _inherit_for_fragments(pieces, labels)
    _fragments_follow_the_document(pieces, labels)
    _resolve_han(pieces, labels)
    _resolve_latin(pieces, labels)
    for i, label in enumerate(labels):
        if label == "other":
            labels[i] = other_script_language(pieces[i].text)
    return labels


def _inherit_for_fragments(pieces: list[Piece], labels: list[str]) -> None:
    """A piece with almost no letters ("保ㄘ?", "OK") takes its neighbour's script label."""
    for i, piece in enumerate(pieces):
        if _letters(piece.text) >= MIN_FRAGMENT_LETTERS:
            continue
        neighbours = [j for j in (i - 1, i + 1) if 0 <= j < len(pieces) and pieces[j].paragraph == piece.paragraph]
        for j in neighbours:
            if _letters(pieces[j].text) >= MIN_FRAGMENT_LETTERS:
                labels[i] = labels[j]
                break


def _fragments_follow_the_document(pieces: list[Piece], labels: list[str]) -> None:
    """A lone letter or number on its own line ("B", a section mark) is in the document's language."""
    weight: Counter[str] = Counter()
    for piece, label in zip(pieces, labels, strict=True):
        if _letters(piece.text) >= MIN_FRAGMENT_LETTERS:
            weight[label] += len(piece.text)
    if not weight:
        return
    main = weight.most_common(1)[0][0]
    for i, piece in enumerate(pieces):
        if _letters(piece.text) < 2 and labels[i] == "latin":
            labels[i] = main


def _resolve_han(pieces: list[Piece], labels: list[str]) -> None:
    """Kana-less Han text is Japanese inside a Japanese document, else Chinese of a variant."""
    weight = Counter()
    for piece, label in zip(pieces, labels, strict=True):
        weight[label] += len(piece.text)
    japanese_doc = weight["ja"] > weight["han"]
    han_indexes = [i for i, label in enumerate(labels) if label == "han"]
    if not han_indexes:
        return
    trad_total = simp_total = 0
    votes: dict[int, tuple[int, int]] = {}
    for i in han_indexes:
        votes[i] = han_variant_votes(pieces[i].text)
        trad_total += votes[i][0]
        simp_total += votes[i][1]
    doc_variant = "zh-Hant" if trad_total > simp_total else "zh-Hans"
    for i in han_indexes:
        if japanese_doc:
            labels[i] = "ja"
            continue
        trad, simp = votes[i]
        # One differing character is weak evidence (names, mojibake): the document decides.
        labels[i] = "zh-Hant" if trad - simp >= 2 else "zh-Hans" if simp - trad >= 2 else doc_variant


def _resolve_latin(pieces: list[Piece], labels: list[str]) -> None:
    indexes = [i for i, label in enumerate(labels) if label == "latin"]
    if not indexes:
        return
    by_paragraph: dict[int, list[int]] = {}
    for i in indexes:
        by_paragraph.setdefault(pieces[i].paragraph, []).append(i)
    para_texts = [" ".join(pieces[i].text for i in members) for members in by_paragraph.values()]
    walks = _walk_paragraphs(para_texts)
    if walks is None:
        doc_text = " ".join(pieces[i].text for i in indexes)[:DOCUMENT_CHARS]
        doc_lang = latin_language(doc_text)[0]
    else:
        doc_lang = _classify(_document_features(walks), sum(len(w.data) for w in walks) + len(walks) - 1)[0]
    for number, members in enumerate(by_paragraph.values()):
        para_text = para_texts[number]
        para_lang, para_confidence = doc_lang, 0.0
        if _letters(para_text) >= MIN_LETTERS:
            if walks is None:
                lang, para_confidence = latin_language(para_text)
            else:
                lang, para_confidence = _classify(walks[number].features(), len(walks[number].data))
            if para_confidence >= MIN_CONFIDENCE:
                para_lang = lang
        for i in members:
            lang = para_lang
            # sentences are told apart only in a paragraph whose language is in doubt (a quote, a switch)
            if len(members) > 1 and para_confidence < 0.9 and _letters(pieces[i].text) >= MIN_LETTERS:
                own, confidence = latin_language(pieces[i].text)
                if confidence >= 0.95:
                    lang = own
            labels[i] = lang


# The document's language used to be read from its Latin paragraphs joined (up to 4,000 characters),
# then each paragraph again on its own: every byte went through py3langid's byte automaton (a pure
# Python loop) twice. Now each paragraph is walked once and the document's walk is put together
# from those: the automaton's state after a paragraph's first few bytes no longer depends on what
# came before them (a state stands for the last few bytes read), so only the separator and those
# first bytes are walked again in the document's context, until its state meets the paragraph's own.
# The features and the order they are first met in are those of one walk over the joined text, so
# the scores are the same to the last bit.

#: the document's language is read from at most this many characters of its Latin text
DOCUMENT_CHARS = 4000
#: bytes at the start of a paragraph whose automaton states are kept (the walks meet within a few)
_HEAD = 32


@dataclass(frozen=True)
class _Walk:
    data: bytes  # the paragraph as py3langid encodes it
    head: list[int]  # state after each of the first _HEAD bytes
    tail: list[int]  # features met after those bytes, in order
    last: int  # state after the last byte

    def features(self) -> list[int]:
        out = _latin_identifier().tk_output
        return [f for f in map(out.__getitem__, self.head) if f >= 0] + self.tail


def _walk_paragraphs(texts: list[str]) -> list[_Walk] | None:
    """Each paragraph walked alone, or None when the joined text's bytes are not theirs joined
    (py3langid lower-cases an all-capitals text and normalizes to NFC first; a long one is cut)."""
    joined = " ".join(texts)
    if not texts or len(joined) > DOCUMENT_CHARS or not unicodedata.is_normalized("NFC", joined):
        return None
    if joined.isupper() or any(t.isupper() or not unicodedata.is_normalized("NFC", t) for t in texts):
        return None
    ident = _latin_identifier()
    nm, rowbase, out = ident.tk_nextmove, ident._rowbase, ident.tk_output
    walks = []
    for text in texts:
        data = text.encode("utf8", errors="surrogatepass")
        state = 0
        head = []
        for letter in data[:_HEAD]:
            state = nm[rowbase[state] + letter]
            head.append(state)
        tail = []
        for letter in data[_HEAD:]:
            state = nm[rowbase[state] + letter]
            f = out[state]
            if f >= 0:
                tail.append(f)
        walks.append(_Walk(data, head, tail, state))
    return walks


def _document_features(walks: list[_Walk]) -> list[int]:
    """The features of one walk over the paragraphs joined by spaces, in the order it meets them."""
    ident = _latin_identifier()
    nm, rowbase, out = ident.tk_nextmove, ident._rowbase, ident.tk_output
    features = walks[0].features()
    state = walks[0].last
    for walk in walks[1:]:
        state = nm[rowbase[state] + 0x20]  # the space between paragraphs
        if out[state] >= 0:
            features.append(out[state])
        met = None
        for j, letter in enumerate(walk.data[:_HEAD]):
            state = nm[rowbase[state] + letter]
            if state == walk.head[j]:
                met = j
                break
            if out[state] >= 0:
                features.append(out[state])
        if met is not None:
            features.extend(f for f in map(out.__getitem__, walk.head[met:]) if f >= 0)
            features.extend(walk.tail)
            state = walk.last
            continue
        for letter in walk.data[_HEAD:]:  # the walks never met: walk on in the document's context
            state = nm[rowbase[state] + letter]
            if out[state] >= 0:
                features.append(out[state])
    return features


def _classify(features: list[int], size: int) -> tuple[str, float]:
    """What the Latin identifier's ``classify`` answers for a text of ``size`` bytes whose walk met
    ``features``: py3langid's ``_raw_score``, ``_decide`` and ``classify`` from the walk on (a test
    compares the two over the development corpus)."""
    ident = _latin_identifier()
    visits = Counter(features)
    if visits:
        scores = ident._sparse_score(visits, ident.nb_ptc)
    else:
        fill = 0.0 if ident._norm_probs else _langid.RAW_FLOOR
        scores = np.full(len(ident.nb_classes), fill, dtype=np.float32)
    if ident._norm_probs:
        scores *= 1.0 / math.sqrt(size or 1)
        np.exp(scores - scores.max(), out=scores)
        scores /= scores.sum()
    for i, j in ident._alias_pairs:
        if ident._norm_probs:
            scores[i] += scores[j]
            scores[j] = 0.0
        else:
            scores[i] = max(scores[i], scores[j])
            scores[j] = _langid.RAW_FLOOR
    best = int(scores.argmax())
    confidence = float(scores[best])
    if ident.min_confidence is not None and confidence < ident.min_confidence:
        return "und", confidence
    return ident.nb_classes[best], confidence


_LETTER = re.compile(r"[^\W\d_]")


@lru_cache(maxsize=4096)
def _letters(text: str) -> int:
    """Letters of a piece (links and handles left out); asked about each piece several times."""
    return len(_LETTER.findall(_NOT_LANGUAGE.sub(" ", text)))
