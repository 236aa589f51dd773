"""SVG export (export/svg.py): the canvas's painting into QSvgGenerator, its text kept as <text>
in the bundled fonts' families, in every script."""

import base64
from xml.etree import ElementTree

from conftest import FIXTURES

SVG = "{http://www.w3.org/2000/svg}"


def texts_of(data: bytes) -> list:
    return list(ElementTree.fromstring(data).iter(SVG + "text"))


def words_of(elements) -> set[str]:
    return {word for element in elements for word in (element.text or "").split()}


def mermaid_project():
    from journeyeditor.interchange.mermaid import project_from_journeys, read_journeys

    return project_from_journeys(read_journeys(FIXTURES / "mermaid" / "wiki.md"), "wiki")


def test_every_card_line_is_text_in_latin_chinese_russian_and_persian(sample_project):
    from journeyeditor.export.svg import render_map_svg
    from journeyeditor.layout import LayoutEngine
    from journeyeditor.ui.qtfonts import FAMILIES

    for project, m in [(sample_project, sample_project.maps[0]), *((p, p.maps[1]) for p in [mermaid_project()])]:
        data = render_map_svg(project, m)
        root = ElementTree.fromstring(data)
        assert root.find(SVG + "title").text == m.name
        elements = texts_of(data)
        words = words_of(elements)
        lines = [line for box in LayoutEngine().layout(project, m.id).cards.values()
                 for line in box.title_lines + box.body_lines]
        assert len(lines) >= len(project.contents(m.id).cards)
        for line in lines:  # every line of every card; mixed scripts or directions are drawn run by run
            assert set(line.split()) <= words, line
        # every piece of text names the bundled fonts, first to last, as the canvas chooses them
        assert {tuple(e.get("font-family").split(",")) for e in elements} == {tuple(FAMILIES)}
    # the imported map's Chinese and Persian titles are whole <text> elements of their own
    assert {"打开地图", "扫码开锁", "پارک", "دوچرخه"} <= words


def test_the_svg_draws_what_the_png_draws(sample_project):
    """Rendered back by Qt's SVG renderer at the PNG's size, the SVG matches the PNG pixel for
    pixel but for a few antialiased edges."""
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    from journeyeditor.export.png import render_map_image
    from journeyeditor.export.svg import render_map_svg

    m = sample_project.maps[2]  # the day in the life: small, with faces, curves and text
    png = render_map_image(sample_project, m).convertToFormat(QImage.Format.Format_RGB32)
    renderer = QSvgRenderer(render_map_svg(sample_project, m))
    assert renderer.isValid()
    drawn = QImage(png.size(), QImage.Format.Format_RGB32)
    drawn.fill(Qt.GlobalColor.white)
    painter = QPainter(drawn)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, png.width(), png.height()))
    painter.end()
    step = 3
    samples = differing = 0
    for y in range(0, png.height(), step):
        for x in range(0, png.width(), step):
            a, b = png.pixelColor(x, y), drawn.pixelColor(x, y)
            samples += 1
            differing += max(abs(a.red() - b.red()), abs(a.green() - b.green()), abs(a.blue() - b.blue())) > 48
    # measured: 0.007 %; a blank image differs at 1.7 %, the PNG moved 6 px sideways at 1.5 %
    assert differing / samples < 0.002, f"{differing} of {samples} sampled pixels differ"


def test_persona_photos_are_cut_round_not_clipped(sample_project):
    """QSvgGenerator drops clip paths: a photo clipped to its circle would print square."""
    from PySide6.QtGui import QImage

    from journeyeditor.export.svg import render_map_svg

    data = render_map_svg(sample_project, sample_project.maps[0])
    images = list(ElementTree.fromstring(data).iter(SVG + "image"))
    assert len(images) == 3  # the three personas' photos on the sheet
    for element in images:
        encoded = element.get("{http://www.w3.org/1999/xlink}href").split(",", 1)[1]
        photo = QImage.fromData(base64.b64decode(encoded))
        assert photo.hasAlphaChannel() and photo.pixelColor(0, 0).alpha() == 0  # a corner: outside the circle
        assert photo.pixelColor(photo.width() // 2, photo.height() // 2).alpha() == 255


def test_cli_exports_svg_by_suffix_or_format_and_every_map_with_all(tmp_path, sample_file):
    from journeyeditor.cli import main

    assert main(["export", str(sample_file), "-o", str(tmp_path / "map.svg"), "--no-persona-sheet"]) == 0
    assert b">Asks a colleague<" in (tmp_path / "map.svg").read_bytes()
    assert main(["export", str(sample_file), "-o", str(tmp_path / "map.image"), "--format", "svg",
                 "--theme", "dark", "--map", "Unlocking a bike — service blueprint"]) == 0
    assert texts_of((tmp_path / "map.image").read_bytes())
    assert main(["export", str(sample_file), "-o", str(tmp_path / "all.svg"), "--all"]) == 0
    assert len(list(tmp_path.glob("all-*.svg"))) == 4
    assert main(["export", str(sample_file), "-o", str(tmp_path / "x.svg"), "--scale", "2"]) == 1
    assert not (tmp_path / "x.svg").exists()
