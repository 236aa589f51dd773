"""The presenter view, on the presenter's own screen while the room sees only the map: the slide
now and the next one, the stage's goal and notes, the timer, and the tally of the map's latest
voting round. It takes the same keys as the audience window."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from .. import APP_NAME
from ..i18n import tr
from ..model import Comment, Stage
from ..model.voting import tally
from ..ui.qtfonts import ui_font
from .spotlight import SlidePreview

if TYPE_CHECKING:
    from .presentation import Presentation
    from .slides import Slide

TALLY_ROWS = 8


def slide_title(presentation: Presentation, slide: Slide | None) -> str:
    """"Overview", or the stage's name (with the step's, and the part of a tall stage)."""
    if slide is None:
        return tr("The end")
    if slide.kind == "overview":
        return tr("Overview")
    project = presentation.editor.project
    stage = project.get(slide.stage_id)
    title = stage.name if stage is not None else ""
    step = project.get(slide.step_id) if slide.step_id else None
    if step is not None and step.name.strip():
        title += f" › {step.name}"
    if slide.parts > 1:
        title += " " + tr("(part {0} of {1})").format(slide.part + 1, slide.parts)
    return title


def stage_notes(presentation: Presentation, stage_id: str) -> list[str]:
    """What the presenter has to say about a stage: its steps' descriptions, then the open
    comment threads on the stage and its steps (replies indented)."""
    project = presentation.editor.project
    contents = project.contents(presentation.map_id)
    steps = contents.steps_of(stage_id)
    notes = [f"{step.name}: {step.description}" if step.name.strip() else step.description
             for step in steps if step.description.strip()]
    subjects = {stage_id, *(step.id for step in steps)}
    comments = sorted(contents.comments.values(), key=lambda c: c.created)
    threads = [c for c in comments if c.subject_id in subjects and not c.parent_id and not c.resolved]
    for thread in threads:
        notes.append(_comment_line(thread))
        notes += ["    " + _comment_line(reply) for reply in _replies(comments, thread.id)]
    return notes


def _replies(comments: list[Comment], parent_id: str) -> list[Comment]:
    found = []
    for comment in comments:
        if comment.parent_id == parent_id:
            found += [comment, *_replies(comments, comment.id)]
    return found


def _comment_line(comment: Comment) -> str:
    return f"“{comment.text}”" + (f" — {comment.author}" if comment.author else "")


def latest_tally(presentation: Presentation) -> tuple[str, list[tuple[int, str]]]:
    """The map's latest voting round's name and its rows (votes, card title), most votes first."""
    project = presentation.editor.project
    rounds = list(project.contents(presentation.map_id).rounds.values())
    if not rounds:
        return "", []
    voting = max(rounds, key=lambda r: r.created)
    return voting.name or tr("Voting round"), [(row.votes, row.card.title or tr("(untitled card)"))
                                             for row in tally(project, voting)]


class PresenterWindow(QWidget):
    def __init__(self, presentation: Presentation) -> None:
        super().__init__()
        self.presentation = presentation
        self.setWindowTitle(tr("{0} — Presenter view").format(presentation.map_name()) + f" — {APP_NAME}")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setStyleSheet("PresenterWindow, QLabel { background: #1B1F24; color: #F6F6F3; }")
        self.setAutoFillBackground(True)
        self.position = self._label(20, True)
        self.current = SlidePreview(presentation.scene, presentation.theme)
        self.next_label = self._label(16, True)
        self.next = SlidePreview(presentation.scene, presentation.theme)
        self.timer_label = self._label(56, True)
        self.timer_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.goal = self._label(18)
        self.notes = self._label(16)
        self.tally = self._label(16)
        self.status = self._label(16, True)
        self.keys = self._label(13)
        self.keys.setText(tr("→ next · ← previous · B black · T timer · Shift+T set timer · C capture · "
                             "F1 keys · Esc leave"))
        left = QVBoxLayout()
        left.addWidget(self.position)
        left.addWidget(self.current, 3)
        left.addWidget(self.next_label)
        left.addWidget(self.next, 2)
        right = QVBoxLayout()
        right.addWidget(self.timer_label)
        right.addWidget(self.status)
        for heading, label in ((tr("Goal"), self.goal), (tr("Notes"), self.notes), (tr("Votes"), self.tally)):
            title = self._label(14, True)
            title.setText(heading.upper())
            title.setStyleSheet("color: #9AA4AF;")
            right.addWidget(title)
            right.addWidget(label)
        right.addStretch(1)
        right.addWidget(self.keys)
        grid = QGridLayout(self)
        grid.setContentsMargins(24, 24, 24, 24)
        grid.setHorizontalSpacing(32)
        grid.addLayout(left, 0, 0)
        grid.addLayout(right, 0, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        self._said = QTimer(self)
        self._said.setSingleShot(True)
        self._said.timeout.connect(self.refresh)
        presentation.slide_changed.connect(self.refresh)
        presentation.scene.map_changed.connect(self.refresh)
        presentation.timer.changed.connect(self.show_timer)
        self.resize(1280, 800)
        self.refresh()

    @staticmethod
    def _label(pixel_size: int, bold: bool = False) -> QLabel:
        label = QLabel()
        label.setFont(ui_font(pixel_size, bold))
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        return label

    def refresh(self) -> None:
        p = self.presentation
        if p.stopped:
            return
        slide = p.slide
        count = len(p.slides)
        self.position.setText(tr("Slide {0} of {1}: {2}").format(p.index + 1, count, slide_title(p, slide)))
        following = p.slides[p.index + 1] if p.index + 1 < count else None
        self.next_label.setText(tr("Next: {0}").format(slide_title(p, following)))
        self.current.show_slide(slide)
        self.next.show_slide(following)
        stage = p.editor.project.get(slide.stage_id) if slide is not None and slide.stage_id else None
        if isinstance(stage, Stage):
            self.goal.setText(stage.goal or tr("(no goal written for this stage)"))
            notes = stage_notes(p, stage.id)
            self.notes.setText("\n".join(notes) if notes else tr("(no notes or open comments)"))
        else:
            self.goal.setText(tr("The whole map: {0}").format(p.map_name()))
            self.notes.setText("")
        name, rows = latest_tally(p)
        if not name:
            self.tally.setText(tr("No voting round on this map yet"))
        else:
            lines = [f"{votes:>3}  {title}" for votes, title in rows[:TALLY_ROWS]]
            if len(rows) > TALLY_ROWS:
                lines.append(tr("… and {0} more cards").format(len(rows) - TALLY_ROWS))
            self.tally.setText(name + "\n" + ("\n".join(lines) if lines else tr("No votes yet")))
        self.status.setText(tr("The room sees a black screen (B brings the map back)") if p.blacked_out else "")
        self.show_timer()

    def say(self, text: str) -> None:
        """A message for the presenter, for a few seconds."""
        self.status.setText(text)
        self._said.start(5000)

    def show_timer(self) -> None:
        timer = self.presentation.timer
        fill, ink = timer.colours()
        if not timer.shown:
            self.timer_label.setFont(ui_font(20))
            self.timer_label.setText(tr("Timer: T starts it, Shift+T sets it"))
            self.timer_label.setStyleSheet("color: #9AA4AF;")
            return
        self.timer_label.setFont(ui_font(56, True))
        over = tr("Time's up") + "  " if timer.is_over() else ""
        paused = "" if timer.running or timer.is_over() else "  " + tr("(paused)")
        self.timer_label.setText(over + timer.text() + paused)
        self.timer_label.setStyleSheet(f"background: {fill}; color: {ink}; border-radius: 12px; padding: 8px;")

    def keyPressEvent(self, event) -> None:
        if not self.presentation.key(event):
            super().keyPressEvent(event)

    def closeEvent(self, event) -> None:
        self.presentation.stop()
        super().closeEvent(event)
