"""The stage every phase plays on: one simulated clock and a seat per member of the cast.

A ``Story`` also holds what later entries refer back to: the incident, the
first call's entry, the checklist items and the hypotheses by key, and the
customer update last promised.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from warroom.core.clock import SimulatedClock, utc
from warroom.core.vocabulary import Audience
from warroom.demo.cast import COMMUNICATOR, DIAGNOSTICIAN, LEAD, NEXT_SCRIBE, SCRIBE, SENIOR
from warroom.demo.timetable import EXECUTIVE_CADENCE
from warroom.room import WarRoom


class StoryPaused(Exception):
    """The live demo has reached ``now``."""


def duration(minutes: float) -> str:
    """``145`` as ``2 h 25 min``: how the executives read a length of time."""
    hours, rest = divmod(int(minutes), 60)
    return f"{hours} h {rest} min"


class Story:
    """The war room of one outage, told minute by minute from the outage's start.

    With ``stop`` the story pauses before its first step later than that
    minute: the record then ends where a live incident would be at ``now``.
    """

    def __init__(self, room: WarRoom, start: datetime, stop: float | None = None) -> None:
        self.start = start
        self.stop = stop
        self.clock = SimulatedClock(start)
        seat = room.with_clock(self.clock)
        self.lead = seat.as_person(LEAD.name, LEAD.role)
        self.diagnostician = seat.as_person(DIAGNOSTICIAN.name, DIAGNOSTICIAN.role)
        self.communicator = seat.as_person(COMMUNICATOR.name, COMMUNICATOR.role)
        self.scribe = seat.as_person(SCRIBE.name, SCRIBE.role)
        self.next_scribe = seat.as_person(NEXT_SCRIBE.name, NEXT_SCRIBE.role)
        self.senior = seat.as_person(SENIOR.name, SENIOR.role)
        self.incident_id = 0
        # The service desk's first entry: the first hour corrects it.
        self.first_call = 0
        self.checklist: dict[str, str] = {}
        self.hypotheses: dict[str, str] = {}
        self.next_customer_update: float | None = None

    def at(self, minute: float) -> None:
        """Move story time to ``minute`` after the outage began; it never runs backwards."""
        if self.stop is not None and minute > self.stop:
            raise StoryPaused
        delta = self.when(minute) - self.clock.now()
        if delta < timedelta(0):
            raise RuntimeError(f"the story went back in time at minute {minute}")
        self.clock.advance(delta)

    def when(self, minute: float) -> datetime:
        return self.start + timedelta(minutes=minute)

    def hhmm(self, minute: float) -> str:
        """The clock time of ``minute`` as the texts quote it, e.g. ``14:22 UTC``."""
        return utc(self.when(minute)).strftime("%H:%M UTC")

    def next_update_due(self) -> str:
        """The clock time that the last customer update promised for the next one."""
        if self.next_customer_update is None:
            raise RuntimeError("no customer update has promised a next one yet")
        return self.hhmm(self.next_customer_update)

    def customer_update(self, minute: float, text: str, next_in: int) -> None:
        """A customer update that promises the next one ``next_in`` minutes later."""
        self.at(minute)
        self.next_customer_update = minute + next_in
        self.communicator.post_update(
            self.incident_id,
            f"{text} Next update at {self.hhmm(self.next_customer_update)}, or sooner if "
            "anything changes.",
            next_update_at=self.when(self.next_customer_update),
            audience=Audience.CUSTOMERS,
            channel="e-mail",
        )

    def executive_briefing(self, minute: float, text: str) -> None:
        """The lead's briefing of the executives, promising the next one an hour later."""
        self.at(minute)
        nxt = minute + EXECUTIVE_CADENCE
        self.lead.post_update(
            self.incident_id,
            f"{text} Next executive update at {self.hhmm(nxt)}.",
            next_update_at=self.when(nxt),
            audience=Audience.EXECUTIVES,
            channel="e-mail and phone",
        )
