"""The map scene: mirrors one map of the model through the shared layout.

After each step of the undo stack the scene lays the map out again and updates its items in
place. The layout reuses each cell's card stack until a card in it changes; the scene touches
the cards of stacks that are new and only moves the others' layers (each stack's cards are
children of one LaneLayer at its lane's top), so an edit costs what it changed, not the map's
size.
"""

from __future__ import annotations

import weakref
from functools import partial

import shiboken6
from PySide6.QtCore import QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPen, QPixmapCache, QTransform
from PySide6.QtWidgets import QGraphicsLineItem, QGraphicsRectItem, QGraphicsScene

from ..editor import Editor
from ..i18n import number, tr
from ..layout import LayoutEngine, MapLayout
from ..layout.card_details import one_line, progress_chips, tag_text
from ..layout.theme import current as theme
from ..model import Card, ModelError, Step, copy_entity
from .inline_edit import InlineEditor
from .items import CardItem, ConnectorItem, CurveItem, EmotionPointItem, GridItem, HeaderItem, LaneLayer
from .metrics import MetricOverlay
from .compare import CompareOverlay
from .gaps import GapOverlay
from .personas import PersonaOverlay

#: a step (a column) is never dragged narrower than this: a card in it keeps a few words a line
MIN_STEP_WIDTH = 100

KIND_NAMES = {"current-state": "Current state", "future-state": "Future state",
              "day-in-the-life": "Day in the life", "service-blueprint": "Service blueprint"}


def step_placeholders(layout: MapLayout) -> dict[str, str]:
    """What an unnamed step's header shows on screen: "Step 2", its place in its stage. A stage
    with one unnamed step shows none (its tab is the stage itself)."""
    counts: dict[str, int] = {}
    for box in layout.columns:
        counts[box.stage_id] = counts.get(box.stage_id, 0) + 1
    placeholders, seen = {}, {}
    for box in layout.columns:
        seen[box.stage_id] = seen.get(box.stage_id, 0) + 1
        if not box.name.strip() and counts[box.stage_id] > 1:
            placeholders[box.id] = tr("Step {0}").format(number(seen[box.stage_id]))
    return placeholders


def card_markers(card: Card) -> tuple:
    markers = []
    if card.fail_point:
        markers.append(("F", "#D55E00"))
    if card.wait_point:
        markers.append(("W", "#E69F00"))
    return tuple(markers)


def card_tooltip(card: Card, details=None) -> str:
    """A card's text in full, with the owner, its evidence badges in words and the tags its
    chips may cut or count as "+N"."""
    lines = [text for text in (card.title, card.body) if text]
    if card.owner.strip():
        lines.append(tr("Owner: {0}").format(one_line(card.owner)))
    words = {"analytical": tr("{0} analytical evidence"), "anecdotal": tr("{0} anecdotal evidence")}
    badges = [words[chip.kind].format(chip.text) for chip in (details.chips if details else ())
              if chip.kind in words]
    if badges:
        lines.append(", ".join(badges))
    progress = progress_chips(card.status, card.due, card.impact, card.effort)
    if progress:  # the rating in words: its chip says "I4 · E2"
        rating = tr("Impact {0}, effort {1}").format(card.impact or "–", card.effort or "–") \
            if card.impact or card.effort else ""
        lines.append(" · ".join(x for x in (progress[0][1] if progress[0][0] != "rating" else "", rating) if x))
    tags = [tag_text(tag) for tag in card.tags if tag.strip()]
    if tags:
        lines.append(" ".join(tags))
    return "\n".join(lines)


#: the pixmap cache's size for a window's cards (Qt counts it in KB): about four full-HD screens
CARD_CACHE_KB = 4 * 1920 * 1080 * 4 // 1024


