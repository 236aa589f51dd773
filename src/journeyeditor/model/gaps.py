"""Where a journey breaks: suggested gaps between consecutive steps, found from the cards.

Two neighbouring steps whose cards in one lane change channel (or device: web <-> mobile) or
change owner (a hand-off between departments) are a likely gap. The editor offers each
suggestion; the user accepts it (a Gap) or dismisses it (remembered on the map)."""

from __future__ import annotations

from dataclasses import dataclass

from .entities import Card, GapKind, Map
from .project import Project

#: lanes where the journey itself happens: what the customer does and meets, and who serves them
#: (an owner changing between two opportunities, or a thought's channel, is no break in the journey)
JOURNEY_LANES = {"actions", "touchpoints", "channels", "owners", "physical-evidence", "frontstage", "backstage",
                 "support-processes"}

#: channels used on a device of their own: a switch between these is a device switch
DEVICES = {"web": "computer", "email": "computer", "mobile": "phone"}


@dataclass(frozen=True)
class GapSuggestion:
    step_id: str  # the left step of the boundary
    lane_id: str
    kind: str
    reason: str  # in words, for the list the user accepts or dismisses from

    @property
    def key(self) -> str:
        return f"{self.step_id}|{self.lane_id}|{self.kind}"


def _first(cards: list[Card], attribute: str) -> Card | None:
    return next((c for c in cards if getattr(c, attribute)), None)


def _last(cards: list[Card], attribute: str) -> Card | None:
    return next((c for c in reversed(cards) if getattr(c, attribute)), None)


def _covered(contents, columns, lane_id: str) -> list[list[Card]]:
    """The cards over each column of a lane: a card spanning several steps is over each of them
    (so the owner of a spanning "Operations" card meets the next owner at the span's end)."""
    covered: list[list[Card]] = [[] for _ in columns]
    for i, step in enumerate(columns):
        for card in contents.cells.get((step.id, lane_id), ()):
            for k in range(i, min(len(columns), i + max(1, card.span))):
                covered[k].append(card)
    return covered


def suggest_gaps(project: Project, map_id: str) -> list[GapSuggestion]:
    """Gaps the cards suggest, left to right and lane by lane, leaving out boundaries that have a
    gap in that lane already and suggestions the user dismissed."""
    m: Map = project.require(map_id, Map)
    contents = project.contents(map_id)
    columns = contents.columns()
    taken = {(g.step_id, g.lane_id) for g in contents.gaps.values()}
    dismissed = set(m.dismissed_gaps)
    found: list[GapSuggestion] = []
    for lane in (lane for lane in contents.lanes if lane.kind in JOURNEY_LANES):
        covered = _covered(contents, columns, lane.id)
        for i, (left, right) in enumerate(zip(columns, columns[1:])):
            if (left.id, lane.id) in taken:
                continue
            before, after = covered[i], covered[i + 1]
            if not before or not after:
                continue
            a, b = _last(before, "channel"), _first(after, "channel")
            if a and b and a.channel != b.channel:
                device = DEVICES.get(a.channel) and DEVICES.get(b.channel) and DEVICES[a.channel] != DEVICES[b.channel]
                kind = GapKind.DEVICE.value if device else GapKind.CHANNEL.value
                found.append(GapSuggestion(left.id, lane.id, kind, f"{a.title or a.channel} ({a.channel}) → "
                                                                   f"{b.title or b.channel} ({b.channel})"))
            a, b = _last(before, "owner"), _first(after, "owner")
            if a and b and a.owner.strip().casefold() != b.owner.strip().casefold():
                found.append(GapSuggestion(left.id, lane.id, GapKind.DEPARTMENT.value, f"{a.owner} → {b.owner}"))
    return [s for s in found if s.key not in dismissed]
