"""One incident as the seat sees it: a snapshot reloaded from the change feed.

When another seat writes, the feed's worker brings the events, and the snapshot
is read on a worker too: the UI thread never waits on the network. Reads answer
in any order; one older than the snapshot shown is dropped, so the views only
ever move forward, and the events are announced with the snapshot that holds
them. The seat's own writes (the feed's ``poll``) are read at once: the person
sees what they just did, and the write itself already waited on the record.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from warroom.core.diagnosis import FixFact, shotgun_warnings
from warroom.core.errors import UserError
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
from warroom.store.repository import EventRecord, Store
from warroom.ui.feed import ChangeFeed
from warroom.ui.work import can_read_off_thread


class _Signals(QObject):
    # the feed's sequence number the read was asked for; the snapshot, or a UserError
    loaded = Signal(int, object)


class _Load(QRunnable):
    def __init__(self, store: Store, incident_id: int, seq: int, signals: _Signals) -> None:
        super().__init__()
        self.store, self.incident_id, self.seq, self.signals = store, incident_id, seq, signals

    def run(self) -> None:
        try:
            result: object = load_snapshot(self.store, self.incident_id)
        except UserError as exc:
            result = exc
        except Exception as exc:  # a bug must not take the room down
            from warroom.crash import write_crash_log

            write_crash_log(type(exc), exc, exc.__traceback__)
            result = UserError("the incident could not be read")
        # Emitted from the worker; Qt queues it to the UI thread.
        self.signals.loaded.emit(self.seq, result)


class IncidentState(QObject):
    changed = Signal()
    events = Signal(list)  # this incident's new events, for timeline models

    def __init__(self, room: WarRoom, incident_id: int, feed: ChangeFeed) -> None:
        super().__init__(feed)
        self.room = room
        self.incident_id = incident_id
        self._feed = feed
        self.snapshot: IncidentSnapshot = load_snapshot(room.store, incident_id)
        # The feed's sequence number the snapshot shown holds everything up to, the
        # newest one a read was asked for, and the events not yet announced.
        self.shown_seq = feed.last_seq
        self._wanted_seq = feed.last_seq
        self._held: list[EventRecord] = []
        self._loading = False
        self._off_thread = can_read_off_thread(room.store)
        # Not a child of this object: a read still running when the view goes away
        # keeps its signal object alive, and Qt drops the connection to the receiver.
        self._signals = _Signals()
        self._signals.loaded.connect(self._loaded)
        feed.arrived.connect(self._on_events)

    @property
    def loading(self) -> bool:
        """A read of the snapshot is under way (or another is wanted after it)."""
        return self._loading or self._wanted_seq > self.shown_seq

    def _watched(self) -> bool:
        """Whether anything still shows this incident (a view, a wall display)."""
        meta = self.metaObject()
        # By signature: PySide's methodOffset() counts the slots it added, not the signals.
        indexes = [meta.indexOfSignal(s) for s in ("changed()", "events(QVariantList)")]
        # A signal not found (renamed) counts as watched: better a read too many than none.
        return any(i < 0 or self.isSignalConnected(meta.method(i)) for i in indexes)

    def _on_events(self, events: Sequence[EventRecord]) -> None:
        mine = [e for e in events if e.incident_id == self.incident_id]
        if not mine:
            return
        if not self._watched():
            # Its view is gone (the seat opened another incident): read nothing more for it.
            self._feed.arrived.disconnect(self._on_events)
            return
        clock = self.room.clock
        for event in mine:
            if event.kind == EventKind.EXERCISE_CLOCK and hasattr(clock, "follow"):
                from warroom.exercise.clock import ClockAnchor

                clock.follow(ClockAnchor.from_payload(event.payload))
        self._held += mine
        seq = mine[-1].seq
        self._wanted_seq = max(self._wanted_seq, seq)
        if self._feed.immediate or not self._off_thread:
            self._show(seq, load_snapshot(self.room.store, self.incident_id))
        else:
            self._read()

    def _read(self) -> None:
        # One read at a time, for the newest sequence wanted when it starts; what
        # arrives meanwhile is read by the next one (never a queue of stale reads).
        if self._loading or self._wanted_seq <= self.shown_seq:
            return
        self._loading = True
        runnable = _Load(self.room.store, self.incident_id, self._wanted_seq, self._signals)
        QThreadPool.globalInstance().start(runnable)

    def _loaded(self, seq: int, result: object) -> None:
        self._loading = False
        if isinstance(result, IncidentSnapshot):
            self._show(seq, result)
        # On trouble the snapshot stays as it was (the feed says what is wrong); the
        # next event asks again.
        if not isinstance(result, UserError):
            self._read()

    def _show(self, seq: int, snapshot: IncidentSnapshot) -> None:
        if seq <= self.shown_seq:
            return  # read before a newer snapshot was shown: never step back
        self.snapshot, self.shown_seq = snapshot, seq
        announced = [e for e in self._held if e.seq <= seq]
        self._held = [e for e in self._held if e.seq > seq]
        if announced:
            self.events.emit(announced)
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
