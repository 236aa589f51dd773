"""The command line: `journeyeditor [FILE]` opens the GUI; subcommands work without a window.

A user error exits 1 with one line `journeyeditor: error: …` and no traceback, and never changes
an input file.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from . import __version__, catalogue, reports
from .catalogue import tr
from .layout.heat import heat_choices
from .templates import TEMPLATES

HEATMAPS = heat_choices()
SUBCOMMANDS = ("new", "info", "import", "export", "derive", "report", "snapshot", "snapshots", "diff", "library")


class UserError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line and exit 1, not argparse's usage + 2
        raise UserError(message)


DESCRIPTION = """\
Customer-journey maps and service blueprints.

  journeyeditor [FILE]       open FILE (a .journey project) in the editor window; with no
                             FILE, the last project or the sample project
  journeyeditor FILE --present [--map NAME]
                             present a map of FILE full screen, stage by stage (the first
                             map, or NAME); --map alone opens the editor on that map
  journeyeditor postgresql://user@host:port/db?project=NAME
                             open a project of a team library (PostgreSQL) in the editor
  journeyeditor COMMAND ...  work on project files without a window (see below)
"""

EPILOG = """\
Commands that write a file (new, import, export, report -o, diff -o) refuse to replace an existing one
unless given --force; derive adds a map to FILE itself, in one write, and snapshot a snapshot. A user error prints one line
'journeyeditor: error: ...', exits 1 and leaves every input unchanged. 'journeyeditor COMMAND
--help' tells more of each command.
"""

DERIVATIONS = ("future-state", "service-blueprint", "day-in-the-life")
REPORT_FORMATS = ("text", "csv", "json", "pdf")
EXPORT_FORMATS = ("json", "png", "svg", "pdf", "mermaid", "csv", "xlsx")
TABULAR_FIELDS = ("stage", "step", "lane", "lane_kind", "title", "body", "type", "owner", "channel", "emotion[:PERSONA]",
                  "minutes", "fail_point", "wait_point", "evidence", "metric[:KIND]", "cards[:LANE]", "moment",
                  "tags", "impact", "effort", "status", "due", "span", "ignore")
PAGES = "A0|A1|A2|A3|A4|A5|letter|legal|tabloid|arch-e|WxHmm|WxHin|fit"


def build_parser() -> argparse.ArgumentParser:
    formatter = argparse.RawDescriptionHelpFormatter
    parser = _Parser(prog="journeyeditor", description=DESCRIPTION, epilog=EPILOG, formatter_class=formatter,
                     usage="journeyeditor [FILE] [--present] [--map NAME]\n"
                           "       journeyeditor {new,info,import,export,derive,report,snapshot,snapshots,diff,library} ...")
    parser.add_argument("--version", action="version", version=f"journeyeditor {__version__}")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser, title="commands", metavar="COMMAND")

    new = sub.add_parser("new", help="create a project file from a template",
                         description="Create a project file from a template.")
    new.add_argument("file", metavar="FILE", help="the .journey file to create")
    new.add_argument("--template", choices=TEMPLATES, default="blank", help="what the project starts with "
                     "(default: %(default)s)")
    new.add_argument("--title", help="the project's title (default: the template's)")
    new.add_argument("--language", choices=(catalogue.ENGLISH, *catalogue.LANGUAGES), help="the language of the "
                     "template's stage and lane names (default: the environment's, as LANGUAGE or LANG say)")
    new.add_argument("--force", action="store_true", help="replace FILE if it exists (refused while a "
                     "window has it open)")

    info = sub.add_parser("info", help="describe a project file",
                          description="List a project's maps (kind, stages, steps, lanes, cards, the personas "
                                      "each shows) and personas.")
    info.add_argument("file", metavar="FILE", help="a .journey project")
    info.add_argument("--json", action="store_true", help="print JSON instead of text")

    imp = sub.add_parser("import", help="make a project file from JSON, CSV, XLSX or Mermaid journeys",
                         description="Make a project file from a JSON interchange file (docs/interchange.md), "
                                     "from a spreadsheet (.csv, .tsv, .xlsx: docs/tabular.md): each row a card "
                                     "in a stage x lane cell, each sheet a map, the columns guessed from their "
                                     "headers unless --columns says; or from Mermaid journey diagrams (.mmd, or "
                                     "the mermaid blocks of a .md page: a map per journey, docs/mermaid.md). A "
                                     "malformed file is refused before anything is written, naming each bad "
                                     "row or line.")
    imp.add_argument("source", metavar="SOURCE", help="the .json, .csv, .tsv, .xlsx, .mmd or .md file to read")
    imp.add_argument("-o", "--output", metavar="FILE", help="the .journey file to create")
    imp.add_argument("--into", metavar="FILE", help="csv/xlsx: add the maps to this existing .journey project "
                     "instead (in one write; not while a window has it open)")
    imp.add_argument("--force", action="store_true", help="replace FILE if it exists (refused while a "
                     "window has it open)")
    imp.add_argument("--map-name", metavar="NAME", help="csv/xlsx: the map's name (default: the file's or "
                     "the sheet's name)")
    imp.add_argument("--sheet", metavar="NAME", help="xlsx: only this sheet (default: every sheet, a map each)")
    imp.add_argument("--columns", metavar="FIELD=COLUMN,…", help="csv/xlsx: what columns hold, where the guess "
                     "from the headers is wrong or missing, e.g. stage=Phase,lane=Layer,title=What,owner=Who,"
                     "emotion:Anna=Feeling,ignore=Notes; fields: " + ", ".join(TABULAR_FIELDS))
    imp.add_argument("--skip-bad-rows", action="store_true", help="csv/xlsx: import without the rows that "
                     "cannot be read (each is named on stderr); without it such rows refuse the whole import")

    exp = sub.add_parser("export", help="export a project as JSON, PNG, SVG, PDF or Mermaid",
                         description="Export a project: the whole project as JSON, a map as a PNG or SVG image "
                                     "or a Mermaid journey (.mmd; maps as mermaid blocks of a .md page), "
                                     "or maps as PDF posters or tiled prints.")
    exp.add_argument("file", metavar="FILE", help="a .journey project")
    exp.add_argument("-o", "--output", required=True, metavar="OUT",
                     help="the file to write; its suffix names the format unless --format is given")
    exp.add_argument("--force", action="store_true", help="replace OUT if it exists")
    exp.add_argument("--format", choices=EXPORT_FORMATS, help=", ".join(EXPORT_FORMATS) + " (default: OUT's "
                     "suffix: .mmd and .md are mermaid); csv is one map (--map), xlsx a sheet per map "
                     "(or only --map's)")
    exp.add_argument("--map", dest="map_name", metavar="NAME", help="the map to export (default: the first)")
    exp.add_argument("--all", action="store_true", help="every map: pdf puts them one after another in OUT "
                     "(or on one page: --layout); png and svg write one image per map, OUT-<map name>.png (.svg); "
                     "mermaid writes each as a block of OUT.md")
    exp.add_argument("--scale", type=float, default=1.0, help="png: pixels per layout unit, 0.05 to 8 "
                     "(default: %(default)s)")
    exp.add_argument("--page", default="fit", metavar="SIZE", help=f"pdf: paper, one of {PAGES}; "
                     "WxHmm is exactly W wide and H high, e.g. 3000x900mm (default: %(default)s, one page "
                     "that fits the map)")
    exp.add_argument("--orientation", choices=("landscape", "portrait"), help="pdf: orientation of a named "
                     "paper size and of tiles (default: whichever prints the map larger)")
    exp.add_argument("--layout", choices=("pages", "stacked", "side-by-side"), default="pages",
                     help="pdf with --all: one page per map (default), or every map on one page, one under "
                     "another or side by side, all at one scale (a wall banner)")
    exp.add_argument("--scale-to-text", metavar="SIZE", help="pdf: print the smallest card text this big, "
                     "e.g. 12pt or 4mm; chooses the page size (or, with --tile, the number of sheets)")
    exp.add_argument("--tile", choices=("A4", "A3", "letter"), help="pdf: print the poster on sheets of "
                     "this office paper, with an assembly page; no sheet is left less than a third used, "
                     "and the sheet count goes to stderr before writing")
    exp.add_argument("--overlap", type=float, default=10.0, metavar="MM", help="pdf: tiles overlap by at least "
                     "this much, up to 5 mm more to fill the sheets (default: %(default)s mm)")
    exp.add_argument("--no-marks", action="store_true", help="pdf: no crop and alignment marks on tiles")
    exp.add_argument("--no-persona-sheet", action="store_true", help="pdf, png and svg: leave out the persona "
                     "sheet under the legend (the personas' photos, roles, quotes, goals …)")
    exp.add_argument("--no-emotion-notes", action="store_true", help="pdf, png and svg: leave out the emotion "
                     "points' notes (captions by the faces)")
    exp.add_argument("--heatmap", choices=HEATMAPS, metavar="BY", help="pdf, png and svg: wash each step column by "
                     "a value, with a legend bar: emotion (the personas' average), pain-points (their number) "
                     "or a metric kind (" + ", ".join(HEATMAPS[2:]) + "); off by default")
    exp.add_argument("--theme", choices=("light", "dark", "high-contrast"), default="light",
                     help="png and svg: the colours to draw in (default: light, as paper)")
    exp.add_argument("--report", action="append", choices=reports.KINDS, metavar="KIND",
                     help="pdf: add this report as pages after the posters: " + ", ".join(reports.KINDS) +
                     " (of the maps exported); give it again for more")
    exp.add_argument("--votes", action="store_true", help="pdf: the latest voting round's dots on the cards, "
                     "and a results page for each round of the maps exported")
    exp.add_argument("--comments", action="store_true", help="pdf: comment bubbles on commented cards, stages "
                     "and steps, and a page of each map's comment threads (left out by default)")

    derive = sub.add_parser("derive", help="add a map made from another: a future state, a service blueprint "
                            "or a day in the life", description="Add to FILE a map derived from one of its maps, "
                            "as the editor's Map menu does: a future state (a copy whose cards link back), a "
                            "service blueprint (customer actions, touchpoints as physical evidence, pain points "
                            "as fail points) or a day in the life (actions, thoughts, where, pain points and "
                            "emotions). Prints the new map's name.")
    derive.add_argument("file", metavar="FILE", help="the .journey project to add the map to (not open for "
                        "editing elsewhere)")
    derive.add_argument("--map", dest="map_name", required=True, metavar="NAME", help="the map to derive from")
    derive.add_argument("--to", required=True, choices=DERIVATIONS, metavar="KIND",
                        help="what to make: " + ", ".join(DERIVATIONS))
    derive.add_argument("--name", metavar="NEW", help="the new map's name (default: NAME — future state, … — "
                        "service blueprint or … — day in the life, numbered if taken); refused if a map has it")

    report = sub.add_parser("report", help="a report of a project: opportunities by owner, metrics, gaps or "
                            "evidence", description="Print a report of a project, or write it to a file: "
                            "opportunities by owner (with impact, effort, status and due date), metrics (with "
                            "target and trend), gaps, or evidence. Every map's, unless --map names one.")
    report.add_argument("file", metavar="FILE", help="a .journey project")
    report.add_argument("--kind", required=True, choices=reports.KINDS, metavar="KIND",
                        help="which report: " + ", ".join(reports.KINDS))
    report.add_argument("--map", dest="map_name", metavar="NAME", help="only this map (default: every map)")
    report.add_argument("--format", choices=REPORT_FORMATS, help="text, csv, json or pdf (default: OUT's "
                        "suffix, else text)")
    report.add_argument("-o", "--output", metavar="OUT", help="the file to write (default: standard output; "
                        "a pdf needs one)")
    report.add_argument("--force", action="store_true", help="replace OUT if it exists")
    report.add_argument("--paper", choices=("A4", "A3", "letter"), help="pdf: the paper, landscape "
                        "(default: A4)")

    snapshot = sub.add_parser("snapshot", help="keep the project's present state as a named snapshot in FILE",
                              description="Keep the whole project as it is now as a snapshot inside FILE, "
                                          "under a name, to compare with or restore later.")
    snapshot.add_argument("file", metavar="FILE", help="the .journey project (not open for editing elsewhere)")
    snapshot.add_argument("--name", required=True, help="the snapshot's name, e.g. \"Q3 review\"")

    listing = sub.add_parser("snapshots", help="list the snapshots in a project file",
                             description="List the snapshots a project file keeps, oldest first: date, name, "
                                         "kind (named or automatic) and what it held.")
    listing.add_argument("file", metavar="FILE", help="a .journey project")
    listing.add_argument("--json", action="store_true", help="print JSON instead of text")

    diff = sub.add_parser("diff", help="what changed in a project since a snapshot or a date",
                          description="List what changed since a snapshot (by name) or a date (YYYY-MM-DD, or "
                                      "'6 months ago': the latest snapshot taken by then), up to now or to "
                                      "another snapshot: cards added, removed, changed and moved; stages, steps "
                                      "and lanes added, removed and renamed; connectors; a map's settings (the "
                                      "personas it shows); personas; emotion shifts; metric values. As "
                                      "pdf: each map with changes as a poster with the changes marked, then the "
                                      "list.")
    diff.add_argument("file", metavar="FILE", help="a .journey project")
    diff.add_argument("--since", required=True, metavar="DATE|NAME", help="the earlier state: a snapshot's name "
                      "or a date")
    diff.add_argument("--to", metavar="NAME", help="the later state: a snapshot's name or a date (default: the "
                      "project as it is now)")
    diff.add_argument("--map", dest="map_name", metavar="NAME", help="only this map (default: every map)")
    diff.add_argument("--format", choices=REPORT_FORMATS, help="text, csv, json or pdf (default: OUT's suffix, "
                      "else text)")
    diff.add_argument("-o", "--output", metavar="OUT", help="the file to write (default: standard output; a "
                      "pdf needs one)")
    diff.add_argument("--force", action="store_true", help="replace OUT if it exists")
    diff.add_argument("--paper", choices=("A4", "A3", "letter"), help="pdf: the paper, landscape (default: A4)")
    _library_parser(sub)
    return parser


LIBRARY_URL_HELP = ("the library: postgresql://user@host:port/database (the password from PGPASSWORD or "
                    "~/.pgpass; never put it on a command line others can see)")


def _library_parser(sub) -> None:
    library = sub.add_parser("library", help="a team library of projects on a PostgreSQL server",
                             description="A team library: many projects in one PostgreSQL database, edited by "
                                         "several people at once. Open one in the editor with journeyeditor "
                                         "postgresql://user@host:port/database?project=NAME.")
    actions = library.add_subparsers(dest="action", parser_class=_Parser, title="actions", metavar="ACTION",
                                     help="init, list, publish or fetch")
    init = actions.add_parser("init", help="make a database a library (nothing changes if it is one)",
                              description="Make the library's catalogue in an existing database.")
    init.add_argument("url", metavar="URL", help=LIBRARY_URL_HELP)
    listing = actions.add_parser("list", help="list the library's projects",
                                 description="List the projects of a library: name, maps, cards, created.")
    listing.add_argument("url", metavar="URL", help=LIBRARY_URL_HELP)
    listing.add_argument("--json", action="store_true", help="print JSON instead of text")
    publish = actions.add_parser("publish", help="put a project file into the library",
                                 description="Put a local project (with its snapshots) into the library, as a new "
                                             "project; a copy fetched from the library brings its changes back "
                                             "instead, refusing any entity also changed on the server since the "
                                             "fetch unless --keep says which side wins.")
    publish.add_argument("file", metavar="FILE", help="the .journey project")
    publish.add_argument("url", metavar="URL", help=LIBRARY_URL_HELP)
    publish.add_argument("--as", dest="name", metavar="NAME", help="the project's name in the library (default: "
                         "FILE's name without .journey; a fetched copy: the project it came from)")
    publish.add_argument("--keep", choices=("mine", "theirs"), help="a fetched copy's entities changed on both "
                         "sides: keep the copy's (mine) or the server's (theirs)")
    fetch = actions.add_parser("fetch", help="copy a library project into a project file, for offline work",
                               description="Copy a library project (with its snapshots) into a project file; "
                                           "publish it later to bring its changes back.")
    fetch.add_argument("url", metavar="URL", help=LIBRARY_URL_HELP)
    fetch.add_argument("--project", metavar="NAME", help="the project to copy (or ?project=NAME in URL)")
    fetch.add_argument("-o", "--output", required=True, metavar="FILE", help="the .journey file to write")
    fetch.add_argument("--force", action="store_true", help="replace FILE if it exists")


#: options of the window (not of a command): journeyeditor FILE --present --map NAME
GUI_OPTIONS = ("--present", "--map")


def is_gui_call(argv: list[str]) -> bool:
    """Whether the arguments open the window: none, a FILE first, or a window option first."""
    if not argv:
        return True
    first = argv[0]
    if first in SUBCOMMANDS or "-h" in argv or "--help" in argv:
        return False
    return not first.startswith("-") or first.split("=")[0] in GUI_OPTIONS


def parse_gui_args(argv: list[str]) -> argparse.Namespace:
    """FILE, --present, --map NAME; a mistake is a UserError (one line, exit 1)."""
    parser = _Parser(prog="journeyeditor", add_help=False)
    parser.add_argument("file", nargs="?")
    parser.add_argument("--present", action="store_true")
    parser.add_argument("--map", dest="map_name")
    args = parser.parse_args(argv)
    if args.map_name is not None and args.file is None:
        raise UserError("--map needs the FILE whose map to show: journeyeditor FILE --present --map NAME")
    if args.map_name is not None and not args.map_name.strip():
        raise UserError("--map must not be empty")
    return args


def _gui(argv: list[str]) -> int:
    args = parse_gui_args(argv)
    from .persistence.library import LibraryAddress, LibraryStore, is_library_address

    if args.file is not None and is_library_address(args.file):
        LibraryAddress.parse(args.file)  # a malformed address is a clear error before any window
        if args.map_name is not None:
            with LibraryStore.open(args.file, read_only=True) as store:
                pick_map(store.project, args.map_name)
    elif args.map_name is not None:  # before any window: an unknown map is a clear error, here
        if not Path(args.file).exists():
            raise UserError(f"{args.file}: no such file")
        with _open_read_only(args.file) as store:
            pick_map(store.project, args.map_name)
    from .app import run_gui

    return run_gui(args.file, present=args.present, map_name=args.map_name)


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    catalogue.set_language(catalogue.language_from_environment())  # messages in the user's language, as tools do
    try:
        if is_gui_call(argv):
            return _gui(argv)
        args = build_parser().parse_args(argv)
        if args.command is None:
            raise UserError(tr("no command given (try --help)"))
        commands = {"new": cmd_new, "info": cmd_info, "import": cmd_import, "export": cmd_export,
                    "derive": cmd_derive, "report": cmd_report, "snapshot": cmd_snapshot,
                    "snapshots": cmd_snapshots, "diff": cmd_diff, "library": cmd_library}
        code = commands[args.command](args)
        sys.stdout.flush()
        return code
    except BrokenPipeError:
        return _stdout_closed()
    except UserError as error:
        return _fail(str(error))
    except RecursionError:
        return _fail(tr("the input is nested too deeply to read"))
    except Exception as error:  # typed errors of the core carry a user-ready message
        from .interchange import InterchangeError
        from .persistence import ProjectFileError

        if isinstance(error, OSError):
            from .fileio import reason

            return _fail(str(error) if not error.errno else
                         f"{error.filename or tr('a file')}: {reason(error)}")
        if isinstance(error, (ProjectFileError, InterchangeError, ValueError)):
            return _fail(str(error))
        raise


def _stdout_closed() -> int:
    """The reader went away (`| head`): end quietly, as Unix tools do. Python would otherwise
    complain again while flushing stdout at exit, so point it at /dev/null first."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
    return 141  # 128 + SIGPIPE, what a shell reports for a pipeline's writer that was cut off


