"""Statements sent straight to the sqlite3 driver, failing as SQLAlchemy's would.

Only the steps every typed entry takes (begin, the append, its search words) go
this way, to spare SQLAlchemy's per-statement bookkeeping; their errors come out
as SQLAlchemy's exceptions, so the store's words for a full disk, a lock or a
damaged file reach the person exactly as from any other statement.
"""

from __future__ import annotations

import sqlite3
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
