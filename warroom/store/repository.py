"""The repository: the one owner of sessions and transactions.

Writes go through ``Store.write()``: one transaction that changes rows and
appends exactly one hash-chained timeline event. Reads come back as plain,
detached records; the change feed (``events_after``) is how every seat, this
one included, learns what changed.
"""

from __future__ import annotations

import errno
import sqlite3
from array import array
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import (
    Connection,
    Engine,
    String,
    bindparam,
    cast,
    delete,
    func,
    or_,
    select,
    text,
)
from sqlalchemy.exc import DatabaseError, IntegrityError, OperationalError
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value

from warroom.core.chain import ChainedFields
from warroom.core.clock import Clock, utc
from warroom.core.errors import NotFound, NothingToDo, RecordUnreachable, StorageError
from warroom.core.i18n import _
from warroom.core.redact import redact
from warroom.core.vocabulary import EntryKind, EventKind
from warroom.store import driver, search_index
from warroom.store.append import Appender
from warroom.store.engine import BUSY_TIMEOUT_MS, Timeouts, make_engine, sqlite_path
from warroom.store.integrity import (
    STATE_TABLES,
    DamagedRecord,
    Problem,
    StateMismatch,
    check_chain,
    check_record,
    compare_all,
    read_events,
    replay,
    stored_state,
)
from warroom.store.live import CHANNEL
from warroom.store.migrate import upgrade
from warroom.store.models import (
    ENTRY_KIND,
    NOT_A_NOTE,
    Incident,
    Person,
    SeatPresence,
    TimelineEvent,
)
from warroom.store.projection import STATELESS_KINDS, Projection
from warroom.store.records import Actor, EventRecord, chained_fields, iso, parse_instant

__all__ = ["Actor", "EventRecord", "Store", "WriteTx", "chained_fields", "iso", "parse_instant"]

# Any constant works; it names "the warroom write lock" among advisory locks.
_PG_WRITE_LOCK = 0x5741_524F
_NOTIFY = text(f"SELECT pg_notify('{CHANNEL}', :seq)")
# Who holds that lock: a key below 2**32 is stored in objid, with classid 0.
_HOLDER = text(
    "SELECT a.application_name, extract(epoch FROM now() - a.xact_start)"
    " FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid"
    " WHERE l.locktype = 'advisory' AND l.granted AND l.classid = 0 AND l.objid = :key"
)


# What drivers say when the server is not there (as opposed to busy or broken).
_UNREACHABLE = (
    "connection refused",
    "could not connect",
    "connection failed",
    "server closed the connection",
    "terminating connection",
    "no route to host",
    "network is unreachable",
    "connection is closed",
    "consuming input failed",
    "the connection is lost",
)


def _storage_error(exc: Exception, url: str) -> StorageError:
    message = str(getattr(exc, "orig", exc)).lower()
    where = str(sqlite_path(url) or redact(url))
    if "timeout expired" in message or "connection timed out" in message:
        return RecordUnreachable(
            f"the database server did not answer in time: {redact(url)}",
            hint="check the address and that the server is running; nothing was changed",
        )
    if any(sign in message for sign in _UNREACHABLE):
        return RecordUnreachable(
            f"the record cannot be reached: {redact(url)}",
            hint="check the network and that the database server is running",
        )
    if "lock timeout" in message:
        return StorageError(
            "the record is busy: another seat holds it and does not let go",
            hint="what you typed is still here; try again in a moment",
        )
    if "locked" in message or "busy" in message:
        return StorageError(
            f"the database is busy: another program holds a lock on {where}",
            hint="wait a moment and try again; if it stays locked, close other programs using it",
        )
    if "full" in message or getattr(getattr(exc, "orig", None), "errno", None) == errno.ENOSPC:
        return StorageError(
            f"the disk is full: {where} cannot grow",
            hint="free some disk space and try again; nothing was half-written",
        )
    if "not a database" in message or "malformed" in message or "corrupt" in message:
        return StorageError(
            f"the database file is damaged or is not a warroom database: {where}",
            hint="open a backup copy with --db; the damaged file was not changed",
        )
    if "readonly" in message or "read-only" in message or "unable to open" in message:
        return StorageError(
            f"the database cannot be opened for writing: {where}",
            hint="check the file's permissions, or choose another file with --db",
        )
    if "i/o error" in message:
        return StorageError(
            f"the disk reported an error while writing {where}",
            hint="check the disk; the last entry was not saved, and nothing was half-written",
        )
    return StorageError(
        redact(f"the database failed: {getattr(exc, 'orig', exc)}"),
        hint="check the connection or the file given with --db",
    )


