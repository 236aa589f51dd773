"""A team library: many projects in one PostgreSQL database, edited by several people at once.

Each project lives in a PostgreSQL schema (namespace) of its own, `jp_<slug>`, holding the very
tables of a project file, created from the same SQLAlchemy metadata (schema.py), so the same
mapper reads and writes both. `library.projects` lists the projects (name, schema, schema version).

Beside the file's tables a library project keeps `row_versions (kind, id, version)`: one number per
entity (and one for the project's title), raised by every write. A client remembers the versions it
read; a step whose rows moved on since is refused (ConflictError) and nothing of it is written.
A row deleted keeps its version row, so an edit of an entity someone removed is refused as well.
Every write ends with a NOTIFY on the project's channel naming what changed and who changed it;
other clients reload those rows (`LibraryStore.apply_remote`).

The SQLite file is untouched by all this: versions live only in the library.
"""

from __future__ import annotations

import json
import re
import unicodedata
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Self

from sqlalchemy import (
    BigInteger,
    Column,
    Connection,
    DateTime,
    Integer,
    MetaData,
    PrimaryKeyConstraint,
    Table,
    Text,
    create_engine,
    delete,
    func,
    select,
    text,
    tuple_,
)
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, SQLAlchemyError

from ..catalogue import tr
from ..model import ModelError, Project
from ..model.project import PLACEMENT_FIELDS
from . import mapper, schema, snapshot_rows
from .errors import NewerSchemaError, ProjectFileError, ReadOnlyError, WriteError
from .store import _DELETE, ProjectStore, _write_all, upsert

SCHEMES = ("postgresql://", "postgres://", "postgresql+psycopg://")
CATALOGUE_SCHEMA = "library"
#: entity kinds in the order a project loads them: a parent before what refers to it
KIND_ORDER = ("image", "persona", "map", "stage", "step", "lane", "card", "emotion_point", "connector", "metric",
              "gap", "evidence", "voting_round", "vote", "comment")
TITLE_KEY = ("project", "title")
#: fields holding the id of another entity
REFERENCE_FIELDS = ("map_id", "stage_id", "step_id", "lane_id", "source_id", "target_id", "card_id", "persona_id",
                    "subject_id", "round_id", "parent_id", "photo_hash", "source_map_id", "link_map_id")
#: NOTIFY's payload must stay under 8000 bytes: past this, receivers reload the whole project
_PAYLOAD_LIMIT = 7000

_catalogue = MetaData(schema=CATALOGUE_SCHEMA)
projects_table = Table(
    "projects", _catalogue,
    Column("name", Text, primary_key=True), Column("schema", Text, nullable=False, unique=True),
    Column("created", DateTime(timezone=True), nullable=False), Column("schema_version", Integer, nullable=False),
)
_versions_meta = MetaData()
row_versions = Table(
    "row_versions", _versions_meta,
    Column("kind", Text, nullable=False), Column("id", Text, nullable=False),
    Column("version", BigInteger, nullable=False), PrimaryKeyConstraint("kind", "id"),
)


class LibraryError(ProjectFileError):
    """A library can't be reached, read or written. str() is the message for the user (never a password)."""


class ServerUnreachableError(LibraryError):
    pass


class ConflictError(WriteError):
    """A step's rows changed on the server since this client read them; nothing of it was written."""

    def __init__(self, message: str, keys: list[tuple[str, str]]) -> None:
        super().__init__(message)
        self.keys = keys
        #: the message names what was removed: reloading takes that name away, so it is kept
        self.named_before_reload = False


class ConnectionLostError(WriteError):
    """The server went away while writing; the step is kept to be sent when it is back."""


def noun(kind: str) -> str:
    """An entity kind in words ("emotion point"), in the user's language: the editor's nouns."""
    return tr(kind.replace("_", " "))


def is_library_address(text: str) -> bool:
    return str(text).startswith(SCHEMES)


