"""PDF posters and tiled prints (reportlab), drawn from the same layout as the canvas.

The map is drawn once per page as vector shapes and real text, in layout units (1 unit = 1 pt
at scale 1), then scaled to fit the page. Tiles place one form XObject of the whole poster on
each sheet, shifted and clipped, so tiles reassemble exactly into the poster.
"""

from __future__ import annotations

import datetime
import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from ..layout import LayoutEngine, MapLayout
from ..layout.curves import catmull_rom_beziers
from ..layout.icons import CHANNEL_ICONS, ICONS, face, face_colour, lane_icon_shapes
from ..layout.map_layout import _cut
from ..layout.style import (BACKGROUND, CARD_COLOURS, GRID_LINE, INK, INK_SOFT, STATUS_COLOURS,
                            STATUS_LABELS, Style, legend_items, minutes_label)
from ..text.bidi import paragraph_is_rtl
from ..text.measure import FontMeasurer, wrap
from .pdftext import draw_text, register_fonts, shaped_pieces

PAPER_MM = {
    "A0": (841, 1189), "A1": (594, 841), "A2": (420, 594), "A3": (297, 420), "A4": (210, 297),
    "A5": (148, 210), "letter": (215.9, 279.4), "legal": (215.9, 355.6), "tabloid": (279.4, 431.8),
    "arch-e": (914.4, 1219.2),
}
MAX_SIDE_PT = 14400.0  # 200 in: the largest page side PDF viewers accept without UserUnit
MARGIN_PT = 10 * mm
KIND_NAMES = {"current-state": "Current state", "future-state": "Future state",
              "day-in-the-life": "Day in the life", "service-blueprint": "Service blueprint"}


class PdfExportError(ValueError):
    pass


class Cancelled(Exception):
    pass


@dataclass
class PdfOptions:
    page: str = "fit"  # fit | A0..A5 | letter | legal | tabloid | arch-e | WxHmm
    orientation: str | None = None  # landscape | portrait | None (the map's own)
    tile: str | None = None  # A4 | A3 | letter
    overlap_mm: float = 10.0
    marks: bool = True

    @classmethod
    def from_cli(cls, page: str, orientation, tile, overlap, marks: bool) -> PdfOptions:
        options = cls(page or "fit", orientation, tile, overlap, marks)
        options.validate()
        return options

    def validate(self) -> None:
        if self.page != "fit" and self.page not in PAPER_MM and self.page.lower() not in {k.lower() for k in PAPER_MM} \
                and not re.fullmatch(r"\d+(\.\d+)?x\d+(\.\d+)?mm", self.page):
            raise PdfExportError(f"unknown page size {self.page!r} (use A0–A5, letter, legal, tabloid, "
                                 "arch-e, WxHmm or fit)")
        if self.tile and self.tile not in ("A4", "A3", "letter"):
            raise PdfExportError("tiles are A4, A3 or letter")
        if not 0 <= self.overlap_mm <= 50:
            raise PdfExportError("the overlap must be between 0 and 50 mm")

    def page_size(self, content_w: float, content_h: float) -> tuple[float, float]:
        """Page size in points for content of the given size (points at scale 1)."""
        if self.page == "fit":
            w, h = content_w + 2 * MARGIN_PT, content_h + 2 * MARGIN_PT
            if max(w, h) > MAX_SIDE_PT:  # scale to PDF's limit, keeping proportions
                factor = MAX_SIDE_PT / max(w, h)
                w, h = w * factor, h * factor
        else:
            key = next((k for k in PAPER_MM if k.lower() == self.page.lower()), None)
            if key:
                w, h = (v * mm for v in PAPER_MM[key])
            else:
                width_mm, height_mm = (float(v) for v in self.page[:-2].split("x"))
                if max(width_mm, height_mm) > 5080:
                    raise PdfExportError(f"a page side can be at most 5,080 mm (PDF's 200-inch limit); "
                                         f"{self.page} is larger: use --tile or a smaller page")
                if min(width_mm, height_mm) < 50:
                    raise PdfExportError("a page side must be at least 50 mm")
                w, h = width_mm * mm, height_mm * mm
            landscape = self.orientation == "landscape" or (self.orientation is None and content_w >= content_h)
            w, h = (max(w, h), min(w, h)) if landscape else (min(w, h), max(w, h))
        return w, h


