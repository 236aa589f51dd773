"""View ▸ Heatmap: wash the map's step columns by the emotion average, the number of pain
points or a metric kind the map uses (layout/heat.py), or not at all. One choice at a time,
remembered in the settings; Next Heatmap (Ctrl+Shift+H) steps through the choices."""

from __future__ import annotations

from PySide6.QtGui import QAction, QActionGroup

from ..i18n import tr
from ..model import MetricKind
from ..model.heatmap import EMOTION, PAIN_POINTS

#: what each choice is called in the menu and the status bar
HEAT_NAMES = {
    "": "Off", EMOTION: "Emotion Average", PAIN_POINTS: "Pain Points",
    MetricKind.NPS.value: "NPS", MetricKind.CSAT.value: "CSAT (1–5)", MetricKind.CSAT_PERCENT.value: "CSAT (%)",
    MetricKind.CES.value: "CES", MetricKind.CONVERSION.value: "Conversion", MetricKind.TIME.value: "Time",
    MetricKind.COUNT.value: "Count", MetricKind.CUSTOM.value: "Custom KPI",
}


def map_kinds(project, map_id: str | None) -> list[str]:
    """The metric kinds a map's metrics use, in the kinds' order. Custom KPIs count when they
    are all one KPI: the average of different KPIs would mean nothing."""
    if project is None or map_id is None or project.get(map_id) is None:
        return []
    metrics = list(project.contents(map_id).metrics.values())
    used = {metric.kind for metric in metrics}
    if len({metric.name for metric in metrics if metric.kind == MetricKind.CUSTOM.value}) > 1:
        used.discard(MetricKind.CUSTOM.value)
    return [kind.value for kind in MetricKind if kind.value in used]


class HeatmapMenu:
    def __init__(self, window, view_menu) -> None:
        self.window = window
        self.menu = view_menu.addMenu(tr("&Heatmap"))
        self.group = QActionGroup(self.menu)
        self.group.setExclusive(True)
        self.choices: dict[str, QAction] = {}
        self._separators: list[QAction] = []
        self._end = self.menu.addSeparator()
        window._action(self.menu, tr("&Next Heatmap"), self.next, "Ctrl+Shift+H", needs="map")
        self.menu.aboutToShow.connect(self.fill)
        self.fill()

    @property
    def current(self) -> str:
        return self.window.engine.heatmap

    def options(self) -> list[str]:
        """Off, the emotion average, pain points, and the kinds the shown map uses (and the
        remembered choice, if this map has none of it)."""
        scene, document = self.window.scene, self.window.document
        kinds = map_kinds(document.project if document else None, scene.map_id if scene else None)
        if self.current and self.current not in (EMOTION, PAIN_POINTS, *kinds):
            kinds.append(self.current)
        return ["", EMOTION, PAIN_POINTS, *kinds]

    def fill(self) -> None:
        for action in self.choices.values():
            self.group.removeAction(action)
            self.menu.removeAction(action)
        for separator in self._separators:
            self.menu.removeAction(separator)
        self.choices, self._separators = {}, []
        for by in self.options():
            action = QAction(tr(HEAT_NAMES.get(by, by)), self.menu)
            action.setCheckable(True)
            action.setChecked(by == self.current)
            action.triggered.connect(lambda _checked=False, by=by: self.choose(by))
            self.group.addAction(action)
            self.menu.insertAction(self._end, action)
            self.choices[by] = action
            if by == PAIN_POINTS:  # the metric kinds below
                self._separators.append(self.menu.insertSeparator(self._end))

    def choose(self, by: str) -> None:
        """Wash the map by `by` ("" for no heatmap), and remember it."""
        window = self.window
        window.settings.heatmap = by
        window.engine.heatmap = by
        if window.scene is not None:
            window.scene.refresh()
        if by in self.choices:
            self.choices[by].setChecked(True)
        window.statusBar().showMessage(tr("Heatmap: {0}").format(tr(HEAT_NAMES.get(by, by))), 4000)

    def next(self) -> None:
        options = self.options()
        index = options.index(self.current) if self.current in options else 0
        self.choose(options[(index + 1) % len(options)])
