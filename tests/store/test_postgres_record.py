"""The record on PostgreSQL: the server itself keeps the timeline append-only,
the state is checked against the events, and text is made safe the same way
as on SQLite.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from warroom.core.clock import SimulatedClock
from warroom.room import WarRoom
from warroom.store.integrity import StateMismatch
from warroom.store.repository import Actor

DOC = Path(__file__).parents[2] / "docs" / "postgresql.md"


def role_statements() -> list[str]:
    """The SQL block of docs/postgresql.md, statement by statement: the doc is the test."""
    block = re.search(r"```sql\n(.*?)```", DOC.read_text(encoding="utf-8"), re.S)
    assert block is not None
    return [s.strip() for s in block.group(1).split(";") if s.strip()]


def execute(url: str, *statements: str) -> None:
    engine = create_engine(url)
    try:
        with engine.begin() as conn:
            for statement in statements:
                conn.execute(text(statement))
    finally:
        engine.dispose()


@pytest.fixture
def pg_room(postgres_url: str, clock: SimulatedClock) -> WarRoom:
    room = WarRoom.open(postgres_url, clock=clock, actor=Actor("Dana Lead", "lead", "pg-1"))
    return room


def test_the_server_refuses_to_change_or_remove_an_event_even_for_the_owner(
    pg_room: WarRoom, postgres_url: str
) -> None:
    try:
        incident = pg_room.declare("ERP down", "Blocker", impact_what="Cannot release orders")
        pg_room.log(incident, "first entry")
        for statement in (
            "UPDATE timeline_event SET author = 'Mallory'",
            "DELETE FROM timeline_event WHERE number = 2",
            "TRUNCATE timeline_event CASCADE",
        ):
            with pytest.raises(DBAPIError, match="append-only"):
                execute(postgres_url, statement)
        assert pg_room.verify(incident) is None
    finally:
        pg_room.close()


def test_the_application_role_reads_appends_and_changes_state_but_never_rewrites(
    pg_room: WarRoom, postgres_url: str, clock: SimulatedClock
) -> None:
    incident = pg_room.declare("ERP down", "Blocker", impact_what="Cannot release orders")
    pg_room.close()
    execute(postgres_url, "DROP ROLE IF EXISTS warroom_seat")
    execute(postgres_url, *role_statements())
    seat_url = make_url(postgres_url).set(username="warroom_seat")
    seat_url_text = seat_url.render_as_string(hide_password=False)
    seat = WarRoom.open(seat_url_text, clock=clock, actor=Actor("Sam Seat", "scribe", "pg-2"))
    try:
        seat.log(incident, "written by the application role")
        hypothesis = seat.add_hypothesis(incident, "the disk is full")
        seat.set_hypothesis_status(incident, hypothesis, "ruled_out", "80 % free")
        for statement in (
            "UPDATE timeline_event SET author = 'Mallory'",
            "DELETE FROM timeline_event",
        ):
            with pytest.raises(DBAPIError, match="permission denied"):
                execute(seat_url_text, statement)
        assert seat.verify(incident) is None
    finally:
        seat.close()
        execute(postgres_url, "DROP OWNED BY warroom_seat", "DROP ROLE warroom_seat")


def test_a_state_edit_on_postgresql_is_caught_and_rebuilt(
    pg_room: WarRoom, postgres_url: str
) -> None:
    try:
        incident = pg_room.declare("ERP down", "Blocker", impact_what="Cannot release orders")
        pg_room.set_root_cause(incident, "A full archive log disk", how_proven="df output")
        execute(postgres_url, "UPDATE root_cause SET cause = 'EDITED'")
        problem = pg_room.verify(incident)
        assert isinstance(problem, StateMismatch)
        assert (problem.table, problem.column) == ("root_cause", "cause")
        assert len(pg_room.rebuild(incident)) == 1
        assert pg_room.verify(incident) is None
    finally:
        pg_room.close()


@pytest.mark.parametrize(
    ("typed", "kept"),
    [("a\x00b", "a\u2400b"), ("x\ud800y", "x\ufffdy"), ("\x1b[31mred", "\u241b[31mred")],
)
def test_text_that_is_not_text_is_kept_visible_on_postgresql_as_on_sqlite(
    pg_room: WarRoom, typed: str, kept: str
) -> None:
    try:
        incident = pg_room.declare(f"Title {typed}", "Minor", impact_what=typed)
        pg_room.log(incident, typed)
        assert pg_room.incident(incident).title == f"Title {kept}"
        assert pg_room.store.events(incident)[-1].payload["text"] == kept
        assert pg_room.verify(incident) is None
    finally:
        pg_room.close()