@dataclass
class Poster:
    """One map, laid out, with the size it is drawn at."""

    project: object
    map: object
    layout: MapLayout
    width: float  # layout units including the legend band
    height: float


def build_poster(project, map_, engine: LayoutEngine | None = None) -> Poster:
    engine = engine or LayoutEngine()
    layout = engine.layout(project, map_.id)
    return Poster(project, map_, layout, layout.width, layout.height)


def export_pdf(project, maps, path: str | Path, options: PdfOptions | None = None,
               progress: Callable[[int, int], bool] | None = None) -> Path:
    """Write maps as posters (or tile sets), one after another. `progress(done, total)` returning
    False cancels; the partial file is removed."""
    options = options or PdfOptions()
    options.validate()
    path = Path(path)
    default_font = register_fonts()
    engine = LayoutEngine()
    posters = [build_poster(project, m, engine) for m in maps]
    canvas = Canvas(str(path), initialFontName=default_font, pageCompression=1)
    canvas.setTitle(project.title)
    canvas.setCreator("Journey Editor")
    total = len(posters)
    try:
        for done, poster in enumerate(posters):
            if options.tile:
                _tiles(canvas, poster, options, done, progress)
            else:
                _poster_page(canvas, poster, options)
            if progress is not None and progress(done + 1, total) is False:
                raise Cancelled()
        canvas.save()
    except BaseException:
        path.unlink(missing_ok=True)
        raise
    return path


def _fit(poster: Poster, page_w: float, page_h: float) -> tuple[float, float, float]:
    """Scale and offset placing the poster centred inside the page's margins."""
    scale = min((page_w - 2 * MARGIN_PT) / poster.width, (page_h - 2 * MARGIN_PT) / poster.height)
    x = (page_w - poster.width * scale) / 2
    y = (page_h - poster.height * scale) / 2
    return scale, x, y


def _poster_page(canvas: Canvas, poster: Poster, options: PdfOptions) -> None:
    page_w, page_h = options.page_size(poster.width, poster.height)
    canvas.setPageSize((page_w, page_h))
    scale, x, y = _fit(poster, page_w, page_h)
    canvas.saveState()
    canvas.translate(x, y + poster.height * scale)
    canvas.scale(scale, -scale)  # layout coordinates: y grows downwards
    draw_poster(canvas, poster)
    canvas.restoreState()
    canvas.showPage()


def tile_grid(poster_w: float, poster_h: float, sheet: str, overlap_mm: float,
              orientation: str | None = None) -> tuple[float, float, int, int, float]:
    """(sheet width, sheet height, columns, rows, step) for tiling a poster of that size (pt)."""
    w, h = (v * mm for v in PAPER_MM[sheet])
    if orientation == "landscape" or (orientation is None and poster_w >= poster_h):
        w, h = max(w, h), min(w, h)
    usable_w, usable_h = w - 2 * MARGIN_PT, h - 2 * MARGIN_PT
    overlap = overlap_mm * mm
    columns = max(1, math.ceil((poster_w - overlap) / (usable_w - overlap)))
    rows = max(1, math.ceil((poster_h - overlap) / (usable_h - overlap)))
    return w, h, columns, rows, overlap


