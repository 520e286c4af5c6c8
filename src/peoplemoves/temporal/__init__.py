"""Date engine shared by ingest (publication dates) and extract (when a change happened).

Language-blind code; every language's month names, weekdays, "last/next", "ago" words and
pattern templates live in the ``[dates]`` table of ``languages/data/<code>.toml`` (see
README.md beside this file).
"""

from peoplemoves.temporal.engine import DateMention, find_dates
from peoplemoves.temporal.grammar import Grammar, build_grammar, grammar_for
from peoplemoves.temporal.parse import parse_date

__all__ = ["DateMention", "Grammar", "build_grammar", "find_dates", "grammar_for", "parse_date"]
