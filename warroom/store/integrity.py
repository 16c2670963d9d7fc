"""Does the record prove itself? The chain, the file, and the state beside it.

``check_record`` answers for one incident, in the order a reader would ask:
can the database file be read at all (SQLite's own page check), is every event
readable and the hash chain unbroken, and do the state tables say exactly what
replaying the events says. It never raises for damage it finds; it returns the
first problem, named so that a person can look at it.
"""

from __future__ import annotations

import json
from collections.abc import Generator, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Text, cast, create_engine, select, text
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session
from sqlalchemy.pool import StaticPool

from warroom.core.chain import ChainBreak, verify_chain
from warroom.core.vocabulary import EventKind
from warroom.store import driver, scenarios
from warroom.store.models import (
    Action,
    Base,
    ChecklistItem,
    FixAttempt,
    Hypothesis,
    ImpactPhase,
    Incident,
    InformationRequest,
    Remedy,
    RoleAssignment,
    RootCause,
    ScenarioText,
    Source,
    SpecLine,
    StatusUpdate,
    TimelineEvent,
)
from warroom.store.projection import INCIDENT_COLUMNS, Projection, UnknownEvent
from warroom.store.records import EventRecord, chained_fields, parse_instant

# The state tables, in the order a report reads them; the key names a row to a person.
STATE_TABLES: tuple[tuple[Any, str], ...] = (
    (RoleAssignment, "uid"),
    (ChecklistItem, "uid"),
    (SpecLine, "dimension"),
    (Hypothesis, "uid"),
    (FixAttempt, "uid"),
    (InformationRequest, "uid"),
    (StatusUpdate, "uid"),
    (Action, "uid"),
    (RootCause, ""),
    (ImpactPhase, "uid"),
    (Remedy, "uid"),
    (Source, "uid"),
)
_SKIPPED_COLUMNS = frozenset({"id", "incident_id", "person_id", "hypothesis_id"})
# Version 0.1 stamped rows and events with two readings of the clock, microseconds apart.
_LEGACY_TOLERANCE = timedelta(seconds=1)


@dataclass(frozen=True)
class DamagedRecord:
    """The database itself cannot be read where the record lies."""

    reason: str
    number: int | None = None

    def __str__(self) -> str:
        where = f"event {self.number}: " if self.number is not None else ""
        return f"{where}{self.reason}"


@dataclass(frozen=True)
class StateMismatch:
    """A state row that says something its events do not."""

    table: str
    key: str
    column: str
    stored: Any
    expected: Any
    event: int | None  # the event that set the expected value
    kind: str = ""

    def __str__(self) -> str:
        row = self.table if not self.key else f"{self.table} {self.key}"
        if self.column == "":
            if self.expected is None:
                return f"{row}: this row exists, but no event created it"
            return f"{row}: this row is missing; event {self.event} ({self.kind}) created it"
        source = f"event {self.event} ({self.kind})" if self.event else "the events"
        return (
            f"{row}: {self.column} is {_shown(self.stored)}, "
            f"but {source} says {_shown(self.expected)}"
        )


Problem = ChainBreak | StateMismatch | DamagedRecord


def _shown(value: Any) -> str:
    text_value = repr(value.isoformat()) if isinstance(value, datetime) else repr(value)
    return text_value if len(text_value) <= 80 else text_value[:77] + "...'"


# -- reading the file and the events ---------------------------------------------


def page_check(session: Session) -> DamagedRecord | None:
    """SQLite's own check of its pages and indexes; nothing to do on PostgreSQL."""
    if session.get_bind().dialect.name != "sqlite":
        return None
    rows = [str(r[0]) for r in session.execute(text("PRAGMA quick_check(5)"))]
    if rows == ["ok"]:
        return None
    return DamagedRecord(f"the database file is damaged ({rows[0]})")


def read_events(session: Session, incident_id: int) -> tuple[list[EventRecord], Problem | None]:
    """The incident's events in stored order, as far as they can be read."""
    found: list[Problem] = []
    events = list(stream_events(session, incident_id, found))
    return events, found[0] if found else None


