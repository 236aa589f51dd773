"""The model of poppler's reordering (export/popplertext.py) and the ActualText built on it.

test_bidi_lines.py checks real pdftotext output for its 75 lines; here the model itself is checked
against the installed pdftotext, and the ActualText against the model for any mix of characters.
"""

import re
import shutil
import subprocess

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.lib.colors import black
from reportlab.pdfgen.canvas import Canvas

from journeyeditor.export.pdftext import TextCanvas, draw_text, font_name, register_fonts, shaped_line
from journeyeditor.export.popplertext import (
    EMBEDDING_MARKS,
    LRE,
    PDF,
    RLE,
    actual_text,
    poppler_type,
    reorder,
)
from journeyeditor.text.fonts import ARABIC, LATIN


def without_marks(text: str) -> str:
    return re.sub(f"[{EMBEDDING_MARKS}]", "", text)


def test_poppler_types_are_its_own():
    # poppler's table, not the Unicode bidi classes: the no-break space counts as a number, the
    # embedding marks as letters, anything past U+FFFF as neutral
    assert [poppler_type(char) for char in "a\u0633\u05d0\u06f3%\xa0 ("] == ["L", "R", "R", "#", "#", "#", "N", "N"]
    assert [poppler_type(char) for char in (LRE, RLE, PDF, "\u200e", "\u200f", "👍", "李")] == [
        "L", "R", "N", "L", "R", "N", "L"]


def test_reorder_turns_right_to_left_stretches_round():
    # left to right as on the page: "abc " then سفر drawn right to left, then " 12"
    assert reorder("abc رفس 12", True) == f"abc {RLE} سفر{PDF}12"
    # from the line's end: " 12" as it is, "رفس " turned round, "abc" as it is
    assert reorder("abc رفس 12", False) == f"{RLE}{LRE} 12{PDF}سفر {LRE}abc{PDF}{PDF}"


# characters of every kind poppler tells apart: letters both ways, numbers and their signs,
# spaces, brackets, quote marks, a hyphen-minus, an emoji, format characters
MIXED = st.text(alphabet="ab سفש12۳٪-.,:\xa0 ()«»!\"👍\u200c\u200e\u200f\u2066\u2069", max_size=16)


@settings(max_examples=400, deadline=None)
@given(MIXED, st.booleans())
def test_the_actual_text_reads_back_as_typed(text, left_to_right_page):
    written = actual_text(text, left_to_right_page)
    assert sorted(without_marks(written)) == sorted(text)  # the typed characters, only marks added
    extracted = reorder(written, left_to_right_page)
    assert without_marks(extracted) == text
    assert not written.endswith("-")  # poppler would drop it as a hyphenation
    depth = 0
    for mark in re.findall(f"[{EMBEDDING_MARKS}]", extracted):  # every embedding ends
        depth += -1 if mark == PDF else 1
        assert depth >= 0
    assert depth == 0


def test_a_line_poppler_reads_as_it_is_needs_no_marks():
    for left_to_right_page in (True, False):
        assert actual_text("Customer journey", left_to_right_page) == "Customer journey"
    assert actual_text("Hello (world)", True) == "Hello (world)"
    assert actual_text("Hello (world)", False) != "Hello (world)"  # poppler would move the ")"


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler's pdftotext")
@pytest.mark.parametrize("left_to_right_page", [True, False])
def test_the_model_is_what_pdftotext_does(tmp_path, left_to_right_page):
    """Characters written plainly, in the order given, left to right: pdftotext's text is what
    `reorder` says, marks and all; and a line ending with a hyphen-minus loses it and runs on
    into the next (what `_keep_hyphen` stops)."""
    lines = ["abc رفس (1) def", "رفس )1( abc", "12 ،رفس «abc» …", "سفر-", "Hello (world)", "ف 3.5% abc!"]
    path = tmp_path / "plain.pdf"
    canvas = Canvas(str(path), pagesize=(600, 40 * (len(lines) + 2)))
    for k, line in enumerate(lines):
        writing = canvas.beginText(20, 40 * (len(lines) + 1 - k))
        for char in line:  # each in a font that has it
            writing.setFont(font_name(ARABIC if "\u0600" <= char <= "\u06ff" else LATIN, False), 12)
            writing.textOut(char)
        canvas.drawText(writing)
    canvas.setFont(font_name(LATIN if left_to_right_page else ARABIC, False), 2)
    canvas.drawString(20, 10, ("abc " if left_to_right_page else "سفر ") * 100)  # the page's majority
    canvas.save()
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout
    expected, hyphenated = [], ""
    for line in lines:
        if line.endswith("-"):
            hyphenated += reorder(line[:-1], left_to_right_page)
        else:
            expected.append(hyphenated + reorder(line, left_to_right_page))
            hyphenated = ""
    assert [line for line in text.split("\n") if line.strip()][:len(expected)] == expected


def test_only_lines_poppler_would_get_wrong_carry_actual_text():
    """A left-to-right line poppler reads back from its glyphs keeps them (a viewer selects and
    searches glyph by glyph); where it would not, on a page of either direction, it gets an
    ActualText for that kind of page."""
    assert shaped_line("Customer journey", 12, False).actual_text is None
    assert shaped_line("Hello (world)", 12, False).actual_text[0] is None  # only a right-to-left page moves ")"
    assert shaped_line("Hello (world)", 12, False).actual_text[1] is not None
    for text in ("Two  spaces", "no\xa0break", "Ω ≈ 3", "Step 1 -"):  # glyphs lose or drop something
        assert None not in shaped_line(text, 12, False).actual_text, text


#: lines without right-to-left letters whose glyphs alone poppler would not give back: spaces it
#: drops or makes plain, single-letter words it runs together, a hyphen it takes for a broken word,
#: a neutral at the end (on a right-to-left page), a neutral an isolate draws out of order
NO_RTL_LETTERS = ["Two  spaces", "no\xa0break", "thin\u2009space", "ideographic\u3000space", "Ω ≈ 3", "Step 1 -",
                  "“Quote”", "李娜：我。", "Hello (world)", "\u2067abc!\u2069 x", "Customer journey"]


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler's pdftotext")
@pytest.mark.parametrize("left_to_right_page", [True, False])
def test_lines_without_right_to_left_letters_read_back_as_typed(tmp_path, left_to_right_page):
    path = tmp_path / "ltr.pdf"
    canvas = TextCanvas(str(path), initialFontName=register_fonts(), pagesize=(600, 40 * (len(NO_RTL_LETTERS) + 2)))
    for k, line in enumerate(NO_RTL_LETTERS):
        draw_text(canvas, line, 20, 40 * (len(NO_RTL_LETTERS) + 1 - k), 560, 12, False, black)
    draw_text(canvas, ("abc " if left_to_right_page else "سفر ") * 100, 20, 10, 560, 2, False, black)
    canvas.save()
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert [without_marks(line) for line in text.split("\n")][:len(NO_RTL_LETTERS)] == NO_RTL_LETTERS


def test_a_line_drawn_out_of_order_carries_actual_text_on_every_page():
    # no right-to-left letter, but a right-to-left isolate draws the "!" left of "abc"
    line = shaped_line("\u2067abc!\u2069 x", 12, False)
    assert line.actual_text is not None and None not in line.actual_text