def _fail(message: str) -> int:
    print(tr("journeyeditor: error: {0}").format(message), file=sys.stderr)
    return 1


def _writable_target(path: str, force: bool) -> Path:
    from .fileio import check_output

    return check_output(path, replace=force)


def cmd_new(args) -> int:
    from .persistence import ProjectStore
    from .templates import build_template

    target = _writable_target(args.file, args.force)
    language = args.language or catalogue.current_language()
    ProjectStore.create(target, build_template(args.template, args.title, language), overwrite=args.force).close()
    print(target)
    return 0


def _open_read_only(path: str):
    from .persistence import ProjectStore

    return ProjectStore.open(path, read_only=True)


def describe(project) -> dict:
    from .model.blueprint import blueprint_lines

    maps = []
    personas = {p.id for p in project.personas}
    for m in project.maps:
        contents = project.contents(m.id)
        shown = set(m.persona_ids)
        entry = {
            "name": m.name, "kind": m.kind,
            "stages": [s.name for s in contents.stages],
            "lanes": [{"name": lane.name, "kind": lane.kind} for lane in contents.lanes],
            "cards": len(contents.cards),
            "connectors": len(contents.connectors),
            "counts": {"steps": len(contents.columns()), "cards": len(contents.cards),
                       "emotion_points": len(contents.emotion_points), "personas": len(shown & personas),
                       "connectors": len(contents.connectors), "metrics": len(contents.metrics),
                       "gaps": len(contents.gaps), "evidence": len(contents.evidence),
                       "opportunities": len(reports.opportunities(project, m)), "votes": len(contents.votes),
                       "comments": len(contents.comments)},
            # the personas the map shows (its legend, emotion lines and sheet), in the project's order
            "personas": [p.name for p in project.personas if p.id in shown],
        }
        if m.kind == "service-blueprint":
            entry["lines"] = [line.name for line in blueprint_lines(contents.lanes, m.hidden_lines)]
        maps.append(entry)
    return {"title": project.title, "maps": maps,
            "personas": [{"name": p.name, "role": p.role} for p in project.personas]}


