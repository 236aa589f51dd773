"""PDF posters and tiled prints (reportlab), drawn from the same layout as the canvas.

The map is drawn once per page as vector shapes and real text, in layout units (1 unit = 1 pt
at scale 1), then scaled to fit the page. Tiles place one form XObject of the whole poster on
each sheet, shifted and clipped, so tiles reassemble exactly into the poster.

Pages print what was asked: WxHmm is W wide and H high; a named size turns to print the map
larger; several maps can share one page (a banner) at one scale; the page (or the tile count)
can follow from the card text size wanted. plan_pages() decides every page before anything is
drawn (export_pdf's `announce` hears the plans); tile_grid() cuts a poster so that no sheet is
less than a third used. The grid's layers follow layout.layers.GRID_LAYERS, as on the canvas.
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

from ..catalogue import number, percent, tr
from ..layout import LayoutEngine, MapLayout
from ..layout.card_details import CHIP_COLOURS, CHIP_SIZE, MOMENT_INK, MOMENT_SIZE
from ..layout.curves import catmull_rom_beziers
from ..layout.heat import heat_choices
from ..layout.icons import CHANNEL_ICONS, CHIP_ICONS, ICONS, MOMENT_ICONS, face, face_colour, lane_icon_shapes
from ..layout.layers import COLUMN_TINT_ALPHA, GRID_LAYERS, step_dividers, tinted_column
from ..layout.map_layout import _cut
from ..layout.style import (
    BACKGROUND,
    CARD_COLOURS,
    GRID_LINE,
    INK,
    INK_SOFT,
    STATUS_COLOURS,
    STATUS_LABELS,
    Style,
    label_width,
    legend_items,
    minutes_label,
    score_text,
    status_width,
    step_tab_colours,
)
from ..text.bidi import paragraph_is_rtl
from ..text.measure import FontMeasurer, wrap
from .pdftext import TextCanvas, draw_line, draw_text, register_fonts, shaped_line

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


#: several maps on one page leave this much paper between them (layout units, so it scales alike)
BANNER_GAP = 48.0
#: --layout: one page per map, or every map on one page, one under another or side by side
LAYOUTS = ("pages", "stacked", "side-by-side")
#: the smallest text on cards (their body; titles are larger), in layout units = pt at scale 1
CARD_TEXT = min(Style().title_size, Style().body_size)
#: a tile set leaves no sheet less used than this (a share of the sheet's printable area)
MIN_SHEET_USE = 1 / 3
#: to fill every sheet that well, the overlap may widen by this much, or else the poster is
#: printed at this share of the size asked (never smaller than asked when a text size was)
OVERLAP_EXTRA_MM = 5.0
TILE_SCALES = (0.9, 1.5)
_CUSTOM_PAGE = re.compile(r"(\d+(?:\.\d+)?)\s*[x×]\s*(\d+(?:\.\d+)?)\s*(mm|cm|in)", re.IGNORECASE)
_UNIT_MM = {"mm": 1.0, "cm": 10.0, "in": 25.4}
_TEXT_SIZE = re.compile(r"(\d+(?:\.\d+)?)\s*(pt|mm|in)?", re.IGNORECASE)


def paper_key(page: str) -> str | None:
    """The PAPER_MM key a page name means, whatever its case; None if it names none."""
    return next((k for k in PAPER_MM if k.lower() == (page or "").strip().lower()), None)


def custom_size_mm(page: str) -> tuple[float, float] | None:
    """(width, height) in mm of a page written WxHmm, WxHcm or WxHin (W wide, H high)."""
    match = _CUSTOM_PAGE.fullmatch((page or "").strip())
    if not match:
        return None
    factor = _UNIT_MM[match.group(3).lower()]
    return float(match.group(1)) * factor, float(match.group(2)) * factor


def parse_text_size(value) -> float:
    """A text size as the user writes it, "12pt", "12" (points), "4.2mm" or "0.17in", in points."""
    if isinstance(value, (int, float)):
        return float(value)
    match = _TEXT_SIZE.fullmatch(str(value).strip())
    if not match:
        raise PdfExportError(tr("unknown text size {0!r} (write it like 12pt or 4mm)").format(value))
    number, unit = float(match.group(1)), (match.group(2) or "pt").lower()
    return number * {"pt": 1.0, "mm": mm, "in": 72.0}[unit]


@dataclass
class PdfOptions:
    page: str = "fit"  # fit | A0..A5 | letter | legal | tabloid | arch-e | WxHmm | WxHin
    orientation: str | None = None  # landscape | portrait | None: named sizes turn to suit the map
    tile: str | None = None  # A4 | A3 | letter
    overlap_mm: float = 10.0
    marks: bool = True
    layout: str = "pages"  # pages | stacked | side-by-side: several maps on one page
    text_pt: float | None = None  # the smallest card text on paper (pt): chooses the page size or tiles
    persona_sheet: bool = True  # each map's personas under its legend
    emotion_notes: bool = True  # emotion points' notes as captions by their faces
    heatmap: str = ""  # the columns washed by: "" (none), "emotion", "pain-points" or a metric kind
    reports: tuple[str, ...] = ()  # reports (owners, metrics, gaps, evidence) as pages after the posters
    votes: bool = False  # each map's latest round's dots on its cards, and a results page per round
    comments: bool = False  # comment bubbles on the maps, and a page of each map's threads

    @classmethod
    def from_cli(cls, page: str, orientation, tile, overlap, marks: bool, layout: str | None = None,
                 scale_to_text: str | None = None, persona_sheet: bool = True,
                 emotion_notes: bool = True, heatmap: str | None = None, reports=()) -> PdfOptions:
        options = cls(page or "fit", orientation, tile, overlap, marks, layout or "pages",
                      parse_text_size(scale_to_text) if scale_to_text else None, persona_sheet, emotion_notes,
                      heatmap or "", tuple(dict.fromkeys(reports or ())))
        options.validate()
        return options

    def validate(self) -> None:
        custom = custom_size_mm(self.page)
        if self.page != "fit" and not paper_key(self.page) and custom is None:
            raise PdfExportError(tr("unknown page size {0!r} (use A0–A5, letter, legal, tabloid, arch-e, WxHmm, "
                                    "WxHin or fit)").format(self.page))
        if custom:
            width_mm, height_mm = custom
            if max(width_mm, height_mm) > MAX_SIDE_PT / mm + 1e-6:
                raise PdfExportError(tr("a page side can be at most {0} mm (PDF's 200-inch limit); {1} is larger: "
                                        "use --tile or a smaller page").format(number(5080, grouping=True), self.page))
            if min(width_mm, height_mm) < 50:
                raise PdfExportError(tr("a page side must be at least {0} mm").format(number(50)))
            if self.orientation and width_mm != height_mm and \
                    (self.orientation == "landscape") != (width_mm > height_mm):
                raise PdfExportError(tr("{0} is {1} mm wide and {2} mm high, so {3}: leave out --orientation {4}, "
                                        "or give the size the other way round").format(
                    self.page, number(width_mm), number(height_mm),
                    orientation_name("landscape" if width_mm > height_mm else "portrait"), self.orientation))
        if self.orientation not in (None, "landscape", "portrait"):
            raise PdfExportError(tr("the orientation is landscape or portrait"))
        from ..reports import KINDS as REPORTS

        unknown = [kind for kind in self.reports if kind not in REPORTS]
        if unknown:
            raise PdfExportError(tr("unknown report {0} (choose from {1})").format(repr(unknown[0]), ", ".join(REPORTS)))
        if self.tile and self.tile not in ("A4", "A3", "letter"):
            raise PdfExportError(tr("tiles are A4, A3 or letter"))
        if not 0 <= self.overlap_mm <= 50:
            raise PdfExportError(tr("the overlap must be between {0} and {1} mm").format(number(0), number(50)))
        if self.layout not in LAYOUTS:
            raise PdfExportError(tr("the layout is one of {0}").format(", ".join(LAYOUTS)))
        if self.heatmap and self.heatmap not in heat_choices():
            raise PdfExportError(tr("the heatmap is one of {0}").format(", ".join(heat_choices())))
        if self.text_pt is not None:
            if not 2 <= self.text_pt <= 300:
                raise PdfExportError(tr("the text size must be between {0} and {1} pt").format(number(2), number(300)))
            if self.page != "fit":
                raise PdfExportError(tr("--scale-to-text chooses the page size itself: leave out --page (or add "
                                        "--tile to print it on office paper)"))

    def orientation_for(self, content_w: float, content_h: float) -> str:
        """The orientation a named paper size takes for content of this size: the one that prints
        it larger, unless the options say which."""
        if self.orientation:
            return self.orientation
        key = paper_key(self.page)
        if key is None:
            return "landscape" if content_w >= content_h else "portrait"
        long, short = (max(PAPER_MM[key]) * mm - 2 * MARGIN_PT, min(PAPER_MM[key]) * mm - 2 * MARGIN_PT)
        across = min(long / content_w, short / content_h)
        upright = min(short / content_w, long / content_h)
        if abs(across - upright) < 1e-9:
            return "landscape" if content_w >= content_h else "portrait"
        return "landscape" if across > upright else "portrait"

    def page_size(self, content_w: float, content_h: float) -> tuple[float, float]:
        """Page size in points for content of the given size (points at scale 1). A size given
        as WxH is exactly that, W wide and H high; a named size takes orientation_for()."""
        if self.page == "fit":
            w, h = content_w + 2 * MARGIN_PT, content_h + 2 * MARGIN_PT
            if max(w, h) > MAX_SIDE_PT:  # scale to PDF's limit, keeping proportions
                factor = MAX_SIDE_PT / max(w, h)
                w, h = w * factor, h * factor
            return w, h
        custom = custom_size_mm(self.page)
        if custom:
            return custom[0] * mm, custom[1] * mm
        w, h = (v * mm for v in PAPER_MM[paper_key(self.page)])
        if self.orientation_for(content_w, content_h) == "landscape":
            return max(w, h), min(w, h)
        return min(w, h), max(w, h)

    def page_name(self, content_w: float, content_h: float) -> str:
        """The page as a person names it: "A0 landscape", "3000 × 900 mm"."""
        key = paper_key(self.page)
        if key:
            return f"{key} {orientation_name(self.orientation_for(content_w, content_h))}"
        w, h = self.page_size(content_w, content_h)
        return _mm_size(w, h)


def orientation_name(orientation: str) -> str:
    return tr("landscape") if orientation == "landscape" else tr("portrait")


def _mm(points: float) -> str:
    return number(round(points / mm), grouping=True)


def _mm_size(width: float, height: float) -> str:
    """ "841 × 1,189 mm" (sizes in points)."""
    return tr("{0} × {1} mm").format(_mm(width), _mm(height))


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


@dataclass
class Banner:
    """What one page (or one tile set) shows: one poster, or several side by side or one under
    another, each with its title block, all drawn at one scale."""

    posters: list[Poster]
    places: list[tuple[float, float]]  # each poster's top-left, layout units
    width: float
    height: float
    name: str  # for tile labels and the assembly page
    arrangement: str = "pages"


def arrange(posters: list[Poster], layout: str) -> list[Banner]:
    """One banner per poster ("pages"), or one banner of them all."""
    if layout == "pages" or len(posters) < 2:
        return [Banner([p], [(0.0, 0.0)], p.width, p.height, p.map.name) for p in posters]
    places, x, y = [], 0.0, 0.0
    for poster in posters:
        places.append((x, y))
        if layout == "side-by-side":
            x += poster.width + BANNER_GAP
        else:
            y += poster.height + BANNER_GAP
    if layout == "side-by-side":
        width, height = x - BANNER_GAP, max(p.height for p in posters)
    else:
        width, height = max(p.width for p in posters), y - BANNER_GAP
    name = tr("{0} — {1} maps").format(posters[0].project.title, number(len(posters)))
    return [Banner(list(posters), places, width, height, name, layout)]


@dataclass
class TilePlan:
    """How a poster is cut into sheets. Unpacks as the 5-tuple tile_grid always gave:
    (sheet width, sheet height, columns, rows, overlap), in points."""

    sheet: str
    sheet_w: float
    sheet_h: float
    columns: int
    rows: int
    overlap: float
    poster_w: float  # the poster as cut, points (the size asked times `scale`)
    poster_h: float
    scale: float = 1.0  # the poster's size as cut over the size asked
    note: str = ""  # what was changed so that every sheet is used well, or why none could be

    def __iter__(self):
        return iter((self.sheet_w, self.sheet_h, self.columns, self.rows, self.overlap))

    @property
    def usable_w(self) -> float:
        return self.sheet_w - 2 * MARGIN_PT

    @property
    def usable_h(self) -> float:
        return self.sheet_h - 2 * MARGIN_PT

    @property
    def tiles(self) -> int:
        return self.columns * self.rows

    @property
    def orientation(self) -> str:
        return "landscape" if self.sheet_w > self.sheet_h else "portrait"

    def part(self, row: int, column: int) -> tuple[float, float, float, float]:
        """(left, top, width, height) of the poster a sheet shows, points from its top-left."""
        left = column * (self.usable_w - self.overlap)
        top = row * (self.usable_h - self.overlap)
        return (left, top, max(0.0, min(self.usable_w, self.poster_w - left)),
                max(0.0, min(self.usable_h, self.poster_h - top)))

    def usage(self, row: int, column: int) -> float:
        """The share of a sheet's printable area the poster covers."""
        _, _, w, h = self.part(row, column)
        return w * h / (self.usable_w * self.usable_h)

    @property
    def least_used(self) -> tuple[float, int, int]:
        """(usage, row, column) of the emptiest sheet: the last one, the bottom-right corner."""
        return min((self.usage(r, c), r, c) for r in range(self.rows) for c in range(self.columns))

    def describe(self) -> str:
        """ "13 sheets of A4 (4 × 3 and an assembly sheet), landscape; least used 58 %"."""
        usage = self.least_used[0]
        text = tr("{0} sheets of {1} ({2} × {3} and an assembly sheet), {4}, overlap {5} mm; least used sheet "
                  "{6}").format(number(self.tiles + 1), self.sheet, number(self.columns), number(self.rows),
                                orientation_name(self.orientation), number(self.overlap / mm), percent(usage))
        return tr("{0}; {1}").format(text, self.note) if self.note else text