def _tiles(canvas: Canvas, poster: Poster, options: PdfOptions, index: int, progress) -> None:
    # the poster at the size the page option gives, then cut into sheets
    if options.page == "fit":
        scale = 1.0
    else:
        page_w, page_h = options.page_size(poster.width, poster.height)
        scale = _fit(poster, page_w, page_h)[0]
    full_w, full_h = poster.width * scale, poster.height * scale
    sheet_w, sheet_h, columns, rows, overlap = tile_grid(full_w, full_h, options.tile, options.overlap_mm,
                                                         options.orientation)
    usable_w, usable_h = sheet_w - 2 * MARGIN_PT, sheet_h - 2 * MARGIN_PT
    form = f"poster{index}"
    canvas.setPageSize((sheet_w, sheet_h))
    canvas.beginForm(form, lowerx=0, lowery=0, upperx=full_w, uppery=full_h)
    canvas.saveState()
    canvas.translate(0, full_h)
    canvas.scale(scale, -scale)
    draw_poster(canvas, poster)
    canvas.restoreState()
    canvas.endForm()
    _assembly_page(canvas, poster, form, full_w, full_h, columns, rows, usable_w, usable_h, overlap, sheet_w, sheet_h)
    for row in range(rows):
        for column in range(columns):
            # the part of the poster this sheet shows, in poster points from its top-left
            left = column * (usable_w - overlap)
            top = row * (usable_h - overlap)
            canvas.saveState()
            path = canvas.beginPath()
            path.rect(MARGIN_PT, MARGIN_PT, usable_w, usable_h)
            canvas.clipPath(path, stroke=0, fill=0)
            canvas.translate(MARGIN_PT - left, sheet_h - MARGIN_PT + top - full_h)
            canvas.doForm(form)
            canvas.restoreState()
            if options.marks:
                _marks(canvas, sheet_w, sheet_h, overlap, row, column, rows, columns)
            where = f" — row {row + 1}, column {column + 1}  ({row * columns + column + 1}/{rows * columns})"
            label = _fit_line(poster.map.name, usable_w - _MEASURER.width(where, 7), 7, False) + where
            draw_text(canvas, label, MARGIN_PT, MARGIN_PT / 2 - 3, usable_w, 7, False, HexColor(INK_SOFT))
            canvas.showPage()


def _assembly_page(canvas, poster, form, full_w, full_h, columns, rows, usable_w, usable_h, overlap, sheet_w, sheet_h):
    """The first sheet: the whole poster small, with the tile grid drawn over it."""
    how = f": {columns} x {rows} sheets — tape them together in this order"
    name = _fit_line(poster.map.name, sheet_w - 2 * MARGIN_PT - _MEASURER.width(how, 12, True), 12, True)
    draw_text(canvas, name + how, MARGIN_PT, sheet_h - MARGIN_PT - 12, sheet_w - 2 * MARGIN_PT, 12, True, HexColor(INK))
    area_w, area_h = sheet_w - 2 * MARGIN_PT, sheet_h - 2 * MARGIN_PT - 30
    scale = min(area_w / full_w, area_h / full_h)
    x0 = MARGIN_PT + (area_w - full_w * scale) / 2
    y0 = MARGIN_PT + (area_h - full_h * scale) / 2
    canvas.saveState()
    canvas.translate(x0, y0)
    canvas.scale(scale, scale)
    canvas.doForm(form)
    canvas.restoreState()
    canvas.setStrokeColor(HexColor("#D55E00"))
    canvas.setLineWidth(0.8)
    for row in range(rows):
        for column in range(columns):
            left = column * (usable_w - overlap)
            top = row * (usable_h - overlap)
            w = min(usable_w, full_w - left)
            h = min(usable_h, full_h - top)
            rx, ry = x0 + left * scale, y0 + (full_h - top - h) * scale
            canvas.rect(rx, ry, w * scale, h * scale, stroke=1, fill=0)
            draw_text(canvas, f"{row + 1}-{column + 1}", rx + 3, ry + h * scale - 10, 40, 7, True, HexColor("#D55E00"))
    canvas.showPage()


def _marks(canvas, w, h, overlap, row, column, rows, columns) -> None:
    """Crop marks at the printable area's corners and alignment lines where sheets overlap."""
    canvas.setStrokeColor(HexColor("#000000"))
    canvas.setLineWidth(0.3)
    m = MARGIN_PT
    for x, y in ((m, m), (w - m, m), (m, h - m), (w - m, h - m)):
        dx = -1 if x == m else 1
        dy = -1 if y == m else 1
        canvas.line(x + dx * 2, y, x + dx * 9, y)
        canvas.line(x, y + dy * 2, x, y + dy * 9)
    canvas.setDash(2, 2)
    canvas.setStrokeColor(HexColor("#7A7A7A"))
    if column > 0:  # this sheet's left strip repeats the previous sheet's right edge
        canvas.line(m + overlap, m - 6, m + overlap, m - 1)
        canvas.line(m + overlap, h - m + 1, m + overlap, h - m + 6)
    if row > 0:
        canvas.line(m - 6, h - m - overlap, m - 1, h - m - overlap)
        canvas.line(w - m + 1, h - m - overlap, w - m + 6, h - m - overlap)
    canvas.setDash()


