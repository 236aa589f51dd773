"""Render the app icon (resources/icons/journeyeditor.svg) to the PNG sizes desktops use."""

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
app = QGuiApplication(sys.argv)
renderer = QSvgRenderer(str(ROOT / "resources/icons/journeyeditor.svg"))
for size in (16, 24, 32, 48, 64, 128, 256, 512):
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    target = ROOT / f"packaging/linux/icons/hicolor/{size}x{size}/apps/io.github.journeyeditor.JourneyEditor.png"
    target.parent.mkdir(parents=True, exist_ok=True)
    image.save(str(target))
    if size == 256:
        image.save(str(ROOT / "resources/icons/journeyeditor-256.png"))
print("icons written")
