"""How poppler's pdftotext puts a line's text in reading order, and the ActualText that makes
it give back a line exactly as typed.

poppler (TextOutputDev.cc, `reorderText`, called by `TextPage::dumpFragment` for every line)
takes a line's characters left to right, as they sit on the page (`ActualText::end` hands a
marked-content span's whole /ActualText to `TextPage::addChar` at once: one word, spaces and
all, over the span's glyphs' box), and reorders them with rules of its own
rather than the Unicode bidi algorithm. Which rules depends on the page: `TextPage::coalesce`
sets `primaryLR = lrCount >= 0`, counting +1 for every character of type "L" and -1 for every
"R" on the page. Its types (`UnicodeTypeTable.cc`, `unicodeTypeL`/`unicodeTypeR`/
`unicodeTypeNum`) are a table of its own: "L", "R", "#" (numbers, their signs and separators,
and the no-break space) and "N" (everything else, every character past U+FFFF too).

- left-to-right page: a stretch up to the next "R" is written as it is; a stretch from an "R"
  up to the next "L" or "#" is written reversed, between RLE and PDF (U+202B, U+202C).
- right-to-left page: the line is read from its end: a stretch back to the previous "L" or
  "#" is written reversed, then the stretch back to the previous "R" as it is, between LRE and
  PDF (U+202A, U+202C); the whole line between RLE and PDF.

So a reversed stretch runs from an "R" to the next "L"/"#" and no further. On a left-to-right
page, neutrals with an "R" before them and the next "L"/"#" (or the line's end) after them,
and nothing else between (the space in "تا ۱۰", the bracket in "(سفر) def"), can be in no
stretch: a reversed one would end with them, not with the "R" it started from, and a stretch
written as it is, after a reversed one, starts with the "L"/"#" that ended it. On a
right-to-left page the same goes for neutrals between an "L"/"#" and the next "R" or the
line's end (the bracket in "(Journey 2024)"): a stretch kept as it is ends with an "L"/"#",
a reversed one after it starts with an "R". No order of the typed characters alone gives
those lines back; an empty embedding there does: LRE PDF after the "R" on a left-to-right page
(LRE is an "L"), RLE PDF before the neutrals on a right-to-left one (RLE is an "R"). They are
the marks pdftotext writes around every stretch it reverses anyway, balanced, and an empty
embedding changes nothing a bidi display shows; with all of U+202A..U+202E taken out,
pdftotext gives back the typed line character for character.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache

LRE, RLE, PDF = "\u202a", "\u202b", "\u202c"
#: the embedding marks pdftotext writes (and LRO, RLO): not text, taken out to compare
EMBEDDING_MARKS = "\u202a\u202b\u202c\u202d\u202e"

# poppler's typeTable (UnicodeTypeTable.cc as of July 2021, commit 13c95f25; pdftotext 22.12 agrees
# on every test's characters) as runs: where each run starts (hex) and its type
_RUN_TABLE = """
    0000N 0023# 0026N 002B# 003BN 0041L 005BN 0061L 007BN 00A0# 00A1N 00A2# 00A6N 00AAL 00ABN
    00B0# 00B4N 00B5L 00B6N 00B9# 00BAL 00BBN 00C0L 00D7N 00D8L 00F7N 00F8L 02B9N 02BBL 02C2N
    02D0L 02D2N 02E0L 02E5N 02EEL 02EFN 0376L 037BN 0386L 0387N 0388L 03F6N 03F7L 0483N 048AL
    058AN 05BER 05BFN 05C0R 05C1N 05C3R 05C4N 05C5R 0604# 060DR 060EN 0616R 064BN 0659# 066DR
    0670N 0671R 06D6N 06DDR 06DEN 06E5R 06E7N 06EER 06F0# 06FAR 070EN 0710R 0711N 0712R 0730N
    074BR 07A6N 07B1R 07B2N 0903L 093AN 093DL 0941N 0949L 094DN 094EL 0951N 0955L 0962N 0964L
    0971N 0982L 09BAN 09BDL 09C1N 09C5L 09CDN 09CEL 09E2N 09E4L 09F2# 09F4L 09FBN 0A03L 0A3AN
    0A3DL 0A41N 0A4EL 0A70N 0A72L 0A75N 0A83L 0ABAN 0ABDL 0AC1N 0AC9L 0ACDN 0ACEL 0AE2N 0AE4L
    0AF0# 0AF2N 0B02L 0B3AN 0B3DL 0B3FN 0B40L 0B41N 0B44L 0B4DN 0B57L 0B72N 0B83L 0BC0N 0BC1L
    0BCDN 0BCEL 0BF3N 0BF9# 0BFAN 0BFBL 0C3AN 0C41L 0C45N 0C57L 0CBAN 0CBDL 0CCCN 0CCEL 0D41N
    0D44L 0D4DN 0D4EL 0DC7N 0DCBL 0DD2N 0DD7L 0E31N 0E32L 0E34N 0E3B# 0E40L 0E47N 0E4FL 0EB1N
    0EB2L 0EB4N 0EBDL 0EC7N 0ECEL 0F18N 0F1AL 0F35N 0F36L 0F37N 0F38L 0F39N 0F3EL 0F6BN 0F7FL
    0F80N 0F85L 0F86N 0F88L 0F8CN 0FBDL 0FC6N 0FC7L 102DN 1031L 1032N 1038L 1039N 103AL 1058N
    105AL 1677N 1681L 169BN 169DL 1712N 1715L 1732N 1735L 1752N 1754L 1771N 1774L 17B7N 17BEL
    17C6N 17C7L 17C9N 17D4L 17DB# 17DCL 17DDN 17DEL 17EAN 180FL 18A9N 18AAL 191DN 1923L 1927N
    192CL 1932N 1933L 1939N 1946L 1975N 1A00L 1FBDN 1FBEL 1FBFN 1FC2L 1FCDN 1FD0L 1FDCN 1FE0L
    1FEDN 1FF0L 1FFDN 200EL 200FR 2010N 202AL 202BR 202CN 202DL 202ER 202FN 2030# 2035N 2044#
    2045N 2070# 2071L 2072# 207CN 207FL 2080# 208CN 208F# 20B2N 2102L 2103N 2107L 2108N 210AL
    2114N 2115L 2116N 2119L 211EN 2124L 2125N 2126L 2127N 2128L 2129N 212AL 212E# 212FL 2132N
    2133L 213AN 213CL 2140N 2145L 214AN 2160L 2184N 2212# 2214N 2336L 237BN 2395L 2396N 2488#
    249CL 24EAN 2800L 2900N 3005L 3008N 3021L 302AN 3031L 3036N 3038L 303DN 3040L 3097N 309DL
    30A0N 30A1L 30FBN 30FCL 321DN 321FL 3244N 3260L 327CN 327EL 32B1N 32C0L 32CCN 32D0L 3377N
    337BL 33DEN 33E0L 33FFN 3400L 4DB6N 4E00L A48DN A4C7L FB18R FB1EN FB1FR FB29# FB2AR FD3EN
    FD40R FDFDN FE50# FE51N FE52# FE53N FE55# FE56N FE5F# FE60N FE62# FE64N FE69# FE6BN FE6CR
    FEFDN FF03# FF06N FF0B# FF1BN FF21L FF3BN FF41L FF5BN FF66L FFDD# FFE2N FFE5# FFE7N FFFEL
