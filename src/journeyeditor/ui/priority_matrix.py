"""View ▸ Priority Matrix: the current map's opportunities on an impact × effort grid (impact up,
effort across), each a small pill with its title and its owner's colour; unrated ones wait in a
tray beside the grid. Dragging one to a cell rates it (one undo step, on release), dragging it
back to the tray clears its rating; with the keyboard, arrows move the selected one a cell,
Tab goes to the next one, Delete clears it. The matrix follows the model, so an undo anywhere
moves its pill back, and it shares the selection with the canvas."""

from __future__ import annotations

import html
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QToolTip, QVBoxLayout, QWidget

from ..i18n import tr
from ..layout.card_details import PROGRESS_LABELS, due_text
from ..layout.theme import current as theme
from ..reports import opportunities
from .qtfonts import ui_font

LEVELS = 5  # impact and effort are rated 1..5
#: owners' colours, in the order of their names (Okabe–Ito, then two darker tones): distinct
#: for the eight owners a map usually has; more owners reuse them
OWNER_COLOURS = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#7A5C2E", "#5E3C99")
NO_OWNER = "#9CA3AF"
INK_SOFT, LINE = "#59636E", "#C9CED6"
#: the quadrants (split through the middle of the grid), their tint and their place
QUADRANTS = {
    "Quick wins": ("#E6F4EC", "top-left"), "Major projects": ("#E7EFF8", "top-right"),
    "Fill-ins": ("#F3F3EE", "bottom-left"), "Thankless tasks": ("#FAEBE6", "bottom-right"),
}
PILL_H, PILL_GAP, CELL_PAD = 18.0, 3.0, 4.0
DOT = 12.0  # a crowded cell shows dots (their titles in the tooltip and the caption)
AXIS_LEFT, QUADRANT_ROW, AXIS_BOTTOM = 34.0, 16.0, 30.0
TRAY_HEADING = 20.0
#: keys the matrix reads itself, before the window's shortcuts
OWN_KEYS = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Delete,
            Qt.Key.Key_Backspace, Qt.Key.Key_Home, Qt.Key.Key_End, Qt.Key.Key_Return, Qt.Key.Key_Enter,
            Qt.Key.Key_Escape)


def owner_colours(owners) -> dict[str, str]:
    """A colour per owner name, by their order (case-insensitive); unowned ones grey."""
    names = sorted({o.strip() for o in owners if o.strip()}, key=str.casefold)
    colours = {name: OWNER_COLOURS[i % len(OWNER_COLOURS)] for i, name in enumerate(names)}
    colours[""] = NO_OWNER
    return colours


def quadrant(impact: int, effort: int) -> str:
    """The quadrant a rating is in ("" on the middle row or column, and unrated)."""
    middle = (LEVELS + 1) / 2
    if not impact or not effort or impact == middle or effort == middle:
        return ""
    return {(True, True): "Quick wins", (True, False): "Major projects", (False, True): "Fill-ins",
            (False, False): "Thankless tasks"}[(impact > middle, effort < middle)]


@dataclass(frozen=True)
class Spot:
    """An opportunity as the matrix shows it."""

    card_id: str
    title: str
    owner: str
    impact: int
    effort: int
    status: str
    due: str

    @property
    def rated(self) -> bool:
        return bool(self.impact and self.effort)