@dataclass(frozen=True)
class LibraryAddress:
    """`postgresql://user@host:port/db` (a library) or `…/db?project=NAME` (a project in it).

    It stands where a file's Path does in a window (`name`, `stem`, `resolve()`); str() never shows
    a password."""

    url: URL  # postgresql+psycopg, without `project`
    project: str | None = None

    @classmethod
    def parse(cls, address: str, password: str | None = None) -> LibraryAddress:
        if not is_library_address(address):
            raise LibraryError(tr("{0}: not a library address (postgresql://user@host:port/database)")
                               .format(_without_password(address)))
        try:
            url = make_url(address)
        except (ArgumentError, ValueError) as error:
            raise LibraryError(tr("{0}: not a library address (postgresql://user@host:port/database)")
                               .format(_without_password(address))) from error
        if url.host and "@" in url.host:
            # the password (or user) held a bare "@": the rest of it would be taken for the host and
            # shown in every message about that host
            raise LibraryError(tr("{0}: an @ in the user name or password must be written %40 (or give the "
                                  "password in PGPASSWORD)").format(_without_password(address)))
        if not url.database:
            raise LibraryError(tr("{0}: the address names no database").format(_without_password(address)))
        query = dict(url.query)
        project = query.pop("project", None)
        if isinstance(project, tuple):
            project = project[-1]
        url = url.set(drivername="postgresql+psycopg", query=query)
        if password is not None:
            url = url.set(password=password)
        return cls(url, project or None)

    def with_project(self, project: str | None) -> LibraryAddress:
        return LibraryAddress(self.url, project)

    def with_password(self, password: str | None) -> LibraryAddress:
        return LibraryAddress(self.url.set(password=password), self.project)

    @property
    def server(self) -> str:
        """user@host:port/db, what messages name (no password)."""
        user = f"{self.url.username}@" if self.url.username else ""
        port = f":{self.url.port}" if self.url.port else ""
        return f"{user}{self.url.host or 'localhost'}{port}/{self.url.database}"

    @property
    def name(self) -> str:
        return self.project or self.url.database

    @property
    def stem(self) -> str:
        return self.name

    def resolve(self) -> LibraryAddress:
        return self

    def __str__(self) -> str:
        # what parse() would read otherwise ("R&D" as "R", "A+B" as "A B") escaped, the rest as written:
        # this text is parsed again (Open from Library, the recent projects)
        project = re.sub(r"[%&+]", lambda m: f"%{ord(m[0]):02X}", self.project) if self.project else ""
        suffix = f"?project={project}" if self.project else ""
        return f"postgresql://{self.server}{suffix}"


def _without_password(address: str) -> str:
    """The address with its password cut out, a password holding "@" or "/" too (up to the last "@"
    before the project's name, which may hold "@" of its own)."""
    head, project = (re.split(r"(?=[?&]project=)", str(address), maxsplit=1) + [""])[:2]
    return re.sub(r"(://[^:/@]*):.*@", r"\1@", head) + project


def server_reason(error: BaseException) -> str:
    """A database failure in one line, without SQL, parameters or passwords."""
    cause = getattr(error, "orig", None) or error
    text_ = str(cause).strip().splitlines()[0] if str(cause).strip() else type(cause).__name__
    text_ = re.sub(r"^connection failed: ", "", text_)
    text_ = re.sub(r'connection to server at "[^"]*"(?: \([^)]*\))?, port \d+ failed: ', "", text_)
    text_ = re.sub(r"^(?:FATAL|ERROR):\s+|^fe_sendauth: ", "", text_)  # libpq's labels, not the user's words
    return _without_password(text_)


def is_sign_in_problem(reason: str) -> bool:
    """The server is there but the role or its password was refused (libpq's words, as server_reason gives)."""
    return "password authentication failed" in reason or "no password supplied" in reason


def is_connection_problem(error: BaseException) -> bool:
    """The server is away (refused, gone, shut down), as opposed to a refused statement."""
    import psycopg

    cause = getattr(error, "orig", None) or error
    if isinstance(error, DBAPIError) and error.connection_invalidated:
        return True
    return isinstance(cause, (psycopg.OperationalError, psycopg.InterfaceError)) and \
        not isinstance(cause, psycopg.errors.InsufficientPrivilege)


def schema_name_for(name: str, taken: Iterable[str] = ()) -> str:
    """jp_<slug of the name>, unique in the database (PostgreSQL names are at most 63 bytes)."""
    slug = re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_")[:40] or "project"
    candidate, number = f"jp_{slug}", 2
    taken = set(taken)
    while candidate in taken:
        candidate, number = f"jp_{slug}_{number}", number + 1
    return candidate


#: a project's name is shown in window titles, lists and one-line messages
MAX_NAME_LENGTH = 200


def check_project_name(name: str) -> None:
    """Refuse a name that could not be shown on one line, or that differs from another by spaces alone."""
    if not name.strip():
        raise LibraryError(tr("a library project needs a name"))
    if name != name.strip() or any(unicodedata.category(char) in ("Cc", "Zl", "Zp") for char in name):
        raise LibraryError(tr("a library project's name must be one line of text, without spaces at either end"))
    if len(name) > MAX_NAME_LENGTH:
        raise LibraryError(tr("a library project's name must be at most {0} characters").format(MAX_NAME_LENGTH))


