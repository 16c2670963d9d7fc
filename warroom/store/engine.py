"""Where the database is and how it is opened.

SQLite runs in WAL mode with ``synchronous=FULL``: an entry the UI shows as
saved has reached the disk and survives a crash or a power cut.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from warroom.core.errors import StorageError
from warroom.core.i18n import _
from warroom.core.redact import redact
from warroom.store import driver

BUSY_TIMEOUT_MS = 10_000
# An entry writes ~10 WAL pages (the event, its index, the incident's head, the
# search index's rows); at SQLite's default of 1,000 pages the checkpoint ran
# inside one commit in ~90 and set the append's p99. At 4,000 it falls in one
# in ~360 (one every ~12 minutes at an entry every 2 s), and takes about as long
# as an old one: it copies the same few hot pages, once (bench/README.md).
WAL_AUTOCHECKPOINT_PAGES = 4_000
# A checkpoint resets the WAL but keeps its file; a bulk import can grow it far
# beyond the checkpoint's size, and this is what stays on disk after one.
JOURNAL_SIZE_LIMIT_BYTES = 32 * 1024 * 1024
ENV_VAR = "WARROOM_DB"


@dataclass(frozen=True)
class Timeouts:
    """How long a seat waits on a shared PostgreSQL server before it says so.

    A seat that stalls in the middle of a write (a laptop lid closed) must not
    freeze every other seat: the others give up on the lock after ``lock_ms``
    and say who holds it, and the server ends the stalled transaction after
    ``idle_in_transaction_ms``, freeing the record.
    """

    connect_s: int = 5
    lock_ms: int = 10_000
    statement_ms: int = 30_000
    idle_in_transaction_ms: int = 30_000


def _postgres_connect_args(timeouts: Timeouts, seat: str) -> dict[str, Any]:
    options = (
        f"-c lock_timeout={timeouts.lock_ms} -c statement_timeout={timeouts.statement_ms}"
        f" -c idle_in_transaction_session_timeout={timeouts.idle_in_transaction_ms}"
    )
    return {
        "connect_timeout": timeouts.connect_s,
        "options": options,
        # Shown to other seats when this one holds the record too long.
        "application_name": f"warroom {seat}"[:63],
    }


def _json_dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def default_db_path() -> Path:
    from platformdirs import user_data_path

    return user_data_path("warroom", appauthor=False) / "warroom.sqlite3"


def resolve_url(db: str | None) -> str:
    """``--db`` wins, then ``WARROOM_DB``, then the file under the user data folder."""
    value = db or os.environ.get(ENV_VAR) or ""
    if not value:
        path = default_db_path()
    elif "://" in value:
        try:
            make_url(value)
        except ArgumentError:
            raise StorageError(
                _("not a database URL: {url}").format(url=redact(value)),
                hint=_("give a file path or a URL such as postgresql+psycopg://user@host/warroom"),
            ) from None
        return value
    else:
        path = Path(value).expanduser()
    return f"sqlite:///{path.resolve()}"


def sqlite_path(url: str) -> Path | None:
    parsed = make_url(url)
    if (
        parsed.get_backend_name() != "sqlite"
        or not parsed.database
        or parsed.database == ":memory:"
    ):
        return None
    return Path(parsed.database)


def _sqlite_pragmas(busy_timeout_ms: int) -> Any:
    def on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy's "begin" event issue BEGIN itself (see _on_sqlite_begin).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
            cursor.execute("PRAGMA journal_mode = WAL")
            cursor.execute("PRAGMA synchronous = FULL")
            cursor.execute("PRAGMA foreign_keys = ON")
            cursor.execute(f"PRAGMA wal_autocheckpoint = {WAL_AUTOCHECKPOINT_PAGES}")
            cursor.execute(f"PRAGMA journal_size_limit = {JOURNAL_SIZE_LIMIT_BYTES}")
        finally:
            cursor.close()

    return on_connect


def _on_sqlite_begin(conn: Any) -> None:
    # A write transaction takes the write lock up front (BEGIN IMMEDIATE), so two
    # seats never both read the chain head and then collide on commit.
    begin = "BEGIN IMMEDIATE" if conn.get_execution_options().get("warroom_write") else "BEGIN"
    # Straight to the driver: every typed entry begins here, and exec_driver_sql's
    # own events cost a tenth of the append. Its errors are SQLAlchemy's as before.
    driver.execute(driver.of(conn), begin)


def make_engine(
    url: str,
    busy_timeout_ms: int = BUSY_TIMEOUT_MS,
    *,
    timeouts: Timeouts | None = None,
    seat: str = "",
) -> Engine:
    path = sqlite_path(url)
    if path is not None:
        if path.is_dir():
            raise StorageError(
                _("the database path is a folder: {path}").format(path=path),
                hint=_("give the path of a file instead"),
            )
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StorageError(
                _("cannot create the folder for the database: {path} ({reason})").format(
                    path=path.parent, reason=exc.strerror
                ),
                hint=_("choose another place with --db or WARROOM_DB"),
            ) from None
    connect_args: dict[str, Any] = {}
    if make_url(url).get_backend_name() == "postgresql":
        connect_args = _postgres_connect_args(timeouts or Timeouts(), seat)
    try:
        engine = create_engine(
            url,
            connect_args=connect_args,
            pool_pre_ping=path is None,
            # Readable text in the file (and searchable: "Größe", not "Gr\\u00f6\\u00dfe").
            json_serializer=_json_dumps,
        )
    except (ArgumentError, ImportError) as exc:
        raise StorageError(
            _("cannot use the database URL {url}: {reason}").format(
                url=make_url(url).render_as_string(), reason=exc
            ),
            hint=_(
                "for PostgreSQL install the driver (pip install 'warroom[postgres]') "
                "and use postgresql+psycopg://user@host/dbname"
            ),
        ) from None
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas(busy_timeout_ms))
        event.listen(engine, "begin", _on_sqlite_begin)
    return engine


def describe_database(url: str) -> str:
    """Where the record lives, in words a person reads; never the password."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        path = sqlite_path(url)
        if path is None:
            return _("a database in memory")
        return _("the file {path}").format(path=path)
    where = parsed.host or _("this computer")
    if parsed.port:
        where += f":{parsed.port}"
    kind = "PostgreSQL" if parsed.get_backend_name() == "postgresql" else parsed.get_backend_name()
    if parsed.username:
        return _("{kind} database “{name}” on {where} as {user}").format(
            kind=kind, name=parsed.database or "", where=where, user=parsed.username
        )
    return _("{kind} database “{name}” on {where}").format(
        kind=kind, name=parsed.database or "", where=where
    )
