"""Dot voting in the PDF: a round's dots on the posters' cards (as the canvas paints them, from
layout/workshop_marks.py), and a round's results page: the cards ranked by dots, with where they
sit and who gave them, under the round's name, date and participants."""

from __future__ import annotations

from pathlib import Path

from ..i18n import tr
from ..layout.style import INK, INK_SOFT
from ..layout.workshop_marks import BADGE_SIZE, BUBBLE_INK, DOT_RING
from ..model import VotingRound
from ..model.voting import participant_colour, participant_name, votes_left
from ..reports.rounds import given_by, ranked, round_label, what_is_voted, when
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
from .pdftext import TextCanvas, register_fonts

DOT = 4.0  # a dot's radius on the results page
DOT_STEP = 10.5


def draw_vote_dots(canvas, layout) -> None:
    """The shown round's dots on the cards of a poster (layout units, y down)."""
    if layout.workshop is None:
        return
    for dots in layout.workshop.dots.values():
        canvas.setStrokeColor(_colour(DOT_RING))
        canvas.setLineWidth(1.2)
        for cx, cy, colour in dots.dots:
            canvas.setFillColor(_colour(colour))
            canvas.circle(cx, cy, dots.radius, stroke=1, fill=1)
        if dots.badge is not None:
            b = dots.badge
            canvas.setFillColor(_colour(BUBBLE_INK))
            canvas.setLineWidth(1.0)
            canvas.roundRect(b.x, b.y, b.w, b.h, b.h / 2, stroke=1, fill=1)
            width = _MEASURER.width(dots.badge_text, BADGE_SIZE, True)
            _text(canvas, [dots.badge_text], b.x + (b.w - width) / 2 - 0.5, b.y + (b.h - line_height(BADGE_SIZE)) / 2,
                  width + 2, BADGE_SIZE, True, "#FFFFFF")


def _dots(canvas, x: float, y: float, width: float, colours: list[str]) -> float:
    """A row of dots (wrapping to the width) from (x, y); returns the y under them."""
    per_line = max(1, int((width - 2 * DOT) // DOT_STEP) + 1)
    for i, colour in enumerate(colours):
        cx = x + DOT + (i % per_line) * DOT_STEP
        cy = y + DOT + 1 + (i // per_line) * DOT_STEP
        if canvas is not None:
            canvas.setFillColor(_colour(colour))
            canvas.setStrokeColor(_colour(DOT_RING))
            canvas.setLineWidth(0.8)
            canvas.circle(cx, cy, DOT, stroke=1, fill=1)
    rows = (len(colours) + per_line - 1) // per_line
    return y + rows * DOT_STEP + 2


def draw_votes_page(canvas, project, voting: VotingRound, paper: str = "A4") -> int:
    """A round's results as a page (more when the tally is long); returns the page count."""
    m = project.get(voting.map_id)
    label = round_label(project, voting)
    people = range(len(voting.participants))
    title = tr("Voting results — {0}").format(label)

    def heading(canvas, x: float, y: float, width: float) -> float:
        y = text(canvas, lines_of(title, width, TITLE_SIZE, True, 2), x, y, width, TITLE_SIZE, True)
        facts = [m.name if m else "", when(voting.created),
                 tr("{0} dots each").format(voting.votes_each) if voting.votes_each != 1 else tr("1 dot each"),
                 what_is_voted(voting, tr)]
        y = text(canvas, lines_of(" · ".join(f for f in facts if f), width, SUBTITLE_SIZE, False, 2), x, y + 2, width,
                 SUBTITLE_SIZE, False, INK_SOFT)
        y += 6
        if voting.anonymous:
            line = tr("Anonymous: {0} participants").format(len(voting.participants))
            return text(canvas, [line], x, y, width, SUBTITLE_SIZE, False, INK) + 10
        cursor = x
        for p in people:  # a dot in each participant's colour, their name, their dots used
            used = voting.votes_each - votes_left(project, voting, p)
            entry = tr("{0} ({1} of {2})").format(participant_name(voting, p), used, voting.votes_each)
            entry_w = _MEASURER.width(entry, SUBTITLE_SIZE) + 2 * DOT + 18
            if cursor + entry_w > x + width and cursor > x:
                cursor, y = x, y + line_height(SUBTITLE_SIZE) + 2
            _dots(canvas, cursor, y + 2, 2 * DOT + 2, [participant_colour(voting, p)])
            text(canvas, [entry], cursor + 2 * DOT + 5, y, entry_w, SUBTITLE_SIZE, False, INK)
            cursor += entry_w
        return y + line_height(SUBTITLE_SIZE) + 10

    columns = [Column(tr("Rank"), 40), Column(tr("Card"), 250), Column(tr("Stage / step"), 150),
               Column(tr("Lane"), 110), Column(tr("Votes"), 46), Column(tr("Dots"), 180)]
    lanes = {lane.id: lane.name for lane in project.contents(voting.map_id).lanes}
    pages = Pages(canvas, paper, title)
    widths = pages.inner_widths(columns)
    rows = []
    for rank, tallied in ranked(project, voting):
        card = tallied.card
        stage, step = project.get(card.stage_id), project.get(card.step_id)
        where = " / ".join(n for n in (stage.name if stage else "", step.name if step else "") if n.strip())
        cells = [[str(rank)], lines_of(card.title or tr("(untitled)"), widths[1], BODY_SIZE, True, 3),
                 lines_of(where, widths[2], BODY_SIZE, False, 2), lines_of(lanes.get(card.lane_id, ""), widths[3],
                                                                             BODY_SIZE, False, 2),
                 [str(tallied.votes)]]
        colours = [participant_colour(voting, p) for p, n in sorted(tallied.by.items()) for _ in range(n)]
        names = lines_of(given_by(voting, tallied.by), widths[5], SMALL_SIZE, False, 2)
        dots_h = _dots(None, 0, 0, widths[5], colours) + len(names) * line_height(SMALL_SIZE)
        height = max(max(len(c) for c in cells) * line_height(BODY_SIZE), dots_h) + 2 * PAD

        def draw(canvas, top, xs, cells=cells, colours=colours, names=names) -> None:
            for i, lines in enumerate(cells):
                text(canvas, lines, xs[i] + PAD, top + PAD, xs[i + 1] - xs[i] - 2 * PAD, BODY_SIZE, i in (0, 1, 4))
            below = _dots(canvas, xs[5] + PAD, top + PAD + 2, xs[6] - xs[5] - 2 * PAD, colours)
            text(canvas, names, xs[5] + PAD, below, xs[6] - xs[5] - 2 * PAD, SMALL_SIZE, False, INK_SOFT)

        rows.append(Row(height, draw))
    return pages.draw(heading, columns, rows, tr("No votes yet."))


def export_round_pdf(project, voting: VotingRound, path: str | Path, paper: str = "A4") -> Path:
    """A round's results page as a PDF of its own (the voting panel's Export Results…)."""
    path = Path(path)
    canvas = TextCanvas(str(path), initialFontName=register_fonts(), pageCompression=1)
    canvas.setTitle(tr("Voting results — {0}").format(round_label(project, voting)))
    canvas.setCreator("Journey Editor")
    draw_votes_page(canvas, project, voting, paper)
    canvas.save()
    return path

