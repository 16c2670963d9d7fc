"""The bar across the top of an incident: always visible, readable from two metres."""

from __future__ import annotations

from datetime import UTC

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from warroom.core.timing import DueState, format_span
from warroom.report.describe import local_time
from warroom.ui.incident_state import IncidentState


def _repolish(widget: QWidget) -> None:
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)


class CountdownLabel(QLabel):
    """Calm while there is time, amber in the last minutes, red and pulsing once overdue."""

    def __init__(self, state: IncidentState, point_size: float = 16.0) -> None:
        super().__init__()
        self._state = state
        self.setObjectName("countdown")
        self.setAccessibleName(self.tr("Countdown to the next promised update"))
        font = QFont(self.font())
        font.setPointSizeF(point_size)
        font.setBold(True)
        self.setFont(font)
        self._pulse = False
        self.refresh()

    def refresh(self) -> None:
        due = self._state.update_countdown()
        if due is None:
            state = "none"
            self.setText(self.tr("No update owed"))
        elif due.state is DueState.OVERDUE:
            state = "overdue"
            self._pulse = not self._pulse
            self.setText(self.tr("Update OVERDUE by {0}").format(format_span(due.overdue_by)))
        else:
            state = due.state.value
            self._pulse = False
            self.setText(
                self.tr("Next update in {0} (at {1})").format(
                    format_span(due.remaining), local_time(due.deadline)
                )
            )
        if self.property("state") != state or self.property("pulse") != self._pulse:
            self.setProperty("state", state)
            self.setProperty("pulse", self._pulse)
            _repolish(self)


class IncidentBar(QWidget):
    def __init__(self, state: IncidentState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = state
        self.exercise_band = QLabel(self.tr("EXERCISE — not a real incident"))
        self.exercise_band.setObjectName("exerciseBand")
        self.exercise_band.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.priority = QLabel()
        self.priority.setObjectName("priorityBadge")
        self.priority.setAccessibleName(self.tr("Priority"))
        self.title = QLabel()
        title_font = QFont(self.title.font())
        title_font.setPointSizeF(16)
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.status = QLabel()
        self.status.setAccessibleName(self.tr("Status"))
        self.elapsed = QLabel()
        self.elapsed.setAccessibleName(self.tr("Time since the incident started"))
        self.clock = QLabel()
        self.countdown = CountdownLabel(state)
        self.escalation = QLabel()
        self.escalation.setAccessibleName(self.tr("Escalation deadline"))
        big = QFont(self.status.font())
        big.setPointSizeF(13)
        for label in (self.status, self.elapsed, self.clock, self.escalation):
            label.setFont(big)

        row = QHBoxLayout()
        row.addWidget(self.priority)
        row.addWidget(self.title, 1)
        row.addWidget(self.status)
        row.addSpacing(16)
        row.addWidget(self.elapsed)
        row.addSpacing(16)
        row.addWidget(self.clock)
        second = QHBoxLayout()
        second.addWidget(self.countdown)
        second.addStretch(1)
        second.addWidget(self.escalation)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.exercise_band)
        layout.addLayout(row)
        layout.addLayout(second)
        state.changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        s = self._state.snapshot
        p = self._state.priority
        self.exercise_band.setVisible(s.mode == "exercise")
        self.priority.setText(p.name.upper())
        self.priority.setStyleSheet(f"background: {p.colour};")
        self.priority.setToolTip(p.description)
        self.title.setText(s.title)
        self.status.setText(self.tr("Status: {0}").format(s.status.capitalize()))
        self.tick()

    def tick(self) -> None:
        """Once a second: times and countdowns are recomputed from the clock, never summed."""
        now = self._state.now()
        s = self._state.snapshot
        end = s.resolved_at if s.resolved_at else now
        self.elapsed.setText(self.tr("T+{0}").format(format_span(end - s.started_at)))
        self.clock.setText(
            f"{now.astimezone():%H:%M:%S} {self.tr('local')} · {now.astimezone(UTC):%H:%M} UTC"
        )
        self.countdown.refresh()
        deadline = self._state.escalation_deadline()
        if s.escalated_at is not None:
            self.escalation.setText(self.tr("Escalated at {0}").format(local_time(s.escalated_at)))
            self.escalation.setObjectName("")
        elif deadline is None or not self._state.is_active:
            self.escalation.setText("")
        elif self._state.escalation_due():
            self.escalation.setText(
                self.tr("ESCALATION DUE since {0}: brief the senior engineers").format(
                    local_time(deadline)
                )
            )
            self.escalation.setObjectName("alarm")
        else:
            self.escalation.setText(
                self.tr("Escalation at {0} (in {1})").format(
                    local_time(deadline), format_span(deadline - now)
                )
            )
            self.escalation.setObjectName("")
        _repolish(self.escalation)
