"""Gaps and evidence, as a user meets them: gap glyphs on the step boundaries (never on a
card), suggested gaps accepted and dismissed from their list, a gap added by a right-click on
a boundary, evidence added in the inspector, its badge on the card, the filter that leaves
only the claims without evidence standing out, and all of it on paper."""

from __future__ import annotations

import unicodedata

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QEvent, QPointF, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog
from test_canvas_gui import send_mouse, type_text
from test_steps_gui import right_click_choose

from journeyeditor.export.pdf import export_pdf
from journeyeditor.layout import LayoutEngine
from journeyeditor.layout.card_details import CHIP_HEIGHT
from journeyeditor.layout.gap_marks import GAP_LABELS, GLYPH_WIDTH
from journeyeditor.model import Card, Evidence, Gap, Lane, Map, Project, Stage, Step
from journeyeditor.model.evidence import claims_without_evidence
from journeyeditor.model.gaps import suggest_gaps
from journeyeditor.persistence import ProjectStore
from journeyeditor.templates import build_sample

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
CTRL_ALT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier


def overlaps(a, b) -> bool:
    return a.x < b.right and b.x < a.right and a.y < b.bottom and b.y < a.bottom


def pdf_text(path) -> str:
    return unicodedata.normalize("NFKC", "\n".join(page.extract_text() for page in PdfReader(path).pages))


def on_next_dialog(fill) -> list:
    """Run `fill(dialog)` on the modal dialog that the next action opens, as a person would
    fill it in; returns a list that holds the dialog once seen."""
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


def on_disk(path):
    return ProjectStore.open(path, read_only=True)


# ------------------------------------------------------------------ layout
def test_the_samples_three_gaps_sit_on_their_boundaries_clear_of_every_card():
    project = build_sample()
    m = project.maps[0]
    contents = project.contents(m.id)
    layout = LayoutEngine().layout(project, m.id)
    assert {mark.kind for mark in layout.gap_marks} == {"device", "department", "channel"}
    assert len(layout.gap_marks) == len(contents.gaps) == 3
    lanes = {lane.id: lane for lane in layout.lanes}
    for mark in layout.gap_marks:
        gap = contents.gaps[mark.id]
        assert mark.x == layout.column_box(gap.step_id).column.right  # on the step's right edge
        row = lanes[gap.lane_id].row
        assert row.y <= mark.box.y and mark.box.bottom <= row.bottom  # in its lane
        assert mark.box.w == GLYPH_WIDTH and mark.box.cx == mark.x
        assert not mark.overlaps
        assert not [box.id for box in layout.cards.values() if overlaps(mark.box, box.rect)]
    # the legend lists every gap kind and both evidence kinds
    labels = [item.label for item in layout.gap_legend]
    assert labels[:5] == ["Gaps", *GAP_LABELS.values()] and labels[5:] == ["Evidence", "Analytical", "Anecdotal"]
    assert all(item.y > layout.lanes[-1].row.bottom for item in layout.gap_legend)


def boundary_map():
    """Two steps, one lane whose card spans both (it crosses their boundary), a card in each cell."""
    project = Project("gaps")
    m = project.add(Map("Gaps"))
    stage = project.add_stage(Stage(m.id, "Use", width=240))
    left = project.contents(m.id).steps_of(stage.id)[0]
    right = project.add(Step(m.id, stage.id, "Pay", width=240))
    lane = project.add(Lane(m.id, "Touchpoints", "touchpoints", height=300))
    for title in ("Site", "Form"):
        project.add(Card(m.id, stage.id, lane.id, title, step_id=left.id))
    project.add(Card(m.id, stage.id, lane.id, "Checkout", step_id=right.id))
    wide = project.add(Card(m.id, stage.id, lane.id, "Across both steps", step_id=left.id, span=2))
    return project, m, left, lane, wide


def test_a_glyph_keeps_clear_of_a_card_spanning_its_boundary_and_gaps_stack():
    project, m, left, lane, wide = boundary_map()
    first = project.add(Gap(m.id, left.id, lane.id, "channel", "web → phone"))
    engine = LayoutEngine()
    layout = engine.layout(project, m.id)
    (mark,) = layout.gap_marks
    spanning = layout.cards[wide.id].rect
    assert spanning.x < mark.x < spanning.right  # the wide card crosses the boundary …
    assert not overlaps(mark.box, spanning) and not mark.overlaps  # … and the glyph keeps off it
    row = layout.lanes[0].row
    assert row.y <= mark.box.y and mark.box.bottom <= row.bottom
    # a second gap at the same boundary and lane stacks under the first, both clear of cards
    second = project.add(Gap(m.id, left.id, lane.id, "department", "Sales → Support"))
    layout = engine.layout(project, m.id)
    boxes = {mark.id: mark.box for mark in layout.gap_marks}
    assert boxes[second.id].y > boxes[first.id].bottom
    for box in boxes.values():
        assert not [card.id for card in layout.cards.values() if overlaps(box, card.rect)]


