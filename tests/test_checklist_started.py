"""Issue 14, item 9: a checklist started from a protocol is one event, not one per item."""

from __future__ import annotations

from pathlib import Path

import pytest

from warroom import exchange
from warroom.core.clock import SimulatedClock
from warroom.core.errors import InvalidInput
from warroom.core.protocol import builtin_protocols
from warroom.core.vocabulary import EventKind
from warroom.report.describe import describe, kind_label
from warroom.room import WarRoom


def test_one_event_carries_every_item_and_the_record_proves_itself(
    room: WarRoom, incident: int
) -> None:
    protocol = next(p for p in builtin_protocols() if p.name == "major-incident")
    before = room.store.last_seq()
    uids = room.add_checklist(incident, protocol.checklist(), protocol=protocol.title)
    events = room.store.events_after(before)
    assert [e.kind for e in events] == [EventKind.CHECKLIST_STARTED]
    assert describe(events[0]) == (
        f"Checklist started from the protocol “{protocol.title}”: {len(protocol.items)} items"
    )
    assert kind_label(events[0]) == "Checklist"
    from warroom.snapshot import load_snapshot

    checklist = load_snapshot(room.store, incident).checklist
    assert [c.uid for c in checklist] == uids
    assert [c.title for c in checklist] == [i.title for i in protocol.items]
    assert checklist[0].need == protocol.items[0].need
    # An item added by hand goes after them, and ticking works as before.
    extra = room.add_checklist_item(incident, "Which printers hang?")
    room.tick_checklist_item(incident, uids[0], "all of them")
    checklist = load_snapshot(room.store, incident).checklist
    assert checklist[-1].uid == extra and checklist[0].done
    assert room.verify(incident) is None


def test_a_started_checklist_survives_export_and_import(
    room: WarRoom, incident: int, tmp_path: Path, clock: SimulatedClock
) -> None:
    protocol = builtin_protocols()[0]
    room.add_checklist(incident, protocol.checklist(), protocol=protocol.title)
    document = exchange.export_incident(room.store, incident)
    other = WarRoom.open(str(tmp_path / "other.sqlite3"), clock=clock)
    try:
        new_id = exchange.import_incident(
            other.store, exchange.load_document(exchange.dumps(document).encode())
        )
        assert other.verify(new_id) is None
        from warroom.snapshot import load_snapshot

        assert len(load_snapshot(other.store, new_id).checklist) == len(protocol.items)
    finally:
        other.close()


def test_an_item_without_a_title_is_refused_and_nothing_is_written(
    room: WarRoom, incident: int
) -> None:
    before = room.store.last_seq()
    with pytest.raises(InvalidInput, match="title of checklist item 2 is empty"):
        room.add_checklist(incident, [{"title": "fine"}, {"title": "  "}], protocol="Mine")
    assert room.store.events_after(before) == []
    assert room.add_checklist(incident, []) == []
