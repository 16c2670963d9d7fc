"""Who is in the room: seats that are here, seats that left, seats that went quiet."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from warroom.core.clock import SimulatedClock
from warroom.room import WarRoom
from warroom.store.repository import Actor


@pytest.fixture(params=["sqlite", "postgresql"])
def url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return str(tmp_path / "room.sqlite3")
    return str(request.getfixturevalue("postgres_url"))


def test_seats_are_present_until_they_leave_or_go_quiet(url: str, clock: SimulatedClock) -> None:
    lead = WarRoom.open(url, clock=clock, actor=Actor("Lia Lead", "lead", "desk-1"))
    scribe = WarRoom.open(url, clock=clock, actor=Actor("Sam Scribe", "scribe", "laptop-2"))
    try:
        incident = lead.declare("Mail down", "Major", impact_what="No mail")
        events = lead.incident(incident).events
        lead.heartbeat(incident)
        scribe.heartbeat(incident)
        here = lead.present(incident)
        assert [(p.person, p.role, p.seat, p.gone) for p in here] == [
            ("Lia Lead", "lead", "desk-1", False),
            ("Sam Scribe", "scribe", "laptop-2", False),
        ]
        # The scribe's laptop goes quiet; the lead keeps beating.
        for _ in range(4):
            clock.advance(timedelta(seconds=10))
            lead.heartbeat(incident)
        gone = {p.person: p.gone for p in lead.present(incident)}
        assert gone == {"Lia Lead": False, "Sam Scribe": True}
        # Back again: present once more.
        scribe.heartbeat(incident)
        assert not any(p.gone for p in lead.present(incident))
        scribe.leave()
        assert [p.person for p in lead.present(incident)] == ["Lia Lead"]
        # Presence is not what people did: the record has not grown.
        assert lead.incident(incident).events == events
        assert lead.verify(incident) is None
    finally:
        lead.close()
        scribe.close()
