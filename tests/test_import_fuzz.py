"""The JSON importer never crashes, and what it accepts works everywhere.

Every document is either refused with InterchangeError (its message one line, starting with the
place) or accepted, and then it is stored, reopened, exported to JSON again byte for byte, and
drawn to PDF and PNG. Named regression tests cover each kind of problem a fuzzer found; the
hypothesis test mutates a real export at random.

A long run (about 25 minutes on two busy cores; PDF and PNG for about one accepted document in ten):
    JOURNEY_FUZZ_EXAMPLES=10000 JOURNEY_FUZZ_RENDER_EVERY=10 \\
    python -m pytest -q tests/test_import_fuzz.py -k fuzzed --hypothesis-show-statistics
"""

from __future__ import annotations

import base64
import copy
import hashlib
import json
import os
import tempfile
import zlib
from functools import cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, note, settings
from hypothesis import strategies as st

from journeyeditor.export.pdf import PdfOptions, export_pdf
from journeyeditor.export.png import export_png
from journeyeditor.interchange import InterchangeError, project_from_json, project_to_json
from journeyeditor.interchange.jsonio import FORMAT_VERSION
from journeyeditor.model import CardType, Channel, Image, LaneKind, MapKind, Moment, Step
from journeyeditor.persistence import ProjectStore
from journeyeditor.templates import build_sample

FUZZ_EXAMPLES = int(os.environ.get("JOURNEY_FUZZ_EXAMPLES", "60"))
#: draw PDF and PNG for about one accepted document in this many (drawing costs most of the time)
RENDER_EVERY = int(os.environ.get("JOURNEY_FUZZ_RENDER_EVERY", "6"))
PHOTO = b"\x89PNG\r\n\x1a\n not really a picture, but images are stored, never decoded"


# ------------------------------------------------------------------ checking one document
def refusal_or_none(payload: str | bytes) -> str | None:
    """The refusal message (checked to be one line), or None if the document was accepted."""
    try:
        project_from_json(payload)
    except InterchangeError as error:
        message = str(error)
        assert len(message.splitlines()) == 1 and message.strip() == message, repr(message)
        return message
    return None


def check_accepted(payload: str | bytes, folder: Path, render: bool) -> None:
    """What the CLI does with an accepted file: write it, reopen it, export it again."""
    project = project_from_json(payload)
    exported = project_to_json(project)
    path = folder / "x.journey"
    ProjectStore.create(path, project).close()
    with ProjectStore.open(path, read_only=True) as store:
        reopened = store.project
        from_file = project_to_json(reopened)
        assert from_file == exported, "the stored file differs from the imported project"
        assert project_to_json(project_from_json(from_file)) == from_file
        if render and reopened.maps:
            export_pdf(reopened, reopened.maps, folder / "x.pdf",
                       PdfOptions.from_cli("fit", None, None, 10.0, True))
            assert (folder / "x.pdf").stat().st_size > 0
            for m in reopened.maps:
                export_png(reopened, m, folder / "x.png", 0.2)
                assert (folder / "x.png").stat().st_size > 0


# ------------------------------------------------------------------ a small hand-made document
def small_document() -> dict:
    """Two maps (the second derived from the first), a persona with a photo, a stage of two steps:
    every kind of key of version 2."""
    digest = hashlib.sha256(PHOTO).hexdigest()

    def journey(map_id: str, p: str, source_map: str = "", source_card: str = "") -> dict:
        return {
            "id": map_id, "name": f"Map {map_id}", "kind": "current-state", "description": "",
            "emotion_scale": {"min": -2, "max": 2}, "source_map": source_map, "hidden_lines": [],
            "personas": ["anna"],
            "stages": [
                {"id": f"{p}-s1", "name": "Arrive", "goal": "", "colour": "#DCE6F2", "link_map": "",
                 "steps": [{"id": f"{p}-t1", "name": "", "description": "", "width": 260.0}]},
                {"id": f"{p}-s2", "name": "Leave", "goal": "", "colour": "#E3EFE3", "link_map": "",
                 "steps": [{"id": f"{p}-t2", "name": "Pays", "description": "at the till", "width": 200.0},
                           {"id": f"{p}-t3", "name": "Goes", "description": "", "width": 180.0}]},
            ],
            "lanes": [
                {"id": f"{p}-l1", "name": "Actions", "kind": "actions", "colour": "#FFFFFF",
                 "height": 150.0},
                {"id": f"{p}-l2", "name": "Emotions", "kind": "emotions", "colour": "#FFFFFF",
                 "height": 190.0},
            ],
            "cards": [
                {"id": f"{p}-c1", "step": f"{p}-t1", "lane": f"{p}-l1", "index": 0, "span": 1,
                 "title": "Walks in", "body": "", "type": "action", "moment": "", "channel": "", "owner": "",
                 "colour": "", "tags": ["door"], "fail_point": False, "wait_point": False, "minutes": 0.0,
                 "link_map": "", "source_card": source_card},
                {"id": f"{p}-c2", "step": f"{p}-t2", "lane": f"{p}-l1", "index": 0, "span": 2,
                 "title": "Pays", "type": "touchpoint", "channel": "in-person"},
            ],
            "emotion_points": [
                {"id": f"{p}-e1", "persona": "anna", "step": f"{p}-t1", "score": 1.0, "note": ""},
                {"id": f"{p}-e2", "persona": "anna", "step": f"{p}-t3", "score": -1.0, "note": "tired"},
            ],
            "connectors": [
                {"id": f"{p}-k1", "source": f"{p}-c1", "target": f"{p}-c2", "label": "", "two_way": False},
            ],
        }

    return {
        "format": "journeyeditor-project", "format_version": 2, "title": "Small shop",
        "images": [{"hash": digest, "mime": "image/png", "data": base64.b64encode(PHOTO).decode()}],
        "personas": [{"id": "anna", "name": "Anna", "photo": digest, "colour": "#0072B2"},
                     {"id": "ben", "name": "Ben", "colour": "#D55E00"}],
        "maps": [journey("m1", "a"), journey("m2", "b", source_map="m1", source_card="a-c1")],
    }


