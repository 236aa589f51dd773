"""Every user-visible string goes through tr(), so the UI can be translated: Qt's side of the
catalogue (journeyeditor.catalogue is the side without Qt, for the layout, the PDF and the CLI).

install_language() makes the window speak one language: our compiled catalogue and Qt's own
(the buttons of its dialogs) as translators, the language's locale for numbers, and the layout
direction (Persian mirrors the whole window, but not the map: that is the user's drawing)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator

from . import catalogue

TRANSLATOR_NAME = "journeyeditor-translator"


def tr(text: str, context: str = catalogue.CONTEXT) -> str:
    return QCoreApplication.translate(context, text)


def number(value: float, decimals: int | None = None) -> str:
    """A number as the UI language writes it (Persian digits in Persian, "1 234,5" in Russian),
    for a count or a measure in a translated sentence. `decimals=None`: as short as it is."""
    locale = QLocale()
    if decimals is None:
        return locale.toString(int(value)) if float(value).is_integer() else locale.toString(float(value), "g", 6)
    return locale.toString(float(value), "f", decimals)


def system_language() -> str:
    """The system's first UI language we have a catalogue for (English if none): Qt reads
    LANGUAGE, LC_ALL, LANG and the desktop's own setting."""
    return catalogue.best_language(QLocale.system().uiLanguages())


def install_language(app, language: str) -> None:
    """Translate the application into `language` (a key of catalogue.LANGUAGES, else English)
    from now on; widgets made before keep their text, so a change shows after a restart."""
    catalogue.set_language(language)
    language = catalogue.current_language()
    for old in app.findChildren(QTranslator, TRANSLATOR_NAME):
        app.removeTranslator(old)
        old.deleteLater()
    if language != catalogue.ENGLISH:
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for name, folder in ((f"journeyeditor_{language}", str(catalogue.catalogue_path(language).parent)),
                             (f"qtbase_{language}", qt_folder)):
            translator = QTranslator(app)
            translator.setObjectName(TRANSLATOR_NAME)
            if translator.load(name, folder):  # a Qt build without its translations: its buttons stay English
                app.installTranslator(translator)
    # numbers as the language writes them, in the system's region if it speaks it (en_GB, zh_SG …);
    # not QLocale.system() itself: with LANGUAGE=fa and LANG=C it would name Persian but write C's digits
    region = QLocale.system().name()
    QLocale.setDefault(QLocale(region if catalogue.language_of(region) == language else language))
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if catalogue.is_right_to_left(language)
                           else Qt.LayoutDirection.LeftToRight)
