"""The one write path: every mutation is one transaction with exactly one event;
the change feed serves every seat.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy.event import listen

from warroom.core.clock import SimulatedClock
from warroom.core.errors import NotFound
from warroom.core.vocabulary import (
    ActionKind,
    EntryKind,
    EventKind,
    KeyMoment,
    Role,
    SpecDimension,
    Status,
)
from warroom.room import WarRoom
from warroom.store.repository import Actor


def kinds(room: WarRoom, incident: int) -> list[str]:
    return [e.kind for e in room.store.events(incident)]


MUTATIONS: dict[str, Callable[[WarRoom, int], object]] = {
    "change_priority": lambda r, i: r.change_priority(i, "Critical", "workaround running"),
    "change_status": lambda r, i: r.change_status(i, Status.INVESTIGATING),
    "update_impact": lambda r, i: r.update_impact(i, impact_count=300),
    "mark": lambda r, i: r.mark(i, KeyMoment.DETECTED),
    "escalate": lambda r, i: r.escalate(i, "Senior engineering"),
    "resolve": lambda r, i: r.resolve(i, "ERP back"),
    "assign_role": lambda r, i: r.assign_role(i, Role.SCRIBE, "Sam Scribe"),
    "log": lambda r, i: r.log(i, "Line stopped at 06:02", EntryKind.NOTE),
    "correct": lambda r, i: r.correct(i, 1, "Line stopped at 06:03", "clock on wall was off"),
    "add_checklist_item": lambda r, i: r.add_checklist_item(i, "Error messages", need="screens"),
    "set_spec_line": lambda r, i: r.set_spec_line(
        i, SpecDimension.WHERE, is_text="Plant Nord", is_not_text="Plant Süd"
    ),
    "add_hypothesis": lambda r, i: r.add_hypothesis(i, "Database log volume full"),
    "record_fix_attempt": lambda r, i: r.record_fix_attempt(i, "Restart ERP", hypothesis_uid=None),
    "request_information": lambda r, i: r.request_information(
        i, need="job logs", why="see the failure", use="compare", next_step="call back in 15 min"
    ),
    "post_update": lambda r, i: r.post_update(
        i, "Still working", next_update_at=r.now() + timedelta(minutes=15)
    ),
    "add_action": lambda r, i: r.add_action(i, ActionKind.CORRECTIVE, "Add disk alert"),
    "set_root_cause": lambda r, i: r.set_root_cause(i, "Log volume full", how_proven="df output"),
}


@pytest.mark.parametrize("name", sorted(MUTATIONS))
def test_every_mutation_appends_exactly_one_chained_event(
    room: WarRoom, incident: int, name: str
) -> None:
    before = room.store.last_seq()
    MUTATIONS[name](room, incident)
    new = room.store.events_after(before)
    assert len(new) == 1
    assert new[0].number == 2
    assert new[0].prev_hash == room.store.events(incident)[0].hash
    assert room.verify(incident) is None


def test_a_failing_mutation_writes_nothing(room: WarRoom, incident: int) -> None:
    before = room.store.last_seq()
    with pytest.raises(NotFound):
        room.tick_checklist_item(incident, "no-such-item", "done")
    with pytest.raises(NotFound):
        room.log(incident + 99, "into the void")
    assert room.store.last_seq() == before


def test_the_change_feed_serves_other_seats_in_order(
    room: WarRoom, incident: int, db_path: Path, clock: SimulatedClock
) -> None:
    other = WarRoom.open(str(db_path), clock=clock, actor=Actor("Sam Scribe", "scribe", "seat-2"))
    try:
        seen = other.store.last_seq()
        room.log(incident, "from seat one")
        other.log(incident, "from seat two")
        feed = room.store.events_after(seen)
        assert [(e.payload["text"], e.seat) for e in feed] == [
            ("from seat one", "seat-1"),
            ("from seat two", "seat-2"),
        ]
        assert [e.seq for e in feed] == sorted(e.seq for e in feed)
        assert room.store.events_after(feed[-1].seq) == []
        assert other.verify(incident) is None
    finally:
        other.close()


def test_feed_can_be_read_per_incident_and_in_pages(room: WarRoom, incident: int) -> None:
    second = room.declare("Billing down", "Critical", impact_what="No invoices")
    for n in range(5):
        room.log(incident, f"a{n}")
        room.log(second, f"b{n}")
    page = room.store.events_after(0, limit=3, incident_id=second)
    assert [e.number for e in page] == [1, 2, 3]
    assert all(e.incident_id == second for e in page)
    rest = room.store.events_after(page[-1].seq, incident_id=second)
    assert [e.number for e in rest] == [4, 5, 6]


def test_events_record_times_from_the_injected_clock(
    room: WarRoom, incident: int, clock: SimulatedClock
) -> None:
    clock.advance(timedelta(minutes=7))
    event = room.log(incident, "seven minutes in")
    assert event.at == clock.now()
    assert room.incident(incident).declared_at == clock.now() - timedelta(minutes=7)


def test_entries_of_a_kind_are_found_through_the_index_and_notes_stay_out_of_it(
    room: WarRoom, incident: int
) -> None:
    kinds = [EntryKind.NOTE, EntryKind.DECISION, EntryKind.ACTION, EntryKind.QUESTION]
    for n in range(40):
        room.log(incident, f"line {n}", kinds[n % 4])
    numbers = room.store.event_numbers
    # what the lead's two lists ask for: the same rows as reading every payload gives
    every = room.store.events(incident)
    for kind in ("decision", "action"):
        expected = [e.number for e in every if e.kind == "entry" and e.payload["entry"] == kind]
        assert list(numbers(incident, kinds=[EventKind.ENTRY], entry_kinds=[kind])) == expected
        assert list(numbers(incident, kinds=[EventKind.ENTRY], entry_kinds=[kind], after=30)) == [
            n for n in expected if n > 30
        ]
    assert list(numbers(incident, entry_kinds=["note"])) == [
        e.number for e in every if e.payload.get("entry") == "note"
    ]
    statements: list[str] = []
    listen(room.store.engine, "before_cursor_execute", lambda *a: statements.append(a[2]))
    numbers(incident, kinds=[EventKind.ENTRY], entry_kinds=["decision"])
    (query,) = [q for q in statements if "json_extract" in q]
    with room.store.engine.connect() as conn:
        plan = " ".join(
            str(row[-1])
            for row in conn.exec_driver_sql(
                "EXPLAIN QUERY PLAN " + query, (incident, 0, "entry", "decision")
            )
        )
        held = conn.exec_driver_sql(
            "SELECT count(*) FROM timeline_event INDEXED BY ix_timeline_event_entry"
            " WHERE CASE WHEN json_valid(payload) THEN json_extract(payload, '$.entry') END"
            " != 'note'"
        ).scalar()
    assert "USING INDEX ix_timeline_event_entry" in plan
    assert held == 30  # the decisions, actions and questions; no note


def test_timeline_filters_run_in_the_database(room: WarRoom, incident: int) -> None:
    room.log(incident, "Plant Nord line 2 stopped", EntryKind.NOTE)
    room.log(incident, "We roll back the patch", EntryKind.DECISION)
    room.log(incident, "Ask customer for job logs", EntryKind.QUESTION)
    room.as_person("Sam Scribe", Role.SCRIBE).log(incident, "Größe des Logs: 100 %")
    numbers = room.store.event_numbers
    assert list(numbers(incident)) == [1, 2, 3, 4, 5]
    assert list(numbers(incident, kinds=[EventKind.ENTRY])) == [2, 3, 4, 5]
    assert list(numbers(incident, entry_kinds=["decision", "question"])) == [3, 4]
    assert list(numbers(incident, roles=["scribe"])) == [5]
    assert list(numbers(incident, text="roll back")) == [3]
    assert list(numbers(incident, text="sam scribe")) == [5]
    assert list(numbers(incident, text="Größe")) == [5]
    page = room.store.events_between(incident, 2, 3)
    assert [e.number for e in page] == [2, 3]
