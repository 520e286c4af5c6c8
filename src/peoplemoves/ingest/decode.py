"""Bytes to text for news files in any encoding, or a one-sentence reason why not.

Order of trust: known binary magic numbers are refused; then a byte-order mark; UTF-16/32
recognised by where their NUL bytes fall (other NULs mean binary); strict UTF-8; BOM-less,
ASCII-less UTF-16 if it reads as CJK text; the charset the container declares; UTF-8 with a
few stray cp1252 bytes; and last the legacy encodings.

Legacy encodings are ambiguous (GB18030 decodes almost any byte string; cp1252 and cp1250
differ only in accented letters), so every one that decodes the bytes strictly is scored for
how much its reading looks like real text: no control/unmapped characters, letters of one
script, accented letters of one alphabet, frequent CJK characters, kana for Japanese, no
spaces between Han characters, sane punctuation. charset_normalizer's pick only breaks
near-ties on samples long enough for its statistics. Cleaning (ftfy, Unicode normalisation)
happens later, not here; only newlines are normalised and a BOM stripped.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

import charset_normalizer

from .records import InputRejected

__all__ = ["LEGACY_ENCODINGS", "binary_kind", "decode_bytes"]

# Magic numbers of binary formats people drop into news folders by mistake.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive, e.g. DOCX/XLSX/ODT"),
    (b"PK\x05\x06", "ZIP archive, e.g. DOCX/XLSX/ODT"),
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"\x7fELF", "ELF executable"),
    (b"\x1f\x8b", "gzip archive"),
    (b"BZh", "bzip2 archive"),
    (b"\xfd7zXZ\x00", "xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"Rar!\x1a\x07", "RAR archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "old Microsoft Office document"),
    (b"SQLite format 3\x00", "SQLite database"),
)

# BOMs, longest first: the UTF-32 LE mark starts with the UTF-16 LE one.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)

# Legacy encodings worth considering for news, in order of preference when two decode to the
# same text (the first listed wins a tie). Supersets come after their base encoding.
LEGACY_ENCODINGS: tuple[str, ...] = (
    "gb18030",
    "big5",
    "shift_jis",
    "euc_jp",
    "euc_kr",
    "cp1252",
    "cp1251",
    "cp1250",
    "koi8_r",
    "cp950",
    "big5hkscs",
    "cp932",
    "cp949",
    "iso8859_15",
    "iso8859_2",
    "koi8_u",
    "iso8859_5",
    "cp1253",
    "iso8859_7",
    "cp1254",
    "cp1257",
    "cp1255",
    "cp1256",
)

_SAMPLE_BYTES = 8_000  # scoring looks at lines with non-ASCII bytes, up to this much
_QUICK_CHARS = 1_500  # first-round scoring length
_MAX_STRAYS = 50  # invalid bytes tolerated in an otherwise UTF-8 file
_MAX_BAD_RATIO = 0.005  # control/unmapped characters tolerated in a legacy decoding
# Best legacy penalty above which the bytes are taken for garbage: real text measured up to
# 1.95 (a menu line mixing Hangul, Cyrillic and Latin), random bytes mostly 2.3-4.5.
_MAX_PENALTY = 2.5


def decode_bytes(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """Decode a whole file; return (text with \\n newlines and no BOM, encoding name).

    ``declared`` is an encoding the container names (an HTML ``<meta charset>``): it is tried
    after a BOM and strict UTF-8, before detection, and only if it decodes the bytes strictly.
    """
    if not data:
        raise InputRejected("file is empty")
    kind = binary_kind(data[:16])
    if kind:
        raise InputRejected(f"binary file ({kind}), not text")
    text, encoding = _decode(data, declared)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputRejected("file is empty" if not text else "file contains only whitespace")
    head = text[:_SAMPLE_BYTES]
    if _bad_count(head) - head.count("\ufffd") > 0.05 * len(head):
        raise InputRejected("binary file (mostly control characters), not text")
    return text, encoding


def binary_kind(head: bytes) -> str | None:
    """The binary format the first bytes announce ("PNG image"), or None."""
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            return kind
    return None


def _decode(data: bytes, declared: str | None = None) -> tuple[str, str]:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError as exc:
                name = encoding.removesuffix("-sig").upper()
                raise InputRejected(
                    f"could not decode: starts with a {name} byte-order mark but is not valid {name}"
                ) from exc
            return text.removeprefix("\ufeff"), encoding.removesuffix("-sig")
    if b"\x00" in data:
        wide = _decode_wide(data)
        if wide is None:
            raise InputRejected("binary file (contains NUL bytes), not text")
        return wide
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    wide = _utf16_without_nuls(data)
    if wide is not None:
        return wide
    for encoding in _declared_candidates(declared):
        text = _try(data, encoding)
        if text is not None and _bad_count(text[:_SAMPLE_BYTES]) <= _MAX_BAD_RATIO * len(text[:_SAMPLE_BYTES]):
            return text, encoding
    mostly = _mostly_utf8(data)
    return mostly if mostly is not None else _decode_legacy(data)


# Labels that mean a superset in practice (the WHATWG encoding standard reads latin1 as cp1252).
_DECLARED_SUPERSETS: dict[str, tuple[str, ...]] = {
    "iso8859_1": ("cp1252",),
    "ascii": ("cp1252",),
    "gb2312": ("gb18030",),
    "gbk": ("gb18030",),
    "big5": ("big5", "cp950", "big5hkscs"),
    "shift_jis": ("shift_jis", "cp932"),
    "euc_kr": ("euc_kr", "cp949"),
    "iso8859_9": ("cp1254",),
    "tis_620": ("cp874",),
}


def _declared_candidates(declared: str | None) -> tuple[str, ...]:
    if not declared:
        return ()
    try:
        name = codecs.lookup(declared.strip().strip("\"'")).name.replace("-", "_")
    except (LookupError, ValueError):
        return ()
    if name.startswith(("utf_16", "utf_32")) or name == "utf_8":
        return ()  # a BOM or the NUL pattern would have found these; a wrong label is common
    return _DECLARED_SUPERSETS.get(name, (name,))


def _mostly_utf8(data: bytes) -> tuple[str, str] | None:
    """UTF-8 cut mid-character at the end, or with a few stray cp1252 bytes (pasted quotes).

    Reading such a file as a legacy encoding would garble every real UTF-8 character, so the
    stray bytes are read as cp1252 instead, when real multi-byte characters clearly outnumber them.
    """
    # One fast pass first: a legacy file has invalid sequences everywhere.
    errors = data.decode("utf-8", errors="replace").count("\ufffd") - data.count(b"\xef\xbf\xbd")
    if errors > _MAX_STRAYS + 1:
        return None
    parts: list[str] = []
    strays = 0
    pos = 0
    while pos < len(data):
        try:
            parts.append(data[pos:].decode("utf-8"))
            break
        except UnicodeDecodeError as err:
            parts.append(data[pos : pos + err.start].decode("utf-8"))
            end = pos + err.end
            if end == len(data) and err.reason == "unexpected end of data":
                break  # a file cut in the middle of its last character: drop the fragment
            parts.append(data[pos + err.start : end].decode("cp1252", errors="replace"))
            strays += 1
            if strays > _MAX_STRAYS:
                return None
            pos = end
    text = "".join(parts)
    multibyte = sum(1 for ch in text if ord(ch) > 0x7F) - strays
    if not strays and multibyte:
        return text, "utf-8"
    if strays and multibyte >= max(3, 3 * strays):
        return text, "utf-8 (with stray cp1252 bytes)"
    return None


def _decode_wide(data: bytes) -> tuple[str, str] | None:
    """UTF-32/UTF-16 without a BOM, recognised by where the NUL bytes fall."""
    n = len(data)
    if n % 4 == 0 and n >= 8:
        for offset_hi, offset_mid, encoding in ((3, 2, "utf-32-le"), (0, 1, "utf-32-be")):
            hi = data[offset_hi::4]
            mid = data[offset_mid::4]
            if hi.count(0) == len(hi) and mid.count(0) >= 0.9 * len(mid):
                text = _try(data, encoding)
                if text is not None and _bad_count(text) <= 0.01 * len(text):
                    return text, encoding
    if n % 2 == 0:
        even, odd = data[0::2].count(0), data[1::2].count(0)
        for nuls, other, encoding in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
            # ASCII in UTF-16 puts its NULs on one side; CJK text has few ASCII characters, and
            # U+3000 or U+4E00 put a NUL on the other side, so only ask for a clear majority.
            # With few NULs (a CJK text and its final newline), the text must also look real.
            if nuls >= 1 and nuls >= 3 * other:
                text = _try(data, encoding)
                if text is None or _bad_count(text) > 0.01 * len(text):
                    continue
                if nuls >= 0.1 * (n // 2) or _ordinary_share(text) >= 0.9:
                    return text, encoding
    return None


def _utf16_without_nuls(data: bytes) -> tuple[str, str] | None:
    """UTF-16 with no BOM and no ASCII at all (a pure CJK paragraph): only if it reads as text."""
    if len(data) % 2 or len(data) < 4:
        return None
    for encoding in ("utf-16-le", "utf-16-be"):
        text = _try(data, encoding)
        if text is not None and _ordinary_share(text) >= 0.9:
            return text, encoding
    return None


def _ordinary_share(text: str) -> float:
    """Share of characters that are everyday text: frequent Han, kana, KS X 1001 Hangul,
    letters, punctuation. Bytes of another encoding read as UTF-16 land mostly elsewhere."""
    sample = text[:_SAMPLE_BYTES]
    frequent, ksc = _frequent_han(), _ksc_hangul()
    ordinary = 0
    for ch, k in Counter(sample).items():
        script = _script(ch)
        if (
            (ch.isascii() and (ch.isprintable() or ch in "\t\n\r"))
            or script in ("latin", "greek", "cyrillic", "kana")
            or (script == "han" and ch in frequent)
            or (script == "hangul" and ch in ksc)
            or "\u3000" <= ch <= "\u303f"
            or "\uff01" <= ch <= "\uff5e"
            or "\u2010" <= ch <= "\u2027"
        ):
            ordinary += k
    return ordinary / max(len(sample), 1)


def _try(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


# --- legacy encodings -------------------------------------------------------------------------


@dataclass(frozen=True)
class _Candidate:
    encoding: str
    sample: str  # the sample lines as this encoding reads them
    penalty: float = 0.0
    replaced: int = 0  # invalid bytes the encoding needs replaced in the whole file


def _decode_legacy(data: bytes) -> tuple[str, str]:
    # Every encoding that decodes the whole file strictly is a candidate (a character cut at
    # the very end is forgiven). If none reads convincingly, a common encoding that needs very
    # few replacements is one too (a legacy file with a corrupt byte), at a cost per replaced
    # byte: otherwise some rare single-byte encoding would win with a garbage reading.
    readings = [(e, 0) for e in LEGACY_ENCODINGS if _try_cut(data, e) is not None]
    best = _best_reading(data, readings)
    if best is None or best.penalty > _CONVINCING:
        allowed = max(2, len(data) // 500)
        sample = _non_ascii_sample(data)
        strict = {e for e, _ in readings}
        for encoding in (e for e in LEGACY_ENCODINGS if e in _LENIENT and e not in strict):
            if sample.decode(encoding, errors="replace").count("\ufffd") > allowed + 1:
                continue  # cheap test on the sample before decoding the whole file
            replaced = data.decode(encoding, errors="replace").count("\ufffd")
            if replaced <= allowed:
                readings.append((encoding, replaced))
        best = _best_reading(data, readings)
    if best is None:
        raise InputRejected("could not decode: not valid in any supported encoding")
    if not best.replaced:
        return _try_cut(data, best.encoding) or "", best.encoding
    text = data.decode(best.encoding, errors="replace")
    return text, f"{best.encoding} ({best.replaced} invalid bytes replaced)"


# Encodings a corrupt file is read with leniently: the common ones.
_LENIENT = frozenset(("gb18030", "big5", "shift_jis", "euc_jp", "euc_kr", "cp1252", "cp1251"))
_REPLACEMENT_COST = 0.15
_CONVINCING = 0.5  # a strict reading this good is not second-guessed by lenient ones


def _try_cut(data: bytes, encoding: str) -> str | None:
    """Strict decoding, allowing the file to end in the middle of a multi-byte character."""
    text = _try(data, encoding)
    for cut in (1, 2, 3):
        if text is not None or len(data) <= cut or data[-cut] < 0x80:
            break
        text = _try(data[:-cut], encoding)
    return text


def _best_reading(data: bytes, readings: list[tuple[str, int]]) -> _Candidate | None:
    """The most plausible reading, or None if every one looks like garbage."""
    if not readings:
        return None
    sample = _non_ascii_sample(data)
    candidates: list[_Candidate] = []
    for encoding, replaced in readings:
        # The sample may end mid-character; replaced bytes are costed separately, so they
        # become spaces here rather than vanish (which could glue two words into one).
        text = sample.decode(encoding, errors="replace").replace("\ufffd", " ") if replaced else None
        text = text if text is not None else sample.decode(encoding, errors="ignore")
        if all(c.sample != text for c in candidates):  # a superset reading the same keeps the base name
            candidates.append(_Candidate(encoding, text, replaced=replaced))

    def scored(c: _Candidate, length: int) -> _Candidate:
        penalty = _penalty(c.sample[:length], c.encoding) + _REPLACEMENT_COST * c.replaced
        return _Candidate(c.encoding, c.sample, penalty, c.replaced)

    # Score on a short head first, then again on the whole sample for the plausible few.
    quick = [scored(c, _QUICK_CHARS) for c in candidates]
    floor = min(c.penalty for c in quick)
    final = [scored(c, len(c.sample)) if len(c.sample) > _QUICK_CHARS else c for c in quick if c.penalty <= floor + 1]
    # charset_normalizer's language statistics are noise on a few words (it takes French for cp1250).
    guess = None
    if len(sample) >= 200:
        guess = _charset_normalizer_guess(sample, tuple(c.encoding for c in final if not c.replaced))
    order = {e: i for i, e in enumerate(LEGACY_ENCODINGS)}
    # Near-ties (0.02 ≈ one odd character in fifty letters) go to charset_normalizer, then to order.
    best = min(final, key=lambda c: (round(c.penalty / 0.02), c.encoding != guess, order[c.encoding]))
    if _bad_count(best.sample) > _MAX_BAD_RATIO * max(len(best.sample), 200) or best.penalty > _MAX_PENALTY:
        return None
    return best


def _non_ascii_sample(data: bytes) -> bytes:
    """The lines that hold non-ASCII bytes: ASCII decodes the same in every candidate.

    Splitting on LF is safe: no candidate uses 0x0A inside a multi-byte character.
    """
    if len(data) <= _SAMPLE_BYTES:
        return data
    picked: list[bytes] = []
    size = 0
    for line in data.split(b"\n"):
        if not line.isascii():
            picked.append(line[:_SAMPLE_BYTES])
            size += len(picked[-1])
            if size >= _SAMPLE_BYTES:
                break
    return b"\n".join(picked)


def _charset_normalizer_guess(sample: bytes, encodings: tuple[str, ...]) -> str | None:
    try:
        best = charset_normalizer.from_bytes(sample, cp_isolation=list(encodings)).best()
    except Exception:  # a helper's failure must not reject the file
        return None
    if best is None:
        return None
    name = best.encoding
    # charset_normalizer may report a superset decoding to the same text as a listed base.
    return name if name in encodings else None


# --- plausibility scoring ---------------------------------------------------------------------

# Accented letters by alphabet; a real text's accented letters fit one of these.
_ALPHABETS: tuple[str, ...] = (
    "àâæçéèêëîïôœùûüÿ",  # French
    "äöüß",  # German
    "áéíñóúü",  # Spanish
    "àèéìíîòóùú",  # Italian
    "áâãàçéêíóôõú",  # Portuguese
    "éëïèöüáó",  # Dutch
    "åäöæøé",  # Nordic
    "àçèéíïòóúü",  # Catalan
    "ąćęłńóśźż",  # Polish
    "áčďéěíňóřšťúůýž",  # Czech
    "áäčďéíĺľňóôŕšťúýž",  # Slovak
    "áéíóöőúüű",  # Hungarian
    "ăâîșțşţ",  # Romanian
    "čćđšž",  # Croatian, Slovenian, Serbian Latin
    "çğıöşüâî",  # Turkish
    "āčēģīķļņšūž",  # Latvian
    "ąčęėįšųūž",  # Lithuanian
    "äõöüšž",  # Estonian
)


@lru_cache(maxsize=1)
def _frequent_han() -> frozenset[str]:
    """Han characters in the 'frequent' tiers of GB2312, Big5 and JIS X 0208.

    A legacy CJK decoding with the wrong encoding lands mostly on rare characters
    (GBK extension, Big5 level 2, JIS level 2), so this set tells right from wrong.
    """
    chars: set[str] = set()

    def add(encoding: str, leads: range, trails: list[int]) -> None:
        for lead in leads:
            for trail in trails:
                try:
                    chars.add(bytes((lead, trail)).decode(encoding))
                except UnicodeDecodeError:
                    continue

    euc_trails = list(range(0xA1, 0xFF))
    add("gb2312", range(0xB0, 0xD8), euc_trails)  # GB2312 level 1: 3755 characters
    add("euc_jp", range(0xB0, 0xD0), euc_trails)  # JIS X 0208 level 1: 2965 kanji
    big5_trails = list(range(0x40, 0x7F)) + euc_trails
    add("big5", range(0xA4, 0xC7), big5_trails)  # Big5 frequent: 5401 characters
    return frozenset(c for c in chars if _script(c) == "han")


@lru_cache(maxsize=1)
def _ksc_hangul() -> frozenset[str]:
    """The 2350 Hangul syllables of KS X 1001: cp949's extra syllables are rare in news."""
    chars = set()
    for lead in range(0xB0, 0xC9):
        for trail in range(0xA1, 0xFF):
            try:
                chars.add(bytes((lead, trail)).decode("euc_kr"))
            except UnicodeDecodeError:
                continue
    return frozenset(chars)


