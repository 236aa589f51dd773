"""The persona sheet under the legend and the emotion notes' captions by the faces: laid out
once, drawn alike on the canvas and in the PDF; a persona's photo chosen from a file through
the persona dialog, as one undo step that lands in the file."""

from __future__ import annotations

import hashlib
import unicodedata
from itertools import combinations

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication

from journeyeditor.export.pdf import PdfOptions, export_pdf
from journeyeditor.layout import LayoutEngine
from journeyeditor.layout.map_layout import FACE_RADIUS, shown_personas
from journeyeditor.model import EmotionPoint, Image, Persona
from journeyeditor.persistence import ProjectStore
from journeyeditor.templates import build_sample, build_template
from journeyeditor.text.measure import FontMeasurer

PERSIAN = "کشف شهر، پیدا کردن مسیرهای امن برای دوچرخه‌سواری در شب و روز و یادگیری قوانین رانندگی. "
CHINESE = "她刚搬到这个城市，每天早上骑车去设计工作室，周末和朋友一起探索新的街区。"


def text_of(path) -> str:
    return unicodedata.normalize("NFKC", "\n".join(page.extract_text() for page in PdfReader(path).pages))


def photo_file(tmp_path, width: int = 900, height: int = 600, name: str = "face.jpg"):
    """A JPEG "photo": a face on a blue ground."""
    from journeyeditor.export.png import ensure_gui_app

    ensure_gui_app()
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#8ECAE6"))
    painter = QPainter(image)
    painter.setBrush(QColor("#FFB703"))
    painter.drawEllipse(QPointF(width / 2, height / 2), height / 3, height / 3)
    painter.end()
    path = tmp_path / name
    assert image.save(str(path), "JPEG")
    return path


def inside(inner, outer) -> bool:
    return (outer.x - 0.01 <= inner.x and inner.right <= outer.right + 0.01
            and outer.y - 0.01 <= inner.y and inner.bottom <= outer.bottom + 0.01)


def test_the_sheet_has_a_card_per_shown_persona_inside_the_map():
    project = build_sample()
    m = project.maps[0]
    engine = LayoutEngine()
    layout = engine.layout(project, m.id)
    shown = shown_personas(project, m)
    assert [card.persona_id for card in layout.persona_sheet] == [p.id for p in shown]
    legend_bottom = layout.legend_top + 60
    for card in layout.persona_sheet:
        assert 0 <= card.rect.x and card.rect.right <= layout.width
        assert legend_bottom <= card.rect.y and card.rect.bottom <= layout.height
        assert inside(card.photo, card.rect)
        for text in card.texts:
            assert inside(text.rect, card.rect), text.lines
    for a, b in combinations(layout.persona_sheet, 2):  # side by side, never on each other
        assert a.rect.right < b.rect.x or b.rect.right < a.rect.x or a.rect.bottom < b.rect.y
    role_and_goals = {line for text in layout.persona_sheet[0].texts for line in text.lines}
    assert {"Commuter, Shanghai office", "Get to work in under 30 minutes; avoid the crowded metro"} <= role_and_goals

    m.persona_ids.remove(project.personas[1].id)  # a persona the map does not show has no card
    assert len(engine.layout(project, m.id).persona_sheet) == len(shown) - 1
    without = LayoutEngine(persona_sheet=False).layout(project, m.id)
    assert without.persona_sheet == [] and without.height < layout.height


def test_long_persian_and_chinese_text_stays_inside_its_box():
    project = build_sample()
    m = project.maps[0]
    sara = project.personas[2]
    sara.name = "سارا " * 40
    sara.goals, sara.scenario, sara.quote = PERSIAN * 30, CHINESE * 30, PERSIAN * 10
    point = next(p for p in project.contents(m.id).emotion_points.values() if p.persona_id == sara.id and p.note)
    point.note = PERSIAN * 5
    layout = LayoutEngine().layout(project, m.id)
    measurer = FontMeasurer()
    card = next(card for card in layout.persona_sheet if card.persona_id == sara.id)
    assert card.photo.x > card.rect.cx  # a right-to-left name: the photo on the right
    for text in card.texts:
        assert inside(text.rect, card.rect)
        assert len(text.lines) * text.line_height <= text.rect.h + 0.01
        for line in text.lines:
            assert measurer.width(line, text.size, text.bold) <= text.rect.w
    long_ones = [text for text in card.texts if text.full]
    assert len(long_ones) >= 4 and all(text.lines[-1].endswith("…") for text in long_ones)
    assert any(text.rtl for text in long_ones) and any(not text.rtl for text in long_ones)
    caption = next(c for curve in layout.curves if curve.persona_id == sara.id for c in curve.captions)
    assert len(caption.lines) <= 2 and caption.lines[-1].endswith("…") and caption.rtl
    assert all(measurer.width(line, 10) <= caption.rect.w for line in caption.lines)


