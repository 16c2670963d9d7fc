"""The record proves itself: every state table is what the chained events say.

Each test edits the database behind the app's back, the way a person with
``sqlite3`` would, and checks that ``verify`` names the row, the column and the
event that should have produced it; ``rebuild`` then makes the state right again.
"""

from __future__ import annotations

import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest

from warroom.cli import main
from warroom.core.errors import NothingToDo, StorageError
from warroom.core.vocabulary import EventKind
from warroom.room import WarRoom
from warroom.store.integrity import DamagedRecord, StateMismatch

pytestmark = pytest.mark.tampers


@pytest.fixture
def full(room: WarRoom, incident: int) -> dict[str, str]:
    """An incident with a row in every state table; the uids by table."""
    uids = {"role_assignment": room.assign_role(incident, "lead", "Dana Lead")}
    uids["checklist_item"] = room.add_checklist_item(incident, "Which plants are affected?")
    room.tick_checklist_item(incident, uids["checklist_item"], "Nord only")
    room.set_spec_line(incident, "where", is_text="plant Nord", is_not_text="plant Süd")
    uids["hypothesis"] = room.add_hypothesis(incident, "The nightly backup locked the tables")
    room.add_evidence(incident, uids["hypothesis"], "lock waits since 02:00", supports=True)
    uids["fix_attempt"] = room.record_fix_attempt(
        incident, "Stop the backup job", hypothesis_uid=uids["hypothesis"]
    )
    room.record_fix_outcome(incident, uids["fix_attempt"], "worked")
    room.set_hypothesis_status(incident, uids["hypothesis"], "confirmed", "locks released")
    uids["information_request"] = room.request_information(
        incident, need="backup logs", why="to see the lock", use="match times", next_step="fix"
    )
    uids["status_update"] = room.post_update(
        incident, "We are on it.", next_update_at=room.now() + timedelta(minutes=15)
    )
    uids["action"] = room.add_action(incident, "preventive", "Move the backup window")
    room.page_oncall(incident, "Kai Backup")
    room.resolve(incident, "Backup stopped; saving works.")
    room.set_root_cause(incident, "The backup job held table locks", how_proven="lock trace")
    assert room.verify(incident) is None
    return uids


def tamper(db_path: Path, sql: str) -> None:
    """Edit the file as a person with sqlite3 would, dropping the append-only guard first."""
    with sqlite3.connect(db_path) as conn:
        conn.execute("DROP TRIGGER IF EXISTS timeline_event_append_only_update")
        conn.execute("DROP TRIGGER IF EXISTS timeline_event_append_only_delete")
        conn.execute(sql)


EDITS = [
    ("UPDATE incident SET title = 'EDITED'", "incident", "title", "incident.declared"),
    ("UPDATE incident SET status = 'closed'", "incident", "status", "incident.resolved"),
    ("UPDATE incident SET priority = 'Minor'", "incident", "priority", "incident.declared"),
    ("UPDATE incident SET summary = 'EDITED'", "incident", "summary", "incident.resolved"),
    ("UPDATE incident SET impact_count = 1", "incident", "impact_count", "incident.declared"),
    ("UPDATE incident SET paged_who = 'Nobody'", "incident", "paged_who", "oncall.paged"),
    ("UPDATE role_assignment SET seat = 'elsewhere'", "role_assignment", "seat", "role.assigned"),
    ("UPDATE checklist_item SET result = 'EDITED'", "checklist_item", "result", "checklist.ticked"),
    ("UPDATE spec_line SET is_not_text = 'EDITED'", "spec_line", "is_not_text", "spec.line_set"),
    ("UPDATE hypothesis SET status = 'ruled_out'", "hypothesis", "status", "hypothesis.status"),
    ("UPDATE fix_attempt SET outcome = 'failed'", "fix_attempt", "outcome", "fix.outcome"),
    (
        "UPDATE information_request SET answer = 'EDITED'",
        "information_request",
        "answer",
        "request.sent",
    ),
    ("UPDATE status_update SET text = 'EDITED'", "status_update", "text", "update.posted"),
    ("UPDATE action SET status = 'done'", "action", "status", "action.added"),
    ("UPDATE root_cause SET cause = 'EDITED'", "root_cause", "cause", "root_cause.set"),
]


