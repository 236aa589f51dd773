"""The long torture runs, kept out of the test suite (which runs short versions of each).

    python bench/torture.py --kills 200          # SIGKILL a writer 200 times at random moments
    python bench/torture.py --fuzz 10000         # 10,000 fuzzed imports (tests/test_import_fuzz.py)
    python bench/torture.py --kills 200 --fuzz 10000

Prints the figures: kills, corrupt files, edits lost beyond the one in flight, runs that ended on
the in-flight edit; fuzz cases run and their outcome (hypothesis's own statistics).
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "tests")]


def run_kills(count: int, seed: int) -> bool:
    from killing import kill_once

    from journeyeditor.persistence import ProjectStore
    from journeyeditor.templates import build_sample

    rng = random.Random(seed)
    corrupt = lost = in_flight = 0
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "torture.journey"
        for run in range(count):
            if run % 25 == 0:  # a new file now and then, so runs also kill early in a file's life
                path.unlink(missing_ok=True)
                ProjectStore.create(path, build_sample()).close()
            result = kill_once(path, rng.randrange(2**32), rng, most_seconds=1.5)
            corrupt += result.integrity != "ok"
            lost += not result.matches
            if not result.matches or result.integrity != "ok":
                print(f"  run {run}: {result}", flush=True)
            in_flight += result.found == result.acknowledged + 1
            if (run + 1) % 20 == 0:
                print(f"  {run + 1} kills, last at step {result.acknowledged}", flush=True)
    seconds = time.perf_counter() - started
    print(f"kills: {count} in {seconds:.0f} s; corrupt files: {corrupt}; edits lost beyond the one in "
          f"flight: {lost}; runs whose in-flight edit had landed: {in_flight}")
    return corrupt == 0 and lost == 0


def run_fuzz(examples: int) -> bool:
    env = dict(os.environ, JOURNEY_FUZZ_EXAMPLES=str(examples), QT_QPA_PLATFORM="offscreen")
    started = time.perf_counter()
    result = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                             "--hypothesis-show-statistics", str(ROOT / "tests" / "test_import_fuzz.py"),
                             "-k", "fuzz"], cwd=ROOT, env=env)
    print(f"fuzz: {examples} examples asked, pytest exit {result.returncode}, "
          f"{time.perf_counter() - started:.0f} s")
    return result.returncode == 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--kills", type=int, default=0, help="how many SIGKILLs of a writing process")
    parser.add_argument("--fuzz", type=int, default=0, help="how many fuzzed import documents")
    parser.add_argument("--seed", type=int, default=20261129)
    args = parser.parse_args()
    if not args.kills and not args.fuzz:
        parser.error("say --kills N and/or --fuzz N")
    ok = True
    if args.kills:
        ok &= run_kills(args.kills, args.seed)
    if args.fuzz:
        ok &= run_fuzz(args.fuzz)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