def test_notes_are_captions_clear_of_faces_and_lines():
    project = build_sample()
    m = project.maps[0]
    layout = LayoutEngine().layout(project, m.id)
    captions = [(curve, caption) for curve in layout.curves for caption in curve.captions]
    notes = [p.note for p in project.contents(m.id).emotion_points.values() if p.note]
    assert len(notes) == 5
    assert sorted("".join(c.lines).replace(" ", "") for _curve, c in captions) == sorted(
        note.replace(" ", "") for note in notes)
    faces = [(x, y) for curve in layout.curves for _, x, y, _ in curve.points]
    for curve, caption in captions:
        r = caption.rect
        lane = next(lane for lane in layout.lanes if lane.id == curve.lane_id)
        assert inside(r, lane.row)
        for fx, fy in faces:  # no face under a caption
            nearest = (max(r.x, min(fx, r.right)), max(r.y, min(fy, r.bottom)))
            assert (nearest[0] - fx) ** 2 + (nearest[1] - fy) ** 2 > FACE_RADIUS ** 2
        face = next((x, y) for key, x, y, _ in curve.points if key == caption.key)
        if caption.leader is None:  # right at its face
            assert abs(r.bottom - (face[1] - FACE_RADIUS)) < 4 or abs(r.y - (face[1] + FACE_RADIUS)) < 4 \
                or abs(r.cy - face[1]) < 1
    for (_c1, a), (_c2, b) in combinations(captions, 2):
        assert not (a.rect.x < b.rect.right and b.rect.x < a.rect.right
                    and a.rect.y < b.rect.bottom and b.rect.y < a.rect.bottom)
    assert not any(curve.captions for curve in LayoutEngine(emotion_notes=False).layout(project, m.id).curves)


def test_the_pdf_prints_the_sheet_with_the_photo_and_the_notes(tmp_path):
    from journeyeditor.ui.photos import photo_from_file

    project = build_sample()
    m = project.maps[0]
    dima = project.personas[1]
    photo = photo_from_file(photo_file(tmp_path))
    project.add(photo)
    dima.photo_hash = photo.hash
    out = tmp_path / "sheet.pdf"
    export_pdf(project, [m], out)
    text = text_of(out)
    for expected in ("Commuter, Shanghai office", "Student, weekend rider", "Personas",
                     "Get to work in under 30 minutes; avoid the crowded metro", "Clear prices, no surprise fees",
                     "«Хочу кататься по выходным без лишних хлопот.»", "I just want to get to work on time",
                     "Паспорт не принимают", "没有车了"):
        assert expected in text, expected
    images = PdfReader(out).pages[0].images
    assert len(images) == 3  # the sample's two portraits, and the photo chosen
    assert (512, 341) in [image.image.size for image in images]  # the photo as stored, downscaled

    bare = tmp_path / "bare.pdf"
    export_pdf(project, [m], bare, PdfOptions(persona_sheet=False, emotion_notes=False))
    text = text_of(bare)
    assert "Student, weekend rider" not in text and "Паспорт не принимают" not in text
    assert not PdfReader(bare).pages[0].images


def test_the_cli_leaves_out_what_it_is_told(tmp_path, sample_file):
    from journeyeditor.cli import main

    out = tmp_path / "cli.pdf"
    assert main(["export", str(sample_file), "-o", str(out), "--no-emotion-notes"]) == 0
    text = text_of(out)
    assert "Паспорт не принимают" not in text and "Student, weekend rider" in text
    assert main(["export", str(sample_file), "-o", str(out), "--force", "--no-persona-sheet"]) == 0
    text = text_of(out)
    assert "Паспорт не принимают" in text and "Student, weekend rider" not in text


