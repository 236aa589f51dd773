"""The translation catalogue without Qt: the same strings the UI shows through Qt, for the code
that must not import Qt (layout, PDF export, templates, the command line).

There is one catalogue per language: `resources/i18n/journeyeditor_<language>.ts`, Qt Linguist's
XML, which translators edit and `packaging/update_translations.py` refreshes from the sources.
Qt reads its compiled form (`.qm`, through a QTranslator: journeyeditor.i18n); this module reads
the `.ts` itself with the standard library. Both are looked up with the English text as the key,
in the context "JourneyEditor".

The language is the process's one UI language, like Qt's installed translators: the window sets
it from the preferences or the system at start, the command line from the environment.
"""

from __future__ import annotations

import os
from functools import cache
from xml.etree import ElementTree

from .resources import resource

CONTEXT = "JourneyEditor"
ENGLISH = "en"
#: the languages we have catalogues for, each named in its own language (Preferences lists them)
LANGUAGES = {"zh_CN": "中文(简体)", "zh_TW": "中文(繁體)", "ja": "日本語", "ru": "Русский", "fa": "فارسی"}
RIGHT_TO_LEFT = {"fa"}
#: each language's digits, decimal sign and thousands separator, as QLocale writes them, for numbers
#: in text the user reads (the window asks QLocale; the PDF and the command line have no Qt)
_NUMERALS = {"fa": ("۰۱۲۳۴۵۶۷۸۹", "٫", "٬"), "ru": ("0123456789", ",", "\u00a0")}
_WESTERN = ("0123456789", ".", ",")

_language = ENGLISH


def set_language(language: str) -> None:
    """The language tr() translates into from now on: a key of LANGUAGES, or English."""
    global _language
    _language = language if language in LANGUAGES else ENGLISH


def current_language() -> str:
    return _language


def is_right_to_left(language: str | None = None) -> bool:
    return (language or _language) in RIGHT_TO_LEFT


def tr(text: str, context: str = CONTEXT) -> str:
    """`text` in the current language (itself when the catalogue has no translation)."""
    return translate(text, _language, context)


def translate(text: str, language: str, context: str = CONTEXT) -> str:
    """`text` in `language`, whatever the current one is (a template's names in the language
    its map is written in)."""
    return _messages(_catalogue_language(language)).get((context, text), text)


def number(value: float, decimals: int | None = None, grouping: bool = False) -> str:
    """A number as the current language writes it: Persian digits in Persian, a decimal comma in
    Russian. `decimals=None` writes it as short as it is (12, 2.5); `grouping` separates thousands."""
    comma = "," if grouping else ""
    if decimals is None:
        text = f"{int(value):{comma}d}" if float(value).is_integer() else f"{value:{comma}g}"
    else:
        text = f"{value:{comma}.{decimals}f}"
    digits, decimal_sign, separator = _NUMERALS.get(_language, _WESTERN)
    return text.translate(str.maketrans({",": separator, ".": decimal_sign, **dict(zip("0123456789", digits))}))


def percent(share: float) -> str:
    """A share (0.58) as a whole percentage in the current language: "58%", "۵۸٪"."""
    return tr("{0}%").format(number(round(share * 100)))


def language_from_environment(environ: dict[str, str] | None = None) -> str:
    """The user's language as the environment names it, the way gettext reads it: LANGUAGE (a
    list, first choice first), then LC_ALL, LC_MESSAGES and LANG. English when none is ours."""
    environ = os.environ if environ is None else environ
    tags = environ.get("LANGUAGE", "").split(":")
    tags += [environ.get(name, "") for name in ("LC_ALL", "LC_MESSAGES", "LANG")]
    return best_language(tags)


def best_language(tags: list[str]) -> str:
    """The first of these locale names or language tags ("fa_IR.UTF-8", "zh-Hant-TW", "ja")
    that we have a catalogue for; English when an English one comes first, or none matches."""
    for tag in tags:
        language = language_of(tag)
        if language:
            return language
    return ENGLISH


def language_of(tag: str) -> str:
    """The catalogue language of one locale name or language tag, or "" if it is none of ours."""
    parts = tag.split(".")[0].split("@")[0].replace("-", "_").lower().split("_")
    if parts[0] == "zh":
        # Traditional where the script or the region says so; Simplified otherwise
        return "zh_TW" if {"hant", "tw", "hk", "mo"} & set(parts[1:]) else "zh_CN"
    if parts[0] in ("en", "ja", "ru", "fa"):
        return parts[0]
    return ""


def _catalogue_language(language: str) -> str:
    return "zh_CN" if language == "zh" else language  # a map written in Chinese, script unknown


def catalogue_path(language: str, suffix: str = ".ts"):
    return resource("i18n", f"journeyeditor_{language}{suffix}")


@cache
def _messages(language: str) -> dict[tuple[str, str], str]:
    """(context, source) -> translation for every translated message of the language's catalogue."""
    if language not in LANGUAGES:
        return {}
    path = catalogue_path(language)
    if not path.exists():
        return {}
    messages = {}
    for context in ElementTree.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            # as lrelease compiles it: an unfinished translation is used, an obsolete one is not
            if translation is not None and translation.text and \
                    translation.get("type") not in ("obsolete", "vanished"):
                messages[(name, message.findtext("source", ""))] = translation.text
    return messages
