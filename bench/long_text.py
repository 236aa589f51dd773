"""Line breaking of long unbroken text, and the PDF of a map with a huge card title, against
floors measured in the same run.

    python bench/long_text.py [--sizes 10000,100000,1000000] [--quick] [--json OUT]

wrap(): Latin ("xxxx…"), CJK, and Persian + Chinese + Latin mixed, all without a space, at a
card title's width, with no line limit (every line) and with max_lines=3 (what a card shows).
Floor: a plain Python loop adding up the same string's advances, already measured (the least a
breaker that reads every character in Python does). PDF: the sample map with one card's title
100,000 characters long, and the same map with a short title, against bare reportlab drawing
that 100,000-character text once in one string; and the sample map with its description (drawn
in the title block) 100,000 characters long or short, shaping cache emptied before each export.
levels / split_runs / visual_runs (bidi and script runs, text/bidi.py and text/runs.py) at 10k
and 100k characters (1k and 10k with --quick): digits after a Persian word, one Persian word,
mixed scripts; floor: a Python loop reading each character's bidi class.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SCRIPTS = {"latin": "x", "cjk": "觸點體驗旅程客户支付", "mixed": "سفرمشتری觸點體驗Journey"}
WIDTH, SIZE, BOLD = 198.0, 13.0, True  # a card title: 260-unit stage, less gutters, padding, icon
PDF_TITLE = 100_000


def unbroken(length: int, alphabet: str) -> str:
    """A deterministic string with no break opportunity but CJK characters."""
    return "".join(alphabet[(i * 7) % len(alphabet)] for i in range(length))


def sum_advances(text: str, advances: dict[str, float]) -> float:
    total = 0.0
    for char in text:
        total += advances[char]
    return total


def bare_pdf(path: Path, font: str, text: str) -> None:
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(str(path), pagesize=(600, 400))
    canvas.setFont(font, SIZE)
    canvas.drawString(10, 200, text)
    canvas.save()


def best_of(fn, repeat: int) -> float:
    from run import timed  # bench/run.py's: the best of several runs, as every bench row takes it

    return timed(fn, repeat)


def wrap_rows(sizes: list[int], repeat: int) -> list[dict]:
    from journeyeditor.text.measure import FontMeasurer, wrap

    rows = []
    for script, alphabet in SCRIPTS.items():
        for size in sizes:
            text = unbroken(size, alphabet)
            measurer = FontMeasurer()
            measurer.width(text, SIZE, BOLD)  # every character read from the fonts, outside the timings
            floor_s = best_of(partial(sum_advances, text, measurer.chars[BOLD]), repeat)
            for max_lines in (0, 3):
                value_s = best_of(partial(wrap, text, measurer, WIDTH, SIZE, BOLD, max_lines), repeat)
                rows.append({"case": f"wrap {script} max_lines={max_lines}", "size": size,
                             "value_s": value_s, "floor_s": floor_s})
    return rows


def pdf_rows(repeat: int) -> list[dict]:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    from journeyeditor.export.pdf import export_pdf
    from journeyeditor.export.pdftext import font_name
    from journeyeditor.templates import build_sample
    from journeyeditor.text.fonts import CJK, LATIN

    rows = []
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "out.pdf"
        for script, alphabet in SCRIPTS.items():
            title = unbroken(PDF_TITLE, alphabet)
            face = CJK if script == "cjk" else LATIN
            floor_font = f"floor-{face.key}"
            # the app's faces first: reportlab gives a font file's later names the object first
            # registered for it, and the app's fonts must be its own (they map glyphs reportlab's do not)
            font_name(face, BOLD)
            pdfmetrics.registerFont(TTFont(floor_font, str(face.path(BOLD))))  # outside the timings
            floor_s = best_of(partial(bare_pdf, out, floor_font, title), repeat)
            for label, card_title in (("long title", title), ("short title", title[:12])):
                project = build_sample()
                m = project.maps[0]
                card = next(iter(project.contents(m.id).cards.values()))
                project.update(card.id, title=card_title)
                export_pdf(project, [m], out)  # fonts registered on first use, outside the timings
                value_s = best_of(partial(export_pdf, project, [m], out), repeat)
                rows.append({"case": f"pdf {script} {label}", "size": len(card_title),
                             "value_s": value_s, "floor_s": floor_s})
            # the map's description 100,000 characters long (drawn in the title block), shaped
            # afresh each time: pdftext's cache emptied before every export
            for label, description in (("long description", title), ("short description", title[:12])):
                project = build_sample()
                m = project.maps[0]
                project.update(m.id, description=description)
                export_pdf(project, [m], out)
                value_s = best_of(partial(export_uncached, project, m, out), repeat)
                rows.append({"case": f"pdf {script} {label}", "size": len(description),
                             "value_s": value_s, "floor_s": floor_s})
    return rows


def export_uncached(project, m, out: Path) -> None:
    from journeyeditor.export import pdftext
    from journeyeditor.export.pdf import export_pdf

    pdftext._SHAPED.clear()
    export_pdf(project, [m], out)


#: bidi levels, script runs and visual runs (text/bidi.py, text/runs.py): a long run of digits
#: after a Persian word, one long Persian word, and Persian + Chinese + Latin + digits mixed
RUN_TEXTS = {"digits": lambda n: "سفر " + unbroken(n - 4, "0123456789"),
             "persian": lambda n: unbroken(n, "سفرمشتری"),
             "mixed": lambda n: unbroken(n, "سفر Journey 42 (觸點) مشتری ۱۲۳ ")}


def bidi_classes(text: str) -> None:
    from unicodedata import bidirectional

    for char in text:
        bidirectional(char)


def text_run_rows(sizes: list[int], repeat: int) -> list[dict]:
    from journeyeditor.text.bidi import levels, visual_runs
    from journeyeditor.text.runs import split_runs

    rows = []
    for kind, make in RUN_TEXTS.items():
        for size in sizes:
            text = make(size)
            visual_runs(text)  # caches (scripts, fonts' coverage) warm
            floor_s = best_of(partial(bidi_classes, text), repeat)
            for fn in (levels, split_runs, visual_runs):
                value_s = best_of(partial(fn, text), repeat)
                rows.append({"case": f"{fn.__name__} {kind}", "size": size, "value_s": value_s, "floor_s": floor_s})
    return rows


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--quick", action="store_true", help="small sizes and one try each, a few seconds")
    parser.add_argument("--json", dest="json_out")
    args = parser.parse_args()
    sizes = [1000, 10_000] if args.quick else [int(s) for s in args.sizes.split(",")]
    repeat = 1 if args.quick else 3
    rows = wrap_rows(sizes, repeat) + text_run_rows([1000, 10_000] if args.quick else [10_000, 100_000], repeat) \
        + pdf_rows(repeat)
    for row in rows:
        row["ratio"] = row["value_s"] / row["floor_s"] if row["floor_s"] else None
    print(f"{'case':<28} {'chars':>9} {'value':>11} {'floor':>11} {'ratio':>7}")
    for row in rows:
        value, floor = row["value_s"] * 1000, row["floor_s"] * 1000
        print(f"{row['case']:<28} {row['size']:>9} {value:8.1f} ms {floor:8.1f} ms {row['ratio']:7.2f}")
    if args.json_out:
        Path(args.json_out).write_text(json.dumps(rows, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