@lru_cache(maxsize=4096)
def _script(ch: str) -> str:
    o = ord(ch)
    if o < 0x80:
        return "ascii"
    if 0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF or 0xF900 <= o <= 0xFAFF or o >= 0x20000:
        return "han" if unicodedata.category(ch) == "Lo" else "other"
    if 0xAC00 <= o <= 0xD7A3:
        return "hangul"
    if 0x3041 <= o <= 0x30FF and o != 0x30FB:
        return "kana"
    if 0xFF01 <= o <= 0xFF5E:
        return "other"  # full-width ASCII: normal in CJK text
    if 0xFF66 <= o <= 0xFF9F or 0x3100 <= o <= 0x312F or 0x31A0 <= o <= 0x31BF or 0x3130 <= o <= 0x318F:
        return "odd"  # half-width katakana, bopomofo, compatibility jamo
    if 0x2500 <= o <= 0x259F or 0x2B0 <= o <= 0x2FF:
        return "odd"  # box drawing, blocks, spacing modifier letters (ˉ ˇ: quotes misread)
    if not unicodedata.category(ch).startswith("L"):
        return "other"
    if o <= 0x24F or 0x1E00 <= o <= 0x1EFF:
        return "latin"
    if 0x370 <= o <= 0x3FF:
        return "greek"
    if 0x400 <= o <= 0x52F:
        return "cyrillic"
    if 0x590 <= o <= 0x5FF:
        return "hebrew"
    if 0x600 <= o <= 0x6FF:
        return "arabic"
    return "letter"


