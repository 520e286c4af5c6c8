"""Split a paragraph into sentences, in any script, without a model.

Sentence ends: CJK full stops always; Latin ``.!?`` when followed by space and not part of
an abbreviation or a number ("Inc.", "S.p.A.", "6.5"). Closing quotes stay with their
sentence. A sentence longer than ``MAX_SENTENCE`` characters (no news sentence comes near:
the longest of the development corpus has under 600) is cut at a space before the limit,
or at the limit where there is none: parts of extraction compare every pair of words of
a sentence, and a page with no sentence punctuation must not make that cost quadratic in
the page.
"""

from __future__ import annotations

import re

MAX_SENTENCE = 1000
_END = re.compile(
    r"""(?:
        [。！？!?]+[」』”’"')）]*          # CJK or emphatic ends, with closing quotes
      | (?<!\b[A-Za-z])(?<!\b\d)(?<!\b\d\d)\.+[”’"')]*(?=\s)   # a full stop before a space (not "26. September")
      | [;；](?=\s*\S{40})               # a long run of clauses: break on semicolons
    )""",
    re.X,
)
_ABBREVIATION = re.compile(
    r"(?:\b(?:mr|mrs|ms|dr|prof|sr|jr|st|inc|corp|co|ltd|no|vs|etc|e\.g|i\.e|u\.s|sig|dott|ing|sra|sr|"
    r"m|mme|hr|fr|nr|bzw|gen|col|gov|sen|rep|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.)$",
    re.I,
)


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Character spans of the sentences of ``text`` (leading/trailing spaces excluded)."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _END.finditer(text):
        end = m.end()
        if m.group().startswith(".") and _ABBREVIATION.search(text[max(start, end - 8) : end]):
            continue
        _add(text, start, end, spans)
        start = end
    _add(text, start, len(text), spans)
    if any(end - start > MAX_SENTENCE for start, end in spans):
        spans = [piece for span in spans for piece in _cut(text, *span)]
    return spans


def _cut(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """An over-long span as pieces of at most ``MAX_SENTENCE`` characters, cut at spaces when it has them."""
    pieces: list[tuple[int, int]] = []
    while end - start > MAX_SENTENCE:
        limit = start + MAX_SENTENCE
        cut = text.rfind(" ", start + MAX_SENTENCE // 2, limit)
        cut = cut if cut > start else limit
        _add(text, start, cut, pieces)
        start = cut
    _add(text, start, end, pieces)
    return pieces


def _add(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end <= start:
        return
    if spans and (end - start < 3 or not any(c.isalnum() for c in text[start:end])):
        spans[-1] = (spans[-1][0], end)  # a stray fragment belongs to the sentence before it
        return
    spans.append((start, end))
