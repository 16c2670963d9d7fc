from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from warroom.core.clock import SimulatedClock
from warroom.core.errors import StorageError
from warroom.room import WarRoom
from warroom.store.engine import (
    JOURNAL_SIZE_LIMIT_BYTES,
    WAL_AUTOCHECKPOINT_PAGES,
    default_db_path,
    resolve_url,
)
from warroom.store.repository import Store


def test_db_option_beats_environment_beats_default(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, isolated_home: Path
) -> None:
    default = resolve_url(None)
    assert default == f"sqlite:///{default_db_path()}"
    assert str(isolated_home) in default  # the test's own platformdirs folder
    monkeypatch.setenv("WARROOM_DB", str(tmp_path / "env.sqlite3"))
    assert resolve_url(None).endswith("env.sqlite3")
    assert resolve_url(str(tmp_path / "opt.sqlite3")).endswith("opt.sqlite3")
    url = "postgresql+psycopg://someone@localhost/warroom"
    assert resolve_url(url) == url


def test_sqlite_runs_in_wal_with_full_sync_and_foreign_keys(room: WarRoom) -> None:
    with room.store.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA busy_timeout")).scalar_one() >= 5000


def test_the_wal_is_checkpointed_less_often_than_sqlites_default_and_its_file_is_bounded(
    room: WarRoom,
) -> None:
    # An entry writes ~10 pages: at SQLite's 1,000 a checkpoint fell in one append in ~100.
    with room.store.engine.connect() as conn:
        assert conn.execute(text("PRAGMA wal_autocheckpoint")).scalar() == (
            WAL_AUTOCHECKPOINT_PAGES
        )
        assert WAL_AUTOCHECKPOINT_PAGES >= 4000
        limit = conn.execute(text("PRAGMA journal_size_limit")).scalar_one()
        page_size = conn.execute(text("PRAGMA page_size")).scalar_one()
    assert limit == JOURNAL_SIZE_LIMIT_BYTES
    # What stays on disk after a checkpoint holds at least one checkpoint's worth of pages.
    assert limit >= WAL_AUTOCHECKPOINT_PAGES * page_size


def test_a_folder_as_database_is_a_clear_error(tmp_path: Path, clock: SimulatedClock) -> None:
    with pytest.raises(StorageError, match="is a folder"):
        Store.open(resolve_url(str(tmp_path)), clock)


def test_a_file_that_is_not_a_database_is_refused_and_left_alone(
    tmp_path: Path, clock: SimulatedClock
) -> None:
    junk = tmp_path / "notes.sqlite3"
    junk.write_bytes(b"these are my meeting notes, not a database\n" * 100)
    before = junk.read_bytes()
    with pytest.raises(StorageError) as info:
        Store.open(resolve_url(str(junk)), clock)
    assert "damaged or is not a warroom database" in info.value.message
    assert junk.read_bytes() == before


def test_another_programs_database_is_refused_and_left_alone(
    tmp_path: Path, clock: SimulatedClock
) -> None:
    other = tmp_path / "other.sqlite3"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE customers (name TEXT)")
    with pytest.raises(StorageError, match="not a warroom record"):
        Store.open(resolve_url(str(other)), clock)
    with sqlite3.connect(other) as conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert tables == {"customers"}


def test_a_locked_database_gives_a_clear_message(
    room: WarRoom, incident: int, db_path: Path, clock: SimulatedClock
) -> None:
    impatient = Store.open(resolve_url(str(db_path)), clock, busy_timeout_ms=50)
    blocker = sqlite3.connect(db_path, timeout=0, isolation_level=None)
    blocker.execute("BEGIN EXCLUSIVE")
    try:
        seat = WarRoom(impatient, room.matrix)
        with pytest.raises(StorageError) as info:
            seat.log(incident, "this cannot be written while another program holds the lock")
        assert "busy" in info.value.message
        assert "try again" in info.value.hint
    finally:
        blocker.rollback()
        blocker.close()
        impatient.close()
    # Nothing half-written: the entry that failed is not in the record.
    assert [e.kind for e in room.store.events(incident)] == ["incident.declared"]


def test_a_full_disk_is_a_clear_message_and_nothing_half_written(
    room: WarRoom, incident: int, db_path: Path
) -> None:
    from sqlalchemy import event

    def cap(conn: sqlite3.Connection, _record: object) -> None:
        # SQLite's own "database or disk is full", reached by capping the file's size.
        conn.execute("PRAGMA max_page_count = 40")

    event.listen(room.store.engine, "connect", cap)
    room.store.engine.dispose()
    written: list[int] = []

    def fill() -> None:
        for n in range(10_000):
            written.append(room.log(incident, f"entry {n} " + "x" * 2000).number)

    try:
        with pytest.raises(StorageError) as info:
            fill()
    finally:
        event.remove(room.store.engine, "connect", cap)
        room.store.engine.dispose()
    assert "the disk is full" in info.value.message
    assert "nothing was half-written" in info.value.hint
    # Every entry that was confirmed is there, the failed one is not, the chain holds.
    assert [e.number for e in room.store.events(incident)][1:] == written
    assert room.verify(incident) is None
