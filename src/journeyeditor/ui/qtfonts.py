"""The bundled fonts for Qt: registered once; a fixed fallback chain so Chinese never falls to a
Japanese face, and a machine with no fonts shows every script."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QFont, QFontDatabase

from ..text.fonts import FONTS

FAMILIES = [face.family for face in FONTS]


@cache
def register_fonts() -> list[str]:
    families = []
    for face in FONTS:
        for bold in (False, True):
            font_id = QFontDatabase.addApplicationFont(str(face.path(bold)))
            if font_id >= 0:
                families += QFontDatabase.applicationFontFamilies(font_id)
    return families


def ui_font(pixel_size: float, bold: bool = False) -> QFont:
    """A font of the bundled chain. Shared per size and weight: callers must not change it."""
    return _ui_font(max(1, round(pixel_size)), bold)


@cache
def _ui_font(pixel_size: int, bold: bool) -> QFont:
    register_fonts()
    font = QFont()
    font.setFamilies(FAMILIES)
    font.setPixelSize(pixel_size)
    font.setBold(bold)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)  # widths as measured
    return font
