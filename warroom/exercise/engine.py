"""The trainer's side of an exercise: start it on the story's clock, run simulated time,
deliver, hold, skip or retime injects, add scored ones, and end it.

Every decision is written to the record, so ``ExerciseRun.reattach`` rebuilds the
run exactly after the console (or the whole app) was closed.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from warroom.core.clock import utc
from warroom.core.errors import InvalidInput, RuleViolation
from warroom.core.i18n import _, current
from warroom.core.vocabulary import EventKind, ExerciseControl, Mode, Role
from warroom.exercise.check import Finding, scenario_warnings
from warroom.exercise.clock import ClockAnchor, ExerciseClock
from warroom.exercise.conditions import wanted
from warroom.exercise.record import ExerciseRecord, load_exercise, read_exercise
from warroom.exercise.scenario import EVERYONE, ExpectedAction, Inject, Scenario
from warroom.room import WarRoom
from warroom.store import scenarios
from warroom.store.repository import Actor

MIN_SPEED, MAX_SPEED = 1.0, 20.0


def _first_sentence(text: str) -> str:
    flat = text.replace("\n", " ")
    if "。" in flat:  # Japanese: the full stop is the sentence's own character
        return flat.split("。")[0].strip() + "。"
    sentence = flat.split(". ")[0].strip()
    return sentence if sentence.endswith(".") else sentence + "."


def story_start(scenario: Scenario, wall_now: datetime) -> datetime:
    """T+0 on the story's clock today, in this machine's zone, so injects and clocks agree."""
    local = wall_now.astimezone()
    if scenario.story_start is None:
        return utc(wall_now)
    moment = local.replace(
        hour=scenario.story_start.hour, minute=scenario.story_start.minute, second=0, microsecond=0
    )
    return utc(moment)


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
        self.record = ExerciseRecord(scenario, self.wall.now())

    # -- starting ----------------------------------------------------------------

    def start(self, speed: float = 1.0, at: datetime | None = None, lang: str | None = None) -> int:
        """Declare the exercise incident on the story's clock and run from T+0.

        ``at`` is T+0 (default: the scenario's ``story_start`` today, or now).
        The incident is declared at ``incident_started``, which may lie before T+0,
        so the escalation countdown agrees with the story. Its title and summary
        are the team's, in the language the room works in (``lang``, by default
        the trainer's); injects are recorded language-neutral.
        """
        speed = self._check_speed(speed)
        s = self.scenario
        start = utc(at) if at else story_start(s, self.wall.now())
        declared = start + s.incident_offset
        self.clock.follow(ClockAnchor(self.wall.now(), declared, speed, False))
        shown = s.in_language(lang or current())
        self.incident_id = self.room.declare(
            shown.title,
            s.priority,
            impact_what=_("Exercise: {0}").format(_first_sentence(shown.summary)),
            summary=shown.summary,
            mode=Mode.EXERCISE,
        )
        self.room.record_scenario(
            self.incident_id,
            key=s.key,
            title=s.title,
            file_name=s.source,
            text=s.text,
            started_at=start,
        )
        self._load_protocol()
        self.clock.follow(ClockAnchor(self.wall.now(), start, speed, True))
        self._anchor(running=True, speed=speed)
        self.reload()
        self.deliver_due()
        return self.incident_id

    def _load_protocol(self) -> None:
        """The team works the same shared checklist as in a real incident."""
        from warroom.core.protocol import builtin_protocols

        assert self.incident_id is not None
        for protocol in builtin_protocols():
            if protocol.name == "major-incident":
                self.room.add_checklist(self.incident_id, protocol.checklist())

    def reload(self) -> ExerciseRecord:
        assert self.incident_id is not None
        self.record = load_exercise(self.room.store, self.incident_id)
        return self.record

    @property
    def started_at(self) -> datetime | None:
        return self.record.started_at if self.incident_id is not None else None

    @property
    def delivered(self) -> set[int]:
        return set(self.record.delivered)

    def warnings(self, speed: float | None = None) -> list[Finding]:
        """What the scenario check says at this speed (windows nobody can meet, ...)."""
        return scenario_warnings(self.scenario, speed or self.clock.speed)

    # -- running the clock ------------------------------------------------------

    def _check_speed(self, speed: float) -> float:
        if not MIN_SPEED <= speed <= MAX_SPEED:
            raise InvalidInput(
                _("speed {speed} is out of range").format(speed=f"{speed:g}"),
                hint=_("choose 1× to 20× simulated time"),
            )
        return float(speed)

    def _anchor(self, *, running: bool, speed: float, sim_at: datetime | None = None) -> None:
        assert self.incident_id is not None
        anchor = ClockAnchor(self.wall.now(), sim_at or self.clock.now(), speed, running)
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
        if self.ended:
            raise RuleViolation(
                _("the exercise has ended"), hint=_("start a new exercise to go on")
            )
        if not self.clock.running:
            self._anchor(running=True, speed=self.clock.speed)

    def set_speed(self, speed: float) -> None:
        self._anchor(running=self.clock.running, speed=self._check_speed(speed))

    @property
    def running(self) -> bool:
        return self.clock.running

    def elapsed(self) -> timedelta:
        if self.incident_id is None:
            return timedelta(0)
        return self.clock.now() - self.record.started_at

    @property
    def ended(self) -> bool:
        return self.record.ended_at is not None

    @property
    def finished(self) -> bool:
        return self.incident_id is not None and (
            self.ended or self.elapsed() >= self.scenario.duration
        )

    # -- injects ------------------------------------------------------------------

    def _pending(self) -> list[Inject]:
        r = self.record
        return [i for i in r.injects if i.number not in r.delivered and i.number not in r.skipped]

    def due(self) -> list[Inject]:
        if self.ended:
            return []
        elapsed = self.elapsed()
        return [i for i in self._pending() if i.number not in self.record.held and i.at <= elapsed]

    def deliver_due(self) -> list[Inject]:
        """Deliver every inject whose time has come; returns what went out.

        A conditional inject whose condition does not hold is skipped, and the
        skip is recorded with the reason.
        """
        assert self.incident_id is not None
        sent: list[Inject] = []
        due = self.due()
        if not due:
            return sent
        events = self.room.store.events(self.incident_id)
        for inject in due:
            if not wanted(inject, events):
                condition = inject.when or inject.unless
                self.room.control_exercise(
                    self.incident_id,
                    ExerciseControl.SKIP,
                    number=inject.number,
                    reason=f"condition {'when' if inject.when else 'unless'} {condition}",
                )
                continue
            self.room.inject(
                self.incident_id,
                to=inject.to,
                text=inject.text,
                data=inject.data,
                number=inject.number,
            )
            sent.append(inject)
        self.reload()
        return sent

    def next_inject(self) -> Inject | None:
        pending = [i for i in self._pending() if i.number not in self.record.held]
        return min(pending, key=lambda i: i.at) if pending else None

    def _known(self, number: int) -> Inject:
        inject = next((i for i in self.record.injects if i.number == number), None)
        if inject is None:
            raise InvalidInput(
                _("there is no inject {number} in this exercise").format(number=number)
            )
        if number in self.record.delivered:
            raise RuleViolation(
                _("inject {number} has already been delivered").format(number=number)
            )
        return inject

    def _control(self, action: ExerciseControl, number: int, **kwargs: Any) -> None:
        assert self.incident_id is not None
        self._known(number)
        self.room.control_exercise(self.incident_id, action, number=number, **kwargs)
        self.reload()

    def skip(self, number: int, reason: str = "") -> None:
        self._control(ExerciseControl.SKIP, number, reason=reason)

    def hold(self, number: int) -> None:
        self._control(ExerciseControl.HOLD, number)

    def release(self, number: int) -> None:
        self._control(ExerciseControl.RELEASE, number)
        self.deliver_due()

    def retime(self, number: int, at: timedelta) -> None:
        """Move an inject to another time from the start (now or later delivers it then)."""
        if at < timedelta(0) or at > self.scenario.duration:
            raise InvalidInput(
                _("an inject can be moved within the exercise only"),
                hint=_("from 0:00 to the end of the exercise"),
            )
        self._control(ExerciseControl.RETIME, number, offset_minutes=at.total_seconds() / 60)
        self.deliver_due()

    def send_now(self, number: int) -> None:
        self.retime(number, max(self.elapsed(), timedelta(0)))

    def jump_to(self, number: int) -> None:
        """Move the exercise's clock forward to the inject's time and deliver what is due."""
        inject = self._known(number)
        if inject.at <= self.elapsed():
            self.deliver_due()
            return
        assert self.incident_id is not None
        self.room.control_exercise(self.incident_id, ExerciseControl.JUMP, number=number)
        self._anchor(
            running=self.clock.running,
            speed=self.clock.speed,
            sim_at=self.record.started_at + inject.at,
        )
        self.reload()
        self.deliver_due()

    def unscheduled(
        self,
        to: str,
        text: str,
        data: str | None = None,
        *,
        expect_role: Role | str | None = None,
        expect_action: ExpectedAction | str | None = None,
        within_minutes: int = 10,
        description: str = "",
    ) -> int | None:
        """An ad-hoc inject; with an expected response it gets a number and is scored."""
        assert self.incident_id is not None
        if to != EVERYONE:
            Role(to)
        if expect_role is None:
            self.room.inject(self.incident_id, to=to, text=text, data=data or None)
            return None
        if within_minutes <= 0:
            raise InvalidInput(_("the response window must be at least one minute"))
        action = ExpectedAction(expect_action or ExpectedAction.LOG_ENTRY)
        number = self.record.next_number()
        self.room.control_exercise(
            self.incident_id,
            ExerciseControl.EXPECT,
            number=number,
            offset_minutes=self.elapsed().total_seconds() / 60,
            expectation={
                "to": to,
                "text": text.strip(),
                "role": Role(expect_role).value,
                "actions": [action.value],
                "within_minutes": within_minutes,
                "description": description.strip() or text.strip(),
            },
        )
        self.room.inject(self.incident_id, to=to, text=text, data=data or None, number=number)
        self.reload()
        return number

    def end(self) -> None:
        """End the exercise: the clock stops, nothing more is delivered, the hot wash begins."""
        assert self.incident_id is not None
        if self.ended:
            return
        self.pause()
        self.room.control_exercise(self.incident_id, ExerciseControl.END)
        self.reload()

    # -- picking an exercise up again from its record -------------------------------

    @classmethod
    def reattach(cls, room: WarRoom, incident_id: int, trainer: str = "Trainer") -> ExerciseRun:
        """Rebuild the trainer's state from the record (another seat, or after a restart)."""
        events = room.store.events(incident_id)
        record = read_exercise(events, scenario_text=lambda sha: scenarios.text_of(room.store, sha))
        clocks = [e for e in events if e.kind == EventKind.EXERCISE_CLOCK]
        run = cls(room, record.scenario, trainer)
        run.incident_id = incident_id
        run.record = record
        if clocks:
            run.clock.follow(ClockAnchor.from_payload(clocks[-1].payload))
        return run

    resume_from_record = reattach


def running_exercises(room: WarRoom) -> list[tuple[int, str]]:
    """Exercises that were started and not ended: (incident id, title), newest first."""
    store = room.store
    found = []
    for summary in room.list_incidents():
        if summary.mode != Mode.EXERCISE:
            continue
        if not store.event_numbers(summary.id, kinds=[EventKind.EXERCISE_CLOCK]):
            continue  # a rehearsal record (the demo), not a run a trainer can steer
        controls = store.event_numbers(summary.id, kinds=[EventKind.EXERCISE_CONTROL])
        events = store.events_between(summary.id, controls[0], controls[-1]) if controls else []
        if any(
            e.kind == EventKind.EXERCISE_CONTROL and e.payload.get("action") == "end"
            for e in events
        ):
            continue
        found.append((summary.id, summary.title))
    return found
