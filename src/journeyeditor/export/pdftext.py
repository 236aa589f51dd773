"""Text in the PDF: the bundled fonts registered with reportlab, each line's runs ordered by the
bidi algorithm (text/bidi.py) and shaped by HarfBuzz, written so that text extraction gives back
what was typed, in the order it was typed.

Three things make that so:
- every glyph's ToUnicode entry is its cluster's text: the letters typed, not the Arabic
  presentation forms a font's cmap lists for its contextual glyphs; both letters of a لا
  ligature; the zero-width non-joiner; the bracket typed where its mirror image is drawn. A glyph
  whose cluster is not simply its own character gets a private code of its own (`_Font`).
- pypdf reads the content stream in order and turns right-to-left characters round itself; the
  pieces of a line are written in logical order, each at its place on the line, each in the
  order pypdf turns back into the typed one (`_pieces`).
- poppler (pdftotext) orders glyphs by position, then reorders right-to-left text with its own
  simple rules; a line with right-to-left text (or spaces, neutrals or a final hyphen those
  rules would lose or move) carries its text as marked content (/ActualText) over the whole
  line, arranged so that those rules give it back exactly (export/popplertext.py,
  `_span_edges`, `TextCanvas`).
"""

from __future__ import annotations

import weakref
from array import array
from dataclasses import dataclass
from functools import cache
from typing import NamedTuple

from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from ..text.bidi import visual_runs
from ..text.fonts import FONTS, FontFace
from . import popplertext
from .popplertext import poppler_type


class _Font(TTFont):
    """A bundled font whose ToUnicode CMap gives each glyph's cluster text.

    reportlab encodes characters and maps each code back to its character; a shaped glyph with
    no character of its own (a contextual form, a ligature, a mirrored bracket) is drawn through
    a private code point here, whose ToUnicode entry is the text the glyph stands for. Private
    codes come from plane 15, beside the few reportlab itself takes in the BMP's private area."""

    def __init__(self, name: str, path: str) -> None:
        super().__init__(name, path, shapable=False)  # we shape with HarfBuzz ourselves
        self.cluster_text: dict[int, str] = {}  # private code -> the text its glyph stands for
        self._codes: dict[tuple[int, str], str] = {}
        self._next_private = 0xF0000

    def code_for(self, glyph: int, text: str) -> str:
        """The character to encode for `glyph` standing for `text` (empty: part of a cluster
        whose text another glyph carries)."""
        code = self._codes.get((glyph, text))
        if code is None:
            face = self.face
            # reportlab writes U+00A0 as a space: a typed no-break space keeps a code of its own
            if len(text) == 1 and text != "\xa0" and face.charToGlyph.get(ord(text)) == glyph:
                char = text
            else:
                while self._next_private in face.charToGlyph:
                    self._next_private += 1
                private = self._next_private
                face.charToGlyph[private] = glyph
                face.charWidths[private] = round(face.hmetrics[glyph][0] * 1000 / face.unitsPerEm)
                self.cluster_text[private] = text
                char = chr(private)
            code = self._codes[(glyph, text)] = char
        return code

    def addObjects(self, doc) -> None:
        state = self._assignState(doc)
        subsets = [list(subset) for subset in state.subsets]
        names = [self.getSubsetInternalName(n, doc)[1:] for n in range(len(subsets))]
        super().addObjects(doc)
        fonts = doc.idToObject["BasicFonts"].dict
        for name, subset in zip(names, subsets):
            doc.idToObject[fonts[name].ToUnicode.name].content = self._to_unicode(fonts[name].BaseFont, subset)

    def _to_unicode(self, font_name: str, subset: list[int]) -> str:
        # reportlab's own CMap writes code points as 4 hex digits, wrong past U+FFFF; UTF-16 here
        entries = [f"<{code:02X}> <{_utf16(self.cluster_text.get(char, chr(char)))}>"
                   for code, char in enumerate(subset) if char]
        blocks = []
        for start in range(0, len(entries), 100):  # at most 100 entries a block
            chunk = entries[start:start + 100]
            blocks += [f"{len(chunk)} beginbfchar", *chunk, "endbfchar"]
        return "\n".join([
            "/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
            f"/CIDSystemInfo << /Registry ({font_name}) /Ordering ({font_name}) /Supplement 0 >> def",
            f"/CMapName /{font_name} def", "/CMapType 2 def",
            "1 begincodespacerange", f"<00> <{len(subset) - 1:02X}>", "endcodespacerange",
            *blocks, "endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"])


