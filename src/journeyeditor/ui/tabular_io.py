"""File ▸ Import… and dropped files (CSV, XLSX, the JSON interchange) into the open project, each
as one undo step; File ▸ Export CSV… and Export XLSX…."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from ..i18n import tr
from ..interchange.tables import SUFFIXES

IMPORTABLE = (*SUFFIXES, ".json")


def importable(path: str) -> bool:
    return Path(path).suffix.lower() in IMPORTABLE


def choose_and_import(window) -> None:
    from PySide6.QtWidgets import QFileDialog

    if not _writable(window):
        return
    from ..interchange.mermaid import MERMAID_SUFFIXES
    from . import mermaid_ui

    # one Import… for every format a map comes in: a Mermaid page goes to its own dialog
    patterns = " ".join(f"*{suffix}" for suffix in (*IMPORTABLE, *MERMAID_SUFFIXES))
    path, _ = QFileDialog.getOpenFileName(window, tr("Import"), window.settings.last_folder(),
                                          tr("Spreadsheets, Mermaid journeys and projects ({0})").format(patterns))
    if path:
        window.settings.set_last_folder(path)
        if Path(path).suffix.lower() in MERMAID_SUFFIXES:
            mermaid_ui.import_mermaid(window, path)
        else:
            import_file(window, path)


def _writable(window) -> bool:
    if window.document is None:
        return False
    if window.document.read_only:
        window.statusBar().showMessage(tr("This project is read-only"), 3000)
        return False
    return True


def import_file(window, path: str | Path) -> list[str]:
    """Import `path` into the window's project: a spreadsheet through the mapping dialog, a JSON
    project's maps as they are. Returns the new maps' ids ([] when nothing was imported)."""
    from ..interchange import InterchangeError

    if not _writable(window):
        return []
    path = Path(path)
    try:
        if path.suffix.lower() == ".json":
            map_ids = _import_json(window, path)
        else:
            map_ids = _import_table(window, path)
    except (InterchangeError, OSError) as error:
        QMessageBox.warning(window, tr("Import"), tr("{0} cannot be imported: {1}").format(path.name, error))
        return []
    if map_ids:
        window._switch_to(map_ids[0])
        window.statusBar().showMessage(tr("Imported {0}").format(path.name), 6000)
    return map_ids


def _import_table(window, path: Path) -> list[str]:
    from ..interchange.tables import read_tables
    from .import_dialog import ImportDialog

    tables = read_tables(path)
    dialog = ImportDialog(tables, window.document.project, window.settings, window)
    window.import_dialog = dialog  # tests reach the open dialog here
    try:
        if not dialog.exec() or not dialog.result_maps:
            return []
    finally:
        window.import_dialog = None
    editor = window.document.editor
    with editor.macro(tr("Import {0}").format(path.name)):
        for made in dialog.result_maps:
            for entity in made.entities:
                editor.add(entity)
    return [made.map.id for made in dialog.result_maps]


def _import_json(window, path: Path) -> list[str]:
    """Every map of a JSON project, with the personas and photos it needs, as one step."""
    from ..interchange import project_from_json

    source = project_from_json(path.read_bytes())
    editor = window.document.editor
    project = window.document.project
    taken = {m.name for m in project.maps}
    map_ids = []
    with editor.macro(tr("Import {0}").format(path.name)):
        for image in source.images.values():
            if image.hash not in project.images:
                editor.add_image(image)
        for persona in source.personas:
            if project.get(persona.id) is None:
                editor.add(persona)
        for the_map in source.maps:
            name, number = the_map.name, 2
            while name in taken:
                name, number = f"{the_map.name} ({number})", number + 1
            taken.add(name)
            map_ids.append(editor.add_map_copy(source, the_map.id, name))
    return map_ids


def export_csv(window) -> None:
    if window.scene is None or window.scene.map_id is None:
        return
    from ..interchange.tabular import export_csv as write

    the_map = window.document.project.get(window.scene.map_id)
    _export(window, tr("Export CSV"), f"{the_map.name}.csv", "CSV (*.csv)",
            lambda temp: write(window.document.project, the_map.id, temp))


def export_xlsx(window) -> None:
    if window.document is None:
        return
    from ..interchange.tabular import export_xlsx as write

    project = window.document.project
    _export(window, tr("Export XLSX"), f"{window.document.path.stem}.xlsx", tr("Excel workbook (*.xlsx)"),
            lambda temp: write(project, project.maps, temp))


def _export(window, title: str, name: str, filter_text: str, write) -> None:
    from ..fileio import atomic_output

    path = window.ask_save_path(title, name.replace("/", "_"), filter_text)
    if not path:
        return
    try:
        with atomic_output(path) as temp:
            write(temp)
    except OSError as error:
        QMessageBox.critical(window, tr("Export failed"), str(error))
        return
    window.report_written(path)
