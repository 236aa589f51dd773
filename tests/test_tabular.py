"""CSV and XLSX: reading what spreadsheets write, guessing the columns, building maps from rows,
and exporting maps that read back into the same cards in the same cells."""

import codecs
import csv
import io

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_cli import run

from journeyeditor.interchange.columns import MappingError, Role, guess_mapping, parse_columns
from journeyeditor.interchange.tables import decode, read_csv, read_tables, sniff_delimiter, write_xlsx
from journeyeditor.interchange.tabular import add_to_project, build_map, export_csv, export_xlsx, map_to_rows
from journeyeditor.model import Project
from journeyeditor.model.blueprint import blueprint_lines
from journeyeditor.model.metrics import latest
from journeyeditor.persistence import ProjectStore

# ---------------------------------------------------------------------------- hand-written sheets
#: a blueprint table as a service designer types it: stage | service layer | what happens | …
BLUEPRINT_CSV = """\
Stage,Service layer,What happens,Responsible,Time (min),Fail point,Evidence
Arrive,Customer,Walks in and looks for the queue,,1,,
Arrive,Physical evidence,Queue sign and ticket machine,,,,
Arrive,Frontstage,Greeter offers a ticket,Front desk,1,,observation: 12 visits in May
Order,Customer,Tells the barista the order,,2,,
Order,Frontstage,Barista takes the order and payment,Barista,2,yes,interview: 5 regulars | “The card reader never works”
Order,Backstage,Order printed at the bar,Barista,0.5,,
Order,Support,POS syncs with the stock system,IT,,,log: POS errors March
Wait,Customer,Waits at the counter,,6,,survey: wait time 6 min on average
Wait,Backstage,Drink is made,Barista,4,,
Receive,Frontstage,Name is called and the drink handed over,Barista,0.5,,
"""

#: a research sprint's spreadsheet: one row per step, the stage written once, a touchpoint, a
#: thought and an emotion score of 1..5 per row
RESEARCH_CSV = """\
Stage;What happens;Touchpoint;Thought;Emotion (Anna);Owner;Evidence
Discover;Sees an ad on the metro;Poster;Looks cheaper than a taxi;4;Marketing;survey: n=120
;Asks a colleague;;Does it really work in the rain?;3;;interview: P3
Sign up;Installs the app;App store;;3;Growth;
;Uploads her ID;App;Why do they need this?;1;Growth;"“I gave up twice”"
Ride;Unlocks the first bike;Dock;That was quick!;5;Operations;analytics: unlock funnel
"""


def cells(project, map_id):
    """(stage name, step name, lane name) -> card titles in the cell, and the lanes in order."""
    contents = project.contents(map_id)
    found = {}
    for step in contents.columns():
        for lane in contents.lanes:
            titles = [card.title for card in contents.cells.get((step.id, lane.id), [])]
            if titles:
                found[(project.get(step.stage_id).name, step.name, lane.name)] = titles
    return found


def imported(text, name="Imported", project=None, roles=None, encoding="utf-8"):
    project = project or Project()
    table = read_csv(text.encode(encoding), name)
    made = build_map(project, table, roles or guess_mapping(table.headers), name)
    add_to_project(project, made)
    return project, made


