"""The project file: the only package that knows SQL."""

from .errors import (
    DamagedFileError,
    FileInUseError,
    NewerSchemaError,
    NotAProjectError,
    ProjectFileError,
    ReadOnlyError,
    WriteError,
)
from .store import ProjectStore

__all__ = [
    "DamagedFileError", "FileInUseError", "NewerSchemaError", "NotAProjectError",
    "ProjectFileError", "ProjectStore", "ReadOnlyError", "WriteError",
]
