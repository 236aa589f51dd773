"""A date that may be left empty: a date box with a calendar, and a button that clears it. It
hands out ISO dates ("2027-03-31", "" for none), one `committed` per choice the user makes."""

from __future__ import annotations

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QToolButton, QWidget

from ..i18n import tr

#: the box's lowest date stands for "no date" (shown as its special text)
NO_DATE = QDate(1900, 1, 1)


class DateField(QWidget):
    committed = Signal(str)  # an ISO date, "" when cleared

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.edit = _DateBox()
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("yyyy-MM-dd")
        self.edit.setMinimumDate(NO_DATE)
        self.edit.setSpecialValueText(tr("No date"))
        self.edit.setDate(NO_DATE)
        self.clear_button = QToolButton()
        self.clear_button.setText("×")
        self.clear_button.setToolTip(tr("No date"))
        self.clear_button.setAccessibleName(tr("Clear the date"))
        self.clear_button.clicked.connect(self.clear)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.clear_button)
        self.setFocusProxy(self.edit)
        self._shown = ""  # the value last put here from the model: only another one is an edit
        self.edit.editingFinished.connect(self._finish)
        calendar = self.edit.calendarWidget()
        # a day picked in the calendar is a choice made: commit at once
        calendar.clicked.connect(lambda _date: self._finish())
        calendar.activated.connect(lambda _date: self._finish())
        self._opens_today = _OpensOnToday(self.edit, calendar)
        calendar.installEventFilter(self._opens_today)

    def iso(self) -> str:
        date = self.edit.date()
        return "" if date == NO_DATE else date.toString(Qt.DateFormat.ISODate)

    def set_iso(self, value: str) -> None:
        """Show a value from the model (an unreadable one shows as no date); commits nothing."""
        date = QDate.fromString(value, Qt.DateFormat.ISODate) if value else NO_DATE
        self._shown = value
        self.edit.blockSignals(True)
        self.edit.setDate(date if date.isValid() else NO_DATE)
        self.edit.blockSignals(False)
        self.clear_button.setEnabled(bool(value))

    def clear(self) -> None:
        self.edit.setDate(NO_DATE)
        self._finish()

    def _finish(self) -> None:
        value = self.iso()
        if value != self._shown:
            self._shown = value
            self.clear_button.setEnabled(bool(value))
            self.committed.emit(value)


class _DateBox(QDateEdit):
    """From "no date", Up and Down start at today (not in 1900), and typed digits start a year."""

    def keyPressEvent(self, event) -> None:
        if self.date() == NO_DATE:
            if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                self.setDate(QDate.currentDate())
                return
            if event.text().isdigit():
                self.setDate(QDate.currentDate())
                self.setSelectedSection(QDateEdit.Section.YearSection)
        super().keyPressEvent(event)


class _OpensOnToday(QObject):
    """From "no date", the calendar opens on this month."""

    def __init__(self, edit: QDateEdit, calendar) -> None:
        super().__init__(edit)
        self.edit, self.calendar = edit, calendar

    def eventFilter(self, watched, event) -> bool:
        # the event's type first: while the box is being destroyed it must not be asked anything
        if event.type() == QEvent.Type.Show and watched is self.calendar and self.edit.date() == NO_DATE:
            today = QDate.currentDate()
            self.calendar.setCurrentPage(today.year(), today.month())
        return False
