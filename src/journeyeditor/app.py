"""Starting the GUI: the application object, bundled fonts, and the first project."""

from __future__ import annotations

import sys
from pathlib import Path

from . import APP_NAME, __version__
from .catalogue import tr


def sample_path() -> Path:
    """The sample project in the user's data folder (made on first use, so it is writable)."""
    from PySide6.QtCore import QStandardPaths

    folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "Sample project.journey"
    if not path.exists():
        from .persistence import ProjectStore
        from .templates import build_sample

        ProjectStore.create(path, build_sample()).close()
    return path


def create_app(argv: list[str] | None = None):
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(argv or [sys.argv[0]])
    app.setOrganizationName("JourneyEditor")
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("io.github.journeyeditor.JourneyEditor")
    from .i18n import install_language, system_language
    from .ui.settings import Settings

    install_language(app, Settings().language or system_language())  # the names above find the settings
    from .ui.qtfonts import FAMILIES, register_fonts

    register_fonts()
    font = app.font()
    font.setFamilies([font.family(), *FAMILIES])  # the system UI face first, ours for the rest
    app.setFont(font)
    return app


def no_display_reason() -> str:
    """Why no window can be shown here ("" when one can). Qt itself would abort with a
    message about the xcb plugin, which sends people looking in the wrong place."""
    import os

    if not sys.platform.startswith("linux") and "bsd" not in sys.platform:
        return ""  # Windows and macOS always have their own platform
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform and not platform.startswith(("xcb", "wayland")):
        return ""  # offscreen, vnc, eglfs…: the user chose a platform that needs no display
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return ""
    return tr("no display to show the editor on (neither DISPLAY nor WAYLAND_DISPLAY is set); without one use "
              "the commands new, info, import and export (journeyeditor --help)")


def run_gui(path: str | None = None, present: bool = False, map_name: str | None = None) -> int:
    """The editor window on `path` (else the last project, else the sample); `map_name` shows that
    map, `present` starts presenting it at once."""
    from .persistence.library import is_library_address

    if path is not None and not is_library_address(path) and not Path(path).exists():
        print(tr("journeyeditor: error: {0}").format(tr("{0}: no such file").format(path)), file=sys.stderr)
        return 1
    reason = no_display_reason()
    if reason:
        print(tr("journeyeditor: error: {0}").format(reason), file=sys.stderr)
        return 1
    app = create_app()
    from .ui.main_window import MainWindow
    from .ui.settings import Settings
    from .ui.single_instance import InstanceServer, hand_over

    if path is not None and hand_over(open_request(path, present, map_name)):
        return 0  # the running Journey Editor opened it (and presents it, if asked)
    server = InstanceServer(app)
    try:
        from .desktop import register_file_handler

        register_file_handler()
    except OSError:
        pass  # integration is a convenience: never stop the app for it
    _close_cleanly_on_signals(app)
    settings = Settings()
    window = MainWindow(settings)
    server.open_requested.connect(lambda p: _open_requested(window, p))
    window.show()
    # active from the start: shortcuts (Ctrl+1, Ctrl+=) need an active window, and without a
    # window manager (or with focus-stealing prevention) nobody else makes it so
    window.raise_()
    window.activateWindow()
    opened = False
    if path is not None:
        opened = window.open_path(path)
    else:
        last = settings.last_project
        if last and (is_library_address(last) or Path(last).exists()):
            opened = window.open_path(last, quiet=True)
        if not opened:
            opened = window.open_path(sample_path())
    if opened and (present or map_name):
        _show_requested(window, map_name, present)
    return app.exec()


def open_request(path: str, present: bool = False, map_name: str | None = None) -> str:
    """What a second launch hands the running one: the file's path, or (to present it, or show one
    of its maps) a line of JSON with the path and what to do."""
    from .persistence.library import is_library_address

    if not is_library_address(path):
        path = str(Path(path).resolve())
    if not present and map_name is None:
        return path
    import json

    return json.dumps({"path": path, "present": present, "map": map_name})


def read_open_request(message: str) -> tuple[str, bool, str | None]:
    """(path, present, map name) from open_request's words."""
    if message.startswith("{"):
        import json

        try:
            data = json.loads(message)
            return str(data["path"]), bool(data.get("present")), data.get("map")
        except (ValueError, KeyError, TypeError):
            pass
    return message, False, None


def _open_requested(window, message: str) -> None:
    from .ui.main_window import WINDOWS

    path, present, map_name = read_open_request(message)
    target = next((w for w in WINDOWS if w.isVisible()), window)
    if target.open_path(path) and (present or map_name):
        from .persistence.library import LibraryAddress, is_library_address

        wanted = str(LibraryAddress.parse(path)) if is_library_address(path) else str(Path(path).resolve())
        holder = next((w for w in WINDOWS if w.document is not None and str(w.document.path.resolve()) == wanted),
                      None)
        if holder is not None:
            _show_requested(holder, map_name, present)


def _show_requested(window, map_name: str | None, present: bool) -> None:
    """--map and --present, once the window shows its project (the CLI checked the map's name)."""
    from PySide6.QtCore import QTimer

    if map_name is not None and not window.show_map_named(map_name):
        return
    if present:
        QTimer.singleShot(0, window.present)  # after the window is shown and sized: the screens are known


def _close_cleanly_on_signals(app) -> None:
    """On SIGTERM / SIGINT (logout, kill, Ctrl+C) close the windows like Quit does, so each
    project folds its WAL back and stands alone on disk."""
    import signal

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    def quit_cleanly(*_args) -> None:
        QApplication.closeAllWindows()
        # a window whose unwritten changes the user chose to keep (Cancel) stays, and so does the app
        if not any(window.isVisible() for window in QApplication.topLevelWidgets()
                   if isinstance(window, QMainWindow)):
            app.quit()

    for name in ("SIGTERM", "SIGINT"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), quit_cleanly)
    # Python runs signal handlers only between bytecodes: wake it up now and then
    timer = QTimer(app)
    timer.timeout.connect(lambda: None)
    timer.start(300)