def _is_bad(ch: str) -> bool:
    """Control, unmapped, private-use or replacement characters: never in real news text."""
    o = ord(ch)
    if o < 0x20:
        return ch not in "\t\n\r\x0b\x0c"
    if o < 0x7F:
        return False
    if o <= 0x9F or ch == "\ufffd":
        return True
    return unicodedata.category(ch) in ("Co", "Cn", "Cs", "Cc")


def _bad_count(text: str) -> int:
    return sum(1 for ch in text if _is_bad(ch))


# A small cost for encodings news rarely uses, so that they only win with clear evidence.
_PRIOR: dict[str, float] = dict.fromkeys(
    ("gb18030", "big5", "shift_jis", "euc_jp", "euc_kr", "cp1252", "cp1251"), 0.0
) | dict.fromkeys(("iso8859_5", "cp1253", "iso8859_7", "cp1254", "cp1257", "cp1255", "cp1256"), 0.06)

_ALPHABETIC = frozenset(("latin", "greek", "cyrillic", "hebrew", "arabic"))
_VOWELS = frozenset(
    "aeiouyàâæçéèêëîïôœùûüÿáíñóúãõìòåäöøąęěůýőűă"  # Latin
    "αεηιουωάέήίόύώϊϋΐΰ"  # Greek
    "аеёиоуыэюяєії"  # Cyrillic
)

