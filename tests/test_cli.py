import hashlib
import json
import os
import subprocess
import sys

import pytest

from conftest import SRC


def run(*args, cwd=None):
    env = dict(os.environ, PYTHONPATH=str(SRC))
    return subprocess.run([sys.executable, "-m", "journeyeditor", *map(str, args)],
                          capture_output=True, text=True, env=env, cwd=cwd)


def test_new_then_info_json(tmp_path):
    path = tmp_path / "a.journey"
    assert run("new", path, "--template", "current-state").returncode == 0
    result = run("info", path, "--json")
    assert result.returncode == 0, result.stderr
    info = json.loads(result.stdout)
    assert len(info["maps"]) == 1
    assert info["maps"][0]["stages"][:2] == ["Awareness", "Consideration"]
    assert "Customer actions" in [lane["name"] for lane in info["maps"][0]["lanes"]]


def test_blueprint_info_lists_its_lines(tmp_path):
    path = tmp_path / "b.journey"
    run("new", path, "--template", "service-blueprint", "--title", "Blueprint — 藍圖")
    info = json.loads(run("info", path, "--json").stdout)
    assert info["title"] == "Blueprint — 藍圖"
    assert info["maps"][0]["lines"] == ["Line of interaction", "Line of visibility",
                                        "Line of internal interaction"]


def test_json_export_import_export_is_identical(tmp_path):
    project = tmp_path / "s.journey"
    run("new", project, "--template", "sample")
    assert run("export", project, "-o", tmp_path / "one.json").returncode == 0
    assert run("import", tmp_path / "one.json", "-o", tmp_path / "copy.journey").returncode == 0
    assert run("export", tmp_path / "copy.journey", "-o", tmp_path / "two.json").returncode == 0
    assert (tmp_path / "one.json").read_bytes() == (tmp_path / "two.json").read_bytes()


def _digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else None


@pytest.mark.parametrize("case", ["garbage", "missing", "newer", "folder", "exists", "badjson", "nomap",
                                  "unknown-template"])
def test_user_errors_are_one_line_and_change_nothing(tmp_path, case):
    sample = tmp_path / "s.journey"
    run("new", sample, "--template", "sample")
    garbage = tmp_path / "g.journey"
    garbage.write_bytes(os.urandom(3000))
    bad_json = tmp_path / "bad.json"
    bad_json.write_text('{"format": "journeyeditor-project", "format_version": 1, "maps": [{"name": 3}]}')
    args = {
        "garbage": ["info", garbage],
        "missing": ["info", tmp_path / "none.journey"],
        "newer": ["info", sample],  # made newer below
        "folder": ["export", tmp_path, "-o", tmp_path / "x.json"],
        "exists": ["new", sample],
        "badjson": ["import", bad_json, "-o", tmp_path / "out.journey"],
        "nomap": ["export", sample, "--map", "No such", "-o", tmp_path / "x.png"],
        "unknown-template": ["new", tmp_path / "n.journey", "--template", "nope"],
    }[case]
    if case == "newer":
        import sqlite3

        db = sqlite3.connect(sample)
        db.execute("PRAGMA user_version = 99")
        db.commit()
        db.close()
    before = {p.name: _digest(p) for p in tmp_path.iterdir()}
    result = run(*args)
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("journeyeditor: error: "), result.stderr
    assert "Traceback" not in result.stderr
    assert {p.name: _digest(p) for p in tmp_path.iterdir()} == before


