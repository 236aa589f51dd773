"""Mermaid journeys in and out (interchange/mermaid.py), and `import`/`export` of them on the
command line. No QApplication."""

import pytest
from conftest import FIXTURES

from journeyeditor.interchange.mermaid import (
    NO_SCORE_COMMENT,
    MermaidError,
    map_to_mermaid,
    maps_to_mermaid,
    parse_journeys,
    project_from_journeys,
    read_journeys,
)
from journeyeditor.model import Map, Project, Stage

MERMAID = FIXTURES / "mermaid"


def as_read(journey) -> list:
    """Every (section, task, score, actors) of a journey, as a comparison can hold it."""
    return [(section.name, task.name, task.score, frozenset(task.actors))
            for section in journey.sections for task in section.tasks]


def round_trip(text: str) -> str:
    project = project_from_journeys(parse_journeys(text), "journey")
    return map_to_mermaid(project, project.maps[0].id)


def points_by_task(project: Project, map_: Map) -> dict:
    """{(stage name, card title): {persona name: score}} of a map made from a journey."""
    contents = project.contents(map_.id)
    result = {}
    for stage in contents.stages:
        for step in contents.steps_of(stage.id):
            titles = [card.title for lane in contents.lanes for card in contents.cell(step.id, lane.id)]
            result[(stage.name, titles[0])] = {
                project.get(point.persona_id).name: point.score
                for point in contents.emotion_points.values() if point.step_id == step.id}
    return result


# ------------------------------------------------------------------ the official syntax examples
def test_the_official_example_becomes_a_map_of_stages_steps_action_cards_and_emotion_points():
    project = project_from_journeys(read_journeys(MERMAID / "official.mmd"), "official")
    assert project.title == "My working day"
    (m,) = project.maps
    contents = project.contents(m.id)
    assert m.name == "My working day" and (m.scale_min, m.scale_max) == (1, 5)
    assert [stage.name for stage in contents.stages] == ["Go to work", "Go home"]
    assert [len(contents.steps_of(stage.id)) for stage in contents.stages] == [3, 2]
    assert [lane.kind for lane in contents.lanes] == ["actions", "emotions"]
    assert {card.type for card in contents.cards.values()} == {"action"}
    assert [p.name for p in project.personas] == ["Me", "Cat"]
    assert m.persona_ids == [p.id for p in project.personas]
    assert points_by_task(project, m) == {
        ("Go to work", "Make tea"): {"Me": 5}, ("Go to work", "Go upstairs"): {"Me": 3},
        ("Go to work", "Do work"): {"Me": 1, "Cat": 1},
        ("Go home", "Go downstairs"): {"Me": 5}, ("Go home", "Sit down"): {"Me": 5}}


def test_the_official_example_round_trips_to_the_same_text():
    text = (MERMAID / "official.mmd").read_text(encoding="utf-8")
    assert round_trip(text) == text


def test_the_parser_specs_examples_keep_every_task_score_and_actor():
    """The journeys of Mermaid's own parser tests (journey.spec): tasks with and without actors,
    no space after a colon, an empty actor list, a multi-line accDescr closed mid-line, <br>."""
    texts = (MERMAID / "mermaid-spec.mmd").read_text(encoding="utf-8").split("\n\n")
    assert len(texts) == 4
    for text in texts:
        (before,) = parse_journeys(text)
        (after,) = parse_journeys(round_trip(text))
        assert as_read(after) == as_read(before)
        assert (after.title, after.description) == (before.title, before.description)
    tasks = parse_journeys(texts[2])[0]
    assert as_read(tasks)[:5] == [
        ("Documentation", "A task", 5, {"Alice", "Bob", "Charlie"}), ("Documentation", "B task", 3, {"Bob", "Charlie"}),
        ("Documentation", "C task", 5, set()), ("Documentation", "D task", 5, {"Charlie", "Alice"}),
        ("Documentation", "E task", 5, set())]
    described = parse_journeys(texts[1])[0]
    assert described.description == "A user journey for\nfamily shopping"
    assert described.title == "Adding journey diagram functionality to mermaid"
    assert described.acc_title == "Adding acc journey diagram functionality to mermaid"
    assert parse_journeys(texts[3])[0].sections[0].name == "Line1\nLine2\nLine3\nLine4\nLine5"


