"""The keys of presentation mode (workshop/presentation.py reads them), for its help screen and
the shortcut sheet. English source strings: shown through i18n.tr."""

#: the keys of presentation mode, for its help screen and the shortcut sheet
PRESENTATION_KEYS = [
    ("Right, Down, Page Down, Space, Enter, click", "Next slide"),
    ("Left, Up, Page Up, Backspace", "Previous slide"),
    ("Ctrl+Right / Ctrl+Left", "Next / previous stage"),
    ("Home / End", "The overview / the last slide"),
    ("Esc", "Leave the presentation"),
    ("B or .", "Black screen (again to come back)"),
    ("T", "Start or pause the timer"),
    ("Shift+T", "Set the timer: minutes, countdown or stopwatch"),
    ("R", "Reset the timer (again: hide it)"),
    ("C, or just type", ("Quick capture: a card in the spotlit stage (Enter adds, Esc closes); "
                         "a word that begins with B, C, R or T needs C first")),
    ("Ctrl+Z / Ctrl+Shift+Z", "Undo / redo"),
    ("F1 or ?", "These keys"),
]