def _utf16(text: str) -> str:
    return text.encode("utf-16-be", "surrogatepass").hex().upper()


def font_name(face: FontFace, bold: bool) -> str:
    """The reportlab name of a bundled face, registered on first use: parsing the CJK face
    takes about a second, so a map without Chinese never pays for it."""
    name = f"JE-{face.key}-{'bold' if bold else 'regular'}"
    _register(name, str(face.path(bold)))
    return name


@cache
def _register(name: str, path: str) -> None:
    pdfmetrics.registerFont(_Font(name, path))  # embedded as subsets


def register_fonts() -> str:
    """The default font's name (registered), for the canvas's initialFontName."""
    return font_name(FONTS[0], False)


@cache
def _fonts(face: FontFace, bold: bool) -> tuple[str, _Font, object]:
    """A bundled face's reportlab name, reportlab font and HarfBuzz font (in font units)."""
    import uharfbuzz as hb

    name = font_name(face, bold)
    return name, pdfmetrics.getFont(name), hb.Font(hb.Face(hb.Blob.from_file_path(str(face.path(bold)))))


class _Run(NamedTuple):
    """One font's run of a line, kept small (a cache holds many): its glyphs left to right,
    and its clusters (the characters a group of glyphs stands for) in logical order."""

    font: str  # reportlab name
    codes: str  # the character reportlab encodes for each glyph (see _Font.code_for)
    xs: array  # where each glyph is drawn, from the line's left edge
    rises: array | None  # each glyph's vertical offset (vowel marks), None where all are 0
    first_glyph: array  # each cluster's glyphs: first_glyph[k] up to (not with) end_glyph[k]
    end_glyph: array
    readings: str  # how pypdf reads each cluster's text: "L", "R" or "N" (see _pypdf_reading)
    char_start: array  # each cluster's first character, as an index in the line


@dataclass(frozen=True, slots=True)
class ShapedLine:
    runs: tuple[_Run, ...]  # logical order
    width: float
    # for poppler: the line's ActualText on a page where left-to-right letters are the majority,
    # and on one where they are not (None: it reads the glyphs back as typed on such a page)
    actual_text: tuple[str | None, str | None] | None
    letter_balance: int  # left-to-right minus right-to-left letters, as poppler counts them


def shaped_line(text: str, size: float, bold: bool, rtl: bool | None = None) -> ShapedLine:
    """One line ordered and shaped. Cached: maps repeat their words."""
    key = (text, size, bold, rtl)
    line = _SHAPED.get(key)
    if line is None:
        if len(_SHAPED) > 50_000:
            _SHAPED.clear()
        line = _SHAPED[key] = _shape(text, size, bold, rtl)
    return line


_SHAPED: dict[tuple, ShapedLine] = {}


