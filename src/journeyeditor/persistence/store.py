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
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Self

from sqlalchemy import Connection, create_engine, delete, event
from sqlalchemy.pool import StaticPool

from .. import fileio
from ..catalogue import tr
from ..model import ADDED, CHANGED, REMOVED, Change, Project
from . import mapper, order_keys, schema, snapshot_rows
from .errors import DamagedFileError, FileInUseError, ProjectFileError, ReadOnlyError, WriteError
from .filecheck import inspect_file
from .lock import FileLock

_DELETE = object()

#: SQLite keeps these beside a database; a file replaced without them would be mixed with the
#: old file's (the next open applies the old WAL or rolls back the old journal onto the new file)
SIDE_SUFFIXES = ("-wal", "-shm", "-journal")


def side_files(path: Path) -> list[Path]:
    return [path.with_name(path.name + suffix) for suffix in SIDE_SUFFIXES]


def storage_reason(error: BaseException) -> str:
    """A storage failure's cause in plain words: the disk is full, permission denied, …"""
    cause = getattr(error, "orig", None) or error  # SQLAlchemy wraps the driver's error
    if isinstance(cause, sqlite3.Error):
        code = getattr(cause, "sqlite_errorcode", 0) & 0xFF
        known = {sqlite3.SQLITE_FULL: tr("the disk is full"), sqlite3.SQLITE_IOERR: tr("a disk input/output error"),
                 sqlite3.SQLITE_READONLY: tr("the file or its folder is read-only"),
                 sqlite3.SQLITE_CANTOPEN: tr("the file cannot be opened"),
                 sqlite3.SQLITE_BUSY: tr("another program is writing it"),
                 sqlite3.SQLITE_LOCKED: tr("another program is writing it"),
                 sqlite3.SQLITE_CORRUPT: tr("the file is damaged")}
        return known.get(code) or str(cause).splitlines()[0]
    if isinstance(cause, OSError):
        return fileio.reason(cause)
    return str(cause).splitlines()[0] if str(cause) else type(cause).__name__


