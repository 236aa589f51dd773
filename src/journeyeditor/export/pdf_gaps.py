"""Gaps' glyphs and the legend row for gaps and evidence badges in the PDF, drawn from the
layout's marks (layout/gap_marks.py) as the canvas draws them (canvas/gaps.py)."""

from __future__ import annotations

from ..layout.card_details import CHIP_COLOURS
from ..layout.gap_marks import GAP_COLOURS, GAP_LABELS, GapMark, legend_badge, legend_glyph
from ..layout.icons import EVIDENCE_ICONS, GAP_ICONS
from ..layout.style import INK
from .pdf import _colour, _hidden_text, _shapes, _text


def draw_gap_mark(canvas, mark: GapMark) -> None:
    """The break strokes on their white halos, then the kind's disc with its white icon."""
    colour = GAP_COLOURS.get(mark.kind, GAP_COLOURS["other"])
    canvas.setLineCap(1)
    for width, ink in ((5.0, "#FFFFFF"), (2.2, colour)):
        canvas.setStrokeColor(_colour(ink))
        canvas.setLineWidth(width)
        for x0, y0, x1, y1 in mark.strokes:
            canvas.line(x0, y0, x1, y1)
    x, y, radius = mark.disc
    canvas.setFillColor(_colour(colour))
    canvas.setStrokeColor(_colour("#FFFFFF"))
    canvas.setLineWidth(1.5)
    canvas.circle(x, y, radius, stroke=1, fill=1)
    side = radius * 1.25  # as canvas/gaps.py paint_gap_disc
    _shapes(canvas, GAP_ICONS.get(mark.kind, GAP_ICONS["other"]), x - side / 2, y - side / 2, side, side, "#FFFFFF", 1.2)


def draw_gap_marks(canvas, poster) -> None:
    """Every gap's glyph; its kind and note go in as invisible text, for search and copy."""
    project = poster.project
    for mark in poster.layout.gap_marks:
        draw_gap_mark(canvas, mark)
        gap = project.get(mark.id)
        words = GAP_LABELS.get(mark.kind, GAP_LABELS["other"]) + (f": {gap.note}" if gap is not None and gap.note else "")
        _hidden_text(canvas, words, mark.box.x, mark.box.bottom, mark.box.w)


def draw_gap_legend(canvas, layout) -> None:
    """The legend's row for gap kinds and evidence badges, as on the canvas."""
    for item in layout.gap_legend:
        if item.what == "heading":
            _text(canvas, [item.label], item.x, item.y, item.label_w, 11, True, INK)
            continue
        if item.what == "gap":
            draw_gap_mark(canvas, legend_glyph(item))
        else:
            fill, _outline, ink = CHIP_COLOURS[item.kind]
            pill, glyph = legend_badge(item)
            canvas.setFillColor(_colour(fill))
            canvas.roundRect(pill.x, pill.y, pill.w, pill.h, pill.h / 2, stroke=0, fill=1)
            _shapes(canvas, EVIDENCE_ICONS[item.kind], glyph.x, glyph.y, glyph.w, glyph.h, ink, 1.2)
        _text(canvas, [item.label], item.label_x, item.y, item.label_w, 11, False, INK)