_SYMBOLS = frozenset(("So", "Sm", "Sc", "Sk", "No"))

_USUAL_SIGNS = frozenset(
    "«»·¡¿°£¥€§©®™×‰′″℃"  # Latin-1 and general signs
    "、。〈〉《》「」『』【】〔〕・ー～"  # CJK punctuation
    "！（），．：；？％"  # full-width punctuation
)

_LETTER_SCRIPTS = frozenset(("latin", "greek", "cyrillic", "hebrew", "arabic", "letter", "han", "kana", "hangul"))
_SYMBOL_PAIR = re.compile("[\xa1-\xbf]{2}")  # '¡°', '¡§': GB/Big5 quotes read as cp1252
_HAN_SPACE_HAN = re.compile("(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff])")  # misread Korean

_JP = ("shift_jis", "cp932", "euc_jp")
_KR = ("euc_kr", "cp949")
_CJK = _JP + _KR + ("gb18030", "big5", "cp950", "big5hkscs")


def _penalty(text: str, encoding: str) -> float:
    """How little ``text`` looks like real writing: 0 is perfect, 1 ≈ every letter wrong.

    Works on character counts (fast: a few hundred distinct characters) plus a pass over
    the non-ASCII words.
    """
    f = _features(text)
    letters = max(f.letters, 1)
    penalty = _PRIOR.get(encoding, 0.03)
    penalty += 20.0 * f.bad / max(len(text), 1)  # controls, unmapped, private use
    penalty += 2.0 * f.scripts["odd"] / letters  # box drawing, bopomofo, half-width kana
    penalty += 2.0 * f.marks / letters  # vowel points/harakat: cp1255/cp1256 misreading
    han, kana, hangul = f.scripts["han"], f.scripts["kana"], f.scripts["hangul"]
    cjk = han + kana + hangul
    alphabets = [f.scripts[k] for k in _ALPHABETIC if f.scripts[k]]
    if cjk:
        penalty += (letters - cjk) / letters  # Greek/Cyrillic/accented Latin amid CJK: row mix-ups
        if encoding not in _CJK:
            penalty += 0.5
        if cjk < 0.25 * (cjk + f.ascii_letters):
            penalty += 0.5  # a few CJK characters in Latin text: accented letters read as pairs
    elif alphabets:
        penalty += (letters - max(alphabets)) / letters  # two non-ASCII alphabets at once
        penalty += _vowel_penalty(f.vowels, f.all_letters)
    penalty += _word_penalty(text)
    penalty += _alphabet_penalty(f.accented)
    penalty += min(1.0, 0.3 * len(_SYMBOL_PAIR.findall(text)))
    if f.signs:
        penalty += 0.5 * (f.signs - f.usual_signs) / f.signs
    if han:
        penalty += f.rare_han / han
        penalty += min(1.0, 4.0 * len(_HAN_SPACE_HAN.findall(text)) / han)
    if hangul:
        penalty += f.rare_hangul / hangul
        if han > 0.1 * (han + hangul):
            penalty += han / (han + hangul)  # modern Korean news has little Hanja
    if kana and kana >= 0.03 * cjk and encoding not in _JP:
        penalty += 0.25  # kana means Japanese: a Japanese reading wins even with a replaced byte
    if hangul and hangul >= 0.5 * cjk and encoding not in _KR:
        penalty += 0.1
    if han >= 10 and kana < 0.05 * cjk and encoding in _JP:
        penalty += 0.3  # Japanese prose without kana is most likely Chinese misread
    return penalty


