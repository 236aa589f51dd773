"""Setting a voting round up and following it: the New Voting Round dialog, and the Voting
panel (the map's rounds, whose turn it is with the dots left, the live tally, the round's
buttons)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QColorDialog,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..i18n import tr
from ..layout.style import CARD_LABELS, LANE_KIND_LABELS
from ..model import ModelError, VotingRound
from ..model.voting import (
    DOT_COLOURS,
    eligible,
    participant_colour,
    participant_name,
    rounds_of,
    votes_left,
    votes_of,
)
from ..reports.rounds import given_by, ranked, round_label, what_is_voted, when
from .voting import VotingController, dot_icon

#: what a new round votes on unless the facilitator chooses otherwise
DEFAULT_CARD_TYPES = ("pain-point", "opportunity")
MAX_PARTICIPANTS = 40


# ---------------------------------------------------------------------- new round dialog
class NewRoundDialog(QDialog):
    """Map ▸ New Voting Round…: the round's name, who votes (named, each with a colour, or
    anonymous), how many dots each, and on which card types in which lanes."""

    def __init__(self, project, map_id: str, remembered: dict, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("New Voting Round"))
        self.project, self.map_id = project, map_id
        contents = project.contents(map_id)
        self.name = QLineEdit(tr("Round {0}").format(len(contents.rounds) + 1))
        self.participants = QListWidget()
        self.participants.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                          | QAbstractItemView.EditTrigger.EditKeyPressed
                                          | QAbstractItemView.EditTrigger.SelectedClicked)
        self.participants.setMaximumHeight(150)
        people = remembered.get("participants") or [[tr("Participant {0}").format(i + 1), DOT_COLOURS[i]]
                                                    for i in range(3)]
        for name, colour in people[:MAX_PARTICIPANTS]:
            self.add_participant(name, colour)
        self.add_button = QPushButton(tr("&Add"))
        self.add_button.clicked.connect(lambda: self.add_participant(edit=True))
        self.remove_button = QPushButton(tr("&Remove"))
        self.remove_button.clicked.connect(self.remove_participant)
        self.colour_button = QPushButton(tr("&Colour…"))
        self.colour_button.clicked.connect(self.choose_colour)
        self.anonymous = QCheckBox(tr("A&nonymous: no names, only"))
        self.count = QSpinBox()
        self.count.setRange(1, MAX_PARTICIPANTS)
        self.count.setSuffix(tr(" participants"))
        self.count.setValue(int(remembered.get("count", 5)))
        self.anonymous.setChecked(bool(remembered.get("anonymous", False)))
        self.anonymous.toggled.connect(self._update)
        self.votes_each = QSpinBox()
        self.votes_each.setRange(1, 50)
        self.votes_each.setValue(int(remembered.get("votes_each", 3)))
        self.card_types = self._checklist([(t, tr(label)) for t, label in CARD_LABELS.items()],
                                          remembered.get("card_types") or DEFAULT_CARD_TYPES)
        kinds = list(dict.fromkeys(lane.kind for lane in contents.lanes if lane.kind != "emotions"))
        self.lane_kinds = self._checklist([(k, tr(LANE_KIND_LABELS.get(k, k))) for k in kinds], kinds)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        for checklist in (self.card_types, self.lane_kinds):
            checklist.itemChanged.connect(self._update)

        people_buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.colour_button):
            people_buttons.addWidget(button)
        people_buttons.addStretch(1)
        anonymous_row = QHBoxLayout()
        anonymous_row.addWidget(self.anonymous)
        anonymous_row.addWidget(self.count)
        anonymous_row.addStretch(1)
        what = QHBoxLayout()
        for label, checklist in ((tr("Card types"), self.card_types), (tr("In lanes"), self.lane_kinds)):
            column = QVBoxLayout()
            column.addWidget(QLabel(label))
            column.addWidget(checklist)
            what.addLayout(column)
        form = QFormLayout()
        form.addRow(tr("&Name"), self.name)
        form.addRow(tr("Participants"), self.participants)
        form.addRow("", people_buttons)
        form.addRow("", anonymous_row)
        form.addRow(tr("&Dots each"), self.votes_each)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Start Voting"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addWidget(QLabel(tr("Vote on")))
        box.addLayout(what)
        box.addWidget(self.summary)
        box.addWidget(self.buttons)
        self._update()

    @staticmethod
    def _checklist(entries: list[tuple[str, str]], checked) -> QListWidget:
        checklist = QListWidget()
        checklist.setMaximumHeight(170)
        for value, label in entries:
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, value)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if value in checked else Qt.CheckState.Unchecked)
            checklist.addItem(item)
        return checklist

    def add_participant(self, name: str = "", colour: str = "", edit: bool = False) -> None:
        row = self.participants.count()
        if row >= MAX_PARTICIPANTS:
            return
        used = {self.participants.item(i).data(Qt.ItemDataRole.UserRole) for i in range(row)}
        colour = colour or next((c for c in DOT_COLOURS if c not in used), DOT_COLOURS[row % len(DOT_COLOURS)])
        item = QListWidgetItem(dot_icon(colour), name or tr("Participant {0}").format(row + 1))
        item.setData(Qt.ItemDataRole.UserRole, colour)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        self.participants.addItem(item)
        if edit:
            self.participants.setCurrentItem(item)
            self.participants.editItem(item)

    def remove_participant(self) -> None:
        row = self.participants.currentRow()
        if row >= 0 and self.participants.count() > 1:
            self.participants.takeItem(row)

    def choose_colour(self) -> None:
        item = self.participants.currentItem()
        if item is None:
            return
        colour = QColorDialog.getColor(QColor(item.data(Qt.ItemDataRole.UserRole)), self, tr("Dot colour"))
        if colour.isValid():
            item.setData(Qt.ItemDataRole.UserRole, colour.name().upper())
            item.setIcon(dot_icon(colour.name()))

    @staticmethod
    def _checked(checklist: QListWidget) -> list[str]:
        return [checklist.item(i).data(Qt.ItemDataRole.UserRole) for i in range(checklist.count())
                if checklist.item(i).checkState() == Qt.CheckState.Checked]

    def setup(self) -> dict:
        """The round as chosen: Editor.start_round's arguments (an empty list: no restriction)."""
        if self.anonymous.isChecked():
            people = [("", DOT_COLOURS[i % len(DOT_COLOURS)]) for i in range(self.count.value())]
        else:
            people = [(self.participants.item(i).text().strip(), self.participants.item(i).data(Qt.ItemDataRole.UserRole))
                      for i in range(self.participants.count())]
        types, kinds = self._checked(self.card_types), self._checked(self.lane_kinds)
        return {"name": self.name.text().strip(), "participants": people, "votes_each": self.votes_each.value(),
                "card_types": [] if len(types) == self.card_types.count() else types,
                "lane_kinds": [] if len(kinds) == self.lane_kinds.count() else kinds,
                "anonymous": self.anonymous.isChecked()}

    def remembered(self) -> dict:
        """What the next round starts from (Settings.last_round)."""
        setup = self.setup()
        people = [[self.participants.item(i).text().strip(), self.participants.item(i).data(Qt.ItemDataRole.UserRole)]
                  for i in range(self.participants.count())]
        return {"participants": people, "votes_each": setup["votes_each"], "card_types": self._checked(self.card_types),
                "anonymous": setup["anonymous"], "count": self.count.value()}

    def _update(self) -> None:
        anonymous = self.anonymous.isChecked()
        for widget in (self.participants, self.add_button, self.remove_button, self.colour_button):
            widget.setEnabled(not anonymous)
        self.count.setEnabled(anonymous)
        types, kinds = self._checked(self.card_types), self._checked(self.lane_kinds)
        setup = self.setup()
        trial = VotingRound(self.map_id, lane_kinds=setup["lane_kinds"], card_types=setup["card_types"])
        open_cards = sum(1 for card in self.project.contents(self.map_id).cards.values()
                         if eligible(self.project, trial, card))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if not types or not kinds:
            self.summary.setText(tr("Choose at least one card type and one lane."))
            ok.setEnabled(False)
            return
        self.summary.setText(tr("{0} cards on this map can be voted on.").format(open_cards) if open_cards
                             else tr("No card on this map is of these types in these lanes yet."))
        ok.setEnabled(True)


