"""Load py3langid's model for the supported Latin languages in milliseconds, not a second.

py3langid ships its model LZMA-compressed and decompresses all 68 MB on every start: a
second of CPU before the first Latin sentence is labelled, more than a hundred short
articles' worth of work. The first load keeps the part this program uses (the byte
automaton and the Latin languages' columns, ~41 MB, uncompressed) in the user's cache
folder; later starts read that. Any failure falls back to py3langid's own loader, so the
labels never depend on the cache: the arrays are the same, only where they come from differs.
"""

from __future__ import annotations

import os
import tempfile
from array import array
from pathlib import Path

import numpy as np
import py3langid.langid as _langid

_TYPECODE = {2: "H", 4: "I", 8: "L"}


def _cache_file(languages: tuple[str, ...]) -> Path:
    from platformdirs import user_cache_dir

    source = _langid.MODEL_DIR / _langid.MODEL_FILE
    stat = source.stat()
    key = f"{stat.st_size}-{int(stat.st_mtime)}-{'-'.join(languages)}"
    return Path(user_cache_dir("peoplemoves")) / f"langid-{key}.npz"


def _to_array(values: np.ndarray) -> array:
    out = array(_TYPECODE[values.dtype.itemsize])
    out.frombytes(memoryview(np.ascontiguousarray(values)).cast("B"))
    return out


def _identifier(data: dict[str, np.ndarray]) -> _langid.LanguageIdentifier:
    # the layout py3langid's own loader hands to the constructor (modelio.load_model)
    return _langid.LanguageIdentifier(
        np.asarray(data["ptc"]), np.asarray(data["pc"]), data["classes"].tolist(), _to_array(data["nextmove"]),
        data["out_feat"].tolist(), norm_probs=True, tk_row=_to_array(data["nextmove_row"]),
    )


def _write(path: Path, languages: tuple[str, ...]) -> None:
    import io
    import lzma

    with lzma.open(_langid.MODEL_DIR / _langid.MODEL_FILE) as src, np.load(io.BytesIO(src.read())) as full:
        classes = full["classes"].tolist()
        keep = [i for i, c in enumerate(classes) if c in set(languages)]
        arrays = {
            "ptc": full["ptc"][:, keep], "pc": full["pc"][keep], "classes": np.array([classes[i] for i in keep]),
            "nextmove": full["nextmove"], "nextmove_row": full["nextmove_row"], "out_feat": full["out_feat"],
        }
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            np.savez(f, **arrays)
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def latin_identifier(languages: tuple[str, ...]) -> _langid.LanguageIdentifier:
    """py3langid restricted to ``languages``, from the cache when it is there."""
    try:
        path = _cache_file(languages)
        if not path.is_file():
            _write(path, languages)
        with np.load(path, allow_pickle=False) as data:
            return _identifier({k: data[k] for k in data.files})
    except Exception:  # a read-only home, a full disk, another py3langid: the slow way still works
        identifier = _langid.LanguageIdentifier.from_model_file(_langid.MODEL_FILE, norm_probs=True)
        identifier.set_languages(list(languages))
        return identifier
