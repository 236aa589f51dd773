"""Reports from the command line and as PDF pages: `report --kind owners|metrics|gaps|evidence`
as text, CSV, JSON or PDF, and `export --report` appending report pages after the posters.
Every opportunity is listed under its owner, as the model has it; report pages repeat their
header row on each page and carry any script."""

from __future__ import annotations

import csv
import io
import json
import unicodedata

import pytest
from pypdf import PdfReader

from journeyeditor import reports
from journeyeditor.cli import main
from journeyeditor.model import Card, Lane, Map, Project, Stage
from journeyeditor.persistence import ProjectStore

JOURNEY = "Commuter subscription — current state"


def flat(text: str) -> str:
    """Extracted PDF text compared without spaces, line breaks or presentation forms."""
    return "".join(unicodedata.normalize("NFKC", text).replace("\u200c", " ").split())


def model_opportunities(path, map_name=None):
    """(owner, map, opportunity) of every opportunity the model has, as the report should list them."""
    with ProjectStore.open(path, read_only=True) as store:
        project = store.project
        maps = [m for m in project.maps if map_name in (None, m.name)]
        return sorted((c.owner or "(no owner)", m.name, c.title) for m in maps for c in reports.opportunities(project, m))


def run(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_report_owners_csv_lists_every_opportunity_by_owner(sample_file, capsys):
    code, out, err = run(capsys, "report", sample_file, "--kind", "owners", "--format", "csv")
    assert code == 0 and not err
    rows = list(csv.DictReader(io.StringIO(out)))
    assert sorted((r["owner"], r["map"], r["opportunity"]) for r in rows) == model_opportunities(sample_file)
    owners = [r["owner"] for r in rows]
    assert owners == sorted(owners, key=str.casefold)  # grouped by owner
    skip = next(r for r in rows if r["opportunity"] == "Skip ID for monthly plans")
    assert (skip["owner"], skip["impact"], skip["effort"], skip["status"], skip["due"]) == \
        ("Product — onboarding", "5", "2", "planned", "2027-03-31")
    assert {"Marketing", "Operations", "Data team", "Hardware", "Customer care"} <= set(owners)


def test_report_json_text_and_one_map(sample_file, capsys):
    code, out, _ = run(capsys, "report", sample_file, "--kind", "owners", "--format", "json", "--map", JOURNEY)
    data = json.loads(out)
    assert code == 0 and data["report"] == "Opportunities by owner"
    assert sorted((r["owner"], r["map"], r["opportunity"]) for r in data["rows"]) == \
        model_opportunities(sample_file, JOURNEY)
    code, out, _ = run(capsys, "report", sample_file, "--kind", "owners")  # text is the default
    assert code == 0 and out.splitlines()[0] == "Opportunities by owner"
    assert "Skip ID for monthly plans" in out and "Product — onboarding" in out
    for kind in ("metrics", "gaps", "evidence"):  # every kind answers, even with nothing to list
        code, out, _ = run(capsys, "report", sample_file, "--kind", kind, "--format", "json")
        assert code == 0 and json.loads(out)["report"] == kind.capitalize()


def test_report_writes_files_by_suffix_and_needs_force_to_replace(sample_file, tmp_path, capsys):
    out_csv = tmp_path / "owners.csv"
    code, out, _ = run(capsys, "report", sample_file, "--kind", "owners", "-o", out_csv)
    assert code == 0 and out.strip() == str(out_csv)
    assert out_csv.read_text(encoding="utf-8").startswith("owner,map,stage,step,opportunity")
    out_csv.write_text("old")
    code, _, err = run(capsys, "report", sample_file, "--kind", "owners", "-o", out_csv)
    assert code == 1 and "--force" in err and out_csv.read_text() == "old"
    assert run(capsys, "report", sample_file, "--kind", "owners", "-o", out_csv, "--force")[0] == 0
    assert out_csv.read_text(encoding="utf-8").startswith("owner,")
    out_pdf = tmp_path / "owners.pdf"
    code, out, _ = run(capsys, "report", sample_file, "--kind", "owners", "-o", out_pdf, "--map", JOURNEY)
    assert code == 0 and out.strip() == str(out_pdf)
    reader = PdfReader(out_pdf)
    text = flat(" ".join(page.extract_text() for page in reader.pages))
    for owner, _map, title in model_opportunities(sample_file, JOURNEY):
        assert flat(owner) in text and flat(title) in text
    assert reader.pages[0].mediabox.width > reader.pages[0].mediabox.height  # landscape A4
    assert round(float(reader.pages[0].mediabox.width)) == 842


@pytest.mark.parametrize("args, words", [
    (["--kind", "owners", "--map", "Nope"], f"no map named 'Nope' (maps: {JOURNEY}, "),
    (["--kind", "owners", "--format", "pdf"], "a pdf report needs a file to go to: add -o OUT.pdf"),
    (["--kind", "people"], "argument --kind: invalid choice: 'people'"),
    (["--format", "csv"], "the following arguments are required: --kind"),
    (["--kind", "owners", "--force"], "--force replaces OUT: it needs -o OUT"),
    (["--kind", "owners", "--paper", "A3"], "--paper is for pdf reports, not text"),
])
def test_report_errors_are_one_line(sample_file, capsys, args, words):
    before = sample_file.read_bytes()
    code, out, err = run(capsys, "report", sample_file, *args)
    assert code == 1 and not out and err.count("\n") == 1 and words in err, err
    assert err.startswith("journeyeditor: error: ") and sample_file.read_bytes() == before


def test_report_refuses_to_overwrite_the_project(sample_file, capsys):
    code, _, err = run(capsys, "report", sample_file, "--kind", "owners", "-o", sample_file, "--force")
    assert code == 1 and "overwrite the project file" in err


def test_export_report_appends_pages_whose_text_holds_the_owners(sample_file, tmp_path, capsys):
    out = tmp_path / "map.pdf"
    code, _, err = run(capsys, "export", sample_file, "-o", out, "--report", "owners", "--report", "gaps",
                       "--report", "owners")
    assert code == 0, err
    pages = PdfReader(out).pages
    assert len(pages) == 3  # the poster, then the owners report, then the gaps report (once each)
    poster = pages[0].mediabox
    assert (float(poster.width), float(poster.height)) != (float(pages[1].mediabox.width),
                                                         float(pages[1].mediabox.height))
    owners_text = flat(pages[1].extract_text())
    assert flat("Opportunities by owner") in owners_text
    for owner, _map, title in model_opportunities(sample_file, JOURNEY):  # the map exported: its opportunities
        assert flat(owner) in owners_text and flat(title) in owners_text
    assert flat("future state") not in owners_text
    assert flat("Gaps") in flat(pages[2].extract_text())
    code, _, err = run(capsys, "export", sample_file, "-o", tmp_path / "map.png", "--report", "owners")
    assert code == 1 and "--report is for pdf exports, not png" in err


def test_export_all_with_a_report_on_letter_paper_covers_every_map(sample_file, tmp_path, capsys):
    out = tmp_path / "all.pdf"
    code, _, err = run(capsys, "export", sample_file, "-o", out, "--all", "--page", "letter", "--report", "owners")
    assert code == 0, err
    pages = PdfReader(out).pages
    last = pages[-1]
    assert round(float(last.mediabox.width)) == 792  # Letter, landscape, after posters on Letter
    assert flat("Reserves a bike on the way") in flat(last.extract_text())


# ------------------------------------------------------------------------------ report pages
def many_opportunities(count: int) -> Project:
    """A map with `count` opportunities owned by teams named in four scripts, one with a long body."""
    project = Project("Big backlog")
    m = project.add(Map("Backlog — 待办"))
    stage = project.add_stage(Stage(m.id, "Stage", width=260))
    lane = project.add(Lane(m.id, "Opportunities", "opportunities"))
    owners = ["تیم تجربه مشتری", "客户体验团队", "Отдел продаж", "Product"]
    for i in range(count):
        title = f"Opportunity {i + 1}" + (" that goes on and on " * 12 if i == 3 else "")
        project.add(Card(m.id, stage.id, lane.id, title, "", "opportunity", owner=owners[i % 4], impact=1 + i % 5,
                         effort=1 + (i * 3) % 5, status="planned", due="2027-01-15"))
    return project


def test_report_pages_repeat_the_header_and_carry_every_script(tmp_path):
    from journeyeditor.export.pdf_reports import export_report_pdf

    project = many_opportunities(90)
    table = reports.owners(project)
    path = export_report_pdf([table], tmp_path / "big.pdf", "A4", subtitle=project.title)
    pages = PdfReader(path).pages
    assert len(pages) >= 3
    texts = [flat(page.extract_text()) for page in pages]
    for number, text in enumerate(texts, 1):
        assert flat("Opportunity Impact Effort Status Due") in text  # the header row, on every page
        assert flat(f"page {number} of {len(pages)}") in text
    everything = "".join(texts)
    for i in range(90):
        assert flat(f"Opportunity {i + 1}") in everything
    for owner in ("تیم تجربه مشتری", "客户体验团队", "Отдел продаж", "Product"):
        assert flat(owner) in everything
    assert flat("15 Jan 2027") in everything and flat("Planned") in everything
    assert flat("(continued)") in "".join(texts[1:])  # a group going on past a page says so
    assert flat("Backlog — 待办") in texts[0]  # one map: named once, above the table


def test_an_empty_report_is_a_page_that_says_so(tmp_path):
    from journeyeditor.export.pdf_reports import export_report_pdf

    project = many_opportunities(0)
    path = export_report_pdf([reports.metrics(project)], tmp_path / "empty.pdf")
    pages = PdfReader(path).pages
    assert len(pages) == 1 and "(none)" in pages[0].extract_text()
