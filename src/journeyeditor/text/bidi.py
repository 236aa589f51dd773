"""Bidi levels and the visual order of one line, for the PDF (Qt orders text itself on screen).

The levels come from GNU FriBidi (the complete Unicode Bidirectional Algorithm, bracket pairs
included: what Qt applies on the canvas), called through ctypes: python-bidi's Rust core only
returns a reordered string, and the PDF needs the runs, to choose a font for each and shape
each with its own direction. Where FriBidi is missing (Windows; macOS without Homebrew's
`fribidi`), python-bidi's pure-Python algorithm stands in: an older UBA without bracket pairs
(rule N0), so a bracket between scripts may print on the other side than the canvas shows it.
`BIDI_ENGINE` says which one runs.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import re
from dataclasses import dataclass
from functools import lru_cache

from .fonts import FontFace
from .runs import split_runs

# fribidi-bidi-types.h: a paragraph direction is a character type
_PAR_LTR, _PAR_RTL, _PAR_ON = 0x110, 0x111, 0x40


def _load_fribidi():
    names = (ctypes.util.find_library("fribidi"), "libfribidi.so.0", "libfribidi.0.dylib",
             "/opt/homebrew/lib/libfribidi.0.dylib", "/usr/local/lib/libfribidi.0.dylib", "libfribidi-0.dll")
    for name in filter(None, names):
        try:
            lib = ctypes.CDLL(name)
        except OSError:
            continue
        if not hasattr(lib, "fribidi_get_par_embedding_levels_ex"):  # bracket pairs: FriBidi 1.0 and later
            continue
        chars, types = ctypes.POINTER(ctypes.c_uint32), ctypes.POINTER(ctypes.c_uint32)
        lib.fribidi_get_bidi_types.argtypes = (chars, ctypes.c_int, types)
        lib.fribidi_get_bidi_types.restype = None
        lib.fribidi_get_bracket_types.argtypes = (chars, ctypes.c_int, types, types)
        lib.fribidi_get_bracket_types.restype = None
        lib.fribidi_get_par_embedding_levels_ex.argtypes = (
            types, types, ctypes.c_int, ctypes.POINTER(ctypes.c_uint32), ctypes.POINTER(ctypes.c_int8))
        lib.fribidi_get_par_embedding_levels_ex.restype = ctypes.c_int8
        return lib
    return None


_FRIBIDI = _load_fribidi()
BIDI_ENGINE = "fribidi" if _FRIBIDI else "python-bidi"


@lru_cache(maxsize=512)
def _arrays(size: int) -> tuple[type, type]:
    return ctypes.c_uint32 * size, ctypes.c_int8 * size  # making an array type costs more than filling one


def _fribidi_levels(text: str, rtl: bool | None) -> tuple[list[int], bool]:
    """Each character's level, and whether the paragraph reads right to left."""
    size = len(text)
    words, levels_array = _arrays(size)
    chars = words(*map(ord, text))
    types = words()
    _FRIBIDI.fribidi_get_bidi_types(chars, size, types)
    brackets = words()
    _FRIBIDI.fribidi_get_bracket_types(chars, size, types, brackets)
    # in: the direction asked (ON: from the text, skipping isolates); out: the one resolved
    direction = ctypes.c_uint32(_PAR_ON if rtl is None else _PAR_RTL if rtl else _PAR_LTR)
    resolved = levels_array()
    if not _FRIBIDI.fribidi_get_par_embedding_levels_ex(types, brackets, size, ctypes.byref(direction), resolved):
        raise MemoryError("FriBidi could not resolve the bidi levels")
    return resolved[:], direction.value == _PAR_RTL


#: every character whose bidi class is R, AL or AN, or an explicit embedding, override or isolate
#: (checked against unicodedata over all code points): a text with none of them is one left-to-
#: right level, and needs no bidi run (most of a map's text, and the PDF shapes every line)
_MAY_REORDER = re.compile("[\u0590-\u08FF\u200F\u202A-\u202E\u2066-\u2069\uFB1D-\uFDFF\uFE70-\uFEFF"
                          "\U00010800-\U00010FFF\U0001E800-\U0001EFFF]")


