"""Everything a user enters on a card is shown: the owner's chip, tag chips, the moment kind's
icon and label. One layout for the canvas and the PDF: the card grows to hold them, the chips
stay inside it however long or in whatever script the text, and both painters draw them."""

import itertools
import re
import unicodedata

import pytest
from pypdf import PdfReader

from journeyeditor.export.pdf import export_pdf
from journeyeditor.layout import LayoutEngine
from journeyeditor.layout.card_details import CHIP_COLOURS, CHIP_ROWS
from journeyeditor.layout.icons import MOMENT_ICONS
from journeyeditor.layout.style import MOMENT_LABELS, legend_items
from journeyeditor.model import Card, Lane, Map, Project, Stage

LONG_EN = "Customer Experience and Digital Onboarding Team, Europe, Middle East and Africa"
LONG_FA = "تیم تجربه مشتری و طراحی خدمات دیجیتال در دفتر مرکزی تهران"
LONG_ZH = "客户体验与数字化服务设计团队负责人以及区域运营经理"
LONG_RU = "Отдел обслуживания клиентов и цифровых сервисов Москвы"
LONG_WORD = "Customer-Experience-Digital-Onboarding-Team-EMEA-Central-Office"


def flat(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).split())


def one_card_map(width: float = 260.0, **fields):
    """A map with one card carrying `fields`; returns the project, the map and the card."""
    project = Project("details")
    m = project.add(Map("Details"))
    stage = project.add_stage(Stage(m.id, "Stage", width=width))
    lane = project.add(Lane(m.id, "Opportunities", "opportunities"))
    card = project.add(Card(m.id, stage.id, lane.id, fields.pop("title", "Skip ID for monthly plans"),
                            fields.pop("body", "Verify later"), fields.pop("type", "opportunity"), **fields))
    return project, m, card


def box_of(project, m, card):
    return LayoutEngine().layout(project, m.id).cards[card.id]


def inside(card_box, x, y, w, h, pad=0.0) -> bool:
    local = card_box.local
    return pad <= x and x + w <= local.w - pad + 1e-6 and pad <= y and y + h <= local.h - pad + 1e-6


# ------------------------------------------------------------------------------ layout
@pytest.mark.parametrize("fields", [
    {"owner": "Product team"}, {"tags": ["sign-up"]}, {"tags": ["a", "b", "c"], "owner": "Ops"},
    *({"moment": kind} for kind in MOMENT_LABELS),
    {"moment": "aha", "type": "note", "channel": "web"}, {"owner": "Ops", "minutes": 5.0},
])
def test_a_card_with_details_is_taller_and_holds_them_below_its_text(fields):
    plain = box_of(*one_card_map(**{k: v for k, v in fields.items() if k in ("type", "channel", "minutes")}))
    box = box_of(*one_card_map(**fields))
    assert box.local.h > plain.local.h
    details = box.details
    text_bottom = LayoutEngine()._text_bottom(box.title_lines, box.body_lines)
    pad = LayoutEngine().style.card_pad
    if "moment" in fields:
        line = details.moment
        assert line.kind == fields["moment"] and line.label == MOMENT_LABELS[fields["moment"]]
        assert line.y >= text_bottom and inside(box, line.x, line.y, line.w, 13.5, pad)
    else:
        assert details.moment is None
    shown = [chip.text for chip in details.chips]
    assert shown == ([fields["owner"]] if "owner" in fields else []) + ["#" + tag for tag in fields.get("tags", [])]
    for chip in details.chips:
        assert chip.y >= text_bottom and inside(box, chip.x, chip.y, chip.w, chip.h, pad)
        if fields.get("channel"):  # left of the channel icon in the bottom-right corner
            assert chip.x + chip.w <= box.local.w - pad - 12
    if "minutes" in fields:  # the step's time stays the card's last line
        assert max(chip.y + chip.h for chip in details.chips) <= box.local.h - pad - 14.85 - 2 + 1e-6