def _engine(path: Path, read_only: bool, wal: bool = True):
    uri = f"{path.resolve().as_uri()}?mode={'ro' if read_only else 'rw'}"

    def connect() -> sqlite3.Connection:
        return sqlite3.connect(uri, uri=True, check_same_thread=False, isolation_level=None)

    engine = create_engine("sqlite+pysqlite://", creator=connect, poolclass=StaticPool)

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_connection, _record) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys = ON")
        if not read_only:
            # deleted text is overwritten, not left in free pages of a file that gets shared
            cursor.execute("PRAGMA secure_delete = ON")
            if wal:
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
                 read_only_reason: str = "", lock: FileLock | None = None, engine=None,
                 private_copy: Path | None = None, card_keys: dict[str, tuple[str, str, int]] | None = None) -> None:
        self.path = path
        self._private_copy = private_copy  # an upgraded copy of an old read-only file
        self.project = project
        self.read_only_reason = read_only_reason
        self._conn = conn
        self._engine = engine
        self._lock = lock
        self._dirty: dict[tuple[str, str], object] = {}
        self._meta_dirty = False
        #: each card's (step, lane, order key) as the file holds it, and the cards whose place in
        #: their cell moved only because another card came or went (written only if their key must change)
        self._card_keys: dict[str, tuple[str, str, int]] = card_keys if card_keys is not None else {}
        self._renumbered: dict[str, object] = {}
        #: called inside each write's transaction before the changes land, with the file still
        #: holding the state before them (history keeps the day-before state this way)
        self.before_write: Callable[[Connection], None] | None = None
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
            reason = tr("opened read-only")
        elif not facts.writable:
            reason = tr("the file is read-only")
        lock = None
        if not reason:
            lock = FileLock(path)
            if not lock.acquire():
                raise FileInUseError(tr("{0} is open in another Journey Editor window or program; it can be opened "
                                        "read-only").format(path.name))
        private_copy = None
        try:
            source = path
            if facts.schema_version < schema.SCHEMA_VERSION:
                if reason:  # never change a file we may not write: upgrade a private copy
                    source = private_copy = _upgraded_copy(path)
                else:
                    _upgrade_in_place(path, facts.schema_version)
            engine = _engine(source, read_only=bool(reason))
            try:
                conn = engine.connect()
            except Exception as error:
                engine.dispose()
                raise ProjectFileError(tr("{0} could not be opened ({1})").format(path.name, storage_reason(error))) \
                    from error
            card_keys: dict[str, tuple[str, str, int]] = {}
            try:
                with conn.begin():
                    project = mapper.load_project(conn, card_keys)
            except Exception as error:
                conn.close()
                engine.dispose()
                raise DamagedFileError(tr("{0} could not be read: {1}").format(path.name, _load_problem(error))) \
                    from error
        except BaseException:
            if lock:
                lock.release()
            _remove_private_copy(private_copy)
            raise
        return cls(path, project, conn, reason, lock, engine, private_copy, card_keys)

    @classmethod
    def create(cls, path: str | os.PathLike, project: Project, overwrite: bool = False) -> ProjectStore:
        """Write `project` as a new file and open it.

        The whole file is written beside the target and renamed into place. Replacing a file
        takes its writer's lock first (so a file open in another window is refused, never
        mixed) and removes the old file's side files with it."""
        path = Path(path)
        write_new_file(path, project, overwrite)
        return cls.open(path)

    # ------------------------------------------------------------- writing
    def _on_change(self, change: Change) -> None:
        if change.entity_type == "project":
            self._meta_dirty = True
            return
        kind = change.entity_type
        if kind == "card" and change.action == CHANGED and tuple(change.fields) == ("index",):
            # a neighbour came or went: the card's key still orders it, unless the cell says otherwise
            if (kind, change.entity.id) not in self._dirty:
                self._renumbered[change.entity.id] = change.entity
            return
        self._dirty[(kind, change.entity.id)] = _DELETE if change.action == REMOVED else change.entity
        # positions of the whole list shift: rewrite the list's rows. A step's siblings always: files
        # written before steps' positions counted within their stage hold map-wide ones
        if kind in mapper.ORDERED and (change.action in (ADDED, REMOVED) or "position" in change.fields
                                       or kind == "step"):
            for sibling in self.project.siblings(change.entity):
                self._dirty.setdefault((kind, sibling.id), sibling)

    @property
    def has_pending(self) -> bool:
        return bool(self._dirty) or bool(self._renumbered) or self._meta_dirty

    def flush(self) -> None:
        """Write every pending change in one transaction."""
        if not self.has_pending:
            return
        if self.read_only:
            raise ReadOnlyError(tr("{0} is read-only ({1})").format(self.path.name, self.read_only_reason))
        dirty, self._dirty = self._dirty, {}
        renumbered, self._renumbered = self._renumbered, {}
        meta_dirty, self._meta_dirty = self._meta_dirty, False
        try:
            self._write(dirty, renumbered, meta_dirty)
        except Exception as error:
            # nothing was written (the transaction rolled back): keep it all for the next try
            dirty.update(self._dirty)
            self._dirty = dirty
            renumbered.update(self._renumbered)
            self._renumbered = renumbered
            self._meta_dirty = self._meta_dirty or meta_dirty
            raise WriteError(tr("{0}: the last change could not be written ({1}); it is kept and written with the "
                                "next one").format(self.path.name, storage_reason(error))) from error

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        """One transaction on the file, for what lives beside the model (history's snapshots)."""
        with self._conn.begin():
            yield self._conn

    def _new_card_keys(self, dirty: dict, renumbered: dict) -> dict[str, tuple[str, str, int]]:
        """The cards whose order key must change, in every cell an edit touched, with their new
        (step, lane, key): usually only the cards that moved or were added."""
        cells = {(card.map_id, card.step_id, card.lane_id)
                 for card in [*(e for (kind, _), e in dirty.items() if kind == "card" and e is not _DELETE),
                              *renumbered.values()]}
        changed: dict[str, tuple[str, str, int]] = {}
        for map_id, step_id, lane_id in cells:
            try:
                cell = self.project.contents(map_id).cells.get((step_id, lane_id), [])
            except KeyError:  # its map is gone
                continue
            stored = []
            for card in cell:
                known = self._card_keys.get(card.id)
                stored.append(known[2] if known and known[:2] == (step_id, lane_id) else None)
            for card, old, new in zip(cell, stored, order_keys.assign_keys(stored, mapper.CARD_KEY_GAP)):
                if old != new:
                    changed[card.id] = (step_id, lane_id, new)
        return changed

    def _write(self, dirty: dict, renumbered: dict, meta_dirty: bool) -> None:
        new_keys = self._new_card_keys(dirty, renumbered)
        for card_id in new_keys:
            if ("card", card_id) not in dirty:
                dirty[("card", card_id)] = self.project.get(card_id)
        # a hook with an idle() that says so would do nothing on this write
        hook_idle = self.before_write is None or getattr(self.before_write, "idle", lambda: False)()
        if hook_idle and not meta_dirty and self._conn.dialect.name == "sqlite" and \
                all(kind == "card" and entity is not _DELETE for (kind, _), entity in dirty.items()):
            self._write_card_rows(dirty, new_keys)
            return
        with self._conn.begin():
            if self.before_write is not None:
                self.before_write(self._conn)
            # rows may land before the rows they refer to (checked at commit instead); a write of
            # card rows alone needs no deferral (all they refer to is already in the file: every
            # earlier step's rows were written, or are in this write) and skips the pragma, which
            # costs several times the row's own UPDATE
            if any(kind != "card" or entity is _DELETE for (kind, _), entity in dirty.items()):
                self._conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
            deletes: dict[str, list[str]] = {}
            upserts: dict[str, list[dict]] = {}
            for (kind, entity_id), entity in dirty.items():
                if entity is _DELETE:
                    deletes.setdefault(kind, []).append(entity_id)
                else:
                    position = self.project.index_of(entity) if kind in mapper.ORDERED else None
                    row = mapper.to_row(kind, entity, position)
                    if kind == "card":
                        row["index"] = (new_keys.get(entity_id) or self._card_keys[entity_id])[2]
                    upserts.setdefault(kind, []).append(row)
            for kind, ids in deletes.items():
                table = schema.TABLES[kind]
                key = table.primary_key.columns.values()[0]
                for start in range(0, len(ids), 500):
                    self._conn.execute(delete(table).where(key.in_(ids[start:start + 500])))
            for kind, rows in upserts.items():
                self._conn.execute(upsert(self._conn, kind), rows)
            if meta_dirty:
                mapper.write_meta(self._conn, self.project)
        self._card_keys.update(new_keys)
        for card_id in deletes.get("card", ()):
            self._card_keys.pop(card_id, None)

    def _write_card_rows(self, dirty: dict, new_keys: dict) -> None:
        """A step that changed card rows only (a move, an edit of a card's text): the same upsert
        as _write's, through the SQLite driver's connection. SQLAlchemy's transaction and statement
        around one row cost ten times the row's own UPDATE; the cards table's columns are text,
        numbers and booleans, which the driver binds as SQLAlchemy does."""
        rows = []
        for (_, card_id), card in dirty.items():
            row = mapper.to_row("card", card)
            row["index"] = (new_keys.get(card_id) or self._card_keys[card_id])[2]
            rows.append(row)
        driver = self._conn.connection.driver_connection
        driver.execute("BEGIN IMMEDIATE")
        try:
            driver.executemany(_CARD_UPSERT, rows)
            driver.execute("COMMIT")
        except BaseException:
            if driver.in_transaction:
                driver.execute("ROLLBACK")
            raise
        self._card_keys.update(new_keys)

    def close(self, discard_pending: bool = False) -> None:
        """Write what is pending, fold the WAL back and let go of the file.

        If the last write fails, WriteError is raised and the store stays open with the
        changes kept, so the caller can retry or save a copy; `discard_pending=True` closes
        without them (after the caller has put them somewhere else)."""
        if self._conn is None:
            return
        if not self.read_only and not discard_pending:
            self.flush()
        self.project.unsubscribe(self._on_change)
        self._dirty, self._renumbered, self._meta_dirty = {}, {}, False
        try:
            self._conn.close()
            if not self.read_only:
                _leave_wal(self._engine)
            self._engine.dispose()
        finally:
            self._conn = None
            if self._lock:
                self._lock.release()
            _remove_private_copy(self._private_copy)

    def save_copy(self, target: str | os.PathLike) -> Path:
        """Save As / Duplicate: a complete, stand-alone copy of the project, written from
        memory (so it also works when this file can no longer be written)."""
        target = Path(target)
        if target.exists() and target.resolve() == self.path.resolve():
            if not self.read_only:
                self.flush()
            return target
        if not self.read_only:
            try:
                self.flush()
            except WriteError:
                pass  # the copy is made from memory: it has the changes this file lacks
        with self.transaction() as conn:  # the history travels with the project
            history = snapshot_rows.all_rows(conn)
        write_new_file(target, self.project, overwrite=True, snapshots=history)
        return target

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *_exc) -> None:
        self.close()


