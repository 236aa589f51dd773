"""What a card carries besides its text: its moment kind (an icon and a label) and its chips
(the owner, its evidence badges, an opportunity's status with its due date and its impact/effort
rating, the tags, and "+N" for tags that do not fit). Laid out once here, in the card's own
coordinates; the canvas and the PDF draw these boxes as they are, so screen and paper agree."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass

from ..catalogue import tr
from .style import INK, INK_SOFT, MOMENT_LABELS, Style

MOMENT_SIZE = 10  # the moment label's text (whole pixels: Qt's fonts are set in pixels)
MOMENT_ICON = 11.0
MOMENT_LINE = Style().line_height(MOMENT_SIZE)  # the label line's height
CHIP_SIZE = 10  # chip text
CHIP_LINE = Style().line_height(CHIP_SIZE)
CHIP_HEIGHT = 17.0
CHIP_PAD = 6.0  # from a chip's ends to its text
CHIP_GAP = 4.0  # between chips, between chip rows, and below the moment line
CHIP_ROWS = 2  # tags past these rows are counted in a "+N" chip
OWNER_GLYPH = 10.0  # the person in the owner's chip, left of the name
OWNER_GLYPH_ROOM = OWNER_GLYPH + 3
DETAILS_GAP = 6.0  # between a card's text and its details

#: moment icons and labels are a darker amber than the moment type's accent: readable as text
MOMENT_INK = "#8C5A00"
#: chips by kind: (fill, outline or "" for none, text). The owner's is the stronger: an
#: opportunity's internal owner must read from a print on the wall
CHIP_COLOURS = {
    "owner": ("#E3E9F0", "", INK), "tag": ("#F4F5F7", "#CDD3DA", INK_SOFT), "more": ("#F4F5F7", "#CDD3DA", INK_SOFT),
    # evidence badges: a glyph by kind (layout/icons.py EVIDENCE_ICONS) and the count, in the glyph's ink
    "analytical": ("#E1EEF8", "", "#0B4F7A"), "anecdotal": ("#F7E6F0", "", "#7A2E5C"),
    # an opportunity's progress: a status chip tinted by its stage of work (dark text on a pale
    # fill, readable in print), and the impact/effort rating outlined in the opportunity's green
    "status-none": ("#F4F5F7", "#CDD3DA", INK), "status-idea": ("#FBF6CC", "", "#5C5200"),
    "status-planned": ("#DCEBF7", "", "#0B4F82"), "status-in-progress": ("#FCEBD0", "", "#7A4D00"),
    "status-done": ("#D8F0E6", "", "#00664A"), "status-dropped": ("#ECECEC", "", "#5B616A"),
    "rating": ("#FFFFFF", "#009E73", "#00664A"),
}
#: chips that start with a glyph: the owner's person, the evidence kinds' marks
GLYPH_KINDS = frozenset({"owner", "analytical", "anecdotal"})
EVIDENCE_LABELS = {"analytical": "Analytical", "anecdotal": "Anecdotal"}
#: an opportunity's status as people say it
PROGRESS_LABELS = {"idea": "Idea", "planned": "Planned", "in-progress": "In progress", "done": "Done",
                   "dropped": "Dropped"}
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

#: measures a line: (text, size, bold) -> width
Measure = Callable[[str, float, bool], float]
#: breaks a text: (text, width, size, bold, max_lines) -> lines, the last cut with "…" if text is left
Wrap = Callable[[str, float, float, bool, int], list[str]]


@dataclass(frozen=True)
class Chip:
    """A rounded pill, CHIP_HEIGHT high, at (x, y) from the card's top-left."""

    kind: str  # "owner", "analytical" / "anecdotal" (evidence badges), "status-<status>", "rating", "tag" or "more"
    text: str  # as drawn, cut with "…" to fit the card
    x: float
    y: float
    w: float
    full: str = ""  # what the chip stands for, when `text` does not say all of it
    rtl: bool = False  # on a right-to-left card: the owner's glyph at the right, the text beside it

    h = CHIP_HEIGHT  # every chip's: a class constant, not a field

    @property
    def bold(self) -> bool:
        return self.kind in GLYPH_KINDS

    @property
    def glyph(self) -> tuple[float, float, float]:
        """The glyph of an owner or evidence chip (GLYPH_KINDS): x, y and size."""
        x = self.x + self.w - CHIP_PAD - OWNER_GLYPH if self.rtl else self.x + CHIP_PAD
        return x, self.y + (CHIP_HEIGHT - OWNER_GLYPH) / 2, OWNER_GLYPH

    @property
    def text_x(self) -> float:
        return self.x + CHIP_PAD + (OWNER_GLYPH_ROOM if self.kind in GLYPH_KINDS and not self.rtl else 0.0)

    @property
    def text_y(self) -> float:
        """The top of the text's line, centred in the chip."""
        return self.y + (CHIP_HEIGHT - CHIP_LINE) / 2

    @property
    def text_w(self) -> float:
        return self.w - 2 * CHIP_PAD - (OWNER_GLYPH_ROOM if self.kind in GLYPH_KINDS else 0.0)


