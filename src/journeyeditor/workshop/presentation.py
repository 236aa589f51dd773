"""Presentation mode: a map shown full screen, stage by stage, to a room.

The audience window shows only the map (AudienceView): an overview first, then each stage
spotlit and zoomed so card titles are legible from the back (slides.py, theme.py). With a second
screen the presenter gets a window of their own (presenter.py). Keys drive it all, as a presenter
clicker does: next, previous, black screen, leave; T runs the timer, and typing puts the room's
words on the map (capture.py). The map is drawn by a scene of its own on the same editor, so
every edit shows at once and nothing of the editor's selection, cursor or zoom is touched."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import QLabel, QWidget

from .. import APP_NAME
from ..canvas.scene import MapScene, step_placeholders
from ..i18n import tr
from ..model import ModelError
from .capture import CaptureBar, capture_card, parking_lot
from .keys import PRESENTATION_KEYS
from .slides import Slide, plan_slides
from .spotlight import AudienceView
from .theme import PROJECTOR, ProjectorTheme
from .timer import PresentationTimer, TimerDialog, TimerOverlay

NEXT_KEYS = {Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_PageDown, Qt.Key.Key_Space, Qt.Key.Key_Return,
             Qt.Key.Key_Enter}
PREVIOUS_KEYS = {Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_PageUp, Qt.Key.Key_Backspace}


def choose_screens(screens: list, editor_screen) -> tuple[object, object | None]:
    """(the audience's screen, the presenter's or None): with two screens or more the presenter
    keeps the one the editor is on and the room gets another; with one, the room gets it."""
    if not screens:
        return editor_screen, None
    if len(screens) < 2:
        return screens[0], None
    presenter = editor_screen if editor_screen in screens else screens[0]
    return next(s for s in screens if s is not presenter), presenter


class HelpOverlay(QLabel):
    """F1: the keys, over the map, until the next key."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        rows = "".join(f"<tr><td style='padding-right:24px'><b>{tr(keys)}</b></td><td>{tr(text)}</td></tr>"
                       for keys, text in PRESENTATION_KEYS)
        self.setText(f"<h2>{tr('Presentation keys')}</h2><table>{rows}</table>")
        self.setStyleSheet("QLabel { background: rgba(31, 35, 40, 235); color: white; padding: 28px; "
                           "border-radius: 16px; font-size: 22px; }")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.hide()

    def place(self) -> None:
        self.adjustSize()
        parent = self.parentWidget()
        self.move((parent.width() - self.width()) // 2, (parent.height() - self.height()) // 2)


class AudienceWindow(QWidget):
    """What the room sees: the map, and over it the timer, the capture bar, a black screen."""

    def __init__(self, presentation: Presentation) -> None:
        super().__init__()
        self.presentation = presentation
        self.setWindowTitle(tr("{0} — Presentation").format(presentation.map_name()) + f" — {APP_NAME}")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.view = AudienceView(presentation.scene, presentation.theme, self)
        self.blackout = QWidget(self)
        self.blackout.setStyleSheet("background: black;")
        self.blackout.setAutoFillBackground(True)
        self.blackout.hide()
        self.timer_overlay = TimerOverlay(presentation.timer, self)
        self.capture = CaptureBar(self)
        self.help = HelpOverlay(self)
        self.resize(1280, 720)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.view.setGeometry(self.rect())
        self.blackout.setGeometry(self.rect())
        self.capture.setGeometry(0, self.height() - self.capture.sizeHint().height(), self.width(),
                                 self.capture.sizeHint().height())
        self.timer_overlay.place()
        self.help.place()

    def show_blackout(self, black: bool) -> None:
        self.blackout.setVisible(black)
        self.blackout.raise_()
        self.timer_overlay.raise_()  # a break's countdown stays on the black screen
        self.capture.raise_()

    def keyPressEvent(self, event) -> None:
        if not self.presentation.key(event):
            super().keyPressEvent(event)

    def closeEvent(self, event) -> None:
        self.presentation.stop()
        super().closeEvent(event)


class Presentation(QObject):
    """One presentation of one map: its slides, where it is, the timer, capture, black screen.

    `presenter` None shows the presenter view when there is a second screen; True or False
    forces it (True on one screen puts it in a window of its own). `full_screen` False keeps the
    windows as they are sized (tests, and rehearsing in a window)."""

    slide_changed = Signal()
    finished = Signal()

    def __init__(self, editor, engine, map_id: str, settings=None, parent_window: QWidget | None = None, *,
                 presenter: bool | None = None, full_screen: bool = True, theme: ProjectorTheme = PROJECTOR,
                 clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(parent_window)
        self.editor = editor
        self.map_id = map_id
        self.settings = settings
        self.parent_window = parent_window
        self.theme = theme
        self.full_screen = full_screen
        self.scene = MapScene(editor, engine, self)
        self.scene.set_map(map_id)
        minutes, countdown = (settings.timer_minutes, settings.timer_countdown) if settings else (5, True)
        self.timer = PresentationTimer(minutes, countdown, clock, self)
        self.slides: list[Slide] = []
        self.index = 0
        self.blacked_out = False
        self.capture_lane: str | None = None  # the lane chosen in the capture bar (None: the Parking lot)
        self.timer_dialog: TimerDialog | None = None
        self.stopped = False
        self.audience = AudienceWindow(self)
        self.view = self.audience.view
        self.presenter = None
        screens = QGuiApplication.screens()
        editor_screen = parent_window.screen() if parent_window is not None else QGuiApplication.primaryScreen()
        self.audience_screen, presenter_screen = choose_screens(screens, editor_screen)
        if presenter or (presenter is None and presenter_screen is not None):
            from .presenter import PresenterWindow

            self.presenter = PresenterWindow(self)
            self.presenter_screen = presenter_screen or editor_screen
        self.view.turn.connect(self.turn)
        self.view.resized.connect(self.replan)
        self.scene.map_changed.connect(self._map_changed)
        bar = self.audience.capture
        bar.submitted.connect(self.add_captured)
        bar.closed.connect(self.close_capture)
        bar.turn.connect(self.turn)
        bar.lane.activated.connect(lambda _i: setattr(self, "capture_lane", bar.chosen()[1]))

    # ------------------------------------------------------------ start and end
    def start(self) -> None:
        self._show(self.audience, self.audience_screen)
        if self.presenter is not None:
            self._show(self.presenter, self.presenter_screen)
            self.presenter.activateWindow()
            self.presenter.setFocus()
        else:
            self.audience.activateWindow()
            self.audience.setFocus()
        self.replan()
        self.go(0)

    def _show(self, window: QWidget, screen) -> None:
        if screen is not None:
            window.setScreen(screen)
            if self.full_screen:
                window.setGeometry(screen.geometry())
        if self.full_screen:
            window.showFullScreen()
        else:
            window.show()
        window.raise_()

    def stop(self) -> None:
        """Esc: close the windows and give the editor back its keyboard, as it was."""
        if self.stopped:
            return
        self.stopped = True
        self.timer.reset()
        for window in (self.presenter, self.audience):
            if window is not None:
                window.hide()
                window.deleteLater()
        if self.timer_dialog is not None:
            self.timer_dialog.reject()
        if self.parent_window is not None:
            self.parent_window.activateWindow()
            self.parent_window.raise_()
        self.finished.emit()
        self.scene.deleteLater()
        self.deleteLater()

    def map_name(self) -> str:
        m = self.editor.project.get(self.map_id)
        return m.name if m is not None else ""

    # ------------------------------------------------------------ slides
    @property
    def slide(self) -> Slide | None:
        return self.slides[self.index] if self.slides else None

    def replan(self) -> None:
        """Cut the map into slides for the audience screen's size, staying on what was shown."""
        layout = self.scene.layout
        viewport = self.view.viewport()
        if layout is None or viewport.width() < 10 or viewport.height() < 10:
            return
        current = self.slide
        self.slides = plan_slides(layout, viewport.width(), viewport.height(), self.scene.engine.style, self.theme)
        self.index = self._find(current) if current is not None else 0
        self._show_slide()

    def _find(self, slide: Slide) -> int:
        """The new slide that shows what `slide` showed (its stage or step, its part if it still has it)."""
        keys = [s.key for s in self.slides]
        if slide.key in keys:
            return keys.index(slide.key)
        same_column = [i for i, s in enumerate(self.slides) if s.kind == slide.kind and s.stage_id == slide.stage_id
                       and s.step_id == slide.step_id]
        if same_column:
            return same_column[min(slide.part, len(same_column) - 1)]
        same_stage = [i for i, s in enumerate(self.slides) if s.stage_id == slide.stage_id and s.stage_id]
        return same_stage[0] if same_stage else min(self.index, len(self.slides) - 1)

    def go(self, index: int) -> None:
        if not self.slides:
            return
        self.index = max(0, min(len(self.slides) - 1, index))
        self.view.show_landed(None)  # a captured card's ring lasts until the slide turns
        self._show_slide()

    def _show_slide(self) -> None:
        if self.slide is None:
            return
        self.view.show_slide(self.slide)
        self.slide_changed.emit()

    def turn(self, direction: int) -> None:
        """Next (+1) or previous (-1); from a black screen the first press only brings the map back."""
        if self.blacked_out:
            self.set_blackout(False)
            return
        self.go(self.index + direction)

    def next_stage(self, direction: int = 1) -> None:
        """The first slide of the next (or previous) stage: past the remaining parts of this one."""
        if not self.slides:
            return
        stage = self.slide.stage_id
        indices = range(self.index + 1, len(self.slides)) if direction > 0 else range(self.index - 1, -1, -1)
        for i in indices:
            candidate = self.slides[i]
            if candidate.stage_id != stage and (candidate.part == 0 or candidate.kind == "overview"):
                if direction < 0:  # the stage's first part, not its last
                    while i > 0 and self.slides[i - 1].stage_id == candidate.stage_id and candidate.stage_id:
                        i -= 1
                self.go(i)
                return

    def _map_changed(self) -> None:
        if self.scene.map_id is None:  # the map went (an undo took it away)
            self.stop()
            return
        self.replan()

    # ------------------------------------------------------------ keys
    def key(self, event) -> bool:
        """A key pressed in the audience or presenter window; True when presentation mode took it."""
        k, modifiers = event.key(), event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ctrl, shift = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
        if self.audience.help.isVisible():  # any key closes the keys' help, and only that
            self.audience.help.hide()
            return True
        if event.matches(QKeySequence.StandardKey.Undo):
            self.editor.undo()
        elif event.matches(QKeySequence.StandardKey.Redo) or (k == Qt.Key.Key_Z and modifiers == ctrl | shift):
            self.editor.redo()
        elif k == Qt.Key.Key_Escape:
            self.stop()
        elif modifiers & ctrl and k in (Qt.Key.Key_Right, Qt.Key.Key_PageDown):
            self.next_stage(1)
        elif modifiers & ctrl and k in (Qt.Key.Key_Left, Qt.Key.Key_PageUp):
            self.next_stage(-1)
        elif modifiers & ctrl:
            return False
        elif k in NEXT_KEYS:
            self.turn(1)
        elif k in PREVIOUS_KEYS:
            self.turn(-1)
        elif k == Qt.Key.Key_Home:
            self.go(0)
        elif k == Qt.Key.Key_End:
            self.go(len(self.slides) - 1)
        elif k in (Qt.Key.Key_B, Qt.Key.Key_Period):
            self.set_blackout(not self.blacked_out)
        elif k == Qt.Key.Key_T and modifiers & shift:
            self.ask_timer()
        elif k == Qt.Key.Key_T:
            self.timer.toggle()
        elif k == Qt.Key.Key_R:
            self.timer.reset()
        elif k in (Qt.Key.Key_F1, Qt.Key.Key_Question) or event.text() == "?":
            self.audience.help.place()
            self.audience.help.show()
            self.audience.help.raise_()
        elif k == Qt.Key.Key_C:
            self.open_capture()
        elif k in (Qt.Key.Key_F5, Qt.Key.Key_F11):
            pass  # a clicker's "start show" key: already showing
        elif event.text() and event.text().isprintable() and not event.text().isspace():
            self.open_capture(event.text())  # typing starts a card
        else:
            return False
        return True

    def set_blackout(self, black: bool) -> None:
        self.blacked_out = black
        self.audience.show_blackout(black)
        self.slide_changed.emit()

    # ------------------------------------------------------------ timer
    def ask_timer(self) -> None:
        """Shift+T: the timer's length and mode, in a small dialog (opened, not run: the
        presentation's windows keep drawing)."""
        parent = self.presenter or self.audience
        dialog = self.timer_dialog = TimerDialog(self.timer, parent)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)

        def accepted() -> None:
            minutes, countdown = dialog.values()
            self.timer.set_up(minutes, countdown)
            if self.settings is not None:
                self.settings.timer_minutes, self.settings.timer_countdown = minutes, countdown

        dialog.accepted.connect(accepted)
        dialog.finished.connect(lambda _r: setattr(self, "timer_dialog", None))
        dialog.open()

    # ------------------------------------------------------------ capture
    def capture_target(self) -> tuple[str, list[tuple[str, str]], str]:
        """The spotlit stage's name, its steps (id, name as shown) and the step a card goes in:
        the slide's step, else the stage's first."""
        slide = self.slide
        contents = self.editor.project.contents(self.map_id)
        stage_id = slide.stage_id if slide is not None and slide.stage_id else ""
        if not stage_id:  # the overview: the first stage
            stage_id = contents.stages[0].id if contents.stages else ""
        stage = self.editor.project.get(stage_id)
        if stage is None:
            return "", [], ""
        placeholders = step_placeholders(self.scene.layout) if self.scene.layout else {}
        steps = [(s.id, s.name.strip() or placeholders.get(s.id, stage.name)) for s in contents.steps_of(stage_id)]
        step_id = slide.step_id if slide is not None and slide.step_id else (steps[0][0] if steps else "")
        return stage.name, steps, step_id

    def open_capture(self, text: str = "") -> None:
        bar = self.audience.capture
        if self.editor.read_only:
            self.flash(tr("This project is read-only: nothing can be added"))
            return
        stage_name, steps, step_id = self.capture_target()
        if not steps:
            self.flash(tr("The map has no stage to add a card to"))
            return
        lanes = [(lane.id, lane.name) for lane in self.editor.project.contents(self.map_id).lanes]
        lot = parking_lot(self.editor, self.map_id)
        lane = self.capture_lane if self.capture_lane in dict(lanes) else (lot.id if lot else None)
        bar.offer(stage_name, steps, step_id, lanes, lane, lot is None)
        if self.blacked_out:
            self.set_blackout(False)
        self.audience.activateWindow()
        bar.open(text)

    def close_capture(self) -> None:
        self.audience.capture.hide()
        window = self.presenter or self.audience
        window.activateWindow()
        window.setFocus()

    def add_captured(self, text: str) -> str | None:
        """Enter in the capture bar: the card, in the chosen step and lane; the bar stays open
        for the next one, and the slide turns to where the card landed if it is out of sight."""
        bar = self.audience.capture
        step_id, lane_id = bar.chosen()
        try:
            card = capture_card(self.editor, self.map_id, step_id, lane_id, text)
        except ModelError as error:
            self.flash(str(error))
            return None
        self.capture_lane = card.lane_id
        bar.text.clear()
        self.offer_again()
        self.reveal_card(card.id)
        return card.id

    def offer_again(self) -> None:
        """The capture bar's lists after an edit (a Parking lot lane made by the last card)."""
        bar = self.audience.capture
        if bar.isVisible():
            chosen_step = bar.chosen()[0]
            stage_name, steps, _step = self.capture_target()
            lanes = [(lane.id, lane.name) for lane in self.editor.project.contents(self.map_id).lanes]
            lot = parking_lot(self.editor, self.map_id)
            bar.offer(stage_name, steps, chosen_step, lanes, self.capture_lane, lot is None)

    def reveal_card(self, card_id: str) -> None:
        """Turn to the part of the stage where the card is (if this one doesn't show it) and
        ring it, so the room sees its words land."""
        card = self.editor.project.get(card_id)
        if card is None or self.slide is None:
            return
        if card.lane_id not in self.slide.lane_ids or self.slide.kind == "overview":
            for i, slide in enumerate(self.slides):
                if slide.stage_id == card.stage_id and card.lane_id in slide.lane_ids and \
                        (not slide.step_id or slide.step_id == card.step_id):
                    self.go(i)
                    break
        self.view.show_landed(card_id)

    def flash(self, text: str) -> None:
        """A short message for the presenter (in their window, else over the capture bar's place)."""
        if self.presenter is not None:
            self.presenter.say(text)
            return
        label = getattr(self, "_flash_label", None)
        if label is None:
            label = self._flash_label = QLabel(self.audience)
            label.setStyleSheet("QLabel { background: #1F2328; color: white; padding: 12px 20px; "
                                "border-radius: 10px; font-size: 22px; }")
        label.setText(text)
        label.adjustSize()
        label.move((self.audience.width() - label.width()) // 2, self.audience.height() - label.height() - 24)
        label.show()
        label.raise_()
        QTimer.singleShot(4000, label.hide)
