"""The issue's "done when", as a person does it in the window: a journey of five stages of two or
three steps, two personas with an emotion line per step, opportunities with owners and all three
moment kinds, made by keys and the inspector; then printed with all of it visible, and through
JSON export and import unchanged."""

from __future__ import annotations

import subprocess

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QInputDialog
from test_canvas_gui import type_text
from test_steps_gui import click_header

from journeyeditor.export.pdf import export_pdf
from journeyeditor.interchange import project_from_json, project_to_json
from journeyeditor.persistence import ProjectStore
from journeyeditor.templates import build_template

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
STEP_NAMES = [("Notices",), ("Compares", "Asks a friend"), ("Signs up", "Pays"), ("Unlocks", "Rides"), ("Renews",)]


def test_a_stepped_journey_made_in_the_window_prints_and_round_trips(qtbot, tmp_path, monkeypatch):
    from conftest import close_window, open_window

    path = tmp_path / "stepped.journey"
    ProjectStore.create(path, build_template("current-state", "Stepped")).close()
    win = open_window(qtbot, path)
    project, scene, view = win.document.project, win.scene, win.view
    m = project.require(scene.map_id)
    contents = project.contents(m.id)
    assert len(contents.stages) == 5

    def press(k, modifiers=Qt.KeyboardModifier.NoModifier, times=1):
        for _ in range(times):
            qtbot.keyClick(win.focusWidget() or win, k, modifiers)
            QApplication.processEvents()

    # every stage gets one or two more steps: select its header, Insert > Add Step, type the name
    for stage, names in zip(list(contents.stages), STEP_NAMES):
        for name in names:
            click_header(win, stage.id)
            press(Qt.Key.Key_N, CTRL | SHIFT)
            assert scene.editor_item is not None  # the new step's header opens for typing
            type_text(view.viewport(), name)
            press(Qt.Key.Key_Return)
    steps = contents.columns()
    assert [len(contents.steps_of(s.id)) for s in contents.stages] == [2, 3, 3, 3, 2]
    assert [s.name for s in steps if s.name] == [name for names in STEP_NAMES for name in names]

    # two personas (Insert > Add Persona…), shown on this map
    names = iter(["Ana", "Борис"])
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: (next(names), True)))
    view.setFocus()
    press(Qt.Key.Key_P, CTRL | SHIFT)
    press(Qt.Key.Key_P, CTRL | SHIFT)
    ana, boris = project.personas
    assert m.persona_ids == [ana.id, boris.id]
    view.setFocus()
    kinds = [lane.kind for lane in contents.lanes]

    def go_to_cell(column: int, lane_kind: str) -> None:
        view.setFocus()  # back from the inspector to the map, as a click on it does
        press(Qt.Key.Key_Escape)
        press(Qt.Key.Key_Up, times=25)
        press(Qt.Key.Key_Left, times=len(steps) + 1)
        for _ in range(3):  # down from the stage and step headers into the first lane
            press(Qt.Key.Key_Down)
            if not scene.selected_ids() and scene.cursor_cell[1] == contents.lanes[0].id:
                break
        press(Qt.Key.Key_Right, times=column)
        target = contents.lanes[kinds.index(lane_kind)].id
        for _ in range(40):
            if scene.cursor_cell and scene.cursor_cell[1] == target:
                break
            press(Qt.Key.Key_Down)
        ids = [s.id for s in steps]
        assert scene.cursor_cell == (steps[column].id, target), (ids.index(scene.cursor_cell[0]), column,
                                                                 scene.selected_ids())

    # an emotion line per persona: Enter in the band at each step, Up/Down to the score
    scores = {ana.id: [0, 1, 2, -1, -2, 0, 1, 2, 1, 0, -1, 1, 2],
              boris.id: [1, 0, -1, -2, 0, 1, 2, 1, 0, -1, 0, 1, 1]}
    for column in range(len(steps)):
        for persona in (ana, boris):
            go_to_cell(column, "emotions")
            press(Qt.Key.Key_Return)  # the first shown persona without a point here gets one
            score = scores[persona.id][column]
            press(Qt.Key.Key_Up if score > 0 else Qt.Key.Key_Down, times=abs(score))
    for persona in (ana, boris):
        assert [project.emotion_point(m.id, persona.id, s.id).score for s in steps] == scores[persona.id]

    def new_card(column: int, lane_kind: str, title: str):
        go_to_cell(column, lane_kind)
        press(Qt.Key.Key_C, CTRL | SHIFT)  # Insert > Add Card, typed into
        type_text(view.viewport(), title)
        press(Qt.Key.Key_Return)
        card = next(c for c in contents.cards.values() if c.title == title)
        scene.clearSelection()
        scene.cards[card.id].setSelected(True)  # as a click on it does
        qtbot.waitUntil(lambda: win.inspector._heading.text() == "Card" and "owner" in win.inspector._widgets)
        QApplication.processEvents()
        return card

    def inspector_text(field: str, text: str) -> None:
        widget = win.inspector._widgets[field]
        widget.setFocus()
        widget.selectAll()
        type_text(widget, text)  # any script: key events with their text, as an input method sends
        qtbot.keyClick(widget, Qt.Key.Key_Return)
        QApplication.processEvents()

    def inspector_choice(field: str, value: str) -> None:
        combo = win.inspector._widgets[field]
        index = combo.findData(value)
        combo.setCurrentIndex(index)
        combo.activated.emit(index)  # as a person picks the entry
        QApplication.processEvents()

    # opportunities with an internal owner
    owners = {"Skip the ID check": "Product — onboarding", "Reserve a bike": "Operations"}
    for column, (title, owner) in zip((4, 7), owners.items()):
        card = new_card(column, "opportunities", title)
        inspector_text("owner", owner)
        assert card.owner == owner and card.type == "opportunity"
    # all three moment kinds, on customer actions
    for column, (title, moment) in zip((2, 6, 8), (("Price clicks", "aha"), ("Tap to pay", "micro"),
                                                    ("The lock clicks", "of-truth"))):
        card = new_card(column, "actions", title)
        inspector_choice("type", "moment")
        inspector_choice("moment", moment)
        assert (card.type, card.moment) == ("moment", moment)
    close_window(win)

    # what landed in the file prints with all of it visible
    with ProjectStore.open(path, read_only=True) as store:
        saved = store.project
    out = tmp_path / "stepped.pdf"
    export_pdf(saved, [saved.maps[0]], out)
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True).stdout
    for expected in ("Asks a friend", "Signs up", "Rides", "Product — onboarding", "Operations", "Aha",
                     "Micro-moment", "Moment of truth", "Ana", "Борис", "Reserve a bike"):
        assert expected in text, expected

    # and survives JSON export -> import, byte for byte
    first = project_to_json(saved)
    again = project_from_json(first)
    assert project_to_json(again) == first
    back = again.contents(saved.maps[0].id)
    assert len(back.columns()) == 13 and len(back.emotion_points) == 26
