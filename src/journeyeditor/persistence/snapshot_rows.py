"""The snapshots table's rows. Listing selects the small columns only: a project with a hundred
snapshots opens and lists as fast as one without, because no blob is read until asked for."""

from __future__ import annotations

from sqlalchemy import Connection, delete, select

from . import mapper
from .schema import snapshots

LISTING = (snapshots.c.id, snapshots.c.name, snapshots.c.created, snapshots.c.kind, snapshots.c.maps,
           snapshots.c.cards, snapshots.c.changes, snapshots.c.maps_changed)


def insert(conn: Connection, row: dict) -> None:
    conn.execute(snapshots.insert(), row)


def listing(conn: Connection) -> list[dict]:
    """Every snapshot's metadata, oldest first (no data)."""
    query = select(*LISTING).order_by(snapshots.c.created, snapshots.c.id)
    return [dict(row._mapping) for row in conn.execute(query)]


def all_rows(conn: Connection) -> list[dict]:
    """Every snapshot whole, data too: for Save As, which copies the history with the project."""
    return [dict(row._mapping) for row in conn.execute(select(snapshots))]


def data(conn: Connection, snapshot_id: str) -> bytes | None:
    return conn.execute(select(snapshots.c.data).where(snapshots.c.id == snapshot_id)).scalar()


def remove(conn: Connection, snapshot_ids: list[str]) -> None:
    if snapshot_ids:
        conn.execute(delete(snapshots).where(snapshots.c.id.in_(snapshot_ids)))


def load_project(conn: Connection):
    """The project as the file holds it now (inside the caller's transaction)."""
    return mapper.load_project(conn)
