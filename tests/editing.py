"""Random edits through the editor, for property tests and benchmarks alike."""

from __future__ import annotations

import random

from journeyeditor.editor import Editor
from journeyeditor.model import CardType

WORDS = ["Sign up", "支付", "Оплата", "پرداخت", "Wait", "觸點", "Отзыв", "سفر", "Renew", "Help"]


def random_edit(editor: Editor, rng: random.Random) -> str:
    """Apply one random edit (every kind the editor offers); returns its name."""
    project = editor.project
    m = rng.choice(project.maps)
    c = project.contents(m.id)
    cards = list(c.cards.values())
    kind = rng.choice(["add_card", "add_card", "move_card", "move_card", "retext", "remove_card",
                       "add_stage", "remove_stage", "reorder_stage", "add_lane", "remove_lane",
                       "reorder_lane", "resize", "restyle", "emotion", "connect", "remove_connector",
                       "add_persona", "remove_persona", "rename_map", "add_map", "multi_move",
                       "delete_many", "title", "span"])
    if kind == "add_card" and c.stages and c.lanes:
        editor.add_card(m.id, rng.choice(c.stages).id, rng.choice(c.lanes).id,
                        rng.randint(0, 3), title=rng.choice(WORDS), type=rng.choice(list(CardType)).value)
    elif kind == "move_card" and cards and c.stages:
        editor.move_cards([(rng.choice(cards).id, rng.choice(c.stages).id, rng.choice(c.lanes).id,
                            rng.randint(0, 4))])
    elif kind == "multi_move" and len(cards) > 2:
        stage, lane = rng.choice(c.stages).id, rng.choice(c.lanes).id
        editor.move_cards([(card.id, stage, lane, i) for i, card in enumerate(rng.sample(cards, 3))])
    elif kind == "retext" and cards:
        editor.update(rng.choice(cards).id, title=rng.choice(WORDS), body=rng.choice(WORDS) * 2)
    elif kind == "remove_card" and cards:
        editor.remove([rng.choice(cards).id])
    elif kind == "delete_many" and len(cards) > 1:
        editor.remove([card.id for card in rng.sample(cards, 2)] + [rng.choice(c.lanes).id])
    elif kind == "add_stage":
        editor.add_stage(m.id, rng.choice(WORDS), rng.randint(0, len(c.stages)))
    elif kind == "remove_stage" and len(c.stages) > 1:
        editor.remove([rng.choice(c.stages).id])
    elif kind == "reorder_stage" and len(c.stages) > 1:
        editor.reorder(rng.choice(c.stages).id, rng.randrange(len(c.stages)))
    elif kind == "add_lane":
        editor.add_lane(m.id, rng.choice(WORDS), "thoughts", rng.randint(0, len(c.lanes)))
    elif kind == "remove_lane" and len(c.lanes) > 1:
        editor.remove([rng.choice(c.lanes).id])
    elif kind == "reorder_lane" and len(c.lanes) > 1:
        editor.reorder(rng.choice(c.lanes).id, rng.randrange(len(c.lanes)))
    elif kind == "resize" and c.stages:  # a column is a step: a stage is as wide as its steps
        editor.update(rng.choice(c.columns()).id, width=float(rng.randint(120, 500)))
    elif kind == "restyle" and cards:
        editor.update(rng.choice(cards).id, colour=rng.choice(["#E69F00", "#56B4E9", ""]))
    elif kind == "emotion" and project.personas and c.stages:
        editor.set_emotion(m.id, rng.choice(project.personas).id, rng.choice(c.stages).id,
                           rng.randint(-3, 3), rng.choice(["", "note", "یادداشت"]))
    elif kind == "connect" and len(cards) > 1:
        a, b = rng.sample(cards, 2)
        editor.connect(a.id, b.id, rng.choice(["", "then"]), rng.random() < 0.3)
    elif kind == "remove_connector" and c.connectors:
        editor.remove([rng.choice(list(c.connectors))])
    elif kind == "add_persona":
        editor.add_persona(rng.choice(WORDS), colour="#CC79A7")
    elif kind == "remove_persona" and len(project.personas) > 1:
        editor.remove([rng.choice(project.personas).id])
    elif kind == "rename_map":
        editor.update(m.id, name=rng.choice(WORDS))
    elif kind == "add_map" and len(project.maps) < 6:
        editor.add_map(rng.choice(WORDS))
    elif kind == "span" and cards:
        editor.update(rng.choice(cards).id, span=rng.randint(1, 3))
    elif kind == "title":
        editor.set_title(rng.choice(WORDS))
    else:
        return "skipped"
    return kind