def test_evidence_badges_count_each_kind_and_the_card_grows_to_hold_them():
    project, m, *_rest = boundary_map()
    card = next(c for c in project.contents(m.id).cards.values() if c.title == "Checkout")
    engine = LayoutEngine()
    before = engine.layout(project, m.id).cards[card.id].rect
    for kind in ("analytical", "analytical", "anecdotal"):
        project.add(Evidence(m.id, card.id, kind, "survey" if kind == "analytical" else "interview"))
    box = engine.layout(project, m.id).cards[card.id]  # the same engine: its caches follow the evidence
    assert [(chip.kind, chip.text) for chip in box.details.chips] == [("analytical", "2"), ("anecdotal", "1")]
    assert [chip.full for chip in box.details.chips] == ["2 analytical evidence", "1 anecdotal evidence"]
    assert box.rect.h > before.h  # the card grew to hold its badges under its title
    title_bottom = engine._text_bottom(box.title_lines, box.body_lines)
    assert all(title_bottom < chip.y and chip.y + CHIP_HEIGHT <= box.local.h - 8 for chip in box.details.chips)
    # the owner comes first, the badges after it on its row
    project.update(card.id, owner="Payments")
    box = engine.layout(project, m.id).cards[card.id]
    assert [(chip.kind, chip.text) for chip in box.details.chips] == [
        ("owner", "Payments"), ("analytical", "2"), ("anecdotal", "1")]
    assert len({chip.y for chip in box.details.chips}) == 1
    for chip in box.details.chips:
        assert 0 <= chip.x and chip.x + chip.w <= box.local.w and chip.y + chip.h <= box.local.h
    # a card with evidence and nothing else gets its badges alone
    other = next(c for c in project.contents(m.id).cards.values() if c.title == "Site")
    project.add(Evidence(m.id, other.id, "anecdotal", "quote"))
    assert [(c.kind, c.text) for c in engine.layout(project, m.id).cards[other.id].details.chips] == [("anecdotal", "1")]


# ------------------------------------------------------------------ the window
@pytest.fixture
def sample(qtbot, sample_file):
    from conftest import close_window, open_window

    win = open_window(qtbot, sample_file)
    yield win, sample_file
    close_window(win)


def back_to(qtbot, win) -> None:
    """The window active again with the canvas focused, as after a dialog closes."""
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    win.view.setFocus()


