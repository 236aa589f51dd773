import json

import pytest
from conftest import FIXTURES

from journeyeditor.interchange import InterchangeError, project_from_json, project_to_json
from journeyeditor.model import Card


def test_round_trip_is_byte_identical(sample_project):
    first = project_to_json(sample_project)
    second = project_to_json(project_from_json(first))
    assert first == second
    data = json.loads(first)
    card = data["maps"][0]["cards"][0]
    assert {"title", "body", "step", "lane", "type"} <= set(card)
    assert {"maps", "personas", "format_version"} <= set(data)


@pytest.mark.parametrize(
    "mutate, message",
    [
        (lambda d: d.update(format_version=99), "newer"),
        (lambda d: d.update(format="other"), "not a Journey Editor"),
        (lambda d: d["maps"][0]["cards"][0].update(step="missing"), "maps[0].cards"),
        (lambda d: d["maps"][0]["cards"][0].update(title=5), "title: expected text"),
        (lambda d: d["maps"][0].update(stages="x"), "expected a list"),
        (lambda d: d["personas"][0].pop("id"), "missing 'id'"),
    ],
)
def test_malformed_imports_name_the_problem(sample_project, mutate, message):
    data = json.loads(project_to_json(sample_project))
    mutate(data)
    with pytest.raises(InterchangeError, match=message.replace("[", r"\[").replace("]", r"\]")):
        project_from_json(json.dumps(data))


def test_not_json():
    with pytest.raises(InterchangeError, match="not valid JSON"):
        project_from_json(b"\xff\xfe garbage")


def test_derived_cards_keep_their_source_card(sample_project):
    """A future-state map's cards say new / changed / unchanged against their source cards; the
    links (source_card) must survive export and import."""
    from journeyeditor.model.derive import card_status, future_state

    for entity in future_state(sample_project, sample_project.maps[0].id, "Future"):
        sample_project.add(entity)
    derived = sample_project.maps[-1]
    cards = sample_project.contents(derived.id).cards.values()
    before = {card.id: card_status(sample_project, card) for card in cards}
    copy = project_from_json(project_to_json(sample_project))
    after = {card.id: card_status(copy, card) for card in copy.contents(derived.id).cards.values()}
    assert after == before
    assert set(before.values()) == {"unchanged"}


# ------------------------------------------------------------------ every field, version 2
def _entities(project):
    """Every entity as plain values, by id (images by hash), for comparing two projects."""
    import dataclasses

    values = {entity.id: dataclasses.asdict(entity) for entity in project.all_entities()}
    values.update({image.hash: dataclasses.asdict(image) for image in project.images.values()})
    return values


def test_a_project_using_every_field_round_trips_byte_identical(tmp_path):
    from full_project import build_full_project, unused_fields

    from journeyeditor.persistence import ProjectStore

    project = build_full_project()
    assert unused_fields(project) == []  # else the test below would not test every field
    first = project_to_json(project)
    imported = project_from_json(first)
    assert project_to_json(imported) == first
    # every value of every entity comes back, in the same order (legacy fields included: the
    # full project keeps them as an import makes them)
    assert _entities(imported) == _entities(project)
    assert [m.id for m in imported.maps] == [m.id for m in project.maps]
    assert [p.id for p in imported.personas] == [p.id for p in project.personas]
    for m in project.maps:
        ours, theirs = project.contents(m.id), imported.contents(m.id)
        assert [s.id for s in theirs.columns()] == [s.id for s in ours.columns()]
        assert [lane.id for lane in theirs.lanes] == [lane.id for lane in ours.lanes]
        assert {key: [c.id for c in cell] for key, cell in theirs.cells.items() if cell} == \
            {key: [c.id for c in cell] for key, cell in ours.cells.items() if cell}
    # and through a project file
    path = tmp_path / "full.journey"
    ProjectStore.create(path, imported).close()
    with ProjectStore.open(path, read_only=True) as store:
        assert project_to_json(store.project) == first


def test_the_written_keys_are_the_keys_a_reader_accepts():
    """Each object of an export has exactly the keys docs/interchange.md lists (KEYS)."""
    from full_project import build_full_project

    from journeyeditor.interchange.jsonio import KEYS

    data = json.loads(project_to_json(build_full_project()))
    assert set(data) == KEYS["document"]
    seen = {"persona": data["personas"], "image": data["images"], "map": data["maps"]}
    seen["emotion_scale"] = [m["emotion_scale"] for m in data["maps"]]
    for key, noun in (("stages", "stage"), ("lanes", "lane"), ("cards", "card"),
                      ("emotion_points", "emotion_point"), ("connectors", "connector")):
        seen[noun] = [item for m in data["maps"] for item in m[key]]
    seen["step"] = [step for stage in seen["stage"] for step in stage["steps"]]
    for noun, items in seen.items():
        assert items and all(set(item) == KEYS[noun] for item in items), noun


