"""The record check in a process of its own gives the same answer as in this one."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.store.test_integrity import tamper
from warroom.room import WarRoom, record_check


def test_an_intact_record_is_intact_in_the_other_process(
    room: WarRoom, incident: int, db_path: Path
) -> None:
    room.log(incident, "failover started")
    assert record_check.check_elsewhere(str(db_path), incident) is None


@pytest.mark.tampers
def test_the_other_process_names_the_first_problem_as_this_one_does(
    room: WarRoom, incident: int, db_path: Path
) -> None:
    room.log(incident, "failover started")
    tamper(db_path, "UPDATE timeline_event SET author = 'Mallory' WHERE number = 2")
    here = room.verify(incident)
    assert here is not None
    assert record_check.check_elsewhere(str(db_path), incident) == str(here)


def test_a_database_the_other_process_cannot_open_is_said_in_words(tmp_path: Path) -> None:
    missing = tmp_path / "not-a-database.sqlite3"
    missing.write_bytes(b"this is not SQLite" * 100)
    said = record_check.check_elsewhere(str(missing), 1)
    assert said is not None and "Traceback" not in said
