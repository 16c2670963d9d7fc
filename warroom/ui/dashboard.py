"""Trends across incidents: the same charts as the reports, in the app, with filters.

The statistics and the charts are made on a worker thread (matplotlib alone takes
seconds to load the first time); the window says so meanwhile, and says plainly
when there is nothing to draw yet.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from warroom.core.errors import UserError
from warroom.core.timing import format_duration
from warroom.room import WarRoom
from warroom.ui.panels.common import big_font
from warroom.ui.words import percent
from warroom.ui.work import Work

PERIODS = (30, 90, 365, 0)  # days back; 0 is all time


@dataclass
class Trends:
    """What the worker found: plain numbers and finished figures, no connection to anything."""

    incidents: int = 0
    resolved: int = 0
    escalated: int = 0
    mttr: timedelta | None = None
    kept: float | None = None
    # (caption key, figure or None when the chart would have nothing to show)
    charts: list[tuple[str, Any]] = field(default_factory=list)
    # service -> {"incidents": n, "categories": {category: n}}, most affected first
    by_service: dict[str, dict[str, Any]] = field(default_factory=dict)


def collect_trends(
    room: WarRoom, since: datetime | None, priority: str | None, exercises: bool
) -> Trends:
    from warroom.report import charts
    from warroom.report.stats import collect

    stats = collect(
        room.store,
        room.matrix.names,
        include_exercises=exercises,
        since=since,
        priority=priority,
    )
    kept = [k for _, k in stats.punctuality_over_time()]
    found = Trends(
        incidents=len(stats.incidents),
        resolved=len(stats.resolved),
        escalated=sum(1 for i in stats.incidents if i.escalated),
        mttr=stats.mean_time_to_restore(),
        kept=sum(kept) / len(kept) if kept else None,
        by_service=stats.recurrence_by_service(),
    )
    by_month, recurrence, punctuality = (
        stats.restore_by_month(),
        stats.recurrence(),
        stats.punctuality_over_time(),
    )
    found.charts = [
        (
            "restore",
            charts.restore_by_month_figure(by_month, stats.priorities) if by_month else None,
        ),
        ("recurrence", charts.recurrence_figure(recurrence) if recurrence else None),
        (
            "punctuality",
            charts.punctuality_trend_figure(punctuality) if punctuality else None,
        ),
    ]
    return found


class Dashboard(QWidget):
    def __init__(self, room: WarRoom, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.room = room
        self.setWindowTitle(self.tr("Trends across incidents"))
        self.period = QComboBox()
        self.period.setAccessibleName(self.tr("Period"))
        for label, days in zip(
            (
                self.tr("Last 30 days"),
                self.tr("Last 90 days"),
                self.tr("Last 12 months"),
                self.tr("All time"),
            ),
            PERIODS,
            strict=True,
        ):
            self.period.addItem(label, days)
        self.period.setCurrentIndex(len(PERIODS) - 1)
        self.priority = QComboBox()
        self.priority.setAccessibleName(self.tr("Priority"))
        self.priority.addItem(self.tr("All priorities"), None)
        for name in room.matrix.names:
            self.priority.addItem(name, name)
        self.exercises = QCheckBox(self.tr("Include exercises"))
        self.summary = QLabel()
        self.summary.setFont(big_font(self.summary, 13))
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Summary"))
        filters = QHBoxLayout()
        filters.addWidget(self.period)
        filters.addWidget(self.priority)
        filters.addWidget(self.exercises)
        filters.addStretch(1)

        self.charts = QWidget()
        self.chart_grid = QGridLayout(self.charts)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.charts)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.summary)
        self.services = QLabel()  # recurrence by service (issue 16)
        self.services.setWordWrap(True)
        layout.addWidget(self.services)
        layout.addWidget(scroll, 1)
        self.canvases: list[Any] = []
        self.empty_charts: list[QLabel] = []
        self.work = Work(self)
        self.work.finished.connect(self._show)
        self.period.currentIndexChanged.connect(self.refresh)
        self.priority.currentIndexChanged.connect(self.refresh)
        self.exercises.toggled.connect(self.refresh)
        self.resize(1100, 900)
        self.refresh()

    def refresh(self) -> None:
        days = int(self.period.currentData())
        since = self.room.now() - timedelta(days=days) if days else None
        priority, exercises = self.priority.currentData(), self.exercises.isChecked()
        self.summary.setText(self.tr("Reading the incidents…"))
        self.setCursor(Qt.CursorShape.BusyCursor)
        self.work.start(self.room, lambda room: collect_trends(room, since, priority, exercises))

    def _count(self, number: int) -> str:
        return self.tr("%n incident(s)", "", number)

    def _show(self, result: object) -> None:
        self.unsetCursor()
        self._clear()
        if isinstance(result, UserError):
            self.summary.setText(result.message + (f" — {result.hint}" if result.hint else ""))
            return
        assert isinstance(result, Trends)
        if result.incidents == 0:
            self.summary.setText(
                self.tr(
                    "No incidents in this period{0}. The trends fill in as incidents are "
                    "declared and resolved; try “All time” or include the exercises."
                ).format("" if self.exercises.isChecked() else self.tr(" (exercises left out)"))
            )
            return
        self.summary.setText(
            self.tr(
                "{0}, {1} resolved · mean time to restore {2} · "
                "{3} escalated · update promises kept {4}"
            ).format(
                self._count(result.incidents),
                result.resolved,
                format_duration(result.mttr) if result.mttr else "—",
                result.escalated,
                percent(result.kept) if result.kept is not None else "—",
            )
        )
        self.services.setText(self._services_line(result.by_service))
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

        captions = {
            "restore": self.tr("Time to restore by month"),
            "recurrence": self.tr("Recurring causes"),
            "punctuality": self.tr("Update promises kept"),
        }
        for row, (key, figure) in enumerate(result.charts):
            caption = captions[key]
            if figure is None:
                empty = QLabel(
                    self.tr("{0}: nothing to draw yet for these incidents.").format(caption)
                )
                empty.setObjectName("guidance")
                self.empty_charts.append(empty)
                self.chart_grid.addWidget(empty, row, 0)
                continue
            # matplotlib's Qt canvas carries no annotations.
            canvas = FigureCanvasQTAgg(figure)  # type: ignore[no-untyped-call]
            canvas.setMinimumHeight(300)
            self.canvases.append(canvas)
            self.chart_grid.addWidget(canvas, row, 0)

    def _services_line(self, by_service: dict[str, dict[str, Any]]) -> str:
        """The most affected services, each with the root-cause categories that hit it."""
        if not by_service:
            return self.tr("No affected services recorded.")
        parts = [
            self.tr("{0} {1} ({2})").format(
                name,
                seen["incidents"],
                ", ".join(f"{c} {n}" for c, n in seen["categories"].items()),
            )
            for name, seen in list(by_service.items())[:8]
        ]
        return self.tr("Most affected services: {0}").format(" · ".join(parts))

    def _clear(self) -> None:
        for widget in [*self.canvases, *self.empty_charts]:
            self.chart_grid.removeWidget(widget)
            widget.deleteLater()
        self.canvases, self.empty_charts = [], []
