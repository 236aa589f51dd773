import hashlib
import os
import shutil
import sqlite3

import pytest

from journeyeditor.interchange import project_to_json
from journeyeditor.model import Card, Project
from journeyeditor.persistence import (
    DamagedFileError,
    FileInUseError,
    NewerSchemaError,
    NotAProjectError,
    ProjectFileError,
    ProjectStore,
)
from journeyeditor.persistence.schema import APPLICATION_ID, SCHEMA_VERSION
from conftest import FIXTURES


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_create_open_round_trip_and_nothing_left_beside(tmp_path, sample_project):
    path = tmp_path / "a.journey"
    ProjectStore.create(path, sample_project).close()
    assert sorted(os.listdir(tmp_path)) == ["a.journey"]
    with ProjectStore.open(path) as store:
        assert project_to_json(store.project) == project_to_json(sample_project)
    assert sorted(os.listdir(tmp_path)) == ["a.journey"]
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "delete"


def test_changes_land_in_the_file(sample_file):
    with ProjectStore.open(sample_file) as store:
        project = store.project
        m = project.maps[0]
        contents = project.contents(m.id)
        project.update(contents.stages[0].id, name="Discover — 发现")
        project.reorder(contents.lanes[0].id, 3)
        card = next(iter(contents.cards.values()))
        project.move_card(card.id, contents.stages[2].id, contents.lanes[1].id, 0)
        project.remove(contents.stages[1].id)
        project.set_title("Renamed")
        store.flush()
        expected = project_to_json(project)
    with ProjectStore.open(sample_file, read_only=True) as store:
        assert project_to_json(store.project) == expected


def test_a_resized_step_keeps_its_place_in_its_stage(sample_file):
    """A step's position counts within its stage, in a file written whole and in one written
    step by step alike (and in files written before that: the step's siblings are rewritten)."""
    db = sqlite3.connect(sample_file)  # as files written whole used to number steps: across the map
    ids = [row[0] for row in db.execute("SELECT id FROM steps ORDER BY position")]
    db.executemany("UPDATE steps SET position = ? WHERE id = ?", [(i, step) for i, step in enumerate(ids)])
    db.commit()
    db.close()
    with ProjectStore.open(sample_file) as store:
        contents = store.project.contents(store.project.maps[0].id)
        last = contents.steps_of(contents.stages[2].id)[-1]  # a stage's last step, past the first stage
        store.project.update(last.id, width=180.0)
        store.flush()
        expected = project_to_json(store.project)
    with ProjectStore.open(sample_file, read_only=True) as store:
        assert project_to_json(store.project) == expected
    fresh = sample_file.with_name("fresh.journey")
    with ProjectStore.open(sample_file, read_only=True) as store:
        ProjectStore.create(fresh, store.project).close()
    positions = sqlite3.connect(fresh).execute("SELECT stage_id, position FROM steps").fetchall()
    for stage_id in {stage for stage, _position in positions}:
        assert sorted(p for stage, p in positions if stage == stage_id) == \
            list(range(sum(1 for stage, _p in positions if stage == stage_id)))


def _bad_files(tmp_path, sample_file):
    random_bytes = tmp_path / "random.journey"
    random_bytes.write_bytes(os.urandom(8192))
    empty = tmp_path / "empty.journey"
    empty.write_bytes(b"")
    truncated = tmp_path / "truncated.journey"
    truncated.write_bytes(sample_file.read_bytes()[: 4096 * 3 + 100])
    short_header = tmp_path / "short.journey"
    short_header.write_bytes(sample_file.read_bytes()[:60])
    foreign = tmp_path / "foreign.journey"
    db = sqlite3.connect(foreign)
    db.execute("CREATE TABLE songs (title TEXT)")
    db.commit()
    db.close()
    newer = tmp_path / "newer.journey"
    shutil.copy(sample_file, newer)
    db = sqlite3.connect(newer)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.commit()
    db.close()
    corrupt = tmp_path / "corrupt.journey"
    data = bytearray(sample_file.read_bytes())
    data[4096 * 2: 4096 * 3] = os.urandom(4096)  # a whole page of garbage in the middle
    corrupt.write_bytes(bytes(data))
    return {
        "random": (random_bytes, NotAProjectError, "not a Journey Editor project"),
        "empty": (empty, NotAProjectError, "empty"),
        "truncated": (truncated, DamagedFileError, "damaged"),
        "short": (short_header, DamagedFileError, "damaged"),
        "foreign": (foreign, NotAProjectError, "another program"),
        "newer": (newer, NewerSchemaError, "newer Journey Editor"),
        "corrupt": (corrupt, DamagedFileError, "damaged"),
    }


@pytest.mark.parametrize("kind", ["random", "empty", "truncated", "short", "foreign", "newer", "corrupt"])
@pytest.mark.parametrize("read_only", [False, True])
def test_bad_files_are_refused_unchanged(tmp_path, sample_file, kind, read_only):
    path, error, words = _bad_files(tmp_path, sample_file)[kind]
    before = digest(path)
    listing = sorted(os.listdir(tmp_path))
    with pytest.raises(error, match=words) as caught:
        ProjectStore.open(path, read_only=read_only)
    assert "\n" not in str(caught.value)
    assert digest(path) == before
    assert sorted(os.listdir(tmp_path)) == listing


def test_missing_path_and_folder(tmp_path):
    with pytest.raises(ProjectFileError, match="no such file"):
        ProjectStore.open(tmp_path / "nope.journey")
    with pytest.raises(ProjectFileError, match="folder"):
        ProjectStore.open(tmp_path)


