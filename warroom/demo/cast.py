"""The people of the sample incident: who sits in the war room, and who is only named.

Every text of the story takes names from here, first names included, so a
person is renamed in one place.
"""

from __future__ import annotations

from dataclasses import dataclass

from warroom.core.vocabulary import Role


@dataclass(frozen=True)
class Person:
    """Someone the record names: ``duty`` is what they do, as the record calls it."""

    name: str
    duty: str

    @property
    def first_name(self) -> str:
        # The war room calls its members by first name in the log.
        return self.name.split()[0]

    @property
    def label(self) -> str:
        """The name with the duty, as it stands where someone is introduced."""
        return f"{self.name} ({self.duty})"


@dataclass(frozen=True)
class Member(Person):
    """Someone with a seat in the war room; ``duty`` is the note on their role assignment."""

    role: Role


# -- the war room ----------------------------------------------------------

LEAD = Member("Miriam Kovač", "duty incident lead", Role.LEAD)
DIAGNOSTICIAN = Member("Tobias Lindqvist", "ERP basis engineer on call", Role.DIAGNOSTICIAN)
COMMUNICATOR = Member("Aylin Demir", "service delivery manager", Role.COMMUNICATOR)
SCRIBE = Member("Jonas Reiter", "service desk agent on shift", Role.SCRIBE)
# Takes the record over at the service desk's shift change (a handover, not an assignment).
NEXT_SCRIBE = Member("Priya Nair", "service desk agent on the next shift", Role.SCRIBE)
# Joins through the escalation as a second diagnostician for the database.
SENIOR = Member(
    "Helena Brandt", "senior database engineer, joined by escalation", Role.DIAGNOSTICIAN
)

# -- outside the war room --------------------------------------------------

CUSTOMER_IT = Person("Stefan Albers", "IT operations, Kessler Pumpen")
STORAGE_ON_CALL = Person("Rafael Ortiz", "storage on call")
MONITORING_OWNER = Person("Jan Hoffmann", "monitoring team")
CHANGE_OWNER = Person("Sabine Roth", "change management")
