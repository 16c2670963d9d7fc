"""The append's statements on SQLite go straight to the driver (store/append.py).

What the driver writes must be what SQLAlchemy's Core statement would have
written, value for value and type for type, or ``verify`` and every reader
would see a different record depending on the path an event took.
"""

from __future__ import annotations

import dataclasses
import sqlite3
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import Column, MetaData, Table, event, insert, text

from warroom.core.clock import SimulatedClock
from warroom.core.errors import StorageError
from warroom.room import WarRoom
from warroom.store.models import TimelineEvent

COLUMNS = [c.name for c in TimelineEvent.__table__.columns]


def _quoted(db: Path, table: str, seq: int) -> tuple[object, ...]:
    conn = sqlite3.connect(db)
    try:
        picked = ", ".join(f"quote({c}), typeof({c})" for c in COLUMNS)
        row = conn.execute(f"SELECT {picked} FROM {table} WHERE seq = ?", (seq,)).fetchone()
    finally:
        conn.close()
    assert row is not None
    return tuple(row)


@pytest.mark.parametrize(
    "words",
    [
        "Größe der Warteschlange: 12 000 Aufträge",
        "受注システムが停止しました",
        'quotes " and \\ backslashes, a tab\tand\nnewline',
        "emoji 🚨 and a zero-width joiner \u200d",
    ],
)
def test_the_driver_writes_the_row_the_core_statement_writes(
    room: WarRoom, incident: int, db_path: Path, clock: SimulatedClock, words: str
) -> None:
    # Microseconds in the time: the one value whose text form is the processor's choice.
    clock.advance(timedelta(microseconds=123_457))
    written = room.log(incident, words)
    fix = room.correct(incident, written.number, words + " (corrected)", "typo")
    for record in (written, fix):
        assert isinstance(record.at, datetime)
        fields = dataclasses.asdict(record)
        # The same columns and types, without the constraints (a second row, same numbers).
        copy = Table(
            "core_copy",
            MetaData(),
            *(Column(c.name, c.type) for c in TimelineEvent.__table__.columns),
        )
        with room.store.engine.begin() as conn:
            copy.create(conn)
            conn.execute(insert(copy), fields)
        try:
            assert _quoted(db_path, "core_copy", record.seq) == _quoted(
                db_path, "timeline_event", record.seq
            )
        finally:
            with room.store.engine.begin() as conn:
                conn.execute(text("DROP TABLE core_copy"))
    # And read back through SQLAlchemy, the events are what the room said it wrote.
    assert room.store.events(incident)[-2:] == [written, fix]


def _refused(room: WarRoom, incident: int, hook: Callable[..., None]) -> StorageError:
    """What the person is told when every new connection is first given ``hook``."""
    event.listen(room.store.engine, "connect", hook)
    room.store.engine.dispose()
    try:
        with pytest.raises(StorageError) as info:
            room.log(incident, "cannot be written")
    finally:
        event.remove(room.store.engine, "connect", hook)
        room.store.engine.dispose()
    return info.value


def test_a_lock_refused_at_begin_is_a_storage_error_with_nothing_written(
    room: WarRoom, incident: int
) -> None:
    before = [e.number for e in room.store.events(incident)]

    def read_only(conn: sqlite3.Connection, _record: object) -> None:
        conn.execute("PRAGMA query_only = ON")

    error = _refused(room, incident, read_only)
    assert "cannot be opened for writing" in error.message
    assert "BEGIN IMMEDIATE" in str(error.__cause__)
    assert [e.number for e in room.store.events(incident)] == before


@pytest.mark.parametrize(
    ("trigger", "statement"),
    [
        ("BEFORE INSERT ON timeline_event", "INSERT INTO timeline_event"),
        ("BEFORE UPDATE ON incident", "UPDATE incident"),
    ],
)
def test_a_statement_refused_on_the_driver_is_a_storage_error_with_nothing_written(
    room: WarRoom, incident: int, trigger: str, statement: str
) -> None:
    before = [e.number for e in room.store.events(incident)]

    def refuse(conn: sqlite3.Connection, _record: object) -> None:
        # Past BEGIN, the one statement fails inside SQLite, as an I/O error would.
        def fail() -> None:
            raise OSError("disk I/O error")

        conn.create_function("refuse", 0, fail)
        conn.execute(f"CREATE TEMP TRIGGER refusing {trigger} BEGIN SELECT refuse(); END")

    error = _refused(room, incident, refuse)
    assert "the database failed" in error.message
    assert statement in str(error.__cause__)
    assert [e.number for e in room.store.events(incident)] == before
