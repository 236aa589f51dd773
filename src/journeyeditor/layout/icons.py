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
    "mail": [("poly", [(0.1, 0.3), (0.9, 0.3), (0.9, 0.8), (0.1, 0.8)], False), ("line", 0.1, 0.3, 0.9, 0.8)],
    "in-person": [("circle", 0.5, 0.28, 0.18, True), ("poly", [(0.18, 0.95), (0.25, 0.55), (0.75, 0.55),
                                                                 (0.82, 0.95)], True)],
}


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

LANE_ICON = {
    "actions": "action", "touchpoints": "touchpoint", "thoughts": "thought", "pain-points": "pain-point",
    "opportunities": "opportunity", "kpis": "kpi", "text": "note", "owners": "in-person", "channels": "web",
    "frontstage": "in-person", "backstage": "store", "support-processes": "kpi", "physical-evidence": "mail",
    "images": "mobile", "emotions": "moment",
}


def lane_icon_shapes(kind: str) -> list[Shape]:
    """The icon beside a lane's name, by the lane's kind."""
    name = LANE_ICON.get(kind, "note")
    return ICONS.get(name) or CHANNEL_ICONS.get(name) or []
