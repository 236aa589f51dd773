"""Posters that print exactly what was asked (issue #16): page sizes and orientation, banners of
several maps at one scale, pages sized from the card text, tiles that leave no sheet nearly
empty, and shading under everything, on paper as on screen. Checked on the PDF itself (pypdf's
mediabox and text sizes, poppler's rendering) as well as on the plans the exporter announces."""

import math
import shutil
import subprocess

import pytest
from pypdf import PdfReader

from journeyeditor.export.pdf import (
    CARD_TEXT,
    MARGIN_PT,
    MIN_SHEET_USE,
    PdfExportError,
    PdfOptions,
    build_poster,
    export_pdf,
    plan_pages,
    tile_grid,
)
from journeyeditor.layout import LayoutEngine, Style
from journeyeditor.model import Card, Lane, Map, Project, Stage
from journeyeditor.templates import build_sample

MM = 72 / 25.4
needs_poppler = pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs poppler's pdftoppm")


def page_sizes(path):
    return [(float(p.mediabox.width), float(p.mediabox.height)) for p in PdfReader(path).pages]


def export(project, maps, path, **options):
    plans = []
    export_pdf(project, maps, path, PdfOptions(**options), announce=plans.extend)
    return plans


def shaped_map(stages: int, lanes: int) -> tuple[Project, Map]:
    """A map of `stages` columns and `lanes` rows, a card in each cell of the first lane."""
    project = Project("shapes")
    m = project.add(Map("Shape"))
    lane_list = [project.add(Lane(m.id, f"Lane {i}")) for i in range(lanes)]
    for i in range(stages):
        stage = project.add_stage(Stage(m.id, f"S{i}"))
        project.add(Card(m.id, stage.id, lane_list[0].id, f"Step {i}"))
    return project, m


# ----------------------------------------------------------------------------- page sizes
@pytest.mark.parametrize("page, expected_mm", [
    ("3000x900mm", (3000, 900)), ("800x500mm", (800, 500)), ("500x800mm", (500, 800)),
    ("36x48in", (914.4, 1219.2)), ("48x36in", (1219.2, 914.4)), ("90x60cm", (900, 600)),
])
@pytest.mark.parametrize("which", ["tall", "wide"])
def test_pdf_wxh_is_exactly_w_wide_and_h_high(tmp_path, page, expected_mm, which):
    """Whatever the map's shape: an explicit size is never turned round."""
    project, m = shaped_map(2, 12) if which == "tall" else shaped_map(12, 2)
    out = tmp_path / "p.pdf"
    export(project, [m], out, page=page)
    (w, h), = page_sizes(out)
    assert (w, h) == (pytest.approx(expected_mm[0] * MM, abs=0.5), pytest.approx(expected_mm[1] * MM, abs=0.5))


def test_pdf_wxh_with_a_contradicting_orientation_is_refused():
    with pytest.raises(PdfExportError, match="landscape"):
        PdfOptions(page="3000x900mm", orientation="portrait").validate()
    PdfOptions(page="3000x900mm", orientation="landscape").validate()
    PdfOptions(page="900x900mm", orientation="portrait").validate()  # a square is both


@pytest.mark.parametrize("page", ["A0", "A3", "letter", "arch-e"])
def test_pdf_named_sizes_take_the_orientation_that_prints_the_map_larger(tmp_path, page):
    for stages, lanes, expected in ((12, 2, "landscape"), (2, 12, "portrait")):
        project, m = shaped_map(stages, lanes)
        out = tmp_path / f"{stages}.pdf"
        plan, = export(project, [m], out, page=page)
        (w, h), = page_sizes(out)
        assert ("landscape" if w > h else "portrait") == expected
        assert plan.paper.endswith(expected)
        # the other way round would print it smaller
        poster = plan.banner
        other = min((h - 2 * MARGIN_PT) / poster.width, (w - 2 * MARGIN_PT) / poster.height)
        assert plan.scale > other
        # unless the options say otherwise
        forced = "portrait" if expected == "landscape" else "landscape"
        export(project, [m], out, page=page, orientation=forced)
        (w, h), = page_sizes(out)
        assert ("landscape" if w > h else "portrait") == forced


