"""Two seats at two windows: the second never overwrites the first without a word.

Seat A (the diagnostician's window) confirms a hypothesis while seat B (the
lead's window) is already choosing "ruled out" for it. B's click is refused, B
is shown who confirmed it, when and why, and chooses: keep theirs, or apply
B's own status on top.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.ui.conflict_dialog import answer_dialog
from warroom.core.vocabulary import Role
from warroom.ui.incident_view import IncidentView
from warroom.ui.main_window import MainWindow


def status_of(view: IncidentView) -> str:
    [hypothesis] = view.state.snapshot.hypotheses
    return hypothesis.status


@pytest.fixture
def two_seats(
    seated: IncidentView, second_seat: MainWindow, incident: int
) -> tuple[IncidentView, IncidentView, Callable[[], object]]:
    seated.seat.room.add_hypothesis(incident, "The archive log disk is full")
    seated.seat.feed.poll()
    other = second_seat.take_seat(incident, "Ana Ahmadi", Role.DIAGNOSTICIAN)
    return seated, other, second_seat.feed.poll


@pytest.mark.parametrize(
    ("choice", "expected", "feedback"),
    [
        ("Keep theirs", "confirmed", "Kept Ana Ahmadi's change."),
        ("Apply mine on top", "ruled_out", "H1 is now ruled out."),
    ],
)
def test_a_stale_status_change_asks_before_it_overwrites(
    qtbot: QtBot,
    two_seats: tuple[IncidentView, IncidentView, Callable[[], object]],
    choice: str,
    expected: str,
    feedback: str,
) -> None:
    lead, diagnostician, diagnostician_poll = two_seats
    # B (the lead) selects H1 and starts choosing "ruled out" ...
    panel = lead.diagnostician
    lead.show_panel(Role.DIAGNOSTICIAN)
    panel.hypothesis_view.selectRow(0)
    panel.hypothesis_status.setFocus()
    index = panel.hypothesis_status.findData("ruled_out")
    panel.hypothesis_status.setCurrentIndex(index)
    panel.hypothesis_status.activated.emit(index)  # what a person's pick emits
    qtbot.keyClicks(panel.status_reason, "disk has 40 % free")
    # ... while A, at the other window, confirms it.
    other = diagnostician.diagnostician
    diagnostician.show_panel(Role.DIAGNOSTICIAN)
    other.hypothesis_view.selectRow(0)
    other.hypothesis_status.setCurrentIndex(other.hypothesis_status.findData("confirmed"))
    qtbot.keyClicks(other.status_reason, "ORA-00257 in the alert log")
    qtbot.mouseClick(other.status_button, Qt.MouseButton.LeftButton)
    assert status_of(diagnostician) == "confirmed"
    lead.seat.feed.poll()  # B's screen learns of it, but B's choice is already made

    said: list[str] = []
    answer_dialog(qtbot, choice, said)
    qtbot.mouseClick(panel.status_button, Qt.MouseButton.LeftButton)

    [question] = said
    assert "Ana Ahmadi" in question and "H1" in question
    assert "confirmed" in question and "ORA-00257 in the alert log" in question
    assert status_of(lead) == expected
    assert panel.feedback.text() == feedback
    diagnostician_poll()
    assert status_of(diagnostician) == expected


def test_a_change_based_on_the_current_version_just_happens(
    qtbot: QtBot, two_seats: tuple[IncidentView, IncidentView, Callable[[], object]]
) -> None:
    lead, _, _ = two_seats
    panel = lead.diagnostician
    lead.show_panel(Role.DIAGNOSTICIAN)
    panel.hypothesis_view.selectRow(0)
    panel.hypothesis_status.setCurrentIndex(panel.hypothesis_status.findData("testing"))
    qtbot.mouseClick(panel.status_button, Qt.MouseButton.LeftButton)
    assert status_of(lead) == "testing"
    assert QApplication.activeModalWidget() is None
