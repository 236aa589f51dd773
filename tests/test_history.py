"""History (issue 20): snapshots in the file, the diff between two states, the daily rule."""

import copy
import shutil
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

from journeyeditor.editor import Editor
from journeyeditor.history import snapshots
from journeyeditor.history.diff import diff_maps, diff_projects
from journeyeditor.interchange.jsonio import project_from_json, project_to_json
from journeyeditor.model import metrics as metric_rules
from journeyeditor.persistence import ProjectStore
from journeyeditor.persistence.schema import SCHEMA_VERSION
from journeyeditor.templates import build_sample

FIXTURES = Path(__file__).parent / "fixtures"


def _copy(project):
    return project_from_json(project_to_json(project))


def _ten_edits(project):
    """Ten edits of different kinds on the sample's first map; returns what each one touched."""
    editor = Editor(project)
    map_ = project.maps[0]
    contents = project.contents(map_.id)
    steps, lanes = contents.columns(), contents.lanes
    cards = [card for card in contents.cards.values() if card.title]
    first, second, third, fourth = cards[0], cards[1], cards[2], cards[3]
    point = next(iter(contents.emotion_points.values()))
    # the series' newest value: the one its chip shows (an earlier period's is listed, unmarked)
    metric = metric_rules.latest(list(contents.metrics.values()))[0]
    added = editor.add_card(map_.id, steps[0].id, lanes[0].id, title="Sees a poster")
    editor.remove([second.id])
    editor.update(first.id, title="Sees many bikes at the metro exit")
    editor.update(third.id, owner="Ops team", type="pain-point" if third.type != "pain-point" else "idea")
    target = next(step for step in steps if step.id != fourth.step_id)
    editor.move_cards([(fourth.id, target.id, fourth.lane_id, 0)])
    editor.set_emotion(map_.id, point.persona_id, point.step_id, point.score - 1 if point.score > -2 else 1)
    editor.update(contents.stages[0].id, name="Discovery")
    lane = editor.add_lane(map_.id, "Partners")
    editor.update(metric.id, value=metric.value + 5)
    editor.update(lanes[1].id, name=lanes[1].name + " (staff)")
    return {"added": added.id, "removed": second.id, "title": first.id, "owner": third.id, "moved": fourth.id,
            "emotion": point.id, "stage": contents.stages[0].id, "lane": lane.id, "metric": metric.id,
            "renamed lane": lanes[1].id}


def test_diff_finds_exactly_ten_edits_of_different_kinds():
    after = build_sample()
    before = _copy(after)
    touched = _ten_edits(after)
    changes = diff_projects(before, after)
    found = {(c.action, c.kind, c.id): c for c in changes}
    assert len(changes) == 10, [c.text() for c in changes]
    assert ("added", "card", touched["added"]) in found
    assert ("removed", "card", touched["removed"]) in found
    assert found[("changed", "card", touched["title"])].fields == ("title",)
    assert found[("changed", "card", touched["owner"])].fields == ("type", "owner")
    assert ("moved", "card", touched["moved"]) in found
    shift = found[("shifted", "emotion", touched["emotion"])]
    assert shift.new[0] != shift.old[0]
    renamed = found[("renamed", "stage", touched["stage"])]
    assert (renamed.old, renamed.new) == (("Awareness",), ("Discovery",)) or renamed.new == ("Discovery",)
    assert ("added", "lane", touched["lane"]) in found
    metric = found[("changed", "metric", touched["metric"])]
    assert metric.new[0] - metric.old[0] == 5
    assert ("renamed", "lane", touched["renamed lane"]) in found
    assert all(c.text() and c.as_dict()["action"] == c.action for c in changes)


def test_same_state_has_no_changes_and_a_reorder_moves_one_card_only():
    project = build_sample()
    assert diff_projects(_copy(project), project) == []
    before = _copy(project)
    contents = project.contents(project.maps[0].id)
    cell = max(contents.cells.values(), key=len)
    assert len(cell) >= 2
    last = cell[-1]
    Editor(project).move_cards([(last.id, last.step_id, last.lane_id, 0)])
    assert [(c.action, c.id) for c in diff_projects(before, project)] == [("moved", last.id)]


def test_future_state_compared_with_its_source_matches_cards_by_source():
    project = build_sample()
    editor = Editor(project)
    source = project.maps[0]
    editor.derive_future_state(source.id)
    future = project.maps[-1]
    card = next(c for c in project.contents(future.id).cards.values() if c.title)
    editor.update(card.id, title="Bikes always there")
    changes = [c for c in diff_maps(project, source.id, project, future.id) if c.kind == "card"]
    assert [(c.action, c.id, c.fields) for c in changes] == [("changed", card.id, ("title",))]


def test_snapshots_are_stored_listed_loaded_and_deleted(tmp_path):
    with ProjectStore.create(tmp_path / "a.journey", build_sample()) as store:
        taken = snapshots.take(store, "Q3 review")
        store.project.update(store.project.maps[0].id, name="Commute")
        store.flush()
        assert snapshots.list_snapshots(store) == [taken]
        assert (taken.maps, taken.cards) == (4, 87)
        old = snapshots.load(store, taken.id)
        assert old.maps[0].name != "Commute"
        assert [c.action for c in diff_projects(old, store.project)] == ["renamed"]
        found = snapshots.find(snapshots.list_snapshots(store), "Q3 review")
        assert found == taken
        assert snapshots.find([taken], taken.created.date().isoformat()) == taken
        assert snapshots.find([taken], "2000-01-01") is None
    with ProjectStore.open(tmp_path / "a.journey") as store:
        assert snapshots.list_snapshots(store) == [taken]
        snapshots.delete(store, taken.id)
        assert snapshots.list_snapshots(store) == []