@dataclass(frozen=True)
class MomentLine:
    """The moment kind's icon, then its label, at (x, y) from the card's top-left (the other way
    round on a right-to-left card)."""

    kind: str
    label: str
    x: float
    y: float
    w: float  # icon, gap and label
    rtl: bool = False

    @property
    def icon(self) -> tuple[float, float, float]:
        """x, y and size of the icon, centred on the label's line."""
        return self.x + (self.w - MOMENT_ICON if self.rtl else 0.0), self.y + (MOMENT_LINE - MOMENT_ICON) / 2, MOMENT_ICON

    @property
    def text_x(self) -> float:
        return self.x if self.rtl else self.x + MOMENT_ICON + 4

    @property
    def text_w(self) -> float:
        return self.w - MOMENT_ICON - 4


@dataclass(frozen=True)
class CardDetails:
    moment: MomentLine | None = None
    chips: tuple[Chip, ...] = ()
    height: float = 0.0  # the block's, 0 for a card with none of these

    def placed(self, dx: float, dy: float) -> CardDetails:
        """The same block moved by (dx, dy)."""
        moment = None if self.moment is None else \
            dataclasses.replace(self.moment, x=self.moment.x + dx, y=self.moment.y + dy)
        chips = tuple(dataclasses.replace(chip, x=chip.x + dx, y=chip.y + dy) for chip in self.chips)
        return CardDetails(moment, chips, self.height)


NO_DETAILS = CardDetails()


def one_line(text: str) -> str:
    """A chip's text on one line: line breaks and runs of spaces become one space."""
    return " ".join(text.split())


def tag_text(tag: str) -> str:
    tag = one_line(tag)
    return tag if tag.startswith("#") else "#" + tag


def due_text(due: str) -> str:
    """An ISO date as a chip says it, "31 Mar 2027"; anything else as it is."""
    try:
        year, month, day = (int(part) for part in due.split("-"))
        return f"{day} {MONTHS[month - 1]} {year}" if 1 <= month <= 12 and 1 <= day <= 31 else due
    except ValueError:
        return due


def progress_chips(status: str, due: str, impact: int, effort: int) -> list[tuple[str, str]]:
    """An opportunity's progress as chips (kind, text): "Planned · due 31 Mar 2027" and "I4 · E2"
    (a side not rated shows "–"); none for a card with no status, due date or rating."""
    chips = []
    label = PROGRESS_LABELS.get(status, "")
    if label or due:
        when = f"due {due_text(due)}" if due else ""
        text = f"{label} · {when}" if label and when else label or when[0].upper() + when[1:]
        chips.append((f"status-{status if label else 'none'}", text))
    if impact or effort:
        chips.append(("rating", f"I{impact or '–'} · E{effort or '–'}"))
    return chips


