"""How common a word is in a language (wordfreq's Zipf scale), for telling names from common words.

One place for it: for Japanese and Korean wordfreq tokenizes with MeCab, which is not installed here,
and its ImportError once lost a whole document (found by the fuzz campaign); a language wordfreq does
not know raises LookupError. Both read as "rare" (0.0).
"""

from __future__ import annotations

from wordfreq import zipf_frequency


def zipf(word: str, lang: str) -> float:
    """wordfreq's Zipf frequency of ``word`` (it folds case itself), or 0.0 where it cannot tell."""
    try:
        return zipf_frequency(word, lang)
    except (ImportError, LookupError):
        return 0.0
