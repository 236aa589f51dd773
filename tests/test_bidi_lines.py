"""Mixed-direction lines print in the order the canvas shows them, and read back as typed.

Qt lays each line out on the canvas (its own complete bidi algorithm); the PDF orders runs with
text/bidi.py. For every line below, every character Qt draws must come in the same left-to-right
order, and read in the same direction, in `visual_runs` as in Qt's layout, and the PDF must draw
it there. Text extraction must give each line back exactly as typed, from pypdf and from
pdftotext (poppler), on a page poppler reads left to right and on one it reads right to left
(pdftotext's embedding marks aside: see export/popplertext.py for why some lines need the
empty ones the ActualText adds).
"""

import re
import shutil
import subprocess
import sys
import unicodedata

import pytest
from pypdf import PdfReader
from reportlab.lib.colors import black

from journeyeditor.export.pdf import export_pdf
from journeyeditor.export.pdftext import TextCanvas, draw_text, register_fonts, shaped_line
from journeyeditor.export.popplertext import EMBEDDING_MARKS, PDF
from journeyeditor.templates import build_sample
from journeyeditor.text import bidi

LINES = [
    # Persian with Persian and Latin digits, ٪ and %
    "نرخ تبدیل ۳٫۲٪ (conversion 3.2%)",
    "رزرو دوچرخه تا ۱۰ دقیقه قبل",
    "رزرو دوچرخه تا 10 دقیقه قبل",
    "۶۱٪ ثبت‌نام را کامل کردند",
    "61% ثبت‌نام را کامل کردند",
    "نرخ تمدید: ۴۸٪ پس از ماه اول",
    "قیمت ۱۲٬۵۰۰ تومان در ماه",
    "قیمت 12,500 تومان در ماه",
    "سال ۱۴۰۳ — فصل ۲",
    "۱۲۳",
    "تخفیف -۲۰٪ برای دانشجویان",
    "دمای هوا −۵ درجه",
    # brackets and quotes
    "سفر مشتری (Journey 2024)",
    "«می‌خواهم شهر را با دوچرخه کشف کنم.»",
    "آیا قفل درست بسته شد؟",
    "او گفت: «سلام» و رفت",
    "(سفر) مشتری",
    "سفر [مرحله ۲] مشتری",
    "فرم «ثبت‌نام» فقط انگلیسی بود",
    "«Hello» یعنی سلام",
    "اپ (App) را باز کنید",
    "گام ۱) دانلود اپ",
    # Latin words, URLs, addresses
    "ثبت‌نام در اپلیکیشن Cityline",
    "Cityline اپلیکیشن را دانلود کنید",
    "به https://cityline.example/fa/signup بروید",
    "ایمیل: support@cityline.example",
    "The word سفر means journey",
    "Stage 2 — 觸點 — سفر (Journey 2024)",
    "abc (سفر) def",
    "Price: قیمت ۱۲ تومان today",
    "Sara said «سلام دنیا» twice",
    # emoji
    "عالی بود 👍",
    "👍 عالی بود",
    "دوچرخه 🚲 آماده است",
    "Great ride 🚲 سفر خوب",
    # Hebrew
    "שלום עולם",
    "מסע לקוח (Customer journey)",
    "הזמנה מספר 12345 אושרה",
    "Hello שלום 123",
    "שלום, مرحبا, hello",
    # numbers with separators, phone numbers, dates and times
    "تلفن: +98 21 1234 5678",
    "شماره تماس ۰۹۱۲-۳۴۵-۶۷۸۹",
    "تاریخ ۱۴۰۳/۰۲/۱۵ ساعت ۱۴:۳۰",
    "1,234.56 ریال",
    "ساعت 08:30 تا 17:45",
    "کد پستی 12345-6789",
    # CJK with Latin
    "简体中文：用户旅程",
    "在地铁站取车，骑到公司 (Metro station)",
    "早上八点站点经常没有车",
    "Li Na 李娜：我只想准时到公司。",
    "価格は ¥1,200 です",
    "Stage 2 — 觸點",
    # lines starting with neutrals or digits
    "123 سفر",
    "۱۲۳ سفر مشتری",
    "- سفر مشتری",
    "... سفر",
    "(1) سفر",
    "\"سفر\" journey",
    "2024 Journey",
    "  سفر با فاصله",
    "!سلام",
    # a hyphen-minus at the end, which poppler takes for a word broken over two lines
    "مرحله ۲ -",
    "Step 1 -",
    # explicit marks and isolates
    "\u200fCityline اپ",
    "\u200eسفر مشتری",
    "سفر\u200f (1)",
    "abc\u200f (1)",
    "نسخه \u2066v2.1\u2069 منتشر شد",
    "Version \u2067نسخه ۲\u2069 released",
    "ID: \u200e۱۲۳-۴۵\u200e",
    # Arabic-script joining: the لا ligature, zero-width non-joiners, vowel marks
    "آنلاین",
    "ثبت‌نام آنلاین",
    "می‌خواهم شهر را کشف کنم",
    "مُحَمَّد",
    # left to right only, for contrast
    "Customer journey",
    "Hello (world)",
    "Путь клиента",
]


