"""The persona sheet: one card per persona a map shows, in a band under the legend. Computed
once here, drawn by the canvas (canvas/personas.py) and the PDF (export/pdf_personas.py).

A card: a coloured top bar, the photo (or the name's initial on the persona's colour) beside
the name and role, the quote, then goals, expectations and scenario, each under a small label.
Every text is broken into a few lines and cut with "…"; a card's texts follow their own
direction (a Persian role is set right to left), and a right-to-left name puts the photo on
the right. The cards of a row share its tallest card's height, so the band reads as a grid.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..catalogue import tr
from ..model import Persona, Project
from ..text.bidi import paragraph_is_rtl
from ..text.runs import split_runs
from .map_layout import Rect, _cut
from .style import INK, INK_SOFT

CARD_MIN_WIDTH = 300.0
CARD_MAX_WIDTH = 420.0
CARD_GAP = 20.0
CARD_PAD = 16.0
ACCENT = 5.0  # the top bar in the persona's colour, as cards have one in their type's colour
PHOTO = 64.0
INITIAL_SIZE = 26.0  # the initial in place of a photo
HEADING_SIZE = 13.0
NAME_SIZE = 16.0
ROLE_SIZE = 11.5
QUOTE_SIZE = 12.0
LABEL_SIZE = 9.5
BODY_SIZE = 11.0
#: a shear for the quote's italic: no italic face is bundled, so the upright one is slanted
#: (Latin, Greek and Cyrillic only: other scripts have no italic convention)
SLANT = 0.2
#: (persona field, its label: an English source string, as the legend's headings are, and
#: the lines it may take)
SECTIONS = (("goals", "Goals", 4), ("expectations", "Expectations", 3), ("scenario", "Scenario", 4))
#: a tooltip shows this much of each field: Qt lays a tooltip out whole, and no one reads more there
TOOLTIP_MAX = 1000


@dataclass
class SheetText:
    """A block of text on a persona card: its lines as broken, and how they are drawn."""

    lines: list[str]
    rect: Rect  # the block; its lines fill it from the top
    size: float
    bold: bool = False
    colour: str = INK
    rtl: bool = False  # aligned right
    slant: bool = False  # italic (a sheared upright face)
    full: str = ""  # the whole text, when the lines leave part of it out

    @property
    def line_height(self) -> float:
        return self.rect.h / max(1, len(self.lines))


@dataclass
class PersonaCardBox:
    persona_id: str
    rect: Rect
    colour: str  # the persona's line colour: the top bar, the photo's ring, the initial's disc
    photo: Rect  # the round photo's square
    photo_hash: str  # an image of the project; "" draws the initial instead
    initial: str
    initial_colour: str  # the initial's colour on the persona's
    texts: list[SheetText] = field(default_factory=list)
    tooltip: str = ""  # every field, in full up to TOOLTIP_MAX


@dataclass
class PersonaSheet:
    heading: SheetText
    cards: list[PersonaCardBox]
    bottom: float


def place_persona_sheet(engine, project: Project, personas: list[Persona], top: float, left: float,
                        width: float) -> PersonaSheet | None:
    """The sheet's heading and cards from `top`, in rows across `width` from `left`; None when
    no persona is shown."""
    if not personas:
        return None
    style = engine.style
    heading = SheetText([tr("Personas")], Rect(left, top, width, style.line_height(HEADING_SIZE)), HEADING_SIZE,
                        True)
    columns = max(1, min(len(personas), int((width + CARD_GAP) // (CARD_MIN_WIDTH + CARD_GAP))))
    card_width = min(CARD_MAX_WIDTH, (width - CARD_GAP * (columns - 1)) / columns)
    card_width = max(card_width, min(CARD_MIN_WIDTH, width))
    cards: list[PersonaCardBox] = []
    y = heading.rect.bottom + 10
    for start in range(0, len(personas), columns):
        row = [_card(engine, project, persona, left + i * (card_width + CARD_GAP), y, card_width)
               for i, persona in enumerate(personas[start:start + columns])]
        height = max(card.rect.h for card in row)
        for card in row:  # one height per row
            card.rect = Rect(card.rect.x, card.rect.y, card.rect.w, height)
        cards += row
        y += height + CARD_GAP
    return PersonaSheet(heading, cards, y - CARD_GAP)


def _card(engine, project: Project, persona: Persona, x: float, y: float, width: float) -> PersonaCardBox:
    style = engine.style
    inner = width - 2 * CARD_PAD
    name_rtl = paragraph_is_rtl(persona.name)
    # the photo sits at the reading start: left, or right for a right-to-left name
    photo_x = x + width - CARD_PAD - PHOTO if name_rtl else x + CARD_PAD
    photo = Rect(photo_x, y + ACCENT + CARD_PAD, PHOTO, PHOTO)
    beside_x = x + CARD_PAD if name_rtl else photo.right + 12
    beside_w = inner - PHOTO - 12
    texts: list[SheetText] = []

    def block(text: str, bx: float, by: float, bw: float, size: float, max_lines: int, bold: bool = False,
              colour: str = INK, slant: bool = False, rtl: bool | None = None) -> float:
        """Break `text` into a block at (bx, by), aligned by its own direction unless `rtl`
        says; returns the y below it."""
        lines = engine.wrap(text, bw, size, bold, max_lines)
        if not lines:
            return by
        rect = Rect(bx, by, bw, len(lines) * style.line_height(size))
        texts.append(SheetText(lines, rect, size, bold, colour, paragraph_is_rtl(text) if rtl is None else rtl,
                               slant and _slants(lines), text if _cut(text, lines) else ""))
        return rect.bottom

    below_name = block(persona.name, beside_x, photo.y + 2, beside_w, NAME_SIZE, 2, True)
    below_role = block(persona.role, beside_x, below_name + 2, beside_w, ROLE_SIZE, 2, colour=INK_SOFT,
                       rtl=name_rtl)  # under the name, on its side
    y_text = max(photo.bottom, below_role) + 12
    if persona.quote.strip():
        y_text = block(_quoted(persona.quote.strip()), x + CARD_PAD, y_text, inner, QUOTE_SIZE, 3, slant=True) + 10
    for name, label, max_lines in SECTIONS:
        value = getattr(persona, name).strip()
        if not value:
            continue
        y_label = block(tr(label), x + CARD_PAD, y_text, inner, LABEL_SIZE, 1, True, INK_SOFT,
                        rtl=paragraph_is_rtl(value))  # on its text's side
        y_text = block(value, x + CARD_PAD, y_label + 1, inner, BODY_SIZE, max_lines) + 8
    height = max(photo.bottom, y_text) + CARD_PAD - 4 - y
    photo_hash = persona.photo_hash if persona.photo_hash in project.images else ""
    initial = next((char for char in persona.name if char.isalnum()), "?").upper()
    tooltip = "\n".join(value[:TOOLTIP_MAX] for value in (persona.name, persona.role, persona.quote, persona.goals,
                                                          persona.expectations, persona.scenario) if value.strip())
    return PersonaCardBox(persona.id, Rect(x, y, width, height), persona.colour, photo, photo_hash, initial,
                          _text_on(persona.colour), texts, tooltip)


def _quoted(quote: str) -> str:
    """The quote in quotation marks of its script, unless it brings its own."""
    if quote[0] in "“\"«„‘'「『":
        return quote
    if any(run.script in ("cyrillic", "arabic") for run in split_runs(quote[:40])):
        return f"«{quote}»"
    return f"“{quote}”"


def _slants(lines: list[str]) -> bool:
    """Whether lines read in a script with italics: Latin, Greek, Cyrillic."""
    return all(run.script in ("latin", "greek", "cyrillic", "common") for line in lines for run in split_runs(line))


def _text_on(colour: str) -> str:
    """Ink or white on a colour, whichever reads (by its lightness, as on card accents)."""
    try:
        red, green, blue = (int(colour.lstrip("#")[i:i + 2], 16) / 255 for i in (0, 2, 4))
    except ValueError:
        return "#FFFFFF"
    return INK if (max(red, green, blue) + min(red, green, blue)) / 2 > 0.62 else "#FFFFFF"
