"""The New Map gallery: each template with a preview drawn by the canvas's own painting code."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidget, QListWidgetItem, QVBoxLayout

from ..i18n import tr
from ..model import Project
from ..templates import new_map
from .panels import KIND_LABELS

KINDS = ("current-state", "future-state", "day-in-the-life", "service-blueprint", "blank")


def preview(kind: str) -> QPixmap:
    from ..export.png import render_map_image

    project = Project()
    m = new_map(project, kind, tr(KIND_LABELS[kind]))
    image = render_map_image(project, m, 0.16)
    return QPixmap.fromImage(image)


def template_list(icon: QSize, grid: QSize, filled: bool = True) -> QListWidget:
    """The templates as a grid of previews, each item's data its template kind (`filled=False`:
    the grid only, for fill_templates later; each preview lays out and paints a map)."""
    templates = QListWidget()
    templates.setViewMode(QListWidget.ViewMode.IconMode)
    templates.setIconSize(icon)
    templates.setGridSize(grid)
    templates.setResizeMode(QListWidget.ResizeMode.Adjust)
    templates.setMovement(QListWidget.Movement.Static)
    if filled:
        fill_templates(templates)
    return templates


def fill_templates(templates: QListWidget) -> None:
    for kind in KINDS:
        item = QListWidgetItem(QIcon(preview(kind)), tr(KIND_LABELS[kind]))
        item.setData(Qt.ItemDataRole.UserRole, kind)
        templates.addItem(item)
    templates.setCurrentRow(0)


class MapGallery(QDialog):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("New map"))
        self.choice: str | None = None
        self.list = template_list(QSize(220, 150), QSize(250, 200))
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.resize(820, 520)

    def accept(self) -> None:
        item = self.list.currentItem()
        self.choice = item.data(Qt.ItemDataRole.UserRole) if item else None
        super().accept()
