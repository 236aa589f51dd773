"""Themes: every text on the map reads at WCAG contrast in every theme (4.5:1, 7:1 in high
contrast), View ▸ Theme repaints the canvas and is remembered, and paper stays light."""

import pytest
from conftest import close_window, open_window

from journeyeditor.layout.card_details import CHIP_COLOURS, MOMENT_INK
from journeyeditor.layout.style import CARD_COLOURS, INK, INK_SOFT
from journeyeditor.layout.theme import (
    DARK,
    HIGH_CONTRAST,
    LIGHT,
    THEMES,
    contrast_ratio,
    current,
    painting_in,
)
from journeyeditor.templates import LANE_COLOURS, STAGE_COLOURS

ALL = list(THEMES.values())


def test_contrast_ratio_is_wcag():
    assert contrast_ratio("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert contrast_ratio("#777777", "#FFFFFF") == pytest.approx(4.48, abs=0.01)
    assert HIGH_CONTRAST.min_contrast == 7.0 and DARK.min_contrast == LIGHT.min_contrast == 4.5


@pytest.mark.parametrize("theme", ALL, ids=lambda t: t.name)
def test_card_text_reads_on_every_card(theme):
    for ink in (theme.ink, theme.ink_soft, theme.text(MOMENT_INK, theme.card_fill)):
        assert contrast_ratio(ink, theme.card_fill) >= theme.min_contrast
    assert contrast_ratio(theme.ink, theme.background) >= theme.min_contrast


@pytest.mark.parametrize("theme", ALL, ids=lambda t: t.name)
def test_stage_and_lane_names_read_on_their_colours(theme):
    for colour in STAGE_COLOURS:
        fill = theme.fill(colour)
        for ink in (INK, INK_SOFT):
            assert contrast_ratio(theme.text(ink, fill), fill) >= theme.min_contrast, colour
    for kind, colour in LANE_COLOURS.items():  # lane rows carry card text and emotion labels
        fill = theme.fill(colour)
        assert contrast_ratio(theme.ink, fill) >= theme.min_contrast, kind
        assert contrast_ratio(theme.ink, theme.header_fill) >= theme.min_contrast


@pytest.mark.parametrize("theme", ALL, ids=lambda t: t.name)
def test_chip_text_reads_on_every_chip(theme):
    for kind, colours in CHIP_COLOURS.items():
        fill, _outline, ink = theme.chip(*colours)
        assert contrast_ratio(ink, fill) >= theme.min_contrast, kind


def test_dark_themes_re_derive_colours_keeping_their_hue():
    import colorsys

    def hue(colour):
        return colorsys.rgb_to_hls(*(int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)))[0]

    for theme in (DARK, HIGH_CONTRAST):
        for colour in STAGE_COLOURS + tuple(CARD_COLOURS.values()):
            adapted = theme.fill(colour) if colour in STAGE_COLOURS else theme.accent(colour)
            assert abs(hue(adapted) - hue(colour)) < 0.03 or abs(hue(adapted) - hue(colour)) > 0.97, colour
        # fills are dark, so that light text reads on them; not an inverted image
        assert all(contrast_ratio(theme.fill(c), "#000000") < 2 for c in STAGE_COLOURS)
    assert LIGHT.fill("#DCE6F2") == "#DCE6F2" and LIGHT.accent("#0072B2") == "#0072B2"


def test_exports_paint_light_whatever_the_window(sample_project):
    from journeyeditor.export.png import render_map_image

    before = current()
    with painting_in(DARK):
        image = render_map_image(sample_project, sample_project.maps[0], 0.2)
        assert current() is DARK
    assert current() is before
    assert image.pixelColor(2, 2).name().upper() == LIGHT.background


def test_pdf_is_identical_in_every_window_theme(tmp_path, sample_project, monkeypatch):
    from reportlab import rl_config

    from journeyeditor.export.pdf import export_pdf

    monkeypatch.setattr(rl_config, "invariant", 1)  # no dates or random ids: bytes comparable
    outputs = []
    for theme in ALL:
        with painting_in(theme):
            outputs.append(export_pdf(sample_project, [sample_project.maps[0]], tmp_path / f"{theme.name}.pdf")
                           .read_bytes())
    assert outputs[0] == outputs[1] == outputs[2]


def card_pixel(win):
    """The colour of the middle of a card's body, as the window shows it."""
    from PySide6.QtCore import QPoint

    card = next(iter(win.scene.cards.values()))
    win.view.centerOn(card)
    rect = card.sceneBoundingRect()
    point = win.view.mapFromScene(rect.center().x(), rect.bottom() - 14)
    return win.view.viewport().grab().toImage().pixelColor(QPoint(point.x(), point.y())).name()


def test_view_menu_switches_theme_repaints_and_remembers(qtbot, sample_file):
    from PySide6.QtWidgets import QApplication

    from journeyeditor.ui.settings import Settings

    win = open_window(qtbot, sample_file)
    try:
        assert win.settings.theme == "system" and win.theme_menu.choices["system"].isChecked()
        win.theme_menu.choices["light"].trigger()
        light = card_pixel(win)
        win.theme_menu.choices["dark"].trigger()
        assert current() is DARK
        dark = card_pixel(win)
        assert dark != light
        assert QApplication.instance().palette().window().color().lightnessF() < 0.3  # the chrome too
        win.theme_menu.choices["high-contrast"].trigger()
        assert card_pixel(win) not in (light, dark)
        assert Settings().theme == "high-contrast"
    finally:
        win.theme_menu.choices["system"].trigger()
        close_window(win)
    assert Settings().theme == "system"


def test_cli_png_in_a_theme_only_when_asked(tmp_path, sample_file):
    from PySide6.QtGui import QImage

    from journeyeditor.cli import main

    for theme in ("light", "dark"):
        args = ["export", str(sample_file), "-o", str(tmp_path / f"{theme}.png"), "--scale", "0.2"]
        assert main(args + (["--theme", theme] if theme != "light" else [])) == 0
    light, dark = (QImage(str(tmp_path / f"{theme}.png")).pixelColor(2, 2).name().upper()
                   for theme in ("light", "dark"))
    assert (light, dark) == (LIGHT.background, DARK.background)
    # paper stays light
    assert main(["export", str(sample_file), "-o", str(tmp_path / "x.pdf"), "--theme", "dark"]) != 0


def test_system_choice_follows_the_system_live(qtbot, sample_file, monkeypatch):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication

    from journeyeditor.ui import themes as window_themes

    win = open_window(qtbot, sample_file)
    try:
        assert current() is LIGHT  # the offscreen platform says no scheme: light
        before = card_pixel(win)
        monkeypatch.setattr(window_themes, "system_is_dark", lambda: True)
        QGuiApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
        assert current() is DARK and card_pixel(win) != before
        win.theme_menu.choices["light"].trigger()  # a choice of one's own is kept when the system changes
        QGuiApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
        assert current() is LIGHT
    finally:
        monkeypatch.undo()
        win.theme_menu.choices["system"].trigger()
        close_window(win)
