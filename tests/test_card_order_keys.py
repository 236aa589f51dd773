"""A card's move writes its own row: order keys spaced apart in the file, renumbered rarely."""

import random
import sqlite3

import pytest

from journeyeditor.editor import Editor
from journeyeditor.interchange import project_to_json
from journeyeditor.persistence import ProjectStore
from journeyeditor.persistence.mapper import CARD_KEY_GAP
from journeyeditor.persistence.order_keys import assign_keys
from journeyeditor.templates import build_sample


def test_keys_kept_in_order_and_new_ones_between_neighbours():
    assert assign_keys([0, None, 1024], 1024) == [0, 512, 1024]
    assert assign_keys([None, 0, 1024], 1024) == [-1024, 0, 1024]
    assert assign_keys([0, 1024, None, None], 1024) == [0, 1024, 2048, 3072]
    assert assign_keys([None, None], 1024) == [0, 1024]
    assert assign_keys([0, None, None, 9], 1024) == [0, 3, 6, 9]
    # a card moved within its cell: one key changes, the others stay
    for keys in ([0, 2048, 1024, 3072], [3072, 0, 1024, 2048], [0, 1024, 3072, 2048, 4096]):
        fresh = assign_keys(keys, 1024)
        assert fresh == sorted(set(fresh)) and sum(a != b for a, b in zip(keys, fresh)) == 1
    assert assign_keys([3072, 0, 1024, 2048], 1024) == [-1024, 0, 1024, 2048]


def test_no_room_between_neighbours_renumbers_the_cell():
    assert assign_keys([4, None, 5, 6], 1024) == [0, 1024, 2048, 3072]
    tied = assign_keys([7, 7], 10)  # equal keys are not an order: one of them gets a new key
    assert tied[0] < tied[1] and 7 in tied


class Statements:
    """Every statement SQLite runs on the store's connection, as its trace callback sees them."""

    def __init__(self, store):
        self.seen: list[str] = []
        self.driver = store._conn.connection.driver_connection
        self.driver.set_trace_callback(self.seen.append)

    def card_rows_written(self) -> int:
        return sum(1 for s in self.seen if s.lstrip().upper().startswith(("INSERT INTO CARDS", "UPDATE CARDS")))

    def clear(self):
        self.seen.clear()


def cells_in_file(path):
    """(step, lane) -> card ids in the order the file's keys give."""
    db = sqlite3.connect(path)
    try:
        rows = db.execute('SELECT step_id, lane_id, id FROM cards ORDER BY "index"').fetchall()
    finally:
        db.close()
    cells: dict = {}
    for step, lane, card in rows:
        cells.setdefault((step, lane), []).append(card)
    return cells


def cells_in_model(project):
    cells = {}
    for m in project.maps:
        for key, cell in project.contents(m.id).cells.items():
            if cell:
                cells[key] = [card.id for card in cell]
    return cells


@pytest.fixture
def opened(sample_file):
    store = ProjectStore.open(sample_file)
    yield store, Editor(store.project, store)
    store.close()


def busiest_cell(project):
    contents = project.contents(project.maps[0].id)
    return contents, max(contents.cells.items(), key=lambda item: len(item[1]))


def test_a_move_writes_one_card_row_and_undo_and_redo_one_each(opened, sample_file):
    store, editor = opened
    contents, ((step_id, lane_id), cell) = busiest_cell(store.project)
    assert len(cell) >= 2
    other = next(c for c in contents.cards.values() if (c.step_id, c.lane_id) != (step_id, lane_id))
    statements = Statements(store)
    editor.move_cards([(other.id, step_id, lane_id, 1)])  # between the cell's first two cards
    assert statements.card_rows_written() == 1
    assert cells_in_file(sample_file) == cells_in_model(store.project)
    statements.clear()
    editor.undo()
    assert statements.card_rows_written() == 1
    assert cells_in_file(sample_file) == cells_in_model(store.project)
    statements.clear()
    editor.redo()
    assert statements.card_rows_written() == 1
    assert cells_in_file(sample_file) == cells_in_model(store.project)


def test_a_move_inside_its_cell_and_a_delete_write_what_changed(opened, sample_file):
    store, editor = opened
    _contents, (_key, cell) = busiest_cell(store.project)
    first, last = cell[0], cell[-1]
    statements = Statements(store)
    editor.move_cards([(last.id, last.step_id, last.lane_id, 0)])
    assert statements.card_rows_written() == 1
    statements.clear()
    editor.remove([first.id])
    assert statements.card_rows_written() == 0  # the cards after it keep their keys
    assert cells_in_file(sample_file) == cells_in_model(store.project)
    editor.undo()
    assert cells_in_file(sample_file) == cells_in_model(store.project)