@dataclass
class _Features:
    scripts: Counter[str] = field(default_factory=Counter)
    accented: Counter[str] = field(default_factory=Counter)  # non-ASCII Latin letters, lower case
    bad: int = 0
    marks: int = 0
    letters: int = 0  # non-ASCII letters
    all_letters: int = 0
    ascii_letters: int = 0
    vowels: int = 0
    signs: int = 0  # non-ASCII characters that are neither letters, digits nor spaces
    usual_signs: int = 0
    rare_han: int = 0
    rare_hangul: int = 0


def _features(text: str) -> _Features:
    f = _Features()
    frequent, ksc = _frequent_han(), _ksc_hangul()
    for ch, k in Counter(text).items():
        script = _script(ch)
        f.scripts[script] += k
        if _is_bad(ch):
            f.bad += k
        if ch.isalpha():
            f.all_letters += k
            f.vowels += k if ch.lower() in _VOWELS else 0
            if ch.isascii():
                f.ascii_letters += k
        if ch.isascii():
            continue
        if script in _LETTER_SCRIPTS:
            f.letters += k
        elif not ch.isalnum() and not ch.isspace():
            f.signs += k
            f.usual_signs += k if (ch in _USUAL_SIGNS or "\u2010" <= ch <= "\u2027") else 0
        if script == "latin":
            f.accented[ch.lower()] += k
        elif script == "han" and ch not in frequent:
            f.rare_han += k
        elif script == "hangul" and ch not in ksc:
            f.rare_hangul += k
        if unicodedata.category(ch) == "Mn":
            f.marks += k
    return f


