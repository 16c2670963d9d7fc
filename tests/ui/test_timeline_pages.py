"""The lazily loaded timeline shows what the store holds: each page, after appends, after a jump."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from warroom.core.clock import SimulatedClock
from warroom.core.vocabulary import Role
from warroom.report.describe import describe, local_time
from warroom.room import WarRoom
from warroom.store.repository import Actor
from warroom.ui.main_window import MainWindow
from warroom.ui.timeline_model import PAGE, TimelineFilter, TimelineModel


def shown(model: TimelineModel) -> list[tuple[str, str, str, str]]:
    """Each row as a person reads it: number, time, who, what."""
    return [
        tuple(  # type: ignore[misc]
            str(model.index(row, column, QModelIndex()).data())
            for column in (TimelineModel.NUMBER, TimelineModel.TIME, TimelineModel.WHO, 4)
        )
        for row in range(model.rowCount())
    ]


def expected(room: WarRoom, incident: int, entry: str | None = None) -> list[tuple[str, ...]]:
    """The same rows read from the store in one go, as the timeline once did."""
    return [
        (str(e.number), local_time(e.at, seconds=True), e.author, describe(e))
        for e in room.store.events(incident)
        if entry is None or e.payload.get("entry") == entry
    ]


def log_many(room: WarRoom, incident: int, count: int, start: int = 0) -> None:
    for n in range(start, start + count):
        room.log(incident, f"entry {n}", "decision" if n % 7 == 0 else "note")


def test_every_page_shows_the_stored_events_also_after_the_feed_brings_more(
    qtmodeltester: ModelTester, room: WarRoom, incident: int
) -> None:
    log_many(room, incident, 3 * PAGE + 5)
    everything = TimelineModel(room.store, incident)
    decisions = TimelineModel(
        room.store, incident, initial=TimelineFilter(entry_kinds=("decision",))
    )
    qtmodeltester.check(everything)
    qtmodeltester.check(decisions)
    assert shown(everything) == expected(room, incident)
    assert shown(decisions) == expected(room, incident, "decision")

    # New events arrive while pages are cached (the last one half full) and some are not.
    before = room.store.last_seq()
    log_many(room, incident, PAGE + 3, start=3 * PAGE + 5)
    arrived = room.store.events_after(before)
    everything.on_events(arrived[:10])
    everything.on_events(arrived[10:])
    decisions.on_events(arrived)
    assert shown(everything) == expected(room, incident)
    assert shown(decisions) == expected(room, incident, "decision")
    qtmodeltester.check(everything)

    # What the feed brought is what a fresh read from the store says.
    fresh = TimelineModel(room.store, incident)
    assert shown(fresh) == shown(everything)
    last = everything.rowCount() - 1
    assert everything.event_at(last) == room.store.events(incident)[-1]


def test_a_filter_and_back_and_a_number_outside_the_timeline(room: WarRoom, incident: int) -> None:
    log_many(room, incident, PAGE + 1)
    model = TimelineModel(room.store, incident)
    model.set_filter(TimelineFilter(entry_kinds=("decision",)))
    assert shown(model) == expected(room, incident, "decision")
    assert model.row_of_number(3) is None  # entry 1, a note: not among the decisions
    assert model.row_of_number(9) == 1  # entry 7 (number 9) is the second decision
    model.set_filter(TimelineFilter())
    assert shown(model) == expected(room, incident)
    assert model.row_of_number(0) is None
    assert model.row_of_number(model.rowCount() + 1) is None
    assert model.event_at(model.rowCount()) is None


def test_a_jump_to_an_event_far_down_selects_the_stored_event(
    qtbot: QtBot, window: MainWindow, room: WarRoom, incident: int
) -> None:
    log_many(room, incident, 4 * PAGE)
    view = window.take_seat(incident, "Dana Lead", Role.LEAD)
    target = room.store.events(incident, first=PAGE + 17, limit=1)[0]
    window.open_at_event(incident, target.number)  # as a search result opens it
    selected = view.timeline.view.selectionModel().selectedRows()
    assert len(selected) == 1
    row = selected[0]
    assert row.data(TimelineModel.EventRole) == target
    assert row.siblingAtColumn(4).data() == describe(target)
    assert row.siblingAtColumn(4).data(Qt.ItemDataRole.ToolTipRole).endswith(describe(target))
    # the row is on screen
    rect = view.timeline.view.visualRect(row)
    assert view.timeline.view.viewport().rect().intersects(rect)


def test_the_leads_decisions_and_next_steps_are_the_stored_ones_and_stay_live(
    qtbot: QtBot,
    qtmodeltester: ModelTester,
    window: MainWindow,
    room: WarRoom,
    incident: int,
    db_path: Path,
    clock: SimulatedClock,
) -> None:
    kinds = ("note", "decision", "action", "question", "note")
    for n in range(2 * PAGE + 9):
        room.log(incident, f"line {n}", kinds[n % len(kinds)])
    view = window.take_seat(incident, "Dana Lead", Role.LEAD)
    lead = view.lead
    lists = {"decision": lead.decisions.model, "action": lead.next_steps.model}
    for kind, model in lists.items():
        qtmodeltester.check(model)
        assert shown(model) == expected(room, incident, kind)

    # Another seat writes; this seat's scribe types one of each: all of it arrives.
    other = WarRoom.open(str(db_path), clock=clock, actor=Actor("Sam Scribe", "scribe", "seat-2"))
    try:
        other.log(incident, "restart the queue manager", "action")
        other.log(incident, "keep plant Süd on manual", "decision")
        other.log(incident, "queue depth 4,200", "note")
    finally:
        other.close()
    view.show_panel(Role.SCRIBE)
    for line in ("d: no release before the root cause", "a: call the storage vendor"):
        qtbot.keyClicks(view.scribe.entry, line)
        qtbot.keyClick(view.scribe.entry, Qt.Key.Key_Return)
    view.seat.feed.poll()
    view.show_panel(Role.LEAD)
    for kind, model in lists.items():
        assert shown(model) == expected(room, incident, kind)
        qtmodeltester.check(model)
    assert shown(lead.decisions.model)[-2:][0][3] == "keep plant Süd on manual"
    assert shown(lead.next_steps.model)[-1][3] == "call the storage vendor"
    assert lead.decisions.isVisible() and lead.next_steps.isVisible()
