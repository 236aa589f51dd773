"""Sizes and colours of the map, in layout units (1 unit = 1 px at 100 % = 1 pt in the PDF)."""

from __future__ import annotations

from dataclasses import dataclass

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
#: names shown for lane kinds and channels (English source strings: shown through i18n.tr)
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
        return f"≈ {round(minutes * 60)} s"
    if minutes < 120:
        return f"≈ {minutes:g} min"
    return f"≈ {minutes / 60:.1f} h"


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
    items: list[tuple] = [("heading", 0.0, 0, "Card types")]
    x = 90.0
    for card_type, label in CARD_LABELS.items():
        items.append(("type", x, 0, card_type, label))
        x += 16 + len(label) * 6.5 + 14
    items.append(("heading", 0.0, 1, "Emotion scale"))
    x = 100.0
    for score in range(scale[0], scale[1] + 1):
        items.append(("face", x, 1, score))
        x += 60
    if kind == "service-blueprint":
        for letter, colour, label in (("F", "#D55E00", "Fail point"), ("W", "#E69F00", "Wait point")):
            items.append(("marker", x, 1, letter, colour, label))
            x += 100
    if derived:
        for status, label in STATUS_LABELS.items():
            items.append(("status", x, 1, status, label))
            x += 7.5 * len(label) + 16
        items.append(("heading-soft", x, 1, "against the source map"))
    items.append(("heading", 0.0, 2, "Moments"))
    x = 90.0
    for moment, label in MOMENT_LABELS.items():
        items.append(("moment", x, 2, moment, label))
        x += 16 + len(label) * 6.5 + 14
    return items


def mix(colour: str, other: str, amount: float) -> str:
    """`colour` moved `amount` (0..1) of the way to `other`, as #RRGGBB."""
    a = [int(colour[i:i + 2], 16) for i in (1, 3, 5)]
    b = [int(other[i:i + 2], 16) for i in (1, 3, 5)]
    return "#" + "".join(f"{round(x + (y - x) * amount):02X}" for x, y in zip(a, b))


def step_tab_colours(stage_colour: str) -> tuple[str, str]:
    """A step header's fill and outline: its stage's colour, lighter, with a darker edge."""
    return mix(stage_colour, "#FFFFFF", 0.45), mix(stage_colour, "#000000", 0.12)
