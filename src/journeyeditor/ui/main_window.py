"""The main window: maps, canvas, inspector, personas; menus with the standard shortcuts."""

from __future__ import annotations

import json
import re
from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, QSize, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QDrag, QGuiApplication, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QFileDialog,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QToolBar,
)

from .. import APP_NAME
from ..canvas.items import card_ghost_pixmap, card_type_pixmap
from ..canvas.scene import MapScene
from ..canvas.view import MapView
from ..history import restore, snapshots
from ..history.snapshots import SnapshotError
from ..i18n import number, tr
from ..layout import LayoutEngine
from ..layout.style import CARD_LABELS
from ..model import Card, CardType, ModelError, Stage, Step
from ..persistence import FileInUseError, ProjectFileError, WriteError
from ..workshop.window import WorkshopUi
from . import mermaid_ui
from . import tabular_io
from .document import Document
from .history_panel import HistoryPanel
from .inspector import Inspector
from .library_ui import LibraryUi, OpenFromLibraryDialog, needs_password, stored_password
from .panels import MapsPanel, PersonasPanel
from .priority_matrix import PriorityMatrixPanel
from .settings import Settings
from .start_page import StartPage

CARDS_MIME = "application/x-journeyeditor-cards"
CARD_TYPE_MIME = "application/x-journeyeditor-card-type"
SPLIT_STEP_WIDTH = 180  # a step split from a stage holds cards of a few words a line
WINDOWS: list[MainWindow] = []  # open windows, so each stays alive while shown


class Palette(QListWidget):
    """Card types, each with its colour and icon, to drag onto the canvas (the drag shows a small
    card); Enter on one asks for a card of that type in the selected cell (add_requested)."""

    add_requested = Signal(str)  # a card type
    ICON_SIZE = 20

    def __init__(self) -> None:
        super().__init__()
        self.setDragEnabled(True)
        self.setIconSize(QSize(self.ICON_SIZE, self.ICON_SIZE))
        self.setSpacing(2)
        hint = tr("Drag onto the map, or press Enter to add one to the selected cell")
        for card_type in CardType:
            item = QListWidgetItem(self.type_icon(card_type.value), tr(CARD_LABELS[card_type.value]))
            item.setData(Qt.ItemDataRole.UserRole, card_type.value)
            item.setToolTip(hint)
            self.addItem(item)

    @classmethod
    def type_icon(cls, card_type: str) -> QIcon:
        """The type's colour and icon, sharp at 100 % and 200 % scale."""
        icon = QIcon()
        for dpr in (1.0, 2.0):
            icon.addPixmap(card_type_pixmap(card_type, cls.ICON_SIZE, dpr))
        return icon

    def mimeData(self, items) -> QMimeData:
        data = QMimeData()
        data.setData(CARD_TYPE_MIME, items[0].data(Qt.ItemDataRole.UserRole).encode())
        return data

    def drag_pixmap(self, item: QListWidgetItem):
        return card_ghost_pixmap(item.data(Qt.ItemDataRole.UserRole), item.text(), self.devicePixelRatioF())

    def startDrag(self, supported_actions) -> None:
        items = self.selectedItems() or ([self.currentItem()] if self.currentItem() else [])
        if not items:
            return
        drag = QDrag(self)
        drag.setMimeData(self.mimeData(items))
        drag.setPixmap(self.drag_pixmap(items[0]))
        drag.setHotSpot(QPoint(24, 18))  # the pointer holds the card near its top-left corner
        drag.exec(Qt.DropAction.CopyAction)

    def keyPressEvent(self, event) -> None:
        item = self.currentItem()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and item is not None:
            self.add_requested.emit(item.data(Qt.ItemDataRole.UserRole))
            event.accept()
            return
        super().keyPressEvent(event)


