"""Opportunities in the window, driven as a user drives them: the priority matrix re-rates by drag
(from the grid or from the tray of unrated ones) and by keys, one undo step each, in the file at
once, undone anywhere and the matrix follows; it shares the selection with the canvas. The
inspector edits impact, effort, status and due date of an opportunity; the owners report lists
every opportunity under its owner, leads to the card, and saves as CSV and PDF."""

from __future__ import annotations

import csv
import io

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtWidgets import QApplication, QDockWidget, QFileDialog
from test_canvas_gui import send_mouse

from journeyeditor import reports
from journeyeditor.persistence import ProjectStore
from journeyeditor.ui.priority_matrix import quadrant


@pytest.fixture
def win(qtbot, sample_file):
    from conftest import close_window, open_window

    window = open_window(qtbot, sample_file)
    yield window
    close_window(window)


def card_named(win, title):
    project = win.document.project
    return next(c for m in project.maps for c in project.contents(m.id).cards.values() if c.title == title)


def show_matrix(win, qtbot):
    """View ▸ Priority Matrix, as the menu (or Ctrl+Shift+R) does: the dock shows, the keys go there."""
    dock = win.findChild(QDockWidget, "priority-matrix")
    assert not dock.isVisible()
    action = dock.toggleViewAction()
    assert action in win.all_actions() and action.shortcut().toString() == "Ctrl+Shift+R"
    action.trigger()
    qtbot.waitUntil(lambda: win.priority_matrix.matrix.isVisible())
    QApplication.processEvents()
    return win.priority_matrix.matrix


def drag(widget, start: QPointF, end: QPointF, steps: int = 6) -> None:
    """Press, move in steps with the button held, release: as a hand on a mouse does."""
    start, end = start.toPoint(), end.toPoint()
    send_mouse(widget, QEvent.Type.MouseButtonPress, start)
    for i in range(1, steps + 1):
        send_mouse(widget, QEvent.Type.MouseMove, start + (end - start) * i / steps, Qt.MouseButton.NoButton,
                   Qt.MouseButton.LeftButton)
    send_mouse(widget, QEvent.Type.MouseButtonRelease, end, Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton)
    QApplication.processEvents()


def click(widget, pos: QPointF) -> None:
    send_mouse(widget, QEvent.Type.MouseButtonPress, pos.toPoint())
    send_mouse(widget, QEvent.Type.MouseButtonRelease, pos.toPoint(), buttons=Qt.MouseButton.NoButton)
    QApplication.processEvents()


def cell_of(matrix, card_id):
    """(impact, effort) of the cell a spot is drawn in, (0, 0) in the tray."""
    return matrix.cell_at(matrix.place_of(card_id).center())


def saved_rating(path, card_id):
    with ProjectStore.open(path, read_only=True) as store:
        card = store.project.get(card_id)
        return card.impact, card.effort


# ------------------------------------------------------------------------------ the matrix
def test_the_sample_shows_its_opportunities_with_owners_in_every_quadrant(win, qtbot):
    matrix = show_matrix(win, qtbot)
    project = win.document.project
    expected = reports.opportunities(project, project.get(win.scene.map_id))
    assert {s.card_id for s in matrix.spots} == {c.id for c in expected}
    assert {quadrant(s.impact, s.effort) for s in matrix.spots if s.rated} >= \
        {"Quick wins", "Major projects", "Fill-ins", "Thankless tasks"}
    assert [s.title for s in matrix.spots if not s.rated] == ["Ride stats in the renewal reminder"]
    for spot in matrix.spots:  # each where its rating says, with its owner's colour in the legend
        assert cell_of(matrix, spot.card_id) == ((spot.impact, spot.effort) if spot.rated else (0, 0))
        assert spot.owner and spot.owner in win.priority_matrix.legend.text()
    assert "7 opportunities, 6 rated" in win.priority_matrix.heading.text()