def version_one(document: dict) -> dict:
    """The small document as version 1 wrote it: a stage has a width and no steps (its first
    step's stands for it), cards and points name their stage, maps list no personas."""
    document["format_version"] = 1
    for m in document["maps"]:
        stage_of = {step["id"]: stage["id"] for stage in m["stages"] for step in stage["steps"]}
        for stage in m["stages"]:
            stage["width"] = stage.pop("steps")[0]["width"]
        for item in m["cards"] + m["emotion_points"]:
            item["stage"] = stage_of[item.pop("step")]
        del m["personas"]
        m["emotion_points"] = m["emotion_points"][:1]  # a stage held one point per persona
    document["personas"][0]["visible"] = True
    return document


def edited_v1(change):
    """Like edited, on the small document as version 1 wrote it."""
    return edited(lambda document: change(version_one(document)))


def edited(change):
    """A payload maker: the small document with `change(document)` applied, as JSON text."""
    def make() -> str:
        document = small_document()
        change(document)
        return json.dumps(document, allow_nan=True)  # NaN and Infinity as Python writes them
    return make


def set_to(path: str, value):
    """A payload maker: the small document with the value at a dotted path ("maps.0.cards.1.stage")
    replaced."""
    *parents, last = [int(part) if part.isdigit() else part for part in path.split(".")]

    def change(document: dict) -> None:
        node = document
        for part in parents:
            node = node[part]
        node[last] = value
    return edited(change)


def set_raw(path: str, raw_json: str):
    """Like set_to, with the value written as `raw_json`: JSON text json.dumps would never write
    (1e999, a lone surrogate escape …)."""
    placeholder = "\x00raw\x00"
    return lambda: set_to(path, placeholder)().replace(json.dumps(placeholder), raw_json)


def text_of(raw: str | bytes):
    return lambda: raw


def nested_lists(depth: int) -> str:
    return "[" * depth + "]" * depth


NESTED_MAPS = '{"format": "journeyeditor-project", "format_version": 1, "maps": %s}' % nested_lists(100_000)
LONE_SURROGATE_BYTES = json.dumps({"format": "journeyeditor-project", "format_version": 1, "title": "\ud800"},
                                  ensure_ascii=False).encode("utf-8", "surrogatepass")


def second_point_at_the_same_step(document: dict) -> None:
    document["maps"][0]["emotion_points"].append(
        {"id": "a-e3", "persona": "anna", "step": "a-t1", "score": -1.0})


def links_to_deleted_targets(document: dict) -> None:
    document["maps"][0]["stages"][0]["link_map"] = "deleted-map"
    document["maps"][1]["source_map"] = "deleted-map"
    document["maps"][1]["cards"][0]["source_card"] = "deleted-card"


def odd_characters(document: dict) -> None:
    document["maps"][0]["cards"][0].update(
        title="A\x00B\x07\u202eRTL\u202c \u2067سلام\u2069 👩\u200d💻 \u2028line",
        body="\r\n\x1b[31m\ufeff", tags=["\x00", "\u200f"])


def extreme_sizes(document: dict) -> None:
    stages, lanes = document["maps"][0]["stages"], document["maps"][0]["lanes"]
    stages[0]["steps"][0]["width"], stages[1]["steps"][1]["width"], lanes[0]["height"] = 20, 10_000, 20.0


def legacy_keys(document: dict) -> None:
    """What the first version-2 writer also wrote: a width per stage, visible per persona."""
    document["maps"][0]["stages"][0]["width"] = 260.0
    document["personas"][1]["visible"] = False


def unknown_keys(document: dict) -> None:
    document["generator"] = "a spreadsheet"
    document["maps"][0]["cards"][0]["colour_name"] = "orange"


