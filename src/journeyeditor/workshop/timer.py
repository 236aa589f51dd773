"""The workshop timer: a countdown (or a stopwatch) the whole room can see, started and paused by
a key, whose end is seen, not heard: the overlay turns red, flashes and counts the time over."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFontMetricsF, QPainter
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QRadioButton,
    QSpinBox,
    QWidget,
)

from ..i18n import tr
from ..ui.qtfonts import ui_font

RUNNING_COLOUR = "#1F2328"
PAUSED_COLOUR = "#59636E"
OVER_COLOUR = "#C62828"  # red the room cannot miss, flashing with its light form (each readable)
OVER_FLASH_COLOUR = "#FFCDD2"
OVER_FLASH_INK = "#8E0000"


def clock_text(seconds: float) -> str:
    """m:ss (h:mm:ss past an hour), whole seconds."""
    seconds = int(seconds)
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


class PresentationTimer(QObject):
    """Time kept from a clock (monotonic seconds; a test passes its own), so pausing, resuming and
    the end are exact whatever the ticks' timing. `changed` fires on every visible change;
    `ended` once when a countdown reaches zero."""

    changed = Signal()
    ended = Signal()
    TICK_MS = 250

    def __init__(self, minutes: float = 5.0, countdown: bool = True, clock: Callable[[], float] = time.monotonic,
                 parent=None) -> None:
        super().__init__(parent)
        self.minutes = minutes
        self.countdown = countdown
        self.clock = clock
        self.shown = False  # the overlay appears once the timer is first started or set
        self.running = False
        self._banked = 0.0  # seconds run before the last start
        self._started = 0.0
        self._ended_said = False
        self._ticker = QTimer(self)
        self._ticker.setInterval(self.TICK_MS)
        self._ticker.timeout.connect(self.tick)

    # ------------------------------------------------------------ state
    def elapsed(self) -> float:
        return self._banked + (self.clock() - self._started if self.running else 0.0)

    def remaining(self) -> float:
        return self.minutes * 60 - self.elapsed()

    def is_over(self) -> bool:
        return self.countdown and self.remaining() <= 0

    def text(self) -> str:
        if not self.countdown:
            return clock_text(self.elapsed())
        remaining = self.remaining()
        if remaining <= 0:
            return "+" + clock_text(-remaining)
        return clock_text(remaining + 0.999)  # 4:59.2 left shows 5:00 until a whole second went

    def flash_on(self) -> bool:
        """While over time: which half of each second the overlay is in (it flashes)."""
        return self.is_over() and int(-self.remaining() * 2) % 2 == 0

    # ------------------------------------------------------------ keys
    def toggle(self) -> None:
        """T: start, pause, resume."""
        if self.running:
            self._banked = self.elapsed()
            self.running = False
            self._ticker.stop()
        else:
            self._started = self.clock()
            self.running = True
            self._ticker.start()
        self.shown = True
        self.changed.emit()

    def reset(self) -> None:
        """R: back to the start, paused; a second R (already reset) hides the timer."""
        at_start = not self.running and self._banked == 0.0
        self.running = False
        self._ticker.stop()
        self._banked = 0.0
        self._ended_said = False
        self.shown = self.shown and not at_start
        self.changed.emit()

    def set_up(self, minutes: float, countdown: bool) -> None:
        """Shift+T's dialog: a new length or mode, ready to start."""
        self.minutes, self.countdown = minutes, countdown
        self.running = False
        self._ticker.stop()
        self._banked = 0.0
        self._ended_said = False
        self.shown = True
        self.changed.emit()

    def tick(self) -> None:
        if self.is_over() and not self._ended_said:
            self._ended_said = True
            self.ended.emit()
        self.changed.emit()

    def colours(self) -> tuple[str, str]:
        """(fill, text) of the overlay as it is now."""
        if self.is_over():
            return (OVER_COLOUR, "#FFFFFF") if self.flash_on() else (OVER_FLASH_COLOUR, OVER_FLASH_INK)
        return (RUNNING_COLOUR if self.running else PAUSED_COLOUR), "#FFFFFF"


class TimerOverlay(QWidget):
    """The timer as the room sees it: a big pill at the top right of the screen."""

    def __init__(self, timer: PresentationTimer, parent=None, pixel_size: float = 44.0) -> None:
        super().__init__(parent)
        self.timer = timer
        self.pixel_size = pixel_size
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        timer.changed.connect(self.refresh)
        self.refresh()

    def label(self) -> str:
        if self.timer.is_over():
            return tr("Time's up") + "  " + self.timer.text()
        return self.timer.text()

    def paused(self) -> bool:
        return not self.timer.running and not self.timer.is_over()

    def refresh(self) -> None:
        self.setVisible(self.timer.shown)
        metrics = QFontMetricsF(ui_font(self.pixel_size, True))
        # the pause sign's room is kept while running, so the pill does not jump at each key
        width = metrics.horizontalAdvance(self.label()) + self.pixel_size * 1.9
        self.resize(int(width), int(metrics.height() + self.pixel_size * 0.5))
        self.place()
        self.update()

    def place(self) -> None:
        parent = self.parentWidget()
        if parent is not None:
            margin = round(self.pixel_size * 0.5)
            self.move(parent.width() - self.width() - margin, margin)

    def paintEvent(self, _event) -> None:
        fill, ink = self.timer.colours()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(fill))
        rect = QRectF(self.rect())
        painter.drawRoundedRect(rect, rect.height() / 2, rect.height() / 2)
        text_rect = rect.adjusted(self.pixel_size * 0.7, 0, -self.pixel_size * 0.4, 0)
        if self.paused():  # two bars, drawn: no font is trusted with a pause sign
            bar_w, bar_h = self.pixel_size * 0.12, self.pixel_size * 0.5
            top = rect.center().y() - bar_h / 2
            painter.setBrush(QColor(ink))
            for x in (self.pixel_size * 0.45, self.pixel_size * 0.66):
                painter.drawRect(QRectF(x, top, bar_w, bar_h))
        painter.setFont(ui_font(self.pixel_size, True))
        painter.setPen(QColor(ink))
        painter.drawText(text_rect, int(Qt.AlignmentFlag.AlignCenter), self.label())


class TimerDialog(QDialog):
    """Shift+T: the timer's minutes, and countdown or stopwatch."""

    def __init__(self, timer: PresentationTimer, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Timer"))
        self.minutes = QSpinBox()
        self.minutes.setRange(1, 240)
        self.minutes.setValue(max(1, round(timer.minutes)))
        self.minutes.setSuffix(tr(" min"))
        self.countdown = QRadioButton(tr("Countdown"))
        self.stopwatch = QRadioButton(tr("Stopwatch"))
        group = QButtonGroup(self)
        group.addButton(self.countdown)
        group.addButton(self.stopwatch)
        (self.countdown if timer.countdown else self.stopwatch).setChecked(True)
        self.stopwatch.toggled.connect(lambda on: self.minutes.setEnabled(not on))
        self.minutes.setEnabled(timer.countdown)
        modes = QHBoxLayout()
        modes.addWidget(self.countdown)
        modes.addWidget(self.stopwatch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(tr("Mode:"), modes)
        form.addRow(tr("Length:"), self.minutes)
        form.addRow(buttons)
        self.minutes.setFocus()
        self.minutes.selectAll()

    def values(self) -> tuple[int, bool]:
        return self.minutes.value(), self.countdown.isChecked()