def test_pdf_a_wide_sample_map_fills_an_a0_landscape(tmp_path, sample_project):
    m = sample_project.maps[2]  # the day in the life: much wider than high
    out = tmp_path / "a0.pdf"
    plan, = export(sample_project, [m], out, page="A0")
    (w, h), = page_sizes(out)
    assert (w, h) == (pytest.approx(1189 * MM, abs=0.5), pytest.approx(841 * MM, abs=0.5))
    used = plan.banner.width * plan.scale * plan.banner.height * plan.scale / (w * h)
    assert used > 0.6  # portrait, it would be about a third


# ------------------------------------------------------------------------------- banners
def text_sizes(page) -> list[tuple[str, float]]:
    """(text, size as printed in pt) of every piece of text drawn on the page."""
    found = []

    def visit(text, cm, tm, _font, size):
        if not text.strip():
            return
        # the text's vertical axis through the text matrix and the page's: the printed size
        c, d = tm[2] * cm[0] + tm[3] * cm[2], tm[2] * cm[1] + tm[3] * cm[3]
        found.append((text, size * math.hypot(c, d)))

    page.extract_text(visitor_text=visit)
    return found


def two_maps(project):
    return [project.maps[0], project.maps[3]]  # current state and future state


@pytest.mark.parametrize("layout", ["side-by-side", "stacked"])
def test_pdf_banner_of_two_maps_prints_both_at_one_scale(tmp_path, sample_project, layout):
    maps = two_maps(sample_project)
    out = tmp_path / "banner.pdf"
    plans = export(sample_project, maps, out, page="3000x900mm", layout=layout)
    assert len(plans) == 1 and len(plans[0].banner.posters) == 2
    (w, h), = page_sizes(out)
    assert (w, h) == (pytest.approx(3000 * MM, abs=0.5), pytest.approx(900 * MM, abs=0.5))
    scale = plans[0].scale
    # the banner fills the page one way, within the margins
    banner = plans[0].banner
    assert max(banner.width * scale / (w - 2 * MARGIN_PT), banner.height * scale / (h - 2 * MARGIN_PT)) == \
        pytest.approx(1, abs=1e-6)
    sizes = text_sizes(PdfReader(out).pages[0])
    # each map has its title, and both titles print the same size: 22 layout units at the page's scale
    for m in maps:
        title_sizes = [size for text, size in sizes if m.name in text]
        assert title_sizes, m.name
        assert all(size == pytest.approx(22 * scale, rel=1e-3) for size in title_sizes)
    # card titles of both maps print the same size too
    style = Style()
    for m in maps:
        layout_ = LayoutEngine().layout(sample_project, m.id)
        # (a chip may say the same as a title, as an owner's card in the owners lane does: not a title)
        chips = {chip.text for box in layout_.cards.values() for chip in box.details.chips}
        chips |= {line for step in layout_.columns for line in step.name_lines}  # a step may be named so too
        lines = {line for box in layout_.cards.values() for line in box.title_lines
                 if line.isascii() and len(line) > 6 and line not in chips}
        printed = [size for text, size in sizes if text.strip() in lines]
        assert printed and all(size == pytest.approx(style.title_size * scale, rel=1e-3) for size in printed)


def test_pdf_banner_side_by_side_uses_a_long_banner_better_than_pages(tmp_path, sample_project):
    """Before: --all made one 3000 x 900 mm page per map, each scaled to the height."""
    maps = two_maps(sample_project)
    out = tmp_path / "b.pdf"
    (banner,) = export(sample_project, maps, out, page="3000x900mm", layout="side-by-side")
    pages = export(sample_project, maps, tmp_path / "p.pdf", page="3000x900mm")
    assert len(pages) == 2 and len(PdfReader(tmp_path / "p.pdf").pages) == 2
    assert banner.scale == pytest.approx(min(p.scale for p in pages), rel=1e-6)  # the same print size, one sheet