def _sheets_for(poster_w: float, poster_h: float, sheet: str, orientation: str, overlap: float,
         scale: float = 1.0, note: str = "") -> TilePlan:
    """The sheets a poster of this size needs, top-left aligned, at this orientation and overlap."""
    w, h = (v * mm for v in PAPER_MM[sheet])
    w, h = (max(w, h), min(w, h)) if orientation == "landscape" else (min(w, h), max(w, h))
    usable_w, usable_h = w - 2 * MARGIN_PT, h - 2 * MARGIN_PT
    columns = max(1, math.ceil((poster_w - overlap) / (usable_w - overlap) - 1e-9))
    rows = max(1, math.ceil((poster_h - overlap) / (usable_h - overlap) - 1e-9))
    return TilePlan(sheet, w, h, columns, rows, overlap, poster_w, poster_h, scale, note)


def tile_grid(poster_w: float, poster_h: float, sheet: str, overlap_mm: float,
              orientation: str | None = None, *, shrink: bool = True) -> TilePlan:
    """The sheets for tiling a poster asked at this size (pt), chosen so that no sheet is less
    than MIN_SHEET_USE used. In this order of preference: the poster at the size asked with the
    overlap asked (the sheet orientation that needs fewest sheets); the overlap widened by up to
    OVERLAP_EXTRA_MM; the poster at another size within TILE_SCALES (not smaller with
    `shrink=False`), fewest sheets, then the size nearest the one asked. If none does, the size
    and overlap asked, and `note` says why. Unpacks as (sheet w, sheet h, columns, rows, overlap)."""
    orientations = [orientation] if orientation else (
        ["landscape", "portrait"] if poster_w >= poster_h else ["portrait", "landscape"])
    overlap = overlap_mm * mm

    def good(plan: TilePlan) -> bool:
        return plan.least_used[0] >= MIN_SHEET_USE - 1e-9

    def best(plans: list[TilePlan]) -> TilePlan:
        return min(plans, key=lambda p: (p.tiles, abs(math.log(p.scale)), -p.least_used[0],
                                         orientations.index(p.orientation)))

    asked = [_sheets_for(poster_w, poster_h, sheet, o, overlap) for o in orientations]
    fitting = [p for p in asked if good(p)]
    if fitting:
        plan = best(fitting)
        if plan.tiles == 1:
            plan.note = tr("the poster fits on one {0} sheet").format(sheet)
        return plan
    steps = round(OVERLAP_EXTRA_MM * 2)
    for step in range(1, steps + 1):  # the poster as asked, a wider overlap
        wider = overlap_mm + step / 2
        if wider > 50:
            break
        fitting = [p for p in (_sheets_for(poster_w, poster_h, sheet, o, wider * mm) for o in orientations) if good(p)]
        if fitting:
            plan = best(fitting)
            plan.note = tr("overlap widened from {0} to {1} mm so that every sheet is at least a third used").format(
                number(overlap_mm), number(wider))
            return plan
    low, high = (TILE_SCALES[0] if shrink else 1.0), TILE_SCALES[1]
    candidates = []
    for o in orientations:
        most = _sheets_for(poster_w * high, poster_h * high, sheet, o, overlap)
        usable_w, usable_h = most.usable_w - overlap, most.usable_h - overlap
        for columns in range(1, most.columns + 1):
            for rows in range(1, most.rows + 1):
                # the scale at which the poster just fills `columns` x `rows` sheets
                k = min((columns * usable_w + overlap) / poster_w, (rows * usable_h + overlap) / poster_h)
                if low - 1e-9 <= k <= high + 1e-9:
                    plan = _sheets_for(poster_w * k, poster_h * k, sheet, o, overlap, k)
                    if good(plan):
                        candidates.append(plan)
    if candidates:
        plan = best(candidates)
        plan.note = tr("poster at {0} of the size asked so that every sheet is at least a third used").format(
            percent(plan.scale))
        return plan
    plan = min(asked, key=lambda p: (p.tiles, -p.least_used[0], orientations.index(p.orientation)))
    usage, row, column = plan.least_used
    if plan.tiles == 1:
        plan.note = tr("the poster covers only {0} of one {1} sheet: it needs no tiling").format(percent(usage), sheet)
    else:
        plan.note = tr("sheet {0} is only {1} used: no poster size from {2} to {3} of the one asked, nor an overlap "
                       "up to {4} mm, uses every sheet to a third").format(
            f"{row + 1}-{column + 1}", percent(usage), percent(low), percent(high),
            number(overlap_mm + OVERLAP_EXTRA_MM))
    return plan