def test_read_only_file_opens_read_only(sample_file):
    before = digest(sample_file)
    os.chmod(sample_file, 0o444)
    try:
        if os.access(sample_file, os.W_OK):
            pytest.skip("running as a user that ignores file permissions (root)")
        with ProjectStore.open(sample_file) as store:
            assert store.read_only and "read-only" in store.read_only_reason
    finally:
        os.chmod(sample_file, 0o644)
    assert digest(sample_file) == before


def test_read_only_when_permission_checks_say_so(sample_file, monkeypatch):
    """As root, chmod does not stop writes; the store asks os.access, so simulate that."""
    before = digest(sample_file)
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, mode: False if mode == os.W_OK else real_access(p, mode))
    with ProjectStore.open(sample_file) as store:
        assert store.read_only_reason == "the file is read-only"
        store.project.update(store.project.maps[0].id, name="changed")
        with pytest.raises(ProjectFileError, match="read-only"):
            store.flush()
    assert digest(sample_file) == before


def test_a_file_open_elsewhere_is_reported_and_opens_read_only(sample_file):
    with ProjectStore.open(sample_file) as writer:
        with pytest.raises(FileInUseError, match="open in another"):
            ProjectStore.open(sample_file)
        with ProjectStore.open(sample_file, read_only=True) as reader:
            assert reader.read_only
            assert reader.project.title == writer.project.title
    ProjectStore.open(sample_file).close()  # released on close


def test_version_one_fixture_upgrades_with_a_backup(tmp_path):
    fixture = FIXTURES / "project_v1.journey"
    path = tmp_path / "old.journey"
    shutil.copy(fixture, path)
    original = path.read_bytes()
    with ProjectStore.open(path) as store:
        project = store.project
        card = project.get("c1")
        assert isinstance(card, Card) and card.title == "Sees an ad" and card.body == "سفر"
        assert card.tags == ["ads"] and card.fail_point is False and card.minutes == 0.0
        assert project.title == "Version one project — 第一版"
        assert [s.name for s in project.contents("m1").stages] == ["Awareness", "Покупка"]
        assert project.emotion_point("m1", "p1", "s1").note == "happy"
        project.update("c1", fail_point=True)
        store.flush()
    backup = tmp_path / "old.journey.v1-backup"
    assert backup.read_bytes() == original
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    with ProjectStore.open(path) as store:
        assert store.project.get("c1").fail_point is True


def test_version_one_fixture_read_only_is_upgraded_in_a_copy_only():
    fixture = FIXTURES / "project_v1.journey"
    before = digest(fixture)
    with ProjectStore.open(fixture, read_only=True) as store:
        assert store.project.get("c2").owner == "Sales"
    assert digest(fixture) == before
    assert not (FIXTURES / "project_v1.journey.v1-backup").exists()


def test_failed_upgrade_rolls_back(tmp_path, monkeypatch):
    from journeyeditor.persistence import schema

    path = tmp_path / "old.journey"
    shutil.copy(FIXTURES / "project_v1.journey", path)

    def broken(db):
        db.execute("ALTER TABLE maps ADD COLUMN half_done TEXT")
        raise sqlite3.OperationalError("simulated failure")

    monkeypatch.setitem(schema.UPGRADES, 1, broken)
    with pytest.raises(sqlite3.OperationalError):
        ProjectStore.open(path)
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == 1
    assert "half_done" not in [r[1] for r in db.execute("PRAGMA table_info(maps)")]


def test_create_refuses_to_overwrite(tmp_path):
    path = tmp_path / "x.journey"
    ProjectStore.create(path, Project("a")).close()
    with pytest.raises(ProjectFileError, match="already exists"):
        ProjectStore.create(path, Project("b"))


def test_a_failed_write_is_reported_and_retried(sample_file, monkeypatch):
    from journeyeditor.editor import Editor

    store = ProjectStore.open(sample_file)
    editor = Editor(store.project, store)
    real_write = store._write
    calls = {"n": 0}

    def failing_once(*pending):
        calls["n"] += 1
        if calls["n"] == 1:
            raise sqlite3.OperationalError("disk I/O error")
        return real_write(*pending)

    monkeypatch.setattr(store, "_write", failing_once)
    m = store.project.maps[0]
    editor.update(m.id, name="First")
    from journeyeditor.persistence import WriteError

    assert isinstance(editor.write_error, WriteError)
    assert "disk I/O error" in str(editor.write_error) and "kept" in str(editor.write_error)
    editor.update(m.id, description="Second")  # the next step writes both
    assert editor.write_error is None
    expected = project_to_json(store.project)
    store.close()
    with ProjectStore.open(sample_file, read_only=True) as reopened:
        assert project_to_json(reopened.project) == expected


def test_deleted_text_does_not_stay_in_the_file(sample_file):
    """secure_delete: a project is shared, so what was deleted must not be readable in its bytes."""
    from journeyeditor.editor import Editor

    secret = "Salary of Jane Roe: 123456"
    store = ProjectStore.open(sample_file)
    editor = Editor(store.project, store)
    m = store.project.maps[0]
    c = store.project.contents(m.id)
    card = editor.add_card(m.id, c.stages[0].id, c.lanes[0].id, title=secret)
    store.close()
    assert secret.encode() in sample_file.read_bytes()
    store = ProjectStore.open(sample_file)
    Editor(store.project, store).remove([card.id])
    store.close()
    assert secret.encode() not in sample_file.read_bytes()
