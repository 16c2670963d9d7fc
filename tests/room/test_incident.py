"""The incident itself: declaring it, its status, the incident list, times that cannot be."""

from __future__ import annotations

from datetime import timedelta

import pytest

from warroom.core.clock import SimulatedClock
from warroom.core.errors import InvalidInput
from warroom.core.vocabulary import (
    EventKind,
    KeyMoment,
    Status,
)
from warroom.room import WarRoom


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


def test_list_puts_active_incidents_first_by_severity(room: WarRoom, clock: SimulatedClock) -> None:
    old = room.declare("Old resolved", "Blocker", impact_what="x")
    room.resolve(old)
    clock.advance(timedelta(minutes=1))
    minor = room.declare("Printer", "Minor", impact_what="one user cannot print")
    clock.advance(timedelta(minutes=1))
    blocker = room.declare("ERP down", "Blocker", impact_what="line stopped")
    assert [i.id for i in room.list_incidents()] == [blocker, minor, old]


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
