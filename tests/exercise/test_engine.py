"""The exercise engine: story time, the trainer's control, conditional injects, reattaching,
and what reaches the players' exports."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from tests.exercise import teams
from warroom.core.clock import SimulatedClock
from warroom.core.errors import InvalidInput, RuleViolation
from warroom.core.timing import escalation_deadline
from warroom.core.vocabulary import EventKind, Role
from warroom.exercise.engine import ExerciseRun, running_exercises
from warroom.exercise.scenario import builtin_dir, find_scenario, load_scenario
from warroom.room import WarRoom
from warroom.snapshot import load_snapshot

SMALL = """\
title = "Slow invoices"
summary = "Invoices take an hour instead of a minute."
trainer_summary = "An index was dropped by a migration."
priority = "Critical"
duration = "1:00"
story_start = "23:50"
incident_started = "23:40"

[briefing]
lead = "You lead."
diagnostician = "You diagnose."
communicator = "You inform."
scribe = "You record."

[ground_truth]
root_cause = "The migration dropped the index on invoice lines."
red_herrings = ["The new load balancer."]
good_response = "Hypotheses first."

[[inject]]
at = "0:00"
to = "all"
text = "23:50. Invoices are slow."

[[inject]]
at = "0:10"
to = "diagnostician"
text = "Your restart made it worse: the cache is cold."
when = "fix_without_hypothesis"

[[inject]]
at = "0:10"
to = "lead"
text = "The vendor asks which hypothesis the restart tested."
unless = "fix_without_hypothesis"

[[inject]]
at = "0:20"
to = "scribe"
text = "The DBA says an index might be missing."

