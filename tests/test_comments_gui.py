"""Comment threads in the window: added from the context menu on a card, a stage header and the
map, signed with the name from the preferences (asked the first time), replied to, resolved and
reopened in the Comments panel, each action one undo step; the bubbles' counts on the map; the
PDF without comments unless asked for."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog
from test_steps_gui import in_sight, key, right_click_choose
from test_voting_gui import board, card_id, needs_pdftotext, pdf_text

from journeyeditor.workshop.comments import CommentDialog


@pytest.fixture
def store_visit(qtbot, tmp_path):
    from conftest import close_window, open_window

    win = open_window(qtbot, board(tmp_path / "visit.journey"))
    yield win
    close_window(win)


def write(monkeypatch, text: str) -> list[str]:
    """The next comment dialogs get `text` typed and are accepted; returns their headings."""
    headings = []

    def fill(dialog: CommentDialog) -> int:
        headings.append(dialog.windowTitle())
        dialog.editor.setPlainText(text)
        assert dialog.ok.isEnabled()
        return 1

    monkeypatch.setattr(CommentDialog, "exec", fill)
    return headings


def card_centre(win, title: str) -> QPointF:
    item = win.scene.cards[card_id(win, title)]
    in_sight(win, item.sceneBoundingRect())
    return item.sceneBoundingRect().center()


def bubble(win, subject_id: str):
    return next((m for m in win.scene.layout.workshop.comments if m.subject_id == subject_id), None)


def test_a_thread_added_from_the_menu_replied_resolved_and_undone(store_visit, qtbot, monkeypatch):
    win = store_visit
    editor, panel = win.document.editor, win.workshop.comments_panel
    asked = []
    monkeypatch.setattr(QInputDialog, "getText",
                        staticmethod(lambda *a, **k: (asked.append(a[1]), ("Ana", True))[1]))
    write(monkeypatch, "Every morning, or only on Saturdays?")
    queue = card_id(win, "Queue at the door")
    right_click_choose(win, card_centre(win, "Queue at the door"), "Add Comment…")
    assert asked == ["Your Name"]  # the first comment asks who writes; the name is kept
    assert win.settings.author == "Ana"
    assert editor.undo_stack.undoText() == "Add comment"
    assert win.workshop.comments_dock.isVisible()
    assert panel.thread_texts() == ["Every morning, or only on Saturdays?"]
    thread = panel.current_thread()
    assert (thread.subject_id, thread.author, thread.resolved) == (queue, "Ana", False)
    # the card carries a bubble with one open thread; it moves with the card
    marker = bubble(win, queue)
    assert (marker.open, marker.total, marker.text) == (1, 1, "1")
    assert win.workshop.marks.items[queue].parentItem() is win.scene.cards[queue]

    # a reply from the panel, signed without asking again
    win.settings.author = "Bo"
    headings = write(monkeypatch, "Saturdays, mostly")
    panel.tree.setFocus()
    panel.reply_button.click()
    assert headings == ["Reply"] and asked == ["Your Name"]
    assert editor.undo_stack.undoText() == "Reply"
    top = panel.tree.topLevelItem(0)
    assert top.childCount() == 1 and "Bo" in top.child(0).text(0) and "Saturdays, mostly" in top.child(0).text(0)
    assert bubble(win, queue).open == 1  # a reply is part of the thread, not a new one

    # resolved: gone from the open threads, the bubble empty; undo and redo
    panel.tree.setCurrentItem(panel.tree.topLevelItem(0))
    panel.resolve_button.click()
    assert editor.undo_stack.undoText() == "Resolve comment"
    assert thread.resolved and panel.thread_texts() == []
    assert (bubble(win, queue).open, bubble(win, queue).total) == (0, 1)
    panel.set_filter("resolved")
    assert panel.thread_texts() == ["Every morning, or only on Saturdays?"]
    panel.tree.setCurrentItem(panel.tree.topLevelItem(0))
    assert panel.resolve_button.text() == "Re&open"
    editor.undo()
    assert not thread.resolved and bubble(win, queue).open == 1
    editor.redo()
    assert thread.resolved
    panel.set_filter("all")
    panel.tree.setCurrentItem(panel.tree.topLevelItem(0))
    panel.resolve_button.click()  # reopened
    assert editor.undo_stack.undoText() == "Reopen comment" and not thread.resolved

    # Delete on the reply takes only the reply; undo brings it back
    panel.tree.setCurrentItem(panel.tree.topLevelItem(0).child(0))
    panel.tree.setFocus()
    key(qtbot, panel.tree, Qt.Key.Key_Delete)
    assert panel.tree.topLevelItem(0).childCount() == 0
    editor.undo()
    assert panel.tree.topLevelItem(0).childCount() == 1
    # the whole thread comes and goes with its undo steps
    for _ in range(5):
        editor.undo()
    assert panel.thread_texts() == [] and win.scene.layout.workshop.comments == []
    assert queue not in win.workshop.marks.items


def test_comments_on_a_stage_and_the_map_and_the_panel_selects_their_items(store_visit, qtbot, monkeypatch):
    win = store_visit
    win.settings.author = "Chen"
    project, panel = win.document.project, win.workshop.comments_panel
    contents = project.contents(win.scene.map_id)
    pay = contents.stages[1]
    write(monkeypatch, "Merge with Enter?")
    header = win.scene.headers[pay.id]
    in_sight(win, header.rect)
    right_click_choose(win, header.rect.center(), "Add Comment…")
    write(monkeypatch, "Ask the store team")
    grid = win.scene.layout.grid
    right_click_choose(win, QPointF(grid.right + 30, grid.y + 10), "Add Comment on the Map…")
    write(monkeypatch, "Is this the real price?")
    win.scene.clearSelection()
    win.scene.cards[card_id(win, "Price unclear")].setSelected(True)
    next(a for a in win.all_actions() if a.text() == "Add Co&mment…").trigger()  # Ctrl+Alt+M, on the selection
    assert panel.thread_texts() == ["Merge with Enter?", "Ask the store team", "Is this the real price?"]
    assert [panel.tree.topLevelItem(i).text(0).split("\n")[0] for i in range(3)] == [
        "Stage: Pay", "Map: Store visit", "Card: Price unclear"]
    # bubbles on the stage header and by the map's title
    assert bubble(win, pay.id).kind == "stage" and bubble(win, win.scene.map_id).kind == "map"
    # picking a thread selects what it is on
    panel.tree.setCurrentItem(panel.tree.topLevelItem(0))
    assert win.scene.selected_ids() == [pay.id]
    panel.tree.setCurrentItem(panel.tree.topLevelItem(2))
    assert win.scene.selected_ids() == [card_id(win, "Price unclear")]
    # the context menu of a commented card offers its threads
    right_click_choose(win, card_centre(win, "Price unclear"), "Comments (1 open)")
    assert panel.current_comment().text == "Is this the real price?"
    # the name comes from the preferences
    from journeyeditor.ui.preferences import PreferencesDialog

    dialog = PreferencesDialog(win.settings, win)
    assert dialog.author.text() == "Chen"
    dialog.author.setText("Chen Wei")
    dialog.accept()
    assert win.settings.author == "Chen Wei"


@needs_pdftotext
def test_the_pdf_leaves_comments_out_unless_asked(store_visit, monkeypatch, tmp_path):
    win = store_visit
    win.settings.author = "Ana"
    write(monkeypatch, "Every morning, or only on Saturdays?")
    right_click_choose(win, card_centre(win, "Queue at the door"), "Add Comment…")
    from journeyeditor.ui.pdf_dialog import PdfExportDialog

    plain, commented = tmp_path / "plain.pdf", tmp_path / "commented.pdf"
    for path, wanted in ((plain, False), (commented, True)):
        monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, p=path, **k: (str(p), "")))
        dialog = PdfExportDialog(win.document.project, win.document.project.maps[0], win.settings, win)
        dialog.comments.setChecked(wanted)
        dialog.export()
    assert "Saturdays" not in pdf_text(plain)
    text = pdf_text(commented)
    assert "Comments — Store visit" in text and "Card: Queue at the door" in text
    assert "Every morning, or only on Saturdays?" in text and "1 open, 0 resolved" in text
    from journeyeditor.cli import main

    path = win.document.path
    win.close()
    QApplication.processEvents()
    out = tmp_path / "cli.pdf"
    assert main(["export", str(path), "-o", str(out)]) == 0
    assert "Saturdays" not in pdf_text(out)
    assert main(["export", str(path), "-o", str(out), "--comments", "--force"]) == 0
    assert "Every morning, or only on Saturdays?" in pdf_text(out)
