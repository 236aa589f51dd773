"""File ▸ Import Mermaid Journey…, Export SVG… and Export Mermaid…, driven as a user drives them."""

import pytest
from conftest import close_window, open_window
from PySide6.QtCore import QMimeData, QPoint, Qt, QTimer, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QFileDialog, QLabel, QMessageBox

from journeyeditor.persistence import ProjectStore

#: a block as someone types it into a team wiki: an actor named like a sample persona, one new
#: actor, a task with no actor, comments
WIKI_BLOCK = """\
Notes from the Tuesday workshop.

```mermaid
%% first draft, scores from the diary study
journey
  title Lost bike report
  section Notice
    Bike is gone from the dock: 1: 李娜 Li Na, Kai
    Opens the app: 3: 李娜 Li Na
  section Report
    Fills in the form: 2: Kai   # too many fields
    Gets a confirmation: 5
```
"""


@pytest.fixture
def window(qtbot, sample_file):
    win = open_window(qtbot, sample_file)
    yield win
    close_window(win)


def action(window, text: str):
    return next(a for a in window.all_actions() if a.text() == text)


def on_next_dialog(fill) -> list:
    """Run `fill(dialog)` on the modal dialog the next action opens, as a person fills it in."""
    seen: list = []

    def handle() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog):
            QTimer.singleShot(20, handle)
            return
        seen.append(dialog)
        fill(dialog)

    QTimer.singleShot(0, handle)
    return seen


def import_file(window, qtbot, monkeypatch, path, choose) -> list:
    """File ▸ Import Mermaid Journey… on `path`; `choose(dialog)` clicks in the dialog."""
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), "")))
    seen = on_next_dialog(choose)
    action(window, "&Import Mermaid Journey…").trigger()
    qtbot.waitUntil(lambda: bool(seen) and not seen[0].isVisible())
    return seen


def click_import(qtbot, dialog, rescale: bool) -> None:
    qtbot.mouseClick(dialog.rescale if rescale else dialog.keep, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def scores(project, map_id) -> dict:
    contents = project.contents(map_id)
    titles = {card.step_id: card.title for card in contents.cards.values()}
    return {(titles[p.step_id], project.get(p.persona_id).name): p.score for p in contents.emotion_points.values()}


def test_importing_a_wiki_block_adds_one_map_as_one_undo_step_with_scores_rescaled(window, qtbot, monkeypatch,
                                                                                    tmp_path, sample_file):
    page = tmp_path / "lost-bike.md"
    page.write_text(WIKI_BLOCK, encoding="utf-8")
    project, editor = window.document.project, window.document.editor
    maps_before, personas_before = len(project.maps), {p.name for p in project.personas}
    steps_before = editor.undo_stack.count()
    assert (project.get(window.scene.map_id).scale_min, project.get(window.scene.map_id).scale_max) == (-2, 2)
    seen = import_file(window, qtbot, monkeypatch, page, lambda dialog: click_import(qtbot, dialog, rescale=True))
    summary = " ".join(label.text() for label in seen[0].findChildren(QLabel))
    assert "Lost bike report" in summary and "李娜 Li Na" in summary
    assert editor.undo_stack.count() == steps_before + 1
    assert editor.undo_stack.undoText() == "Import Mermaid journey"
    new = project.maps[-1]
    assert len(project.maps) == maps_before + 1 and window.scene.map_id == new.id  # the window shows it
    assert window.statusBar().currentMessage() == "Imported “Lost bike report” from lost-bike.md"
    assert (new.name, new.scale_min, new.scale_max) == ("Lost bike report", -2, 2)
    assert {p.name for p in project.personas} == personas_before | {"Kai", "No actor"}  # 李娜 Li Na is hers
    assert scores(project, new.id) == {
        ("Bike is gone from the dock", "李娜 Li Na"): -2, ("Bike is gone from the dock", "Kai"): -2,
        ("Opens the app", "李娜 Li Na"): 0, ("Fills in the form", "Kai"): -1, ("Gets a confirmation", "No actor"): 2}
    assert {" ".join(box.title_lines) for box in window.scene.layout.cards.values()} == {
        "Bike is gone from the dock", "Opens the app", "Fills in the form", "Gets a confirmation"}
    # the edit is in the file
    stored = ProjectStore.open(sample_file, read_only=True)
    assert "Lost bike report" in [m.name for m in stored.project.maps]
    stored.close()
    editor.undo()
    assert len(project.maps) == maps_before and {p.name for p in project.personas} == personas_before
    editor.redo()
    assert project.maps[-1].name == "Lost bike report"


def test_file_import_takes_a_mermaid_page_to_the_mermaid_dialog(window, qtbot, monkeypatch, tmp_path):
    """File ▸ Import… (Ctrl+I) is the one door for every format: a .md page goes to the Mermaid dialog."""
    page = tmp_path / "lost-bike.md"
    page.write_text(WIKI_BLOCK, encoding="utf-8")
    project = window.document.project
    maps_before = len(project.maps)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(page), "")))
    seen = on_next_dialog(lambda dialog: click_import(qtbot, dialog, rescale=False))
    action(window, "&Import…").trigger()
    qtbot.waitUntil(lambda: bool(seen) and not seen[0].isVisible())
    assert len(project.maps) == maps_before + 1 and project.maps[-1].name == "Lost bike report"
    assert window.document.editor.undo_stack.undoText() == "Import Mermaid journey"