# ----------------------------------------------------------------------- drawing
STYLE = Style()


@cache
def _colour(value: str):
    return HexColor(value)


@cache
def _rgba(value: str, alpha: float, under: str = "#FFFFFF"):
    """An opaque colour: `value` at `alpha` over `under`. Tiles reuse the poster as a form
    XObject, and reportlab leaves transparency states out of forms' resources, so the PDF
    carries no transparency at all."""
    c, b = HexColor(value), HexColor(under)
    return Color(*(b_ + (c_ - b_) * alpha for c_, b_ in zip((c.red, c.green, c.blue), (b.red, b.green, b.blue))))


def _text(canvas, lines, x, y, width, size, bold, colour, rtl=False) -> float:
    """Lines broken by the layout, top-down from y (layout units), as Qt draws them. (Placing
    runs by a flipped text matrix instead of a saved, flipped graphics state is ~15 % faster,
    but PDF readers then extract mixed-script lines out of order or split.)"""
    line_height = STYLE.line_height(size)
    fill = _colour(colour)
    for line in lines:
        baseline = y + line_height / 2 + size * 0.36
        canvas.saveState()
        canvas.translate(0, baseline)
        canvas.scale(1, -1)  # text upright inside the flipped page
        draw_text(canvas, line, x, 0, width, size, bold, fill, rtl)
        canvas.restoreState()
        y += line_height
    return y


def _shapes(canvas, shapes, x, y, w, h, colour, width=1.4) -> None:
    canvas.setStrokeColor(_colour(colour))
    canvas.setFillColor(_colour(colour))
    canvas.setLineWidth(width)
    canvas.setLineCap(1)
    canvas.setLineJoin(1)

    def point(px, py):
        return x + px * w, y + py * h

    for shape in shapes:
        kind = shape[0]
        if kind == "circle":
            _, cx, cy, r, filled = shape
            px, py = point(cx, cy)
            canvas.circle(px, py, r * w, stroke=0 if filled else 1, fill=1 if filled else 0)
        elif kind in ("poly", "polyline"):
            points = shape[1]
            filled = shape[2] if kind == "poly" else False
            path = canvas.beginPath()
            path.moveTo(*point(*points[0]))
            for p in points[1:]:
                path.lineTo(*point(*p))
            if kind == "poly":
                path.close()
            canvas.drawPath(path, stroke=0 if filled else 1, fill=1 if filled else 0)
        elif kind == "line":
            _, x0, y0, x1, y1 = shape
            canvas.line(*point(x0, y0), *point(x1, y1))


def _hidden_text(canvas, text: str, x: float, baseline: float, width: float, size: float = 4.0) -> None:
    """`text` in full as invisible text (render mode 3), on one line squeezed into `width`: a
    name the layout cut with an ellipsis still reads, searches and copies whole from the PDF."""
    # a huge name is carried only so far: shaping costs per character, and no reader needs more
    pieces = shaped_pieces(" ".join(text[:HIDDEN_MAX].split()), size, True)
    total = sum(piece_width for _, _, piece_width in pieces)
    if not total:
        return
    canvas.saveState()
    canvas.translate(x, baseline)
    canvas.scale(min(1.0, width / total), -1)
    cursor = 0.0
    for name, drawable, piece_width in pieces:
        text_object = canvas.beginText(cursor, 0)
        text_object.setTextRenderMode(3)
        text_object.setFont(name, size)
        text_object.textOut(drawable)
        canvas.drawText(text_object)
        cursor += piece_width
    canvas.restoreState()


#: texts the layout does not break (map name, subtitle, persona names, project title) are broken
#: here, to what is drawn; only the lines shown are shaped, however long the text
_MEASURER = FontMeasurer()
#: at most this much of a cut text goes in as invisible text: shaping costs ~60 µs a character,
#: and a squeezed line of thousands of characters is for search and copy, not for reading
HIDDEN_MAX = 2000

