"""Refresh the translation catalogues from the sources, and compile them for Qt.

    python packaging/update_translations.py           # update resources/i18n/*.ts, compile the .qm files
    python packaging/update_translations.py --check   # only say what is out of date (exit 1 if anything is)

Every string the app shows goes through tr(): journeyeditor.i18n's in Qt code, journeyeditor.catalogue's
without Qt. The strings are found here, not by pyside6-lupdate (it files our module-level tr() calls under
an empty context and reads tr()'s second argument as a comment):

- the literal first argument of every call of tr(), translate() or translated() in src/journeyeditor;
- the strings of the tables listed in table_strings(), which reach tr() through a variable.

A tr() of anything but a literal must be listed in DYNAMIC_CALLS, so a new table cannot slip past the
catalogue unseen (tests/test_i18n.py says which call, and where).

Each catalogue keeps its translations. A new string arrives unfinished, with an empty translation, for a
translator to fill in (in Qt Linguist: `pyside6-linguist resources/i18n/journeyeditor_fa.ts`, or any text
editor); a string the sources no longer have is dropped. tests/test_i18n.py lists every string that lacks
a translation, per language, and fails while any does.
"""

from __future__ import annotations

import ast
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from xml.etree import ElementTree
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "src" / "journeyeditor"
CATALOGUES = ROOT / "resources" / "i18n"
LANGUAGES = ("zh_CN", "zh_TW", "ja", "ru", "fa")
CONTEXT = "JourneyEditor"
#: calls whose literal first argument is a string to translate
TRANSLATING = {"tr", "translate", "translated"}

#: tr() calls whose argument is not a literal, by file: each draws on a table of table_strings()
DYNAMIC_CALLS = {
    "catalogue.py": {"translate(text, _language, context)"},  # tr() itself
    "canvas/gaps.py": {"tr(GAP_LABELS.get(kind, GAP_LABELS['other']))"},
    "canvas/paint.py": {"tr(STATUS_LABELS[box.status])"},
    "canvas/scene.py": {"tr(KIND_NAMES.get(m.kind, m.kind))"},
    "editor/editor.py": {"tr(_NOUNS[type_name(entity)])", "tr(_NOUNS[type_name(self.project.get(ids[0]))])"},
    "export/pdf.py": {"tr(KIND_NAMES.get(m.kind, m.kind))", "tr(STATUS_LABELS[box.status])"},
    "fileio.py": {"tr(known)"},
    "persistence/library.py": {"tr(kind.replace('_', ' '))"},  # the editor's _NOUNS
    "interchange/columns.py": {"translate(label, language)"},  # LANE_KIND_LABELS and the templates' names
    "interchange/tabular.py": {"translate(label, language)"},  # CARD_LABELS, CHANNEL_LABELS, MOMENT_LABELS …
    "layout/card_details.py": {"tr(MOMENT_LABELS[moment])"},
    "layout/persona_sheet.py": {"tr(label)"},
    "layout/style.py": {"tr(label)"},
    "reports/rounds.py": {"tr(CARD_LABELS.get(t, t))",  # what_is_voted(): the caller's tr
                          "tr(LANE_KIND_LABELS.get(k, k))"},
    "templates.py": {"translate(name, language)", "translated(stage_name, language)",
                     "translated(lane_name, language)", "translated(kind.replace('-', ' ').capitalize(), language)"},
    "ui/context_menu.py": {"tr(CARD_LABELS[card_type.value])",
                           "tr(LANE_KIND_LABELS.get(lane_kind.value, lane_kind.value))",
                           "tr(label)"},  # GAP_LABELS
    "ui/evidence.py": {"tr(EVIDENCE_LABELS.get(item.kind, item.kind))", "tr(label)", "tr(KIND_HINTS[kind])",
                       "tr(method)"},  # METHODS
    "ui/gallery.py": {"tr(KIND_LABELS[kind])"},
    "ui/gaps.py": {"tr(label)", "tr(GAP_LABELS.get(suggestion.kind, suggestion.kind))",
                   "tr(text)"},  # GapSuggestions.COLUMNS
    "ui/heatmap_menu.py": {"tr(HEAT_NAMES.get(by, by))"},
    "ui/import_dialog.py": {"tr(label)", "tr(FIELDS[chosen.field])"},  # columns.FIELDS
    "ui/inspector.py": {"tr(TITLES.get(kind, kind))", "tr(label)", "tr(line_name)", "tr(STEP_NAMES[name])"},
    "ui/main_window.py": {"tr(CARD_LABELS[card_type.value])"},
    "ui/metrics_ui.py": {"tr(label)"},  # KIND_CHOICES
    "ui/owners_report.py": {"tr(PROGRESS_LABELS[value])", "tr(heading)"},  # COLUMNS
    "ui/panels.py": {"tr(KIND_LABELS[kind])", "tr(KIND_LABELS.get(m.kind, m.kind))", "tr(label)"},
    "ui/pdf_dialog.py": {"tr(PAGE_NAMES.get(page, page))", "tr(HEAT_NAMES[by])", "tr(label)"},  # REPORTS
    "ui/priority_matrix.py": {"tr(name)", "tr(where)",  # QUADRANTS, quadrant()
                              "tr(PROGRESS_LABELS[spot.status])"},
    "ui/shortcuts.py": {"tr(text)", "tr(keys)"},
    "ui/themes.py": {"tr(label)"},  # THEME_NAMES
    "history/diff.py": {"translate(m.subject_id)"},  # not a translation: ids of one map in the other's
    "history/wording.py": {"tr(SENTENCES[change.action, change.kind])", "tr(FIELD_NAMES[name])"},
    "workshop/capture.py": {"tr(PARKING_LOT)"},
    "workshop/comments.py": {"tr(label)"},  # FILTERS
    "workshop/presentation.py": {"tr(keys)", "tr(text)"},  # PRESENTATION_KEYS
    "workshop/voting_panel.py": {"tr(label)",  # CARD_LABELS
                                 "tr(LANE_KIND_LABELS.get(k, k))"},
}


