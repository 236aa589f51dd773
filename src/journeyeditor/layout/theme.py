"""The map's themes: light (the paper's colours), dark and high contrast, for the canvas.

A theme names the map's own colours (background, ink, card body …) and re-derives the colours
a map stores or the style defines for light paper (a stage's pastel, a lane's tint, a card type's
accent, a chip's ink) by keeping their hue and moving their lightness, so a user's colours keep
their meaning in every theme. Text colours are then pushed until they meet the theme's contrast
ratio (WCAG: 4.5:1, 7:1 in high contrast) on the fill they sit on.

Qt-free. The canvas asks `current()`; the window sets it with `use()`. The PDF never asks: paper
is always light."""

from __future__ import annotations

import colorsys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache

from .style import INK, INK_SOFT

SYSTEM = "system"


def _rgb(colour: str) -> tuple[float, float, float]:
    return tuple(int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5))  # type: ignore[return-value]


def _hex(r: float, g: float, b: float) -> str:
    return "#" + "".join(f"{round(min(1.0, max(0.0, c)) * 255):02X}" for c in (r, g, b))


def relative_luminance(colour: str) -> float:
    """WCAG 2 relative luminance of #RRGGBB."""
    def linear(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(c) for c in _rgb(colour))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(a: str, b: str) -> float:
    """WCAG 2 contrast ratio of two #RRGGBB colours, 1 … 21."""
    la, lb = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def _with_lightness(colour: str, lightness: float, saturation_factor: float = 1.0) -> str:
    h, _l, s = colorsys.rgb_to_hls(*_rgb(colour))
    return _hex(*colorsys.hls_to_rgb(h, min(1.0, max(0.0, lightness)), min(1.0, s * saturation_factor)))


def _lightness(colour: str) -> float:
    return colorsys.rgb_to_hls(*_rgb(colour))[1]


@dataclass(frozen=True, eq=False)  # one object per theme: hashed by identity, cheap as a cache key
class Theme:
    name: str
    dark: bool
    min_contrast: float  # for text, WCAG
    background: str  # the map's paper
    surround: str  # the scene around the map
    grid_line: str
    ink: str
    ink_soft: str
    card_fill: str
    card_outline: str  # "#AARRGGBB", as QColor reads it
    card_outline_width: float
    shadow: tuple[int, int, int, int]  # RGBA, the resting card's; hovering doubles its alpha
    header_fill: str  # lane headers
    selection: str
    highlight: str  # a card found or pointed at
    blueprint_line: str
    on_accent: str  # text and rims on a saturated badge (status pills, fail/wait markers)
    column_tint: tuple[int, int, int]  # alternate stage columns are washed with this colour
    far_card_lightness: int  # far out, a card is a block of its accent this light (QColor.lighter's %)
    fill_lightness: tuple[float, float] = (0.0, 0.0)  # where pale fills land (palest, deepest)
    fill_saturation: float = 1.0
    accent_lightness: float = 0.0  # accents darker than this are raised to it
    accent_saturation: float = 1.0

    def fill(self, colour: str) -> str:
        """A light theme's background colour (stage band, lane row, chip, step tab) for this theme."""
        return _fill(self, colour.upper())

    def accent(self, colour: str) -> str:
        """A saturated mark (card-type bar, persona line, icon, badge) for this theme."""
        return _accent(self, colour.upper())

    def text(self, colour: str, on: str) -> str:
        """A light theme's text colour, for this theme, readable on the (already adapted) fill `on`."""
        return _text(self, colour.upper(), on.upper())

    def chip(self, fill: str, outline: str, ink: str) -> tuple[str, str, str]:
        """A chip's (fill, outline or "", text) from the light theme's."""
        chip_fill = self.fill(fill)
        return chip_fill, self.accent(outline) if outline else "", self.text(ink, chip_fill)


@cache
def _fill(theme: Theme, colour: str) -> str:
    if not theme.dark:
        return colour
    palest, deepest = theme.fill_lightness
    # light paper's palest tints become the darkest surfaces, stronger pastels a little lighter
    lightness = palest + (deepest - palest) * (1 - _lightness(colour)) / 0.35
    return _with_lightness(colour, min(max(lightness, min(palest, deepest)), max(palest, deepest)),
                           theme.fill_saturation)