def _fit_text(text: str, width: float, size: float, bold: bool, max_lines: int) -> tuple[list[str], bool]:
    """`text` broken into at most max_lines lines of `width`, the last ending in an ellipsis if
    text is left; and whether it was cut."""
    lines = wrap(text, _MEASURER, max(width, 1.0), size, bold, max_lines)
    return lines, _cut(text, lines)


def _fit_line(text: str, width: float, size: float, bold: bool) -> str:
    lines = wrap(text, _MEASURER, max(width, 1.0), size, bold, 1)
    return lines[0] if lines else ""


def _hidden_start(canvas, text: str, x: float, baseline: float, width: float) -> None:
    """_hidden_text of a cut text's first HIDDEN_MAX characters."""
    _hidden_text(canvas, text[:HIDDEN_MAX], x, baseline, width)


def _draw_title_block(canvas, layout, m) -> None:
    """The map's name (one line) and kind with its description (two lines), in the title's left
    60 %; persona names to its right, each with its line colour."""
    t = layout.title
    width = t.w * 0.6
    subtitle = KIND_NAMES.get(m.kind, m.kind) + (f" · {m.description}" if m.description else "")
    lines, cut = _fit_text(m.name, width, 22, True, 1)
    _text(canvas, lines, t.x, t.y, width, 22, True, INK)
    if cut:
        _hidden_start(canvas, m.name, t.x, t.y + STYLE.line_height(22) + 1, width)
    lines, cut = _fit_text(subtitle, width, 12, False, 2)
    bottom = _text(canvas, lines, t.x, t.y + 32, width, 12, False, INK_SOFT)
    if cut:
        _hidden_start(canvas, subtitle, t.x, bottom + 2, width)
    # the layout cut a persona's name that is too long for the legend: its whole name is hidden text
    for entry in layout.legend:
        canvas.setStrokeColor(_colour(entry.colour))
        canvas.setLineWidth(3)
        canvas.line(entry.x, entry.y + 9, entry.x + 14, entry.y + 9)
        _text(canvas, [entry.name], entry.x + 18, entry.y, entry.width, 12, False, INK)
        if entry.full_name:
            _hidden_start(canvas, entry.full_name, entry.x + 18, entry.y + STYLE.line_height(12) + 3, entry.width)


