"""Smooth curves through points, for the emotion lines (shared by canvas and PDF)."""

from __future__ import annotations

Point = tuple[float, float]


def catmull_rom_beziers(points: list[Point], tension: float = 1 / 6) -> list[tuple[Point, Point, Point]]:
    """Cubic Bézier segments (control 1, control 2, end) of a Catmull–Rom spline through points."""
    segments = []
    for i in range(len(points) - 1):
        p0 = points[i - 1] if i > 0 else points[i]
        p1, p2 = points[i], points[i + 1]
        p3 = points[i + 2] if i + 2 < len(points) else p2
        c1 = (p1[0] + (p2[0] - p0[0]) * tension, p1[1] + (p2[1] - p0[1]) * tension)
        c2 = (p2[0] - (p3[0] - p1[0]) * tension, p2[1] - (p3[1] - p1[1]) * tension)
        segments.append((c1, c2, p2))
    return segments
