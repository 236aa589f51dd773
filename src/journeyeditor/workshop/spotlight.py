"""The audience's view of a presented map: no scroll bars, no selection by the mouse, the slide's
window at the slide's zoom, and the stages out of the spotlight faded to the projector theme's
opacity. The map's own items draw it, so an edit shows at once."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPainter, QPen, QTransform
from PySide6.QtWidgets import QFrame, QGraphicsView

from ..canvas.paint import STYLE
from ..canvas.view import MapView
from ..layout.map_layout import Rect
from ..layout.style import BACKGROUND
from .slides import Slide, dimmed_spans, lane_column_width
from .theme import PROJECTOR, ProjectorTheme

LANDED_COLOUR = "#2563EB"  # the ring round a card the room's words just made


def as_rect(rect: QRectF) -> Rect:
    return Rect(rect.x(), rect.y(), rect.width(), rect.height())


def paint_spotlight(painter: QPainter, layout, visible: QRectF, slide: Slide | None, theme: ProjectorTheme) -> None:
    """Fade what is out of the slide's spotlight: the page's colour laid over it, so the rest shows
    at `theme.dimmed_opacity`. The fading stops at the grid's bottom: the legend keeps its colours."""
    if slide is None or slide.spotlight is None or layout is None:
        return
    fade = QColor(BACKGROUND)
    fade.setAlphaF(1 - theme.dimmed_opacity)
    bottom = min(visible.bottom(), slide.spotlight.bottom)
    for x0, x1 in dimmed_spans(layout, as_rect(visible), slide.spotlight):
        painter.fillRect(QRectF(x0, visible.top(), x1 - x0, bottom - visible.top()), fade)


def quiet_view(view: QGraphicsView) -> None:
    """A view to look at, not to work in: no frame, no scroll bars, no focus, no drops."""
    view.setInteractive(False)
    view.setFrameShape(QFrame.Shape.NoFrame)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    view.setAcceptDrops(False)
    view.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
    view.setResizeAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
    view.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)


class AudienceView(MapView):
    """The map as the room sees it. A click (or the wheel) turns the slides, as in any
    presentation program; the pointer hides when it rests."""

    turn = Signal(int)  # +1 next, -1 previous
    resized = Signal()
    POINTER_REST_MS = 2000

    def __init__(self, scene, theme: ProjectorTheme = PROJECTOR, parent=None) -> None:
        super().__init__(scene, parent)
        quiet_view(self)
        self.theme = theme
        self.slide: Slide | None = None
        self.landed: str | None = None  # a card just captured: ringed until the slide turns
        self._pointer_rest = QTimer(self)
        self._pointer_rest.setSingleShot(True)
        self._pointer_rest.setInterval(self.POINTER_REST_MS)
        self._pointer_rest.timeout.connect(lambda: self.viewport().setCursor(Qt.CursorShape.BlankCursor))

    def show_slide(self, slide: Slide) -> None:
        self.slide = slide
        layout = self.scene().layout if self.scene() is not None else None
        if layout is not None:
            # room around the map, so any window can be centred (the edges show the backdrop)
            room = max(slide.window.w, slide.window.h)
            self.setSceneRect(QRectF(-room, -room, layout.width + 2 * room, layout.height + 2 * room))
        self.setTransform(QTransform.fromScale(slide.scale, slide.scale))
        self.centerOn(slide.window.cx, slide.window.cy)
        self.viewport().update()
        self._pointer_rest.start()  # the pointer hides unless it moves again

    def visible_rect(self) -> QRectF:
        return self.mapToScene(self.viewport().rect()).boundingRect()

    def drawBackground(self, painter: QPainter, rect: QRectF) -> None:
        painter.fillRect(rect, QColor(self.theme.backdrop))

    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:
        super().drawForeground(painter, rect)  # the pinned stage and lane headers
        scene = self.scene()
        layout = scene.layout if scene is not None else None
        visible = self.visible_rect()
        if layout is not None and layout.stages and self.slide is not None and self.slide.spotlight is not None:
            # above the pinned lane headers, the map's own headers show through: a clean corner instead
            corner_h = layout.grid.y - visible.top()
            if visible.left() > STYLE.margin - 4 and corner_h > 0:
                painter.fillRect(QRectF(visible.left(), visible.top(), lane_column_width(layout), corner_h),
                                 QColor(BACKGROUND))
        paint_spotlight(painter, layout, visible, self.slide, self.theme)
        box = layout.cards.get(self.landed) if layout is not None and self.landed else None
        if box is not None:
            r = box.rect
            painter.setPen(QPen(QColor(LANDED_COLOUR), 3))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(r.x - 4, r.y - 4, r.w + 8, r.h + 8), 10, 10)

    def show_landed(self, card_id: str | None) -> None:
        self.landed = card_id
        self.viewport().update()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.resized.emit()

    # the room's view takes no editing gestures: clicks and the wheel turn the slides
    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.turn.emit(1)
        elif event.button() == Qt.MouseButton.RightButton:
            self.turn.emit(-1)
        event.accept()

    def mouseReleaseEvent(self, event) -> None:
        event.accept()

    def mouseDoubleClickEvent(self, event) -> None:
        event.accept()

    def mouseMoveEvent(self, event) -> None:
        self.viewport().unsetCursor()
        self._pointer_rest.start()
        event.accept()

    def contextMenuEvent(self, event) -> None:
        event.accept()

    def wheelEvent(self, event) -> None:
        delta = event.angleDelta().y()
        if delta:
            self.turn.emit(-1 if delta > 0 else 1)
        event.accept()

    def keyPressEvent(self, event) -> None:
        event.ignore()  # the window's: it turns the slides

    def keyReleaseEvent(self, event) -> None:
        event.ignore()


class SlidePreview(AudienceView):
    """A slide in small, for the presenter: its window fitted, pinned headers and fading as the
    room sees them. Clicks do nothing here (the presenter clicks to focus the window)."""

    def show_slide(self, slide: Slide | None) -> None:
        self.slide = slide
        layout = self.scene().layout if self.scene() is not None else None
        if slide is not None and layout is not None:
            room = max(slide.window.w, slide.window.h)
            self.setSceneRect(QRectF(-room, -room, layout.width + 2 * room, layout.height + 2 * room))
            self.fitInView(QRectF(slide.window.x, slide.window.y, slide.window.w, slide.window.h),
                           Qt.AspectRatioMode.KeepAspectRatio)
        self.viewport().update()

    def resizeEvent(self, event) -> None:
        QGraphicsView.resizeEvent(self, event)
        self.show_slide(self.slide)

    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:
        if self.slide is None:
            painter.fillRect(rect, QColor(self.theme.backdrop))  # past the last slide: nothing
            return
        super().drawForeground(painter, rect)

    def mousePressEvent(self, event) -> None:
        event.accept()

    def wheelEvent(self, event) -> None:
        event.accept()