def _shape(text: str, size: float, bold: bool, rtl: bool | None) -> ShapedLine:
    import uharfbuzz as hb

    # the whole line is each run's context (Arabic joins across a change of font); a lone
    # surrogate is no character HarfBuzz may see
    codepoints = [0xFFFD if 0xD800 <= ord(char) <= 0xDFFF else ord(char) for char in text]
    runs = []
    pen = 0.0
    drawn_in_order = True  # no run right to left: the glyphs lie in the typed order
    for run in visual_runs(text, rtl):
        drawn_in_order = drawn_in_order and not run.rtl
        name, font, harfbuzz = _fonts(run.font, bold)
        buffer = hb.Buffer()
        buffer.add_codepoints(codepoints, run.start, len(run.text))
        buffer.direction = "rtl" if run.rtl else "ltr"
        buffer.cluster_level = hb.BufferClusterLevel.MONOTONE_CHARACTERS  # a cluster per character, but ligatures
        buffer.guess_segment_properties()
        hb.shape(harfbuzz, buffer)
        scale = size / harfbuzz.face.upem
        end = run.start + len(run.text)
        infos = buffer.glyph_infos
        starts = sorted({info.cluster for info in infos})
        ends = dict(zip(starts, starts[1:] + [end]))
        codes = []
        first_glyph, end_glyph = {}, {}
        code_for = font.code_for
        for index, info in enumerate(infos):
            cluster = info.cluster
            # the cluster's first glyph carries its text; any others stand for nothing more
            if cluster in first_glyph:
                codes.append(code_for(info.codepoint, ""))
            else:
                first_glyph[cluster] = index
                codes.append(code_for(info.codepoint, text[cluster:ends[cluster]]))
            end_glyph[cluster] = index + 1
        positions = buffer.glyph_positions
        xs, rises = array("d", bytes(8 * len(positions))), array("d", bytes(8 * len(positions)))
        for index, position in enumerate(positions):
            xs[index] = pen + position.x_offset * scale
            rises[index] = position.y_offset * scale
            pen += position.x_advance * scale
        runs.append((run.start, _Run(
            name, "".join(codes), xs, rises if any(rises) else None,
            array("I", (first_glyph[start] for start in starts)), array("I", (end_glyph[start] for start in starts)),
            "".join(_pypdf_reading(text[start:ends[start]]) for start in starts), array("I", starts))))
    runs.sort(key=lambda start_run: start_run[0])
    types = "".join(map(poppler_type, text))
    kinds = types.replace("#", "L")  # as popplertext.strong_kinds
    actual_text = (popplertext.actual_text(text, True, kinds), popplertext.actual_text(text, False, kinds))
    if drawn_in_order and popplertext.spaces_read_back(text):
        # poppler reads the glyphs back as they are where its reordering leaves the line so
        actual_text = tuple(None if written == text else written for written in actual_text)
        if actual_text == (None, None):
            actual_text = None
    letters = types.count("L") - types.count("R")  # poppler's count for the page's direction
    return ShapedLine(tuple(run for _, run in runs), pen, actual_text, letters)


def draw_text(canvas, text: str, x: float, baseline: float, width: float, size: float, bold: bool,
              colour, align_right: bool = False) -> None:
    """Draw one already-broken line in a y-up coordinate system."""
    if not text:
        return
    line = shaped_line(text, size, bold)
    canvas.setFillColor(colour)
    draw_line(canvas, line, x + max(0.0, width - line.width) if align_right else x, baseline, size)


def draw_line(canvas, line: ShapedLine, x: float, baseline: float, size: float, invisible: bool = False) -> None:
    """Write a shaped line's glyphs (invisible: render mode 3, for search and copy only)."""
    doc = canvas._doc
    text_canvas = isinstance(canvas, TextCanvas)
    # another canvas does not count letters: its page is taken to read left to right
    left_to_right_text = None if text_canvas or not line.actual_text else line.actual_text[0]
    if text_canvas:
        canvas.start_line(line)
    elif left_to_right_text:
        canvas.addLiteral(_span(left_to_right_text))
    canvas.addLiteral(_line_ops(doc, line, x, baseline, size, invisible))
    if text_canvas:
        canvas.end_line(line)
    elif left_to_right_text:
        canvas.addLiteral("EMC")


#: the last document's lines written, as operators: maps repeat lines (chips, labels, lane
#: names, short titles), and a line placed by the graphics state (x and baseline 0, as _text in
#: pdf.py draws) writes the same operators wherever it is. Glyph codes belong to a document.
_LINE_OPS: dict[tuple, tuple[ShapedLine, str]] = {}
_LINE_OPS_DOC: list = [lambda: None]  # a weak reference: a finished document is not kept alive


def _line_ops(doc, line: ShapedLine, x: float, baseline: float, size: float, invisible: bool) -> str:
    if _LINE_OPS_DOC[0]() is not doc:
        _LINE_OPS.clear()
        _LINE_OPS_DOC[0] = weakref.ref(doc)
    key = (id(line), x, baseline, size, invisible)
    known = _LINE_OPS.get(key)
    if known is not None and known[0] is line:
        return known[1]
    ops = _write_line_ops(doc, line, x, baseline, size, invisible)
    _LINE_OPS[key] = (line, ops)
    return ops


