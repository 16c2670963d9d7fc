"""A scenario run on the simulated clock at 20x: injects, scripted responses, scoring, report."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from warroom.core.clock import SimulatedClock
from warroom.core.vocabulary import Role
from warroom.room import WarRoom
from warroom.ui.incident_view import IncidentView
from warroom.ui.main_window import MainWindow
from warroom.ui.timeline_model import TimelineModel
from warroom.ui.trainer import TrainerConsole

SPEED = 20


def inject_numbers(view: IncidentView, role: Role) -> list[int]:
    slot = view.slots[role]
    view.panel(role)
    from warroom.ui.injects import InjectsPanel

    [panel] = slot.findChildren(InjectsPanel)
    return [int(panel.model.record(r).payload["number"]) for r in range(panel.model.rowCount())]


@pytest.fixture
def console(qtbot: QtBot, window: MainWindow) -> TrainerConsole:
    window.show_trainer("erp-production-stop", SPEED)
    trainer = window.trainer
    assert trainer is not None
    trainer.timer.stop()  # the test steps the exercise itself, on the simulated wall clock
    return trainer


def test_a_scenario_run_at_high_speed_is_injected_scored_and_reported(
    qtbot: QtBot,
    window: MainWindow,
    console: TrainerConsole,
    room: WarRoom,
    clock: SimulatedClock,
    tmp_path: Path,
) -> None:
    qtbot.mouseClick(console.start_button, Qt.MouseButton.LeftButton)
    console.timer.stop()
    run = console.run
    assert run is not None and run.incident_id is not None
    incident = run.incident_id
    start = run.started_at
    assert start is not None

    def advance_to(minutes: float) -> None:
        target = start + timedelta(minutes=minutes)
        clock.advance((target - run.clock.now()) / SPEED)
        console.step()
        window.feed.poll()
        other.feed.poll()

    # Two trainee seats in two windows: the communicator here, the diagnostician there.
    comms = window.take_seat(incident, "Chris Comms", Role.COMMUNICATOR)
    other = MainWindow(room)
    qtbot.addWidget(other)
    diag = other.take_seat(incident, "Dee Diag", Role.DIAGNOSTICIAN)
    assert comms.bar.exercise_band.isVisible()
    assert inject_numbers(comms, Role.COMMUNICATOR) == [1]  # inject 1 goes to everyone
    assert comms.state.now() == run.clock.now()  # the seats follow the exercise clock

    advance_to(3)
    qtbot.mouseClick(comms.communicator.still_button, Qt.MouseButton.LeftButton)

    advance_to(5)
    assert inject_numbers(diag, Role.DIAGNOSTICIAN) == [1, 2]
    delivered = [e for e in room.store.events(incident) if e.kind == "exercise.inject"]
    second = next(e for e in delivered if e.payload["number"] == 2)
    assert abs(second.at - (start + timedelta(minutes=5))) < timedelta(seconds=1)
    model = diag.timeline.model
    kinds = [model.data(model.index(r, TimelineModel.KIND)) for r in range(model.rowCount())]
    assert "INJECT" in kinds

    advance_to(16)
    assert inject_numbers(comms, Role.COMMUNICATOR) == [1, 4]  # inject 4 is the communicator's
    assert 4 not in inject_numbers(diag, Role.DIAGNOSTICIAN)

    advance_to(25)
    panel = diag.diagnostician
    qtbot.keyClicks(panel.new_hypothesis, "Recovery area full; archiver stuck")
    qtbot.keyClick(panel.new_hypothesis, Qt.Key.Key_Return)  # 20 minutes after inject 2: late

    # Pause: simulated time stands still while the wall clock runs on.
    qtbot.mouseClick(console.pause_button, Qt.MouseButton.LeftButton)
    frozen = run.clock.now()
    clock.advance(timedelta(minutes=5))
    assert run.clock.now() == frozen
    assert comms.state.now() == frozen
    qtbot.mouseClick(console.pause_button, Qt.MouseButton.LeftButton)

    advance_to(31)
    outcomes = {n: r.outcome for n, r in console.results.items()}
    assert outcomes[1] == "on time"
    assert outcomes[2] == "late"
    assert outcomes[4] == "missed"
    assert outcomes[3] == "missed"  # nobody sat in the lead's seat
    assert outcomes[11] == "pending"
    assert "1 on time, 1 late" in console.score_label.text()
    assert "T+31:00" in console.clock_label.text() or "T+31:0" in console.clock_label.text()

    qtbot.keyClicks(console.plan_text, "Rehearse the first customer update")
    qtbot.keyClicks(console.plan_owner, "Chris Comms")
    qtbot.mouseClick(console.plan_button, Qt.MouseButton.LeftButton)
    text = console.report_bytes("md").decode()
    assert "| 1 | +0 min | Communicator |" in text and "**on time**" in text
    assert "| 2 | +5 min | Diagnostician |" in text and "**late**" in text
    assert "| 4 | +15 min | Communicator |" in text and "**missed**" in text
    assert "Rehearse the first customer update | Chris Comms" in text
    assert "True root cause" in text and "RMAN" in text
    assert text.startswith("> **EXERCISE")
    out = tmp_path / "after-action.pdf"
    assert console.save_report(out, "pdf")
    assert out.read_bytes().startswith(b"%PDF-")
    other.close()


def test_unscheduled_inject_and_speed_limits(
    qtbot: QtBot, window: MainWindow, console: TrainerConsole, room: WarRoom
) -> None:
    qtbot.mouseClick(console.extra_button, Qt.MouseButton.LeftButton)
    assert "Start the exercise first" in console.feedback.text()
    qtbot.mouseClick(console.start_button, Qt.MouseButton.LeftButton)
    console.timer.stop()
    console.extra_to.setCurrentIndex(console.extra_to.findData("scribe"))
    qtbot.keyClicks(console.extra_text, "The plant manager walks into the room")
    qtbot.keyClick(console.extra_text, Qt.Key.Key_Return)
    run = console.run
    assert run is not None and run.incident_id is not None
    last = room.store.events(run.incident_id)[-1]
    assert (last.kind, last.payload["to"], last.payload["number"]) == (
        "exercise.inject",
        "scribe",
        None,
    )
    console.speed.setValue(50)
    assert console.speed.value() == 20
    assert run.clock.speed == 20


def test_exercises_stay_out_of_real_statistics(
    qtbot: QtBot, console: TrainerConsole, room: WarRoom
) -> None:
    from warroom.report.stats import collect

    qtbot.mouseClick(console.start_button, Qt.MouseButton.LeftButton)
    console.timer.stop()
    assert collect(room.store, room.matrix.names).incidents == ()
    assert len(collect(room.store, room.matrix.names, include_exercises=True).incidents) == 1
