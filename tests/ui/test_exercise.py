"""Exercises in the window: the story's clock, private injects, briefings, the trainer in
control, evaluation, the hot wash, the report; and an exercise never hijacks the room."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from warroom.core.clock import SimulatedClock
from warroom.core.vocabulary import EventKind, Role
from warroom.room import WarRoom
from warroom.ui.incident_view import IncidentView
from warroom.ui.injects import InjectsPanel
from warroom.ui.main_window import MainWindow
from warroom.ui.timeline_model import TimelineModel
from warroom.ui.trainer import TrainerConsole

SPEED = 20


def injects_panel(view: IncidentView, role: Role) -> InjectsPanel:
    view.panel(role)
    [panel] = view.slots[role].findChildren(InjectsPanel)
    return panel


def inject_numbers(view: IncidentView, role: Role) -> list[int]:
    panel = injects_panel(view, role)
    return [int(panel.model.record(r).payload["number"]) for r in range(panel.model.rowCount())]


def timeline_texts(view: IncidentView) -> list[str]:
    model = view.timeline.model
    return [str(model.data(model.index(r, TimelineModel.WHAT))) for r in range(model.rowCount())]


@pytest.fixture
def console(qtbot: QtBot, window: MainWindow) -> TrainerConsole:
    window.show_trainer("erp-production-stop", SPEED)
    trainer = window.trainer
    assert trainer is not None
    qtbot.addWidget(trainer)
    return trainer


def start(qtbot: QtBot, console: TrainerConsole) -> int:
    qtbot.mouseClick(console.start_button, Qt.MouseButton.LeftButton)
    console.timer.stop()  # the test steps the exercise itself, on the simulated wall clock
    run = console.run
    assert run is not None and run.incident_id is not None
    return run.incident_id


def advance_to(console: TrainerConsole, clock: SimulatedClock, minutes: float) -> None:
    run = console.run
    assert run is not None and run.started_at is not None
    target = run.started_at + timedelta(minutes=minutes)
    clock.advance((target - run.clock.now()) / run.clock.speed)
    console.step()


def seat(console: TrainerConsole, qtbot: QtBot, person: str, role: Role) -> IncidentView:
    console.seat_role.setCurrentIndex(console.seat_role.findData(role.value))
    qtbot.keyClicks(console.seat_person, person)
    qtbot.mouseClick(console.seat_button, Qt.MouseButton.LeftButton)
    window = console.seat_windows[-1]
    qtbot.addWidget(window)
    view = window.view  # type: ignore[attr-defined]
    assert isinstance(view, IncidentView)
    return view


def test_a_scenario_runs_on_the_story_clock_with_private_injects_and_briefings(
    qtbot: QtBot,
    window: MainWindow,
    console: TrainerConsole,
    room: WarRoom,
    clock: SimulatedClock,
    tmp_path: Path,
) -> None:
    # At 20x, 5-minute windows last 15 seconds: the console says so before the start.
    assert console.warnings.isVisible()
    assert "too short to answer at 20×" in console.warnings.text()
    incident = start(qtbot, console)
    run = console.run
    assert run is not None and run.started_at is not None
    # The story's clock: "Monday, 06:40" in inject 1 is 06:40 on the seats' clock.
    assert run.started_at.astimezone().strftime("%H:%M") == "06:40"
    assert "story time 06:40:00" in console.clock_label.text()

    comms = seat(console, qtbot, "Chris Comms", Role.COMMUNICATOR)
    diag = seat(console, qtbot, "Dee Diag", Role.DIAGNOSTICIAN)
    assert window.incident_view is None  # the main window was not taken over
    assert comms.bar.exercise_band.isVisible()
    assert comms.state.now() == run.clock.now()
    # Each seat reads its own role's briefing, and no other's.
    briefing = injects_panel(comms, Role.COMMUNICATOR).briefing.text()
    assert run.scenario.briefing_for(Role.COMMUNICATOR)[:60] in briefing
    assert run.scenario.briefing_for(Role.LEAD)[:60] not in briefing
    assert inject_numbers(comms, Role.COMMUNICATOR) == [1]  # inject 1 goes to everyone

    advance_to(console, clock, 3)
    qtbot.mouseClick(comms.communicator.still_button, Qt.MouseButton.LeftButton)

    advance_to(console, clock, 5)
    advance_to(console, clock, 16)
    window.feed.poll()
    assert inject_numbers(diag, Role.DIAGNOSTICIAN) == [1, 2]
    assert inject_numbers(comms, Role.COMMUNICATOR) == [1, 4]  # inject 4 is the communicator's
    # Another role's tab at this seat shows injects to everyone only.
    assert inject_numbers(comms, Role.DIAGNOSTICIAN) == [1]
    assert "read only at the Diagnostician's seats" in (
        injects_panel(comms, Role.DIAGNOSTICIAN).briefing.text()
    )
    # The shared timeline names a private inject but does not tell it.
    second = next(
        e
        for e in room.store.events(incident)
        if e.kind == EventKind.INJECT and e.payload["number"] == 2
    )
    texts = timeline_texts(comms)
    assert any("Inject 2 to Diagnostician (for that role's seats)" in t for t in texts)
    assert not any(str(second.payload["text"])[:40] in t for t in texts)
    # Nothing of the trainer's ever reaches a seat: summary, expectations, ground truth.
    everything = "\n".join(texts) + comms.state.snapshot.summary + comms.state.snapshot.impact_what
    assert run.scenario.trainer_summary[-80:] not in everything  # its ending names the cause
    assert run.scenario.ground_truth.root_cause[:50] not in everything
    assert not any("expect" in e.payload for e in room.store.events(incident))

    advance_to(console, clock, 25)
    panel = diag.diagnostician
    qtbot.keyClicks(panel.new_hypothesis, "The recovery area is full and the archiver is stuck")
    qtbot.keyClick(panel.new_hypothesis, Qt.Key.Key_Return)  # 20 minutes after inject 2: late

    # Pause: simulated time stands still while the wall clock runs on.
    qtbot.mouseClick(console.pause_button, Qt.MouseButton.LeftButton)
    frozen = run.clock.now()
    clock.advance(timedelta(minutes=5))
    assert run.clock.now() == frozen
    assert comms.state.now() == frozen
    qtbot.mouseClick(console.pause_button, Qt.MouseButton.LeftButton)

    advance_to(console, clock, 31)
    outcomes = {n: r.outcome for n, r in console.results.items()}
    assert outcomes[1] == "on time"
    assert outcomes[2] == "late"
    assert outcomes[4] == "missed"
    assert outcomes[3] == "missed"  # nobody sat in the lead's seat
    assert "1 on time, 1 late" in console.score_label.text()
    console.select_inject(2)
    response = console._response_text(run.record.injects[1])
    assert "Dee Diag: H1: The recovery area is full" in response

    out = tmp_path / "after-action.pdf"
    assert console.save_report(out, "pdf")
    assert out.read_bytes().startswith(b"%PDF-")


def test_the_trainer_skips_holds_retimes_jumps_and_scores_an_ad_hoc_inject(
    qtbot: QtBot, console: TrainerConsole, room: WarRoom, clock: SimulatedClock
) -> None:
    assert not console.adhoc.isEnabled()  # nothing to inject into before the start
    incident = start(qtbot, console)
    run = console.run
    assert run is not None

    console.select_inject(2)
    qtbot.mouseClick(console.skip_button, Qt.MouseButton.LeftButton)
    console.select_inject(3)
    qtbot.mouseClick(console.hold_button, Qt.MouseButton.LeftButton)
    console.select_inject(4)
    console.retime_minutes.setValue(30)
    qtbot.mouseClick(console.retime_button, Qt.MouseButton.LeftButton)
    advance_to(console, clock, 20)
    assert sorted(run.record.delivered) == [1, 5]  # 2 skipped, 3 held, 4 moved to +30
    assert console._state_text(run.record.injects[1]) == "skipped"
    assert console._state_text(run.record.injects[2]) == "held"

    console.select_inject(3)
    qtbot.mouseClick(console.hold_button, Qt.MouseButton.LeftButton)  # release
    assert 3 in run.record.delivered
    console.select_inject(6)
    qtbot.mouseClick(console.jump_button, Qt.MouseButton.LeftButton)
    assert run.elapsed() == timedelta(minutes=25)
    assert sorted(run.record.delivered) == [1, 3, 5, 6]  # 4 still waits for +30

    # An ad-hoc inject with an expected response gets a number and is scored.
    form = console.adhoc
    form.to.setCurrentIndex(form.to.findData("scribe"))
    qtbot.keyClicks(form.text, "The plant manager walks into the room, furious")
    qtbot.mouseClick(form.scored, Qt.MouseButton.LeftButton)
    form.expect_role.setCurrentIndex(form.expect_role.findData("scribe"))
    form.expect_action.setCurrentIndex(form.expect_action.findData("log_entry"))
    qtbot.keyClick(form.text, Qt.Key.Key_Return)
    last = room.store.events(incident)[-1]
    assert (last.kind, last.payload["to"]) == ("exercise.inject", "scribe")
    number = int(last.payload["number"])
    assert number == len(run.scenario.injects) + 1
    assert console.results[number].outcome == "pending"
    scribe = run.room.as_person("Sid Scribe", Role.SCRIBE)
    scribe.log(incident, "The plant manager came in at 07:05 and asked for the truck's status")
    console.step()
    assert console.results[number].outcome == "on time"

    console.speed.setValue(50)
    assert console.speed.value() == 20
    assert run.clock.speed == 20


def test_the_evaluator_rates_ends_the_exercise_and_records_the_hot_wash_and_plan(
    qtbot: QtBot, console: TrainerConsole, clock: SimulatedClock, tmp_path: Path
) -> None:
    start(qtbot, console)
    run = console.run
    assert run is not None
    advance_to(console, clock, 12)
    console.select_inject(1)
    form = console.rating
    form.rating.setCurrentIndex(form.rating.findData("major challenges"))
    form.override.setCurrentIndex(form.override.findData("late"))
    qtbot.keyClicks(form.notes, "The first update came only when prompted")
    qtbot.mouseClick(form.record, Qt.MouseButton.LeftButton)
    assert console.results[1].outcome == "late"
    assert console._rating_text(run.record.injects[0]) == "major challenges"

    assert not console.hot_wash.isEnabled()
    qtbot.mouseClick(console.end_button, Qt.MouseButton.LeftButton)
    assert run.ended and not run.running
    assert console.hot_wash.isEnabled() and not console.end_button.isEnabled()
    qtbot.keyClicks(console.hot_wash.notes[Role.LEAD], "We escalated too late; the cue helped")
    qtbot.mouseClick(console.hot_wash.record, Qt.MouseButton.LeftButton)

    plan = console.plan
    qtbot.keyClicks(plan.text, "Rehearse the first customer update every quarter")
    qtbot.keyClicks(plan.owner, "Service delivery manager")
    plan.objective.setCurrentIndex(plan.objective.findData("fast"))
    qtbot.mouseClick(plan.add, Qt.MouseButton.LeftButton)

    text = console.report_bytes("md").decode()
    assert "major challenges; The first update came only when prompted" in text
    assert "overridden by the evaluator; the engine found missed" in text
    assert "**Incident lead:** We escalated too late; the cue helped" in text
    assert "Rehearse the first customer update every quarter" in text
    fast = text.index("Updates at the Blocker cadence")
    assert text.index("Rehearse the first customer update", fast) < text.index("## The true")
    csv = console.report_bytes("csv").decode("utf-8-sig")
    assert "Rehearse the first customer update every quarter,Service delivery manager," in csv
    # The plan is the organisation's: none of it became a team's in-game action.
    assert run.incident_id is not None
    from warroom.snapshot import load_snapshot

    assert load_snapshot(run.room.store, run.incident_id).actions == ()


def test_starting_an_exercise_leaves_the_open_incident_where_it_is(
    qtbot: QtBot, window: MainWindow, seated: IncidentView, console: TrainerConsole
) -> None:
    real = window.incident_view
    start(qtbot, console)
    QApplication.processEvents()
    assert window.incident_view is real
    assert window.stack.currentWidget() is real
    assert window.seat_dialog is None


def test_closing_the_console_asks_and_keep_running_goes_on_delivering(
    qtbot: QtBot, window: MainWindow, console: TrainerConsole, clock: SimulatedClock
) -> None:
    start(qtbot, console)
    console.timer.start()
    console.close()
    box = console.close_box
    assert box is not None and box.isVisible()
    assert "still running" in box.windowTitle()
    qtbot.mouseClick(console.close_buttons["keep"], Qt.MouseButton.LeftButton)
    assert not console.isVisible()
    assert console.timer.isActive()  # injects keep coming
    run = console.run
    assert run is not None and run.running
    window.show_trainer()
    assert window.trainer is console and console.isVisible()


def test_closing_with_pause_stops_the_clock_and_a_new_console_reattaches(
    qtbot: QtBot,
    window: MainWindow,
    console: TrainerConsole,
    second_seat: MainWindow,
    clock: SimulatedClock,
) -> None:
    incident = start(qtbot, console)
    advance_to(console, clock, 6)
    console.close()
    assert console.close_box is not None
    qtbot.mouseClick(console.close_buttons["pause"], Qt.MouseButton.LeftButton)
    assert not console.isVisible()
    run = console.run
    assert run is not None and not run.running
    assert not console.timer.isActive()

    # Opened again, the same console goes on delivering once resumed (regression: it froze).
    window.show_trainer()
    assert console.isVisible() and console.timer.isActive()
    console.timer.stop()

    # Another seat (or this app after a restart) opens its console: the exercise is offered.
    second_seat.show_trainer()
    other = second_seat.trainer
    assert other is not None
    qtbot.addWidget(other)
    assert other.running.count() == 1 and other.running.currentData() == incident
    qtbot.mouseClick(other.reattach_button, Qt.MouseButton.LeftButton)
    other.timer.stop()
    again = other.run
    assert again is not None and again.incident_id == incident
    assert sorted(again.record.delivered) == [1, 2]
    assert not again.running
    qtbot.mouseClick(other.pause_button, Qt.MouseButton.LeftButton)  # resume
    assert again.clock.running
    clock.advance(timedelta(minutes=10) / again.clock.speed)
    other.step()
    assert 4 in again.record.delivered  # delivery goes on from the reattached console


def test_a_scenario_file_opened_in_the_console_runs_and_reports(
    qtbot: QtBot, console: TrainerConsole, tmp_path: Path, clock: SimulatedClock
) -> None:
    from warroom.exercise.scenario import builtin_dir

    text = (builtin_dir() / "billing-cannot-invoice.toml").read_text(encoding="utf-8")
    path = tmp_path / "my-billing.toml"
    path.write_text(text.replace('title.en = "Billing', 'title.en = "Our own billing'), "utf-8")
    assert console.open_scenario_file(path)
    assert console.selected_scenario().title.startswith("Our own billing")
    start(qtbot, console)
    run = console.run
    assert run is not None and run.scenario.key == "my-billing"
    path.unlink()  # the record keeps the file's text: the report needs no file
    advance_to(console, clock, 10)
    report = console.report_bytes("md").decode()
    assert "After-action report: Our own billing" in report
    assert "my-billing.toml, SHA-256" in report


def test_a_broken_scenario_file_says_what_is_wrong(console: TrainerConsole, tmp_path: Path) -> None:
    path = tmp_path / "broken.toml"
    path.write_text('title = "x"\n', "utf-8")
    assert not console.open_scenario_file(path)
    assert "broken.toml" in console.feedback.text()
    assert console.start_button.isEnabled()


def test_exercises_stay_out_of_real_statistics(
    qtbot: QtBot, console: TrainerConsole, room: WarRoom
) -> None:
    from warroom.report.stats import collect

    start(qtbot, console)
    assert collect(room.store, room.matrix.names).incidents == ()
    assert len(collect(room.store, room.matrix.names, include_exercises=True).incidents) == 1


def test_the_console_is_drawn_with_its_forms(
    qtbot: QtBot, console: TrainerConsole, clock: SimulatedClock, tmp_path: Path
) -> None:
    start(qtbot, console)
    advance_to(console, clock, 30)
    console.resize(1280, 1000)
    image = console.grab()
    assert not image.isNull()
    image.save(str(tmp_path / "trainer-console.png"))


def test_run_with_a_file_path_opens_that_file_not_a_builtin(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    """Regression: `warroom exercise run my-billing.toml` ran the warehouse scenario."""
    from warroom.exercise.scenario import builtin_dir

    text = (builtin_dir() / "billing-cannot-invoice.toml").read_text(encoding="utf-8")
    path = tmp_path / "my-billing.toml"
    path.write_text(text.replace('title.en = "Billing', 'title.en = "My billing'), "utf-8")
    window.show_trainer(str(path), 5)
    console = window.trainer
    assert console is not None
    qtbot.addWidget(console)
    assert console.selected_scenario().key == "my-billing"
    assert console.selected_scenario().title.startswith("My billing")
    assert console.speed.value() == 5


def test_the_wall_display_of_an_exercise_shows_no_answer_key(
    qtbot: QtBot, console: TrainerConsole, clock: SimulatedClock
) -> None:
    from PySide6.QtWidgets import QLabel

    from warroom.ui.wall import WallDisplay

    start(qtbot, console)
    advance_to(console, clock, 30)
    view = seat(console, qtbot, "Lena Lead", Role.LEAD)
    wall = WallDisplay(view.state)
    qtbot.addWidget(wall)
    wall.refresh()
    shown = "\n".join(label.text() for label in wall.findChildren(QLabel))
    run = console.run
    assert run is not None
    assert "EXERCISE" in shown and run.scenario.title in shown
    for secret in (
        run.scenario.trainer_summary[-60:],
        run.scenario.ground_truth.root_cause[:60],
        *(i.text[:40] for i in run.scenario.injects if i.private),
    ):
        assert secret not in shown