@pytest.mark.parametrize(("sql", "table", "column", "kind"), EDITS, ids=[e[0] for e in EDITS])
def test_every_state_table_edited_behind_the_apps_back_is_caught(
    room: WarRoom,
    incident: int,
    full: dict[str, str],
    db_path: Path,
    sql: str,
    table: str,
    column: str,
    kind: str,
) -> None:
    tamper(db_path, sql)
    problem = room.verify(incident)
    assert isinstance(problem, StateMismatch)
    assert (problem.table, problem.column, problem.kind) == (table, column, kind)
    if table in full:
        assert problem.key == full[table]  # the row is named by its uid
    assert f"event {problem.event} ({kind})" in str(problem)
    event = room.store.events(incident)[problem.event - 1]  # type: ignore[operator]
    assert event.kind == kind


def test_a_deleted_row_is_named_with_the_event_that_created_it(
    room: WarRoom, incident: int, full: dict[str, str], db_path: Path
) -> None:
    tamper(db_path, "DELETE FROM action")
    problem = room.verify(incident)
    assert isinstance(problem, StateMismatch)
    assert problem.table == "action" and problem.key == full["action"]
    assert "missing" in str(problem) and "action.added" in str(problem)


def test_a_row_no_event_created_is_found(
    room: WarRoom, incident: int, full: dict[str, str], db_path: Path
) -> None:
    tamper(
        db_path,
        "INSERT INTO hypothesis (incident_id, uid, label, statement, status, status_reason,"
        " proposed_by, created_at, evidence) VALUES (1, 'forged', 'H9', 'It was DNS', 'confirmed',"
        " '', 'Mallory', '2026-11-24 06:00:00', '[]')",
    )
    problem = room.verify(incident)
    assert isinstance(problem, StateMismatch)
    assert (problem.table, problem.key) == ("hypothesis", "forged")
    assert "no event created it" in str(problem)


