"""One long word must never hang export: bidi levels, script runs and visual runs take work in
proportion to the text's length, and the PDF shapes only the part of a huge map name,
description, persona name or project title that is drawn (plus a capped invisible copy).

No timings: work is counted. Python lines executed in text/bidi.py and text/runs.py (a scan
back from every digit would show up there), and characters copied by string concatenation and
slicing, through a str subclass whose characters report every `+` (building a run by
`run += char` copies the run each time, which no line count sees).
"""

import sys
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader

from journeyeditor.export import pdftext
from journeyeditor.export.pdf import HIDDEN_MAX, PdfOptions, export_pdf
from journeyeditor.templates import build_sample
from journeyeditor.text import bidi, runs

TEXT_FILES = {Path(bidi.__file__).resolve(), Path(runs.__file__).resolve()}
N = 2000  # and 2N: enough for a quadratic term to double the ratio, small enough if it does


def cycle(alphabet: str, length: int) -> str:
    return "".join(alphabet[i % len(alphabet)] for i in range(length))


class Counted(str):
    """A string whose characters and slices are Counted too, adding up what `+` and slicing copy."""

    copied = 0

    def __iter__(self):
        for char in str.__iter__(self):
            yield Counted(char)

    def __getitem__(self, key):
        part = Counted(str.__getitem__(self, key))
        Counted.copied += len(part)
        return part

    def __add__(self, other):
        Counted.copied += len(self) + len(other)
        return Counted(str.__add__(self, other))


def lines_run(fn, text: str) -> int:
    """Lines executed in the text modules while fn(text) runs."""
    fn(text)  # caches (script_of, fonts' coverage) warm, so n and 2n do the same kind of work
    count = 0

    def local(frame, event, arg):
        nonlocal count
        if event == "line":
            count += 1
        return local

    files: dict[str, bool] = {}

    def tracer(frame, event, arg):
        name = frame.f_code.co_filename
        if name not in files:
            files[name] = Path(name).resolve() in TEXT_FILES
        return local if files[name] else None

    previous = sys.gettrace()
    sys.settrace(tracer)
    try:
        fn(text)
    finally:
        sys.settrace(previous)
    return count


def chars_copied(fn, text: str) -> int:
    fn(str(text))
    Counted.copied = 0
    fn(Counted(text))
    return Counted.copied


# (function, text of length n): long runs of digits and punctuation after a strong character,
# one long run of one script, mixed text
CASES = {
    "levels digits after Persian": (bidi.levels, lambda n: "سفر " + "1" * n),
    "levels Persian digits and punctuation": (bidi.levels, lambda n: "abc " + cycle("۱۲۳.,-٤5 ", n)),
    "levels mixed": (bidi.levels, lambda n: cycle("سفر Journey 42 (觸點) مشتری ۱۲۳ ", n)),
    "split_runs Persian": (runs.split_runs, lambda n: cycle("سفرمشتری", n)),
    "split_runs Latin": (runs.split_runs, lambda n: "x" * n),
    "split_runs mixed": (runs.split_runs, lambda n: cycle("سفر Journey 42 (觸點) مشتری ۱۲۳ ", n)),
    "visual_runs Persian": (bidi.visual_runs, lambda n: cycle("سفرمشتری", n)),
    "visual_runs digits": (bidi.visual_runs, lambda n: "سفر " + "1" * n),
    "visual_runs mixed": (bidi.visual_runs, lambda n: cycle("سفر Journey 42 (觸點) مشتری ۱۲۳ ", n)),
}


@pytest.mark.parametrize("case", list(CASES))
def test_text_runs_take_work_in_proportion_to_the_length(case):
    fn, make = CASES[case]
    small, large = make(N), make(2 * N)
    lines = lines_run(fn, small), lines_run(fn, large)
    # levels are resolved in C (FriBidi, linear): its Python lines stay the same for any length
    assert lines[1] / lines[0] < 2.3, lines
    copied = chars_copied(fn, small), chars_copied(fn, large)
    assert copied[1] <= 2.3 * max(copied[0], len(small)), copied


