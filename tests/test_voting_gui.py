"""Dot voting in the window, as a facilitator runs it on one laptop: a round set up in its
dialog, three participants clicking cards in turn (hot seat, by the mouse and by keys), a dot
taken back, the live tally, every dot one undo step, the results in the file after reopening,
the dots on the cards, and the results page in the PDF."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtWidgets import QApplication, QFileDialog
from test_canvas_gui import send_mouse
from test_steps_gui import key

from journeyeditor.layout import LayoutEngine
from journeyeditor.model import Lane, Map, Project, Stage
from journeyeditor.model.voting import tally
from journeyeditor.persistence import ProjectStore
from journeyeditor.workshop.voting_panel import NewRoundDialog

SHIFT = Qt.KeyboardModifier.ShiftModifier


def board(path):
    """A map with pain points and opportunities to vote on, and actions that are not."""
    project = Project("Workshop")
    m = project.add(Map("Store visit"))
    enter = project.add_stage(Stage(m.id, "Enter"))
    pay = project.add_stage(Stage(m.id, "Pay"))
    actions = project.add(Lane(m.id, "Actions", "actions"))
    pains = project.add(Lane(m.id, "Pain points", "pain-points"))
    ideas = project.add(Lane(m.id, "Opportunities", "opportunities"))
    from journeyeditor.editor import Editor

    editor = Editor(project)
    editor.add_card(m.id, enter.id, actions.id, title="Walks in", type="action")
    editor.add_card(m.id, enter.id, pains.id, title="Queue at the door", type="pain-point")
    editor.add_card(m.id, pay.id, pains.id, title="Price unclear", type="pain-point")
    editor.add_card(m.id, pay.id, ideas.id, title="Self checkout", type="opportunity")
    ProjectStore.create(path, project).close()
    return path


@pytest.fixture
def store_visit(qtbot, tmp_path):
    from conftest import close_window, open_window

    win = open_window(qtbot, board(tmp_path / "visit.journey"))
    yield win
    close_window(win)


def card_id(win, title: str) -> str:
    contents = win.document.project.contents(win.scene.map_id)
    return next(card.id for card in contents.cards.values() if card.title == title)


def click_card(win, title: str, button=Qt.MouseButton.LeftButton, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    """A click in the middle of a card's text, where a person would click it."""
    item = win.scene.cards[card_id(win, title)]
    win.view.centerOn(item)
    QApplication.processEvents()
    pos = win.view.mapFromScene(item.sceneBoundingRect().center() + QPointF(0, 6))
    viewport = win.view.viewport()
    send_mouse(viewport, QEvent.Type.MouseButtonPress, pos, button, modifiers=modifiers)
    send_mouse(viewport, QEvent.Type.MouseButtonRelease, pos, button, Qt.MouseButton.NoButton, modifiers)
    QApplication.processEvents()


def set_up_round(win, monkeypatch, names=("Ana", "Bo", "Chen"), dots=2, name="Pains") -> None:
    """Map ▸ New Voting Round…, filled in as the facilitator would: a name, the participants
    renamed, two dots each, the default card types (pain points and opportunities)."""
    seen = {}

    def fill(dialog: NewRoundDialog) -> int:
        dialog.name.setText(name)
        while dialog.participants.count() < len(names):
            dialog.add_button.click()
        while dialog.participants.count() > len(names):
            dialog.participants.setCurrentRow(dialog.participants.count() - 1)
            dialog.remove_button.click()
        for row, person in enumerate(names):
            dialog.participants.item(row).setText(person)
        dialog.votes_each.setValue(dots)
        seen["summary"] = dialog.summary.text()
        return 1

    monkeypatch.setattr(NewRoundDialog, "exec", fill)
    action = next(a for a in win.all_actions() if a.text() == "New &Voting Round…")
    assert action.isEnabled()
    action.trigger()
    QApplication.processEvents()
    assert seen["summary"] == "3 cards on this map can be voted on."