def qt_positions(text: str) -> dict[int, tuple[float, bool]]:
    """Character index -> (left edge of its glyphs, whether its run reads right to left), for
    each character Qt draws with a glyph of its own (not marks or invisible format characters,
    which sit on another character's place)."""
    from PySide6.QtGui import QTextLayout

    from journeyeditor.ui.qtfonts import ui_font

    layout = QTextLayout(text, ui_font(20))
    layout.beginLayout()
    layout.createLine().setLineWidth(100_000)
    layout.endLayout()
    flags = QTextLayout.GlyphRunRetrievalFlag
    found = {}
    utf16 = 0  # Qt counts UTF-16 code units: a character outside the BMP takes two
    for index, char in enumerate(text):
        start, utf16 = utf16, utf16 + (2 if ord(char) > 0xFFFF else 1)
        if unicodedata.category(char) in ("Mn", "Me", "Cf"):
            continue
        runs = layout.glyphRuns(start, utf16 - start, flags.RetrieveGlyphPositions | flags.RetrieveGlyphIndexes)
        xs = [point.x() for run in runs for point in run.positions()]
        if xs:
            found[index] = (min(xs), runs[0].isRightToLeft())
    return found


def visual_order(text: str) -> tuple[list[int], dict[int, bool]]:
    """Character indexes left to right as visual_runs lays them out, and each one's direction."""
    order, rtl = [], {}
    for run in bidi.visual_runs(text):
        indexes = range(run.start, run.start + len(run.text))
        order += reversed(indexes) if run.rtl else indexes
        rtl.update(dict.fromkeys(indexes, run.rtl))
    return order, rtl


def test_there_are_enough_lines():
    assert len(LINES) >= 60 and len(set(LINES)) == len(LINES)


#: Linux (and CI, which installs libfribidi0) must have FriBidi; elsewhere it may be missing, and
#: the stand-in orders a bracket between scripts differently
needs_fribidi = pytest.mark.skipif(bidi.BIDI_ENGINE != "fribidi" and sys.platform != "linux",
                                   reason="GNU FriBidi is not installed")


@needs_fribidi
def test_fribidi_resolves_the_levels():
    assert bidi.BIDI_ENGINE == "fribidi"


@needs_fribidi
@pytest.mark.parametrize("text", LINES)
def test_visual_order_is_qts(qapp, text):
    qt = qt_positions(text)
    order, rtl = visual_order(text)
    assert sorted(order) == list(range(len(text)))
    drawn = [index for index in order if index in qt]
    # left to right as Qt draws them (characters Qt puts on one place may come in any order)
    xs = [round(qt[index][0], 2) for index in drawn]
    assert xs == sorted(xs), [(text[i], x) for i, x in zip(drawn, xs)]
    # whitespace at a run's edge has no direction of its own to compare
    assert [text[i] for i in drawn if qt[i][1] != rtl[i] and not text[i].isspace()] == []


def test_runs_keep_their_logical_text_and_start():
    text = "نرخ تبدیل ۳٫۲٪ (conversion 3.2%)"
    runs = bidi.visual_runs(text)
    assert "".join(run.text for run in sorted(runs, key=lambda run: run.start)) == text
    assert [(run.text, run.rtl) for run in runs][:3] == [(")", True), ("conversion 3.2%", False), ("(", True)]
    assert runs[-1].text == "نرخ تبدیل " and runs[-1].rtl and runs[-1].start == 0


