"""Drew resources/sample/*.png once: illustrated portraits for the sample project's personas
(no real photos ship with the app). Kept to show how; re-run only to change the drawings."""

import sys

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPainterPath

PEOPLE = {  # file: (background, skin, hair, shirt, long hair)
    "li-na": ("#D6E9F8", "#F1C9A5", "#1F1A17", "#0072B2", True),
    "dmitry": ("#FBE3D3", "#EBC2A0", "#8A5A2B", "#D55E00", False),
    "sara": ("#D8F0E6", "#D9A67E", "#2B1B12", "#009E73", True),
}


def portrait(background, skin, hair, shirt, long_hair, size=160) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(QColor(background))
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(Qt.PenStyle.NoPen)
    s = size / 160
    if long_hair:  # hair falling behind the shoulders
        p.setBrush(QColor(hair))
        p.drawRoundedRect(QRectF(44 * s, 40 * s, 72 * s, 86 * s), 30 * s, 30 * s)
    p.setBrush(QColor(shirt))  # shoulders
    body = QPainterPath()
    body.addRoundedRect(QRectF(22 * s, 118 * s, 116 * s, 80 * s), 48 * s, 48 * s)
    p.drawPath(body)
    p.setBrush(QColor(skin))  # neck and face
    p.drawRect(QRectF(69 * s, 98 * s, 22 * s, 24 * s))
    p.drawEllipse(QPointF(80 * s, 74 * s), 29 * s, 34 * s)
    p.setBrush(QColor(hair))  # fringe
    fringe = QPainterPath()
    fringe.moveTo(50 * s, 70 * s)
    fringe.cubicTo(48 * s, 30 * s, 112 * s, 30 * s, 110 * s, 70 * s)
    fringe.cubicTo(98 * s, 52 * s, 70 * s, 50 * s, 50 * s, 70 * s)
    p.drawPath(fringe)
    p.setBrush(QColor("#2B2B2B"))  # eyes
    p.drawEllipse(QPointF(69 * s, 78 * s), 3 * s, 3.5 * s)
    p.drawEllipse(QPointF(91 * s, 78 * s), 3 * s, 3.5 * s)
    p.setPen(QColor("#9A5B4A"))  # smile
    p.drawArc(QRectF(70 * s, 84 * s, 20 * s, 12 * s), -20 * 16, -140 * 16)
    p.end()
    return image


if __name__ == "__main__":
    app = QGuiApplication(sys.argv)
    for name, look in PEOPLE.items():
        portrait(*look).save(f"resources/sample/{name}.png")