def draw_poster(canvas, poster: Poster) -> None:
    layout, m, project = poster.layout, poster.map, poster.project
    canvas.setFillColor(_colour(BACKGROUND))
    canvas.rect(0, 0, poster.width, poster.height, stroke=0, fill=1)
    _draw_title_block(canvas, layout, m)
    for lane in layout.lanes:
        r = lane.row
        canvas.setFillColor(_colour(lane.colour))
        canvas.rect(r.x, r.y, r.w, r.h, stroke=0, fill=1)
        if lane.kind == "emotions":
            pad = STYLE.emotion_pad
            top, bottom = r.y + pad, r.bottom - pad
            if bottom > top:
                mid = (top + bottom) / 2
                canvas.setFillColor(_rgba("#009E73", 0.063, lane.colour))
                canvas.rect(r.x, top, r.w, mid - top, stroke=0, fill=1)
                canvas.setFillColor(_rgba("#D55E00", 0.055, lane.colour))
                canvas.rect(r.x, mid, r.w, bottom - mid, stroke=0, fill=1)
                canvas.setStrokeColor(HexColor("#B8B8B0"))
                canvas.setLineWidth(1)
                canvas.setDash(4, 3)
                canvas.line(r.x, mid, r.right, mid)
                canvas.setDash()
        canvas.setStrokeColor(_colour(GRID_LINE))
        canvas.setLineWidth(1)
        canvas.line(r.x, r.y, r.right, r.y)
        h = lane.header
        canvas.setFillColor(_colour("#FFFFFF"))
        canvas.roundRect(h.x, h.y + 3, h.w, h.h - 6, 8, stroke=0, fill=1)
        _shapes(canvas, lane_icon_shapes(lane.kind), h.x + 10, h.y + 14, 14, 14, INK_SOFT, 1.3)
        _text(canvas, lane.name_lines, h.x + 32, h.y + 10, h.w - 40, STYLE.lane_name_size, True, INK,
              bool(lane.name_lines) and paragraph_is_rtl(lane.name_lines[0]))
        if lane.name_cut:
            _hidden_text(canvas, lane.name, h.x + 32, h.bottom - 8, h.w - 40)
    if layout.lanes:
        canvas.line(layout.grid.x, layout.grid.bottom, layout.grid.right, layout.grid.bottom)
    for i, stage in enumerate(layout.stages):
        c = stage.column
        if i % 2:  # the faint tint of every other column, lane by lane
            for lane in layout.lanes:
                canvas.setFillColor(_rgba("#000000", 0.031, lane.colour))
                canvas.rect(c.x, lane.row.y + 0.5, c.w, lane.row.h - 0.5, stroke=0, fill=1)
        canvas.setStrokeColor(_colour(GRID_LINE))
        canvas.line(c.x, c.y, c.x, c.bottom)
        h = stage.header
        canvas.setFillColor(_colour(stage.colour))
        canvas.roundRect(h.x, h.y, h.w, h.h, 10, stroke=0, fill=1)
        y = _text(canvas, stage.name_lines, h.x + 10, h.y + 9, h.w - 20, STYLE.stage_name_size, True, INK,
                  bool(stage.name_lines) and paragraph_is_rtl(stage.name_lines[0]))
        _text(canvas, stage.goal_lines, h.x + 10, y + 1, h.w - 20, STYLE.stage_goal_size, False, INK_SOFT,
              bool(stage.goal_lines) and paragraph_is_rtl(stage.goal_lines[0]))
        if stage.name_cut:
            _hidden_text(canvas, stage.name, h.x + 10, h.bottom - 3, h.w - 20)
    if layout.stages:
        last = layout.stages[-1].column
        canvas.setStrokeColor(_colour(GRID_LINE))
        canvas.line(last.right, last.y, last.right, last.bottom)
    for line in layout.lines:
        canvas.setStrokeColor(_colour("#3B4450"))
        canvas.setLineWidth(2)
        canvas.setDash(6, 4)
        canvas.line(line.x0, line.y, line.x1, line.y)
        canvas.setDash()
        canvas.setFillColor(_colour(BACKGROUND))
        canvas.roundRect(line.x0 + 4, line.y - 9, 170, 18, 4, stroke=0, fill=1)
        _text(canvas, [line.name], line.x0 + 8, line.y - 9, 166, 11, True, "#3B4450")
    _draw_connectors(canvas, layout)
    contents = project.contents(m.id)
    for box in layout.cards.values():
        card = contents.cards[box.id]
        _draw_card(canvas, box, card)
    _draw_curves(canvas, layout, m)
    _draw_connectors(canvas, layout, labels=True)  # above cards and faces
    _draw_legend(canvas, poster)


