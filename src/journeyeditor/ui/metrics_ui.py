"""Metrics in the window: the dialog that adds or edits one (a value that does not fit its kind
is refused there, with the reason), the inspector's list of a stage's, step's or card's
metrics, and the entries that open them. Every add, edit and delete is one undo step."""

from __future__ import annotations

import datetime

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..i18n import tr
from ..model import Card, Metric, MetricKind, ModelError, Stage, Step
from ..model import metrics as kinds

#: the kinds as the dialog offers them, with their ranges and directions in words
KIND_CHOICES = [
    (MetricKind.NPS.value, "NPS (−100 to 100)"),
    (MetricKind.CSAT.value, "CSAT (1 to 5)"),
    (MetricKind.CSAT_PERCENT.value, "CSAT (%)"),
    (MetricKind.CES.value, "CES (1 to 7, lower is better)"),
    (MetricKind.CONVERSION.value, "Conversion (%)"),
    (MetricKind.TIME.value, "Time (minutes, lower is better)"),
    (MetricKind.COUNT.value, "Count"),
    (MetricKind.CUSTOM.value, "Custom KPI"),
]
FIELDS = ("kind", "value", "target", "name", "unit", "higher_is_better", "period_start", "period_end", "source")


def _number(text: str) -> float | None:
    """A number as people type it: "32", "-4.5", "4,5", "12 %"; None when it is none."""
    cleaned = text.strip().rstrip("%").strip().replace(",", ".").replace("−", "-")
    try:
        return float(cleaned)
    except ValueError:
        return None


def _date(text: str) -> bool:
    try:
        datetime.date.fromisoformat(text)
    except ValueError:
        return False
    return True


def series_heading(metric: Metric) -> str:
    """A series in the list: its name, with the newest target ("NPS → 40")."""
    return kinds.label(metric) + (f" → {kinds.value_text(metric, metric.target)}" if metric.target is not None else "")


def metric_line(metric: Metric) -> str:
    """A period of a series in the list: its value and its period."""
    period = " – ".join(p for p in (metric.period_start, metric.period_end) if p) or tr("no period")
    return f"{kinds.value_text(metric)}   ·   {period}"