def test_dragging_a_dot_re_rates_it_in_one_step_that_lands_in_the_file_and_undoes(win, qtbot, sample_file):
    matrix = show_matrix(win, qtbot)
    editor = win.document.editor
    skip = card_named(win, "Skip ID for monthly plans")
    assert (skip.impact, skip.effort) == (5, 2)
    steps = editor.undo_stack.count()
    drag(matrix, matrix.place_of(skip.id).center(), matrix.cell_rect(2, 4).center())
    assert (skip.impact, skip.effort) == (2, 4)
    assert editor.undo_stack.count() == steps + 1 and editor.undo_stack.undoText() == "Rate opportunity"
    assert cell_of(matrix, skip.id) == (2, 4)  # the pill went with it
    assert saved_rating(sample_file, skip.id) == (2, 4)
    # the card on the canvas says so too (the rating chip), and it is the one selected
    chips = [chip.text for chip in win.scene.layout.cards[skip.id].details.chips]
    assert "I2 · E4" in chips and win.scene.selected_ids() == [skip.id]
    win.undo_action.trigger()  # Edit ▸ Undo: the matrix follows the model
    assert (skip.impact, skip.effort) == (5, 2) and cell_of(matrix, skip.id) == (5, 2)
    assert saved_rating(sample_file, skip.id) == (5, 2)
    # a drag dropped outside the grid and tray, or on its own cell, changes nothing
    drag(matrix, matrix.place_of(skip.id).center(), QPointF(2, 2))
    drag(matrix, matrix.place_of(skip.id).center(), matrix.cell_rect(5, 2).center() + QPointF(3, 8))
    assert (skip.impact, skip.effort) == (5, 2) and editor.undo_stack.count() == steps + 1


def test_the_tray_rates_an_unrated_one_and_takes_a_rating_back(win, qtbot, sample_file):
    matrix = show_matrix(win, qtbot)
    editor = win.document.editor
    stats = card_named(win, "Ride stats in the renewal reminder")
    assert cell_of(matrix, stats.id) == (0, 0)
    drag(matrix, matrix.place_of(stats.id).center(), matrix.cell_rect(4, 2).center())
    assert (stats.impact, stats.effort) == (4, 2) and cell_of(matrix, stats.id) == (4, 2)
    assert saved_rating(sample_file, stats.id) == (4, 2)
    _, tray = matrix.frame()
    drag(matrix, matrix.place_of(stats.id).center(), tray.center())
    assert (stats.impact, stats.effort) == (0, 0) and cell_of(matrix, stats.id) == (0, 0)
    assert editor.undo_stack.undoText() == "Clear rating"
    editor.undo()
    assert (stats.impact, stats.effort) == (4, 2)


def test_the_keyboard_rates_without_a_mouse(win, qtbot):
    matrix = show_matrix(win, qtbot)
    editor = win.document.editor
    assert matrix.hasFocus()  # showing it put the keys there, on its first opportunity
    first = matrix.spots[0]
    assert matrix.selected == first.card_id and win.scene.selected_ids() == [first.card_id]
    skip = card_named(win, "Skip ID for monthly plans")
    while matrix.selected != skip.id:  # Tab walks the opportunities
        qtbot.keyClick(matrix, Qt.Key.Key_Tab)
    assert win.scene.selected_ids() == [skip.id] and "Skip ID for monthly plans" in win.priority_matrix.caption.text()
    steps = editor.undo_stack.count()
    qtbot.keyClick(matrix, Qt.Key.Key_Right)
    qtbot.keyClick(matrix, Qt.Key.Key_Down)
    qtbot.keyClick(matrix, Qt.Key.Key_Down)
    assert (skip.impact, skip.effort) == (3, 3) and editor.undo_stack.count() == steps + 3
    assert cell_of(matrix, skip.id) == (3, 3) and matrix.selected == skip.id
    for _ in range(4):  # at the edge of the grid: nothing more
        qtbot.keyClick(matrix, Qt.Key.Key_Left)
    assert (skip.impact, skip.effort) == (3, 1) and editor.undo_stack.count() == steps + 5
    qtbot.keyClick(matrix, Qt.Key.Key_Delete)  # back to the tray
    assert (skip.impact, skip.effort) == (0, 0) and cell_of(matrix, skip.id) == (0, 0)
    qtbot.keyClick(matrix, Qt.Key.Key_Up)  # an unrated one starts in the middle
    assert (skip.impact, skip.effort) == (3, 3)
    for _ in range(7):
        editor.undo()
    assert (skip.impact, skip.effort) == (5, 2) and cell_of(matrix, skip.id) == (5, 2)
    # past the last opportunity, Tab leaves the matrix: it never holds the keyboard
    while matrix.selected != matrix.spots[-1].card_id:
        qtbot.keyClick(matrix, Qt.Key.Key_Tab)
    qtbot.keyClick(matrix, Qt.Key.Key_Tab)
    assert not matrix.hasFocus()


