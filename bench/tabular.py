"""Spreadsheet import and export: a 10,000-row sheet into a new project file, in rows per second,
against floors measured in the same run.

    python bench/tabular.py [--rows 10000] [--quick] [--json OUT]

The sheet is a blueprint table (stage | lane | what happens | owner | minutes | fail point |
evidence | emotion), 100 stages x 5 lanes, text in English, Chinese, Russian and Persian.

- import_csv: read + sniff + guess the columns + build the map + write a new .journey file.
  Floor: csv.reader over the decoded text alone, plus raw sqlite3 inserts of the same rows (one
  row per card, its text columns) in one transaction into a fresh file.
- import_xlsx: the same from an .xlsx. Floor: openpyxl's read-only iteration alone, plus the
  same raw inserts.
- export_csv: map_to_rows + the CSV writer. Floor: csv.writer writing the table's own rows.
Best of 3 each (1 for xlsx), in this process; the ratio is what counts.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from journeyeditor.interchange.columns import guess_mapping
from journeyeditor.interchange.tables import read_tables, write_csv, write_xlsx
from journeyeditor.interchange.tabular import add_to_project, build_map, map_to_rows
from journeyeditor.model import Project
from journeyeditor.persistence import ProjectStore

HEADERS = ["Stage", "Service layer", "What happens", "Responsible", "Time (min)", "Fail point", "Evidence",
           "Emotion (Anna)"]
LANES = ("Customer", "Physical evidence", "Frontstage", "Backstage", "Support")
WORDS = ("Orders a coffee", "扫码支付", "Ждёт заказ", "سفارش را تحویل می‌گیرد", "Checks the receipt")


def sheet(rows: int) -> list[list]:
    """Deterministic rows: 20 cards per stage over 5 lanes, every 7th a fail point."""
    table = []
    for number in range(rows):
        stage = f"Stage {number // 20 + 1}"
        table.append([stage, LANES[number % len(LANES)], f"{WORDS[number % len(WORDS)]} #{number}",
                      ("Barista", "IT", "店员", "")[number % 4], (number % 9) + 0.5, "yes" if number % 7 == 0 else "",
                      "survey: n=120" if number % 11 == 0 else "", (number // 20) % 5 - 2])
    return table


def best(function, tries: int) -> float:
    fastest = float("inf")
    for _ in range(tries):
        start = time.perf_counter()
        function()
        fastest = min(fastest, time.perf_counter() - start)
    return fastest


def app_import(source: Path, folder: Path) -> None:
    target = folder / "imported.journey"
    target.unlink(missing_ok=True)
    project = Project(source.stem)
    for table in read_tables(source):
        made = build_map(project, table, guess_mapping(table.headers))
        assert not made.errors, made.errors[:3]
        add_to_project(project, made)
    ProjectStore.create(target, project).close()


def raw_inserts(rows: list[list[str]], folder: Path) -> None:
    target = folder / "raw.sqlite"
    target.unlink(missing_ok=True)
    db = sqlite3.connect(target)
    db.execute("CREATE TABLE card (id INTEGER PRIMARY KEY, stage TEXT, lane TEXT, title TEXT, owner TEXT, "
               "minutes REAL, fail INTEGER, evidence TEXT, emotion REAL)")
    with db:
        db.executemany("INSERT INTO card (stage, lane, title, owner, minutes, fail, evidence, emotion) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)
    db.close()


def floor_csv(source: Path, folder: Path) -> None:
    text = source.read_bytes().decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text, newline="")))[1:]
    raw_inserts(rows, folder)


def floor_xlsx(source: Path, folder: Path) -> None:
    from openpyxl import load_workbook

    book = load_workbook(source, read_only=True, data_only=True)
    rows = [list(values) for values in book.worksheets[0].iter_rows(min_row=2, values_only=True)]
    book.close()
    raw_inserts(rows, folder)


def measure(rows: int) -> list[dict]:
    folder = Path(tempfile.mkdtemp(prefix="bench-tabular-"))
    table = sheet(rows)
    csv_source, xlsx_source = folder / "blueprint.csv", folder / "blueprint.xlsx"
    write_csv(csv_source, HEADERS, table)
    write_xlsx(xlsx_source, [("Blueprint", HEADERS, table)])
    results = []

    def record(metric: str, app_s: float, floor_s: float) -> None:
        results.append({"rows": rows, "metric": metric, "value_s": round(app_s, 4), "floor_s": round(floor_s, 4),
                        "ratio": round(app_s / floor_s, 2), "rows_per_s": round(rows / app_s),
                        "floor_rows_per_s": round(rows / floor_s)})

    record("import_csv", best(lambda: app_import(csv_source, folder), 3), best(lambda: floor_csv(csv_source, folder), 3))
    record("import_xlsx", best(lambda: app_import(xlsx_source, folder), 1),
           best(lambda: floor_xlsx(xlsx_source, folder), 1))
    with ProjectStore.open(folder / "imported.journey", read_only=True) as store:
        project = store.project
        map_id = project.maps[0].id

        def app_export() -> None:
            write_csv(folder / "out.csv", *map_to_rows(project, map_id))

        def floor_export() -> None:
            with open(folder / "floor.csv", "w", encoding="utf-8-sig", newline="") as handle:
                writer = csv.writer(handle)
                writer.writerow(HEADERS)
                writer.writerows(table)

        record("export_csv", best(app_export, 3), best(floor_export, 3))
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--quick", action="store_true", help="1,000 rows")
    parser.add_argument("--json", metavar="OUT")
    args = parser.parse_args(argv)
    results = measure(1_000 if args.quick else args.rows)
    print(f"{'metric':<12} {'rows':>7} {'app s':>8} {'floor s':>8} {'ratio':>6} {'rows/s':>9} {'floor rows/s':>13}")
    for r in results:
        print(f"{r['metric']:<12} {r['rows']:>7} {r['value_s']:>8.3f} {r['floor_s']:>8.3f} {r['ratio']:>6.2f} "
              f"{r['rows_per_s']:>9} {r['floor_rows_per_s']:>13}")
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
