"""`warroom verify` finds edits, deletions and reordering done behind the app's back."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from warroom.cli import main
from warroom.room import WarRoom

pytestmark = pytest.mark.tampers


@pytest.fixture
def record(room: WarRoom, incident: int) -> int:
    for n in range(1, 10):
        room.log(incident, f"entry {n}")
    return incident


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_untouched_record_verifies(
    record: int, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "verify", str(record), "--db", str(db_path))
    assert code == 0
    assert "intact (10 events)" in out


def tamper(db_path: Path, sql: str, *params: object) -> None:
    """Edit the file as a person with sqlite3 would, dropping the append-only guard first."""
    with sqlite3.connect(db_path) as conn:
        conn.execute("DROP TRIGGER IF EXISTS timeline_event_append_only_update")
        conn.execute("DROP TRIGGER IF EXISTS timeline_event_append_only_delete")
        conn.execute(sql, params)


def test_an_edited_event_is_named(
    record: int, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    payload = json.dumps({"entry": "note", "text": "nothing happened here"})
    tamper(db_path, "UPDATE timeline_event SET payload = ? WHERE number = 5", payload)
    code, _, err = run(capsys, "verify", str(record), "--db", str(db_path))
    assert code == 1
    assert "event 5" in err and "changed" in err


def test_an_edited_author_is_named(
    record: int, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    tamper(db_path, "UPDATE timeline_event SET author = 'Somebody Else' WHERE number = 7")
    code, _, err = run(capsys, "verify", str(record), "--db", str(db_path))
    assert code == 1
    assert "event 7" in err


def test_a_deleted_event_is_named(
    record: int, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    tamper(db_path, "DELETE FROM timeline_event WHERE number = 4")
    code, _, err = run(capsys, "verify", str(record), "--db", str(db_path))
    assert code == 1
    assert "event 4" in err and "missing" in err


def test_a_deleted_last_event_is_found(
    record: int, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    tamper(db_path, "DELETE FROM timeline_event WHERE number = 10")
    code, _, err = run(capsys, "verify", str(record), "--db", str(db_path))
    assert code == 1
    assert "event 10" in err


def test_reordered_events_are_named(
    record: int, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # swap the places of events 3 and 6 in the stored sequence
    with sqlite3.connect(db_path) as conn:
        conn.execute("DROP TRIGGER timeline_event_append_only_update")
        seqs = dict(conn.execute("SELECT number, seq FROM timeline_event"))
        conn.execute("UPDATE timeline_event SET seq = -1 WHERE number = 3")
        conn.execute("UPDATE timeline_event SET seq = ? WHERE number = 6", (seqs[3],))
        conn.execute("UPDATE timeline_event SET seq = ? WHERE number = 3", (seqs[6],))
    code, _, err = run(capsys, "verify", str(record), "--db", str(db_path))
    assert code == 1
    assert "event 3" in err


def test_verify_of_an_unknown_incident_is_a_user_error(
    db_path: Path, room: WarRoom, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "verify", "42", "--db", str(db_path))
    assert code == 2
    assert "there is no incident #42" in err
    assert "hint:" in err
