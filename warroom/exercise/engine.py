"""The trainer's side of an exercise: start it, run simulated time, deliver injects."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from warroom.core.clock import utc
from warroom.core.vocabulary import EventKind, Mode
from warroom.exercise.clock import ClockAnchor, ExerciseClock
from warroom.exercise.scenario import Inject, Scenario, find_scenario
from warroom.room import WarRoom
from warroom.store.repository import Actor

MIN_SPEED, MAX_SPEED = 1.0, 20.0


def _first_sentence(text: str) -> str:
    sentence = text.replace("\n", " ").split(". ")[0].strip()
    return sentence if sentence.endswith(".") else sentence + "."


class ExerciseRun:
    """One exercise as the trainer runs it. Trainees follow it through the record."""

    def __init__(self, room: WarRoom, scenario: Scenario, trainer: str = "Trainer") -> None:
        self.scenario = scenario
        self.wall = room.clock
        self.clock = ExerciseClock(room.clock)
        actor = Actor(trainer, "", room.actor.seat)
        # Everything the trainer writes is stamped with the exercise's time.
        self.room = WarRoom(room.store.with_clock(self.clock), room.matrix, actor)
        self.incident_id: int | None = None
        self.started_at: datetime | None = None
        self.delivered: set[int] = set()

    # -- running the clock ------------------------------------------------------

    def start(self, speed: float = 1.0, at: datetime | None = None) -> int:
        """Declare the exercise incident at simulated time ``at`` (default: now) and run."""
        speed = self._check_speed(speed)
        sim_start = utc(at) if at else self.wall.now()
        self.clock.follow(ClockAnchor(self.wall.now(), sim_start, speed, True))
        s = self.scenario
        self.incident_id = self.room.declare(
            s.title,
            s.priority,
            impact_what=f"Exercise: {_first_sentence(s.summary)}",
            summary=s.summary,
            mode=Mode.EXERCISE,
        )
        self.started_at = sim_start
        self._anchor(running=True, speed=speed)
        self._load_protocol()
        self.deliver_due()
        return self.incident_id

    def _load_protocol(self) -> None:
        """The team works the same shared checklist as in a real incident."""
        from warroom.core.protocol import builtin_protocols

        assert self.incident_id is not None
        for protocol in builtin_protocols():
            if protocol.name == "major-incident":
                self.room.add_checklist(self.incident_id, protocol.checklist())

    def _check_speed(self, speed: float) -> float:
        if not MIN_SPEED <= speed <= MAX_SPEED:
            from warroom.core.errors import InvalidInput

            raise InvalidInput(
                f"speed {speed:g} is out of range", hint="choose 1× to 20× simulated time"
            )
        return float(speed)

    def _anchor(self, *, running: bool, speed: float) -> None:
        assert self.incident_id is not None
        anchor = ClockAnchor(self.wall.now(), self.clock.now(), speed, running)
        self.clock.follow(anchor)
        self.room.set_exercise_clock(
            self.incident_id,
            wall_at=anchor.wall_at,
            sim_at=anchor.sim_at,
            speed=speed,
            running=running,
            scenario=self.scenario.key,
        )

    def pause(self) -> None:
        if self.clock.running:
            self._anchor(running=False, speed=self.clock.speed)

    def resume(self) -> None:
        if not self.clock.running:
            self._anchor(running=True, speed=self.clock.speed)

    def set_speed(self, speed: float) -> None:
        self._anchor(running=self.clock.running, speed=self._check_speed(speed))

    @property
    def running(self) -> bool:
        return self.clock.running

    def elapsed(self) -> timedelta:
        if self.started_at is None:
            return timedelta(0)
        return self.clock.now() - self.started_at

    @property
    def finished(self) -> bool:
        return self.started_at is not None and self.elapsed() >= self.scenario.duration

    # -- injects ------------------------------------------------------------------

    def due(self) -> list[Inject]:
        elapsed = self.elapsed()
        return [
            i for i in self.scenario.injects if i.number not in self.delivered and i.at <= elapsed
        ]

    def deliver_due(self) -> list[Inject]:
        """Deliver every inject whose time has come; returns what went out."""
        assert self.incident_id is not None
        sent = []
        for inject in self.due():
            expect: dict[str, Any] | None = None
            if inject.expect is not None:
                expect = {
                    "role": inject.expect.role.value,
                    "action": inject.expect.action.value,
                    "within_minutes": inject.expect.within.total_seconds() / 60,
                }
            self.room.inject(
                self.incident_id,
                to=inject.to,
                text=inject.text,
                data=inject.data,
                number=inject.number,
                expect=expect,
            )
            self.delivered.add(inject.number)
            sent.append(inject)
        return sent

    def unscheduled(self, to: str, text: str, data: str | None = None) -> None:
        assert self.incident_id is not None
        self.room.inject(self.incident_id, to=to, text=text, data=data or None)

    def next_inject(self) -> Inject | None:
        pending = [i for i in self.scenario.injects if i.number not in self.delivered]
        return min(pending, key=lambda i: i.at) if pending else None

    # -- picking an exercise up again from its record -------------------------------

    @classmethod
    def resume_from_record(cls, room: WarRoom, incident_id: int) -> ExerciseRun:
        """Rebuild the trainer's state from the record (another seat, or after a restart)."""
        events = room.store.events(incident_id)
        clocks = [e for e in events if e.kind == EventKind.EXERCISE_CLOCK]
        if not clocks:
            from warroom.core.errors import InvalidInput

            raise InvalidInput(f"incident #{incident_id} is not a running exercise")
        run = cls(room, find_scenario(str(clocks[0].payload["scenario"])))
        run.incident_id = incident_id
        run.started_at = events[0].at
        run.clock.follow(ClockAnchor.from_payload(clocks[-1].payload))
        run.delivered = {
            int(e.payload["number"])
            for e in events
            if e.kind == EventKind.INJECT and e.payload.get("number")
        }
        return run