def test_a_blueprint_table_becomes_a_service_blueprint():
    project, made = imported(BLUEPRINT_CSV, "Coffee bar")
    assert made.errors == []
    the_map = project.maps[0]
    contents = project.contents(the_map.id)
    assert the_map.kind == "service-blueprint"
    assert [s.name for s in contents.stages] == ["Arrive", "Order", "Wait", "Receive"]
    assert [(lane.name, lane.kind) for lane in contents.lanes] == [
        ("Customer", "actions"), ("Physical evidence", "physical-evidence"), ("Frontstage", "frontstage"),
        ("Backstage", "backstage"), ("Support", "support-processes")]
    assert [line.name for line in blueprint_lines(contents.lanes)] == [
        "Line of interaction", "Line of visibility", "Line of internal interaction"]
    grid = cells(project, the_map.id)
    assert grid[("Order", "", "Frontstage")] == ["Barista takes the order and payment"]
    assert grid[("Wait", "", "Backstage")] == ["Drink is made"]
    barista = next(c for c in contents.cards.values() if c.title.startswith("Barista takes"))
    assert (barista.owner, barista.minutes, barista.fail_point, barista.type) == ("Barista", 2.0, True, "action")
    evidence = sorted((e.kind, e.method, e.source, e.quote) for e in contents.evidence.values() if e.card_id == barista.id)
    assert evidence == [("anecdotal", "interview", "5 regulars", "The card reader never works")]
    assert len(contents.cards) == 10 and the_map.persona_ids == []


def test_a_research_spreadsheet_becomes_a_journey_with_one_step_a_row():
    project, made = imported(RESEARCH_CSV, "Bike share")
    assert made.errors == []
    the_map = project.maps[0]
    contents = project.contents(the_map.id)
    assert the_map.kind == "current-state"
    assert [s.name for s in contents.stages] == ["Discover", "Sign up", "Ride"]  # the stage carried down
    assert [len(contents.steps_of(s.id)) for s in contents.stages] == [2, 2, 1]
    assert [(lane.name, lane.kind) for lane in contents.lanes] == [
        ("Customer actions", "actions"), ("Touchpoint", "touchpoints"), ("Thought", "thoughts"),
        ("Emotions", "emotions")]  # the scores need a lane to draw their curve in
    columns = contents.columns()
    second = columns[1]
    assert [c.title for c in contents.cells[(second.id, contents.lanes[2].id)]] == ["Does it really work in the rain?"]
    assert (second.id, contents.lanes[1].id) not in contents.cells  # no touchpoint on that row
    # Anna is a new persona whose 1..5 scores set the map's scale
    assert [p.name for p in project.personas] == ["Anna"] and the_map.persona_ids == [project.personas[0].id]
    assert (the_map.scale_min, the_map.scale_max) == (1, 5)
    scores = [contents.emotion_points[(project.personas[0].id, step.id)].score for step in columns]
    assert scores == [4, 3, 3, 1, 5]
    uploads = next(c for c in contents.cards.values() if c.title == "Uploads her ID")
    assert uploads.owner == "Growth" and uploads.type == "action"
    assert [(e.kind, e.quote) for e in contents.evidence.values() if e.card_id == uploads.id] == [
        ("anecdotal", "I gave up twice")]


def test_evidence_in_other_languages_gets_its_method_and_kind():
    project, _made = imported("阶段,发生了什么,证据\n到店,排队,观察：五月 12 次到访\n点单,收银,日志：三月收银错误\n")
    found = sorted((e.method, e.source, e.kind) for e in project.contents(project.maps[0].id).evidence.values())
    assert found == [("日志", "三月收银错误", "analytical"), ("观察", "五月 12 次到访", "anecdotal")]


def test_an_existing_persona_is_reused_by_name():
    project = Project()
    from journeyeditor.model import Persona

    anna = project.add(Persona("anna"))
    imported(RESEARCH_CSV, project=project)
    assert project.personas == [anna]