def lay_out_details(moment: str, owner: str, tags: list[str], width: float, wrap: Wrap,
                    measure: Measure, rtl: bool = False, evidence: tuple[int, int] = (0, 0),
                    progress: list[tuple[str, str]] = ()) -> CardDetails:
    """The moment line and chip rows of a card whose details get `width`, from (0, 0). The owner
    comes first (it matters most), then a badge per evidence kind the card has (`evidence`: the
    analytical and anecdotal counts), then the `progress` chips (progress_chips), then the tags in
    order, row after row; tags past CHIP_ROWS rows (one more on a card with progress chips) make
    way for a "+N" chip at the last row's end. On a right-to-left card (`rtl`) rows start at the
    right, as its text does."""
    y = 0.0
    moment_line = None
    if moment in MOMENT_LABELS:
        label = (wrap(tr(MOMENT_LABELS[moment]), width - MOMENT_ICON - 4, MOMENT_SIZE, True, 1) or [""])[0]
        moment_line = MomentLine(moment, label, 0.0, 0.0, MOMENT_ICON + 4 + measure(label, MOMENT_SIZE, True))
        y = MOMENT_LINE
    wanted = ([("owner", one_line(owner))] if owner.strip() else []) + list(progress) + \
        [("tag", tag_text(tag)) for tag in tags if tag.strip()]
    wanted[1 if owner.strip() else 0:0] = evidence_badges(evidence)
    max_rows = CHIP_ROWS + (1 if progress else 0)
    chips: list[Chip] = []
    if wanted:
        y += CHIP_GAP if moment_line else 0.0
        row, x = 0, 0.0
        for index, (kind, text) in enumerate(wanted):
            chip = _chip(kind, text, width, wrap, measure)
            if x > 0 and x + chip.w > width:  # not on this row
                if row + 1 == max_rows:
                    chips.append(_more_chip(chips, wanted[index:], y + row * (CHIP_HEIGHT + CHIP_GAP), width, measure))
                    break
                row, x = row + 1, 0.0
            chips.append(dataclasses.replace(chip, x=x, y=y + row * (CHIP_HEIGHT + CHIP_GAP)))
            x += chip.w + CHIP_GAP
        y += (row + 1) * CHIP_HEIGHT + row * CHIP_GAP
    if moment_line is None and not chips:
        return NO_DETAILS
    if rtl:
        if moment_line is not None:
            moment_line = dataclasses.replace(moment_line, x=width - moment_line.w, rtl=True)
        chips = [dataclasses.replace(chip, x=width - chip.x - chip.w, rtl=True) for chip in chips]
    return CardDetails(moment_line, tuple(chips), y)


def evidence_badges(evidence: tuple[int, int]) -> list[tuple[str, str]]:
    """The (kind, count) chips for a card's evidence counts (analytical, anecdotal)."""
    return [(kind, str(count)) for kind, count in zip(EVIDENCE_LABELS, evidence) if count]


def evidence_words(kind: str, count: str) -> str:
    """What an evidence badge stands for, in words (a tooltip, the PDF's hidden text)."""
    return f"{count} {kind} evidence"


def _chip(kind: str, text: str, width: float, wrap: Wrap, measure: Measure) -> Chip:
    """A chip at (0, 0), as wide as its text, its text cut to the row's width."""
    glyphed = kind in GLYPH_KINDS  # in bold, after the glyph
    glyph = OWNER_GLYPH_ROOM if glyphed else 0.0
    shown = (wrap(text, width - 2 * CHIP_PAD - glyph, CHIP_SIZE, glyphed, 1) or [""])[0]
    full = evidence_words(kind, text) if kind in EVIDENCE_LABELS else (text if shown != text else "")
    return Chip(kind, shown, 0.0, 0.0, glyph + 2 * CHIP_PAD + measure(shown, CHIP_SIZE, glyphed), full)


def _more_chip(chips: list[Chip], left: list[tuple[str, str]], y: float, width: float, measure: Measure) -> Chip:
    """The "+N" chip at the end of the last row, for the tags `left` and as many tags before it
    on that row as it needs the room of (taken off `chips`)."""
    left = list(left)
    while True:
        text = f"+{len(left)}"
        chip_w = 2 * CHIP_PAD + measure(text, CHIP_SIZE, False)
        last = chips[-1] if chips else None
        x = last.x + last.w + CHIP_GAP if last is not None and last.y == y else 0.0
        if x + chip_w <= width or last is None or last.y != y or last.kind != "tag":
            return Chip("more", text, x, y, chip_w, " ".join(text for _, text in left))
        chips.pop()
        left.insert(0, (last.kind, last.full or last.text))