def test_opening_and_listing_never_read_snapshot_data(tmp_path):
    path = tmp_path / "a.journey"
    with ProjectStore.create(path, build_sample()) as store:
        for number in range(3):
            snapshots.take(store, f"s{number}")
    statements = []
    with ProjectStore.open(path) as store:
        raw = store._conn.connection.driver_connection
        raw.set_trace_callback(statements.append)
        assert len(snapshots.list_snapshots(store)) == 3
        raw.set_trace_callback(None)
    reopened = []
    original_connect = sqlite3.connect

    def traced(*args, **kwargs):
        db = original_connect(*args, **kwargs)
        db.set_trace_callback(reopened.append)
        return db

    sqlite3.connect = traced
    try:
        ProjectStore.open(path).close()
    finally:
        sqlite3.connect = original_connect
    assert reopened and not any("snapshots" in s for s in reopened)
    assert not any("data" in s for s in statements if "snapshots" in s)


def test_daily_rule_keeps_every_day_for_a_month_then_one_a_month():
    now = datetime(2026, 11, 29, 9)
    days = [now - timedelta(days=n) for n in range(1, 120)]
    dropped = set(snapshots.auto_snapshots_to_drop(days, now))
    kept = sorted(set(days) - dropped)
    assert all(day in kept for day in days if now - day <= timedelta(days=30))
    older = [day for day in kept if now - day > timedelta(days=30)]
    assert [(d.year, d.month, d.day) for d in older] == [(2026, 8, 2), (2026, 9, 1), (2026, 10, 1)]
    assert snapshots.daily_snapshot_due(days, now)
    assert not snapshots.daily_snapshot_due([*days, now.replace(hour=8)], now)


def test_first_edit_of_each_day_keeps_the_day_before_state(tmp_path):
    clock = [datetime(2026, 11, 1, 9)]
    with ProjectStore.create(tmp_path / "a.journey", build_sample()) as store:
        snapshots.keep_daily(store, lambda: clock[0])
        map_id = store.project.maps[0].id
        for day in range(40):
            clock[0] = datetime(2026, 11, 1, 9) + timedelta(days=day)
            for edit in range(2):  # two edits a day: one snapshot a day
                store.project.update(map_id, name=f"day {day} edit {edit}")
                store.flush()
        autos = snapshots.list_snapshots(store)
        assert all(s.kind == "auto" for s in autos)
        # the last 31 days daily, and November's first before them
        assert len(autos) == 32
        assert autos[0].created == datetime(2026, 11, 1, 9)
        assert snapshots.load(store, autos[-1].id).maps[0].name == "day 38 edit 1"  # the day before
        assert snapshots.load(store, autos[0].id).maps[0].name == build_sample().maps[0].name


def test_an_edit_from_the_command_line_keeps_the_day_before_and_prunes(tmp_path, capsys):
    path = tmp_path / "a.journey"
    ProjectStore.create(path, build_sample()).close()
    long_ago = datetime.now() - timedelta(days=90)
    with ProjectStore.open(path) as store:
        old = [snapshots.take(store, "", snapshots.AUTO, long_ago.replace(day=day)) for day in (2, 3)]
        maps_before = len(store.project.maps)
    for _time in range(2):  # twice in a day: one snapshot
        code, _out, err = _cli(capsys, "derive", path, "--map", build_sample().maps[0].name, "--to", "future-state")
        assert code == 0, err
    with ProjectStore.open(path, read_only=True) as store:
        listing = snapshots.list_snapshots(store)
        # the two of one month three months back: the month's first is kept; today's holds the day before
        assert [s.id for s in listing[:-1]] == [old[0].id]
        assert listing[-1].kind == "auto" and listing[-1].created.date() == datetime.now().date()
        assert len(snapshots.load(store, listing[-1].id).maps) == maps_before
        assert len(store.project.maps) == maps_before + 2


def test_a_spreadsheet_imported_into_a_project_keeps_the_day_before(tmp_path, capsys):
    path = tmp_path / "a.journey"
    ProjectStore.create(path, build_sample()).close()
    sheet = tmp_path / "steps.csv"
    sheet.write_text("Stage,Lane,Title\nArrive,Customer actions,Walks in\n", encoding="utf-8")
    code, _out, err = _cli(capsys, "import", sheet, "--into", path)
    assert code == 0, err
    with ProjectStore.open(path, read_only=True) as store:
        listing = snapshots.list_snapshots(store)
        assert [s.kind for s in listing] == ["auto"]
        assert len(snapshots.load(store, listing[0].id).maps) == len(store.project.maps) - 1


def test_version_four_fixture_upgrades_to_eight_with_no_snapshots(tmp_path):
    path = tmp_path / "v4.journey"
    shutil.copy(FIXTURES / "project_v4.journey", path)
    with ProjectStore.open(path) as store:
        assert snapshots.list_snapshots(store) == []
        # the fixture spells its hidden line "line of visibility": read as the app spells it, so the
        # interchange (and so a snapshot) takes it, and the line is hidden as the file meant
        assert store.project.require("m3").hidden_lines == ["Line of visibility"]
        taken = snapshots.take(store, "after upgrade")
        assert snapshots.load(store, taken.id).require("m3").hidden_lines == ["Line of visibility"]
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 8
    with ProjectStore.open(path) as store:
        assert snapshots.list_snapshots(store) == [taken]
        assert diff_projects(snapshots.load(store, taken.id), store.project) == []


