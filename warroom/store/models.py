"""Typed SQLAlchemy models of the incident record.

Times are stored in UTC. Every entity an export refers to carries a ``uid`` so
references survive the move to another database; integer ids stay internal.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    Dialect,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.expression import ColumnElement, FunctionElement, literal_column

from warroom.core.chain import GENESIS


class UTCDateTime(TypeDecorator[datetime]):
    """Aware UTC datetimes in, aware UTC datetimes out, on every backend."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the store; use an aware UTC datetime")
        value = value.astimezone(UTC)
        # SQLite has no time zones; store the naive UTC value so ordering works as text.
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


class Base(DeclarativeBase):
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        datetime: UTCDateTime,
        dict[str, Any]: JSON,
        list[Any]: JSON,
        list[str]: JSON,
        list[dict[str, Any]]: JSON,
    }


def _incident_fk() -> Mapped[int]:
    return mapped_column(ForeignKey("incident.id", ondelete="CASCADE"), index=True)


class Incident(Base):
    __tablename__ = "incident"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True)
    title: Mapped[str] = mapped_column(String(300))
    priority: Mapped[str] = mapped_column(String(40))
    status: Mapped[str] = mapped_column(String(20), index=True)
    mode: Mapped[str] = mapped_column(String(20), default="real")
    summary: Mapped[str] = mapped_column(Text, default="")
    # Rule 1: the business impact, not only the broken system.
    impact_what: Mapped[str] = mapped_column(Text, default="")
    impact_who: Mapped[str] = mapped_column(Text, default="")
    impact_count: Mapped[int | None] = mapped_column(Integer)
    impact_since: Mapped[datetime | None]
    # How many, in words, when a bare count cannot say it ("80 % of traffic").
    impact_extent: Mapped[str] = mapped_column(Text, default="", server_default="")
    services: Mapped[list[str]] = mapped_column(default=list)
    # The IANA zone the team (or the source) gave its times in; "" when not said.
    time_zone: Mapped[str] = mapped_column(String(64), default="", server_default="")
    # Names of the times above known only roughly ("around 23:00"), e.g. ["started"].
    approximate_times: Mapped[list[str]] = mapped_column(default=list, server_default="[]")
    started_at: Mapped[datetime]
    detected_at: Mapped[datetime | None]
    declared_at: Mapped[datetime]
    first_update_at: Mapped[datetime | None]
    mitigated_at: Mapped[datetime | None]
    resolved_at: Mapped[datetime | None]
    closed_at: Mapped[datetime | None]
    escalated_at: Mapped[datetime | None]
    # The on-call page: who was paged last, when, and whether they reacted.
    paged_at: Mapped[datetime | None]
    paged_who: Mapped[str] = mapped_column(String(200), default="", server_default="")
    acknowledged_at: Mapped[datetime | None]
    # The promise made by the last status update; drives the countdown.
    next_update_due_at: Mapped[datetime | None]
    # The event that last changed each aspect a seat can edit; a change based on an
    # older one is refused (two seats never overwrite each other without a word).
    priority_version: Mapped[int] = mapped_column(default=0, server_default="0")
    status_version: Mapped[int] = mapped_column(default=0, server_default="0")
    impact_version: Mapped[int] = mapped_column(default=0, server_default="0")
    # The record's own witness of its chain: how long it is and how it ends.
    head_number: Mapped[int] = mapped_column(default=0)
    head_hash: Mapped[str] = mapped_column(String(64), default=GENESIS)


class Person(Base):
    __tablename__ = "person"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    contact: Mapped[str] = mapped_column(Text, default="")


class RoleAssignment(Base):
    __tablename__ = "role_assignment"

    id: Mapped[int] = mapped_column(primary_key=True)
    incident_id: Mapped[int] = _incident_fk()
    uid: Mapped[str] = mapped_column(String(36))
    role: Mapped[str] = mapped_column(String(20))
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"))
    seat: Mapped[str] = mapped_column(String(100), default="")
    started_at: Mapped[datetime]
    ended_at: Mapped[datetime | None]
    note: Mapped[str] = mapped_column(Text, default="")

    person: Mapped[Person] = relationship(lazy="joined")


