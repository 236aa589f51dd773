"""Where the arrow keys go on a map, and where Alt+arrows move cards: pure functions of the
model, so the rules are tested without a window.

A keyboard user stands on a card or, when a cell is empty, on the cell itself (the cursor).
Up/Down walk a cell's stack and then the lanes; Left/Right walk the steps (the grid's columns,
across stage boundaries), landing on the card nearest the same height in the stack.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Card, Project

STEPS = {"left": (-1, 0), "right": (1, 0), "up": (0, -1), "down": (0, 1)}


@dataclass(frozen=True)
class Spot:
    """Where the keyboard stands: a card, or an empty cell (card_id "")."""

    step_id: str  # the column
    lane_id: str
    card_id: str = ""


def spot_of(project: Project, map_id: str, card_id: str | None, cursor: tuple[str, str] | None) -> Spot | None:
    contents = project.contents(map_id)
    if not contents.stages or not contents.lanes:
        return None
    card = project.get(card_id) if card_id else None
    if isinstance(card, Card) and card.map_id == map_id:
        return Spot(card.step_id, card.lane_id, card.id)
    step_ids = [step.id for step in contents.columns()]
    lane_ids = [lane.id for lane in contents.lanes]
    if cursor and cursor[0] in step_ids and cursor[1] in lane_ids:
        return Spot(cursor[0], cursor[1])
    first = contents.cell(step_ids[0], lane_ids[0])
    return Spot(step_ids[0], lane_ids[0], first[0].id if first else "")


def neighbour(project: Project, map_id: str, spot: Spot, direction: str) -> Spot:
    """The spot an arrow key leads to (the same spot at the map's edge)."""
    contents = project.contents(map_id)
    step_ids = [step.id for step in contents.columns()]
    lane_ids = [lane.id for lane in contents.lanes]
    column, row = step_ids.index(spot.step_id), lane_ids.index(spot.lane_id)
    cell = contents.cell(spot.step_id, spot.lane_id)
    position = next((i for i, c in enumerate(cell) if c.id == spot.card_id), None)
    if direction in ("up", "down") and position is not None:
        inside = position + (1 if direction == "down" else -1)
        if 0 <= inside < len(cell):  # still in the same stack
            return Spot(spot.step_id, spot.lane_id, cell[inside].id)
    dx, dy = STEPS[direction]
    column, row = column + dx, row + dy
    if not (0 <= column < len(step_ids) and 0 <= row < len(lane_ids)):
        return spot
    target = contents.cell(step_ids[column], lane_ids[row])
    if not target:
        return Spot(step_ids[column], lane_ids[row])
    if direction == "up":
        chosen = target[-1]
    elif direction == "down":
        chosen = target[0]
    else:  # the card at about the same place in the neighbouring stack
        chosen = target[min(position or 0, len(target) - 1)]
    return Spot(step_ids[column], lane_ids[row], chosen.id)


def moves_one_cell(project: Project, map_id: str, card_ids: list[str], direction: str) -> list[tuple] | None:
    """Alt+arrow: each card one cell over, keeping their order, at the end of the cells they
    land in; None when a card would leave the map (nothing moves then)."""
    contents = project.contents(map_id)
    step_ids = [step.id for step in contents.columns()]
    lane_ids = [lane.id for lane in contents.lanes]
    dx, dy = STEPS[direction]
    cards = [c for c in (project.get(i) for i in card_ids) if isinstance(c, Card) and c.map_id == map_id]
    if not cards:
        return None
    cards.sort(key=lambda c: (step_ids.index(c.step_id), lane_ids.index(c.lane_id), c.index))
    moving = {c.id for c in cards}
    filled: dict[tuple[str, str], int] = {}
    moves = []
    for card in cards:
        column, row = step_ids.index(card.step_id) + dx, lane_ids.index(card.lane_id) + dy
        if not (0 <= column < len(step_ids) and 0 <= row < len(lane_ids)):
            return None
        cell = (step_ids[column], lane_ids[row])
        if cell not in filled:
            filled[cell] = sum(1 for c in contents.cell(*cell) if c.id not in moving)
        moves.append((card.id, cell[0], cell[1], filled[cell]))
        filled[cell] += 1
    return moves


# A keyboard user reaches the column headers too: Up from the top lane selects the step's header
# (or the stage's, when the map shows no step band), Up again its stage's; Left/Right walk
# headers of one kind, Down goes back into the grid. Enter/F2 renames, Delete deletes, Alt+Left/
# Right reorders (MapScene.move_header).
def header_above(project: Project, map_id: str, step_id: str, steps_shown: bool) -> str:
    """The header an Up arrow reaches from the top lane of a step: the step's, or its stage's."""
    return step_id if steps_shown else project.require_column(step_id).stage_id


def from_header(project: Project, map_id: str, kind: str, header_id: str, direction: str,
                steps_shown: bool) -> str | Spot | None:
    """Where an arrow key goes from a selected stage or step header: another header's id, the
    top cell under it (a Spot), or None (the map's edge: stay)."""
    contents = project.contents(map_id)
    ids = [s.id for s in (contents.stages if kind == "stage" else contents.columns())]
    if header_id not in ids:
        return None
    if direction in ("left", "right"):
        index = ids.index(header_id) + STEPS[direction][0]
        return ids[index] if 0 <= index < len(ids) else None
    if direction == "up":
        return project.require(header_id).stage_id if kind == "step" else None
    step_id = contents.steps_of(header_id)[0].id if kind == "stage" else header_id
    if kind == "stage" and steps_shown:
        return step_id
    if not contents.lanes:
        return None
    top = contents.cell(step_id, contents.lanes[0].id)
    return Spot(step_id, contents.lanes[0].id, top[0].id if top else "")