# ------------------------------------------------------------------------------- the guess
HEADERS = {
    "en": ["Stage", "Step", "Service layer", "What happens", "Details", "Owner", "Channel", "Emotion", "Time (min)",
           "Fail point", "Wait point", "Evidence", "NPS", "Touchpoint", "Comments"],
    "zh_CN": ["阶段", "步骤", "泳道", "发生了什么", "描述", "负责人", "渠道", "情绪", "时间（分钟）", "失败点", "等待点",
              "证据", "NPS", "触点", "其他"],
    "zh_TW": ["階段", "步驟", "服務層", "發生了什麼", "說明", "負責人", "通路", "情緒", "時間", "失敗點", "等待點", "證據",
              "NPS", "觸點", "其他"],
    "ja": ["ステージ", "ステップ", "レーン", "出来事", "詳細", "担当", "チャネル", "感情", "所要時間", "失敗ポイント", "待ち",
           "根拠", "NPS", "タッチポイント", "その他"],
    "ru": ["Этап", "Шаг", "Слой", "Что происходит", "Описание", "Ответственный", "Канал", "Эмоция", "Время (мин)",
           "Точка отказа", "Ожидание", "Источник", "NPS", "Точка контакта", "Прочее"],
    "fa": ["مرحله", "گام", "لایه", "چه اتفاقی می‌افتد", "توضیحات", "مسئول", "کانال", "احساس", "زمان (دقیقه)",
           "نقطه شکست", "نقطه انتظار", "شواهد", "NPS", "نقطه تماس", "سایر"],
}
EXPECTED = ["stage", "step", "lane", "title", "body", "owner", "channel", "emotion", "minutes", "fail_point",
            "wait_point", "evidence", "metric", "cards", "ignore"]


@pytest.mark.parametrize("language", HEADERS)
def test_the_mapping_is_guessed_from_headers_in_five_languages_and_english(language):
    roles = guess_mapping(HEADERS[language])
    assert [role.field for role in roles] == EXPECTED
    assert roles[12] == Role("metric", "NPS") and roles[13] == Role("cards", HEADERS[language][13])


def test_a_persona_and_a_metric_come_from_the_header():
    roles = guess_mapping(["Stage", "Emotion: Anna", "情绪（小王）", "Metric: Queue length", "CSAT"])
    assert roles[1:] == [Role("emotion", "Anna"), Role("emotion", "小王"), Role("metric", "Queue length"),
                         Role("metric", "CSAT")]


def test_columns_given_override_the_guess_and_bad_ones_are_named():
    headers = ["Phase", "Layer", "What", "Who", "Feeling"]
    roles = parse_columns("stage=phase, lane=Layer,title=What,owner=Who,emotion:Anna=Feeling", headers)
    assert roles == [Role("stage"), Role("lane"), Role("title"), Role("owner"), Role("emotion", "Anna")]
    with pytest.raises(MappingError, match="no column 'Nope'"):
        parse_columns("stage=Nope", headers)
    with pytest.raises(MappingError, match="unknown field 'colour'"):
        parse_columns("colour=Phase", headers)


# ------------------------------------------------------------------ encodings and delimiters
SHEET = [["Stage", "Lane", "Title"], ["Поиск", "Frontstage", "Menu, with prices; and a tab\there"],
         ["注册", "Backstage", "Two\nlines"], ["ثبت نام", "Support", "ساده"]]


def csv_bytes(delimiter, encoding):
    buffer = io.StringIO(newline="")
    csv.writer(buffer, delimiter=delimiter).writerows(SHEET)
    text = buffer.getvalue()
    if encoding == "utf-16-excel":  # Excel's "Unicode Text": UTF-16 LE with its mark, tabs
        return codecs.BOM_UTF16_LE + text.encode("utf-16-le")
    return text.encode(encoding)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-excel"])
@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_encodings_and_delimiters_are_read(encoding, delimiter):
    table = read_csv(csv_bytes(delimiter, encoding), "t")
    assert table.headers == SHEET[0]
    assert table.rows == SHEET[1:]
    assert table.numbers == [2, 3, 4]


def test_an_unreadable_encoding_is_refused_in_words():
    with pytest.raises(ValueError, match="neither UTF-8 nor UTF-16"):
        decode("Stage;Titel\nÄnderung;Größe\n".encode("cp1252"))


def test_the_delimiter_is_the_one_that_splits_rows_alike():
    assert sniff_delimiter("a;b;c\n1,5;2,5;x\n") == ";"
    assert sniff_delimiter("a,b\n\"x;y\",z\n") == ","


