"""The bar across the top of an incident: always visible, readable from two metres."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from warroom.core.timing import DueState, format_span
from warroom.report.describe import local_time
from warroom.ui.incident_state import IncidentState
from warroom.ui.narrow import ElidedLabel, Wrap
from warroom.ui.theme import readable_on
from warroom.ui.words import priority_description, priority_label, status_name


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


def clock_text(now: datetime) -> str:
    """``09:40:00 CET · 08:40 UTC``: war rooms span time zones."""
    local = now.astimezone()
    if local.utcoffset() == timedelta(0):
        return f"{local:%H:%M:%S} UTC"
    return f"{local:%H:%M:%S} {local.tzname() or ''} · {now.astimezone(UTC):%H:%M} UTC"


def elapsed_text(state: IncidentState) -> str:
    s = state.snapshot
    end = s.resolved_at if s.resolved_at else state.now()
    return QCoreApplication.translate("IncidentBar", "T+{0}").format(
        format_span(end - s.started_at)
    )


def escalation_text(state: IncidentState) -> tuple[str, bool]:
    """The escalation line, and whether it is an alarm."""
    s = state.snapshot
    deadline = state.escalation_deadline()
    if s.escalated_at is not None:
        return QCoreApplication.translate("IncidentBar", "Escalated at {0}").format(
            local_time(s.escalated_at)
        ), False
    if deadline is None or not state.is_active:
        return "", False
    if state.escalation_due():
        return (
            QCoreApplication.translate(
                "IncidentBar", "ESCALATION DUE since {0}: brief the senior engineers"
            ).format(local_time(deadline)),
            True,
        )
    return (
        QCoreApplication.translate("IncidentBar", "Escalation at {0} (in {1})").format(
            local_time(deadline), format_span(deadline - state.now())
        ),
        False,
    )


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
        self.title = ElidedLabel()
        title_font = QFont(self.title.font())
        title_font.setPointSizeF(16)
        title_font.setBold(True)
        self.title.setFont(title_font)
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

        named = QHBoxLayout()
        named.addWidget(self.priority)
        named.addWidget(self.title, 1)
        times = QHBoxLayout()
        times.addWidget(self.status)
        times.addSpacing(16)
        times.addWidget(self.elapsed)
        times.addSpacing(16)
        times.addWidget(self.clock)
        times.addStretch(1)
        # On half a laptop screen the times go under the title, the escalation under
        # the countdown: every word stays readable.
        row = Wrap(named, times, stretch=(1, 0))
        escalation = QHBoxLayout()
        escalation.addStretch(1)
        escalation.addWidget(self.escalation)
        second = Wrap(self.countdown, escalation, stretch=(0, 1))
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
        self.priority.setText(priority_label(p).upper())
        self.priority.setStyleSheet(f"background: {p.colour}; color: {readable_on(p.colour)};")
        self.priority.setToolTip(priority_description(p))
        self.title.set_full_text(s.title)
        self.status.setText(self.tr("Status: {0}").format(status_name(s.status)))
        self.tick()

    def tick(self) -> None:
        """Once a second: times and countdowns are recomputed from the clock, never summed."""
        self.elapsed.setText(elapsed_text(self._state))
        self.clock.setText(clock_text(self._state.now()))
        self.countdown.refresh()
        text, alarm = escalation_text(self._state)
        self.escalation.setText(text)
        self.escalation.setObjectName("alarm" if alarm else "")
        _repolish(self.escalation)
