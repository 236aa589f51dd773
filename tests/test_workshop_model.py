"""Dot voting and comments in the model, the file and the reports (the workshop window builds on these)."""

import pytest

from journeyeditor import reports
from journeyeditor.editor import Editor
from journeyeditor.model import Lane, Map, ModelError, Project, Stage
from journeyeditor.model.voting import eligible, tally, votes_left
from journeyeditor.persistence import ProjectStore


def board():
    project = Project("Workshop")
    m = project.add(Map("Journey"))
    stage = project.add_stage(Stage(m.id, "Buy"))
    pains = project.add(Lane(m.id, "Pain points", "pain-points"))
    actions = project.add(Lane(m.id, "Actions", "actions"))
    return project, m, stage, pains, actions


def test_a_round_with_three_participants_and_a_vote_taken_back(qapp, tmp_path):
    project, m, stage, pains, actions = board()
    path = tmp_path / "w.journey"
    store = ProjectStore.create(path, project)
    project = store.project
    editor = Editor(project, store)
    queue = editor.add_card(m.id, stage.id, pains.id, title="Queue", type="pain-point")
    price = editor.add_card(m.id, stage.id, pains.id, title="Price", type="pain-point")
    walk = editor.add_card(m.id, stage.id, actions.id, title="Walks in", type="action")
    voting = editor.start_round(m.id, "Pains", [("Ana", ""), ("Bo", "#D55E00"), ("Chen", "")], votes_each=2,
                                lane_kinds=["pain-points"])
    assert not eligible(project, voting, walk)
    with pytest.raises(ModelError, match="does not vote on this card"):
        editor.vote(voting.id, walk.id, 0)
    for participant, card in ((0, queue), (0, queue), (1, queue), (1, price), (2, price)):
        editor.vote(voting.id, card.id, participant)
    with pytest.raises(ModelError, match="Ana has no votes left"):
        editor.vote(voting.id, price.id, 0)
    assert [(row.card.title, row.votes) for row in tally(project, voting)] == [("Queue", 3), ("Price", 2)]
    assert editor.take_back_vote(voting.id, queue.id, 0)  # Ana takes one back
    assert votes_left(project, voting, 0) == 1
    assert [(row.card.title, row.votes) for row in tally(project, voting)] == [("Queue", 2), ("Price", 2)]
    editor.undo()
    assert [row.votes for row in tally(project, voting)] == [3, 2]
    store.close()
    with ProjectStore.open(path) as reopened:
        q = reopened.project
        table = reports.votes(q)
        assert [row[2:4] + [row[7], row[8]] for row in table.rows] == [
            ["1", "Queue", "3", "Ana ×2, Bo"], ["2", "Price", "2", "Bo, Chen"]]
        assert "Queue" in reports.as_csv(table)


def test_comment_threads_reply_resolve_and_go_with_their_card(qapp):
    project, m, stage, pains, actions = board()
    editor = Editor(project)
    card = editor.add_card(m.id, stage.id, pains.id, title="Queue")
    thread = editor.comment(card.id, "Every day?", "Ana")
    reply = editor.comment(card.id, "Saturdays", "Bo", parent_id=thread.id)
    deeper = editor.comment(card.id, "Also Sundays", "Chen", parent_id=reply.id)
    assert deeper.parent_id == thread.id  # threads are one level deep
    on_map = editor.comment(m.id, "Ask the store team", "Ana")
    with pytest.raises(ModelError, match="needs some text"):
        editor.comment(card.id, "   ")
    editor.resolve(reply.id)  # resolving from a reply resolves the thread
    assert thread.resolved and editor.undo_stack.undoText() == "Resolve comment"
    editor.undo()
    assert not thread.resolved
    editor.remove([card.id])
    assert set(project.contents(m.id).comments) == {on_map.id}
    editor.undo()  # the thread comes back whole, first comment before its replies
    assert {thread.id, reply.id, deeper.id, on_map.id} == set(project.contents(m.id).comments)
    editor.remove([thread.id])  # a thread goes with its replies
    assert set(project.contents(m.id).comments) == {on_map.id}
