"""An exercise as its record tells it: the scenario run, what was delivered, skipped,
retimed or added, the evaluator's ratings, the hot wash and the improvement plan.

Everything here is read from the chained events, so a trainer console that was
closed (or an app that was restarted) picks the exercise up exactly where it was.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from warroom.core.clock import utc
from warroom.core.errors import InvalidInput
from warroom.core.i18n import _
from warroom.core.vocabulary import EventKind, ExerciseControl, Role
from warroom.exercise.scenario import (
    Expectation,
    ExpectedAction,
    Inject,
    Scenario,
    builtin_dir,
    builtin_keys,
    find_scenario,
    load_scenario,
    scenario_from_text,
)
from warroom.store import scenarios
from warroom.store.repository import EventRecord, Store


@dataclass(frozen=True)
class RatingView:
    number: int
    rating: str | None
    notes: str
    override: str | None
    by: str
    at: datetime


@dataclass(frozen=True)
class Improvement:
    text: str
    owner: str
    due: datetime | None
    objective: str
    at: datetime


@dataclass
class ExerciseRecord:
    scenario: Scenario
    started_at: datetime  # T+0, on the story's clock
    sha256: str = ""
    delivered: dict[int, datetime] = field(default_factory=dict)
    skipped: set[int] = field(default_factory=set)
    held: set[int] = field(default_factory=set)
    retimed: dict[int, timedelta] = field(default_factory=dict)
    adhoc: list[Inject] = field(default_factory=list)
    ended_at: datetime | None = None
    ratings: dict[int, RatingView] = field(default_factory=dict)
    root_cause_confirmed: bool | None = None
    root_cause_notes: str = ""
    hot_wash: dict[str, list[str]] = field(default_factory=dict)
    improvements: list[Improvement] = field(default_factory=list)

    def at(self, inject: Inject) -> timedelta:
        """When the inject is (or was) due, after any retiming."""
        return self.retimed.get(inject.number, inject.at)

    @property
    def injects(self) -> tuple[Inject, ...]:
        """The scenario's injects and the scored ad-hoc ones, with their times as retimed."""
        from dataclasses import replace

        return tuple(replace(i, at=self.at(i)) for i in (*self.scenario.injects, *self.adhoc))

    def next_number(self) -> int:
        numbers = [i.number for i in (*self.scenario.injects, *self.adhoc)]
        numbers.extend(self.delivered)
        return max(numbers, default=0) + 1


def _expectation(raw: dict[str, Any]) -> Expectation:
    return Expectation(
        role=Role(str(raw["role"])),
        actions=tuple(ExpectedAction(a) for a in raw.get("actions", [])),
        within=timedelta(minutes=float(raw["within_minutes"])),
        description=str(raw.get("description", "")),
        status=raw.get("status"),
    )


def load_exercise(store: Store, incident_id: int) -> ExerciseRecord:
    """The exercise behind an incident in ``store``, its scenario read from where it is kept."""
    return read_exercise(
        store.events(incident_id), scenario_text=lambda sha: scenarios.text_of(store, sha)
    )


def _scenario_as_run(payload: dict[str, Any], scenario_text: Callable[[str], str | None]) -> str:
    """The file an exercise ran: in its event (records before 0.3), kept apart, or built in."""
    if "text" in payload:
        return str(payload["text"])
    sha256 = str(payload["sha256"])
    text = scenario_text(sha256)
    if text is not None:
        return text
    key = str(payload["key"])
    if key in builtin_keys():
        # A shipped scenario is on every machine; the hash says whether it is the same file.
        builtin = load_scenario(builtin_dir() / f"{key}.toml").text
        if scenarios.digest(builtin) == sha256:
            return builtin
    raise InvalidInput(
        f"the scenario this exercise ran ({payload.get('file') or payload['key']}, "
        f"SHA-256 {sha256[:12]}…) is not in this database",
        hint="it travels only in the trainer's export: import the file written by "
        "`warroom export ID --answer-key` on the trainer's machine",
    )


