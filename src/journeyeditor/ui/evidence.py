"""A card's evidence in the inspector: the list of its items with Add…, Edit…, Delete and Open,
and the dialog for one item (kind, method, source, link, date, quote). Each add, edit and
delete is one undo step through the editor."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, QEvent, QRectF, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QColor, QDesktopServices, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..canvas.paint import draw_shapes
from ..i18n import tr
from ..layout.card_details import CHIP_COLOURS, EVIDENCE_LABELS
from ..layout.icons import EVIDENCE_ICONS
from ..model import Evidence, ModelError
from ..model.evidence import METHODS, evidence_of

NO_DATE = QDate(1900, 1, 1)  # the date box's "no date" (shown as —)
KIND_HINTS = {"analytical": "survey, analytics, logs, support tickets…", "anecdotal": "interview, observation, quote…"}


def evidence_icon(kind: str, size: int = 16) -> QIcon:
    """The badge's glyph of an evidence kind, on its pill colour."""
    fill, _outline, ink = CHIP_COLOURS[kind]
    icon = QIcon()
    for dpr in (1.0, 2.0):
        pixmap = QPixmap(round(size * dpr), round(size * dpr))
        pixmap.setDevicePixelRatio(dpr)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(fill))
        painter.drawRoundedRect(QRectF(0, 0, size, size), 4, 4)
        draw_shapes(painter, EVIDENCE_ICONS[kind], QRectF(size * 0.2, size * 0.2, size * 0.6, size * 0.6), ink, 1.2)
        painter.end()
        icon.addPixmap(pixmap)
    return icon


def link_target(link: str, base: Path | None) -> QUrl | None:
    """What a link opens: a URL as it is, a file path (relative ones from the project's folder)
    as a local file; None for a file that is not there."""
    link = link.strip()
    if not link:
        return None
    url = QUrl(link)
    if url.scheme() and len(url.scheme()) > 1:  # http:, https:, file:, mailto: (not a drive letter)
        return url
    path = Path(link).expanduser()
    if not path.is_absolute() and base is not None:
        path = base / path
    return QUrl.fromLocalFile(str(path)) if path.exists() else None


def open_link(link: str, base: Path | None) -> str:
    """Open a link with the system's handler; returns a problem in words, or ""."""
    target = link_target(link, base)
    if target is None:
        return tr("Cannot open {0}: no such file").format(link.strip())
    if not QDesktopServices.openUrl(target):
        return tr("Nothing on this computer opens {0}").format(link.strip())
    return ""


def item_text(item: Evidence) -> str:
    """One line for the list: method, source, date."""
    parts = [item.method.strip().capitalize() or tr(EVIDENCE_LABELS.get(item.kind, item.kind))]
    if item.source.strip():
        parts.append(item.source.strip())
    if item.date:
        parts.append(item.date)
    return " · ".join(parts)


class EvidenceDialog(QDialog):
    """One evidence item's fields. The method offers the kind's usual methods and takes any
    other; the date is optional (— for none); a link is a URL or a file, opened by Open."""

    def __init__(self, parent, title: str, item: Evidence | None = None, base: Path | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.base = base
        item = item or Evidence("", "")
        self.kind = QComboBox()
        for kind, label in EVIDENCE_LABELS.items():
            self.kind.addItem(evidence_icon(kind), tr("{0} ({1})").format(tr(label), tr(KIND_HINTS[kind])), kind)
        self.kind.setCurrentIndex(max(0, self.kind.findData(item.kind)))
        self.method = QComboBox()
        self.method.setEditable(True)
        self.method.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self._fill_methods()
        self.method.setEditText(item.method)
        self.kind.currentIndexChanged.connect(lambda _i: self._fill_methods())
        self.source = QLineEdit(item.source)
        self.source.setPlaceholderText(tr("Who or what: a study, a report, a participant"))
        self.link = QLineEdit(item.link)
        self.link.setPlaceholderText(tr("https://… or a file"))
        browse = QPushButton(tr("Browse…"))
        browse.setAutoDefault(False)
        browse.clicked.connect(self._browse)
        self.open_button = QPushButton(tr("Open"))
        self.open_button.setAutoDefault(False)
        self.open_button.clicked.connect(self._open)
        self.link.textChanged.connect(lambda text: self.open_button.setEnabled(bool(text.strip())))
        self.open_button.setEnabled(bool(item.link.strip()))
        link_row = QHBoxLayout()
        link_row.setContentsMargins(0, 0, 0, 0)
        link_row.addWidget(self.link, 1)
        link_row.addWidget(browse)
        link_row.addWidget(self.open_button)
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setMinimumDate(NO_DATE)
        self.date.setSpecialValueText("—")
        given = QDate.fromString(item.date, "yyyy-MM-dd")
        self.date.setDate(given if given.isValid() else NO_DATE)
        self.date.calendarWidget().setSelectedDate(given if given.isValid() else QDate.currentDate())
        no_date = QPushButton(tr("No Date"))
        no_date.setAutoDefault(False)
        no_date.clicked.connect(lambda: self.date.setDate(NO_DATE))
        date_row = QHBoxLayout()
        date_row.setContentsMargins(0, 0, 0, 0)
        date_row.addWidget(self.date, 1)
        date_row.addWidget(no_date)
        self.quote = QPlainTextEdit(item.quote)
        self.quote.setTabChangesFocus(True)
        self.quote.setFixedHeight(72)
        self.quote.setPlaceholderText(tr("In their words (optional)"))
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #B42318;")
        self.problem.hide()
        form = QFormLayout()
        form.addRow(tr("Kind"), self.kind)
        form.addRow(tr("Method"), self.method)
        form.addRow(tr("Source"), self.source)
        form.addRow(tr("Link"), link_row)
        form.addRow(tr("Date"), date_row)
        form.addRow(tr("Quote"), self.quote)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())

    def _fill_methods(self) -> None:
        text = self.method.currentText()
        self.method.clear()
        self.method.addItems([tr(method) for method in METHODS[self.kind.currentData()]])
        self.method.setEditText(text)

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, tr("Evidence file"), str(self.base or Path.home()))
        if path:
            self.link.setText(path)

    def _open(self) -> None:
        problem = open_link(self.link.text(), self.base)
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))

    def values(self) -> dict:
        date = self.date.date()
        return {"kind": self.kind.currentData(), "method": self.method.currentText().strip(),
                "source": self.source.text().strip(), "link": self.link.text().strip(),
                "date": "" if date == NO_DATE else date.toString("yyyy-MM-dd"),
                "quote": self.quote.toPlainText().strip()}

    def accept(self) -> None:
        values = self.values()
        if not any(values[name] for name in ("method", "source", "link", "quote")):
            self.problem.setText(tr("Say what backs the card: a method, a source, a link or a quote"))
            self.problem.show()
            self.method.setFocus()
            return
        super().accept()


