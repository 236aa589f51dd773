"""File ▸ Import Mermaid Journey…, Export SVG… and Export Mermaid…: the window's side of
interchange/mermaid.py and export/svg.py. An import adds its maps to the open project as one
undo step, after a dialog that says what the file holds and offers to rescale its scores."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
)

from ..i18n import number, tr
from ..interchange.mermaid import (
    MERMAID_SUFFIXES,
    Journey,
    MermaidError,
    free_name,
    is_markdown,
    journey_entities,
    journey_name,
    maps_to_mermaid,
    read_journeys,
)
from ..layout import LayoutEngine
from ..model import Map

#: a new map's scale (model.Map's default): the target when no map is shown
DEFAULT_SCALE = (Map.__dataclass_fields__["scale_min"].default, Map.__dataclass_fields__["scale_max"].default)


def add_actions(window, file_menu) -> None:
    """The three entries, in the window's File menu (enabled as `needs` says)."""
    window._action(file_menu, tr("&Import Mermaid Journey…"), lambda: import_mermaid(window), needs="document-edit")
    window._action(file_menu, tr("Export S&VG…"), lambda: export_svg(window), needs="map")
    window._action(file_menu, tr("Export &Mermaid…"), lambda: export_mermaid(window), needs="map")


def droppable(window, path: str) -> bool:
    """Whether a file dropped on the window is a Mermaid file to import into its project."""
    return Path(path).suffix.lower() in MERMAID_SUFFIXES and window.document is not None \
        and not window.document.read_only


def _scale_text(scale: tuple[int, int]) -> str:
    return tr("{0} to {1}").format(number(scale[0]), number(scale[1]))


