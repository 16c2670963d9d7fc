"""The change feed on the Qt side: every view learns of changes here, and only here.

A seat never repaints after its own write; it reads the feed like every other
seat, so one seat on SQLite and five on PostgreSQL behave the same.

The waiting and the reading happen on a worker thread: it sleeps on the
store's listener (PostgreSQL's LISTEN/NOTIFY, SQLite's change counter), reads
every event after the last one it has, and hands them to the UI thread, which
never waits on the network. After any gap (a missed notification, a dropped
connection, the server restarted) the read by sequence number catches up.
``poll`` stays for the seat's own writes: it reads at once, so the person sees
what they just did without waiting for the round trip; while it announces,
``immediate`` is true and the views read the incident at once too (the seat
has just waited on the record for its write anyway). What the watcher brings,
another seat's writes, the views read on a worker (see ``IncidentState``).
"""

from __future__ import annotations

import threading
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThread, QTimer, Signal

from warroom.core.errors import StorageError
from warroom.room.reading import GONE_AFTER, HEARTBEAT
from warroom.store.live import Listener, listener_for
from warroom.store.repository import EventRecord, Store

if TYPE_CHECKING:
    from warroom.ui.offline import OfflineEntries

BATCH = 2000
HEARTBEAT_S = HEARTBEAT.total_seconds()
# The longest a seat goes without reading, whatever the listener says.
CATCH_UP_S = 1.0


class _Watcher(QThread):
    """Waits for writes and reads them, off the UI thread; says this seat is here."""

    fetched = Signal(list)  # list[EventRecord]
    trouble = Signal(str)
    present = Signal(list)  # list[Presence]

    def __init__(self, store: Store, after: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._after = after
        self._stop = threading.Event()
        self._listener: Listener | None = None
        self._seat: tuple[str, str, str, int | None] | None = None
        self._last_beat = 0.0

    def sit(self, seat: str, person: str, role: str, incident_id: int | None) -> None:
        self._seat = (seat, person, role, incident_id)
        self._last_beat = 0.0  # say so at once

    def _beat(self) -> None:
        seat = self._seat
        if seat is None or time.monotonic() - self._last_beat < HEARTBEAT_S:
            return
        self._last_beat = time.monotonic()
        try:
            self._store.heartbeat(*seat)
            self.present.emit(self._store.present(seat[3], GONE_AFTER))
        except StorageError:
            pass  # the feed's own read says what is wrong

    def run(self) -> None:
        self._listener = listener_for(self._store.engine)
        troubled = False
        try:
            first = True
            while not self._stop.is_set():
                self._beat()
                # The first read catches up on what was written before the watcher began.
                if not first:
                    self._listener.wait(CATCH_UP_S)
                    if self._stop.is_set():
                        break
                first = False
                try:
                    events = self._store.events_after(self._after, limit=BATCH)
                except StorageError as exc:
                    if not troubled:
                        troubled = True
                        self.trouble.emit(exc.message)
                    continue
                if troubled:
                    troubled = False
                    self.trouble.emit("")
                while events:
                    self._after = events[-1].seq
                    self.fetched.emit(events)
                    if len(events) < BATCH or self._stop.is_set():
                        break
                    events = self._store.events_after(self._after, limit=BATCH)
        finally:
            self._listener.release()

    def stop(self) -> None:
        self._stop.set()
        if self._listener is not None:
            self._listener.close()


class ChangeFeed(QObject):
    """Announces every event after the last one this seat has seen, in order, once."""

    arrived = Signal(list)  # list[EventRecord], oldest first
    trouble = Signal(str)  # a storage problem, worded for the user; empty when it clears
    present = Signal(list)  # list[Presence]: who is in the room now

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self.last_seq = store.last_seq()
        self._troubled = False
        self._watcher: _Watcher | None = None
        self._stopped = False
        self._seat: tuple[str, str, str, int | None] | None = None
        # True while ``poll`` announces: the seat asked to see it at once.
        self.immediate = False
        # The other direction: entries kept while the record is out of reach (set by
        # the window that owns this feed).
        self.offline: OfflineEntries | None = None

    def start(self) -> None:
        # A start asked for before the window closed may arrive after it: ignore it.
        if self._watcher is None and not self._stopped:
            self._watcher = _Watcher(self._store, self.last_seq, self)
            self._watcher.fetched.connect(self._deliver)
            self._watcher.trouble.connect(self._report)
            self._watcher.present.connect(self.present)
            if self._seat is not None:
                self._watcher.sit(*self._seat)
            self._watcher.start()

    def sit(self, seat: str, person: str, role: str, incident_id: int | None) -> None:
        """Who sits at this seat now, for the others' list of who is in the room."""
        self._seat = (seat, person, role, incident_id)
        if self._watcher is not None:
            self._watcher.sit(*self._seat)

    def stop(self) -> None:
        """For good: the window that owns this feed is closing."""
        self._stopped = True
        if self._watcher is not None:
            self._watcher.stop()
            self._watcher.wait()
            self._watcher = None

    @property
    def healthy(self) -> bool:
        """No storage trouble reported: the record answered last time it was asked."""
        return not self._troubled

    @property
    def live(self) -> bool:
        return self._watcher is not None and self._watcher.isRunning()

    def poll(self) -> list[EventRecord]:
        """Read and announce everything new at once: right after this seat writes."""
        try:
            events = self._store.events_after(self.last_seq, limit=BATCH)
        except StorageError as exc:
            self._report(exc.message)
            return []
        self._report("")
        self.immediate = True
        try:
            self._deliver(events)
        finally:
            self.immediate = False
        if len(events) == BATCH:
            QTimer.singleShot(0, self.poll)
        return events

    def _deliver(self, events: list[EventRecord]) -> None:
        # The watcher and ``poll`` may both have read an event; each is announced once.
        fresh = [e for e in events if e.seq > self.last_seq]
        if fresh:
            self.last_seq = fresh[-1].seq
            self.arrived.emit(fresh)

    def _report(self, message: str) -> None:
        if bool(message) != self._troubled:
            self._troubled = bool(message)
            self.trouble.emit(message)
