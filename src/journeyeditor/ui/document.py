"""An open project: its file, its model and its editor, for one window."""

from __future__ import annotations

from pathlib import Path

from ..editor import Editor
from ..history.snapshots import keep_daily
from ..persistence import ProjectStore


class Document:
    def __init__(self, store: ProjectStore) -> None:
        self.store = store
        self.project = store.project
        self.editor = Editor(store.project, store)
        keep_daily(store)  # the first edit of each day keeps the day before as a snapshot

    @classmethod
    def open(cls, path: str | Path, read_only: bool = False) -> Document:
        return cls(ProjectStore.open(path, read_only=read_only))

    @property
    def path(self) -> Path:
        return self.store.path

    @property
    def read_only(self) -> bool:
        return self.store.read_only

    def close(self, discard_pending: bool = False) -> None:
        """Close the file. Raises WriteError, with nothing closed, when the last changes can't
        be written; `discard_pending` closes without them."""
        self.store.close(discard_pending)
        self.editor.undo_stack.blockSignals(True)  # nothing listens once the file is closed
        self.editor.undo_stack.clear()
