"""The search index: derived from the chained events, kept in step by the write path.

One row per event that says something in words, keyed by the event's sequence
number: ``WriteTx.record`` adds it in the transaction that appends the event,
the import adds the rows of the events it brings, migration 0006 and
``warroom search --rebuild-index`` build it from the events already stored.
Like the state tables it holds nothing the events do not; unlike them it is
not compared by ``verify``, because it can always be rebuilt.

A correction replaces the words of the event it corrects (and keeps only its
reason on its own row), so a wrong error message that was corrected stops
pulling the incident into "seen this before?".

SQLite: an FTS5 table with the trigram tokenizer (German compounds and
Japanese, which has no spaces, are found by any three characters of them).
PostgreSQL: a table with a ``simple`` tsvector (GIN) for ranking whole words
and a pg_trgm GIN index for substrings.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection, text

from warroom.core.search_text import event_text
from warroom.core.vocabulary import EventKind
from warroom.store import driver
from warroom.store.records import EventRecord

TABLE = "search_text"

SQLITE_SCHEMA = (f"CREATE VIRTUAL TABLE {TABLE} USING fts5(body, tokenize='trigram')",)
POSTGRES_SCHEMA = (
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    f"CREATE TABLE {TABLE} (seq BIGINT PRIMARY KEY, body TEXT NOT NULL,"
    " words TSVECTOR GENERATED ALWAYS AS (to_tsvector('simple', body)) STORED)",
    f"CREATE INDEX ix_{TABLE}_words ON {TABLE} USING gin (words)",
    f"CREATE INDEX ix_{TABLE}_trigrams ON {TABLE} USING gin (body gin_trgm_ops)",
)


def is_index_table(name: str) -> bool:
    """A table of the search index (FTS5 keeps shadow tables beside the one it is given)."""
    return name == TABLE or name.startswith(f"{TABLE}_")


def create(conn: Connection) -> None:
    for statement in POSTGRES_SCHEMA if _pg(conn) else SQLITE_SCHEMA:
        conn.execute(text(statement))


def drop(conn: Connection) -> None:
    conn.execute(text(f"DROP TABLE IF EXISTS {TABLE}"))


def _pg(conn: Connection) -> bool:
    return conn.dialect.name == "postgresql"


def _key(conn: Connection) -> str:
    return "seq" if _pg(conn) else "rowid"


def index_event(conn: Connection, event: EventRecord) -> None:
    """Add one new event's words (the write path calls this next to the projection)."""
    index_events(conn, (event,))


def index_events(conn: Connection, events: Iterable[EventRecord]) -> None:
    """Add the words of events appended in order (one transaction, the caller's)."""
    insert = _insert(conn)
    rows: list[tuple[int, str]] = []
    for event in events:
        if event.kind == EventKind.CORRECTION and event.corrects is not None:
            _flush(conn, insert, rows)
            _replace(conn, event, insert)
            body = event_text({"reason": event.payload.get("reason", "")})
        else:
            body = event_text(event.payload)
        if body:
            rows.append((event.seq, body))
    _flush(conn, insert, rows)


def _insert(conn: Connection) -> str:
    # Straight to the driver: the append pays for every step of its transaction, and
    # compiling a text() statement cost four times the insert itself (87 against 18 µs).
    if _pg(conn):
        return f"INSERT INTO {TABLE} (seq, body) VALUES (%s, %s)"
    return f"INSERT INTO {TABLE} (rowid, body) VALUES (?, ?)"


def _flush(conn: Connection, insert: str, rows: list[tuple[int, str]]) -> None:
    if len(rows) == 1 and not _pg(conn):
        # One typed entry: even exec_driver_sql's bookkeeping was a fifth of the append.
        driver.execute(driver.of(conn), insert, rows[0])
    elif len(rows) == 1:
        conn.exec_driver_sql(insert, rows[0])
    elif rows:
        conn.exec_driver_sql(insert, rows)
    rows.clear()


def _replace(conn: Connection, correction: EventRecord, insert: str) -> None:
    """The corrected event's words become the correction's."""
    key = _key(conn)
    seq = conn.execute(
        text("SELECT seq FROM timeline_event WHERE incident_id = :i AND number = :n"),
        {"i": correction.incident_id, "n": correction.corrects},
    ).scalar()
    if seq is None:
        return
    conn.execute(text(f"DELETE FROM {TABLE} WHERE {key} = :seq"), {"seq": seq})
    body = event_text({"text": correction.payload.get("text", "")})
    if body:
        conn.exec_driver_sql(insert, (seq, body))


_BATCH = 5000


def rebuild(conn: Connection, incident_id: int | None = None) -> int:
    """Index again every event (or one incident's) from the timeline; how many events were read."""
    from sqlalchemy import select

    from warroom.store.models import TimelineEvent

    key = _key(conn)
    if incident_id is None:
        conn.execute(text(f"DELETE FROM {TABLE}"))
    else:
        conn.execute(
            text(
                f"DELETE FROM {TABLE} WHERE {key} IN"
                " (SELECT seq FROM timeline_event WHERE incident_id = :i)"
            ),
            {"i": incident_id},
        )
    columns = (
        TimelineEvent.seq,
        TimelineEvent.incident_id,
        TimelineEvent.number,
        TimelineEvent.kind,
        TimelineEvent.payload,
        TimelineEvent.corrects,
    )
    last, read = 0, 0
    while True:
        query = select(*columns).where(TimelineEvent.seq > last)
        if incident_id is not None:
            query = query.where(TimelineEvent.incident_id == incident_id)
        batch = conn.execute(query.order_by(TimelineEvent.seq).limit(_BATCH)).all()
        if not batch:
            if not _pg(conn):
                # Merge the segments written in bulk into one now, or the appends that
                # follow pay for the merging a little at a time (measured: p99 x6).
                conn.execute(text(f"INSERT INTO {TABLE}({TABLE}) VALUES('optimize')"))
            return read
        index_events(conn, (_event(row) for row in batch))
        last = batch[-1].seq
        read += len(batch)


def _event(row: Any) -> EventRecord:
    return EventRecord(
        seq=row.seq,
        incident_id=row.incident_id,
        number=row.number,
        at=None,
        kind=row.kind,
        author="",
        role="",
        seat="",
        payload=dict(row.payload),
        corrects=row.corrects,
        prev_hash="",
        hash="",
    )
