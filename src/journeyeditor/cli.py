"""The command line: `journeyeditor [FILE]` opens the GUI; subcommands work without a window.

A user error exits 1 with one line `journeyeditor: error: …` and no traceback, and never changes
an input file.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from . import __version__
from .templates import TEMPLATES

SUBCOMMANDS = ("new", "info", "import", "export")


class UserError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line and exit 1, not argparse's usage + 2
        raise UserError(message)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="journeyeditor", description="Customer-journey maps and service blueprints.")
    parser.add_argument("--version", action="version", version=f"journeyeditor {__version__}")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)

    new = sub.add_parser("new", help="create a project file")
    new.add_argument("file")
    new.add_argument("--template", choices=TEMPLATES, default="blank")
    new.add_argument("--title")
    new.add_argument("--force", action="store_true", help="replace an existing file")

    info = sub.add_parser("info", help="describe a project file")
    info.add_argument("file")
    info.add_argument("--json", action="store_true")

    imp = sub.add_parser("import", help="make a project file from the JSON interchange")
    imp.add_argument("source")
    imp.add_argument("-o", "--output", required=True)
    imp.add_argument("--force", action="store_true", help="replace an existing output file")

    exp = sub.add_parser("export", help="export a project (json, png, pdf)")
    exp.add_argument("file")
    exp.add_argument("-o", "--output", required=True)
    exp.add_argument("--map", dest="map_name")
    exp.add_argument("--all", action="store_true", help="every map (pdf)")
    exp.add_argument("--format", choices=("json", "png", "pdf"))
    exp.add_argument("--scale", type=float, default=1.0, help="png: pixels per layout unit")
    exp.add_argument("--page", default="fit")
    exp.add_argument("--orientation", choices=("landscape", "portrait"))
    exp.add_argument("--tile", choices=("A4", "A3", "letter"))
    exp.add_argument("--overlap", type=float, default=10.0)
    exp.add_argument("--no-marks", action="store_true")
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or (argv[0] not in SUBCOMMANDS and not argv[0].startswith("-")):
        from .app import run_gui

        return run_gui(argv[0] if argv else None)
    try:
        args = build_parser().parse_args(argv)
        if args.command is None:
            raise UserError("no command given (try --help)")
        return {"new": cmd_new, "info": cmd_info, "import": cmd_import, "export": cmd_export}[args.command](args)
    except UserError as error:
        return _fail(str(error))
    except Exception as error:  # typed errors of the core carry a user-ready message
        from .interchange import InterchangeError
        from .persistence import ProjectFileError

        if isinstance(error, (ProjectFileError, InterchangeError, OSError, ValueError)):
            return _fail(str(error))
        raise


def _fail(message: str) -> int:
    print(f"journeyeditor: error: {message}", file=sys.stderr)
    return 1


def _writable_target(path: str, force: bool) -> Path:
    target = Path(path)
    if target.is_dir():
        raise UserError(f"{target}: is a folder")
    if target.exists() and not force:
        raise UserError(f"{target}: already exists (use --force to replace it)")
    if not target.parent.exists():
        raise UserError(f"{target.parent}: no such folder")
    return target


def cmd_new(args) -> int:
    from .persistence import ProjectStore
    from .templates import build_template

    target = _writable_target(args.file, args.force)
    ProjectStore.create(target, build_template(args.template, args.title), overwrite=args.force).close()
    print(target)
    return 0


def _open_read_only(path: str):
    from .persistence import ProjectStore

    return ProjectStore.open(path, read_only=True)


def describe(project) -> dict:
    from .model.blueprint import blueprint_lines

    maps = []
    for m in project.maps:
        contents = project.contents(m.id)
        entry = {
            "name": m.name, "kind": m.kind,
            "stages": [s.name for s in contents.stages],
            "lanes": [{"name": lane.name, "kind": lane.kind} for lane in contents.lanes],
            "cards": len(contents.cards),
            "connectors": len(contents.connectors),
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
        print(f"  {m['name']} ({m['kind']}): {len(m['stages'])} stages, {len(m['lanes'])} lanes, "
              f"{m['cards']} cards")
        print(f"    stages: {', '.join(m['stages'])}")
        print(f"    lanes:  {', '.join(lane['name'] for lane in m['lanes'])}")
        if "lines" in m:
            print(f"    lines:  {', '.join(m['lines'])}")
    print(f"  personas: {', '.join(p['name'] for p in info['personas']) or '(none)'}")
    return 0


def cmd_import(args) -> int:
    from .interchange import project_from_json
    from .persistence import ProjectStore

    source = Path(args.source)
    if not source.is_file():
        raise UserError(f"{source}: no such file")
    target = _writable_target(args.output, args.force)
    project = project_from_json(source.read_bytes())
    ProjectStore.create(target, project, overwrite=args.force).close()
    print(target)
    return 0


def _format_of(args) -> str:
    if args.format:
        return args.format
    suffix = Path(args.output).suffix.lower().lstrip(".")
    if suffix in ("json", "png", "pdf"):
        return suffix
    raise UserError("say --format json, png or pdf (the output's suffix does not tell)")


def pick_map(project, name: str | None):
    if not project.maps:
        raise UserError("the project has no maps")
    if name is None:
        return project.maps[0]
    found = project.map_by_name(name)
    if found is None:
        raise UserError(f"no map named {name!r} (maps: {', '.join(m.name for m in project.maps)})")
    return found


def cmd_export(args) -> int:
    fmt = _format_of(args)
    target = Path(args.output)
    if target.resolve() == Path(args.file).resolve():
        raise UserError("the output would overwrite the project file")
    store = _open_read_only(args.file)
    try:
        project = store.project
        if fmt == "json":
            from .interchange import project_to_json

            target.write_text(project_to_json(project), encoding="utf-8")
        elif fmt == "png":
            chosen = pick_map(project, args.map_name)
            from .export.png import export_png

            export_png(project, chosen, target, args.scale)
        else:
            maps = project.maps if args.all else [pick_map(project, args.map_name)]
            from .export.pdf import PdfOptions, export_pdf

            options = PdfOptions.from_cli(args.page, args.orientation, args.tile, args.overlap,
                                          not args.no_marks)
            export_pdf(project, maps, target, options)
    finally:
        store.close()
    print(target)
    return 0
