"""Metrics, gaps, evidence and opportunity ratings in the model, the file and the reports."""

import json

import pytest

from journeyeditor import reports
from journeyeditor.editor import Editor
from journeyeditor.model import Card, Lane, Map, ModelError, Project, Stage, Step
from journeyeditor.model import metrics as kinds
from journeyeditor.model.gaps import suggest_gaps
from journeyeditor.model.heatmap import EMOTION, PAIN_POINTS, heat
from journeyeditor.persistence import ProjectStore


def journey():
    project = Project("Metrics")
    m = project.add(Map("Journey"))
    buy = project.add_stage(Stage(m.id, "Buy"))
    use = project.add_stage(Stage(m.id, "Use"))
    pay = project.add(Step(m.id, buy.id, "Pay"))
    lane = project.add(Lane(m.id, "Touchpoints", "touchpoints"))
    return project, m, buy, use, pay, lane


def test_metric_text_target_and_trend(qapp):
    project, m, buy, use, pay, lane = journey()
    editor = Editor(project)
    old = editor.add_metric(buy.id, "nps", 20, period_start="2026-01-01", period_end="2026-03-31")
    new = editor.add_metric(buy.id, "nps", 32, target=40.0, period_start="2026-04-01")
    ces = editor.add_metric(pay.id, "ces", 5.5, target=3.0, period_start="2026-04-01")
    every = list(project.contents(m.id).metrics.values())
    assert kinds.chip_text(new) == "NPS 32 → 40"
    assert kinds.previous(every, new) is old and kinds.previous(every, old) is None
    assert (kinds.direction(new, old), kinds.trend(new, old)) == ("up", "better")
    assert kinds.meets_target(new) is False and kinds.meets_target(ces) is False  # CES: lower is better
    assert kinds.latest(every) == [new, ces]
    with pytest.raises(ModelError, match="outside"):
        editor.add_metric(buy.id, "csat", 6)  # CSAT is 1..5
    kpi = editor.add_metric(use.id, "custom", 3, name="Docks full", unit="per day", higher_is_better=False)
    assert kinds.chip_text(kpi) == "Docks full 3 per day"
    # the metric goes with its stage, and comes back with it
    editor.remove([buy.id])
    assert old.id not in project.contents(m.id).metrics and ces.id not in project.contents(m.id).metrics
    editor.undo()
    assert {old.id, new.id, ces.id} <= set(project.contents(m.id).metrics)


def test_gap_suggestions_accept_and_dismiss(qapp):
    project, m, buy, use, pay, lane = journey()
    editor = Editor(project)
    first = project.column(buy.id)
    editor.add_card(m.id, first.id, lane.id, title="Price page", channel="web", owner="Marketing")
    editor.add_card(m.id, pay.id, lane.id, title="App checkout", channel="mobile", owner="Product")
    editor.add_card(m.id, use.id, lane.id, title="Phone support", channel="phone", owner="Product")
    found = suggest_gaps(project, m.id)
    assert [(s.step_id, s.kind) for s in found] == [(first.id, "device"), (first.id, "department"),
                                                     (pay.id, "channel")]
    gap = editor.accept_gap(found[0])
    assert gap.note == "Price page (web) → App checkout (mobile)"
    assert [s.kind for s in suggest_gaps(project, m.id)] == ["channel"]  # that boundary has its gap now
    editor.dismiss_gap(m.id, suggest_gaps(project, m.id)[0])
    assert suggest_gaps(project, m.id) == []
    editor.undo()
    assert [s.kind for s in suggest_gaps(project, m.id)] == ["channel"]
    # a gap goes with the step on its left
    editor.remove([first.id])
    assert gap.id not in project.contents(m.id).gaps


def test_heatmap_values_per_step(qapp):
    project, m, buy, use, pay, lane = journey()
    editor = Editor(project)
    ana, bo = editor.add_persona("Ana"), editor.add_persona("Bo")
    editor.set_emotion(m.id, ana.id, pay.id, 2)
    editor.set_emotion(m.id, bo.id, pay.id, -1)
    editor.add_card(m.id, use.id, lane.id, title="Broken dock", type="pain-point")
    editor.add_metric(buy.id, "csat", 4.0)  # a stage's metric colours each of its steps
    emotion = heat(project, m.id, EMOTION)
    assert emotion.values == {pay.id: 0.5} and (emotion.low, emotion.high) == (-2, 2)
    pain = heat(project, m.id, PAIN_POINTS)
    assert pain.values[project.column(use.id).id] == 1 and pain.higher_is_better is False
    csat = heat(project, m.id, "csat")
    assert csat.values == {project.column(buy.id).id: 4.0, pay.id: 4.0} and (csat.low, csat.high) == (1, 5)


def test_everything_lands_in_the_file_and_reports_read_it(qapp, tmp_path):
    project, m, buy, use, pay, lane = journey()
    path = tmp_path / "m.journey"
    store = ProjectStore.create(path, project)
    editor = Editor(store.project, store)
    opportunity = editor.add_card(m.id, pay.id, lane.id, title="One-tap pay", type="opportunity", owner="Payments",
                                  status="planned", due="2027-01-31")
    editor.rate(opportunity.id, 4, 2)
    editor.add_card(m.id, use.id, lane.id, title="Unowned idea", type="idea")
    editor.add_metric(pay.id, "conversion", 61, target=75.0, period_start="2026-10-01", source="analytics")
    editor.add_gap(pay.id, lane.id, "department", "Payments → Support")
    editor.add_evidence(opportunity.id, "anecdotal", method="interview", source="rider 7", quote="I gave up")
    store.close()
    with ProjectStore.open(path) as reopened:
        q = reopened.project
        card = q.get(opportunity.id)
        assert (card.impact, card.effort, card.status, card.due) == (4, 2, "planned", "2027-01-31")
        owners = reports.owners(q)
        assert [row[0] for row in owners.rows] == ["Payments", "(no owner)"]
        assert owners.rows[0][4:8] == ["One-tap pay", "4", "2", "planned"]
        csv_text = reports.as_csv(owners)
        assert csv_text.splitlines()[0].startswith("owner,map,stage,step,opportunity")
        assert reports.metrics(q).rows[0][4:8] == ["Conversion", "61 %", "75 %", "no"]
        assert reports.gaps(q).rows[0][1:5] == ["Buy / Pay", "Use", "Touchpoints", "department"]
        assert json.loads(reports.as_json(reports.evidence(q)))["rows"][0]["quote"] == "I gave up"
        assert "One-tap pay" in reports.as_text(owners)
        with pytest.raises(ValueError, match="no map named"):
            reports.build(q, "owners", "Nope")
    assert isinstance(card, Card)
