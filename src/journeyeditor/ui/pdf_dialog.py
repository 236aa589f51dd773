"""File → Export PDF…: paper, orientation (automatic shows which), every map one per page or
together on one (stacked or side by side), the page sized from the card text, tiling and
overlap, a preview of the page or the sheet grid with what will be written, progress with
Cancel, and the last choices remembered."""

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
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QVBoxLayout,
    QWidget,
)

from ..export.pdf import (
    PAPER_MM,
    Cancelled,
    PagePlan,
    PdfExportError,
    PdfOptions,
    Poster,
    TilePlan,
    build_poster,
    export_pdf,
    orientation_name,
    plan_pages,
)
from ..i18n import number, tr
from ..layout import LayoutEngine
from .heatmap_menu import HEAT_NAMES, map_kinds

PAGES = ["fit", "A0", "A1", "A2", "A3", "A4", "A5", "letter", "legal", "tabloid", "arch-e"]
PAGE_NAMES = {"letter": "Letter", "legal": "Legal", "tabloid": "Tabloid", "arch-e": "ARCH E"}  # ISO sizes: as is
INCH_SIZES = {"letter", "legal", "tabloid", "arch-e"}
#: reports that can follow the posters as pages: (kind, check box label)
REPORTS = [("owners", "Opportunities by owner"), ("metrics", "Metrics"), ("gaps", "Gaps"), ("evidence", "Evidence")]


def page_label(page: str) -> str:
    """A paper size as people know it: "A4 (210 × 297 mm)", "Letter (8.5 × 11 in)"."""
    if page == "fit":
        return tr("Fit the map (one page)")
    w, h = PAPER_MM[page]
    if page in INCH_SIZES:
        size = tr("{0} × {1} in").format(number(round(w / 25.4, 2)), number(round(h / 25.4, 2)))
    else:
        size = tr("{0} × {1} mm").format(number(w), number(h))
    return f"{tr(PAGE_NAMES.get(page, page))} ({size})"


class GridPreview(QWidget):
    """The page as it prints (the maps on it), or, tiled, the poster with the sheets it is cut into."""

    def __init__(self) -> None:
        super().__init__()
        self.setMinimumSize(320, 220)
        self.poster = (1.0, 1.0)  # the page, or the poster being tiled (points)
        self.maps: list[tuple[float, float, float, float]] = []  # each map's place on it (points)
        self.thumbs: list = []  # each map's picture (QImage), drawn into its place
        self.grid: TilePlan | None = None

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
        painter.setPen(QPen(QColor("#A9B0B8"), 1))
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        for i, (mx, my, mw, mh) in enumerate(self.maps):
            place = QRectF(x0 + mx * scale, y0 + my * scale, mw * scale, mh * scale)
            if i < len(self.thumbs) and self.thumbs[i] is not None:
                painter.drawImage(place, self.thumbs[i])  # the map itself, as it will print
            else:
                painter.fillRect(place, QColor("#F6F6F3"))
            painter.drawRect(place)
        if self.grid:
            painter.setPen(QPen(QColor("#D55E00"), 1))
            for row in range(self.grid.rows):
                for column in range(self.grid.columns):
                    left, top, part_w, part_h = self.grid.part(row, column)
                    painter.drawRect(QRectF(x0 + left * scale, y0 + top * scale, part_w * scale, part_h * scale))
        painter.end()