def table_strings() -> list[str]:
    """The strings of the tables that reach tr() through a variable (DYNAMIC_CALLS)."""
    sys.path.insert(0, str(SOURCES.parent))
    from journeyeditor import fileio, templates
    from journeyeditor.canvas import scene
    from journeyeditor.editor import editor
    from journeyeditor.export import pdf
    from journeyeditor.layout import card_details, gap_marks, persona_sheet, style
    from journeyeditor.model import blueprint, evidence
    from journeyeditor.ui import evidence as evidence_ui
    from journeyeditor.ui import (
        gaps,
        heatmap_menu,
        inspector,
        metrics_ui,
        owners_report,
        panels,
        pdf_dialog,
        priority_matrix,
        shortcuts,
        themes,
    )

    strings = [*fileio._REASONS.values(), *scene.KIND_NAMES.values(), *editor._NOUNS.values(),
               *pdf.KIND_NAMES.values(), *pdf_dialog.PAGE_NAMES.values(), *panels.KIND_LABELS.values(),
               *(label for _name, label in panels.PersonaDialog.FIELDS), *inspector.TITLES.values(),
               *(name for name, _above, _below in blueprint.LINES),
               *(label for _name, label, _lines in persona_sheet.SECTIONS)]
    for table in (style.CARD_LABELS, style.MOMENT_LABELS, style.LANE_KIND_LABELS, style.CHANNEL_LABELS,
                  style.STATUS_LABELS, gap_marks.GAP_LABELS, card_details.EVIDENCE_LABELS,
                  card_details.PROGRESS_LABELS, evidence_ui.KIND_HINTS, heatmap_menu.HEAT_NAMES,
                  inspector.STEP_NAMES, themes.THEME_NAMES):
        strings += table.values()
    for methods in evidence.METHODS.values():
        strings += methods
    strings += gaps.GapSuggestions.COLUMNS
    strings += [label for _value, label in metrics_ui.KIND_CHOICES]
    strings += [heading for _column, heading in owners_report.COLUMNS]
    strings += [label for _kind, label in pdf_dialog.REPORTS]
    from journeyeditor.workshop import capture, comments, keys

    strings.append(capture.PARKING_LOT)
    from journeyeditor.history import wording

    strings += [*wording.SENTENCES.values(), *wording.FIELD_NAMES.values()]
    strings += [label for _value, label in comments.FILTERS]
    strings += [text for pair in keys.PRESENTATION_KEYS for text in pair]
    strings += priority_matrix.QUADRANTS  # the quadrants' names, also quadrant()'s
    for specs in inspector.FIELDS.values():
        for spec in specs:
            strings.append(spec[1])
            if spec[2] == inspector.CHOICE:
                strings += [label for _value, label in spec[3]]
    for keys, text in shortcuts.CANVAS_KEYS:
        strings += [keys, text]
    strings += templates.TEMPLATE_NAMES
    from journeyeditor.interchange import columns

    strings += columns.FIELDS.values()
    strings += [kind.replace("-", " ").capitalize() for kind in templates.STAGES]  # a template map's name
    return strings


def _calls(tree: ast.AST):
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in TRANSLATING \
                and node.args:
            yield node


def source_strings() -> tuple[dict[str, set[str]], list[str]]:
    """{string: the files using it} for every string to translate, and the tr() calls of a
    non-literal that DYNAMIC_CALLS does not list ("file:line: call")."""
    found: dict[str, set[str]] = {}
    unlisted = []
    for path in sorted(SOURCES.rglob("*.py")):
        relative = path.relative_to(SOURCES).as_posix()
        for call in _calls(ast.parse(path.read_text(encoding="utf-8"))):
            argument = call.args[0]
            if isinstance(argument, ast.Constant) and isinstance(argument.value, str):
                found.setdefault(argument.value, set()).add(relative)
            elif ast.unparse(call) not in DYNAMIC_CALLS.get(relative, ()):
                unlisted.append(f"src/journeyeditor/{relative}:{call.lineno}: {ast.unparse(call)}")
    for text in table_strings():
        found.setdefault(text, set())
    return {text: files for text, files in found.items() if _has_words(text)}, unlisted