# The tables themselves, for reads that want rows: a Core statement on them needs no
# mapper, so the reads that open an incident never configure the ORM's (~20 ms).
_EVENT = TimelineEvent.__table__
_INCIDENT = Incident.__table__
# A page of a timeline, by keyset on (incident, number): rows, not ORM objects.
_PAGE = (
    select(*TimelineEvent.__table__.columns)
    .where(
        TimelineEvent.incident_id == bindparam("b_incident"),
        TimelineEvent.number >= bindparam("b_first"),
        TimelineEvent.number <= bindparam("b_last"),
    )
    .order_by(TimelineEvent.number)
)


@dataclass(frozen=True)
class Presence:
    seat: str
    person: str
    role: str
    incident_id: int | None
    last_seen_at: datetime
    gone: bool


class _Abandoned(Exception):
    """A write that found, under the lock, that it has nothing to record."""


class WriteTx:
    """One write transaction: change rows, then ``record`` exactly one event.

    The ORM session is made only when a mutation needs it; a plain entry goes
    through Core statements on the transaction's connection alone.
    """

    def __init__(self, connection: Connection, store: Store, *, many: bool = False) -> None:
        self.connection = connection
        self._store = store
        self._session: Session | None = None
        self.event: EventRecord | None = None
        # Only an import writes a whole record in one transaction (``Store.write_events``).
        self._many = many
        self.abandoned = False
        self._appender = Appender(connection)

    def abandon(self) -> None:
        """End without an event: what was to be written is already there (rolled back)."""
        self.abandoned = True

    @property
    def session(self) -> Session:
        if self._session is None:
            self._session = Session(bind=self.connection, expire_on_commit=False)
        return self._session

    def flush(self) -> None:
        if self._session is not None:
            self._session.flush()

    def close(self) -> None:
        if self._session is not None:
            self._session.close()

    def incident(self, incident_id: int) -> Incident:
        incident = self.session.get(Incident, incident_id)
        if incident is None:
            raise NotFound(
                _("there is no incident #{id}").format(id=incident_id),
                hint=_("see `warroom list`"),
            )
        return incident

    def person(self, name: str) -> Person:
        name = name.strip()
        person = self.session.scalar(select(Person).where(Person.name == name))
        if person is None:
            person = Person(name=name, contact="")
            self.session.add(person)
            self.session.flush()
        return person

    def record(
        self,
        incident: Incident | int,
        kind: str,
        payload: dict[str, Any],
        actor: Actor,
        corrects: int | None = None,
        at: datetime | None = None,
    ) -> EventRecord:
        """Append the transaction's one event to the incident's chain.

        ``at`` is the event's time: now, by the store's clock, unless an import
        writes a foreign record's events at the times its file gives.
        """
        if self.event is not None and not self._many:
            raise RuntimeError("a transaction records exactly one timeline event")
        incident_id = incident if isinstance(incident, int) else incident.id
        self.flush()
        head = self._appender.head(incident_id)
        if head is None:
            raise NotFound(
                _("there is no incident #{id}").format(id=incident_id),
                hint=_("see `warroom list`"),
            )
        head_number, head_hash, last_seq = head
        fields: dict[str, Any] = {
            "seq": (last_seq or 0) + 1,
            "incident_id": incident_id,
            "number": head_number + 1,
            "at": self._store.clock.now() if at is None else utc(at),
            "kind": str(kind),
            "author": actor.person,
            "role": actor.role,
            "seat": actor.seat,
            "payload": payload,
            "corrects": corrects,
            "prev_hash": head_hash,
        }
        # One record, built once: no dataclass ``replace`` and no deep-copying ``asdict``
        # of the payload on the path every entry takes.
        fields["hash"] = ChainedFields(
            number=fields["number"],
            at=iso(fields["at"]),
            kind=fields["kind"],
            author=actor.person,
            role=actor.role,
            seat=actor.seat,
            payload=payload,
            corrects=corrects,
            prev_hash=head_hash,
        ).digest()
        event = EventRecord(**fields)
        self._appender.append(fields)
        self._appender.advance(incident_id, event.number, event.hash)
        if isinstance(incident, Incident):
            # keep the loaded object truthful for the rest of the transaction
            set_committed_value(incident, "head_number", event.number)
            set_committed_value(incident, "head_hash", event.hash)
        if event.kind not in STATELESS_KINDS:
            # The state rows are what the events say: this event's projection is
            # the only code that changes them, inside the same transaction.
            row = incident if isinstance(incident, Incident) else self.incident(incident_id)
            Projection(self.session, row).apply(event)
            self.session.flush()
        # The search index is derived from the events too, and kept in the same transaction.
        search_index.index_event(self.connection, event)
        self.event = event
        return event


