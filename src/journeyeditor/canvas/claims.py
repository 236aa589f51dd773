"""View ▸ Claims Without Evidence: every card but the claims nothing backs is dimmed, so those
stand out. A view of the canvas only: the model, the PDF and the PNG never see it."""

from __future__ import annotations

from ..model.evidence import claims_without_evidence

DIMMED = 0.2  # the other cards' opacity: still there to read the map by, plainly in the back


def show_claims_without_evidence(scene, shown: bool) -> int:
    """Dim (or, with `shown` False, undim) the scene's cards but its claims without evidence;
    returns how many claims stand out (0 when off)."""
    claims = set(claims_without_evidence(scene.project, scene.map_id)) if shown and scene.map_id else set()
    for card_id, item in scene.cards.items():
        opacity = DIMMED if shown and card_id not in claims else 1.0
        if item.opacity() != opacity:
            item.setOpacity(opacity)
    return len(claims)