class Library:
    """A library database: its catalogue of projects, and creating, reading and removing them."""

    def __init__(self, address: LibraryAddress | str, password: str | None = None,
                 application_name: str = "journeyeditor") -> None:
        self.address = address if isinstance(address, LibraryAddress) else LibraryAddress.parse(address, password)
        if password is not None:
            self.address = self.address.with_password(password)
        try:
            import psycopg  # noqa: F401 - the driver comes with the optional extra
        except ImportError as error:
            raise LibraryError(tr("a team library needs psycopg: pip install 'journeyeditor[library]'")) from error
        self.engine = create_engine(self.address.url, pool_pre_ping=True,
                                    connect_args={"connect_timeout": 5, "application_name": application_name})

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *_exc) -> None:
        self.close()

    def connect(self) -> Connection:
        try:
            return self.engine.connect()
        except SQLAlchemyError as error:
            reason = server_reason(error)
            message = tr("cannot sign in to the library {0}: {1}") if is_sign_in_problem(reason) else \
                tr("cannot reach the library {0}: {1}")
            raise ServerUnreachableError(message.format(self.address.server, reason)) from error

    def _fail(self, error: BaseException, doing: str) -> LibraryError:
        if isinstance(error, LibraryError):
            return error
        if is_connection_problem(error):
            return ServerUnreachableError(tr("cannot reach the library {0}: {1}").format(
                self.address.server, server_reason(error)))
        return LibraryError(tr("library {0}: {1} failed ({2})").format(self.address.server, doing,
                                                                      server_reason(error)))

    # ------------------------------------------------------------- the catalogue
    def init(self) -> bool:
        """Make the catalogue; False if it was there already (nothing changes then)."""
        try:
            with self.connect() as conn, conn.begin():
                if self._has_catalogue(conn):
                    return False
                conn.execute(text(f"CREATE SCHEMA {CATALOGUE_SCHEMA}"))
                _catalogue.create_all(conn)
                return True
        except (SQLAlchemyError, LibraryError) as error:
            raise self._fail(error, tr("making the catalogue")) from error

    @staticmethod
    def _has_catalogue(conn: Connection) -> bool:
        return conn.execute(text("SELECT to_regclass('library.projects') IS NOT NULL")).scalar()

    def _require_catalogue(self, conn: Connection) -> None:
        if not self._has_catalogue(conn):
            raise LibraryError(tr("{0} is not a Journey Editor library (run: journeyeditor library init {1})")
                               .format(self.address.server, f"postgresql://{self.address.server}"))

    def projects(self) -> list[dict]:
        """Each project's name, schema, created, schema_version, maps and cards, by name."""
        try:
            with self.connect() as conn, conn.begin():
                self._require_catalogue(conn)
                listing = [dict(row._mapping) for row in
                           conn.execute(select(projects_table).order_by(projects_table.c.name))]
                for entry in listing:
                    tables = conn.execution_options(schema_translate_map={None: entry["schema"]})
                    entry["maps"] = tables.execute(select(func.count()).select_from(schema.maps)).scalar()
                    entry["cards"] = tables.execute(select(func.count()).select_from(schema.cards)).scalar()
                return listing
        except (SQLAlchemyError, LibraryError) as error:
            raise self._fail(error, tr("listing the projects")) from error

    def schema_of(self, conn: Connection, name: str) -> tuple[str, int]:
        self._require_catalogue(conn)
        row = conn.execute(select(projects_table.c.schema, projects_table.c.schema_version)
                           .where(projects_table.c.name == name)).first()
        if row is None:
            raise LibraryError(tr("{0}: no project named {1!r} in the library").format(self.address.server, name))
        return row[0], row[1]

    def has_project(self, name: str) -> bool:
        with self.connect() as conn, conn.begin():
            self._require_catalogue(conn)
            return conn.execute(select(projects_table.c.name).where(projects_table.c.name == name)).first() \
                is not None

    def create_project(self, name: str, project: Project, snapshots: list[dict] = ()) -> str:
        """A new project `name` holding `project` (and its snapshots), in one transaction; its schema."""
        check_project_name(name)
        try:
            with self.connect() as conn, conn.begin():
                self._require_catalogue(conn)
                # one creator at a time: two publishing the same name must not both pass the check
                conn.execute(text("LOCK TABLE library.projects IN SHARE ROW EXCLUSIVE MODE"))
                if conn.execute(select(projects_table.c.name).where(projects_table.c.name == name)).first():
                    raise LibraryError(tr("the library {0} has a project named {1!r} already").format(
                        self.address.server, name))
                taken = conn.execute(text("SELECT nspname FROM pg_namespace")).scalars().all()
                schema_name = schema_name_for(name, taken)
                conn.execute(text(f'CREATE SCHEMA "{schema_name}"'))
                tables = conn.execution_options(schema_translate_map={None: schema_name})
                create_tables(tables, schema_name)
                _write_all(tables, project)
                if snapshots:
                    tables.execute(schema.snapshots.insert(), list(snapshots))
                conn.execute(projects_table.insert().values(name=name, schema=schema_name,
                                                            created=datetime.now(UTC),
                                                            schema_version=schema.SCHEMA_VERSION))
                return schema_name
        except (SQLAlchemyError, LibraryError) as error:
            raise self._fail(error, tr("publishing {0!r}").format(name)) from error

    def load(self, name: str) -> tuple[Project, list[dict]]:
        """A project and its snapshots' rows, read in one transaction."""
        try:
            with self.connect() as conn, conn.begin():
                schema_name, version = self.schema_of(conn, name)
                _check_version(version, name)
                tables = conn.execution_options(schema_translate_map={None: schema_name})
                return mapper.load_project(tables), snapshot_rows.all_rows(tables)
        except (SQLAlchemyError, LibraryError) as error:
            raise self._fail(error, tr("reading {0!r}").format(name)) from error


