"""Right-click menus on the canvas: what applies to the card, cell, header, connector, emotion
face or empty canvas under the pointer. Every entry runs the same code as the menus and keys."""

from __future__ import annotations

from PySide6.QtCore import QPointF
from PySide6.QtWidgets import QInputDialog, QMenu

from ..i18n import tr
from ..layout.style import CARD_LABELS, LANE_KIND_LABELS
from ..model import Card, CardType, LaneKind


def build_context_menu(window, item, scene_pos: QPointF) -> QMenu:
    """The menu for `item` (a canvas item with a `kind`, or None for a cell or the canvas)."""
    menu = QMenu(window)
    kind = getattr(item, "kind", "") if item is not None else ""
    writable = window.document is not None and not window.document.read_only
    scene = window.scene
    if kind == "card":
        _card_menu(window, menu, item, writable)
    elif kind in ("stage", "lane"):
        _header_menu(window, menu, item, writable)
        if kind == "stage":
            _stage_steps_menu(window, menu, item, writable)
    elif kind == "step":
        _step_menu(window, menu, item, writable)
    elif kind == "connector":
        _connector_menu(window, menu, item, writable)
    elif kind == "emotion_point":
        _emotion_menu(window, menu, item, writable)
    elif kind == "emotion_rail":
        _emotion_add_menu(window, menu, item, writable)
    elif kind == "metric":
        _metric_menu(window, menu, item, writable)
    elif kind == "gap":
        _gap_menu(window, menu, item, writable)
    else:
        stage, lane = scene.cell_at(scene_pos) if scene is not None else (None, None)
        if stage and lane:
            add = menu.addAction(tr("Add Card Here"), lambda: scene.add_card_at(stage.id, lane.id, scene_pos.y()))
            add.setEnabled(writable)
            paste = menu.addAction(tr("Paste Here"), lambda: window.paste(cell=(stage.id, lane.id)))
            paste.setEnabled(writable and window.clipboard_has_cards())
            _add_gap_entry(window, menu, scene_pos, lane.id, writable)
            menu.addSeparator()
        for text, slot in ((tr("Add Stage"), window.add_stage), (tr("Add Lane"), window.add_lane)):
            menu.addAction(text, slot).setEnabled(writable and scene is not None and scene.map_id is not None)
        menu.addSeparator()
        menu.addAction(tr("Fit to Window"), window.view.zoom_fit)
        menu.addAction(tr("Export PNG…"), window.export_png)
        menu.addAction(tr("Export PDF…"), window.export_pdf)
    if kind in ("card", "stage", "step"):
        menu.addSeparator()
        menu.addAction(tr("Add Metric…"), lambda: window.add_metric(item.entity_id)).setEnabled(writable)
    from ..workshop.window import add_comment_entries

    add_comment_entries(window, menu, item)
    return menu


def _metric_menu(window, menu: QMenu, item, writable: bool) -> None:
    """A metric's chip: edit it, add its next period, delete it."""
    from .metrics_ui import add_metric_dialog

    editor = window.document.editor
    metric = window.document.project.get(item.metric_id)
    if metric is None:
        return
    menu.addAction(tr("Edit Metric…"), lambda: window.edit_metric(metric.id))
    menu.addAction(tr("Add Next Period…"), lambda: add_metric_dialog(
        window, editor, metric.subject_id, after=metric)).setEnabled(writable)
    menu.addAction(tr("Delete Metric"), lambda: window._edit(lambda: editor.remove([metric.id]))).setEnabled(writable)


