"""Undoable edits. Each command holds just what it needs to do and undo one model operation;
a compound edit is a macro of these (QUndoStack.beginMacro) and undoes as one step."""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from ..model import Project, Removal, copy_entity

#: ids for QUndoCommand.mergeWith: repeated edits of one field merge into one undo step
_MERGE_FIELDS = 1


class AddCommand(QUndoCommand):
    def __init__(self, project: Project, entity, index: int | None = None, text: str = "") -> None:
        super().__init__(text)
        self.project = project
        self.entity = copy_entity(entity)
        self.index = index

    def redo(self) -> None:
        self.project.add(copy_entity(self.entity), self.index)

    def undo(self) -> None:
        self.project.remove(self.entity.id)


class AddImageCommand(QUndoCommand):
    """Stores an image in the project (kept once per hash); undo takes it out again if this
    command put it there."""

    def __init__(self, project: Project, image, text: str = "") -> None:
        super().__init__(text)
        self.project = project
        self.image = image
        self.added = False

    def redo(self) -> None:
        self.added = self.image.hash not in self.project.images
        if self.added:
            self.project.add(self.image)

    def undo(self) -> None:
        if self.added:
            self.project.remove_image(self.image.hash)


class DropImageCommand(QUndoCommand):
    """Takes an image out of the project; undo puts it back."""

    def __init__(self, project: Project, image_hash: str, text: str = "") -> None:
        super().__init__(text)
        self.project = project
        self.image_hash = image_hash
        self.image = None

    def redo(self) -> None:
        self.image = self.project.remove_image(self.image_hash)

    def undo(self) -> None:
        self.project.add(self.image)


class RemoveCommand(QUndoCommand):
    """Removes an entity with its dependents (a stage's cards, a card's connectors …)."""

    def __init__(self, project: Project, entity_id: str, text: str = "") -> None:
        super().__init__(text)
        self.project = project
        self.entity_id = entity_id
        self.removal: Removal | None = None

    def redo(self) -> None:
        self.removal = self.project.remove(self.entity_id)

    def undo(self) -> None:
        self.project.restore(self.removal)


class SetFieldsCommand(QUndoCommand):
    """Sets fields of one entity; consecutive edits of the same fields of it merge."""

    merge = False

    def __init__(self, project: Project, entity_id: str, values: dict, text: str = "") -> None:
        super().__init__(text)
        self.project = project
        self.entity_id = entity_id
        self.values = dict(values)
        entity = project.require(entity_id)
        self.old = {name: _copy(getattr(entity, name)) for name in values}

    def id(self) -> int:
        return _MERGE_FIELDS if self.merge else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if (
            isinstance(other, SetFieldsCommand)
            and type(other) is type(self)
            and other.entity_id == self.entity_id
            and set(other.values) == set(self.values)
        ):
            self.values = dict(other.values)
            return True
        return False

    def redo(self) -> None:
        self.project.update(self.entity_id, **self.values)

    def undo(self) -> None:
        self.project.update(self.entity_id, **self.old)


class ResizeCommand(SetFieldsCommand):
    """Width of a stage, height of a lane, span of a card."""


class RestyleCommand(SetFieldsCommand):
    """Colours, card type, visibility."""


class RetextCommand(SetFieldsCommand):
    """Names, titles, bodies, notes, labels."""


class SetTitleCommand(QUndoCommand):
    def __init__(self, project: Project, title: str) -> None:
        super().__init__("Rename project")
        self.project = project
        self.title = title
        self.old = project.title

    def redo(self) -> None:
        self.project.set_title(self.title)

    def undo(self) -> None:
        self.project.set_title(self.old)


class ReorderCommand(QUndoCommand):
    def __init__(self, project: Project, entity_id: str, new_index: int, text: str = "") -> None:
        super().__init__(text)
        self.project = project
        self.entity_id = entity_id
        self.new_index = new_index
        self.old_index = 0

    def redo(self) -> None:
        self.old_index = self.project.reorder(self.entity_id, self.new_index)

    def undo(self) -> None:
        self.project.reorder(self.entity_id, self.old_index)


class MoveCardCommand(QUndoCommand):
    def __init__(self, project: Project, card_id: str, column_id: str, lane_id: str, index: int,
                 text: str = "Move card") -> None:
        super().__init__(text)
        self.project = project
        self.card_id = card_id
        self.target = (column_id, lane_id, index)
        self.origin: tuple[str, str, int] | None = None

    def redo(self) -> None:
        self.origin = self.project.move_card(self.card_id, *self.target)

    def undo(self) -> None:
        self.project.move_card(self.card_id, *self.origin)


def _copy(value):
    return list(value) if isinstance(value, list) else value
