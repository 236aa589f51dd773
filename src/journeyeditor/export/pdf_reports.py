"""Reports (reports.Table: opportunities by owner, metrics, gaps, evidence) as PDF pages: after
the posters of an export, or as a PDF of their own. A title, a header row repeated on every
page, cells wrapped to their column (any script, through the PDF's own text drawing), rows
grouped under their owner in the owners report, and "page i of n" at the foot."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.colors import HexColor
from reportlab.lib.units import mm

from ..layout.card_details import PROGRESS_LABELS, due_text
from ..layout.style import INK, INK_SOFT, Style
from ..reports import Table
from ..text.bidi import paragraph_is_rtl
from ..text.measure import SAFETY, FontMeasurer, wrap
from .pdftext import TextCanvas, draw_text, register_fonts

TITLE_SIZE, SUBTITLE_SIZE, BODY_SIZE, FOOT_SIZE = 15.0, 9.0, 8.5, 7.5
PAD_X, PAD_Y = 4.0, 3.0
MARGIN = 12 * mm
MAX_CELL_LINES = 10  # a longer cell (a long quote) ends in "…"
#: report pages are office paper, landscape: Letter for a poster on American paper, else A4
PAPERS_MM = {"A4": (297.0, 210.0), "A3": (420.0, 297.0), "letter": (279.4, 215.9)}
INCH_PAPERS = {"letter", "legal", "tabloid", "arch-e"}
#: the column a report's rows are grouped under (shown as a heading row, not as a column)
GROUP_BY = {"Opportunities by owner": "owner"}
HEADER_FILL, GROUP_FILL, STRIPE_FILL, RULE = "#E3E9F0", "#F1F4F8", "#F7F8FA", "#C9CED6"

_STYLE = Style()
_MEASURER = FontMeasurer()


def report_paper(poster_page: str | None, tile: str | None = None) -> str:
    """The paper reports go on after posters printed on `poster_page` (or tiles of `tile`)."""
    named = {(tile or "").lower(), (poster_page or "").lower()}
    return "letter" if named & INCH_PAPERS or (poster_page or "").lower().endswith("in") else "A4"


def page_size(paper: str) -> tuple[float, float]:
    width, height = PAPERS_MM.get(paper, PAPERS_MM["A4"])
    return width * mm, height * mm


def _shown(column: str, value: str) -> str:
    """A cell as people read it: statuses by name, due dates as "31 Mar 2027"."""
    if column == "status":
        return PROGRESS_LABELS.get(value, value)
    if column == "due" and value:
        return due_text(value)
    return value


@dataclass
class _Block:
    """A row of the table as drawn: a group's heading (`group`) or a row's wrapped cells."""

    height: float
    cells: list[list[str]] | None = None  # each cell's lines
    group: str = ""
    stripe: bool = False  # every other row is tinted


def _line_height(size: float) -> float:
    return _STYLE.line_height(size)


def _widths(natural: list[float], minimum: list[float], total: float) -> list[float]:
    """Column widths filling `total`: narrow columns get their natural width, the widest share
    what is left equally (water filling); all stretched alike when everything fits."""
    natural = [max(n, m) for n, m in zip(natural, minimum)]
    if sum(natural) <= total:
        return [n * total / sum(natural) for n in natural]
    widths = list(natural)
    remaining, pending = total, sorted(range(len(natural)), key=lambda i: natural[i])
    while pending and natural[pending[0]] <= remaining / len(pending):
        remaining -= natural[pending.pop(0)]
    for i in pending:
        widths[i] = max(minimum[i], remaining / len(pending))
    return [w * total / sum(widths) for w in widths]


class _Report:
    """A table laid out for pages of one size: its columns, widths and blocks."""

    def __init__(self, table: Table, size: tuple[float, float], subtitle: str) -> None:
        self.table, (self.page_w, self.page_h) = table, size
        group = GROUP_BY.get(table.title)
        keep = [i for i, name in enumerate(table.columns)  # columns with something in them (all, for none)
                if name != group and (any(row[i] for row in table.rows) or not table.rows)]
        subtitle_parts = [subtitle] if subtitle else []
        if "map" in table.columns and table.rows:  # one map: said once above the table
            index = table.columns.index("map")
            maps = {row[index] for row in table.rows}
            if len(maps) == 1 and index in keep:
                keep.remove(index)
                subtitle_parts.append(next(iter(maps)))
        self.subtitle = " · ".join(subtitle_parts)
        self.columns = [table.columns[i] for i in keep]
        self.rows = [[_shown(table.columns[i], row[i]) for i in keep] for row in table.rows]
        self.groups = [row[table.columns.index(group)] for row in table.rows] if group in table.columns else []
        self.header = [name[:1].upper() + name[1:] for name in self.columns]
        usable = self.page_w - 2 * MARGIN
        # as wide as a column's longest line, and the room line breaking keeps in hand (SAFETY)
        natural = [max([_MEASURER.width(h, BODY_SIZE, True)] + [_MEASURER.width(r[i], BODY_SIZE) for r in self.rows])
                   / SAFETY + 2 * PAD_X + 1 for i, h in enumerate(self.header)]
        minimum = [max(_MEASURER.width(max(h.split(), key=len, default=""), BODY_SIZE, True) / SAFETY, 24.0)
                   + 2 * PAD_X for h in self.header]
        self.widths = _widths(natural, minimum, usable)
        self.header_lines = [wrap(h, _MEASURER, w - 2 * PAD_X, BODY_SIZE, True, 2) for h, w in zip(self.header, self.widths)]
        self.header_h = max(len(lines) for lines in self.header_lines) * _line_height(BODY_SIZE) + 2 * PAD_Y
        self.blocks = self._blocks()

    def _blocks(self) -> list[_Block]:
        blocks, current = [], None
        group_h = _line_height(BODY_SIZE) + 2 * PAD_Y + 2
        for index, row in enumerate(self.rows):
            if self.groups and self.groups[index].casefold() != (current or "").casefold():
                current = self.groups[index]
                count = sum(1 for g in self.groups if g.casefold() == current.casefold())
                blocks.append(_Block(group_h, group=f"{current} ({count})"))
            cells = [wrap(text, _MEASURER, w - 2 * PAD_X, BODY_SIZE, False, MAX_CELL_LINES) or [""]
                     for text, w in zip(row, self.widths)]
            blocks.append(_Block(max(len(c) for c in cells) * _line_height(BODY_SIZE) + 2 * PAD_Y, cells,
                                 stripe=index % 2 == 1))
        return blocks

    def pages(self) -> list[list[_Block]]:
        """Blocks per page; a group heading never ends a page, and a group that goes on past a
        page break is named again, "(continued)", at the next page's top."""
        top_first = MARGIN + _line_height(TITLE_SIZE) + (_line_height(SUBTITLE_SIZE) if self.subtitle else 0) + 8
        bottom = self.page_h - MARGIN - _line_height(FOOT_SIZE) - 4
        pages: list[list[_Block]] = [[]]
        y = top_first + self.header_h
        group = None
        for i, block in enumerate(self.blocks):
            need = block.height
            if block.group and i + 1 < len(self.blocks):  # keep a heading with its first row
                need += self.blocks[i + 1].height
            if y + need > bottom and pages[-1]:
                pages.append([])
                y = MARGIN + self.header_h
                if not block.group and group is not None:
                    heading = _Block(group.height, group=group.group.rsplit(" (", 1)[0] + " (continued)")
                    pages[-1].append(heading)
                    y += heading.height
            if block.group:
                group = block
            pages[-1].append(block)
            y += block.height
        return pages

    def draw(self, canvas) -> int:
        """Every page of the report (each ended with showPage); the number of pages."""
        pages = self.pages()
        for number, blocks in enumerate(pages, 1):
            canvas.setPageSize((self.page_w, self.page_h))
            y = MARGIN
            if number == 1:
                self._text(canvas, self.table.title, MARGIN, y, self.page_w - 2 * MARGIN, TITLE_SIZE, True, INK)
                y += _line_height(TITLE_SIZE)
                if self.subtitle:
                    self._text(canvas, self.subtitle, MARGIN, y, self.page_w - 2 * MARGIN, SUBTITLE_SIZE, False,
                               INK_SOFT)
                    y += _line_height(SUBTITLE_SIZE)
                y += 8
            y = self._header(canvas, y)
            for block in blocks:
                y = self._block(canvas, block, y)
            self._rule(canvas, y)
            if not self.rows and number == 1:
                self._text(canvas, "(none)", MARGIN + PAD_X, y + PAD_Y, 200, BODY_SIZE, False, INK_SOFT)
            foot = f"{self.table.title} — page {number} of {len(pages)}"
            self._text(canvas, foot, MARGIN, self.page_h - MARGIN - _line_height(FOOT_SIZE), self.page_w - 2 * MARGIN,
                       FOOT_SIZE, False, INK_SOFT, align_right=True)
            canvas.showPage()
        return len(pages)

    # --------------------------------------------------------------- drawing (y from the top)
    def _text(self, canvas, text: str, x: float, top: float, width: float, size: float, bold: bool, colour: str,
              align_right: bool = False) -> None:
        line = (wrap(text, _MEASURER, width, size, bold, 1) or [""])[0]
        baseline = self.page_h - (top + _line_height(size) / 2 + size * 0.36)
        draw_text(canvas, line, x, baseline, width, size, bold, HexColor(colour), align_right)

    def _lines(self, canvas, lines: list[str], x: float, top: float, width: float, bold: bool, colour: str) -> None:
        rtl = paragraph_is_rtl(" ".join(lines))
        for line in lines:
            baseline = self.page_h - (top + _line_height(BODY_SIZE) / 2 + BODY_SIZE * 0.36)
            draw_text(canvas, line, x, baseline, width, BODY_SIZE, bold, HexColor(colour), rtl)
            top += _line_height(BODY_SIZE)

    def _fill(self, canvas, top: float, height: float, colour: str) -> None:
        canvas.setFillColor(HexColor(colour))
        canvas.rect(MARGIN, self.page_h - top - height, self.page_w - 2 * MARGIN, height, stroke=0, fill=1)

    def _rule(self, canvas, top: float) -> None:
        canvas.setStrokeColor(HexColor(RULE))
        canvas.setLineWidth(0.6)
        canvas.line(MARGIN, self.page_h - top, self.page_w - MARGIN, self.page_h - top)

    def _header(self, canvas, top: float) -> float:
        self._fill(canvas, top, self.header_h, HEADER_FILL)
        x = MARGIN
        for lines, width in zip(self.header_lines, self.widths):
            self._lines(canvas, lines, x + PAD_X, top + PAD_Y, width - 2 * PAD_X, True, INK)
            x += width
        self._rule(canvas, top + self.header_h)
        return top + self.header_h

    def _block(self, canvas, block: _Block, top: float) -> float:
        if block.group:
            self._fill(canvas, top + 2, block.height - 2, GROUP_FILL)
            self._text(canvas, block.group, MARGIN + PAD_X, top + 2 + PAD_Y, self.page_w - 2 * MARGIN - 2 * PAD_X,
                       BODY_SIZE, True, INK)
            return top + block.height
        if block.stripe:
            self._fill(canvas, top, block.height, STRIPE_FILL)
        x = MARGIN
        for lines, width in zip(block.cells, self.widths):
            self._lines(canvas, lines, x + PAD_X, top + PAD_Y, width - 2 * PAD_X, False, INK)
            x += width
        return top + block.height


def draw_report(canvas, table: Table, size: tuple[float, float], subtitle: str = "") -> int:
    """A report's pages on `canvas`, each `size` (points); the number of pages."""
    return _Report(table, size, subtitle).draw(canvas)


def export_report_pdf(tables: list[Table], path: str | Path, paper: str = "A4", title: str = "",
                      subtitle: str = "") -> Path:
    """Reports as a PDF of their own, one after another, on `paper` (landscape)."""
    path = Path(path)
    canvas = TextCanvas(str(path), initialFontName=register_fonts(), pageCompression=1)
    canvas.setTitle(title or (tables[0].title if tables else "Report"))
    canvas.setCreator("Journey Editor")
    for table in tables:
        draw_report(canvas, table, page_size(paper), subtitle)
    canvas.save()
    return path


def append_reports(canvas, project, maps, kinds, paper: str) -> None:
    """The reports `kinds` of the maps exported (every map's when they are all of them), as pages
    after the posters."""
    from .. import reports

    every = len(maps) != 1 or len(project.maps) == 1
    for kind in kinds:
        table = reports.build(project, kind, None if every else maps[0].name)
        draw_report(canvas, table, page_size(paper), project.title)
