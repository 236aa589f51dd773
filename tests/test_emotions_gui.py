"""Emotion lines driven the way a designer drives them: click a persona's "+" handle at a stage
to add its point at the score under the pointer, Up/Down and Delete on a selected face, drag a
face and watch its line follow, double-click the band, F2 for the note, the inspector's score.
And the PDF draws faces of equal scores side by side, as the canvas does."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtWidgets import QApplication

from journeyeditor.layout import LayoutEngine
from journeyeditor.model import EmotionPoint, Lane, Map, Persona, Project, Stage
from journeyeditor.persistence import ProjectStore
from journeyeditor.templates import build_template
from test_canvas_gui import double_click, send_mouse, type_text


@pytest.fixture
def journey(qtbot, tmp_path):
    """A window on a fresh current-state map (five stages, an emotions lane), two personas."""
    from conftest import close_window, open_window

    path = tmp_path / "emotions.journey"
    ProjectStore.create(path, build_template("current-state", "Feelings")).close()
    win = open_window(qtbot, path)
    editor = win.document.editor
    editor.add_persona("Ana", colour="#0072B2")
    editor.add_persona("Борис", colour="#D55E00")
    QApplication.processEvents()  # the window's first fit-to-window comes now, not after the next line
    win.view.zoom_actual()
    yield win
    close_window(win)


def personas(win):
    return win.document.project.personas


def stage_ids(win):
    """The map's columns (each stage of these maps has one step)."""
    return [s.id for s in win.document.project.contents(win.scene.map_id).columns()]


def click(view, scene_pos: QPointF) -> None:
    view.centerOn(scene_pos)  # scrolled into sight, as a user would
    pos = view.mapFromScene(scene_pos)
    send_mouse(view.viewport(), QEvent.Type.MouseButtonPress, pos)
    send_mouse(view.viewport(), QEvent.Type.MouseButtonRelease, pos, buttons=Qt.MouseButton.NoButton)
    QApplication.processEvents()


def handle_at(win, persona_id: str, stage_id: str, score: float) -> QPointF:
    """Where a persona's "+" handle at a stage is, at the height of a score."""
    rail = win.scene.curves[persona_id].rails[stage_id]
    assert rail.isVisible()
    curve = win.scene.emotion_curve(persona_id)
    return QPointF(rail.scenePos().x(), curve.y_of(score))


def key(qtbot, win, k) -> None:
    qtbot.keyClick(win.view, k)
    QApplication.processEvents()


def test_click_handles_to_add_points_side_by_side_then_keys_and_undo(journey, qtbot):
    win, scene = journey, journey.scene
    editor, project = win.document.editor, win.document.project
    map_id = scene.map_id
    ana, boris = personas(win)
    first = stage_ids(win)[1]
    steps = editor.undo_stack.index()

    # a click on each persona's handle at the same stage, at the same height: +1
    click(win.view, handle_at(win, ana.id, first, 1))
    click(win.view, handle_at(win, boris.id, first, 1))
    assert project.emotion_point(map_id, ana.id, first).score == 1.0
    assert project.emotion_point(map_id, boris.id, first).score == 1.0
    assert editor.undo_stack.index() == steps + 2  # one step per point
    assert editor.undo_stack.undoText() == "Add emotion point"
    a, b = scene.points[(ana.id, first)], scene.points[(boris.id, first)]
    assert a.scenePos().y() == b.scenePos().y()
    assert abs(a.scenePos().x() - b.scenePos().x()) >= 2 * a.RADIUS  # side by side, never hidden
    assert not scene.curves[ana.id].rails[first].isVisible()  # its handle gave way to the face

    # the new face is selected and takes the keys: Up twice (clamped at the top), Down once
    assert scene.selectedItems() == [b]
    win.view.setFocus()
    key(qtbot, win, Qt.Key.Key_Up)
    assert project.emotion_point(map_id, boris.id, first).score == 2.0
    key(qtbot, win, Qt.Key.Key_Up)  # already at the top of -2..2: nothing is pushed
    assert editor.undo_stack.index() == steps + 3
    key(qtbot, win, Qt.Key.Key_Down)
    key(qtbot, win, Qt.Key.Key_Down)
    assert project.emotion_point(map_id, boris.id, first).score == 0.0
    assert editor.undo_stack.index() == steps + 5  # one undo step per key
    editor.undo()
    assert project.emotion_point(map_id, boris.id, first).score == 1.0
    b = scene.points[(boris.id, first)]
    assert b.scenePos().y() == scene.points[(ana.id, first)].scenePos().y()

    # Delete removes the selected face; undo brings it back
    scene.clearSelection()
    b.setSelected(True)
    key(qtbot, win, Qt.Key.Key_Delete)
    assert project.emotion_point(map_id, boris.id, first) is None
    assert (boris.id, first) not in scene.points
    assert scene.curves[boris.id].rails[first].isVisible()  # the handle is back
    editor.undo()
    assert project.emotion_point(map_id, boris.id, first).score == 1.0
    assert (boris.id, first) in scene.points
    # Backspace as well
    scene.clearSelection()
    scene.points[(boris.id, first)].setSelected(True)
    key(qtbot, win, Qt.Key.Key_Backspace)
    assert project.emotion_point(map_id, boris.id, first) is None
    editor.undo()

    # Left/Right walk the persona's faces
    second = stage_ids(win)[3]
    click(win.view, handle_at(win, ana.id, second, -2))
    assert project.emotion_point(map_id, ana.id, second).score == -2.0
    win.view.setFocus()
    key(qtbot, win, Qt.Key.Key_Left)
    assert scene.selectedItems() == [scene.points[(ana.id, first)]]
    key(qtbot, win, Qt.Key.Key_Right)
    assert scene.selectedItems() == [scene.points[(ana.id, second)]]


