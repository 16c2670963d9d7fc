"""Roles and handovers."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from tests.room.test_write_path import kinds
from warroom.core.clock import SimulatedClock
from warroom.core.errors import RuleViolation
from warroom.core.vocabulary import (
    EventKind,
    Role,
)
from warroom.room import WarRoom
from warroom.store.models import RoleAssignment


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


def test_handover_to_someone_already_in_the_role_is_refused(room: WarRoom, incident: int) -> None:
    room.assign_role(incident, Role.SCRIBE, "Sam Scribe")
    room.assign_role(incident, Role.SCRIBE, "Kim Nightshift")
    with pytest.raises(RuleViolation, match="Kim Nightshift already holds"):
        room.hand_over(incident, Role.SCRIBE, "Sam Scribe", "Kim Nightshift")
