from __future__ import annotations

import sqlite3
import warnings
from pathlib import Path
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.schema import CreateIndex

from warroom.core.chain import GENESIS, ChainedFields, canonical_json
from warroom.core.clock import SimulatedClock
from warroom.core.errors import StorageError
from warroom.room import WarRoom
from warroom.snapshot import load_snapshot
from warroom.store import migrate, search_index
from warroom.store.engine import make_engine, resolve_url
from warroom.store.models import Base, TimelineEvent
from warroom.store.repository import Store, iso


def script_directory() -> ScriptDirectory:
    config = Config()
    config.set_main_option("script_location", str(migrate.MIGRATIONS))
    return ScriptDirectory.from_config(config)


def _not_the_index(name: str | None, type_: str, parent: object) -> bool:
    return not (type_ == "table" and name is not None and search_index.is_index_table(name))


def test_head_constant_matches_the_newest_revision() -> None:
    assert script_directory().get_current_head() == migrate.HEAD_REVISION


def test_revisions_form_one_line() -> None:
    assert len(script_directory().get_heads()) == 1


def test_upgrading_an_empty_database_gives_exactly_the_models(tmp_path: Path) -> None:
    engine = make_engine(resolve_url(str(tmp_path / "new.sqlite3")))
    assert migrate.upgrade(engine) is None  # a new file needs no backup
    with engine.connect() as conn, warnings.catch_warnings():
        # SQLAlchemy cannot read an index on an expression back from SQLite: that
        # one is compared below, as the SQL that made it.
        warnings.filterwarnings(
            "ignore", message=".*expression-based index ix_timeline_event_entry"
        )
        warnings.filterwarnings(
            "ignore", message=".*expression-based index 'ix_timeline_event_entry'"
        )
        # The search index is not in the models: FTS5 tables are virtual (see search_index).
        context = MigrationContext.configure(conn, opts={"include_name": _not_the_index})
        diff = compare_metadata(context, Base.metadata)
        made = conn.exec_driver_sql(
            "SELECT sql FROM sqlite_master WHERE name = 'ix_timeline_event_entry'"
        ).scalar()
    assert diff == []
    events = Base.metadata.tables[TimelineEvent.__tablename__]
    (index,) = [i for i in events.indexes if i.name == "ix_timeline_event_entry"]
    modelled = str(CreateIndex(index).compile(dialect=engine.dialect))
    assert " ".join(str(made).split()) == " ".join(modelled.split())
    assert migrate.current_revision(engine) == migrate.HEAD_REVISION
    engine.dispose()


@pytest.mark.parametrize("revision", [r.revision for r in script_directory().walk_revisions()])
def test_every_revision_upgrades_a_database_made_by_the_previous_one(
    tmp_path: Path, revision: str
) -> None:
    script = script_directory().get_revision(revision)
    assert script is not None
    path = tmp_path / "old.sqlite3"
    engine = make_engine(resolve_url(str(path)))
    previous = script.down_revision
    if previous is not None:
        assert isinstance(previous, str)
        migrate.upgrade(engine, previous)
        with sqlite3.connect(path) as conn:
            conn.execute("INSERT INTO person (name, contact) VALUES ('kept', '')")
    backup = migrate.upgrade(engine, revision)
    assert migrate.current_revision(engine) == revision
    if previous is not None:
        # the file was copied aside first, and the data survived the upgrade
        assert backup is not None and backup.exists()
        with sqlite3.connect(path) as conn:
            assert conn.execute("SELECT name FROM person").fetchall() == [("kept",)]
    engine.dispose()


def test_an_existing_database_is_copied_aside_before_an_upgrade(
    tmp_path: Path, clock: SimulatedClock
) -> None:
    path = tmp_path / "room.sqlite3"
    Store.open(resolve_url(str(path)), clock).close()
    with sqlite3.connect(path) as conn:
        # pretend the file is one revision behind by stamping the base
        conn.execute("UPDATE alembic_version SET version_num = 'base-test'")
    engine = make_engine(resolve_url(str(path)))
    with pytest.raises(StorageError, match="newer version of warroom"):
        migrate.upgrade(engine)
    engine.dispose()
    backup = migrate.backup_sqlite(path, "0001")
    assert backup.name.startswith("room.sqlite3.before-upgrade-from-0001-")
    assert backup.read_bytes()[:16] == b"SQLite format 3\x00"