class MapScene(QGraphicsScene):
    map_changed = Signal()  # after each relayout
    context_requested = Signal(object, QPointF, QPoint)  # item (or None), scene and screen position
    hint = Signal(str)  # a word for the status bar ("" clears it)
    persona_requested = Signal(str)  # a persona's card on the sheet double-clicked: edit it
    metric_requested = Signal(str)  # a metric's chip double-clicked: edit it
    gap_requested = Signal(str)  # a gap's glyph double-clicked: edit it

    def __init__(self, editor: Editor, engine: LayoutEngine | None = None, parent=None,
                 cache_cards: bool = True) -> None:
        super().__init__(parent)
        # a view blits cached cards while panning; a one-off render (PNG export, previews) would
        # only pay for filling the caches, so it paints cards directly
        self.cache_mode = (CardItem.CacheMode.DeviceCoordinateCache if cache_cards
                           else CardItem.CacheMode.NoCache)
        if cache_cards:
            # Qt's pixmap cache holds 10 MB by default, less than one 1920x1080 screenful of cards at
            # 100 % (with the fit-zoom pixmaps beside them): the cards of one frame evicted each other
            # and every repaint drew every card again. A few screenfuls, and a repaint is a blit.
            QPixmapCache.setCacheLimit(max(QPixmapCache.cacheLimit(), CARD_CACHE_KB))
        self.editor = editor
        self.project = editor.project
        self.engine = engine or LayoutEngine()
        self.map_id: str | None = None
        self.layout: MapLayout | None = None
        self.grid = GridItem()
        # the grid fills the view with tints (a frame's largest cost once the cards are cached): a
        # repaint blits it too (Qt keeps only the part in view of an item larger than the view)
        self.grid.setCacheMode(self.cache_mode)
        self.addItem(self.grid)
        self.cards: dict[str, CardItem] = {}
        # one layer per card group (a cell's stack, or a lane with spanning cards), keyed
        # (lane id, stage id or None): the group each layer's cards were last synced to, and
        # their ids. A view then culls whole cells, and a lane that shifts moves its layers.
        self.layers: dict[tuple, LaneLayer] = {}
        self._synced: dict[tuple, object] = {}
        self._group_cards: dict[tuple, set[str]] = {}
        self.headers: dict[str, HeaderItem] = {}
        self.connectors: dict[str, ConnectorItem] = {}
        self.curves: dict[str, CurveItem] = {}
        self.points: dict[tuple[str, str], EmotionPointItem] = {}
        self.persona_overlay = PersonaOverlay(self)  # the persona sheet and the notes' captions
        self.metric_overlay = MetricOverlay()  # the metrics lanes' chips
        self.gap_overlay = GapOverlay(self)  # gaps' glyphs on their step boundaries
        self.compare_overlay = CompareOverlay()  # a snapshot's changes, while comparing
        self._connect_from: CardItem | None = None
        self._connect_line: QGraphicsLineItem | None = None
        self._drop = QGraphicsRectItem()
        self._drop.setPen(QPen(QColor("#2563EB"), 2, Qt.PenStyle.DashLine))
        self._drop.setBrush(QColor(37, 99, 235, 22))
        self._drop.setZValue(4)
        self._drop.hide()
        self.addItem(self._drop)
        self.editor_item: InlineEditor | None = None
        self._editing_new: str | None = None
        self.cursor_cell: tuple[str, str] | None = None  # the keyboard's cell (stage id, lane id)
        self.selection_order: list[str] = []  # selected card ids, first selected first
        self.connect_from_keyboard: str | None = None  # Ctrl+K on a card: Enter on another connects
        self._pointer: QPointF | None = None  # the mouse's last place on the scene
        self.setBackgroundBrush(QColor(theme().surround))
        # through a weak reference: when the scene and its editor go away together, the undo
        # stack's destructor still signals (it clears itself), and must not reach a half-gone scene
        alive = weakref.ref(self)
        self.follow_stack = lambda *_args: (
            (scene := alive()) is not None and shiboken6.isValid(scene) and scene.refresh())
        editor.undo_stack.indexChanged.connect(self.follow_stack)
        self.selectionChanged.connect(self._selection_moved)

    # ------------------------------------------------------------ mirroring
    def set_map(self, map_id: str | None) -> None:
        self.finish_edit(commit=True)
        self.map_id = map_id
        self.cursor_cell = None
        self._clear_items()
        self.refresh()

    def _clear_items(self) -> None:
        for registry in (self.layers, self.headers, self.connectors, self.curves, self.points):
            for item in list(registry.values()):
                self.removeItem(item)  # a layer takes its cards with it
            registry.clear()
        self.cards.clear()
        self._synced.clear()
        self._group_cards.clear()

    def repaint_in_theme(self) -> None:
        """After the theme changed: the surround and every item painted again (cached cards too)."""
        self.setBackgroundBrush(QColor(theme().surround))
        for item in self.items():
            item.update()

    def reset_items(self) -> None:
        """Put every item back where the layout says (after a gesture that changed nothing)."""
        self._synced.clear()
        self.refresh()

    def refresh(self, *_args) -> None:
        if self.map_id is None or self.project.get(self.map_id) is None:
            self.map_id = None
            self.layout = None
            self._clear_items()
            self.grid.layout = None
            self.grid.update()
            self.persona_overlay.sync(self, None, self.project)
            self.metric_overlay.sync(self, None)
            self.gap_overlay.sync(self, None, self.project)
            self.compare_overlay.sync(self, None)
            self.setSceneRect(QRectF(0, 0, 800, 600))
            self.map_changed.emit()
            return
        project, m = self.project, self.project.get(self.map_id)
        contents = project.contents(self.map_id)
        layout = self.layout = self.engine.layout(project, self.map_id)
        subtitle = tr(KIND_NAMES.get(m.kind, m.kind)) + (f" · {m.description}" if m.description else "")
        # the title block shows one line of each, cut to fit: a huge name or description is
        # measured once (linear), never laid out whole by Qt at every paint
        width = layout.title.w * 0.6
        name = (self.engine.wrap(m.name, width, 22, True, 1) or [""])[0]
        subtitle = (self.engine.wrap(subtitle, width, 12, False, 1) or [""])[0]
        self.grid.set_layout(layout, name, subtitle, (m.kind, bool(m.source_map_id), (m.scale_min, m.scale_max)),
                             (m.scale_min, m.scale_max))
        self.setSceneRect(QRectF(0, 0, layout.width, layout.height))
        self._sync_cards(layout, contents)
        self._sync_headers(layout)
        self._sync(self.connectors, {c.id: c for c in layout.connectors}, ConnectorItem,
                   lambda item, path: item.set_path(path))
        self._sync_curves(layout, m, contents)
        self.persona_overlay.sync(self, layout, project)
        self.metric_overlay.sync(self, layout)
        self.gap_overlay.sync(self, layout, project)
        self.compare_overlay.sync(self, layout)
        if hasattr(self, "_cursor"):
            self._show_cursor()
        self.map_changed.emit()

    def _sync(self, registry: dict, wanted: dict, factory, update) -> None:
        for gone in set(registry) - set(wanted):
            self.removeItem(registry.pop(gone))
        for key, value in wanted.items():
            item = registry.get(key)
            if item is None:
                item = registry[key] = factory(value)
                self.addItem(item)
            else:
                update(item, value)

    def _sync_cards(self, layout: MapLayout, contents) -> None:
        """Sync the cards of groups (cells, or spanning lanes) the layout placed anew; move the
        other groups' layers to their lane's top."""
        leaving: set[str] = set()
        arrived: set[str] = set()
        wanted: set[tuple] = set()
        for lane_id, placement in layout.placements.items():
            y = placement.origin.y
            for stage_id, group in placement.groups.items():
                key = (lane_id, stage_id)
                wanted.add(key)
                layer = self.layers.get(key)
                if layer is None:
                    layer = self.layers[key] = LaneLayer()
                    self.addItem(layer)
                if layer.y() != y:
                    layer.setPos(0, y)
                if self._synced.get(key) is group:
                    continue
                self._synced[key] = group
                ids = set(group.boxes)
                leaving |= self._group_cards.get(key, set()) - ids
                arrived |= ids
                self._group_cards[key] = ids
                for card_id, box in group.boxes.items():
                    card = contents.cards[card_id]
                    item = self.cards.get(card_id)
                    markers = card_markers(card)
                    if item is None:
                        item = self.cards[card_id] = CardItem(box, card.channel, markers, self.cache_mode)
                        item.setParentItem(layer)
                    elif item.parentItem() is not layer:
                        item.setParentItem(layer)
                    item.set_box(box, card.channel, markers, partial(card_tooltip, card, box.details))
        for key in set(self.layers) - wanted:  # cells emptied, lanes gone, or a lane regrouped
            leaving |= self._group_cards.pop(key, set())
            self._synced.pop(key, None)
            layer = self.layers.pop(key)
            for item in layer.childItems():  # cards that moved out were reparented already
                item.setParentItem(None)
            self.removeItem(layer)
        for card_id in leaving - arrived:
            item = self.cards.pop(card_id, None)
            if item is not None and item.scene() is self:
                self.removeItem(item)

    def _sync_headers(self, layout: MapLayout) -> None:
        wanted = {s.id: ("stage", s) for s in layout.stages}
        if layout.step_band:
            wanted.update({step.id: ("step", step) for step in layout.columns})
        wanted.update({lane.id: ("lane", lane) for lane in layout.lanes})
        placeholders = step_placeholders(layout) if layout.step_band else {}

        def make(value):
            item = HeaderItem(value[0], value[1].id)
            if value[0] != "step":  # drawn again only when it changes, as the cards (a step's tab
                # is not: its placeholder is drawn for a view, and a cached paint is given no widget)
                item.setCacheMode(self.cache_mode)
            update(item, value)
            return item

        def update(item: HeaderItem, value):
            kind, box = value
            if kind == "stage":
                item.set_geometry(QRectF(box.header.x, box.header.y, box.header.w, box.header.h),
                                  box.name_lines, box.goal_lines, box.colour)
            elif kind == "step":
                item.placeholder = placeholders.get(box.id, "")
                item.set_geometry(QRectF(box.header.x, box.header.y, box.header.w, box.header.h),
                                  box.name_lines, [], box.colour)
            else:
                item.set_geometry(QRectF(box.header.x, box.header.y, box.header.w, box.header.h),
                                  box.name_lines, [], box.colour, box.kind)

        self._sync(self.headers, wanted, make, update)

    def _sync_curves(self, layout: MapLayout, m, contents) -> None:
        self._sync(self.curves, {c.persona_id: c for c in layout.curves}, lambda c: CurveItem(c.persona_id),
                   lambda item, c: None)
        wanted = {}
        names = {}
        editable = not self.editor.read_only
        for curve in layout.curves:
            persona = self.project.get(curve.persona_id)
            names[curve.persona_id] = name = persona.name if persona is not None else ""
            item = self.curves[curve.persona_id]
            item.set_points([(x, y) for _, x, y, _ in curve.points], curve.colour, [p[0] for p in curve.points])
            # add handles where the persona has no point yet (a new persona: at every stage)
            item.set_rails(curve.missing if editable else [], name, curve)
            for stage_id, x, y, score in curve.points:
                wanted[(curve.persona_id, stage_id)] = (curve, x, y, score)

        def make(value):
            return EmotionPointItem(value[0].persona_id, "")

        # faces leaving stay referenced until the next sync: a face deleted by its own key press
        # is still running its event handler
        self._emotion_retired = [self.points[key] for key in set(self.points) - set(wanted)]
        self._sync(self.points, wanted, make, lambda item, v: None)
        for key, (curve, x, y, score) in wanted.items():
            item = self.points[key]
            item.step_id = key[1]
            point = contents.emotion_points[key]
            item.set_point(x, y, score, curve.colour, curve.band, curve.scale, point.id, point.note,
                           names[key[0]])

    def _edit(self, action) -> None:
        """Run an editor call; if it pushed nothing (a no-op gesture), put items back in place.
        (When it pushes, the undo stack's indexChanged has refreshed the scene already.)"""
        before = (self.editor.undo_stack.index(), self.editor.undo_stack.count())
        try:
            action()
        except ModelError:  # e.g. the project is read-only: the gesture lands nowhere
            pass
        if (self.editor.undo_stack.index(), self.editor.undo_stack.count()) == before:
            self.reset_items()

    # ------------------------------------------------------------ queries
    def selected_ids(self) -> list[str]:
        return [item.entity_id for item in self.selectedItems() if getattr(item, "entity_id", "")]

    def selected_card_ids(self) -> list[str]:
        return [item.entity_id for item in self.selectedItems() if isinstance(item, CardItem)]

    def cell_at(self, pos: QPointF):
        if self.layout is None:
            return None, None
        return self.layout.column_at(pos.x()), self.layout.lane_at(pos.y())

    # ------------------------------------------------------------ gestures
    def mouseMoveEvent(self, event) -> None:
        self._pointer = event.scenePos()
        if self._connect_from is not None:
            line = self._connect_line.line()
            line.setP2(event.scenePos())
            self._connect_line.setLine(line)
            target = self._card_at(event.scenePos(), exclude=self._connect_from)
            self._show_drop(target.sceneBoundingRect() if target else None)
            return
        super().mouseMoveEvent(event)
        grabber = self.mouseGrabberItem()
        if isinstance(grabber, CardItem) and event.buttons() & Qt.MouseButton.LeftButton:
            stage, lane = self.cell_at(event.scenePos())
            if stage and lane:
                self._show_drop(QRectF(stage.column.x + 3, lane.row.y + 3, stage.column.w - 6, lane.row.h - 6))
            else:
                self._show_drop(None)

    def _show_drop(self, rect: QRectF | None) -> None:
        if rect is None:
            self._drop.hide()
        else:
            self._drop.setRect(rect)
            self._drop.show()

    def mouseReleaseEvent(self, event) -> None:
        if self._connect_from is not None:
            self.finish_connect(event.scenePos())
            return
        grabber = self.mouseGrabberItem()
        super().mouseReleaseEvent(event)
        self._drop.hide()
        if isinstance(grabber, CardItem) and event.button() == Qt.MouseButton.LeftButton:
            self.commit_card_drag(grabber, event.scenePos())

    def commit_card_drag(self, grabbed: CardItem, drop: QPointF) -> None:
        """Cards moved by the mouse land in the cell under the pointer, as one undo step."""
        moved = [item for item in self.cards.values()
                 if item.isSelected() or item is grabbed]
        moved = [item for item in moved if item.displaced()]
        if not moved:
            return
        stage, lane = self.cell_at(drop)
        if stage is None or lane is None:
            self.reset_items()  # dropped outside the grid: back where they were
            return
        contents = self.project.contents(self.map_id)
        cell = contents.cell(stage.id, lane.id)
        skip = {item.entity_id for item in moved}
        index = self.layout.cell_index_at(stage.id, lane.id, drop.y(), cell, skip)
        # cards above the drop point in the same cell shift the index down once they leave
        before = sum(1 for c in cell if c.id in skip and c.index < index)
        index -= before
        ordered = sorted(moved, key=lambda item: (item.scenePos().y(), item.scenePos().x()))
        moves = [(item.entity_id, stage.id, lane.id, index + i) for i, item in enumerate(ordered)]
        self._edit(lambda: self.editor.move_cards(moves))
        for item in moved:  # a card that kept its place in the model is not in a changed lane
            if item.scene() is self:
                item.snap()

    def _card_at(self, pos: QPointF, exclude=None) -> CardItem | None:
        for item in self.items(pos):
            if isinstance(item, CardItem) and item is not exclude:
                return item
        return None

    def begin_connect(self, card: CardItem, pos: QPointF) -> None:
        self._connect_from = card
        start = card.mapToScene(card.handle_centre())
        self._connect_line = QGraphicsLineItem(start.x(), start.y(), pos.x(), pos.y())
        pen = QPen(QColor("#2563EB"), 2, Qt.PenStyle.DashLine)
        self._connect_line.setPen(pen)
        self._connect_line.setZValue(40)
        self.addItem(self._connect_line)

    def _release_grab(self) -> None:
        # the card accepted the press that began the gesture, so it holds the mouse until told
        grabber = self.mouseGrabberItem()
        if grabber is not None:
            grabber.ungrabMouse()

    def finish_connect(self, pos: QPointF) -> None:
        self._release_grab()
        source, self._connect_from = self._connect_from, None
        self.removeItem(self._connect_line)
        self._connect_line = None
        self._drop.hide()
        target = self._card_at(pos, exclude=source)
        if target is not None and not self.editor.read_only:
            self.editor.connect(source.entity_id, target.entity_id)

    def cancel_gesture(self) -> None:
        if self._connect_from is not None:
            self._release_grab()
            self._connect_from = None
            self.removeItem(self._connect_line)
            self._connect_line = None
            self._drop.hide()

    def mouseDoubleClickEvent(self, event) -> None:
        if self.emotion_double_click(event.scenePos()):  # the emotion line's band: points, not cards
            event.accept()
            return
        item = self.itemAt(event.scenePos(), self.views()[0].transform() if self.views() else QTransform())
        if item is not None and not isinstance(item, GridItem):
            super().mouseDoubleClickEvent(event)
            return
        stage, lane = self.cell_at(event.scenePos())
        if stage and lane and not self.editor.read_only:
            self.add_card_at(stage.id, lane.id, event.scenePos().y())

    def add_card_at(self, stage_id: str, lane_id: str, y: float | None = None, type_: str = "note",
                    edit: bool = True) -> str:
        contents = self.project.contents(self.map_id)
        cell = contents.cell(stage_id, lane_id)
        index = len(cell) if y is None else self.layout.cell_index_at(stage_id, lane_id, y, cell)
        lane = self.project.get(lane_id)
        if type_ == "note":
            type_ = LANE_CARD_TYPES.get(lane.kind, "note")
        card = self.editor.add_card(self.map_id, stage_id, lane_id, index, title="", type=type_)
        if card is None:
            return ""  # a library refused it (the stage was removed elsewhere meanwhile): the editor says so
        item = self.cards[card.id]
        self.clearSelection()
        item.setSelected(True)
        if edit:
            self.begin_edit(item, new=True)
        return card.id

    def reorder_header(self, header: HeaderItem, centre: float) -> None:
        if header.kind == "step":  # among its stage's steps
            stage_id = self.project.require(header.entity_id).stage_id
            boxes = [box for box in self.layout.columns if box.stage_id == stage_id]
        else:
            boxes = self.layout.stages if header.horizontal else self.layout.lanes
        positions = [(b.column.cx if header.horizontal else b.row.cy) for b in boxes]
        index = sum(1 for p in positions if p < centre)
        current = next(i for i, b in enumerate(boxes) if b.id == header.entity_id)
        if index > current:
            index -= 1
        self._edit(lambda: self.editor.reorder(header.entity_id, index))

    def resize_header(self, header: HeaderItem, amount: float) -> None:
        entity = self.project.get(header.entity_id)
        text = None
        if header.kind == "stage":  # a stage's right edge is its last step's
            entity = self.project.contents(self.map_id).steps_of(entity.id)[-1]
            text = tr("Resize stage")
        if header.horizontal:
            self._edit(lambda: self.editor.update(entity.id, text=text,
                                                  width=float(max(MIN_STEP_WIDTH, round(entity.width + amount)))))
        else:
            self._edit(lambda: self.editor.update(entity.id, height=float(max(60, round(entity.height + amount)))))

    def set_emotion_from_item(self, item: EmotionPointItem, score: float) -> None:
        self._edit(lambda: self.editor.set_emotion(self.map_id, item.persona_id, item.step_id, score))

    # ------------------------------------------------------------ emotion points
    # Every visible persona has a line in the emotions lane with a slot per stage (layout:
    # EmotionCurve). Where it has no point, an add handle (EmotionRailItem) sits in its slot: a
    # click there adds the point at the score under the pointer. A double-click anywhere in the
    # band goes to the nearest persona's slot: it edits that point's note, adding the point first
    # when there is none. A selected face takes Up/Down, Left/Right, Delete and F2/Enter itself.
    def emotion_curve(self, persona_id: str):
        """The layout's line of a visible persona (None when hidden, or with no emotions lane)."""
        if self.layout is None:
            return None
        return next((c for c in self.layout.curves if c.persona_id == persona_id), None)

    def selected_emotions(self) -> list[EmotionPointItem]:
        return [item for item in self.selectedItems() if isinstance(item, EmotionPointItem)]

    def add_emotion_at(self, persona_id: str, stage_id: str, score: float) -> EmotionPointItem | None:
        """Give a persona a point at a stage (one undo step) and select it, ready for the keys."""
        if self.map_id is None or self.editor.read_only:
            return None
        self._edit(lambda: self.editor.set_emotion(self.map_id, persona_id, stage_id, score))
        item = self.points.get((persona_id, stage_id))
        if item is not None:
            self.clearSelection()
            item.setSelected(True)
        return item

    def emotion_dragged(self, item: EmotionPointItem) -> None:
        """A face moved by the mouse: its line follows now; the model changes on release."""
        curve = self.curves.get(item.persona_id)
        if curve is not None:
            curve.preview(item.step_id, item.x(), item.y())

    def nudge_emotions(self, delta: int) -> None:
        """Up/Down: each selected face one whole step up or down the map's scale, as one undo step."""
        import math

        m = self.project.get(self.map_id) if self.map_id else None
        if m is None or self.editor.read_only:
            return
        changes = []
        for item in self.selected_emotions():
            point = self.project.get(item.entity_id)
            if point is None:
                continue
            score = math.floor(point.score) + 1 if delta > 0 else math.ceil(point.score) - 1
            score = max(m.scale_min, min(m.scale_max, score))
            if score != point.score:
                changes.append((point.persona_id, point.step_id, score))
        if not changes:
            return

        def apply() -> None:
            if len(changes) == 1:
                self.editor.set_emotion(self.map_id, *changes[0])
                return
            with self.editor.macro(tr("Set emotions")):
                for change in changes:
                    self.editor.set_emotion(self.map_id, *change)

        self._edit(apply)

    def step_emotion(self, item: EmotionPointItem, direction: int) -> None:
        """Left/Right: select the persona's face at the nearest stage that way."""
        if self.layout is None:
            return
        stages = [step.id for step in self.layout.columns]
        if item.step_id not in stages:
            return
        index = stages.index(item.step_id) + direction
        while 0 <= index < len(stages):
            target = self.points.get((item.persona_id, stages[index]))
            if target is not None:
                self.clearSelection()
                target.setSelected(True)
                for view in self.views():
                    view.ensureVisible(target.sceneBoundingRect(), 60, 40)
                return
            index += direction
        # no face that way: walk on to the emotion cell there, as the arrows do elsewhere
        curve = self.emotion_curve(item.persona_id) if hasattr(self, "emotion_curve") else None
        index = stages.index(item.step_id) + direction
        if curve is not None and 0 <= index < len(stages):
            from .keyboard import Spot

            self.go_to(Spot(stages[index], curve.lane_id))

    def remove_emotions(self) -> None:
        """Delete/Backspace on selected faces: they go, as one undo step."""
        ids = [item.entity_id for item in self.selected_emotions() if item.entity_id]
        if ids and not self.editor.read_only:
            self._edit(lambda: self.editor.remove(ids))

    def begin_emotion_note(self, item: EmotionPointItem) -> None:
        """Edit a face's note in place, beside the face (Enter keeps it, Esc leaves it as it was)."""
        point = self.project.get(item.entity_id) if item.entity_id else None
        if point is None or self.editor.read_only:
            return
        self.finish_edit(commit=True)
        pos = item.scenePos()
        width, gap = 220.0, item.RADIUS + 10
        x = pos.x() + gap
        if self.layout is not None and x + width > self.layout.width:
            x = pos.x() - gap - width  # near the map's right edge: to the face's left
        point_id = point.id
        self.editor_item = InlineEditor(point.note, QRectF(x, pos.y() - 11, width, 22),
                                        lambda value: self._commit_emotion_note(point_id, value), self.finish_edit)
        self._editing_new = None
        self.addItem(self.editor_item)
        take_focus = getattr(self, "take_keyboard_focus", None)
        if take_focus is not None:
            take_focus()
        self.editor_item.start()

    def _commit_emotion_note(self, point_id: str, value: str) -> None:
        if self.project.get(point_id) is None:
            return
        try:
            self.editor.update(point_id, note=value.strip())
        except ModelError:  # read-only since the edit began
            pass

    def emotion_slot_at(self, pos: QPointF):
        """(persona id, stage id, its EmotionCurve) for a place in the emotion band: the face under
        the pointer, else the visible persona whose slot at that stage is nearest; or None."""
        if self.layout is None or not self.layout.curves:
            return None
        for item in self.items(pos):
            if isinstance(item, EmotionPointItem):
                curve = self.emotion_curve(item.persona_id)
                if curve is not None:
                    return item.persona_id, item.step_id, curve
        curves = self.layout.curves
        lane = next((lane for lane in self.layout.lanes if lane.id == curves[0].lane_id), None)
        stage = self.layout.column_at(pos.x())
        if lane is None or stage is None:
            return None
        if not curves[0].band[0] - self.engine.style.emotion_pad <= pos.y() < lane.row.bottom:
            return None  # above the band: the lane's cards

        def slot_x(curve) -> float:
            xs = [x for stage_id, x, *_ in curve.points if stage_id == stage.id]
            xs += [x for stage_id, x in curve.missing if stage_id == stage.id]
            return xs[0] if xs else stage.column.cx

        nearest = min(curves, key=lambda curve: abs(slot_x(curve) - pos.x()))
        return nearest.persona_id, stage.id, nearest

    def emotion_double_click(self, pos: QPointF) -> bool:
        """A double-click in the emotion band: edit the nearest persona's note there, adding its
        point at the score under the pointer first if it has none. False: not in the band."""
        if self.editor_item is not None and self.editor_item.sceneBoundingRect().contains(pos):
            return False  # inside the text being edited: select a word
        hit = self.emotion_slot_at(pos)
        if hit is None:
            return False
        if self.editor.read_only:
            return True
        persona_id, stage_id, curve = hit
        item = self.points.get((persona_id, stage_id))
        if item is None:
            item = self.add_emotion_at(persona_id, stage_id, curve.snapped_score_at(pos.y()))
        if item is not None:
            self.clearSelection()
            item.setSelected(True)
            self.begin_emotion_note(item)
        return True

    # ------------------------------------------------------------ text editing
    def begin_edit(self, item, new: bool = False) -> None:
        if isinstance(item, EmotionPointItem):  # a face's text is its note
            self.begin_emotion_note(item)
            return
        if self.editor.read_only:
            return
        self.finish_edit(commit=True)
        entity = self.project.get(item.entity_id)
        if isinstance(item, CardItem):
            text = entity.title + ("\n" + entity.body if entity.body else "")
            rect = item.sceneBoundingRect().adjusted(12, 12, -12 - 6, -12)
        else:
            text = entity.name
            rect = QRectF(item.rect)
        self.editor_item = InlineEditor(text, rect, lambda value: self._commit_edit(entity.id, value),
                                        self.finish_edit)
        self._editing_new = entity.id if new else None
        self.addItem(self.editor_item)
        self.take_keyboard_focus()  # typing goes here, wherever the focus was (palette, inspector)
        self.editor_item.start()

    def _commit_edit(self, entity_id: str, value: str) -> None:
        entity = self.project.get(entity_id)
        if entity is None:
            return
        if isinstance(entity, Card) and entity_id == self._editing_new and self._add_with_text(entity, value):
            return
        if isinstance(entity, Card):
            title, _, body = value.partition("\n")
            self.editor.update(entity_id, title=title.strip(), body=body.strip())
        elif value.strip() or isinstance(entity, Step):  # a step may go back to having no name
            self.editor.update(entity_id, name=value.strip())

    def finish_edit(self, commit: bool = False) -> None:
        item, self.editor_item = self.editor_item, None
        if item is not None:
            if commit:
                item.commit()
            self.removeItem(item)
            new, self._editing_new = getattr(self, "_editing_new", None), None
            if new:
                self._drop_if_still_empty(new)
            self.refresh()

    def _drop_if_still_empty(self, card_id: str) -> None:
        """A card made to be typed into and left empty (Esc, or Enter on nothing) goes away
        with its undo step, as if it had never been added."""
        card = self.project.get(card_id)
        if isinstance(card, Card) and not card.title and not card.body:
            self.editor.take_back_add(card_id)

    def _add_with_text(self, card: Card, value: str) -> bool:
        """A new card's first text joins its "Add card" step: one undo removes the card, never
        leaves it empty. False when the add is not the last step (then the text is an edit)."""
        title, _, body = value.partition("\n")
        title, body = title.strip(), body.strip()
        if not (title or body):
            return False
        written = copy_entity(card)
        written.title, written.body = title, body
        index = card.index
        text = self.editor.take_back_add(card.id)
        if text is None:
            return False
        self.editor.add(written, index, text)
        return True

    def take_keyboard_focus(self) -> None:
        for view in self.views():
            view.activateWindow()
            view.setFocus(Qt.FocusReason.OtherFocusReason)

    # ------------------------------------------------------------ keyboard
    def keyboard_spot(self):
        """Where the keyboard stands: the selected card, else the cursor cell."""
        from .keyboard import spot_of

        if self.map_id is None:
            return None
        cards = self.selected_card_ids()
        return spot_of(self.project, self.map_id, cards[0] if cards else None, self.cursor_cell)

    def keyboard_step(self, direction: str) -> None:
        """An arrow key: to the neighbouring card, or to the neighbouring cell when it is empty."""
        from .keyboard import header_above, neighbour

        if self.keyboard_from_header(direction):
            return
        spot = self.keyboard_spot()
        if spot is None:
            return
        if self.cursor_cell is None and not self.selectedItems():
            self.go_to(spot)  # the first arrow shows where the keyboard starts: the top-left
            return
        found = neighbour(self.project, self.map_id, spot, direction)
        if direction == "up" and found == spot and self.layout is not None:  # the top: on to the header
            self.select_header(header_above(self.project, self.map_id, spot.step_id, bool(self.layout.step_band)))
            return
        self.go_to(found)

    # ------------------------------------------------------------ keyboard on headers
    def selected_header(self) -> HeaderItem | None:
        """The stage or step header selected on its own: the arrow keys then walk the headers."""
        items = self.selectedItems()
        if len(items) == 1 and isinstance(items[0], HeaderItem) and items[0].kind in ("stage", "step"):
            return items[0]
        return None

    def reveal(self, rect: QRectF) -> None:
        """Scroll the views to a rect the keyboard went to, clear of their pinned headers."""
        for view in self.views():
            reveal = getattr(view, "reveal", None)
            if reveal is not None:
                reveal(rect)
            else:
                view.ensureVisible(rect, 40, 40)

    def select_header(self, header_id: str) -> None:
        item = self.headers.get(header_id)
        if item is None:
            return
        self.clearSelection()
        item.setSelected(True)
        self._show_cursor()
        self.reveal(QRectF(item.rect.x(), item.rect.y(), min(item.rect.width(), 240.0), item.rect.height()))
        self.hint.emit(tr("Enter renames, Alt+Left/Right moves, Delete deletes, Down goes back to the cards"))

    def keyboard_from_header(self, direction: str) -> bool:
        """An arrow key on a selected stage or step header (False: none is selected)."""
        from .keyboard import Spot, from_header

        header = self.selected_header()
        if header is None or self.layout is None:
            return False
        target = from_header(self.project, self.map_id, header.kind, header.entity_id, direction,
                             bool(self.layout.step_band))
        if isinstance(target, Spot):
            self.hint.emit("")
            self.go_to(target)
        elif target:
            self.select_header(target)
        return True

    def move_header(self, entity_id: str, offset: int) -> bool:
        """A stage among the stages, or a step among its stage's steps, `offset` places over, as
        one undo step; its header stays selected. False at the end of the row."""
        entity = self.project.get(entity_id)
        if entity is None or self.map_id is None or self.editor.read_only:
            return False
        contents = self.project.contents(self.map_id)
        row = [s.id for s in (contents.steps_of(entity.stage_id) if isinstance(entity, Step) else contents.stages)]
        if entity_id not in row or not 0 <= row.index(entity_id) + offset < len(row):
            return False
        self._edit(lambda: self.editor.reorder(entity_id, row.index(entity_id) + offset))
        self.select_header(entity_id)
        return True

    def go_to(self, spot) -> None:
        self.cursor_cell = (spot.step_id, spot.lane_id)
        self.clearSelection()
        item = self.cards.get(spot.card_id) if spot.card_id else None
        if item is not None:
            item.setSelected(True)
        self._show_cursor()
        self.reveal(item.sceneBoundingRect() if item is not None else self._cursor.rect())

    def keyboard_move(self, direction: str) -> bool:
        """Alt+arrow: the selected cards one cell over, as one undo step; False if they can't go."""
        from .keyboard import moves_one_cell

        header = self.selected_header()
        if header is not None:  # Alt+Left/Right on a stage or step header reorders it
            return direction in ("left", "right") and self.move_header(header.entity_id,
                                                                       -1 if direction == "left" else 1)
        ids = self.selected_card_ids()
        moves = moves_one_cell(self.project, self.map_id, ids, direction) if ids and self.map_id else None
        if not moves or self.editor.read_only:
            return False
        self._edit(lambda: self.editor.move_cards(moves))
        self.clearSelection()
        for card_id in ids:
            if card_id in self.cards:
                self.cards[card_id].setSelected(True)
        self.cursor_cell = (moves[0][1], moves[0][2])
        self._show_cursor()
        first = self.cards.get(ids[0])
        if first is not None:
            self.reveal(first.sceneBoundingRect())
        return True

    def keyboard_activate(self) -> None:
        """Enter: edit the selected card or header, or add a card in the empty cursor cell; while
        connecting from the keyboard, connect to the selected card."""
        if self.connect_from_keyboard:
            source, self.connect_from_keyboard = self.connect_from_keyboard, None
            targets = self.selected_card_ids()
            self.hint.emit("")
            if targets and targets[0] != source and self.project.get(source) is not None:
                self._edit(lambda: self.editor.connect(source, targets[0]))
            return
        selected = [i for i in self.selectedItems() if getattr(i, "kind", "") in ("card", "stage", "step", "lane")]
        if selected:
            self.begin_edit(selected[0])
            return
        spot = self.keyboard_spot()
        if spot is None or spot.card_id or self.editor.read_only:
            return
        lane = self.project.get(spot.lane_id)
        if lane is not None and lane.kind == "emotions" and self.layout is not None:
            if self.layout.curves and self.layout.curves[0].lane_id == lane.id:
                self.keyboard_emotion(spot.step_id)
                return
            if not self.layout.curves:  # a card in the band would hide the line to come
                self.hint.emit(tr("Add a persona (Ctrl+Shift+P) to draw an emotion line here"))
                return
        self.add_card_at(spot.step_id, spot.lane_id)

    def keyboard_emotion(self, stage_id: str) -> None:
        """Enter in the emotion band: the first shown persona without a point at this stage gets
        one in the middle of the scale, selected so Up/Down set it; else the first face there."""
        m = self.project.get(self.map_id)
        points = self.project.contents(self.map_id).emotion_points
        middle = float(round((m.scale_min + m.scale_max) / 2))
        for curve in self.layout.curves:
            if (curve.persona_id, stage_id) not in points:
                self.add_emotion_at(curve.persona_id, stage_id, middle)
                return
        item = self.points.get((self.layout.curves[0].persona_id, stage_id))
        if item is not None:
            self.clearSelection()
            item.setSelected(True)

    def keyboard_extend(self, direction: str) -> None:
        """Shift+arrow: add the neighbouring card to the selection (to connect or move them)."""
        from .keyboard import Spot, neighbour

        order = [i for i in self.selection_order if i in self.cards and self.cards[i].isSelected()]
        if not order:
            self.keyboard_step(direction)
            return
        card = self.project.get(order[-1])
        found = neighbour(self.project, self.map_id, Spot(card.step_id, card.lane_id, card.id), direction)
        if found.card_id and found.card_id in self.cards:
            self.cards[found.card_id].setSelected(True)
            for view in self.views():
                view.ensureVisible(self.cards[found.card_id].sceneBoundingRect(), 40, 40)

    def _selection_moved(self) -> None:
        """A card (or face) selected by any means puts the keyboard's cell under it; the order
        cards were selected in is kept, so Connect joins them in that order."""
        cards = self.selected_card_ids()
        chosen = set(cards)
        self.selection_order = [i for i in self.selection_order if i in chosen]
        self.selection_order += [i for i in cards if i not in self.selection_order]
        card = self.project.get(self.selection_order[-1]) if self.selection_order else None
        if isinstance(card, Card):
            self.cursor_cell = (card.step_id, card.lane_id)
        faces = [i for i in self.selectedItems() if isinstance(i, EmotionPointItem)]
        if faces and self.layout is not None and self.layout.curves:
            self.cursor_cell = (faces[0].step_id, self.layout.curves[0].lane_id)
        if hasattr(self, "_cursor"):
            self._show_cursor()

    def _show_cursor(self) -> None:
        """A dashed frame on the keyboard's cell when no card is selected there."""
        if not hasattr(self, "_cursor"):
            self._cursor = QGraphicsRectItem()
            self._cursor.setPen(QPen(QColor("#2563EB"), 2, Qt.PenStyle.DashLine))
            self._cursor.setBrush(QColor(37, 99, 235, 14))
            self._cursor.setZValue(3)
            self.addItem(self._cursor)
        if self.layout is None or self.cursor_cell is None or self.selectedItems():
            self._cursor.hide()
            return
        stage = self.layout.column_box(self.cursor_cell[0])
        lane = next((lane for lane in self.layout.lanes if lane.id == self.cursor_cell[1]), None)
        if stage is None or lane is None:
            self._cursor.hide()
            return
        self._cursor.setRect(QRectF(stage.column.x + 2, lane.row.y + 2, stage.column.w - 4, lane.row.h - 4))
        self._cursor.show()

    # ------------------------------------------------------------ where the pointer is
    def pointer_cell(self) -> tuple[str | None, str | None]:
        """The cell under the mouse, if the mouse is over the grid now."""
        pos = getattr(self, "_pointer", None)
        if pos is None or not any(v.underMouse() for v in self.views()):
            return None, None
        stage, lane = self.cell_at(pos)
        return (stage.id, lane.id) if stage and lane else (None, None)

    def contextMenuEvent(self, event) -> None:
        item = self.itemAt(event.scenePos(), self.views()[0].transform() if self.views() else QTransform())
        while item is not None and not getattr(item, "kind", "") and item.parentItem() is not None:
            item = item.parentItem()
        if item is not None and not getattr(item, "kind", ""):
            item = None  # the grid, a layer or a label: the cell or the canvas under it
        if item is not None and not item.isSelected():
            self.clearSelection()
            item.setSelected(True)
        self._pointer = event.scenePos()
        self.context_requested.emit(item, event.scenePos(), event.screenPos())
        event.accept()


LANE_CARD_TYPES = {"actions": "action", "touchpoints": "touchpoint", "thoughts": "thought",
                   "pain-points": "pain-point", "opportunities": "opportunity", "kpis": "kpi",
                   "frontstage": "action", "backstage": "action", "support-processes": "note",
                   "physical-evidence": "touchpoint"}