def paragraph_is_rtl(text: str) -> bool:
    """Whether the first strong character (outside isolates) reads right to left (UBA P2, P3)."""
    if not text or not _MAY_REORDER.search(text):
        return False
    if _FRIBIDI is None:
        from bidi.algorithm import get_base_level

        return get_base_level(text) == 1
    return _fribidi_levels(text, None)[1]


def levels(text: str, rtl: bool | None = None) -> list[int]:
    """The resolved embedding level of each character of one line (odd: right to left), with
    trailing whitespace at the paragraph's level (L1). `rtl` None: direction from the text."""
    if not text:
        return []
    if not rtl and not _MAY_REORDER.search(text):
        return [0] * len(text)
    if _FRIBIDI is None:
        return _python_bidi_levels(text, rtl)
    return _fribidi_levels(text, rtl)[0]


def _python_bidi_levels(text: str, rtl: bool | None) -> list[int]:
    """python-bidi's pure-Python UBA, run up to the levels (its get_display goes on to reorder)."""
    from bidi import algorithm

    storage = algorithm.get_empty_storage()
    base = algorithm.get_base_level(text) if rtl is None else int(rtl)
    storage["base_level"], storage["base_dir"] = base, "LR"[base]
    algorithm.get_embedding_levels(text, storage)
    for index, char in enumerate(storage["chars"]):
        char["index"] = index  # explicit embeddings are dropped below (X9): find each character's place
        if char["type"] in ("LRI", "RLI", "FSI", "PDI"):
            char["type"] = char["orig"] = "ON"  # it predates isolates (and fails on them): neutrals here
    algorithm.explicit_embed_and_overrides(storage)
    algorithm.resolve_weak_types(storage)
    algorithm.resolve_neutral_types(storage, False)
    algorithm.resolve_implicit_levels(storage, False)
    algorithm.reorder_resolved_levels(storage, False)  # L1; its L2 reordering is not used
    result = [base] * len(text)
    for char in storage["chars"]:
        result[char["index"]] = char["level"]
    return result


@dataclass
class VisualRun:
    text: str  # logical order; the shaper lays right-to-left runs out (and mirrors brackets)
    font: FontFace
    rtl: bool
    start: int  # index of the run's first character in the line


def visual_runs(text: str, rtl: bool | None = None) -> list[VisualRun]:
    """Runs of one level and one font, in left-to-right drawing order (UBA L2)."""
    if not text:
        return []
    line_levels = levels(text, rtl)
    if line_levels.count(line_levels[0]) == len(line_levels):
        # one level (most lines): the runs are the font runs, reversed if it reads right to left;
        # the same as the per-character pass below, in one step per run
        return _one_level_runs(text, line_levels[0])
    fonts = []
    for run in split_runs(text):
        fonts += [run.font] * len(run.text)
    # [level, font, start, end]: each piece cut from text once at the end (adding a character at
    # a time to a string copies it: quadratic in a long piece)
    pieces: list[list] = []
    start = 0
    for i in range(1, len(text) + 1):
        if i == len(text) or line_levels[i] != line_levels[start] or fonts[i] is not fonts[start]:
            pieces.append([line_levels[start], fonts[start], start, i])
            start = i
    # reverse every maximal sequence at level >= k, from the highest level down to the lowest odd one
    lowest_odd = min((p[0] for p in pieces if p[0] % 2), default=None)
    if lowest_odd is not None:
        for k in range(max(p[0] for p in pieces), lowest_odd - 1, -1):
            i = 0
            while i < len(pieces):
                if pieces[i][0] >= k:
                    j = i
                    while j < len(pieces) and pieces[j][0] >= k:
                        j += 1
                    pieces[i:j] = reversed(pieces[i:j])
                    i = j
                else:
                    i += 1
    return [VisualRun(text[start:end], font, level % 2 == 1, start) for level, font, start, end in pieces]


def _one_level_runs(text: str, level: int) -> list[VisualRun]:
    pieces: list[list] = []  # [font, start, end], adjacent runs of one font merged
    start = 0
    for run in split_runs(text):
        end = start + len(run.text)
        if pieces and pieces[-1][0] is run.font:
            pieces[-1][2] = end
        else:
            pieces.append([run.font, start, end])
        start = end
    if level % 2:
        pieces.reverse()
    return [VisualRun(text[start:end], font, level % 2 == 1, start) for font, start, end in pieces]
