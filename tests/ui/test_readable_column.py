"""On half a laptop screen the incident list's title column kept three letters
("K…"): the columns fitted to their contents took the width first."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView
from pytestqt.qtbot import QtBot

from warroom.room import WarRoom
from warroom.ui.incident_list import IncidentListModel
from warroom.ui.main_window import MainWindow

TITLE = IncidentListModel.TITLE


def test_the_incident_title_stays_readable_on_a_narrow_window(
    qtbot: QtBot, window: MainWindow, room: WarRoom, incident: int
) -> None:
    window.start.model.reload()
    view = window.start.view
    header = view.horizontalHeader()
    floor = view.fontMetrics().averageCharWidth() * 24
    window.resize(640, 720)
    qtbot.waitUntil(lambda: window.width() == 640)
    qtbot.waitUntil(lambda: header.sectionSize(TITLE) >= floor)
    # The list scrolls sideways to reach the columns beyond the title, as a table may.
    assert view.horizontalScrollBar().maximum() > 0
    # The cell as drawn (its right edge gives a pixel to the grid line).
    assert view.visualRect(view.model().index(0, TITLE)).width() >= floor - 1

    window.resize(1400, 900)
    qtbot.waitUntil(lambda: header.sectionResizeMode(TITLE) == QHeaderView.ResizeMode.Stretch)
    # With room again the title takes the spare width and nothing scrolls.
    qtbot.waitUntil(lambda: view.horizontalScrollBar().maximum() == 0)
    assert header.sectionSize(TITLE) > floor
