"""The snapshot is read as Core rows: it shows what the ORM's objects hold, field by field."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from warroom.demo import create_demo_incident
from warroom.room import WarRoom
from warroom.snapshot import load_snapshot
from warroom.store.models import (
    Action,
    ChecklistItem,
    FixAttempt,
    Hypothesis,
    Incident,
    RoleAssignment,
    RootCause,
    StatusUpdate,
)


def _of(session: Any, model: Any, incident: int, order: Any) -> list[Any]:
    query = select(model).where(model.incident_id == incident).order_by(order)
    return list(session.scalars(query))


def test_the_snapshot_shows_what_the_orm_reads(room: WarRoom) -> None:
    incident = create_demo_incident(room)
    # A fix that names no hypothesis: its label stays empty, the fix is still there.
    room.record_fix_attempt(incident, "Restart the queue broker", hypothesis_uid=None)
    shot = load_snapshot(room.store, incident)
    with room.store.read() as s:
        inc = s.get(Incident, incident)
        assert inc is not None
        assert (shot.title, shot.status, shot.services, shot.started_at) == (
            inc.title,
            inc.status,
            tuple(inc.services),
            inc.started_at,
        )
        assert shot.events == inc.head_number
        assert shot.approximate_times == frozenset(inc.approximate_times)
        roles = _of(s, RoleAssignment, incident, RoleAssignment.id)
        assert [(r.uid, r.role, r.person, r.ended_at) for r in shot.roles] == [
            (r.uid, r.role, r.person.name, r.ended_at) for r in roles
        ]
        fixes = _of(s, FixAttempt, incident, FixAttempt.id)
        assert [(f.uid, f.hypothesis_uid, f.hypothesis_label) for f in shot.fixes] == [
            (
                f.uid,
                f.hypothesis.uid if f.hypothesis else None,
                f.hypothesis.label if f.hypothesis else None,
            )
            for f in fixes
        ]
        assert shot.fixes[-1].hypothesis_label is None
        assert any(f.hypothesis_label for f in shot.fixes)
        checklist = _of(s, ChecklistItem, incident, ChecklistItem.position)
        assert [(c.uid, c.done, c.done_at) for c in shot.checklist] == [
            (c.uid, c.done, c.done_at) for c in checklist
        ]
        hypotheses = _of(s, Hypothesis, incident, Hypothesis.id)
        assert [(h.uid, h.evidence) for h in shot.hypotheses] == [
            (h.uid, tuple(h.evidence)) for h in hypotheses
        ]
        updates = _of(s, StatusUpdate, incident, StatusUpdate.id)
        assert [(u.uid, u.sent_at, u.final) for u in shot.updates] == [
            (u.uid, u.sent_at, u.is_final) for u in updates
        ]
        actions = _of(s, Action, incident, Action.id)
        assert [(a.uid, a.other_systems) for a in shot.actions] == [
            (a.uid, tuple(a.other_systems)) for a in actions
        ]
        root = s.scalar(select(RootCause).where(RootCause.incident_id == incident))
        assert root is not None and shot.root_cause is not None
        assert shot.root_cause.alternatives == tuple(root.alternatives)
