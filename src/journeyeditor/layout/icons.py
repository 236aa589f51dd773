"""Card-type icons, lane-kind icons and emotion faces as plain vector shapes in a unit box,
so the canvas (QPainter) and the PDF (reportlab) draw exactly the same marks. No emoji fonts
are needed anywhere (visual brief)."""

from __future__ import annotations

import math

# a shape: ("poly", [(x, y), ...], filled) | ("circle", cx, cy, r, filled) | ("line", x0, y0, x1, y1)
Shape = tuple


def _star(cx: float, cy: float, r: float) -> list[tuple[float, float]]:
    points = []
    for i in range(10):
        radius = r if i % 2 == 0 else r * 0.45
        angle = -math.pi / 2 + i * math.pi / 5
        points.append((cx + radius * math.cos(angle), cy + radius * math.sin(angle)))
    return points


def _arc(cx: float, cy: float, r: float, start: float, end: float, steps: int = 10) -> list[tuple[float, float]]:
    """Points along a circle's arc, angles in degrees clockwise from 3 o'clock (y points down)."""
    return [(cx + r * math.cos(math.radians(start + (end - start) * i / steps)),
             cy + r * math.sin(math.radians(start + (end - start) * i / steps))) for i in range(steps + 1)]


def _eye() -> list[tuple[float, float]]:
    """An almond: the upper lid left to right, then the lower lid back."""
    upper = [(0.06 + 0.88 * i / 10, 0.5 - 0.3 * math.sin(math.pi * i / 10)) for i in range(11)]
    lower = [(0.06 + 0.88 * i / 10, 0.5 + 0.3 * math.sin(math.pi * i / 10)) for i in range(9, 0, -1)]
    return upper + lower


def _gear(teeth: int = 8, inner: float = 0.31, outer: float = 0.45) -> list[tuple[float, float]]:
    points = []
    for k in range(teeth):
        base = k * 360 / teeth
        for delta, r in ((-15, inner), (-8, outer), (8, outer), (15, inner)):
            angle = math.radians(base + delta)
            points.append((0.5 + r * math.cos(angle), 0.5 + r * math.sin(angle)))
    return points


def _gauge() -> list[Shape]:
    """A dial with its needle: the metrics lane (KPI cards keep the bar chart)."""
    arc = [(0.5 + 0.42 * math.cos(math.pi * (1 - k / 12)), 0.72 - 0.42 * math.sin(math.pi * (1 - k / 12)))
           for k in range(13)]
    return [("poly", arc, False), ("line", 0.08, 0.72, 0.92, 0.72), ("line", 0.5, 0.72, 0.72, 0.42),
            ("circle", 0.5, 0.72, 0.07, True)]


ICONS: dict[str, list[Shape]] = {
    "action": [("poly", [(0.3, 0.2), (0.8, 0.5), (0.3, 0.8)], True)],
    "touchpoint": [("circle", 0.5, 0.5, 0.35, False), ("circle", 0.5, 0.5, 0.14, True)],
    "thought": [("circle", 0.55, 0.4, 0.3, True), ("circle", 0.22, 0.78, 0.09, True),
                ("circle", 0.1, 0.95, 0.05, True)],
    "pain-point": [("poly", [(0.5, 0.08), (0.95, 0.9), (0.05, 0.9)], True)],
    "opportunity": [("poly", [(0.5, 0.1), (0.9, 0.55), (0.65, 0.55), (0.65, 0.9), (0.35, 0.9),
                              (0.35, 0.55), (0.1, 0.55)], True)],
    "idea": [("circle", 0.5, 0.4, 0.3, True), ("poly", [(0.36, 0.72), (0.64, 0.72), (0.6, 0.95),
                                                         (0.4, 0.95)], True)],
    "moment": [("poly", _star(0.5, 0.52, 0.46), True)],
    "kpi": [("poly", [(0.1, 0.9), (0.1, 0.55), (0.3, 0.55), (0.3, 0.9)], True),
            ("poly", [(0.4, 0.9), (0.4, 0.3), (0.6, 0.3), (0.6, 0.9)], True),
            ("poly", [(0.7, 0.9), (0.7, 0.1), (0.9, 0.1), (0.9, 0.9)], True)],
    "note": [("line", 0.15, 0.25, 0.85, 0.25), ("line", 0.15, 0.5, 0.85, 0.5), ("line", 0.15, 0.75, 0.6, 0.75)],
}

