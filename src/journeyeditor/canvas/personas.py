"""The persona sheet's cards and the emotion notes' captions on the canvas, drawn from the
layout's boxes (layout/persona_sheet.py, layout/emotion_notes.py) as the PDF draws them
(export/pdf_personas.py)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QImage, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem

from ..layout.emotion_notes import CAPTION_PAD_X, CAPTION_PAD_Y, CAPTION_SIZE
from ..layout.map_layout import MapLayout
from ..layout.persona_sheet import ACCENT, INITIAL_SIZE, SLANT, PersonaCardBox, SheetText
from ..layout.theme import current as theme
from ..ui.qtfonts import ui_font
from .paint import _accent_path, draw_lines, qcolor, qrect

CARD_RADIUS = 8.0
#: decoded photos by image hash (an image never changes under its hash); a few are kept
_PHOTOS: dict[str, QImage | None] = {}
#: those photos cut round, by the decoded image's cache key
_ROUND: dict[int, QImage] = {}


def photo_image(project, image_hash: str) -> QImage | None:
    """A project image, decoded once; None when there is none or it cannot be read."""
    if not image_hash:
        return None
    if image_hash not in _PHOTOS:
        if len(_PHOTOS) > 64:
            _PHOTOS.clear()
        image = project.images.get(image_hash)
        decoded = QImage.fromData(image.data) if image is not None else QImage()
        _PHOTOS[image_hash] = None if decoded.isNull() else decoded
    return _PHOTOS[image_hash]


def round_photo(photo: QImage) -> QImage:
    """The middle square of a photo cut to a circle (transparent outside), made once per photo.
    Cut, not clipped while painting: an SVG export (QSvgGenerator) drops clip paths."""
    key = photo.cacheKey()
    if key not in _ROUND:
        if len(_ROUND) > 64:
            _ROUND.clear()
        side = min(photo.width(), photo.height())
        source = photo.copy((photo.width() - side) // 2, (photo.height() - side) // 2, side, side)
        cut = QImage(side, side, QImage.Format.Format_ARGB32_Premultiplied)
        cut.fill(Qt.GlobalColor.transparent)
        painter = QPainter(cut)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        clip = QPainterPath()
        clip.addEllipse(QRectF(0, 0, side, side))
        painter.fillPath(clip, QBrush(source))
        painter.end()
        _ROUND[key] = cut
    return _ROUND[key]


def paint_sheet_text(painter: QPainter, text: SheetText) -> None:
    """A block's lines; a slanted one line by line, sheared about each line's middle (as the PDF)."""
    r = text.rect
    if not text.slant:
        draw_lines(painter, text.lines, r.x, r.y, r.w, text.size, text.bold,
                   theme().text(text.colour, theme().card_fill), text.rtl)
        return
    line_height = text.line_height
    for i, line in enumerate(text.lines):
        painter.save()
        painter.translate(0, r.y + (i + 0.5) * line_height)
        painter.shear(-SLANT, 0)  # y grows downwards: the top of a line leans right
        draw_lines(painter, [line], r.x, -line_height / 2, r.w, text.size, text.bold,
                   theme().text(text.colour, theme().card_fill), text.rtl)
        painter.restore()


def paint_persona_card(painter: QPainter, box: PersonaCardBox, photo: QImage | None) -> None:
    """A card of the persona sheet: shadow, white body, the persona's colour bar, the round
    photo (or the initial on the persona's colour) and the texts."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    r = qrect(box.rect)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(*theme().shadow))
    painter.drawRoundedRect(r.translated(0, 1.2), CARD_RADIUS, CARD_RADIUS)
    painter.setPen(QPen(qcolor(theme().card_outline), theme().card_outline_width))
    painter.setBrush(qcolor(theme().card_fill))
    painter.drawRoundedRect(r, CARD_RADIUS, CARD_RADIUS)
    painter.fillPath(_accent_path(r.x(), r.y(), r.width(), ACCENT, CARD_RADIUS), qcolor(theme().accent(box.colour)))
    circle = qrect(box.photo)
    if photo is not None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        painter.drawImage(circle, round_photo(photo))
        painter.restore()
        painter.setPen(QPen(qcolor(theme().accent(box.colour)), 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(circle)
    else:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(qcolor(box.colour))
        painter.drawEllipse(circle)
        painter.setFont(ui_font(INITIAL_SIZE, True))
        painter.setPen(qcolor(box.initial_colour))
        painter.drawText(circle, int(Qt.AlignmentFlag.AlignCenter), box.initial)
    for text in box.texts:
        paint_sheet_text(painter, text)


def paint_captions(painter: QPainter, layout: MapLayout) -> None:
    """Each note's caption: a white pill edged in its persona's colour, the note's lines in it."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    for curve in layout.curves:
        edge = QColor(theme().accent(curve.colour))
        edge.setAlphaF(0.6)
        for caption in curve.captions:
            r = qrect(caption.rect)
            painter.setPen(QPen(edge, 1))
            if caption.leader is not None:
                painter.drawLine(QPointF(*caption.leader[0]), QPointF(*caption.leader[1]))
            painter.setBrush(qcolor(theme().card_fill))
            painter.drawRoundedRect(r, 6, 6)
            draw_lines(painter, caption.lines, r.x() + CAPTION_PAD_X, r.y() + CAPTION_PAD_Y,
                       r.width() - 2 * CAPTION_PAD_X, CAPTION_SIZE, False, theme().ink, caption.rtl)


class PersonaCardItem(QGraphicsItem):
    """A persona's card on the sheet; its tooltip tells every field in full, a double-click
    opens the persona for editing."""

    def __init__(self, persona_id: str) -> None:
        super().__init__()
        self.persona_id = persona_id
        self.box: PersonaCardBox | None = None
        self.photo: QImage | None = None
        self.setZValue(2)

    def set_box(self, box: PersonaCardBox, photo: QImage | None) -> None:
        if box == self.box and photo is self.photo:
            return
        if self.box is None or box.rect != self.box.rect:
            self.prepareGeometryChange()
        self.box, self.photo = box, photo
        if box.tooltip != self.toolTip():
            self.setToolTip(box.tooltip)
        self.update()

    def boundingRect(self) -> QRectF:
        return qrect(self.box.rect).adjusted(-2, -2, 2, 4) if self.box else QRectF()

    def paint(self, painter: QPainter, option, widget=None) -> None:
        if self.box is not None:
            paint_persona_card(painter, self.box, self.photo)

    def mousePressEvent(self, event) -> None:
        event.setAccepted(event.button() == Qt.MouseButton.LeftButton)  # so the double-click comes here

    def mouseDoubleClickEvent(self, event) -> None:
        self.scene().persona_requested.emit(self.persona_id)
        event.accept()


class SheetTextItem(QGraphicsItem):
    """The sheet's heading."""

    def __init__(self) -> None:
        super().__init__()
        self.text: SheetText | None = None
        self.setZValue(2)

    def set_text(self, text: SheetText | None) -> None:
        if text != self.text:
            self.prepareGeometryChange()
            self.text = text
            self.update()

    def boundingRect(self) -> QRectF:
        return qrect(self.text.rect) if self.text else QRectF()

    def paint(self, painter: QPainter, option, widget=None) -> None:
        if self.text is not None:
            paint_sheet_text(painter, self.text)


class CaptionsItem(QGraphicsItem):
    """Every emotion note's caption, above the lines and faces (as in the PDF; a caption keeps
    clear of faces when it can); clicks pass through to the band and the faces."""

    def __init__(self) -> None:
        super().__init__()
        self.layout: MapLayout | None = None
        self._bounds = QRectF()
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setZValue(16)

    def set_layout(self, layout: MapLayout | None) -> None:
        rects = [qrect(c.rect) for curve in (layout.curves if layout else []) for c in curve.captions]
        bounds = QRectF()
        for rect in rects:
            bounds = bounds.united(rect.adjusted(-1, -1, 1, 1))
        if bounds != self._bounds:
            self.prepareGeometryChange()
            self._bounds = bounds
        self.layout = layout if rects else None
        self.update()

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(self, painter: QPainter, option, widget=None) -> None:
        if self.layout is not None:
            paint_captions(painter, self.layout)


class PersonaOverlay:
    """A scene's persona sheet and note captions, synced to each new layout. It keeps no
    reference to the scene (a cycle would leave the scene's end to the garbage collector)."""

    def __init__(self, scene) -> None:
        self.cards: dict[str, PersonaCardItem] = {}
        self.heading = SheetTextItem()
        self.captions = CaptionsItem()
        scene.addItem(self.heading)
        scene.addItem(self.captions)

    def sync(self, scene, layout: MapLayout | None, project) -> None:
        wanted = {box.persona_id: box for box in layout.persona_sheet} if layout is not None else {}
        for gone in set(self.cards) - set(wanted):
            scene.removeItem(self.cards.pop(gone))
        for persona_id, box in wanted.items():
            item = self.cards.get(persona_id)
            if item is None:
                item = self.cards[persona_id] = PersonaCardItem(persona_id)
                scene.addItem(item)
            item.set_box(box, photo_image(project, box.photo_hash))
        self.heading.set_text(layout.persona_sheet_heading if layout is not None else None)
        self.captions.set_layout(layout)