def test_keys_without_a_focused_face_break_nothing(journey, qtbot):
    win, scene = journey, journey.scene
    project = win.document.project
    ana = personas(win)[0]
    stage = stage_ids(win)[0]
    point = win.document.editor.set_emotion(scene.map_id, ana.id, stage, 0)
    face = scene.points[(ana.id, stage)]
    scene.clearSelection()
    scene.setFocusItem(None)
    win.view.setFocus()
    key(qtbot, win, Qt.Key.Key_Up)  # nothing selected: the keyboard walks the map as it does
    key(qtbot, win, Qt.Key.Key_Delete)
    assert project.get(point.id).score == 0.0
    # a face selected by any means (here by the program, as a rubber band does) takes the keys
    scene.clearSelection()
    face.setSelected(True)
    assert scene.focusItem() is face
    key(qtbot, win, Qt.Key.Key_Up)
    assert project.get(point.id).score == 1.0
    scene.clearSelection()  # a face let go of keeps no keys
    assert scene.focusItem() is not face
    key(qtbot, win, Qt.Key.Key_Up)
    assert project.get(point.id).score == 1.0


@pytest.mark.parametrize("scale, top_score", [((1, 5), 5), ((0, 10), 10), ((-3, 3), 3)])
def test_a_click_snaps_to_the_maps_scale(journey, scale, top_score):
    win, scene = journey, journey.scene
    editor, project = win.document.editor, win.document.project
    editor.update(scene.map_id, scale_min=scale[0], scale_max=scale[1])
    ana = personas(win)[0]
    stages = stage_ids(win)
    curve = scene.emotion_curve(ana.id)
    top, bottom = curve.band
    click(win.view, handle_at(win, ana.id, stages[0], top_score) + QPointF(0, 3))  # a little below the top
    click(win.view, QPointF(scene.curves[ana.id].rails[stages[1]].scenePos().x(), bottom))
    middle = (scale[0] + scale[1]) / 2
    click(win.view, QPointF(scene.curves[ana.id].rails[stages[2]].scenePos().x(), curve.y_of(middle + 0.4)))
    assert project.emotion_point(scene.map_id, ana.id, stages[0]).score == top_score
    assert project.emotion_point(scene.map_id, ana.id, stages[1]).score == scale[0]
    assert project.emotion_point(scene.map_id, ana.id, stages[2]).score == round(middle + 0.4)


def test_dragging_a_face_moves_its_line_during_the_drag_and_snaps_once(journey):
    win, scene, view = journey, journey.scene, journey.view
    editor, project = win.document.editor, win.document.project
    ana = personas(win)[0]
    stages = stage_ids(win)
    for stage_id, score in zip(stages, (0, 1, 0, -1, 0)):
        editor.set_emotion(scene.map_id, ana.id, stage_id, score)
    face = scene.points[(ana.id, stages[2])]
    line = scene.curves[ana.id]
    view.centerOn(face)
    before_path = line.path()
    steps = editor.undo_stack.index()
    curve = scene.emotion_curve(ana.id)
    start = face.scenePos()
    end = QPointF(start.x(), curve.y_of(2) + 4)
    viewport = view.viewport()
    send_mouse(viewport, QEvent.Type.MouseButtonPress, view.mapFromScene(start))
    for i in range(1, 5):
        point = view.mapFromScene(start + (end - start) * i / 5)
        send_mouse(viewport, QEvent.Type.MouseMove, point, Qt.MouseButton.NoButton, Qt.MouseButton.LeftButton)
        QApplication.processEvents()
        # mid-drag: the face and its line follow the pointer, the model waits for the release
        assert face.scenePos().y() < start.y()
        assert line.path() != before_path
        assert _near(line.path(), face.scenePos())  # through the face, wherever it is now
        assert project.emotion_point(scene.map_id, ana.id, stages[2]).score == 0.0
    send_mouse(viewport, QEvent.Type.MouseButtonRelease, view.mapFromScene(end), Qt.MouseButton.LeftButton,
               Qt.MouseButton.NoButton)
    QApplication.processEvents()
    assert project.emotion_point(scene.map_id, ana.id, stages[2]).score == 2.0  # snapped
    assert editor.undo_stack.index() == steps + 1 and editor.undo_stack.undoText() == "Set emotion"
    layout_point = next(p for p in scene.emotion_curve(ana.id).points if p[0] == stages[2])
    assert (face.scenePos().x(), face.scenePos().y()) == (layout_point[1], layout_point[2])
    editor.undo()
    assert line.path() == before_path  # the line is back where the model says