@dataclass
class PagePlan:
    """One page of the PDF, or one tile set: what it shows, at what scale, on what paper."""

    banner: Banner
    scale: float  # layout units -> points, the same for every map on the page
    page_w: float  # the page; for tiles, the poster as cut
    page_h: float
    paper: str  # "A0 landscape", "3000 × 900 mm"
    tiles: TilePlan | None = None

    @property
    def text_pt(self) -> float:
        """The smallest card text as printed, in points."""
        return CARD_TEXT * self.scale

    def describe(self) -> str:
        count = number(len(self.banner.posters))
        what = self.banner.name if len(self.banner.posters) == 1 else \
            tr("{0} maps side by side").format(count) if self.banner.arrangement == "side-by-side" else \
            tr("{0} maps stacked").format(count)
        size = tr("card text {0} pt").format(number(self.text_pt, 1))
        if self.tiles:
            return tr("{0} — {1}: poster {2}, {3}").format(self.tiles.describe(), what,
                                                           _mm_size(self.page_w, self.page_h), size)
        page = _mm_size(self.page_w, self.page_h)
        page = page if self.paper == page else f"{self.paper} ({page})"
        return tr("{0} — {1}, {2}").format(page, what, size)


def plan_pages(posters: list[Poster], options: PdfOptions) -> list[PagePlan]:
    """Pages (and tile sets) for the posters, sized as the options ask; nothing drawn yet."""
    plans = []
    for banner in arrange(posters, options.layout):
        bw, bh = banner.width, banner.height
        text_scale = options.text_pt / CARD_TEXT if options.text_pt else None
        if options.tile:
            if text_scale:
                base = text_scale
            elif options.page == "fit":
                base = 1.0
            else:
                base = _fit(bw, bh, *options.page_size(bw, bh))[0]
            tiles = tile_grid(bw * base, bh * base, options.tile, options.overlap_mm, options.orientation,
                              shrink=text_scale is None)
            scale = base * tiles.scale
            paper = tr("{0} tiles").format(options.tile)
            plans.append(PagePlan(banner, scale, bw * scale, bh * scale, paper, tiles))
            continue
        if text_scale:
            page_w, page_h = bw * text_scale + 2 * MARGIN_PT, bh * text_scale + 2 * MARGIN_PT
            if max(page_w, page_h) > MAX_SIDE_PT:
                raise PdfExportError(tr(
                    "at {0} pt the card text needs a page of {1}, more than PDF's {2} mm: add --tile A4, A3 or "
                    "letter, or ask for a smaller text size").format(number(options.text_pt), _mm_size(page_w, page_h),
                                                                     number(5080, grouping=True)))
            paper = _mm_size(page_w, page_h)
        else:
            page_w, page_h = options.page_size(bw, bh)
            paper = tr("fit") if options.page == "fit" else options.page_name(bw, bh)
        scale = _fit(bw, bh, page_w, page_h)[0]
        plans.append(PagePlan(banner, scale, page_w, page_h, paper))
    return plans


