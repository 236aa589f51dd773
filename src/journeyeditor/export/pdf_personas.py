"""The persona sheet and the emotion notes' captions in the PDF, drawn from the layout's boxes
as the canvas draws them (canvas/personas.py), with the pdf module's text and colours."""

from __future__ import annotations

import io

from reportlab.lib.utils import ImageReader

from ..layout.emotion_notes import CAPTION_PAD_X, CAPTION_PAD_Y, CAPTION_SIZE
from ..layout.persona_sheet import ACCENT, INITIAL_SIZE, SLANT, PersonaCardBox, SheetText
from ..layout.style import INK
from .pdf import _colour, _hidden_start, _rgba, _text
from .pdftext import draw_text, shaped_line

CARD_RADIUS = 8.0


def draw_persona_sheet(canvas, poster) -> None:
    """The sheet's heading and cards."""
    layout = poster.layout
    if layout.persona_sheet_heading is not None:
        _sheet_text(canvas, layout.persona_sheet_heading)
    for box in layout.persona_sheet:
        _card(canvas, box, _photo(poster.project, box.photo_hash))


def draw_emotion_captions(canvas, layout) -> None:
    """Each note's caption: a white pill edged in its persona's colour (mixed with white: the
    PDF carries no transparency), the note's lines in it."""
    for curve in layout.curves:
        for caption in curve.captions:
            r = caption.rect
            canvas.setFillColor(_colour("#FFFFFF"))
            canvas.setStrokeColor(_rgba(curve.colour, 0.6))
            canvas.setLineWidth(1)
            if caption.leader is not None:
                canvas.line(*caption.leader[0], *caption.leader[1])
            canvas.roundRect(r.x, r.y, r.w, r.h, 6, stroke=1, fill=1)
            _text(canvas, caption.lines, r.x + CAPTION_PAD_X, r.y + CAPTION_PAD_Y, r.w - 2 * CAPTION_PAD_X,
                  CAPTION_SIZE, False, INK, caption.rtl)
            if caption.note:  # cut: the whole note still reads, searches and copies
                _hidden_start(canvas, caption.note, r.x + CAPTION_PAD_X, r.bottom - 1, r.w - 2 * CAPTION_PAD_X)


def _photo(project, image_hash: str) -> ImageReader | None:
    """The image for a hash (reportlab embeds equal images once); None when the data is not an
    image reportlab can read."""
    image = project.images.get(image_hash) if image_hash else None
    if image is None:
        return None
    try:
        reader = ImageReader(io.BytesIO(image.data))
        reader.getSize()
    except Exception:  # noqa: BLE001 - a damaged image shows the initial, never stops the export
        return None
    return reader


def _card(canvas, box: PersonaCardBox, photo: ImageReader | None) -> None:
    r = box.rect
    canvas.setFillColor(_rgba("#141E28", 0.08, "#F2F2EF"))
    canvas.roundRect(r.x, r.y + 1.2, r.w, r.h, CARD_RADIUS, stroke=0, fill=1)
    canvas.setFillColor(_colour("#FFFFFF"))
    canvas.setStrokeColor(_rgba("#000000", 0.11))
    canvas.setLineWidth(0.8)
    canvas.roundRect(r.x, r.y, r.w, r.h, CARD_RADIUS, stroke=1, fill=1)
    canvas.saveState()
    path = canvas.beginPath()
    path.roundRect(r.x, r.y, r.w, r.h, CARD_RADIUS)
    canvas.clipPath(path, stroke=0, fill=0)
    canvas.setFillColor(_colour(box.colour))
    canvas.rect(r.x, r.y, r.w, ACCENT, stroke=0, fill=1)
    canvas.restoreState()
    p = box.photo
    cx, cy, radius = p.x + p.w / 2, p.y + p.h / 2, p.w / 2
    if photo is not None:
        canvas.saveState()
        path = canvas.beginPath()
        path.circle(cx, cy, radius)
        canvas.clipPath(path, stroke=0, fill=0)
        width, height = photo.getSize()
        scale = p.w / max(1, min(width, height))  # the middle square fills the circle
        w, h = width * scale, height * scale
        # drawn upright inside the flipped page: its bottom edge is at the larger y
        canvas.translate(cx - w / 2, cy + h / 2)
        canvas.scale(1, -1)
        canvas.drawImage(photo, 0, 0, w, h, mask="auto")
        canvas.restoreState()
        canvas.setStrokeColor(_colour(box.colour))
        canvas.setLineWidth(2)
        canvas.circle(cx, cy, radius, stroke=1, fill=0)
    else:
        canvas.setFillColor(_colour(box.colour))
        canvas.circle(cx, cy, radius, stroke=0, fill=1)
        width = shaped_line(box.initial, INITIAL_SIZE, True).width
        canvas.saveState()
        canvas.translate(0, cy + INITIAL_SIZE * 0.36)
        canvas.scale(1, -1)
        draw_text(canvas, box.initial, cx - width / 2, 0, width, INITIAL_SIZE, True, _colour(box.initial_colour))
        canvas.restoreState()
    for text in box.texts:
        _sheet_text(canvas, text)


def _sheet_text(canvas, text: SheetText) -> None:
    """A block's lines (a slanted one sheared about each line's middle, as on the canvas);
    the whole text as hidden text when the lines leave part of it out."""
    r = text.rect
    if text.slant:
        line_height = text.line_height
        for i, line in enumerate(text.lines):
            baseline = r.y + (i + 0.5) * line_height + text.size * 0.36
            canvas.saveState()
            canvas.translate(0, baseline)
            canvas.scale(1, -1)
            # y grows upwards here: lean right above the line's middle, size * 0.36 over the baseline
            canvas.transform(1, 0, SLANT, 1, -SLANT * text.size * 0.36, 0)
            draw_text(canvas, line, r.x, 0, r.w, text.size, text.bold, _colour(text.colour), text.rtl)
            canvas.restoreState()
    else:
        _text(canvas, text.lines, r.x, r.y, r.w, text.size, text.bold, text.colour, text.rtl)
    if text.full:
        _hidden_start(canvas, text.full, r.x, r.bottom - 1, r.w)
