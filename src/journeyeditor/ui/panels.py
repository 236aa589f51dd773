"""Side panels: the project's maps and its personas."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QColorDialog,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..catalogue import current_language
from ..i18n import tr
from ..model import Image, MapKind, ModelError, Persona

KIND_LABELS = {MapKind.CURRENT_STATE.value: "Current state", MapKind.FUTURE_STATE.value: "Future state",
               MapKind.DAY_IN_THE_LIFE.value: "Day in the life",
               MapKind.SERVICE_BLUEPRINT.value: "Service blueprint", "blank": "Blank"}


def swatch(colour: str) -> QIcon:
    pixmap = QPixmap(14, 14)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


def _button(text: str, tip: str, slot) -> QToolButton:
    button = QToolButton()
    button.setText(text)
    button.setToolTip(tip)
    button.clicked.connect(slot)
    return button


def _list_with_buttons(panel: QWidget, list_widget: QListWidget, buttons: list[QWidget]) -> None:
    """A panel's layout: its list, and a row of buttons under it."""
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    layout = QVBoxLayout(panel)
    layout.setContentsMargins(4, 4, 4, 4)
    layout.addWidget(list_widget)
    layout.addLayout(row)


class MapsPanel(QWidget):
    map_selected = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.editor = None
        self.list = QListWidget()
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.DoubleClicked)
        self.list.currentRowChanged.connect(self._current_changed)
        self.list.itemChanged.connect(self._renamed)
        self.list.model().rowsMoved.connect(self._moved)
        add = QToolButton()
        add.setText("+")
        add.setToolTip(tr("Add a map"))
        add.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(add)
        for kind in ("current-state", "future-state", "day-in-the-life", "service-blueprint", "blank"):
            menu.addAction(tr(KIND_LABELS[kind]), lambda k=kind: self.add_map(k))
        add.setMenu(menu)
        _list_with_buttons(self, self.list, [add, _button(tr("Duplicate"), tr("Duplicate the map"), self.duplicate),
                                             _button("−", tr("Delete the map"), self.delete)])
        self._loading = False

    def set_editor(self, editor) -> None:
        self.editor = editor
        self.reload()

    def current_map_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def reload(self, select: str | None = None) -> None:
        select = select or self.current_map_id()
        self._loading = True
        self.list.clear()
        for m in self.editor.project.maps:
            item = QListWidgetItem(m.name)
            item.setData(Qt.ItemDataRole.UserRole, m.id)
            item.setToolTip(tr(KIND_LABELS.get(m.kind, m.kind)))
            if not self.editor.read_only:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
            self.list.addItem(item)
        self._loading = False
        ids = [m.id for m in self.editor.project.maps]
        row = ids.index(select) if select in ids else (0 if ids else -1)
        self.list.setCurrentRow(row)
        if row >= 0 and select not in ids:
            self.map_selected.emit(ids[row])
        if not ids:
            self.map_selected.emit("")

    def _current_changed(self, row: int) -> None:
        if not self._loading and row >= 0:
            self.map_selected.emit(self.list.item(row).data(Qt.ItemDataRole.UserRole))

    def _renamed(self, item: QListWidgetItem) -> None:
        if self._loading:
            return
        name = item.text().strip()
        if name:
            self.editor.update(item.data(Qt.ItemDataRole.UserRole), name=name)
        else:
            self.reload()

    def _moved(self, *_args) -> None:
        if self._loading:
            return
        order = [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())]
        current = [m.id for m in self.editor.project.maps]
        moved = next((map_id for i, map_id in enumerate(order) if current[i] != map_id), None)
        if moved:
            self.editor.reorder(moved, order.index(moved))

    def add_map(self, kind: str) -> None:
        from ..model import Project
        from ..templates import new_map

        scratch = Project()  # build the template's map, then add it through the editor
        name = tr("New map") if kind == "blank" else tr(KIND_LABELS[kind])
        template = new_map(scratch, kind, name, current_language())
        self.editor.add_map_copy(scratch, template.id, select_name=template.name)
        self.reload(select=self.editor.project.maps[-1].id)
        self.map_selected.emit(self.editor.project.maps[-1].id)

    def duplicate(self) -> None:
        map_id = self.current_map_id()
        if map_id:
            new_id = self.editor.duplicate_map(map_id)
            self.reload(select=new_id)
            self.map_selected.emit(new_id)

    def delete(self) -> None:
        map_id = self.current_map_id()
        if map_id:
            self.editor.remove([map_id])
            self.reload()


