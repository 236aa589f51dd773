"""A comparison as PDF: the later map as a poster with the change marks (history/marks.py, the
geometry the canvas uses), then the change list as report pages."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.colors import Color, HexColor

from ..history.diff import ADDED, CHANGED, MOVED, REMOVED, Change
from ..history.marks import card_marks, connector_marks, earlier_lines, header_marks, metric_marks
from ..layout import LayoutEngine
from ..layout.curves import catmull_rom_beziers
from ..layout.style import INK_SOFT
from ..reports import Table
from .pdf import MARGIN_PT, MAX_SIDE_PT, build_poster, draw_poster
from .pdf_reports import draw_report, page_size
from .pdftext import TextCanvas, draw_text, register_fonts

MARKS = {  # action -> (colour, dashed), as on the canvas
    ADDED: ("#1A7F37", False), CHANGED: ("#D55E00", False), MOVED: ("#0072B2", True), REMOVED: ("#8C959F", True),
}
KEY = "Marks: green frame added · orange frame changed or renamed · blue dashed moved · grey dashed removed · " \
      "thick line: connector added (green), changed (orange), removed (grey dashed) · " \
      "dashed line: emotions before · ▲▼ metric change"
KEY_PT = 9.0


def _draw_marks(canvas, changes: list[Change], layout, earlier_layout) -> None:
    for mark in connector_marks(changes, layout, earlier_layout):
        colour = HexColor(MARKS[mark.action][0])
        canvas.setStrokeColor(Color(colour.red, colour.green, colour.blue, alpha=0.6))
        canvas.setLineWidth(6)
        canvas.setLineCap(1)
        canvas.setLineJoin(1)
        canvas.setDash(8, 6) if mark.action == REMOVED else canvas.setDash()
        path = canvas.beginPath()
        path.moveTo(*mark.points[0])
        for point in mark.points[1:]:
            path.lineTo(*point)
        canvas.drawPath(path, stroke=1, fill=0)
    canvas.setLineCap(0)
    canvas.setLineJoin(0)
    for mark in card_marks(changes, layout, earlier_layout) + header_marks(changes, layout):
        colour, dashed = MARKS[mark.action]
        canvas.setStrokeColor(HexColor(colour))
        canvas.setLineWidth(2 if mark.action == REMOVED else 3)
        canvas.setDash(6, 4) if dashed else canvas.setDash()
        if mark.action == REMOVED:
            canvas.setFillColor(Color(0.55, 0.58, 0.62, alpha=0.16))
        rect = mark.rect
        canvas.rect(rect.x, rect.y, rect.w, rect.h, stroke=1, fill=1 if mark.action == REMOVED else 0)
    for mark in metric_marks(changes, layout):
        rect = mark.rect
        canvas.setStrokeColor(HexColor(MARKS[CHANGED][0]))
        canvas.setLineWidth(2)
        canvas.setDash()
        canvas.rect(rect.x, rect.y, rect.w, rect.h, stroke=1, fill=0)
        canvas.saveState()  # text reads upright: flip back around its baseline
        canvas.translate(rect.x + rect.w + 3, rect.y + rect.h - 4)
        canvas.scale(1, -1)
        draw_text(canvas, mark.delta, 0, 0, 80, 9, True, HexColor(MARKS[CHANGED][0]))
        canvas.restoreState()
    for line in earlier_lines(changes, layout, earlier_layout):
        colour = HexColor(line.colour)
        canvas.setStrokeColor(Color(colour.red, colour.green, colour.blue, alpha=0.45))
        canvas.setLineWidth(2)
        canvas.setDash(6, 4)
        path = canvas.beginPath()  # the same spline as the present line
        path.moveTo(*line.points[0])
        for c1, c2, end in catmull_rom_beziers(line.points):
            path.curveTo(*c1, *c2, *end)
        canvas.drawPath(path, stroke=1, fill=0)
    canvas.setDash()


def export_changes_pdf(later, maps, earlier, changes: list[Change], table: Table, path: str | Path,
                       paper: str = "A4", title: str = "", subtitle: str = "") -> Path:
    """Each of `maps` in its later state with its changes marked, on a page that fits it, then
    the change list."""
    path = Path(path)
    canvas = TextCanvas(str(path), initialFontName=register_fonts(), pageCompression=1)
    canvas.setTitle(title or table.title)
    canvas.setCreator("Journey Editor")
    engine = LayoutEngine()
    for map_ in maps:
        _marked_poster(canvas, engine, later, map_, earlier, [c for c in changes if c.map_id == map_.id],
                       table.title)
    draw_report(canvas, table, page_size(paper), subtitle)
    canvas.save()
    return path


def _marked_poster(canvas, engine: LayoutEngine, later, map_, earlier, changes: list[Change], heading: str) -> None:
    poster = build_poster(later, map_, engine)
    earlier_layout = engine.sibling().layout(earlier, map_.id) if earlier.get(map_.id) is not None else None
    key_band = KEY_PT * 2.5
    scale = min(1.0, (MAX_SIDE_PT - 2 * MARGIN_PT) / poster.width,
                (MAX_SIDE_PT - 2 * MARGIN_PT - key_band) / poster.height)
    page_w = poster.width * scale + 2 * MARGIN_PT
    page_h = poster.height * scale + 2 * MARGIN_PT + key_band
    canvas.setPageSize((page_w, page_h))
    canvas.saveState()
    canvas.translate(MARGIN_PT, MARGIN_PT + key_band + poster.height * scale)
    canvas.scale(scale, -scale)  # layout coordinates: y grows downwards
    draw_poster(canvas, poster)
    _draw_marks(canvas, changes, poster.layout, earlier_layout)
    canvas.restoreState()
    draw_text(canvas, f"{heading}. {KEY}", MARGIN_PT, MARGIN_PT, page_w - 2 * MARGIN_PT, KEY_PT, False,
              HexColor(INK_SOFT))
    canvas.showPage()
