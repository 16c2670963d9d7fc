"""Issue 14, item 11: long work runs off the UI thread, can be cancelled, and the room's
dialogs do not block the room."""

from __future__ import annotations

import threading
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from warroom.core.clock import SimulatedClock
from warroom.room import WarRoom
from warroom.ui.incident_view import IncidentView
from warroom.ui.main_window import MainWindow
from warroom.ui.work import Work


def test_a_pdf_export_leaves_the_countdown_ticking(
    qtbot: QtBot, window: MainWindow, seated: IncidentView, tmp_path: Path, clock: SimulatedClock
) -> None:
    seated.show_panel("report")
    panel = seated.postmortem
    out = tmp_path / "report.pdf"
    with qtbot.waitSignal(panel.export_done, timeout=120_000) as written:
        panel.export_to(out, "pdf")
        # The export is under way; the screen says so and the room goes on.
        assert panel.busy.isVisible() and panel.cancel_button.isVisible()
        assert not panel.export_buttons["pdf"].isEnabled()
        clock.advance(timedelta(minutes=1))
        window.tick()
        assert seated.bar.countdown.text().startswith("Next update in 14:00")
    assert written.args == [True]
    assert out.read_bytes().startswith(b"%PDF")
    assert not panel.busy.isVisible()
    assert panel.export_buttons["pdf"].isEnabled()


def test_a_cancelled_export_writes_nothing(
    qtbot: QtBot, seated: IncidentView, tmp_path: Path
) -> None:
    seated.show_panel("report")
    panel = seated.postmortem
    out = tmp_path / "report.pdf"
    panel.export_to(out, "pdf")
    with qtbot.waitSignal(panel.export_done) as done:
        qtbot.mouseClick(panel.cancel_button, Qt.MouseButton.LeftButton)
    assert done.args == [False]
    assert "cancelled" in panel.feedback.text()
    # The job's answer, when it comes, is dropped.
    qtbot.waitUntil(lambda: QtBot_pool_idle(), timeout=120_000)
    assert not out.exists()


def QtBot_pool_idle() -> bool:
    from PySide6.QtCore import QThreadPool

    return QThreadPool.globalInstance().activeThreadCount() == 0


def test_a_job_runs_on_another_thread_with_a_room_of_its_own(
    qtbot: QtBot, room: WarRoom, incident: int
) -> None:
    work = Work()
    seen: list[object] = []

    def job(mine: WarRoom) -> tuple[int, str, bool]:
        return threading.get_ident(), mine.incident(incident).title, mine.store is room.store

    work.finished.connect(seen.append)
    with qtbot.waitSignal(work.finished, timeout=30_000):
        work.start(room, job)
    [answer] = seen
    assert isinstance(answer, tuple)
    thread, title, same_store = answer
    assert thread != threading.get_ident()
    assert title == "ERP down: production line stopped"
    assert not same_store


def test_the_seat_briefing_and_channel_dialogs_leave_the_room_usable(
    qtbot: QtBot, window: MainWindow, seated: IncidentView, incident: int
) -> None:
    window.ask_seat(incident)
    assert window.seat_dialog is not None and not window.seat_dialog.isModal()
    seated.lead.show_briefing()
    assert not seated.lead.briefing_dialog.isModal()
    seated.communicator.edit_channels()
    assert not seated.communicator.channel_dialog.isModal()
    seated.checklist.ask_save_as_protocol()
    assert not seated.checklist.protocol_dialog.isModal()
    # With all of them open, the scribe still writes.
    qtbot.keyClicks(seated.scribe.entry, "dialogs open, room alive")
    qtbot.keyClick(seated.scribe.entry, Qt.Key.Key_Return)
    assert seated.state.snapshot.events and seated.scribe.entry.text() == ""
