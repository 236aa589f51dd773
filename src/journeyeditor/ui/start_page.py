"""What the canvas shows when there is no map to show: the templates to start one from, and
the recent projects (after a failed open, or in a project whose maps were all deleted)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..i18n import tr
from .gallery import fill_templates, template_list


class StartPage(QWidget):
    template_chosen = Signal(str)  # a template kind: add a map of it
    recent_chosen = Signal(str)  # a project path
    open_requested = Signal()
    new_requested = Signal()
    sample_requested = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("start-page")
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 20px; font-weight: 600;")
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.templates = template_list(QSize(200, 130), QSize(230, 175), filled=False)  # filled when first shown
        self.templates.itemActivated.connect(lambda item: self.template_chosen.emit(item.data(Qt.ItemDataRole.UserRole)))
        self._previews_made = False
        self.recent = QListWidget()
        self.recent.setMaximumHeight(180)
        self.recent.itemActivated.connect(lambda item: self.recent_chosen.emit(item.data(Qt.ItemDataRole.UserRole)))
        buttons = QHBoxLayout()
        for text, signal in ((tr("New Project…"), self.new_requested), (tr("Open…"), self.open_requested),
                             (tr("Open the Sample Project"), self.sample_requested)):
            button = QPushButton(text)
            button.clicked.connect(signal.emit)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.addWidget(self.heading)
        layout.addWidget(self.hint)
        self.templates_label = QLabel(tr("Start a map from a template (double-click or Enter):"))
        layout.addWidget(self.templates_label)
        layout.addWidget(self.templates, 3)
        layout.addWidget(QLabel(tr("Recent projects:")))
        layout.addWidget(self.recent, 1)
        layout.addLayout(buttons)

    def show_for(self, project_name: str | None, recent: list[str], can_add_maps: bool) -> None:
        if project_name is None:
            self.heading.setText(tr("No project open"))
            self.hint.setText(tr("Open a project, start a new one, or pick a recent one."))
        else:
            self.heading.setText(tr("{0} has no map yet").format(project_name))
            self.hint.setText(tr("Pick a template to add the first map. Maps can be added later from the "
                                 "Map menu or the Maps panel."))
        self.templates.setVisible(can_add_maps)
        self.templates_label.setVisible(can_add_maps)
        if can_add_maps and not self._previews_made:
            self._previews_made = True
            fill_templates(self.templates)
        self.recent.clear()
        from ..persistence.library import LibraryAddress, LibraryError, is_library_address

        for path in recent:
            where = (Path(path).name, Path(path).parent)
            if is_library_address(path):  # a library project: its name, then its library
                try:
                    address = LibraryAddress.parse(path)
                    where = (address.name, address.server)
                except LibraryError:
                    pass
            item = QListWidgetItem(f"{where[0]}  —  {where[1]}")
            item.setData(Qt.ItemDataRole.UserRole, path)
            item.setToolTip(path)
            self.recent.addItem(item)
        if not recent:
            item = QListWidgetItem(tr("(none yet)"))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.recent.addItem(item)