# ------------------------------------------------------------------------------ bad rows
def test_bad_rows_are_named_and_the_good_ones_kept_only_if_asked(tmp_path):
    source = tmp_path / "steps.csv"
    source.write_text("Stage,What happens,Time,Type\nArrive,Walks in,2,action\nOrder,Pays,two,\n"
                      "Order,Waits,3,banana\n,Leaves,1,\n", encoding="utf-8")
    refused = run("import", source, "-o", tmp_path / "a.journey")
    assert refused.returncode == 1 and not (tmp_path / "a.journey").exists()
    assert refused.stderr.count("\n") == 1
    assert "row 3: 'two' is not a number (time in minutes)" in refused.stderr
    assert "row 4: 'banana' is not a card type" in refused.stderr
    assert "--skip-bad-rows" in refused.stderr
    agreed = run("import", source, "-o", tmp_path / "a.journey", "--skip-bad-rows")
    assert agreed.returncode == 0, agreed.stderr
    assert "skipped row 3" in agreed.stderr and "skipped row 4" in agreed.stderr
    with ProjectStore.open(tmp_path / "a.journey", read_only=True) as store:
        contents = store.project.contents(store.project.maps[0].id)
        assert sorted(c.title for c in contents.cards.values()) == ["Leaves", "Walks in"]


def test_a_row_without_a_stage_anywhere_above_is_bad():
    _project, made = imported("Stage,Title\n,Orphan\nA,Fine\n")
    assert [(e.row, e.message) for e in made.errors] == [(2, "no stage (and no row above names one)")]


def test_emotions_that_disagree_at_one_step_are_a_bad_row():
    _project, made = imported("Stage,Lane,Title,Emotion\nA,Customer,x,1\nA,Backstage,y,2\n")
    assert [e.row for e in made.errors] == [3]


# --------------------------------------------------------------------------- round trips
def signature(project, map_id):
    contents = project.contents(map_id)
    personas = {p.id: p.name for p in project.personas}
    grid = []
    for number, step in enumerate(contents.columns()):
        for lane in contents.lanes:
            grid.append((number, project.get(step.stage_id).name, step.name, lane.name, lane.kind, [
                (c.title, c.body, c.type, c.moment, c.channel, c.owner, c.tags, c.fail_point, c.wait_point, c.minutes,
                 c.impact, c.effort, c.status, c.due, c.span)
                for c in contents.cells.get((step.id, lane.id), [])]))
    points = sorted((personas[p.persona_id], [s.id for s in contents.columns()].index(p.step_id), p.score)
                    for p in contents.emotion_points.values())
    evidence = sorted((project.get(e.card_id).title, e.kind, e.method, e.source, e.quote, e.link, e.date)
                      for e in contents.evidence.values())
    # a card's metrics travel as their latest values (a table has no periods)
    metrics = sorted((project.get(m.subject_id).title, m.kind, m.name, m.value)
                     for m in latest(list(contents.metrics.values())) if m.subject_id in contents.cards)
    return grid, points, evidence, metrics


def test_every_sample_map_goes_through_csv_and_back_to_the_same_cells(tmp_path, sample_project):
    for the_map in sample_project.maps:
        path = tmp_path / "map.csv"
        export_csv(sample_project, the_map.id, path)
        back = Project()
        table = read_tables(path)[0]
        made = build_map(back, table, guess_mapping(table.headers), the_map.name)
        assert made.errors == []
        add_to_project(back, made)
        assert signature(back, back.maps[0].id) == signature(sample_project, the_map.id)
        assert back.maps[0].name == the_map.name


def test_empty_lanes_steps_and_lane_order_survive_the_round_trip(tmp_path):
    project, _made = imported("Stage,Step,Lane,Title\nA,,Backstage,late lane first\nA,second,Customer,x\n")
    the_map = project.maps[0]
    contents = project.contents(the_map.id)
    contents.lanes.reverse()  # the lanes now read Customer, Backstage: not the cards' order
    from journeyeditor.model import Lane, Stage, Step

    stage = project.add_stage(Stage(the_map.id, "Empty stage"))
    project.add(Step(the_map.id, stage.id))  # a second, unnamed step: written "#2"
    project.add(Lane(the_map.id, "Nobody's lane", "text"))
    path = tmp_path / "x.csv"
    export_csv(project, the_map.id, path)
    back = Project()
    table = read_tables(path)[0]
    add_to_project(back, build_map(back, table, guess_mapping(table.headers)))
    assert signature(back, back.maps[0].id) == signature(project, the_map.id)


