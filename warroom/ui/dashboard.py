"""Trends across incidents: the same charts as the reports, in the app, with filters."""

from __future__ import annotations

from datetime import timedelta
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

from warroom.core.timing import format_duration
from warroom.room import WarRoom
from warroom.ui.panels.common import big_font

PERIODS = [("Last 30 days", 30), ("Last 90 days", 90), ("Last 12 months", 365), ("All time", 0)]


class Dashboard(QWidget):
    def __init__(self, room: WarRoom, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.room = room
        self.setWindowTitle(self.tr("warroom — trends across incidents"))
        self.period = QComboBox()
        self.period.setAccessibleName(self.tr("Period"))
        for label, days in PERIODS:
            self.period.addItem(self.tr(label), days)
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
        self.period.currentIndexChanged.connect(self.refresh)
        self.priority.currentIndexChanged.connect(self.refresh)
        self.exercises.toggled.connect(self.refresh)
        self.resize(1100, 900)
        self.refresh()

    def refresh(self) -> None:
        # matplotlib's Qt canvas comes in only when the dashboard is opened.
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

        from warroom.report import charts
        from warroom.report.stats import collect

        days = int(self.period.currentData())
        now = self.room.now()
        stats = collect(
            self.room.store,
            self.room.matrix.names,
            include_exercises=self.exercises.isChecked(),
            since=now - timedelta(days=days) if days else None,
            priority=self.priority.currentData(),
        )
        mttr = stats.mean_time_to_restore()
        kept = [k for _, k in stats.punctuality_over_time()]
        self.summary.setText(
            self.tr(
                "{0} incidents, {1} resolved · mean time to restore {2} · "
                "{3} escalated · update promises kept {4}"
            ).format(
                len(stats.incidents),
                len(stats.resolved),
                format_duration(mttr) if mttr else "—",
                sum(1 for i in stats.incidents if i.escalated),
                f"{sum(kept) / len(kept) * 100:.0f} %" if kept else "—",
            )
        )
        self.services.setText(self._services_line(stats.recurrence_by_service()))
        for canvas in self.canvases:
            self.chart_grid.removeWidget(canvas)
            canvas.deleteLater()
        figures = [
            charts.restore_by_month_figure(stats.restore_by_month(), stats.priorities),
            charts.recurrence_figure(stats.recurrence()),
            charts.punctuality_trend_figure(stats.punctuality_over_time()),
        ]
        # matplotlib's Qt canvas carries no annotations.
        self.canvases = [FigureCanvasQTAgg(f) for f in figures]  # type: ignore[no-untyped-call]
        for row, canvas in enumerate(self.canvases):
            canvas.setMinimumHeight(300)
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
