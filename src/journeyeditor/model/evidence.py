"""What backs a card: counts of its evidence by kind (the badge on the card), and the claims a
map makes without any evidence (the View filter that makes them stand out)."""

from __future__ import annotations

from .entities import CardType, EvidenceKind
from .project import MapContents, Project

#: card types that state something about the customer, so evidence can back them (or not)
CLAIM_TYPES = frozenset({CardType.PAIN_POINT.value, CardType.THOUGHT.value, CardType.OPPORTUNITY.value,
                         CardType.KPI.value, CardType.TOUCHPOINT.value, CardType.ACTION.value})

#: methods offered per kind; the user may type any other
METHODS = {
    EvidenceKind.ANALYTICAL.value: ("survey", "analytics", "log", "support tickets"),
    EvidenceKind.ANECDOTAL.value: ("interview", "observation", "quote"),
}


def evidence_counts(contents: MapContents) -> dict[str, tuple[int, int]]:
    """card id -> (analytical, anecdotal) for every card with evidence."""
    counts: dict[str, tuple[int, int]] = {}
    for item in contents.evidence.values():
        analytical, anecdotal = counts.get(item.card_id, (0, 0))
        if item.kind == EvidenceKind.ANECDOTAL.value:
            anecdotal += 1
        else:
            analytical += 1
        counts[item.card_id] = (analytical, anecdotal)
    return counts


def claims_without_evidence(project: Project, map_id: str) -> list[str]:
    """The ids of the map's claim cards (CLAIM_TYPES) that no evidence backs."""
    contents = project.contents(map_id)
    backed = {item.card_id for item in contents.evidence.values()}
    return [card.id for card in contents.cards.values() if card.type in CLAIM_TYPES and card.id not in backed]


def evidence_of(project: Project, card_id: str) -> list:
    """A card's evidence items, oldest date first (undated ones last, in the order made)."""
    card = project.get(card_id)
    if card is None:
        return []
    items = [item for item in project.contents(card.map_id).evidence.values() if item.card_id == card_id]
    return sorted(items, key=lambda item: (not item.date, item.date))
