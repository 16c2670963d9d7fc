"""Roles and handovers: any person can take any role, and every change of
hands is recorded (rule 2).
"""

from __future__ import annotations

from sqlalchemy import select

from warroom.core.errors import RuleViolation
from warroom.core.i18n import N_, _
from warroom.core.names import role_name
from warroom.core.vocabulary import EventKind, Role
from warroom.room.base import RoomBase, checked_text, new_uid
from warroom.store.models import Person, RoleAssignment
from warroom.store.repository import WriteTx


def _current(tx: WriteTx, incident_id: int, role: Role, person: str) -> RoleAssignment | None:
    """The person's open hold on the role, if they have one."""
    return tx.session.scalar(
        select(RoleAssignment)
        .join(Person, RoleAssignment.person_id == Person.id)
        .where(
            RoleAssignment.incident_id == incident_id,
            RoleAssignment.role == role,
            RoleAssignment.ended_at.is_(None),
            Person.name == person,
        )
    )


class RoleActions(RoomBase):
    def assign_role(self, incident_id: int, role: Role | str, person: str, note: str = "") -> str:
        """Give a role to a person. Several people may share a role; one may hold two."""
        role = Role(role)
        person = checked_text(person, N_("name"), limit=200)
        with self._write(incident_id) as (tx, incident):
            if _current(tx, incident_id, role, person) is not None:
                raise RuleViolation(
                    _("{person} already holds the {role} role").format(
                        person=person, role=role_name(role.value)
                    )
                )
            uid = new_uid()
            self._record(
                tx,
                incident,
                EventKind.ROLE_ASSIGNED,
                {"uid": uid, "role": role.value, "person": person, "note": note.strip()},
            )
            return uid

    def hand_over(
        self, incident_id: int, role: Role | str, from_person: str, to_person: str, note: str = ""
    ) -> str:
        """End ``from_person``'s hold on ``role`` and give it to ``to_person``, as one record."""
        role = Role(role)
        to_person = checked_text(to_person, N_("name of the person taking over"), limit=200)
        from_person = from_person.strip()
        with self._write(incident_id) as (tx, incident):
            current = _current(tx, incident_id, role, from_person)
            if current is None:
                raise RuleViolation(
                    _("{person} does not hold the {role} role").format(
                        person=from_person, role=role_name(role.value)
                    )
                )
            if from_person == to_person:
                raise RuleViolation(_("a role is handed over to somebody else"))
            if _current(tx, incident_id, role, to_person) is not None:
                raise RuleViolation(
                    _("{person} already holds the {role} role").format(
                        person=to_person, role=role_name(role.value)
                    )
                )
            uid = new_uid()
            self._record(
                tx,
                incident,
                EventKind.ROLE_HANDED_OVER,
                {
                    "role": role.value,
                    "from": from_person,
                    "to": to_person,
                    "ended": current.uid,
                    "uid": uid,
                    "note": note.strip(),
                },
            )
            return uid

    def release_role(self, incident_id: int, role: Role | str, person: str, note: str = "") -> None:
        role = Role(role)
        person = person.strip()
        with self._write(incident_id) as (tx, incident):
            current = _current(tx, incident_id, role, person)
            if current is None:
                raise RuleViolation(
                    _("{person} does not hold the {role} role").format(
                        person=person, role=role_name(role.value)
                    )
                )
            self._record(
                tx,
                incident,
                EventKind.ROLE_RELEASED,
                {"role": role.value, "person": person, "uid": current.uid, "note": note.strip()},
            )