class PersonaDialog(QDialog):
    """A persona's fields and photo. A photo chosen here goes into the project with the rest,
    as one step, when the dialog is accepted."""

    FIELDS = (("name", "Name"), ("role", "Role"), ("quote", "Quote"), ("goals", "Goals"),
              ("expectations", "Expectations"), ("scenario", "Scenario"))
    PREVIEW = 72

    def __init__(self, persona, project, parent=None, read_only: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Persona"))
        self.project = project
        self.photo_hash = persona.photo_hash  # what the persona will show: its photo, one chosen, or ""
        self.new_photo: Image | None = None  # a photo read from a file, not in the project yet
        form = QFormLayout(self)
        self.widgets = {}
        for name, label in self.FIELDS:
            widget = QLineEdit(getattr(persona, name)) if name in ("name", "role") else QPlainTextEdit(getattr(persona, name))
            if isinstance(widget, QPlainTextEdit):
                widget.setFixedHeight(60)
            self.widgets[name] = widget
            form.addRow(tr(label), widget)
        self.preview = QLabel()
        self.preview.setFixedSize(self.PREVIEW, self.PREVIEW)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setStyleSheet("border: 1px solid palette(mid); border-radius: 4px;")
        self.choose_photo_button = QPushButton(tr("Choose Photo…"))
        self.choose_photo_button.clicked.connect(self.choose_photo)
        self.remove_photo_button = QPushButton(tr("Remove Photo"))
        self.remove_photo_button.clicked.connect(self.remove_photo)
        for button in (self.choose_photo_button, self.remove_photo_button):
            button.setEnabled(not read_only)
        buttons_column = QVBoxLayout()
        buttons_column.addWidget(self.choose_photo_button)
        buttons_column.addWidget(self.remove_photo_button)
        buttons_column.addStretch(1)
        photo_row = QHBoxLayout()
        photo_row.addWidget(self.preview)
        photo_row.addLayout(buttons_column)
        photo_row.addStretch(1)
        form.addRow(tr("Photo"), photo_row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self._show_photo()

    def values(self) -> dict:
        values = {name: (w.text() if isinstance(w, QLineEdit) else w.toPlainText()) for name, w in self.widgets.items()}
        values["photo_hash"] = self.photo_hash
        return values

    def choose_photo(self) -> None:
        from .photos import PhotoError, photo_from_file

        path, _ = QFileDialog.getOpenFileName(self, tr("Choose Photo"), "", tr("Images (*.png *.jpg *.jpeg)"))
        if not path:
            return
        try:
            photo = photo_from_file(path)
        except PhotoError as error:
            QMessageBox.warning(self, tr("Choose Photo"), str(error))
            return
        self.new_photo, self.photo_hash = photo, photo.hash
        self._show_photo()

    def remove_photo(self) -> None:
        self.new_photo, self.photo_hash = None, ""
        self._show_photo()

    def _show_photo(self) -> None:
        image = self.new_photo or self.project.images.get(self.photo_hash)
        pixmap = QPixmap()
        if image is not None:
            pixmap.loadFromData(image.data)
        if pixmap.isNull():
            self.preview.setPixmap(QPixmap())
            self.preview.setText(tr("No photo"))
        else:
            self.preview.setPixmap(pixmap.scaled(self.PREVIEW, self.PREVIEW, Qt.AspectRatioMode.KeepAspectRatio,
                                                 Qt.TransformationMode.SmoothTransformation))
        self.remove_photo_button.setEnabled(self.choose_photo_button.isEnabled() and bool(self.photo_hash))


class PersonasPanel(QWidget):
    """The project's personas; each one's check box says whether the map on show shows it (its
    legend entry, emotion line and sheet): personas are chosen per map."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.editor = None
        self.map_id: str | None = None
        self.list = QListWidget()
        self.list.itemChanged.connect(self._toggled)
        self.list.itemDoubleClicked.connect(lambda _item: self.edit())
        _list_with_buttons(self, self.list, [
            _button("+", tr("Add a persona"), self.add), _button(tr("Edit"), tr("Edit the persona"), self.edit),
            _button(tr("Colour"), tr("Line colour"), self.colour), _button("−", tr("Delete the persona"), self.delete)])
        self._loading = False

    def set_editor(self, editor) -> None:
        self.editor = editor
        self.reload()

    def set_map(self, map_id: str | None) -> None:
        self.map_id = map_id
        if self.editor is not None:
            self.reload()

    def reload(self) -> None:
        current = self.current_id()
        self._loading = True
        self.list.clear()
        m = self.editor.project.get(self.map_id) if self.map_id else None
        shown = set(m.persona_ids) if m is not None else set()
        for persona in self.editor.project.personas:
            item = QListWidgetItem(swatch(persona.colour), persona.name + (f" — {persona.role}" if persona.role else ""))
            item.setData(Qt.ItemDataRole.UserRole, persona.id)
            if m is not None:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if persona.id in shown else Qt.CheckState.Unchecked)
                item.setToolTip(tr("Show this persona on this map: its legend entry, emotion line and sheet"))
            self.list.addItem(item)
            if persona.id == current:
                self.list.setCurrentItem(item)
        self._loading = False

    def current_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _toggled(self, item: QListWidgetItem) -> None:
        if not self._loading and self.map_id:
            self.editor.show_persona(self.map_id, item.data(Qt.ItemDataRole.UserRole),
                                     item.checkState() == Qt.CheckState.Checked)

    def add(self) -> None:
        name, ok = QInputDialog.getText(self, tr("New persona"), tr("Name"))
        self.window().activateWindow()  # the keys go back to the window (no window manager may do it)
        if ok and name.strip():
            palette = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9"]
            colour = palette[len(self.editor.project.personas) % len(palette)]
            # shown on the map on show (if any); other maps choose it when they want it
            self.editor.add_persona(name.strip(), [self.map_id] if self.map_id else [], colour=colour)

    def edit(self) -> None:
        self.edit_persona(self.current_id() or "")

    def edit_persona(self, persona_id: str) -> None:
        """The persona's dialog; what it says lands as one step (with a photo chosen in it)."""
        persona = self.editor.project.get(persona_id)
        if not isinstance(persona, Persona):
            return
        dialog = PersonaDialog(persona, self.editor.project, self, self.editor.read_only)
        if dialog.exec():
            try:
                self.editor.edit_persona(persona.id, dialog.new_photo, **dialog.values())
            except ModelError as error:  # the project became read-only, say
                QMessageBox.warning(self, tr("Persona"), str(error))

    def colour(self) -> None:
        persona = self.editor.project.get(self.current_id() or "")
        if persona is not None:
            colour = QColorDialog.getColor(QColor(persona.colour), self, tr("Persona colour"))
            if colour.isValid():
                self.editor.update(persona.id, colour=colour.name().upper())

    def delete(self) -> None:
        if self.current_id():
            self.editor.remove([self.current_id()])
