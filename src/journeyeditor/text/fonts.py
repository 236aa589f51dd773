"""The bundled font faces and what each covers.

Coverage comes from each font's own cmap (read once through HarfBuzz), so the choice of font
for a character is a fact, not a guess from Unicode blocks.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from ..resources import resource


@dataclass(frozen=True, eq=False)
class FontFace:
    # eq=False: hashed by identity. The faces are three constants, and caches key on a face per
    # character: hashing its four strings each time was a tenth of shaping a line for the PDF.
    key: str  # our short name: "latin", "arabic", "cjk"
    family: str  # the family name inside the font file (what Qt reports)
    regular: str  # file names under resources/fonts
    bold: str

    def path(self, bold: bool = False) -> Path:
        return resource("fonts", self.bold if bold else self.regular)

    def covers(self, char: str) -> bool:
        return ord(char) in _coverage(self.regular)


LATIN = FontFace("latin", "Noto Sans", "NotoSans-Regular.ttf", "NotoSans-Bold.ttf")
ARABIC = FontFace("arabic", "Noto Naskh Arabic", "NotoNaskhArabic-Regular.ttf", "NotoNaskhArabic-Bold.ttf")
CJK = FontFace("cjk", "Noto Sans SC", "NotoSansSC-Regular.ttf", "NotoSansSC-Bold.ttf")

#: the fallback chain, in order: Latin first (it has the best punctuation), then the others
FONTS: tuple[FontFace, ...] = (LATIN, CJK, ARABIC)

_PREFERRED = {"latin": LATIN, "cyrillic": LATIN, "greek": LATIN, "common": LATIN,
              "arabic": ARABIC, "han": CJK, "kana": CJK, "hangul": CJK}


def font_for_script(script: str) -> FontFace:
    return _PREFERRED.get(script, LATIN)


@cache
def _coverage(file_name: str) -> frozenset[int]:
    """The code points a bundled font has glyphs for (keyed by file name: a hot path)."""
    import uharfbuzz as hb

    return frozenset(hb.Face(hb.Blob.from_file_path(str(resource("fonts", file_name)))).unicodes)
