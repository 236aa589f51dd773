"""Snapshots of a whole project, stored in its file as zlib-compressed JSON interchange.

Named snapshots are the user's; automatic ones keep the day-before state on the first edit of
each day, kept daily for a month and then one a month (`auto_snapshots_to_drop`, a pure function
of dates, so the rule is tested with a fake clock)."""

from __future__ import annotations

import re
import uuid
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from ..interchange.jsonio import InterchangeError, project_from_json, project_to_json
from ..model import Project
from ..persistence import ProjectStore, snapshot_rows
from .diff import diff_projects

AUTO, NAMED = "auto", "named"
DAILY_FOR = timedelta(days=30)


@dataclass(frozen=True)
class Snapshot:
    """A snapshot's metadata: what a listing shows, without the data."""
    id: str
    name: str
    created: datetime
    kind: str
    maps: int
    cards: int
    changes: int = 0  # since the snapshot before it
    maps_changed: int = 0

    @property
    def label(self) -> str:
        return self.name or f"{self.created:%Y-%m-%d} (automatic)"

    @property
    def summary(self) -> str:
        held = f"{self.maps} maps, {self.cards} cards"
        return f"{held}; {self.changes} changes in {self.maps_changed} maps since the one before" \
            if self.changes else held


def encode(project: Project) -> bytes:
    return zlib.compress(project_to_json(project).encode("utf-8"), 9)


def decode(data: bytes) -> Project:
    try:
        text = zlib.decompress(data).decode("utf-8")
    except (zlib.error, UnicodeDecodeError) as error:  # a damaged file: said plainly, like any refusal
        raise SnapshotError(f"the snapshot is damaged ({error})") from error
    return project_from_json(text)


class SnapshotError(ValueError):
    """The project holds something its interchange refuses, so a snapshot of it could not be read back."""


def _insert(conn, project: Project, name: str, kind: str, created: datetime) -> Snapshot:
    data = encode(project)
    try:  # never keep a snapshot that could not be restored
        decode(data)
    except InterchangeError as error:
        raise SnapshotError(f"the project cannot be kept as a snapshot: {error}") from error
    listing = snapshot_rows.listing(conn)
    changes = []
    if listing:  # what changed since the latest snapshot, for the listing's summary
        try:
            changes = diff_projects(decode(snapshot_rows.data(conn, listing[-1]["id"])), project)
        except ValueError:  # that one is damaged: this one is kept all the same, with no summary
            changes = []
    snapshot = Snapshot(str(uuid.uuid4()), name, created, kind, len(project.maps),
                        sum(len(project.contents(m.id).cards) for m in project.maps), len(changes),
                        len({change.map_id for change in changes}))
    snapshot_rows.insert(conn, {"id": snapshot.id, "name": name, "created": snapshot.created.isoformat(),
                                "kind": kind, "maps": snapshot.maps, "cards": snapshot.cards,
                                "changes": snapshot.changes, "maps_changed": snapshot.maps_changed,
                                "data": data})
    return snapshot


def take(store: ProjectStore, name: str = "", kind: str = NAMED, now: datetime | None = None) -> Snapshot:
    """Snapshot the project as it is in memory (pending edits are written first)."""
    store.flush()
    with store.transaction() as conn:
        return _insert(conn, store.project, name, kind, now or datetime.now())


def _from_row(row: dict) -> Snapshot:
    return Snapshot(row["id"], row["name"], datetime.fromisoformat(row["created"]), row["kind"], row["maps"],
                    row["cards"], row["changes"], row["maps_changed"])


def list_snapshots(store: ProjectStore) -> list[Snapshot]:
    """Oldest first; reads no snapshot data."""
    with store.transaction() as conn:
        return [_from_row(row) for row in snapshot_rows.listing(conn)]


