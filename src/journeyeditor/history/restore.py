"""Restore from a snapshot through the editor, so each restore is one undoable step: the whole
project (after keeping the present state as a snapshot), or one map copied in beside the others."""

from __future__ import annotations

from ..editor import Editor
from ..i18n import tr
from ..model import Project
from ..persistence import ProjectStore
from . import snapshots


def entities_in_order(project: Project) -> list:
    """Every entity of a project but its images, in an order each can be added in: what it refers to first, cards
    in cell order (so their indexes hold), a comment thread's first comment before its replies."""
    entities: list = [*project.personas, *project.maps]
    for map_ in project.maps:
        contents = project.contents(map_.id)
        entities += contents.stages
        entities += [step for stage in contents.stages for step in contents.steps_of(stage.id)]
        entities += contents.lanes
        entities += [card for cell in contents.cells.values() for card in cell]
        entities += [*contents.emotion_points.values(), *contents.connectors.values(), *contents.metrics.values(),
                     *contents.gaps.values(), *contents.evidence.values(), *contents.rounds.values(),
                     *contents.votes.values()]
        entities += sorted(contents.comments.values(), key=lambda comment: bool(comment.parent_id))
    return entities


def restore_project(editor: Editor, store: ProjectStore, snapshot_id: str) -> snapshots.Snapshot:
    """The whole project as the snapshot holds it, as one undo step. The state it replaces is
    kept first as a named snapshot (returned), so even a restore undone long after is not lost."""
    chosen = next(s for s in snapshots.list_snapshots(store) if s.id == snapshot_id)
    earlier = snapshots.load(store, snapshot_id)
    kept = snapshots.take(store, tr("Before restoring {0}").format(chosen.label))
    project = editor.project
    for image in earlier.images.values():
        # outside the undo step: images are kept by hash, and one nothing shows costs nothing
        project.add(image)
    with editor.macro(tr("Restore {0}").format(chosen.label)):
        editor.remove([m.id for m in project.maps] + [p.id for p in project.personas])
        for entity in entities_in_order(earlier):
            editor.add(entity)
        editor.set_title(earlier.title)
    return kept


def copy_map(editor: Editor, store: ProjectStore, snapshot_id: str, map_id: str) -> str:
    """A map of a snapshot added as a new map "<name> (<snapshot>)", as one undo step."""
    chosen = next(s for s in snapshots.list_snapshots(store) if s.id == snapshot_id)
    earlier = snapshots.load(store, snapshot_id)
    name = f"{earlier.require(map_id).name} ({chosen.label})"
    return editor.add_map_copy(earlier, map_id, name, text=tr("Copy map from {0}").format(chosen.label))