def _has_words(text: str) -> bool:
    """Whether a string holds anything a language writes its own way: words, digits, a percent
    sign, a comma ("—" or "{0} — {1}" need no translation)."""
    bare = re.sub(r"\{\d*(![rsa])?(:[^}]*)?\}", "", text)
    return any(not c.isspace() and c not in "—–-" for c in bare)


def read_catalogue(path: Path) -> dict[str, tuple[str, bool]]:
    """{source: (translation, finished)} of a .ts file (empty if there is none yet)."""
    if not path.exists():
        return {}
    messages = {}
    for context in ElementTree.parse(path).getroot().iter("context"):
        if context.findtext("name", "") != CONTEXT:
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type", "") if translation is not None else "unfinished"
            if kind in ("obsolete", "vanished"):
                continue
            text = translation.text or "" if translation is not None else ""
            messages[message.findtext("source", "")] = (text, bool(text) and kind != "unfinished")
    return messages


def catalogue_text(language: str, strings: dict[str, set[str]], old: dict[str, tuple[str, bool]]) -> str:
    """The .ts file for `language`: every string, sorted, with its translation kept from `old`."""
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>",
             f'<TS version="2.1" language="{language}" sourcelanguage="en">', "<context>",
             f"    <name>{CONTEXT}</name>"]
    for source in sorted(strings, key=lambda text: (text.casefold(), text)):
        translation, finished = old.get(source, ("", False))
        lines.append("    <message>")
        for file in sorted(strings[source]):  # where the string is used; no line numbers, to merge cleanly
            lines.append(f'        <location filename="../../src/journeyeditor/{file}"/>')
        lines.append(f"        <source>{escape(source)}</source>")
        state = "" if finished else ' type="unfinished"'
        lines.append(f"        <translation{state}>{escape(translation)}</translation>")
        lines.append("    </message>")
    lines += ["</context>", "</TS>", ""]
    return "\n".join(lines)


def lrelease() -> str:
    beside_python = Path(sys.executable).parent / "pyside6-lrelease"
    found = str(beside_python) if beside_python.exists() else shutil.which("pyside6-lrelease")
    if not found:
        raise SystemExit("pyside6-lrelease not found: install PySide6 (or PySide6-Essentials)")
    return found


def compile_catalogue(ts: Path, qm: Path) -> None:
    subprocess.run([lrelease(), "-silent", str(ts), "-qm", str(qm)], check=True)


def compiled(ts: Path) -> bytes:
    """What lrelease makes of `ts` now."""
    with tempfile.TemporaryDirectory() as folder:
        qm = Path(folder) / "out.qm"
        compile_catalogue(ts, qm)
        return qm.read_bytes()


def stale_files(strings: dict[str, set[str]]) -> list[str]:
    """The catalogues (.ts) that do not hold exactly the sources' strings, and the compiled ones
    (.qm) that are not what their .ts compiles to."""
    stale = []
    for language in LANGUAGES:
        ts = CATALOGUES / f"journeyeditor_{language}.ts"
        qm = ts.with_suffix(".qm")
        if not ts.exists() or ts.read_text(encoding="utf-8") != catalogue_text(language, strings, read_catalogue(ts)):
            stale.append(str(ts.relative_to(ROOT)))
        if not ts.exists() or not qm.exists() or qm.read_bytes() != compiled(ts):
            stale.append(str(qm.relative_to(ROOT)))
    return stale


def untranslated(strings: dict[str, set[str]]) -> dict[str, list[str]]:
    """{language: the strings its catalogue has no finished translation for}."""
    missing = {}
    for language in LANGUAGES:
        done = read_catalogue(CATALOGUES / f"journeyeditor_{language}.ts")
        missing[language] = sorted(text for text in strings if not done.get(text, ("", False))[1])
    return missing


def main(argv: list[str]) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    strings, unlisted = source_strings()
    for call in unlisted:
        print(f"{call}: tr() of a non-literal: list it in DYNAMIC_CALLS and its table in table_strings()")
    if "--check" in argv:
        stale = stale_files(strings)
        for path in stale:
            print(f"{path} is out of date: run python packaging/update_translations.py")
        return 1 if stale or unlisted else 0
    CATALOGUES.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        ts = CATALOGUES / f"journeyeditor_{language}.ts"
        ts.write_text(catalogue_text(language, strings, read_catalogue(ts)), encoding="utf-8")
        compile_catalogue(ts, ts.with_suffix(".qm"))
    for language, texts in untranslated(strings).items():
        print(f"{language}: {len(strings) - len(texts)} of {len(strings)} strings translated")
    return 1 if unlisted else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
