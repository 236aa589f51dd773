"""File ▸ History: the project's snapshots (date, name, what each held), and for the one chosen:
compare it with now or with a later snapshot, or pick it by a date ("Since…": "6 months ago") —
a change list to step through, where choosing a card's change selects the card; or compare a
future-state map with its source map. Open the chosen snapshot read-only in a window of its own
(copy cards from it and paste them into the project), restore the whole project to it (one undo
step, the present kept as a snapshot first), or copy one of its maps beside the others."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..history import restore, snapshots
from ..history.diff import Change, diff_maps, diff_projects
from ..i18n import tr
from ..model import Card
from ..persistence import ProjectFileError

ID_ROLE = Qt.ItemDataRole.UserRole


def snapshot_text(snapshot: snapshots.Snapshot) -> str:
    kind = tr("named") if snapshot.kind == snapshots.NAMED else tr("automatic")
    held = tr("{0} maps, {1} cards").format(snapshot.maps, snapshot.cards)
    if snapshot.changes:
        held += tr("; {0} changes in {1} maps since the one before").format(snapshot.changes, snapshot.maps_changed)
    return tr("{0} · {1} · {2} · {3}").format(f"{snapshot.created:%Y-%m-%d %H:%M}",
                                            snapshot.name or tr("day before"), kind, held)


class HistoryPanel(QWidget):
    card_requested = Signal(str)
    #: a change that is not a present card: its id and its map's, to show its mark
    mark_requested = Signal(str, str)
    problem = Signal(str)
    #: the earlier Project, the changes and the map compared with ("" for the same map), for the canvas's marks
    compared = Signal(object, list, str)
    compare_ended = Signal()
    #: a snapshot to open read-only in a window of its own
    open_requested = Signal(object)
    #: two snapshots to compare (earlier, later): the later is opened read-only with the changes marked
    compare_requested = Signal(object, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = None
        self.snapshot_list = QListWidget()
        self.snapshot_list.setAccessibleName(tr("Snapshots"))
        self.later_box = QComboBox()  # what the chosen snapshot is compared with: now, or a later snapshot
        self.later_box.setAccessibleName(tr("Compare with"))
        self.compare_button = QPushButton(tr("Compare"))
        self.since_button = QPushButton(tr("Since…"))
        self.since_button.setToolTip(tr("Compare with the latest snapshot taken by a date: 2026-05-31, "
                                        "or 6 months ago"))
        self.open_button = QPushButton(tr("Open Read-Only"))
        self.restore_button = QPushButton(tr("Restore Project…"))
        self.copy_button = QPushButton(tr("Copy a Map…"))
        self.stop_button = QPushButton(tr("Stop Comparing"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.change_list = QListWidget()
        self.change_list.setAccessibleName(tr("Changes"))
        comparing = QHBoxLayout()
        comparing.addWidget(QLabel(tr("Compare with:")))
        comparing.addWidget(self.later_box, 1)
        for button in (self.compare_button, self.since_button, self.stop_button):
            comparing.addWidget(button)
        buttons = QHBoxLayout()
        for button in (self.open_button, self.restore_button, self.copy_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        # the snapshots and their buttons beside the change list: the dock under the canvas stays low
        chooser = QVBoxLayout()
        chooser.addWidget(self.snapshot_list, 1)
        chooser.addLayout(comparing)
        chooser.addLayout(buttons)
        changes = QVBoxLayout()
        changes.addWidget(self.summary)
        changes.addWidget(self.change_list, 1)
        layout = QHBoxLayout(self)
        layout.addLayout(chooser, 1)
        layout.addLayout(changes, 1)
        self.compare_button.clicked.connect(self.compare)
        self.since_button.clicked.connect(self.ask_since)
        self.open_button.clicked.connect(self.open_read_only)
        self.restore_button.clicked.connect(self.restore_project)
        self.copy_button.clicked.connect(self.copy_map)
        self.stop_button.clicked.connect(self.stop_comparing)
        self.snapshot_list.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.change_list.currentItemChanged.connect(self._change_chosen)
        self.changes: list[Change] = []
        self._recompare = None  # while comparing: makes the list again after an edit
        self._update_buttons()

    def set_document(self, document) -> None:
        self.document = document
        self.stop_comparing()
        document.editor.undo_stack.indexChanged.connect(self._follow_edits)
        self.refresh()

    def _follow_edits(self, _index: int = 0) -> None:
        # the day's first edit may have kept an automatic snapshot (the step is in the file by now);
        # once the store's daily hook is idle (today's snapshot seen) no edit can add or prune one,
        # so the list is read only around the day's first edits, not on every step; and not while a
        # library's server is away: the step waits unsent, and there is nothing to read
        store = self.document.store if self.document is not None else None
        daily = getattr(store, "before_write", None)
        if store is not None and not getattr(store, "offline", False) and \
                not (daily is not None and getattr(daily, "idle", lambda: False)()) and \
                len(snapshots.list_snapshots(store)) != self.snapshot_list.count():
            self.refresh()
        # the list (and the canvas's marks) compare with the project as it is now, edit after edit
        if self._recompare is not None:
            self._recompare()

    def stop_comparing(self) -> None:
        self._recompare = None
        self.changes = []
        self.change_list.clear()
        self.summary.clear()
        self.compare_ended.emit()
        self._update_buttons()

    def refresh(self) -> None:
        """The snapshots, newest first (listing reads no snapshot data); and in the Compare-with
        box, now and each of them."""
        chosen = self.snapshot_list.currentItem().data(ID_ROLE) if self.snapshot_list.currentItem() else None
        self.snapshot_list.clear()
        later = self.later_box.currentData()
        self.later_box.clear()
        self.later_box.addItem(tr("Now"), "")
        if self.document is not None:
            for snapshot in reversed(snapshots.list_snapshots(self.document.store)):
                item = QListWidgetItem(snapshot_text(snapshot))
                item.setData(ID_ROLE, snapshot.id)
                self.snapshot_list.addItem(item)
                self.later_box.addItem(f"{snapshot.created:%Y-%m-%d %H:%M} {snapshot.label}", snapshot.id)
                if snapshot.id == chosen:
                    self.snapshot_list.setCurrentItem(item)
        self.later_box.setCurrentIndex(max(0, self.later_box.findData(later)))
        self._update_buttons()

    def _snapshot(self, snapshot_id: str) -> snapshots.Snapshot | None:
        if self.document is None:
            return None
        return next((s for s in snapshots.list_snapshots(self.document.store) if s.id == snapshot_id), None)

    def _chosen(self) -> snapshots.Snapshot | None:
        item = self.snapshot_list.currentItem()
        return None if item is None else self._snapshot(item.data(ID_ROLE))

    def _update_buttons(self) -> None:
        chosen = self.snapshot_list.currentItem() is not None
        has_snapshots = self.snapshot_list.count() > 0
        writable = self.document is not None and not self.document.read_only
        self.compare_button.setEnabled(chosen)
        self.since_button.setEnabled(has_snapshots)
        self.later_box.setEnabled(has_snapshots)
        self.open_button.setEnabled(chosen)
        self.restore_button.setEnabled(chosen and writable)
        self.copy_button.setEnabled(chosen and writable)
        self.stop_button.setEnabled(bool(self.changes) or bool(self.summary.text()))

    def save_snapshot(self, name: str) -> snapshots.Snapshot:
        taken = snapshots.take(self.document.store, name)
        self.refresh()
        self.snapshot_list.setCurrentRow(0)
        return taken

    def compare(self) -> None:
        """The chosen snapshot with what the Compare-with box says: now, or another snapshot (the
        older of the two is the earlier)."""
        chosen = self._chosen()
        if chosen is None:
            return
        later = self._snapshot(self.later_box.currentData() or "")
        if later is None:
            self.compare_with_now()
        elif later.id == chosen.id:
            self.problem.emit(tr("Choose two different snapshots to compare"))
        else:
            earlier, later = sorted((chosen, later), key=lambda s: (s.created, s.id))
            self.compare_requested.emit(earlier, later)

    def ask_since(self) -> None:
        # the choices in the user's language; what `snapshots.as_of` reads behind them
        choices = {tr("1 week ago"): "1 week ago", tr("1 month ago"): "1 month ago",
                   tr("3 months ago"): "3 months ago", tr("6 months ago"): "6 months ago",
                   tr("1 year ago"): "1 year ago"}
        text, ok = QInputDialog.getItem(self, tr("Compare Since"), tr(
            "Since when? Choose, or type a date (2026-05-31) or a snapshot's name:"), list(choices), 3, True)
        if ok and text.strip():
            self.compare_since(choices.get(text, text.strip()))

    def compare_since(self, when: str) -> bool:
        """The latest snapshot taken by that date (or named so), chosen and compared as the
        Compare-with box says; False, with the reason said, if there is none."""
        found = snapshots.find(snapshots.list_snapshots(self.document.store), when)
        if found is None:
            self.problem.emit(tr("No snapshot taken by “{0}” (dates are 2026-05-31 or 6 months ago)").format(when))
            return False
        for row in range(self.snapshot_list.count()):
            if self.snapshot_list.item(row).data(ID_ROLE) == found.id:
                self.snapshot_list.setCurrentRow(row)
        self.compare()
        return True

    def compare_with_now(self) -> None:
        chosen = self._chosen()
        if chosen is None:
            return
        self.compare_with(snapshots.load(self.document.store, chosen.id),
                          tr("{0} changes since {1}").format("{0}", chosen.label))

    def compare_with(self, earlier, summary: str) -> None:
        """An earlier state of this project (a snapshot's Project) with this one, following edits.
        `summary` has {0} for the number of changes."""
        self._recompare = lambda: self._show_changes(earlier, diff_projects(earlier, self.document.project),
                                                     summary, "")
        self._recompare()

    def open_read_only(self) -> None:
        chosen = self._chosen()
        if chosen is not None:
            self.open_requested.emit(chosen)

    def compare_with_source(self, map_id: str) -> bool:
        """A derived map (a future state) against the map it was made from; False if it has none."""
        project = self.document.project
        source_id = project.require(map_id).source_map_id
        if not source_id or project.get(source_id) is None:
            return False
        def recompare() -> None:
            if project.get(map_id) is None or project.get(source_id) is None:  # one of them deleted
                self.stop_comparing()
                return
            self._show_changes(project, diff_maps(project, source_id, project, map_id),
                               tr("{0} differences from {1}").format("{0}", project.require(source_id).name),
                               source_id)

        self._recompare = recompare
        recompare()
        return True

    def _show_changes(self, earlier, changes: list[Change], summary: str, earlier_map_id: str) -> None:
        self.changes = changes
        self.summary.setText(summary.format(len(changes)))
        self.change_list.clear()
        for change in changes:
            item = QListWidgetItem(change.text())
            item.setData(ID_ROLE, change.id)
            self.change_list.addItem(item)
        self.compared.emit(earlier, changes, earlier_map_id)
        self._update_buttons()

    def _change_chosen(self, item: QListWidgetItem | None, _previous=None) -> None:
        if item is None or self.document is None:
            return
        if isinstance(self.document.project.get(item.data(ID_ROLE)), Card):
            self.card_requested.emit(item.data(ID_ROLE))
        else:  # a removed card's ghost, a header, a connector, a metric, an emotion point: its mark
            change = self.changes[self.change_list.row(item)]
            self.mark_requested.emit(change.id, change.map_id)

    def restore_project(self) -> None:
        chosen = self._chosen()
        if chosen is None:
            return
        answer = QMessageBox.question(self, tr("Restore Project"), tr(
            "Restore the whole project as it was at “{0}”? The present state is kept as a snapshot first, "
            "and Edit ▸ Undo takes the restore back.").format(chosen.label))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.restore(chosen.id)
        except (snapshots.SnapshotError, ProjectFileError) as error:  # the present could not be kept first
            self.problem.emit(str(error))

    def restore(self, snapshot_id: str) -> None:
        restore.restore_project(self.document.editor, self.document.store, snapshot_id)
        self.refresh()

    def copy_map(self) -> None:
        chosen = self._chosen()
        if chosen is None:
            return
        earlier = snapshots.load(self.document.store, chosen.id)
        names = [m.name for m in earlier.maps]
        if not names:
            self.problem.emit(tr("That snapshot has no maps"))
            return
        name, ok = QInputDialog.getItem(self, tr("Copy a Map"), tr("Map of “{0}”:").format(chosen.label), names,
                                        0, False)
        if ok:
            restore.copy_map(self.document.editor, self.document.store, chosen.id,
                             earlier.maps[names.index(name)].id)