def test_moves_into_one_gap_until_it_is_used_up_keep_the_order(opened, sample_file):
    """Each move halves the gap between the cell's first two cards: after about log2(gap) moves
    the cell is renumbered once (all its rows), then moves write one row again."""
    store, editor = opened
    contents, ((step_id, lane_id), _cell) = busiest_cell(store.project)
    others = [c for c in contents.cards.values() if (c.step_id, c.lane_id) != (step_id, lane_id)]
    statements = Statements(store)
    written = []
    for card in others[:14]:
        statements.clear()
        editor.move_cards([(card.id, step_id, lane_id, 1)])
        written.append(statements.card_rows_written())
        assert cells_in_file(sample_file) == cells_in_model(store.project)
    assert max(written) > 1 and written.count(1) >= len(written) - 1
    assert written.index(max(written)) >= CARD_KEY_GAP.bit_length() - 2
    expected = project_to_json(store.project)
    for _ in written:
        editor.undo()
        assert cells_in_file(sample_file) == cells_in_model(store.project)
    for _ in written:
        editor.redo()
    assert project_to_json(store.project) == expected
    store.close()
    with ProjectStore.open(sample_file, read_only=True) as reopened:
        assert project_to_json(reopened.project) == expected


def test_a_file_with_dense_indexes_is_renumbered_once_per_cell(tmp_path):
    """Files written before the keys were spaced hold 0, 1, 2…: the first move into such a cell
    renumbers it, the next one writes one row."""
    path = tmp_path / "dense.journey"
    ProjectStore.create(path, build_sample()).close()
    db = sqlite3.connect(path)
    for card_id, index in db.execute('SELECT id, "index" FROM cards').fetchall():
        db.execute('UPDATE cards SET "index" = ? WHERE id = ?', (index // CARD_KEY_GAP, card_id))
    db.commit()
    db.close()
    with ProjectStore.open(path) as store:
        editor = Editor(store.project, store)
        contents, ((step_id, lane_id), cell) = busiest_cell(store.project)
        movers = [c for c in contents.cards.values() if (c.step_id, c.lane_id) != (step_id, lane_id)][:2]
        statements = Statements(store)
        editor.move_cards([(movers[0].id, step_id, lane_id, 1)])
        # the cell renumbered: the moved card and each one whose key changes (not the first: 0 stays 0)
        assert statements.card_rows_written() == len(cell) - 1
        statements.clear()
        editor.move_cards([(movers[1].id, step_id, lane_id, 1)])
        assert statements.card_rows_written() == 1
        expected = cells_in_model(store.project)
    assert cells_in_file(path) == expected


def test_random_moves_with_undo_and_redo_reopen_in_the_same_order(tmp_path):
    path = tmp_path / "moves.journey"
    store = ProjectStore.create(path, build_sample())
    editor = Editor(store.project, store)
    rng = random.Random(21)
    contents = store.project.contents(store.project.maps[0].id)
    columns = contents.columns()
    for _ in range(120):
        roll = rng.random()
        if roll < 0.15 and editor.undo_stack.canUndo():
            editor.undo()
        elif roll < 0.25 and editor.undo_stack.canRedo():
            editor.redo()
        else:
            card = rng.choice(list(contents.cards.values()))
            step, lane = rng.choice(columns), rng.choice(contents.lanes)
            editor.move_cards([(card.id, step.id, lane.id, rng.randint(0, 4))])
        assert cells_in_file(path) == cells_in_model(store.project)
    expected = project_to_json(store.project)
    store.close()
    with ProjectStore.open(path, read_only=True) as reopened:
        assert project_to_json(reopened.project) == expected


def test_card_only_steps_read_back_whole_and_still_keep_the_daily_snapshot(tmp_path):
    """A step that changes card rows only goes straight through the SQLite driver: each field
    type reads back as the model had it, undo lands too, and a new day's first such step still
    keeps the day-before state (the snapshot hook is skipped only while it has nothing to do)."""
    from datetime import datetime, timedelta

    from journeyeditor.history import snapshots

    clock = [datetime(2026, 11, 1, 9)]
    path = tmp_path / "cards.journey"
    with ProjectStore.create(path, build_sample()) as store:
        snapshots.keep_daily(store, lambda: clock[0])
        editor = Editor(store.project, store)
        contents, ((step_id, lane_id), _cell) = busiest_cell(store.project)
        card = next(c for c in contents.cards.values() if (c.step_id, c.lane_id) != (step_id, lane_id))
        for day in range(3):
            clock[0] = datetime(2026, 11, 1, 9) + timedelta(days=day)
            assert editor.update(card.id, title=f"Jour {day} — 第{day}天", tags=["plan", "پرداخت"],
                                 fail_point=day % 2 == 0, minutes=2.5 + day, impact=4, effort=1,
                                 owner="Ops", due="2026-12-01")
            editor.move_cards([(card.id, step_id, lane_id, day)])
        assert [s.kind for s in snapshots.list_snapshots(store)] == ["auto"] * 3
        assert snapshots.load(store, snapshots.list_snapshots(store)[-1].id).get(card.id).title == "Jour 1 — 第1天"
        editor.undo()
        expected = project_to_json(store.project)
        assert cells_in_file(path) == cells_in_model(store.project)
    with ProjectStore.open(path, read_only=True) as reopened:
        assert project_to_json(reopened.project) == expected