class MatrixView(QWidget):
    """The grid, the tray and the pills; every gesture goes through the editor."""

    card_selected = Signal(str)  # the user chose an opportunity here ("" for none)
    problem = Signal(str)  # a refused edit, in words for the status bar
    changed = Signal()  # the spots or the selection changed: the caption follows

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setAccessibleName(tr("Priority matrix"))
        self.editor = None
        self.map_id: str | None = None
        self.spots: list[Spot] = []
        self.colours: dict[str, str] = {"": NO_OWNER}
        self.selected: str | None = None
        self._places: dict[str, QRectF] = {}  # where each spot is drawn
        self._dots: set[str] = set()  # spots drawn as dots, not pills
        self._press: tuple[str, QPointF] | None = None  # a spot pressed, and where
        self._drag: QPointF | None = None  # where a dragged spot is, while dragging
        self._target: tuple[int, int] | None = None  # (impact, effort) under a drag; (0, 0) = the tray

    def sizeHint(self) -> QSize:
        return QSize(640, 280)

    def minimumSizeHint(self) -> QSize:
        return QSize(320, 240)

    # ------------------------------------------------------------------ the model
    def load(self, editor, map_id: str | None) -> None:
        self.editor, self.map_id = editor, map_id
        self.refresh()

    def refresh(self) -> None:
        project = self.editor.project if self.editor is not None else None
        m = project.get(self.map_id) if project is not None and self.map_id else None
        cards = opportunities(project, m) if m is not None else []
        self.spots = sorted((Spot(c.id, " ".join(c.title.split()) or tr("(untitled)"), c.owner.strip(), c.impact,
                                  c.effort, c.status, c.due) for c in cards),
                            key=lambda s: (not s.rated, -s.impact, s.effort, s.title.casefold(), s.card_id))
        self.colours = owner_colours(s.owner for s in self.spots)
        if self.selected not in {s.card_id for s in self.spots}:
            self.selected = None
        self._cancel_drag()
        self._place()
        self.update()
        self.changed.emit()

    def spot(self, card_id: str | None) -> Spot | None:
        return next((s for s in self.spots if s.card_id == card_id), None)

    def select(self, card_id: str | None, tell: bool = False) -> None:
        """Select a spot (None: none); `tell` says so to the canvas (a choice made here)."""
        if card_id is not None and self.spot(card_id) is None:
            card_id = None
        if card_id != self.selected:
            self.selected = card_id
            self.update()
            self.changed.emit()
        if tell and card_id is not None:
            self.card_selected.emit(card_id)

    def rate(self, card_id: str, impact: int, effort: int) -> None:
        """Rate an opportunity (0, 0: clear its rating), as one undo step; a refusal is said."""
        spot = self.spot(card_id)
        if spot is None or (spot.impact, spot.effort) == (impact, effort):
            return
        try:
            if impact and effort:
                self.editor.rate(card_id, impact, effort)
            else:
                self.editor.update(card_id, impact=0, effort=0, text=tr("Clear rating"))
        except ValueError as error:  # a read-only project
            self.problem.emit(str(error))

    # ------------------------------------------------------------------ geometry
    def frame(self) -> tuple[QRectF, QRectF]:
        """(the 5 × 5 grid, the tray): the tray beside the grid when there is width, else under it."""
        r = QRectF(self.rect()).adjusted(8, 6, -8, -6)
        if r.width() >= r.height() * 1.25:
            tray_w = max(150.0, min(260.0, r.width() * 0.26))
            tray = QRectF(r.right() - tray_w, r.top(), tray_w, r.height())
            area = QRectF(r.left(), r.top(), r.width() - tray_w - 12, r.height())
        else:
            tray_h = max(64.0, min(120.0, r.height() * 0.24))
            tray = QRectF(r.left(), r.bottom() - tray_h, r.width(), tray_h)
            area = QRectF(r.left(), r.top(), r.width(), r.height() - tray_h - 10)
        grid = area.adjusted(AXIS_LEFT, QUADRANT_ROW, 0, -(QUADRANT_ROW + AXIS_BOTTOM))
        return grid, tray

    def cell_rect(self, impact: int, effort: int) -> QRectF:
        grid, _ = self.frame()
        w, h = grid.width() / LEVELS, grid.height() / LEVELS
        return QRectF(grid.x() + (effort - 1) * w, grid.y() + (LEVELS - impact) * h, w, h)

    def cell_at(self, pos: QPointF) -> tuple[int, int] | None:
        """(impact, effort) of the cell at `pos`, (0, 0) for the tray, None elsewhere."""
        grid, tray = self.frame()
        if tray.contains(pos):
            return 0, 0
        if not grid.contains(pos):
            return None
        effort = min(LEVELS, int((pos.x() - grid.x()) / (grid.width() / LEVELS)) + 1)
        impact = LEVELS - min(LEVELS - 1, int((pos.y() - grid.y()) / (grid.height() / LEVELS)))
        return impact, effort

    def place_of(self, card_id: str) -> QRectF | None:
        """Where a spot is drawn (for tests and tooltips)."""
        return self._places.get(card_id)

    def spot_at(self, pos: QPointF) -> Spot | None:
        for card_id, rect in self._places.items():
            if rect.adjusted(-2, -2, 2, 2).contains(pos):
                return self.spot(card_id)
        return None

    def _place(self) -> None:
        """Pills (or, in a crowded cell, dots) for every spot: cells top-down, the tray in rows."""
        self._places.clear()
        self._dots.clear()
        cells: dict[tuple[int, int], list[Spot]] = {}
        for spot in self.spots:
            if spot.rated:
                cells.setdefault((spot.impact, spot.effort), []).append(spot)
        for (impact, effort), spots in cells.items():
            cell = self.cell_rect(impact, effort).adjusted(CELL_PAD, CELL_PAD, -CELL_PAD, -CELL_PAD)
            self._stack(spots, cell)
        _, tray = self.frame()
        self._flow([s for s in self.spots if not s.rated], tray.adjusted(4, TRAY_HEADING + 2, -4, -4))

    def _stack(self, spots: list[Spot], box: QRectF) -> None:
        if len(spots) * (PILL_H + PILL_GAP) - PILL_GAP <= box.height() and box.width() >= 40:
            for i, spot in enumerate(spots):
                self._places[spot.card_id] = QRectF(box.x(), box.y() + i * (PILL_H + PILL_GAP), box.width(), PILL_H)
            return
        self._dot_rows(spots, box)

    def _dot_rows(self, spots: list[Spot], box: QRectF) -> None:
        per_row = max(1, int((box.width() + 4) // (DOT + 4)))
        for i, spot in enumerate(spots):
            self._places[spot.card_id] = QRectF(box.x() + (i % per_row) * (DOT + 4),
                                                box.y() + (i // per_row) * (DOT + 4), DOT, DOT)
            self._dots.add(spot.card_id)

    def _flow(self, spots: list[Spot], box: QRectF) -> None:
        """Unrated spots in rows of pills as wide as their titles; dots when they do not fit."""
        metrics = QFontMetricsF(ui_font(11))
        x, y, places = box.x(), box.y(), []
        for spot in spots:
            w = min(box.width(), metrics.horizontalAdvance(spot.title) + 26)
            if x > box.x() and x + w > box.right():
                x, y = box.x(), y + PILL_H + PILL_GAP
            places.append(QRectF(x, y, w, PILL_H))
            x += w + PILL_GAP
        if places and places[-1].bottom() > box.bottom():
            self._dot_rows(spots, box)
            return
        for spot, rect in zip(spots, places):
            self._places[spot.card_id] = rect

    def resizeEvent(self, event) -> None:
        self._place()
        super().resizeEvent(event)

    # ------------------------------------------------------------------ painting
    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor(theme().card_fill))
        grid, tray = self.frame()
        self._paint_grid(painter, grid)
        self._paint_tray(painter, tray)
        if self._drag is not None and self._target is not None:
            target = tray if self._target == (0, 0) else self.cell_rect(*self._target)
            painter.setPen(QPen(QColor(theme().selection), 1.5, Qt.PenStyle.DashLine))
            painter.setBrush(QColor(37, 99, 235, 28))
            painter.drawRoundedRect(target.adjusted(1, 1, -1, -1), 4, 4)
        for spot in self.spots:
            rect = self._places.get(spot.card_id)
            if rect is None:
                continue
            dragged = self._drag is not None and self._press is not None and self._press[0] == spot.card_id
            painter.setOpacity(0.35 if dragged else 1.0)
            self._paint_spot(painter, spot, rect, spot.card_id in self._dots)
        painter.setOpacity(1.0)
        if self._drag is not None and self._press is not None:
            spot = self.spot(self._press[0])
            if spot is not None:
                ghost = QRectF(0, 0, min(200.0, QFontMetricsF(ui_font(11)).horizontalAdvance(spot.title) + 26), PILL_H)
                ghost.moveCenter(self._drag)
                painter.setOpacity(0.9)
                self._paint_spot(painter, spot, ghost, False)
                painter.setOpacity(1.0)
        painter.end()

    def _paint_grid(self, painter: QPainter, grid: QRectF) -> None:
        half_w, half_h = grid.width() / 2, grid.height() / 2
        for name, (tint, where) in QUADRANTS.items():
            top, left = where.startswith("top"), where.endswith("left")
            area = QRectF(grid.x() + (0 if left else half_w), grid.y() + (0 if top else half_h), half_w, half_h)
            painter.fillRect(area, QColor(theme().fill(tint)))
            label = QRectF(area.x(), grid.y() - QUADRANT_ROW if top else grid.bottom(), half_w, QUADRANT_ROW)
            painter.setFont(ui_font(11, True))
            painter.setPen(QColor(theme().ink_soft))
            align = (Qt.AlignmentFlag.AlignLeft if left else Qt.AlignmentFlag.AlignRight) | Qt.AlignmentFlag.AlignVCenter
            painter.drawText(label.adjusted(2, 0, -2, 0), int(align), tr(name))
        painter.setPen(QPen(QColor(theme().accent(LINE)), 1))
        cell_w, cell_h = grid.width() / LEVELS, grid.height() / LEVELS
        for i in range(LEVELS + 1):
            painter.drawLine(QPointF(grid.x() + i * cell_w, grid.y()), QPointF(grid.x() + i * cell_w, grid.bottom()))
            painter.drawLine(QPointF(grid.x(), grid.y() + i * cell_h), QPointF(grid.right(), grid.y() + i * cell_h))
        painter.setFont(ui_font(10))
        painter.setPen(QColor(theme().ink_soft))
        centre = int(Qt.AlignmentFlag.AlignCenter)
        numbers_y = grid.bottom() + QUADRANT_ROW
        for level in range(1, LEVELS + 1):
            painter.drawText(QRectF(grid.x() - 16, grid.y() + (LEVELS - level) * cell_h, 14, cell_h), centre,
                             str(level))
            painter.drawText(QRectF(grid.x() + (level - 1) * cell_w, numbers_y, cell_w, 14), centre, str(level))
        painter.setFont(ui_font(11, True))
        painter.setPen(QColor(theme().ink))
        painter.drawText(QRectF(grid.x(), numbers_y + 14, grid.width(), 16), centre, tr("Effort →"))
        painter.save()  # the impact axis's name, upright along it
        painter.translate(grid.x() - 26, grid.center().y())
        painter.rotate(-90)
        painter.drawText(QRectF(-grid.height() / 2, -8, grid.height(), 16), centre, tr("Impact →"))
        painter.restore()

    def _paint_tray(self, painter: QPainter, tray: QRectF) -> None:
        painter.setPen(QPen(QColor(theme().accent(LINE)), 1, Qt.PenStyle.DashLine))
        painter.setBrush(QColor(theme().fill("#FAFAF8")))
        painter.drawRoundedRect(tray, 6, 6)
        unrated = sum(1 for s in self.spots if not s.rated)
        painter.setFont(ui_font(11, True))
        painter.setPen(QColor(theme().ink_soft))
        painter.drawText(QRectF(tray.x() + 6, tray.y(), tray.width() - 12, TRAY_HEADING),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                         tr("Not rated ({0})").format(unrated) if unrated else tr("Not rated: drag here to clear"))

    def _paint_spot(self, painter: QPainter, spot: Spot, rect: QRectF, dot: bool) -> None:
        selected = spot.card_id == self.selected
        colour = QColor(self.colours.get(spot.owner, NO_OWNER))
        faded = spot.status in ("done", "dropped")
        if dot:
            painter.setPen(QPen(QColor(theme().card_fill), 1.5))
            painter.setBrush(colour)
            painter.drawEllipse(rect)
            if selected:
                painter.setPen(QPen(QColor(theme().selection), 2))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawEllipse(rect.adjusted(-3, -3, 3, 3))
            return
        painter.setPen(QPen(QColor(theme().selection), 2) if selected else QPen(QColor(theme().accent(LINE)), 1))
        painter.setBrush(QColor(theme().fill("#EAF1FE")) if selected else QColor(theme().card_fill))
        painter.drawRoundedRect(rect, PILL_H / 2, PILL_H / 2)
        if selected and self.hasFocus():  # where the keyboard is
            painter.setPen(QPen(QColor(theme().selection), 1, Qt.PenStyle.DotLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(-3, -3, 3, 3), PILL_H / 2 + 3, PILL_H / 2 + 3)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawEllipse(QRectF(rect.x() + 6, rect.center().y() - 4, 8, 8))
        font = ui_font(11)
        painter.setFont(font)
        painter.setPen(QColor(theme().ink_soft if faded else theme().ink))
        text_rect = rect.adjusted(18, 0, -7, 0)
        text = QFontMetricsF(font).elidedText(spot.title, Qt.TextElideMode.ElideRight, text_rect.width())
        painter.drawText(text_rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), text)

    # ------------------------------------------------------------------ the mouse
    def _editable(self) -> bool:
        return self.editor is not None and not self.editor.read_only

    def mousePressEvent(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        spot = self.spot_at(event.position())
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        if spot is None:
            return
        self.select(spot.card_id, tell=True)
        self._press = (spot.card_id, event.position())

    def mouseMoveEvent(self, event) -> None:
        pos = event.position()
        if self._press is None:
            over = self.spot_at(pos) is not None and self._editable()
            self.setCursor(Qt.CursorShape.OpenHandCursor if over else Qt.CursorShape.ArrowCursor)
            return
        if self._drag is None:
            if (pos - self._press[1]).manhattanLength() < QApplication.startDragDistance() or not self._editable():
                return
            self.setCursor(Qt.CursorShape.ClosedHandCursor)
        self._drag = pos
        self._target = self.cell_at(pos)
        self.update()

    def mouseReleaseEvent(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self._press is None:
            return super().mouseReleaseEvent(event)
        card_id, target = self._press[0], self.cell_at(event.position()) if self._drag is not None else None
        self._cancel_drag()
        if target is not None:  # one step, on release
            self.rate(card_id, *target)

    def _cancel_drag(self) -> None:
        dragging = self._drag is not None
        self._press = self._drag = self._target = None
        if dragging:
            self.setCursor(Qt.CursorShape.ArrowCursor)
            self.update()

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and event.key() in OWN_KEYS and \
                event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier):
            event.accept()  # Delete here clears a rating: the window's Delete (the card) must not run
            return True
        if event.type() == QEvent.Type.ToolTip:
            spot = self.spot_at(QPointF(event.pos()))
            if spot is not None:
                QToolTip.showText(event.globalPos(), describe(spot), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    # ------------------------------------------------------------------ the keyboard
    def keyPressEvent(self, event) -> None:
        key = event.key()
        if key == Qt.Key.Key_Escape and self._drag is not None:
            self._cancel_drag()
            return
        spot = self.spot(self.selected)
        moves = {Qt.Key.Key_Up: (1, 0), Qt.Key.Key_Down: (-1, 0), Qt.Key.Key_Right: (0, 1), Qt.Key.Key_Left: (0, -1)}
        if key in moves and event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier):
            if spot is None:
                self.select(self.spots[0].card_id if self.spots else None, tell=True)
            elif not spot.rated:  # an unrated one starts in the middle
                self.rate(spot.card_id, (LEVELS + 1) // 2, (LEVELS + 1) // 2)
            else:
                d_impact, d_effort = moves[key]
                impact, effort = spot.impact + d_impact, spot.effort + d_effort
                if 1 <= impact <= LEVELS and 1 <= effort <= LEVELS:
                    self.rate(spot.card_id, impact, effort)
            return
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and spot is not None:
            self.rate(spot.card_id, 0, 0)
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and spot is not None:
            self.card_selected.emit(spot.card_id)  # shown on the canvas again
            return
        if key in (Qt.Key.Key_Home, Qt.Key.Key_End) and self.spots:
            self.select(self.spots[0 if key == Qt.Key.Key_Home else -1].card_id, tell=True)
            return
        super().keyPressEvent(event)

    def focusNextPrevChild(self, forward: bool) -> bool:
        """Tab goes to the next opportunity, Shift+Tab the previous; past the last (or first) the
        focus moves on, so the matrix never holds the keyboard."""
        ids = [s.card_id for s in self.spots]
        if self.hasFocus() and ids:
            index = ids.index(self.selected) if self.selected in ids else (-1 if forward else len(ids))
            index += 1 if forward else -1
            if 0 <= index < len(ids):
                self.select(ids[index], tell=True)
                return True
        return super().focusNextPrevChild(forward)

    def focusInEvent(self, event) -> None:
        if self.selected is None and self.spots and event.reason() != Qt.FocusReason.MouseFocusReason:
            self.select(self.spots[0].card_id, tell=True)
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event) -> None:
        self._cancel_drag()
        self.update()
        super().focusOutEvent(event)


def describe(spot: Spot) -> str:
    """A spot in words: title, owner, rating and quadrant, status and due date."""
    parts = [spot.title, spot.owner or tr("no owner")]
    if spot.rated:
        rating = tr("impact {0}, effort {1}").format(spot.impact, spot.effort)
        where = quadrant(spot.impact, spot.effort)
        parts.append(f"{rating} ({tr(where)})" if where else rating)
    else:
        parts.append(tr("not rated"))
    status = tr(PROGRESS_LABELS[spot.status]) if spot.status in PROGRESS_LABELS else ""
    due = tr("due {0}").format(due_text(spot.due)) if spot.due else ""
    if status or due:
        parts.append(", ".join(x for x in (status, due) if x))
    return " — ".join(parts)


class PriorityMatrixPanel(QWidget):
    """The dock's content: which map, the matrix, and a caption saying what is selected (or how
    to use it), which a screen reader reads too."""

    card_selected = Signal(str)
    problem = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.heading = QLabel()
        self.heading.setStyleSheet("font-weight: 600;")
        self.legend = QLabel()  # each owner's colour
        self.legend.setWordWrap(True)
        self.legend.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.matrix = MatrixView()
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.caption.setStyleSheet(f"color: {INK_SOFT};")
        column = QVBoxLayout(self)
        column.setContentsMargins(6, 4, 6, 4)
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addWidget(self.legend, 1)
        column.addLayout(top)
        column.addWidget(self.matrix, 1)
        column.addWidget(self.caption)
        self.setFocusProxy(self.matrix)
        self.matrix.card_selected.connect(self.card_selected)
        self.matrix.problem.connect(self.problem)
        self.matrix.changed.connect(self._describe)
        self.editor = None
        self.map_id: str | None = None
        self._stale = False
        self._describe()

    def set_editor(self, editor) -> None:
        if self.editor is not None and shiboken6.isValid(self.editor.undo_stack):
            self.editor.undo_stack.indexChanged.disconnect(self.follow)
        self.editor = editor
        editor.undo_stack.indexChanged.connect(self.follow)
        self.set_map(None)

    def set_map(self, map_id: str | None) -> None:
        self.map_id = map_id
        self.matrix.selected = None
        self.follow()

    def follow(self, *_args) -> None:
        """After any edit, undo or redo: shown again now if visible, else when next shown."""
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        self.matrix.load(self.editor, self.map_id)

    def show_selected(self, card_id: str | None) -> None:
        """The canvas's selection (one card, or None)."""
        if self._stale and self.isVisible():
            self.follow()
        self.matrix.select(card_id)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self.follow()

    def _describe(self) -> None:
        project = self.editor.project if self.editor is not None else None
        m = project.get(self.map_id) if project is not None and self.map_id else None
        spots = self.matrix.spots
        if m is None:
            self.heading.setText(tr("No map"))
        else:
            rated = sum(1 for s in spots if s.rated)
            self.heading.setText(tr("{0}: {1} opportunities, {2} rated").format(m.name, len(spots), rated))
        owners = [name for name in self.matrix.colours if name]
        if any(not s.owner for s in spots):
            owners.append("")
        self.legend.setText("&nbsp;&nbsp; ".join(
            f'<span style="color:{self.matrix.colours[name]}">&#9679;</span>&nbsp;'
            f'{html.escape(name) if name else tr("no owner")}' for name in owners))
        spot = self.matrix.spot(self.matrix.selected)
        if spot is not None:
            text = describe(spot)
        elif m is not None and not spots:
            text = tr("This map has no opportunities or ideas yet: add them in its Opportunities lane.")
        else:
            text = tr("Drag an opportunity to a cell to rate it, or to the tray to clear its rating. With the "
                      "keyboard: Tab picks the next one, the arrows move it a cell, Delete clears its rating.")
        self.caption.setText(text)
        self.matrix.setAccessibleDescription(text)
