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