def extreme_numbers(document: dict) -> None:
    document["maps"][0]["emotion_points"][0]["score"] = -0.0
    document["maps"][0]["cards"][0]["minutes"] = 1_000_000
    document["maps"][0]["emotion_scale"] = {"min": -10, "max": 10}


# name -> (payload maker, a part of the expected message: the place and the problem)
REFUSED = {
    # RecursionError in json.loads
    "deep nesting": (text_of(NESTED_MAPS), "nested too deeply"),
    "deep nesting as bytes": (text_of(nested_lists(100_000).encode()), "nested too deeply"),
    # non-finite and out-of-range numbers (NOT NULL failures when storing)
    "NaN width": (set_to("maps.0.stages.0.steps.0.width", float("nan")),
                  "maps[0].stages[0].steps[0].width: expected a finite number, not NaN"),
    "NaN legacy stage width": (set_to("maps.0.stages.0.width", float("nan")),
                               "maps[0].stages[0].width: expected a finite number, not NaN"),
    "Infinity height": (set_to("maps.0.lanes.1.height", float("inf")),
                        "maps[0].lanes[1].height: expected a finite number, not Infinity"),
    "-Infinity score": (set_to("maps.0.emotion_points.0.score", float("-inf")),
                        "maps[0].emotion_points[0].score: expected a finite number, not -Infinity"),
    "1e999 minutes": (set_raw("maps.0.cards.0.minutes", "1e999"),
                      "maps[0].cards[0].minutes: expected a finite number"),
    "1e308 width": (set_to("maps.0.stages.1.steps.1.width", 1e308),
                    "maps[0].stages[1].steps[1].width: 1e+308 is out of range"),
    "zero width": (set_to("maps.0.stages.1.steps.0.width", 0),
                   "maps[0].stages[1].steps[0].width: 0 is out of range"),
    "zero width in version 1": (edited_v1(lambda d: d["maps"][0]["stages"][1].update(width=0)),
                                "maps[0].stages[1].width: 0 is out of range"),
    "negative height": (set_to("maps.1.lanes.0.height", -150.0), "maps[1].lanes[0].height: -150.0 is out"),
    "negative minutes": (set_to("maps.0.cards.0.minutes", -1),
                         "maps[0].cards[0].minutes: -1 is out of range"),
    "score beyond any scale": (set_to("maps.0.emotion_points.0.score", 11),
                               "maps[0].emotion_points[0].score: 11 is out of range"),
    # whole numbers SQLite cannot hold (OverflowError), and others out of range
    "2**70 index": (set_to("maps.0.cards.0.index", 2**70),
                    "maps[0].cards[0].index: 1180591620717411303424 is out of range"),
    "2**64 span": (set_to("maps.0.cards.0.span", 2**64),
                   "maps[0].cards[0].span: 18446744073709551616 is out of range"),
    "2**70 scale": (set_to("maps.0.emotion_scale.min", -2**70),
                    "maps[0].emotion_scale.min: -1180591620717411303424 is out of range"),
    "2**70 format version": (set_to("format_version", 2**70),
                             "format_version: 1180591620717411303424 is not a version number"),
    "5000-digit number": (set_raw("maps.0.cards.0.index", "9" * 5000),
                          "maps[0].cards[0].index: a 5000-digit number is far too large"),
    "span zero": (set_to("maps.0.cards.0.span", 0), "maps[0].cards[0].span: 0 is out of range"),
    "span of 51": (set_to("maps.0.cards.0.span", 51), "maps[0].cards[0].span: 51 is out of range"),
    "negative index": (set_to("maps.0.cards.0.index", -1), "maps[0].cards[0].index: -1 is out of range"),
    "scale min above max": (set_to("maps.0.emotion_scale", {"min": 2, "max": -2}),
                            "maps[0].emotion_scale: min (2) must be below max (-2)"),
    "format version -7": (set_to("format_version", -7), "format_version: -7 is not a version number"),
    "format version 0": (set_to("format_version", 0), "format_version: 0 is not a version number"),
    "newer format version": (set_to("format_version", FORMAT_VERSION + 1), "newer than this Journey Editor reads"),
    # references into another map (KeyError when exporting)
    "card on another map's step": (
        set_to("maps.0.cards.0.step", "b-t1"),
        "maps[0].cards[0].step: the step 'b-t1' belongs to another map (maps[1])"),
    "version 1 card on another map's stage": (
        edited_v1(lambda d: d["maps"][0]["cards"][0].update(stage="b-s1")),
        "maps[0].cards[0].stage: the stage 'b-s1' belongs to another map (maps[1])"),
    "card in another map's lane": (set_to("maps.1.cards.1.lane", "a-l1"),
                                   "maps[1].cards[1].lane: the lane 'a-l1' belongs to another map (maps[0])"),
    "emotion point on another map's step": (set_to("maps.0.emotion_points.0.step", "b-t2"),
                                            "maps[0].emotion_points[0].step: the step 'b-t2' belongs"),
    "connector to another map's card": (
        set_to("maps.0.connectors.0.target", "b-c2"),
        "maps[0].connectors[0].target: the card 'b-c2' belongs to another map"),
    "card on a lane given as its step": (set_to("maps.0.cards.0.step", "a-l1"),
                                         "maps[0].cards[0].step: 'a-l1' is a lane, not a step"),
    "card on a stage given as its step": (set_to("maps.0.cards.0.step", "a-s1"),
                                          "maps[0].cards[0].step: 'a-s1' is a stage, not a step"),
    "connector joining a card to itself": (set_to("maps.0.connectors.0.target", "a-c1"),
                                           "maps[0].connectors[0].target: the same card as the source"),
    # dangling references, and links of the wrong kind
    "card on a missing step": (set_to("maps.0.cards.1.step", "gone"),
                               "maps[0].cards[1].step: no step 'gone' in this map"),
    "version 1 card on a missing stage": (edited_v1(lambda d: d["maps"][0]["cards"][1].update(stage="gone")),
                                          "maps[0].cards[1].stage: no stage 'gone' in this map"),
    "map showing a missing persona": (set_to("maps.1.personas", ["anna", "carl"]),
                                      "maps[1].personas[1]: no persona 'carl'"),
    "map showing a persona twice": (set_to("maps.0.personas", ["anna", "anna"]),
                                    "maps[0].personas[1]: 'anna' is listed twice"),
    "stage without steps": (set_to("maps.0.stages.1.steps", []), "maps[0].stages[1].steps: a stage has at least one step"),
    "point of a missing persona": (set_to("maps.1.emotion_points.0.persona", "carl"),
                                   "maps[1].emotion_points[0].persona: no persona 'carl'"),
    "photo naming no image": (set_to("personas.0.photo", "0" * 64), "personas[0].photo: no image with hash"),
    "stage link_map naming a card": (set_to("maps.0.stages.0.link_map", "b-c1"),
                                     "maps[0].stages[0].link_map: 'b-c1' is a card, not a map"),
    "card link_map naming a persona": (set_to("maps.0.cards.0.link_map", "anna"),
                                       "maps[0].cards[0].link_map: 'anna' is a persona, not a map"),
    "source_map naming a stage": (set_to("maps.1.source_map", "a-s1"),
                                  "maps[1].source_map: 'a-s1' is a stage, not a map"),
    "source_card naming a lane": (set_to("maps.1.cards.0.source_card", "a-l1"),
                                  "maps[1].cards[0].source_card: 'a-l1' is a lane, not a card"),
    # colours the PDF and PNG painters cannot read
    "colour ZZZZZZ": (set_to("maps.0.stages.0.colour", "ZZZZZZ"),
                      "maps[0].stages[0].colour: 'ZZZZZZ' is not a colour (expected #RRGGBB)"),
    "colour too short": (set_to("maps.0.lanes.0.colour", "#12345"),
                         "maps[0].lanes[0].colour: '#12345' is not a colour"),
    "colour by name": (set_to("personas.0.colour", "red"), "personas[0].colour: 'red' is not a colour"),
    "empty stage colour": (set_to("maps.0.stages.0.colour", ""),
                           "maps[0].stages[0].colour: '' is not a colour"),
    "card colour with alpha": (
        set_to("maps.0.cards.0.colour", "#FF000080"),
        "maps[0].cards[0].colour: '#FF000080' is not a colour (expected #RRGGBB, or empty"),
    # unknown enum values
    "unknown card type": (set_to("maps.0.cards.0.type", "moment-aha"),
                          "maps[0].cards[0].type: unknown card type 'moment-aha' (expected one of action,"),
    "unknown moment": (set_to("maps.0.cards.0.moment", "eureka"), "maps[0].cards[0].moment: unknown moment"),
    "unknown channel": (set_to("maps.0.cards.0.channel", "fax"), "maps[0].cards[0].channel: unknown channel"),
    "unknown lane kind": (set_to("maps.0.lanes.0.kind", "Actions"),
                          "maps[0].lanes[0].kind: unknown lane kind 'Actions'"),
    "unknown map kind": (set_to("maps.1.kind", "blueprint"), "maps[1].kind: unknown map kind 'blueprint'"),
    "unknown blueprint line": (set_to("maps.1.hidden_lines", ["line of visibility"]),
                               "maps[1].hidden_lines[0]: unknown blueprint line 'line of visibility'"),
    # unknown keys (version 1 ignored them; version 2 refuses them, a misspelt key would lose its value)
    "unknown key": (set_to("maps.0.cards.1.titel", "Pays"), "maps[0].cards[1]: unknown key 'titel' (expected"),
    "a version-1 key in version 2": (set_to("maps.0.cards.1.stage", "a-s1"),
                                     "maps[0].cards[1]: unknown key 'stage' (version 2 places cards"),
    "unknown key at the top": (set_to("author", "me"), "document: unknown key 'author'"),
    # images
    "image hash not of its data": (set_to("images.0.hash", "a" * 64), "images[0].hash: not the sha256"),
    "image data not base64": (set_to("images.0.data", "not base64!"), "images[0].data: not base64"),
    "image listed twice": (edited(lambda d: d["images"].append(dict(d["images"][0]))),
                           "images[1].hash: the same image is listed twice"),
    # duplicates
    "persona and map share an id": (set_to("maps.0.id", "anna"),
                                    "maps[0].id: 'anna' is used twice (first at personas[0])"),
    "card with a stage's id": (set_to("maps.1.cards.1.id", "b-s1"),
                               "maps[1].cards[1].id: 'b-s1' is used twice (first at maps[1].stages[0])"),
    "connector id twice": (set_to("maps.1.connectors.0.id", "a-k1"),
                           "maps[1].connectors[0].id: 'a-k1' is used twice (first at maps[0].connectors[0])"),
    "two points of a persona at one step": (
        edited(second_point_at_the_same_step),
        ("maps[0].emotion_points[2]: that persona already has a point at that step "
         "(at maps[0].emotion_points[0])")),
    "two points of a persona at one stage in version 1": (
        edited_v1(lambda d: d["maps"][0]["emotion_points"].append(
            {"id": "a-e3", "persona": "anna", "stage": "a-s1", "score": -1.0})),
        ("maps[0].emotion_points[1]: that persona already has a point at that stage "
         "(at maps[0].emotion_points[0])")),
    "empty id": (set_to("personas.1.id", ""), "personas[1].id: must not be empty"),
    # half surrogate pairs: no character, SQLite and the PDF cannot encode them
    "lone surrogate in a title": (set_raw("title", '"Shop \\ud800"'),
                                  "title: contains U+D800, half of a surrogate pair"),
    "lone surrogate in a tag": (set_raw("maps.0.cards.0.tags", '["\\udfff"]'),
                                "maps[0].cards[0].tags[0]: contains U+DFFF"),
    "lone surrogate encoded in the bytes": (text_of(LONE_SURROGATE_BYTES), "title: contains U+D800"),
    # wrong types
    "top level a list": (text_of("[1, 2]"), "document: expected an object"),
    "top level a string": (text_of('"journeyeditor-project"'), "document: expected an object"),
    "map as a list": (set_to("maps.0", []), "maps[0]: expected an object"),
    "emotion scale as a list": (set_to("maps.0.emotion_scale", [-2, 2]),
                                "maps[0].emotion_scale: expected an object"),
    "tags as text": (set_to("maps.0.cards.0.tags", "door"), "maps[0].cards[0].tags: expected a list of text"),
    "tag a number": (set_to("maps.0.cards.0.tags", [1]), "maps[0].cards[0].tags[0]: expected text"),
    "title a number": (set_to("title", 5), "title: expected text"),
    "width as text": (set_to("maps.0.stages.0.steps.0.width", "260"),
                      "maps[0].stages[0].steps[0].width: expected a number"),
    "width true": (set_to("maps.0.stages.0.width", True), "maps[0].stages[0].width: expected a number"),
    "steps as an object": (set_to("maps.0.stages.0.steps", {}), "maps[0].stages[0].steps: expected a list"),
    "index 1.5": (set_to("maps.0.cards.0.index", 1.5), "maps[0].cards[0].index: expected a whole number"),
    "visible null": (set_to("personas.0.visible", None), "personas[0].visible: expected true or false"),
    "missing id": (edited(lambda d: d["maps"][0]["lanes"][1].pop("id")), "maps[0].lanes[1]: missing 'id'"),
    "missing format version": (edited(lambda d: d.pop("format_version")),
                               "document: missing 'format_version'"),
    "truncated text": (lambda: set_to("title", "x")()[:300], "not valid JSON"),
    "not UTF-8": (text_of(b'{"title": "\xff"}'), "not valid JSON"),
}

