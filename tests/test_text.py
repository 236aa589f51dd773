import sys
from itertools import pairwise

import pytest

from journeyeditor.text import split_runs
from journeyeditor.text.measure import SAFETY, CharAdvances, FontMeasurer, TextAdvances, wrap
from journeyeditor.text.runs import missing_characters, script_of


def runs(text):
    return [(r.text, r.script, r.font.key, r.rtl) for r in split_runs(text)]


def test_common_characters_join_their_neighbours():
    assert runs("Stage 2 — 觸點") == [("Stage 2 — ", "latin", "latin", False), ("觸點", "han", "cjk", False)]


def test_each_script_gets_a_font_that_has_its_glyphs():
    text = "Journey — Путь — 旅程 — 旅程 — たび — سفر مشتری"
    result = split_runs(text)
    assert "".join(r.text for r in result) == text
    assert {r.script for r in result} >= {"latin", "cyrillic", "han", "kana", "arabic"}
    for run in result:
        assert not run.missing
        assert all(run.font.covers(ch) for ch in run.text)
    persian = [r for r in result if r.script == "arabic"]
    assert persian and all(r.rtl and r.font.key == "arabic" for r in persian)


def test_traditional_chinese_and_persian_digits_are_covered():
    assert missing_characters("觸點體驗 ۱۲۳ می‌خواهم") == []


def test_missing_glyphs_are_reported_not_hidden():
    assert missing_characters("ok שלום") == list("שלום")
    assert script_of("ש") == "hebrew"


# ------------------------------------------------------------------ line breaking of long words
PERSIAN_CHINESE_LATIN = "سفرمشتری觸點體驗Journey"


def long_word(length: int, alphabet: str) -> str:
    return "".join(alphabet[(i * 7) % len(alphabet)] for i in range(length))


class CountingAdvances(CharAdvances):
    """Counts every look-up of a character's advance: what wrap's work grows with."""

    looked_up = 0

    def __getitem__(self, char: str) -> float:
        self.looked_up += 1
        return super().__getitem__(char)


def counting_measurer() -> FontMeasurer:
    measurer = FontMeasurer()
    measurer.chars = (CountingAdvances(False), CountingAdvances(True))
    measurer.texts = (TextAdvances(measurer.chars[0]), TextAdvances(measurer.chars[1]))
    return measurer


@pytest.mark.parametrize("alphabet", ["x", "Wil", "觸點體驗", PERSIAN_CHINESE_LATIN])
@pytest.mark.parametrize("bold", [False, True])
def test_a_long_word_is_cut_into_lines_that_fit_and_give_back_the_text(alphabet, bold):
    measurer = FontMeasurer()
    text = long_word(5000, alphabet)
    lines = wrap(text, measurer, 198, 13, bold)
    assert "".join(lines) == text
    assert len(lines) > 1
    assert all(line and measurer.width(line, 13, bold) <= 198 * SAFETY for line in lines)
    if alphabet.isascii():  # no break at all: each line is as long as fits (CJK breaks between characters)
        for line, following in pairwise(lines):
            assert measurer.width(line + following[0], 13, bold) > 198 * SAFETY


def test_a_long_word_after_words_starts_its_own_line_and_ends_in_an_ellipsis_at_max_lines():
    measurer = FontMeasurer()
    word = long_word(100_000, "xy")
    lines = wrap("Checks the app " + word, measurer, 198, 13, True, 3)
    assert lines[0] == "Checks the app"
    assert len(lines) == 3 and lines[2].endswith("…") and word.startswith("".join(lines[1:])[:-1])
    assert all(measurer.width(line, 13, True) <= 198 * SAFETY for line in lines)


@pytest.mark.parametrize("alphabet", ["x", "Wil", "سفرمشتری"])
def test_wrap_looks_up_each_character_of_a_long_word_a_bounded_number_of_times(alphabet):
    """Work grows with the text, not with its square: counted, not timed. (Measuring every
    prefix again, as wrap once did, looked up 7,000 characters per character of a 1,000-character
    word.)"""
    n = 200_000
    text = long_word(n, alphabet)
    measurer = counting_measurer()
    lines = wrap(text, measurer, 198, 13, True)
    looked_up = measurer.chars[True].looked_up
    assert "".join(lines) == text
    assert looked_up <= 3 * n, f"{looked_up} look-ups for {n} characters"
    # with max_lines, the word is measured once and only the start its lines show is walked
    measurer = counting_measurer()
    wrap(text, measurer, 198, 13, True, 3)
    assert measurer.chars[True].looked_up <= n + 1000


def calls_made(function, *args) -> int:
    """How many Python and built-in functions a call makes: a measure of work that, unlike a
    timing, is the same on every machine."""
    calls = 0

    def count(frame, event, arg):
        nonlocal calls
        if event in ("call", "c_call"):
            calls += 1

    sys.setprofile(count)
    try:
        function(*args)
    finally:
        sys.setprofile(None)
    return calls


@pytest.mark.parametrize("alphabet", ["x", "觸點體驗", PERSIAN_CHINESE_LATIN, "word "])
@pytest.mark.parametrize("max_lines", [0, 3])
def test_wrap_work_grows_linearly_with_the_text(alphabet, max_lines):
    measurer = FontMeasurer()
    wrap(long_word(1000, alphabet), measurer, 198, 13, True)  # characters are read from the fonts once
    small = calls_made(wrap, long_word(50_000, alphabet), measurer, 198, 13, True, max_lines)
    large = calls_made(wrap, long_word(100_000, alphabet), measurer, 198, 13, True, max_lines)
    assert large <= 2.2 * small, f"{small} calls for 50,000 characters, {large} for 100,000"
    if max_lines:  # only what the lines show is broken: no more work for a longer text
        assert large <= 1.2 * small