def test_tasks_without_actors_keep_their_score_on_a_no_actor_persona_and_come_back_without_one():
    text = "journey\n    title Queue\n    section Wait\n      Takes a ticket: 2\n      Is called: 4: Sam\n"
    project = project_from_journeys(parse_journeys(text), "q")
    m = project.maps[0]
    assert points_by_task(project, m) == {("Wait", "Takes a ticket"): {"No actor": 2},
                                          ("Wait", "Is called"): {"Sam": 4}}
    assert round_trip(text) == text


# ------------------------------------------------------------------ a page of a wiki
def test_a_wiki_page_gives_a_map_per_journey_block_and_passes_over_other_blocks():
    journeys = read_journeys(MERMAID / "wiki.md")
    assert [j.title for j in journeys] == ["Signing up for a monthly pass", "第一次骑车 — اولین سفر"]
    first, second = journeys
    assert first.line == 15  # the page's own line numbers
    assert first.acc_title == "Monthly pass sign-up journey"
    assert first.description == "How commuters found the scheme,\nsigned up and took their first ride."
    assert ("Discover", "Reads app reviews", 2, {"Dmitri", "Sara"}) in as_read(first)  # the # comment is not an actor
    assert ("Sign up", "Waits for approval", 2, set()) in as_read(first)
    assert first.actors() == ["Li Na", "Dmitri", "Sara"]
    assert as_read(second) == [("找车", "打开地图", 3, {"李娜"}), ("找车", "扫码开锁", 4, {"李娜", "سارا"}),
                               ("رسیدن", "پارک کردن دوچرخه", 5, {"سارا"})]
    project = project_from_journeys(journeys, "wiki")
    assert project.title == "wiki"
    assert [m.name for m in project.maps] == [j.title for j in journeys]
    # the map is written in Chinese: its lanes are named in Chinese, as a new map of that language
    chinese = project.contents(project.maps[1].id)
    assert [lane.name for lane in chinese.lanes] == ["用户行为", "情绪"]


def test_a_wiki_page_round_trips_through_markdown():
    journeys = read_journeys(MERMAID / "wiki.md")
    project = project_from_journeys(journeys, "wiki")
    page = maps_to_mermaid(project, [m.id for m in project.maps], markdown=True)
    assert page.count("```mermaid\n") == 2 and page.startswith("## Signing up for a monthly pass\n")
    again = parse_journeys(page)
    assert [as_read(j) for j in again] == [as_read(j) for j in journeys]
    assert [(j.title, j.description) for j in again] == [(j.title, j.description) for j in journeys]


def test_fences_front_matter_directives_and_azure_wiki_blocks_are_read():
    page = ("Intro\n\n::: mermaid\n---\ntitle: From front matter\n---\n%%{init: {'theme': 'forest'}}%%\n"
            "JOURNEY\n  SECTION One\n    Task: 5: Ann\n:::\n\n````mermaid\njourney\n  section Two\n    T2: 4\n````\n")
    first, second = parse_journeys(page)
    assert first.title == "From front matter" and as_read(first) == [("One", "Task", 5, {"Ann"})]
    assert second.line == 14 and as_read(second) == [("Two", "T2", 4, set())]


def test_a_score_of_zero_widens_the_maps_scale_to_0_to_5_and_stays_0():
    text = "journey\n    title Outage\n    section Down\n      Nothing works: 0: Ops\n      Back up: 4: Ops\n"
    project = project_from_journeys(parse_journeys(text), "o")
    assert (project.maps[0].scale_min, project.maps[0].scale_max) == (0, 5)
    assert round_trip(text) == text


# ------------------------------------------------------------------ errors
def test_bad_lines_are_reported_with_their_line_numbers_and_nothing_is_made():
    page = (MERMAID / "wiki.md").read_text(encoding="utf-8").replace(
        "      Asks a colleague: 5: Li Na\n",
        "      Asks a colleague: 7: Li Na\n      Calls support: 10:00: 2: Me\n      Takes a tram\n"
        "      Order #12: 3: Me\n      : 4: Ann\n      Pays; leaves: 3: Ann\n")
    with pytest.raises(MermaidError) as raised:
        parse_journeys(page, "wiki.md")
    problems = dict(raised.value.problems)
    assert sorted(problems) == [24, 25, 26, 27, 28, 29]
    assert "outside Mermaid's 0 to 5" in problems[24]
    assert "more colons" in problems[25]
    assert "expected 'Task name: score: actor, actor'" in problems[26]
    assert "'#' starts a comment" in problems[27]
    assert "needs a name" in problems[28]
    assert "';'" in problems[29]
    message = str(raised.value)
    assert message.startswith("wiki.md: line 24: ") and "\n" not in message