def _check_version(version: int, name: str) -> None:
    if version > schema.SCHEMA_VERSION:
        raise NewerSchemaError(tr("the library project {0!r} was written by a newer Journey Editor (schema {1}, "
                                  "this one knows {2}); update Journey Editor to open it").format(
                                      name, version, schema.SCHEMA_VERSION))
    if version < schema.SCHEMA_VERSION:
        raise LibraryError(tr("the library project {0!r} has schema {1}, older than this Journey Editor's {2}")
                           .format(name, version, schema.SCHEMA_VERSION))


#: LIBRARY_UPGRADES[n] moves a library project from schema n to n + 1, given a connection whose tables
#: are the project's. The file's upgrades (schema.UPGRADES) are SQLite DDL run on sqlite3; libraries
#: began at schema 8, so each schema change from 9 on brings its PostgreSQL step here too.
LIBRARY_UPGRADES: dict[int, Callable[[Connection], None]] = {}


def upgrade_project(conn: Connection, name: str) -> int:
    """Bring a library project to this app's schema in one transaction (the caller's), its catalogue
    row locked so two clients opening it at once upgrade it once; its version after."""
    row = conn.execute(select(projects_table.c.schema, projects_table.c.schema_version)
                       .where(projects_table.c.name == name).with_for_update()).first()
    if row is None or row.schema_version >= schema.SCHEMA_VERSION:
        return row.schema_version if row else 0
    steps = range(row.schema_version, schema.SCHEMA_VERSION)
    if any(step not in LIBRARY_UPGRADES for step in steps):
        _check_version(row.schema_version, name)  # no way up from there: say so
    tables = conn.execution_options(schema_translate_map={None: row.schema})
    for step in steps:
        LIBRARY_UPGRADES[step](tables)
    conn.execute(projects_table.update().where(projects_table.c.name == name)
                 .values(schema_version=schema.SCHEMA_VERSION))
    return schema.SCHEMA_VERSION


def create_tables(conn: Connection, schema_name: str) -> None:
    """The file's tables (from the shared metadata) and row_versions in `schema_name`. Foreign keys are
    checked at commit, as the file does with defer_foreign_keys: a step writes rows in any order."""
    schema.metadata.create_all(conn)
    _versions_meta.create_all(conn)
    for table, constraint in conn.execute(text(
            "SELECT conrelid::regclass::text, conname FROM pg_constraint "
            "WHERE contype = 'f' AND connamespace = CAST(:schema AS regnamespace)"), {"schema": schema_name}):
        conn.execute(text(f'ALTER TABLE {table} ALTER CONSTRAINT "{constraint}" DEFERRABLE INITIALLY DEFERRED'))


