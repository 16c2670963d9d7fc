"""Who is in the room, at every seat: names and roles in the status bar, gone when closed."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from warroom.core.vocabulary import Role
from warroom.ui.incident_view import IncidentView
from warroom.ui.main_window import MainWindow


def test_each_seat_sees_who_else_sits_at_the_incident(
    qtbot: QtBot, seated: IncidentView, window: MainWindow, second_seat: MainWindow, incident: int
) -> None:
    second_seat.take_seat(incident, "Sam Scribe", Role.SCRIBE)
    window.feed.start()
    second_seat.feed.start()
    # The lead sat down before its feed began: it says so when the watcher starts.
    window.take_seat(incident, "Dana Lead", Role.LEAD)
    qtbot.waitUntil(
        lambda: (
            "Sam Scribe (Scribe)" in window.presence_text.text()
            and "Dana Lead (Incident lead)" in window.presence_text.text()
        ),
        timeout=5000,
    )
    qtbot.waitUntil(
        lambda: "Dana Lead (Incident lead)" in second_seat.presence_text.text(), timeout=15_000
    )
    assert window.presence_text.text().startswith("In the room: ")
    # Closing a window leaves the room at once.
    second_seat.close()
    assert [p.person for p in window.room.present(incident)] == ["Dana Lead"]
