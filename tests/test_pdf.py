"""PDF posters and tiles, checked without a QApplication: sizes, fonts, text, tiles."""

import shutil
import subprocess
import unicodedata

import pytest
from pypdf import PdfReader

from journeyeditor.export.pdf import OVERLAP_EXTRA_MM, PdfExportError, PdfOptions, export_pdf, tile_grid
from journeyeditor.model import Card, Lane, Map, Project, Stage
from journeyeditor.templates import build_sample

MM = 72 / 25.4


def page_sizes(path):
    return [(float(p.mediabox.width), float(p.mediabox.height)) for p in PdfReader(path).pages]


@pytest.mark.parametrize("page, orientation, expected_mm", [
    ("A0", "portrait", (841, 1189)), ("A3", "landscape", (420, 297)), ("letter", "portrait", (215.9, 279.4)),
    ("arch-e", "landscape", (1219.2, 914.4)), ("600x400mm", "landscape", (600, 400)),
    ("tabloid", "portrait", (279.4, 431.8)), ("A5", "portrait", (148, 210)), ("legal", "portrait", (215.9, 355.6)),
])
def test_page_sizes_are_exact(tmp_path, sample_project, page, orientation, expected_mm):
    out = tmp_path / "p.pdf"
    export_pdf(sample_project, [sample_project.maps[0]], out, PdfOptions(page=page, orientation=orientation))
    (w, h), = page_sizes(out)
    assert w == pytest.approx(expected_mm[0] * MM, abs=0.5)
    assert h == pytest.approx(expected_mm[1] * MM, abs=0.5)


def test_fit_page_and_size_limits(tmp_path, sample_project):
    out = tmp_path / "fit.pdf"
    export_pdf(sample_project, sample_project.maps, out, PdfOptions())
    sizes = page_sizes(out)
    assert len(sizes) == len(sample_project.maps)
    assert all(max(s) <= 14400 for s in sizes)
    with pytest.raises(PdfExportError, match="5,080 mm"):
        export_pdf(sample_project, [sample_project.maps[0]], tmp_path / "big.pdf", PdfOptions(page="6000x1000mm"))
    assert not (tmp_path / "big.pdf").exists()
    with pytest.raises(PdfExportError, match="unknown page size"):
        PdfOptions(page="B7").validate()


def test_a_huge_map_fits_the_pdf_limit(tmp_path):
    project = Project("wide")
    m = project.add(Map("Wide"))
    lane = project.add(Lane(m.id, "Actions"))
    for i in range(70):  # 70 x 260 units: wider than 200 inches at scale 1
        stage = project.add_stage(Stage(m.id, f"S{i}"))
        project.add(Card(m.id, stage.id, lane.id, f"Step {i}"))
    out = tmp_path / "wide.pdf"
    export_pdf(project, [m], out)
    (w, h), = page_sizes(out)
    assert w == pytest.approx(14400, abs=0.5) and h < w


def test_every_font_is_embedded(tmp_path, sample_project):
    out = tmp_path / "fonts.pdf"
    export_pdf(sample_project, sample_project.maps, out)
    reader = PdfReader(out)
    fonts = {}
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            fonts[font["/BaseFont"]] = font
    assert len(fonts) >= 4
    for name, font in fonts.items():
        descriptor = font.get("/FontDescriptor")
        if descriptor is None and "/DescendantFonts" in font:
            descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
        descriptor = descriptor.get_object()
        assert any(k in descriptor for k in ("/FontFile2", "/FontFile", "/FontFile3")), name
        assert "+" in name  # a subset
    assert not any("Helvetica" in n or "Times" in n for n in fonts)


def _text_of(path) -> str:
    return unicodedata.normalize("NFC", "\n".join(p.extract_text() for p in PdfReader(path).pages))


@pytest.mark.parametrize("text", [
    "简体中文：用户旅程", "繁體中文：使用者旅程", "にほんご カタカナ", "Путь клиента", "سفر مشتری",
    "Customer journey", "Stage 2 — 觸點 — سفر (Journey 2024)", "می‌خواهم شهر را کشف کنم",
])
def test_text_extracts_back_for_every_script(tmp_path, text):
    project = Project("t")
    m = project.add(Map("M"))
    stage = project.add_stage(Stage(m.id, "S", width=900))
    lane = project.add(Lane(m.id, "L"))
    project.add(Card(m.id, stage.id, lane.id, text))
    out = tmp_path / "t.pdf"
    export_pdf(project, [m], out)
    assert unicodedata.normalize("NFC", text) in _text_of(out)  # as typed, zero-width non-joiners too


