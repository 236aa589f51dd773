"""Stage and lane headers that grow for long names (canvas, frozen headers, PDF text), one icon
per lane kind and channel, the card-type palette with icons and a card-shaped drag, paper names."""

import itertools
import unicodedata

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from pypdf import PdfReader

from journeyeditor.export.pdf import export_pdf
from journeyeditor.layout import LayoutEngine
from journeyeditor.layout.icons import CHANNEL_ICONS, ICONS, LANE_ICONS, lane_icon_shapes
from journeyeditor.layout.style import CARD_LABELS, CHANNEL_LABELS, LANE_KIND_LABELS
from journeyeditor.model import Card, CardType, Channel, Lane, LaneKind, Map, Project, Stage

LONG_EN = "Compare the monthly pass with the metro and then pay for a plan"  # 63 characters
LONG_FA = "مقایسه کارت ماهانه با مترو و سپس پرداخت هزینه اشتراک در برنامه"
LONG_ZH = "比较月票和地铁的价格，然后在应用里选择并支付订阅计划"
TOO_LONG = ("Decide, after weeks of comparing bikes, buses, trains and walking, whether the Cityline "
            "subscription is worth it for the daily ride to the office and back home again")


def flat(text: str) -> str:
    """Text without whitespace (line breaks fall anywhere)."""
    return "".join(unicodedata.normalize("NFKC", text).split())


def make_map(stage_names, lane_names=("Customer actions",), lane_height=150.0, goal="Decide it fits my commute"):
    project = Project("headers")
    m = project.add(Map("Headers"))
    stages = [project.add_stage(Stage(m.id, name, goal, width=260)) for name in stage_names]
    lanes = [project.add(Lane(m.id, name, "actions", height=lane_height)) for name in lane_names]
    project.add(Card(m.id, stages[0].id, lanes[0].id, "A card", type="action"))
    return project, m


def pdf_text(path) -> str:
    return unicodedata.normalize("NFKC", "\n".join(page.extract_text() for page in PdfReader(path).pages))


@pytest.mark.parametrize("name", [LONG_EN, LONG_FA, LONG_ZH])
def test_a_long_stage_name_wraps_on_three_lines_and_the_header_grows(name):
    short_project, short_map = make_map(["Awareness", "Use"])
    short = LayoutEngine().layout(short_project, short_map.id)
    project, m = make_map(["Awareness", name])
    layout = LayoutEngine().layout(project, m.id)
    stage = layout.stages[1]
    assert 2 <= len(stage.name_lines) <= 3
    assert not any("…" in line for line in stage.name_lines)
    assert flat("".join(stage.name_lines)) == flat(name) and not stage.name_cut
    assert stage.name == name and stage.goal == "Decide it fits my commute"
    # the band grows to the tallest stage, all stages share it, and the grid starts below it
    assert stage.header.h > short.stages[0].header.h
    assert {s.header.h for s in layout.stages} == {stage.header.h}
    assert layout.grid.y == pytest.approx(stage.header.bottom + 8)
    assert layout.grid.y - short.grid.y == pytest.approx(stage.header.h - short.stages[0].header.h)
    assert all(s.column.y == layout.grid.y for s in layout.stages)
    card = next(iter(layout.cards.values()))
    assert card.rect.y > layout.grid.y
    # name and goal fit inside the band as the canvas and the PDF paint them (9 above the name)
    style = LayoutEngine().style
    used = 9 + len(stage.name_lines) * style.line_height(style.stage_name_size) + 1 + \
        len(stage.goal_lines) * style.line_height(style.stage_goal_size)
    assert used <= stage.header.h


def test_short_names_keep_the_usual_header_height(sample_project):
    layout = LayoutEngine().layout(sample_project, sample_project.maps[0].id)
    assert layout.stages[0].header.h == LayoutEngine().style.stage_header_height - 8


def test_a_name_longer_than_three_lines_is_cut_but_the_pdf_carries_it_whole(tmp_path):
    project, m = make_map(["Awareness", TOO_LONG, LONG_EN, LONG_FA, LONG_ZH],
                          lane_names=["Everything the rider does before, during and after a ride to work", "Notes"])
    layout = LayoutEngine().layout(project, m.id)
    cut = layout.stages[1]
    assert len(cut.name_lines) == 3 and cut.name_lines[-1].endswith("…") and cut.name_cut
    assert layout.lanes[0].name_cut and len(layout.lanes[0].name_lines) == 3
    out = tmp_path / "headers.pdf"
    export_pdf(project, [m], out)
    text = pdf_text(out)
    assert " ".join(TOO_LONG.split()) in text  # whole, on one line, as invisible text
    assert "Everything the rider does before, during and after a ride to work" in text
    flattened = flat(text)
    for name in (LONG_EN, LONG_FA, LONG_ZH):  # drawn over lines, none cut
        assert flat(name) in flattened
    assert cut.name_lines[0] in text  # the visible lines are real text too


def test_lane_names_take_up_to_three_lines_as_the_lane_allows():
    name = "Everything the rider does before, during and after a ride to work"
    project, m = make_map(["Awareness"], lane_names=["Short", name], lane_height=60)  # the card is in "Short"
    layout = LayoutEngine().layout(project, m.id)
    low = layout.lanes[1]
    assert low.header.h == 60
    style = LayoutEngine().style
    assert len(low.name_lines) == 2 and low.name_cut and low.name == name
    assert 10 + len(low.name_lines) * style.line_height(style.lane_name_size) <= low.header.h
    project, m = make_map(["Awareness"], lane_names=[name], lane_height=150)
    tall = LayoutEngine().layout(project, m.id).lanes[0]
    assert len(tall.name_lines) == 3


