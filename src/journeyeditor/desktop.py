"""Desktop integration on Linux: register Journey Editor as the handler of `.journey` files.

Done once per user when the app starts from an installed package: the .desktop entry, the
shared-MIME type and the icon go under ~/.local/share (XDG_DATA_HOME), and the desktop's
caches are refreshed when their tools exist. Nothing is written if the files are up to date.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from .resources import resource

APP_ID = "io.github.journeyeditor.JourneyEditor"


def _data_home() -> Path:
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local/share")


def _exec_line() -> str:
    if getattr(sys, "frozen", False):
        return f'"{sys.executable}" %F'
    script = shutil.which("journeyeditor")
    return f'"{script}" %F' if script else f'"{sys.executable}" -m journeyeditor %F'


def register_file_handler(force: bool = False) -> bool:
    """Install the desktop entry, MIME type and icon for this user; True if anything changed."""
    if not sys.platform.startswith("linux"):
        return False
    home = _data_home()
    desktop_text = resource("desktop", f"{APP_ID}.desktop").read_text(encoding="utf-8")
    desktop_text = desktop_text.replace("Exec=journeyeditor %F", f"Exec={_exec_line()}")
    targets = {
        home / "applications" / f"{APP_ID}.desktop": desktop_text.encode(),
        home / "mime/packages" / f"{APP_ID}.xml": resource("desktop", f"{APP_ID}.mime.xml").read_bytes(),
        home / "icons/hicolor/256x256/apps" / f"{APP_ID}.png": resource("desktop", f"{APP_ID}.png").read_bytes(),
        home / "icons/hicolor/scalable/mimetypes" / "application-x-journeyeditor-project.svg":
            resource("icons", "journeyeditor.svg").read_bytes(),
    }
    changed = False
    for path, data in targets.items():
        if force or not path.exists() or path.read_bytes() != data:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
            changed = True
    if changed:
        for command in (["update-mime-database", str(home / "mime")],
                        ["update-desktop-database", str(home / "applications")],
                        ["xdg-mime", "default", f"{APP_ID}.desktop", "application/x-journeyeditor-project"]):
            if shutil.which(command[0]):
                subprocess.run(command, capture_output=True, timeout=20)
    return changed
