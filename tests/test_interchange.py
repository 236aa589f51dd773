import json

import pytest

from journeyeditor.interchange import InterchangeError, project_from_json, project_to_json


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
