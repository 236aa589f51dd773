"""The three lines of a service blueprint, derived from its lanes' kinds (Bitner et al. 2008).

A line sits between two kinds of lane, so it moves with its lanes and appears or disappears as
lanes are added, removed or reordered.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .entities import Lane

#: (name, kinds above the line, kinds below the line)
LINES = (
    ("Line of interaction", {"actions", "physical-evidence"}, {"frontstage"}),
    ("Line of visibility", {"frontstage"}, {"backstage"}),
    ("Line of internal interaction", {"backstage"}, {"support-processes"}),
)


@dataclass(frozen=True)
class BlueprintLine:
    name: str
    after_lane: int  # the line is drawn below lanes[after_lane]


def blueprint_lines(lanes: Sequence[Lane], hidden: Sequence[str] = ()) -> list[BlueprintLine]:
    """The lines present: one per adjacent pair of lanes whose kinds the line separates, less
    the ones the user turned off."""
    found = []
    for name, above, below in LINES:
        if name in hidden:
            continue
        for i in range(len(lanes) - 1):
            if lanes[i].kind in above and lanes[i + 1].kind in below:
                found.append(BlueprintLine(name, i))
                break
    return found
