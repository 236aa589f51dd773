"""An open project: its file, its model and its editor, for one window."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from ..editor import Editor
from ..history import snapshots
from ..history.snapshots import keep_daily
from ..i18n import tr
from ..persistence import ProjectStore
from ..persistence.library import LibraryStore, is_library_address


class Document:
    def __init__(self, store: ProjectStore) -> None:
        self.store = store
        self.project = store.project
        self.editor = Editor(store.project, store)
        #: the window's title when it is not the file's name (a snapshot opened read-only)
        self.caption = ""
        self._temporary: Path | None = None  # a folder removed on close
        keep_daily(store)  # the first edit of each day keeps the day before as a snapshot
        #: a library project: others' changes arrive, the server may go and come back
        self.sync = None
        if isinstance(store, LibraryStore):
            from .library_sync import LibrarySync

            self.sync = LibrarySync(self.editor, store)

    @classmethod
    def open(cls, path, read_only: bool = False, password: str | None = None) -> Document:
        """A project file, or a library project given its address (postgresql://…?project=NAME)."""
        if is_library_address(str(path)):
            store = LibraryStore.open(str(path), read_only=read_only, password=password)
            try:
                return cls(store)
            except BaseException:
                store.close(discard_pending=True)
                raise
        return cls(ProjectStore.open(path, read_only=read_only))

    @classmethod
    def open_snapshot(cls, store: ProjectStore, snapshot: snapshots.Snapshot) -> Document:
        """A snapshot as a project of its own, read-only. It is written to a private temporary file
        (removed on close) and opened like any file, so every view, export and Copy works on it as on
        the project itself; cards and maps go into the project by Copy and Paste."""
        project = snapshots.load(store, snapshot.id)
        folder = Path(tempfile.mkdtemp(prefix="journeyeditor-snapshot-"))
        try:
            path = folder / store.path.name
            ProjectStore.create(path, project).close()
            document = cls(ProjectStore.open(path, read_only=True))
        except BaseException:
            shutil.rmtree(folder, ignore_errors=True)
            raise
        document.store.read_only_reason = tr("a snapshot; copy cards from it and paste them into the project")
        document.caption = tr("{0} — snapshot “{1}” (read-only)").format(store.path.name, snapshot.label)
        document._temporary = folder
        return document

    @property
    def is_library(self) -> bool:
        return self.sync is not None

    @property
    def path(self) -> Path:  # a LibraryAddress for a library project: it has name, stem and resolve()
        return self.store.path

    @property
    def read_only(self) -> bool:
        return self.store.read_only

    def close(self, discard_pending: bool = False) -> None:
        """Close the file. Raises WriteError, with nothing closed, when the last changes can't
        be written; `discard_pending` closes without them."""
        self.store.close(discard_pending)
        if self.sync is not None:
            self.sync.close()
        self.editor.undo_stack.blockSignals(True)  # nothing listens once the file is closed
        self.editor.undo_stack.clear()
        if self._temporary is not None:
            shutil.rmtree(self._temporary, ignore_errors=True)
            self._temporary = None
