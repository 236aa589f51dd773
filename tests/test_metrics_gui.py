"""Metrics on the map and the heatmap, driven as a user drives them: chips in a metrics lane and
on cards (laid out once, drawn by the canvas and the PDF alike), a metric added, refused and
edited through the inspector's dialog (one undo step each, in the file), View ▸ Heatmap washing
the columns with a legend bar, and the PDF printing both when asked."""

from __future__ import annotations

import unicodedata

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from test_canvas_gui import double_click, scroll_to_top_left

from journeyeditor.editor import Editor
from journeyeditor.export.pdf import PdfExportError, PdfOptions, export_pdf
from journeyeditor.layout import LayoutEngine
from journeyeditor.layout.heat import HEAT_ALPHA, VIRIDIS, heat_colour
from journeyeditor.model import Card, Lane, Map, Project, Stage, Step
from journeyeditor.model.heatmap import heat
from journeyeditor.persistence import ProjectStore
from journeyeditor.templates import build_sample

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def journey() -> tuple[Project, dict]:
    """Two stages (Buy of two steps, Use of one), a touchpoints lane, a metrics lane and a pain
    points lane; NPS on Buy for two quarters, CES on the Pay step, a KPI on a card."""
    project = Project("Metrics GUI")
    m = project.add(Map("Journey"))
    buy = project.add_stage(Stage(m.id, "Buy", width=260.0))
    use = project.add_stage(Stage(m.id, "Use", width=260.0))
    contents = project.contents(m.id)
    browse = contents.steps_of(buy.id)[0]
    project.update(browse.id, name="Browse")
    pay = project.add(Step(m.id, buy.id, "Pay", width=260.0))
    touch = project.add(Lane(m.id, "Touchpoints", "touchpoints", height=100.0))
    metrics = project.add(Lane(m.id, "Metrics", "metrics", height=60.0))
    pains = project.add(Lane(m.id, "Pain points", "pain-points", height=100.0))
    shop = project.add(Card(m.id, buy.id, touch.id, "Shop page", type="touchpoint", step_id=pay.id))
    project.add(Card(m.id, use.id, pains.id, "Dock full", type="pain-point",
                     step_id=contents.steps_of(use.id)[0].id))
    editor = Editor(project)
    old = editor.add_metric(buy.id, "nps", 20, target=40.0, period_start="2026-01-01", period_end="2026-03-31")
    new = editor.add_metric(buy.id, "nps", 32, target=40.0, period_start="2026-04-01", period_end="2026-06-30",
                            source="Quarterly survey")
    ces = editor.add_metric(pay.id, "ces", 5.5, target=3.0, period_start="2026-04-01")
    kpi = editor.add_metric(shop.id, "custom", 12, target=10.0, name="Bounce", unit="%", higher_is_better=False,
                            period_start="2026-04-01")
    editor.undo_stack.clear()
    return project, {"map": m, "buy": buy, "use": use, "browse": browse, "pay": pay, "touch": touch,
                     "metrics": metrics, "pains": pains, "shop": shop, "old": old, "new": new, "ces": ces, "kpi": kpi}


# ------------------------------------------------------------------ layout
def test_chips_sit_in_the_metrics_lane_one_per_series_with_the_arrow_of_their_history():
    project, e = journey()
    layout = LayoutEngine().layout(project, e["map"].id)
    lane = next(box for box in layout.lanes if box.kind == "metrics")
    chips = {chip.metric_id: chip for chip in layout.metric_chips}
    assert set(chips) == {e["new"].id, e["ces"].id}  # the series' newest; the card's KPI is on the card
    nps, ces = chips[e["new"].id], chips[e["ces"].id]
    assert nps.text == "NPS 32 → 40" and (nps.arrow, nps.trend, nps.target_met) == ("up", "better", False)
    assert ces.text == "CES 5.5/7 → 3/7" and (ces.arrow, ces.target_met) == ("", False)  # no earlier period
    for chip in (nps, ces):  # inside the lane's row
        assert lane.row.y <= chip.y and chip.y + chip.h <= lane.row.bottom
    buy, pay = layout.stage_box(e["buy"].id), layout.column_box(e["pay"].id)
    assert buy.column.x < nps.x and nps.x + nps.w < buy.column.right  # the stage's chip spans its steps
    assert pay.column.x < ces.x and ces.x + ces.w < pay.column.right  # a step's, in its column
    assert ces.y >= nps.y + nps.h  # steps' chips under their stage's

    # the card carries its KPI in a row at its bottom, under its text
    card = layout.cards[e["shop"].id]
    (chip,) = card.metric_chips
    assert chip.text == "Bounce 12 % → 10 %" and chip.target_met is False
    assert 0 < chip.x and chip.x + chip.w <= card.local.w and chip.y + chip.h < card.local.h
    plain = LayoutEngine()
    Editor(project).remove([e["kpi"].id])
    assert plain.layout(project, e["map"].id).cards[e["shop"].id].local.h < card.local.h

    # more chips than the lane's height holds: the lane grows to fit them, as for cards
    editor = Editor(project)
    for kind, value in (("nps", 10), ("csat", 4), ("conversion", 30), ("time", 3), ("count", 7)):
        editor.add_metric(e["browse"].id, kind, value)
    grown = LayoutEngine().layout(project, e["map"].id)
    lane = next(box for box in grown.lanes if box.kind == "metrics")
    assert lane.row.h > e["metrics"].height
    assert all(chip.y + chip.h <= lane.row.bottom - 8 for chip in grown.metric_chips)


