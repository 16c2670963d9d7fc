"""The report, `warroom stats` and exercise scoring print the same "promises kept" figure.

Regression: the three computed it three ways (customers only or everybody,
resolution counted or not), so one incident could show 50 %, 67 % and 100 %.
"""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import pytest

from warroom.cli import main
from warroom.core.clock import SimulatedClock
from warroom.core.vocabulary import Audience
from warroom.demo import create_demo_incident
from warroom.exercise.after_action import build_after_action
from warroom.exercise.engine import ExerciseRun
from warroom.exercise.scenario import find_scenario
from warroom.report.model import build_report
from warroom.report.stats import collect
from warroom.room import WarRoom

from ..conftest import T0


def stats_figure(room: WarRoom, incident: int) -> float | None:
    stats = collect(room.store, ("Blocker", "Critical", "Major", "Minor"), include_exercises=True)
    [facts] = [i for i in stats.incidents if i.id == incident]
    return facts.promises_kept


def post_mixed_updates(room: WarRoom, clock: SimulatedClock, incident: int) -> None:
    """Customers: kept, late; management: a promise broken by silence; then the final word."""

    def after(minutes: int) -> None:
        clock.advance(timedelta(minutes=minutes))

    room.post_update(incident, "first", next_update_at=clock.now() + timedelta(minutes=15))
    after(5)
    room.post_update(
        incident,
        "to management",
        next_update_at=clock.now() + timedelta(minutes=10),
        audience=Audience.EXECUTIVES,
    )
    after(10)
    room.post_update(incident, "on time", next_update_at=clock.now() + timedelta(minutes=15))
    after(25)
    room.post_update(incident, "ten late", next_update_at=clock.now() + timedelta(minutes=15))
    after(5)
    room.resolve(incident, "fixed")
    room.post_update(incident, "resolved", next_update_at=None, final=True)


def test_a_real_incident_shows_one_figure_in_the_report_and_in_stats(
    room: WarRoom, clock: SimulatedClock, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    incident = room.declare("Mixed audiences", "Blocker", impact_what="x")
    post_mixed_updates(room, clock, incident)
    clock.advance(timedelta(hours=1))
    report = build_report(room.store, incident, clock.now())
    verdicts = [line.promise.verdict for line in report.communication if line.promise]
    # customers: kept, late, kept by the final update; management: missed
    assert verdicts == ["kept", "missed", "late", "kept"]
    assert report.promises_kept == pytest.approx(2 / 4)
    assert stats_figure(room, incident) == pytest.approx(report.promises_kept)
    assert main(["stats", "--json", "--db", str(db_path)]) == 0
    [point] = json.loads(capsys.readouterr().out)["update_promises_kept"]
    assert point["kept"] == round(2 / 4, 3)


def test_an_exercise_shows_one_figure_in_the_report_stats_and_its_score(
    room: WarRoom, clock: SimulatedClock
) -> None:
    run = ExerciseRun(room, find_scenario("erp-production-stop"))
    incident = run.start(at=T0)
    post_mixed_updates(run.room, clock, incident)
    clock.advance(timedelta(minutes=5))  # still inside the scenario's time
    now = run.clock.now()
    assert now < T0 + run.scenario.duration
    report = build_report(room.store, incident, now)
    scored = build_after_action(room.store, incident, now).score
    assert report.promises_kept == pytest.approx(0.5)
    assert scored.promises_kept == pytest.approx(report.promises_kept)
    assert stats_figure(run.room, incident) == pytest.approx(report.promises_kept)


def test_the_demo_shows_one_figure_everywhere(room: WarRoom) -> None:
    demo = create_demo_incident(room, now=T0)
    report = build_report(room.store, demo, room.now())
    assert report.promises_kept == 1.0
    assert stats_figure(room, demo) == report.promises_kept
