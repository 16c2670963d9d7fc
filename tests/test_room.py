"""The one write path: every mutation is one transaction with exactly one event."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from warroom.core.clock import SimulatedClock
from warroom.core.errors import InvalidInput, NotFound, RuleViolation
from warroom.core.vocabulary import (
    ActionKind,
    EntryKind,
    EventKind,
    FixOutcome,
    HypothesisStatus,
    KeyMoment,
    Role,
    SpecDimension,
    Status,
)
from warroom.room import WarRoom
from warroom.store.models import FixAttempt, Hypothesis, Incident, RoleAssignment, StatusUpdate
from warroom.store.repository import Actor


def kinds(room: WarRoom, incident: int) -> list[str]:
    return [e.kind for e in room.store.events(incident)]


def test_declaring_writes_the_incident_and_its_first_event(room: WarRoom, incident: int) -> None:
    summary = room.incident(incident)
    assert summary.status == Status.DECLARED
    assert summary.priority == "Blocker"
    assert summary.impact_what == "Plant cannot release production orders"
    [event] = room.store.events(incident)
    assert event.kind == EventKind.DECLARED
    assert event.number == 1
    assert (event.author, event.role, event.seat) == ("Dana Lead", "lead", "seat-1")
    assert event.payload["impact_count"] == 240


def test_declare_requires_a_title_and_the_business_impact(room: WarRoom) -> None:
    with pytest.raises(InvalidInput, match="title is empty"):
        room.declare("  ", "Blocker", impact_what="x")
    with pytest.raises(InvalidInput, match="business impact"):
        room.declare("ERP down", "Blocker", impact_what="")
    with pytest.raises(InvalidInput, match="unknown priority"):
        room.declare("ERP down", "P1", impact_what="x")
    assert room.list_incidents() == []


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


def test_update_without_next_time_is_refused_but_final_needs_none(
    room: WarRoom, incident: int, clock: SimulatedClock
) -> None:
    with pytest.raises(RuleViolation, match="does not say when the next update comes"):
        room.post_update(incident, "We are on it", next_update_at=None)
    with pytest.raises(RuleViolation, match="in the past"):
        room.post_update(incident, "We are on it", next_update_at=clock.now())
    promise = clock.now() + timedelta(minutes=15)
    room.post_update(incident, "We are on it", next_update_at=promise)
    assert room.incident(incident).next_update_due_at == promise
    clock.advance(timedelta(minutes=14))
    room.resolve(incident)
    room.post_update(incident, "Service restored; report follows", next_update_at=None, final=True)
    with room.store.read() as s:
        updates = s.scalars(select(StatusUpdate).order_by(StatusUpdate.id)).all()
        assert [u.is_final for u in updates] == [False, True]
        first_update = s.scalar(select(Incident.first_update_at))
    assert first_update is not None
    assert room.incident(incident).next_update_due_at is None


def test_handover_ends_one_assignment_and_starts_the_next(
    room: WarRoom, incident: int, clock: SimulatedClock
) -> None:
    room.assign_role(incident, Role.SCRIBE, "Sam Scribe")
    with pytest.raises(RuleViolation, match="already holds"):
        room.assign_role(incident, Role.SCRIBE, "Sam Scribe")
    clock.advance(timedelta(hours=4))
    room.hand_over(incident, Role.SCRIBE, "Sam Scribe", "Kim Nightshift", "shift change")
    with pytest.raises(RuleViolation, match="does not hold"):
        room.hand_over(incident, Role.SCRIBE, "Sam Scribe", "Someone")
    with room.store.read() as s:
        rows = s.scalars(select(RoleAssignment).order_by(RoleAssignment.id)).all()
        history = [(r.person.name, r.ended_at is None) for r in rows]
        assert rows[0].ended_at == rows[1].started_at == clock.now()
    assert history == [("Sam Scribe", False), ("Kim Nightshift", True)]
    assert kinds(room, incident)[-1] == EventKind.ROLE_HANDED_OVER


def test_a_person_may_hold_two_roles_and_a_role_many_people(room: WarRoom, incident: int) -> None:
    room.assign_role(incident, Role.LEAD, "Dana Lead")
    room.assign_role(incident, Role.COMMUNICATOR, "Dana Lead")
    room.assign_role(incident, Role.COMMUNICATOR, "Chris Comms")
    with room.store.read() as s:
        assert s.scalar(select(func.count()).select_from(RoleAssignment)) == 3


def test_hypothesis_fix_and_outcome_are_linked(room: WarRoom, incident: int) -> None:
    h1 = room.add_hypothesis(incident, "Transaction log volume is full")
    room.add_evidence(incident, h1, "df shows 100 % on /db/log", supports=True)
    fix = room.record_fix_attempt(
        incident,
        "Extend the log volume by 50 GB",
        hypothesis_uid=h1,
        expected_result="ERP accepts postings again",
        rollback_plan="none needed",
        approved_by="Dana Lead",
    )
    room.record_fix_outcome(incident, fix, FixOutcome.WORKED, "postings flow")
    with pytest.raises(InvalidInput, match="reason"):
        room.set_hypothesis_status(incident, h1, HypothesisStatus.CONFIRMED)
    room.set_hypothesis_status(
        incident, h1, HypothesisStatus.CONFIRMED, "extension fixed it", explains_spec=True
    )
    with room.store.read() as s:
        row = s.scalar(select(FixAttempt))
        assert row is not None and row.hypothesis is not None
        assert row.hypothesis.label == "H1"
        assert row.outcome == FixOutcome.WORKED
        hyp = s.scalar(select(Hypothesis))
        assert hyp is not None and hyp.status == HypothesisStatus.CONFIRMED
        assert hyp.evidence[0]["supports"] is True


def test_a_correction_points_at_the_event_it_corrects(room: WarRoom, incident: int) -> None:
    wrong = room.log(incident, "Line stopped at 05:02")
    fixed = room.correct(incident, wrong.number, "Line stopped at 06:02", "typo in the hour")
    assert fixed.corrects == wrong.number
    assert fixed.payload == {"text": "Line stopped at 06:02", "reason": "typo in the hour"}
    # the original stays as it was written
    assert room.store.events(incident)[wrong.number - 1].payload["text"] == "Line stopped at 05:02"
    with pytest.raises(NotFound):
        room.correct(incident, 99, "x", "y")
    with pytest.raises(InvalidInput, match="reason"):
        room.correct(incident, 1, "x", "")


def test_list_puts_active_incidents_first_by_severity(room: WarRoom, clock: SimulatedClock) -> None:
    old = room.declare("Old resolved", "Blocker", impact_what="x")
    room.resolve(old)
    clock.advance(timedelta(minutes=1))
    minor = room.declare("Printer", "Minor", impact_what="one user cannot print")
    clock.advance(timedelta(minutes=1))
    blocker = room.declare("ERP down", "Blocker", impact_what="line stopped")
    assert [i.id for i in room.list_incidents()] == [blocker, minor, old]


def test_events_record_times_from_the_injected_clock(
    room: WarRoom, incident: int, clock: SimulatedClock
) -> None:
    clock.advance(timedelta(minutes=7))
    event = room.log(incident, "seven minutes in")
    assert event.at == clock.now()
    assert room.incident(incident).declared_at == clock.now() - timedelta(minutes=7)


def test_final_update_only_after_resolution(room: WarRoom, incident: int) -> None:
    with pytest.raises(RuleViolation, match="once the incident is resolved"):
        room.post_update(incident, "All good", next_update_at=None, final=True)


def test_handover_to_someone_already_in_the_role_is_refused(room: WarRoom, incident: int) -> None:
    room.assign_role(incident, Role.SCRIBE, "Sam Scribe")
    room.assign_role(incident, Role.SCRIBE, "Kim Nightshift")
    with pytest.raises(RuleViolation, match="Kim Nightshift already holds"):
        room.hand_over(incident, Role.SCRIBE, "Sam Scribe", "Kim Nightshift")


def test_reopening_clears_the_resolved_time(room: WarRoom, incident: int) -> None:
    room.resolve(incident, "restarted")
    assert room.incident(incident).resolved_at is not None
    room.change_status(incident, Status.INVESTIGATING, "it failed again")
    assert room.incident(incident).resolved_at is None
    assert room.incident(incident).is_active


def test_times_that_cannot_be_are_refused(
    room: WarRoom, incident: int, clock: SimulatedClock
) -> None:
    later = clock.now() + timedelta(minutes=5)
    with pytest.raises(InvalidInput, match="future"):
        room.declare("x", "Minor", impact_what="y", started_at=later)
    with pytest.raises(InvalidInput, match="detection time"):
        room.declare(
            "x",
            "Minor",
            impact_what="y",
            started_at=clock.now() - timedelta(hours=1),
            detected_at=clock.now() - timedelta(hours=2),
        )
    with pytest.raises(InvalidInput, match="future"):
        room.mark(incident, KeyMoment.MITIGATED, at=later)
    with pytest.raises(InvalidInput, match="negative"):
        room.update_impact(incident, impact_count=-1)


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


def test_a_failed_delivery_keeps_the_update_and_says_why(room: WarRoom, incident: int) -> None:
    from warroom.snapshot import load_snapshot

    uid = room.post_update(
        incident,
        "Still working on it",
        next_update_at=room.now() + timedelta(minutes=15),
        channel="e-mail",
        delivery="pending",
    )
    room.record_delivery(incident, uid, False, "the mail server refused the login")
    [update] = load_snapshot(room.store, incident).updates
    assert (update.delivery, update.delivery_detail) == (
        "failed",
        "the mail server refused the login",
    )
    assert update.text == "Still working on it"
    room.record_delivery(incident, uid, True, "sent to 3 recipients")
    [update] = load_snapshot(room.store, incident).updates
    assert update.delivery == "sent"
    assert kinds(room, incident)[-2:] == [EventKind.UPDATE_DELIVERY, EventKind.UPDATE_DELIVERY]


def test_on_call_page_and_acknowledgement(
    room: WarRoom, incident: int, clock: SimulatedClock
) -> None:
    from warroom.core.timing import page_backup_due
    from warroom.snapshot import load_snapshot

    with pytest.raises(RuleViolation, match="nobody has been paged"):
        room.acknowledge_page(incident)
    room.page_oncall(incident, "Petra Primary")
    clock.advance(timedelta(minutes=31))
    snap = load_snapshot(room.store, incident)
    assert snap.paged_who == "Petra Primary"
    prio = room.matrix.get(snap.priority)
    assert snap.paged_at is not None
    assert page_backup_due(prio, snap.paged_at, snap.acknowledged_at is not None, clock.now())
    room.page_oncall(incident, "Bruno Backup", "backup")
    room.acknowledge_page(incident, "on my way")
    snap = load_snapshot(room.store, incident)
    assert snap.acknowledged_at == clock.now()
    with pytest.raises(RuleViolation, match="already acknowledged"):
        room.acknowledge_page(incident)