_UPSERTS: dict = {}

#: a card row's upsert in SQLite, with the row's own names as parameters (ProjectStore._write_card_rows)
_CARD_UPSERT = 'INSERT INTO cards ({}) VALUES ({}) ON CONFLICT ("id") DO UPDATE SET {}'.format(
    ", ".join(f'"{c.name}"' for c in schema.cards.columns),
    ", ".join(f":{c.name}" for c in schema.cards.columns),
    ", ".join(f'"{c.name}" = excluded."{c.name}"' for c in schema.cards.columns if c.name != "id"))


def upsert(conn: Connection, kind: str):
    """INSERT … ON CONFLICT DO UPDATE of an entity's row, in the connection's SQL dialect."""
    cache_key = (conn.dialect.name, kind)
    if cache_key not in _UPSERTS:
        table = schema.TABLES[kind]
        key = table.primary_key.columns.values()[0].name
        statement = mapper.dialect_insert(conn, table)
        _UPSERTS[cache_key] = statement.on_conflict_do_update(
            index_elements=[key],
            set_={c.name: statement.excluded[c.name] for c in table.columns if c.name != key},
        )
    return _UPSERTS[cache_key]


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
                               ("connector", contents.connectors.values()),
                               ("metric", contents.metrics.values()), ("gap", contents.gaps.values()),
                               ("evidence", contents.evidence.values()),
                               ("voting_round", contents.rounds.values()), ("vote", contents.votes.values()),
                               ("comment", sorted(contents.comments.values(), key=lambda c: bool(c.parent_id)))):
            for position, entity in enumerate(entities):
                rows.setdefault(kind, []).append(mapper.to_row(kind, entity, position))
                if kind == "card":  # keys spaced apart, so a later move writes one row
                    rows[kind][-1]["index"] = entity.index * mapper.CARD_KEY_GAP
        for stage in contents.stages:  # a step's position is its place in its stage, as _write has it
            for position, step in enumerate(contents.steps_of(stage.id)):
                rows.setdefault("step", []).append(mapper.to_row("step", step, position))
    for kind in ("image", "persona", "map", "stage", "step", "lane", "card", "emotion_point", "connector",
                 "metric", "gap", "evidence", "voting_round", "vote", "comment"):
        if rows.get(kind):
            conn.execute(schema.TABLES[kind].insert(), rows[kind])