class TimelineEvent(Base):
    __tablename__ = "timeline_event"
    __table_args__ = (UniqueConstraint("incident_id", "number", name="uq_event_number"),)

    # Assigned under the write lock, so sequence order is commit order: the
    # change feed can read "everything after N" without missing a late commit.
    seq: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    # No index of its own: uq_event_number begins with it, and one index fewer is
    # one page fewer that every append writes and syncs (migration 0009).
    incident_id: Mapped[int] = mapped_column(ForeignKey("incident.id", ondelete="CASCADE"))
    number: Mapped[int]
    at: Mapped[datetime]
    kind: Mapped[str] = mapped_column(String(40))
    author: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(20))
    seat: Mapped[str] = mapped_column(String(100))
    payload: Mapped[dict[str, Any]]
    corrects: Mapped[int | None]
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class PartialIndex(Index):
    """An index over the rows ``where`` holds, on SQLite and on PostgreSQL alike.

    ``Index(..., postgresql_where=...)`` would check its argument against the PostgreSQL
    dialect, which imports that dialect and its drivers' modules (~30-50 ms) on every
    start, SQLite's included. Here PostgreSQL's ``where`` is filled in when that
    dialect first asks for its options (to create or compare the index), so the DDL on
    each backend is the one ``Index`` would make.
    """

    def __init__(self, name: str, *expressions: Any, where: ColumnElement[bool]) -> None:
        self._where = where
        super().__init__(name, *expressions, sqlite_where=where)

    def _kw_reg_for_dialect_cls(self, dialect_name: str) -> Any:  # type: ignore[override]
        options = super()._kw_reg_for_dialect_cls(dialect_name)
        if dialect_name == "postgresql":
            options["where"] = self._where
        return options


class EntryKindOf(FunctionElement[str]):
    """An event payload's entry kind, in the words the index on it was made with.

    SQLite and PostgreSQL use an index on an expression only when a query says
    the very same expression, constants included (a bound JSON path would not
    match): the index and every query that filters on it take it from here.
    """

    type = String()
    inherit_cache = True
    name = "entry_kind"


@compiles(EntryKindOf, "sqlite")
def _entry_kind_sqlite(element: EntryKindOf, compiler: SQLCompiler, **kw: Any) -> str:
    payload = compiler.process(element.clauses, **kw)
    # A payload that is not JSON (a damaged or hand-edited record) has no entry kind:
    # json_extract would raise, and the index would refuse to be built on an old
    # record, so verify could never say which event is damaged.
    return f"CASE WHEN json_valid({payload}) THEN json_extract({payload}, '$.entry') END"


@compiles(EntryKindOf, "postgresql")
def _entry_kind_postgresql(element: EntryKindOf, compiler: SQLCompiler, **kw: Any) -> str:
    return f"({compiler.process(element.clauses, **kw)} ->> 'entry')"


ENTRY_KIND = EntryKindOf(TimelineEvent.payload)
# Notes are most of a log and never asked for by kind: only the other entries are
# in the index, so an append of a note writes no page of it. (In this order: the
# words must be migration 0009's, and a query's the index's.)
NOT_A_NOTE: ColumnElement[bool] = ENTRY_KIND != literal_column("'note'")  # noqa: SIM300
# The kind is in it too: the lists ask for entries of a kind, and an index that
# holds every column a query reads answers it without reading a single event
# (measured at 100,000 events: 7 ms against 21 ms with the kind read from the row).
PartialIndex(
    "ix_timeline_event_entry",
    TimelineEvent.incident_id,
    TimelineEvent.kind,
    ENTRY_KIND,
    TimelineEvent.number,
    where=NOT_A_NOTE,
)