CHANNEL_ICONS: dict[str, list[Shape]] = {
    "web": [("circle", 0.5, 0.5, 0.4, False), ("line", 0.1, 0.5, 0.9, 0.5), ("line", 0.5, 0.1, 0.5, 0.9)],
    "mobile": [("poly", [(0.3, 0.05), (0.7, 0.05), (0.7, 0.95), (0.3, 0.95)], False),
               ("circle", 0.5, 0.82, 0.05, True)],
    "email": [("poly", [(0.08, 0.25), (0.92, 0.25), (0.92, 0.8), (0.08, 0.8)], False),
              ("line", 0.08, 0.25, 0.5, 0.58), ("line", 0.92, 0.25, 0.5, 0.58)],
    "phone": [("poly", [(0.25, 0.1), (0.45, 0.1), (0.45, 0.35), (0.35, 0.45), (0.55, 0.65), (0.65, 0.55),
                        (0.9, 0.55), (0.9, 0.75), (0.75, 0.9), (0.25, 0.4)], True)],
    "store": [("poly", [(0.1, 0.45), (0.9, 0.45), (0.9, 0.9), (0.1, 0.9)], False),
              ("poly", [(0.05, 0.45), (0.2, 0.15), (0.8, 0.15), (0.95, 0.45)], True)],
    "chat": [("poly", [(0.08, 0.15), (0.92, 0.15), (0.92, 0.7), (0.45, 0.7), (0.25, 0.9), (0.28, 0.7),
                       (0.08, 0.7)], False)],
    "social": [("circle", 0.25, 0.5, 0.12, True), ("circle", 0.75, 0.22, 0.12, True),
               ("circle", 0.75, 0.78, 0.12, True), ("line", 0.25, 0.5, 0.75, 0.22), ("line", 0.25, 0.5, 0.75, 0.78)],
    # postal mail: a letter with a stamp and an address (email is the envelope with its flap)
    "mail": [("poly", [(0.06, 0.22), (0.94, 0.22), (0.94, 0.8), (0.06, 0.8)], False),
             ("poly", [(0.66, 0.32), (0.84, 0.32), (0.84, 0.52), (0.66, 0.52)], True),
             ("line", 0.18, 0.56, 0.52, 0.56), ("line", 0.18, 0.68, 0.44, 0.68)],
    "in-person": [("circle", 0.5, 0.28, 0.18, True), ("poly", [(0.18, 0.95), (0.25, 0.55), (0.75, 0.55),
                                                                 (0.82, 0.95)], True)],
}


def _rays(count: int, inner: float, outer: float) -> list[Shape]:
    """Short lines around the centre, like light from a source."""
    return [("line", 0.5 + inner * math.cos(2 * math.pi * k / count), 0.5 + inner * math.sin(2 * math.pi * k / count),
             0.5 + outer * math.cos(2 * math.pi * k / count), 0.5 + outer * math.sin(2 * math.pi * k / count))
            for k in range(count)]