def test_results_do_not_depend_on_the_string_type():
    text = cycle("سفر Journey 42 (觸點) مشتری ۱۲۳ «x» [y] ", 3000)
    assert bidi.levels(Counted(text)) == bidi.levels(text)
    assert [(r.text, r.font, r.script, r.missing) for r in runs.split_runs(Counted(text))] == \
        [(r.text, r.font, r.script, r.missing) for r in runs.split_runs(text)]
    assert [(r.text, r.font, r.rtl) for r in bidi.visual_runs(Counted(text))] == \
        [(r.text, r.font, r.rtl) for r in bidi.visual_runs(text)]


LONG = 100_000
DIGITS = cycle("0123456789", LONG)
PERSIAN = cycle("سفر مشتری برای دوچرخه شهری ۱۲۳ ", LONG)
MIXED = cycle("Journey سفر 42 (觸點) مشتری ", LONG)
TITLE = "Cityline " + cycle("Journey سفر 42 ", LONG)


def long_project():
    project = build_sample()
    m = project.maps[0]
    project.update(m.id, name=DIGITS, description=PERSIAN)
    project.update(project.personas[0].id, name=MIXED)
    project.title = TITLE
    return project, m


def flat(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).split())


def pdf_text(path) -> str:
    return unicodedata.normalize("NFKC", "\n".join(page.extract_text() for page in PdfReader(path).pages))


@pytest.fixture
def shaped(monkeypatch):
    """Characters shaped during the test (pdftext's cache emptied first)."""
    counts = {"chars": 0, "longest": 0}
    shape = pdftext._shape

    def counting(text, *args):
        counts["chars"] += len(text)
        counts["longest"] = max(counts["longest"], len(text))
        return shape(text, *args)

    monkeypatch.setattr(pdftext, "_SHAPED", {})
    monkeypatch.setattr(pdftext, "_shape", counting)
    return counts


def test_a_map_with_huge_name_description_persona_and_title_exports(tmp_path, shaped):
    sample = tmp_path / "sample.pdf"
    sample_project = build_sample()
    export_pdf(sample_project, [sample_project.maps[0]], sample)
    sample_chars = shaped["chars"]
    project, m = long_project()
    out = tmp_path / "long.pdf"
    shaped["chars"] = 0
    export_pdf(project, [m], out)
    # what is drawn, and at most HIDDEN_MAX invisible characters of each of the four texts
    assert shaped["longest"] <= HIDDEN_MAX + 20
    assert shaped["chars"] <= sample_chars + 4 * (HIDDEN_MAX + 300)
    text = pdf_text(out)
    assert DIGITS[:60] in text
    assert flat(PERSIAN[:20]) in flat(text)  # pypdf turns Persian digits round: the words before them
    assert flat(MIXED[:40]) in flat(text)
    assert flat(TITLE[:40]) in flat(text)
    # drawn cut with an ellipsis; the invisible copy holds the first HIDDEN_MAX characters
    assert "..." in text  # NFKC's ellipsis
    assert DIGITS[:HIDDEN_MAX] in text and DIGITS[:HIDDEN_MAX + 10] not in text


def test_tiles_of_a_map_with_a_huge_name(tmp_path, shaped):
    project, m = long_project()
    out = tmp_path / "tiles.pdf"
    export_pdf(project, [m], out, PdfOptions(tile="A4"))
    assert shaped["longest"] <= HIDDEN_MAX + 20
    pages = PdfReader(out).pages
    first, last = pages[0].extract_text(), pages[-1].extract_text()
    assert DIGITS[:30] in first and "sheets — tape them together in this order" in first
    assert DIGITS[:30] in last and f"({len(pages) - 1}/{len(pages) - 1})" in last


def test_short_texts_are_drawn_whole(tmp_path):
    project = build_sample()
    m = project.maps[0]
    out = tmp_path / "short.pdf"
    export_pdf(project, [m], out)
    text = pdf_text(out)
    for whole in (m.name, m.description, *(p.name for p in project.personas), project.title):
        assert flat(whole) in flat(text)
    assert "..." not in text