def test_editing_owner_tags_or_moment_lays_the_card_out_again():
    project, m, card = one_card_map()
    engine = LayoutEngine()
    before = engine.layout(project, m.id).cards[card.id]
    project.update(card.id, owner="Operations")
    with_owner = engine.layout(project, m.id).cards[card.id]
    assert [chip.text for chip in with_owner.details.chips] == ["Operations"] and with_owner.local.h > before.local.h
    project.update(card.id, tags=["supply"], moment="of-truth")
    again = engine.layout(project, m.id).cards[card.id]
    assert [chip.text for chip in again.details.chips] == ["Operations", "#supply"]
    assert again.details.moment.label == "Moment of truth"
    project.update(card.id, owner="", tags=[], moment="")
    assert engine.layout(project, m.id).cards[card.id] == before


@pytest.mark.parametrize("owner", [LONG_EN, LONG_FA, LONG_ZH, LONG_RU, LONG_WORD])
@pytest.mark.parametrize("width", [150.0, 260.0])
def test_a_long_owner_name_is_cut_with_an_ellipsis_inside_the_card(owner, width):
    project, m, card = one_card_map(width, owner=owner, tags=["x"], channel="web")
    box = box_of(project, m, card)
    chip = box.details.chips[0]
    assert chip.kind == "owner" and chip.text.endswith("…") and chip.full == owner
    assert flat(chip.text[:-1]) and flat(owner).startswith(flat(chip.text[:-1]))
    pad = LayoutEngine().style.card_pad
    assert inside(box, chip.x, chip.y, chip.w, chip.h, pad)
    assert chip.x + chip.w <= box.local.w - pad - 12  # clear of the channel icon
    # the text measured in the chip's font fits the room the painters give it
    assert LayoutEngine().measurer.width(chip.text, 10, True) <= chip.text_w + 1e-6
    assert inside(box, chip.text_x, chip.text_y, chip.text_w, 13.5, pad)


def test_a_right_to_left_card_starts_its_chips_at_the_right():
    project, m, card = one_card_map(title="رزرو دوچرخه", body="", owner="تیم عملیات", tags=["رزرو"], moment="aha")
    box = box_of(project, m, card)
    pad = LayoutEngine().style.card_pad
    right = box.local.w - pad
    owner, tag = box.details.chips
    assert owner.rtl and owner.x + owner.w == pytest.approx(right)
    assert owner.glyph[0] > owner.text_x  # the person stands at the name's right
    assert tag.x + tag.w <= owner.x
    assert box.details.moment.x + box.details.moment.w == pytest.approx(right)


def test_too_many_tags_end_in_a_count_of_the_rest():
    tags = [f"tag-{n}" for n in range(15)]
    project, m, card = one_card_map(owner="Ops", tags=tags)
    box = box_of(project, m, card)
    chips = box.details.chips
    more = chips[-1]
    shown = [chip for chip in chips if chip.kind == "tag"]
    assert more.kind == "more" and more.text == f"+{len(tags) - len(shown)}"
    assert [chip.text for chip in shown] == ["#" + tag for tag in tags[:len(shown)]]
    assert more.full.split() == ["#" + tag for tag in tags[len(shown):]]
    assert len({chip.y for chip in chips}) == CHIP_ROWS
    pad = LayoutEngine().style.card_pad
    for chip in chips:
        assert inside(box, chip.x, chip.y, chip.w, chip.h, pad)
    for a, b in itertools.pairwise(chips):  # on a row, left to right, never overlapping
        assert b.y > a.y or b.x >= a.x + a.w


def test_blank_owner_and_tags_show_nothing():
    project, m, card = one_card_map(owner="  ", tags=["", " \n "])
    plain = box_of(*one_card_map())
    box = box_of(project, m, card)
    assert not box.details.chips and box.local.h == plain.local.h


def test_the_legend_lists_every_moment_kind_with_its_icon():
    for kind, derived in (("current-state", False), ("service-blueprint", True)):
        items = [item for item in legend_items(kind, derived, (-2, 2)) if item[0] == "moment"]
        assert [(item[3], item[4]) for item in items] == list(MOMENT_LABELS.items())
        assert len({item[2] for item in items}) == 1  # one row of their own
    # each kind has a shape of its own, not only a colour
    shapes = [repr(MOMENT_ICONS[kind]) for kind in MOMENT_LABELS]
    assert len(set(shapes)) == 3