class MetricDialog(QDialog):
    """Add or edit a metric. OK hands the fields to `commit` (which makes the edit); a value
    that does not fit its kind, a target or date that is not one, or an edit the project
    refuses keeps the dialog open with the reason in red."""

    def __init__(self, subject_name: str, metric: Metric | None, commit, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Edit Metric") if metric else tr("Add Metric"))
        self.setMinimumWidth(380)
        self.commit = commit
        self.kind = QComboBox()
        for value, label in KIND_CHOICES:
            self.kind.addItem(tr(label), value)
        self.name = QLineEdit()
        self.name.setPlaceholderText(tr("e.g. Docks full"))
        self.unit = QLineEdit()
        self.unit.setPlaceholderText(tr("e.g. %, per day, €"))
        self.higher_is_better = QCheckBox(tr("Higher is better"))
        self.value = QLineEdit()
        self.target = QLineEdit()
        self.target.setPlaceholderText(tr("(none)"))
        self.period_start = QLineEdit()
        self.period_end = QLineEdit()
        for edit in (self.period_start, self.period_end):
            edit.setPlaceholderText(tr("YYYY-MM-DD"))
        self.source = QLineEdit()
        self.source.setPlaceholderText(tr("e.g. Quarterly survey, n = 400"))
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #B42318;")
        self.problem.hide()
        form = QFormLayout()
        form.addRow(tr("For"), QLabel(subject_name))
        form.addRow(tr("Kind"), self.kind)
        form.addRow(tr("Name"), self.name)
        form.addRow(tr("Unit"), self.unit)
        form.addRow("", self.higher_is_better)
        form.addRow(tr("Value"), self.value)
        form.addRow(tr("Target"), self.target)
        period = QHBoxLayout()
        period.addWidget(self.period_start)
        period.addWidget(QLabel("–"))
        period.addWidget(self.period_end)
        form.addRow(tr("Period"), period)
        form.addRow(tr("Source"), self.source)
        self.form = form
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.try_accept)
        self.buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addWidget(self.problem)
        box.addWidget(self.buttons)
        self.kind.currentIndexChanged.connect(self._custom_fields)
        self._show(metric)
        self._custom_fields()
        self.value.setFocus()

    def _show(self, metric: Metric | None) -> None:
        if metric is None:  # a new metric: this period starts today, the most usual entry
            self.kind.setCurrentIndex(0)
            self.higher_is_better.setChecked(True)
            self.period_start.setText(datetime.date.today().isoformat())
            return
        self.kind.setCurrentIndex(max(0, self.kind.findData(metric.kind)))
        self.name.setText(metric.name)
        self.unit.setText(metric.unit)
        self.higher_is_better.setChecked(metric.higher_is_better)
        self.value.setText(kinds.number(metric.value))
        self.target.setText("" if metric.target is None else kinds.number(metric.target))
        self.period_start.setText(metric.period_start)
        self.period_end.setText(metric.period_end)
        self.source.setText(metric.source)

    def show_next_period(self, before: Metric) -> None:
        """A new metric of `before`'s series, for the period after its own."""
        self._show(before)
        self.value.clear()
        start = datetime.date.today()
        last = before.period_end or before.period_start
        if _date(last):
            start = datetime.date.fromisoformat(last) + datetime.timedelta(days=1)
        self.period_start.setText(start.isoformat())
        self.period_end.clear()

    def _custom_fields(self) -> None:
        """A custom KPI's own name, unit and direction; the other kinds know theirs."""
        custom = self.kind.currentData() == MetricKind.CUSTOM.value
        for widget in (self.name, self.unit, self.higher_is_better):
            widget.setVisible(custom)
            label = self.form.labelForField(widget)
            if label is not None:
                label.setVisible(custom)

    def fields(self) -> tuple[dict, str]:
        """The fields as typed, and what is wrong with them ("" when nothing is)."""
        kind = self.kind.currentData()
        custom = kind == MetricKind.CUSTOM.value
        value, target = _number(self.value.text()), _number(self.target.text())
        fields = {"kind": kind, "value": value, "target": target if self.target.text().strip() else None,
                  "name": self.name.text().strip() if custom else "",
                  "unit": self.unit.text().strip() if custom else "",
                  "higher_is_better": self.higher_is_better.isChecked() if custom else True,
                  "period_start": self.period_start.text().strip(), "period_end": self.period_end.text().strip(),
                  "source": self.source.text().strip()}
        if value is None:
            return fields, tr("The value must be a number")
        if self.target.text().strip() and target is None:
            return fields, tr("The target must be a number, or empty for none")
        if custom and not fields["name"]:
            return fields, tr("A custom KPI needs a name")
        for key, label in (("period_start", tr("start")), ("period_end", tr("end"))):
            if fields[key] and not _date(fields[key]):
                return fields, tr("The period's {0} must be a date like 2026-04-01").format(label)
        if fields["period_start"] and fields["period_end"] and fields["period_end"] < fields["period_start"]:
            return fields, tr("The period ends before it starts")
        problem = kinds.out_of_range(Metric("", "", kind, value, fields["target"], fields["name"], fields["unit"],
                                            fields["higher_is_better"]))
        return fields, problem

    def try_accept(self) -> None:
        fields, problem = self.fields()
        if not problem:
            try:
                self.commit(fields)
            except (ModelError, ValueError) as error:  # a read-only project, say
                problem = str(error)
        if problem:
            self.problem.setText(problem)
            self.problem.show()
            return
        self.accept()


def subject_name(project, subject_id: str) -> str:
    """A stage, step or card as the dialog names it: "Stage Sign-up", "Card No bikes …"."""
    subject = project.get(subject_id)
    if isinstance(subject, Stage):
        return tr("Stage “{0}”").format(subject.name)
    if isinstance(subject, Step):
        stage = project.get(subject.stage_id)
        return tr("Step “{0}” of {1}").format(subject.name or "…", stage.name if stage else "")
    if isinstance(subject, Card):
        return tr("Card “{0}”").format(subject.title)
    return ""


def add_metric_dialog(parent, editor, subject_id: str, kind: str | None = None,
                      after: Metric | None = None) -> Metric | None:
    """Ask for a new metric of a stage, step or card and add it (one undo step): of `kind`, or
    the period after the metric `after` (its kind, name, target and source, from the day after
    its period)."""
    added: list[Metric] = []

    def commit(fields: dict) -> None:
        value = fields.pop("value")
        added.append(editor.add_metric(subject_id, fields.pop("kind"), value, **fields))

    dialog = MetricDialog(subject_name(editor.project, subject_id), None, commit, parent)
    if after is not None:
        dialog.show_next_period(after)
    elif kind:
        dialog.kind.setCurrentIndex(max(0, dialog.kind.findData(kind)))
    dialog.exec()
    return added[0] if added else None


