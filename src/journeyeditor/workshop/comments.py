"""Comment threads in the window: "Add Comment…" on cards, stage and step headers and the map,
the author's name from the preferences (asked the first time), and the Comments panel listing
the map's threads (open ones first) with Reply, Resolve / Reopen and Delete. Every action is
one undo step (Editor.comment, .resolve, .remove)."""

from __future__ import annotations

import getpass
import html

from PySide6.QtCore import QDateTime, QEvent, QLocale, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QAbstractTextDocumentLayout, QFont, QKeySequence, QPalette, QShortcut, QTextDocument
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..i18n import tr
from ..model import Comment, ModelError
from ..reports.comments import subject_text, threads_of

#: the panel's filter: (value, label)
FILTERS = (("open", "Open threads"), ("resolved", "Resolved threads"), ("all", "All threads"))
RESOLVED_INK = "#8C939B"


def local_time(created: str) -> str:
    """An ISO date and time as the user's locale writes it, short."""
    moment = QDateTime.fromString(created, Qt.DateFormat.ISODate)
    return QLocale().toString(moment, QLocale.FormatType.ShortFormat) if moment.isValid() else created


def ask_author(settings, parent=None) -> str | None:
    """The name comments are signed with: the one in the preferences, else asked for now (and
    kept there); None when the person cancels."""
    if settings.author:
        return settings.author
    try:
        suggestion = getpass.getuser()
    except (KeyError, OSError):  # no user name to be had (a container, a service account)
        suggestion = ""
    name, ok = QInputDialog.getText(parent, tr("Your Name"),
                                    tr("Your name, shown on your comments (Edit ▸ Preferences changes it):"),
                                    text=suggestion)
    if not ok or not name.strip():
        return None
    settings.author = name
    return settings.author


class CommentDialog(QDialog):
    """A comment's text: what it is about (and, for a reply, the thread) above the box;
    Ctrl+Enter adds it."""

    def __init__(self, title: str, about: str, parent=None, thread: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        heading = QLabel(about)
        heading.setWordWrap(True)
        font = QFont(heading.font())
        font.setBold(True)
        heading.setFont(font)
        self.editor = QPlainTextEdit()
        self.editor.setPlaceholderText(tr("Write a comment"))
        self.editor.setTabChangesFocus(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(tr("Reply") if thread else tr("Add Comment"))
        self.ok.setEnabled(False)
        self.editor.textChanged.connect(lambda: self.ok.setEnabled(bool(self.text())))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=lambda: self.text() and self.accept())
        box = QVBoxLayout(self)
        box.addWidget(heading)
        if thread:
            quoted = QLabel(thread)
            quoted.setWordWrap(True)
            quoted.setStyleSheet(f"color: {RESOLVED_INK};")
            box.addWidget(quoted)
        box.addWidget(self.editor)
        box.addWidget(buttons)
        self.resize(420, 240)

    def text(self) -> str:
        return self.editor.toPlainText().strip()


class ThreadList(QTreeWidget):
    """The threads, each comment drawn as rich text (what it is on in bold, the byline small and
    grey, the text), wrapped to the panel's width."""

    HTML = Qt.ItemDataRole.UserRole + 1

    def __init__(self) -> None:
        super().__init__()
        self.setHeaderHidden(True)
        self.setUniformRowHeights(False)
        self.setIndentation(14)
        self.setItemDelegate(_CommentDelegate(self))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.doItemsLayout()  # the rows' heights follow the new width


class _CommentDelegate(QStyledItemDelegate):
    def __init__(self, tree: ThreadList) -> None:
        super().__init__(tree)
        self.tree = tree

    def _document(self, index, width: float) -> QTextDocument:
        document = QTextDocument()
        document.setDocumentMargin(4)
        document.setDefaultFont(self.tree.font())
        document.setHtml(index.data(ThreadList.HTML) or "")
        document.setTextWidth(max(60.0, width))
        return document

    def _width(self, index) -> float:
        depth = 1 if index.parent().isValid() else 0
        return self.tree.viewport().width() - self.tree.indentation() * (depth + 1) - 4

    def sizeHint(self, option, index) -> QSize:
        document = self._document(index, self._width(index))
        return QSize(round(document.idealWidth()), round(document.size().height()) + 2)

    def paint(self, painter, option, index) -> None:
        option = QStyleOptionViewItem(option)
        self.initStyleOption(option, index)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        option.text = ""
        style = option.widget.style() if option.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        document = self._document(index, option.rect.width())
        if selected:  # the grey of bylines and resolved threads would fade into the highlight
            highlighted = option.palette.color(QPalette.ColorRole.HighlightedText).name()
            document.setHtml((index.data(ThreadList.HTML) or "").replace(RESOLVED_INK, highlighted))
        context = QAbstractTextDocumentLayout.PaintContext()
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(role))
        painter.save()
        painter.translate(option.rect.topLeft())
        painter.setClipRect(QRectF(0, 0, option.rect.width(), option.rect.height()))
        document.documentLayout().draw(painter, context)
        painter.restore()


