"""The inspector: every field of the selected card, stage, lane, connector or emotion point
(or of the map, when nothing is selected). Each committed field is one undoable edit."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QColorDialog,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..i18n import number, tr
from ..layout.gap_marks import GAP_LABELS
from ..layout.style import CARD_LABELS, CHANNEL_LABELS, LANE_KIND_LABELS
from ..model import CardType, Channel, LaneKind, MapKind, type_name
from .date_field import DateField

TEXT, LONG, CHOICE, COLOUR, NUMBER, INTEGER, FLAG, TAGS, MAPLINK, LINES = range(10)
SCORE = 10  # an emotion point's score: whole steps over its map's scale
DATE = 11  # an ISO date or none (ui/date_field.py)

#: an opportunity's rating and progress: shown for opportunities and ideas (and any card in an
#: opportunities lane, or one that has them already)
OPPORTUNITY_FIELDS = ("impact", "effort", "status", "due")
#: how the undo stack names a change of these fields
STEP_NAMES = {"impact": "Rate opportunity", "effort": "Rate opportunity", "status": "Set status",
              "due": "Set due date"}

FIELDS = {
    "card": [("title", "Title", LONG), ("body", "Body", LONG),
             ("type", "Type", CHOICE, [(t.value, CARD_LABELS[t.value]) for t in CardType]),
             ("moment", "Moment", CHOICE, [("", "—"), ("aha", "Aha"), ("micro", "Micro"), ("of-truth", "Of truth")]),
             ("channel", "Channel", CHOICE, [(c.value, CHANNEL_LABELS.get(c.value, c.value)) for c in Channel]),
             ("owner", "Owner", TEXT),
             ("impact", "Impact", CHOICE, [(0, "Not rated"), (1, "1 — low"), (2, "2"), (3, "3"), (4, "4"),
                                           (5, "5 — high")]),
             ("effort", "Effort", CHOICE, [(0, "Not rated"), (1, "1 — little"), (2, "2"), (3, "3"), (4, "4"),
                                           (5, "5 — a lot")]),
             ("status", "Status", CHOICE, [("", "—"), ("idea", "Idea"), ("planned", "Planned"),
                                           ("in-progress", "In progress"), ("done", "Done"), ("dropped", "Dropped")]),
             ("due", "Due", DATE),
             ("colour", "Colour", COLOUR), ("tags", "Tags", TAGS),
             ("span", "Spans steps", INTEGER, (1, 50)), ("fail_point", "Fail point", FLAG),
             ("wait_point", "Wait point", FLAG), ("minutes", "Time (min)", NUMBER, (0, 100000)),
             ("link_map_id", "Links to map", MAPLINK)],
    "stage": [("name", "Name", TEXT), ("goal", "Goal", LONG), ("colour", "Colour", COLOUR),
              ("link_map_id", "Links to map", MAPLINK)],
    # a stage is as wide as its steps: widths are the steps'
    "step": [("name", "Name", TEXT), ("description", "Description", LONG), ("width", "Width", NUMBER, (100, 2000))],
    "lane": [("name", "Name", TEXT),
             ("kind", "Kind", CHOICE, [(k.value, LANE_KIND_LABELS.get(k.value, k.value)) for k in LaneKind]),
             ("colour", "Colour", COLOUR), ("height", "Height", NUMBER, (60, 2000))],
    "connector": [("label", "Label", TEXT), ("two_way", "Two-way", FLAG)],
    "emotion_point": [("score", "Score", SCORE), ("note", "Note", LONG)],
    "gap": [("kind", "Kind", CHOICE, list(GAP_LABELS.items())), ("note", "Note", LONG)],
    "map": [("name", "Name", TEXT),
            ("kind", "Kind", CHOICE, [(k.value, k.value.replace("-", " ").capitalize()) for k in MapKind]),
            # any integer range: -2..2, -1..1, 1..5, 0..10 (the editor refuses min >= max)
            ("description", "Description", LONG), ("scale_min", "Scale from", INTEGER, (-100, 99)),
            ("scale_max", "Scale to", INTEGER, (-99, 100)), ("hidden_lines", "Blueprint lines", LINES)],
}
TITLES = {"card": "Card", "stage": "Stage", "step": "Step", "lane": "Lane", "connector": "Connector",
          "emotion_point": "Emotion point", "map": "Map", "gap": "Gap"}


class Inspector(QWidget):
    problem = Signal(str)  # a value refused, in words for the status bar

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.editor = None
        self.entity_id: str | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(8, 8, 8, 8)
        self._heading = QLabel()
        self._heading.setStyleSheet("font-weight: 600; font-size: 14px;")
        self._layout.addWidget(self._heading)
        self._form_host = QWidget()
        self._form = QFormLayout(self._form_host)
        self._layout.addWidget(self._form_host)
        self._layout.addStretch(1)
        self._widgets: dict[str, QWidget] = {}
        self._touched: set[str] = set()  # fields the user has changed since they were shown
        self._evidence = None  # a card's evidence list (ui/evidence.py), under its fields
        self._loading = False
        self.metrics_list = None  # a stage's, step's or card's metrics (ui/metrics_ui.py)

    def set_editor(self, editor) -> None:
        self.editor = editor
        self.show_entity(None)

    def show_entity(self, entity_id: str | None) -> None:
        self.entity_id = entity_id
        self._touched.clear()
        self._evidence = None  # its row goes with the others
        while self._form.rowCount():
            self._form.removeRow(0)
        self._widgets.clear()
        self.metrics_list = None
        entity = self.editor.project.get(entity_id) if (self.editor and entity_id) else None
        if entity is None:
            self._heading.setText(tr("Nothing selected"))
            return
        kind = type_name(entity)
        self._heading.setText(tr(TITLES.get(kind, kind)))
        if kind == "emotion_point":
            self._emotion_point_context(entity)
        if kind == "gap":
            from .gaps import boundary_words

            where = QLabel(boundary_words(self.editor.project, entity.step_id, entity.lane_id))
            where.setWordWrap(True)
            self._form.addRow(tr("Where"), where)
        for spec in FIELDS.get(kind, []):
            name, label, widget_kind = spec[0], spec[1], spec[2]
            if widget_kind == LINES and getattr(entity, "kind", "") != "service-blueprint":
                continue
            if name in OPPORTUNITY_FIELDS and not self._rates(entity):
                continue
            widget = self._make(name, widget_kind, spec[3] if len(spec) > 3 else None)
            widget.setEnabled(not self.editor.read_only)
            self._widgets[name] = widget
            self._form.addRow(tr(label), widget)
        if kind in ("stage", "step", "card"):
            from .metrics_ui import MetricsList

            self.metrics_list = MetricsList(self.editor, entity_id, self.problem)
            self._form.addRow(tr("Metrics"), self.metrics_list)
        if kind == "card":
            self._add_evidence_section(entity.id)
        self.reload()

    def _add_evidence_section(self, card_id: str) -> None:
        from .evidence import EvidenceSection

        store = getattr(self.editor, "store", None)
        # evidence links are relative to a project file's folder; a library project has none
        base = store.path.parent if isinstance(getattr(store, "path", None), Path) else None
        self._evidence = EvidenceSection(self.editor, card_id, base)
        self._evidence.problem.connect(self.problem)
        self._form.addRow(self._evidence)

    def reload(self) -> None:
        """Show the model's current values (after an undo, say)."""
        entity = self.editor.project.get(self.entity_id) if (self.editor and self.entity_id) else None
        if entity is None:
            if self.entity_id:
                self.show_entity(None)
            return
        if type_name(entity) == "card" and ("impact" in self._widgets) != self._rates(entity):
            # the card became an opportunity (or stopped being one): its rows change, after the
            # signal that got here has returned (its widget goes with the rows)
            QTimer.singleShot(0, self, self._rebuild)
            return
        if self.metrics_list is not None:
            self.metrics_list.reload()
        if self._evidence is not None:
            self._evidence.reload()
        self._loading = True
        try:
            for name, widget in self._widgets.items():
                value = getattr(entity, name)
                if isinstance(widget, DateField):
                    widget.set_iso(value)
                elif isinstance(widget, QPlainTextEdit):
                    if widget.toPlainText() != value:
                        widget.setPlainText(value)
                elif isinstance(widget, QLineEdit):
                    text = ", ".join(value) if isinstance(value, list) else str(value)
                    if widget.text() != text:
                        widget.setText(text)
                elif isinstance(widget, QComboBox):
                    index = widget.findData(value)
                    widget.setCurrentIndex(max(0, index))
                elif isinstance(widget, QCheckBox):
                    widget.setChecked(bool(value))
                elif isinstance(widget, (QSpinBox, QDoubleSpinBox)):
                    widget.setValue(value)
                elif hasattr(widget, "checks"):
                    for check in widget.checks:
                        check.setChecked(check.objectName() not in value)
                elif isinstance(widget, QPushButton):
                    widget.setText(value or tr("(by type)"))
                    widget.setStyleSheet(f"background: {value};" if value else "")
        finally:
            self._loading = False

    def _commit(self, name: str, value) -> None:
        """One undoable edit, only for a value the user changed: a focus change alone (a spin
        box clamping a value it can't show, say) never writes anything."""
        if self._loading or self.entity_id is None or self.editor.project.get(self.entity_id) is None:
            return
        if name not in self._touched:
            return
        self._touched.discard(name)
        entity = self.editor.project.get(self.entity_id)
        if name in ("scale_min", "scale_max"):
            low = value if name == "scale_min" else entity.scale_min
            high = value if name == "scale_max" else entity.scale_max
            if low >= high:
                self.problem.emit(tr("The scale's lower end must be below its upper end ({0} … {1})").format(
                    number(entity.scale_min), number(entity.scale_max)))
                self.reload()
                return
            self.editor.set_emotion_scale(self.entity_id, low, high)  # points keep their meaning
            return
        try:
            text = tr(STEP_NAMES[name]) if name in STEP_NAMES else None
            self.editor.update(self.entity_id, text=text, **{name: value})
        except ValueError as error:  # a model rule (read-only project, a span past the map…)
            self.problem.emit(str(error))
            self.reload()

    def _touch(self, name: str) -> None:
        if not self._loading:
            self._touched.add(name)

    def _rates(self, card) -> bool:
        """Whether a card shows the opportunity's fields."""
        from ..reports import is_opportunity

        return is_opportunity(self.editor.project, card) or any(getattr(card, f) for f in OPPORTUNITY_FIELDS)

    def _rebuild(self) -> None:
        """The rows again for the same entity, the keyboard's field keeping the focus."""
        focus = QApplication.focusWidget()
        focused = next((name for name, widget in self._widgets.items()
                        if focus is not None and (widget is focus or widget.isAncestorOf(focus))), None)
        self.show_entity(self.entity_id)
        if focused in self._widgets:
            self._widgets[focused].setFocus()

    def _make(self, name: str, kind: int, options) -> QWidget:
        if kind == SCORE:
            return self._make_score()
        if kind == DATE:
            field = DateField()
            field.committed.connect(lambda value: (self._touch(name), self._commit(name, value)))
            return field
        if kind == LONG:
            widget = QPlainTextEdit()
            widget.setFixedHeight(64 if name != "title" else 48)
            widget.setTabChangesFocus(True)
            widget.textChanged.connect(lambda: self._touch(name))
            widget.focusOutEvent = _chain(widget.focusOutEvent, lambda: self._commit(name, widget.toPlainText()))
            return widget
        if kind in (TEXT, TAGS):
            widget = QLineEdit()
            widget.textEdited.connect(lambda _text: self._touch(name))
            if kind == TAGS:
                widget.editingFinished.connect(lambda: self._commit(
                    name, [t.strip() for t in widget.text().split(",") if t.strip()]))
            else:
                widget.editingFinished.connect(lambda: self._commit(name, widget.text()))
            return widget
        if kind == LINES:  # a check box per line: ticked = drawn
            from ..model.blueprint import LINES as LINE_DEFS

            box = QWidget()
            column = QVBoxLayout(box)
            column.setContentsMargins(0, 0, 0, 0)
            checks = []
            for line_name, _above, _below in LINE_DEFS:
                check = QCheckBox(tr(line_name))
                check.setObjectName(line_name)
                check.toggled.connect(lambda _on: (self._touch(name), self._commit(
                    name, [c.objectName() for c in checks if not c.isChecked()])))
                checks.append(check)
                column.addWidget(check)
            box.checks = checks
            return box
        if kind == MAPLINK:  # the project's other maps; following the link opens the map
            options = [("", "—")] + [(m.id, m.name) for m in self.editor.project.maps]
            kind = CHOICE
        if kind == CHOICE:
            widget = QComboBox()
            # as wide as the inspector, not as its longest choice (a map's name, "Сервисный блюпринт"):
            # the dock keeps its width in every language, and the list still opens wide enough
            widget.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            widget.setMinimumContentsLength(6)
            for value, label in options:
                widget.addItem(tr(label), value)
            widget.activated.connect(lambda _i: (self._touch(name), self._commit(name, widget.currentData())))
            return widget
        if kind == FLAG:
            widget = QCheckBox()
            widget.toggled.connect(lambda checked: (self._touch(name), self._commit(name, checked)))
            return widget
        if kind in (NUMBER, INTEGER):
            widget = QSpinBox() if kind == INTEGER else QDoubleSpinBox()
            widget.setRange(*options)
            widget.setKeyboardTracking(False)
            widget.valueChanged.connect(lambda _v: self._touch(name))
            widget.editingFinished.connect(
                lambda: self._commit(name, widget.value() if kind == INTEGER else float(widget.value())))
            return widget
        button = QPushButton()
        button.clicked.connect(lambda: self._pick_colour(name))
        return button

    # ------------------------------------------------------------ an emotion point
    def _emotion_point_context(self, point) -> None:
        """Whose point, where: the persona in its colour, the stage's name and, in a stage of
        several steps, the step's."""
        import html

        from PySide6.QtCore import Qt

        project = self.editor.project
        persona, stage = project.get(point.persona_id), project.get(point.stage_id)
        if persona is not None:
            label = QLabel(f'<span style="color:{html.escape(persona.colour)}">&#9679;</span> '
                           f"{html.escape(persona.name)}")
            label.setTextFormat(Qt.TextFormat.RichText)
            self._form.addRow(tr("Persona"), label)
        if stage is not None:
            self._form.addRow(tr("Stage"), QLabel(stage.name))
            steps = project.contents(point.map_id).steps_of(stage.id)
            ids = [step.id for step in steps]
            if len(steps) > 1 and point.step_id in ids:  # which of the stage's steps, as its header reads
                index = ids.index(point.step_id)
                self._form.addRow(tr("Step"), QLabel(steps[index].name or tr("Step {0}").format(number(index + 1))))

    def _make_score(self) -> QWidget:
        """The score over the map's scale in whole steps. Each step the user takes (arrows, or a
        typed value and Enter) is one undoable edit at once, so the face on the canvas follows;
        a value shown from the model, or a focus change, writes nothing."""
        point = self.editor.project.get(self.entity_id)
        m = self.editor.project.get(point.map_id) if point is not None else None
        widget = _ScoreSpin()
        widget.setRange(*((m.scale_min, m.scale_max) if m is not None else (-10, 10)))
        widget.setKeyboardTracking(False)

        def changed(value: float) -> None:
            entity = self.editor.project.get(self.entity_id) if self.entity_id else None
            if self._loading or widget.shown is None or value == widget.shown or entity is None:
                return
            try:
                self.editor.set_emotion(entity.map_id, entity.persona_id, entity.step_id, float(value))
            except ValueError as error:  # a read-only project
                self.problem.emit(str(error))
                self.reload()

        widget.valueChanged.connect(changed)  # after setRange: clamping a fresh box is no edit
        return widget

    def _pick_colour(self, name: str) -> None:
        entity = self.editor.project.get(self.entity_id)
        colour = QColorDialog.getColor(QColor(getattr(entity, name) or "#FFFFFF"), self, tr("Colour"))
        if colour.isValid():
            self._touch(name)
            self._commit(name, colour.name().upper())


class _ScoreSpin(QDoubleSpinBox):
    """Whole steps; a score off them (an imported 1.5) shows as it is. `shown` is the value last
    put there from the model: only a different one is the user's edit."""

    def __init__(self) -> None:
        super().__init__()
        self.setDecimals(0)
        self.setSingleStep(1)
        self.shown: float | None = None

    def setValue(self, value: float) -> None:  # noqa: N802 - Qt's name; called by Inspector.reload
        self.setDecimals(0 if float(value).is_integer() else 2)
        super().setValue(value)
        self.shown = self.value()


def _chain(original, extra):
    def handler(event):
        original(event)
        extra()

    return handler
