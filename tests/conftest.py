import os
import sys
from pathlib import Path

# before any QApplication exists: with xcb and no display Qt would abort the whole run
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_QUICK_BACKEND", "software")
# the tests read English text: the UI and the CLI must not follow the developer's language
os.environ["LANGUAGE"] = "en"

SRC = Path(__file__).resolve().parents[1] / "src"
if str(SRC) not in sys.path:
    sys.path.insert(0, str(SRC))

import pytest  # noqa: E402

FIXTURES = Path(__file__).parent / "fixtures"
#: the PostgreSQL server of the library tests (started only by a test that asks for it)
pytest_plugins = ["pg_server"]


@pytest.fixture
def sample_project():
    from journeyeditor.templates import build_sample

    return build_sample()


@pytest.fixture
def sample_file(tmp_path):
    from journeyeditor.persistence import ProjectStore
    from journeyeditor.templates import build_sample

    path = tmp_path / "sample.journey"
    ProjectStore.create(path, build_sample()).close()
    return path


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path, monkeypatch):
    """Qt settings and data folders go to a temp dir, so tests never see a user's settings."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    # Qt reads the config folder once per process: point QSettings itself at this test's folder,
    # or one test's saved window geometry and dock layout would size the next test's window
    from PySide6.QtCore import QSettings

    for settings_format in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(settings_format, QSettings.Scope.UserScope, str(tmp_path / "config"))


def open_window(qtbot, path):
    """A main window of the given size on the project at `path`, shown and exposed, as a user
    would have it after opening the file."""
    from journeyeditor.app import create_app
    from journeyeditor.ui.main_window import MainWindow

    create_app()
    win = MainWindow()
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.show()
    assert win.open_path(path)
    qtbot.waitExposed(win)
    return win


def close_window(win):
    """Close the window if the test has not, and empty the offscreen clipboard (its data must
    not outlive the test: a segfault at exit otherwise)."""
    from PySide6.QtWidgets import QApplication

    if win.document is not None:
        win.close()
    QApplication.clipboard().clear()
