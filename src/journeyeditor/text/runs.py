"""Split a string into runs of one script and one font, with a direction.

Characters common to all scripts (spaces, digits, punctuation) join the run around them, so
"Stage 2 — 觸點" is two runs, not five. A character no bundled font has is reported in the
run's `missing`, never silently drawn as a box.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from functools import cache

from .fonts import FONTS, FontFace, font_for_script

_RANGES = (
    (0x0000, 0x0040, "common"), (0x0041, 0x024F, "latin"), (0x0250, 0x02AF, "latin"),
    (0x0370, 0x03FF, "greek"), (0x0400, 0x052F, "cyrillic"), (0x0590, 0x05FF, "hebrew"),
    (0x0600, 0x06FF, "arabic"), (0x0750, 0x077F, "arabic"), (0x08A0, 0x08FF, "arabic"),
    (0x1E00, 0x1EFF, "latin"), (0x2000, 0x206F, "common"), (0x3000, 0x303F, "common"),
    (0x3040, 0x30FF, "kana"), (0x31F0, 0x31FF, "kana"), (0x3400, 0x4DBF, "han"),
    (0x4E00, 0x9FFF, "han"), (0xAC00, 0xD7AF, "hangul"), (0xF900, 0xFAFF, "han"),
    (0xFB50, 0xFDFF, "arabic"), (0xFE70, 0xFEFF, "arabic"), (0xFF00, 0xFFEF, "common"),
    (0x20000, 0x2FA1F, "han"),
)
RTL_SCRIPTS = {"arabic", "hebrew"}


@cache
def script_of(char: str) -> str:
    code = ord(char)
    if code >= 0x41 and unicodedata.category(char)[0] in "NPSZ":
        return "common"  # digits, punctuation, symbols, spaces in any block
    for start, end, script in _RANGES:
        if start <= code <= end:
            return "common" if script == "latin" and not char.isalpha() else script
    return "other"


@dataclass
class Run:
    text: str
    script: str
    font: FontFace
    rtl: bool = False
    missing: list[str] = field(default_factory=list)


def _by_script(text: str) -> list[tuple[str, str]]:
    # runs as [script, start index]; each run's text is cut from `text` once at the end (adding
    # a character at a time to a list element copies the string: quadratic in a long run)
    runs: list[list] = []
    for i, char in enumerate(text):
        script = script_of(char)
        if script == "common" and runs:
            pass
        elif runs and (runs[-1][0] == script or runs[-1][0] == "common"):
            runs[-1][0] = script
        else:
            runs.append([script, i])
    ends = [start for _, start in runs[1:]] + [len(text)]
    return [(script, text[start:end]) for (script, start), end in zip(runs, ends)]


@cache
def _font_for(char: str, preferred: FontFace) -> FontFace | None:
    if preferred.covers(char):
        return preferred
    return next((font for font in FONTS if font.covers(char)), None)


def split_runs(text: str) -> list[Run]:
    """Runs of one script and one font each, in logical (typed) order."""
    result: list[Run] = []
    parts: list[list[str]] = []  # each run's characters, joined once at the end (not `text +=`)
    for script, chars in _by_script(text):
        preferred = font_for_script(script)
        rtl = script in RTL_SCRIPTS
        for char in chars:
            font = _font_for(char, preferred)
            if font is None:
                font = preferred
                missing = [char]
            else:
                missing = []
            last = result[-1] if result else None
            if last and last.font is font and last.script == script:
                parts[-1].append(char)
                last.missing += missing
            else:
                result.append(Run("", script, font, rtl, missing))
                parts.append([char])
    for run, chars in zip(result, parts):
        run.text = "".join(chars)
    return result


def missing_characters(text: str) -> list[str]:
    return [char for run in split_runs(text) for char in run.missing]