def test_every_lane_kind_and_channel_has_its_own_icon():
    icons = {f"lane {kind.value}": lane_icon_shapes(kind.value) for kind in LaneKind}
    icons.update({f"channel {c.value}": CHANNEL_ICONS[c.value] for c in Channel if c.value})
    assert set(LANE_ICONS) == {kind.value for kind in LaneKind}
    assert all(icons.values())
    for (a, shapes_a), (b, shapes_b) in itertools.combinations(icons.items(), 2):
        assert shapes_a != shapes_b, f"{a} and {b} share an icon"
    for a, b in itertools.combinations(CardType, 2):
        assert ICONS[a.value] != ICONS[b.value]


def test_labels_of_lane_kinds_and_channels():
    assert LANE_KIND_LABELS["kpis"] == "KPIs"
    assert set(LANE_KIND_LABELS) == {kind.value for kind in LaneKind}
    assert set(CHANNEL_LABELS) == {c.value for c in Channel}
    assert set(CARD_LABELS) == {t.value for t in CardType}


@pytest.fixture
def gui_app():
    from journeyeditor.export.png import ensure_gui_app

    return ensure_gui_app()


def test_header_tooltips_and_frozen_headers(gui_app, qtbot):
    from PySide6.QtCore import QPointF

    from journeyeditor.canvas.scene import MapScene
    from journeyeditor.canvas.view import MapView
    from journeyeditor.editor import Editor

    project, m = make_map(["Awareness", TOO_LONG],
                          lane_names=["Everything the rider does before, during and after a ride to work"])
    scene = MapScene(Editor(project))
    scene.set_map(m.id)
    stage = project.contents(m.id).stages[1]
    lane = project.contents(m.id).lanes[0]
    assert scene.headers[stage.id].toolTip() == f"{TOO_LONG}\nDecide it fits my commute"
    assert scene.headers[lane.id].toolTip() == lane.name
    assert scene.headers[stage.id].rect.height() == scene.layout.stages[1].header.h
    scene.editor.update(stage.id, name="Renamed")
    assert scene.headers[stage.id].toolTip().startswith("Renamed\n")
    # frozen headers: scrolled down and right, the view paints the bands without trouble
    view = MapView(scene)
    qtbot.addWidget(view)
    view.resize(500, 300)
    view.show()
    view.centerOn(QPointF(scene.layout.width - 10, scene.layout.height - 10))
    image = view.grab().toImage()
    assert not image.isNull()
    top_left = image.pixelColor(200, 10)  # inside the frozen stage band, right of the lane column
    assert top_left != QColor("#FFFFFF")
    view.setScene(None)
    scene.editor.undo_stack.clear()  # as the PNG export does: a scene and its editor torn down in any order


def test_palette_icons_enter_and_drag_ghost(gui_app, qtbot):
    from journeyeditor.canvas.items import card_ghost_pixmap, card_type_pixmap
    from journeyeditor.canvas.view import MapView
    from journeyeditor.ui.main_window import CARD_TYPE_MIME, Palette

    palette = Palette()
    qtbot.addWidget(palette)
    assert palette.count() == len(CardType)
    for row in range(palette.count()):
        item = palette.item(row)
        assert not item.icon().isNull()
        assert item.icon().pixmap(20, 20).toImage().pixelColor(10, 2).alpha() > 0
    # the tile is in the type's colour
    tile = card_type_pixmap("pain-point", 20, 1.0).toImage()
    assert tile.pixelColor(3, 10).name().upper() == "#D55E00"
    # Enter asks for a card of the current type; the mime type is the one the canvas reads
    palette.setCurrentRow(3)
    palette.setFocus()
    with qtbot.waitSignal(palette.add_requested, timeout=1000) as blocker:
        qtbot.keyClick(palette, Qt.Key.Key_Return)
    assert blocker.args == [palette.item(3).data(Qt.ItemDataRole.UserRole)]
    data = palette.mimeData([palette.item(3)])
    assert MapView.CARD_TYPE_MIME == CARD_TYPE_MIME and data.hasFormat(CARD_TYPE_MIME)
    # the drag shows a small card: a rounded body, white inside, the type's colour along the top
    for dpr in (1.0, 2.0):
        ghost = card_ghost_pixmap("opportunity", "Opportunity", dpr)
        assert not ghost.isNull() and ghost.devicePixelRatio() == dpr
        size = ghost.deviceIndependentSize()
        assert 150 <= size.width() <= 260 and 50 <= size.height() <= 80
        image = ghost.toImage()
        w, h = image.width(), image.height()
        assert image.pixelColor(0, 0).alpha() == 0  # round corners, room for the shadow
        body = image.pixelColor(w // 2, h // 2 + round(8 * dpr))
        assert body.lightness() >= 245 and body.alpha() > 200
        top_bar = image.pixelColor(w // 2, round(6 * dpr))
        assert top_bar.green() > top_bar.red() + 60  # #009E73
    assert not palette.drag_pixmap(palette.item(0)).isNull()


def test_paper_sizes_show_their_names_and_keep_identifiers(gui_app, qtbot, sample_project):
    from journeyeditor.ui.pdf_dialog import PdfExportDialog, page_label
    from journeyeditor.ui.settings import Settings

    assert page_label("A4") == "A4 (210 × 297 mm)"
    assert page_label("letter") == "Letter (8.5 × 11 in)"
    assert page_label("arch-e") == "ARCH E (36 × 48 in)"
    assert page_label("fit") == "Fit the map (one page)"
    dialog = PdfExportDialog(sample_project, sample_project.maps[0], Settings())
    qtbot.addWidget(dialog)
    index = dialog.page.findData("letter")
    assert dialog.page.itemText(index) == "Letter (8.5 × 11 in)"
    dialog.page.setCurrentIndex(index)
    assert dialog.options().page == "letter"
