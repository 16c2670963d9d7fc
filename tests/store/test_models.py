"""The models on each backend: the entry-kind index is the same partial index on SQLite
and PostgreSQL, and a SQLite record never imports the PostgreSQL dialect."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Index
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Dialect
from sqlalchemy.schema import CreateIndex

from tests.probe import last_json, run_python
from warroom.core.clock import SimulatedClock
from warroom.room import WarRoom
from warroom.store.models import Base, TimelineEvent

POSTGRESQL = ("sqlalchemy.dialects.postgresql", "psycopg", "psycopg2", "asyncpg", "pg8000")


def _entry_index() -> Index:
    events = Base.metadata.tables[TimelineEvent.__tablename__]
    (index,) = [i for i in events.indexes if i.name == "ix_timeline_event_entry"]
    return index


def _ddl(dialect: Dialect) -> str:
    return " ".join(str(CreateIndex(_entry_index()).compile(dialect=dialect)).split())


def test_the_entry_index_is_partial_on_postgresql_as_migration_0009_makes_it() -> None:
    kind = "(payload ->> 'entry')"
    assert _ddl(postgresql.dialect()) == (
        "CREATE INDEX ix_timeline_event_entry ON timeline_event"
        f" (incident_id, kind, {kind}, number) WHERE {kind} != 'note'"
    )
    assert _entry_index().dialect_options["postgresql"]["where"] is not None


def test_the_entry_index_is_partial_on_sqlite_as_migration_0009_makes_it() -> None:
    kind = "CASE WHEN json_valid(payload) THEN json_extract(payload, '$.entry') END"
    assert _ddl(sqlite.dialect()) == (
        "CREATE INDEX ix_timeline_event_entry ON timeline_event"
        f" (incident_id, kind, {kind}, number) WHERE {kind} != 'note'"
    )


def test_a_sqlite_record_opened_written_and_read_never_imports_postgresql(
    tmp_path: Path, clock: SimulatedClock
) -> None:
    path = str(tmp_path / "room.sqlite3")
    # Made here: a new file is upgraded by Alembic, whose start imports every backend's
    # DDL module; a start on an existing record does not run it.
    made = WarRoom.open(path, clock=clock)
    incident = made.declare("Checkout down", "Blocker", impact_what="no orders")
    made.close()
    # A process of its own: this one has long imported the PostgreSQL dialect.
    probe = (
        "import json, sys\n"
        "from warroom.room import WarRoom\n"
        "from warroom.snapshot import load_snapshot\n"
        f"room = WarRoom.open({path!r})\n"
        f"room.log({incident}, 'a decision', 'decision')\n"
        f"load_snapshot(room.store, {incident})\n"
        f"assert room.store.event_numbers({incident}, entry_kinds=['decision'])\n"
        f"assert room.verify({incident}) is None\n"
        "room.close()\n"
        "print(json.dumps(sorted(sys.modules)))\n"
    )
    loaded = last_json(run_python(probe))
    assert "sqlalchemy.dialects.sqlite" in loaded
    assert [m for m in loaded if m.startswith(POSTGRESQL)] == []