def export_pdf(project, maps, path: str | Path, options: PdfOptions | None = None,
               progress: Callable[[int, int], bool] | None = None,
               announce: Callable[[list[PagePlan]], None] | None = None) -> Path:
    """Write maps as posters (or tile sets), one after another, or several on one page
    (options.layout). `announce(plans)` hears the pages before any is drawn; `progress(done,
    total)` returning False cancels; the partial file is removed."""
    options = options or PdfOptions()
    options.validate()
    path = Path(path)
    default_font = register_fonts()
    engine = LayoutEngine(persona_sheet=options.persona_sheet, emotion_notes=options.emotion_notes,
                          heatmap=options.heatmap)
    engine.votes, engine.comments = ("" if options.votes else None), options.comments
    posters = [build_poster(project, m, engine) for m in maps]
    plans = plan_pages(posters, options)
    if announce is not None:
        announce(plans)
    canvas = TextCanvas(str(path), initialFontName=default_font, pageCompression=1)
    canvas.setTitle(project.title)
    canvas.setCreator("Journey Editor")
    total = len(plans)
    try:
        for done, plan in enumerate(plans):
            if plan.tiles:
                _tiles(canvas, plan, options, done, progress)
            else:
                _poster_page(canvas, plan)
            if progress is not None and progress(done + 1, total) is False:
                raise Cancelled()
        if options.reports:
            from .pdf_reports import append_reports, report_paper

            append_reports(canvas, project, maps, options.reports, report_paper(options.page, options.tile))
        if options.votes or options.comments:
            from .pdf_workshop import append_workshop_pages

            append_workshop_pages(canvas, project, maps, options)
        canvas.save()
    except BaseException:
        path.unlink(missing_ok=True)
        raise
    return path


