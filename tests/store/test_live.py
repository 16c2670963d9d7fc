"""A seat hears of another seat's write at once, and catches up after any gap.

Against a real SQLite file (its change counter) and a real PostgreSQL server
(LISTEN/NOTIFY), with the writer on a connection of its own. Waits are bounded
by the listener's own time-out; nothing sleeps.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from warroom.core.clock import SimulatedClock
from warroom.room import WarRoom
from warroom.store.live import Listener, listener_for
from warroom.store.repository import Actor


@pytest.fixture(params=["sqlite", "postgresql"])
def url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return str(tmp_path / "room.sqlite3")
    return str(request.getfixturevalue("postgres_url"))


@pytest.fixture
def seats(url: str, clock: SimulatedClock) -> Iterator[tuple[WarRoom, WarRoom, Listener]]:
    writer = WarRoom.open(url, clock=clock, actor=Actor("Wren Writer", "scribe", "w"))
    reader = WarRoom.open(url, clock=clock, actor=Actor("Rey Reader", "lead", "r"))
    listener = listener_for(reader.store.engine)
    yield writer, reader, listener
    listener.close()
    listener.release()
    writer.close()
    reader.close()


def drain(listener: Listener) -> None:
    """Let the listener settle (connect, first look) so the next wake-up means a write."""
    for _ in range(5):
        if not listener.wait(0.05):
            return


def test_another_seats_write_wakes_the_listener(
    seats: tuple[WarRoom, WarRoom, Listener],
) -> None:
    writer, reader, listener = seats
    incident = writer.declare("Search down", "Major", impact_what="Nobody can search")
    drain(listener)
    assert listener.wait(0.2) is False  # quiet: nothing written
    before = reader.store.last_seq()
    writer.log(incident, "written by another seat")
    assert listener.wait(10) is True
    events = reader.store.events_after(before)
    assert [e.payload.get("text") for e in events] == ["written by another seat"]


def test_a_dropped_connection_is_caught_up_by_sequence(postgres_url: str) -> None:
    writer = WarRoom.open(postgres_url)
    reader = WarRoom.open(postgres_url)
    listener = listener_for(reader.store.engine)
    try:
        incident = writer.declare("Search down", "Major", impact_what="Nobody can search")
        drain(listener)
        seen = reader.store.last_seq()
        # The server throws the listening seat out (a restart looks the same to it).
        admin = create_engine(postgres_url)
        with admin.begin() as conn:
            conn.execute(
                text(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                    " WHERE application_name = 'warroom feed'"
                )
            )
        admin.dispose()
        writer.log(incident, "written while the seat was away")
        # The next waits notice the broken connection and reconnect; each says
        # "read now", so the feed reads by sequence number and misses nothing.
        assert listener.wait(5) is True
        caught_up = reader.store.events_after(seen)
        assert [e.payload.get("text") for e in caught_up] == ["written while the seat was away"]
        assert listener.wait(5) is True  # reconnected
        drain(listener)
        writer.log(incident, "and after it came back")
        assert listener.wait(10) is True
    finally:
        listener.close()
        listener.release()
        writer.close()
        reader.close()


def test_close_from_another_thread_ends_a_wait_at_once(
    seats: tuple[WarRoom, WarRoom, Listener],
) -> None:
    import threading

    _, _, listener = seats
    drain(listener)
    results: list[bool] = []
    waiting = threading.Thread(target=lambda: results.append(listener.wait(60)))
    waiting.start()
    listener.close()
    waiting.join(timeout=10)
    assert not waiting.is_alive()
