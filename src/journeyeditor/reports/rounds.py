"""One voting round's results as a table (the voting panel's CSV, the results page): the cards
ranked by dots, equal counts sharing a rank, with who gave them (not in an anonymous round)."""

from __future__ import annotations

import datetime
from collections.abc import Callable

from ..layout.style import CARD_LABELS, LANE_KIND_LABELS
from ..model import Project, VotingRound
from ..model import voting as dots
from . import Table, _where


def round_label(project: Project, voting: VotingRound) -> str:
    """The round's name, or "Round N" (its place among the map's rounds, oldest first), as the
    votes report calls it."""
    if voting.name.strip():
        return voting.name
    rounds = dots.rounds_of(project, voting.map_id)
    return f"Round {next((n for n, r in enumerate(rounds, 1) if r.id == voting.id), 1)}"


def ranked(project: Project, voting: VotingRound) -> list[tuple[int, dots.TallyRow]]:
    """(rank, tally row), most dots first; ties share the rank of the first of them (1, 2, 2, 4)."""
    result, rank, last = [], 0, None
    for position, row in enumerate(dots.tally(project, voting), 1):
        if row.votes != last:
            rank, last = position, row.votes
        result.append((rank, row))
    return result


def given_by(voting: VotingRound, by: dict[int, int]) -> str:
    """"Ana ×2, Bo": who gave a card its dots ("" in an anonymous round)."""
    if voting.anonymous:
        return ""
    return ", ".join(f"{dots.participant_name(voting, p)} ×{n}" if n > 1 else dots.participant_name(voting, p)
                     for p, n in sorted(by.items()))


def round_table(project: Project, voting: VotingRound) -> Table:
    m = project.get(voting.map_id)
    lanes = {lane.id: lane.name for lane in project.contents(voting.map_id).lanes}
    rows = []
    for rank, row in ranked(project, voting):
        stage, step = _where(project, row.card)
        rows.append([m.name if m else "", round_label(project, voting), str(rank), row.card.title, stage, step,
                     lanes.get(row.card.lane_id, ""), str(row.votes), given_by(voting, row.by)])
    return Table("Votes", ["map", "round", "rank", "card", "stage", "step", "lane", "votes", "by"], rows)


def when(created: str) -> str:
    """An ISO date and time as "2025-05-01 14:03" (the page is read anywhere: no month names)."""
    try:
        return datetime.datetime.fromisoformat(created).strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return created


def what_is_voted(voting: VotingRound, tr: Callable[[str], str] = str) -> str:
    """What the round votes on: "Pain point, Opportunity cards in Pain points lanes", or "every
    card" (`tr` translates: the UI and the PDF pass theirs)."""
    types = ", ".join(tr(CARD_LABELS.get(t, t)) for t in voting.card_types)
    lanes = ", ".join(tr(LANE_KIND_LABELS.get(k, k)) for k in voting.lane_kinds)
    if types and lanes:
        return tr("{0} cards in {1} lanes").format(types, lanes)
    if types:
        return tr("{0} cards").format(types)
    if lanes:
        return tr("cards in {0} lanes").format(lanes)
    return tr("every card")
