"""Reading the room: the list of incidents and one incident's summary, and the chain check."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Row, select

from warroom.core.errors import NotFound
from warroom.core.i18n import _
from warroom.core.matrix import Priority
from warroom.core.vocabulary import (
    Mode,
    Status,
)
from warroom.room.base import RoomBase
from warroom.store.integrity import Problem, StateMismatch
from warroom.store.models import (
    Incident,
)
from warroom.store.repository import Presence

# A seat says it is here this often, and is shown as gone when three are missed.
HEARTBEAT = timedelta(seconds=10)
GONE_AFTER = timedelta(seconds=30)


@dataclass(frozen=True)
class IncidentSummary:
    id: int
    uid: str
    title: str
    priority: str
    status: str
    mode: str
    started_at: datetime
    declared_at: datetime
    resolved_at: datetime | None
    impact_what: str
    next_update_due_at: datetime | None
    events: int

    @property
    def is_active(self) -> bool:
        return Status(self.status).is_active


class ReadingActions(RoomBase):
    def priority_of(self, incident: IncidentSummary) -> Priority:
        return self.matrix.get(incident.priority)

    def list_incidents(self, include_exercises: bool = True) -> list[IncidentSummary]:
        """Active incidents first (most severe, then newest), then the rest, newest first."""
        incident = Incident.__table__
        # Core rows, not ORM objects: the start screen's first read, cheaper to compile.
        query = select(incident)
        if not include_exercises:
            query = query.where(incident.c.mode == Mode.REAL)
        with self.store.read() as session:
            summaries = [self._summary(row) for row in session.connection().execute(query)]
        ranks = {p.name: p.rank for p in self.matrix.priorities}
        return sorted(
            summaries,
            key=lambda s: (
                not s.is_active,
                ranks.get(s.priority, 99) if s.is_active else 0,
                -s.declared_at.timestamp(),
            ),
        )

    def incident(self, incident_id: int) -> IncidentSummary:
        incident = Incident.__table__
        with self.store.read() as session:
            query = select(incident).where(incident.c.id == incident_id)
            row = session.connection().execute(query).first()
            if row is None:
                raise NotFound(
                    _("there is no incident #{id}").format(id=incident_id),
                    hint=_("see `warroom list`"),
                )
            return self._summary(row)

    @staticmethod
    def _summary(row: Row[Any]) -> IncidentSummary:
        """From a row of the incident table."""
        return IncidentSummary(
            id=row.id,
            uid=row.uid,
            title=row.title,
            priority=row.priority,
            status=row.status,
            mode=row.mode,
            started_at=row.started_at,
            declared_at=row.declared_at,
            resolved_at=row.resolved_at,
            impact_what=row.impact_what,
            next_update_due_at=row.next_update_due_at,
            events=row.head_number,
        )

    def verify(self, incident_id: int) -> Problem | None:
        return self.store.verify(incident_id)

    def rebuild(self, incident_id: int) -> list[StateMismatch]:
        """Make the state rows what the events say again; what differed (recorded if any)."""
        return self.store.rebuild(incident_id, self.actor)

    # -- who is in the room ------------------------------------------------

    def heartbeat(self, incident_id: int | None) -> None:
        """Say this seat is here, as its person and role; every HEARTBEAT while open."""
        self.store.heartbeat(self.actor.seat, self.actor.person, self.actor.role, incident_id)

    def present(self, incident_id: int | None = None) -> list[Presence]:
        """Who is in the room (on this incident): seats not heard of for a while are gone."""
        return self.store.present(incident_id, GONE_AFTER)

    def leave(self) -> None:
        self.store.leave(self.actor.seat)
