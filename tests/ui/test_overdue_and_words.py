"""Issue 14, items 5 and 8: overdue is said outside the window; labels, names and titles."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot

from warroom.core.clock import SimulatedClock
from warroom.core.vocabulary import Role
from warroom.room import WarRoom
from warroom.ui.incident_list import IncidentListModel
from warroom.ui.incident_view import IncidentView
from warroom.ui.main_window import MainWindow


def test_the_countdown_is_in_the_window_title(
    window: MainWindow, seated: IncidentView, clock: SimulatedClock
) -> None:
    window.tick()
    assert window.windowTitle() == "Next update in 15:00 · ERP down: production line stopped"
    clock.advance(timedelta(minutes=17))
    window.tick()
    assert window.windowTitle() == "UPDATE OVERDUE 02:00 · ERP down: production line stopped"
    # the platform adds the application's name once; the title never repeats it
    assert "warroom" not in window.windowTitle()
    window.show_start()
    assert window.windowTitle() == "Incidents"


def test_an_overdue_update_alerts_once_per_promise(
    qtbot: QtBot, window: MainWindow, seated: IncidentView, clock: SimulatedClock
) -> None:
    said: list[str] = []
    window.alerts.alerted.connect(said.append)
    clock.advance(timedelta(minutes=14))
    window.tick()
    assert said == []
    clock.advance(timedelta(minutes=2))
    window.tick()
    window.tick()
    assert said == [
        "ERP down: production line stopped: the status update promised for 06:15 is overdue"
    ]
    seated.show_panel(Role.COMMUNICATOR)
    seated.still_working()  # a new promise, 15 minutes on
    clock.advance(timedelta(minutes=16))
    window.tick()
    assert len(said) == 2 and said[1].endswith("promised for 06:31 is overdue")


def test_the_sound_can_be_switched_off(window: MainWindow) -> None:
    from warroom.ui.alerts import sound_on

    assert window.sound_action.isChecked() and sound_on()
    window.sound_action.trigger()
    assert not sound_on()
    window.sound_action.trigger()
    assert sound_on()


def test_the_start_screen_shows_when_each_next_update_is_due(
    window: MainWindow, room: WarRoom, incident: int, clock: SimulatedClock
) -> None:
    window.start.model.reload()
    model = window.start.model
    column = IncidentListModel.NEXT_UPDATE
    assert model.headerData(column, Qt.Orientation.Horizontal) == "Next update due"
    assert model.data(model.index(0, column)) == "06:15 (in 15:00)"
    clock.advance(timedelta(minutes=20))
    window.tick()
    assert model.data(model.index(0, column)) == "OVERDUE by 05:00"
    room.resolve(incident)
    window.feed.poll()
    assert model.data(model.index(0, column)) == "—"


def test_labels_say_what_they_are(window: MainWindow, seated: IncidentView) -> None:
    communicator = seated.communicator
    labels = [label.text() for label in communicator.findChildren(QLabel)]
    assert "Send &by" in labels  # a mnemonic with its buddy, not a literal "&"
    send_by = next(
        label for label in communicator.findChildren(QLabel) if label.text() == "Send &by"
    )
    assert send_by.buddy() is communicator.channel
    spec = seated.diagnostician.specification
    names = sorted(b.accessibleName() for b in spec.findChildren(QPushButton))
    assert names == [
        "Save the EXTENT line",
        "Save the WHAT line",
        "Save the WHEN line",
        "Save the WHERE line",
    ]
    status = window.status_text.text()
    assert status.startswith("Record: the file ") and "sqlite://" not in status


def test_the_database_is_named_in_words_without_its_password() -> None:
    from warroom.store.engine import describe_database

    assert describe_database("sqlite:////srv/room.sqlite3") == "the file /srv/room.sqlite3"
    words = describe_database("postgresql+psycopg://ops:s3cret@db.example:5433/warroom")
    assert words == "PostgreSQL database “warroom” on db.example:5433 as ops"
    assert "s3cret" not in words


def test_the_database_is_named_in_the_seats_language() -> None:
    from warroom.core.i18n import speaking
    from warroom.store.engine import describe_database

    url = "postgresql+psycopg://ops:s3cret@db.example:5433/warroom"
    with speaking("de"):
        assert describe_database("sqlite:////srv/room.sqlite3") == "die Datei /srv/room.sqlite3"
        assert (
            describe_database(url) == "PostgreSQL-Datenbank „warroom“ auf db.example:5433 als ops"
        )
    with speaking("ja"):
        assert describe_database("sqlite:////srv/room.sqlite3") == "ファイル /srv/room.sqlite3"