def cmd_info(args) -> int:
    store = _open_read_only(args.file)
    try:
        info = describe(store.project)
    finally:
        store.close()
    if args.json:
        print(json.dumps(info, ensure_ascii=False, indent=2))
        return 0
    print(info["title"])
    for m in info["maps"]:
        counts = m["counts"]
        print(f"  {m['name']} ({m['kind']}): {len(m['stages'])} stages, {counts['steps']} steps, "
              f"{len(m['lanes'])} lanes, {counts['cards']} cards, {counts['emotion_points']} emotion points, "
              f"{counts['connectors']} connectors")
        print(f"    stages:   {', '.join(m['stages'])}")
        print(f"    lanes:    {', '.join(lane['name'] for lane in m['lanes'])}")
        print(f"    personas: {', '.join(m['personas']) or '(none)'}")
        if counts["metrics"] or counts["gaps"] or counts["evidence"] or counts["opportunities"]:
            print(f"    {counts['metrics']} metrics, {counts['gaps']} gaps, {counts['opportunities']} opportunities, "
                  f"{counts['evidence']} evidence items")
        if "lines" in m:
            print(f"    lines:    {', '.join(m['lines'])}")
    print(f"  personas: {', '.join(p['name'] for p in info['personas']) or '(none)'}")
    return 0