def test_selection_is_shared_with_the_canvas_and_other_maps_clear_it(win, qtbot):
    matrix = show_matrix(win, qtbot)
    reserve = card_named(win, "Reserve a bike")
    click(matrix, matrix.place_of(reserve.id).center())
    assert win.scene.selected_ids() == [reserve.id] and win.inspector.entity_id == reserve.id
    skip = card_named(win, "Skip ID for monthly plans")
    win.scene.clearSelection()
    win.scene.cards[skip.id].setSelected(True)  # chosen on the canvas
    assert matrix.selected == skip.id
    win.scene.clearSelection()
    assert matrix.selected is None
    future = next(m for m in win.document.project.maps if m.kind == "future-state")
    win.maps_panel.reload(select=future.id)
    win.show_map(future.id)
    QApplication.processEvents()
    assert {s.title for s in matrix.spots} == {"Starts riding before ID check", "Reserves a bike on the way"}
    assert all(cell_of(matrix, s.card_id) == (0, 0) for s in matrix.spots)


def test_a_read_only_project_refuses_a_drag_in_words(qtbot, sample_file):
    from conftest import close_window

    from journeyeditor.app import create_app
    from journeyeditor.ui.main_window import MainWindow

    create_app()
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    assert window.open_path(sample_file, read_only=True)
    try:
        matrix = show_matrix(window, qtbot)
        skip = card_named(window, "Skip ID for monthly plans")
        drag(matrix, matrix.place_of(skip.id).center(), matrix.cell_rect(1, 1).center())
        qtbot.keyClick(matrix, Qt.Key.Key_Delete)
        assert (skip.impact, skip.effort) == (5, 2) and window.document.editor.undo_stack.count() == 0
        assert "read-only" in window.statusBar().currentMessage()
    finally:
        close_window(window)


# ------------------------------------------------------------------------------ the inspector
def select_on_canvas(win, card):
    win.scene.clearSelection()
    win.scene.cards[card.id].setSelected(True)
    QApplication.processEvents()
    return win.inspector._widgets


