"""Issue 14, item 12: an empty list says how it fills; checklist guidance is on screen."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from warroom.core.clock import SimulatedClock
from warroom.core.vocabulary import Role
from warroom.room import WarRoom
from warroom.ui.incident_view import IncidentView
from warroom.ui.main_window import MainWindow


def test_decisions_and_next_steps_say_where_they_come_from(
    qtbot: QtBot, seated: IncidentView
) -> None:
    lead = seated.lead
    assert lead.decisions.empty_hint.isVisible()
    assert "“d:”" in lead.decisions.empty_hint.text()
    assert "“a:”" in lead.next_steps.empty_hint.text()
    seated.show_panel(Role.SCRIBE)
    qtbot.keyClicks(seated.scribe.entry, "d: roll back the firmware")
    qtbot.keyClick(seated.scribe.entry, Qt.Key.Key_Return)
    seated.show_panel(Role.LEAD)
    assert not lead.decisions.empty_hint.isVisible()
    assert lead.next_steps.empty_hint.isVisible()


def test_the_checklist_says_what_the_selected_item_asks_for(
    qtbot: QtBot, window: MainWindow, seated: IncidentView, incident: int
) -> None:
    checklist = seated.checklist
    assert "No checklist yet" in checklist.guidance.text()
    seated.seat.room.add_checklist_item(
        incident,
        "Exact error messages",
        need="screenshots of the error",
        why="they name the failing layer",
        use="match them against known issues",
        next_step="we tell you which team takes it",
    )
    seated.seat.feed.poll()
    assert "Choose an item" in checklist.guidance.text()
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    text = checklist.guidance.text()
    assert checklist.guidance.isVisible()
    assert "What we need: screenshots of the error" in text
    assert "Why: they name the failing layer" in text


def test_trends_with_one_incident_count_it_right(
    qtbot: QtBot, window: MainWindow, room: WarRoom, clock: SimulatedClock
) -> None:
    incident = room.declare("Outage", "Blocker", impact_what="x")
    clock.advance(timedelta(hours=1))
    room.resolve(incident)
    window.show_dashboard()
    dashboard = window.dashboard
    assert dashboard is not None
    qtbot.waitUntil(lambda: "resolved" in dashboard.summary.text(), timeout=60_000)
    assert dashboard.summary.text().startswith("1 incident, 1 resolved")