def _write_line_ops(doc, line: ShapedLine, x: float, baseline: float, size: float, invisible: bool) -> str:
    ops = ["BT"]
    if invisible:
        ops.append("3 Tr")
    pieces = []
    reading = None  # pypdf's reading direction is unknown where a line starts
    for run in line.runs:
        font = pdfmetrics.getFont(run.font)
        # encoding the run now gives each glyph its code in this document, and so its subset
        encoded = [(subset, code) for subset, codes in font.splitString(run.codes, doc) for code in codes]
        run_pieces, reading = _pieces(run, [subset for subset, _ in encoded], reading)
        pieces += [(run, font, encoded, glyphs) for glyphs in run_pieces]
    if line.actual_text:
        pieces = _span_edges(line, pieces, doc, size)
    for i, (run, font, encoded, glyphs) in enumerate(pieces):
        following = pieces[i + 1] if i + 1 < len(pieces) else None
        next_x = following[0].xs[following[3][0]] if following else None
        ops += _piece_ops(run, font, doc, encoded, glyphs, x, baseline, size, next_x)
    if invisible:
        ops.append("0 Tr")
    ops.append("ET")
    return "\n".join(ops)


def _span_edges(line: ShapedLine, pieces: list, doc, size: float) -> list:
    """The pieces of a line with ActualText, and a blank glyph standing for nothing at either
    edge of it where its pieces do not start or end there.

    poppler puts a span's ActualText where its first glyph starts and ending where its last
    glyph ends (`ActualText::end`). The pieces go in logical order, so on a line with
    right-to-left text those are somewhere inside it: poppler would take the line for a sliver
    of its width, which its grouping of lines into blocks (and columns) gets wrong. A space's
    glyph, its text nothing (an empty ToUnicode entry, as a cluster's other glyphs have), first
    at the line's left edge and last ending at its right edge gives the span the line's box."""
    first_run, _, _, first_glyphs = pieces[0]
    last_run, last_font, _, last_glyphs = pieces[-1]
    last_glyph = last_glyphs[-1]
    last_end = last_run.xs[last_glyph] + last_font.face.getCharWidth(ord(last_run.codes[last_glyph])) * size / 1000
    left = min(min(run.xs[glyph] for glyph in glyphs) for run, _, _, glyphs in pieces)
    if first_run.xs[first_glyphs[0]] > left + size * 0.01:
        pieces = [_blank_piece(first_run.font, doc, size, left=left), *pieces]
    if last_end < line.width - size * 0.01:
        pieces = [*pieces, _blank_piece(last_run.font, doc, size, right=line.width)]
    return pieces


def _blank_piece(name: str, doc, size: float, left: float = 0.0, right: float | None = None) -> tuple:
    """A piece of one blank glyph (a space's) that stands for no text, starting at `left` or
    ending at `right`."""
    font = pdfmetrics.getFont(name)
    code = font.code_for(font.face.charToGlyph[32], "")
    if right is not None:
        left = right - font.face.getCharWidth(ord(code)) * size / 1000
    run = _Run(name, code, array("d", [left]), None, array("I", [0]), array("I", [1]), "N", array("I", [0]))
    encoded = [(subset, code) for subset, codes in font.splitString(code, doc) for code in codes]
    return run, font, encoded, [0]


