"""Exercises: the simulated clock every seat follows, injects, and the trainer's record."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from warroom.core.clock import utc
from warroom.core.errors import InvalidInput, RuleViolation
from warroom.core.i18n import N_, _
from warroom.core.vocabulary import EventKind, ExerciseControl, Mode, Rating, Role
from warroom.room.base import RoomBase, checked_text, optional_iso
from warroom.store import scenarios
from warroom.store.repository import EventRecord, iso


class ExerciseActions(RoomBase):
    def _exercise_event(self, incident_id: int, kind: EventKind, payload: dict[str, Any]) -> None:
        with self._write(incident_id) as (tx, incident):
            if incident.mode != Mode.EXERCISE:
                raise RuleViolation(_("this belongs to exercises, not to real incidents"))
            self._record(tx, incident, kind, payload)

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
            raise InvalidInput(_("the exercise speed must be above zero"))
        with self._write(incident_id) as (tx, incident):
            if incident.mode != Mode.EXERCISE:
                raise RuleViolation(_("a simulated clock belongs to exercises only"))
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

    def record_scenario(
        self,
        incident_id: int,
        *,
        key: str,
        title: str,
        file_name: str,
        text: str,
        started_at: datetime,
    ) -> None:
        """Keep the scenario as run and the moment of T+0.

        The timeline, which every seat reads and every export carries, records
        the file's hash; the file itself, which holds the answer key, is kept
        apart under that hash (``warroom.store.scenarios``), in the same transaction.
        """
        if not text.strip():
            raise InvalidInput(_("the scenario's text is empty"))
        with self._write(incident_id) as (tx, incident):
            if incident.mode != Mode.EXERCISE:
                raise RuleViolation(_("a scenario belongs to an exercise, not to a real incident"))
            sha256 = scenarios.keep(tx.session, text)
            self._record(
                tx,
                incident,
                EventKind.EXERCISE_STARTED,
                {
                    "key": key,
                    "title": title,
                    "file": file_name,
                    "sha256": sha256,
                    "started_at": iso(utc(started_at)),
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
    ) -> EventRecord:
        """Deliver an exercise inject to a role (or "all"); it is marked as an inject everywhere.

        What the trainer expects in response is never part of it: the players read this.
        """
        text = checked_text(text, N_("inject text"))
        if to != "all":
            Role(to)
        with self._write(incident_id) as (tx, incident):
            if incident.mode != Mode.EXERCISE:
                raise RuleViolation(_("injects belong to exercises, not to real incidents"))
            return self._record(
                tx,
                incident,
                EventKind.INJECT,
                {"number": number, "to": to, "text": text, "data": data},
            )

    def control_exercise(
        self,
        incident_id: int,
        action: ExerciseControl | str,
        *,
        number: int | None = None,
        offset_minutes: float | None = None,
        reason: str = "",
        expectation: dict[str, Any] | None = None,
    ) -> None:
        """Record the trainer's change to the schedule (skip, hold, retime, ...)."""
        action = ExerciseControl(action)
        if action not in (ExerciseControl.END,) and number is None:
            raise InvalidInput(_("say which inject to {action}").format(action=action.value))
        if action == ExerciseControl.RETIME and (offset_minutes is None or offset_minutes < 0):
            raise InvalidInput(_("a retimed inject needs a time from the start, 0 or later"))
        self._exercise_event(
            incident_id,
            EventKind.EXERCISE_CONTROL,
            {
                "action": action.value,
                "number": number,
                "offset_minutes": offset_minutes,
                "reason": reason.strip(),
                "expect": expectation,
            },
        )

    def rate_response(
        self,
        incident_id: int,
        *,
        number: int | None,
        rating: Rating | str | None = None,
        notes: str = "",
        override: str | None = None,
        root_cause_confirmed: bool | None = None,
    ) -> None:
        """The evaluator's judgement of one expected response (or, number None, the root cause)."""
        if rating is not None:
            rating = Rating(rating)
        if override is not None and override not in ("on time", "late", "missed"):
            raise InvalidInput(
                _("an override must be on time, late or missed, not {override!r}").format(
                    override=override
                ),
            )
        if number is None and root_cause_confirmed is None:
            raise InvalidInput(_("say whether the team's root cause is the true one"))
        if number is not None and rating is None and override is None and not notes.strip():
            raise InvalidInput(
                _("a rating needs a rating, an override or a note"),
                hint=_("choose how the team performed, or write what you saw"),
            )
        self._exercise_event(
            incident_id,
            EventKind.EXERCISE_RATING,
            {
                "number": number,
                "rating": rating.value if rating is not None else None,
                "notes": notes.strip(),
                "override": override,
                "root_cause_confirmed": root_cause_confirmed,
            },
        )

    def record_hot_wash(self, incident_id: int, role: Role | str, notes: str) -> None:
        """What one role said in the hot wash right after the exercise."""
        role = Role(role)
        notes = checked_text(notes, f"hot-wash notes of the {role.value}")
        self._exercise_event(
            incident_id, EventKind.EXERCISE_HOT_WASH, {"role": role.value, "notes": notes}
        )

    def add_improvement(
        self,
        incident_id: int,
        text: str,
        *,
        owner: str,
        due: datetime | None = None,
        objective: str = "",
    ) -> None:
        """An item of the exercise's improvement plan: the organisation's, not the team's game."""
        text = checked_text(text, N_("improvement"))
        owner = checked_text(owner, N_("owner of the improvement"), limit=200)
        self._exercise_event(
            incident_id,
            EventKind.EXERCISE_IMPROVEMENT,
            {
                "text": text,
                "owner": owner,
                "due": optional_iso(utc(due) if due else None),
                "objective": objective.strip(),
            },
        )
