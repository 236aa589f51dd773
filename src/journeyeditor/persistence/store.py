"""A project file, open: loads the project, then writes each change in one transaction.

The store listens to the model's change events and collects what is dirty; `flush()` (called
after every undo-stack step) writes it all in one transaction. While open the file is in WAL
mode; `close()` checkpoints and leaves rollback mode, so the closed file stands alone.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
from pathlib import Path

from sqlalchemy import Connection, create_engine, delete, event
from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.pool import StaticPool

from ..model import ADDED, REMOVED, Change, Project
from . import mapper, schema
from .errors import FileInUseError, ProjectFileError, ReadOnlyError
from .filecheck import inspect_file
from .lock import FileLock

_DELETE = object()


def _engine(path: Path, read_only: bool):
    uri = f"{path.resolve().as_uri()}?mode={'ro' if read_only else 'rw'}"

    def connect() -> sqlite3.Connection:
        return sqlite3.connect(uri, uri=True, check_same_thread=False, isolation_level=None)

    engine = create_engine("sqlite+pysqlite://", creator=connect, poolclass=StaticPool)

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_connection, _record) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys = ON")
        if not read_only:
            cursor.execute("PRAGMA journal_mode = WAL")
            cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(conn) -> None:
        # pysqlite's own transaction handling is off (isolation_level=None): we say BEGIN
        conn.exec_driver_sql("BEGIN IMMEDIATE" if not read_only else "BEGIN")

    return engine


class ProjectStore:
    """An open project file. Use `open()` or `create()`."""

    def __init__(self, path: Path, project: Project, conn: Connection | None,
                 read_only_reason: str = "", lock: FileLock | None = None, engine=None) -> None:
        self.path = path
        self.project = project
        self.read_only_reason = read_only_reason
        self._conn = conn
        self._engine = engine
        self._lock = lock
        self._dirty: dict[tuple[str, str], object] = {}
        self._meta_dirty = False
        project.subscribe(self._on_change)

    @property
    def read_only(self) -> bool:
        return bool(self.read_only_reason)

    # ------------------------------------------------------------- opening
    @classmethod
    def open(cls, path: str | os.PathLike, read_only: bool = False) -> ProjectStore:
        path = Path(path)
        facts = inspect_file(path)
        reason = ""
        if read_only:
            reason = "opened read-only"
        elif not facts.writable:
            reason = "the file is read-only"
        lock = None
        if not reason:
            lock = FileLock(path)
            if not lock.acquire():
                raise FileInUseError(
                    f"{path.name} is open in another Journey Editor window or program; "
                    "it can be opened read-only"
                )
        try:
            source = path
            if facts.schema_version < schema.SCHEMA_VERSION:
                if reason:  # never change a file we may not write: upgrade a private copy
                    source = _upgraded_copy(path)
                else:
                    _upgrade_in_place(path, facts.schema_version)
            engine = _engine(source, read_only=bool(reason))
            conn = engine.connect()
            try:
                with conn.begin():
                    project = mapper.load_project(conn)
            except Exception as error:
                conn.close()
                engine.dispose()
                raise ProjectFileError(f"{path.name} could not be read ({error})") from error
        except BaseException:
            if lock:
                lock.release()
            raise
        return cls(path, project, conn, reason, lock, engine)

    @classmethod
    def create(cls, path: str | os.PathLike, project: Project, overwrite: bool = False) -> ProjectStore:
        """Write `project` as a new file (atomically: a temp file renamed into place)."""
        path = Path(path)
        if path.is_dir():
            raise ProjectFileError(f"{path}: is a folder")
        if path.exists() and not overwrite:
            raise ProjectFileError(f"{path}: already exists")
        if not path.parent.is_dir():
            raise ProjectFileError(f"{path.parent}: no such folder")
        handle, temp_name = tempfile.mkstemp(suffix=".journey-tmp", dir=path.parent)
        os.close(handle)
        temp = Path(temp_name)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(temp, 0o666 & ~umask)  # mkstemp makes it private; a project is an ordinary file
        try:
            db = sqlite3.connect(temp, isolation_level=None)
            db.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
            db.execute("BEGIN")
            schema.create_schema(db)
            db.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION}")
            db.execute("COMMIT")
            db.close()
            engine = _engine(temp, read_only=False)
            with engine.connect() as conn, conn.begin():
                _write_all(conn, project)
            _leave_wal(engine)
            os.replace(temp, path)
        except BaseException:
            temp.unlink(missing_ok=True)
            raise
        return cls.open(path)

    # ------------------------------------------------------------- writing
    def _on_change(self, change: Change) -> None:
        if change.entity_type == "project":
            self._meta_dirty = True
            return
        kind = change.entity_type
        self._dirty[(kind, change.entity.id)] = _DELETE if change.action == REMOVED else change.entity
        if kind in mapper.ORDERED and (change.action in (ADDED, REMOVED) or "position" in change.fields):
            # positions of the whole list shift: rewrite the list's rows
            for sibling in self.project.siblings(change.entity):
                self._dirty.setdefault((kind, sibling.id), sibling)

    @property
    def has_pending(self) -> bool:
        return bool(self._dirty) or self._meta_dirty

    def flush(self) -> None:
        """Write every pending change in one transaction."""
        if not self.has_pending:
            return
        if self.read_only:
            raise ReadOnlyError(f"{self.path.name} is read-only ({self.read_only_reason})")
        dirty, self._dirty = self._dirty, {}
        meta_dirty, self._meta_dirty = self._meta_dirty, False
        try:
            self._write(dirty, meta_dirty)
        except Exception:
            # nothing was written (the transaction rolled back): keep it all for the next try
            dirty.update(self._dirty)
            self._dirty = dirty
            self._meta_dirty = self._meta_dirty or meta_dirty
            raise

    def _write(self, dirty: dict, meta_dirty: bool) -> None:
        with self._conn.begin():
            self._conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
            deletes: dict[str, list[str]] = {}
            upserts: dict[str, list[dict]] = {}
            for (kind, entity_id), entity in dirty.items():
                if entity is _DELETE:
                    deletes.setdefault(kind, []).append(entity_id)
                else:
                    position = self.project.index_of(entity) if kind in mapper.ORDERED else None
                    upserts.setdefault(kind, []).append(mapper.to_row(kind, entity, position))
            for kind, ids in deletes.items():
                table = schema.TABLES[kind]
                key = table.primary_key.columns.values()[0]
                for start in range(0, len(ids), 500):
                    self._conn.execute(delete(table).where(key.in_(ids[start:start + 500])))
            for kind, rows in upserts.items():
                self._conn.execute(_upsert(kind), rows)
            if meta_dirty:
                mapper.write_meta(self._conn, self.project)

    def close(self) -> None:
        if self._conn is None:
            return
        self.project.unsubscribe(self._on_change)
        try:
            if not self.read_only:
                self.flush()
            self._conn.close()
            if not self.read_only:
                _leave_wal(self._engine)
            self._engine.dispose()
        finally:
            self._conn = None
            if self._lock:
                self._lock.release()

    def save_copy(self, target: str | os.PathLike) -> Path:
        """Save As / Duplicate: a complete, stand-alone copy of the project."""
        if not self.read_only:
            self.flush()
        target = Path(target)
        ProjectStore.create(target, self.project, overwrite=True).close()
        return target

    def __enter__(self) -> ProjectStore:
        return self

    def __exit__(self, *_exc) -> None:
        self.close()


_UPSERTS: dict = {}


def _upsert(kind: str):
    if kind not in _UPSERTS:
        table = schema.TABLES[kind]
        key = table.primary_key.columns.values()[0].name
        statement = insert(table)
        _UPSERTS[kind] = statement.on_conflict_do_update(
            index_elements=[key],
            set_={c.name: statement.excluded[c.name] for c in table.columns if c.name != key},
        )
    return _UPSERTS[kind]


def _write_all(conn: Connection, project: Project) -> None:
    mapper.write_meta(conn, project)
    rows: dict[str, list[dict]] = {}
    for kind in ("image", "persona", "map"):
        for position, entity in enumerate(
            project.images.values() if kind == "image" else getattr(project, kind + "s")
        ):
            rows.setdefault(kind, []).append(mapper.to_row(kind, entity, position))
    for map_ in project.maps:
        contents = project.contents(map_.id)
        for kind, entities in (("stage", contents.stages), ("lane", contents.lanes),
                               ("card", contents.cards.values()),
                               ("emotion_point", contents.emotion_points.values()),
                               ("connector", contents.connectors.values())):
            for position, entity in enumerate(entities):
                rows.setdefault(kind, []).append(mapper.to_row(kind, entity, position))
    for kind in ("image", "persona", "map", "stage", "lane", "card", "emotion_point", "connector"):
        if rows.get(kind):
            conn.execute(schema.TABLES[kind].insert(), rows[kind])


def _leave_wal(engine) -> None:
    """Fold the WAL into the file and switch back to a rollback journal: nothing stays beside it."""
    raw = engine.raw_connection()  # outside SQLAlchemy's autobegin: pragmas can't run in a transaction
    try:
        raw.driver_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        raw.driver_connection.execute("PRAGMA journal_mode = DELETE")
    except sqlite3.OperationalError:
        pass  # a reader (a read-only window) still has it open: the last one out folds the WAL
    finally:
        raw.close()
    engine.dispose()


def _run_upgrades(db: sqlite3.Connection, from_version: int) -> None:
    db.execute("BEGIN EXCLUSIVE")
    try:
        for version in range(from_version, schema.SCHEMA_VERSION):
            schema.UPGRADES[version](db)
        db.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION}")
        db.execute("COMMIT")
    except BaseException:
        db.execute("ROLLBACK")
        raise


def backup_path(path: Path, version: int) -> Path:
    return path.with_name(f"{path.name}.v{version}-backup")


def _upgrade_in_place(path: Path, from_version: int) -> None:
    shutil.copy2(path, backup_path(path, from_version))
    db = sqlite3.connect(path, isolation_level=None)
    try:
        db.execute("PRAGMA journal_mode = DELETE")
        _run_upgrades(db, from_version)
    finally:
        db.close()


def _upgraded_copy(path: Path) -> Path:
    folder = Path(tempfile.mkdtemp(prefix="journeyeditor-"))
    copy = folder / path.name
    shutil.copyfile(path, copy)
    os.chmod(copy, 0o600)
    db = sqlite3.connect(copy, isolation_level=None)
    try:
        (version,) = db.execute("PRAGMA user_version").fetchone()
        _run_upgrades(db, version)
    finally:
        db.close()
    return copy
