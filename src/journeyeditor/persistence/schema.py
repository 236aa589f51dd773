"""The project file's schema: frozen DDL per version, upgrades, and the current tables.

Versions live in SQLite's `user_version`; each upgrade is a function run in order inside one
exclusive transaction (calibre's way), so a file is never half-upgraded. The DDL of a version is
never edited once released: new needs get a new upgrade step.
"""

from __future__ import annotations

import sqlite3

from sqlalchemy import (
    Boolean,
    Column,
    Float,
    ForeignKey,
    Integer,
    LargeBinary,
    MetaData,
    Table,
    Text,
    UniqueConstraint,
)

#: 'JRNY' — marks a SQLite file as ours (PRAGMA application_id)
APPLICATION_ID = 0x4A524E59
SCHEMA_VERSION = 8

SCHEMA_V1 = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE maps (
    id TEXT PRIMARY KEY, position INTEGER NOT NULL, name TEXT NOT NULL, kind TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '', scale_min INTEGER NOT NULL DEFAULT -2,
    scale_max INTEGER NOT NULL DEFAULT 2);
CREATE TABLE stages (
    id TEXT PRIMARY KEY, map_id TEXT NOT NULL REFERENCES maps(id), position INTEGER NOT NULL,
    name TEXT NOT NULL, goal TEXT NOT NULL DEFAULT '', colour TEXT NOT NULL,
    width REAL NOT NULL);
CREATE TABLE lanes (
    id TEXT PRIMARY KEY, map_id TEXT NOT NULL REFERENCES maps(id), position INTEGER NOT NULL,
    name TEXT NOT NULL, kind TEXT NOT NULL, colour TEXT NOT NULL, height REAL NOT NULL);
CREATE TABLE cards (
    id TEXT PRIMARY KEY, map_id TEXT NOT NULL REFERENCES maps(id),
    stage_id TEXT NOT NULL REFERENCES stages(id), lane_id TEXT NOT NULL REFERENCES lanes(id),
    "index" INTEGER NOT NULL, span INTEGER NOT NULL DEFAULT 1, title TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL DEFAULT '', type TEXT NOT NULL, moment TEXT NOT NULL DEFAULT '',
    channel TEXT NOT NULL DEFAULT '', owner TEXT NOT NULL DEFAULT '',
    colour TEXT NOT NULL DEFAULT '', tags TEXT NOT NULL DEFAULT '[]');
CREATE INDEX cards_map ON cards(map_id);
CREATE TABLE images (hash TEXT PRIMARY KEY, mime TEXT NOT NULL, data BLOB NOT NULL);
CREATE TABLE personas (
    id TEXT PRIMARY KEY, position INTEGER NOT NULL, name TEXT NOT NULL,
    role TEXT NOT NULL DEFAULT '', quote TEXT NOT NULL DEFAULT '', goals TEXT NOT NULL DEFAULT '',
    expectations TEXT NOT NULL DEFAULT '', scenario TEXT NOT NULL DEFAULT '',
    photo_hash TEXT NOT NULL DEFAULT '', colour TEXT NOT NULL, visible INTEGER NOT NULL DEFAULT 1);
CREATE TABLE emotion_points (
    id TEXT PRIMARY KEY, map_id TEXT NOT NULL REFERENCES maps(id),
    persona_id TEXT NOT NULL REFERENCES personas(id),
    stage_id TEXT NOT NULL REFERENCES stages(id), score REAL NOT NULL,
    note TEXT NOT NULL DEFAULT '', UNIQUE (persona_id, stage_id));
CREATE TABLE connectors (
    id TEXT PRIMARY KEY, map_id TEXT NOT NULL REFERENCES maps(id),
    source_id TEXT NOT NULL REFERENCES cards(id), target_id TEXT NOT NULL REFERENCES cards(id),
    label TEXT NOT NULL DEFAULT '', two_way INTEGER NOT NULL DEFAULT 0);
