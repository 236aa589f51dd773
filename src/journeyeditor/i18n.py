"""Every user-visible string goes through tr(), so the UI can be translated."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def tr(text: str, context: str = "JourneyEditor") -> str:
    return QCoreApplication.translate(context, text)