def write_new_file(path: Path, project: Project, overwrite: bool, snapshots: list[dict] = ()) -> None:
    """The whole project into a temp file beside `path`, then renamed onto it with the old
    file's side files gone. Errors are ProjectFileErrors with the cause in words; on any
    failure nothing is left behind and an existing `path` is unchanged."""
    if path.is_dir():
        raise ProjectFileError(tr("{0}: is a folder").format(path))
    if not path.parent.is_dir():
        raise ProjectFileError(tr("cannot write {0}: the folder {1} does not exist").format(path, path.parent))
    lock = None
    if path.exists() or path.is_symlink():
        if not overwrite:
            raise ProjectFileError(tr("{0}: already exists").format(path))
        if not path.is_file():
            raise ProjectFileError(tr("cannot write {0}: it is not an ordinary file").format(path))
        lock = FileLock(path)
        try:
            locked = lock.acquire()
        except OSError as error:
            raise ProjectFileError(tr("cannot replace {0}: {1}").format(path, storage_reason(error))) from error
        if not locked:
            raise FileInUseError(tr("{0} is open in another Journey Editor window or program; close it there before "
                                    "replacing it").format(path.name))
    try:
        temp = _write_temp_project(path, project, snapshots)  # with the replaced file's permissions
        # the old file's side files move aside first and go only once the new file is in place:
        # if the rename fails, they come back and the old file is exactly as it was
        aside = [(side, side.with_name(temp.name + side.name[len(path.name):]))
                 for side in side_files(path) if side.exists()]
        try:
            for side, parked in aside:
                os.replace(side, parked)
            os.replace(temp, path)
        except OSError as error:
            for side, parked in aside:
                if parked.exists():
                    os.replace(parked, side)
            _remove_with_side_files(temp)
            raise ProjectFileError(tr("cannot write {0}: {1}").format(path, storage_reason(error))) from error
        for _side, parked in aside:
            parked.unlink(missing_ok=True)
        fileio.sync_folder(path.parent)
    finally:
        if lock:
            lock.release()


