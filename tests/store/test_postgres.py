"""Several seats on one PostgreSQL database: the same code as SQLite, under real concurrency."""

from __future__ import annotations

import threading
from datetime import timedelta
from typing import Any

from sqlalchemy.event import listen

from warroom import exchange
from warroom.core.clock import SimulatedClock, SystemClock
from warroom.core.vocabulary import EntryKind, Role
from warroom.demo import create_demo_incident
from warroom.room import WarRoom
from warroom.store.repository import Actor

from ..conftest import T0

SEATS = 5
ENTRIES = 40


def test_entries_of_a_kind_on_postgresql_come_through_the_index(
    postgres_url: str, clock: SimulatedClock
) -> None:
    room = WarRoom.open(postgres_url, clock=clock, actor=Actor("Dana Lead", "lead", "pg-1"))
    try:
        incident = room.declare("ERP down", "Blocker", impact_what="Cannot release orders")
        kinds = [EntryKind.NOTE, EntryKind.DECISION, EntryKind.ACTION, EntryKind.QUESTION]
        for n in range(20):
            room.log(incident, f"line {n}", kinds[n % 4])
        every = room.store.events(incident)
        for kind in ("decision", "action"):
            expected = [e.number for e in every if e.payload.get("entry") == kind]
            found = room.store.event_numbers(incident, kinds=["entry"], entry_kinds=[kind])
            assert list(found) == expected
        said: list[tuple[str, Any]] = []
        listen(room.store.engine, "before_cursor_execute", lambda *a: said.append((a[2], a[3])))
        room.store.event_numbers(incident, kinds=["entry"], entry_kinds=["decision"])
        ((query, parameters),) = [q for q in said if "->> 'entry'" in q[0]]
        with room.store.engine.connect() as conn:
            # A table this small is read whole by choice; what counts is that the index
            # can answer the query as the store words it.
            conn.exec_driver_sql("SET enable_seqscan = off")
            plan = " ".join(
                str(row[0]) for row in conn.exec_driver_sql("EXPLAIN " + query, parameters)
            )
        assert "ix_timeline_event_entry" in plan
    finally:
        room.close()


def test_the_record_on_postgresql(postgres_url: str, clock: SimulatedClock) -> None:
    room = WarRoom.open(postgres_url, clock=clock, actor=Actor("Dana Lead", "lead", "pg-1"))
    try:
        incident = room.declare("ERP down", "Blocker", impact_what="Cannot release orders")
        clock.advance(timedelta(microseconds=123_457))  # microseconds survive timestamptz
        room.log(incident, "Größe: 100 % — ログ満杯", EntryKind.DECISION)
        assert room.verify(incident) is None
        assert list(room.store.event_numbers(incident, entry_kinds=["decision"])) == [2]
        assert list(room.store.event_numbers(incident, text="ログ満杯")) == [2]
        assert room.store.events(incident)[-1].at == clock.now()
    finally:
        room.close()


def test_five_seats_writing_at_once_keep_one_gap_free_chain(postgres_url: str) -> None:
    """Concurrent writers on PostgreSQL: numbers gap-free, sequence order is commit order."""
    first = WarRoom.open(postgres_url, clock=SystemClock())
    incident = first.declare("Billing down", "Critical", impact_what="No invoices")
    watermark = first.store.last_seq()
    errors: list[BaseException] = []

    def seat(n: int) -> None:
        try:
            room = WarRoom(first.store, first.matrix, Actor(f"Seat {n}", "scribe", f"pg-{n}"))
            for k in range(ENTRIES):
                room.log(incident, f"seat {n} entry {k}")
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    # Separate engines would be more separate still; one pool with several
    # connections already gives real concurrent transactions.
    threads = [threading.Thread(target=seat, args=(n,)) for n in range(SEATS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    try:
        assert errors == []
        events = first.store.events(incident)
        assert [e.number for e in events] == list(range(1, SEATS * ENTRIES + 2))
        assert first.verify(incident) is None
        feed = first.store.events_after(watermark)
        assert len(feed) == SEATS * ENTRIES
        assert [e.seq for e in feed] == sorted(e.seq for e in feed)
        # a reader that follows the feed sees events in chain order
        assert [e.number for e in feed] == sorted(e.number for e in feed)
    finally:
        first.close()


def test_a_second_seat_sees_the_first_through_the_feed(postgres_url: str) -> None:
    lead = WarRoom.open(postgres_url, actor=Actor("Dana Lead", "lead", "pg-1"))
    scribe = WarRoom.open(postgres_url, actor=Actor("Sam Scribe", "scribe", "pg-2"))
    try:
        seen = scribe.store.last_seq()
        incident = lead.declare(
            "Warehouse server crashes", "Critical", impact_what="Manual picking"
        )
        lead.assign_role(incident, Role.SCRIBE, "Sam Scribe")
        scribe.log(incident, "Crash again at 03:12")
        kinds = [e.kind for e in scribe.store.events_after(seen)]
        assert kinds == ["incident.declared", "role.assigned", "entry"]
    finally:
        lead.close()
        scribe.close()


def test_export_from_sqlite_imports_into_postgresql(
    room: WarRoom, postgres_url: str, clock: SimulatedClock
) -> None:
    demo = create_demo_incident(room, now=T0)
    document = exchange.export_incident(room.store, demo)
    target = WarRoom.open(postgres_url, clock=clock)
    try:
        new_id = exchange.import_incident(
            target.store, exchange.load_document(exchange.dumps(document).encode())
        )
        assert target.verify(new_id) is None
        again = exchange.export_incident(target.store, new_id)
    finally:
        target.close()
    for doc in (document, again):
        doc["incident"].pop("id")
        doc.pop("exported_at")
    assert again == document


def test_two_windows_on_postgresql_are_two_seats(qtbot: object, postgres_url: str) -> None:
    from PySide6.QtCore import Qt
    from pytestqt.qtbot import QtBot

    from warroom.ui.main_window import MainWindow
    from warroom.ui.timeline_model import TimelineModel

    assert isinstance(qtbot, QtBot)
    lead_room = WarRoom.open(postgres_url, actor=Actor("Dana Lead", "", "pg-1"))
    scribe_room = WarRoom.open(postgres_url, actor=Actor("Sam Scribe", "", "pg-2"))
    incident = lead_room.declare("ERP down", "Blocker", impact_what="Line stopped")
    lead_window, scribe_window = MainWindow(lead_room), MainWindow(scribe_room)
    try:
        for window in (lead_window, scribe_window):
            qtbot.addWidget(window)
            window.show()
        lead = lead_window.take_seat(incident, "Dana Lead", Role.LEAD)
        scribe = scribe_window.take_seat(incident, "Sam Scribe", Role.SCRIBE)
        qtbot.keyClicks(scribe.scribe.entry, "d: fail over to the standby database")
        qtbot.keyClick(scribe.scribe.entry, Qt.Key.Key_Return)
        lead_window.feed.poll()
        decisions = lead.lead.decisions.model
        assert decisions.data(decisions.index(0, TimelineModel.WHAT)) == (
            "fail over to the standby database"
        )
        assert lead.state.snapshot.holders("scribe") == ["Sam Scribe"]
    finally:
        lead_window.close()
        scribe_window.close()
        lead_room.close()
        scribe_room.close()
