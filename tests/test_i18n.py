"""The UI in Chinese (both scripts), Japanese, Russian and Persian: every string translated in
every catalogue, the compiled catalogues current, the window translated (and mirrored in
Persian, all but the map), numbers in the reader's digits, the CLI's messages and template names
in the user's language, and the language chosen in Preferences remembered."""

import importlib.util
import itertools
import os
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from conftest import SRC

ROOT = Path(__file__).resolve().parents[1]
PLACEHOLDER = re.compile(r"\{[^}]*\}")
ACCELERATOR = re.compile(r"&(?=[^&\s])")


def _updater():
    spec = importlib.util.spec_from_file_location("update_translations", ROOT / "packaging" / "update_translations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def updater():
    return _updater()


@pytest.fixture(scope="module")
def strings(updater):
    found, unlisted = updater.source_strings()
    assert not unlisted, ("tr() of a non-literal: list each in DYNAMIC_CALLS of packaging/update_translations.py "
                          "and its table in table_strings():\n" + "\n".join(unlisted))
    return found


@pytest.fixture
def language():
    """Switch the running app's language for a test, English again after it."""
    from journeyeditor.app import create_app
    from journeyeditor.i18n import install_language

    app = create_app()
    yield lambda code: install_language(app, code)
    install_language(app, "en")


def test_every_string_has_a_translation_in_every_catalogue(updater, strings):
    missing = {language: texts for language, texts in updater.untranslated(strings).items() if texts}
    report = "\n".join(f"{language}: {len(texts)} untranslated: " + "; ".join(map(repr, texts))
                       for language, texts in missing.items())
    assert not missing, ("strings without a translation (run python packaging/update_translations.py, then "
                         "translate them in resources/i18n/*.ts):\n" + report)


def test_translations_keep_placeholders_and_accelerators(updater, strings):
    wrong = []
    for language in updater.LANGUAGES:
        for source, (translation, _done) in updater.read_catalogue(
                updater.CATALOGUES / f"journeyeditor_{language}.ts").items():
            if source not in strings or not translation:
                continue
            if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(translation)):
                wrong.append(f"{language}: {source!r} -> {translation!r}: the placeholders differ")
            if len(ACCELERATOR.findall(source)) != len(ACCELERATOR.findall(translation)):
                wrong.append(f"{language}: {source!r} -> {translation!r}: the & accelerator is lost or doubled")
    assert not wrong, "\n".join(wrong)


def test_catalogues_and_their_compiled_forms_are_current(updater, strings):
    assert updater.stale_files(strings) == [], "run python packaging/update_translations.py"


def test_the_qt_free_lookup_reads_the_catalogue_qt_reads(language):
    from journeyeditor import catalogue
    from journeyeditor.i18n import tr

    for code in catalogue.LANGUAGES:
        language(code)
        for text in ("&File", "Card types", "{0} — future state", "Pain points"):
            assert tr(text) == catalogue.tr(text) != text, (code, text)