def test_files_with_no_journey_or_not_utf8_are_refused_clearly(tmp_path):
    with pytest.raises(MermaidError, match="2 other Mermaid diagrams passed over"):
        parse_journeys("```mermaid\nflowchart LR\n  A --> B\n```\n```mermaid\npie\n  \"a\": 1\n```\n")
    with pytest.raises(MermaidError, match="starts with the line 'journey'"):
        parse_journeys("Just a page of notes.\n")
    with pytest.raises(MermaidError, match="line 1: this journey has no sections or tasks"):
        parse_journeys("journey\n  title Empty\n")
    with pytest.raises(MermaidError, match="line 2: the accDescr block has no closing brace"):
        parse_journeys("%% x\njourney\n  accDescr {\n  never closed\n  section A\n")
    latin1 = tmp_path / "old.mmd"
    latin1.write_bytes("journey\n  section Café\n    Tea: 5: Zoë\n".encode("latin-1"))
    with pytest.raises(MermaidError, match="old.mmd: not UTF-8 text"):
        read_journeys(latin1)


# ------------------------------------------------------------------ export of any map
def test_a_map_exports_its_stages_steps_first_action_cards_and_rescaled_scores(sample_project):
    m = sample_project.maps[0]
    text = map_to_mermaid(sample_project, m.id)
    assert text.startswith(f"journey\n    title {m.name}\n")
    assert "%% scores: this map's scale -2..2 rescaled to Mermaid's 1..5" in text
    (journey,) = parse_journeys(text)
    contents = sample_project.contents(m.id)
    assert [s.name for s in journey.sections] == [stage.name for stage in contents.stages]
    shown = [sample_project.get(i) for i in m.persona_ids]
    actions = next(lane for lane in contents.lanes if lane.kind == "actions")
    tasks = iter(journey.tasks)
    for step in contents.columns():
        title = contents.cell(step.id, actions.id)[0].title
        wanted = {p.name: sample_project.emotion_point(m.id, p.id, step.id).score + 3 for p in shown
                  if sample_project.emotion_point(m.id, p.id, step.id)}
        got = {}
        while len(got) < len(wanted):  # personas that differ at a step make a task each
            task = next(tasks)
            assert task.name == title
            got.update({actor: task.score for actor in task.actors})
        assert got == wanted


def test_steps_without_points_are_marked_and_come_back_without_points(sample_project):
    blueprint = next(m for m in sample_project.maps if m.kind == "service-blueprint")
    text = map_to_mermaid(sample_project, blueprint.id)
    assert text.count(NO_SCORE_COMMENT) == len(sample_project.contents(blueprint.id).columns())
    project = project_from_journeys(parse_journeys(text), "b")
    assert not project.contents(project.maps[0].id).emotion_points and not project.personas


def test_names_mermaid_cannot_hold_are_written_so_it_reads_them_as_meant():
    """Mermaid reads "Title deed arrives: 2: Ana" as a title and stops a name at ':', ';' or '#':
    the export guards such names, and writes look-alikes for what a name cannot hold."""
    assert parse_journeys("journey\n  section S\n    Title deed arrives: 2: Ana\n    T: 3\n")[0].title \
        == "deed arrives: 2: Ana"
    text = "journey\n  title Renewal: 2027\n  section Post\n    Letter: 4: Ana\n    Parcel: 2: Ana\n    Card: 3: Ana\n"
    project = project_from_journeys(parse_journeys(text), "x")
    contents = project.contents(project.maps[0].id)
    letter, parcel, card = sorted(contents.cards.values(), key=lambda c: contents.columns().index(project.get(c.step_id)))
    project.update(letter.id, title="Pay #2; call: 10:00")
    project.update(parcel.id, title="Title deed arrives")
    project.update(card.id, title="journey home")
    project.update(project.personas[0].id, name="Ops: night, shift")
    project.update(contents.stages[0].id, name="Sign-up: step 1\nand 2")
    (journey,) = parse_journeys(map_to_mermaid(project, project.maps[0].id))
    assert journey.title == "Renewal: 2027"
    assert journey.sections[0].name == "Sign-up\ua789 step 1\nand 2"
    assert [t.name for t in journey.tasks] == ["Pay ＃2； call\ua789 10\ua78900", "Title deed arrives", "journey home"]
    assert [t.score for t in journey.tasks] == [4, 2, 3]
    assert journey.tasks[0].actors == ["Ops\ua789 night\u201a shift"]


