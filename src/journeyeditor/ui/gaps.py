"""Gaps in the window: the dialog that adds or edits one (kind and note), the words that say
where a gap is, and the list of suggested gaps to accept or dismiss (Map ▸ Suggest Gaps…).
Every accept, dismiss, add and edit is one undo step through the editor."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QIcon, QKeySequence, QPainter, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from ..canvas.gaps import paint_gap_disc
from ..i18n import tr
from ..layout.gap_marks import GAP_LABELS
from ..model import Gap, ModelError, Step
from ..model.gaps import suggest_gaps


def gap_icon(kind: str, size: int = 20) -> QIcon:
    """A gap kind's disc and icon, as on the map, for lists and choices."""
    icon = QIcon()
    for dpr in (1.0, 2.0):
        pixmap = QPixmap(round(size * dpr), round(size * dpr))
        pixmap.setDevicePixelRatio(dpr)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        paint_gap_disc(painter, kind, size / 2, size / 2, size / 2 - 1)
        painter.end()
        icon.addPixmap(pixmap)
    return icon


def step_label(project, step: Step) -> str:
    """A step as its header reads: its name, or its stage's (with "step N" in a stage of several)."""
    if step.name.strip():
        return step.name
    stage = project.get(step.stage_id)
    steps = project.contents(step.map_id).steps_of(step.stage_id)
    name = stage.name if stage is not None else ""
    return tr("{0}, step {1}").format(name, steps.index(step) + 1) if len(steps) > 1 else name


def next_step(project, step: Step) -> Step | None:
    columns = project.contents(step.map_id).columns()
    index = columns.index(step)
    return columns[index + 1] if index + 1 < len(columns) else None


def boundary_words(project, step_id: str, lane_id: str) -> str:
    """Where a gap is, in words: “Compares prices” → “Reads reviews”, in Touchpoints."""
    step, lane = project.get(step_id), project.get(lane_id)
    if step is None or lane is None:
        return ""
    after = next_step(project, step)
    right = step_label(project, after) if after is not None else tr("(the map's end)")
    return tr("“{0}” → “{1}”, in {2}").format(step_label(project, step), right, lane.name)


def boundary_near(layout, x: float) -> str | None:
    """The step whose right edge is the step boundary nearest to x (None: no boundary there)."""
    column = layout.column_at(x) if layout is not None else None
    if column is None:
        return None
    index = layout.columns.index(column)
    if x < column.column.cx and index > 0:
        return layout.columns[index - 1].id
    return column.id if index + 1 < len(layout.columns) else None


