"""Communication: status updates, their delivery, on-call paging."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from tests.room.test_write_path import kinds
from warroom.core.clock import SimulatedClock
from warroom.core.errors import RuleViolation
from warroom.core.vocabulary import (
    EventKind,
)
from warroom.room import WarRoom
from warroom.store.models import Incident, StatusUpdate


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


def test_final_update_only_after_resolution(room: WarRoom, incident: int) -> None:
    with pytest.raises(RuleViolation, match="once the incident is resolved"):
        room.post_update(incident, "All good", next_update_at=None, final=True)


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