def test_pdf_banner_of_every_map_from_the_command_line(tmp_path, sample_file, capsys):
    from journeyeditor.cli import main

    out = tmp_path / "wall.pdf"
    assert main(["export", str(sample_file), "-o", str(out), "--all", "--layout", "stacked",
                 "--page", "900x3000mm"]) == 0
    assert page_sizes(out) == [(pytest.approx(900 * MM, abs=0.5), pytest.approx(3000 * MM, abs=0.5))]
    captured = capsys.readouterr()
    assert captured.out.strip().splitlines() == [str(out)]  # a single page: just the path
    assert main(["export", str(sample_file), "-o", str(out), "--force", "--layout", "stacked"]) == 1
    assert "add --all" in capsys.readouterr().err


# ------------------------------------------------------------------------ scale to text
def test_pdf_scale_to_text_chooses_the_page_size(tmp_path, sample_project):
    m = sample_project.maps[0]
    out = tmp_path / "t.pdf"
    plan, = export(sample_project, [m], out, text_pt=12)
    assert plan.text_pt == pytest.approx(12)
    poster = build_poster(sample_project, m)
    (w, h), = page_sizes(out)
    assert w == pytest.approx(poster.width * 12 / CARD_TEXT + 2 * MARGIN_PT, abs=0.5)
    assert h == pytest.approx(poster.height * 12 / CARD_TEXT + 2 * MARGIN_PT, abs=0.5)
    layout = LayoutEngine().layout(sample_project, m.id)
    # (a tag chip may say what a body line says: "#sign-up" is drawn as "#" and "sign-up")
    chips = {chip.text.lstrip("#") for box in layout.cards.values() for chip in box.details.chips}
    bodies = {line for box in layout.cards.values() for line in box.body_lines
              if line.isascii() and len(line) > 6 and line not in chips}
    printed = [size for text, size in text_sizes(PdfReader(out).pages[0]) if text.strip() in bodies]
    assert printed and min(printed) == pytest.approx(12, abs=0.01)  # the smallest card text, as asked


def test_pdf_scale_to_text_in_mm_and_its_limits(tmp_path, sample_project):
    from journeyeditor.export.pdf import parse_text_size

    assert parse_text_size("12pt") == 12 and parse_text_size("12") == 12
    assert parse_text_size("4.2mm") == pytest.approx(4.2 * MM)
    with pytest.raises(PdfExportError, match="text size"):
        parse_text_size("big")
    with pytest.raises(PdfExportError, match="--tile"):  # 200 pt text: wider than PDF allows
        export(sample_project, [sample_project.maps[0]], tmp_path / "x.pdf", text_pt=200)
    with pytest.raises(PdfExportError, match="chooses the page size"):
        PdfOptions(page="A0", text_pt=12).validate()


def test_pdf_scale_to_text_chooses_the_tile_count_and_never_prints_smaller(tmp_path, sample_project):
    m = sample_project.maps[0]
    small, = export(sample_project, [m], tmp_path / "s.pdf", text_pt=10, tile="A4")
    large, = export(sample_project, [m], tmp_path / "l.pdf", text_pt=24, tile="A4")
    assert small.text_pt >= 10 - 1e-9 and large.text_pt >= 24 - 1e-9
    assert large.tiles.tiles > small.tiles.tiles
    assert len(PdfReader(tmp_path / "l.pdf").pages) == large.tiles.tiles + 1