def _fit(content_w: float, content_h: float, page_w: float, page_h: float) -> tuple[float, float, float]:
    """Scale and offset placing content of this size centred inside the page's margins."""
    scale = min((page_w - 2 * MARGIN_PT) / content_w, (page_h - 2 * MARGIN_PT) / content_h)
    x = (page_w - content_w * scale) / 2
    y = (page_h - content_h * scale) / 2
    return scale, x, y


def draw_banner(canvas, banner: Banner) -> None:
    """The banner's posters, each at its place, in layout units (y down)."""
    for poster, (x, y) in zip(banner.posters, banner.places):
        canvas.saveState()
        canvas.translate(x, y)
        draw_poster(canvas, poster)
        canvas.restoreState()


def _poster_page(canvas: Canvas, plan: PagePlan) -> None:
    banner = plan.banner
    canvas.setPageSize((plan.page_w, plan.page_h))
    x = (plan.page_w - banner.width * plan.scale) / 2
    y = (plan.page_h - banner.height * plan.scale) / 2
    canvas.saveState()
    canvas.translate(x, y + banner.height * plan.scale)
    canvas.scale(plan.scale, -plan.scale)  # layout coordinates: y grows downwards
    draw_banner(canvas, banner)
    canvas.restoreState()
    canvas.showPage()


def _tiles(canvas: Canvas, plan: PagePlan, options: PdfOptions, index: int, progress) -> None:
    # the poster at the size planned, drawn once as a form, then placed on each sheet
    banner, tiles, scale = plan.banner, plan.tiles, plan.scale
    full_w, full_h = tiles.poster_w, tiles.poster_h
    sheet_w, sheet_h, columns, rows, overlap = tiles
    usable_w, usable_h = tiles.usable_w, tiles.usable_h
    form = f"poster{index}"
    canvas.setPageSize((sheet_w, sheet_h))
    canvas.beginForm(form, lowerx=0, lowery=0, upperx=full_w, uppery=full_h)
    canvas.saveState()
    canvas.translate(0, full_h)
    canvas.scale(scale, -scale)
    draw_banner(canvas, banner)
    canvas.restoreState()
    canvas.endForm()
    _assembly_page(canvas, plan, form)
    for row in range(rows):
        for column in range(columns):
            # the part of the poster this sheet shows, in poster points from its top-left
            left, top, _, _ = tiles.part(row, column)
            canvas.saveState()
            path = canvas.beginPath()
            path.rect(MARGIN_PT, MARGIN_PT, usable_w, usable_h)
            canvas.clipPath(path, stroke=0, fill=0)
            canvas.translate(MARGIN_PT - left, sheet_h - MARGIN_PT + top - full_h)
            canvas.doForm(form)
            canvas.restoreState()
            if options.marks:
                _marks(canvas, sheet_w, sheet_h, overlap, row, column, rows, columns)
            where = tr(" — row {0}, column {1}  ({2}/{3})").format(number(row + 1), number(column + 1),
                                                                  number(row * columns + column + 1),
                                                                  number(rows * columns))
            label = _fit_line(banner.name, usable_w - _MEASURER.width(where, 7), 7, False) + where
            draw_text(canvas, label, MARGIN_PT, MARGIN_PT / 2 - 3, usable_w, 7, False, HexColor(INK_SOFT))
            canvas.showPage()


