"""Mermaid `journey` diagrams in and out (https://mermaid.js.org/syntax/userJourney.html).

A journey is `title`, `section`s and tasks `Task name: score: actor, actor`. Imported, the title
names a map, each section is a stage, each task a step with an action card, each actor a persona
with an emotion point at the task's step (Mermaid's one score per task, on its 1..5 scale, which
the map keeps as its own). The export writes the same subset back. No Qt: the command line, the
window and the tests share it.

Mermaid's grammar is followed as its lexer reads it (keywords in any case, `%%` comment lines,
`#` starting a comment, `;` refused); a line Mermaid would refuse, or would read as something
other than meant (a score past 0..5, `Task: 5: Me: extra`), is an error naming its line.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from pathlib import Path

from ..catalogue import ENGLISH, LANGUAGES, tr, translate
from ..model import Card, EmotionPoint, Lane, Map, MapKind, Persona, Project, Stage, Step, first_step_id
from ..model.derive import written_language
from ..templates import LANE_COLOURS, STAGE_COLOURS, lane_height, translated
from .jsonio import InterchangeError

#: Mermaid's scale (its docs: "an integer between 0 and 5"; its faces are sad below 3, happy above)
MERMAID_SCALE = (1, 5)
#: a block that uses 0 keeps it: the map's scale widens to 0..5 rather than lose the score
MERMAID_SCALE_WITH_ZERO = (0, 5)
#: the export writes this before a task whose step has no emotion point (a task must have a score);
#: the import gives the next task no point, so a round trip does not invent one
NO_SCORE_COMMENT = "%% no emotion point at this step: Mermaid needs a score, 3 is neutral"
NEUTRAL = 3
PERSONA_COLOURS = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9")
NO_ACTOR_COLOUR = "#8A8F98"
MARKDOWN_SUFFIXES = (".md", ".markdown")
#: the files read and written as Mermaid (a Markdown page: its mermaid blocks)
MERMAID_SUFFIXES = (".mmd", ".mermaid", *MARKDOWN_SUFFIXES)
#: what Mermaid cannot hold in a name, and the look-alike written instead
_LOOK_ALIKES = {":": "\ua789", ";": "\uff1b", "#": "\uff03", ",": "\u201a", "}": "\uff5d"}
#: a zero-width space: written before a name Mermaid would read as a keyword ("Title deed
#: arrives", "Journey home") and as an empty section's name; the import drops it again
_GUARD = "\u200b"
_KEYWORD_START = re.compile(r"(journey|title\s|section\s|acctitle\s*:|accdescr\s*[:{]|%)", re.IGNORECASE)
_BREAK = re.compile(r"<\s*/?\s*br\s*/?\s*>", re.IGNORECASE)
_SCORE = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)")
_FENCE = re.compile(r"^( {0,3})(`{3,}|~{3,})\s*([^`]*)$")
_COLONS = re.compile(r"^( {0,3}):::\s*(\S*)\s*$")
MAX_PROBLEMS = 8


class MermaidError(InterchangeError):
    """A Mermaid file we will not import: every bad line found, with its line number.
    str() is one line (the command line's error); `problems` lists (line, message)."""

    def __init__(self, source: str, problems: list[tuple[int, str]]) -> None:
        self.source, self.problems = source, problems
        shown = [tr("line {0}: {1}").format(line, text) if line else text for line, text in problems[:MAX_PROBLEMS]]
        if len(problems) > MAX_PROBLEMS:
            shown.append(tr("and {0} more").format(len(problems) - MAX_PROBLEMS))
        super().__init__(f"{source}: " + "; ".join(shown) if source else "; ".join(shown))


@dataclass
class Task:
    name: str
    score: float | None  # None: the export wrote it without an emotion point (NO_SCORE_COMMENT)
    actors: list[str]
    line: int


@dataclass
class Section:
    name: str
    tasks: list[Task] = field(default_factory=list)


@dataclass
class Journey:
    """One `journey` diagram as read, before it becomes a map."""

    line: int  # where its `journey` line is in the file
    title: str = ""
    acc_title: str = ""
    description: str = ""  # accDescr
    sections: list[Section] = field(default_factory=list)

    @property
    def tasks(self) -> list[Task]:
        return [task for section in self.sections for task in section.tasks]

    def actors(self) -> list[str]:
        """Every actor, in order of first appearance (the personas' order)."""
        return list(dict.fromkeys(actor for task in self.tasks for actor in task.actors))

    def scale(self) -> tuple[int, int]:
        """Mermaid's 1..5, or 0..5 when a score is 0."""
        zero = any(task.score is not None and task.score < 1 for task in self.tasks)
        return MERMAID_SCALE_WITH_ZERO if zero else MERMAID_SCALE


# ------------------------------------------------------------------------------------ reading
def read_journeys(path: str | Path) -> list[Journey]:
    """The journeys of a `.mmd` file (one diagram) or of a Markdown page (each ```mermaid block
    holding a journey; other diagrams are passed over)."""
    path = Path(path)
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise MermaidError(path.name, [(0, tr("not UTF-8 text (byte {0})").format(error.start + 1))]) from None
    return parse_journeys(text, path.name)


def parse_journeys(text: str, source: str = "") -> list[Journey]:
    """Every journey in `text`: the fenced mermaid blocks of a Markdown page (```, ~~~ or Azure
    DevOps' `::: mermaid`), or the whole text when it has none. Raises MermaidError listing every
    bad line (with its line number in `text`) or saying that no journey is there."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    blocks = _mermaid_blocks(lines)
    whole = blocks is None
    if whole:
        blocks = [(1, lines)]
    journeys, problems, others = [], [], 0
    for first, block in blocks:
        kind = _diagram_kind(block)
        if kind != "journey":
            others += kind is not None
            continue
        journey = _parse_block(block, first, problems)
        if journey is not None:
            journeys.append(journey)
    if problems:
        raise MermaidError(source, problems)
    if not journeys:
        if whole:
            message = tr("no Mermaid journey here: a journey starts with the line 'journey'")
        elif others:
            message = tr("no Mermaid journey here ({0} other Mermaid diagrams passed over)").format(others)
        else:
            message = tr("no Mermaid journey here: none of its mermaid blocks holds one")
        raise MermaidError(source, [(0, message)])
    return journeys


def _mermaid_blocks(lines: list[str]) -> list[tuple[int, list[str]]] | None:
    """(line number of the block's first line, its lines) of each mermaid block of a Markdown
    page; None when the text has no fenced mermaid block (then it is a diagram itself)."""
    blocks: list[tuple[int, list[str]]] = []
    fence: tuple[str, int, bool] | None = None  # (fence characters, indent, a mermaid block?)
    body: list[str] = []
    for number, line in enumerate(lines, 1):
        if fence is None:
            opening, colons = _FENCE.match(line), _COLONS.match(line)
            if opening:
                info = opening.group(3).strip().split()
                fence = (opening.group(2), len(opening.group(1)), bool(info) and info[0].lower() == "mermaid")
            elif colons and colons.group(2).lower() == "mermaid":
                fence = (":::", len(colons.group(1)), True)
            else:
                continue
            start, body = number + 1, []
            continue
        marker, indent, mermaid = fence
        stripped = line.strip()
        closing = stripped == ":::" if marker == ":::" else (
            len(line) - len(line.lstrip(" ")) <= 3 and stripped.startswith(marker)
            and set(stripped) == {marker[0]})
        if closing:
            if mermaid:
                blocks.append((start, body))
            fence = None
            continue
        body.append(line[min(indent, len(line) - len(line.lstrip(" "))):])
    if fence is not None and fence[2]:  # an unclosed block runs to the end of the page, as in CommonMark
        blocks.append((start, body))
    return blocks or None


def _significant(block: list[str]):
    """(index, stripped line) of the lines before the diagram's keyword that are not blank,
    comments, directives or front matter."""
    start = 0
    if block and block[0].strip() == "---":  # YAML front matter (title:, config:)
        start = next((i + 1 for i in range(1, len(block)) if block[i].strip() == "---"), len(block))
    for index in range(start, len(block)):
        stripped = block[index].strip()
        if stripped and not _is_comment(stripped):
            yield index, stripped


def _diagram_kind(block: list[str]) -> str | None:
    """The diagram's keyword, lower case ("journey", "flowchart" …), None for an empty block."""
    for _index, stripped in _significant(block):
        return stripped.split()[0].lower()
    return None


def _front_matter_title(block: list[str]) -> str:
    if not block or block[0].strip() != "---":
        return ""
    for line in block[1:]:
        if line.strip() == "---":
            break
        match = re.match(r"title\s*:\s*(.*)$", line.strip())
        if match:
            return match.group(1).strip().strip("\"'")
    return ""


def _clean(name: str) -> str:
    """A name as read: Mermaid's <br> line breaks as new lines, without the export's guard (a name
    that is nothing but breaks, "<br>", stays as written)."""
    name = name.replace(_GUARD, "")
    return "\n".join(line.strip() for line in _BREAK.split(name)).strip() or name.strip()


def _is_comment(line: str) -> bool:
    """Whether Mermaid's lexer skips the line as a comment: "%%" is the documented start, but the
    lexer skips any "%" not followed by "{", and any character followed by "%%"."""
    return (line.startswith("%") and not line.startswith("%{")) or line[1:3] == "%%"


def _parse_block(block: list[str], first: int, problems: list[tuple[int, str]]) -> Journey | None:
    """The journey of one diagram's lines (`first` is the line number of block[0]); bad lines go
    to `problems`."""
    start = next(index for index, _line in _significant(block))
    if block[start].strip().lower() != "journey":
        problems.append((first + start, tr("'journey' stands alone on its line")))
        return None
    reader = _JourneyReader(Journey(first + start, title=_front_matter_title(block)), problems)
    for index in range(start + 1, len(block)):
        reader.line(first + index, block[index])
    return reader.finish()


class _JourneyReader:
    """Reads a journey's statements line by line, as Mermaid's lexer and grammar do."""

    def __init__(self, journey: Journey, problems: list[tuple[int, str]]) -> None:
        self.journey, self.problems = journey, problems
        self.section: Section | None = None
        self.no_score = False  # the line before was NO_SCORE_COMMENT
        self.description: list[str] | None = None  # the lines of an open accDescr { … }

    def line(self, number: int, raw: str) -> None:
        if self.description is not None:  # inside accDescr { … }: up to its }, then go on after it
            end = raw.find("}")
            self.description.append(raw if end < 0 else raw[:end])
            if end < 0:
                return
            self.journey.description = "\n".join(line.strip() for line in self.description).strip()
            self.description, raw = None, raw[end + 1:]
        stripped = raw.strip()
        if _is_comment(stripped):
            self.no_score = self.no_score or stripped == NO_SCORE_COMMENT
            return
        accessible = re.match(r"acc(title|descr)\s*([:{])\s*(.*)$", stripped, re.IGNORECASE)
        if accessible:
            self._accessible(number, accessible.group(1).lower(), accessible.group(2), accessible.group(3))
            return
        line = stripped.split("#", 1)[0].strip()  # '#' starts a comment
        if line:
            self._statement(number, line, tr(" ('#' starts a comment in Mermaid)") if "#" in stripped else "")

    def _accessible(self, number: int, which: str, opening: str, value: str) -> None:
        """accTitle: …, accDescr: … (the rest of the line, # and ; too) or accDescr { … }."""
        if opening == ":":
            if which == "title":
                self.journey.acc_title = value.strip()
            else:
                self.journey.description = value.strip()
        elif which == "title":
            self.problems.append((number, tr("accTitle takes its value after a colon")))
        else:
            self.description = []
            self.line(number, value)

    def _statement(self, number: int, line: str, hint: str) -> None:
        keyword = line.split(None, 1)[0].lower()
        if ";" in line:
            self.problems.append((number, tr("Mermaid does not allow ';' in a journey")))
        elif keyword == "title" and line[5:6].isspace():
            self.journey.title = _clean(line[6:])
        elif keyword == "section" and line[7:8].isspace():
            if ":" in line:
                self.problems.append((number, tr("a section's name cannot hold ':'")))
                return
            self.section = Section(_clean(line[8:]))
            self.journey.sections.append(self.section)
        else:
            task = _parse_task(line, number, self.problems, hint)
            if task is None:
                return
            if self.no_score:
                task.score, self.no_score = None, False
            if self.section is None:  # tasks before any section: a section with no name, as in Mermaid
                self.section = Section("")
                self.journey.sections.append(self.section)
            self.section.tasks.append(task)

    def finish(self) -> Journey | None:
        if self.description is not None:
            self.problems.append((self.journey.line, tr("the accDescr block has no closing brace")))
        if not self.journey.sections:
            self.problems.append((self.journey.line, tr("this journey has no sections or tasks: nothing to import")))
            return None
        return self.journey


def _parse_task(line: str, number: int, problems: list[tuple[int, str]], hint: str) -> Task | None:
    if ":" not in line:
        problems.append((number, tr("expected 'Task name: score: actor, actor', 'section …' or 'title …'") + hint))
        return None
    name, rest = line.split(":", 1)
    name = _clean(name)
    pieces = rest.split(":")
    if not name:
        problems.append((number, tr("a task needs a name before its ':'")))
        return None
    if len(pieces) > 2:
        problems.append((number, tr("a task is 'name: score: actors': this line has more colons")))
        return None
    score_text = pieces[0].strip()
    if not _SCORE.fullmatch(score_text):
        problems.append((number, (tr("the score {0!r} is not a number from 0 to 5").format(score_text) if score_text
                                  else tr("a task needs a score from 0 to 5")) + hint))
        return None
    score = float(score_text)
    if not 0 <= score <= 5:
        problems.append((number, tr("the score {0} is outside Mermaid's 0 to 5").format(score_text)))
        return None
    actors = [_clean(actor) for actor in pieces[1].split(",")] if len(pieces) == 2 else []
    return Task(name, score, list(dict.fromkeys(actor for actor in actors if actor)), number)


# ----------------------------------------------------------------------------- into a project
def no_actor_name() -> str:
    """The persona that holds the scores of tasks that name no actor (Mermaid draws their faces
    all the same); the export writes its tasks with no actor again, in whatever language it was
    named."""
    return tr("No actor")


def rescaled(score: float, old: tuple[int, int], new: tuple[int, int]) -> float:
    """A score at the same place on another scale (3 of 1..5 is 0 of -2..2), to two decimals."""
    if old == new:
        return float(score)
    value = new[0] + (score - old[0]) * (new[1] - new[0]) / (old[1] - old[0])
    return float(round(value, 2))


def free_name(name: str, taken: set[str]) -> str:
    """`name`, or `name (2)`, `name (3)` … whichever no map has."""
    candidate, number = name, 2
    while candidate in taken:
        candidate, number = f"{name} ({number})", number + 1
    return candidate


def journey_entities(project: Project, journey: Journey, name: str,
                     scale: tuple[int, int] | None = None) -> list:
    """The entities that make `journey` a map of `project`, in the order to add them: new personas
    (an actor named as a persona of the project is that persona), the map, its stages and steps,
    an actions lane and an emotions lane, the action cards and the emotion points. The map's scale
    is the journey's own (1..5) unless `scale` asks for another, to which the scores are rescaled."""
    native = journey.scale()
    scale = scale or native
    language = written_language([s.name for s in journey.sections] + [t.name for t in journey.tasks])
    by_name = {persona.name: persona for persona in project.personas}
    result: list = []
    used_colours = {persona.colour for persona in project.personas}
    palette = [c for c in PERSONA_COLOURS if c not in used_colours] or list(PERSONA_COLOURS)
    actors = journey.actors()
    if any(task.score is not None and not task.actors for task in journey.tasks):
        actors.append(no_actor_name())
    for actor in actors:
        if actor not in by_name:
            colour = NO_ACTOR_COLOUR if actor == no_actor_name() else palette[len(result) % len(palette)]
            by_name[actor] = Persona(actor, colour=colour)
            result.append(by_name[actor])
    the_map = Map(name, MapKind.CURRENT_STATE.value, journey.description, scale[0], scale[1],
                  persona_ids=[by_name[actor].id for actor in actors])
    result.append(the_map)
    stages = []
    for number, section in enumerate(journey.sections):
        stage = Stage(the_map.id, section.name, colour=STAGE_COLOURS[number % len(STAGE_COLOURS)])
        # the first step has the id a stage's first step always has (model.first_step_id)
        steps = [Step(the_map.id, stage.id, **({"id": first_step_id(stage.id)} if i == 0 else {}))
                 for i in range(max(1, len(section.tasks)))]
        stages.append((section, steps))
        result += [stage, *steps]
    actions = Lane(the_map.id, translated("Customer actions", language), "actions", LANE_COLOURS["actions"],
                   lane_height("actions"))
    emotions = Lane(the_map.id, translated("Emotions", language), "emotions", LANE_COLOURS["emotions"],
                    lane_height("emotions"))
    result += [actions, emotions]
    points = []
    for section, steps in stages:
        for task, step in zip(section.tasks, steps):
            result.append(Card(the_map.id, step.stage_id, actions.id, task.name, type="action", index=0,
                               step_id=step.id))
            if task.score is None:
                continue
            score = rescaled(task.score, native, scale)
            for actor in task.actors or [no_actor_name()]:
                points.append(EmotionPoint(the_map.id, by_name[actor].id, step.stage_id, score, step_id=step.id))
    return result + points


def journey_name(journey: Journey, fallback: str) -> str:
    return journey.title or journey.acc_title or fallback


def project_from_journeys(journeys: list[Journey], fallback_name: str) -> Project:
    """A new project with a map per journey (its title, or `fallback_name`, numbered if taken)."""
    project = Project(journeys[0].title if len(journeys) == 1 and journeys[0].title else fallback_name)
    for journey in journeys:
        name = free_name(journey_name(journey, fallback_name), {m.name for m in project.maps})
        for entity in journey_entities(project, journey, name):
            project.add(entity)
    return project


# ------------------------------------------------------------------------------------ writing
def _safe(text: str, keep: str = "") -> str:
    """A name on one line (its line breaks as <br>, as Mermaid writes them) with the characters
    Mermaid cannot hold replaced by look-alikes."""
    text = "<br>".join(" ".join(line.split()) for line in text.strip().split("\n"))
    return "".join(_LOOK_ALIKES.get(c, c) if c not in keep else c for c in text)


def _task_name(text: str) -> str:
    """A task's name as Mermaid's lexer reads it back: after a guard when it would start a keyword
    or a comment, and with a guard between two %, which start a comment wherever a token does."""
    text = re.sub(r"%(?=%)", "%" + _GUARD, _safe(text))
    return _GUARD + text if _KEYWORD_START.match(text) else text


def _score_text(score: float) -> str:
    return str(int(score)) if float(score).is_integer() else f"{score:g}"


def _no_actor_names() -> set[str]:
    """The no-actor persona's name in every language it may have been imported in."""
    return {translate("No actor", language) for language in (ENGLISH, *LANGUAGES)}


def _task_title(project: Project, the_map: Map, step: Step, number: int, alone: bool) -> str:
    """What a step is called as a Mermaid task: its first action card's title, else the step's
    name, else its first card's title, else (a stage's only step) the stage's name, else "Step N"."""
    contents = project.contents(the_map.id)

    def first_title(lanes) -> str:
        for lane in lanes:
            for card in contents.cell(step.id, lane.id):
                title = card.title.strip() or card.body.strip().split("\n")[0].strip()
                if title:
                    return title
        return ""

    stage = project.get(step.stage_id)
    return (first_title([lane for lane in contents.lanes if lane.kind == "actions"]) or step.name.strip()
            or first_title(contents.lanes) or (stage.name.strip() if alone else "") or f"Step {number}")


def _empty(project: Project, the_map: Map, step: Step, personas: list[Persona]) -> bool:
    """A step with no card and no emotion point of a shown persona."""
    contents = project.contents(the_map.id)
    return not any(contents.cell(step.id, lane.id) for lane in contents.lanes) and not any(
        project.emotion_point(the_map.id, persona.id, step.id) for persona in personas)


def map_to_mermaid(project: Project, map_id: str) -> str:
    """A map as a Mermaid journey: its stages as sections, each step a task named after its first
    action card, scored by each shown persona's emotion point there (personas with different
    scores at one step make one task each), rescaled to 1..5 when the map's scale is another."""
    the_map = project.require(map_id, Map)
    contents = project.contents(map_id)
    scale = (the_map.scale_min, the_map.scale_max)
    as_is = scale in (MERMAID_SCALE, MERMAID_SCALE_WITH_ZERO)
    personas = [p for p in (project.get(i) for i in the_map.persona_ids) if isinstance(p, Persona)]
    no_actor = _no_actor_names()
    lines = ["journey"]
    if the_map.name.strip():
        lines.append(f"    title {_safe(the_map.name, ':')}")
    description = the_map.description.strip()
    if description and "\n" not in description:
        lines.append(f"    accDescr: {description}")
    elif description:
        lines += ["    accDescr {", *(f"        {_safe(line, ':;#,')}" for line in description.split("\n")), "    }"]
    if not as_is:
        lines.append(f"    %% scores: this map's scale {scale[0]}..{scale[1]} rescaled to Mermaid's 1..5, "
                     "to whole numbers")
    number = 0
    for position, stage in enumerate(contents.stages):
        steps = contents.steps_of(stage.id)
        name = _safe(stage.name)
        empty = len(steps) == 1 and _empty(project, the_map, steps[0], personas)
        if name or position or empty:  # a first stage with no name holds the tasks before any section
            lines.append(f"    section {name or _GUARD}")
        if empty:
            number += 1
            continue  # a section with no task (as an imported one was): no task is made up for it
        for step in steps:
            number += 1
            title = _task_name(_task_title(project, the_map, step, number, len(steps) == 1))
            groups: dict[str, list[str]] = {}
            for persona in personas:
                point = project.emotion_point(map_id, persona.id, step.id)
                if point is None:
                    continue
                score = point.score if as_is else float(math.floor(rescaled(point.score, scale, MERMAID_SCALE) + 0.5))
                actor = "" if persona.name in no_actor else _safe(persona.name)
                groups.setdefault(_score_text(score), []).append(actor)
            if not groups:
                lines += [f"      {NO_SCORE_COMMENT}", f"      {title}: {NEUTRAL}"]
            for score, actors in groups.items():
                if "" in actors:  # the tasks that named no actor, apart: their score is theirs
                    lines.append(f"      {title}: {score}")
                named = ", ".join(actor for actor in actors if actor)
                if named:
                    lines.append(f"      {title}: {score}: {named}")
    return "\n".join(lines) + "\n"


def maps_to_mermaid(project: Project, map_ids: list[str], markdown: bool) -> str:
    """One map as a bare diagram (a `.mmd` file), or maps as ```mermaid blocks of a Markdown page,
    each under a heading with its name."""
    if not markdown:
        if len(map_ids) != 1:
            raise ValueError(tr("a .mmd file holds one diagram: write several maps to a .md file"))
        return map_to_mermaid(project, map_ids[0])
    parts = []
    for map_id in map_ids:
        name = " ".join(project.require(map_id, Map).name.split())
        parts.append((f"## {name}\n\n" if name else "") + f"```mermaid\n{map_to_mermaid(project, map_id)}```\n")
    return "\n".join(parts)


def is_markdown(path: str | Path) -> bool:
    return Path(path).suffix.lower() in MARKDOWN_SUFFIXES
