"""File → Export PDF…: paper, orientation, tiling and overlap, a preview of the page grid,
progress with Cancel, and the last choices remembered."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QMessageBox,
    QProgressDialog,
    QVBoxLayout,
    QWidget,
)

from ..export.pdf import MARGIN_PT, PAPER_MM, Cancelled, PdfExportError, PdfOptions, export_pdf, tile_grid
from ..i18n import tr
from ..layout import LayoutEngine

PAGES = ["fit", "A0", "A1", "A2", "A3", "A4", "A5", "letter", "legal", "tabloid", "arch-e"]
PAGE_NAMES = {"letter": "Letter", "legal": "Legal", "tabloid": "Tabloid", "arch-e": "ARCH E"}  # ISO sizes: as is
INCH_SIZES = {"letter", "legal", "tabloid", "arch-e"}


def page_label(page: str) -> str:
    """A paper size as people know it: "A4 (210 × 297 mm)", "Letter (8.5 × 11 in)"."""
    if page == "fit":
        return tr("Fit the map (one page)")
    w, h = PAPER_MM[page]
    if page in INCH_SIZES:
        size = tr("{0} × {1} in").format(f"{w / 25.4:g}", f"{h / 25.4:g}")
    else:
        size = tr("{0} × {1} mm").format(f"{w:g}", f"{h:g}")
    return f"{tr(PAGE_NAMES.get(page, page))} ({size})"


class GridPreview(QWidget):
    """The poster's outline with the sheets it will be printed on."""

    def __init__(self) -> None:
        super().__init__()
        self.setMinimumSize(320, 220)
        self.poster = (1.0, 1.0)
        self.grid: tuple | None = None

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#ECECE7"))
        w, h = self.poster
        area = self.rect().adjusted(12, 12, -12, -12)
        scale = min(area.width() / w, area.height() / h)
        x0 = area.x() + (area.width() - w * scale) / 2
        y0 = area.y() + (area.height() - h * scale) / 2
        painter.fillRect(QRectF(x0, y0, w * scale, h * scale), QColor("#FFFFFF"))
        painter.setPen(QPen(QColor("#59636E"), 1))
        painter.drawRect(QRectF(x0, y0, w * scale, h * scale))
        if self.grid:
            columns, rows, usable_w, usable_h, overlap = self.grid
            painter.setPen(QPen(QColor("#D55E00"), 1))
            for row in range(rows):
                for column in range(columns):
                    left, top = column * (usable_w - overlap), row * (usable_h - overlap)
                    painter.drawRect(QRectF(x0 + left * scale, y0 + top * scale,
                                            min(usable_w, w - left) * scale, min(usable_h, h - top) * scale))
        painter.end()


class PdfExportDialog(QDialog):
    def __init__(self, project, map_, settings, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Export PDF"))
        self.project, self.map, self.settings = project, map_, settings
        layout = LayoutEngine().layout(project, map_.id)
        self.poster = (layout.width, layout.height)
        self.page = QComboBox()
        for page in PAGES:
            self.page.addItem(page_label(page), page)  # shown by name, stored by its identifier
        self.orientation = QComboBox()
        for value, label in ((None, "Automatic"), ("landscape", "Landscape"), ("portrait", "Portrait")):
            self.orientation.addItem(tr(label), value)
        self.tile = QComboBox()
        for value, label in ((None, "No tiling"), ("A4", "A4 sheets"), ("A3", "A3 sheets"), ("letter", "Letter sheets")):
            self.tile.addItem(tr(label), value)
        self.overlap = QDoubleSpinBox()
        self.overlap.setRange(0, 50)
        self.overlap.setSuffix(" mm")
        self.marks = QCheckBox(tr("Crop and alignment marks"))
        self.all_maps = QCheckBox(tr("Every map of the project"))
        self.preview = GridPreview()
        form = QFormLayout()
        form.addRow(tr("Page"), self.page)
        form.addRow(tr("Orientation"), self.orientation)
        form.addRow(tr("Tiles"), self.tile)
        form.addRow(tr("Overlap"), self.overlap)
        form.addRow("", self.marks)
        form.addRow("", self.all_maps)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.export)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addWidget(self.preview, 1)
        box.addWidget(buttons)
        self._restore()
        for widget in (self.page, self.orientation, self.tile):
            widget.currentIndexChanged.connect(self.update_preview)
        self.overlap.valueChanged.connect(self.update_preview)
        self.update_preview()

    def options(self) -> PdfOptions:
        return PdfOptions(self.page.currentData(), self.orientation.currentData(), self.tile.currentData(),
                          self.overlap.value(), self.marks.isChecked())

    def _restore(self) -> None:
        saved = self.settings.export_options("pdf")
        self.page.setCurrentIndex(max(0, self.page.findData(saved.get("page", "fit"))))
        self.orientation.setCurrentIndex(max(0, self.orientation.findData(saved.get("orientation"))))
        self.tile.setCurrentIndex(max(0, self.tile.findData(saved.get("tile"))))
        self.overlap.setValue(float(saved.get("overlap", 10.0)))
        self.marks.setChecked(bool(saved.get("marks", True)))
        self.all_maps.setChecked(bool(saved.get("all", False)))

    def update_preview(self) -> None:
        options = self.options()
        w, h = self.poster
        if options.page != "fit":
            page_w, page_h = options.page_size(w, h)
            scale = min((page_w - 2 * MARGIN_PT) / w, (page_h - 2 * MARGIN_PT) / h)
            w, h = w * scale, h * scale
        self.preview.poster = (w, h)
        if options.tile:
            sheet_w, sheet_h, columns, rows, overlap = tile_grid(w, h, options.tile, options.overlap_mm, options.orientation)
            self.preview.grid = (columns, rows, sheet_w - 2 * MARGIN_PT, sheet_h - 2 * MARGIN_PT, overlap)
            self.setWindowTitle(tr("Export PDF — {0} sheets").format(columns * rows))
        else:
            self.preview.grid = None
            self.setWindowTitle(tr("Export PDF"))
        self.preview.update()

    def export(self) -> None:
        options = self.options()
        name = f"{self.project.title if self.all_maps.isChecked() else self.map.name}.pdf"
        suggestion = str(Path(self.settings.last_folder()) / name)
        path, _ = QFileDialog.getSaveFileName(self, tr("Export PDF"), suggestion, "PDF (*.pdf)")
        if not path:
            return
        self.settings.set_last_folder(path)
        self.settings.set_export_options("pdf", {"page": options.page, "orientation": options.orientation,
                                                 "tile": options.tile, "overlap": options.overlap_mm,
                                                 "marks": options.marks, "all": self.all_maps.isChecked()})
        maps = self.project.maps if self.all_maps.isChecked() else [self.map]
        progress = QProgressDialog(tr("Exporting PDF…"), tr("Cancel"), 0, len(maps), self)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)

        def report(done: int, total: int) -> bool:
            progress.setValue(done)
            QApplication.processEvents()
            return not progress.wasCanceled()

        from ..fileio import atomic_output

        try:
            with atomic_output(path) as temp:  # cancel or failure: the old file stays, no partial one
                export_pdf(self.project, maps, temp, options, report)
        except Cancelled:
            return
        except (PdfExportError, OSError) as error:
            QMessageBox.critical(self, tr("Export failed"), str(error))
            return
        finally:
            progress.close()
        self.written = path  # the window says where it went
        self.accept()