"""
_STARTS = [int(run[:-1], 16) for run in _RUN_TABLE.split()]
_TYPES = [run[-1] for run in _RUN_TABLE.split()]


@cache
def poppler_type(char: str) -> str:
    """poppler's type of a character: "L", "R", "#" (numbers) or "N" (any other)."""
    code = ord(char)
    return "N" if code > 0xFFFF else _TYPES[bisect_right(_STARTS, code) - 1]


#: what poppler takes for a space between words (UTF.cc, `UnicodeIsWhitespace`)
_WHITESPACE = "\t\n\x0b\x0c\r \x85\xa0\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
_WORDS_SPACED_ONCE = re.compile(f"[^{_WHITESPACE}]+( [^{_WHITESPACE}]+)*")


def spaces_read_back(text: str) -> bool:
    """Whether poppler, reading a line's glyphs, gives back its spaces as typed.

    A glyph of any of its whitespace characters only ends a word (`TextPage::addChar`), and a
    gap between words becomes one U+0020 (`TextLine::coalesce`), so only single plain spaces
    between words come back; and where every word is a single character, a gap counts as a
    space only if it is 1.3 times the narrowest (`maxWideCharSpacingMul`), so none does."""
    if not _WORDS_SPACED_ONCE.fullmatch(text):
        return False
    words = text.split(" ")
    return len(words) == 1 or max(map(len, words)) > 1


