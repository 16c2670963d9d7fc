"""Every item model passes Qt's model tester."""

from __future__ import annotations

from pytestqt.modeltest import ModelTester

from warroom.room import WarRoom
from warroom.snapshot import load_snapshot
from warroom.store.repository import Actor
from warroom.ui.incident_list import IncidentListModel
from warroom.ui.table_model import Column, RecordTableModel
from warroom.ui.timeline_model import PAGE, TimelineFilter, TimelineModel


def test_incident_list_model(qtmodeltester: ModelTester, room: WarRoom, incident: int) -> None:
    room.declare("Billing down", "Critical", impact_what="No invoices")
    model = IncidentListModel(room)
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    assert model.summary(0).priority == "Blocker"


def test_timeline_model_pages_filters_and_appends(
    qtmodeltester: ModelTester, room: WarRoom, incident: int
) -> None:
    for n in range(PAGE + 20):
        room.log(incident, f"entry {n}", "decision" if n % 10 == 0 else "note")
    model = TimelineModel(room.store, incident)
    qtmodeltester.check(model)
    assert model.rowCount() == PAGE + 21
    last = model.index(model.rowCount() - 1, TimelineModel.WHAT)
    assert model.data(last) == f"entry {PAGE + 19}"

    model.set_filter(TimelineFilter(entry_kinds=("decision",)))
    assert model.rowCount() == (PAGE + 20 + 9) // 10
    before = room.store.last_seq()
    room.log(incident, "not a decision")
    room.log(incident, "we fail over", "decision")
    model.on_events(room.store.events_after(before))
    assert model.data(model.index(model.rowCount() - 1, TimelineModel.WHAT)) == "we fail over"
    qtmodeltester.check(model)


def test_record_table_model(qtmodeltester: ModelTester, room: WarRoom, incident: int) -> None:
    room.as_person("Sam", "scribe").assign_role(incident, "scribe", "Sam")
    model: RecordTableModel[object] = RecordTableModel(
        [Column("Role", lambda r: r.role), Column("Person", lambda r: r.person)]  # type: ignore[attr-defined]
    )
    model.set_rows(load_snapshot(room.store, incident).roles)
    qtmodeltester.check(model)
    assert model.data(model.index(0, 1)) == "Sam"
    assert model.record(0).role == "scribe"  # type: ignore[attr-defined]


def test_actor_is_recorded_on_every_row(room: WarRoom, incident: int) -> None:
    seat = WarRoom(room.store, room.matrix, Actor("Kim", "communicator", "seat-9"))
    event = seat.log(incident, "hello")
    assert (event.author, event.role, event.seat) == ("Kim", "communicator", "seat-9")
