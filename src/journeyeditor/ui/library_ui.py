"""The main window's part for library projects: the banner shown while the server is away, who else
has the map open, one-line notices of other people's changes, and File ▸ Open from Library…

Passwords live in the system keyring (the `keyring` package), never in the settings; with no
keyring backend the dialog asks each time."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QToolBar,
    QWidget,
)

from ..i18n import tr
from ..persistence.library import ConflictError, ConnectionLostError

KEYRING_SERVICE = "Journey Editor library"


def keyring_key(address) -> str:
    """user@host:port (one password per role and server, whatever the database)."""
    url = address.url
    return f"{url.username or ''}@{url.host or 'localhost'}:{url.port or 5432}"


def stored_password(address) -> str | None:
    try:
        import keyring

        return keyring.get_password(KEYRING_SERVICE, keyring_key(address))
    except Exception:  # noqa: BLE001 - no backend, a locked keyring …: ask instead
        return None


def store_password(address, password: str) -> bool:
    """Keep it in the system keyring; False when there is none (then it is asked for each time)."""
    try:
        import keyring

        keyring.set_password(KEYRING_SERVICE, keyring_key(address), password)
        return True
    except Exception:  # noqa: BLE001
        return False


def needs_password(error: BaseException) -> bool:
    text = str(error)
    return "password" in text and ("no password supplied" in text or "authentication failed" in text)


class LibraryUi:
    def __init__(self, window) -> None:
        self.window = window
        self.document = None
        self.banner = QToolBar(tr("Library"), window)
        self.banner.setObjectName("library-banner")
        self.banner.setMovable(False)
        self.banner.setStyleSheet("QToolBar { background: #fff3cd; border-bottom: 1px solid #d6b656; }")
        self.banner_label = QLabel()
        self.banner_label.setStyleSheet("color: #5c4400; padding: 4px;")
        self.banner.addWidget(self.banner_label)
        retry = QPushButton(tr("Try Again"))
        retry.clicked.connect(self.retry)
        save = QPushButton(tr("Save Unsent Changes to a File…"))
        save.clicked.connect(self.save_copy)
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(8, 0, 8, 0)
        row.addWidget(retry)
        row.addWidget(save)
        self.banner.addWidget(holder)
        window.addToolBarBreak(Qt.ToolBarArea.TopToolBarArea)  # a row of its own, across the window
        window.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.banner)
        self.banner.hide()
        self.presence = QLabel()
        window.statusBar().addPermanentWidget(self.presence)
        self.presence.hide()

    def announce_map(self) -> None:
        """Another map shown (by any route: the maps list, a link, --map): say so to the others
        now, not at the next look round five seconds on."""
        from PySide6.QtCore import QTimer

        sync = getattr(self.document, "sync", None)
        if sync is not None:
            QTimer.singleShot(0, sync.refresh_presence)  # after the window has switched maps

    def attach(self, document) -> None:
        self.document = document
        self.banner.hide()
        self.presence.hide()
        sync = getattr(document, "sync", None)
        if sync is None:
            return
        sync.remote_applied.connect(lambda _keys: self._remote_applied())
        sync.notice.connect(lambda text: self.window.statusBar().showMessage(text, 10000))
        sync.connection_changed.connect(self._connection_changed)
        sync.presence_changed.connect(self._presence_changed)
        sync.map_shown = lambda: self.window.scene.map_id if self.window.scene is not None else None
        sync.refresh_presence()

    def handles(self, error) -> bool:
        """A write failure this part shows in its own way (not as a modal box)."""
        if isinstance(error, ConflictError):
            self.window.statusBar().showMessage(str(error), 10000)
            return True
        return isinstance(error, ConnectionLostError)  # the banner says it

    def _remote_applied(self) -> None:
        window = self.window
        if window.document is self.document:
            if window.scene is not None:
                window.scene.refresh()  # as after an undo: the layout redoes only what changed
            window._panels_stale.update({"map", "persona"})
            window._stack_changed()
            window._after_change()

    def _connection_changed(self, online: bool) -> None:
        window = self.window
        if online:
            self.banner.hide()
            window.statusBar().showMessage(tr("The library server is back; every change is sent"), 8000)
        else:
            pending = self.document.store.has_pending if self.document else False
            self.banner_label.setText(
                tr("The library server cannot be reached: the map is read-only until it is back.") + " " +
                (tr("Your unsent change is kept and sent then.") if pending else ""))
            self.banner.show()
        window._update_title()
        window._update_actions()
        if window.document is self.document:
            window._stack_changed()  # Undo and Redo follow: nothing is undone while the server is away

    def _presence_changed(self, others: list) -> None:
        on_map = [person for person, same_map in others if same_map]
        elsewhere = [person for person, same_map in others if not same_map]
        parts = []
        if on_map:
            parts.append(tr("On this map: {0}").format(", ".join(on_map)))
        if elsewhere:
            parts.append(tr("Also open by: {0}").format(", ".join(elsewhere)))
        self.presence.setText(" · ".join(parts))
        self.presence.setVisible(bool(parts))

    def retry(self) -> None:
        if self.document is not None and self.document.sync is not None:
            self.document.sync.retry_now()

    def save_copy(self) -> None:
        if self.document is not None:
            self.window._save_copy_from_memory()


class OpenFromLibraryDialog(QDialog):
    """Server, port, database, user and password; then the project, from the library's list."""

    def __init__(self, settings, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Open from Library"))
        self.settings = settings
        form = QFormLayout(self)
        last = settings.library_server if hasattr(settings, "library_server") else {}
        self.host = QLineEdit(last.get("host", "localhost"))
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(int(last.get("port", 5432)))
        self.database = QLineEdit(last.get("database", ""))
        self.user = QLineEdit(last.get("user", ""))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(tr("Remember the password in the system keyring"))
        self.remember.setChecked(True)
        self.project = QComboBox()
        self.project.setEditable(True)
        list_button = QPushButton(tr("List Projects"))
        list_button.clicked.connect(self.list_projects)
        form.addRow(tr("Server:"), self.host)
        form.addRow(tr("Port:"), self.port)
        form.addRow(tr("Database:"), self.database)
        form.addRow(tr("User:"), self.user)
        form.addRow(tr("Password:"), self.password)
        form.addRow("", self.remember)
        project_row = QHBoxLayout()
        project_row.addWidget(self.project, 1)
        project_row.addWidget(list_button)
        form.addRow(tr("Project:"), project_row)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #a40000;")
        form.addRow(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.user.editingFinished.connect(self._fill_password)
        self.host.editingFinished.connect(self._fill_password)
        self._fill_password()

    def address(self):
        from sqlalchemy.engine import URL

        from ..persistence.library import LibraryAddress

        url = URL.create("postgresql+psycopg", username=self.user.text().strip() or None,
                         password=self.password.text() or None, host=self.host.text().strip() or "localhost",
                         port=self.port.value(), database=self.database.text().strip() or None)
        return LibraryAddress(url, self.project.currentText().strip() or None)

    def _fill_password(self) -> None:
        if not self.password.text() and self.user.text().strip():
            password = stored_password(self.address())
            if password:
                self.password.setText(password)

    def list_projects(self) -> None:
        from ..persistence.library import Library, LibraryError

        self.problem.clear()
        try:
            with Library(self.address()) as library:
                names = [p["name"] for p in library.projects()]
        except LibraryError as error:
            self.problem.setText(str(error))
            return
        current = self.project.currentText()
        self.project.clear()
        self.project.addItems(names)
        if current in names:
            self.project.setCurrentText(current)

    def accept(self) -> None:
        address = self.address()
        if not address.url.database or not address.project:
            self.problem.setText(tr("Name the database and the project"))
            return
        from ..persistence.library import Library, LibraryError

        try:  # signed in first: a mistyped password is said here, to be corrected, and never kept
            with Library(address) as library:
                library.connect().close()
        except LibraryError as error:
            self.problem.setText(str(error))
            return
        if self.password.text() and self.remember.isChecked() and not store_password(address, self.password.text()):
            QMessageBox.information(self, tr("No keyring"), tr(
                "No system keyring is available here, so the password is not kept: it is asked for each time."))
        if hasattr(self.settings, "set_library_server"):
            self.settings.set_library_server({"host": self.host.text().strip(), "port": self.port.value(),
                                              "database": self.database.text().strip(),
                                              "user": self.user.text().strip()})
        super().accept()