@cache
def _accent(theme: Theme, colour: str) -> str:
    if not theme.dark:
        return colour
    return _with_lightness(colour, max(_lightness(colour), theme.accent_lightness), theme.accent_saturation)


@cache
def _text(theme: Theme, colour: str, on: str) -> str:
    named = {INK: theme.ink, INK_SOFT: theme.ink_soft}
    candidate = named.get(colour)
    if candidate is None:
        # dark text keeps its hue and turns light on dark surfaces
        candidate = _with_lightness(colour, 1 - _lightness(colour) * 0.6) if theme.dark else colour
    return readable(candidate, on, theme.min_contrast)


def readable(colour: str, on: str, ratio: float) -> str:
    """`colour`, lighter or darker (away from `on`) in small steps until it reads at `ratio` on `on`."""
    toward_light = relative_luminance(on) < 0.18
    h, lightness, s = colorsys.rgb_to_hls(*_rgb(colour))
    while contrast_ratio(colour, on) < ratio and 0.0 < lightness < 1.0:
        lightness = min(1.0, lightness + 0.02) if toward_light else max(0.0, lightness - 0.02)
        colour = _hex(*colorsys.hls_to_rgb(h, lightness, s))
    return colour


LIGHT = Theme(
    name="light", dark=False, min_contrast=4.5, background="#F6F6F3", surround="#ECECE7", grid_line="#E2E2DC",
    ink=INK, ink_soft=INK_SOFT, card_fill="#FFFFFF", card_outline="#1C000000", card_outline_width=0.8,
    shadow=(20, 30, 40, 20), header_fill="#FFFFFF", selection="#2563EB", highlight="#E69F00",
    blueprint_line="#3B4450", on_accent="#FFFFFF", column_tint=(0, 0, 0), far_card_lightness=135,
)
#: a deep blue-grey night, not black: cards sit a step lighter than the lanes, and the
#: Okabe–Ito accents are lifted just enough to glow without turning pastel
DARK = Theme(
    name="dark", dark=True, min_contrast=4.5, background="#15191F", surround="#0E1115", grid_line="#2B323B",
    ink="#E8ECF1", ink_soft="#A8B3BF", card_fill="#283039", card_outline="#26FFFFFF", card_outline_width=0.8,
    shadow=(0, 0, 0, 90), header_fill="#1E232A", selection="#6EA8FE", highlight="#F5B83D",
    blueprint_line="#A3AEBB", on_accent="#101418", column_tint=(255, 255, 255), far_card_lightness=85,
    fill_lightness=(0.105, 0.2), fill_saturation=0.45, accent_lightness=0.52, accent_saturation=0.78,
)
#: black and white with strong borders and yellow for what must be found (projectors too)
HIGH_CONTRAST = Theme(
    name="high-contrast", dark=True, min_contrast=7.0, background="#000000", surround="#000000",
    grid_line="#8C8C8C", ink="#FFFFFF", ink_soft="#F2F2F2", card_fill="#000000", card_outline="#FFFFFFFF",
    card_outline_width=1.6, shadow=(0, 0, 0, 0), header_fill="#000000", selection="#FFE600",
    highlight="#FFE600", blueprint_line="#FFFFFF", on_accent="#000000", column_tint=(255, 255, 255),
    far_card_lightness=100,
    fill_lightness=(0.06, 0.14), fill_saturation=0.7, accent_lightness=0.62, accent_saturation=1.0,
)
THEMES = {theme.name: theme for theme in (LIGHT, DARK, HIGH_CONTRAST)}

_current = LIGHT


def current() -> Theme:
    """The theme the canvas paints in."""
    return _current


def use(theme: Theme) -> None:
    global _current
    _current = theme


@contextmanager
def painting_in(theme: Theme) -> Iterator[None]:
    """The canvas's painting code in `theme` for a while (an export), then back to the window's."""
    before = current()
    use(theme)
    try:
        yield
    finally:
        use(before)
