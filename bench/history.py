"""Snapshots cost: a project with 100 snapshots of a 1,000-card map opens as fast as the same
project without them (the floor), and what one snapshot adds to the file.

    python bench/history.py [--cards 1000] [--snapshots 100] [--json OUT]

Both files are opened in this process, alternately, best of seven each; the ratio is what counts.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from run import generate, timed  # the benches' own project generator

from journeyeditor.history import snapshots
from journeyeditor.history.diff import diff_projects
from journeyeditor.interchange.jsonio import project_to_json
from journeyeditor.persistence import ProjectStore


def measure(cards: int, count: int) -> dict:
    folder = Path(tempfile.mkdtemp(prefix="bench-history-"))
    try:
        plain, kept = folder / "plain.journey", folder / "snapshots.journey"
        generate(plain, cards)
        shutil.copy(plain, kept)
        with ProjectStore.open(kept) as store:
            card_ids = list(store.project.contents(store.project.maps[0].id).cards)
            start = time.perf_counter()
            for number in range(count):  # a small edit between snapshots, as days of work would make
                store.project.update(card_ids[number % len(card_ids)], title=f"edited {number}")
                snapshots.take(store, f"snapshot {number}")
            take_seconds = (time.perf_counter() - start) / count
            json_bytes = len(project_to_json(store.project).encode("utf-8"))
            one_snapshot = len(snapshots.encode(store.project))
            earlier = snapshots.load(store, snapshots.list_snapshots(store)[0].id)
            diff_seconds = timed(lambda: diff_projects(earlier, store.project), 3)
            load_seconds = timed(lambda: snapshots.load(store, snapshots.list_snapshots(store)[0].id), 3)

        def open_close(path: Path):
            return lambda: ProjectStore.open(path, read_only=True).close()

        plain_open = kept_open = float("inf")
        for _ in range(7):
            plain_open = min(plain_open, timed(open_close(plain)))
            kept_open = min(kept_open, timed(open_close(kept)))
        with ProjectStore.open(kept, read_only=True) as store:
            list_seconds = timed(lambda: snapshots.list_snapshots(store), 5)
        return {
            "cards": cards, "snapshots": count,
            "open_without_s": round(plain_open, 4), "open_with_s": round(kept_open, 4),
            "open_ratio": round(kept_open / plain_open, 3),
            "file_without_bytes": plain.stat().st_size, "file_with_bytes": kept.stat().st_size,
            "snapshot_bytes": one_snapshot, "json_bytes": json_bytes,
            "compression": round(json_bytes / one_snapshot, 1),
            "take_s": round(take_seconds, 4), "load_s": round(load_seconds, 4), "list_s": round(list_seconds, 5),
            "diff_s": round(diff_seconds, 4),
        }
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cards", type=int, default=1000)
    parser.add_argument("--snapshots", type=int, default=100)
    parser.add_argument("--json", metavar="OUT", help="also write the figures as JSON")
    args = parser.parse_args()
    figures = measure(args.cards, args.snapshots)
    for key, value in figures.items():
        print(f"{key:>20}: {value}")
    if args.json:
        Path(args.json).write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