def cmd_derive(args) -> int:
    from .history.snapshots import keep_daily
    from .model.derive import blueprint_from_journey, day_in_the_life, future_state
    from .persistence import ProjectStore
    from .persistence.errors import FileInUseError

    make, naming = {"future-state": (future_state, tr("{0} — future state")),
                    "service-blueprint": (blueprint_from_journey, tr("{0} — service blueprint")),
                    "day-in-the-life": (day_in_the_life, tr("{0} — day in the life"))}[args.to]
    if args.name is not None and not args.name.strip():
        raise UserError(tr("--name must not be empty"))
    # every check on a read-only opening first: opening to write may upgrade an old file in place,
    # and a refused command leaves its input as it was
    with _open_read_only(args.file) as store:
        source = pick_map(store.project, args.map_name)
        taken = {m.name for m in store.project.maps}
        if args.name is not None and args.name in taken:
            raise UserError(tr("there is already a map named {0!r}; choose another --name").format(args.name))
        name = args.name or _free_name(naming.format(source.name), taken)
    try:
        store = ProjectStore.open(args.file)
    except FileInUseError as error:  # the store's words suggest opening it read-only: no use here
        raise UserError(tr("{0} is open in another Journey Editor window or program; close it there first, or "
                           "derive the map in that window").format(Path(args.file).name)) from error
    try:
        if store.read_only:
            raise UserError(tr("{0}: cannot add a map: {1}").format(args.file, store.read_only_reason))
        keep_daily(store)  # an edit from the command line keeps the day before, as the window's do
        project = store.project
        for entity in make(project, pick_map(project, args.map_name).id, name):
            project.add(entity)
        store.flush()  # one transaction: the new map whole, or nothing
    except BaseException:
        store.close(discard_pending=True)
        raise
    store.close()
    print(name)
    return 0