def test_keeping_mermaids_scale_and_a_second_import_numbers_the_name(window, qtbot, monkeypatch, tmp_path):
    page = tmp_path / "lost-bike.md"
    page.write_text(WIKI_BLOCK, encoding="utf-8")
    project = window.document.project
    for _ in range(2):
        import_file(window, qtbot, monkeypatch, page, lambda dialog: click_import(qtbot, dialog, rescale=False))
    first, second = project.maps[-2:]
    assert (first.name, second.name) == ("Lost bike report", "Lost bike report (2)")
    assert (second.scale_min, second.scale_max) == (1, 5)
    assert scores(project, second.id)[("Bike is gone from the dock", "Kai")] == 1
    assert len([p for p in project.personas if p.name == "Kai"]) == 1  # the first import's Kai is the second's


def test_a_bad_block_is_refused_with_its_line_numbers_and_nothing_changes(window, qtbot, monkeypatch, tmp_path):
    page = tmp_path / "bad.md"
    page.write_text(WIKI_BLOCK.replace("Opens the app: 3:", "Opens the app: 30:").replace("Gets a", "Gets; a"),
                    encoding="utf-8")
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda parent, title, text, *a: shown.append(text)))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(page), "")))
    project, editor = window.document.project, window.document.editor
    maps_before, steps_before = len(project.maps), editor.undo_stack.count()
    action(window, "&Import Mermaid Journey…").trigger()
    assert shown and "bad.md was not imported" in shown[0]
    assert "line 9: the score 30 is outside Mermaid's 0 to 5" in shown[0]
    assert "line 12: Mermaid does not allow ';'" in shown[0]
    assert len(project.maps) == maps_before and editor.undo_stack.count() == steps_before


def test_cancelling_the_dialog_imports_nothing(window, qtbot, monkeypatch, tmp_path):
    page = tmp_path / "lost-bike.mmd"
    page.write_text(WIKI_BLOCK.split("```mermaid\n")[1].split("```")[0], encoding="utf-8")
    project = window.document.project
    maps_before = len(project.maps)
    import_file(window, qtbot, monkeypatch, page, lambda dialog: qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton))
    assert len(project.maps) == maps_before


def test_dropping_a_mermaid_file_on_the_window_imports_it(window, qtbot, tmp_path):
    page = tmp_path / "dropped.mmd"
    page.write_text("journey\n  title Dropped\n  section A\n    Task: 4: Kai\n", encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(page))])
    seen = on_next_dialog(lambda dialog: click_import(qtbot, dialog, rescale=False))
    event = QDropEvent(QPoint(400, 300).toPointF(), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton,
                       Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    assert seen and window.document.project.maps[-1].name == "Dropped"


def test_export_svg_and_mermaid_from_the_file_menu(window, qtbot, monkeypatch, tmp_path):
    from journeyeditor.interchange.mermaid import read_journeys

    project = window.document.project
    shown = project.get(window.scene.map_id)
    for text, name in (("Export S&VG…", "map.svg"), ("Export &Mermaid…", "map.md")):
        out = tmp_path / name
        monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, o=out, **k: (str(o), "")))
        action(window, text).trigger()
        assert out.exists() and window.last_written == out
    assert b"<text" in (tmp_path / "map.svg").read_bytes()
    (journey,) = read_journeys(tmp_path / "map.md")
    assert journey.title == shown.name
    assert [s.name for s in journey.sections] == [s.name for s in project.contents(shown.id).stages]