class ChecklistItem(Base):
    __tablename__ = "checklist_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    incident_id: Mapped[int] = _incident_fk()
    uid: Mapped[str] = mapped_column(String(36))
    position: Mapped[int]
    section: Mapped[str] = mapped_column(String(200), default="")
    title: Mapped[str] = mapped_column(Text)
    # Rule 3: every question to the customer says what, why, what for, what next.
    need: Mapped[str] = mapped_column(Text, default="")
    why: Mapped[str] = mapped_column(Text, default="")
    use: Mapped[str] = mapped_column(Text, default="")
    next_step: Mapped[str] = mapped_column(Text, default="")
    done: Mapped[bool] = mapped_column(Boolean, default=False)
    done_by: Mapped[str] = mapped_column(String(200), default="")
    done_at: Mapped[datetime | None]
    result: Mapped[str] = mapped_column(Text, default="")
    # The event that last changed what a seat edits here (see Incident.status_version).
    version: Mapped[int] = mapped_column(default=0, server_default="0")


class SpecLine(Base):
    """One row of the problem specification: what IS and what IS NOT affected."""

    __tablename__ = "spec_line"

    id: Mapped[int] = mapped_column(primary_key=True)
    incident_id: Mapped[int] = _incident_fk()
    uid: Mapped[str] = mapped_column(String(36))
    dimension: Mapped[str] = mapped_column(String(20))
    is_text: Mapped[str] = mapped_column(Text, default="")
    is_not_text: Mapped[str] = mapped_column(Text, default="")
    distinction: Mapped[str] = mapped_column(Text, default="")
    change: Mapped[str] = mapped_column(Text, default="")
    # The event that last changed what a seat edits here (see Incident.status_version).
    version: Mapped[int] = mapped_column(default=0, server_default="0")


class Hypothesis(Base):
    __tablename__ = "hypothesis"

    id: Mapped[int] = mapped_column(primary_key=True)
    incident_id: Mapped[int] = _incident_fk()
    uid: Mapped[str] = mapped_column(String(36))
    label: Mapped[str] = mapped_column(String(20))
    statement: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(20), default="open")
    status_reason: Mapped[str] = mapped_column(Text, default="")
    explains_spec: Mapped[bool | None] = mapped_column(Boolean)
    proposed_by: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime]
    # [{at, by, text, supports}]
    evidence: Mapped[list[dict[str, Any]]] = mapped_column(default=list)
    # The event that last changed what a seat edits here (see Incident.status_version).
    version: Mapped[int] = mapped_column(default=0, server_default="0")


class FixAttempt(Base):
    __tablename__ = "fix_attempt"

    id: Mapped[int] = mapped_column(primary_key=True)
    incident_id: Mapped[int] = _incident_fk()
    uid: Mapped[str] = mapped_column(String(36))
    hypothesis_id: Mapped[int | None] = mapped_column(ForeignKey("hypothesis.id"))
    description: Mapped[str] = mapped_column(Text)
    expected_result: Mapped[str] = mapped_column(Text, default="")
    rollback_plan: Mapped[str] = mapped_column(Text, default="")
    approved_by: Mapped[str] = mapped_column(String(200), default="")
    attempted_by: Mapped[str] = mapped_column(String(200))
    attempted_at: Mapped[datetime]
    outcome: Mapped[str] = mapped_column(String(20), default="pending")
    outcome_note: Mapped[str] = mapped_column(Text, default="")
    outcome_at: Mapped[datetime | None]
    # The event that last changed what a seat edits here (see Incident.status_version).
    version: Mapped[int] = mapped_column(default=0, server_default="0")

    hypothesis: Mapped[Hypothesis | None] = relationship(lazy="joined")