# ------------------------------------------------------------------------------ canvas
def render(project, m, scale: float):
    """The map as the canvas paints it (uncached items), and a function from map coordinates to
    the pixel's colour."""
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QImage, QPainter

    from journeyeditor.canvas.scene import MapScene
    from journeyeditor.editor import Editor

    scene = MapScene(Editor(project), cache_cards=False)
    scene.set_map(m.id)
    scene.clearSelection()
    rect = scene.sceneRect()
    image = QImage(round(rect.width() * scale), round(rect.height() * scale), QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    scene.render(painter, QRectF(0, 0, image.width(), image.height()), rect)
    painter.end()

    def colour(x: float, y: float) -> str:
        return image.pixelColor(round((x - rect.x()) * scale), round((y - rect.y()) * scale)).name().upper()

    return scene, colour


def test_the_canvas_paints_chips_and_the_moment_line_and_hides_tags_far_out(qapp):
    project, m, card = one_card_map(owner="Operations", tags=["supply", "android"], moment="micro")
    box = box_of(project, m, card)
    r = box.rect
    owner, tag = box.details.chips[:2]
    scene, colour = render(project, m, 2.0)
    # inside each pill's rounded end, left of its text: the pill's own fill
    assert colour(r.x + owner.x + 2.5, r.y + owner.y + owner.h / 2) == CHIP_COLOURS["owner"][0].upper()
    assert colour(r.x + tag.x + 2.5, r.y + tag.y + tag.h / 2) == CHIP_COLOURS["tag"][0].upper()
    # the moment's icon and label are drawn in ink, on the white card
    line = box.details.moment
    inked = [colour(r.x + line.x + dx / 2, r.y + line.y + dy / 2) for dx in range(int(2 * line.w))
             for dy in range(27)]
    assert sum(c != "#FFFFFF" for c in inked) > 40
    assert scene.cards[card.id].toolTip().splitlines()[-2:] == ["Owner: Operations", "#supply #android"]
    # far out, the owner stays and the tags go (their text would be a few pixels high)
    _, far = render(project, m, 0.4)
    assert far(r.x + owner.x + 3, r.y + owner.y + owner.h / 2) != "#FFFFFF"
    assert far(r.x + tag.x + tag.w / 2, r.y + tag.y + tag.h / 2) == "#FFFFFF"


def test_an_edit_in_the_editor_shows_on_the_canvas_and_undo_takes_it_back(qapp):
    from journeyeditor.canvas.scene import MapScene
    from journeyeditor.editor import Editor

    project, m, card = one_card_map()
    editor = Editor(project)
    scene = MapScene(editor)
    scene.set_map(m.id)
    plain = scene.cards[card.id].box
    editor.update(card.id, owner="Ops", tags=["supply"], moment="aha")
    qapp.processEvents()
    box = scene.cards[card.id].box
    assert [chip.text for chip in box.details.chips] == ["Ops", "#supply"] and box.details.moment.label == "Aha"
    assert box.local.h > plain.local.h
    editor.undo()
    qapp.processEvents()
    assert scene.cards[card.id].box == plain


def test_each_moment_kind_paints_its_own_icon(qapp):
    marks = {}
    for kind in MOMENT_LABELS:
        project, m, card = one_card_map(moment=kind)
        box = box_of(project, m, card)
        r, line = box.rect, box.details.moment
        _, colour = render(project, m, 4.0)
        icon_x, icon_y, size = line.icon
        marks[kind] = tuple(colour(r.x + icon_x + dx / 4, r.y + icon_y + dy / 4) != "#FFFFFF"
                            for dx in range(int(size * 4)) for dy in range(int(size * 4)))
        assert sum(marks[kind]) > 20
    assert len(set(marks.values())) == 3


# ------------------------------------------------------------------------------ PDF
def pdf_text(path) -> str:
    return unicodedata.normalize("NFKC", "\n".join(page.extract_text() for page in PdfReader(path).pages))


def test_the_pdf_carries_owners_tags_and_moment_labels_as_text(tmp_path):
    project = Project("pdf")
    m = project.add(Map("Details in print"))
    stages = [project.add_stage(Stage(m.id, f"S{n}", width=260)) for n in range(3)]
    lane = project.add(Lane(m.id, "Opportunities", "opportunities"))
    for stage, kind in zip(stages, MOMENT_LABELS):
        project.add(Card(m.id, stage.id, lane.id, f"Card {kind}", "", "moment", moment=kind))
    project.add(Card(m.id, stages[0].id, lane.id, "Skip ID", "", "opportunity", owner="Onboarding squad",
                     tags=["sign-up", "quick-win"]))
    project.add(Card(m.id, stages[1].id, lane.id, "Reserve", "", "opportunity", owner=LONG_FA, tags=["رزرو"]))
    project.add(Card(m.id, stages[2].id, lane.id, "Crowded", "", "opportunity", owner=LONG_ZH,
                     tags=[f"t{n}" for n in range(14)]))
    out = tmp_path / "details.pdf"
    export_pdf(project, [m], out)
    text = pdf_text(out)
    assert "Onboarding squad" in text and "#sign-up" in text and "#quick-win" in text
    assert "Moments" in text
    for label in MOMENT_LABELS.values():  # once in the legend, once on its card
        assert text.count(label) >= 2, label
    # cut names and tags counted in "+N" are there whole too, as invisible text
    flat_text = flat(text)
    assert flat(LONG_FA) in flat_text and flat(LONG_ZH) in flat_text and flat("رزرو") in flat_text
    assert "#t13" in text and re.search(r"\+\d+", text)


def test_the_legend_shows_the_moments_row_on_the_canvas(qapp):
    project, m, _ = one_card_map()
    layout = LayoutEngine().layout(project, m.id)
    style = LayoutEngine().style
    _, colour = render(project, m, 2.0)
    row_y = layout.legend_top + 2 * 34
    assert row_y + 17 <= layout.height  # inside the map, below the emotion scale's row
    for item in legend_items(m.kind, False, (m.scale_min, m.scale_max)):
        if item[0] == "moment":
            x = style.margin + item[1]
            inked = [colour(x + dx / 2, row_y + 3 + dy / 2) for dx in range(24) for dy in range(24)]
            assert sum(c not in ("#FFFFFF", "#F6F6F3") for c in inked) > 8, item


def test_a_hovered_card_shows_its_full_text_as_its_tooltip(qtbot, tmp_path):
    """The tooltip is made when the card is hovered (not for every card at every sync): the one
    Qt shows on the viewport's tooltip event is the card's whole text, and follows an edit."""
    from conftest import close_window, open_window
    from PySide6.QtCore import QEvent, QPoint, Qt
    from PySide6.QtGui import QHelpEvent, QMouseEvent
    from PySide6.QtWidgets import QApplication, QToolTip

    from journeyeditor.persistence import ProjectStore

    project, _m, card = one_card_map(owner="Operations", tags=["supply"])
    path = tmp_path / "tooltip.journey"
    ProjectStore.create(path, project).close()
    win = open_window(qtbot, path)
    try:
        item = win.scene.cards[card.id]
        viewport = win.view.viewport()
        win.view.centerOn(item)
        QApplication.processEvents()
        at = win.view.mapFromScene(item.mapToScene(item.local_rect().center()))

        def hover_and_ask() -> str:
            QToolTip.hideText()
            for point in (QPoint(2, 2), at):  # in from outside the card
                QApplication.sendEvent(viewport, QMouseEvent(
                    QEvent.Type.MouseMove, point, viewport.mapToGlobal(point), Qt.MouseButton.NoButton,
                    Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier))
            QApplication.sendEvent(viewport, QHelpEvent(QEvent.Type.ToolTip, at, viewport.mapToGlobal(at)))
            qtbot.waitUntil(QToolTip.isVisible)
            return QToolTip.text()

        assert hover_and_ask() == "Skip ID for monthly plans\nVerify later\nOwner: Operations\n#supply"
        assert win.scene.editor.update(card.id, owner="Support", tags=["supply", "android"])
        QApplication.processEvents()
        assert hover_and_ask() == "Skip ID for monthly plans\nVerify later\nOwner: Support\n#supply #android"
    finally:
        close_window(win)
