"""Knowing at once that another seat wrote: the wake-up behind the change feed.

On PostgreSQL every write transaction sends ``NOTIFY warroom_events`` with its
sequence number (delivered when it commits); a seat keeps one connection that
``LISTEN``s, so it hears of a write within milliseconds instead of asking the
database four times a second. On SQLite a seat asks the file's own change
counter (``PRAGMA data_version``), which costs no read of any table.

``Listener.wait`` blocks a worker thread, never the UI thread. It returns when
something may have changed (or when ``timeout`` passes, so a dropped
connection or a missed notification is caught up by sequence number anyway:
the feed always reads "every event after the last one I have").
"""

from __future__ import annotations

import contextlib
import os
import select
import sqlite3
import threading
from typing import Any, Protocol

from sqlalchemy import Engine

from warroom.store.engine import sqlite_path

CHANNEL = "warroom_events"
# How often a SQLite seat looks at the file's change counter.
SQLITE_CHECK_S = 0.02


class Listener(Protocol):
    def wait(self, timeout: float) -> bool:
        """True when another write may have happened since the last call."""

    def close(self) -> None:
        """Wake a wait in progress and stop; safe to call from another thread."""

    def release(self) -> None:
        """Free what the listener holds; called by the thread that waited."""


def listener_for(engine: Engine) -> Listener:
    path = sqlite_path(str(engine.url))
    if engine.dialect.name == "postgresql":
        return PostgresListener(engine)
    if path is not None:
        return SqliteListener(str(path))
    return _NeverListener()


class PostgresListener:
    """One LISTEN connection; reconnects on the next wait after it drops."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._conn: Any = None
        # Written to by ``close`` so that a wait in progress returns at once.
        self._wake_r, self._wake_w = os.pipe()
        self._closed = threading.Event()

    def _connect(self) -> Any:
        import psycopg

        url = self._engine.url
        params: dict[str, Any] = {
            "host": url.host or "",
            "port": url.port or 5432,
            "user": url.username or "",
            "dbname": url.database or "",
            "connect_timeout": 5,
            "autocommit": True,
            "application_name": "warroom feed",
        }
        if url.password:
            params["password"] = url.password
        conn = psycopg.connect(**{k: v for k, v in params.items() if v != ""})
        conn.execute(f"LISTEN {CHANNEL}")
        return conn

    def wait(self, timeout: float) -> bool:
        if self._closed.is_set():
            return False
        try:
            if self._conn is None or self._conn.closed:
                self._conn = self._connect()
                return True  # (re)connected: catch up by sequence number
            ready, _, _ = select.select([self._conn.fileno(), self._wake_r], [], [], timeout)
            if self._conn.fileno() in ready:
                list(self._conn.notifies(timeout=0))  # consume them; the feed reads by seq
                return True
            return False
        except Exception:
            # Any trouble (server restarted, network gone): drop the connection; the
            # feed reads by sequence number, so nothing is missed when it is back.
            self._drop()
            return not self._closed.is_set()

    def _drop(self) -> None:
        if self._conn is not None:
            with contextlib.suppress(Exception):  # closing a broken connection
                self._conn.close()
        self._conn = None

    def close(self) -> None:
        """Called from another thread: wake the wait; the connection closes with it."""
        if not self._closed.is_set():
            self._closed.set()
            os.write(self._wake_w, b"x")

    def release(self) -> None:
        """Called by the waiting thread once it is done."""
        self._drop()
        for fd in (self._wake_r, self._wake_w):
            with contextlib.suppress(OSError):
                os.close(fd)


class SqliteListener:
    """Watches the file's change counter on a connection of its own."""

    def __init__(self, path: str) -> None:
        self._path = path
        self._conn: sqlite3.Connection | None = None
        self._seen: int | None = None
        self._stop = threading.Event()

    def _version(self) -> int:
        if self._conn is None:
            self._conn = sqlite3.connect(self._path, check_same_thread=False, timeout=1)
        return int(self._conn.execute("PRAGMA data_version").fetchone()[0])

    def wait(self, timeout: float) -> bool:
        waited = 0.0
        while waited < timeout and not self._stop.is_set():
            try:
                version = self._version()
            except sqlite3.Error:
                return True  # let the feed's own read say what is wrong
            if self._seen is None or version != self._seen:
                first = self._seen is None
                self._seen = version
                if not first:
                    return True
            self._stop.wait(SQLITE_CHECK_S)
            waited += SQLITE_CHECK_S
        return False

    def close(self) -> None:
        self._stop.set()

    def release(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None


class _NeverListener:
    def __init__(self) -> None:
        self._stop = threading.Event()

    def wait(self, timeout: float) -> bool:
        return not self._stop.wait(timeout)

    def close(self) -> None:
        self._stop.set()

    def release(self) -> None:
        pass