"""


def create_v1(db: sqlite3.Connection) -> None:
    # statement by statement: executescript() would commit the caller's transaction
    for statement in SCHEMA_V1.split(";"):
        if statement.strip():
            db.execute(statement)


def upgrade_1_to_2(db: sqlite3.Connection) -> None:
    """Blueprint and derivation fields: fail/wait points, step time, links between maps."""
    for statement in (
        "ALTER TABLE maps ADD COLUMN source_map_id TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE stages ADD COLUMN link_map_id TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE cards ADD COLUMN fail_point INTEGER NOT NULL DEFAULT 0",
        "ALTER TABLE cards ADD COLUMN wait_point INTEGER NOT NULL DEFAULT 0",
        "ALTER TABLE cards ADD COLUMN minutes REAL NOT NULL DEFAULT 0",
        "ALTER TABLE cards ADD COLUMN link_map_id TEXT NOT NULL DEFAULT ''",
    ):
        db.execute(statement)


def upgrade_2_to_3(db: sqlite3.Connection) -> None:
    """Derived maps remember which source card each card came from (new / changed / unchanged)."""
    db.execute("ALTER TABLE cards ADD COLUMN source_card_id TEXT NOT NULL DEFAULT ''")


def upgrade_3_to_4(db: sqlite3.Connection) -> None:
    """Blueprint lines can be turned off per map (a JSON list of line names)."""
    db.execute("ALTER TABLE maps ADD COLUMN hidden_lines TEXT NOT NULL DEFAULT '[]'")


def upgrade_4_to_5(db: sqlite3.Connection) -> None:
    """Steps inside stages, and personas chosen per map.

    Every stage gets one unnamed step as wide as the stage (id: the stage's id + ".1", as
    entities.first_step_id makes it), and its cards and emotion points move into it. Emotion
    points become unique per (persona, step), which needs the table rebuilt (SQLite cannot
    drop a constraint). Each map shows the personas that were visible."""
    import json

    for statement in (
        """CREATE TABLE steps (
            id TEXT PRIMARY KEY, map_id TEXT NOT NULL REFERENCES maps(id),
            stage_id TEXT NOT NULL REFERENCES stages(id), position INTEGER NOT NULL,
            name TEXT NOT NULL DEFAULT '', description TEXT NOT NULL DEFAULT '', width REAL NOT NULL)""",
        "CREATE INDEX steps_stage ON steps(stage_id)",
        "INSERT INTO steps SELECT id || '.1', map_id, id, 0, '', '', width FROM stages",
        # no REFERENCES: SQLite refuses a column added with one and a non-NULL default
        "ALTER TABLE cards ADD COLUMN step_id TEXT NOT NULL DEFAULT ''",
        "UPDATE cards SET step_id = stage_id || '.1'",
        """CREATE TABLE emotion_points_v5 (
            id TEXT PRIMARY KEY, map_id TEXT NOT NULL REFERENCES maps(id),
            persona_id TEXT NOT NULL REFERENCES personas(id),
            stage_id TEXT NOT NULL REFERENCES stages(id), step_id TEXT NOT NULL REFERENCES steps(id),
            score REAL NOT NULL, note TEXT NOT NULL DEFAULT '', UNIQUE (persona_id, step_id))""",
        """INSERT INTO emotion_points_v5
            SELECT id, map_id, persona_id, stage_id, stage_id || '.1', score, note FROM emotion_points""",
        "DROP TABLE emotion_points",
        "ALTER TABLE emotion_points_v5 RENAME TO emotion_points",
        "ALTER TABLE maps ADD COLUMN persona_ids TEXT NOT NULL DEFAULT '[]'",
    ):
        db.execute(statement)
    shown = [row[0] for row in db.execute("SELECT id FROM personas WHERE visible ORDER BY position")]
    db.execute("UPDATE maps SET persona_ids = ?", (json.dumps(shown),))


def upgrade_5_to_6(db: sqlite3.Connection) -> None:
    """The journey as a management tool: metrics of stages, steps and cards; gaps between steps;
    evidence behind cards; opportunities rated (impact, effort), tracked (status) and due."""
    for statement in (
        """CREATE TABLE metrics (
            id TEXT PRIMARY KEY, map_id TEXT NOT NULL REFERENCES maps(id), subject_id TEXT NOT NULL,
            kind TEXT NOT NULL, value REAL NOT NULL, target REAL, name TEXT NOT NULL DEFAULT '',
            unit TEXT NOT NULL DEFAULT '', higher_is_better INTEGER NOT NULL DEFAULT 1,
            period_start TEXT NOT NULL DEFAULT '', period_end TEXT NOT NULL DEFAULT '',
            source TEXT NOT NULL DEFAULT '')""",
        "CREATE INDEX metrics_map ON metrics(map_id)",
        """CREATE TABLE gaps (
            id TEXT PRIMARY KEY, map_id TEXT NOT NULL REFERENCES maps(id),
            step_id TEXT NOT NULL REFERENCES steps(id), lane_id TEXT NOT NULL REFERENCES lanes(id),
            kind TEXT NOT NULL, note TEXT NOT NULL DEFAULT '')""",
        """CREATE TABLE evidence (
            id TEXT PRIMARY KEY, map_id TEXT NOT NULL REFERENCES maps(id),
            card_id TEXT NOT NULL REFERENCES cards(id), kind TEXT NOT NULL,
            method TEXT NOT NULL DEFAULT '', source TEXT NOT NULL DEFAULT '', link TEXT NOT NULL DEFAULT '',
            date TEXT NOT NULL DEFAULT '', quote TEXT NOT NULL DEFAULT '')""",
        "CREATE INDEX evidence_map ON evidence(map_id)",
        "ALTER TABLE cards ADD COLUMN impact INTEGER NOT NULL DEFAULT 0",
        "ALTER TABLE cards ADD COLUMN effort INTEGER NOT NULL DEFAULT 0",
        "ALTER TABLE cards ADD COLUMN status TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE cards ADD COLUMN due TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE maps ADD COLUMN dismissed_gaps TEXT NOT NULL DEFAULT '[]'",
    ):
        db.execute(statement)


def upgrade_6_to_7(db: sqlite3.Connection) -> None:
    """Workshops: dot-voting rounds and their votes, and comment threads."""
    for statement in (
        """CREATE TABLE voting_rounds (
            id TEXT PRIMARY KEY, map_id TEXT NOT NULL REFERENCES maps(id), name TEXT NOT NULL DEFAULT '',
            participants TEXT NOT NULL DEFAULT '[]', votes_each INTEGER NOT NULL DEFAULT 3,
            lane_kinds TEXT NOT NULL DEFAULT '[]', card_types TEXT NOT NULL DEFAULT '[]',
            anonymous INTEGER NOT NULL DEFAULT 0, created TEXT NOT NULL DEFAULT '')""",
        """CREATE TABLE votes (
            id TEXT PRIMARY KEY, map_id TEXT NOT NULL REFERENCES maps(id),
            round_id TEXT NOT NULL REFERENCES voting_rounds(id), card_id TEXT NOT NULL REFERENCES cards(id),
            participant INTEGER NOT NULL DEFAULT 0)""",
        "CREATE INDEX votes_round ON votes(round_id)",
        """CREATE TABLE comments (
            id TEXT PRIMARY KEY, map_id TEXT NOT NULL REFERENCES maps(id), subject_id TEXT NOT NULL,
            text TEXT NOT NULL DEFAULT '', author TEXT NOT NULL DEFAULT '', created TEXT NOT NULL DEFAULT '',
            parent_id TEXT NOT NULL DEFAULT '', resolved INTEGER NOT NULL DEFAULT 0)""",
        "CREATE INDEX comments_map ON comments(map_id)",
    ):
        db.execute(statement)


def upgrade_7_to_8(db: sqlite3.Connection) -> None:
    """History: snapshots of the whole project (zlib-compressed JSON interchange). The listing
    columns stand apart from the blob so that listing never reads a snapshot's data."""
    db.execute("""CREATE TABLE snapshots (
        id TEXT PRIMARY KEY, name TEXT NOT NULL DEFAULT '', created TEXT NOT NULL, kind TEXT NOT NULL,
        maps INTEGER NOT NULL DEFAULT 0, cards INTEGER NOT NULL DEFAULT 0,
        changes INTEGER NOT NULL DEFAULT 0, maps_changed INTEGER NOT NULL DEFAULT 0, data BLOB NOT NULL)""")