def show_panel(dock) -> None:
    """A panel opened from the View menu, as a person opens it."""
    if not dock.isVisible():
        dock.toggleViewAction().trigger()
    dock.raise_()
    QApplication.processEvents()


def tally_titles(win) -> list[tuple[str, str, str]]:
    return win.workshop.voting_panel.tally_rows()


def test_three_participants_vote_by_clicking_cards_one_takes_a_dot_back(store_visit, qtbot, monkeypatch, tmp_path):
    win = store_visit
    set_up_round(win, monkeypatch)
    workshop, editor = win.workshop, win.document.editor
    controller = workshop.controller
    assert editor.undo_stack.undoText() == "Start voting round"
    assert controller.active and controller.name() == "Ana"
    assert workshop.voting_dock.isVisible()
    assert workshop.turn.isVisible() and "Ana: 2 dots left" in workshop.turn.text()  # seen from the room
    # the cards the round does not vote on fade; the others stay as they were
    assert win.scene.cards[card_id(win, "Walks in")].opacity() < 0.5
    assert win.scene.cards[card_id(win, "Queue at the door")].opacity() == 1.0

    steps = editor.undo_stack.count()
    click_card(win, "Queue at the door")
    click_card(win, "Queue at the door")
    assert editor.undo_stack.count() == steps + 2  # one undo step a dot
    click_card(win, "Price unclear")  # Ana has used both her dots
    assert win.statusBar().currentMessage() == "Ana has no votes left"
    click_card(win, "Walks in")
    assert win.statusBar().currentMessage() == "This round does not vote on this card"
    assert win.scene.selected_ids() == []  # a click while voting votes: it neither selects nor drags

    key(qtbot, win.view, Qt.Key.Key_Tab)  # the hot seat passes on
    assert controller.name() == "Bo"
    assert workshop.voting_panel.participants.currentRow() == 1
    click_card(win, "Queue at the door")
    click_card(win, "Price unclear")
    key(qtbot, win.view, Qt.Key.Key_3)  # Chen, by number
    assert controller.name() == "Chen"
    click_card(win, "Price unclear")
    click_card(win, "Self checkout")
    click_card(win, "Price unclear", modifiers=SHIFT)  # Chen takes that one back
    assert win.statusBar().currentMessage() == "Chen took a dot back: 1 left"
    assert tally_titles(win) == [("1", "Queue at the door", "3"), ("2", "Price unclear", "1"),
                                 ("2", "Self checkout", "1")]
    rows = [workshop.voting_panel.participants.item(i).text() for i in range(3)]
    assert rows == ["1  Ana — 0 of 2 dots left", "2  Bo — 0 of 2 dots left", "3  Chen — 1 of 2 dots left"]

    # the take-back is one undo step, and so is each dot
    editor.undo()
    assert tally_titles(win)[1] == ("2", "Price unclear", "2")
    editor.redo()
    assert tally_titles(win)[1] == ("2", "Price unclear", "1")

    # a right-click takes back too: Bo's dot on the queue
    key(qtbot, win.view, Qt.Key.Key_2)
    click_card(win, "Queue at the door", Qt.MouseButton.RightButton)
    assert tally_titles(win)[0] == ("1", "Queue at the door", "2")
    editor.undo()

    # the dots on the cards: the round's, in the participants' colours
    dots = win.scene.layout.workshop.dots
    assert [d.count for d in (dots[card_id(win, "Queue at the door")], dots[card_id(win, "Self checkout")])] == [3, 1]
    voting = controller.voting
    assert [c for _, _, c in dots[card_id(win, "Queue at the door")].dots] == [voting.participants[0][1]] * 2 + \
        [voting.participants[1][1]]

    # End Round: the map is a map again
    workshop.voting_panel.vote_button.click()
    assert not controller.active and not workshop.turn.isVisible()
    assert win.scene.cards[card_id(win, "Walks in")].opacity() == 1.0
    click_card(win, "Price unclear")
    assert win.scene.selected_ids() == [card_id(win, "Price unclear")]
    assert [row.votes for row in tally(win.document.project, voting)] == [3, 1, 1]

    # View ▸ Show Votes takes the dots off the cards and puts them back
    show_votes = next(a for a in win.all_actions() if a.text() == "Show &Votes")
    queue = card_id(win, "Queue at the door")
    show_votes.trigger()
    assert not show_votes.isChecked() and win.scene.layout.workshop.dots == {}
    assert queue not in win.workshop.marks.items
    show_votes.trigger()
    assert win.scene.layout.workshop.dots[queue].count == 3 and queue in win.workshop.marks.items
    # a second round shows its own dots; the panel shows the first one's again when chosen
    set_up_round(win, monkeypatch, name="Ideas")
    assert win.scene.layout.workshop.dots == {}
    workshop.voting_panel.vote_button.click()  # End Round
    panel = workshop.voting_panel
    assert [panel.rounds.itemText(i) for i in range(panel.rounds.count())] == ["Ideas", "Pains"]
    panel.rounds.setCurrentIndex(1)
    assert win.scene.layout.workshop.dots[queue].count == 3
    assert tally_titles(win)[0] == ("1", "Queue at the door", "3")

    # the results are in the file
    path = win.document.path
    win.close()
    from conftest import open_window

    again = open_window(qtbot, path)
    try:
        panel = again.workshop.voting_panel
        show_panel(again.workshop.voting_dock)
        panel.rounds.setCurrentIndex(panel.rounds.findText("Pains"))
        assert panel.rounds.currentText() == "Pains"
        assert panel.tally_rows() == [("1", "Queue at the door", "3"), ("2", "Price unclear", "1"),
                                      ("2", "Self checkout", "1")]
        assert again.scene.layout.workshop.dots[card_id(again, "Queue at the door")].count == 3
        assert not again.workshop.controller.active  # a reopened file votes only when asked
    finally:
        again.close()