def test_paragraph_direction_skips_isolates():
    assert bidi.paragraph_is_rtl("سفر abc")
    assert not bidi.paragraph_is_rtl("abc سفر")
    assert bidi.paragraph_is_rtl("\u2066abc\u2069 سفر")  # the isolate's "abc" does not count (P2)
    assert not bidi.paragraph_is_rtl("123 —")


def test_without_fribidi_python_bidi_stands_in(monkeypatch):
    """Where the library is missing the older algorithm runs (no bracket pairs): lines still
    come out, in the same order for text without brackets between scripts."""
    monkeypatch.setattr(bidi, "_FRIBIDI", None)
    assert bidi.levels("رزرو دوچرخه تا ۱۰ دقیقه") == [1] * 15 + [2, 2] + [1] * 6
    assert bidi.levels("نسخه \u2066v2.1\u2069 منتشر")[6:10] == [2, 2, 2, 2]  # isolates read as neutrals
    assert bidi.paragraph_is_rtl("سفر abc") and not bidi.paragraph_is_rtl("abc سفر")
    runs = bidi.visual_runs("abc سفر 12")
    assert [(run.text, run.rtl) for run in runs] == [("abc ", False), ("12", False), ("سفر ", True)]


def pdf_positions(text: str) -> dict[int, float]:
    """Character index -> where the PDF draws its cluster (left edge of its glyphs)."""
    clusters = sorted((run.char_start[k], min(run.xs[run.first_glyph[k]:run.end_glyph[k]]))
                      for run in shaped_line(text, 20, False).runs for k in range(len(run.readings)))
    ends = [start for start, _ in clusters[1:]] + [len(text)]
    return {index: x for (start, x), end in zip(clusters, ends) for index in range(start, end)}


@needs_fribidi
@pytest.mark.parametrize("text", LINES)
def test_the_pdf_draws_each_character_where_qt_does(qapp, text):
    qt, pdf = qt_positions(text), pdf_positions(text)
    drawn = sorted(qt, key=lambda index: (pdf[index], qt[index][0]))
    xs = [round(qt[index][0], 2) for index in drawn]
    assert xs == sorted(xs), [(text[i], round(pdf[i], 1), x) for i, x in zip(drawn, xs)]


def test_a_bracket_in_right_to_left_text_is_drawn_mirrored():
    from reportlab.pdfbase import pdfmetrics

    text = "سفر (مشتری)"
    run = next(run for run in shaped_line(text, 12, False).runs if run.char_start[0] == text.index("("))
    font = pdfmetrics.getFont(run.font)
    code = run.codes[run.first_glyph[0]]
    assert font.face.charToGlyph[ord(code)] == font.face.charToGlyph[ord(")")]  # the glyph of ")"
    assert font.cluster_text[ord(code)] == "("  # read back as typed


# --- text extraction --------------------------------------------------------------------------

#: tiny print that gives the page its majority of letters: poppler reorders by it
FILLERS = {"left-to-right page": "Latin filler " * 60, "right-to-left page": "سفر " * 400}


def lines_pdf(path, filler: str) -> None:
    """Each line on its own row of one page (the filler in tiny print at the bottom)."""
    canvas = TextCanvas(str(path), initialFontName=register_fonts(), pagesize=(900, 30 * (len(LINES) + 2)))
    for k, line in enumerate(LINES):
        draw_text(canvas, line, 20, 30 * (len(LINES) + 1 - k), 860, 12, False, black)
    draw_text(canvas, filler, 20, 10, 860, 2, False, black)
    canvas.save()


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def pdftotext(path) -> str:
    """pdftotext's text, without the embedding marks (RLE, LRE ... PDF) it puts around every
    stretch it turned round: they say how it reordered, they were not typed. They must pair up
    on every line (the empty embeddings the ActualText adds too), or a bidi display would run
    one stretch's direction on into the next."""
    text = nfc(subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True,
                              check=True).stdout)
    for line in text.split("\n"):
        depth = 0
        for mark in re.findall(f"[{EMBEDDING_MARKS}]", line):
            depth += -1 if mark == PDF else 1
            assert depth >= 0, line
        assert depth == 0, line
    return re.sub(f"[{EMBEDDING_MARKS}]", "", text)