# documents the app itself writes, or odd but harmless ones: accepted, and then checked whole
ACCEPTED = {
    "as written": edited(lambda d: None),
    "control, bidi and joiner characters and NUL in text": edited(odd_characters),
    "links to a deleted map and card": edited(links_to_deleted_targets),
    "source card of another map (pasted)": set_to("maps.0.cards.1.source_card", "b-c1"),
    "span past the last stage": set_to("maps.0.cards.1.span", 50),
    "lower-case colour": set_to("maps.0.cards.0.colour", "#ff8800"),
    "smallest and largest sizes": edited(extreme_sizes),
    "negative zero and extreme numbers": edited(extreme_numbers),
    "cards listed out of order": edited(lambda d: d["maps"][0]["cards"].reverse()),
    "optional keys left out": text_of(json.dumps({"format": "journeyeditor-project", "format_version": 2})),
    "optional keys left out in version 1": text_of(json.dumps({"format": "journeyeditor-project",
                                                               "format_version": 1})),
    "version 1 as written": edited_v1(lambda d: None),
    "version 1 with unknown keys": edited_v1(unknown_keys),
    "legacy keys of the first version-2 writer": edited(legacy_keys),
    "a map showing no persona": set_to("maps.1.personas", []),
    "a blueprint line turned off": set_to("maps.1.hidden_lines", ["Line of visibility", "Line of interaction"]),
    "bytes with a BOM": lambda: b"\xef\xbb\xbf" + edited(lambda d: None)().encode(),
}


