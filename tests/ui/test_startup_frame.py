"""Issue 17: the window paints its frame first and the record fills it in, without a jump.

The frame (title, menus, a calm placeholder where the record will show) is the window the
person keeps: the start screen or the incident takes the placeholder's place once the
event loop has painted it, at the same size and under the same title.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from warroom import app as app_module
from warroom.app import Opening
from warroom.room import WarRoom
from warroom.ui.incident_list import IncidentListModel
from warroom.ui.main_window import FIRST_SIZE, MainWindow
from warroom.ui.settings import settings

TITLE = "ERP down: production line stopped"


class PaintLog(QObject):
    """Writes "painted" into ``log`` at each paint of the watched widget."""

    def __init__(self, watched: QWidget, log: list[str]) -> None:
        super().__init__(watched)
        self.log = log
        watched.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.log.append("painted")
        return False


def frame(qtbot: QtBot, role: str | None = None) -> MainWindow:
    window = MainWindow(role=role)
    qtbot.addWidget(window)
    # The first size on a desktop's screen (the offscreen one is 800x800, narrower than
    # an incident's panels; there the window grows to hold them, as it always has).
    window.resize(FIRST_SIZE)
    window.show()
    return window


def shown_titles(window: MainWindow) -> list[str]:
    model = window.start.model
    return [
        str(model.index(r, IncidentListModel.TITLE).data(Qt.ItemDataRole.DisplayRole))
        for r in range(model.rowCount())
    ]


@pytest.fixture(autouse=True)
def named_person() -> None:
    """A person who gave their name before: the app does not ask for it."""
    settings().setValue("person", "Dana Lead")


def test_the_record_fills_the_painted_frame_at_the_same_size_and_title(
    qtbot: QtBot, db_path: Path, room: WarRoom, incident: int
) -> None:
    window = frame(qtbot)
    # What the first frame shows: the window's title and menus, and a calm line where the
    # incidents will be; nothing of the record yet, and no menu that needs it.
    assert window.placeholder.text() == "Opening the record…"
    assert window.stack.currentWidget() is window.placeholder
    assert window.windowTitle() == "Incidents"
    assert [m.title() for m in window._menus.values()] == ["&File", "&View", "&Incident"]
    assert not window.is_open
    assert not window.offline_text.isVisible()  # no red alarm box while nothing waits
    first_title, first_geometry = window.windowTitle(), window.geometry()
    content_at = window.stack.geometry()

    log: list[str] = []
    PaintLog(window.placeholder, log)
    opening = Opening(window, str(db_path), None)

    def open_record() -> None:
        log.append("opened")
        opening.open()

    window.when_painted(open_record)
    assert log == []  # nothing is read before the event loop has painted the frame
    qtbot.waitUntil(lambda: window.is_open)

    assert log[0] == "painted" and "opened" in log  # painted first, then opened
    assert window.windowTitle() == first_title
    assert window.geometry() == first_geometry
    assert window.stack.geometry() == content_at  # the content area did not move either
    assert window.stack.currentWidget() is window.start
    assert window.start.isVisible()
    assert shown_titles(window) == [TITLE]
    qtbot.waitUntil(window.start.view.hasFocus)  # the keys go to the list, as before
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClick(focused, Qt.Key.Key_Return)  # Enter opens the selected incident
    assert window.seat_dialog is not None and window.seat_dialog.isVisible()
    window.seat_dialog.reject()
    # Gone from the stack at once, deleted on a turn of the event loop (``deleteLater``).
    qtbot.waitUntil(
        lambda: "Opening the record…" not in [label.text() for label in window.findChildren(QLabel)]
    )
    assert all(a.isEnabled() for a in window._needs_record)
    assert not window.offline_text.isVisible()
    window.close()
    window.room.close()


def test_opened_at_an_incident_the_frame_shows_the_incident(
    qtbot: QtBot, db_path: Path, room: WarRoom, incident: int
) -> None:
    """As ``gui --smoke`` opens: at the newest incident, in the same window."""
    window = frame(qtbot, role="scribe")
    first_geometry = window.geometry()
    content_at = window.stack.geometry()
    opening = Opening(window, str(db_path), "scribe", smoke=True)
    window.when_painted(opening.open)
    qtbot.waitUntil(lambda: window.incident_view is not None)

    view = window.incident_view
    assert view is not None
    assert window.stack.currentWidget() is view
    assert view.isVisible()
    assert view.bar.title.full_text() == TITLE
    assert view.bar.title.isVisible()
    assert window.windowTitle().endswith(TITLE)  # the countdown, then the incident's title
    assert window.geometry() == first_geometry
    assert window.stack.geometry() == content_at
    # The keys go where they always went: the role tabs (the view is built in its place
    # now, and a field focused while it is built would take them).
    qtbot.waitUntil(view.tabs.tabBar().hasFocus)
    window.close()
    window.room.close()


def test_a_record_that_cannot_be_opened_is_said_over_the_frame_which_then_closes(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    broken = tmp_path / "broken.sqlite3"
    broken.write_bytes(b"\x00" * 4096)
    told: list[tuple[QWidget | None, str]] = []
    monkeypatch.setattr(
        QMessageBox, "critical", lambda parent, _title, text: told.append((parent, text))
    )
    window = frame(qtbot)
    opening = Opening(window, str(broken), None)
    window.when_painted(opening.open)
    qtbot.waitUntil(lambda: bool(told))

    (parent, text) = told[0]
    assert parent is window
    assert "damaged or is not a warroom database" in text
    assert "Traceback" not in text
    assert opening.exit_code == 2
    qtbot.waitUntil(lambda: not window.isVisible())
    assert not window.is_open


@pytest.fixture
def collector_paused() -> Iterator[None]:
    """As ``run_gui`` leaves it during start-up; whatever a test froze is let go after."""
    gc.disable()
    yield
    gc.unfreeze()
    gc.enable()


def test_the_collector_paused_for_start_up_runs_again_once_the_record_is_open(
    qtbot: QtBot,
    db_path: Path,
    room: WarRoom,
    incident: int,
    monkeypatch: pytest.MonkeyPatch,
    collector_paused: None,
) -> None:
    monkeypatch.setattr(app_module, "COLLECT_AFTER_OPEN_MS", 0)
    window = frame(qtbot)
    opening = Opening(window, str(db_path), None)
    window.when_painted(lambda: app_module._open_then_collect(opening))
    qtbot.waitUntil(lambda: window.is_open)
    qtbot.waitUntil(gc.isenabled)
    # What start-up built is out of the collector's passes; what comes after is in them.
    assert gc.get_freeze_count() > 0
    assert window.stack.currentWidget() is window.start
    window.close()
    window.room.close()


def test_the_collector_runs_again_when_the_record_cannot_be_opened(
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    collector_paused: None,
) -> None:
    monkeypatch.setattr(app_module, "COLLECT_AFTER_OPEN_MS", 0)
    monkeypatch.setattr(QMessageBox, "critical", lambda *args: QMessageBox.StandardButton.Ok)
    broken = tmp_path / "broken.sqlite3"
    broken.write_bytes(b"\x00" * 4096)
    window = frame(qtbot)
    opening = Opening(window, str(broken), None)
    window.when_painted(lambda: app_module._open_then_collect(opening))
    qtbot.waitUntil(lambda: opening.exit_code != 0)
    qtbot.waitUntil(gc.isenabled)