def stream_events(
    session: Session, incident_id: int, found: list[Problem]
) -> Generator[EventRecord, None, None]:
    """``read_events`` one event at a time: a check of 100,000 events holds a few, not all.

    Stops at the first event that cannot be read and puts why into ``found``.
    """
    columns = (
        TimelineEvent.seq,
        TimelineEvent.number,
        cast(TimelineEvent.at, Text),
        TimelineEvent.kind,
        TimelineEvent.author,
        TimelineEvent.role,
        TimelineEvent.seat,
        cast(TimelineEvent.payload, Text),
        TimelineEvent.corrects,
        TimelineEvent.prev_hash,
        TimelineEvent.hash,
    )
    query = (
        select(*columns).where(TimelineEvent.incident_id == incident_id).order_by(TimelineEvent.seq)
    )
    # Core rows, read as they are walked (the ORM would fetch every row first), and
    # straight from the driver's cursor: the columns are integers and text, which
    # need no result processing (10,000 events: 82 → ~55 ms).
    rows = session.connection().execute(query)
    try:
        for (
            seq,
            number,
            at,
            kind,
            author,
            role,
            seat,
            payload,
            corrects,
            prev,
            digest,
        ) in driver.rows(rows):
            try:
                decoded = json.loads(payload)
                if not isinstance(decoded, dict):
                    raise ValueError("the payload is not an object")
                moment = _stored_instant(at)
            except (ValueError, TypeError) as exc:
                reason = f"its content cannot be read ({exc})"
                found.append(
                    ChainBreak(number, reason) if isinstance(number, int) else DamagedRecord(reason)
                )
                return
            yield EventRecord(
                seq,
                incident_id,
                number,
                moment,
                kind,
                author,
                role,
                seat,
                decoded,
                corrects,
                prev,
                digest,
            )
    finally:
        # Also when the walk stops early (at a break in the chain): the cursor is let go.
        rows.close()


def _stored_instant(value: str) -> datetime:
    # SQLite keeps naive UTC text, PostgreSQL an offset; both parse to aware UTC.
    text_value = str(value).replace(" ", "T", 1)
    if "+" not in text_value[10:] and not text_value.endswith("Z"):
        text_value += "+00:00"
    return parse_instant(text_value)


def check_chain(incident: Incident, events: Iterable[EventRecord]) -> ChainBreak | None:
    return verify_chain(
        ((chained_fields(e), e.hash) for e in events),
        expected_count=incident.head_number,
        expected_head=incident.head_hash,
    )


# -- the state, as stored and as replayed ------------------------------------------


def comparable(row: Any) -> dict[str, Any]:
    """A state row as a person would compare it: no database ids, names for references."""
    values = {
        column.key: getattr(row, column.key)
        for column in row.__table__.columns
        if column.key not in _SKIPPED_COLUMNS
    }
    if isinstance(row, RoleAssignment):
        values["person"] = row.person.name
    if isinstance(row, FixAttempt):
        values["hypothesis"] = row.hypothesis.uid if row.hypothesis else None
    return values


def incident_values(incident: Incident) -> dict[str, Any]:
    return {column: getattr(incident, column) for column in ("uid", *INCIDENT_COLUMNS)}


def stored_state(session: Session, incident: Incident) -> dict[tuple[str, str], dict[str, Any]]:
    state = {("incident", ""): incident_values(incident)}
    for model, key in STATE_TABLES:
        for row in session.scalars(select(model).where(model.incident_id == incident.id)):
            state[(model.__tablename__, str(getattr(row, key)) if key else "")] = comparable(row)
    return state


@dataclass
class Replay:
    """The state the events produce, and which event set each value."""

    state: dict[tuple[str, str], dict[str, Any]]
    source: dict[tuple[str, str, str], EventRecord]
    unproven: set[tuple[str, str, str]]
    legacy: bool


def replay(incident: Incident, events: Iterable[EventRecord]) -> Replay:
    """Replay ``events`` into an empty scratch database and read back the state."""
    with _scratch_session() as scratch:
        row = Incident(
            id=incident.id,
            uid=incident.uid,
            title="",
            priority="",
            status="",
            started_at=incident.declared_at,
            declared_at=incident.declared_at,
            head_number=0,
        )
        scratch.add(row)
        scratch.flush()
        projection = Projection(scratch, row)
        state: dict[tuple[str, str], dict[str, Any]] = {}
        source: dict[tuple[str, str, str], EventRecord] = {}
        first: EventRecord | None = None
        for event in events:
            first = first or event
            projection.apply(event)
            scratch.flush()
            for table, key, changed_row in projection.changed:
                values = (
                    incident_values(changed_row) if table == "incident" else comparable(changed_row)
                )
                before = state.get((table, key), {})
                for column, value in values.items():
                    if column not in before or before[column] != value:
                        source[(table, key, column)] = event
                state[(table, key)] = values
        legacy = first is not None and "uid" not in first.payload
        if not legacy and first is not None:
            # The declaration names the incident's uid; the row must carry it.
            state[("incident", "")]["uid"] = first.payload["uid"]
        return Replay(state, source, set(projection.unproven), legacy)


State = dict[tuple[str, str], dict[str, Any]]


