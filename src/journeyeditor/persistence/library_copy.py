"""Copies between a library and project files: `library fetch` (a copy comes down for offline work)
and `library publish` (a local project goes up, or a fetched copy brings its changes back).

A fetched copy remembers where it came from in its `meta` table: the library and project, the
versions of every row at the fetch, and the project as fetched (the base, zlib-compressed JSON
interchange). Publishing it is a three-way merge per entity: what the copy changed since the base
goes up; an entity the server also changed since the fetch (its version moved) is a conflict,
refused unless `keep` says whose version wins. The whole publish is one transaction of the
library store, so it is version-checked and notified like any editor's step.
"""

from __future__ import annotations

import base64
import json
import zlib
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from ..catalogue import tr
from ..interchange.jsonio import project_from_json, project_to_json
from ..model import Project
from . import mapper, schema, snapshot_rows
from .library import (
    TITLE_KEY,
    Library,
    LibraryAddress,
    LibraryError,
    LibraryStore,
    _all_entities,
    _entity_key,
    _row_of,
    noun,
)
from .store import ProjectStore, write_new_file

ORIGIN_KEY, BASE_KEY = "library.origin", "library.base"


@dataclass
class PublishReport:
    lines: list[str] = field(default_factory=list)


def _encode(project: Project) -> str:
    return base64.b64encode(zlib.compress(project_to_json(project).encode("utf-8"), 9)).decode("ascii")


def _decode(data: str) -> Project:
    return project_from_json(zlib.decompress(base64.b64decode(data)).decode("utf-8"))


def _write_origin(path: Path, address: LibraryAddress, versions: dict, base: Project) -> None:
    origin = {"library": str(address.with_project(None)), "project": address.project,
              "versions": {f"{kind}\t{entity_id}": version for (kind, entity_id), version in versions.items()}}
    with ProjectStore.open(path) as store, store.transaction() as conn:
        statement = mapper.dialect_insert(conn, schema.meta)
        conn.execute(statement.on_conflict_do_update(index_elements=["key"],
                                                     set_={"value": statement.excluded.value}),
                     [{"key": ORIGIN_KEY, "value": json.dumps(origin, ensure_ascii=False)},
                      {"key": BASE_KEY, "value": _encode(base)}])


def read_origin(store: ProjectStore) -> tuple[dict, Project] | None:
    """Where a fetched copy came from and the project as fetched; None for any other file."""
    with store.transaction() as conn:
        meta = dict(conn.execute(select(schema.meta.c.key, schema.meta.c.value)
                                 .where(schema.meta.c.key.in_([ORIGIN_KEY, BASE_KEY]))).all())
    if ORIGIN_KEY not in meta or BASE_KEY not in meta:
        return None
    origin = json.loads(meta[ORIGIN_KEY])
    origin["versions"] = {tuple(key.split("\t", 1)): version for key, version in origin["versions"].items()}
    return origin, _decode(meta[BASE_KEY])


def fetch(address: LibraryAddress, target: Path, overwrite: bool = False) -> Path:
    """The library project `address.project` as a project file at `target`, with its snapshots."""
    store = LibraryStore.open(address, read_only=True)
    try:
        with store.transaction() as conn:
            history = snapshot_rows.all_rows(conn)
        write_new_file(target, store.project, overwrite=overwrite, snapshots=history)
        _write_origin(target, address, store._versions, store.project)
    finally:
        store.close()
    return target


def _rows(project: Project) -> dict:
    """Every entity's row (and the title) by key: what a three-way comparison compares."""
    rows = {TITLE_KEY: project.title}
    for entity in _all_entities(project):
        kind, entity_id = _entity_key(entity)
        position = project.index_of(entity) if kind in mapper.ORDERED else None
        rows[(kind, entity_id)] = mapper.to_row(kind, entity, position)
    return rows