def _assembly_page(canvas, plan: PagePlan, form: str) -> None:
    """The first sheet: the whole poster small, with the tile grid drawn over it, each sheet
    numbered as its label says, and what the set is."""
    tiles = plan.tiles
    sheet_w, sheet_h, columns, rows, overlap = tiles
    full_w, full_h = tiles.poster_w, tiles.poster_h
    width = sheet_w - 2 * MARGIN_PT
    how = tr(": {0} x {1} sheets — tape them together in this order").format(number(columns), number(rows))
    name = _fit_line(plan.banner.name, width - _MEASURER.width(how, 12, True), 12, True)
    draw_text(canvas, name + how, MARGIN_PT, sheet_h - MARGIN_PT - 12, width, 12, True, HexColor(INK))
    details = tr("{0} sheets of {1} {2} and this one; overlap {3} mm; the poster is {4}; card text {5} pt").format(
        number(tiles.tiles), tiles.sheet, orientation_name(tiles.orientation), number(overlap / mm),
        _mm_size(full_w, full_h), number(plan.text_pt, 1))
    draw_text(canvas, _fit_line(details, width, 8, False), MARGIN_PT, sheet_h - MARGIN_PT - 26, width, 8, False,
              HexColor(INK_SOFT))
    if tiles.note:
        draw_text(canvas, _fit_line(tiles.note[0].upper() + tiles.note[1:], width, 8, False), MARGIN_PT,
                  sheet_h - MARGIN_PT - 37, width, 8, False, HexColor(INK_SOFT))
    area_w, area_h = width, sheet_h - 2 * MARGIN_PT - 46
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
            left, top, w, h = tiles.part(row, column)
            rx, ry = x0 + left * scale, y0 + (full_h - top - h) * scale
            canvas.rect(rx, ry, w * scale, h * scale, stroke=1, fill=0)
            label = f"{row + 1}-{column + 1}"
            canvas.setFillColor(HexColor("#FFFFFF"))
            canvas.rect(rx + 1.5, ry + h * scale - 10.5, _MEASURER.width(label, 7, True) + 3, 9, stroke=0, fill=1)
            draw_text(canvas, label, rx + 3, ry + h * scale - 8.5, 40, 7, True, HexColor("#D55E00"))
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
    if not lines:
        return y
    fill = _colour(colour)
    # one saved state for the lines, each placed by the graphics state at x = baseline = 0: a
    # line's operators are then the same wherever it is drawn (pdftext keeps them per document)
    canvas.saveState()
    canvas.translate(x, y + line_height / 2 + size * 0.36)
    canvas.scale(1, -1)  # text upright inside the flipped page
    for i, line in enumerate(lines):
        if i:
            canvas.translate(0, -line_height)  # the next baseline, down the page (y is flipped here)
        draw_text(canvas, line, 0, 0, width, size, bold, fill, rtl)
    canvas.restoreState()
    return y + line_height * len(lines)


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
    line = shaped_line(" ".join(text[:HIDDEN_MAX].split()), size, True)
    if not line.width:
        return
    canvas.saveState()
    canvas.translate(x, baseline)
    canvas.scale(min(1.0, width / line.width), -1)
    draw_line(canvas, line, 0, 0, size, invisible=True)
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
    subtitle = tr(KIND_NAMES.get(m.kind, m.kind)) + (f" · {m.description}" if m.description else "")
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
    # imported here: they draw with this module's helpers
    from .pdf_metrics import draw_lane_chips
    from .pdf_gaps import draw_gap_marks
    from .pdf_personas import draw_emotion_captions, draw_persona_sheet

    layout, m, project = poster.layout, poster.map, poster.project
    for layer in GRID_LAYERS:  # the canvas paints the same layers in the same order
        _GRID_LAYER_DRAWERS[layer](canvas, poster)
    _draw_headers(canvas, layout)
    draw_lane_chips(canvas, layout)  # under connectors and cards, as on the canvas
    _draw_connectors(canvas, layout)
    contents = project.contents(m.id)
    for box in layout.cards.values():
        card = contents.cards[box.id]
        _draw_card(canvas, box, card)
    draw_gap_marks(canvas, poster)
    _draw_curves(canvas, layout, m)
    draw_emotion_captions(canvas, layout)
    draw_persona_sheet(canvas, poster)
    _draw_connectors(canvas, layout, labels=True)  # above cards and faces
    if layout.workshop is not None:  # votes and comment bubbles, when asked for: on top, as on the canvas
        from .pdf_workshop import draw_workshop_marks

        draw_workshop_marks(canvas, layout)


def _tinted(colour: str) -> str:
    """A lane's colour under the alternating column tint, as an opaque colour."""
    return "#" + _rgba("#000000", COLUMN_TINT_ALPHA, colour).hexval()[2:].rjust(6, "0")


def _tinted_spans(layout, row):
    """(x0, x1, tinted) pieces of a lane row, split where the tinted columns start and end."""
    spans, x = [], row.x
    for i, stage in enumerate(layout.stages):
        c = stage.column
        if tinted_column(i):
            if c.x > x:
                spans.append((x, c.x, False))
            spans.append((c.x, c.right, True))
            x = c.right
    if row.right > x:
        spans.append((x, row.right, False))
    return spans


def _layer_background(canvas, poster) -> None:
    canvas.setFillColor(_colour(BACKGROUND))
    canvas.rect(0, 0, poster.width, poster.height, stroke=0, fill=1)


def _layer_lane_shading(canvas, poster) -> None:
    for lane in poster.layout.lanes:
        r = lane.row
        canvas.setFillColor(_colour(lane.colour))
        canvas.rect(r.x, r.y, r.w, r.h, stroke=0, fill=1)


