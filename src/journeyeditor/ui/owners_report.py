"""Reports ▸ Opportunities by Owner…: every opportunity (and idea) of the map, or of every map,
grouped under its owner, with impact, effort, status and due date; saved as CSV or as PDF pages.
Double-click (or Enter on) a row shows the card on its map. The table follows the model while
it is open."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from .. import reports
from ..i18n import tr
from ..layout.card_details import PROGRESS_LABELS, due_text

#: the table's columns: (the report's column, heading)
COLUMNS = [("opportunity", "Opportunity"), ("map", "Map"), ("stage", "Stage"), ("step", "Step"),
           ("impact", "Impact"), ("effort", "Effort"), ("status", "Status"), ("due", "Due")]
CARD_ID = Qt.ItemDataRole.UserRole


class OwnersReport(QDialog):
    card_requested = Signal(str)  # a row chosen: show this card
    saved = Signal(str)  # a file written

    def __init__(self, editor, settings, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Opportunities by Owner"))
        self.editor, self.settings = editor, settings
        self.map_id: str | None = None
        self.table: reports.Table | None = None
        self.scope = QComboBox()
        self.scope.addItem(tr("This map"), "map")
        self.scope.addItem(tr("Every map"), "all")
        saved = settings.export_options("owners-report").get("scope", "map")
        self.scope.setCurrentIndex(max(0, self.scope.findData(saved)))
        self.scope.currentIndexChanged.connect(self._scope_changed)
        self.summary = QLabel()
        self.tree = QTreeWidget()
        self.tree.setColumnCount(len(COLUMNS))
        self.tree.setHeaderLabels([tr(heading) for _, heading in COLUMNS])
        self.tree.setRootIsDecorated(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setStretchLastSection(False)
        self.tree.itemActivated.connect(self._activated)  # a double-click, or Enter
        self.tree.setAccessibleName(tr("Opportunities by owner"))
        self.save_csv = QPushButton(tr("Save as &CSV…"))
        self.save_pdf = QPushButton(tr("Save as &PDF…"))
        self.save_csv.clicked.connect(lambda: self.save("csv"))
        self.save_pdf.clicked.connect(lambda: self.save("pdf"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.save_csv, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_pdf, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.close)
        top = QHBoxLayout()
        top.addWidget(QLabel(tr("Show")))
        top.addWidget(self.scope)
        top.addStretch(1)
        top.addWidget(self.summary)
        column = QVBoxLayout(self)
        column.addLayout(top)
        column.addWidget(self.tree, 1)
        column.addWidget(QLabel(tr("Double-click an opportunity (or press Enter) to show it on its map.")))
        column.addWidget(buttons)
        self.resize(900, 520)
        editor.undo_stack.indexChanged.connect(self.follow)

    def set_map(self, map_id: str | None) -> None:
        self.map_id = map_id
        m = self.editor.project.get(map_id) if map_id else None
        self.scope.setItemText(0, tr("This map: {0}").format(m.name) if m is not None else tr("This map"))
        self.reload()

    def follow(self, *_args) -> None:
        if self.isVisible():
            self.set_map(self.map_id)  # the map's name may have changed too

    def _scope_changed(self) -> None:
        self.settings.set_export_options("owners-report", {"scope": self.scope.currentData()})
        self.reload()

    def _map_name(self) -> str | None:
        m = self.editor.project.get(self.map_id) if self.map_id else None
        return m.name if self.scope.currentData() == "map" and m is not None else None

    def reload(self) -> None:
        """The table again; the row the keyboard was on stays current (an edit elsewhere, or an
        undo, rebuilds it)."""
        current = self.tree.currentItem()
        keep = current.data(0, CARD_ID) if current is not None else None
        self.table = reports.owners(self.editor.project, self._map_name())
        self.tree.clear()
        index = {name: i for i, name in enumerate(self.table.columns)}
        groups: dict[str, QTreeWidgetItem] = {}
        bold = QFont(self.tree.font())
        bold.setBold(True)
        for row, card_id in zip(self.table.rows, self.table.ids):
            owner = row[index["owner"]]
            group = groups.get(owner.casefold())
            if group is None:
                group = groups[owner.casefold()] = QTreeWidgetItem(self.tree, [owner])
                group.setFirstColumnSpanned(True)
                group.setFont(0, bold)
                group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            item = QTreeWidgetItem(group, [_shown(name, row[index[name]]) for name, _ in COLUMNS])
            item.setData(0, CARD_ID, card_id)
            if card_id == keep:
                self.tree.setCurrentItem(item)
            for column in (4, 5):
                item.setTextAlignment(column, Qt.AlignmentFlag.AlignCenter)
        for group in groups.values():
            group.setText(0, f"{group.text(0)} ({group.childCount()})")
        self.tree.expandAll()
        self.tree.setColumnHidden(1, self.scope.currentData() == "map")
        for column in range(1, len(COLUMNS)):
            self.tree.resizeColumnToContents(column)
        count = len(self.table.rows)
        self.summary.setText(tr("{0} opportunities, {1} owners").format(count, len(groups)))
        self.save_csv.setEnabled(bool(count))
        self.save_pdf.setEnabled(bool(count))

    def rows(self) -> list[tuple[str, str]]:
        """(owner heading, opportunity) as shown, top to bottom (for tests and checks)."""
        shown = []
        for i in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(i)
            shown += [(group.text(0), group.child(j).text(0)) for j in range(group.childCount())]
        return shown

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        card_id = item.data(0, CARD_ID)
        if card_id:
            self.card_requested.emit(card_id)

    def save(self, fmt: str) -> None:
        """The table as CSV, or as PDF pages (Letter where the locale measures in inches, else A4)."""
        if self.table is None:
            return
        from ..fileio import atomic_output

        project = self.editor.project
        base = self._map_name() or project.title
        name = f"{base} — {tr('opportunities by owner')}.{fmt}"
        ask = getattr(self.parent(), "ask_save_path", None)
        label = "CSV (*.csv)" if fmt == "csv" else "PDF (*.pdf)"
        path = ask(tr("Save the report"), name, label) if ask else ""
        if not path:
            return
        try:
            with atomic_output(path) as temp:
                if fmt == "csv":
                    temp.write_text(reports.as_csv(self.table), encoding="utf-8")
                else:
                    from ..export.pdf_reports import export_report_pdf

                    paper = "letter" if QLocale().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem \
                        else "A4"
                    export_report_pdf([self.table], temp, paper, f"{project.title} — {self.table.title}", project.title)
        except OSError as error:
            QMessageBox.critical(self, tr("Cannot save the report"), str(error))
            return
        self.saved.emit(path)


def _shown(column: str, value: str) -> str:
    if column == "status":
        return tr(PROGRESS_LABELS[value]) if value in PROGRESS_LABELS else value
    if column == "due" and value:
        return due_text(value)
    return value