def test_version_one_fixture_upgrades_and_keeps_a_day_before_snapshot(tmp_path):
    path = tmp_path / "v1.journey"
    shutil.copy(FIXTURES / "project_v1.journey", path)
    with ProjectStore.open(path) as store:
        assert snapshots.list_snapshots(store) == []
        upgraded = _copy(store.project)
        snapshots.keep_daily(store)
        card = next(card for m in store.project.maps for card in store.project.contents(m.id).cards.values())
        store.project.update(card.id, title="After the upgrade")
        store.flush()
        [auto] = snapshots.list_snapshots(store)
        assert auto.kind == "auto" and diff_projects(snapshots.load(store, auto.id), upgraded) == []
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_snapshot_is_small():
    project = build_sample()
    assert len(snapshots.encode(project)) < len(project_to_json(project).encode()) / 4
    assert diff_projects(snapshots.decode(snapshots.encode(project)), copy.deepcopy(project)) == []


# ------------------------------------------------------------------ the command line
def _cli(capsys, *args):
    from journeyeditor.cli import main

    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_snapshot_list_and_diff_in_every_format(tmp_path, capsys):
    import csv
    import io
    import json

    from pypdf import PdfReader

    path = tmp_path / "a.journey"
    ProjectStore.create(path, build_sample()).close()
    code, out, _ = _cli(capsys, "snapshot", path, "--name", "Q3 review")
    assert code == 0 and out.strip().endswith("Q3 review")
    with ProjectStore.open(path) as store:
        touched = _ten_edits(store.project)
        store.flush()
    code, _out, _ = _cli(capsys, "snapshot", path, "--name", "after the workshop")
    code, out, _ = _cli(capsys, "snapshots", path)
    assert code == 0 and "named  Q3 review  (4 maps, 87 cards)\n" in out
    assert "named  after the workshop  (4 maps, 87 cards; 10 changes in 1 maps since the one before)" in out
    code, out, _ = _cli(capsys, "snapshots", path, "--json")
    assert [(s["name"], s["changes"]) for s in json.loads(out)] == [("Q3 review", 0), ("after the workshop", 10)]

    code, out, _ = _cli(capsys, "diff", path, "--since", "Q3 review")
    assert code == 0 and out.startswith("Changes from Q3 review to now")
    assert "renamed  stage" in out and "'Awareness' → 'Discovery'" in out and len(out.splitlines()) == 12
    code, out, _ = _cli(capsys, "diff", path, "--since", datetime.now().date().isoformat())
    assert out.startswith("Changes from after the workshop to now")  # a date: the latest snapshot by then
    code, out, _ = _cli(capsys, "diff", path, "--since", "Q3 review", "--to", "after the workshop", "--format",
                        "json")
    rows = json.loads(out)["rows"]
    assert len(rows) == 10 and {r["Change"] for r in rows} >= {"added", "removed", "changed", "moved", "shifted"}
    code, out, _ = _cli(capsys, "diff", path, "--since", "Q3 review", "--format", "csv", "--map",
                        build_sample().maps[1].name)
    assert list(csv.reader(io.StringIO(out))) == [["Map", "Change", "What", "Name", "Details"]]
    code, out, _ = _cli(capsys, "diff", path, "--since", "Q3 review", "-o", tmp_path / "changes.pdf")
    assert code == 0
    pages = PdfReader(tmp_path / "changes.pdf").pages
    assert len(pages) >= 2 and float(pages[0].mediabox.width) > 1000  # the marked poster, then the list
    assert "green frame added" in pages[0].extract_text()
    text = "".join(page.extract_text() for page in pages[1:])
    assert "Discovery" in text and "Sees a poster" in text
    assert touched["added"]


def test_cli_diff_errors_are_one_line(tmp_path, capsys):
    path = tmp_path / "a.journey"
    ProjectStore.create(path, build_sample()).close()
    before = path.read_bytes()
    for args, words in ((("--since", "Q3"), "--since 'Q3': no snapshot"),
                        (("--since", "1 year ago"), "no snapshot"),
                        (("--since", "x", "--format", "pdf"), "a pdf diff needs a file"),
                        (("--since", "x", "--paper", "A3"), "--paper is for pdf diffs")):
        code, _out, err = _cli(capsys, "diff", path, *args)
        assert code == 1 and words in err and len(err.splitlines()) == 1, err
    code, _out, err = _cli(capsys, "snapshot", path, "--name", " ")
    assert code == 1 and "--name must not be empty" in err
    assert path.read_bytes() == before


# ------------------------------------------------------------------ restore
def test_restore_is_one_undoable_step_that_keeps_the_present_first(tmp_path):
    from journeyeditor.history import restore

    original = build_sample()
    with ProjectStore.create(tmp_path / "a.journey", original) as store:
        editor = Editor(store.project, store)
        taken = snapshots.take(store, "Q3 review")
        _ten_edits(store.project)
        store.flush()
        edited = _copy(store.project)
        kept = restore.restore_project(editor, store, taken.id)
        assert diff_projects(snapshots.load(store, taken.id), store.project) == []
        assert diff_projects(snapshots.load(store, kept.id), edited) == []
        assert [s.name for s in snapshots.list_snapshots(store)] == ["Q3 review", "Before restoring Q3 review"]
        assert editor.undo_stack.count() == 1
        editor.undo()
        assert diff_projects(edited, store.project) == []
        editor.redo()
    with ProjectStore.open(tmp_path / "a.journey") as store:  # what the file holds after redo
        assert diff_projects(_copy(original), store.project) == []


