"""PNG export options: a scale (1x, 2x, 4x) or a print resolution, with the size it makes."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
)

from ..i18n import number, tr

#: the layout's unit is a point of the poster (1/72 in): a DPI is that many pixels per inch
POINTS_PER_INCH = 72.0
SCALES = (1.0, 2.0, 4.0)


class PngOptionsDialog(QDialog):
    def __init__(self, map_width: float, map_height: float, remembered: dict, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Export PNG"))
        self.map_size = (map_width, map_height)
        self.group = QButtonGroup(self)
        grid = QGridLayout()
        self.buttons: list[QRadioButton] = []
        for row, scale in enumerate(SCALES):
            button = QRadioButton(tr("{0}x").format(number(scale)))
            self.group.addButton(button, row)
            self.buttons.append(button)
            grid.addWidget(button, row, 0)
        self.dpi_button = QRadioButton(tr("Print resolution (DPI)"))
        self.group.addButton(self.dpi_button, len(SCALES))
        self.dpi = QSpinBox()
        self.dpi.setRange(36, 576)  # export_png takes scales up to 8
        self.dpi.setValue(int(remembered.get("dpi", 150)))
        grid.addWidget(self.dpi_button, len(SCALES), 0)
        grid.addWidget(self.dpi, len(SCALES), 1)
        self.size_label = QLabel()
        choice = remembered.get("choice", 1)
        (self.group.button(int(choice)) or self.buttons[1]).setChecked(True)
        self.group.idToggled.connect(lambda *_a: self._update())
        self.dpi.valueChanged.connect(lambda *_a: self._update())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("Size of the image:")))
        layout.addLayout(grid)
        layout.addWidget(self.size_label)
        layout.addWidget(buttons)
        self._update()

    def scale(self) -> float:
        choice = self.group.checkedId()
        if choice == len(SCALES):
            return self.dpi.value() / POINTS_PER_INCH
        return SCALES[max(0, choice)]

    def remembered(self) -> dict:
        return {"choice": self.group.checkedId(), "dpi": self.dpi.value()}

    def _update(self) -> None:
        self.dpi.setEnabled(self.dpi_button.isChecked())
        w, h = (round(v * self.scale()) for v in self.map_size)
        self.size_label.setText(tr("{0} × {1} pixels").format(number(w), number(h)))
