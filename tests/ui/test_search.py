"""Search every incident from the app: the start screen's box, Ctrl+Shift+F, open at the event."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from warroom.core.vocabulary import Mode
from warroom.room import WarRoom
from warroom.ui.main_window import MainWindow
from warroom.ui.search import SearchResultsModel, snippet_html


def history(room: WarRoom) -> tuple[int, int]:
    first = room.declare("Lager: Buchungen hängen", "Major", impact_what="Keine Buchungen")
    room.log(first, "Neustart des Applikationsservers ohne Wirkung")
    entry = room.log(first, "Die Datenbankverbindung zum Lagerverwaltungssystem bricht ab <b>")
    room.declare("Drill: Datenbankverbindung", "Major", impact_what="none", mode=Mode.EXERCISE)
    room.declare("Mail delayed", "Minor", impact_what="Mails late")
    return first, entry.number


def test_search_from_the_start_screen_and_open_the_incident_at_the_event(
    qtbot: QtBot, window: MainWindow, room: WarRoom
) -> None:
    incident, number = history(room)
    qtbot.keyClicks(window.start.search_box, "verbindung")
    qtbot.keyClick(window.start.search_box, Qt.Key.Key_Return)
    search = window.search_window
    assert search is not None and search.isVisible()
    model = search.model
    # the exercise is left out until asked for
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == [
        f"#{incident}  Lager: Buchungen hängen"
    ]
    assert model.index(0, SearchResultsModel.EVENT).data() == number
    assert search.status.text() == "1 found, best first."
    # the matched words are bold, the record's own markup is shown as text
    html = model.index(0, SearchResultsModel.SNIPPET).data(Qt.ItemDataRole.UserRole)
    assert "Datenbank<b>verbindung</b>" in html and "&lt;b&gt;" in html
    qtbot.mouseClick(search.exercises, Qt.MouseButton.LeftButton)
    assert sorted(model.index(r, 0).data() for r in range(model.rowCount())) == [
        f"#{incident}  Lager: Buchungen hängen",
        "#2  Drill: Datenbankverbindung [exercise]",
    ]

    search.view.selectRow(
        next(r for r in range(model.rowCount()) if model.hits[r].incident_id == incident)
    )
    qtbot.mouseClick(search.open_button, Qt.MouseButton.LeftButton)
    assert not search.isVisible()
    seat = window.seat_dialog
    assert seat is not None and seat.isVisible()
    qtbot.mouseClick(seat.box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    view = window.incident_view
    assert view is not None and view.incident_id == incident
    selected = view.timeline.view.selectionModel().selectedRows()
    assert [i.row() for i in selected] == [view.timeline.model.row_of_number(number)]


def test_ctrl_shift_f_searches_from_anywhere_and_hostile_text_is_text(
    qtbot: QtBot, window: MainWindow, room: WarRoom
) -> None:
    history(room)
    qtbot.keyClick(
        window,
        Qt.Key.Key_F,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    search = window.search_window
    assert search is not None and search.isVisible()
    for hostile in ('"NEAR(*', "AND OR", "'; DROP TABLE incident; --"):
        search.query.clear()
        qtbot.keyClicks(search.query, hostile)
        qtbot.keyClick(search.query, Qt.Key.Key_Return)
        assert search.status.text() == "Nothing found."
    search.query.clear()
    qtbot.keyClick(search.query, Qt.Key.Key_Return)
    assert search.status.text() == "Type what to look for, then Enter."
    search.query.setText("x" * 501)
    qtbot.keyClick(search.query, Qt.Key.Key_Return)
    assert "too long" in search.status.text()


def test_the_results_model_passes_the_model_tester(
    qtmodeltester: ModelTester, room: WarRoom
) -> None:
    history(room)
    model = SearchResultsModel()
    model.set_hits(room.search("a", include_exercises=True))
    assert model.rowCount() == 5
    qtmodeltester.check(model)
    assert snippet_html(room.search("Wirkung")[0].snippet).count("<b>") == 1
