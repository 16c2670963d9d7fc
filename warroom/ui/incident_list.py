"""The list of incidents on the start screen: active first, then recent."""

from __future__ import annotations

from typing import Any

from warroom.core.timing import (
    Countdown,
    DueState,
    countdown,
    format_span,
    next_update_deadline,
)
from warroom.report.describe import local_time
from warroom.room import IncidentSummary, WarRoom
from warroom.store.repository import EventRecord
from warroom.ui.table_model import Column, RecordTableModel
from warroom.ui.theme import OVERDUE, SOON
from warroom.ui.words import local_date_time, priority_description, priority_label, status_name
from warroom.ui.work import LatestRead, can_read_off_thread


class IncidentListModel(RecordTableModel[IncidentSummary]):
    PRIORITY, STATUS, TITLE, NEXT_UPDATE, DECLARED, EVENTS = range(6)

    def __init__(self, room: WarRoom, parent: Any = None) -> None:
        self._room = room
        super().__init__(
            [
                Column(
                    self.tr("Priority"),
                    lambda i: priority_label(self._room.matrix.get(i.priority)),
                    lambda i: priority_description(self._room.matrix.get(i.priority)),
                    colour=self._badge,
                ),
                Column(
                    self.tr("Status"),
                    lambda i: (
                        status_name(i.status)
                        + (self.tr(" · exercise") if i.mode == "exercise" else "")
                    ),
                ),
                Column(self.tr("Incident"), lambda i: i.title, lambda i: i.impact_what),
                Column(
                    self.tr("Next update due"),
                    self._next_update,
                    colour=self._due_colour,
                ),
                Column(
                    self.tr("Declared"),
                    lambda i: local_date_time(i.declared_at),
                ),
                Column(self.tr("Events"), lambda i: str(i.events)),
            ],
            parent,
            bold=lambda i: i.is_active,
        )
        self._reader = LatestRead(self)
        self._reader.answered.connect(self._answered)
        self.reload()

    def _badge(self, item: IncidentSummary) -> str | None:
        # Only active incidents wear their priority's colour: the eye goes to what burns.
        if not item.is_active:
            return None
        return self._room.matrix.get(item.priority).colour

    def _countdown(self, item: IncidentSummary) -> Countdown | None:
        if not item.is_active:
            return None
        priority = self._room.matrix.get(item.priority)
        deadline = next_update_deadline(priority, item.declared_at, item.next_update_due_at)
        return countdown(deadline, self._room.now())

    def _next_update(self, item: IncidentSummary) -> str:
        due = self._countdown(item)
        if due is None:
            return "—"
        if due.state is DueState.OVERDUE:
            return self.tr("OVERDUE by {0}").format(format_span(due.overdue_by))
        return self.tr("{0} (in {1})").format(local_time(due.deadline), format_span(due.remaining))

    def _due_colour(self, item: IncidentSummary) -> str | None:
        due = self._countdown(item)
        if due is None or due.state is DueState.CALM:
            return None
        return OVERDUE if due.state is DueState.OVERDUE else SOON

    def tick(self) -> None:
        """The countdowns move with the clock, not only when something is written."""
        if self.rowCount():
            column = self.NEXT_UPDATE
            self.dataChanged.emit(self.index(0, column), self.index(self.rowCount() - 1, column))

    def reload(self) -> None:
        self._reader.supersede()
        self.set_rows(self._room.list_incidents())

    def on_events(self, events: list[EventRecord], at_once: bool = True) -> None:
        """Something was written. ``at_once`` (this seat's own write): read now; else
        (another seat's) read on a worker, so the UI thread never waits on the record."""
        if not events:
            return
        if at_once or not can_read_off_thread(self._room.store):
            self.reload()
        else:
            self._reader.ask(self._room.list_incidents)

    def _answered(self, result: object) -> None:
        # On trouble the list stays as it was; the feed says what is wrong.
        if isinstance(result, list):
            self.set_rows(result)

    def summary(self, row: int) -> IncidentSummary:
        return self.record(row)
