"""QPainter drawing of layout boxes. Used by the canvas items and the PNG export alike."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPolygonF, QTextOption

from ..i18n import tr
from ..layout.card_details import CHIP_COLOURS, CHIP_SIZE, MOMENT_INK, MOMENT_SIZE, CardDetails
from ..layout.icons import CHIP_ICONS, MOMENT_ICONS
from ..layout.map_layout import CardBox, Rect
from ..layout.style import INK, STATUS_COLOURS, STATUS_LABELS, Style, minutes_label, status_width
from ..layout.theme import current as theme
from ..ui.qtfonts import ui_font

STYLE = Style()
#: tags are left out further out than this: their 10 px text would be under 5 px, and the chips
#: would only clutter a map seen whole (the owner's chip stays, as the card's text does)
TAG_LOD = 0.5


@cache
def qcolor(value: str) -> QColor:
    """Colours parsed once per value (shared: callers must not change them)."""
    return QColor(value)


@cache
def _accent_path(x: float, y: float, width: float, height: float, radius: float) -> QPainterPath:
    """The card's top bar: its rounded body cut at the bar's height. Cached per card width, so
    painting a card sets no clip path (the slowest thing in it)."""
    body = QPainterPath()
    body.addRoundedRect(QRectF(x, y, width, height + 2 * radius), radius, radius)
    bar = QPainterPath()
    bar.addRect(QRectF(x, y, width, height))
    return body.intersected(bar)


def qrect(r: Rect) -> QRectF:
    return QRectF(r.x, r.y, r.w, r.h)


def draw_shapes(painter: QPainter, shapes, box: QRectF, colour: str, width: float = 1.4) -> None:
    """Draw icon shapes (layout/icons.py) scaled into `box`."""
    colour_q = qcolor(colour)
    pen = QPen(colour_q, width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)

    def point(x: float, y: float) -> QPointF:
        return QPointF(box.x() + x * box.width(), box.y() + y * box.height())

    for shape in shapes:
        kind = shape[0]
        if kind == "circle":
            _, cx, cy, r, filled = shape
            painter.setPen(Qt.PenStyle.NoPen if filled else pen)
            painter.setBrush(colour_q if filled else Qt.BrushStyle.NoBrush)
            painter.drawEllipse(point(cx, cy), r * box.width(), r * box.height())
        elif kind == "poly":
            _, points, filled = shape
            painter.setPen(pen if not filled else Qt.PenStyle.NoPen)
            painter.setBrush(colour_q if filled else Qt.BrushStyle.NoBrush)
            painter.drawPolygon(QPolygonF([point(x, y) for x, y in points]))
        elif kind == "polyline":
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPolyline(QPolygonF([point(x, y) for x, y in shape[1]]))
        elif kind == "line":
            _, x0, y0, x1, y1 = shape
            painter.setPen(pen)
            painter.drawLine(point(x0, y0), point(x1, y1))


def draw_lines(painter: QPainter, lines: list[str], x: float, y: float, width: float, size: float,
               bold: bool, colour: str, rtl: bool = False) -> float:
    """Draw lines broken by the layout, one per row; returns the y below the last one."""
    if not lines:
        return y
    painter.setFont(ui_font(size, bold))
    painter.setPen(qcolor(colour))
    line_height = STYLE.line_height(size)
    align = (Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft) | Qt.AlignmentFlag.AlignVCenter
    # absolute, left-to-right: a right-to-left UI (Persian) gives every widget painter its direction,
    # and would mirror the map's text; the map is the user's drawing, the same in any UI language
    option = QTextOption(align | Qt.AlignmentFlag.AlignAbsolute)
    option.setTextDirection(Qt.LayoutDirection.LeftToRight)
    option.setWrapMode(QTextOption.WrapMode.NoWrap)  # lines are already broken: Qt must not break them again
    for line in lines:
        painter.drawText(QRectF(x, y, width, line_height), line, option)
        y += line_height
    return y


def card_text_colour(accent: str) -> str:
    colour = QColor(accent)
    return INK if colour.lightnessF() > 0.62 else "#FFFFFF"


def paint_card(painter: QPainter, box: CardBox, local: QRectF, lod: float, selected: bool = False,
               hovered: bool = False, channel_icon=None, type_icon=None, markers: tuple = ()) -> None:
    """A card: soft shadow, white rounded body, coloured top bar, type icon, title and body."""
    accent = qcolor(theme().accent(box.accent))
    radius = 7.0
    if lod < 0.18:  # far out: a coloured block is all the eye can use, and it keeps huge maps smooth
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(accent.lighter(theme().far_card_lightness))
        painter.drawRect(local)
        return
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    red, green, blue, alpha = theme().shadow
    shadow = QColor(red, green, blue, min(255, round(alpha * (1.7 if hovered else 1))))  # hover lifts the card
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(shadow)
    painter.drawRoundedRect(local.translated(0, 2.0 if hovered else 1.2), radius, radius)
    # body and hairline in one call; the top bar then covers the line along the top edge
    painter.setPen(QPen(qcolor(theme().card_outline), theme().card_outline_width))
    painter.setBrush(qcolor(theme().card_fill))
    painter.drawRoundedRect(local, radius, radius)
    painter.fillPath(_accent_path(local.x(), local.y(), local.width(), STYLE.accent, radius), accent)
    if selected:
        painter.setPen(QPen(qcolor(theme().selection), 2.0))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(local.adjusted(-1, -1, 1, 1), radius + 1, radius + 1)
    if lod < 0.3:  # text would be unreadable: the accent and shape carry the card
        return
    pad = STYLE.card_pad
    icon_size = 12.0
    icon_colour = theme().accent(box.accent if QColor(box.accent).lightnessF() < 0.8 else "#8A7F00")
    if type_icon:
        draw_shapes(painter, type_icon, QRectF(local.right() - pad - icon_size,
                                               local.y() + STYLE.accent + 6, icon_size, icon_size), icon_colour)
    if channel_icon:
        draw_shapes(painter, channel_icon, QRectF(local.right() - pad - icon_size,
                                                  local.bottom() - pad - icon_size, icon_size, icon_size),
                    theme().ink_soft, 1.1)
    x = local.x() + pad
    width = local.width() - 2 * pad
    y = local.y() + STYLE.accent + pad - 2
    y = draw_lines(painter, box.title_lines, x, y, width - STYLE.icon_room, STYLE.title_size, True, theme().ink,
                   box.rtl)
    if box.body_lines:
        draw_lines(painter, box.body_lines, x, y + 4, width, STYLE.body_size, False, theme().ink_soft, box.body_rtl)
    if box.minutes > 0:
        draw_lines(painter, [minutes_label(box.minutes)], x, local.bottom() - pad - STYLE.line_height(STYLE.body_size),
                   width - 16, STYLE.body_size, True, theme().ink_soft)
    paint_card_details(painter, box.details, local, lod)
    if box.status in STATUS_LABELS:  # against the source map: NEW or CHANGED
        label = tr(STATUS_LABELS[box.status])
        pill = QRectF(local.right() - 4 - status_width(label), local.y() - 9, status_width(label), 16)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(qcolor(theme().accent(STATUS_COLOURS[box.status])))
        painter.drawRoundedRect(pill, 8, 8)
        painter.setFont(ui_font(9, True))
        painter.setPen(qcolor(theme().on_accent))
        painter.drawText(pill, int(Qt.AlignmentFlag.AlignCenter), label)
    for i, (letter, colour) in enumerate(markers):  # blueprint fail / wait badges
        centre = QPointF(local.x() + 2 + i * 20, local.y() - 2)
        painter.setPen(QPen(qcolor(theme().on_accent), 1.5))
        painter.setBrush(qcolor(theme().accent(colour)))
        painter.drawEllipse(centre, 8, 8)
        painter.setFont(ui_font(10, True))
        painter.setPen(qcolor(theme().on_accent))
        painter.drawText(QRectF(centre.x() - 8, centre.y() - 8, 16, 16), int(Qt.AlignmentFlag.AlignCenter), letter)


def paint_card_details(painter: QPainter, details: CardDetails, local: QRectF, lod: float) -> None:
    """A card's moment line and chips, where the layout put them (layout/card_details.py)."""
    x, y = local.x(), local.y()
    moment = details.moment
    if moment is not None:
        icon_x, icon_y, icon_size = moment.icon
        draw_shapes(painter, MOMENT_ICONS[moment.kind], QRectF(x + icon_x, y + icon_y, icon_size, icon_size),
                    theme().text(MOMENT_INK, theme().card_fill), 1.3)
        draw_lines(painter, [moment.label], x + moment.text_x, y + moment.y, moment.text_w, MOMENT_SIZE, True,
                   theme().text(MOMENT_INK, theme().card_fill), moment.rtl)
    for chip in details.chips:
        if chip.kind in ("tag", "more") and lod < TAG_LOD:  # the owner and progress read from afar
            continue
        fill, outline, ink = theme().chip(*CHIP_COLOURS[chip.kind])
        painter.setPen(QPen(qcolor(outline), 0.8) if outline else Qt.PenStyle.NoPen)
        painter.setBrush(qcolor(fill))
        painter.drawRoundedRect(QRectF(x + chip.x, y + chip.y, chip.w, chip.h), chip.h / 2, chip.h / 2)
        if chip.kind in CHIP_ICONS:
            glyph_x, glyph_y, glyph_size = chip.glyph
            draw_shapes(painter, CHIP_ICONS[chip.kind], QRectF(x + glyph_x, y + glyph_y, glyph_size, glyph_size),
                        theme().ink_soft if chip.kind == "owner" else ink, 1.2 if chip.kind == "analytical" else 1.4)
        draw_lines(painter, [chip.text], x + chip.text_x, y + chip.text_y, chip.text_w, CHIP_SIZE, chip.bold, ink,
                   chip.rtl)
