"""The war-room window driven as people would drive it: keys, clicks, and what they see."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from warroom.core.clock import SimulatedClock
from warroom.core.matrix import CommunicationMatrix
from warroom.core.vocabulary import Role
from warroom.room import WarRoom
from warroom.store.engine import resolve_url
from warroom.store.repository import Store
from warroom.ui.incident_view import IncidentView
from warroom.ui.main_window import MainWindow
from warroom.ui.timeline_model import TimelineModel

ROOT = Path(__file__).resolve().parents[2]


def texts(view: IncidentView) -> list[str]:
    model = view.timeline.model
    return [str(model.data(model.index(r, TimelineModel.WHAT))) for r in range(model.rowCount())]


def test_declare_an_incident_and_take_a_seat(qtbot: QtBot, window: MainWindow) -> None:
    assert window.start.empty.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = window.declare_dialog
    assert dialog is not None and dialog.isVisible()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()  # name, title and impact first
    qtbot.keyClicks(dialog.name, "Chris Comms")
    qtbot.keyClicks(dialog.title, "Billing cannot invoice")
    dialog.priority.setCurrentIndex(1)
    assert "Status update every 30 min" in dialog.guidance.text()
    qtbot.keyClicks(dialog.impact_what, "No invoices go out at month end")
    assert ok.isEnabled()
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    seat = window.seat_dialog
    assert seat is not None and seat.isVisible()
    assert seat.name.text() == "Chris Comms"
    qtbot.mouseClick(seat.buttons_by_role[Role.COMMUNICATOR], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(seat.box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)

    view = window.incident_view
    assert view is not None
    assert window.stack.currentWidget() is view
    assert view.current_role() is Role.COMMUNICATOR  # their own panel in front
    # only that panel was built; the others come when first looked at
    assert [r for r, slot in view.slots.items() if slot.panel is not None] == [Role.COMMUNICATOR]
    qtbot.keyClick(view, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    assert view.current_role() is Role.LEAD
    assert view.slots[Role.LEAD].panel is view.lead
    assert view.bar.title.text() == "Billing cannot invoice"
    assert view.bar.priority.text() == "CRITICAL"
    assert view.state.snapshot.holders("communicator") == ["Chris Comms"]
    assert "Chris Comms takes the Communicator role" in texts(view)


def test_scribe_logs_with_enter_and_prefixes(
    qtbot: QtBot, window: MainWindow, incident: int
) -> None:
    view = window.take_seat(incident, "Sam Scribe", Role.SCRIBE)
    entry = view.scribe.entry
    qtbot.keyClicks(entry, "Line 2 in Ulm stopped at 06:02")
    qtbot.keyClick(entry, Qt.Key.Key_Return)
    qtbot.keyClicks(entry, "d: roll back the storage firmware")
    qtbot.keyClick(entry, Qt.Key.Key_Return)
    assert entry.text() == ""
    kinds = [e.payload.get("entry") for e in window.room.store.events(incident)[-2:]]
    assert kinds == ["note", "decision"]
    assert texts(view)[-2:] == ["Line 2 in Ulm stopped at 06:02", "roll back the storage firmware"]
    decisions = view.lead.decisions.model
    assert (
        decisions.data(decisions.index(0, TimelineModel.WHAT)) == "roll back the storage firmware"
    )
    # the entry is recorded as the person in their role
    last = window.room.store.events(incident)[-1]
    assert (last.author, last.role) == ("Sam Scribe", "scribe")


def test_key_moment_with_one_key(qtbot: QtBot, seated: IncidentView, clock: SimulatedClock) -> None:
    seated.show_panel(Role.SCRIBE)
    qtbot.keyClick(seated.scribe.entry, Qt.Key.Key_F7)
    assert seated.state.snapshot.mitigated_at == clock.now()
    assert texts(seated)[-1].startswith("Key moment: mitigated")


def test_a_failed_entry_keeps_the_words(
    qtbot: QtBot, db_path: Path, clock: SimulatedClock, incident: int
) -> None:
    store = Store.open(resolve_url(str(db_path)), clock, busy_timeout_ms=50)
    window = MainWindow(WarRoom(store, CommunicationMatrix.default()))
    qtbot.addWidget(window)
    window.show()
    view = window.take_seat(incident, "Sam Scribe", Role.SCRIBE)
    entry = view.scribe.entry
    blocker = sqlite3.connect(db_path, timeout=0, isolation_level=None)
    blocker.execute("BEGIN EXCLUSIVE")
    try:
        qtbot.keyClicks(entry, "words that must not vanish")
        qtbot.keyClick(entry, Qt.Key.Key_Return)
        assert entry.text() == "words that must not vanish"
        assert "the database is busy" in view.scribe.feedback.text()
    finally:
        blocker.rollback()
        blocker.close()
    qtbot.keyClick(entry, Qt.Key.Key_Return)  # the lock is gone: Enter again saves it
    assert entry.text() == ""
    assert texts(view)[-1] == "words that must not vanish"
    window.close()
    store.close()


def test_ticking_the_checklist_reaches_every_seat(
    qtbot: QtBot, seated: IncidentView, second_seat: MainWindow, incident: int
) -> None:
    seated.seat.room.add_checklist_item(incident, "Exact error messages", need="screenshots")
    seated.seat.feed.poll()
    other = second_seat.take_seat(incident, "Sam Scribe", Role.SCRIBE)
    checklist = seated.checklist
    checklist.select(0)
    qtbot.keyClicks(checklist.result, "ORA-00257 on every save")
    qtbot.keyClick(checklist.result, Qt.Key.Key_Return)
    assert checklist.model.data(checklist.model.index(0, 0)) == "✓"
    assert texts(seated)[-1] == "✓ Exact error messages — ORA-00257 on every save"
    # the other seat learns of it from its own change feed
    second_seat.feed.poll()
    assert other.checklist.model.data(other.checklist.model.index(0, 2)) == (
        "ORA-00257 on every save"
    )
    assert texts(other)[-1] == "✓ Exact error messages — ORA-00257 on every save"


def test_posting_an_update_resets_the_countdown(
    qtbot: QtBot, seated: IncidentView, clock: SimulatedClock
) -> None:
    panel = seated.communicator
    seated.show_panel(Role.COMMUNICATOR)
    assert panel.countdown.property("state") == "calm"
    assert panel.countdown.text().startswith("Next update in 15:00")
    clock.advance(timedelta(minutes=13))
    seated.tick()
    assert panel.countdown.property("state") == "soon"  # amber
    assert seated.bar.countdown.property("state") == "soon"
    clock.advance(timedelta(minutes=3))
    seated.tick()
    assert panel.countdown.property("state") == "overdue"  # red
    assert panel.countdown.text() == "Update OVERDUE by 01:00"
    pulse = panel.countdown.property("pulse")
    seated.tick()
    assert panel.countdown.property("pulse") != pulse  # it pulses

    panel.draft()
    assert "affects you: Plant cannot release production orders" in panel.text.toPlainText()
    qtbot.mouseClick(panel.post_button, Qt.MouseButton.LeftButton)
    assert panel.countdown.property("state") == "calm"
    assert panel.countdown.text().startswith("Next update in 15:00")
    assert panel.history.rowCount() == 1
    posted = seated.state.snapshot.updates[0]
    assert "Next update by" in posted.text
    assert posted.next_update_at == clock.now() + timedelta(minutes=15)
    clipboard = QApplication.clipboard()
    assert clipboard is not None
    assert clipboard.text().endswith(posted.text)  # after a subject line with the next time
    assert posted.delivery == "sent"


def test_still_working_is_one_step(qtbot: QtBot, seated: IncidentView) -> None:
    seated.show_panel(Role.COMMUNICATOR)
    qtbot.keyClick(
        seated.communicator,
        Qt.Key.Key_S,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    [update] = seated.state.snapshot.updates
    assert "still working on the problem" in update.text
    assert update.next_update_at is not None


def test_an_update_without_text_is_refused_plainly(qtbot: QtBot, seated: IncidentView) -> None:
    panel = seated.communicator
    seated.show_panel(Role.COMMUNICATOR)
    panel.text.clear()
    qtbot.mouseClick(panel.post_button, Qt.MouseButton.LeftButton)
    assert panel.feedback.isVisible()
    assert "update text is empty" in panel.feedback.text()
    assert seated.state.snapshot.updates == ()


def test_hand_over_a_role(qtbot: QtBot, seated: IncidentView) -> None:
    lead = seated.lead
    lead.handover_role.setCurrentIndex(lead.handover_role.findData("lead"))
    assert lead.handover_from.currentText() == "Dana Lead"
    qtbot.keyClicks(lead.handover_to, "Night Lead")
    qtbot.keyClicks(lead.handover_note, "shift change, briefed on H2")
    qtbot.mouseClick(lead.handover_button, Qt.MouseButton.LeftButton)
    rows = [
        (lead.roster.data(lead.roster.index(r, 1)), lead.roster.data(lead.roster.index(r, 3)))
        for r in range(lead.roster.rowCount())
    ]
    assert rows[-1] == ("Night Lead", "now")
    assert rows[0][1] != "now"
    assert texts(seated)[-1] == (
        "Dana Lead hands the Incident lead role over to Night Lead — shift change, briefed on H2"
    )


def test_escalation_shows_when_the_deadline_passes(
    seated: IncidentView, clock: SimulatedClock
) -> None:
    assert "Escalation at" in seated.bar.escalation.text()
    clock.advance(timedelta(hours=2))
    seated.tick()
    assert "ESCALATION DUE" in seated.bar.escalation.text()
    assert "DUE" in seated.lead.escalation.text()


def test_work_a_hypothesis_and_the_shotgun_warning(qtbot: QtBot, seated: IncidentView) -> None:
    diag = seated.diagnostician
    seated.show_panel(Role.DIAGNOSTICIAN)
    qtbot.mouseClick(diag.fix_button, Qt.MouseButton.LeftButton)
    assert "fix description is empty" in diag.feedback.text()
    qtbot.keyClicks(diag.fix_description, "Restart the application servers")
    diag.fix_hypothesis.setCurrentIndex(0)  # tests no hypothesis
    qtbot.mouseClick(diag.fix_button, Qt.MouseButton.LeftButton)
    assert diag.warnings.isVisible()
    assert "without a hypothesis" in diag.warnings.text()
    assert seated.lead.warnings.text() == diag.warnings.text()

    qtbot.keyClicks(diag.new_hypothesis, "Archive log volume is full")
    qtbot.keyClick(diag.new_hypothesis, Qt.Key.Key_Return)
    assert diag.hypotheses.data(diag.hypotheses.index(0, 0)) == "H1"
    diag.hypothesis_status.setCurrentIndex(diag.hypothesis_status.findData("confirmed"))
    qtbot.keyClicks(diag.status_reason, "df shows 100 % on /oracle/arch")
    qtbot.mouseClick(diag.status_button, Qt.MouseButton.LeftButton)
    assert diag.hypotheses.data(diag.hypotheses.index(0, 2)) == "confirmed"
    assert seated.state.leading_hypothesis().startswith("H1: Archive log volume is full")


def test_second_process_is_another_seat(
    qtbot: QtBot, seated: IncidentView, db_path: Path, incident: int
) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    code = (
        "import sys; from warroom.room import WarRoom; from warroom.store.repository import Actor;"
        "r = WarRoom.open(sys.argv[1], actor=Actor('Remote Scribe', 'scribe', 'seat-far'));"
        "r.log(int(sys.argv[2]), 'written in another process'); r.close()"
    )
    subprocess.run(
        [sys.executable, "-c", code, str(db_path), str(incident)],
        env=env,
        check=True,
        timeout=120,
    )
    # The seat's own feed timer would find it within a quarter of a second; poll it now.
    seated.seat.feed.poll()
    assert texts(seated)[-1] == "written in another process"


def test_wall_display_shows_the_essentials(window: MainWindow, seated: IncidentView) -> None:
    window.show_wall()
    wall = window.wall
    assert wall is not None and wall.isVisible()
    assert wall.priority.text() == "BLOCKER"
    assert wall.impact.text() == "Plant cannot release production orders"
    assert wall.countdown.text().startswith("Next update in")
    assert wall.hypothesis.text() == "none yet"
    qtbot_close = wall.close()
    assert qtbot_close


def test_timeline_search_and_filters(qtbot: QtBot, seated: IncidentView, incident: int) -> None:
    room = seated.seat.room
    room.log(incident, "Database alert log full of ORA-00257")
    room.log(incident, "call the storage team", "action")
    seated.seat.feed.poll()
    timeline = seated.timeline
    qtbot.keyClicks(timeline.search, "ORA-00257")
    assert texts(seated) == ["Database alert log full of ORA-00257"]
    timeline.search.clear()
    timeline.show_only("Actions")
    assert texts(seated) == ["call the storage team"]
    timeline.show_only("All events")
    assert len(texts(seated)) == seated.state.snapshot.events


def test_wrong_window_state_does_not_leak_between_tests(window: MainWindow) -> None:
    assert window.incident_view is None


def test_room_and_clock(room: WarRoom, clock: SimulatedClock) -> None:
    assert room.now() == clock.now()


def test_load_the_demo_from_the_start_screen(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.mouseClick(window.start.demo_button, Qt.MouseButton.LeftButton)
    assert window.start.model.rowCount() == 1
    demo = window.start.model.summary(0)
    assert demo.is_active
    assert demo.mode == "exercise"
    assert not window.start.empty.isVisible()
    qtbot.keyClick(window.start.view, Qt.Key.Key_Return)
    assert window.seat_dialog is not None and window.seat_dialog.isVisible()


def test_post_incident_form_fills_the_report_and_exports(
    qtbot: QtBot, seated: IncidentView, tmp_path: Path, incident: int
) -> None:
    seated.show_panel("report")
    panel = seated.postmortem
    assert "root cause" in panel.missing.text()
    qtbot.keyClicks(panel.cause, "Archive log volume full after a backup agent upgrade")
    qtbot.keyClicks(panel.category, "change")
    qtbot.keyClicks(panel.proof, "alert log at 21:52; clean-up setting ignored since upgrade")
    panel.alternatives.setPlainText("Storage firmware — latency normal throughout")
    qtbot.mouseClick(panel.cause_button, Qt.MouseButton.LeftButton)
    root = seated.state.snapshot.root_cause
    assert root is not None
    assert root.alternatives == (
        {"cause": "Storage firmware", "why_rejected": "latency normal throughout"},
    )
    assert "root cause has no proof" not in panel.missing.text()

    qtbot.keyClicks(panel.action_text, "Alert on /arch above 80 %")
    qtbot.keyClicks(panel.action_owner, "Ops team")
    qtbot.keyClicks(panel.action_systems, "all Oracle hosts with agent 9.2")
    qtbot.mouseClick(panel.action_button, Qt.MouseButton.LeftButton)
    assert panel.action_model.rowCount() == 1
    assert panel.action_model.data(panel.action_model.index(0, 5)) == (
        "all Oracle hosts with agent 9.2"
    )
    assert "no corrective action" not in panel.missing.text()

    out = tmp_path / "report.html"
    with qtbot.waitSignal(panel.export_done, timeout=60_000) as written:
        panel.export_to(out, "html")
    assert written.args == [True]
    assert "Archive log volume full" in out.read_text()
    with qtbot.waitSignal(panel.export_done, timeout=60_000) as written:
        panel.export_to(tmp_path / "missing-folder" / "x.pdf", "pdf")
    assert written.args == [False]
    assert "cannot write" in panel.feedback.text()


def test_dashboard_shows_trends_and_filters(
    qtbot: QtBot, window: MainWindow, room: WarRoom, clock: SimulatedClock
) -> None:
    for hours in (2, 4):
        incident = room.declare(f"Outage {hours}", "Blocker", impact_what="x")
        clock.advance(timedelta(hours=hours))
        room.resolve(incident)
    qtbot.keyClick(
        window,
        Qt.Key.Key_D,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    dashboard = window.dashboard
    assert dashboard is not None and dashboard.isVisible()
    # The figures are made on a worker thread; the window says so meanwhile.
    assert dashboard.summary.text() == "Reading the incidents…"
    qtbot.waitUntil(lambda: "resolved" in dashboard.summary.text(), timeout=60_000)
    assert "2 incidents, 2 resolved · mean time to restore 3 h" in dashboard.summary.text()
    # Nothing to draw is said, not drawn as an empty chart.
    assert len(dashboard.canvases) + len(dashboard.empty_charts) == 3
    assert len(dashboard.canvases) >= 1
    with qtbot.waitSignal(dashboard.work.finished, timeout=60_000):
        dashboard.priority.setCurrentIndex(dashboard.priority.findData("Minor"))
    assert dashboard.summary.text().startswith("No incidents in this period")
    assert dashboard.canvases == []


def test_another_process_entry_appears_within_one_second(
    qtbot: QtBot, window: MainWindow, seated: IncidentView, db_path: Path, incident: int
) -> None:
    """The seat's own feed timer, not a manual poll, brings it in."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    code = (
        "import sys; from warroom.room import WarRoom;"
        "r = WarRoom.open(sys.argv[1]); r.log(int(sys.argv[2]), 'from the other room'); r.close()"
    )
    subprocess.run(
        [sys.executable, "-c", code, str(db_path), str(incident)], env=env, check=True, timeout=120
    )
    window.feed.start()
    qtbot.waitUntil(lambda: texts(seated)[-1] == "from the other room", timeout=1000)


def test_window_layout_and_palette_are_remembered(
    qtbot: QtBot, room: WarRoom, isolated_home: Path
) -> None:
    first = MainWindow(room)
    qtbot.addWidget(first)
    first.resize(800, 540)  # fits the offscreen screen (800x600), so nothing is clamped
    first.show()
    first.dark_action.trigger()
    left = first.size()  # as the window manager (here: the 800x600 offscreen screen) allowed
    assert left.height() == 540
    first.close()
    assert list((isolated_home / "config").rglob("warroom.ini"))
    again = MainWindow(room)
    qtbot.addWidget(again)
    assert again.dark_action.isChecked()
    # The offscreen screen is 800 wide, so the width is clamped on the way back;
    # the height shows the stored layout won over the first-start default (1400x900).
    assert again.height() == left.height() == 540
    assert again.width() < 1400
    again.dark_action.trigger()  # back to light for the tests that follow
    again.close()
