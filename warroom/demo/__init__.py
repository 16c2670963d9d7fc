"""A sample incident: a hosted ERP stops saving and a customer's production line stops.

The record is written through the public ``WarRoom`` methods, as the people in
the war room would have written it, so it exercises every part of the record:
roles and a handover, the problem specification, hypotheses with evidence, fix
attempts, questions to the customer, status updates on the Blocker cadence, an
escalation, a correction, the root cause and the follow-up actions.

What lives here: ``cast`` (the people), ``timetable`` (the minutes that
entries refer to), ``story`` (the clock and the seats every phase writes
through), and one module per phase, played in the order of ``PHASES`` below.
The package sits above ``warroom.room`` in the layers: it imports
``warroom.core`` and ``warroom.room`` only. The command line (``warroom demo``)
and the start screen's "Load the demo incident" use it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from warroom.core.clock import utc
from warroom.demo import (
    aftermath,
    catalogue,
    checklist,
    declaration,
    escalation,
    first_hour,
    restoration,
    second_hour,
)
from warroom.demo.story import Story, StoryPaused
from warroom.demo.timetable import LOOKBACK
from warroom.room import WarRoom

__all__ = ["create_demo_incident"]

PHASES: tuple[Callable[[Story], None], ...] = (
    catalogue.play,
    declaration.play,
    checklist.play,
    first_hour.play,
    second_hour.play,
    escalation.play,
    restoration.play,
    aftermath.play,
)


def create_demo_incident(
    room: WarRoom, *, now: datetime | None = None, live_at_minute: float | None = None
) -> int:
    """Create a realistic sample incident; return its id.

    By default the story is told to the end: a resolved, fully filled record.
    With ``live_at_minute`` it stops that many minutes after the outage began,
    and that moment is ``now``: a live incident, mid-diagnosis, to work on.
    """
    end = utc(now) if now is not None else datetime.now(UTC)
    if live_at_minute is None:
        return _tell(Story(room, end - LOOKBACK))
    return _tell(Story(room, end - timedelta(minutes=live_at_minute), stop=live_at_minute))


def _tell(story: Story) -> int:
    try:
        for phase in PHASES:
            phase(story)
    except StoryPaused:
        pass
    return story.incident_id
