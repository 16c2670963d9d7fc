"""Simulated time that every seat can follow from the record alone.

The trainer's console writes an ``exercise.clock`` event whenever it starts,
pauses, resumes or changes speed: "at wall time W the simulated time was S,
running at speed N". Any seat, in any process, turns its own wall clock into
the exercise's time from the last such event.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from warroom.core.clock import Clock, utc


@dataclass(frozen=True)
class ClockAnchor:
    wall_at: datetime
    sim_at: datetime
    speed: float
    running: bool

    @classmethod
    def from_payload(cls, payload: dict[str, Any]) -> ClockAnchor:
        return cls(
            utc(datetime.fromisoformat(str(payload["wall_at"]))),
            utc(datetime.fromisoformat(str(payload["sim_at"]))),
            float(payload["speed"]),
            bool(payload["running"]),
        )

    def at(self, wall_now: datetime) -> datetime:
        if not self.running:
            return self.sim_at
        return self.sim_at + (wall_now - self.wall_at) * self.speed


class ExerciseClock:
    """The exercise's time, derived from the wall clock and the latest anchor."""

    def __init__(self, wall: Clock, anchors: Sequence[ClockAnchor] = ()) -> None:
        self.wall = wall
        self._anchor: ClockAnchor | None = anchors[-1] if anchors else None

    def follow(self, anchor: ClockAnchor) -> None:
        self._anchor = anchor

    @property
    def anchor(self) -> ClockAnchor | None:
        return self._anchor

    @property
    def running(self) -> bool:
        return self._anchor is not None and self._anchor.running

    @property
    def speed(self) -> float:
        return self._anchor.speed if self._anchor else 1.0

    def now(self) -> datetime:
        wall_now = self.wall.now()
        if self._anchor is None:
            return wall_now
        return self._anchor.at(wall_now)

    def wall_time_until(self, sim_moment: datetime) -> timedelta | None:
        """How long on the wall clock until the exercise reaches ``sim_moment``."""
        if self._anchor is None or not self._anchor.running:
            return None
        return max((sim_moment - self.now()) / self._anchor.speed, timedelta(0))