def _word_penalty(text: str) -> float:
    """Oddness per non-ASCII word: mixed alphabets (1), a glued symbol (1), a case switch (0.5).

    Glued: a symbol between two letters or before a small letter (spó³ki, ©koda), or a CJK
    character between ASCII letters (d誕dministration). Menus glue words together
    ("EnglishFrançais"), so a case switch alone weighs less.
    """
    rx = _word_patterns()
    odd = 0.0
    counted = 0
    for word in text.split():
        if word.isascii():
            continue
        counted += 1
        if rx.alphabetic.search(word):
            scripts = {"latin" if ch.isascii() else _script(ch) for ch in word if ch.isalpha()}
            if len(scripts & _ALPHABETIC) > 1:
                odd += 1.0
        if rx.glued.search(word):
            odd += 1.0
        if rx.case_switch.search(word):
            odd += 0.5
    return odd / counted if counted else 0.0


@dataclass(frozen=True)
class _WordPatterns:
    alphabetic: re.Pattern[str]
    glued: re.Pattern[str]
    case_switch: re.Pattern[str]


@lru_cache(maxsize=1)
def _word_patterns() -> _WordPatterns:
    """Regexes built once from Unicode categories (re has no \\p{..} classes)."""

    def char_class(keep) -> str:
        ranges: list[str] = []
        start = None
        for o in range(0x80, 0x10001):
            inside = o < 0x10000 and keep(chr(o))
            if inside and start is None:
                start = o
            elif not inside and start is not None:
                ranges.append(re.escape(chr(start)) + ("-" + re.escape(chr(o - 1)) if o - 1 > start else ""))
                start = None
        return "".join(ranges)

    sym = char_class(lambda c: unicodedata.category(c) in _SYMBOLS or c in "§¶" or 0x2B0 <= ord(c) <= 0x2FF)
    lower_x = char_class(lambda c: unicodedata.category(c) == "Ll")
    upper_x = char_class(lambda c: unicodedata.category(c) == "Lu")
    lower, upper = "a-z" + lower_x, "A-Z" + upper_x
    cjk = (
        "\u2500-\u259f\u3040-\u30ff\u3100-\u318f\u31a0-\u31bf\u3400-\u4dbf"
        "\u4e00-\u9fff\uac00-\ud7a3\uf900-\ufaff\uff66-\uff9f"
    )
    letter = "[^\\W\\d_]"
    return _WordPatterns(
        alphabetic=re.compile("[\u00c0-\u024f\u0370-\u06ff\u1e00-\u1eff]"),
        glued=re.compile(f"[{sym}](?=[{lower}])|(?<={letter})[{sym}](?={letter})|[A-Za-z][{cjk}][A-Za-z]"),
        # Only switches involving a non-ASCII letter: "xAI" or "iPhone" are not misreadings.
        case_switch=re.compile(f"[{lower_x}][{upper}]|[{lower}][{upper_x}]"),
    )


def _vowel_penalty(vowels: int, letters: int) -> float:
    """Alphabetic prose is 35-55 % vowels in every language tried; misread bytes are not."""
    if letters < 12:
        return 0.0
    ratio = vowels / letters
    return 3.0 * max(0.0, 0.28 - ratio, ratio - 0.62)


def _alphabet_penalty(accented: Counter[str]) -> float:
    """Share of accented Latin letters that the best-fitting single alphabet cannot explain."""
    total = sum(accented.values())
    if not total:
        return 0.0
    fits = [sum(n for ch, n in accented.items() if ch in alphabet) for alphabet in _ALPHABETS]
    best = max(fits)
    # The first five alphabets are the western languages news most often comes in: if only a rarer
    # alphabet explains the letters (Slovak for misread French), that costs a little.
    rarer = 0.05 if max(fits[:5]) < best else 0.0
    return (total - best) / total + rarer
