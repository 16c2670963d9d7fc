"""Issue 14, item 4: the person in the record is who they said they are, never the login."""

from __future__ import annotations

import getpass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from warroom.core.vocabulary import EventKind, Role
from warroom.ui.main_window import MainWindow
from warroom.ui.settings import settings

LOGIN = getpass.getuser()


def declare(qtbot: QtBot, window: MainWindow, name: str = "") -> None:
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = window.declare_dialog
    assert dialog is not None
    if name:
        qtbot.keyClicks(dialog.name, name)
    qtbot.keyClicks(dialog.title, "Mail is down")
    qtbot.keyClicks(dialog.impact_what, "Nobody can send mail")
    qtbot.keyClick(dialog.impact_what, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    if dialog.isVisible():
        qtbot.mouseClick(
            dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
        )


def test_the_first_declaration_asks_the_name_and_records_it(
    qtbot: QtBot, window: MainWindow
) -> None:
    assert window.person == ""
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = window.declare_dialog
    assert dialog is not None and dialog.name.isVisibleTo(dialog)
    assert dialog.name.text() == ""  # never the login name
    dialog.reject()
    declare(qtbot, window, "Ines Incident")
    assert window.person == "Ines Incident"
    assert settings().value("person") == "Ines Incident"
    incident = window.room.list_incidents()[0].id
    events = window.room.store.events(incident)
    assert [e.kind for e in events[:2]] == [EventKind.DECLARED, EventKind.CHECKLIST_STARTED]
    assert {e.author for e in events[:2]} == {"Ines Incident"}
    assert LOGIN not in {e.author for e in events}

    # The seat dialog offers the name selected: typing another replaces it, never appends.
    seat = window.seat_dialog
    assert seat is not None and seat.isVisible()
    assert seat.name.text() == "Ines Incident"
    assert seat.name.selectedText() == "Ines Incident"
    qtbot.keyClicks(seat.name, "Ida Night")
    assert seat.person() == "Ida Night"
    qtbot.keyClick(seat.name, Qt.Key.Key_Return)
    view = window.incident_view
    assert view is not None
    assert view.state.snapshot.holders(Role.LEAD.value) == ["Ida Night"]
    assert settings().value("person") == "Ida Night"


def test_a_known_name_is_not_asked_again(qtbot: QtBot, window: MainWindow) -> None:
    window.set_person("Dana Lead")
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = window.declare_dialog
    assert dialog is not None and not dialog.name.isVisibleTo(dialog)
    dialog.reject()


def test_the_name_is_asked_once_and_can_be_changed(qtbot: QtBot, window: MainWindow) -> None:
    window.ask_name()
    dialog = window.name_dialog
    assert dialog is not None and dialog.isVisible()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    qtbot.keyClicks(dialog.name, "  Dana   Lead ")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert window.person == "Dana Lead"
    again = MainWindow(window.room)
    qtbot.addWidget(again)
    assert again.person == "Dana Lead"


def test_declaring_with_a_protocol_keeps_the_declaration_in_view(
    qtbot: QtBot, window: MainWindow
) -> None:
    declare(qtbot, window, "Ines Incident")
    seat = window.seat_dialog
    assert seat is not None
    qtbot.keyClick(seat.name, Qt.Key.Key_Return)
    view = window.incident_view
    assert view is not None
    model = view.timeline.model
    what = [str(model.data(model.index(r, model.WHAT))) for r in range(model.rowCount())]
    assert what[0] == "Declared Blocker: Mail is down"
    assert what[1].startswith("Checklist started from the protocol")
    assert len(what) == 3  # and the lead taking the seat
    assert view.checklist.model.rowCount() > 10
    # Follow mode keeps the newest in view without cutting off the first row.
    timeline = view.timeline.view
    first = timeline.visualRect(model.index(0, model.WHAT))
    assert timeline.viewport().rect().contains(first)