class Store:
    def __init__(self, engine: Engine, clock: Clock) -> None:
        self.engine = engine
        self.clock = clock
        self._write_engine = engine.execution_options(warroom_write=True)

    @classmethod
    def open(
        cls,
        url: str,
        clock: Clock,
        *,
        busy_timeout_ms: int = BUSY_TIMEOUT_MS,
        timeouts: Timeouts | None = None,
        seat: str = "",
    ) -> Store:
        engine = make_engine(url, busy_timeout_ms, timeouts=timeouts, seat=seat)
        try:
            upgrade(engine)
        except (OperationalError, DatabaseError) as exc:
            engine.dispose()
            raise _storage_error(exc, url) from exc
        except sqlite3.Error as exc:
            engine.dispose()
            raise _storage_error(exc, url) from exc
        except BaseException:
            engine.dispose()
            raise
        return cls(engine, clock)

    def with_clock(self, clock: Clock) -> Store:
        """The same database read and written on another clock; shares the engine."""
        return Store(self.engine, clock)

    def close(self) -> None:
        self.engine.dispose()

    @property
    def url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    @contextmanager
    def write(self) -> Iterator[WriteTx]:
        """A transaction that holds the write lock from its first statement."""
        with self._write(many=False) as tx:
            yield tx

    @contextmanager
    def write_events(self) -> Iterator[WriteTx]:
        """One transaction that records many events through the write path: all or none.

        Only for an import of a foreign record, whose events are written (and
        projected) one by one as if typed, with a fresh chain.
        """
        with self._write(many=True) as tx:
            yield tx

    @contextmanager
    def _write(self, *, many: bool) -> Iterator[WriteTx]:
        try:
            with self._write_engine.connect() as conn, conn.begin():
                self._lock(conn)
                tx = WriteTx(conn, self, many=many)
                try:
                    yield tx
                    tx.flush()
                    if tx.event is None and tx.abandoned:
                        raise _Abandoned
                    if tx.event is None:
                        raise RuntimeError("a write transaction must record a timeline event")
                    if conn.dialect.name == "postgresql":
                        # Delivered to every listening seat when (and only if) this commits.
                        conn.execute(_NOTIFY, {"seq": str(tx.event.seq)})
                finally:
                    tx.close()
        except _Abandoned:
            return  # rolled back: there was nothing to write after all
        except (OperationalError, DatabaseError) as exc:
            if isinstance(exc, IntegrityError):
                raise
            error = _storage_error(exc, self.url)
            if "lock timeout" in str(getattr(exc, "orig", exc)).lower():
                error = self._busy(error)
            raise error from exc

    def _busy(self, error: StorageError) -> StorageError:
        """Name the seat that holds the record, and for how long, when the server can tell."""
        holder = _HOLDER.bindparams(key=_PG_WRITE_LOCK)
        try:
            with self.engine.connect() as conn:
                row = conn.execute(holder).first()
        except (OperationalError, DatabaseError):
            return error
        if row is None:
            return error
        seat = str(row[0] or "").removeprefix("warroom ") or "another seat"
        return StorageError(
            f"the record is busy: seat {seat} has held it for {int(row[1] or 0)} s",
            hint="what you typed is still here; try again in a moment (a seat that froze is "
            "let go by the server after 30 s)",
        )

    def _lock(self, conn: Connection) -> None:
        # SQLite takes its lock with BEGIN IMMEDIATE (see engine.py); PostgreSQL
        # needs one lock for every writer so sequence order equals commit order.
        if conn.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_WRITE_LOCK})

    @contextmanager
    def read(self) -> Iterator[Session]:
        try:
            with Session(self.engine, expire_on_commit=False) as session, session.begin():
                yield session
        except (OperationalError, DatabaseError) as exc:
            raise _storage_error(exc, self.url) from exc

    @contextmanager
    def bulk(self) -> Iterator[Session]:
        """A write transaction without the one-event rule: only for imports of whole records."""
        try:
            with Session(self._write_engine, expire_on_commit=False) as session, session.begin():
                self._lock(session.connection())
                yield session
        except (OperationalError, DatabaseError) as exc:
            raise _storage_error(exc, self.url) from exc

    # -- who is in the room ------------------------------------------------

    def heartbeat(self, seat: str, person: str, role: str, incident_id: int | None) -> None:
        """This seat is here (and looking at ``incident_id``); not an event of any record."""
        now = self.clock.now()
        try:
            # The write engine: BEGIN IMMEDIATE on SQLite, so two seats beating at
            # once wait for each other instead of one failing on a stale snapshot.
            with Session(self._write_engine, expire_on_commit=False) as session, session.begin():
                row = session.get(SeatPresence, seat)
                if row is None:
                    row = SeatPresence(seat=seat, joined_at=now)
                    session.add(row)
                row.person, row.role, row.incident_id = person, role, incident_id
                row.last_seen_at = now
        except (OperationalError, DatabaseError) as exc:
            raise _storage_error(exc, self.url) from exc

    def leave(self, seat: str) -> None:
        """This seat is closing: it leaves the room at once instead of going stale."""
        try:
            with Session(self._write_engine) as session, session.begin():
                row = session.get(SeatPresence, seat)
                if row is not None:
                    session.delete(row)
        except (OperationalError, DatabaseError) as exc:
            raise _storage_error(exc, self.url) from exc

    def present(self, incident_id: int | None, gone_after: timedelta) -> list[Presence]:
        """The seats on this incident (or in the room), the ones not seen lately marked gone."""
        now = self.clock.now()
        query = select(SeatPresence).order_by(SeatPresence.joined_at)
        if incident_id is not None:
            query = query.where(SeatPresence.incident_id == incident_id)
        with self.read() as session:
            return [
                Presence(
                    seat=row.seat,
                    person=row.person,
                    role=row.role,
                    incident_id=row.incident_id,
                    last_seen_at=row.last_seen_at,
                    gone=now - row.last_seen_at > gone_after,
                )
                for row in session.scalars(query)
            ]

    # -- the change feed -------------------------------------------------

    def last_seq(self) -> int:
        with self.read() as session:
            return session.connection().execute(select(func.max(_EVENT.c.seq))).scalar() or 0

    def events_after(
        self, seq: int, limit: int = 1000, incident_id: int | None = None
    ) -> list[EventRecord]:
        """Events with a sequence number above ``seq``, oldest first: the change feed."""
        query = select(*TimelineEvent.__table__.columns).where(TimelineEvent.seq > seq)
        if incident_id is not None:
            query = query.where(TimelineEvent.incident_id == incident_id)
        query = query.order_by(TimelineEvent.seq).limit(limit)
        with self.read() as session:
            return [EventRecord.of(row) for row in session.connection().execute(query)]

    def events(
        self, incident_id: int, first: int = 1, limit: int | None = None
    ) -> list[EventRecord]:
        """An incident's timeline by event number, from ``first``."""
        query = (
            select(*TimelineEvent.__table__.columns)
            .where(TimelineEvent.incident_id == incident_id, TimelineEvent.number >= first)
            .order_by(TimelineEvent.number)
        )
        if limit is not None:
            query = query.limit(limit)
        with self.read() as session:
            # Rows, not ORM objects: a report reads every event, and they leave at once.
            return [EventRecord.of(row) for row in session.connection().execute(query)]

    def event_numbers(
        self,
        incident_id: int,
        *,
        kinds: Sequence[str] | None = None,
        roles: Sequence[str] | None = None,
        text: str = "",
        entry_kinds: Sequence[str] | None = None,
        after: int = 0,
    ) -> array[int]:
        """The numbers of the incident's events that pass the filters, in order.

        Only integers come back, so a timeline of 100,000 events filters in
        the database and stays a few hundred kilobytes in memory.
        """
        query = select(_EVENT.c.number).where(
            _EVENT.c.incident_id == incident_id, _EVENT.c.number > after
        )
        if kinds is not None:
            query = query.where(_EVENT.c.kind.in_(list(kinds)))
        if roles is not None:
            query = query.where(_EVENT.c.role.in_(list(roles)))
        if entry_kinds is not None:
            # Said as the index on it says it (ix_timeline_event_entry): found through
            # the index, not by reading every event's payload.
            query = query.where(ENTRY_KIND.in_(list(entry_kinds)))
            if kinds is None:  # only an entry has an entry kind; the index knows that too
                query = query.where(_EVENT.c.kind == EventKind.ENTRY)
            if EntryKind.NOTE not in entry_kinds:
                query = query.where(NOT_A_NOTE)
        if text.strip():
            needle = f"%{text.strip()}%"
            query = query.where(
                or_(
                    cast(_EVENT.c.payload, String).ilike(needle),
                    _EVENT.c.author.ilike(needle),
                )
            )
        with self.read() as session:
            # Core, not the ORM: 100,000 integers need no identity map; and straight
            # from the driver's cursor, as integers need no result processing either
            # (25,000 numbers: 8 ms, against 28 ms through the result's rows).
            result = session.connection().execute(query.order_by(_EVENT.c.number))
            try:
                return array("q", [number for (number,) in driver.rows(result)])
            finally:
                result.close()

    def head_hash(self, incident_id: int) -> str:
        """The hash of the incident's last event: the record's fingerprint."""
        query = select(_INCIDENT.c.head_hash).where(_INCIDENT.c.id == incident_id)
        with self.read() as session:
            return str(session.connection().execute(query).scalar() or "")

    def head_number(self, incident_id: int) -> int:
        """How many events the incident's record holds."""
        query = select(_INCIDENT.c.head_number).where(_INCIDENT.c.id == incident_id)
        with self.read() as session:
            return int(session.connection().execute(query).scalar() or 0)

    def events_between(self, incident_id: int, first: int, last: int) -> list[EventRecord]:
        """Events numbered ``first`` to ``last`` inclusive: one page of a timeline."""
        with self.read() as session:
            rows = session.connection().execute(
                _PAGE, {"b_incident": incident_id, "b_first": first, "b_last": last}
            )
            return [EventRecord.of(row) for row in rows]

    def verify(self, incident_id: int) -> Problem | None:
        """The first problem with the incident's record (file, chain, state), or None."""
        return self._check(incident_id, None)

    def verified_events(self, incident_id: int) -> tuple[list[EventRecord], Problem | None]:
        """``verify`` and the events it read, in stored order, read once.

        With a problem the list may stop where the record could not be read.
        """
        kept: list[EventRecord] = []
        return kept, self._check(incident_id, kept)

    def _check(self, incident_id: int, kept: list[EventRecord] | None) -> Problem | None:
        # Not ``read()``: damage must come back as a finding, and a read has nothing to commit.
        try:
            with Session(self.engine) as session:
                if session.get(Incident, incident_id) is None:
                    raise NotFound(
                        _("there is no incident #{id}").format(id=incident_id),
                        hint=_("see `warroom list`"),
                    )
                return check_record(session, incident_id, kept)
        except (OperationalError, DatabaseError) as exc:
            return DamagedRecord(f"the database file is damaged ({getattr(exc, 'orig', exc)})")

    def rebuild(self, incident_id: int, actor: Actor) -> list[StateMismatch]:
        """Rebuild the incident's state rows from its events; what differed, if anything.

        Refused when the chain itself is broken: a rebuild trusts the events.
        A rebuild that changed something is itself recorded, with what it found.
        """
        with self.write() as tx:
            incident = tx.incident(incident_id)
            events, unreadable = read_events(tx.session, incident_id)
            broken = unreadable or check_chain(incident, events)
            if broken is not None:
                raise StorageError(
                    _("incident #{id} cannot be rebuilt: its record is broken at {problem}").format(
                        id=incident_id, problem=broken
                    ),
                    hint=_("a rebuild trusts the events; export what is intact instead"),
                )
            differences = compare_all(stored_state(tx.session, incident), replay(incident, events))
            if not differences:
                raise NothingToDo(
                    _("incident #{id}: the state already says what its events say").format(
                        id=incident_id
                    )
                )
            for model, _fields in (
                STATE_TABLES[4],
                *STATE_TABLES,
            ):  # fix attempts before hypotheses
                tx.session.execute(delete(model).where(model.incident_id == incident_id))
            projection = Projection(tx.session, incident)
            for event in events:
                projection.apply(event)
            tx.record(
                incident,
                EventKind.RECORD_REBUILT,
                {"count": len(differences), "differences": [str(d) for d in differences[:50]]},
                actor,
            )
            return differences
