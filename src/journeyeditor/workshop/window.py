"""The workshop's part of the main window: the Voting and Comments panels, their menu entries
(Map ▸ New Voting Round…, Insert ▸ Add Comment…, View ▸ Show Votes), the marks on the canvas
and the canvas's clicks while a round is open. The window makes one WorkshopUi and attaches
it to each scene it shows."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDockWidget, QMenu

from ..canvas.workshop_marks import CanvasMarks
from ..i18n import tr
from ..model import Card, Comment, Map, ModelError, Stage, Step
from ..reports.comments import subject_text
from ..reports.rounds import round_label
from .comments import CommentDialog, CommentsPanel, ask_author
from .voting import CanvasVoting, TurnBadge, VotingController
from .voting_panel import NewRoundDialog, VotingPanel

#: what a comment can be on, by a canvas item's kind
COMMENTABLE = ("card", "stage", "step")


class WorkshopUi(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.settings = window.settings
        self.controller: VotingController | None = None
        self.canvas_voting: CanvasVoting | None = None
        self.marks: CanvasMarks | None = None
        self.scene = None
        self.turn: TurnBadge | None = None
        self._comments_stale = False
        self.voting_panel = VotingPanel()
        self.comments_panel = CommentsPanel()
        self.voting_dock = self._dock(tr("Voting"), self.voting_panel, "voting")
        self.comments_dock = self._dock(tr("Comments"), self.comments_panel, "comments")
        self.voting_panel.new_round_requested.connect(self.new_round)
        self.voting_panel.round_chosen.connect(self._round_chosen)
        self.voting_panel.card_chosen.connect(self.select_subject)
        self.voting_panel.selected_card = self._selected_card
        self.voting_panel.done = lambda: self.window.view.setFocus()  # voting goes on on the map
        self.comments_panel.subject_chosen.connect(self.select_subject)
        self.comments_panel.reply_requested.connect(self.reply)
        self.comments_panel.message.connect(self._say)
        window.engine.comments = True
        window.engine.votes = "" if self.settings.show_votes else None
        self._chosen_round = ""
        self._add_actions()

    def _dock(self, title: str, widget, name: str) -> QDockWidget:
        """A panel tabbed with the inspector (the whole right column's height for the tally and
        the threads), hidden until asked for: a round set up, a comment written, the View menu."""
        dock = QDockWidget(title, self.window)
        dock.setObjectName(name)
        dock.setWidget(widget)
        self.window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        inspector = self.window.findChild(QDockWidget, "inspector")
        if inspector is not None:
            self.window.tabifyDockWidget(inspector, dock)
        dock.hide()
        return dock

    def _bring_up(self, dock: QDockWidget) -> None:
        """Show a panel, tall enough for its lists (the card types' palette gives way)."""
        if not dock.isVisible():
            dock.show()
            self.window.resizeDocks([dock], [int(self.window.height() * 0.62)], Qt.Orientation.Vertical)
        dock.raise_()

    def _menu(self, title: str) -> QMenu | None:
        return next((a.menu() for a in self.window.menuBar().actions() if a.menu() and a.text() == title), None)

    def _add_actions(self) -> None:
        window = self.window
        map_menu, insert, view = self._menu(tr("&Map")), self._menu(tr("&Insert")), self._menu(tr("&View"))
        if map_menu is not None:
            map_menu.addSeparator()
            window._action(map_menu, tr("New &Voting Round…"), self.new_round, "Ctrl+Alt+V", needs="edit")
        if insert is not None:
            window._action(insert, tr("Add Co&mment…"), self.add_comment_to_selection, "Ctrl+Alt+M", needs="edit")
        if view is not None:
            view.addSeparator()
            self.show_votes_action = window._action(view, tr("Show &Votes"), self._toggle_votes)
            self.show_votes_action.setCheckable(True)
            self.show_votes_action.setChecked(self.settings.show_votes)
            for dock in (self.voting_dock, self.comments_dock):
                view.addAction(dock.toggleViewAction())

    # ------------------------------------------------------------------ the scene
    def attach(self, scene) -> None:
        """Follow a scene (a document opened in the window): its editor, maps and selection."""
        if self.canvas_voting is not None and shiboken6.isValid(self.canvas_voting):
            self.canvas_voting.detach()
        self.scene = scene
        editor = scene.editor
        self.controller = VotingController(editor, scene)
        self.controller.message.connect(self._say)
        self.controller.changed.connect(self._voting_changed)
        self.canvas_voting = CanvasVoting(self.controller, scene, self.window.view)
        if self.turn is not None:
            self.turn.deleteLater()
        self.turn = TurnBadge(self.controller, self.window.view)
        self.marks = CanvasMarks(scene)
        self.voting_panel.set_controller(self.controller)
        self.comments_panel.set_editor(editor)
        editor.project.subscribe(self._note_change)
        editor.undo_stack.indexChanged.connect(self._stack_moved)
        scene.map_changed.connect(self._map_changed)
        scene.selectionChanged.connect(self._selection_changed)
        self.marks.sync()  # the scene shows its first map already
        self._map_changed()

    def _note_change(self, change) -> None:
        if change.entity_type in ("comment", "card", "stage", "step", "map"):
            self._comments_stale = True

    def _stack_moved(self, *_args) -> None:
        if self._comments_stale:
            self._comments_stale = False
            self.comments_panel.reload()

    def _map_changed(self) -> None:
        scene = self.scene
        if scene is None or not shiboken6.isValid(scene):
            return
        self.voting_panel.set_map(scene.map_id)
        self.turn.update_turn(scene.map_id)
        self.comments_panel.set_map(scene.map_id)
        if self.marks is not None and self.controller is not None:
            self.marks.dim(self.controller.ineligible_cards(scene.map_id))

    def _selection_changed(self) -> None:
        scene = self.scene
        if scene is None or not shiboken6.isValid(scene):
            return
        ids = scene.selected_ids()
        if len(ids) == 1:
            self.comments_panel.show_subject(ids[0])

    def _selected_card(self) -> str | None:
        cards = self.scene.selected_card_ids() if self.scene is not None else []
        return cards[0] if cards else None

    def _say(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 8000)

    # ------------------------------------------------------------------ voting
    def _show_round(self, round_id: str) -> None:
        """The cards show this round's dots ("": the map's latest), if votes are shown."""
        self._chosen_round = round_id
        engine = self.window.engine
        wanted = round_id if self.settings.show_votes else None
        if engine.votes != wanted:
            engine.votes = wanted
            self.scene.refresh()

    def _round_chosen(self, round_id: str) -> None:
        if self.scene is not None:
            self._show_round(round_id)

    def _toggle_votes(self) -> None:
        self.settings.show_votes = self.show_votes_action.isChecked()
        if self.scene is not None:
            self._show_round(self._chosen_round)

    def _voting_changed(self) -> None:
        scene = self.scene
        if scene is None or not shiboken6.isValid(scene) or self.marks is None:
            return
        self.marks.dim(self.controller.ineligible_cards(scene.map_id))

    def new_round(self) -> None:
        """Map ▸ New Voting Round…: set a round up and open it for voting, as one undo step."""
        window = self.window
        if not window._guard():
            return
        map_id = self.scene.map_id
        dialog = NewRoundDialog(window.document.project, map_id, self.settings.last_round(), window)
        if not dialog.exec():
            return
        self.settings.set_last_round(dialog.remembered())
        setup = dialog.setup()
        try:
            voting = window.document.editor.start_round(map_id, setup["name"], setup["participants"],
                                                        setup["votes_each"], setup["lane_kinds"],
                                                        setup["card_types"], setup["anonymous"])
        except ModelError as error:
            self._say(str(error))
            return
        if not self.settings.show_votes:  # the dots are what a round is for: show them
            self.show_votes_action.setChecked(True)
            self.settings.show_votes = True
        self._show_round(voting.id)
        self._bring_up(self.voting_dock)
        self.controller.start(voting.id)
        self.window.view.setFocus()  # the keys (1–9, Tab, Enter) work on the map at once
        self._say(tr("“{0}” is open: click cards to vote; {1}'s turn").format(
            round_label(window.document.project, voting), self.controller.name()))

    # ------------------------------------------------------------------ comments
    def select_subject(self, subject_id: str) -> None:
        """Select a card or a stage or step header on the map, and bring it into view (the map
        itself: nothing selected)."""
        scene = self.scene
        if scene is None or not subject_id:
            return
        subject = scene.project.get(subject_id)
        if isinstance(subject, Card) and subject_id in scene.cards:
            item = scene.cards[subject_id]
            scene.clearSelection()
            item.setSelected(True)
            self.window.view.centerOn(item)
        elif isinstance(subject, (Stage, Step)) and subject_id in scene.headers:
            scene.select_header(subject_id)
        elif isinstance(subject, Map):
            scene.clearSelection()

    def subject_of(self, item) -> str | None:
        """What a comment made from a canvas item is on: a card, stage or step; else the map."""
        kind = getattr(item, "kind", "") if item is not None else ""
        if kind in COMMENTABLE:
            return item.entity_id
        return self.scene.map_id if self.scene is not None else None

    def add_comment_to_selection(self) -> None:
        """Insert ▸ Add Comment…: on the selected card, stage or step, else on the map."""
        selected = [i for i in self.scene.selectedItems() if getattr(i, "kind", "") in COMMENTABLE] \
            if self.scene is not None else []
        self.add_comment(self.subject_of(selected[0] if selected else None))

    def add_comment(self, subject_id: str | None) -> None:
        window = self.window
        if not subject_id or not window._guard():
            return
        project = window.document.project
        author = ask_author(self.settings, window)
        if author is None:
            return
        dialog = CommentDialog(tr("Add Comment"), subject_text(project, subject_id, tr), window)
        if not dialog.exec() or not dialog.text():
            return
        try:
            comment = window.document.editor.comment(subject_id, dialog.text(), author)
        except ModelError as error:
            self._say(str(error))
            return
        self._show_comment(comment)

    def reply(self, thread_id: str) -> None:
        window = self.window
        if window.document is None or window.document.read_only:
            return
        project = window.document.project
        thread = project.get(thread_id)
        if not isinstance(thread, Comment):
            return
        author = ask_author(self.settings, window)
        if author is None:
            return
        dialog = CommentDialog(tr("Reply"), subject_text(project, thread.subject_id, tr), window,
                               f"{thread.author}: {thread.text}" if thread.author else thread.text)
        if not dialog.exec() or not dialog.text():
            return
        try:
            comment = window.document.editor.comment(thread.subject_id, dialog.text(), author, thread.id)
        except ModelError as error:
            self._say(str(error))
            return
        self._show_comment(comment)

    def _show_comment(self, comment: Comment) -> None:
        """A comment just written, shown in the panel (which opens if it was closed)."""
        panel = self.comments_panel
        self._stack_moved()
        start = self.window.document.project.get(comment.parent_id) if comment.parent_id else comment
        if getattr(start, "resolved", False) and panel.filter.currentData() == "open":
            panel.set_filter("all")
        self._bring_up(self.comments_dock)
        panel.select_comment(comment.id, quiet=True)

    def threads_on(self, subject_id: str) -> tuple[int, int]:
        """(open, all) threads on a subject."""
        if self.window.document is None:
            return (0, 0)
        starts = [c for c in self.window.document.project.contents(self.scene.map_id).comments.values()
                  if c.subject_id == subject_id and not c.parent_id]
        return sum(1 for c in starts if not c.resolved), len(starts)

    def show_comments_of(self, subject_id: str) -> None:
        open_, total = self.threads_on(subject_id)
        if open_ == 0 and total:
            self.comments_panel.set_filter("all")
        self._bring_up(self.comments_dock)
        self.comments_panel.show_subject(subject_id)
        self.comments_panel.tree.setFocus()


def add_comment_entries(window, menu: QMenu, item) -> None:
    """The context menu's comment entries: Add Comment… on a card, stage or step header, or the
    map (anywhere else), and Comments (N open) where there are threads."""
    workshop = getattr(window, "workshop", None)
    if workshop is None or window.scene is None or window.scene.map_id is None:
        return
    subject_id = workshop.subject_of(item)
    kind = getattr(item, "kind", "") if item is not None else ""
    if kind and kind not in COMMENTABLE:
        return  # a lane header, a connector, a face: comments go on cards, stages, steps and maps
    writable = window.document is not None and not window.document.read_only
    menu.addSeparator()
    text = tr("Add Comment…") if kind else tr("Add Comment on the Map…")
    menu.addAction(text, lambda: workshop.add_comment(subject_id)).setEnabled(writable)
    open_, total = workshop.threads_on(subject_id)
    if total:
        menu.addAction(tr("Comments ({0} open)").format(open_), lambda: workshop.show_comments_of(subject_id))