def test_percent_signs_and_bare_breaks_in_names_survive_mermaids_comment_rules():
    """Mermaid's lexer skips a token that starts with '%' (not '%{') or whose 2nd and 3rd
    characters are '%%' (found by parsing exports with Mermaid's own jison grammar): the import
    skips such lines too, and the export guards names so none is read as a comment."""
    (read,) = parse_journeys("journey\n  section S\n    %a: 3: Ann\n    x%%y: 2\n    a%b: 4\n    %{c: 5\n")
    assert [t.name for t in read.tasks] == ["a%b", "%{c"]
    text = "journey\n  section S\n    A: 4: Ann\n    B: 2: Ann\n    C: 3\n"
    project = project_from_journeys(parse_journeys(text), "x")
    contents = project.contents(project.maps[0].id)
    for card, title in zip(sorted(contents.cards.values(), key=lambda c: contents.columns().index(project.get(c.step_id))),
                           ["%a", "x%%y", "<br>"]):
        project.update(card.id, title=title)
    project.update(project.personas[0].id, name="<br>")
    (journey,) = parse_journeys(map_to_mermaid(project, project.maps[0].id))
    assert [(t.name, t.score, t.actors) for t in journey.tasks] == [("%a", 4, ["<br>"]), ("x%%y", 2, ["<br>"]),
                                                                    ("<br>", 3, [])]


def test_an_empty_map_still_exports_a_journey_that_imports():
    project = Project()
    m = project.add(Map("Empty"))
    project.add_stage(Stage(m.id, ""))
    (journey,) = parse_journeys(map_to_mermaid(project, m.id))
    assert [(s.name, s.tasks) for s in journey.sections] == [("", [])]