@pytest.mark.parametrize("code", ["zh_CN", "zh_TW", "ja", "ru", "fa"])
def test_the_window_speaks_the_language(qtbot, language, code):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDockWidget

    english = [action.text() for action in _menu_actions(qtbot)]
    language(code)
    window, actions = _menu_actions(qtbot, with_window=True)
    translated = [action.text() for action in actions]
    same = [text for text, other in zip(english, translated) if text == other]
    assert not same, f"{code}: menu entries left in English: {same}"
    rtl = code == "fa"
    assert window.layoutDirection() == (Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
    assert window.view.layoutDirection() == Qt.LayoutDirection.LeftToRight  # the map is the user's drawing
    maps_dock = window.findChild(QDockWidget, "maps")
    assert window.dockWidgetArea(maps_dock) == (Qt.DockWidgetArea.RightDockWidgetArea if rtl
                                                else Qt.DockWidgetArea.LeftDockWidgetArea)
    if rtl:
        assert all(re.search("[\u0600-\u06FF]", text) for text in translated)


def _menu_actions(qtbot, with_window=False):
    """A new main window's menus and every action in them, in order."""
    from journeyeditor.ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    actions = window.menuBar().actions() + window.all_actions()
    return (window, actions) if with_window else actions


def test_persian_numbers_and_qts_own_buttons(qtbot, language):
    from PySide6.QtWidgets import QDialogButtonBox

    from journeyeditor import catalogue
    from journeyeditor.i18n import number, tr
    from journeyeditor.ui.main_window import MainWindow

    language("fa")
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.zoom_label.text() == "۱۰۰٪"
    assert number(1234) == "۱٬۲۳۴" == catalogue.number(1234, grouping=True)
    assert tr("{0} selected").format(number(3)) == "۳ مورد انتخاب شد"
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    assert [b.text() for b in buttons.buttons()] == ["تأیید", "انصراف"]  # qtbase_fa.qm
    language("en")
    assert number(1234) == "1,234" and catalogue.number(1234, grouping=True) == "1,234"


def test_persian_digits_when_only_language_says_persian():
    """LANGUAGE=fa with LANG=C (a desktop whose locale is C): the window still writes Persian digits."""
    code = ("from journeyeditor.app import create_app; from journeyeditor.i18n import number; create_app();"
            "print(number(28))")
    env = dict(os.environ, PYTHONPATH=str(SRC), LANGUAGE="fa", LANG="C.UTF-8", QT_QPA_PLATFORM="offscreen")
    env.pop("LC_ALL", None)
    result = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=False)
    assert result.stdout.strip() == "۲۸", result.stdout + result.stderr


def test_the_map_is_drawn_the_same_in_a_mirrored_ui(qtbot, language, sample_file):
    """Persian mirrors the window but not the map: the canvas shows the same pixels."""
    from conftest import close_window, open_window
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    def canvas_image(direction):
        window = open_window(qtbot, sample_file)
        QApplication.instance().setLayoutDirection(direction)  # as Persian sets it, with the same words
        window.view.zoom_actual()
        window.view.centerOn(300, 300)
        QApplication.processEvents()
        image = window.view.viewport().grab().toImage()
        close_window(window)
        return image

    assert canvas_image(Qt.LayoutDirection.LeftToRight) == canvas_image(Qt.LayoutDirection.RightToLeft)


def test_the_legend_and_pdf_speak_the_language(tmp_path):
    from pypdf import PdfReader

    from journeyeditor import catalogue
    from journeyeditor.export.pdf import export_pdf
    from journeyeditor.layout.style import label_width, legend_items
    from journeyeditor.templates import build_sample

    catalogue.set_language("ja")
    try:
        items = legend_items("service-blueprint", True, (-2, 2))
        texts = [item[-1] for item in items if isinstance(item[-1], str)]
        assert "カードの種類" in texts and "ペインポイント" in texts and "失敗ポイント" in texts
        row = sorted((item for item in items if item[0] == "type"), key=lambda item: item[1])
        for left, right in itertools.pairwise(row):  # Japanese labels are wide: none runs into the next
            assert left[1] + 16 + label_width(left[4]) < right[1]
        project = build_sample()
        export_pdf(project, project.maps[:1], tmp_path / "ja.pdf")
    finally:
        catalogue.set_language("en")
    text = "".join(page.extract_text() for page in PdfReader(tmp_path / "ja.pdf").pages)
    text = unicodedata.normalize("NFKC", text)
    assert "カードの種類" in text and "現状" in text  # the legend, the title block's kind


def _cli(*args, language=None):
    env = dict(os.environ, PYTHONPATH=str(SRC))
    if language:
        env["LANGUAGE"] = language
    return subprocess.run([sys.executable, "-m", "journeyeditor", *map(str, args)], capture_output=True, text=True,
                          env=env, check=False)


