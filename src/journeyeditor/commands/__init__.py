"""One QUndoCommand per kind of edit. redo/undo call model operations only."""

from .commands import (
    AddCommand,
    AddImageCommand,
    DropImageCommand,
    MoveCardCommand,
    RemoveCommand,
    ReorderCommand,
    ResizeCommand,
    RestyleCommand,
    RetextCommand,
    SetFieldsCommand,
    SetTitleCommand,
)

__all__ = [
    "AddCommand", "AddImageCommand", "DropImageCommand", "MoveCardCommand", "RemoveCommand", "ReorderCommand", "ResizeCommand",
    "RestyleCommand", "RetextCommand", "SetFieldsCommand", "SetTitleCommand",
]
