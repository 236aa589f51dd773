import pytest

from journeyeditor.model import ADDED, CHANGED, REMOVED, Card, Connector, Lane, Map, ModelError, Project, Stage


def small():
    p = Project("t")
    m = p.add(Map("M"))
    s1, s2 = p.add_stage(Stage(m.id, "S1")), p.add_stage(Stage(m.id, "S2"))
    lane = p.add(Lane(m.id, "L"))
    return p, m, s1, s2, lane


def test_events_fire_only_on_real_change():
    p, m, s1, _, _ = small()
    events = []
    p.subscribe(events.append)
    assert p.update(s1.id, name="S1") == {}
    assert events == []
    assert p.update(s1.id, name="Awareness") == {"name": "S1"}
    assert [(e.action, e.entity_type, e.fields) for e in events] == [(CHANGED, "stage", ("name",))]
    assert p.reorder(s1.id, 0) == 0 and len(events) == 1


def test_cards_keep_order_in_cell_and_move():
    p, m, s1, s2, lane = small()
    a = p.add(Card(m.id, s1.id, lane.id, "a"))
    b = p.add(Card(m.id, s1.id, lane.id, "b"), 0)
    assert [c.title for c in p.contents(m.id).cell(s1.id, lane.id)] == ["b", "a"]
    assert (a.index, b.index) == (1, 0)
    old = p.move_card(b.id, s2.id, lane.id, 5)
    assert old == (s1.id + ".1", lane.id, 0)  # its step: the stage's first
    assert (a.index, b.index, b.stage_id) == (0, 0, s2.id)


def test_removing_a_stage_takes_its_cards_and_connectors_and_restores_in_order():
    p, m, s1, s2, lane = small()
    cards = [p.add(Card(m.id, s1.id, lane.id, t)) for t in "abc"]
    other = p.add(Card(m.id, s2.id, lane.id, "x"))
    p.add(Connector(m.id, cards[1].id, other.id))
    events = []
    p.subscribe(events.append)
    removal = p.remove(s1.id)
    assert p.get(cards[0].id) is None and not p.contents(m.id).connectors
    assert {e.entity_type for e in events if e.action == REMOVED} == {"stage", "step", "card", "connector"}
    p.restore(removal)
    assert [c.title for c in p.contents(m.id).cell(s1.id, lane.id)] == ["a", "b", "c"]
    assert [s.name for s in p.contents(m.id).stages] == ["S1", "S2"]
    assert len(p.contents(m.id).connectors) == 1
    assert any(e.action == ADDED for e in events)


def test_consistency_is_enforced():
    p, m, s1, _, lane = small()
    with pytest.raises(ModelError):
        p.add(Card(m.id, "nope", lane.id))
    card = p.add(Card(m.id, s1.id, lane.id))
    with pytest.raises(ModelError):
        p.add(Connector(m.id, card.id, card.id))
    with pytest.raises(ModelError):
        p.update(card.id, stage_id="x")
    with pytest.raises(ModelError):
        p.update(card.id, span=0)


def test_model_imports_no_qt_and_no_sql():
    import subprocess
    import sys

    code = ("import sys; import journeyeditor.model, journeyeditor.text, journeyeditor.templates, "
            "journeyeditor.model.blueprint; bad=[m for m in sys.modules if m.startswith(('PySide6','sqlalchemy'))];"
            "print(bad); sys.exit(1 if bad else 0)")
    from conftest import SRC

    result = subprocess.run([sys.executable, "-c", code], env={"PYTHONPATH": str(SRC)}, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