def compare_all(stored: State, replayed: Replay) -> list[StateMismatch]:
    """Every disagreement, ordered by the event that should have produced it."""
    found: list[tuple[int, StateMismatch]] = []
    for (table, key), expected in replayed.state.items():
        actual = stored.get((table, key))
        creator = replayed.source.get((table, key, next(iter(expected), "")))
        if actual is None:
            number = creator.number if creator else None
            found.append(
                (number or 0, StateMismatch(table, key, "", None, True, number, _kind(creator)))
            )
            continue
        for column, value in expected.items():
            if (table, key, column) in replayed.unproven:
                continue
            if not same_values(actual.get(column), value, replayed.legacy):
                event = replayed.source.get((table, key, column))
                number = event.number if event else None
                found.append(
                    (
                        number or 0,
                        StateMismatch(
                            table, key, column, actual.get(column), value, number, _kind(event)
                        ),
                    )
                )
    for table, key in stored:
        if (table, key) not in replayed.state:
            found.append((1 << 62, StateMismatch(table, key, "", True, None, None)))
    found.sort(key=lambda pair: pair[0])
    return [mismatch for _, mismatch in found]


def compare(stored: State, replayed: Replay) -> StateMismatch | None:
    """The first disagreement, by the event that should have produced it."""
    every = compare_all(stored, replayed)
    return every[0] if every else None


def _kind(event: EventRecord | None) -> str:
    return event.kind if event else ""


def same_values(stored: Any, expected: Any, legacy: bool) -> bool:
    """Equal, or for records written by 0.1 equal with instants to the second."""
    if not legacy:
        return bool(stored == expected)
    # Records written by 0.1: equal, but instants (also inside evidence) to the second.
    if isinstance(stored, list) and isinstance(expected, list):
        return len(stored) == len(expected) and all(
            same_values(a, b, legacy) for a, b in zip(stored, expected, strict=True)
        )
    if isinstance(stored, dict) and isinstance(expected, dict):
        return stored.keys() == expected.keys() and all(
            same_values(stored[k], expected[k], legacy) for k in stored
        )
    if isinstance(stored, str) and isinstance(expected, str) and stored != expected:
        try:
            stored, expected = parse_instant(stored), parse_instant(expected)
        except ValueError:
            return False
    if isinstance(stored, datetime) and isinstance(expected, datetime):
        return abs(stored - expected) <= _LEGACY_TOLERANCE
    return bool(stored == expected)


@contextmanager
def _scratch_session() -> Iterator[Session]:
    engine = create_engine("sqlite://", poolclass=StaticPool)
    try:
        Base.metadata.create_all(engine)
        with Session(engine) as session:
            yield session
    finally:
        engine.dispose()


# -- the whole check ----------------------------------------------------------


def check_record(
    session: Session, incident_id: int, kept: list[EventRecord] | None = None
) -> Problem | None:
    """The first problem with the incident's record, or None when it proves itself.

    ``kept``, when given, receives the events as they are read, for a caller that
    needs them too (the report): one read serves the chain and the replay, and the
    caller prints exactly the events that were checked.
    """
    try:
        damage = page_check(session)
        if damage is not None:
            return damage
        incident = session.get(Incident, incident_id)
        if incident is None:
            return None
        # Two walks over the events, none of them held (unless ``kept``): the chain,
        # then the replay.
        found: list[Problem] = []
        walk = stream_events(session, incident_id, found)
        broken = check_chain(incident, walk if kept is None else _keeping(walk, kept))
        walk.close()
        unreadable = found[0] if found else None
        if unreadable is not None and (broken is None or _number(unreadable) <= broken.number):
            return unreadable
        if broken is not None:
            return broken
        try:
            replayed = replay(
                incident, stream_events(session, incident_id, found) if kept is None else kept
            )
        except UnknownEvent as exc:
            return DamagedRecord(str(exc))
        mismatch = compare(stored_state(session, incident), replayed)
        return mismatch if mismatch is not None else _altered_scenario(session, incident_id)
    except (DatabaseError, OperationalError) as exc:
        return DamagedRecord(f"the database file is damaged ({getattr(exc, 'orig', exc)})")


def _keeping(events: Iterable[EventRecord], kept: list[EventRecord]) -> Iterator[EventRecord]:
    for event in events:
        kept.append(event)
        yield event


def _altered_scenario(session: Session, incident_id: int) -> Problem | None:
    """A kept scenario file that no longer hashes to what its exercise recorded.

    A database without the file (a players' copy) is not damaged: the file
    only travels with the trainer's export.
    """
    started = session.execute(
        select(TimelineEvent.number, TimelineEvent.payload).where(
            TimelineEvent.incident_id == incident_id,
            TimelineEvent.kind == EventKind.EXERCISE_STARTED,
        )
    ).all()
    for number, payload in started:
        if "text" in payload:
            continue
        sha256 = str(payload.get("sha256"))
        kept = session.get(ScenarioText, sha256)
        if kept is not None and scenarios.digest(kept.text) != sha256:
            return DamagedRecord(
                f"the scenario file kept for this exercise was changed: it no longer "
                f"hashes to {sha256[:12]}…, the SHA-256 this event recorded",
                number,
            )
    return None


def _number(problem: Problem) -> int:
    number = getattr(problem, "number", None)
    return number if isinstance(number, int) else 0