@pytest.mark.parametrize("make, expected", REFUSED.values(), ids=REFUSED.keys())
def test_refused_with_its_place(make, expected):
    message = refusal_or_none(make())
    assert message is not None, "accepted"
    assert expected in message


@pytest.mark.parametrize("make", ACCEPTED.values(), ids=ACCEPTED.keys())
def test_accepted_documents_store_export_and_draw(make, tmp_path, qapp):
    payload = make()
    assert refusal_or_none(payload) is None
    check_accepted(payload, tmp_path, render=True)


def test_refused_import_writes_no_file(tmp_path):
    from journeyeditor.cli import main

    source, target = tmp_path / "bad.json", tmp_path / "out.journey"
    source.write_text(set_to("maps.0.cards.0.step", "b-t1")())
    assert main(["import", str(source), "-o", str(target)]) == 1
    assert not target.exists() and list(tmp_path.iterdir()) == [source]


# ------------------------------------------------------------------ the fuzzer
@cache
def base_document() -> str:
    """A real export: the sample project, with a photo and derived cards linked to their source."""
    project = build_sample()
    project.add(Image(hashlib.sha256(PHOTO).hexdigest(), "image/png", PHOTO))
    project.personas[0].photo_hash = hashlib.sha256(PHOTO).hexdigest()
    current, future = project.maps[0], project.maps[-1]
    sources = list(project.contents(current.id).cards.values())
    for card, source in zip(project.contents(future.id).cards.values(), sources):
        card.source_card_id = source.id
    project.contents(current.id).stages[0].link_map_id = future.id
    blueprint = next(m for m in project.maps if m.kind == "service-blueprint")
    blueprint.hidden_lines = ["Line of visibility"]
    first = project.contents(current.id).stages[0]  # a stage of three steps, one card spanning them
    project.add(Step(current.id, first.id, "Reads", "on the dock's poster", 180.0))
    project.add(Step(current.id, first.id, "Asks", "", 200.0))
    next(iter(project.contents(current.id).cards.values())).span = 3
    return project_to_json(project)