def test_derived_maps_keep_their_links_through_the_interchange():
    from full_project import build_full_project

    from journeyeditor.model.derive import card_status

    project = build_full_project()
    copy = project_from_json(project_to_json(project))
    for m in copy.maps[1:]:
        assert m.source_map_id == "journey"
        for card in copy.contents(m.id).cards.values():
            assert card_status(copy, card) == card_status(project, project.get(card.id))
            if card.id != "c-new-idea":
                assert isinstance(copy.get(card.source_card_id), Card)
    blueprint = copy.maps[2]
    assert blueprint.kind == "service-blueprint" and blueprint.hidden_lines == ["Line of visibility"]
    assert copy.get("st2").link_map_id == copy.maps[1].id and copy.get("c-pays").link_map_id == blueprint.id


# ------------------------------------------------------------------ version 1, kept as written
def test_a_version_one_document_still_imports():
    """tests/fixtures/interchange_v1.json was written by the version-1 writer (before steps)."""
    text = (FIXTURES / "interchange_v1.json").read_text(encoding="utf-8")
    data = json.loads(text)
    assert data["format_version"] == 1 and "steps" not in data["maps"][0]["stages"][0]
    assert all("stage" in card for card in data["maps"][0]["cards"])
    project = project_from_json(text)
    contents = project.contents("m1")
    # each stage is one unnamed step as wide as the stage was
    assert [[(s.id, s.name, s.width) for s in contents.steps_of(stage.id)] for stage in contents.stages] == [
        [("s1.1", "", 260.0)], [("s2.1", "", 320.0)], [("s3.1", "", 280.0)]]
    assert [stage.width for stage in contents.stages] == [260.0, 320.0, 280.0]
    # cards and points sit in their stage's step, with all they had
    assert {c.id: (c.stage_id, c.step_id, c.span) for c in contents.cards.values()} == {
        "c1": ("s1", "s1.1", 1), "c2": ("s2", "s2.1", 1), "c3": ("s1", "s1.1", 2), "c4": ("s3", "s3.1", 1),
        "c5": ("s3", "s3.1", 1)}
    c5 = project.get("c5")
    assert (c5.fail_point, c5.wait_point, c5.minutes, c5.type) == (True, True, 4.5, "pain-point")
    assert project.get("c2").colour == "#E69F00" and project.get("c1").tags == ["ads", "web"]
    assert project.emotion_point("m1", "p1", "s2.1").note == "price shock"
    assert project.emotion_point("m1", "p2", "s2.1").score == 0.0
    # each map shows the personas that were visible (Боб was hidden), who keep their flag
    assert all(m.persona_ids == ["p1"] for m in project.maps)
    assert [p.visible for p in project.personas] == [True, False]
    assert project.get("p1").photo_hash in project.images
    # derived maps still know their sources; links and hidden lines are kept
    future = next(m for m in project.maps if m.kind == "future-state")
    assert future.source_map_id == "m1"
    assert sorted(c.source_card_id for c in project.contents(future.id).cards.values()) == [
        "c1", "c2", "c3", "c4", "c5"]
    assert project.get("m3").hidden_lines == ["Line of visibility"]
    assert project.get("bs1").link_map_id == "m1" and project.get("bc1").link_map_id == "m1"
    # written again, it is version 2, and that reads back the same
    again = project_to_json(project)
    assert json.loads(again)["format_version"] == 2
    assert project_to_json(project_from_json(again)) == again


def test_version_one_ignores_unknown_keys_as_it_promised():
    data = json.loads((FIXTURES / "interchange_v1.json").read_text(encoding="utf-8"))
    data["maps"][0]["cards"][0]["colour_name"] = "orange"
    data["generator"] = "a spreadsheet macro"
    assert project_from_json(json.dumps(data)).get("c1").title == "Sees an ad"


# ------------------------------------------------------------------ what version 2 refuses
def _full_document() -> dict:
    from full_project import build_full_project

    return json.loads(project_to_json(build_full_project()))


def _card_at(data, card_id):
    cards = data["maps"][0]["cards"]
    index = next(i for i, card in enumerate(cards) if card["id"] == card_id)
    return index, cards[index]