# ---------------------------------------------------------------------- panel
class VotingPanel(QWidget):
    """View ▸ Voting: the map's rounds (the one chosen shows its dots on the cards), the open
    round's participants with their dots left (the active one highlighted; click, 1–9 or Tab
    to switch), the live tally, and New Round…, Vote / End Round, Next Participant, Take Back,
    Export Results…, Delete Round."""

    round_chosen = Signal(str)  # the round whose dots the cards show ("" : the latest)
    new_round_requested = Signal()
    card_chosen = Signal(str)  # a tally row picked: select its card

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.controller: VotingController | None = None
        self.map_id: str | None = None
        self.selected_card: Callable[[], str | None] = lambda: None  # the window's selected card
        self.done: Callable[[], None] = lambda: None  # after a turn's button: the keys go back to the map
        self._loading = False
        self._stale = True
        self.rounds = QComboBox()
        self.rounds.setToolTip(tr("The round whose dots the cards show"))
        self.rounds.currentIndexChanged.connect(self._round_changed)
        self.new_button = QPushButton(tr("&New Round…"))
        self.new_button.clicked.connect(self.new_round_requested)
        self.vote_button = QPushButton()
        self.vote_button.clicked.connect(self._vote_or_end)
        self.about = QLabel()
        self.about.setWordWrap(True)
        self.participants = QListWidget()
        self.participants.setToolTip(tr("Whose turn it is: click, or press 1–9 or Tab on the map"))
        self.participants.currentRowChanged.connect(self._participant_chosen)
        self.participants.itemClicked.connect(lambda _item: self.done())
        self.next_button = QPushButton(tr("Ne&xt Participant"))
        self.next_button.setToolTip(tr("Tab on the map"))
        self.next_button.clicked.connect(self._next)
        self.take_back_button = QPushButton(tr("&Take Back"))
        self.take_back_button.setToolTip(tr("Take back a dot of the active participant: from the selected card, "
                                            "else their last one (Shift+click or right-click a card does too)"))
        self.take_back_button.clicked.connect(self._take_back)
        self.tally = QTreeWidget()
        self.tally.setHeaderLabels([tr("Rank"), tr("Card"), tr("Votes")])
        self.tally.setRootIsDecorated(False)
        self.tally.header().setStretchLastSection(False)
        self.tally.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.tally.setAlternatingRowColors(True)
        self.tally.itemActivated.connect(self._tally_picked)
        self.tally.itemClicked.connect(self._tally_picked)
        self.export_button = QPushButton(tr("&Export Results…"))
        self.export_button.clicked.connect(self.export_results)
        self.delete_button = QPushButton(tr("&Delete Round"))
        self.delete_button.clicked.connect(self._delete_round)

        top = QHBoxLayout()
        top.addWidget(self.rounds, 1)
        top.addWidget(self.new_button)
        turn = QHBoxLayout()
        turn.addWidget(self.next_button)
        turn.addWidget(self.take_back_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.export_button)
        bottom.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.about)
        layout.addWidget(self.vote_button)
        layout.addWidget(QLabel(tr("Participants")))
        layout.addWidget(self.participants, 1)
        layout.addLayout(turn)
        layout.addWidget(QLabel(tr("Tally")))
        layout.addWidget(self.tally, 2)
        layout.addLayout(bottom)
        self.reload()

    # -------------------------------------------------------------- wiring
    def set_controller(self, controller: VotingController | None) -> None:
        self.controller = controller
        if controller is not None:
            controller.changed.connect(self.reload)
        self.reload()

    def set_map(self, map_id: str | None) -> None:
        if map_id != self.map_id:
            self.map_id = map_id
            self.reload()

    @property
    def project(self):
        return self.controller.project if self.controller is not None else None

    def chosen_round(self) -> VotingRound | None:
        round_id = self.rounds.currentData()
        found = self.project.get(round_id) if round_id and self.project is not None else None
        return found if isinstance(found, VotingRound) else None

    def _map_rounds(self) -> list[VotingRound]:
        if self.project is None or self.map_id is None or self.project.get(self.map_id) is None:
            return []
        return rounds_of(self.project, self.map_id)[::-1]

    # -------------------------------------------------------------- showing
    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    def reload(self) -> None:
        """Show the map's rounds and the chosen one's state (later, if the panel is hidden)."""
        self._stale = not self.isVisible()
        if self._stale:
            return
        controller = self.controller
        rounds = self._map_rounds()
        open_round = controller.voting if controller is not None else None
        if open_round is not None and open_round.map_id != self.map_id:
            open_round = None
        wanted = open_round.id if open_round else self.rounds.currentData()
        self._loading = True
        self.rounds.clear()
        for voting in rounds:
            self.rounds.addItem(round_label(self.project, voting), voting.id)
        if not rounds:
            self.rounds.addItem(tr("No voting rounds on this map"), "")
        index = self.rounds.findData(wanted) if wanted else -1
        self.rounds.setCurrentIndex(max(0, index))
        self._loading = False
        chosen = self.chosen_round()
        writable = controller is not None and not controller.editor.read_only and self.map_id is not None
        self.rounds.setEnabled(bool(rounds) and open_round is None)
        self.new_button.setEnabled(writable and open_round is None)
        self.vote_button.setEnabled(writable and chosen is not None)
        self.vote_button.setText(tr("&End Round") if open_round else
                                 (tr("&Vote in This Round") if chosen and votes_of(self.project, chosen)
                                  else tr("&Start Voting")))
        self.next_button.setEnabled(open_round is not None)
        self.take_back_button.setEnabled(open_round is not None)
        self.export_button.setEnabled(chosen is not None)
        self.delete_button.setEnabled(writable and chosen is not None and open_round is None)
        self._show_about(chosen, open_round is not None)
        self._show_participants(chosen, open_round is not None)
        self._show_tally(chosen)

    def _show_about(self, voting: VotingRound | None, open_: bool) -> None:
        if voting is None:
            self.about.setText(tr("Set up a round with New Round…: who votes, how many dots each, on which cards."))
            return
        people = tr("anonymous, {0} participants").format(len(voting.participants)) if voting.anonymous \
            else tr("{0} participants").format(len(voting.participants))
        text = tr("{0} dots each on {1}; {2}; started {3}.").format(voting.votes_each, what_is_voted(voting, tr), people,
                                                                 when(voting.created))
        if open_:
            text += " " + tr("Click a card to place the active participant's dot.")
        self.about.setText(text)

    def _show_participants(self, voting: VotingRound | None, open_: bool) -> None:
        self._loading = True
        self.participants.clear()
        if voting is not None:
            for p in range(len(voting.participants)):
                left = votes_left(self.project, voting, p)
                number = f"{p + 1}  " if p < 9 else "    "
                item = QListWidgetItem(dot_icon(participant_colour(voting, p)),
                                       tr("{0}{1} — {2} of {3} dots left").format(number, participant_name(voting, p),
                                                                                 left, voting.votes_each))
                if open_ and p == self.controller.participant:
                    font = QFont(item.font())
                    font.setBold(True)
                    item.setFont(font)
                    item.setBackground(QColor(participant_colour(voting, p)).lighter(175))
                self.participants.addItem(item)
            if open_:
                self.participants.setCurrentRow(self.controller.participant)
        self.participants.setEnabled(open_)
        self._loading = False

    def _show_tally(self, voting: VotingRound | None) -> None:
        self.tally.clear()
        if voting is None:
            return
        for rank, row in ranked(self.project, voting):
            item = QTreeWidgetItem([str(rank), row.card.title or tr("(untitled)"), str(row.votes)])
            item.setData(0, Qt.ItemDataRole.UserRole, row.card.id)
            item.setToolTip(1, given_by(voting, row.by) or row.card.title)
            item.setTextAlignment(0, Qt.AlignmentFlag.AlignRight)
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight)
            self.tally.addTopLevelItem(item)
        self.tally.resizeColumnToContents(0)
        self.tally.resizeColumnToContents(2)

    def tally_rows(self) -> list[tuple[str, str, str]]:
        """(rank, card, votes) as shown."""
        return [tuple(self.tally.topLevelItem(i).text(c) for c in range(3)) for i in range(self.tally.topLevelItemCount())]

    # -------------------------------------------------------------- actions
    def _round_changed(self, _index: int) -> None:
        if not self._loading:
            self.round_chosen.emit(self.rounds.currentData() or "")
            self.reload()

    def _vote_or_end(self) -> None:
        controller = self.controller
        if controller is None:
            return
        if controller.active:
            controller.stop()
        elif self.chosen_round() is not None:
            controller.start(self.chosen_round().id)
            self.done()

    def _participant_chosen(self, row: int) -> None:
        if not self._loading and row >= 0 and self.controller is not None:
            self.controller.set_participant(row)

    def _next(self) -> None:
        if self.controller is not None:
            self.controller.next_participant()
            self.done()

    def _take_back(self) -> None:
        if self.controller is not None:
            self.controller.take_back(self.selected_card())
            self.done()

    def _tally_picked(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        self.card_chosen.emit(item.data(0, Qt.ItemDataRole.UserRole))

    def _delete_round(self) -> None:
        voting = self.chosen_round()
        if voting is None or self.controller is None:
            return
        answer = QMessageBox.question(self, tr("Delete Round"), tr("Delete the round “{0}” and its {1} dots? "
                                                                   "(Undo brings them back.)").format(
            round_label(self.project, voting), len(votes_of(self.project, voting))))
        if answer == QMessageBox.StandardButton.Yes:
            try:
                self.controller.editor.remove([voting.id])
            except ModelError as error:
                self.controller.message.emit(str(error))

    def export_results(self) -> None:
        """The chosen round's results as a PDF page or a CSV table."""
        voting = self.chosen_round()
        if voting is None:
            return
        from ..fileio import atomic_output

        window = self.window()
        name = tr("{0} results").format(round_label(self.project, voting))
        ask = getattr(window, "ask_save_path", None)
        filters = "PDF (*.pdf);;CSV (*.csv)"
        path = ask(tr("Export Results"), f"{name}.pdf", filters) if ask else \
            QFileDialog.getSaveFileName(self, tr("Export Results"), f"{name}.pdf", filters)[0]
        if not path:
            return
        try:
            with atomic_output(path) as temp:
                if path.lower().endswith(".csv"):
                    from .. import reports
                    from ..reports.rounds import round_table

                    temp.write_text(reports.as_csv(round_table(self.project, voting)), encoding="utf-8")
                else:
                    from ..export.pdf_votes import export_round_pdf

                    export_round_pdf(self.project, voting, temp)
        except OSError as error:
            QMessageBox.critical(self, tr("Export failed"), str(error))
            return
        report = getattr(window, "report_written", None)
        if report is not None:
            report(path)
