"""Statements sent, and rows read, straight through the driver, failing as SQLAlchemy's would.

Only the steps every typed entry takes (begin, the append, its search words) and
the long reads (a record check's events, a timeline's numbers) go this way, to
spare SQLAlchemy's per-statement and per-row bookkeeping; their errors come out
as SQLAlchemy's exceptions, so the store's words for a full disk, a lock or a
damaged file reach the person exactly as from any other statement.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.exc import DBAPIError


def execute(driver: sqlite3.Connection, sql: str, values: tuple[Any, ...] = ()) -> sqlite3.Cursor:
    try:
        return driver.execute(sql, values)
    except sqlite3.Error as exc:
        raise DBAPIError.instance(sql, values, exc, sqlite3.Error) from exc


def of(conn: Connection) -> sqlite3.Connection:
    """The sqlite3 connection under a SQLAlchemy connection on SQLite."""
    found = conn.connection.driver_connection
    if not isinstance(found, sqlite3.Connection):
        raise TypeError(f"not a sqlite3 connection: {found!r}")
    return found


def rows(result: Any) -> Iterator[Sequence[Any]]:
    """A Core result's rows from its driver cursor, unprocessed (any backend).

    Only for columns that need no result processing (integers, text).
    """
    cursor = result.cursor
    driver_error = result.context.dialect.loaded_dbapi.Error
    while True:
        try:
            batch = cursor.fetchmany(1000)
        except driver_error as exc:
            # A page that cannot be read says so in SQLAlchemy's words, as before.
            raise DBAPIError.instance(None, None, exc, driver_error) from exc
        if not batch:
            return
        yield from batch
