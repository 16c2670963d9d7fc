"""A seat's outbox: what the scribe typed while the shared record was out of reach.

A small SQLite file of the seat's own (WAL, ``synchronous=FULL``, like the
record), so an entry typed during an outage survives a crash of the seat too.
Entries leave in the order they were typed, each with an id made by the seat,
so that sending one twice (the answer to the first send was lost) writes it
once. Nothing here knows the record: ``WarRoom.deliver_outbox`` sends.
"""

from __future__ import annotations

import sqlite3
import threading
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from warroom.core.clock import utc
from warroom.core.errors import StorageError
from warroom.core.i18n import _

_SCHEMA = """
CREATE TABLE IF NOT EXISTS pending (
    position INTEGER PRIMARY KEY AUTOINCREMENT,
    client_id TEXT NOT NULL UNIQUE,
    incident_uid TEXT NOT NULL,
    entry TEXT NOT NULL,
    text TEXT NOT NULL,
    typed_at TEXT NOT NULL
)
"""


@dataclass(frozen=True)
class PendingEntry:
    client_id: str
    incident_uid: str
    entry: str
    text: str
    typed_at: datetime


class Outbox:
    def __init__(self, path: Path) -> None:
        self.path = path
        # One connection shared by the UI thread (keeping) and a worker (sending).
        self._lock = threading.Lock()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
            self._conn.execute("PRAGMA journal_mode = WAL")
            self._conn.execute("PRAGMA synchronous = FULL")
            self._conn.execute(_SCHEMA)
        except (OSError, sqlite3.Error) as exc:
            raise StorageError(
                _("this seat cannot keep entries while offline: {path} ({reason})").format(
                    path=path, reason=exc
                ),
                hint=_("free some disk space or check the folder's permissions"),
            ) from None

    def add(self, incident_uid: str, entry: str, text: str, typed_at: datetime) -> PendingEntry:
        pending = PendingEntry(str(uuid.uuid4()), incident_uid, entry, text, utc(typed_at))
        try:
            with self._lock:
                self._conn.execute(
                    "INSERT INTO pending (client_id, incident_uid, entry, text, typed_at)"
                    " VALUES (?, ?, ?, ?, ?)",
                    (
                        pending.client_id,
                        incident_uid,
                        entry,
                        text,
                        pending.typed_at.isoformat(timespec="microseconds"),
                    ),
                )
        except sqlite3.Error as exc:
            raise StorageError(
                _("the entry could not be kept on this seat either ({reason})").format(reason=exc),
                hint=_("copy what you typed somewhere safe; free some disk space"),
            ) from None
        return pending

    def pending(self) -> list[PendingEntry]:
        with self._lock:
            rows = self._conn.execute(
                "SELECT client_id, incident_uid, entry, text, typed_at FROM pending"
                " ORDER BY position"
            ).fetchall()
        return [
            PendingEntry(cid, uid, entry, text, datetime.fromisoformat(at))
            for cid, uid, entry, text, at in rows
        ]

    def remove(self, client_id: str) -> None:
        with self._lock:
            self._conn.execute("DELETE FROM pending WHERE client_id = ?", (client_id,))

    def __len__(self) -> int:
        with self._lock:
            return int(self._conn.execute("SELECT count(*) FROM pending").fetchone()[0])

    def close(self) -> None:
        with self._lock:
            self._conn.close()