def _free_name(name: str, taken: set[str]) -> str:
    """`name`, or `name (2)`, `name (3)` … whichever no map has, so --map can find each map."""
    candidate, number = name, 2
    while candidate in taken:
        candidate, number = f"{name} ({number})", number + 1
    return candidate


def cmd_import(args) -> int:
    from .interchange import project_from_json
    from .persistence import ProjectStore

    source = Path(args.source)
    if not source.exists():
        raise UserError(tr("{0}: no such file").format(source))
    if not source.is_file():
        raise UserError((tr("{0}: is a folder") if source.is_dir() else
                         tr("{0}: is not an ordinary file (a pipe, socket or device)")).format(source))
    from .interchange.tables import SUFFIXES

    tabular = source.suffix.lower() in SUFFIXES
    if (args.output is None) == (args.into is None):
        raise UserError(tr("say where the maps go: -o NEW_FILE, or --into EXISTING_FILE"))
    if args.into is not None:
        if not tabular:
            raise UserError(tr("--into adds a spreadsheet's maps (csv, tsv, xlsx); a json project makes a new "
                               "file with -o"))
        if args.force:
            raise UserError(tr("--force replaces -o FILE; --into adds to its file"))
        return _import_into(source, args)
    target = _writable_target(args.output, args.force)
    if tabular:
        from .interchange.tabular import add_to_project
        from .model import Project

        project = Project(source.stem)
        for result in _tabular_maps(source, args, project):
            add_to_project(project, result)
        ProjectStore.create(target, project, overwrite=args.force).close()
        print(target)
        return 0
    for option in ("map_name", "sheet", "columns", "skip_bad_rows"):
        if getattr(args, option) not in (None, False):
            raise UserError(tr("--{0} is for csv and xlsx imports").format(option.replace("_", "-")))
    from .interchange.mermaid import MERMAID_SUFFIXES, project_from_journeys, read_journeys

    if source.suffix.lower() in MERMAID_SUFFIXES:  # a .mmd file or the mermaid blocks of a .md page
        project = project_from_journeys(read_journeys(source), source.stem)
    else:
        project = project_from_json(source.read_bytes())
    ProjectStore.create(target, project, overwrite=args.force).close()
    print(target)
    return 0