# ----------------------------------------------------------------------------- the window
@pytest.fixture
def sample_window(qtbot, tmp_path):
    """The sample, its personas without photos (the sample ships portraits)."""
    from conftest import close_window, open_window

    project = build_sample()
    for persona in project.personas:
        persona.photo_hash = ""
    project.images.clear()
    path = tmp_path / "no-photos.journey"
    ProjectStore.create(path, project).close()
    win = open_window(qtbot, path)
    yield win
    close_window(win)


def choose_photo_in_dialog(monkeypatch, path, answer=None):
    """Drive the persona dialog: Choose Photo… picks `path`, then OK."""
    from PySide6.QtWidgets import QFileDialog

    from journeyeditor.ui import panels

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), "")))
    monkeypatch.setattr(panels.PersonaDialog, "exec",
                        lambda self: (self.choose_photo_button.click(), answer if answer is not None else 1)[1])


def test_choosing_a_photo_is_one_undo_step_that_lands_in_the_file(sample_window, tmp_path, monkeypatch):
    win = sample_window
    editor, project = win.document.editor, win.document.project
    dima = project.personas[1]
    win.personas_panel.list.setCurrentRow(1)
    choose_photo_in_dialog(monkeypatch, photo_file(tmp_path, 1600, 1200))
    steps = editor.undo_stack.count()
    win.personas_panel.edit()
    assert editor.undo_stack.count() == steps + 1
    assert dima.photo_hash in project.images
    image = project.images[dima.photo_hash]
    assert hashlib.sha256(image.data).hexdigest() == image.hash
    stored = QImage.fromData(image.data)
    assert max(stored.width(), stored.height()) == 512  # downscaled on the way in
    card = win.scene.persona_overlay.cards[dima.id]
    assert card.box.photo_hash == dima.photo_hash and card.photo is not None  # shown on the sheet

    with ProjectStore.open(win.document.path, read_only=True) as store:  # written at once
        written = store.project.get(dima.id)
        assert written.photo_hash == dima.photo_hash and store.project.images[dima.photo_hash].data == image.data

    editor.undo()  # one step takes back the photo and the image it brought
    assert dima.photo_hash == "" and not project.images
    assert win.scene.persona_overlay.cards[dima.id].photo is None
    with ProjectStore.open(win.document.path, read_only=True) as store:
        assert store.project.get(dima.id).photo_hash == "" and not store.project.images
    editor.redo()
    assert dima.photo_hash in project.images


def test_removing_a_photo_drops_the_image_no_one_shows(sample_window, tmp_path, monkeypatch):
    from journeyeditor.ui import panels

    win = sample_window
    editor, project = win.document.editor, win.document.project
    win.personas_panel.list.setCurrentRow(0)
    choose_photo_in_dialog(monkeypatch, photo_file(tmp_path))
    win.personas_panel.edit()
    li = project.personas[0]
    assert li.photo_hash
    monkeypatch.setattr(panels.PersonaDialog, "exec", lambda self: (self.remove_photo_button.click(), 1)[1])
    steps = editor.undo_stack.count()
    win.personas_panel.edit()
    assert editor.undo_stack.count() == steps + 1 and editor.undo_stack.undoText() == "Remove persona photo"
    assert li.photo_hash == "" and not project.images
    editor.undo()
    assert li.photo_hash in project.images