def _describe(project: Project, key: tuple[str, str]) -> str:
    kind, entity_id = key
    if key == TITLE_KEY:
        return tr("the project's title")
    entity = project.get(entity_id)
    label = (getattr(entity, "title", "") or getattr(entity, "name", "")) if entity is not None else ""
    return f"{noun(kind)} “{label}” ({entity_id[:8]})" if label else f"{noun(kind)} {entity_id}"


def publish(path: Path, address: LibraryAddress, name: str | None = None, keep: str | None = None) -> PublishReport:
    with ProjectStore.open(path, read_only=True) as local:
        fetched = read_origin(local)
        mine = local.project
        history = []
        if fetched is None:
            with local.transaction() as conn:
                history = snapshot_rows.all_rows(conn)
    if fetched is None or (name is not None and name != fetched[0]["project"]):
        if keep is not None:
            raise LibraryError(tr("--keep is for a copy fetched from the library; {0} is not one").format(path.name))
        name = name or address.project or path.stem  # `…?project=NAME` names it as --as does
        with Library(address) as library:
            library.create_project(name, mine, history)
        return PublishReport([tr("published {0} as {1!r} in {2}").format(path.name, name, address.server)])
    origin, base = fetched
    _refuse_if_open_elsewhere(path)
    return _publish_changes(path, address.with_project(origin["project"]), mine, base, origin["versions"], keep)


def _refuse_if_open_elsewhere(path: Path) -> None:
    """A copy open in a window is rewritten at the end of a publish: say so before anything is sent,
    not after (the window would go on writing to the file the publish replaced)."""
    from .errors import FileInUseError
    from .lock import FileLock

    lock = FileLock(path)
    if not lock.acquire():
        raise FileInUseError(tr("{0} is open in another Journey Editor window or program; close it there before "
                                "replacing it").format(path.name))
    lock.release()


def _publish_changes(path: Path, address: LibraryAddress, mine: Project, base: Project, fetched_versions: dict,
                     keep: str | None) -> PublishReport:
    store = LibraryStore.open(address)
    try:
        if store.read_only:
            raise LibraryError(tr("cannot publish to {0}: {1}").format(address, store.read_only_reason))
        mine_rows, base_rows, server_rows = _rows(mine), _rows(base), _rows(store.project)
        keys = set(mine_rows) | set(base_rows)
        changed_here = {key for key in keys if mine_rows.get(key) != base_rows.get(key)}
        changed_there = {key for key in keys | set(store._versions)
                         if store._versions.get(key, 0) != fetched_versions.get(key, 0)}
        conflicts = sorted(key for key in changed_here & changed_there if mine_rows.get(key) != server_rows.get(key))
        if conflicts and keep is None:
            listed = "; ".join(_describe(mine if key in mine_rows else base, key) for key in conflicts)
            raise LibraryError(tr("{0} entities were changed both in {1} and in the library since the fetch: {2}. "
                                  "Nothing was published; say which side wins with --keep mine or --keep theirs")
                               .format(len(conflicts), path.name, listed))
        to_send = changed_here - (set(conflicts) if keep == "theirs" else set())
        rows = {key: _row_of(mine, key) for key in to_send}
        store.apply_local(rows)
        store.flush()
        lines = [tr("published {0} changes of {1} to {2}").format(len(to_send), path.name, address)]
        for key in conflicts:
            lines.append(tr("  {0}: {1} kept").format(_describe(mine if key in mine_rows else base, key),
                                                    tr("mine") if keep == "mine" else tr("theirs")))
        merged = store.project
        versions = dict(store._versions)
    finally:
        store.close(discard_pending=True)
    # the copy becomes what the library now holds (the server's other changes too, and theirs where
    # they won), keeping its own snapshots: a later publish sends only what changes after this
    with ProjectStore.open(path, read_only=True) as local, local.transaction() as conn:
        history = snapshot_rows.all_rows(conn)
    write_new_file(path, merged, overwrite=True, snapshots=history)
    _write_origin(path, address, versions, merged)
    lines.append(tr("{0} now holds the library's project as it is after the publish").format(path.name))
    return PublishReport(lines)