class InformationRequest(Base):
    __tablename__ = "information_request"

    id: Mapped[int] = mapped_column(primary_key=True)
    incident_id: Mapped[int] = _incident_fk()
    uid: Mapped[str] = mapped_column(String(36))
    addressed_to: Mapped[str] = mapped_column(String(200), default="")
    need: Mapped[str] = mapped_column(Text)
    why: Mapped[str] = mapped_column(Text)
    use: Mapped[str] = mapped_column(Text)
    next_step: Mapped[str] = mapped_column(Text)
    asked_by: Mapped[str] = mapped_column(String(200))
    asked_at: Mapped[datetime]
    answer: Mapped[str] = mapped_column(Text, default="")
    answered_at: Mapped[datetime | None]
    # The event that last changed what a seat edits here (see Incident.status_version).
    version: Mapped[int] = mapped_column(default=0, server_default="0")


class StatusUpdate(Base):
    __tablename__ = "status_update"

    id: Mapped[int] = mapped_column(primary_key=True)
    incident_id: Mapped[int] = _incident_fk()
    uid: Mapped[str] = mapped_column(String(36))
    audience: Mapped[str] = mapped_column(String(20))
    phase: Mapped[str] = mapped_column(String(20))
    text: Mapped[str] = mapped_column(Text)
    channel: Mapped[str] = mapped_column(String(40), default="clipboard")
    sent_by: Mapped[str] = mapped_column(String(200))
    sent_at: Mapped[datetime]
    # None only on the final update, which promises the cause report instead.
    next_update_at: Mapped[datetime | None]
    is_final: Mapped[bool] = mapped_column(Boolean, default=False)
    # pending until the channel confirms; a failed send keeps the words and says why.
    delivery: Mapped[str] = mapped_column(String(20), default="sent", server_default="sent")
    delivery_detail: Mapped[str] = mapped_column(Text, default="", server_default="")


class Action(Base):
    __tablename__ = "action"

    id: Mapped[int] = mapped_column(primary_key=True)
    incident_id: Mapped[int] = _incident_fk()
    uid: Mapped[str] = mapped_column(String(36))
    kind: Mapped[str] = mapped_column(String(20))
    text: Mapped[str] = mapped_column(Text)
    owner: Mapped[str] = mapped_column(String(200), default="")
    due: Mapped[datetime | None]
    status: Mapped[str] = mapped_column(String(20), default="open")
    # Rule 7: which other systems need the same fix?
    other_systems: Mapped[list[str]] = mapped_column(default=list)
    created_at: Mapped[datetime]
    done_at: Mapped[datetime | None]
    # The event that last changed what a seat edits here (see Incident.status_version).
    version: Mapped[int] = mapped_column(default=0, server_default="0")


class RootCause(Base):
    __tablename__ = "root_cause"

    id: Mapped[int] = mapped_column(primary_key=True)
    incident_id: Mapped[int] = mapped_column(
        ForeignKey("incident.id", ondelete="CASCADE"), unique=True
    )
    cause: Mapped[str] = mapped_column(Text)
    category: Mapped[str] = mapped_column(String(100), default="")
    how_proven: Mapped[str] = mapped_column(Text, default="")
    assumptions: Mapped[str] = mapped_column(Text, default="")
    # [{cause, why_rejected}]
    alternatives: Mapped[list[dict[str, Any]]] = mapped_column(default=list)
    set_by: Mapped[str] = mapped_column(String(200))
    set_at: Mapped[datetime]
    # The event that last changed what a seat edits here (see Incident.status_version).
    version: Mapped[int] = mapped_column(default=0, server_default="0")


class SeatPresence(Base):
    """Who sits in the room now: one row per seat, refreshed while the seat is open.

    Not part of any incident's record and never in the timeline, which records
    only what people did; a seat whose row goes stale is shown as gone.
    """

    __tablename__ = "seat_presence"

    seat: Mapped[str] = mapped_column(String(100), primary_key=True)
    person: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[str] = mapped_column(String(20), default="")
    incident_id: Mapped[int | None] = mapped_column(
        ForeignKey("incident.id", ondelete="SET NULL"), index=True
    )
    joined_at: Mapped[datetime]
    last_seen_at: Mapped[datetime]


