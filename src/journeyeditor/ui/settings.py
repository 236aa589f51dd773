"""The app's remembered settings, typed, in one place: nothing else calls QSettings."""

from __future__ import annotations

import json

from PySide6.QtCore import QByteArray, QSettings

MAX_RECENT = 10


class Settings:
    def __init__(self, settings: QSettings | None = None) -> None:
        self._s = settings or QSettings()

    def _list(self, key: str) -> list[str]:
        value = self._s.value(key, [])
        if isinstance(value, str):
            return [value] if value else []
        return [str(v) for v in (value or [])]

    @property
    def recent_files(self) -> list[str]:
        return self._list("files/recent")

    def add_recent(self, path: str) -> None:
        files = [path] + [p for p in self.recent_files if p != path]
        self._s.setValue("files/recent", files[:MAX_RECENT])
        self._s.setValue("files/last", path)

    def remove_recent(self, path: str) -> None:
        self._s.setValue("files/recent", [p for p in self.recent_files if p != path])

    @property
    def last_project(self) -> str:
        return str(self._s.value("files/last", "") or "")

    @property
    def library_server(self) -> dict:
        """The last library server of Open from Library: host, port, database, user (never a password)."""
        try:
            value = json.loads(str(self._s.value("library/server", "") or "{}"))
        except ValueError:
            return {}
        return {k: value[k] for k in ("host", "port", "database", "user") if k in value} \
            if isinstance(value, dict) else {}

    def set_library_server(self, server: dict) -> None:
        self._s.setValue("library/server", json.dumps({k: server[k] for k in ("host", "port", "database", "user")
                                                       if k in server}))

    def window_geometry(self) -> QByteArray | None:
        return self._s.value("window/geometry")

    def window_state(self) -> QByteArray | None:
        return self._s.value("window/state")

    def save_window(self, geometry: QByteArray, state: QByteArray) -> None:
        self._s.setValue("window/geometry", geometry)
        self._s.setValue("window/state", state)

    def last_folder(self) -> str:
        """Where file dialogs start: the last folder used, else the user's documents folder."""
        from pathlib import Path

        from PySide6.QtCore import QStandardPaths

        folder = str(self._s.value("files/folder", "") or "")
        if folder and Path(folder).is_dir():
            return folder
        documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        return documents if documents and Path(documents).is_dir() else str(Path.home())

    def set_last_folder(self, path: str) -> None:
        from pathlib import Path

        folder = Path(path)
        self._s.setValue("files/folder", str(folder if folder.is_dir() else folder.parent))

    def _flag(self, key: str, default: bool) -> bool:
        value = self._s.value(key, default)
        return value.lower() == "true" if isinstance(value, str) else bool(value)  # ini files keep strings

    @property
    def persona_sheet(self) -> bool:
        """View ▸ Persona Sheet: maps show their personas' sheet under the legend."""
        return self._flag("view/persona_sheet", True)

    @persona_sheet.setter
    def persona_sheet(self, shown: bool) -> None:
        self._s.setValue("view/persona_sheet", shown)

    @property
    def emotion_notes(self) -> bool:
        """View ▸ Emotion Notes: emotion points' notes as captions by their faces."""
        return self._flag("view/emotion_notes", True)

    @emotion_notes.setter
    def emotion_notes(self, shown: bool) -> None:
        self._s.setValue("view/emotion_notes", shown)

    @property
    def heatmap(self) -> str:
        """View ▸ Heatmap: what the columns are washed by ("" for none; model/heatmap.py's `by`)."""
        return str(self._s.value("view/heatmap", "") or "")

    @heatmap.setter
    def heatmap(self, by: str) -> None:
        self._s.setValue("view/heatmap", by)

    @property
    def language(self) -> str:
        """Preferences ▸ Language: a catalogue language ("fa", "zh_TW" …), "en", or "" to follow
        the system."""
        return str(self._s.value("ui/language", "") or "")

    @language.setter
    def language(self, language: str) -> None:
        self._s.setValue("ui/language", language)

    @property
    def theme(self) -> str:
        """View ▸ Theme: "system" (the default: follow the system's light or dark), "light",
        "dark" or "high-contrast"."""
        return str(self._s.value("view/theme", "system") or "system")

    @theme.setter
    def theme(self, name: str) -> None:
        self._s.setValue("view/theme", name)

    @property
    def timer_minutes(self) -> int:
        """Presentation mode's timer: its length (Shift+T sets it)."""
        try:
            return max(1, int(self._s.value("present/timer_minutes", 5)))
        except (TypeError, ValueError):
            return 5

    @timer_minutes.setter
    def timer_minutes(self, minutes: int) -> None:
        self._s.setValue("present/timer_minutes", int(minutes))

    @property
    def timer_countdown(self) -> bool:
        """Presentation mode's timer counts down (else it is a stopwatch)."""
        return self._flag("present/timer_countdown", True)

    @timer_countdown.setter
    def timer_countdown(self, countdown: bool) -> None:
        self._s.setValue("present/timer_countdown", countdown)

    def export_options(self, kind: str) -> dict:
        try:
            return json.loads(str(self._s.value(f"export/{kind}", "{}")))
        except ValueError:
            return {}

    def set_export_options(self, kind: str, options: dict) -> None:
        self._s.setValue(f"export/{kind}", json.dumps(options))

    # ---------------------------------------------------------------- imports
    @staticmethod
    def _headers_key(headers: list[str]) -> str:
        import hashlib

        return hashlib.sha1(json.dumps(headers, ensure_ascii=False).encode("utf-8")).hexdigest()[:16]

    def import_mapping(self, headers: list[str]) -> list[str] | None:
        """The roles chosen the last time a table with exactly these headers was imported."""
        try:
            roles = json.loads(str(self._s.value(f"import/{self._headers_key(headers)}", "null")))
        except ValueError:
            return None
        return roles if isinstance(roles, list) and len(roles) == len(headers) else None

    def set_import_mapping(self, headers: list[str], roles: list[str]) -> None:
        self._s.setValue(f"import/{self._headers_key(headers)}", json.dumps(roles, ensure_ascii=False))

    # ---------------------------------------------------------------- workshops
    @property
    def author(self) -> str:
        """Preferences ▸ Your name: the author of the comments written here."""
        return str(self._s.value("comments/author", "") or "")

    @author.setter
    def author(self, name: str) -> None:
        self._s.setValue("comments/author", name.strip())

    @property
    def show_votes(self) -> bool:
        """View ▸ Show Votes: the voting round's dots on the cards."""
        return self._flag("view/votes", True)

    @show_votes.setter
    def show_votes(self, shown: bool) -> None:
        self._s.setValue("view/votes", shown)

    def last_round(self) -> dict:
        """The last voting round set up: participants [[name, colour]], votes each, card types,
        anonymous and its number of participants (to start the next round from)."""
        try:
            value = json.loads(str(self._s.value("workshop/round", "{}")))
        except ValueError:
            return {}
        return value if isinstance(value, dict) else {}

    def set_last_round(self, setup: dict) -> None:
        self._s.setValue("workshop/round", json.dumps(setup))

    def sync(self) -> None:
        self._s.sync()
