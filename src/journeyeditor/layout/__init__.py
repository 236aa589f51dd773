"""Pure geometry of a map, shared by the canvas and every exporter (what you see is what prints)."""

from .map_layout import (
    CardBox,
    ConnectorPath,
    EmotionCurve,
    LaneBox,
    LayoutEngine,
    MapLayout,
    Rect,
    StageBox,
    Style,
)

__all__ = ["CardBox", "ConnectorPath", "EmotionCurve", "LaneBox", "LayoutEngine", "MapLayout",
           "Rect", "StageBox", "Style"]
