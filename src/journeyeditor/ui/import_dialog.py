"""The mapping dialog of File ▸ Import…: which sheets become maps, what each column holds (one
drop-down over each column of a preview of the first rows), and which rows cannot be read.

The guess comes from the headers; a choice the user makes is remembered for the same set of
headers. Rows that cannot be read are listed with their numbers, and the import goes on without
them only if the user agrees.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ..i18n import number, tr
from ..interchange.columns import FIELDS, WITH_ARGUMENT, Role, guess_mapping, role_for, role_from_text
from ..interchange.tables import Table
from ..interchange.tabular import TabularImport, build_map, build_maps
from ..model import Lane, Project, Stage

PREVIEW_ROWS = 20


class _Sheet:
    """One table of the file and the user's choices for it."""

    def __init__(self, table: Table, roles: list[Role]) -> None:
        self.table = table
        self.roles = roles
        self.name = table.name
        self.made: TabularImport | None = None


class ImportDialog(QDialog):
    def __init__(self, tables: list[Table], project: Project, settings, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Import"))
        self.project = project
        self.settings = settings
        self.sheets = []
        for table in tables:
            remembered = settings.import_mapping(table.headers) if settings is not None else None
            roles = [role_from_text(r) for r in remembered] if remembered else guess_mapping(table.headers)
            self.sheets.append(_Sheet(table, roles))
        self.current = self.sheets[0]
        self.result_maps: list[TabularImport] = []

        self.sheet_list = QListWidget()
        for sheet in self.sheets:
            item = QListWidgetItem(sheet.table.name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.sheet_list.addItem(item)
        self.sheet_list.setMaximumHeight(90)
        self.sheet_list.currentRowChanged.connect(self._show_sheet)
        self.sheet_list.itemChanged.connect(lambda _item: self._update_summary())
        self.name_edit = QLineEdit()
        self.name_edit.textEdited.connect(self._rename)
        self.preview = QTableWidget()
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.problems = QPlainTextEdit()
        self.problems.setReadOnly(True)
        self.problems.setMaximumHeight(110)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Import"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)

        layout = QVBoxLayout(self)
        if len(self.sheets) > 1:
            layout.addWidget(QLabel(tr("Sheets (each checked one becomes a map):")))
            layout.addWidget(self.sheet_list)
        name_row = QHBoxLayout()
        name_row.addWidget(QLabel(tr("Map name:")))
        name_row.addWidget(self.name_edit)
        layout.addLayout(name_row)
        layout.addWidget(QLabel(tr("What each column holds:")))
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems)
        layout.addWidget(buttons)
        self.resize(980, 560)
        self.sheet_list.setCurrentRow(0)
        self._show_sheet(0)

    # ------------------------------------------------------------------ the sheet shown
    def combo(self, column: int) -> QComboBox:
        return self.preview.cellWidget(0, column)

    def _show_sheet(self, row: int) -> None:
        if row < 0:
            return
        self.current = sheet = self.sheets[row]
        self.name_edit.setText(sheet.name)
        table = sheet.table
        rows = table.rows[:PREVIEW_ROWS]
        self.preview.clear()
        self.preview.setColumnCount(len(table.headers))
        self.preview.setRowCount(1 + len(rows))
        self.preview.setHorizontalHeaderLabels(table.headers)
        self.preview.setVerticalHeaderLabels([tr("Holds"), *(number(n) for n in table.numbers[:PREVIEW_ROWS])])
        for column, header in enumerate(table.headers):
            combo = QComboBox()
            for field, label in FIELDS.items():
                role = role_for(field, header)
                text = tr(label)
                if field in WITH_ARGUMENT and role.argument:
                    text = tr("{0}: {1}").format(text, role.argument)
                combo.addItem(text, role.text())
            chosen = sheet.roles[column]
            index = combo.findData(chosen.text())
            if index < 0 and chosen.field in WITH_ARGUMENT:  # a remembered argument the header does not give
                combo.addItem(tr("{0}: {1}").format(tr(FIELDS[chosen.field]), chosen.argument), chosen.text())
                index = combo.count() - 1
            combo.setCurrentIndex(max(0, index))
            combo.currentIndexChanged.connect(lambda _i, c=column: self._choose(c))
            self.preview.setCellWidget(0, column, combo)
            for line, cells in enumerate(rows, 1):
                self.preview.setItem(line, column, QTableWidgetItem(cells[column]))
        self.preview.resizeColumnsToContents()
        for column in range(self.preview.columnCount()):
            self.preview.setColumnWidth(column, min(260, max(150, self.preview.columnWidth(column))))
        self._update_summary()

    def _choose(self, column: int) -> None:
        self.current.roles[column] = role_from_text(self.combo(column).currentData())
        self._update_summary()

    def _rename(self, text: str) -> None:
        self.current.name = text

    def checked(self) -> list[_Sheet]:
        return [sheet for row, sheet in enumerate(self.sheets)
                if self.sheet_list.item(row).checkState() == Qt.CheckState.Checked]

    def _build(self, sheet: _Sheet) -> TabularImport:
        sheet.made = build_map(self.project, sheet.table, sheet.roles, sheet.name.strip() or None)
        return sheet.made

    def _update_summary(self) -> None:
        made = self._build(self.current)
        kind = tr("a service blueprint") if made.map.kind == "service-blueprint" else tr("a journey map")
        stages = sum(1 for e in made.entities if isinstance(e, Stage))
        lanes = sum(1 for e in made.entities if isinstance(e, Lane))
        self.summary.setText(tr("Cards: {0} · stages: {1} · lanes: {2} · {3}").format(
            number(made.cards), number(stages), number(lanes), kind))
        self.problems.setPlainText("\n".join(str(error) for error in made.errors))
        self.problems.setVisible(bool(made.errors))
        self.ok_button.setEnabled(bool(self.checked()))

    # ------------------------------------------------------------------ accept
    def accept(self) -> None:
        chosen = self.checked()
        if not chosen:
            return
        made = build_maps(self.project, [(sheet.table, sheet.roles, sheet.name.strip() or None) for sheet in chosen])
        errors = [(sheet, error) for sheet, m in zip(chosen, made) for error in m.errors]
        if errors:
            listed = "\n".join((f"{sheet.table.name}: " if len(chosen) > 1 else "") + str(error)
                               for sheet, error in errors[:15])
            if len(errors) > 15:
                listed += "\n" + tr("… and {0} more").format(number(len(errors) - 15))
            answer = QMessageBox.question(
                self, tr("Import"), tr("Rows that cannot be imported: {0}\n\n{1}\n\nImport without them?").format(
                    number(len(errors)), listed),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return
        if self.settings is not None:
            for sheet in chosen:
                self.settings.set_import_mapping(sheet.table.headers, [role.text() for role in sheet.roles])
        self.result_maps = made
        super().accept()
