"""The kill test, shared by the suite (a few runs) and bench/torture.py (hundreds).

A driver process makes random edits through the editor, each one undo step that also sets the
project's title to "step N", and after each step has landed prints N and a digest of the
project. It is SIGKILLed at a random moment. The file must then pass integrity_check, open,
and hold exactly the state of the last acknowledged step, or of the one in flight.
"""

from __future__ import annotations

import hashlib
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE.parent / "src"

DRIVER = """
import hashlib, random, sys
sys.path[:0] = [{src!r}, {tests!r}]
from editing import random_edit
from journeyeditor.editor import Editor
from journeyeditor.interchange import project_to_json
from journeyeditor.persistence import ProjectStore

store = ProjectStore.open(sys.argv[1])
editor = Editor(store.project, store)
rng = random.Random(int(sys.argv[2]))
step = int(store.project.title.split()[-1]) if store.project.title.startswith("step ") else 0
while True:
    step += 1
    with editor.macro("step"):
        random_edit(editor, rng)
        editor.set_title(f"step {{step}}")
    if editor.write_error:
        print("error", editor.write_error, flush=True)
        sys.exit(2)
    digest = hashlib.sha256(project_to_json(store.project).encode()).hexdigest()
    print(step, digest, flush=True)
"""


@dataclass
class KillResult:
    acknowledged: int  # the last step the driver said had landed
    found: int  # the step the file holds
    matches: bool  # the file's content equals that step's acknowledged state (or it was in flight)
    integrity: str


def digest_of(path: Path) -> tuple[int, str]:
    from journeyeditor.interchange import project_to_json
    from journeyeditor.persistence import ProjectStore

    with ProjectStore.open(path) as store:  # a writer's open: what the app does after a crash
        title = store.project.title
        digest = hashlib.sha256(project_to_json(store.project).encode()).hexdigest()
    return (int(title.split()[-1]) if title.startswith("step ") else 0), digest


def kill_once(path: Path, seed: int, rng: random.Random, most_seconds: float = 1.5) -> KillResult:
    """One driver run on `path` (which must exist), killed after a random time."""
    code = DRIVER.format(src=str(SRC), tests=str(HERE))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    process = subprocess.Popen([sys.executable, "-c", code, str(path), str(seed)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    # wait for the first step so the kill lands among edits, not in the interpreter's start-up
    first = process.stdout.readline()
    time.sleep(rng.uniform(0, most_seconds))
    process.send_signal(signal.SIGKILL)
    rest, errors = process.communicate()
    lines = [first.decode(), *rest.decode().splitlines()]
    acknowledged = {}
    for line in lines:
        parts = line.split()
        if len(parts) == 2 and parts[0].isdigit():
            acknowledged[int(parts[0])] = parts[1]
        elif parts and parts[0] == "error":
            raise AssertionError(f"the driver could not write: {line}")
    if not acknowledged:
        raise AssertionError(f"the driver never made an edit: {errors.decode()[-2000:]}")
    last = max(acknowledged)
    db = sqlite3.connect(path)
    try:
        integrity = db.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        db.close()
    found, digest = digest_of(path)
    matches = (found == last and digest == acknowledged[last]) or found == last + 1
    return KillResult(last, found, matches, integrity)