def press(qtbot, widget, key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(widget, key, modifiers)
    QApplication.processEvents()


def test_suggested_gaps_are_accepted_and_dismissed_from_their_list(qtbot, sample):
    win, path = sample
    editor, project, scene = win.document.editor, win.document.project, win.scene
    m = project.maps[0]
    before = len(project.contents(m.id).gaps)
    offered = suggest_gaps(project, m.id)
    assert len(offered) == 4
    press(qtbot, win.view, Qt.Key.Key_G, CTRL_SHIFT)  # Map ▸ Suggest Gaps…
    dialog = win.gap_suggestions
    qtbot.waitUntil(dialog.isVisible)
    tree = dialog.tree
    assert tree.topLevelItemCount() == 4
    assert tree.topLevelItem(2).text(0) == "Device switch"
    assert "“Compares prices” → “Reads reviews”, in Channels" == tree.topLevelItem(2).text(1)
    # choosing a row lights up its boundary on the canvas
    tree.setFocus()
    press(qtbot, tree, Qt.Key.Key_Down)
    second = offered[1]
    highlight = scene.gap_overlay.highlight
    assert highlight.isVisible()
    column = scene.layout.column_box(second.step_id).column
    lane = next(lane for lane in scene.layout.lanes if lane.id == second.lane_id)
    assert highlight.rect().center().x() == column.right
    assert lane.row.y < highlight.rect().center().y() < lane.row.bottom
    assert win.view.mapToScene(win.view.viewport().rect()).boundingRect().intersects(highlight.rect())

    # Enter accepts the selected suggestion: one undo step, a glyph on the map, in the file
    count = editor.undo_stack.count()
    press(qtbot, tree, Qt.Key.Key_Return)
    gaps = project.contents(m.id).gaps
    assert len(gaps) == before + 1 and editor.undo_stack.count() == count + 1
    accepted = next(g for g in gaps.values() if (g.step_id, g.lane_id) == (second.step_id, second.lane_id))
    assert (accepted.kind, accepted.note) == (second.kind, second.reason)
    assert accepted.id in scene.gap_overlay.items
    assert tree.topLevelItemCount() == 3 and tree.currentItem() is tree.topLevelItem(1)
    # Delete dismisses the next one: one undo step; it is never offered again
    third = offered[2]
    press(qtbot, tree, Qt.Key.Key_Delete)
    assert project.get(m.id).dismissed_gaps == [third.key] and editor.undo_stack.count() == count + 2
    assert tree.topLevelItemCount() == 2
    assert third.key not in [s.key for s in suggest_gaps(project, m.id)]
    with on_disk(path) as stored:
        assert len(stored.project.contents(m.id).gaps) == before + 1
        assert stored.project.get(m.id).dismissed_gaps == [third.key]
    # Ctrl+Z in the list takes the dismissal back: the suggestion returns, the file follows
    press(qtbot, tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert project.get(m.id).dismissed_gaps == [] and tree.topLevelItemCount() == 3
    with on_disk(path) as stored:
        assert stored.project.get(m.id).dismissed_gaps == []
        assert accepted.id in stored.project.contents(m.id).gaps
    # Accept All: every suggestion left, as one undo step
    dialog.accept_all_button.click()
    assert tree.topLevelItemCount() == 0 and len(project.contents(m.id).gaps) == before + 4
    assert editor.undo_stack.undoText().startswith("Accept 3")
    editor.undo()
    assert len(project.contents(m.id).gaps) == before + 1 and tree.topLevelItemCount() == 3
    dialog.close()
    assert not highlight.isVisible()


def test_a_gap_is_added_by_a_right_click_on_a_boundary_then_selected_edited_and_deleted(qtbot, sample):
    win, path = sample
    editor, project, scene = win.document.editor, win.document.project, win.scene
    m = project.maps[0]
    layout = scene.layout
    steps = {step.name: step for step in project.contents(m.id).columns()}
    lanes = {lane.name: lane for lane in project.contents(m.id).lanes}
    unlocks, thoughts = steps["Unlocks"], lanes["Thoughts"]
    column = layout.column_box(unlocks.id).column
    row = next(lane for lane in layout.lanes if lane.id == thoughts.id).row
    spot = QPointF(column.right - 4, row.bottom - 10)  # in the gutter left of the boundary, under the cards
    win.view.centerOn(spot)
    QApplication.processEvents()

    def fill(dialog) -> None:
        dialog.kind.setCurrentIndex(dialog.kind.findData("department"))
        dialog.note.setFocus()
        type_text(dialog.note, "Support takes over from Operations")
        dialog.accept()

    count = editor.undo_stack.count()
    seen = on_next_dialog(fill)
    right_click_choose(win, spot, "Add Gap Here (“Unlocks” → “Rides”, in Thoughts)…")
    assert seen
    (gap,) = [g for g in project.contents(m.id).gaps.values() if g.lane_id == thoughts.id]
    assert (gap.step_id, gap.kind, gap.note) == (unlocks.id, "department", "Support takes over from Operations")
    assert editor.undo_stack.count() == count + 1 and editor.undo_stack.undoText() == "Add gap"
    with on_disk(path) as stored:
        assert stored.project.get(gap.id).note == "Support takes over from Operations"

    # its glyph: selected (the dialog selected it), shown in the inspector, telling its kind on hover
    item = scene.gap_overlay.items[gap.id]
    assert item.isSelected() and win.inspector.entity_id == gap.id
    assert item.toolTip() == "Department hand-off\nSupport takes over from Operations"
    assert item.mark.box.cx == column.right
    # a click elsewhere, then a click on the glyph selects it again
    scene.clearSelection()
    centre = win.view.mapFromScene(QPointF(item.mark.x, item.mark.disc[1]))
    send_mouse(win.view.viewport(), QEvent.Type.MouseButtonPress, centre)
    send_mouse(win.view.viewport(), QEvent.Type.MouseButtonRelease, centre, buttons=Qt.MouseButton.NoButton)
    QApplication.processEvents()
    assert scene.selected_ids() == [gap.id]
    assert win.inspector._heading.text() == "Gap"
    kind_box = win.inspector._widgets["kind"]
    assert kind_box.currentData() == "department"
    # the inspector changes its kind (Down in its list: the next kind): one undo step, the glyph follows
    count = editor.undo_stack.count()
    kind_box.setFocus()
    press(qtbot, kind_box, Qt.Key.Key_Down)
    assert editor.undo_stack.count() == count + 1
    assert project.get(gap.id).kind == "channel" and scene.gap_overlay.items[gap.id].mark.kind == "channel"
    # Delete removes it (one undo step); undo brings it back
    back_to(qtbot, win)
    press(qtbot, win.view, Qt.Key.Key_Delete)
    assert project.get(gap.id) is None and gap.id not in scene.gap_overlay.items
    with on_disk(path) as stored:
        assert stored.project.get(gap.id) is None
    editor.undo()
    assert project.get(gap.id).kind == "channel" and gap.id in scene.gap_overlay.items

    # on a card: "Add Gap After This Step…" puts it after the card's step, in its lane
    card = next(c for c in project.contents(m.id).cards.values() if c.title == "Dock screen")
    known = set(project.contents(m.id).gaps)
    seen = on_next_dialog(lambda dialog: (dialog.kind.setCurrentIndex(dialog.kind.findData("device")),
                                          dialog.accept()))
    right_click_choose(win, scene.cards[card.id].sceneBoundingRect().center(), "Add Gap After This Step…")
    assert seen
    made = [g for g in project.contents(m.id).gaps.values() if g.id not in known]
    assert [(g.step_id, g.lane_id, g.kind) for g in made] == [(card.step_id, card.lane_id, "device")]


def fill_evidence(kind: str, method: str, source: str, date: str, quote: str, link: str = ""):
    def fill(dialog) -> None:
        dialog.kind.setCurrentIndex(dialog.kind.findData(kind))
        methods = [dialog.method.itemText(i) for i in range(dialog.method.count())]
        assert methods == (["interview", "observation", "quote"] if kind == "anecdotal"
                           else ["survey", "analytics", "log", "support tickets"])
        dialog.method.setEditText(method)
        dialog.source.setFocus()
        type_text(dialog.source, source)
        type_text(dialog.link, link)
        from PySide6.QtCore import QDate

        dialog.date.setDate(QDate.fromString(date, "yyyy-MM-dd"))
        type_text(dialog.quote, quote)
        dialog.accept()

    return fill


def test_evidence_is_added_in_the_inspector_in_one_step_and_shows_as_a_badge(qtbot, sample, monkeypatch):
    win, path = sample
    editor, project, scene = win.document.editor, win.document.project, win.scene
    m = project.maps[0]
    card = next(c for c in project.contents(m.id).cards.values() if c.title == "Dock full at the office")
    item = scene.cards[card.id]
    win.view.centerOn(item)
    QApplication.processEvents()
    centre = win.view.mapFromScene(item.sceneBoundingRect().center())
    send_mouse(win.view.viewport(), QEvent.Type.MouseButtonPress, centre)
    send_mouse(win.view.viewport(), QEvent.Type.MouseButtonRelease, centre, buttons=Qt.MouseButton.NoButton)
    QApplication.processEvents()
    assert scene.selected_card_ids() == [card.id]
    section = win.inspector._evidence
    assert section is not None and section.empty.isVisible() and not section.items
    assert card.id in claims_without_evidence(project, m.id)

    count = editor.undo_stack.count()
    seen = on_next_dialog(fill_evidence("anecdotal", "interview", "Rider 9, Shanghai", "2026-04-20",
                                        "There was never a free dock by the office.", "notes/rider-9.md"))
    section.add_button.click()
    assert seen
    assert editor.undo_stack.count() == count + 1 and editor.undo_stack.undoText() == "Add evidence"
    (evidence,) = section.items
    assert (evidence.kind, evidence.method, evidence.source, evidence.date, evidence.quote, evidence.link) == (
        "anecdotal", "interview", "Rider 9, Shanghai", "2026-04-20", "There was never a free dock by the office.",
        "notes/rider-9.md")
    assert section.list.item(0).text() == "Interview · Rider 9, Shanghai · 2026-04-20"
    with on_disk(path) as stored:
        assert stored.project.get(evidence.id).quote == "There was never a free dock by the office."
    # the card wears its badge, on screen (and its tooltip says it in words)
    box = scene.layout.cards[card.id]
    assert [(chip.kind, chip.text) for chip in box.details.chips if chip.kind == "anecdotal"] == [("anecdotal", "1")]
    assert "1 anecdotal evidence" in scene.cards[card.id].toolTip()
    assert card.id not in claims_without_evidence(project, m.id)

    # Open: a relative file opens from the project's folder
    (path.parent / "notes").mkdir()
    (path.parent / "notes" / "rider-9.md").write_text("notes")
    opened = []
    monkeypatch.setattr("journeyeditor.ui.evidence.QDesktopServices.openUrl", lambda url: opened.append(url) or True)
    section.open_button.click()
    assert [url.toLocalFile() for url in opened] == [str(path.parent / "notes" / "rider-9.md")]

    # Edit…: a second kind of method, one undo step
    seen = on_next_dialog(lambda dialog: (dialog.method.setEditText("observation"), dialog.accept()))
    section.edit_button.click()
    assert seen and project.get(evidence.id).method == "observation"
    assert editor.undo_stack.undoText() == "Edit evidence" and editor.undo_stack.count() == count + 2
    # Delete in the list removes the item, not the card; undo brings it back
    section.list.setFocus()
    press(qtbot, section.list, Qt.Key.Key_Delete)
    assert project.get(evidence.id) is None and project.get(card.id) is not None
    assert not [chip for chip in scene.layout.cards[card.id].details.chips if chip.kind == "anecdotal"]
    editor.undo()
    assert project.get(evidence.id).method == "observation" and len(section.items) == 1
    editor.undo()
    editor.undo()
    assert project.get(evidence.id) is None and section.empty.isVisible()
    with on_disk(path) as stored:
        assert stored.project.get(evidence.id) is None


def accent_pixel(scene, card_id: str):
    """The colour painted in the middle of a card's accent bar."""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QColor, QImage, QPainter

    rect = scene.cards[card_id].sceneBoundingRect()
    box = scene.layout.cards[card_id].rect
    image = QImage(8, 8, QImage.Format.Format_RGB32)
    image.fill(QColor("#000000"))
    painter = QPainter(image)
    scene.render(painter, QRectF(0, 0, 8, 8), QRectF(box.cx - 1, box.y + 1, 2, 2))
    painter.end()
    assert rect.contains(box.cx, box.y + 2)
    return image.pixelColor(4, 4)


def test_claims_without_evidence_stand_out_and_are_counted(qtbot, sample):
    win, _path = sample
    project, scene = win.document.project, win.scene
    m = project.maps[0]
    claims = set(claims_without_evidence(project, m.id))
    assert claims and all(item.opacity() == 1.0 for item in scene.cards.values())
    win.view.setFocus()
    press(qtbot, win.view, Qt.Key.Key_E, CTRL_ALT)  # View ▸ Claims Without Evidence
    assert win.claims_action.isChecked()
    for card_id, item in scene.cards.items():
        assert (item.opacity() == 1.0) == (card_id in claims), project.get(card_id).title
    backed = next(c for c in project.contents(m.id).cards.values() if c.title == "ID upload fails")
    note = next(c for c in project.contents(m.id).cards.values() if c.title == "Diary study")
    assert scene.cards[backed.id].opacity() < 1 and scene.cards[note.id].opacity() < 1  # backed; not a claim
    assert win.claims_label.isVisible() and win.claims_label.text() == f"{len(claims)} claims without evidence"
    # painted: a claim's accent bar in its full colour, a backed card's faded to near white
    dock_full = next(c for c in project.contents(m.id).cards.values() if c.title == "Dock full at the office")
    claim_accent, backed_accent = accent_pixel(scene, dock_full.id), accent_pixel(scene, backed.id)
    assert claim_accent.red() > 180 and claim_accent.blue() < 60  # #D55E00
    assert backed_accent.blue() > 180 and backed_accent.lightness() > claim_accent.lightness() + 60
    # evidence for a claim: it joins the dimmed ones and the count drops
    claim = dock_full
    win.document.editor.add_evidence(claim.id, "analytical", method="log")
    assert scene.cards[claim.id].opacity() < 1
    assert win.claims_label.text() == f"{len(claims) - 1} claims without evidence"
    press(qtbot, win.view, Qt.Key.Key_E, CTRL_ALT)
    assert not win.claims_action.isChecked() and not win.claims_label.isVisible()
    assert all(item.opacity() == 1.0 for item in scene.cards.values())


def test_the_pdf_shows_the_gap_glyphs_legend_and_evidence_badges(tmp_path):
    project = build_sample()
    m = project.maps[0]
    path = tmp_path / "map.pdf"
    export_pdf(project, [m], path)
    text = pdf_text(path)
    flat = " ".join(text.split())
    for words in ("Gaps", "Device switch", "Department hand-off", "Channel switch", "Other gap",
                  "Evidence", "Analytical", "Anecdotal"):
        assert words in flat, words
    # each glyph carries its kind and note, each badge its count in words, for search and copy
    for gap in project.contents(m.id).gaps.values():
        assert GAP_LABELS[gap.kind] in flat
    assert "2 analytical evidence" in flat and "1 anecdotal evidence" in flat