def _near(path, point, distance: float = 1.5) -> bool:
    """The line passes through the point (a path's contains() is about its fill)."""
    from PySide6.QtGui import QPainterPathStroker

    stroker = QPainterPathStroker()
    stroker.setWidth(2 * distance)
    return stroker.createStroke(path).contains(point)


def test_a_new_persona_gets_a_handle_at_every_stage(journey):
    win, scene = journey, journey.scene
    editor = win.document.editor
    stages = stage_ids(win)
    ana = personas(win)[0]
    editor.set_emotion(scene.map_id, ana.id, stages[0], 1)
    noor = editor.add_persona("نور", colour="#CC79A7")
    rails = scene.curves[noor.id].rails
    assert set(rails) == set(stages) and all(rail.isVisible() for rail in rails.values())
    # the handles sit in the new persona's own slot, apart from the others' faces
    assert rails[stages[0]].scenePos().x() != scene.points[(ana.id, stages[0])].scenePos().x()
    # a persona the map does not show has no line and no handles
    editor.show_persona(scene.map_id, noor.id, False)
    assert noor.id not in scene.curves
    editor.undo()
    assert set(scene.curves[noor.id].rails) == set(stages)


def test_double_click_in_the_band_adds_a_point_and_edits_its_note(journey, qtbot):
    win, scene, view = journey, journey.scene, journey.view
    editor, project = win.document.editor, win.document.project
    contents = project.contents(scene.map_id)
    ana, boris = personas(win)
    stages = stage_ids(win)
    cards = len(contents.cards)
    target = handle_at(win, boris.id, stages[2], -1) + QPointF(4, 0)  # beside Boris's handle
    view.centerOn(target)
    double_click(view, target)
    point = project.emotion_point(scene.map_id, boris.id, stages[2])
    assert point is not None and point.score == -1.0
    assert len(contents.cards) == cards  # the emotions lane makes points, not note cards
    assert scene.editor_item is not None
    type_text(view.viewport(), "Слишком много полей")
    qtbot.keyClick(view.viewport(), Qt.Key.Key_Return)
    assert project.get(point.id).note == "Слишком много полей"
    # F2 (and Enter) on a selected face edits its note; Esc leaves it as it was
    face = scene.points[(boris.id, stages[2])]
    scene.clearSelection()
    face.setSelected(True)
    view.setFocus()
    steps = editor.undo_stack.index()
    qtbot.keyClick(view, Qt.Key.Key_F2)
    assert scene.editor_item is not None
    qtbot.keyClick(view.viewport(), Qt.Key.Key_Escape)
    assert scene.editor_item is None and editor.undo_stack.index() == steps
    face = scene.points[(boris.id, stages[2])]
    scene.clearSelection()
    face.setSelected(True)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert scene.editor_item is not None
    type_text(view.viewport(), "Too many fields")
    qtbot.keyClick(view.viewport(), Qt.Key.Key_Return)
    assert project.get(point.id).note == "Too many fields"
    assert editor.undo_stack.index() == steps + 1
    # a double-click on an existing face edits its note too, and adds nothing
    face = scene.points[(boris.id, stages[2])]
    double_click(view, face.scenePos())
    assert scene.editor_item is not None and len(contents.emotion_points) == 1
    qtbot.keyClick(view.viewport(), Qt.Key.Key_Escape)