def test_a_card_metric_changes_the_card_where_the_layout_kept_it():
    """A card's cell is laid out again when its metric changes, though no card field did."""
    project, e = journey()
    engine = LayoutEngine()
    editor = Editor(project)
    engine.layout(project, e["map"].id)
    editor.update(e["kpi"].id, value=8.0)
    (chip,) = engine.layout(project, e["map"].id).cards[e["shop"].id].metric_chips
    assert chip.text == "Bounce 8 % → 10 %" and chip.target_met is True


def test_the_sample_shows_metrics_with_targets_per_stage():
    project = build_sample()
    m = project.maps[0]
    contents = project.contents(m.id)
    assert any(lane.kind == "metrics" and lane.name == "Metrics" for lane in contents.lanes)
    kinds = {metric.kind for metric in contents.metrics.values()}
    assert {"nps", "csat", "ces", "conversion", "time", "custom"} <= kinds
    for stage in contents.stages:  # every stage has a metric with a target
        assert any(x.subject_id == stage.id and x.target is not None for x in contents.metrics.values()), stage.name
    layout = LayoutEngine().layout(project, m.id)
    assert any(chip.arrow for chip in layout.metric_chips)  # two periods: an arrow
    assert any(box.metric_chips for box in layout.cards.values())  # a metric on a card


def test_heat_colours_run_from_bad_dark_to_good_light_either_way():
    project, e = journey()
    nps, ces = heat(project, e["map"].id, "nps"), heat(project, e["map"].id, "ces")
    assert heat_colour(nps, nps.high) == VIRIDIS[-1] and heat_colour(nps, nps.low) == VIRIDIS[0]
    assert heat_colour(ces, ces.low) == VIRIDIS[-1] and heat_colour(ces, ces.high) == VIRIDIS[0]  # lower is better


# ------------------------------------------------------------------ the window
@pytest.fixture
def window(qtbot, tmp_path):
    from conftest import close_window, open_window

    project, e = journey()
    path = tmp_path / "metrics.journey"
    ProjectStore.create(path, project).close()
    win = open_window(qtbot, path)
    yield win, e, path
    close_window(win)


def answer(fill) -> list:
    """Run `fill(dialog)` on the dialog the next click opens; what it returned, once it ran."""
    ran = []

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        ran.append(fill(dialog))

    QTimer.singleShot(0, run)
    return ran