class MermaidImportDialog(QDialog):
    """What the file holds (its journeys, with sections, tasks and actors), which actors are
    personas of the project already, and the scale the scores go on."""

    def __init__(self, journeys: list[Journey], target: tuple[int, int], known: set[str], parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Import Mermaid Journey"))
        layout = QVBoxLayout(self)
        lines = []
        for journey in journeys:
            actors = journey.actors()
            lines.append(tr("“{0}”: {1} sections, {2} tasks; actors: {3}").format(
                journey_name(journey, tr("untitled")), number(len(journey.sections)), number(len(journey.tasks)),
                ", ".join(actors) if actors else tr("none")))
        summary = QLabel(tr("Each journey becomes a map:") + "\n" + "\n".join("• " + line for line in lines))
        summary.setWordWrap(True)
        summary.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(summary)
        reused = [actor for actor in dict.fromkeys(a for j in journeys for a in j.actors()) if actor in known]
        if reused:
            note = QLabel(tr("Actors named like a persona of this project become that persona: {0}")
                          .format(", ".join(reused)))
            note.setWordWrap(True)
            layout.addWidget(note)
        self.native = sorted({journey.scale() for journey in journeys})
        self.target = target
        self.keep = QRadioButton(tr("Keep Mermaid's scale on the new maps ({0})").format(
            ", ".join(_scale_text(scale) for scale in self.native)))
        self.rescale = QRadioButton(tr("Rescale the scores to this map's scale ({0})").format(_scale_text(target)))
        self.keep.setChecked(True)
        if self.native != [target]:
            layout.addWidget(QLabel(tr("Mermaid scores tasks from 1 (sad) to 5 (happy).")))
            layout.addWidget(self.keep)
            layout.addWidget(self.rescale)
        else:  # the scores already are on the map's scale: nothing to offer
            layout.addWidget(QLabel(tr("The scores keep Mermaid's scale ({0}), as this map's.").format(
                _scale_text(target))))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Import"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.buttons = buttons
        self.setMinimumWidth(480)

    def scale(self) -> tuple[int, int] | None:
        """The scale the new maps get (their scores rescaled to it), None for their own."""
        return self.target if self.rescale.isChecked() and self.native != [self.target] else None


def _target_scale(window) -> tuple[int, int]:
    """The scale of the map shown, else a new map's."""
    if window.document is not None and window.scene is not None and window.scene.map_id:
        shown = window.document.project.get(window.scene.map_id)
        if shown is not None:
            return (shown.scale_min, shown.scale_max)
    return DEFAULT_SCALE


def import_mermaid(window, path: str | None = None) -> list[str]:
    """Ask for a Mermaid file (or take `path`), say what it holds, and add a map per journey as
    one undo step; returns the new maps' ids ([] when nothing was imported)."""
    if window.document is None or window.document.read_only:
        return []
    if path is None:
        path, _ = QFileDialog.getOpenFileName(
            window, tr("Import Mermaid Journey"), window.settings.last_folder(),
            tr("Mermaid journeys (*.mmd *.mermaid *.md *.markdown);;All files (*)"))
        if not path:
            return []
        window.settings.set_last_folder(path)
    title = tr("Import Mermaid Journey")
    try:
        journeys = read_journeys(path)
    except MermaidError as error:
        lines = [tr("line {0}: {1}").format(number(line), text) if line else text for line, text in error.problems]
        QMessageBox.warning(window, title, tr("{0} was not imported:").format(Path(path).name) + "\n\n" +
                            "\n".join(lines[:20]))
        return []
    except OSError as error:
        QMessageBox.warning(window, title, str(error))
        return []
    project = window.document.project
    dialog = MermaidImportDialog(journeys, _target_scale(window), {p.name for p in project.personas}, window)
    if not dialog.exec():
        return []
    editor = window.document.editor
    ids = []
    taken = {m.name for m in project.maps}
    with editor.macro(tr("Import Mermaid journey") if len(journeys) == 1 else
                      tr("Import {0} Mermaid journeys").format(number(len(journeys)))):
        for journey in journeys:  # one by one: a persona the first made is the second's too
            name = free_name(journey_name(journey, Path(path).stem), taken)
            taken.add(name)
            entities = journey_entities(project, journey, name, dialog.scale())
            for entity in entities:
                editor.add(entity)
            ids.append(next(e.id for e in entities if isinstance(e, Map)))
    window._switch_to(ids[0])
    source = Path(path).name
    window.statusBar().showMessage(
        tr("Imported {0} maps from {1}").format(number(len(ids)), source) if len(ids) > 1 else
        tr("Imported “{0}” from {1}").format(project.get(ids[0]).name, source), 8000)
    return ids


def export_svg(window) -> None:
    if window.scene is None or window.scene.map_id is None:
        return
    map_ = window.document.project.get(window.scene.map_id)
    path = window.ask_save_path(tr("Export SVG"), f"{map_.name}.svg", "SVG (*.svg)")
    if not path:
        return
    from ..export.svg import export_svg as write_svg
    from ..fileio import atomic_output

    engine = window.engine  # as the view shows it
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        with atomic_output(path) as temp:  # a failure never leaves half a file
            write_svg(window.document.project, map_, temp,
                      LayoutEngine(persona_sheet=engine.persona_sheet, emotion_notes=engine.emotion_notes,
                                   heatmap=engine.heatmap))
    except (OSError, ValueError) as error:
        QMessageBox.critical(window, tr("Export failed"), str(error))
        return
    finally:
        QApplication.restoreOverrideCursor()
    window.report_written(path)


def export_mermaid(window) -> None:
    """The map shown as a Mermaid journey: a .mmd file, or a ```mermaid block in a .md file."""
    if window.scene is None or window.scene.map_id is None:
        return
    project = window.document.project
    map_ = project.get(window.scene.map_id)
    path = window.ask_save_path(tr("Export Mermaid"), f"{map_.name}.mmd",
                                tr("Mermaid (*.mmd);;Markdown (*.md)"))
    if not path:
        return
    from ..fileio import atomic_output

    try:
        text = maps_to_mermaid(project, [map_.id], is_markdown(path))
        with atomic_output(path) as temp:
            temp.write_text(text, encoding="utf-8")
    except OSError as error:
        QMessageBox.critical(window, tr("Export failed"), str(error))
        return
    window.report_written(path)
