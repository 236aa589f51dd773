"""Nothing lost, nothing hangs: replaced files, killed writers, full disks and bad files.

The long runs (hundreds of kills, thousands of fuzzed imports) are in bench/torture.py; these
are the short versions that run with every test run.
"""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path

import pytest

from conftest import FIXTURES, SRC
from killing import kill_once

ENV = dict(os.environ, PYTHONPATH=str(SRC), QT_QPA_PLATFORM="offscreen")


def cli(*args, preexec_fn=None, cwd=None):
    return subprocess.run([sys.executable, "-m", "journeyeditor", *map(str, args)], capture_output=True,
                          text=True, env=ENV, preexec_fn=preexec_fn, cwd=cwd, timeout=120)


def digest(path: Path):
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else None


def snapshot(folder: Path) -> dict:
    """Every file under `folder` with its digest: 'nothing changed, nothing left behind'."""
    return {str(p.relative_to(folder)): digest(p) for p in sorted(folder.rglob("*"))}


def assert_refused(result, *words):
    assert result.returncode == 1, (result.stdout, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("journeyeditor: error: "), result.stderr
    assert "Traceback" not in result.stderr and "Errno" not in result.stderr
    for word in words:
        assert word in lines[0], lines[0]


# ------------------------------------------------------------------ a writer that stays or crashes
HOLDER = """
import sys
sys.path.insert(0, {src!r})
from journeyeditor.editor import Editor
from journeyeditor.persistence import ProjectStore
store = ProjectStore.open(sys.argv[1])
editor = Editor(store.project, store)
m = store.project.maps[0]
c = store.project.contents(m.id)
for i in range(40):  # edits that sit in the WAL, not yet folded into the file
    editor.add_card(m.id, c.stages[i % len(c.stages)].id, c.lanes[0].id, title=f"crash {{i}}")
print("ready", flush=True)
if sys.argv[2] == "crash":
    import os, signal
    os.kill(os.getpid(), signal.SIGKILL)
sys.stdin.readline()
store.close()
"""


@contextmanager
def writer_on(path: Path, mode: str):
    process = subprocess.Popen([sys.executable, "-c", HOLDER.format(src=str(SRC)), str(path), mode],
                               stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=ENV)
    try:
        line = process.stdout.readline()
        assert line.strip() == "ready" or mode == "crash", line
        if mode == "crash":
            process.wait(timeout=60)
        yield process
    finally:
        if process.poll() is None:
            process.stdin.write("\n")
            process.stdin.flush()
            process.wait(timeout=60)


@pytest.mark.parametrize("how", ["new", "import"])
def test_replacing_a_crashed_writers_file_takes_its_wal_along(tmp_path, how):
    project = tmp_path / "p.journey"
    assert cli("new", project, "--template", "sample").returncode == 0
    source = tmp_path / "other.json"
    other = tmp_path / "other.journey"
    cli("new", other, "--template", "current-state", "--title", "Replacement")
    cli("export", other, "-o", source)
    with writer_on(project, "crash"):
        pass
    assert (tmp_path / "p.journey-wal").exists()  # what the crash left: edits not yet folded in
    if how == "new":
        result = cli("new", project, "--force", "--template", "current-state", "--title", "Replacement")
    else:
        result = cli("import", source, "-o", project, "--force")
    assert result.returncode == 0, result.stderr
    assert not any(tmp_path.glob("p.journey-*")), list(tmp_path.iterdir())
    db = sqlite3.connect(project)
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    db.close()
    assert cli("export", project, "-o", tmp_path / "after.json").returncode == 0
    after = (tmp_path / "after.json").read_text()
    if how == "import":
        assert after == source.read_text()
    assert '"title": "Replacement"' in after and "crash 0" not in after and after.count('"kind": "') > 0


def test_a_file_open_in_another_window_is_never_replaced(tmp_path):
    project = tmp_path / "p.journey"
    cli("new", project, "--template", "sample")
    cli("export", project, "-o", tmp_path / "p.json")
    with writer_on(project, "hold"):
        before = snapshot(tmp_path)
        assert_refused(cli("new", project, "--force"), "open in another")
        assert_refused(cli("import", tmp_path / "p.json", "-o", project, "--force"), "open in another")
        assert snapshot(tmp_path) == before
        assert cli("info", project).returncode == 0  # reading it is fine


def test_save_as_onto_a_file_open_elsewhere_is_refused(tmp_path, sample_file):
    from journeyeditor.persistence import FileInUseError, ProjectStore

    other = tmp_path / "other.journey"
    cli("new", other, "--template", "current-state")
    with writer_on(other, "hold"), ProjectStore.open(sample_file) as store:
        with pytest.raises(FileInUseError):
            store.save_copy(other)
        assert store.save_copy(sample_file) == sample_file  # onto itself: nothing to copy


# ------------------------------------------------------------------ kills
def test_killed_writers_lose_nothing_but_the_edit_in_flight(tmp_path):
    from journeyeditor.persistence import ProjectStore
    from journeyeditor.templates import build_sample

    path = tmp_path / "k.journey"
    ProjectStore.create(path, build_sample()).close()
    rng = random.Random(1234)
    results = [kill_once(path, seed, rng, most_seconds=0.8) for seed in range(4)]
    for result in results:
        assert result.integrity == "ok"
        assert result.matches, result
    assert results[-1].found > results[0].found  # each run went on from the last one's state


# ------------------------------------------------------------------ full disk, read-only disk
def _mount_tmpfs(folder: Path, size_kb: int) -> bool:
    if os.geteuid() != 0 or not shutil.which("mount"):
        return False
    return subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size_kb}k,mode=0777", "tmpfs", str(folder)],
                          capture_output=True).returncode == 0