def test_layout_line_breaks_are_the_pdf_line_breaks(tmp_path, sample_project):
    from journeyeditor.layout import LayoutEngine

    out = tmp_path / "lines.pdf"
    m = sample_project.maps[0]
    export_pdf(sample_project, [m], out)
    lines = set(_text_of(out).splitlines())
    layout = LayoutEngine().layout(sample_project, m.id)
    latin = [line for box in layout.cards.values() for line in box.title_lines + box.body_lines
             if line.isascii() and len(line) > 8]
    assert latin
    found = [line for line in latin if any(line in extracted for extracted in lines)]
    assert len(found) == len(latin)


def test_tiles_count_overlap_and_labels(tmp_path, sample_project):
    out = tmp_path / "tiles.pdf"
    m = sample_project.maps[0]
    export_pdf(sample_project, [m], out, PdfOptions(tile="A4", overlap_mm=10))
    reader = PdfReader(out)
    from journeyeditor.layout import LayoutEngine

    layout = LayoutEngine().layout(sample_project, m.id)
    plan = tile_grid(layout.width, layout.height, "A4", 10)
    _, _, columns, rows, overlap = plan
    # the overlap asked, or one widened a little (and said so) so that no sheet is left under a
    # third used: which one depends on the sample's exact height
    assert overlap == pytest.approx(10 * MM) or \
        (10 * MM < overlap <= (10 + OVERLAP_EXTRA_MM) * MM and "overlap widened" in plan.note)
    assert len(reader.pages) == 1 + columns * rows  # the assembly page, then the tiles
    assert "tape them together" in reader.pages[0].extract_text()
    assert f"row {rows}, column {columns}" in reader.pages[-1].extract_text()
    for page in reader.pages:
        assert float(page.mediabox.width) == pytest.approx(297 * MM, abs=0.5) or \
            float(page.mediabox.width) == pytest.approx(210 * MM, abs=0.5)


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs poppler's pdftoppm")
def test_tiles_reassemble_into_the_poster(tmp_path):
    """Rasterise the tiles, paste each tile's printable area where it belongs, compare with the
    single-page poster rasterised at the same resolution."""
    from PIL import Image, ImageChops

    from journeyeditor.export.pdf import MARGIN_PT
    from journeyeditor.layout import LayoutEngine

    project = build_sample()
    m = project.maps[2]  # the day-in-the-life map: small, so few tiles
    dpi = 36
    px = dpi / 72
    export_pdf(project, [m], tmp_path / "tiles.pdf", PdfOptions(tile="A4", overlap_mm=10, marks=False))
    layout = LayoutEngine().layout(project, m.id)
    full_w, full_h = layout.width, layout.height
    sheet_w, sheet_h, columns, rows, overlap = tile_grid(full_w, full_h, "A4", 10)
    # the poster alone, as a page exactly its size with no margin: a custom page of the same size
    export_pdf(project, [m], tmp_path / "poster.pdf", PdfOptions(page=f"{full_w / MM + 20:.4f}x{full_h / MM + 20:.4f}mm",
                                                                 orientation="landscape" if full_w >= full_h else "portrait"))
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(tmp_path / "tiles.pdf"), str(tmp_path / "t")], check=True)
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(tmp_path / "poster.pdf"), str(tmp_path / "p")], check=True)
    poster = Image.open(next(tmp_path.glob("p-*.png"))).convert("RGB")
    margin = round(MARGIN_PT * px)
    poster = poster.crop((margin, margin, margin + round(full_w * px), margin + round(full_h * px)))
    stitched = Image.new("RGB", poster.size, "white")
    tiles = sorted(tmp_path.glob("t-*.png"))[1:]
    usable_w, usable_h = sheet_w - 2 * MARGIN_PT, sheet_h - 2 * MARGIN_PT
    for i, tile_path in enumerate(tiles):
        row, column = divmod(i, columns)
        tile = Image.open(tile_path).convert("RGB")
        part = tile.crop((margin, margin, margin + round(usable_w * px), margin + round(usable_h * px)))
        stitched.paste(part, (round(column * (usable_w - overlap) * px), round(row * (usable_h - overlap) * px)))
    difference = ImageChops.difference(stitched, poster).convert("L")
    histogram = difference.histogram()
    differing = sum(histogram[40:]) / (poster.width * poster.height)
    assert differing < 0.02, f"{differing:.1%} of pixels differ"


def test_cli_pdf_export_all_maps(tmp_path, sample_file):
    from journeyeditor.cli import main

    out = tmp_path / "all.pdf"
    assert main(["export", str(sample_file), "--format", "pdf", "--all", "-o", str(out), "--page", "A3"]) == 0
    assert len(PdfReader(out).pages) == 4
    assert main(["export", str(sample_file), "--format", "pdf", "-o", str(out), "--page", "9999x10mm"]) == 1