def test_the_inspector_rates_an_opportunity_and_gives_it_a_status_and_a_due_date(win, qtbot, sample_file):
    editor = win.document.editor
    reserve = card_named(win, "Reserve a bike")
    widgets = select_on_canvas(win, reserve)
    assert [widgets[name].currentData() for name in ("impact", "effort", "status")] == [4, 4, "in-progress"]
    assert widgets["due"].iso() == "2027-06-30"
    steps = editor.undo_stack.count()
    impact = widgets["impact"]
    impact.setFocus()
    qtbot.keyClick(impact, Qt.Key.Key_Down)  # 4 → 5, one step
    assert reserve.impact == 5 and editor.undo_stack.undoText() == "Rate opportunity"
    status = widgets["status"]
    status.setFocus()
    qtbot.keyClick(status, Qt.Key.Key_Down)  # in progress → done
    assert reserve.status == "done" and editor.undo_stack.undoText() == "Set status"
    due = widgets["due"]
    due.edit.setFocus()
    due.edit.setSelectedSection(due.edit.Section.YearSection)  # as a click on the year does
    qtbot.keyClicks(due.edit, "20270501")  # each section full moves on to the next
    qtbot.keyClick(due.edit, Qt.Key.Key_Return)
    assert reserve.due == "2027-05-01" and editor.undo_stack.undoText() == "Set due date"
    assert editor.undo_stack.count() == steps + 3
    chips = [chip.text for chip in win.scene.layout.cards[reserve.id].details.chips]
    assert "Done · due 1 May 2027" in chips and "I5 · E4" in chips  # what the card (and its print) says
    qtbot.mouseClick(due.clear_button, Qt.MouseButton.LeftButton)  # no date
    assert reserve.due == "" and editor.undo_stack.count() == steps + 4
    assert "Done" in [chip.text for chip in win.scene.layout.cards[reserve.id].details.chips]
    due.edit.setFocus()  # from no date, digits typed start the year
    qtbot.keyClicks(due.edit, "20271231")
    qtbot.keyClick(due.edit, Qt.Key.Key_Return)
    assert reserve.due == "2027-12-31" and editor.undo_stack.count() == steps + 5
    editor.undo()
    with ProjectStore.open(sample_file, read_only=True) as store:
        saved = store.project.get(reserve.id)
        assert (saved.impact, saved.status, saved.due) == (5, "done", "")
    editor.undo()
    assert reserve.due == "2027-05-01" and widgets["due"].iso() == "2027-05-01"  # the field follows


def test_the_opportunity_fields_show_for_opportunities_and_come_with_the_type(win, qtbot):
    action = card_named(win, "Compares prices")
    widgets = select_on_canvas(win, action)
    assert not {"impact", "effort", "status", "due"} & set(widgets)
    moment = card_named(win, "First ride free")  # a moment, but in the opportunities lane
    assert {"impact", "effort", "status", "due"} <= set(select_on_canvas(win, moment))
    widgets = select_on_canvas(win, action)
    kind = widgets["type"]
    win.activateWindow()  # the keyboard's focus lives in the active window (another test's may have it)
    qtbot.waitUntil(win.isActiveWindow)
    kind.setFocus()
    qtbot.waitUntil(kind.hasFocus)
    kind.setCurrentIndex(kind.findData("opportunity"))
    kind.activated.emit(kind.currentIndex())
    qtbot.waitUntil(lambda: "impact" in win.inspector._widgets)
    assert win.inspector._widgets["impact"].currentData() == 0  # not rated yet
    qtbot.waitUntil(lambda: win.inspector._widgets["type"].hasFocus())  # the keyboard stays where it was
    win.document.editor.undo()
    qtbot.waitUntil(lambda: "impact" not in win.inspector._widgets)


# ------------------------------------------------------------------------------ the owners report
def test_the_owners_report_lists_every_opportunity_under_its_owner_and_leads_to_the_card(win, qtbot):
    action = next(a for a in win.all_actions() if a.text() == "Opportunities by &Owner…")
    action.trigger()
    dialog = win.owners_report
    qtbot.waitExposed(dialog)
    project = win.document.project
    current = project.get(win.scene.map_id)
    expected = sorted((c.owner, c.title) for c in reports.opportunities(project, current))
    shown = dialog.rows()
    assert sorted((owner.rsplit(" (", 1)[0], title) for owner, title in shown) == expected
    assert ("Marketing (2)", "First ride free") in shown and dialog.tree.isColumnHidden(1)
    # every map: the future state's two join their owners' groups, and the map column shows
    dialog.scope.setCurrentIndex(dialog.scope.findData("all"))
    assert ("Operations (2)", "Reserves a bike on the way") in dialog.rows() and not dialog.tree.isColumnHidden(1)
    # double-click a row: its card is selected on its map (the window switches to it)
    tree = dialog.tree
    group = next(tree.topLevelItem(i) for i in range(tree.topLevelItemCount())
                 if tree.topLevelItem(i).text(0).startswith("Operations"))
    row = next(group.child(j) for j in range(group.childCount()) if group.child(j).text(0) == "Reserves a bike on the way")
    tree.scrollToItem(row)
    pos = tree.visualItemRect(row).center()
    for kind, buttons in ((QEvent.Type.MouseButtonPress, None), (QEvent.Type.MouseButtonRelease, Qt.MouseButton.NoButton),
                          (QEvent.Type.MouseButtonDblClick, None), (QEvent.Type.MouseButtonRelease, Qt.MouseButton.NoButton)):
        send_mouse(tree.viewport(), kind, pos, buttons=buttons)  # a double-click, as a mouse makes it
    QApplication.processEvents()
    target = card_named(win, "Reserves a bike on the way")
    assert win.scene.map_id == target.map_id and win.scene.selected_ids() == [target.id]
    # it follows the model while open
    win.document.editor.update(target.id, owner="Data team")
    assert ("Data team (2)", "Reserves a bike on the way") in dialog.rows()
    dialog.close()