def test_a_workbook_has_a_sheet_per_map_and_reads_back(tmp_path, sample_project):
    path = tmp_path / "all.xlsx"
    export_xlsx(sample_project, sample_project.maps, path)
    tables = read_tables(path)
    assert len(tables) == len(sample_project.maps)
    for table, the_map in zip(tables, sample_project.maps):
        assert table.name == the_map.name[:31]
        back = Project()
        made = build_map(back, table, guess_mapping(table.headers))
        assert made.errors == []
        add_to_project(back, made)
        assert signature(back, back.maps[0].id) == signature(sample_project, the_map.id)


def test_xlsx_numbers_dates_and_merged_stage_cells_are_read(tmp_path):
    import datetime

    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Blueprint"
    sheet.append(["Stage", "Layer", "What", "Minutes", "Due"])
    sheet.append(["Order", "Frontstage", "Takes the order", 2.5, datetime.datetime(2026, 12, 1)])
    sheet.append([None, "Backstage", "Prints the ticket", 1, None])
    sheet.merge_cells("A2:A3")  # the stage written once over two rows
    book.create_sheet("Empty")
    book.save(tmp_path / "b.xlsx")
    tables = read_tables(tmp_path / "b.xlsx")
    assert [t.name for t in tables] == ["Blueprint"]
    assert tables[0].rows == [["Order", "Frontstage", "Takes the order", "2.5", "2026-12-01"],
                              ["", "Backstage", "Prints the ticket", "1", ""]]
    project = Project()
    add_to_project(project, build_map(project, tables[0], guess_mapping(tables[0].headers)))
    cards = project.contents(project.maps[0].id).cards.values()
    assert sorted((c.title, c.minutes, c.due) for c in cards) == [("Prints the ticket", 1.0, ""),
                                                                 ("Takes the order", 2.5, "2026-12-01")]


def test_not_a_workbook_is_refused_in_words(tmp_path):
    fake = tmp_path / "fake.xlsx"
    fake.write_text("Stage,Title\n")
    result = run("import", fake, "-o", tmp_path / "x.journey")
    assert result.returncode == 1 and "not an XLSX workbook" in result.stderr


# ------------------------------------------------------------------------------------ the CLI
def test_cli_export_then_import_csv_and_xlsx(tmp_path, sample_file):
    csv_out, xlsx_out = tmp_path / "bp.csv", tmp_path / "all.xlsx"
    blueprint = "Unlocking a bike — service blueprint"
    assert run("export", sample_file, "-o", csv_out, "--map", blueprint).returncode == 0
    assert csv_out.read_bytes().startswith(codecs.BOM_UTF8)
    assert run("export", sample_file, "-o", xlsx_out).returncode == 0
    again = run("export", sample_file, "-o", csv_out, "--map", blueprint)
    assert again.returncode == 1 and "--force" in again.stderr
    assert run("export", sample_file, "-o", tmp_path / "x.csv", "--all").returncode == 1
    result = run("import", csv_out, "-o", tmp_path / "bp.journey", "--map-name", "From CSV")
    assert result.returncode == 0, result.stderr
    result = run("import", xlsx_out, "-o", tmp_path / "all.journey")
    assert result.returncode == 0, result.stderr
    with ProjectStore.open(sample_file, read_only=True) as original, \
            ProjectStore.open(tmp_path / "bp.journey", read_only=True) as one, \
            ProjectStore.open(tmp_path / "all.journey", read_only=True) as every:
        source = original.project
        assert one.project.maps[0].name == "From CSV"
        assert signature(one.project, one.project.maps[0].id) == signature(source, source.map_by_name(blueprint).id)
        assert len(every.project.maps) == len(source.maps)
        for back, the_map in zip(every.project.maps, source.maps):
            assert signature(every.project, back.id) == signature(source, the_map.id)