def _card_menu(window, menu: QMenu, item, writable: bool) -> None:
    card = window.document.project.get(item.entity_id)
    for text, slot in ((tr("Edit Text"), window.edit_text), (tr("Cut"), window.cut), (tr("Copy"), window.copy),
                       (tr("Paste Here"), lambda: window.paste(cell=(card.step_id, card.lane_id))),
                       (tr("Duplicate"), window.duplicate), (tr("Delete"), window.delete_selection)):
        action = menu.addAction(text, slot)
        can_paste = text != tr("Paste Here") or window.clipboard_has_cards()
        action.setEnabled(text == tr("Copy") or (writable and can_paste))
    menu.addSeparator()
    types = menu.addMenu(tr("Card Type"))
    for card_type in CardType:
        action = types.addAction(tr(CARD_LABELS[card_type.value]),
                                 lambda t=card_type.value: window.set_card_type(t))
        action.setCheckable(True)
        action.setChecked(isinstance(card, Card) and card.type == card_type.value)
        action.setEnabled(writable)
    move = menu.addMenu(tr("Move One Cell"))
    for text, direction in ((tr("Left"), "left"), (tr("Right"), "right"), (tr("Up"), "up"), (tr("Down"), "down")):
        move.addAction(text, lambda d=direction: window.scene.keyboard_move(d)).setEnabled(writable)
    menu.addSeparator()
    step_id, lane_id = window._gap_place()
    columns = [step.id for step in window.document.project.contents(window.scene.map_id).columns()]
    after = menu.addAction(tr("Add Gap After This Step…"), lambda: window.add_gap(step_id, lane_id))
    after.setEnabled(writable and step_id in columns[:-1])


def _add_gap_entry(window, menu: QMenu, scene_pos: QPointF, lane_id: str, writable: bool) -> None:
    """In a cell: a gap on the step boundary nearest the pointer, in this lane."""
    from .gaps import boundary_near, boundary_words

    step_id = boundary_near(window.scene.layout, scene_pos.x())
    if step_id is None:
        return
    where = boundary_words(window.document.project, step_id, lane_id)
    menu.addAction(tr("Add Gap Here ({0})…").format(where), lambda: window.add_gap(step_id, lane_id)).setEnabled(
        writable)


def _gap_menu(window, menu: QMenu, item, writable: bool) -> None:
    editor = window.document.editor
    gap = window.document.project.get(item.entity_id)
    if gap is None:
        return
    from ..layout.gap_marks import GAP_LABELS

    menu.addAction(tr("Edit Gap…"), lambda: window.edit_gap(gap.id)).setEnabled(writable)
    kinds = menu.addMenu(tr("Gap Kind"))
    for value, label in GAP_LABELS.items():
        action = kinds.addAction(tr(label), lambda k=value: window._edit(lambda: editor.update(gap.id, kind=k)))
        action.setCheckable(True)
        action.setChecked(gap.kind == value)
        action.setEnabled(writable)
    menu.addAction(tr("Delete Gap"), window.delete_selection).setEnabled(writable)


def _header_menu(window, menu: QMenu, item, writable: bool) -> None:
    scene, editor = window.scene, window.document.editor
    contents = window.document.project.contents(scene.map_id)
    if item.kind == "stage":
        index = [s.id for s in contents.stages].index(item.entity_id)
        entries = ((tr("Rename Stage"), window.edit_text),
                   (tr("Add Stage Before"), lambda: window.add_stage(index)),
                   (tr("Add Stage After"), lambda: window.add_stage(index + 1)),
                   (tr("Delete Stage"), window.delete_selection))
    else:
        index = [lane.id for lane in contents.lanes].index(item.entity_id)
        entries = ((tr("Rename Lane"), window.edit_text),
                   (tr("Add Lane Above"), lambda: window.add_lane(index)),
                   (tr("Add Lane Below"), lambda: window.add_lane(index + 1)),
                   (tr("Delete Lane"), window.delete_selection))
    for text, slot in entries:
        menu.addAction(text, slot).setEnabled(writable)
    if item.kind == "lane":
        kinds = menu.addMenu(tr("Lane Kind"))
        lane = window.document.project.get(item.entity_id)
        for lane_kind in LaneKind:
            action = kinds.addAction(tr(LANE_KIND_LABELS.get(lane_kind.value, lane_kind.value)),
                                     lambda k=lane_kind.value: window._edit(lambda: editor.update(item.entity_id, kind=k)))
            action.setCheckable(True)
            action.setChecked(lane.kind == lane_kind.value)
            action.setEnabled(writable)


