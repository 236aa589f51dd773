"""The compare view on the canvas: the later map with its changes marked. Added cards get a green
frame, changed ones an orange frame (their old values in the tooltip), moved ones a blue dashed
frame, removed cards a grey ghost outline where the earlier map had them, and each persona whose
emotions shifted a faint dashed line through the earlier scores; a metric that moved gets its chip
framed and its delta with an arrow beside it. Headers of stages, steps and lanes added or renamed
are framed, so is the title block when the map's settings (the personas it shows) changed, and a
connector added or changed is traced along its route (a removed one dashed, along its old route). Marks take no clicks: the map
stays editable underneath. The geometry is history/marks.py's, shared with the PDF."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem, QGraphicsRectItem, QGraphicsSimpleTextItem

from ..history.diff import ADDED, CHANGED, MOVED, REMOVED, Change, counterparts
from ..history.marks import card_marks, connector_marks, earlier_lines, header_marks, metric_marks
from ..i18n import tr
from .items import catmull_rom_path

MARKS = {  # action -> (colour, dashed)
    ADDED: ("#1A7F37", False), CHANGED: ("#D55E00", False), MOVED: ("#0072B2", True), REMOVED: ("#8C959F", True),
}
MARK_Z = 30  # above cards and curves
CHANGE_ID = 0  # the item's data key holding the id of the change it marks


def _passive(item: QGraphicsItem) -> QGraphicsItem:
    item.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
    item.setZValue(MARK_Z)
    return item


class CompareOverlay:
    def __init__(self) -> None:
        self.earlier = None  # the earlier Project, while comparing
        self.earlier_map_id = ""  # the map compared with, when not the shown map itself (a source map)
        self.changes: list[Change] = []
        self.items: list[QGraphicsItem] = []
        self._earlier_layout: tuple = ((), None)  # (what it was made from, the layout)
        self._engine: tuple | None = None  # (the scene's engine, the one laying out the earlier map)

    @property
    def active(self) -> bool:
        return self.earlier is not None

    def show(self, scene, earlier, changes: list[Change], earlier_map_id: str = "") -> None:
        self.earlier, self.changes, self.earlier_map_id = earlier, changes, earlier_map_id
        self.sync(scene, scene.layout)

    def clear(self, scene) -> None:
        self.earlier, self.changes, self.earlier_map_id = None, [], ""
        self.sync(scene, None)

    def sync(self, scene, layout) -> None:
        for item in self.items:
            if item.scene() is scene:
                scene.removeItem(item)
        self.items = []
        if layout is None or self.earlier is None or scene.map_id is None:
            return
        # this map's changes (and the personas', shown in its legend); a source map's are for its future state only
        changes = [c for c in self.changes if c.map_id == scene.map_id or (c.kind == "persona" and not c.map_id)]
        if not changes:
            return
        earlier_layout = self._layout_of_earlier(scene, layout)
        for mark in card_marks(changes, layout, earlier_layout) + header_marks(changes, layout):
            colour, dashed = MARKS[mark.action]
            rect = mark.rect
            item = _passive(QGraphicsRectItem(QRectF(rect.x, rect.y, rect.w, rect.h)))
            style = Qt.PenStyle.DashLine if dashed else Qt.PenStyle.SolidLine
            item.setPen(QPen(QColor(colour), 2 if mark.action == REMOVED else 3, style))
            if mark.action == REMOVED:
                item.setBrush(QColor(140, 149, 159, 40))
            item.setToolTip(self._tip(mark.text))
            self._add(scene, item, mark.id)
        for mark in metric_marks(changes, layout):
            rect = mark.rect
            frame = _passive(QGraphicsRectItem(QRectF(rect.x, rect.y, rect.w, rect.h)))
            frame.setPen(QPen(QColor(MARKS[CHANGED][0]), 2))
            frame.setToolTip(self._tip(mark.text))
            self._add(scene, frame, mark.id)
            delta = _passive(QGraphicsSimpleTextItem(mark.delta))
            delta.setBrush(QColor(MARKS[CHANGED][0]))
            delta.setPos(rect.x + rect.w + 3, rect.y)
            delta.setToolTip(frame.toolTip())
            self._add(scene, delta)
        for mark in connector_marks(changes, layout, earlier_layout):
            colour = QColor(MARKS[mark.action][0])
            colour.setAlpha(150)
            path = QPainterPath()
            path.moveTo(*mark.points[0])
            for point in mark.points[1:]:
                path.lineTo(*point)
            item = _passive(QGraphicsPathItem(path))
            pen = QPen(colour, 6, Qt.PenStyle.DashLine if mark.action == REMOVED else Qt.PenStyle.SolidLine)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            item.setPen(pen)
            item.setToolTip(self._tip(mark.text))
            self._add(scene, item, mark.id)
        counterparts = {}
        if self.earlier_map_id and earlier_layout is not None:  # a derived map: its steps are its source's
            counterparts = self._counterparts(scene)
        for line in earlier_lines(changes, layout, earlier_layout, counterparts):
            path = catmull_rom_path(line.points)  # the present line's spline: only the scores differ
            colour = QColor(line.colour)
            colour.setAlpha(110)
            item = _passive(QGraphicsPathItem(path))
            item.setPen(QPen(colour, 2, Qt.PenStyle.DashLine))
            item.setToolTip(tr("Emotions on the source map") if self.earlier_map_id else
                            tr("Emotions at the snapshot"))
            self._add(scene, item)

    def _layout_of_earlier(self, scene, layout):
        """The earlier map's layout, made once per present layout (an edit syncs the marks twice:
        with the scene, then with the change list made again)."""
        earlier_id = self.earlier_map_id or scene.map_id
        key = (id(self.earlier), self.earlier.revision, earlier_id, id(layout))
        if self._earlier_layout[0] != key:
            if self._engine is None or self._engine[0] is not scene.engine:
                self._engine = (scene.engine, scene.engine.sibling())  # never the scene's own: see sibling()
            self._engine[1].follow(scene.engine)  # View's options may have changed since
            made = self._engine[1].layout(self.earlier, earlier_id) if self.earlier.get(earlier_id) is not None \
                else None
            self._earlier_layout = (key, made)
        return self._earlier_layout[1]

    def _tip(self, text: str) -> str:
        return (tr("{0} (from the source map)") if self.earlier_map_id else tr("{0} (since the snapshot)")).format(text)

    def _counterparts(self, scene) -> dict[str, str]:
        project = scene.editor.project
        return counterparts(self.earlier, self.earlier_map_id, project, scene.map_id)

    def _add(self, scene, item: QGraphicsItem, change_id: str = "") -> None:
        scene.addItem(item)
        self.items.append(item)
        if change_id:
            item.setData(CHANGE_ID, change_id)

    def rect_of(self, scene, change_id: str) -> QRectF | None:
        """Where a change shows on the map shown: its mark, or an emotion point's face."""
        for item in self.items:
            if item.data(CHANGE_ID) == change_id:
                return item.sceneBoundingRect()
        point = scene.editor.project.get(change_id)
        layout = scene.layout
        if layout is not None and getattr(point, "map_id", None) == scene.map_id and hasattr(point, "score"):
            for curve in layout.curves:
                for step_id, x, y, _score in curve.points if curve.persona_id == point.persona_id else ():
                    if step_id == point.step_id:
                        return QRectF(x - 20, y - 20, 40, 40)
        return None
