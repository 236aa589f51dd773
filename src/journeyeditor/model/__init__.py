"""The document model: plain Python, no Qt, no SQL."""

from .entities import (
    ENTITY_TYPES,
    Card,
    CardType,
    Channel,
    Comment,
    Connector,
    EmotionPoint,
    Evidence,
    EvidenceKind,
    Gap,
    GapKind,
    Image,
    Lane,
    LaneKind,
    Map,
    MapKind,
    Metric,
    MetricKind,
    Moment,
    OpportunityStatus,
    Persona,
    Stage,
    Step,
    Vote,
    VotingRound,
    copy_entity,
    field_names,
    first_step_id,
    new_id,
    type_name,
)
from .project import ADDED, CHANGED, REMOVED, Change, MapContents, ModelError, Project, Removal

__all__ = [
    "Comment", "Vote", "VotingRound",
    "ADDED", "CHANGED", "ENTITY_TYPES", "REMOVED", "Card", "CardType", "Change", "Channel",
    "Connector", "EmotionPoint", "Evidence", "EvidenceKind", "Gap", "GapKind", "Image", "Lane",
    "LaneKind", "Map", "MapContents", "MapKind", "Metric", "MetricKind", "OpportunityStatus",
    "ModelError", "Moment", "Persona", "Project", "Removal", "Stage", "Step", "copy_entity",
    "first_step_id", "field_names", "new_id", "type_name",
]