def _piece_ops(run: _Run, font: _Font, doc, encoded: list, glyphs: list[int], x: float, baseline: float,
               size: float, next_x: float | None) -> list[str]:
    """Tf (which also makes pypdf start a new piece of text), Tm, then the glyphs in order.

    Glyphs are placed by TJ adjustments, but a move to the right (to a vowel mark's place, or
    to where the next piece starts) is character spacing (Tc) after the glyph before: pypdf
    reads a TJ move or text matrix jump of half a space to the right as a space between words."""
    xs, rises, codes = run.xs, run.rises, run.codes
    char_widths, default_width = font.face.charWidths.get, font.face.defaultWidth  # face.getCharWidth, inlined
    kerning_limit = size * 0.02
    known_numbers = _NUMBERS.get
    subset = encoded[glyphs[0]][0]
    ops = [f"{font.getSubsetInternalName(subset, doc)} {fp_str(size)} Tf",
           f"1 0 0 1 {fp_str(x + xs[glyphs[0]])} {fp_str(baseline)} Tm"]
    pen, rise, spacing, shown = xs[glyphs[0]], 0.0, 0.0, []

    def show() -> None:
        if shown:
            ops.append(f"[{' '.join(shown)}] TJ")
            shown.clear()

    last = len(glyphs) - 1
    for k, glyph in enumerate(glyphs):
        glyph_subset, code = encoded[glyph]
        glyph_x = xs[glyph]
        end = glyph_x + char_widths(ord(codes[glyph]), default_width) * size / 1000
        following = xs[glyphs[k + 1]] if k < last else next_x
        gap = following - end if following is not None else 0.0
        glyph_spacing = gap if gap > kerning_limit else 0.0  # kerning stays a TJ adjustment
        if glyph_subset != subset:
            show()
            subset = glyph_subset
            ops.append(f"{font.getSubsetInternalName(subset, doc)} {fp_str(size)} Tf")
        glyph_rise = rises[glyph] if rises else 0.0
        if glyph_rise != rise:
            show()
            rise = glyph_rise
            ops.append(f"{fp_str(rise)} Ts")
        if glyph_spacing != spacing:
            show()
            spacing = glyph_spacing
            ops.append(f"{fp_str(spacing)} Tc")
        move = (pen - glyph_x) * 1000 / size
        if move > 0.01 or move < -0.01:
            written = known_numbers(move)
            if written is None:
                written = _number(move)
            shown.append(written)
        shown.append(_HEX_CODES[code])
        pen = end + spacing
    show()
    if rise:
        ops.append("0 Ts")
    if spacing:
        ops.append("0 Tc")
    return ops


#: fp_str (1-2 µs a call) of the TJ moves written: the same few values recur across glyphs and lines
_NUMBERS: dict[float, str] = {}


def _number(value: float) -> str:
    if len(_NUMBERS) > 100_000:
        _NUMBERS.clear()
    written = _NUMBERS[value] = fp_str(value)
    return written


_HEX_CODES = [f"<{code:02X}>" for code in range(256)]  # a subset holds at most 256 glyphs


def _pieces(run: _Run, subsets: list[int], reading: str | None) -> tuple[list[list[int]], str | None]:
    """A run's clusters as pieces (glyph indexes in the order to write them) that pypdf reads
    back in logical order, and its reading direction after them; `subsets`: each glyph's font subset.

    pypdf (7.x) keeps a reading direction across pieces: a right-to-left character ("R") turns
    it right to left, any other letter or digit ("L") left to right, and neutral characters
    ("N": spaces, ASCII punctuation, Arabic and Persian digits, texts of several characters)
    follow it; while it reads right to left each character goes before the ones it read so far.
    A new font selection (Tf) starts a new piece of text. So a piece written in logical order reads back
    whole if it holds no "R" and starts with an "L" (or the direction is already left to right);
    one written in reverse order if it holds no "L" and ends with an "R" (or the direction is
    already right to left); a single cluster always does. A piece is in one font subset, but
    for a cluster whose glyphs fall in two (its text is on one glyph: the others change nothing)."""
    readings, first_glyph, end_glyph = run.readings, run.first_glyph, run.end_glyph
    count = len(readings)
    # each cluster's subset (None: its glyphs fall in two), and where its stretch of clusters
    # in one subset ends
    if not subsets or subsets.count(subsets[0]) == len(subsets):  # most runs: every glyph in one subset
        subset_end = [count] * count
    else:
        subset = []
        for k in range(count):
            first = subsets[first_glyph[k]]
            same = all(subsets[glyph] == first for glyph in range(first_glyph[k] + 1, end_glyph[k]))
            subset.append(first if same else None)
        subset_end = [0] * count
        for k in range(count - 1, -1, -1):
            joins_next = subset[k] is not None and k + 1 < count and subset[k + 1] == subset[k]
            subset_end[k] = subset_end[k + 1] if joins_next else k + 1
    pieces = []
    i = 0
    while i < count:
        same = subset_end[i]
        forward = i
        if readings[i] == "L" or (reading == "L" and readings[i] == "N"):
            forward = i + 1
            while forward < same and readings[forward] != "R":
                forward += 1
        backward, last_r = i, None
        while backward < same and readings[backward] != "L":
            if readings[backward] == "R":
                last_r = backward
            backward += 1
        if reading != "R":
            backward = last_r + 1 if last_r is not None else i
        if max(forward, backward) <= i + 1:
            end, ordered = i + 1, range(i, i + 1)
            reading = {"L": "L", "R": "R"}.get(readings[i], reading)
        elif forward >= backward:
            end, ordered = forward, range(i, forward)
            reading = "L"
        else:
            end, ordered = backward, range(backward - 1, i - 1, -1)
            reading = "R"
        pieces.append([glyph for k in ordered for glyph in range(first_glyph[k], end_glyph[k])])
        i = end
    return pieces, reading