def edit_metric_dialog(parent, editor, metric_id: str) -> bool:
    """Edit a metric's fields (one undo step for all that changed)."""
    metric = editor.project.get(metric_id)
    if not isinstance(metric, Metric):
        return False

    def commit(fields: dict) -> None:
        editor.update(metric_id, text=tr("Edit metric"), **fields)

    dialog = MetricDialog(subject_name(editor.project, metric.subject_id), metric, commit, parent)
    if editor.read_only:
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
    return bool(dialog.exec())


class MetricsList(QWidget):
    """The inspector's metrics of a stage, step or card: each series' periods, newest first;
    Add…, Edit… (or a double-click) and Delete (or the Delete key)."""

    def __init__(self, editor, subject_id: str, problem=None) -> None:
        super().__init__()
        self.editor, self.subject_id = editor, subject_id
        self.problem = problem  # the inspector's signal for a refused edit
        self.list = QListWidget()
        self.list.setMaximumHeight(150)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.itemDoubleClicked.connect(lambda _item: self.edit())
        self.list.installEventFilter(self)
        self.add_button = QPushButton(tr("Add…"))
        self.edit_button = QPushButton(tr("Edit…"))
        self.delete_button = QPushButton(tr("Delete"))
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.delete_button.clicked.connect(self.delete)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.list)
        box.addLayout(buttons)
        self.list.currentRowChanged.connect(lambda _row: self._enable())
        self.reload()

    def metrics(self) -> list[Metric]:
        subject = self.editor.project.get(self.subject_id)
        if subject is None:
            return []
        found = [m for m in self.editor.project.contents(subject.map_id).metrics.values()
                 if m.subject_id == self.subject_id]
        # series together (in the order they first appear), each newest first
        order: dict[tuple, int] = {}
        for metric in found:
            order.setdefault((metric.kind, metric.name), len(order))
        found.sort(key=lambda m: (m.period_start, m.period_end), reverse=True)
        return sorted(found, key=lambda m: order[(m.kind, m.name)])

    def reload(self) -> None:
        current = self.current_id()
        self.list.clear()
        series = None
        for metric in self.metrics():
            if (metric.kind, metric.name) != series:  # each series under its name (not selectable)
                series = (metric.kind, metric.name)
                heading = QListWidgetItem(series_heading(metric))
                heading.setFlags(Qt.ItemFlag.NoItemFlags)
                font = heading.font()
                font.setBold(True)
                heading.setFont(font)
                heading.setForeground(self.palette().text())
                self.list.addItem(heading)
            item = QListWidgetItem("    " + metric_line(metric))
            item.setData(Qt.ItemDataRole.UserRole, metric.id)
            if metric.source:
                item.setToolTip(tr("Source: {0}").format(metric.source))
            self.list.addItem(item)
            if metric.id == current:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count() > 1:
            self.list.setCurrentRow(1)  # the first series' newest period
        self._enable()

    def _enable(self) -> None:
        writable = not self.editor.read_only
        self.add_button.setEnabled(writable)
        self.edit_button.setEnabled(self.current_id() is not None)
        self.delete_button.setEnabled(writable and self.current_id() is not None)

    def current_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def add(self) -> None:
        metric = self.editor.project.get(self.current_id()) if self.current_id() else None
        add_metric_dialog(self.window(), self.editor, self.subject_id, metric.kind if metric else None)

    def edit(self) -> None:
        if self.current_id():
            edit_metric_dialog(self.window(), self.editor, self.current_id())

    def delete(self) -> None:
        if self.current_id() and not self.editor.read_only:
            try:
                self.editor.remove([self.current_id()])
            except ModelError as error:
                if self.problem is not None:
                    self.problem.emit(str(error))

    def eventFilter(self, watched, event) -> bool:
        # the Delete key deletes the metric, not the map's selection (the window's Delete action)
        if watched is self.list and event.type() in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress) \
                and event.key() == Qt.Key.Key_Delete:
            if event.type() == QEvent.Type.KeyPress:
                self.delete()
            event.accept()
            return True
        return super().eventFilter(watched, event)