class GapDialog(QDialog):
    """A gap's kind and note; OK is the one undo step the caller makes of it."""

    def __init__(self, parent, title: str, where: str, kind: str = "other", note: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        form = QFormLayout()
        form.addRow(tr("Where"), QLabel(where))
        self.kind = QComboBox()
        for value, label in GAP_LABELS.items():
            self.kind.addItem(gap_icon(value), tr(label), value)
        self.kind.setIconSize(QSize(20, 20))
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        form.addRow(tr("Kind"), self.kind)
        self.note = QPlainTextEdit(note)
        self.note.setTabChangesFocus(True)
        self.note.setPlaceholderText(tr("What happens here, and what it costs the customer"))
        self.note.setFixedHeight(80)
        form.addRow(tr("Note"), self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(460, self.sizeHint().height())

    def values(self) -> tuple[str, str]:
        return self.kind.currentData(), self.note.toPlainText().strip()


def add_gap(window, step_id: str, lane_id: str) -> str | None:
    """Ask for a new gap's kind and note on the boundary right of a step (what the cards suggest
    there, if anything, filled in); add it (one undo step) and select its glyph. Returns the
    gap's id, or None when cancelled."""
    project = window.document.project
    step = project.require(step_id, Step)
    suggested = next((s for s in suggest_gaps(project, step.map_id) if (s.step_id, s.lane_id) == (step_id, lane_id)),
                     None)
    dialog = GapDialog(window, tr("Add Gap"), boundary_words(project, step_id, lane_id),
                       suggested.kind if suggested else "other", suggested.reason if suggested else "")
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    kind, note = dialog.values()
    made: list[Gap] = []
    window._edit(lambda: made.append(window.document.editor.add_gap(step_id, lane_id, kind, note)))
    if made:
        select_gap(window, made[0].id)
        return made[0].id
    return None


def edit_gap(window, gap_id: str) -> bool:
    """Change a gap's kind and note in the dialog (one undo step); False when nothing changed."""
    project = window.document.project
    gap = project.get(gap_id)
    if not isinstance(gap, Gap) or window.document.read_only:
        return False
    dialog = GapDialog(window, tr("Edit Gap"), boundary_words(project, gap.step_id, gap.lane_id), gap.kind, gap.note)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    kind, note = dialog.values()
    changed: list[bool] = []
    window._edit(lambda: changed.append(window.document.editor.update(gap_id, kind=kind, note=note,
                                                                       text=tr("Edit gap"))))
    return bool(changed and changed[0])


def select_gap(window, gap_id: str) -> None:
    item = window.scene.gap_overlay.items.get(gap_id) if window.scene is not None else None
    if item is not None:
        window.scene.clearSelection()
        item.setSelected(True)
        window.view.ensureVisible(item.sceneBoundingRect(), 60, 60)


#: the list brings a suggestion's boundary at least this close, so its cards read
READABLE_ZOOM = 0.7


class GapSuggestions(QDialog):
    """The gaps the map's cards suggest (a change of channel, device or owner between two
    neighbouring steps), to accept or dismiss one by one: Enter accepts the selected one,
    Delete dismisses it, each as one undo step (Ctrl+Z works here too). The selected row's
    boundary lights up on the canvas. It stays open beside the map and follows its edits."""

    COLUMNS = ("Kind", "Where", "Reason")

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window_ = window
        self.setWindowTitle(tr("Suggested Gaps"))
        self.setModal(False)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([tr(text) for text in self.COLUMNS])
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setIconSize(QSize(20, 20))
        self.tree.header().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.tree.currentItemChanged.connect(lambda *_args: self._show_current())
        self.tree.itemDoubleClicked.connect(lambda *_args: self.accept_current())
        self.tree.installEventFilter(self)
        self.accept_button = QPushButton(tr("&Accept"))
        self.dismiss_button = QPushButton(tr("&Dismiss"))
        self.accept_all_button = QPushButton(tr("Accept A&ll"))
        close = QPushButton(tr("Close"))
        for button in (self.accept_button, self.dismiss_button, self.accept_all_button, close):
            button.setAutoDefault(False)  # Enter in the list accepts the row, never "presses" a button
        self.accept_button.setToolTip(tr("Add this gap to the map (Enter)"))
        self.dismiss_button.setToolTip(tr("Do not suggest this gap again (Delete)"))
        self.accept_button.clicked.connect(self.accept_current)
        self.dismiss_button.clicked.connect(self.dismiss_current)
        self.accept_all_button.clicked.connect(self.accept_all)
        close.clicked.connect(self.close)
        buttons = QHBoxLayout()
        for button in (self.accept_button, self.dismiss_button, self.accept_all_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree)
        layout.addLayout(buttons)
        self.editor = editor = window.document.editor
        QShortcut(QKeySequence.StandardKey.Undo, self, editor.undo)
        QShortcut(QKeySequence.StandardKey.Redo, self, editor.redo)
        editor.undo_stack.indexChanged.connect(self.reload)
        window.scene.map_changed.connect(self._map_maybe_changed)
        self._map_id = window.scene.map_id
        self.suggestions: list = []
        self._placed = False
        self.resize(720, 280)

    # ------------------------------------------------------------ the list
    def reload(self, *_args) -> None:
        """The map's suggestions now, the selection kept on the same row (the next one, once
        the selected suggestion is accepted or dismissed). Only while shown."""
        if not self.isVisible():
            return
        scene = self.window_.scene
        if scene is None or scene.map_id is None or self.window_.document is None:
            self.suggestions = []
        else:
            self._map_id = scene.map_id
            self.suggestions = suggest_gaps(self.window_.document.project, scene.map_id)
        row = max(0, self.tree.indexOfTopLevelItem(self.tree.currentItem())) if self.tree.currentItem() else 0
        project = self.window_.document.project if self.window_.document else None
        self.tree.blockSignals(True)
        self.tree.clear()
        for suggestion in self.suggestions:
            item = QTreeWidgetItem([tr(GAP_LABELS.get(suggestion.kind, suggestion.kind)),
                                    boundary_words(project, suggestion.step_id, suggestion.lane_id), suggestion.reason])
            item.setIcon(0, gap_icon(suggestion.kind))
            item.setToolTip(2, suggestion.reason)
            self.tree.addTopLevelItem(item)
        for column in (0, 1):
            self.tree.resizeColumnToContents(column)
        self.tree.blockSignals(False)
        if self.suggestions:
            self.tree.setCurrentItem(self.tree.topLevelItem(min(row, len(self.suggestions) - 1)))
        count = len(self.suggestions)
        self.summary.setText(
            tr("No more suggestions: every change of channel, device or owner between neighbouring steps has "
               "its gap or was dismissed.") if not count else
            tr("The cards change channel, device or owner between these neighbouring steps. Accept a suggestion "
               "(Enter) to mark the gap on the map, or dismiss it (Delete) so it is not offered again."))
        writable = bool(count) and not self.window_.document.read_only if self.window_.document else False
        for button in (self.accept_button, self.dismiss_button, self.accept_all_button):
            button.setEnabled(writable)
        self._show_current()

    def _map_maybe_changed(self) -> None:
        scene = self.window_.scene
        if scene is not None and scene.map_id != self._map_id and self.isVisible():
            self.reload()

    def current(self):
        item = self.tree.currentItem()
        index = self.tree.indexOfTopLevelItem(item) if item is not None else -1
        return self.suggestions[index] if 0 <= index < len(self.suggestions) else None

    def _show_current(self) -> None:
        """Light up the selected suggestion's boundary on the canvas and bring it into view."""
        scene = self.window_.scene
        if scene is None:
            return
        suggestion = self.current()
        rect = scene.gap_overlay.show_boundary(scene, suggestion.step_id if suggestion else None,
                                               suggestion.lane_id if suggestion else None)
        if rect is not None:
            view = self.window_.view
            if view.zoom() < READABLE_ZOOM:  # the whole map fitted: the boundary would be a hairline
                view.set_zoom(READABLE_ZOOM)
            view.centerOn(rect.center())

    # ------------------------------------------------------------ decisions
    def _edit(self, action) -> None:
        try:
            action()
        except ModelError as error:
            self.summary.setText(str(error))

    def accept_current(self) -> None:
        suggestion = self.current()
        if suggestion is not None and not self.window_.document.read_only:
            self._edit(lambda: self.editor.accept_gap(suggestion))

    def dismiss_current(self) -> None:
        suggestion = self.current()
        if suggestion is not None and not self.window_.document.read_only:
            self._edit(lambda: self.editor.dismiss_gap(self._map_id, suggestion))

    def accept_all(self) -> None:
        """Every suggestion listed, as one undo step."""
        chosen = list(self.suggestions)
        if not chosen or self.window_.document.read_only:
            return

        def accept() -> None:
            with self.editor.macro(tr("Accept {0} suggested gaps").format(len(chosen))):
                for suggestion in chosen:
                    self.editor.accept_gap(suggestion)

        self._edit(accept)

    def eventFilter(self, watched, event) -> bool:
        if watched is self.tree and event.type() == QEvent.Type.KeyPress:
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.accept_current()
                return True
            if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self.dismiss_current()
                return True
        return super().eventFilter(watched, event)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._placed:  # first time: along the canvas's bottom, the boundary above it in view
            self._placed = True
            view = self.window_.view
            corner = view.mapToGlobal(view.rect().bottomLeft())
            self.move(corner.x() + 16, max(0, corner.y() - self.frameGeometry().height() - 16))
        self.reload()

    def hideEvent(self, event) -> None:
        """Closed (or Esc): the canvas highlight goes out; the list waits hidden for next time."""
        scene = self.window_.scene
        if scene is not None:
            scene.gap_overlay.show_boundary(scene, None, None)
        super().hideEvent(event)