def load(store: ProjectStore, snapshot_id: str) -> Project:
    with store.transaction() as conn:
        data = snapshot_rows.data(conn, snapshot_id)
    if data is None:
        raise KeyError(snapshot_id)
    return decode(data)


def delete(store: ProjectStore, snapshot_id: str) -> None:
    with store.transaction() as conn:
        snapshot_rows.remove(conn, [snapshot_id])


def find(snapshots: list[Snapshot], name_or_date: str, today: date | None = None) -> Snapshot | None:
    """The snapshot named so (the latest of that name), or the state as of a date (see `as_of`):
    the latest snapshot taken on or before that day."""
    named = [s for s in snapshots if s.name == name_or_date]
    if named:
        return named[-1]
    day = as_of(name_or_date, today or date.today())
    if day is None:
        return None
    before = [s for s in snapshots if s.created.date() <= day]
    return before[-1] if before else None


_AGO = re.compile(r"(\d{1,4}) (day|week|month|year)s? ago")


def as_of(text: str, today: date) -> date | None:
    """A day from "2026-05-31" or "6 months ago" (days, weeks, months, years); None if neither."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        pass
    match = _AGO.fullmatch(text.strip().lower())
    if match is None:
        return None
    count, unit = int(match[1]), match[2]
    if unit in ("day", "week"):
        return today - timedelta(days=count * (7 if unit == "week" else 1))
    months = today.year * 12 + today.month - 1 - count * (12 if unit == "year" else 1)
    year, month = divmod(months, 12)
    for day in range(today.day, 0, -1):  # the 31st, six months back, is the month's last day
        try:
            return date(year, month + 1, day)
        except ValueError:
            continue
    return None


# ------------------------------------------------------------- the automatic daily rule
def auto_snapshots_to_drop(created: list[datetime], now: datetime) -> list[datetime]:
    """Of the automatic snapshots taken at `created`, those the rule lets go: every one of the
    last month stays (one a day), older ones keep the earliest of each calendar month."""
    kept_months: set[tuple[int, int]] = set()
    drop = []
    for moment in sorted(created):
        if now - moment <= DAILY_FOR:
            continue
        month = (moment.year, moment.month)
        if month in kept_months:
            drop.append(moment)
        kept_months.add(month)
    return drop


def daily_snapshot_due(created: list[datetime], now: datetime) -> bool:
    """True until an automatic snapshot is taken today."""
    return all(moment.date() != now.date() for moment in created)


class DailySnapshots:
    """A store's `before_write` hook: the first write of a day keeps the file's state before it
    (the day-before state) as an automatic snapshot, then prunes by the rule."""

    def __init__(self, clock: Callable[[], datetime] = datetime.now) -> None:
        self.clock = clock
        self._kept_on: date | None = None  # a day whose snapshot this file was seen to hold

    def idle(self) -> bool:
        """Whether a call now would do nothing (a store may then write without calling it)."""
        return self._kept_on == self.clock().date()

    def __call__(self, conn) -> None:
        # a look at the metadata (no blob), right even after a failed write; once the file is
        # seen holding today's snapshot (committed: it is there as the transaction starts), the
        # day's other writes skip the look (it cost as much as the edit's own row)
        now = self.clock()
        if self._kept_on == now.date():
            return
        autos = [s for s in map(_from_row, snapshot_rows.listing(conn)) if s.kind == AUTO]
        if not daily_snapshot_due([s.created for s in autos], now):
            self._kept_on = now.date()
        else:
            try:
                _insert(conn, snapshot_rows.load_project(conn), "", AUTO, now)
            except SnapshotError:
                pass  # the user's edit must land all the same; a named snapshot says why
        dropped = set(auto_snapshots_to_drop([s.created for s in autos], now))
        snapshot_rows.remove(conn, [s.id for s in autos if s.created in dropped])


def keep_daily(store: ProjectStore, clock: Callable[[], datetime] = datetime.now) -> None:
    if not store.read_only:
        store.before_write = DailySnapshots(clock)