def _tabular_maps(source: Path, args, project, quiet: bool = False) -> list:
    """The maps a spreadsheet makes for `project` (not yet added): refused with every bad row
    named, unless --skip-bad-rows agrees to leave them out (each named on stderr)."""
    from .interchange.columns import MappingError, parse_columns
    from .interchange.tables import read_tables
    from .interchange.tabular import build_maps

    tables = read_tables(source)
    if args.sheet is not None:
        tables = [t for t in tables if t.name == args.sheet]
        if not tables:
            raise UserError(tr("no sheet named {0!r}").format(args.sheet))
    if args.map_name is not None and len(tables) > 1:
        raise UserError(tr("--map-name names one map, and the workbook has {0} sheets: choose one with "
                           "--sheet").format(len(tables)))
    sheets = []
    for table in tables:
        try:
            sheets.append((table, parse_columns(args.columns or "", table.headers), args.map_name))
        except MappingError as error:
            raise UserError(str(error)) from error
    made = build_maps(project, sheets)
    problems = [(f"{table.name}: " if len(tables) > 1 else "") + str(error)
                for (table, _roles, _name), result in zip(sheets, made) for error in result.errors]
    if problems and not args.skip_bad_rows:
        raise UserError(tr("rows that cannot be imported: {0} (add --skip-bad-rows to import without "
                           "them): {1}").format(len(problems), "; ".join(problems)))
    for problem in problems if not quiet else ():
        print(tr("journeyeditor: skipped {0}").format(problem), file=sys.stderr)
    return made


def _import_into(source: Path, args) -> int:
    """--into FILE: the spreadsheet's maps added to an existing project in one write, or nothing."""
    from .interchange.tabular import add_to_project
    from .persistence import ProjectStore
    from .persistence.errors import FileInUseError

    # every check on a read-only opening first: opening to write may upgrade an old file in place,
    # and a refused command leaves its input as it was
    with _open_read_only(args.into) as store:
        _tabular_maps(source, args, store.project, quiet=True)
    try:
        store = ProjectStore.open(args.into)
    except FileInUseError as error:
        raise UserError(tr("{0} is open in another Journey Editor window or program; close it there first, or "
                           "import in that window").format(Path(args.into).name)) from error
    try:
        if store.read_only:
            raise UserError(tr("{0}: cannot add a map: {1}").format(args.into, store.read_only_reason))
        from .history.snapshots import keep_daily

        keep_daily(store)  # the day's first edit keeps the day before, as the window's and derive's do
        made = _tabular_maps(source, args, store.project)
        for result in made:
            add_to_project(store.project, result)
        store.flush()  # one transaction: every new map whole, or nothing
    except BaseException:
        store.close(discard_pending=True)
        raise
    store.close()
    for result in made:
        print(result.map.name)
    return 0


def _format_of(args) -> str:
    if args.format:
        return args.format
    from .interchange.mermaid import MERMAID_SUFFIXES

    suffix = Path(args.output).suffix.lower()
    if suffix in MERMAID_SUFFIXES:
        return "mermaid"
    if suffix.lstrip(".") in EXPORT_FORMATS:
        return suffix.lstrip(".")
    raise UserError(tr("say --format {0} (the output's suffix does not tell)").format(", ".join(EXPORT_FORMATS)))


def pick_map(project, name: str | None):
    if not project.maps:
        raise UserError(tr("the project has no maps"))
    if name is None:
        return project.maps[0]
    found = project.map_by_name(name)
    if found is None:
        raise UserError(tr("no map named {0!r} (maps: {1})").format(name, ", ".join(m.name for m in project.maps)))
    return found


def cmd_export(args) -> int:
    fmt = _format_of(args)
    target = Path(args.output)
    if target.resolve() == Path(args.file).resolve():
        raise UserError(tr("the output would overwrite the project file"))
    if args.all and fmt == "json":
        raise UserError(tr("--all is for pdf, png, svg and mermaid: a json export always holds every map"))
    if args.all and fmt == "csv":
        raise UserError(tr("a csv holds one map: name it with --map, or export xlsx for a sheet per map"))
    _refuse_unused_options(args, fmt)
    from .fileio import atomic_output

    store = _open_read_only(args.file)
    try:
        project = store.project
        if fmt == "json":
            from .interchange import project_to_json

            text = project_to_json(project)
            _writable_target(args.output, args.force)
            with atomic_output(target) as temp:
                temp.write_text(text, encoding="utf-8")
            written = [target]
        elif fmt == "mermaid":
            written = [_export_mermaid(args, project, target)]
        elif fmt in ("csv", "xlsx"):
            from .interchange.tabular import export_csv, export_xlsx

            maps = project.maps if fmt == "xlsx" and not args.map_name else [pick_map(project, args.map_name)]
            if not maps:
                raise UserError(tr("the project has no maps"))
            _writable_target(args.output, args.force)
            with atomic_output(target) as temp:
                if fmt == "csv":
                    export_csv(project, maps[0].id, temp)
                else:
                    export_xlsx(project, maps, temp)
            written = [target]
        elif fmt in ("png", "svg"):
            from .export.png import export_png
            from .export.svg import export_svg
            from .layout import LayoutEngine
            from .layout.theme import THEMES

            if args.all:
                if not project.maps:
                    raise UserError(tr("the project has no maps"))
                jobs = list(zip(project.maps, png_names(target, [m.name for m in project.maps], "." + fmt)))
            else:
                jobs = [(pick_map(project, args.map_name), target)]
            for _map, path in jobs:  # every name checked before the first image is drawn
                _writable_target(str(path), args.force)
            engine = LayoutEngine(persona_sheet=not args.no_persona_sheet, emotion_notes=not args.no_emotion_notes,
                                  heatmap=args.heatmap or "")
            for chosen, path in jobs:
                with atomic_output(path) as temp:
                    if fmt == "png":
                        export_png(project, chosen, temp, args.scale, engine, THEMES[args.theme])
                    else:
                        export_svg(project, chosen, temp, engine, THEMES[args.theme])
            written = [path for _map, path in jobs]
        else:
            maps = project.maps if args.all else [pick_map(project, args.map_name)]
            if not maps:
                raise UserError(tr("the project has no maps"))
            from .export.pdf import PdfOptions, export_pdf

            if args.layout != "pages" and not args.all:
                raise UserError(tr("--layout {0} puts several maps on one page: add --all").format(args.layout))
            options = PdfOptions.from_cli(args.page, args.orientation, args.tile, args.overlap,
                                          not args.no_marks, args.layout, args.scale_to_text,
                                          not args.no_persona_sheet, not args.no_emotion_notes, args.heatmap,
                                          args.report)
            options.votes, options.comments = args.votes, args.comments
            _writable_target(args.output, args.force)
            with atomic_output(target) as temp:  # what each page (or tile set) will be, before it is drawn
                export_pdf(project, maps, temp, options, announce=_announce_pages)
            written = [target]
    finally:
        store.close()
    for path in written:
        print(path)
    return 0


