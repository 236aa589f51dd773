"""The map view: zoom (Ctrl+wheel, pinch, keys, fit, 100 %), pan (scroll, Space+drag, middle
button), rubber-band selection, and stage/lane names kept in sight while panning."""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QGraphicsView

from ..layout.theme import current as theme
from .items import paint_lane_header, paint_stage_header, paint_step_header
from .paint import STYLE

MIN_ZOOM, MAX_ZOOM = 0.05, 4.0


def pinned_fill(alpha: int) -> QColor:
    """The pinned headers' backing: the map's paper, nearly opaque while cards pass under it."""
    colour = QColor(theme().background)
    colour.setAlpha(alpha)
    return colour


def pinned_band_height(layout) -> float:
    """The height of the band of pinned headers: the stage headers, and the steps' under them."""
    stage_header = layout.stages[0].header
    steps_bottom = max((c.header.bottom for c in layout.columns), default=0.0) if layout.step_band else 0.0
    return max(stage_header.h, steps_bottom - stage_header.y) + 8


def pinned_step_top(layout, step, visible: QRectF) -> float:
    """Where a step's pinned header starts: as far under the pinned stage headers as in the map."""
    return visible.top() + 4 + (step.header.y - layout.stages[0].header.y)


class MapView(QGraphicsView):
    zoom_changed = Signal(float)

    def __init__(self, scene, parent=None) -> None:
        super().__init__(scene, parent)
        # the map is the user's drawing: a right-to-left UI (Persian) mirrors the window around it, never the map
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setRubberBandSelectionMode(Qt.ItemSelectionMode.IntersectsItemShape)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setOptimizationFlags(QGraphicsView.OptimizationFlag.DontSavePainterState)
        self.setCacheMode(QGraphicsView.CacheModeFlag.CacheNone)
        self.viewport().grabGesture(Qt.GestureType.PinchGesture)
        self._space = False
        self._pan_from: QPointF | None = None
        self.setAcceptDrops(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # in the Tab order: the map is worked by keys too
        self.setMouseTracking(True)  # the scene knows the cell under the pointer (Paste goes there)

    # ------------------------------------------------------------ zoom
    def zoom(self) -> float:
        return self.transform().m11()

    def set_zoom(self, factor: float, anchor_view: QPointF | None = None) -> None:
        factor = max(MIN_ZOOM, min(MAX_ZOOM, factor))
        change = factor / self.zoom()
        if abs(change - 1) < 1e-6:
            return
        if anchor_view is None:
            self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.scale(change, change)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.zoom_changed.emit(self.zoom())

    def zoom_in(self) -> None:
        self.set_zoom(self.zoom() * 1.25)

    def zoom_out(self) -> None:
        self.set_zoom(self.zoom() / 1.25)

    def zoom_actual(self) -> None:
        self.set_zoom(1.0)

    def zoom_fit(self) -> None:
        if self.scene() is None:
            return
        rect = self.scene().sceneRect()
        if rect.isEmpty():
            return
        self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        if self.zoom() > 1.0:
            self.set_zoom(1.0)
        self.zoom_changed.emit(self.zoom())

    def wheelEvent(self, event) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120
            self.set_zoom(self.zoom() * (1.15 ** steps), event.position())
            event.accept()
            return
        super().wheelEvent(event)

    def viewportEvent(self, event) -> bool:
        if event.type() == QEvent.Type.Gesture:
            pinch = event.gesture(Qt.GestureType.PinchGesture)
            if pinch is not None:
                self.set_zoom(self.zoom() * pinch.scaleFactor(), QPointF())
                return True
        return super().viewportEvent(event)

    # ------------------------------------------------------------ pan
    ARROWS = {Qt.Key.Key_Left: "left", Qt.Key.Key_Right: "right", Qt.Key.Key_Up: "up", Qt.Key.Key_Down: "down"}

    def keyPressEvent(self, event) -> None:
        scene = self.scene()
        if scene is None:
            super().keyPressEvent(event)
            return
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat() and scene.editor_item is None:
            self._space = True
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            return
        if event.key() == Qt.Key.Key_Escape:
            scene.cancel_gesture()
            if scene.connect_from_keyboard:
                scene.connect_from_keyboard = None
                event.accept()
                return
        if scene.editor_item is None and self._keyboard(event):
            event.accept()
            return
        super().keyPressEvent(event)

    def _keyboard(self, event) -> bool:
        """Arrows walk the map, Shift+arrows add to the selection, Alt+arrows move the selected
        cards one cell, Enter edits.
        A selected emotion face keeps the keys for itself."""
        scene = self.scene()
        if any(getattr(item, "kind", "") == "emotion_point" for item in scene.selectedItems()):
            return False  # a selected face takes Up/Down (score) and Enter (note) itself
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        direction = self.ARROWS.get(event.key())
        if direction and modifiers == Qt.KeyboardModifier.AltModifier:
            scene.keyboard_move(direction)
            return True
        if direction and modifiers == Qt.KeyboardModifier.NoModifier:
            scene.keyboard_step(direction)
            return True
        if direction and modifiers == Qt.KeyboardModifier.ShiftModifier:
            scene.keyboard_extend(direction)
            return True
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and modifiers == Qt.KeyboardModifier.NoModifier:
            scene.keyboard_activate()
            return True
        return False

    def keyReleaseEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space = False
            self.viewport().unsetCursor()
            return
        super().keyReleaseEvent(event)

    def mousePressEvent(self, event) -> None:
        if self._select_frozen_header(event):
            event.accept()
            return
        if event.button() == Qt.MouseButton.MiddleButton or (self._space and event.button() == Qt.MouseButton.LeftButton):
            self._pan_from = event.position()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:
        if self._pan_from is not None:
            delta = event.position() - self._pan_from
            self._pan_from = event.position()
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - round(delta.x()))
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - round(delta.y()))
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event) -> None:
        if self._pan_from is not None:
            self._pan_from = None
            if self._space:
                self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            else:
                self.viewport().unsetCursor()
            event.accept()
            return
        super().mouseReleaseEvent(event)

    # ------------------------------------------------------------ frozen headers
    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:
        """When the stage headers or lane headers scroll out of sight, draw them pinned to the
        top or left edge (like a spreadsheet's frozen first row and column)."""
        layout = self.scene().layout if self.scene() is not None else None
        if layout is None or not layout.stages:
            return
        visible = self.mapToScene(self.viewport().rect()).boundingRect()
        # the same lines and height as the headers in the map (the band fits the tallest stage)
        lanes_frozen = visible.left() > STYLE.margin - 4 and bool(layout.lanes)
        column_w = layout.lanes[0].header.w + 8 if layout.lanes else 0.0
        if lanes_frozen:
            painter.save()
            painter.fillRect(QRectF(visible.left(), visible.top(), column_w, visible.height()), pinned_fill(235))
            for lane in layout.lanes:
                h = lane.header
                if h.bottom < visible.top() or h.y > visible.bottom():
                    continue
                paint_lane_header(painter, QRectF(visible.left() + 4, h.y, h.w, h.h), lane.name_lines, lane.kind, False)
            painter.setPen(QPen(QColor(theme().grid_line), 1))
            painter.drawLine(QPointF(visible.left() + column_w, visible.top()),
                             QPointF(visible.left() + column_w, visible.bottom()))
            painter.restore()
        header_top = layout.stages[0].header.y
        if visible.top() > header_top - 4:
            painter.save()
            band = QRectF(visible.left(), visible.top(), visible.width(), pinned_band_height(layout))
            painter.fillRect(band, pinned_fill(235))
            if lanes_frozen:  # stages scrolled under the frozen lane column stay hidden behind it
                painter.fillRect(QRectF(band.left(), band.top(), column_w, band.height()), pinned_fill(255))
                painter.setClipRect(band.adjusted(column_w, 0, 0, 0))
            for stage in layout.stages:
                h = stage.header
                if h.right < visible.left() or h.x > visible.right():
                    continue
                paint_stage_header(painter, QRectF(h.x, visible.top() + 4, h.w, h.h), stage.name_lines,
                                   stage.goal_lines, stage.colour, False)
            self._draw_pinned_steps(painter, layout, visible)
            painter.setClipping(False)
            painter.setPen(QPen(QColor(theme().grid_line), 1))
            painter.drawLine(band.bottomLeft(), band.bottomRight())
            painter.restore()

    def _draw_pinned_steps(self, painter: QPainter, layout, visible: QRectF) -> None:
        """The step band under the pinned stage headers, as the map draws it (with the on-screen
        "Step 2" of unnamed steps)."""
        if not layout.step_band:
            return
        placeholders = {item.entity_id: item.placeholder for item in self.scene().headers.values()
                        if item.kind == "step"}
        for step in layout.columns:
            h = step.header
            if h.right < visible.left() or h.x > visible.right():
                continue
            paint_step_header(painter, QRectF(h.x, pinned_step_top(layout, step, visible), h.w, h.h),
                              step.name_lines, step.colour, False, placeholders.get(step.id, ""))

    def reveal(self, rect: QRectF, xmargin: int = 40, ymargin: int = 40) -> None:
        """ensureVisible, clear of the pinned headers: a rect scrolled to the left or top edge
        would sit under the pinned lane column or header band, so room for them is kept."""
        layout = self.scene().layout if self.scene() is not None else None
        if layout is not None and layout.stages:
            column = (layout.lanes[0].header.w + 8) if layout.lanes else 0.0
            rect = rect.adjusted(-column, -pinned_band_height(layout), 0, 0)
        self.ensureVisible(rect, xmargin, ymargin)

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        """Scrolling moves the painted map by a blit, the pinned headers with it: repaint their
        strips where they are drawn and where the blit carried their old picture (only those
        strips, so a huge map still scrolls by blits)."""
        super().scrollContentsBy(dx, dy)
        for strip in self._pinned_strips():
            self.viewport().update(strip)
            self.viewport().update(strip.translated(dx, dy))

    def _pinned_strips(self) -> list[QRect]:
        """The viewport's strips where drawForeground may pin headers: the top band (stages and
        steps) and the left column (lanes)."""
        layout = self.scene().layout if self.scene() is not None else None
        if layout is None or not layout.stages:
            return []
        zoom, size = self.zoom(), self.viewport().size()
        band = math.ceil(pinned_band_height(layout) * zoom) + 2
        column = math.ceil(((layout.lanes[0].header.w + 8) if layout.lanes else 0.0) * zoom) + 2
        return [QRect(0, 0, size.width(), band), QRect(0, 0, column, size.height())]

    def frozen_header_at(self, view_pos) -> object | None:
        """The header item whose pinned copy (drawn by drawForeground) is under a view point: the
        pinned headers answer clicks, double-clicks and right-clicks as the real ones do."""
        scene = self.scene()
        layout = scene.layout if scene is not None else None
        if layout is None or not layout.stages:
            return None
        visible = self.mapToScene(self.viewport().rect()).boundingRect()
        pos = self.mapToScene(view_pos.toPoint() if hasattr(view_pos, "toPoint") else view_pos)
        lanes_frozen = visible.left() > STYLE.margin - 4 and bool(layout.lanes)
        column_w = layout.lanes[0].header.w + 8 if layout.lanes else 0.0
        stages_frozen = visible.top() > layout.stages[0].header.y - 4
        band_h = pinned_band_height(layout)
        in_lane_column = lanes_frozen and pos.x() <= visible.left() + column_w
        if stages_frozen and pos.y() <= visible.top() + band_h and not in_lane_column:
            step = self._pinned_step_at(layout, visible, pos)
            if step is not None:
                return scene.headers.get(step.id)
            stage = next((s for s in layout.stages if s.header.x <= pos.x() <= s.header.right), None)
            return scene.headers.get(stage.id) if stage else None
        if in_lane_column:
            lane = next((lane for lane in layout.lanes if lane.header.y <= pos.y() <= lane.header.bottom), None)
            return scene.headers.get(lane.id) if lane else None
        return None

    @staticmethod
    def _pinned_step_at(layout, visible: QRectF, pos: QPointF):
        """The step whose pinned header (under the pinned stage headers) holds a scene point."""
        if not layout.step_band:
            return None
        for step in layout.columns:
            top = pinned_step_top(layout, step, visible)
            if step.header.x <= pos.x() <= step.header.right and top <= pos.y() <= top + step.header.h:
                return step
        return None

    def _select_frozen_header(self, event) -> bool:
        header = self.frozen_header_at(event.position())
        if header is None or event.button() != Qt.MouseButton.LeftButton:
            return False
        self.scene().clearSelection()
        header.setSelected(True)
        return True

    def mouseDoubleClickEvent(self, event) -> None:
        header = self.frozen_header_at(event.position())
        if header is not None:
            self.scene().clearSelection()
            header.setSelected(True)
            self.scene().begin_edit(header)
            event.accept()
            return
        super().mouseDoubleClickEvent(event)

    def contextMenuEvent(self, event) -> None:
        header = self.frozen_header_at(event.pos())
        if header is not None:
            scene = self.scene()
            scene.clearSelection()
            header.setSelected(True)
            scene.context_requested.emit(header, header.rect.center(), event.globalPos())
            event.accept()
            return
        super().contextMenuEvent(event)

    # ------------------------------------------------------------ drops
    CARD_TYPE_MIME = "application/x-journeyeditor-card-type"

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasFormat(self.CARD_TYPE_MIME):
            event.acceptProposedAction()
            return
        event.ignore()  # files go to the window, which opens .journey projects

    def dragMoveEvent(self, event) -> None:
        if event.mimeData().hasFormat(self.CARD_TYPE_MIME):
            stage, lane = self.scene().cell_at(self.mapToScene(event.position().toPoint()))
            if stage and lane:
                event.acceptProposedAction()
                return
        event.ignore()

    def dropEvent(self, event) -> None:
        data = event.mimeData()
        if not data.hasFormat(self.CARD_TYPE_MIME):
            event.ignore()
            return
        pos = self.mapToScene(event.position().toPoint())
        stage, lane = self.scene().cell_at(pos)
        if stage and lane and not self.scene().editor.read_only:
            card_type = bytes(data.data(self.CARD_TYPE_MIME)).decode()
            self.scene().add_card_at(stage.id, lane.id, pos.y(), card_type)
            event.acceptProposedAction()
