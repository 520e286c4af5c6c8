"""Text that remembers, for every character, where it came from in the original.

Cleaning rewrites text (pinyin annotations out, mojibake fixed, spaces folded), yet every
fact must point back to the exact span of the article it came from; carrying an offset
per character through each rewrite keeps that exact.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher


@dataclass(frozen=True)
class MappedText:
    text: str
    origin: tuple[int, ...]  # origin[i] = offset in the original of text[i]; len == len(text) + 1

    @classmethod
    def of(cls, text: str, start: int = 0) -> MappedText:
        return cls(text, tuple(range(start, start + len(text) + 1)))

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original offsets of ``text[start:end]``."""
        if end <= start:
            return self.origin[start], self.origin[start]
        return self.origin[start], self.origin[end - 1] + 1

    def slice(self, start: int, end: int) -> MappedText:
        return MappedText(self.text[start:end], (*self.origin[start:end], self.span(start, end)[1]))

    def sub(self, pattern: re.Pattern[str], repl: str) -> MappedText:
        """Regex replacement; inserted characters map to the start of what they replace."""
        pieces: list[str] = []
        origin: list[int] = []
        last = 0
        for m in pattern.finditer(self.text):
            pieces.append(self.text[last : m.start()])
            origin.extend(self.origin[last : m.start()])
            new = m.expand(repl)
            pieces.append(new)
            origin.extend([self.origin[m.start()]] * len(new))
            last = m.end()
        if last == 0 and not pieces:
            return self
        pieces.append(self.text[last:])
        origin.extend(self.origin[last:])
        return MappedText("".join(pieces), tuple(origin))

    def rewrite(self, new_text: str) -> MappedText:
        """Adopt a rewrite made by a library that gives no offsets, by aligning old and new."""
        if new_text == self.text:
            return self
        origin: list[int] = []
        matcher = SequenceMatcher(None, self.text, new_text, autojunk=False)
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            if tag == "equal":
                origin.extend(self.origin[i1:i2])
            else:
                anchor = self.origin[i1] if i1 < len(self.text) else self.origin[-1]
                width = max(i2 - i1, 1)
                for k in range(j2 - j1):
                    origin.append(self.origin[min(i1 + k * width // max(j2 - j1, 1), len(self.text))]
                                  if i2 > i1 else anchor)
        origin.append(self.origin[-1])
        return MappedText(new_text, tuple(origin))

    def strip(self) -> MappedText:
        left = len(self.text) - len(self.text.lstrip())
        right = len(self.text.rstrip())
        return self.slice(left, right) if (left or right != len(self.text)) else self