def test_the_keyboard_votes_enter_on_the_selected_card_and_backspace_takes_back(store_visit, qtbot, monkeypatch):
    win = store_visit
    set_up_round(win, monkeypatch, names=("Ana", "Bo"), dots=3)
    controller = win.workshop.controller
    queue = card_id(win, "Queue at the door")
    win.scene.clearSelection()
    win.scene.cards[queue].setSelected(True)
    win.view.setFocus()
    key(qtbot, win.view, Qt.Key.Key_Return)
    key(qtbot, win.view, Qt.Key.Key_Return)
    assert tally_titles(win) == [("1", "Queue at the door", "2")]
    assert win.scene.editor_item is None  # Enter voted; it did not open the card's text
    key(qtbot, win.view, Qt.Key.Key_Delete)  # takes a dot back; the card stays
    assert tally_titles(win) == [("1", "Queue at the door", "1")]
    assert queue in win.document.project.contents(win.scene.map_id).cards
    key(qtbot, win.view, Qt.Key.Key_Backtab)
    assert controller.name() == "Bo"
    win.workshop.voting_panel.next_button.click()
    assert controller.name() == "Ana"
    win.workshop.voting_panel.take_back_button.click()  # from the selected card
    assert tally_titles(win) == []
    # the round is one undo step: undone, the voting ends with it
    while win.document.editor.undo_stack.canUndo():
        win.document.editor.undo()
    assert not controller.active
    assert win.workshop.voting_panel.rounds.currentText() == "No voting rounds on this map"