#: UPGRADES[n] moves a file from version n to n + 1
UPGRADES = {1: upgrade_1_to_2, 2: upgrade_2_to_3, 3: upgrade_3_to_4, 4: upgrade_4_to_5, 5: upgrade_5_to_6,
            6: upgrade_6_to_7, 7: upgrade_7_to_8}


def create_schema(db: sqlite3.Connection) -> None:
    """A new file is made the way old files are upgraded, so every upgrade runs all the time."""
    create_v1(db)
    for version in range(1, SCHEMA_VERSION):
        UPGRADES[version](db)


metadata = MetaData()


def _ordered(name: str, *columns: Column) -> Table:
    return Table(name, metadata, Column("id", Text, primary_key=True),
                 Column("position", Integer, nullable=False), *columns)


maps = _ordered(
    "maps",
    Column("name", Text), Column("kind", Text), Column("description", Text),
    Column("scale_min", Integer), Column("scale_max", Integer), Column("source_map_id", Text),
    Column("hidden_lines", Text), Column("persona_ids", Text), Column("dismissed_gaps", Text),
)
stages = _ordered(
    "stages",
    Column("map_id", Text, ForeignKey("maps.id")), Column("name", Text), Column("goal", Text),
    Column("colour", Text), Column("width", Float), Column("link_map_id", Text),
)
steps = _ordered(
    "steps",
    Column("map_id", Text, ForeignKey("maps.id")), Column("stage_id", Text, ForeignKey("stages.id")),
    Column("name", Text), Column("description", Text), Column("width", Float),
)
lanes = _ordered(
    "lanes",
    Column("map_id", Text, ForeignKey("maps.id")), Column("name", Text), Column("kind", Text),
    Column("colour", Text), Column("height", Float),
)
personas = _ordered(
    "personas",
    Column("name", Text), Column("role", Text), Column("quote", Text), Column("goals", Text),
    Column("expectations", Text), Column("scenario", Text), Column("photo_hash", Text),
    Column("colour", Text), Column("visible", Boolean),
)
cards = Table(
    "cards", metadata,
    Column("id", Text, primary_key=True), Column("map_id", Text, ForeignKey("maps.id")),
    Column("stage_id", Text, ForeignKey("stages.id")), Column("lane_id", Text, ForeignKey("lanes.id")),
    Column("index", Integer), Column("span", Integer), Column("title", Text), Column("body", Text),
    Column("type", Text), Column("moment", Text), Column("channel", Text), Column("owner", Text),
    Column("colour", Text), Column("tags", Text), Column("fail_point", Boolean),
    Column("wait_point", Boolean), Column("minutes", Float), Column("link_map_id", Text),
    Column("source_card_id", Text), Column("step_id", Text), Column("impact", Integer),
    Column("effort", Integer), Column("status", Text), Column("due", Text),
)
emotion_points = Table(
    "emotion_points", metadata,
    Column("id", Text, primary_key=True), Column("map_id", Text, ForeignKey("maps.id")),
    Column("persona_id", Text, ForeignKey("personas.id")),
    Column("stage_id", Text, ForeignKey("stages.id")), Column("step_id", Text, ForeignKey("steps.id")),
    Column("score", Float), Column("note", Text),
    UniqueConstraint("persona_id", "step_id"),
)
connectors = Table(
    "connectors", metadata,
    Column("id", Text, primary_key=True), Column("map_id", Text, ForeignKey("maps.id")),
    Column("source_id", Text, ForeignKey("cards.id")), Column("target_id", Text, ForeignKey("cards.id")),
    Column("label", Text), Column("two_way", Boolean),
)
metrics = Table(
    "metrics", metadata,
    Column("id", Text, primary_key=True), Column("map_id", Text, ForeignKey("maps.id")),
    Column("subject_id", Text), Column("kind", Text), Column("value", Float), Column("target", Float),
    Column("name", Text), Column("unit", Text), Column("higher_is_better", Boolean),
    Column("period_start", Text), Column("period_end", Text), Column("source", Text),
)
gaps = Table(
    "gaps", metadata,
    Column("id", Text, primary_key=True), Column("map_id", Text, ForeignKey("maps.id")),
    Column("step_id", Text, ForeignKey("steps.id")), Column("lane_id", Text, ForeignKey("lanes.id")),
    Column("kind", Text), Column("note", Text),
)
evidence = Table(
    "evidence", metadata,
    Column("id", Text, primary_key=True), Column("map_id", Text, ForeignKey("maps.id")),
    Column("card_id", Text, ForeignKey("cards.id")), Column("kind", Text), Column("method", Text),
    Column("source", Text), Column("link", Text), Column("date", Text), Column("quote", Text),
)
voting_rounds = Table(
    "voting_rounds", metadata,
    Column("id", Text, primary_key=True), Column("map_id", Text, ForeignKey("maps.id")), Column("name", Text),
    Column("participants", Text), Column("votes_each", Integer), Column("lane_kinds", Text),
    Column("card_types", Text), Column("anonymous", Boolean), Column("created", Text),
)
votes = Table(
    "votes", metadata,
    Column("id", Text, primary_key=True), Column("map_id", Text, ForeignKey("maps.id")),
    Column("round_id", Text, ForeignKey("voting_rounds.id")), Column("card_id", Text, ForeignKey("cards.id")),
    Column("participant", Integer),
)
comments = Table(
    "comments", metadata,
    Column("id", Text, primary_key=True), Column("map_id", Text, ForeignKey("maps.id")), Column("subject_id", Text),
    Column("text", Text), Column("author", Text), Column("created", Text), Column("parent_id", Text),
    Column("resolved", Boolean),
)
images = Table(
    "images", metadata,
    Column("hash", Text, primary_key=True), Column("mime", Text), Column("data", LargeBinary),
)
snapshots = Table(
    "snapshots", metadata,
    Column("id", Text, primary_key=True), Column("name", Text), Column("created", Text), Column("kind", Text),
    Column("maps", Integer), Column("cards", Integer), Column("changes", Integer), Column("maps_changed", Integer),
    Column("data", LargeBinary),
)
meta = Table("meta", metadata, Column("key", Text, primary_key=True), Column("value", Text))

#: entity type name -> table
TABLES: dict[str, Table] = {
    "map": maps, "stage": stages, "step": steps, "lane": lanes, "card": cards, "persona": personas,
    "emotion_point": emotion_points, "connector": connectors, "metric": metrics, "gap": gaps,
    "evidence": evidence, "voting_round": voting_rounds, "vote": votes, "comment": comments, "image": images,
}
