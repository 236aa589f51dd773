"""Sizes and colours of the map, in layout units (1 unit = 1 px at 100 % = 1 pt in the PDF)."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from ..catalogue import number, tr

#: Okabe–Ito based, colour-blind safe (visual brief); (accent, text on accent)
CARD_COLOURS = {
    "action": "#6B7280", "touchpoint": "#0072B2", "thought": "#CC79A7", "pain-point": "#D55E00",
    "opportunity": "#009E73", "idea": "#F0E442", "moment": "#E69F00", "kpi": "#56B4E9",
    "note": "#9CA3AF",
}
CARD_LABELS = {
    "action": "Action", "touchpoint": "Touchpoint", "thought": "Thought", "pain-point": "Pain point",
    "opportunity": "Opportunity", "idea": "Idea", "moment": "Moment", "kpi": "KPI", "note": "Note",
}
#: a card's moment kind, as its label line and the legend name it (any card type may carry one)
MOMENT_LABELS = {"aha": "Aha", "micro": "Micro-moment", "of-truth": "Moment of truth"}
#: names shown for card types, moments, lane kinds, channels and statuses: English source strings,
#: shown through tr() (packaging/update_translations.py lists these tables for the catalogue)
LANE_KIND_LABELS = {
    "actions": "Actions", "touchpoints": "Touchpoints", "thoughts": "Thoughts", "emotions": "Emotions",
    "pain-points": "Pain points", "opportunities": "Opportunities", "channels": "Channels", "text": "Text",
    "images": "Images", "kpis": "KPIs", "owners": "Owners", "physical-evidence": "Physical evidence",
    "frontstage": "Frontstage", "backstage": "Backstage", "support-processes": "Support processes",
    "metrics": "Metrics",
}
CHANNEL_LABELS = {
    "": "—", "web": "Web", "mobile": "Mobile app", "email": "Email", "phone": "Phone", "store": "Store",
    "chat": "Chat", "social": "Social media", "mail": "Postal mail", "in-person": "In person",
}
BACKGROUND = "#F6F6F3"
GRID_LINE = "#E2E2DC"
INK = "#1F2328"
INK_SOFT = "#59636E"


@dataclass(frozen=True)
class Style:
    margin: float = 24.0
    title_height: float = 72.0
    header_width: float = 176.0  # lane headers, left
    stage_header_height: float = 66.0  # the least: the band grows to the tallest stage name and goal
    gutter: float = 12.0  # inside a cell, around cards
    card_gap: float = 10.0
    card_pad: float = 10.0
    icon_room: float = 18.0  # the type icon's place at a card's top right, kept free of title text
    accent: float = 5.0  # the coloured bar at a card's top
    title_size: float = 13.0
    body_size: float = 11.0
    line_factor: float = 1.35
    title_lines: int = 3
    body_lines: int = 4
    min_card_height: float = 54.0
    emotion_pad: float = 26.0
    stage_name_size: float = 14.0
    stage_goal_size: float = 11.0
    step_header_height: float = 30.0  # the step band under the stage headers, when a map has steps
    step_name_size: float = 11.0
    lane_name_size: float = 13.0
    legend_height: float = 92.0

    def line_height(self, size: float) -> float:
        return round(size * self.line_factor, 2)


STATUS_COLOURS = {"new": "#009E73", "changed": "#E69F00"}
STATUS_LABELS = {"new": "NEW", "changed": "CHANGED"}


def minutes_label(minutes: float) -> str:
    """A blueprint step's time, short: "≈ 45 s", "≈ 15 min", "≈ 2.5 h"."""
    if minutes < 1:
        return tr("≈ {0} s").format(number(round(minutes * 60)))
    if minutes < 120:
        return tr("≈ {0} min").format(number(minutes))
    return tr("≈ {0} h").format(number(minutes / 60, 1))


def label_width(label: str, size: float = 11.0) -> float:
    """A short label's width at `size`, estimated, for spacing a row of them (the legend's): a wide
    (Chinese, Japanese) character takes a whole em, any other about 0.6 of one."""
    return sum(size if _wide(c) else size * 6.5 / 11 for c in label)


def _wide(character: str) -> bool:
    return unicodedata.east_asian_width(character) in "WF"


def score_text(score: int, scale_min: int) -> str:
    """A score as people read it on this scale: signed where the scale has negatives (-2 … +2),
    plain where it does not (1 … 5, 0 … 10)."""
    return (f"{score:+d}" if score else "0") if scale_min < 0 else str(score)


def legend_items(kind: str, derived: bool, scale: tuple[int, int]) -> list[tuple]:
    """The legend under a map, as placed items, for the canvas and the PDF alike:
    ("heading", x, row, text) | ("type", x, row, card type, label) | ("face", x, row, score)
    | ("marker", x, row, letter, colour, label) | ("status", x, row, status, label)
    | ("moment", x, row, moment kind, label).

    Every moment kind is listed, as every card type is: the key reads the same on every map
    and the legend keeps its size while moments come and go."""
    items: list[tuple] = [("heading", 0.0, 0, tr("Card types"))]
    x = max(90.0, label_width(items[-1][3]) + 14)  # each row starts after its heading
    for card_type, label in CARD_LABELS.items():
        label = tr(label)
        items.append(("type", x, 0, card_type, label))
        x += 16 + label_width(label) + 14
    items.append(("heading", 0.0, 1, tr("Emotion scale")))
    x = max(100.0, label_width(items[-1][3]) + 14)
    for score in range(scale[0], scale[1] + 1):
        items.append(("face", x, 1, score))
        x += 60
    if kind == "service-blueprint":
        for letter, colour, label in (("F", "#D55E00", tr("Fail point")), ("W", "#E69F00", tr("Wait point"))):
            items.append(("marker", x, 1, letter, colour, label))
            x += max(100.0, 22 + label_width(label) + 8)
    if derived:
        for status, label in STATUS_LABELS.items():
            label = tr(label)
            items.append(("status", x, 1, status, label))
            x += status_width(label) + 8
        items.append(("heading-soft", x, 1, tr("against the source map")))
    items.append(("heading", 0.0, 2, tr("Moments")))
    x = max(90.0, label_width(items[-1][3]) + 14)
    for moment, label in MOMENT_LABELS.items():
        label = tr(label)
        items.append(("moment", x, 2, moment, label))
        x += 16 + label_width(label) + 14
    return items


def status_width(label: str) -> float:
    """The width of a NEW / CHANGED pill (9-unit bold capitals) on a card and in the legend."""
    return sum(9.5 if _wide(c) else 7.5 for c in label) + 8


def mix(colour: str, other: str, amount: float) -> str:
    """`colour` moved `amount` (0..1) of the way to `other`, as #RRGGBB."""
    a = [int(colour[i:i + 2], 16) for i in (1, 3, 5)]
    b = [int(other[i:i + 2], 16) for i in (1, 3, 5)]
    return "#" + "".join(f"{round(x + (y - x) * amount):02X}" for x, y in zip(a, b))


def step_tab_colours(stage_colour: str) -> tuple[str, str]:
    """A step header's fill and outline: its stage's colour, lighter, with a darker edge."""
    return mix(stage_colour, "#FFFFFF", 0.45), mix(stage_colour, "#000000", 0.12)
