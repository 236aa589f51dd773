"""Several editors on one library project at once: every step one version-checked transaction,
others' changes arriving by NOTIFY within a second, conflicts refused, the server lost and back.
A real PostgreSQL server runs for these tests (tests/pg_server.py)."""

from __future__ import annotations

import pytest
from conftest import close_window
from pg_server import needs_postgresql

from journeyeditor.persistence.library import ConflictError, Library, LibraryStore

pytestmark = needs_postgresql


@pytest.fixture
def project_url(library_url, sample_project):
    with Library(library_url) as library:
        library.create_project("Onboarding", sample_project)
    return f"{library_url}?project=Onboarding"


@pytest.fixture
def two_documents(qapp, project_url):
    from journeyeditor.ui.document import Document

    anna, ben = Document.open(project_url), Document.open(project_url)
    yield anna, ben
    for document in (anna, ben):
        document.close(discard_pending=True)


def first_cards(document, count=2):
    project = document.project
    return list(project.contents(project.maps[0].id).cards.values())[:count]


def test_each_sees_the_others_edits_within_a_second(two_documents, qtbot):
    anna, ben = two_documents
    card, other = first_cards(anna)
    anna.editor.update(card.id, title="Anna renamed it")
    qtbot.waitUntil(lambda: ben.project.get(card.id).title == "Anna renamed it", timeout=1000)
    stage = anna.project.contents(anna.project.maps[0].id).stages[0]
    added = anna.editor.add_card(anna.project.maps[0].id, stage.id, card.lane_id, title="New from Anna")
    qtbot.waitUntil(lambda: ben.project.get(added.id) is not None, timeout=1000)
    assert ben.project.get(added.id).title == "New from Anna"
    ben.editor.remove([other.id])
    qtbot.waitUntil(lambda: anna.project.get(other.id) is None, timeout=1000)
    # Ben's own step is untouched by Anna's edits: still undoable, and the undo reaches Anna too
    assert ben.editor.can_undo()
    ben.editor.undo()
    qtbot.waitUntil(lambda: anna.project.get(other.id) is not None, timeout=1000)
    assert anna.editor.write_error is None and ben.editor.write_error is None


def test_a_step_on_rows_changed_meanwhile_is_refused_and_the_entity_reloaded(two_documents, qtbot):
    anna, ben = two_documents
    card, _ = first_cards(anna)
    ben.sync._notifier.setEnabled(False)  # Ben has not heard of Anna's edit yet when he makes his
    anna.editor.update(card.id, title="Anna's title")
    steps_before = ben.editor.undo_stack.count()
    ben.editor.update(card.id, title="Ben's title")
    assert isinstance(ben.editor.write_error, ConflictError)
    assert ben.project.get(card.id).title == "Anna's title"  # the server's row, reloaded
    assert ben.editor.undo_stack.count() == steps_before  # his step is gone, not waiting to be redone
    assert "Someone else changed card" in str(ben.editor.write_error)
    ben.sync._notifier.setEnabled(True)
    # the next step, made on the fresh row, lands
    ben.editor.update(card.id, body="Ben adds a body")
    assert ben.editor.write_error is None
    qtbot.waitUntil(lambda: anna.project.get(card.id).body == "Ben adds a body", timeout=1000)


def test_own_steps_that_another_overrode_are_no_longer_undoable(two_documents, qtbot, project_url):
    anna, ben = two_documents
    notices = []
    ben.sync.notice.connect(notices.append)
    first, second = first_cards(ben)
    ben.editor.update(first.id, title="Ben 1")
    ben.editor.update(second.id, title="Ben 2")
    qtbot.waitUntil(lambda: anna.project.get(second.id).title == "Ben 2", timeout=1000)
    anna.editor.update(first.id, body="Anna overrides Ben's card")
    qtbot.waitUntil(lambda: ben.project.get(first.id).body == "Anna overrides Ben's card", timeout=1000)
    assert notices == ["Someone else changed what “Edit card” changed: it can no longer be undone"]
    assert ben.editor.can_undo()  # the step on the second card still applies
    ben.editor.undo()
    assert ben.project.get(second.id).title != "Ben 2"
    assert not ben.editor.can_undo()  # the first was overridden: undo stops there
    ben.editor.undo()
    assert ben.project.get(first.id).title == "Ben 1"
    with LibraryStore.open(project_url) as check:
        assert check.project.get(first.id).body == "Anna overrides Ben's card"


def test_two_windows_follow_each_other_and_keep_selection(qtbot, project_url):
    from journeyeditor.app import create_app
    from journeyeditor.ui.main_window import MainWindow

    from journeyeditor.ui.document import Document

    create_app()
    windows = []
    for number in range(2):
        win = MainWindow()
        qtbot.addWidget(win)
        win.resize(1200, 800)
        win.show()
        if number == 0:
            assert win.open_path(project_url)
        else:  # one process raises the window it has on a project: the second is another person's window
            win.set_document(Document.open(project_url))
        qtbot.waitExposed(win)
        windows.append(win)
    one, two = windows
    qtbot.waitUntil(lambda: two.scene.map_id is not None)
    assert one.windowTitle().startswith("Onboarding")
    card, _ = first_cards(one.document)
    two.scene.cards[card.id].setSelected(True)
    assert two.scene.selected_ids() == [card.id]
    one.document.editor.update(card.id, title="Seen in the other window")
    qtbot.waitUntil(lambda: " ".join(two.scene.layout.cards[card.id].title_lines) == "Seen in the other window",
                    timeout=1000)
    assert two.scene.selected_ids() == [card.id]  # the selection stays
    qtbot.waitUntil(lambda: two.library_ui.presence.isVisible(), timeout=8000)
    assert "Also open by" in two.library_ui.presence.text()
    for win in windows:
        close_window(win)