def _draw_card(canvas, box, card) -> None:
    r = box.rect
    canvas.setFillColor(_rgba("#141E28", 0.08, "#F2F2EF"))
    canvas.roundRect(r.x, r.y + 1.2, r.w, r.h, 7, stroke=0, fill=1)
    canvas.setFillColor(_colour("#FFFFFF"))
    canvas.setStrokeColor(_rgba("#000000", 0.11))
    canvas.setLineWidth(0.8)
    canvas.roundRect(r.x, r.y, r.w, r.h, 7, stroke=1, fill=1)
    canvas.saveState()
    path = canvas.beginPath()
    path.roundRect(r.x, r.y, r.w, r.h, 7)
    canvas.clipPath(path, stroke=0, fill=0)
    canvas.setFillColor(_colour(box.accent))
    canvas.rect(r.x, r.y, r.w, STYLE.accent, stroke=0, fill=1)
    canvas.restoreState()
    pad = STYLE.card_pad
    icon_colour = box.accent if _lightness(box.accent) < 0.8 else "#8A7F00"
    if ICONS.get(box.type):
        _shapes(canvas, ICONS[box.type], r.right - pad - 12, r.y + STYLE.accent + 6, 12, 12, icon_colour)
    if CHANNEL_ICONS.get(card.channel):
        _shapes(canvas, CHANNEL_ICONS[card.channel], r.right - pad - 12, r.bottom - pad - 12, 12, 12, INK_SOFT, 1.1)
    x, width = r.x + pad, r.w - 2 * pad
    y = r.y + STYLE.accent + pad - 2
    y = _text(canvas, box.title_lines, x, y, width - STYLE.icon_room, STYLE.title_size, True, INK, box.rtl)
    if box.body_lines:
        _text(canvas, box.body_lines, x, y + 4, width, STYLE.body_size, False, INK_SOFT, box.body_rtl)
    if box.minutes > 0:
        _text(canvas, [minutes_label(box.minutes)], x, r.bottom - pad - STYLE.line_height(STYLE.body_size),
              width - 16, STYLE.body_size, True, INK_SOFT)
    if box.status in STATUS_LABELS:
        label = STATUS_LABELS[box.status]
        pill_w = 7.5 * len(label) + 8
        canvas.setFillColor(_colour(STATUS_COLOURS[box.status]))
        canvas.roundRect(r.right - 4 - pill_w, r.y - 9, pill_w, 16, 8, stroke=0, fill=1)
        _text(canvas, [label], r.right - 4 - pill_w + 4, r.y - 9, pill_w - 8, 9, True, "#FFFFFF")
    for i, (letter, colour) in enumerate(_markers(card)):
        cx, cy = r.x + 2 + i * 20, r.y - 2
        canvas.setFillColor(_colour(colour))
        canvas.setStrokeColor(_colour("#FFFFFF"))
        canvas.setLineWidth(1.5)
        canvas.circle(cx, cy, 8, stroke=1, fill=1)
        _text(canvas, [letter], cx - 3.5, cy - 8, 12, 10, True, "#FFFFFF")


def _markers(card) -> list[tuple[str, str]]:
    return ([("F", "#D55E00")] if card.fail_point else []) + ([("W", "#E69F00")] if card.wait_point else [])


def _lightness(colour: str) -> float:
    c = HexColor(colour)
    return (max(c.red, c.green, c.blue) + min(c.red, c.green, c.blue)) / 2


def _draw_connectors(canvas, layout, labels: bool = False) -> None:
    """Connector routes and arrow heads (under the cards, which they keep clear of), or, with
    `labels`, their labels on white pills (drawn last, above cards and faces, as on the canvas).
    The same outline as the canvas: layout.routing.rounded."""
    from ..layout.routing import LABEL_PAD, LABEL_SIZE, rounded

    if labels:
        for connector in layout.connectors:
            box = connector.label_box
            if box is None or not connector.label:
                continue
            canvas.setFillColor(_colour("#FFFFFF"))
            canvas.setStrokeColor(_colour("#C5CBD3"))
            canvas.setLineWidth(0.8)
            canvas.roundRect(box.x, box.y, box.w, box.h, box.h / 2, stroke=1, fill=1)
            line = STYLE.line_height(LABEL_SIZE)
            _text(canvas, [connector.label], box.x + LABEL_PAD, box.y + (box.h - line) / 2,
                  box.w - 2 * LABEL_PAD + 1, LABEL_SIZE, False, INK)
        return
    canvas.setStrokeColor(_colour("#5B6672"))
    canvas.setFillColor(_colour("#5B6672"))
    canvas.setLineWidth(1.5)
    canvas.setLineCap(1)
    canvas.setLineJoin(1)
    for connector in layout.connectors:
        points = connector.points
        if len(points) < 2:
            continue
        path = canvas.beginPath()
        for op in rounded(points, connector.two_way, True):
            if op[0] == "M":
                path.moveTo(*op[1])
            elif op[0] == "L":
                path.lineTo(*op[1])
            else:
                path.curveTo(*op[1], *op[2], *op[3])
        canvas.drawPath(path, stroke=1, fill=0)
        _arrow(canvas, points[-1], points[-2])
        if connector.two_way:
            _arrow(canvas, points[0], points[1])


def _arrow(canvas, tip, before, size=None) -> None:
    from ..layout.routing import ARROW, arrow_points

    corners = arrow_points(tip, before, ARROW if size is None else size)
    path = canvas.beginPath()
    path.moveTo(*corners[0])
    for corner in corners[1:]:
        path.lineTo(*corner)
    path.close()
    canvas.drawPath(path, stroke=0, fill=1)