def click_ok(dialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    QApplication.processEvents()


def select_header(win, entity_id: str) -> None:
    from test_steps_gui import click_header

    click_header(win, entity_id)
    assert win.inspector.metrics_list is not None


def test_adding_a_metric_in_the_inspector_is_one_undo_step_that_lands_in_the_file(window, qtbot):
    win, e, path = window
    project, stack = win.document.project, win.document.editor.undo_stack
    select_header(win, e["use"].id)
    metrics = win.inspector.metrics_list
    assert metrics.list.count() == 0

    def fill(dialog) -> None:
        dialog.kind.setCurrentIndex(dialog.kind.findData("csat"))
        qtbot.keyClicks(dialog.value, "4.2")
        qtbot.keyClicks(dialog.target, "4.5")
        dialog.period_start.setText("2026-04-01")
        qtbot.keyClicks(dialog.source, "Rider survey")
        click_ok(dialog)

    before = stack.count()
    ran = answer(fill)
    qtbot.mouseClick(metrics.add_button, Qt.MouseButton.LeftButton)
    assert ran and stack.count() == before + 1
    (added,) = [x for x in project.contents(e["map"].id).metrics.values() if x.subject_id == e["use"].id]
    assert (added.kind, added.value, added.target, added.source) == ("csat", 4.2, 4.5, "Rider survey")
    assert win.inspector.metrics_list.list.count() == 2  # the series' heading and its period
    chips = [item.chip for item in win.scene.metric_overlay.items.values()]
    assert any(chip.metric_id == added.id and chip.text == "CSAT 4.2/5 → 4.5/5" for chip in chips)
    store = ProjectStore.open(path, read_only=True)  # in the file already
    try:
        assert store.project.get(added.id).value == 4.2
    finally:
        store.close()
    win.document.editor.undo()
    assert project.get(added.id) is None
    assert not any(item.chip.metric_id == added.id for item in win.scene.metric_overlay.items.values())


def test_an_out_of_range_value_is_refused_with_the_reason(window, qtbot):
    win, e, _path = window
    project, stack = win.document.project, win.document.editor.undo_stack
    select_header(win, e["use"].id)
    seen = {}

    def fill(dialog) -> None:
        dialog.kind.setCurrentIndex(dialog.kind.findData("csat"))
        qtbot.keyClicks(dialog.value, "6")
        click_ok(dialog)
        seen["open"], seen["reason"] = dialog.isVisible(), dialog.problem.text()
        dialog.value.setText("abc")
        click_ok(dialog)
        seen["not a number"] = dialog.problem.text()
        dialog.value.setText("5")
        click_ok(dialog)
        seen["closed"] = not dialog.isVisible()

    before = stack.count()
    answer(fill)
    qtbot.mouseClick(win.inspector.metrics_list.add_button, Qt.MouseButton.LeftButton)
    assert seen["open"] and seen["reason"] == "CSAT value 6 is outside 1 to 5"
    assert seen["not a number"] == "The value must be a number"
    assert seen["closed"] and stack.count() == before + 1  # only the value that fits went in
    assert [x.value for x in project.contents(e["map"].id).metrics.values() if x.subject_id == e["use"].id] == [5.0]


def test_double_clicking_a_chip_edits_its_metric_in_one_step(window, qtbot):
    win, e, _path = window
    stack = win.document.editor.undo_stack
    item = next(i for i in win.scene.metric_overlay.items.values() if i.metric_id == e["new"].id)
    scroll_to_top_left(win.view)
    win.view.centerOn(item.sceneBoundingRect().center())
    QApplication.processEvents()
    assert "2026-01-01 – 2026-03-31: 20" in _hover_tooltip(win, item)  # its history on hover

    def fill(dialog) -> None:
        assert dialog.value.text() == "32"
        dialog.value.setText("36")
        click_ok(dialog)

    before = stack.count()
    ran = answer(fill)
    double_click(win.view, item.sceneBoundingRect().center())
    assert ran and stack.count() == before + 1 and win.document.project.get(e["new"].id).value == 36.0
    assert any(i.chip.text == "NPS 36 → 40" for i in win.scene.metric_overlay.items.values())


def _hover_tooltip(win, item) -> str:
    from PySide6.QtWidgets import QGraphicsSceneHoverEvent

    from journeyeditor.canvas.metrics import MetricChipItem

    event = QGraphicsSceneHoverEvent()
    MetricChipItem.hoverEnterEvent(item, event)
    return item.toolTip()


def test_a_card_chip_and_the_context_menu_add_metrics(window, qtbot):
    from test_steps_gui import right_click_choose

    win, e, _path = window
    card = win.scene.cards[e["shop"].id]
    assert set(getattr(card, "metric_items", {})) == {e["kpi"].id}  # the card's chip, a child of the card
    scroll_to_top_left(win.view)
    win.view.centerOn(card.sceneBoundingRect().center())
    QApplication.processEvents()

    def fill(dialog) -> None:
        dialog.kind.setCurrentIndex(dialog.kind.findData("conversion"))
        qtbot.keyClicks(dialog.value, "31")
        click_ok(dialog)

    ran = answer(fill)
    right_click_choose(win, card.sceneBoundingRect().center() - QPointF(0, 10), "Add Metric…")
    assert ran
    assert set(win.scene.cards[e["shop"].id].metric_items) == \
        {x.id for x in win.document.project.contents(e["map"].id).metrics.values() if x.subject_id == e["shop"].id}


# ------------------------------------------------------------------ the heatmap
def _menu(menu, text: str):
    for action in menu.actions():
        if action.text().replace("&", "") == text:
            return action
    raise AssertionError(f"no {text!r} in {[a.text() for a in menu.actions()]}")


def _pixel(scene, x: float, y: float) -> QColor:
    """The colour the scene paints at a point."""
    image = QImage(1, 1, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    scene.render(painter, QRectF(0, 0, 1, 1), QRectF(x, y, 1, 1))
    painter.end()
    return image.pixelColor(0, 0)


def test_the_heatmap_toggles_from_the_view_menu_and_prints(window, qtbot, tmp_path):
    win, e, _path = window
    scene = win.scene
    project = win.document.project
    use = scene.layout.column_box(project.contents(e["map"].id).steps_of(e["use"].id)[0].id)
    lane = next(box for box in scene.layout.lanes if box.kind == "touchpoints")
    spot = (use.column.x + 5, lane.row.y + 5)  # the gutter of an empty cell
    plain = _pixel(scene, *spot)
    view = _menu(win.menuBar(), "View").menu()
    heatmap = _menu(view, "Heatmap").menu()
    heatmap.aboutToShow.emit()
    assert [a.text() for a in heatmap.actions() if a.isCheckable()] == ["Off", "Emotion Average", "Pain Points",
                                                                        "NPS", "CES", "Custom KPI"]
    _menu(heatmap, "Pain Points").trigger()
    QApplication.processEvents()
    washed = _pixel(scene, *spot)
    assert washed != plain  # the column with the pain point is washed
    legend = scene.layout.heat.legend
    assert legend is not None and legend.label == "Heatmap: Pain points"
    bar_x, bar_y, bar_w, bar_h = legend.bar
    right_end = _pixel(scene, bar_x + bar_w - 2, bar_y + bar_h / 2)  # many pain points: the dark red end
    assert right_end.red() > right_end.blue() + 20 and right_end != QColor("#F6F6F3")
    # the canvas's wash is what the layout says, over the lane's tint
    wash = QColor(heat_colour(heat(project, e["map"].id, "pain-points"), 1.0))
    assert abs(washed.red() - round(plain.red() * (1 - HEAT_ALPHA) + wash.red() * HEAT_ALPHA)) <= 2
    assert win.settings.heatmap == "pain-points"  # remembered

    qtbot.keyClick(win.view.viewport(), Qt.Key.Key_H, CTRL_SHIFT)  # the next choice: the first metric kind
    assert win.engine.heatmap == "nps" and scene.layout.heat.legend.label == "Heatmap: NPS"
    heatmap.aboutToShow.emit()
    assert _menu(heatmap, "NPS").isChecked()
    _menu(heatmap, "Off").trigger()
    QApplication.processEvents()
    assert scene.layout.heat is None and _pixel(scene, *spot) == plain


def _pdf_text(path) -> str:
    return unicodedata.normalize("NFKC", "\n".join(page.extract_text() for page in PdfReader(path).pages))


def test_the_pdf_prints_chips_and_the_heatmap_legend_only_when_asked(tmp_path):
    project, e = journey()
    plain, washed = tmp_path / "plain.pdf", tmp_path / "heat.pdf"
    export_pdf(project, [e["map"]], plain)
    export_pdf(project, [e["map"]], washed, PdfOptions(heatmap="nps"))
    for path in (plain, washed):
        text = _pdf_text(path)
        assert "NPS 32 → 40" in text and "CES 5.5/7 → 3/7" in text and "Bounce 12 % → 10 %" in text
    assert "Heatmap" not in _pdf_text(plain)
    text = _pdf_text(washed)
    assert "Heatmap: NPS" in text and "(higher is better)" in text and "no data" in text
    with pytest.raises(PdfExportError, match="heatmap"):
        PdfOptions(heatmap="weather").validate()


def test_the_cli_exports_a_heatmap(tmp_path, capsys):
    from journeyeditor.cli import main

    project, _entities = journey()
    path = tmp_path / "m.journey"
    ProjectStore.create(path, project).close()
    out = tmp_path / "m.pdf"
    assert main(["export", str(path), "-o", str(out), "--heatmap", "pain-points"]) == 0
    assert "Heatmap: Pain points" in _pdf_text(out)
    assert main(["export", str(path), "-o", str(tmp_path / "m.json"), "--heatmap", "nps"]) == 1
    assert "--heatmap is for pdf and png" in capsys.readouterr().err
