"""PNG export: the map drawn by the canvas's own painting code, offscreen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QImage, QPainter

from ..i18n import tr
from ..layout.theme import LIGHT, Theme, painting_in

MAX_PIXELS = 400_000_000  # ~1.6 GB of RGBA: past that, say so instead of failing in the middle


def ensure_gui_app():
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    app = QGuiApplication.instance()
    if app is None:
        import os

        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QApplication([])
    return app


def render_map_image(project, map_, scale: float = 1.0, engine=None, theme: Theme = LIGHT) -> QImage:
    """The map as the canvas paints it; `engine` (a LayoutEngine) says what it shows besides
    the grid (the persona sheet, the emotion notes): by default, everything. Exports are light
    (as paper) whatever the window's theme, unless a `theme` is asked for."""
    with painting_in(theme):
        return _render(project, map_, scale, engine)


def map_scene(project, map_, engine=None):
    """A scene of the map as the canvas paints it, nothing selected, for an export to paint from
    (PNG here, SVG in svg.py). Call scene.editor.undo_stack.clear() when done."""
    ensure_gui_app()
    from ..canvas.scene import MapScene
    from ..editor import Editor

    scene = MapScene(Editor(project), engine, cache_cards=False)
    scene.set_map(map_.id)
    for item in scene.selectedItems():
        item.setSelected(False)
    return scene


def _render(project, map_, scale: float, engine) -> QImage:
    scene = map_scene(project, map_, engine)
    rect = scene.sceneRect()
    width, height = max(1, round(rect.width() * scale)), max(1, round(rect.height() * scale))
    if width * height > MAX_PIXELS:
        raise ValueError(tr("The image would be {0} x {1} pixels; choose a smaller --scale").format(width, height))
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    image.setDotsPerMeterX(round(3780 * scale))
    image.setDotsPerMeterY(round(3780 * scale))
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    # a clip the size of the image changes nothing drawn (antialiased edges at most one level
    # apart), but Qt's raster engine then fills antialiased shapes (each card's rounded rects)
    # 4-7x faster, and without it their cost grows with the image's height
    painter.setClipRect(QRectF(0, 0, width, height))
    scene.render(painter, QRectF(0, 0, width, height), rect)
    painter.end()
    scene.editor.undo_stack.clear()
    return image


def export_png(project, map_, path: str | Path, scale: float = 1.0, engine=None, theme: Theme = LIGHT) -> Path:
    if not 0.05 <= scale <= 8:
        raise ValueError(tr("--scale must be between 0.05 and 8"))
    image = render_map_image(project, map_, scale, engine, theme)
    path = Path(path)
    # encoded in memory, then written by Python: a full disk is an OSError that says why (Qt's
    # writer would only return False, after libpng printed to stderr)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise ValueError(tr("the image could not be encoded as PNG"))
    buffer.close()
    path.write_bytes(data.data())
    return path