#: one icon per moment kind, told apart by shape (they share the moment colour); none looks like
#: a card-type icon, since the moment type's star and the idea's bulb stay beside them
MOMENT_ICONS: dict[str, list[Shape]] = {
    # a flash of insight: a light with rays
    "aha": [("circle", 0.5, 0.5, 0.17, True), *_rays(8, 0.3, 0.47)],
    # a quick moment: a lightning bolt
    "micro": [("poly", [(0.52, 0.03), (0.8, 0.03), (0.6, 0.4), (0.84, 0.4), (0.32, 0.97), (0.44, 0.55),
                        (0.18, 0.55)], True)],
    # the moment that decides: a flag planted
    "of-truth": [("line", 0.2, 0.06, 0.2, 0.96),
                 ("poly", [(0.2, 0.08), (0.88, 0.08), (0.68, 0.3), (0.88, 0.52), (0.2, 0.52)], True)],
}

#: a person, in the owner's chip (the in-person channel's figure is squarer, and never in a chip)
OWNER_ICON: list[Shape] = [("circle", 0.5, 0.3, 0.2, True), ("poly", _arc(0.5, 1.0, 0.4, 180, 360, 12), True)]


def face(score: float, lo: float, hi: float) -> list[Shape]:
    """A face for a score on the scale lo..hi: the mouth bends from a frown to a smile."""
    t = 0.0 if hi == lo else (score - lo) / (hi - lo) * 2 - 1  # -1 .. +1
    shapes: list[Shape] = [("circle", 0.35, 0.4, 0.07, True), ("circle", 0.65, 0.4, 0.07, True)]
    mouth = []
    for i in range(9):
        x = 0.28 + 0.44 * i / 8
        bend = 1 - ((x - 0.5) / 0.22) ** 2  # 0 at the corners, 1 in the middle
        mouth.append((x, 0.66 + 0.14 * t * bend))
    shapes.append(("polyline", mouth))
    return shapes


def face_colour(score: float, lo: float, hi: float) -> str:
    t = 0.5 if hi == lo else (score - lo) / (hi - lo)
    if t >= 0.75:
        return "#BFE8D2"
    if t >= 0.55:
        return "#DCF1E4"
    if t > 0.45:
        return "#F1F1EC"
    if t > 0.25:
        return "#FBE3D6"
    return "#F6C7B0"


#: one icon per lane kind, none shared with another kind or a channel; a lane made for one card
#: type wears that type's icon
LANE_ICONS: dict[str, list[Shape]] = {
    "actions": ICONS["action"], "touchpoints": ICONS["touchpoint"], "thoughts": ICONS["thought"],
    "pain-points": ICONS["pain-point"], "opportunities": ICONS["opportunity"], "kpis": ICONS["kpi"],
    "metrics": _gauge(),
    "text": ICONS["note"],
    # a smiling face
    "emotions": [("circle", 0.5, 0.5, 0.42, False), ("circle", 0.36, 0.4, 0.06, True),
                 ("circle", 0.64, 0.4, 0.06, True),
                 ("polyline", [(0.3 + 0.04 * i, 0.6 + 0.12 * (1 - ((0.04 * i - 0.2) / 0.2) ** 2)) for i in range(11)])],
    # a signal going out on several channels
    "channels": [("circle", 0.5, 0.8, 0.08, True), ("polyline", _arc(0.5, 0.8, 0.3, 215, 325, 8)),
                 ("polyline", _arc(0.5, 0.8, 0.55, 222, 318, 10))],
    # a photo: frame, hills and the sun
    "images": [("poly", [(0.06, 0.16), (0.94, 0.16), (0.94, 0.84), (0.06, 0.84)], False),
               ("poly", [(0.14, 0.76), (0.4, 0.44), (0.58, 0.64), (0.7, 0.52), (0.86, 0.76)], True),
               ("circle", 0.7, 0.33, 0.07, True)],
    # who owns it: a small organisation chart
    "owners": [("poly", [(0.34, 0.06), (0.66, 0.06), (0.66, 0.32), (0.34, 0.32)], True),
               ("line", 0.5, 0.32, 0.5, 0.5), ("line", 0.2, 0.5, 0.8, 0.5),
               ("line", 0.2, 0.5, 0.2, 0.66), ("line", 0.8, 0.5, 0.8, 0.66),
               ("poly", [(0.05, 0.66), (0.35, 0.66), (0.35, 0.92), (0.05, 0.92)], True),
               ("poly", [(0.65, 0.66), (0.95, 0.66), (0.95, 0.92), (0.65, 0.92)], True)],
    # what the customer sees, and what stays behind the line of visibility
    "frontstage": [("poly", _eye(), False), ("circle", 0.5, 0.5, 0.14, True)],
    "backstage": [("poly", _eye(), False), ("circle", 0.5, 0.5, 0.14, True), ("line", 0.14, 0.9, 0.86, 0.1)],
    # the systems and processes that support the staff
    "support-processes": [("poly", _gear(), False), ("circle", 0.5, 0.5, 0.13, False)],
    # a receipt: the tangible trace a customer takes away
    "physical-evidence": [("poly", [(0.2, 0.06), (0.8, 0.06), (0.8, 0.94), (0.7, 0.86), (0.6, 0.94), (0.5, 0.86),
                                    (0.4, 0.94), (0.3, 0.86), (0.2, 0.94)], False),
                          ("line", 0.32, 0.28, 0.68, 0.28), ("line", 0.32, 0.46, 0.68, 0.46),
                          ("line", 0.32, 0.64, 0.54, 0.64)],
}