# ------------------------------------------------------------------ rough edges of the command line
def test_a_closed_stdout_ends_quietly(tmp_path):
    """`journeyeditor info FILE --json | head -1`: no 'Broken pipe' error when the reader goes.
    The reading end is closed before the program can have written (it is still starting), so
    the write always meets a closed pipe."""
    project = tmp_path / "s.journey"
    run("new", project, "--template", "sample")
    env = dict(os.environ, PYTHONPATH=str(SRC))
    process = subprocess.Popen([sys.executable, "-m", "journeyeditor", "info", str(project), "--json"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    process.stdout.close()
    stderr = process.communicate(timeout=60)[1].decode()
    assert stderr == ""  # nothing about a broken pipe
    assert process.returncode == 141  # cut off, as a shell reports for `cat big | head -1`


@pytest.mark.parametrize("where", ["no-folder", "is-folder", "parent-is-file"])
def test_unwritable_outputs_are_said_in_words(tmp_path, where):
    project = tmp_path / "s.journey"
    run("new", project, "--template", "sample")
    (tmp_path / "plain.txt").write_text("x")
    out, words = {
        "no-folder": (tmp_path / "nope" / "y.pdf", f"the folder {tmp_path / 'nope'} does not exist"),
        "is-folder": (tmp_path, "it is a folder"),
        "parent-is-file": (tmp_path / "plain.txt" / "y.pdf", "is not a folder"),
    }[where]
    for args in (["export", project, "-o", out, "--format", "pdf"], ["new", out], ["import", project, "-o", out]):
        result = run(*args)
        assert result.returncode == 1
        assert f"cannot write {out}: " in result.stderr and words in result.stderr, result.stderr
        assert "Errno" not in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_without_a_display_the_gui_says_so_in_one_line(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["PYTHONPATH"] = str(SRC)
    result = subprocess.run([sys.executable, "-m", "journeyeditor"], capture_output=True, text=True, env=env,
                            cwd=tmp_path, timeout=60)
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("journeyeditor: error: no display"), result.stderr
    for command in ("new", "info", "import", "export"):
        assert command in lines[0]


def test_export_all_as_png_writes_one_image_per_map(tmp_path):
    from PIL import Image

    project = tmp_path / "s.journey"
    run("new", project, "--template", "sample")
    names = json.loads(run("info", project, "--json").stdout)["maps"]
    result = run("export", project, "-o", tmp_path / "poster.png", "--all", "--scale", "0.1")
    assert result.returncode == 0, result.stderr
    written = sorted(p.name for p in tmp_path.glob("poster-*.png"))
    assert len(written) == len(names) == len(result.stdout.splitlines())
    for path in tmp_path.glob("poster-*.png"):
        assert Image.open(path).size[0] > 10
    assert not (tmp_path / "poster.png").exists()
    assert run("export", project, "-o", tmp_path / "all.json", "--all").returncode == 1  # json has them all


def test_png_names_are_safe_and_distinct(tmp_path):
    from journeyeditor.cli import png_names

    names = png_names(tmp_path / "out.png", ["A/B", "a/b", "旅程 — سفر", "\x07", "..."])
    assert [p.name for p in names] == ["out-A_B.png", "out-a_b (2).png", "out-旅程 — سفر.png", "out-map.png",
                                       "out-map (2).png"]


def test_every_writing_command_needs_force_to_replace(tmp_path):
    project = tmp_path / "s.journey"
    run("new", project, "--template", "sample")
    (tmp_path / "one.json").write_text("old")
    exported = run("export", project, "-o", tmp_path / "one.json")
    assert exported.returncode == 1 and "--force" in exported.stderr
    assert (tmp_path / "one.json").read_text() == "old"
    assert run("export", project, "-o", tmp_path / "one.json", "--force").returncode == 0
    assert (tmp_path / "one.json").read_text().startswith("{")
    for command in ("new", "import", "export"):
        assert "--force" in run(command, "--help").stdout


def test_top_level_help_names_the_gui_and_every_option_has_help():
    from journeyeditor.cli import build_parser

    text = run("--help").stdout
    assert "journeyeditor [FILE]" in text
    parser = build_parser()
    subparsers = next(a for a in parser._actions if a.dest == "command").choices
    for name, sub in subparsers.items():
        for action in sub._actions:
            assert action.help, f"{name} {action.option_strings or action.dest} has no help"


@pytest.mark.parametrize("args, words", [
    (["--all", "--map", "x", "-o", "out.pdf"], "drop --map"),
    (["--page", "A0", "-o", "out.png"], "--page is for pdf"),
    (["--scale", "2", "-o", "out.pdf"], "--scale is for png"),
    (["--tile", "A4", "-o", "out.json"], "--tile is for pdf"),
])
def test_export_options_the_format_does_not_use_are_refused(tmp_path, args, words):
    project = tmp_path / "s.journey"
    run("new", project, "--template", "sample")
    result = run("export", project, *args, cwd=tmp_path)
    assert result.returncode == 1 and words in result.stderr, result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["s.journey"]


# ------------------------------------------------------------------ info: steps, counts, personas per map
def _full_file(tmp_path):
    from full_project import build_full_project

    from journeyeditor.persistence import ProjectStore

    path = tmp_path / "full.journey"
    ProjectStore.create(path, build_full_project()).close()
    return path


def test_info_counts_each_maps_steps_cards_points_personas_and_connectors(tmp_path):
    path = _full_file(tmp_path)
    result = run("info", path, "--json")
    assert result.returncode == 0, result.stderr
    maps = json.loads(result.stdout)["maps"]
    journey, future, blueprint, day = maps
    assert journey["counts"] == {"steps": 6, "cards": 26, "emotion_points": 13, "personas": 2, "connectors": 4,
                                 "metrics": 4, "gaps": 1, "evidence": 2, "opportunities": 2, "votes": 3,
                                 "comments": 3}
    assert journey["personas"] == ["Ana", "Боб"]  # سارا has a point there but the map does not show her
    assert journey["cards"] == 26 and journey["connectors"] == 4  # the keys info always had
    assert future["counts"]["cards"] == 27 and future["personas"] == ["Ana", "Боб"]
    assert blueprint["personas"] == [] and blueprint["counts"]["emotion_points"] == 0
    assert day["personas"] == ["Ana"] and day["counts"]["steps"] == 6
    text = run("info", path).stdout
    assert "Buying a bike (current-state): 3 stages, 6 steps, 12 lanes, 26 cards, 13 emotion points, " \
           "4 connectors" in text
    assert "personas: Ana, Боб\n" in text and "personas: (none)\n" in text


# ------------------------------------------------------------------ derive
JOURNEY = "Commuter subscription — current state"


@pytest.mark.parametrize("kind, name", [("future-state", f"{JOURNEY} — future state"),
                                        ("service-blueprint", f"{JOURNEY} — service blueprint"),
                                        ("day-in-the-life", f"{JOURNEY} — day in the life")])
def test_derive_adds_the_map_to_the_file(tmp_path, kind, name):
    from journeyeditor.persistence import ProjectStore

    path = tmp_path / "s.journey"
    run("new", path, "--template", "sample")
    result = run("derive", path, "--map", JOURNEY, "--to", kind)
    assert result.returncode == 0, result.stderr
    assert result.stdout == name + "\n" and result.stderr == ""
    with ProjectStore.open(path, read_only=True) as store:
        project = store.project
        derived, source = project.maps[-1], project.map_by_name(JOURNEY)
        assert (derived.name, derived.kind, derived.source_map_id) == (name, kind, source.id)
        cards = project.contents(derived.id).cards.values()
        assert cards and all(project.get(card.source_card_id).map_id == source.id for card in cards)
    # a second time the default name is numbered, so --map can tell the two apart
    again = run("derive", path, "--map", JOURNEY, "--to", kind)
    assert again.stdout == f"{name} (2)\n"


def test_derive_writes_once_and_takes_a_name(sample_file, monkeypatch, capsys):
    from journeyeditor.cli import main
    from journeyeditor.persistence import ProjectStore

    path = sample_file
    writes = []
    real_write = ProjectStore._write
    monkeypatch.setattr(ProjectStore, "_write", lambda self, *a: (writes.append(1), real_write(self, *a)))
    assert main(["derive", str(path), "--map", JOURNEY, "--to", "service-blueprint", "--name", "蓝图"]) == 0
    assert capsys.readouterr().out == "蓝图\n"
    assert len(writes) == 1  # the whole map in one transaction
    with ProjectStore.open(path, read_only=True) as store:
        assert store.project.maps[-1].name == "蓝图"


@pytest.mark.parametrize("case", ["no-map", "name-taken", "empty-name", "unknown-kind", "no-kind", "locked",
                                  "read-only", "missing-file"])
def test_derive_errors_are_one_line_and_change_nothing(tmp_path, sample_file, case, monkeypatch, capsys):
    from journeyeditor.cli import main
    from journeyeditor.persistence import ProjectStore

    path = sample_file
    args, words = {
        "no-map": (["--map", "Nope", "--to", "future-state"],
                   f"no map named 'Nope' (maps: {JOURNEY}, Unlocking a bike — service blueprint"),
        "name-taken": (["--map", JOURNEY, "--to", "future-state", "--name", JOURNEY],
                       f"there is already a map named '{JOURNEY}'; choose another --name"),
        "empty-name": (["--map", JOURNEY, "--to", "future-state", "--name", " "], "--name must not be empty"),
        "unknown-kind": (["--map", JOURNEY, "--to", "blueprint"], "argument --to: invalid choice: 'blueprint'"),
        "no-kind": (["--map", JOURNEY], "the following arguments are required: --to"),
        "locked": (["--map", JOURNEY, "--to", "future-state"], ("sample.journey is open in another Journey "
                                                                "Editor window or program; close it there first")),
        "read-only": (["--map", JOURNEY, "--to", "future-state"], "cannot add a map: the file is read-only"),
        "missing-file": (["--map", JOURNEY, "--to", "future-state"], "no such file"),
    }[case]
    target = tmp_path / "none.journey" if case == "missing-file" else path
    holder = ProjectStore.open(path) if case == "locked" else None
    if case == "read-only":  # as root chmod does not stop writes: the store asks os.access
        real_access = os.access
        monkeypatch.setattr(os, "access", lambda p, mode: False if mode == os.W_OK else real_access(p, mode))
    before = {p.name: _digest(p) for p in tmp_path.iterdir()}
    try:
        assert main(["derive", str(target), *args]) == 1
    finally:
        if holder:
            holder.close()
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("journeyeditor: error: ") and words in err, err
    if case != "locked":  # the holder wrote nothing either, but closing folds its WAL back
        assert {p.name: _digest(p) for p in tmp_path.iterdir()} == before
    with ProjectStore.open(path, read_only=True) as store:
        assert len(store.project.maps) == 4
