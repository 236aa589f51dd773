"""One running Journey Editor per user: a second launch hands its file to the first one (which
opens it in a window, or raises the window that has it) and exits, so no file ever has two
writers. Uses a QLocalServer named per user and per display: a launch on another display (a
second seat, a remote X session) starts its own instance instead of handing the file to a
window the user can't see."""

from __future__ import annotations

import getpass
import os
import re

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket


def server_name() -> str:
    display = os.environ.get("WAYLAND_DISPLAY") or os.environ.get("DISPLAY") or ""
    display = re.sub(r"(:\d+)\.\d+$", r"\1", display)  # ":0.0" and ":0" are one display
    display = re.sub(r"[^A-Za-z0-9_.-]", "_", display)  # ":0.0" is no good in a socket name
    return f"journeyeditor-{getpass.getuser()}" + (f"-{display}" if display else "")


def hand_over(path: str, timeout_ms: int = 800) -> bool:
    """Send `path` to a running instance; True if one took it."""
    socket = QLocalSocket()
    socket.connectToServer(server_name())
    if not socket.waitForConnected(timeout_ms):
        return False
    socket.write((path + "\n").encode("utf-8"))
    socket.flush()
    socket.waitForBytesWritten(timeout_ms)
    ok = socket.waitForReadyRead(timeout_ms) and bytes(socket.readAll()).startswith(b"ok")
    socket.disconnectFromServer()
    return ok


class InstanceServer(QObject):
    open_requested = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.server = QLocalServer(self)
        if not self.server.listen(server_name()):
            QLocalServer.removeServer(server_name())  # a stale socket from a crash
            self.server.listen(server_name())
        self.server.newConnection.connect(self._connection)

    def _connection(self) -> None:
        socket = self.server.nextPendingConnection()
        if socket is None:
            return
        if not socket.canReadLine():
            socket.waitForReadyRead(500)
        path = bytes(socket.readLine()).decode("utf-8", "replace").strip()
        socket.write(b"ok\n")
        socket.flush()
        socket.disconnectFromServer()
        if path:
            self.open_requested.emit(path)
