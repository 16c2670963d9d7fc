"""Another seat's write reaches the window without the UI thread waiting on the record.

The feed's worker brings the events; the incident is read on a worker too, and
shown on the UI thread. A read that answers after a newer one was shown is
dropped: the screen never steps back.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QThreadPool
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from warroom.core.clock import SimulatedClock
from warroom.core.vocabulary import Role
from warroom.room import IncidentSummary, WarRoom
from warroom.snapshot import IncidentSnapshot, load_snapshot
from warroom.store.repository import Actor, Store
from warroom.ui import incident_state
from warroom.ui.incident_view import IncidentView
from warroom.ui.main_window import MainWindow
from warroom.ui.timeline_model import TimelineModel
from warroom.ui.work import LatestRead


@pytest.fixture
def seat_a(db_path: Path, clock: SimulatedClock) -> Iterator[WarRoom]:
    a = WarRoom.open(str(db_path), clock=clock, actor=Actor("Ana Ahmadi", "lead", "seat-A"))
    yield a
    a.close()


def on_ui_thread() -> bool:
    return threading.current_thread() is threading.main_thread()


def test_another_seats_write_is_read_off_the_ui_thread(
    qtbot: QtBot,
    window: MainWindow,
    seated: IncidentView,
    seat_a: WarRoom,
    incident: int,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    reads: list[bool] = []
    real = load_snapshot

    def spy(store: Store, incident_id: int) -> IncidentSnapshot:
        reads.append(on_ui_thread())
        return real(store, incident_id)

    listed: list[bool] = []
    real_list = WarRoom.list_incidents

    def list_spy(room: WarRoom, include_exercises: bool = True) -> list[IncidentSummary]:
        listed.append(on_ui_thread())
        return real_list(room, include_exercises)

    monkeypatch.setattr(incident_state, "load_snapshot", spy)
    monkeypatch.setattr(WarRoom, "list_incidents", list_spy)
    events = window.start.model.summary(0).events
    window.feed.start()
    seat_a.change_priority(incident, "Critical", "two plants down")
    seat_a.log(incident, "Ana joins from the second plant")
    model = seated.timeline.model

    def texts() -> list[str]:
        return [
            str(model.data(model.index(r, TimelineModel.WHAT))) for r in range(model.rowCount())
        ]

    qtbot.waitUntil(lambda: texts()[-1] == "Ana joins from the second plant")
    qtbot.waitUntil(lambda: not seated.state.loading)
    assert seated.lead.priority.currentText() == "Critical"
    assert reads, "the incident was read again"
    assert not any(reads), "never on the UI thread"
    # The start screen's list of incidents too.
    qtbot.waitUntil(lambda: window.start.model.summary(0).events == events + 2)
    assert listed and not any(listed)
    # The timeline got the events with the snapshot that holds them, in order, once.
    assert texts()[-2:] == [
        "Priority Blocker → Critical — two plants down",
        "Ana joins from the second plant",
    ]


def test_a_read_that_answers_late_never_steps_the_screen_back(
    qtbot: QtBot,
    window: MainWindow,
    seated: IncidentView,
    seat_a: WarRoom,
    incident: int,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    read = threading.Event()
    release = threading.Event()
    real = load_snapshot

    def slow(store: Store, incident_id: int) -> IncidentSnapshot:
        snapshot = real(store, incident_id)
        if not on_ui_thread() and not read.is_set():
            read.set()
            release.wait(30)  # held back until the seat has shown a newer state
        return snapshot

    monkeypatch.setattr(incident_state, "load_snapshot", slow)
    window.feed.start()
    try:
        seat_a.change_priority(incident, "Critical", "two plants down")
        qtbot.waitUntil(read.is_set)  # the worker has read "Critical", not yet shown it
        assert seated.state.snapshot.priority == "Blocker"
        # This seat's own write is read at once, and holds A's change as well.
        seated.seat.room.change_status(incident, "investigating")
        seated.seat.feed.poll()
        assert seated.state.snapshot.status == "investigating"
        assert seated.state.snapshot.priority == "Critical"
        shown = seated.state.shown_seq
        seen: list[str] = []
        seated.state.changed.connect(lambda: seen.append(seated.state.snapshot.status))
    finally:
        release.set()
    qtbot.waitUntil(lambda: not seated.state.loading)
    QThreadPool.globalInstance().waitForDone()
    # The late answer (from before the status changed) was dropped, never shown.
    assert "declared" not in seen
    assert seated.state.shown_seq == shown
    assert seated.state.snapshot.status == "investigating"
    assert seated.lead.status.currentData() == "investigating"


def test_reads_asked_while_one_runs_become_one_more_and_a_superseded_answer_is_dropped(
    qtbot: QtBot,
) -> None:
    reader = LatestRead()
    answers: list[object] = []
    reader.answered.connect(answers.append)
    release = threading.Event()
    started: list[str] = []

    def read(name: str) -> Callable[[], str]:
        def run() -> str:
            started.append(name)
            release.wait(30)  # held until the test has asked again
            return name

        return run

    reader.ask(read("first"))
    reader.ask(read("second"))
    reader.ask(read("third"))  # replaces "second": only the newest is read again
    release.set()
    qtbot.waitUntil(lambda: not reader.busy)
    assert started == ["first", "third"]
    assert answers == ["first", "third"]

    release.clear()
    reader.ask(read("stale"))
    reader.supersede()  # the caller read at once meanwhile
    release.set()
    qtbot.waitUntil(lambda: not reader.busy)
    assert answers == ["first", "third"]


def test_a_view_closed_for_another_incident_reads_nothing_more(
    qtbot: QtBot,
    window: MainWindow,
    seated: IncidentView,
    seat_a: WarRoom,
    incident: int,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    other = seat_a.declare("Mail delayed", "Minor", impact_what="Mail arrives late")
    window.feed.poll()
    old_state = seated.state
    window.take_seat(other, "Dana Lead", Role.LEAD)
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # the old view is gone
    reads: list[int] = []

    def spy(store: Store, incident_id: int) -> IncidentSnapshot:
        reads.append(incident_id)
        return load_snapshot(store, incident_id)

    monkeypatch.setattr(incident_state, "load_snapshot", spy)
    seat_a.log(incident, "still burning")
    seat_a.log(other, "mail queue drained")
    window.feed.poll()
    assert reads == [other]
    assert old_state.shown_seq < window.feed.last_seq