def _stage_steps_menu(window, menu: QMenu, item, writable: bool) -> None:
    """A stage header's entries for its steps: one more at its end; a one-step stage split."""
    steps = window.document.project.contents(window.scene.map_id).steps_of(item.entity_id)
    menu.addSeparator()
    menu.addAction(tr("Add Step"), lambda: window.add_step(item.entity_id)).setEnabled(writable)
    if len(steps) == 1:
        menu.addAction(tr("Split into Steps…"), lambda: window.split_stage(item.entity_id)).setEnabled(writable)


def _step_menu(window, menu: QMenu, item, writable: bool) -> None:
    step = window.document.project.get(item.entity_id)
    siblings = [s.id for s in window.document.project.contents(window.scene.map_id).steps_of(step.stage_id)]
    index = siblings.index(step.id)
    entries = ((tr("Rename Step"), window.edit_text, True),
               (tr("Add Step Before"), lambda: window.add_step(step.stage_id, index), True),
               (tr("Add Step After"), lambda: window.add_step(step.stage_id, index + 1), True),
               (tr("Move Left"), lambda: window.move_step(step.id, -1), index > 0),
               (tr("Move Right"), lambda: window.move_step(step.id, 1), index < len(siblings) - 1))
    for text, slot, possible in entries:
        menu.addAction(text, slot).setEnabled(writable and possible)
    menu.addSeparator()
    if len(siblings) > 1:
        menu.addAction(tr("Delete Step"), window.delete_selection).setEnabled(writable)
    else:  # the reason in the entry itself: a disabled entry's tooltip rarely shows
        menu.addAction(tr("Delete Step (a stage keeps at least one)")).setEnabled(False)


def _connector_menu(window, menu: QMenu, item, writable: bool) -> None:
    editor = window.document.editor
    connector = window.document.project.get(item.entity_id)

    def edit_label() -> None:
        text, ok = QInputDialog.getText(window, tr("Connector label"), tr("Label:"), text=connector.label)
        if ok:
            window._edit(lambda: editor.update(connector.id, label=text.strip()))

    menu.addAction(tr("Edit Label…"), edit_label).setEnabled(writable)
    two_way = menu.addAction(tr("Two-Way"), lambda: window._edit(
        lambda: editor.update(connector.id, two_way=not connector.two_way)))
    two_way.setCheckable(True)
    two_way.setChecked(connector.two_way)
    two_way.setEnabled(writable)
    menu.addAction(tr("Delete Connector"), window.delete_selection).setEnabled(writable)


def _emotion_menu(window, menu: QMenu, item, writable: bool) -> None:
    editor, scene = window.document.editor, window.scene
    point = window.document.project.get(item.entity_id)
    m = window.document.project.get(scene.map_id)
    if point is None:
        return

    menu.addAction(tr("Edit Note"), lambda: scene.begin_emotion_note(item)).setEnabled(writable)
    scores = menu.addMenu(tr("Score"))
    for score in range(m.scale_max, m.scale_min - 1, -1):
        action = scores.addAction(f"{score:+d}" if m.scale_min < 0 else str(score),
                                  lambda s=score: window._edit(lambda: editor.update(point.id, score=float(s))))
        action.setCheckable(True)
        action.setChecked(round(point.score) == score)
        action.setEnabled(writable)
    menu.addAction(tr("Delete Point"), window.delete_selection).setEnabled(writable)


def _emotion_add_menu(window, menu: QMenu, item, writable: bool) -> None:
    """An add handle: the persona's point at this stage, at a chosen score."""
    project, scene = window.document.project, window.scene
    persona = project.get(item.persona_id)
    m = project.get(scene.map_id)
    if persona is None or m is None:
        return
    scores = menu.addMenu(tr("Add Point for {0}").format(persona.name))
    for score in range(m.scale_max, m.scale_min - 1, -1):
        scores.addAction(f"{score:+d}" if m.scale_min < 0 else str(score),
                         lambda s=score: scene.add_emotion_at(persona.id, item.step_id, float(s))).setEnabled(writable)
