"""A write that waits for the record (another process holds it) never freezes the window.

The other writer is real: a second connection holding the SQLite file's write
lock, or a PostgreSQL transaction holding the room's write lock as a stalled
seat would. While the seat waits, the window says so and keeps running its
timers; when the other lets go, the entry is in the record once.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from contextlib import ExitStack
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from warroom.core.clock import SimulatedClock
from warroom.core.vocabulary import Role
from warroom.room import WarRoom
from warroom.store.repository import Actor
from warroom.ui.incident_view import IncidentView
from warroom.ui.main_window import MainWindow
from warroom.ui.writing import WaitingForRecord


def _type_entry_while_held(
    qtbot: QtBot, view: IncidentView, text: str, release: Callable[[], object]
) -> dict[str, object]:
    """Type an entry while another writer holds the record; let go once the seat shows
    that it waits and its timers have run a few times meanwhile."""
    seen: dict[str, object] = {"ticks": 0, "label": "", "released": False}
    ticks = QTimer()
    ticks.setInterval(5)

    def tick() -> None:
        seen["ticks"] = int(str(seen["ticks"])) + 1
        waiting = QApplication.activeModalWidget()
        if isinstance(waiting, WaitingForRecord) and not seen["released"]:
            seen["label"] = waiting.labelText()
            seen.setdefault("ticks_when_shown", seen["ticks"])
            if int(str(seen["ticks"])) - int(str(seen["ticks_when_shown"])) >= 3:
                seen["released"] = True
                release()

    ticks.timeout.connect(tick)
    ticks.start()
    view.show_panel(Role.SCRIBE)
    view.scribe.entry.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view.scribe.entry)
    qtbot.keyClicks(view.scribe.entry, text)
    qtbot.keyClick(view.scribe.entry, Qt.Key.Key_Return)  # returns once the write is over
    ticks.stop()
    return seen


def test_a_write_waiting_for_the_sqlite_file_keeps_the_window_alive(
    qtbot: QtBot, seated: IncidentView, window: MainWindow, db_path: Path, incident: int
) -> None:
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another process in the middle of a write
    try:
        seen = _type_entry_while_held(
            qtbot, seated, "failover started", lambda: other.execute("ROLLBACK")
        )
    finally:
        other.close()
    assert seen["released"], "the seat never showed that it was waiting"
    assert "waiting for the record" in str(seen["label"])
    assert int(str(seen["ticks"])) >= 4  # the window's timers ran while the write waited
    assert QApplication.activeModalWidget() is None
    # Typing goes on where it was (the window is active again a moment later).
    qtbot.waitUntil(lambda: QApplication.focusWidget() is seated.scribe.entry)
    assert seated.scribe.entry.text() == ""
    texts = [e.payload.get("text") for e in window.room.store.events(incident)]
    assert texts.count("failover started") == 1


def test_a_write_waiting_for_a_stalled_seat_on_postgresql_keeps_the_window_alive(
    qtbot: QtBot, postgres_url: str, clock: SimulatedClock
) -> None:
    room = WarRoom.open(postgres_url, clock=clock, actor=Actor("Sam Scribe", "scribe", "laptop-2"))
    window = MainWindow(room)
    qtbot.addWidget(window)
    window.show()
    try:
        incident = room.declare("ERP down", "Blocker", impact_what="No orders")
        view = window.take_seat(incident, "Sam Scribe", Role.SCRIBE)
        other = WarRoom.open(postgres_url, clock=clock, actor=Actor("Lid Closed", "", "laptop-7"))
        holding = ExitStack()
        # A seat stopped in the middle of its write holds the room's write lock.
        tx = holding.enter_context(other.store.write())
        tx.session.connection()  # the lock is taken as the transaction begins
        tx.abandon()  # it will end without an event, as a stalled seat's write never ends
        try:
            seen = _type_entry_while_held(qtbot, view, "customers told", holding.close)
        finally:
            holding.close()
            other.close()
        assert seen["released"] and "waiting for the record" in str(seen["label"])
        texts = [e.payload.get("text") for e in room.store.events(incident)]
        assert texts.count("customers told") == 1
        assert room.verify(incident) is None
    finally:
        window.close()
        room.close()