def _write_temp_project(path: Path, project: Project, snapshots: list[dict] = ()) -> Path:
    try:
        temp = fileio.temp_beside(path, ".journey-tmp")
    except OSError as error:
        raise ProjectFileError(tr("cannot write {0}: {1}").format(path, storage_reason(error))) from error
    try:
        db = sqlite3.connect(temp, isolation_level=None)
        try:
            db.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
            db.execute("BEGIN")
            schema.create_schema(db)
            db.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION}")
            db.execute("COMMIT")
        finally:
            db.close()
        # a rollback journal while writing: a failure leaves no WAL to clean up beside the temp
        engine = _engine(temp, read_only=False, wal=False)
        try:
            with engine.connect() as conn, conn.begin():
                _write_all(conn, project)
                if snapshots:
                    conn.execute(schema.snapshots.insert(), list(snapshots))
        finally:
            engine.dispose()
        fileio.flush_to_disk(temp)
    except BaseException as error:
        _remove_with_side_files(temp)
        if isinstance(error, Exception) and not isinstance(error, ProjectFileError):
            raise ProjectFileError(tr("cannot write {0}: {1}").format(path, storage_reason(error))) from error
        raise
    return temp


def _remove_with_side_files(path: Path) -> None:
    for leftover in (path, *side_files(path)):
        leftover.unlink(missing_ok=True)


def _remove_private_copy(copy: Path | None) -> None:
    if copy is not None:
        shutil.rmtree(copy.parent, ignore_errors=True)


def _load_problem(error: BaseException) -> str:
    """Why rows could not become a project, in one line (no SQL, no links)."""
    cause = getattr(error, "orig", None) or error
    text = str(cause).splitlines()[0] if str(cause) else type(cause).__name__
    if "no such table" in text or "no such column" in text:
        return tr("it carries Journey Editor's signature but not its tables ({0})").format(text)
    return text


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