class MainWindow(QMainWindow):
    def __init__(self, settings: Settings | None = None) -> None:
        super().__init__()
        self.settings = settings or Settings()
        self.document: Document | None = None
        self.presentation = None  # View ▸ Present, while it runs
        #: in a snapshot's window: (the project's window, its store, the snapshot)
        self.snapshot_origin: tuple | None = None
        self.engine = LayoutEngine(persona_sheet=self.settings.persona_sheet, emotion_notes=self.settings.emotion_notes,
                                   heatmap=self.settings.heatmap)
        self.scene: MapScene | None = None
        self.view = MapView(None)
        self.view.setAcceptDrops(True)
        self.start_page = StartPage()
        self.central = QStackedWidget()
        self.central.addWidget(self.view)
        self.central.addWidget(self.start_page)
        self.setCentralWidget(self.central)
        self.setAcceptDrops(True)
        self.maps_panel = MapsPanel()
        self.personas_panel = PersonasPanel()
        self.inspector = Inspector()
        self.palette = Palette()
        self._dock(tr("Maps"), self.maps_panel, Qt.DockWidgetArea.LeftDockWidgetArea, "maps")
        self._dock(tr("Personas"), self.personas_panel, Qt.DockWidgetArea.LeftDockWidgetArea, "personas")
        inspector_scroll = QScrollArea()  # a card's many fields must fit a small or 200 % screen
        inspector_scroll.setWidget(self.inspector)
        inspector_scroll.setWidgetResizable(True)
        inspector_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self._dock(tr("Inspector"), inspector_scroll, Qt.DockWidgetArea.RightDockWidgetArea, "inspector")
        self.inspector.problem.connect(lambda text: self.statusBar().showMessage(text, 6000))
        self._dock(tr("Card types"), self.palette, Qt.DockWidgetArea.RightDockWidgetArea, "palette")
        self._add_priority_matrix()
        self._add_history_panel()
        self.maps_panel.map_selected.connect(self.show_map)
        self.zoom_label = QLabel(tr("{0} %").format(number(100)))
        self.statusBar().addPermanentWidget(self.zoom_label)
        self.view.zoom_changed.connect(lambda z: self.zoom_label.setText(tr("{0} %").format(number(round(z * 100)))))
        self.find_box = QLineEdit()
        self.find_box.setPlaceholderText(tr("Find cards (Ctrl+F)"))
        self.find_box.setClearButtonEnabled(True)
        self.find_box.setMaximumWidth(260)
        self.find_box.textChanged.connect(self.find)
        self.find_box.returnPressed.connect(self.find_next)
        self._matches: list[str] = []
        self._match = -1
        self._build_actions()
        self.workshop = WorkshopUi(self)  # voting and comments: panels, menu entries, canvas marks
        self.library_ui = LibraryUi(self)  # a library project: offline banner, presence, others' changes
        self._connect_start_page()
        if hasattr(self.palette, "add_requested"):  # Enter on a card type adds one in the keyboard's cell
            self.palette.add_requested.connect(self.add_card)
        self.resize(1440, 900)
        geometry, state = self.settings.window_geometry(), self.settings.window_state()
        if geometry is not None:
            self.restoreGeometry(geometry)
        if state is not None:
            self.restoreState(state)
        self._fit_to_screen()
        self._update_title()
        self._update_actions()
        WINDOWS.append(self)

    def _fit_to_screen(self) -> None:
        """Never larger than the screen (a window restored from a bigger screen, or at 200 %
        scale, where a 1080p screen is 960 x 540): the docks and the inspector scroll instead."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return
        room = screen.availableGeometry()
        width = min(self.width(), int(room.width() * 0.96))
        height = min(self.height(), int(room.height() * 0.94))
        if (width, height) != (self.width(), self.height()):
            self.resize(width, height)
        for dock in self.findChildren(QDockWidget):
            dock.widget().setMinimumHeight(0)

    def _dock(self, title: str, widget, area, name: str) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:  # Qt mirrors a dock's inside, not its side
            area = {Qt.DockWidgetArea.LeftDockWidgetArea: Qt.DockWidgetArea.RightDockWidgetArea,
                    Qt.DockWidgetArea.RightDockWidgetArea: Qt.DockWidgetArea.LeftDockWidgetArea}.get(area, area)
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    # ------------------------------------------------------------------ actions
    def _action(self, menu, text: str, slot, shortcut=None, name: str = "", needs: str = "") -> QAction:
        """A menu action; `needs` is "document", "map" or "edit" (a writable map): it is enabled
        only when there is one, so no action ever runs on nothing."""
        action = QAction(text, self)
        if shortcut is not None:
            keys = shortcut if isinstance(shortcut, list) else [shortcut]
            sequences: dict[str, QKeySequence] = {}
            for key in keys:  # a standard key may already be one of the spellings listed
                for sequence in QKeySequence.keyBindings(key) if isinstance(key, QKeySequence.StandardKey) \
                        else [QKeySequence(key)]:
                    sequences.setdefault(sequence.toString(), sequence)
            action.setShortcuts(list(sequences.values()))
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        if name:
            setattr(self, name, action)
        if needs:
            self._needs.setdefault(needs, []).append(action)
        return action

    def _view_toggle(self, menu, text: str, option: str) -> QAction:
        """A checkable View action for what maps show (a LayoutEngine option, remembered in the
        settings under the same name)."""
        action = self._action(menu, text, lambda: self._show_option(option, action.isChecked()))
        action.setCheckable(True)
        action.setChecked(getattr(self.settings, option))
        return action

    def _show_option(self, option: str, shown: bool) -> None:
        setattr(self.settings, option, shown)
        setattr(self.engine, option, shown)
        if self.scene is not None:
            self.scene.refresh()

    def _update_actions(self) -> None:
        has_document = self.document is not None
        has_map = has_document and self.scene is not None and self.scene.map_id is not None
        writable = has_map and not self.document.read_only
        state = {"document": has_document, "map": has_map, "edit": writable,
                 "document-edit": has_document and not self.document.read_only}
        for needs, actions in self._needs.items():
            for action in actions:
                action.setEnabled(state[needs])
        self._show_start_page_if_no_map()

    def _build_actions(self) -> None:
        self._needs: dict[str, list[QAction]] = {}
        bar = self.menuBar()
        file_menu = bar.addMenu(tr("&File"))
        self._action(file_menu, tr("&New…"), self.new_project, QKeySequence.StandardKey.New)
        self._action(file_menu, tr("&Open…"), self.open_dialog, QKeySequence.StandardKey.Open)
        self._action(file_menu, tr("Open from &Library…"), self.open_library_dialog)
        self.recent_menu = file_menu.addMenu(tr("Open &Recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self._action(file_menu, tr("&Import…"), lambda: tabular_io.choose_and_import(self), "Ctrl+I",
                     needs="document-edit")
        file_menu.addSeparator()
        self._action(file_menu, tr("Save &As / Duplicate…"), self.save_as, QKeySequence.StandardKey.SaveAs,
                     needs="document")
        self._action(file_menu, tr("Export &PDF…"), self.export_pdf, "Ctrl+P", needs="map")
        self._action(file_menu, tr("Export P&NG…"), self.export_png, "Ctrl+Shift+E", needs="map")
        self._action(file_menu, tr("Export &JSON…"), self.export_json, needs="document")
        mermaid_ui.add_actions(self, file_menu)  # Import Mermaid Journey…, Export SVG…, Export Mermaid…
        self._action(file_menu, tr("Export CS&V…"), lambda: tabular_io.export_csv(self), needs="map")
        self._action(file_menu, tr("Export &XLSX…"), lambda: tabular_io.export_xlsx(self), needs="document")
        file_menu.addSeparator()
        self._action(file_menu, tr("Save S&napshot…"), self.save_snapshot, needs="document-edit")
        file_menu.addAction(self.history_dock.toggleViewAction())
        file_menu.addSeparator()
        self._action(file_menu, tr("&Close"), self.close, QKeySequence.StandardKey.Close)
        self._action(file_menu, tr("&Quit"), QApplication.closeAllWindows, [QKeySequence.StandardKey.Quit, "Ctrl+Q"])

        edit = bar.addMenu(tr("&Edit"))
        self.undo_action = self._action(edit, tr("&Undo"), lambda: self.document and self.document.editor.undo(),
                                        QKeySequence.StandardKey.Undo)
        self.redo_action = self._action(edit, tr("&Redo"), lambda: self.document and self.document.editor.redo(),
                                        QKeySequence.StandardKey.Redo)
        edit.addSeparator()
        self._action(edit, tr("Cu&t"), self.cut, QKeySequence.StandardKey.Cut, needs="edit")
        self._action(edit, tr("&Copy"), self.copy, QKeySequence.StandardKey.Copy, needs="map")
        self._action(edit, tr("&Paste"), self.paste, QKeySequence.StandardKey.Paste, needs="edit")
        self._action(edit, tr("D&uplicate"), self.duplicate, "Ctrl+D", needs="edit")
        # not the standard Delete key: on X11 it also means Ctrl+D, which is Duplicate here
        self._action(edit, tr("&Delete"), self.delete_selection, "Del", needs="edit")
        self._action(edit, tr("Select &All"), self.select_all, QKeySequence.StandardKey.SelectAll, needs="map")
        self._action(edit, tr("Edit &Text"), self.edit_text, "F2", needs="edit")
        edit.addSeparator()
        self._action(edit, tr("&Find…"), self.focus_find, QKeySequence.StandardKey.Find, needs="map")
        edit.addSeparator()
        self._action(edit, tr("Pr&eferences…"), self.show_preferences,
                     QKeySequence.StandardKey.Preferences).setMenuRole(QAction.MenuRole.PreferencesRole)

        insert = bar.addMenu(tr("&Insert"))
        # Ctrl+Shift+S is Save As: a stage is Ctrl+Shift+T
        self._action(insert, tr("Add &Stage"), self.add_stage, "Ctrl+Shift+T", needs="edit")
        # after the selected step, at the end of the selected stage, or after the keyboard's step
        self._action(insert, tr("Add S&tep"), self.add_step, "Ctrl+Shift+N", needs="edit")
        self._action(insert, tr("Add &Lane"), self.add_lane, "Ctrl+Shift+L", needs="edit")
        self._action(insert, tr("Add &Card"), self.add_card, "Ctrl+Shift+C", needs="edit")
        self._action(insert, tr("C&onnect Selected Cards"), self.connect_selected, "Ctrl+K", needs="edit")
        self._action(insert, tr("Add &Gap After This Step…"), self.add_gap, needs="edit")
        self._action(insert, tr("Add &Persona…"), lambda: self.personas_panel.add(), "Ctrl+Shift+P",
                     needs="document-edit")
        self._action(insert, tr("Add &Metric…"), self.add_metric, needs="edit")

        map_menu = bar.addMenu(tr("&Map"))
        self._action(map_menu, tr("&New Map from Template…"), self.new_map_gallery, "Ctrl+Shift+M",
                     needs="document-edit")
        self._action(map_menu, tr("Create &Future State from This Map"), self.derive_future_state, needs="edit")
        self._action(map_menu, tr("Create Service &Blueprint from This Journey"), self.derive_blueprint,
                     needs="edit")
        self._action(map_menu, tr("Create &Day in the Life from This Journey"), self.derive_day_in_the_life,
                     needs="edit")
        self._action(map_menu, tr("F&ollow Link"), self.follow_link, "Ctrl+Return", needs="map")
        self._action(map_menu, tr("Compare with &Source Map"), self.compare_with_source, needs="map")
        # in a snapshot's read-only window only (open_snapshot shows it)
        self._action(map_menu, tr("&Copy This Map into the Project"), self.copy_map_into_project, needs="map",
                     name="copy_into_project_action").setVisible(False)
        map_menu.addSeparator()
        self._action(map_menu, tr("Suggest &Gaps…"), self.suggest_gaps, "Ctrl+Shift+G", needs="map")

        reports_menu = bar.addMenu(tr("&Reports"))
        self._action(reports_menu, tr("Opportunities by &Owner…"), self.show_owners_report, needs="document")

        view = bar.addMenu(tr("&View"))
        # every spelling of "zoom in": Ctrl+= (no Shift needed), Ctrl++, and the keypad's +
        self._action(view, tr("Zoom &In"), self.view.zoom_in,
                     [QKeySequence.StandardKey.ZoomIn, "Ctrl+=", "Ctrl++", "Ctrl+Num++"], needs="map")
        self._action(view, tr("Zoom &Out"), self.view.zoom_out,
                     [QKeySequence.StandardKey.ZoomOut, "Ctrl+Num+-"], needs="map")
        self._action(view, tr("&Fit to Window"), self.view.zoom_fit, ["Ctrl+0", "Ctrl+Num+0"], needs="map")
        self._action(view, tr("&Actual Size (100 %)"), self.view.zoom_actual, ["Ctrl+1", "Ctrl+Num+1"], needs="map")
        self.full_screen_action = self._action(view, tr("F&ull Screen"), self.toggle_full_screen, "F11")
        self.full_screen_action.setCheckable(True)
        self._action(view, tr("&Present"), self.present, "F5", needs="map")
        view.addSeparator()
        self.persona_sheet_action = self._view_toggle(view, tr("Persona &Sheet"), "persona_sheet")
        self.emotion_notes_action = self._view_toggle(view, tr("Emotion &Notes"), "emotion_notes")
        from .heatmap_menu import HeatmapMenu

        self.heatmap_menu = HeatmapMenu(self, view)
        from .themes import ThemeMenu

        self.theme_menu = ThemeMenu(self, view)
        self.claims_action = self._action(view, tr("&Claims Without Evidence"), self.show_claims, "Ctrl+Alt+E",
                                          needs="map")
        self.claims_action.setCheckable(True)
        view.addSeparator()
        for dock in self.findChildren(QDockWidget):
            view.addAction(dock.toggleViewAction())

        help_menu = bar.addMenu(tr("&Help"))
        self._action(help_menu, tr("&Keyboard Shortcuts"), self.show_shortcuts, ["F1", "Ctrl+/"])
        self._action(help_menu, tr("Open the &Sample Project"), self.open_sample)
        help_menu.addSeparator()
        self._action(help_menu, tr("&About Journey Editor"), self.show_about)

        toolbar = QToolBar(tr("Main"))
        toolbar.setObjectName("main-toolbar")
        toolbar.setMovable(False)
        self.addToolBar(toolbar)
        toolbar.addAction(self.undo_action)
        toolbar.addAction(self.redo_action)
        toolbar.addSeparator()
        for text, slot, needs in ((tr("+ Stage"), self.add_stage, "edit"), (tr("+ Step"), self.add_step, "edit"),
                                  (tr("+ Lane"), self.add_lane, "edit"),
                                  (tr("+ Card"), self.add_card, "edit"), (tr("Fit"), self.view.zoom_fit, "map"),
                                  (tr("100 %"), self.view.zoom_actual, "map"),
                                  (tr("Export PDF"), self.export_pdf, "map")):
            action = toolbar.addAction(text, lambda _checked=False, slot=slot: slot())
            self._needs[needs].append(action)
        toolbar.addSeparator()
        toolbar.addWidget(self.find_box)

    # ------------------------------------------------------------------ documents
    def open_path(self, path: str | Path, read_only: bool = False, quiet: bool = False,
                  password: str | None = None) -> bool:
        """Open a project in this window (or, if this one has a project, in a new window); `path` may
        be a library project's address, postgresql://user@host:port/db?project=NAME."""
        from ..persistence.library import LibraryAddress, is_library_address

        library = is_library_address(str(path))
        try:
            # a library address is remembered and compared without its password
            key = str(LibraryAddress.parse(str(path))) if library else str(Path(path).resolve())
        except ProjectFileError as error:
            if not quiet:
                QMessageBox.critical(self, tr("Cannot open project"), str(error))
            return False
        path = str(path) if library else key
        for window in WINDOWS:
            if window.document and str(window.document.path.resolve()) == key and not read_only:
                window.raise_()
                window.activateWindow()
                return True
        try:
            if library and password is None:
                password = stored_password(LibraryAddress.parse(path))
            document = Document.open(path, read_only=read_only, password=password)
        except FileInUseError as error:
            if quiet:
                return False
            answer = QMessageBox.question(self, tr("Project in use"), f"{error}.\n\n" + tr("Open it read-only?"))
            return answer == QMessageBox.StandardButton.Yes and self.open_path(path, read_only=True)
        except ProjectFileError as error:
            if library and needs_password(error) and not quiet:
                return self._ask_library_password(path, read_only, error)
            if not quiet:
                QMessageBox.critical(self, tr("Cannot open project"), str(error))
            if not library:  # a server away now is no reason to forget a library project
                self.settings.remove_recent(key)
            return False
        target = self if self.document is None else MainWindow(self.settings)
        target.set_document(document)
        target.show()
        target.activateWindow()
        self.settings.add_recent(key)
        return True

    def _ask_library_password(self, path: str, read_only: bool, error: Exception) -> bool:
        password, ok = QInputDialog.getText(self, tr("Library password"), str(error) + "\n\n" + tr("Password:"),
                                            QLineEdit.EchoMode.Password)
        return bool(ok) and self.open_path(path, read_only=read_only, password=password)

    def open_library_dialog(self) -> None:
        dialog = OpenFromLibraryDialog(self.settings, self)
        if dialog.exec() == OpenFromLibraryDialog.DialogCode.Accepted:
            address = dialog.address()
            self.open_path(str(address), password=address.url.password)

    def set_document(self, document: Document) -> None:
        self.document = document
        editor = document.editor
        self.scene = MapScene(editor, self.engine, self)
        self.view.setScene(self.scene)
        self.scene.selectionChanged.connect(self._selection_changed)
        self.scene.map_changed.connect(self._after_change)
        self.scene.hint.connect(lambda text: self.statusBar().showMessage(text, 8000) if text
                                else self.statusBar().clearMessage())
        self.scene.context_requested.connect(self.show_context_menu)
        self.scene.persona_requested.connect(self.personas_panel.edit_persona)
        self.scene.metric_requested.connect(self.edit_metric)
        self.scene.gap_requested.connect(self.edit_gap)
        self._panels_stale = {"map", "persona"}
        document.project.subscribe(self._note_change)
        editor.undo_stack.indexChanged.connect(self._stack_changed)
        editor.undo_stack.cleanChanged.connect(lambda _c: self._update_title())
        # the inspector first: the maps list shows its first map (and the map's fields) at once
        for panel in (self.priority_matrix, self.inspector, self.personas_panel, self.maps_panel):
            panel.set_editor(editor)
        self.history_panel.set_document(document)
        self._stack_changed()
        self._update_title()
        if document.read_only:
            self.statusBar().showMessage(tr("Read-only: {0}").format(document.store.read_only_reason))
        self._update_actions()
        self.workshop.attach(self.scene)
        self.library_ui.attach(document)
        QTimer.singleShot(0, self.view.zoom_fit)

    def show_map(self, map_id: str) -> None:
        if self.scene is not None:
            changed = map_id != self.scene.map_id
            if not changed and map_id:
                return  # the maps list reselected it after a reload: the scene is current already
            self.scene.set_map(map_id or None)
            self.personas_panel.set_map(map_id or None)
            self.priority_matrix.set_map(map_id or None)
            self.inspector.show_entity(map_id or None)
            if changed:
                self.view.zoom_fit()
                self.library_ui.announce_map()
            self._update_title()
            self._update_actions()

    def _stack_changed(self, *_args) -> None:
        stack = self.document.editor.undo_stack
        self.undo_action.setEnabled(self.document.editor.can_undo())
        self.redo_action.setEnabled(stack.canRedo() and not self.document.editor.read_only)
        self.undo_action.setText(tr("&Undo {0}").format(stack.undoText()) if stack.canUndo() else tr("&Undo"))
        self.redo_action.setText(tr("&Redo {0}").format(stack.redoText()) if stack.canRedo() else tr("&Redo"))
        # the side lists are rebuilt only when a map or persona changed, not on every card edit
        if "map" in self._panels_stale:
            self.maps_panel.reload()
        if "persona" in self._panels_stale:
            self.personas_panel.reload()
        self._panels_stale = set()
        self.inspector.reload()
        error = self.document.editor.write_error
        if error and not self.library_ui.handles(error):
            QMessageBox.critical(self, tr("Cannot write the project"), str(error))

    def _note_change(self, change) -> None:
        if change.entity_type in ("map", "persona"):
            self._panels_stale.add(change.entity_type)
            if "persona_ids" in change.fields:  # the personas list shows the map's choice
                self._panels_stale.add("persona")

    def _after_change(self) -> None:
        self.find(self.find_box.text())
        if self.claims_action.isChecked():
            self.show_claims()
        if (self.scene.map_id is not None) != self._needs["map"][0].isEnabled():
            self._update_actions()  # the last map went, or the first one came

    def _update_title(self) -> None:
        if self.document is None:
            self.setWindowTitle(APP_NAME)
            return
        suffix = tr(" [read-only]") if self.document.read_only else ""
        caption = self.document.caption or f"{self.document.path.name}{suffix}"
        self.setWindowTitle(f"{caption} — {APP_NAME}")
        self.setWindowFilePath(str(self.document.path))

    def _selection_changed(self) -> None:
        ids = self.scene.selected_ids() if self.scene else []
        self.inspector.show_entity(ids[0] if len(ids) == 1 else (self.scene.map_id if not ids else None))
        self.priority_matrix.show_selected(ids[0] if len(ids) == 1 else None)
        if len(ids) > 1:
            self.statusBar().showMessage(tr("{0} selected").format(number(len(ids))), 3000)

    def new_project(self) -> None:
        path = self.ask_save_path(tr("New project"), tr("Untitled.journey"), tr("Journey projects (*.journey)"))
        if not path:
            return
        if not path.endswith(".journey"):
            path += ".journey"
        from ..model import Project
        from ..persistence import ProjectStore

        try:  # no map yet: the start page offers the templates to begin with
            ProjectStore.create(path, Project(Path(path).stem), overwrite=True).close()
        except (ProjectFileError, OSError) as error:
            QMessageBox.critical(self, tr("Cannot create project"), str(error))
            return
        self.open_path(path)

    def open_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, tr("Open project"), self.settings.last_folder(),
                                              tr("Journey projects (*.journey);;All files (*)"))
        if path:
            self.settings.set_last_folder(path)
            self.open_path(path)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for path in self.settings.recent_files:
            self.recent_menu.addAction(path, lambda p=path: self.open_path(p))
        if not self.settings.recent_files:
            self.recent_menu.addAction(tr("(none)")).setEnabled(False)

    def save_as(self) -> None:
        if self.document is None:
            return
        path = self.ask_save_path(tr("Save a copy as"), self.document.path.stem + " copy.journey",
                                  tr("Journey projects (*.journey)"))
        if path:
            try:
                self.document.store.save_copy(path)
            except (ProjectFileError, OSError) as error:
                QMessageBox.critical(self, tr("Cannot save"), str(error))
                return
            self.open_path(path)

    def closeEvent(self, event) -> None:
        # nothing to ask: every edit is already in the file (unless the last write failed)
        if self.presentation is not None:
            self.presentation.stop()
        if self.scene is not None:
            self.scene.finish_edit(commit=True)
        if self.document is not None:
            if not self._close_document():
                event.ignore()
                return
            self.document.project.unsubscribe(self._note_change)
            self.document = None
            self.scene = None
        self.settings.save_window(self.saveGeometry(), self.saveState())
        if self in WINDOWS:
            WINDOWS.remove(self)
        super().closeEvent(event)

    def _close_document(self) -> bool:
        """Close the file; if the last changes can't be written, never drop them unasked:
        offer a copy written from memory, another try, or (said plainly) closing without them.
        False when the user chose to keep the window open."""
        while True:
            try:
                self.document.close()
                return True
            except WriteError as error:
                choice = self.ask_unwritten(error)
            sync = getattr(self.document, "sync", None)
            if choice == "retry" and sync is not None:
                sync.retry_now()  # a library server back: send the unsent steps now, not at the next timer tick
            if choice == "cancel":
                return False
            if choice == "discard":
                self.document.close(discard_pending=True)
                return True
            if choice == "copy" and self._save_copy_from_memory():
                self.document.close(discard_pending=True)
                return True

    def ask_unwritten(self, error: Exception) -> str:
        """'copy', 'retry', 'discard' or 'cancel' (a method of its own so tests can answer)."""
        box = QMessageBox(QMessageBox.Icon.Warning, tr("Changes not written"),
                          tr("The last changes could not be written to {0}.").format(self.document.path.name),
                          parent=self)
        box.setInformativeText(str(error) + "\n\n" + tr("Save a copy of the whole project somewhere else "
                                                        "(another disk or folder) before closing?"))
        copy = box.addButton(tr("Save a Copy…"), QMessageBox.ButtonRole.AcceptRole)
        retry = box.addButton(tr("Try Again"), QMessageBox.ButtonRole.ActionRole)
        discard = box.addButton(tr("Close Without Them"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(copy)
        box.exec()
        return {copy: "copy", retry: "retry", discard: "discard"}.get(box.clickedButton(), "cancel")

    def _save_copy_from_memory(self) -> bool:
        # a library project's name may hold a slash: it must not point into a folder that is not there
        stem = re.sub(r"[/\\]", "-", self.document.path.stem)
        suggestion = str(Path.home() / f"{stem} (recovered).journey")
        path, _ = QFileDialog.getSaveFileName(self, tr("Save a copy as"), suggestion,
                                              tr("Journey projects (*.journey)"))
        if not path:
            return False
        if not path.endswith(".journey"):
            path += ".journey"
        try:
            self.document.store.save_copy(path)
        except (ProjectFileError, OSError) as error:
            QMessageBox.critical(self, tr("Cannot save"), str(error))
            return False
        self.settings.add_recent(path)
        return True

    # ------------------------------------------------------------------ start page, help, screen
    def _connect_start_page(self) -> None:
        page = self.start_page
        page.template_chosen.connect(self._start_with_template)
        page.recent_chosen.connect(self.open_path)
        page.open_requested.connect(self.open_dialog)
        page.new_requested.connect(self.new_project)
        page.sample_requested.connect(self.open_sample)

    def _show_start_page_if_no_map(self) -> None:
        """A project with no map (or no project) shows the start page inside the canvas."""
        no_map = self.scene is None or self.scene.map_id is None
        if no_map and self.document is not None and self.document.project.maps:
            return  # a map is about to be shown (the panel selects one)
        self.zoom_label.setVisible(not no_map)  # no map, no zoom to speak of
        if no_map:
            name = self.document.path.name if self.document is not None else None
            writable = self.document is not None and not self.document.read_only
            self.start_page.show_for(name, self.settings.recent_files, writable)
            self.central.setCurrentWidget(self.start_page)
            # the keys start here: Enter on a template starts a map
            (self.start_page.templates if writable else self.start_page.recent).setFocus()
        elif self.central.currentWidget() is not self.view:
            self.central.setCurrentWidget(self.view)

    def _start_with_template(self, kind: str) -> None:
        if self.document is None or self.document.read_only:
            return
        self.maps_panel.add_map(kind)
        maps = self.document.project.maps
        if maps:
            self._switch_to(maps[-1].id)
            self.scene.take_keyboard_focus()

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()
        self.full_screen_action.setChecked(self.isFullScreen())

    def show_map_named(self, name: str) -> bool:
        """Show the map called `name` (the command line's --map); False, said in the status bar,
        if the project has none."""
        found = self.document.project.map_by_name(name) if self.document is not None else None
        if found is None:
            self.statusBar().showMessage(tr("No map named {0}").format(name), 8000)
            return False
        self._switch_to(found.id)
        return True

    def present(self, presenter: bool | None = None, full_screen: bool = True):
        """View ▸ Present (F5): the shown map full screen, stage by stage (workshop/presentation.py);
        Esc comes back here as it was. Returns the presentation (None when there is no map)."""
        if self.document is None or self.scene is None or self.scene.map_id is None:
            return None
        from ..workshop.presentation import Presentation

        if self.presentation is not None:
            self.presentation.stop()
        self.scene.finish_edit(commit=True)
        self.presentation = Presentation(self.document.editor, self.engine, self.scene.map_id, self.settings, self,
                                         presenter=presenter, full_screen=full_screen)
        self.presentation.finished.connect(lambda: setattr(self, "presentation", None))
        self.presentation.start()
        return self.presentation

    def all_actions(self) -> list[QAction]:
        """Every action of the window's menus (the shortcut sheet and its test read these)."""
        found: list[QAction] = []

        def walk(menu) -> None:
            for action in menu.actions():
                if action.menu() is not None:
                    walk(action.menu())
                elif not action.isSeparator():
                    found.append(action)

        walk(self.menuBar())
        return found

    def show_shortcuts(self) -> None:
        from .shortcuts import ShortcutSheet

        ShortcutSheet(self.all_actions(), self).exec()

    def open_sample(self) -> None:
        from ..app import sample_path

        self.open_path(sample_path())

    def show_preferences(self) -> None:
        from .preferences import PreferencesDialog

        PreferencesDialog(self.settings, self).exec()

    def show_about(self) -> None:
        from .. import __version__

        QMessageBox.about(self, tr("About Journey Editor"), tr(
            "<h3>Journey Editor {0}</h3><p>Customer-journey maps and service blueprints: offline, fast on "
            "huge maps, printable as wall-sized posters, in every script.</p>"
            "<p>Free software under the GNU GPL, version 3 or later. Fonts: Noto (SIL Open Font "
            "License).</p>").format(__version__))

    def show_context_menu(self, item, scene_pos, screen_pos) -> None:
        from .context_menu import build_context_menu

        build_context_menu(self, item, scene_pos).exec(screen_pos)

    # ------------------------------------------------------------------ files
    def ask_save_path(self, title: str, name: str, filter_text: str) -> str:
        """A save dialog that starts in the last folder used (the documents folder at first)."""
        path, _ = QFileDialog.getSaveFileName(self, title, str(Path(self.settings.last_folder()) / name), filter_text)
        if path:
            self.settings.set_last_folder(path)
        return path

    def report_written(self, path: str | Path) -> None:
        """An export ends with a status message and a way to the file."""
        path = Path(path)
        self.statusBar().showMessage(tr("Saved {0}").format(path), 15000)
        self.last_written = path
        if not hasattr(self, "_show_folder"):
            self._show_folder = QPushButton(tr("Show in Folder"))
            self._show_folder.setFlat(True)
            self.statusBar().addWidget(self._show_folder)
            self.statusBar().messageChanged.connect(lambda text: self._show_folder.setVisible(bool(text)))
            self._show_folder.clicked.connect(
                lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_written.parent))))
        self._show_folder.setVisible(True)

    def dragEnterEvent(self, event) -> None:
        if any(url.toLocalFile().endswith(".journey") or mermaid_ui.droppable(self, url.toLocalFile())
               or (self.document is not None and tabular_io.importable(url.toLocalFile()))
               for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        for url in event.mimeData().urls():
            if url.toLocalFile().endswith(".journey"):
                self.open_path(url.toLocalFile())
            elif mermaid_ui.droppable(self, url.toLocalFile()):  # a Mermaid file: imported into the project
                mermaid_ui.import_mermaid(self, url.toLocalFile())
            elif tabular_io.importable(url.toLocalFile()):  # a spreadsheet or JSON: into this project
                tabular_io.import_file(self, url.toLocalFile())

    # ------------------------------------------------------------------ editing
    def _guard(self) -> bool:
        if self.document is None or self.scene is None or self.scene.map_id is None:
            return False
        if self.document.read_only:
            self.statusBar().showMessage(tr("This project is read-only"), 3000)
            return False
        return True

    def _edit(self, action) -> None:
        try:
            action()
        except ModelError as error:
            self.statusBar().showMessage(str(error), 5000)

    def add_stage(self, index: int | None = None) -> None:
        if self._guard():
            contents = self.document.project.contents(self.scene.map_id)
            if index is None:  # after the selected stage (or the selected step's)
                selected = [self.document.project.get(i) for i in self.scene.selected_ids()]
                selected = [self.document.project.get(s.stage_id) if isinstance(s, Step) else s for s in selected]
                index = next((contents.stages.index(s) + 1 for s in selected if s in contents.stages), None)
            before = {s.id for s in contents.stages}
            self._edit(lambda: self.document.editor.add_stage(self.scene.map_id, tr("New stage"), index))
            self._rename_new_header([s.id for s in contents.stages if s.id not in before])

    def add_lane(self, index: int | None = None) -> None:
        if self._guard():
            contents = self.document.project.contents(self.scene.map_id)
            before = {lane.id for lane in contents.lanes}
            self._edit(lambda: self.document.editor.add_lane(self.scene.map_id, tr("New lane"), "text", index))
            self._rename_new_header([lane.id for lane in contents.lanes if lane.id not in before])

    def add_step(self, stage_id: str | None = None, index: int | None = None) -> None:
        """A new unnamed step, as one undo step, its name open for typing: in `stage_id` at
        `index` (None: last), else where the selection or the keyboard stands (_step_target)."""
        if not self._guard():
            return
        if stage_id is None:
            stage_id, index = self._step_target()
        if stage_id is None:
            return
        editor = self.document.editor
        added: list[str] = []
        self._edit(lambda: added.append(editor.add_step(stage_id, index, width=editor.split_stage_width(stage_id)).id))
        self._rename_new_header(added)

    def _step_target(self) -> tuple[str | None, int | None]:
        """Where Add Step puts a step: after the selected step, at the end of the selected stage,
        after the selected card's or the keyboard's step, else at the end of the stage in the
        middle of the view (or the last stage)."""
        project = self.document.project
        contents = project.contents(self.scene.map_id)

        def after(step_id: str) -> tuple[str, int] | None:
            step = project.get(step_id)
            if not isinstance(step, Step):
                return None
            ids = [s.id for s in contents.steps_of(step.stage_id)]
            return step.stage_id, ids.index(step.id) + 1

        for entity_id in self.scene.selected_ids():
            entity = project.get(entity_id)
            if isinstance(entity, Stage):
                return entity.id, None
            if isinstance(entity, (Step, Card)):
                return after(entity.id if isinstance(entity, Step) else entity.step_id)
        if self.scene.cursor_cell and after(self.scene.cursor_cell[0]):
            return after(self.scene.cursor_cell[0])
        centre = self.view.mapToScene(self.view.viewport().rect().center())
        step = self.scene.layout.column_at(centre.x()) if self.scene.layout else None
        if step is not None:
            return step.stage_id, None
        return (contents.stages[-1].id, None) if contents.stages else (None, None)

    def split_stage(self, stage_id: str, count: int | None = None) -> None:
        """A stage of one step becomes `count` steps (asked for when not given) sharing its width,
        none narrower than SPLIT_STEP_WIDTH, as one undo step; the first step's name opens for
        typing."""
        if not self._guard():
            return
        editor, contents = self.document.editor, self.document.project.contents(self.scene.map_id)
        steps = contents.steps_of(stage_id)
        if len(steps) != 1:
            return
        if count is None:
            count, ok = QInputDialog.getInt(self, tr("Split into Steps"), tr("Number of steps:"), 2, 2, 12)
            if not ok:
                return
        width = float(max(SPLIT_STEP_WIDTH, round(steps[0].width / count)))

        def split() -> None:
            with editor.macro(tr("Split stage into {0} steps").format(number(count))):
                editor.update(steps[0].id, width=width)
                for _ in range(count - 1):
                    editor.add_step(stage_id, width=width)

        self._edit(split)
        self._rename_new_header([steps[0].id])

    def move_step(self, step_id: str, offset: int) -> None:
        """A step one place left (-1) or right (+1) among its stage's steps, as one undo step."""
        if self._guard():
            self.scene.move_header(step_id, offset)

    def _rename_new_header(self, new_ids: list[str]) -> None:
        """A new stage, step or lane opens its name for typing, like a new card."""
        item = self.scene.headers.get(new_ids[0]) if new_ids else None
        if item is not None:
            self.scene.clearSelection()
            item.setSelected(True)
            self.scene.begin_edit(item)

    def add_metric(self, subject_id: str | None = None) -> None:
        """A metric for `subject_id`, else for the selected stage, step or card (ui/metrics_ui.py)."""
        if not self._guard():
            return
        from .metrics_ui import add_metric_dialog

        project = self.document.project
        if subject_id is None:
            subject_id = next((i for i in self.scene.selected_ids()
                               if isinstance(project.get(i), (Stage, Step, Card))), None)
        if subject_id is None:
            self.statusBar().showMessage(tr("Select a stage, step or card to add a metric to"), 5000)
            return
        metric = add_metric_dialog(self, self.document.editor, subject_id)
        lanes = project.contents(self.scene.map_id).lanes
        if metric is not None and not isinstance(project.get(subject_id), Card) and \
                not any(lane.kind == "metrics" for lane in lanes):
            self.statusBar().showMessage(tr("Stage and step metrics show in a lane of kind Metrics: add one "
                                            "to see them on the map"), 8000)

    def edit_metric(self, metric_id: str) -> None:
        if self.document is not None:
            from .metrics_ui import edit_metric_dialog

            edit_metric_dialog(self, self.document.editor, metric_id)

    def connect_selected(self) -> None:
        """Connect the selected cards in the order they were selected (a chain): the keyboard's
        way to draw connectors (select with Shift+arrows)."""
        if not self._guard():
            return
        order = [i for i in self.scene.selection_order if i in self.scene.selected_card_ids()]
        if len(order) == 1:  # from this card: walk to the target with the arrows, Enter connects
            self.scene.connect_from_keyboard = order[0]
            self.statusBar().showMessage(tr("Connecting: go to the target card with the arrow keys and press "
                                            "Enter (Esc cancels)"), 15000)
            self.view.setFocus()
            return
        if len(order) < 2:
            self.statusBar().showMessage(tr("Select a card, press Ctrl+K, then go to the target card and press "
                                            "Enter; or select several cards to connect them in turn"), 6000)
            return
        editor = self.document.editor
        with editor.macro(tr("Connect {0} cards").format(number(len(order)))):
            for source, target in zip(order, order[1:]):
                self._edit(lambda a=source, b=target: editor.connect(a, b))

    def set_card_type(self, card_type: str) -> None:
        if self._guard():
            ids = self.scene.selected_card_ids()
            with self.document.editor.macro(tr("Change card type")):
                for card_id in ids:
                    self._edit(lambda c=card_id: self.document.editor.update(c, type=card_type))

    def add_card(self) -> None:
        if not self._guard():
            return
        stage_id, lane_id = self._target_cell()
        if stage_id:
            self.scene.add_card_at(stage_id, lane_id)

    def _target_cell(self, prefer_pointer: bool = False) -> tuple[str | None, str | None]:
        """The cell an insert goes to: under the mouse (for Paste), the selected card's, the
        keyboard's, else the one in the middle of the view."""
        project = self.document.project
        if prefer_pointer:
            stage_id, lane_id = self.scene.pointer_cell()
            if stage_id:
                return stage_id, lane_id
        for entity_id in self.scene.selected_ids():
            card = project.get(entity_id)
            if isinstance(card, Card):
                return card.step_id, card.lane_id
        spot = self.scene.keyboard_spot() if self.scene.cursor_cell else None
        if spot is not None:
            return spot.step_id, spot.lane_id
        centre = self.view.mapToScene(self.view.viewport().rect().center())
        stage, lane = self.scene.cell_at(centre)
        contents = project.contents(self.scene.map_id)
        stage_id = stage.id if stage else (contents.stages[0].id if contents.stages else None)
        lane_id = lane.id if lane else (contents.lanes[0].id if contents.lanes else None)
        return (stage_id, lane_id) if stage_id and lane_id else (None, None)

    def delete_selection(self) -> None:
        if self._guard():
            self._edit(lambda: self.document.editor.remove(self.scene.selected_ids()))

    def select_all(self) -> None:
        if self.scene:
            for item in self.scene.cards.values():
                item.setSelected(True)

    def edit_text(self) -> None:
        if self._guard():
            items = [i for i in self.scene.selectedItems()
                     if hasattr(i, "entity_id") and i.kind in ("card", "stage", "step", "lane", "emotion_point")]
            if items:
                self.scene.begin_edit(items[0])

    def copy(self) -> None:
        if self.scene is None:
            return
        from ..model.derive import card_to_dict

        cards = [self.document.project.get(i) for i in self.scene.selected_card_ids()]
        cards = [c for c in cards if isinstance(c, Card)]
        if not cards:
            return
        # each card's cell relative to the top-left one, so a paste keeps their arrangement
        contents = self.document.project.contents(self.scene.map_id)
        stage_order = {step.id: i for i, step in enumerate(contents.columns())}
        lane_order = {lane.id: i for i, lane in enumerate(contents.lanes)}
        cards.sort(key=lambda c: (stage_order[c.step_id], lane_order[c.lane_id], c.index))
        left = min(stage_order[c.step_id] for c in cards)
        top = min(lane_order[c.lane_id] for c in cards)
        payload = [dict(card_to_dict(c), cell_offset=[stage_order[c.step_id] - left, lane_order[c.lane_id] - top])
                   for c in cards]
        data = QMimeData()
        data.setData(CARDS_MIME, json.dumps(payload, ensure_ascii=False).encode())
        data.setText("\n\n".join("\n".join(x for x in (c.title, c.body) if x) for c in cards))
        QGuiApplication.clipboard().setMimeData(data)

    def cut(self) -> None:
        if self._guard():
            self.copy()
            self._edit(lambda: self.document.editor.remove(self.scene.selected_card_ids()))

    def clipboard_has_cards(self) -> bool:
        data = QGuiApplication.clipboard().mimeData()
        return data is not None and (data.hasFormat(CARDS_MIME) or (data.hasText() and bool(data.text().strip())))

    def paste(self, cell: tuple[str, str] | None = None) -> None:
        """Cards go to `cell`, else the cell under the mouse, else the selected or keyboard's
        cell; several cards keep their cells relative to each other."""
        if not self._guard():
            return
        data = QGuiApplication.clipboard().mimeData()
        stage_id, lane_id = cell or self._target_cell(prefer_pointer=True)
        if stage_id is None:
            return
        if data.hasFormat(CARDS_MIME):
            try:
                cards = json.loads(bytes(data.data(CARDS_MIME)).decode())
            except ValueError:
                return
        elif data.hasText() and data.text().strip():
            cards = [{"title": block.split("\n")[0][:500], "body": "\n".join(block.split("\n")[1:])[:5000]}
                     for block in data.text().strip().split("\n\n")[:200]]
        else:
            return
        if not isinstance(cards, list) or not all(isinstance(c, dict) for c in cards):
            return
        self._edit(lambda: self._select(self.document.editor.paste_cards_spread(
            cards, self.scene.map_id, stage_id, lane_id)))

    def _select(self, ids: list[str]) -> None:
        self.scene.refresh()
        self.scene.clearSelection()
        for card_id in ids:
            if card_id in self.scene.cards:
                self.scene.cards[card_id].setSelected(True)

    def duplicate(self) -> None:
        if not self._guard():
            return
        from ..model.derive import card_to_dict

        project, editor = self.document.project, self.document.editor
        cards = [project.get(i) for i in self.scene.selected_card_ids()]
        new_ids = []
        with editor.macro(tr("Duplicate")):
            for card in [c for c in cards if isinstance(c, Card)]:
                new_ids += editor.paste_cards([card_to_dict(card)], card.map_id, card.step_id, card.lane_id, card.index + 1)
        self._select(new_ids)

    # ------------------------------------------------------------------ maps
    def _switch_to(self, map_id: str) -> None:
        self.maps_panel.reload(select=map_id)
        self.show_map(map_id)

    def new_map_gallery(self) -> None:
        if self.document is None or self.document.read_only:
            return
        from .gallery import MapGallery

        gallery = MapGallery(self)
        if gallery.exec() and gallery.choice:
            self.maps_panel.add_map(gallery.choice)

    def derive_future_state(self) -> None:
        if self._guard():
            self._switch_to(self.document.editor.derive_future_state(self.scene.map_id))

    def derive_blueprint(self) -> None:
        if self._guard():
            self._switch_to(self.document.editor.derive_blueprint(self.scene.map_id))

    def derive_day_in_the_life(self) -> None:
        if self._guard():
            self._switch_to(self.document.editor.derive_day_in_the_life(self.scene.map_id))

    def follow_link(self) -> None:
        """Open the map a selected card or stage links to."""
        if self.scene is None:
            return
        for entity_id in self.scene.selected_ids():
            target = getattr(self.document.project.get(entity_id), "link_map_id", "")
            if target and self.document.project.get(target) is not None:
                self._switch_to(target)
                return
        self.statusBar().showMessage(tr("The selection links to no map"), 3000)

    # ------------------------------------------------------------------ gaps and evidence
    def add_gap(self, step_id: str | None = None, lane_id: str | None = None) -> None:
        """A gap after a step in a lane: by default after the selected card (its last step) or
        the keyboard's cell."""
        if not self._guard():
            return
        from .gaps import add_gap

        if step_id is None or lane_id is None:
            step_id, lane_id = self._gap_place()
        if step_id is None or lane_id is None:
            self.statusBar().showMessage(tr("Select a card or a cell first: the gap goes after its step"), 4000)
            return
        columns = self.document.project.contents(self.scene.map_id).columns()
        if step_id == columns[-1].id:
            self.statusBar().showMessage(tr("A gap sits between two steps: this is the map's last step"), 4000)
            return
        add_gap(self, step_id, lane_id)

    def _gap_place(self) -> tuple[str | None, str | None]:
        spot = self.scene.keyboard_spot()
        if spot is None:
            return None, None
        card = self.document.project.get(spot.card_id) if spot.card_id else None
        columns = [step.id for step in self.document.project.contents(self.scene.map_id).columns()]
        step_id = spot.step_id
        if card is not None and card.span > 1 and step_id in columns:  # after the last step it covers
            step_id = columns[min(len(columns) - 1, columns.index(step_id) + card.span - 1)]
        return step_id, spot.lane_id

    def edit_gap(self, gap_id: str) -> None:
        from .gaps import edit_gap

        edit_gap(self, gap_id)

    def suggest_gaps(self) -> None:
        """Map ▸ Suggest Gaps…: the list of suggested gaps beside the map."""
        if self.scene is None or self.scene.map_id is None:
            return
        from .gaps import GapSuggestions

        dialog = getattr(self, "gap_suggestions", None)
        if dialog is None or dialog.editor is not self.document.editor:
            dialog = self.gap_suggestions = GapSuggestions(self)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        dialog.tree.setFocus()

    def show_claims(self) -> None:
        """View ▸ Claims Without Evidence: dim every card but those, and count them."""
        from ..canvas.claims import show_claims_without_evidence

        shown = self.claims_action.isChecked()
        if not hasattr(self, "claims_label"):
            self.claims_label = QLabel()
            self.statusBar().insertPermanentWidget(0, self.claims_label)
        count = show_claims_without_evidence(self.scene, shown) if self.scene is not None else 0
        self.claims_label.setText(tr("1 claim without evidence") if count == 1 else
                                  tr("{0} claims without evidence").format(count))
        self.claims_label.setVisible(shown)

    # ------------------------------------------------------------------ find
    def focus_find(self) -> None:
        self.find_box.setFocus()
        self.find_box.selectAll()

    def find(self, text: str) -> None:
        if self.scene is None:
            return
        needle = text.strip().casefold()
        project = self.document.project
        self._matches = []
        for card_id, item in self.scene.cards.items():
            card = project.get(card_id)
            hit = bool(needle) and card is not None and any(
                needle in value.casefold() for value in (card.title, card.body, card.owner, " ".join(card.tags)))
            if hit != item.highlighted:
                item.highlighted = hit
                item.update()
            if hit:
                self._matches.append(card_id)
        layout = self.scene.layout
        if layout:
            self._matches.sort(key=lambda i: (layout.cards[i].rect.x, layout.cards[i].rect.y))
        self._match = -1
        if needle:
            self.statusBar().showMessage(tr("{0} matches").format(number(len(self._matches))))

    def find_next(self) -> None:
        if not self._matches:
            return
        self._match = (self._match + 1) % len(self._matches)
        item = self.scene.cards[self._matches[self._match]]
        self.scene.clearSelection()
        item.setSelected(True)
        self.view.centerOn(item)
        self.statusBar().showMessage(tr("Match {0} of {1}").format(number(self._match + 1), number(len(self._matches))))

    # ------------------------------------------------------------------ opportunities
    def _add_priority_matrix(self) -> None:
        """View ▸ Priority Matrix: a dock under the canvas, hidden until asked for (the window
        remembers it after that); showing it puts the keyboard in it."""
        self.priority_matrix = PriorityMatrixPanel()
        self.priority_matrix.card_selected.connect(self.select_card)
        self.priority_matrix.problem.connect(lambda text: self.statusBar().showMessage(text, 6000))
        dock = self._dock(tr("Priority Matrix"), self.priority_matrix, Qt.DockWidgetArea.BottomDockWidgetArea,
                          "priority-matrix")
        dock.hide()
        toggle = dock.toggleViewAction()
        toggle.setShortcut(QKeySequence("Ctrl+Shift+R"))
        toggle.triggered.connect(lambda shown: shown and (dock.raise_(), self.priority_matrix.setFocus()))

    def _add_history_panel(self) -> None:
        """File ▸ History: a dock under the canvas, hidden until asked for."""
        self.history_panel = HistoryPanel()
        self.history_panel.card_requested.connect(self.select_card)
        self.history_panel.mark_requested.connect(self.show_change)
        self.history_panel.problem.connect(lambda text: self.statusBar().showMessage(text, 6000))
        self.history_panel.compared.connect(
            lambda earlier, changes, earlier_map_id: self.scene is not None and self.scene.compare_overlay.show(
                self.scene, earlier, changes, earlier_map_id))
        self.history_panel.compare_ended.connect(
            lambda: self.scene is not None and self.scene.compare_overlay.clear(self.scene))
        self.history_panel.open_requested.connect(self.open_snapshot)
        self.history_panel.compare_requested.connect(self.compare_snapshots)
        self.history_dock = self._dock(tr("History"), self.history_panel, Qt.DockWidgetArea.BottomDockWidgetArea,
                                       "history")
        self.history_dock.hide()

    def compare_with_source(self) -> None:
        """A future state (or another derived map) against the map it was made from, in the History panel."""
        if self.scene is None or self.scene.map_id is None:
            return
        if not self.history_panel.compare_with_source(self.scene.map_id):
            self.statusBar().showMessage(tr("This map was not made from another map"), 6000)
            return
        self.history_dock.show()
        self.history_dock.raise_()

    def open_snapshot(self, snapshot) -> MainWindow | None:
        """A snapshot in a read-only window of its own, titled as one: its cards can be copied and
        pasted into this project's window."""
        try:
            document = Document.open_snapshot(self.document.store, snapshot)
        except (ProjectFileError, OSError, ValueError, KeyError) as error:  # damaged or gone, a full disk
            QMessageBox.warning(self, tr("Open Snapshot"), str(error))
            return None
        window = MainWindow(self.settings)
        window.set_document(document)
        window.snapshot_origin = (self, self.document.store, snapshot)
        window.copy_into_project_action.setVisible(True)
        window.show()
        window.activateWindow()
        return window

    def copy_map_into_project(self) -> None:
        """In a snapshot's window: the map shown, copied into the project it was taken of, beside
        its maps (one undo step there)."""
        if self.snapshot_origin is None or self.scene is None or self.scene.map_id is None:
            return
        window, store, snapshot = self.snapshot_origin
        if window not in WINDOWS or window.document is None or window.document.store is not store \
                or window.document.read_only:
            self.statusBar().showMessage(tr("The project's window is closed or cannot be edited"), 6000)
            return
        new_id = restore.copy_map(window.document.editor, store, snapshot.id, self.scene.map_id)
        window._switch_to(new_id)
        self.statusBar().showMessage(tr("Copied into {0}").format(store.path.name), 6000)

    def compare_snapshots(self, earlier, later) -> MainWindow | None:
        """Two snapshots: the later one opened read-only, with the changes since the earlier marked."""
        window = self.open_snapshot(later)
        if window is not None:
            window.history_panel.compare_with(snapshots.load(self.document.store, earlier.id), tr(
                "{0} changes from {1} to {2}").format("{0}", earlier.label, later.label))
            window.history_dock.show()
            window.history_dock.raise_()
        return window

    def save_snapshot(self) -> None:
        if self.document is None or self.document.read_only:
            return
        name, ok = QInputDialog.getText(self, tr("Save Snapshot"), tr("Name of the snapshot (e.g. Q3 review):"))
        if not ok or not name.strip():
            return
        try:
            taken = self.history_panel.save_snapshot(name.strip())
        except (SnapshotError, ProjectFileError) as error:
            QMessageBox.warning(self, tr("Save Snapshot"), str(error))
            return
        self.statusBar().showMessage(tr("Snapshot “{0}” saved").format(taken.name), 6000)

    def show_change(self, change_id: str, map_id: str) -> None:
        """Scroll to a change's mark (a removed card's ghost, a header, a connector …), on its map."""
        if self.scene is None or not map_id or self.document.project.get(map_id) is None:
            return
        if self.scene.map_id != map_id:
            self._switch_to(map_id)
        rect = self.scene.compare_overlay.rect_of(self.scene, change_id)
        if rect is not None:
            self.scene.clearSelection()
            self.scene.reveal(rect)

    def select_card(self, card_id: str) -> None:
        """Select a card on the canvas, on its map, and scroll to it (the priority matrix and the
        reports point at cards this way)."""
        card = self.document.project.get(card_id) if self.document is not None else None
        if not isinstance(card, Card) or self.scene is None:
            return
        if self.scene.map_id != card.map_id:
            self._switch_to(card.map_id)
        item = self.scene.cards.get(card_id)
        if item is None:
            return
        if self.scene.selected_ids() != [card_id]:
            self.scene.clearSelection()
            item.setSelected(True)
        self.scene.reveal(item.sceneBoundingRect())

    def show_owners_report(self) -> None:
        if self.document is None:
            return
        from .owners_report import OwnersReport

        report = getattr(self, "owners_report", None)
        if report is None or report.editor is not self.document.editor:
            report = self.owners_report = OwnersReport(self.document.editor, self.settings, self)
            report.card_requested.connect(self.select_card)
            report.saved.connect(self.report_written)
        report.set_map(self.scene.map_id if self.scene is not None else None)
        report.show()
        report.raise_()
        report.activateWindow()

    # ------------------------------------------------------------------ export
    def export_png(self) -> None:
        if self.scene is None or self.scene.map_id is None:
            return
        from .png_dialog import PngOptionsDialog

        map_ = self.document.project.get(self.scene.map_id)
        options = PngOptionsDialog(self.scene.layout.width, self.scene.layout.height,
                                   self.settings.export_options("png"), self)
        if not options.exec():
            return
        self.settings.set_export_options("png", options.remembered())
        path = self.ask_save_path(tr("Export PNG"), f"{map_.name}.png", "PNG (*.png)")
        if path:
            from ..export.png import export_png
            from ..fileio import atomic_output

            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                with atomic_output(path) as temp:  # a failure never leaves half an image
                    export_png(self.document.project, map_, temp, options.scale(),  # as the view shows it
                               LayoutEngine(persona_sheet=self.engine.persona_sheet,
                                            emotion_notes=self.engine.emotion_notes, heatmap=self.engine.heatmap))
            except (OSError, ValueError) as error:
                QMessageBox.critical(self, tr("Export failed"), str(error))
                return
            finally:
                QApplication.restoreOverrideCursor()
            self.report_written(path)

    def export_json(self) -> None:
        if self.document is None:
            return
        path = self.ask_save_path(tr("Export JSON"), f"{self.document.path.stem}.json", "JSON (*.json)")
        if path:
            from ..fileio import atomic_output
            from ..interchange import project_to_json

            try:
                with atomic_output(path) as temp:
                    temp.write_text(project_to_json(self.document.project), encoding="utf-8")
            except OSError as error:
                QMessageBox.critical(self, tr("Export failed"), str(error))
                return
            self.report_written(path)

    def export_pdf(self) -> None:
        if self.scene is None or self.scene.map_id is None:
            return
        try:
            from .pdf_dialog import PdfExportDialog
        except ImportError:
            QMessageBox.information(self, tr("Export PDF"), tr("PDF export is not available in this build."))
            return
        dialog = PdfExportDialog(self.document.project, self.document.project.get(self.scene.map_id), self.settings, self)
        if dialog.exec() and getattr(dialog, "written", None):
            self.report_written(dialog.written)
