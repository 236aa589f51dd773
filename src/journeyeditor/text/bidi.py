"""Visual ordering of a line for the PDF (Qt orders text itself on screen).

A compact version of the Unicode bidi algorithm for one line: paragraph direction from the
first strong character, neutrals take the direction of the strong characters around them,
numbers stay left-to-right, runs at odd levels read right to left with brackets mirrored.
python-bidi only returns a reordered string; we need the runs (to choose fonts and shape each
run with its own direction), so the levels are resolved here.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from .fonts import FontFace
from .runs import split_runs

MIRROR = {"(": ")", ")": "(", "[": "]", "]": "[", "{": "}", "}": "{", "<": ">", ">": "<",
          "«": "»", "»": "«", "‹": "›", "›": "‹"}


def _strong(char: str) -> str | None:
    kind = unicodedata.bidirectional(char)
    if kind == "L":
        return "L"
    if kind in ("R", "AL"):
        return "R"
    return None


def paragraph_is_rtl(text: str) -> bool:
    for char in text:
        strong = _strong(char)
        if strong:
            return strong == "R"
    return False


def levels(text: str, rtl: bool | None = None) -> list[int]:
    base = 1 if (paragraph_is_rtl(text) if rtl is None else rtl) else 0
    kinds = []
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind == "L":
            kinds.append("L")
        elif kind in ("R", "AL"):
            kinds.append("R")
        elif kind in ("EN", "AN"):
            kinds.append("N" + kind)
        else:
            kinds.append("")
    result = [base] * len(text)
    for i, kind in enumerate(kinds):
        if kind == "L":
            result[i] = 2 if base == 1 else 0
        elif kind == "R":
            result[i] = 1
    # numbers: left-to-right inside right-to-left text (level 2), plain in LTR text. The strong
    # direction before each number is carried forward in one pass (a scan back from every digit
    # made a long run of digits quadratic)
    before = "L" if base == 0 else "R"
    for i, kind in enumerate(kinds):
        if kind == "L" or kind == "R":
            before = kind
        elif kind:  # "NEN" / "NAN"
            result[i] = 2 if (before == "R" or base == 1) else 0
    # neutrals between two runs of one direction take it; otherwise the paragraph's
    i = 0
    while i < len(text):
        if kinds[i] == "":
            j = i
            while j < len(text) and kinds[j] == "":
                j += 1
            left = result[i - 1] if i > 0 else base
            right = result[j] if j < len(text) else base
            left_dir, right_dir = left % 2 if left != 2 else 0, right % 2 if right != 2 else 0
            level = (left if left_dir == 1 else (2 if base == 1 else 0)) if left_dir == right_dir else base
            if left_dir == right_dir == 0 and base == 1 and (i == 0 or j == len(text)):
                level = base
            for k in range(i, j):
                result[k] = level
            i = j
        else:
            i += 1
    return result


@dataclass
class VisualRun:
    text: str  # logical order; RTL runs are reordered by the shaper (or reversed if unshaped)
    font: FontFace
    rtl: bool
    start: int  # index of the run's first character in the line


def visual_runs(text: str, rtl: bool | None = None) -> list[VisualRun]:
    """Runs of one level and one font, in left-to-right drawing order."""
    if not text:
        return []
    line_levels = levels(text, rtl)
    fonts = []
    for run in split_runs(text):
        fonts += [run.font] * len(run.text)
    # [level, font, text, start]: pieces found by their start index, each cut from text once (adding
    # a character at a time to a list element copies the string: quadratic in a long piece)
    pieces: list[list] = []
    start = 0
    for i in range(1, len(text) + 1):
        if i == len(text) or line_levels[i] != line_levels[start] or fonts[i] is not fonts[start]:
            pieces.append([line_levels[start], fonts[start], text[start:i], start])
            start = i
    # reorder: reverse every maximal sequence at level >= k, from the highest level down to 1
    top = max(p[0] for p in pieces)
    for k in range(top, 0, -1):
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
    runs = []
    for level, font, chars, start in pieces:
        odd = level % 2 == 1
        if odd:
            chars = "".join(MIRROR.get(c, c) for c in chars)
        runs.append(VisualRun(chars, font, odd, start))
    return runs
