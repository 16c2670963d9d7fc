"""The change feed on the Qt side: every view learns of changes here, and only here.

A seat never repaints after its own write; it reads the feed like every other
seat, so one seat on SQLite and five on PostgreSQL behave the same.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from warroom.core.errors import StorageError
from warroom.store.repository import EventRecord, Store

POLL_MS = 250
BATCH = 2000


class ChangeFeed(QObject):
    """Polls the store for events after the last one seen and announces them."""

    arrived = Signal(list)  # list[EventRecord], oldest first
    trouble = Signal(str)  # a storage problem, worded for the user; empty when it clears

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self.last_seq = store.last_seq()
        self._troubled = False
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self.poll)

    def start(self) -> None:
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def poll(self) -> list[EventRecord]:
        """Read and announce everything new; also called right after this seat writes."""
        try:
            events = self._store.events_after(self.last_seq, limit=BATCH)
        except StorageError as exc:
            if not self._troubled:
                self._troubled = True
                self.trouble.emit(exc.message)
            return []
        if self._troubled:
            self._troubled = False
            self.trouble.emit("")
        if events:
            self.last_seq = events[-1].seq
            self.arrived.emit(events)
            if len(events) == BATCH:
                QTimer.singleShot(0, self.poll)
        return events