def _export_mermaid(args, project, target: Path) -> Path:
    """The map (or, into a .md page, every map with --all) as Mermaid journeys."""
    from .fileio import atomic_output
    from .interchange.mermaid import is_markdown, maps_to_mermaid

    markdown = is_markdown(target)
    if args.all and not markdown:
        raise UserError(tr("a .mmd file holds one diagram: write --all to a .md file"))
    if args.all and not project.maps:
        raise UserError(tr("the project has no maps"))
    maps = project.maps if args.all else [pick_map(project, args.map_name)]
    text = maps_to_mermaid(project, [m.id for m in maps], markdown)
    _writable_target(str(target), args.force)
    with atomic_output(target) as temp:
        temp.write_text(text, encoding="utf-8")
    return target


#: export options and the formats they mean something for, with their defaults (an option left
#: at its default is not "given")
_FORMAT_OPTIONS = {
    "scale": (("png",), 1.0), "page": (("pdf",), "fit"), "orientation": (("pdf",), None),
    "layout": (("pdf",), "pages"), "scale_to_text": (("pdf",), None), "tile": (("pdf",), None),
    "overlap": (("pdf",), 10.0), "no_marks": (("pdf",), False),
    "no_persona_sheet": (("pdf", "png", "svg"), False), "no_emotion_notes": (("pdf", "png", "svg"), False),
    "heatmap": (("pdf", "png", "svg"), None), "theme": (("png", "svg"), "light"),
    "report": (("pdf",), None),
    "votes": (("pdf",), False), "comments": (("pdf",), False),
}


def _refuse_unused_options(args, fmt: str) -> None:
    """An option the chosen export does not use is an error, never silently ignored."""
    if args.all and args.map_name:
        raise UserError(tr("--all exports every map: drop --map, or --all"))
    for name, (formats, default) in _FORMAT_OPTIONS.items():
        if fmt not in formats and getattr(args, name) != default:
            flag = "--" + name.replace("_", "-")
            raise UserError(tr("{0} is for {1} exports, not {2}").format(flag, tr(" and ").join(formats), fmt))


def _table_format(args) -> str:
    """A table's format from --format or OUT's suffix (else text), with the options checked."""
    fmt = args.format
    if fmt is None:
        suffix = Path(args.output).suffix.lower().lstrip(".") if args.output else ""
        fmt = {"txt": "text", "csv": "csv", "json": "json", "pdf": "pdf"}.get(suffix, "text")
    if fmt == "pdf" and not args.output:
        raise UserError(f"a pdf {args.command} needs a file to go to: add -o OUT.pdf")
    if args.force and not args.output:
        raise UserError("--force replaces OUT: it needs -o OUT")
    if args.paper and fmt != "pdf":
        raise UserError(f"--paper is for pdf {args.command}s, not {fmt}")
    if args.output and Path(args.output).resolve() == Path(args.file).resolve():
        raise UserError("the output would overwrite the project file")
    return fmt


def _write_table(args, fmt: str, table, title: str, subtitle: str) -> int:
    """The table on stdout or in OUT (text, CSV, JSON), or as PDF pages in OUT."""
    from .fileio import atomic_output

    if args.output:
        target = _writable_target(args.output, args.force)
    if fmt == "pdf":
        from .export.pdf_reports import export_report_pdf

        with atomic_output(target) as temp:
            export_report_pdf([table], temp, args.paper or "A4", title, subtitle)
    else:
        text = {"text": reports.as_text, "csv": reports.as_csv, "json": reports.as_json}[fmt](table)
        if not args.output:
            sys.stdout.write(text)
            return 0
        with atomic_output(target) as temp:
            temp.write_text(text, encoding="utf-8")
    print(target)
    return 0


def cmd_report(args) -> int:
    """A report as text, CSV or JSON on stdout or in OUT; as a PDF in OUT."""
    fmt = _table_format(args)
    with _open_read_only(args.file) as store:
        project = store.project
        if args.map_name is not None:
            pick_map(project, args.map_name)  # an unknown name is refused with the names there are
        table = reports.build(project, args.kind, args.map_name)
        return _write_table(args, fmt, table, f"{project.title} — {table.title}", project.title)