def read_exercise(
    events: Sequence[EventRecord],
    *,
    scenario_text: Callable[[str], str | None] = lambda sha256: None,
) -> ExerciseRecord:
    """The exercise behind an incident's events; a user error if it was not run as one.

    ``scenario_text`` finds a scenario file by its hash (see ``load_exercise``).
    """
    started = next((e for e in events if e.kind == EventKind.EXERCISE_STARTED), None)
    clocks = [e for e in events if e.kind == EventKind.EXERCISE_CLOCK]
    if started is None and not clocks:
        incident = events[0].incident_id if events else "?"
        raise InvalidInput(
            _("incident #{id} was not run as an exercise").format(id=incident),
            hint=_("after-action reports are made for exercises started from a scenario"),
        )
    if started is not None:
        p = started.payload
        text = _scenario_as_run(p, scenario_text)
        scenario = scenario_from_text(text, str(p["file"]), key=str(p["key"]))
        record = ExerciseRecord(
            scenario, utc(datetime.fromisoformat(str(p["started_at"]))), str(p["sha256"])
        )
    else:  # recorded before the scenario's text was kept: the built-in one by name
        record = ExerciseRecord(find_scenario(str(clocks[0].payload["scenario"])), events[0].at)
    for e in events:
        p = e.payload
        if e.kind == EventKind.INJECT and p.get("number"):
            record.delivered[int(p["number"])] = e.at
        elif e.kind == EventKind.EXERCISE_CONTROL:
            _control(record, e)
        elif e.kind == EventKind.EXERCISE_RATING:
            if p.get("number") is None:
                record.root_cause_confirmed = p.get("root_cause_confirmed")
                record.root_cause_notes = str(p.get("notes", ""))
            else:
                record.ratings[int(p["number"])] = RatingView(
                    int(p["number"]),
                    p.get("rating"),
                    str(p.get("notes", "")),
                    p.get("override"),
                    e.author,
                    e.at,
                )
        elif e.kind == EventKind.EXERCISE_HOT_WASH:
            record.hot_wash.setdefault(str(p["role"]), []).append(str(p["notes"]))
        elif e.kind == EventKind.EXERCISE_IMPROVEMENT:
            due = p.get("due")
            record.improvements.append(
                Improvement(
                    str(p["text"]),
                    str(p["owner"]),
                    utc(datetime.fromisoformat(str(due))) if due else None,
                    str(p.get("objective", "")),
                    e.at,
                )
            )
    return record


def _control(record: ExerciseRecord, event: EventRecord) -> None:
    p = event.payload
    action = ExerciseControl(str(p["action"]))
    number = int(p["number"]) if p.get("number") is not None else None
    if action == ExerciseControl.END:
        record.ended_at = event.at
    elif number is None:
        return
    elif action == ExerciseControl.SKIP:
        record.skipped.add(number)
    elif action == ExerciseControl.HOLD:
        record.held.add(number)
    elif action == ExerciseControl.RELEASE:
        record.held.discard(number)
    elif action == ExerciseControl.RETIME:
        record.retimed[number] = timedelta(minutes=float(p["offset_minutes"]))
    elif action == ExerciseControl.EXPECT:
        raw = p.get("expect") or {}
        record.adhoc.append(
            Inject(
                number=number,
                at=timedelta(minutes=float(p.get("offset_minutes") or 0)),
                to=str(raw.get("to", "all")),
                text=str(raw.get("text", "")),
                expect=_expectation(raw) if raw.get("role") else None,
            )
        )


def exercise_time(events: Sequence[EventRecord], wall_now: datetime) -> datetime:
    """The exercise's clock at ``wall_now``, from its last clock event (wall time without one)."""
    from warroom.exercise.clock import ClockAnchor

    clocks = [e for e in events if e.kind == EventKind.EXERCISE_CLOCK]
    if not clocks:
        return wall_now
    return ClockAnchor.from_payload(clocks[-1].payload).at(wall_now)
