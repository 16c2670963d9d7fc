"""The server stops in the middle of typing: nothing is lost, nothing doubled, order kept.

A real PostgreSQL server is stopped while the scribe keeps typing; the seat
keeps the entries in its durable outbox, and when the server is back they are
chained in the order typed, each once, with the time it was typed.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from tests import postgres
from warroom.core.clock import SimulatedClock
from warroom.core.errors import RecordUnreachable
from warroom.room import WarRoom
from warroom.store.engine import Timeouts
from warroom.store.outbox import Outbox
from warroom.store.repository import Actor


def type_entry(room: WarRoom, outbox: Outbox, incident: int, uid: str, text: str) -> str:
    """What the scribe's panel does: write, or keep it when the record is out of reach."""
    try:
        room.log(incident, text)
        return "written"
    except RecordUnreachable:
        outbox.add(uid, "note", text, room.now())
        return "kept"


def test_entries_typed_while_the_server_is_down_arrive_in_order_once(
    postgres_url: str, tmp_path: Path, clock: SimulatedClock
) -> None:
    room = WarRoom.open(
        postgres_url,
        clock=clock,
        actor=Actor("Sam Scribe", "scribe", "seat-3"),
        timeouts=Timeouts(connect_s=2),
    )
    outbox = Outbox(tmp_path / "outbox.sqlite3")
    try:
        incident = room.declare("ERP down", "Blocker", impact_what="No orders")
        uid = room.incident(incident).uid
        assert type_entry(room, outbox, incident, uid, "before the outage") == "written"
        postgres.stop(postgres_url)
        try:
            kept = []
            for n in range(3):
                clock.advance(timedelta(minutes=1))
                kept.append(type_entry(room, outbox, incident, uid, f"typed offline {n}"))
            assert kept == ["kept", "kept", "kept"]
            assert len(outbox) == 3
            with pytest.raises(RecordUnreachable):
                room.deliver_outbox(outbox)  # still down: everything stays kept
            assert len(outbox) == 3
        finally:
            postgres.start(postgres_url)
        clock.advance(timedelta(minutes=5))
        assert room.deliver_outbox(outbox) == 3
        assert len(outbox) == 0
        entries = [e for e in room.store.events(incident) if e.kind == "entry"]
        assert [e.payload["text"] for e in entries] == [
            "before the outage",
            "typed offline 0",
            "typed offline 1",
            "typed offline 2",
        ]
        typed = [str(e.payload.get("typed_at", "")) for e in entries[1:]]
        assert typed == sorted(typed) and all(typed)
        assert all(e.at > clock.now() - timedelta(seconds=1) for e in entries[1:])  # on arrival
        assert room.verify(incident) is None
    finally:
        outbox.close()
        room.close()


def test_an_entry_sent_twice_is_written_once(room: WarRoom, incident: int, tmp_path: Path) -> None:
    outbox = Outbox(tmp_path / "outbox.sqlite3")
    try:
        uid = room.incident(incident).uid
        pending = outbox.add(uid, "decision", "fail over to Frankfurt", room.now())
        # The first send reached the record, but the answer was lost before the
        # outbox could forget the entry: the next try must not write it again.
        first = room.deliver_entry(
            incident,
            pending.text,
            pending.entry,
            client_id=pending.client_id,
            typed_at=pending.typed_at,
        )
        assert first is not None
        assert room.deliver_outbox(outbox) == 0
        assert len(outbox) == 0
        texts = [e.payload.get("text") for e in room.store.events(incident)]
        assert texts.count("fail over to Frankfurt") == 1
    finally:
        outbox.close()


def test_the_outbox_survives_the_seat(tmp_path: Path, room: WarRoom, incident: int) -> None:
    path = tmp_path / "outbox.sqlite3"
    first = Outbox(path)
    first.add(room.incident(incident).uid, "note", "typed before the seat crashed", room.now())
    first.close()
    again = Outbox(path)
    try:
        assert [p.text for p in again.pending()] == ["typed before the seat crashed"]
        assert room.deliver_outbox(again) == 1
    finally:
        again.close()
