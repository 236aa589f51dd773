"""The workshop's part of a PDF export, when asked for (PdfOptions.votes, .comments): the marks
on the posters, and after them a results page per voting round and a page of each map's
comment threads."""

from __future__ import annotations

from ..model.voting import rounds_of
from .pdf_comments import draw_comment_markers, draw_comments_pages
from .pdf_pages import paper_after
from .pdf_votes import draw_vote_dots, draw_votes_page


def draw_workshop_marks(canvas, layout) -> None:
    draw_vote_dots(canvas, layout)
    draw_comment_markers(canvas, layout)


def append_workshop_pages(canvas, project, maps, options) -> None:
    paper = paper_after(options.page, options.tile)
    for m in maps:
        contents = project.contents(m.id)
        if options.votes:
            for voting in rounds_of(project, m.id):
                draw_votes_page(canvas, project, voting, paper)
        if options.comments and contents.comments:
            draw_comments_pages(canvas, project, m, paper)