def test_copy_a_map_from_a_snapshot(tmp_path):
    from journeyeditor.history import restore

    with ProjectStore.create(tmp_path / "a.journey", build_sample()) as store:
        editor = Editor(store.project, store)
        taken = snapshots.take(store, "Q3 review")
        first = store.project.maps[0]
        editor.remove([first.id])
        new_id = restore.copy_map(editor, store, taken.id, first.id)
        copied = store.project.require(new_id)
        assert copied.name == f"{first.name} (Q3 review)"
        assert len(store.project.contents(new_id).cards) == 54
        editor.undo()
        assert store.project.get(new_id) is None


# ------------------------------------------------------------------ the window
def test_history_panel_saves_compares_steps_to_cards_and_restores(tmp_path, qtbot):
    from journeyeditor.ui.document import Document
    from journeyeditor.ui.history_panel import HistoryPanel

    path = tmp_path / "a.journey"
    ProjectStore.create(path, build_sample()).close()
    document = Document.open(path)
    try:
        panel = HistoryPanel()
        qtbot.addWidget(panel)
        panel.set_document(document)
        # the day's first edit kept the day-before state automatically (listed at once), then a named one
        first = document.project.maps[0]
        document.editor.update(first.id, name="Commute")
        assert panel.snapshot_list.count() == 1 and "day before" in panel.snapshot_list.item(0).text()
        taken = panel.save_snapshot("Q3 review")
        assert panel.snapshot_list.count() == 2 and "Q3 review" in panel.snapshot_list.item(0).text()
        touched = _ten_edits(document.project)
        document.store.flush()
        panel.snapshot_list.setCurrentRow(0)
        panel.compare_with_now()
        assert panel.change_list.count() == 10
        requested = []
        panel.card_requested.connect(requested.append)
        row = next(i for i, c in enumerate(panel.changes) if c.id == touched["title"])
        panel.change_list.setCurrentRow(row)
        assert requested == [touched["title"]]
        panel.restore(taken.id)
        assert document.project.maps[0].name == "Commute"
        assert diff_projects(snapshots.load(document.store, taken.id), document.project) == []
        assert panel.snapshot_list.count() == 3
        document.editor.undo()
        assert document.project.get(touched["added"]) is not None
    finally:
        document.close()


