"""Exercises: the simulated clock every seat follows, and injects delivered to roles."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from warroom.core.clock import utc
from warroom.core.errors import InvalidInput, RuleViolation
from warroom.core.vocabulary import (
    EventKind,
    Mode,
    Role,
)
from warroom.room.base import RoomBase, checked_text
from warroom.store.repository import EventRecord, iso


class ExerciseActions(RoomBase):
    def set_exercise_clock(
        self,
        incident_id: int,
        *,
        wall_at: datetime,
        sim_at: datetime,
        speed: float,
        running: bool,
        scenario: str = "",
    ) -> None:
        """Record how simulated time runs from here on, so every seat can follow it."""
        if speed <= 0:
            raise InvalidInput("the exercise speed must be above zero")
        with self._write(incident_id) as (tx, incident):
            if incident.mode != Mode.EXERCISE:
                raise RuleViolation("a simulated clock belongs to exercises only")
            self._record(
                tx,
                incident,
                EventKind.EXERCISE_CLOCK,
                {
                    "wall_at": iso(utc(wall_at)),
                    "sim_at": iso(utc(sim_at)),
                    "speed": speed,
                    "running": running,
                    "scenario": scenario,
                },
            )

    def inject(
        self,
        incident_id: int,
        *,
        to: str,
        text: str,
        data: str | None = None,
        number: int | None = None,
        expect: dict[str, Any] | None = None,
    ) -> EventRecord:
        """Deliver an exercise inject to a role (or "all"); it is marked as an inject everywhere."""
        text = checked_text(text, "inject text")
        if to != "all":
            Role(to)
        with self._write(incident_id) as (tx, incident):
            if incident.mode != Mode.EXERCISE:
                raise RuleViolation("injects belong to exercises, not to real incidents")
            return self._record(
                tx,
                incident,
                EventKind.INJECT,
                {"number": number, "to": to, "text": text, "data": data, "expect": expect},
            )