def test_0007_gives_a_record_from_0006_empty_postmortem_facts_that_verify(
    tmp_path: Path, clock: SimulatedClock
) -> None:
    path = tmp_path / "at-0006.sqlite3"
    engine = make_engine(resolve_url(str(path)))
    migrate.upgrade(engine, "0006")
    engine.dispose()
    # A record as 0006 held it: the incident row, and its declaration in the chain.
    room = WarRoom.open(str(tmp_path / "source.sqlite3"), clock=clock)
    incident = room.declare("Payments fail", "Blocker", impact_what="No card payments")
    event = room.store.events(incident)[0]
    room.close()
    payload = {k: v for k, v in event.payload.items() if k not in ("impact_extent", "time_zone")}
    payload.pop("approximate_times")
    fields = ChainedFields(
        1, iso(event.at), event.kind, event.author, "", event.seat, payload, None, GENESIS
    )
    with sqlite3.connect(path) as conn:
        conn.execute(
            "INSERT INTO incident (id, uid, title, priority, status, mode, summary, impact_what,"
            " impact_who, services, started_at, declared_at, head_number, head_hash, paged_who,"
            " priority_version, status_version, impact_version)"
            " VALUES (1, ?, 'Payments fail', 'Blocker', 'declared', 'real', '',"
            " 'No card payments', '', '[]', ?, ?, 1, ?, '', 1, 1, 1)",
            (payload["uid"], _naive(event.at), _naive(event.at), fields.digest()),
        )
        conn.execute(
            "INSERT INTO timeline_event (seq, incident_id, number, at, kind, author, role, seat,"
            " payload, corrects, prev_hash, hash) VALUES (1, 1, 1, ?, ?, ?, '', ?, ?, NULL, ?, ?)",
            (
                _naive(event.at),
                event.kind,
                event.author,
                event.seat,
                canonical_json(payload),
                GENESIS,
                fields.digest(),
            ),
        )
    upgraded = WarRoom.open(str(path), clock=clock)
    try:
        assert migrate.current_revision(upgraded.store.engine) == migrate.HEAD_REVISION
        shown = load_snapshot(upgraded.store, 1)
        assert (shown.impact_extent, shown.time_zone, shown.approximate_times) == (
            "",
            "",
            frozenset(),
        )
        assert (shown.phases, shown.remedies, shown.sources) == ((), (), ())
        assert upgraded.verify(1) is None
        # and the new facts can be recorded on the old record
        upgraded.add_source(1, "Incident review", "https://example.org/review")
        assert upgraded.verify(1) is None
    finally:
        upgraded.close()


def _naive(value: Any) -> str:
    # How SQLite holds an instant: naive UTC text.
    return str(value.replace(tzinfo=None).isoformat(sep=" "))


def test_0008_keeps_exercises_of_0007_whose_scenario_file_is_in_the_event(
    tmp_path: Path, clock: SimulatedClock
) -> None:
    import hashlib

    from warroom.core.vocabulary import EventKind, Mode
    from warroom.exercise.record import load_exercise
    from warroom.exercise.scenario import find_scenario

    scenario = find_scenario("warehouse-crashes")
    path = tmp_path / "at-0007.sqlite3"
    room = WarRoom.open(str(path), clock=clock)
    incident = room.declare(scenario.title, "Critical", impact_what="x", mode=Mode.EXERCISE)
    # As 0007 recorded it: the whole scenario file in the event, and no table beside it.
    room._exercise_event(
        incident,
        EventKind.EXERCISE_STARTED,
        {
            "key": scenario.key,
            "title": scenario.title,
            "file": "warehouse-crashes.toml",
            "sha256": hashlib.sha256(scenario.text.encode()).hexdigest(),
            "text": scenario.text,
            "started_at": iso(clock.now()),
        },
    )
    room.close()
    with sqlite3.connect(path) as conn:
        conn.execute("DROP TABLE scenario_text")
        # and as 0007 indexed the events (0009 changed that)
        conn.execute("DROP INDEX ix_timeline_event_entry")
        conn.execute("CREATE INDEX ix_timeline_event_incident_id ON timeline_event (incident_id)")
        conn.execute("UPDATE alembic_version SET version_num = '0007'")
    upgraded = WarRoom.open(str(path), clock=clock)
    try:
        assert migrate.current_revision(upgraded.store.engine) == migrate.HEAD_REVISION
        assert load_exercise(upgraded.store, incident).scenario.text == scenario.text
        assert upgraded.verify(incident) is None
    finally:
        upgraded.close()


def test_0009_indexes_the_entries_of_a_record_from_0008_and_finds_the_same_ones(
    tmp_path: Path, clock: SimulatedClock
) -> None:
    from warroom.core.vocabulary import EntryKind

    path = tmp_path / "at-0008.sqlite3"
    room = WarRoom.open(str(path), clock=clock)
    incident = room.declare("ERP down", "Blocker", impact_what="x")
    kinds = [EntryKind.NOTE, EntryKind.DECISION, EntryKind.ACTION, EntryKind.QUESTION]
    for n in range(30):
        room.log(incident, f"line {n}", kinds[n % 3])
    room.close()
    with sqlite3.connect(path) as conn:
        # as 0008 left the events' indexes
        conn.execute("DROP INDEX ix_timeline_event_entry")
        conn.execute("CREATE INDEX ix_timeline_event_incident_id ON timeline_event (incident_id)")
        conn.execute("UPDATE alembic_version SET version_num = '0008'")
        before = {
            kind: [
                n
                for (n,) in conn.execute(
                    "SELECT number FROM timeline_event WHERE incident_id = ? AND kind = 'entry'"
                    " AND json_extract(payload, '$.entry') = ? ORDER BY number",
                    (incident, kind),
                )
            ]
            for kind in ("decision", "action", "note")
        }
    upgraded = WarRoom.open(str(path), clock=clock)
    try:
        assert migrate.current_revision(upgraded.store.engine) == "0009"
        for kind, numbers in before.items():
            found = upgraded.store.event_numbers(incident, kinds=["entry"], entry_kinds=[kind])
            assert list(found) == numbers and numbers
        assert upgraded.verify(incident) is None
    finally:
        upgraded.close()
    with sqlite3.connect(path) as conn:
        indexes = {
            name
            for (name,) in conn.execute(
                "SELECT name FROM sqlite_master"
                " WHERE tbl_name = 'timeline_event' AND type = 'index'"
            )
        }
    assert "ix_timeline_event_entry" in indexes
    assert "ix_timeline_event_incident_id" not in indexes
