"""Shared name utilities: folding for comparison, phonetic keys, romanization.

Used by extract (in-document coreference), resolve (across documents) and serve (look-up).
"""

from peoplemoves.names.folding import fold, name_parts, skeleton, sound_key
from peoplemoves.names.romanize import nominative, romanize_name, romanize_part
from peoplemoves.names.written import NameStyle, style_for, written_name

__all__ = ["NameStyle", "fold", "name_parts", "nominative", "romanize_name", "romanize_part", "skeleton",
           "sound_key", "style_for", "written_name"]
