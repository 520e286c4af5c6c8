"""The one place where text from outside becomes the program's text, and paths become names.

Why one place: every later layer hashes, stores and prints this text; a lone surrogate (legal in
JSON, ``"\\ud800"``) cannot be encoded as UTF-8, a file name that is not UTF-8 arrives as
surrogate escapes, and a newline in a name would let a file forge a line of output. Fixing
these where ``RawDocument`` and ``Rejection`` are made means no layer after ingest ever sees them.

Offsets stay exact: in article text each bad character is replaced by exactly one U+FFFD, so the
text keeps its length; only a leading byte-order mark is dropped, before any offset exists.
Decomposed text (NFD) is kept as it came: cleaning composes it with a map back to these offsets.
"""

from __future__ import annotations

import re

REPLACEMENT = "\ufffd"
# Lone surrogates (never valid text) and C0 controls other than the white space articles use
# (tab, line feed, vertical tab, form feed, carriage return): NUL, ESC (terminal escapes), DEL.
_BAD_IN_TEXT = re.compile(r"[\ud800-\udfff\x00-\x08\x0e-\x1f\x7f]")
# In a one-line name nothing may break or rewrite the line: every control character, the
# Unicode line and paragraph separators, bidirectional overrides, and undecodable bytes.
_BAD_IN_NAME = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def program_text(text: str) -> str:
    """Article text as the program keeps it: encodable, without control codes, same length."""
    text = text.removeprefix("\ufeff")
    if text.isascii() and text.isprintable():
        return text
    return _BAD_IN_TEXT.sub(REPLACEMENT, text)


def printable_name(name: str) -> str:
    """A path, source or reason as one printable, encodable line.

    A byte a file name could not decode with (``os.fsdecode`` turns it into U+DC80..U+DCFF)
    is shown as ``\\xNN``, other bad characters as their escape, so the name stays recognizable.
    """
    if name.isascii() and name.isprintable():
        return name
    return _BAD_IN_NAME.sub(_escape, name)


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    code = ord(char)
    if char in _ESCAPES:
        return _ESCAPES[char]
    if 0xDC80 <= code <= 0xDCFF:  # surrogateescape of an undecodable byte
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"
