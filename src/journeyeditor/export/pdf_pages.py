"""Pages of office paper (landscape) after the posters, for the workshop's results: voting
rounds and comment threads. Drawn top-down in points, a title on the first page, a table whose
header repeats on every page, "page i of n" at each foot."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from reportlab.lib.units import mm

from ..i18n import tr
from ..layout.style import INK, INK_SOFT
from ..text.bidi import paragraph_is_rtl
from ..text.measure import wrap
from .pdf import _MEASURER, _colour, _text

MARGIN = 14 * mm
TITLE_SIZE, SUBTITLE_SIZE, BODY_SIZE, SMALL_SIZE = 17.0, 10.0, 9.5, 8.0
HEADER_FILL, STRIPE_FILL, RULE = "#E3E9F0", "#F7F8FA", "#C9CED6"
PAD = 4.0
#: landscape office paper, in points
PAPERS = {"A4": (297 * mm, 210 * mm), "A3": (420 * mm, 297 * mm), "letter": (279.4 * mm, 215.9 * mm)}
INCH_SIZES = {"letter", "legal", "tabloid", "arch-e"}


def paper_after(page: str | None, tile: str | None = None) -> str:
    """The paper result pages take after posters on `page` (or tiles of `tile`): Letter where
    the posters are on American paper or sized in inches, else A4."""
    named = {(page or "").lower(), (tile or "").lower()}
    return "letter" if named & INCH_SIZES or (page or "").lower().endswith("in") else "A4"


def lines_of(text: str, width: float, size: float, bold: bool = False, max_lines: int = 3) -> list[str]:
    return wrap(" ".join(text.split()), _MEASURER, max(width, 10.0), size, bold, max_lines) if text.strip() else []


def line_height(size: float) -> float:
    return round(size * 1.35, 2)


def text(canvas, lines: list[str], x: float, y: float, width: float, size: float, bold: bool = False,
         colour: str = INK) -> float:
    """Lines top-down from y; returns the y under them (only measures, given no canvas)."""
    if canvas is None:
        return y + len(lines) * line_height(size)
    return _text(canvas, lines, x, y, width, size, bold, colour, bool(lines) and paragraph_is_rtl(lines[0]))


@dataclass
class Column:
    title: str
    width: float  # points


@dataclass
class Row:
    height: float
    draw: Callable[[object, float, list[float]], None]  # (canvas, top, the columns' x) -> draws the row


class Pages:
    """A run of pages: `heading(canvas, x, y, width)` draws the first page's title block and
    returns where it ends (given no canvas, it only measures); then the rows under a table
    header, on as many pages as they need."""

    def __init__(self, canvas, paper: str, title: str) -> None:
        self.canvas = canvas
        self.width, self.height = PAPERS.get(paper, PAPERS["A4"])
        self.title = title  # repeated small at the top of every page after the first

    @property
    def usable(self) -> float:
        return self.width - 2 * MARGIN

    def inner_widths(self, columns: list[Column]) -> list[float]:
        """The room for text in each column, once the columns fill the page's width."""
        return [w - 2 * PAD for w in self._widths(columns)]

    def _widths(self, columns: list[Column]) -> list[float]:
        scale = self.usable / sum(c.width for c in columns)
        return [c.width * scale for c in columns]

    def draw(self, heading: Callable[[object, float, float, float], float], columns: list[Column],
             rows: list[Row], empty: str) -> int:
        """Draw the pages; returns how many there were."""
        usable = self.usable
        xs = [MARGIN]
        widths = self._widths(columns)
        for w in widths:
            xs.append(xs[-1] + w)
        header_h = line_height(BODY_SIZE) + 2 * PAD
        pages: list[list[tuple[Row, bool]]] = [[]]
        first_top = heading(None, MARGIN, MARGIN, usable)
        y = first_top + header_h
        for index, row in enumerate(rows):
            if y + row.height > self.height - MARGIN - 14 and pages[-1]:
                pages.append([])
                y = MARGIN + line_height(SMALL_SIZE) + 6 + header_h
            pages[-1].append((row, index % 2 == 1))
            y += row.height
        for number, page_rows in enumerate(pages, 1):
            self._begin_page()
            if number == 1:
                y = heading(self.canvas, MARGIN, MARGIN, usable)
            else:
                y = text(self.canvas, [self.title], MARGIN, MARGIN, usable, SMALL_SIZE, False, INK_SOFT) + 6
            y = self._header(columns, xs, y, header_h)
            if not rows:
                text(self.canvas, [empty], MARGIN + PAD, y + PAD, usable, BODY_SIZE, False, INK_SOFT)
            for row, stripe in page_rows:
                if stripe:
                    self.canvas.setFillColor(_colour(STRIPE_FILL))
                    self.canvas.rect(MARGIN, y, usable, row.height, stroke=0, fill=1)
                row.draw(self.canvas, y, xs)
                y += row.height
            self.canvas.setStrokeColor(_colour(RULE))
            self.canvas.setLineWidth(0.6)
            self.canvas.line(MARGIN, y, MARGIN + usable, y)
            foot = tr("page {0} of {1}").format(number, len(pages))
            text(self.canvas, [foot], MARGIN, self.height - MARGIN + 2, usable, SMALL_SIZE, False, INK_SOFT)
            self._end_page()
        return len(pages)

    def _header(self, columns: list[Column], xs: list[float], y: float, height: float) -> float:
        canvas = self.canvas
        canvas.setFillColor(_colour(HEADER_FILL))
        canvas.rect(xs[0], y, xs[-1] - xs[0], height, stroke=0, fill=1)
        for column, x, right in zip(columns, xs, xs[1:]):
            text(canvas, lines_of(column.title, right - x - 2 * PAD, BODY_SIZE, True, 1), x + PAD, y + PAD,
                 right - x - 2 * PAD, BODY_SIZE, True)
        return y + height

    def _begin_page(self) -> None:
        self.canvas.setPageSize((self.width, self.height))
        self.canvas.saveState()
        self.canvas.translate(0, self.height)
        self.canvas.scale(1, -1)  # y grows downwards, as on the posters

    def _end_page(self) -> None:
        self.canvas.restoreState()
        self.canvas.showPage()