# pypdf 7.x's classes (pypdf._utils RTL_CHARACTER_RANGES and NEUTRAL_CHARACTER_RANGES); neutral first
_PYPDF_NEUTRAL = ((0x00, 0x2F), (0x3A, 0x40), (0x660, 0x66D), (0x6F0, 0x6F9), (0x2000, 0x206F), (0x20A0, 0x21FF))
_PYPDF_RTL = ((0x590, 0x8FF), (0xFB1D, 0xFDFF), (0xFE70, 0xFEFF))


@cache
def _pypdf_reading(text: str) -> str:
    if len(text) != 1:
        return "N"
    code = ord(text)
    if any(start <= code <= end for start, end in _PYPDF_NEUTRAL):
        return "N"
    return "R" if any(start <= code <= end for start, end in _PYPDF_RTL) else "L"


def _span(actual_text: str) -> str:
    return f"/Span <</ActualText <FEFF{_utf16(actual_text)}>>> BDC"


class _ActualTextMark(str):
    """A line's marked-content start (BDC) or end (EMC), written for a left-to-right page until
    its page is done: empty where poppler reads that page's glyphs back as they are."""

    def __new__(cls, actual_text: tuple[str | None, str | None], start: bool):
        mark = super().__new__(cls, _marked_content(actual_text[0], start))
        mark.actual_text, mark.start = actual_text, start
        return mark


def _marked_content(actual_text: str | None, start: bool) -> str:
    if actual_text is None:
        return ""
    return _span(actual_text) if start else "EMC"


class TextCanvas(Canvas):
    """A reportlab canvas whose lines give poppler the ActualText for the direction it will read
    their page in: the direction of most of the page's letters, known when the page (or a form,
    such as the poster that tiles show) is done."""

    def __init__(self, *args, **kwargs) -> None:
        self._letter_balance = [0]  # per page or form being drawn, innermost last
        super().__init__(*args, **kwargs)

    def start_line(self, line: ShapedLine) -> None:
        """Count the line's letters for its page, and start its ActualText (if it has one)."""
        self._letter_balance[-1] += line.letter_balance
        if line.actual_text:
            self._code.append(_ActualTextMark(line.actual_text, True))

    def end_line(self, line: ShapedLine) -> None:
        if line.actual_text:
            self._code.append(_ActualTextMark(line.actual_text, False))

    def _settle_actual_text(self) -> None:
        if self._letter_balance[-1] >= 0:
            return  # the marks were written for a left-to-right page
        for i, op in enumerate(self._code):
            if type(op) is _ActualTextMark:
                self._code[i] = _marked_content(op.actual_text[1], op.start)

    def beginForm(self, *args, **kwargs) -> None:
        super().beginForm(*args, **kwargs)
        self._letter_balance.append(0)

    def endForm(self, **kwargs) -> None:
        self._settle_actual_text()
        self._letter_balance.pop()
        super().endForm(**kwargs)

    def showPage(self) -> None:
        self._settle_actual_text()
        self._letter_balance[-1] = 0
        super().showPage()
