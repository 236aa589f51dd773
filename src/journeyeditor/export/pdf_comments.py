"""Comments in the PDF, only when asked for: the bubbles on commented cards, headers and the
title (as the canvas paints them, from layout/workshop_marks.py), and a page of the map's
threads, open ones first, each with its replies."""

from __future__ import annotations

from ..i18n import tr
from ..layout.style import INK, INK_SOFT
from ..layout.workshop_marks import BUBBLE_INK, BUBBLE_RESOLVED, BUBBLE_SIZE, bubble_tail
from ..model import Map
from ..reports.comments import subject_text, threads_of
from ..reports.rounds import when
from .pdf import _MEASURER, _colour, _text
from .pdf_pages import (
    BODY_SIZE,
    PAD,
    SMALL_SIZE,
    SUBTITLE_SIZE,
    TITLE_SIZE,
    Column,
    Pages,
    Row,
    line_height,
    lines_of,
    text,
)

MAX_LINES = 12  # of one comment's text on the page; a longer one ends in "…"
REPLY_INDENT = 14.0


def draw_comment_markers(canvas, layout) -> None:
    """The comment bubbles of a poster (layout units, y down)."""
    if layout.workshop is None:
        return
    for marker in layout.workshop.comments:
        r = marker.rect
        path = canvas.beginPath()
        path.roundRect(r.x, r.y, r.w, r.h, 4)
        tail = bubble_tail(r)
        path.moveTo(*tail[0])
        for point in tail[1:]:
            path.lineTo(*point)
        path.close()
        if marker.open:
            canvas.setFillColor(_colour(BUBBLE_INK))
            canvas.setStrokeColor(_colour("#FFFFFF"))
            canvas.setLineWidth(1.0)
        else:
            canvas.setFillColor(_colour("#FFFFFF"))
            canvas.setStrokeColor(_colour(BUBBLE_RESOLVED))
            canvas.setLineWidth(1.2)
        canvas.drawPath(path, stroke=1, fill=1)
        if marker.open:
            width = _MEASURER.width(marker.text, BUBBLE_SIZE, True)
            _text(canvas, [marker.text], r.x + (r.w - width) / 2 - 0.5, r.y + (r.h - line_height(BUBBLE_SIZE)) / 2,
                  width + 2, BUBBLE_SIZE, True, "#FFFFFF")


def draw_comments_pages(canvas, project, m: Map, paper: str = "A4") -> int:
    """The map's comment threads as a page (more when there are many); returns the page count."""
    title = tr("Comments — {0}").format(m.name)
    threads = threads_of(project, m.id)
    open_count = sum(1 for start, _ in threads if not start.resolved)

    def heading(canvas, x: float, y: float, width: float) -> float:
        y = text(canvas, lines_of(title, width, TITLE_SIZE, True, 2), x, y, width, TITLE_SIZE, True)
        facts = tr("{0} open, {1} resolved").format(open_count, len(threads) - open_count)
        return text(canvas, [facts], x, y + 2, width, SUBTITLE_SIZE, False, INK_SOFT) + 10

    columns = [Column(tr("On"), 190), Column(tr("Thread"), 470), Column(tr("Status"), 70)]
    pages = Pages(canvas, paper, title)
    widths = pages.inner_widths(columns)
    rows = []
    for start, answers in threads:
        on = lines_of(subject_text(project, start.subject_id, tr), widths[0], BODY_SIZE, True, 3)
        blocks = []  # (indent, byline, text lines) per comment of the thread
        for comment in [start, *answers]:
            indent = REPLY_INDENT if comment.parent_id else 0.0
            byline = " · ".join(p for p in (comment.author or tr("Anonymous"), when(comment.created)) if p)
            blocks.append((indent, byline, lines_of(comment.text, widths[1] - indent, BODY_SIZE, False, MAX_LINES)))
        thread_h = sum(line_height(SMALL_SIZE) + len(lines) * line_height(BODY_SIZE) + 3 for _, _, lines in blocks)
        height = max(len(on) * line_height(BODY_SIZE), thread_h) + 2 * PAD
        status = tr("Resolved") if start.resolved else tr("Open")

        def draw(canvas, top, xs, on=on, blocks=blocks, status=status) -> None:
            text(canvas, on, xs[0] + PAD, top + PAD, xs[1] - xs[0] - 2 * PAD, BODY_SIZE, True)
            y = top + PAD
            for indent, byline, lines in blocks:
                x, width = xs[1] + PAD + indent, xs[2] - xs[1] - 2 * PAD - indent
                y = text(canvas, [byline], x, y, width, SMALL_SIZE, True, INK_SOFT)
                y = text(canvas, lines, x, y, width, BODY_SIZE, False, INK) + 3
            text(canvas, [status], xs[2] + PAD, top + PAD, xs[3] - xs[2] - 2 * PAD, BODY_SIZE, False,
                 INK if status == tr("Open") else INK_SOFT)

        rows.append(Row(height, draw))
    return pages.draw(heading, columns, rows, tr("No comments."))