class LibraryStore(ProjectStore):
    """A project in a library, open: the same interface as a file's ProjectStore for the editor.

    Each flush is one transaction that checks the rows' versions, writes, raises the versions and
    notifies the other clients."""

    def __init__(self, address: LibraryAddress, library: Library, project: Project, conn: Connection,
                 schema_name: str, versions: dict, read_only_reason: str, client_id: str) -> None:
        super().__init__(address, project, conn, read_only_reason, engine=library.engine)
        self.address = address
        self.library = library
        self.schema_name = schema_name
        self.client_id = client_id
        self._versions: dict[tuple[str, str], int] = versions
        #: the rows of each step a failed write left unsent, oldest first; and the rows of earlier
        #: steps that a refusal of the latest must not take along (it discards that step only)
        self._unsent_steps: list[set[tuple[str, str]]] = []
        self._kept_through_conflict: set[tuple[str, str]] = set()
        self._applying_remote = False
        #: the server is away (ui/library_sync.py says so): read-only meanwhile, unsent steps kept
        self.offline = False
        self._primary: set[tuple[str, str]] = set()
        self._refs: set[str] = set()
        #: ids the last flush's step refers to (a card's stage, step and lane, a connector's cards …)
        self.last_refs: set[str] = set()
        #: ids the last apply_remote removed from the model
        self.last_removed: set[str] = set()
        #: the entities the last flush's step changed, for the editor to tell which of its steps a
        #: change from elsewhere overrides
        self.last_written: set[tuple[str, str]] = set()

    @property
    def channel(self) -> str:
        return self.schema_name

    @classmethod
    def open(cls, address: LibraryAddress | str, read_only: bool = False, password: str | None = None,
             client_id: str | None = None) -> LibraryStore:
        if not isinstance(address, LibraryAddress):
            address = LibraryAddress.parse(address, password)
        elif password is not None:
            address = address.with_password(password)
        if not address.project:
            raise LibraryError(tr("{0}: which project? Add ?project=NAME to the address").format(address))
        client_id = client_id or uuid.uuid4().hex
        library = Library(address, application_name=f"journeyeditor {client_id}")
        try:
            conn = library.connect()
            try:
                with conn.begin():
                    schema_name, version = library.schema_of(conn, address.project)
                    if version < schema.SCHEMA_VERSION and not read_only:
                        version = upgrade_project(conn, address.project)
                    _check_version(version, address.project)
                    conn = conn.execution_options(schema_translate_map={None: schema_name})
                    project = mapper.load_project(conn)
                    versions = {(row.kind, row.id): row.version for row in conn.execute(select(row_versions))}
                    may_write = conn.execute(text("SELECT has_table_privilege(:t, 'INSERT')"),
                                             {"t": f"{schema_name}.cards"}).scalar()
            except BaseException:
                conn.close()
                raise
        except (SQLAlchemyError, LibraryError) as error:
            library.close()
            raise library._fail(error, tr("opening {0!r}").format(address.project)) from error
        except BaseException:
            library.close()
            raise
        reason = ""
        if read_only:
            reason = tr("opened read-only")
        elif not may_write:
            reason = tr("your database role may only read this library")
        return cls(address, library, project, conn, schema_name, versions, reason, client_id)

    # ------------------------------------------------------------- writing
    def _on_change(self, change) -> None:
        if self._applying_remote:
            return  # the server's state arriving: nothing to write back
        super()._on_change(change)
        if self._renumbered:
            # a file keeps spaced order keys and writes a card whose neighbours came or went only when
            # its key must change; a library writes each card's place in its cell as the model has it
            # (every row a step writes carries its version), so such a card is written as before
            for card_id, card in self._renumbered.items():
                self._dirty.setdefault(("card", card_id), card)
            self._renumbered.clear()
        # the entities the step itself changed (not the siblings rewritten for their positions)
        self._primary.add(TITLE_KEY if change.entity_type == "project" else
                          (change.entity_type, change.entity.hash if change.entity_type == "image"
                           else change.entity.id))
        # and what they refer to: undoing the step needs those to be there still
        self._refs.update(value for name in REFERENCE_FIELDS
                          if isinstance(value := getattr(change.entity, name, ""), str) and value)

    def flush(self) -> None:
        self.last_written, self.last_refs = set(), set()
        if not self.has_pending:
            return
        if self.read_only:
            raise ReadOnlyError(tr("{0} is read-only ({1})").format(self.address.name, self.read_only_reason))
        earlier = set().union(*self._unsent_steps)
        this_step = self.pending_keys() - earlier
        # a retry with no new step sends the last unsent step again: that one is refused, if any
        steps = self._unsent_steps + [this_step] if this_step else list(self._unsent_steps)
        dirty, self._dirty = self._dirty, {}
        meta_dirty, self._meta_dirty = self._meta_dirty, False
        try:
            self._write(dirty, meta_dirty)
        except ConflictError as conflict:
            # nothing of the step is kept: the caller takes it back and reloads the rows; what earlier
            # steps left unsent (and the server did not refuse) stays pending, see discard_pending()
            self._keep_earlier_steps(steps, conflict)
            raise
        except Exception as error:
            if _is_foreign_key_violation(error):
                # something the step refers to (a stage, a card …) was removed meanwhile: sending it
                # again can never succeed and would hold back every later step; so it is refused as a
                # conflict (nothing of it kept), the caller takes it back and reloads those rows
                conflict = self._removed_meanwhile(dirty, meta_dirty)
                self._keep_earlier_steps(steps, conflict)
                raise conflict from error
            dirty.update(self._dirty)
            self._dirty = dirty
            self._meta_dirty = self._meta_dirty or meta_dirty
            self._unsent_steps = steps
            if is_connection_problem(error):
                self.drop_connection()
                raise ConnectionLostError(tr("{0}: the library server cannot be reached ({1}); the change is "
                                             "kept and sent when it is back").format(
                                                 self.address.name, server_reason(error))) from error
            raise WriteError(tr("{0}: the last change could not be written ({1}); it is kept and written with "
                                "the next one").format(self.address.name, server_reason(error))) from error

    def _removed_meanwhile(self, dirty: dict, meta_dirty: bool) -> ConflictError:
        step_keys = set(dirty) | ({TITLE_KEY} if meta_dirty else set())
        referred = {_entity_key(entity) for entity_id in self._refs
                    if (entity := self.project.get(entity_id) or self.project.images.get(entity_id)) is not None}
        referred -= step_keys
        try:  # which of them moved on: the one to name
            conn = self._ensure_connection()
            with conn.begin():
                server = self._lock_free_versions(conn, list(referred))
        except SQLAlchemyError:
            server = {}
        moved_on = sorted(key for key in referred if server.get(key, 0) != self._versions.get(key, 0))
        named = (moved_on or sorted(referred) or sorted(step_keys))[0]
        entity = self.project.get(named[1]) if named[0] != "image" else None
        label = getattr(entity, "title", "") or getattr(entity, "name", "") or named[1][:8]
        conflict = ConflictError(tr("Someone else removed {0} “{1}” meanwhile: your step was not applied")
                                 .format(noun(named[0]), label), moved_on + sorted(step_keys))
        conflict.named_before_reload = True
        return conflict

    def _keep_earlier_steps(self, steps: list[set], conflict: ConflictError) -> None:
        self._kept_through_conflict = set().union(*steps[:-1]) - set(conflict.keys)
        self._unsent_steps = []

    def discard_pending(self) -> None:
        """Drop the refused step's rows; rows of earlier steps that a failed write left unsent are
        marked again from the model as it is now (the refused step taken back): sent with the next."""
        self._dirty, self._meta_dirty, self._primary, self._refs = {}, False, set(), set()
        for key in self._kept_through_conflict:
            if key == TITLE_KEY:
                self._meta_dirty = True
                continue
            entity = self.project.images.get(key[1]) if key[0] == "image" else self.project.get(key[1])
            self._dirty[key] = entity if entity is not None else _DELETE

    def pending_keys(self) -> set[tuple[str, str]]:
        return set(self._dirty) | ({TITLE_KEY} if self._meta_dirty else set())

    def _write(self, dirty: dict, meta_dirty: bool) -> None:
        keys = sorted(set(dirty) | ({TITLE_KEY} if meta_dirty else set()))
        conn = self._ensure_connection()
        with conn.begin():  # (foreign keys are checked at commit: create_tables made them so)
            current = self._lock_versions(conn, keys)
            conflicts = [key for key in keys if current.get(key, 0) != self._versions.get(key, 0)]
            if conflicts:
                raise ConflictError(self.conflict_message(conflicts), conflicts)
            if self.before_write is not None:
                self.before_write(conn)
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
                conn.execute(delete(table).where(key.in_(ids)))
            for kind in KIND_ORDER:
                if upserts.get(kind):
                    conn.execute(upsert(conn, kind), upserts[kind])
            if meta_dirty:
                mapper.write_meta(conn, self.project)
            raised = {key: current.get(key, 0) + 1 for key in keys}
            conn.execute(text(
                f'INSERT INTO "{self.schema_name}".row_versions (kind, id, version) '
                "SELECT * FROM unnest(CAST(:kinds AS text[]), CAST(:ids AS text[]), CAST(:versions AS bigint[])) "
                "ON CONFLICT (kind, id) DO UPDATE SET version = excluded.version"),
                {"kinds": [k for k, _ in raised], "ids": [i for _, i in raised], "versions": list(raised.values())})
            conn.execute(text("SELECT pg_notify(:channel, :payload)"),
                         {"channel": self.channel, "payload": self._payload(keys)})
        self._versions.update(raised)
        self._unsent_steps, self._kept_through_conflict = [], set()
        self.last_written, self._primary = self._primary & set(keys), set()
        self.last_refs, self._refs = self._refs, set()

    def drop_connection(self) -> None:
        """Let go of a connection the server closed: the next statement opens a fresh one."""
        if self._conn is not None:
            try:
                self._conn.invalidate()
                self._conn.close()
            except SQLAlchemyError:
                pass
            self._conn = None

    def _ensure_connection(self) -> Connection:
        if self._conn is None or self._conn.closed or self._conn.invalidated:
            if self._conn is not None:
                try:
                    self._conn.close()
                except SQLAlchemyError:
                    pass
            self._conn = self.library.engine.connect().execution_options(
                schema_translate_map={None: self.schema_name})
        return self._conn

    def _lock_versions(self, conn: Connection, keys: list[tuple[str, str]]) -> dict:
        """The versions of `keys` now, their rows locked until commit (in one order: no deadlock).
        One statement with the keys as two arrays, whatever their number: a step costs one round trip
        here and no statement is compiled anew for each number of keys."""
        rows = conn.execute(text(
            f'SELECT v.kind, v.id, v.version FROM "{self.schema_name}".row_versions v '
            "JOIN unnest(CAST(:kinds AS text[]), CAST(:ids AS text[])) AS k(kind, id) USING (kind, id) "
            "ORDER BY v.kind, v.id FOR UPDATE OF v"),
            {"kinds": [k for k, _ in keys], "ids": [i for _, i in keys]})
        return {(kind, entity_id): version for kind, entity_id, version in rows}

    def _payload(self, keys: list[tuple[str, str]]) -> str:
        payload = json.dumps({"c": self.client_id, "k": [list(key) for key in keys]}, ensure_ascii=False)
        if len(payload.encode("utf-8")) > _PAYLOAD_LIMIT:
            payload = json.dumps({"c": self.client_id, "all": True})
        return payload

    def conflict_message(self, conflicts: list[tuple[str, str]]) -> str:
        kind, entity_id = conflicts[0]
        entity = self.project.get(entity_id)
        label = getattr(entity, "title", "") or getattr(entity, "name", "") or entity_id[:8]
        if kind == "project":
            label = self.project.title
        more = tr(" (and {0} more)").format(len(conflicts) - 1) if len(conflicts) > 1 else ""
        return tr("Someone else changed {0} “{1}”{2} meanwhile: your step was not applied and theirs is shown")\
            .format(noun(kind), label, more)

    # ------------------------------------------------------------- other clients' changes
    @staticmethod
    def read_notification(payload: str) -> tuple[str, list[tuple[str, str]] | None]:
        """(client id, changed keys or None for everything) from a NOTIFY payload."""
        try:
            data = json.loads(payload)
            keys = None if data.get("all") else [(str(k), str(i)) for k, i in data.get("k", [])]
            return str(data.get("c", "")), keys
        except (ValueError, TypeError, AttributeError):
            return "", None

    def apply_remote(self, keys: Iterable[tuple[str, str]] | None) -> set[tuple[str, str]]:
        """Make the model hold the server's rows of `keys` (None: every row), through the model's
        own operations so the canvas follows as it does for an undo. Returns the keys that changed
        here. Pending local changes of those rows are dropped: the server's rows win."""
        whole = keys is None
        try:
            rows, versions, keys = self._read_remote(keys)
        except SQLAlchemyError as error:
            if is_connection_problem(error):
                self.drop_connection()
            raise
        try:
            changed = self._apply_rows(rows)
        except (ModelError, _NeedsWholeProject):
            if whole:
                raise
            # the rows named do not fit the model on their own (what they refer to changed too):
            # bring every row to the server's instead, which also mends what was half applied
            return self.apply_remote(None)
        self._versions.update({key: versions.get(key, 0) for key in keys})
        for key in keys:
            self._dirty.pop(key, None)
        if TITLE_KEY in keys:
            self._meta_dirty = False
        return changed

    def _read_remote(self, keys):
        conn = self._ensure_connection()
        with conn.begin():
            if keys is None:
                server = mapper.load_project(conn)
                versions = {(row.kind, row.id): row.version for row in conn.execute(select(row_versions))}
                keys = set(versions) | {_entity_key(e) for e in _all_entities(self.project)} | \
                    {_entity_key(e) for e in _all_entities(server)}
                rows = {key: _row_of(server, key) for key in keys}
            else:
                keys = set(keys)
                rows, versions = self._read_rows(conn, keys)
        return rows, versions, keys

    def _read_rows(self, conn: Connection, keys: set) -> tuple[dict, dict]:
        rows: dict[tuple[str, str], object] = {}
        by_kind: dict[str, list[str]] = {}
        for kind, entity_id in keys:
            by_kind.setdefault(kind, []).append(entity_id)
        for kind, ids in by_kind.items():
            if kind == "project":
                title = conn.execute(select(schema.meta.c.value).where(schema.meta.c.key == "title")).scalar()
                rows[TITLE_KEY] = title
                continue
            if kind not in schema.TABLES:
                continue
            table = schema.TABLES[kind]
            key_column = table.primary_key.columns.values()[0]
            found = {}
            for row in conn.execute(select(table).where(key_column.in_(ids))).mappings():
                entity = mapper.from_row(kind, row)
                found[row[key_column.name]] = (entity, row.get("position"))
            for entity_id in ids:
                rows[(kind, entity_id)] = found.get(entity_id)
        versions = self._lock_free_versions(conn, list(keys))
        return rows, versions

    @staticmethod
    def _lock_free_versions(conn: Connection, keys: list) -> dict:
        found = {}
        for start in range(0, len(keys), 500):
            part = keys[start:start + 500]
            query = select(row_versions).where(tuple_(row_versions.c.kind, row_versions.c.id).in_(part))
            found.update({(row.kind, row.id): row.version for row in conn.execute(query)})
        return found

    def apply_local(self, rows: dict) -> set[tuple[str, str]]:
        """Put `rows` ({key: (entity, position) or None}) into the model as this client's own change,
        written by the next flush (publishing a fetched copy)."""
        return self._apply_rows(rows, remote=False)

    def _apply_rows(self, rows: dict, remote: bool = True) -> set[tuple[str, str]]:
        project = self.project
        changed: set[tuple[str, str]] = set()
        self._applying_remote = remote
        try:
            if TITLE_KEY in rows and rows[TITLE_KEY] is not None and rows[TITLE_KEY] != project.title:
                project.set_title(rows[TITLE_KEY])
                changed.add(TITLE_KEY)
            order = {kind: n for n, kind in enumerate(KIND_ORDER)}
            entity_keys = [key for key in rows if key[0] in order]
            # gone on the server: what depends on a thing first
            self.last_removed = {key[1] for key in entity_keys if rows[key] is None}
            for key in sorted(entity_keys, key=lambda k: -order[k[0]]):
                if rows[key] is None and _present(project, key):
                    if key[0] == "image":
                        project.remove_image(key[1])
                    else:
                        project.remove(key[1])
                    changed.add(key)
            # new or changed: a thing before what refers to it; ordered lists by position
            # (cards by their index in the cell, so a cell's cards land in the server's order)
            present = sorted((key for key in entity_keys if rows[key] is not None),
                             key=lambda k: (order[k[0]], rows[k][1] if rows[k][1] is not None
                                            else getattr(rows[k][0], "index", 0)))
            for key in present:
                entity, position = rows[key]
                if _apply_entity(project, key[0], entity, position):
                    changed.add(key)
        finally:
            self._applying_remote = False
        return changed

    # ------------------------------------------------------------- the rest of a store
    def close(self, discard_pending: bool = False) -> None:
        if self._conn is None and self.library is None:
            return
        if self.offline and self.has_pending and not discard_pending:
            # never dropped unasked: the window offers a copy in a file, another try, or closing without
            raise ConnectionLostError(tr("{0}: the library server cannot be reached and your last changes are not "
                                         "sent yet").format(self.address.name))
        if not self.read_only and not discard_pending:
            self.flush()
        self.project.unsubscribe(self._on_change)
        self._dirty, self._meta_dirty = {}, False
        try:
            if self._conn is not None:
                self._conn.close()
        except SQLAlchemyError:
            pass  # a server gone away: nothing left to close there
        finally:
            self._conn = None
            if self.library is not None:
                self.library.close()
                self.library = None

    def save_copy(self, target) -> object:
        """A stand-alone project file, written from memory (works with the server away, too)."""
        from pathlib import Path

        from .store import write_new_file

        target = Path(target)
        history: list[dict] = []
        try:
            with self.transaction() as conn:
                history = snapshot_rows.all_rows(conn)
        except SQLAlchemyError:
            pass  # the server is away: the copy has the project without its snapshots
        write_new_file(target, self.project, overwrite=True, snapshots=history)
        return target

    def transaction(self):
        from contextlib import contextmanager

        @contextmanager
        def begin():
            conn = self._ensure_connection()
            with conn.begin():
                yield conn

        return begin()