# ---------------------------------------------------------------------------------- tiles
@pytest.mark.parametrize("sheet", ["A4", "A3", "letter"])
def test_pdf_tiles_leave_no_sheet_under_a_third_used(tmp_path, sample_project, sheet):
    engine = LayoutEngine()
    for m in sample_project.maps:
        poster = build_poster(sample_project, m, engine)
        plan = tile_grid(poster.width, poster.height, sheet, 10)
        assert plan.least_used[0] >= MIN_SHEET_USE - 1e-9, (m.name, plan.describe())
        assert plan.overlap >= 10 * MM - 1e-9
        assert 0.9 - 1e-9 <= plan.scale <= 1.5 + 1e-9
        # the poster is covered: the last column and row reach its right and bottom edges
        left, top, w, h = plan.part(plan.rows - 1, plan.columns - 1)
        assert left + w == pytest.approx(plan.poster_w) and top + h == pytest.approx(plan.poster_h)


def test_pdf_the_issues_a4_tiles_have_no_near_blank_sheets(tmp_path, sample_project):
    """Before: 4 x 3 sheets of A4 with the last column and row slivers (13 pages, 6 nearly blank)."""
    m = sample_project.maps[0]
    out = tmp_path / "tiles.pdf"
    plan, = export(sample_project, [m], out, tile="A4")
    tiles = plan.tiles
    reader = PdfReader(out)
    assert len(reader.pages) == tiles.tiles + 1
    assert all(tiles.usage(r, c) >= MIN_SHEET_USE for r in range(tiles.rows) for c in range(tiles.columns))
    first = reader.pages[0].extract_text()
    assert "tape them together" in first and f"{tiles.columns} x {tiles.rows} sheets" in first
    for r in range(tiles.rows):  # the assembly page's grid names every sheet
        for c in range(tiles.columns):
            assert f"{r + 1}-{c + 1}" in first
    assert m.name in first  # the thumbnail of the map


@needs_poppler
@pytest.mark.parametrize("index, sheet", [(0, "A4"), (2, "A4"), (1, "A3")])
def test_pdf_each_printed_sheet_is_at_least_a_third_covered(tmp_path, index, sheet):
    """Measured on the sheets as rendered: the share of each printable area the poster covers."""
    from PIL import Image

    project = build_sample()
    out = tmp_path / "t.pdf"
    plan, = export(project, [project.maps[index]], out, tile=sheet, marks=False)
    dpi = 18
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(out), str(tmp_path / "t")], check=True)
    margin = round(MARGIN_PT * dpi / 72)
    shares = []
    for path in sorted(tmp_path.glob("t-*.png"))[1:]:
        image = Image.open(path).convert("L")
        area = image.crop((margin + 1, margin + 1, image.width - margin - 1, image.height - margin - 1))
        # the poster is a rectangle on the sheet: the box around all that is not paper (its panel
        # is #F6F6F3; white lanes and cards inside it are the poster too)
        left, top, right, bottom = area.point(lambda v: 255 if v < 250 else 0).getbbox()
        shares.append((right - left) * (bottom - top) / (area.width * area.height))
    assert len(shares) == plan.tiles.tiles
    assert min(shares) >= MIN_SHEET_USE - 0.03, shares


def test_pdf_tiles_say_why_when_no_sheet_can_be_used_well(tmp_path):
    plan = tile_grid(300, 200, "A3", 10)  # a tenth of one sheet: no size from 90 to 150 % helps
    assert plan.tiles == 1 and plan.scale == 1 and "covers only 7%" in plan.note and "needs no tiling" in plan.note
    project, m = shaped_map(1, 1)
    poster = build_poster(project, m)
    plan = tile_grid(poster.width, poster.height, "A3", 10)
    assert plan.tiles == 1 and "fits on one A3 sheet" in plan.note
    # sheets the poster cannot fill, however sized: the note names the emptiest and why
    plan = tile_grid(1200, 60, "A4", 10, "portrait")
    assert plan.least_used[0] < MIN_SHEET_USE and "sheet 1-3 is only" in plan.note


