"""The scribe types on while the shared record's server is down.

A real PostgreSQL server is stopped under a real window: the entries are kept
on the seat, the status bar says so, and once the server is back they arrive
in order, once, and the record proves itself.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests import postgres
from warroom.core.clock import SimulatedClock
from warroom.core.vocabulary import Role
from warroom.room import WarRoom
from warroom.store.engine import Timeouts
from warroom.store.repository import Actor
from warroom.ui.main_window import MainWindow


@pytest.fixture
def pg_window(qtbot: QtBot, postgres_url: str, clock: SimulatedClock) -> Iterator[MainWindow]:
    room = WarRoom.open(
        postgres_url,
        clock=clock,
        actor=Actor("Sam Scribe", "scribe", "laptop-2"),
        timeouts=Timeouts(connect_s=2),
    )
    window = MainWindow(room)
    qtbot.addWidget(window)
    window.show()
    yield window
    window.close()
    room.close()


def type_entry(qtbot: QtBot, window: MainWindow, text: str) -> None:
    view = window.incident_view
    assert view is not None
    qtbot.keyClicks(view.scribe.entry, text)
    qtbot.keyClick(view.scribe.entry, Qt.Key.Key_Return)


def test_entries_typed_during_an_outage_arrive_when_the_server_is_back(
    qtbot: QtBot, pg_window: MainWindow, postgres_url: str
) -> None:
    incident = pg_window.room.declare("ERP down", "Blocker", impact_what="No orders")
    view = pg_window.take_seat(incident, "Sam Scribe", Role.SCRIBE)
    view.show_panel(Role.SCRIBE)
    type_entry(qtbot, pg_window, "before the outage")
    postgres.stop(postgres_url)
    try:
        type_entry(qtbot, pg_window, "d: fail over to the second data centre")
        type_entry(qtbot, pg_window, "database host unreachable from the app servers")
        assert view.scribe.entry.text() == ""  # cleared: kept, so the person types on
        assert "Kept on this seat" in view.scribe.feedback.text()
        assert pg_window.offline_text.text().startswith("Offline since")
        assert "2 entries waiting" in pg_window.offline_text.text()
        assert pg_window.offline_text.isVisible()
    finally:
        postgres.start(postgres_url)
    with qtbot.waitSignal(pg_window.offline.delivered, timeout=20_000):
        pg_window.offline.try_send()
    assert pg_window.offline_text.text() == ""
    assert not pg_window.offline_text.isVisible()  # no empty red box left behind
    entries = [
        (e.payload["entry"], e.payload["text"])
        for e in pg_window.room.store.events(incident)
        if e.kind == "entry"
    ]
    assert entries == [
        ("note", "before the outage"),
        ("decision", "fail over to the second data centre"),
        ("note", "database host unreachable from the app servers"),
    ]
    assert pg_window.room.verify(incident) is None
