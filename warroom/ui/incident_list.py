"""The list of incidents on the start screen: active first, then recent."""

from __future__ import annotations

from typing import Any

from warroom.room import IncidentSummary, WarRoom
from warroom.store.repository import EventRecord
from warroom.ui.table_model import Column, RecordTableModel


class IncidentListModel(RecordTableModel[IncidentSummary]):
    PRIORITY, STATUS, TITLE, DECLARED, EVENTS = range(5)

    def __init__(self, room: WarRoom, parent: Any = None) -> None:
        self._room = room
        super().__init__(
            [
                Column(
                    self.tr("Priority"),
                    lambda i: i.priority,
                    lambda i: self._room.matrix.get(i.priority).description,
                    colour=self._badge,
                ),
                Column(
                    self.tr("Status"),
                    lambda i: (
                        self.tr(i.status.capitalize())
                        + (self.tr(" · exercise") if i.mode == "exercise" else "")
                    ),
                ),
                Column(self.tr("Incident"), lambda i: i.title, lambda i: i.impact_what),
                Column(
                    self.tr("Declared"),
                    lambda i: i.declared_at.astimezone().strftime("%Y-%m-%d %H:%M"),
                ),
                Column(self.tr("Events"), lambda i: str(i.events)),
            ],
            parent,
            bold=lambda i: i.is_active,
        )
        self.reload()

    def _badge(self, item: IncidentSummary) -> str | None:
        # Only active incidents wear their priority's colour: the eye goes to what burns.
        if not item.is_active:
            return None
        return self._room.matrix.get(item.priority).colour

    def reload(self) -> None:
        self.set_rows(self._room.list_incidents())

    def on_events(self, events: list[EventRecord]) -> None:
        if events:
            self.reload()

    def summary(self, row: int) -> IncidentSummary:
        return self.record(row)