def test_pdf_tile_count_is_printed_before_the_path(tmp_path, sample_file, capsys):
    from journeyeditor.cli import main

    out = tmp_path / "tiles.pdf"
    assert main(["export", str(sample_file), "-o", str(out), "--tile", "A4"]) == 0
    captured = capsys.readouterr()
    assert captured.out.strip().splitlines() == [str(out)]
    pages = len(PdfReader(out).pages)
    line, = captured.err.strip().splitlines()
    assert line.startswith(f"journeyeditor: {pages} sheets of A4 (")
    project = build_sample()
    poster = build_poster(project, project.maps[0])
    plan = tile_grid(poster.width, poster.height, "A4", 10)
    assert f"({plan.columns} × {plan.rows} and an assembly sheet)" in line


def test_pdf_plans_match_what_is_written(tmp_path, sample_project):
    for options in ({"page": "A1"}, {"page": "A0", "tile": "A3"}, {"text_pt": 14}, {"layout": "side-by-side"}):
        out = tmp_path / "x.pdf"
        plans = export(sample_project, sample_project.maps, out, **options)
        again = plan_pages([build_poster(sample_project, m) for m in sample_project.maps], PdfOptions(**options))
        assert [p.describe() for p in plans] == [p.describe() for p in again]
        expected = sum(p.tiles.tiles + 1 if p.tiles else 1 for p in plans)
        assert len(PdfReader(out).pages) == expected


# ------------------------------------------------------------------------------- shading
def shading_map() -> tuple[Project, Map]:
    """Three stages over an emotion lane between two plain lanes, with no points or cards in the
    way of what is probed."""
    project = Project("shade")
    m = project.add(Map("Shade"))
    for name in ("One", "Two", "Three"):
        project.add_stage(Stage(m.id, name, width=260))
    project.add(Lane(m.id, "Above", colour="#FFFFFF", height=120))
    project.add(Lane(m.id, "Feelings", kind="emotions", colour="#FFFFFF", height=200))
    project.add(Lane(m.id, "Below", colour="#FFFFFF", height=120))
    return project, m


def probes(layout):
    """(name, x, y) in layout units inside the tinted second column, away from its edges."""
    column = layout.stages[1].column
    emotions = next(lane for lane in layout.lanes if lane.kind == "emotions")
    below = layout.lanes[-1]
    x = column.x + column.w * 0.37
    pad = Style().emotion_pad
    top, bottom = emotions.row.y + pad, emotions.row.bottom - pad
    mid = (top + bottom) / 2
    return {"wash-above": (x, (top + mid) / 2), "wash-below": (x, (mid + bottom) / 2),
            "lane": (x, below.row.y + below.row.h / 2)}, column, mid, below.row.y


def test_pdf_shading_order_is_one_list_for_screen_and_paper():
    from journeyeditor.canvas import items
    from journeyeditor.export import pdf
    from journeyeditor.layout.layers import GRID_LAYERS

    assert set(items._GRID_PAINTERS) == set(GRID_LAYERS) == set(pdf._GRID_LAYER_DRAWERS)
    shading = max(GRID_LAYERS.index("lane-shading"), GRID_LAYERS.index("column-shading"))
    assert GRID_LAYERS.index("lane-shading") < GRID_LAYERS.index("column-shading")
    assert all(GRID_LAYERS.index(layer) > shading for layer in GRID_LAYERS if layer not in
               ("background", "lane-shading", "column-shading"))