def _is_foreign_key_violation(error: BaseException) -> bool:
    import psycopg

    return isinstance(getattr(error, "orig", None) or error, psycopg.errors.ForeignKeyViolation)


class _NeedsWholeProject(Exception):
    """Applying some rows took others with it: the whole project is brought to the server's."""


def _entity_key(entity) -> tuple[str, str]:
    from ..model import type_name
    from ..model.entities import Image

    if isinstance(entity, Image):
        return "image", entity.hash
    return type_name(entity), entity.id


def _all_entities(project: Project):
    yield from project.images.values()
    yield from project.all_entities()


def _row_of(project: Project, key: tuple[str, str]):
    if key == TITLE_KEY:
        return project.title
    kind, entity_id = key
    entity = project.images.get(entity_id) if kind == "image" else project.get(entity_id)
    if entity is None:
        return None
    from ..model.entities import copy_entity

    # a copy: the entity goes into another Project, which must not share it
    return copy_entity(entity), project.index_of(entity) if kind in mapper.ORDERED else None


def _present(project: Project, key: tuple[str, str]) -> bool:
    kind, entity_id = key
    return entity_id in project.images if kind == "image" else project.get(entity_id) is not None


def _apply_entity(project: Project, kind: str, entity, position: int | None) -> bool:
    """Bring the model's copy of one entity to the server's; True if anything changed."""
    from ..model import field_names

    if kind == "image":
        if entity.hash in project.images:
            return False
        project.add(entity)
        return True
    current = project.get(entity.id)
    if current is None:
        project.add(entity, position if kind in mapper.ORDERED else None)
        return True
    changed = False
    if kind == "card":
        if (current.step_id, current.lane_id, current.index) != (entity.step_id, entity.lane_id, entity.index):
            project.move_card(entity.id, entity.step_id, entity.lane_id, entity.index)
            changed = True
    else:
        moved = [name for name in PLACEMENT_FIELDS - {"id"} if hasattr(entity, name)
                 and getattr(current, name) != getattr(entity, name)]
        if moved:  # an emotion point at another step, …: put back as the server has it
            removal = project.remove(entity.id)
            project.add(entity, position if kind in mapper.ORDERED else None)
            if len(removal.items) > 1:
                raise _NeedsWholeProject  # what depended on it went with it: reload them all
            return True
    values = {name: getattr(entity, name) for name in field_names(type(entity))
              if name not in PLACEMENT_FIELDS and getattr(current, name) != getattr(entity, name)}
    if values:
        project.update(entity.id, **values)
        changed = True
    if kind in mapper.ORDERED and position is not None and project.index_of(current) != position:
        project.reorder(entity.id, position)
        changed = True
    return changed