def _layer_column_shading(canvas, poster) -> None:
    """The tint of every other column, lane by lane: black at COLUMN_TINT_ALPHA over the lane's
    colour, computed (the PDF carries no transparency, see _rgba)."""
    for i, stage in enumerate(poster.layout.stages):
        if not tinted_column(i):
            continue
        c = stage.column
        for lane in poster.layout.lanes:
            canvas.setFillColor(_colour(_tinted(lane.colour)))
            canvas.rect(c.x, lane.row.y, c.w, lane.row.h, stroke=0, fill=1)


def _layer_emotion_band(canvas, poster) -> None:
    """The wash over the lane's colour, or over the column tint where a tinted column crosses."""
    for lane in poster.layout.lanes:
        if lane.kind != "emotions":
            continue
        r = lane.row
        default = (r.y + STYLE.emotion_pad, r.bottom - STYLE.emotion_pad)
        top, bottom = poster.layout.emotion_bands.get(lane.id, default)  # below the lane's cards
        if bottom <= top:
            continue
        mid = (top + bottom) / 2
        for x0, x1, tinted in _tinted_spans(poster.layout, r):
            under = _tinted(lane.colour) if tinted else lane.colour
            canvas.setFillColor(_rgba("#009E73", 0.063, under))
            canvas.rect(x0, top, x1 - x0, mid - top, stroke=0, fill=1)
            canvas.setFillColor(_rgba("#D55E00", 0.055, under))
            canvas.rect(x0, mid, x1 - x0, bottom - mid, stroke=0, fill=1)
        canvas.setStrokeColor(HexColor("#B8B8B0"))
        canvas.setLineWidth(1)
        canvas.setDash(4, 3)
        canvas.line(r.x, mid, r.right, mid)
        canvas.setDash()


def _layer_lane_lines(canvas, poster) -> None:
    layout = poster.layout
    canvas.setStrokeColor(_colour(GRID_LINE))
    canvas.setLineWidth(1)
    for lane in layout.lanes:
        canvas.line(lane.row.x, lane.row.y, lane.row.right, lane.row.y)
    if layout.lanes:
        canvas.line(layout.grid.x, layout.grid.bottom, layout.grid.right, layout.grid.bottom)


def _layer_column_lines(canvas, poster) -> None:
    stages = poster.layout.stages
    canvas.setStrokeColor(_colour(GRID_LINE))
    canvas.setLineWidth(1)
    for stage in stages:
        c = stage.column
        canvas.line(c.x, c.y, c.x, c.bottom)
    if stages:
        last = stages[-1].column
        canvas.line(last.right, last.y, last.right, last.bottom)
    canvas.setDash(4, 4)  # as Qt's dash line at width 1
    for x0, y0, x1, y1 in step_dividers(poster.layout):
        canvas.line(x0, y0, x1, y1)
    canvas.setDash()


def _layer_title(canvas, poster) -> None:
    _draw_title_block(canvas, poster.layout, poster.map)


def _layer_blueprint_lines(canvas, poster) -> None:
    for line in poster.layout.lines:
        canvas.setStrokeColor(_colour("#3B4450"))
        canvas.setLineWidth(2)
        canvas.setDash(6, 4)
        canvas.line(line.x0, line.y, line.x1, line.y)
        canvas.setDash()
        canvas.setFillColor(_colour(BACKGROUND))
        canvas.roundRect(line.x0 + 4, line.y - 9, 170, 18, 4, stroke=0, fill=1)
        _text(canvas, [line.name], line.x0 + 8, line.y - 9, 166, 11, True, "#3B4450")


_GRID_LAYER_DRAWERS = {
    "background": _layer_background, "lane-shading": _layer_lane_shading,
    "column-shading": _layer_column_shading, "emotion-band": _layer_emotion_band,
    "lane-lines": _layer_lane_lines, "column-lines": _layer_column_lines, "title": _layer_title,
    "blueprint-lines": _layer_blueprint_lines, "legend": lambda canvas, poster: _draw_legend(canvas, poster),
    "heatmap": lambda canvas, poster: _metrics_layer("heatmap", canvas, poster),
    "heat-legend": lambda canvas, poster: _metrics_layer("heat-legend", canvas, poster),
}


def _metrics_layer(layer: str, canvas, poster) -> None:
    """The heatmap's layers (export/pdf_metrics.py; imported here: it draws with this module's helpers)."""
    from .pdf_metrics import draw_heat_legend, draw_heat_wash

    (draw_heat_wash if layer == "heatmap" else draw_heat_legend)(canvas, poster)