@needs_poppler
def test_pdf_column_shading_lies_under_the_emotion_band_and_lines_as_on_screen(tmp_path, qapp):
    from PIL import Image
    from PySide6.QtGui import QImage, QPainter

    from journeyeditor.canvas.items import paint_grid

    project, m = shading_map()
    layout = LayoutEngine().layout(project, m.id)
    px = 4  # pixels per layout unit (= per pt: a fit page draws the map at scale 1)
    out = tmp_path / "shade.pdf"
    export(project, [m], out)
    subprocess.run(["pdftoppm", "-r", str(72 * px), "-png", str(out), str(tmp_path / "s")], check=True)
    paper = Image.open(next(tmp_path.glob("s-*.png"))).convert("RGB")
    screen = QImage(round(layout.width * px), round(layout.height * px), QImage.Format.Format_RGB32)
    painter = QPainter(screen)
    painter.scale(px, px)
    paint_grid(painter, layout, m.name, "", None, (m.scale_min, m.scale_max))
    painter.end()

    def on_paper(x, y):
        return paper.getpixel((round((MARGIN_PT + x) * px), round((MARGIN_PT + y) * px)))

    def on_screen(x, y):
        c = screen.pixelColor(round(x * px), round(y * px))
        return c.red(), c.green(), c.blue()

    points, column, mid, line_y = probes(layout)
    for name, (x, y) in points.items():
        a, b = on_paper(x, y), on_screen(x, y)
        assert all(abs(p - q) <= 3 for p, q in zip(a, b)), (name, a, b)
    # the wash shows through in the tinted column: green above the midline, red below
    r, g, b = on_paper(*points["wash-above"])
    assert g - r >= 4, (r, g, b)
    r, g, b = on_paper(*points["wash-below"])
    assert r - b >= 4, (r, g, b)
    # the tint itself is there: the lane below is darker in this column than in the first
    first = layout.stages[0].column
    assert sum(on_paper(*points["lane"])) < sum(on_paper(first.x + first.w / 2, points["lane"][1]))
    # the dashed midline and the lane divider cross the tinted column, on paper and on screen
    xs = [column.x + column.w * t / 40 for t in range(4, 37)]
    for look in (on_paper, on_screen):
        midline = min(min(look(x, mid)) for x in xs)
        assert midline < 215, (look.__name__, midline)  # #B8B8B0 dashes (the wash is ~240)
        divider = min(min(look(x, line_y + dy)) for x in xs for dy in (-0.25, 0, 0.25))
        tinted_lane = min(look(points["lane"][0], points["lane"][1]))
        assert divider < tinted_lane - 8, (look.__name__, divider, tinted_lane)  # #E2E2DC over the tint


# ------------------------------------------------------------------------------ the dialog
def test_pdf_dialog_shows_orientation_offers_layouts_and_remembers(qtbot, tmp_path, monkeypatch, sample_project):
    from PySide6.QtWidgets import QFileDialog

    from journeyeditor.ui.pdf_dialog import PdfExportDialog
    from journeyeditor.ui.settings import Settings

    settings = Settings()
    dialog = PdfExportDialog(sample_project, sample_project.maps[2], settings)
    qtbot.addWidget(dialog)
    dialog.page.setCurrentIndex(dialog.page.findData("A0"))
    assert dialog.orientation.itemText(0) == "Automatic (landscape)"  # the wide map turns the A0
    assert "A0 landscape" in dialog.summary.text()
    assert not dialog.layout_choice.isEnabled()  # one map: nothing to arrange
    dialog.all_maps.setChecked(True)
    assert dialog.layout_choice.isEnabled()
    dialog.layout_choice.setCurrentIndex(dialog.layout_choice.findData("side-by-side"))
    assert len(dialog.plans) == 1 and len(dialog.preview.maps) == 4 and "4 maps side by side" in dialog.summary.text()
    dialog.by_text.setChecked(True)
    dialog.text_size.setValue(14)
    assert not dialog.page.isEnabled() and dialog.options().text_pt == 14 and dialog.options().page == "fit"
    assert dialog.plans[0].text_pt == pytest.approx(14)
    dialog.tile.setCurrentIndex(dialog.tile.findData("A3"))
    assert dialog.preview.grid is dialog.plans[0].tiles and "sheets" in dialog.windowTitle()
    out = tmp_path / "wall.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), "PDF (*.pdf)"))
    dialog.export()
    assert len(PdfReader(out).pages) == dialog.plans[0].tiles.tiles + 1
    again = PdfExportDialog(sample_project, sample_project.maps[2], settings)
    qtbot.addWidget(again)
    assert again.all_maps.isChecked() and again.layout_choice.currentData() == "side-by-side"
    assert again.by_text.isChecked() and again.text_size.value() == 14 and again.tile.currentData() == "A3"
    assert again.page.currentData() == "A0"  # kept for when the text size is off again