[inject.expect]
role = "scribe"
action = "log_entry"
within = 10
description = "Records the remark."
"""


@pytest.fixture
def small(tmp_path: Path) -> Path:
    path = tmp_path / "slow-invoices.toml"
    path.write_text(SMALL, "utf-8")
    return path


def _to(run: ExerciseRun, clock: SimulatedClock, minutes: float) -> None:
    assert run.started_at is not None
    clock.advance((run.started_at + timedelta(minutes=minutes) - run.clock.now()) / run.clock.speed)
    run.deliver_due()


def test_story_time_the_clock_the_declaration_and_the_escalation_countdown_agree(
    room: WarRoom, clock: SimulatedClock
) -> None:
    run = ExerciseRun(room, find_scenario("database-crash-customers-unknown"))
    incident = run.start(10)
    assert run.started_at is not None
    assert run.started_at.astimezone().strftime("%H:%M") == "09:25"
    snapshot = load_snapshot(room.store, incident)
    assert snapshot.declared_at.astimezone().strftime("%H:%M") == "09:20"
    deadline = escalation_deadline(room.matrix.get(snapshot.priority), snapshot.started_at)
    assert deadline is not None and deadline.astimezone().strftime("%H:%M") == "11:20"
    # The inject that says "11:20: the incident is two hours old" arrives at 11:20.
    two_hours = next(i for i in run.scenario.injects if "two hours old" in i.text)
    assert (run.started_at + two_hours.at).astimezone().strftime("%H:%M") == "11:20"
    # The players' summary is the incident's; the trainer's is nowhere in the record.
    assert snapshot.summary == run.scenario.summary
    record = "".join(
        str(e.payload) for e in room.store.events(incident) if e.kind != EventKind.EXERCISE_STARTED
    )
    assert run.scenario.trainer_summary[-60:] not in record
    assert "db-cust-02 had stopped" not in snapshot.impact_what


def test_a_story_that_starts_before_midnight_declares_the_evening_before(
    room: WarRoom, clock: SimulatedClock, small: Path
) -> None:
    run = ExerciseRun(room, load_scenario(small))
    incident = run.start()
    snapshot = load_snapshot(room.store, incident)
    assert run.started_at is not None
    assert run.started_at - snapshot.declared_at == timedelta(minutes=10)


def test_conditional_injects_follow_what_the_team_did(
    room: WarRoom, clock: SimulatedClock, small: Path
) -> None:
    team = teams.start(room, load_scenario(small), clock)
    _to(team.run, clock, 5)
    team.seat(Role.DIAGNOSTICIAN).record_fix_attempt(
        team.incident, "Restarted the invoice service", hypothesis_uid=None
    )
    _to(team.run, clock, 11)
    record = team.run.record
    assert 2 in record.delivered  # when = "fix_without_hypothesis": it holds
    assert 3 in record.skipped and 3 not in record.delivered  # unless: it holds, so skipped
    skip = next(e for e in room.store.events(team.incident) if e.kind == EventKind.EXERCISE_CONTROL)
    assert skip.payload["reason"] == "condition unless fix_without_hypothesis"


def test_skip_hold_release_retime_and_jump_are_recorded_and_survive_a_reattach(
    room: WarRoom, clock: SimulatedClock
) -> None:
    run = ExerciseRun(room, find_scenario("erp-production-stop"))
    incident = run.start(5)
    run.skip(2, "the team is already on it")
    run.hold(3)
    run.retime(4, timedelta(minutes=40))
    _to(run, clock, 21)
    assert sorted(run.record.delivered) == [1, 5]
    with pytest.raises(RuleViolation):
        run.skip(5)  # already delivered
    with pytest.raises(InvalidInput):
        run.retime(6, timedelta(hours=9))
    with pytest.raises(InvalidInput):
        run.hold(99)

    again = ExerciseRun.reattach(room, incident)
    assert again.record.skipped == {2} and again.record.held == {3}
    assert again.record.retimed == {4: timedelta(minutes=40)}
    assert again.elapsed() == run.elapsed()
    again.release(3)
    assert 3 in again.record.delivered
    again.jump_to(8)  # +0:40: the story moves on to it, and 4 (retimed to +0:40) comes too
    assert again.elapsed() == timedelta(minutes=40)
    assert {4, 6, 7, 8} <= set(again.record.delivered)
    assert running_exercises(room) == [(incident, run.scenario.title)]
    again.end()
    assert again.ended and not again.running and again.due() == []
    with pytest.raises(RuleViolation):
        again.resume()
    assert running_exercises(room) == []


def test_a_players_export_holds_no_answer_key_and_no_private_inject_text(
    room: WarRoom, clock: SimulatedClock
) -> None:
    from warroom.report.export import export_bytes

    team = teams.start(room, find_scenario("reconciliation-crash"), clock)
    _to(team.run, clock, 40)
    scenario = team.run.scenario
    text = export_bytes(room.store, team.incident, "md", team.run.clock.now()).decode()
    private = [i for i in scenario.injects if i.private and i.number in team.run.record.delivered]
    assert private
    for inject in private:
        assert inject.text[:50] not in text
        assert f"Inject {inject.number} to" in text
    shared = next(i for i in scenario.injects if not i.private)
    assert shared.text[:40] in text
    for secret in (
        scenario.trainer_summary[-60:],
        scenario.ground_truth.root_cause[:60],
        scenario.ground_truth.good_response[:60],
        *(i.expect.description[:60] for i in scenario.expectations if i.expect),
    ):
        assert secret not in text


def test_the_record_keeps_the_scenario_text_apart_under_its_hash(
    room: WarRoom, clock: SimulatedClock, small: Path
) -> None:
    import hashlib

    from warroom.store import scenarios

    run = ExerciseRun(room, load_scenario(small))
    incident = run.start()
    [started] = [e for e in room.store.events(incident) if e.kind == EventKind.EXERCISE_STARTED]
    # The timeline every seat reads names the file by its hash; the answer key is kept apart.
    assert "text" not in started.payload
    assert started.payload["sha256"] == hashlib.sha256(SMALL.encode()).hexdigest()
    assert scenarios.text_of(room.store, started.payload["sha256"]) == SMALL
    assert started.payload["key"] == "slow-invoices"
    assert room.verify(incident) is None


def test_window_warnings_at_the_chosen_speed(room: WarRoom) -> None:
    run = ExerciseRun(room, find_scenario("erp-production-stop"))
    assert run.warnings(1) == []
    short = [w.message for w in run.warnings(20) if "response window lasts" in w.message]
    assert any("the 5-minute response window lasts 15 seconds at 20×" in m for m in short)
    assert len(short) == len(run.scenario.expectations)  # 5 to 15 minutes: all too short at 20×


def test_builtin_scenarios_are_clean_at_one_times_speed() -> None:
    from warroom.exercise.check import check_file

    for path in sorted(builtin_dir().glob("*.toml")):
        scenario, findings = check_file(path, 1)
        assert scenario is not None
        assert findings == [], [f.line() for f in findings]
