"""Text measuring and line breaking from the bundled fonts' own metrics (HarfBuzz), with no Qt.

The layout breaks every text into lines here once; the canvas and the PDF draw those lines as
given, so both break text at exactly the same places.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from .fonts import FontFace
from .runs import split_runs

#: the width we promise is a bit less than the box, since shaping (kerning, Arabic joins) and
#: the renderers' hinting can make a line a little wider than the sum of its advances
SAFETY = 0.94


class FontMetrics:
    """Horizontal advances of one font file, read through HarfBuzz one character at a time.
    (fontTools would build a name for each of the CJK face's 30,000 glyphs first: about a
    second at every start, for a table we only look into.)"""

    def __init__(self, path: Path) -> None:
        import uharfbuzz as hb

        face = hb.Face(hb.Blob.from_file_path(str(path)))
        self._font = hb.Font(face)  # scaled in font units
        self.units = face.upem
        self.default = self._font.get_glyph_h_advance(0)  # .notdef

    def advance(self, code: int) -> int:
        glyph = self._font.get_nominal_glyph(code)
        return self.default if glyph is None else self._font.get_glyph_h_advance(glyph)


@cache
def _metrics(path: Path) -> FontMetrics:
    return FontMetrics(path)


class FontMeasurer:
    """Measures with the font each run of script would be drawn in."""

    def __init__(self) -> None:
        self._cache: tuple[dict[str, float], dict[str, float]] = ({}, {})  # regular, bold

    def _char_width(self, char: str, bold: bool) -> float:
        # a character's font is that of its script's run; spaces and punctuation are measured
        # in the Latin face, a difference of a fraction of a point that SAFETY absorbs
        font: FontFace = split_runs(char)[0].font
        metrics = _metrics(font.path(bold))
        width = metrics.advance(ord(char)) / metrics.units
        self._cache[bold][char] = width
        return width

    def width(self, text: str, size: float, bold: bool = False) -> float:
        cache = self._cache[bold]
        total = 0.0
        for char in text:
            width = cache.get(char)
            total += self._char_width(char, bold) if width is None else width
        return total * size


def _is_cjk(char: str) -> bool:
    code = ord(char)
    return 0x2E80 <= code <= 0x9FFF or 0xF900 <= code <= 0xFAFF or 0xFF00 <= code <= 0xFFEF or code >= 0x20000


def _tokens(text: str) -> list[str]:
    """Break opportunities: after spaces, and between CJK characters."""
    tokens: list[str] = []
    current = ""
    for char in text:
        if _is_cjk(char):
            if current:
                tokens.append(current)
            tokens.append(char)
            current = ""
        elif char == " ":
            tokens.append(current + " ")
            current = ""
        else:
            current += char
    if current:
        tokens.append(current)
    return tokens


def wrap(text: str, measurer: FontMeasurer, width: float, size: float, bold: bool = False,
         max_lines: int = 0) -> list[str]:
    """Greedy line breaking; with max_lines, the last line ends in an ellipsis if text is left.

    Widths add up token by token (a line's width is the sum of its characters' advances), so
    each character is measured once.
    """
    limit = width * SAFETY
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line, line_width = "", 0.0
        for token in _tokens(paragraph):
            token_width = measurer.width(token, size, bold)
            visible = token.rstrip()
            visible_width = token_width - (measurer.width(token[len(visible):], size, bold) if visible != token else 0)
            if line and line_width + visible_width > limit:
                lines.append(line.rstrip())
                line, line_width = "", 0.0
            line += token
            line_width += token_width
            while line_width > limit and len(line.rstrip()) > 1 and measurer.width(line.rstrip(), size, bold) > limit:
                cut = _fit(line, measurer, limit, size, bold)  # one word wider than the box
                lines.append(line[:cut])
                line = line[cut:]
                line_width = measurer.width(line, size, bold)
        lines.append(line.rstrip())
    if max_lines and len(lines) > max_lines:
        lines = lines[:max_lines]
        last = lines[-1]
        while last and measurer.width(last + "…", size, bold) > limit:
            last = last[:-1]
        lines[-1] = last.rstrip() + "…"
    return lines


def _fit(text: str, measurer: FontMeasurer, limit: float, size: float, bold: bool) -> int:
    for cut in range(len(text) - 1, 0, -1):
        if measurer.width(text[:cut], size, bold) <= limit:
            return cut
    return 1
