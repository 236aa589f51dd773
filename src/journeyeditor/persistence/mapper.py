"""Rows <-> model entities. Reading and writing go through SQLAlchemy Core (not the ORM):
whole-map loads are several times faster that way (tech-notes)."""

from __future__ import annotations

import hashlib
import json

from sqlalchemy import Connection, select

from ..model import Card, EmotionPoint, Image, Lane, Map, Persona, Project, Stage, Step, field_names
from ..model.blueprint import canonical_lines
from ..model.entities import Comment, Connector, Evidence, Gap, Metric, Vote, VotingRound
from . import schema

ORDERED = {"map", "stage", "step", "lane", "persona"}
#: a card's "index" column is an order key inside its cell, not its place: keys of a file written
#: whole are spaced this far apart, so a moved card takes a key between its neighbours' and a move
#: writes one row (the cell is renumbered only when no key is left between them)
CARD_KEY_GAP = 1024
_CLASSES = {
    "map": Map, "stage": Stage, "step": Step, "lane": Lane, "card": Card, "persona": Persona,
    "emotion_point": EmotionPoint, "connector": Connector, "metric": Metric, "gap": Gap,
    "evidence": Evidence, "voting_round": VotingRound, "vote": Vote, "comment": Comment, "image": Image,
}
_FIELDS = {name: field_names(cls) for name, cls in _CLASSES.items()}
#: list fields, stored as JSON text
_JSON_FIELDS = {"card": ("tags",), "map": ("hidden_lines", "persona_ids", "dismissed_gaps"),
                "voting_round": ("participants", "lane_kinds", "card_types")}


def to_row(kind: str, entity, position: int | None = None) -> dict:
    row = {name: getattr(entity, name) for name in _FIELDS[kind]}
    for name in _JSON_FIELDS.get(kind, ()):
        row[name] = json.dumps(getattr(entity, name), ensure_ascii=False)
    if kind in ORDERED:
        row["position"] = position
    return row


def from_row(kind: str, row) -> object:
    values = {name: row[name] for name in _FIELDS[kind]}
    for name in _JSON_FIELDS.get(kind, ()):
        values[name] = json.loads(values[name])
    if kind == "map":  # the app's spelling, whatever an older or hand-made file holds
        values["hidden_lines"] = canonical_lines(values["hidden_lines"])
    for name in ("visible", "fail_point", "wait_point", "two_way", "higher_is_better", "anonymous", "resolved"):
        if name in values:
            values[name] = bool(values[name])
    return _CLASSES[kind](**values)


def load_project(conn: Connection, card_keys: dict[str, tuple[str, str, int]] | None = None) -> Project:
    """The project in the file; `card_keys` (when given) gets each card's (step, lane, order key)."""
    meta = dict(conn.execute(select(schema.meta.c.key, schema.meta.c.value)).all())
    project = Project(meta.get("title", "Untitled project"))
    order = [
        ("image", None), ("persona", "position"), ("map", "position"), ("stage", "position"),
        ("step", "position"), ("lane", "position"), ("card", "index"), ("emotion_point", None), ("connector", None),
        ("metric", None), ("gap", None), ("evidence", None), ("voting_round", None), ("vote", None),
        # a thread's first comment before its replies (a reply names it)
        ("comment", "parent_id"),
    ]
    for kind, order_by in order:
        table = schema.TABLES[kind]
        query = select(table)
        if order_by:
            query = query.order_by(table.c[order_by])
        for row in conn.execute(query).mappings():
            entity = from_row(kind, row)
            if kind == "card":  # keys only order a cell: the card goes after those read before it
                key, entity.index = entity.index, -1
            if kind == "image" and hashlib.sha256(entity.data).hexdigest() != entity.hash:
                raise ValueError(f"the image {entity.hash[:12]}… does not match its data")
            project.add(entity)
            if kind == "card" and card_keys is not None:
                card_keys[entity.id] = (entity.step_id, entity.lane_id, key)
    return project


def dialect_insert(conn: Connection, table):
    """An INSERT that can say ON CONFLICT DO UPDATE: SQLite's for the file, PostgreSQL's for a library."""
    if conn.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    return insert(table)


def write_meta(conn: Connection, project: Project) -> None:
    statement = dialect_insert(conn, schema.meta)
    statement = statement.on_conflict_do_update(
        index_elements=["key"], set_={"value": statement.excluded.value}
    )
    conn.execute(statement, [{"key": "title", "value": project.title}])