def test_dots_sit_inside_the_card_at_its_top_right_with_a_badge_past_five(tmp_path):
    from journeyeditor.editor import Editor

    path = board(tmp_path / "b.journey")
    with ProjectStore.open(path) as store:
        project = store.project
        editor = Editor(project)
        m = project.maps[0]
        voting = editor.start_round(m.id, "Many", [(f"P{i}", "") for i in range(8)], 2)
        queue = next(c for c in project.contents(m.id).cards.values() if c.title == "Queue at the door")
        price = next(c for c in project.contents(m.id).cards.values() if c.title == "Price unclear")
        for participant in (0, 0, 1, 1, 2, 2, 3):  # seven dots from four people
            editor.vote(voting.id, queue.id, participant)
        for participant in (4, 5, 6):
            editor.vote(voting.id, price.id, participant)
        engine = LayoutEngine()
        engine.votes = ""
        layout = engine.layout(project, m.id)
        many, few = layout.workshop.dots[queue.id], layout.workshop.dots[price.id]
        for dots in (many, few):
            r = layout.cards[dots.card_id].rect
            for cx, cy, _ in dots.dots:  # inside the card, in its top right
                assert r.x <= cx - dots.radius and cx + dots.radius <= r.right
                assert r.y <= cy - dots.radius and cy + dots.radius <= r.y + 12
                assert cx > r.cx
        assert len(many.dots) == 5 and many.badge_text == "7"
        card = layout.cards[queue.id].rect
        assert card.x <= many.badge.x and many.badge.right < many.dots[0][0] - many.radius
        assert card.y <= many.badge.y
        assert len(few.dots) == 3 and few.badge is None
        # each voter's colour shows before anyone's second dot
        assert len({colour for _, _, colour in many.dots}) == 4
        # no dots unless asked for
        assert LayoutEngine().layout(project, m.id).workshop is None


def pdf_text(path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


needs_pdftotext = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler's pdftotext")


@needs_pdftotext
def test_the_results_page_prints_from_the_pdf_dialog_the_panel_and_the_cli(store_visit, monkeypatch, tmp_path):
    win = store_visit
    set_up_round(win, monkeypatch)
    for title in ("Self checkout", "Price unclear"):
        click_card(win, title)
    win.workshop.controller.next_participant()
    for title in ("Price unclear", "Queue at the door"):
        click_card(win, title)
    win.workshop.voting_panel.vote_button.click()  # End Round

    from journeyeditor.ui.pdf_dialog import PdfExportDialog

    target = tmp_path / "with votes.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "PDF (*.pdf)")))
    dialog = PdfExportDialog(win.document.project, win.document.project.maps[0], win.settings, win)
    assert not dialog.votes.isChecked() and not dialog.comments.isChecked()  # off by default
    dialog.votes.setChecked(True)
    dialog.export()
    text = pdf_text(target)
    results = text[text.index("Voting results — Pains"):]
    # ranked: most dots first, ties in map order
    assert results.index("Price unclear") < results.index("Queue at the door") < results.index("Self checkout")
    assert "Ana (2 of 2)" in results and "Bo (2 of 2)" in results and "Chen (0 of 2)" in results
    assert "Ana, Bo" in results  # who gave "Price unclear" its two dots

    plain = tmp_path / "plain.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(plain), "PDF (*.pdf)")))
    dialog = PdfExportDialog(win.document.project, win.document.project.maps[0], win.settings, win)
    assert dialog.votes.isChecked()  # remembered
    dialog.votes.setChecked(False)
    dialog.export()
    assert "Voting results" not in pdf_text(plain)

    # the panel's Export Results…: the round alone, as CSV or as its page
    csv_path = tmp_path / "pains.csv"
    monkeypatch.setattr(win, "ask_save_path", lambda *a: str(csv_path))
    win.workshop.voting_panel.export_button.click()
    lines = csv_path.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "map,round,rank,card,stage,step,lane,votes,by"
    assert [line.split(",")[3] for line in lines[1:]] == ["Price unclear", "Queue at the door", "Self checkout"]
    page = tmp_path / "pains.pdf"
    monkeypatch.setattr(win, "ask_save_path", lambda *a: str(page))
    win.workshop.voting_panel.export_button.click()
    assert "Voting results — Pains" in pdf_text(page)

    # and from the command line
    from journeyeditor.cli import main

    path = win.document.path
    win.close()
    out = tmp_path / "cli.pdf"
    assert main(["export", str(path), "-o", str(out), "--votes"]) == 0
    cli = pdf_text(out)
    assert cli.index("Voting results — Pains") < cli.index("Price unclear", cli.index("Voting results"))
    assert main(["export", str(path), "-o", str(tmp_path / "x.png"), "--votes"]) == 1  # pdf only
