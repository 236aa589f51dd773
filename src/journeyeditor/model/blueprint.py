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


def canonical_lines(names: Sequence[str]) -> list[str]:
    """Hidden-line names as the app spells them: matched regardless of case and spacing, each once.
    A name no line has is dropped: it can hide nothing, and the interchange (so a snapshot) refuses it.
    Files written by hand or by early versions hold such spellings ("line of visibility")."""
    spelling = {_folded(name): name for name, _above, _below in LINES}
    found: list[str] = []
    for name in names:
        canonical = spelling.get(_folded(name)) if isinstance(name, str) else None
        if canonical is not None and canonical not in found:
            found.append(canonical)
    return found


def _folded(name: str) -> str:
    return " ".join(name.split()).casefold()


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