def test_a_file_that_is_no_photo_is_refused_with_a_message(sample_window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    win = sample_window
    editor, project = win.document.editor, win.document.project
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda parent, title, text, *a: said.append(text)))
    not_an_image = tmp_path / "notes.png"
    not_an_image.write_text("just some words, not a picture")
    huge = tmp_path / "huge.jpg"
    with huge.open("wb") as file:  # a JPEG's signature and 11 MB of nothing
        file.write(b"\xff\xd8\xff\xe0")
        file.truncate(11 * 2**20)
    win.personas_panel.list.setCurrentRow(0)
    steps = editor.undo_stack.count()
    for path in (not_an_image, huge):
        choose_photo_in_dialog(monkeypatch, path)
        win.personas_panel.edit()
    assert said == ["notes.png is not a PNG or JPEG image", "huge.jpg is 11.0 MB: a photo may be at most 10 MB"]
    assert editor.undo_stack.count() == steps  # nothing was chosen: the dialog's OK changed nothing
    assert project.personas[0].photo_hash == "" and not project.images


def test_a_double_click_on_a_persona_card_opens_its_dialog(sample_window, monkeypatch):
    from test_canvas_gui import double_click

    from journeyeditor.ui import panels

    win = sample_window
    opened: list[str] = []
    monkeypatch.setattr(panels.PersonaDialog, "exec", lambda self: (opened.append(self.widgets["name"].text()), 0)[1])
    card = win.scene.persona_overlay.cards[win.document.project.personas[1].id]
    win.view.zoom_actual()
    win.view.centerOn(card.boundingRect().center())
    double_click(win.view, card.boundingRect().center())
    assert opened == ["Дмитрий Орлов"]


def test_view_toggles_hide_captions_and_sheet_and_are_remembered(sample_window, qtbot):
    from journeyeditor.ui.main_window import MainWindow

    win = sample_window
    scene = win.scene
    overlay = scene.persona_overlay
    assert win.emotion_notes_action.isChecked() and win.persona_sheet_action.isChecked()
    assert not overlay.captions.boundingRect().isEmpty() and overlay.captions.layout is not None
    height = scene.sceneRect().height()

    win.emotion_notes_action.trigger()
    assert not any(curve.captions for curve in scene.layout.curves)
    assert overlay.captions.boundingRect().isEmpty() and overlay.captions.layout is None
    win.persona_sheet_action.trigger()
    assert not overlay.cards and scene.layout.persona_sheet == []
    assert scene.sceneRect().height() < height
    assert not win.settings.emotion_notes and not win.settings.persona_sheet

    again = MainWindow(win.settings)  # the next window starts as this one was left
    qtbot.addWidget(again)
    assert not again.emotion_notes_action.isChecked() and not again.persona_sheet_action.isChecked()
    assert not again.engine.emotion_notes and not again.engine.persona_sheet
    win.emotion_notes_action.trigger()
    win.persona_sheet_action.trigger()
    assert any(curve.captions for curve in scene.layout.curves) and len(overlay.cards) == 3
    QApplication.processEvents()


def test_a_new_note_shows_as_a_caption_at_once(qtbot, tmp_path):
    from conftest import close_window, open_window

    path = tmp_path / "notes.journey"
    project = build_template("current-state", "Notes")
    persona = project.add(Persona("Ana", role="Nurse", photo_hash=""))
    m = project.maps[0]
    m.persona_ids.append(persona.id)
    stage = project.contents(m.id).stages[1]
    project.add(EmotionPoint(m.id, persona.id, stage.id, 1.0))
    project.add(Image(hashlib.sha256(b"x").hexdigest(), "image/png", b"x"))  # not decodable: the initial shows
    persona.photo_hash = hashlib.sha256(b"x").hexdigest()
    ProjectStore.create(path, project).close()
    win = open_window(qtbot, path)
    try:
        scene = win.scene
        assert scene.persona_overlay.cards[persona.id].photo is None  # a damaged photo: the initial instead
        point = win.document.project.emotion_point(scene.map_id, persona.id, stage.id)
        win.document.editor.update(point.id, note="Waited an hour")
        captions = [c for curve in scene.layout.curves for c in curve.captions]
        assert [c.lines for c in captions] == [["Waited an hour"]]
        assert scene.persona_overlay.captions.boundingRect().contains(
            QPointF(captions[0].rect.cx, captions[0].rect.cy))
        out = tmp_path / "notes.pdf"
        export_pdf(win.document.project, [win.document.project.maps[0]], out)  # the damaged photo: no failure
        assert "Waited an hour" in text_of(out) and "Nurse" in text_of(out)
    finally:
        close_window(win)