def test_the_inspector_shows_a_point_and_never_writes_on_focus(journey, qtbot):
    win, scene = journey, journey.scene
    editor, project = win.document.editor, win.document.project
    editor.update(scene.map_id, scale_min=1, scale_max=5)
    ana = personas(win)[0]
    stage = stage_ids(win)[1]
    point = editor.set_emotion(scene.map_id, ana.id, stage, 3, note="Fine")
    scene.clearSelection()
    scene.points[(ana.id, stage)].setSelected(True)
    inspector = win.inspector
    assert inspector.entity_id == point.id
    spin, note = inspector._widgets["score"], inspector._widgets["note"]
    assert (spin.minimum(), spin.maximum(), spin.value()) == (1, 5, 3)
    assert note.toPlainText() == "Fine"
    steps = editor.undo_stack.index()
    for widget in (spin, note, spin):  # focus in and out: nothing is written
        widget.setFocus()
        QApplication.processEvents()
    win.view.setFocus()
    QApplication.processEvents()
    assert editor.undo_stack.index() == steps
    spin.stepBy(1)  # the spin box's up arrow: one step, at once
    assert project.get(point.id).score == 4.0 and editor.undo_stack.index() == steps + 1
    assert spin.value() == 4
    editor.undo()
    assert spin.value() == 3 and project.get(point.id).score == 3.0
    note.setFocus()
    note.setPlainText("Fine, then lost")
    win.view.setFocus()
    QApplication.processEvents()
    assert project.get(point.id).note == "Fine, then lost"


def _equal_scores_project(scale=(-2, 2)):
    project = Project("Faces")
    m = project.add(Map("Feelings", scale_min=scale[0], scale_max=scale[1]))
    stages = [project.add_stage(Stage(m.id, name)) for name in ("Find", "Buy", "Use")]
    project.add(Lane(m.id, "Emotions", "emotions", height=190))
    people = [project.add(Persona(name, colour=colour))
              for name, colour in (("Ana", "#0072B2"), ("Boris", "#D55E00"), ("Chen", "#009E73"))]
    m.persona_ids = [person.id for person in people]
    for stage in stages:
        for person in people:
            project.add(EmotionPoint(m.id, person.id, stage.id, scale[1]))  # everyone equal
    return project, m


@pytest.mark.parametrize("scale", [(-2, 2), (1, 5), (0, 10)])
def test_the_pdf_draws_equal_scores_side_by_side(tmp_path, monkeypatch, scale):
    from journeyeditor.export import pdf

    project, m = _equal_scores_project(scale)
    drawn = []
    real_face = pdf._face

    def face(canvas, x, y, *rest):
        drawn.append((x, y))
        real_face(canvas, x, y, *rest)

    monkeypatch.setattr(pdf, "_face", face)
    pdf.export_pdf(project, [m], tmp_path / "faces.pdf")
    layout = LayoutEngine().layout(project, m.id)
    expected = sorted((x, y) for curve in layout.curves for _, x, y, _ in curve.points)
    on_map = sorted(d for d in drawn if d in expected)  # the legend's faces are drawn too
    assert on_map == expected
    for stage in layout.columns:
        xs = [x for curve in layout.curves for sid, x, _, _ in curve.points if sid == stage.id]
        assert len(xs) == 3 and len(set(xs)) == 3
        assert min(b - a for a, b in zip(sorted(xs), sorted(xs)[1:])) >= 2 * 11  # faces apart
        assert all(stage.column.x < x < stage.column.right for x in xs)


def test_the_png_export_shows_no_editing_handles(tmp_path):
    from journeyeditor.export.png import render_map_image

    project, m = _equal_scores_project()
    m.persona_ids.append(project.add(Persona("Without points", colour="#CC79A7")).id)  # would have "+" handles on screen
    image = render_map_image(project, m)
    layout = LayoutEngine().layout(project, m.id)
    curve = next(c for c in layout.curves if not c.points)
    assert len(curve.missing) == 3
    stage_id, x = curve.missing[0]
    colours = {image.pixelColor(round(x) + dx, round(y)).name()
               for dx in range(-7, 8) for y in range(round(curve.band[0]), round(curve.band[1]))}
    assert "#cc79a7" not in colours


def test_scores_read_signed_only_on_scales_with_negatives():
    from journeyeditor.layout.style import score_text

    assert [score_text(s, -2) for s in (-2, 0, 2)] == ["-2", "0", "+2"]
    assert [score_text(s, 1) for s in (1, 5)] == ["1", "5"] and score_text(10, 0) == "10"


def test_the_wash_and_the_curves_share_one_band_below_the_lanes_cards(journey):
    """A card in the emotions lane pushes the score band down: the wash (screen and paper) is
    painted where the curves are, from layout.emotion_bands."""
    win, scene = journey, journey.scene
    contents = win.document.project.contents(scene.map_id)
    band_lane = next(lane for lane in contents.lanes if lane.kind == "emotions")
    win.document.editor.add_card(scene.map_id, contents.stages[0].id, band_lane.id, title="A note in the band")
    layout = scene.layout
    curve = layout.curves[0]
    card_bottom = layout.cards[next(iter(contents.cards))].rect.bottom
    assert layout.emotion_bands[band_lane.id] == curve.band
    assert curve.band[0] > card_bottom