def as_typed(text: str) -> re.Pattern:
    """`text` exactly, but that a line may end at a space where the layout wrapped it."""
    return re.compile(re.escape(nfc(text)).replace("\\ ", "[ \n]"))


needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler's pdftotext")


@pytest.mark.parametrize("page", FILLERS)
def test_pypdf_gives_every_line_back_as_typed(tmp_path, page):
    path = tmp_path / "lines.pdf"
    lines_pdf(path, FILLERS[page])
    extracted = PdfReader(path).pages[0].extract_text().split("\n")
    assert extracted[:len(LINES)] == [nfc(line) for line in LINES]


@needs_poppler
@pytest.mark.parametrize("page", FILLERS)
def test_pdftotext_gives_the_lines_back_in_logical_order(tmp_path, page):
    path = tmp_path / "lines.pdf"
    lines_pdf(path, FILLERS[page])
    extracted = [line for line in pdftotext(path).split("\n") if line.strip()][:len(LINES)]
    assert extracted == [nfc(line) for line in LINES]  # spaces and all


def sample_strings(project) -> list[str]:
    """Every card title and body, stage and lane name of every map, and persona names."""
    strings = [persona.name for persona in project.personas]
    for m in project.maps:
        contents = project.contents(m.id)
        strings += [stage.name for stage in contents.stages] + [lane.name for lane in contents.lanes]
        strings += [text for card in contents.cards.values() for text in (card.title, card.body) if text]
    return strings


@needs_poppler
def test_every_string_of_the_sample_reads_back_exactly(tmp_path):
    project = build_sample()
    out = tmp_path / "sample.pdf"
    export_pdf(project, project.maps, out)
    strings = sample_strings(project)
    assert len(strings) > 150 and any(bidi.paragraph_is_rtl(text) for text in strings)
    poppler = pdftotext(out)
    pypdf = nfc("\n".join(page.extract_text() for page in PdfReader(out).pages))
    assert [text for text in strings if not as_typed(text).search(poppler)] == []
    assert [text for text in strings if not as_typed(text).search(pypdf)] == []
    assert sum(nfc(text) in poppler for text in strings) > 140  # most on one line: wrapping is no loophole
    # typed letters, never the contextual forms a font's cmap lists
    assert not re.search("[\ufb50-\ufdff\ufe70-\ufefe]", poppler + pypdf)


@needs_poppler
@pytest.mark.parametrize("page", ["right-to-left page", "left-to-right page"])
def test_a_map_of_the_lines_reads_back_card_by_card(tmp_path, page):
    """The lines as card titles on an exported map: cards wrap them, stand side by side and
    above each other; each card's lines must come back in one piece, in order, as laid out
    (poppler groups lines into blocks by where their text is: a line's ActualText must cover
    the whole line). A map in Persian gives a right-to-left page; English cards enough to
    outweigh it, a left-to-right one."""
    from journeyeditor.layout import LayoutEngine
    from journeyeditor.model import Card
    from journeyeditor.templates import build_template

    project = build_template("current-state", language="fa")
    m = project.maps[0]
    contents = project.contents(m.id)
    cells = [(stage, lane) for stage in contents.stages for lane in contents.lanes]
    titles = LINES + (["Customer journey mapping workshop notes"] * 60 if page == "left-to-right page" else [])
    for k, title in enumerate(titles):
        stage, lane = cells[k % len(cells)]
        project.add(Card(m.id, stage.id, lane.id, title))
    out = tmp_path / "map.pdf"
    export_pdf(project, [m], out)
    raw = subprocess.run(["pdftotext", "-enc", "UTF-8", str(out), "-"], capture_output=True, text=True,
                         check=True).stdout
    # poppler wraps every line of a right-to-left page in RLE ... PDF, and only those
    assert any(line.startswith("\u202b\u202aCustomer") for line in raw.split("\n")) == (page == "right-to-left page")
    poppler = pdftotext(out)
    pypdf = nfc("\n".join(p.extract_text() for p in PdfReader(out).pages))
    cards = [box.title_lines for box in LayoutEngine().layout(project, m.id).cards.values()]
    assert len(cards) == len(titles) and sum(len(lines) > 1 for lines in cards) > 10
    assert [lines for lines in cards if nfc("\n".join(lines)) not in poppler] == []
    assert [lines for lines in cards if nfc("\n".join(lines)) not in pypdf] == []
