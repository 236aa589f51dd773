"""Dot voting: which cards a round lets people vote on, how many dots a participant has left,
and the tally. Plain Python: the workshop window, the reports and the CLI read it."""

from __future__ import annotations

from dataclasses import dataclass

from .entities import Card, Vote, VotingRound
from .project import Project

#: participants' dot colours when the facilitator picks none (colour-blind-safe, as personas')
DOT_COLOURS = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#F0E442", "#000000")


def eligible(project: Project, voting: VotingRound, card: Card) -> bool:
    """Whether the round lets people vote on this card (its lane's kind and its type)."""
    if card.map_id != voting.map_id:
        return False
    lane = project.get(card.lane_id)
    if voting.lane_kinds and (lane is None or lane.kind not in voting.lane_kinds):
        return False
    return not voting.card_types or card.type in voting.card_types


def rounds_of(project: Project, map_id: str) -> list[VotingRound]:
    """A map's rounds, oldest first (two started in the same second: in the order they came)."""
    rounds = list(project.contents(map_id).rounds.values())
    return [r for _, _, r in sorted((r.created, n, r) for n, r in enumerate(rounds))]


def votes_of(project: Project, voting: VotingRound) -> list[Vote]:
    return [v for v in project.contents(voting.map_id).votes.values() if v.round_id == voting.id]


def votes_left(project: Project, voting: VotingRound, participant: int) -> int:
    used = sum(1 for v in votes_of(project, voting) if v.participant == participant)
    return max(0, voting.votes_each - used)


def participant_name(voting: VotingRound, participant: int) -> str:
    """A participant's name ("Participant 3" in an anonymous round or when unnamed)."""
    if not voting.anonymous and 0 <= participant < len(voting.participants) and voting.participants[participant][0]:
        return voting.participants[participant][0]
    return f"Participant {participant + 1}"


def participant_colour(voting: VotingRound, participant: int) -> str:
    if 0 <= participant < len(voting.participants) and len(voting.participants[participant]) > 1:
        return voting.participants[participant][1]
    return DOT_COLOURS[participant % len(DOT_COLOURS)]


@dataclass
class TallyRow:
    card: Card
    votes: int
    by: dict[int, int]  # participant -> dots on this card


def tally(project: Project, voting: VotingRound) -> list[TallyRow]:
    """Cards with votes, most first (ties in map order: step, lane, place in the cell)."""
    rows: dict[str, TallyRow] = {}
    for vote in votes_of(project, voting):
        card = project.get(vote.card_id)
        if not isinstance(card, Card):
            continue
        row = rows.setdefault(card.id, TallyRow(card, 0, {}))
        row.votes += 1
        row.by[vote.participant] = row.by.get(vote.participant, 0) + 1
    contents = project.contents(voting.map_id)
    column = {step.id: i for i, step in enumerate(contents.columns())}
    lane = {ln.id: i for i, ln in enumerate(contents.lanes)}
    return sorted(rows.values(), key=lambda r: (-r.votes, column.get(r.card.step_id, 0), lane.get(r.card.lane_id, 0),
                                                r.card.index))