def cmd_library(args) -> int:
    from .persistence import library as lib

    if args.action is None:
        raise UserError("library needs an action: init, list, publish or fetch (try library --help)")
    address = lib.LibraryAddress.parse(args.url)
    if args.action == "init":
        with lib.Library(address) as library:
            made = library.init()
        print(f"{address}: " + ("a library now" if made else "a library already; nothing changed"))
        return 0
    if args.action == "list":
        with lib.Library(address) as library:
            listing = library.projects()
        if args.json:
            print(json.dumps([{"name": p["name"], "maps": p["maps"], "cards": p["cards"],
                               "created": p["created"].isoformat(), "schema_version": p["schema_version"]}
                              for p in listing], ensure_ascii=False, indent=2))
            return 0
        for p in listing:
            print(f"{p['name']}  ({p['maps']} maps, {p['cards']} cards; created {p['created']:%Y-%m-%d %H:%M})")
        if not listing:
            print("(no projects)")
        return 0
    if args.action == "fetch":
        from .persistence import library_copy

        name = args.project or address.project
        if not name:
            raise UserError("which project? --project NAME (or ?project=NAME in URL)")
        target = _writable_target(args.output, args.force)
        library_copy.fetch(address.with_project(name), target, overwrite=args.force)
        print(target)
        return 0
    from .persistence import library_copy

    source = Path(args.file)
    if not source.is_file():
        raise UserError(tr("{0}: no such file").format(source))
    report = library_copy.publish(source, address, args.name, keep=args.keep)
    for line in report.lines:
        print(line)
    return 0


def cmd_snapshot(args) -> int:
    from .history import snapshots
    from .persistence import ProjectStore
    from .persistence.errors import FileInUseError

    if not args.name.strip():
        raise UserError("--name must not be empty")
    try:
        store = ProjectStore.open(args.file)
    except FileInUseError as error:
        raise UserError(f"{Path(args.file).name} is open in another Journey Editor window or program; "
                        "close it there first, or save the snapshot in that window") from error
    with store:
        if store.read_only:
            raise UserError(f"{args.file}: cannot keep a snapshot: {store.read_only_reason}")
        taken = snapshots.take(store, args.name.strip())
    print(f"{taken.created:%Y-%m-%d %H:%M}  {taken.name}")
    return 0


def cmd_snapshots(args) -> int:
    from .history import snapshots

    with _open_read_only(args.file) as store:
        listing = snapshots.list_snapshots(store)
    if args.json:
        print(json.dumps([{"created": s.created.isoformat(), "name": s.name, "kind": s.kind, "maps": s.maps,
                           "cards": s.cards, "changes": s.changes, "maps_changed": s.maps_changed}
                          for s in listing], ensure_ascii=False, indent=2))
        return 0
    for s in listing:
        print(f"{s.created:%Y-%m-%d %H:%M}  {s.kind:<5}  {s.label}  ({s.summary})")
    if not listing:
        print("(no snapshots)")
    return 0


def cmd_diff(args) -> int:
    from .history import snapshots
    from .history.diff import changes_table, diff_maps, diff_projects

    fmt = _table_format(args)
    with _open_read_only(args.file) as store:
        listing = snapshots.list_snapshots(store)

        def state(name_or_date: str, option: str):
            found = snapshots.find(listing, name_or_date)
            if found is None:
                names = ", ".join(repr(s.name) for s in listing if s.name) or "none"
                raise UserError(f"{option} {name_or_date!r}: no snapshot of that name, nor one taken by that "
                                f"date (named snapshots: {names}; dates are YYYY-MM-DD or 'N months ago')")
            return found, snapshots.load(store, found.id)

        earlier, before = state(args.since, "--since")
        later, after = state(args.to, "--to") if args.to else (None, store.project)
        if args.map_name is None:
            changes = diff_projects(before, after)
        else:
            chosen = pick_map(after, args.map_name)
            if before.get(chosen.id) is None:
                raise UserError(f"the map {args.map_name!r} did not exist yet at {earlier.label!r}")
            changes = diff_maps(before, chosen.id, after, chosen.id)
        to_label = later.label if later else "now"
        title = f"Changes from {earlier.label} to {to_label}"
        table = changes_table(changes, title)
        if fmt != "pdf":
            return _write_table(args, fmt, table, f"{after.title} — {title}", after.title)
        from .export.pdf_changes import export_changes_pdf
        from .fileio import atomic_output

        # a poster page for each map with changes on it, then the list
        # (not a map added, renamed or removed whole: nothing on it to mark)
        marked = {c.map_id for c in changes if c.map_id and (c.kind != "map" or c.action == "changed")}
        maps = [m for m in after.maps if m.id in marked]
        target = _writable_target(args.output, args.force)
        with atomic_output(target) as temp:
            export_changes_pdf(after, maps, before, changes, table, temp, args.paper or "A4",
                               f"{after.title} — {title}", after.title)
    print(target)
    return 0


def _announce_pages(plans) -> None:
    """Before a tiled print is written, one line per tile set on stderr ("13 sheets of A4 (3 × 4
    and an assembly sheet)…"), so a 200-sheet job can be stopped; stdout stays the paths written.
    A single page needs no announcement (and a failure stays one error line)."""
    for plan in plans:
        if plan.tiles:
            print(tr("journeyeditor: {0}").format(plan.describe()), file=sys.stderr)
    sys.stderr.flush()


_UNSAFE_IN_NAMES = str.maketrans({c: "_" for c in '/\\:*?"<>|'})


def png_names(target: Path, map_names: list[str], default_suffix: str = ".png") -> list[Path]:
    """OUT-<map name>.png (or .svg) for each map: names made safe for any file system, and numbered
    when two maps would get the same one."""
    stem, suffix = target.stem, target.suffix or default_suffix
    names: list[Path] = []
    taken: set[str] = set()
    for name in map_names:
        safe = "".join(c for c in name.translate(_UNSAFE_IN_NAMES) if c.isprintable()).strip(" .") or "map"
        safe = safe[:80]
        candidate, number = safe, 2
        while candidate.casefold() in taken:
            candidate, number = f"{safe} ({number})", number + 1
        taken.add(candidate.casefold())
        names.append(target.with_name(f"{stem}-{candidate}{suffix}"))
    return names