class ScenarioText(Base):
    """A scenario file as run, found by the SHA-256 its exercise's timeline records.

    The file holds the answer key (the trainer's summary, the expected actions,
    the key facts of the cause), so it is not written into the timeline, which
    every seat reads and every export carries: the chain keeps the hash, which
    proves this text, and only the trainer's export carries the text itself.
    """

    __tablename__ = "scenario_text"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    text: Mapped[str] = mapped_column(Text)


class CatalogueService(Base):
    """A service of the catalogue: reference data kept beside the incidents, not in a chain.

    What an incident says about its services stays in its events; the catalogue
    says who owns a service and what it depends on, and is edited freely.
    """

    __tablename__ = "catalogue_service"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    owner: Mapped[str] = mapped_column(String(200), default="")
    oncall: Mapped[str] = mapped_column(String(200), default="")
    tier: Mapped[str] = mapped_column(String(40), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    # What it is built from (a database engine, a library, a load balancer): a fix to
    # one of these may be needed wherever else it is used (rule 7).
    components: Mapped[list[str]] = mapped_column(default=list)
    depends_on: Mapped[list[str]] = mapped_column(default=list)
    updated_at: Mapped[datetime]


class ImpactPhase(Base):
    """A span of the impact: an outage, then a partial restoration, each with its own times."""

    __tablename__ = "impact_phase"

    id: Mapped[int] = mapped_column(primary_key=True)
    incident_id: Mapped[int] = _incident_fk()
    uid: Mapped[str] = mapped_column(String(36))
    level: Mapped[str] = mapped_column(String(20))
    what: Mapped[str] = mapped_column(Text)
    extent: Mapped[str] = mapped_column(Text, default="")
    count: Mapped[int | None] = mapped_column(Integer)
    started_at: Mapped[datetime]
    started_approximate: Mapped[bool] = mapped_column(Boolean, default=False)
    ended_at: Mapped[datetime | None]
    ended_approximate: Mapped[bool] = mapped_column(Boolean, default=False)
    note: Mapped[str] = mapped_column(Text, default="")
    # The event that last changed what a seat edits here (see Incident.status_version).
    version: Mapped[int] = mapped_column(default=0, server_default="0")


class Remedy(Base):
    """A remedy the room considered, and whether it was chosen and why."""

    __tablename__ = "remedy"

    id: Mapped[int] = mapped_column(primary_key=True)
    incident_id: Mapped[int] = _incident_fk()
    uid: Mapped[str] = mapped_column(String(36))
    description: Mapped[str] = mapped_column(Text)
    decision: Mapped[str] = mapped_column(String(20), default="open")
    reason: Mapped[str] = mapped_column(Text, default="")
    considered_by: Mapped[str] = mapped_column(String(200))
    considered_at: Mapped[datetime]
    decided_at: Mapped[datetime | None]
    # The event that last changed what a seat edits here (see Incident.status_version).
    version: Mapped[int] = mapped_column(default=0, server_default="0")


class Source(Base):
    """Where the record's facts come from: a postmortem, a status page, a ticket."""

    __tablename__ = "source"

    id: Mapped[int] = mapped_column(primary_key=True)
    incident_id: Mapped[int] = _incident_fk()
    uid: Mapped[str] = mapped_column(String(36))
    title: Mapped[str] = mapped_column(String(300))
    url: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")
    added_by: Mapped[str] = mapped_column(String(200))
    added_at: Mapped[datetime]


for _table in (
    ImpactPhase,
    Remedy,
    Source,
    RoleAssignment,
    ChecklistItem,
    SpecLine,
    Hypothesis,
    FixAttempt,
    InformationRequest,
    StatusUpdate,
    Action,
):
    Index(f"uq_{_table.__tablename__}_uid", _table.incident_id, _table.uid, unique=True)