DEEP = "\x00deep\x00"  # stands for a deep nesting, put into the text after json.dumps
HUGE_DIGITS = "\x00digits\x00"
OVERFLOWING_FLOAT = "\x00overflow\x00"
ODD_VALUES = [None, True, False, 0, -1, 2.5, "", "text", [], {}, [1, "a"], {"k": "v"}, DEEP]
HUGE_NUMBERS = [2**63, 2**63 - 1, -(2**63), 2**64, 2**70, -(2**70), 10**40, HUGE_DIGITS]
ODD_NUMBERS = [float("nan"), float("inf"), float("-inf"), 1e308, -1e308, 5e-324, -0.0, OVERFLOWING_FLOAT,
               0, -1, 1, 19.99, 20, 10_000, 10_000.5, 1e6, 1e6 + 1, 50, 51, 10, 11, -10, -11, 0.5]
ODD_COLOURS = ["ZZZZZZ", "#12345", "#1234567", "red", "#GGGGGG", "", " #FFFFFF", "#ffffff", "#FFFFFF\n",
               "rgb(1,2,3)", "#FfFfFf", "#FF000080", "0xFFFFFF"]
ODD_CHARACTERS = ["\x00", "\x07", "\x1b", "\x7f", "\u202e", "\u2066", "\u200d", "\u200f", "\ufeff", "\u2028",
                  "\ud800", "\udfff", "\U0001F469\u200d\U0001F4BB", "\r\n", "\"", "\\", "سلام", "李"]
ENUMS = {"kind": [*MapKind, *LaneKind], "type": list(CardType), "moment": list(Moment),
         "channel": list(Channel)}
REFERENCE_KEYS = ("step", "lane", "persona", "personas", "source", "target", "link_map", "source_map",
                  "source_card", "photo")
FREE_TEXT_KEYS = {"title", "name", "body", "goal", "description", "note", "label", "owner", "role", "quote",
                  "goals", "expectations", "scenario", "mime", "tags"}