def _draw_curves(canvas, layout, m) -> None:
    """Every persona's line first, then every face above all lines (as on the canvas). A face's
    x comes from the layout: personas sit side by side at a stage, so equal scores never hide."""
    from ..layout.map_layout import FACE_RADIUS

    canvas.setLineWidth(2.8)
    canvas.setLineCap(1)
    for curve in layout.curves:
        points = [(x, y) for _, x, y, _ in curve.points]
        if len(points) < 2:  # a persona with no point yet, or one: no line to draw
            continue
        canvas.setStrokeColor(_colour(curve.colour))
        path = canvas.beginPath()
        path.moveTo(*points[0])
        for c1, c2, end in catmull_rom_beziers(points):
            path.curveTo(*c1, *c2, *end)
        canvas.drawPath(path, stroke=1, fill=0)
    for curve in layout.curves:
        for _, x, y, score in curve.points:
            _face(canvas, x, y, FACE_RADIUS, score, m.scale_min, m.scale_max, curve.colour)


def _face(canvas, x, y, radius, score, lo, hi, colour) -> None:
    canvas.setFillColor(_colour(face_colour(score, lo, hi)))
    canvas.setStrokeColor(_colour(colour))
    canvas.setLineWidth(2)
    canvas.circle(x, y, radius, stroke=1, fill=1)
    _shapes(canvas, face(score, lo, hi), x - radius, y - radius, 2 * radius, 2 * radius, "#2B2B2B", 1.5)


def _draw_legend(canvas, poster: Poster) -> None:
    """Card types, the emotion scale's faces, blueprint markers, derivation badges (layout.style)."""
    m, layout = poster.map, poster.layout
    top = layout.legend_top
    for item in legend_items(m.kind, bool(m.source_map_id), (m.scale_min, m.scale_max)):
        kind, dx, row = item[0], item[1], item[2]
        x, y = STYLE.margin + dx, top + row * 34
        if kind in ("heading", "heading-soft"):
            _text(canvas, [item[3]], x, y, 160, 11, kind == "heading", INK)
        elif kind == "type":
            card_type, label = item[3], item[4]
            _shapes(canvas, ICONS[card_type], x, y + 3, 12, 12, CARD_COLOURS[card_type] if card_type != "idea" else "#8A7F00")
            _text(canvas, [label], x + 16, y, len(label) * 6.5 + 8, 11, False, INK)
        elif kind == "face":
            score = item[3]
            _face(canvas, x + 10, y + 8, 9, score, m.scale_min, m.scale_max, "#8A8F98")
            _text(canvas, [f"{score:+d}" if score else "0"], x + 24, y, 30, 11, False, INK)
        elif kind == "marker":
            letter, colour, label = item[3], item[4], item[5]
            canvas.setFillColor(_colour(colour))
            canvas.circle(x + 10, y + 8, 8, stroke=0, fill=1)
            _text(canvas, [letter], x + 6.5, y, 12, 10, True, "#FFFFFF")
            _text(canvas, [label], x + 22, y, 80, 11, False, INK)
        elif kind == "status":
            status, label = item[3], item[4]
            pill_w = 7.5 * len(label) + 8
            canvas.setFillColor(_colour(STATUS_COLOURS[status]))
            canvas.roundRect(x, y, pill_w, 16, 8, stroke=0, fill=1)
            _text(canvas, [label], x + 4, y, pill_w - 8, 9, True, "#FFFFFF")
    # the project's title cut to the room the date and the app's name leave in 420 units
    after = f" · {datetime.date.today().isoformat()} · Journey Editor"
    x, width = layout.width - 420 - STYLE.margin, 420
    title, cut = _fit_text(poster.project.title, width - _MEASURER.width(after, 10), 10, False, 1)
    _text(canvas, [(title[0] if title else "") + after], x, top + 34, width, 10, False, INK_SOFT, True)
    if cut:
        _hidden_start(canvas, poster.project.title, x, top + 34 + STYLE.line_height(10) + 4, width)