def test_the_mermaid_interchange_imports_no_qt_and_no_sql():
    """The command line and the tests read Mermaid without Qt (pyproject's import contract)."""
    import subprocess
    import sys

    from conftest import SRC

    code = ("import sys, journeyeditor.interchange.mermaid; "
            "bad = [m for m in sys.modules if m.startswith(('PySide6', 'sqlalchemy'))]; print(bad); sys.exit(bool(bad))")
    result = subprocess.run([sys.executable, "-c", code], env={"PYTHONPATH": str(SRC)}, capture_output=True,
                            text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


# ------------------------------------------------------------------ the command line
def test_cli_imports_mermaid_and_exports_it_back(tmp_path):
    from journeyeditor.cli import main
    from journeyeditor.persistence import ProjectStore

    project = tmp_path / "day.journey"
    assert main(["import", str(MERMAID / "official.mmd"), "-o", str(project)]) == 0
    store = ProjectStore.open(project, read_only=True)
    assert [m.name for m in store.project.maps] == ["My working day"]
    store.close()
    assert main(["export", str(project), "-o", str(tmp_path / "back.mmd")]) == 0
    assert (tmp_path / "back.mmd").read_text(encoding="utf-8") == (MERMAID / "official.mmd").read_text(encoding="utf-8")
    assert main(["export", str(project), "-o", str(tmp_path / "page.txt"), "--format", "mermaid"]) == 0
    assert main(["import", str(MERMAID / "wiki.md"), "-o", str(tmp_path / "wiki.journey")]) == 0
    assert main(["export", str(tmp_path / "wiki.journey"), "--all", "-o", str(tmp_path / "wiki.md")]) == 0
    assert len(read_journeys(tmp_path / "wiki.md")) == 2


def test_cli_refuses_bad_mermaid_in_one_line_and_writes_nothing(tmp_path, capsys):
    from journeyeditor.cli import main

    bad = tmp_path / "bad.mmd"
    bad.write_text("journey\n  section A\n    Task: 9: Me\n", encoding="utf-8")
    assert main(["import", str(bad), "-o", str(tmp_path / "out.journey")]) == 1
    error = capsys.readouterr().err
    assert error == "journeyeditor: error: bad.mmd: line 3: the score 9 is outside Mermaid's 0 to 5\n"
    assert not (tmp_path / "out.journey").exists()
    project = tmp_path / "p.journey"
    assert main(["import", str(MERMAID / "wiki.md"), "-o", str(project)]) == 0
    assert main(["export", str(project), "--all", "-o", str(tmp_path / "all.mmd")]) == 1
    assert "write --all to a .md file" in capsys.readouterr().err
    assert not (tmp_path / "all.mmd").exists()


# ------------------------------------------------------------------ properties
from hypothesis import event, given, settings
from hypothesis import strategies as st

#: letters a person writes in names (Latin, Cyrillic, Chinese, Persian), digits, spaces and the
#: punctuation Mermaid lets a name hold
NAME_CHARACTERS = st.sampled_from(list("abcxyzABCXYZ абвгдЯ 出行地图 سفرپژ 0123456789 -.'()!?&/"))
NAMES = st.text(NAME_CHARACTERS, min_size=1, max_size=14).map(lambda s: " ".join(s.split())).filter(
    lambda s: s and not s.lower().startswith(("journey", "title ", "section ", "accdescr", "acctitle")))


@st.composite
def journeys(draw):
    """A journey as a person writes it, and what it holds: [(section, [(task, score, actors)])]."""
    actors = draw(st.lists(NAMES, min_size=0, max_size=4, unique=True))
    sections = draw(st.lists(st.tuples(NAMES, st.lists(st.tuples(
        NAMES, st.integers(0, 5), st.lists(st.sampled_from(actors), unique=True) if actors else st.just([])),
        min_size=1, max_size=4)), min_size=1, max_size=4))
    indent = draw(st.sampled_from(["", "  ", "    ", "\t"]))
    lines = [draw(st.sampled_from(["journey", "Journey", "JOURNEY"])), f"{indent}title {draw(NAMES)}"]
    for section, tasks in sections:
        lines.append(f"{indent}{draw(st.sampled_from(['section', 'Section']))} {section}")
        for task, score, people in tasks:
            colon = draw(st.sampled_from([": ", ":", " : "]))
            lines.append(f"{indent}{indent}{task}{colon}{score}" + (f"{colon}{', '.join(people)}" if people else ""))
    return "\n".join(lines) + "\n", sections


@settings(max_examples=60, deadline=None)
@given(journeys())
def test_any_journey_keeps_every_task_score_and_actor_through_a_map_and_back(written):
    text, sections = written
    wanted = [(section, task, score, frozenset(people)) for section, tasks in sections
              for task, score, people in tasks]
    (journey,) = parse_journeys(text)
    assert as_read(journey) == wanted
    (again,) = parse_journeys(round_trip(text))
    assert as_read(again) == wanted


#: lines a journey holds, and lines Mermaid would refuse or misread
GOOD = st.sampled_from([
    "title T", "section S", "section 出行", "%% note", "accTitle: a", "accDescr: d", "accDescr { one\n two }",
    "A: 3: B, C", "A: 5", "A:5:B", "سفر: 0: پژ", "A: 4: ", "x: 2: y # z", "A: 2.5: Z", ""])
BAD = st.sampled_from(["A:", ": 4: B", "A: 9: B", "A: 1: B: C", "a; b", "x # y: 3", "A: -1", "title", "section X: y",
                       "}"])
STATEMENTS = st.one_of(*[GOOD] * 24, BAD)  # a wrong line in about one in 25
#: what else a page holds around its blocks
NOISE = st.one_of(st.sampled_from(["```mermaid", "```", "~~~ mermaid", "~~~", "::: mermaid", ":::", "---",
                                   "title: x", "journey", "flowchart LR", "Some prose."]),
                  st.text(st.sampled_from(list("ab :,;#%{}`~-0135\t出س")), max_size=12))


@st.composite
def pages(draw):
    """A diagram or a page: mostly journeys with a few wrong lines, sometimes anything at all."""
    body = draw(st.lists(STATEMENTS, min_size=2, max_size=12))
    fenced = draw(st.sampled_from(["bare", "bare", "fenced", "fenced", "noise"]))
    if fenced == "bare":
        return ["journey", *body]
    if fenced == "fenced":
        return [*draw(st.lists(NOISE, max_size=3)), "```mermaid", "journey", *body, "```", *draw(st.lists(NOISE, max_size=3))]
    return draw(st.lists(st.one_of(NOISE, STATEMENTS), max_size=16))


@settings(max_examples=200, deadline=None)
@given(pages())
def test_any_text_is_imported_whole_or_refused_with_line_numbers(lines):
    text = "\n".join(lines)
    try:
        journeys = parse_journeys(text, "fuzz.md")
    except MermaidError as error:
        message = str(error)
        assert message.startswith("fuzz.md: ") and len(message.splitlines()) == 1
        assert all(0 <= line <= text.count("\n") + 1 for line, _text in error.problems)
        event("refused")
        return
    event(f"accepted: {len(journeys)} journeys")
    project = project_from_journeys(journeys, "fuzz")
    page = maps_to_mermaid(project, [m.id for m in project.maps], markdown=True)
    assert [as_read(j) for j in parse_journeys(page)] == [as_read(j) for j in journeys]