def test_the_owners_report_saves_as_csv_and_pdf(win, qtbot, tmp_path, monkeypatch):
    win.show_owners_report()
    dialog = win.owners_report
    target = {"path": ""}
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (target["path"], ""))
    target["path"] = str(tmp_path / "owners.csv")
    qtbot.mouseClick(dialog.save_csv, Qt.MouseButton.LeftButton)
    rows = list(csv.DictReader(io.StringIO((tmp_path / "owners.csv").read_text(encoding="utf-8"))))
    project = win.document.project
    assert sorted((r["owner"], r["opportunity"]) for r in rows) == \
        sorted((c.owner, c.title) for c in reports.opportunities(project, project.get(win.scene.map_id)))
    target["path"] = str(tmp_path / "owners.pdf")
    qtbot.mouseClick(dialog.save_pdf, Qt.MouseButton.LeftButton)
    text = " ".join(page.extract_text() for page in PdfReader(tmp_path / "owners.pdf").pages)
    for owner in ("Product — onboarding", "Operations", "Data team", "Marketing", "Hardware", "Customer care"):
        assert owner in text
    assert "Saved" in win.statusBar().currentMessage()
    dialog.close()


def test_the_pdf_dialog_appends_the_reports_ticked_and_remembers_them(win, qtbot, tmp_path, monkeypatch):
    from journeyeditor.ui.pdf_dialog import PdfExportDialog

    project = win.document.project
    dialog = PdfExportDialog(project, project.get(win.scene.map_id), win.settings, win)
    dialog.reports["owners"].setChecked(True)
    assert dialog.options().reports == ("owners",) and "Opportunities by owner" in dialog.summary.text()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(tmp_path / "map.pdf"), ""))
    dialog.export()
    pages = PdfReader(tmp_path / "map.pdf").pages
    assert len(pages) == 2 and "Skip ID for monthly plans" in pages[1].extract_text()
    again = PdfExportDialog(project, project.get(win.scene.map_id), win.settings, win)
    assert again.reports["owners"].isChecked() and not again.reports["metrics"].isChecked()


def test_the_matrix_fits_a_narrow_dock_with_its_tray_below(win, qtbot):
    from journeyeditor.ui.priority_matrix import MatrixView

    matrix = MatrixView()
    qtbot.addWidget(matrix)
    matrix.load(win.document.editor, win.scene.map_id)
    matrix.resize(360, 520)  # taller than wide: the tray goes under the grid
    matrix.show()
    qtbot.waitExposed(matrix)
    grid, tray = matrix.frame()
    assert tray.top() > grid.bottom() and tray.width() > grid.width()
    for spot in matrix.spots:  # every one still drawn, inside the widget, in its cell or the tray
        place = matrix.place_of(spot.card_id)
        assert matrix.rect().contains(place.toRect())
        assert cell_of(matrix, spot.card_id) == ((spot.impact, spot.effort) if spot.rated else (0, 0))
