"""One incident as the seat sees it: a snapshot reloaded from the change feed."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import QObject, Signal

from warroom.core.diagnosis import FixFact, shotgun_warnings
from warroom.core.matrix import Priority
from warroom.core.timing import (
    Countdown,
    countdown,
    escalation_deadline,
    escalation_due,
    next_update_deadline,
)
from warroom.core.vocabulary import EventKind, FixOutcome, HypothesisStatus, Status
from warroom.room import WarRoom
from warroom.snapshot import IncidentSnapshot, load_snapshot
from warroom.store.repository import EventRecord
from warroom.ui.feed import ChangeFeed


class IncidentState(QObject):
    changed = Signal()
    events = Signal(list)  # this incident's new events, for timeline models

    def __init__(self, room: WarRoom, incident_id: int, feed: ChangeFeed) -> None:
        super().__init__(feed)
        self.room = room
        self.incident_id = incident_id
        self.snapshot: IncidentSnapshot = load_snapshot(room.store, incident_id)
        feed.arrived.connect(self._on_events)

    def _on_events(self, events: Sequence[EventRecord]) -> None:
        mine = [e for e in events if e.incident_id == self.incident_id]
        if not mine:
            return
        clock = self.room.clock
        for event in mine:
            if event.kind == EventKind.EXERCISE_CLOCK and hasattr(clock, "follow"):
                from warroom.exercise.clock import ClockAnchor

                clock.follow(ClockAnchor.from_payload(event.payload))
        self.snapshot = load_snapshot(self.room.store, self.incident_id)
        self.events.emit(mine)
        self.changed.emit()

    # -- derived state, always from the snapshot and the injected clock ------

    @property
    def priority(self) -> Priority:
        return self.room.matrix.get(self.snapshot.priority)

    @property
    def is_active(self) -> bool:
        return Status(self.snapshot.status).is_active

    def now(self) -> datetime:
        return self.room.now()

    def update_countdown(self) -> Countdown | None:
        """Time to the next promised update; None once nothing more is owed."""
        s = self.snapshot
        if not self.is_active:
            return None
        deadline = next_update_deadline(self.priority, s.declared_at, s.next_update_due_at)
        return countdown(deadline, self.now())

    def escalation_deadline(self) -> datetime | None:
        return escalation_deadline(self.priority, self.snapshot.started_at)

    def escalation_due(self) -> bool:
        s = self.snapshot
        return (
            self.is_active
            and s.escalated_at is None
            and escalation_due(self.priority, s.started_at, self.now())
        )

    def shotgun_warnings(self) -> list[str]:
        s = self.snapshot
        facts = [
            FixFact(f.hypothesis_uid is not None, f.outcome == FixOutcome.FAILED) for f in s.fixes
        ]
        confirmed = sum(1 for h in s.hypotheses if h.status == HypothesisStatus.CONFIRMED)
        return shotgun_warnings(facts, confirmed)

    def leading_hypothesis(self) -> str:
        return self.snapshot.leading_hypothesis()
