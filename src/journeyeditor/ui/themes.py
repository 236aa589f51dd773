"""View ▸ Theme: the whole window and the canvas in light, dark or high contrast, or as the
system says (the default, following it live). Remembered in the settings. Exports stay light."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from ..i18n import tr
from ..layout import theme as themes
from ..layout.theme import DARK, HIGH_CONTRAST, LIGHT, SYSTEM, THEMES, Theme

#: the menu's choices, in order (English source strings, shown through tr)
THEME_NAMES = {SYSTEM: "&System", LIGHT.name: "&Light", DARK.name: "&Dark", HIGH_CONTRAST.name: "&High Contrast"}


def system_is_dark() -> bool:
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def resolve(choice: str) -> Theme:
    """The theme a menu choice means now ("system": light or dark as the system is)."""
    if choice == SYSTEM:
        return DARK if system_is_dark() else LIGHT
    return THEMES.get(choice, LIGHT)


def window_palette(theme: Theme) -> QPalette:
    """The window chrome's colours, from the theme's own: panels a step off the map's paper."""
    dark = theme.dark
    base = QColor(theme.card_fill)
    window = QColor(theme.header_fill if dark else "#EFEFEC")
    text = QColor(theme.ink)
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: window, QPalette.ColorRole.WindowText: text,
        QPalette.ColorRole.Base: base, QPalette.ColorRole.AlternateBase: QColor(theme.background),
        QPalette.ColorRole.Text: text, QPalette.ColorRole.Button: window, QPalette.ColorRole.ButtonText: text,
        QPalette.ColorRole.ToolTipBase: base, QPalette.ColorRole.ToolTipText: text,
        QPalette.ColorRole.PlaceholderText: QColor(theme.ink_soft), QPalette.ColorRole.BrightText: QColor("#FF5A5A"),
        QPalette.ColorRole.Highlight: QColor(theme.selection),
        QPalette.ColorRole.HighlightedText: QColor("#000000" if theme is HIGH_CONTRAST else "#FFFFFF"),
        QPalette.ColorRole.Link: QColor(theme.selection), QPalette.ColorRole.Light: QColor(theme.grid_line),
        QPalette.ColorRole.Mid: QColor(theme.grid_line), QPalette.ColorRole.Dark: QColor(theme.surround),
    }
    for role, colour in roles.items():
        palette.setColor(role, colour)
    disabled = QColor(theme.ink_soft)
    disabled.setAlpha(150)
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return palette


class ThemeMenu(QObject):
    """View ▸ Theme. A QObject child of the window: the system's signal lets go with it."""

    def __init__(self, window, view_menu) -> None:
        super().__init__(window)
        self.window = window
        self.menu = view_menu.addMenu(tr("&Theme"))
        self.group = QActionGroup(self.menu)
        self.group.setExclusive(True)
        self.choices: dict[str, QAction] = {}
        for name, label in THEME_NAMES.items():
            action = self.menu.addAction(tr(label))
            action.setCheckable(True)
            action.setObjectName(f"theme-{name}")
            action.triggered.connect(lambda _checked=False, chosen=name: self.choose(chosen))
            self.group.addAction(action)
            self.choices[name] = action
        app = QApplication.instance()
        self._native_style = app.style().name() if app is not None else ""
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._system_changed)
        self.apply()

    def choose(self, name: str) -> None:
        self.window.settings.theme = name
        for widget in QApplication.topLevelWidgets():  # the theme is the app's: other windows repaint
            menu = getattr(widget, "theme_menu", None)
            if isinstance(menu, ThemeMenu) and menu is not self and widget.isVisible():
                menu.apply()
        self.apply()

    def _system_changed(self, _scheme=None) -> None:
        # a closed window waiting for deletion has no say in the app's theme any more
        if self.window.isVisible() and self.window.settings.theme == SYSTEM:
            self.apply()

    def apply(self) -> None:
        choice = self.window.settings.theme if self.window.settings.theme in THEME_NAMES else SYSTEM
        self.choices[choice].setChecked(True)
        theme = resolve(choice)
        themes.use(theme)
        self._style_window(theme)
        if self.window.scene is not None:
            self.window.scene.repaint_in_theme()
        self.window.view.viewport().update()

    def _style_window(self, theme: Theme) -> None:
        app = QApplication.instance()
        if app is None:
            return
        if theme is LIGHT and not system_is_dark():  # the platform's own look, as before themes
            if self._native_style and app.style().name() != self._native_style:
                app.setStyle(self._native_style)
            app.setPalette(app.style().standardPalette())
            return
        # Fusion draws every widget from the palette; native styles ignore parts of it
        if app.style().name().lower() != "fusion":
            app.setStyle("Fusion")
        app.setPalette(window_palette(theme))