def lane_icon_shapes(kind: str) -> list[Shape]:
    """The icon beside a lane's name, by the lane's kind."""
    return LANE_ICONS.get(kind) or ICONS["note"]


def _quote_mark(x: float) -> list[Shape]:
    """An opening quotation mark ("6"): a round dot with its tail rising to the right."""
    return [("circle", x + 0.16, 0.64, 0.16, True),
            ("poly", [(x + 0.01, 0.62), (x + 0.2, 0.16), (x + 0.34, 0.2), (x + 0.25, 0.56)], True)]


#: the evidence badges' glyphs: a table of figures (analytical), a quotation mark (anecdotal)
EVIDENCE_ICONS: dict[str, list[Shape]] = {
    "analytical": [("poly", [(0.1, 0.1), (0.9, 0.1), (0.9, 0.9), (0.1, 0.9)], False),
                   ("line", 0.5, 0.1, 0.5, 0.9), ("line", 0.1, 0.5, 0.9, 0.5)],
    "anecdotal": [*_quote_mark(0.08), *_quote_mark(0.52)],
}

#: each gap kind's icon, drawn in white on the kind's disc: a phone (device), a building
#: (department), two ways (channel), an ellipsis (other)
GAP_ICONS: dict[str, list[Shape]] = {
    "device": [("poly", [(0.28, 0.04), (0.72, 0.04), (0.72, 0.96), (0.28, 0.96)], False),
               ("circle", 0.5, 0.8, 0.07, True)],
    "department": [("poly", [(0.18, 0.06), (0.82, 0.06), (0.82, 0.96), (0.18, 0.96)], False),
                   ("circle", 0.38, 0.32, 0.07, True), ("circle", 0.62, 0.32, 0.07, True),
                   ("circle", 0.38, 0.6, 0.07, True), ("circle", 0.62, 0.6, 0.07, True)],
    "channel": [("line", 0.08, 0.3, 0.74, 0.3), ("poly", [(0.96, 0.3), (0.68, 0.1), (0.68, 0.5)], True),
                ("line", 0.26, 0.72, 0.92, 0.72), ("poly", [(0.04, 0.72), (0.32, 0.52), (0.32, 0.92)], True)],
    "other": [("circle", 0.16, 0.5, 0.11, True), ("circle", 0.5, 0.5, 0.11, True), ("circle", 0.84, 0.5, 0.11, True)],
}

#: the glyph at the start of an owner's chip or an evidence badge (layout/card_details.py GLYPH_KINDS)
CHIP_ICONS: dict[str, list[Shape]] = {"owner": OWNER_ICON, **EVIDENCE_ICONS}
