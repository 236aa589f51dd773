"""Tables read from and written to CSV and XLSX files: a header row and rows of text.

CSV arrives however the spreadsheet wrote it: comma, semicolon or tab between cells, UTF-8 with
or without a byte-order mark, or UTF-16 (Excel's "Unicode Text"). The delimiter is the one that
splits the first lines into the same, largest number of cells. XLSX is read through openpyxl,
one table per sheet. Every cell becomes text here (a whole number without ".0", a date as ISO);
the importer decides what the text means.
"""

from __future__ import annotations

import codecs
import csv
import datetime
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..catalogue import tr
from .jsonio import InterchangeError

DELIMITERS = (",", ";", "\t")
SUFFIXES = (".csv", ".tsv", ".txt", ".xlsx", ".xlsm")


@dataclass
class Table:
    """One sheet: its name, the header row's cells, and the rows under it with the row number
    each has in the file (1 is the first line), so a bad row can be named."""

    name: str
    headers: list[str]
    rows: list[list[str]] = field(default_factory=list)
    numbers: list[int] = field(default_factory=list)


def read_tables(path: str | Path) -> list[Table]:
    """The tables of a .csv (one) or an .xlsx file (one per sheet with a header row)."""
    path = Path(path)
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        return read_xlsx(path)
    return [read_csv(path.read_bytes(), path.stem)]


# ---------------------------------------------------------------------------------------- CSV
def decode(data: bytes) -> str:
    """The text of a CSV file: UTF-16 when it starts with a UTF-16 mark, else UTF-8 (a mark or not)."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as error:
            raise InterchangeError(tr("the file says it is UTF-16 but is not: {0}").format(error.reason)) from error
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InterchangeError(tr("the file is neither UTF-8 nor UTF-16 (byte {0}): save it as \"CSV UTF-8\" "
                                  "and import it again").format(error.start)) from error


def sniff_delimiter(text: str) -> str:
    """The delimiter that splits the first lines into the most cells, the same number on most
    lines (a comma inside a quoted cell does not count: the csv module reads the quotes)."""
    sample = "\n".join(text.splitlines()[:30])
    best, best_score = ",", (0, 0)
    for delimiter in DELIMITERS:
        counts = [len(row) for row in csv.reader(io.StringIO(sample), delimiter=delimiter) if any(row)]
        if not counts:
            continue
        usual = max(set(counts), key=counts.count)
        score = (counts.count(usual) if usual > 1 else 0, usual)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def read_csv(data: bytes, name: str = "") -> Table:
    text = decode(data)
    delimiter = sniff_delimiter(text)
    records = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        return _table(name, ((number, row) for number, row in enumerate(records, 1)))
    except csv.Error as error:
        raise InterchangeError(tr("row {0}: {1}").format(records.line_num, error)) from error


def _table(name: str, numbered_rows: Iterable[tuple[int, Sequence[str]]]) -> Table:
    """A table from (row number, cells): the first row with any text is the header; rows with
    no text are left out; a row is padded or cut to the header's width."""
    table: Table | None = None
    for number, row in numbered_rows:
        cells = [cell.strip() for cell in row]
        if not any(cells):
            continue
        if table is None:
            while cells and not cells[-1]:
                cells.pop()
            table = Table(name, cells)
            continue
        width = len(table.headers)
        table.rows.append((cells + [""] * (width - len(cells)))[:width])
        table.numbers.append(number)
    if table is None:
        raise InterchangeError(tr("{0}: the table is empty (no header row)").format(name or tr("the file")))
    return table


def write_csv(path: str | Path, headers: Sequence[str], rows: Iterable[Sequence[str]]) -> None:
    """UTF-8 with a byte-order mark, so Excel reads the Chinese, Russian and Persian right."""
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(headers)
        writer.writerows([cell_text(value) for value in row] for row in rows)


# --------------------------------------------------------------------------------------- XLSX
def cell_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime.datetime):
        return value.date().isoformat() if value.time() == datetime.time() else value.isoformat(" ")
    if isinstance(value, (datetime.date, datetime.time)):
        return value.isoformat()
    return str(value)


def read_xlsx(path: Path) -> list[Table]:
    import zipfile

    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as error:
        raise InterchangeError(tr("{0}: not an XLSX workbook ({1})").format(path.name, error)) from error
    tables = []
    try:
        for sheet in book.worksheets:
            rows = ((number, [cell_text(v) for v in values])
                    for number, values in enumerate(sheet.iter_rows(values_only=True), 1))
            try:
                tables.append(_table(sheet.title, rows))
            except InterchangeError:
                continue  # an empty sheet is no map
    finally:
        book.close()
    if not tables:
        raise InterchangeError(tr("{0}: every sheet is empty").format(path.name))
    return tables


def write_xlsx(path: str | Path, sheets: Sequence[tuple[str, Sequence[str], Iterable[Sequence]]]) -> None:
    """A workbook of (sheet name, headers, rows); names are made unique and fit Excel's rules."""
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    taken: set[str] = set()
    for name, headers, rows in sheets:
        sheet = book.create_sheet(_sheet_name(name, taken))
        sheet.append(list(headers))
        for row in rows:
            sheet.append(list(row))
    if not sheets:
        book.create_sheet("Sheet")
    book.save(path)


_NOT_IN_SHEET_NAMES = str.maketrans({c: "_" for c in "[]:*?/\\"})


def _sheet_name(name: str, taken: set[str]) -> str:
    """Excel allows 31 characters, none of []:*?/\\, and no two sheets alike (in any case)."""
    base = name.translate(_NOT_IN_SHEET_NAMES).strip("'") or "Map"
    candidate, number = base[:31], 2
    while candidate.casefold() in taken:
        suffix = f" ({number})"
        candidate, number = base[:31 - len(suffix)] + suffix, number + 1
    taken.add(candidate.casefold())
    return candidate
