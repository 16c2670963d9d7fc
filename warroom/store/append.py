"""The append's own statements: read the chain head, add the event, move the head.

Every entry typed in the war room takes this path, inside a transaction that
``synchronous=FULL`` makes wait for the disk. On SQLite the statements go
straight to the driver: measured, SQLAlchemy's statement execution around them
cost more than the insert, the search index and the commit together (380 against
220 µs an entry). The values are made by the very bind processors SQLAlchemy
would apply (the models' types, the engine's JSON serializer), so a row written
here is byte for byte the row the Core statement writes; a test holds them equal.
PostgreSQL keeps the Core statements: its round trips, not Python, set its pace.
"""

from __future__ import annotations

import sqlite3
import weakref
from collections.abc import Callable
from typing import Any

from sqlalchemy import Connection, bindparam, func, insert, select, update

from warroom.store import driver
from warroom.store.models import Incident, TimelineEvent

# The event's columns, in the order of the driver's INSERT.
COLUMNS = (
    "seq",
    "incident_id",
    "number",
    "at",
    "kind",
    "author",
    "role",
    "seat",
    "payload",
    "corrects",
    "prev_hash",
    "hash",
)

_HEAD = select(
    Incident.head_number,
    Incident.head_hash,
    select(func.max(TimelineEvent.seq)).scalar_subquery(),
).where(Incident.id == bindparam("b_incident"))
_APPEND = insert(TimelineEvent)
_ADVANCE = (
    update(Incident)
    .where(Incident.id == bindparam("b_incident"))
    .values(head_number=bindparam("b_number"), head_hash=bindparam("b_hash"))
)

_HEAD_SQL = (
    "SELECT head_number, head_hash, (SELECT max(seq) FROM timeline_event)"
    " FROM incident WHERE id = ?"
)
_APPEND_SQL = (
    f"INSERT INTO timeline_event ({', '.join(COLUMNS)}) VALUES ({', '.join('?' * len(COLUMNS))})"
)
_ADVANCE_SQL = "UPDATE incident SET head_number = ?, head_hash = ? WHERE id = ?"


class Appender:
    """The three statements on one transaction's connection."""

    def __init__(self, connection: Connection) -> None:
        self._connection = connection
        self._driver: sqlite3.Connection | None = None
        self._processors: tuple[tuple[str, Callable[[Any], Any] | None], ...] = ()
        if connection.dialect.name == "sqlite":
            self._driver = driver.of(connection)
            self._processors = _processors(connection)

    def head(self, incident_id: int) -> tuple[int, str, int | None] | None:
        """The incident's head number and hash, and the store's last sequence number."""
        if self._driver is None:
            row = self._connection.execute(_HEAD, {"b_incident": incident_id}).one_or_none()
            return None if row is None else (row[0], row[1], row[2])
        found = self._run(_HEAD_SQL, (incident_id,)).fetchone()
        return None if found is None else (found[0], found[1], found[2])

    def append(self, fields: dict[str, Any]) -> None:
        if self._driver is None:
            self._connection.execute(_APPEND, fields)
            return
        values = [
            fields[name] if process is None else process(fields[name])
            for name, process in self._processors
        ]
        self._run(_APPEND_SQL, tuple(values))

    def advance(self, incident_id: int, number: int, hash_: str) -> None:
        if self._driver is None:
            self._connection.execute(
                _ADVANCE, {"b_incident": incident_id, "b_number": number, "b_hash": hash_}
            )
            return
        self._run(_ADVANCE_SQL, (number, hash_, incident_id))

    def _run(self, sql: str, values: tuple[Any, ...]) -> sqlite3.Cursor:
        assert self._driver is not None
        return driver.execute(self._driver, sql, values)


_Processors = tuple[tuple[str, Callable[[Any], Any] | None], ...]
# An engine's dialect carries its JSON serializer: each engine gets its own processors.
_CACHE: weakref.WeakKeyDictionary[Any, _Processors] = weakref.WeakKeyDictionary()


def _processors(connection: Connection) -> _Processors:
    """Each column's name and what SQLAlchemy would do to its value (None: nothing)."""
    dialect = connection.dialect
    found = _CACHE.get(dialect)
    if found is None:
        table = TimelineEvent.__table__
        found = tuple((name, table.c[name].type.bind_processor(dialect)) for name in COLUMNS)
        _CACHE[dialect] = found
    return found
