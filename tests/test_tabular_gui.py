"""File ▸ Import… and dropped spreadsheets, driven as a user does: the mapping dialog's drop-downs,
the bad rows question, one undo step; File ▸ Export CSV/XLSX."""

from conftest import close_window, open_window
from PySide6.QtCore import QMimeData, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QFileDialog, QMessageBox
from test_tabular import BLUEPRINT_CSV, cells, signature

from journeyeditor.interchange.tables import read_tables
from journeyeditor.persistence import ProjectStore

SHEET = "Phase,Layer,Words,Minutes\nOrder,Frontstage,Takes the order,2\nOrder,Backstage,Prints the ticket,x\n"


def on_next_dialog(fill) -> list:
    """Run `fill(dialog)` on the modal dialog the next action opens, as a person would."""
    seen: list = []

    def handle() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog) or dialog in seen:
            QTimer.singleShot(20, handle)
            return
        seen.append(dialog)
        try:
            dialog.activateWindow()  # the keyboard's focus lives in the active window
            QApplication.processEvents()
            fill(dialog)
        except BaseException:
            dialog.reject()  # a failed check must not leave the dialog waiting for a user
            raise

    QTimer.singleShot(0, handle)
    return seen


def choose(qtbot, combo: QComboBox, text: str) -> None:
    """Pick an entry of a drop-down with the keyboard: open it, type the entry's first letters,
    press Enter."""
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Space)  # opens the list
    view = combo.view()
    qtbot.waitUntil(view.isVisible)
    row = next(i for i in range(combo.count()) if combo.itemText(i) == text)
    view.setCurrentIndex(combo.model().index(row, 0))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not view.isVisible())
    assert combo.currentText() == text


def map_names(project):
    return [m.name for m in project.maps]


