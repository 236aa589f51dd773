"""The projector theme: how big text and lines must be on a projected screen, how much the
stages out of the spotlight fade, and the colours around the map (visual.md, "Projector theme").

The map keeps its own layout in presentation mode (what the room sees is the editor's map, with
the editor's text wraps); legibility comes from the zoom, which is never below the one at which
card titles, body text and hairlines reach these sizes."""

from __future__ import annotations

from dataclasses import dataclass

from ..layout.style import Style

#: the width of the grid's hairlines, in layout units (canvas/items.py draws them 1 unit wide)
HAIRLINE = 1.0


@dataclass(frozen=True)
class ProjectorTheme:
    title_px: float = 24.0  # card titles, on a screen 1080 px high
    body_px: float = 18.0
    hairline_px: float = 2.0
    reference_height: float = 1080.0
    dimmed_opacity: float = 0.35  # how much of a stage out of the spotlight still shows
    #: a stage small enough to fit whole is zoomed at most this much past the least legible zoom
    most_over_least: float = 1.4
    backdrop: str = "#1B1F24"  # around the map, when the view shows past its edges
    page_pad: float = 10.0  # layout units kept free above the stage headers and around a fitted stage

    def least_scale(self, style: Style, viewport_height: float) -> float:
        """The zoom (screen px per layout unit) at which card titles, body text and hairlines on
        a screen `viewport_height` px high are as big, for the room, as the theme's sizes on a
        1080p screen."""
        screen = viewport_height / self.reference_height
        return screen * max(self.title_px / style.title_size, self.body_px / style.body_size,
                            self.hairline_px / HAIRLINE)

    def title_px_at(self, style: Style, scale: float, viewport_height: float) -> float:
        """How high card titles are at `scale`, in px of a 1080p screen."""
        return style.title_size * scale * self.reference_height / viewport_height


PROJECTOR = ProjectorTheme()