def test_cli_columns_and_sheet_options(tmp_path):
    source = tmp_path / "odd.xlsx"
    write_xlsx(source, [("One", ["Phase", "Layer", "Words"], [["A", "Backstage", "hello"]]),
                        ("Two", ["Phase", "Layer", "Words"], [["B", "Frontstage", "bye"]])])
    result = run("import", source, "-o", tmp_path / "o.journey", "--sheet", "Two",
                 "--columns", "stage=Phase,lane=Layer,title=Words", "--map-name", "Second")
    assert result.returncode == 0, result.stderr
    with ProjectStore.open(tmp_path / "o.journey", read_only=True) as store:
        project = store.project
        assert [m.name for m in project.maps] == ["Second"]
        assert cells(project, project.maps[0].id) == {("B", "", "Frontstage"): ["bye"]}
    refused = run("import", source, "-o", tmp_path / "p.journey", "--map-name", "X")
    assert refused.returncode == 1 and "--sheet" in refused.stderr
    refused = run("import", source, "-o", tmp_path / "p.journey", "--columns", "stage=Nope")
    assert refused.returncode == 1 and "no column 'Nope'" in refused.stderr


@pytest.mark.parametrize("names", [
    ("Customer", "Frontstage", "Backstage", "Support"),
    ("顾客", "前台", "后台", "支持流程"),
    ("顧客", "前台行為", "後台", "支援流程"),
    ("顧客", "フロントステージ", "バックステージ", "サポート"),
    ("Клиент", "Фронт", "Бэк-офис", "Поддержка"),
    ("مشتری", "جلوی صحنه", "پشت صحنه", "پشتیبانی"),
])
def test_lanes_named_in_any_of_the_languages_make_a_blueprint(names):
    text = "Stage,Lane,Title\n" + "".join(f"S,{name},card {n}\n" for n, name in enumerate(names))
    project, made = imported(text)
    assert made.errors == [] and project.maps[0].kind == "service-blueprint"
    assert [lane.kind for lane in project.contents(project.maps[0].id).lanes] == [
        "actions", "frontstage", "backstage", "support-processes"]


# ------------------------------------------------------------------------------- property
#: cell text as users type it: any script, commas, semicolons, quotes, tabs and line breaks
#: inside; no spaces at either end (a spreadsheet's cells are read trimmed) and no lone "#n"
TEXT = st.text(st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp"), blacklist_characters="\u0085")
               | st.sampled_from(",;\t\n\"'“”«»|:"), min_size=1, max_size=12).map(str.strip).filter(
    lambda t: t and not t.startswith("#"))


