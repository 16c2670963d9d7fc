"""Roles and handovers: any person can take any role, and every change of hands
is recorded (rule 2).
"""

from __future__ import annotations

from sqlalchemy import select

from warroom.core.errors import RuleViolation
from warroom.core.vocabulary import (
    EventKind,
    Role,
)
from warroom.room.base import RoomBase, checked_text, new_uid
from warroom.store.models import (
    RoleAssignment,
)


class RoleActions(RoomBase):
    def assign_role(self, incident_id: int, role: Role | str, person: str, note: str = "") -> str:
        """Give a role to a person. Several people may share a role; one may hold two."""
        role = Role(role)
        person = checked_text(person, "name", limit=200)
        with self._write(incident_id) as (tx, incident):
            holder = tx.person(person)
            already = tx.session.scalar(
                select(RoleAssignment).where(
                    RoleAssignment.incident_id == incident_id,
                    RoleAssignment.role == role,
                    RoleAssignment.person_id == holder.id,
                    RoleAssignment.ended_at.is_(None),
                )
            )
            if already is not None:
                raise RuleViolation(f"{person} already holds the {role.value} role")
            assignment = RoleAssignment(
                incident_id=incident_id,
                uid=new_uid(),
                role=role,
                person_id=holder.id,
                seat=self.actor.seat,
                started_at=self.now(),
                note=note.strip(),
            )
            tx.session.add(assignment)
            self._record(
                tx,
                incident,
                EventKind.ROLE_ASSIGNED,
                {"uid": assignment.uid, "role": role.value, "person": person, "note": note.strip()},
            )
            return assignment.uid

    def hand_over(
        self, incident_id: int, role: Role | str, from_person: str, to_person: str, note: str = ""
    ) -> str:
        """End ``from_person``'s hold on ``role`` and give it to ``to_person``, as one record."""
        role = Role(role)
        to_person = checked_text(to_person, "name of the person taking over", limit=200)
        with self._write(incident_id) as (tx, incident):
            current = tx.session.scalar(
                select(RoleAssignment)
                .join(RoleAssignment.person)
                .where(
                    RoleAssignment.incident_id == incident_id,
                    RoleAssignment.role == role,
                    RoleAssignment.ended_at.is_(None),
                    RoleAssignment.person.has(name=from_person.strip()),
                )
            )
            if current is None:
                raise RuleViolation(f"{from_person} does not hold the {role.value} role")
            if from_person.strip() == to_person:
                raise RuleViolation("a role is handed over to somebody else")
            taker_holds = tx.session.scalar(
                select(RoleAssignment.id).where(
                    RoleAssignment.incident_id == incident_id,
                    RoleAssignment.role == role,
                    RoleAssignment.ended_at.is_(None),
                    RoleAssignment.person.has(name=to_person),
                )
            )
            if taker_holds is not None:
                raise RuleViolation(f"{to_person} already holds the {role.value} role")
            now = self.now()
            current.ended_at = now
            taker = tx.person(to_person)
            successor = RoleAssignment(
                incident_id=incident_id,
                uid=new_uid(),
                role=role,
                person_id=taker.id,
                seat=self.actor.seat,
                started_at=now,
                note=note.strip(),
            )
            tx.session.add(successor)
            self._record(
                tx,
                incident,
                EventKind.ROLE_HANDED_OVER,
                {
                    "role": role.value,
                    "from": from_person.strip(),
                    "to": to_person,
                    "ended": current.uid,
                    "uid": successor.uid,
                    "note": note.strip(),
                },
            )
            return successor.uid

    def release_role(self, incident_id: int, role: Role | str, person: str, note: str = "") -> None:
        role = Role(role)
        with self._write(incident_id) as (tx, incident):
            current = tx.session.scalar(
                select(RoleAssignment).where(
                    RoleAssignment.incident_id == incident_id,
                    RoleAssignment.role == role,
                    RoleAssignment.ended_at.is_(None),
                    RoleAssignment.person.has(name=person.strip()),
                )
            )
            if current is None:
                raise RuleViolation(f"{person} does not hold the {role.value} role")
            current.ended_at = self.now()
            self._record(
                tx,
                incident,
                EventKind.ROLE_RELEASED,
                {
                    "role": role.value,
                    "person": person.strip(),
                    "uid": current.uid,
                    "note": note.strip(),
                },
            )
