"""Live editing of a library project: other clients' changes arrive through LISTEN/NOTIFY, and a
server that goes away is waited for.

The listening connection is a psycopg connection of its own (autocommit); a QSocketNotifier on its
socket wakes the event loop when a notification (or the end of the connection) arrives: no polling
while all is well. Notifications are gathered for a moment (`BATCH_MS`) and applied together, so a
burst of steps from another client costs one reload.

When the server is lost, the document turns read-only (the store keeps every unsent step) and a
timer tries to reconnect each `RETRY_MS`; once back, the unsent steps go first (version-checked as
always), then everything changed meanwhile is reloaded, and the document is writable again.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QObject, QSocketNotifier, QTimer, Signal

from ..i18n import tr
from ..persistence.library import LibraryStore, is_connection_problem

BATCH_MS = 30
RETRY_MS = 1000
PRESENCE_MS = 5000


class LibrarySync(QObject):
    remote_applied = Signal(object)  # the keys that changed here
    notice = Signal(str)  # one line for the user
    connection_changed = Signal(bool)  # True: connected
    presence_changed = Signal(list)  # other people with the project open: [("anna", on the same map), …]

    def __init__(self, editor, store: LibraryStore, user_label: str = "", parent=None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.store = store
        import getpass

        try:  # the person, as others see them in "Also open by" (the database role may be shared)
            person = getpass.getuser()
        except (KeyError, OSError):
            person = ""
        self.user_label = user_label or person or (store.address.url.username or "")
        self.online = True
        self._listener = None
        self._notifier: QSocketNotifier | None = None
        self._pending: set | None = set()  # None: reload everything
        self._batch = QTimer(self, singleShot=True, interval=BATCH_MS)
        self._batch.timeout.connect(self._apply_pending)
        self._retry = QTimer(self, interval=RETRY_MS)
        self._retry.timeout.connect(self._try_reconnect)
        self._presence_timer = QTimer(self, interval=PRESENCE_MS)
        self._presence_timer.timeout.connect(self.refresh_presence)
        #: [(person, shows the same map)] of the others who have the project open
        self.others: list[tuple[str, bool]] = []
        #: which map this window shows (the window sets it), for "who else has the map open"
        self.map_shown = lambda: None
        self._announced = ""
        self._saved_reason = ""
        # after the editor's own write (slots run in the order they were connected)
        editor.undo_stack.indexChanged.connect(self._after_step)
        self._presence_timer.start()
        import psycopg

        try:
            self._listen()
        except psycopg.Error:
            # the project was read a moment ago: the server went since, so wait for it as at any time
            self._close_listener()
            QTimer.singleShot(0, self.go_offline)

    # ------------------------------------------------------------- listening
    def _conninfo(self) -> dict:
        url = self.store.address.url
        info = {"host": url.host or "localhost", "dbname": url.database, "connect_timeout": 5,
                "autocommit": True,
                # presence reads this back from pg_stat_activity (63 bytes at most)
                "application_name": self._presence_name()}
        if url.port:
            info["port"] = url.port
        if url.username:
            info["user"] = url.username
        if url.password:
            info["password"] = url.password
        return info

    def _listen(self) -> None:
        import psycopg

        info = self._conninfo()
        self._listener = psycopg.connect(**info)
        self._announced = info["application_name"]
        self._listener.execute(f'LISTEN "{self.store.channel}"')
        self._notifier = QSocketNotifier(self._listener.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._readable)

    def _readable(self, *_args) -> None:
        import psycopg

        try:
            for notification in self._listener.notifies(timeout=0):
                client, keys = LibraryStore.read_notification(notification.payload)
                if client == self.store.client_id:
                    continue
                if keys is None or self._pending is None:
                    self._pending = None
                else:
                    self._pending.update(keys)
                self._batch.start()
        except (psycopg.OperationalError, psycopg.InterfaceError):
            self.go_offline()

    def _apply_pending(self) -> None:
        if not self.online:
            return
        keys, self._pending = self._pending, set()
        if keys is not None and not keys:
            return
        try:
            changed = self.editor.apply_remote(keys)
        except Exception as error:
            if is_connection_problem(error):
                self._pending = keys if keys is None else keys | (self._pending or set())
                self.go_offline()
                return
            raise
        if self.editor.notice:
            self.notice.emit(self.editor.notice)
            self.editor.notice = ""
        self.remote_applied.emit(changed)

    def _after_step(self, *_args) -> None:
        from ..persistence.library import ConnectionLostError

        if isinstance(self.editor.write_error, ConnectionLostError):
            self.go_offline()
        if self.editor.notice:
            self.notice.emit(self.editor.notice)
            self.editor.notice = ""

    # ------------------------------------------------------------- the server lost and back
    def go_offline(self) -> None:
        if not self.online:
            return
        self.online = False
        self._close_listener()
        self._saved_reason = self.store.read_only_reason
        self.store.offline = True
        self.store.read_only_reason = tr("the library server cannot be reached; your unsent changes are kept")
        self.connection_changed.emit(False)
        self._retry.start()

    def _try_reconnect(self) -> None:
        import psycopg

        try:
            self._listen()
        except psycopg.Error:
            self._close_listener()
            return  # still away: the timer tries again
        self._retry.stop()
        self.online = True
        self.store.offline = False
        self.store.read_only_reason = self._saved_reason
        try:
            if self.store.has_pending:
                self.editor._write()  # the unsent steps first, version-checked as always
            self._pending = None
            self._apply_pending()  # then whatever others did meanwhile
        except Exception as error:
            if is_connection_problem(error):
                self.go_offline()
                return
            raise
        if self.editor.write_error is not None and is_connection_problem(self.editor.write_error.__cause__
                                                                        or self.editor.write_error):
            self.go_offline()
            return
        self.connection_changed.emit(True)
        if self.editor.notice:
            self.notice.emit(self.editor.notice)
            self.editor.notice = ""

    def retry_now(self) -> None:
        if not self.online:
            self._try_reconnect()

    def _close_listener(self) -> None:
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None
        if self._listener is not None:
            import psycopg

            with contextlib.suppress(psycopg.Error):  # closing a connection the server already dropped
                self._listener.close()
            self._listener = None

    # ------------------------------------------------------------- presence
    def _presence_prefix(self) -> str:
        import hashlib

        return "je:" + hashlib.sha1(self.store.schema_name.encode()).hexdigest()[:8] + ":"

    def _presence_name(self) -> str:
        """je:<project>:<map shown>:<person>, what others read back from pg_stat_activity (63 bytes at most:
        the project and map as short hashes, so the person's name fits)."""
        import hashlib

        map_id = self.map_shown() or ""
        map_tag = hashlib.sha1(map_id.encode()).hexdigest()[:8] if map_id else "-"
        return f"{self._presence_prefix()}{map_tag}:{self.user_label}"[:63]

    def refresh_presence(self) -> None:
        """Who else has this project open, and which of them shows the same map: the application
        names of the other listening sessions (each keeps its own up to date here)."""
        if not self.online or self._listener is None:
            return
        import psycopg

        prefix = self._presence_prefix()
        mine = self._presence_name()
        try:
            if mine != self._announced:
                self._listener.execute("SELECT set_config('application_name', %s, false)", (mine,))
                self._announced = mine
            rows = self._listener.execute(
                "SELECT application_name FROM pg_stat_activity WHERE application_name LIKE %s "
                "AND pid <> pg_backend_pid()", (prefix + "%",)).fetchall()
        except psycopg.Error as error:
            if is_connection_problem(error):
                self.go_offline()
            return
        my_map = mine.split(":")[2]
        others = []
        for (name,) in rows:
            _je, _project, map_tag, person = (name.split(":", 3) + ["", "", "", ""])[:4]
            others.append((person or tr("someone"), map_tag == my_map and map_tag != "-"))
        others.sort()
        if others != self.others:
            self.others = others
            self.presence_changed.emit(others)

    def close(self) -> None:
        self._batch.stop()
        self._retry.stop()
        self._presence_timer.stop()
        self._close_listener()