LINE_NAMES = ["Line of interaction", "Line of visibility", "Line of internal interaction"]
ODD_KEYS = ["stage", "titel", "Title", "visible", "width", "steps", "", "id ", "\u202e"]
#: what each number may be (docs/interchange.md): drawn inside, a document must be accepted
NUMBER_RANGES = {"width": st.floats(20, 10_000), "height": st.floats(20, 10_000),
                 "minutes": st.floats(0, 1e6), "score": st.floats(-10, 10),
                 "index": st.integers(0, 1_000_000), "span": st.integers(1, 50)}
#: mutation kinds; the harmless ones come more than once so that many documents are accepted
MUTATIONS = ["text", "text", "text", "reorder", "reorder", "number in range", "number in range", "type",
             "number", "huge", "duplicate id", "duplicate point", "cross map", "reference", "colour", "enum",
             "delete key", "format version", "duplicate item", "unknown key", "hidden line"]


def places(node, path=()):
    """(container, key, path) for every value in the document, depth first, without recursion."""
    found, stack = [], [(node, path)]
    while stack:
        container, where = stack.pop()
        keys = range(len(container)) if isinstance(container, list) else sorted(container)
        for key in keys:
            found.append((container, key, (*where, key)))
            if isinstance(container[key], (dict, list)):
                stack.append((container[key], (*where, key)))
    return found


def ids_by_map(document) -> dict:
    """Map index (None: outside maps) -> [(collection, id)] of every entity with an id."""
    result: dict = {None: [("personas", p["id"]) for p in document.get("personas", [])
                           if isinstance(p, dict) and isinstance(p.get("id"), str)]}
    for i, m in enumerate(document.get("maps", [])):
        if not isinstance(m, dict):
            continue
        result.setdefault(None, []).append(("maps", m.get("id")))
        result[i] = [(name, item.get("id"))
                     for name in ("stages", "lanes", "cards", "emotion_points", "connectors")
                     for item in m.get(name, [])
                     if isinstance(item, dict) and isinstance(item.get("id"), str)]
        result[i] += [("steps", step.get("id"))
                      for stage in m.get("stages", []) if isinstance(stage, dict) and isinstance(stage.get("steps"), list)
                      for step in stage["steps"] if isinstance(step, dict) and isinstance(step.get("id"), str)]
    return result


