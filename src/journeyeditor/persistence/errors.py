"""Typed errors for project files; the UI and CLI turn them into one clear line."""

from __future__ import annotations


class ProjectFileError(Exception):
    """A project file can't be opened or written. str() is the message for the user."""


class NotAProjectError(ProjectFileError):
    pass


class DamagedFileError(ProjectFileError):
    pass


class NewerSchemaError(ProjectFileError):
    pass


class FileInUseError(ProjectFileError):
    """Another Journey Editor (window or process) is editing the file; it may be opened read-only."""


class ReadOnlyError(ProjectFileError):
    """An edit was attempted on a project opened read-only."""


class WriteError(ProjectFileError):
    """A change could not be written (disk full, file gone…); the store keeps it for a retry."""