def _draw_headers(canvas, layout) -> None:
    """Lane headers down the left and stage headers across the top (above the grid, as the
    canvas's header items are)."""
    for lane in layout.lanes:
        h = lane.header
        canvas.setFillColor(_colour("#FFFFFF"))
        canvas.roundRect(h.x, h.y + 3, h.w, h.h - 6, 8, stroke=0, fill=1)
        _shapes(canvas, lane_icon_shapes(lane.kind), h.x + 10, h.y + 14, 14, 14, INK_SOFT, 1.3)
        _text(canvas, lane.name_lines, h.x + 32, h.y + 10, h.w - 40, STYLE.lane_name_size, True, INK,
              bool(lane.name_lines) and paragraph_is_rtl(lane.name_lines[0]))
        if lane.name_cut:
            _hidden_text(canvas, lane.name, h.x + 32, h.bottom - 8, h.w - 40)
    for stage in layout.stages:
        h = stage.header
        canvas.setFillColor(_colour(stage.colour))
        canvas.roundRect(h.x, h.y, h.w, h.h, 10, stroke=0, fill=1)
        y = _text(canvas, stage.name_lines, h.x + 10, h.y + 9, h.w - 20, STYLE.stage_name_size, True, INK,
                  bool(stage.name_lines) and paragraph_is_rtl(stage.name_lines[0]))
        _text(canvas, stage.goal_lines, h.x + 10, y + 1, h.w - 20, STYLE.stage_goal_size, False, INK_SOFT,
              bool(stage.goal_lines) and paragraph_is_rtl(stage.goal_lines[0]))
        if stage.name_cut:
            _hidden_text(canvas, stage.name, h.x + 10, h.bottom - 3, h.w - 20)
    if not layout.step_band:
        return
    for step in layout.columns:
        h = step.header
        fill, edge = step_tab_colours(step.colour)
        canvas.setFillColor(_colour(fill))
        canvas.setStrokeColor(_colour(edge))
        canvas.setLineWidth(1)
        canvas.roundRect(h.x, h.y, h.w, h.h, 6, stroke=1, fill=1)
        _text(canvas, step.name_lines, h.x + 8, h.y + (h.h - STYLE.line_height(STYLE.step_name_size)) / 2,
              h.w - 16, STYLE.step_name_size, True, INK, bool(step.name_lines) and paragraph_is_rtl(step.name_lines[0]))
        if step.name_cut:
            _hidden_text(canvas, step.name, h.x + 8, h.bottom - 3, h.w - 16)


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
    _draw_card_details(canvas, box)
    if box.metric_chips:
        from .pdf_metrics import draw_card_chips

        draw_card_chips(canvas, box)
    if box.status in STATUS_LABELS:
        label = tr(STATUS_LABELS[box.status])
        pill_w = status_width(label)
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


def _draw_card_details(canvas, box) -> None:
    """A card's moment line and chips, as the canvas paints them (canvas/paint.py); a chip that
    was cut, and "+N", carry their whole text as invisible text, for search and copy."""
    r, details = box.rect, box.details
    moment = details.moment
    if moment is not None:
        icon_x, icon_y, icon_size = moment.icon
        _shapes(canvas, MOMENT_ICONS[moment.kind], r.x + icon_x, r.y + icon_y, icon_size, icon_size, MOMENT_INK, 1.3)
        _text(canvas, [moment.label], r.x + moment.text_x, r.y + moment.y, moment.text_w, MOMENT_SIZE, True, MOMENT_INK,
              moment.rtl)
    for chip in details.chips:
        fill, outline, ink = CHIP_COLOURS[chip.kind]
        canvas.setFillColor(_colour(fill))
        if outline:
            canvas.setStrokeColor(_colour(outline))
            canvas.setLineWidth(0.8)
        canvas.roundRect(r.x + chip.x, r.y + chip.y, chip.w, chip.h, chip.h / 2, stroke=1 if outline else 0, fill=1)
        if chip.kind in CHIP_ICONS:
            glyph_x, glyph_y, glyph_size = chip.glyph
            _shapes(canvas, CHIP_ICONS[chip.kind], r.x + glyph_x, r.y + glyph_y, glyph_size, glyph_size,
                    INK_SOFT if chip.kind == "owner" else ink, 1.2 if chip.kind == "analytical" else 1.4)
        _text(canvas, [chip.text], r.x + chip.text_x, r.y + chip.text_y, chip.text_w, CHIP_SIZE, chip.bold, ink,
              chip.rtl)
        if chip.full:
            _hidden_start(canvas, chip.full, r.x + chip.text_x, r.y + chip.y + chip.h - 3, chip.text_w)


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
            _text(canvas, [label], x + 16, y, label_width(label) + 8, 11, False, INK)
        elif kind == "moment":
            moment, label = item[3], item[4]
            _shapes(canvas, MOMENT_ICONS[moment], x, y + 3, 12, 12, MOMENT_INK, 1.3)
            _text(canvas, [label], x + 16, y, label_width(label) + 8, 11, False, INK)
        elif kind == "face":
            score = item[3]
            _face(canvas, x + 10, y + 8, 9, score, m.scale_min, m.scale_max, "#8A8F98")
            _text(canvas, [score_text(score, m.scale_min)], x + 24, y, 30, 11, False, INK)
        elif kind == "marker":
            letter, colour, label = item[3], item[4], item[5]
            canvas.setFillColor(_colour(colour))
            canvas.circle(x + 10, y + 8, 8, stroke=0, fill=1)
            _text(canvas, [letter], x + 6.5, y, 12, 10, True, "#FFFFFF")
            _text(canvas, [label], x + 22, y, max(80, label_width(label) + 8), 11, False, INK)
        elif kind == "status":
            status, label = item[3], item[4]
            pill_w = status_width(label)
            canvas.setFillColor(_colour(STATUS_COLOURS[status]))
            canvas.roundRect(x, y, pill_w, 16, 8, stroke=0, fill=1)
            _text(canvas, [label], x + 4, y, pill_w - 8, 9, True, "#FFFFFF")
    from .pdf_gaps import draw_gap_legend  # imported here: it draws with this module's helpers

    draw_gap_legend(canvas, layout)
    # the project's title cut to the room the date and the app's name leave in 420 units
    after = f" · {datetime.date.today().isoformat()} · Journey Editor"
    x, width = layout.width - 420 - STYLE.margin, 420
    title, cut = _fit_text(poster.project.title, width - _MEASURER.width(after, 10), 10, False, 1)
    _text(canvas, [(title[0] if title else "") + after], x, top + 34, width, 10, False, INK_SOFT, True)
    if cut:
        _hidden_start(canvas, poster.project.title, x, top + 34 + STYLE.line_height(10) + 4, width)
