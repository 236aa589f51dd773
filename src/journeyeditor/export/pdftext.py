"""Text in the PDF: bundled fonts registered with reportlab, runs ordered and shaped per script."""

from __future__ import annotations

from functools import cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont, shapeStr

from ..text.bidi import visual_runs
from ..text.fonts import FONTS, FontFace  # noqa: F401 - FONTS[0] is the default


def font_name(face: FontFace, bold: bool) -> str:
    """The reportlab name of a bundled face, registered on first use: parsing the CJK face
    takes about a second, so a map without Chinese never pays for it."""
    name = f"JE-{face.key}-{'bold' if bold else 'regular'}"
    _register(name, str(face.path(bold)))
    return name


@cache
def _register(name: str, path: str) -> None:
    # shaping (uharfbuzz) joins Arabic letters and applies kerning; fonts embed as subsets
    pdfmetrics.registerFont(TTFont(name, path, shapable=True))


def register_fonts() -> str:
    """The default font's name (registered), for the canvas's initialFontName."""
    return font_name(FONTS[0], False)


def _has_arabic(text: str) -> bool:
    """Arabic-script letters or marks: what needs joining (digits need no shaping)."""
    import unicodedata

    return any((0x0600 <= ord(c) <= 0x06FF or 0xFB50 <= ord(c) <= 0xFEFF) and unicodedata.category(c)[0] in "LM"
               for c in text)


def shaped_pieces(text: str, size: float, bold: bool, rtl: bool | None = None) -> list[tuple[str, object, float]]:
    """(font name, drawable text, width) per run, left to right. Cached: maps repeat their words."""
    key = (text, size, bold, rtl)
    pieces = _SHAPED.get(key)
    if pieces is None:
        if len(_SHAPED) > 50_000:
            _SHAPED.clear()
        pieces = _SHAPED[key] = _shape(text, size, bold, rtl)
    return pieces


_SHAPED: dict[tuple, list] = {}


def _shape(text: str, size: float, bold: bool, rtl: bool | None) -> list[tuple[str, object, float]]:
    pieces = []
    for run in visual_runs(text, rtl):
        name = font_name(run.font, bold)
        chars = run.text
        if run.rtl and not _has_arabic(chars):
            chars = chars[::-1]  # nothing to shape: reverse it ourselves
            drawable = chars
            width = pdfmetrics.stringWidth(chars, name, size)
        elif _has_arabic(chars):
            drawable = shapeStr(chars, name, size, force=True)
            width = sum(d.x_advance for d in drawable.__shapeData__) * size / 1000
        else:
            drawable = chars
            width = pdfmetrics.stringWidth(chars, name, size)
        pieces.append((name, drawable, width))
    return pieces


def draw_text(canvas, text: str, x: float, baseline: float, width: float, size: float, bold: bool,
              colour, align_right: bool = False) -> None:
    """Draw one already-broken line in a y-up coordinate system."""
    if not text:
        return
    pieces = shaped_pieces(text, size, bold)
    total = sum(w for _, _, w in pieces)
    cursor = x + max(0.0, width - total) if align_right else x
    canvas.setFillColor(colour)
    for name, drawable, piece_width in pieces:
        text_object = canvas.beginText(cursor, baseline)
        text_object.setFont(name, size)
        text_object.textOut(drawable)
        canvas.drawText(text_object)
        cursor += piece_width
