"""Look at a file's bytes before SQLite touches it, so a bad file is refused unchanged."""

from __future__ import annotations

import os
import sqlite3
import struct
from dataclasses import dataclass
from pathlib import Path

from ..catalogue import tr
from .errors import DamagedFileError, NewerSchemaError, NotAProjectError, ProjectFileError
from .schema import APPLICATION_ID, SCHEMA_VERSION

SQLITE_MAGIC = b"SQLite format 3\x00"


@dataclass(frozen=True)
class FileFacts:
    schema_version: int
    writable: bool


def inspect_file(path: Path) -> FileFacts:
    """Raise a ProjectFileError unless `path` is a project file this version can read."""
    name = path.name
    if not path.exists():
        raise ProjectFileError(tr("{0}: no such file").format(path))
    if path.is_dir():
        raise ProjectFileError(tr("{0}: is a folder, not a project file").format(path))
    if not path.is_file():  # a pipe would block the read below forever; a device is no project
        raise ProjectFileError(tr("{0}: is not an ordinary file (a pipe, socket or device)").format(path))
    try:
        with open(path, "rb") as handle:
            header = handle.read(100)
        size = path.stat().st_size
    except OSError as error:
        raise ProjectFileError(tr("{0}: cannot be read ({1})").format(path, error.strerror)) from error
    if size == 0:
        raise NotAProjectError(tr("{0} is empty (0 bytes): not a Journey Editor project").format(name))
    if not header.startswith(SQLITE_MAGIC):
        raise NotAProjectError(tr("{0} is not a Journey Editor project (not a database file)").format(name))
    if len(header) < 100:
        raise DamagedFileError(tr("{0} is damaged: the file is cut short").format(name))
    (page_size,) = struct.unpack(">H", header[16:18])
    page_size = 65536 if page_size == 1 else page_size
    change_counter, page_count = struct.unpack(">II", header[24:32])
    (valid_for,) = struct.unpack(">I", header[92:96])
    (user_version,) = struct.unpack(">I", header[60:64])
    (application_id,) = struct.unpack(">I", header[68:72])
    if application_id != APPLICATION_ID:
        raise NotAProjectError(tr("{0} is a database of another program, not a Journey Editor project").format(name))
    if page_size < 512 or size % page_size or (
        valid_for == change_counter and page_count * page_size > size
    ):
        raise DamagedFileError(tr("{0} is damaged: the file is cut short").format(name))
    if user_version > SCHEMA_VERSION:
        raise NewerSchemaError(tr("{0} was saved by a newer Journey Editor (file format {1}; this version reads up "
                                  "to {2}). Update Journey Editor to open it.").format(name, user_version, SCHEMA_VERSION))
    if user_version < 1:
        raise DamagedFileError(tr("{0} is damaged: it has no file format version").format(name))
    writable = os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)
    _check_integrity(path)
    return FileFacts(user_version, writable)


def _check_integrity(path: Path) -> None:
    """quick_check on a read-only connection: finds damage before we write anything."""
    try:
        result = _quick_check(path)
    except sqlite3.OperationalError as error:
        if getattr(error, "sqlite_errorcode", 0) != SQLITE_READONLY_ROLLBACK:
            raise DamagedFileError(tr("{0} is damaged ({1})").format(path.name, error)) from error
        # a rollback journal beside the file (a crash in the middle of a write, or a stray
        # file): only a writer may roll it back, and that is SQLite's own recovery
        if not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)):
            raise ProjectFileError(tr("{0} has an unfinished write ({0}-journal) and is read-only: make the file and "
                                      "its folder writable so it can be recovered").format(path.name)) from error
        _recover(path)
        try:
            result = _quick_check(path)
        except sqlite3.DatabaseError as again:
            raise DamagedFileError(tr("{0} is damaged ({1})").format(path.name, again)) from again
    except sqlite3.DatabaseError as error:
        raise DamagedFileError(tr("{0} is damaged ({1})").format(path.name, error)) from error
    if result != "ok":
        detail = " ".join(result.split())[:120]
        raise DamagedFileError(tr("{0} is damaged (integrity check: {1})").format(path.name, detail))


#: sqlite3 has no name for this extended code: a read-only connection met a hot journal
SQLITE_READONLY_ROLLBACK = 8 | (3 << 8)


def _quick_check(path: Path) -> str:
    db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return db.execute("PRAGMA quick_check").fetchone()[0]
    finally:
        db.close()


def _recover(path: Path) -> None:
    """Let SQLite roll back a hot journal: any read on a read-write connection does it (a
    journal whose header is not valid is discarded, as it describes no write)."""
    db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=rw", uri=True)
    try:
        db.execute("PRAGMA schema_version").fetchone()
    except sqlite3.DatabaseError as error:
        raise DamagedFileError(tr("{0} is damaged and could not be recovered ({1})").format(path.name, error)) from error
    finally:
        db.close()