def test_main_window_has_save_snapshot_and_history(tmp_path, qtbot, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    from journeyeditor.ui.document import Document
    from journeyeditor.ui.main_window import MainWindow

    path = tmp_path / "a.journey"
    ProjectStore.create(path, build_sample()).close()
    window = MainWindow()
    qtbot.addWidget(window)
    window.set_document(Document.open(path))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Workshop", True))
    window.save_snapshot()
    assert [s.name for s in snapshots.list_snapshots(window.document.store)] == ["Workshop"]
    assert window.history_panel.snapshot_list.count() == 1
    window.document.close()


def test_compare_marks_added_changed_moved_and_removed_cards_and_the_earlier_emotions(tmp_path, qtbot):
    from journeyeditor.ui.document import Document
    from journeyeditor.ui.main_window import MainWindow

    path = tmp_path / "a.journey"
    ProjectStore.create(path, build_sample()).close()
    window = MainWindow()
    qtbot.addWidget(window)
    window.set_document(Document.open(path))
    try:
        panel, scene = window.history_panel, window.scene
        window.show_map(window.document.project.maps[0].id)
        panel.save_snapshot("Q3 review")
        touched = _ten_edits(window.document.project)
        window.document.store.flush()
        scene.refresh()
        panel.snapshot_list.setCurrentRow(0)
        panel.compare_with_now()
        overlay = scene.compare_overlay
        tips = [item.toolTip() for item in overlay.items]
        for action in ("added card", "changed card", "moved card", "removed card"):
            assert any(tip.startswith(action) for tip in tips), (action, tips)
        assert any("'Sees bikes at the metro exit' →" in tip for tip in tips)  # the old title on hover
        assert "Emotions at the snapshot" in tips
        assert all(item.scene() is scene for item in overlay.items)
        window.document.editor.update(touched["title"], title="Again")  # the list and marks follow edits
        assert len(overlay.items) == len(tips)
        assert any(tip.startswith("changed card 'Again'") for tip in (i.toolTip() for i in overlay.items))
        window.document.editor.add_card(window.scene.map_id, window.scene.layout.columns[1].id,
                                        window.document.project.contents(window.scene.map_id).lanes[0].id,
                                        title="Newer")
        assert panel.change_list.count() == 11 and len(overlay.items) == len(tips) + 1
        window.document.editor.undo()
        assert panel.change_list.count() == 10
        panel.stop_comparing()
        assert overlay.items == [] and not overlay.active
    finally:
        window.document.close()


def test_save_as_carries_the_snapshots(tmp_path):
    with ProjectStore.create(tmp_path / "a.journey", build_sample()) as store:
        taken = snapshots.take(store, "Q3 review")
        store.save_copy(tmp_path / "b.journey")
    with ProjectStore.open(tmp_path / "b.journey") as copy_store:
        assert snapshots.list_snapshots(copy_store) == [taken]
        assert diff_projects(snapshots.load(copy_store, taken.id), copy_store.project) == []


def test_a_metric_that_moved_gets_its_chip_framed_with_the_delta():
    from journeyeditor.history.marks import metric_marks
    from journeyeditor.layout import LayoutEngine

    project = build_sample()
    before = _copy(project)
    map_id = project.maps[0].id
    chip = LayoutEngine().layout(project, map_id).metric_chips[0]
    value = project.get(chip.metric_id).value
    Editor(project).update(chip.metric_id, value=value - 1.5)
    marks = metric_marks(diff_projects(before, project), LayoutEngine().layout(project, map_id))
    assert [mark.delta for mark in marks] == ["▼ −1.5"]
    assert (marks[0].rect.x, marks[0].rect.y) == (chip.x - 2, chip.y - 2)  # around the chip


def test_a_future_state_compares_with_its_source_on_the_canvas(tmp_path, qtbot):
    from journeyeditor.ui.document import Document
    from journeyeditor.ui.main_window import MainWindow

    path = tmp_path / "a.journey"
    ProjectStore.create(path, build_sample()).close()
    window = MainWindow()
    qtbot.addWidget(window)
    window.set_document(Document.open(path))
    try:
        editor, project = window.document.editor, window.document.project
        future_id = editor.derive_future_state(project.maps[0].id)
        card = next(c for c in project.contents(future_id).cards.values() if c.title)
        editor.update(card.id, title="Bikes always there")
        window.show_map(future_id)
        window.compare_with_source()
        panel = window.history_panel
        assert [(c.action, c.kind, c.id) for c in panel.changes] == [("changed", "card", card.id)]
        assert any(item.toolTip().startswith("changed card 'Bikes always there'")
                   for item in window.scene.compare_overlay.items)
        window.show_map(project.maps[0].id)
        window.compare_with_source()  # the source itself was made from nothing
        assert "not made from another map" in window.statusBar().currentMessage()
    finally:
        window.document.close()


def test_a_project_the_interchange_refuses_is_never_kept_unreadable(tmp_path):
    path = tmp_path / "a.journey"
    ProjectStore.create(path, build_sample()).close()
    with ProjectStore.open(path) as store:
        card = next(iter(store.project.contents(store.project.maps[0].id).cards.values()))
        # the model takes any colour text; the interchange only #RRGGBB
        store.project.update(card.id, colour="bluish")
        store.flush()
        snapshots.keep_daily(store)
        store.project.update(card.id, title="Edited")
        store.flush()  # the edit lands; no automatic snapshot is kept
        try:
            snapshots.take(store, "Q3 review")
            raise AssertionError("an unreadable snapshot was kept")
        except snapshots.SnapshotError as error:
            assert "'bluish' is not a colour" in str(error)
        assert snapshots.list_snapshots(store) == []
    with ProjectStore.open(path) as store:
        assert store.project.get(card.id).title == "Edited"


def test_hidden_line_names_are_read_as_the_app_spells_them():
    from journeyeditor.model.blueprint import canonical_lines

    assert canonical_lines(["line of visibility", " LINE  OF interaction", "Line of visibility", "Nope", 3]) == [
        "Line of visibility", "Line of interaction"]


def test_a_snapshot_opens_read_only_and_its_cards_paste_into_the_project(tmp_path, qtbot):
    from conftest import close_window, open_window
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    path = tmp_path / "sample.journey"
    ProjectStore.create(path, build_sample()).close()
    win = open_window(qtbot, path)
    try:
        project, editor = win.document.project, win.document.editor
        panel = win.history_panel
        panel.save_snapshot("Q3 review")
        map_id = project.maps[0].id
        lost = next(c for c in project.contents(map_id).cards.values() if c.title)
        editor.remove([lost.id])  # the day's first edit: an automatic snapshot joins the list, newest first
        assert "Q3 review" in panel.snapshot_list.item(1).text()
        panel.snapshot_list.setCurrentRow(1)
        assert panel.open_button.isEnabled()
        with qtbot.waitSignal(panel.open_requested):
            panel.open_button.click()
        from journeyeditor.ui.main_window import WINDOWS

        shown = WINDOWS[-1]
        qtbot.addWidget(shown)
        assert shown is not win and shown.document.read_only
        assert shown.windowTitle().startswith("sample.journey — snapshot “Q3 review” (read-only)")
        assert shown.document.project.get(lost.id) is not None  # the snapshot's state, not now's
        # select the card there and copy it with the keyboard
        shown.show_map(map_id)
        shown.scene.clearSelection()
        shown.scene.cards[lost.id].setSelected(True)
        shown.activateWindow()
        qtbot.waitUntil(shown.isActiveWindow)
        qtbot.keyClick(shown.view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
        assert lost.title in QApplication.clipboard().text()
        before = len(project.contents(map_id).cards)
        win.activateWindow()
        qtbot.waitUntil(win.isActiveWindow)
        neighbour = next(c for c in project.contents(map_id).cards.values() if c.id != lost.id)
        win.scene.clearSelection()
        win.scene.cards[neighbour.id].setSelected(True)
        steps = editor.undo_stack.count()
        qtbot.keyClick(win.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
        pasted = [c for c in project.contents(map_id).cards.values() if c.title == lost.title]
        assert len(project.contents(map_id).cards) == before + 1 and len(pasted) == 1
        assert (pasted[0].step_id, pasted[0].lane_id) == (neighbour.step_id, neighbour.lane_id)
        assert editor.undo_stack.count() == steps + 1  # one undo step
        editor.undo()
        assert len(project.contents(map_id).cards) == before
        # Map ▸ Copy This Map into the Project, there only: the whole map beside the project's, one step
        assert shown.copy_into_project_action.isVisible() and not win.copy_into_project_action.isVisible()
        maps = len(project.maps)
        shown.copy_into_project_action.trigger()
        assert len(project.maps) == maps + 1 and project.maps[-1].name == f"{project.maps[0].name} (Q3 review)"
        assert project.contents(project.maps[-1].id).cards and win.scene.map_id == project.maps[-1].id
        assert "Copied into sample.journey" in shown.statusBar().currentMessage()
        editor.undo()
        assert len(project.maps) == maps
        temporary = shown.document.path.parent
        shown.close()
        assert not temporary.exists()  # the snapshot's private file went with its window
    finally:
        close_window(win)


def test_two_snapshots_compare_in_a_window_and_since_picks_by_date(tmp_path, qtbot, monkeypatch):
    from conftest import close_window, open_window
    from PySide6.QtWidgets import QInputDialog

    path = tmp_path / "sample.journey"
    ProjectStore.create(path, build_sample()).close()
    with ProjectStore.open(path) as store:  # one from half a year ago, then the ten edits, then another
        old = snapshots.take(store, "", snapshots.AUTO, datetime.now() - timedelta(days=200))
        touched = _ten_edits(store.project)
        store.flush()
        snapshots.take(store, "after the workshop")
    win = open_window(qtbot, path)
    try:
        panel = win.history_panel
        assert [panel.later_box.itemText(i).split(" ", 2)[-1] for i in range(panel.later_box.count())] == [
            "Now", "after the workshop", old.label]
        # the older chosen in the list, the later in the box: the later opens read-only, marked
        panel.snapshot_list.setCurrentRow(1)
        panel.later_box.setCurrentIndex(1)
        from journeyeditor.ui.main_window import WINDOWS

        panel.compare_button.click()
        shown = WINDOWS[-1]
        qtbot.addWidget(shown)
        assert shown is not win and shown.windowTitle().startswith("sample.journey — snapshot “after the workshop”")
        later_panel = shown.history_panel
        assert later_panel.change_list.count() == 10
        assert later_panel.summary.text() == f"10 changes from {old.label} to after the workshop"
        shown.show_map(shown.document.project.maps[0].id)
        tips = [item.toolTip() for item in shown.scene.compare_overlay.items]
        assert any(tip.startswith("added card 'Sees a poster'") for tip in tips)
        assert "Emotions at the snapshot" in tips
        assert touched["added"] in shown.scene.cards
        shown.close()
        # Since… "6 months ago": the latest snapshot by then is the old one; compared with now
        panel.later_box.setCurrentIndex(0)
        asked = []
        monkeypatch.setattr(QInputDialog, "getItem", lambda _parent, _title, _label, items, current, editable: (
            asked.append((items[current], editable)) or ("6 months ago", True)))
        panel.since_button.click()
        assert asked == [("6 months ago", True)]
        assert panel._chosen().id == old.id and panel.change_list.count() == 10
        assert "10 changes since" in panel.summary.text()
        assert not panel.compare_since("10 years ago")
        assert "No snapshot taken by “10 years ago”" in win.statusBar().currentMessage()
    finally:
        close_window(win)


def test_a_future_state_shows_its_source_s_emotions_as_an_earlier_line_and_metric_deltas(tmp_path, qtbot):
    from journeyeditor.history.marks import earlier_lines
    from journeyeditor.model import Metric
    from journeyeditor.ui.document import Document
    from journeyeditor.ui.main_window import MainWindow

    path = tmp_path / "a.journey"
    ProjectStore.create(path, build_sample()).close()
    window = MainWindow()
    qtbot.addWidget(window)
    window.set_document(Document.open(path))
    try:
        editor, project = window.document.editor, window.document.project
        source = project.maps[0]
        future_id = editor.derive_future_state(source.id)
        future = project.contents(future_id)
        point = next(iter(future.emotion_points.values()))
        editor.set_emotion(future_id, point.persona_id, point.step_id, 2 if point.score < 2 else -2)
        # the source's newest recall on its first stage; the future state's hoped-for value
        recall = next(m for m in metric_rules.latest(list(project.contents(source.id).metrics.values()))
                      if m.name == "Brand recall")
        stage = future.stages[0]
        editor.add(Metric(future_id, stage.id, recall.kind, recall.value + 20, name=recall.name, unit=recall.unit,
                          period_start=recall.period_start, period_end=recall.period_end))
        window.show_map(future_id)
        window.compare_with_source()
        panel, overlay = window.history_panel, window.scene.compare_overlay
        assert {(c.action, c.kind) for c in panel.changes} == {("shifted", "emotion"), ("changed", "metric")}
        tips = [item.toolTip() for item in overlay.items]
        assert "Emotions on the source map" in tips
        assert any(tip.startswith("changed metric 'Brand recall") and tip.endswith("(from the source map)")
                   for tip in tips)
        deltas = [item.text() for item in overlay.items if hasattr(item, "text")]
        assert deltas == ["▲ +20"]
        # the earlier line runs through the source's scores at the future state's steps
        line = earlier_lines(panel.changes, window.scene.layout,
                             window.engine.layout(project, source.id),
                             overlay._counterparts(window.scene))[0]
        present = next(c for c in window.scene.layout.curves if c.persona_id == point.persona_id)
        assert [x for x, _y in line.points] == [x for _id, x, _y, _s in present.points]
        assert sum(y1 != y2 for (_x, y1), (_i, _x2, y2, _s) in zip(line.points, present.points)) == 1
        window.show_map(source.id)  # the marks are the future state's: none on another map
        assert overlay.active and overlay.items == []
        window.show_map(future_id)
        assert len(overlay.items) == len(tips)
    finally:
        window.document.close()


# ------------------------------------------------------------------ the done-when
def done_when_edits(editor, project) -> dict[str, tuple[str, str, str]]:
    """The ten edits of the issue's done-when, each of another kind, on the sample's first map:
    what each should show as (action, kind, id) in the change list."""
    from journeyeditor.model import Card

    map_ = project.maps[0]
    contents = project.contents(map_.id)
    steps, lanes = contents.columns(), contents.lanes
    cards = [card for card in contents.cards.values() if card.title and card.lane_id == lanes[0].id]
    removed, retitled, moved = cards[1], cards[2], cards[3]
    target = next(step for step in steps if step.id not in (moved.step_id, retitled.step_id, removed.step_id))
    point = next(p for p in contents.emotion_points.values() if p.persona_id == map_.persona_ids[0])
    metric = metric_rules.latest(list(contents.metrics.values()))[0]
    hidden = map_.persona_ids[-1]
    added = editor.add_card(map_.id, steps[0].id, lanes[0].id, title="Sees a poster in the metro")
    editor.remove([removed.id])
    editor.update(retitled.id, title="Compares prices with the bus pass")
    editor.move_cards([(moved.id, target.id, moved.lane_id, 0)])
    editor.set_emotion(map_.id, point.persona_id, point.step_id, point.score - 1 if point.score > -2 else 1)
    stage = editor.add_stage(map_.id, "Referral", index=len(contents.stages))
    editor.update(lanes[1].id, name="Touchpoints we own")
    editor.update(metric.id, value=metric.value + 5)
    ends = [c for c in contents.cards.values() if isinstance(c, Card) and c.lane_id == lanes[0].id
            and c.id not in (added.id, moved.id, retitled.id)]
    connector = editor.connect(ends[0].id, ends[-1].id, "leads to")
    editor.show_persona(map_.id, hidden, False)
    return {"add card": ("added", "card", added.id), "delete card": ("removed", "card", removed.id),
            "title": ("changed", "card", retitled.id), "move": ("moved", "card", moved.id),
            "emotion": ("shifted", "emotion", point.id), "stage": ("added", "stage", stage.id),
            "lane": ("renamed", "lane", lanes[1].id), "metric": ("changed", "metric", metric.id),
            "connector": ("added", "connector", connector.id), "persona shown": ("changed", "map", map_.id)}


def test_done_when_ten_edits_show_exactly_in_the_diff_the_marks_and_the_pdf(tmp_path, capsys):
    from pypdf import PdfReader

    from journeyeditor.history.diff import changes_table
    from journeyeditor.history.marks import (
        card_marks,
        connector_marks,
        earlier_lines,
        header_marks,
        metric_marks,
    )
    from journeyeditor.layout import LayoutEngine

    path = tmp_path / "sample.journey"
    ProjectStore.create(path, build_sample()).close()
    _cli(capsys, "snapshot", path, "--name", "Q3 review")
    with ProjectStore.open(path) as store:
        expected = done_when_edits(Editor(store.project, store), store.project)
        store.flush()
        before = snapshots.load(store, snapshots.list_snapshots(store)[0].id)
        changes = diff_projects(before, store.project)
        assert sorted((c.action, c.kind, c.id) for c in changes) == sorted(expected.values()), \
            [c.text() for c in changes]
        # every one of them has its mark on the later map (the canvas and the PDF draw these)
        map_id = store.project.maps[0].id
        engine = LayoutEngine()
        layout, earlier = engine.layout(store.project, map_id), engine.layout(before, map_id)
        marked = {m.text for m in (*card_marks(changes, layout, earlier), *header_marks(changes, layout),
                                   *connector_marks(changes, layout, earlier), *metric_marks(changes, layout))}
        assert {c.text() for c in changes if c.kind != "emotion"} == marked
        assert len(earlier_lines(changes, layout, earlier)) == 1
        title = "Changes from Q3 review to now"
        rows = changes_table(changes, title).rows
    code, _out, err = _cli(capsys, "diff", path, "--since", "Q3 review", "-o", tmp_path / "changes.pdf")
    assert code == 0, err
    pages = PdfReader(tmp_path / "changes.pdf").pages
    assert "Marks:" in pages[0].extract_text() and len(pages) == 2  # the one map changed, then the list
    listing = " ".join(pages[1].extract_text().split())
    assert all(" ".join(row[3].split()) in listing for row in rows)
    assert "Referral" in listing and "personas shown" in listing and "(leads to)" in listing


def test_done_when_the_compare_view_lists_and_marks_exactly_the_ten(tmp_path, qtbot):
    from conftest import close_window, open_window

    path = tmp_path / "sample.journey"
    ProjectStore.create(path, build_sample()).close()
    win = open_window(qtbot, path)
    try:
        panel, project = win.history_panel, win.document.project
        panel.save_snapshot("Q3 review")
        expected = done_when_edits(win.document.editor, project)
        assert win.document.editor.undo_stack.count() == 10
        win.show_map(project.maps[0].id)
        row = next(r for r in range(panel.snapshot_list.count()) if "Q3 review" in panel.snapshot_list.item(r).text())
        panel.snapshot_list.setCurrentRow(row)
        assert panel.later_box.currentText() == "Now"
        panel.compare_button.click()
        assert panel.change_list.count() == 10
        assert sorted((c.action, c.kind, c.id) for c in panel.changes) == sorted(expected.values())
        listed = [panel.change_list.item(row).text() for row in range(10)]
        assert listed == [c.text() for c in panel.changes]
        tips = {item.toolTip() for item in win.scene.compare_overlay.items}
        assert {f"{c.text()} (since the snapshot)" for c in panel.changes if c.kind != "emotion"} <= tips
        assert "Emotions at the snapshot" in tips
        # stepping through the list selects each card that is still there
        row = next(i for i, c in enumerate(panel.changes) if c.id == expected["move"][2])
        panel.change_list.setCurrentRow(row)
        assert win.scene.selected_card_ids() == [expected["move"][2]]
        # and to the marks of what is not a card there now: the view scrolls to each (at 100 %)
        win.view.zoom_actual()
        for what in ("delete card", "stage", "connector", "emotion", "metric"):
            change_id = expected[what][2]
            panel.change_list.setCurrentRow(next(i for i, c in enumerate(panel.changes) if c.id == change_id))
            mark = win.scene.compare_overlay.rect_of(win.scene, change_id)
            seen = win.view.mapToScene(win.view.viewport().rect()).boundingRect()
            assert mark is not None and seen.intersects(mark), what  # (a long connector: in part)
    finally:
        close_window(win)


def test_laying_out_the_earlier_map_leaves_the_present_layout_where_it_was():
    from journeyeditor.layout import LayoutEngine

    project = build_sample()
    before = _copy(project)
    map_id = project.maps[0].id
    contents = project.contents(map_id)
    for number in range(4):  # the first lane grows: every lane under it moves down
        Editor(project).add_card(map_id, contents.columns()[0].id, contents.lanes[0].id, title=f"New {number}")
    engine = LayoutEngine()
    layout = engine.layout(project, map_id)
    where = {card_id: box.rect for card_id, box in layout.cards.items()}
    engine.sibling().layout(before, map_id)
    assert {card_id: box.rect for card_id, box in layout.cards.items()} == where
    assert all(layout.cards[c.id].rect.y >= layout.lanes[1].row.y for c in contents.cells.get(
        (contents.columns()[0].id, contents.lanes[1].id), []))


def test_the_change_list_reads_in_the_user_s_language():
    from journeyeditor import catalogue

    project = build_sample()
    before = _copy(project)
    card = next(c for c in project.contents(project.maps[0].id).cards.values() if c.title == "Compares prices")
    Editor(project).update(card.id, title="Compares prices twice")
    [change] = diff_projects(before, project)
    assert change.text() == "changed card 'Compares prices twice': title 'Compares prices' → 'Compares prices twice'"
    try:
        catalogue.set_language("ja")
        assert change.text() == "カードを変更 'Compares prices twice'：タイトル 'Compares prices' → 'Compares prices twice'"
        catalogue.set_language("fa")
        assert change.text().startswith("کارت تغییر کرد 'Compares prices twice': عنوان 'Compares prices' ← ")
    finally:
        catalogue.set_language(catalogue.ENGLISH)
    assert change.as_dict()["action"] == "changed"  # the data keeps its English keys


def test_a_damaged_snapshot_is_refused_with_a_message_and_no_window(tmp_path, qtbot, monkeypatch):
    from conftest import close_window, open_window
    from PySide6.QtWidgets import QMessageBox

    from journeyeditor.ui.main_window import WINDOWS

    path = tmp_path / "sample.journey"
    ProjectStore.create(path, build_sample()).close()
    with ProjectStore.open(path) as store:
        taken = snapshots.take(store, "Q3 review")
    with sqlite3.connect(path) as db:
        db.execute("UPDATE snapshots SET data = ? WHERE id = ?", (b"not zlib at all", taken.id))
    win = open_window(qtbot, path)
    try:
        warned = []
        monkeypatch.setattr(QMessageBox, "warning", lambda _parent, title, text: warned.append((title, text)))
        windows = len(WINDOWS)
        win.history_panel.snapshot_list.setCurrentRow(0)
        win.history_panel.open_button.click()
        assert len(WINDOWS) == windows
        assert warned and warned[0][0] == "Open Snapshot" and "the snapshot is damaged" in warned[0][1]
        # a new one is kept all the same (its summary, against the damaged one, left out)
        assert win.history_panel.save_snapshot("after the damage").changes == 0
    finally:
        close_window(win)


def test_a_renamed_persona_is_listed_once_and_framed_in_each_map_s_legend():
    from journeyeditor.history.marks import header_marks
    from journeyeditor.layout import LayoutEngine

    project = build_sample()
    before = _copy(project)
    persona = project.personas[1]
    Editor(project).edit_persona(persona.id, name="Дмитрий О.")
    changes = diff_projects(before, project)
    assert [(c.action, c.kind, c.label, c.old, c.new) for c in changes] == [
        ("renamed", "persona", "Дмитрий О.", (persona_name := before.personas[1].name,), ("Дмитрий О.",))]
    legend = next(e for e in LayoutEngine().layout(project, project.maps[0].id).legend if e.name == "Дмитрий О.")
    [mark] = header_marks(changes, LayoutEngine().layout(project, project.maps[0].id))
    assert mark.action == "changed" and mark.rect.contains(legend.x + 2, legend.y + 2)
    assert persona_name in mark.text


def test_a_card_moved_between_unnamed_steps_says_which_stages():
    project = build_sample()
    map_id = project.maps[0].id
    contents = project.contents(map_id)
    unnamed = [step for step in contents.columns() if not step.name]
    if len(unnamed) < 2:  # the sample names its steps: make two stages of one unnamed step each
        editor = Editor(project)
        unnamed = [project.contents(map_id).steps_of(editor.add_stage(map_id, name).id)[0] for name in ("Later", "Last")]
    lane = contents.lanes[0]
    card = Editor(project).add_card(map_id, unnamed[0].id, lane.id, title="Wanders")
    before = _copy(project)
    Editor(project).move_cards([(card.id, unnamed[1].id, lane.id, 0)])
    [change] = diff_projects(before, project)
    stage_names = [project.require(step.stage_id).name for step in unnamed[:2]]
    assert (change.action, change.fields) == ("moved", ("cell",))
    assert change.old == (f"{stage_names[0]} / {lane.name}",) and change.new == (f"{stage_names[1]} / {lane.name}",)