@pytest.mark.parametrize("change, message", [
    (lambda d: _card_at(d, "c-sees")[1].update(type="moment-aha"),
     ("maps[0].cards[{sees}].type: unknown card type 'moment-aha' (expected one of action, touchpoint, thought, "
      "pain-point, opportunity, idea, moment, kpi, note)")),
    (lambda d: d["maps"][0]["lanes"][1].update(kind="team"), "maps[0].lanes[1].kind: unknown lane kind 'team' ("),
    (lambda d: _card_at(d, "c-sees")[1].update(titel="Sees"),
     "maps[0].cards[{sees}]: unknown key 'titel' (expected one of body, channel, colour,"),
    (lambda d: _card_at(d, "c-sees")[1].update(stage="st0"),
     "maps[0].cards[{sees}]: unknown key 'stage' (version 2 places cards and emotion points in a 'step'"),
    (lambda d: d["maps"][0]["emotion_points"][0].update(stage="st0"),
     "maps[0].emotion_points[0]: unknown key 'stage' (version 2 places"),
    (lambda d: d["maps"][0]["stages"][0]["steps"][1].update(colour="#FFFFFF"),
     "maps[0].stages[0].steps[1]: unknown key 'colour' (expected one of description, id, name, width)"),
    (lambda d: d.update(author="me"), "document: unknown key 'author'"),
    (lambda d: d["maps"][0]["emotion_scale"].update(step=1), "maps[0].emotion_scale: unknown key 'step'"),
    (lambda d: d["maps"][2].update(hidden_lines=["line of visibility"]),
     ("maps[2].hidden_lines[0]: unknown blueprint line 'line of visibility' (expected one of Line of interaction, "
      "Line of visibility, Line of internal interaction)")),
    (lambda d: d["maps"][2].update(hidden_lines=["Line of visibility", "Line of visibility"]),
     "maps[2].hidden_lines[1]: 'Line of visibility' is listed twice"),
    (lambda d: d["maps"][0].update(personas=["ana", "nobody"]), "maps[0].personas[1]: no persona 'nobody'"),
    (lambda d: d["maps"][0].update(personas=["ana", "ana"]), "maps[0].personas[1]: 'ana' is listed twice"),
    (lambda d: d["maps"][0].update(personas="ana"), "maps[0].personas: expected a list of text"),
    (lambda d: _card_at(d, "c-sees")[1].update(step="st0"), "maps[0].cards[{sees}].step: 'st0' is a stage, not a step"),
    (lambda d: _card_at(d, "c-sees")[1].update(step="gone"), "maps[0].cards[{sees}].step: no step 'gone' in this map"),
    (lambda d: d["maps"][0]["emotion_points"][0].update(step=d["maps"][1]["stages"][0]["steps"][0]["id"]),
     "maps[0].emotion_points[0].step: the step"),
    (lambda d: d["maps"][0]["stages"][1].update(steps=[]), "maps[0].stages[1].steps: a stage has at least one step"),
    (lambda d: d["maps"][0]["stages"][0]["steps"][1].update(width=5), "maps[0].stages[0].steps[1].width: 5 is out"),
    (lambda d: d["maps"][0]["stages"][0]["steps"][1].update(id="st0"),
     "maps[0].stages[0].steps[1].id: 'st0' is used twice (first at maps[0].stages[0])"),
    (lambda d: d["personas"][0].update(photo="0" * 64), "personas[0].photo: no image with hash"),
    (lambda d: d["personas"][0].update(visible="yes"), "personas[0].visible: expected true or false"),
    (lambda d: d["maps"][0]["stages"][0].update(width="wide"), "maps[0].stages[0].width: expected a number"),
])
def test_version_two_refuses_what_is_wrong_with_its_place(change, message):
    data = _full_document()
    change(data)
    message = message.format(sees=_card_at(data, "c-sees")[0])
    with pytest.raises(InterchangeError) as refused:
        project_from_json(json.dumps(data))
    assert str(refused.value).startswith(message), str(refused.value)


def test_legacy_keys_of_the_first_version_two_writer_are_read_and_ignored():
    data = _full_document()
    written = json.dumps(data)
    data["maps"][0]["stages"][0]["width"] = 999.0
    data["personas"][1]["visible"] = False
    project = project_from_json(json.dumps(data))
    assert project.get("st0").width == 240.0  # its first step's
    assert project.get("bob").visible is True and "bob" in project.get("journey").persona_ids
    assert project_to_json(project) == project_to_json(project_from_json(written))
