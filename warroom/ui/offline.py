"""Typing on while the shared record is out of reach.

When a scribe's entry cannot reach the record (the server is down, the
network gone), the seat keeps it in its own durable outbox, says so, and
clears the field so the person can type on. A worker tries to send what is
kept every few seconds, oldest first, each entry once; the status bar says
"offline since 14:02 UTC, 3 entries waiting" until everything has arrived.
"""

from __future__ import annotations

import hashlib
import threading
from datetime import UTC, datetime

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

from warroom.core.errors import UserError
from warroom.core.redact import redact
from warroom.room import WarRoom
from warroom.store.outbox import Outbox

RETRY_MS = 5000


def outbox_path_for(room: WarRoom) -> str:
    """One outbox per seat per record, under the user data folder."""
    from platformdirs import user_data_path

    name = hashlib.sha256(redact(room.store.url).encode()).hexdigest()[:16]
    return str(user_data_path("warroom", appauthor=False) / "outbox" / f"{name}.sqlite3")


class _Send(QRunnable):
    def __init__(self, keeper: OfflineEntries) -> None:
        super().__init__()
        self._keeper = keeper

    def run(self) -> None:
        self._keeper._send()


class OfflineEntries(QObject):
    """The seat's outbox as the window sees it."""

    changed = Signal(str)  # the status text; empty when nothing waits
    delivered = Signal(int)  # how many kept entries just reached the record

    def __init__(self, room: WarRoom, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._room = room
        self._outbox: Outbox | None = None
        self._sending = threading.Lock()
        self._closed = False
        self.since: datetime | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(RETRY_MS)
        self._timer.timeout.connect(self.try_send)
        self.delivered.connect(self._after_delivery)

    @property
    def outbox(self) -> Outbox:
        if self._outbox is None:
            from pathlib import Path

            self._outbox = Outbox(Path(outbox_path_for(self._room)))
        return self._outbox

    def waiting(self) -> int:
        return 0 if self._outbox is None else len(self._outbox)

    def keep(self, incident_uid: str, entry: str, text: str) -> None:
        """Keep an entry the record could not take; say so at once."""
        self.outbox.add(incident_uid, entry, text, self._room.now())
        if self.since is None:
            self.since = self._room.now()
        self._timer.start()
        self._announce()

    def resume(self) -> None:
        """At start: entries kept by an earlier run of this seat are sent too."""
        if self._closed:
            return  # asked for at start, arriving after the window closed
        if self.waiting() or self._outbox_file_has_entries():
            self._timer.start()
            self._announce()
            self.try_send()

    def _outbox_file_has_entries(self) -> bool:
        from pathlib import Path

        if not Path(outbox_path_for(self._room)).exists():
            return False
        return len(self.outbox) > 0

    def try_send(self) -> None:
        if not self._closed and self.waiting():
            QThreadPool.globalInstance().start(_Send(self))

    def _send(self) -> None:
        # Off the UI thread; one send at a time keeps the order of the entries.
        if not self._sending.acquire(blocking=False):
            return
        try:
            sent = self._room.deliver_outbox(self.outbox)
        except UserError:
            return  # still out of reach: kept, and tried again later
        finally:
            self._sending.release()
        self.delivered.emit(sent)

    def _after_delivery(self, sent: int) -> None:
        if not self.waiting():
            self.since = None
            self._timer.stop()
        self._announce()

    def _announce(self) -> None:
        count = self.waiting()
        if not count or self.since is None:
            self.changed.emit("")
            return
        since = self.since.astimezone(UTC).strftime("%H:%M UTC")
        text = self.tr(
            "Offline since %1: %n entries waiting, sent when the record is back", "", count
        )
        self.changed.emit(text.replace("%1", since))

    def close(self) -> None:
        self._closed = True
        self._timer.stop()
        QThreadPool.globalInstance().waitForDone(10_000)
        if self._outbox is not None:
            self._outbox.close()
            self._outbox = None