def _limit_file_size(limit: int):
    """Where no tiny file system can be mounted: the kernel refuses writes past `limit` bytes
    (EFBIG), which the program meets exactly where a full disk would stop it."""
    def apply() -> None:
        import resource

        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    return apply


@contextmanager
def tiny_disk(tmp_path: Path, size_kb: int = 48):
    """(folder, preexec_fn): a real tmpfs of `size_kb` where the test may mount one, else a
    folder where a resource limit stands in for the full disk."""
    folder = tmp_path / "tiny"
    folder.mkdir()
    if _mount_tmpfs(folder, size_kb):
        try:
            yield folder, None, "the disk is full"
        finally:
            subprocess.run(["umount", "-l", str(folder)], capture_output=True)
    else:
        yield folder, _limit_file_size(size_kb * 1024), "cannot write"


@pytest.mark.parametrize("command", ["new", "import", "export-json", "export-pdf", "export-png"])
def test_a_full_disk_is_said_in_one_line_and_leaves_nothing(tmp_path, sample_file, command):
    source = tmp_path / "s.json"
    cli("export", sample_file, "-o", source)
    with tiny_disk(tmp_path) as (disk, limit, words):
        args = {
            "new": ["new", disk / "n.journey", "--template", "sample"],
            "import": ["import", source, "-o", disk / "n.journey"],
            "export-json": ["export", sample_file, "-o", disk / "x.json"],
            "export-pdf": ["export", sample_file, "-o", disk / "x.pdf"],
            "export-png": ["export", sample_file, "-o", disk / "x.png", "--scale", "2"],
        }[command]
        (disk / "keep.txt").write_text("the user's own file")
        before = snapshot(tmp_path)
        result = cli(*args, preexec_fn=limit)
        assert_refused(result, words)
        assert snapshot(tmp_path) == before  # inputs unchanged, no partial output, no temp file


@contextmanager
def read_only_folder(tmp_path: Path):
    folder = tmp_path / "ro"
    folder.mkdir()
    mounted = _mount_tmpfs(folder, 4096)
    try:
        yield folder, mounted
    finally:
        if mounted:
            subprocess.run(["umount", "-l", str(folder)], capture_output=True)
        else:
            folder.chmod(0o755)


def _make_read_only(folder: Path, mounted: bool) -> None:
    if not mounted or subprocess.run(["mount", "-o", "remount,ro", str(folder)],
                                     capture_output=True).returncode != 0:
        for path in folder.iterdir():
            path.chmod(0o444)
        folder.chmod(0o555)
        if os.access(folder, os.W_OK):
            pytest.skip("this user ignores file permissions and cannot mount a read-only disk")


def test_a_read_only_disk_is_refused_in_words_and_read_fine(tmp_path, sample_file):
    with read_only_folder(tmp_path) as (folder, mounted):
        project = folder / "s.journey"
        shutil.copy(sample_file, project)
        _make_read_only(folder, mounted)
        before = snapshot(tmp_path)
        assert_refused(cli("new", project, "--force"))
        assert_refused(cli("export", project, "-o", folder / "x.pdf"), "cannot write", "not writable")
        assert cli("info", project).returncode == 0
        assert snapshot(tmp_path) == before


# ------------------------------------------------------------------ the bad-file table
def _bad_file(tmp_path: Path, sample_file: Path, kind: str) -> Path:
    from test_store import _bad_files

    if kind in ("random", "empty", "truncated", "short", "foreign", "newer", "corrupt"):
        return _bad_files(tmp_path, sample_file)[kind][0]
    path = tmp_path / f"{kind}.journey"
    if kind == "fifo":
        os.mkfifo(path)
    elif kind == "folder":
        path.mkdir()
    elif kind == "our-id-foreign-tables":  # our signature on somebody else's tables
        from journeyeditor.persistence.schema import APPLICATION_ID, SCHEMA_VERSION

        db = sqlite3.connect(path)
        db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        db.execute("CREATE TABLE songs (title TEXT)")
        db.commit()
        db.close()
    elif kind == "bad-image":
        shutil.copy(sample_file, path)
        db = sqlite3.connect(path)
        db.execute("INSERT INTO images (hash, mime, data) VALUES (?, 'image/png', ?)",
                   (hashlib.sha256(b"one").hexdigest(), b"another"))
        db.commit()
        db.close()
    return path  # "missing": never made