def test_new_with_a_language_names_the_template_in_it(tmp_path):
    from journeyeditor.persistence import ProjectStore

    path = tmp_path / "fa.journey"
    result = _cli("new", path, "--template", "current-state", "--language", "fa")
    assert result.returncode == 0, result.stderr
    with ProjectStore.open(path, read_only=True) as store:
        project = store.project
        contents = project.contents(project.maps[0].id)
        assert project.title == "پروژهٔ بی\u200cنام"
        assert project.maps[0].name == "وضعیت فعلی"
        assert [stage.name for stage in contents.stages] == ["آگاهی", "بررسی", "خرید", "ماندگاری", "توصیه"]
        assert contents.lanes[0].name == "اقدامات مشتری"


def test_the_cli_speaks_the_environments_language(tmp_path):
    result = _cli("info", tmp_path / "missing.journey", language="ru")
    assert result.returncode == 1
    assert result.stderr.startswith("journeyeditor: ошибка: ") and "нет такого файла" in result.stderr
    path = tmp_path / "zh.journey"
    assert _cli("new", path, "--template", "day-in-the-life", language="zh_TW:en").returncode == 0
    from journeyeditor.persistence import ProjectStore

    with ProjectStore.open(path, read_only=True) as store:  # the template follows the environment too
        contents = store.project.contents(store.project.maps[0].id)
        assert [lane.name for lane in contents.lanes][:2] == ["做什麼", "在哪裡"]
    assert _cli("info", tmp_path / "missing.journey").stderr.startswith("journeyeditor: error: ")


def test_the_language_comes_from_the_environment_as_gettext_reads_it():
    from journeyeditor.catalogue import best_language, language_from_environment

    assert language_from_environment({"LANGUAGE": "fa:en", "LANG": "ja_JP.UTF-8"}) == "fa"
    assert language_from_environment({"LANG": "zh_HK.UTF-8"}) == "zh_TW"
    assert language_from_environment({"LC_ALL": "ru_RU.UTF-8", "LANG": "ja_JP.UTF-8"}) == "ru"
    assert language_from_environment({"LANG": "de_DE.UTF-8"}) == language_from_environment({}) == "en"
    assert best_language(["zh-Hant-TW", "en"]) == "zh_TW" and best_language(["zh-Hans-CN"]) == "zh_CN"
    assert best_language(["en-US", "fa-IR"]) == "en" and best_language(["de-DE", "ja-JP"]) == "ja"


def test_preferences_choose_the_language_for_the_next_start(qtbot, language):
    from journeyeditor import catalogue
    from journeyeditor.app import create_app
    from journeyeditor.ui.preferences import PreferencesDialog
    from journeyeditor.ui.settings import Settings

    dialog = PreferencesDialog(Settings())
    qtbot.addWidget(dialog)
    assert dialog.language.currentData() == ""  # the system's, to begin with
    names = [dialog.language.itemText(i) for i in range(dialog.language.count())]
    assert names[1:] == ["English", "中文(简体)", "中文(繁體)", "日本語", "Русский", "فارسی"]
    dialog.language.setCurrentIndex(dialog.language.findData("ja"))
    dialog.accept()
    assert Settings().language == "ja"
    create_app()  # as the next start does
    assert catalogue.current_language() == "ja"
    from journeyeditor.i18n import tr

    assert tr("&File") == "ファイル(&F)"
    Settings().language = ""


def test_the_qt_free_layers_read_the_catalogue_without_qt():
    code = ("import sys, journeyeditor.catalogue as c, journeyeditor.layout.style as s, journeyeditor.templates;"
            "c.set_language('zh_CN'); assert s.legend_items('current-state', False, (-2, 2))[0][3] == '卡片类型';"
            "bad = [m for m in sys.modules if m.startswith('PySide6')]; print(bad); sys.exit(1 if bad else 0)")
    result = subprocess.run([sys.executable, "-c", code], env={"PYTHONPATH": str(SRC)}, capture_output=True, text=True,
                            check=False)
    assert result.returncode == 0, result.stdout + result.stderr