def reorder(text: str, left_to_right_page: bool) -> str:
    """What pdftotext writes for a line whose characters lie left to right as `text`
    (`reorderText`, marks and all)."""
    types = [poppler_type(char) for char in text]
    out = []
    if left_to_right_page:
        i = 0
        while i < len(text):
            j = i
            while j < len(text) and types[j] != "R":
                j += 1
            out.append(text[i:j])
            i = j
            while j < len(text) and types[j] not in ("L", "#"):
                j += 1
            if j > i:
                out += [RLE, text[i:j][::-1], PDF]
                i = j
        return "".join(out)
    out.append(RLE)
    i = len(text) - 1
    while i >= 0:
        j = i
        while j >= 0 and types[j] not in ("L", "#"):
            j -= 1
        out.append(text[j + 1:i + 1][::-1])
        i = j
        while j >= 0 and types[j] != "R":
            j -= 1
        if j < i:
            out += [LRE, text[j + 1:i + 1], PDF]
            i = j
    out.append(PDF)
    return "".join(out)


def actual_text(text: str, left_to_right_page: bool, kinds: str | None = None) -> str:
    """The characters to give pdftotext, left to right, for it to write `text` (and
    embedding marks only: see the module's docstring). `kinds`: `strong_kinds(text)`, if known."""
    if kinds is None:
        kinds = strong_kinds(text)
    size = len(text)
    # the marked text, cut into the stretches poppler will cut it into: (stretch, reversed)
    stretches: list[tuple[str, bool]] = []
    i = 0
    if left_to_right_page:
        while i < size:
            j = _find(kinds, "R", i)
            stretches.append((text[i:j], False))
            if j == size:
                break
            # the reversed stretch: from this "R" to the last "R" before the next "L" or "#"
            end = _find(kinds, "L", j)
            last_r = kinds.rfind("R", j, end)
            stretches.append((text[j:last_r + 1], True))
            if last_r + 1 < end:  # neutrals follow it: an "L" mark ends the stretch first
                stretches.append((LRE + PDF, False))
            i = last_r + 1
        return _keep_hyphen("".join(stretch[::-1] if backwards else stretch for stretch, backwards in stretches),
                            LRE + PDF)
    while i < size:
        j = _find(kinds, "L", i)
        stretches.append((text[i:j], True))  # from an "R" (or the line's start) to an "L" or "#"
        if j == size:
            break
        # the stretch kept as it is: from this "L"/"#" to the last "L"/"#" before the next "R"
        end = _find(kinds, "R", j)
        last_strong = kinds.rfind("L", j, end)
        stretches.append((text[j:last_strong + 1], False))
        if last_strong + 1 < end:  # neutrals follow it: an "R" mark starts the next stretch
            stretches.append((RLE + PDF, True))
        i = last_strong + 1
    return _keep_hyphen("".join(stretch[::-1] if backwards else stretch for stretch, backwards in reversed(stretches)),
                        PDF + RLE)


def strong_kinds(text: str) -> str:
    """Each character's type, but "#" made "L": both end a reversed stretch (searched with
    str.find: every line of an export comes through here)."""
    return "".join(map(poppler_type, text)).replace("#", "L")


def _find(kinds: str, kind: str, start: int) -> int:
    """Where the first `kind` from `start` is, or the end."""
    found = kinds.find(kind, start)
    return len(kinds) if found < 0 else found


def _keep_hyphen(line: str, empty_embedding: str) -> str:
    """poppler takes a hyphen-minus at a line's (left-to-right) end for a word broken over two
    lines and drops it (`TextLine::coalesce` sets `hyphenated`, `TextPage::dump` leaves it and
    the line's end out); an empty embedding after it keeps both. It leaves the stretches as
    they are: LRE PDF is no "R" (so it stays in a stretch kept as it is), PDF RLE no "L" or "#"
    (so it is a stretch of its own, reversed, at the line's start)."""
    return line + empty_embedding if line.endswith("-") else line
