"""SVG export: the map drawn by the canvas's own painting code (as the PNG is) into Qt's
QSvgGenerator. Text stays text: the canvas draws it with QPainter.drawText, which the generator
writes as <text> elements naming the bundled fonts' families, so the SVG can be searched, copied
from and edited, and a viewer with those fonts draws it as the canvas does."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize
from PySide6.QtGui import QPainter
from PySide6.QtSvg import QSvgGenerator

from ..i18n import tr
from ..layout.theme import LIGHT, Theme, painting_in
from .png import map_scene

#: a layout unit is a point (1/72 in) of the poster: the SVG's size is the PDF's
DOTS_PER_INCH = 72
#: the generator opens a group for every change of painter state, many of which draw nothing
_EMPTY_GROUP = re.compile(rb"<g [^>]*>\s*</g>\s*")


def render_map_svg(project, map_, engine=None, theme: Theme = LIGHT) -> bytes:
    """The map as SVG bytes; `engine` (a LayoutEngine) says what it shows besides the grid, as for
    the PNG. Light (as paper) whatever the window's theme, unless a `theme` is asked for."""
    with painting_in(theme):
        scene = map_scene(project, map_, engine)
        rect = scene.sceneRect()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        generator = QSvgGenerator()
        generator.setOutputDevice(buffer)
        generator.setResolution(DOTS_PER_INCH)
        generator.setSize(QSize(max(1, round(rect.width())), max(1, round(rect.height()))))
        generator.setViewBox(QRectF(0, 0, rect.width(), rect.height()))
        generator.setTitle(map_.name)
        generator.setDescription(tr("A journey map made with Journey Editor"))
        painter = QPainter(generator)
        painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        scene.render(painter, QRectF(0, 0, rect.width(), rect.height()), rect)
        painter.end()
        buffer.close()
        scene.editor.undo_stack.clear()
    return _EMPTY_GROUP.sub(b"", data.data())


def export_svg(project, map_, path: str | Path, engine=None, theme: Theme = LIGHT) -> Path:
    path = Path(path)
    # made in memory, then written by Python: a full disk is an OSError that says why
    path.write_bytes(render_map_svg(project, map_, engine, theme))
    return path