BAD_KINDS = {
    "random": "not a Journey Editor project", "empty": "empty", "truncated": "damaged", "short": "damaged",
    "foreign": "another program", "newer": "newer Journey Editor", "corrupt": "damaged",
    "missing": "no such file", "folder": "folder", "fifo": "not an ordinary file",
    "our-id-foreign-tables": "not its tables", "bad-image": "does not match its data",
}


@pytest.mark.parametrize("kind", sorted(BAD_KINDS))
@pytest.mark.parametrize("command", ["info", "export"])
def test_bad_files_through_the_command_line(tmp_path, sample_file, kind, command):
    path = _bad_file(tmp_path, sample_file, kind)
    before = snapshot(tmp_path)
    args = ["info", path] if command == "info" else ["export", path, "-o", tmp_path / "out.pdf"]
    assert_refused(cli(*args), BAD_KINDS[kind])
    assert snapshot(tmp_path) == before


def test_a_stray_journal_beside_a_good_file_is_not_called_damage(tmp_path, sample_file):
    (tmp_path / "sample.journey-journal").write_bytes(os.urandom(3000))
    result = cli("info", sample_file)
    assert result.returncode == 0, result.stderr
    assert not (tmp_path / "sample.journey-journal").exists()  # SQLite's recovery discarded it


def test_an_old_file_opened_read_only_leaves_no_copy_behind(tmp_path, monkeypatch):
    from journeyeditor.persistence import ProjectStore

    temp = tmp_path / "temp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", None)  # read TMPDIR again
    for _ in range(3):
        with ProjectStore.open(FIXTURES / "project_v1.journey", read_only=True) as store:
            assert store.project.get("c2").owner == "Sales"
            assert any(temp.iterdir())  # the upgraded copy lives while the file is open
    assert not any(temp.iterdir())


# ------------------------------------------------------------------ a window's last write fails
def _full_disk_write(store, monkeypatch):
    """Writes fail as on a full disk from now on (the real thing is tested through the CLI)."""
    def full(*_args):
        error = sqlite3.OperationalError("database or disk is full")
        error.sqlite_errorcode = sqlite3.SQLITE_FULL
        raise error
    monkeypatch.setattr(store, "_write", full)


@pytest.mark.parametrize("answer", ["copy", "cancel-then-discard"])
def test_closing_a_window_whose_writes_fail_loses_nothing_unasked(qtbot, tmp_path, sample_file, monkeypatch,
                                                                answer):
    from PySide6.QtWidgets import QFileDialog

    from journeyeditor.interchange import project_to_json
    from journeyeditor.persistence import ProjectStore
    from journeyeditor.ui.main_window import MainWindow
    from journeyeditor.ui.settings import Settings

    window = MainWindow(Settings())
    qtbot.addWidget(window)
    window.show()
    assert window.open_path(sample_file)
    store = window.document.store
    _full_disk_write(store, monkeypatch)
    monkeypatch.setattr("journeyeditor.ui.main_window.QMessageBox.critical", lambda *a, **k: None)
    editor = window.document.editor
    m = store.project.maps[0]
    contents = store.project.contents(m.id)
    for i in range(3):
        editor.add_card(m.id, contents.stages[0].id, contents.lanes[0].id, title=f"unwritten {i}")
    assert "disk is full" in str(editor.write_error)
    in_memory = project_to_json(store.project)
    asked = []
    copy = tmp_path / "rescued.journey"
    answers = ["copy"] if answer == "copy" else ["cancel", "discard"]

    def ask(error):
        asked.append(str(error))
        return answers[len(asked) - 1]

    monkeypatch.setattr(window, "ask_unwritten", ask)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(copy), "")))
    window.close()
    if answer == "copy":
        assert window.document is None and len(asked) == 1 and "disk is full" in asked[0]
        with ProjectStore.open(copy, read_only=True) as rescued:
            assert project_to_json(rescued.project) == in_memory
    else:
        assert window.document is not None  # cancel kept the window and every change
        assert project_to_json(window.document.project) == in_memory
        window.close()
        assert window.document is None and len(asked) == 2
    with ProjectStore.open(sample_file) as original:  # the file itself is whole, as before the failure
        assert "unwritten 0" not in project_to_json(original.project)