def mutate(document: dict, data) -> str:
    """Apply one random mutation; returns its name (for hypothesis's statistics)."""
    every = places(document)
    kind = data.draw(st.sampled_from(MUTATIONS), label="mutation")

    def chosen(candidates, label):
        if not candidates:
            return None
        return data.draw(st.sampled_from(candidates), label=label)

    if kind == "type":
        spot = chosen(every, "where")
        if spot:
            spot[0][spot[1]] = copy.deepcopy(data.draw(st.sampled_from(ODD_VALUES), label="value"))
    elif kind in ("number", "huge"):
        numbers = [p for p in every if type(p[0][p[1]]) in (int, float)]
        spot = chosen(numbers, "where")
        if spot:
            spot[0][spot[1]] = data.draw(st.sampled_from(ODD_NUMBERS if kind == "number" else HUGE_NUMBERS),
                                         label="value")
    elif kind == "number in range":
        numbers = [p for p in every if p[1] in NUMBER_RANGES and type(p[0][p[1]]) in (int, float)]
        spot = chosen(numbers, "where")
        if spot:
            spot[0][spot[1]] = data.draw(NUMBER_RANGES[spot[1]], label="value")
    elif kind == "duplicate id":
        holders = [p[0] for p in every if p[1] == "id" and isinstance(p[0], dict)]
        if len(holders) > 1:
            first, second = chosen(holders, "first"), chosen(holders, "second")
            second["id"] = first["id"]
    elif kind == "duplicate point":
        maps = [m for m in document.get("maps", [])
                if isinstance(m, dict) and len(m.get("emotion_points", [])) > 1]
        m = chosen(maps, "map")
        if m:
            first, second = chosen(m["emotion_points"], "first"), chosen(m["emotion_points"], "second")
            second.update(persona=first.get("persona"), step=first.get("step"))
    elif kind == "cross map":
        owned = ids_by_map(document)
        spots = [p for p in every if p[1] in ("step", "lane", "source", "target") and len(p[2]) >= 4]
        spot = chosen(spots, "where")
        others = [entity_id for index, entities in owned.items() if index not in (None, spot and spot[2][1])
                  for _, entity_id in entities]
        if spot and others:
            spot[0][spot[1]] = chosen(others, "target")
    elif kind == "reference":
        # a key naming something, or an entry of a map's list of personas
        spot = chosen([p for p in every if p[1] in REFERENCE_KEYS and not isinstance(p[0][p[1]], list)
                       or len(p[2]) == 4 and p[2][2] == "personas"], "where")
        every_id = [entity_id for entities in ids_by_map(document).values() for _, entity_id in entities]
        if spot:
            spot[0][spot[1]] = data.draw(st.sampled_from(["", "missing", "0" * 64, *every_id])
                                         | st.text(max_size=6), label="value")
    elif kind == "colour":
        spot = chosen([p for p in every if p[1] == "colour"], "where")
        if spot:
            spot[0][spot[1]] = data.draw(st.sampled_from(ODD_COLOURS) | st.text(max_size=8), label="value")
    elif kind == "enum":
        spot = chosen([p for p in every if p[1] in ENUMS], "where")
        if spot:
            valid = [member.value for member in ENUMS[spot[1]]]
            odd = st.sampled_from(["moment-aha", "Action", " note", "of_truth", *valid])
            spot[0][spot[1]] = data.draw(odd | st.text(max_size=10), label="value")
    elif kind == "text":
        in_text = [p for p in every if isinstance(p[0][p[1]], str)
                   and (p[1] in FREE_TEXT_KEYS or (len(p[2]) > 1 and p[2][-2] in FREE_TEXT_KEYS))]
        spot = chosen(in_text, "where")
        if spot:
            value = spot[0][spot[1]]
            at = data.draw(st.integers(0, len(value)), label="at")
            extra = data.draw(st.sampled_from(ODD_CHARACTERS) | st.text(max_size=4), label="characters")
            spot[0][spot[1]] = value[:at] + extra + value[at:]
    elif kind == "delete key":
        spot = chosen([p for p in every if isinstance(p[0], dict)], "where")
        if spot:
            del spot[0][spot[1]]
    elif kind == "reorder":
        lists = [p[0][p[1]] for p in every if isinstance(p[0][p[1]], list) and len(p[0][p[1]]) > 1]
        items = chosen(lists, "list")
        if items:
            item = items.pop(data.draw(st.integers(0, len(items) - 1), label="from"))
            items.insert(data.draw(st.integers(0, len(items)), label="to"), item)
    elif kind == "format version":
        versions = [-7, 0, 1, 2, 2**70, "1", 1.0, None]
        document["format_version"] = data.draw(st.sampled_from(versions), label="value")
    elif kind == "unknown key":
        spot = chosen([p for p in every if isinstance(p[0][p[1]], dict)], "where")
        if spot:
            spot[0][spot[1]][data.draw(st.sampled_from(ODD_KEYS) | st.text(max_size=5), label="key")] = ""
    elif kind == "hidden line":
        spot = chosen([p for p in every if p[1] == "hidden_lines"], "where")
        if spot:
            odd = st.sampled_from([*LINE_NAMES, "line of visibility", "Line of visibility ", ""])
            spot[0][spot[1]] = data.draw(st.lists(odd, max_size=4), label="value")
    elif kind == "duplicate item":
        lists = [p[0][p[1]] for p in every if isinstance(p[0][p[1]], list) and p[0][p[1]]]
        items = chosen(lists, "list")
        if items:
            items.append(copy.deepcopy(chosen(items, "item")))
    return kind


def as_payload(document: dict, data) -> str | bytes:
    """The document as JSON text, written the way an odd writer might."""
    text = json.dumps(document, ensure_ascii=data.draw(st.booleans(), label="ascii"), allow_nan=True,
                      indent=data.draw(st.sampled_from([None, 2]), label="indent"))
    depth = data.draw(st.sampled_from([100_000, 3_000, 40]), label="depth") if DEEP in text else 0
    text = (text.replace(json.dumps(DEEP), nested_lists(depth))
            .replace(json.dumps(HUGE_DIGITS), "7" * 5000)
            .replace(json.dumps(OVERFLOWING_FLOAT), "-1e999"))
    if data.draw(st.integers(0, 19), label="truncate?") == 0:
        text = text[:data.draw(st.integers(0, len(text)), label="cut at")]
    if data.draw(st.booleans(), label="bytes"):
        return text.encode("utf-8", "surrogatepass")  # lone surrogates too, as a careless writer would
    return text


@settings(max_examples=FUZZ_EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_fuzzed_imports_are_refused_cleanly_or_work_everywhere(data, qapp):
    document = json.loads(base_document())
    count = data.draw(st.sampled_from([1, 1, 2, 3]), label="mutations")
    mutations = [mutate(document, data) for _ in range(count)]
    note(f"mutations: {mutations}")
    payload = as_payload(document, data)
    message = refusal_or_none(payload)
    outcome = "accepted" if message is None else "refused"
    event(outcome)
    for kind in set(mutations):
        event(f"{outcome} after {kind}")
    if message is not None:
        return
    # drawn by the payload's checksum, not by hypothesis (which favours the low end of a range)
    render = zlib.crc32(payload if isinstance(payload, bytes) else payload.encode("utf-8", "surrogatepass")) \
        % RENDER_EVERY == 0
    if render:
        event("accepted and drawn to PDF and PNG")
    with tempfile.TemporaryDirectory() as folder:
        check_accepted(payload, Path(folder), render)
