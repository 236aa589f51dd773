"""An opportunity's status, due date and rating on its card: laid out once (layout/card_details.py)
as chips after the owner's, inside the card, and drawn alike on screen and in the PDF."""

import unicodedata

import pytest
from pypdf import PdfReader
from test_card_details import box_of, inside, one_card_map

from journeyeditor.export.pdf import export_pdf
from journeyeditor.layout.card_details import CHIP_COLOURS, due_text, progress_chips


@pytest.mark.parametrize("fields, chips", [
    ({}, []),
    ({"status": "planned", "due": "2027-03-31"}, [("status-planned", "Planned · due 31 Mar 2027")]),
    ({"status": "in-progress"}, [("status-in-progress", "In progress")]),
    ({"due": "2027-01-05"}, [("status-none", "Due 5 Jan 2027")]),
    ({"impact": 4, "effort": 2}, [("rating", "I4 · E2")]),
    ({"impact": 3}, [("rating", "I3 · E–")]),
    ({"status": "done", "impact": 1, "effort": 5}, [("status-done", "Done"), ("rating", "I1 · E5")]),
])
def test_progress_chips_say_status_due_date_and_rating(fields, chips):
    values = {"status": "", "due": "", "impact": 0, "effort": 0, **fields}
    assert progress_chips(values["status"], values["due"], values["impact"], values["effort"]) == chips
    assert all(kind in CHIP_COLOURS for kind, _ in chips)


def test_a_date_that_is_not_iso_shows_as_it_is():
    assert due_text("2027-12-01") == "1 Dec 2027" and due_text("next spring") == "next spring"
    assert due_text("2027-13-01") == "2027-13-01"


def test_the_chips_sit_after_the_owner_inside_the_card_and_tags_still_fit():
    project, m, card = one_card_map(owner="Product — onboarding", status="planned", due="2027-03-31", impact=5,
                                    effort=2, tags=["quick win", "sign-up", "android", "ios", "web"])
    box = box_of(project, m, card)
    kinds = [chip.kind for chip in box.details.chips]
    assert kinds[:3] == ["owner", "status-planned", "rating"] and "tag" in kinds
    for chip in box.details.chips:
        assert inside(box, chip.x, chip.y, chip.w, chip.h)
    plain = box_of(*one_card_map(owner="Product — onboarding", tags=["quick win", "sign-up", "android", "ios",
                                                                       "web"]))
    assert box.local.h > plain.local.h  # the card grew for them


def test_a_rating_changed_lays_the_card_out_again():
    from journeyeditor.layout import LayoutEngine

    project, m, card = one_card_map()
    engine = LayoutEngine()
    before = engine.layout(project, m.id).cards[card.id]
    project.update(card.id, impact=2, effort=3)
    after = engine.layout(project, m.id).cards[card.id]
    assert [c.text for c in after.details.chips] == ["I2 · E3"] and after.local.h > before.local.h


def test_the_pdf_prints_the_chips(tmp_path):
    project, m, _card = one_card_map(owner="تیم تجربه مشتری", status="in-progress", due="2027-06-30", impact=4,
                                    effort=4)
    path = export_pdf(project, [m], tmp_path / "card.pdf")
    text = unicodedata.normalize("NFKC", PdfReader(path).pages[0].extract_text())
    assert "In progress · due 30 Jun 2027" in text and "I4 · E4" in text
