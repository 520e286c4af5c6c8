"""Recognise site chrome: lines that belong to the page, not to the article.

Language-blind shapes (e-mail lines, bare URLs, date-only lines, language menus) are
recognised here; the words of share/donate/disclaimer prompts and the headings of
reference lists come from each language's ``[chrome]`` table. Chrome words of every
language are applied to every document, because a page's chrome is often in another
language than its body.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

import opencc

from peoplemoves.languages import all_packs

# Shapes that are chrome whatever the language.
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+|\[email\s*protected\]", re.I)
_URL_ONLY = re.compile(r"^(?:https?://|www\.)\S+$", re.I)
_NO_LETTERS = re.compile(r"^[\W\d_]*$")
_LIST_ITEM = re.compile(r"^(?:\d{1,3}[.、)]|[-*•·▪●]|\[\d+\])\s*")
_SENTENCE_END = re.compile(r"[.!?。！？」”\"']\s*$")

_HAN = re.compile(r"[\u4e00-\u9fff]")
#: longest line that a chrome word alone may condemn; longer lines need the pattern at their start
SHORT_LINE = 120
#: chrome patterns are tried on this many characters at the start of a line at most
CHROME_HEAD = 300


@dataclass(frozen=True)
class ChromeRules:
    line_patterns: tuple[re.Pattern[str], ...]
    block_headings: frozenset[str]
    endonyms: tuple[str, ...]


@cache
def rules() -> ChromeRules:
    patterns: list[re.Pattern[str]] = []
    headings: set[str] = set()
    endonyms: set[str] = set()
    seen: set[str] = set()
    for pack in all_packs():
        for source in pack.words("chrome", "line_patterns"):
            if source in seen:
                continue  # the same pattern in several files is tried once
            seen.add(source)
            try:
                patterns.append(re.compile(source, re.I))
            except re.error:
                continue  # a broken pattern in a data file must not stop ingest; tests catch it
        headings.update(_heading_key(h) for h in pack.words("chrome", "block_headings"))
        endonyms.update(str(e).casefold() for e in pack.data.get("endonyms", []))
    return ChromeRules(tuple(patterns), frozenset(headings), tuple(sorted(endonyms, key=len, reverse=True)))


def _heading_key(line: str) -> str:
    return re.sub(r"[\s:：#*]+", " ", line.casefold()).strip()


def is_language_menu(line: str) -> bool:
    """Three or more language names in one line (a site's language switcher)."""
    folded = line.casefold()
    found = 0
    for name in rules().endonyms:
        if name in folded:
            folded = folded.replace(name, " ")
            found += 1
            if found >= 3:
                return True
    return False


def chrome_reason(line: str) -> str | None:
    """Why a stripped paragraph is chrome, or None when it is article text."""
    if _NO_LETTERS.match(line):
        return "no text"
    if _URL_ONLY.match(line):
        return "link"
    if len(line) <= SHORT_LINE and _EMAIL.search(line):
        return "contact"
    if is_language_menu(line):
        return "language menu"
    # The Chinese patterns are written in Simplified characters; read Traditional lines through t2s.
    variants = (line, _t2s().convert(line)) if _HAN.search(line) else (line,)
    anchored, floating = _combined()
    for variant in variants:
        # A long line is chrome only when it opens with a pattern: try the patterns on its head only.
        # Why: some patterns backtrack quadratically on long runs ("^[\d\s.,]+\s*..." on 2,000 dots
        # took minutes; found by the fuzz campaign), and no chrome line is this long anyway.
        head = variant[:CHROME_HEAD]
        if anchored.match(head):
            return "chrome"
        if len(variant) <= SHORT_LINE and floating.search(variant):
            return "chrome"
        if floating.match(head):
            return "chrome"
    return None


@cache
def _combined() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Every language's chrome patterns as two expressions: those anchored at the line's start,
    tried only there, and the others; two passes per line instead of hundreds."""
    never = "(?!x)x"
    anchored = [f"(?:{p.pattern})" for p in rules().line_patterns if p.pattern.startswith("^")] or [never]
    floating = [f"(?:{p.pattern})" for p in rules().line_patterns if not p.pattern.startswith("^")] or [never]
    return re.compile("|".join(anchored), re.I), re.compile("|".join(floating), re.I)


@cache
def _t2s() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


def is_block_heading(line: str) -> bool:
    return _heading_key(line) in rules().block_headings


def is_list_like(line: str) -> bool:
    """Reference-list entries: numbered or bulleted, or short lines that are no sentence."""
    if _LIST_ITEM.match(line):
        return True
    return len(line) < 60 and not _SENTENCE_END.search(line)
