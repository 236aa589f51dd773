"""Text measuring and line breaking from the bundled fonts' own metrics (HarfBuzz), with no Qt.

The layout breaks every text into lines here once; the canvas and the PDF draw those lines as
given, so both break text at exactly the same places.

Breaking costs time in proportion to the text's length, however long its words: a character's
advance is read from HarfBuzz once and then looked up, a line's width is a running total walked
forward from the line's start (never a prefix measured again), and with max_lines the walk stops
at the first line that will not be shown.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache, reduce
from itertools import accumulate
from operator import add
from pathlib import Path

from .fonts import FontFace
from .runs import split_runs

#: the width we promise is a bit less than the box, since shaping (kerning, Arabic joins) and
#: the renderers' hinting can make a line a little wider than the sum of its advances
SAFETY = 0.94
ELLIPSIS = "…"


class FontMetrics:
    """Horizontal advances of one font file, read through HarfBuzz one character at a time.
    (fontTools would build a name for each of the CJK face's 30,000 glyphs first: about a
    second at every start, for a table we only look into.)"""

    def __init__(self, path: Path) -> None:
        import uharfbuzz as hb

        face = hb.Face(hb.Blob.from_file_path(str(path)))
        self._font = hb.Font(face)  # scaled in font units
        self.units = face.upem
        self.default = self._font.get_glyph_h_advance(0)  # .notdef

    def advance(self, code: int) -> int:
        glyph = self._font.get_nominal_glyph(code)
        return self.default if glyph is None else self._font.get_glyph_h_advance(glyph)


@cache
def _metrics(path: Path) -> FontMetrics:
    return FontMetrics(path)


class CharAdvances(dict):
    """Character -> advance at size 1, read from HarfBuzz the first time the character is seen.
    A dict, so that looking up a whole string (map(advances.__getitem__, text)) runs in C."""

    def __init__(self, bold: bool) -> None:
        super().__init__()
        self.bold = bold

    def __missing__(self, char: str) -> float:
        # a character's font is that of its script's run; spaces and punctuation are measured
        # in the Latin face, a difference of a fraction of a point that SAFETY absorbs
        font: FontFace = split_runs(char)[0].font
        metrics = _metrics(font.path(self.bold))
        advance = self[char] = metrics.advance(ord(char)) / metrics.units
        return advance


class TextAdvances(dict):
    """Text -> its advance at size 1: its characters' advances added left to right (the order a
    line's running width is walked in; sum() compensates rounding since Python 3.12, so a line
    ending exactly at the limit could break differently). Short texts are kept, since maps
    repeat their words."""

    KEPT_LENGTH = 40
    KEPT_COUNT = 200_000

    def __init__(self, chars: CharAdvances) -> None:
        super().__init__()
        self.chars = chars

    def __missing__(self, text: str) -> float:
        advance = reduce(add, map(self.chars.__getitem__, text), 0.0)
        if len(text) <= self.KEPT_LENGTH:
            if len(self) >= self.KEPT_COUNT:
                self.clear()
            self[text] = advance
        return advance


class FontMeasurer:
    """Measures with the font each run of script would be drawn in."""

    def __init__(self) -> None:
        self.chars = (CharAdvances(False), CharAdvances(True))  # regular, bold
        self.texts = (TextAdvances(self.chars[0]), TextAdvances(self.chars[1]))

    def width(self, text: str, size: float, bold: bool = False) -> float:
        return self.texts[bold][text] * size


_CJK = "\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\U00020000-\U0010ffff"
#: break opportunities: after a space, and on both sides of each CJK character. A token is one
#: CJK character, or a run of other characters with the space that ends it, or a lone space.
_TOKEN = re.compile(f"[{_CJK}]|[^{_CJK} ]+ ?| ")


def wrap(text: str, measurer: FontMeasurer, width: float, size: float, bold: bool = False,
         max_lines: int = 0) -> list[str]:
    """Greedy line breaking; with max_lines, the last line ends in an ellipsis if text is left.

    A line takes tokens while they fit (a line's width is the sum of its tokens' widths); a word
    wider than the box is cut where its running width passes the limit.
    """
    limit = width * SAFETY
    if len(text) <= ONE_LINE_CHECK and "\n" not in text and \
            measurer.texts[bold][text] * size < limit * (1 - 1e-9):
        # the whole text fits on one line, as half a map's card texts do: the greedy breaking
        # below would take every token too. (Its width is added in one go here, token by token
        # there: the margin keeps a text ending at the limit, by either sum, to the breaker.)
        return [text.rstrip()]
    breaker = _LineBreaker(measurer, limit, size, bold, max_lines)
    try:
        for paragraph in text.split("\n"):
            breaker.add_paragraph(paragraph)
    except _LinesFull:
        del breaker.lines[max_lines:]
        breaker.lines[-1] = breaker.with_ellipsis(breaker.lines[-1])
    return breaker.lines


#: texts up to this length are first measured whole, in case they fit on one line
ONE_LINE_CHECK = 160


class _LinesFull(Exception):
    """More than max_lines lines: the rest of the text will not be shown."""


class _ScaledWidths(dict):
    """Token -> its width at one size, for one wrap."""

    def __init__(self, texts: TextAdvances, size: float) -> None:
        super().__init__()
        self.texts, self.size = texts, size

    def __missing__(self, token: str) -> float:
        width = self[token] = self.texts[token] * self.size
        return width


class _VisibleWidths(dict):
    """Token -> its width without trailing spaces, what decides whether it fits on a line."""

    def __init__(self, widths: _ScaledWidths) -> None:
        super().__init__()
        self.widths = widths

    def __missing__(self, token: str) -> float:
        width = self.widths[token]
        visible = token.rstrip()
        if visible != token:
            width -= self.widths.texts[token[len(visible):]] * self.widths.size
        self[token] = width
        return width


class _Tokens:
    """A paragraph's tokens and their widths, read a window at a time: a wrap that stops at
    max_lines reads only the start of a long text, and tokens of finished lines are let go."""

    FIRST_WINDOW = 512  # characters
    MAX_WINDOW = 65_536  # ... growing to this, or to twice the tokens carried over, whichever is larger

    def __init__(self, paragraph: str, widths: _ScaledWidths) -> None:
        self.paragraph = paragraph
        self.scaled = widths
        self.read_to = 0  # characters read
        self.window = self.FIRST_WINDOW
        self.base = 0  # the token number of texts[0]
        self.end = 0  # the number of tokens read
        self.texts: list[str] = []
        self.widths: list[float] = []

    def read_more(self, keep_from: int) -> bool:
        """Read the next window of tokens, letting go of those before token keep_from; False
        at the end of the paragraph."""
        paragraph = self.paragraph
        if self.read_to >= len(paragraph):
            return False
        while True:
            stop = min(len(paragraph), self.read_to + self.window)
            new = _TOKEN.findall(paragraph, self.read_to, stop)
            if stop == len(paragraph):
                break
            if len(new) > 1:
                new.pop()  # the window may have cut it short: read it again with the next
                break
            self.window *= 2  # one word longer than the window: read a larger one
        self.read_to += sum(map(len, new))
        drop = keep_from - self.base
        self.texts = self.texts[drop:] + new
        self.widths = self.widths[drop:] + list(map(self.scaled.__getitem__, new))
        self.base = keep_from
        self.end = keep_from + len(self.texts)
        # windows double, so a long text takes few reads; bounded, so few tokens are held at
        # once; never smaller than what a line carries over, so carrying it costs no more
        self.window = max(min(2 * self.window, self.MAX_WINDOW), 2 * len(self.texts))
        return True


class _LineBreaker:
    """Greedy breaking of one text's paragraphs, appending to `lines`."""

    def __init__(self, measurer: FontMeasurer, limit: float, size: float, bold: bool, max_lines: int) -> None:
        self.chars = measurer.chars[bold]
        self.texts = measurer.texts[bold]
        self.scaled = _ScaledWidths(self.texts, size)
        self.scaled_visible = _VisibleWidths(self.scaled)
        self.limit, self.size, self.max_lines = limit, size, max_lines
        self.lines: list[str] = []
        # how many tokens, or characters of a long word, to add up at once: what lines took so far
        self.tokens_per_line = 8
        self.chars_per_line = 32

    def emit(self, line: str) -> None:
        self.lines.append(line)
        if self.max_lines and len(self.lines) > self.max_lines:
            raise _LinesFull

    def add_paragraph(self, paragraph: str) -> None:
        tokens = _Tokens(paragraph, self.scaled)
        limit = self.limit
        # the line being filled: head (what is left of a cut word) + tokens first .. taken-1
        head, first, taken, width = "", 0, 0, 0.0
        while taken < tokens.end or tokens.read_more(first):
            added_from, empty = taken, not head and taken == first
            taken, width = self.tokens_that_fit(tokens, first, taken, width, empty)
            line = head + "".join(tokens.texts[first - tokens.base:taken - tokens.base])
            if width > limit and taken > added_from:  # the last token took the line past the box
                rest = self.cut_long_word(line)  # a word wider than the box is cut
                if rest is not None:
                    head, first, width = rest, taken, self.texts[rest] * self.size
                    continue
            if taken < tokens.end:  # token `taken` did not fit: it starts the next line
                self.emit(line.rstrip())
                head, first, width = "", taken, 0.0
        self.emit((head + "".join(tokens.texts[first - tokens.base:taken - tokens.base])).rstrip())

    def tokens_that_fit(self, tokens: _Tokens, first: int, taken: int, width: float,
                        empty: bool) -> tuple[int, float]:
        """Add tokens from `taken` while each one's visible part fits after the line's width (an
        empty line takes its first token whatever its width). Returns the first token that does
        not fit (or the paragraph's token count) and the line's width before it."""
        limit = self.limit
        count = self.tokens_per_line
        start = taken
        free = 1 if empty else 0
        while True:
            if taken + count > tokens.end:
                tokens.read_more(first)
            base = tokens.base
            stop = min(taken + count, tokens.end)
            if stop == taken:
                return taken, width
            # widths[i]: the line's width before token taken + i, added token by token
            widths = list(accumulate(tokens.widths[taken - base:stop - base], initial=width))
            # token i fits if widths[i] + its visible width is within the limit; that sum lies
            # between widths[i] and widths[i + 1], so the first token that does not fit is the
            # one at the first width past the limit, or the one before it
            past = bisect_right(widths, limit, lo=free)
            if free < past <= stop - taken and \
                    widths[past - 1] + self.scaled_visible[tokens.texts[taken - base + past - 1]] > limit:
                past -= 1
            if past < stop - taken:
                fitted = taken + past - start
                self.tokens_per_line = fitted + fitted // 4 + 2
                return taken + past, widths[past]
            taken, width, free = stop, widths[-1], 0
            count *= 2

    def cut_long_word(self, line: str) -> str | None:
        """Cut the line where its running width passes the limit, while its visible text is
        wider than the box; the cut lines are emitted. Returns what is left, or None if it was
        not cut."""
        visible = len(line.rstrip())
        start = 0
        while visible - start > 1:
            past = self.first_past_limit(line, start, visible)
            if past is None:
                break
            cut = max(1, past - 1 - start)  # at least one character a line
            self.emit(line[start:start + cut])
            start += cut
        return line[start:] if start else None

    def first_past_limit(self, line: str, start: int, stop: int) -> int | None:
        """The position just past the first character whose advance takes the running width of
        line[start:stop], walked from start, over the limit; None if it fits."""
        size, limit, chars = self.size, self.limit, self.chars
        running, position, count = 0.0, start, self.chars_per_line
        while position < stop:
            end = min(stop, position + count)
            # totals[k]: the width of line[start:position + k] at size 1, added left to right
            totals = list(accumulate(map(chars.__getitem__, line[position:end]), initial=running))
            k = bisect_right(totals, limit, lo=1, key=lambda total: total * size)
            if k < len(totals):
                walked = position + k - start
                self.chars_per_line = walked + walked // 4 + 2
                return position + k
            running, position, count = totals[-1], end, count * 2
        return None

    def with_ellipsis(self, line: str) -> str:
        """The longest start of the line that fits with an ellipsis after it, then the ellipsis."""
        size, ellipsis = self.size, self.chars[ELLIPSIS]
        totals = list(accumulate(map(self.chars.__getitem__, line), initial=0.0))
        keep = bisect_right(totals, self.limit, lo=1, key=lambda total: (total + ellipsis) * size) - 1
        return line[:keep].rstrip() + ELLIPSIS