@st.composite
def maps(draw):
    from journeyeditor.model import Card, Lane, Map, Stage, Step

    project = Project()
    the_map = project.add(Map("M"))
    stage_names = draw(st.lists(TEXT, min_size=1, max_size=3, unique=True))
    steps = []
    for name in stage_names:
        stage = project.add_stage(Stage(the_map.id, name))
        steps.append(project.column(stage.id))
        for step_name in draw(st.lists(TEXT | st.just(""), max_size=2, unique=True)):
            steps.append(project.add(Step(the_map.id, stage.id, step_name)))
    lanes = [project.add(Lane(the_map.id, name, draw(st.sampled_from(["actions", "backstage", "text"]))))
             for name in draw(st.lists(TEXT, min_size=1, max_size=3, unique=True))]
    for _ in range(draw(st.integers(0, 8))):
        step, lane = draw(st.sampled_from(steps)), draw(st.sampled_from(lanes))
        project.add(Card(the_map.id, step.stage_id, lane.id, step_id=step.id, title=draw(TEXT),
                         body=draw(st.just("") | TEXT), owner=draw(st.just("") | TEXT),
                         minutes=draw(st.sampled_from([0.0, 1.5, 12.0])), fail_point=draw(st.booleans()),
                         tags=draw(st.lists(TEXT.filter(lambda t: not set(t) & set(",;，、،")), max_size=2))))
    return project


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(project=maps(), delimiter_encoding=st.sampled_from([(",", "utf-8-sig"), (";", "utf-8"), ("\t", "utf-16")]))
def test_any_map_goes_through_csv_and_back(project, delimiter_encoding):
    """Whatever the text, a map written as CSV (with any delimiter and encoding a spreadsheet may
    use) reads back into the same cards in the same cells."""
    delimiter, encoding = delimiter_encoding
    the_map = project.maps[0]
    headers, rows = map_to_rows(project, the_map.id)
    buffer = io.StringIO(newline="")
    csv.writer(buffer, delimiter=delimiter).writerows([headers, *([str(v) for v in row] for row in rows)])
    back = Project()
    table = read_csv(buffer.getvalue().encode(encoding), "M")
    made = build_map(back, table, guess_mapping(table.headers))
    assert made.errors == []
    add_to_project(back, made)
    assert signature(back, back.maps[0].id) == signature(project, the_map.id)


# ------------------------------------------------------------------------------- housekeeping
def test_the_tabular_interchange_imports_neither_qt_nor_sqlalchemy():
    """pyproject's import-linter contract, checked where import-linter is not installed."""
    import subprocess
    import sys

    from conftest import SRC

    code = ("import sys; import journeyeditor.interchange.tabular, journeyeditor.interchange.tables, "
            "journeyeditor.interchange.columns; "
            "print([m for m in sys.modules if m.split('.')[0] in ('PySide6', 'sqlalchemy')])")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False,
                            env={"PYTHONPATH": str(SRC), "PATH": "/usr/bin:/bin"})
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_the_tabular_bench_runs_quick(tmp_path):
    """Keeps bench/tabular.py working; asserts no timings (those are the bench's figures)."""
    import json
    import subprocess
    import sys

    from conftest import SRC

    out = tmp_path / "bench.json"
    result = subprocess.run([sys.executable, str(SRC.parent / "bench" / "tabular.py"), "--rows", "300", "--json",
                             str(out)], capture_output=True, text=True, timeout=300, check=False)
    assert result.returncode == 0, result.stderr
    figures = json.loads(out.read_text())
    assert [f["metric"] for f in figures] == ["import_csv", "import_xlsx", "export_csv"]
    assert all(f["rows"] == 300 and f["value_s"] > 0 and f["floor_s"] > 0 for f in figures)


def test_cli_import_into_an_existing_project_adds_the_maps_in_one_write(tmp_path, sample_file):
    import hashlib

    source = tmp_path / "blueprint.csv"
    source.write_text(BLUEPRINT_CSV, encoding="utf-8")
    bad = tmp_path / "bad.csv"
    bad.write_text("Stage,Title,Minutes\nA,ok,1\nB,no,many\n", encoding="utf-8")
    before = hashlib.sha256(sample_file.read_bytes()).hexdigest()
    refused = run("import", bad, "--into", sample_file)
    assert refused.returncode == 1 and "row 3" in refused.stderr
    assert hashlib.sha256(sample_file.read_bytes()).hexdigest() == before  # refused: the file as it was
    assert run("import", bad, "-o", tmp_path / "x.journey", "--into", sample_file).returncode == 1
    result = run("import", source, "--into", sample_file, "--map-name", "Coffee bar")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "Coffee bar"
    with ProjectStore.open(sample_file, read_only=True) as store:
        project = store.project
        assert project.maps[-1].name == "Coffee bar" and project.maps[-1].kind == "service-blueprint"
        assert len(project.contents(project.maps[-1].id).cards) == 10
        assert len(project.maps) == 5  # the sample's four and the new one