class CommentsPanel(QWidget):
    """View ▸ Comments: the map's threads, open first (filter: open, resolved, all), each with
    what it is on, its author, time, text and replies. Selecting one selects its item on the
    map; Reply…, Resolve / Reopen and Delete act on the selected thread (Delete on a reply
    deletes that reply)."""

    subject_chosen = Signal(str)  # a thread picked: select what it is on
    reply_requested = Signal(str)  # the thread's first comment's id
    message = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.editor = None
        self.map_id: str | None = None
        self._loading = False
        self._stale = True
        self.filter = QComboBox()
        for value, label in FILTERS:
            self.filter.addItem(tr(label), value)
        self.filter.currentIndexChanged.connect(lambda _i: self.reload())
        self.count = QLabel()
        self.tree = ThreadList()
        self.tree.currentItemChanged.connect(self._current_changed)
        self.tree.itemActivated.connect(lambda item, _c: self._choose(item))
        self.reply_button = QPushButton(tr("&Reply…"))
        self.reply_button.clicked.connect(self.reply)
        self.resolve_button = QPushButton(tr("Re&solve"))
        self.resolve_button.clicked.connect(self.toggle_resolved)
        self.delete_button = QPushButton(tr("&Delete"))
        self.delete_button.clicked.connect(self.delete)
        self.tree.installEventFilter(self)  # Delete in the list deletes the comment, not the map's selection
        top = QHBoxLayout()
        top.addWidget(QLabel(tr("Show")))
        top.addWidget(self.filter, 1)
        top.addWidget(self.count)
        buttons = QHBoxLayout()
        for button in (self.reply_button, self.resolve_button, self.delete_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        self._update_buttons()

    # -------------------------------------------------------------- wiring
    def set_editor(self, editor) -> None:
        self.editor = editor
        self.reload()

    def set_map(self, map_id: str | None) -> None:
        if map_id != self.map_id:
            self.map_id = map_id
            self.reload()

    def set_filter(self, value: str) -> None:
        self.filter.setCurrentIndex(max(0, self.filter.findData(value)))

    # -------------------------------------------------------------- showing
    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    def reload(self) -> None:
        """Rebuild the list, keeping the selected comment selected (later, if the panel is hidden)."""
        self._stale = not self.isVisible()
        if self._stale:
            return
        current = self.current_comment()
        keep = current.id if current is not None else None
        self._loading = True
        self.tree.clear()
        project = self.editor.project if self.editor is not None else None
        threads = threads_of(project, self.map_id) if project is not None and self.map_id and \
            project.get(self.map_id) is not None else []
        shown = self.filter.currentData()
        open_count = sum(1 for start, _ in threads if not start.resolved)
        self.count.setText(tr("{0} open").format(open_count))
        for start, replies in threads:
            if (shown == "open" and start.resolved) or (shown == "resolved" and not start.resolved):
                continue
            item = self._item(start, subject_text(project, start.subject_id, tr))
            self.tree.addTopLevelItem(item)
            for reply in replies:
                item.addChild(self._item(reply))
            item.setExpanded(True)
        self._loading = False
        if keep:
            self.select_comment(keep, quiet=True)
        self._update_buttons()

    def _item(self, comment: Comment, about: str = "") -> QTreeWidgetItem:
        byline = " · ".join(p for p in (comment.author or tr("Anonymous"), local_time(comment.created)) if p)
        resolved = comment.resolved or (bool(comment.parent_id) and self._thread_resolved(comment))
        if comment.resolved:
            byline += " · " + tr("resolved")
        lines = ([about] if about else []) + [byline, comment.text]
        item = QTreeWidgetItem(["\n".join(lines)])  # the plain text: for search, tests and screen readers
        text = html.escape(comment.text).replace("\n", "<br>")
        heading = f"<b>{html.escape(about)}</b><br>" if about else ""
        style = f' style="color: {RESOLVED_INK}"' if resolved else ""
        item.setData(0, ThreadList.HTML, f'<div{style}>{heading}<small style="color: {RESOLVED_INK}">'
                                          f"{html.escape(byline)}</small><br>{text}</div>")
        item.setData(0, Qt.ItemDataRole.UserRole, comment.id)
        item.setToolTip(0, comment.text)
        return item

    def _thread_resolved(self, comment: Comment) -> bool:
        start = self.editor.project.get(comment.parent_id)
        return isinstance(start, Comment) and start.resolved

    def thread_texts(self) -> list[str]:
        """Each listed thread's first comment's text, top to bottom (what the panel shows)."""
        texts = []
        for i in range(self.tree.topLevelItemCount()):
            comment = self.editor.project.get(self.tree.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole))
            texts.append(comment.text if comment is not None else "")
        return texts

    # -------------------------------------------------------------- selection
    def current_comment(self) -> Comment | None:
        item = self.tree.currentItem()
        found = self.editor.project.get(item.data(0, Qt.ItemDataRole.UserRole)) \
            if item is not None and self.editor is not None else None
        return found if isinstance(found, Comment) else None

    def current_thread(self) -> Comment | None:
        comment = self.current_comment()
        if comment is not None and comment.parent_id:
            found = self.editor.project.get(comment.parent_id)
            return found if isinstance(found, Comment) else None
        return comment

    def select_comment(self, comment_id: str, quiet: bool = False) -> bool:
        """Make a comment (a thread's first, or a reply) the current row; `quiet`: without
        selecting its item on the map."""
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            for item in [top, *(top.child(k) for k in range(top.childCount()))]:
                if item.data(0, Qt.ItemDataRole.UserRole) == comment_id:
                    was, self._loading = self._loading, quiet or self._loading
                    self.tree.setCurrentItem(item)
                    self._loading = was
                    self.tree.scrollToItem(item)
                    return True
        return False

    def show_subject(self, subject_id: str) -> None:
        """Point at the first listed thread on this subject (the map's selection moved to it)."""
        project = self.editor.project if self.editor is not None else None
        current = self.current_comment()
        if project is None or (current is not None and current.subject_id == subject_id):
            return  # already there (the panel itself selected the item)
        for i in range(self.tree.topLevelItemCount()):
            comment = project.get(self.tree.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole))
            if comment is not None and comment.subject_id == subject_id:
                self.select_comment(comment.id, quiet=True)
                return

    def _current_changed(self, item, _previous) -> None:
        self._update_buttons()
        if not self._loading and item is not None:
            self._choose(item)

    def _choose(self, item: QTreeWidgetItem) -> None:
        comment = self.editor.project.get(item.data(0, Qt.ItemDataRole.UserRole)) if self.editor else None
        if isinstance(comment, Comment):
            self.subject_chosen.emit(comment.subject_id)

    def _update_buttons(self) -> None:
        thread = self.current_thread()
        writable = self.editor is not None and not self.editor.read_only and thread is not None
        for button in (self.reply_button, self.resolve_button, self.delete_button):
            button.setEnabled(writable)
        self.resolve_button.setText(tr("Re&open") if thread is not None and thread.resolved else tr("Re&solve"))

    def eventFilter(self, watched, event) -> bool:
        if watched is self.tree and event.type() in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress) \
                and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) \
                and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            if event.type() == QEvent.Type.KeyPress:
                self.delete()
            event.accept()
            return True
        return super().eventFilter(watched, event)

    # -------------------------------------------------------------- actions
    def reply(self) -> None:
        thread = self.current_thread()
        if thread is not None:
            self.reply_requested.emit(thread.id)

    def toggle_resolved(self) -> None:
        thread = self.current_thread()
        if thread is None:
            return
        self._act(lambda: self.editor.resolve(thread.id, not thread.resolved))
        if thread.resolved and self.filter.currentData() == "open":
            self.message.emit(tr("Resolved: shown under Resolved and All"))

    def delete(self) -> None:
        comment = self.current_comment()
        if comment is None:
            return
        self._act(lambda: self.editor.remove([comment.id]))
        self.message.emit(tr("Comment deleted (Undo brings it back)") if comment.parent_id
                          else tr("Thread deleted (Undo brings it back)"))

    def _act(self, action) -> None:
        try:
            action()
        except ModelError as error:
            self.message.emit(str(error))