def test_verify_on_the_command_line_names_the_row_and_exits_1(
    room: WarRoom,
    incident: int,
    full: dict[str, str],
    db_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    tamper(db_path, "UPDATE root_cause SET cause = 'EDITED'")
    code = main(["verify", str(incident), "--db", str(db_path)])
    err = capsys.readouterr().err
    assert code == 1
    assert "root_cause" in err and "'EDITED'" in err and "root_cause.set" in err


def test_rebuild_makes_the_state_what_the_events_say_and_records_that_it_did(
    room: WarRoom, incident: int, full: dict[str, str], db_path: Path
) -> None:
    tamper(db_path, "UPDATE root_cause SET cause = 'EDITED'")
    tamper(db_path, "UPDATE hypothesis SET status = 'ruled_out'")
    tamper(db_path, "DELETE FROM action")
    differences = room.rebuild(incident)
    assert len(differences) == 3
    assert room.verify(incident) is None
    snapshot = room.store.events(incident)[-1]
    assert snapshot.kind == EventKind.RECORD_REBUILT
    assert snapshot.payload["count"] == 3
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("SELECT cause FROM root_cause").fetchone()[0].startswith("The backup")
        assert conn.execute("SELECT count(*) FROM action").fetchone()[0] == 1
    with pytest.raises(NothingToDo):
        room.rebuild(incident)


def test_rebuild_refuses_when_the_events_themselves_are_broken(
    room: WarRoom, incident: int, full: dict[str, str], db_path: Path
) -> None:
    tamper(db_path, "UPDATE timeline_event SET author = 'Mallory' WHERE number = 3")
    with pytest.raises(StorageError, match="broken at event 3"):
        room.rebuild(incident)


def test_rebuild_on_the_command_line(
    room: WarRoom,
    incident: int,
    full: dict[str, str],
    db_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    tamper(db_path, "UPDATE incident SET title = 'EDITED'")
    assert main(["rebuild", str(incident), "--db", str(db_path)]) == 0
    out = capsys.readouterr().out
    assert "1 row" in out and "title" in out
    assert main(["verify", str(incident), "--db", str(db_path)]) == 0
    assert main(["rebuild", str(incident), "--db", str(db_path)]) == 0
    assert "already says what its events say" in capsys.readouterr().out


# -- verify never crashes --------------------------------------------------------


def test_a_payload_that_is_not_json_is_named_not_a_crash(
    room: WarRoom,
    incident: int,
    full: dict[str, str],
    db_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    tamper(db_path, 'UPDATE timeline_event SET payload = \'{"text": "cut off\' WHERE number = 4')
    code = main(["verify", str(incident), "--db", str(db_path)])
    err = capsys.readouterr().err
    assert code == 1
    assert "event 4" in err and "cannot be read" in err


def test_a_record_from_0008_with_a_payload_that_is_not_json_upgrades_and_is_named(
    room: WarRoom, incident: int, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Regression: migration 0009's index read every payload as JSON, so an old record
    with one damaged payload could not be upgraded, and verify could not say where."""
    room.close()
    with sqlite3.connect(db_path) as conn:  # as 0008 left the events' indexes
        conn.execute("DROP INDEX ix_timeline_event_entry")
        conn.execute("CREATE INDEX ix_timeline_event_incident_id ON timeline_event (incident_id)")
        conn.execute("UPDATE alembic_version SET version_num = '0008'")
    tamper(db_path, 'UPDATE timeline_event SET payload = \'{"text": "cut off\' WHERE number = 1')
    code = main(["verify", str(incident), "--db", str(db_path)])
    err = capsys.readouterr().err
    assert code == 1
    assert "event 1" in err and "cannot be read" in err


def test_a_damaged_page_gives_exit_1_naming_the_damage(
    room: WarRoom, incident: int, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for n in range(400):
        room.log(incident, f"entry {n:04d} " + "x" * 200)
    room.close()
    with sqlite3.connect(db_path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    data = bytearray(db_path.read_bytes())
    where = data.index(b"entry 0200 ")
    page = where // page_size
    data[page * page_size : (page + 1) * page_size] = bytes(range(256)) * (page_size // 256)
    db_path.write_bytes(bytes(data))
    code = main(["verify", str(incident), "--db", str(db_path)])
    err = capsys.readouterr().err
    assert code == 1
    assert "damaged" in err


def test_a_file_that_is_no_database_at_all_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    junk = tmp_path / "notes.sqlite3"
    junk.write_bytes(b"these are my notes, not a database\n" * 200)
    code = main(["verify", "1", "--db", str(junk)])
    err = capsys.readouterr().err
    assert code == 2
    assert "not a warroom" in err or "damaged" in err
    assert "Traceback" not in err


def test_damage_found_by_verify_is_a_damaged_record(
    room: WarRoom, incident: int, full: dict[str, str], db_path: Path
) -> None:
    tamper(db_path, "UPDATE timeline_event SET kind = 'from.the.future' WHERE number = 2")
    # The chain catches the edited kind first; with the hash forged too, the replay does.
    problem = room.verify(incident)
    assert problem is not None and "event 2" in str(problem)
    assert not isinstance(problem, DamagedRecord) or "unknown kind" in str(problem)


def test_the_database_itself_refuses_to_change_an_event(
    room: WarRoom, incident: int, db_path: Path
) -> None:
    with sqlite3.connect(db_path) as conn:
        for sql in (
            "UPDATE timeline_event SET author = 'Mallory' WHERE number = 1",
            "DELETE FROM timeline_event WHERE number = 1",
        ):
            with pytest.raises(sqlite3.IntegrityError, match="append-only"):
                conn.execute(sql)
    assert room.verify(incident) is None


def test_a_row_the_driver_cannot_read_mid_walk_is_the_store_s_error_not_a_traceback(
    room: WarRoom, incident: int
) -> None:
    """The record check and the timeline's numbers walk rows straight from the
    driver's cursor; a failure there (a page that cannot be read) is still
    SQLAlchemy's error, which the check reports as a damaged record."""
    from sqlalchemy import text
    from sqlalchemy.exc import OperationalError

    from warroom.store import driver

    def unreadable(n: int) -> int:
        if n == 1500:  # past the first batch the cursor hands over
            raise OSError("disk I/O error")
        return n

    with room.store.engine.connect() as conn:
        driver.of(conn).create_function("unreadable", 1, unreadable)
        result = conn.execute(
            text(
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000)"
                " SELECT unreadable(i) FROM n"
            )
        )
        seen: list[int] = []
        with pytest.raises(OperationalError, match="user-defined function raised exception"):
            seen.extend(row[0] for row in driver.rows(result))
    assert seen == list(range(1, 1001))