def test_import_a_sheet_with_the_mapping_dialog_as_one_undo_step(qtbot, tmp_path, sample_file, monkeypatch):
    source = tmp_path / "Coffee bar.csv"
    source.write_text(SHEET, encoding="utf-8")
    win = open_window(qtbot, sample_file)
    try:
        win.activateWindow()
        qtbot.waitUntil(win.isActiveWindow)
        project = win.document.project
        before = map_names(project)
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(source), ""))
        answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
        asked = []

        def question(parent, title, text, *args):
            asked.append(text)
            return answers.pop(0)

        monkeypatch.setattr(QMessageBox, "question", question)

        def fill(dialog):
            assert [dialog.combo(c).currentData() for c in range(4)] == ["stage", "lane", "ignore", "minutes"]
            assert dialog.preview.item(1, 2).text() == "Takes the order"
            choose(qtbot, dialog.combo(2), "Card title")  # "Words" was not guessed: the user says
            assert dialog.summary.text() == "Cards: 1 · stages: 1 · lanes: 1 · a service blueprint"
            assert "row 3: 'x' is not a number (time in minutes)" in dialog.problems.toPlainText()
            qtbot.keyClick(dialog.ok_button, Qt.Key.Key_Space)  # asked, and the user says No: still open
            assert dialog.isVisible() and "row 3" in asked[0]
            qtbot.keyClick(dialog.ok_button, Qt.Key.Key_Space)  # Yes: without row 3

        seen = on_next_dialog(fill)
        qtbot.keyClick(win, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: map_names(project) != before)
        assert seen and len(asked) == 2
        new_map = project.maps[-1]
        assert new_map.name == "Coffee bar" and new_map.kind == "service-blueprint"
        assert win.scene.map_id == new_map.id  # the window shows what was imported
        assert cells(project, new_map.id) == {("Order", "", "Frontstage"): ["Takes the order"]}
        win.undo_action.trigger()  # one step takes the whole map away
        assert map_names(project) == before
        win.redo_action.trigger()
        win.document.store.flush()
        with ProjectStore.open(sample_file, read_only=True) as store:
            assert cells(store.project, store.project.maps[-1].id) == {("Order", "", "Frontstage"): ["Takes the order"]}

        # the same headers again: the user's choice is remembered
        def look(dialog):
            assert dialog.combo(2).currentData() == "title"
            dialog.reject()

        on_next_dialog(look)
        qtbot.keyClick(win, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
        assert map_names(project) == [*before, "Coffee bar"]  # cancelled: nothing added
    finally:
        close_window(win)


def test_a_blueprint_table_dropped_on_the_canvas_is_imported(qtbot, tmp_path, sample_file):
    source = tmp_path / "blueprint.csv"
    source.write_text(BLUEPRINT_CSV, encoding="utf-8")
    win = open_window(qtbot, sample_file)
    try:
        project = win.document.project
        data = QMimeData()
        data.setUrls([QUrl.fromLocalFile(str(source))])
        viewport = win.view.viewport()
        centre = QPointF(viewport.rect().center())
        enter = QDragEnterEvent(centre.toPoint(), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                                Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(viewport, enter)  # the canvas does not take files: its window does
        assert enter.isAccepted()
        seen = on_next_dialog(lambda dialog: dialog.accept())
        drop = QDropEvent(centre, Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                          Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(viewport, drop)
        assert seen
        imported = project.maps[-1]
        assert imported.name == "blueprint" and imported.kind == "service-blueprint"
        assert len(project.contents(imported.id).cards) == 10
    finally:
        close_window(win)


def test_export_csv_and_xlsx_from_the_file_menu(qtbot, tmp_path, sample_file, monkeypatch):
    win = open_window(qtbot, sample_file)
    try:
        project = win.document.project
        actions = {a.text(): a for a in win.all_actions()}
        for text, name in (("Export CS&V…", "shown.csv"), ("Export &XLSX…", "all.xlsx")):
            monkeypatch.setattr(win, "ask_save_path", lambda *a, name=name: str(tmp_path / name))
            actions[text].trigger()
        shown = project.get(win.scene.map_id)
        table = read_tables(tmp_path / "shown.csv")[0]
        from journeyeditor.interchange.columns import guess_mapping
        from journeyeditor.interchange.tabular import add_to_project, build_map
        from journeyeditor.model import Project

        back = Project()
        add_to_project(back, build_map(back, table, guess_mapping(table.headers)))
        assert signature(back, back.maps[0].id) == signature(project, shown.id)
        assert [t.name for t in read_tables(tmp_path / "all.xlsx")] == [m.name[:31] for m in project.maps]
    finally:
        close_window(win)


def test_a_json_project_dropped_adds_its_maps(qtbot, tmp_path, sample_file):
    from journeyeditor.interchange import project_to_json
    from journeyeditor.templates import build_template

    other = build_template("service-blueprint", "Other")
    (tmp_path / "other.json").write_text(project_to_json(other), encoding="utf-8")
    win = open_window(qtbot, sample_file)
    try:
        project = win.document.project
        count = len(project.maps)
        from journeyeditor.ui import tabular_io

        tabular_io.import_file(win, tmp_path / "other.json")
        assert len(project.maps) == count + 1 and project.maps[-1].kind == "service-blueprint"
        win.undo_action.trigger()
        assert len(project.maps) == count
    finally:
        close_window(win)


def test_a_workbook_makes_a_map_of_each_sheet_the_user_keeps(qtbot, tmp_path, sample_file):
    from journeyeditor.interchange.tables import write_xlsx
    from journeyeditor.ui import tabular_io

    research = [["Discover", "Sees an ad", 4], ["Sign up", "Uploads her ID", 1]]
    write_xlsx(tmp_path / "sprint.xlsx", [
        ("Week 1", ["Stage", "What happens", "Emotion (Anna)"], research),
        ("Scratch", ["Misc"], [["not a map"]]),
        ("Week 2", ["Stage", "What happens", "Emotion (Anna)"], research[::-1])])
    win = open_window(qtbot, sample_file)
    try:
        project = win.document.project
        before = len(project.maps)

        def fill(dialog):
            sheets = dialog.sheet_list
            assert [sheets.item(i).text() for i in range(sheets.count())] == ["Week 1", "Scratch", "Week 2"]
            sheets.setFocus()
            sheets.setCurrentRow(1)
            qtbot.keyClick(sheets.viewport(), Qt.Key.Key_Space)  # the user unticks "Scratch"
            assert sheets.item(1).checkState() == Qt.CheckState.Unchecked
            sheets.setCurrentRow(2)
            dialog.name_edit.selectAll()
            qtbot.keyClicks(dialog.name_edit, "Second week")
            qtbot.keyClick(dialog.ok_button, Qt.Key.Key_Space)

        seen = on_next_dialog(fill)
        tabular_io.import_file(win, tmp_path / "sprint.xlsx")
        assert seen
        assert [m.name for m in project.maps[before:]] == ["Week 1", "Second week"]
        annas = [p for p in project.personas if p.name == "Anna"]
        assert len(annas) == 1  # one persona, met in both sheets
        for the_map in project.maps[before:]:
            assert the_map.persona_ids == [annas[0].id]
        win.undo_action.trigger()  # both maps and Anna go in one step
        assert len(project.maps) == before and not any(p.name == "Anna" for p in project.personas)
    finally:
        close_window(win)