class PdfExportDialog(QDialog):
    def __init__(self, project, map_, settings, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Export PDF"))
        self.project, self.map, self.settings = project, map_, settings
        self._engine = LayoutEngine()
        # (map id, persona sheet, emotion notes) -> its poster, laid out when first needed
        self._posters: dict[tuple, Poster] = {}
        self.plans: list[PagePlan] = []
        self.page = QComboBox()
        for page in PAGES:
            self.page.addItem(page_label(page), page)  # shown by name, stored by its identifier
        self.orientation = QComboBox()
        for value, label in ((None, tr("Automatic")), ("landscape", tr("Landscape")), ("portrait", tr("Portrait"))):
            self.orientation.addItem(label, value)
        self.all_maps = QCheckBox(tr("Every map of the project"))
        self.layout_choice = QComboBox()
        for value, label in (("pages", tr("One page per map")), ("stacked", tr("All on one page, one under another")),
                             ("side-by-side", tr("All on one page, side by side"))):
            self.layout_choice.addItem(label, value)
        self.by_text = QCheckBox(tr("Size the page from the card text:"))
        self.text_size = QDoubleSpinBox()
        self.text_size.setRange(4, 96)
        self.text_size.setDecimals(1)
        self.text_size.setSuffix(tr(" pt"))
        self.text_size.setToolTip(tr("The smallest text on cards, as printed: the page (or the number of "
                                     "sheets) is chosen to print it this big"))
        text_row = QHBoxLayout()
        text_row.addWidget(self.by_text)
        text_row.addWidget(self.text_size)
        text_row.addStretch(1)
        self.tile = QComboBox()
        for value, label in ((None, tr("No tiling")), ("A4", tr("A4 sheets")), ("A3", tr("A3 sheets")),
                             ("letter", tr("Letter sheets"))):
            self.tile.addItem(label, value)
        self.overlap = QDoubleSpinBox()
        self.overlap.setRange(0, 50)
        self.overlap.setSuffix(tr(" mm"))
        self.marks = QCheckBox(tr("Crop and alignment marks"))
        self.persona_sheet = QCheckBox(tr("Persona sheet (photo, role, quote, goals …) under the legend"))
        self.emotion_notes = QCheckBox(tr("Emotion notes by the faces"))
        self.heatmap = QComboBox()  # the emotion average, pain points, and the kinds the map's metrics use
        for by in ("", "emotion", "pain-points", *map_kinds(project, map_.id)):
            self.heatmap.addItem(tr(HEAT_NAMES[by]), by)
        self.reports = {kind: QCheckBox(tr(label)) for kind, label in REPORTS}
        reports_row = QHBoxLayout()
        for check in self.reports.values():
            check.setToolTip(tr("Add this report as pages after the map (A4 or Letter, landscape)"))
            reports_row.addWidget(check)
        reports_row.addStretch(1)
        self.votes = QCheckBox(tr("Voting results: the latest round's dots on the cards, and a results page "
                                  "per round"))
        self.comments = QCheckBox(tr("Comments: bubbles on the map, and a page of its threads"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.preview = GridPreview()
        form = QFormLayout()
        form.addRow(tr("Page"), self.page)
        form.addRow(tr("Orientation"), self.orientation)
        form.addRow("", self.all_maps)
        form.addRow(tr("Several maps"), self.layout_choice)
        form.addRow(tr("Card text"), text_row)
        form.addRow(tr("Tiles"), self.tile)
        form.addRow(tr("Overlap"), self.overlap)
        form.addRow("", self.marks)
        form.addRow(tr("Show"), self.persona_sheet)
        form.addRow("", self.emotion_notes)
        form.addRow(tr("Heatmap"), self.heatmap)
        form.addRow(tr("Report pages"), reports_row)
        form.addRow(tr("Workshop"), self.votes)
        form.addRow("", self.comments)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.export)
        self.buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addWidget(self.summary)
        box.addWidget(self.preview, 1)
        box.addWidget(self.buttons)
        self._restore()
        for widget in (self.page, self.orientation, self.tile, self.layout_choice, self.heatmap):
            widget.currentIndexChanged.connect(self.update_preview)
        for check in (self.all_maps, self.by_text, self.persona_sheet, self.emotion_notes, *self.reports.values()):
            check.toggled.connect(self.update_preview)
        self.overlap.valueChanged.connect(self.update_preview)
        self.text_size.valueChanged.connect(self.update_preview)
        self.update_preview()

    def options(self) -> PdfOptions:
        by_text = self.by_text.isChecked()
        return PdfOptions("fit" if by_text else self.page.currentData(), self.orientation.currentData(),
                          self.tile.currentData(), self.overlap.value(), self.marks.isChecked(),
                          self.layout_choice.currentData() if self.all_maps.isChecked() else "pages",
                          self.text_size.value() if by_text else None, self.persona_sheet.isChecked(),
                          self.emotion_notes.isChecked(), self.heatmap.currentData(),
                          tuple(kind for kind, check in self.reports.items() if check.isChecked()))

    def _restore(self) -> None:
        saved = self.settings.export_options("pdf")
        self.votes.setChecked(bool(saved.get("votes", False)))  # off unless asked for
        self.comments.setChecked(bool(saved.get("comments", False)))
        self.page.setCurrentIndex(max(0, self.page.findData(saved.get("page", "fit"))))
        self.orientation.setCurrentIndex(max(0, self.orientation.findData(saved.get("orientation"))))
        self.tile.setCurrentIndex(max(0, self.tile.findData(saved.get("tile"))))
        self.overlap.setValue(float(saved.get("overlap", 10.0)))
        self.marks.setChecked(bool(saved.get("marks", True)))
        self.all_maps.setChecked(bool(saved.get("all", False)))
        self.layout_choice.setCurrentIndex(max(0, self.layout_choice.findData(saved.get("layout", "pages"))))
        self.by_text.setChecked(bool(saved.get("by_text", False)))
        self.text_size.setValue(float(saved.get("text_pt", 12.0)))
        self.persona_sheet.setChecked(bool(saved.get("persona_sheet", True)))
        self.emotion_notes.setChecked(bool(saved.get("emotion_notes", True)))
        self.heatmap.setCurrentIndex(max(0, self.heatmap.findData(saved.get("heatmap", ""))))
        for kind, check in self.reports.items():
            check.setChecked(kind in saved.get("reports", []))

    def _maps(self) -> list:
        return list(self.project.maps) if self.all_maps.isChecked() else [self.map]

    def _shows(self) -> tuple[bool, bool, str]:
        """What the maps show besides the grid: (the persona sheet, the emotion notes, the heatmap)."""
        return self.persona_sheet.isChecked(), self.emotion_notes.isChecked(), self.heatmap.currentData()

    def _poster(self, m) -> Poster:
        key = (m.id, *self._shows())
        if key not in self._posters:
            self._engine.persona_sheet, self._engine.emotion_notes, self._engine.heatmap = self._shows()
            self._posters[key] = build_poster(self.project, m, self._engine)
        return self._posters[key]

    def update_preview(self) -> None:
        all_maps = self.all_maps.isChecked()
        self.layout_choice.setEnabled(all_maps)
        self.page.setEnabled(not self.by_text.isChecked())
        self.text_size.setEnabled(self.by_text.isChecked())
        self.overlap.setEnabled(self.tile.currentData() is not None)
        self.marks.setEnabled(self.tile.currentData() is not None)
        options = self.options()
        try:
            options.validate()
            self.plans = plan_pages([self._poster(m) for m in self._maps()], options)
        except PdfExportError as error:
            self.plans = []
            self.summary.setText(str(error))
            self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
            self.preview.grid, self.preview.maps = None, []
            self.preview.update()
            return
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(True)
        # the page this map is on (the first, when every map has its own)
        plan = next((p for p in self.plans if any(q.map.id == self.map.id for q in p.banner.posters)), self.plans[0])
        self.orientation.setItemText(0, tr("Automatic ({0})").format(self._orientations()))
        banner = plan.banner
        if plan.tiles:
            self.preview.poster = (plan.page_w, plan.page_h)
            x0 = y0 = 0.0
        else:
            self.preview.poster = (plan.page_w, plan.page_h)
            x0 = (plan.page_w - banner.width * plan.scale) / 2
            y0 = (plan.page_h - banner.height * plan.scale) / 2
        self.preview.maps = [(x0 + x * plan.scale, y0 + y * plan.scale, p.width * plan.scale, p.height * plan.scale)
                             for p, (x, y) in zip(banner.posters, banner.places)]
        self.preview.thumbs = [self._thumb(p.map) for p in banner.posters]
        self.preview.grid = plan.tiles
        if plan.tiles:
            self.setWindowTitle(tr("Export PDF — {0} sheets").format(number(sum(p.tiles.tiles + 1 for p in self.plans))))
        else:
            self.setWindowTitle(tr("Export PDF"))
        lines = [p.describe() for p in self.plans[:4]]
        if len(self.plans) > 4:
            lines.append(tr("… and {0} more pages").format(number(len(self.plans) - 4)))
        if options.reports:
            names = ", ".join(tr(label) for kind, label in REPORTS if kind in options.reports)
            lines.append(tr("Then report pages: {0}").format(names))
        self.summary.setText("\n".join(lines))
        self.preview.update()

    def _thumb(self, map_):
        """A small picture of the map for the preview, drawn once per map by the canvas's own
        painting code (what prints is the same layout)."""
        if not hasattr(self, "_thumbs"):
            self._thumbs = {}
        key = (map_.id, *self._shows())
        if key not in self._thumbs:
            from ..export.png import render_map_image

            poster = self._poster(map_)
            scale = min(0.3, 420.0 / max(1.0, poster.width, poster.height))
            persona_sheet, emotion_notes, heatmap = self._shows()
            try:
                self._thumbs[key] = render_map_image(self.project, map_, scale, LayoutEngine(
                    persona_sheet=persona_sheet, emotion_notes=emotion_notes, heatmap=heatmap))
            except ValueError:  # too big to draw even small: the outline stands in
                self._thumbs[key] = None
        return self._thumbs[key]

    def _orientations(self) -> str:
        """The orientation the pages (or sheets) take, to show beside "Automatic"."""
        found = []
        for plan in self.plans:
            o = plan.tiles.orientation if plan.tiles else ("landscape" if plan.page_w >= plan.page_h else "portrait")
            if o not in found:
                found.append(o)
        return " / ".join(orientation_name(o) for o in found) if found else tr("none")

    def export(self) -> None:
        options = self.options()
        options.votes, options.comments = self.votes.isChecked(), self.comments.isChecked()
        try:
            options.validate()
        except PdfExportError as error:
            QMessageBox.critical(self, tr("Export failed"), str(error))
            return
        name = f"{self.project.title if self.all_maps.isChecked() else self.map.name}.pdf"
        suggestion = str(Path(self.settings.last_folder()) / name)
        path, _ = QFileDialog.getSaveFileName(self, tr("Export PDF"), suggestion, "PDF (*.pdf)")
        if not path:
            return
        self.settings.set_last_folder(path)
        self.settings.set_export_options("pdf", {"page": self.page.currentData(), "orientation": options.orientation,
                                                 "tile": options.tile, "overlap": options.overlap_mm,
                                                 "marks": options.marks, "all": self.all_maps.isChecked(),
                                                 "layout": self.layout_choice.currentData(),
                                                 "by_text": self.by_text.isChecked(),
                                                 "text_pt": self.text_size.value(),
                                                 "persona_sheet": options.persona_sheet,
                                                 "emotion_notes": options.emotion_notes,
                                                 "heatmap": options.heatmap, "reports": list(options.reports)})
        self.settings.set_export_options("pdf", {**self.settings.export_options("pdf"), "votes": options.votes,
                                                 "comments": options.comments})
        maps = self._maps()
        progress = QProgressDialog(tr("Exporting PDF…"), tr("Cancel"), 0, len(maps), self)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)

        def report(done: int, total: int) -> bool:
            progress.setMaximum(total)
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