def _small_button(text: str) -> QToolButton:
    """A compact text button: four of them fit the inspector's width."""
    button = QToolButton()
    button.setText(text)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    return button


class _EvidenceList(QListWidget):
    """Delete here deletes the evidence item, not the card (the window's Delete would)."""

    delete_pressed = Signal()
    activated_item = Signal()

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and event.key() in (
                Qt.Key.Key_Delete, Qt.Key.Key_Backspace, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.delete_pressed.emit()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.activated_item.emit()
            return
        super().keyPressEvent(event)


class EvidenceSection(QWidget):
    """A card's evidence in the inspector."""

    problem = Signal(str)

    def __init__(self, editor, card_id: str, base: Path | None = None, parent=None) -> None:
        super().__init__(parent)
        self.editor, self.card_id, self.base = editor, card_id, base
        heading = QLabel(tr("Evidence"))
        heading.setStyleSheet("font-weight: 600;")
        self.list = _EvidenceList()
        self.list.setIconSize(QSize(16, 16))
        # the inspector is narrow: a long line ends in "…" (the tooltip has it all), never scrolls sideways
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.itemDoubleClicked.connect(lambda _item: self.edit())
        self.list.activated_item.connect(self.edit)
        self.list.delete_pressed.connect(self.delete)
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.empty = QLabel(tr("No evidence yet: this card is a claim nothing backs."))
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: #59636E;")
        self.add_button = _small_button(tr("Add…"))
        self.edit_button = _small_button(tr("Edit…"))
        self.delete_button = _small_button(tr("Delete"))
        self.open_button = _small_button(tr("Open"))
        self.open_button.setToolTip(tr("Open the item's link"))
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.delete_button.clicked.connect(self.delete)
        self.open_button.clicked.connect(self.open)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        for button in (self.add_button, self.edit_button, self.delete_button, self.open_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(self.list)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        self.items: list[Evidence] = []
        self.reload()

    def reload(self) -> None:
        """The card's items now (after an edit or an undo), the selected one kept."""
        current = self.current()
        keep = current.id if current is not None else None
        self.items = evidence_of(self.editor.project, self.card_id)
        self.list.clear()
        for item in self.items:
            row = QListWidgetItem(evidence_icon(item.kind), item_text(item))
            tips = [tr(EVIDENCE_LABELS.get(item.kind, item.kind))]
            tips += [text for text in (f"“{item.quote}”" if item.quote else "", item.link) if text]
            row.setToolTip("\n".join([item_text(item), *tips]))
            self.list.addItem(row)
        ids = [item.id for item in self.items]
        # as high as its rows, up to five (then it scrolls)
        rows = max(1, min(5, len(ids)))
        self.list.setFixedHeight(rows * max(20, self.list.sizeHintForRow(0)) + 2 * self.list.frameWidth() + 2)
        if ids:
            self.list.setCurrentRow(ids.index(keep) if keep in ids else 0)
        self.list.setVisible(bool(ids))
        self.empty.setVisible(not ids)
        self._update_buttons()

    def current(self) -> Evidence | None:
        row = self.list.currentRow()
        return self.items[row] if 0 <= row < len(self.items) else None

    def _update_buttons(self) -> None:
        writable = not self.editor.read_only
        current = self.current()
        self.add_button.setEnabled(writable)
        self.edit_button.setEnabled(writable and current is not None)
        self.delete_button.setEnabled(writable and current is not None)
        self.open_button.setEnabled(current is not None and bool(current.link.strip()))

    def _edit(self, action) -> None:
        try:
            action()
        except ModelError as error:
            self.problem.emit(str(error))

    def add(self) -> None:
        if self.editor.read_only:
            return
        dialog = EvidenceDialog(self.window(), tr("Add Evidence"), base=self.base)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        values = dialog.values()
        kind = values.pop("kind")
        made: list[Evidence] = []
        self._edit(lambda: made.append(self.editor.add_evidence(self.card_id, kind, **values)))
        if made:
            self.reload()
            self.list.setCurrentRow([item.id for item in self.items].index(made[0].id))

    def edit(self) -> None:
        item = self.current()
        if item is None or self.editor.read_only:
            return
        dialog = EvidenceDialog(self.window(), tr("Edit Evidence"), item, self.base)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._edit(lambda: self.editor.update(item.id, text=tr("Edit evidence"), **dialog.values()))

    def delete(self) -> None:
        item = self.current()
        if item is not None and not self.editor.read_only:
            self._edit(lambda: self.editor.remove([item.id]))

    def open(self) -> None:
        item = self.current()
        if item is not None:
            problem = open_link(item.link, self.base)
            if problem:
                self.problem.emit(problem)
